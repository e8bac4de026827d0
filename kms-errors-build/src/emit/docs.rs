//! The doc comments of generated code: the enum's and each variant's
//! documentation, and page text as Markdown that renders as the same text.

use crate::model::Entry;

use super::Provenance;

/// The spec's path for a Markdown code span, where a backtick would end
/// the span.
pub(super) fn spec_path_in_code(provenance: &Provenance) -> String {
    provenance.spec_path.replace('`', "'")
}

/// The enum's documentation: where it came from and what it holds.
pub(super) fn enum_docs(provenance: &Provenance, documented: usize, count: usize) -> Vec<String> {
    let path = spec_path_in_code(provenance);
    let mut lines = vec![format!(
        "An error code of the API: one variant for each of the {documented} codes of `{path}`."
    )];
    if count > documented {
        lines.push(String::new());
        lines.push(format!(
            "{} more, deprecated, are codes that are no longer in the documentation.",
            count - documented
        ));
    }
    lines.push(String::new());
    lines.push(
        "Each variant's documentation gives the code, the HTTP status, the message, the \
         description and the measure, exactly as the documentation page has them."
            .to_string(),
    );
    lines.push(String::new());
    lines.push(
        "Discriminants never change once a code is pinned in the names file: they \
         follow the order in which codes were first pinned (the page's order at the \
         time), codes added later come after them, and a code that leaves the page \
         keeps its place, deprecated. A reordered page changes nothing. (Without a \
         names file they follow the page's order.) `Ord` and `PartialOrd` (derived), \
         `ALL` and `ERRORS` follow the discriminants; it is not the order of the \
         codes' text."
            .to_string(),
    );
    wrap(lines).into_iter().map(doc_line).collect()
}

pub(super) fn variant_docs(entry: &Entry) -> Vec<String> {
    // The doc line starts with the code and its status, so that the
    // variant list and rustdoc's search results show them.
    let head = format!("`{}` ({})", entry.code, status_text(entry.status_code));
    let mut lines = Vec::new();
    // Each line of the text is a paragraph of its own (see `rst::blocks`):
    // a blank doc line between them.
    for (i, line) in entry.message.split('\n').enumerate() {
        match (i, line.is_empty()) {
            (0, true) => lines.push(head.clone()),
            (0, false) => lines.push(format!("{head}: {}", markdown_line(line))),
            _ => {
                lines.push(String::new());
                lines.push(markdown_line(line));
            }
        }
    }
    // No blank line: a list ends a Markdown paragraph by itself, so the
    // summary is the line above (one doc line fewer per variant).
    lines.extend(field_docs("Description", &entry.description));
    lines.extend(field_docs("Measure", &entry.measure));
    let count = entry.further_rows.len() + 1;
    for (n, row) in entry.further_rows.iter().enumerate() {
        // Every row the page gives, each as the first: `rows()` has them.
        let status = status_text(row.status_code);
        lines.push(String::new());
        lines.push(format!(
            "Row {} of {count} (`rows()[{}]`), {status}:",
            n + 2,
            n + 1
        ));
        lines.push(String::new());
        lines.extend(field_docs("Message", &row.message));
        lines.extend(field_docs("Description", &row.description));
        lines.extend(field_docs("Measure", &row.measure));
    }
    wrap(lines).into_iter().map(doc_line).collect()
}

/// A row's status as the docs give it.
fn status_text(status: Option<u16>) -> String {
    status.map_or_else(|| "no HTTP status".to_string(), |s| format!("HTTP {s}"))
}

/// How wide a doc line's text may be: with a variant's `    /// ` in front,
/// 100 columns.
const DOC_WIDTH: usize = 92;

/// `lines` (Markdown) wrapped to [`DOC_WIDTH`] characters where that keeps
/// the rendered text: a line breaks only at a space outside a code span
/// before a word that starts with a letter, `(` or a code span (none starts
/// a Markdown block),
/// and a list item's continuation is indented to the item. A line of a
/// literal block (leading no-break spaces) stays whole.
fn wrap(lines: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if line.chars().count() <= DOC_WIDTH || line.starts_with('\u{a0}') {
            out.push(line);
            continue;
        }
        // A continuation stays inside its list item: the line's own
        // indentation, and an item's text column.
        let lead = line.len() - line.trim_start_matches(' ').len();
        let item = if line.trim_start_matches(' ').starts_with("- ") {
            2
        } else {
            0
        };
        let indent = " ".repeat(lead + item);
        let indent = indent.as_str();
        let mut current = String::new();
        let mut width = 0;
        let mut in_code = false;
        for (i, word) in line.split(' ').enumerate() {
            let breakable = i > 0
                && !in_code
                && (word.starts_with(|c: char| c.is_alphabetic() || c == '(')
                    || (word.starts_with('`') && !word.starts_with("``")));
            let word_width = word.chars().count();
            if breakable && width + 1 + word_width > DOC_WIDTH {
                out.push(std::mem::take(&mut current));
                current.push_str(indent);
                width = indent.len();
            } else if i > 0 {
                current.push(' ');
                width += 1;
            }
            current.push_str(word);
            width += word_width;
            // A backslash-escaped backtick does not open a code span.
            let ticks = word.matches('`').count() - word.matches("\\`").count();
            in_code ^= ticks % 2 == 1;
        }
        out.push(current);
    }
    out
}

/// A list item for a field; a text of several lines becomes paragraphs
/// inside the item.
fn field_docs(label: &str, text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    match lines.as_slice() {
        [""] => vec![format!("- {label}: (none)")],
        [one] => vec![format!("- {label}: {}", markdown_line(one))],
        many => {
            let mut out = vec![format!("- {label}:")];
            for line in many {
                out.push(String::new());
                out.push(format!("  {}", markdown_line(line)));
            }
            out
        }
    }
}

/// `///` comments are `#[doc = " text"]`: the leading space keeps the
/// rendered comment conventional.
pub(super) fn doc_line(line: String) -> String {
    if line.is_empty() {
        line
    } else {
        format!(" {}", visible_controls(&line))
    }
}

/// `text` with control characters written as escapes (`\u{d}`): a raw
/// carriage return is not allowed in a doc comment, and a raw line break
/// would end a comment line.
pub(super) fn visible_controls(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// One line of page text as Markdown that renders as the same text:
///
/// - every character Markdown could read as syntax is backslash-escaped
///   (CommonMark allows that for any ASCII punctuation), except `_` inside
///   a word, which cannot be emphasis;
/// - a line start that would open a list, heading, quote or rule is
///   escaped, and leading spaces (from literal blocks) become no-break
///   spaces, so they do not make a code block;
/// - URLs (`scheme://…`) become autolinks `<…>`, which rustdoc's
///   `bare_urls` lint asks for and which keep the URL as written.
pub fn markdown_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let indent = chars.iter().take_while(|&&c| c == ' ').count();
    out.extend(std::iter::repeat('\u{a0}').take(indent));
    let mut i = if indent == 0 {
        defuse_line_start(&chars, &mut out)
    } else {
        indent
    };
    while let Some(&c) = chars.get(i) {
        if let Some(end) = url_end(&chars, i) {
            out.push('<');
            out.extend(chars.get(i..end).unwrap_or_default());
            out.push('>');
            i = end;
            continue;
        }
        let alphanumeric_at = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|n| n.is_alphanumeric())
        };
        let intraword =
            c == '_' && alphanumeric_at(i.checked_sub(1)) && alphanumeric_at(Some(i + 1));
        if !intraword
            && matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#'
            )
        {
            out.push('\\');
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Escapes a list marker (`-`, `+`, `=`, `1.`, `2)`) at the start of a line
/// by writing the characters up to and including it to `out`; returns how
/// many characters of the line that took.
fn defuse_line_start(chars: &[char], out: &mut String) -> usize {
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let marker = match chars.get(digits) {
        Some(&c @ ('-' | '+' | '=')) if digits == 0 => Some(c),
        Some(&c @ ('.' | ')'))
            if digits > 0 && matches!(chars.get(digits + 1), None | Some(' ')) =>
        {
            Some(c)
        }
        _ => None,
    };
    let Some(marker) = marker else {
        return 0;
    };
    out.extend(chars.get(..digits).unwrap_or_default());
    out.push('\\');
    out.push(marker);
    digits + 1
}

/// If a URL starts at `i` (`scheme://` after a non-alphanumeric), where it
/// ends: before white space or `<>"'` and without trailing sentence
/// punctuation.
fn url_end(chars: &[char], i: usize) -> Option<usize> {
    let before = i.checked_sub(1).and_then(|j| chars.get(j));
    if before.is_some_and(|c| c.is_alphanumeric())
        || !chars.get(i).is_some_and(char::is_ascii_alphabetic)
    {
        return None;
    }
    let scheme = chars
        .get(i..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
        .count();
    let after = i + scheme;
    if scheme < 2 || chars.get(after..after + 3) != Some(&[':', '/', '/']) {
        return None;
    }
    let mut end = after + 3;
    while chars
        .get(end)
        .is_some_and(|&c| !c.is_whitespace() && !matches!(c, '<' | '>' | '"' | '`'))
    {
        end += 1;
    }
    while end > after + 3
        && matches!(
            chars.get(end - 1),
            Some('.' | ',' | ';' | ':' | '!' | '?' | ')' | '\'' | ']')
        )
    {
        end -= 1;
    }
    (end > after + 3).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_defused() {
        assert_eq!(
            markdown_line("a_b <c> [d](e) `f`"),
            r"a_b \<c\> \[d\](e) \`f\`"
        );
        assert_eq!(markdown_line("_a_ b_ _"), r"\_a\_ b\_ \_");
        assert_eq!(markdown_line("- item"), r"\- item");
        assert_eq!(markdown_line("---"), r"\---");
        assert_eq!(markdown_line("12. item"), r"12\. item");
        assert_eq!(markdown_line("1.5 bits"), "1.5 bits");
        assert_eq!(markdown_line("Plain text."), "Plain text.");
        assert_eq!(markdown_line("  indented"), "\u{a0}\u{a0}indented");
        assert_eq!(
            markdown_line("(see http://x.org/a)"),
            r"(see <http://x.org/a>)"
        );
        assert_eq!(
            markdown_line("hdfs://example.com:8020/"),
            "<hdfs://example.com:8020/>"
        );
        assert_eq!(markdown_line("no://"), "no://");
    }
}

#[cfg(test)]
mod examples {
    use super::*;

    #[test]
    fn markdown_line_example() {
        assert_eq!(
            markdown_line("Set *key_id* to <id>."),
            r"Set \*key_id\* to \<id\>."
        );
        assert_eq!(markdown_line("- item"), r"\- item");
        assert_eq!(
            markdown_line("See https://example.com/a_b."),
            "See <https://example.com/a_b>."
        );
    }
}
