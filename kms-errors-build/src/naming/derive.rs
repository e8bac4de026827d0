//! Variant names derived from messages: the naming rule, whose
//! description (rules 1–6) is in the crate docs, "Variant names", so that
//! it is written once. The result depends only on the list of (code,
//! message) pairs and their order, so it is the same on every machine.

use std::collections::{HashMap, HashSet};

use heck::ToUpperCamelCase;

use super::phrase::{
    code_pieces, is_predicate, is_preposition, message_pieces, without_trailing_phrase, Base,
    Pieces, FILLERS,
};

/// Rust's strict and reserved keywords (2015–2024 editions) that an
/// UpperCamelCase word could spell; the others are all lower case.
const KEYWORDS: &[&str] = &["Self"];

/// The longest variant name the naming rule gives (rule 5).
pub const MAX_LEN: usize = 40;

/// What a name cut short must not end with besides a preposition (rule 5).
const CONJUNCTIONS: &[&str] = &["and", "or", "but", "that", "which", "as", "nor"];

/// Rule 5 and 6: `pieces` joined, cut to at most `max` characters at a
/// word boundary (not after a preposition or conjunction), and made a valid
/// identifier; `None` if there are no pieces.
fn identifier(mut pieces: Pieces, max: usize) -> Option<String> {
    let first = pieces.first_mut()?;
    if first.starts_with(|c: char| c.is_ascii_digit()) || KEYWORDS.contains(&first.as_str()) {
        first.insert(0, 'E');
    }
    let mut name = String::new();
    let mut kept = 0;
    for piece in &pieces {
        if name.len() + piece.len() > max {
            break;
        }
        name.push_str(piece);
        kept += 1;
    }
    if kept == 0 {
        // One word longer than the limit: its first characters (ASCII).
        return pieces.first().map(|p| p.chars().take(max).collect());
    }
    if kept < pieces.len() {
        pieces.truncate(kept);
        while pieces.len() > 1 && pieces.last().is_some_and(|p| is_dangling(p)) {
            pieces.pop();
        }
        name = pieces.concat();
    }
    Some(name)
}

/// Whether a name cut short after `piece` would end in mid-phrase.
fn is_dangling(piece: &str) -> bool {
    let lower = piece.to_ascii_lowercase();
    is_preposition(&lower)
        || CONJUNCTIONS.contains(&lower.as_str())
        || FILLERS.contains(&lower.as_str())
        || is_predicate(&lower)
}

/// A code's prefix: its first word, where letters start it and more words
/// follow (`KMS` of `KMS.0201`).
fn prefix(code: &str) -> Option<&str> {
    let (first, rest) = code.split_at(code.find(|c: char| !c.is_ascii_alphanumeric())?);
    let more = rest.contains(|c: char| c.is_ascii_alphanumeric());
    (first.starts_with(|c: char| c.is_ascii_alphabetic()) && more).then_some(first)
}

/// Rule 4's main prefix: on a page whose codes have several prefixes, the
/// most common one (the first in page order on a tie), where the others
/// together are at most a quarter of the prefixed codes (another service's
/// codes documented beside the page's own); else `None`.
fn main_prefix<'a>(entries: &[(&'a str, &str)]) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for &(code, _) in entries {
        let Some(own) = prefix(code) else { continue };
        match counts.iter_mut().find(|(p, _)| *p == own) {
            Some((_, n)) => *n += 1,
            None => counts.push((own, 1)),
        }
    }
    let total: usize = counts.iter().map(|&(_, n)| n).sum();
    let most = counts.iter().map(|&(_, n)| n).max()?;
    let (main, _) = counts.into_iter().find(|&(_, n)| n == most)?;
    (most < total && 4 * (total - most) <= total).then_some(main)
}

/// The base name of a code (rules 1–3, else from the code), as pieces.
fn base_pieces(code: &str, message: &str) -> Base {
    let base = message_pieces(message);
    if !base.pieces.is_empty() {
        return base;
    }
    let mut pieces = code_pieces(code);
    if pieces.is_empty() {
        pieces = vec!["Code".to_string()];
    }
    Base {
        free_tail: pieces.len(),
        subject_end: 0,
        pieces,
    }
}

/// Rule 4's suffix for a code: its last word (`KMS.0103` → `0103`), or the
/// whole code where the name ends in a digit or `whole` is set.
fn code_suffix(code: &str, base: &str, whole: bool) -> String {
    let code = code_pieces(code);
    match code.last() {
        Some(last) if !whole && !base.ends_with(|c: char| c.is_ascii_digit()) => last.clone(),
        Some(_) => code.concat(),
        None => "Code".to_string(),
    }
}

/// `base` with `suffix`, the base cut so that the whole fits [`MAX_LEN`].
fn with_suffix(base: &Pieces, suffix: &str) -> String {
    let room = MAX_LEN.saturating_sub(suffix.len()).max(1);
    let head = identifier(base.clone(), room).unwrap_or_default();
    identifier(vec![format!("{head}{suffix}")], MAX_LEN).unwrap_or_default()
}

/// Variant names for codes that are not pinned (see the crate docs' rules),
/// where `reserved` holds the pinned names: a derived name never takes one
/// of them (a base name equal to a pinned name counts as shared, rule 4).
pub fn derive_names_avoiding(entries: &[(&str, &str)], reserved: &HashSet<String>) -> Vec<String> {
    let bases = shortened(page_bases(entries), reserved);
    let names: Vec<String> = bases.iter().map(name_of).collect();
    let uses = uses(names.iter().map(String::as_str));
    let shared = |name: &str| uses.get(name).copied().unwrap_or(0) > 1 || reserved.contains(name);
    let candidates: Vec<String> = entries
        .iter()
        .zip(&bases)
        .zip(&names)
        .map(|((&(code, _), base), name)| {
            if shared(name) {
                with_suffix(base, &code_suffix(code, name, false))
            } else {
                name.clone()
            }
        })
        .collect();
    unique(entries, &bases, candidates, reserved)
}

/// How often each name occurs.
fn uses<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut uses = HashMap::new();
    for name in names {
        *uses.entry(name).or_default() += 1;
    }
    uses
}

/// `pieces` as a name of at most [`MAX_LEN`] characters.
fn name_of(pieces: &Pieces) -> String {
    identifier(pieces.clone(), MAX_LEN).unwrap_or_default()
}

/// Rules 1–4's base names of a page's codes: from the message (else the
/// code), and, on a page whose codes have several prefixes, a code of
/// another than the main prefix starting with its own (`CSMS.0301` beside
/// `KMS.*` codes: `CsmsInvalidAuthToken`).
fn page_bases(entries: &[(&str, &str)]) -> Vec<Base> {
    let main = main_prefix(entries);
    entries
        .iter()
        .map(|&(code, message)| {
            let mut base = base_pieces(code, message);
            match (prefix(code), main) {
                (Some(own), Some(main))
                    if own != main
                        && !base
                            .pieces
                            .first()
                            .is_some_and(|p| p.eq_ignore_ascii_case(own)) =>
                {
                    base.pieces.insert(0, own.to_upper_camel_case());
                    base.free_tail += 1;
                    base.subject_end += usize::from(base.subject_end > 0);
                }
                _ => {}
            }
            base
        })
        .collect()
}

/// Rule 3's shortening, taken only where the shorter name stays unique on
/// the page and is not `reserved`.
fn shortened(bases: Vec<Base>, reserved: &HashSet<String>) -> Vec<Pieces> {
    let shorter: Vec<Option<Pieces>> = bases.iter().map(without_trailing_phrase).collect();
    let bases: Vec<Pieces> = bases.into_iter().map(|b| b.pieces).collect();
    let names: Vec<String> = bases
        .iter()
        .chain(shorter.iter().flatten())
        .map(name_of)
        .collect();
    let uses = uses(names.iter().map(String::as_str));
    bases
        .into_iter()
        .zip(shorter)
        .map(|(base, short)| match short {
            Some(short) => {
                let name = name_of(&short);
                let alone = uses.get(name.as_str()) == Some(&1) && !reserved.contains(&name);
                if alone {
                    short
                } else {
                    base
                }
            }
            None => base,
        })
        .collect()
}

/// Rule 4's second step and rule 6: a candidate still taken gets the whole
/// code; one taken even then, `V2`, `V3`, ….
fn unique(
    entries: &[(&str, &str)],
    bases: &[Pieces],
    candidates: Vec<String>,
    reserved: &HashSet<String>,
) -> Vec<String> {
    let uses = uses(candidates.iter().map(String::as_str));
    let mut taken: HashSet<String> = reserved.clone();
    let mut out = Vec::with_capacity(candidates.len());
    for ((&(code, _), base), name) in entries.iter().zip(bases).zip(&candidates) {
        let mut unique = name.clone();
        if taken.contains(&unique) || uses.get(name.as_str()).copied().unwrap_or(0) > 1 {
            unique = with_suffix(base, &code_suffix(code, name, true));
        }
        let mut n = 2;
        let first = unique.clone();
        while taken.contains(&unique) {
            unique = with_suffix(&vec![first.clone()], &format!("V{n}"));
            n += 1;
        }
        taken.insert(unique.clone());
        out.push(unique);
    }
    out
}

#[cfg(test)]
#[path = "derive_tests.rs"]
mod tests;
