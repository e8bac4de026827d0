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
//! The key and slot functions are written once, in `runtime/hash.rs`: this
//! module runs them to place the codes, and the generated module carries
//! their source and runs them to find a code.
//!
//! 1. **Key** (`code_key`): in a table of codes of at most 8 bytes a code
//!    is its bytes, little-endian, zero-padded (codes hold no NUL byte, and
//!    the length is compared, so the key is the code). Otherwise a code is
//!    hashed with its length: its first and last 8 bytes, and the words at
//!    offsets chosen for the table ([`KeyWords`]); a table whose codes all
//!    have 8 bytes or more hashes them all, so that the key does not branch
//!    on the length. The generator takes no more words than
//!    it needs: none if the first and last 8 bytes separate the codes (every
//!    real page so far), else up to 3 more, each the one that separates the
//!    most codes, else every word of the longest code (every byte hashed)
//!    under the first seed of a fixed list that separates them. Either way
//!    it checks that no two codes of the table share a key: the keys
//!    provably separate the codes, and a lookup hashes a few words, not the
//!    whole input.
//! 2. **Slot** (`slot_of`): the key times an odd multiplier; its top `k`
//!    bits are the `hash`, in `0..2^k` (`2^k >= 2N`). Hash and displace:
//!    the key times another multiplier picks a bucket, and the bucket's
//!    displacement, XORed into the hash, moves its codes to free slots.
//!    Small tables need no displacements at all: the generator first looks
//!    for a multiplier that alone gives every code its own slot, within a
//!    fixed budget of tries, and a table without buckets emits none.
//! 3. **Check** (`same_code`): the slot holds a variant index (or an empty
//!    marker); the input is that variant's code if the keys and the lengths
//!    are equal and, unless the key is the code, the bytes are.
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

// The lookup's key and slot functions, as every generated module has them
// (private there, and so here).
include!("runtime/hash.rs");

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

/// How a table's codes become keys (the owned form of `KeyShape`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyWords {
    /// Length in bytes of the shortest code.
    pub min_len: usize,
    /// Length in bytes of the longest code.
    pub max_len: usize,
    /// Whether codes over 8 bytes are hashed with the seed and the extra
    /// words (else their first 8 bytes plus the last 8 times the bytes
    /// past the first 8).
    pub extra: bool,
    /// Mixed with the length first.
    pub seed: u64,
    /// Offsets of further words a code over 8 bytes hashes, each clamped
    /// to the last word.
    pub offsets: Vec<usize>,
}

impl KeyWords {
    /// The shape the generated module's `KEY_SHAPE` holds.
    fn shape(&self) -> KeyShape<'_> {
        KeyShape {
            min_len: self.min_len,
            max_len: self.max_len,
            extra: self.extra.then_some(ExtraWords {
                seed: self.seed,
                offsets: &self.offsets,
            }),
        }
    }

    /// The key of `code`.
    pub fn key(&self, code: &[u8]) -> u64 {
        code_key(code, &self.shape())
    }

    /// Whether the generated module keeps the keys to compare with (see
    /// `keeps_keys`).
    pub fn keeps_keys(&self) -> bool {
        keeps_keys(&self.shape())
    }
}

/// Where keys go (the owned form of `Placement`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hash {
    /// The odd multiplier of the key, for its hash.
    pub multiplier: u64,
    /// `log2` of the number of slots.
    pub slot_bits: u32,
    /// The bucket multiplier, `log2` of the number of buckets and their
    /// displacements, for a table that needs them.
    pub buckets: Option<(u64, u32, Vec<u32>)>,
}

impl Hash {
    /// The placement the generated module's `PLACEMENT` holds.
    fn placement(&self) -> Placement<'_> {
        Placement {
            multiplier: self.multiplier,
            slot_bits: self.slot_bits,
            buckets: self
                .buckets
                .as_ref()
                .map(|(multiplier, bits, displacements)| Buckets {
                    multiplier: *multiplier,
                    bits: *bits,
                    displacements,
                }),
        }
    }

    /// The slot of `key`.
    pub fn slot(&self, key: u64) -> usize {
        slot_of(key, &self.placement())
    }
}

/// The tables for a list of entries (in variant order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tables {
    /// Each entry's key, in variant order.
    pub keys: Vec<u64>,
    /// How codes become keys.
    pub key_words: KeyWords,
    /// The slot function.
    pub hash: Hash,
    /// The hash table: a variant index per slot, or `None` for an empty one.
    pub slots: Vec<Option<usize>>,
    /// The most slots a lookup of one of the codes reads (checked: 1).
    pub max_probes: usize,
    /// Every distinct text, in order of first use.
    pub texts: Vec<String>,
    /// Per entry, the index in `texts` of its message.
    pub message: Vec<usize>,
    /// Per entry, the index of its description.
    pub description: Vec<usize>,
    /// Per entry, the index of its measure.
    pub measure: Vec<usize>,
    /// Per further row (see `Entry::further_rows`; entries in order), the
    /// indices of its message, description and measure.
    pub further: Vec<[usize; 3]>,
}

/// Whether a table keeps its codes' keys to compare with: where some code
/// is keyed by its bytes (a short code's key is the code, so comparing
/// keys and lengths is comparing codes). Where every key is a hash, codes
/// are compared byte by byte instead.
fn keeps_keys(shape: &KeyShape<'_>) -> bool {
    shape.max_len <= 8 || shape.min_len < 8
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
    let keys: std::collections::HashSet<u64> = codes.iter().map(|c| words.key(c)).collect();
    keys.len()
}

/// The words of the long codes' keys: the first and last 8 bytes alone if
/// they separate the codes; else up to `MAX_KEY_OFFSETS` more words, each
/// the one that separates most; else every word (every byte hashed) under
/// the first seed of a fixed list that separates them. The keys and
/// indices of two codes no seed separates if it comes to that.
fn key_words(codes: &[&[u8]]) -> Result<(KeyWords, Vec<u64>), (usize, usize)> {
    let keys_with = |words: &KeyWords| -> Vec<u64> { codes.iter().map(|c| words.key(c)).collect() };
    let lengths = codes.iter().map(|c| c.len());
    let mut words = KeyWords {
        min_len: lengths.clone().min().unwrap_or(0),
        max_len: lengths.max().unwrap_or(0),
        ..KeyWords::default()
    };
    let keys = keys_with(&words);
    if first_shared(&keys).is_none() {
        return Ok((words, keys));
    }
    let longest = words.max_len;
    words.extra = true;
    let keys = keys_with(&words);
    if first_shared(&keys).is_none() {
        return Ok((words, keys));
    }
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
    words.offsets = (1..)
        .map(|i| i * 8)
        .take_while(|&o| o + 8 < longest)
        .collect();
    let mut last = (0, 0);
    for seed in std::iter::once(0).chain(odd_numbers(1)).take(KEY_SEEDS) {
        words.seed = seed;
        let keys = keys_with(&words);
        match first_shared(&keys) {
            None => return Ok((words, keys)),
            Some(pair) => last = pair,
        }
    }
    Err(last)
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
    let plain = Hash {
        multiplier,
        slot_bits,
        buckets: None,
    };
    let bucket_of_key = |key: u64| {
        bucket_of(
            key,
            &Buckets {
                multiplier: bucket_multiplier,
                bits: bucket_bits,
                displacements: &[],
            },
        )
    };
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for &k in keys {
        members.get_mut(bucket_of_key(k))?.push(plain.slot(k));
    }
    // Largest buckets first, while the table is emptiest (counting sort by
    // size, so the order is fixed and the cost linear).
    let largest = members.iter().map(Vec::len).max().unwrap_or(0);
    let mut by_size: Vec<Vec<usize>> = vec![Vec::new(); largest + 1];
    for (bucket, hashes) in members.iter().enumerate() {
        by_size.get_mut(hashes.len())?.push(bucket);
    }
    let mut taken = vec![false; size];
    let mut displacements = vec![0u32; buckets];
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
        *displacements.get_mut(bucket)? = u32::try_from(displacement).ok()?;
    }
    Some(Hash {
        buckets: Some((bucket_multiplier, bucket_bits, displacements)),
        ..plain
    })
}

/// A multiplier alone that gives every key its own slot of `2^slot_bits`,
/// within the budget.
fn single_level(keys: &[u64], slot_bits: u32) -> Option<Hash> {
    let tries = SINGLE_LEVEL_BUDGET / keys.len().max(4);
    let mut taken = vec![0usize; 1 << slot_bits];
    for (attempt, multiplier) in odd_numbers(0).take(tries).enumerate() {
        let mark = attempt + 1;
        let hash = Hash {
            multiplier,
            slot_bits,
            buckets: None,
        };
        let all_distinct = keys.iter().all(|&k| {
            taken
                .get_mut(hash.slot(k))
                .is_some_and(|t| std::mem::replace(t, mark) != mark)
        });
        if all_distinct {
            return Some(hash);
        }
    }
    None
}

/// The slot function for `keys` (distinct): a multiplier alone when one is
/// found within the budget, else hash and displace; larger tables when
/// neither succeeds.
fn slot_function(keys: &[u64]) -> Option<Hash> {
    let n = keys.len().max(4);
    let first_bits = (n * 2).next_power_of_two().trailing_zeros();
    if n <= SINGLE_LEVEL_MAX_CODES {
        for slot_bits in [first_bits, first_bits + 1] {
            if let Some(hash) = single_level(keys, slot_bits) {
                return Some(hash);
            }
        }
    }
    // Four sizes at most: a table that does not place in 16 times the
    // codes' slots is a bug, not a reason to allocate gigabytes.
    for slot_bits in first_bits..=(first_bits + 3).min(MAX_SLOT_BITS) {
        let bucket_bits = (((1usize << slot_bits) / 2 / CODES_PER_BUCKET).max(2))
            .trailing_zeros()
            .min(slot_bits);
        let mut multipliers = odd_numbers(u64::from(slot_bits));
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

/// Every distinct text of `entries` once (in order of first use), per
/// entry the index of its message, description and measure, and the same
/// for each further row (entries in order, each's rows in page order).
#[allow(clippy::type_complexity)]
fn interned_texts(entries: &[&Entry]) -> (Vec<String>, [Vec<usize>; 3], Vec<[usize; 3]>) {
    let mut texts: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut intern = |text: &str| {
        *index.entry(text.to_string()).or_insert_with(|| {
            texts.push(text.to_string());
            texts.len() - 1
        })
    };
    let mut fields: [Vec<usize>; 3] = Default::default();
    for entry in entries {
        let [message, description, measure] = &mut fields;
        message.push(intern(&entry.message));
        description.push(intern(&entry.description));
        measure.push(intern(&entry.measure));
    }
    // Further rows' texts after the first rows', so that a page without
    // them has the tables it had.
    let mut further = Vec::new();
    for row in entries.iter().flat_map(|e| &e.further_rows) {
        further.push([
            intern(&row.message),
            intern(&row.description),
            intern(&row.measure),
        ]);
    }
    (texts, fields, further)
}

/// The tables for `entries`.
///
/// # Errors
/// [`ErrorKind::LookupTable`] if no key seed separates two codes or no slot
/// function is found (neither happens for codes that differ: a bug if it
/// does).
pub fn tables<E: AsRef<Entry>>(entries: &[E]) -> Result<Tables, Error> {
    let entries: Vec<&Entry> = entries.iter().map(AsRef::as_ref).collect();
    let entries = entries.as_slice();
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
        match slots.get_mut(hash.slot(k)) {
            Some(free @ None) => *free = Some(index),
            Some(Some(other)) => return Err(cannot(*other, index)),
            None => return Err(cannot(index, index)),
        }
    }
    let (texts, [message, description, measure], further) = interned_texts(entries);
    let mut tables = Tables {
        keys,
        key_words,
        hash,
        slots,
        max_probes: 0,
        texts,
        message,
        description,
        measure,
        further,
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
    /// The lookup the generated `code_index` runs, through the same key,
    /// slot and comparison functions: the index of the variant whose code
    /// is `code`, and how many slots it read.
    pub fn find<E: AsRef<Entry>>(&self, entries: &[E], code: &str) -> (Option<usize>, usize) {
        let bytes = code.as_bytes();
        let shape = self.key_words.shape();
        if bytes.len() < shape.min_len || bytes.len() > shape.max_len {
            return (None, 0);
        }
        let k = code_key(bytes, &shape);
        let found = self
            .slots
            .get(self.hash.slot(k))
            .copied()
            .flatten()
            .filter(|&i| {
                (!keeps_keys(&shape) || self.keys.get(i) == Some(&k))
                    && entries
                        .get(i)
                        .is_some_and(|e| same_code(e.as_ref().code.as_bytes(), bytes, &shape))
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
        assert_eq!((t.key_words.min_len, t.key_words.max_len), (2, 11));
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
        assert!(!t.key_words.extra);
        assert_ne!(t.keys[0], t.keys[1]);
    }

    #[test]
    fn words_in_another_order_are_another_key() {
        let every_word = KeyWords {
            min_len: 17,
            max_len: 17,
            extra: true,
            seed: 0,
            offsets: vec![8],
        };
        assert_ne!(
            every_word.key(b"AAAAAAAABBBBBBBBC"),
            every_word.key(b"BBBBBBBBAAAAAAAAC")
        );
    }
}

#[cfg(test)]
mod examples {
    use super::*;

    /// Up to 8 bytes the key is the code; longer codes are hashed.
    #[test]
    fn key_example() {
        let words = KeyWords {
            min_len: 2,
            max_len: 11,
            ..KeyWords::default()
        };
        assert_eq!(words.key(b"AB"), u64::from_le_bytes(*b"AB\0\0\0\0\0\0"));
        assert_eq!(words.key(b"KMS.0201"), u64::from_le_bytes(*b"KMS.0201"));
        assert_ne!(words.key(b"EVS.4200001"), words.key(b"EVS.4200002"));
        let long_only = KeyWords {
            min_len: 8,
            max_len: 9,
            ..KeyWords::default()
        };
        // In a table of 8 and 9 bytes an 8-byte code's key is its bytes too.
        assert_eq!(long_only.key(b"KMS.0201"), u64::from_le_bytes(*b"KMS.0201"));
        assert_eq!(
            long_only.key(b"CSMS.0002"),
            u64::from_le_bytes(*b"CSMS.000").wrapping_add(u64::from_le_bytes(*b"SMS.0002"))
        );
    }
}
