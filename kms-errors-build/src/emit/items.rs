//! The enum, its variants with their documentation, and which of them are
//! retired: the items of the generated module that are neither the runtime
//! (the same for every page) nor data tables.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::docs::{doc_line, enum_docs, spec_path_in_code, variant_docs};
use super::{Input, Provenance};
use crate::naming::variants::Variant;

/// `pub enum Name { … }` and `const fn retired(…)`.
pub(super) fn enum_and_retired(input: &Input<'_>) -> TokenStream {
    let enum_ident = format_ident!("{}", input.enum_name);
    let count = input.variants.len();
    let repr = format_ident!("{}", super::repr_name(count));
    let variant_items = input.variants.iter().map(|v| variant(v, input.provenance));
    let retired = input.variants.iter().filter(|v| v.retired).count();
    let enum_docs = enum_docs(input.provenance, count - retired, count);
    let retired_fn = retired_fn(&enum_ident, input.variants);
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

/// One variant: its docs, its code as a doc alias (rustdoc's search finds
/// it by `KMS.0205`), deprecated if retired, and its discriminant.
fn variant(v: &Variant, provenance: &Provenance) -> TokenStream {
    let ident = format_ident!("{}", v.name);
    let discriminant = Literal::usize_unsuffixed(v.discriminant);
    let code = v.entry.code.as_str();
    if !v.retired {
        let docs = variant_docs(&v.entry);
        return quote! {
            #(#[doc = #docs])*
            #[doc(alias = #code)]
            #ident = #discriminant
        };
    }
    let mut docs = vec![
        doc_line(format!(
            "`{code}`: retired: it is no longer in `{}`; this is its last documented row.",
            spec_path_in_code(provenance)
        )),
        String::new(),
    ];
    docs.extend(variant_docs(&v.entry));
    let note = format!(
        "{code} is no longer in the documentation ({}); the variant keeps its last documented row",
        provenance.spec_path
    );
    quote! {
        #(#[doc = #docs])*
        #[doc(alias = #code)]
        #[deprecated(note = #note)]
        #ident = #discriminant
    }
}

/// `const fn retired(error) -> bool`, which `is_retired` calls.
fn retired_fn(enum_ident: &Ident, variants: &[Variant]) -> TokenStream {
    let retired: Vec<TokenStream> = variants
        .iter()
        .filter(|v| v.retired)
        .map(|v| {
            let variant = format_ident!("{}", v.name);
            quote!(#enum_ident::#variant)
        })
        .collect();
    if retired.is_empty() {
        return quote! {
            /// Whether `error`'s code has left the page: no code has.
            #[inline]
            const fn retired(_: #enum_ident) -> bool {
                false
            }
        };
    }
    quote! {
        /// Whether `error`'s code has left the page.
        #[allow(deprecated)]
        #[inline]
        const fn retired(error: #enum_ident) -> bool {
            matches!(error, #(#retired)|*)
        }
    }
}
