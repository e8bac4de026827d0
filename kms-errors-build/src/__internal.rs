//! **Not API.** What the `kms-errors-build` command, this crate's tests,
//! benchmarks and fuzz targets use of the stages inside: it may change in
//! any release, without notice. Build scripts and tools use the crate root
//! ([`crate::Builder`]).

use std::path::Path;

use crate::error::{Error, ErrorKind, Location};
use crate::files::read;
use crate::{Builder, Generated};

/// Stage 1: reStructuredText.
pub mod rst {
    pub use crate::rst::*;
}

/// Stage 2: the error-code model.
pub mod model {
    pub use crate::model::*;
}

/// Stage 3: variant names.
pub mod naming {
    pub use crate::naming::*;
}

/// Stage 4: Rust source.
pub mod emit {
    pub use crate::emit::*;
}

/// The change report between two pages (`kms-errors-build diff`).
pub mod diff {
    pub use crate::diff::*;
}

/// Grid tables as JSON (`kms-errors-build tables`).
pub mod tables_json {
    pub use crate::tables_json::*;
}

/// Reading, writing and digesting files.
pub mod files {
    pub use crate::files::*;
}

/// Generates the standalone module for the page `text`, named `path` in
/// messages and in the header, with the enum called `enum_name`.
///
/// ```
/// let page = "\
/// +-------------+------------+----------------+
/// | Status Code | Error Code | Error Message  |
/// +=============+============+================+
/// | 400         | KMS.0201   | Invalid URL.   |
/// +-------------+------------+----------------+
/// ";
/// let source = kms_errors_build::__internal::generate_source("page.rst", page, "KmsError").unwrap();
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
            crate::rst::lines::split_lines(text),
            crate::files::digest::sha256_hex(text.as_bytes()),
        )
        .map(|generated| generated.source)
}

/// The builder's output file, if set.
pub fn output_of(builder: &Builder) -> Option<&Path> {
    builder.output_path()
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
        let text = read::read_text(path, &shown, "cannot read")?;
        let entries = model::read_page_with(&shown, &text, options)?.entries;
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

/// Every grid table of the file at `path` as JSON (see [`tables_json::tables_json`]),
/// nested tables included.
///
/// # Errors
/// The file cannot be read or is not UTF-8, or a table is malformed (the
/// first such table, located as docutils locates it).
pub fn list_tables(path: &Path) -> Result<String, Error> {
    let shown = path.display().to_string();
    let text = read::read_text(path, &shown, "cannot read")?;
    let tables = rst::document::find_all_grid_tables(&rst::lines::split_lines(&text));
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
