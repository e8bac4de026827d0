//! The module the build script generates.
#![no_std]
include!(concat!(env!("OUT_DIR"), "/svc_error.rs"));
