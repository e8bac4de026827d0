fn f() {
    #[cfg(a)]
    let x = 1;
}
