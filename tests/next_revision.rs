//! Regenerating from a next revision of the page
//! (`tests/fixtures/error_code_next.rst`, written by this project from the
//! seed: 7 new codes — one under the new prefix CSMS, new statuses 403, 404,
//! 405, 409 and 503, two sharing an existing code's message —, 3 reworded
//! codes with inline markup, one status change, one retired code) keeps
//! every seed variant name, retires instead of removing, and the change
//! report lists exactly those changes.

use std::path::Path;

use kms_errors_build::Builder;
use kms_errors_build::{model, report as diff};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const NEXT: &str = "tests/fixtures/error_code_next.rst";
/// The seed page and its names (fixtures: `spec/` moves on).
const SEED: &str = "tests/fixtures/kms/2022-12-14/error_code.rst";
const SEED_NAMES: &str = "tests/fixtures/kms/2022-12-14/names.txt";

fn variants(source: &str) -> Vec<(String, bool)> {
    let file = syn::parse_file(source).unwrap();
    file.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Enum(e) if e.ident == "KmsError" => Some(
                e.variants
                    .iter()
                    .map(|v| {
                        let deprecated = v.attrs.iter().any(|a| a.path().is_ident("deprecated"));
                        (v.ident.to_string(), deprecated)
                    })
                    .collect(),
            ),
            _ => None,
        })
        .unwrap()
}

fn seed_pins() -> Vec<(String, String)> {
    std::fs::read_to_string(root().join(SEED_NAMES))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (code, name) = l.split_once(' ').unwrap();
            (code.to_string(), name.to_string())
        })
        .collect()
}

#[test]
fn every_seed_name_survives_and_the_retired_code_is_deprecated() {
    let generated = Builder::new()
        .spec(root().join(NEXT))
        .enum_name("KmsError")
        .display_path(NEXT)
        .names(root().join(SEED_NAMES))
        .retired(root().join("target/next-revision-retired.txt"))
        .previous(root().join(SEED))
        .generate()
        .unwrap_or_else(|e| panic!("{e}"));
    let variants = variants(&generated.source);
    let pins = seed_pins();
    assert_eq!(pins.len(), 68);
    for (code, name) in &pins {
        let (_, deprecated) = variants
            .iter()
            .find(|(v, _)| v == name)
            .unwrap_or_else(|| panic!("{code}: variant {name} is gone"));
        assert_eq!(*deprecated, code == "KMS.0417", "{code} {name}");
    }
    assert_eq!(variants.len(), 68 + 7);
    assert_eq!(
        generated.unpinned,
        [
            "CSMS.0002",
            "KMS.0501",
            "KMS.0502",
            "KMS.0503",
            "KMS.0504",
            "KMS.0104",
            "KMS.0103"
        ]
    );
    let names_file = generated.names_file.unwrap();
    let appended: Vec<&str> = names_file.lines().rev().take(8).collect();
    assert_eq!(
        appended,
        [
            "KMS.0103 ServiceUnavailable",
            "KMS.0104 KmsError0104",
            "KMS.0504 DuplicateKeyAliases0504",
            "KMS.0503 MethodNotAllowed",
            "KMS.0502 KeyDoesNotExist",
            "KMS.0501 AccessDenied",
            "CSMS.0002 CsmsInvalidSecretName",
            "KMS.0102 AbnormalKmsIo",
        ]
    );
    let retired = generated.retired_file.unwrap();
    assert!(retired.ends_with(
        "\n[KMS.0417]\nstatus: 400\nmessage: Invalid offset.\ndescription: Invalid offset.\nmeasure: Enter valid parameters.\n"
    ));
    assert!(generated.source.contains(
        "/// `KMS.0210` (HTTP 400): The key is in Pending deletion state and cannot be used.\n"
    ));
}

#[test]
fn the_diff_report_lists_exactly_the_changes() {
    let read = |path: &str| std::fs::read_to_string(root().join(path)).unwrap();
    let (old, new, names) = (read(SEED), read(NEXT), read(SEED_NAMES));
    let mut input = diff::DiffInput::default();
    input.old = (SEED, &old);
    input.new = (NEXT, &new);
    input.names = Some((SEED_NAMES, Some(&names)));
    // No retired file yet.
    input.retired = Some(("retired.txt", None));
    input.enum_name = "KmsError";
    let report = diff::diff(&input).unwrap_or_else(|e| panic!("{e}"));
    // With the names file nothing moves or goes: the retired code's variant
    // is deprecated in its place.
    assert_eq!(report.removed, Vec::<String>::new());
    assert_eq!(report.moved, Vec::new());
    assert_eq!(report.deprecated, ["InvalidOffset"]);
    assert_eq!((report.status_type, report.repr), (None, None));
    let codes =
        |entries: &[model::Entry]| entries.iter().map(|e| e.code.clone()).collect::<Vec<_>>();
    assert_eq!(
        codes(&report.added),
        [
            "CSMS.0002",
            "KMS.0501",
            "KMS.0502",
            "KMS.0503",
            "KMS.0504",
            "KMS.0104",
            "KMS.0103"
        ]
    );
    assert_eq!(
        report
            .added
            .iter()
            .map(|e| e.status_code.unwrap())
            .collect::<Vec<_>>(),
        [400, 403, 404, 405, 409, 500, 503]
    );
    assert_eq!(codes(&report.retired), ["KMS.0417"]);
    let changed: Vec<(String, Vec<&str>)> = report
        .changed
        .iter()
        .map(|c| (c.code.clone(), c.fields.iter().map(|f| f.0).collect()))
        .collect();
    assert_eq!(
        changed,
        [
            ("KMS.0205".to_string(), vec!["description", "measure"]),
            // Its description only gained markup: the same text for a reader.
            ("KMS.0210".to_string(), vec!["message", "measure"]),
            ("KMS.0102".to_string(), vec!["status_code", "measure"]),
        ]
    );
    let status = &report.changed[2].fields[0];
    assert_eq!((status.1.as_str(), status.2.as_str()), ("500", "503"));
    let (level, notes) = (report.level, &report.notes);
    assert_eq!(level, diff::Level::Minor);
    assert_eq!(notes.len(), 4, "{notes:?}");
    let text = report.to_text(SEED, NEXT);
    assert!(text.contains("  ~ KMS.0210 message:\n      old: The key is in Scheduled deletion state and cannot be used.\n      new: The key is in Pending deletion state and cannot be used.\n"), "{text}");
    assert!(text.contains("\nSemver: minor\n"));
    let json = report.to_json(SEED, NEXT);
    assert!(
        json.contains("{\"field\":\"status_code\",\"old\":500,\"new\":503}"),
        "{json}"
    );
}
