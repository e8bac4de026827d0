//! reStructuredText, as far as error-code pages need it: the document's
//! lines, where its grid tables are, and how docutils parses each one.
//!
//! Nothing here knows about error codes; see [`crate::model`] for that.

pub mod blocks;
pub mod char_class;
mod csv;
mod directive_block;
mod directive_tables;
mod directives;
pub mod document;
pub mod east_asian_width;
mod explicit;
pub mod grid;
pub mod inline;
pub mod lines;
mod lists;
pub mod punctuation;
pub mod python_chars;
mod simple_table;
