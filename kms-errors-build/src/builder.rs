//! [`Builder`]: the one entry point, and the only code that touches files.

use std::path::{Path, PathBuf};

use crate::emit::{self, Include};
use crate::error::{Error, ErrorKind, Location, Warning};
use crate::files::{digest, paths, read, write};
use crate::model::{self, Field, Policy};
use crate::naming::variants;
use crate::rst;

/// What [`Builder::generate`] produced.
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
    /// The names file's new content, if it has to change (see
    /// [`Builder::update_names_files`]).
    pub names_file: Option<String>,
    /// The retired file's new content, if it has to change.
    pub retired_file: Option<String>,
}

/// What [`Builder::write`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Written {
    /// Whether the output file was written (false: it already held this
    /// content).
    pub changed: bool,
    /// The names and retired files written (only with
    /// [`Builder::update_names_files`]).
    pub spec_files: Vec<PathBuf>,
    /// As [`Generated::warnings`].
    pub warnings: Vec<Warning>,
    /// As [`Generated::unpinned`].
    pub unpinned: Vec<String>,
}

/// Configures and runs the generator, for build scripts and tools: setters,
/// then [`generate`](Self::generate) (in memory) or [`write`](Self::write).
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
/// [`generate`](Self::generate) and [`write`](Self::write) read the
/// [spec](Self::spec), the [names file](Self::names) and its
/// [retired file](Self::retired) if set (a missing names file is an error,
/// unless [`update_names_files`](Self::update_names_files) lets
/// [`write`](Self::write) create it; a missing retired file counts as
/// empty),
/// and, only with a names file and only when a pinned code has just left
/// the page, the [previous page](Self::previous).
/// [`write`](Self::write) writes the [output](Self::output) — only if its
/// content changes, through a temporary file in the same directory renamed
/// over it — and, only when asked to by
/// [`update_names_files`](Self::update_names_files), the names and retired
/// files the same way. Nothing else in the API touches the disk. Paths
/// in the generated file are never absolute; to make them relative it reads
/// the `OUT_DIR` and `CARGO_MANIFEST_DIR` environment variables and the
/// working directory (see [`display_path`](Self::display_path)).
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
    update_names_files: bool,
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
            update_names_files: false,
            cargo_rerun_if_changed: false,
        }
    }

    /// The RST page to read.
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.spec = Some(path.into());
        self
    }

    /// The file [`write`](Self::write) writes; the generated header's
    /// regenerate command names it too.
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

    /// The names file that pins variant names: one `CODE Name` line per
    /// code (`#` starts a comment). A pinned name stays whatever the page's
    /// message says later; codes it does not pin get derived names (see the
    /// [crate docs](crate#variant-names)). Its retired file defaults to
    /// `retired.txt` beside it. Generating only reads them;
    /// [`update_names_files`](Self::update_names_files) lets
    /// [`write`](Self::write) bring them up to date.
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
    /// (with [`update_names_files`](Self::update_names_files)), which is
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
    /// `kms-errors-build generate SPEC [-o OUTPUT] [options]`).
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

    /// Whether [`write`](Self::write) also writes the names and retired
    /// files when they have to change (default `false`; build scripts leave
    /// it so, they only read `spec/`).
    pub fn update_names_files(mut self, update: bool) -> Self {
        self.update_names_files = update;
        self
    }

    /// Reads the inputs and returns the generated source, the warnings and
    /// what the names and retired files should now hold.
    ///
    /// # Errors
    /// An input cannot be read, or has a problem (located).
    pub fn generate(&self) -> Result<Generated, Error> {
        if self.cargo_rerun_if_changed {
            self.print_rerun_if_changed();
        }
        let display = self.display();
        let spec = self.required_spec()?;
        let text = read::read_text(spec, &display, "cannot read the spec")?;
        // Valid UTF-8: the text's bytes are the file's.
        let sha256 = digest::sha256_hex(text.as_bytes());
        let lines = rst::lines::split_lines(&text);
        // A big page is not held twice.
        drop(text);
        self.generate_from(&display, lines, sha256)
    }

    /// Generates into the [output](Self::output), writing only if the
    /// content differs from what is there (so timestamps, and builds
    /// depending on them, stay put), and atomically; with
    /// [`update_names_files`](Self::update_names_files), the names and
    /// retired files too.
    ///
    /// # Errors
    /// No output is set, as [`generate`](Self::generate), or a file cannot
    /// be written; then that file is untouched.
    pub fn write(&self) -> Result<Written, Error> {
        let Some(output) = &self.output else {
            return Err(Error::new(
                Location::file(self.display()),
                ErrorKind::Config {
                    message: "no output file to write: set one with Builder::output".to_string(),
                },
            ));
        };
        let generated = self.generate()?;
        let spec_files = if self.update_names_files {
            self.write_spec_files(&generated)?
        } else {
            Vec::new()
        };
        let changed = write::write_if_changed(output, generated.source.as_bytes())?;
        Ok(Written {
            changed,
            spec_files,
            warnings: generated.warnings,
            unpinned: generated.unpinned,
        })
    }

    /// Writes the names and retired files as `generated` says they should
    /// be (atomically); returns the paths written.
    pub(crate) fn write_spec_files(&self, generated: &Generated) -> Result<Vec<PathBuf>, Error> {
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

    /// The page to read, or the error for a builder without one.
    fn required_spec(&self) -> Result<&Path, Error> {
        self.spec.as_deref().ok_or_else(|| {
            Error::new(
                Location::file(""),
                ErrorKind::Config {
                    message: "no page to read: set one with Builder::spec".to_string(),
                },
            )
        })
    }

    /// The enum's name, or the error for a builder without one.
    fn required_enum_name(&self, display: &str) -> Result<&str, Error> {
        self.enum_name.as_deref().ok_or_else(|| {
            Error::new(
                Location::file(display),
                ErrorKind::Config {
                    message: "no enum name: set one with Builder::enum_name".to_string(),
                },
            )
        })
    }

    /// `cargo:rerun-if-changed` for every file generating reads: the spec,
    /// and the names, retired and previous-page files that are set (a
    /// missing one too, so that creating it reruns the build script).
    fn print_rerun_if_changed(&self) {
        for path in self.files_read() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }

    /// The files generating reads (or looks for).
    fn files_read(&self) -> Vec<PathBuf> {
        // The previous page is only read with a names file.
        let previous = self.names.as_ref().and(self.previous.clone());
        [
            self.spec.clone(),
            self.names.clone(),
            self.retired_path(),
            previous,
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn retired_path(&self) -> Option<PathBuf> {
        self.retired.clone().or_else(|| {
            self.names
                .as_ref()
                .map(|names| names.with_file_name("retired.txt"))
        })
    }

    /// The command the generated header gives for regenerating the output,
    /// its paths shown as [`display_path`](Self::display_path) describes.
    pub(crate) fn command(&self) -> String {
        if let Some(command) = &self.regenerate_command {
            return command.clone();
        }
        let mut words = vec![
            "kms-errors-build".to_string(),
            "generate".to_string(),
            shell_word(&self.shown_spec()),
        ];
        if let Some(out) = &self.output {
            words.push("-o".to_string());
            words.push(shell_word(&paths::shown(out)));
        }
        if let Some(name) = &self.enum_name {
            words.push("--enum-name".to_string());
            words.push(shell_word(name));
        }
        match &self.settings.serde {
            Include::Never => {}
            Include::Always => words.push("--serde".to_string()),
            Include::IfFeature(feature) => {
                words.push("--serde-feature".to_string());
                words.push(shell_word(feature));
            }
        }
        if let Some(path) = &self.settings.doctest_path {
            words.push("--doctest-path".to_string());
            words.push(shell_word(path));
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

    /// The spec's path in messages: as given.
    fn display(&self) -> String {
        self.display_path.clone().unwrap_or_else(|| {
            self.spec
                .as_ref()
                .map_or_else(String::new, |spec| spec.display().to_string())
        })
    }

    /// The spec's path in the generated file: never absolute (see
    /// [`Builder::display_path`]).
    fn shown_spec(&self) -> String {
        self.display_path
            .clone()
            .unwrap_or_else(|| self.spec.as_deref().map_or_else(String::new, paths::shown))
    }

    /// [`generate`](Self::generate) for a page already split into `lines`,
    /// named `display` in messages.
    pub(crate) fn generate_from(
        &self,
        display: &str,
        lines: Vec<String>,
        spec_sha256: String,
    ) -> Result<Generated, Error> {
        let enum_name = self.required_enum_name(display)?;
        if syn::parse_str::<syn::Ident>(enum_name).is_err()
            || emit::DEFINED_TYPES.contains(&enum_name)
        {
            return Err(Error::new(
                Location::file(display),
                ErrorKind::Config {
                    message: format!(
                        "the enum name {:?} is not a Rust identifier, or is a name the generated module uses",
                        enum_name
                    ),
                },
            ));
        }
        let page = model::read_lines_with(display, &lines, &self.options)?;
        drop(lines);
        let names_text = read::read_optional(self.names.as_deref())?;
        // A names file that is not there is never read as empty by
        // accident: only a builder that may write it creates it.
        let mut created_names_file = None;
        if let (Some(path), None) = (&self.names, &names_text) {
            let error = Error::new(
                Location::file(path.display().to_string()),
                ErrorKind::NamesFile {
                    message: "the names file does not exist".to_string(),
                },
            );
            if !self.update_names_files {
                return Err(error);
            }
            created_names_file = Some(Warning::new(
                error,
                "it is created, pinning the name of every code",
            ));
        }
        let retired_path = self.retired_path();
        let retired_text = read::read_optional(retired_path.as_deref())?;
        let shown = |p: &Option<PathBuf>| p.as_ref().map(|p| p.display().to_string());
        let (names_shown, retired_shown) = (shown(&self.names), shown(&retired_path));
        fn input<'a>(
            path: &'a Option<String>,
            text: &'a Option<String>,
        ) -> Option<variants::InputFile<'a>> {
            path.as_deref().map(|path| variants::InputFile {
                path,
                text: text.as_deref(),
            })
        }
        // Read only if a pinned code has just left the page.
        let read_previous = |path: &Path| -> Result<Vec<model::Entry>, Error> {
            let shown = path.display().to_string();
            let text = read::read_text(path, &shown, "cannot read the previous page")?;
            let lines = rst::lines::split_lines(&text);
            Ok(model::read_lines_with(&shown, &lines, &self.options)?.entries)
        };
        let previous = self
            .previous
            .as_deref()
            .map(|path| move || read_previous(path));
        let variants = variants::resolve(
            enum_name,
            page.entries,
            input(&names_shown, &names_text),
            input(&retired_shown, &retired_text),
            previous
                .as_ref()
                .map(|read| read as &dyn Fn() -> Result<Vec<model::Entry>, Error>),
        )?;
        let provenance = emit::Provenance {
            spec_path: self.shown_spec(),
            spec_sha256,
            regenerate_command: self.command(),
        };
        let source = emit::emit(
            enum_name,
            &variants.entries,
            &variants.names,
            &variants.retired,
            &provenance,
            &self.settings,
        )?;
        let mut warnings = page.warnings;
        warnings.extend(created_names_file);
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
            "+------------+\n| Error Code |\n+============+\n| X.1        |\n+------------+\n",
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
