//! An image that looks a code up and stores its HTTP status (`status_code()`).
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
    rt::store(usize::from(uses::kms_status_code(code)));
    rt::idle()
}
