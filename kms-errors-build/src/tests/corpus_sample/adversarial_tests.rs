// The tests of a module generated from a synthetic page of codes made to
// defeat a lookup keyed on part of a code (included in it, with
// `use super::*` in scope).

#[test]
fn every_code_and_no_near_miss() {
    for (n, &e) in ServiceError::ALL.iter().enumerate() {
        assert_eq!(ServiceError::from_code(e.code()), Some(e));
        assert_eq!(e as usize, n);
    }
    assert_near_misses(b"0Zx.");
    // The lookup reads a chosen word beyond the first and last.
    assert!(KEY_SHAPE.extra.is_some());
}
