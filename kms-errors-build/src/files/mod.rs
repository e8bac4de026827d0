//! The generator's contact with files: a file's bytes as text (bad UTF-8
//! is a located error), outputs written atomically and only when they
//! change, paths as generated files show them, and SHA-256 digests (which
//! [`crate::report::Report`] and the generated `SPEC` give). Only
//! [`crate::Builder`] and the programs around the stages (the command,
//! the repository's xtask) read and write the disk; the stages get and
//! give text.

pub(crate) mod digest;
pub(crate) mod paths;
pub(crate) mod read;
pub(crate) mod write;

use std::path::Path;

use crate::error::Error;

/// The UTF-8 text of the file at `path`. A file that cannot be read is an
/// error naming it; bytes that are not UTF-8 are an error located at the
/// first of them (`path:line:col`).
///
/// # Errors
/// As above.
pub fn read_text(path: &Path) -> Result<String, Error> {
    read::read_text(path, &path.display().to_string(), "cannot read")
}

/// [`read_text`] for a file that may not exist yet: `None` if it does not.
///
/// # Errors
/// As [`read_text`], for a file that exists.
pub fn read_optional(path: &Path) -> Result<Option<String>, Error> {
    read::read_optional(Some(path))
}

/// Writes `content` to `path` unless the file already holds exactly that,
/// through a temporary file renamed over it (a reader never sees half a
/// file). Returns whether it wrote.
///
/// # Errors
/// The file cannot be written.
pub fn write_if_changed(path: &Path, content: &str) -> Result<bool, Error> {
    write::write_if_changed(path, content.as_bytes())
}
