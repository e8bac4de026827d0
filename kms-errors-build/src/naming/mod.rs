//! Stage 3: a variant name per code. [`derive`](mod@derive) makes names from messages
//! (the naming rule), [`names_file`] pins them, [`retired`] keeps the last
//! rows of codes gone from the page, and [`variants`] puts the three
//! together into the enum's variants.

pub mod derive;
pub mod names_file;
pub mod retired;
pub mod variants;

pub use derive::MAX_LEN;
