// Appended to `api.rs` by a test: a method under a `cfg` the page does not
// satisfy, inside an `impl` (the probe of issue 30).
impl SvcError {
    #[cfg(kms_statuses = "optional")]
    pub fn probe(self) {}
}
