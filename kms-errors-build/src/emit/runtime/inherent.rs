//! The enum's inherent impl: the table's consts, the accessors, the
//! lookups and the retry classification.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::super::Input;
use super::{doc, Parts, Statuses};

/// `impl Enum { … }`; `all` lists every variant (`Enum::Variant`).
pub(super) fn tokens(input: &Input<'_>, parts: &Parts<'_>, all: Vec<TokenStream>) -> TokenStream {
    let e = parts.ident;
    let x = parts.examples;
    let (first, code, unknown) = (x.first(), x.code(), x.unknown());
    let count = Literal::usize_unsuffixed(input.entries.len());
    let retired_variants: Vec<TokenStream> = input
        .names
        .iter()
        .zip(input.retired)
        .filter(|(_, &retired)| retired)
        .map(|(name, _)| {
            let variant = quote::format_ident!("{}", name);
            quote!(#e::#variant)
        })
        .collect();
    let is_retired_body = if retired_variants.is_empty() {
        quote!(false)
    } else {
        quote!(matches!(self, #(#retired_variants)|*))
    };
    let first_index = x.index;
    let status_type = parts.status_type();
    let status_option = parts.status_option();
    let name = parts.name;

    let all_docs = doc(&format!(
        "Every variant, in the order of their discriminants (see the enum's \
         docs), which never changes once a code is pinned: `ALL[i] as usize == i`, \
         and `ERRORS[i]` is `ALL[i]`'s row. Retired codes are in their place \
         (see [`is_retired`](Self::is_retired)).\n\n{}",
        x.block(&[name], &format!("assert_eq!({name}::ALL.len(), {name}::COUNT);\nassert_eq!({name}::ALL[{first_index}], {first});"))
    ));
    let codes_docs =
        doc(&format!(
        "Every error code, in the order of [`ALL`](Self::ALL): `CODES[i] == ALL[i].code()`.\n\n{}",
        x.block(&[name], &format!("assert_eq!({name}::CODES[{first_index}], {code});"))
    ));
    let retired_docs = doc(&format!(
        "Whether the code is no longer in the documentation. Its variant stays \
         (deprecated) with its last documented row, so code that matches on it \
         keeps compiling and a server that still sends it is understood.\n\n{}",
        x.block(&[name], &format!("assert!(!{first}.is_retired());"))
    ));
    let (status_doc, status_value) = parts.status_doc();
    let status_docs = doc(&format!(
        "{status_doc}\n\n{}",
        x.block(
            &[name],
            &format!("assert_eq!({first}.status_code(), {status_value});")
        )
    ));
    let message_docs = doc(&format!(
        "The error message (empty if the page has none).\n\n{}",
        x.block(
            &[name],
            &format!("assert_eq!({first}.message(), {:?});", x.message)
        )
    ));
    let from_code_docs = doc(&format!(
        "The variant for an error code: an exact, case-sensitive match. For a \
         code a server sends, which may be newer than the table, see \
         [`ErrorCode`], which keeps an unknown code instead of failing.\n\n\
         The lookup is a perfect hash table: a length out of range is rejected \
         before any byte is read, else one slot is read and one code compared, \
         whatever the codes look like.\n\n{}",
        x.block(
            &[name],
            &format!(
                "assert_eq!({name}::from_code({code}), Some({first}));\n\
                 assert_eq!({name}::from_code({unknown}), None);\n\
                 const FOUND: Option<{name}> = {name}::from_code({code});\n\
                 assert!(FOUND.is_some());"
            )
        )
    ));
    let lower = format!("{:?}", x.code_text.to_ascii_lowercase());
    let ignore_case_docs = doc(&format!(
        "The variant for an error code, ignoring ASCII case; of codes that \
         differ only in case, the first in [`ALL`](Self::ALL).\n\n{}",
        x.block(
            &[name],
            &format!("assert_eq!({name}::from_code_ignore_ascii_case({lower}), Some({first}));")
        )
    ));
    let response_status = x.status.unwrap_or(400);
    let other = x.other_status;
    let response_body = match x.status {
        Some(_) => format!(
            "assert_eq!({name}::from_response({response_status}, {code}), ResponseCode::Documented({first}));\n\
             assert_eq!(\n    {name}::from_response({other}, {code}),\n    ResponseCode::StatusDiffers {{ error: {first}, status: {other} }}\n);\n"
        ),
        None => format!(
            "assert_eq!({name}::from_response({response_status}, {code}), ResponseCode::Documented({first}));\n"
        ),
    };
    let no_status = match parts.statuses {
        Statuses::Every => "",
        Statuses::Some => " (or a code the documentation gives no status)",
    };
    let from_response_docs = doc(&format!(
        "What the `error_code` of an API response whose HTTP status is `status` \
         is: a code documented with that status{no_status}, a code documented \
         with another status (both are kept), or an unknown code.\n\n{}",
        x.block(
            &[name, "ResponseCode"],
            &format!(
                "{response_body}assert!(matches!(\n    {name}::from_response(503, {unknown}),\n    ResponseCode::Unknown {{ status: 503, .. }}\n));"
            )
        )
    ));
    let retry_docs = doc(&format!(
        "How a client should treat the error, from its documented HTTP status \
         (see [`RetryKind::from_status`]); `None` without one.\n\n{}",
        x.block(
            &[name],
            &format!(
                "if let Some(kind) = {first}.retry_kind() {{\n    println!(\"retry: {{}}\", kind.is_retryable());\n}}"
            )
        )
    ));
    let lookup_ignore_case = ignore_case_lookup(input);
    quote! {
        impl #e {
            #all_docs
            #[allow(deprecated)]
            pub const ALL: &'static [#e] = &[#(#all),*];

            /// How many error codes there are (retired ones included).
            pub const COUNT: usize = #count;

            #codes_docs
            pub const CODES: &'static [&'static str] = &CODES;

            #retired_docs
            #[inline]
            #[allow(deprecated)]
            pub const fn is_retired(self) -> bool {
                #is_retired_body
            }

            /// The table row of this error.
            #[inline]
            pub const fn info(self) -> &'static ErrorInfo {
                // Discriminants are 0..COUNT in table order.
                &ERRORS[self as usize]
            }

            /// The error code.
            #[inline]
            pub const fn code(self) -> &'static str {
                CODES[self as usize]
            }

            #status_docs
            #[inline]
            pub const fn status_code(self) -> #status_type {
                STATUS_CODES[self as usize]
            }

            #message_docs
            #[inline]
            pub const fn message(self) -> &'static str {
                TEXTS[MESSAGES[self as usize] as usize]
            }

            /// The documentation's description of the error (empty if the
            /// page has none).
            #[inline]
            pub const fn description(self) -> &'static str {
                TEXTS[DESCRIPTIONS[self as usize] as usize]
            }

            /// What the documentation says to do about the error (empty if
            /// the page says nothing).
            #[inline]
            pub const fn measure(self) -> &'static str {
                TEXTS[MEASURES[self as usize] as usize]
            }

            #from_code_docs
            pub const fn from_code(code: &str) -> ::core::option::Option<#e> {
                match code_index(code) {
                    ::core::option::Option::Some(index) => ::core::option::Option::Some(Self::ALL[index]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            #ignore_case_docs
            pub const fn from_code_ignore_ascii_case(code: &str) -> ::core::option::Option<#e> {
                #lookup_ignore_case
            }

            #from_response_docs
            pub const fn from_response(status: u16, code: &str) -> ResponseCode {
                ErrorCode::new(code).with_status(status)
            }

            /// The documented status as an `Option`, whatever the type of
            /// [`status_code`](Self::status_code).
            #[inline]
            const fn documented_status(self) -> ::core::option::Option<u16> {
                #status_option
            }

            #retry_docs
            pub const fn retry_kind(self) -> ::core::option::Option<RetryKind> {
                match self.documented_status() {
                    ::core::option::Option::Some(status) => RetryKind::from_status(status),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// Whether the documented status is a client error (4xx).
            pub const fn is_client_error(self) -> bool {
                matches!(self.documented_status(), ::core::option::Option::Some(400..=499))
            }

            /// Whether the documented status is a server error (5xx).
            pub const fn is_server_error(self) -> bool {
                matches!(self.documented_status(), ::core::option::Option::Some(500..=599))
            }
        }
    }
}

/// The body of `from_code_ignore_ascii_case`: when no code has a lower-case
/// letter, the upper-cased input looked up in the hash table; else a scan.
fn ignore_case_lookup(input: &Input<'_>) -> TokenStream {
    let no_lowercase = input
        .entries
        .iter()
        .all(|e| !e.code.bytes().any(|b| b.is_ascii_lowercase()));
    if no_lowercase {
        quote! {
            let bytes = code.as_bytes();
            if bytes.len() < MIN_CODE_LEN || bytes.len() > MAX_CODE_LEN {
                return ::core::option::Option::None;
            }
            let mut upper = [0u8; MAX_CODE_LEN];
            let mut i = 0;
            while i < bytes.len() {
                upper[i] = bytes[i].to_ascii_uppercase();
                i += 1;
            }
            let (upper, _) = upper.split_at(bytes.len());
            match ::core::str::from_utf8(upper) {
                ::core::result::Result::Ok(upper) => Self::from_code(upper),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
    } else {
        quote! {
            let bytes = code.as_bytes();
            let mut i = 0;
            while i < CODES.len() {
                let candidate = CODES[i].as_bytes();
                if candidate.len() == bytes.len() {
                    let mut j = 0;
                    while j < bytes.len() && candidate[j].eq_ignore_ascii_case(&bytes[j]) {
                        j += 1;
                    }
                    if j == bytes.len() {
                        return ::core::option::Option::Some(Self::ALL[i]);
                    }
                }
                i += 1;
            }
            ::core::option::Option::None
        }
    }
}
