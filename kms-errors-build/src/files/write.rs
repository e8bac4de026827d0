//! Writing generated files: only when the content changes, and atomically.

use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// Writes `content` to `path` unless the file already holds exactly that.
/// The new content goes to a temporary file in the same directory first and
/// is renamed over `path`, so a reader (or an interrupted run) never sees a
/// half-written file. A symbolic link is followed (the link stays, its
/// target is written), and a path that is not a regular file (`/dev/null`,
/// a pipe) is written in place: renaming over it would replace the device
/// with a file. Returns whether the file was written.
pub(crate) fn write_if_changed(path: &Path, content: &[u8]) -> Result<bool, Error> {
    let shown = path.display().to_string();
    let cannot = |err: &std::io::Error| Error::io(&shown, "cannot write the generated file", err);
    let target = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(|err| cannot(&err))?
        }
        _ => path.to_path_buf(),
    };
    if std::fs::metadata(&target).is_ok_and(|meta| !meta.is_file() && !meta.is_dir()) {
        return std::fs::OpenOptions::new()
            .write(true)
            .open(&target)
            .and_then(|mut file| file.write_all(content))
            .map(|()| true)
            .map_err(|err| cannot(&err));
    }
    if std::fs::read(&target).is_ok_and(|old| old == content) {
        return Ok(false);
    }
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = target
        .file_name()
        .map_or_else(|| "generated".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::File::create(&temp)
        .and_then(|mut file| {
            file.write_all(content)?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temp, &target));
    if let Err(err) = result {
        // Best effort: the temporary file is ours and useless now.
        let _ = std::fs::remove_file(&temp);
        return Err(cannot(&err));
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_only_when_changed() {
        let dir =
            std::env::temp_dir().join(format!("kms-errors-build-write-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.rs");
        assert!(write_if_changed(&path, b"one").unwrap());
        assert!(!write_if_changed(&path, b"one").unwrap());
        assert!(write_if_changed(&path, b"two").unwrap());
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, ["out.rs"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Found when `generate … -o /dev/null` replaced this machine's
    /// `/dev/null` with a regular file (the rename), which then fed every
    /// later reader of `/dev/null` the text written to it.
    #[cfg(unix)]
    #[test]
    fn devices_and_links_are_written_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        assert!(write_if_changed(Path::new("/dev/null"), b"x").unwrap());
        let null = std::fs::metadata("/dev/null").unwrap();
        assert!(null.file_type().is_char_device());
        let dir =
            std::env::temp_dir().join(format!("kms-errors-build-link-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("real.rs"), b"old").unwrap();
        std::os::unix::fs::symlink("real.rs", dir.join("link.rs")).unwrap();
        assert!(write_if_changed(&dir.join("link.rs"), b"new").unwrap());
        assert!(std::fs::symlink_metadata(dir.join("link.rs"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(dir.join("real.rs")).unwrap(), b"new");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_write_names_the_file() {
        let err = write_if_changed(Path::new("/nonexistent-dir/x/out.rs"), b"x").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("/nonexistent-dir/x/out.rs: cannot write the generated file: "),
            "{err}"
        );
    }
}
