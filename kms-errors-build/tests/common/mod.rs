//! What several test files share.

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
