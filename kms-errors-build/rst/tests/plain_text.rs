//! Cell text as plain text, against what docutils 0.19 renders: every
//! distinct cell of the vendored error-code tables, plus one hand-written
//! case per inline-markup rule (`tests/fixtures/plain_text.json`, made by
//! `tools/plain_text_fixture.py`).

use serde_json::Value;

mod common;

#[test]
fn cells_render_as_docutils_renders_them() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/plain_text.json"
    );
    let fixture: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    let failures = common::plain_text_failures(cases);
    println!(
        "plain text identical to docutils: {}/{}",
        cases.len() - failures.len(),
        cases.len()
    );
    common::assert_none_differ("cells", &failures, 15);
}
