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

/// The page's example for the doc examples: its first documented code.
struct Example {
    /// `Enum::Variant`.
    variant: String,
    /// Its discriminant.
    index: usize,
    code: String,
    status: Option<u16>,
    message: String,
    /// The statuses of its rows.
    row_statuses: Vec<Option<u16>>,
}

impl Example {
    fn of(input: &Input<'_>) -> Self {
        // A page has a row (the model checks it), so a variant that is not
        // retired.
        let first = input.variants.iter().find(|v| !v.retired);
        Example {
            variant: first.map_or_else(String::new, |v| format!("{}::{}", input.enum_name, v.name)),
            index: first.map_or(0, |v| v.discriminant),
            code: first.map_or_else(String::new, |v| v.entry.code.clone()),
            status: first.and_then(|v| v.entry.status_code),
            message: first.map_or_else(String::new, |v| v.entry.message.clone()),
            row_statuses: first
                .map(|v| v.entry.rows().iter().map(|r| r.status_code).collect())
                .unwrap_or_default(),
        }
    }

    /// A code like the page's own, and certainly not one of them.
    fn unknown_code(&self, input: &Input<'_>) -> String {
        let mut unknown = format!("{}9", self.code);
        while input
            .variants
            .iter()
            .any(|v| v.entry.code.eq_ignore_ascii_case(&unknown))
        {
            unknown.push('9');
        }
        unknown
    }

    /// A status none of the code's rows has: the example of a status that
    /// differs.
    fn other_status(&self) -> u16 {
        [500, 400, 503, 404, 418, 599]
            .into_iter()
            .find(|s| !self.row_statuses.contains(&Some(*s)))
            .unwrap_or(599)
    }

    /// The status as the status type writes it.
    fn status_value(&self, statuses: Statuses) -> String {
        match (statuses, self.status) {
            (Statuses::Every, Some(s)) => s.to_string(),
            (_, Some(s)) => format!("Some({s})"),
            (_, None) => "None".to_string(),
        }
    }
}

/// The doc prose that depends on the status type: `status_doc`,
/// `retry_doc` and `no_status`.
fn prose(statuses: Statuses) -> [(&'static str, &'static str); 3] {
    match statuses {
        Statuses::Every => [
            ("status_doc", "The HTTP status the API answers with."),
            (
                "retry_doc",
                ": a status below 400 counts as a client error.",
            ),
            ("no_status", ""),
        ],
        Statuses::Optional => [
            (
                "status_doc",
                "The HTTP status the API answers with, if the page gives one.",
            ),
            (
                "retry_doc",
                "; `None` without one, a client error below 400.",
            ),
            (
                "no_status",
                " (or a code the documentation gives no status)",
            ),
        ],
    }
}

impl Values {
    pub(super) fn new(input: &Input<'_>) -> Self {
        let example = Example::of(input);
        let mut pairs = vec![
            ("first", example.variant.clone()),
            ("first_index", example.index.to_string()),
            ("code", format!("{:?}", example.code)),
            (
                "code_lower",
                format!("{:?}", example.code.to_ascii_lowercase()),
            ),
            ("unknown", format!("{:?}", example.unknown_code(input))),
            ("message", format!("{:?}", example.message)),
            ("status_value", example.status_value(input.statuses)),
            ("status", example.status.unwrap_or(400).to_string()),
            ("other_status", example.other_status().to_string()),
            (
                "spec_path",
                format!("{:?}", input.provenance.spec_path.as_str()),
            ),
            (
                "path",
                input.settings.doctest_path.clone().unwrap_or_default(),
            ),
        ];
        pairs.extend(
            prose(input.statuses)
                .into_iter()
                .map(|(name, text)| (name, text.to_string())),
        );
        Values {
            enum_name: input.enum_name.to_string(),
            path: input.settings.doctest_path.clone(),
            every_first_row_has_status: example.row_statuses.iter().all(Option::is_some),
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
