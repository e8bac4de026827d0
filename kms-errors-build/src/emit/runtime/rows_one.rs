// The rows of a page that documents each code by one row: a template part
// the generator adds to `api.rs` for such a page (`runtime/mod.rs`), and
// that `stub.rs` compiles.

/// The rows of the variant whose discriminant is `i`: its one row.
#[inline]
const fn rows_of(i: usize) -> &'static [ErrorInfo] {
    ::core::slice::from_ref(&ERRORS[i])
}
