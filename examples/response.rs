//! Reads KMS error responses and says what to do about each:
//! `cargo run --features serde --example response`.

use kms_errors::{ErrorCode, ErrorResponse, ResponseCode};

/// What a client makes of an error response with HTTP status `status`.
fn explain(status: u16, body: &str) -> Result<String, serde_json::Error> {
    // Either body form, the server's message kept, the code kept whether
    // this crate documents it or not.
    let response: ErrorResponse<String> = serde_json::from_str(body)?;
    let server_says = response.error_msg.as_deref().unwrap_or("(no message)");
    let retry = match response.classify(status).retry_kind() {
        Some(kind) if kind.is_retryable() => format!("retry ({kind:?})"),
        Some(kind) => format!("do not retry ({kind:?})"),
        None => "not an error status".to_string(),
    };
    Ok(match response.classify(status) {
        documented @ ResponseCode::Documented { .. } => {
            // The row documented with this status (a code may have several).
            let row = documented.info().expect("a documented code has a row");
            format!(
                "{documented}\n  server: {server_says}\n  what to do: {}\n  {retry}",
                row.measure
            )
        }
        ResponseCode::StatusDiffers { error, status } => format!(
            "{} is documented with HTTP {}, got {status}\n  server: {server_says}\n  {retry}",
            error.code(),
            error.status_code()
        ),
        ResponseCode::Unknown { code, status } => format!(
            "{} (HTTP {status}): not documented in this version of kms-errors\n  server: {server_says}\n  {retry}",
            ErrorCode::Unknown(code)
        ),
    })
}

fn main() -> Result<(), serde_json::Error> {
    for (status, body) in [
        (
            400,
            r#"{"error":{"error_code":"KMS.0205","error_msg":"Invalid key ID."}}"#,
        ),
        (
            503,
            r#"{"error_code":"KMS.0999","error_msg":"Service busy."}"#,
        ),
        (
            500,
            r#"{"error":{"error_code":"KMS.0205","error_msg":"?"}}"#,
        ),
    ] {
        println!("{}", explain(status, body)?);
    }
    Ok(())
}
