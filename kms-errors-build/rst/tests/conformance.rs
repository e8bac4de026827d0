//! Our grid-table parser against docutils 0.19, field by field, on every
//! grid-table case of docutils' own test suite and on every grid table of
//! the vendored Open Telekom Cloud error-code pages. The expected
//! structures were produced by docutils itself (see the fixtures' READMEs).

use std::path::{Path, PathBuf};

use kms_errors_rst::document::FoundTable;
use kms_errors_rst::find_all_grid_tables;
use kms_errors_rst::grid::{self, GridTable, Row};
use kms_errors_rst::json::tables_json;
use kms_errors_rst::lines::split_lines;
use serde_json::{json, Value};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn docutils_cases() -> Vec<Value> {
    let text = std::fs::read_to_string(fixtures().join("docutils/grid_cases.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn rows_json(rows: &[Row]) -> Value {
    Value::Array(
        rows.iter()
            .map(|row| {
                Value::Array(
                    row.iter()
                        .map(|cell| match cell {
                            None => Value::Null,
                            Some(c) => json!({
                                "text": c.text,
                                "morerows": c.morerows,
                                "morecols": c.morecols,
                                "line_offset": c.line_offset,
                            }),
                        })
                        .collect(),
                )
            })
            .collect(),
    )
}

fn structure(grid: &GridTable) -> Value {
    json!({"colwidths": grid.colwidths, "header": rows_json(&grid.header), "body": rows_json(&grid.body)})
}

fn expected_structure(expected: &Value) -> Value {
    json!({"colwidths": expected["colwidths"], "header": expected["header"], "body": expected["body"]})
}

/// `docutils.parsers.rst.tableparser.GridTableParser().parse(block)` with
/// the block given verbatim: the 11 cases of `test_TableParser.py`.
#[test]
fn table_parser_cases() {
    let cases: Vec<Value> = docutils_cases()
        .into_iter()
        .filter(|c| {
            c["kind"]
                .as_str()
                .unwrap()
                .starts_with("GridTableParser.parse")
        })
        .collect();
    assert_eq!(cases.len(), 11);
    let mut identical = 0;
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let block: Vec<Vec<char>> = split_lines(case["input"].as_str().unwrap())
            .iter()
            .map(|l| l.chars().collect())
            .collect();
        let result = grid::parse(&block);
        let expected = &case["expected"];
        if case["expect_error"].as_bool().unwrap() {
            let err = result.expect_err(name);
            assert_eq!(err.message, expected["error"].as_str().unwrap(), "{name}");
            assert_eq!(
                err.line as u64,
                expected["offset"].as_u64().unwrap(),
                "{name}"
            );
        } else {
            let grid = result.unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert_eq!(structure(&grid), expected_structure(expected), "{name}");
        }
        identical += 1;
    }
    println!(
        "docutils TableParser cases identical: {identical}/{}",
        cases.len()
    );
}

/// Blocks given verbatim to docutils 0.19's `GridTableParser` that its
/// test suite lacks (`tools/grid_parser_cases.py`): a head/body separator
/// on the first line counts as absent there (`if self.head_body_sep:`), so
/// a later one is the separator.
#[test]
fn head_body_separator_cases() {
    let text = std::fs::read_to_string(fixtures().join("docutils/grid_parser_cases.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(cases.len(), 5);
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let block: Vec<Vec<char>> = split_lines(case["input"].as_str().unwrap())
            .iter()
            .map(|l| l.chars().collect())
            .collect();
        let result = grid::parse(&block);
        let expected = &case["expected"];
        if case["expect_error"].as_bool().unwrap() {
            let err = result.expect_err(name);
            assert_eq!(err.message, expected["error"].as_str().unwrap(), "{name}");
            assert_eq!(
                err.line as u64,
                expected["offset"].as_u64().unwrap(),
                "{name}"
            );
        } else {
            let grid = result.unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert_eq!(structure(&grid), expected_structure(expected), "{name}");
        }
    }
}

/// Whole documents of docutils' test suite: the tables our document scan
/// finds (nested ones included) are the ones docutils' state machine
/// isolates, with the same structure or the same rejection.
#[test]
fn document_cases() {
    let cases = docutils_cases();
    let documents: Vec<&Value> = cases.iter().filter(|c| c["kind"] == "document").collect();
    let isolated: Vec<&Value> = cases
        .iter()
        .filter(|c| c["kind"].as_str().unwrap().starts_with("isolated"))
        .collect();
    assert_eq!((documents.len(), isolated.len()), (25, 27));
    let mut identical = 0;
    let mut rejected_alike = 0;
    for document in &documents {
        let name = document["name"].as_str().unwrap();
        let found = find_all_grid_tables(&split_lines(document["document"].as_str().unwrap()));
        assert_eq!(
            found.len() as u64,
            document["n_grid_tables"].as_u64().unwrap(),
            "{name}: tables found"
        );
        for case in isolated.iter().filter(|c| c["document_name"] == name) {
            let case_name = case["name"].as_str().unwrap();
            let first_line = case["first_line"].as_u64().unwrap() as usize;
            let table: &FoundTable = found
                .iter()
                .find(|t| t.first_line == first_line)
                .unwrap_or_else(|| panic!("{case_name}: no table at line {first_line}"));
            let expected = &case["expected"];
            match &table.table {
                Err(err) => {
                    assert!(
                        case["expect_error"].as_bool().unwrap(),
                        "{case_name}: {err:?}"
                    );
                    let docutils = expected["error"].as_str().unwrap();
                    let docutils = docutils
                        .strip_prefix("isolate_grid_table rejected the block: ")
                        .unwrap_or(docutils);
                    let (line, column, message) = table.describe(err);
                    assert!(
                        message.starts_with(docutils),
                        "{case_name}: {message} vs {docutils}"
                    );
                    // docutils reports these at the table's first line.
                    assert_eq!(
                        (line, column),
                        (first_line, table.indent + 1),
                        "{case_name}"
                    );
                    rejected_alike += 1;
                }
                Ok(grid) => {
                    assert!(
                        !case["expect_error"].as_bool().unwrap(),
                        "{case_name}: accepted"
                    );
                    assert_eq!(structure(grid), expected_structure(expected), "{case_name}");
                    identical += 1;
                }
            }
        }
    }
    assert_eq!((identical, rejected_alike), (25, 2));
    println!(
        "docutils document tables: {identical}/25 identical, {rejected_alike}/2 malformed rejected at docutils' line"
    );
}

/// Every grid table of every vendored OTC page, compared with docutils'
/// parse in the `*.tables.json` beside it — through the JSON that the
/// `tables` command prints.
#[test]
fn otc_corpus_pages() {
    let mut pages = Vec::new();
    collect_rst(&fixtures().join("otc"), &mut pages);
    pages.sort();
    assert_eq!(pages.len(), 51);
    let mut tables = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        let found = find_all_grid_tables(&split_lines(&text));
        assert!(found.iter().all(|t| t.table.is_ok()), "{}", page.display());
        let ours: Value = serde_json::from_str(&tables_json(&found)).unwrap();
        let mut reference = page.clone().into_os_string();
        reference.push(".tables.json");
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&reference).unwrap()).unwrap();
        let (ours, expected) = (ours.as_array().unwrap(), expected.as_array().unwrap());
        assert_eq!(ours.len(), expected.len(), "{}", page.display());
        for (a, b) in ours.iter().zip(expected) {
            for key in [
                "first_line",
                "indent",
                "n_lines",
                "colwidths",
                "header",
                "body",
            ] {
                assert_eq!(
                    a[key],
                    b[key],
                    "{} table at line {}: {key}",
                    page.display(),
                    b["first_line"]
                );
            }
            tables += 1;
        }
    }
    assert_eq!(tables, 104);
    println!(
        "OTC corpus tables identical: {tables}/104 in {} pages",
        pages.len()
    );
}

fn collect_rst(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rst(&path, out);
        } else if path.extension().is_some_and(|e| e == "rst") {
            out.push(path);
        }
    }
}
