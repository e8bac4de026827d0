//! `kms-errors-xtask`: this repository's maintenance commands.
//!
//! ```text
//! cargo run -p kms-errors-xtask -- update PAGE [--source TEXT]
//! ```
//!
//! `update` is run in the repository's root (the kms-errors package): it
//! brings the package to the revision PAGE of the KMS "Error Code" page in
//! one go. It copies PAGE to spec/error_code.rst and records its SHA-256
//! (and with --source, where it comes from) in spec/README.md; pins names
//! for new codes in spec/names.txt and lists them for review; keeps the
//! rows of codes that left in spec/retired.txt; regenerates
//! kms-errors/generated.rs; prints the change report with its semver
//! verdict and writes it into the CHANGELOG's Unreleased section. A bad
//! page is an error and no file changes; the same page again changes
//! nothing. Exit status: 0 success, 2 bad input or usage.

#![forbid(unsafe_code)]
// Reachable from arguments and files: no panics outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::print_stdout
    )
)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lexopt::prelude::*;

mod settings;
mod update;

const USAGE: &str = "\
Usage: kms-errors-xtask update PAGE [--source TEXT]

Run in the kms-errors package: brings it to the revision PAGE of the KMS
\"Error Code\" page in one go. Copies PAGE to spec/error_code.rst and records
its SHA-256 (and with --source, where it comes from) in spec/README.md; pins
names for new codes in spec/names.txt and lists them for review; keeps the
rows of codes that left in spec/retired.txt; regenerates kms-errors/generated.rs;
prints the change report with its semver verdict and writes it into the
CHANGELOG's Unreleased section. A bad page is an error and no file changes;
the same page again changes nothing.
  --source TEXT           where PAGE comes from (repository, commit, date)
  -h, --help              this text

Exit status: 0 success, 2 bad input or usage.";

/// `update PAGE [--source TEXT]`.
struct Update {
    page: PathBuf,
    source: Option<String>,
}

fn main() -> ExitCode {
    match parse(lexopt::Parser::from_env()) {
        Ok(Some(command)) => run_update(&command),
        Ok(None) => to_stdout(&format!("{USAGE}\n")),
        Err(message) => {
            eprintln!("kms-errors-xtask: {message}\nsee `kms-errors-xtask --help`");
            ExitCode::from(2)
        }
    }
}

/// The command line: `None` for `--help`.
fn parse(mut parser: lexopt::Parser) -> Result<Option<Update>, String> {
    let (mut command, mut page, mut source) = (false, None, None);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(None),
            Value(word) if !command && word == "update" => command = true,
            Long("source") if command && source.is_none() => {
                let value = parser.value().map_err(|e| e.to_string())?;
                source = Some(value.into_string().map_err(|_| "--source is not UTF-8")?);
            }
            Value(path) if command && page.is_none() => page = Some(PathBuf::from(path)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    match (command, page) {
        (true, Some(page)) => Ok(Some(Update { page, source })),
        (true, None) => Err("update needs the PAGE file".to_string()),
        (false, _) => Err("no command given (update)".to_string()),
    }
}

/// Writes `text` to standard output; a reader that went away ends quietly.
fn to_stdout(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("kms-errors-xtask: cannot write to standard output: {err}");
            ExitCode::from(2)
        }
    }
}

fn run_update(command: &Update) -> ExitCode {
    let package = Path::new("");
    let updated = match update::update(package, &command.page, command.source.as_deref()) {
        Ok(updated) => updated,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(2);
        }
    };
    for warning in &updated.warnings {
        eprintln!("warning: {warning}");
    }
    let mut out = String::new();
    if !updated.new_names.is_empty() {
        out.push_str(&format!(
            "New codes pinned in spec/names.txt ({}), to review (edit a name there and run update again to change it):\n",
            updated.new_names.len()
        ));
        for (code, name) in &updated.new_names {
            let long = if name.len() > 40 {
                "  (over 40 characters)"
            } else {
                ""
            };
            out.push_str(&format!("  {code} {name}{long}\n"));
        }
        out.push('\n');
    }
    out.push_str(
        &updated
            .report
            .to_text("spec/error_code.rst (before)", "spec/error_code.rst (now)"),
    );
    for path in &updated.written {
        eprintln!("kms-errors-xtask: wrote {}", path.display());
    }
    if updated.written.is_empty() {
        eprintln!("kms-errors-xtask: up to date, nothing written");
    }
    to_stdout(&out)
}
