//! The provenance `spec/README.md` records is the page's: its SHA-256 row
//! matches `spec/error_code.rst`, and the generated module embeds the same
//! digest (`SPEC`).

mod support;
use support::sha256_hex;

use std::path::Path;

#[test]
fn the_recorded_sha256_is_the_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = std::fs::read(root.join("spec/error_code.rst")).unwrap();
    let digest = sha256_hex(&page);
    let readme = std::fs::read_to_string(root.join("spec/README.md")).unwrap();
    let recorded: Vec<&str> = readme
        .lines()
        .filter_map(|line| line.strip_prefix("| SHA-256 | `"))
        .filter_map(|rest| rest.strip_suffix("` |"))
        .collect();
    assert_eq!(
        recorded,
        [digest.as_str()],
        "spec/README.md records another page; `cargo run -p kms-errors-xtask -- update PAGE` records it"
    );
    assert_eq!(kms_errors::SPEC.sha256, digest);
}
