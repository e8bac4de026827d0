//! Reads a KMS error response body and says what to do about it:
//! `cargo run --example response`.

use kms_errors::{ErrorCode, KmsError};

/// The `error` object of a KMS error response.
fn explain(status: u16, body: &str) -> Result<String, Box<dyn std::error::Error>> {
    let body: serde_json::Value = serde_json::from_str(body)?;
    let code = body["error"]["error_code"]
        .as_str()
        .ok_or("the body has no error.error_code")?;
    // A server can answer with a code newer than this crate: `ErrorCode`
    // keeps it instead of failing.
    let error = match ErrorCode::from(code) {
        ErrorCode::Known(error) => error,
        ErrorCode::Unknown(code) => {
            return Ok(format!(
                "{} (HTTP {status}): not documented in this version of kms-errors",
                code.input()
            ))
        }
    };
    if KmsError::from_response(status, code).is_none() {
        return Ok(format!(
            "{error} (documented with HTTP {}, got {status})",
            error.status_code()
        ));
    }
    Ok(format!("{error}\n  what to do: {}", error.measure()))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for (status, body) in [
        (
            400,
            r#"{"error":{"error_code":"KMS.0205","error_msg":"Invalid key ID."}}"#,
        ),
        (
            400,
            r#"{"error":{"error_code":"KMS.0999","error_msg":"?"}}"#,
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
