//! Lists and list-like blocks of a cell: bullet and enumerated lists,
//! field and option lists, line blocks (the line classifiers they use are
//! in `markers`).

use super::blocks::{Origin, Renderer};
use super::lines::{is_blank, is_py_space, skip_blank, span};
use super::markers::{
    bullet_marker, field_marker, indented_until_blank, is_valid_item, item_body, label,
    line_block_text, list_item_body, option_marker, parse_enumerator, Sequence,
};

impl Renderer {
    pub(super) fn line_block(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        let text_of = |line: &str| line_block_text(line).map(str::to_string);
        text_of(lines.get(start)?)?;
        let mut out = Vec::new();
        let mut i = start;
        while let Some(first) = lines.get(i).and_then(|l| text_of(l)) {
            let end = indented_until_blank(lines, i);
            let mut text = vec![first];
            text.extend(
                span(lines, i + 1, end)
                    .iter()
                    .map(|l| l.trim_start_matches(is_py_space).to_string()),
            );
            let line = self.inline_line(&text.join("\n"), at.down(i).right(2));
            if !line.is_empty() {
                out.push(line);
            }
            i = end;
        }
        self.ends_without_blank(lines, i, at, "line block");
        Some((out, i))
    }

    pub(super) fn field_list(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        field_marker(lines.get(start)?)?;
        let mut out = Vec::new();
        let mut i = start;
        let mut end = start;
        while let Some((name, column)) = lines.get(i).and_then(|l| field_marker(l)) {
            let name = self.inline_line(&name, at.down(i).right(1));
            if !name.is_empty() {
                out.push(name);
            }
            let body;
            (body, end) = item_body(lines, i, column);
            out.extend(self.render_owned(&body, at.down(i).right(column)));
            i = skip_blank(lines, end);
        }
        self.ends_without_blank(lines, end, at, "field list");
        Some((out, i))
    }

    pub(super) fn option_list(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        let mut out = Vec::new();
        let mut i = start;
        let mut last_end = start;
        while let Some((options, column)) = lines.get(i).and_then(|l| option_marker(l)) {
            let (body, end) = item_body(lines, i, column);
            if body.iter().all(|l| is_blank(l)) {
                break;
            }
            out.push(options);
            out.extend(self.render_owned(&body, at.down(i).right(column)));
            last_end = end;
            i = skip_blank(lines, end);
        }
        if i == start {
            return None;
        }
        self.ends_without_blank(lines, last_end, at, "option list");
        Some((out, i))
    }

    pub(super) fn bullet_list(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        let (marker, _) = bullet_marker(lines.get(start)?)?;
        let mut out = Vec::new();
        let mut i = start;
        let mut last_end = start;
        while i < lines.len() {
            match lines.get(i).and_then(|l| bullet_marker(l)) {
                Some((m, column)) if m == marker => {
                    let (body, end) = list_item_body(lines, i, column);
                    let blocks = self.render_owned(&body, at.down(i).right(column));
                    out.push(format!("- {}", blocks.join(" ")));
                    last_end = end;
                    i = skip_blank(lines, end);
                }
                _ => break,
            }
        }
        self.ends_without_blank(lines, last_end, at, "bullet list");
        Some((out, i))
    }

    pub(super) fn enumerated_list(
        &mut self,
        lines: &[&str],
        start: usize,
        at: Origin,
    ) -> Option<(Vec<String>, usize)> {
        let first = parse_enumerator(lines.get(start)?)?;
        if !is_valid_item(lines, start, &first) {
            return None;
        }
        let list_start = first.ordinal.unwrap_or(1);
        let mut expected = list_start;
        let mut out = Vec::new();
        let mut i = start;
        let mut last_end = start;
        while i < lines.len() {
            let Some(e) = lines.get(i).and_then(|l| parse_enumerator(l)) else {
                break;
            };
            let same_list = e.format == first.format
                && (e.sequence == first.sequence || e.sequence == Sequence::Auto)
                && e.ordinal.map_or(true, |n| n == expected);
            if !same_list || !is_valid_item(lines, i, &e) {
                break;
            }
            let (body, end) = list_item_body(lines, i, e.column);
            let shown_sequence = if first.sequence == Sequence::Auto {
                Sequence::Arabic
            } else {
                first.sequence
            };
            let blocks = self.render_owned(&body, at.down(i).right(e.column));
            out.push(format!(
                "{}. {}",
                label(shown_sequence, expected),
                blocks.join(" ")
            ));
            expected += 1;
            last_end = end;
            i = skip_blank(lines, end);
        }
        self.ends_without_blank(lines, last_end, at, "enumerated list");
        Some((out, i))
    }
}
