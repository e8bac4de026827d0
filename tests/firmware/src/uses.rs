//! The uses the README shows, one exported function each (`nm -S` gives
//! its size). Each is `#[inline(never)]` so that it stays a function of
//! its own; the linker drops the ones an image does not call.

use kms_errors::{ErrorInfo, KmsError};

/// The HTTP status of `code`, 0 if it is not a documented code.
#[no_mangle]
#[inline(never)]
pub fn kms_status_code(code: &str) -> u16 {
    KmsError::from_code(code).map_or(0, KmsError::status_code)
}

/// The message and the measure of `code`, empty if it is not documented.
#[no_mangle]
#[inline(never)]
pub fn kms_message_and_measure(code: &str) -> (&'static str, &'static str) {
    match KmsError::from_code(code) {
        Some(error) => (error.message(), error.measure()),
        None => ("", ""),
    }
}

/// The table row of `code`.
#[no_mangle]
#[inline(never)]
pub fn kms_info(code: &str) -> Option<&'static ErrorInfo> {
    KmsError::from_code(code).map(KmsError::info)
}
