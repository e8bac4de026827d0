//! A cell's content as plain text: the body elements docutils finds in it,
//! each rendered on its own line, and the problems docutils reports in it.
//!
//! # How cell text is rendered
//!
//! The rule is `tools/plain_text_fixture.py`'s, applied to docutils'
//! document tree of the cell:
//!
//! - A **paragraph** is one line: its lines joined, inline markup removed
//!   ([`inline_text`](crate::inline_text)), white space collapsed to single spaces.
//!   A **doctest block** (`>>> …`) is one line too, without inline markup.
//! - A **bullet list** item is `- ` followed by the item's content; an
//!   **enumerated list** item is its number in the list's style (`1.`,
//!   `a.`, `iv.`; `#.` counts from 1) followed by the content. Blocks inside
//!   an item are joined with a space.
//! - A **literal block** (after `::`) keeps its lines; `Text::` before it
//!   becomes `Text:`.
//! - A **block quote** (indented text) contributes its blocks, then its
//!   attribution (`-- Author`) as `Author`.
//! - A **definition list** gives each item's term, each classifier
//!   (`term : classifier`) and the definition's blocks; a **line block**
//!   (`| text`) each of its lines; a **field list** (`:name: body`) each
//!   field's name, then its body's blocks; an **option list** (`-o FILE
//!   text`) each item's options as written, then its description's blocks;
//!   a **grid** or **simple table** the blocks of each cell in reading
//!   order.
//! - **Directives** as the table of `rst/directives.rs`
//!   says: admonitions as `Note: ` + their blocks on one line, code and
//!   math line for line, containers their blocks, tables and figures their
//!   title and cells, an image its `:alt:` text.
//! - A **footnote** or **citation** gives its label (an auto-numbered one
//!   its number, `[*]` its symbol), then its blocks; a reference to one
//!   shows the same label. A **substitution definition** shows nothing; a
//!   reference to it shows its text.
//! - Comments, targets (`.. _x:`, `__ uri`) and substitution definitions
//!   show nothing. A reference to a target defined in the same cell
//!   (`` _`name` ``, `` `name <uri>`_ ``, `.. _name:`) shows its text.
//! - Blocks are separated by a newline (`\n`).
//!
//! Where docutils reports a problem (an unknown directive or role, a
//! reference to nothing, a section title in a cell, a list that ends
//! without a blank line …), the text is still what docutils shows, and the
//! problem is returned with its place ([`cell_text`]). Directives whose text
//! is not the cell's to show (`include`, `raw` …) are problems too,
//! marked [`Problem::unsupported`].

use std::collections::{BTreeMap, BTreeSet};

use super::char_class::{is_combining, is_wide};
use super::inline::{inline_text_marked, normalize_name, Found, Names};
use super::isolate;
use super::lines::{
    collapse_white_space, dedent, indentation, indented_end, is_blank, is_py_space,
    min_indentation, skip_blank, span,
};
use super::simple_table;

/// Something in a cell's content that docutils reports (or that the
/// generator cannot show), at a 0-based line and column of the cell text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Line of the cell text (0-based).
    pub line: usize,
    /// Column of that line (0-based, in characters).
    pub column: usize,
    /// What is wrong, naming the construct.
    pub message: String,
    /// Valid for docutils, but not something the generator shows: a
    /// directive of the "unsupported" kind in `rst/directives.rs`.
    pub unsupported: bool,
}

/// The plain text a reader sees for the cell text `cell` (as the grid
/// parser returns it: common indentation removed).
///
/// ```
/// use kms_errors_rst::blocks::plain_text;
/// assert_eq!(plain_text("Set the key to\n**Enabled**."), "Set the key to Enabled.");
/// assert_eq!(plain_text("Check:\n\n-  the name\n-  the *format*"), "Check:\n- the name\n- the format");
/// ```
pub fn plain_text(cell: &str) -> String {
    cell_text(cell).0
}

/// [`plain_text`], and the problems docutils reports for the cell, in
/// order of place.
///
/// ```
/// use kms_errors_rst::blocks::cell_text;
/// let (text, problems) = cell_text(".. code-block:: json\n\n   {\"id\": 1}\n\n.. frobnicate::");
/// assert_eq!(text, "{\"id\": 1}");
/// assert_eq!((problems[0].line, problems[0].column), (4, 3));
/// assert_eq!(problems[0].message, "unknown directive type \"frobnicate\"");
/// ```
pub fn cell_text(cell: &str) -> (String, Vec<Problem>) {
    let lines: Vec<&str> = cell.split('\n').collect();
    // References resolve to what the cell defines, wherever it stands: a
    // first pass finds the definitions, the second renders with them.
    let mut pass = Renderer::default();
    let mut text = pass.render(&lines, Origin::default()).join("\n");
    // A substitution's text may hold another substitution: each pass
    // resolves one more level, until nothing changes.
    for _ in 1..MAX_PASSES {
        let names = pass.defined_names();
        if pass.passes > 0 && names.substitutions == pass.names.substitutions {
            break;
        }
        pass = Renderer {
            names,
            passes: pass.passes + 1,
            ..Renderer::default()
        };
        text = pass.render(&lines, Origin::default()).join("\n");
    }
    let mut problems = pass.finish();
    problems.sort_by_key(|p| (p.line, p.column));
    (text, problems)
}

/// Passes over a cell at most: the first finds definitions, each further
/// one resolves one more level of substitutions within substitutions.
const MAX_PASSES: usize = 4;

/// Where a slice of lines starts in the cell text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Origin {
    pub line: usize,
    pub column: usize,
}

impl Origin {
    pub(super) fn down(self, lines: usize) -> Self {
        Origin {
            line: self.line + lines,
            ..self
        }
    }

    pub(super) fn right(self, columns: usize) -> Self {
        Origin {
            column: self.column + columns,
            ..self
        }
    }
}

/// A footnote or citation label as written in its definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Label {
    /// `[1]`
    Number(String),
    /// `[#]` or `[#name]`
    Auto(Option<String>),
    /// `[*]`
    Symbol,
    /// `[CIT2002]`
    Citation(String),
}

/// What one pass over a cell defines.
#[derive(Default)]
pub(super) struct Defined {
    /// Substitution definitions: the name, the text (`None` if docutils
    /// rejects the definition) and where.
    pub substitutions: Vec<(String, Option<String>, Origin)>,
    pub footnotes: Vec<(Label, Origin)>,
    /// `__ uri` and `.. __: uri`.
    pub anonymous_targets: usize,
    /// For each `replace` definition, the substitutions its text refers
    /// to.
    pub substitution_uses: Vec<(String, Vec<String>)>,
    /// `.. _name: uri` targets, normalized, with the URI (`None`: an
    /// internal target), where.
    pub targets: Vec<(String, Option<String>, Origin)>,
}

/// One pass of rendering a cell.
#[derive(Default)]
pub(super) struct Renderer {
    /// What references resolve to (found by the first pass).
    pub names: Names,
    /// What inline parsing met.
    pub found: Found,
    pub defined: Defined,
    pub problems: Vec<Problem>,
    /// Footnote and citation definitions met so far.
    footnotes_seen: usize,
    /// Where the paragraph of each of `found.targets` starts.
    target_places: Vec<Origin>,
    /// Body elements begun so far (not comments, targets, definitions).
    pub elements: usize,
    /// Passes before this one.
    passes: usize,
    /// `class` directives without content: where, and `elements` then (it
    /// applies to the next element; docutils reports one with none after).
    pub pending_classes: Vec<(Origin, usize)>,
}

/// docutils' footnote symbols (`[*]`), then each doubled, tripled …
const SYMBOLS: &[char] = &['*', '†', '‡', '§', '¶', '#', '♠', '♥', '♦', '♣'];

fn symbol(n: usize) -> String {
    let c = SYMBOLS.get(n % SYMBOLS.len()).copied().unwrap_or('*');
    std::iter::repeat(c).take(n / SYMBOLS.len() + 1).collect()
}

/// What the footnotes and citations of a cell are called and show.
#[derive(Default)]
struct FootnoteNames {
    footnotes: BTreeMap<String, String>,
    labels: Vec<String>,
    auto_numbers: Vec<String>,
    symbols: Vec<String>,
    citations: BTreeSet<String>,
}

/// The targets that resolve: a name defined twice resolves nothing
/// (docutils: "Duplicate explicit target name"), unless both point to the
/// same URI.
fn resolvable(found: &[(String, Option<String>)]) -> BTreeSet<String> {
    let mut targets = BTreeSet::new();
    for (name, uri) in found {
        let mut same_name = found.iter().filter(|(n, _)| n == name);
        let unique =
            same_name.clone().count() == 1 || (uri.is_some() && same_name.all(|(_, u)| u == uri));
        if unique {
            targets.insert(name.clone());
        }
    }
    targets
}

impl Renderer {
    /// What the cell defines, for the second pass.
    fn defined_names(&self) -> Names {
        let found = self.all_targets();
        let mut targets = resolvable(&found);
        let mut substitutions = BTreeMap::new();
        for (name, text, _) in &self.defined.substitutions {
            if let Some(text) = text {
                substitutions.insert(name.clone(), text.clone());
            }
        }
        // docutils numbers auto-numbered footnotes in order, skipping the
        // numbers manual footnotes (and other targets) already use.
        let taken: BTreeSet<String> = self
            .defined
            .footnotes
            .iter()
            .filter_map(|(label, _)| match label {
                Label::Number(n) => Some(n.clone()),
                _ => None,
            })
            .chain(targets.iter().cloned())
            .collect();
        let counts = self.name_counts(&found);
        let unique = |name: &str| counts.get(name).map_or(true, |&n| n <= 1);
        let notes = self.footnote_names(&taken, &unique);
        targets.retain(|name| unique(name));
        let defined: Vec<&str> = self
            .defined
            .substitutions
            .iter()
            .map(|(name, _, _)| name.as_str())
            .collect();
        let circular = circular_substitutions(&self.defined.substitution_uses, &defined);
        for name in &circular {
            substitutions.remove(name);
        }
        Names {
            circular,
            targets,
            anonymous: self.defined.anonymous_targets == self.found.anonymous_references,
            substitutions,
            footnotes: notes.footnotes,
            auto_numbers: notes.auto_numbers,
            symbols: notes.symbols,
            citations: notes.citations,
            footnote_labels: notes.labels,
            // Roles take effect where they are defined: the second pass
            // sets them as it meets them.
            roles: BTreeMap::new(),
            default_role: None,
        }
    }

    /// Every target the cell refers to or defines, with its URI if external.
    fn all_targets(&self) -> Vec<(String, Option<String>)> {
        self.found
            .targets
            .iter()
            .cloned()
            .chain(
                self.defined
                    .targets
                    .iter()
                    .map(|(n, uri, _)| (n.clone(), uri.clone())),
            )
            .collect()
    }

    /// How often each name is given (targets, footnote and citation
    /// labels): a labelled footnote among names given more than once is no
    /// reference's. Two external targets of one name and URI are one.
    fn name_counts(&self, found: &[(String, Option<String>)]) -> BTreeMap<String, usize> {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        let labels = self
            .defined
            .footnotes
            .iter()
            .filter_map(|(label, _)| match label {
                Label::Number(n) | Label::Auto(Some(n)) => Some(n.clone()),
                Label::Citation(n) => Some(normalize_name(n)),
                _ => None,
            });
        let mut external = BTreeSet::new();
        let names = found
            .iter()
            .filter(|(name, uri)| uri.is_none() || external.insert((name.clone(), uri.clone())))
            .map(|(n, _)| n.clone());
        for name in names.collect::<Vec<_>>().into_iter().chain(labels) {
            *counts.entry(name).or_default() += 1;
        }
        counts
    }

    /// The footnotes' and citations' names and shown labels: auto-numbered
    /// ones numbered past the `taken` numbers, names given more than once
    /// (`unique` false) reaching nothing.
    fn footnote_names(
        &self,
        taken: &BTreeSet<String>,
        unique: &dyn Fn(&str) -> bool,
    ) -> FootnoteNames {
        let mut notes = FootnoteNames::default();
        let mut next = 0;
        for (label, _) in &self.defined.footnotes {
            let shown = match label {
                Label::Number(n) => {
                    if unique(n) {
                        notes.footnotes.insert(n.clone(), n.clone());
                    }
                    n.clone()
                }
                Label::Auto(name) => {
                    let number = loop {
                        next += 1;
                        if !taken.contains(&next.to_string()) {
                            break next.to_string();
                        }
                    };
                    match name {
                        // docutils drops a name given twice: no reference
                        // reaches the footnote.
                        Some(name) if !unique(name) => {}
                        Some(name) => {
                            notes.footnotes.insert(format!("#{name}"), number.clone());
                        }
                        // An unnamed one takes its number as its name.
                        None => {
                            notes.footnotes.insert(number.clone(), number.clone());
                            notes.auto_numbers.push(number.clone());
                        }
                    }
                    number
                }
                Label::Symbol => {
                    notes.symbols.push(symbol(notes.symbols.len()));
                    symbol(notes.symbols.len() - 1)
                }
                Label::Citation(name) => {
                    if unique(&normalize_name(name)) {
                        notes.citations.insert(normalize_name(name));
                    }
                    name.clone()
                }
            };
            notes.labels.push(shown);
        }
        notes
    }

    /// The problems of the pass, with those only the whole cell shows.
    fn finish(mut self) -> Vec<Problem> {
        for (at, elements) in std::mem::take(&mut self.pending_classes) {
            if elements == self.elements {
                self.problem(
                    at,
                    "no suitable element following the \"class\" directive".to_string(),
                );
            }
        }
        let (references, targets) = (
            self.found.anonymous_references,
            self.defined.anonymous_targets,
        );
        if references != targets {
            self.problem(
                Origin::default(),
                format!(
                    "anonymous hyperlink mismatch: {references} references but {targets} targets"
                ),
            );
        }
        let mut seen: BTreeMap<String, Origin> = BTreeMap::new();
        let duplicates: Vec<(String, Origin)> = self
            .defined
            .substitutions
            .iter()
            .filter(|(_, text, _)| text.is_some())
            .filter_map(|(name, _, at)| seen.insert(name.clone(), *at).map(|_| (name.clone(), *at)))
            .collect();
        for (name, at) in duplicates {
            self.problem(
                at,
                format!("duplicate substitution definition name \"{name}\""),
            );
        }
        // A name given twice, unless both are targets of the same URI.
        let mut seen: BTreeMap<String, Option<String>> = BTreeMap::new();
        let labels: Vec<(String, Option<String>, Origin)> = self
            .defined
            .footnotes
            .iter()
            .filter_map(|(label, at)| match label {
                Label::Number(n) => Some((n.clone(), None, *at)),
                Label::Auto(Some(n)) => Some((n.clone(), None, *at)),
                Label::Citation(n) => Some((normalize_name(n), None, *at)),
                _ => None,
            })
            .chain(self.defined.targets.iter().cloned())
            .chain(
                self.found
                    .targets
                    .iter()
                    .zip(&self.target_places)
                    .map(|((name, uri), at)| (name.clone(), uri.clone(), *at)),
            )
            .collect();
        for (name, uri, at) in labels {
            match seen.get(&name) {
                Some(earlier) if uri.is_some() && *earlier == uri => {}
                Some(_) => self.problem(at, format!("duplicate explicit target name \"{name}\"")),
                None => {
                    seen.insert(name, uri);
                }
            }
        }
        self.problems
    }

    pub(super) fn problem(&mut self, at: Origin, message: String) {
        self.problems.push(Problem {
            line: at.line,
            column: at.column,
            message,
            unsupported: false,
        });
    }

    /// A problem at `at` when the construct ending before `lines[end]` is
    /// followed by a line that is not blank (docutils: "… ends without a
    /// blank line; unexpected unindent").
    pub(super) fn ends_without_blank(
        &mut self,
        lines: &[&str],
        end: usize,
        at: Origin,
        what: &str,
    ) {
        // Explicit markup may follow explicit markup directly.
        let explicit = |l: &str| {
            let after = |p: &str| {
                l.strip_prefix(p)
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            };
            after("..") || after("__")
        };
        let next_explicit =
            what == "explicit markup" && lines.get(end).is_some_and(|l| explicit(l));
        if !next_explicit && lines.get(end).is_some_and(|l| !is_blank(l)) {
            self.problem(
                at.down(end),
                format!("{what} ends without a blank line; unexpected unindent"),
            );
        }
    }

    /// The inline text of a paragraph whose first character is at `at`,
    /// its problems located.
    pub(super) fn inline(&mut self, text: &str, at: Origin) -> String {
        self.inline_marked(text, at).0
    }

    /// [`Self::inline`], and the byte ranges of the text that came from
    /// markup.
    pub(super) fn inline_marked(
        &mut self,
        text: &str,
        at: Origin,
    ) -> (String, Vec<(usize, usize)>) {
        let targets = self.found.targets.len();
        let shown = inline_text_marked(text, &self.names, &mut self.found);
        let new_targets = self.found.targets.len().saturating_sub(targets);
        self.target_places
            .extend(std::iter::repeat(at).take(new_targets));
        let chars: Vec<char> = text.chars().collect();
        for (offset, message) in std::mem::take(&mut self.found.problems) {
            let before = chars.get(..offset).unwrap_or_default();
            let line = before.iter().filter(|&&c| c == '\n').count();
            let column = before.iter().rev().take_while(|&&c| c != '\n').count();
            self.problem(at.down(line).right(column), message);
        }
        shown
    }

    /// [`Self::inline`], white space collapsed.
    pub(super) fn inline_line(&mut self, text: &str, at: Origin) -> String {
        collapse_white_space(&self.inline(text, at))
    }

    /// What the next footnote definition shows as its label (they come in
    /// the order the first pass numbered them).
    pub(super) fn footnote_label(&mut self, label: &Label) -> String {
        self.footnotes_seen += 1;
        match self.names.footnote_labels.get(self.footnotes_seen - 1) {
            Some(shown) => shown.clone(),
            // The first pass: labels are not known yet.
            None => match label {
                Label::Number(n) | Label::Citation(n) => n.clone(),
                _ => String::new(),
            },
        }
    }

    /// The blocks of `lines` (a body: a cell, an item, a directive's
    /// content) whose first line starts at `at`.
    pub(super) fn render(&mut self, lines: &[&str], at: Origin) -> Vec<String> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let Some(&line) = lines.get(i) else { break };
            if is_blank(line) {
                i += 1;
                continue;
            }
            let explicit = line.starts_with("..") || line.starts_with("__");
            if !explicit {
                self.elements += 1;
            }
            if indentation(line) > 0 {
                let end = indented_end(lines, i);
                out.extend(self.block_quote(span(lines, i, end), at.down(i)));
                self.ends_without_blank(lines, end, at, "block quote");
                i = end;
                continue;
            }
            // In docutils' order of body patterns.
            if let Some((blocks, next)) = self
                .bullet_list(lines, i, at)
                .or_else(|| self.enumerated_list(lines, i, at))
                .or_else(|| self.field_list(lines, i, at))
                .or_else(|| self.option_list(lines, i, at))
                .or_else(|| self.doctest_block(lines, i))
                .or_else(|| self.line_block(lines, i, at))
                .or_else(|| self.grid_table(lines, i, at))
                .or_else(|| self.simple_table(lines, i, at))
                .or_else(|| self.explicit_markup(lines, i, at))
                .or_else(|| self.anonymous_target(lines, i, at))
                .or_else(|| self.lone_punctuation_line(lines, i, at))
            {
                out.extend(blocks);
                i = next;
                continue;
            }
            i = self.paragraph(lines, i, &mut out, at);
        }
        out
    }

    pub(super) fn render_owned(&mut self, lines: &[String], at: Origin) -> Vec<String> {
        let borrowed: Vec<&str> = lines.iter().map(String::as_str).collect();
        self.render(&borrowed, at)
    }

    /// An indented block (its lines as in the body, indentation kept): its
    /// blocks, each attribution (`-- Author`) after the quote it ends.
    pub(super) fn block_quote(&mut self, lines: &[&str], at: Origin) -> Vec<String> {
        let indent = min_indentation(lines);
        self.quote(&dedent(lines), at.right(indent))
    }

    /// A block quote's lines (without their indentation): its blocks, each
    /// attribution after the quote it ends.
    pub(super) fn quote(&mut self, lines: &[String], at: Origin) -> Vec<String> {
        let mut out = Vec::new();
        let mut start = 0;
        while start < lines.len() {
            let rest = lines.get(start..).unwrap_or_default();
            let (quote_end, attribution) = split_attribution(rest);
            out.extend(
                self.render_owned(rest.get(..quote_end).unwrap_or_default(), at.down(start)),
            );
            let Some((text, end)) = attribution else {
                break;
            };
            self.elements += 1;
            let line = self.inline_line(&text, at.down(start + quote_end));
            if !line.is_empty() {
                out.push(line);
            }
            start += end;
            while lines.get(start).is_some_and(|l| is_blank(l)) {
                start += 1;
            }
        }
        out
    }
}

/// The substitutions whose `replace` text leads back to themselves
/// (names compared as docutils resolves them: as written, then in lower
/// case).
fn circular_substitutions(uses: &[(String, Vec<String>)], defined: &[&str]) -> BTreeSet<String> {
    // The definition a reference names, and what its text refers to (none
    // for a definition that is not a `replace`).
    let resolve = |name: &str| -> Option<&(String, Vec<String>)> {
        let target = defined.iter().find(|n| **n == name).or_else(|| {
            defined
                .iter()
                .find(|n| normalize_name(n) == normalize_name(name))
        })?;
        uses.iter().find(|(n, _)| n == target)
    };
    let mut circular = BTreeSet::new();
    for (start, _) in uses {
        let mut stack: Vec<&str> = vec![start];
        let mut seen = BTreeSet::new();
        while let Some(name) = stack.pop() {
            let Some((_, refs)) = resolve(name) else {
                continue;
            };
            for r in refs {
                if resolve(r).is_some_and(|(n, _)| n == start) {
                    circular.insert(start.clone());
                }
                if seen.insert(r.as_str()) {
                    stack.push(r);
                }
            }
        }
    }
    circular
}

/// docutils' `split_attribution`: the end of the quote's own lines and, if
/// an attribution follows them (a line starting `--`, `---` or `—` after a
/// blank line, then lines indented alike), its text and where it ends.
fn split_attribution(lines: &[String]) -> (usize, Option<(String, usize)>) {
    let mut blank = None;
    let mut nonblank_seen = false;
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim_end_matches(is_py_space);
        if line.is_empty() {
            blank = Some(i);
            continue;
        }
        if nonblank_seen && blank == i.checked_sub(1) {
            if let Some(text_start) = attribution_start(line) {
                if let Some((end, indent)) = check_attribution(lines, i) {
                    let mut text: Vec<String> = vec![line.chars().skip(text_start).collect()];
                    text.extend(
                        lines
                            .get(i + 1..end)
                            .unwrap_or_default()
                            .iter()
                            .map(|l| l.chars().skip(indent).collect()),
                    );
                    let text = text.join("\n").trim_end_matches(is_py_space).to_string();
                    return (i, Some((text, end)));
                }
            }
        }
        nonblank_seen = true;
    }
    (lines.len(), None)
}

/// `(---?(?!-)|\u2014) *(?=[^ \n])`: where the attribution's text starts.
fn attribution_start(line: &str) -> Option<usize> {
    let chars: Vec<char> = line.chars().collect();
    let dash = if chars.first() == Some(&'\u{2014}') {
        1
    } else {
        let n = chars.iter().take_while(|&&c| c == '-').count();
        if !(2..=3).contains(&n) {
            return None;
        }
        n
    };
    let spaces = chars.iter().skip(dash).take_while(|&&c| c == ' ').count();
    chars
        .get(dash + spaces)
        .is_some_and(|&c| c != ' ' && c != '\n')
        .then_some(dash + spaces)
}

/// docutils' `check_attribution`: the lines after its first, up to a blank
/// line, must be indented alike. The end and that indentation.
fn check_attribution(lines: &[String], start: usize) -> Option<(usize, usize)> {
    let mut indent = None;
    let mut i = start + 1;
    while let Some(line) = lines.get(i) {
        let line = line.trim_end_matches(is_py_space);
        if line.is_empty() {
            break;
        }
        let this = indentation(line);
        match indent {
            None => indent = Some(this),
            Some(indent) if indent != this => return None,
            Some(_) => {}
        }
        i += 1;
    }
    Some((i, indent.unwrap_or(0)))
}

impl Renderer {
    /// A doctest block (`>>> `): its lines up to a blank line, as one line,
    /// without inline markup.
    fn doctest_block(&mut self, lines: &[&str], start: usize) -> Option<(Vec<String>, usize)> {
        let rest = lines.get(start)?.strip_prefix(">>>")?;
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return None;
        }
        let mut end = start;
        while lines.get(end).is_some_and(|l| !is_blank(l)) {
            end += 1;
        }
        let text = collapse_white_space(&span(lines, start, end).join("\n"));
        Some((vec![text], end))
    }

    /// A grid table (`+---+`): the blocks of each of its cells in reading
    /// order; nothing for a table docutils rejects.
    fn grid_table(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        let first: Vec<char> = lines.get(start)?.chars().collect();
        if !super::grid::is_top_border(&first) {
            return None;
        }
        let owned: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let (table, next) = isolate::grid_table_at(&owned, start);
        let mut out = Vec::new();
        match table {
            Ok(table) => {
                for cell in table.header.iter().chain(&table.body).flatten().flatten() {
                    let cell_lines: Vec<&str> = cell.text.split('\n').collect();
                    let cell_at = at.down(start + cell.text_line).right(cell.text_column);
                    out.extend(self.render(&cell_lines, cell_at));
                }
                self.ends_without_blank(lines, next, at, "table");
            }
            Err(err) => self.problem(at.down(start), format!("malformed table: {}", err.message)),
        }
        Some((out, next.max(start + 1)))
    }
}

impl Renderer {
    /// A paragraph from `start`, or a definition list when its one line is
    /// followed by an indented one; a `::` at its end makes the following
    /// indented block literal. Returns where parsing goes on.
    fn paragraph(
        &mut self,
        lines: &[&str],
        start: usize,
        out: &mut Vec<String>,
        at: Origin,
    ) -> usize {
        if let Some(end) = self.section_title(lines, start, at) {
            return end;
        }
        let mut end = start;
        while lines
            .get(end)
            .is_some_and(|l| !is_blank(l) && indentation(l) == 0)
        {
            end += 1;
        }
        let indented_next = lines.get(end).is_some_and(|l| !is_blank(l));
        if indented_next && end == start + 1 {
            return self.definition_list(lines, start, out, at);
        }
        let data = span(lines, start, end).join("\n");
        let data = data.trim_end_matches(is_py_space);
        let mut literal_next = false;
        let text = match data.strip_suffix("::") {
            Some("") => {
                literal_next = true;
                None
            }
            Some(before) => {
                literal_next = true;
                if before.ends_with([' ', '\n']) {
                    Some(before.trim_end_matches(is_py_space).to_string())
                } else {
                    Some(format!("{before}:"))
                }
            }
            None => Some(data.to_string()),
        };
        if let Some(text) = text {
            let text = self.inline_line(&text, at.down(start));
            if !text.is_empty() {
                out.push(text);
            }
        }
        if indented_next {
            self.problem(at.down(end), "unexpected indentation".to_string());
        }
        if !literal_next {
            return end;
        }
        self.literal_block(lines, end, out, at)
    }

    /// The literal block after a paragraph that ends in `::` (which ends at
    /// `end`): indented, or quoted (unindented lines that all start with
    /// the same ASCII punctuation character); where it ends.
    fn literal_block(
        &mut self,
        lines: &[&str],
        end: usize,
        out: &mut Vec<String>,
        at: Origin,
    ) -> usize {
        let next = skip_blank(lines, end);
        if lines.get(next).is_some_and(|l| indentation(l) > 0) {
            let block_end = indented_end(lines, next);
            out.push(dedent(span(lines, next, block_end)).join("\n"));
            self.ends_without_blank(lines, block_end, at, "literal block");
            return block_end;
        }
        let quote = lines
            .get(next)
            .and_then(|l| l.chars().next())
            .filter(char::is_ascii_punctuation);
        let Some(quote) = quote else {
            self.problem(
                at.down(end),
                "literal block expected; none found".to_string(),
            );
            return end;
        };
        let mut block_end = next;
        while lines.get(block_end).is_some_and(|l| l.starts_with(quote)) {
            block_end += 1;
        }
        if lines.get(block_end).is_some_and(|l| !is_blank(l)) {
            self.problem(
                at.down(block_end),
                "inconsistent literal block quoting".to_string(),
            );
        }
        out.push(span(lines, next, block_end).join("\n"));
        block_end
    }

    /// A definition list from `start`: each item a term line (its
    /// classifiers, ` : ` apart, on lines of their own) followed directly
    /// by its indented definition.
    fn definition_list(
        &mut self,
        lines: &[&str],
        start: usize,
        out: &mut Vec<String>,
        at: Origin,
    ) -> usize {
        let mut i = start;
        loop {
            let term = lines.get(i).copied().unwrap_or_default();
            let (text, markup) = self.inline_marked(term, at.down(i));
            for part in split_classifiers(&text, &markup) {
                let part = collapse_white_space(&part);
                if !part.is_empty() {
                    out.push(part);
                }
            }
            let end = indented_end(lines, i + 1);
            out.extend(self.block_quote_body(span(lines, i + 1, end), at.down(i + 1)));
            let next = skip_blank(lines, end);
            let is_item = |j: usize| {
                lines
                    .get(j)
                    .is_some_and(|l| !is_blank(l) && indentation(l) == 0)
                    && lines
                        .get(j + 1)
                        .is_some_and(|l| !is_blank(l) && indentation(l) > 0)
                    && !Self::starts_other_body(lines, j)
            };
            if !is_item(next) {
                self.ends_without_blank(lines, end, at, "definition list");
                return end;
            }
            i = next;
        }
    }

    /// The definition of a definition list item: its blocks (no
    /// attribution: it is not a block quote).
    fn block_quote_body(&mut self, lines: &[&str], at: Origin) -> Vec<String> {
        let indent = min_indentation(lines);
        self.render_owned(&dedent(lines), at.right(indent))
    }

    /// Whether the line opens a body element other than a paragraph (so it
    /// cannot be a definition list's term).
    pub(super) fn starts_other_body(lines: &[&str], i: usize) -> bool {
        let line = lines.get(i).copied().unwrap_or_default();
        // A list item (bullet, or an enumerator docutils accepts given the
        // next line); an option is a list whenever an indented line
        // follows, as it does for a definition list's term.
        super::markers::list_item_column(line, lines.get(i + 1).copied()).is_some()
            || super::markers::field_marker(line).is_some()
            || super::markers::option_marker(line).is_some()
            || line.starts_with(">>>")
            || super::markers::line_block_text(line).is_some()
            || line.starts_with("..")
            || line.starts_with("__")
            || simple_table::is_top(line)
            || super::grid::is_top_border(&line.chars().collect::<Vec<_>>())
    }

    /// A paragraph's first line underlined by the next line is a section
    /// title, which a table cell may not hold: docutils replaces both lines
    /// by an error message, so they show nothing. An underline shorter than
    /// the title and than four characters is ordinary text. Returns the
    /// line after the underline.
    fn section_title(&mut self, lines: &[&str], start: usize, at: Origin) -> Option<usize> {
        let title = lines.get(start)?.trim_end_matches(is_py_space);
        let underline = lines.get(start + 1)?.trim_end_matches(is_py_space);
        if !is_punctuation_line(underline) {
            return None;
        }
        let short =
            column_width(title) > underline.chars().count() && underline.chars().count() < 4;
        if short {
            return None;
        }
        self.problem(at.down(start), "unexpected section title".to_string());
        Some(start + 2)
    }

    /// A punctuation line that starts a body element (a section overline or
    /// a transition): in a table cell docutils replaces it by an error
    /// message, unless it is `::` or shorter than four characters (then it
    /// is text).
    fn lone_punctuation_line(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        let line = lines.get(start)?;
        let stripped = line.trim_matches(is_py_space);
        if !(is_punctuation_line(line) && stripped != "::" && stripped.chars().count() >= 4) {
            return None;
        }
        self.problem(
            at.down(start),
            "unexpected section title or transition".to_string(),
        );
        Some((Vec::new(), start + 1))
    }
}

/// docutils' `term_classifiers`: a term's text split at ` : ` (spaces on
/// both sides) where it is plain text, not inside markup (byte ranges
/// `markup`).
fn split_classifiers(text: &str, markup: &[(usize, usize)]) -> Vec<String> {
    let in_markup = |at: usize| markup.iter().any(|&(from, to)| from <= at && at < to);
    let plain_space = |&&(at, c): &&(usize, char)| c == ' ' && !in_markup(at);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut i = 0;
    while let Some(&(at, c)) = chars.get(i) {
        if c == ' ' && !in_markup(at) {
            let spaces = chars.iter().skip(i).take_while(plain_space).count();
            let colon = i + spaces;
            let after = chars.iter().skip(colon + 1).take_while(plain_space).count();
            let is_colon = chars
                .get(colon)
                .is_some_and(|&(a, c)| c == ':' && !in_markup(a));
            if is_colon && after > 0 {
                parts.push(std::mem::take(&mut current));
                i = colon + 1 + after;
                continue;
            }
        }
        current.push(c);
        i += 1;
    }
    parts.push(current);
    parts
}

/// docutils' `line` pattern, `([!-/:-@[-`{-~])\1* *$`: one ASCII
/// punctuation character repeated (an underline, overline or transition).
fn is_punctuation_line(line: &str) -> bool {
    let line = line.trim_end_matches(' ');
    let mut chars = line.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_punctuation() && chars.all(|c| c == first))
}

/// docutils' `column_width`: East Asian wide characters count two columns,
/// combining characters none.
fn column_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if is_combining(c) {
                0
            } else if is_wide(c) {
                2
            } else {
                1
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    // What the cell shows is checked against docutils in
    // tests/cell_constructs.rs and tests/plain_text.rs; these check where
    // problems are placed, which docutils gives only by line.

    fn places(cell: &str) -> Vec<(usize, usize, bool)> {
        cell_text(cell)
            .1
            .iter()
            .map(|p| (p.line, p.column, p.unsupported))
            .collect()
    }

    #[test]
    fn problems_are_placed_at_their_construct() {
        assert_eq!(places("Text.\n\n.. frobnicate:: x"), [(2, 3, false)]);
        assert_eq!(places("- item\n\n  .. include:: x.rst"), [(2, 5, true)]);
        assert_eq!(places("First line\nthen |nope| here."), [(1, 5, false)]);
        assert_eq!(places("- a *b\n  c"), [(0, 4, false)]);
        assert_eq!(places("Para\n\n   quote\nback"), [(3, 0, false)]);
    }

    #[test]
    fn problems_come_in_order_of_place() {
        let (_, problems) = cell_text("|b|\n\n|a|\n\n.. |a| replace:: x\n.. |a| replace:: y");
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [0, 5]);
    }
}
