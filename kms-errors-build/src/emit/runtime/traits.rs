//! The enum's trait impls: `Display`, `Error`, `FromStr`, `TryFrom<&str>`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, Parts};

pub(super) fn tokens(parts: &Parts<'_>) -> TokenStream {
    let e = parts.ident;
    let x = parts.examples;
    let name = parts.name;
    let (first, code, unknown) = (x.first(), x.code(), x.unknown());
    let display_docs = doc(&format!(
        "`CODE: message` (the code alone if the page gives no message).\n\n{}",
        x.block(
            &[name],
            &format!("let shown = {first}.to_string();\nassert!(shown.starts_with({code}));")
        )
    ));
    let from_str_docs = doc(&format!(
        "Parses an exact error code, as [`{name}::from_code`]; the error keeps \
         the input.\n\n{}",
        x.block(
            &[name],
            &format!(
                "let error: {name} = {code}.parse()?;\nassert_eq!(error, {first});\n\
                 let unknown = {unknown}.parse::<{name}>().unwrap_err();\nassert_eq!(unknown.input(), {unknown});\n\
                 # Ok::<(), Box<dyn std::error::Error>>(())"
            )
        )
    ));
    quote! {
        #display_docs
        impl ::core::fmt::Display for #e {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.code())?;
                if !self.message().is_empty() {
                    f.write_str(": ")?;
                    f.write_str(self.message())?;
                }
                ::core::result::Result::Ok(())
            }
        }

        impl ::core::error::Error for #e {}

        #from_str_docs
        impl ::core::str::FromStr for #e {
            type Err = UnknownErrorCode;

            fn from_str(code: &str) -> ::core::result::Result<Self, UnknownErrorCode> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(error) => ::core::result::Result::Ok(error),
                    ::core::option::Option::None => ::core::result::Result::Err(UnknownErrorCode::new(code)),
                }
            }
        }

        /// As [`FromStr`](::core::str::FromStr).
        impl ::core::convert::TryFrom<&str> for #e {
            type Error = UnknownErrorCode;

            fn try_from(code: &str) -> ::core::result::Result<Self, UnknownErrorCode> {
                ::core::str::FromStr::from_str(code)
            }
        }
    }
}
