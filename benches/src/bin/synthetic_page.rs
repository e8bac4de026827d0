//! Prints a synthetic "Error Code" page of N codes (the one the benchmarks
//! use), for measuring the generator on big pages: `synthetic_page N`.
//! See `benches/memory.sh`.

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| {
            eprintln!("usage: synthetic_page N");
            std::process::exit(2);
        });
    print!("{}", kms_errors_bench::synthetic_page(n));
}
