//! The optional features: `serde` (a code string both ways, errors naming
//! the input) and `http` (the status as `http::StatusCode`). CI runs these
//! with `--all-features`; without the features this file is empty.

#![cfg(any(feature = "serde", feature = "http"))]

use kms_errors::KmsError;

#[cfg(feature = "serde")]
#[test]
fn serde_uses_the_code_string() {
    for &e in KmsError::ALL {
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(json, format!("\"{}\"", e.code()));
        assert_eq!(serde_json::from_str::<KmsError>(&json).unwrap(), e);
    }
    let err = serde_json::from_str::<KmsError>("\"KMS.0207\"").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value: string \"KMS.0207\", expected a documented KMS error code such as \"KMS.0201\" at line 1 column 10"
    );
    assert!(serde_json::from_str::<KmsError>("201").is_err());
}

#[cfg(feature = "serde")]
#[test]
fn error_code_deserializes_from_any_code() {
    use kms_errors::ErrorCode;
    use std::collections::BTreeMap;

    // As a field of a response type: never fails for a string.
    let known: BTreeMap<String, ErrorCode> =
        serde_json::from_str(r#"{"error_code":"KMS.0205"}"#).unwrap();
    assert_eq!(known["error_code"].known(), Some(KmsError::InvalidKeyId));
    let newer: BTreeMap<String, ErrorCode> =
        serde_json::from_str(r#"{"error_code":"KMS.0999"}"#).unwrap();
    assert_eq!(newer["error_code"].known(), None);
    assert_eq!(newer["error_code"].as_str(), "KMS.0999");
    assert_eq!(
        serde_json::to_string(&newer["error_code"]).unwrap(),
        "\"KMS.0999\""
    );
    assert_eq!(
        serde_json::to_string(&ErrorCode::Known(KmsError::InvalidKeyId)).unwrap(),
        "\"KMS.0205\""
    );
    assert!(serde_json::from_str::<ErrorCode>("201").is_err());
}

#[cfg(feature = "http")]
#[test]
fn http_status_codes() {
    for &e in KmsError::ALL {
        assert_eq!(e.http_status().as_u16(), e.status_code());
    }
    assert_eq!(
        KmsError::InternalError.http_status(),
        http::StatusCode::INTERNAL_SERVER_ERROR
    );
}
