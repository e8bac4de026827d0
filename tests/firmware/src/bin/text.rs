//! An image that looks a code up and stores the length of its message and measure.

#![no_std]
#![no_main]

#[macro_use]
#[path = "../rt.rs"]
mod rt;

reset!(|code| {
    let (message, measure) = rt::uses::kms_message_and_measure(code);
    rt::store(message.len() + measure.len());
});
