//! `ErrorCode`: a code as a server sent it, known or not.

use kms_errors::{ErrorCode, KmsError, UnknownErrorCode};

#[test]
fn known_and_unknown_codes() {
    for &e in KmsError::ALL {
        let code = ErrorCode::from(e.code());
        assert_eq!(code, ErrorCode::Known(e));
        assert_eq!(code.known(), Some(e));
        assert_eq!(code.to_string(), e.code());
        assert_eq!(ErrorCode::from(e), code);
    }
    let newer: ErrorCode = "CSMS.0002".parse().unwrap();
    assert_eq!(newer.known(), None);
    assert_eq!(newer.as_str(), "CSMS.0002");
    assert_eq!(newer.to_string(), "CSMS.0002");
    let ErrorCode::Unknown(unknown) = newer else {
        panic!("{newer:?}")
    };
    assert_eq!(unknown.input(), "CSMS.0002");
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
    assert!(std::mem::size_of::<ErrorCode>() <= 40);
}
