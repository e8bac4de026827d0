//! The module the build script generates, included as the generator's docs
//! recommend: in a module of its own, its API re-exported.
#![no_std]

mod svc_error {
    include!(concat!(env!("OUT_DIR"), "/svc_error.rs"));
}
pub use svc_error::*;
