//! The `kms-errors-build` command's option names (without their `--`),
//! defined once: the [`Builder`](crate::Builder) writes them into the
//! regenerate command of a generated header, and the command (feature
//! `cli`) parses them.

/// `-o, --output FILE`.
pub(crate) const OUTPUT: &str = "output";
/// `-o`, the short `--output` (the one a header's command uses).
pub(crate) const OUTPUT_SHORT: char = 'o';
/// `--check`.
pub(crate) const CHECK: &str = "check";
/// `--enum-name NAME`.
pub(crate) const ENUM_NAME: &str = "enum-name";
/// `--names FILE`.
pub(crate) const NAMES: &str = "names";
/// `--retired FILE`.
pub(crate) const RETIRED: &str = "retired";
/// `--previous OLD`.
pub(crate) const PREVIOUS: &str = "previous";
/// `--new-names FILE` (`diff`).
pub(crate) const NEW_NAMES: &str = "new-names";
/// `--serde`.
pub(crate) const SERDE: &str = "serde";
/// `--serde-feature FEATURE`.
pub(crate) const SERDE_FEATURE: &str = "serde-feature";
/// `--json`: `ApiError` for `generate`, the report as JSON for `diff`.
pub(crate) const JSON: &str = "json";
/// `--json-feature FEATURE`.
pub(crate) const JSON_FEATURE: &str = "json-feature";
/// `--doctest-path PATH`.
pub(crate) const DOCTEST_PATH: &str = "doctest-path";
/// `--lenient`.
pub(crate) const LENIENT: &str = "lenient";
/// `--column HEADER=FIELD`.
pub(crate) const COLUMN: &str = "column";
/// The `FIELD` of `--column` that leaves a column out.
pub(crate) const IGNORE: &str = "ignore";

/// Every option, for the command's tests (each is in its usage text).
#[cfg(test)]
pub(crate) const ALL: [&str; 14] = [
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
