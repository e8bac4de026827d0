// The status functions of a page where every row has an HTTP status (its
// status type is `u16`): a template part the generator adds to `api.rs`
// for such a page (`runtime/mod.rs`), and that `stub.rs` compiles.

/// A status as the tables hold it (every row has one).
#[inline]
const fn status_of(stored: u16) -> SvcStatus {
    stored
}

/// A status as an `Option`, whatever the status type.
#[inline]
const fn status_option(status: SvcStatus) -> ::core::option::Option<u16> {
    ::core::option::Option::Some(status)
}

/// How a documented status classifies (see [`RetryKind::for_documented_status`]).
#[inline]
const fn documented_retry(status: SvcStatus) -> SvcRetry {
    RetryKind::for_documented_status(status)
}
