//! The `kms-errors-build` command (feature `cli`): `generate`, `diff` and
//! `tables`. Everything is in the library's `cli` module.

fn main() -> std::process::ExitCode {
    kms_errors_build::cli::run()
}
