//! The CSV that a `csv-table` directive holds, read as Python's `csv`
//! module reads it with docutils' dialect: `,` between fields, `"` quotes
//! (doubled inside a quoted field), white space after a delimiter skipped
//! unless `:keepspace:`, strict about quotes.

/// How to read the fields: docutils' `DocutilsDialect` and the
/// directive's `:delim:`, `:quote:`, `:escape:`, `:keepspace:` options.
pub(super) struct Dialect {
    delimiter: char,
    quote: char,
    escape: Option<char>,
    skip_initial_space: bool,
}

impl Dialect {
    /// The dialect the options give, or docutils' complaint about one.
    pub(super) fn from_options(options: &[(String, String)]) -> Result<Self, String> {
        let mut dialect = Dialect {
            delimiter: ',',
            quote: '"',
            escape: None,
            skip_initial_space: true,
        };
        for (name, value) in options {
            let one_char = || -> Result<char, String> {
                match value.as_str() {
                    "tab" => Ok('\t'),
                    "space" => Ok(' '),
                    _ => {
                        let mut chars = value.chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => Ok(c),
                            _ => Err(format!(
                                "invalid option value: (option: \"{name}\"; value: '{value}') 1-character string required"
                            )),
                        }
                    }
                }
            };
            match name.as_str() {
                "delim" => dialect.delimiter = one_char()?,
                "quote" => dialect.quote = one_char()?,
                "escape" => dialect.escape = Some(one_char()?),
                "keepspace" => dialect.skip_initial_space = false,
                _ => {}
            }
        }
        Ok(dialect)
    }
}

/// The rows of `text`, each a list of fields; Python's `csv` error
/// message for text it rejects.
pub(super) fn parse(text: &str, dialect: &Dialect) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        let mut quoted = false;
        let mut start_of_field = true;
        let mut was_quoted = false;
        loop {
            let Some(&c) = chars.get(i) else {
                if quoted {
                    // A quoted field goes on over the line's end.
                    let Some(next) = lines.next() else {
                        return Err("unexpected end of data".to_string());
                    };
                    field.push('\n');
                    chars = next.chars().collect();
                    i = 0;
                    continue;
                }
                break;
            };
            i += 1;
            if quoted {
                quoted = quoted_char(c, &chars, &mut i, &mut field, dialect)?;
                continue;
            }
            if c == dialect.delimiter {
                fields.push(std::mem::take(&mut field));
                start_of_field = true;
                was_quoted = false;
                continue;
            }
            if start_of_field && c == ' ' && dialect.skip_initial_space {
                continue;
            }
            if start_of_field && c == dialect.quote {
                quoted = true;
                was_quoted = true;
                start_of_field = false;
                continue;
            }
            if Some(c) == dialect.escape {
                if let Some(&next) = chars.get(i) {
                    field.push(next);
                    i += 1;
                }
                start_of_field = false;
                continue;
            }
            field.push(c);
            start_of_field = false;
        }
        // Python's reader gives no row for an empty line.
        if fields.is_empty() && field.is_empty() && !was_quoted && line.is_empty() {
            continue;
        }
        fields.push(field);
        rows.push(fields);
    }
    Ok(rows)
}

/// One character `c` of a quoted field, `chars[i]` the next: an escaped
/// or doubled quote is kept, a lone quote ends the quotes (then a delimiter
/// or the line's end must follow). Whether the field is still quoted.
fn quoted_char(
    c: char,
    chars: &[char],
    i: &mut usize,
    field: &mut String,
    dialect: &Dialect,
) -> Result<bool, String> {
    if Some(c) == dialect.escape {
        if let Some(&next) = chars.get(*i) {
            field.push(next);
            *i += 1;
        }
        return Ok(true);
    }
    if c != dialect.quote {
        field.push(c);
        return Ok(true);
    }
    if chars.get(*i) == Some(&dialect.quote) {
        field.push(c);
        *i += 1;
        return Ok(true);
    }
    match chars.get(*i) {
        None => Ok(false),
        Some(&d) if d == dialect.delimiter => Ok(false),
        Some(_) => Err(format!(
            "'{}' expected after '{}'",
            dialect.delimiter, dialect.quote
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        parse(text, &Dialect::from_options(&[]).unwrap()).unwrap()
    }

    #[test]
    fn quotes_delimiters_and_lines() {
        assert_eq!(rows("1, \"two, 2\""), [["1", "two, 2"]]);
        assert_eq!(
            rows("a,\"b\"\"c\"\n\nd"),
            vec![vec!["a", "b\"c"], vec!["d"]]
        );
        assert_eq!(rows("\"a\nb\",c"), [["a\nb", "c"]]);
        assert!(parse("\"a\"b", &Dialect::from_options(&[]).unwrap()).is_err());
    }
}
