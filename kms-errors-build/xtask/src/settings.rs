//! The kms-errors package's generator settings: the one definition, which
//! the package's build script and freshness test read too. It lives beside
//! them in `kms-errors/build_settings.rs` because the published package
//! needs it without this crate.

include!("../../../kms-errors/build_settings.rs");
