//! An image with all three uses: status, message and measure, table row.

#![no_std]
#![no_main]

use core::hint::black_box;

#[macro_use]
#[path = "../rt.rs"]
mod rt;
#[path = "../uses.rs"]
mod uses;

reset!(|code| {
    rt::store(usize::from(uses::kms_status_code(black_box(code))));
    let (message, measure) = uses::kms_message_and_measure(black_box(code));
    rt::store(message.len() + measure.len());
    rt::store(uses::kms_info(black_box(code)).map_or(0, |info| info.code.len()));
});
