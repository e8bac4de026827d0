//! Retired codes: pinned codes that are no longer in the page keep their
//! variant (deprecated) with their last documented row, stored in the
//! retired file:
//!
//! ```text
//! [KMS.0207]
//! status: 400
//! message: Invalid sequence number.
//! description: The sequence number is not valid.
//! measure: Enter a valid sequence number.
//! ```
//!
//! Values are one line each; `\n` stands for a line break and `\\` for a
//! backslash. A missing `status` line means "no status". When a code first
//! disappears from the page, its row is taken from the previous revision of
//! the page ([`Builder::previous`](crate::Builder::previous)) and written
//! here: the retired file is the memory of rows no page has any more, so
//! that a build script reading the names and retired files needs nothing
//! else.

use std::collections::HashSet;

use crate::error::{Error, ErrorKind, Location};
use crate::model::Entry;

/// The comment a new retired file starts with.
pub const HEADER: &str = "\
# Last documented rows of error codes that are no longer in the page. Their
# variants stay, marked #[deprecated], until their lines are deleted from the
# names file. Written by `kms-errors-build generate`; values are one line each,
# with \\n for a line break and \\\\ for a backslash.
";

/// Parses a retired file; each entry's location is its `[CODE]` line.
///
/// # Errors
/// A line outside a block, an unknown key, a bad status or escape, or a code
/// given twice — naming the line.
pub fn parse(path: &str, text: &str) -> Result<Vec<Entry>, Error> {
    let mut rows: Vec<Entry> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let error = |column: usize, message: String| {
            Error::new(
                Location::new(path, line, column),
                ErrorKind::RetiredFile { message },
            )
        };
        let content = raw.trim_end();
        if content.trim().is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(code) = content.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
            if !seen.insert(code.to_string()) {
                return Err(error(2, format!("error code {code} is given twice")));
            }
            rows.push(Entry {
                code: code.to_string(),
                status_code: None,
                message: String::new(),
                description: String::new(),
                measure: String::new(),
                location: Location::new(path, line, 1),
            });
            continue;
        }
        let Some(row) = rows.last_mut() else {
            return Err(error(1, "expected a [CODE] line first".to_string()));
        };
        let Some((key, value)) = content.split_once(':') else {
            return Err(error(
                1,
                format!("expected \"key: value\", found {content:?}"),
            ));
        };
        let value = value.strip_prefix(' ').unwrap_or(value);
        let value_column = key.chars().count() + 3;
        let value = unescape(value).map_err(|at| {
            error(
                value_column + at,
                "a backslash must be followed by n or \\".to_string(),
            )
        })?;
        match key {
            "status" => {
                row.status_code = Some(
                    value
                        .parse()
                        .ok()
                        .filter(|s| (100..=599).contains(s))
                        .ok_or_else(|| {
                            error(
                                value_column,
                                format!("{value:?} is not an HTTP status code"),
                            )
                        })?,
                );
            }
            "message" => row.message = value,
            "description" => row.description = value,
            "measure" => row.measure = value,
            other => {
                return Err(error(
                    1,
                    format!("unknown key {other:?} (status, message, description, measure)"),
                ))
            }
        }
    }
    Ok(rows)
}

/// The retired file for `rows` (a header, then one block per row).
pub fn render(rows: &[Entry]) -> String {
    let mut text = HEADER.to_string();
    for row in rows {
        text.push_str(&format!("\n[{}]\n", row.code));
        if let Some(status) = row.status_code {
            text.push_str(&format!("status: {status}\n"));
        }
        for (key, value) in [
            ("message", &row.message),
            ("description", &row.description),
            ("measure", &row.measure),
        ] {
            text.push_str(&format!("{key}: {}\n", escape(value)));
        }
    }
    text
}

fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('\n', "\\n")
}

/// Resolves `\n` and `\\`; on a bad escape, the character offset of its
/// backslash.
fn unescape(value: &str) -> Result<String, usize> {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().enumerate();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some((_, 'n')) => out.push('\n'),
            Some((_, '\\')) => out.push('\\'),
            _ => return Err(i),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, status: Option<u16>, message: &str) -> Entry {
        Entry {
            description: "back\\slash".to_string(),
            location: Location::file("r"),
            ..Entry::example(code, status, message)
        }
    }

    #[test]
    fn render_then_parse_is_the_identity() {
        let rows = [
            entry("A.1", Some(404), "two\nlines"),
            entry("B.2", None, ""),
        ];
        let parsed = parse("r", &render(&rows)).unwrap();
        let fields = |e: &Entry| {
            (
                e.code.clone(),
                e.status_code,
                e.message.clone(),
                e.description.clone(),
                e.measure.clone(),
            )
        };
        assert_eq!(
            parsed.iter().map(fields).collect::<Vec<_>>(),
            rows.iter().map(fields).collect::<Vec<_>>()
        );
    }

    #[test]
    fn bad_lines_are_located() {
        let err = |text: &str| parse("r", text).unwrap_err().to_string();
        assert_eq!(err("message: x\n"), "r:1:1: expected a [CODE] line first");
        assert_eq!(
            err("[A]\ncolour: red\n"),
            "r:2:1: unknown key \"colour\" (status, message, description, measure)"
        );
        assert_eq!(
            err("[A]\nstatus: 4xx\n"),
            "r:2:9: \"4xx\" is not an HTTP status code"
        );
        assert_eq!(
            err("[A]\nmessage: a\\tb\n"),
            "r:2:11: a backslash must be followed by n or \\"
        );
        assert_eq!(err("[A]\n[A]\n"), "r:2:2: error code A is given twice");
        assert_eq!(
            err("[A]\nno colon\n"),
            "r:2:1: expected \"key: value\", found \"no colon\""
        );
    }
}

#[cfg(test)]
mod examples {
    use super::*;

    #[test]
    fn parse_example() {
        let rows = parse(
            "retired.txt",
            "[KMS.0207]\nstatus: 400\nmessage: Gone\\nfor good.\n",
        )
        .unwrap();
        assert_eq!(
            (rows[0].code.as_str(), rows[0].status_code),
            ("KMS.0207", Some(400))
        );
        assert_eq!(rows[0].message, "Gone\nfor good.");
        assert_eq!(rows[0].measure, "");
    }
}
