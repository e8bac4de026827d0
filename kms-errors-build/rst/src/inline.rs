//! Inline markup: the text of a paragraph as a reader of the rendered page
//! sees it. A port of the recognition rules of docutils 0.19's `Inliner`
//! (`docutils/parsers/rst/states.py`), including where markup may start and
//! end, "quoted" start-strings, and backslash escapes.
//!
//! | source | text |
//! |---|---|
//! | `**Enabled**`, `*x*`, ` ``x`` `, `` _`x` `` | `Enabled`, `x`, `x` (backslashes kept), `x` |
//! | `` `x` ``, `` :role:`x` ``, `` `x`:role: `` | `x` for docutils' text roles (`strong`, `sup`, `title` …, names compared in lower case) and Sphinx's; `:code:` and `:math:` keep backslashes; a cross-reference role with an explicit title (`` :ref:`Title <label>` ``) gives `Title`, as Sphinx renders it |
//! | `` :pep:`8` ``, `` :rfc:`0042#s` `` | `PEP 8`, `RFC 42` (text that is not a number in range stays as written) |
//! | `` :unknown:`x` ``, `` :py:func:`x` ``, `` :raw:`x` `` | unchanged: a role docutils does not know or does not implement shows as written; role names are Python's `\w` characters joined by `-_.:+` |
//! | `` `text <https://…>`_ `` / `__` | `text` (the URI when there is no text) |
//! | `\*`, `\\`, `a\ b` | `*`, `\`, `ab` |
//! | `word_`, `` `name`_ ``, `[1]_`, `[#]_`, `[*]_`, `[cit]_`, `\|sub\|` | the name, footnote number or symbol, citation label, or substitution text when the cell defines it (see `blocks`); otherwise unchanged, and a problem is reported, as docutils reports it |
//!
//! A start-string that is not closed, or that stands where inline markup
//! cannot start (`2*3*4`, `'*'`), stays as it is, as in docutils; an
//! unclosed one is reported as a problem, as docutils warns of it.

use super::char_class::{
    decimal_value, is_word_char, match_chars, may_follow_end, may_precede_start,
};
use std::collections::{BTreeMap, BTreeSet};

use super::lines::is_py_space;

/// docutils marks a backslash-escaped character by a NUL before it.
const NUL: char = '\0';

/// Sphinx roles that cross-reference something and accept `title <target>`.
const XREF_ROLES: &[&str] = &[
    "ref", "doc", "term", "numref", "any", "download", "keyword", "option", "envvar", "token",
    "class", "func", "meth", "mod", "attr", "exc", "data", "obj", "const", "program",
];

/// Roles that show their text: docutils' own (names and English aliases)
/// and Sphinx's text roles.
const TEXT_ROLES: &[&str] = &[
    "abbreviation",
    "ab",
    "acronym",
    "ac",
    "emphasis",
    "literal",
    "strong",
    "subscript",
    "sub",
    "superscript",
    "sup",
    "title-reference",
    "title",
    "t",
    "abbr",
    "guilabel",
    "menuselection",
    "kbd",
    "command",
    "file",
    "samp",
    "dfn",
    "mimetype",
    "newsfeed",
    "regexp",
    "makevar",
    "manpage",
];

/// Roles that show their text with backslashes kept (`utils.unescape(text,
/// restore_backslashes=True)`).
const VERBATIM_ROLES: &[&str] = &["code", "math"];

/// What the cell around a paragraph defines, for its references to
/// resolve against.
#[derive(Clone, Debug, Default)]
pub(crate) struct Names {
    /// Target names (normalized, see [`normalize_name`]).
    pub targets: BTreeSet<String>,
    /// Whether anonymous references (`name__`) resolve: the cell has as many
    /// anonymous targets as references.
    pub anonymous: bool,
    /// Substitution definitions (those docutils accepts) by name as
    /// written: the text a reference shows.
    pub substitutions: BTreeMap<String, String>,
    /// Footnote labels a reference may name (`1`, `#name` normalized) and
    /// the number each shows.
    pub footnotes: BTreeMap<String, String>,
    /// The numbers of the auto-numbered footnotes without a name (`[#]`),
    /// in order: the `n`th `[#]_` shows the `n`th.
    pub auto_numbers: Vec<String>,
    /// The symbols of the `[*]` footnotes, in order.
    pub symbols: Vec<String>,
    /// Citation labels (normalized).
    pub citations: BTreeSet<String>,
    /// The label each footnote and citation definition shows, in order.
    pub footnote_labels: Vec<String>,
    /// Substitutions whose definition refers back to itself.
    pub circular: BTreeSet<String>,
    /// Roles defined by the `role` directive so far (lower case), with the
    /// role each is based on (`None`: a generic role that shows its text).
    pub roles: BTreeMap<String, Option<String>>,
    /// The role of interpreted text without one, set by `default-role`
    /// (`None`: docutils' `title-reference`).
    pub default_role: Option<String>,
}

/// What inline parsing met, across the paragraphs of a cell.
#[derive(Clone, Debug, Default)]
pub(crate) struct Found {
    /// Targets defined inline (`` _`name` ``, and `` `name <uri>`_ `` with
    /// its URI), normalized.
    pub targets: Vec<(String, Option<String>)>,
    /// Anonymous references (`name__`) met.
    pub anonymous_references: usize,
    /// `[#]_` and `[*]_` references met (they take footnotes in order).
    pub auto_references: usize,
    /// Footnote and citation references met.
    pub footnote_references: usize,
    /// Names of the substitutions referenced, as written.
    pub substitution_references: Vec<String>,
    /// Problems docutils marks in the text with a `problematic` element.
    pub problematic: usize,
    pub symbol_references: usize,
    /// What docutils reports: the character offset in the paragraph, and
    /// the message.
    pub problems: Vec<(usize, String)>,
}

/// The text of one paragraph (its lines joined with `\n`) with inline
/// markup removed and escapes resolved (white space left as it is), its
/// references resolved against `names`; what it defines and what is wrong
/// with it goes to `found`. Also the byte ranges of the text that came
/// from markup (docutils' inline elements) rather than plain text.
pub(crate) fn inline_text_marked(
    paragraph: &str,
    names: &Names,
    found: &mut Found,
) -> (String, Vec<(usize, usize)>) {
    let mut inliner = Inliner {
        s: escape_to_nul(paragraph),
        out: String::new(),
        markup: Vec::new(),
        names,
        found,
    };
    let text = inliner.run();
    (text, inliner.markup)
}

/// docutils' `fully_normalize_name`: lower case, white space collapsed.
pub(crate) fn normalize_name(name: &str) -> String {
    super::lines::collapse_white_space(&name.to_lowercase())
}

/// `s[i]`, if `i` is in range.
fn char_at(s: &[char], i: usize) -> Option<char> {
    s.get(i).copied()
}

/// docutils' `escape2null`: `\x` becomes NUL + `x`.
fn escape_to_nul(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(NUL);
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// docutils' `unescape`: escaped white space disappears with its NUL, other
/// NULs are dropped.
fn unescape(s: &[char]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        if c == NUL {
            i += if matches!(s.get(i + 1), Some(' ' | '\n')) {
                2
            } else {
                1
            };
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// `unescape(text, restore_backslashes=True)`: the source as written.
fn restore(s: &[char]) -> String {
    s.iter().map(|&c| if c == NUL { '\\' } else { c }).collect()
}

fn is_start_prefix(c: char) -> bool {
    is_py_space(c) || may_precede_start(c)
}

/// A word character of `simplename`: Python's `\w` except `_`.
fn is_name_char(c: char) -> bool {
    is_word_char(c)
}

/// What the `initial` pattern found at a position.
enum Start {
    /// `**`, `*`, ` `` `, `` _` ``, `|`: an object closed by its own end-string.
    Object {
        kind: Object,
        start: usize,
        end: usize,
    },
    /// A reference name or footnote reference, `[start, end)`; a
    /// reference's name ends at `name_end` (a footnote's: `name_end` =
    /// `start`).
    Whole {
        start: usize,
        end: usize,
        name_end: usize,
    },
    /// Interpreted text or a phrase reference; `role` is the prefix role.
    Backquote {
        role: Option<(usize, String)>,
        backquote: usize,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Object {
    Strong,
    Emphasis,
    Literal,
    Target,
    Substitution,
}

struct Inliner<'t> {
    s: Vec<char>,
    out: String,
    /// Byte ranges of `out` that came from markup.
    markup: Vec<(usize, usize)>,
    names: &'t Names,
    found: &'t mut Found,
}

impl Inliner<'_> {
    fn run(&mut self) -> String {
        // `rem` is where the remaining string starts: docutils searches it
        // anew after each construct, so `^` matches there.
        let mut rem = 0;
        while rem < self.s.len() {
            let Some(found) = self.search(rem) else { break };
            rem = match found {
                Start::Object { kind, start, end } => self.object(rem, kind, start, end),
                Start::Whole {
                    start,
                    end,
                    name_end,
                } if name_end == start => {
                    let shown = self.footnote_reference(start, end);
                    self.emit(rem, start, &shown);
                    end
                }
                Start::Whole {
                    start,
                    end,
                    name_end,
                } => {
                    let name: String = self.slice(start, name_end).iter().collect();
                    let shown = match self.reference(start, &name, end > name_end + 1) {
                        true => name,
                        // An unresolved reference: docutils shows its source.
                        false => restore(self.slice(start, end)),
                    };
                    self.emit(rem, start, &shown);
                    end
                }
                Start::Backquote { role, backquote } => self.interpreted(rem, role, backquote),
            };
        }
        let tail = unescape(self.slice(rem, self.s.len()));
        self.out.push_str(&tail);
        std::mem::take(&mut self.out)
    }

    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn problem(&mut self, at: usize, message: String) {
        self.found.problems.push((at, message));
    }

    /// A problem for which docutils puts a `problematic` element in the
    /// text (one with an id, which a substitution definition may not hold).
    fn problematic(&mut self, at: usize, message: String) {
        self.found.problematic += 1;
        self.problem(at, message);
    }

    /// Whether a reference to `name` (anonymous: `name__`) at `at`
    /// resolves; reports it if not.
    fn reference(&mut self, at: usize, name: &str, anonymous: bool) -> bool {
        if anonymous {
            self.found.anonymous_references += 1;
            // A mismatch of anonymous references and targets is reported
            // once for the cell (see `blocks`).
            return self.names.anonymous;
        }
        let name = normalize_name(name);
        let known = self.names.targets.contains(&name);
        if !known {
            self.problem(at, format!("unknown target name \"{name}\""));
        }
        known
    }

    /// What `[label]_` at `[start, end)` shows: the footnote's number or
    /// symbol, or the citation label; as written if the cell defines none.
    fn footnote_reference(&mut self, start: usize, end: usize) -> String {
        let raw = restore(self.slice(start, end));
        self.found.footnote_references += 1;
        let label: String = self.slice(start + 1, end - 2).iter().collect();
        let names = self.names;
        let shown = match label.as_str() {
            "#" => {
                self.found.auto_references += 1;
                let n = self.found.auto_references;
                let shown = names.auto_numbers.get(n - 1).cloned();
                if shown.is_none() {
                    self.problem(
                        start,
                        format!(
                            "too many auto-numbered footnote references: only {} footnotes",
                            names.auto_numbers.len()
                        ),
                    );
                }
                return shown.unwrap_or(raw);
            }
            "*" => {
                self.found.symbol_references += 1;
                let n = self.found.symbol_references;
                let shown = names.symbols.get(n - 1).cloned();
                if shown.is_none() {
                    self.problem(
                        start,
                        format!(
                            "too many symbol footnote references: only {} symbol footnotes",
                            names.symbols.len()
                        ),
                    );
                }
                return shown.unwrap_or(raw);
            }
            _ if label.starts_with('#') => match names.footnotes.get(&normalize_name(&label)) {
                Some(number) => Some(number.clone()),
                // docutils gives an auto-numbered reference whose label
                // names no footnote the next number of the unnamed ones.
                None => {
                    self.found.auto_references += 1;
                    let n = self.found.auto_references;
                    if let Some(number) = names.auto_numbers.get(n - 1) {
                        return number.clone();
                    }
                    self.problem(
                        start,
                        format!(
                            "too many auto-numbered footnote references: only {} footnotes",
                            names.auto_numbers.len()
                        ),
                    );
                    // Then it refers to a target of that name, and shows
                    // nothing, if there is one.
                    let name = normalize_name(label.trim_start_matches('#'));
                    if names.targets.contains(&name) {
                        return String::new();
                    }
                    None
                }
            },
            _ if label.bytes().all(|b| b.is_ascii_digit()) => {
                names.footnotes.get(&normalize_name(&label)).cloned()
            }
            _ => names
                .citations
                .contains(&normalize_name(&label))
                .then(|| label.clone()),
        };
        if shown.is_none() {
            let name = normalize_name(label.trim_start_matches('#'));
            self.problem(start, format!("unknown target name \"{name}\""));
        }
        shown.unwrap_or(raw)
    }

    /// What `|name|` (a reference too when `reference`) shows: the
    /// definition's text, or the source as written if there is none.
    fn substitution(
        &mut self,
        start: usize,
        text: &[char],
        raw: String,
        reference: Option<bool>,
    ) -> String {
        let name = unescape(text);
        self.found.substitution_references.push(name.clone());
        let names = self.names;
        // docutils matches the name as written, then in lower case.
        let definition = names.substitutions.get(&name).or_else(|| {
            let lower = normalize_name(&name);
            names
                .substitutions
                .iter()
                .find(|(n, _)| normalize_name(n) == lower)
                .map(|(_, d)| d)
        });
        let resolved = match reference {
            Some(anonymous) => self.reference(start, &name, anonymous),
            None => true,
        };
        match definition {
            Some(text) if resolved => text.clone(),
            Some(_) => raw,
            None => {
                self.problem(
                    start,
                    format!("undefined substitution referenced: \"{name}\""),
                );
                raw
            }
        }
    }

    /// The character before `i`, if any.
    fn before(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|j| self.at(j))
    }

    /// `s[start..end]`, or nothing if that is out of range.
    fn slice(&self, start: usize, end: usize) -> &[char] {
        self.s.get(start..end).unwrap_or_default()
    }

    fn space_at(&self, i: usize) -> bool {
        self.at(i).is_some_and(is_py_space)
    }

    /// `end_string_suffix`: end of text, white space, NUL, or closing
    /// punctuation.
    fn end_suffix(&self, i: usize) -> bool {
        match self.at(i) {
            None => true,
            Some(c) => is_py_space(c) || c == NUL || may_follow_end(c),
        }
    }

    /// Appends the text between `rem` and `start`, then `text`.
    fn emit(&mut self, rem: usize, start: usize, text: &str) {
        let before = unescape(self.slice(rem, start));
        self.out.push_str(&before);
        let from = self.out.len();
        self.out.push_str(text);
        if !text.is_empty() {
            self.markup.push((from, self.out.len()));
        }
    }

    /// The leftmost position from `rem` where inline markup may start.
    fn search(&self, rem: usize) -> Option<Start> {
        (rem..self.s.len()).find_map(|p| {
            if p > rem && !self.before(p).is_some_and(is_start_prefix) {
                return None;
            }
            self.start_string(p)
                .or_else(|| self.whole(p))
                .or_else(|| self.backquote(p))
        })
    }

    fn start_string(&self, p: usize) -> Option<Start> {
        let (kind, len) = match (self.at(p), self.at(p + 1)) {
            (Some('*'), Some('*')) if !self.space_at(p + 2) => (Object::Strong, 2),
            (Some('*'), next) if next != Some('*') && !self.space_at(p + 1) => {
                (Object::Emphasis, 1)
            }
            (Some('`'), Some('`')) if !self.space_at(p + 2) => (Object::Literal, 2),
            (Some('_'), Some('`')) if !self.space_at(p + 2) => (Object::Target, 2),
            (Some('|'), next) if next != Some('|') && !self.space_at(p + 1) => {
                (Object::Substitution, 1)
            }
            _ => return None,
        };
        Some(Start::Object {
            kind,
            start: p,
            end: p + len,
        })
    }

    /// Ends of the words of the `simplename` starting at `p`, longest last:
    /// `(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*`.
    fn simplename_ends(&self, p: usize) -> Vec<usize> {
        let mut ends = Vec::new();
        let mut i = p;
        loop {
            let word_start = i;
            while self.at(i).is_some_and(is_name_char) {
                i += 1;
            }
            if i == word_start {
                break;
            }
            ends.push(i);
            match self.at(i) {
                Some('-' | '.' | '_' | '+' | ':') if self.at(i + 1).is_some_and(is_name_char) => {
                    i += 1;
                }
                _ => break,
            }
        }
        ends
    }

    /// `refname__?` or a footnote/citation reference, then the end suffix.
    fn whole(&self, p: usize) -> Option<Start> {
        for &end in self.simplename_ends(p).iter().rev() {
            if self.at(end) != Some('_') {
                continue;
            }
            for refend in [2, 1] {
                if refend == 2 && self.at(end + 1) != Some('_') {
                    continue;
                }
                if self.end_suffix(end + refend) {
                    return Some(Start::Whole {
                        start: p,
                        end: end + refend,
                        name_end: end,
                    });
                }
            }
        }
        if self.at(p) == Some('[') {
            let label_ends: Vec<usize> = {
                let digits = (p + 1..self.s.len())
                    .take_while(|&i| self.at(i).is_some_and(|c| c.is_ascii_digit()))
                    .last()
                    .map(|i| vec![i + 1])
                    .unwrap_or_default();
                let mut ends = digits;
                match self.at(p + 1) {
                    Some('#') => {
                        ends.push(p + 2);
                        ends.extend(self.simplename_ends(p + 2).into_iter().rev());
                    }
                    Some('*') => ends.push(p + 2),
                    _ => ends.extend(self.simplename_ends(p + 1).into_iter().rev()),
                }
                ends
            };
            for end in label_ends {
                if self.at(end) == Some(']')
                    && self.at(end + 1) == Some('_')
                    && self.end_suffix(end + 2)
                {
                    return Some(Start::Whole {
                        start: p,
                        end: end + 2,
                        name_end: p,
                    });
                }
            }
        }
        None
    }

    /// `(:role:)?` then a single backquote not followed by white space.
    fn backquote(&self, p: usize) -> Option<Start> {
        if self.at(p) == Some(':') {
            for &end in self.simplename_ends(p + 1).iter().rev() {
                if self.at(end) == Some(':')
                    && self.at(end + 1) == Some('`')
                    && self.at(end + 2) != Some('`')
                    && !self.space_at(end + 2)
                {
                    let role: String = self.slice(p + 1, end).iter().collect();
                    return Some(Start::Backquote {
                        role: Some((p, role)),
                        backquote: end + 1,
                    });
                }
            }
        }
        if self.at(p) == Some('`') && self.at(p + 1) != Some('`') && !self.space_at(p + 1) {
            return Some(Start::Backquote {
                role: None,
                backquote: p,
            });
        }
        None
    }

    /// docutils' `quoted_start`: the start-string is enclosed in a matching
    /// pair of punctuation, or ends the text.
    fn quoted_start(&self, rem: usize, start: usize, end: usize) -> bool {
        if start == rem {
            return false;
        }
        match self.at(end) {
            None => true,
            Some(post) => self.before(start).is_some_and(|pre| match_chars(pre, post)),
        }
    }

    /// `inline_obj`: finds the end-string; returns where the remaining text
    /// starts.
    fn object(&mut self, rem: usize, kind: Object, start: usize, end: usize) -> usize {
        if self.quoted_start(rem, start, end) {
            self.emit(rem, end, "");
            return end;
        }
        match self.object_end(kind, end) {
            Some((close, textend)) if close > end => {
                let text = self.slice(end, close);
                let shown = match kind {
                    Object::Strong | Object::Emphasis => unescape(text),
                    Object::Target => {
                        let name = unescape(text);
                        self.found.targets.push((normalize_name(&name), None));
                        name
                    }
                    Object::Literal => restore(text),
                    // Unresolved, a reference to a substitution (`|name|_`)
                    // is rebuilt from its unescaped text.
                    Object::Substitution if textend > close + 1 => {
                        let suffix: String = self.slice(close, textend).iter().collect();
                        let raw = format!("|{}{suffix}", unescape(text));
                        let text = text.to_vec();
                        self.substitution(start, &text, raw, Some(textend > close + 2))
                    }
                    Object::Substitution => {
                        let raw = restore(self.slice(start, textend));
                        let text = text.to_vec();
                        self.substitution(start, &text, raw, None)
                    }
                };
                self.emit(rem, start, &shown);
                textend
            }
            _ => {
                // A start-string without end-string stays as written.
                let what = match kind {
                    Object::Strong => "strong",
                    Object::Emphasis => "emphasis",
                    Object::Literal => "literal",
                    Object::Target => "target",
                    Object::Substitution => "substitution reference",
                };
                self.problematic(
                    start,
                    format!("inline {what} start-string without end-string"),
                );
                let shown = restore(self.slice(start, end));
                self.emit(rem, start, &shown);
                end
            }
        }
    }

    /// The first end-string of `kind` at or after `from` (a search in the
    /// text after the start-string): where it starts and where it ends.
    fn object_end(&self, kind: Object, from: usize) -> Option<(usize, usize)> {
        let escaped_or_space_before =
            |q: usize| q > from && self.before(q).is_some_and(|c| is_py_space(c) || c == NUL);
        (from..self.s.len()).find_map(|q| {
            let star = |n: usize| (0..n).all(|k| self.at(q + k) == Some('*'));
            let end_len = match kind {
                Object::Strong if star(2) && !escaped_or_space_before(q) => 2,
                Object::Emphasis if star(1) && !escaped_or_space_before(q) => 1,
                Object::Literal
                    if self.at(q) == Some('`')
                        && self.at(q + 1) == Some('`')
                        && !(q > from && self.space_at(q - 1)) =>
                {
                    2
                }
                Object::Target if self.at(q) == Some('`') && !escaped_or_space_before(q) => 1,
                Object::Substitution if self.at(q) == Some('|') && !escaped_or_space_before(q) => {
                    // `\|_{0,2}`, longest first.
                    return [2, 1, 0].into_iter().find_map(|underscores| {
                        let ok = (1..=underscores).all(|k| self.at(q + k) == Some('_'));
                        (ok && self.end_suffix(q + 1 + underscores))
                            .then_some((q, q + 1 + underscores))
                    });
                }
                _ => return None,
            };
            self.end_suffix(q + end_len).then_some((q, q + end_len))
        })
    }

    /// `interpreted_or_phrase_ref`.
    fn interpreted(
        &mut self,
        rem: usize,
        prefix_role: Option<(usize, String)>,
        backquote: usize,
    ) -> usize {
        let matchend = backquote + 1;
        let rolestart = prefix_role.as_ref().map_or(backquote, |(start, _)| *start);
        if prefix_role.is_none() && self.quoted_start(rem, backquote, matchend) {
            self.emit(rem, matchend, "");
            return matchend;
        }
        let Some((close, suffix_role, refend, textend)) = self.interpreted_end(matchend) else {
            self.problematic(
                backquote,
                "inline interpreted text or phrase reference start-string without end-string"
                    .to_string(),
            );
            self.emit(rem, backquote, "`");
            return matchend;
        };
        if close == matchend {
            self.emit(rem, backquote, "`");
            return matchend;
        }
        let raw_from_role = restore(self.slice(rolestart, textend));
        if prefix_role.is_some() && suffix_role.is_some() {
            self.problematic(
                rolestart,
                "multiple roles in interpreted text (both prefix and suffix present)".to_string(),
            );
            self.emit(rem, rolestart, &raw_from_role);
            return textend;
        }
        let escaped: Vec<char> = self.slice(matchend, close).to_vec();
        if refend {
            if prefix_role.is_some() || suffix_role.is_some() {
                self.problematic(
                    rolestart,
                    "mismatch: both interpreted text role and reference suffix".to_string(),
                );
                self.emit(rem, rolestart, &raw_from_role);
            } else {
                self.phrase_reference(rem, backquote, textend, &escaped);
            }
            return textend;
        }
        let role = prefix_role
            .map(|(_, r)| r)
            .or(suffix_role)
            .or_else(|| self.names.default_role.clone());
        self.role_text(rem, rolestart, role, &escaped, raw_from_role);
        textend
    }

    /// A phrase reference `` `text`_ `` (or `__`, or with an embedded
    /// target or alias) from `backquote` to `textend`: its text if it
    /// resolves, else as written.
    fn phrase_reference(&mut self, rem: usize, backquote: usize, textend: usize, escaped: &[char]) {
        let raw = restore(self.slice(backquote, textend));
        let anonymous = self.at(textend.saturating_sub(2)) == Some('_')
            && self.at(textend.saturating_sub(1)) == Some('_');
        if let (false, Some((name, uri))) = (anonymous, embedded_target(escaped)) {
            self.found.targets.push((name, Some(uri)));
        }
        let shown = match phrase_reference_text(escaped) {
            Some(text) => text,
            None => match embedded_link(escaped) {
                // An alias (`text <other_>`_): shown if `other` resolves.
                Some((text, alias)) => {
                    let alias = unescape(alias.get(..alias.len() - 1).unwrap_or_default());
                    if self.reference(backquote, &alias, false) {
                        unescape(text)
                    } else {
                        raw
                    }
                }
                None => {
                    let text = unescape(escaped);
                    if self.reference(backquote, &text, anonymous) {
                        text
                    } else {
                        raw
                    }
                }
            },
        };
        self.emit(rem, backquote, &shown);
    }

    /// Interpreted text with `role` (or the default role) from `rolestart`:
    /// what the role shows. A role the cell defines is its base role, or
    /// shows its text; a role docutils does not know, or one that rejects
    /// its text, shows the whole construct as written (`raw_from_role`).
    fn role_text(
        &mut self,
        rem: usize,
        rolestart: usize,
        role: Option<String>,
        escaped: &[char],
        raw_from_role: String,
    ) {
        let base = match role
            .as_ref()
            .map(|r| self.names.roles.get(&r.to_lowercase()))
        {
            Some(Some(None)) => None,
            Some(Some(Some(base))) => Some(base.clone()),
            _ => role.clone(),
        };
        let shown = match interpreted_text(base.as_deref(), escaped) {
            Some(shown) => shown,
            None => {
                let role = role.unwrap_or_default();
                self.problematic(rolestart, format!("interpreted text role \"{role}\" is unknown, not implemented, or rejects its text"));
                raw_from_role
            }
        };
        self.emit(rem, rolestart, &shown);
    }

    /// The end of interpreted text: a backquote (not after unescaped white
    /// space), an optional `:role:`, an optional `_`/`__`, then the end
    /// suffix. Returns (backquote index, suffix role, is reference, end).
    fn interpreted_end(&self, from: usize) -> Option<(usize, Option<String>, bool, usize)> {
        (from..self.s.len()).find_map(|q| {
            if self.at(q) != Some('`') {
                return None;
            }
            if q > from {
                let escaped =
                    q >= from + 2 && q.checked_sub(2).and_then(|j| self.at(j)) == Some(NUL);
                if self.before(q).is_some_and(|c| is_py_space(c) || c == NUL) && !escaped {
                    return None;
                }
            }
            let mut roles: Vec<(Option<String>, usize)> = Vec::new();
            if self.at(q + 1) == Some(':') {
                for &end in self.simplename_ends(q + 2).iter().rev() {
                    if self.at(end) == Some(':') {
                        roles.push((Some(self.slice(q + 2, end).iter().collect()), end + 1));
                    }
                }
            }
            roles.push((None, q + 1));
            for (role, after) in roles {
                for refend in [2, 1, 0] {
                    if (0..refend).all(|k| self.at(after + k) == Some('_'))
                        && self.end_suffix(after + refend)
                    {
                        return Some((q, role, refend > 0, after + refend));
                    }
                }
            }
            None
        })
    }
}

/// Whether docutils (or Sphinx) knows the role `name`, or the cell
/// defined it.
pub(crate) fn is_known_role(name: &str, names: &Names) -> bool {
    let lower = name.to_lowercase();
    names.roles.contains_key(&lower) || interpreted_text(Some(&lower), &['x']).is_some()
}

/// The text interpreted text with `role` (`None`: the default role) shows,
/// or `None` where docutils shows the source as written: a role it does not
/// know (names are compared in lower case, as docutils does), one it knows
/// but does not implement (`index`, `raw`, `target` …), or `:pep:`/`:rfc:`
/// with text that is not a number in range.
fn interpreted_text(role: Option<&str>, escaped: &[char]) -> Option<String> {
    let Some(role) = role else {
        return Some(unescape(escaped));
    };
    let role = role.to_lowercase();
    let role = role.as_str();
    if XREF_ROLES.contains(&role) {
        return Some(unescape(explicit_title(escaped).unwrap_or(escaped)));
    }
    if TEXT_ROLES.contains(&role) {
        return Some(unescape(escaped));
    }
    if VERBATIM_ROLES.contains(&role) {
        return Some(restore(escaped));
    }
    match role {
        "pep" | "pep-reference" => {
            let text = unescape(escaped);
            let (negative, digits) = python_int(&text)?;
            (digits.len() <= 4 && !(negative && digits != "0")).then(|| format!("PEP {text}"))
        }
        "rfc" | "rfc-reference" => {
            let text = unescape(escaped);
            let number = text.split_once('#').map_or(text.as_str(), |(n, _)| n);
            let (negative, digits) = python_int(number)?;
            (!negative && digits != "0").then(|| format!("RFC {digits}"))
        }
        _ => None,
    }
}

/// Python's `int(text)` for decimal text: surrounding white space, a sign,
/// digits of any script with single `_` between them. The sign (true for
/// `-`) and the value's digits in ASCII without leading zeros.
fn python_int(text: &str) -> Option<(bool, String)> {
    let text = text.trim_matches(is_py_space);
    let (negative, digits) = match text.strip_prefix(['+', '-']) {
        Some(rest) => (text.starts_with('-'), rest),
        None => (false, text),
    };
    let mut value = String::new();
    let mut after_digit = false;
    for c in digits.chars() {
        if c == '_' && after_digit {
            after_digit = false;
            continue;
        }
        let digit = decimal_value(c)?;
        if !(value.is_empty() && digit == 0) {
            value.push(char::from_digit(digit, 10)?);
        }
        after_digit = true;
    }
    if !after_digit {
        return None;
    }
    if value.is_empty() {
        value.push('0');
    }
    Some((negative, value))
}

/// Sphinx's `explicit_title_re`, `^(.+?)\s*(?<!\x00)<([^<]*?)>$`.
fn explicit_title(s: &[char]) -> Option<&[char]> {
    if s.last() != Some(&'>') {
        return None;
    }
    let open = s.iter().rposition(|&c| c == '<')?;
    if open == 0 || char_at(s, open - 1) == Some(NUL) {
        return None;
    }
    let mut title_end = open;
    while title_end > 0 && char_at(s, title_end - 1).is_some_and(is_py_space) {
        title_end -= 1;
    }
    (title_end > 0).then(|| s.get(..title_end).unwrap_or_default())
}

/// What a phrase reference shows when it resolves: only one with an
/// embedded URI does (a cell has no targets). `None` means it shows as
/// written.
fn phrase_reference_text(escaped: &[char]) -> Option<String> {
    let (text, alias) = embedded_link(escaped)?;
    let raw_alias = restore(alias);
    if alias.last() == Some(&'_') && !(raw_alias.ends_with("\\_") || looks_like_uri(&raw_alias)) {
        // An alias of another target: unresolved here.
        return None;
    }
    if text.is_empty() {
        // The URI itself, unescaped white space removed.
        let mut uri = String::new();
        let mut i = 0;
        while i < alias.len() {
            match char_at(alias, i).unwrap_or(NUL) {
                NUL => {
                    if let Some(&c) = alias.get(i + 1) {
                        if !matches!(c, ' ' | '\n') {
                            uri.push(c);
                        }
                    }
                    i += 2;
                    continue;
                }
                c if is_py_space(c) => {}
                c => uri.push(c),
            }
            i += 1;
        }
        return Some(uri);
    }
    Some(unescape(text))
}

/// The target a named phrase reference with an embedded URI defines
/// (`` `text <uri>`_ ``): its normalized name (the text, or the URI when
/// there is no text) and the URI as written.
fn embedded_target(escaped: &[char]) -> Option<(String, String)> {
    let (_, alias) = embedded_link(escaped)?;
    let uri = restore(alias);
    let is_uri = alias.last() != Some(&'_') || uri.ends_with("\\_") || looks_like_uri(&uri);
    if !is_uri {
        return None;
    }
    Some((normalize_name(&phrase_reference_text(escaped)?), uri))
}

/// docutils' `embedded_link` pattern: `text <alias>` at the end of the
/// reference text. Returns the text before the spaces and the alias.
fn embedded_link(s: &[char]) -> Option<(&[char], &[char])> {
    let close = s.len().checked_sub(1)?;
    let before_close = close.checked_sub(1).and_then(|j| char_at(s, j));
    if char_at(s, close) != Some('>') || before_close.map_or(true, |c| is_py_space(c) || c == NUL) {
        return None;
    }
    let mut k = close;
    let open = loop {
        if k == 0 {
            return None;
        }
        k -= 1;
        let c = char_at(s, k).unwrap_or(NUL);
        if matches!(c, '<' | '>') && !(k > 0 && char_at(s, k - 1) == Some(NUL)) {
            break (c == '<').then_some(k)?;
        }
    };
    if open + 1 >= close || char_at(s, open + 1).map_or(true, is_py_space) {
        return None;
    }
    let mut start = open;
    while start > 0 && matches!(char_at(s, start - 1), Some(' ' | '\n')) {
        start -= 1;
    }
    if start == open && open > 0 {
        return None;
    }
    Some((s.get(..start)?, s.get(open + 1..close)?))
}

/// Enough of docutils' URI pattern to tell `https://x/_` from `alias_`.
fn looks_like_uri(text: &str) -> bool {
    let scheme_len = text
        .char_indices()
        .take_while(|&(i, c)| {
            if i == 0 {
                c.is_ascii_alphabetic()
            } else {
                c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-')
            }
        })
        .count();
    (scheme_len > 0 && text[scheme_len..].starts_with(':') && text.len() > scheme_len + 1)
        || (text.contains('@') && !text.starts_with('@'))
}

// The cases these rules were written for, with docutils' answers, are rows of
// tests/fixtures/docutils/cell_constructs.json (tools/cell_constructs.py) and
// tests/fixtures/plain_text.json, replayed by tests/cell_constructs.rs and
// tests/plain_text.rs.
