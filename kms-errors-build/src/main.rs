//! The `kms-errors-build` command: argument parsing and exit codes only.

use std::path::Path;
use std::process::ExitCode;

use kms_errors_build::{Builder, Field, Policy, Shape, Warning};

const USAGE: &str = "\
Usage:
  kms-errors-build generate SPEC [-o FILE] [--check] [--enum-name NAME]
                   [--names FILE [--retired FILE]] [--data-only] [--lenient]
                   [--column HEADER=FIELD]...
  kms-errors-build diff OLD NEW [--json] [--lenient] [--column HEADER=FIELD]...
  kms-errors-build tables FILE

`generate` makes a Rust error enum from the RST \"Error Code\" page SPEC.
  -o, --output FILE       write to FILE (only if its content changes) instead of stdout
  --check                 write nothing; exit 1 if FILE differs from what SPEC generates
  --enum-name NAME        name of the generated enum (default: KmsError)
  --names FILE            pinned variant names, one \"CODE NAME\" line per code; codes
                          it lacks are appended; pinned codes gone from SPEC become
                          deprecated variants, their last rows kept in the retired
                          file (default: retired.txt beside FILE)
  --data-only             emit only the data, for the kms-errors crate's API
                          (default: a standalone module with its own ErrorInfo)
  --lenient               report unusable rows as warnings and go on (default: errors)
  --column HEADER=FIELD   read the column HEADER as FIELD (status, code, message,
                          description, measure) or leave it out (ignore)

`diff` reports the codes added, retired and changed between two revisions of
a page, and what that means for semver (--json: the same as JSON).

`tables` prints every grid table of FILE as JSON, as docutils parses it.

Exit status: 0 success, 1 --check found FILE out of date, 2 bad input or usage.";

struct Generate {
    output: Option<String>,
    check: bool,
    builder: Builder,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("kms-errors-build {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("generate") => match parse_generate(&args[1..]) {
            Ok(command) => run_generate(&command),
            Err(message) => usage_error(&message),
        },
        Some("diff") => run_diff(&args[1..]),
        Some("tables") => match &args[1..] {
            [file] => run_tables(file),
            _ => usage_error("tables needs exactly one FILE"),
        },
        Some(other) => usage_error(&format!("unknown command {other:?}")),
        None => usage_error("no command given"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("kms-errors-build: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn parse_generate(args: &[String]) -> Result<Generate, String> {
    let mut spec = None;
    let mut output = None;
    let mut check = false;
    let mut builder = Builder::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match arg.as_str() {
            "-o" | "--output" => output = Some(value(arg)?),
            "--enum-name" => builder = builder.enum_name(value(arg)?),
            "--check" => check = true,
            "--data-only" => builder = builder.shape(Shape::DataOnly),
            "--names" => builder = builder.names(value(arg)?),
            "--retired" => builder = builder.retired(value(arg)?),
            "--lenient" => builder = builder.policy(Policy::Lenient),
            "--column" => {
                builder = match parse_column(&value(arg)?)? {
                    (header, Some(field)) => builder.column(header, field),
                    (header, None) => builder.ignore_column(header),
                };
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option {flag:?}"))
            }
            path if spec.is_none() => spec = Some(path.to_string()),
            extra => return Err(format!("unexpected argument {extra:?}")),
        }
    }
    let spec = spec.ok_or("generate needs the SPEC file")?;
    if check && output.is_none() {
        return Err("--check needs -o FILE to compare with".to_string());
    }
    if let Some(output) = &output {
        // The previous output holds the last rows of codes that just left
        // the page.
        builder = builder.previous(output);
    }
    Ok(Generate {
        builder: builder.spec(&spec),
        output,
        check,
    })
}

/// `HEADER=FIELD`, where FIELD is a field name or `ignore`.
fn parse_column(mapping: &str) -> Result<(String, Option<Field>), String> {
    let (header, field) = mapping
        .rsplit_once('=')
        .ok_or_else(|| format!("--column takes HEADER=FIELD, not {mapping:?}"))?;
    match (field, Field::from_name(field)) {
        ("ignore", _) => Ok((header.to_string(), None)),
        (_, Some(field)) => Ok((header.to_string(), Some(field))),
        (other, None) => Err(format!(
            "unknown field {other:?} (status, code, message, description, measure, ignore)"
        )),
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
            print!("{}", generated.source);
            Ok(ExitCode::SUCCESS)
        }),
    };
    result.unwrap_or_else(|err| {
        eprintln!("{err}");
        ExitCode::from(2)
    })
}

fn write(builder: &Builder, output: &str) -> Result<ExitCode, kms_errors_build::Error> {
    let generated = builder.generate_for(output)?;
    report(&generated.warnings);
    for path in builder.update_spec_files(&generated)? {
        eprintln!("kms-errors-build: wrote {}", path.display());
    }
    let changed = builder.write_generated(output, &generated)?;
    let what = if changed { "wrote" } else { "up to date:" };
    eprintln!("kms-errors-build: {what} {output}");
    Ok(ExitCode::SUCCESS)
}

fn check(builder: &Builder, output: &str) -> Result<ExitCode, kms_errors_build::Error> {
    let expected = builder.generate_for(output)?;
    report(&expected.warnings);
    let mut stale = Vec::new();
    match std::fs::read(output) {
        Ok(current) if current == expected.source.as_bytes() => {}
        Ok(_) => stale.push(format!("{output}: differs from what the spec generates")),
        Err(_) => stale.push(format!("{output}: cannot be read")),
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
        builder.command(Some(Path::new(output)))
    );
    Ok(ExitCode::from(1))
}

fn run_tables(path: &str) -> ExitCode {
    match kms_errors_build::list_tables(path) {
        Ok(json) => {
            print!("{json}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}

fn run_diff(args: &[String]) -> ExitCode {
    let mut paths = Vec::new();
    let mut json = false;
    let mut options = kms_errors_build::model::Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lenient" => options.policy = Policy::Lenient,
            "--column" => match args.next().map(|m| parse_column(m)) {
                Some(Ok(mapping)) => options.columns.push(mapping),
                Some(Err(message)) => return usage_error(&message),
                None => return usage_error("--column needs a value"),
            },
            flag if flag.starts_with('-') => {
                return usage_error(&format!("unknown option {flag:?}"))
            }
            path => paths.push(path.to_string()),
        }
    }
    let [old, new] = &paths[..] else {
        return usage_error("diff needs OLD and NEW");
    };
    match kms_errors_build::diff_pages(old, new, &options, json) {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}
