//! The runtime lookups on arbitrary input agree with a linear scan, and
//! parsing never panics.
#![no_main]

use kms_errors::KmsError;
use libfuzzer_sys::fuzz_target;

fn linear(code: &str) -> Option<KmsError> {
    KmsError::ALL.iter().copied().find(|e| e.code() == code)
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    // The input itself, and the input spliced after a real code's prefix
    // (so that the fuzzer reaches the near misses quickly).
    let spliced = data
        .first()
        .map(|&b| {
            let code = KmsError::ALL[usize::from(b) % KmsError::COUNT].code();
            let cut = usize::from(b) % (code.len() + 1);
            format!("{}{}", &code[..cut], input.get(1..).unwrap_or(""))
        })
        .unwrap_or_default();
    for candidate in [input, spliced.as_str()] {
        let found = KmsError::from_code(candidate);
        assert_eq!(found, linear(candidate));
        match candidate.parse::<KmsError>() {
            Ok(e) => assert_eq!(Some(e), found),
            Err(err) => {
                assert!(found.is_none());
                assert!(candidate.starts_with(err.input()));
                let _ = err.to_string();
            }
        }
    }
});
