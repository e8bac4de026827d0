//! The generator (`kms-errors-build`) on the real page and on synthetic
//! pages of 1,000, 10,000 and 100,000 rows: time grows linearly.

use divan::{black_box, Bencher};

fn main() {
    divan::main();
}

#[divan::bench]
fn kms_page(b: Bencher) {
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/error_code.rst"
    ))
    .unwrap();
    b.bench(|| {
        kms_errors_build::Builder::new()
            .enum_name("KmsError")
            .generate_from_text("error_code.rst", black_box(&page))
            .unwrap()
            .source
            .len()
    });
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10, sample_size = 1)]
fn synthetic_page(b: Bencher, rows: usize) {
    let page = kms_errors_bench::synthetic_page(rows);
    b.bench(|| {
        kms_errors_build::Builder::new()
            .enum_name("Synth")
            .generate_from_text("synthetic.rst", black_box(&page))
            .unwrap()
            .source
            .len()
    });
}
