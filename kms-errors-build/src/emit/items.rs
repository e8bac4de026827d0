//! The enum, its variants with their documentation, and which of them are
//! retired: the items of the generated module that are neither the runtime
//! (the same for every page) nor data tables.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::docs::{doc_line, enum_docs, spec_path_in_code, variant_docs};
use super::Input;
use crate::naming::variants::Variant;

/// `pub enum Name { … }` and `const fn retired(…)`.
pub(super) fn enum_and_retired(input: &Input<'_>) -> TokenStream {
    let &Input {
        enum_name,
        variants,
        provenance,
        ..
    } = input;
    let enum_ident = format_ident!("{}", enum_name);
    let count = variants.len();
    let repr = format_ident!("{}", super::repr_name(count));
    let variant_items = variants.iter().map(
        |Variant {
             entry,
             name,
             discriminant,
             retired,
         }| {
            let ident = format_ident!("{}", name);
            let discriminant = Literal::usize_unsuffixed(*discriminant);
            // rustdoc's search finds the variant by its code (`KMS.0205`).
            let code = entry.code.as_str();
            if !*retired {
                let docs = variant_docs(entry);
                return quote! {
                    #(#[doc = #docs])*
                    #[doc(alias = #code)]
                    #ident = #discriminant
                };
            }
            let mut docs = vec![
                doc_line(format!(
                    "`{}`: retired: it is no longer in `{}`; this is its last documented row.",
                    entry.code,
                    spec_path_in_code(provenance)
                )),
                String::new(),
            ];
            docs.extend(variant_docs(entry));
            let note = format!(
                "{} is no longer in the documentation ({}); the variant keeps its last documented row",
                entry.code, provenance.spec_path
            );
            quote! {
                #(#[doc = #docs])*
                #[doc(alias = #code)]
                #[deprecated(note = #note)]
                #ident = #discriminant
            }
        },
    );
    let retired_variants: Vec<TokenStream> = variants
        .iter()
        .filter(|v| v.retired)
        .map(|v| {
            let variant = format_ident!("{}", v.name);
            quote!(#enum_ident::#variant)
        })
        .collect();
    let enum_docs = enum_docs(provenance, count - retired_variants.len(), count);
    let retired_fn = if retired_variants.is_empty() {
        quote! {
            /// Whether `error`'s code has left the page: no code has.
            const fn retired(_: #enum_ident) -> bool {
                false
            }
        }
    } else {
        quote! {
            /// Whether `error`'s code has left the page.
            #[allow(deprecated)]
            const fn retired(error: #enum_ident) -> bool {
                matches!(error, #(#retired_variants)|*)
            }
        }
    };
    quote! {
        #(#[doc = #enum_docs])*
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(#repr)]
        pub enum #enum_ident {
            #(#variant_items,)*
        }

        #retired_fn
    }
}
