//! The `kms-errors-build` command's cases as files (trycmd): each
//! `tests/cmd/NAME.toml` gives the arguments, the input files (`fs.base`)
//! and the exit code, and `NAME.stdout` / `NAME.stderr` what the command
//! prints (`...` stands for any lines, `[..]` for the rest of a line).
//! `TRYCMD=overwrite` rewrites them after a deliberate change. Workflows of
//! several runs over the same files stay in `tests/cli.rs`.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin(
            "kms-errors-build",
            std::path::Path::new(env!("CARGO_BIN_EXE_kms-errors-build")),
        )
        .insert_var("[VERSION]", env!("CARGO_PKG_VERSION"))
        .unwrap()
        .case("tests/cmd/*.toml");
}
