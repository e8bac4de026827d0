//! [`Builder`]: the one entry point. It wires the stages together and
//! does the file I/O at the edge (reading the inputs, writing or checking
//! the output); the stages themselves are pure.

use std::path::PathBuf;

use crate::emit::{self, Include};
use crate::error::Warning;
use crate::model::{self, Field, Policy};

mod command;
mod generate;
mod output;

/// What [`Builder::generate`] and [`Builder::write`] produced.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Generated {
    /// The Rust source.
    pub source: String,
    /// Problems it worked around (under [`Policy::Strict`] only columns it
    /// left out), and derived variant names longer than the naming rule
    /// wants; build scripts should show them (`cargo:warning=`).
    pub warnings: Vec<Warning>,
    /// Codes whose variant names were derived because the names file (if
    /// any) does not pin them yet.
    pub unpinned: Vec<String>,
    /// What the names file (which keeps variant names stable) should now
    /// hold, `None` if it stays as it is ([`Builder::write_name_files`]
    /// writes it, never [`Builder::write`]).
    pub names_file: Option<String>,
    /// What the retired file should now hold, `None` if it stays as it is.
    pub retired_file: Option<String>,
    /// Whether [`Builder::write`] wrote the output file: `false` if the
    /// file already held this source, and from
    /// [`generate`](Builder::generate).
    pub written: bool,
}

/// What [`Builder::check`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Check {
    /// What is not up to date, one sentence each (empty: all is fresh).
    pub stale: Vec<String>,
    /// The command that brings it up to date, as the generated header
    /// gives it.
    pub regenerate_command: String,
    /// As [`Generated::warnings`].
    pub warnings: Vec<Warning>,
}

impl std::fmt::Display for Check {
    /// `fresh`, or what is stale and the command that regenerates it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.stale.is_empty() {
            return f.write_str("fresh");
        }
        write!(
            f,
            "{}; regenerate with:\n    {}",
            self.stale.join("; "),
            self.regenerate_command
        )
    }
}

/// Configures and runs the generator, for build scripts and tools: setters,
/// then [`generate`](Self::generate) or
/// [`generate_from_text`](Self::generate_from_text) (in memory),
/// [`write`](Self::write) (a file, by default under `$OUT_DIR`) or
/// [`check`](Self::check) (is a committed file fresh?).
///
/// ```no_run
/// let written = kms_errors_build::Builder::new()
///     .spec("spec/error_code.rst")
///     .output("src/errors.rs")
///     .write()?;
/// # Ok::<(), kms_errors_build::Error>(())
/// ```
///
/// # Files
///
/// [`generate`](Self::generate), [`write`](Self::write) and
/// [`check`](Self::check) read the [spec](Self::spec) (not
/// [`generate_from_text`](Self::generate_from_text)), the
/// [names file](Self::names) and its [retired file](Self::retired) if set
/// (a missing names file is an error unless
/// [`create_names_file`](Self::create_names_file) allows it; a missing
/// retired file counts as empty), and, only with a names file, the
/// [previous page](Self::previous), which they parse only when a pinned
/// code has just left the page. [`write`](Self::write) writes the
/// [output](Self::output) (by default under `$OUT_DIR`), only if its
/// content changes, through a temporary file in the same directory renamed
/// over it. The names and retired files are written only by an explicit
/// [`write_name_files`](Self::write_name_files), the same way. Nothing else
/// in the API touches the disk. Paths in the generated file are never
/// absolute; to make them relative it reads the `OUT_DIR` and
/// `CARGO_MANIFEST_DIR` environment variables and the working directory
/// (see [`display_path`](Self::display_path)).
#[derive(Clone, Debug)]
pub struct Builder {
    spec: Option<PathBuf>,
    output: Option<PathBuf>,
    display_path: Option<String>,
    enum_name: Option<String>,
    regenerate_command: Option<String>,
    settings: emit::Settings,
    options: model::Options,
    names: Option<PathBuf>,
    retired: Option<PathBuf>,
    previous: Option<PathBuf>,
    create_names_file: bool,
    cargo_rerun_if_changed: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

impl Builder {
    /// A builder with nothing set: give it the page ([`spec`](Self::spec))
    /// and the name of the enum ([`enum_name`](Self::enum_name)), which
    /// have no defaults.
    pub fn new() -> Self {
        Builder {
            spec: None,
            output: None,
            display_path: None,
            enum_name: None,
            regenerate_command: None,
            settings: emit::Settings::default(),
            options: model::Options::default(),
            names: None,
            retired: None,
            previous: None,
            create_names_file: false,
            cargo_rerun_if_changed: false,
        }
    }

    /// The RST page to read.
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.spec = Some(path.into());
        self
    }

    /// The file [`write`](Self::write) writes and [`check`](Self::check)
    /// reads; the generated header's regenerate command names it too.
    /// Default: `$OUT_DIR/<enum name in snake case>.rs` (`kms_error.rs` for
    /// `KmsError`), for a build script.
    pub fn output(mut self, path: impl Into<PathBuf>) -> Self {
        self.output = Some(path.into());
        self
    }

    /// The name of the generated enum (required).
    pub fn enum_name(mut self, name: impl Into<String>) -> Self {
        self.enum_name = Some(name.into());
        self
    }

    /// Whether the module has serde impls — the enum and `ErrorCode` as
    /// their code strings, and `ErrorResponse`, an API error body — and
    /// under which condition (default [`Include::Never`]). The crate then
    /// needs `serde` (no features needed: the impls work without `std`
    /// and `alloc`), optional if the impls are.
    ///
    /// ```
    /// use kms_errors_build::{Builder, Include};
    /// // The crate has `serde = { version = "1", optional = true }`, so a
    /// // feature `serde`.
    /// let builder = Builder::new().serde(Include::IfFeature("serde".into()));
    /// ```
    pub fn serde(mut self, include: Include) -> Self {
        self.settings.serde = include;
        self
    }

    /// Whether the module has `ApiError`, one error type for a failed API
    /// call read from any response body, and under which condition
    /// (default [`Include::Never`]). The crate then needs `serde_json`
    /// with its `alloc` feature (`default-features = false, features =
    /// ["alloc"]` keeps it `no_std`); no declaration: the module's `ApiError`
    /// part declares `extern crate alloc;` in a module of its own.
    ///
    /// ```
    /// use kms_errors_build::{Builder, Include};
    /// // The crate has a feature `json = ["dep:serde_json"]`.
    /// let builder = Builder::new().json(Include::IfFeature("json".into()));
    /// ```
    pub fn json(mut self, include: Include) -> Self {
        self.settings.json = include;
        self
    }

    /// The path the generated module is reachable at from outside the
    /// crate (`iam_errors`, `my_crate::errors`): the doc examples, written
    /// with the page's own codes, then import from it and run as doctests
    /// (the serde example needs `serde_json` as a dev-dependency). Without
    /// it they are shown but not run, as they could not compile.
    pub fn doctest_path(mut self, path: impl Into<String>) -> Self {
        self.settings.doctest_path = Some(path.into());
        self
    }

    /// What to do with rows that cannot be used as they stand (default
    /// [`Policy::Strict`]: they are errors).
    pub fn policy(mut self, policy: Policy) -> Self {
        self.options.policy = policy;
        self
    }

    /// Reads the column whose header is `header` as `field`, whatever the
    /// built-in synonyms say, or leaves it out without a warning for
    /// `None`. Headers are compared without inline markup, case or extra
    /// white space.
    ///
    /// ```
    /// use kms_errors_build::{model::Field, Builder};
    /// let builder = Builder::new()
    ///     .column("Solution", Field::Measure)
    ///     .column("Remarks", None);
    /// ```
    pub fn column(mut self, header: impl Into<String>, field: impl Into<Option<Field>>) -> Self {
        self.options.columns.push((header.into(), field.into()));
        self
    }

    /// The names file that pins variant names: one `CODE Name` line per
    /// code (`#` starts a comment). A pinned name stays whatever the page's
    /// message says later; codes it does not pin get derived names (see the
    /// [crate docs](crate#variant-names)). Its retired file defaults to
    /// `retired.txt` beside it. Generating only reads them;
    /// [`write_name_files`](Self::write_name_files) brings them up to date.
    pub fn names(mut self, path: impl Into<PathBuf>) -> Self {
        self.names = Some(path.into());
        self
    }

    /// The retired file (the last rows of pinned codes no longer in the
    /// page), if not `retired.txt` beside the names file.
    pub fn retired(mut self, path: impl Into<PathBuf>) -> Self {
        self.retired = Some(path.into());
        self
    }

    /// The previous revision of the page, to take the last rows of newly
    /// retired codes from: read only when a code the [names
    /// file](Self::names) pins has just left the page, with the same
    /// column mapping and policy. Its rows then go into the retired file
    /// (with [`write_name_files`](Self::write_name_files)), which is
    /// the memory from then on: a build script that reads the names and
    /// retired files needs no previous page or output.
    pub fn previous(mut self, path: impl Into<PathBuf>) -> Self {
        self.previous = Some(path.into());
        self
    }

    /// How messages and the generated file name the spec. By default
    /// messages show the path given to [`spec`](Self::spec) and the
    /// generated file shows it never absolute: relative to the package
    /// (`CARGO_MANIFEST_DIR`) or the working directory when it lies inside
    /// them, `$OUT_DIR/…` inside `OUT_DIR`, else its file name. The same
    /// holds for the other paths the header's regenerate command names, so
    /// a build script generates the same bytes in any checkout.
    pub fn display_path(mut self, path: impl Into<String>) -> Self {
        self.display_path = Some(path.into());
        self
    }

    /// The command the header says regenerates the output (default:
    /// `kms-errors-build generate SPEC [-o OUTPUT] [options]`, and a line
    /// saying that `cargo install kms-errors-build --features cli`
    /// installs it; a command set here gets no such line).
    pub fn regenerate_command(mut self, command: impl Into<String>) -> Self {
        self.regenerate_command = Some(command.into());
        self
    }

    /// Whether generating prints `cargo:rerun-if-changed=PATH` for every
    /// file it reads (the spec; the names, retired and previous-page
    /// files when set), as a build script wants (default `false`).
    ///
    /// ```no_run
    /// // build.rs
    /// let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("iam.rs");
    /// kms_errors_build::Builder::new()
    ///     .spec("docs/error_codes.rst")
    ///     .enum_name("IamError")
    ///     .cargo_rerun_if_changed(true)
    ///     .output(out)
    ///     .write()?;
    /// # Ok::<(), kms_errors_build::Error>(())
    /// ```
    pub fn cargo_rerun_if_changed(mut self, print: bool) -> Self {
        self.cargo_rerun_if_changed = print;
        self
    }

    /// Whether a [names file](Self::names) that does not exist yet may be
    /// created (default `false`: it is an error, so that a build script
    /// never reads a mistyped path as "nothing pinned"). Generating then
    /// derives every name and [`Generated::names_file`] pins them all.
    pub fn create_names_file(mut self, create: bool) -> Self {
        self.create_names_file = create;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_and_the_enum_name_are_required() {
        let err = Builder::new().enum_name("E").generate().unwrap_err();
        assert_eq!(
            err.to_string(),
            "no page to read: set one with Builder::spec"
        );
        let page = std::env::temp_dir().join(format!(
            "kms-errors-build-required-{}.rst",
            std::process::id()
        ));
        std::fs::write(
            &page,
            include_str!("../../testdata/builder/the_page_and_the_enum_name_are_required.rst"),
        )
        .unwrap();
        let err = Builder::new()
            .spec(&page)
            .display_path("p.rst")
            .generate()
            .unwrap_err();
        std::fs::remove_file(&page).unwrap();
        assert_eq!(
            err.to_string(),
            "p.rst: no enum name: set one with Builder::enum_name"
        );
    }

    /// A missing file is watched through its directory (cargo reruns a
    /// build script on every build for a missing path); an existing one,
    /// or one with no directory in its path, as it is.
    #[test]
    fn a_missing_file_is_watched_through_its_directory() {
        let dir =
            std::env::temp_dir().join(format!("kms-errors-build-watched-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let retired = dir.join("retired.txt");
        assert_eq!(output::watched(&retired), dir);
        std::fs::write(&retired, "").unwrap();
        assert_eq!(output::watched(&retired), retired);
        std::fs::remove_dir_all(&dir).unwrap();
        let bare = PathBuf::from("kms-errors-build-no-such-file.txt");
        assert_eq!(output::watched(&bare), bare);
    }

    #[test]
    fn the_files_read_are_the_ones_rerun_if_changed_names() {
        assert_eq!(Builder::new().files_read(), Vec::<PathBuf>::new());
        let plain = Builder::new().spec("p.rst").previous("old.rst");
        assert_eq!(plain.files_read(), [PathBuf::from("p.rst")]);
        let pinned = plain.names("spec/names.txt");
        assert_eq!(
            pinned.files_read(),
            ["p.rst", "spec/names.txt", "spec/retired.txt", "old.rst"].map(PathBuf::from)
        );
    }
}
