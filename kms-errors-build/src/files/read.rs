//! Bytes of an input file → text, with a located error for bad UTF-8.

use std::path::Path;

use crate::error::{Error, ErrorKind, Location};

/// Decodes `bytes` as UTF-8; on failure, the error names the line and
/// column of the first invalid byte.
pub(crate) fn decode(path: &str, bytes: &[u8]) -> Result<String, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(err) => {
            // The prefix up to the error is valid by definition.
            let valid = String::from_utf8_lossy(bytes.get(..err.valid_up_to()).unwrap_or(bytes));
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Error::new(
                Location::new(path, line, column),
                ErrorKind::InvalidUtf8,
            ))
        }
    }
}

/// [`decode`] of bytes the caller gives up: the text reuses their memory.
pub(crate) fn decode_owned(path: &str, bytes: Vec<u8>) -> Result<String, Error> {
    String::from_utf8(bytes).or_else(|err| decode(path, err.as_bytes()))
}

/// The UTF-8 text of the file at `path`, named `shown` in errors (`action`
/// says what failed, e.g. "cannot read").
pub(crate) fn read_text(path: &Path, shown: &str, action: &'static str) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|err| Error::io(shown, action, &err))?;
    decode_owned(shown, bytes)
}

/// The content of the file at `path`, `None` if there is no path or no file.
pub(crate) fn read_optional(path: Option<&Path>) -> Result<Option<String>, Error> {
    let Some(path) = path else { return Ok(None) };
    let shown = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => decode_owned(&shown, bytes).map(Some),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(Error::io(&shown, "cannot read", &err)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_text_passes() {
        assert_eq!(decode("p", "é\n".as_bytes()).unwrap(), "é\n");
    }

    #[test]
    fn the_message_names_the_first_bad_byte() {
        let err = decode("page.rst", b"ok\nab\xff").unwrap_err();
        assert_eq!(err.to_string(), "page.rst:2:3: the file is not valid UTF-8");
    }

    #[test]
    fn first_bad_byte_is_located() {
        let err = decode("p", b"\xc3").unwrap_err();
        assert_eq!(err.location(), &Location::new("p", 1, 1));
        let err = decode("p", &[b"a\n", "éé".as_bytes(), b"\xe2\x82"].concat()).unwrap_err();
        assert_eq!(err.location(), &Location::new("p", 2, 3));
    }
}
