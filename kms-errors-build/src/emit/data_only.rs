//! The module the `kms-errors` crate compiles: data and the lookup
//! function, for the hand-written API in `kms-errors/lib.rs`.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::format::{Frame, Splicer};
use super::items::module;
use super::{Input, StatusForm};

/// The data-only module (see [`Shape::DataOnly`](super::Shape::DataOnly)).
pub(super) fn tokens<'a>(input: &Input<'a>, splicer: &mut Splicer<'a>) -> TokenStream {
    // `emit` checked that every status is there.
    let status = StatusForm {
        value: |s| {
            let s = s.unwrap_or_default();
            quote!(#s)
        },
        ty: || quote!(u16),
        one_per_line: false,
    };
    let documented = Literal::usize_unsuffixed(input.documented);
    let wrap = |enum_ident: &Ident, all: Vec<TokenStream>| {
        let head = quote!(
            use super::ErrorInfo;
        );
        let tail = quote! {
            /// Every variant: the page's in page order, then the retired ones.
            #[allow(deprecated)]
            pub(crate) const ALL: &[#enum_ident] = &[#(#all),*];

            /// How many variants are in the page; `ALL[DOCUMENTED..]` are retired.
            pub(crate) const DOCUMENTED: usize = #documented;
        };
        (head, tail)
    };
    let vis = quote!(pub(crate));
    module(input, status, &vis, &vis, Frame::Array, splicer, wrap)
}
