//! From a page's grid tables to validated error entries: which table holds
//! the error codes, which column is which (by header text, never by
//! position), plain cell text, de-duplication and validation.

use std::collections::HashMap;

use crate::error::{Error, ErrorKind, Location};
use crate::rst::document::{find_grid_tables, FoundTable};
use crate::rst::grid::{Cell, GridTable, Row};

use crate::rst::lines::{is_py_space, split_lines};

/// One error code of the page, after de-duplication.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The error code, e.g. `KMS.0201`.
    pub code: String,
    /// The HTTP status, e.g. 400.
    pub status_code: u16,
    /// The "Error Message" cell as plain text.
    pub message: String,
    /// The "Description" cell as plain text (empty if the table has none).
    pub description: String,
    /// The "Measure" cell as plain text (empty if the table has none).
    pub measure: String,
    /// Where the code cell of the row's first occurrence is.
    pub location: Location,
}

/// The error codes of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Unique codes, in order of first appearance.
    pub entries: Vec<Entry>,
    /// Body rows read from the error-code table(s), duplicates included.
    pub body_rows: usize,
}

/// A column of the error-code table the generated code has a field for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// HTTP status.
    Status,
    /// The error code.
    Code,
    /// The error message.
    Message,
    /// The description.
    Description,
    /// What to do about it.
    Measure,
}

impl Field {
    /// How messages name the field.
    pub fn name(self) -> &'static str {
        match self {
            Field::Status => "status code",
            Field::Code => "error code",
            Field::Message => "error message",
            Field::Description => "description",
            Field::Measure => "measure",
        }
    }

    /// The field a header text stands for, with the synonyms the cloud
    /// documentation uses. `header` is compared after [`header_key`].
    pub fn from_header(header: &str) -> Option<Field> {
        Some(match header_key(header).as_str() {
            "status code" | "status codes" | "http status code" | "http status codes"
            | "status" | "http status" | "response code" | "http response code" => Field::Status,
            "error code" | "error codes" => Field::Code,
            "error message" | "error messages" | "message" | "error" | "error information"
            | "error info" => Field::Message,
            "description"
            | "error description"
            | "error code description"
            | "possible cause"
            | "possible causes"
            | "cause" => Field::Description,
            "measure"
            | "measures"
            | "solution"
            | "solutions"
            | "handling measure"
            | "handling measures"
            | "troubleshooting"
            | "solution suggestion"
            | "handling suggestion"
            | "suggestion" => Field::Measure,
            _ => return None,
        })
    }
}

/// A header text reduced for comparison: inline-markup characters and
/// backslashes removed, white space collapsed, lower case, no trailing colon.
///
/// ```
/// use kms_errors_build::model::header_key;
/// assert_eq!(header_key("**HTTP  Status\nCode**:"), "http status code");
/// ```
pub fn header_key(header: &str) -> String {
    let cleaned: String = header
        .chars()
        .filter(|c| !matches!(c, '*' | '`' | '\\'))
        .collect();
    normalize_text(&cleaned)
        .trim_end_matches(':')
        .trim_end()
        .to_lowercase()
}

/// Cell text as plain text: lines joined with one space, runs of white
/// space collapsed, no leading or trailing white space.
///
/// ```
/// use kms_errors_build::model::normalize_text;
/// assert_eq!(normalize_text("The key is\n  in   Pending  state. "), "The key is in Pending state.");
/// ```
pub fn normalize_text(text: &str) -> String {
    text.split(is_py_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads the error codes of the page `text` (named `path` in messages).
///
/// Every grid table of the page is parsed (a malformed one is an error even
/// if it is not the error table: nothing is skipped silently). The error
/// tables are those with an "Error Code" column in their header — or in
/// their first row, for a table without a `===` separator; their rows are
/// read in page order. Rows identical after normalisation are merged (the
/// first keeps its place); the same code with different content is an
/// error naming both rows.
pub fn read_page(path: &str, text: &str) -> Result<Page, Error> {
    let lines = split_lines(text);
    let found = find_grid_tables(&lines);
    let mut reader = Reader {
        path,
        entries: Vec::new(),
        by_code: HashMap::new(),
        body_rows: 0,
    };
    let mut first_error_table = None;
    for table in &found {
        let grid = table.table.as_ref().map_err(|err| {
            let (line, column, message) = table.describe(err);
            Error::new(
                Location::new(path, line, column),
                ErrorKind::MalformedTable { message },
            )
        })?;
        if let Some(layout) = Layout::of(path, table, grid)? {
            first_error_table.get_or_insert(table);
            reader.read_rows(table, &layout)?;
        }
    }
    let Some(first_error_table) = first_error_table else {
        let location = found.first().map_or_else(
            || Location::file(path),
            |t| Location::new(path, t.first_line, t.indent + 1),
        );
        return Err(Error::new(
            location,
            ErrorKind::NoErrorTable {
                tables: found.len(),
            },
        ));
    };
    if reader.entries.is_empty() {
        // An enum without variants would not even compile.
        return Err(Error::new(
            Location::new(
                path,
                first_error_table.first_line,
                first_error_table.indent + 1,
            ),
            ErrorKind::NoRows,
        ));
    }
    Ok(Page {
        entries: reader.entries,
        body_rows: reader.body_rows,
    })
}

/// Which grid column holds which field, and where the body rows are.
struct Layout<'t> {
    columns: HashMap<Field, usize>,
    /// For each data row and column, the cell that covers it (spans
    /// resolved).
    rows: Vec<Vec<Option<&'t Cell>>>,
}

impl<'t> Layout<'t> {
    /// The layout of an error-code table, `None` for any other table.
    fn of(path: &str, found: &FoundTable, table: &'t GridTable) -> Result<Option<Self>, Error> {
        let (header_rows, first_row): (&[Row], usize) = if table.header.is_empty() {
            (table.body.get(..1).unwrap_or(&[]), 1)
        } else {
            (&table.header, 0)
        };
        let headers = column_headers(header_rows, table.colwidths.len());
        if !headers
            .iter()
            .any(|h| Field::from_header(h) == Some(Field::Code))
        {
            return Ok(None);
        }
        let mut columns: HashMap<Field, usize> = HashMap::new();
        for (column, header) in headers.iter().enumerate() {
            let Some(field) = Field::from_header(header) else {
                continue;
            };
            if let Some(&earlier) = columns.get(&field) {
                return Err(Error::new(
                    Location::new(path, found.first_line + 1, found.indent + 1),
                    ErrorKind::AmbiguousColumn {
                        field: field.name(),
                        first: headers[earlier].clone(),
                        second: header.clone(),
                    },
                ));
            }
            columns.insert(field, column);
        }
        for required in [Field::Status, Field::Message] {
            if !columns.contains_key(&required) {
                return Err(Error::new(
                    Location::new(path, found.first_line + 1, found.indent + 1),
                    ErrorKind::MissingColumn {
                        field: required.name(),
                        headers,
                    },
                ));
            }
        }
        let mut rows = covering_cells(&table.body);
        rows.drain(..first_row.min(rows.len()));
        Ok(Some(Layout { columns, rows }))
    }

    /// The cell that covers (row, column) of the data rows.
    fn cell(&self, row: usize, column: usize) -> Option<&'t Cell> {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .copied()
            .flatten()
    }
}

/// Resolves spans: each position gets the cell whose span covers it.
fn covering_cells(rows: &[Row]) -> Vec<Vec<Option<&Cell>>> {
    let mut cover: Vec<Vec<Option<&Cell>>> = rows.iter().map(|r| vec![None; r.len()]).collect();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let Some(cell) = cell else { continue };
            for covered in cover.iter_mut().skip(r).take(cell.morerows + 1) {
                for slot in covered.iter_mut().skip(c).take(cell.morecols + 1) {
                    *slot = Some(cell);
                }
            }
        }
    }
    cover
}

/// Header text per column: the texts of the header cells that start in the
/// column, joined with a space.
fn column_headers(rows: &[Row], ncols: usize) -> Vec<String> {
    (0..ncols)
        .map(|c| {
            let parts: Vec<&str> = rows
                .iter()
                .filter_map(|row| row.get(c).and_then(Option::as_ref))
                .map(|cell| cell.text.as_str())
                .collect();
            normalize_text(&parts.join(" "))
        })
        .collect()
}

struct Reader<'p> {
    path: &'p str,
    entries: Vec<Entry>,
    by_code: HashMap<String, usize>,
    body_rows: usize,
}

impl Reader<'_> {
    fn read_rows(&mut self, found: &FoundTable, layout: &Layout<'_>) -> Result<(), Error> {
        for row in 0..layout.rows.len() {
            self.body_rows += 1;
            let text = |field: Field| -> (String, Location) {
                let cell = layout
                    .columns
                    .get(&field)
                    .and_then(|&c| layout.cell(row, c));
                match cell {
                    Some(cell) => {
                        let (line, column) = found.locate(cell.text_line, cell.text_column);
                        (
                            normalize_text(&cell.text),
                            Location::new(self.path, line, column),
                        )
                    }
                    None => (String::new(), Location::file(self.path)),
                }
            };
            let (code, code_at) = text(Field::Code);
            let (status, status_at) = text(Field::Status);
            let entry = Entry {
                code: validate_code(code, &code_at)?,
                status_code: parse_status(&status, status_at)?,
                message: text(Field::Message).0,
                description: text(Field::Description).0,
                measure: text(Field::Measure).0,
                location: code_at,
            };
            self.add(entry)?;
        }
        Ok(())
    }

    fn add(&mut self, entry: Entry) -> Result<(), Error> {
        let Some(&index) = self.by_code.get(&entry.code) else {
            self.by_code.insert(entry.code.clone(), self.entries.len());
            self.entries.push(entry);
            return Ok(());
        };
        let first = &self.entries[index];
        let status = |e: &Entry| e.status_code.to_string();
        let fields: [(&'static str, String, String); 4] = [
            (Field::Status.name(), status(first), status(&entry)),
            (
                Field::Message.name(),
                first.message.clone(),
                entry.message.clone(),
            ),
            (
                Field::Description.name(),
                first.description.clone(),
                entry.description.clone(),
            ),
            (
                Field::Measure.name(),
                first.measure.clone(),
                entry.measure.clone(),
            ),
        ];
        match fields.into_iter().find(|(_, a, b)| a != b) {
            None => Ok(()),
            Some((field, first_value, second_value)) => Err(Error::new(
                entry.location,
                ErrorKind::ConflictingRows {
                    code: entry.code,
                    field,
                    first: first.location.clone(),
                    first_value,
                    second_value,
                },
            )),
        }
    }
}

/// Codes are what users type and match on: ASCII letters, digits, `.`,
/// `_`, `-`, starting with a letter or digit.
fn validate_code(code: String, at: &Location) -> Result<String, Error> {
    if code.is_empty() {
        return Err(Error::new(at.clone(), ErrorKind::EmptyCode));
    }
    let valid = code.starts_with(|c: char| c.is_ascii_alphanumeric())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if valid {
        Ok(code)
    } else {
        Err(Error::new(at.clone(), ErrorKind::InvalidCode { code }))
    }
}

fn parse_status(status: &str, at: Location) -> Result<u16, Error> {
    match status.parse::<u16>() {
        Ok(n) if (100..=599).contains(&n) && status.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(Error::new(
            at,
            ErrorKind::InvalidStatus {
                status: status.to_string(),
            },
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "\
Error Code
==========

+--------+----------+---------+-------------+---------+
| Status | Error    | Error   | Description | Measure |
| Code   | Code     | Message |             |         |
+========+==========+=========+=============+=========+
| 400    | KMS.0201 | Bad     | Bad URL.    | Fix it. |
|        |          | URL.    |             |         |
+--------+----------+---------+-------------+---------+
| 500    | KMS.0101 | Oops.   | Oops.       | Wait.   |
+--------+----------+---------+-------------+---------+
| 400    | KMS.0201 | Bad URL.| Bad URL.    | Fix it. |
+--------+----------+---------+-------------+---------+
";

    #[test]
    fn reads_and_merges_identical_rows() {
        let page = read_page("p.rst", PAGE).unwrap();
        assert_eq!(page.body_rows, 3);
        assert_eq!(page.entries.len(), 2);
        let first = &page.entries[0];
        assert_eq!(
            (
                first.code.as_str(),
                first.status_code,
                first.message.as_str()
            ),
            ("KMS.0201", 400, "Bad URL.")
        );
        assert_eq!(first.location, Location::new("p.rst", 8, 12));
    }

    #[test]
    fn columns_are_found_by_header_not_position() {
        let page = "+---------+------------+-------------+\n\
                    | Message | Error Code | Status Code |\n\
                    +=========+============+=============+\n\
                    | Hi.     | X.1        | 404         |\n\
                    +---------+------------+-------------+\n";
        let entry = &read_page("p", page).unwrap().entries[0];
        assert_eq!(
            (
                entry.code.as_str(),
                entry.status_code,
                entry.message.as_str()
            ),
            ("X.1", 404, "Hi.")
        );
        assert_eq!(
            (entry.description.as_str(), entry.measure.as_str()),
            ("", "")
        );
    }

    #[test]
    fn first_row_as_header() {
        let page = "+--------+------------+---------+\n\
                    | Status | Error Code | Message |\n\
                    +--------+------------+---------+\n\
                    | 503    | X.1        | Busy.   |\n\
                    +--------+------------+---------+\n";
        let page = read_page("p", page).unwrap();
        assert_eq!(page.body_rows, 1);
        assert_eq!(page.entries[0].status_code, 503);
    }

    #[test]
    fn spanned_status_applies_to_every_row_it_covers() {
        let page = "+--------+------------+---------+\n\
                    | Status | Error Code | Message |\n\
                    +========+============+=========+\n\
                    | 400    | X.1        | One.    |\n\
                    |        +------------+---------+\n\
                    |        | X.2        | Two.    |\n\
                    +--------+------------+---------+\n";
        let page = read_page("p", page).unwrap();
        assert_eq!(
            page.entries
                .iter()
                .map(|e| e.status_code)
                .collect::<Vec<_>>(),
            [400, 400]
        );
    }

    #[test]
    fn conflicting_rows_name_both_places() {
        let page = PAGE.replace(
            "| 400    | KMS.0201 | Bad URL.| Bad URL.    |",
            "| 400    | KMS.0201 | Bad URL.| Other.      |",
        );
        let err = read_page("p.rst", &page).unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.rst:13:12: error code KMS.0201 appears again with a different description: \"Other.\" here, \"Bad URL.\" at p.rst:8:12"
        );
    }

    #[test]
    fn no_error_code_column() {
        let page = "\n+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n";
        let err = read_page("p", page).unwrap_err();
        assert_eq!(
            err.to_string(),
            "p:2:1: no grid table with an \"Error Code\" column (1 grid table in the page)"
        );
        let err = read_page("p", "just text\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "p: no grid table with an \"Error Code\" column (0 grid tables in the page)"
        );
    }

    #[test]
    fn a_header_without_rows() {
        let page = "\n\n+--------+------------+---------+\n| Status | Error Code | Message |\n+--------+------------+---------+\n";
        let err = read_page("p", page).unwrap_err();
        assert_eq!(err.to_string(), "p:3:1: the error-code table has no rows");
    }

    #[test]
    fn missing_status_column() {
        let page = "+------------+---------+\n| Error Code | Message |\n+============+=========+\n| X.1        | Hi.     |\n+------------+---------+\n";
        let err = read_page("p", page).unwrap_err();
        assert_eq!(
            err.to_string(),
            "p:2:1: the error-code table has no status code column (its columns are: \"Error Code\", \"Message\")"
        );
    }

    #[test]
    fn invalid_cells_are_located() {
        let bad = |status: &str, code: &str| {
            let page = format!("+--------+------------+---------+\n| Status | Error Code | Message |\n+========+============+=========+\n| {status:<6} | {code:<10} | Hi.     |\n+--------+------------+---------+\n");
            read_page("p", &page).unwrap_err().to_string()
        };
        assert_eq!(
            bad("40x", "X.1"),
            "p:4:3: \"40x\" is not an HTTP status code (a number from 100 to 599)"
        );
        assert_eq!(
            bad("600", "X.1"),
            "p:4:3: \"600\" is not an HTTP status code (a number from 100 to 599)"
        );
        assert_eq!(
            bad("+400", "X.1"),
            "p:4:3: \"+400\" is not an HTTP status code (a number from 100 to 599)"
        );
        assert_eq!(bad("400", ""), "p:4:11: the error-code cell is empty");
        assert!(bad("400", "X 1").starts_with("p:4:12: \"X 1\" is not an error code"));
    }

    #[test]
    fn malformed_table_is_an_error_with_its_place() {
        let err = read_page("p", "\n+-----+\n| a  |\n+-----+\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "p:2:1: Malformed table. The right border is not straight: a line is 6 columns wide, the top border 7 (line 3, column 6)."
        );
    }

    #[test]
    fn header_synonyms() {
        for (header, field) in [
            ("HTTP Status Code", Field::Status),
            ("Error Codes", Field::Code),
            ("Message", Field::Message),
            ("Possible Cause", Field::Description),
            ("Handling Measure", Field::Measure),
            ("Solution", Field::Measure),
        ] {
            assert_eq!(Field::from_header(header), Some(field), "{header}");
        }
        assert_eq!(Field::from_header("Error Type"), None);
    }
}
