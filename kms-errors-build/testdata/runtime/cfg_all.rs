#[cfg(all(a, b))]
fn f() {}
