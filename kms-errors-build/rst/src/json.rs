//! The `tables` command's output: every grid table of a document as JSON,
//! in the format of docutils-derived `*.tables.json` files (see the README
//! of `tests/fixtures/otc`).

use crate::document::FoundTable;
use crate::grid::{GridTable, Row};

/// A JSON array, one object per table (one line each), with the keys
/// `first_line`, `indent`, `n_lines`, `colwidths`, `header`, `body`; a cell
/// is `{"text", "morerows", "morecols", "line_offset"}` or `null` where a
/// span covers the position. Tables that failed to parse are not listed
/// (callers report them as errors).
///
/// ```
/// use kms_errors_rst::{self as rst, json::tables_json};
/// let lines = rst::lines::split_lines("+---+\n| a |\n+---+\n");
/// let json = tables_json(&kms_errors_rst::find_all_grid_tables(&lines));
/// assert_eq!(json, "[\n{\"first_line\":1,\"indent\":0,\"n_lines\":3,\"colwidths\":[3],\"header\":[],\
///     \"body\":[[{\"text\":\"a\",\"morerows\":0,\"morecols\":0,\"line_offset\":1}]]}\n]\n");
/// ```
pub fn tables_json(tables: &[FoundTable]) -> String {
    let objects: Vec<String> = tables
        .iter()
        .filter_map(|t| t.table.as_ref().ok().map(|grid| table_object(t, grid)))
        .collect();
    if objects.is_empty() {
        "[]\n".to_string()
    } else {
        format!("[\n{}\n]\n", objects.join(",\n"))
    }
}

fn table_object(found: &FoundTable, grid: &GridTable) -> String {
    let widths: Vec<String> = grid.colwidths.iter().map(usize::to_string).collect();
    format!(
        "{{\"first_line\":{},\"indent\":{},\"n_lines\":{},\"colwidths\":[{}],\"header\":{},\"body\":{}}}",
        found.first_line,
        found.indent,
        found.n_lines,
        widths.join(","),
        rows(&grid.header),
        rows(&grid.body)
    )
}

fn rows(rows: &[Row]) -> String {
    let rows: Vec<String> = rows
        .iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .map(|cell| match cell {
                    None => "null".to_string(),
                    Some(c) => format!(
                        "{{\"text\":{},\"morerows\":{},\"morecols\":{},\"line_offset\":{}}}",
                        string(&c.text),
                        c.morerows,
                        c.morecols,
                        c.line_offset
                    ),
                })
                .collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    format!("[{}]", rows.join(","))
}

/// A JSON string literal (RFC 8259): quotes, backslashes and control
/// characters escaped, everything else as UTF-8.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::string;

    #[test]
    fn strings_are_escaped() {
        assert_eq!(string("a\"b\\c\nd\u{1}é"), r#""a\"b\\c\nd\u0001é""#);
    }
}
