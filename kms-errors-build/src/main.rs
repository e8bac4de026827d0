//! The `kms-errors-build` command: argument parsing and exit codes only.
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

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kms_errors_build::{Builder, Field, Policy, Shape, Warning};
use lexopt::prelude::*;

const USAGE: &str = "\
Usage:
  kms-errors-build generate SPEC [-o FILE] [--check] [--enum-name NAME]
                   [--names FILE [--retired FILE]] [--data-only] [--lenient]
                   [--column HEADER=FIELD]...
  kms-errors-build generate --kms-errors [SPEC] [--check]   (in the kms-errors package)
  kms-errors-build diff OLD NEW [--json] [--lenient] [--column HEADER=FIELD]...
  kms-errors-build tables FILE
  kms-errors-build COMMAND --help
  kms-errors-build --version

`generate` makes a Rust error enum from the RST \"Error Code\" page SPEC.
`diff` reports what changed between two revisions of a page.
`tables` prints every grid table of a file as JSON, as docutils parses it.

Exit status: 0 success, 1 --check found FILE out of date, 2 bad input or usage.";

const GENERATE_USAGE: &str = "\
Usage: kms-errors-build generate SPEC [OPTIONS]
       kms-errors-build generate --kms-errors [SPEC] [OPTIONS]

Makes a Rust error enum from the RST \"Error Code\" page SPEC.
  --kms-errors            the kms-errors crate's own settings, run in its package:
                          SPEC defaults to spec/error_code.rst, -o to
                          kms-errors/generated.rs, with --data-only and
                          --names spec/names.txt
  -o, --output FILE       write to FILE (only if its content changes) instead of stdout
  --check                 write nothing; exit 1 if FILE differs from what SPEC generates
  --enum-name NAME        name of the generated enum (default: KmsError)
  --names FILE            pinned variant names, one \"CODE NAME\" line per code; codes
                          it lacks are appended; pinned codes gone from SPEC become
                          deprecated variants, their last rows kept in the retired
                          file (default: retired.txt beside FILE)
  --retired FILE          the retired file (with --names)
  --data-only             emit only the data, for the kms-errors crate's API
                          (default: a standalone module with its own ErrorInfo)
  --lenient               report unusable rows as warnings and go on (default: errors)
  --column HEADER=FIELD   read the column HEADER as FIELD (status, code, message,
                          description, measure) or leave it out (ignore); repeatable
  -h, --help              this text

Exit status: 0 success, 1 --check found FILE out of date, 2 bad input or usage.";

const DIFF_USAGE: &str = "\
Usage: kms-errors-build diff OLD NEW [OPTIONS]

Reports the codes added, retired and changed between two revisions of a page,
and what that means for semver.
  --json                  the same report as JSON
  --lenient               report unusable rows as warnings and go on (default: errors)
  --column HEADER=FIELD   as for generate; repeatable
  -h, --help              this text

Exit status: 0 success, 2 bad input or usage.";

const TABLES_USAGE: &str = "\
Usage: kms-errors-build tables FILE

Prints every grid table of FILE (nested tables included) as JSON, one object
per table, as docutils 0.19 parses them; a malformed table is an error at the
line docutils names.
  -h, --help              this text

Exit status: 0 success, 2 bad input or usage.";

/// Why the command line cannot be run, with the usage text to show.
struct UsageError {
    message: String,
    usage: &'static str,
}

impl UsageError {
    fn new(message: impl Into<String>, usage: &'static str) -> Self {
        UsageError {
            message: message.into(),
            usage,
        }
    }
}

/// What the command line asks for.
enum Command {
    Help(&'static str),
    Version,
    Generate(Generate),
    Diff(Diff),
    Tables(PathBuf),
}

struct Generate {
    output: Option<PathBuf>,
    check: bool,
    builder: Builder,
}

struct Diff {
    old: PathBuf,
    new: PathBuf,
    json: bool,
    options: kms_errors_build::model::Options,
}

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
            eprintln!("kms-errors-build: {}\n\n{}", err.message, err.usage);
            ExitCode::from(2)
        }
    }
}

fn parse(mut parser: lexopt::Parser) -> Result<Command, UsageError> {
    let lexopt = |err: lexopt::Error| UsageError::new(err.to_string(), USAGE);
    match parser.next().map_err(lexopt)? {
        None => Err(UsageError::new("no command given", USAGE)),
        Some(Short('h') | Long("help")) => Ok(Command::Help(USAGE)),
        Some(Short('V') | Long("version")) => Ok(Command::Version),
        Some(Value(command)) => match command.to_str() {
            Some("help") => Ok(Command::Help(USAGE)),
            Some("generate") => parse_generate(&mut parser),
            Some("diff") => parse_diff(&mut parser),
            Some("tables") => parse_tables(&mut parser),
            _ => Err(UsageError::new(
                format!("unknown command {:?}", command.to_string_lossy()),
                USAGE,
            )),
        },
        Some(other) => Err(lexopt(other.unexpected())),
    }
}

/// Stores `value` for an option that may be given once.
fn once<T>(
    slot: &mut Option<T>,
    value: T,
    option: &str,
    usage: &'static str,
) -> Result<(), UsageError> {
    if slot.is_some() {
        return Err(UsageError::new(
            format!("{option} given more than once"),
            usage,
        ));
    }
    *slot = Some(value);
    Ok(())
}

/// Sets a flag that may be given once.
fn flag_once(flag: &mut bool, option: &str, usage: &'static str) -> Result<(), UsageError> {
    if *flag {
        return Err(UsageError::new(
            format!("{option} given more than once"),
            usage,
        ));
    }
    *flag = true;
    Ok(())
}

/// An option's value that must be text.
fn text(value: OsString, option: &str, usage: &'static str) -> Result<String, UsageError> {
    value.into_string().map_err(|value| {
        UsageError::new(
            format!(
                "the value of {option} is not valid UTF-8: {:?}",
                value.to_string_lossy()
            ),
            usage,
        )
    })
}

fn parse_generate(parser: &mut lexopt::Parser) -> Result<Command, UsageError> {
    const U: &str = GENERATE_USAGE;
    let lexopt = |err: lexopt::Error| UsageError::new(err.to_string(), U);
    let path = |parser: &mut lexopt::Parser| parser.value().map(PathBuf::from).map_err(lexopt);
    let (mut spec, mut output, mut enum_name, mut names, mut retired) =
        (None, None, None, None, None);
    let (mut check, mut data_only, mut lenient, mut kms_errors) = (false, false, false, false);
    let mut columns = Vec::new();
    while let Some(arg) = parser.next().map_err(lexopt)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(U)),
            Short('o') | Long("output") => once(&mut output, path(parser)?, "--output", U)?,
            Long("enum-name") => {
                let name = text(parser.value().map_err(lexopt)?, "--enum-name", U)?;
                once(&mut enum_name, name, "--enum-name", U)?;
            }
            Long("names") => once(&mut names, path(parser)?, "--names", U)?,
            Long("retired") => once(&mut retired, path(parser)?, "--retired", U)?,
            Long("check") => flag_once(&mut check, "--check", U)?,
            Long("kms-errors") => flag_once(&mut kms_errors, "--kms-errors", U)?,
            Long("data-only") => flag_once(&mut data_only, "--data-only", U)?,
            Long("lenient") => flag_once(&mut lenient, "--lenient", U)?,
            Long("column") => {
                let mapping = text(parser.value().map_err(lexopt)?, "--column", U)?;
                columns.push(parse_column(&mapping, U)?);
            }
            Value(path) if spec.is_none() => spec = Some(PathBuf::from(path)),
            other => return Err(lexopt(other.unexpected())),
        }
    }
    let mut builder = if kms_errors {
        output.get_or_insert_with(|| PathBuf::from(Builder::KMS_ERRORS_OUTPUT));
        Builder::kms_errors("")
    } else {
        Builder::new()
    };
    match spec {
        Some(spec) => builder = builder.spec(spec),
        None if kms_errors => {}
        None => return Err(UsageError::new("generate needs the SPEC file", U)),
    }
    if check && output.is_none() {
        return Err(UsageError::new("--check needs -o FILE to compare with", U));
    }
    if let Some(name) = enum_name {
        builder = builder.enum_name(name);
    }
    if let Some(names) = names {
        builder = builder.names(names);
    }
    if let Some(retired) = retired {
        builder = builder.retired(retired);
    }
    if data_only {
        builder = builder.shape(Shape::DataOnly);
    }
    if lenient {
        builder = builder.policy(Policy::Lenient);
    }
    for (header, field) in columns {
        builder = match field {
            Some(field) => builder.column(header, field),
            None => builder.ignore_column(header),
        };
    }
    if let Some(output) = &output {
        // The previous output holds the last rows of codes that just left
        // the page.
        builder = builder.previous(output);
    }
    Ok(Command::Generate(Generate {
        output,
        check,
        builder,
    }))
}

fn parse_diff(parser: &mut lexopt::Parser) -> Result<Command, UsageError> {
    const U: &str = DIFF_USAGE;
    let lexopt = |err: lexopt::Error| UsageError::new(err.to_string(), U);
    let mut paths = Vec::new();
    let (mut json, mut lenient) = (false, false);
    let mut options = kms_errors_build::model::Options::default();
    while let Some(arg) = parser.next().map_err(lexopt)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(U)),
            Long("json") => flag_once(&mut json, "--json", U)?,
            Long("lenient") => flag_once(&mut lenient, "--lenient", U)?,
            Long("column") => {
                let mapping = text(parser.value().map_err(lexopt)?, "--column", U)?;
                options.columns.push(parse_column(&mapping, U)?);
            }
            Value(path) if paths.len() < 2 => paths.push(PathBuf::from(path)),
            other => return Err(lexopt(other.unexpected())),
        }
    }
    if lenient {
        options.policy = Policy::Lenient;
    }
    let mut paths = paths.into_iter();
    match (paths.next(), paths.next()) {
        (Some(old), Some(new)) => Ok(Command::Diff(Diff {
            old,
            new,
            json,
            options,
        })),
        _ => Err(UsageError::new("diff needs OLD and NEW", U)),
    }
}

fn parse_tables(parser: &mut lexopt::Parser) -> Result<Command, UsageError> {
    const U: &str = TABLES_USAGE;
    let lexopt = |err: lexopt::Error| UsageError::new(err.to_string(), U);
    let mut file = None;
    while let Some(arg) = parser.next().map_err(lexopt)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(U)),
            Value(path) if file.is_none() => file = Some(PathBuf::from(path)),
            other => return Err(lexopt(other.unexpected())),
        }
    }
    file.map(Command::Tables)
        .ok_or_else(|| UsageError::new("tables needs exactly one FILE", U))
}

/// `HEADER=FIELD`, where FIELD is a field name or `ignore`.
fn parse_column(mapping: &str, usage: &'static str) -> Result<(String, Option<Field>), UsageError> {
    let (header, field) = mapping.rsplit_once('=').ok_or_else(|| {
        UsageError::new(
            format!("--column takes HEADER=FIELD, not {mapping:?}"),
            usage,
        )
    })?;
    match (field, Field::from_name(field)) {
        ("ignore", _) => Ok((header.to_string(), None)),
        (_, Some(field)) => Ok((header.to_string(), Some(field))),
        (other, None) => Err(UsageError::new(
            format!(
                "unknown field {other:?} (status, code, message, description, measure, ignore)"
            ),
            usage,
        )),
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
    let result = match (&command.output, command.check) {
        (Some(output), true) => check(builder, output),
        (Some(output), false) => write(builder, output),
        (None, _) => builder.generate().and_then(|generated| {
            report(&generated.warnings);
            for path in builder.update_spec_files(&generated)? {
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

fn write(builder: &Builder, output: &Path) -> Result<ExitCode, kms_errors_build::Error> {
    let generated = builder.generate_for(output)?;
    report(&generated.warnings);
    for path in builder.update_spec_files(&generated)? {
        eprintln!("kms-errors-build: wrote {}", path.display());
    }
    let changed = builder.write_generated(output, &generated)?;
    let what = if changed { "wrote" } else { "up to date:" };
    eprintln!("kms-errors-build: {what} {}", output.display());
    Ok(ExitCode::SUCCESS)
}

fn check(builder: &Builder, output: &Path) -> Result<ExitCode, kms_errors_build::Error> {
    let expected = builder.generate_for(output)?;
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
        builder.command(Some(output))
    );
    Ok(ExitCode::from(1))
}

fn run_tables(path: &Path) -> ExitCode {
    match kms_errors_build::list_tables(path) {
        Ok(json) => to_stdout(&json),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}

fn run_diff(command: &Diff) -> ExitCode {
    match kms_errors_build::diff_pages(&command.old, &command.new, &command.options, command.json) {
        Ok(report) => to_stdout(&report),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}
