//! What several test files share.
// Each test file uses part of this module.
#![allow(dead_code)]

use kms_errors_rst::blocks::{cell_text, plain_text};
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

/// How cells (`{"input", "expected", "messages"}`) compare with docutils:
/// the disagreements, described; how many cells docutils reports problems
/// for; how many only we report (all of them unsupported directives); and
/// how many hold an unsupported directive whose text differs.
pub struct CellComparison {
    pub failures: Vec<String>,
    pub reported: usize,
    pub only_ours: usize,
    pub unsupported_text_differs: usize,
}

/// Compares each cell's text and whether a problem is reported. Where we
/// report an unsupported directive, the text is compared only if
/// `unsupported_text` (docutils may move a `header`'s text out of the
/// cell).
pub fn compare_cells(cases: &[Value], unsupported_text: bool) -> CellComparison {
    let mut result = CellComparison {
        failures: Vec::new(),
        reported: 0,
        only_ours: 0,
        unsupported_text_differs: 0,
    };
    for case in cases {
        let input = case["input"].as_str().unwrap();
        let expected = case["expected"].as_str().unwrap();
        let messages = case["messages"].as_array().unwrap();
        let (text, problems) = cell_text(input);
        result.reported += usize::from(!messages.is_empty());
        let only_unsupported = !problems.is_empty() && problems.iter().all(|p| p.unsupported);
        result.only_ours += usize::from(messages.is_empty() && only_unsupported);
        let unsupported = problems.iter().any(|p| p.unsupported);
        result.unsupported_text_differs += usize::from(unsupported && text != expected);
        let why = if text != expected && (unsupported_text || !unsupported) {
            "text differs"
        } else if !messages.is_empty() && problems.is_empty() {
            "docutils reports a problem, we do not"
        } else if messages.is_empty() && !problems.is_empty() && !only_unsupported {
            "we report a problem, docutils does not"
        } else {
            continue;
        };
        result.failures.push(format!(
            "{why}\ninput:    {input:?}\nexpected: {expected:?}\nours:     {text:?}\ndocutils: {messages:?}\nproblems: {problems:?}"
        ));
    }
    result
}
