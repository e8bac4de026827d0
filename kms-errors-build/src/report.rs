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
//!                "repr": null | {"old": "u8", "new": "u16"}},
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
use std::path::Path;

use crate::error::Error;
use crate::files::pins::Variants;
use crate::model::Entry;
use crate::naming::variants::Variant;
use kms_errors_rst::json::string as json_string;

/// What [`diff_pages`] compares.
#[derive(Clone, Debug)]
pub struct DiffInput<'a> {
    /// The old page.
    pub old: &'a Path,
    /// The new page.
    pub new: &'a Path,
    /// How both pages are read.
    pub options: &'a crate::model::Options,
    /// The names file as it was for the old page (`None`: names derived,
    /// discriminants in page order).
    pub names: Option<&'a Path>,
    /// The retired file, if not `retired.txt` beside the names file.
    pub retired: Option<&'a Path>,
    /// The names file for the new page, if it is not the one generating
    /// the old page leaves (a pin edited by hand).
    pub new_names: Option<&'a Path>,
    /// The enum's name (derived names never take it).
    pub enum_name: &'a str,
}

/// The change report between two pages: each resolved into the variants
/// the generated enum would have — the old one with the names and retired
/// files as they are, the new one with them as generating the old page
/// left them, the old page's rows at hand for codes that leave.
///
/// # Errors
/// A page or file cannot be read or has a problem (located).
pub fn diff_report(input: &DiffInput<'_>) -> Result<Report, Error> {
    let read = |path: &Path| -> Result<Vec<crate::model::Entry>, Error> {
        let shown = path.display().to_string();
        let text = crate::files::read::read_text(path, &shown, "cannot read")?;
        Ok(crate::model::read_page_with(&shown, &text, input.options)?.entries)
    };
    diff_entries_of(input, read(input.old)?, read(input.new)?)
}

/// [`diff_report`] for the pages' rows already read.
///
/// # Errors
/// The names or retired file cannot be read or has a problem.
pub fn diff_entries_of(
    input: &DiffInput<'_>,
    old_entries: Vec<crate::model::Entry>,
    new_entries: Vec<crate::model::Entry>,
) -> Result<Report, Error> {
    let retired_path = input
        .retired
        .map(Path::to_path_buf)
        .or_else(|| input.names.map(crate::files::pins::default_retired));
    let names_text = crate::files::read::read_optional(input.names)?;
    let retired_text = crate::files::read::read_optional(retired_path.as_deref())?;
    let shown = |p: Option<&Path>| p.map(|p| p.display().to_string());
    let (names_shown, retired_shown) = (shown(input.names), shown(retired_path.as_deref()));
    fn file<'a>(
        path: &'a Option<String>,
        text: Option<&'a str>,
    ) -> Option<crate::files::pins::InputFile<'a>> {
        path.as_deref()
            .map(|path| crate::files::pins::InputFile { path, text })
    }
    let old = crate::files::pins::resolve(
        input.enum_name,
        old_entries.clone(),
        file(&names_shown, names_text.as_deref()),
        file(&retired_shown, retired_text.as_deref()),
        None,
    )?;
    // The files as generating the old page left them, or the new names
    // file given.
    let names_after = match input.new_names {
        Some(path) => Some(crate::files::read::read_text(
            path,
            &path.display().to_string(),
            "cannot read",
        )?),
        None => old.names_file.clone().or(names_text),
    };
    let retired_after = old.retired_file.clone().or(retired_text);
    let previous = move || Ok(old_entries.clone());
    let new = crate::files::pins::resolve(
        input.enum_name,
        new_entries,
        file(&names_shown, names_after.as_deref()),
        file(&retired_shown, retired_after.as_deref()),
        Some(&previous),
    )?;
    Ok(diff(&old, &new))
}

/// [`diff_report`] as text, or as JSON when `json` is set (see the module
/// docs for its shape).
///
/// # Errors
/// As [`diff_report`].
pub fn diff_pages(input: &DiffInput<'_>, json: bool) -> Result<String, Error> {
    let report = diff_report(input)?;
    let (old, new) = (
        input.old.display().to_string(),
        input.new.display().to_string(),
    );
    Ok(if json {
        report.to_json(&old, &new)
    } else {
        report.to_text(&old, &new)
    })
}

/// One field of a kept code that changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    /// `status_code`, `message`, `description` or `measure` (of the first
    /// row), or `further_rows`.
    pub field: &'static str,
    /// The old value (a status as digits, or empty for none).
    pub old: String,
    /// The new value.
    pub new: String,
}

/// A code in both revisions whose row changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    /// The code.
    pub code: String,
    /// What changed, in field order.
    pub fields: Vec<FieldChange>,
}

/// The changes between two revisions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Codes only in the new revision's page.
    pub added: Vec<Entry>,
    /// Codes only in the old revision's page.
    pub retired: Vec<Entry>,
    /// Codes in both whose rows differ.
    pub changed: Vec<Changed>,
    /// What the generated enum's API does about it.
    pub variants: VariantChanges,
}

/// The changes to the generated enum, from the resolved variants of both
/// revisions (names and retired files applied): what cargo-semver-checks
/// would see.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VariantChanges {
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
}

/// How a release containing the change should be numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Nothing changed.
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

impl Level {
    /// `none`, `patch`, `minor` or `major`.
    pub fn name(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        }
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
pub(crate) fn diff(old: &Variants, new: &Variants) -> Report {
    let documented = |v: &Variants| -> Vec<Entry> {
        v.variants
            .iter()
            .filter(|v| !v.retired)
            .map(|v| v.entry.clone())
            .collect()
    };
    let mut report = diff_entries(&documented(old), &documented(new));
    report.variants = variant_changes(old, new);
    report
}

/// The changes to the generated enum between `old` and `new`.
fn variant_changes(old: &Variants, new: &Variants) -> VariantChanges {
    let new_by_name: HashMap<&str, &Variant> =
        new.variants.iter().map(|v| (v.name.as_str(), v)).collect();
    let mut changes = VariantChanges::default();
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
    // The generator's rule, named as the generated code spells the type.
    let status_type = |v: &Variants| match crate::emit::Statuses::of(&v.variants) {
        crate::emit::Statuses::Every => "u16",
        crate::emit::Statuses::Some => "Option<u16>",
    };
    let (a, b) = (status_type(old), status_type(new));
    changes.status_type = (a != b).then_some((a, b));
    let repr = |v: &Variants| crate::emit::repr_name(v.variants.len());
    let (a, b) = (repr(old), repr(new));
    changes.repr = (a != b).then_some((a, b));
    changes
}

/// Compares the documented entries of two revisions, by code.
pub fn diff_entries(old: &[Entry], new: &[Entry]) -> Report {
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
            let fields: Vec<FieldChange> = [
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
            .map(|(field, old, new)| FieldChange { field, old, new })
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
        variants: VariantChanges::default(),
    }
}

impl Report {
    /// The release level and why: the variant changes first (a removed or
    /// moved variant, a changed status type or repr is major), then the
    /// page's (added codes, changed statuses and rows minor, text patch).
    pub fn semver(&self) -> (Level, Vec<String>) {
        let mut notes = Vec::new();
        let level = self
            .variant_notes(&mut notes)
            .max(self.page_notes(&mut notes));
        if level == Level::None {
            notes.push("no change to the error codes".to_string());
        }
        (level, notes)
    }

    /// The notes on the generated enum's API, and the level they need.
    fn variant_notes(&self, notes: &mut Vec<String>) -> Level {
        let mut level = Level::None;
        let v = &self.variants;
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
        let has = |c: &Changed, field: &str| c.fields.iter().any(|f| f.field == field);
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
            for f in &changed.fields {
                out.push_str(&format!(
                    "  ~ {} {}:\n      old: {}\n      new: {}\n",
                    changed.code,
                    f.field,
                    f.old.replace('\n', " / "),
                    f.new.replace('\n', " / ")
                ));
            }
        }
        let v = &self.variants;
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
        let (level, notes) = self.semver();
        out.push_str(&format!("\nSemver: {}\n", level.name()));
        for note in notes {
            out.push_str(&format!("  - {note}\n"));
        }
        out
    }

    /// The report as JSON (shape in the [module docs](self)).
    pub fn to_json(&self, old_path: &str, new_path: &str) -> String {
        let rows = |entries: &[Entry]| entries.iter().map(json_row).collect::<Vec<_>>().join(",");
        let changed: Vec<String> = self.changed.iter().map(json_changed).collect();
        let (level, notes) = self.semver();
        let notes: Vec<String> = notes.iter().map(|n| json_string(n)).collect();
        format!(
            "{{\"old\":{},\"new\":{},\"added\":[{}],\"retired\":[{}],\"changed\":[{}],\"variants\":{},\"semver\":{{\"level\":{},\"notes\":[{}]}}}}\n",
            json_string(old_path),
            json_string(new_path),
            rows(&self.added),
            rows(&self.retired),
            changed.join(","),
            self.variants.to_json(),
            json_string(level.name()),
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
        .map(|f| {
            format!(
                "{{\"field\":{},\"old\":{},\"new\":{}}}",
                json_string(f.field),
                value(f.field, &f.old),
                value(f.field, &f.new)
            )
        })
        .collect();
    format!(
        "{{\"code\":{},\"fields\":[{}]}}",
        json_string(&c.code),
        fields.join(",")
    )
}

impl VariantChanges {
    /// The report's `variants` object.
    fn to_json(&self) -> String {
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
            .map(|f| (f.field, f.old.as_str(), f.new.as_str()))
            .collect();
        assert_eq!(
            fields,
            [("status_code", "500", "503"), ("message", "b", "b2")]
        );
        assert_eq!(report.semver().0, Level::Minor);
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
        assert_eq!(report.changed[0].fields[0].field, "further_rows");
        assert_eq!(report.changed[0].fields[0].new, "502 | a |  | ");
        let (level, notes) = report.semver();
        assert_eq!(level, Level::Minor, "{notes:?}");
    }

    #[test]
    fn levels() {
        let a = [entry("A", Some(400), "a")];
        assert_eq!(diff_entries(&a, &a).semver().0, Level::None);
        assert_eq!(
            diff_entries(&a, &[entry("A", Some(400), "b")]).semver().0,
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
        let level = |new: &Variants| diff(&old, new).semver().0;
        let swapped = variants(&[
            ("B.2", "Two", Some(400), false),
            ("A.1", "One", Some(400), false),
        ]);
        assert_eq!(
            diff(&old, &swapped).variants.moved,
            [("One".to_string(), 0, 1), ("Two".to_string(), 1, 0)]
        );
        assert_eq!(level(&swapped), Level::Major);
        let renamed = variants(&[
            ("A.1", "Uno", Some(400), false),
            ("B.2", "Two", Some(400), false),
        ]);
        assert_eq!(diff(&old, &renamed).variants.removed, ["One"]);
        assert_eq!(level(&renamed), Level::Major);
        let no_status = variants(&[
            ("A.1", "One", Some(400), false),
            ("B.2", "Two", None, false),
        ]);
        assert_eq!(
            diff(&old, &no_status).variants.status_type,
            Some(("u16", "Option<u16>"))
        );
        assert_eq!(level(&no_status), Level::Major);
        let retired = variants(&[
            ("A.1", "One", Some(400), false),
            ("B.2", "Two", Some(400), true),
        ]);
        assert_eq!(diff(&old, &retired).variants.deprecated, ["Two"]);
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
