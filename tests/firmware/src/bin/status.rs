//! An image that looks a code up and stores its HTTP status (`status_code()`).

#![no_std]
#![no_main]

#[macro_use]
#[path = "../rt.rs"]
mod rt;

reset!(|code| {
    rt::store(usize::from(rt::uses::kms_status_code(code)));
});
