//! `kms-errors-xtask update PAGE`: the whole update of the `kms-errors`
//! package to a new revision of the KMS page, in one go. Everything is
//! computed first (a bad page is an error before any file is written),
//! then the files are written, each only if its content changes.

use std::path::{Path, PathBuf};

use kms_errors_build::files::{read_optional, write_if_changed};
use kms_errors_build::report::{diff, DiffInput, Report};
use kms_errors_build::Warning;

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
const BEGIN: &str = "<!-- kms-errors-xtask update: begin -->";
const END: &str = "<!-- kms-errors-xtask update: end -->";

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
    let text = read_text(page)?;
    let spec = package.join(SPEC);
    let old_text = read_text(&spec)?;
    let (names, retired) = (package.join(NAMES), package.join(RETIRED));
    let (names_text, retired_text) = (optional(&names)?, optional(&retired)?);
    // The settings map no column and keep the strict policy: the default
    // options.
    let mut input = DiffInput::default();
    input.old = (SPEC, &old_text);
    input.new = (&shown, &text);
    input.names = Some((NAMES, names_text.as_deref()));
    input.retired = Some((RETIRED, retired_text.as_deref()));
    input.enum_name = ENUM_NAME;
    let report = diff(&input).map_err(|e| e.to_string())?;
    let sha256 = report.new_sha256.clone();
    let generated = settings::builder(package)
        .previous(&spec)
        .generate_from_text(SPEC, &text)
        .map_err(|e| e.to_string())?;
    let new_names = match &generated.names_file {
        Some(names) => names
            .lines()
            .filter_map(|line| line.split_once(' '))
            .filter(|(code, _)| generated.unpinned.iter().any(|c| c == code))
            .map(|(code, name)| (code.to_string(), name.to_string()))
            .collect(),
        None => Vec::new(),
    };
    let provenance_path = package.join(PROVENANCE);
    let provenance = read_text(&provenance_path)?;
    let provenance = with_provenance(&provenance, &sha256, source)?;
    let changelog_path = package.join(CHANGELOG);
    let changelog = read_text(&changelog_path)?;
    let old_sha256 = &report.old_sha256;
    // The same page again changes nothing, the CHANGELOG included.
    let changelog = if *old_sha256 == sha256 {
        changelog
    } else {
        with_report(&changelog, &report, old_sha256, &sha256)?
    };
    let mut files: Vec<(PathBuf, String)> = vec![
        (package.join(OUTPUT), generated.source),
        (spec, text),
        (provenance_path, provenance),
        (changelog_path, changelog),
    ];
    if let Some(names) = generated.names_file {
        files.push((package.join(NAMES), names));
    }
    if let Some(retired) = generated.retired_file {
        files.push((package.join(RETIRED), retired));
    }
    let mut written = Vec::new();
    for (path, content) in files {
        if write_if_changed(&path, &content).map_err(|e| e.to_string())? {
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

/// The text of the file at `path` (the generator's reader: bad UTF-8 is
/// a located error).
fn read_text(path: &Path) -> Result<String, Error> {
    kms_errors_build::files::read_text(path).map_err(|e| e.to_string())
}

/// The text of the file at `path`, `None` if it does not exist yet.
fn optional(path: &Path) -> Result<Option<String>, Error> {
    read_optional(path).map_err(|e| e.to_string())
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
        let report = Report::default();
        let changelog = "# Changelog\n\n## [Unreleased]\n\n### Changed\n- x\n";
        let once = with_report(changelog, &report, "a", "b").unwrap();
        assert!(once.starts_with(
            "# Changelog\n\n## [Unreleased]\n\n<!-- kms-errors-xtask update: begin -->\n"
        ));
        assert!(
            once.ends_with("<!-- kms-errors-xtask update: end -->\n\n### Changed\n- x\n"),
            "{once}"
        );
        let twice = with_report(&once, &report, "a", "b").unwrap();
        assert_eq!(twice, once);
        assert!(with_report("# nothing\n", &report, "a", "b").is_err());
    }
}
