//! The optional features: `serde` (a code string both ways, errors naming
//! the input), `http` (the status as `http::StatusCode`) and `json`
//! (`ApiError`). The README's test command runs these (`--all-features`);
//! without the features this file is empty.

#![cfg(any(feature = "serde", feature = "http", feature = "json"))]

use kms_errors::KmsError;

#[cfg(any(feature = "serde", feature = "json"))]
mod support;
#[cfg(any(feature = "serde", feature = "json"))]
use support::undocumented;

/// `ApiError` on every documented code, in both body forms, and on the
/// bodies a gateway sends.
#[cfg(feature = "json")]
#[test]
fn api_errors_read_every_body() {
    use kms_errors::{ApiError, ErrorCode, RetryKind};
    for &e in KmsError::ALL {
        for row in e.rows() {
            let body = format!(
                r#"{{"error": {{"error_code": "{}", "error_msg": "says \"no\""}}}}"#,
                e.code()
            );
            let error =
                ApiError::from_body(row.status_code, body.as_bytes()).with_request_id("r-9");
            assert_eq!(error.code(), Some(ErrorCode::Known(e)));
            assert_eq!(error.server_message(), Some("says \"no\""));
            let first = e.rows().iter().find(|r| r.status_code == row.status_code);
            assert_eq!(error.documented(), first);
            let shown = error.to_string();
            assert!(
                shown.starts_with(&format!(
                    "{} (HTTP {}): says \"no\"",
                    e.code(),
                    row.status_code
                )),
                "{shown}"
            );
            assert!(shown.ends_with("; request id: r-9"), "{shown}");
            assert!(shown.contains(first.unwrap().measure), "{shown}");
            let expected =
                RetryKind::from_status(row.status_code).unwrap_or(RetryKind::ClientError);
            assert_eq!(error.retry_kind(), expected);
        }
    }
    let code = undocumented();
    let flat = ApiError::from_body(
        429,
        format!(r#"{{"error_code": "{code}", "error_msg": "slow down"}}"#).as_bytes(),
    );
    assert_eq!(
        (flat.code(), flat.documented()),
        (Some(ErrorCode::new(&code)), None)
    );
    assert_eq!(flat.retry_kind(), RetryKind::ThrottlingError);
    for (status, body, message) in [
        (
            502,
            &b"<html><body><h1>502 Bad Gateway</h1></body></html>"[..],
            Some("<html><body><h1>502 Bad Gateway</h1></body></html>"),
        ),
        (500, b"", None),
        (
            503,
            b"{\"error\": {\"error_code\": \"KMS.01",
            Some("{\"error\": {\"error_code\": \"KMS.01"),
        ),
    ] {
        let error = ApiError::from_body(status, body);
        assert_eq!(
            (error.status(), error.code(), error.server_message()),
            (status, None, message)
        );
        assert!(error.retry_kind().is_retryable());
    }
    fn error_type<T: std::error::Error + Send + Sync + 'static>() {}
    error_type::<ApiError>();
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_the_code_string() {
    for &e in KmsError::ALL {
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(json, format!("\"{}\"", e.code()));
        assert_eq!(serde_json::from_str::<KmsError>(&json).unwrap(), e);
    }
    let code = undocumented();
    let err = serde_json::from_str::<KmsError>(&format!("\"{code}\"")).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "invalid value: string {code:?}, expected a documented error code such as {:?} at line 1 column {}",
            // The example is the first code still on the page.
            KmsError::ALL
                .iter()
                .find(|e| !e.is_retired())
                .expect("a code on the page")
                .code(),
            code.len() + 2
        )
    );
    assert!(serde_json::from_str::<KmsError>("201").is_err());
}

#[cfg(feature = "serde")]
#[test]
fn error_code_deserializes_from_any_code() {
    use kms_errors::ErrorCode;
    use std::collections::BTreeMap;

    // As a field of a response type: never fails for a string. Every code
    // of the page, read from the table (so an update cannot pin it).
    for &e in KmsError::ALL {
        let known: BTreeMap<String, ErrorCode> =
            serde_json::from_str(&format!(r#"{{"error_code":"{}"}}"#, e.code())).unwrap();
        assert_eq!(known["error_code"].known(), Some(e));
        assert_eq!(
            serde_json::to_string(&ErrorCode::Known(e)).unwrap(),
            format!("\"{}\"", e.code())
        );
    }
    let code = undocumented();
    let newer: BTreeMap<String, ErrorCode> =
        serde_json::from_str(&format!(r#"{{"error_code":"{code}"}}"#)).unwrap();
    assert_eq!(newer["error_code"].known(), None);
    assert_eq!(newer["error_code"].as_str(), code);
    assert_eq!(
        serde_json::to_string(&newer["error_code"]).unwrap(),
        format!("\"{code}\"")
    );
    assert!(serde_json::from_str::<ErrorCode>("201").is_err());
}

/// A cut code serializes marked, and reading that back keeps it cut with
/// the same kept start.
#[cfg(feature = "serde")]
#[test]
fn a_cut_code_round_trips_cut() {
    use kms_errors::{ErrorCode, UnknownErrorCode};

    for long in [
        "X".repeat(200),
        "é".repeat(UnknownErrorCode::MAX_INPUT_LEN),
        format!("{}é", "X".repeat(UnknownErrorCode::MAX_INPUT_LEN - 1)),
    ] {
        let code = ErrorCode::new(&long);
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}…\"", code.as_str()));
        let back: ErrorCode = serde_json::from_str(&json).unwrap();
        assert_eq!(back.as_str(), code.as_str());
        let ErrorCode::Unknown(back) = back else {
            panic!("{back:?}")
        };
        assert!(back.is_truncated());
    }
}

/// Both body forms, the server's message kept, fields that do not matter
/// ignored, and the broken bodies rejected.
#[cfg(feature = "serde")]
#[test]
fn error_responses() {
    use kms_errors::{ErrorCode, ErrorResponse, ResponseCode};

    let e = KmsError::ALL[0];
    let nested = format!(
        r#"{{"error": {{"error_code": "{}", "error_msg": "says \"no\"", "request_id": "r"}}}}"#,
        e.code()
    );
    let response: ErrorResponse<String> = serde_json::from_str(&nested).unwrap();
    assert_eq!(response.error_code, ErrorCode::Known(e));
    assert_eq!(response.error_msg.as_deref(), Some("says \"no\""));
    assert_eq!(
        response.classify(e.status_code()),
        ResponseCode::Documented {
            error: e,
            status: e.status_code()
        }
    );

    let flat = r#"{"request_id": "r", "error_code": "NEW.0001", "error_msg": null}"#;
    let response: ErrorResponse<&str> = serde_json::from_str(flat).unwrap();
    assert_eq!(response.error_code.as_str(), "NEW.0001");
    assert_eq!(response.error_msg, None);
    assert!(matches!(
        response.classify(503),
        ResponseCode::Unknown { status: 503, .. }
    ));

    let without_message: ErrorResponse<String> =
        serde_json::from_str(r#"{"error_code": "NEW.0001"}"#).unwrap();
    assert_eq!(without_message.error_msg, None);

    for broken in [
        r#"{"error_msg": "no code"}"#,
        r#"{"error": {"error_msg": "no code"}}"#,
        r#"{"error_code": "A", "error_code": "B"}"#,
        r#"{"error_code": 5}"#,
        r#"["error_code"]"#,
    ] {
        assert!(
            serde_json::from_str::<ErrorResponse<String>>(broken).is_err(),
            "{broken}"
        );
    }
}

#[cfg(feature = "http")]
#[test]
fn http_status_codes() {
    for &e in KmsError::ALL {
        assert_eq!(e.http_status().as_u16(), e.status_code());
    }
}
