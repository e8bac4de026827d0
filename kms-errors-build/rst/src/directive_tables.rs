//! Tables inside a cell: simple tables, and the table directives
//! `table`, `csv-table`, `list-table` with the checks docutils makes of
//! their content.

use super::blocks::{Origin, Renderer};
use super::csv;
use super::directive_block::{has_option, option, Parsed};
use super::directives::Directive;
use super::lines::{is_blank, is_py_space, skip_blank};
use super::markers::{bullet_marker, list_item_body};
use super::simple_table;

impl Renderer {
    /// A simple table (`=====  =====` borders): its cells, each rendered.
    pub(super) fn simple_table(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        if !simple_table::is_top(lines.get(start)?) {
            return None;
        }
        let (cells, next) = simple_table::cells(lines, start);
        let mut out = Vec::new();
        match cells {
            Some(cells) => {
                for cell in cells {
                    let cell_lines: Vec<&str> = cell.split('\n').collect();
                    // Cells are not located line by line: problems in them are
                    // given at the table's first line.
                    out.extend(self.render(&cell_lines, at.down(start)));
                }
            }
            None => self.problem(at.down(start), "malformed simple table".to_string()),
        }
        Some((out, next))
    }

    /// `table`: the title, then the cells of the one table the content
    /// must be.
    pub(super) fn table(
        &mut self,
        d: &Directive,
        parsed: &Parsed,
        mut out: Vec<String>,
        here: Origin,
    ) -> Option<Vec<String>> {
        let content: Vec<&str> = parsed.content.iter().map(String::as_str).collect();
        // Exactly one table: a table line first, and nothing after it.
        match table_end(&content) {
            Some(end)
                if content
                    .get(end..)
                    .unwrap_or_default()
                    .iter()
                    .all(|l| is_blank(l)) =>
            {
                out.extend(self.render(&content, parsed.content_at));
                Some(out)
            }
            _ => {
                self.problem(
                    here,
                    format!("error parsing content block for the \"{}\" directive: exactly one table expected", d.name),
                );
                None
            }
        }
    }

    /// `csv-table`: the title, then each cell's blocks (header first).
    pub(super) fn csv_table(
        &mut self,
        parsed: &Parsed,
        mut out: Vec<String>,
        here: Origin,
    ) -> Option<Vec<String>> {
        if has_option(parsed, "file") || has_option(parsed, "url") {
            self.unsupported(
                here,
                "csv-table",
                "its text would be read from a file, which the generator never does",
            );
            return None;
        }
        if parsed.content.is_empty() {
            self.problem(
                here,
                "the \"csv-table\" directive requires content; none supplied".to_string(),
            );
            return None;
        }
        let dialect = match csv::Dialect::from_options(&parsed.options) {
            Ok(dialect) => dialect,
            Err(message) => {
                self.problem(here, format!("error in \"csv-table\" directive: {message}"));
                return None;
            }
        };
        let mut rows = Vec::new();
        let mut body_rows = 0;
        for (source, header) in [
            (option(parsed, "header").map(str::to_string), true),
            (Some(parsed.content.join("\n")), false),
        ] {
            let Some(source) = source else { continue };
            match csv::parse(&source, &dialect) {
                Ok(mut parsed_rows) => {
                    if !header {
                        body_rows = parsed_rows.len();
                    }
                    rows.append(&mut parsed_rows);
                }
                Err(message) => {
                    self.problem(
                        here,
                        format!("error with CSV data in \"csv-table\" directive: {message}"),
                    );
                    return None;
                }
            }
        }
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        let content_rows = rows.get(rows.len() - body_rows..).unwrap_or_default();
        let lengths: Vec<usize> = content_rows.iter().map(Vec::len).collect();
        if let Err(detail) = check_table(parsed, "csv-table", &lengths, columns) {
            self.problem(here, detail);
            return None;
        }
        for cell in rows.iter().flatten() {
            let lines: Vec<&str> = cell.split('\n').collect();
            out.extend(self.render(&lines, parsed.content_at));
        }
        Some(out)
    }

    /// `list-table`: the title, then each cell's blocks; the content must
    /// be one bullet list of bullet lists of the same length.
    pub(super) fn list_table(
        &mut self,
        parsed: &Parsed,
        mut out: Vec<String>,
        here: Origin,
    ) -> Option<Vec<String>> {
        let fail = |this: &mut Self, detail: String| {
            this.problem(
                here,
                format!("error parsing content block for the \"list-table\" directive: {detail}"),
            );
            None
        };
        let Some(rows) = bullet_items(&parsed.content) else {
            return fail(self, "exactly one bullet list expected".to_string());
        };
        let mut cells_per_row = None;
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            let Some(row_cells) = bullet_items(row) else {
                return fail(
                    self,
                    format!("two-level bullet list expected, but row {} does not contain a second-level bullet list", r + 1),
                );
            };
            match cells_per_row {
                None => cells_per_row = Some(row_cells.len()),
                Some(n) if n != row_cells.len() => {
                    return fail(
                        self,
                        format!("uniform two-level bullet list expected, but row {} does not contain the same number of items as row 1 ({} vs {n})", r + 1, row_cells.len()),
                    );
                }
                Some(_) => {}
            }
            cells.extend(row_cells);
        }
        let columns = cells_per_row.unwrap_or(0);
        let lengths = vec![columns; rows.len()];
        if let Err(detail) = check_table(parsed, "list-table", &lengths, columns) {
            self.problem(here, detail);
            return None;
        }
        for cell in cells {
            out.extend(self.render_owned(&cell, parsed.content_at));
        }
        Some(out)
    }
}

/// docutils' `check_table_dimensions` and `get_column_widths` for a
/// `csv-table` or `list-table` whose body rows have `lengths` cells, in a
/// table of `columns` columns.
fn check_table(
    parsed: &Parsed,
    name: &str,
    lengths: &[usize],
    columns: usize,
) -> Result<(), String> {
    let number = |option_name: &str| {
        option(parsed, option_name)
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(0)
    };
    let (header_rows, stub_columns) = (number("header-rows"), number("stub-columns"));
    if lengths.len() < header_rows || (header_rows > 0 && lengths.len() == header_rows) {
        return Err(format!(
            "{header_rows} header row(s) specified but only {} row(s) of data supplied (\"{name}\" directive)",
            lengths.len()
        ));
    }
    if lengths
        .iter()
        .any(|&n| n < stub_columns || (stub_columns > 0 && n == stub_columns))
    {
        return Err(format!(
            "{stub_columns} stub column(s) specified but only {columns} column(s) of data supplied (\"{name}\" directive)"
        ));
    }
    if let Some(widths) = option(parsed, "widths").filter(|w| !matches!(*w, "auto" | "grid")) {
        let count = widths
            .split(|c: char| c == ',' || is_py_space(c))
            .filter(|w| !w.is_empty())
            .count();
        if count != columns {
            return Err(format!(
                "\"{name}\" widths do not match the number of columns in table ({columns})"
            ));
        }
    }
    if columns == 0 {
        return Err("no table data detected in CSV file".to_string());
    }
    Ok(())
}

/// Where the table at the top of `content` ends, if it is a table docutils
/// accepts.
fn table_end(content: &[&str]) -> Option<usize> {
    let first = content.first()?;
    if super::grid::is_top_border(&first.chars().collect::<Vec<_>>()) {
        let owned: Vec<String> = content.iter().map(|l| l.to_string()).collect();
        let (table, next) = super::isolate::grid_table_at(&owned, 0);
        return table.is_ok().then_some(next);
    }
    if !super::simple_table::is_top(first) {
        return None;
    }
    let (cells, next) = super::simple_table::cells(content, 0);
    cells.map(|_| next)
}

/// The items of the bullet list that is all of `lines` (blank lines
/// around it allowed), each item's body; `None` if `lines` are not one
/// bullet list.
fn bullet_items(lines: &[String]) -> Option<Vec<Vec<String>>> {
    let borrowed: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut i = skip_blank(&borrowed, 0);
    let (marker, _) = bullet_marker(borrowed.get(i)?)?;
    let mut items = Vec::new();
    while let Some((m, column)) = borrowed.get(i).and_then(|l| bullet_marker(l)) {
        if m != marker {
            return None;
        }
        let (body, end) = list_item_body(&borrowed, i, column);
        items.push(body);
        i = skip_blank(&borrowed, end);
    }
    (i >= borrowed.len()).then_some(items)
}
