//! `ErrorInfo`, the type of a row of the table, and `SpecRevision` with
//! `SPEC`, the page the module was generated from.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::Input;
use super::{doc, Parts};

/// `ErrorInfo`.
pub(super) fn row_type(parts: &Parts<'_>) -> TokenStream {
    let x = parts.examples;
    let status_type = parts.status_type();
    let (status_doc, status_example) = parts.status_doc();
    let status_doc = doc(status_doc);
    let docs = doc(&format!(
        "What the documentation says about one error code: one row of the table.\n\n{}",
        x.block(
            &[&x.enum_name],
            &format!(
                "let info = {}.info();\nassert_eq!(info.code, {});\nassert_eq!(info.status_code, {status_example});\nassert_eq!(info.message, {:?});",
                x.first(),
                x.code(),
                x.message
            )
        )
    ));
    quote! {
        #docs
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct ErrorInfo {
            /// The error code.
            pub code: &'static str,
            #status_doc
            pub status_code: #status_type,
            /// The error message (empty if the page has none).
            pub message: &'static str,
            /// The documentation's description of the error (empty if the
            /// page has none).
            pub description: &'static str,
            /// What the documentation says to do about it (empty if the page
            /// says nothing).
            pub measure: &'static str,
        }
    }
}

/// `SpecRevision` and `SPEC`.
pub(super) fn spec(input: &Input<'_>, parts: &Parts<'_>) -> TokenStream {
    let x = parts.examples;
    let provenance = input.provenance;
    let (path, sha256) = (&provenance.spec_path, &provenance.spec_sha256);
    let type_docs = doc(&format!(
        "Which revision of the documentation the table comes from: the page's \
         file and the SHA-256 of its bytes.\n\n{}",
        x.block(
            &["SPEC"],
            &format!(
                "assert_eq!(SPEC.path, {:?});\nassert_eq!(SPEC.to_string(), format!(\"{{}} (SHA-256 {{}})\", SPEC.path, SPEC.sha256));",
                provenance.spec_path
            )
        )
    ));
    quote! {
        #type_docs
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct SpecRevision {
            /// The page's file, as the generator was given it (never an
            /// absolute path).
            pub path: &'static str,
            /// SHA-256 of the file, lower-case hex.
            pub sha256: &'static str,
        }

        /// `path (SHA-256 digest)`.
        impl ::core::fmt::Display for SpecRevision {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.path)?;
                f.write_str(" (SHA-256 ")?;
                f.write_str(self.sha256)?;
                f.write_str(")")
            }
        }

        /// The documentation revision the table was generated from (see
        /// [`SpecRevision`]): log it to know which page a build says what
        /// it says from.
        pub const SPEC: SpecRevision = SpecRevision {
            path: #path,
            sha256: #sha256,
        };
    }
}
