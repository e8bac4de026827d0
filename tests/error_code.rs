//! `ErrorCode`: a code as a server sent it, known or not.

use kms_errors::{ErrorCode, KmsError, UnknownErrorCode};

mod support;
use support::undocumented;

#[test]
fn known_and_unknown_codes() {
    for &e in KmsError::ALL {
        let code = ErrorCode::from(e.code());
        assert_eq!(code, ErrorCode::Known(e));
        assert_eq!(code.known(), Some(e));
        assert_eq!(code.to_string(), e.code());
        assert_eq!(ErrorCode::from(e), code);
    }
    let code = undocumented();
    let newer: ErrorCode = code.parse().unwrap();
    assert_eq!(newer.known(), None);
    assert_eq!(newer.as_str(), code);
    assert_eq!(newer.to_string(), code);
    let ErrorCode::Unknown(unknown) = newer else {
        panic!("{newer:?}")
    };
    assert_eq!(unknown.input(), code);
    // Case matters, as for `from_code`.
    assert_eq!(ErrorCode::from("kms.0201").known(), None);
    // Long input keeps its start, like `UnknownErrorCode`.
    let long = "X".repeat(100);
    let code = ErrorCode::from(long.as_str());
    assert_eq!(code.as_str().len(), UnknownErrorCode::MAX_INPUT_LEN);
}

#[test]
fn error_code_is_small_and_copy() {
    fn copy<T: Copy>(_: T) {}
    copy(ErrorCode::from("KMS.0201"));
    // The kept bytes, their length, the cut mark and the tag.
    assert!(std::mem::size_of::<ErrorCode>() <= UnknownErrorCode::MAX_INPUT_LEN + 8);
}

/// Nothing is lost silently: a cut input is marked where it is shown, and
/// two different inputs never compare equal.
#[test]
fn cut_codes_are_marked_and_equal_nothing() {
    let a = format!("{}A", "X".repeat(UnknownErrorCode::MAX_INPUT_LEN));
    let b = format!("{}B", "X".repeat(UnknownErrorCode::MAX_INPUT_LEN));
    let (ca, cb) = (ErrorCode::new(&a), ErrorCode::new(&b));
    assert_eq!(ca.as_str(), cb.as_str(), "the same kept start");
    assert_ne!(ca, cb);
    assert_ne!(ca, ca, "a cut code equals nothing, not even itself");
    assert!(ca.to_string().ends_with('…'));
    let ErrorCode::Unknown(unknown) = ca else {
        panic!("{ca:?}")
    };
    assert!(unknown.is_truncated());
    assert!(unknown.to_string().ends_with("…\""), "{unknown}");
    // Cut at a character boundary, never inside one.
    let wide = "é".repeat(UnknownErrorCode::MAX_INPUT_LEN);
    let kept = UnknownErrorCode::new(&wide);
    assert!(
        kept.input().len() <= UnknownErrorCode::MAX_INPUT_LEN
            && kept.input().chars().all(|c| c == 'é')
    );
    // Exactly the capacity is kept whole.
    let full = "Y".repeat(UnknownErrorCode::MAX_INPUT_LEN);
    assert_eq!(ErrorCode::new(&full), ErrorCode::new(&full));
    assert!(!UnknownErrorCode::new(&full).is_truncated());
}

#[test]
fn what_an_error_code_tells() {
    for &e in KmsError::ALL {
        let code = ErrorCode::new(e.code());
        assert!(code.is_known());
        assert_eq!(code.status_code(), Some(e.status_code()));
        assert_eq!(code.message(), Some(e.message()));
        assert_eq!(AsRef::<str>::as_ref(&code), e.code());
        assert_eq!(
            ErrorCode::new_ignore_ascii_case(&e.code().to_ascii_lowercase()),
            code
        );
    }
    let unknown = ErrorCode::new("kms.0201");
    assert!(!unknown.is_known());
    assert_eq!((unknown.status_code(), unknown.message()), (None, None));
    assert_eq!(AsRef::<str>::as_ref(&unknown), "kms.0201");
    // An error, so that it can be a `#[source]`.
    let source: Box<dyn std::error::Error> = Box::new(unknown);
    assert_eq!(source.to_string(), "kms.0201");
}
