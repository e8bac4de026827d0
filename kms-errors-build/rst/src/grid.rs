//! The grid-table parser: a faithful port of docutils 0.19's
//! `docutils.parsers.rst.tableparser.GridTableParser`.
//!
//! docutils is the judge of what a grid table means (the upstream pages are
//! rendered by Sphinx), so this module follows its algorithm step by step —
//! corner scanning, `done` bookkeeping, row and column separators — rather
//! than a "simpler" reading that would disagree with it on spans. Where
//! docutils would crash with a Python `AssertionError`/`KeyError` on hostile
//! input, we return a [`TableError`] instead.

use std::collections::BTreeSet;

use super::char_class::{is_combining, is_wide};
use super::lines::is_py_space;

/// One cell of a parsed grid table, in docutils' structure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The cell's text block: each line right-stripped, the common indentation
    /// removed, leading and trailing blank lines dropped, joined with `\n`.
    pub text: String,
    /// How many rows below this one the cell also covers.
    pub morerows: usize,
    /// How many columns to the right this cell also covers.
    pub morecols: usize,
    /// Index (inside the table block) of the cell's first content line,
    /// i.e. the line after its top border.
    pub line_offset: usize,
    /// Index (inside the table block) of the first non-blank line of `text`
    /// (`line_offset` when the cell is empty); used for diagnostics.
    pub text_line: usize,
    /// Column (0-based, inside the table block) where `text` starts on
    /// `text_line`; used for diagnostics.
    pub text_column: usize,
    /// Column (0-based, inside the table block) where the cell's lines
    /// start once their common indentation is removed: column 0 of `text`
    /// seen as a document of its own (nested tables are found in it).
    pub block_column: usize,
}

/// A row of cells; `None` where another cell's span covers the position.
pub type Row = Vec<Option<Cell>>;

/// A grid table as docutils' `GridTableParser.parse()` returns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridTable {
    /// Characters between column borders, one entry per column.
    pub colwidths: Vec<usize>,
    /// Rows above the `+===+` separator (empty when there is none).
    pub header: Vec<Row>,
    /// Rows below the separator (all rows when there is none).
    pub body: Vec<Row>,
}

/// Why a block is not a valid grid table. Positions are 0-based, inside
/// the block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableError {
    /// docutils' wording where docutils has one.
    pub message: String,
    /// The line docutils reports the error at (it names the table's first
    /// line for most errors).
    pub line: usize,
    /// The column on `line`.
    pub column: usize,
    /// Where exactly the table goes wrong, when that is not `line`.
    pub spot: Option<Spot>,
}

/// The exact place of a table error, for the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spot {
    /// Line index inside the block.
    pub line: usize,
    /// Column index inside the block.
    pub column: usize,
    /// What is wrong there, as a sentence without the final period.
    pub what: String,
}

impl TableError {
    pub(crate) fn new(message: impl Into<String>, line: usize, column: usize) -> Self {
        TableError {
            message: message.into(),
            line,
            column,
            spot: None,
        }
    }

    /// docutils reports these at the table's first line; `spot` says where.
    pub(crate) fn at_table(
        message: &str,
        line: usize,
        column: usize,
        what: impl Into<String>,
    ) -> Self {
        TableError {
            spot: Some(Spot {
                line,
                column,
                what: what.into(),
            }),
            ..TableError::new(message, 0, 0)
        }
    }
}

/// Parses an isolated grid-table block (flush left, one `Vec<char>` per line,
/// East Asian wide characters already padded if the caller wants that).
///
/// # Errors
/// The messages docutils gives for the same block ("Malformed table; parse
/// incomplete.", "Multiple head/body row separators …"), with the line
/// docutils names and the column where the scan stopped.
pub fn parse(block: &[Vec<char>]) -> Result<GridTable, TableError> {
    let mut parser = Parser::new(block)?;
    parser.find_head_body_sep()?;
    if block.len() == 1 {
        // A lone border (the rest cut off): docutils finds no cell and
        // builds a table without rows or columns.
        return Ok(GridTable {
            colwidths: Vec::new(),
            header: Vec::new(),
            body: Vec::new(),
        });
    }
    parser.parse_table()?;
    parser.structure_from_cells()
}

/// A cell as found by the corner scan, before it is placed in rows/columns.
struct RawCell {
    top: usize,
    left: usize,
    bottom: usize,
    right: usize,
    lines: Vec<String>,
    /// Common indentation `get_2d_block` removed from `lines`.
    indent: usize,
}

struct Parser<'b> {
    /// The block as given; see [`Parser::line`].
    block: &'b [Vec<char>],
    /// The head/body separator lines with their `=` read as `-`, as
    /// docutils rewrites them: the separator, and a first line that
    /// looked like one (see `find_head_body_sep`).
    separator_lines: Vec<(usize, Vec<char>)>,
    bottom: usize,
    right: usize,
    head_body_sep: Option<usize>,
    /// For each column, the last block line that belongs to a parsed cell
    /// (`None` = docutils' -1: nothing parsed yet).
    done: Vec<Option<usize>>,
    cells: Vec<RawCell>,
    rowseps: BTreeSet<usize>,
    colseps: BTreeSet<usize>,
}

/// docutils' `ci[column]` where `ci = column_indices(line)` (the string
/// indices of the characters that are not combining), or past the end
/// `column + len(line) - len(ci)`.
fn string_index(line: &[char], column: usize) -> usize {
    let mut combining = 0;
    for (index, &c) in line.iter().enumerate() {
        if is_combining(c) {
            combining += 1;
        } else if index - combining == column {
            return index;
        }
    }
    column + combining
}

/// docutils' `StringList.get_2D_block(0, left, len, right)` of `lines`
/// (padded as [`pad_double_width`] pads them): each line's columns
/// `left..right`, right-stripped, with their common indentation removed and
/// the padding dropped; also returns how much indentation that was. Grid
/// and simple tables take their cells' text this way.
///
/// Ported with its quirk: docutils maps `left` and `right` to string
/// indices past combining characters (`utils.column_indices`) and keeps
/// the mapped values for the next line, so a combining character shifts
/// the slice of every line below it in the cell.
pub(super) fn get_2d_block<'l>(
    lines: impl Iterator<Item = &'l [char]>,
    left: usize,
    right: usize,
) -> (Vec<String>, usize) {
    let (mut left_index, mut right_index) = (left, right);
    let mut indent = right;
    // Exactly as many lines as given: the vector becomes the cell's lines
    // (collected in place), which stay in memory with the table.
    let mut out: Vec<Vec<char>> = Vec::with_capacity(lines.size_hint().0);
    for line in lines {
        left_index = string_index(line, left_index);
        right_index = string_index(line, right_index);
        let end = right_index.min(line.len());
        let mut slice = line
            .get(left_index.min(end)..end)
            .unwrap_or_default()
            .to_vec();
        while slice.last().is_some_and(|&c| is_py_space(c)) {
            slice.pop();
        }
        if !slice.is_empty() {
            indent = indent.min(slice.iter().take_while(|&&c| is_py_space(c)).count());
        }
        out.push(slice);
    }
    let removed = if 0 < indent && indent < right_index {
        for line in &mut out {
            line.drain(..indent.min(line.len()));
        }
        indent
    } else {
        0
    };
    let out = out
        .into_iter()
        .map(|l| l.into_iter().filter(|&c| c != DOUBLE_WIDTH_PAD).collect())
        .collect();
    (out, removed)
}

/// docutils' `StringList.pad_double_width`: `line`'s characters, each East
/// Asian wide one followed by [`DOUBLE_WIDTH_PAD`], so that indices count
/// display columns.
pub(super) fn pad_double_width(line: &str) -> Vec<char> {
    let mut padded = Vec::with_capacity(line.len());
    for c in line.chars() {
        padded.push(c);
        if is_wide(c) {
            padded.push(DOUBLE_WIDTH_PAD);
        }
    }
    padded
}

/// The dummy character docutils inserts after East Asian wide characters so
/// that columns are counted in display cells; removed again from cell text.
pub const DOUBLE_WIDTH_PAD: char = '\0';

impl<'b> Parser<'b> {
    fn new(block: &'b [Vec<char>]) -> Result<Self, TableError> {
        let first = block
            .first()
            .ok_or_else(|| TableError::new("Empty table block.", 0, 0))?;
        if first.len() < 2 {
            return Err(TableError::new("Malformed table; parse incomplete.", 0, 0));
        }
        Ok(Parser {
            block,
            separator_lines: Vec::new(),
            bottom: block.len() - 1,
            right: first.len() - 1,
            head_body_sep: None,
            done: vec![None; first.len()],
            cells: Vec::new(),
            rowseps: BTreeSet::from([0]),
            colseps: BTreeSet::from([0]),
        })
    }

    /// `done[col]`; a column past the right edge counts as never done.
    fn done_at(&self, col: usize) -> Option<usize> {
        self.done.get(col).copied().flatten()
    }

    /// Line `i` of the block as docutils sees it after finding the
    /// head/body separator; empty past the end.
    fn line(&self, i: usize) -> &[char] {
        if let Some((_, line)) = self.separator_lines.iter().find(|(at, _)| *at == i) {
            return line;
        }
        self.block.get(i).map_or(&[][..], Vec::as_slice)
    }

    /// The character at (line, column); a position past the end of a short
    /// line reads as a space, i.e. "not a border".
    fn at(&self, line: usize, column: usize) -> char {
        self.line(line).get(column).copied().unwrap_or(' ')
    }

    fn find_head_body_sep(&mut self) -> Result<(), TableError> {
        let mut last = 0;
        for i in 0..self.block.len() {
            last = i;
            if self.block.get(i).is_some_and(|l| is_head_body_separator(l)) {
                // docutils tests `if self.head_body_sep:`, so a separator on
                // the first line (index 0) counts as none yet: a later one
                // replaces it.
                if let Some(first) = self.head_body_sep.filter(|&sep| sep != 0) {
                    return Err(TableError::new(
                        format!(
                            "Multiple head/body row separators (table lines {} and {}); only one allowed.",
                            first + 1,
                            i + 1
                        ),
                        i,
                        0,
                    ));
                }
                let rewritten = self
                    .line(i)
                    .iter()
                    .map(|&c| if c == '=' { '-' } else { c })
                    .collect();
                self.separator_lines.push((i, rewritten));
                self.head_body_sep = Some(i);
            }
        }
        if matches!(self.head_body_sep, Some(sep) if sep == 0 || sep == self.block.len() - 1) {
            // docutils reports the index the loop ended on, not the separator's.
            return Err(TableError::new(
                "The head/body row separator may not be the first or last line of the table.",
                last,
                0,
            ));
        }
        Ok(())
    }

    fn parse_table(&mut self) -> Result<(), TableError> {
        let mut corners = BTreeSet::from([(0usize, 0usize)]);
        while let Some((top, left)) = corners.pop_first() {
            if top == self.bottom
                || left == self.right
                || self.done_at(left).is_some_and(|d| top <= d)
            {
                continue;
            }
            let Some(found) = self.scan_cell(top, left) else {
                continue;
            };
            self.rowseps.extend(found.rowseps);
            self.colseps.extend(found.colseps);
            self.mark_done(top, left, found.bottom, found.right)?;
            let (lines, indent) = self.get_2d_block(top + 1, left + 1, found.bottom, found.right);
            self.cells.push(RawCell {
                top,
                left,
                bottom: found.bottom,
                right: found.right,
                lines,
                indent,
            });
            corners.insert((top, found.right));
            corners.insert((found.bottom, left));
        }
        self.check_parse_complete()
    }

    fn mark_done(
        &mut self,
        top: usize,
        left: usize,
        bottom: usize,
        right: usize,
    ) -> Result<(), TableError> {
        let before = top.checked_sub(1);
        for col in left..right {
            // docutils asserts this; a violation means overlapping cells.
            match self.done.get_mut(col) {
                Some(done) if *done == before => *done = Some(bottom - 1),
                _ => {
                    return Err(TableError::at_table(
                        "Malformed table.",
                        top,
                        col,
                        "Two cells overlap",
                    ))
                }
            }
        }
        Ok(())
    }

    fn check_parse_complete(&self) -> Result<(), TableError> {
        let last = Some(self.bottom - 1);
        match (0..self.right).find(|&col| self.done_at(col) != last) {
            None => Ok(()),
            Some(col) => {
                // The first line the scan could not account for is where a
                // reader has to look.
                let line = self.done_at(col).map_or(0, |d| d + 1);
                Err(TableError::at_table(
                    "Malformed table; parse incomplete.",
                    line,
                    col,
                    "The borders do not close into rectangular cells",
                ))
            }
        }
    }

    fn scan_cell(&self, top: usize, left: usize) -> Option<Found> {
        if self.at(top, left) != '+' {
            return None;
        }
        self.scan_right(top, left)
    }

    fn scan_right(&self, top: usize, left: usize) -> Option<Found> {
        let mut colseps = BTreeSet::new();
        for i in left + 1..=self.right {
            match self.at(top, i) {
                '+' => {
                    colseps.insert(i);
                    if let Some((bottom, rowseps, newcolseps)) = self.scan_down(top, left, i) {
                        colseps.extend(newcolseps);
                        return Some(Found {
                            bottom,
                            right: i,
                            rowseps,
                            colseps,
                        });
                    }
                }
                '-' => {}
                _ => return None,
            }
        }
        None
    }

    fn scan_down(
        &self,
        top: usize,
        left: usize,
        right: usize,
    ) -> Option<(usize, BTreeSet<usize>, BTreeSet<usize>)> {
        let mut rowseps = BTreeSet::new();
        for i in top + 1..=self.bottom {
            match self.at(i, right) {
                '+' => {
                    rowseps.insert(i);
                    if let Some((newrowseps, colseps)) = self.scan_left(top, left, i, right) {
                        rowseps.extend(newrowseps);
                        return Some((i, rowseps, colseps));
                    }
                }
                '|' => {}
                _ => return None,
            }
        }
        None
    }

    fn scan_left(
        &self,
        top: usize,
        left: usize,
        bottom: usize,
        right: usize,
    ) -> Option<(BTreeSet<usize>, BTreeSet<usize>)> {
        let mut colseps = BTreeSet::new();
        for i in (left + 1..right).rev() {
            match self.at(bottom, i) {
                '+' => {
                    colseps.insert(i);
                }
                '-' => {}
                _ => return None,
            }
        }
        if self.at(bottom, left) != '+' {
            return None;
        }
        let rowseps = self.scan_up(top, left, bottom)?;
        Some((rowseps, colseps))
    }

    fn scan_up(&self, top: usize, left: usize, bottom: usize) -> Option<BTreeSet<usize>> {
        let mut rowseps = BTreeSet::new();
        for i in (top + 1..bottom).rev() {
            match self.at(i, left) {
                '+' => {
                    rowseps.insert(i);
                }
                '|' => {}
                _ => return None,
            }
        }
        Some(rowseps)
    }

    /// [`get_2d_block`] of the block's lines `top..bottom`.
    fn get_2d_block(
        &self,
        top: usize,
        left: usize,
        bottom: usize,
        right: usize,
    ) -> (Vec<String>, usize) {
        get_2d_block((top..bottom).map(|i| self.line(i)), left, right)
    }

    fn structure_from_cells(self) -> Result<GridTable, TableError> {
        let rowseps: Vec<usize> = self.rowseps.iter().copied().collect();
        let colseps: Vec<usize> = self.colseps.iter().copied().collect();
        let row_index = |line: usize| rowseps.binary_search(&line).ok();
        let col_index = |col: usize| colseps.binary_search(&col).ok();
        let colwidths: Vec<usize> = colseps
            .iter()
            .zip(colseps.iter().skip(1))
            .map(|(a, b)| b - a - 1)
            .collect();
        let ncols = colwidths.len();
        let nrows = rowseps.len().saturating_sub(1);
        let mut rows: Vec<Row> = vec![vec![None; ncols]; nrows];
        let mut remaining = nrows * ncols;
        for raw in self.cells {
            let misplaced = || {
                TableError::at_table(
                    "Malformed table.",
                    raw.top,
                    raw.left,
                    "Cell borders do not line up",
                )
            };
            let (Some(rownum), Some(colnum), Some(rowend), Some(colend)) = (
                row_index(raw.top),
                col_index(raw.left),
                row_index(raw.bottom),
                col_index(raw.right),
            ) else {
                return Err(misplaced());
            };
            let slot = rows
                .get_mut(rownum)
                .and_then(|r| r.get_mut(colnum))
                .ok_or_else(misplaced)?;
            if slot.is_some() {
                return Err(TableError::at_table(
                    "Malformed table.",
                    raw.top,
                    raw.left,
                    format!(
                        "Cell (row {}, column {}) is used twice",
                        rownum + 1,
                        colnum + 1
                    ),
                ));
            }
            let morerows = rowend - rownum - 1;
            let morecols = colend - colnum - 1;
            remaining = remaining.saturating_sub((morerows + 1) * (morecols + 1));
            let (text, text_line, text_column) = cell_text(&raw);
            *slot = Some(Cell {
                text,
                morerows,
                morecols,
                line_offset: raw.top + 1,
                text_line,
                text_column,
                block_column: raw.left + 1 + raw.indent,
            });
        }
        if remaining != 0 {
            return Err(TableError::new(
                "Malformed table; unused cells remaining.",
                0,
                0,
            ));
        }
        split_head(rows, colwidths, self.head_body_sep, &rowseps)
    }
}

/// The table, its rows split at the head/body separator line `sep`, if it
/// has one (`rowseps`: the lines of the row separators).
fn split_head(
    mut rows: Vec<Row>,
    colwidths: Vec<usize>,
    sep: Option<usize>,
    rowseps: &[usize],
) -> Result<GridTable, TableError> {
    let Some(sep) = sep else {
        return Ok(GridTable {
            colwidths,
            header: Vec::new(),
            body: rows,
        });
    };
    let nhead = rowseps.binary_search(&sep).map_err(|_| {
        TableError::new(
            "Malformed table; the head/body separator crosses a cell.",
            sep,
            0,
        )
    })?;
    let body = rows.split_off(nhead);
    Ok(GridTable {
        colwidths,
        header: rows,
        body,
    })
}

struct Found {
    bottom: usize,
    right: usize,
    rowseps: BTreeSet<usize>,
    colseps: BTreeSet<usize>,
}

/// `\+=[=+]+=\+ *$` at the start of the line.
fn is_head_body_separator(line: &[char]) -> bool {
    is_border(line, '=')
}

/// docutils' `grid_table_top_pat`, `\+-[-+]+-\+ *$`, matched at the start of
/// the line.
pub fn is_top_border(line: &[char]) -> bool {
    is_border(line, '-')
}

fn is_border(line: &[char], fill: char) -> bool {
    let end = line.len() - line.iter().rev().take_while(|&&c| c == ' ').count();
    match line.get(..end) {
        Some(['+', first, middle @ .., last, '+']) => {
            *first == fill
                && *last == fill
                && !middle.is_empty()
                && middle.iter().all(|&c| c == fill || c == '+')
        }
        _ => false,
    }
}

/// The cell's text as the corpus stores it (blank lines at both ends dropped),
/// and where it starts.
fn cell_text(raw: &RawCell) -> (String, usize, usize) {
    let first = raw.lines.iter().position(|l| !l.is_empty());
    let last = raw.lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(first), Some(last)) => {
            let text = raw.lines.get(first..=last).unwrap_or_default().join("\n");
            let line = raw.top + 1 + first;
            let leading = raw
                .lines
                .get(first)
                .map_or(0, |l| l.chars().take_while(|&c| c == ' ').count());
            (text, line, raw.left + 1 + raw.indent + leading)
        }
        _ => (String::new(), raw.top + 1, raw.left + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> Vec<Vec<char>> {
        text.lines().map(|l| l.chars().collect()).collect()
    }

    #[test]
    fn one_cell() {
        let t = parse(&block(include_str!("../testdata/grid/one_cell.rst"))).unwrap();
        assert_eq!(t.colwidths, vec![5]);
        assert!(t.header.is_empty());
        let cell = t.body[0][0].as_ref().unwrap();
        assert_eq!(cell.text, "abc");
        assert_eq!(
            (cell.line_offset, cell.text_line, cell.text_column),
            (1, 1, 2)
        );
    }

    #[test]
    fn header_and_spans() {
        let t = parse(&block(include_str!(
            "../testdata/grid/header_and_spans.rst"
        )))
        .unwrap();
        assert_eq!(t.colwidths, vec![3, 3]);
        assert_eq!(t.header.len(), 1);
        assert_eq!(t.body.len(), 2);
        let wide = t.body[0][0].as_ref().unwrap();
        assert_eq!((wide.text.as_str(), wide.morecols), ("wide", 1));
        assert!(t.body[0][1].is_none());
    }

    #[test]
    fn multi_line_cell_keeps_relative_indent() {
        let t = parse(&block(include_str!(
            "../testdata/grid/multi_line_cell_keeps_relative_indent.rst"
        )))
        .unwrap();
        assert_eq!(t.body[0][0].as_ref().unwrap().text, "a\n  b");
    }

    #[test]
    fn a_combining_character_shifts_the_cell_lines_below_it() {
        // docutils 0.19: the slice of every line from the one with the
        // combining character on moves one column right, so the border
        // character joins the text.
        let t = parse(&block(include_str!(
            "../testdata/grid/a_combining_character_shifts_the_cell_lines_below_it.rst"
        )))
        .unwrap();
        assert_eq!(t.body[0][0].as_ref().unwrap().text, "a\u{301}  |\nb   |");
    }

    #[test]
    fn non_rectangular_cell_is_rejected() {
        let err = parse(&block(include_str!(
            "../testdata/grid/non_rectangular_cell_is_rejected.rst"
        )))
        .unwrap_err();
        assert_eq!(err.message, "Malformed table; parse incomplete.");
    }

    #[test]
    fn two_separators_are_rejected_at_the_second() {
        let err = parse(&block(include_str!(
            "../testdata/grid/two_separators_are_rejected_at_the_second.rst"
        )))
        .unwrap_err();
        assert_eq!(
            err.message,
            "Multiple head/body row separators (table lines 3 and 5); only one allowed."
        );
        assert_eq!(err.line, 4);
    }

    #[test]
    fn border_patterns() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(is_top_border(&chars("+-+-+")));
        assert!(is_top_border(&chars("+---+  ")));
        assert!(!is_top_border(&chars("+-+")));
        assert!(!is_top_border(&chars("+===+")));
        assert!(is_head_body_separator(&chars("+===+===+")));
        assert!(!is_top_border(&chars("+---+ x")));
    }
}
