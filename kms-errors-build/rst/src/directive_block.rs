//! A directive's block as docutils 0.19's `parse_directive_block` reads
//! it: arguments, options (a field list checked against the directive's
//! option spec) and content.

use super::blocks::Origin;
use super::directives::{Content, Directive};
use super::lines::{indentation, is_blank, is_py_space};
use super::markers::field_marker;

/// A directive's block as `parse_directive_block` splits it.
pub(super) struct Parsed {
    pub arguments: Vec<String>,
    pub options: Vec<(String, String)>,
    pub content: Vec<String>,
    /// Where the content's first line is.
    pub content_at: Origin,
}

/// docutils' `parse_directive_block`: arguments, options and content,
/// or the error docutils reports.
pub(super) fn parse_directive(
    d: &Directive,
    block: &[String],
    here: Origin,
    body_at: Origin,
) -> Result<Parsed, String> {
    let error = |detail: String| format!("error in \"{}\" directive: {detail}", d.name);
    let takes_arguments = d.required_arguments + d.optional_arguments > 0;
    let has_options = d.options.is_some_and(|o| !o.is_empty());
    let mut first_line_at = Origin {
        line: here.line,
        column: body_at.column,
    };
    // A blank first line goes; the arguments then start on the next.
    let mut block = block;
    let mut body_at = body_at;
    if block.first().is_some_and(|l| is_blank(l)) {
        block = block.get(1..).unwrap_or_default();
        body_at = body_at.down(1);
        first_line_at = body_at;
    }
    let (mut arg_block, mut content, mut content_at): (Vec<String>, Vec<String>, Origin) =
        if !block.is_empty() && (takes_arguments || has_options) {
            let i = block
                .iter()
                .position(|l| is_blank(l))
                .unwrap_or(block.len());
            (
                block.get(..i).unwrap_or_default().to_vec(),
                block.get(i + 1..).unwrap_or_default().to_vec(),
                body_at.down(i + 1),
            )
        } else {
            (Vec::new(), block.to_vec(), first_line_at)
        };
    let mut options = Vec::new();
    if has_options {
        if let Some(i) = arg_block.iter().position(|l| field_marker(l).is_some()) {
            let option_block = arg_block.split_off(i);
            options = parse_options(d, &option_block).map_err(error)?;
        }
    }
    if !arg_block.is_empty() && !takes_arguments {
        let i = block
            .iter()
            .position(|l| is_blank(l))
            .unwrap_or(block.len());
        let mut all = arg_block;
        all.extend(block.get(i..).unwrap_or_default().iter().cloned());
        content = all;
        content_at = first_line_at;
        arg_block = Vec::new();
    }
    while content.first().is_some_and(|l| is_blank(l)) {
        content.remove(0);
        content_at = content_at.down(1);
    }
    let arguments = if takes_arguments {
        parse_arguments(d, &arg_block).map_err(error)?
    } else {
        Vec::new()
    };
    if !content.is_empty() && d.content == Content::None {
        return Err(error("no content permitted".to_string()));
    }
    Ok(Parsed {
        arguments,
        options,
        content,
        content_at,
    })
}

/// The value of option `name`, if given.
pub(super) fn option<'p>(parsed: &'p Parsed, name: &str) -> Option<&'p str> {
    parsed
        .options
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

pub(super) fn has_option(parsed: &Parsed, name: &str) -> bool {
    parsed.options.iter().any(|(n, _)| n == name)
}

/// Options that take no value.
const FLAGS: &[&str] = &["keepspace", "ltrim", "rtrim", "trim", "local", "literal"];
/// Options that may be given without a value (docutils' `unchanged`).
const EMPTY_ALLOWED: &[&str] = &["alt", "code", "header", "name", "parser"];

/// Whether docutils' converter for option `name` accepts `value`.
fn valid_value(name: &str, value: &str) -> bool {
    let number = |v: &str| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    // `length_or_percentage_or_unitless`: a number, then a unit or none.
    let length = |v: &str, units: &[&str]| {
        let digits = v.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%');
        let unit = v.get(digits.len()..).unwrap_or_default().trim_start();
        digits.trim_end().parse::<f64>().is_ok() && (unit.is_empty() || units.contains(&unit))
    };
    const UNITS: &[&str] = &["em", "ex", "px", "in", "cm", "mm", "pt", "pc", "%"];
    match name {
        _ if NUMBERS.contains(&name) => value.parse::<i64>().is_ok(),
        "align" => matches!(
            value,
            "left" | "center" | "right" | "top" | "middle" | "bottom"
        ),
        "widths" => {
            matches!(value, "auto" | "grid")
                || value
                    .split(|c: char| c == ',' || is_py_space(c))
                    .filter(|w| !w.is_empty())
                    .all(|w| number(w) && w != "0")
        }
        "width" | "height" => length(value, UNITS),
        "figwidth" => value == "image" || length(value, UNITS),
        "scale" => number(value.trim_end_matches('%').trim_end()),
        _ => true,
    }
}

/// Options whose value is a whole number.
const NUMBERS: &[&str] = &[
    "header-rows",
    "stub-columns",
    "depth",
    "start",
    "tab-width",
    "start-line",
    "end-line",
];

/// docutils' `parse_extension_options`: the option block as a field list
/// of known options.
fn parse_options(d: &Directive, block: &[String]) -> Result<Vec<(String, String)>, String> {
    let known = d.options.unwrap_or_default();
    let mut options: Vec<(String, String)> = Vec::new();
    for line in block {
        match field_marker(line) {
            Some((name, column)) => {
                let value: String = line.chars().skip(column).collect();
                options.push((name, value));
            }
            None if indentation(line) > 0 => {
                let Some((_, value)) = options.last_mut() else {
                    return Err("invalid option block".to_string());
                };
                value.push('\n');
                value.push_str(line.trim_start_matches(' '));
            }
            None => return Err("invalid option block".to_string()),
        }
    }
    for (name, value) in &mut options {
        if !known.contains(&name.as_str()) {
            return Err(format!("unknown option: \"{name}\""));
        }
        let trimmed = value.trim_matches(is_py_space).to_string();
        if FLAGS.contains(&name.as_str()) {
            if !trimmed.is_empty() {
                return Err(format!("invalid option value: (option: \"{name}\"; value: '{trimmed}') no argument is allowed"));
            }
        } else if name == "number-lines" {
            if !trimmed.is_empty() && trimmed.parse::<i64>().is_err() {
                return Err(format!(
                    "invalid option value: (option: \"{name}\"; value: '{trimmed}')"
                ));
            }
        } else if trimmed.is_empty() && !EMPTY_ALLOWED.contains(&name.as_str()) {
            return Err(format!("invalid option value: (option: \"{name}\"; value: None) argument required but none supplied"));
        } else if !valid_value(name, &trimmed) {
            return Err(format!(
                "invalid option value: (option: \"{name}\"; value: '{trimmed}')"
            ));
        }
        *value = trimmed;
    }
    let mut seen = std::collections::BTreeSet::new();
    for (name, _) in &options {
        if !seen.insert(name.clone()) {
            return Err(format!("duplicate option \"{name}\""));
        }
    }
    Ok(options)
}

/// docutils' `parse_directive_arguments`.
fn parse_arguments(d: &Directive, block: &[String]) -> Result<Vec<String>, String> {
    let text = block.join("\n");
    let words: Vec<&str> = text.split(is_py_space).filter(|w| !w.is_empty()).collect();
    let most = d.required_arguments + d.optional_arguments;
    if words.len() < d.required_arguments {
        return Err(format!(
            "{} argument(s) required, {} supplied",
            d.required_arguments,
            words.len()
        ));
    }
    if words.len() <= most {
        return Ok(words.into_iter().map(str::to_string).collect());
    }
    if !d.final_argument_whitespace {
        return Err(format!(
            "maximum {most} argument(s) allowed, {} supplied",
            words.len()
        ));
    }
    // The last argument takes the rest of the text (`str.split(None, n)`).
    let mut rest = text.trim_start_matches(is_py_space);
    let mut arguments = Vec::new();
    for _ in 0..most.saturating_sub(1) {
        let end = rest.find(is_py_space).unwrap_or(rest.len());
        arguments.push(rest.get(..end).unwrap_or_default().to_string());
        rest = rest
            .get(end..)
            .unwrap_or_default()
            .trim_start_matches(is_py_space);
    }
    arguments.push(rest.trim_end_matches(is_py_space).to_string());
    Ok(arguments)
}
