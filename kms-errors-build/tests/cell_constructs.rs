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

use kms_errors_build::__internal::rst::blocks::cell_text;
use serde_json::Value;

#[test]
fn cell_constructs_render_and_report_as_docutils_does() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/docutils/cell_constructs.json"
    );
    let fixture: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    let mut failures = Vec::new();
    let (mut flagged, mut unsupported) = (0, 0);
    for case in cases {
        let input = case["input"].as_str().unwrap();
        let expected = case["expected"].as_str().unwrap();
        let messages = case["messages"].as_array().unwrap();
        let (text, problems) = cell_text(input);
        let docutils_flags = !messages.is_empty();
        flagged += usize::from(docutils_flags);
        let only_unsupported = !problems.is_empty() && problems.iter().all(|p| p.unsupported);
        unsupported += usize::from(!docutils_flags && only_unsupported);
        let why = if text != expected {
            Some("text differs")
        } else if docutils_flags && problems.is_empty() {
            Some("docutils reports a problem, we do not")
        } else if !docutils_flags && !problems.is_empty() && !only_unsupported {
            Some("we report a problem, docutils does not")
        } else {
            None
        };
        if let Some(why) = why {
            failures.push(format!(
                "{why}\ninput:    {input:?}\nexpected: {expected:?}\nours:     {text:?}\ndocutils: {messages:?}\nproblems: {problems:?}"
            ));
        }
    }
    println!(
        "cell constructs identical to docutils: {}/{} ({flagged} reported by docutils, {unsupported} unsupported)",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} constructs differ from docutils:\n\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n\n")
    );
}
