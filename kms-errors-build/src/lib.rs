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
//! and in the crate, `include!(concat!(env!("OUT_DIR"), "/kms_error.rs"));`.
//!
//! # Stages
//!
//! 1. **RST** ([`kms_errors_rst`], a crate of its own): the page's grid
//!    tables, parsed exactly as docutils 0.19 parses them, and cell text as
//!    a reader sees it (inline markup, lists, literal blocks).
//! 2. **Model**: the error-code table picked by its header, columns mapped
//!    by header text ([`Builder::column`] overrides, [`Field`]), repeated
//!    rows merged, everything validated; [`Policy`] says what to do with
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
//! Each stage is a pure function over in-memory values; only [`Builder`]
//! touches the disk (see its "Files" section).
//!
//! # Variant names
//!
//! Names are for Rust code: UpperCamelCase with acronyms written as words
//! (`Url`, `Id`, `Io`, `Dek`, as the Rust API guidelines ask), at most 40
//! characters, never the enum's own name, recognisable from the message.
//! Pin them in a [names file](Builder::names) (`CODE Name` lines); a code
//! the file does not pin gets a derived name:
//!
//! 1. **From the message.** Every character that is not an ASCII letter or
//!    digit separates words; a leading article (`A`, `An`, `The`) is
//!    dropped; the words are joined in UpperCamelCase, so acronyms become
//!    words (`Invalid request URL.` → `InvalidRequestUrl`, `The key has
//!    been disabled.` → `KeyHasBeenDisabled`, `8,192 bits` → `8192Bits`).
//!    Single capitals joined by `/` and a plural `s` keep an acronym whole
//!    (`I/O` → `Io`, `IDs` → `Ids`).
//! 2. **From the code** if the message has no letters or digits
//!    (`KMS.0201` → `Kms0201`).
//! 3. **A valid identifier**: a name that starts with a digit, or is a
//!    keyword (`Self`), gets the prefix `E` (`E404NotFound`).
//! 4. **Shared names**: codes whose names would be equal each get their
//!    code appended (`FailedToVerifyTheDekHashKms2103`, `…Kms2203`); a name
//!    equal to a pinned name or to the enum's name counts as shared.
//! 5. **Still taken**: the later code gets `V2`, `V3`, … appended.
//!
//! A derived name longer than 40 characters is used, with a warning that
//! names the code and the line to add to the names file. The result depends
//! only on the codes, messages and their order.

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
mod emit;
mod error;
mod files;
pub mod model;
mod naming;
pub mod report;
mod tables;
#[cfg(test)]
mod tests;

pub use builder::{Builder, Check, Generated, SpecFiles, Written};
pub use emit::Include;
pub use error::{Error, ErrorKind, Location, Warning};
pub use model::{Field, Policy};
pub use report::{DiffInput, Report};
pub use tables::tables_json;

// The README's examples are compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
