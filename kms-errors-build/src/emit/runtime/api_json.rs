// The optional `ApiError` (`Builder::json`): one error type for a failed
// API call, read from any response body. It needs `serde_json` (with its
// `alloc` feature, no `std`). A template as `api.rs` is (see there); the
// generator puts its items in a private module of their own, which
// declares `extern crate alloc;` (so the crate needs no declaration, and
// one it has does not collide) and re-exports `ApiError`, all under the
// condition `Include` says. `alloc::` paths are relative for that reason.


/// A failed API call: the HTTP status, the error code and message the
/// response body gives, the request id, and what the documentation says
/// about them. [`from_body`](Self::from_body) reads any body and never
/// fails: the code and message as `error_code`/`error_msg` or as
/// `code`/`message` (the two forms the services document, as Huawei
/// Cloud's SDKs read them), nested under `"error"` or flat, and, for a body
/// that is not such JSON (an HTML page from a gateway, an empty or cut
/// body), a bounded excerpt of it as the message.
///
/// The request id is not in the body: take it from the response's
/// `X-Request-Id` header ([`with_request_id`](Self::with_request_id)).
///
/// ```$fence
/// use $path::{ApiError, ErrorCode, RetryKind, SvcError};
/// let body = br#"{"error": {"error_code": $code, "error_msg": "from the server"}}"#;
/// let error = ApiError::from_body($status, body).with_request_id("req-1");
/// assert_eq!(error.code(), Some(ErrorCode::Known($first)));
/// assert_eq!(error.server_message(), Some("from the server"));
/// assert_eq!(error.request_id(), Some("req-1"));
/// assert_eq!(error.documented().map(|row| row.code), Some($code));
/// println!("{error}");
///
/// let gateway = ApiError::from_body(502, b"<html><body>Bad Gateway</body></html>");
/// assert_eq!((gateway.status(), gateway.code()), (502, None));
/// assert_eq!(gateway.server_message(), Some("<html><body>Bad Gateway</body></html>"));
/// assert_eq!(gateway.retry_kind(), RetryKind::TransientError);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ApiError(alloc::boxed::Box<ApiErrorFields>);

/// What an [`ApiError`] holds, boxed: an `ApiError` is one pointer wide,
/// so a `Result<T, ApiError>` is a small value (clippy's `result_large_err`
/// fires from 128 bytes; unboxed it is 144).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct ApiErrorFields {
    status: u16,
    code: ::core::option::Option<ErrorCode>,
    server_message: ::core::option::Option<alloc::string::String>,
    request_id: ::core::option::Option<alloc::string::String>,
    encoded_authorization_message: ::core::option::Option<alloc::string::String>,
}

impl ApiError {
    /// The most characters of a body that is not an error object kept as
    /// the message (then cut, ending in `…`).
    pub const MAX_EXCERPT_CHARS: usize = 200;

    /// The error of a response with HTTP status `status` and body `body`.
    pub fn from_body(status: u16, body: &[u8]) -> ApiError {
        let mut error = ApiErrorFields {
            status,
            code: ::core::option::Option::None,
            server_message: ::core::option::Option::None,
            request_id: ::core::option::Option::None,
            encoded_authorization_message: ::core::option::Option::None,
        };
        if let ::core::result::Result::Ok(value) =
            ::serde_json::from_slice::<::serde_json::Value>(body)
        {
            // The nested form's fields, else the flat form's.
            let inner = match value.get("error") {
                ::core::option::Option::Some(inner) if inner.is_object() => inner,
                _ => &value,
            };
            let text = |key: &str| {
                inner
                    .get(key)
                    .or_else(|| value.get(key))
                    .and_then(::serde_json::Value::as_str)
                    .map(alloc::string::String::from)
            };
            error.code = text("error_code")
                .or_else(|| text("code"))
                .map(|code| ErrorCode::new(&code));
            error.server_message = text("error_msg").or_else(|| text("message"));
            error.request_id = text("request_id");
            error.encoded_authorization_message = text("encoded_authorization_message");
        }
        if error.code.is_none() && error.server_message.is_none() {
            error.server_message = body_excerpt(body);
        }
        ApiError(alloc::boxed::Box::new(error))
    }

    /// The same error, with the request id the response's `X-Request-Id`
    /// header gives (it replaces one the body had).
    pub fn with_request_id(
        mut self,
        id: impl ::core::convert::Into<alloc::string::String>,
    ) -> Self {
        self.0.request_id = ::core::option::Option::Some(id.into());
        self
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.0.status
    }

    /// The `error_code` (or `code`) of the body, documented or not; `None`
    /// if the body has none.
    pub fn code(&self) -> ::core::option::Option<ErrorCode> {
        self.0.code
    }

    /// The code as the body gives it (up to
    /// [`UnknownErrorCode::MAX_INPUT_LEN`] bytes), borrowed: to log it without
    /// allocating.
    pub fn code_str(&self) -> ::core::option::Option<&str> {
        self.0.code.as_ref().map(::core::convert::AsRef::as_ref)
    }

    /// The server's `error_msg` (or `message`), or, for a body that is not an error
    /// object, an excerpt of it (at most
    /// [`MAX_EXCERPT_CHARS`](Self::MAX_EXCERPT_CHARS) characters, white
    /// space collapsed); `None` for an empty body.
    pub fn server_message(&self) -> ::core::option::Option<&str> {
        self.0.server_message.as_deref()
    }

    /// The request id: set by [`with_request_id`](Self::with_request_id), or
    /// a `request_id` field of the body.
    pub fn request_id(&self) -> ::core::option::Option<&str> {
        self.0.request_id.as_deref()
    }

    /// The `encoded_authorization_message` a permission denial may carry
    /// (it says which policy denied the call, once decoded by the service).
    pub fn encoded_authorization_message(&self) -> ::core::option::Option<&str> {
        self.0.encoded_authorization_message.as_deref()
    }

    /// The code against the documentation and the status (see
    /// [`SvcError::from_response`]); `None` without a code.
    pub fn response_code(&self) -> ::core::option::Option<ResponseCode> {
        self.0.code.map(|code| code.with_status(self.0.status))
    }

    /// The documented row for this code and this status: `None` when the
    /// code is unknown, or documented only with other statuses.
    pub fn documented(&self) -> ::core::option::Option<&'static ErrorInfo> {
        match self.response_code() {
            ::core::option::Option::Some(response @ ResponseCode::Documented { .. }) => {
                response.info()
            }
            _ => ::core::option::Option::None,
        }
    }

    /// How a client should treat the error, by the response's status
    /// ([`RetryKind::from_status`]), which is the documented row's status
    /// when the code is documented with it; a status below 400 counts as a
    /// client error, not retried.
    pub fn retry_kind(&self) -> RetryKind {
        match RetryKind::from_status(self.0.status) {
            ::core::option::Option::Some(kind) => kind,
            ::core::option::Option::None => RetryKind::ClientError,
        }
    }
}

/// One line: the code (or `no error code`), the status and what the
/// documentation says of the code with it (`undocumented`, or `documented
/// with HTTP 400` where only other statuses are), the server's message,
/// the documented measure when the code is documented with this status,
/// and the request id: `CODE (HTTP 400): message; measure: …; request id:
/// …`.
impl ::core::fmt::Display for ApiError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.0.code {
            ::core::option::Option::Some(ErrorCode::Known(error)) => f.write_str(error.code())?,
            ::core::option::Option::Some(code) => ::core::fmt::Display::fmt(&code, f)?,
            ::core::option::Option::None => f.write_str("no error code")?,
        }
        ::core::write!(f, " (HTTP {}", self.0.status)?;
        match self.response_code() {
            ::core::option::Option::Some(ResponseCode::Unknown { .. }) => {
                f.write_str(", undocumented")?
            }
            ::core::option::Option::Some(ResponseCode::StatusDiffers { error, .. }) => {
                f.write_str(", documented with HTTP ")?;
                write_statuses(f, error.rows())?;
            }
            _ => {}
        }
        f.write_str(")")?;
        if let ::core::option::Option::Some(message) = self.server_message() {
            ::core::write!(f, ": {message}")?;
        }
        match self.documented() {
            ::core::option::Option::Some(row) if !row.measure.is_empty() => {
                ::core::write!(f, "; measure: {}", row.measure)?
            }
            _ => {}
        }
        if let ::core::option::Option::Some(id) = self.request_id() {
            ::core::write!(f, "; request id: {id}")?;
        }
        ::core::result::Result::Ok(())
    }
}

/// The statuses `rows` give, each once, in row order: `400, 404`.
// `into()` makes the row's status an `Option<u16>` whichever type the page
// gives it (`u16` or `Option<u16>`): for the latter it converts nothing.
#[allow(clippy::useless_conversion)]
fn write_statuses(f: &mut ::core::fmt::Formatter<'_>, rows: &[ErrorInfo]) -> ::core::fmt::Result {
    let status_of = |row: &ErrorInfo| -> ::core::option::Option<u16> { row.status_code.into() };
    let mut written = 0;
    for (i, row) in rows.iter().enumerate() {
        let status = status_of(row);
        let seen = rows
            .iter()
            .take(i)
            .any(|earlier| status_of(earlier) == status);
        if let (::core::option::Option::Some(status), false) = (status, seen) {
            if written > 0 {
                f.write_str(", ")?;
            }
            ::core::write!(f, "{status}")?;
            written += 1;
        }
    }
    ::core::result::Result::Ok(())
}

impl ::core::error::Error for ApiError {}

/// A body that is not an error object, as a message: its first
/// [`ApiError::MAX_EXCERPT_CHARS`] characters, white space collapsed (cut
/// ones end in `…`); `None` if it is empty.
fn body_excerpt(body: &[u8]) -> ::core::option::Option<alloc::string::String> {
    // Bounded work whatever the body's size: a character has at most 4
    // bytes, white space aside.
    let read = body.len().min(8 * ApiError::MAX_EXCERPT_CHARS);
    let (start, _) = body.split_at(read);
    let text = alloc::string::String::from_utf8_lossy(start);
    let mut out = alloc::string::String::new();
    let mut chars = 0;
    let mut cut = read < body.len();
    'words: for word in text.split_whitespace() {
        for c in (!out.is_empty())
            .then_some(' ')
            .into_iter()
            .chain(word.chars())
        {
            if chars == ApiError::MAX_EXCERPT_CHARS {
                cut = true;
                break 'words;
            }
            out.push(c);
            chars += 1;
        }
    }
    if cut {
        out.push('…');
    }
    if out.is_empty() {
        ::core::option::Option::None
    } else {
        ::core::option::Option::Some(out)
    }
}
