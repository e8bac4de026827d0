//! Which variants the enum has, in which order, and what they are called:
//! the page's codes with their pinned or derived names and the retired
//! codes (pinned, no longer in the page) with their last documented rows —
//! and the names and retired files brought up to date.
//!
//! The order is the discriminants' and never changes once a code is
//! pinned: the names file's order (the order codes were first pinned, a
//! retired code in its place), then the codes it does not pin yet in page
//! order, which is where the names file appends them. Without a names file
//! it is the page's order.

use std::collections::{HashMap, HashSet};

use super::derive::{derive_names_avoiding, MAX_LEN};
use super::names_file::{self, NamesFile};
use super::retired;
use crate::error::{Error, ErrorKind, Location, Warning};
use crate::model::Entry;

/// A text file the generator reads and may update: its path (as shown in
/// messages) and its content (`None` if it does not exist yet).
#[derive(Clone, Copy, Debug)]
pub struct InputFile<'a> {
    /// The path as shown in messages.
    pub path: &'a str,
    /// The content, if the file exists.
    pub text: Option<&'a str>,
}

/// The variants of the generated enum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variants {
    /// The variants' rows, in discriminant order (see the module docs).
    pub entries: Vec<Entry>,
    /// Whether each of `entries` is retired (no longer in the page).
    pub retired: Vec<bool>,
    /// A variant name per entry.
    pub names: Vec<String>,
    /// The names file's new content, if it has to change.
    pub names_file: Option<String>,
    /// The retired file's new content, if it has to change.
    pub retired_file: Option<String>,
    /// Codes whose names were derived because no names file pins them.
    pub unpinned: Vec<String>,
    /// Derived names longer than the naming rule wants.
    pub warnings: Vec<Warning>,
}

#[cfg(test)]
impl Variants {
    /// Variants for the tests of other stages: `entries` named `names`, in
    /// that order, none retired, no files.
    pub(crate) fn named(entries: Vec<Entry>, names: &[&str]) -> Variants {
        Variants {
            retired: vec![false; entries.len()],
            names: names.iter().map(|name| name.to_string()).collect(),
            entries,
            names_file: None,
            retired_file: None,
            unpinned: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// A warning for each derived name of `entries` (`names[i]` is entry
/// `i`'s) longer than [`MAX_LEN`], which says where to pin a shorter one.
fn long_names<'a>(
    entries: impl IntoIterator<Item = &'a Entry>,
    names: &[String],
    names_file: Option<&str>,
) -> Vec<Warning> {
    entries
        .into_iter()
        .zip(names)
        .filter(|(_, name)| name.len() > MAX_LEN)
        .map(|(entry, name)| {
            let kind = ErrorKind::LongVariantName {
                code: entry.code.clone(),
                name: name.clone(),
                names_file: names_file.map(str::to_string),
            };
            Warning::new(
                Error::new(entry.location.clone(), kind),
                "the derived name is used",
            )
        })
        .collect()
}

/// Names the name source of an entry: its message, or, for pages without
/// messages, its description.
fn name_source(entry: &Entry) -> &str {
    if entry.message.is_empty() {
        &entry.description
    } else {
        &entry.message
    }
}

/// The variants for the page's `entries`. Without a names file every name
/// is derived ([`super::derive`]). With one, pinned names are used; codes it
/// does not pin get derived names (never a pinned one) and are appended to
/// it; pinned codes missing from the page become retired variants, whose
/// rows come from the retired file or, the first time, from `previous` (the
/// rows of the previous revision of the page, read only then) and are then
/// recorded in the retired file.
///
/// Derived names never equal `enum_name`.
///
/// # Errors
/// A bad names or retired file (located), or a retired code whose last row
/// is nowhere to be found.
pub fn resolve(
    enum_name: &str,
    entries: Vec<Entry>,
    names: Option<InputFile<'_>>,
    retired_file: Option<InputFile<'_>>,
    previous: Option<&dyn Fn() -> Result<Vec<Entry>, Error>>,
) -> Result<Variants, Error> {
    let Some(names) = names else {
        let pairs: Vec<(&str, &str)> = entries
            .iter()
            .map(|e| (e.code.as_str(), name_source(e)))
            .collect();
        let derived = derive_names_avoiding(&pairs, &HashSet::from([enum_name.to_string()]));
        let warnings = long_names(&entries, &derived, None);
        return Ok(Variants {
            warnings,
            retired: vec![false; entries.len()],
            unpinned: entries.iter().map(|e| e.code.clone()).collect(),
            entries,
            names: derived,
            names_file: None,
            retired_file: None,
        });
    };
    let pins = NamesFile::parse(names.path, names.text.unwrap_or(""))?;
    let mut reserved: HashSet<String> = pins.pins.iter().map(|p| p.name.clone()).collect();
    reserved.insert(enum_name.to_string());

    let unpinned: Vec<&Entry> = entries
        .iter()
        .filter(|e| pins.name_of(&e.code).is_none())
        .collect();
    let pairs: Vec<(&str, &str)> = unpinned
        .iter()
        .map(|e| (e.code.as_str(), name_source(e)))
        .collect();
    let derived_names = derive_names_avoiding(&pairs, &reserved);
    let warnings = long_names(unpinned.iter().copied(), &derived_names, Some(names.path));
    // The new pins, in page order: where the names file appends them.
    let new_pins: Vec<(String, String)> = unpinned
        .iter()
        .map(|e| e.code.clone())
        .zip(derived_names)
        .collect();

    let retired_path = retired_file.map_or("", |f| f.path);
    let recorded = match retired_file.and_then(|f| f.text) {
        Some(text) => retired::parse(retired_path, text)?,
        None => Vec::new(),
    };
    let recorded_by_code: HashMap<&str, &Entry> =
        recorded.iter().map(|r| (r.code.as_str(), r)).collect();
    // Discriminant order (see the module docs): the pins', a retired code
    // in its place, then the codes pinned now, in page order.
    let in_page: HashMap<&str, &Entry> = entries.iter().map(|e| (e.code.as_str(), e)).collect();
    // Read only when a code has just left the page.
    let mut previous_rows: Option<HashMap<String, Entry>> = None;
    let (mut ordered, mut ordered_names, mut retired) = (Vec::new(), Vec::new(), Vec::new());
    let mut retired_entries = Vec::new();
    for pin in &pins.pins {
        if let Some(&entry) = in_page.get(pin.code.as_str()) {
            ordered.push(entry.clone());
            ordered_names.push(pin.name.clone());
            retired.push(false);
            continue;
        }
        let row = match recorded_by_code.get(pin.code.as_str()) {
            Some(&row) => Some(row),
            None => {
                if previous_rows.is_none() {
                    let rows = match previous {
                        Some(read) => read()?,
                        None => Vec::new(),
                    };
                    previous_rows = Some(rows.into_iter().map(|r| (r.code.clone(), r)).collect());
                }
                previous_rows.as_ref().and_then(|rows| rows.get(&pin.code))
            }
        }
        .ok_or_else(|| {
            Error::new(
                Location::new(names.path, pin.line, 1),
                ErrorKind::MissingRetiredRow {
                    code: pin.code.clone(),
                },
            )
        })?;
        retired_entries.push(row.clone());
        ordered.push(row.clone());
        ordered_names.push(pin.name.clone());
        retired.push(true);
    }
    for (code, name) in &new_pins {
        if let Some(&entry) = in_page.get(code.as_str()) {
            ordered.push(entry.clone());
            ordered_names.push(name.clone());
            retired.push(false);
        }
    }

    let names_file = (!new_pins.is_empty()).then(|| names_file::append(names.text, &new_pins));
    let rendered = retired::render(&retired_entries);
    let retired_file = match retired_file {
        Some(file) if file.text != Some(rendered.as_str()) => {
            // Do not create an empty retired file.
            (file.text.is_some() || !retired_entries.is_empty()).then_some(rendered)
        }
        _ => None,
    };
    Ok(Variants {
        entries: ordered,
        retired,
        names: ordered_names,
        names_file,
        retired_file,
        unpinned: new_pins.into_iter().map(|(code, _)| code).collect(),
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, message: &str) -> Entry {
        Entry::example(code, Some(400), message)
    }

    fn file<'a>(path: &'a str, text: Option<&'a str>) -> Option<InputFile<'a>> {
        Some(InputFile { path, text })
    }

    #[test]
    fn without_a_names_file_all_names_are_derived() {
        let v = resolve("E", vec![entry("A.1", "One.")], None, None, None).unwrap();
        assert_eq!(v.names, ["One"]);
        assert_eq!(v.unpinned, ["A.1"]);
        assert_eq!((v.names_file, v.retired_file), (None, None));
    }

    #[test]
    fn pinned_names_win_and_new_codes_are_appended() {
        let entries = vec![entry("A.1", "Reworded."), entry("B.2", "One.")];
        let v = resolve(
            "E",
            entries,
            file("n", Some("A.1 One\n")),
            file("r", None),
            None,
        )
        .unwrap();
        assert_eq!(v.names, ["One", "OneB2"]);
        assert_eq!(v.names_file.as_deref(), Some("A.1 One\nB.2 OneB2\n"));
        assert_eq!(v.retired_file, None);
        assert_eq!(v.unpinned, ["B.2"]);
    }

    #[test]
    fn a_code_that_leaves_the_page_is_retired() {
        let previous = || Ok(vec![entry("A.1", "One."), entry("Z.9", "Gone.")]);
        let names = "A.1 One\nZ.9 Gone\n";
        let v = resolve(
            "E",
            vec![entry("A.1", "One.")],
            file("n", Some(names)),
            file("r", None),
            Some(&previous),
        )
        .unwrap();
        assert_eq!(
            (v.retired.clone(), v.names.clone()),
            (
                vec![false, true],
                vec!["One".to_string(), "Gone".to_string()]
            )
        );
        assert_eq!(v.entries[1].message, "Gone.");
        let recorded = v.retired_file.unwrap();
        assert!(
            recorded.ends_with("\n[Z.9]\nstatus: 400\nmessage: Gone.\ndescription: \nmeasure: \n"),
            "{recorded}"
        );

        // From then on the retired file is enough, and stays as it is.
        let again = resolve(
            "E",
            vec![entry("A.1", "One.")],
            file("n", Some(names)),
            file("r", Some(&recorded)),
            None,
        )
        .unwrap();
        assert_eq!((again.entries.len(), again.retired_file), (2, None));

        // Without any record of its row, the pin is an error at its line.
        let err = resolve(
            "E",
            vec![entry("A.1", "One.")],
            file("n", Some(names)),
            file("r", None),
            None,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("n:2:1: error code Z.9 is pinned"),
            "{err}"
        );

        // Deleting its line drops the variant and its record.
        let dropped = resolve(
            "E",
            vec![entry("A.1", "One.")],
            file("n", Some("A.1 One\n")),
            file("r", Some(&recorded)),
            None,
        )
        .unwrap();
        assert_eq!(dropped.entries.len(), 1);
        assert_eq!(dropped.retired_file.as_deref(), Some(retired::HEADER));
    }

    /// Discriminant order is the names file's: a reordered page changes
    /// nothing, a retired code keeps its place, a new code comes last.
    #[test]
    fn the_order_outlives_the_page() {
        let names = "A.1 One\nB.2 Two\nC.3 Three\n";
        let order = |page: Vec<Entry>, retired: Option<&str>| {
            let previous = || Ok(vec![entry("B.2", "Two.")]);
            let v = resolve(
                "E",
                page,
                file("n", Some(names)),
                file("r", retired),
                Some(&previous),
            )
            .unwrap();
            (v.names, v.retired, v.names_file)
        };
        let (names_now, retired, names_file) = order(
            vec![
                entry("C.3", "Three."),
                entry("A.1", "One."),
                entry("B.2", "Two."),
            ],
            None,
        );
        assert_eq!(names_now, ["One", "Two", "Three"]);
        assert_eq!(retired, [false, false, false]);
        assert_eq!(names_file, None);

        let (names_now, retired, names_file) = order(
            vec![
                entry("D.4", "Four."),
                entry("C.3", "Three."),
                entry("A.1", "One."),
            ],
            None,
        );
        assert_eq!(names_now, ["One", "Two", "Three", "Four"]);
        assert_eq!(retired, [false, true, false, false]);
        assert_eq!(
            names_file.as_deref(),
            Some("A.1 One\nB.2 Two\nC.3 Three\nD.4 Four\n")
        );
    }
}
