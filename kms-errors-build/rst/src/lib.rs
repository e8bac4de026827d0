//! reStructuredText grid and simple tables, and the text of their cells,
//! exactly as docutils 0.19 reads them.
//!
//! This is the RST engine behind [`kms-errors-build`](https://docs.rs/kms-errors-build),
//! a crate of its own because nothing here knows about error codes: it
//! answers "which tables does this document have, what are their cells,
//! and what text does a reader see in each cell", with docutils' answers
//! (checked against docutils 0.19 on its own test suite, on 51 real pages
//! and on random documents; see `CONFORMANCE.md` in the repository).
//!
//! # The API
//!
//! 1. [`lines::split_lines`]: a document's lines, as docutils splits them.
//! 2. [`document::find_grid_tables`]: the grid tables of a document (and
//!    simple tables inside `.. table::`), each parsed into a
//!    [`grid::GridTable`] or rejected with a [`grid::TableError`] that
//!    [`document::FoundTable::describe`] places in the document;
//!    [`find_all_grid_tables`] also finds the tables nested in cells.
//! 3. [`blocks::cell_text`]: a cell's text as a reader sees it (inline
//!    markup removed, lists and literal blocks kept as lines) with the
//!    problems docutils reports in it; [`blocks::plain_text`] without them,
//!    [`inline_text`] for one paragraph.
//! 4. [`json::tables_json`]: tables as the JSON docutils-derived fixtures
//!    use, for comparing with docutils.
//!
//! ```
//! use kms_errors_rst::{blocks::plain_text, document::find_grid_tables, lines::split_lines};
//!
//! let page = "\
//! +------+-------------------+
//! | Code | Message           |
//! +======+===================+
//! | E1   | The key is        |
//! |      | **disabled**.     |
//! +------+-------------------+
//! ";
//! let tables = find_grid_tables(&split_lines(page));
//! let table = tables[0].table.as_ref().unwrap();
//! let cell = table.body[0][1].as_ref().unwrap();
//! assert_eq!(cell.text, "The key is\n**disabled**.");
//! assert_eq!(plain_text(&cell.text), "The key is disabled.");
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Reachable from any input: no panics outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

// Inside, imports point one way (no module imports one that imports it):
// `lines` (line and block-of-lines helpers) and `markers` (list, field,
// option and line-block classifiers) depend on nothing else; `grid` parses a
// table and `isolate` cuts one out of a document; `document` finds a
// document's tables. The cell renderer (`blocks::Renderer`) has its
// methods by kind of block: `blocks` (paragraphs, quotes, definition
// lists, grid tables in a cell), `lists`, `explicit` (explicit markup,
// anonymous targets), `directive_block` and `directive_tables` (simple
// tables and the table directives); `inline` renders a paragraph's text.
pub mod blocks;
mod char_class;
mod csv;
mod directive_block;
mod directive_tables;
mod directives;
pub mod document;
mod east_asian_width;
mod explicit;
pub mod grid;
mod inline;
mod isolate;
pub mod json;
pub mod lines;
mod lists;
mod markers;
mod nested;
mod punctuation;
mod python_chars;
mod simple_table;

pub use char_class::is_wide;
pub use nested::find_all_grid_tables;

/// The text of one paragraph (its lines joined with `\n`) with inline
/// markup removed and escapes resolved, as docutils renders it. White
/// space is left as it is.
///
/// ```
/// use kms_errors_rst::inline_text;
/// assert_eq!(inline_text("The key is **Enabled**."), "The key is Enabled.");
/// assert_eq!(inline_text(r"2*3*4 and \*a\*"), "2*3*4 and *a*");
/// ```
pub fn inline_text(paragraph: &str) -> String {
    inline::inline_text_marked(
        paragraph,
        &inline::Names::default(),
        &mut inline::Found::default(),
    )
    .0
}
