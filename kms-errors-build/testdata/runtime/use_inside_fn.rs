fn f() {
    use ::core::fmt;
}
