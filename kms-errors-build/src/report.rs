//! What changed between two revisions of a page, and what that means for
//! the semver of a crate generated from it.
//!
//! # JSON shape (`kms-errors-build diff OLD NEW --json`)
//!
//! ```text
//! {
//!   "old": "OLD path", "new": "NEW path",
//!   "added":   [ROW, ...],          // codes only in NEW, in NEW's order
//!   "retired": [ROW, ...],          // codes only in OLD, in OLD's order
//!   "changed": [{"code": "KMS.0210",
//!                "fields": [{"field": "message", "old": "...", "new": "..."}]}],
//!   "variants": {"removed": [NAME, ...], "moved": [{"name": NAME, "old": 3, "new": 4}],
//!                "deprecated": [NAME, ...], "status_type": null | {"old": "u16", "new": "Option<u16>"},
//!                "repr": null | {"old": "u16", "new": "u32"}},
//!   "semver": {"level": "none" | "patch" | "minor" | "major", "notes": ["...", ...]}
//! }
//! ROW = {"code": "...", "status_code": 400 | null, "message": "...",
//!        "description": "...", "measure": "...",
//!        "further_rows": [{"status_code": ..., "message": ..., "description": ..., "measure": ...}, ...]}
//! ```
//!
//! `field` is one of `status_code`, `message`, `description`, `measure`
//! (of the code's first row) and `further_rows` (the rows after it, one
//! line each: `STATUS | MESSAGE | DESCRIPTION | MEASURE`, the status empty
//! for none); for `status_code`, `old` and `new` are numbers or `null`.

use std::collections::HashMap;

use crate::error::Error;
use crate::model::Entry;
use crate::naming::variants::Variant;
use crate::naming::{resolve, InputFile, Variants};
use kms_errors_rst::json::string as json_string;

/// What [`diff`] compares: the texts of both pages and of the names and
/// retired files, each with its path as the report and messages show it.
/// The caller reads the files (the `kms-errors-build diff` command reads
/// them from disk); this module touches none.
///
/// It is `#[non_exhaustive]`: start from [`Default`] and set the fields.
///
/// ```
/// let old = "+-------------+------------+---------------+\n\
///            | Status Code | Error Code | Error Message |\n\
///            +=============+============+===============+\n\
///            | 400         | SVC.0001   | Bad request.  |\n\
///            +-------------+------------+---------------+\n";
/// let new = old.replace("400 ", "409 ");
/// let mut input = kms_errors_build::report::DiffInput::default();
/// input.old = ("old.rst", old);
/// input.new = ("new.rst", &new);
/// input.enum_name = "SvcError";
/// let report = kms_errors_build::report::diff(&input)?;
/// assert_eq!(report.changed[0].code, "SVC.0001");
/// assert_eq!(report.level, kms_errors_build::report::Level::Minor);
/// # Ok::<(), kms_errors_build::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DiffInput<'a> {
    /// The old page: its path and its text.
    pub old: (&'a str, &'a str),
    /// The new page: its path and its text.
    pub new: (&'a str, &'a str),
    /// How both pages are read.
    pub options: crate::model::Options,
    /// The names file as it was for the old page: its path and its text,
    /// `None` if it does not exist yet (`names: None`: no names file,
    /// names derived, discriminants in page order).
    pub names: Option<(&'a str, Option<&'a str>)>,
    /// The retired file: its path and its text, `None` if it does not
    /// exist yet.
    pub retired: Option<(&'a str, Option<&'a str>)>,
    /// The names file for the new page, if it is not the one generating
    /// the old page leaves (a pin edited by hand): its path and its text.
    pub new_names: Option<(&'a str, &'a str)>,
    /// The enum's name (derived names never take it).
    pub enum_name: &'a str,
}

/// The change report between two pages: each resolved into the variants
/// the generated enum would have — the old one with the names and retired
/// files as they are, the new one with them as generating the old page
/// left them, the old page's rows at hand for codes that leave. Render it
/// with [`Report::to_text`] or [`Report::to_json`].
///
/// # Errors
/// A page, the names or the retired file has a problem (located).
pub fn diff<'a>(input: &DiffInput<'a>) -> Result<Report, Error> {
    let read = |(path, text): (&str, &str)| -> Result<Vec<Entry>, Error> {
        Ok(crate::model::read_page(path, text, &input.options)?.entries)
    };
    let (old_entries, new_entries) = (read(input.old)?, read(input.new)?);
    let file = |file: Option<(&'a str, Option<&'a str>)>| -> Option<InputFile<'a>> {
        file.map(|(path, text)| InputFile { path, text })
    };
    let names_text = input.names.and_then(|(_, text)| text);
    let retired_text = input.retired.and_then(|(_, text)| text);
    let old = resolve(
        input.enum_name,
        old_entries.clone(),
        file(input.names),
        file(input.retired),
        None,
    )?;
    // The files as generating the old page left them, or the new names
    // file given.
    let names_after = match input.new_names {
        Some((_, text)) => Some(text),
        None => old.names_file.as_deref().or(names_text),
    };
    let retired_after = old.retired_file.as_deref().or(retired_text);
    let previous = move || Ok(old_entries.clone());
    let new = resolve(
        input.enum_name,
        new_entries,
        input.names.map(|(path, _)| InputFile {
            path,
            text: names_after,
        }),
        input.retired.map(|(path, _)| InputFile {
            path,
            text: retired_after,
        }),
        Some(&previous),
    )?;
    let mut report = diff_variants(&old, &new);
    report.old_sha256 = crate::files::digest::sha256_hex(input.old.1.as_bytes());
    report.new_sha256 = crate::files::digest::sha256_hex(input.new.1.as_bytes());
    Ok(report)
}

/// A code in both revisions whose row changed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Changed {
    /// The code.
    pub code: String,
    /// What changed, in field order: each `(field, old, new)`, the field
    /// one of `status_code`, `message`, `description`, `measure` (of the
    /// first row) and `further_rows`, a status as digits (empty for none).
    pub fields: Vec<(&'static str, String, String)>,
}

/// The changes between two revisions: to the page's codes and rows, and
/// to the generated enum (from the resolved variants of both revisions,
/// names and retired files applied: what cargo-semver-checks would see).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// Codes only in the new revision's page.
    pub added: Vec<Entry>,
    /// Codes only in the old revision's page.
    pub retired: Vec<Entry>,
    /// Codes in both whose rows differ.
    pub changed: Vec<Changed>,
    /// Variants of the old enum the new one does not have.
    pub removed: Vec<String>,
    /// Variants whose discriminant changed: name, old, new.
    pub moved: Vec<(String, usize, usize)>,
    /// Variants deprecated now (their code left the page), not before.
    pub deprecated: Vec<String>,
    /// The type of a status, old and new, if it changed (`u16` when every
    /// row has one, else `Option<u16>`).
    pub status_type: Option<(&'static str, &'static str)>,
    /// The enum's `#[repr]`, old and new, if it changed.
    pub repr: Option<(&'static str, &'static str)>,
    /// How a release containing the change should be numbered: the
    /// variant changes first (a removed or moved variant, a changed status
    /// type or repr is major), then the page's (added codes, changed
    /// statuses and rows minor, text patch).
    pub level: Level,
    /// Why, one note per kind of change.
    pub notes: Vec<String>,
    /// The SHA-256 of the old page's text, in hex (as the generated
    /// `SPEC` records a page).
    pub old_sha256: String,
    /// The SHA-256 of the new page's text.
    pub new_sha256: String,
}

/// How a release containing the change should be numbered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Level {
    /// Nothing changed.
    #[default]
    None,
    /// Only documentation text changed.
    Patch,
    /// New (or deprecated) variants, or changed statuses.
    Minor,
    /// Code that compiled against the old crate may not compile, or may
    /// behave differently: a variant removed, a discriminant changed, the
    /// status type or the enum's repr changed.
    Major,
}

/// `none`, `patch`, `minor` or `major`.
impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Level::None => "none",
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        })
    }
}

fn status_text(status: Option<u16>) -> String {
    status.map_or_else(String::new, |s| s.to_string())
}

/// The rows of `entry` after its first, one line each, for comparing and
/// showing.
fn further_rows_text(entry: &Entry) -> String {
    let line = |r: &crate::model::EntryRow| {
        [
            status_text(r.status_code),
            r.message.clone(),
            r.description.clone(),
            r.measure.clone(),
        ]
        .join(" | ")
        .replace('\n', " / ")
    };
    let lines: Vec<String> = entry.further_rows.iter().map(line).collect();
    lines.join("\n")
}

/// Compares two revisions, resolved into variants (see `naming::variants`).
fn diff_variants(old: &Variants, new: &Variants) -> Report {
    let documented = |v: &Variants| -> Vec<Entry> {
        v.variants
            .iter()
            .filter(|v| !v.retired)
            .map(|v| v.entry.clone())
            .collect()
    };
    let mut report = diff_entries(&documented(old), &documented(new));
    variant_changes(&mut report, old, new);
    report.with_semver()
}

/// The changes to the generated enum between `old` and `new`, into
/// `changes`.
fn variant_changes(changes: &mut Report, old: &Variants, new: &Variants) {
    let new_by_name: HashMap<&str, &Variant> =
        new.variants.iter().map(|v| (v.name.as_str(), v)).collect();
    for was in &old.variants {
        match new_by_name.get(was.name.as_str()) {
            None => changes.removed.push(was.name.clone()),
            Some(now) => {
                if was.discriminant != now.discriminant {
                    changes
                        .moved
                        .push((was.name.clone(), was.discriminant, now.discriminant));
                }
                if now.retired && !was.retired {
                    changes.deprecated.push(was.name.clone());
                }
            }
        }
    }
    // Emit's rules for the status type and the repr.
    let status_type = |v: &Variants| crate::emit::Statuses::of(&v.variants).type_name();
    let (a, b) = (status_type(old), status_type(new));
    changes.status_type = (a != b).then_some((a, b));
    let repr = |v: &Variants| crate::emit::repr_name(v.variants.len());
    let (a, b) = (repr(old), repr(new));
    changes.repr = (a != b).then_some((a, b));
}

/// Compares the documented entries of two revisions, by code.
fn diff_entries(old: &[Entry], new: &[Entry]) -> Report {
    let old_by_code: HashMap<&str, &Entry> = old.iter().map(|e| (e.code.as_str(), e)).collect();
    let new_by_code: HashMap<&str, &Entry> = new.iter().map(|e| (e.code.as_str(), e)).collect();
    let added = new
        .iter()
        .filter(|e| !old_by_code.contains_key(e.code.as_str()))
        .cloned()
        .collect();
    let retired = old
        .iter()
        .filter(|e| !new_by_code.contains_key(e.code.as_str()))
        .cloned()
        .collect();
    let changed = new
        .iter()
        .filter_map(|n| {
            let o = old_by_code.get(n.code.as_str())?;
            let fields: Vec<(&'static str, String, String)> = [
                (
                    "status_code",
                    status_text(o.status_code),
                    status_text(n.status_code),
                ),
                ("message", o.message.clone(), n.message.clone()),
                ("description", o.description.clone(), n.description.clone()),
                ("measure", o.measure.clone(), n.measure.clone()),
                ("further_rows", further_rows_text(o), further_rows_text(n)),
            ]
            .into_iter()
            .filter(|(_, a, b)| a != b)
            .collect();
            (!fields.is_empty()).then(|| Changed {
                code: n.code.clone(),
                fields,
            })
        })
        .collect();
    Report {
        added,
        retired,
        changed,
        ..Report::default()
    }
    .with_semver()
}

impl Report {
    /// The report with its [`level`](Self::level) and
    /// [`notes`](Self::notes) set from its changes.
    fn with_semver(mut self) -> Self {
        let mut notes = Vec::new();
        let level = self
            .variant_notes(&mut notes)
            .max(self.page_notes(&mut notes));
        if level == Level::None {
            notes.push("no change to the error codes".to_string());
        }
        self.level = level;
        self.notes = notes;
        self
    }

    /// The notes on the generated enum's API, and the level they need.
    fn variant_notes(&self, notes: &mut Vec<String>) -> Level {
        let mut level = Level::None;
        let v = self;
        let list = |names: &[String]| {
            let mut shown: Vec<&str> = names.iter().take(5).map(String::as_str).collect();
            if names.len() > 5 {
                shown.push("…");
            }
            shown.join(", ")
        };
        if !v.removed.is_empty() {
            level = Level::Major;
            notes.push(format!(
                "{} variant(s) removed ({}): code that names them no longer compiles (major); a names file keeps every pinned name",
                v.removed.len(),
                list(&v.removed)
            ));
        }
        if !v.moved.is_empty() {
            level = Level::Major;
            let moved: Vec<String> = v.moved.iter().map(|(name, _, _)| name.clone()).collect();
            notes.push(format!(
                "{} variant(s) changed discriminant ({}): `as` casts, Ord, ALL and ERRORS indices change (major); a names file keeps the order",
                v.moved.len(),
                list(&moved)
            ));
        }
        if let Some((old, new)) = v.status_type {
            level = Level::Major;
            notes.push(format!(
                "the status type changes from {old} to {new}: status_code() and ErrorInfo::status_code change type (major)"
            ));
        }
        if let Some((old, new)) = v.repr {
            level = Level::Major;
            notes.push(format!(
                "the enum's #[repr] changes from {old} to {new} (major)"
            ));
        }
        if !v.deprecated.is_empty() {
            level = level.max(Level::Minor);
            notes.push(format!(
                "{} variant(s) deprecated ({}): their codes left the page; they stay, with their last rows (minor)",
                v.deprecated.len(),
                list(&v.deprecated)
            ));
        }
        level
    }

    /// The notes on the page's codes and rows, and the level they need.
    fn page_notes(&self, notes: &mut Vec<String>) -> Level {
        let mut level = Level::None;
        let has = |c: &Changed, field: &str| c.fields.iter().any(|(f, _, _)| *f == field);
        let status_changes = self
            .changed
            .iter()
            .filter(|c| has(c, "status_code"))
            .count();
        let row_changes = self
            .changed
            .iter()
            .filter(|c| !has(c, "status_code") && has(c, "further_rows"))
            .count();
        let text_changes = self.changed.len() - status_changes - row_changes;
        if !self.added.is_empty() {
            level = Level::Minor;
            notes.push(format!(
                "{} added code(s): new variants; the enum is #[non_exhaustive], so this is not breaking (minor)",
                self.added.len()
            ));
        }
        if status_changes > 0 {
            level = Level::Minor;
            notes.push(format!(
                "{status_changes} code(s) changed HTTP status: status_code() returns something else, worth a changelog note (minor)"
            ));
        }
        if row_changes > 0 {
            level = Level::Minor;
            notes.push(format!(
                "{row_changes} code(s) gained, lost or changed rows after their first: rows() and from_response() answer differently (minor)"
            ));
        }
        if text_changes > 0 {
            level = level.max(Level::Patch);
            notes.push(format!(
                "{text_changes} code(s) changed only message, description or measure text (patch)"
            ));
        }
        level
    }

    /// The report for people.
    pub fn to_text(&self, old_path: &str, new_path: &str) -> String {
        let row = |sign: char, e: &Entry| {
            let more = match e.further_rows.len() {
                0 => String::new(),
                n => format!("  (and {n} more row(s))"),
            };
            format!(
                "  {sign} {}  {}  {}{more}\n",
                e.code,
                e.status_code
                    .map_or_else(|| "---".to_string(), |s| s.to_string()),
                e.message.replace('\n', " / ")
            )
        };
        let mut out = format!("Error codes: {old_path} -> {new_path}\n");
        out.push_str(&format!("\nAdded ({}):\n", self.added.len()));
        self.added.iter().for_each(|e| out.push_str(&row('+', e)));
        out.push_str(&format!("\nRetired ({}):\n", self.retired.len()));
        self.retired.iter().for_each(|e| out.push_str(&row('-', e)));
        out.push_str(&format!("\nChanged ({}):\n", self.changed.len()));
        for changed in &self.changed {
            for (field, old, new) in &changed.fields {
                out.push_str(&format!(
                    "  ~ {} {field}:\n      old: {}\n      new: {}\n",
                    changed.code,
                    old.replace('\n', " / "),
                    new.replace('\n', " / ")
                ));
            }
        }
        let v = self;
        if !v.removed.is_empty() {
            out.push_str(&format!(
                "\nVariants removed ({}): {}\n",
                v.removed.len(),
                v.removed.join(", ")
            ));
        }
        if !v.moved.is_empty() {
            out.push_str(&format!("\nVariants moved ({}):\n", v.moved.len()));
            for (name, old, new) in &v.moved {
                out.push_str(&format!("  {name}: {old} -> {new}\n"));
            }
        }
        if !v.deprecated.is_empty() {
            out.push_str(&format!(
                "\nVariants deprecated ({}): {}\n",
                v.deprecated.len(),
                v.deprecated.join(", ")
            ));
        }
        out.push_str(&format!("\nSemver: {}\n", self.level));
        for note in &self.notes {
            out.push_str(&format!("  - {note}\n"));
        }
        out
    }

    /// The report as JSON (shape in the [module docs](self)).
    pub fn to_json(&self, old_path: &str, new_path: &str) -> String {
        let rows = |entries: &[Entry]| entries.iter().map(json_row).collect::<Vec<_>>().join(",");
        let changed: Vec<String> = self.changed.iter().map(json_changed).collect();
        let notes: Vec<String> = self.notes.iter().map(|n| json_string(n)).collect();
        format!(
            "{{\"old\":{},\"new\":{},\"added\":[{}],\"retired\":[{}],\"changed\":[{}],\"variants\":{},\"semver\":{{\"level\":{},\"notes\":[{}]}}}}\n",
            json_string(old_path),
            json_string(new_path),
            rows(&self.added),
            rows(&self.retired),
            changed.join(","),
            self.variants_json(),
            json_string(&self.level.to_string()),
            notes.join(",")
        )
    }
}

/// A row of the report's JSON (`ROW` in the module docs).
fn json_row(e: &Entry) -> String {
    let fields = |status: Option<u16>, message: &str, description: &str, measure: &str| {
        format!(
            "\"status_code\":{},\"message\":{},\"description\":{},\"measure\":{}",
            status.map_or_else(|| "null".to_string(), |s| s.to_string()),
            json_string(message),
            json_string(description),
            json_string(measure)
        )
    };
    let further: Vec<String> = e
        .further_rows
        .iter()
        .map(|r| {
            format!(
                "{{{}}}",
                fields(r.status_code, &r.message, &r.description, &r.measure)
            )
        })
        .collect();
    format!(
        "{{\"code\":{},{},\"further_rows\":[{}]}}",
        json_string(&e.code),
        fields(e.status_code, &e.message, &e.description, &e.measure),
        further.join(",")
    )
}

/// A changed code in the report's JSON: its fields' old and new values (a
/// status as a number or `null`, text as a string).
fn json_changed(c: &Changed) -> String {
    let value = |field: &str, text: &str| {
        if field != "status_code" {
            json_string(text)
        } else if text.is_empty() {
            "null".to_string()
        } else {
            text.to_string()
        }
    };
    let fields: Vec<String> = c
        .fields
        .iter()
        .map(|(field, old, new)| {
            format!(
                "{{\"field\":{},\"old\":{},\"new\":{}}}",
                json_string(field),
                value(field, old),
                value(field, new)
            )
        })
        .collect();
    format!(
        "{{\"code\":{},\"fields\":[{}]}}",
        json_string(&c.code),
        fields.join(",")
    )
}

impl Report {
    /// The report's `variants` object.
    fn variants_json(&self) -> String {
        let names = |names: &[String]| {
            names
                .iter()
                .map(|n| json_string(n))
                .collect::<Vec<_>>()
                .join(",")
        };
        let moved: Vec<String> = self
            .moved
            .iter()
            .map(|(name, old, new)| {
                format!(
                    "{{\"name\":{},\"old\":{old},\"new\":{new}}}",
                    json_string(name)
                )
            })
            .collect();
        let pair = |pair: Option<(&str, &str)>| {
            pair.map_or_else(
                || "null".to_string(),
                |(old, new)| {
                    format!(
                        "{{\"old\":{},\"new\":{}}}",
                        json_string(old),
                        json_string(new)
                    )
                },
            )
        };
        format!(
            "{{\"removed\":[{}],\"moved\":[{}],\"deprecated\":[{}],\"status_type\":{},\"repr\":{}}}",
            names(&self.removed),
            moved.join(","),
            names(&self.deprecated),
            pair(self.status_type),
            pair(self.repr)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, status: Option<u16>, message: &str) -> Entry {
        Entry::example(code, status, message)
    }

    #[test]
    fn added_retired_changed() {
        let old = [
            entry("A", Some(400), "a"),
            entry("B", Some(500), "b"),
            entry("C", Some(400), "c"),
        ];
        let new = [
            entry("A", Some(400), "a"),
            entry("B", Some(503), "b2"),
            entry("D", None, "d"),
        ];
        let report = diff_entries(&old, &new);
        assert_eq!(
            report
                .added
                .iter()
                .map(|e| e.code.as_str())
                .collect::<Vec<_>>(),
            ["D"]
        );
        assert_eq!(
            report
                .retired
                .iter()
                .map(|e| e.code.as_str())
                .collect::<Vec<_>>(),
            ["C"]
        );
        assert_eq!(report.changed.len(), 1);
        let fields: Vec<(&str, &str, &str)> = report.changed[0]
            .fields
            .iter()
            .map(|(field, old, new)| (*field, old.as_str(), new.as_str()))
            .collect();
        assert_eq!(
            fields,
            [("status_code", "500", "503"), ("message", "b", "b2")]
        );
        assert_eq!(report.level, Level::Minor);
        let json = report.to_json("o", "n");
        assert!(json.contains("\"changed\":[{\"code\":\"B\",\"fields\":[{\"field\":\"status_code\",\"old\":500,\"new\":503},{\"field\":\"message\",\"old\":\"b\",\"new\":\"b2\"}]}]"), "{json}");
        assert!(json.contains("\"added\":[{\"code\":\"D\",\"status_code\":null,"));
    }

    /// A row added to a code is a minor change, shown in the report.
    #[test]
    fn a_row_added_to_a_code_is_minor() {
        let old = [entry("A", Some(400), "a")];
        let mut with_row = entry("A", Some(400), "a");
        let mut row = with_row.first_row();
        row.status_code = Some(502);
        with_row.further_rows.push(row);
        let report = diff_entries(&old, &[with_row]);
        assert_eq!(report.changed.len(), 1);
        assert_eq!(report.changed[0].fields[0].0, "further_rows");
        assert_eq!(report.changed[0].fields[0].2, "502 | a |  | ");
        let (level, notes) = (report.level, &report.notes);
        assert_eq!(level, Level::Minor, "{notes:?}");
    }

    #[test]
    fn levels() {
        let a = [entry("A", Some(400), "a")];
        assert_eq!(diff_entries(&a, &a).level, Level::None);
        assert_eq!(
            diff_entries(&a, &[entry("A", Some(400), "b")]).level,
            Level::Patch
        );
    }

    fn variants(rows: &[(&str, &str, Option<u16>, bool)]) -> Variants {
        let entries = rows
            .iter()
            .map(|&(code, _, status, _)| entry(code, status, "m"))
            .collect();
        let names: Vec<&str> = rows.iter().map(|&(_, name, _, _)| name).collect();
        let mut v = Variants::named(entries, &names);
        for (variant, &(_, _, _, retired)) in v.variants.iter_mut().zip(rows) {
            variant.retired = retired;
        }
        v
    }

    /// What makes a change major: a variant gone, a discriminant moved, the
    /// status type changed; a deprecation or an added variant is minor.
    #[test]
    fn variant_changes_decide_major() {
        let old = variants(&[
            ("A.1", "One", Some(400), false),
            ("B.2", "Two", Some(400), false),
        ]);
        let level = |new: &Variants| diff_variants(&old, new).level;
        let swapped = variants(&[
            ("B.2", "Two", Some(400), false),
            ("A.1", "One", Some(400), false),
        ]);
        assert_eq!(
            diff_variants(&old, &swapped).moved,
            [("One".to_string(), 0, 1), ("Two".to_string(), 1, 0)]
        );
        assert_eq!(level(&swapped), Level::Major);
        let renamed = variants(&[
            ("A.1", "Uno", Some(400), false),
            ("B.2", "Two", Some(400), false),
        ]);
        assert_eq!(diff_variants(&old, &renamed).removed, ["One"]);
        assert_eq!(level(&renamed), Level::Major);
        let no_status = variants(&[
            ("A.1", "One", Some(400), false),
            ("B.2", "Two", None, false),
        ]);
        assert_eq!(
            diff_variants(&old, &no_status).status_type,
            Some(("u16", "Option<u16>"))
        );
        assert_eq!(level(&no_status), Level::Major);
        let retired = variants(&[
            ("A.1", "One", Some(400), false),
            ("B.2", "Two", Some(400), true),
        ]);
        assert_eq!(diff_variants(&old, &retired).deprecated, ["Two"]);
        assert_eq!(level(&retired), Level::Minor);
        let added = variants(&[
            ("A.1", "One", Some(400), false),
            ("B.2", "Two", Some(400), false),
            ("C.3", "Three", Some(400), false),
        ]);
        assert_eq!(level(&added), Level::Minor);
        assert_eq!(level(&old), Level::None);
    }
}
