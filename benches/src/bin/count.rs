//! Runs a number of lookups, for counting instructions with callgrind
//! (`benches/callgrind.sh`): `count TABLE METHOD ROUNDS`, where TABLE is
//! `kms` (the shipped crate), `seed`, `current`, `backup`, `synth200`,
//! `synth10k`, `adversarial` or `random`, METHOD is `fast`, `hashmap`, `phf`, `match`
//! or `none` (the loop and the dynamic call alone), and
//! each round looks up the 64 inputs.

use std::hint::black_box;

use kms_errors_bench::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("strings") {
        // The distinct string bytes of the shipped table: every code, and
        // every distinct message, description and measure once.
        let mut texts = std::collections::BTreeSet::new();
        for e in kms_errors::KmsError::ALL {
            texts.extend([e.message(), e.description(), e.measure()]);
        }
        let codes: usize = kms_errors::KmsError::ALL
            .iter()
            .map(|e| e.code().len())
            .sum();
        println!("{}", codes + texts.iter().map(|t| t.len()).sum::<usize>());
        return;
    }
    let (table, method, rounds) = (
        args[1].as_str(),
        args[2].as_str(),
        args[3].parse::<usize>().unwrap(),
    );
    macro_rules! lookups {
        ($($name:literal => $module:ident :: $enum:ident),*) => {
            match table {
                "kms" => (
                    kms_codes(),
                    Box::new(|c: &str| kms_errors::KmsError::from_code(c).is_some()) as Box<dyn Fn(&str) -> bool>,
                    Box::new(|c: &str| kms::PHF.get(c).is_some()) as Box<dyn Fn(&str) -> bool>,
                    Box::new(|c: &str| kms::match_lookup(c).is_some()) as Box<dyn Fn(&str) -> bool>,
                ),
                $($name => (
                    $module::codes(),
                    Box::new(|c: &str| $module::$enum::from_code(c).is_some()) as Box<dyn Fn(&str) -> bool>,
                    Box::new(|c: &str| $module::baselines::PHF.get(c).is_some()) as Box<dyn Fn(&str) -> bool>,
                    Box::new(|c: &str| $module::baselines::match_lookup(c).is_some()) as Box<dyn Fn(&str) -> bool>,
                ),)*
                other => panic!("unknown table {other}"),
            }
        };
    }
    let (codes, fast, phf, matched) = lookups!(
        "seed" => seed::Seed,
        "current" => current::Current,
        "backup" => backup::Backup,
        "synth200" => synth200::Synth200,
        "synth10k" => synth10k::Synth10k,
        "adversarial" => adversarial::Adversarial,
        "random" => random::Random
    );
    let inputs = inputs(&codes);
    let map = hash_map(&codes);
    let lookup: Box<dyn Fn(&str) -> bool> = match method {
        "fast" => fast,
        "phf" => phf,
        "match" => matched,
        "hashmap" => Box::new(move |c| map.get(c).is_some()),
        // The loop and the dynamic call alone: the lookups are inlined into
        // their closures (`from_code` is `#[inline]`), so is this.
        "none" => Box::new(|c| black_box(c).len() == usize::MAX),
        other => panic!("unknown method {other:?}"),
    };
    let mut found = 0usize;
    for _ in 0..rounds {
        for input in &inputs {
            found += lookup(black_box(input.as_str())) as usize;
        }
    }
    println!("{found}");
}
