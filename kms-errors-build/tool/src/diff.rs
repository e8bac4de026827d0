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
//!   "semver": {"level": "none" | "patch" | "minor", "notes": ["...", ...]}
//! }
//! ROW = {"code": "...", "status_code": 400 | null, "message": "...",
//!        "description": "...", "measure": "..."}
//! ```
//!
//! `field` is one of `status_code`, `message`, `description`, `measure`;
//! for `status_code`, `old` and `new` are numbers or `null`.

use std::collections::HashMap;

use crate::model::Entry;
use crate::tables_json::string as json_string;

/// One field of a kept code that changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    /// `status_code`, `message`, `description` or `measure`.
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
    /// Codes only in the new revision.
    pub added: Vec<Entry>,
    /// Codes only in the old revision.
    pub retired: Vec<Entry>,
    /// Codes in both whose rows differ.
    pub changed: Vec<Changed>,
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
}

impl Level {
    fn name(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Patch => "patch",
            Level::Minor => "minor",
        }
    }
}

fn status_text(status: Option<u16>) -> String {
    status.map_or_else(String::new, |s| s.to_string())
}

/// Compares the entries of two revisions.
pub fn diff(old: &[Entry], new: &[Entry]) -> Report {
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
    }
}

impl Report {
    /// The release level and why, for a crate generated with a names file
    /// (so variants are never renamed and retired codes stay, deprecated).
    pub fn semver(&self) -> (Level, Vec<String>) {
        let mut level = Level::None;
        let mut notes = Vec::new();
        let status_changes = self
            .changed
            .iter()
            .filter(|c| c.fields.iter().any(|f| f.field == "status_code"))
            .count();
        let text_changes = self.changed.len() - status_changes;
        if !self.added.is_empty() {
            level = level.max(Level::Minor);
            notes.push(format!(
                "{} added code(s): new variants; the enum is #[non_exhaustive], so this is not breaking (minor)",
                self.added.len()
            ));
        }
        if !self.retired.is_empty() {
            level = level.max(Level::Minor);
            notes.push(format!(
                "{} retired code(s): their variants stay, #[deprecated], with their last rows (minor); removing them would be breaking (major)",
                self.retired.len()
            ));
        }
        if status_changes > 0 {
            level = level.max(Level::Minor);
            notes.push(format!(
                "{status_changes} code(s) changed HTTP status: status_code() returns something else, worth a changelog note (minor)"
            ));
        }
        if text_changes > 0 {
            level = level.max(Level::Patch);
            notes.push(format!(
                "{text_changes} code(s) changed only message, description or measure text (patch)"
            ));
        }
        if level == Level::None {
            notes.push("no change to the error codes".to_string());
        }
        (level, notes)
    }

    /// The report for people.
    pub fn to_text(&self, old_path: &str, new_path: &str) -> String {
        let row = |sign: char, e: &Entry| {
            format!(
                "  {sign} {}  {}  {}\n",
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
        let (level, notes) = self.semver();
        out.push_str(&format!("\nSemver: {}\n", level.name()));
        for note in notes {
            out.push_str(&format!("  - {note}\n"));
        }
        out
    }

    /// The report as JSON (shape in the [module docs](self)).
    pub fn to_json(&self, old_path: &str, new_path: &str) -> String {
        let row = |e: &Entry| {
            format!(
                "{{\"code\":{},\"status_code\":{},\"message\":{},\"description\":{},\"measure\":{}}}",
                json_string(&e.code),
                e.status_code.map_or_else(|| "null".to_string(), |s| s.to_string()),
                json_string(&e.message),
                json_string(&e.description),
                json_string(&e.measure)
            )
        };
        let rows = |entries: &[Entry]| entries.iter().map(row).collect::<Vec<_>>().join(",");
        let value = |field: &str, text: &str| {
            if field != "status_code" {
                json_string(text)
            } else if text.is_empty() {
                "null".to_string()
            } else {
                text.to_string()
            }
        };
        let changed: Vec<String> = self
            .changed
            .iter()
            .map(|c| {
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
            })
            .collect();
        let (level, notes) = self.semver();
        let notes: Vec<String> = notes.iter().map(|n| json_string(n)).collect();
        format!(
            "{{\"old\":{},\"new\":{},\"added\":[{}],\"retired\":[{}],\"changed\":[{}],\"semver\":{{\"level\":{},\"notes\":[{}]}}}}\n",
            json_string(old_path),
            json_string(new_path),
            rows(&self.added),
            rows(&self.retired),
            changed.join(","),
            json_string(level.name()),
            notes.join(",")
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
        let report = diff(&old, &new);
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

    #[test]
    fn levels() {
        let a = [entry("A", Some(400), "a")];
        assert_eq!(diff(&a, &a).semver().0, Level::None);
        assert_eq!(
            diff(&a, &[entry("A", Some(400), "b")]).semver().0,
            Level::Patch
        );
    }
}
