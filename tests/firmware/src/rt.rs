//! What every image needs and the crate does not give: the vector table's
//! reset entry, a panic handler, and a place for results that the compiler
//! must not optimise away; and the uses themselves (`uses.rs`).

use core::panic::PanicInfo;
use core::ptr::{addr_of_mut, write_volatile};

#[path = "uses.rs"]
pub mod uses;

/// The reset handler of an image: `$body` uses the code `$code`, which
/// comes through `black_box`, so the compiler cannot see it; then idle.
macro_rules! reset {
    (|$code:ident| $body:block) => {
        /// The reset handler.
        #[no_mangle]
        pub extern "C" fn reset() -> ! {
            let $code: &str = core::hint::black_box("KMS.0205");
            $body
            rt::idle()
        }
    };
}

/// Where results go: a device register, for the compiler.
static mut OUTPUT: usize = 0;

/// Stores `value` through a volatile write, as firmware writes a register.
pub fn store(value: usize) {
    // SAFETY: single-threaded firmware without interrupt handlers: nothing
    // else touches OUTPUT.
    unsafe { write_volatile(addr_of_mut!(OUTPUT), value) }
}

/// Waits forever, as firmware does when it is done.
pub fn idle() -> ! {
    loop {
        core::hint::spin_loop();
    }
}

/// The vector table's reset entry (`link.x` places it after the initial
/// stack pointer).
#[link_section = ".vector_table.reset_vector"]
#[no_mangle]
pub static RESET_VECTOR: extern "C" fn() -> ! = crate::reset;

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    idle()
}
