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
        // Shown as the enum shows it: the code and its message.
        assert_eq!(code.to_string(), e.to_string());
        assert!(code.to_string().starts_with(e.code()));
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

/// Codes are map keys: counted by code, as a client counts its errors.
#[test]
fn codes_count_by_code_in_a_map() {
    use std::collections::HashMap;
    let mut counts: HashMap<ErrorCode, usize> = HashMap::new();
    let first = KmsError::ALL[0].code();
    let undocumented = undocumented();
    for code in [
        first,
        undocumented.as_str(),
        first,
        "kms-other",
        undocumented.as_str(),
    ] {
        *counts.entry(ErrorCode::new(code)).or_default() += 1;
    }
    assert_eq!(counts[&ErrorCode::Known(KmsError::ALL[0])], 2);
    assert_eq!(counts[&ErrorCode::new(&undocumented)], 2);
    assert_eq!(counts.len(), 3);
    // Every documented code is its own key, and so is each near miss.
    let mut keys = std::collections::HashSet::new();
    for &e in KmsError::ALL {
        assert!(keys.insert(ErrorCode::Known(e)));
        let miss = format!("{}9", e.code());
        if KmsError::from_code(&miss).is_none() {
            assert!(keys.insert(ErrorCode::new(&miss)));
        }
    }
}

#[test]
fn error_code_is_small_and_copy() {
    fn copy<T: Copy>(_: T) {}
    copy(ErrorCode::from("KMS.0201"));
    // The kept bytes, their length, the cut mark and the tag.
    assert!(std::mem::size_of::<ErrorCode>() <= UnknownErrorCode::MAX_INPUT_LEN + 8);
}

/// Nothing is lost silently: a cut input is marked where it is shown.
/// Equality is the documented rule: inputs up to the capacity compare
/// whole; longer ones by the start that is kept.
#[test]
fn cut_codes_are_marked_and_compare_by_what_is_kept() {
    let a = format!("{}A", "X".repeat(UnknownErrorCode::MAX_INPUT_LEN));
    let b = format!("{}B", "X".repeat(UnknownErrorCode::MAX_INPUT_LEN));
    let (ca, cb) = (ErrorCode::new(&a), ErrorCode::new(&b));
    assert_eq!(ca.as_str(), cb.as_str(), "the same kept start");
    assert_eq!(ca, cb);
    assert_eq!(ca, ca);
    let whole = ErrorCode::new(&a[..UnknownErrorCode::MAX_INPUT_LEN]);
    assert_ne!(ca, whole, "a cut input never equals a whole one");
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
