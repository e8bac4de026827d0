//! Naming's entry point: the names and retired files parsed, the variants
//! named and ordered ([`super::variants`]), and both files brought up to
//! date. Pure: the texts come in and go out as strings (the
//! [`Builder`](crate::Builder) reads and writes the files).

use super::names_file::{self, NamesFile};
use super::retired_file as retired;
use crate::error::Error;
use crate::model::Entry;
use crate::naming::variants::{self, Named, Variant};

/// A text file the generator reads and may update: its path (as shown in
/// messages) and its content (`None` if it does not exist yet).
#[derive(Clone, Copy, Debug)]
pub(crate) struct InputFile<'a> {
    /// The path as shown in messages.
    pub(crate) path: &'a str,
    /// The content, if the file exists.
    pub(crate) text: Option<&'a str>,
}

/// The variants of the generated enum, and what the names and retired
/// files should now hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Variants {
    /// The variants, in discriminant order.
    pub(crate) variants: Vec<Variant>,
    /// The names file's new content, if it has to change.
    pub(crate) names_file: Option<String>,
    /// The retired file's new content, if it has to change.
    pub(crate) retired_file: Option<String>,
    /// Codes whose names were derived because no names file pins them.
    pub(crate) unpinned: Vec<String>,
}

#[cfg(test)]
impl Variants {
    /// Variants for the tests of other stages: `entries` named `names`, in
    /// that order, none retired, no files.
    pub(crate) fn named(entries: Vec<Entry>, names: &[&str]) -> Variants {
        let names = names.iter().map(|name| name.to_string()).collect();
        Variants {
            variants: super::variants::in_page_order(entries, names),
            names_file: None,
            retired_file: None,
            unpinned: Vec::new(),
        }
    }

    /// The variants' names, in order.
    pub(crate) fn names(&self) -> Vec<&str> {
        self.variants.iter().map(|v| v.name.as_str()).collect()
    }

    /// Whether each variant is retired, in order.
    pub(crate) fn retired(&self) -> Vec<bool> {
        self.variants.iter().map(|v| v.retired).collect()
    }
}

/// The variants for the page's `entries` (see [`crate::naming::variants`]):
/// the names file and the retired file parsed, the variants named and
/// ordered, and both files' new content if they have to change (codes the
/// names file does not pin appended; the last rows of retired codes
/// recorded, from `previous` the first time).
///
/// # Errors
/// A bad names or retired file (located), or a retired code whose last row
/// is nowhere to be found.
pub(crate) fn resolve(
    enum_name: &str,
    entries: Vec<Entry>,
    names: Option<InputFile<'_>>,
    retired_file: Option<InputFile<'_>>,
    previous: Option<&dyn Fn() -> Result<Vec<Entry>, Error>>,
) -> Result<Variants, Error> {
    let Some(names) = names else {
        let named = variants::derived(enum_name, entries);
        return Ok(Variants {
            unpinned: named.new_pins.into_iter().map(|(code, _)| code).collect(),
            variants: named.variants,
            names_file: None,
            retired_file: None,
        });
    };
    let pins = NamesFile::parse(names.path, names.text.unwrap_or(""))?;
    let recorded = match retired_file.and_then(|f| f.text) {
        Some(text) => retired::parse(retired_file.map_or("", |f| f.path), text)?,
        None => Vec::new(),
    };
    let named = variants::pinned(enum_name, entries, (&pins, names.path), &recorded, previous)?;
    Ok(updated(named, names, retired_file))
}

/// The variants, with the names and retired files as they should now be.
fn updated(named: Named, names: InputFile<'_>, retired_file: Option<InputFile<'_>>) -> Variants {
    let Named { variants, new_pins } = named;
    let names_file = (!new_pins.is_empty()).then(|| names_file::append(names.text, &new_pins));
    let retired_rows: Vec<Entry> = variants
        .iter()
        .filter(|v| v.retired)
        .map(|v| v.entry.clone())
        .collect();
    let rendered = retired::render(&retired_rows);
    let retired_file = match retired_file {
        Some(file) if file.text != Some(rendered.as_str()) => {
            // Do not create an empty retired file.
            (file.text.is_some() || !retired_rows.is_empty()).then_some(rendered)
        }
        _ => None,
    };
    Variants {
        variants,
        names_file,
        retired_file,
        unpinned: new_pins.into_iter().map(|(code, _)| code).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::naming::retired_file as retired;

    fn entry(code: &str, message: &str) -> Entry {
        Entry::example(code, Some(400), message)
    }

    fn file<'a>(path: &'a str, text: Option<&'a str>) -> Option<InputFile<'a>> {
        Some(InputFile { path, text })
    }

    #[test]
    fn without_a_names_file_all_names_are_derived() {
        let v = resolve("E", vec![entry("A.1", "One.")], None, None, None).unwrap();
        assert_eq!(v.names(), ["One"]);
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
        assert_eq!(v.names(), ["One", "One2"]);
        assert_eq!(v.names_file.as_deref(), Some("A.1 One\nB.2 One2\n"));
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
            (v.retired(), v.names()),
            (vec![false, true], vec!["One", "Gone"])
        );
        assert_eq!(v.variants[1].entry.message, "Gone.");
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
        assert_eq!((again.variants.len(), again.retired_file), (2, None));

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
        assert_eq!(dropped.variants.len(), 1);
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
            let names: Vec<String> = v.names().into_iter().map(str::to_string).collect();
            (names, v.retired(), v.names_file)
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
