// The API every generated module has, whatever the page: real Rust, which
// rustc compiles and clippy lints here (in the tests, included into the
// small tables of `stub.rs` and `stub_optional.rs`, which provide the names
// it uses), and which the generator parses with `syn` and emits for each
// page (see `runtime/mod.rs`) with one part for the page's statuses
// (`statuses_every.rs` or `statuses_optional.rs`) and one for its rows
// (`rows_one.rs` or `rows_several.rs`), and with:
//
// - its placeholders replaced by the page's (`runtime/placeholders.rs`):
//   `SvcError` by the page's enum, `SvcStatus` by the status type (`u16`,
//   or `Option<u16>` for a page with a row without a status) and
//   `SvcRetry` by what a documented status classifies as (`RetryKind`, or
//   `Option<RetryKind>`), in code, docs and strings; `$name`s in docs and
//   strings by the page's values (`$first` its first documented variant,
//   `$code` its code, …, `$path` the doctest path, `$fence` nothing, or
//   `ignore` without a doctest path).
//
// A template has no `use` of its neighbours (the stub and the generated
// module hold them all in one scope) and no `#[cfg]`: the generator
// rejects one, since it cannot know whether it holds in the user's crate.
//
// (Plain comments: the generator emits the items of this file, not its
// module docs.)

/// What the documentation says about one error code: one row of the table.
///
/// ```$fence
/// use $path::SvcError;
/// let info = $first.info();
/// assert_eq!(info.code, $code);
/// assert_eq!(info.status_code, $status_value);
/// assert_eq!(info.message, $message);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ErrorInfo {
    /// The error code.
    pub code: &'static str,
    /// $status_doc
    pub status_code: SvcStatus,
    /// The error message (empty if the page has none).
    pub message: &'static str,
    /// The documentation's description of the error (empty if the page has
    /// none).
    pub description: &'static str,
    /// What the documentation says to do about it (empty if the page says
    /// nothing).
    pub measure: &'static str,
}

/// The whole table, one row per code: `ERRORS[i]` describes the variant
/// whose discriminant is `i`, `ALL[i]`.
pub const ERRORS: &[ErrorInfo] = &{
    let mut rows = [row(0); ALL.len()];
    let mut i = 1;
    while i < rows.len() {
        rows[i] = row(i);
        i += 1;
    }
    rows
};

/// Row `i` of [`ERRORS`], from the tables each accessor reads: every datum
/// is stored once.
#[inline]
const fn row(i: usize) -> ErrorInfo {
    ErrorInfo {
        code: CODES[i],
        status_code: status_of(STATUS_CODES[i]),
        message: TEXTS[MESSAGES[i] as usize],
        description: TEXTS[DESCRIPTIONS[i] as usize],
        measure: TEXTS[MEASURES[i] as usize],
    }
}

/// The first row of `error` documented with `status`; else, where rows may
/// have no status, its first row without one; else `None`.
#[inline]
const fn documented_row(
    error: SvcError,
    status: u16,
) -> ::core::option::Option<&'static ErrorInfo> {
    let rows = rows_of(error as usize);
    let mut without = ::core::option::Option::None;
    let mut i = 0;
    while i < rows.len() {
        match status_option(rows[i].status_code) {
            ::core::option::Option::Some(documented) if documented == status => {
                return ::core::option::Option::Some(&rows[i]);
            }
            ::core::option::Option::None if without.is_none() => {
                without = ::core::option::Option::Some(&rows[i]);
            }
            _ => {}
        }
        i += 1;
    }
    without
}

impl SvcError {
    /// Every variant, in the order of their discriminants (see the enum's
    /// docs), which never changes once a code is pinned: `ALL[i] as usize
    /// == i`, and `ERRORS[i]` is `ALL[i]`'s row. Retired codes are in their
    /// place (see [`is_retired`](Self::is_retired)).
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert_eq!(SvcError::ALL.len(), SvcError::COUNT);
    /// assert_eq!(SvcError::ALL[$first_index], $first);
    /// ```
    pub const ALL: &'static [SvcError] = ALL;

    /// How many error codes there are (retired ones included).
    pub const COUNT: usize = ALL.len();

    /// Every error code, in the order of [`ALL`](Self::ALL): `CODES[i] ==
    /// ALL[i].code()`.
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert_eq!(SvcError::CODES[$first_index], $code);
    /// ```
    pub const CODES: &'static [&'static str] = CODES;

    /// Whether the code is no longer in the documentation. Its variant
    /// stays (deprecated) with its last documented row, so code that
    /// matches on it keeps compiling and a server that still sends it is
    /// understood.
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert!(!$first.is_retired());
    /// ```
    #[inline]
    pub const fn is_retired(self) -> bool {
        retired(self)
    }

    /// The table row of this error: its first row, when the page documents
    /// the code by several (see [`rows`](Self::rows)). The accessors below
    /// read this row.
    #[inline]
    pub const fn info(self) -> &'static ErrorInfo {
        // Discriminants are 0..COUNT in table order.
        &ERRORS[self as usize]
    }

    /// Every row the documentation gives this code, in page order, the
    /// first being [`info`](Self::info): a page may document one code with
    /// several statuses, or a message per module. Rows that say the same
    /// are one.
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert_eq!(&$first.rows()[0], $first.info());
    /// assert!($first.rows().iter().all(|row| row.code == $code));
    /// ```
    #[inline]
    pub const fn rows(self) -> &'static [ErrorInfo] {
        rows_of(self as usize)
    }

    /// The error code.
    #[inline]
    pub const fn code(self) -> &'static str {
        CODES[self as usize]
    }

    /// $status_doc
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert_eq!($first.status_code(), $status_value);
    /// ```
    #[inline]
    pub const fn status_code(self) -> SvcStatus {
        status_of(STATUS_CODES[self as usize])
    }

    /// The error message (empty if the page has none).
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert_eq!($first.message(), $message);
    /// ```
    #[inline]
    pub const fn message(self) -> &'static str {
        TEXTS[MESSAGES[self as usize] as usize]
    }

    /// The documentation's description of the error (empty if the page
    /// has none).
    #[inline]
    pub const fn description(self) -> &'static str {
        TEXTS[DESCRIPTIONS[self as usize] as usize]
    }

    /// What the documentation says to do about the error (empty if the
    /// page says nothing).
    #[inline]
    pub const fn measure(self) -> &'static str {
        TEXTS[MEASURES[self as usize] as usize]
    }

    /// The variant for an error code: an exact, case-sensitive match. For
    /// a code a server sends, which may be newer than the table, see
    /// [`ErrorCode`], which keeps an unknown code instead of failing.
    ///
    /// The lookup is a perfect hash table: a length out of range is
    /// rejected before any byte is read, else one slot is read and one
    /// code compared, whatever the codes look like.
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert_eq!(SvcError::from_code($code), Some($first));
    /// assert_eq!(SvcError::from_code($unknown), None);
    /// const FOUND: Option<SvcError> = SvcError::from_code($code);
    /// assert!(FOUND.is_some());
    /// ```
    #[inline]
    pub const fn from_code(code: &str) -> ::core::option::Option<SvcError> {
        SvcError::from_code_bytes(code.as_bytes())
    }

    /// [`from_code`](Self::from_code) for a code as bytes (firmware reads
    /// a response as bytes): the same lookup, with no UTF-8 check.
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert_eq!(SvcError::from_code_bytes($code.as_bytes()), Some($first));
    /// assert_eq!(SvcError::from_code_bytes(b"\xff"), None);
    /// ```
    #[inline]
    pub const fn from_code_bytes(code: &[u8]) -> ::core::option::Option<SvcError> {
        match code_index(code) {
            ::core::option::Option::Some(index) => ::core::option::Option::Some(ALL[index]),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }

    /// The variant for an error code, ignoring ASCII case; of codes that
    /// differ only in case, the first in [`ALL`](Self::ALL).
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// assert_eq!(
    ///     SvcError::from_code_ignore_ascii_case($code_lower),
    ///     Some($first)
    /// );
    /// ```
    #[inline]
    pub const fn from_code_ignore_ascii_case(code: &str) -> ::core::option::Option<SvcError> {
        if CODES_HAVE_LOWER_CASE {
            scan_ignore_ascii_case(code)
        } else {
            upper_case_lookup(code)
        }
    }

    /// What the `error_code` of an API response whose HTTP status is
    /// `status` is: a code with a row documented with that status$no_status,
    /// a code documented only with other statuses (both are kept), or an
    /// unknown code. [`ResponseCode::info`] gives the row.
    ///
    /// ```$fence
    /// use $path::{ResponseCode, SvcError};
    /// let documented = SvcError::from_response($status, $code);
    /// assert_eq!(
    ///     documented,
    ///     ResponseCode::Documented { error: $first, status: $status }
    /// );
    /// assert_eq!(documented.info().map(|row| row.code), Some($code));
    /// let other = SvcError::from_response($other_status, $code);
    /// assert!(matches!(other, $other_response));
    /// assert!(matches!(
    ///     SvcError::from_response(503, $unknown),
    ///     ResponseCode::Unknown { status: 503, .. }
    /// ));
    /// ```
    #[inline]
    pub const fn from_response(status: u16, code: &str) -> ResponseCode {
        ErrorCode::new(code).with_status(status)
    }

    /// The documented status as an `Option`, whatever the type of
    /// [`status_code`](Self::status_code).
    #[inline]
    const fn documented_status(self) -> ::core::option::Option<u16> {
        status_option(self.status_code())
    }

    /// How a client should treat the error, by its documented HTTP status
    /// (see [`RetryKind::from_status`])$retry_doc
    ///
    /// ```$fence
    /// use $path::SvcError;
    /// let kind = $first.retry_kind();
    /// println!("retry: {:?}", kind);
    /// ```
    #[inline]
    pub const fn retry_kind(self) -> SvcRetry {
        documented_retry(self.status_code())
    }

    /// Whether the documented status is a client error (4xx).
    #[inline]
    pub const fn is_client_error(self) -> bool {
        matches!(
            self.documented_status(),
            ::core::option::Option::Some(400..=499)
        )
    }

    /// Whether the documented status is a server error (5xx).
    #[inline]
    pub const fn is_server_error(self) -> bool {
        matches!(
            self.documented_status(),
            ::core::option::Option::Some(500..=599)
        )
    }
}

/// The discriminant of the variant whose code is `code` (exact,
/// case-sensitive): a wrong length is rejected before any byte is read;
/// then the code's key picks one slot of a perfect hash table, and the
/// slot's code is compared: by its key where the key is the code (a table
/// with codes of at most 8 bytes keeps `KEYS`), else byte by byte.
#[inline]
const fn code_index(bytes: &[u8]) -> ::core::option::Option<usize> {
    if bytes.len() < KEY_SHAPE.min_len || bytes.len() > KEY_SHAPE.max_len {
        return ::core::option::Option::None;
    }
    let key = code_key(bytes, &KEY_SHAPE);
    let index = SLOTS[slot_of(key, &PLACEMENT) % SLOTS.len()] as usize;
    let key_matches = match KEYS {
        ::core::option::Option::Some(keys) => index < keys.len() && keys[index] == key,
        ::core::option::Option::None => index < CODES.len(),
    };
    if key_matches && same_code(CODES[index].as_bytes(), bytes, &KEY_SHAPE) {
        ::core::option::Option::Some(index)
    } else {
        ::core::option::Option::None
    }
}

/// `from_code_ignore_ascii_case` for a table without lower-case letters:
/// the input upper-cased, looked up in the hash table.
#[inline]
const fn upper_case_lookup(code: &str) -> ::core::option::Option<SvcError> {
    const LONGEST: usize = KEY_SHAPE.max_len;
    let bytes = code.as_bytes();
    if bytes.len() < KEY_SHAPE.min_len || bytes.len() > LONGEST {
        return ::core::option::Option::None;
    }
    let mut upper = [0u8; LONGEST];
    let mut i = 0;
    while i < bytes.len() {
        upper[i] = bytes[i].to_ascii_uppercase();
        i += 1;
    }
    let (upper, _) = upper.split_at(bytes.len());
    match ::core::str::from_utf8(upper) {
        ::core::result::Result::Ok(upper) => SvcError::from_code(upper),
        ::core::result::Result::Err(_) => ::core::option::Option::None,
    }
}

/// `from_code_ignore_ascii_case` for a table with lower-case letters: the
/// first code equal to the input but for ASCII case.
#[inline]
const fn scan_ignore_ascii_case(code: &str) -> ::core::option::Option<SvcError> {
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < CODES.len() {
        let candidate = CODES[i].as_bytes();
        if candidate.len() == bytes.len() {
            let mut j = 0;
            while j < bytes.len() && candidate[j].eq_ignore_ascii_case(&bytes[j]) {
                j += 1;
            }
            if j == bytes.len() {
                return ::core::option::Option::Some(ALL[i]);
            }
        }
        i += 1;
    }
    ::core::option::Option::None
}

/// `CODE: message` (the code alone if the page gives no message).
///
/// ```$fence
/// use $path::SvcError;
/// let shown = $first.to_string();
/// assert!(shown.starts_with($code));
/// ```
impl ::core::fmt::Display for SvcError {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())?;
        if !self.message().is_empty() {
            f.write_str(": ")?;
            f.write_str(self.message())?;
        }
        ::core::result::Result::Ok(())
    }
}

impl ::core::error::Error for SvcError {}

/// Parses an exact error code, as [`SvcError::from_code`]; the error keeps
/// the input.
///
/// ```$fence
/// use $path::SvcError;
/// let error: SvcError = $code.parse()?;
/// assert_eq!(error, $first);
/// let unknown = $unknown.parse::<SvcError>().unwrap_err();
/// assert_eq!(unknown.input(), $unknown);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl ::core::str::FromStr for SvcError {
    type Err = UnknownErrorCode;

    #[inline]
    fn from_str(code: &str) -> ::core::result::Result<Self, UnknownErrorCode> {
        match Self::from_code(code) {
            ::core::option::Option::Some(error) => ::core::result::Result::Ok(error),
            ::core::option::Option::None => {
                ::core::result::Result::Err(UnknownErrorCode::new(code))
            }
        }
    }
}

/// As [`FromStr`](::core::str::FromStr).
impl ::core::convert::TryFrom<&str> for SvcError {
    type Error = UnknownErrorCode;

    #[inline]
    fn try_from(code: &str) -> ::core::result::Result<Self, UnknownErrorCode> {
        ::core::str::FromStr::from_str(code)
    }
}

/// An error code as a server sent it: one the table documents, or one it
/// does not know (a server can be newer than the table). `Copy`, no
/// allocation; building one never fails, so a response type with an
/// `error_code: ErrorCode` field always deserializes.
///
/// Equality and hashing compare the codes as received (see
/// [`UnknownErrorCode`] for inputs longer than
/// [`UnknownErrorCode::MAX_INPUT_LEN`] bytes), so an `ErrorCode` can be a
/// map key, to count errors by code for example.
///
/// ```$fence
/// use $path::{ErrorCode, SvcError};
/// let known = ErrorCode::new($code);
/// assert_eq!(known.known(), Some($first));
/// assert_eq!(known.as_str(), $code);
/// let newer = ErrorCode::new($unknown);
/// assert!(!newer.is_known());
/// assert_eq!(newer.to_string(), $unknown);
/// assert_eq!(known.to_string(), $first.to_string());
/// match newer {
///     ErrorCode::Known(error) => println!("{}", error.measure()),
///     ErrorCode::Unknown(code) => println!("undocumented code {}", code.input()),
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// A documented code.
    Known(SvcError),
    /// A code the table does not document, as received.
    Unknown(UnknownErrorCode),
}

impl ErrorCode {
    /// The code `code`: [`Known`](ErrorCode::Known) if it is documented
    /// (exact match, as [`SvcError::from_code`]), else
    /// [`Unknown`](ErrorCode::Unknown).
    #[inline]
    pub const fn new(code: &str) -> Self {
        match SvcError::from_code(code) {
            ::core::option::Option::Some(error) => ErrorCode::Known(error),
            ::core::option::Option::None => ErrorCode::Unknown(UnknownErrorCode::new(code)),
        }
    }

    /// As [`new`](Self::new), matching documented codes ignoring ASCII case
    /// (as [`SvcError::from_code_ignore_ascii_case`]); an unknown code is
    /// kept as received.
    #[inline]
    pub const fn new_ignore_ascii_case(code: &str) -> Self {
        match SvcError::from_code_ignore_ascii_case(code) {
            ::core::option::Option::Some(error) => ErrorCode::Known(error),
            ::core::option::Option::None => ErrorCode::Unknown(UnknownErrorCode::new(code)),
        }
    }

    /// The documented error, if the code is one.
    #[inline]
    pub const fn known(self) -> ::core::option::Option<SvcError> {
        match self {
            ErrorCode::Known(error) => ::core::option::Option::Some(error),
            ErrorCode::Unknown(_) => ::core::option::Option::None,
        }
    }

    /// Whether the code is documented.
    #[inline]
    pub const fn is_known(self) -> bool {
        matches!(self, ErrorCode::Known(_))
    }

    /// The code as received (for an unknown code longer than
    /// [`UnknownErrorCode::MAX_INPUT_LEN`] bytes, its start: see
    /// [`UnknownErrorCode::is_truncated`]).
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ErrorCode::Known(error) => error.code(),
            ErrorCode::Unknown(code) => code.input(),
        }
    }

    /// The documented HTTP status: `None` for an unknown code (or a row
    /// without one).
    #[inline]
    pub const fn status_code(self) -> ::core::option::Option<u16> {
        match self {
            ErrorCode::Known(error) => error.documented_status(),
            ErrorCode::Unknown(_) => ::core::option::Option::None,
        }
    }

    /// The documented message: `None` for an unknown code.
    #[inline]
    pub const fn message(self) -> ::core::option::Option<&'static str> {
        match self {
            ErrorCode::Known(error) => ::core::option::Option::Some(error.message()),
            ErrorCode::Unknown(_) => ::core::option::Option::None,
        }
    }

    /// The code of a response whose HTTP status is `status`, against the
    /// documentation (what [`SvcError::from_response`] gives for the code's
    /// text): documented when a row of the code has that status.
    ///
    /// ```$fence
    /// use $path::{ErrorCode, ResponseCode};
    /// let response = ErrorCode::new($unknown).with_status(503);
    /// assert!(matches!(response, ResponseCode::Unknown { status: 503, .. }));
    /// ```
    #[inline]
    pub const fn with_status(self, status: u16) -> ResponseCode {
        match self {
            ErrorCode::Known(error) => match documented_row(error, status) {
                ::core::option::Option::Some(_) => ResponseCode::Documented { error, status },
                ::core::option::Option::None => ResponseCode::StatusDiffers { error, status },
            },
            ErrorCode::Unknown(code) => ResponseCode::Unknown { code, status },
        }
    }

    /// How a client should treat the error, from its documented status, as
    /// [`SvcError::retry_kind`] classifies it: `None` for an unknown code
    /// (or one documented without a status), whose response status is what
    /// tells (see [`ResponseCode::retry_kind`]).
    #[inline]
    pub const fn retry_kind(self) -> ::core::option::Option<RetryKind> {
        match self {
            ErrorCode::Known(error) => {
                RetryKind::for_documented_status_if_any(error.documented_status())
            }
            ErrorCode::Unknown(_) => ::core::option::Option::None,
        }
    }
}

/// A documented code as [`SvcError`] shows it (`CODE: message`); an
/// unknown one as received, a cut one ending in `…`.
impl ::core::fmt::Display for ErrorCode {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            ErrorCode::Known(error) => ::core::fmt::Display::fmt(error, f),
            ErrorCode::Unknown(code) => {
                f.write_str(code.input())?;
                if code.is_truncated() {
                    f.write_str("…")?;
                }
                ::core::result::Result::Ok(())
            }
        }
    }
}

/// The code as received (as [`as_str`](ErrorCode::as_str)).
impl ::core::convert::AsRef<str> for ErrorCode {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl ::core::convert::From<&str> for ErrorCode {
    #[inline]
    fn from(code: &str) -> Self {
        ErrorCode::new(code)
    }
}

impl ::core::convert::From<SvcError> for ErrorCode {
    #[inline]
    fn from(error: SvcError) -> Self {
        ErrorCode::Known(error)
    }
}

/// Never fails: an undocumented code is [`ErrorCode::Unknown`].
impl ::core::str::FromStr for ErrorCode {
    type Err = ::core::convert::Infallible;

    #[inline]
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        ::core::result::Result::Ok(ErrorCode::new(code))
    }
}

/// An error code is an error, so that it can be a `#[source]`.
impl ::core::error::Error for ErrorCode {}

/// A string that is not a documented error code: the error of parsing one,
/// and the unknown case of [`ErrorCode`].
///
/// It keeps the input without allocating, so it is `Copy` and works in
/// `no_std`: up to [`MAX_INPUT_LEN`](Self::MAX_INPUT_LEN) bytes whole, a
/// longer input cut (at a character boundary) and marked as cut. Its
/// `Display` shows the input escaped, a cut one ending in `…`.
///
/// Equality and hashing compare an input up to `MAX_INPUT_LEN` bytes whole,
/// a longer one by its kept start (no real code is that long: two codes a
/// server sends never compare equal).
///
/// ```$fence
/// use $path::SvcError;
/// let error = $unknown.parse::<SvcError>().unwrap_err();
/// assert_eq!(error.input(), $unknown);
/// assert_eq!(error.to_string(), format!("unknown SvcError code {:?}", $unknown));
/// let long = "x".repeat(1000);
/// let error = long.parse::<SvcError>().unwrap_err();
/// assert!(error.is_truncated());
/// assert!(error.to_string().ends_with("…\""));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownErrorCode {
    kept: [u8; UnknownErrorCode::MAX_INPUT_LEN],
    len: u8,
    truncated: bool,
}

impl UnknownErrorCode {
    /// How many bytes of the input are kept: more than any real error code
    /// has.
    pub const MAX_INPUT_LEN: usize = 64;

    /// `input`, kept (cut if longer than
    /// [`MAX_INPUT_LEN`](Self::MAX_INPUT_LEN) bytes).
    #[inline]
    pub const fn new(input: &str) -> Self {
        let bytes = input.as_bytes();
        let mut len = if bytes.len() < Self::MAX_INPUT_LEN {
            bytes.len()
        } else {
            Self::MAX_INPUT_LEN
        };
        // Back to a character boundary: not a continuation byte.
        while len < bytes.len() && len > 0 && bytes[len] & 0xC0 == 0x80 {
            len -= 1;
        }
        let mut kept = [0u8; Self::MAX_INPUT_LEN];
        let mut i = 0;
        while i < len {
            kept[i] = bytes[i];
            i += 1;
        }
        UnknownErrorCode {
            kept,
            // `len <= MAX_INPUT_LEN`, which fits in a u8.
            len: len as u8,
            truncated: len < bytes.len(),
        }
    }

    /// The input, or its first [`MAX_INPUT_LEN`](Self::MAX_INPUT_LEN) bytes
    /// (at most) if it was longer.
    #[inline]
    pub fn input(&self) -> &str {
        let (kept, _) = self.kept.split_at(self.len as usize);
        // Always valid: `new` cuts at a character boundary.
        ::core::str::from_utf8(kept).unwrap_or_default()
    }

    /// Whether [`input`](Self::input) is only the start of what was
    /// received.
    #[inline]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl ::core::fmt::Display for UnknownErrorCode {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str("unknown SvcError code \"")?;
        ::core::fmt::Display::fmt(&self.input().escape_debug(), f)?;
        if self.truncated {
            f.write_str("…")?;
        }
        f.write_str("\"")
    }
}

impl ::core::fmt::Debug for UnknownErrorCode {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("UnknownErrorCode")
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .finish()
    }
}

impl ::core::error::Error for UnknownErrorCode {}

/// The `error_code` of an API response and its HTTP status, against the
/// documentation: the three cases [`SvcError::from_response`] tells apart.
///
/// ```$fence
/// use $path::{ResponseCode, RetryKind, SvcError};
/// let response = SvcError::from_response(503, $unknown);
/// // Not documented: the status decides.
/// assert_eq!(response.retry_kind(), Some(RetryKind::TransientError));
/// assert!(response.known().is_none());
/// assert_eq!(response.status(), 503);
/// assert_eq!(response.to_string(), format!("{} (HTTP 503, an undocumented code)", $unknown));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResponseCode {
    /// A documented code with a row of that status (or, where rows may
    /// have none, a row without one).
    Documented {
        /// The documented error.
        error: SvcError,
        /// The status of the response.
        status: u16,
    },
    /// A documented code whose rows give other statuses than the
    /// response's.
    StatusDiffers {
        /// The documented error.
        error: SvcError,
        /// The status of the response.
        status: u16,
    },
    /// A code the documentation does not have.
    Unknown {
        /// The code, as received.
        code: UnknownErrorCode,
        /// The status of the response.
        status: u16,
    },
}

impl ResponseCode {
    /// The HTTP status of the response.
    #[inline]
    pub const fn status(self) -> u16 {
        match self {
            ResponseCode::Documented { status, .. }
            | ResponseCode::StatusDiffers { status, .. }
            | ResponseCode::Unknown { status, .. } => status,
        }
    }

    /// The documented error, if the code is one (whatever the status).
    #[inline]
    pub const fn known(self) -> ::core::option::Option<SvcError> {
        match self {
            ResponseCode::Documented { error, .. } | ResponseCode::StatusDiffers { error, .. } => {
                ::core::option::Option::Some(error)
            }
            ResponseCode::Unknown { .. } => ::core::option::Option::None,
        }
    }

    /// The documented row that applies: for [`Documented`](Self::Documented)
    /// the code's first row with the response's status, for
    /// [`StatusDiffers`](Self::StatusDiffers) its first row, for an unknown
    /// code `None`.
    #[inline]
    pub const fn info(self) -> ::core::option::Option<&'static ErrorInfo> {
        match self {
            ResponseCode::Documented { error, status } => match documented_row(error, status) {
                ::core::option::Option::Some(row) => ::core::option::Option::Some(row),
                ::core::option::Option::None => ::core::option::Option::Some(error.info()),
            },
            ResponseCode::StatusDiffers { error, .. } => ::core::option::Option::Some(error.info()),
            ResponseCode::Unknown { .. } => ::core::option::Option::None,
        }
    }

    /// How a client should treat the response, by the status it came with
    /// ([`RetryKind::from_status`]): for a documented code that is the
    /// documented status, and otherwise what the server did is what
    /// happened. `None` for a status that is not an error.
    #[inline]
    pub const fn retry_kind(self) -> ::core::option::Option<RetryKind> {
        RetryKind::from_status(self.status())
    }
}

/// One line: `CODE: message (HTTP status)` with the row for the status,
/// `… (HTTP status, documented with another status)`, or `CODE (HTTP
/// status, an undocumented code)`.
impl ::core::fmt::Display for ResponseCode {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        let (code, note) = match self {
            ResponseCode::Documented { error, .. } => (error.code(), ""),
            ResponseCode::StatusDiffers { error, .. } => {
                (error.code(), ", documented with another status")
            }
            ResponseCode::Unknown { code, .. } => (code.input(), ", an undocumented code"),
        };
        match self.info() {
            ::core::option::Option::Some(row) if !row.message.is_empty() => {
                ::core::write!(f, "{}: {}", row.code, row.message)?
            }
            _ => f.write_str(code)?,
        }
        ::core::write!(f, " (HTTP {}{note})", self.status())
    }
}

/// How a client should treat an error. The rule reads the HTTP status
/// only, since that is what the documentation gives for every code (see
/// [`from_status`](Self::from_status)): a documented code is classified by
/// its documented status ([`SvcError::retry_kind`]), a response by the
/// status it came with ([`ResponseCode::retry_kind`]).
///
/// | HTTP status | kind | retried ([`is_retryable`](Self::is_retryable)) |
/// |---|---|---|
/// | 429 | `ThrottlingError` | yes, with a longer backoff |
/// | 500, 502, 503, 504 | `TransientError` | yes, with backoff |
/// | other 5xx | `PermanentServerError` | no |
/// | other 4xx | `ClientError` | no |
/// | below 400, above 599 | none (`from_status` is `None`) | — |
///
/// `ThrottlingError`, `TransientError` and `ClientError` mean what the AWS
/// SDKs' retry `ErrorKind` of the same name means. AWS's `ServerError` is
/// retried; the 5xx statuses this kind does not retry (501 Not Implemented,
/// 505 HTTP Version Not Supported, …) are `PermanentServerError`, a name
/// AWS does not use.
///
/// ```$fence
/// use $path::RetryKind;
/// assert_eq!(RetryKind::from_status(429), Some(RetryKind::ThrottlingError));
/// assert_eq!(RetryKind::from_status(503), Some(RetryKind::TransientError));
/// assert_eq!(RetryKind::from_status(501), Some(RetryKind::PermanentServerError));
/// assert_eq!(RetryKind::from_status(404), Some(RetryKind::ClientError));
/// assert_eq!(RetryKind::from_status(200), None);
/// assert!(RetryKind::TransientError.is_retryable());
/// assert!(!RetryKind::PermanentServerError.is_retryable());
/// assert!(!RetryKind::ClientError.is_retryable());
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
// The AWS SDKs' names (`…Error`), which users know.
#[allow(clippy::enum_variant_names)]
pub enum RetryKind {
    /// A transient failure of the server (HTTP 500, 502, 503, 504): retry,
    /// with backoff.
    TransientError,
    /// The request was throttled (HTTP 429): retry, with a longer backoff.
    ThrottlingError,
    /// Any other server error (5xx: 501 Not Implemented, 505, …), which
    /// retrying is not expected to fix: not retried.
    PermanentServerError,
    /// The request is at fault (4xx other than 429): fix it; do not retry
    /// it as it is.
    ClientError,
}

impl RetryKind {
    /// The kind of an error response with HTTP status `status`: 429
    /// throttling; 500, 502, 503 and 504 transient; other 5xx permanent server errors; other
    /// 4xx client; `None` for a status that is not an error (below 400 or
    /// above 599).
    #[inline]
    pub const fn from_status(status: u16) -> ::core::option::Option<RetryKind> {
        match status {
            429 => ::core::option::Option::Some(RetryKind::ThrottlingError),
            500 | 502 | 503 | 504 => ::core::option::Option::Some(RetryKind::TransientError),
            500..=599 => ::core::option::Option::Some(RetryKind::PermanentServerError),
            400..=499 => ::core::option::Option::Some(RetryKind::ClientError),
            _ => ::core::option::Option::None,
        }
    }

    /// The kind of a documented status: a status below 400 (a page may
    /// document an error with 200) is not retried, as a client error.
    #[inline]
    const fn for_documented_status(status: u16) -> RetryKind {
        match RetryKind::from_status(status) {
            ::core::option::Option::Some(kind) => kind,
            ::core::option::Option::None => RetryKind::ClientError,
        }
    }

    /// The kind of a documented status, if there is one (see
    /// [`for_documented_status`](Self::for_documented_status)).
    #[inline]
    const fn for_documented_status_if_any(
        status: ::core::option::Option<u16>,
    ) -> ::core::option::Option<RetryKind> {
        match status {
            ::core::option::Option::Some(status) => {
                ::core::option::Option::Some(RetryKind::for_documented_status(status))
            }
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }

    /// Whether retrying the same request may succeed: transient and
    /// throttling errors.
    #[inline]
    pub const fn is_retryable(self) -> bool {
        matches!(self, RetryKind::TransientError | RetryKind::ThrottlingError)
    }
}

/// Which revision of the documentation the table comes from: the page's
/// file and the SHA-256 of its bytes.
///
/// ```$fence
/// use $path::SPEC;
/// assert_eq!(SPEC.path, $spec_path);
/// assert_eq!(SPEC.to_string(), format!("{} (SHA-256 {})", SPEC.path, SPEC.sha256));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SpecRevision {
    /// The page's file, as the generator was given it (never an absolute
    /// path).
    pub path: &'static str,
    /// SHA-256 of the file, lower-case hex.
    pub sha256: &'static str,
}

/// `path (SHA-256 digest)`.
impl ::core::fmt::Display for SpecRevision {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.path)?;
        f.write_str(" (SHA-256 ")?;
        f.write_str(self.sha256)?;
        f.write_str(")")
    }
}
