//! Grid tables nested in cells, found as docutils finds them: each cell is
//! a document of its own.

use crate::document::{find_grid_tables, FoundTable};

/// Every grid table of the document including those nested in cells, each
/// enclosing table before the tables in its cells (cells in row order).
/// Positions of nested tables are in document terms too.
pub fn find_all_grid_tables(lines: &[String]) -> Vec<FoundTable> {
    let mut all = Vec::new();
    for table in find_grid_tables(lines) {
        push_with_nested(table, &mut all);
    }
    all
}

fn push_with_nested(table: FoundTable, all: &mut Vec<FoundTable>) {
    let mut nested = Vec::new();
    if let Ok(grid) = &table.table {
        for cell in grid.header.iter().chain(&grid.body).flatten().flatten() {
            // docutils parses each cell as a document of its own.
            let cell_lines: Vec<String> = cell.text.split('\n').map(str::to_string).collect();
            for mut inner in find_grid_tables(&cell_lines) {
                inner.first_line += table.first_line + cell.text_line - 1;
                inner.indent += table.indent + cell.block_column;
                nested.push(inner);
            }
        }
    }
    all.push(table);
    for inner in nested {
        push_with_nested(inner, all);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    #[test]
    fn nested_tables_come_after_their_table() {
        let doc = include_str!("../testdata/nested/nested_tables_come_after_their_table.rst");
        let found = find_all_grid_tables(&split_lines(doc));
        assert_eq!(found.len(), 2);
        assert_eq!((found[1].first_line, found[1].indent), (2, 2));
        assert_eq!(
            found[1].table.as_ref().unwrap().body[0][0]
                .as_ref()
                .unwrap()
                .text,
            "a"
        );
    }
}
