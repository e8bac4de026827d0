//! How paths appear in generated files: never absolute, so that the same
//! input gives the same bytes in any checkout, target directory or working
//! directory.

use std::path::Path;

/// `path` as a generated file shows it. A relative path stays as given
/// (with `/` between components on every platform). An absolute one is
/// shown relative to where it lies: `$OUT_DIR/…` inside the build script's
/// `OUT_DIR`, relative to the package (`CARGO_MANIFEST_DIR`) or to the
/// working directory inside those, and as its file name alone elsewhere.
///
/// Build scripts run in their package's directory, so a build script that
/// joins `CARGO_MANIFEST_DIR` and `spec/error_code.rst` gets
/// `spec/error_code.rst`.
pub(crate) fn shown(path: &Path) -> String {
    if path.is_relative() {
        return slashed(path);
    }
    let under = |base: Option<std::ffi::OsString>| {
        base.and_then(|base| path.strip_prefix(base).ok().map(slashed))
    };
    if let Some(rest) = under(std::env::var_os("OUT_DIR")) {
        return format!("$OUT_DIR/{rest}");
    }
    under(std::env::var_os("CARGO_MANIFEST_DIR"))
        .or_else(|| under(std::env::current_dir().ok().map(Into::into)))
        .unwrap_or_else(|| {
            path.file_name()
                .map_or_else(String::new, |name| name.to_string_lossy().into_owned())
        })
}

/// The components of `path` joined with `/`.
fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The retired file of the names file `names` when none is given:
/// `retired.txt` beside it (the builder's default, and the command's).
pub(crate) fn default_retired(names: &Path) -> std::path::PathBuf {
    names.with_file_name("retired.txt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_stay_absolute_ones_lose_their_prefix() {
        assert_eq!(
            shown(Path::new("spec/error_code.rst")),
            "spec/error_code.rst"
        );
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(shown(&cwd.join("spec").join("page.rst")), "spec/page.rst");
        let elsewhere = std::env::temp_dir().join("checkout-a").join("page.rst");
        if !elsewhere.starts_with(&cwd) {
            assert_eq!(shown(&elsewhere), "page.rst");
        }
    }
}
