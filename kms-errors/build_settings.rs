//! How the `kms-errors` package generates its module: one definition, read
//! by the build script (feature `regenerate`) and by the freshness test,
//! each as a `#[path]` module. Not part of the library.

use std::path::Path;

use kms_errors_build::{Builder, Include};

/// The generator's settings for the package in directory `package`: the
/// page `spec/error_code.rst`, the enum `KmsError` with the names pinned in
/// `spec/names.txt` (retired rows in `spec/retired.txt`), into the
/// committed `kms-errors/generated.rs`; serde impls under the feature
/// `serde`; doc examples run as doctests of `kms_errors`.
pub fn builder(package: &Path) -> Builder {
    let committed = package.join("kms-errors/generated.rs");
    Builder::new()
        .spec(package.join("spec/error_code.rst"))
        .enum_name("KmsError")
        .names(package.join("spec/names.txt"))
        .output(committed)
        .serde(Include::IfFeature("serde".to_string()))
        .doctest_path("kms_errors")
}
