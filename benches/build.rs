//! Generates what the benchmarks compare: standalone modules made by
//! kms-errors-build from real pages (the seed and current KMS pages, Cloud
//! Backup) and synthetic ones (200 and 10,000 codes over several prefixes,
//! 10,000 adversarial codes), and for every table (the shipped one too) a
//! `&str`-pattern `match` and a `phf` map.

use std::fmt::Write as _;
use std::path::Path;

include!("src/synthetic.rs");

fn baselines(name: &str, codes: &[String], out: &Path) {
    let mut source = format!("/// `&str`-pattern match over the {name} codes.\npub fn match_lookup(code: &str) -> Option<u32> {{\n    Some(match code {{\n");
    for (i, code) in codes.iter().enumerate() {
        let _ = writeln!(source, "        {code:?} => {i},");
    }
    source.push_str("        _ => return None,\n    })\n}\n\n");
    let mut map = phf_codegen::Map::new();
    let values: Vec<String> = (0..codes.len()).map(|i| i.to_string()).collect();
    for (code, value) in codes.iter().zip(&values) {
        map.entry(code.as_str(), value);
    }
    let _ = writeln!(
        source,
        "/// A `phf` map over the {name} codes.\npub static PHF: phf::Map<&'static str, u32> = {};",
        map.build()
    );
    std::fs::write(out.join(format!("baselines_{name}.rs")), source).unwrap();
}

/// The pages of the standalone tables: module name, enum name, page path
/// (relative to this package) or synthetic page.
fn pages() -> Vec<(&'static str, &'static str, Result<&'static str, String>)> {
    vec![
        ("seed", "Seed", Ok("../tests/fixtures/kms/2022-12-14/error_code.rst")),
        ("current", "Current", Ok("../tests/fixtures/kms/2025-12-09/error_code.rst")),
        (
            "backup",
            "Backup",
            Ok("../kms-errors-build/rst/tests/fixtures/otc/opentelekomcloud-docs__cloud-backup-recovery/3cca460f991b/api-ref__source__appendix__error_codes.rst"),
        ),
        ("synth200", "Synth200", Err(synthetic_page(200))),
        ("synth10k", "Synth10k", Err(synthetic_page(10_000))),
        ("adversarial", "Adversarial", Err(adversarial_page(10_000))),
        ("random", "Random", Err(random_lengths_page(1_000))),
    ]
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").unwrap();
    let out = Path::new(&out_dir);
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/synthetic.rs");
    println!("cargo:rerun-if-changed=../spec/error_code.rst");

    let real = std::fs::read_to_string("../spec/error_code.rst").unwrap();
    let real =
        kms_errors_build::model::read_page("spec/error_code.rst", &real, &Default::default())
            .unwrap();
    let codes: Vec<String> = real.entries.iter().map(|e| e.code.clone()).collect();
    baselines("kms", &codes, out);

    for (module, enum_name, page) in pages() {
        let (page_path, text) = match page {
            Ok(path) => {
                println!("cargo:rerun-if-changed={path}");
                (
                    Path::new(path).to_path_buf(),
                    std::fs::read_to_string(path).unwrap(),
                )
            }
            Err(text) => {
                let path = out.join(format!("{module}.rst"));
                std::fs::write(&path, &text).unwrap();
                (path, text)
            }
        };
        let generated = kms_errors_build::Builder::new()
            .spec(&page_path)
            .display_path(format!("{module}.rst"))
            .enum_name(enum_name)
            .generate()
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(out.join(format!("{module}.rs")), generated.source).unwrap();
        let entries = kms_errors_build::model::read_page("page", &text, &Default::default())
            .unwrap()
            .entries;
        let codes: Vec<String> = entries.iter().map(|e| e.code.clone()).collect();
        baselines(module, &codes, out);
    }
}
