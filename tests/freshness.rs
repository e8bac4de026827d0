//! The committed `kms-errors/generated.rs` must be exactly what the
//! generator makes of `spec/error_code.rst` today.

use std::path::Path;

const FIX: &str = "cargo run -p kms-errors-build -- generate --kms-errors";

#[test]
fn committed_generated_code_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = root.join("kms-errors/generated.rs");
    let expected = kms_errors_build::Builder::kms_errors(root)
        .generate()
        .unwrap_or_else(|err| panic!("{err}"));
    assert!(
        expected.unpinned.is_empty() && expected.retired_file.is_none(),
        "spec/names.txt or spec/retired.txt is stale; run\n    {FIX}"
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
            "kms-errors/generated.rs is stale (first difference at line {line}); regenerate it with\n    {FIX}"
        );
    }
}
