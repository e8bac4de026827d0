//! `serde` support (feature `serde`): a [`KmsError`] or an [`ErrorCode`] is
//! its code string.

use core::fmt;

use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{ErrorCode, KmsError};

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

/// Serialises as the code as received.
impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Deserialises from any string: an undocumented code is
/// [`ErrorCode::Unknown`], not an error.
impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(AnyCodeVisitor)
    }
}

struct AnyCodeVisitor;

impl Visitor<'_> for AnyCodeVisitor {
    type Value = ErrorCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a KMS error code string")
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<ErrorCode, E> {
        Ok(ErrorCode::new(code))
    }
}
