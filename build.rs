//! Build script of `kms-errors`.
//!
//! By default it does nothing: the crate compiles the committed
//! `kms-errors/generated.rs`. With the feature `regenerate` it regenerates
//! that module from `spec/error_code.rst` — or from the page named by the
//! environment variable `KMS_ERRORS_SPEC` — into `OUT_DIR`, and the crate
//! compiles that output instead.

// Reachable from environment variables and files: failures are messages,
// never panics.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

fn main() {
    // Without this line cargo would rerun the script whenever any file of
    // the package changes.
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "regenerate")]
    regenerate::run();
}

#[cfg(feature = "regenerate")]
#[path = "kms-errors/build_settings.rs"]
mod build_settings;

#[cfg(feature = "regenerate")]
mod regenerate {
    use std::path::{Path, PathBuf};

    /// Names another spec file, by an absolute path. A relative one is an
    /// error: cargo does not tell a build script the directory it was
    /// started from (the shell's `PWD` is stale when a program starts cargo
    /// from another directory), and the script runs in this package's
    /// directory, which for a dependency is in cargo's registry. Cargo's
    /// `[env]` table with `relative = true` makes a path absolute.
    const SPEC_VAR: &str = "KMS_ERRORS_SPEC";

    /// The page to read, as resolved, as shown, and whether it came from
    /// [`SPEC_VAR`].
    fn spec(package: &Path) -> (PathBuf, String, bool) {
        let Some(path) = std::env::var_os(SPEC_VAR).filter(|path| !path.is_empty()) else {
            let shown = "spec/error_code.rst".to_string();
            return (package.join(&shown), shown, false);
        };
        let given = PathBuf::from(&path);
        let shown = given.display().to_string();
        if !given.is_absolute() {
            eprintln!(
                "error: kms-errors: {SPEC_VAR}={shown} is a relative path, and cargo does not tell a build script the directory it was started from: give an absolute path (in .cargo/config.toml: [env] {SPEC_VAR} = {{ value = \"{shown}\", relative = true }})"
            );
            std::process::exit(1);
        }
        (given, shown, true)
    }

    pub fn run() {
        println!("cargo:rerun-if-env-changed={SPEC_VAR}");
        let package = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
        let (spec, shown, from_var) = spec(&package);
        let out =
            PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("generated.rs");
        // The crate's own settings. Read only: the names pin variant names
        // whatever page is used; the shipped page holds the rows of codes a
        // newer page drops (for the shipped page itself it would be the
        // same file, read twice for nothing). The builder names every file
        // it reads for cargo (the page, the names, retired and previous
        // files; a retired file that does not exist yet through its
        // directory).
        let mut builder = super::build_settings::builder(&package);
        if from_var {
            builder = builder.previous(package.join("spec/error_code.rst"));
        }
        let result = builder
            .spec(&spec)
            .cargo_rerun_if_changed(true)
            .display_path(shown.clone())
            .regenerate_command(format!(
                "cargo build --features regenerate (with {SPEC_VAR} if set)"
            ))
            .output(&out)
            .write();
        match result {
            Ok(written) => {
                for warning in written.warnings {
                    println!("cargo:warning={warning}");
                }
                if !written.unpinned.is_empty() {
                    println!(
                        "cargo:warning=kms-errors: codes this release of kms-errors does not know got derived variant names, which a later release may pin differently: {}; match them by code (KmsError::from_code) rather than by variant name",
                        written.unpinned.join(", ")
                    );
                }
            }
            Err(err) => {
                // A readable message, not a panic backtrace; cargo shows
                // stderr of a failed build script. The page's path as
                // resolved, since the message shows it as given.
                let from = if from_var {
                    format!(" from {} ({SPEC_VAR}={shown})", spec.display())
                } else {
                    String::new()
                };
                eprintln!("error: kms-errors cannot regenerate its error table{from}:\n{err}");
                std::process::exit(1);
            }
        }
    }
}
