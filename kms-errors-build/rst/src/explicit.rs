//! Explicit markup in a cell (`..`): footnotes, citations, hyperlink
//! targets, substitution definitions, directives and comments, as
//! docutils 0.19's `Body.explicit_construct` tells them apart and
//! `parse_directive_block` reads a directive.

use super::blocks::{Label, Origin, Renderer};
use super::directive_block::{has_option, option, parse_directive, Parsed};
use super::directives::{self, Directive, Kind};
use super::inline::{normalize_name, Found};
use super::lines::{
    collapse_white_space, dedent, indentation, indented_end, is_blank, is_py_space,
    min_indentation, skip_blank,
};
use super::markers::field_marker;

impl Renderer {
    /// An anonymous target (`__ url`): counted, and shown as nothing.
    pub(super) fn anonymous_target(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        let rest = lines.get(start)?.strip_prefix("__")?;
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return None;
        }
        self.defined.anonymous_targets += 1;
        let end = indented_end(lines, start + 1);
        self.ends_without_blank(lines, end, at, "explicit markup");
        Some((Vec::new(), end))
    }

    /// `..` explicit markup at `lines[start]`: what it shows and the line
    /// after it.
    pub(super) fn explicit_markup(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        let line = lines.get(start)?;
        let rest = line.strip_prefix("..")?;
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return None;
        }
        let end = indented_end(lines, start + 1);
        let spaces = rest.chars().take_while(|&c| c == ' ').count();
        let text = rest.trim_start_matches(' ');
        let column = 2 + spaces;
        // The construct's lines: the first one's text after the marker,
        // then the indented lines without their common indentation.
        let block = |marker_end: usize| -> (Vec<String>, Origin) {
            let first: String = text.chars().skip(marker_end).collect();
            let first = first.trim_start_matches(' ').to_string();
            let following = lines.get(start + 1..end).unwrap_or_default();
            let indent = min_indentation(following);
            let mut block = vec![first];
            block.extend(dedent(following));
            while block.len() > 1 && block.last().is_some_and(|l| is_blank(l)) {
                block.pop();
            }
            (block, at.down(start).right(indent))
        };
        let here = at.down(start).right(column);
        let shown = if let Some((label, marker_end)) = footnote_label(text) {
            let (body, body_at) = block(marker_end);
            self.footnote(label, &body, here, body_at)
        } else if let Some(target) = text
            .strip_prefix('_')
            .filter(|t| !t.is_empty() && !t.starts_with(' '))
        {
            if target.starts_with("_:") || target == "_" {
                self.defined.anonymous_targets += 1;
            } else if let Some((name, uri)) = target_name(target) {
                // The URI: the rest of the block, white space removed.
                let (block, _) = block(0);
                let rest: String = block
                    .concat()
                    .chars()
                    .skip(uri)
                    .filter(|c| !c.is_whitespace())
                    .collect();
                let uri = (!rest.is_empty()).then_some(rest);
                self.defined
                    .targets
                    .push((normalize_name(&name), uri, here));
            }
            Vec::new()
        } else if let Some((name, marker_end)) = substitution_name(text) {
            let (body, body_at) = block(marker_end);
            self.substitution_definition(name, &body, here, body_at)
        } else if let Some((name, marker_end)) = directive_name(text) {
            let (body, body_at) = block(marker_end);
            self.directive(&name, &body, here, body_at)
        } else {
            // A comment.
            Vec::new()
        };
        self.ends_without_blank(lines, end, at, "explicit markup");
        Some((shown, end))
    }

    fn footnote(
        &mut self,
        label: Label,
        body: &[String],
        here: Origin,
        body_at: Origin,
    ) -> Vec<String> {
        self.defined.footnotes.push((label.clone(), here));
        self.elements += 1;
        let mut out = Vec::new();
        let shown = self.footnote_label(&label);
        if !shown.is_empty() {
            out.push(shown);
        }
        out.extend(self.render_owned(body, body_at));
        out
    }

    /// `.. |name| directive:: …`: records the name and what a reference
    /// to it shows.
    fn substitution_definition(
        &mut self,
        name: String,
        body: &[String],
        here: Origin,
        body_at: Origin,
    ) -> Vec<String> {
        let name = super::lines::collapse_white_space(&name);
        let text = body
            .first()
            .map(|l| l.trim_start_matches(' '))
            .unwrap_or_default();
        let Some((directive, marker_end)) = directive_name(text) else {
            self.problem(
                here,
                format!("substitution definition \"{name}\" empty or invalid"),
            );
            self.defined.substitutions.push((name, None, here));
            return Vec::new();
        };
        let mut block = body.to_vec();
        if let Some(first) = block.first_mut() {
            *first = text
                .chars()
                .skip(marker_end)
                .collect::<String>()
                .trim_start_matches(' ')
                .to_string();
        }
        let shown = match directives::find(&directive) {
            Some(d) if matches!(d.name, "replace" | "unicode" | "image") => {
                match parse_directive(d, &block, here, body_at) {
                    Ok(parsed) if d.content_required && parsed.content.is_empty() => {
                        self.problem(
                            here,
                            format!(
                                "content block expected for the \"{}\" directive; none found",
                                d.name
                            ),
                        );
                        None
                    }
                    Ok(parsed) => self.substitution_text(d, &name, &parsed, here),
                    Err(message) => {
                        self.problem(here, message);
                        None
                    }
                }
            }
            Some(d) if matches!(d.kind, Kind::Unsupported(_) | Kind::Sphinx) => {
                if let Kind::Unsupported(why) = d.kind {
                    self.unsupported(here, d.name, why);
                } else {
                    self.problem(here, format!("unknown directive type \"{directive}\""));
                }
                None
            }
            // A directive that makes body elements: docutils rejects the
            // definition and shows them where it stands.
            Some(_) => {
                self.problem(
                    here,
                    format!("substitution definition \"{name}\" empty or invalid"),
                );
                let shown = self.directive(&directive, &block, here, body_at);
                self.defined.substitutions.push((name, None, here));
                return shown;
            }
            None => {
                self.problem(here, format!("unknown directive type \"{directive}\""));
                None
            }
        };
        self.defined.substitutions.push((name, shown, here));
        Vec::new()
    }

    fn substitution_text(
        &mut self,
        d: &Directive,
        name: &str,
        parsed: &Parsed,
        here: Origin,
    ) -> Option<String> {
        match d.name {
            "replace" => {
                if self.names.circular.contains(name) {
                    self.problem(here, format!("circular substitution definition \"{name}\""));
                    return None;
                }
                let text = parsed.content.join("\n");
                let before = self.found.clone();
                let shown = self.inline_line(&text, parsed.content_at);
                // docutils' `disallowed_inside_substitution_definitions`:
                // targets (a named reference with an embedded URI makes
                // one), anonymous references, footnote and citation
                // references. The definition is then void, and so is what
                // it met.
                let found = &self.found;
                let disallowed = found.targets.len() > before.targets.len()
                    || found.anonymous_references > before.anonymous_references
                    || found.footnote_references > before.footnote_references
                    || found.problematic > before.problematic;
                if disallowed {
                    self.problem(
                        here,
                        format!("substitution definition \"{name}\" contains an element it may not (a target, an anonymous or a footnote reference, or markup docutils marks as a problem)"),
                    );
                    let problems = std::mem::take(&mut self.found.problems);
                    self.found = Found { problems, ..before };
                    return None;
                }
                let references = self
                    .found
                    .substitution_references
                    .split_off(before.substitution_references.len());
                self.defined
                    .substitution_uses
                    .push((name.to_string(), references));
                Some(shown)
            }
            "unicode" => {
                if !parsed.options.is_empty() {
                    self.unsupported(here, "unicode", "its trim options are not followed");
                    return None;
                }
                Some(unicode_text(
                    parsed
                        .arguments
                        .first()
                        .map(String::as_str)
                        .unwrap_or_default(),
                ))
            }
            _ => Some(option(parsed, "alt").map_or_else(|| name.to_string(), collapse_white_space)),
        }
    }

    pub(super) fn unsupported(&mut self, at: Origin, name: &str, why: &str) {
        self.problems.push(super::blocks::Problem {
            line: at.line,
            column: at.column,
            message: format!("the \"{name}\" directive is not supported in a cell: {why}"),
            unsupported: true,
        });
    }

    /// `.. name:: …`: what the cell shows for the directive.
    fn directive(
        &mut self,
        name: &str,
        block: &[String],
        here: Origin,
        body_at: Origin,
    ) -> Vec<String> {
        let Some(d) = directives::find(name).filter(|d| d.kind != Kind::Sphinx) else {
            self.problem(here, format!("unknown directive type \"{name}\""));
            return Vec::new();
        };
        let parsed = match parse_directive(d, block, here, body_at) {
            Ok(parsed) => parsed,
            Err(message) => {
                self.problem(here, message);
                return Vec::new();
            }
        };
        if d.content_required && parsed.content.is_empty() {
            self.problem(
                here,
                format!(
                    "content block expected for the \"{}\" directive; none found",
                    d.name
                ),
            );
            return Vec::new();
        }
        if matches!(d.name, "class" | "container") {
            if let Some(bad) = parsed.arguments.first().and_then(|a| bad_class_name(a)) {
                self.problem(
                    here,
                    format!("invalid class attribute value for \"{}\" directive: cannot make \"{bad}\" into a class name", d.name),
                );
                return Vec::new();
            }
        }
        let elements = self.elements;
        self.elements += 1;
        let made = self.directive_text(d, &parsed, here);
        let invisible = matches!(d.kind, Kind::Hidden | Kind::Role | Kind::DefaultRole)
            || (d.name == "class" && parsed.content.is_empty());
        if made.is_none() || invisible {
            // No element (or one no `class` applies to): take back the count,
            // keeping what the content began.
            if self.elements == elements + 1 {
                self.elements = elements;
            }
        }
        if made.is_some() && d.name == "class" && parsed.content.is_empty() {
            self.pending_classes.push((here, self.elements));
        }
        // `:name:` makes the element the directive made a target.
        if let (Some(_), Some(name)) = (&made, option(&parsed, "name")) {
            self.defined
                .targets
                .push((normalize_name(name), None, here));
        }
        made.unwrap_or_default()
    }

    /// What the cell shows for a directive docutils parsed; `None` where it
    /// makes no element (it reports an error instead).
    fn directive_text(
        &mut self,
        d: &Directive,
        parsed: &Parsed,
        here: Origin,
    ) -> Option<Vec<String>> {
        match d.kind {
            Kind::Table => {
                let title = self.directive_title(parsed, here);
                self.table(d, parsed, title, here)
            }
            Kind::CsvTable => {
                let title = self.directive_title(parsed, here);
                self.csv_table(parsed, title, here)
            }
            Kind::ListTable => {
                let title = self.directive_title(parsed, here);
                self.list_table(parsed, title, here)
            }
            Kind::Image | Kind::Figure => Some(self.figure_text(d, parsed, here)),
            Kind::Hidden
            | Kind::Role
            | Kind::DefaultRole
            | Kind::SubstitutionOnly
            | Kind::NotInBody
            | Kind::Unsupported(_)
            | Kind::Sphinx => self.declaration_text(d, parsed, here),
            _ => Some(self.body_text(d, parsed, here)),
        }
    }

    /// A directive's title (its first argument, inline markup rendered),
    /// if it has a non-empty one.
    fn directive_title(&mut self, parsed: &Parsed, here: Origin) -> Vec<String> {
        parsed
            .arguments
            .first()
            .map(|t| self.inline_line(t, here))
            .filter(|t| !t.is_empty())
            .into_iter()
            .collect()
    }

    /// What the body elements a directive makes (admonitions, code, math,
    /// containers, quotes, line blocks, rubrics) show.
    fn body_text(&mut self, d: &Directive, parsed: &Parsed, here: Origin) -> Vec<String> {
        let content = &parsed.content;
        let at = parsed.content_at;
        match d.kind {
            Kind::Admonition(title) => {
                vec![format!(
                    "{title}: {}",
                    self.render_owned(content, at).join(" ")
                )]
            }
            Kind::TitledAdmonition => {
                let mut out = self.directive_title(parsed, here);
                out.extend(self.render_owned(content, at));
                out
            }
            Kind::Code => vec![code_text(content, option(parsed, "number-lines"))],
            Kind::ParsedLiteral => vec![self.inline(&content.join("\n"), at)],
            Kind::Math => content
                .join("\n")
                .split("\n\n")
                .map(collapse_white_space)
                .filter(|b| !b.is_empty())
                .collect(),
            Kind::Container => self.render_owned(content, at),
            Kind::BlockQuote => self.quote(content, at),
            Kind::LineBlock => content
                .iter()
                .enumerate()
                .map(|(i, l)| self.inline_line(l.trim_matches(is_py_space), at.down(i)))
                .filter(|l| !l.is_empty())
                .collect(),
            Kind::Rubric => self.directive_title(parsed, here),
            _ => Vec::new(),
        }
    }

    /// What an image or a figure shows: its alternative text, and a
    /// figure's caption and legend.
    fn figure_text(&mut self, d: &Directive, parsed: &Parsed, here: Origin) -> Vec<String> {
        let content = &parsed.content;
        let at = parsed.content_at;
        let mut out: Vec<String> = option(parsed, "alt")
            .map(collapse_white_space)
            .filter(|a| !a.is_empty())
            .into_iter()
            .collect();
        if !matches!(d.kind, Kind::Figure) {
            return out;
        }
        if caption_first(content) {
            out.extend(self.render_owned(content, at));
            return out;
        }
        self.problem(
            here,
            "figure caption must be a paragraph or empty comment".to_string(),
        );
        // docutils parsed the content (the footnotes, citations and names
        // it defines count), then dropped it (its anonymous targets and
        // references do not).
        let anonymous = (
            self.defined.anonymous_targets,
            self.found.anonymous_references,
        );
        self.render_owned(content, at);
        (
            self.defined.anonymous_targets,
            self.found.anonymous_references,
        ) = anonymous;
        out
    }

    /// What the directives that show nothing themselves do: define a role
    /// or the default role, hide metadata, or are reported (`None`: no
    /// element; unsupported `raw` content shows as its text).
    fn declaration_text(
        &mut self,
        d: &Directive,
        parsed: &Parsed,
        here: Origin,
    ) -> Option<Vec<String>> {
        let content = &parsed.content;
        match d.kind {
            Kind::Hidden if !all_fields(content) => {
                self.problem(here, "invalid meta directive".to_string());
                None
            }
            Kind::Hidden => Some(Vec::new()),
            Kind::Role => {
                self.define_role(content, here);
                Some(Vec::new())
            }
            Kind::DefaultRole => {
                match parsed.arguments.first() {
                    Some(role) if !super::inline::is_known_role(role, &self.names) => {
                        self.problem(here, format!("unknown interpreted text role \"{role}\""));
                    }
                    role => self.names.default_role = role.cloned(),
                }
                Some(Vec::new())
            }
            Kind::SubstitutionOnly => {
                self.problem(
                    here,
                    format!("invalid context: the \"{}\" directive can only be used within a substitution definition", d.name),
                );
                None
            }
            Kind::NotInBody => {
                self.problem(
                    here,
                    format!("the \"{}\" directive may not be used within topics or body elements (a table cell is one)", d.name),
                );
                None
            }
            Kind::Unsupported(why) => self.unsupported_text(d, parsed, why, here),
            _ => None,
        }
    }

    /// An unsupported directive, reported; what docutils shows, for the
    /// lenient policy: raw content as its text, the others nothing in the
    /// cell. Definitions in a header or footer still count (they are the
    /// document's).
    fn unsupported_text(
        &mut self,
        d: &Directive,
        parsed: &Parsed,
        why: &'static str,
        here: Origin,
    ) -> Option<Vec<String>> {
        let content = &parsed.content;
        self.unsupported(here, d.name, why);
        if matches!(d.name, "header" | "footer") {
            self.render_owned(content, parsed.content_at);
        }
        if d.name == "raw" && !has_option(parsed, "file") && !has_option(parsed, "url") {
            Some(
                vec![collapse_white_space(&content.join("\n"))]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect(),
            )
        } else {
            None
        }
    }

    /// `.. role:: name` or `.. role:: name(base)`: interpreted text with
    /// the role `name` after this shows as `base` shows it (its text, for a
    /// role without base).
    fn define_role(&mut self, content: &[String], here: Origin) {
        let first = content
            .first()
            .map(|l| l.trim_matches(is_py_space))
            .unwrap_or_default();
        let (name, base) = match first.split_once('(') {
            Some((name, rest)) => {
                let base = rest
                    .trim_end_matches(is_py_space)
                    .strip_suffix(')')
                    .map(|b| b.trim_matches(is_py_space));
                (name.trim_end_matches(is_py_space), base)
            }
            None => (first, None),
        };
        let valid =
            is_simplename(name) && base.map_or(first.split_once('(').is_none(), is_simplename);
        if !valid {
            self.problem(
                here,
                format!("\"role\" directive arguments not valid role names: \"{first}\""),
            );
            return;
        }
        let options = content.get(1..).unwrap_or_default();
        let bad_option = options
            .iter()
            .filter(|l| !is_blank(l) && indentation(l) == 0)
            .find_map(|l| match field_marker(l) {
                Some((name, _)) if matches!(name.as_str(), "class" | "format" | "language") => None,
                Some((name, _)) => Some(format!("unknown option: \"{name}\"")),
                None => Some("invalid option block".to_string()),
            });
        if let Some(detail) = bad_option {
            self.problem(here, format!("error in \"role\" directive: {detail}"));
            return;
        }
        match base {
            Some(base) if base.eq_ignore_ascii_case("raw") => {
                self.unsupported(here, "role", "a role based on `raw` has no plain text");
            }
            Some(base) if !super::inline::is_known_role(base, &self.names) => {
                self.problem(here, format!("unknown interpreted text role \"{base}\""));
            }
            _ => {
                let base = base.map(|b| {
                    let b = b.to_lowercase();
                    self.names.roles.get(&b).cloned().flatten().unwrap_or(b)
                });
                self.names.roles.insert(name.to_lowercase(), base);
            }
        }
    }
}

/// The first word of a `class` or `container` argument that docutils
/// cannot make a class name of (`nodes.make_id` leaves nothing: no letter).
fn bad_class_name(argument: &str) -> Option<&str> {
    argument
        .split(is_py_space)
        .filter(|w| !w.is_empty())
        .find(|w| {
            !w.chars().any(|c| {
                c.is_ascii_alphabetic() || (c.is_alphabetic() && !c.is_ascii() && latin_letter(c))
            })
        })
}

/// Whether `c` decomposes to an ASCII letter and marks (`é`), which
/// `make_id` keeps.
fn latin_letter(c: char) -> bool {
    matches!(c, 'À'..='ÿ' | 'Ā'..='ž') && c != '×' && c != '÷'
}

/// Whether a figure's content starts as docutils requires: with a
/// paragraph (the caption) or an empty comment (no caption), or is empty.
fn caption_first(content: &[String]) -> bool {
    let lines: Vec<&str> = content.iter().map(String::as_str).collect();
    let mut i = skip_blank(&lines, 0);
    // These make no element where they stand.
    while lines.get(i).is_some_and(|l| {
        let l = l.to_lowercase();
        ["role", "default-role", "header", "footer", "title"]
            .iter()
            .any(|d| l.starts_with(&format!(".. {d}::")))
    }) {
        i = skip_blank(&lines, indented_end(&lines, i + 1));
    }
    let Some(first) = lines.get(i) else {
        return true;
    };
    if first.trim_end_matches(is_py_space) == ".." {
        return true;
    }
    let definition = lines
        .get(i + 1)
        .is_some_and(|l| !is_blank(l) && indentation(l) > 0);
    indentation(first) == 0 && !definition && !Renderer::starts_other_body(&lines, i)
}

/// Whether every line of `content` that is not indented is a field (the
/// `meta` directive's content is a field list).
fn all_fields(content: &[String]) -> bool {
    content
        .iter()
        .filter(|l| !is_blank(l) && indentation(l) == 0)
        .all(|l| field_marker(l).is_some())
}

/// A `code` directive's text: its lines, numbered with `:number-lines:`
/// (from its value, default 1, right-aligned to the last number's width).
fn code_text(content: &[String], number_lines: Option<&str>) -> String {
    let Some(start) = number_lines else {
        return content.join("\n");
    };
    let start: i64 = start.parse().unwrap_or(1);
    let last = start + content.len() as i64 - 1;
    let width = last.to_string().len();
    content
        .iter()
        .enumerate()
        .map(|(i, line)| format!("{:>width$} {line}", start + i as i64))
        .collect::<Vec<_>>()
        .join("\n")
}

/// docutils' `unicode_code` for each word of a `unicode` directive's
/// argument, up to a `..` comment.
fn unicode_text(argument: &str) -> String {
    let mut out = String::new();
    for word in argument.split(is_py_space).filter(|w| !w.is_empty()) {
        if word == ".." {
            break;
        }
        out.push_str(&unicode_code(word));
    }
    out
}

/// `(?:0x|x|\\x|U\+?|\\u|&#x)([0-9a-f]+);?$` (any case) or decimal digits
/// give a character; anything else stands for itself.
fn unicode_code(word: &str) -> String {
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return word
            .parse::<u32>()
            .ok()
            .and_then(char::from_u32)
            .map_or_else(|| word.to_string(), String::from);
    }
    let lower = word.to_ascii_lowercase();
    for prefix in ["0x", "x", "\\x", "u+", "u", "\\u", "&#x"] {
        if let Some(hex) = lower.strip_prefix(prefix) {
            let hex = hex.strip_suffix(';').unwrap_or(hex);
            if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                if let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                    return c.to_string();
                }
            }
        }
    }
    word.to_string()
}

/// `[label]` after `.. ` of a footnote or citation, and where its text
/// starts: `[0-9]+`, `#`, `#name`, `*`, or a citation's `name`.
fn footnote_label(text: &str) -> Option<(Label, usize)> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    let label = inner.get(..close)?;
    let after = inner.get(close + 1..)?;
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let label = if label == "#" {
        Label::Auto(None)
    } else if label == "*" {
        Label::Symbol
    } else if !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit()) {
        Label::Number(label.to_string())
    } else if let Some(name) = label.strip_prefix('#') {
        is_simplename(name).then(|| Label::Auto(Some(normalize_name(name))))?
    } else {
        is_simplename(label).then(|| Label::Citation(label.to_string()))?
    };
    Some((label, 1 + close + 1))
}

/// docutils' `simplename`: words of `\w` without `_`, joined by single
/// `-`, `.`, `_`, `+` or `:`.
fn is_simplename(name: &str) -> bool {
    let word = |c: char| c != '_' && super::char_class::is_word_char(c);
    let mut previous_word = false;
    for c in name.chars() {
        if word(c) {
            previous_word = true;
        } else if matches!(c, '-' | '.' | '_' | '+' | ':') && previous_word {
            previous_word = false;
        } else {
            return false;
        }
    }
    previous_word
}

/// `|name|` after `.. ` of a substitution definition, and where the rest
/// starts: the name starts and ends with a character that is not a space,
/// and the closing `|` is not escaped.
fn substitution_name(text: &str) -> Option<(String, usize)> {
    let chars: Vec<char> = text.chars().collect();
    if chars.first() != Some(&'|') || matches!(chars.get(1), None | Some(' ')) {
        return None;
    }
    let mut i = 2;
    loop {
        let c = *chars.get(i)?;
        if c == '|'
            && chars.get(i - 1).is_some_and(|&p| p != ' ' && p != '\\')
            && chars.get(i + 1).map_or(true, |&n| n == ' ')
        {
            let name: String = chars.get(1..i)?.iter().filter(|&&c| c != '\\').collect();
            return Some((name, i + 1));
        }
        i += 1;
    }
}

/// `name::` (with at most one space before `::`, then spaces or the
/// end) of a directive: the name and where its arguments start.
fn directive_name(text: &str) -> Option<(String, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let word = |c: &char| *c != '_' && super::char_class::is_word_char(*c);
    // The ends of the simplename's words, longest last.
    let mut ends = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        while chars.get(i).is_some_and(word) {
            i += 1;
        }
        if i == start {
            break;
        }
        ends.push(i);
        match chars.get(i) {
            Some('-' | '.' | '_' | '+' | ':') if chars.get(i + 1).is_some_and(word) => i += 1,
            _ => break,
        }
    }
    ends.into_iter().rev().find_map(|end| {
        let mut k = end;
        if chars.get(k) == Some(&' ') {
            k += 1;
        }
        (chars.get(k) == Some(&':')
            && chars.get(k + 1) == Some(&':')
            && chars.get(k + 2).map_or(true, |&c| c == ' '))
        .then(|| (chars.iter().take(end).collect(), k + 2))
    })
}

/// The name of an explicit hyperlink target `.. _name: …` (the text after
/// `.. _`): up to the first colon that is not escaped, or a phrase in
/// backquotes. Escapes are resolved.
/// Also where (in characters of `.. ` + `rest`) the URI starts.
fn target_name(rest: &str) -> Option<(String, usize)> {
    let mut name = String::new();
    if let Some(phrase) = rest.strip_prefix('`') {
        let end = phrase.find("`:")?;
        let name = phrase.get(..end)?.replace('\\', "");
        return Some((name, 1 + phrase.get(..end)?.chars().count() + 3));
    }
    let mut chars = rest.chars().enumerate();
    while let Some((_, c)) = chars.next() {
        match c {
            '\\' => name.push(chars.next()?.1),
            ':' if name.is_empty() => return None,
            ':' => {
                let at = chars.next().map_or(rest.chars().count(), |(i, _)| i);
                return Some((name, 1 + at));
            }
            _ => name.push(c),
        }
    }
    None
}
