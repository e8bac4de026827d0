//! Variant names derived from messages: the naming rule, whose
//! description (rules 1–5) is in the crate docs, "Variant names", so that
//! it is written once. The result depends only on the list of (code,
//! message) pairs and their order, so it is the same on every machine.

use std::collections::{HashMap, HashSet};

use heck::ToUpperCamelCase;

/// Rust's strict and reserved keywords (2015–2024 editions) that an
/// UpperCamelCase word could spell; the others are all lower case.
const KEYWORDS: &[&str] = &["Self"];

/// The longest variant name the naming rule wants: longer derived names
/// get a warning, and the `kms-errors` crate pins none longer.
pub const MAX_LEN: usize = 40;

/// Articles dropped from the start of a message (rule 1).
const ARTICLES: &[&str] = &["a", "an", "the"];

/// The name rule 1–3 gives for `text`, or `None` if it has no ASCII letter
/// or digit.
pub fn camel_name(text: &str) -> Option<String> {
    identifier(upper_camel(&words_without_article(text)))
}

/// Rules 1–3 for a code (rule 2): no article to drop (`A.1` → `A1`).
fn code_name(code: &str) -> Option<String> {
    identifier(upper_camel(&words(code)))
}

/// Rule 3: `name` made a valid identifier, `None` if empty.
fn identifier(name: String) -> Option<String> {
    if name.is_empty() {
        return None;
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) || KEYWORDS.contains(&name.as_str()) {
        return Some(format!("E{name}"));
    }
    Some(name)
}

/// Rule 1 for a message: its words without a leading article.
fn words_without_article(text: &str) -> Vec<String> {
    let mut words = words(text);
    let leading_article = words
        .first()
        .is_some_and(|w| ARTICLES.contains(&w.to_ascii_lowercase().as_str()));
    if leading_article && words.len() > 1 {
        words.remove(0);
    }
    words
}

/// `words` joined in UpperCamelCase.
fn upper_camel(words: &[String]) -> String {
    words.join(" ").to_upper_camel_case()
}

/// Rule 1's words: runs of ASCII letters and digits, an acronym kept whole.
fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    // The characters between the last word and `current`.
    let mut separator = String::new();
    // Whether the last word is made of single capitals only (`I`, `IO`).
    let mut last_is_capitals = false;
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphanumeric() {
            current.push(c);
            continue;
        }
        if !current.is_empty() {
            let capital = current.len() == 1 && current.bytes().all(|b| b.is_ascii_uppercase());
            match words.last_mut() {
                Some(last) if last_is_capitals && capital && separator == "/" => {
                    last.push_str(&current);
                }
                _ => words.push(as_word(&current)),
            }
            last_is_capitals = capital;
            current.clear();
            separator.clear();
        }
        separator.push(c);
    }
    words
}

/// `word` with a plural acronym (`IDs`, `URLs`) made one word for `heck`,
/// which would otherwise split it before its last capital.
fn as_word(word: &str) -> String {
    match word.strip_suffix('s') {
        Some(acronym) if acronym.len() > 1 && acronym.bytes().all(|b| b.is_ascii_uppercase()) => {
            word.to_ascii_lowercase()
        }
        _ => word.to_string(),
    }
}

/// Variant names for codes that are not pinned (see the crate docs' rules), where `reserved` holds
/// the pinned names: a derived name never takes one of them (a base name
/// equal to a pinned name counts as shared, rule 4).
pub fn derive_names_avoiding(entries: &[(&str, &str)], reserved: &HashSet<String>) -> Vec<String> {
    let base: Vec<String> = entries
        .iter()
        .map(|&(code, message)| {
            camel_name(message)
                .or_else(|| code_name(code))
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
                format!("{name}{}", upper_camel(&words(code)))
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

    fn derive_names(entries: &[(&str, &str)]) -> Vec<String> {
        derive_names_avoiding(entries, &HashSet::new())
    }

    #[test]
    fn message_words() {
        let name = |m| camel_name(m).unwrap();
        assert_eq!(name("Abnormal KMS I/O."), "AbnormalKmsIo");
        assert_eq!(name("I / O and I/o"), "IOAndIO");
        assert_eq!(
            name("Key IDs in the imported key and token do not match."),
            "KeyIdsInTheImportedKeyAndTokenDoNotMatch"
        );
        assert_eq!(name("The key has been disabled."), "KeyHasBeenDisabled");
        assert_eq!(name("A"), "A");
        assert_eq!(name("An/URLs"), "Urls");
        assert_eq!(name("the THE key"), "TheKey");
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

#[cfg(test)]
mod examples {
    use super::*;

    #[test]
    fn camel_name_example() {
        assert_eq!(
            camel_name("Invalid request URL.").as_deref(),
            Some("InvalidRequestUrl")
        );
        assert_eq!(camel_name("404 not found").as_deref(), Some("E404NotFound"));
        assert_eq!(camel_name("…"), None);
    }
}
