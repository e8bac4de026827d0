//! The `kms-errors-build` command (feature `cli`): [`run`] parses the
//! arguments (`args`), runs the command, and gives its exit code. The
//! binary is `run` and nothing else; build scripts leave the feature off
//! and never compile this module.
//!
//! Arguments are `OsString`s throughout (lexopt), so any path the operating
//! system can name works; an argument that must be text and is not is a
//! usage error, never a panic.

// Reachable from arguments and files: no unwrap, expect, panic or
// unchecked indexing.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::print_stdout
)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::report::{diff, DiffInput};
use crate::tables::tables_json;
use crate::{files, Builder, Error, Warning};

use args::{parse, Command, Diff, Generate};

mod args;

/// Runs the command on the process's arguments: `generate`, `diff`,
/// `tables`, `--help` or `--version`. Exit code 0 on success, 1 when
/// `generate --check` finds the output stale, 2 for a usage error or bad
/// input (the message on standard error, `path:line:col: what is wrong`).
pub fn run() -> ExitCode {
    match parse(lexopt::Parser::from_env()) {
        Ok(Command::Help(usage)) => to_stdout(&format!("{usage}\n")),
        Ok(Command::Version) => {
            to_stdout(&format!("kms-errors-build {}\n", env!("CARGO_PKG_VERSION")))
        }
        Ok(Command::Generate(command)) => run_generate(&command),
        Ok(Command::Diff(command)) => run_diff(&command),
        Ok(Command::Tables(path)) => run_tables(&path),
        Err(err) => {
            // One line and where to read more: the usage text would bury it.
            let help = match err.command() {
                Some(command) => format!("kms-errors-build {command} --help"),
                None => "kms-errors-build --help".to_string(),
            };
            eprintln!("kms-errors-build: {}\nsee `{help}`", err.message);
            ExitCode::from(2)
        }
    }
}

/// Writes `text` to standard output. A reader that went away (`| head`)
/// ends the command quietly; any other failure is reported, exit 2 —
/// `print!` would panic on either.
fn to_stdout(text: &str) -> ExitCode {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("kms-errors-build: cannot write to standard output: {err}");
            ExitCode::from(2)
        }
    }
}

fn report(warnings: &[Warning]) {
    for warning in warnings {
        eprintln!("warning: {warning}");
    }
}

fn run_generate(command: &Generate) -> ExitCode {
    let builder = &command.builder;
    let result = match (command.output.as_deref(), command.check) {
        (Some(_), true) => check(builder),
        (Some(output), false) => write(builder, output),
        (None, _) => builder.generate().and_then(|generated| {
            report(&generated.warnings);
            for path in builder.write_name_files(&generated)? {
                eprintln!("kms-errors-build: wrote {}", path.display());
            }
            Ok(to_stdout(&generated.source))
        }),
    };
    result.unwrap_or_else(|err| {
        eprintln!("{err}");
        ExitCode::from(2)
    })
}

fn write(builder: &Builder, output: &Path) -> Result<ExitCode, Error> {
    // Generating into a file creates the names file if it is missing.
    let builder = &builder.clone().create_names_file(true);
    let written = builder.write()?;
    report(&written.warnings);
    for path in builder.write_name_files(&written)? {
        eprintln!("kms-errors-build: wrote {}", path.display());
    }
    let what = if written.written {
        "wrote"
    } else {
        "up to date:"
    };
    eprintln!("kms-errors-build: {what} {}", output.display());
    Ok(ExitCode::SUCCESS)
}

fn check(builder: &Builder) -> Result<ExitCode, Error> {
    let check = builder.check()?;
    report(&check.warnings);
    if check.stale.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("{check}");
    Ok(ExitCode::from(1))
}

fn run_tables(path: &Path) -> ExitCode {
    let json =
        files::read_text(path).and_then(|text| tables_json(&path.display().to_string(), &text));
    match json {
        Ok(json) => to_stdout(&json),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}

fn run_diff(command: &Diff) -> ExitCode {
    match diff_files(command) {
        Ok(report) => to_stdout(&report),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}

/// The report between the files `command` names, as text or JSON. The
/// retired file is `retired.txt` beside the names file unless given.
fn diff_files(command: &Diff) -> Result<String, Error> {
    let shown = |path: &Path| path.display().to_string();
    let (old_path, new_path) = (shown(&command.old), shown(&command.new));
    let (old, new) = (
        files::read_text(&command.old)?,
        files::read_text(&command.new)?,
    );
    let retired = command
        .retired
        .clone()
        .or_else(|| command.names.as_deref().map(files::paths::default_retired));
    let optional = |path: &Option<PathBuf>| -> Result<Option<(String, Option<String>)>, Error> {
        path.as_deref()
            .map(|path| Ok((shown(path), files::read_optional(path)?)))
            .transpose()
    };
    let (names, retired) = (optional(&command.names)?, optional(&retired)?);
    let new_names = match &command.new_names {
        Some(path) => Some((shown(path), files::read_text(path)?)),
        None => None,
    };
    let input = DiffInput {
        old: (&old_path, &old),
        new: (&new_path, &new),
        options: command.options.clone(),
        names: file(&names),
        retired: file(&retired),
        new_names: new_names.as_ref().map(|(p, t)| (p.as_str(), t.as_str())),
        enum_name: command.enum_name.as_deref().unwrap_or(""),
    };
    let report = diff(&input)?;
    Ok(if command.json {
        report.to_json(&old_path, &new_path)
    } else {
        report.to_text(&old_path, &new_path)
    })
}

/// A file read with [`files::read_optional`], borrowed as [`DiffInput`]
/// holds it.
fn file(file: &Option<(String, Option<String>)>) -> Option<(&str, Option<&str>)> {
    file.as_ref()
        .map(|(path, text)| (path.as_str(), text.as_deref()))
}
