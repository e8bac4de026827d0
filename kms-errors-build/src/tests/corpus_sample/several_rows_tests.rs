// The tests of the module generated from `several_rows.rst` (included in
// it, with `use super::*` in scope).

#[test]
fn rows_by_status() {
    let r1 = ServiceError::from_code("R.1").unwrap();
    assert_eq!(r1.rows().len(), 2);
    // The row without a status answers for any status but 400.
    assert_eq!(ServiceError::from_response(400, "R.1").info(), Some(&r1.rows()[0]));
    assert_eq!(ServiceError::from_response(500, "R.1").info(), Some(&r1.rows()[1]));
    let r2 = ServiceError::from_code("R.2").unwrap();
    assert_eq!(ServiceError::from_response(429, "R.2").info(), Some(&r2.rows()[1]));
    assert!(matches!(
        ServiceError::from_response(500, "R.2"),
        ResponseCode::StatusDiffers { .. }
    ));
    assert_eq!(r2.retry_kind(), Some(RetryKind::TransientError));
    // A status below 400 is documented, so it has a kind: a client error.
    let r3 = ServiceError::from_code("R.3").unwrap();
    assert_eq!(r3.retry_kind(), Some(RetryKind::ClientError));
    assert_eq!(ErrorCode::Known(r3).retry_kind(), Some(RetryKind::ClientError));
    assert_eq!(r1.retry_kind(), Some(RetryKind::ClientError));
}

/// A status cell with two statuses (`404/500`, as the DNS page writes
/// them): one row per status, both documented.
#[test]
fn several_statuses_in_one_cell() {
    let r4 = ServiceError::from_code("R.4").unwrap();
    let [first, second] = r4.rows() else {
        panic!("two rows: {:?}", r4.rows());
    };
    assert_eq!((first.status_code, second.status_code), (Some(404), Some(500)));
    assert!(r4.rows().iter().all(|row| row.message == "No pools."));
    for status in [404, 500] {
        assert!(matches!(
            ServiceError::from_response(status, "R.4"),
            ResponseCode::Documented { .. }
        ));
    }
    assert!(matches!(
        ServiceError::from_response(400, "R.4"),
        ResponseCode::StatusDiffers { .. }
    ));
}

#[test]
fn near_misses() {
    assert_near_misses(b"0.x");
}
