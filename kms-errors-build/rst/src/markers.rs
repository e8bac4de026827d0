//! Line classifiers: what kind of list item, field, option or line-block
//! line a line starts, and where an item's body ends, as docutils'
//! patterns decide. Both the table finder (`document`) and the cell
//! renderer (`lists`, `explicit`, `directive_*`) ask them, so they depend
//! on nothing but lines.

use super::lines::{
    collapse_white_space, dedent, indentation, indented_end, is_blank, is_py_space, span,
};

/// Lines from `start` (exclusive of it) indented deeper than nothing, up to
/// the first blank line (docutils' `get_first_known_indented(…,
/// until_blank=True)` for the lines after the first).
pub(crate) fn indented_until_blank(lines: &[&str], start: usize) -> usize {
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
pub(crate) fn line_block_text(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('|')?;
    (rest.is_empty() || rest.starts_with(' ')).then(|| rest.trim_start_matches(' '))
}

/// docutils' `field_marker`, `:(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)`:
/// the field name and where the body starts on the line.
pub(crate) fn field_marker(line: &str) -> Option<(String, usize)> {
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
/// One option of docutils' `option_marker` pattern at `chars[i..]`:
/// `-a`, `+a`, `-a ARG`, `-aARG`, `--name`, `--name=ARG`, `--name ARG`,
/// `/V`, where an argument is a letter then `[a-zA-Z0-9_-]*`, or `<…>`.
/// Returns where it ends without its argument and where it ends with it
/// (the same when there is none).
pub(crate) fn option_at(chars: &[char], i: usize) -> Option<(usize, usize)> {
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
pub(crate) fn option_marker(line: &str) -> Option<(String, usize)> {
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
/// A simple table (`=====  =====`): the blocks of each of its cells, in
/// reading order; nothing for a table docutils rejects.
/// An anonymous hyperlink target (`__ uri`) and its indented lines: nothing
/// to show.
/// The content of a list item whose first line starts at `column` of line
/// `start`: the first line's rest plus the indented lines after it.
pub(crate) fn item_body(lines: &[&str], start: usize, column: usize) -> (Vec<String>, usize) {
    let first: String = lines
        .get(start)
        .map(|l| l.chars().skip(column).collect())
        .unwrap_or_default();
    let end = indented_end(lines, start + 1);
    let mut body = vec![first];
    body.extend(dedent(span(lines, start + 1, end)));
    (body, end)
}

/// The content of a bullet or enumerated list item whose text starts at
/// `column` of line `start` (docutils' `list_item`): when the first line
/// has text, the lines after it belong to the item while they are indented
/// by at least `column`, and lose exactly that indentation
/// (`get_known_indented`); otherwise as [`item_body`].
pub(crate) fn list_item_body(lines: &[&str], start: usize, column: usize) -> (Vec<String>, usize) {
    let first: String = lines
        .get(start)
        .map(|l| l.chars().skip(column).collect())
        .unwrap_or_default();
    if first.is_empty() {
        return item_body(lines, start, column);
    }
    let mut end = start + 1;
    let mut i = start + 1;
    while let Some(&line) = lines.get(i) {
        if !is_blank(line) {
            if indentation(line) < column {
                break;
            }
            end = i + 1;
        }
        i += 1;
    }
    let mut body = vec![first];
    body.extend(
        span(lines, start + 1, end)
            .iter()
            .map(|l| l.chars().skip(column).collect::<String>()),
    );
    (body, end)
}

/// `- `, `* `, `+ `, `• `, `‣ `, `⁃ ` (or the marker alone on its line).
pub(crate) fn bullet_marker(line: &str) -> Option<(char, usize)> {
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

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sequence {
    Arabic,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
    Auto,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Period,
    Parens,
    RightParen,
}

pub(crate) struct Enumerator {
    pub(crate) sequence: Sequence,
    pub(crate) format: Format,
    pub(crate) ordinal: Option<u32>,
    /// Where the item text starts.
    pub(crate) column: usize,
}

pub(crate) fn roman_value(text: &str) -> Option<u32> {
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

pub(crate) fn to_roman(mut n: u32) -> String {
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

pub(crate) fn parse_enumerator(line: &str) -> Option<Enumerator> {
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

pub(crate) fn enumerator_text(sequence: Sequence, format: Format, ordinal: u32) -> Option<String> {
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
pub(crate) fn list_item_column(line: &str, next: Option<&str>) -> Option<usize> {
    if let Some((_, column)) = bullet_marker(line) {
        return Some(column);
    }
    let e = parse_enumerator(line)?;
    let lines: Vec<&str> = [Some(line), next].into_iter().flatten().collect();
    is_valid_item(&lines, 0, &e).then_some(e.column)
}

pub(crate) fn is_valid_item(lines: &[&str], i: usize, e: &Enumerator) -> bool {
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

pub(crate) fn label(sequence: Sequence, ordinal: u32) -> String {
    match sequence {
        Sequence::Arabic | Sequence::Auto => ordinal.to_string(),
        Sequence::LowerAlpha => char::from(b'a' + ((ordinal - 1) % 26) as u8).to_string(),
        Sequence::UpperAlpha => char::from(b'A' + ((ordinal - 1) % 26) as u8).to_string(),
        Sequence::LowerRoman => to_roman(ordinal),
        Sequence::UpperRoman => to_roman(ordinal).to_uppercase(),
    }
}
