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
//! backslash. A missing `status` line means "no status". A code documented
//! by several rows has a block for each, in page order. When a code first
//! disappears from the page, its row is taken from the previous revision of
//! the page ([`Builder::previous`](crate::Builder::previous)) and written
//! here: the retired file is the memory of rows no page has any more, so
//! that a build script reading the names and retired files needs nothing
//! else.

use std::collections::HashMap;

use crate::error::{Error, ErrorKind, Location};
use crate::model::Entry;

/// The comment a new retired file starts with.
pub const HEADER: &str = "\
# Last documented rows of error codes that are no longer in the page. Their
# variants stay, marked #[deprecated], until their lines are deleted from the
# names file. Written by `kms-errors-build generate`; values are one line each,
# with \\n for a line break and \\\\ for a backslash.
";

/// Parses a retired file; each entry's location is its first `[CODE]`
/// line, and a later block of the same code is its next row.
///
/// # Errors
/// A line outside a block, an unknown key, a bad status or escape, or a
/// block that repeats an earlier row of its code — naming the line.
pub fn parse(path: &str, text: &str) -> Result<Vec<Entry>, Error> {
    let rows = blocks(path, text)?;
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_code: HashMap<String, usize> = HashMap::new();
    for block in rows {
        let Some(entry) = by_code.get(&block.code).and_then(|&i| entries.get_mut(i)) else {
            by_code.insert(block.code.clone(), entries.len());
            entries.push(block);
            continue;
        };
        let row = block.first_row();
        if entry.has_row(&row) {
            return Err(Error::new(
                block.location,
                ErrorKind::RetiredFile {
                    message: format!("error code {} is given twice with the same row", block.code),
                },
            ));
        }
        entry.further_rows.push(row);
    }
    Ok(entries)
}

/// The blocks of a retired file, one entry each.
fn blocks(path: &str, text: &str) -> Result<Vec<Entry>, Error> {
    let mut rows: Vec<Entry> = Vec::new();
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
            rows.push(Entry {
                code: code.to_string(),
                status_code: None,
                message: String::new(),
                description: String::new(),
                measure: String::new(),
                location: Location::new(path, line, 1),
                further_rows: Vec::new(),
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

/// The retired file for `entries` (a header, then one block per row).
pub fn render(entries: &[Entry]) -> String {
    let mut text = HEADER.to_string();
    for (code, row) in entries
        .iter()
        .flat_map(|e| e.rows().into_iter().map(move |row| (&e.code, row)))
    {
        text.push_str(&format!("\n[{code}]\n"));
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

    /// A code with several rows keeps every one, in order.
    #[test]
    fn several_rows_of_a_code_round_trip() {
        let mut a = entry("A.1", Some(400), "m");
        let mut second = entry("A.1", Some(502), "m").first_row();
        second.measure = "Retry.".to_string();
        a.further_rows.push(second);
        let rows = [a, entry("B.2", None, "")];
        let parsed = parse("r", &render(&rows)).unwrap();
        assert_eq!(parsed.len(), 2);
        let statuses: Vec<_> = parsed[0].rows().iter().map(|r| r.status_code).collect();
        assert_eq!(statuses, [Some(400), Some(502)]);
        assert_eq!(parsed[0].further_rows[0].measure, "Retry.");
        assert_eq!(
            parsed[0].further_rows[0].location,
            Location::new("r", 12, 1)
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
        assert_eq!(
            err("[A]\n[A]\n"),
            "r:2:1: error code A is given twice with the same row"
        );
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
