//! The files around generating: the output written or checked, the names
//! and retired files written when asked, and what a build script reruns on.

use std::path::PathBuf;

use super::{Builder, Check, Generated};
use crate::error::{Error, ErrorKind, Location};
use crate::files::write;

impl Builder {
    /// Generates into the [output](Self::output) (by default
    /// `$OUT_DIR/<enum name in snake case>.rs`), writing only if the
    /// content differs from what is there (so timestamps, and builds
    /// depending on them, stay put), and atomically. The names and retired
    /// files are not written: see [`write_name_files`](Self::write_name_files).
    ///
    /// # Errors
    /// No output is set and `OUT_DIR` is not either, as
    /// [`generate`](Self::generate), or the file cannot be written; then
    /// it is untouched.
    pub fn write(&self) -> Result<Generated, Error> {
        let output = self.output_path()?;
        let mut generated = self.generate()?;
        generated.written = write::write_if_changed(&output, generated.source.as_bytes())?;
        Ok(generated)
    }

    /// Whether the [output](Self::output) file holds what generating gives
    /// now, and the names and retired files pin what they should: the
    /// check a CI or a freshness test makes of a committed file. Writes
    /// nothing.
    ///
    /// # Errors
    /// As [`generate`](Self::generate), or no output is set.
    pub fn check(&self) -> Result<Check, Error> {
        let output = self.output_path()?;
        let generated = self.generate()?;
        let shown = output.display();
        let mut stale = Vec::new();
        match std::fs::read(&output) {
            Ok(current) if current == generated.source.as_bytes() => {}
            Ok(_) => stale.push(format!("{shown}: differs from what the spec generates")),
            Err(_) => stale.push(format!("{shown}: cannot be read")),
        }
        if !generated.unpinned.is_empty() && generated.names_file.is_some() {
            stale.push(format!(
                "the names file does not pin {}",
                generated.unpinned.join(", ")
            ));
        }
        if generated.retired_file.is_some() {
            stale.push("the retired file is not up to date".to_string());
        }
        Ok(Check {
            stale,
            regenerate_command: self.command().0,
            warnings: generated.warnings,
        })
    }

    /// Writes the [names](Self::names) and retired files as `generated`
    /// says they should be ([`Generated::names_file`] and
    /// [`Generated::retired_file`]), each only if it changes and atomically;
    /// returns the paths written. This is the only call that edits them: a
    /// build script, which must not write into the source tree, never
    /// makes it.
    ///
    /// # Errors
    /// A file cannot be written; then it is untouched.
    pub fn write_name_files(&self, generated: &Generated) -> Result<Vec<PathBuf>, Error> {
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

    /// The output file: as set, or `$OUT_DIR/<enum name in snake case>.rs`.
    pub(crate) fn output_path(&self) -> Result<PathBuf, Error> {
        if let Some(output) = &self.output {
            return Ok(output.clone());
        }
        let out_dir = std::env::var_os("OUT_DIR").filter(|dir| !dir.is_empty());
        match (out_dir, &self.enum_name) {
            (Some(dir), Some(name)) => Ok(PathBuf::from(dir).join(default_file_name(name))),
            _ => Err(Error::new(
                Location::file(self.display()),
                ErrorKind::Config {
                    message: "no output file to write: set one with Builder::output (outside a build script, where OUT_DIR is not set)".to_string(),
                },
            )),
        }
    }

    /// `cargo:rerun-if-changed` for every file generating reads: the spec,
    /// and the names, retired and previous-page files that are set.
    pub(super) fn print_rerun_if_changed(&self) {
        for path in self.files_read() {
            println!("cargo:rerun-if-changed={}", watched(&path).display());
        }
    }

    /// The files generating reads (or looks for).
    pub(super) fn files_read(&self) -> Vec<PathBuf> {
        [
            self.spec.clone(),
            self.names.clone(),
            self.retired_path(),
            self.previous_path(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The previous page, which only naming with a names file needs.
    pub(super) fn previous_path(&self) -> Option<PathBuf> {
        self.names.as_ref().and(self.previous.clone())
    }

    pub(super) fn retired_path(&self) -> Option<PathBuf> {
        self.retired.clone().or_else(|| {
            self.names
                .as_ref()
                .map(|names| crate::files::paths::default_retired(names))
        })
    }
}

/// `KmsError` → `kms_error.rs`.
pub(crate) fn default_file_name(enum_name: &str) -> String {
    use heck::ToSnakeCase;
    format!("{}.rs", enum_name.to_snake_case())
}

/// What cargo watches for `path`: the file, or, while it does not exist
/// (a retired file before any code retires), its directory, whose
/// modification time changes when the file is created. Cargo reruns a
/// build script on every build for a path that is missing, so naming the
/// file itself would make no build fresh. A file with no directory in its
/// path is named as it is: its directory would be the package's, target
/// directory and all.
pub(crate) fn watched(path: &std::path::Path) -> std::path::PathBuf {
    match path.parent() {
        Some(dir) if !path.exists() && !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => path.to_path_buf(),
    }
}
