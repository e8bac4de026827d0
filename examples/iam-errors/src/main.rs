//! Looks up IAM error codes given on the command line.

use iam_errors_example::iam::{ErrorCode, IamError, SPEC};

fn main() {
    println!("{} IAM error codes from {SPEC}", IamError::COUNT);
    for code in std::env::args().skip(1) {
        match ErrorCode::new(&code) {
            ErrorCode::Known(e) => println!(
                "{e}\n  HTTP status: {}\n  description: {}\n  measure: {}\n  retry: {:?}",
                e.status_code(),
                e.description(),
                e.measure(),
                e.retry_kind()
            ),
            ErrorCode::Unknown(unknown) => println!("{unknown}"),
        }
    }
}
