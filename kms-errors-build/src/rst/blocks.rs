//! A cell's content as plain text: the body elements docutils finds in it
//! (paragraphs, lists, literal blocks, admonitions, block quotes), each
//! rendered on its own line.
//!
//! # How cell text is rendered
//!
//! - A **paragraph** is one line: its lines joined, inline markup removed
//!   ([`inline`](super::inline)), white space collapsed to single spaces.
//! - A **bullet list** item is `- ` followed by the item's content; an
//!   **enumerated list** item is its number in the list's style (`1.`,
//!   `a.`, `iv.`; `#.` counts from 1) followed by the content. Blocks inside
//!   an item are joined with a space.
//! - An **admonition** (`.. note::`, `.. warning::` …) is `Note: ` followed
//!   by its content.
//! - A **literal block** (after `::`) keeps its lines; `Text::` before it
//!   becomes `Text:`.
//! - A **block quote** (indented text) contributes its blocks.
//! - A **line block** (`| text`) gives each of its lines; a **field
//!   list** (`:name: body`) gives each field's name, then its body's
//!   blocks; an **option list** (`-o FILE  text`) gives each item's options
//!   as written, then its description's blocks; a **simple table**
//!   (`===  ===`) gives the blocks of each cell in reading order (nothing
//!   when docutils rejects it).
//! - An image shows its `:alt:` text. Comments, targets (`.. _x:`,
//!   `__ uri`) and other directives show nothing (docutils puts an error
//!   message in place of a directive it does not know).
//! - A section title or transition shows nothing: a table cell may not hold
//!   one, and docutils replaces it by an error message. A punctuation line
//!   shorter than four characters (and shorter than the title it would
//!   underline) is text.
//! - A reference to a target defined in the same cell (`` _`name` ``,
//!   `` `name <uri>`_ ``, `.. _name:`) shows its text; other references
//!   stay as written (a name defined twice resolves nothing, as in
//!   docutils).
//! - Blocks are separated by a newline (`\n`).

use super::char_class::{is_combining, is_wide};
use super::simple_table;
use std::collections::BTreeSet;

use super::inline::{inline_text_resolving, normalize_name};
use super::lines::{collapse_white_space, indentation, is_py_space};

/// The plain text a reader sees for the cell text `cell` (as the grid
/// parser returns it: common indentation removed).
///
/// ```
/// use kms_errors_build::__internal::rst::blocks::plain_text;
/// assert_eq!(plain_text("Set the key to\n**Enabled**."), "Set the key to Enabled.");
/// assert_eq!(plain_text("Check:\n\n-  the name\n-  the *format*"), "Check:\n- the name\n- the format");
/// ```
pub fn plain_text(cell: &str) -> String {
    let lines: Vec<&str> = cell.split('\n').collect();
    let mut targets = Targets::default();
    let text = render(&lines, &mut targets).join("\n");
    if targets.found.is_empty() {
        return text;
    }
    // References to targets of the same cell resolve: a second pass knows
    // them all, wherever they stand. A name defined twice resolves nothing
    // (docutils: "Duplicate explicit target name").
    let mut known = BTreeSet::new();
    for (name, uri) in &targets.found {
        let mut same_name = targets.found.iter().filter(|(n, _)| n == name);
        let unique =
            same_name.clone().count() == 1 || (uri.is_some() && same_name.all(|(_, u)| u == uri));
        if unique {
            known.insert(name.clone());
        }
    }
    render(
        &lines,
        &mut Targets {
            known,
            found: Vec::new(),
        },
    )
    .join("\n")
}

/// Hyperlink target names of the cell: those found while rendering (with
/// the URI of an external target), and those references may resolve to.
#[derive(Default)]
struct Targets {
    known: BTreeSet<String>,
    found: Vec<(String, Option<String>)>,
}

impl Targets {
    fn inline(&mut self, paragraph: &str) -> String {
        inline_text_resolving(paragraph, &self.known, &mut self.found)
    }
}

const ADMONITIONS: &[&str] = &[
    "attention",
    "caution",
    "danger",
    "error",
    "hint",
    "important",
    "note",
    "tip",
    "warning",
];

/// `lines[start..end]`, or nothing if that is out of range.
fn span<'l, 'a>(lines: &'l [&'a str], start: usize, end: usize) -> &'l [&'a str] {
    lines.get(start..end).unwrap_or_default()
}

/// The first line from `i` on that is not blank (or `lines.len()`).
fn skip_blank(lines: &[&str], mut i: usize) -> usize {
    while lines.get(i).is_some_and(|l| is_blank(l)) {
        i += 1;
    }
    i
}

fn is_blank(line: &str) -> bool {
    line.chars().all(is_py_space)
}

/// Lines from `start` that belong to an indented block: blank or indented,
/// up to the last indented one. Returns the end (exclusive).
fn indented_end(lines: &[&str], start: usize) -> usize {
    let mut end = start;
    let mut i = start;
    while let Some(&line) = lines.get(i) {
        if !(is_blank(line) || indentation(line) > 0) {
            break;
        }
        i += 1;
        if !is_blank(line) {
            end = i;
        }
    }
    end
}

/// `lines` without their common indentation (blank lines ignored for it).
fn dedent(lines: &[&str]) -> Vec<String> {
    let indent = lines
        .iter()
        .filter(|l| !is_blank(l))
        .map(|l| indentation(l))
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.chars().skip(indent).collect::<String>())
        .collect()
}

fn render(lines: &[&str], t: &mut Targets) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(&line) = lines.get(i) else { break };
        if is_blank(line) {
            i += 1;
            continue;
        }
        if indentation(line) > 0 {
            let end = indented_end(lines, i);
            out.extend(render_owned(&dedent(span(lines, i, end)), t));
            i = end;
            continue;
        }
        // In docutils' order of body patterns.
        if let Some((blocks, next)) = bullet_list(lines, i, t)
            .or_else(|| enumerated_list(lines, i, t))
            .or_else(|| field_list(lines, i, t))
            .or_else(|| option_list(lines, i, t))
            .or_else(|| line_block(lines, i, t))
            .or_else(|| simple_table(lines, i, t))
            .or_else(|| explicit_markup(lines, i, t))
            .or_else(|| anonymous_target(lines, i))
            .or_else(|| lone_punctuation_line(lines, i))
        {
            out.extend(blocks);
            i = next;
            continue;
        }
        i = paragraph(lines, i, &mut out, t);
    }
    out
}

fn render_owned(lines: &[String], t: &mut Targets) -> Vec<String> {
    let borrowed: Vec<&str> = lines.iter().map(String::as_str).collect();
    render(&borrowed, t)
}

/// A paragraph from `start`; a `::` at its end makes the following indented
/// block literal. Returns where parsing goes on.
fn paragraph(lines: &[&str], start: usize, out: &mut Vec<String>, t: &mut Targets) -> usize {
    if let Some(end) = section_title(lines, start) {
        return end;
    }
    let mut end = start;
    while lines
        .get(end)
        .is_some_and(|l| !is_blank(l) && indentation(l) == 0)
    {
        end += 1;
    }
    let data = span(lines, start, end).join("\n");
    let data = data.trim_end_matches(is_py_space);
    let mut literal_next = false;
    let text = match data.strip_suffix("::") {
        Some("") => {
            literal_next = true;
            None
        }
        Some(before) => {
            literal_next = true;
            if before.ends_with([' ', '\n']) {
                Some(before.trim_end_matches(is_py_space).to_string())
            } else {
                Some(format!("{before}:"))
            }
        }
        None => Some(data.to_string()),
    };
    if let Some(text) = text {
        let text = collapse_white_space(&t.inline(&text));
        if !text.is_empty() {
            out.push(text);
        }
    }
    if !literal_next {
        return end;
    }
    let mut next = end;
    next = skip_blank(lines, next);
    if lines.get(next).is_some_and(|l| indentation(l) > 0) {
        let block_end = indented_end(lines, next);
        out.push(dedent(span(lines, next, block_end)).join("\n"));
        return block_end;
    }
    end
}

/// docutils' `line` pattern, `([!-/:-@[-`{-~])\1* *$`: one ASCII
/// punctuation character repeated (an underline, overline or transition).
fn is_punctuation_line(line: &str) -> bool {
    let line = line.trim_end_matches(' ');
    let mut chars = line.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_punctuation() && chars.all(|c| c == first))
}

/// docutils' `column_width`: East Asian wide characters count two columns,
/// combining characters none.
fn column_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if is_combining(c) {
                0
            } else if is_wide(c) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// A paragraph's first line underlined by the next line is a section title,
/// which a table cell may not hold: docutils replaces both lines by an
/// error message, so they show nothing. An underline shorter than the title
/// and than four characters is ordinary text. Returns the line after the
/// underline.
fn section_title(lines: &[&str], start: usize) -> Option<usize> {
    let title = lines.get(start)?.trim_end_matches(is_py_space);
    let underline = lines.get(start + 1)?.trim_end_matches(is_py_space);
    if !is_punctuation_line(underline) {
        return None;
    }
    let short = column_width(title) > underline.chars().count() && underline.chars().count() < 4;
    (!short).then_some(start + 2)
}

/// A punctuation line that starts a body element (a section overline or a
/// transition): in a table cell docutils replaces it by an error message,
/// unless it is `::` or shorter than four characters (then it is text).
fn lone_punctuation_line(lines: &[&str], start: usize) -> Option<(Vec<String>, usize)> {
    let line = lines.get(start)?;
    let stripped = line.trim_matches(is_py_space);
    (is_punctuation_line(line) && stripped != "::" && stripped.chars().count() >= 4)
        .then(|| (Vec::new(), start + 1))
}

/// Lines from `start` (exclusive of it) indented deeper than nothing, up to
/// the first blank line (docutils' `get_first_known_indented(…,
/// until_blank=True)` for the lines after the first).
fn indented_until_blank(lines: &[&str], start: usize) -> usize {
    let mut end = start + 1;
    while lines
        .get(end)
        .is_some_and(|l| !is_blank(l) && indentation(l) > 0)
    {
        end += 1;
    }
    end
}

/// The text of a line-block line (docutils' `\\|( +|$)`), `None` for any
/// other line.
pub(super) fn line_block_text(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('|')?;
    (rest.is_empty() || rest.starts_with(' ')).then(|| rest.trim_start_matches(' '))
}

/// A line block (`| text` lines): each line on its own, inline markup
/// removed; continuation lines (indented) belong to the line above.
fn line_block(lines: &[&str], start: usize, t: &mut Targets) -> Option<(Vec<String>, usize)> {
    let text_of = |line: &str| line_block_text(line).map(str::to_string);
    text_of(lines.get(start)?)?;
    let mut out = Vec::new();
    let mut i = start;
    while let Some(first) = lines.get(i).and_then(|l| text_of(l)) {
        let end = indented_until_blank(lines, i);
        let mut text = vec![first];
        text.extend(
            span(lines, i + 1, end)
                .iter()
                .map(|l| l.trim_start_matches(is_py_space).to_string()),
        );
        let line = collapse_white_space(&t.inline(&text.join("\n")));
        if !line.is_empty() {
            out.push(line);
        }
        i = end;
    }
    Some((out, i))
}

/// docutils' `field_marker`, `:(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)`:
/// the field name and where the body starts on the line.
fn field_marker(line: &str) -> Option<(String, usize)> {
    let chars: Vec<char> = line.chars().collect();
    if chars.first() != Some(&':') || matches!(chars.get(1), None | Some(':' | ' ')) {
        return None;
    }
    let mut i = 1;
    loop {
        match *chars.get(i)? {
            '\\' => {
                chars.get(i + 1)?;
                i += 2;
            }
            ':' => match chars.get(i + 1) {
                None | Some(' ') => break,
                Some('`') => return None,
                Some(_) => i += 1,
            },
            _ => i += 1,
        }
    }
    if chars.get(i - 1) == Some(&' ') {
        return None;
    }
    let name: String = chars.get(1..i)?.iter().collect();
    let body = i + 1 + chars.iter().skip(i + 1).take_while(|&&c| c == ' ').count();
    Some((name, body))
}

/// A field list (`:name: body`): each field's name, then its body's blocks.
fn field_list(lines: &[&str], start: usize, t: &mut Targets) -> Option<(Vec<String>, usize)> {
    field_marker(lines.get(start)?)?;
    let mut out = Vec::new();
    let mut i = start;
    while let Some((name, column)) = lines.get(i).and_then(|l| field_marker(l)) {
        let name = collapse_white_space(&t.inline(&name));
        if !name.is_empty() {
            out.push(name);
        }
        let (body, end) = item_body(lines, i, column);
        out.extend(render_owned(&body, t));
        i = skip_blank(lines, end);
    }
    Some((out, i))
}

/// One option of docutils' `option_marker` pattern at `chars[i..]`:
/// `-a`, `+a`, `-a ARG`, `-aARG`, `--name`, `--name=ARG`, `--name ARG`,
/// `/V`, where an argument is a letter then `[a-zA-Z0-9_-]*`, or `<…>`.
/// Returns where it ends without its argument and where it ends with it
/// (the same when there is none).
fn option_at(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let at = |k: usize| chars.get(k).copied();
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let alnumplus =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    let argument = |k: usize| -> Option<usize> {
        if at(k) == Some('<') {
            let close = (k + 1..chars.len()).find(|&j| matches!(at(j), Some('<' | '>')))?;
            return (at(close) == Some('>') && close > k + 1).then_some(close + 1);
        }
        if !at(k).is_some_and(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        let mut end = k + 1;
        while alnumplus(at(end)) {
            end += 1;
        }
        Some(end)
    };
    let (name_end, separators): (usize, &[Option<char>]) = match (at(i), at(i + 1)) {
        (Some('-'), Some('-')) | (Some('/'), _) => {
            let start = if at(i) == Some('/') { i + 1 } else { i + 2 };
            if !alnum(at(start)) {
                return None;
            }
            let mut end = start + 1;
            while alnumplus(at(end)) {
                end += 1;
            }
            (end, &[Some(' '), Some('=')])
        }
        (Some('-' | '+'), c) if alnum(c) => (i + 2, &[Some(' '), None]),
        _ => return None,
    };
    // The argument is optional; where it fits, the regular expression
    // takes it (it backtracks only if what follows does not match).
    let with_argument = separators.iter().find_map(|&sep| match sep {
        Some(sep) if at(name_end) == Some(sep) => argument(name_end + 1),
        None => argument(name_end),
        _ => None,
    });
    Some((name_end, with_argument.unwrap_or(name_end)))
}

/// docutils' `option_marker`: options separated by `, `, then two spaces
/// or the line's end. The options as docutils shows them (white space
/// inside each collapsed) and the column where the description starts.
fn option_marker(line: &str) -> Option<(String, usize)> {
    let chars: Vec<char> = line.chars().collect();
    // Both ways an option may end (with or without its argument) are tried,
    // as the regular expression's backtracking does.
    fn list(chars: &[char], i: usize) -> Option<usize> {
        let (bare, full) = option_at(chars, i)?;
        [Some(full), (bare != full).then_some(bare)]
            .into_iter()
            .flatten()
            .find_map(|end| {
                if chars.get(end..end + 2) == Some(&[',', ' ']) {
                    if let Some(next) = list(chars, end + 2) {
                        return Some(next);
                    }
                }
                let spaces = chars.iter().skip(end).take_while(|&&c| c == ' ').count();
                (spaces >= 2 || end + spaces == chars.len()).then_some(end)
            })
    }
    let end = list(&chars, 0)?;
    let marker: String = chars.get(..end)?.iter().collect();
    let options: Vec<String> = marker.split(", ").map(collapse_white_space).collect();
    let spaces = chars.iter().skip(end).take_while(|&&c| c == ' ').count();
    Some((options.join(", "), end + spaces))
}

/// An option list (`-o FILE  description`): each item's options as
/// written, then its description's blocks. Without a description the line
/// is not an option list.
fn option_list(lines: &[&str], start: usize, t: &mut Targets) -> Option<(Vec<String>, usize)> {
    let mut out = Vec::new();
    let mut i = start;
    while let Some((options, column)) = lines.get(i).and_then(|l| option_marker(l)) {
        let (body, end) = item_body(lines, i, column);
        if body.iter().all(|l| is_blank(l)) {
            break;
        }
        out.push(options);
        out.extend(render_owned(&body, t));
        i = skip_blank(lines, end);
    }
    (i > start).then_some((out, i))
}

/// A simple table (`=====  =====`): the blocks of each of its cells, in
/// reading order; nothing for a table docutils rejects.
fn simple_table(lines: &[&str], start: usize, t: &mut Targets) -> Option<(Vec<String>, usize)> {
    if !simple_table::is_top(lines.get(start)?) {
        return None;
    }
    let (cells, next) = simple_table::cells(lines, start);
    let mut out = Vec::new();
    for cell in cells.unwrap_or_default() {
        let cell_lines: Vec<&str> = cell.split('\n').collect();
        out.extend(render(&cell_lines, t));
    }
    Some((out, next))
}

/// An anonymous hyperlink target (`__ uri`) and its indented lines: nothing
/// to show.
fn anonymous_target(lines: &[&str], start: usize) -> Option<(Vec<String>, usize)> {
    let rest = lines.get(start)?.strip_prefix("__")?;
    (rest.is_empty() || rest.starts_with(' ')).then(|| (Vec::new(), indented_end(lines, start + 1)))
}

/// The content of a list item whose first line starts at `column` of line
/// `start`: the first line's rest plus the indented lines after it.
fn item_body(lines: &[&str], start: usize, column: usize) -> (Vec<String>, usize) {
    let first: String = lines
        .get(start)
        .map(|l| l.chars().skip(column).collect())
        .unwrap_or_default();
    let end = indented_end(lines, start + 1);
    let mut body = vec![first];
    body.extend(dedent(span(lines, start + 1, end)));
    (body, end)
}

/// `- `, `* `, `+ `, `• `, `‣ `, `⁃ ` (or the marker alone on its line).
fn bullet_marker(line: &str) -> Option<(char, usize)> {
    let mut chars = line.chars();
    let marker = chars
        .next()
        .filter(|c| matches!(c, '*' | '+' | '-' | '•' | '‣' | '⁃'))?;
    let rest: String = chars.collect();
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    let spaces = rest.chars().take_while(|&c| c == ' ').count();
    Some((marker, 1 + spaces))
}

fn bullet_list(lines: &[&str], start: usize, t: &mut Targets) -> Option<(Vec<String>, usize)> {
    let (marker, _) = bullet_marker(lines.get(start)?)?;
    let mut out = Vec::new();
    let mut i = start;
    while i < lines.len() {
        match lines.get(i).and_then(|l| bullet_marker(l)) {
            Some((m, column)) if m == marker => {
                let (body, end) = item_body(lines, i, column);
                out.push(format!("- {}", render_owned(&body, t).join(" ")));
                i = skip_blank(lines, end);
            }
            _ => break,
        }
    }
    Some((out, i))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sequence {
    Arabic,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
    Auto,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Period,
    Parens,
    RightParen,
}

struct Enumerator {
    sequence: Sequence,
    format: Format,
    ordinal: Option<u32>,
    /// Where the item text starts.
    column: usize,
}

fn roman_value(text: &str) -> Option<u32> {
    let lower = text.to_ascii_lowercase();
    let mut total = 0;
    let mut previous = 0;
    for c in lower.chars().rev() {
        let value = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            'd' => 500,
            'm' => 1000,
            _ => return None,
        };
        if value < previous {
            total -= value;
        } else {
            total += value;
            previous = value;
        }
    }
    (to_roman(total) == lower).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, letters) in [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ] {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

fn parse_enumerator(line: &str) -> Option<Enumerator> {
    let (open, rest) = match line.strip_prefix('(') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    if label.is_empty() {
        return None;
    }
    let after = &rest[label.len()..];
    let (format, after) = match (open, after.chars().next()) {
        (true, Some(')')) => (Format::Parens, &after[1..]),
        (false, Some('.')) => (Format::Period, &after[1..]),
        (false, Some(')')) => (Format::RightParen, &after[1..]),
        _ => return None,
    };
    if !after.is_empty() && !after.starts_with(' ') {
        return None;
    }
    let (sequence, ordinal) = if label == "#" {
        (Sequence::Auto, None)
    } else if label.bytes().all(|b| b.is_ascii_digit()) && !label.is_empty() {
        (Sequence::Arabic, Some(label.parse().ok()?))
    } else if label == "i" {
        (Sequence::LowerRoman, Some(1))
    } else if label == "I" {
        (Sequence::UpperRoman, Some(1))
    } else if label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase()) {
        (
            Sequence::LowerAlpha,
            label.bytes().next().map(|b| u32::from(b - b'a') + 1),
        )
    } else if label.len() == 1 && label.bytes().all(|b| b.is_ascii_uppercase()) {
        (
            Sequence::UpperAlpha,
            label.bytes().next().map(|b| u32::from(b - b'A') + 1),
        )
    } else if label.bytes().all(|b| b.is_ascii_lowercase()) {
        (Sequence::LowerRoman, Some(roman_value(&label)?))
    } else if label.bytes().all(|b| b.is_ascii_uppercase()) {
        (Sequence::UpperRoman, Some(roman_value(&label)?))
    } else {
        return None;
    };
    let prefix = usize::from(open) + label.len() + 1;
    let spaces = after.chars().take_while(|&c| c == ' ').count();
    Some(Enumerator {
        sequence,
        format,
        ordinal,
        column: prefix + spaces,
    })
}

fn enumerator_text(sequence: Sequence, format: Format, ordinal: u32) -> Option<String> {
    let label = match sequence {
        Sequence::Arabic => ordinal.to_string(),
        Sequence::LowerAlpha | Sequence::UpperAlpha if ordinal > 26 => return None,
        Sequence::LowerAlpha => char::from(b'a' + (ordinal - 1) as u8).to_string(),
        Sequence::UpperAlpha => char::from(b'A' + (ordinal - 1) as u8).to_string(),
        Sequence::LowerRoman => to_roman(ordinal),
        Sequence::UpperRoman => to_roman(ordinal).to_uppercase(),
        Sequence::Auto => "#".to_string(),
    };
    Some(match format {
        Format::Period => format!("{label}."),
        Format::Parens => format!("({label})"),
        Format::RightParen => format!("{label})"),
    })
}

/// docutils' `is_enumerated_list_item`: the line after the item's first
/// line is blank, indented, or starts with the next enumerator.
/// Where the text of a list item starts when `line` (left-stripped) opens
/// one: a bullet, or an enumerator that docutils accepts given the `next`
/// line (de-indented the same way; `None` at the end of the block).
pub(super) fn list_item_column(line: &str, next: Option<&str>) -> Option<usize> {
    if let Some((_, column)) = bullet_marker(line) {
        return Some(column);
    }
    let e = parse_enumerator(line)?;
    let lines: Vec<&str> = [Some(line), next].into_iter().flatten().collect();
    is_valid_item(&lines, 0, &e).then_some(e.column)
}

fn is_valid_item(lines: &[&str], i: usize, e: &Enumerator) -> bool {
    let Some(next) = lines.get(i + 1) else {
        return true;
    };
    if next.chars().next().map_or(true, is_py_space) {
        return true;
    }
    let ordinal = e.ordinal.unwrap_or(1);
    let auto = enumerator_text(Sequence::Auto, e.format, 0).unwrap_or_default();
    let sequence = if e.sequence == Sequence::Auto {
        Sequence::Arabic
    } else {
        e.sequence
    };
    let following = enumerator_text(sequence, e.format, ordinal + 1);
    following.is_some_and(|t| next.starts_with(&t)) || next.starts_with(&auto)
}

fn label(sequence: Sequence, ordinal: u32) -> String {
    match sequence {
        Sequence::Arabic | Sequence::Auto => ordinal.to_string(),
        Sequence::LowerAlpha => char::from(b'a' + ((ordinal - 1) % 26) as u8).to_string(),
        Sequence::UpperAlpha => char::from(b'A' + ((ordinal - 1) % 26) as u8).to_string(),
        Sequence::LowerRoman => to_roman(ordinal),
        Sequence::UpperRoman => to_roman(ordinal).to_uppercase(),
    }
}

fn enumerated_list(lines: &[&str], start: usize, t: &mut Targets) -> Option<(Vec<String>, usize)> {
    let first = parse_enumerator(lines.get(start)?)?;
    if !is_valid_item(lines, start, &first) {
        return None;
    }
    let list_start = first.ordinal.unwrap_or(1);
    let mut expected = list_start;
    let mut out = Vec::new();
    let mut i = start;
    while i < lines.len() {
        let Some(e) = lines.get(i).and_then(|l| parse_enumerator(l)) else {
            break;
        };
        let same_list = e.format == first.format
            && (e.sequence == first.sequence || e.sequence == Sequence::Auto)
            && e.ordinal.map_or(true, |n| n == expected);
        if !same_list || !is_valid_item(lines, i, &e) {
            break;
        }
        let (body, end) = item_body(lines, i, e.column);
        let shown_sequence = if first.sequence == Sequence::Auto {
            Sequence::Arabic
        } else {
            first.sequence
        };
        out.push(format!(
            "{}. {}",
            label(shown_sequence, expected),
            render_owned(&body, t).join(" ")
        ));
        expected += 1;
        i = skip_blank(lines, end);
    }
    Some((out, i))
}

/// The name of an explicit hyperlink target `.. _name: …` (the text after
/// `.. _`): up to the first colon that is not escaped, or a phrase in
/// backquotes. Escapes are resolved.
fn target_name(rest: &str) -> Option<String> {
    let mut name = String::new();
    if let Some(phrase) = rest.strip_prefix('`') {
        let end = phrase.find("`:")?;
        return Some(phrase.get(..end)?.replace('\\', ""));
    }
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => name.push(chars.next()?),
            ':' => return (!name.is_empty()).then_some(name),
            _ => name.push(c),
        }
    }
    None
}

/// `..` explicit markup: admonitions, comments, targets, other directives.
fn explicit_markup(lines: &[&str], start: usize, t: &mut Targets) -> Option<(Vec<String>, usize)> {
    let line = lines.get(start)?;
    let rest = line.strip_prefix("..")?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let end = indented_end(lines, start + 1);
    let rest = rest.trim_start();
    let directive = rest.split_once("::").filter(|(name, _)| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '+' | ':' | '.'))
    });
    let blocks = match directive {
        Some((name, argument)) if ADMONITIONS.contains(&name.to_ascii_lowercase().as_str()) => {
            let mut content = vec![argument.trim_start().to_string()];
            content.extend(dedent(span(lines, start + 1, end)));
            let mut title = name.to_ascii_lowercase();
            title[..1].make_ascii_uppercase();
            vec![format!("{title}: {}", render_owned(&content, t).join(" "))]
        }
        // A picture shows its alternative text, if any.
        Some(("image", _)) => span(lines, start + 1, end)
            .iter()
            .find_map(|l| l.trim_start().strip_prefix(":alt:"))
            .map(|alt| vec![collapse_white_space(alt)])
            .unwrap_or_default(),
        // docutils replaces a directive it does not know by an error
        // message, which is not part of the text.
        Some(_) => Vec::new(),
        // Comments and hyperlink targets show nothing.
        None => {
            if let Some(name) = rest.strip_prefix('_').and_then(target_name) {
                t.found.push((normalize_name(&name), None));
            }
            Vec::new()
        }
    };
    Some((blocks, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values: docutils 0.19 on the same text as a table cell
    // (tools/differential.py, `cell_plain_text`).

    #[test]
    fn line_blocks_field_lists_and_anonymous_targets() {
        assert_eq!(
            plain_text("| first line\n|   second\n  continued"),
            "first line\nsecond continued"
        );
        assert_eq!(plain_text(":Field: body text"), "Field\nbody text");
        assert_eq!(plain_text("__ https://example.com"), "");
        assert_eq!(plain_text(") key_id"), ") key_id");
    }

    #[test]
    fn option_lists() {
        for (cell, text) in [
            ("-a b  desc\n--opt=x  other", "-a b\ndesc\n--opt=x\nother"),
            (
                "-a <b c>, --all  both\n\n/V  win",
                "-a <b c>, --all\nboth\n/V\nwin",
            ),
            ("-a\n   described", "-a\ndescribed"),
            ("-word  text", "-word\ntext"),
            // Not option lists: no description, or not an option.
            ("-a", "-a"),
            ("--opt=x desc", "--opt=x desc"),
            ("-ab c  x", "-ab c x"),
            ("-a,-b  x", "-a,-b x"),
        ] {
            assert_eq!(plain_text(cell), text, "{cell:?}");
        }
    }

    #[test]
    fn simple_tables() {
        for (cell, text) in [
            (
                "=====  =====\ncol 1  col 2\n=====  =====\n1      Second\n2      *Third*\n=====  =====",
                "col 1\ncol 2\n1\nSecond\n2\nThird",
            ),
            ("===  ===\nspan over\n--------\nc    d\n===  ===", "span over\nc\nd"),
            ("===  ===\na    long text past\n===  ===", "a\nlong text past"),
            ("===  ===\n     b\nc    d\n===  ===", "c\nd"),
            // Rejected by docutils: an error message shows instead.
            ("===  ===\na    b\n==== ===", ""),
            ("===  ===\na  x b\n===  ===", ""),
            ("==  ==\nx   y\n==  ==\nmore text", "more text"),
            ("= =\n| key_id", ""),
        ] {
            assert_eq!(plain_text(cell), text, "{cell:?}");
        }
    }

    #[test]
    fn section_titles_and_transitions_show_nothing_in_a_cell() {
        assert_eq!(plain_text("Title\n=====\n\nText."), "Text.");
        assert_eq!(plain_text("-----\n\nText."), "Text.");
        // Too short to be an underline: text.
        assert_eq!(plain_text("Long title\n--"), "Long title --");
    }

    #[test]
    fn references_to_targets_of_the_cell_resolve() {
        assert_eq!(
            plain_text("See _`Key ID` and `key id`_."),
            "See Key ID and key id."
        );
        assert_eq!(
            plain_text("`docs <https://example.com>`_ and `docs`_"),
            "docs and docs"
        );
        // A name defined twice resolves nothing.
        assert_eq!(plain_text("_`a` _`a` `a`_"), "a a `a`_");
    }

    #[test]
    fn paragraphs_and_blocks() {
        assert_eq!(
            plain_text("First paragraph.\n\nSecond\nparagraph."),
            "First paragraph.\nSecond paragraph."
        );
        assert_eq!(
            plain_text("Line one\nline two\n  indented continuation."),
            "Line one line two\nindented continuation."
        );
    }

    #[test]
    fn lists() {
        assert_eq!(
            plain_text("- item one\n- item two\n  continued"),
            "- item one\n- item two continued"
        );
        assert_eq!(
            plain_text("#. Check the name.\n#. Check the format."),
            "1. Check the name.\n2. Check the format."
        );
        assert_eq!(plain_text("(a) alpha\n(b) beta"), "a. alpha\nb. beta");
        assert_eq!(plain_text("1. One\nno list"), "1. One no list");
    }

    #[test]
    fn literal_blocks_and_notes() {
        assert_eq!(
            plain_text("Example::\n\n   literal  block\n     kept"),
            "Example:\nliteral  block\n  kept"
        );
        assert_eq!(
            plain_text("Text.\n\n.. note::\n\n   Notes are kept."),
            "Text.\nNote: Notes are kept."
        );
        assert_eq!(plain_text(".. a comment\n   continued\n\nText."), "Text.");
    }
}
