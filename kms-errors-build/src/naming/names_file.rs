//! The names file: pinned variant names, one line per error code.
//!
//! ```text
//! # comments and blank lines are ignored
//! KMS.0201 InvalidRequestUrl
//! KMS.0202 InvalidJsonFormat
//! ```
//!
//! A pinned name is used whatever the page's message says later, so
//! regenerating never renames a variant users match on. Editing a name
//! renames its variant; deleting the line of a code that is no longer in the
//! page drops its (deprecated) variant.

use std::collections::HashMap;

use crate::error::{Error, ErrorKind, Location};

/// What a names file says, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NamesFile {
    /// `(code, name, line)` for every pin.
    pub pins: Vec<Pin>,
    /// The index in `pins` of each code's pin (a lookup per entry, so a
    /// page of 20,000 codes is not 20,000 scans of the file).
    by_code: HashMap<String, usize>,
}

/// One line of the names file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    /// The error code.
    pub code: String,
    /// Its variant name.
    pub name: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// The comment a new names file starts with.
pub const HEADER: &str = "\
# Variant names of the generated error enum: one line per error code,
# \"CODE NAME\". A pinned name stays whatever the documentation's message says
# later. Edit a name to rename its variant; delete the line of a retired code
# to drop its deprecated variant. `kms-errors-build generate ... --names FILE`
# appends the codes it has not seen before. Lines starting with # are comments.
";

impl NamesFile {
    /// Parses the file `text`, named `path` in errors.
    ///
    /// # Errors
    /// A line that is not `CODE NAME`, a name that is not a Rust identifier,
    /// a code pinned twice or a name used twice (naming both lines).
    pub fn parse(path: &str, text: &str) -> Result<NamesFile, Error> {
        let mut pins: Vec<Pin> = Vec::new();
        let mut by_code: HashMap<String, usize> = HashMap::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let content = raw.trim();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            let column_of = |word: &str| {
                // `word` is a subslice of `raw`.
                raw[..word.as_ptr() as usize - raw.as_ptr() as usize]
                    .chars()
                    .count()
                    + 1
            };
            let words: Vec<&str> = content.split_whitespace().collect();
            let [code, name] = words[..] else {
                return Err(Error::new(
                    Location::new(path, line, column_of(content)),
                    ErrorKind::NamesFile {
                        message: format!("expected \"CODE NAME\", found {content:?}"),
                    },
                ));
            };
            if syn::parse_str::<syn::Ident>(name).is_err() || name.starts_with("r#") {
                return Err(Error::new(
                    Location::new(path, line, column_of(name)),
                    ErrorKind::NamesFile {
                        message: format!(
                            "{name:?} is not a valid variant name (a Rust identifier, not a keyword)"
                        ),
                    },
                ));
            }
            if let Some(&first) = by_code.get(code) {
                return Err(Error::new(
                    Location::new(path, line, column_of(code)),
                    ErrorKind::NamesFile {
                        message: format!(
                            "error code {code} is pinned twice (first at {path}:{})",
                            pins.get(first).map_or(0, |p| p.line)
                        ),
                    },
                ));
            }
            if let Some(&first) = by_name.get(name) {
                return Err(Error::new(
                    Location::new(path, line, column_of(name)),
                    ErrorKind::NamesFile {
                        message: format!(
                            "the name {name} is pinned to both {} ({path}:{}) and {code}",
                            pins.get(first).map_or("", |p| p.code.as_str()),
                            pins.get(first).map_or(0, |p| p.line)
                        ),
                    },
                ));
            }
            by_code.insert(code.to_string(), pins.len());
            by_name.insert(name.to_string(), pins.len());
            pins.push(Pin {
                code: code.to_string(),
                name: name.to_string(),
                line,
            });
        }
        Ok(NamesFile { pins, by_code })
    }

    /// The pinned name of `code`.
    pub fn name_of(&self, code: &str) -> Option<&str> {
        self.by_code
            .get(code)
            .and_then(|&i| self.pins.get(i))
            .map(|p| p.name.as_str())
    }
}

/// `existing` (the file's current text, or `None` if there is none) with a
/// line appended for each new `(code, name)`; a new file starts with
/// [`HEADER`].
pub fn append(existing: Option<&str>, new: &[(String, String)]) -> String {
    let mut text = existing.map_or_else(|| HEADER.to_string(), str::to_string);
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    for (code, name) in new {
        text.push_str(&format!("{code} {name}\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_in_file_order() {
        let file = NamesFile::parse("n", "\n# c\nA.1 One\n  B.2   Two  \n").unwrap();
        let pins: Vec<(&str, &str, usize)> = file
            .pins
            .iter()
            .map(|p| (p.code.as_str(), p.name.as_str(), p.line))
            .collect();
        assert_eq!(pins, [("A.1", "One", 3), ("B.2", "Two", 4)]);
    }

    #[test]
    fn bad_lines_are_located() {
        let err = |text: &str| NamesFile::parse("n", text).unwrap_err().to_string();
        assert_eq!(err("A.1\n"), "n:1:1: expected \"CODE NAME\", found \"A.1\"");
        assert_eq!(
            err("A.1 One Two\n"),
            "n:1:1: expected \"CODE NAME\", found \"A.1 One Two\""
        );
        assert_eq!(
            err("A.1 One\n  A.1 Two\n"),
            "n:2:3: error code A.1 is pinned twice (first at n:1)"
        );
        assert_eq!(
            err("A.1 One\nB.2 One\n"),
            "n:2:5: the name One is pinned to both A.1 (n:1) and B.2"
        );
        assert_eq!(
            err("A.1 2Fast\n"),
            "n:1:5: \"2Fast\" is not a valid variant name (a Rust identifier, not a keyword)"
        );
        assert_eq!(
            err("A.1 Self\n"),
            "n:1:5: \"Self\" is not a valid variant name (a Rust identifier, not a keyword)"
        );
    }

    #[test]
    fn appending_keeps_what_is_there() {
        let new = [("C.3".to_string(), "Three".to_string())];
        assert_eq!(
            append(Some("# mine\nA.1 One"), &new),
            "# mine\nA.1 One\nC.3 Three\n"
        );
        assert!(append(None, &new).starts_with(HEADER));
        assert!(append(None, &new).ends_with("\nC.3 Three\n"));
    }
}

#[cfg(test)]
mod examples {
    use super::*;

    #[test]
    fn names_file_parse_example() {
        let file = NamesFile::parse("names.txt", "# pins\nKMS.0201 InvalidRequestUrl\n").unwrap();
        assert_eq!(file.name_of("KMS.0201"), Some("InvalidRequestUrl"));
        let err = NamesFile::parse("names.txt", "KMS.0201 fn\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "names.txt:1:10: \"fn\" is not a valid variant name (a Rust identifier, not a keyword)"
        );
    }
}
