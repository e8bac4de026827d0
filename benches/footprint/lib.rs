//! The smallest useful no_std user of kms-errors: look a code up, read its
//! message and measure. Without the `lookup` feature the same functions do
//! trivial work, which is the baseline.

#![no_std]

/// Looks up a code; returns the variant's index or 255. (Rust ABI, so that
/// the function holds the lookup and nothing else.)
#[no_mangle]
pub fn footprint_lookup(code: &str) -> u8 {
    #[cfg(feature = "lookup")]
    {
        match kms_errors::KmsError::from_code(code) {
            Some(e) => e as u8,
            None => 255,
        }
    }
    #[cfg(not(feature = "lookup"))]
    {
        code.len() as u8
    }
}

/// The length of the message and the measure of the variant at `index`.
#[no_mangle]
pub extern "C" fn footprint_texts(index: usize) -> usize {
    #[cfg(feature = "lookup")]
    {
        match kms_errors::KmsError::ALL.get(index) {
            #[cfg(not(feature = "info"))]
            Some(e) => e.message().len() + e.measure().len(),
            #[cfg(feature = "info")]
            Some(e) => e.info().message.len() + e.info().measure.len() + e.info().description.len(),
            None => 0,
        }
    }
    #[cfg(not(feature = "lookup"))]
    {
        index
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
