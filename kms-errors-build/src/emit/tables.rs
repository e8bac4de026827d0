//! The lookup and accessor tables of [`lookup::Tables`], and the one
//! lookup function over them that every `from_code` calls.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote};
use syn::LitInt;

use super::format::{Frame, Splicer};
use super::{index_type, lookup, StatusForm};
use crate::model::Entry;

/// The consts of [`lookup::Tables`] and the lookup function over them,
/// with visibility `vis`.
pub(super) fn tokens<'a>(
    entries: &'a [Entry],
    status: StatusForm,
    vis: &TokenStream,
    splicer: &mut Splicer<'a>,
) -> TokenStream {
    let t = lookup::tables(entries);
    let text_index = index_type(t.texts.len());
    let n = Literal::usize_unsuffixed(entries.len());
    let d = Literal::usize_unsuffixed(t.texts.len());
    let keys = t.keys.clone();
    let keys = splicer.item({
        let (vis, n) = (vis.clone(), n.clone());
        move || {
            let keys = keys.iter().map(|&k| hex(k));
            quote! {
                /// Each variant's lookup key, its code's first 8 bytes as a
                /// big-endian `u64` (zero-padded), by discriminant.
                #vis const KEYS: [u64; #n] = [#(#keys),*];
            }
        }
    });
    let slot_type = index_type(entries.len() + 1);
    let size = Literal::usize_unsuffixed(t.slots.len());
    let slot_list = t.slots.clone();
    // Never all plain numbers (the table is at most half full), so printed
    // one per line.
    let slots = splicer.list(t.slots.len(), Frame::Array, move |i| {
        match slot_list.get(i).copied().flatten() {
            Some(index) => {
                let index = Literal::usize_unsuffixed(index);
                quote!(#index)
            }
            None => quote!(EMPTY_SLOT),
        }
    });
    let multiplier = hex(t.multiplier);
    let shift = Literal::u32_unsuffixed(t.shift);
    let codes = splicer.list(entries.len(), Frame::Array, move |i| {
        let code = entries.get(i).map_or("", |e| e.code.as_str());
        quote!(#code)
    });
    let status_of = move |i: usize| (status.value)(entries.get(i).and_then(|e| e.status_code));
    let status_type = (status.ty)();
    let status_codes = if status.one_per_line {
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
        t.message,
    );
    let descriptions = index_array(
        "DESCRIPTIONS",
        " Each variant's description: an index into `TEXTS`.",
        t.description,
    );
    let measures = index_array(
        "MEASURES",
        " Each variant's measure: an index into `TEXTS`.",
        t.measure,
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
        /// A slot of `SLOTS` that holds no variant.
        #vis const EMPTY_SLOT: #slot_type = #slot_type::MAX;
        /// The hash table: a discriminant per slot; a key's home slot is
        /// `key.wrapping_mul(HASH_MULTIPLIER) >> HASH_SHIFT`, collisions go
        /// to the next slot.
        #vis const SLOTS: [#slot_type; #size] = [#(#slots),*];
        /// The multiplier of the home-slot hash.
        #vis const HASH_MULTIPLIER: u64 = #multiplier;
        /// `64 - log2(SLOTS.len())`.
        #vis const HASH_SHIFT: u32 = #shift;
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
/// discriminant, in one or two probes (see [`lookup`]). `#[inline]`: left
/// to itself, LLVM keeps it a call from a standalone `from_code`, which
/// costs 8 of the 46 instructions of a lookup in a table of 200.
fn lookup_fn(vis: &TokenStream) -> TokenStream {
    quote! {
        /// The discriminant of the variant whose code is `code` (exact,
        /// case-sensitive): a wrong length is rejected before any byte is
        /// read; then one or two probes of the hash table, keyed by the
        /// code's first 8 bytes.
        #[inline]
        #vis const fn code_index(code: &str) -> ::core::option::Option<usize> {
            let bytes = code.as_bytes();
            if bytes.len() < MIN_CODE_LEN || bytes.len() > MAX_CODE_LEN {
                return ::core::option::Option::None;
            }
            let key = if bytes.len() >= 8 {
                u64::from_be_bytes([
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                ])
            } else {
                let mut key = 0u64;
                let mut i = 0;
                while i < 8 {
                    key <<= 8;
                    if i < bytes.len() {
                        key |= bytes[i] as u64;
                    }
                    i += 1;
                }
                key
            };
            let mut slot = (key.wrapping_mul(HASH_MULTIPLIER) >> HASH_SHIFT) as usize;
            // Ends: the table is at most half full.
            loop {
                let index = SLOTS[slot % SLOTS.len()];
                if index == EMPTY_SLOT {
                    return ::core::option::Option::None;
                }
                let index = index as usize;
                // Codes sharing their first 8 bytes share a key: compare the
                // rest.
                if KEYS[index] == key {
                    let found = CODES[index].as_bytes();
                    if found.len() == bytes.len() {
                        let mut i = 8;
                        while i < found.len() && found[i] == bytes[i] {
                            i += 1;
                        }
                        if i >= found.len() {
                            return ::core::option::Option::Some(index);
                        }
                    }
                }
                slot = (slot + 1) % SLOTS.len();
            }
        }
    }
}
