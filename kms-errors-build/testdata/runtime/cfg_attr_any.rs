#[cfg_attr(any(a), derive(Debug))]
struct S;
