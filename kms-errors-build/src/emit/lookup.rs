//! The tables behind the generated lookups and accessors: which data the
//! generated code holds, not how it is spelled (that is the rest of `emit`).
//!
//! # `from_code`
//!
//! A code's **key** is its first 8 bytes as a big-endian `u64`, zero-padded
//! when shorter ([`key`]). The generated code holds every variant's key and
//! an open-addressing hash table of `2^k >= 2N` slots holding variant
//! indices: a key's home slot is `key * MULTIPLIER >> (64 - k)` (Fibonacci
//! hashing; the generator picks, from a fixed list, the multiplier with the
//! fewest probes, so the output stays deterministic), and collisions go to
//! the next slot. A lookup rejects lengths outside the codes' range,
//! computes the key, and walks from the home slot until an empty slot,
//! comparing keys and then the length and the bytes after the eighth. With
//! the table at most half full that is one or two probes: `O(1)` expected,
//! no allocation, and only the first 8 bytes of a wrong input are read.
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
/// use kms_errors_build::__internal::emit::lookup::key;
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

/// Multipliers tried for the hash table, in order (odd, high-entropy
/// constants; the first is the golden-ratio one of Fibonacci hashing).
const MULTIPLIERS: [u64; 8] = [
    0x9e37_79b9_7f4a_7c15,
    0xbf58_476d_1ce4_e5b9,
    0x94d0_49bb_1331_11eb,
    0xd6e8_feb8_6659_fd93,
    0xa076_1d64_78bd_642f,
    0xe703_7ed1_a0b4_28db,
    0x8ebc_6af0_9c88_c6e3,
    0x5899_65cc_7537_4cc3,
];

/// The tables for a list of entries (in variant order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tables {
    /// Each entry's key, in variant order.
    pub keys: Vec<u64>,
    /// The hash table: a variant index per slot, or `None` for an empty one.
    pub slots: Vec<Option<usize>>,
    /// The multiplier of the home-slot hash.
    pub multiplier: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
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

/// The home slot of `key` in a table of `64 - shift` bits.
pub fn home_slot(key: u64, multiplier: u64, shift: u32) -> usize {
    (key.wrapping_mul(multiplier) >> shift) as usize
}

/// The hash table for `keys`, and how many probes finding all of them takes.
fn hash_table(keys: &[u64], multiplier: u64, bits: u32) -> (Vec<Option<usize>>, usize) {
    let size = 1usize << bits;
    let mask = size - 1;
    let mut slots = vec![None; size];
    let mut probes = 0;
    for (index, &key) in keys.iter().enumerate() {
        let mut slot = home_slot(key, multiplier, 64 - bits) & mask;
        // Ends: the table has more slots than keys.
        while let Some(Some(_)) = slots.get(slot) {
            slot = (slot + 1) & mask;
            probes += 1;
        }
        if let Some(free) = slots.get_mut(slot) {
            *free = Some(index);
        }
        probes += 1;
    }
    (slots, probes)
}

/// The tables for `entries` (which must not be empty).
pub fn tables(entries: &[Entry]) -> Tables {
    let keys: Vec<u64> = entries.iter().map(|e| key(e.code.as_bytes())).collect();
    // At most half full, at least 8 slots.
    let bits = (entries.len().max(4) * 2)
        .next_power_of_two()
        .trailing_zeros();
    let (multiplier, (slots, _)) = MULTIPLIERS
        .iter()
        .map(|&m| (m, hash_table(&keys, m, bits)))
        .min_by_key(|(_, (_, probes))| *probes)
        .unwrap_or_else(|| (MULTIPLIERS[0], hash_table(&keys, MULTIPLIERS[0], bits)));
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
        keys,
        slots,
        multiplier,
        shift: 64 - bits,
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

    fn entry(code: &str, message: &str, measure: &str) -> Entry {
        Entry {
            description: message.to_string(),
            measure: measure.to_string(),
            ..Entry::example(code, Some(400), message)
        }
    }

    #[test]
    fn every_key_is_found_from_its_home_slot_and_texts_are_shared() {
        let entries = [
            entry("EVS.4200002", "Two.", "Fix."),
            entry("AB", "One.", "Fix."),
            entry("EVS.4200001", "Three.", "Retry."),
        ];
        let t = tables(&entries);
        assert_eq!(t.slots.len(), 8);
        assert_eq!(t.keys[0], t.keys[2]);
        for (index, &k) in t.keys.iter().enumerate() {
            let mut slot = home_slot(k, t.multiplier, t.shift);
            while t.slots[slot] != Some(index) {
                assert!(t.slots[slot].is_some(), "key {index} not reachable");
                slot = (slot + 1) % t.slots.len();
            }
        }
        assert_eq!((t.min_len, t.max_len), (2, 11));
        assert_eq!(t.texts, ["Two.", "Fix.", "One.", "Three.", "Retry."]);
        assert_eq!(
            (t.message.clone(), t.description.clone(), t.measure.clone()),
            (vec![0, 2, 3], vec![0, 2, 3], vec![1, 1, 4])
        );
    }
}
