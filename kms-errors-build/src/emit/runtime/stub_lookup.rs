// The lookup's tables for the stubs' three codes (`SVC.0001`, `SVC.0002`,
// `SVC.0003`), as the generator builds them (`stub.rs` tests that), and
// `hash.rs`, whose types they have: included by both stubs, each with its
// own copy of the types.

pub(super) const CODES_HAVE_LOWER_CASE: bool = false;
pub(super) const KEYS: Option<&[u64]> = Some(&[
    u64::from_le_bytes(*b"SVC.0001"),
    u64::from_le_bytes(*b"SVC.0002"),
    u64::from_le_bytes(*b"SVC.0003"),
]);
const KEY_SHAPE: KeyShape<'static> = KeyShape {
    min_len: 8,
    max_len: 8,
    extra: None,
};
const PLACEMENT: Placement<'static> = Placement {
    multiplier: 0xe220_a839_7b1d_cdaf,
    slot_bits: 3,
    buckets: None,
};
pub(super) const SLOTS: [u8; 8] = [1, 255, 255, 0, 255, 2, 255, 255];

include!("hash.rs");
