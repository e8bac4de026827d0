//! The other variant of the templates, compiled and tested here as
//! `stub.rs` compiles the first: a page with a row without an HTTP status
//! (its statuses are `Option<u16>`, `0` in the tables for none) and a code
//! documented by two rows that differ (the tables `FURTHER_*`). The same
//! three codes as `stub.rs`, so the lookup's tables are its.

/// The stub's enum: `SvcError` is the name the templates use for the
/// page's enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u16)]
pub(super) enum SvcError {
    First = 0,
    Second = 1,
    Gone = 2,
}

/// The status type of a page with a row without one.
pub(super) type SvcStatus = Option<u16>;

/// What a documented status classifies as, on such a page.
pub(super) type SvcRetry = Option<RetryKind>;

pub(super) const ALL: &[SvcError; 3] = &[SvcError::First, SvcError::Second, SvcError::Gone];
pub(super) const CODES: &[&str; 3] = &["SVC.0001", "SVC.0002", "SVC.0003"];
/// `SVC.0002` has no status.
pub(super) const STATUS_CODES: &[u16; 3] = &[400, 0, 404];
pub(super) const TEXTS: &[&str; 5] = &["First.", "Why.", "Fix.", "Second.", "Conflict."];
pub(super) const MESSAGES: &[u8; 3] = &[0, 3, 3];
pub(super) const DESCRIPTIONS: &[u8; 3] = &[1, 1, 1];
pub(super) const MEASURES: &[u8; 3] = &[2, 2, 2];
/// `SVC.0001` has a second row, with 409; the others have none.
pub(super) const FURTHER_START: &[u8; 4] = &[0, 1, 1, 1];
pub(super) const FURTHER_STATUS_CODES: &[u16; 1] = &[409];
pub(super) const FURTHER_MESSAGES: &[u8; 1] = &[4];
pub(super) const FURTHER_DESCRIPTIONS: &[u8; 1] = &[1];
pub(super) const FURTHER_MEASURES: &[u8; 1] = &[2];

/// Whether `error`'s code has left the page.
pub(super) const fn retired(error: SvcError) -> bool {
    matches!(error, SvcError::Gone)
}

include!("api.rs");
include!("statuses_optional.rs");
include!("rows_several.rs");
include!("api_serde.rs");
include!("api_json.rs");
include!("stub_lookup.rs");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_without_a_status() {
        assert_eq!(SvcError::Second.status_code(), None);
        assert_eq!(SvcError::First.status_code(), Some(400));
        assert_eq!(SvcError::Second.retry_kind(), None);
        assert_eq!(SvcError::First.retry_kind(), Some(RetryKind::ClientError));
        // Without a documented status, any status is documented: the row
        // without one applies.
        let response = SvcError::from_response(503, "SVC.0002");
        assert_eq!(
            response,
            ResponseCode::Documented {
                error: SvcError::Second,
                status: 503
            }
        );
        assert_eq!(response.info().map(|row| row.message), Some("Second."));
    }

    #[test]
    fn a_code_with_two_rows() {
        let rows = SvcError::First.rows();
        assert_eq!(
            rows.iter()
                .map(|row| (row.status_code, row.message))
                .collect::<Vec<_>>(),
            [(Some(400), "First."), (Some(409), "Conflict.")]
        );
        assert_eq!(SvcError::Second.rows().len(), 1);
        assert_eq!(SvcError::Gone.rows()[0].status_code, Some(404));
        let second_row = SvcError::from_response(409, "SVC.0001");
        assert_eq!(second_row.info().map(|row| row.message), Some("Conflict."));
        assert!(matches!(
            SvcError::from_response(500, "SVC.0001"),
            ResponseCode::StatusDiffers { status: 500, .. }
        ));
    }

    #[test]
    fn the_lookup_is_the_same() {
        for (&error, code) in ALL.iter().zip(CODES) {
            assert_eq!(SvcError::from_code(code), Some(error));
        }
        assert_eq!(SvcError::from_code("SVC.0004"), None);
    }

    #[test]
    fn serde_and_api_errors() {
        let json = serde_json::to_string(&SvcError::Second).unwrap();
        assert_eq!(json, "\"SVC.0002\"");
        let error = ApiError::from_body(409, br#"{"error_code": "SVC.0001", "error_msg": "m"}"#);
        assert_eq!(error.documented().map(|row| row.message), Some("Conflict."));
        let undocumented = ApiError::from_body(500, br#"{"code": "SVC.0002", "message": "m"}"#);
        assert_eq!(
            undocumented.documented().map(|row| row.message),
            Some("Second.")
        );
    }
}
