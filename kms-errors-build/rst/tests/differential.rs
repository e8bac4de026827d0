//! Random inputs against docutils 0.19: documents with random grid tables
//! (some with one character corrupted) and random cell texts, with the
//! answers docutils gave for them (`tests/fixtures/differential`, made by
//! `tools/differential.py`; see CONFORMANCE.md).
//!
//! Set `KMS_DIFFERENTIAL_DIR` to replay fixtures made with another seed.

use std::path::PathBuf;

use kms_errors_rst::document::FoundTable;
use kms_errors_rst::find_all_grid_tables;
use kms_errors_rst::grid::Row;
use kms_errors_rst::lines::split_lines;
use serde_json::{json, Value};

mod common;

fn fixture(name: &str) -> Value {
    let dir = std::env::var_os("KMS_DIFFERENTIAL_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/differential"),
        PathBuf::from,
    );
    let path = dir.join(name);
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// A row in the fixture's compact cell form `[morerows, morecols,
/// line_offset, text]`.
fn rows_json(rows: &[Row]) -> Value {
    rows.iter()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    None => Value::Null,
                    Some(c) => json!([c.morerows, c.morecols, c.line_offset, c.text]),
                })
                .collect::<Value>()
        })
        .collect()
}

/// What docutils would record for one of our tables.
fn event(table: &FoundTable) -> Value {
    match &table.table {
        Ok(grid) => json!({
            "table": table.first_line,
            "colwidths": grid.colwidths,
            "header": rows_json(&grid.header),
            "body": rows_json(&grid.body),
        }),
        Err(err) => {
            let (line, _, _) = table.describe(err);
            // Table errors carry docutils' detail; edge errors found while
            // isolating the block have none.
            let message = if err.message == "Malformed table." {
                err.message.clone()
            } else {
                format!("Malformed table.\n{}", err.message)
            };
            json!({"malformed": line, "message": message})
        }
    }
}

/// Whether our reading of `document` agrees with docutils' `expected`
/// events; a description of the first difference if not.
fn compare_tables(document: &str, expected: &[Value]) -> Result<(), String> {
    let ours = find_all_grid_tables(&split_lines(document));
    for (i, want) in expected.iter().enumerate() {
        let Some(found) = ours.get(i) else {
            return Err(format!("docutils has event {i} {want}, we have none"));
        };
        if let Some(line) = want.get("crash") {
            // docutils raised AssertionError parsing this table: a located
            // rejection of the same table is the agreeing answer.
            if found.table.is_ok() || json!(found.first_line) != *line {
                return Err(format!(
                    "docutils crashes on the table at line {line}, we have {}",
                    event(found)
                ));
            }
            return Ok(());
        }
        let got = event(found);
        if got != *want {
            return Err(format!("event {i}:\n  docutils {want}\n  ours     {got}"));
        }
    }
    match ours.get(expected.len()) {
        Some(extra) => Err(format!(
            "we have an extra event {}: {}",
            expected.len(),
            event(extra)
        )),
        None => Ok(()),
    }
}

#[test]
fn random_grid_tables_agree_with_docutils() {
    let fixture = fixture("tables.json");
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 1000, "only {} table cases", cases.len());
    let mut failures = Vec::new();
    let (mut tables, mut malformed, mut crashes) = (0, 0, 0);
    for case in cases {
        let document = case["document"].as_str().unwrap();
        let expected = case["expected"].as_array().unwrap();
        for e in expected {
            tables += usize::from(e.get("table").is_some());
            malformed += usize::from(e.get("malformed").is_some());
            crashes += usize::from(e.get("crash").is_some());
        }
        if let Err(why) = compare_tables(document, expected) {
            failures.push(format!("{document}\n{why}"));
        }
    }
    println!(
        "seed {}: {} documents ({tables} tables, {malformed} malformed, {crashes} docutils crashes), {} disagree",
        fixture["seed"],
        cases.len(),
        failures.len()
    );
    common::assert_none_differ("documents", &failures, 10);
}

#[test]
fn random_cells_render_and_report_as_docutils_does() {
    let fixture = fixture("cells.json");
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 10_000, "only {} cell cases", cases.len());
    let c = common::compare_cells(cases, false);
    println!(
        "seed {}: {} cells ({} with problems docutils reports), {} disagree",
        fixture["seed"],
        cases.len(),
        c.reported,
        c.failures.len()
    );
    common::assert_none_differ("cells", &c.failures, 15);
}

#[test]
fn random_block_constructs_render_and_report_as_docutils_does() {
    let fixture = fixture("blocks.json");
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 1000, "only {} block cases", cases.len());
    let c = common::compare_cells(cases, false);
    println!(
        "seed {}: {} block cells ({} with problems docutils reports; {} with an unsupported directive whose text differs, not compared), {} disagree",
        fixture["seed"],
        cases.len(),
        c.reported,
        c.unsupported_text_differs,
        c.failures.len()
    );
    common::assert_none_differ("block cells", &c.failures, 15);
}
