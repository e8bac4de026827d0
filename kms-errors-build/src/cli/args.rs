//! The command line: usage texts, and the arguments parsed into a
//! [`Command`] (each option once, every value an `OsString` until it must
//! be text).

use std::ffi::OsString;
use std::path::PathBuf;

use crate::flags::{
    CHECK, COLUMN, DOCTEST_PATH, ENUM_NAME, IGNORE, JSON, JSON_FEATURE, LENIENT, NAMES, NEW_NAMES,
    OUTPUT, OUTPUT_SHORT, PREVIOUS, RETIRED, SERDE, SERDE_FEATURE,
};
use crate::model::Options;
use crate::model::{Field, Policy};
use crate::{Builder, Include};
use lexopt::prelude::*;

pub(crate) const USAGE: &str = "\
Usage:
  kms-errors-build generate SPEC --enum-name NAME [-o FILE] [--check]
                   [--names FILE [--retired FILE] [--previous OLD]] [--lenient]
                   [--serde | --serde-feature FEATURE] [--json | --json-feature FEATURE]
                   [--doctest-path PATH] [--column HEADER=FIELD]...
  kms-errors-build diff OLD NEW [--names FILE [--retired FILE] [--new-names FILE]]
                   [--enum-name NAME]
                   [--json] [--lenient] [--column HEADER=FIELD]...
  kms-errors-build tables FILE
  kms-errors-build COMMAND --help
  kms-errors-build --version

`generate` makes a Rust error enum from the RST \"Error Code\" page SPEC.
`diff` reports what changed between two revisions of a page.
`tables` prints every grid table of a file as JSON, as docutils parses it.

Exit status: 0 success, 1 --check found FILE out of date, 2 bad input or usage.";

const GENERATE_USAGE: &str = "\
Usage: kms-errors-build generate SPEC --enum-name NAME [OPTIONS]

Makes a Rust module from the RST \"Error Code\" page SPEC: an error enum with
the page's codes and its API (no_std, no dependencies but optional serde and
serde_json).
  -o, --output FILE       write to FILE (only if its content changes) instead of stdout
  --check                 write nothing; exit 1 if FILE differs from what SPEC generates
  --enum-name NAME        name of the generated enum (required)
  --names FILE            pinned variant names, one \"CODE NAME\" line per code; codes
                          it lacks are appended; pinned codes gone from SPEC become
                          deprecated variants, their last rows kept in the retired
                          file (default: retired.txt beside FILE)
  --retired FILE          the retired file (with --names)
  --previous OLD          the previous revision of the page: the last rows of pinned
                          codes that have just left SPEC come from it (with --names)
  --serde                 serde impls and ErrorResponse (the crate depends on serde)
  --serde-feature FEATURE the same under #[cfg(feature = \"FEATURE\")]
  --json                  ApiError, read from any response body (the crate depends on
                          serde_json with alloc, and has extern crate alloc)
  --json-feature FEATURE  the same under #[cfg(feature = \"FEATURE\")]
  --doctest-path PATH     the module's path from outside its crate (my_crate::errors):
                          doc examples import it and run as doctests
  --lenient               report unusable rows as warnings and go on (default: errors)
  --column HEADER=FIELD   read the column HEADER as FIELD (status, code, message,
                          description, measure) or leave it out (ignore); repeatable
  -h, --help              this text

Exit status: 0 success, 1 --check found FILE out of date, 2 bad input or usage.";

const DIFF_USAGE: &str = "\
Usage: kms-errors-build diff OLD NEW [OPTIONS]

Reports the codes added, retired and changed between two revisions of a page,
what the generated enum does about it, and what that means for semver.
  --names FILE            the names file as it was for OLD: variants are compared
                          as generating with it gives them (without: names derived,
                          discriminants in page order)
  --retired FILE          the retired file (with --names)
  --new-names FILE        the names file for NEW, if edited by hand (with --names;
                          default: --names as generating OLD leaves it)
  --enum-name NAME        the enum's name (derived names never take it)
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

/// Why the command line cannot be run, and the usage text it is about.
pub(crate) struct UsageError {
    pub(crate) message: String,
    pub(crate) usage: &'static str,
}

impl UsageError {
    fn new(message: impl Into<String>, usage: &'static str) -> Self {
        UsageError {
            message: message.into(),
            usage,
        }
    }

    /// The command whose `--help` explains the usage (`generate` …), or
    /// `None` for the tool as a whole.
    pub(crate) fn command(&self) -> Option<&'static str> {
        [
            (GENERATE_USAGE, "generate"),
            (DIFF_USAGE, "diff"),
            (TABLES_USAGE, "tables"),
        ]
        .into_iter()
        .find(|(usage, _)| *usage == self.usage)
        .map(|(_, command)| command)
    }
}

/// What the command line asks for.
pub(crate) enum Command {
    Help(&'static str),
    Version,
    Generate(Box<Generate>),
    Diff(Diff),
    Tables(PathBuf),
}

/// `generate`: the builder, with its output if the command names one.
pub(crate) struct Generate {
    /// `--check`: compare instead of writing.
    pub(crate) check: bool,
    /// `-o FILE`.
    pub(crate) output: Option<PathBuf>,
    pub(crate) builder: Builder,
}

/// `diff OLD NEW`.
pub(crate) struct Diff {
    pub(crate) old: PathBuf,
    pub(crate) new: PathBuf,
    pub(crate) json: bool,
    pub(crate) options: Options,
    pub(crate) names: Option<PathBuf>,
    pub(crate) retired: Option<PathBuf>,
    pub(crate) new_names: Option<PathBuf>,
    pub(crate) enum_name: Option<String>,
}

/// The command `parser`'s arguments ask for.
pub(crate) fn parse(mut parser: lexopt::Parser) -> Result<Command, UsageError> {
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
            format!("--{option} given more than once"),
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
            format!("--{option} given more than once"),
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
                "the value of --{option} is not valid UTF-8: {:?}",
                value.to_string_lossy()
            ),
            usage,
        )
    })
}

/// What `generate`'s options said, before they are checked together.
#[derive(Default)]
struct GenerateArgs {
    spec: Option<PathBuf>,
    output: Option<PathBuf>,
    enum_name: Option<String>,
    names: Option<PathBuf>,
    retired: Option<PathBuf>,
    previous: Option<PathBuf>,
    serde: Option<Include>,
    json: Option<Include>,
    doctest_path: Option<String>,
    check: bool,
    lenient: bool,
    columns: Vec<(String, Option<Field>)>,
}

fn parse_generate(parser: &mut lexopt::Parser) -> Result<Command, UsageError> {
    const U: &str = GENERATE_USAGE;
    let lexopt = |err: lexopt::Error| UsageError::new(err.to_string(), U);
    let path = |parser: &mut lexopt::Parser| parser.value().map(PathBuf::from).map_err(lexopt);
    let value = |parser: &mut lexopt::Parser, option: &str| {
        text(parser.value().map_err(lexopt)?, option, U)
    };
    let mut a = GenerateArgs::default();
    while let Some(arg) = parser.next().map_err(lexopt)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(U)),
            Short(c) if c == OUTPUT_SHORT => once(&mut a.output, path(parser)?, OUTPUT, U)?,
            Long(o) if o == OUTPUT => once(&mut a.output, path(parser)?, OUTPUT, U)?,
            Long(o) if o == ENUM_NAME => {
                let name = value(parser, ENUM_NAME)?;
                once(&mut a.enum_name, name, ENUM_NAME, U)?;
            }
            Long(o) if o == NAMES => once(&mut a.names, path(parser)?, NAMES, U)?,
            Long(o) if o == RETIRED => once(&mut a.retired, path(parser)?, RETIRED, U)?,
            Long(o) if o == PREVIOUS => once(&mut a.previous, path(parser)?, PREVIOUS, U)?,
            Long(o) if o == CHECK => flag_once(&mut a.check, CHECK, U)?,
            Long(o) if o == SERDE => once(&mut a.serde, Include::Always, SERDE, U)?,
            Long(o) if o == SERDE_FEATURE => {
                let feature = Include::IfFeature(value(parser, SERDE_FEATURE)?);
                once(&mut a.serde, feature, "serde or --serde-feature", U)?;
            }
            Long(o) if o == JSON => once(&mut a.json, Include::Always, JSON, U)?,
            Long(o) if o == JSON_FEATURE => {
                let feature = Include::IfFeature(value(parser, JSON_FEATURE)?);
                once(&mut a.json, feature, "json or --json-feature", U)?;
            }
            Long(o) if o == DOCTEST_PATH => {
                let path = value(parser, DOCTEST_PATH)?;
                once(&mut a.doctest_path, path, DOCTEST_PATH, U)?;
            }
            Long(o) if o == LENIENT => flag_once(&mut a.lenient, LENIENT, U)?,
            Long(o) if o == COLUMN => a.columns.push(parse_column(&value(parser, COLUMN)?, U)?),
            Value(path) if a.spec.is_none() => a.spec = Some(PathBuf::from(path)),
            other => return Err(lexopt(other.unexpected())),
        }
    }
    a.into_command()
}

impl GenerateArgs {
    /// The `generate` command these options describe, or why they do not
    /// go together.
    fn into_command(self) -> Result<Command, UsageError> {
        const U: &str = GENERATE_USAGE;
        let Some(spec) = self.spec else {
            return Err(UsageError::new("generate needs the SPEC file", U));
        };
        if self.check && self.output.is_none() {
            return Err(UsageError::new("--check needs -o FILE to compare with", U));
        }
        let Some(enum_name) = self.enum_name else {
            return Err(UsageError::new("generate needs --enum-name NAME", U));
        };
        // The retired file keeps the last rows of the codes the names file
        // pinned: without one it has nothing to keep.
        if self.retired.is_some() && self.names.is_none() {
            return Err(UsageError::new("--retired needs --names FILE", U));
        }
        if self.previous.is_some() && self.names.is_none() {
            return Err(UsageError::new("--previous needs --names FILE", U));
        }
        let mut builder = Builder::new().spec(spec).enum_name(enum_name);
        if let Some(previous) = self.previous {
            builder = builder.previous(previous);
        }
        if let Some(names) = self.names {
            builder = builder.names(names);
        }
        if let Some(retired) = self.retired {
            builder = builder.retired(retired);
        }
        if let Some(serde) = self.serde {
            builder = builder.serde(serde);
        }
        if let Some(json) = self.json {
            builder = builder.json(json);
        }
        if let Some(path) = self.doctest_path {
            builder = builder.doctest_path(path);
        }
        if self.lenient {
            builder = builder.policy(Policy::Lenient);
        }
        for (header, field) in self.columns {
            builder = builder.column(header, field);
        }
        if let Some(output) = &self.output {
            builder = builder.output(output);
        }
        Ok(Command::Generate(Box::new(Generate {
            check: self.check,
            output: self.output,
            builder,
        })))
    }
}

fn parse_diff(parser: &mut lexopt::Parser) -> Result<Command, UsageError> {
    const U: &str = DIFF_USAGE;
    let lexopt = |err: lexopt::Error| UsageError::new(err.to_string(), U);
    let path = |parser: &mut lexopt::Parser| parser.value().map(PathBuf::from).map_err(lexopt);
    let mut paths = Vec::new();
    let (mut json, mut lenient) = (false, false);
    let mut options = Options::default();
    let (mut names, mut retired, mut enum_name, mut new_names) = (None, None, None, None);
    while let Some(arg) = parser.next().map_err(lexopt)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(U)),
            Long(o) if o == JSON => flag_once(&mut json, JSON, U)?,
            Long(o) if o == NAMES => once(&mut names, path(parser)?, NAMES, U)?,
            Long(o) if o == RETIRED => once(&mut retired, path(parser)?, RETIRED, U)?,
            Long(o) if o == NEW_NAMES => once(&mut new_names, path(parser)?, NEW_NAMES, U)?,
            Long(o) if o == ENUM_NAME => {
                let name = text(parser.value().map_err(lexopt)?, ENUM_NAME, U)?;
                once(&mut enum_name, name, ENUM_NAME, U)?;
            }
            Long(o) if o == LENIENT => flag_once(&mut lenient, LENIENT, U)?,
            Long(o) if o == COLUMN => {
                let mapping = text(parser.value().map_err(lexopt)?, COLUMN, U)?;
                options.columns.push(parse_column(&mapping, U)?);
            }
            Value(path) if paths.len() < 2 => paths.push(PathBuf::from(path)),
            other => return Err(lexopt(other.unexpected())),
        }
    }
    if lenient {
        options.policy = Policy::Lenient;
    }
    if (retired.is_some() || new_names.is_some()) && names.is_none() {
        return Err(UsageError::new(
            "--retired and --new-names need --names FILE",
            U,
        ));
    }
    let mut paths = paths.into_iter();
    match (paths.next(), paths.next()) {
        (Some(old), Some(new)) => Ok(Command::Diff(Diff {
            old,
            new,
            json,
            options,
            names,
            retired,
            new_names,
            enum_name,
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
    match (field, field.parse::<Field>()) {
        (IGNORE, _) => Ok((header.to_string(), None)),
        (_, Ok(field)) => Ok((header.to_string(), Some(field))),
        (other, Err(_)) => Err(UsageError::new(
            format!(
                "unknown field {other:?} (status, code, message, description, measure, ignore)"
            ),
            usage,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every option the builder can write and the parser reads is in the
    /// usage texts (the names themselves are defined once, in `flags`).
    #[test]
    fn every_option_is_documented() {
        let usage = [USAGE, GENERATE_USAGE, DIFF_USAGE].concat();
        for flag in crate::flags::ALL {
            assert!(usage.contains(&format!("--{flag}")), "--{flag}");
        }
        assert!(GENERATE_USAGE.contains(&format!("-{OUTPUT_SHORT}, --{OUTPUT}")));
    }
}
