//! One grid table of a document, as docutils' state machine isolates it
//! (`states.Body.isolate_grid_table`: the block from its top border, its
//! edges checked) and parses it. Both the table finder (`document`) and the
//! cell renderer (a table inside a cell, `blocks`) call it.

use super::grid::{self, GridTable, TableError};
use super::lines::{indentation, is_py_space};

/// A grid table found in a document, parsed or rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundTable {
    /// 1-based line of the top border in the document.
    pub first_line: usize,
    /// Columns of indentation of the table (e.g. 3 inside `.. table::`).
    pub indent: usize,
    /// Lines of the table block.
    pub n_lines: usize,
    /// Table lines (starting with `+` or `|`) after the last border that
    /// docutils cut off the table and reads as text: the 1-based line of
    /// the first of them. Rows there are lost in the rendered page.
    pub cut_rows_at: Option<usize>,
    /// The parsed table, or why docutils would reject it; positions in the
    /// error are relative to the block (see [`FoundTable::locate`]).
    pub table: Result<GridTable, TableError>,
}

impl FoundTable {
    /// The document position (1-based line, 1-based column) of a position
    /// given relative to the table block (0-based line and column).
    pub fn locate(&self, block_line: usize, block_column: usize) -> (usize, usize) {
        (self.first_line + block_line, self.indent + block_column + 1)
    }

    /// A table error in document terms: the 1-based line and column docutils
    /// reports it at, and the full message, which names the exact place when
    /// that is elsewhere.
    pub fn describe(&self, err: &TableError) -> (usize, usize, String) {
        let (line, column) = self.locate(err.line, err.column);
        let message = match &err.spot {
            None => err.message.clone(),
            Some(spot) => {
                let (spot_line, spot_column) = self.locate(spot.line, spot.column);
                format!(
                    "{} {} (line {spot_line}, column {spot_column}).",
                    err.message, spot.what
                )
            }
        };
        (line, column, message)
    }
}

/// The grid table whose top border is `lines[start]` (flush left), as
/// docutils isolates and parses it, and the line where docutils reads on.
pub(crate) fn grid_table_at(
    lines: &[String],
    start: usize,
) -> (Result<grid::GridTable, TableError>, usize) {
    let (found, resume) = isolate(lines, start, 0);
    (found.table, resume)
}

/// docutils' `isolate_grid_table` + `GridTableParser.parse`: takes the block
/// that starts at `start`, checks its edges, parses it. Returns the table and
/// the line where docutils goes on reading.
pub(crate) fn isolate(lines: &[String], start: usize, indent: usize) -> (FoundTable, usize) {
    let mut end = start;
    while lines
        .get(end)
        .is_some_and(|l| !l.is_empty() && indentation(l) == indent)
    {
        end += 1;
    }
    // docutils pads East Asian wide characters to two columns, then strips.
    let mut block: Vec<Vec<char>> = lines
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .map(|l| grid::pad_double_width(l.trim_matches(is_py_space)))
        .collect();
    let width = block.first().map_or(0, Vec::len);

    let mut resume = end;
    if let Some(cut) = block
        .iter()
        .position(|l| !matches!(l.first(), Some('+' | '|')))
    {
        block.truncate(cut);
        resume = start + cut;
    }
    let before_cut = block.len();
    let bottom = check_bottom(&mut block);
    if let Ok(Some(border)) = bottom {
        // states.py backs up two lines more than it cut: the last row line
        // and the border above the cut are read again.
        resume = start + border - 1;
    }
    let result = bottom.and_then(|_| check_right_edge(&block, width));
    let table = result.and_then(|()| grid::parse(&block));
    let n_lines = block.len();
    (
        FoundTable {
            first_line: start + 1,
            indent,
            n_lines,
            cut_rows_at: if n_lines < before_cut {
                Some(start + 1 + n_lines)
            } else {
                // A table line right after the block, indented differently:
                // docutils does not read it as part of the table either.
                lines
                    .get(end)
                    .filter(|l| l.trim_start_matches(is_py_space).starts_with(['+', '|']))
                    .map(|_| end + 1)
            },
            table,
        },
        resume,
    )
}

/// The block must end with a border line; if it does not, docutils cuts it
/// after the last border line from the third line on, whose index is
/// returned.
fn check_bottom(block: &mut Vec<Vec<char>>) -> Result<Option<usize>, TableError> {
    if block.last().is_some_and(|l| grid::is_top_border(l)) {
        return Ok(None);
    }
    match (2..block.len().saturating_sub(1))
        .rev()
        .find(|&i| block.get(i).is_some_and(|l| grid::is_top_border(l)))
    {
        Some(i) => {
            block.truncate(i + 1);
            Ok(Some(i))
        }
        None => Err(TableError::at_table(
            "Malformed table.",
            block.len().saturating_sub(1),
            0,
            "No bottom border (a line like `+----+`) closes the table",
        )),
    }
}

/// Every line must be as wide as the top border and end in `+` or `|`.
fn check_right_edge(block: &[Vec<char>], width: usize) -> Result<(), TableError> {
    for (i, line) in block.iter().enumerate() {
        if line.len() != width || !matches!(line.last(), Some('+' | '|')) {
            // Where this line and the top border part ways.
            return Err(TableError::at_table(
                "Malformed table.",
                i,
                line.len().min(width).saturating_sub(1),
                format!(
                    "The right border is not straight: a line is {} columns wide, the top border {}",
                    line.len(),
                    width
                ),
            ));
        }
    }
    Ok(())
}
