//! A small page for the runtime templates to compile against in the
//! tests: three codes, the last retired, every row with a status, one row
//! a code, in the shape the generator writes a page's tables; the
//! templates included as the generator emits them for such a page (API,
//! serde, `ApiError`); and the tests of the runtime itself, through it.
//! (`stub_optional.rs` is the other variant.)

/// The stub's enum: `SvcError` is the name the templates use for the
/// page's enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u16)]
pub(super) enum SvcError {
    First = 0,
    Second = 1,
    Gone = 2,
}

/// The status type of a page where every row has one.
pub(super) type SvcStatus = u16;

/// What a documented status classifies as, on such a page.
pub(super) type SvcRetry = RetryKind;

pub(super) const ALL: &[SvcError; 3] = &[SvcError::First, SvcError::Second, SvcError::Gone];
pub(super) const CODES: &[&str; 3] = &["SVC.0001", "SVC.0002", "SVC.0003"];
pub(super) const STATUS_CODES: &[u16; 3] = &[400, 503, 404];
pub(super) const TEXTS: &[&str; 4] = &["First.", "Why.", "Fix.", "Second."];
pub(super) const MESSAGES: &[u8; 3] = &[0, 3, 3];
pub(super) const DESCRIPTIONS: &[u8; 3] = &[1, 1, 1];
pub(super) const MEASURES: &[u8; 3] = &[2, 2, 2];

/// Whether `error`'s code has left the page.
pub(super) const fn retired(error: SvcError) -> bool {
    matches!(error, SvcError::Gone)
}

include!("api.rs");
include!("statuses_every.rs");
include!("rows_one.rs");
include!("api_serde.rs");
include!("api_json.rs");
include!("stub_lookup.rs");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::lookup;
    use crate::model::Entry;

    fn entries() -> Vec<Entry> {
        CODES
            .iter()
            .zip(STATUS_CODES)
            .map(|(code, status)| Entry::example(code, Some(*status), "M."))
            .collect()
    }

    /// The stub's lookup tables are the ones the generator builds for its
    /// codes.
    #[test]
    fn the_stub_is_what_the_generator_builds() {
        let t = lookup::tables(&entries()).unwrap();
        assert_eq!(Some(t.keys.as_slice()), KEYS);
        assert!(t.key_words.keeps_keys());
        // The generator's `KeyShape` and `Placement` are `hash.rs` included
        // there, types of their own: compared field by field.
        let words = &t.key_words;
        assert_eq!(
            (words.min_len, words.max_len, words.extra),
            (
                KEY_SHAPE.min_len,
                KEY_SHAPE.max_len,
                KEY_SHAPE.extra.is_some()
            )
        );
        assert_eq!(
            (
                t.hash.multiplier,
                t.hash.slot_bits,
                t.hash.buckets.is_some()
            ),
            (
                PLACEMENT.multiplier,
                PLACEMENT.slot_bits,
                PLACEMENT.buckets.is_some()
            )
        );
        let slots: Vec<u8> = t
            .slots
            .iter()
            .map(|s| s.map_or(u8::MAX, |i| i as u8))
            .collect();
        assert_eq!(slots, SLOTS);
        assert_eq!(
            UnknownErrorCode::MAX_INPUT_LEN,
            crate::emit::UNKNOWN_CODE_CAPACITY
        );
    }

    #[test]
    fn lookups() {
        for (i, &error) in SvcError::ALL.iter().enumerate() {
            assert_eq!(error as usize, i);
            assert_eq!(SvcError::from_code(error.code()), Some(error));
            assert_eq!(error.code().parse::<SvcError>(), Ok(error));
            assert_eq!(SvcError::try_from(error.code()), Ok(error));
            assert_eq!(*error.info(), ERRORS[i]);
            assert_eq!(error.info().code, CODES[i]);
        }
        for miss in [
            "SVC.0004",
            "svc.0001",
            "SVC.00011",
            "SVC.000",
            "",
            "SVC.0\u{e9}",
        ] {
            assert_eq!(SvcError::from_code(miss), None, "{miss}");
            assert_eq!(miss.parse::<SvcError>().unwrap_err().input(), miss);
        }
        assert_eq!(
            SvcError::from_code_ignore_ascii_case("svc.0002"),
            Some(SvcError::Second)
        );
        assert_eq!(SvcError::COUNT, 3);
        assert_eq!(SvcError::CODES, CODES);
        assert!(SvcError::Gone.is_retired() && !SvcError::First.is_retired());
    }

    #[test]
    fn accessors_and_display() {
        let e = SvcError::Second;
        assert_eq!(
            (e.status_code(), e.message(), e.description(), e.measure()),
            (503, "Second.", "Why.", "Fix.")
        );
        assert_eq!(e.to_string(), "SVC.0002: Second.");
        assert!(e.is_server_error() && !e.is_client_error());
        assert!(SvcError::First.is_client_error());
        assert_eq!(e.retry_kind(), RetryKind::TransientError);
        assert_eq!(e.rows(), core::slice::from_ref(e.info()));
    }

    #[test]
    fn codes_and_responses() {
        let known = ErrorCode::new("SVC.0001");
        assert_eq!(known.known(), Some(SvcError::First));
        assert_eq!(known, ErrorCode::from(SvcError::First));
        assert_eq!(known.as_ref(), "SVC.0001");
        assert_eq!(
            (known.status_code(), known.message()),
            (Some(400), Some("First."))
        );
        assert_eq!(known.retry_kind(), Some(RetryKind::ClientError));
        let unknown: ErrorCode = "NEW.1".parse().unwrap();
        assert_eq!(unknown, ErrorCode::from("NEW.1"));
        assert!(!unknown.is_known());
        assert_eq!((unknown.status_code(), unknown.message()), (None, None));
        assert_eq!(unknown.retry_kind(), None);
        assert_eq!(
            ErrorCode::new_ignore_ascii_case("svc.0001"),
            ErrorCode::Known(SvcError::First)
        );
        let documented = SvcError::from_response(400, "SVC.0001");
        assert_eq!(
            documented,
            ResponseCode::Documented {
                error: SvcError::First,
                status: 400
            }
        );
        assert_eq!(documented.info(), Some(SvcError::First.info()));
        assert_eq!(documented.status(), 400);
        assert_eq!(documented.to_string(), "SVC.0001: First. (HTTP 400)");
        let differs = SvcError::from_response(500, "SVC.0001");
        assert_eq!(
            differs,
            ResponseCode::StatusDiffers {
                error: SvcError::First,
                status: 500
            }
        );
        assert_eq!(differs.retry_kind(), Some(RetryKind::TransientError));
        assert_eq!(differs.known(), Some(SvcError::First));
        assert_eq!(differs.info(), Some(SvcError::First.info()));
        assert_eq!(
            differs.to_string(),
            "SVC.0001: First. (HTTP 500, documented with another status)"
        );
        let response = SvcError::from_response(429, "NEW.1");
        assert!(matches!(
            response,
            ResponseCode::Unknown { status: 429, .. }
        ));
        assert_eq!(response.retry_kind(), Some(RetryKind::ThrottlingError));
        assert_eq!((response.status(), response.info()), (429, None));
        assert_eq!(
            response.to_string(),
            "NEW.1 (HTTP 429, an undocumented code)"
        );
        assert!(RetryKind::ThrottlingError.is_retryable());
    }

    /// Codes are map keys: equal when the input is, different otherwise;
    /// a known code shows its message.
    #[test]
    fn codes_are_eq_and_hash() {
        use std::collections::HashMap;
        let mut counts: HashMap<ErrorCode, usize> = HashMap::new();
        for code in ["SVC.0001", "NEW.1", "SVC.0001", "NEW.1", "NEW.2", "new.1"] {
            *counts.entry(ErrorCode::new(code)).or_default() += 1;
        }
        assert_eq!(counts[&ErrorCode::Known(SvcError::First)], 2);
        assert_eq!(counts[&ErrorCode::new("NEW.1")], 2);
        assert_eq!(counts.len(), 4);
        assert_eq!(ErrorCode::new("SVC.0002").to_string(), "SVC.0002: Second.");
        // Inputs up to the capacity are compared whole, however alike.
        let a = "x".repeat(UnknownErrorCode::MAX_INPUT_LEN);
        let mut b = a.clone();
        b.replace_range(63.., "y");
        assert_ne!(UnknownErrorCode::new(&a), UnknownErrorCode::new(&b));
        // Longer ones by what is kept: the rule the docs state.
        let cut = |tail: &str| UnknownErrorCode::new(&format!("{a}{tail}"));
        assert_eq!(cut("1"), cut("2"));
        assert_ne!(cut("1"), UnknownErrorCode::new(&a));
    }

    #[test]
    fn unknown_codes_are_kept_whole_or_cut_and_marked() {
        let long = "\u{e9}".repeat(40);
        let cut = UnknownErrorCode::new(&long);
        assert!(cut.is_truncated());
        assert_eq!(cut.input(), "\u{e9}".repeat(32));
        assert_eq!(cut, cut);
        assert!(cut.to_string().ends_with("\u{2026}\""));
        assert!(format!("{cut:?}").contains("truncated: true"));
        let whole = UnknownErrorCode::new("NEW.1");
        assert_eq!(whole, UnknownErrorCode::new("NEW.1"));
        assert_eq!(whole.to_string(), "unknown SvcError code \"NEW.1\"");
        assert_eq!(
            ErrorCode::Unknown(cut).to_string(),
            format!("{}\u{2026}", cut.input())
        );
    }

    #[test]
    fn the_revision_displays_its_digest() {
        let revision = SpecRevision {
            path: "spec/p.rst",
            sha256: "00ff",
        };
        assert_eq!(revision.to_string(), "spec/p.rst (SHA-256 00ff)");
    }

    #[test]
    fn serde_reads_both_body_forms() {
        let nested: ErrorResponse<String> =
            serde_json::from_str(r#"{"error": {"error_code": "SVC.0001", "error_msg": "m"}}"#)
                .unwrap();
        assert_eq!(nested.error_code, ErrorCode::Known(SvcError::First));
        assert_eq!(nested.error_msg.as_deref(), Some("m"));
        let flat: ErrorResponse<&str> =
            serde_json::from_str(r#"{"error_code": "NEW.1", "x": 1, "error_msg": null}"#).unwrap();
        assert!(matches!(
            flat.classify(503),
            ResponseCode::Unknown { status: 503, .. }
        ));
        assert_eq!(flat.error_msg, None);
        assert!(serde_json::from_str::<ErrorResponse<String>>(r#"{"x": 1}"#).is_err());
        // An escaped message: read by `String`; `&str` cannot borrow it,
        // which is why the docs recommend `String`.
        let escaped = r#"{"error_code": "SVC.0001", "error_msg": "Invalid \"key\" ID."}"#;
        let read: ErrorResponse<String> = serde_json::from_str(escaped).unwrap();
        assert_eq!(read.error_msg.as_deref(), Some("Invalid \"key\" ID."));
        assert!(serde_json::from_str::<ErrorResponse<&str>>(escaped).is_err());
        let error: SvcError = serde_json::from_str(r#""SVC.0002""#).unwrap();
        assert_eq!(serde_json::to_string(&error).unwrap(), r#""SVC.0002""#);
        let failed = serde_json::from_str::<SvcError>(r#""NEW.1""#).unwrap_err();
        assert!(
            failed
                .to_string()
                .contains("a documented error code such as"),
            "{failed}"
        );
        let code: ErrorCode = serde_json::from_str(r#""NEW.1""#).unwrap();
        assert_eq!(serde_json::to_string(&code).unwrap(), r#""NEW.1""#);
    }

    /// `ApiError` on the `code`/`message` bodies the services document,
    /// copied from the example responses of the Auto Scaling page (nested)
    /// and the DNS page (flat) of the corpus, codes renamed to the stub's.
    #[test]
    fn api_errors_read_code_and_message_bodies() {
        let nested = ApiError::from_body(
            400,
            br#"{"error":{"code":"SVC.0001","message":"System error."}}"#,
        );
        assert_eq!(nested.code(), Some(ErrorCode::Known(SvcError::First)));
        assert_eq!(nested.code_str(), Some("SVC.0001"));
        assert_eq!(nested.server_message(), Some("System error."));
        assert_eq!(nested.documented(), Some(SvcError::First.info()));
        let flat = ApiError::from_body(
            500,
            b"{\n    \"code\": \"DNS.0001\",\n    \"message\": \"Internal error.\"\n}",
        );
        assert_eq!(flat.code_str(), Some("DNS.0001"));
        assert_eq!(flat.server_message(), Some("Internal error."));
        assert_eq!(
            flat.to_string(),
            "DNS.0001 (HTTP 500, undocumented): Internal error."
        );
        // Where a body has both forms, `error_code`/`error_msg` win; a code
        // that is not a string is no code.
        let both = ApiError::from_body(
            400,
            br#"{"error_code": "SVC.0001", "error_msg": "a", "code": "X.1", "message": "b"}"#,
        );
        assert_eq!(
            (both.code_str(), both.server_message()),
            (Some("SVC.0001"), Some("a"))
        );
        let number = ApiError::from_body(404, br#"{"code": 404, "message": "Not Found"}"#);
        assert_eq!(
            (number.code(), number.server_message()),
            (None, Some("Not Found"))
        );
        assert_eq!(number.to_string(), "no error code (HTTP 404): Not Found");
    }

    /// `ApiError` on every body form a server or a gateway sends.
    #[test]
    fn api_errors_from_any_body() {
        let nested = ApiError::from_body(
            400,
            br#"{"error": {"error_code": "SVC.0001", "error_msg": "Bad \"key\" ID.", "encoded_authorization_message": "abc=="}}"#,
        );
        assert_eq!(nested.code(), Some(ErrorCode::Known(SvcError::First)));
        assert_eq!(nested.server_message(), Some("Bad \"key\" ID."));
        assert_eq!(nested.encoded_authorization_message(), Some("abc=="));
        assert_eq!(nested.documented(), Some(SvcError::First.info()));
        assert_eq!(nested.retry_kind(), RetryKind::ClientError);
        let nested = nested.with_request_id("r-1");
        assert_eq!(nested.request_id(), Some("r-1"));
        assert_eq!(
            nested.to_string(),
            "SVC.0001 (HTTP 400): Bad \"key\" ID.; measure: Fix.; request id: r-1"
        );
        // Flat, an undocumented code, the request id in the body.
        let flat = ApiError::from_body(
            503,
            br#"{"error_code": "NEW.1", "error_msg": "busy", "request_id": "b-2"}"#,
        );
        assert_eq!(flat.code(), Some(ErrorCode::new("NEW.1")));
        assert_eq!(flat.code_str(), Some("NEW.1"));
        assert_eq!((flat.documented(), flat.request_id()), (None, Some("b-2")));
        assert_eq!(flat.retry_kind(), RetryKind::TransientError);
        assert_eq!(
            flat.to_string(),
            "NEW.1 (HTTP 503, undocumented): busy; request id: b-2"
        );
        // A documented code with a status it is not documented with.
        let other = ApiError::from_body(500, br#"{"error_code": "SVC.0001"}"#);
        assert_eq!((other.documented(), other.server_message()), (None, None));
        assert_eq!(other.retry_kind(), RetryKind::TransientError);
        assert_eq!(
            other.to_string(),
            "SVC.0001 (HTTP 500, documented with HTTP 400)"
        );
        // Not JSON, cut JSON, empty: the status and an excerpt.
        let html = ApiError::from_body(502, b"<html>\n  <h1>Bad   Gateway</h1>\n</html>\n");
        assert_eq!(
            html.server_message(),
            Some("<html> <h1>Bad Gateway</h1> </html>")
        );
        assert_eq!(
            html.to_string(),
            "no error code (HTTP 502): <html> <h1>Bad Gateway</h1> </html>"
        );
        let cut = ApiError::from_body(400, br#"{"error": {"error_code": "SVC.00"#);
        assert_eq!(
            (cut.code(), cut.server_message()),
            (None, Some(r#"{"error": {"error_code": "SVC.00"#))
        );
        let empty = ApiError::from_body(504, b"");
        assert_eq!(
            (empty.code(), empty.server_message(), empty.status()),
            (None, None, 504)
        );
        assert_eq!(empty.to_string(), "no error code (HTTP 504)");
        // A long body is cut, and marked; invalid UTF-8 is replaced.
        let long = "x ".repeat(1000);
        let excerpt = ApiError::from_body(500, long.as_bytes());
        let message = excerpt.server_message().unwrap();
        assert_eq!(message.chars().count(), ApiError::MAX_EXCERPT_CHARS + 1);
        assert!(message.ends_with('\u{2026}'));
        let bytes = ApiError::from_body(500, b"\xff\xfeoops");
        assert_eq!(bytes.server_message(), Some("\u{fffd}\u{fffd}oops"));
        fn thread_safe<T: Send + Sync + 'static + std::error::Error>() {}
        thread_safe::<ApiError>();
        assert_eq!(
            std::mem::size_of::<ApiError>(),
            std::mem::size_of::<usize>()
        );
    }
}
