//! The fast lookup can never return a wrong variant: it agrees with a
//! naive linear scan over `ALL` for every code and for many near misses
//! and random strings.

use kms_errors::KmsError;

fn linear(code: &str) -> Option<KmsError> {
    KmsError::ALL.iter().copied().find(|e| e.code() == code)
}

fn check(input: &str) {
    assert_eq!(KmsError::from_code(input), linear(input), "{input:?}");
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
