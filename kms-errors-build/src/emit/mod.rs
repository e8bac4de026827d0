//! Stage 4: Rust source for a page's variants, behind an `@generated`
//! header. The only stage that knows Rust syntax, and it does no I/O.
//!
//! One module for every page, `no_std` and dependency-free (serde only if
//! asked for, see [`Include`]):
//!
//! - the enum with its variants' documentation (`items`, `quote!`);
//! - the [`runtime`] API, the same for every page: real Rust in
//!   `runtime/` (`api.rs`, the statuses and rows parts that fit the page,
//!   `api_serde.rs`, `api_json.rs`, `hash.rs`), its placeholders
//!   replaced by the page's names, types and values, parsed with `syn`;
//! - the data (`data`): the page's table and the lookup's tables
//!   ([`lookup`]), written a few values to a line.
//!
//! The first two go through `syn` → `prettyplease`; the data is appended
//! as written. [`docs`] makes page text into Markdown doc comments.

use proc_macro2::Ident;
use quote::format_ident;

use crate::error::{Error, ErrorKind, Location};
use crate::model::Entry;
use crate::naming::variants::Variant;
use crate::naming::Variants;
use docs::visible_controls;

mod data;
pub mod docs;
mod items;
pub mod lookup;
pub(crate) mod runtime;

pub use runtime::DEFINED_TYPES;

/// How many bytes of an unknown code the generated `UnknownErrorCode`
/// keeps (its `MAX_INPUT_LEN`): more than any real code has (the corpus
/// test checks every real page against it; the longest code there has 18
/// bytes).
#[cfg(test)]
pub const UNKNOWN_CODE_CAPACITY: usize = 64;

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
    /// How that command is installed, if the header should say it (the
    /// builder says it for its own default command).
    pub installed_by: Option<String>,
}

/// Whether generated code includes an optional part, such as the serde
/// impls ([`Builder::serde`](crate::Builder::serde)).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Include {
    /// Left out (the default).
    #[default]
    Never,
    /// Always there: the crate depends on what it needs.
    Always,
    /// There when the crate's feature of this name is on
    /// (`#[cfg(feature = "…")]`).
    IfFeature(String),
}

/// The choices of the generated module that are not data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The path the doc examples import the module from; `None`: examples
    /// are shown, not run.
    pub doctest_path: Option<String>,
    /// The serde impls and `ErrorResponse`.
    pub serde: Include,
    /// `ApiError`, which needs `serde_json` (with `alloc`) and `extern
    /// crate alloc;` at the crate root.
    pub json: Include,
}

/// Rust source of the generated module for `variants`.
///
/// # Errors
/// [`ErrorKind::LookupTable`] if no lookup table separates the codes (a
/// bug if it happens), [`ErrorKind::Emit`] if the code does not parse as a
/// Rust file (a bug of this crate: names are checked identifiers).
pub fn emit(
    enum_name: &str,
    variants: &Variants,
    provenance: &Provenance,
    settings: &Settings,
) -> Result<String, Error> {
    let input = Input {
        enum_name,
        variants: &variants.variants,
        provenance,
        settings,
        statuses: Statuses::of(&variants.variants),
        several_rows: variants
            .variants
            .iter()
            .any(|v| !v.entry.further_rows.is_empty()),
    };
    let tables = lookup::tables(input.variants)?;
    let emit_error = |message: String| {
        Error::new(
            Location::file(&provenance.spec_path),
            ErrorKind::Emit { message },
        )
    };
    let mut file: syn::File =
        syn::parse2(items::enum_and_retired(&input)).map_err(|err| emit_error(err.to_string()))?;
    file.items
        .extend(runtime::items(&input).map_err(emit_error)?);
    let code = prettyplease::unparse(&file);
    let data = data::section(&input, &tables);
    Ok(format!("{}{code}\n{data}", header(provenance)))
}

/// What the module is made from.
struct Input<'a> {
    enum_name: &'a str,
    /// The variants, in discriminant order.
    variants: &'a [Variant],
    provenance: &'a Provenance,
    settings: &'a Settings,
    statuses: Statuses,
    /// Whether a code is documented by several rows that differ: the
    /// runtime's `rows_several.rs` and the `FURTHER_*` tables.
    several_rows: bool,
}

/// Plain `//` comments (not `//!`): the file is also `include!`d, where
/// inner attributes are not allowed.
fn header(p: &Provenance) -> String {
    let install = p.installed_by.as_ref().map_or_else(String::new, |how| {
        format!("// (installed by `{}`)\n", visible_controls(how))
    });
    format!(
        "// @generated by kms-errors-build from {} (SHA-256 {}).\n\
         // Do not edit by hand: regenerate with\n\
         //     {}\n{install}\n",
        visible_controls(&p.spec_path),
        p.spec_sha256,
        visible_controls(&p.regenerate_command)
    )
}

/// Whether every row has an HTTP status, which decides the type of a
/// status: `u16` if so, else `Option<u16>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Statuses {
    /// Every row has one: statuses are `u16`.
    Every,
    /// Some row has none: statuses are `Option<u16>`.
    Optional,
}

impl Statuses {
    /// The status type as a report names it.
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            Statuses::Every => "u16",
            Statuses::Optional => "Option<u16>",
        }
    }

    pub(crate) fn of<E: AsRef<Entry>>(entries: &[E]) -> Self {
        let every_row_has_one = |e: &Entry| {
            e.status_code.is_some() && e.further_rows.iter().all(|r| r.status_code.is_some())
        };
        if entries.iter().all(|e| every_row_has_one(e.as_ref())) {
            Statuses::Every
        } else {
            Statuses::Optional
        }
    }
}

/// The enum's `#[repr]` for `count` variants (its discriminants are
/// `0..count`): `u16` up to 65,536 codes, so that a page growing past 256
/// codes does not change it (a changed repr is a breaking change); `u32`
/// beyond.
pub fn repr_name(count: usize) -> &'static str {
    match count {
        0..=65_536 => "u16",
        _ => "u32",
    }
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
            installed_by: Some("cargo install kms-errors-build --features cli".to_string()),
        }
    }

    fn settings() -> Vec<Settings> {
        vec![
            Settings::default(),
            Settings {
                doctest_path: Some("my_crate::errors".to_string()),
                serde: Include::IfFeature("serde".to_string()),
                json: Include::IfFeature("json".to_string()),
            },
        ]
    }

    /// Every placeholder of the templates is one the generator fills: no
    /// `$name` is left in a module whose page has no `$`.
    #[test]
    fn every_placeholder_is_filled() {
        for settings in settings() {
            for status in [Some(400), None] {
                let mut e = entry("A.1", "One.");
                e.status_code = status;
                let source = emit(
                    "E",
                    &Variants::named(vec![e], &["One"]),
                    &provenance(),
                    &settings,
                )
                .unwrap();
                assert!(!source.contains('$'), "{source}");
                for placeholder in ["SvcError", "SvcStatus", "SvcRetry"] {
                    assert!(!source.contains(placeholder), "{source}");
                }
            }
        }
    }

    /// A row without a status makes every status an `Option<u16>`.
    #[test]
    fn the_status_type_follows_the_rows() {
        let mut no_status = entry("A.2", "Two.");
        no_status.status_code = None;
        let every = emit(
            "E",
            &Variants::named(vec![entry("A.1", "One.")], &["One"]),
            &provenance(),
            &Settings::default(),
        )
        .unwrap();
        assert!(
            every.contains("pub const fn status_code(self) -> u16"),
            "{every}"
        );
        let some = emit(
            "E",
            &Variants::named(vec![entry("A.1", "One."), no_status], &["One", "Two"]),
            &provenance(),
            &Settings::default(),
        )
        .unwrap();
        assert!(
            some.contains("pub const fn status_code(self) -> ::core::option::Option<u16>"),
            "{some}"
        );
    }

    #[test]
    fn same_input_same_bytes() {
        let variants = Variants::named(vec![entry("A.1", "One.")], &["One"]);
        for settings in settings() {
            let a = emit("E", &variants, &provenance(), &settings).unwrap();
            let b = emit("E", &variants, &provenance(), &settings).unwrap();
            assert_eq!(a, b);
        }
    }

    /// Found by the property test `emitted_strings_are_exact`: a lone
    /// carriage return went raw into a doc comment, which does not parse.
    #[test]
    fn control_characters_do_not_break_doc_comments() {
        let mut e = entry("A.1", "\r");
        e.measure = "a\u{0}b\u{1b}[31m".to_string();
        for settings in settings() {
            let source = emit(
                "E",
                &Variants::named(vec![e.clone()], &["One"]),
                &provenance(),
                &settings,
            )
            .unwrap();
            assert!(syn::parse_file(&source).is_ok());
            assert!(
                source.contains("    /// `A.1` (HTTP 400): \\u{d}\n"),
                "{source}"
            );
        }
    }
}
