//! Rules 2 and 3 of the naming rule (crate docs, "Variant names"): which
//! of a message's words a name keeps, and the shorter form a long name may
//! take.

use heck::ToUpperCamelCase;

use super::words::{first_clause, join_cannot, words};

/// Words that carry no meaning in a name, wherever they stand (rule 2):
/// articles, demonstratives and possessives, the auxiliaries of "is
/// disabled", "are missing", and "occurred" ("an error occurred").
pub(super) const FILLERS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "your", "its", "their", "our", "is", "are", "was",
    "were", "am", "occurred", "occurs",
];

/// The auxiliaries that, followed by "been", are dropped with it (rule 2):
/// "has been disabled" → `Disabled`; "has" alone is kept ("has no").
const PERFECT: &[&str] = &["has", "have", "had"];

/// Nouns of trailing context that say where in the request the problem
/// is, not what it is (rule 3): "… in the request message".
const CONTEXT_NOUNS: &[&str] = &[
    "request", "message", "header", "headers", "body", "url", "uri", "path", "api",
];

/// The words of a derived name, each already in UpperCamelCase.
pub(super) type Pieces = Vec<String>;

/// Rules 1–3: the meaningful words of a message's first clause, in
/// UpperCamelCase.
pub(super) fn message_pieces(text: &str) -> Base {
    let mut words = words(&first_clause(text));
    join_cannot(&mut words);
    mark_predicates(&mut words);
    drop_fillers(&mut words);
    drop_state_idiom(&mut words);
    drop_trailing_context(&mut words);
    let free_tail = words
        .iter()
        .rposition(|w| w == PREDICATE_MARK)
        .map_or(0, |at| at + 1);
    let marks_before = words
        .iter()
        .take(free_tail)
        .filter(|w| *w == PREDICATE_MARK)
        .count();
    let free_tail = free_tail - marks_before;
    // The subject ends before the first predicate's word (a dropped one,
    // such as "is", leaves only its mark).
    let subject_end = words
        .iter()
        .position(|w| w == PREDICATE_MARK)
        .map_or(0, |at| match at.checked_sub(1).and_then(|i| words.get(i)) {
            Some(word) if is_predicate(word) => at - 1,
            _ => at,
        });
    words.retain(|w| w != PREDICATE_MARK);
    Base {
        pieces: pieces(&words),
        free_tail,
        subject_end,
    }
}

/// A code's base name: its words, and where the words after the last
/// predicate start (rule 3 cuts only there).
pub(super) struct Base {
    pub(super) pieces: Pieces,
    pub(super) free_tail: usize,
    pub(super) subject_end: usize,
}

/// Words that make a clause a statement (`is`, `not`, `cannot`, `failed`):
/// a phrase after one of them is not mere context (rule 3).
const PREDICATES: &[&str] = &[
    "is", "are", "was", "were", "am", "be", "been", "being", "not", "no", "cannot", "can", "must",
    "may", "might", "should", "shall", "will", "would", "could", "does", "do", "did", "has",
    "have", "had", "failed", "fails",
];

/// Whether `word` is one of [`PREDICATES`].
pub(super) fn is_predicate(word: &str) -> bool {
    PREDICATES.contains(&word.to_ascii_lowercase().as_str())
}

/// Stands after a predicate in a word list until the base is made.
const PREDICATE_MARK: &str = "|";

/// Marks each word of [`PREDICATES`] by a [`PREDICATE_MARK`] after it.
fn mark_predicates(words: &mut Vec<String>) {
    let mut marked = Vec::with_capacity(words.len() * 2);
    for word in words.drain(..) {
        let predicate = is_predicate(&word);
        marked.push(word);
        if predicate {
            marked.push(PREDICATE_MARK.to_string());
        }
    }
    *words = marked;
}

/// The length over which a name loses its trailing prepositional phrase
/// (rule 3), where that keeps it unique.
pub(super) const SHORT_LEN: usize = 24;

/// Prepositions: a long name drops the phrase of one (rule 3), and a name
/// cut short does not end with one (rule 5). ("int" is a typo of "in"
/// that a real page has.)
const PREPOSITIONS: &[&str] = &[
    "in", "int", "of", "than", "for", "on", "at", "from", "with", "within", "using", "to", "into",
    "via", "by",
];

/// Whether `word` is one of [`PREPOSITIONS`].
pub(super) fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(&word.to_ascii_lowercase().as_str())
}

/// Whether a phrase of `word` is context a long name may drop (rule 3):
/// where, for what or how; not "of" or "than", whose phrase is the object
/// or the measure ("value of X", "more than 8").
fn is_context_preposition(word: &str) -> bool {
    is_preposition(word) && !matches!(word.to_ascii_lowercase().as_str(), "of" | "than")
}

/// Rule 3's shorter form of `pieces`, if the name is longer than
/// [`SHORT_LEN`]: without trailing prepositional phrases, the last first,
/// while it is that long and at least three words stay before them.
pub(super) fn without_trailing_phrase(base: &Base) -> Option<Pieces> {
    let pieces = &base.pieces;
    let mut short = pieces.as_slice();
    while short.concat().len() > SHORT_LEN {
        let free = short.get(base.free_tail..).unwrap_or_default();
        match free.iter().rposition(|p| is_context_preposition(p)) {
            // Not where the name would end in "not", "be" or the like.
            Some(at)
                if base.free_tail + at >= 3
                    && !short
                        .get(base.free_tail + at - 1)
                        .is_some_and(|p| is_predicate(p)) =>
            {
                short = short.get(..base.free_tail + at).unwrap_or(short);
            }
            _ => break,
        }
    }
    let mut short = short.to_vec();
    if short.concat().len() > SHORT_LEN {
        drop_subject_phrase(&mut short, base.subject_end);
    }
    (short.len() < pieces.len()).then_some(short)
}

/// Rule 3 within the subject: a prepositional phrase that ends it
/// ("image in the AS configuration does not exist" → `ImageDoesNotExist`).
fn drop_subject_phrase(pieces: &mut Pieces, subject_end: usize) {
    let Some(subject) = pieces.get(1..subject_end) else {
        return;
    };
    let at = subject.iter().position(|p| is_context_preposition(p));
    // The phrase has a word after its preposition.
    if let Some(at) = at.filter(|&at| 1 + at + 1 < subject_end) {
        pieces.drain(1 + at..subject_end);
    }
}

/// The pieces of a code (rule 4): `KMS.0201` → `Kms`, `0201`.
pub(super) fn code_pieces(code: &str) -> Pieces {
    pieces(&words(code))
}

/// Each word in UpperCamelCase.
fn pieces(words: &[String]) -> Pieces {
    words
        .iter()
        .map(|w| w.to_upper_camel_case())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Rule 2: articles, auxiliaries and other fillers out, unless nothing
/// else is left; "already" before "exist(s)" too, which says it already.
fn drop_fillers(words: &mut Vec<String>) {
    // Neighbours are looked up among the words, not the marks.
    let lower: Vec<String> = words
        .iter()
        .filter(|w| *w != PREDICATE_MARK)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let mut dropped = Vec::with_capacity(lower.len());
    let mut previous = "";
    for (k, word) in lower.iter().enumerate() {
        let next = lower.get(k + 1).map_or("", String::as_str);
        dropped.push(
            FILLERS.contains(&word.as_str())
                || (PERFECT.contains(&word.as_str()) && next == "been")
                || (word == "been" && PERFECT.contains(&previous))
                || (word == "already" && next.starts_with("exist")),
        );
        previous = word;
    }
    if dropped.iter().all(|&d| d) {
        return;
    }
    let mut dropped = dropped.into_iter();
    words.retain(|w| w == PREDICATE_MARK || !dropped.next().unwrap_or(false));
}

/// Rule 2: "in X state" says "X" (`KeyNotInPendingImportState` →
/// `KeyNotPendingImport`), where X is one to three words.
fn drop_state_idiom(words: &mut Vec<String>) {
    let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    let Some(state) = lower.iter().position(|w| w == "state") else {
        return;
    };
    let start = state.saturating_sub(4);
    let Some(in_at) = lower
        .iter()
        .take(state)
        .skip(start)
        .rposition(|w| w == "in")
    else {
        return;
    };
    let in_at = start + in_at;
    if in_at + 1 < state && in_at > 0 {
        words.remove(state);
        words.remove(in_at);
    }
}

/// Rule 3: a trailing phrase such as "in the request message" or "in
/// request header" (a preposition and context nouns only) is left out,
/// where two words stay before it.
fn drop_trailing_context(words: &mut Vec<String>) {
    let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    let Some(start) = lower
        .iter()
        .rposition(|w| !CONTEXT_NOUNS.contains(&w.as_str()))
    else {
        return;
    };
    let before = lower
        .iter()
        .take(start)
        .filter(|w| *w != PREDICATE_MARK)
        .count();
    let is_context = start + 1 < lower.len()
        && matches!(
            lower.get(start).map(String::as_str),
            Some("in" | "of" | "from")
        )
        && before >= 2;
    if is_context {
        words.truncate(start);
    }
}
