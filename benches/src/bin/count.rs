//! Runs a number of lookups, for counting instructions with callgrind
//! (`benches/callgrind.sh`): `count TABLE METHOD ROUNDS`, where TABLE is
//! `real`, `200` or `10000`, METHOD is `fast`, `hashmap`, `phf`, `match` or
//! `none` (the loop without a lookup), and each round looks up the 64 inputs.

use std::hint::black_box;

use kms_errors_bench::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("strings") {
        // The distinct string bytes of the real table: every code, and every
        // distinct message, description and measure once.
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
    let codes = match table {
        "real" => real_codes(),
        "200" => synth200_codes(),
        "10000" => synth10k_codes(),
        other => panic!("unknown table {other}"),
    };
    let inputs = inputs(&codes);
    let map = hash_map(&codes);
    let lookup: Box<dyn Fn(&str) -> bool> = match (table, method) {
        ("real", "fast") => Box::new(|c| kms_errors::KmsError::from_code(c).is_some()),
        ("200", "fast") => Box::new(|c| synth200::Synth200::from_code(c).is_some()),
        ("10000", "fast") => Box::new(|c| synth10k::Synth10k::from_code(c).is_some()),
        ("real", "phf") => Box::new(|c| real::PHF.get(c).is_some()),
        ("200", "phf") => Box::new(|c| synth200::baselines::PHF.get(c).is_some()),
        ("10000", "phf") => Box::new(|c| synth10k::baselines::PHF.get(c).is_some()),
        ("real", "match") => Box::new(|c| real::match_lookup(c).is_some()),
        ("200", "match") => Box::new(|c| synth200::baselines::match_lookup(c).is_some()),
        ("10000", "match") => Box::new(|c| synth10k::baselines::match_lookup(c).is_some()),
        (_, "hashmap") => Box::new(move |c| map.get(c).is_some()),
        (_, "none") => Box::new(|c| !c.is_empty()),
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
