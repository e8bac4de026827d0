// A probe of the placeholders (`runtime/placeholders.rs`'s tests): an
// identifier, a type, a doc line, a string, and literals that stay.

/// See [`SvcError`]: `$code`.
fn f(e: SvcError) -> SvcStatus {
    let _ = (b"SvcError", 'S', 7u8);
    g("SvcError $first")
}
