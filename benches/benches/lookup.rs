//! `from_code` against a `std` `HashMap`, a `phf` map and a `&str` match,
//! on the shipped table, the seed and current KMS pages, the Cloud Backup
//! page, synthetic tables (200, 10,000) and an adversarial one (10,000),
//! with 64 inputs per iteration: half hits, half near misses. Divan reports
//! the time of one iteration; divide by 64 for one lookup. Also the
//! accessors and `Display`.

use std::fmt::Write as _;

use divan::{black_box, Bencher};
use kms_errors::KmsError;
use kms_errors_bench::{
    adversarial, backup, current, hash_map, inputs, kms, kms_codes, random, seed, synth10k,
    synth200,
};

fn main() {
    divan::main();
}

macro_rules! lookup_benches {
    ($module:ident, $codes:expr, $fast:expr, $match_fn:path, $phf:path) => {
        mod $module {
            use super::*;

            #[divan::bench]
            fn kms_errors_from_code(b: Bencher) {
                let inputs = inputs(&$codes);
                b.bench(|| {
                    let mut found = 0u32;
                    for input in &inputs {
                        found += $fast(black_box(input.as_str())).is_some() as u32;
                    }
                    found
                });
            }

            #[divan::bench]
            fn std_hash_map(b: Bencher) {
                let codes = $codes;
                let map = hash_map(&codes);
                let inputs = inputs(&codes);
                b.bench(|| {
                    let mut found = 0u32;
                    for input in &inputs {
                        found += map.get(black_box(input.as_str())).is_some() as u32;
                    }
                    found
                });
            }

            #[divan::bench]
            fn phf_map(b: Bencher) {
                let inputs = inputs(&$codes);
                b.bench(|| {
                    let mut found = 0u32;
                    for input in &inputs {
                        found += $phf.get(black_box(input.as_str())).is_some() as u32;
                    }
                    found
                });
            }

            #[divan::bench]
            fn str_match(b: Bencher) {
                let inputs = inputs(&$codes);
                b.bench(|| {
                    let mut found = 0u32;
                    for input in &inputs {
                        found += $match_fn(black_box(input.as_str())).is_some() as u32;
                    }
                    found
                });
            }
        }
    };
}

lookup_benches!(
    kms_shipped,
    kms_codes(),
    KmsError::from_code,
    kms::match_lookup,
    kms::PHF
);
lookup_benches!(
    seed_68,
    seed::codes(),
    seed::Seed::from_code,
    seed::baselines::match_lookup,
    seed::baselines::PHF
);
lookup_benches!(
    current_185,
    current::codes(),
    current::Current::from_code,
    current::baselines::match_lookup,
    current::baselines::PHF
);
lookup_benches!(
    backup_160,
    backup::codes(),
    backup::Backup::from_code,
    backup::baselines::match_lookup,
    backup::baselines::PHF
);
lookup_benches!(
    synthetic_200,
    synth200::codes(),
    synth200::Synth200::from_code,
    synth200::baselines::match_lookup,
    synth200::baselines::PHF
);
lookup_benches!(
    synthetic_10000,
    synth10k::codes(),
    synth10k::Synth10k::from_code,
    synth10k::baselines::match_lookup,
    synth10k::baselines::PHF
);
lookup_benches!(
    adversarial_10000,
    adversarial::codes(),
    adversarial::Adversarial::from_code,
    adversarial::baselines::match_lookup,
    adversarial::baselines::PHF
);
lookup_benches!(
    random_lengths_1000,
    random::codes(),
    random::Random::from_code,
    random::baselines::match_lookup,
    random::baselines::PHF
);

mod accessors {
    use super::*;

    /// One iteration reads the field of every variant (68).
    #[divan::bench]
    fn status_code(b: Bencher) {
        b.bench(|| {
            KmsError::ALL
                .iter()
                .map(|e| black_box(*e).status_code() as u32)
                .sum::<u32>()
        });
    }

    #[divan::bench]
    fn message(b: Bencher) {
        b.bench(|| {
            KmsError::ALL
                .iter()
                .map(|e| black_box(*e).message().len())
                .sum::<usize>()
        });
    }

    #[divan::bench]
    fn measure(b: Bencher) {
        b.bench(|| {
            KmsError::ALL
                .iter()
                .map(|e| black_box(*e).measure().len())
                .sum::<usize>()
        });
    }

    /// The same loop calling nothing: what a table index is compared with.
    #[divan::bench]
    fn empty_call(b: Bencher) {
        b.bench(|| {
            KmsError::ALL
                .iter()
                .map(|e| black_box(*e) as usize)
                .sum::<usize>()
        });
    }

    /// `Display` of every error (68), each into the same reused buffer.
    #[divan::bench]
    fn display_into_reused_buffer(b: Bencher) {
        let mut buffer = String::with_capacity(256);
        b.bench_local(|| {
            let mut total = 0;
            for &e in KmsError::ALL {
                buffer.clear();
                let _ = write!(buffer, "{}", black_box(e));
                total += buffer.len();
            }
            total
        });
    }
}
