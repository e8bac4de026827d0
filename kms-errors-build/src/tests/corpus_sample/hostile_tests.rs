// The tests of the module generated from `hostile.rst` (included in it,
// with `use super::*` in scope).

#[test]
fn names() {
    assert_eq!(ServiceError::from_code("H.2"), Some(ServiceError::ESelf));
    assert_eq!(ServiceError::E404NotFound1.code(), "H.1");
    assert_eq!(ServiceError::ServiceError5.code(), "H.5");
    assert_eq!(ServiceError::ErrorInfo.code(), "H.6");
}

#[test]
fn near_misses() {
    assert_near_misses(b"0.x");
}
