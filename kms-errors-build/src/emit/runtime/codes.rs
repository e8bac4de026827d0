//! `ErrorCode` (a code as a server sent it: known or not) and
//! `UnknownErrorCode` (a code the table does not have, kept without
//! allocating).

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, Parts};

use super::super::UNKNOWN_CODE_CAPACITY as MAX_INPUT_LEN;

pub(super) fn tokens(parts: &Parts<'_>) -> TokenStream {
    let e = parts.ident;
    let x = parts.examples;
    let name = parts.name;
    let (first, code, unknown) = (x.first(), x.code(), x.unknown());
    let max = MAX_INPUT_LEN;
    let error_code_docs = doc(&format!(
        "An error code as a server sent it: one the table documents, or one it \
         does not know (a server can be newer than the table). `Copy`, no \
         allocation; building one never fails, so a response type with an \
         `error_code: ErrorCode` field always deserializes.\n\n\
         Equality compares the codes as received, except that a code cut \
         because it was longer than [`UnknownErrorCode::MAX_INPUT_LEN`] bytes \
         equals nothing, so that two different inputs never compare equal \
         (which is why there is no `Eq` or `Hash`).\n\n{}",
        x.block(
            &[name, "ErrorCode"],
            &format!(
                "let known = ErrorCode::new({code});\n\
                 assert_eq!(known.known(), Some({first}));\n\
                 assert_eq!(known.as_str(), {code});\n\
                 let newer = ErrorCode::new({unknown});\n\
                 assert!(!newer.is_known());\n\
                 assert_eq!(newer.to_string(), {unknown});\n\
                 match newer {{\n    ErrorCode::Known(error) => println!(\"{{}}\", error.measure()),\n    ErrorCode::Unknown(code) => println!(\"undocumented code {{}}\", code.input()),\n}}"
            )
        )
    ));
    let unknown_docs = doc(&format!(
        "A string that is not a documented error code: the error of parsing \
         one, and the unknown case of [`ErrorCode`].\n\n\
         It keeps the input without allocating, so it is `Copy` and works in \
         `no_std`: up to [`MAX_INPUT_LEN`](Self::MAX_INPUT_LEN) bytes whole, \
         a longer input cut (at a character boundary) and marked as cut. Its \
         `Display` shows the input escaped, a cut one ending in `…`.\n\n{}",
        x.block(
            &[name],
            &format!(
                "let error = {unknown}.parse::<{name}>().unwrap_err();\n\
                 assert_eq!(error.input(), {unknown});\n\
                 assert_eq!(error.to_string(), format!(\"unknown {name} code {{:?}}\", {unknown}));\n\
                 let long = \"x\".repeat(1000);\n\
                 let error = long.parse::<{name}>().unwrap_err();\n\
                 assert!(error.is_truncated());\n\
                 assert!(error.to_string().ends_with(\"…\\\"\"));"
            )
        )
    ));
    let unknown_display = format!("unknown {name} code \"");
    let with_status_docs = doc(&format!(
        "The code of a response whose HTTP status is `status`, against the \
         documentation (what [`{name}::from_response`] gives for the code's \
         text).\n\n{}",
        x.block(
            &["ErrorCode", "ResponseCode"],
            &format!(
                "let response = ErrorCode::new({unknown}).with_status(503);\n\
                 assert!(matches!(response, ResponseCode::Unknown {{ status: 503, .. }}));"
            )
        )
    ));
    let new_docs = doc(&format!(
        "The code `code`: [`Known`](ErrorCode::Known) if it is documented \
         (exact match, as [`{name}::from_code`]), else \
         [`Unknown`](ErrorCode::Unknown)."
    ));
    let new_ignore_case_docs = doc(&format!(
        "As [`new`](Self::new), matching documented codes ignoring ASCII case \
         (as [`{name}::from_code_ignore_ascii_case`]); an unknown code is kept \
         as received."
    ));
    quote! {
        #error_code_docs
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum ErrorCode {
            /// A documented code.
            Known(#e),
            /// A code the table does not document, as received.
            Unknown(UnknownErrorCode),
        }

        impl ErrorCode {
            #new_docs
            pub const fn new(code: &str) -> Self {
                match #e::from_code(code) {
                    ::core::option::Option::Some(error) => ErrorCode::Known(error),
                    ::core::option::Option::None => ErrorCode::Unknown(UnknownErrorCode::new(code)),
                }
            }

            #new_ignore_case_docs
            pub const fn new_ignore_ascii_case(code: &str) -> Self {
                match #e::from_code_ignore_ascii_case(code) {
                    ::core::option::Option::Some(error) => ErrorCode::Known(error),
                    ::core::option::Option::None => ErrorCode::Unknown(UnknownErrorCode::new(code)),
                }
            }

            /// The documented error, if the code is one.
            pub const fn known(self) -> ::core::option::Option<#e> {
                match self {
                    ErrorCode::Known(error) => ::core::option::Option::Some(error),
                    ErrorCode::Unknown(_) => ::core::option::Option::None,
                }
            }

            /// Whether the code is documented.
            pub const fn is_known(self) -> bool {
                matches!(self, ErrorCode::Known(_))
            }

            /// The code as received (for an unknown code longer than
            /// [`UnknownErrorCode::MAX_INPUT_LEN`] bytes, its start: see
            /// [`UnknownErrorCode::is_truncated`]).
            pub fn as_str(&self) -> &str {
                match self {
                    ErrorCode::Known(error) => error.code(),
                    ErrorCode::Unknown(code) => code.input(),
                }
            }

            /// The documented HTTP status: `None` for an unknown code (or a
            /// row without one).
            pub const fn status_code(self) -> ::core::option::Option<u16> {
                match self {
                    ErrorCode::Known(error) => error.documented_status(),
                    ErrorCode::Unknown(_) => ::core::option::Option::None,
                }
            }

            /// The documented message: `None` for an unknown code.
            pub const fn message(self) -> ::core::option::Option<&'static str> {
                match self {
                    ErrorCode::Known(error) => ::core::option::Option::Some(error.message()),
                    ErrorCode::Unknown(_) => ::core::option::Option::None,
                }
            }

            #with_status_docs
            pub const fn with_status(self, status: u16) -> ResponseCode {
                match self {
                    ErrorCode::Known(error) => match error.documented_status() {
                        ::core::option::Option::Some(documented) if documented != status => {
                            ResponseCode::StatusDiffers { error, status }
                        }
                        _ => ResponseCode::Documented(error),
                    },
                    ErrorCode::Unknown(code) => ResponseCode::Unknown { code, status },
                }
            }

            /// How a client should treat the error, from its documented
            /// status (see [`RetryKind`]): `None` for an unknown code, whose
            /// response status is what tells (see
            /// [`ResponseCode::retry_kind`]).
            pub const fn retry_kind(self) -> ::core::option::Option<RetryKind> {
                match self {
                    ErrorCode::Known(error) => error.retry_kind(),
                    ErrorCode::Unknown(_) => ::core::option::Option::None,
                }
            }
        }

        /// The code as received; a cut one ends in `…`.
        impl ::core::fmt::Display for ErrorCode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())?;
                match self {
                    ErrorCode::Unknown(code) if code.is_truncated() => f.write_str("…"),
                    _ => ::core::result::Result::Ok(()),
                }
            }
        }

        /// The code as received (as [`as_str`](ErrorCode::as_str)).
        impl ::core::convert::AsRef<str> for ErrorCode {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::core::convert::From<&str> for ErrorCode {
            fn from(code: &str) -> Self {
                ErrorCode::new(code)
            }
        }

        impl ::core::convert::From<#e> for ErrorCode {
            fn from(error: #e) -> Self {
                ErrorCode::Known(error)
            }
        }

        /// Never fails: an undocumented code is [`ErrorCode::Unknown`].
        impl ::core::str::FromStr for ErrorCode {
            type Err = ::core::convert::Infallible;

            fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(ErrorCode::new(code))
            }
        }

        /// An error code is an error, so that it can be a `#[source]`.
        impl ::core::error::Error for ErrorCode {}

        #unknown_docs
        #[derive(Clone, Copy)]
        pub struct UnknownErrorCode {
            kept: [u8; UnknownErrorCode::MAX_INPUT_LEN],
            len: u8,
            truncated: bool,
        }

        impl UnknownErrorCode {
            /// How many bytes of the input are kept: more than any real
            /// error code has.
            pub const MAX_INPUT_LEN: usize = #max;

            /// `input`, kept (cut if longer than
            /// [`MAX_INPUT_LEN`](Self::MAX_INPUT_LEN) bytes).
            pub const fn new(input: &str) -> Self {
                let bytes = input.as_bytes();
                let mut len = if bytes.len() < Self::MAX_INPUT_LEN {
                    bytes.len()
                } else {
                    Self::MAX_INPUT_LEN
                };
                // Back to a character boundary: not a continuation byte.
                while len < bytes.len() && len > 0 && bytes[len] & 0xC0 == 0x80 {
                    len -= 1;
                }
                let mut kept = [0u8; Self::MAX_INPUT_LEN];
                let mut i = 0;
                while i < len {
                    kept[i] = bytes[i];
                    i += 1;
                }
                UnknownErrorCode {
                    kept,
                    // `len <= MAX_INPUT_LEN`, which fits in a u8.
                    len: len as u8,
                    truncated: len < bytes.len(),
                }
            }

            /// The input, or its first [`MAX_INPUT_LEN`](Self::MAX_INPUT_LEN)
            /// bytes (at most) if it was longer.
            pub fn input(&self) -> &str {
                let (kept, _) = self.kept.split_at(self.len as usize);
                // Always valid: `new` cuts at a character boundary.
                ::core::str::from_utf8(kept).unwrap_or_default()
            }

            /// Whether [`input`](Self::input) is only the start of what was
            /// received.
            pub const fn is_truncated(&self) -> bool {
                self.truncated
            }
        }

        /// Equal inputs, kept whole: a cut input equals nothing (two
        /// different inputs never compare equal).
        impl ::core::cmp::PartialEq for UnknownErrorCode {
            fn eq(&self, other: &Self) -> bool {
                !self.truncated && !other.truncated && self.input() == other.input()
            }
        }

        impl ::core::fmt::Display for UnknownErrorCode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#unknown_display)?;
                ::core::fmt::Display::fmt(&self.input().escape_debug(), f)?;
                if self.truncated {
                    f.write_str("…")?;
                }
                f.write_str("\"")
            }
        }

        impl ::core::fmt::Debug for UnknownErrorCode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("UnknownErrorCode")
                    .field("input", &self.input())
                    .field("truncated", &self.truncated)
                    .finish()
            }
        }

        impl ::core::error::Error for UnknownErrorCode {}
    }
}
