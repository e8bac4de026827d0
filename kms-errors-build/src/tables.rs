//! The `tables` command's stage: every grid table of a file as JSON, the
//! first malformed one as a located error.

use crate::error::{Error, ErrorKind, Location};

/// Every grid table of `text`, the page at `path`, as JSON (see
/// [`kms_errors_rst::json::tables_json`]), nested tables included: what
/// docutils-derived fixtures hold, for comparing a page's tables with
/// docutils'.
///
/// # Errors
/// A table is malformed (the first such table, located as docutils
/// locates it).
pub(crate) fn tables_json(path: &str, text: &str) -> Result<String, Error> {
    let lines = kms_errors_rst::lines::split_lines(text);
    let tables = kms_errors_rst::find_all_grid_tables(&lines);
    if let Some((table, err)) = tables
        .iter()
        .find_map(|t| t.table.as_ref().err().map(|err| (t, err)))
    {
        let (line, column, message) = table.describe(err);
        return Err(Error::new(
            Location::new(path, line, column),
            ErrorKind::MalformedTable { message },
        ));
    }
    Ok(kms_errors_rst::json::tables_json(&tables))
}
