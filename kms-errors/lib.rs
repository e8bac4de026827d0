//! The error codes of the Open Telekom Cloud Key Management Service (KMS)
//! API — whose API follows Huawei Cloud's KMS — as a typed, `no_std`,
//! zero-dependency Rust enum, generated from the service's documentation
//! page ("Error Code", `api-ref/source/appendix/error_code.rst` of
//! `github.com/opentelekomcloud-docs/key-management-service`; the revision
//! is [`SPEC`]).
//!
//! Every code of the page is a variant of [`KmsError`]; each carries its HTTP
//! status, message, description and the measure to take, as the
//! documentation states them, in a `const` table ([`ERRORS`]).
//!
//! ```
//! use kms_errors::KmsError;
//!
//! // An error code from a KMS response body.
//! // (A code that leaves the page keeps its variant, deprecated, with its
//! // last documented row: examples that name one stay true.)
//! let err = KmsError::from_code("KMS.0210").expect("a code of this crate");
//! assert_eq!(err, KmsError::KeyScheduledForDeletion);
//! // The code, then the message as the page words it.
//! assert_eq!(err.to_string(), format!("KMS.0210: {}", err.message()));
//! println!("HTTP {}; what to do: {}", err.status_code(), err.measure());
//!
//! // Parsing is strict: exact, case-sensitive codes only.
//! assert!("kms.0210".parse::<KmsError>().is_err());
//! ```
//!
//! Deciding whether to retry, from the documented status of a known code
//! or, for a code newer than this crate, the status of the response
//! ([`RetryKind`]):
//!
//! ```
//! use kms_errors::KmsError;
//!
//! fn should_retry(status: u16, error_code: &str) -> bool {
//!     KmsError::from_response(status, error_code)
//!         .retry_kind()
//!         .is_some_and(|kind| kind.is_retryable())
//! }
//! assert!(should_retry(500, "KMS.0101")); // an internal error
//! assert!(!should_retry(400, "KMS.0201")); // a client error
//! assert!(should_retry(503, "KMS.NEW")); // an unknown code: the status decides
//! ```
//!
//! With `?`, in a function returning `Box<dyn Error>` (or `anyhow::Result`):
//!
//! ```
//! use kms_errors::KmsError;
//!
//! fn measure_for(error_code: &str) -> Result<&'static str, Box<dyn std::error::Error>> {
//!     let error: KmsError = error_code.parse()?;
//!     Ok(error.measure())
//! }
//! assert_eq!(measure_for("KMS.0209").unwrap(), KmsError::KeyDisabled.measure());
//! assert_eq!(
//!     measure_for("KMS.NEW").unwrap_err().to_string(),
//!     "unknown KmsError code \"KMS.NEW\""
//! );
//! ```
//!
//! A code from a server that may be newer than this crate, kept whether
//! documented or not ([`ErrorCode`]):
//!
//! ```
//! use kms_errors::{ErrorCode, KmsError};
//!
//! fn advice(error_code: &str) -> String {
//!     match ErrorCode::from(error_code) {
//!         ErrorCode::Known(error) => error.measure().to_string(),
//!         ErrorCode::Unknown(code) => format!("{} is not documented yet", code.input()),
//!     }
//! }
//! assert_eq!(advice("KMS.0209"), KmsError::KeyDisabled.measure());
//! assert_eq!(advice("KMS.NEW"), "KMS.NEW is not documented yet");
//! ```
//!
//! With the feature `serde`, an error response body, nested or flat, with
//! the server's message ([`ErrorResponse`]):
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use kms_errors::{ErrorResponse, KmsError};
//!
//! let body = r#"{"error": {"error_code": "KMS.0205", "error_msg": "Invalid key ID."}}"#;
//! let response: ErrorResponse<String> = serde_json::from_str(body).unwrap();
//! assert_eq!(response.classify(400).known(), Some(KmsError::InvalidKeyId));
//! assert_eq!(response.error_msg.as_deref(), Some("Invalid key ID."));
//! # }
//! ```
//!
//! With the feature `json`, the whole error of a failed call, from any body
//! (`ApiError`; `examples/client.rs` is a client's error path with it):
//!
//! ```
//! # #[cfg(feature = "json")] {
//! use kms_errors::{ApiError, ErrorCode, KmsError};
//!
//! let body = br#"{"error": {"error_code": "KMS.0205", "error_msg": "Invalid \"key\" ID."}}"#;
//! let status = KmsError::InvalidKeyId.status_code(); // as the server sends it
//! let error = ApiError::from_body(status, body).with_request_id("from X-Request-Id");
//! assert_eq!(error.code(), Some(ErrorCode::Known(KmsError::InvalidKeyId)));
//! assert_eq!(error.server_message(), Some("Invalid \"key\" ID."));
//! assert_eq!(error.documented(), Some(KmsError::InvalidKeyId.info()));
//! println!("{error}"); // one line: code, status, message, measure, request id
//!
//! // A gateway's page instead of JSON: the status and an excerpt.
//! let gateway = ApiError::from_body(502, b"<html>Bad Gateway</html>");
//! assert!(gateway.code().is_none() && gateway.retry_kind().is_retryable());
//! # }
//! ```
//!
//! # Features
//!
//! | feature | what it adds | dependencies |
//! |---|---|---|
//! | (default) | everything above, `no_std`, no allocation | none |
//! | `serde` | `Serialize`/`Deserialize` for [`KmsError`] and [`ErrorCode`] as their code string (`"KMS.0201"`; for `KmsError` an unknown code is an error naming the input), and [`ErrorResponse`]; works in `no_std`, without `alloc` | `serde` without default features |
//! | `http` | `KmsError::http_status() -> http::StatusCode` | `http` (needs `std`) |
//! | `json` | `ApiError`, the error of a failed call read from any body; `no_std` with `alloc` | `serde_json` without default features, with `alloc` |
//! | `regenerate` | the build script regenerates the table from `spec/error_code.rst` or `$KMS_ERRORS_SPEC` | `kms-errors-build` (build-time) |
//!
//! # Where the data comes from
//!
//! `kms-errors/generated.rs` is generated by `kms-errors-build` from
//! `spec/error_code.rst` (shipped in this package) and committed, so a normal
//! build compiles no generator and runs no build script work. With the
//! feature `regenerate`, the build script regenerates the table from
//! `spec/error_code.rst`, or from the page named by the environment variable
//! `KMS_ERRORS_SPEC` (an absolute path), and compiles that instead.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// docs.rs (nightly) marks feature-gated items with the feature they need.
#![cfg_attr(docsrs, feature(doc_cfg))]
// Whether the table is the committed one or regenerated is not an API difference.
#![cfg_attr(docsrs, doc(auto_cfg(hide(feature = "regenerate"))))]

// The whole API is generated (`kms-errors-build`), the same for any page;
// `@generated`, never edited by hand. rustfmt must leave it as prettyplease
// wrote it, or the freshness check would fail after `cargo fmt`.
#[cfg(not(feature = "regenerate"))]
#[rustfmt::skip]
mod generated;
#[cfg(feature = "regenerate")]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated.rs"));
}

pub use generated::*;

/// `http` conversions (feature `http`), which need `std`.
#[cfg(feature = "http")]
impl KmsError {
    /// The documented HTTP status as an [`http::StatusCode`].
    ///
    /// ```
    /// assert_eq!(kms_errors::KmsError::InvalidKeyId.http_status(), http::StatusCode::BAD_REQUEST);
    /// ```
    pub fn http_status(self) -> http::StatusCode {
        // Every documented status is 100–599, which `from_u16` accepts.
        http::StatusCode::from_u16(self.status_code())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
