//! Simple tables (`=====  =====` borders) inside a cell: a port of docutils
//! 0.19's `states.Body.isolate_simple_table` and
//! `tableparser.SimpleTableParser`, as far as the cell's text needs them —
//! which lines the table takes, and the text of each of its cells.
//!
//! Error-code tables are grid tables; a simple table only ever appears in
//! their cells, where docutils renders it (or, when malformed, replaces it
//! by an error message).

use super::char_class::is_combining;
use super::grid::{get_2d_block, pad_double_width};
use super::lines::is_py_space;

/// `=+( +=+)+ *$`: the top border of a simple table.
pub(super) fn is_top(line: &str) -> bool {
    let line = line.trim_end_matches(' ');
    let runs: Vec<&str> = line.split(' ').filter(|r| !r.is_empty()).collect();
    !line.starts_with(' ') && runs.len() >= 2 && runs.iter().all(|r| r.chars().all(|c| c == '='))
}

/// `=+[ =]*$`: any border line.
fn is_border(line: &str) -> bool {
    line.starts_with('=') && line.chars().all(|c| c == '=' || c == ' ')
}

/// The simple table whose top border is `lines[start]`: the text of each of
/// its cells in reading order (`None` when docutils rejects the table, and
/// shows an error message instead), and the line after what it takes.
pub(super) fn cells(lines: &[&str], start: usize) -> (Option<Vec<String>>, usize) {
    let top_len = lines
        .get(start)
        .map_or(0, |l| l.trim_matches(is_py_space).chars().count());
    let blank = |i: usize| lines.get(i).map_or(true, |l| l.chars().all(is_py_space));
    let limit = lines.len().saturating_sub(1);
    let mut found = 0;
    let mut found_at = None;
    let mut end = None;
    for i in start + 1..lines.len() {
        let Some(line) = lines.get(i).filter(|l| is_border(l)) else {
            continue;
        };
        if line.trim_matches(is_py_space).chars().count() != top_len {
            // "Bottom/header table border does not match top border."
            return (None, i + 1);
        }
        found += 1;
        found_at = Some(i);
        if found == 2 || i == limit || blank(i + 1) {
            end = Some(i);
            break;
        }
    }
    let Some(end) = end else {
        // "No bottom table border found": up to the last border found, or
        // the rest of the text.
        return (None, found_at.map_or(lines.len(), |i| i + 1));
    };
    let block: Vec<Vec<char>> = lines
        .get(start..=end)
        .unwrap_or_default()
        .iter()
        .map(|l| pad_double_width(l))
        .collect();
    (Parser::parse(block), end + 1)
}

struct Parser {
    block: Vec<Vec<char>>,
    columns: Vec<(usize, usize)>,
    border_end: usize,
    /// Each row's cells' texts, with the row's first line.
    rows: Vec<(usize, Vec<String>)>,
}

impl Parser {
    fn parse(mut block: Vec<Vec<char>>) -> Option<Vec<String>> {
        let last = block.len().checked_sub(1)?;
        for i in [0, last] {
            for c in block.get_mut(i)?.iter_mut() {
                if *c == '=' {
                    *c = '-';
                }
            }
        }
        // The head/body separator: one, neither first nor last.
        let mut separator = None;
        for i in 0..block.len() {
            let line: String = block.get(i)?.iter().collect();
            if is_border(&line) {
                if separator.is_some() {
                    return None;
                }
                separator = Some(i);
                for c in block.get_mut(i)?.iter_mut() {
                    if *c == '=' {
                        *c = '-';
                    }
                }
            }
        }
        if matches!(separator, Some(0)) || separator == Some(last) {
            return None;
        }
        let mut parser = Parser {
            columns: Vec::new(),
            border_end: 0,
            rows: Vec::new(),
            block,
        };
        parser.parse_table()?;
        Some(
            parser
                .rows
                .into_iter()
                .flat_map(|(_, cells)| cells)
                .collect(),
        )
    }

    fn line(&self, i: usize) -> &[char] {
        self.block.get(i).map_or(&[][..], Vec::as_slice)
    }

    fn parse_table(&mut self) -> Option<()> {
        let top = self.line(0).to_vec();
        self.columns = parse_columns(&top);
        self.border_end = self.columns.last()?.1;
        let (first_start, first_end) = *self.columns.first()?;
        let mut start = 1;
        let mut text_found = false;
        for offset in 1..self.block.len() {
            let line = self.line(offset).to_vec();
            if is_span_line(&line) {
                let span: Vec<char> = trim_end(&line).to_vec();
                self.parse_row(start, offset, Some(&span))?;
                start = offset + 1;
                text_found = false;
            } else if slice(&line, first_start, first_end)
                .iter()
                .any(|&c| !is_py_space(c))
            {
                if text_found && offset != start {
                    self.parse_row(start, offset, None)?;
                }
                start = offset;
                text_found = true;
            } else if !text_found {
                start = offset + 1;
            }
        }
        Some(())
    }

    /// `lines[start..end]` as a row, with the column spec of `span` (a
    /// span underline or the bottom border) or the table's.
    fn parse_row(&mut self, start: usize, end: usize, span: Option<&[char]>) -> Option<()> {
        if start >= end && span.is_none() {
            return Some(());
        }
        let mut columns = match span {
            Some(span) => {
                let mut cols = parse_columns(span);
                // "Column span incomplete".
                if cols.last()?.1 != self.border_end {
                    return None;
                }
                let last_end = self.columns.last()?.1;
                if let Some(last) = cols.last_mut() {
                    last.1 = last_end;
                }
                cols
            }
            None => self.columns.clone(),
        };
        let lines: Vec<Vec<char>> = (start..end).map(|i| self.line(i).to_vec()).collect();
        self.check_columns(&lines, &mut columns)?;
        self.check_alignment(&columns)?;
        let cells = columns
            .iter()
            .map(|&(left, right)| {
                get_2d_block(lines.iter().map(Vec::as_slice), left, right)
                    .0
                    .join("\n")
            })
            .collect();
        self.rows.push((start, cells));
        Some(())
    }

    /// `check_columns`: no text in the margins; text past the last column
    /// widens it.
    fn check_columns(&mut self, lines: &[Vec<char>], columns: &mut [(usize, usize)]) -> Option<()> {
        let lines: Vec<Vec<char>> = lines
            .iter()
            .map(|l| l.iter().copied().filter(|&c| !is_combining(c)).collect())
            .collect();
        let last = columns.len().checked_sub(1)?;
        for i in 0..columns.len() {
            let (start, end) = *columns.get(i)?;
            let next_start = columns.get(i + 1).map_or(usize::MAX, |c| c.0);
            for line in &lines {
                if i == last
                    && slice(line, end, usize::MAX)
                        .iter()
                        .any(|&c| !is_py_space(c))
                {
                    let text = trim_end(slice(line, start, usize::MAX));
                    let new_end = start + text.len();
                    let (main_start, main_end) = *self.columns.last()?;
                    if let Some(column) = columns.get_mut(i) {
                        *column = (start, main_end.max(new_end));
                    }
                    if new_end > main_end {
                        if let Some(main) = self.columns.last_mut() {
                            *main = (main_start, new_end);
                        }
                    }
                } else if i != last
                    && slice(line, end, next_start)
                        .iter()
                        .any(|&c| !is_py_space(c))
                {
                    // "Text in column margin".
                    return None;
                }
            }
        }
        Some(())
    }

    /// `init_row`'s check that a span starts and ends on column edges.
    fn check_alignment(&self, columns: &[(usize, usize)]) -> Option<()> {
        let mut i = 0;
        for &(start, end) in columns {
            if self.columns.get(i)?.0 != start {
                return None;
            }
            while self.columns.get(i)?.1 != end {
                i += 1;
            }
            i += 1;
        }
        Some(())
    }
}

/// `parse_columns`: the runs of `-` of a span line, as (start, end).
fn parse_columns(line: &[char]) -> Vec<(usize, usize)> {
    let mut cols = Vec::new();
    let mut end = 0;
    while let Some(begin) = (end..line.len()).find(|&i| line.get(i) == Some(&'-')) {
        end = (begin..line.len())
            .find(|&i| line.get(i) == Some(&' '))
            .unwrap_or(line.len());
        cols.push((begin, end));
    }
    cols
}

/// `-[ -]*$`.
fn is_span_line(line: &[char]) -> bool {
    line.first() == Some(&'-') && line.iter().all(|&c| c == '-' || c == ' ')
}

fn slice(line: &[char], start: usize, end: usize) -> &[char] {
    let end = end.min(line.len());
    line.get(start.min(end)..end).unwrap_or_default()
}

fn trim_end(line: &[char]) -> &[char] {
    let end = line.len() - line.iter().rev().take_while(|&&c| is_py_space(c)).count();
    line.get(..end).unwrap_or_default()
}
