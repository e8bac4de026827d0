//! The `kms-errors-build` command: argument parsing and exit codes only.

use std::path::Path;
use std::process::ExitCode;

use kms_errors_build::{Builder, Field, Policy, Shape, Warning};

const USAGE: &str = "\
Usage:
  kms-errors-build generate SPEC [-o FILE] [--check] [--enum-name NAME]
                   [--data-only] [--lenient] [--column HEADER=FIELD]...
  kms-errors-build tables FILE

`generate` makes a Rust error enum from the RST \"Error Code\" page SPEC.
  -o, --output FILE       write to FILE (only if its content changes) instead of stdout
  --check                 write nothing; exit 1 if FILE differs from what SPEC generates
  --enum-name NAME        name of the generated enum (default: KmsError)
  --data-only             emit only the data, for the kms-errors crate's API
                          (default: a standalone module with its own ErrorInfo)
  --lenient               report unusable rows as warnings and go on (default: errors)
  --column HEADER=FIELD   read the column HEADER as FIELD (status, code, message,
                          description, measure) or leave it out (ignore)

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
            "--lenient" => builder = builder.policy(Policy::Lenient),
            "--column" => {
                let mapping = value(arg)?;
                let (header, field) = mapping
                    .rsplit_once('=')
                    .ok_or_else(|| format!("--column takes HEADER=FIELD, not {mapping:?}"))?;
                builder = match (field, Field::from_name(field)) {
                    ("ignore", _) => builder.ignore_column(header),
                    (_, Some(field)) => builder.column(header, field),
                    (other, None) => {
                        return Err(format!(
                            "unknown field {other:?} (status, code, message, description, measure, ignore)"
                        ))
                    }
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
    Ok(Generate {
        builder: builder.spec(&spec),
        output,
        check,
    })
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
        (Some(output), false) => builder.write_to(output).map(|written| {
            report(&written.warnings);
            let what = if written.changed {
                "wrote"
            } else {
                "up to date:"
            };
            eprintln!("kms-errors-build: {what} {output}");
            ExitCode::SUCCESS
        }),
        (None, _) => builder.generate().map(|generated| {
            report(&generated.warnings);
            print!("{}", generated.source);
            ExitCode::SUCCESS
        }),
    };
    result.unwrap_or_else(|err| {
        eprintln!("{err}");
        ExitCode::from(2)
    })
}

fn check(builder: &Builder, output: &str) -> Result<ExitCode, kms_errors_build::Error> {
    let expected = builder.generate_for(output)?;
    report(&expected.warnings);
    match std::fs::read(output) {
        Ok(current) if current == expected.source.as_bytes() => Ok(ExitCode::SUCCESS),
        found => {
            let why = match found {
                Ok(_) => "differs from what the spec generates",
                Err(_) => "cannot be read",
            };
            eprintln!(
                "{output}: {why}; regenerate it with:\n    {}",
                builder.command(Some(Path::new(output)))
            );
            Ok(ExitCode::from(1))
        }
    }
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
