//! The committed `kms-errors/generated.rs` must be exactly what the
//! generator makes of `spec/error_code.rst` today, with the package's own
//! settings, and the names and retired files must pin what they should:
//! the generator's own check ([`kms_errors_build::Builder::check`]).

use std::path::Path;

#[path = "../kms-errors/build_settings.rs"]
mod build_settings;

#[test]
fn committed_generated_code_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let check = build_settings::builder(root)
        .check()
        .unwrap_or_else(|err| panic!("{err}"));
    // The regenerate command is the installed command's; in this
    // repository the same runs through cargo.
    let here = check.regenerate_command.replacen(
        "kms-errors-build ",
        "cargo run -p kms-errors-build --features cli -- ",
        1,
    );
    assert!(
        check.stale.is_empty(),
        "{check}\n(in this repository: {here})"
    );
}
