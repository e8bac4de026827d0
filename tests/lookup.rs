//! The fast lookup can never return a wrong variant: it agrees with a
//! naive linear scan over `ALL` for every code and for many near misses
//! and random strings, from a `&str` and from bytes.

use kms_errors::{ErrorCode, KmsError, ResponseCode, RetryKind};

fn linear(code: &str) -> Option<KmsError> {
    KmsError::ALL.iter().copied().find(|e| e.code() == code)
}

fn check(input: &str) {
    assert_eq!(KmsError::from_code(input), linear(input), "{input:?}");
    assert_eq!(
        KmsError::from_code_bytes(input.as_bytes()),
        linear(input),
        "{input:?}"
    );
}

/// A small deterministic generator (xorshift64*), so the test needs no
/// dependency and every run checks the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

#[test]
fn every_code_and_every_one_byte_change() {
    let alphabet: Vec<u8> = (0u8..=127).collect();
    for e in KmsError::ALL {
        let code = e.code();
        check(code);
        let bytes = code.as_bytes();
        for i in 0..bytes.len() {
            for &b in &alphabet {
                let mut changed = bytes.to_vec();
                changed[i] = b;
                check(std::str::from_utf8(&changed).unwrap());
            }
            check(&code[..i]);
            check(&format!("{}{}", &code[..i], &code[i + 1..]));
        }
        for suffix in ["0", " ", "\0", "é", "0201"] {
            check(&format!("{code}{suffix}"));
            check(&format!("{suffix}{code}"));
        }
        check(&code.to_lowercase());
        // Bytes that are not UTF-8 are no code, and never a panic.
        for bad in [&[0xff][..], &[0xc3], &[0x80, 0x80]] {
            assert_eq!(KmsError::from_code_bytes(&[bytes, bad].concat()), None);
        }
    }
}

#[test]
fn random_strings_and_near_misses() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let pieces = ["KMS", "CSMS", ".", "0", "1", "2", "4", "9", "\0", "k", "é"];
    for _ in 0..200_000 {
        let len = (rng.next() % 6) as usize;
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(pieces[(rng.next() % pieces.len() as u64) as usize]);
        }
        check(&s);
        // A code with a random digit tail: mostly near misses.
        check(&format!("KMS.{:04}", rng.next() % 3000));
    }
}

fn linear_ignore_case(code: &str) -> Option<KmsError> {
    KmsError::ALL
        .iter()
        .copied()
        .find(|e| e.code().eq_ignore_ascii_case(code))
}

#[test]
fn case_insensitive_lookup_agrees_with_a_linear_scan() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for e in KmsError::ALL {
        for _ in 0..16 {
            let mixed: String = e
                .code()
                .chars()
                .map(|c| {
                    if rng.next() % 2 == 0 {
                        c.to_ascii_lowercase()
                    } else {
                        c
                    }
                })
                .collect();
            assert_eq!(
                KmsError::from_code_ignore_ascii_case(&mixed),
                Some(*e),
                "{mixed}"
            );
        }
        for input in [&e.code()[1..], "kms.0207", "", "KMS.0201 ", "ｋms.0201"] {
            assert_eq!(
                KmsError::from_code_ignore_ascii_case(input),
                linear_ignore_case(input),
                "{input:?}"
            );
        }
    }
}

#[test]
fn responses_and_status_classes() {
    for &e in KmsError::ALL {
        // Every row of the code answers for its status, with that row.
        for row in e.rows() {
            let response = KmsError::from_response(row.status_code, e.code());
            assert_eq!(
                response,
                ResponseCode::Documented {
                    error: e,
                    status: row.status_code
                }
            );
            let first = e.rows().iter().find(|r| r.status_code == row.status_code);
            assert_eq!(response.info(), first);
            assert_eq!(response.status(), row.status_code);
        }
        assert_eq!(&e.rows()[0], e.info());
        let other = (e.status_code()..)
            .find(|s| e.rows().iter().all(|r| r.status_code != *s))
            .unwrap();
        let differs = KmsError::from_response(other, e.code());
        assert_eq!(
            differs,
            ResponseCode::StatusDiffers {
                error: e,
                status: other
            }
        );
        assert_eq!(differs.info(), Some(e.info()));
        assert_eq!(e.is_client_error(), (400..500).contains(&e.status_code()));
        assert_eq!(e.is_server_error(), (500..600).contains(&e.status_code()));
        assert_ne!(e.is_client_error(), e.is_server_error());
    }
    let unknown = KmsError::from_response(503, "KMS.X");
    assert!(
        matches!(unknown, ResponseCode::Unknown { code, status: 503 } if code.input() == "KMS.X")
    );
    assert_eq!(KmsError::CODES.len(), KmsError::COUNT);
    assert!(KmsError::ALL
        .iter()
        .zip(KmsError::CODES)
        .all(|(e, c)| e.code() == *c));
}

/// The retry classification of every code is the documented rule applied
/// to its documented status; a response is classified by its own status
/// when the code is unknown or documented with another.
#[test]
fn retry_kinds_follow_the_documented_status() {
    let rule = |status: u16| match status {
        429 => Some(RetryKind::ThrottlingError),
        500 | 502 | 503 | 504 => Some(RetryKind::TransientError),
        501 | 505..=599 => Some(RetryKind::PermanentServerError),
        400..=428 | 430..=499 => Some(RetryKind::ClientError),
        _ => None,
    };
    for status in 0..=1000 {
        assert_eq!(RetryKind::from_status(status), rule(status), "{status}");
    }
    for &e in KmsError::ALL {
        // Every code has a status, so every code has a kind; one below 400
        // counts as a client error.
        let documented = rule(e.status_code()).unwrap_or(RetryKind::ClientError);
        assert_eq!(e.retry_kind(), documented, "{}", e.code());
        assert_eq!(ErrorCode::Known(e).retry_kind(), Some(documented));
        let response = KmsError::from_response(e.status_code(), e.code());
        assert_eq!(response.retry_kind(), rule(e.status_code()));
        for status in [429, 503, 404] {
            if e.rows().iter().all(|r| r.status_code != status) {
                let response = KmsError::from_response(status, e.code());
                assert_eq!(response.retry_kind(), rule(status), "{} {status}", e.code());
            }
        }
    }
    assert_eq!(
        KmsError::from_response(429, "KMS.UNKNOWN").retry_kind(),
        Some(RetryKind::ThrottlingError)
    );
    assert_eq!(ErrorCode::new("KMS.UNKNOWN").retry_kind(), None);
    assert!(RetryKind::TransientError.is_retryable() && RetryKind::ThrottlingError.is_retryable());
    assert!(
        !RetryKind::PermanentServerError.is_retryable() && !RetryKind::ClientError.is_retryable()
    );
}
