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

// The kms-errors package's generator settings (one definition with its
// build script); they name the published crate, which this one compiles.
extern crate self as kms_errors_build;
#[path = "../../../kms-errors/build_settings.rs"]
pub mod build_settings;
pub mod diff;
mod nested_tables;
pub mod tables_json;
pub mod update;

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

/// What [`diff_pages`] compares.
#[derive(Clone, Debug)]
pub struct DiffInput<'a> {
    /// The old page.
    pub old: &'a Path,
    /// The new page.
    pub new: &'a Path,
    /// How both pages are read.
    pub options: &'a model::Options,
    /// The names file as it was for the old page (`None`: names derived,
    /// discriminants in page order).
    pub names: Option<&'a Path>,
    /// The retired file, if not `retired.txt` beside the names file.
    pub retired: Option<&'a Path>,
    /// The names file for the new page, if it is not the one generating
    /// the old page leaves (a pin edited by hand).
    pub new_names: Option<&'a Path>,
    /// The enum's name (derived names never take it).
    pub enum_name: &'a str,
}

/// The change report between two pages: each resolved into the variants
/// the generated enum would have — the old one with the names and retired
/// files as they are, the new one with them as generating the old page
/// left them, the old page's rows at hand for codes that leave.
///
/// # Errors
/// A page or file cannot be read or has a problem (located).
pub fn diff_report(input: &DiffInput<'_>) -> Result<diff::Report, Error> {
    let read = |path: &Path| -> Result<Vec<model::Entry>, Error> {
        let shown = path.display().to_string();
        let text = files::read::read_text(path, &shown, "cannot read")?;
        Ok(read_page_with(&shown, &text, input.options)?.entries)
    };
    diff_entries_of(input, read(input.old)?, read(input.new)?)
}

/// [`diff_report`] for the pages' rows already read.
///
/// # Errors
/// The names or retired file cannot be read or has a problem.
pub fn diff_entries_of(
    input: &DiffInput<'_>,
    old_entries: Vec<model::Entry>,
    new_entries: Vec<model::Entry>,
) -> Result<diff::Report, Error> {
    let retired_path = input
        .retired
        .map(Path::to_path_buf)
        .or_else(|| input.names.map(|names| names.with_file_name("retired.txt")));
    let names_text = files::read::read_optional(input.names)?;
    let retired_text = files::read::read_optional(retired_path.as_deref())?;
    let shown = |p: Option<&Path>| p.map(|p| p.display().to_string());
    let (names_shown, retired_shown) = (shown(input.names), shown(retired_path.as_deref()));
    fn file<'a>(
        path: &'a Option<String>,
        text: Option<&'a str>,
    ) -> Option<naming::variants::InputFile<'a>> {
        path.as_deref()
            .map(|path| naming::variants::InputFile { path, text })
    }
    let old = naming::variants::resolve(
        input.enum_name,
        old_entries.clone(),
        file(&names_shown, names_text.as_deref()),
        file(&retired_shown, retired_text.as_deref()),
        None,
    )?;
    // The files as generating the old page left them, or the new names
    // file given.
    let names_after = match input.new_names {
        Some(path) => Some(files::read::read_text(
            path,
            &path.display().to_string(),
            "cannot read",
        )?),
        None => old.names_file.clone().or(names_text),
    };
    let retired_after = old.retired_file.clone().or(retired_text);
    let previous = move || Ok(old_entries.clone());
    let new = naming::variants::resolve(
        input.enum_name,
        new_entries,
        file(&names_shown, names_after.as_deref()),
        file(&retired_shown, retired_after.as_deref()),
        Some(&previous),
    )?;
    Ok(diff::diff(&old, &new))
}

/// [`diff_report`] as text, or as JSON when `json` is set (see [`diff`]).
///
/// # Errors
/// As [`diff_report`].
pub fn diff_pages(input: &DiffInput<'_>, json: bool) -> Result<String, Error> {
    let report = diff_report(input)?;
    let (old, new) = (
        input.old.display().to_string(),
        input.new.display().to_string(),
    );
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
