//! The whole generator on arbitrary bytes: an error with a place, or a
//! module that parses as Rust — never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = match kms_errors_tool::files::read::decode("fuzz.rst", data) {
        Ok(text) => text,
        Err(err) => {
            assert!(err.location().line >= 1);
            return;
        }
    };
    match kms_errors_tool::generate_source("fuzz.rst", &text, "FuzzError") {
        Ok(source) => {
            if let Err(err) = syn::parse_file(&source) {
                panic!("generated code does not parse: {err}\n{source}");
            }
        }
        Err(err) => assert!(!err.to_string().is_empty()),
    }
    let _ = kms_errors_tool::rst::blocks::plain_text(&text);
});
