//! `serde` support (feature `serde`): a [`KmsError`] is its code string.

use core::fmt;

use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::KmsError;

/// Serialises as the code, e.g. `"KMS.0201"`.
impl Serialize for KmsError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// Deserialises from a documented code; anything else is an error that
/// names the input.
impl<'de> Deserialize<'de> for KmsError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(CodeVisitor)
    }
}

struct CodeVisitor;

impl Visitor<'_> for CodeVisitor {
    type Value = KmsError;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a documented KMS error code such as \"KMS.0201\"")
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<KmsError, E> {
        KmsError::from_code(code).ok_or_else(|| E::invalid_value(Unexpected::Str(code), &self))
    }
}
