//! Modules generated from real error-code pages.
#![no_std]
#![deny(missing_docs, warnings)]
extern crate alloc;
#[cfg(test)]
extern crate std;
