//! Builds stay fresh: after one `cargo build`, a second runs no build
//! script and compiles nothing, for a crate whose build script follows the
//! generator's README (a names file, no retired file yet,
//! `cargo_rerun_if_changed(true)`) and for this package with `regenerate`.
//! Creating the retired file, or changing an input, reruns the script.
//! Cargo's own account (`-v`: `Fresh`, `Dirty`, `Running`) is what is read.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One shared target directory, so the generator's dependencies are
/// compiled once for every build here.
fn target_dir() -> PathBuf {
    root().join("target/fresh-builds")
}

/// `cargo build -v` of the manifest in `dir` with `args`: its stderr.
fn build(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO"))
        .args(["build", "-v", "--offline"])
        .args(args)
        .env("CARGO_TARGET_DIR", target_dir())
        .current_dir(dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

/// Whether cargo ran a build script or compiled anything.
fn did_work(stderr: &str) -> bool {
    stderr.lines().any(|line| {
        line.trim_start().starts_with("Compiling") || line.trim_start().starts_with("Running")
    })
}

/// The fixture crate `tests/fresh-build`, copied into a scratch directory
/// with the seed KMS page and its names file.
fn scratch_crate() -> PathBuf {
    let dir = target_dir().join(format!("crate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::create_dir_all(dir.join("errors")).unwrap();
    let fixture = root().join("tests/fresh-build");
    let manifest = std::fs::read_to_string(fixture.join("Cargo.toml.in"))
        .unwrap()
        .replace(
            "@GENERATOR@",
            &root().join("kms-errors-build").display().to_string(),
        );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(fixture.join("build.rs"), dir.join("build.rs")).unwrap();
    std::fs::copy(fixture.join("src/lib.rs"), dir.join("src/lib.rs")).unwrap();
    let seed = root().join("tests/fixtures/kms/2022-12-14");
    std::fs::copy(
        seed.join("error_code.rst"),
        dir.join("errors/error_code.rst"),
    )
    .unwrap();
    std::fs::copy(seed.join("names.txt"), dir.join("errors/names.txt")).unwrap();
    dir
}

#[test]
fn a_build_script_as_the_readme_writes_it_stays_fresh() {
    let dir = scratch_crate();
    build(&dir, &[]);
    let second = build(&dir, &[]);
    assert!(!did_work(&second), "the second build did work:\n{second}");
    // Cargo compares modification times, which have a resolution.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    std::fs::write(dir.join("errors/retired.txt"), "").unwrap();
    let after_retired = build(&dir, &[]);
    assert!(
        did_work(&after_retired),
        "creating the retired file did not rerun:\n{after_retired}"
    );
    assert!(!did_work(&build(&dir, &[])));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let page = std::fs::read_to_string(dir.join("errors/error_code.rst")).unwrap();
    std::fs::write(dir.join("errors/error_code.rst"), format!("{page}\n")).unwrap();
    assert!(
        did_work(&build(&dir, &[])),
        "changing the page did not rerun"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn this_package_with_regenerate_stays_fresh() {
    let args = ["--features", "regenerate", "--lib"];
    build(&root(), &args);
    let second = build(&root(), &args);
    assert!(!did_work(&second), "the second build did work:\n{second}");
}
