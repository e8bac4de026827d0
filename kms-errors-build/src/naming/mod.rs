//! Stage 3: a variant name and a discriminant per code, and nothing else.
//! [`resolve`](mod@resolve) is the entry point: it parses the names file
//! ([`names_file`]) and the retired file ([`retired_file`]), names and
//! orders the variants ([`variants`]: pinned names first, retired codes
//! kept), and says what both files should now hold. [`derive`](mod@derive)
//! makes names from messages (the naming rule: [`words`] finds a message's
//! first clause and its words, [`phrase`] keeps the ones that mean
//! something, `derive` makes them unique names on a page). Pure: texts in,
//! texts out.

pub mod derive;
pub mod names_file;
mod phrase;
pub mod resolve;
pub mod retired_file;
pub mod variants;
mod words;

pub(crate) use resolve::{resolve, InputFile, Variants};
