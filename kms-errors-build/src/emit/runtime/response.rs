//! `ResponseCode` (what an API response's code and status are, against the
//! documentation) and `RetryKind` (what a client should do about it).

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, Parts};

pub(super) fn tokens(parts: &Parts<'_>) -> TokenStream {
    let e = parts.ident;
    let x = parts.examples;
    let name = parts.name;
    let unknown = x.unknown();
    let response_docs = doc(&format!(
        "The `error_code` of an API response and its HTTP status, against the \
         documentation: the three cases [`{name}::from_response`] tells apart.\n\n{}",
        x.block(
            &[name, "ResponseCode", "RetryKind"],
            &format!(
                "let response = {name}::from_response(503, {unknown});\n\
                 // Not documented: the status decides.\n\
                 assert_eq!(response.retry_kind(), Some(RetryKind::TransientError));\n\
                 assert!(response.known().is_none());"
            )
        )
    ));
    let retry_docs = doc(&format!(
        "How a client should treat an error, the categories of the AWS SDKs' \
         retry `ErrorKind`. The rule reads the HTTP status only, since that is \
         what the documentation gives for every code (see \
         [`from_status`](Self::from_status)): a documented code is classified by \
         its documented status ([`{name}::retry_kind`]), a response by the \
         status it came with ([`ResponseCode::retry_kind`]).\n\n{}",
        x.block(
            &["RetryKind"],
            "assert_eq!(RetryKind::from_status(429), Some(RetryKind::ThrottlingError));\n\
             assert_eq!(RetryKind::from_status(503), Some(RetryKind::TransientError));\n\
             assert_eq!(RetryKind::from_status(501), Some(RetryKind::ServerError));\n\
             assert_eq!(RetryKind::from_status(404), Some(RetryKind::ClientError));\n\
             assert_eq!(RetryKind::from_status(200), None);\n\
             assert!(RetryKind::TransientError.is_retryable());\n\
             assert!(!RetryKind::ClientError.is_retryable());"
        )
    ));
    quote! {
        #response_docs
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum ResponseCode {
            /// A documented code, with the status the documentation gives it
            /// (or the documentation gives it none).
            Documented(#e),
            /// A documented code with another status than the documentation
            /// gives it (`error.status_code()`): the server's `status`.
            StatusDiffers {
                /// The documented error.
                error: #e,
                /// The status of the response.
                status: u16,
            },
            /// A code the documentation does not have.
            Unknown {
                /// The code, as received.
                code: UnknownErrorCode,
                /// The status of the response.
                status: u16,
            },
        }

        impl ResponseCode {
            /// The documented error, if the code is one (whatever the
            /// status).
            pub const fn known(self) -> ::core::option::Option<#e> {
                match self {
                    ResponseCode::Documented(error) | ResponseCode::StatusDiffers { error, .. } => {
                        ::core::option::Option::Some(error)
                    }
                    ResponseCode::Unknown { .. } => ::core::option::Option::None,
                }
            }

            /// How a client should treat the response: a documented code by
            /// its documented status, any other by the status the response
            /// came with (what the server did is what happened).
            pub const fn retry_kind(self) -> ::core::option::Option<RetryKind> {
                match self {
                    ResponseCode::Documented(error) => error.retry_kind(),
                    ResponseCode::StatusDiffers { status, .. } | ResponseCode::Unknown { status, .. } => {
                        RetryKind::from_status(status)
                    }
                }
            }
        }

        #retry_docs
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RetryKind {
            /// A transient failure of the server (HTTP 500, 502, 503, 504):
            /// retry, with backoff.
            TransientError,
            /// The request was throttled (HTTP 429): retry, with a longer
            /// backoff.
            ThrottlingError,
            /// Any other server error (5xx), which retrying is not expected
            /// to fix.
            ServerError,
            /// The request is at fault (4xx other than 429): fix it; do not
            /// retry it as it is.
            ClientError,
        }

        impl RetryKind {
            /// The kind of an error response with HTTP status `status`:
            /// 429 throttling; 500, 502, 503 and 504 transient; other 5xx
            /// server; other 4xx client; `None` for a status that is not an
            /// error (below 400 or above 599).
            pub const fn from_status(status: u16) -> ::core::option::Option<RetryKind> {
                match status {
                    429 => ::core::option::Option::Some(RetryKind::ThrottlingError),
                    500 | 502 | 503 | 504 => ::core::option::Option::Some(RetryKind::TransientError),
                    500..=599 => ::core::option::Option::Some(RetryKind::ServerError),
                    400..=499 => ::core::option::Option::Some(RetryKind::ClientError),
                    _ => ::core::option::Option::None,
                }
            }

            /// Whether retrying the same request may succeed: transient and
            /// throttling errors.
            pub const fn is_retryable(self) -> bool {
                matches!(self, RetryKind::TransientError | RetryKind::ThrottlingError)
            }
        }
    }
}
