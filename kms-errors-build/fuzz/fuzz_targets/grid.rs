//! The grid-table parser on arbitrary text: tables are found, parsed or
//! rejected with a located error, never a panic, and what parses is
//! consistent.
#![no_main]

use kms_errors_rst::find_all_grid_tables;
use kms_errors_rst::json::tables_json;
use kms_errors_rst::lines::split_lines;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let lines = split_lines(text);
    let tables = find_all_grid_tables(&lines);
    for table in &tables {
        match &table.table {
            Err(err) => {
                let (line, column, message) = table.describe(err);
                assert!(line >= 1 && column >= 1 && !message.is_empty());
            }
            Ok(grid) => {
                let ncols = grid.colwidths.len();
                for row in grid.header.iter().chain(&grid.body) {
                    assert_eq!(row.len(), ncols);
                    for cell in row.iter().flatten() {
                        assert!(cell.line_offset < table.n_lines);
                        assert!(cell.text_line >= cell.line_offset);
                    }
                }
            }
        }
    }
    let _ = tables_json(&tables);
});
