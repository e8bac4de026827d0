//! An image that looks a code up and stores its HTTP status (`status_code()`).

#![no_std]
#![no_main]

#[macro_use]
#[path = "../rt.rs"]
mod rt;
#[path = "../uses.rs"]
mod uses;

reset!(|code| {
    rt::store(usize::from(uses::kms_status_code(code)));
});
