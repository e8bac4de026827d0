//! The committed `kms-errors/generated.rs` must be exactly what the
//! generator makes of `spec/error_code.rst` today.

use std::path::Path;

const FIX: &str =
    "cargo run -p kms-errors-build -- generate spec/error_code.rst -o kms-errors/generated.rs --data-only --names spec/names.txt";

#[test]
fn committed_generated_code_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let expected = kms_errors_build::Builder::new()
        .spec(root.join("spec/error_code.rst"))
        .display_path("spec/error_code.rst")
        .shape(kms_errors_build::Shape::DataOnly)
        .names("spec/names.txt")
        .generate_for("kms-errors/generated.rs")
        .unwrap_or_else(|err| panic!("{err}"));
    assert!(
        expected.unpinned.is_empty() && expected.retired_file.is_none(),
        "spec/names.txt or spec/retired.txt is stale; run\n    {FIX}"
    );
    let expected = expected.source;
    let committed = std::fs::read_to_string(root.join("kms-errors/generated.rs"))
        .expect("kms-errors/generated.rs is readable");
    if committed != expected {
        let line = committed
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(expected.lines().count()))
            + 1;
        panic!(
            "kms-errors/generated.rs is stale (first difference at line {line}); regenerate it with\n    {FIX}"
        );
    }
}
