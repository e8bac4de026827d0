//! The `kms-errors-build` command: running what [`args`] parsed, and exit
//! codes.
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

use kms_errors_tool::{
    diff_pages, list_tables, regenerate_command, write_spec_files, Builder, Warning,
};

use args::{parse, Command, Diff, Generate, Update};

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
        Ok(Command::Update(command)) => run_update(&command),
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
        (Some(output), true) => check(builder, output),
        (Some(output), false) => write(builder, output),
        (None, _) => builder.generate().and_then(|generated| {
            report(&generated.warnings);
            for path in write_spec_files(builder, &generated)? {
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

fn write(builder: &Builder, output: &Path) -> Result<ExitCode, kms_errors_tool::Error> {
    let written = builder.clone().update_names_files(true).write()?;
    report(&written.warnings);
    for path in &written.spec_files {
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

fn check(builder: &Builder, output: &Path) -> Result<ExitCode, kms_errors_tool::Error> {
    let expected = builder.generate()?;
    report(&expected.warnings);
    let mut stale = Vec::new();
    let shown = output.display();
    match std::fs::read(output) {
        Ok(current) if current == expected.source.as_bytes() => {}
        Ok(_) => stale.push(format!("{shown}: differs from what the spec generates")),
        Err(_) => stale.push(format!("{shown}: cannot be read")),
    }
    if !expected.unpinned.is_empty() && expected.names_file.is_some() {
        stale.push(format!(
            "the names file does not pin {}",
            expected.unpinned.join(", ")
        ));
    }
    if expected.retired_file.is_some() {
        stale.push("the retired file is not up to date".to_string());
    }
    if stale.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "{}; regenerate with:\n    {}",
        stale.join("; "),
        regenerate_command(builder)
    );
    Ok(ExitCode::from(1))
}

fn run_tables(path: &Path) -> ExitCode {
    match list_tables(path) {
        Ok(json) => to_stdout(&json),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}

fn run_diff(command: &Diff) -> ExitCode {
    let input = kms_errors_tool::DiffInput {
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

fn run_update(command: &Update) -> ExitCode {
    let package = Path::new("");
    let updated =
        match kms_errors_tool::update::update(package, &command.page, command.source.as_deref()) {
            Ok(updated) => updated,
            Err(err) => {
                eprintln!("{err}");
                return ExitCode::from(2);
            }
        };
    report(&updated.warnings);
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
        eprintln!("kms-errors-build: wrote {}", path.display());
    }
    if updated.written.is_empty() {
        eprintln!("kms-errors-build: up to date, nothing written");
    }
    to_stdout(&out)
}
