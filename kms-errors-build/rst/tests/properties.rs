//! Properties over random input (proptest, a fixed seed and a bounded
//! number of cases so that CI stays fast): random cells and widths, drawn
//! as a grid table, parse back to the same cells.

use kms_errors_rst::grid;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x6b6d_735f_6572_7273),
        ..ProptestConfig::default()
    })]

    /// Random cells and widths, drawn as a grid table, parse back to the
    /// same cells.
    #[test]
    fn random_grid_tables_parse_back(
        rows in proptest::collection::vec(proptest::collection::vec("[a-z0-9 .*_`-]{0,12}", 3), 1..6),
        extra in proptest::collection::vec(0usize..4, 3),
    ) {
        let widths: Vec<usize> = (0..3)
            .map(|c| rows.iter().map(|r| r[c].trim().len()).max().unwrap_or(0) + 2 + extra[c])
            .collect();
        let border: String = widths.iter().fold("+".to_string(), |mut s, w| { s.push_str(&"-".repeat(*w)); s.push('+'); s });
        let mut lines = vec![border.clone()];
        for row in &rows {
            let mut line = "|".to_string();
            for (cell, w) in row.iter().zip(&widths) {
                let cell = cell.trim();
                line.push(' ');
                line.push_str(cell);
                line.push_str(&" ".repeat(w - 1 - cell.len()));
                line.push('|');
            }
            lines.push(line);
            lines.push(border.clone());
        }
        let block: Vec<Vec<char>> = lines.iter().map(|l| l.chars().collect()).collect();
        let table = grid::parse(&block).unwrap();
        prop_assert_eq!(table.colwidths, widths);
        for (row, parsed) in rows.iter().zip(&table.body) {
            for (cell, parsed) in row.iter().zip(parsed) {
                prop_assert_eq!(&parsed.as_ref().unwrap().text, cell.trim());
            }
        }
    }

}
