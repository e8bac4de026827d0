//! A KMS client's error path, with real HTTP calls (ureq) to a mock KMS
//! server on loopback: errors are read with `ApiError`, whatever the body,
//! and retried with backoff when their kind says so.
//! `cargo run --features json --example client`.
//!
//! The server answers a fixed script (the nested and flat bodies, an
//! undocumented code, a gateway's HTML page, a permission denial) and stops
//! by itself after it, or after 10 seconds.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread::sleep;
use std::time::{Duration, Instant};

use kms_errors::ApiError;

// The client's whole error path: `call` and `call_with_retries`.

/// One call: the body of a success, or the API's error.
fn call(url: &str) -> Result<String, ApiError> {
    match ureq::get(url).call() {
        Ok(response) => Ok(response.into_string().unwrap_or_default()),
        Err(ureq::Error::Status(status, response)) => {
            let request_id = response.header("X-Request-Id").map(str::to_owned);
            let mut body = Vec::new();
            let _ = response.into_reader().take(1 << 16).read_to_end(&mut body);
            let error = ApiError::from_body(status, &body);
            Err(match request_id {
                Some(id) => error.with_request_id(id),
                None => error,
            })
        }
        Err(transport) => panic!("the mock server is unreachable: {transport}"),
    }
}

/// A call retried with exponential backoff while its error may go away.
fn call_with_retries(url: &str) -> Result<String, ApiError> {
    let mut delay = Duration::from_millis(10);
    for _ in 0..3 {
        match call(url) {
            Err(error) if error.retry_kind().is_retryable() => {
                println!("  retrying in {delay:?}: {error}");
                sleep(delay);
                delay *= 2;
            }
            result => return result,
        }
    }
    call(url)
}

/// What the mock server answers on each path, one response per request.
const SCRIPT: &[(&str, &[(u16, &str)])] = &[
    ("/keys/k-1", &[(200, r#"{"key_info": {"key_id": "k-1"}}"#)]),
    (
        "/keys/busy",
        &[
            (503, r#"{"error_code": "KMS.9999", "error_msg": "Busy."}"#),
            (
                429,
                r#"{"error_code": "APIGW.0308", "error_msg": "Throttled."}"#,
            ),
            (200, r#"{"key_info": {"key_id": "busy"}}"#),
        ],
    ),
    (
        "/keys/behind-gateway",
        &[
            (502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
            (200, r#"{"key_info": {"key_id": "behind-gateway"}}"#),
        ],
    ),
    (
        "/keys/bad",
        &[(
            400,
            r#"{"error": {"error_code": "KMS.0205", "error_msg": "Invalid \"key\" ID."}}"#,
        )],
    ),
    (
        "/keys/denied",
        &[(
            403,
            r#"{"error": {"error_code": "KMS.0302", "error_msg": "Denied.", "encoded_authorization_message": "ZGVuaWVk"}}"#,
        )],
    ),
];

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let base = format!("http://{}", listener.local_addr().expect("its address"));
    let requests: usize = SCRIPT.iter().map(|(_, answers)| answers.len()).sum();
    let server = std::thread::spawn(move || serve(listener, requests));

    for (path, _) in SCRIPT {
        println!("GET {path}");
        match call_with_retries(&format!("{base}{path}")) {
            Ok(body) => println!("  ok: {body}"),
            Err(error) => {
                println!("  failed: {error}");
                if let Some(message) = error.encoded_authorization_message() {
                    println!("  encoded authorization message: {message}");
                }
            }
        }
    }
    let served = server.join().expect("the server thread");
    // Every scripted response was asked for: the retries happened.
    assert_eq!(served, requests, "requests served");
    println!("{served} requests served");
}

/// Serves the script, then stops: after `requests` requests, or 10 seconds.
fn serve(listener: TcpListener, requests: usize) -> usize {
    listener
        .set_nonblocking(true)
        .expect("a non-blocking listener");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut asked = vec![0; SCRIPT.len()];
    let mut served = 0;
    while served < requests && Instant::now() < deadline {
        match listener.accept() {
            Ok((stream, _)) => {
                answer(stream, &mut asked, served);
                served += 1;
            }
            Err(_) => sleep(Duration::from_millis(2)),
        }
    }
    served
}

/// Reads one request and writes the script's next response for its path.
fn answer(mut stream: TcpStream, asked: &mut [usize], n: usize) {
    stream.set_nonblocking(false).expect("a blocking stream");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("a read timeout");
    let mut head = Vec::new();
    let mut byte = [0u8];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split(' ').nth(1).unwrap_or("/");
    let (status, body) = match SCRIPT.iter().position(|(p, _)| *p == path) {
        Some(i) => {
            let answers = SCRIPT[i].1;
            let answer = answers[asked[i].min(answers.len() - 1)];
            asked[i] += 1;
            answer
        }
        None => (404, "not found"),
    };
    let kind = if body.starts_with('<') {
        "text/html"
    } else {
        "application/json"
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nX-Request-Id: req-{n}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}
