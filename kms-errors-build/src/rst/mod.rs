//! reStructuredText, as far as error-code pages need it: the document's
//! lines, where its grid tables are, and how docutils parses each one.
//!
//! Nothing here knows about error codes; see [`crate::model`] for that.

pub mod blocks;
pub mod char_class;
pub mod document;
pub mod east_asian_width;
pub mod grid;
pub mod inline;
pub mod lines;
pub mod punctuation;
pub mod python_chars;
mod simple_table;
