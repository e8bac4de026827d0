//! Stage 3: a variant name and a discriminant per code, and nothing else.
//! [`derive`](mod@derive) makes names from messages (the naming rule:
//! [`words`] finds a message's first clause and its words, [`phrase`]
//! keeps the ones that mean something, `derive` makes them unique names on
//! a page); [`variants`] orders the page's codes and the retired ones,
//! pinned names first. The names and retired files are read and written
//! around it (`files::pins`).

pub mod derive;
mod phrase;
pub mod variants;
mod words;
