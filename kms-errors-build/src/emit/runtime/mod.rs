//! The runtime API every generated module carries, whatever the page: the
//! items around the enum and its tables. One file a part: [`info`] the row
//! type and the spec's revision, [`inherent`] the enum's methods,
//! [`traits`] its trait impls, [`codes`] `ErrorCode` and
//! `UnknownErrorCode`, [`response`] `ResponseCode` and `RetryKind`,
//! [`serde`] the optional serde impls and `ErrorResponse`; [`examples`]
//! writes their doc examples with the page's own codes.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{Input, Statuses};

mod codes;
mod examples;
mod info;
mod inherent;
mod response;
mod serde;
mod traits;

pub(super) use examples::Examples;

/// The types a generated module defines besides the enum: the enum cannot
/// be named like them. (Its consts live in the value namespace, so an enum
/// may share their names.)
pub const DEFINED_TYPES: &[&str] = &[
    "ErrorInfo",
    "ErrorCode",
    "UnknownErrorCode",
    "ResponseCode",
    "RetryKind",
    "SpecRevision",
    "ErrorResponse",
];

/// What the runtime's parts are made from.
pub(super) struct Parts<'a> {
    /// The enum.
    pub(super) ident: &'a Ident,
    /// Its name, in docs.
    pub(super) name: &'a str,
    pub(super) statuses: Statuses,
    pub(super) examples: &'a Examples,
}

impl Parts<'_> {
    /// The type of a documented status: `u16` when every row has one.
    pub(super) fn status_type(&self) -> TokenStream {
        self.statuses.ty()
    }

    /// What a status is, for the docs of `status_code`, and the first
    /// row's status as a Rust expression of the status type.
    fn status_doc(&self) -> (&'static str, String) {
        match (self.statuses, self.examples.status) {
            (Statuses::Every, Some(s)) => ("The HTTP status the API answers with.", format!("{s}")),
            (_, Some(s)) => (
                "The HTTP status the API answers with, if the page gives one.",
                format!("Some({s})"),
            ),
            (_, None) => (
                "The HTTP status the API answers with, if the page gives one.",
                "None".to_string(),
            ),
        }
    }

    /// `self.status_code()` as an `Option<u16>`: the body of the private
    /// `documented_status`, through which the rest of the runtime reads a
    /// status whatever its type.
    fn status_option(&self) -> TokenStream {
        match self.statuses {
            Statuses::Every => quote!(::core::option::Option::Some(self.status_code())),
            Statuses::Some => quote!(self.status_code()),
        }
    }
}

/// The items before the enum (the row type) and after its tables (the
/// rest of the API), for `input`.
pub(super) fn tokens(
    input: &Input<'_>,
    ident: &Ident,
    all: Vec<TokenStream>,
) -> (TokenStream, TokenStream) {
    let examples = Examples::new(input);
    let parts = Parts {
        ident,
        name: input.enum_name,
        statuses: input.statuses,
        examples: &examples,
    };
    let head = info::row_type(&parts);
    let inherent = inherent::tokens(input, &parts, all);
    let traits = traits::tokens(&parts);
    let codes = codes::tokens(&parts);
    let response = response::tokens(&parts);
    let spec = info::spec(input, &parts);
    let serde = serde::tokens(&parts, &input.settings.serde);
    let tail = quote! {
        #inherent
        #traits
        #codes
        #response
        #spec
        #serde
    };
    (head, tail)
}

/// `text` as `#[doc]` attributes, a line each (`///` comments once
/// printed).
pub(super) fn doc(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    });
    quote!(#(#[doc = #lines])*)
}
