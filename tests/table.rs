//! The table against the pages.
//!
//! - The seed page (`tests/fixtures/kms/2022-12-14`, fixed): read by the
//!   small reader below, written independently of `kms-errors-build` (it
//!   slices each row at the top border's `+` positions, which is all that
//!   page — no spans, no markup — needs), so a bug in the generator cannot
//!   hide behind the same bug here: 84 rows, 68 codes, every row as the
//!   generator reads it.
//! - The shipped crate against `spec/error_code.rst`, whatever revision it
//!   is: every code of the page is found by `from_code` with exactly its
//!   row as the generator reads it, every pinned name is a variant, and
//!   what is not a code is rejected. Nothing here names the page's content.

use kms_errors::{KmsError, UnknownErrorCode, ERRORS};

mod support;
use support::undocumented;

/// The seed page: a fixture.
const PAGE: &str = include_str!("fixtures/kms/2022-12-14/error_code.rst");

#[derive(Debug)]
struct Row {
    line: usize,
    status: u16,
    code: String,
    message: String,
    description: String,
    measure: String,
}

/// The body rows of the seed page's one grid table.
fn page_rows() -> Vec<Row> {
    let lines: Vec<&str> = PAGE.lines().collect();
    let top = lines
        .iter()
        .position(|l| l.starts_with("+-"))
        .expect("the page has a grid table");
    let borders: Vec<usize> = lines[top].match_indices('+').map(|(i, _)| i).collect();
    assert_eq!(borders.len(), 6, "five columns");
    let separator = top
        + lines[top..]
            .iter()
            .position(|l| l.starts_with("+="))
            .expect("a header separator");
    let header = cells(&lines[top + 1..separator], &borders);
    assert_eq!(
        header,
        [
            "Status Code",
            "Error Code",
            "Error Message",
            "Description",
            "Measure"
        ]
    );
    let mut rows = Vec::new();
    let mut start = separator + 1;
    for (i, line) in lines.iter().enumerate().skip(separator + 1) {
        if line.starts_with("+-") {
            let [status, code, message, description, measure]: [String; 5] =
                cells(&lines[start..i], &borders).try_into().unwrap();
            rows.push(Row {
                line: start + 1,
                status: status.parse().unwrap(),
                code,
                message,
                description,
                measure,
            });
            start = i + 1;
        } else if line.is_empty() {
            break;
        }
    }
    rows
}

/// The text between consecutive borders, over all lines of a row, with
/// white space collapsed.
fn cells(lines: &[&str], borders: &[usize]) -> Vec<String> {
    borders
        .windows(2)
        .map(|w| {
            let text: Vec<&str> = lines.iter().map(|l| &l[w[0] + 1..w[1]]).collect();
            text.join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The seed page's rows as the generator reads them.
fn seed_entries() -> Vec<kms_errors_build::model::Entry> {
    kms_errors_build::model::read_page("seed.rst", PAGE, &Default::default())
        .unwrap()
        .entries
}

#[test]
fn the_seed_page_gives_68_codes_each_row_as_written() {
    let rows = page_rows();
    assert_eq!(rows.len(), 84, "body rows of the seed page");
    let entries = seed_entries();
    assert_eq!(entries.len(), 68);
    for row in &rows {
        let entry = entries
            .iter()
            .find(|e| e.code == row.code)
            .unwrap_or_else(|| panic!("line {}: {} not read", row.line, row.code));
        assert_eq!(
            (
                entry.status_code,
                &entry.message,
                &entry.description,
                &entry.measure
            ),
            (
                Some(row.status),
                &row.message,
                &row.description,
                &row.measure
            ),
            "line {}",
            row.line
        );
    }
    // The 16 repeated rows are merged: codes in order of first appearance.
    let mut unique: Vec<String> = Vec::new();
    for row in rows {
        if !unique.contains(&row.code) {
            unique.push(row.code);
        }
    }
    let codes: Vec<&str> = entries.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, unique);
}

#[test]
fn seed_cells_that_differ_only_slightly_stay_apart() {
    let entries = seed_entries();
    let entry = |code: &str| entries.iter().find(|e| e.code == code).unwrap();
    let deletion = entry("KMS.0210");
    assert_eq!(
        deletion.message,
        "The key is in Scheduled deletion state and cannot be used."
    );
    assert_eq!(
        deletion.description,
        "The key is in Pending deletion state and cannot be used."
    );
    let cipher = entry("KMS.2201");
    assert_eq!(cipher.message, "Invalid cipher_text.");
    assert_eq!(cipher.description, "invalid cipher_text.");
    // A shared message, two codes: two variants, the code's number
    // appended.
    assert_eq!(entry("KMS.2103").message, entry("KMS.2203").message);
    let source = kms_errors_build::Builder::new()
        .enum_name("KmsError")
        .generate_from_text("seed.rst", PAGE)
        .unwrap()
        .source;
    assert!(source.contains("2103 = ") && source.contains("2203 = "));
}

/// `spec/error_code.rst` as the generator reads it.
fn spec_entries() -> Vec<kms_errors_build::model::Entry> {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/spec/error_code.rst"))
        .unwrap();
    kms_errors_build::model::read_page("spec/error_code.rst", &page, &Default::default())
        .unwrap()
        .entries
}

#[test]
fn every_code_of_the_page_is_found_with_its_row() {
    let entries = spec_entries();
    for entry in &entries {
        let err =
            KmsError::from_code(&entry.code).unwrap_or_else(|| panic!("{} not found", entry.code));
        assert!(!err.is_retired(), "{}", entry.code);
        let info = err.info();
        assert_eq!(
            (
                Some(info.status_code),
                info.message,
                info.description,
                info.measure
            ),
            (
                entry.status_code,
                entry.message.as_str(),
                entry.description.as_str(),
                entry.measure.as_str()
            ),
            "{}",
            entry.code
        );
        assert_eq!(
            (
                err.code(),
                err.status_code(),
                err.message(),
                err.description(),
                err.measure()
            ),
            (
                info.code,
                info.status_code,
                info.message,
                info.description,
                info.measure
            )
        );
    }
    // Every other variant is a retired code, no longer in the page.
    let retired: Vec<&KmsError> = KmsError::ALL.iter().filter(|e| e.is_retired()).collect();
    assert_eq!(entries.len() + retired.len(), KmsError::COUNT);
    for e in retired {
        assert!(
            entries.iter().all(|entry| entry.code != e.code()),
            "{}",
            e.code()
        );
    }
}

/// Every name `spec/names.txt` pins is a variant with that code: names
/// are never lost.
#[test]
fn every_pinned_name_is_a_variant() {
    let names =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/spec/names.txt")).unwrap();
    let pins: Vec<(&str, &str)> = names
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_once(' ').unwrap())
        .collect();
    assert_eq!(pins.len(), KmsError::COUNT);
    for (i, (code, name)) in pins.iter().enumerate() {
        let err = KmsError::from_code(code).unwrap_or_else(|| panic!("{code} not found"));
        assert_eq!(format!("{err:?}"), *name);
        // The names file's order is the discriminants'.
        assert_eq!(err as usize, i, "{code}");
    }
}

#[test]
fn the_table_is_consistent() {
    assert_eq!(KmsError::ALL.len(), KmsError::COUNT);
    assert_eq!(ERRORS.len(), KmsError::COUNT);
    assert_eq!(KmsError::CODES.len(), KmsError::COUNT);
    for (i, &err) in KmsError::ALL.iter().enumerate() {
        assert_eq!(err as usize, i);
        assert_eq!(KmsError::CODES[i], err.code());
        assert_eq!(KmsError::from_code(err.code()), Some(err));
        assert_eq!(err.code().parse::<KmsError>(), Ok(err));
        assert_eq!(KmsError::try_from(err.code()), Ok(err));
        assert_eq!(ERRORS[i], *err.info());
        assert_eq!(
            err.to_string(),
            format!("{}: {}", err.code(), err.message())
        );
    }
}

#[test]
fn rejections() {
    let huge = "K".repeat(1 << 20);
    let first = KmsError::ALL[0].code();
    let (lower, padded, trailing, short) = (
        first.to_ascii_lowercase(),
        format!(" {first}"),
        format!("{first} "),
        first[..first.len() - 1].to_string(),
    );
    for input in [
        "",
        undocumented().as_str(),
        lower.as_str(),
        padded.as_str(),
        trailing.as_str(),
        short.as_str(),
        &huge,
    ] {
        let expected = KmsError::ALL.iter().copied().find(|e| e.code() == input);
        assert_eq!(KmsError::from_code(input), expected, "{input:.20}");
        if expected.is_some() {
            continue;
        }
        let err: UnknownErrorCode = input.parse::<KmsError>().unwrap_err();
        let again = KmsError::try_from(input).unwrap_err();
        assert_eq!(again.input(), err.input());
        // The same input, kept the same way: equal (a cut one by its start).
        assert_eq!(again, err);
        assert!(input.starts_with(err.input()));
        assert_eq!(
            err.is_truncated(),
            input.len() > UnknownErrorCode::MAX_INPUT_LEN
        );
    }
}

#[test]
fn unknown_code_display_is_bounded_and_escaped() {
    let code = undocumented();
    let err = code.parse::<KmsError>().unwrap_err();
    assert_eq!(err.to_string(), format!("unknown KmsError code \"{code}\""));
    let err = "bad\"\n\u{7}".parse::<KmsError>().unwrap_err();
    assert_eq!(err.to_string(), r#"unknown KmsError code "bad\"\n\u{7}""#);
    let huge = "é".repeat(1 << 19);
    let err = huge.parse::<KmsError>().unwrap_err();
    assert_eq!(err.input(), "é".repeat(UnknownErrorCode::MAX_INPUT_LEN / 2));
    assert!(err.to_string().ends_with("é…\""));
    assert!(err.to_string().len() < UnknownErrorCode::MAX_INPUT_LEN + 32);
}

#[test]
fn errors_are_std_errors() {
    fn boxed(code: &str) -> Result<KmsError, Box<dyn std::error::Error>> {
        Ok(code.parse::<KmsError>()?)
    }
    let first = KmsError::ALL[0];
    assert_eq!(boxed(first.code()).unwrap(), first);
    assert_eq!(
        boxed("nope").unwrap_err().to_string(),
        "unknown KmsError code \"nope\""
    );
    let as_error: &dyn std::error::Error = &first;
    assert_eq!(
        as_error.to_string(),
        format!("{}: {}", first.code(), first.message())
    );
}

#[test]
fn variants_are_ordered_by_discriminant() {
    assert!(KmsError::ALL.windows(2).all(|w| w[0] < w[1]));
}

/// The naming rule of the pinned names (`spec/names.txt`, see the README):
/// at most 40 characters, acronyms written as words, none named like the
/// enum.
#[test]
fn variant_names_follow_the_naming_rule() {
    for error in KmsError::ALL {
        let name = format!("{error:?}");
        assert!(name.len() <= 40, "{name} is longer than 40 characters");
        assert_ne!(name, "KmsError", "{} is named like its enum", error.code());
        let capitals_in_a_row = name
            .as_bytes()
            .windows(2)
            .any(|pair| pair.iter().all(u8::is_ascii_uppercase));
        assert!(!capitals_in_a_row, "{name} spells an acronym in capitals");
    }
}
