//! The `kms-errors-build` command's workflows: several runs over the same
//! files (write then check, the names and retired files across revisions,
//! a failed run keeping the previous output, the committed header's
//! command), and what files cannot say (paths that are not UTF-8, a closed
//! standard output). Single runs are cases as files: `tests/cmd.rs`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The seed page: a fixture, since `spec/` moves on with the documentation.
const PAGE: &str = include_str!("../../tests/fixtures/kms/2022-12-14/error_code.rst");

/// A scratch directory for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "kms-errors-build-cli-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, content: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, content).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kms-errors-build"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// 1-based line of the first line containing `needle`, and of its `nth`
/// occurrence.
fn line_of(text: &str, needle: &str, nth: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(nth)
        .map(|(i, _)| i + 1)
        .unwrap()
}

#[test]
fn writes_then_checks() {
    let scratch = Scratch::new("check");
    scratch.file("page.rst", PAGE);
    let out = run(
        &scratch.0,
        &[
            "generate",
            "page.rst",
            "--enum-name",
            "KmsError",
            "-o",
            "gen.rs",
            "--check",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "a missing file is stale");
    let out = run(
        &scratch.0,
        &[
            "generate",
            "page.rst",
            "--enum-name",
            "KmsError",
            "-o",
            "gen.rs",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(
        &scratch.0,
        &[
            "generate",
            "page.rst",
            "--enum-name",
            "KmsError",
            "-o",
            "gen.rs",
            "--check",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // Any edit of the page makes the file stale, and the message says how
    // to fix it.
    scratch.file(
        "page.rst",
        &PAGE.replace("Enter a valid URL.", "Enter a valid URI."),
    );
    let out = run(
        &scratch.0,
        &[
            "generate",
            "page.rst",
            "--enum-name",
            "KmsError",
            "-o",
            "gen.rs",
            "--check",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "gen.rs: differs from what the spec generates; regenerate with:\n    kms-errors-build generate page.rst -o gen.rs --enum-name KmsError\n"
    );
}

/// Derived names need no warning, with a names file or without (without:
/// `tests/cmd/derived-names-no-warning`): the generator says only what it
/// wrote.
#[test]
fn derived_names_need_no_warning() {
    let scratch = Scratch::new("long-names");
    scratch.file("page.rst", PAGE);
    scratch.file("names.txt", "KMS.0210 KeyScheduledForDeletion\n");
    let out = generate_pinned(&scratch, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}

#[test]
fn a_previous_output_survives_a_failed_run() {
    let scratch = Scratch::new("keep");
    scratch.file("page.rst", PAGE);
    assert_eq!(
        run(
            &scratch.0,
            &[
                "generate",
                "page.rst",
                "--enum-name",
                "KmsError",
                "-o",
                "gen.rs"
            ]
        )
        .status
        .code(),
        Some(0)
    );
    let before = std::fs::read(scratch.0.join("gen.rs")).unwrap();
    scratch.file(
        "page.rst",
        &PAGE.replace("| 400         | KMS.0201", "| 4OO         | KMS.0201"),
    );
    let out = run(
        &scratch.0,
        &[
            "generate",
            "page.rst",
            "--enum-name",
            "KmsError",
            "-o",
            "gen.rs",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with(": \"4OO\" is not an HTTP status code (a number from 100 to 599, or several joined by /, a comma or \"or\")\n")
    );
    assert_eq!(std::fs::read(scratch.0.join("gen.rs")).unwrap(), before);
}

#[test]
fn option_forms() {
    let scratch = Scratch::new("forms");
    scratch.file("page.rst", PAGE);
    let out = run(
        &scratch.0,
        &[
            "generate",
            "page.rst",
            "--enum-name",
            "KmsError",
            "--output=a.rs",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(
        &scratch.0,
        &["generate", "page.rst", "--enum-name", "KmsError", "-ob.rs"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(scratch.0.join("a.rs")).unwrap().len(),
        std::fs::read(scratch.0.join("b.rs")).unwrap().len()
    );
}

/// Paths are whatever the operating system allows, not only UTF-8.
#[cfg(unix)]
#[test]
fn paths_that_are_not_utf8() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let scratch = Scratch::new("non-utf8");
    let name = OsStr::from_bytes(b"page-\xff.rst");
    std::fs::write(scratch.0.join(name), PAGE).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kms-errors-build"))
        .arg("generate")
        .arg(name)
        .arg("--enum-name")
        .arg("KmsError")
        .arg("-o")
        .arg(OsStr::from_bytes(b"out-\xfe.rs"))
        .current_dir(&scratch.0)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let generated =
        std::fs::read_to_string(scratch.0.join(OsStr::from_bytes(b"out-\xfe.rs"))).unwrap();
    assert!(generated.starts_with("// @generated by kms-errors-build from page-\u{fffd}.rst"));

    let missing = Command::new(env!("CARGO_BIN_EXE_kms-errors-build"))
        .arg("tables")
        .arg(OsStr::from_bytes(b"missing-\xff.rst"))
        .current_dir(&scratch.0)
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).starts_with("missing-\u{fffd}.rst: cannot read: "));
    assert!(!stderr(&missing).contains("panicked"));

    let bad_name = Command::new(env!("CARGO_BIN_EXE_kms-errors-build"))
        .args(["generate", "page.rst", "--enum-name"])
        .arg(OsStr::from_bytes(b"\xff"))
        .current_dir(&scratch.0)
        .output()
        .unwrap();
    assert_eq!(bad_name.status.code(), Some(2));
    assert!(stderr(&bad_name)
        .starts_with("kms-errors-build: the value of --enum-name is not valid UTF-8"));
}

/// `generate page.rst -o gen.rs --names names.txt` in `scratch`, with
/// `extra` arguments.
fn generate_pinned(scratch: &Scratch, extra: &[&str]) -> Output {
    let mut args = vec![
        "generate",
        "page.rst",
        "--enum-name",
        "KmsError",
        "-o",
        "gen.rs",
        "--names",
        "names.txt",
    ];
    args.extend_from_slice(extra);
    run(&scratch.0, &args)
}

#[test]
fn names_file_workflow() {
    let scratch = Scratch::new("names");
    scratch.file("page.rst", PAGE);
    let names = the_first_run_pins_every_code(&scratch);
    names_rename_and_survive_a_new_message(&scratch, &names);
    a_new_code_makes_the_names_file_stale(&scratch);
    bad_names_are_errors_at_their_pin(&scratch);
}

/// Returns the names file the first run wrote.
fn the_first_run_pins_every_code(scratch: &Scratch) -> String {
    // A names file that is not there is not read as empty: checking
    // against it fails; the first run creates it, and says so.
    let out = generate_pinned(scratch, &["--check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("names.txt: the names file does not exist"),
        "{}",
        stderr(&out)
    );
    // The first run pins every code.
    let out = generate_pinned(scratch, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "names.txt: the names file does not exist (it is created, pinning the name of every code)"
        ),
        "{}",
        stderr(&out)
    );
    let names = std::fs::read_to_string(scratch.0.join("names.txt")).unwrap();
    assert!(names.contains("\nKMS.0201 InvalidRequestUrl\n"));
    assert_eq!(names.lines().filter(|l| l.starts_with("KMS.")).count(), 68);
    assert_eq!(
        generate_pinned(scratch, &["--check"]).status.code(),
        Some(0)
    );
    names
}

fn names_rename_and_survive_a_new_message(scratch: &Scratch, names: &str) {
    // Renaming through the names file.
    scratch.file(
        "names.txt",
        &names.replace("KMS.0201 InvalidRequestUrl", "KMS.0201 BadUrl"),
    );
    assert_eq!(
        generate_pinned(scratch, &["--check"]).status.code(),
        Some(1)
    );
    assert_eq!(generate_pinned(scratch, &[]).status.code(), Some(0));
    let source = std::fs::read_to_string(scratch.0.join("gen.rs")).unwrap();
    assert!(source.contains("    BadUrl = 0,") && !source.contains("InvalidRequestUrl"));

    // A pinned code whose message changes keeps its name.
    scratch.file(
        "page.rst",
        &PAGE.replace(
            "| Invalid request URL.      ",
            "| The request URL is wrong. ",
        ),
    );
    assert_eq!(generate_pinned(scratch, &[]).status.code(), Some(0));
    let source = std::fs::read_to_string(scratch.0.join("gen.rs")).unwrap();
    assert!(
        source.contains("    /// `KMS.0201` (HTTP 400): The request URL is wrong.\n"),
        "{source:.2000}"
    );
    assert!(source.contains("    BadUrl = 0,"));
}

fn a_new_code_makes_the_names_file_stale(scratch: &Scratch) {
    // A new code in the page: --check says the names file is stale.
    let last = line_of(PAGE, "| KMS.0102 ", 0);
    let mut lines: Vec<String> = PAGE.lines().map(str::to_string).collect();
    let new_row = lines[last - 1]
        .replace("KMS.0102", "KMS.0199")
        .replace("Abnormal KMS I/O.", "Brand new error. ");
    lines.insert(last + 1, lines[last].clone());
    lines.insert(last + 1, new_row);
    scratch.file("page.rst", &(lines.join("\n") + "\n"));
    let out = generate_pinned(scratch, &["--check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the names file does not pin KMS.0199"),
        "{}",
        stderr(&out)
    );
    assert_eq!(generate_pinned(scratch, &[]).status.code(), Some(0));
    assert!(std::fs::read_to_string(scratch.0.join("names.txt"))
        .unwrap()
        .ends_with("KMS.0199 BrandNewError\n"));
}

fn bad_names_are_errors_at_their_pin(scratch: &Scratch) {
    // An invalid identifier, and two codes pinned to one name.
    let names = std::fs::read_to_string(scratch.0.join("names.txt")).unwrap();
    let line = names
        .lines()
        .position(|l| l.starts_with("KMS.0202 "))
        .unwrap()
        + 1;
    scratch.file(
        "names.txt",
        &names.replace("KMS.0202 InvalidJsonFormat", "KMS.0202 Invalid-Json"),
    );
    let out = generate_pinned(scratch, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), format!("names.txt:{line}:10: \"Invalid-Json\" is not a valid variant name (a Rust identifier, not a keyword)\n"));
    scratch.file(
        "names.txt",
        &names.replace("KMS.0202 InvalidJsonFormat", "KMS.0202 BadUrl"),
    );
    let out = generate_pinned(scratch, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with(&format!(
            "names.txt:{line}:10: the name BadUrl is pinned to both KMS.0201 (names.txt:"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn retiring_a_code_and_the_diff_command() {
    let scratch = Scratch::new("retire");
    scratch.file("old.rst", PAGE);
    assert_eq!(
        run(
            &scratch.0,
            &[
                "generate",
                "old.rst",
                "--enum-name",
                "KmsError",
                "-o",
                "gen.rs",
                "--names",
                "names.txt"
            ]
        )
        .status
        .code(),
        Some(0)
    );
    // Its discriminant, which stays when it leaves the page.
    let before = std::fs::read_to_string(scratch.0.join("gen.rs")).unwrap();
    let at = before.find("    InvalidOffset = ").unwrap();
    let discriminant = &before[at..at + before[at..].find(',').unwrap()];
    retire_kms_0417(&scratch, discriminant);
    diff_reports_the_retired_code(&scratch);
}

/// KMS.0417 leaves the page: its variant stays, deprecated, with its
/// `discriminant`, once the previous page gives its row.
fn retire_kms_0417(scratch: &Scratch, discriminant: &str) {
    // KMS.0417 leaves the page.
    let row = line_of(PAGE, "| KMS.0417 ", 0);
    let lines: Vec<&str> = PAGE.lines().collect();
    let new_page = [&lines[..row - 1], &lines[row + 1..]].concat().join("\n") + "\n";
    scratch.file("new.rst", &new_page);
    let out = run(
        &scratch.0,
        &[
            "generate",
            "new.rst",
            "--enum-name",
            "KmsError",
            "-o",
            "gen.rs",
            "--names",
            "names.txt",
        ],
    );
    // Without the previous page its row is nowhere: an error at its pin.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("names.txt:36:1: error code KMS.0417 is pinned here"),
        "{}",
        stderr(&out)
    );
    let out = run(
        &scratch.0,
        &[
            "generate",
            "new.rst",
            "--enum-name",
            "KmsError",
            "-o",
            "gen.rs",
            "--names",
            "names.txt",
            "--previous",
            "old.rst",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "kms-errors-build: wrote retired.txt\nkms-errors-build: wrote gen.rs\n"
    );
    let retired = std::fs::read_to_string(scratch.0.join("retired.txt")).unwrap();
    assert!(retired.ends_with("[KMS.0417]\nstatus: 400\nmessage: Invalid offset.\ndescription: Invalid offset.\nmeasure: Enter valid parameters.\n"));
    let source = std::fs::read_to_string(scratch.0.join("gen.rs")).unwrap();
    assert!(source.contains(&format!("#[deprecated(\n        note = \"KMS.0417 is no longer in the documentation (new.rst); the variant keeps its last documented row\"\n    )]\n{discriminant},")), "{source}");
    assert_eq!(
        run(
            &scratch.0,
            &[
                "generate",
                "new.rst",
                "--enum-name",
                "KmsError",
                "-o",
                "gen.rs",
                "--names",
                "names.txt",
                "--check"
            ]
        )
        .status
        .code(),
        Some(0)
    );
}

fn diff_reports_the_retired_code(scratch: &Scratch) {
    // Without the names file, variants are derived in page order: the
    // retired code's variant goes and the ones after it move.
    let out = run(&scratch.0, &["diff", "old.rst", "new.rst"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\nVariants removed (1): InvalidOffset\n"),
        "{text}"
    );
    assert!(text.contains("\nSemver: major\n"), "{text}");
    // With it (as it was for old.rst) the variant stays, deprecated, in its
    // place.
    let with_names = [
        "diff",
        "old.rst",
        "new.rst",
        "--names",
        "names.txt",
        "--enum-name",
        "KmsError",
    ];
    let out = run(&scratch.0, &with_names);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Error codes: old.rst -> new.rst\n\nAdded (0):\n\nRetired (1):\n  - KMS.0417  400  Invalid offset.\n\nChanged (0):\n\nVariants deprecated (1): InvalidOffset\n\nSemver: minor\n  - 1 variant(s) deprecated (InvalidOffset): their codes left the page; they stay, with their last rows (minor)\n"
    );
    let out = run(&scratch.0, &[&with_names[..], &["--json"]].concat());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "{\"old\":\"old.rst\",\"new\":\"new.rst\",\"added\":[],\"retired\":[{\"code\":\"KMS.0417\",\"status_code\":400,\"message\":\"Invalid offset.\",\"description\":\"Invalid offset.\",\"measure\":\"Enter valid parameters.\",\"further_rows\":[]}],\"changed\":[],\"variants\":{\"removed\":[],\"moved\":[],\"deprecated\":[\"InvalidOffset\"],\"status_type\":null,\"repr\":null},\"semver\":{\"level\":\"minor\",\"notes\":[\"1 variant(s) deprecated (InvalidOffset): their codes left the page; they stay, with their last rows (minor)\"]}}\n"
    );
    assert_eq!(run(&scratch.0, &["diff", "old.rst"]).status.code(), Some(2));
}

/// A standard output that cannot be written is an error message and exit
/// 2, not a panic.
#[cfg(target_os = "linux")]
#[test]
fn unwritable_standard_output() {
    let scratch = Scratch::new("full");
    scratch.file("page.rst", PAGE);
    for args in [
        &["--help"][..],
        &["tables", "page.rst"],
        &["generate", "page.rst", "--enum-name", "KmsError"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_kms-errors-build"))
            .args(args)
            .current_dir(&scratch.0)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).starts_with("kms-errors-build: cannot write to standard output: "),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

/// The command the committed `kms-errors/generated.rs` names in its
/// header, run in a copy of the kms-errors package's files, makes that
/// file byte for byte, and with `--check` agrees.
#[test]
fn the_committed_headers_command_regenerates_it() {
    let scratch = Scratch::new("header-command");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::create_dir_all(scratch.0.join("spec")).unwrap();
    std::fs::create_dir_all(scratch.0.join("kms-errors")).unwrap();
    // Every input the command reads; the retired file exists once a
    // revision has retired a code.
    for file in ["spec/error_code.rst", "spec/names.txt", "spec/retired.txt"] {
        if root.join(file).exists() {
            std::fs::copy(root.join(file), scratch.0.join(file)).unwrap();
        }
    }
    let committed = std::fs::read_to_string(root.join("kms-errors/generated.rs")).unwrap();
    let command = committed.lines().nth(2).unwrap();
    let args: Vec<&str> = command
        .strip_prefix("//     kms-errors-build ")
        .unwrap_or_else(|| panic!("not a command: {command}"))
        .split(' ')
        .collect();
    let out = run(&scratch.0, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(scratch.0.join("kms-errors/generated.rs")).unwrap(),
        committed
    );
    let mut check = args.clone();
    check.push("--check");
    let out = run(&scratch.0, &check);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
