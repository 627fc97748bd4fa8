//! One call's client-side cost: the generated `weavy::Client::get_message` (request built
//! from the typed request, sent through the runtime's core with its timeout, retry policy,
//! hooks and tracing span, the answer decoded as `Message`) beside the same call written by
//! hand with reqwest + serde. Both go to the same keep-alive server on 127.0.0.1 that answers
//! the doc's `get_message` example, so the difference between them is the runtime's cost.
//!
//! `cargo bench -p chatgen-tests --bench call`
#![allow(missing_docs)] // `criterion_group!` defines an undocumented `pub fn benches`

use std::sync::Arc;

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

/// The same call, by hand.
async fn by_hand(http: &reqwest::Client, base: &str, token: &str, id: i64) -> Message {
    let response = http
        .get(format!("{base}/api/messages/{id}"))
        .bearer_auth(token)
        .header("accept", "application/json")
        .send()
        .await
        .unwrap();
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
    let b = rt.block_on(by_hand(&http, &url, "bench-token", 1));
    assert_eq!(a, b);

    let mut group = c.benchmark_group("get_message");
    group.bench_function("generated", |bench| {
        bench
            .to_async(&rt)
            .iter(|| async { client.get_message(&request).await.unwrap() })
    });
    group.bench_function("hand_written", |bench| {
        bench
            .to_async(&rt)
            .iter(|| async { by_hand(&http, &url, "bench-token", 1).await })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
