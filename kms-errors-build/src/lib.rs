//! Generates a typed Rust error enum from an RST "Error Code" page of the
//! cloud documentation — the generator behind the
//! [`kms-errors`](https://docs.rs/kms-errors) crate, usable from any build
//! script or from the command line.
//!
//! The API is [`Builder`]: setters, then [`generate`](Builder::generate)
//! or [`generate_from_text`](Builder::generate_from_text) (in memory),
//! [`write`](Builder::write) (a file, by default under `$OUT_DIR`) or
//! [`check`](Builder::check) (is a committed file fresh?). Every error is an
//! [`Error`] that displays as `path:line:col: what is wrong`; problems it
//! works around are [`Warning`]s. Tools that compare revisions of a page
//! use the [`model`] and [`report`] stages; the `kms-errors-build` command
//! (feature `cli`) is built on this API alone.
//!
//! # Example
//!
//! In a build script:
//!
//! ```no_run
//! let written = kms_errors_build::Builder::new()
//!     .spec("spec/error_code.rst")
//!     .enum_name("KmsError")
//!     .cargo_rerun_if_changed(true)
//!     .write() // $OUT_DIR/kms_error.rs
//!     .unwrap_or_else(|err| panic!("{err}"));
//! for warning in &written.warnings {
//!     println!("cargo:warning={warning}");
//! }
//! ```
//!
//! and in the crate, the module in a module of its own:
//!
//! ```ignore
//! mod kms_error {
//!     include!(concat!(env!("OUT_DIR"), "/kms_error.rs"));
//! }
//! pub use kms_error::*;
//! ```
//!
//! Included there, the generated module's private items (its tables and
//! helpers: `ALL`, `SLOTS`, `row`, …) cannot collide with the crate's own
//! names, and `pub use` re-exports only its API. (At the crate root they
//! share the crate's namespace.)
//!
//! # Stages
//!
//! 1. **RST** ([`kms_errors_rst`], a crate of its own): the page's grid
//!    tables, parsed exactly as docutils 0.19 parses them, and cell text as
//!    a reader sees it (inline markup, lists, literal blocks).
//! 2. **Model**: the error-code table picked by its header, columns mapped
//!    by header text ([`Builder::column`] overrides, [`model::Field`]), repeated
//!    rows merged, everything validated; [`model::Policy`] says what to do with
//!    unusable rows.
//! 3. **Naming**: a variant name per code (below).
//! 4. **Emit**: the enum (`quote!`) and the runtime API, written once as
//!    Rust and given the page's names, types and values (`syn`), through
//!    `prettyplease`, then the data tables; behind an `@generated` header:
//!    one `no_std`, dependency-free module for any page — the enum, its
//!    table and lookup, and the whole runtime API the `kms-errors` crate
//!    has (`ErrorCode`, `from_response`, `RetryKind`, …), with serde impls
//!    if asked for ([`Builder::serde`]).
//!
//! Each stage is a pure function over in-memory values (the change report
//! in [`report`] too: it takes texts); only [`Builder`] touches the disk
//! (see its "Files" section), through the helpers of [`files`], which the
//! command and tools that read pages themselves use as well.
//!
//! # Variant names
//!
//! Names are for Rust code: UpperCamelCase with acronyms written as words
//! (`Url`, `Id`, `Io`, `Dek`, as the Rust API guidelines ask), at most 40
//! characters, never the enum's own name, made of the message's own words
//! in their order. Pin them in a [names file](Builder::names) (`CODE Name`
//! lines); a code the file does not pin gets a derived name:
//!
//! 1. **The first clause.** The message up to its first sentence end (`.`,
//!    `!`, `?` before white space), `;`, `, ` or `: `, or a word that
//!    starts a reason or a request (`because`, `due`, `please`, `when`,
//!    `if`, …), once two words came before it; bracketed text and `%s`
//!    placeholders are left out. Every character that is not an ASCII
//!    letter or digit separates words; single capitals joined by `/` and a
//!    plural `s` keep an acronym whole (`I/O` → `Io`, `IDs` → `Ids`), the
//!    `X-` of a header name is dropped (`X-Auth-Token` → `AuthToken`) and
//!    `can not` is `Cannot`. (`KMS has been frozen. Renew it and try
//!    again.` → `KmsFrozen`.)
//! 2. **Words that carry no meaning are dropped**: articles,
//!    demonstratives and possessives (`the`, `this`, `your`), the
//!    auxiliaries `is`, `are`, `was`, `were` and `has been`, `occurred`,
//!    `already` before `exists`; `in X state` says `X`. (`The key has been
//!    disabled.` → `KeyDisabled`; `The key is not in Pending import
//!    state.` → `KeyNotPendingImport`.)
//! 3. **Context is dropped**: a trailing phrase about the request
//!    (`Parameters missing in the request message.` → `ParametersMissing`);
//!    and a name over 24 characters loses trailing phrases that say where,
//!    for what or how (`in`, `for`, `to`, `with`, `by`, …, never `of`) once
//!    its statement is made, and a phrase that ends its subject (`The image
//!    in the AS configuration does not exist.` → `ImageDoesNotExist`) —
//!    only where the shorter name is unique on the page.
//! 4. **Shared names**: codes whose names would be equal each get their
//!    code's number appended (`FailedToVerifyDekHash2103`, `…2203`), or the
//!    whole code where the number is shared too or the name ends in a
//!    digit; a name equal to a pinned name or to the enum's name counts as
//!    shared. On a page whose codes mostly have one prefix, a code with
//!    another (at most a quarter of them: another service's codes, as
//!    `CSMS.` beside `KMS.`) starts with its prefix (`CsmsInvalidAuthToken`).
//!    A message with no letters or digits gives the code's name
//!    (`KMS.0201` → `Kms0201`).
//! 5. **At most 40 characters**, cut at a word boundary, never after a
//!    preposition, a conjunction or a verb such as `not` or `be`.
//! 6. **A valid identifier**: a name that starts with a digit, or is a
//!    keyword (`Self`), gets the prefix `E` (`E404NotFound`); one still
//!    taken gets `V2`, `V3`, ….
//!
//! The result depends only on the codes, messages and their order. On the
//! corpus of 49 real pages in this repository (4,935 names), the median
//! name has 24 characters (31 before rules 1–3 and 5 were written), none
//! has more than 40 (1,487 had), and on the KMS page 93 of the 185 names
//! curated by hand for `kms-errors` 0.2 come out as they were chosen (55
//! before).

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Library code reachable from input must not panic: no unwrap, expect,
// panic or unchecked indexing outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

// The `ApiError` template (`emit/runtime/api_json.rs`) names `::alloc`, as
// a generated `no_std` module does; its tests compile it here.
#[cfg(test)]
extern crate alloc;

mod builder;
#[cfg(feature = "cli")]
pub mod cli;
mod emit;
mod error;
pub mod files;
// Some names only the command reads.
#[cfg_attr(not(feature = "cli"), allow(dead_code))]
mod flags;
pub mod model;
mod naming;
pub mod report;
#[cfg(feature = "cli")]
mod tables;
#[cfg(test)]
mod tests;

pub use builder::{Builder, Check, Generated};
pub use emit::Include;
pub use error::{Error, ErrorKind, Location, Warning};

// The README's examples are compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
