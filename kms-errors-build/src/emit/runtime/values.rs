//! The page's values for the templates' `$name` placeholders: the doc
//! examples are written with the page's own codes (its first documented
//! code, a code not on the page, its status and message), and run as
//! doctests where the builder knows the module's path.

use super::super::{Input, Statuses};
use super::TEMPLATE_ENUM;

/// What the placeholders stand for, for one page.
pub(super) struct Values {
    /// The enum's name.
    enum_name: String,
    /// The path the examples import from (`use PATH::…`), if known.
    path: Option<String>,
    /// Whether every row of the first documented code has a status: a row
    /// without one matches any status, so no status differs from it.
    every_first_row_has_status: bool,
    /// `(name, value)`, each value Rust source or text as the template
    /// needs it.
    pairs: Vec<(&'static str, String)>,
}

impl Values {
    pub(super) fn new(input: &Input<'_>) -> Self {
        // A page has a row (the model checks it), so a variant that is not
        // retired.
        let first = input.variants.iter().find(|v| !v.retired);
        let index = first.map_or(0, |v| v.discriminant);
        let (code, status, message) = first.map_or_else(
            || (String::new(), None, String::new()),
            |v| {
                (
                    v.entry.code.clone(),
                    v.entry.status_code,
                    v.entry.message.clone(),
                )
            },
        );
        let variant = first.map_or_else(String::new, |v| v.name.clone());
        // A code like the page's own, and certainly not one of them.
        let mut unknown = format!("{code}9");
        while input
            .variants
            .iter()
            .any(|v| v.entry.code.eq_ignore_ascii_case(&unknown))
        {
            unknown.push('9');
        }
        let status_value = match (input.statuses, status) {
            (Statuses::Every, Some(s)) => s.to_string(),
            (_, Some(s)) => format!("Some({s})"),
            (_, None) => "None".to_string(),
        };
        let status_doc = match input.statuses {
            Statuses::Every => "The HTTP status the API answers with.",
            Statuses::Optional => "The HTTP status the API answers with, if the page gives one.",
        };
        let retry_doc = match input.statuses {
            Statuses::Every => ": a status below 400 counts as a client error.",
            Statuses::Optional => "; `None` without one, a client error below 400.",
        };
        // A status none of the first code's rows has: the example of a
        // status that differs.
        let row_statuses: Vec<Option<u16>> = first
            .map(|v| v.entry.rows().iter().map(|r| r.status_code).collect())
            .unwrap_or_default();
        let other_status = [500, 400, 503, 404, 418, 599]
            .into_iter()
            .find(|s| !row_statuses.contains(&Some(*s)))
            .unwrap_or(599);
        let no_status = match input.statuses {
            Statuses::Every => "",
            Statuses::Optional => " (or a code the documentation gives no status)",
        };
        let pairs = vec![
            ("first", format!("{}::{variant}", input.enum_name)),
            ("first_index", index.to_string()),
            ("code", format!("{code:?}")),
            ("code_lower", format!("{:?}", code.to_ascii_lowercase())),
            ("unknown", format!("{unknown:?}")),
            ("message", format!("{message:?}")),
            ("status_value", status_value),
            ("status", status.unwrap_or(400).to_string()),
            ("other_status", other_status.to_string()),
            ("status_doc", status_doc.to_string()),
            ("retry_doc", retry_doc.to_string()),
            ("no_status", no_status.to_string()),
            (
                "spec_path",
                format!("{:?}", input.provenance.spec_path.as_str()),
            ),
            (
                "path",
                input.settings.doctest_path.clone().unwrap_or_default(),
            ),
        ];
        Values {
            enum_name: input.enum_name.to_string(),
            path: input.settings.doctest_path.clone(),
            every_first_row_has_status: row_statuses.iter().all(Option::is_some),
            pairs,
        }
    }

    /// `text` with the template's enum name and every `$name` replaced, in
    /// one pass (what they are replaced by is not read again).
    pub(super) fn text(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find(['$', 'S']) {
            let (before, from) = rest.split_at(at);
            out.push_str(before);
            if let Some(after) = from.strip_prefix(TEMPLATE_ENUM) {
                out.push_str(&self.enum_name);
                rest = after;
                continue;
            }
            let name_len = from
                .get(1..)
                .unwrap_or_default()
                .bytes()
                .take_while(|b| b.is_ascii_lowercase() || *b == b'_')
                .count();
            let name = from.get(1..1 + name_len).unwrap_or_default();
            match self.pairs.iter().find(|(n, _)| *n == name) {
                Some((_, value)) if from.starts_with('$') => {
                    out.push_str(value);
                    rest = from.get(1 + name_len..).unwrap_or_default();
                }
                _ => {
                    let (first, after) = from.split_at(1);
                    out.push_str(first);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// One doc line of a template for the page (`None`: the line goes):
    /// without a doctest path an example's fence becomes `ignore` and its
    /// import goes; a line showing a status that differs from the first
    /// code's goes where a row of that code has none (it matches any).
    pub(super) fn doc_line(&self, line: &str, in_code: bool) -> Option<String> {
        let trimmed = line.trim();
        if trimmed == "```" && !in_code && self.path.is_none() {
            return Some(line.replacen("```", "```ignore", 1));
        }
        if in_code && self.path.is_none() && trimmed.starts_with("use $path::") {
            return None;
        }
        if in_code && !self.every_first_row_has_status && line.contains("$other_status") {
            return None;
        }
        Some(self.text(line))
    }
}
