//! An image with all three uses: status, message and measure, table row.

#![no_std]
#![no_main]

use core::hint::black_box;

#[macro_use]
#[path = "../rt.rs"]
mod rt;

reset!(|code| {
    rt::store(usize::from(rt::uses::kms_status_code(black_box(code))));
    let (message, measure) = rt::uses::kms_message_and_measure(black_box(code));
    rt::store(message.len() + measure.len());
    rt::store(rt::uses::kms_info(black_box(code)).map_or(0, |info| info.code.len()));
});
