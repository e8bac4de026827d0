//! What several test files share.
// Each test file uses part of this module.
#![allow(dead_code)]

use kms_errors_build::__internal::rst::blocks::plain_text;
use serde_json::Value;

/// The cases (`{"input", "expected"}`) whose plain text differs from the
/// expected one, described for a failure message.
pub fn plain_text_failures(cases: &[Value]) -> Vec<String> {
    cases
        .iter()
        .filter_map(|case| {
            let input = case["input"].as_str().unwrap();
            let expected = case["expected"].as_str().unwrap();
            let ours = plain_text(input);
            (ours != expected)
                .then(|| format!("input:    {input:?}\nexpected: {expected:?}\nours:     {ours:?}"))
        })
        .collect()
}

/// Fails, showing the first `show` of them, if any case of `what`
/// (`"documents"`, `"cells"`) differs from docutils.
pub fn assert_none_differ(what: &str, failures: &[String], show: usize) {
    assert!(
        failures.is_empty(),
        "{} {what} differ from docutils:\n\n{}",
        failures.len(),
        failures[..failures.len().min(show)].join("\n\n")
    );
}
