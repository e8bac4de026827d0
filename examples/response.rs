//! Reads a KMS error response body and says what to do about it:
//! `cargo run --example response`.

use kms_errors::KmsError;

/// The `error` object of a KMS error response.
fn explain(status: u16, body: &str) -> Result<String, Box<dyn std::error::Error>> {
    let body: serde_json::Value = serde_json::from_str(body)?;
    let code = body["error"]["error_code"]
        .as_str()
        .ok_or("the body has no error.error_code")?;
    // `?` works: `UnknownErrorCode` is a `std::error::Error`.
    let error: KmsError = code.parse()?;
    if KmsError::from_response(status, code).is_none() {
        return Ok(format!(
            "{error} (documented with HTTP {}, got {status})",
            error.status_code()
        ));
    }
    Ok(format!("{error}\n  what to do: {}", error.measure()))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"error":{"error_code":"KMS.0205","error_msg":"Invalid key ID."}}"#;
    println!("{}", explain(400, body)?);
    match explain(
        400,
        r#"{"error":{"error_code":"KMS.0999","error_msg":"?"}}"#,
    ) {
        Ok(text) => println!("{text}"),
        Err(err) => println!("not understood: {err}"),
    }
    Ok(())
}
