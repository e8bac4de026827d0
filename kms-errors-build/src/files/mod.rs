//! The generator's contact with files: a page's bytes as text, outputs
//! written atomically, paths as generated files show them, the spec's
//! digest, and the formats of the names and retired files ([`pins`] parses
//! them before naming and brings them up to date after it). Only
//! [`crate::Builder`] reads and writes the disk.

pub mod digest;
pub mod names_file;
pub mod paths;
pub mod pins;
pub mod read;
pub mod retired;
pub mod write;
