// The key and slot functions of the lookup, written once: the generator
// includes this file where it places a table's codes (`emit/lookup.rs`),
// and emits it as it is into every generated module, whose `code_index`
// runs them to find a code: private items, with no placeholders. `const
// fn`, no allocation, no panic (no indexing), MSRV 1.81.
//
// (Plain comments: the generator emits the items of this file, not its
// module docs.)

/// How a table's codes become keys: its codes' length range, a constant of
/// the generated module, so that the branches for other lengths fold away,
/// and the words hashed besides the first and last 8 bytes of a code over
/// 8 bytes, when those alone do not separate the codes.
#[derive(Clone, Copy)]
struct KeyShape<'a> {
    /// Length in bytes of the shortest code.
    min_len: usize,
    /// Length in bytes of the longest code.
    max_len: usize,
    /// More words for codes over 8 bytes, if the table needs them.
    extra: Option<ExtraWords<'a>>,
}

/// The words a code over 8 bytes also hashes, and the seed mixed with its
/// length.
#[derive(Clone, Copy)]
struct ExtraWords<'a> {
    /// Mixed with the length first.
    seed: u64,
    /// Offsets of the words, each clamped to the last word.
    offsets: &'a [usize],
}

/// Where a key goes: the top `slot_bits` bits of the key times
/// `multiplier`, moved by its bucket's displacement when one multiplier
/// alone does not give every code a slot of its own.
#[derive(Clone, Copy)]
struct Placement<'a> {
    /// The odd multiplier of the key, for its hash.
    multiplier: u64,
    /// `log2` of the number of slots.
    slot_bits: u32,
    /// The buckets and their displacements, for tables that need them.
    buckets: Option<Buckets<'a>>,
}

/// Hash and displace: the key's bucket, and what is XORed into the hashes
/// of its codes.
#[derive(Clone, Copy)]
struct Buckets<'a> {
    /// The odd multiplier of the key, for its bucket: another than the
    /// hash's, since a page's codes are often an arithmetic progression
    /// whose hash under one multiplier is a lattice.
    multiplier: u64,
    /// `log2` of the number of buckets (at least 1).
    bits: u32,
    /// Each bucket's displacement.
    displacements: &'a [u32],
}

/// The multiplier of the long-code key mix (odd, from splitmix64).
const KEY_MULTIPLIER: u64 = 0xbf58_476d_1ce4_e5b9;
/// The rotation between the words of a long code's key.
const KEY_ROTATION: u32 = 29;

/// A code's key. A table whose codes have at most 8 bytes keys a code by
/// its bytes, little-endian and zero-padded (with the length compared, the
/// key is the code). A longer code is keyed by its first 8 bytes plus its
/// last 8 bytes (overlapping under 16) times the bytes past the first 8:
/// the first 8 bytes alone for an 8-byte code, so that codes as alike as a
/// page's (`KMS.0201`, `CSMS.0002`) keep the structure the slot's
/// multiplier spreads well, and no branch on the length in a table whose
/// codes all have 8 bytes or more. Where that does not separate the codes,
/// the table hashes the length with a seed and more words ([`ExtraWords`]).
#[inline(always)]
const fn code_key(bytes: &[u8], shape: &KeyShape<'_>) -> u64 {
    let len = bytes.len();
    if keyed_by_bytes(len, shape) {
        return short_key(bytes, shape.min_len);
    }
    let last = len.saturating_sub(8);
    let (first, last_word) = (word(bytes, 0), word(bytes, last));
    let Some(extra) = shape.extra else {
        return first.wrapping_add(last_word.wrapping_mul(last as u64));
    };
    let mut hash = first ^ (last_word ^ len as u64 ^ extra.seed).wrapping_mul(KEY_MULTIPLIER);
    let mut i = 0;
    while let Some(&offset) = nth(extra.offsets, i) {
        // Mixed before each word is XORed in: XORed into the first word
        // directly, a word would cancel against the same word at another
        // offset, for every seed.
        let at = if offset < last { offset } else { last };
        hash = hash.wrapping_mul(KEY_MULTIPLIER).rotate_left(KEY_ROTATION) ^ word(bytes, at);
        i += 1;
    }
    hash
}

/// Whether a code of `len` bytes is keyed by its bytes (so that its key is
/// the code): in a table of codes of at most 8 bytes, and in a table of
/// mixed lengths a code of at most 8.
#[inline(always)]
const fn keyed_by_bytes(len: usize, shape: &KeyShape<'_>) -> bool {
    shape.max_len <= 8 || (shape.min_len < 8 && len <= 8)
}

/// `slice[i]`, without a panic path.
#[inline(always)]
const fn nth<T>(slice: &[T], i: usize) -> Option<&T> {
    match slice.split_at_checked(i) {
        Some((_, rest)) => rest.first(),
        None => None,
    }
}

/// The bytes of a code of at most 8 bytes, little-endian, zero-padded:
/// from 4 bytes on two overlapping 4-byte reads whose shared bytes are the
/// same (no branch if every code has 4 bytes or more).
#[inline(always)]
const fn short_key(bytes: &[u8], min_len: usize) -> u64 {
    let len = bytes.len();
    if min_len >= 4 || len >= 4 {
        let tail = len.saturating_sub(4);
        return half_word(bytes, 0) | half_word(bytes, tail).wrapping_shl(8 * tail as u32);
    }
    let (Some(&first), Some(&middle), Some(&last)) =
        (bytes.first(), nth(bytes, len / 2), bytes.last())
    else {
        return 0;
    };
    first as u64 | (middle as u64) << (8 * (len / 2)) | (last as u64) << (8 * (len - 1))
}

/// The slot of `key`: its hash, XORed with its bucket's displacement when
/// the table has buckets, in `0..2^slot_bits`.
#[inline(always)]
const fn slot_of(key: u64, placement: &Placement<'_>) -> usize {
    let hash = key
        .wrapping_mul(placement.multiplier)
        .wrapping_shr(64 - placement.slot_bits) as usize;
    let Some(buckets) = placement.buckets else {
        return hash;
    };
    let displacement = match nth(buckets.displacements, bucket_of(key, &buckets)) {
        Some(&displacement) => displacement as usize,
        None => 0,
    };
    (hash ^ displacement) & ((1 << placement.slot_bits) - 1)
}

/// The bucket of `key`, in `0..2^bits`.
#[inline(always)]
const fn bucket_of(key: u64, buckets: &Buckets<'_>) -> usize {
    key.wrapping_mul(buckets.multiplier)
        .wrapping_shr(64 - buckets.bits) as usize
}

/// Whether `found`, the code in the input's slot whose key is the input's,
/// is the input: of equal length and, unless the key is the code, the
/// same bytes.
#[inline(always)]
const fn same_code(found: &[u8], bytes: &[u8], shape: &KeyShape<'_>) -> bool {
    let len = bytes.len();
    if found.len() != len {
        return false;
    }
    if keyed_by_bytes(len, shape) {
        return true;
    }
    let last = len.saturating_sub(8);
    if shape.max_len <= 16 || len <= 16 {
        return (word(found, 0) ^ word(bytes, 0)) | (word(found, last) ^ word(bytes, last)) == 0;
    }
    let mut at = 0;
    while at < last {
        if word(found, at) != word(bytes, at) {
            return false;
        }
        at += 8;
    }
    word(found, last) == word(bytes, last)
}

/// The 4 bytes of `bytes` from `at`, little-endian (0 past the end, which
/// no caller reaches).
#[inline(always)]
const fn half_word(bytes: &[u8], at: usize) -> u64 {
    // One `match`, not nested `if let`s: clippy asks a crate on edition
    // 2024 that includes the module to collapse those into a let chain,
    // which edition 2021 does not have.
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<4>() {
            Some(chunk) => u32::from_le_bytes(*chunk) as u64,
            None => 0,
        },
        None => 0,
    }
}

/// The 8 bytes of `bytes` from `at`, little-endian (0 past the end, which
/// no caller reaches). One bounds check, so the compiler reads them as one
/// load.
#[inline(always)]
const fn word(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<8>() {
            Some(chunk) => u64::from_le_bytes(*chunk),
            None => 0,
        },
        None => 0,
    }
}
