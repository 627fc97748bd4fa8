//! One call's client-side cost: the generated `weavy::Client::get_message` (request built
//! from the typed request, sent through the runtime's core with its timeout, retry policy,
//! hooks and tracing span, the answer decoded as `Message`) beside the same call written by
//! hand with reqwest + serde. Both go to the same keep-alive server on 127.0.0.1 that answers
//! the doc's `get_message` example, so the difference between them is the runtime's cost.
//!
//! `cargo bench -p chatgen-tests --bench call`
#![allow(missing_docs)] // `criterion_group!` defines an undocumented `pub fn benches`

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chat_clients::runtime::reqwest;
use chat_clients::weavy::Client;
use chat_clients::weavy::requests::GetMessageRequest;
use chat_clients::weavy::types::Message;
use chatgen_codegen::spec::ExampleOf;
use chatgen_tests::{example, instantiate, spec};
use criterion::{Criterion, criterion_group, criterion_main};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A keep-alive HTTP/1.1 server answering every request with `body`.
async fn server(body: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let answer: Arc<Vec<u8>> = Arc::new(
        [
            format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                body.len()
            )
            .into_bytes(),
            body,
        ]
        .concat(),
    );
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let mut head = Vec::new();
                loop {
                    let Ok(n) = stream.read(&mut buf).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    head.extend_from_slice(&buf[..n]);
                    // GET requests: no body; answer each complete head.
                    while let Some(end) = head.windows(4).position(|w| w == b"\r\n\r\n") {
                        head.drain(..end + 4);
                        if stream.write_all(&answer).await.is_err() {
                            return;
                        }
                    }
                }
            });
        }
    });
    url
}

/// The runtime's default time allowed per attempt.
const TIMEOUT: Duration = Duration::from_secs(30);

/// `iters` calls of `measured`, each beside one call of `other` (before it on even rounds,
/// after it on odd ones); the time spent in `measured`.
async fn interleaved<M, MF, O, OF>(iters: u64, measured: M, other: O) -> Duration
where
    M: Fn() -> MF,
    MF: Future,
    O: Fn() -> OF,
    OF: Future,
{
    let mut spent = Duration::ZERO;
    for i in 0..iters {
        if i % 2 == 0 {
            other().await;
        }
        let start = Instant::now();
        std::hint::black_box(measured().await);
        spent += start.elapsed();
        if i % 2 == 1 {
            other().await;
        }
    }
    spent
}

/// The same call, by hand (with a whole-request timeout when `timeout` is given).
async fn by_hand(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    id: i64,
    timeout: Option<Duration>,
) -> Message {
    let mut request = http
        .get(format!("{base}/api/messages/{id}"))
        .bearer_auth(token)
        .header("accept", "application/json");
    if let Some(limit) = timeout {
        request = request.timeout(limit);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let bytes = response.bytes().await.unwrap();
    assert!(status.is_success());
    serde_json::from_slice(&bytes).unwrap()
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let body = instantiate(&example(&spec("weavy"), "get_message", ExampleOf::Response));
    let url = rt.block_on(server(serde_json::to_vec(&body).unwrap()));
    let client = Client::new(url.clone()).with_bearer_token("bench-token");
    let http = reqwest::Client::new();
    let request = GetMessageRequest::new(1);
    // Both paths decode the same answer the same way.
    let a = rt.block_on(client.get_message(&request)).unwrap();
    let b = rt.block_on(by_hand(&http, &url, "bench-token", 1, None));
    assert_eq!(a, b);

    // The machine is shared and its load drifts: each iteration makes one call of the kind
    // measured and one of another kind, in alternating order, and times only its own, so
    // every kind sees the same load.
    let mut group = c.benchmark_group("get_message");
    let generated = || async { client.get_message(&request).await.unwrap() };
    let hand = || async { by_hand(&http, &url, "bench-token", 1, None).await };
    // What a production call written by hand also has: a whole-request timeout (reqwest's,
    // a timer per call as the runtime's own; progenitor's clients set one of 15 s).
    let timed = || async { by_hand(&http, &url, "bench-token", 1, Some(TIMEOUT)).await };
    group.bench_function("generated", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| interleaved(iters, generated, hand))
    });
    group.bench_function("hand_written", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| interleaved(iters, hand, generated))
    });
    group.bench_function("hand_written_with_timeout", |b| {
        b.to_async(&rt)
            .iter_custom(|iters| interleaved(iters, timed, generated))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
