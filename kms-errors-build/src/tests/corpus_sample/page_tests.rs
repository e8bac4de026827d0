// The tests of a module generated from a real page (included in it, with
// `use super::*` in scope).

// `Option::<u16>::from` reads a status of either type (`u16` or
// `Option<u16>`, by page): for the latter it converts nothing.
#[allow(clippy::useless_conversion)]
#[test]
fn round_trips() {
    use std::string::ToString;
    assert_eq!(ServiceError::ALL.len(), ServiceError::COUNT);
    for (n, &e) in ServiceError::ALL.iter().enumerate() {
        assert_eq!(ServiceError::from_code(e.code()), Some(e));
        assert_eq!(e.code().parse::<ServiceError>(), Ok(e));
        assert_eq!(*e.info(), ERRORS[n]);
        assert!(e.to_string().starts_with(e.code()));
    }
    assert_eq!(ServiceError::from_code("no such code"), None);
    // Every row answers for its status; the first row of a status is the one.
    for &e in ServiceError::ALL {
        let rows = e.rows();
        assert_eq!(&rows[0], e.info());
        for row in rows {
            assert_eq!(row.code, e.code());
            if let Some(status) = Option::<u16>::from(row.status_code) {
                let response = ServiceError::from_response(status, e.code());
                assert_eq!(response, ResponseCode::Documented { error: e, status });
                let first = rows
                    .iter()
                    .find(|x| Option::<u16>::from(x.status_code) == Some(status))
                    .unwrap();
                assert!(core::ptr::eq(response.info().unwrap(), first));
            }
        }
    }
}

/// The documented rule on every code: a code's kind is its documented
/// status's (`RetryKind::from_status`), a status below 400 counting as a
/// client error, and `None` only without a status; `ErrorCode` agrees.
#[allow(clippy::useless_conversion)]
#[test]
fn retry_kinds_follow_the_documented_status() {
    for &e in ServiceError::ALL {
        let expected = Option::<u16>::from(e.status_code())
            .map(|status| RetryKind::from_status(status).unwrap_or(RetryKind::ClientError));
        assert_eq!(Option::<RetryKind>::from(e.retry_kind()), expected, "{}", e.code());
        assert_eq!(ErrorCode::Known(e).retry_kind(), expected, "{}", e.code());
    }
}

/// Near misses agree with a linear scan.
#[test]
fn near_misses() {
    assert_near_misses(b"09A.\0");
}
