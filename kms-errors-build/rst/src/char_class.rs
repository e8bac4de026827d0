//! Character classes docutils uses for grid tables and inline markup, over
//! the generated tables in [`east_asian_width`](super::east_asian_width),
//! [`punctuation`](super::punctuation) and
//! [`python_chars`](super::python_chars).

use super::east_asian_width::WIDE;
use super::punctuation::{
    CLOSERS, CLOSERS_IN_ORDER, CLOSING_DELIMITERS, DELIMITERS, OPENERS, OPENERS_IN_ORDER,
    QUOTE_PAIRS,
};
use super::python_chars::{COMBINING, DECIMAL, WORD};

/// Whether `c` is in the sorted inclusive `ranges`.
fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = u32::from(c);
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                core::cmp::Ordering::Less
            } else if lo > c {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether docutils counts `c` as two columns in a grid table
/// (`unicodedata.east_asian_width(c) in "WF"`).
pub fn is_wide(c: char) -> bool {
    in_ranges(WIDE, c)
}

/// Whether inline markup may start after `c` (an opener or delimiter).
pub fn may_precede_start(c: char) -> bool {
    in_ranges(OPENERS, c) || in_ranges(DELIMITERS, c)
}

/// Whether inline markup may end before `c` (a closer or delimiter).
pub fn may_follow_end(c: char) -> bool {
    in_ranges(CLOSING_DELIMITERS, c) || in_ranges(DELIMITERS, c) || in_ranges(CLOSERS, c)
}

/// Whether Python's `re` counts `c` as `\w` (and `c` is not `_`): a
/// character of docutils' `simplename`, the pattern of role and reference
/// names. Python's idea, not Rust's `is_alphanumeric` (`ⓐ` and combining
/// marks are not word characters to Python).
pub fn is_word_char(c: char) -> bool {
    in_ranges(WORD, c)
}

/// Whether `c` is a combining character (`unicodedata.combining(c) != 0`),
/// which docutils does not count as a column when it slices cells.
pub fn is_combining(c: char) -> bool {
    in_ranges(COMBINING, c)
}

/// The value of a digit Python's `int()` reads (`str.isdecimal()`), e.g.
/// 3 for `'٣'`.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = u32::from(c);
    DECIMAL
        .iter()
        .find(|&&(lo, hi)| lo <= cp && cp <= hi)
        .map(|&(lo, _)| (cp - lo) % 10)
}

/// docutils' `match_chars(c1, c2)`: whether `c1` opens and `c2` closes a
/// pair (then markup between them is "quoted" and does not start).
pub fn match_chars(c1: char, c2: char) -> bool {
    let Some(i) = OPENERS_IN_ORDER.chars().position(|c| c == c1) else {
        return false;
    };
    CLOSERS_IN_ORDER.chars().nth(i) == Some(c2)
        || QUOTE_PAIRS
            .iter()
            .any(|&(open, closes)| open == c1 && closes.contains(c2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters() {
        assert!(is_wide('北'));
        assert!(is_wide('ヒ'));
        assert!(is_wide('\u{FF21}')); // FULLWIDTH LATIN CAPITAL LETTER A
        assert!(!is_wide('A'));
        assert!(!is_wide('\u{FF71}')); // HALFWIDTH KATAKANA LETTER A
        assert!(!is_wide('é'));
    }

    #[test]
    fn python_word_characters_and_digits() {
        assert!(is_word_char('a') && is_word_char('é') && is_word_char('٣') && is_word_char('ǅ'));
        assert!(!is_word_char('_') && !is_word_char('ⓐ') && !is_word_char('\u{301}'));
        assert!(!is_word_char('-') && is_word_char('²'));
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('²'), None);
        assert_eq!(decimal_value('x'), None);
        assert!(is_combining('\u{301}') && is_combining('\u{651}') && !is_combining('a'));
    }

    #[test]
    fn punctuation() {
        assert!(may_precede_start('(') && may_precede_start('-') && may_precede_start('「'));
        assert!(!may_precede_start('a') && !may_precede_start('*'));
        assert!(may_follow_end('.') && may_follow_end(')') && may_follow_end('\\'));
        assert!(!may_follow_end('a') && !may_follow_end('*'));
        assert!(match_chars('(', ')') && match_chars('\'', '\'') && match_chars('«', '»'));
        assert!(!match_chars('(', ']'));
    }
}
