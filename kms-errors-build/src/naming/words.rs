//! Rule 1 of the naming rule (crate docs, "Variant names"): a message's
//! first clause and its words.

/// Words that start a subordinate clause or a request to the reader: the
/// first clause ends before them (rule 1).
const CLAUSE_STARTS: &[&str] = &[
    "because", "please", "when", "while", "since", "if", "unless", "so", "due",
];

/// Rule 1: the text up to the end of its first clause — a sentence end
/// (`.`, `!`, `?` before white space), `;`, `, ` or `: `, a bracket, or a
/// word that starts a subordinate clause — where at least two words come
/// before it; bracketed text and `%s`-style placeholders are left out.
pub(super) fn first_clause(text: &str) -> String {
    let mut clause = String::new();
    let mut depth = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            'X' | 'x' if is_extension_prefix(&clause, chars.clone()) => {
                // `X-Auth-Token`: the `X-` of a header name says nothing.
                chars.next();
            }
            '%' => {
                // A printf placeholder (`%s`, `%d`) is not a word.
                chars.next_if(|c| c.is_ascii_alphabetic());
                clause.push(' ');
            }
            _ => {
                let next_is_space = chars.peek().map_or(true, |n| n.is_whitespace());
                let ends =
                    matches!(c, ';') || (matches!(c, '.' | '!' | '?' | ',' | ':') && next_is_space);
                if ends && words(&clause).len() >= 2 {
                    break;
                }
                clause.push(c);
                if c.is_whitespace() && starts_subclause(chars.clone()) && words(&clause).len() >= 2
                {
                    break;
                }
            }
        }
    }
    clause
}

/// Whether an `X` starts a header name's `X-` (`X-Auth-Token`): it starts
/// a word and `-` and a letter follow.
fn is_extension_prefix(before: &str, mut ahead: impl Iterator<Item = char>) -> bool {
    !before.ends_with(|c: char| c.is_ascii_alphanumeric())
        && ahead.next() == Some('-')
        && ahead.next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// Whether the text ahead starts with a word of [`CLAUSE_STARTS`].
fn starts_subclause(ahead: impl Iterator<Item = char>) -> bool {
    let word: String = ahead.take_while(char::is_ascii_alphabetic).collect();
    CLAUSE_STARTS.contains(&word.to_ascii_lowercase().as_str())
}

/// "can not" written as one word, as a name says it (`Cannot`).
pub(super) fn join_cannot(words: &mut Vec<String>) {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words.drain(..) {
        match joined.last_mut() {
            Some(can) if can.eq_ignore_ascii_case("can") && word.eq_ignore_ascii_case("not") => {
                can.push_str(&word);
            }
            _ => joined.push(word),
        }
    }
    *words = joined;
}

/// Rule 1's words: runs of ASCII letters and digits, an acronym kept whole.
pub(super) fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    // The characters between the last word and `current`.
    let mut separator = String::new();
    // Whether the last word is made of single capitals only (`I`, `IO`).
    let mut last_is_capitals = false;
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphanumeric() {
            current.push(c);
            continue;
        }
        if !current.is_empty() {
            let capital = current.len() == 1 && current.bytes().all(|b| b.is_ascii_uppercase());
            match words.last_mut() {
                Some(last) if last_is_capitals && capital && separator == "/" => {
                    last.push_str(&current);
                }
                _ => words.push(as_word(&current)),
            }
            last_is_capitals = capital;
            current.clear();
            separator.clear();
        }
        separator.push(c);
    }
    words
}

/// `word` with a plural acronym (`IDs`, `URLs`) made one word for `heck`,
/// which would otherwise split it before its last capital.
fn as_word(word: &str) -> String {
    match word.strip_suffix('s') {
        Some(acronym) if acronym.len() > 1 && acronym.bytes().all(|b| b.is_ascii_uppercase()) => {
            word.to_ascii_lowercase()
        }
        _ => word.to_string(),
    }
}
