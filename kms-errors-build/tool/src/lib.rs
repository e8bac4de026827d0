//! **Not published.** The generator's stages as public modules — the
//! published `kms-errors-build` crate's own sources, compiled here as
//! `#[path]` modules — and the tool-only parts (the change report, grid
//! tables as JSON), for the `kms-errors-build` command, the tests, the
//! benchmarks and the fuzz targets of this repository. Build scripts use
//! the published crate (`kms_errors_build::Builder`).

#![forbid(unsafe_code)]
// The published crate is linted as a library of its own; here every stage
// is public, and what only it uses is not dead.
#![allow(dead_code, missing_docs)]
// The stages' docs link their private parts, which the published crate
// documents as private modules.
#![allow(rustdoc::private_intra_doc_links)]

use std::collections::HashSet;
use std::path::Path;

use rst::inline::{Found, Names};

#[path = "../../src/builder.rs"]
mod builder;
#[path = "../../src/emit/mod.rs"]
pub mod emit;
#[path = "../../src/error.rs"]
pub mod error;
#[path = "../../src/files/mod.rs"]
pub mod files;
#[path = "../../src/model.rs"]
pub mod model;
#[path = "../../src/naming/mod.rs"]
pub mod naming;
#[path = "../../src/rst/mod.rs"]
pub mod rst;

pub mod diff;
mod nested_tables;
pub mod tables_json;

pub use nested_tables::find_all_grid_tables;

pub use builder::{Builder, Generated, Written};
pub use emit::Include;
pub use error::{Error, ErrorKind, Location, Warning};
pub use model::{Field, Policy};

/// Generates the module for the page `text`, named `path` in messages and
/// in the header, with the enum called `enum_name` (default settings).
///
/// ```
/// let page = "\
/// +-------------+------------+----------------+
/// | Status Code | Error Code | Error Message  |
/// +=============+============+================+
/// | 400         | KMS.0201   | Invalid URL.   |
/// +-------------+------------+----------------+
/// ";
/// let source = kms_errors_tool::generate_source("page.rst", page, "KmsError").unwrap();
/// assert!(source.starts_with("// @generated"));
/// assert!(source.contains("InvalidUrl = 0"));
/// ```
///
/// # Errors
/// Any problem with the page, located (`path:line:col`).
pub fn generate_source(path: &str, text: &str, enum_name: &str) -> Result<String, Error> {
    Builder::new()
        .enum_name(enum_name)
        .generate_from(
            path,
            rst::lines::split_lines(text),
            files::digest::sha256_hex(text.as_bytes()),
        )
        .map(|generated| generated.source)
}

/// The command the generated header gives for regenerating the output.
pub fn regenerate_command(builder: &Builder) -> String {
    builder.command()
}

/// Writes the names and retired files as `generated` says they should be;
/// returns the paths written.
///
/// # Errors
/// A file cannot be written.
pub fn write_spec_files(
    builder: &Builder,
    generated: &Generated,
) -> Result<Vec<std::path::PathBuf>, Error> {
    builder.write_spec_files(generated)
}

/// The change report between the pages at `old` and `new` (read with
/// `options`): text, or JSON when `json` is set (see [`diff`]).
///
/// # Errors
/// Either page cannot be read or has a problem (located).
pub fn diff_pages(
    old: &Path,
    new: &Path,
    options: &model::Options,
    json: bool,
) -> Result<String, Error> {
    let read = |path: &Path| -> Result<(String, Vec<model::Entry>), Error> {
        let shown = path.display().to_string();
        let text = files::read::read_text(path, &shown, "cannot read")?;
        let entries = read_page_with(&shown, &text, options)?.entries;
        Ok((shown, entries))
    };
    let ((old, old_entries), (new, new_entries)) = (read(old)?, read(new)?);
    let report = diff::diff(&old_entries, &new_entries);
    Ok(if json {
        report.to_json(&old, &new)
    } else {
        report.to_text(&old, &new)
    })
}

/// Every grid table of the file at `path` as JSON (see
/// [`tables_json::tables_json`]), nested tables included.
///
/// # Errors
/// The file cannot be read or is not UTF-8, or a table is malformed (the
/// first such table, located as docutils locates it).
pub fn list_tables(path: &Path) -> Result<String, Error> {
    let shown = path.display().to_string();
    let text = files::read::read_text(path, &shown, "cannot read")?;
    let tables = find_all_grid_tables(&rst::lines::split_lines(&text));
    if let Some((table, err)) = tables
        .iter()
        .find_map(|t| t.table.as_ref().err().map(|err| (t, err)))
    {
        let (line, column, message) = table.describe(err);
        return Err(Error::new(
            Location::new(shown, line, column),
            ErrorKind::MalformedTable { message },
        ));
    }
    Ok(tables_json::tables_json(&tables))
}

/// Reads the error codes of the page `text` (named `path` in messages),
/// with the default options (see [`model::read_lines_with`]).
///
/// # Errors
/// Any problem with the page, located.
pub fn read_page(path: &str, text: &str) -> Result<model::Page, Error> {
    read_page_with(path, text, &model::Options::default())
}

/// [`read_page`] with a column mapping and a [`Policy`].
///
/// # Errors
/// Any problem with the page, located.
pub fn read_page_with(
    path: &str,
    text: &str,
    options: &model::Options,
) -> Result<model::Page, Error> {
    model::read_lines_with(path, &rst::lines::split_lines(text), options)
}

/// Variant names for `(code, message)` pairs, in the same order, by the
/// rule (crate docs, "Variant names"). Codes must be unique and
/// contain at least one ASCII letter or digit (the model guarantees both).
///
/// ```
/// use kms_errors_tool::derive_names;
/// let names = derive_names(&[
///     ("KMS.2103", "Failed to verify the DEK hash."),
///     ("KMS.0201", "Invalid request URL."),
///     ("KMS.2203", "Failed to verify the DEK hash."),
/// ]);
/// assert_eq!(names, ["FailedToVerifyTheDekHashKms2103", "InvalidRequestUrl", "FailedToVerifyTheDekHashKms2203"]);
/// ```
pub fn derive_names(entries: &[(&str, &str)]) -> Vec<String> {
    naming::derive::derive_names_avoiding(entries, &HashSet::new())
}

/// The text of one paragraph (its lines joined with `\n`) with inline markup
/// removed and escapes resolved. White space is left as it is.
///
/// ```
/// use kms_errors_tool::inline_text;
/// assert_eq!(inline_text("The key is **Enabled**."), "The key is Enabled.");
/// assert_eq!(inline_text(r"2*3*4 and \*a\*"), "2*3*4 and *a*");
/// ```
pub fn inline_text(paragraph: &str) -> String {
    rst::inline::inline_text_marked(paragraph, &Names::default(), &mut Found::default()).0
}
