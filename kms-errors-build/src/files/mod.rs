//! The generator's contact with files: a page's bytes as text, outputs
//! written atomically, paths as generated files show them, and the spec's
//! digest. Only [`crate::Builder`] (and the CLI's helpers) call these.

pub mod digest;
pub mod paths;
pub mod read;
pub mod write;
