//! Broken and hostile pages: the CLI exits with 2 and the exact
//! `path:line:col` diagnostic, writes nothing and leaves the previous output
//! untouched — never a panic. The catalogue is `tests/fixtures/broken/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The seed page: a fixture, since `spec/` moves on with the documentation.
const PAGE: &str = include_str!("../../tests/fixtures/kms/2022-12-14/error_code.rst");
const PREVIOUS: &str = "// the previous generated file\n";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken")
}

/// Runs `generate NAME -o out.rs` on `bytes` in a fresh directory that
/// already holds an `out.rs`; returns the output and the directory's files
/// afterwards (with `out.rs`'s content).
fn generate(name: &str, bytes: &[u8]) -> (Output, Vec<String>, String) {
    let dir = std::env::temp_dir().join(format!(
        "kms-errors-build-broken-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
    std::fs::write(dir.join("out.rs"), PREVIOUS).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_kms-errors-build"))
        .args(["generate", name, "--enum-name", "KmsError", "-o", "out.rs"])
        .current_dir(&dir)
        .output()
        .unwrap();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let out = std::fs::read_to_string(dir.join("out.rs")).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    (output, files, out)
}

/// `generate` rejects `bytes` (the page `name`) with exit 2 and no other
/// change: its standard error is returned.
fn rejected(name: &str, bytes: &[u8]) -> String {
    let (output, files, out) = generate(name, bytes);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{name}: {stderr}");
    assert!(!stderr.contains("panicked"), "{name}");
    assert!(output.stdout.is_empty(), "{name}");
    assert_eq!(out, PREVIOUS, "{name}: the previous output changed");
    let mut expected_files = [name.to_string(), "out.rs".to_string()];
    expected_files.sort();
    assert_eq!(files, expected_files, "{name}: files left behind");
    stderr
}

fn assert_rejected(name: &str, bytes: &[u8], expected: &str) {
    assert_eq!(rejected(name, bytes).trim_end(), expected, "{name}");
}

/// Every `NN-*.rst` of the catalogue is rejected with the diagnostic of
/// its `NN-*.stderr` (snapbox; `SNAPSHOTS=overwrite` writes a missing one).
#[test]
fn the_catalogue() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".rst") && !name.starts_with("accepted"))
        .collect();
    names.sort();
    for name in &names {
        let bytes = std::fs::read(fixtures().join(name)).unwrap();
        let stderr = rejected(name, &bytes);
        let expected = fixtures().join(name.replace(".rst", ".stderr"));
        snapbox::Assert::new()
            .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
            .eq(stderr, snapbox::Data::read_from(&expected, None).raw());
    }
    assert!(names.len() >= 30);
}

#[test]
fn a_hundred_thousand_rows_with_a_ragged_last_one() {
    let border = "+------+------------+---------+";
    let mut page =
        format!("{border}\n|Status| Error Code | Message |\n+======+============+=========+\n");
    for i in 0..100_000 {
        page.push_str(&format!("| 400  | X.{i:<8} | M.      |\n{border}\n"));
    }
    page.push_str("| 400  | X.LAST     | M.     |\n");
    page.push_str(border);
    page.push('\n');
    let last_row = 3 + 2 * 100_000 + 1;
    assert_rejected(
        "rows.rst",
        page.as_bytes(),
        &format!("rows.rst:1:1: Malformed table. The right border is not straight: a line is 30 columns wide, the top border 31 (line {last_row}, column 30)."),
    );
}

#[test]
fn a_one_mebibyte_line() {
    let mut page = "x".repeat(1 << 20);
    page.push_str("\n\n+-----+\n| a   |\n+-----+\n");
    assert_rejected(
        "long.rst",
        page.as_bytes(),
        "long.rst:3:1: no grid table with an \"Error Code\" column (1 grid table in the page)",
    );
    let cell = "y".repeat(1 << 20);
    let wide = format!(
        "+--------+------------+-{dashes}-+\n| Status | Error Code | {cell} |\n+========+============+={equals}=+\n| 400    | X.1        | {cell}  |\n+--------+------------+-{dashes}-+\n",
        dashes = "-".repeat(cell.len()),
        equals = "=".repeat(cell.len())
    );
    assert_rejected(
        "wide.rst",
        wide.as_bytes(),
        &format!("wide.rst:1:1: Malformed table. The right border is not straight: a line is {} columns wide, the top border {} (line 4, column {}).", cell.len() + 27, cell.len() + 26, cell.len() + 26),
    );
}

#[test]
fn a_deeply_indented_table_with_a_bad_row() {
    let indent = " ".repeat(4096);
    let page = format!(
        "Codes:\n\n{indent}+--------+------------+\n{indent}| Status | Error Code |\n{indent}+========+============+\n{indent}| 4x0    | X.1        |\n{indent}+--------+------------+\n"
    );
    assert_rejected(
        "deep.rst",
        page.as_bytes(),
        "deep.rst:6:4099: \"4x0\" is not an HTTP status code (a number from 100 to 599, or several joined by /, a comma or \"or\")",
    );
}

/// Pages that look odd but that docutils reads normally generate the same
/// entries as the clean page.
#[test]
fn line_endings_byte_order_marks_and_accepted_oddities() {
    let entries = |text: &str| {
        kms_errors_build::model::read_page("p", text, &Default::default())
            .unwrap_or_else(|e| panic!("{e}"))
            .entries
            .into_iter()
            .map(|e| (e.code, e.status_code, e.message, e.description, e.measure))
            .collect::<Vec<_>>()
    };
    let clean = entries(PAGE);
    assert_eq!(entries(&PAGE.replace('\n', "\r\n")), clean, "CRLF");
    let mixed: String = PAGE
        .split_inclusive('\n')
        .enumerate()
        .map(|(i, l)| {
            if i % 2 == 0 {
                l.replace('\n', "\r\n")
            } else {
                l.to_string()
            }
        })
        .collect();
    assert_eq!(entries(&mixed), clean, "mixed line endings");
    assert_eq!(
        entries(&format!("\u{feff}{PAGE}")),
        clean,
        "byte order mark"
    );
    // The catalogue's pages are the seed page's first two rows.
    let first_rows: String = PAGE.lines().take(14).map(|l| format!("{l}\n")).collect();
    let odd = std::fs::read_to_string(fixtures().join("accepted-plus-off-boundary.rst")).unwrap();
    assert_eq!(
        entries(&odd),
        entries(&first_rows),
        "a + on a content line, as docutils reads it"
    );
}
