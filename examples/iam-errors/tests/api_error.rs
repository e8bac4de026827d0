//! `ApiError` in a crate that declares no `extern crate alloc;`: the
//! generated module brings its own. Bodies in both forms the services
//! document.

use iam_errors_example::iam::{ApiError, ErrorCode, IamError};

#[test]
fn both_body_forms_and_what_the_page_says() {
    let code = IamError::ALL[0];
    let status = code.status_code();
    let nested = format!(
        r#"{{"error": {{"error_code": "{}", "error_msg": "from the server"}}}}"#,
        code.code()
    );
    let error = ApiError::from_body(status, nested.as_bytes());
    assert_eq!(error.code(), Some(ErrorCode::Known(code)));
    assert_eq!(error.documented(), Some(code.info()));
    let flat = ApiError::from_body(599, br#"{"code": "IAM.9999", "message": "new"}"#);
    assert_eq!(flat.code_str(), Some("IAM.9999"));
    assert_eq!(flat.to_string(), "IAM.9999 (HTTP 599, undocumented): new");
    // A documented code with another status names the documented one.
    let other = ApiError::from_body(599, format!(r#"{{"code": "{}"}}"#, code.code()).as_bytes());
    assert_eq!(
        other.to_string(),
        format!("{} (HTTP 599, documented with HTTP {status})", code.code())
    );
}
