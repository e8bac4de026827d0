// Included in every module of the sample beside its tests (with
// `use super::*` in scope).

/// Every code with each byte replaced by each of `replacements`, and every
/// prefix of it: the lookup agrees with a linear scan of the codes.
fn assert_near_misses(replacements: &[u8]) {
    for &e in ServiceError::ALL {
        let code = e.code();
        for i in 0..code.len() {
            for &b in replacements {
                let mut m = code.as_bytes().to_vec();
                m[i] = b;
                let m = core::str::from_utf8(&m).unwrap();
                let linear = ServiceError::ALL.iter().copied().find(|x| x.code() == m);
                assert_eq!(ServiceError::from_code(m), linear, "{m}");
            }
            let short = &code[..i];
            let linear = ServiceError::ALL.iter().copied().find(|x| x.code() == short);
            assert_eq!(ServiceError::from_code(short), linear);
        }
    }
}
