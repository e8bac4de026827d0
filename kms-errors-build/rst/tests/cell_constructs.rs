//! Block constructs in a cell against docutils 0.19: every directive it
//! registers, footnotes, citations, substitutions, definition, field and
//! option lists, doctest blocks, attributions, and the cases the unit tests
//! of `rst::inline` and `rst::blocks` once typed by hand
//! (`tests/fixtures/docutils/cell_constructs.json`, made by
//! `tools/cell_constructs.py`).
//!
//! For each: the plain text is docutils'; where docutils reports a warning
//! or error, we report a problem; where we report one and docutils does
//! not, it is a directive the generator does not show (`include`, `raw` …).

use serde_json::Value;

mod common;

#[test]
fn cell_constructs_render_and_report_as_docutils_does() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/docutils/cell_constructs.json"
    );
    let fixture: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    // Hand-picked cells: the text of unsupported directives is compared too.
    let c = common::compare_cells(cases, true);
    println!(
        "cell constructs identical to docutils: {}/{} ({} reported by docutils, {} unsupported)",
        cases.len() - c.failures.len(),
        cases.len(),
        c.reported,
        c.only_ours
    );
    common::assert_none_differ("constructs", &c.failures, 40);
}
