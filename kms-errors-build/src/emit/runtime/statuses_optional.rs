// The status functions of a page with a row without an HTTP status (its
// status type is `Option<u16>`, `0` in the tables for none): a template
// part the generator adds to `api.rs` for such a page (`runtime/mod.rs`),
// and that `stub_optional.rs` compiles.

/// A status as the tables hold it (`0` for a row without one).
#[inline]
const fn status_of(stored: u16) -> SvcStatus {
    match stored {
        0 => ::core::option::Option::None,
        status => ::core::option::Option::Some(status),
    }
}

/// A status as an `Option`, whatever the status type.
#[inline]
const fn status_option(status: SvcStatus) -> ::core::option::Option<u16> {
    status
}

/// How a documented status classifies: `None` for a row without one.
#[inline]
const fn documented_retry(status: SvcStatus) -> SvcRetry {
    RetryKind::for_documented_status_if_any(status)
}
