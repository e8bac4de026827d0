//! Stage 4: Rust source for a page's entries — `quote!` tokens →
//! `syn::parse2` → `prettyplease::unparse`, behind an `@generated` header.
//! The only stage that knows Rust syntax.
//!
//! Two shapes of output (see [`Shape`]):
//!
//! - **standalone** (the default): a complete, `no_std`, dependency-free
//!   module for any page — its own `ErrorInfo` (with `status_code:
//!   Option<u16>`, since many pages have no status column), the enum, the
//!   table, `const fn` accessors, `from_code`, `Display`, `FromStr`;
//! - **data only**: what the `kms-errors` crate compiles — the enum, the
//!   table, the lookup tables and the one lookup function, for a parent
//!   module that defines `ErrorInfo` (with `status_code: u16`) and the API:
//!
//! ```text
//! pub enum KmsError { InvalidRequestUrl = 0, … }   // documented variants
//! pub(crate) const ALL: &[KmsError]                // page order
//! pub(crate) const ERRORS: &[ErrorInfo]            // ERRORS[i] describes ALL[i]
//! pub(crate) const KEYS, SLOTS, …                  // see `lookup`
//! pub(crate) const fn code_index(code: &str) -> Option<usize>
//! pub(crate) const CODES, STATUS_CODES, TEXTS, MESSAGES, DESCRIPTIONS, MEASURES
//! pub(crate) const SPEC_PATH: &str, SPEC_SHA256: &str
//! ```
//!
//! One file a job: `items` the enum and the table rows both shapes share,
//! `tables` the lookup and accessor tables with the lookup function,
//! `data_only` and `standalone` each shape's module, [`docs`] the doc
//! comments (Markdown), [`format`] the formatting of long lists, [`lookup`]
//! the tables' contents.

use proc_macro2::{Ident, TokenStream};
use quote::format_ident;

use crate::error::{Error, ErrorKind, Location};
use crate::model::Entry;
use docs::visible_controls;
use format::Splicer;

mod data_only;
pub mod docs;
pub mod format;
mod items;
pub mod lookup;
mod standalone;
mod tables;

/// What the header and the enum's documentation say about where the code
/// came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provenance {
    /// The spec's path as it should appear in the header (relative, so the
    /// output is the same on every machine).
    pub spec_path: String,
    /// SHA-256 of the spec file's bytes, lower-case hex.
    pub spec_sha256: String,
    /// The command that regenerates this output.
    pub regenerate_command: String,
}

/// The types a standalone module defines besides the enum: the enum cannot
/// be named like them. (Its consts live in the value namespace, so an enum
/// may share their names.)
pub const DEFINED_TYPES: &[&str] = &["ErrorInfo", "UnknownErrorCode"];

/// Which module to generate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shape {
    /// A complete module for any page: its own `ErrorInfo`, the enum, the
    /// table, accessors, `from_code`, `Display` and `FromStr`.
    #[default]
    Standalone,
    /// Data for the `kms-errors` crate's hand-written API; every entry
    /// must have an HTTP status.
    DataOnly,
}

/// Rust source of the generated module for `entries`, whose variant names
/// are `names` (same order).
///
/// # Errors
/// [`ErrorKind::MissingStatus`] for [`Shape::DataOnly`] when an entry has no
/// status; [`ErrorKind::Emit`] if the tokens do not parse as a Rust file,
/// which would be a bug of this crate (names are checked identifiers).
/// `entries[documented..]` are retired: their variants are deprecated.
pub fn emit(
    shape: Shape,
    enum_name: &str,
    entries: &[Entry],
    names: &[String],
    documented: usize,
    provenance: &Provenance,
) -> Result<String, Error> {
    let input = Input {
        enum_name,
        entries,
        names,
        documented,
        provenance,
        lookup: lookup::tables(entries)?,
    };
    emit_with(shape, &input, Splicer::new(format::CHUNK))
}

/// [`emit`], long lists and arrays formatted as `splicer` says (see
/// [`format`]).
fn emit_with<'a>(
    shape: Shape,
    input: &Input<'a>,
    mut splicer: Splicer<'a>,
) -> Result<String, Error> {
    let (entries, provenance) = (input.entries, input.provenance);
    let tokens = match shape {
        Shape::DataOnly => {
            if let Some(entry) = entries.iter().find(|e| e.status_code.is_none()) {
                return Err(Error::new(
                    entry.location.clone(),
                    ErrorKind::MissingStatus {
                        code: entry.code.clone(),
                    },
                ));
            }
            data_only::tokens(input, &mut splicer)
        }
        Shape::Standalone => standalone::tokens(input, &mut splicer),
    };
    let body = splicer.format(tokens).map_err(|message| {
        Error::new(
            Location::file(&provenance.spec_path),
            ErrorKind::Emit { message },
        )
    })?;
    Ok(format!("{}{body}", header(provenance)))
}

/// What the module is made from.
struct Input<'a> {
    enum_name: &'a str,
    entries: &'a [Entry],
    /// Variant names, in the order of `entries`.
    names: &'a [String],
    /// `entries[documented..]` are retired.
    documented: usize,
    provenance: &'a Provenance,
    /// The lookup and accessor tables of `entries`.
    lookup: lookup::Tables,
}

/// Plain `//` comments (not `//!`): the file is also `include!`d, where
/// inner attributes are not allowed.
fn header(p: &Provenance) -> String {
    format!(
        "// @generated by kms-errors-build from {} (SHA-256 {}).\n\
         // Do not edit by hand: regenerate with\n\
         //     {}\n\n",
        visible_controls(&p.spec_path),
        p.spec_sha256,
        visible_controls(&p.regenerate_command)
    )
}

/// How a shape writes an HTTP status, and its type.
#[derive(Clone, Copy)]
struct StatusForm {
    value: fn(Option<u16>) -> TokenStream,
    ty: fn() -> TokenStream,
    /// Whether prettyplease prints a list of them one per line (not
    /// filled into lines as plain numbers are), so the list may be split.
    one_per_line: bool,
}

/// A small unsigned type that holds every value below `n`.
fn index_type(n: usize) -> Ident {
    format_ident!(
        "{}",
        match n {
            0..=256 => "u8",
            257..=65_536 => "u16",
            _ => "u32",
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, message: &str) -> Entry {
        Entry {
            description: "Why \"quoted\" \\ */".to_string(),
            location: Location::new("p", 1, 1),
            ..Entry::example(code, Some(400), message)
        }
    }

    fn provenance() -> Provenance {
        Provenance {
            spec_path: "spec/p.rst".to_string(),
            spec_sha256: "00ff".to_string(),
            regenerate_command: "kms-errors-build generate spec/p.rst".to_string(),
        }
    }

    /// Long lists printed a chunk at a time print exactly as whole lists:
    /// the real page, with retired variants, in both shapes.
    #[test]
    fn chunked_output_is_the_whole_output() {
        let page = include_str!("../../../spec/error_code.rst");
        let mut entries = crate::model::read_page("spec/error_code.rst", page)
            .unwrap()
            .entries;
        let mut no_status = entry("Z.1", "No status.");
        no_status.status_code = None;
        let names: Vec<String> = (0..entries.len() + 1).map(|i| format!("V{i}")).collect();
        for shape in [Shape::DataOnly, Shape::Standalone] {
            if shape == Shape::Standalone {
                entries.push(no_status.clone());
            }
            let names = &names[..entries.len()];
            let provenance = provenance();
            let input = Input {
                enum_name: "E",
                entries: &entries,
                names,
                documented: 60,
                provenance: &provenance,
                lookup: lookup::tables(&entries).unwrap(),
            };
            let whole = emit_with(shape, &input, Splicer::whole()).unwrap();
            for chunk in [7, 16, 50] {
                let chunked = emit_with(shape, &input, Splicer::new(chunk)).unwrap();
                assert!(chunked == whole, "{shape:?}, chunks of {chunk}");
            }
        }
    }

    #[test]
    fn data_only_output_needs_statuses() {
        let mut no_status = entry("A.1", "One.");
        no_status.status_code = None;
        let err = emit(
            Shape::DataOnly,
            "E",
            &[no_status.clone()],
            &["One".to_string()],
            1,
            &provenance(),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "p:1:1: error code A.1 has no HTTP status, which data-only output for kms-errors needs (generate a standalone module instead)");
        // The standalone shape takes it (golden file `no_status.standalone.rs`).
        assert!(emit(
            Shape::Standalone,
            "E",
            &[no_status],
            &["One".to_string()],
            1,
            &provenance()
        )
        .is_ok());
    }

    #[test]
    fn same_input_same_bytes() {
        let entries = [entry("A.1", "One.")];
        let names = ["One".to_string()];
        for shape in [Shape::Standalone, Shape::DataOnly] {
            let a = emit(shape, "E", &entries, &names, 1, &provenance()).unwrap();
            let b = emit(shape, "E", &entries, &names, 1, &provenance()).unwrap();
            assert_eq!(a, b);
        }
    }

    /// Found by the property test `emitted_strings_are_exact`: a lone
    /// carriage return went raw into a doc comment, which does not parse.
    #[test]
    fn control_characters_do_not_break_doc_comments() {
        let mut e = entry("A.1", "\r");
        e.measure = "a\u{0}b\u{1b}[31m".to_string();
        for shape in [Shape::Standalone, Shape::DataOnly] {
            let source = emit(
                shape,
                "E",
                &[e.clone()],
                &["One".to_string()],
                1,
                &provenance(),
            )
            .unwrap();
            assert!(syn::parse_file(&source).is_ok());
            assert!(source.contains("    /// `A.1`: \\u{d}\n"), "{source}");
        }
    }
}
