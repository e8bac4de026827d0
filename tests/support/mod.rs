//! What several test files need of the shipped table.

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
