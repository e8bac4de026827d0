//! Errors with the place in the page they are about.

use std::fmt;

/// A place in an input file: `path:line:column`, 1-based.
///
/// `line == 0` means "the file as a whole" (for example when it cannot be
/// read); such a location displays as just the path.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct Location {
    /// The path as the user gave it (never made absolute, so messages and
    /// generated files are the same on every machine).
    pub path: String,
    /// 1-based line, or 0 for the whole file.
    pub line: usize,
    /// 1-based column in characters (tabs expanded to 8), or 0.
    pub column: usize,
}

impl Location {
    /// A position in `path`.
    pub(crate) fn new(path: impl Into<String>, line: usize, column: usize) -> Self {
        Location {
            path: path.into(),
            line,
            column,
        }
    }

    /// The file as a whole.
    pub(crate) fn file(path: impl Into<String>) -> Self {
        Location::new(path, 0, 0)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => write!(f, "{}", self.path),
            (line, 0) => write!(f, "{}:{line}", self.path),
            (line, column) => write!(f, "{}:{line}:{column}", self.path),
        }
    }
}

/// What is wrong, without the place (see [`Error`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing a file failed.
    Io {
        /// What we were doing, e.g. "cannot read".
        action: &'static str,
        /// The operating system's message.
        message: String,
    },
    /// The file is not UTF-8; the location is the first bad byte.
    InvalidUtf8,
    /// A grid table docutils would reject (its wording, plus detail).
    MalformedTable {
        /// What is wrong with the table.
        message: String,
    },
    /// No grid table of the page has an "Error Code" column.
    NoErrorTable {
        /// How many grid tables the page has.
        tables: usize,
    },
    /// Two columns of one table map to the same field.
    AmbiguousColumn {
        /// Which field.
        field: &'static str,
        /// The first column's header.
        first: String,
        /// The second column's header.
        second: String,
    },
    /// A column of the error-code table that maps to no field.
    UnusedColumn {
        /// Its header text.
        header: String,
    },
    /// A line of the names file is wrong.
    NamesFile {
        /// What is wrong.
        message: String,
    },
    /// A line of the retired file is wrong.
    RetiredFile {
        /// What is wrong.
        message: String,
    },
    /// A pinned code is gone from the page and its last row is unknown.
    MissingRetiredRow {
        /// The code.
        code: String,
    },
    /// The error-code table(s) have a header but no rows.
    NoRows,
    /// An empty error-code cell.
    EmptyCode,
    /// An error code with characters a code cannot have.
    InvalidCode {
        /// The cell's text.
        code: String,
    },
    /// A status cell that is not an HTTP status (100–599).
    InvalidStatus {
        /// The cell's text.
        status: String,
    },
    /// A data cell that spans two or more columns mapped to fields: its text
    /// cannot be all of them.
    CellSpansFields {
        /// The fields it spans, left to right.
        fields: Vec<&'static str>,
    },
    /// An error-code cell that spans rows: each row needs its own code.
    CodeSpansRows {
        /// How many rows it spans.
        rows: usize,
    },
    /// Markup in a cell that docutils reports (an unknown directive, role
    /// or substitution, a reference to nothing, a list that ends without a
    /// blank line …), or a directive whose text the generator does not
    /// show (`include`, `raw` …): what the cell shows would be a guess.
    CellMarkup {
        /// The field of the cell's column.
        field: &'static str,
        /// What is wrong, naming the construct.
        message: String,
    },
    /// Two codes that differ only in ASCII case (`KMS.0201`, `kms.0201`):
    /// a case-insensitive lookup cannot tell them apart.
    CodesDifferInCase {
        /// This row's code.
        code: String,
        /// The earlier code it matches.
        other: String,
        /// Where the earlier code is.
        other_at: Location,
    },
    /// The generator was configured wrongly (e.g. an enum name that is not
    /// an identifier).
    Config {
        /// What is wrong.
        message: String,
    },
    /// No lookup table separates two codes (their keys or slots stay
    /// equal): a bug in this crate, since codes that differ can always be
    /// separated.
    LookupTable {
        /// The code at the error's location.
        code: String,
        /// The code it cannot be told from.
        other: String,
    },
    /// The emitter produced code `syn` cannot parse: a bug in this crate.
    Emit {
        /// syn's message.
        message: String,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(result) = self.fmt_input(f) {
            return result;
        }
        if let Some(result) = self.fmt_rows(f) {
            return result;
        }
        self.fmt_names(f).unwrap_or(Ok(()))
    }
}

impl ErrorKind {
    /// The file, its tables and its cells.
    fn fmt_input(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        Some(match self {
            ErrorKind::Io { action, message } => write!(f, "{action}: {message}"),
            ErrorKind::InvalidUtf8 => f.write_str("the file is not valid UTF-8"),
            ErrorKind::MalformedTable { message } => f.write_str(message),
            ErrorKind::CellMarkup { field, message } => write!(f, "{field} cell: {message}"),
            ErrorKind::NoErrorTable { tables } => write!(
                f,
                "no grid table with an \"Error Code\" column ({tables} grid table{} in the page)",
                if *tables == 1 { "" } else { "s" }
            ),
            ErrorKind::AmbiguousColumn {
                field,
                first,
                second,
            } => write!(
                f,
                "columns {first:?} and {second:?} both look like the {field} column; keep one"
            ),
            ErrorKind::UnusedColumn { header } => write!(
                f,
                "the column {header:?} is not one of status code, error code, error message, description, measure"
            ),
            ErrorKind::NoRows => f.write_str("the error-code table has no rows"),
            ErrorKind::EmptyCode => f.write_str("the error-code cell is empty"),
            ErrorKind::InvalidCode { code } => write!(
                f,
                "{code:?} is not an error code (expected ASCII letters, digits, '.', '_' or '-', starting with a letter or digit)"
            ),
            ErrorKind::InvalidStatus { status } => {
                write!(f, "{status:?} is not an HTTP status code (a number from 100 to 599, or several joined by /, a comma or \"or\")")
            }
            _ => return None,
        })
    }

    /// Cells that span what they should not, and codes that differ only
    /// in case.
    fn fmt_rows(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        Some(match self {
            ErrorKind::CellSpansFields { fields } => write!(
                f,
                "this cell spans the {} columns: one cell cannot be {} (split the cell)",
                fields.join(" and "),
                if fields.len() == 2 { "both" } else { "all of them" }
            ),
            ErrorKind::CodeSpansRows { rows } => write!(
                f,
                "this error-code cell spans {rows} rows: each row needs a code of its own (split the cell)"
            ),
            ErrorKind::CodesDifferInCase {
                code,
                other,
                other_at,
            } => write!(
                f,
                "error code {code} differs from {other} (at {other_at}) only in ASCII case: a case-insensitive lookup could not tell them apart"
            ),
            _ => return None,
        })
    }

    /// The names and retired files, the settings, and internal errors.
    fn fmt_names(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        Some(match self {
            ErrorKind::NamesFile { message } | ErrorKind::RetiredFile { message } => {
                f.write_str(message)
            }
            ErrorKind::MissingRetiredRow { code } => write!(
                f,
                "error code {code} is pinned here but is neither in the page nor in the retired file, nor in the previous page if one is given: give its last row in the retired file (or the previous revision of the page, Builder::previous or --previous), or delete this line to drop its variant"
            ),
            ErrorKind::Config { message } => f.write_str(message),
            ErrorKind::LookupTable { code, other } => write!(
                f,
                "internal error: the lookup table cannot tell the error code {code} from {other}; please report this"
            ),
            ErrorKind::Emit { message } => write!(
                f,
                "internal error: the generated code does not parse ({message}); please report this"
            ),
            _ => return None,
        })
    }
}

/// An error of the generator: what is wrong and where.
///
/// Its `Display` is `path:line:col: what is wrong`, the form editors and CI
/// logs turn into links.
///
/// ```
/// use kms_errors_build::{Builder, ErrorKind};
/// let err = Builder::new().spec("no/such/page.rst").generate().unwrap_err();
/// assert_eq!(err.location().path, "no/such/page.rst");
/// assert!(matches!(err.kind(), ErrorKind::Io { .. }));
/// assert!(err.to_string().starts_with("no/such/page.rst: cannot read the spec: "));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(
    // Boxed: errors are rare, and `Result<_, Error>` stays one word wide.
    Box<(Location, ErrorKind)>,
);

impl Error {
    /// An error at `location`.
    pub(crate) fn new(location: Location, kind: ErrorKind) -> Self {
        Error(Box::new((location, kind)))
    }

    /// Where the problem is.
    pub fn location(&self) -> &Location {
        &self.0 .0
    }

    /// What the problem is.
    pub fn kind(&self) -> &ErrorKind {
        &self.0 .1
    }

    pub(crate) fn io(path: &str, action: &'static str, err: &std::io::Error) -> Self {
        Error::new(
            Location::file(path),
            ErrorKind::Io {
                action,
                message: err.to_string(),
            },
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A builder with no page yet has no place to name.
        if self.location().path.is_empty() {
            return write!(f, "{}", self.kind());
        }
        write!(f, "{}: {}", self.location(), self.kind())
    }
}

impl std::error::Error for Error {}

/// A problem the generator worked around (see
/// `model::Policy`), and what it did.
///
/// Displays as `path:line:col: what is wrong (what was done)`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Warning {
    /// The problem, with its place.
    pub error: Error,
    /// What the generator did instead of failing, e.g. "the row is left
    /// out".
    pub action: &'static str,
}

impl Warning {
    /// A warning for `error`, handled by `action`.
    pub(crate) fn new(error: Error, action: &'static str) -> Self {
        Warning { error, action }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.error, self.action)
    }
}
