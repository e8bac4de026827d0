//! An image that looks a code up and stores the length of its table row's code (`info()`).

#![no_std]
#![no_main]

#[macro_use]
#[path = "../rt.rs"]
mod rt;

reset!(|code| {
    rt::store(rt::uses::kms_info(code).map_or(0, |info| info.code.len()));
});
