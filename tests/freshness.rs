//! The committed `kms-errors/generated.rs` must be exactly what the
//! generator makes of `spec/error_code.rst` today, with the package's own
//! settings.

use std::path::Path;

#[path = "../kms-errors/build_settings.rs"]
mod build_settings;

#[test]
fn committed_generated_code_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = root.join("kms-errors/generated.rs");
    let expected = build_settings::builder(root)
        .generate()
        .unwrap_or_else(|err| panic!("{err}"));
    // The header's third line is the command that regenerates the file.
    let fix = expected.source.lines().nth(2).unwrap_or_default();
    let fix = format!(
        "cargo run -p kms-errors-tool --{}",
        fix.trim_start_matches("//     kms-errors-build")
    );
    assert!(
        expected.unpinned.is_empty() && expected.retired_file.is_none(),
        "spec/names.txt or spec/retired.txt is stale; run\n    {fix}"
    );
    let expected = expected.source;
    let committed = std::fs::read_to_string(&output).expect("kms-errors/generated.rs is readable");
    if committed != expected {
        let line = committed
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(expected.lines().count()))
            + 1;
        panic!(
            "kms-errors/generated.rs is stale (first difference at line {line}); regenerate it with\n    {fix}"
        );
    }
}
