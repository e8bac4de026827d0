//! Generates `IamError` from the IAM "Error Codes" page into OUT_DIR.

use std::path::Path;

const PAGE: &str = "../../kms-errors-build/rst/tests/fixtures/otc/opentelekomcloud-docs__identity-access-management/9d2eac9fd0f9/api-ref__source__appendix__error_codes.rst";

fn main() {
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("iam_errors.rs");
    let written = kms_errors_build::Builder::new()
        .spec(PAGE)
        .display_path("identity-access-management/error_codes.rst")
        .enum_name("IamError")
        // The same API as kms-errors, serde and ApiError included; its doc examples
        // import from where the module is and run as doctests.
        .serde(kms_errors_build::Include::Always)
        .json(kms_errors_build::Include::Always)
        .doctest_path("iam_errors_example::iam")
        .cargo_rerun_if_changed(true)
        .output(&out)
        .write()
        .unwrap_or_else(|err| {
            // A readable message rather than a panic backtrace.
            eprintln!("error: {err}");
            std::process::exit(1);
        });
    for warning in written.warnings {
        println!("cargo:warning={warning}");
    }
}
