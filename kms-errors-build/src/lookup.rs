//! The tables behind the generated lookups and accessors: which data the
//! generated code holds, not how it is spelled (that is [`crate::emit`]).
//!
//! # `from_code`
//!
//! A code's **key** is its first 8 bytes as a big-endian `u64`, zero-padded
//! when shorter ([`key`]). The generated code holds the keys sorted (ties —
//! codes sharing their first 8 bytes — broken by the whole code) and, in
//! the same order, the variants. A lookup rejects lengths outside the
//! codes' range, computes the input's key, finds the last key `<=` it with
//! a branchless binary search over a constant-size array (about 3
//! instructions a step, `log2(N)` steps), then checks the length and the
//! bytes after the eighth. Cost: `O(log N)`, no allocation, no hashing of
//! the whole string, and only the first 8 bytes of a wrong input are read.
//!
//! # Accessors
//!
//! Every distinct text (message, description, measure) is stored once, in
//! `TEXTS`; a variant's fields are small indices into it, so accessors are
//! two loads and the page's 31 copies of "Enter valid parameters." cost one
//! string.

use std::collections::HashMap;

use crate::model::Entry;

/// The lookup key of a code: its first 8 bytes, big-endian, zero-padded.
///
/// ```
/// use kms_errors_build::lookup::key;
/// assert_eq!(key(b"KMS.0201"), u64::from_be_bytes(*b"KMS.0201"));
/// assert_eq!(key(b"AB"), u64::from_be_bytes(*b"AB\0\0\0\0\0\0"));
/// assert_eq!(key(b"EVS.4200001"), key(b"EVS.4200002"));
/// ```
pub fn key(code: &[u8]) -> u64 {
    let mut padded = [0u8; 8];
    for (slot, byte) in padded.iter_mut().zip(code) {
        *slot = *byte;
    }
    u64::from_be_bytes(padded)
}

/// The tables for a list of entries (in variant order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tables {
    /// Entry indices sorted by (key, code bytes).
    pub sorted: Vec<usize>,
    /// The keys in `sorted` order.
    pub keys: Vec<u64>,
    /// The shortest code's length in bytes.
    pub min_len: usize,
    /// The longest code's length in bytes.
    pub max_len: usize,
    /// Every distinct text, in order of first use.
    pub texts: Vec<String>,
    /// Per entry, the index in `texts` of its message.
    pub message: Vec<usize>,
    /// Per entry, the index of its description.
    pub description: Vec<usize>,
    /// Per entry, the index of its measure.
    pub measure: Vec<usize>,
}

/// The tables for `entries` (which must not be empty).
pub fn tables(entries: &[Entry]) -> Tables {
    let mut sorted: Vec<usize> = (0..entries.len()).collect();
    sorted.sort_by(|&a, &b| {
        let (a, b) = (entries[a].code.as_bytes(), entries[b].code.as_bytes());
        key(a).cmp(&key(b)).then(a.cmp(b))
    });
    let keys = sorted
        .iter()
        .map(|&i| key(entries[i].code.as_bytes()))
        .collect();
    let lengths = entries.iter().map(|e| e.code.len());
    let mut texts: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut intern = |text: &str| {
        *index.entry(text.to_string()).or_insert_with(|| {
            texts.push(text.to_string());
            texts.len() - 1
        })
    };
    let mut message = Vec::with_capacity(entries.len());
    let mut description = Vec::with_capacity(entries.len());
    let mut measure = Vec::with_capacity(entries.len());
    for entry in entries {
        message.push(intern(&entry.message));
        description.push(intern(&entry.description));
        measure.push(intern(&entry.measure));
    }
    Tables {
        sorted,
        keys,
        min_len: lengths.clone().min().unwrap_or(0),
        max_len: lengths.max().unwrap_or(0),
        texts,
        message,
        description,
        measure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Location;

    fn entry(code: &str, message: &str, measure: &str) -> Entry {
        Entry {
            code: code.to_string(),
            status_code: Some(400),
            message: message.to_string(),
            description: message.to_string(),
            measure: measure.to_string(),
            location: Location::file("p"),
        }
    }

    #[test]
    fn sorted_by_key_then_bytes_and_texts_shared() {
        let entries = [
            entry("EVS.4200002", "Two.", "Fix."),
            entry("AB", "One.", "Fix."),
            entry("EVS.4200001", "Three.", "Retry."),
        ];
        let t = tables(&entries);
        assert_eq!(t.sorted, [1, 2, 0]);
        assert_eq!(t.keys[1], t.keys[2]);
        assert_eq!((t.min_len, t.max_len), (2, 11));
        assert_eq!(t.texts, ["Two.", "Fix.", "One.", "Three.", "Retry."]);
        assert_eq!(
            (t.message.clone(), t.description.clone(), t.measure.clone()),
            (vec![0, 2, 3], vec![0, 2, 3], vec![1, 1, 4])
        );
    }
}
