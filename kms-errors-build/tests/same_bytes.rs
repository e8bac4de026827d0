//! The same page generates the same bytes through a build script in any
//! checkout: two copies of a small crate, in two different directories,
//! whose build script calls the `Builder` with absolute paths (and no
//! display path or regenerate command), each built into its own `OUT_DIR`
//! and run from a different working directory, print identical modules.
//!
//! It runs cargo itself, sharing the target directory of the root package's
//! `tests/regenerate.rs` (`target/regenerate-test`) so that the generator's
//! dependencies are compiled once.

use std::path::{Path, PathBuf};
use std::process::Command;

fn generator() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The crate of `tests/fixtures/same-bytes`, in `dir`.
fn write_crate(dir: &Path) {
    let fixture = generator().join("tests/fixtures/same-bytes");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = std::fs::read_to_string(fixture.join("Cargo.toml.in"))
        .unwrap()
        .replace("@GENERATOR@", &generator().display().to_string());
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(generator().join("../Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    for file in ["build.rs", "src/main.rs", "page.rst", "names.txt"] {
        std::fs::copy(fixture.join(file), dir.join(file)).unwrap();
    }
}

/// Builds and runs the crate at `dir` from the working directory `cwd`.
fn generated(dir: &Path, cwd: &Path) -> String {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("regenerate-test");
    let output = Command::new(cargo)
        .current_dir(cwd)
        .args(["run", "--quiet", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_build_script_generates_the_same_bytes_in_any_checkout() {
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("same-bytes");
    let _ = std::fs::remove_dir_all(&scratch);
    let (a, b) = (
        scratch.join("checkout-a"),
        scratch.join("elsewhere/deeper/checkout-b"),
    );
    write_crate(&a);
    write_crate(&b);
    let from_a = generated(&a, &a);
    let from_b = generated(&b, &scratch);
    assert!(from_a.contains("pub enum KmsError"), "{from_a:.500}");
    assert!(from_a.contains("KeyDisabled"), "{from_a:.500}");
    let header: Vec<&str> = from_a.lines().take(3).collect();
    assert_eq!(
        header[2],
        "//     kms-errors-build generate page.rst -o '$OUT_DIR/errors.rs' --enum-name KmsError --names names.txt"
    );
    assert!(!from_a.contains(&*scratch.to_string_lossy()));
    assert_eq!(from_a, from_b, "the checkout's path shows in the output");
    std::fs::remove_dir_all(&scratch).unwrap();
}
