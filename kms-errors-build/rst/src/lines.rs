//! Turning a document into lines the way docutils does
//! (`docutils.statemachine.string2lines` with `convert_whitespace=True`).

/// Tab stops docutils expands tabs to (its `tab_width` default).
pub const TAB_WIDTH: usize = 8;

/// Python's `str.isspace()`, which docutils' `strip`/`lstrip`/`rstrip` use:
/// Unicode white space plus the ASCII information separators U+001C–U+001F.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Splits a document into lines as docutils does: vertical tab and form
/// feed become spaces, lines break where Python's `str.splitlines()` breaks
/// them (`\n`, `\r\n`, `\r`, U+001C–U+001E, U+0085, U+2028, U+2029), tabs
/// are expanded to multiples of [`TAB_WIDTH`], trailing white space is
/// removed. A leading byte order mark is dropped, as docutils' input
/// decoding does.
///
/// ```
/// use kms_errors_rst::lines::split_lines;
/// assert_eq!(split_lines("\u{feff}a\tb  \r\nc\rd"), ["a       b", "c", "d"]);
/// ```
pub fn split_lines(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut column = 0;
    let mut chars = text.chars().peekable();
    let mut pending = false;
    while let Some(c) = chars.next() {
        pending = true;
        match c {
            '\r' | '\n' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lines.push(finish_line(&mut current));
                column = 0;
                pending = false;
            }
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                current.extend(std::iter::repeat(' ').take(spaces));
                column += spaces;
            }
            '\u{b}' | '\u{c}' => {
                current.push(' ');
                column += 1;
            }
            _ => {
                current.push(c);
                column += 1;
            }
        }
    }
    if pending {
        lines.push(finish_line(&mut current));
    }
    lines
}

fn finish_line(current: &mut String) -> String {
    let line = std::mem::take(current);
    let kept = line.trim_end_matches(is_py_space).len();
    let mut line = line;
    line.truncate(kept);
    line
}

/// Columns of leading white space (after tab expansion), as docutils
/// measures indentation: `len(line) - len(line.lstrip())`.
pub fn indentation(line: &str) -> usize {
    line.chars().take_while(|&c| is_py_space(c)).count()
}

/// `text` with its runs of (Python) white space collapsed to single spaces
/// and none at either end: Python's `" ".join(text.split())`.
///
/// ```
/// use kms_errors_rst::lines::collapse_white_space;
/// assert_eq!(collapse_white_space(" a\n  b\u{a0}c "), "a b c");
/// ```
pub fn collapse_white_space(text: &str) -> String {
    text.split(is_py_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

// Blocks of lines, as the cell renderer and the table finders walk them.

/// `lines[start..end]`, or nothing if that is out of range.
pub(crate) fn span<'l, 'a>(lines: &'l [&'a str], start: usize, end: usize) -> &'l [&'a str] {
    lines.get(start..end).unwrap_or_default()
}

/// The first line from `i` on that is not blank (or `lines.len()`).
pub(crate) fn skip_blank(lines: &[&str], mut i: usize) -> usize {
    while lines.get(i).is_some_and(|l| is_blank(l)) {
        i += 1;
    }
    i
}

pub(crate) fn is_blank(line: &str) -> bool {
    line.chars().all(is_py_space)
}

/// Lines from `start` that belong to an indented block: blank or indented,
/// up to the last indented one. Returns the end (exclusive).
pub(crate) fn indented_end(lines: &[&str], start: usize) -> usize {
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

/// The common indentation of `lines` (blank lines ignored).
pub(crate) fn min_indentation<S: AsRef<str>>(lines: &[S]) -> usize {
    lines
        .iter()
        .map(AsRef::as_ref)
        .filter(|l| !is_blank(l))
        .map(indentation)
        .min()
        .unwrap_or(0)
}

/// `lines` without their common indentation (blank lines ignored for it).
pub(crate) fn dedent<S: AsRef<str>>(lines: &[S]) -> Vec<String> {
    let indent = min_indentation(lines);
    lines
        .iter()
        .map(|l| l.as_ref().chars().skip(indent).collect::<String>())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_line_breaks() {
        assert_eq!(
            split_lines("a\u{85}b\u{2028}c\u{1c}d\n"),
            ["a", "b", "c", "d"]
        );
        assert_eq!(split_lines(""), Vec::<String>::new());
        assert_eq!(split_lines("\n\n"), ["", ""]);
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(split_lines("ab\tc\td"), ["ab      c       d"]);
    }

    #[test]
    fn vertical_whitespace_becomes_space() {
        assert_eq!(split_lines("a\u{b}b\u{c}c"), ["a b c"]);
    }

    #[test]
    fn indentation_counts_any_white_space() {
        assert_eq!(indentation("   x"), 3);
        assert_eq!(indentation("\u{a0}x"), 1);
        assert_eq!(indentation(""), 0);
    }
}
