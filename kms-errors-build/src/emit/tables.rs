//! The lookup and accessor tables of [`lookup::Tables`], and the one
//! lookup function over them that every `from_code` calls.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote};
use syn::LitInt;

use super::format::{Frame, Splicer};
use super::{index_type, lookup, Statuses};
use crate::model::Entry;

/// The consts of [`lookup::Tables`] and the lookup function over them.
pub(super) fn tokens<'a>(
    entries: &'a [Entry],
    t: &lookup::Tables,
    statuses: Statuses,
    splicer: &mut Splicer<'a>,
) -> TokenStream {
    // Private: the generated module's API reads them.
    let vis = &TokenStream::new();
    let text_index = index_type(t.texts.len());
    let n = Literal::usize_unsuffixed(entries.len());
    let d = Literal::usize_unsuffixed(t.texts.len());
    let keys = t.keys.clone();
    let keys = splicer.item({
        let (vis, n) = (vis.clone(), n.clone());
        move || {
            let keys = keys.iter().map(|&k| hex(k));
            quote! {
                /// Each variant's lookup key, by discriminant: a code of up
                /// to 8 bytes is its bytes as a little-endian `u64`
                /// (zero-padded), a longer one a hash of its length and of
                /// the words `code_key` reads.
                #vis const KEYS: [u64; #n] = [#(#keys),*];
            }
        }
    });
    let slot_type = index_type(entries.len() + 1);
    let size = Literal::usize_unsuffixed(t.slots.len());
    let slot_list = t.slots.clone();
    // Never all plain numbers (the table is at most half full, the rest
    // EMPTY_SLOT), so printed one per line.
    let slots = splicer.list(t.slots.len(), Frame::Array, move |i| {
        match slot_list.get(i).copied().flatten() {
            Some(index) => {
                let index = Literal::usize_unsuffixed(index);
                quote!(#index)
            }
            None => quote!(EMPTY_SLOT),
        }
    });
    let displacement_type = index_type(t.slots.len());
    let displacement_count = Literal::usize_unsuffixed(t.hash.displacements.len());
    let displacement_list = t.hash.displacements.clone();
    let displacements = splicer.item({
        let vis = vis.clone();
        let displacement_type = displacement_type.clone();
        move || {
            let values = displacement_list
                .iter()
                .map(|&d| Literal::usize_unsuffixed(d));
            quote! {
                /// Each bucket's displacement, XORed into the hash of its
                /// codes so that every code has a slot of its own.
                #vis const DISPLACEMENTS: [#displacement_type; #displacement_count] = [#(#values),*];
            }
        }
    });
    let key_seed = hex(t.key_words.seed);
    let key_offset_count = Literal::usize_unsuffixed(t.key_words.offsets.len());
    let key_offsets = t
        .key_words
        .offsets
        .iter()
        .map(|&o| Literal::usize_unsuffixed(o));
    let multiplier = hex(t.hash.multiplier);
    let bucket_multiplier = hex(t.hash.bucket_multiplier);
    let hash_shift = Literal::u32_unsuffixed(t.hash.hash_shift());
    let bucket_shift = Literal::u32_unsuffixed(t.hash.bucket_shift());
    let codes = splicer.list(entries.len(), Frame::Array, move |i| {
        let code = entries.get(i).map_or("", |e| e.code.as_str());
        quote!(#code)
    });
    let status_of = move |i: usize| statuses.value(entries.get(i).and_then(|e| e.status_code));
    let status_type = statuses.ty();
    let status_codes = if statuses.one_per_line() {
        let statuses = splicer.list(entries.len(), Frame::Array, status_of);
        quote! {
            /// Each variant's HTTP status, by discriminant.
            #vis const STATUS_CODES: [#status_type; #n] = [#(#statuses),*];
        }
    } else {
        let (vis, n) = (vis.clone(), n.clone());
        splicer.item(move || {
            let statuses = (0..entries.len()).map(status_of);
            quote! {
                /// Each variant's HTTP status, by discriminant.
                #vis const STATUS_CODES: [#status_type; #n] = [#(#statuses),*];
            }
        })
    };
    let text_list = t.texts.clone();
    let texts = splicer.list(t.texts.len(), Frame::Array, move |i| {
        let text = text_list.get(i).map_or("", String::as_str);
        quote!(#text)
    });
    let mut index_array = |name: &str, doc: &str, indices: Vec<usize>| {
        let (vis, n, name, text_index, doc) = (
            vis.clone(),
            n.clone(),
            format_ident!("{}", name),
            text_index.clone(),
            doc.to_string(),
        );
        splicer.item(move || {
            let indices = indices.iter().map(|&i| Literal::usize_unsuffixed(i));
            quote! {
                #[doc = #doc]
                #vis const #name: [#text_index; #n] = [#(#indices),*];
            }
        })
    };
    let messages = index_array(
        "MESSAGES",
        " Each variant's message: an index into `TEXTS`.",
        t.message.clone(),
    );
    let descriptions = index_array(
        "DESCRIPTIONS",
        " Each variant's description: an index into `TEXTS`.",
        t.description.clone(),
    );
    let measures = index_array(
        "MEASURES",
        " Each variant's measure: an index into `TEXTS`.",
        t.measure.clone(),
    );
    let (min_len, max_len) = (
        Literal::usize_unsuffixed(t.min_len),
        Literal::usize_unsuffixed(t.max_len),
    );
    let lookup = lookup_fn(vis);
    quote! {
        /// Length in bytes of the shortest code.
        #vis const MIN_CODE_LEN: usize = #min_len;
        /// Length in bytes of the longest code.
        #vis const MAX_CODE_LEN: usize = #max_len;
        #keys
        /// The seed of the keys of codes over 8 bytes.
        #vis const KEY_SEED: u64 = #key_seed;
        /// The offsets of the words a key of a code over 8 bytes hashes
        /// besides its first and last 8 bytes (each clamped to the last).
        #vis const KEY_OFFSETS: [usize; #key_offset_count] = [#(#key_offsets),*];
        /// A slot of `SLOTS` that holds no variant.
        #vis const EMPTY_SLOT: #slot_type = #slot_type::MAX;
        /// The hash table: a discriminant per slot, every code in a slot of
        /// its own (see `code_index`).
        #vis const SLOTS: [#slot_type; #size] = [#(#slots),*];
        /// The multiplier of the hash of a key.
        #vis const HASH_MULTIPLIER: u64 = #multiplier;
        /// `64 - log2(SLOTS.len())`.
        #vis const HASH_SHIFT: u32 = #hash_shift;
        /// The multiplier of the key for its bucket in `DISPLACEMENTS`.
        #vis const BUCKET_MULTIPLIER: u64 = #bucket_multiplier;
        /// `64 - log2(DISPLACEMENTS.len())` (63 for one bucket).
        #vis const BUCKET_SHIFT: u32 = #bucket_shift;
        #displacements
        /// Each variant's code, by discriminant.
        #vis const CODES: [&str; #n] = [#(#codes),*];
        #status_codes
        /// Every distinct text of the table, once.
        #vis const TEXTS: [&str; #d] = [#(#texts),*];
        #messages
        #descriptions
        #measures
        #lookup
    }
}

/// `n` as a 16-digit hex literal (a key shows its code's bytes).
fn hex(n: u64) -> LitInt {
    LitInt::new(&format!("0x{n:016x}"), Span::call_site())
}

/// The lookup every `from_code` calls, over the tables above: a code's
/// discriminant, reading one slot (see [`lookup`]). `#[inline]`: left to
/// itself, LLVM kept the old lookup a call from a standalone `from_code`
/// (8 more instructions a lookup in a table of 200).
fn lookup_fn(vis: &TokenStream) -> TokenStream {
    let key_multiplier = hex(lookup::KEY_MULTIPLIER);
    let key_rotation = Literal::u32_unsuffixed(lookup::KEY_ROTATION);
    quote! {
        /// The discriminant of the variant whose code is `code` (exact,
        /// case-sensitive): a wrong length is rejected before any byte is
        /// read; then the code's key picks one slot of a perfect hash
        /// table, and the slot's code is compared.
        #[inline]
        #vis const fn code_index(code: &str) -> ::core::option::Option<usize> {
            let bytes = code.as_bytes();
            if bytes.len() < MIN_CODE_LEN || bytes.len() > MAX_CODE_LEN {
                return ::core::option::Option::None;
            }
            let key = code_key(bytes);
            let hash = (key.wrapping_mul(HASH_MULTIPLIER) >> HASH_SHIFT) as usize;
            let bucket = (key.wrapping_mul(BUCKET_MULTIPLIER) >> BUCKET_SHIFT) as usize
                % DISPLACEMENTS.len();
            let slot = (hash ^ DISPLACEMENTS[bucket] as usize) % SLOTS.len();
            let index = SLOTS[slot] as usize;
            if index < KEYS.len() && KEYS[index] == key && same_code(CODES[index].as_bytes(), bytes) {
                ::core::option::Option::Some(index)
            } else {
                ::core::option::Option::None
            }
        }

        /// A code's lookup key (see `KEYS`).
        #[inline]
        const fn code_key(bytes: &[u8]) -> u64 {
            let len = bytes.len();
            if len == 8 {
                return word(bytes, 0);
            }
            if len < 8 {
                // The bytes, zero-padded: two overlapping reads, whose
                // shared bytes are the same.
                if len >= 4 {
                    return half_word(bytes, 0) | half_word(bytes, len - 4) << (8 * (len - 4));
                }
                if len == 0 {
                    return 0;
                }
                return bytes[0] as u64
                    | (bytes[len / 2] as u64) << (8 * (len / 2))
                    | (bytes[len - 1] as u64) << (8 * (len - 1));
            }
            let last = len - 8;
            let mut hash = word(bytes, 0)
                ^ (word(bytes, last) ^ KEY_SEED ^ len as u64).wrapping_mul(#key_multiplier);
            let mut i = 0;
            while i < KEY_OFFSETS.len() {
                let at = if KEY_OFFSETS[i] < last { KEY_OFFSETS[i] } else { last };
                hash = hash.wrapping_mul(#key_multiplier).rotate_left(#key_rotation)
                    ^ word(bytes, at);
                i += 1;
            }
            hash
        }

        /// Whether `found`, the code of a variant with the input's key, is
        /// the input: up to 8 bytes the key is the code, so the lengths
        /// decide.
        #[inline]
        const fn same_code(found: &[u8], bytes: &[u8]) -> bool {
            let len = bytes.len();
            if found.len() != len {
                return false;
            }
            if len <= 8 {
                return true;
            }
            let last = len - 8;
            if len <= 16 {
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

        /// The 4 bytes of `bytes` from `at`, little-endian (0 past the end,
        /// which no caller reaches).
        #[inline(always)]
        const fn half_word(bytes: &[u8], at: usize) -> u64 {
            if let ::core::option::Option::Some((_, rest)) = bytes.split_at_checked(at) {
                if let ::core::option::Option::Some(chunk) = rest.first_chunk::<4>() {
                    return u32::from_le_bytes(*chunk) as u64;
                }
            }
            0
        }

        /// The 8 bytes of `bytes` from `at`, little-endian (0 past the
        /// end, which no caller reaches). One bounds check, so the compiler
        /// reads them as one load.
        #[inline(always)]
        const fn word(bytes: &[u8], at: usize) -> u64 {
            if let ::core::option::Option::Some((_, rest)) = bytes.split_at_checked(at) {
                if let ::core::option::Option::Some(chunk) = rest.first_chunk::<8>() {
                    return u64::from_le_bytes(*chunk);
                }
            }
            0
        }
    }
}
