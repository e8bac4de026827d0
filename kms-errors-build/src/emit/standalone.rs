//! The standalone module: data, the lookup function and the runtime API
//! (`ErrorInfo`, accessors, `Display`, `FromStr`) for any page.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::docs::{doc_line, spec_path_in_code};
use super::format::{Frame, Splicer};
use super::items::module;
use super::{Input, StatusForm};

/// The standalone module (see [`Shape::Standalone`](super::Shape::Standalone)).
pub(super) fn tokens<'a>(input: &Input<'a>, splicer: &mut Splicer<'a>) -> TokenStream {
    let status = StatusForm {
        value: |s| match s {
            Some(s) => quote!(::core::option::Option::Some(#s)),
            None => quote!(::core::option::Option::None),
        },
        ty: || quote!(::core::option::Option<u16>),
        one_per_line: true,
    };
    let provenance = input.provenance;
    let (documented, count) = (
        Literal::usize_unsuffixed(input.documented),
        Literal::usize_unsuffixed(input.entries.len()),
    );
    let info_doc = doc_line(format!(
        "One row of the error-code table of `{}`.",
        spec_path_in_code(provenance)
    ));
    let head = quote! {
        #[doc = #info_doc]
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct ErrorInfo {
            /// The error code.
            pub code: &'static str,
            /// The HTTP status, if the page gives one.
            pub status_code: ::core::option::Option<u16>,
            /// The error message (empty if the page has none).
            pub message: &'static str,
            /// The description (empty if the page has none).
            pub description: &'static str,
            /// What to do about it (empty if the page says nothing).
            pub measure: &'static str,
        }
    };
    let wrap = |enum_ident: &Ident, all: Vec<TokenStream>| {
        let tail = quote! {
        impl #enum_ident {
            /// Every variant: the page's in page order, then the retired ones.
            #[allow(deprecated)]
            pub const ALL: &'static [#enum_ident] = &[#(#all),*];

            /// How many error codes there are (retired ones included).
            pub const COUNT: usize = #count;

            /// Whether the code is no longer in the documentation (its
            /// variant is deprecated and keeps its last documented row).
            pub const fn is_retired(self) -> bool {
                self as usize >= #documented
            }

            /// The table row of this error.
            pub const fn info(self) -> &'static ErrorInfo {
                &ERRORS[self as usize]
            }

            /// The error code.
            pub const fn code(self) -> &'static str {
                CODES[self as usize]
            }

            /// The HTTP status, if the page gives one.
            pub const fn status_code(self) -> ::core::option::Option<u16> {
                STATUS_CODES[self as usize]
            }

            /// The error message.
            pub const fn message(self) -> &'static str {
                TEXTS[MESSAGES[self as usize] as usize]
            }

            /// The description.
            pub const fn description(self) -> &'static str {
                TEXTS[DESCRIPTIONS[self as usize] as usize]
            }

            /// What to do about the error.
            pub const fn measure(self) -> &'static str {
                TEXTS[MEASURES[self as usize] as usize]
            }

            /// The variant for an error code (exact, case-sensitive): a
            /// perfect hash table, one slot read whatever the codes look
            /// like, then one comparison.
            pub const fn from_code(code: &str) -> ::core::option::Option<Self> {
                match code_index(code) {
                    ::core::option::Option::Some(index) => ::core::option::Option::Some(Self::ALL[index]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }

        impl ::core::fmt::Display for #enum_ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.code())?;
                f.write_str(": ")?;
                f.write_str(self.message())
            }
        }

        impl ::core::error::Error for #enum_ident {}

        /// The error of parsing a string that is not a documented error code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct UnknownErrorCode;

        impl ::core::fmt::Display for UnknownErrorCode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str("unknown error code")
            }
        }

        impl ::core::error::Error for UnknownErrorCode {}

        impl ::core::str::FromStr for #enum_ident {
            type Err = UnknownErrorCode;

            fn from_str(code: &str) -> ::core::result::Result<Self, UnknownErrorCode> {
                Self::from_code(code).ok_or(UnknownErrorCode)
            }
        }
        };
        (head, tail)
    };
    module(
        input,
        status,
        &TokenStream::new(),
        &quote!(pub),
        Frame::ImplArray,
        splicer,
        wrap,
    )
}
