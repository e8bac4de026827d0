//! Generates a typed Rust error enum from an RST "Error Code" page of the
//! cloud documentation — the generator behind the
//! [`kms-errors`](https://docs.rs/kms-errors) crate, usable from any build
//! script or from the command line.
//!
//! # Stages
//!
//! 1. [`rst`]: the page's grid tables, parsed exactly as docutils 0.19 parses
//!    them, and cell text as a reader sees it ([`rst::blocks`]).
//! 2. [`model`]: the error-code table picked by its header, columns mapped by
//!    header text ([`Builder::column`] overrides), repeated rows merged,
//!    everything validated; [`Policy`] says what to do with unusable rows.
//! 3. [`names`]: a variant name per code (the rule is documented there).
//! 4. [`emit`]: `quote!` tokens → `syn` → `prettyplease`, behind an
//!    `@generated` header; a standalone module for any page, or data only
//!    for the `kms-errors` crate ([`Shape`]).
//!
//! Each stage is a pure function over in-memory values; only [`Builder`]
//! and the two file-level helpers [`diff_pages`] and [`list_tables`] touch
//! the disk (see [`Builder`] for what it reads and writes). Every error is
//! an [`Error`] that displays as `path:line:col: what is wrong`.
//!
//! # Example
//!
//! In a build script:
//!
//! ```no_run
//! let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("errors.rs");
//! kms_errors_build::Builder::new()
//!     .spec("spec/error_code.rst")
//!     .write_to(&out)
//!     .unwrap_or_else(|err| panic!("{err}"));
//! println!("cargo:rerun-if-changed=spec/error_code.rst");
//! ```
//!
//! In memory:
//!
//! ```
//! let page = "\
//! +-------------+------------+----------------+
//! | Status Code | Error Code | Error Message  |
//! +=============+============+================+
//! | 400         | KMS.0201   | Invalid URL.   |
//! +-------------+------------+----------------+
//! ";
//! let source = kms_errors_build::generate_source("page.rst", page, "KmsError").unwrap();
//! assert!(source.starts_with("// @generated"));
//! assert!(source.contains("InvalidUrl = 0"));
//! assert!(source.contains("status_code: ::core::option::Option::Some(400u16)"));
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Library code reachable from input must not panic: no unwrap, expect,
// panic or unchecked indexing outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod diff;
pub mod digest;
pub mod emit;
mod error;
mod format;
pub mod lookup;
pub mod model;
pub mod names;
pub mod names_file;
mod paths;
pub mod retired;
pub mod rst;
pub mod source;
pub mod tables_json;
pub mod variants;
mod write;

use std::path::{Path, PathBuf};

pub use emit::Shape;
pub use error::{Error, ErrorKind, Location, Warning};
pub use model::{Field, Policy};

/// Generates the module for the page `text`, named `path` in messages and in
/// the header, with the enum called `enum_name`.
///
/// # Errors
/// Any problem with the page, located (`path:line:col`).
pub fn generate_source(path: &str, text: &str, enum_name: &str) -> Result<String, Error> {
    Builder::new()
        .enum_name(enum_name)
        .generate_from(
            path,
            rst::lines::split_lines(text),
            digest::sha256_hex(text.as_bytes()),
            None,
        )
        .map(|generated| generated.source)
}

/// The content of the file at `path`, `None` if there is no path or no file.
fn read_optional(path: Option<&Path>) -> Result<Option<String>, Error> {
    let Some(path) = path else { return Ok(None) };
    let shown = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => source::decode_owned(&shown, bytes).map(Some),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(Error::io(&shown, "cannot read", &err)),
    }
}

/// The UTF-8 text of the file at `path`, named `shown` in errors (`action`
/// says what failed, e.g. "cannot read").
fn read_text(path: &Path, shown: &str, action: &'static str) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|err| Error::io(shown, action, &err))?;
    source::decode_owned(shown, bytes)
}

/// `word` quoted for a POSIX shell if it needs it.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '=' | ':' | '+' | ',')
        });
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// What the generator produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// The Rust source.
    pub source: String,
    /// Problems it worked around (none under [`Policy::Strict`] except
    /// columns it left out); build scripts should show them
    /// (`cargo:warning=`).
    pub warnings: Vec<Warning>,
    /// Codes whose variant names were derived because the names file (if
    /// any) does not pin them yet.
    pub unpinned: Vec<String>,
    /// The names file's new content, if it has to change (see
    /// [`Builder::update_spec_files`]).
    pub names_file: Option<String>,
    /// The retired file's new content, if it has to change.
    pub retired_file: Option<String>,
}

/// What [`Builder::write_to`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Whether the file was written (false: it already held this content).
    pub changed: bool,
    /// As [`Generated::warnings`].
    pub warnings: Vec<Warning>,
    /// As [`Generated::unpinned`].
    pub unpinned: Vec<String>,
}

/// The change report between the pages at `old` and `new` (read with
/// `options`): text, or JSON when `json` is set (see [`diff`]).
///
/// # Errors
/// Either page cannot be read or has a problem (located).
pub fn diff_pages(
    old: impl AsRef<Path>,
    new: impl AsRef<Path>,
    options: &model::Options,
    json: bool,
) -> Result<String, Error> {
    let read = |path: &Path| -> Result<(String, Vec<model::Entry>), Error> {
        let shown = path.display().to_string();
        let text = read_text(path, &shown, "cannot read")?;
        let entries = model::read_page_with(&shown, &text, options)?.entries;
        Ok((shown, entries))
    };
    let ((old, old_entries), (new, new_entries)) = (read(old.as_ref())?, read(new.as_ref())?);
    let report = diff::diff(&old_entries, &new_entries);
    Ok(if json {
        report.to_json(&old, &new)
    } else {
        report.to_text(&old, &new)
    })
}

/// Every grid table of the file at `path` as JSON (see
/// [`tables_json::tables_json`]), nested tables included.
///
/// # Errors
/// The file cannot be read or is not UTF-8, or a table is malformed (the
/// first such table, located as docutils locates it).
pub fn list_tables(path: impl AsRef<Path>) -> Result<String, Error> {
    let path = path.as_ref();
    let shown = path.display().to_string();
    let text = read_text(path, &shown, "cannot read")?;
    let tables = rst::document::find_all_grid_tables(&rst::lines::split_lines(&text));
    if let Some((table, err)) = tables
        .iter()
        .find_map(|t| t.table.as_ref().err().map(|err| (t, err)))
    {
        let (line, column, message) = table.describe(err);
        return Err(Error::new(
            Location::new(shown, line, column),
            ErrorKind::MalformedTable { message },
        ));
    }
    Ok(tables_json::tables_json(&tables))
}

/// Configures and runs the generator, for build scripts and tools.
///
/// ```no_run
/// let changed = kms_errors_build::Builder::new()
///     .spec("spec/error_code.rst")
///     .write_to("kms-errors/generated.rs")?;
/// # Ok::<(), kms_errors_build::Error>(())
/// ```
///
/// # Files
///
/// Generating ([`generate`](Self::generate), [`generate_for`](Self::generate_for),
/// [`write_to`](Self::write_to)) reads the [spec](Self::spec), the
/// [names file](Self::names) and its [retired file](Self::retired) if set
/// (a missing one counts as empty), and, only with a names file, the
/// [previous output](Self::previous). It writes nothing but, with
/// [`write_to`](Self::write_to) or [`write_generated`](Self::write_generated),
/// the output file — only if its content changes, through a temporary file
/// in the same directory renamed over it. The names and retired files are
/// written only by [`update_spec_files`](Self::update_spec_files). Paths in
/// the generated file are never absolute; to make them relative it reads
/// the `OUT_DIR` and `CARGO_MANIFEST_DIR` environment variables and the
/// working directory (see [`display_path`](Self::display_path)).
#[derive(Clone, Debug)]
pub struct Builder {
    spec: PathBuf,
    display_path: Option<String>,
    enum_name: String,
    regenerate_command: Option<String>,
    shape: Shape,
    options: model::Options,
    names: Option<PathBuf>,
    retired: Option<PathBuf>,
    previous: Option<PathBuf>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

impl Builder {
    /// A builder for `spec/error_code.rst` and the enum `KmsError`.
    pub fn new() -> Self {
        Builder {
            spec: PathBuf::from("spec/error_code.rst"),
            display_path: None,
            enum_name: "KmsError".to_string(),
            regenerate_command: None,
            shape: Shape::Standalone,
            options: model::Options::default(),
            names: None,
            retired: None,
            previous: None,
        }
    }

    /// Where, inside the `kms-errors` package, the table that the
    /// [`kms_errors`](Self::kms_errors) settings generate is committed.
    pub const KMS_ERRORS_OUTPUT: &'static str = "kms-errors/generated.rs";

    /// The settings of the `kms-errors` crate's own table, for its package
    /// directory `package` (`""` for the working directory): the page
    /// `spec/error_code.rst`, data-only output (the crate's API is
    /// hand-written in `kms-errors/lib.rs`), variant names pinned in
    /// `spec/names.txt` (retired rows in `spec/retired.txt`), and the
    /// committed [`KMS_ERRORS_OUTPUT`](Self::KMS_ERRORS_OUTPUT) as the
    /// previous output. The crate's build script, its freshness test and
    /// `kms-errors-build generate --kms-errors` all start from these.
    ///
    /// ```no_run
    /// // Regenerate the committed table from another revision of the page.
    /// let written = kms_errors_build::Builder::kms_errors("")
    ///     .spec("new/error_code.rst")
    ///     .write_to(kms_errors_build::Builder::KMS_ERRORS_OUTPUT)?;
    /// # Ok::<(), kms_errors_build::Error>(())
    /// ```
    pub fn kms_errors(package: impl AsRef<Path>) -> Self {
        let package = package.as_ref();
        Builder::new()
            .spec(package.join("spec/error_code.rst"))
            .shape(Shape::DataOnly)
            .names(package.join("spec/names.txt"))
            .previous(package.join(Self::KMS_ERRORS_OUTPUT))
    }

    /// The names file that pins variant names ([`names_file`]); its
    /// retired file defaults to `retired.txt` beside it. Generating only
    /// reads them; [`update_spec_files`](Self::update_spec_files) brings
    /// them up to date.
    pub fn names(mut self, path: impl Into<PathBuf>) -> Self {
        self.names = Some(path.into());
        self
    }

    /// The retired file ([`retired`]), if not `retired.txt` beside the
    /// names file.
    pub fn retired(mut self, path: impl Into<PathBuf>) -> Self {
        self.retired = Some(path.into());
        self
    }

    /// A previously generated module to take the last rows of newly
    /// retired codes from (the CLI passes its `-o` file). Read only with a
    /// [`names`](Self::names) file: only pinned codes can be retired.
    pub fn previous(mut self, path: impl Into<PathBuf>) -> Self {
        self.previous = Some(path.into());
        self
    }

    fn retired_path(&self) -> Option<PathBuf> {
        self.retired.clone().or_else(|| {
            self.names
                .as_ref()
                .map(|names| names.with_file_name("retired.txt"))
        })
    }

    /// Writes `generated` (from [`generate_for(path)`](Self::generate_for))
    /// to `path` as [`write_to`](Self::write_to) does; returns whether the
    /// file changed.
    ///
    /// # Errors
    /// The file cannot be written; then the previous file is untouched.
    pub fn write_generated(
        &self,
        path: impl AsRef<Path>,
        generated: &Generated,
    ) -> Result<bool, Error> {
        write::write_if_changed(path.as_ref(), generated.source.as_bytes())
    }

    /// Writes the names and retired files as `generated` says they should
    /// be (atomically); returns the paths written. Build scripts do not call
    /// this: they only read `spec/`.
    ///
    /// # Errors
    /// A file cannot be written.
    pub fn update_spec_files(&self, generated: &Generated) -> Result<Vec<PathBuf>, Error> {
        let mut written = Vec::new();
        for (path, content) in [
            (self.retired_path(), &generated.retired_file),
            (self.names.clone(), &generated.names_file),
        ] {
            if let (Some(path), Some(content)) = (path, content) {
                if write::write_if_changed(&path, content.as_bytes())? {
                    written.push(path);
                }
            }
        }
        Ok(written)
    }

    /// Which module to generate (default [`Shape::Standalone`]; the
    /// `kms-errors` crate uses [`Shape::DataOnly`]).
    pub fn shape(mut self, shape: Shape) -> Self {
        self.shape = shape;
        self
    }

    /// What to do with rows that cannot be used as they stand (default
    /// [`Policy::Strict`]: they are errors).
    pub fn policy(mut self, policy: Policy) -> Self {
        self.options.policy = policy;
        self
    }

    /// Reads the column whose header is `header` as `field`, whatever the
    /// built-in synonyms say. Headers are compared without inline markup,
    /// case or extra white space.
    pub fn column(mut self, header: impl Into<String>, field: Field) -> Self {
        self.options.columns.push((header.into(), Some(field)));
        self
    }

    /// Leaves the column whose header is `header` out, without a warning.
    pub fn ignore_column(mut self, header: impl Into<String>) -> Self {
        self.options.columns.push((header.into(), None));
        self
    }

    /// The RST page to read.
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.spec = path.into();
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

    /// The name of the generated enum (default `KmsError`).
    pub fn enum_name(mut self, name: impl Into<String>) -> Self {
        self.enum_name = name.into();
        self
    }

    /// The command the header says regenerates the output (default:
    /// `kms-errors-build generate SPEC [-o OUT]`).
    pub fn regenerate_command(mut self, command: impl Into<String>) -> Self {
        self.regenerate_command = Some(command.into());
        self
    }

    /// Reads the spec and returns the generated source (and warnings).
    ///
    /// # Errors
    /// The spec cannot be read, or has a problem (located).
    pub fn generate(&self) -> Result<Generated, Error> {
        self.generate_into(None)
    }

    /// The source [`write_to(path)`](Self::write_to) writes: as
    /// [`generate`](Self::generate), with `path` in the header's regenerate
    /// command. Tools that check a committed file compare it with this.
    ///
    /// # Errors
    /// As [`generate`](Self::generate).
    pub fn generate_for(&self, path: impl AsRef<Path>) -> Result<Generated, Error> {
        self.generate_into(Some(path.as_ref()))
    }

    /// The command the generated header gives for regenerating the output
    /// (`out` is the output file, if any), its paths shown as
    /// [`display_path`](Self::display_path) describes.
    pub fn command(&self, out: Option<&Path>) -> String {
        if let Some(command) = &self.regenerate_command {
            return command.clone();
        }
        let mut words = vec![
            "kms-errors-build".to_string(),
            "generate".to_string(),
            shell_word(&self.shown_spec()),
        ];
        if let Some(out) = out {
            words.push("-o".to_string());
            words.push(shell_word(&paths::shown(out)));
        }
        if self.enum_name != "KmsError" {
            words.push("--enum-name".to_string());
            words.push(shell_word(&self.enum_name));
        }
        if self.shape == Shape::DataOnly {
            words.push("--data-only".to_string());
        }
        if self.options.policy == Policy::Lenient {
            words.push("--lenient".to_string());
        }
        if let Some(names) = &self.names {
            words.push("--names".to_string());
            words.push(shell_word(&paths::shown(names)));
        }
        if let (Some(retired), true) = (&self.retired, self.names.is_some()) {
            words.push("--retired".to_string());
            words.push(shell_word(&paths::shown(retired)));
        }
        for (header, field) in &self.options.columns {
            let field = field.map_or("ignore", Field::cli_name);
            words.push("--column".to_string());
            words.push(shell_word(&format!("{header}={field}")));
        }
        words.join(" ")
    }

    /// Generates into `path`, writing only if the content differs from what
    /// is there (so timestamps, and builds depending on them, stay put), and
    /// atomically (a temporary file renamed over the target).
    ///
    /// # Errors
    /// As [`generate`](Self::generate), or the file cannot be written; then
    /// the previous file is untouched.
    pub fn write_to(&self, path: impl AsRef<Path>) -> Result<Written, Error> {
        let path = path.as_ref();
        let generated = self.generate_into(Some(path))?;
        let changed = self.write_generated(path, &generated)?;
        Ok(Written {
            changed,
            warnings: generated.warnings,
            unpinned: generated.unpinned,
        })
    }

    /// The spec's path in messages: as given.
    fn display(&self) -> String {
        self.display_path
            .clone()
            .unwrap_or_else(|| self.spec.display().to_string())
    }

    /// The spec's path in the generated file: never absolute (see
    /// [`Builder::display_path`]).
    fn shown_spec(&self) -> String {
        self.display_path
            .clone()
            .unwrap_or_else(|| paths::shown(&self.spec))
    }

    fn generate_into(&self, out: Option<&Path>) -> Result<Generated, Error> {
        let display = self.display();
        let text = read_text(&self.spec, &display, "cannot read the spec")?;
        // Valid UTF-8: the text's bytes are the file's.
        let sha256 = digest::sha256_hex(text.as_bytes());
        let lines = rst::lines::split_lines(&text);
        // A big page is not held twice.
        drop(text);
        self.generate_from(&display, lines, sha256, out)
    }

    fn generate_from(
        &self,
        display: &str,
        lines: Vec<String>,
        spec_sha256: String,
        out: Option<&Path>,
    ) -> Result<Generated, Error> {
        if syn::parse_str::<syn::Ident>(&self.enum_name).is_err()
            || emit::DEFINED_TYPES.contains(&self.enum_name.as_str())
        {
            return Err(Error::new(
                Location::file(display),
                ErrorKind::Config {
                    message: format!(
                        "the enum name {:?} is not a Rust identifier, or is a name the generated module uses",
                        self.enum_name
                    ),
                },
            ));
        }
        let page = model::read_lines_with(display, &lines, &self.options)?;
        drop(lines);
        let names_text = read_optional(self.names.as_deref())?;
        let retired_path = self.retired_path();
        let retired_text = read_optional(retired_path.as_deref())?;
        // Only pinned codes can be retired, and their last rows are only
        // looked for in the previous output: without a names file it is not
        // read (it may be large).
        let previous_text = match &self.names {
            Some(_) => read_optional(self.previous.as_deref())?,
            None => None,
        };
        let shown = |p: &Option<PathBuf>| p.as_ref().map(|p| p.display().to_string());
        let (names_shown, retired_shown, previous_shown) = (
            shown(&self.names),
            shown(&retired_path),
            shown(&self.previous),
        );
        fn input<'a>(
            path: &'a Option<String>,
            text: &'a Option<String>,
        ) -> Option<variants::InputFile<'a>> {
            path.as_deref().map(|path| variants::InputFile {
                path,
                text: text.as_deref(),
            })
        }
        let variants = variants::resolve(
            &self.enum_name,
            page.entries,
            input(&names_shown, &names_text),
            input(&retired_shown, &retired_text),
            input(&previous_shown, &previous_text),
        )?;
        let provenance = emit::Provenance {
            spec_path: self.shown_spec(),
            spec_sha256,
            regenerate_command: self.command(out),
        };
        let source = emit::emit(
            self.shape,
            &self.enum_name,
            &variants.entries,
            &variants.names,
            variants.documented,
            &provenance,
        )?;
        let mut warnings = page.warnings;
        warnings.extend(variants.warnings);
        Ok(Generated {
            source,
            warnings,
            unpinned: variants.unpinned,
            names_file: variants.names_file,
            retired_file: variants.retired_file,
        })
    }
}
