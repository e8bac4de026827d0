//! Character classes docutils uses for grid tables and inline markup, over
//! the generated tables in [`east_asian_width`](super::east_asian_width) and
//! [`punctuation`](super::punctuation).

use super::east_asian_width::WIDE;
use super::punctuation::{
    CLOSERS, CLOSERS_IN_ORDER, CLOSING_DELIMITERS, DELIMITERS, OPENERS, OPENERS_IN_ORDER,
    QUOTE_PAIRS,
};

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
    fn punctuation() {
        assert!(may_precede_start('(') && may_precede_start('-') && may_precede_start('「'));
        assert!(!may_precede_start('a') && !may_precede_start('*'));
        assert!(may_follow_end('.') && may_follow_end(')') && may_follow_end('\\'));
        assert!(!may_follow_end('a') && !may_follow_end('*'));
        assert!(match_chars('(', ')') && match_chars('\'', '\'') && match_chars('«', '»'));
        assert!(!match_chars('(', ']'));
    }
}
