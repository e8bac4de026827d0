//! The tables behind the generated lookups and accessors: which data the
//! generated code holds, not how it is spelled (that is the rest of `emit`).
//!
//! # `from_code`
//!
//! A perfect hash: every code of the table has a slot of its own, so a
//! lookup reads **one slot**, whatever the codes look like (long shared
//! prefixes, codes that differ in one middle byte, mixed lengths, many
//! prefixes). The generator builds the table and checks, for every code,
//! that the lookup the generated code runs finds it in that one slot
//! ([`Tables::max_probes`]); it fails rather than emit a table that does
//! not.
//!
//! 1. **Key** ([`key`]): a code of at most 8 bytes is its bytes,
//!    little-endian, zero-padded (codes hold no NUL byte, and the length is
//!    compared, so the key is the code). A longer code is hashed with its
//!    length: its first and last 8 bytes, and the words at offsets chosen
//!    for the table ([`KeyWords`]). The generator takes no more words than
//!    it needs: none if the first and last 8 bytes separate the codes (every
//!    real page so far), else up to 3 more, each the one that separates the
//!    most codes, else every word of the longest code (every byte hashed)
//!    under the first seed of a fixed list that separates them. Either way
//!    it checks that no two codes of the table share a key: the keys
//!    provably separate the codes, and a lookup hashes a few words, not the
//!    whole input.
//! 2. **Slot** ([`slot`]): the key times an odd multiplier; its top `k`
//!    bits are the `hash`, in `0..2^k` (`2^k >= 2N`). Hash and displace:
//!    the key times another multiplier picks a bucket, and the bucket's
//!    displacement, XORed into the hash, moves its codes to free slots. Small tables usually need no displacement at all
//!    (one bucket, displacement 0, which the compiler folds away): the
//!    generator first looks for a multiplier that alone gives every code its
//!    own slot, within a fixed budget of tries.
//! 3. **Check**: the slot holds a variant index (or an empty marker); the
//!    input is that variant's code if the keys and the lengths are equal
//!    and, for codes over 8 bytes, the bytes are.
//!
//! A lookup rejects lengths outside the codes' range before it reads a
//! byte. Building the tables takes expected time linear in the number of
//! codes; the multipliers and seeds are tried in a fixed order, so the
//! output is deterministic.
//!
//! # Accessors
//!
//! Every distinct text (message, description, measure) is stored once, in
//! `TEXTS`; a variant's fields are small indices into it, so accessors are
//! two loads and the page's 31 copies of "Enter valid parameters." cost one
//! string.

use std::collections::HashMap;

use crate::error::{Error, ErrorKind, Location};
use crate::model::Entry;

/// The multiplier of the long-code key mix (odd, from splitmix64).
pub const KEY_MULTIPLIER: u64 = 0xbf58_476d_1ce4_e5b9;
/// The rotation between the words of a long code's key.
pub const KEY_ROTATION: u32 = 29;

/// How many seeds the long-code key tries before it gives up.
const KEY_SEEDS: usize = 64;
/// How many words a long code's key takes besides the first and last.
const MAX_KEY_OFFSETS: usize = 3;
/// Offsets up to this one are candidates for those words.
const MAX_KEY_OFFSET_CANDIDATES: usize = 128;
/// Tables up to this many codes first try a multiplier with no
/// displacement (one bucket): beyond it, that almost never succeeds.
const SINGLE_LEVEL_MAX_CODES: usize = 256;
/// How many key placements the single-level search may spend per table
/// size (the tries are this divided by the number of codes).
const SINGLE_LEVEL_BUDGET: usize = 1 << 21;
/// Pairs of multipliers (hash, bucket) tried per table size with
/// displacements.
const TWO_LEVEL_TRIES: usize = 64;
/// Codes per bucket, on average, when the table has displacements.
const CODES_PER_BUCKET: usize = 4;
/// The largest table tried, in bits of slots.
const MAX_SLOT_BITS: u32 = 30;

/// The 8 bytes of `code` from `at`, little-endian.
fn word(code: &[u8], at: usize) -> u64 {
    let mut bytes = [0u8; 8];
    for (slot, byte) in bytes.iter_mut().zip(code.iter().skip(at)) {
        *slot = *byte;
    }
    u64::from_le_bytes(bytes)
}

/// How a code of more than 8 bytes becomes a key: a seed, and the words
/// hashed besides its first and last 8 bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyWords {
    /// Mixed with the length first.
    pub seed: u64,
    /// Offsets of further words, each clamped to the last word.
    pub offsets: Vec<usize>,
}

/// The lookup key of a code (see the module docs): the code itself,
/// zero-padded, up to 8 bytes; beyond, a hash of the length, the first
/// and last 8 bytes and the words
/// at `words.offsets`.
pub fn key(code: &[u8], words: &KeyWords) -> u64 {
    let len = code.len();
    if len <= 8 {
        return word(code, 0);
    }
    // The last word, the length and the seed, multiplied, so that the seed
    // does not cancel out of two codes' difference.
    let last = len - 8;
    let mut hash =
        word(code, 0) ^ (word(code, last) ^ words.seed ^ len as u64).wrapping_mul(KEY_MULTIPLIER);
    // Mixed before each word is XORed in: XORed into the first word
    // directly, a word would cancel against the same word at another
    // offset ("RQQQQQQQ" + "QQQQQQQQ" and "QQQQQQQQ" + "RQQQQQQQ"), for
    // every seed.
    for &offset in &words.offsets {
        hash = hash.wrapping_mul(KEY_MULTIPLIER).rotate_left(KEY_ROTATION)
            ^ word(code, offset.min(last));
    }
    hash
}

/// The indices of the first two of `keys` that are equal, if any.
fn first_shared(keys: &[u64]) -> Option<(usize, usize)> {
    let mut seen: HashMap<u64, usize> = HashMap::with_capacity(keys.len());
    keys.iter()
        .enumerate()
        .find_map(|(i, k)| seen.insert(*k, i).map(|j| (j, i)))
}

/// How many different keys `codes` have.
fn different_keys(codes: &[&[u8]], words: &KeyWords) -> usize {
    let keys: std::collections::HashSet<u64> = codes.iter().map(|c| key(c, words)).collect();
    keys.len()
}

/// The words of the long codes' keys: the first and last 8 bytes alone if
/// they separate the codes; else up to `MAX_KEY_OFFSETS` more words, each
/// the one that separates most; else every word (every byte hashed) under
/// the first seed of a fixed list that separates them. The keys and
/// indices of two codes no seed separates if it comes to that.
fn key_words(codes: &[&[u8]]) -> Result<(KeyWords, Vec<u64>), (usize, usize)> {
    let keys_with =
        |words: &KeyWords| -> Vec<u64> { codes.iter().map(|c| key(c, words)).collect() };
    let mut words = KeyWords::default();
    let keys = keys_with(&words);
    if first_shared(&keys).is_none() {
        return Ok((words, keys));
    }
    let longest = codes.iter().map(|c| c.len()).max().unwrap_or(0);
    // Offsets 1..longest-9 (0 and the last word are always in).
    let candidates = 1..longest.saturating_sub(8).min(MAX_KEY_OFFSET_CANDIDATES);
    for _ in 0..MAX_KEY_OFFSETS {
        let best = candidates
            .clone()
            .filter(|o| !words.offsets.contains(o))
            .map(|o| {
                let mut with = words.clone();
                with.offsets.push(o);
                (different_keys(codes, &with), std::cmp::Reverse(o), with)
            })
            .max_by_key(|(count, o, _)| (*count, *o));
        let Some((count, _, with)) = best else { break };
        words = with;
        if count == codes.len() {
            let keys = keys_with(&words);
            return Ok((words, keys));
        }
    }
    // Every byte: the aligned words between the first and the last.
    let offsets: Vec<usize> = (1..)
        .map(|i| i * 8)
        .take_while(|&o| o + 8 < longest)
        .collect();
    let mut last = (0, 0);
    for seed in std::iter::once(0).chain(odd_numbers(1)).take(KEY_SEEDS) {
        let words = KeyWords {
            seed,
            offsets: offsets.clone(),
        };
        let keys = keys_with(&words);
        match first_shared(&keys) {
            None => return Ok((words, keys)),
            Some(pair) => last = pair,
        }
    }
    Err(last)
}

/// The parameters of the slot function (see [`slot`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hash {
    /// The odd multiplier of the key, for its hash.
    pub multiplier: u64,
    /// The odd multiplier of the key, for its bucket: another than the
    /// hash's, since a page's codes are often an arithmetic progression
    /// (`KMS.0100`, `KMS.0103`, …) whose hash under one multiplier is a
    /// lattice, and the bits below the hash the same lattice (with them as
    /// the bucket, 20,000 such codes took 0.6 s to place, 100,000 6 s).
    pub bucket_multiplier: u64,
    /// `log2` of the number of slots.
    pub slot_bits: u32,
    /// `log2` of the number of buckets (0: one bucket).
    pub bucket_bits: u32,
    /// Each bucket's displacement, XORed into the hash.
    pub displacements: Vec<usize>,
}

impl Hash {
    /// `64 - slot_bits`: the shift that leaves the hash's top bits.
    pub fn hash_shift(&self) -> u32 {
        64 - self.slot_bits
    }

    /// `64 - bucket_bits` (at least 1 bit, so the shift stays below 64; a
    /// single bucket is taken modulo 1).
    pub fn bucket_shift(&self) -> u32 {
        64 - self.bucket_bits.max(1)
    }

    /// `key`'s hash, before displacement, in `0..2^slot_bits`, and its
    /// bucket.
    fn hash_and_bucket(&self, key: u64) -> (usize, usize) {
        (
            (key.wrapping_mul(self.multiplier) >> self.hash_shift()) as usize,
            (key.wrapping_mul(self.bucket_multiplier) >> self.bucket_shift()) as usize
                % self.displacements.len().max(1),
        )
    }
}

/// The one slot the generated lookup reads for `key`, computed as the
/// generated code does.
pub fn slot(key: u64, hash: &Hash) -> usize {
    let (h, bucket) = hash.hash_and_bucket(key);
    let displacement = hash.displacements.get(bucket).copied().unwrap_or(0);
    (h ^ displacement) % (1usize << hash.slot_bits)
}

/// The tables for a list of entries (in variant order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tables {
    /// Each entry's key, in variant order.
    pub keys: Vec<u64>,
    /// How codes over 8 bytes become keys.
    pub key_words: KeyWords,
    /// The slot function.
    pub hash: Hash,
    /// The hash table: a variant index per slot, or `None` for an empty one.
    pub slots: Vec<Option<usize>>,
    /// The most slots a lookup of one of the codes reads (checked: 1).
    pub max_probes: usize,
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

/// A fixed sequence of odd 64-bit numbers (splitmix64 from `start`).
fn odd_numbers(start: u64) -> impl Iterator<Item = u64> {
    let mut state = start;
    std::iter::from_fn(move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Some((z ^ (z >> 31)) | 1)
    })
}

/// Places `keys` with `multiplier` in `2^slot_bits` slots and `2^bucket_bits`
/// buckets, or `None` if some bucket finds no displacement.
fn place(
    keys: &[u64],
    (multiplier, bucket_multiplier): (u64, u64),
    slot_bits: u32,
    bucket_bits: u32,
) -> Option<Hash> {
    let size = 1usize << slot_bits;
    let buckets = 1usize << bucket_bits;
    let mut hash = Hash {
        multiplier,
        bucket_multiplier,
        slot_bits,
        bucket_bits,
        displacements: vec![0; buckets],
    };
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for &k in keys {
        let (h, bucket) = hash.hash_and_bucket(k);
        members.get_mut(bucket)?.push(h);
    }
    // Largest buckets first, while the table is emptiest (counting sort by
    // size, so the order is fixed and the cost linear).
    let largest = members.iter().map(Vec::len).max().unwrap_or(0);
    let mut by_size: Vec<Vec<usize>> = vec![Vec::new(); largest + 1];
    for (bucket, hashes) in members.iter().enumerate() {
        by_size.get_mut(hashes.len())?.push(bucket);
    }
    let mut taken = vec![false; size];
    for bucket in by_size.iter().rev().flatten().copied() {
        let hashes = members.get(bucket)?;
        if hashes.is_empty() {
            break;
        }
        // XOR with a displacement keeps different hashes different, so
        // only a repeated hash makes a bucket unplaceable.
        let mut sorted = hashes.clone();
        sorted.sort_unstable();
        if sorted.windows(2).any(|pair| pair.first() == pair.last()) {
            return None;
        }
        let fits = |d: usize| hashes.iter().all(|&h| taken.get(h ^ d) == Some(&false));
        let displacement = (0..size).find(|&d| fits(d))?;
        for &h in hashes {
            *taken.get_mut(h ^ displacement)? = true;
        }
        *hash.displacements.get_mut(bucket)? = displacement;
    }
    Some(hash)
}

/// The slot function for `keys` (distinct): a multiplier alone when one is
/// found within the budget, else hash and displace; larger tables when
/// neither succeeds.
fn slot_function(keys: &[u64]) -> Option<Hash> {
    let n = keys.len().max(4);
    let first_bits = (n * 2).next_power_of_two().trailing_zeros();
    if n <= SINGLE_LEVEL_MAX_CODES {
        let tries = SINGLE_LEVEL_BUDGET / n;
        for slot_bits in [first_bits, first_bits + 1] {
            let mut taken = vec![0usize; 1 << slot_bits];
            for (attempt, multiplier) in odd_numbers(0).take(tries).enumerate() {
                let mark = attempt + 1;
                let all_distinct = keys.iter().all(|&k| {
                    let s = (k.wrapping_mul(multiplier) >> (64 - slot_bits)) as usize;
                    taken
                        .get_mut(s)
                        .is_some_and(|t| std::mem::replace(t, mark) != mark)
                });
                if all_distinct {
                    return place(keys, (multiplier, 1), slot_bits, 0);
                }
            }
        }
    }
    // Four sizes at most: a table that does not place in 16 times the
    // codes' slots is a bug, not a reason to allocate gigabytes.
    for slot_bits in first_bits..=(first_bits + 3).min(MAX_SLOT_BITS) {
        let bucket_bits = (((1usize << slot_bits) / 2 / CODES_PER_BUCKET).max(1))
            .trailing_zeros()
            .min(slot_bits);
        let mut multipliers = odd_numbers(slot_bits as u64);
        for _ in 0..TWO_LEVEL_TRIES {
            let (Some(m), Some(b)) = (multipliers.next(), multipliers.next()) else {
                break;
            };
            if let Some(hash) = place(keys, (m, b), slot_bits, bucket_bits) {
                return Some(hash);
            }
        }
    }
    None
}

/// The tables for `entries`.
///
/// # Errors
/// [`ErrorKind::LookupTable`] if no key seed separates two codes or no slot
/// function is found (neither happens for codes that differ: a bug if it
/// does).
pub fn tables(entries: &[Entry]) -> Result<Tables, Error> {
    let codes: Vec<&[u8]> = entries.iter().map(|e| e.code.as_bytes()).collect();
    let cannot = |i: usize, j: usize| {
        let code_at = |i: usize| entries.get(i).map_or("", |e| e.code.as_str()).to_string();
        Error::new(
            entries
                .get(i.max(j))
                .map_or_else(|| Location::file(""), |e| e.location.clone()),
            ErrorKind::LookupTable {
                code: code_at(i.max(j)),
                other: code_at(i.min(j)),
            },
        )
    };
    let (key_words, keys) = key_words(&codes).map_err(|(i, j)| cannot(i, j))?;
    let hash = slot_function(&keys).ok_or_else(|| cannot(0, entries.len().saturating_sub(1)))?;
    let mut slots = vec![None; 1 << hash.slot_bits];
    for (index, &k) in keys.iter().enumerate() {
        match slots.get_mut(slot(k, &hash)) {
            Some(free @ None) => *free = Some(index),
            Some(Some(other)) => return Err(cannot(*other, index)),
            None => return Err(cannot(index, index)),
        }
    }
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
    let mut tables = Tables {
        keys,
        key_words,
        hash,
        slots,
        max_probes: 0,
        min_len: lengths.clone().min().unwrap_or(0),
        max_len: lengths.max().unwrap_or(0),
        texts,
        message,
        description,
        measure,
    };
    // The check the docs promise: every code found, in its own slot, by
    // the lookup the generated code runs.
    for (index, code) in codes.iter().enumerate() {
        let code = std::str::from_utf8(code).unwrap_or_default();
        match tables.find(entries, code) {
            (Some(found), probes) if found == index => {
                tables.max_probes = tables.max_probes.max(probes);
            }
            _ => return Err(cannot(index, index)),
        }
    }
    Ok(tables)
}

impl Tables {
    /// The lookup the generated code runs, in Rust: the index of the
    /// variant whose code is `code`, and how many slots it read.
    pub fn find(&self, entries: &[Entry], code: &str) -> (Option<usize>, usize) {
        let bytes = code.as_bytes();
        if bytes.len() < self.min_len || bytes.len() > self.max_len {
            return (None, 0);
        }
        let k = key(bytes, &self.key_words);
        let found = self
            .slots
            .get(slot(k, &self.hash))
            .copied()
            .flatten()
            .filter(|&i| {
                self.keys.get(i) == Some(&k)
                    && entries.get(i).is_some_and(|e| e.code.as_bytes() == bytes)
            });
        (found, 1)
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
    fn every_code_has_a_slot_of_its_own_and_texts_are_shared() {
        let entries = [
            entry("EVS.4200002", "Two.", "Fix."),
            entry("AB", "One.", "Fix."),
            entry("EVS.4200001", "Three.", "Retry."),
        ];
        let t = tables(&entries).unwrap();
        assert_eq!(t.slots.len(), 8);
        assert_ne!(t.keys[0], t.keys[2]);
        for (index, e) in entries.iter().enumerate() {
            assert_eq!(t.find(&entries, &e.code), (Some(index), 1));
        }
        for miss in ["EVS.4200003", "AC", "A", "EVS.42000010", "ab"] {
            assert_eq!(t.find(&entries, miss).0, None, "{miss}");
        }
        assert_eq!(t.max_probes, 1);
        assert_eq!((t.min_len, t.max_len), (2, 11));
        assert_eq!(t.texts, ["Two.", "Fix.", "One.", "Three.", "Retry."]);
        assert_eq!(
            (t.message.clone(), t.description.clone(), t.measure.clone()),
            (vec![0, 2, 3], vec![0, 2, 3], vec![1, 1, 4])
        );
    }

    /// Codes that defeat a key of the first bytes, or of the last ones:
    /// a long shared prefix and suffix, one middle byte apart.
    #[test]
    fn codes_differing_in_one_middle_byte_are_separated() {
        let entries: Vec<Entry> = (0..2000)
            .map(|i| {
                let code = format!("{}{:04}{}", "P".repeat(30), i, "S".repeat(30));
                entry(&code, "M.", "F.")
            })
            .collect();
        let t = tables(&entries).unwrap();
        assert_eq!(t.max_probes, 1);
        for (index, e) in entries.iter().enumerate() {
            assert_eq!(t.find(&entries, &e.code), (Some(index), 1));
        }
    }

    /// Codes each one byte away from the same 64-byte code, at every
    /// position: no 3 words separate them, so every byte is hashed.
    #[test]
    fn codes_no_few_words_separate_hash_every_byte() {
        let base = "K".repeat(64);
        let mut entries = vec![entry(&base, "M.", "F.")];
        for position in 0..56 {
            let mut code = base.clone().into_bytes();
            code[position] = b'Q';
            entries.push(entry(&String::from_utf8(code).unwrap(), "M.", "F."));
        }
        let t = tables(&entries).unwrap();
        assert_eq!(t.key_words.offsets, [8, 16, 24, 32, 40, 48]);
        assert_eq!(t.max_probes, 1);
        for (index, e) in entries.iter().enumerate() {
            assert_eq!(t.find(&entries, &e.code), (Some(index), 1));
        }
    }

    /// Two codes whose first words differ exactly as their lengths do: a
    /// seed XORed in alone cancels out of such a pair.
    #[test]
    fn the_seed_separates_codes_whose_words_differ_as_their_lengths() {
        let entries = [
            entry("2.xxxxxxxxx", "M.", "F."),
            entry("4.xxxxxxxxxxx", "M.", "F."),
        ];
        let t = tables(&entries).unwrap();
        assert_eq!(t.key_words, KeyWords::default());
        assert_ne!(t.keys[0], t.keys[1]);
    }

    #[test]
    fn words_in_another_order_are_another_key() {
        let every_word = KeyWords {
            seed: 0,
            offsets: vec![8],
        };
        assert_ne!(
            key(b"AAAAAAAABBBBBBBBC", &every_word),
            key(b"BBBBBBBBAAAAAAAAC", &every_word)
        );
    }
}

#[cfg(test)]
mod examples {
    use super::*;

    #[test]
    fn key_example() {
        let words = KeyWords::default();
        assert_eq!(key(b"AB", &words), u64::from_le_bytes(*b"AB\0\0\0\0\0\0"));
        assert_eq!(key(b"KMS.0201", &words), u64::from_le_bytes(*b"KMS.0201"));
        assert_ne!(key(b"EVS.4200001", &words), key(b"EVS.4200002", &words));
    }
}
