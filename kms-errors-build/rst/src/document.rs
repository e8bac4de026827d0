//! Finding the grid tables of a whole document, as docutils' RST state
//! machine isolates them (`states.Body.isolate_grid_table`).

use std::borrow::Cow;

use super::directives;
use super::grid;
use super::isolate::isolate;
pub use super::isolate::FoundTable;
use super::lines::{indentation, is_py_space};
use super::markers;

/// Every grid table of the document, in order. `lines` are the document's
/// lines as [`split_lines`](super::lines::split_lines) gives them.
///
/// A table starts at a top border (`+---+`) where docutils' state machine
/// may begin a new body element: the first line, a line after a blank
/// line, a line whose indentation differs from the line before (a block
/// quote or definition begins, or an enclosing block ends), or the line
/// where the previous table or line block stopped. Its block is the
/// following non-blank lines at the same indentation. Indented text that
/// follows a `::` paragraph, a literal directive (`.. code-block::` …), a
/// comment, or the first line of any other explicit markup is skipped: it
/// is not a new body.
///
/// Where docutils cuts a table short (a line that does not start with `+`
/// or `|`, or no bottom border), it reads the rest of the block again as
/// ordinary text, so the rest may hold a table of its own (often a
/// malformed one): that is found too, where docutils finds it.
pub fn find_grid_tables(lines: &[String]) -> Vec<FoundTable> {
    let mut tables = Vec::new();
    // Whether docutils is in its body state at this line, where a new
    // element may begin.
    let mut body_start = true;
    // Where the text of the previous non-blank line starts.
    let mut previous_indent: Option<usize> = None;
    // While `Some(n)`, lines indented by more than `n` belong to a literal
    // block, a comment, or the argument and options of explicit markup.
    let mut literal_above: Option<Literal> = None;
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        if line.is_empty() {
            body_start = true;
            if literal_above.is_some_and(|l| l.ends_at_blank) {
                literal_above = None;
            }
            i += 1;
            continue;
        }
        let indent = indentation(line);
        if let Some(literal) = literal_above {
            if indent > literal.indent {
                i += 1;
                continue;
            }
            literal_above = None;
            body_start = true;
        } else if previous_indent.is_some_and(|p| p != indent) {
            body_start = true;
        }
        let stripped = line.trim_start_matches(is_py_space);
        // Where the body a line opens starts: after list markers (`- `,
        // `1. `, nested `- - `) the item's text is a body of its own. A
        // list item's continuation lines are indented to its text; only a
        // line that opens a body element can open an item.
        let (column, text) = if body_start {
            item_text(lines, i, indent, stripped)
        } else {
            (indent, Cow::Borrowed(stripped))
        };
        if body_start && grid::is_top_border(&text.chars().collect::<Vec<_>>()) {
            let (found, resume) = if column == indent {
                isolate(lines, i, indent)
            } else {
                table_in_list_item(lines, i, column, &text)
            };
            tables.push(found);
            i = resume.max(i + 1);
            previous_indent = Some(column);
            continue;
        }
        if body_start && is_line_block_line(&text) {
            i = line_block_end(lines, i, column);
            previous_indent = Some(column);
            continue;
        }
        literal_above = literal_after(&text, column);
        previous_indent = Some(column);
        body_start = false;
        i += 1;
    }
    tables
}

/// The column and text of the body that line `i` (at `indent`, left-stripped
/// `stripped`) opens: the text after its list markers, if it opens list
/// items (an enumerator only where docutils accepts one, given the next
/// line), else the line itself.
fn item_text<'l>(
    lines: &[String],
    i: usize,
    indent: usize,
    stripped: &'l str,
) -> (usize, Cow<'l, str>) {
    let next = lines.get(i + 1).and_then(|next| {
        (!next.is_empty() && indentation(next) >= indent)
            .then(|| next.chars().skip(indent).collect::<String>())
    });
    let (mut column, mut text) = (indent, Cow::Borrowed(stripped));
    let mut next = next.as_deref();
    while let Some(marker) = markers::list_item_column(&text, next).filter(|&m| m > 0) {
        column += marker;
        text = Cow::Owned(text.chars().skip(marker).collect());
        // Whether a nested enumerator is an item depends on lines this
        // scan does not follow: taken as the end of the item.
        next = None;
    }
    (column, text)
}

/// A table that starts right after the marker of the list item at line
/// `start` (`- +---+`): docutils parses the item's text, `text`, which
/// begins at `column`, as a body of its own. The table and where reading
/// goes on.
fn table_in_list_item(
    lines: &[String],
    start: usize,
    column: usize,
    text: &str,
) -> (FoundTable, usize) {
    // The item's first line as if its text stood alone at `column`, and
    // the lines the table's block can take (those at `column`) plus the one
    // after them, which `isolate` looks at: no more, so that many such
    // items cost no more than their lines.
    let block_end = (start + 1..lines.len())
        .find(|&j| {
            lines
                .get(j)
                .is_some_and(|l| l.is_empty() || indentation(l) != column)
        })
        .unwrap_or(lines.len());
    let end = (block_end + 1).min(lines.len());
    let mut item: Vec<String> = lines.get(start..end).unwrap_or_default().to_vec();
    if let Some(first) = item.first_mut() {
        *first = format!("{}{text}", " ".repeat(column));
    }
    let (mut found, resume) = isolate(&item, 0, column);
    found.first_line += start;
    found.cut_rows_at = found.cut_rows_at.map(|line| line + start);
    (found, start + resume)
}

/// Text that follows a line and is not a new body: see [`literal_after`].
#[derive(Clone, Copy)]
struct Literal {
    /// Lines indented by more than this belong to it.
    indent: usize,
    /// Explicit markup's arguments and options end at a blank line (its
    /// content after that is ordinary RST); literal text does not.
    ends_at_blank: bool,
}

/// docutils' line-block start, `\|( +|$)`.
fn is_line_block_line(stripped: &str) -> bool {
    stripped
        .strip_prefix('|')
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// The line after the line block starting at `start`: its lines start with
/// `| ` at `indent`, each followed by more-indented continuation lines.
fn line_block_end(lines: &[String], start: usize, indent: usize) -> usize {
    let mut i = start + 1;
    while let Some(line) = lines.get(i).filter(|l| !l.is_empty()) {
        let line_indent = indentation(line);
        let continues = line_indent > indent
            || (line_indent == indent && is_line_block_line(line.trim_start_matches(is_py_space)));
        if !continues {
            break;
        }
        i += 1;
    }
    i
}

/// What indented text right after this (already left-stripped) line at
/// `indent` is when it is not a new body: the literal block after a `::`
/// paragraph, the content of a literal directive or comment, or the
/// arguments and options of other explicit markup.
fn literal_after(text: &str, indent: usize) -> Option<Literal> {
    let literal = |ends_at_blank| {
        Some(Literal {
            indent,
            ends_at_blank,
        })
    };
    let Some(rest) = text.strip_prefix("..") else {
        return if text.ends_with("::") {
            literal(false)
        } else {
            None
        };
    };
    if rest.is_empty() {
        return literal(false);
    }
    if !rest.starts_with(' ') {
        return if text.ends_with("::") {
            literal(false)
        } else {
            None
        };
    }
    let rest = rest.trim_start();
    if rest.starts_with('_') || rest.starts_with('[') || rest.starts_with('|') {
        return literal(true);
    }
    match rest.split_once("::") {
        Some((name, _)) if is_directive_name(name) => literal(!directives::content_is_text(name)),
        // Explicit markup that is not a directive, target, footnote or
        // substitution is a comment.
        _ => literal(false),
    }
}

fn is_directive_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '+' | ':' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    fn tables(doc: &str) -> Vec<FoundTable> {
        find_grid_tables(&split_lines(doc))
    }

    #[test]
    fn finds_indented_and_several_tables() {
        let doc = include_str!("../testdata/document/finds_indented_and_several_tables.rst");
        let found = tables(doc);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].first_line, found[0].indent), (4, 0));
        assert_eq!((found[1].first_line, found[1].indent), (10, 3));
        assert_eq!(found[1].locate(1, 2), (11, 6));
        assert!(found.iter().all(|t| t.table.is_ok()));
    }

    #[test]
    fn a_table_in_a_list_item() {
        let found = tables(include_str!(
            "../testdata/document/a_table_in_a_list_item.rst"
        ));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].first_line, found[0].indent), (3, 2));
        assert!(found[0].table.is_ok());
    }

    #[test]
    fn a_border_needs_a_blank_line_before_it() {
        assert!(tables(include_str!(
            "../testdata/document/a_border_needs_a_blank_line_before_it.rst"
        ))
        .is_empty());
    }

    #[test]
    fn literal_blocks_and_code_are_not_tables() {
        let doc = include_str!("../testdata/document/literal_blocks_and_code_are_not_tables.rst");
        let found = tables(doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].first_line, 18);
    }

    #[test]
    fn ragged_right_edge_is_located() {
        let found = tables(include_str!(
            "../testdata/document/ragged_right_edge_is_located.rst"
        ));
        let err = found[0].table.as_ref().unwrap_err();
        assert_eq!(
            found[0].describe(err),
            (2, 1, "Malformed table. The right border is not straight: a line is 6 columns wide, the top border 7 (line 3, column 6).".to_string())
        );
    }

    #[test]
    fn missing_bottom_border() {
        let found = tables("+-----+\n| a   |\n| b   |\n");
        let err = found[0].table.as_ref().unwrap_err();
        assert_eq!(
            found[0].describe(err),
            (1, 1, "Malformed table. No bottom border (a line like `+----+`) closes the table (line 3, column 1).".to_string())
        );
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let found = tables(include_str!(
            "../testdata/document/wide_characters_count_two_columns.rst"
        ));
        let grid = found[0].table.as_ref().unwrap();
        assert_eq!(grid.colwidths, [6, 3]);
        assert_eq!(grid.body[0][0].as_ref().unwrap().text, "北西");
    }

    // Expected values in the tests below are what docutils 0.19 does with
    // the same documents (tools/differential.py's harness).

    #[test]
    fn the_rest_of_a_table_without_bottom_border_is_read_again() {
        let doc = include_str!(
            "../testdata/document/the_rest_of_a_table_without_bottom_border_is_read_again.rst"
        );
        let found = tables(doc);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].first_line, found[0].n_lines), (1, 5));
        assert_eq!(found[0].cut_rows_at, Some(6));
        assert_eq!(found[0].table.as_ref().unwrap().body.len(), 2);
        // docutils re-reads `| c | d |` (a line block) and the border
        // below it, which opens a table without bottom border.
        let err = found[1].table.as_ref().unwrap_err();
        assert_eq!(found[1].first_line, 5);
        assert_eq!(found[1].describe(err).0, 5);
    }

    #[test]
    fn a_lone_border_is_an_empty_table() {
        let found = tables("+---+\nnot a row\n");
        assert_eq!(found.len(), 1);
        let grid = found[0].table.as_ref().unwrap();
        assert!(grid.colwidths.is_empty() && grid.body.is_empty());
    }

    #[test]
    fn a_change_of_indentation_opens_a_body() {
        let found = tables(include_str!(
            "../testdata/document/a_change_of_indentation_opens_a_body.rst"
        ));
        assert_eq!(found.len(), 2);
        assert_eq!((found[1].first_line, found[1].indent), (4, 2));
        let found = tables(include_str!(
            "../testdata/document/a_change_of_indentation_opens_a_body_2.rst"
        ));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].first_line, 2);
    }

    #[test]
    fn a_table_may_start_on_a_list_item_line() {
        let found = tables(include_str!(
            "../testdata/document/a_table_may_start_on_a_list_item_line.rst"
        ));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].first_line, found[0].indent), (1, 2));
        assert_eq!(found[0].table.as_ref().unwrap().body.len(), 1);
    }

    #[test]
    fn a_table_may_start_on_a_nested_list_item_line() {
        let found = tables(include_str!(
            "../testdata/document/a_table_may_start_on_a_nested_list_item_line.rst"
        ));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].first_line, found[0].indent), (1, 4));
        // A paragraph's continuation line is not a list item (the indented
        // lines below it are a body of their own: a line block, then a
        // lone border), and an enumerator docutils rejects (the next line
        // is not indented) is not one either.
        let found = tables(include_str!(
            "../testdata/document/a_table_may_start_on_a_nested_list_item_line_2.rst"
        ));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].first_line, 4);
        assert!(tables("1. +---+\nx |  |\n").is_empty());
    }

    #[test]
    fn a_list_item_may_open_with_a_line_block() {
        // docutils: the item's text is a line block, then a lone border
        // at the item's indentation is a table.
        let found = tables("1.   | |   |\n     +-----+\n");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].first_line, found[0].indent), (2, 5));
    }

    #[test]
    fn a_table_may_follow_a_line_block() {
        let found = tables(include_str!(
            "../testdata/document/a_table_may_follow_a_line_block.rst"
        ));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].first_line, 2);
    }

    #[test]
    fn indented_lines_after_markup_or_a_list_item_are_not_a_body() {
        assert!(tables(include_str!(
            "../testdata/document/indented_lines_after_markup_or_a_list_item_are_not_a_body.rst"
        ))
        .is_empty());
        assert!(tables(include_str!(
            "../testdata/document/indented_lines_after_markup_or_a_list_item_are_not_a_body_2.rst"
        ))
        .is_empty());
    }

    #[test]
    fn text_after_the_table_is_cut_off() {
        let found = tables(include_str!(
            "../testdata/document/text_after_the_table_is_cut_off.rst"
        ));
        assert_eq!(found[0].n_lines, 3);
        assert!(found[0].table.is_ok());
    }
}
