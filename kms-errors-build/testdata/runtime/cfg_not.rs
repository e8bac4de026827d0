#[cfg(not(kms_rows = "several"))]
const X: u8 = 0;
