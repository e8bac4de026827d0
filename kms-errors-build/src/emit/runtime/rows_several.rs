// The rows of a page that documents a code by several rows that differ
// (the tables `FURTHER_*`): a template part the generator adds to `api.rs`
// for such a page (`runtime/mod.rs`), and that `stub_optional.rs`
// compiles.

/// The rows of the variant whose discriminant is `i`: its first row, then
/// the further rows of the code in page order.
#[inline]
const fn rows_of(i: usize) -> &'static [ErrorInfo] {
    let start = i + FURTHER_START[i] as usize;
    let end = i + 1 + FURTHER_START[i + 1] as usize;
    let (_, rest) = ROWS.split_at(start);
    let (rows, _) = rest.split_at(end - start);
    rows
}

/// Every row of every code, by variant: the rows of `ALL[i]` start at
/// `i + FURTHER_START[i]`, the first row (`ERRORS[i]`) first.
const ROWS: &[ErrorInfo] = &{
    let mut rows = [row(0); ALL.len() + FURTHER_STATUS_CODES.len()];
    let mut i = 0;
    while i < ALL.len() {
        let first = FURTHER_START[i] as usize;
        rows[i + first] = row(i);
        let mut f = first;
        while f < FURTHER_START[i + 1] as usize {
            rows[i + 1 + f] = ErrorInfo {
                code: CODES[i],
                status_code: status_of(FURTHER_STATUS_CODES[f]),
                message: TEXTS[FURTHER_MESSAGES[f] as usize],
                description: TEXTS[FURTHER_DESCRIPTIONS[f] as usize],
                measure: TEXTS[FURTHER_MEASURES[f] as usize],
            };
            f += 1;
        }
        i += 1;
    }
    rows
};
