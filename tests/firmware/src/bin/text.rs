//! An image that looks a code up and stores the length of its message and measure.
//! The code comes through `black_box`, so the compiler cannot see it.

#![no_std]
#![no_main]

use core::hint::black_box;

#[path = "../rt.rs"]
mod rt;
#[path = "../uses.rs"]
mod uses;

/// The reset handler.
#[no_mangle]
pub extern "C" fn reset() -> ! {
    let code: &str = black_box("KMS.0205");
    let (message, measure) = uses::kms_message_and_measure(code);
    rt::store(message.len() + measure.len());
    rt::idle()
}
