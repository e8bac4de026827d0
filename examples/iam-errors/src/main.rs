//! Looks up IAM error codes given on the command line.

// A binary uses only part of the generated API.
#[allow(dead_code)]
mod iam {
    include!(concat!(env!("OUT_DIR"), "/iam_errors.rs"));
}

use iam::IamError;

fn main() {
    println!(
        "{} IAM error codes from {} (SHA-256 {})",
        IamError::COUNT,
        iam::SPEC_PATH,
        iam::SPEC_SHA256
    );
    for code in std::env::args().skip(1) {
        match code.parse::<IamError>() {
            Ok(e) => println!(
                "{e}\n  HTTP status: {}\n  description: {}\n  measure: {}",
                e.status_code()
                    .map_or("(none)".to_string(), |s| s.to_string()),
                e.description(),
                e.measure()
            ),
            Err(err) => println!("{code}: {err}"),
        }
    }
}
