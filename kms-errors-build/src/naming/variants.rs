//! Which variants the enum has, in which order, and what they are called:
//! the page's codes with their pinned or derived names, and the retired
//! codes (pinned, no longer in the page) with their last documented rows.
//! Only names and order: the names and retired files are read and brought
//! up to date around it (`naming::resolve`).
//!
//! The order is the discriminants' and never changes once a code is
//! pinned: the names file's order (the order codes were first pinned, a
//! retired code in its place), then the codes it does not pin yet in page
//! order, which is where the names file appends them. Without a names file
//! it is the page's order.

use std::collections::{HashMap, HashSet};

use super::derive::derive_names_avoiding;
use super::names_file::NamesFile;
use crate::error::{Error, ErrorKind, Location};
use crate::model::Entry;

/// One variant of the generated enum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Variant {
    /// Its row: the page's, or for a retired code its last documented one.
    pub(crate) entry: Entry,
    /// Its name.
    pub(crate) name: String,
    /// Its discriminant (its place in `ALL`).
    pub(crate) discriminant: usize,
    /// Whether its code is no longer in the page.
    pub(crate) retired: bool,
}

impl AsRef<Entry> for Variant {
    fn as_ref(&self) -> &Entry {
        &self.entry
    }
}

/// The variants, in discriminant order, and what naming them found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Named {
    /// The variants.
    pub(crate) variants: Vec<Variant>,
    /// Codes the names file does not pin yet, with their derived names, in
    /// page order: where the names file appends them.
    pub(crate) new_pins: Vec<(String, String)>,
}

/// The source of an entry's name: its message, or, for pages without
/// messages, its description.
fn name_source(entry: &Entry) -> &str {
    if entry.message.is_empty() {
        &entry.description
    } else {
        &entry.message
    }
}

/// Derived names for `entries` (in order), never one of `reserved`.
fn derive<'a>(entries: &[&'a Entry], reserved: &HashSet<String>) -> Vec<(&'a Entry, String)> {
    let pairs: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e.code.as_str(), name_source(e)))
        .collect();
    entries
        .iter()
        .copied()
        .zip(derive_names_avoiding(&pairs, reserved))
        .collect()
}

/// The variants of a page without a names file: every name derived (never
/// `enum_name`), in page order.
pub(crate) fn derived(enum_name: &str, entries: Vec<Entry>) -> Named {
    let refs: Vec<&Entry> = entries.iter().collect();
    let named = derive(&refs, &HashSet::from([enum_name.to_string()]));
    let names: Vec<String> = named.into_iter().map(|(_, name)| name).collect();
    let new_pins = entries
        .iter()
        .map(|e| e.code.clone())
        .zip(names.iter().cloned())
        .collect();
    Named {
        variants: in_page_order(entries, names),
        new_pins,
    }
}

/// `entries` named `names`, their discriminants in page order, none
/// retired.
pub(crate) fn in_page_order(entries: Vec<Entry>, names: Vec<String>) -> Vec<Variant> {
    entries
        .into_iter()
        .zip(names)
        .enumerate()
        .map(|(discriminant, (entry, name))| Variant {
            entry,
            name,
            discriminant,
            retired: false,
        })
        .collect()
}

/// The rows of pinned codes that are not in the page: from the retired
/// file (`recorded`), or else from the previous revision of the page, read
/// (once) only when a code has just left.
struct RetiredRows<'a> {
    recorded: HashMap<&'a str, &'a Entry>,
    previous: Option<&'a dyn Fn() -> Result<Vec<Entry>, Error>>,
    previous_rows: Option<HashMap<String, Entry>>,
}

impl RetiredRows<'_> {
    /// The last row of the pinned code `code`, if it is recorded anywhere.
    fn row(&mut self, code: &str) -> Result<Option<Entry>, Error> {
        if let Some(&row) = self.recorded.get(code) {
            return Ok(Some(row.clone()));
        }
        if self.previous_rows.is_none() {
            let rows = match self.previous {
                Some(read) => read()?,
                None => Vec::new(),
            };
            self.previous_rows = Some(rows.into_iter().map(|r| (r.code.clone(), r)).collect());
        }
        Ok(self
            .previous_rows
            .as_ref()
            .and_then(|rows| rows.get(code).cloned()))
    }
}

/// The variants of a page with a names file: pinned names in the file's
/// order, a pinned code gone from the page retired in its place with its
/// last row (from `recorded`, the retired file's rows, or else from
/// `previous`), then the codes the file does not pin, with derived names
/// (never a pinned name or `enum_name`), in page order.
///
/// # Errors
/// A pinned code missing from the page whose last row is nowhere to be
/// found (at its line of the names file, `names_path`), or an error reading
/// the previous page.
pub(crate) fn pinned(
    enum_name: &str,
    entries: Vec<Entry>,
    (pins, names_path): (&NamesFile, &str),
    recorded: &[Entry],
    previous: Option<&dyn Fn() -> Result<Vec<Entry>, Error>>,
) -> Result<Named, Error> {
    let mut reserved: HashSet<String> = pins.pins.iter().map(|p| p.name.clone()).collect();
    reserved.insert(enum_name.to_string());
    let unpinned: Vec<&Entry> = entries
        .iter()
        .filter(|e| pins.name_of(&e.code).is_none())
        .collect();
    let new = derive(&unpinned, &reserved);
    let in_page: HashMap<&str, &Entry> = entries.iter().map(|e| (e.code.as_str(), e)).collect();
    let mut rows = RetiredRows {
        recorded: recorded.iter().map(|r| (r.code.as_str(), r)).collect(),
        previous,
        previous_rows: None,
    };
    let mut variants = Vec::with_capacity(pins.pins.len() + new.len());
    for pin in &pins.pins {
        let (entry, retired) = match in_page.get(pin.code.as_str()) {
            Some(&entry) => (entry.clone(), false),
            None => match rows.row(&pin.code)? {
                Some(row) => (row, true),
                None => {
                    return Err(Error::new(
                        Location::new(names_path, pin.line, 1),
                        ErrorKind::MissingRetiredRow {
                            code: pin.code.clone(),
                        },
                    ))
                }
            },
        };
        variants.push((entry, pin.name.clone(), retired));
    }
    let new_pins: Vec<(String, String)> = new
        .into_iter()
        .map(|(entry, name)| {
            variants.push((entry.clone(), name.clone(), false));
            (entry.code.clone(), name)
        })
        .collect();
    let variants = variants
        .into_iter()
        .enumerate()
        .map(|(discriminant, (entry, name, retired))| Variant {
            entry,
            name,
            discriminant,
            retired,
        })
        .collect();
    Ok(Named { variants, new_pins })
}
