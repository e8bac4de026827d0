//! The emitted source, byte for byte, for a few small pages: the expected
//! files in `tests/fixtures/golden/*.rs` (as prost-build's `_expected`
//! fixtures), compared by snapbox. After a deliberate change to the
//! output, rewrite them with
//!
//! ```sh
//! SNAPSHOTS=overwrite cargo test -p kms-errors-build --test golden
//! ```
//!
//! and review their diff.

use std::path::{Path, PathBuf};

use kms_errors_build::model::Policy;
use kms_errors_build::{Builder, Include};

fn golden() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden")
}

/// Compares `source` with the file `name` exactly (`raw`: no wildcards,
/// since Rust has `[..]` and `...` of its own).
fn check(name: &str, source: &str) {
    snapbox::Assert::new()
        .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
        .eq(
            source,
            snapbox::Data::read_from(&golden().join(name), None).raw(),
        );
}

fn builder(page: &str) -> Builder {
    Builder::new()
        .spec(golden().join(page))
        .display_path(format!("golden/{page}"))
}

#[test]
fn default_module() {
    let generated = builder("small.rst")
        .enum_name("SvcError")
        .generate()
        .unwrap_or_else(|err| panic!("{err}"));
    check("small.rs", &generated.source);
}

/// Serde impls under a feature, and doc examples that are doctests.
#[test]
fn module_with_serde_and_doctests() {
    let generated = builder("small.rst")
        .enum_name("KmsError")
        .serde(Include::IfFeature("serde".to_string()))
        .doctest_path("svc_errors")
        .generate()
        .unwrap_or_else(|err| panic!("{err}"));
    check("small.serde.rs", &generated.source);
}

#[test]
fn page_without_statuses() {
    let generated = builder("no_status.rst")
        .enum_name("IamError")
        .policy(Policy::Lenient)
        .generate()
        .unwrap_or_else(|err| panic!("{err}"));
    check("no_status.rs", &generated.source);
}

/// A retired code (pinned, gone from the page, its row in the retired file)
/// and a code the names file does not pin yet.
#[test]
fn retired_and_unpinned_codes() {
    let generated = builder("retired.rst")
        .enum_name("KmsError")
        .names(golden().join("retired.names.txt"))
        .retired(golden().join("retired.retired.txt"))
        .regenerate_command("kms-errors-build generate golden/retired.rst --enum-name KmsError --names golden/retired.names.txt")
        .generate()
        .unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(generated.unpinned, ["SVC.0009"]);
    assert_eq!(
        generated.names_file.as_deref(),
        Some("# Pinned names for the golden page retired.rst.\nSVC.0001 KeyDisabled\nSVC.0002 KeyNotFound\nSVC.0009 KeyBeingRotated\n")
    );
    assert_eq!(
        generated.retired_file, None,
        "the retired file is up to date"
    );
    check("retired.rs", &generated.source);
}
