struct S {
    #[cfg(a)]
    x: u8,
}
