//! The module the `kms-errors` crate compiles: data and the lookup
//! function, for the hand-written API in `kms-errors/lib.rs`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::format::{Frame, Splicer};
use super::items::{parts, Parts};
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
    let Parts {
        enum_ident,
        enum_item,
        infos,
        tables,
        all,
    } = parts(input, status, &quote!(pub(crate)), Frame::Array, splicer);
    let provenance = input.provenance;
    let documented = Literal::usize_unsuffixed(input.documented);
    let (spec_path, spec_sha256) = (&provenance.spec_path, &provenance.spec_sha256);
    quote! {
        use super::ErrorInfo;

        #enum_item

        /// Every variant: the page's in page order, then the retired ones.
        #[allow(deprecated)]
        pub(crate) const ALL: &[#enum_ident] = &[#(#all),*];

        /// How many variants are in the page; `ALL[DOCUMENTED..]` are retired.
        pub(crate) const DOCUMENTED: usize = #documented;

        /// The table: `ERRORS[i]` describes `ALL[i]`, whose discriminant is `i`.
        pub(crate) const ERRORS: &[ErrorInfo] = &[#(#infos),*];

        #tables

        /// The spec file the table was generated from.
        pub(crate) const SPEC_PATH: &str = #spec_path;

        /// SHA-256 of that file.
        pub(crate) const SPEC_SHA256: &str = #spec_sha256;
    }
}
