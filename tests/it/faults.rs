//! The runtime against servers on 127.0.0.1 that misbehave: silence, throttling, outages,
//! broken connections, broken or huge bodies, lying headers, and a thousand calls at once.
//! Every outcome is a value (a typed error keeping what arrived), never a panic. Timeouts
//! and backoffs are short so the module runs in a few seconds.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use chat_clients::Error;
use chat_clients::runtime::{Answered, CallInfo, Hook, RetryPolicy};
use chat_clients::weavy::Client;
use chat_clients::weavy::requests::*;
use chatgen_codegen::spec::ExampleOf;
use chatgen_tests::{example, instantiate, spec};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The doc's `get_message` answer (type names instantiated): a valid `Message`.
fn message() -> &'static Value {
    static MESSAGE: OnceLock<Value> = OnceLock::new();
    MESSAGE
        .get_or_init(|| instantiate(&example(&spec("weavy"), "get_message", ExampleOf::Response)))
}

fn fast_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts: attempts,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(40),
        ..RetryPolicy::default()
    }
}

/// A server that hands every accepted connection to `handle`; returns its base URL and the
/// number of connections accepted so far.
async fn raw_server<F, Fut>(handle: F) -> (String, Arc<AtomicUsize>)
where
    F: Fn(TcpStream) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            count.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(handle(stream));
        }
    });
    (url, accepted)
}

/// Reads one request head (up to the blank line); `false` on end of stream.
async fn read_head(stream: &mut TcpStream) -> bool {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte).await {
            Ok(1) => head.push(byte[0]),
            _ => return false,
        }
    }
    true
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_with_the_elapsed_time() {
    let (url, accepted) = raw_server(|mut s| async move {
        read_head(&mut s).await;
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(s);
    })
    .await;
    let client = Client::new(url).with_timeout(Duration::from_millis(300));
    let started = Instant::now();
    let err = client
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    match &err {
        Error::Timeout { elapsed, limit } => {
            assert_eq!(*limit, Duration::from_millis(300));
            assert!(*elapsed >= Duration::from_millis(300), "{elapsed:?}");
            assert!(started.elapsed() < Duration::from_secs(3));
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(err.to_string().contains("(timeout 300 ms)"), "{err}");
    // A timeout after sending is not retried by default: one connection.
    assert_eq!(accepted.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_whole_call_deadline_stops_retries_and_cuts_the_last_attempt() {
    let (url, accepted) = raw_server(|mut s| async move {
        read_head(&mut s).await;
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(s);
    })
    .await;
    // 400 ms per attempt, retried after a timeout, 1 s for the whole call: two full
    // attempts, and a third cut short by the deadline.
    let client = Client::new(url)
        .with_timeout(Duration::from_millis(400))
        .with_retry(RetryPolicy {
            after_send: true,
            ..fast_retries(10)
        })
        .with_deadline(Duration::from_millis(1000));
    let started = Instant::now();
    let err = client
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    let took = started.elapsed();
    match &err {
        Error::Timeout { elapsed, limit } => {
            assert_eq!(*limit, Duration::from_millis(1000));
            assert!(*elapsed >= Duration::from_millis(1000), "{elapsed:?}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(took < Duration::from_millis(2500), "{took:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_retry_after_past_the_deadline_returns_the_answer_at_once() {
    let server = MockServer::start().await;
    Mock::given(path("/api/messages/1"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "5"))
        .mount(&server)
        .await;
    let started = Instant::now();
    let err = Client::new(server.uri())
        .with_deadline(Duration::from_secs(2))
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Status { status: 503, .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_429_with_retry_after_1_is_retried_once_after_waiting() {
    let server = MockServer::start().await;
    Mock::given(path("/api/messages/1"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/api/messages/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(message()))
        .mount(&server)
        .await;
    let started = Instant::now();
    let got = Client::new(server.uri())
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap();
    let waited = started.elapsed();
    assert_eq!(serde_json::to_value(&got).unwrap(), *message());
    assert!(waited >= Duration::from_secs(1), "{waited:?}");
    assert!(waited < Duration::from_secs(3), "{waited:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_503_three_times_gives_up_with_the_last_status_and_body() {
    let server = MockServer::start().await;
    for n in 1..=3 {
        Mock::given(path("/api/messages/1"))
            .respond_with(ResponseTemplate::new(503).set_body_string(format!("busy {n}")))
            .up_to_n_times(1)
            .mount(&server)
            .await;
    }
    let err = Client::new(server.uri())
        .with_retry(fast_retries(3))
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    match err {
        Error::Status { status, raw, body } => {
            assert_eq!((status, &raw[..], body), (503, &b"busy 3"[..], None));
        }
        other => panic!("expected Status, got {other:?}"),
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

/// A server that sends a head announcing 1000 bytes, 14 bytes of body, then breaks the
/// connection: with a TCP reset (`reset`) or a plain close.
async fn breaking_server(reset: bool) -> String {
    let (url, _) = raw_server(move |mut s| async move {
        read_head(&mut s).await;
        let _ = s
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"id\": 1, \"app")
            .await;
        let _ = s.flush().await;
        tokio::time::sleep(Duration::from_millis(50)).await;
        if reset {
            // SO_LINGER 0: the close sends RST. (Deprecated in tokio because a non-zero
            // linger blocks on drop; zero does not.)
            #[allow(deprecated)]
            let _ = s.set_linger(Some(Duration::ZERO));
        }
        drop(s);
    })
    .await;
    url
}

#[tokio::test]
async fn a_connection_reset_or_closed_mid_body_keeps_what_arrived() {
    for reset in [true, false] {
        let err = Client::new(breaking_server(reset).await)
            .get_message(&GetMessageRequest::new(1))
            .await
            .unwrap_err();
        match &err {
            Error::Incomplete {
                status, received, ..
            } => {
                assert_eq!((*status, &received[..]), (200, &b"{\"id\": 1, \"app"[..]));
            }
            other => panic!("expected Incomplete (reset: {reset}), got {other:?}"),
        }
        assert_eq!(err.raw_body().map(|b| b.len()), Some(14));
    }
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_with_the_raw_body() {
    let server = MockServer::start().await;
    let text = message().to_string();
    let cut = &text[..text.len() / 2];
    Mock::given(path("/api/messages/1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(cut.as_bytes().to_vec(), "application/json"),
        )
        .mount(&server)
        .await;
    let err = Client::new(server.uri())
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            status,
            raw,
            source,
        } => {
            assert_eq!((*status, &raw[..]), (200, cut.as_bytes()));
            assert!(source.is_eof(), "{source}");
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn an_html_502_page_is_a_status_error_with_its_html() {
    let server = MockServer::start().await;
    let page =
        "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";
    Mock::given(path("/api/messages/1"))
        .respond_with(
            ResponseTemplate::new(502).set_body_raw(page.as_bytes().to_vec(), "text/html"),
        )
        .mount(&server)
        .await;
    let err = Client::new(server.uri())
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    match &err {
        Error::Status { status, body, raw } => {
            assert_eq!(
                (*status, body.is_none(), &raw[..]),
                (502, true, page.as_bytes())
            );
        }
        other => panic!("expected Status, got {other:?}"),
    }
    assert!(err.to_string().contains("502 Bad Gateway"), "{err}");
}

#[tokio::test]
async fn a_10_mb_body_decodes_and_a_smaller_limit_stops_it() {
    let server = MockServer::start().await;
    let mut big = message().clone();
    big["text"] = Value::from("x".repeat(10 * 1024 * 1024));
    let body = serde_json::to_vec(&big).unwrap();
    Mock::given(path("/api/messages/1"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body.clone(), "application/json"))
        .mount(&server)
        .await;
    let mut client = Client::new(server.uri());
    let got = client
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap();
    assert_eq!(got.text.len(), 10 * 1024 * 1024);
    client.transport_mut().set_max_body(1024 * 1024);
    let err = client
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    match &err {
        Error::TooLarge {
            status,
            limit,
            received,
        } => {
            assert_eq!(
                (*status, *limit, received.len()),
                (200, 1024 * 1024, 1024 * 1024)
            );
            assert_eq!(&received[..], &body[..1024 * 1024]);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[tokio::test]
async fn a_lying_content_type_changes_nothing() {
    let server = MockServer::start().await;
    // JSON sent as `text/plain` decodes; HTML sent as `application/json` is a decode error.
    Mock::given(path("/api/messages/1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(message().to_string().into_bytes(), "text/plain"),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/messages/2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(b"<html>ok</html>".to_vec(), "application/json"),
        )
        .mount(&server)
        .await;
    let client = Client::new(server.uri());
    let got = client
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), *message());
    let err = client
        .get_message(&GetMessageRequest::new(2))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode { status: 200, raw, .. } if &raw[..] == b"<html>ok</html>"),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_a_transport_error() {
    // Bind, learn the port, close: nothing listens there.
    let url = {
        let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let attempts = Arc::new(Counter::default());
    let mut client = Client::new(url).with_retry(fast_retries(3));
    client.transport_mut().add_hook(attempts.clone());
    let err = client
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Transport(e) if e.is_connect()),
        "{err:?}"
    );
    assert_eq!(attempts.requests.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_post_is_retried_after_a_timeout_only_when_the_policy_says_so() {
    let (url, accepted) = raw_server(|mut s| async move {
        read_head(&mut s).await;
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(s);
    })
    .await;
    // The doc's sample request body (the curl `-d`).
    let s = spec("weavy");
    let sample = s
        .operations
        .iter()
        .find(|o| o.id == "create_message")
        .unwrap()
        .examples
        .iter()
        .find(|e| e.of == ExampleOf::Request && e.url.is_some())
        .and_then(|e| e.json.clone())
        .unwrap();
    let body = serde_json::from_value(sample).unwrap();
    let request = CreateMessageRequest::new(1, body);
    let client = Client::new(url).with_timeout(Duration::from_millis(100));
    let after_send = RetryPolicy {
        after_send: true,
        ..fast_retries(2)
    };
    let err = client
        .with_retry(after_send.clone())
        .create_message(&request)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 1, "a POST is not retried");
    let err = client
        .with_retry(RetryPolicy {
            non_idempotent: true,
            ..after_send
        })
        .create_message(&request)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 3, "now it is: two more");
}

#[tokio::test]
async fn a_post_answered_503_is_retried_only_when_the_policy_says_so() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "0"))
        .mount(&server)
        .await;
    let request = create_message_request();
    let client = Client::new(server.uri()).with_retry(fast_retries(3));
    let err = client.create_message(&request).await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
    let err = client
        .with_retry(RetryPolicy {
            non_idempotent: true,
            ..fast_retries(3)
        })
        .create_message(&request)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.received_requests().await.unwrap().len(), 4);
}

#[tokio::test]
async fn a_post_answered_429_is_retried_whatever_the_method() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "0"))
        .mount(&server)
        .await;
    let request = create_message_request();
    let client = Client::new(server.uri()).with_retry(fast_retries(3));
    let err = client.create_message(&request).await.unwrap_err();
    // The 429 was a refusal, so the POST went again; the 503 that followed may have been
    // acted on, so it ends the call.
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// Weavy's `create_message` with the doc's request sample as its body.
fn create_message_request() -> CreateMessageRequest {
    let s = spec("weavy");
    let sample = s
        .operations
        .iter()
        .find(|o| o.id == "create_message")
        .unwrap()
        .examples
        .iter()
        .find(|e| e.of == ExampleOf::Request && e.url.is_some())
        .and_then(|e| e.json.clone())
        .unwrap();
    CreateMessageRequest::new(1, serde_json::from_value(sample).unwrap())
}

/// Counts requests and answers.
#[derive(Default)]
struct Counter {
    requests: AtomicUsize,
    answers: Mutex<Vec<u16>>,
}

impl Hook for Counter {
    fn on_request(
        &self,
        _: &CallInfo<'_>,
        _: &mut chat_clients::runtime::reqwest::Request,
    ) -> Result<(), String> {
        self.requests.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    fn on_answer(&self, _: &CallInfo<'_>, answer: &Answered<'_>) {
        self.answers.lock().unwrap().push(answer.status);
    }
}

/// Signs each request with a header computed from its method, path and body.
struct Signer;

impl Hook for Signer {
    fn on_request(
        &self,
        call: &CallInfo<'_>,
        request: &mut chat_clients::runtime::reqwest::Request,
    ) -> Result<(), String> {
        let body = request
            .body()
            .and_then(|b| b.as_bytes())
            .map_or(0, <[u8]>::len);
        let signature = format!(
            "{} {} {} {body}",
            call.operation,
            request.method(),
            request.url().path()
        );
        request
            .headers_mut()
            .insert("x-signature", signature.parse().map_err(|_| "bad header")?);
        Ok(())
    }
}

#[tokio::test]
async fn hooks_sign_every_request_and_see_every_answer() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/messages/1"))
        .and(header("x-signature", "get_message GET /api/messages/1 0"))
        .and(header("authorization", "Bearer T"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/messages/1"))
        .and(header("x-signature", "get_message GET /api/messages/1 0"))
        .respond_with(ResponseTemplate::new(200).set_body_json(message()))
        .mount(&server)
        .await;
    let counter = Arc::new(Counter::default());
    let mut client = Client::new(server.uri()).with_bearer_token("T");
    client.transport_mut().set_retry(fast_retries(3));
    client.transport_mut().add_hook(Arc::new(Signer));
    client.transport_mut().add_hook(counter.clone());
    client
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap();
    assert_eq!(counter.requests.load(Ordering::SeqCst), 2);
    assert_eq!(*counter.answers.lock().unwrap(), [503, 200]);
}

/// Records every span field recorded, as `name=value` text.
#[derive(Default, Clone)]
struct Fields(Arc<Mutex<Vec<String>>>);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0
            .lock()
            .unwrap()
            .push(format!("{}={value:?}", field.name()));
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0
            .lock()
            .unwrap()
            .push(format!("{}={value}", field.name()));
    }
}

struct Capture {
    fields: Fields,
    names: Mutex<Vec<String>>,
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        self.names
            .lock()
            .unwrap()
            .push(span.metadata().name().to_string());
        span.record(&mut self.fields.clone());
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        values.record(&mut self.fields.clone());
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test]
async fn each_call_has_a_tracing_span_without_secrets() {
    let server = MockServer::start().await;
    Mock::given(path("/api/messages/7"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/api/messages/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(message()))
        .mount(&server)
        .await;
    let capture = Arc::new(Capture {
        fields: Fields::default(),
        names: Mutex::new(Vec::new()),
    });
    // With a single scoped dispatcher, tracing-core computes the interest of a callsite first
    // hit on another test's thread from that thread's (empty) default; a second registered
    // dispatcher makes it ask every registered one.
    let _second = tracing::Dispatch::new(Capture {
        fields: Fields::default(),
        names: Mutex::new(Vec::new()),
    });
    let _guard = tracing::subscriber::set_default(capture.clone());
    let client = Client::new(server.uri()).with_bearer_token("SECRET-TOKEN");
    client
        .get_message(&GetMessageRequest::new(7))
        .await
        .unwrap();
    let names = capture.names.lock().unwrap().clone();
    assert!(names.iter().any(|n| n == "api_call"), "{names:?}");
    let fields = capture.fields.0.lock().unwrap().clone();
    for expected in [
        "operation=get_message",
        "method=GET",
        "route=/api/messages/{id}",
        "status=429",
        "status=200",
        "attempts=2",
    ] {
        assert!(
            fields.iter().any(|f| f == expected),
            "{expected} not in {fields:?}"
        );
    }
    assert!(!fields.iter().any(|f| f.contains("SECRET")), "{fields:?}");
}

/// A keep-alive HTTP/1.1 server answering every request with `body`; counts connections
/// open now.
async fn keep_alive_server(body: Vec<u8>, open: Arc<AtomicUsize>) -> (String, Arc<AtomicUsize>) {
    let body = Arc::new(body);
    raw_server(move |mut s| {
        let body = body.clone();
        let open = open.clone();
        async move {
            open.fetch_add(1, Ordering::SeqCst);
            while read_head(&mut s).await {
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                );
                if s.write_all(head.as_bytes()).await.is_err() || s.write_all(&body).await.is_err() {
                    break;
                }
            }
            open.fetch_sub(1, Ordering::SeqCst);
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_calls_through_one_client() {
    let open = Arc::new(AtomicUsize::new(0));
    let (url, accepted) = keep_alive_server(message().to_string().into_bytes(), open.clone()).await;
    let client = Client::new(url);
    let calls = (0..1000).map(|i| {
        let client = &client;
        async move { client.get_message(&GetMessageRequest::new(i)).await }
    });
    let results = futures_util::future::join_all(calls).await;
    let failed: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        failed.is_empty(),
        "{} failed, first: {:?}",
        failed.len(),
        failed.first()
    );
    let accepted = accepted.load(Ordering::SeqCst);
    assert!((1..=1000).contains(&accepted), "{accepted} connections");
    // Dropping the client closes every pooled connection: none is left open.
    drop(client);
    let deadline = Instant::now() + Duration::from_secs(5);
    while open.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(open.load(Ordering::SeqCst), 0, "connections left open");
}
