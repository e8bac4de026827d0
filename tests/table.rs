//! The generated crate against the page itself: every body row of
//! `spec/error_code.rst` must be found by `from_code` with exactly the
//! row's cells.
//!
//! The expectations are read from the RST file by the small reader below,
//! written independently of `kms-errors-build` (it slices each row at the
//! top border's `+` positions, which is all this page — no spans — needs),
//! so a bug in the generator cannot hide behind the same bug here.

use kms_errors::{KmsError, UnknownErrorCode, ERRORS};

const PAGE: &str = include_str!("../spec/error_code.rst");

#[derive(Debug)]
struct Row {
    line: usize,
    status: u16,
    code: String,
    message: String,
    description: String,
    measure: String,
}

/// The body rows of the page's one grid table.
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

#[test]
fn every_row_of_the_page_is_found_with_its_cells() {
    let rows = page_rows();
    assert_eq!(rows.len(), 84, "body rows of the page");
    for row in &rows {
        let err = KmsError::from_code(&row.code)
            .unwrap_or_else(|| panic!("line {}: {} not found", row.line, row.code));
        let info = err.info();
        assert_eq!(info.code, row.code, "line {}", row.line);
        assert_eq!(info.status_code, row.status, "line {}", row.line);
        assert_eq!(info.message, row.message, "line {}", row.line);
        assert_eq!(info.description, row.description, "line {}", row.line);
        assert_eq!(info.measure, row.measure, "line {}", row.line);
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
}

#[test]
fn one_variant_per_unique_code_in_page_order() {
    let mut unique: Vec<String> = Vec::new();
    for row in page_rows() {
        if !unique.contains(&row.code) {
            unique.push(row.code);
        }
    }
    assert_eq!(unique.len(), 68);
    assert_eq!(KmsError::COUNT, 68);
    assert_eq!(KmsError::ALL.len(), 68);
    assert_eq!(ERRORS.len(), 68);
    let codes: Vec<&str> = KmsError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(codes, unique);
}

#[test]
fn cells_that_differ_only_slightly_stay_apart() {
    let deletion = KmsError::from_code("KMS.0210").unwrap();
    assert_eq!(
        deletion.message(),
        "The key is in Scheduled deletion state and cannot be used."
    );
    assert_eq!(
        deletion.description(),
        "The key is in Pending deletion state and cannot be used."
    );
    let cipher = KmsError::from_code("KMS.2201").unwrap();
    assert_eq!(cipher.message(), "Invalid cipher_text.");
    assert_eq!(cipher.description(), "invalid cipher_text.");
}

#[test]
fn the_two_server_errors() {
    let server: Vec<(&str, &str)> = ERRORS
        .iter()
        .filter(|e| e.status_code == 500)
        .map(|e| (e.code, e.message))
        .collect();
    assert_eq!(
        server,
        [
            ("KMS.0101", "KMS error."),
            ("KMS.0102", "Abnormal KMS I/O.")
        ]
    );
    assert_eq!(KmsError::InternalError.status_code(), 500);
    assert_eq!(KmsError::AbnormalKmsIo.code(), "KMS.0102");
}

#[test]
fn a_shared_message_gives_two_distinct_variants() {
    let a = KmsError::from_code("KMS.2103").unwrap();
    let b = KmsError::from_code("KMS.2203").unwrap();
    assert_ne!(a, b);
    assert_eq!(a.message(), b.message());
    assert_eq!(a, KmsError::DekHashVerificationFailed2103);
    assert_eq!(b, KmsError::DekHashVerificationFailed2203);
}

#[test]
fn round_trips_over_all() {
    for (i, &err) in KmsError::ALL.iter().enumerate() {
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
fn display_of_a_known_code() {
    assert_eq!(
        KmsError::InvalidRequestUrl.to_string(),
        "KMS.0201: Invalid request URL."
    );
}

#[test]
fn rejections() {
    let huge = "K".repeat(1 << 20);
    for input in [
        "",
        "KMS.0207",
        "kms.0201",
        "KMS.02010",
        " KMS.0201",
        "KMS.0201 ",
        "KMS.020",
        &huge,
    ] {
        assert_eq!(KmsError::from_code(input), None, "{input:.20}");
        let err: UnknownErrorCode = input.parse::<KmsError>().unwrap_err();
        let again = KmsError::try_from(input).unwrap_err();
        assert_eq!(again.input(), err.input());
        // Equal unless cut: a cut input equals nothing.
        assert_eq!(again == err, !err.is_truncated());
        assert!(input.starts_with(err.input()));
        assert_eq!(
            err.is_truncated(),
            input.len() > UnknownErrorCode::MAX_INPUT_LEN
        );
    }
}

#[test]
fn unknown_code_display_is_bounded_and_escaped() {
    let err = "KMS.0207".parse::<KmsError>().unwrap_err();
    assert_eq!(err.to_string(), "unknown KmsError code \"KMS.0207\"");
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
    assert!(boxed("KMS.0201").is_ok());
    assert_eq!(
        boxed("nope").unwrap_err().to_string(),
        "unknown KmsError code \"nope\""
    );
    let as_error: &dyn std::error::Error = &KmsError::TokenExpired;
    assert_eq!(as_error.to_string(), "KMS.2601: Token expired.");
}

#[test]
fn variants_are_ordered_as_the_page() {
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
