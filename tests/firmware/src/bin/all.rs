//! An image with all three uses: status, message and measure, table row.
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
    rt::store(usize::from(uses::kms_status_code(black_box(code))));
    let (message, measure) = uses::kms_message_and_measure(black_box(code));
    rt::store(message.len() + measure.len());
    rt::store(uses::kms_info(black_box(code)).map_or(0, |info| info.code.len()));
    rt::idle()
}
