//! `kms-errors-xtask update PAGE`: the whole update of the `kms-errors`
//! package to a new revision of the KMS page, in one go. Everything is
//! computed first (a bad page is an error before any file is written),
//! then the files are written, each only if its content changes.

use std::path::{Path, PathBuf};

use kms_errors_build::model::{read_page_with, Options};
use kms_errors_build::report::diff_entries_of;
use kms_errors_build::{DiffInput, Report, Warning};
use sha2::{Digest, Sha256};

use crate::settings::{self, ENUM_NAME, NAMES, OUTPUT, RETIRED, SPEC};

/// A message that names its file (`path: what is wrong`), as the
/// generator's errors do.
type Error = String;

/// The package's files the update writes besides the generator's,
/// relative to its directory.
const PROVENANCE: &str = "spec/README.md";
const CHANGELOG: &str = "CHANGELOG.md";

/// Where the report goes in the CHANGELOG's "Unreleased" section: between
/// these lines, replaced by every update.
const BEGIN: &str = "<!-- kms-errors-build update: begin -->";
const END: &str = "<!-- kms-errors-build update: end -->";

/// What an update did.
#[derive(Debug)]
pub struct Updated {
    /// The change report (old page to new).
    pub report: Report,
    /// Codes that got a derived name now, with the name.
    pub new_names: Vec<(String, String)>,
    /// Generation warnings (long derived names among them).
    pub warnings: Vec<Warning>,
    /// The files written.
    pub written: Vec<PathBuf>,
}

/// Updates the package in `package` (with its settings,
/// [`settings`]) to the page `page`; `source` describes where the
/// page comes from, for the provenance.
///
/// # Errors
/// The page is bad (located) or a file cannot be read or written. Before
/// any write, nothing has changed.
pub fn update(package: &Path, page: &Path, source: Option<&str>) -> Result<Updated, Error> {
    let shown = page.display().to_string();
    let text = read_text(page, &shown, "cannot read the page")?;
    let spec = package.join(SPEC);
    let old_text = read_text(&spec, SPEC, "cannot read the current page")?;
    // The settings map no column and keep the strict policy.
    let options = Options::default();
    let (names, retired) = (package.join(NAMES), package.join(RETIRED));
    let input = DiffInput {
        old: &spec,
        new: page,
        options: &options,
        names: Some(&names),
        retired: Some(&retired),
        new_names: None,
        enum_name: ENUM_NAME,
    };
    // Each page is read once, here; the previous page again only if a
    // pinned code has just left.
    let report = diff_entries_of(
        &input,
        read_page_with(SPEC, &old_text, &options)
            .map_err(|e| e.to_string())?
            .entries,
        read_page_with(&shown, &text, &options)
            .map_err(|e| e.to_string())?
            .entries,
    )
    .map_err(|e| e.to_string())?;
    let sha256 = sha256_hex(&text);
    let generated = settings::builder(package)
        .previous(&spec)
        .generate_from_text(SPEC, &text)
        .map_err(|e| e.to_string())?;
    let new_names = match &generated.spec_files.names {
        Some(names) => names
            .lines()
            .filter_map(|line| line.split_once(' '))
            .filter(|(code, _)| generated.unpinned.iter().any(|c| c == code))
            .map(|(code, name)| (code.to_string(), name.to_string()))
            .collect(),
        None => Vec::new(),
    };
    let provenance_path = package.join(PROVENANCE);
    let provenance = read_text(&provenance_path, PROVENANCE, "cannot read")?;
    let provenance = with_provenance(&provenance, &sha256, source)?;
    let changelog_path = package.join(CHANGELOG);
    let changelog = read_text(&changelog_path, CHANGELOG, "cannot read")?;
    let old_sha256 = sha256_hex(&old_text);
    // The same page again changes nothing, the CHANGELOG included.
    let changelog = if old_sha256 == sha256 {
        changelog
    } else {
        with_report(&changelog, &report, &old_sha256, &sha256)?
    };
    let mut files: Vec<(PathBuf, String)> = vec![
        (package.join(OUTPUT), generated.source),
        (spec, text),
        (provenance_path, provenance),
        (changelog_path, changelog),
    ];
    if let Some(names) = generated.spec_files.names {
        files.push((package.join(NAMES), names));
    }
    if let Some(retired) = generated.spec_files.retired {
        files.push((package.join(RETIRED), retired));
    }
    let mut written = Vec::new();
    for (path, content) in files {
        if write_if_changed(&path, &content)? {
            written.push(path);
        }
    }
    Ok(Updated {
        report,
        new_names,
        warnings: generated.warnings,
        written,
    })
}

/// `readme` with its `SHA-256` row set to `sha256` and, with `source`, its
/// `commit` or `source` row set to that.
fn with_provenance(readme: &str, sha256: &str, source: Option<&str>) -> Result<String, Error> {
    let mut found_sha = false;
    let lines: Vec<String> = readme
        .lines()
        .map(|line| {
            if line.starts_with("| SHA-256 |") {
                found_sha = true;
                format!("| SHA-256 | `{sha256}` |")
            } else if let (Some(source), true) = (
                source,
                line.starts_with("| commit |") || line.starts_with("| source |"),
            ) {
                format!("| source | {source} |")
            } else {
                line.to_string()
            }
        })
        .collect();
    if !found_sha {
        return Err(format!(
            "{PROVENANCE}: no \"| SHA-256 |\" row to record the page's digest in"
        ));
    }
    Ok(lines.join("\n") + "\n")
}

/// `changelog` with the report between the [`BEGIN`] and [`END`] lines of
/// its "Unreleased" section (put at the section's start the first time).
fn with_report(changelog: &str, report: &Report, old: &str, new: &str) -> Result<String, Error> {
    let block = format!(
        "{BEGIN}\n### Error codes: the page changed\n\n`spec/error_code.rst`: SHA-256 `{old}` → `{new}` (written by `kms-errors-xtask update`).\n\n```text\n{}```\n{END}\n",
        report.to_text("old", "new")
    );
    if let (Some(begin), Some(end)) = (changelog.find(BEGIN), changelog.find(END)) {
        if begin < end {
            let after =
                end + END.len() + usize::from(changelog[end + END.len()..].starts_with('\n'));
            return Ok(format!(
                "{}{block}{}",
                &changelog[..begin],
                &changelog[after..]
            ));
        }
    }
    let heading = "## [Unreleased]\n";
    let Some(at) = changelog.find(heading) else {
        return Err(format!(
            "{CHANGELOG}: no \"## [Unreleased]\" section to write the report in"
        ));
    };
    let at = at + heading.len();
    Ok(format!("{}\n{block}{}", &changelog[..at], &changelog[at..]))
}

/// The UTF-8 text of the file at `path`, named `shown` in errors.
fn read_text(path: &Path, shown: &str, action: &str) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|err| format!("{shown}: {action}: {err}"))
}

/// The SHA-256 of `text`, in lower-case hex.
fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Writes `content` to `path` unless it holds exactly that, through a
/// temporary file renamed over it; returns whether it wrote.
fn write_if_changed(path: &Path, content: &str) -> Result<bool, Error> {
    if std::fs::read(path).is_ok_and(|old| old == content.as_bytes()) {
        return Ok(false);
    }
    let mut temp = path.as_os_str().to_owned();
    temp.push(format!(".{}.tmp", std::process::id()));
    let temp = PathBuf::from(temp);
    std::fs::write(&temp, content)
        .and_then(|()| std::fs::rename(&temp, path))
        .map_err(|err| {
            let _ = std::fs::remove_file(&temp);
            format!("{}: cannot write: {err}", path.display())
        })?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_provenance_records_the_digest_and_the_source() {
        let readme = "x\n| commit | `abc` |\n| SHA-256 | `00` |\n";
        assert_eq!(
            with_provenance(readme, "ff", Some("`def` (2025)")).unwrap(),
            "x\n| source | `def` (2025) |\n| SHA-256 | `ff` |\n"
        );
        assert_eq!(
            with_provenance(readme, "ff", None).unwrap(),
            "x\n| commit | `abc` |\n| SHA-256 | `ff` |\n"
        );
        assert!(with_provenance("no table\n", "ff", None).is_err());
    }

    #[test]
    fn the_report_block_is_replaced_not_repeated() {
        let report = kms_errors_build::report::diff_entries(&[], &[]);
        let changelog = "# Changelog\n\n## [Unreleased]\n\n### Changed\n- x\n";
        let once = with_report(changelog, &report, "a", "b").unwrap();
        assert!(once.starts_with(
            "# Changelog\n\n## [Unreleased]\n\n<!-- kms-errors-build update: begin -->\n"
        ));
        assert!(
            once.ends_with("<!-- kms-errors-build update: end -->\n\n### Changed\n- x\n"),
            "{once}"
        );
        let twice = with_report(&once, &report, "a", "b").unwrap();
        assert_eq!(twice, once);
        assert!(with_report("# nothing\n", &report, "a", "b").is_err());
    }
}
