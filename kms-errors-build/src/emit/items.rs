//! The generated module: the row type, the enum with its variants, the
//! table rows, the lookup tables and function, then the runtime API.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::docs::{doc_line, enum_docs, spec_path_in_code, variant_docs};
use super::format::{Frame, Splicer};
use super::{runtime, tables, Input};

/// The module for `input`.
pub(super) fn module<'a>(input: &Input<'a>, splicer: &mut Splicer<'a>) -> TokenStream {
    let &Input {
        enum_name,
        entries,
        names,
        retired,
        provenance,
        statuses,
        ..
    } = input;
    let enum_ident = format_ident!("{}", enum_name);
    let count = entries.len();
    let repr = format_ident!("{}", super::repr_name(count));
    let variants = splicer.list(count, Frame::EnumVariants, move |i| {
        let (Some(entry), Some(name)) = (entries.get(i), names.get(i)) else {
            return TokenStream::new();
        };
        let ident = format_ident!("{}", name);
        let discriminant = Literal::usize_unsuffixed(i);
        // rustdoc's search finds the variant by its code (`KMS.0205`).
        let code = entry.code.as_str();
        if !retired.get(i).copied().unwrap_or(false) {
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
    });
    let infos = splicer.list(count, Frame::Array, move |i| {
        let Some(e) = entries.get(i) else {
            return TokenStream::new();
        };
        let (code, message, description, measure) =
            (&e.code, &e.message, &e.description, &e.measure);
        let status = statuses.value(e.status_code);
        quote! {
            ErrorInfo {
                code: #code,
                status_code: #status,
                message: #message,
                description: #description,
                measure: #measure,
            }
        }
    });
    let tables = tables::tokens(entries, &input.lookup, statuses, splicer);
    let retired_count = retired.iter().filter(|&&r| r).count();
    let enum_docs = enum_docs(provenance, count - retired_count, count);
    let enum_item = quote! {
        #(#[doc = #enum_docs])*
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(#repr)]
        pub enum #enum_ident {
            #(#variants,)*
        }
    };
    let all = all_variants(input, &enum_ident, Frame::ImplArray, splicer);
    let (head, tail) = runtime::tokens(input, &enum_ident, all);
    quote! {
        #head

        #enum_item

        /// The whole table, one row per code: `ERRORS[i]` describes the
        /// variant whose discriminant is `i`, `ALL[i]`.
        pub const ERRORS: &[ErrorInfo] = &[#(#infos),*];

        #tables

        #tail
    }
}

/// `Enum::Variant` for every variant, as a list `frame` places.
fn all_variants<'a>(
    input: &Input<'a>,
    enum_ident: &Ident,
    frame: Frame,
    splicer: &mut Splicer<'a>,
) -> Vec<TokenStream> {
    let names = input.names;
    let enum_ident = enum_ident.clone();
    splicer.list(names.len(), frame, move |i| {
        let ident = format_ident!("{}", names.get(i).map_or("", String::as_str));
        quote!(#enum_ident::#ident)
    })
}
