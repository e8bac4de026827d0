fn main() {
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("svc_error.rs");
    let written = kms_errors_build::Builder::new()
        .spec("errors/error_code.rst")
        .names("errors/names.txt")
        .enum_name("SvcError")
        .cargo_rerun_if_changed(true)
        .output(out)
        .write()
        .unwrap_or_else(|err| panic!("{err}"));
    for warning in &written.warnings {
        println!("cargo:warning={warning}");
    }
}
