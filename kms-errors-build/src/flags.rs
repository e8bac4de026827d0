//! The `kms-errors-build` command's option names (without their `--`),
//! defined once: the [`Builder`](crate::Builder) writes them into the
//! regenerate command of a generated header, and the command (feature
//! `cli`) parses them. Not part of the API: for the command alone.

/// `-o, --output FILE`.
pub const OUTPUT: &str = "output";
/// `-o`, the short `--output` (the one a header's command uses).
pub const OUTPUT_SHORT: char = 'o';
/// `--check`.
pub const CHECK: &str = "check";
/// `--enum-name NAME`.
pub const ENUM_NAME: &str = "enum-name";
/// `--names FILE`.
pub const NAMES: &str = "names";
/// `--retired FILE`.
pub const RETIRED: &str = "retired";
/// `--previous OLD`.
pub const PREVIOUS: &str = "previous";
/// `--new-names FILE` (`diff`).
pub const NEW_NAMES: &str = "new-names";
/// `--serde`.
pub const SERDE: &str = "serde";
/// `--serde-feature FEATURE`.
pub const SERDE_FEATURE: &str = "serde-feature";
/// `--json`: `ApiError` for `generate`, the report as JSON for `diff`.
pub const JSON: &str = "json";
/// `--json-feature FEATURE`.
pub const JSON_FEATURE: &str = "json-feature";
/// `--doctest-path PATH`.
pub const DOCTEST_PATH: &str = "doctest-path";
/// `--lenient`.
pub const LENIENT: &str = "lenient";
/// `--column HEADER=FIELD`.
pub const COLUMN: &str = "column";
/// The `FIELD` of `--column` that leaves a column out.
pub const IGNORE: &str = "ignore";

/// Every option, for the command's tests (each is in its usage text).
pub const ALL: [&str; 14] = [
    OUTPUT,
    CHECK,
    ENUM_NAME,
    NAMES,
    RETIRED,
    PREVIOUS,
    NEW_NAMES,
    SERDE,
    SERDE_FEATURE,
    JSON,
    JSON_FEATURE,
    DOCTEST_PATH,
    LENIENT,
    COLUMN,
];
