//! What several test files need of the shipped table.
// Each test file uses part of this module.
#![allow(dead_code)]

use kms_errors::KmsError;

/// A code like the table's, that the table does not have (whatever the
/// page documents).
pub fn undocumented() -> String {
    let mut code = format!("{}9", KmsError::ALL[0].code());
    while KmsError::from_code(&code).is_some() {
        code.push('9');
    }
    code
}

/// SHA-256 of `data` as lower-case hex, by the sha2 crate: independent of
/// the generator's own digest, which the tests check.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
