// How the `kms-errors` package generates its module: one definition, read
// by the build script (feature `regenerate`) and the freshness test (as a
// `#[path]` module of this package), and `kms-errors-xtask update` (included).
// Not part of the library; plain comments, as `include!` needs.

use std::path::Path;

use kms_errors_build::{Builder, Include};

/// The page, relative to the package.
pub const SPEC: &str = "spec/error_code.rst";
/// The names file.
pub const NAMES: &str = "spec/names.txt";
/// The retired file.
pub const RETIRED: &str = "spec/retired.txt";
/// The committed module.
pub const OUTPUT: &str = "kms-errors/generated.rs";
/// The enum.
pub const ENUM_NAME: &str = "KmsError";

/// The generator's settings for the package in directory `package`: the
/// page [`SPEC`], the enum [`ENUM_NAME`] with the names pinned in
/// [`NAMES`] (retired rows in [`RETIRED`]), into the committed [`OUTPUT`];
/// serde impls under the feature `serde`, `ApiError` under `json`; doc
/// examples run as doctests of `kms_errors`.
pub fn builder(package: &Path) -> Builder {
    Builder::new()
        .spec(package.join(SPEC))
        .enum_name(ENUM_NAME)
        .names(package.join(NAMES))
        .retired(package.join(RETIRED))
        .output(package.join(OUTPUT))
        .serde(Include::IfFeature("serde".to_string()))
        .json(Include::IfFeature("json".to_string()))
        .doctest_path("kms_errors")
}
