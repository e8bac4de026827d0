// The optional serde impls (`Builder::serde`): the enum and `ErrorCode` as
// their code strings, and `ErrorResponse`, an API error body in either of
// its two forms. Hand-written visitors, so the generated crate needs
// `serde` without its derive macros and without `alloc`. A template as
// `api.rs` is (see there); the generator puts each item under the
// condition `Include` says.


/// The body of an API error response: its `error_code`, kept whether
/// documented or not, and the server's `error_msg`. It reads both forms an
/// API answers with, the nested `{"error": {"error_code": …, "error_msg":
/// …}}` and the flat `{"error_code": …, "error_msg": …}`; other fields are
/// ignored. `M` is the message's type: use `String`, which reads every
/// message. A borrowed `&str` fails on a message with an escape (`\"`,
/// `\n`, `\u00e9`), which a server's JSON may have at any time, since
/// serde cannot borrow text it has to unescape: it fits only input whose
/// messages are known to have none.
///
/// ```$fence
/// use $path::{ErrorCode, ErrorResponse, ResponseCode, SvcError};
/// let body = r#"{"error": {"error_code": $code, "error_msg": "from the server"}}"#;
/// let response: ErrorResponse<String> = serde_json::from_str(body)?;
/// assert_eq!(response.error_code, ErrorCode::Known($first));
/// assert_eq!(response.error_msg.as_deref(), Some("from the server"));
///
/// let flat = r#"{"error_code": $unknown, "error_msg": "a \"quoted\" word"}"#;
/// let response: ErrorResponse<String> = serde_json::from_str(flat)?;
/// assert_eq!(response.error_msg.as_deref(), Some("a \"quoted\" word"));
/// assert!(!response.error_code.is_known());
/// assert!(matches!(response.classify(503), ResponseCode::Unknown { status: 503, .. }));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ErrorResponse<M> {
    /// The `error_code`.
    pub error_code: ErrorCode,
    /// The `error_msg`, if the body has one (and it is not `null`).
    pub error_msg: ::core::option::Option<M>,
}

impl<M> ErrorResponse<M> {
    /// The code against the documentation, for a response with HTTP status
    /// `status` (as [`SvcError::from_response`]).
    pub fn classify(&self, status: u16) -> ResponseCode {
        self.error_code.with_status(status)
    }
}

const _: () = {
    use ::core::fmt;
    use ::core::marker::PhantomData;
    use ::core::option::Option::{self, None, Some};
    use ::core::result::Result::{self, Err, Ok};
    use ::serde::de::{self, IgnoredAny, MapAccess, Unexpected, Visitor};
    use ::serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// The code, e.g. `$code`.
    impl Serialize for SvcError {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.code())
        }
    }

    /// A documented code; anything else is an error naming the input.
    impl<'de> Deserialize<'de> for SvcError {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(CodeVisitor)
        }
    }

    struct CodeVisitor;

    impl Visitor<'_> for CodeVisitor {
        type Value = SvcError;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a documented error code such as $code")
        }

        fn visit_str<E: de::Error>(self, code: &str) -> Result<SvcError, E> {
            SvcError::from_code(code).ok_or_else(|| E::invalid_value(Unexpected::Str(code), &self))
        }
    }

    /// The code as received; a cut one ends in `…`, so that reading it back
    /// keeps it cut.
    impl Serialize for ErrorCode {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                ErrorCode::Unknown(code) if code.is_truncated() => serializer.collect_str(self),
                _ => serializer.serialize_str(self.as_str()),
            }
        }
    }

    /// Any string: an undocumented code is [`ErrorCode::Unknown`], not an
    /// error.
    impl<'de> Deserialize<'de> for ErrorCode {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(AnyCodeVisitor)
        }
    }

    struct AnyCodeVisitor;

    impl Visitor<'_> for AnyCodeVisitor {
        type Value = ErrorCode;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an error code string")
        }

        fn visit_str<E: de::Error>(self, code: &str) -> Result<ErrorCode, E> {
            Ok(ErrorCode::new(code))
        }
    }

    impl<'de, M: Deserialize<'de>> Deserialize<'de> for ErrorResponse<M> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_map(BodyVisitor(PhantomData))
        }
    }

    struct BodyVisitor<M>(PhantomData<M>);

    impl<'de, M: Deserialize<'de>> Visitor<'de> for BodyVisitor<M> {
        type Value = ErrorResponse<M>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an error body with an error_code, or one inside \"error\"")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut nested: Option<ErrorResponse<M>> = None;
            let mut error_code: Option<ErrorCode> = None;
            let mut error_msg: Option<Option<M>> = None;
            while let Some(key) = map.next_key::<Key>()? {
                match key {
                    Key::Error if nested.is_some() => {
                        return Err(de::Error::duplicate_field("error"))
                    }
                    Key::Error => nested = Some(map.next_value()?),
                    Key::Code if error_code.is_some() => {
                        return Err(de::Error::duplicate_field("error_code"))
                    }
                    Key::Code => error_code = Some(map.next_value()?),
                    Key::Message if error_msg.is_some() => {
                        return Err(de::Error::duplicate_field("error_msg"))
                    }
                    Key::Message => error_msg = Some(map.next_value()?),
                    Key::Other => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            // The nested form is the documented one: it wins.
            match (nested, error_code) {
                (Some(nested), _) => Ok(nested),
                (None, Some(error_code)) => Ok(ErrorResponse {
                    error_code,
                    error_msg: error_msg.flatten(),
                }),
                (None, None) => Err(de::Error::missing_field("error_code")),
            }
        }
    }

    /// The fields of a body that matter.
    enum Key {
        Error,
        Code,
        Message,
        Other,
    }

    impl<'de> Deserialize<'de> for Key {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_identifier(KeyVisitor)
        }
    }

    struct KeyVisitor;

    impl Visitor<'_> for KeyVisitor {
        type Value = Key;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a field name")
        }

        fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
            Ok(match key {
                "error" => Key::Error,
                "error_code" => Key::Code,
                "error_msg" => Key::Message,
                _ => Key::Other,
            })
        }
    }
};
