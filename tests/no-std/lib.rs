//! Uses the whole public API of kms-errors from `no_std` code.

#![no_std]

use core::fmt::Write;

use kms_errors::{KmsError, UnknownErrorCode, ERRORS};

/// The HTTP status for an 8-byte code such as `KMS.0201`, or 0.
#[no_mangle]
pub extern "C" fn kms_errors_status(code: &[u8; 8]) -> u16 {
    match core::str::from_utf8(code) {
        Ok(code) => KmsError::from_code(code).map_or(0, KmsError::status_code),
        Err(_) => 0,
    }
}

/// Length of the measure of the `index`-th code, or 0.
#[no_mangle]
pub extern "C" fn kms_errors_measure_len(index: usize) -> usize {
    KmsError::ALL.get(index).map_or(0, |e| e.measure().len() + e.description().len())
}

/// Formats the `index`-th error (`Display`) into a fixed buffer; returns
/// the length written, or 0.
#[no_mangle]
pub extern "C" fn kms_errors_display(index: usize, out: &mut [u8; 256]) -> usize {
    let mut buffer = Buffer { bytes: out, len: 0 };
    match ERRORS.get(index).and_then(|info| info.code.parse::<KmsError>().ok()) {
        Some(err) if write!(buffer, "{err}").is_ok() => buffer.len,
        _ => 0,
    }
}

/// Formats the parse error of an unknown code; returns the length written.
#[no_mangle]
pub extern "C" fn kms_errors_unknown(code: &[u8; 8], out: &mut [u8; 256]) -> usize {
    let mut buffer = Buffer { bytes: out, len: 0 };
    let text = core::str::from_utf8(code).unwrap_or("");
    let err: Result<KmsError, UnknownErrorCode> = KmsError::try_from(text);
    match err {
        Err(err) if write!(buffer, "{err}").is_ok() => buffer.len,
        _ => 0,
    }
}

struct Buffer<'a> {
    bytes: &'a mut [u8; 256],
    len: usize,
}

impl Write for Buffer<'_> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(core::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
