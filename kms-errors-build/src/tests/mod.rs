//! Tests of the stages that need their insides: properties over random
//! input, the lookup's cost on every table, and the generator on every
//! page of the corpus. The corpus is the repository's, not the package's:
//! the tests that read it are compiled under `--cfg kms_errors_corpus`,
//! which the repository's `.cargo/config.toml` sets.

#[cfg(kms_errors_corpus)]
mod corpus;
mod lookup_cost;
mod properties;

use crate::{Builder, Error};

/// The module generated for the page `text` (named `path`), with the enum
/// `enum_name` and the default settings.
fn generate_source(path: &str, text: &str, enum_name: &str) -> Result<String, Error> {
    Builder::new()
        .enum_name(enum_name)
        .generate_from_text(path, text)
        .map(|generated| generated.source)
}
