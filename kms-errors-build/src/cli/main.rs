//! The `kms-errors-build` command (feature `cli`): running what [`args`]
//! parsed, and exit codes. Everything it does is the library's public API.
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

use std::path::Path;
use std::process::ExitCode;

use kms_errors_build::report::{diff_pages, DiffInput};
use kms_errors_build::{tables_json, Builder, Error, Warning};

use args::{parse, Command, Diff, Generate};

mod args;

fn main() -> ExitCode {
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
            for path in builder.write_spec_files(&generated.spec_files)? {
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
    for path in builder.write_spec_files(&written.spec_files)? {
        eprintln!("kms-errors-build: wrote {}", path.display());
    }
    let what = if written.changed {
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
    if check.is_fresh() {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("{check}");
    Ok(ExitCode::from(1))
}

fn run_tables(path: &Path) -> ExitCode {
    match tables_json(path) {
        Ok(json) => to_stdout(&json),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}

fn run_diff(command: &Diff) -> ExitCode {
    let input = DiffInput {
        old: &command.old,
        new: &command.new,
        options: &command.options,
        names: command.names.as_deref(),
        retired: command.retired.as_deref(),
        new_names: command.new_names.as_deref(),
        enum_name: command.enum_name.as_deref().unwrap_or(""),
    };
    match diff_pages(&input, command.json) {
        Ok(report) => to_stdout(&report),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}
