//! Generates what the benchmarks compare: synthetic pages of 200 and 10,000
//! codes (several prefixes) turned into modules by kms-errors-build, and for
//! every table (the real one too) a `&str`-pattern `match` and a `phf` map.

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

fn main() {
    let out_dir = std::env::var("OUT_DIR").unwrap();
    let out = Path::new(&out_dir);
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../spec/error_code.rst");

    let real = std::fs::read_to_string("../spec/error_code.rst").unwrap();
    let real = kms_errors_build::__internal::model::read_page("spec/error_code.rst", &real).unwrap();
    let codes: Vec<String> = real.entries.iter().map(|e| e.code.clone()).collect();
    baselines("real", &codes, out);

    for (n, name) in [(200, "Synth200"), (10_000, "Synth10k")] {
        let page = synthetic_page(n);
        let page_path = out.join(format!("synthetic_{n}.rst"));
        std::fs::write(&page_path, &page).unwrap();
        let generated = kms_errors_build::Builder::new()
            .spec(&page_path)
            .display_path(format!("synthetic_{n}.rst"))
            .enum_name(name)
            .generate()
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(out.join(format!("synthetic_{n}.rs")), generated.source).unwrap();
        let entries = kms_errors_build::__internal::model::read_page("synthetic", &page)
            .unwrap()
            .entries;
        let codes: Vec<String> = entries.iter().map(|e| e.code.clone()).collect();
        baselines(&format!("synth{n}"), &codes, out);
    }
}
