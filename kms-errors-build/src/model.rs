//! From a page's grid tables to validated error entries: which table holds
//! the error codes, which column is which (by header text, never by
//! position), plain cell text, de-duplication and validation.

use std::collections::{BTreeSet, HashMap};

use crate::error::{Error, ErrorKind, Location, Warning};
use kms_errors_rst::blocks::{cell_text, plain_text};
use kms_errors_rst::document::{find_grid_tables, FoundTable};
use kms_errors_rst::grid::{Cell, GridTable, Row};
use kms_errors_rst::lines::collapse_white_space;

/// One error code of the page, after de-duplication: its first row, and
/// the rows after it that say something else.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// The error code, e.g. `KMS.0201`.
    pub code: String,
    /// The HTTP status, e.g. 400; `None` when the page gives none (no
    /// status column, or an empty cell).
    pub status_code: Option<u16>,
    /// The "Error Message" cell as plain text.
    pub message: String,
    /// The "Description" cell as plain text (empty if the table has none).
    pub description: String,
    /// The "Measure" cell as plain text (empty if the table has none).
    pub measure: String,
    /// Where the code cell of the row's first occurrence is.
    pub location: Location,
    /// The code's later rows that differ from every row before them, in
    /// page order (a page may document one code with several statuses or
    /// messages, e.g. one per module). Empty for most codes.
    pub further_rows: Vec<EntryRow>,
}

/// A row of a code documented by several rows that differ (see
/// [`Entry::further_rows`]): what the row says besides the code.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EntryRow {
    /// The HTTP status, `None` when the row gives none.
    pub status_code: Option<u16>,
    /// The message.
    pub message: String,
    /// The description.
    pub description: String,
    /// The measure.
    pub measure: String,
    /// Where the row's code cell is.
    pub location: Location,
}

impl Entry {
    /// Every row of the code, the first one first, in page order.
    pub(crate) fn rows(&self) -> Vec<EntryRow> {
        let mut rows = Vec::with_capacity(1 + self.further_rows.len());
        rows.push(self.first_row());
        rows.extend(self.further_rows.iter().cloned());
        rows
    }

    /// Whether one of the code's rows says what `row` says.
    pub(crate) fn has_row(&self, row: &EntryRow) -> bool {
        self.first_text() == row.text() || self.further_rows.iter().any(|r| r.same_text(row))
    }

    /// What the first row says, as [`EntryRow::same_text`] compares it.
    fn first_text(&self) -> (Option<u16>, &str, &str, &str) {
        (
            self.status_code,
            &self.message,
            &self.description,
            &self.measure,
        )
    }

    /// The first row.
    pub(crate) fn first_row(&self) -> EntryRow {
        EntryRow {
            status_code: self.status_code,
            message: self.message.clone(),
            description: self.description.clone(),
            measure: self.measure.clone(),
            location: self.location.clone(),
        }
    }
}

impl EntryRow {
    /// Whether two rows say the same (wherever they are).
    pub(crate) fn same_text(&self, other: &EntryRow) -> bool {
        self.text() == other.text()
    }

    /// What the row says: the fields [`same_text`](Self::same_text)
    /// compares.
    fn text(&self) -> (Option<u16>, &str, &str, &str) {
        (
            self.status_code,
            &self.message,
            &self.description,
            &self.measure,
        )
    }
}

impl AsRef<Entry> for Entry {
    fn as_ref(&self) -> &Entry {
        self
    }
}

#[cfg(test)]
impl Entry {
    /// An entry for the tests of any module: the code, status and message,
    /// no description or measure, located in a file `p`.
    pub(crate) fn example(code: &str, status_code: Option<u16>, message: &str) -> Entry {
        Entry {
            code: code.to_string(),
            status_code,
            message: message.to_string(),
            description: String::new(),
            measure: String::new(),
            location: Location::file("p"),
            further_rows: Vec::new(),
        }
    }
}

/// The error codes of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page {
    /// Unique codes, in order of first appearance.
    pub entries: Vec<Entry>,
    /// What was read but not used as it stands (see [`Policy`]).
    pub warnings: Vec<Warning>,
}

/// What to do with a row the generator cannot use as it stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Policy {
    /// Every such row is an error (the default): nothing is dropped or
    /// guessed.
    #[default]
    Strict,
    /// Each such row is reported as a [`Warning`] and handled as the
    /// warning says: a row with an empty or invalid code is left out, an
    /// unreadable status (`404/500`) is left empty, a cell whose markup
    /// docutils reports (or that holds a directive the generator does not
    /// show) reads as docutils shows it.
    Lenient,
}

/// How to read the error-code table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Header texts (compared without inline markup, case or extra white
    /// space) mapped to a field, or to
    /// `None` to leave the column out; these win over the built-in
    /// synonyms of `Field::from_header`.
    pub columns: Vec<(String, Option<Field>)>,
    /// What to do with rows that cannot be used as they stand.
    pub policy: Policy,
}

impl Options {
    fn field_for(&self, header: &str) -> Mapping {
        let key = header_key(header);
        match self.columns.iter().find(|(h, _)| header_key(h) == key) {
            Some((_, Some(field))) => Mapping::Field(*field),
            Some((_, None)) => Mapping::Ignored,
            None => Field::from_header(header).map_or(Mapping::Unknown, Mapping::Field),
        }
    }
}

enum Mapping {
    Field(Field),
    Ignored,
    Unknown,
}

/// A column of the error-code table the generated code has a field for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

/// The field for a name as the CLI takes it: `status`, `code`, `message`,
/// `description`, `measure`; the error is the name given.
///
/// ```
/// use kms_errors_build::model::Field;
/// assert_eq!("measure".parse::<Field>(), Ok(Field::Measure));
/// assert_eq!("solution".parse::<Field>(), Err("solution".to_string()));
/// ```
impl std::str::FromStr for Field {
    type Err = String;

    fn from_str(name: &str) -> Result<Field, String> {
        Ok(match name {
            "status" => Field::Status,
            "code" => Field::Code,
            "message" => Field::Message,
            "description" => Field::Description,
            "measure" => Field::Measure,
            _ => return Err(name.to_string()),
        })
    }
}

impl Field {
    /// The name the CLI takes for the field (see `Field`'s `FromStr`).
    pub(crate) fn cli_name(self) -> &'static str {
        match self {
            Field::Status => "status",
            Field::Code => "code",
            Field::Message => "message",
            Field::Description => "description",
            Field::Measure => "measure",
        }
    }

    /// How messages name the field.
    pub(crate) fn name(self) -> &'static str {
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
    pub(crate) fn from_header(header: &str) -> Option<Field> {
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
/// `**HTTP  Status\nCode**:` → `http status code` (see the unit tests).
pub(crate) fn header_key(header: &str) -> String {
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
pub(crate) fn normalize_text(text: &str) -> String {
    collapse_white_space(text)
}

/// The error codes of the page `text` (named `path` in messages), its
/// columns mapped and unusable rows treated as `options` say: the model
/// stage on its own, for tools that compare pages.
///
/// Every grid table of the page is parsed (a malformed one is an error even
/// if it is not the error table: nothing is skipped silently). The error
/// tables are those with an "Error Code" column in their header, or in
/// their first row for a table without a `===` separator; their rows are
/// read in page order. Rows identical after normalisation are merged (the
/// first keeps its place); the same code with different content is an
/// error naming both rows.
///
/// ```
/// use kms_errors_build::model::{read_page, Options};
/// let page = "\
/// +-------------+------------+---------------+
/// | Status Code | Error Code | Error Message |
/// +=============+============+===============+
/// | 400         | KMS.0201   | Invalid URL.  |
/// +-------------+------------+---------------+
/// ";
/// let page = read_page("page.rst", page, &Options::default())?;
/// assert_eq!(page.entries[0].code, "KMS.0201");
/// assert_eq!(page.entries[0].status_code, Some(400));
/// # Ok::<(), kms_errors_build::Error>(())
/// ```
///
/// # Errors
/// Any problem with the page, located (`path:line:col`).
pub fn read_page(path: &str, text: &str, options: &Options) -> Result<Page, Error> {
    read_lines_with(path, &kms_errors_rst::lines::split_lines(text), options)
}

/// Reads the error codes of the page `lines` (split by
/// [`split_lines`](kms_errors_rst::lines::split_lines),
/// named `path` in messages), its columns mapped and unusable rows treated
/// as `options` say.
///
/// Every grid table of the page is parsed (a malformed one is an error even
/// if it is not the error table: nothing is skipped silently). The error
/// tables are those with an "Error Code" column in their header — or in
/// their first row, for a table without a `===` separator; their rows are
/// read in page order. Rows identical after normalisation are merged (the
/// first keeps its place); the same code with different content is an
/// error naming both rows. Cell text is plain text as
/// [`plain_text`] renders it.
pub(crate) fn read_lines_with(
    path: &str,
    lines: &[String],
    options: &Options,
) -> Result<Page, Error> {
    let found = find_grid_tables(lines);
    let mut reader = Reader {
        path,
        policy: options.policy,
        entries: Vec::new(),
        by_code: HashMap::new(),
        by_folded_code: HashMap::new(),
        warnings: Vec::new(),
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
        if let Some(layout) = Layout::of(path, table, grid, options, &mut reader.warnings)? {
            if let Some(line) = table.cut_rows_at {
                // docutils renders these lines as text after the table:
                // generating without them would drop rows silently.
                return Err(Error::new(
                    Location::new(path, table.first_line, table.indent + 1),
                    ErrorKind::MalformedTable {
                        message: format!(
                            "Malformed table. docutils ends it at line {}: the table lines from line {line} on are read as text, so their rows would be lost.",
                            line - 1
                        ),
                    },
                ));
            }
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
        warnings: reader.warnings,
    })
}

/// Which grid column holds which field, and where the body rows are.
struct Layout<'t> {
    columns: HashMap<Field, usize>,
    /// For each data row and column, the cell that covers it (spans
    /// resolved).
    rows: Vec<Vec<Option<&'t Cell>>>,
    /// Data rows left out under [`Policy::Lenient`] (covered by the
    /// error-code cell of a row above).
    skipped_rows: BTreeSet<usize>,
}

impl<'t> Layout<'t> {
    /// The layout of an error-code table, `None` for any other table.
    fn of(
        path: &str,
        found: &FoundTable,
        table: &'t GridTable,
        options: &Options,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<Self>, Error> {
        let (header_rows, first_row): (&[Row], usize) = if table.header.is_empty() {
            (table.body.get(..1).unwrap_or(&[]), 1)
        } else {
            (&table.header, 0)
        };
        let headers = column_headers(header_rows, table.colwidths.len());
        let mappings: Vec<Mapping> = headers.iter().map(|h| options.field_for(h)).collect();
        if !mappings
            .iter()
            .any(|m| matches!(m, Mapping::Field(Field::Code)))
        {
            return Ok(None);
        }
        let header_at = Location::new(path, found.first_line + 1, found.indent + 1);
        let mut columns: HashMap<Field, usize> = HashMap::new();
        for (column, (header, mapping)) in headers.iter().zip(&mappings).enumerate() {
            match mapping {
                Mapping::Field(field) => {
                    if let Some(&earlier) = columns.get(field) {
                        return Err(Error::new(
                            header_at,
                            ErrorKind::AmbiguousColumn {
                                field: field.name(),
                                first: headers.get(earlier).cloned().unwrap_or_default(),
                                second: header.clone(),
                            },
                        ));
                    }
                    columns.insert(*field, column);
                }
                Mapping::Ignored => {}
                Mapping::Unknown => warnings.push(Warning::new(
                    Error::new(
                        header_at.clone(),
                        ErrorKind::UnusedColumn {
                            header: header.clone(),
                        },
                    ),
                    "the column is left out",
                )),
            }
        }
        let mut rows = covering_cells(&table.body);
        rows.drain(..first_row.min(rows.len()));
        let mut layout = Layout {
            columns,
            rows,
            skipped_rows: BTreeSet::new(),
        };
        let data_rows = table.body.get(first_row..).unwrap_or_default();
        layout.check_spans(path, found, data_rows, options.policy, warnings)?;
        Ok(Some(layout))
    }

    /// A cell spanning columns of two fields, or an error-code cell
    /// spanning rows that have cells of their own, would be read twice: an
    /// error, or under
    /// [`Policy::Lenient`] a warning, with the cell read for its first
    /// field, or the code for its first row (the rows below it are left out).
    fn check_spans(
        &mut self,
        path: &str,
        found: &FoundTable,
        data_rows: &'t [Row],
        policy: Policy,
        warnings: &mut Vec<Warning>,
    ) -> Result<(), Error> {
        let mut by_column: Vec<(usize, Field)> =
            self.columns.iter().map(|(f, c)| (*c, *f)).collect();
        by_column.sort_unstable_by_key(|&(column, _)| column);
        for (r, row) in data_rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let Some(cell) = cell else { continue };
                let (line, column) = found.locate(cell.text_line, cell.text_column);
                let at = Location::new(path, line, column);
                let spanned: Vec<(usize, Field)> = by_column
                    .iter()
                    .copied()
                    .filter(|&(column, _)| c <= column && column <= c + cell.morecols)
                    .collect();
                if spanned.len() > 1 {
                    let error = Error::new(
                        at.clone(),
                        ErrorKind::CellSpansFields {
                            fields: spanned.iter().map(|(_, f)| f.name()).collect(),
                        },
                    );
                    tolerate(
                        policy,
                        warnings,
                        error,
                        "the cell is read for its first field only; the others are left empty",
                    )?;
                    for &(column, _) in spanned.iter().skip(1) {
                        for covered in self.rows.iter_mut().skip(r).take(cell.morerows + 1) {
                            if let Some(slot) = covered.get_mut(column) {
                                *slot = None;
                            }
                        }
                    }
                }
                // A row whose every position is covered from above has no
                // cells of its own (docutils makes one of a `+` on a content
                // line): it repeats the rows above and is merged with them.
                let code_spans_own_rows = spanned.iter().any(|&(_, f)| f == Field::Code)
                    && data_rows
                        .iter()
                        .skip(r + 1)
                        .take(cell.morerows)
                        .any(|row| row.iter().any(Option::is_some));
                if code_spans_own_rows {
                    let error = Error::new(
                        at,
                        ErrorKind::CodeSpansRows {
                            rows: cell.morerows + 1,
                        },
                    );
                    tolerate(
                        policy,
                        warnings,
                        error,
                        "the code is read for the first row only; the rows below it are left out",
                    )?;
                    self.skipped_rows.extend(r + 1..=r + cell.morerows);
                }
            }
        }
        Ok(())
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
            normalize_text(&plain_text(&parts.join("\n\n")))
        })
        .collect()
}

/// Under [`Policy::Lenient`], `error` becomes a warning saying what was
/// done instead; otherwise it is returned.
fn tolerate(
    policy: Policy,
    warnings: &mut Vec<Warning>,
    error: Error,
    action: &'static str,
) -> Result<(), Error> {
    match policy {
        Policy::Strict => Err(error),
        Policy::Lenient => {
            warnings.push(Warning::new(error, action));
            Ok(())
        }
    }
}

struct Reader<'p> {
    path: &'p str,
    policy: Policy,
    entries: Vec<Entry>,
    by_code: HashMap<String, usize>,
    /// The first entry of each code upper-cased.
    by_folded_code: HashMap<String, usize>,
    warnings: Vec<Warning>,
}

impl Reader<'_> {
    fn tolerate(&mut self, error: Error, action: &'static str) -> Result<(), Error> {
        tolerate(self.policy, &mut self.warnings, error, action)
    }

    fn read_rows(&mut self, found: &FoundTable, layout: &Layout<'_>) -> Result<(), Error> {
        let path = self.path;
        for row in 0..layout.rows.len() {
            if layout.skipped_rows.contains(&row) {
                continue;
            }
            let mut problems = Vec::new();
            let mut text = |field: Field| -> (String, Location) {
                let cell = layout
                    .columns
                    .get(&field)
                    .and_then(|&c| layout.cell(row, c));
                match cell {
                    Some(cell) => {
                        let (line, column) = found.locate(cell.text_line, cell.text_column);
                        let (text, cell_problems) = cell_text(&cell.text);
                        for problem in cell_problems {
                            let (line, column) = found.locate(
                                cell.text_line + problem.line,
                                cell.block_column + problem.column,
                            );
                            problems.push(Error::new(
                                Location::new(path, line, column),
                                ErrorKind::CellMarkup {
                                    field: field.name(),
                                    message: problem.message,
                                },
                            ));
                        }
                        (text, Location::new(path, line, column))
                    }
                    None => (String::new(), Location::file(path)),
                }
            };
            let (code, code_at) = text(Field::Code);
            let (status, status_at) = text(Field::Status);
            let (message, description, measure) = (
                text(Field::Message).0,
                text(Field::Description).0,
                text(Field::Measure).0,
            );
            for problem in problems {
                self.tolerate(problem, "the text is what docutils shows")?;
            }
            let code = match validate_code(code, &code_at) {
                Ok(code) => code,
                Err(error) => {
                    self.tolerate(error, "the row is left out")?;
                    continue;
                }
            };
            let statuses = match parse_statuses(&status, status_at) {
                Ok(statuses) => statuses,
                Err(error) => {
                    self.tolerate(error, "the status is left empty")?;
                    vec![None]
                }
            };
            // A cell with several statuses documents the code once per
            // status, with the same texts.
            for status_code in statuses {
                self.add(Entry {
                    code: code.clone(),
                    status_code,
                    message: message.clone(),
                    description: description.clone(),
                    measure: measure.clone(),
                    location: code_at.clone(),
                    further_rows: Vec::new(),
                })?;
            }
        }
        Ok(())
    }

    fn add(&mut self, entry: Entry) -> Result<(), Error> {
        let Some(index) = self.by_code.get(&entry.code).copied() else {
            let folded = entry.code.to_ascii_uppercase();
            if let Some(other) = self
                .by_folded_code
                .get(&folded)
                .and_then(|&index| self.entries.get(index))
            {
                let error = Error::new(
                    entry.location.clone(),
                    ErrorKind::CodesDifferInCase {
                        code: entry.code.clone(),
                        other: other.code.clone(),
                        other_at: other.location.clone(),
                    },
                );
                self.tolerate(
                    error,
                    "both are kept; from_code_ignore_ascii_case returns the one that comes first on the page",
                )?;
            } else {
                self.by_folded_code.insert(folded, self.entries.len());
            }
            self.by_code.insert(entry.code.clone(), self.entries.len());
            self.entries.push(entry);
            return Ok(());
        };
        // Rows that differ are documented facts (a code with a status per
        // module, a message per API): every one is kept. Identical ones
        // merge.
        let row = entry.first_row();
        if let Some(first) = self.entries.get_mut(index) {
            if !first.has_row(&row) {
                first.further_rows.push(row);
            }
        }
        Ok(())
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

/// The statuses of a status cell, in cell order without repeats: one
/// status, or several separated by `/`, `,` or `or` (`404/500`, `400 or
/// 404`, `400, 404`), each as [`parse_status`] reads it. An empty cell is
/// one `None`.
///
/// # Errors
/// Any part that is not a status: the whole cell, located.
fn parse_statuses(cell: &str, at: Location) -> Result<Vec<Option<u16>>, Error> {
    if cell.is_empty() {
        return Ok(vec![None]);
    }
    let invalid = || {
        Error::new(
            at.clone(),
            ErrorKind::InvalidStatus {
                status: cell.to_string(),
            },
        )
    };
    let mut statuses = Vec::new();
    for part in cell.split(['/', ',']).flat_map(|part| part.split(" or ")) {
        let status = parse_status(part.trim(), at.clone())
            .ok()
            .flatten()
            .ok_or_else(invalid)?;
        if !statuses.contains(&Some(status)) {
            statuses.push(Some(status));
        }
    }
    Ok(statuses)
}

/// An HTTP status: three digits from 100 to 599, optionally followed by
/// its reason phrase (`400 Bad Request`). An empty cell is `None`.
fn parse_status(status: &str, at: Location) -> Result<Option<u16>, Error> {
    if status.is_empty() {
        return Ok(None);
    }
    let digits: String = status.chars().take_while(char::is_ascii_digit).collect();
    let reason = &status[digits.len()..];
    let reason_ok = reason.is_empty()
        || (reason.starts_with(' ')
            && reason
                .chars()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '\'')));
    match digits.parse::<u16>() {
        Ok(n) if digits.len() == 3 && (100..=599).contains(&n) && reason_ok => Ok(Some(n)),
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

    #[test]
    fn header_keys_and_text_are_normalised() {
        assert_eq!(header_key("**HTTP  Status\nCode**:"), "http status code");
        assert_eq!(
            normalize_text("The key is\n  in   Pending  state. "),
            "The key is in Pending state."
        );
    }

    const PAGE: &str = include_str!("../testdata/model/page.rst");

    #[test]
    fn reads_and_merges_identical_rows() {
        let page = read_page("p.rst", PAGE, &Default::default()).unwrap();
        assert_eq!(page.entries.len(), 2);
        let first = &page.entries[0];
        assert_eq!(
            (
                first.code.as_str(),
                first.status_code,
                first.message.as_str()
            ),
            ("KMS.0201", Some(400), "Bad URL.")
        );
        assert_eq!(first.location, Location::new("p.rst", 8, 12));
    }

    #[test]
    fn columns_are_found_by_header_not_position() {
        let page = include_str!("../testdata/model/columns_are_found_by_header_not_position.rst");
        let entry = &read_page("p", page, &Default::default()).unwrap().entries[0];
        assert_eq!(
            (
                entry.code.as_str(),
                entry.status_code,
                entry.message.as_str()
            ),
            ("X.1", Some(404), "Hi.")
        );
        assert_eq!(
            (entry.description.as_str(), entry.measure.as_str()),
            ("", "")
        );
    }

    #[test]
    fn first_row_as_header() {
        let page = include_str!("../testdata/model/first_row_as_header.rst");
        let page = read_page("p", page, &Default::default()).unwrap();
        assert_eq!(page.entries.len(), 1);
        assert_eq!(page.entries[0].status_code, Some(503));
    }

    #[test]
    fn spanned_status_applies_to_every_row_it_covers() {
        let page =
            include_str!("../testdata/model/spanned_status_applies_to_every_row_it_covers.rst");
        let page = read_page("p", page, &Default::default()).unwrap();
        assert_eq!(
            page.entries
                .iter()
                .map(|e| e.status_code)
                .collect::<Vec<_>>(),
            [Some(400), Some(400)]
        );
    }

    #[test]
    fn rows_that_differ_are_all_kept_in_page_order() {
        let page = PAGE.replace(
            "| 400    | KMS.0201 | Bad URL.| Bad URL.    |",
            "| 502    | KMS.0201 | Bad URL.| Other.      |",
        );
        let read = read_page("p.rst", &page, &Default::default()).unwrap();
        let entry = &read.entries[0];
        assert_eq!(
            (entry.code.as_str(), entry.status_code),
            ("KMS.0201", Some(400))
        );
        assert_eq!(entry.further_rows.len(), 1);
        let second = &entry.further_rows[0];
        assert_eq!(
            (second.status_code, second.description.as_str()),
            (Some(502), "Other.")
        );
        assert_eq!(second.location, Location::new("p.rst", 13, 12));
        // The same row again merges with it.
        let again = format!(
            "{page}{}",
            include_str!("../testdata/model/rows_that_differ_are_all_kept_in_page_order.rst")
        );
        let read = read_page("p.rst", &again, &Default::default()).unwrap();
        assert_eq!(read.entries[0].further_rows.len(), 1);
    }

    #[test]
    fn no_error_code_column() {
        let page = include_str!("../testdata/model/no_error_code_column.rst");
        let err = read_page("p", page, &Default::default()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "p:2:1: no grid table with an \"Error Code\" column (1 grid table in the page)"
        );
        let err = read_page("p", "just text\n", &Default::default()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "p: no grid table with an \"Error Code\" column (0 grid tables in the page)"
        );
    }

    #[test]
    fn a_header_without_rows() {
        let page = include_str!("../testdata/model/a_header_without_rows.rst");
        let err = read_page("p", page, &Default::default()).unwrap_err();
        assert_eq!(err.to_string(), "p:3:1: the error-code table has no rows");
    }

    #[test]
    fn missing_columns_give_empty_values() {
        let page = include_str!("../testdata/model/missing_columns_give_empty_values.rst");
        let page = read_page("p", page, &Default::default()).unwrap();
        let entry = &page.entries[0];
        assert_eq!((entry.status_code, entry.message.as_str()), (None, ""));
        assert_eq!(page.warnings.len(), 1);
        assert_eq!(
            page.warnings[0].to_string(),
            "p:2:1: the column \"Module\" is not one of status code, error code, error message, description, measure (the column is left out)"
        );
    }

    #[test]
    fn columns_can_be_mapped_and_ignored() {
        let page = include_str!("../testdata/model/columns_can_be_mapped_and_ignored.rst");
        let options = Options {
            columns: vec![
                ("module".to_string(), None),
                ("**Text**".to_string(), Some(Field::Message)),
            ],
            policy: Policy::Strict,
        };
        let page = read_page("p", page, &options).unwrap();
        assert_eq!(page.entries[0].message, "Text.");
        assert!(page.warnings.is_empty());
    }

    #[test]
    fn statuses_with_reason_phrases() {
        let at = || Location::new("p", 1, 1);
        assert_eq!(parse_status("400 Bad Request", at()), Ok(Some(400)));
        assert_eq!(parse_status("", at()), Ok(None));
        for bad in ["404/500", "4000", "40", "400-", "400 (see note 2)", "099"] {
            assert!(parse_status(bad, at()).is_err(), "{bad}");
        }
    }

    #[test]
    fn several_statuses_in_one_cell() {
        let at = || Location::new("p", 1, 1);
        for (cell, statuses) in [
            ("404/500", vec![404, 500]),
            ("400/404", vec![400, 404]),
            ("400 or 404", vec![400, 404]),
            ("400, 404", vec![400, 404]),
            ("400 Bad Request/404 Not Found", vec![400, 404]),
            ("500/500", vec![500]),
            ("409", vec![409]),
        ] {
            let expected: Vec<Option<u16>> = statuses.into_iter().map(Some).collect();
            assert_eq!(parse_statuses(cell, at()), Ok(expected), "{cell}");
        }
        assert_eq!(parse_statuses("", at()), Ok(vec![None]));
        for bad in [
            "404/",
            "400 or 4O4",
            "400, see below",
            "4xx/500",
            "400 and 404",
            "/",
        ] {
            let err = parse_statuses(bad, at()).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("p:1:1: {bad:?} is not an HTTP status code (a number from 100 to 599, or several joined by /, a comma or \"or\")"),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_row_with_several_statuses_documents_the_code_once_per_status() {
        let page = include_str!(
            "../testdata/model/a_row_with_several_statuses_documents_the_code_once_per_status.rst"
        );
        let page = read_page("p.rst", page, &Default::default()).unwrap();
        let rows = page.entries[0].rows();
        let statuses: Vec<Option<u16>> = rows.iter().map(|r| r.status_code).collect();
        assert_eq!(statuses, [Some(404), Some(500)]);
        assert!(rows.iter().all(|r| r.message == "Not there."));
        assert_eq!(page.entries[1].rows().len(), 1);
    }

    #[test]
    fn lenient_policy_turns_problems_into_warnings() {
        let page =
            include_str!("../testdata/model/lenient_policy_turns_problems_into_warnings.rst");
        assert!(read_page("p", page, &Default::default()).is_err());
        let options = Options {
            policy: Policy::Lenient,
            ..Options::default()
        };
        let read = read_page("p", page, &options).unwrap();
        assert_eq!(read.entries.len(), 1);
        assert_eq!(
            (
                read.entries[0].status_code,
                read.entries[0].message.as_str()
            ),
            (None, "One.")
        );
        let warnings: Vec<String> = read.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "p:4:3: \"404/50\" is not an HTTP status code (a number from 100 to 599, or several joined by /, a comma or \"or\") (the status is left empty)",
                "p:6:11: the error-code cell is empty (the row is left out)",
            ]
        );
        // The later row of X.1 differs: it is kept, not a warning.
        assert_eq!(read.entries[0].further_rows[0].status_code, Some(400));
    }

    #[test]
    fn cell_text_is_plain_text() {
        let page = include_str!("../testdata/model/cell_text_is_plain_text.rst");
        assert_eq!(
            read_page("p", page, &Default::default()).unwrap().entries[0].message,
            "Key is Enabled.\n- first"
        );
    }

    #[test]
    fn invalid_cells_are_located() {
        let bad = |status: &str, code: &str| {
            let page = format!("+--------+------------+---------+\n| Status | Error Code | Message |\n+========+============+=========+\n| {status:<6} | {code:<10} | Hi.     |\n+--------+------------+---------+\n");
            read_page("p", &page, &Default::default())
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            bad("40x", "X.1"),
            "p:4:3: \"40x\" is not an HTTP status code (a number from 100 to 599, or several joined by /, a comma or \"or\")"
        );
        assert_eq!(
            bad("600", "X.1"),
            "p:4:3: \"600\" is not an HTTP status code (a number from 100 to 599, or several joined by /, a comma or \"or\")"
        );
        assert_eq!(
            bad("+400", "X.1"),
            "p:4:3: \"+400\" is not an HTTP status code (a number from 100 to 599, or several joined by /, a comma or \"or\")"
        );
        assert_eq!(bad("400", ""), "p:4:11: the error-code cell is empty");
        assert!(bad("400", "X 1").starts_with("p:4:12: \"X 1\" is not an error code"));
    }

    #[test]
    fn malformed_table_is_an_error_with_its_place() {
        let err = read_page(
            "p",
            include_str!("../testdata/model/malformed_table_is_an_error_with_its_place.rst"),
            &Default::default(),
        )
        .unwrap_err();
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

    #[test]
    fn markup_docutils_reports_is_an_error_or_a_located_warning() {
        let page = include_str!(
            "../testdata/model/markup_docutils_reports_is_an_error_or_a_located_warning.rst"
        );
        let err = read_page("p.rst", page, &Default::default()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.rst:10:20: measure cell: undefined substitution referenced: \"nope\""
        );
        let read = lenient(page);
        assert_eq!(read.entries[0].measure, "Send:\n{\"key_id\": \"<uuid>\"}");
        assert_eq!(read.entries[1].measure, "See |nope| and");
        let warnings: Vec<String> = read.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[1].starts_with("p:12:19: measure cell: unknown directive type \"frobnicate\""),
            "{warnings:?}"
        );
    }

    fn lenient(page: &str) -> Page {
        read_page(
            "p",
            page,
            &Options {
                policy: Policy::Lenient,
                ..Options::default()
            },
        )
        .unwrap()
    }

    #[test]
    fn a_cell_spanning_two_fields_is_an_error() {
        let page = include_str!("../testdata/model/a_cell_spanning_two_fields_is_an_error.rst");
        assert_eq!(
            read_page("p", page, &Default::default()).unwrap_err().to_string(),
            "p:5:23: this cell spans the error message and description columns: one cell cannot be both (split the cell)"
        );
        let read = lenient(page);
        assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
        assert_eq!(
            (
                read.entries[0].message.as_str(),
                read.entries[0].description.as_str()
            ),
            ("Bad URL.", "")
        );
        assert_eq!(read.entries[1].description, "Wait.");
    }

    #[test]
    fn a_code_cell_spanning_rows_is_an_error() {
        let page = include_str!("../testdata/model/a_code_cell_spanning_rows_is_an_error.rst");
        assert_eq!(
            read_page("p", page, &Default::default()).unwrap_err().to_string(),
            "p:5:12: this error-code cell spans 2 rows: each row needs a code of its own (split the cell)"
        );
        let read = lenient(page);
        assert_eq!(read.warnings.len(), 1);
        let codes: Vec<(&str, &str)> = read
            .entries
            .iter()
            .map(|e| (e.code.as_str(), e.message.as_str()))
            .collect();
        assert_eq!(codes, [("KMS.0201", "One."), ("KMS.0101", "Oops.")]);
        // A status cell may span rows: it is each row's status.
        let shared_status =
            include_str!("../testdata/model/a_code_cell_spanning_rows_is_an_error_2.rst");
        let read = read_page("p", shared_status, &Default::default()).unwrap();
        assert_eq!(read.entries[1].status_code, Some(400));
    }

    #[test]
    fn codes_that_differ_only_in_case_are_an_error() {
        let page =
            include_str!("../testdata/model/codes_that_differ_only_in_case_are_an_error.rst");
        assert_eq!(
            read_page("p", page, &Default::default()).unwrap_err().to_string(),
            "p:7:12: error code kms.0201 differs from KMS.0201 (at p:5:12) only in ASCII case: a case-insensitive lookup could not tell them apart"
        );
        let read = lenient(page);
        assert_eq!(read.entries.len(), 2);
        assert_eq!(read.warnings.len(), 1);
    }
}
