//! The whole generator on arbitrary bytes: an error with a place, or a
//! module that parses as Rust — never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A page that is not UTF-8 is an error of the file reader, which the
    // tests cover; the generator starts from text.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let generated = kms_errors_build::Builder::new()
        .enum_name("FuzzError")
        .generate_from_text("fuzz.rst", text);
    match generated.map(|generated| generated.source) {
        Ok(source) => {
            if let Err(err) = syn::parse_file(&source) {
                panic!("generated code does not parse: {err}\n{source}");
            }
        }
        Err(err) => {
            assert!(err.location().line >= 1 || err.location().path == "fuzz.rst");
            assert!(!err.to_string().is_empty());
        }
    }
    let _ = kms_errors_rst::blocks::plain_text(text);
});
