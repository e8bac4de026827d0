//! Variant names for error codes.
//!
//! # The naming rule
//!
//! 1. **From the message.** Every character of the error message that is
//!    not an ASCII letter or digit separates words; the words are joined in
//!    UpperCamelCase with `heck` (`Invalid request URL.` → `InvalidRequestUrl`,
//!    `Abnormal KMS I/O.` → `AbnormalKmsIO`, `8,192 bits` → `8192Bits`).
//! 2. **From the code, if the message has no letters or digits** (`KMS.0201`
//!    → `Kms0201`).
//! 3. **Valid identifier.** A name that starts with a digit, or is a Rust
//!    keyword (`Self`), gets the prefix `E` (`E404NotFound`, `ESelf`).
//! 4. **Shared messages.** When several codes give the same name, *each* of
//!    them gets its code appended, made UpperCamelCase by rule 1
//!    (`KMS.2103`, `KMS.2203`, both "Failed to verify the DEK hash." →
//!    `FailedToVerifyTheDekHashKms2103`, `FailedToVerifyTheDekHashKms2203`):
//!    no code is the "real" owner of a shared message.
//! 5. **Still taken?** If a name from rule 4 equals another code's name, the
//!    later code (in page order) gets `V2`, `V3`, … appended until it is
//!    unique.
//!
//! The result depends only on the list of (code, message) pairs and their
//! order, so it is the same on every machine.

use std::collections::{HashMap, HashSet};

use heck::ToUpperCamelCase;

/// Rust's strict and reserved keywords (2015–2024 editions) that an
/// UpperCamelCase word could spell; the others are all lower case.
const KEYWORDS: &[&str] = &["Self"];

/// The name rule 1–3 gives for `text`, or `None` if it has no ASCII letter
/// or digit.
///
/// ```
/// use kms_errors_build::names::camel_name;
/// assert_eq!(camel_name("Invalid request URL.").as_deref(), Some("InvalidRequestUrl"));
/// assert_eq!(camel_name("404 not found").as_deref(), Some("E404NotFound"));
/// assert_eq!(camel_name("…"), None);
/// ```
pub fn camel_name(text: &str) -> Option<String> {
    let name = upper_camel(text);
    if name.is_empty() {
        return None;
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) || KEYWORDS.contains(&name.as_str()) {
        return Some(format!("E{name}"));
    }
    Some(name)
}

/// Rule 1 alone: ASCII letters and digits as words, in UpperCamelCase.
fn upper_camel(text: &str) -> String {
    let words: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    words.to_upper_camel_case()
}

/// Variant names for `(code, message)` pairs, in the same order, by the
/// rule in the [module documentation](self). Codes must be unique and
/// contain at least one ASCII letter or digit (the model guarantees both).
///
/// ```
/// use kms_errors_build::names::derive_names;
/// let names = derive_names(&[
///     ("KMS.2103", "Failed to verify the DEK hash."),
///     ("KMS.0201", "Invalid request URL."),
///     ("KMS.2203", "Failed to verify the DEK hash."),
/// ]);
/// assert_eq!(names, ["FailedToVerifyTheDekHashKms2103", "InvalidRequestUrl", "FailedToVerifyTheDekHashKms2203"]);
/// ```
pub fn derive_names(entries: &[(&str, &str)]) -> Vec<String> {
    derive_names_avoiding(entries, &HashSet::new())
}

/// [`derive_names`] for codes that are not pinned, where `reserved` holds
/// the pinned names: a derived name never takes one of them (a base name
/// equal to a pinned name counts as shared, rule 4).
pub fn derive_names_avoiding(entries: &[(&str, &str)], reserved: &HashSet<String>) -> Vec<String> {
    let base: Vec<String> = entries
        .iter()
        .map(|&(code, message)| {
            camel_name(message)
                .or_else(|| camel_name(code))
                .unwrap_or_else(|| "Code".to_string())
        })
        .collect();
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for name in &base {
        *uses.entry(name.as_str()).or_default() += 1;
    }
    let candidates: Vec<String> = entries
        .iter()
        .zip(&base)
        .map(|(&(code, _), name)| {
            if uses.get(name.as_str()).copied().unwrap_or(0) > 1 || reserved.contains(name) {
                format!("{name}{}", upper_camel(code))
            } else {
                name.clone()
            }
        })
        .collect();
    let mut taken: HashSet<String> = reserved.clone();
    candidates
        .into_iter()
        .map(|name| {
            let mut unique = name.clone();
            let mut n = 2;
            while taken.contains(&unique) {
                unique = format!("{name}V{n}");
                n += 1;
            }
            taken.insert(unique.clone());
            unique
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_words() {
        let name = |m| camel_name(m).unwrap();
        assert_eq!(name("Abnormal KMS I/O."), "AbnormalKmsIO");
        assert_eq!(
            name("datakey_length must be in the range 8 bits to 8,192 bits."),
            "DatakeyLengthMustBeInTheRange8BitsTo8192Bits"
        );
        assert_eq!(name("Invalid resourceType."), "InvalidResourceType");
        assert_eq!(name("Ungültiger Schlüssel"), "UngLtigerSchlSsel");
        assert_eq!(name("self"), "ESelf");
    }

    #[test]
    fn empty_message_falls_back_to_the_code() {
        assert_eq!(
            derive_names(&[("KMS.0201", ""), ("KMS.0202", "...")]),
            ["Kms0201", "Kms0202"]
        );
    }

    #[test]
    fn numeric_codes_do_not_double_the_prefix() {
        assert_eq!(
            derive_names(&[("401", "Denied."), ("403", "Denied.")]),
            ["Denied401", "Denied403"]
        );
        assert_eq!(
            derive_names(&[("EX.1", "A"), ("EX.2", "A")]),
            ["AEx1", "AEx2"]
        );
        assert_eq!(derive_names(&[("404", "")]), ["E404"]);
    }

    #[test]
    fn pinned_names_are_never_taken() {
        let reserved: HashSet<String> = ["InvalidRequestUrl", "New", "NewKms9"]
            .map(String::from)
            .into();
        let names = derive_names_avoiding(
            &[("NEW.1", "Invalid request URL."), ("KMS.9", "New")],
            &reserved,
        );
        assert_eq!(names, ["InvalidRequestUrlNew1", "NewKms9V2"]);
    }

    #[test]
    fn suffixed_names_that_still_collide_get_a_version() {
        let names = derive_names(&[("A.1", "Foo"), ("A.2", "Foo"), ("B.1", "Foo A1")]);
        assert_eq!(names, ["FooA1", "FooA2", "FooA1V2"]);
    }
}
