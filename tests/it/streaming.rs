//! Mastodon's streaming page (`spec/sources/mastodon/streaming.md`): its events, streams
//! and streaming operations in the spec, counted and copied by hand from the page; then the
//! generated stream methods against servers on 127.0.0.1 that send the page's own examples
//! (server-sent events, with comments, a heartbeat, multi-line data, an unknown event, a
//! payload that does not decode, a dropped connection; and a WebSocket that answers a
//! subscribe, sends events and an error message, then closes).

use std::time::Duration;

use chat_clients::Error;
use chat_clients::mastodon::Client;
use chat_clients::mastodon::events::{Event, StreamName};
use chat_clients_runtime::RetryPolicy;
use chatgen_codegen::spec::{Payload, StreamTransport};
use chatgen_tests::{op, root, spec};
use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const TOKEN: &str = "user-token";

fn page() -> String {
    std::fs::read_to_string(root().join("spec/sources/mastodon/streaming.md")).unwrap()
}

/// The page's `event: X` / `data: Y` examples, read line by line (not the `event: <name>` /
/// `data: <payload>` template of "About HTTP server-sent events").
fn sse_examples(page: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = page.lines().collect();
    lines
        .windows(2)
        .filter_map(|w| {
            let event = w[0].strip_prefix("event: ")?;
            let data = w[1].strip_prefix("data: ")?;
            (!event.starts_with('<')).then(|| (event.to_string(), data.to_string()))
        })
        .collect()
}

// -- the spec ------------------------------------------------------------------------------

#[test]
fn every_event_of_the_page_is_in_the_spec_with_its_payload() {
    let s = spec("mastodon");
    // "Event types and payloads" (lines 29–59): ten entries.
    let names: Vec<&str> = s.events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "update",
            "delete",
            "notification",
            "filters_changed",
            "conversation",
            "announcement",
            "announcement.reaction",
            "announcement.delete",
            "status.update",
            "notifications_merged",
        ]
    );
    let event = |n: &str| s.events.iter().find(|e| e.name == n).unwrap();
    assert_eq!(event("update").line, Some(31));
    assert_eq!(event("notifications_merged").line, Some(58));
    assert!(
        s.events
            .iter()
            .all(|e| e.file.as_deref() == Some("streaming.md"))
    );
    // "Payload contains a [Status] cast to a string" → JSON; "the String ID" → text;
    // "does not contain a payload" / "Payload can be ignored" → none.
    let payloads: Vec<Payload> = s.events.iter().map(|e| e.payload).collect();
    use Payload::*;
    assert_eq!(
        payloads,
        [Json, Text, Json, None, Json, Json, Json, Text, Json, None]
    );
    assert_eq!(
        event("announcement.delete").cue.as_deref(),
        Some("Payload contains the String ID of the deleted Announcement")
    );
    // `update` and `status.update` both carry a Status: one type.
    assert_eq!(event("update").ty, event("status.update").ty);
    // The Hash of `announcement.reaction` (`name`, `count`, `announcement_id`).
    let reaction = event("announcement.reaction")
        .ty
        .as_ref()
        .unwrap()
        .to_string();
    let fields: Vec<&str> = s.types[&reaction]
        .fields()
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(fields, ["name", "count", "announcement_id"]);
}

#[test]
fn every_stream_of_the_page_is_in_the_spec() {
    let s = spec("mastodon");
    // "Streaming timelines/categories" (lines 61–97): twelve entries.
    let names: Vec<&str> = s.streams.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "public",
            "public:media",
            "public:local",
            "public:local:media",
            "public:remote",
            "public:remote:media",
            "hashtag",
            "hashtag:local",
            "user",
            "user:notification",
            "list",
            "direct",
        ]
    );
    assert_eq!(s.streams[0].line, Some(63));
    assert_eq!(s.streams[11].line, Some(96));
}

#[test]
fn streaming_operations_list_the_events_their_returns_line_names() {
    let s = spec("mastodon");
    let streaming: Vec<&str> = s
        .operations
        .iter()
        .filter(|o| o.stream.is_some())
        .map(|o| o.id.as_str())
        .collect();
    // Nine `GET /api/v1/streaming/…` sections with a `**Returns:**` line of events, and the
    // WebSocket; `GET /api/v1/streaming/health` returns a String.
    assert_eq!(streaming.len(), 10, "{streaming:?}");
    assert!(op(&s, "check_if_the_server_is_alive").stream.is_none());
    let events = |id: &str| op(&s, id).stream.as_ref().unwrap().events.clone();
    // Line 152.
    assert_eq!(
        events("watch_your_home_timeline_and_notifications"),
        [
            "update",
            "delete",
            "notification",
            "filters_changed",
            "announcement",
            "announcement.reaction",
            "announcement.delete",
            "status.update",
        ]
    );
    assert_eq!(events("watch_your_notifications"), ["notification"]);
    assert_eq!(
        events("watch_the_federated_timeline"),
        ["update", "delete", "status.update"]
    );
    assert_eq!(events("watch_for_direct_messages"), ["conversation"]);
    let sse = s
        .operations
        .iter()
        .filter_map(|o| o.stream.as_ref())
        .filter(|st| st.transport == StreamTransport::Sse)
        .count();
    assert_eq!(sse, 9);

    // `wss://mastodon.example/api/v1/streaming` (line 594): `Returns: Stream of Event`.
    let ws = op(&s, "establishing_a_web_socket_connection");
    let route = ws.route.as_ref().unwrap();
    assert_eq!(
        (route.method.as_str(), route.path.as_str()),
        ("GET", "/api/v1/streaming")
    );
    assert_eq!(ws.line, 592);
    let stream = ws.stream.as_ref().unwrap();
    assert_eq!(stream.transport, StreamTransport::Websocket);
    assert_eq!(stream.events.len(), 10);
    let m = stream.messages.as_ref().unwrap();
    // `{"stream": ["public"], "event": "update", "payload": "…"}`,
    // `{ "type": "subscribe", "stream": "hashtag:local", "tag": "foo" }` and
    // `{"error": "Unknown stream type", "status": 400}`.
    assert_eq!(m.event.as_str(), "/event");
    assert_eq!(m.payload.as_deref(), Some("/payload"));
    assert_eq!(m.stream.as_deref(), Some("/stream"));
    assert_eq!(m.command.as_deref(), Some("type"));
    assert_eq!(m.subscribe.as_deref(), Some("subscribe"));
    assert_eq!(m.unsubscribe.as_deref(), Some("unsubscribe"));
    assert_eq!(m.target.as_deref(), Some("stream"));
    assert_eq!(m.error.as_deref(), Some("/error"));
    assert_eq!(m.error_status.as_deref(), Some("/status"));
}

#[test]
fn the_page_has_twenty_seven_sse_examples() {
    // Counted in the page: 7 under "Watch your home timeline" (no delete), 1 under
    // notifications, 3 under each of the six timelines, 1 under direct messages.
    let examples = sse_examples(&page());
    assert_eq!(examples.len(), 27);
    assert_eq!(examples[0].0, "update");
    assert_eq!(examples[26].0, "conversation");
}

// -- server-sent events over HTTP ------------------------------------------------------------

/// Reads a request's head; returns it lowercased.
async fn read_head(sock: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = sock.read(&mut buf).await.unwrap();
        assert!(n > 0, "the client closed before its request ended");
        head.extend_from_slice(&buf[..n]);
    }
    String::from_utf8(head).unwrap().to_ascii_lowercase()
}

const SSE_HEAD: &str =
    "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n";

fn client(addr: std::net::SocketAddr) -> Client {
    Client::new(format!("http://{addr}"))
        .with_bearer_token(TOKEN)
        .with_retry(RetryPolicy {
            initial_backoff: Duration::from_millis(5),
            ..RetryPolicy::default()
        })
}

/// The first connection's body: comments, every example of the page with its id (the
/// first with `retry: 300`), the first update again with its data on two lines, an event
/// the page does not list and a payload that does not decode.
fn sse_first_body(examples: &[(String, String)]) -> String {
    let (update_event, update_data) = &examples[0];
    let split = update_data.find(",\"created_at\"").unwrap();
    let mut body = String::from(": a comment\n\n:thump\n\n");
    for (i, (event, data)) in examples.iter().enumerate() {
        // `retry:` with the first event: the next connection comes after 300 ms (the
        // client's own backoff is 5 ms).
        let retry = if i == 0 { "retry: 300\n" } else { "" };
        body.push_str(&format!("{retry}id: {i}\nevent: {event}\ndata: {data}\n\n"));
        if i == 10 {
            body.push_str(":thump\n\n");
        }
    }
    // The first update again, its data on two lines (joined by `\n`: still JSON).
    body.push_str(&format!(
        "id: 27\nevent: {update_event}\ndata: {}\ndata: {}\n\n",
        &update_data[..=split],
        &update_data[split + 1..]
    ));
    body.push_str("id: 28\nevent: unheard.of\ndata: hello\n\n");
    body.push_str("id: 29\nevent: notification\ndata: {\"id\": \n\n");
    body
}

/// The server of the SSE scenario: sends `first_body` in pieces and drops the connection,
/// checks the client comes back after `retry:` with `Last-Event-ID: 29`, sends one more
/// event, then says on `closed` whether the client closed the connection.
async fn sse_server(
    listener: TcpListener,
    first_body: String,
    closed: tokio::sync::oneshot::Sender<bool>,
) {
    // First connection: everything, then the server drops it.
    let (mut sock, _) = listener.accept().await.unwrap();
    let head = read_head(&mut sock).await;
    assert!(
        head.starts_with("get /api/v1/streaming/user http/1.1"),
        "{head}"
    );
    assert!(
        head.contains(&format!("authorization: bearer {TOKEN}")),
        "{head}"
    );
    assert!(head.contains("accept: text/event-stream"), "{head}");
    assert!(!head.contains("last-event-id"), "{head}");
    sock.write_all(SSE_HEAD.as_bytes()).await.unwrap();
    // In pieces, cut anywhere (here inside events), as a network delivers them.
    for chunk in first_body.as_bytes().chunks(1000) {
        sock.write_all(chunk).await.unwrap();
        sock.flush().await.unwrap();
    }
    drop(sock);
    let dropped = std::time::Instant::now();
    // The client comes back after `retry:`, with the last id and the same token.
    let (mut sock, _) = listener.accept().await.unwrap();
    let waited = dropped.elapsed();
    assert!(waited >= Duration::from_millis(300), "{waited:?}");
    let head = read_head(&mut sock).await;
    assert!(head.contains("last-event-id: 29\r\n"), "{head}");
    assert!(
        head.contains(&format!("authorization: bearer {TOKEN}")),
        "{head}"
    );
    sock.write_all(SSE_HEAD.as_bytes()).await.unwrap();
    sock.write_all(b"id: 30\nevent: delete\ndata: 42\n\n")
        .await
        .unwrap();
    // Then holds the connection until the client drops the stream.
    let mut buf = [0u8; 64];
    let n = tokio::time::timeout(Duration::from_secs(10), sock.read(&mut buf))
        .await
        .expect("the connection is closed when the stream is dropped");
    let _ = closed.send(n.map(|n| n == 0).unwrap_or(true));
}

/// The first 30 items of the SSE scenario: every example in page order as the variant its
/// event names, with values copied from the page, then the split update, the unlisted event
/// and the undecodable payload.
fn check_sse_items(examples: &[(String, String)], items: &[Result<Event, Error>]) {
    // Every example arrives in page order as the variant its event names.
    for ((event, data), item) in examples.iter().zip(items) {
        let got = item.as_ref().unwrap_or_else(|e| panic!("{event}: {e}"));
        assert_eq!(got.name(), event);
        assert!(!matches!(got, Event::Other { .. }), "{event}");
        if let Event::Delete(id) | Event::AnnouncementDelete(id) = got {
            assert_eq!(id, data);
        }
    }
    // Values copied from the page: the first update (line 174), a delete (line 291), the
    // announcement reaction (line 202) and the announcement delete (line 209).
    match &items[0] {
        Ok(Event::Update(status)) => assert_eq!(status.id, "108914327388663283"),
        other => panic!("{other:?}"),
    }
    match &items[1] {
        Ok(Event::Notification(n)) => assert_eq!(n.id, "68739215"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(items[2], Ok(Event::FiltersChanged)));
    match &items[4] {
        Ok(Event::AnnouncementReaction(r)) => {
            assert_eq!(
                (r.name.as_str(), r.count, r.announcement_id.as_str()),
                ("🤔", 1, "1")
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(&items[5], Ok(Event::AnnouncementDelete(id)) if id == "1"));
    assert!(matches!(&items[9], Ok(Event::Delete(id)) if id == "107214471804101576"));
    match &items[26] {
        Ok(Event::Conversation(c)) => assert_eq!(c.id, "819516"),
        other => panic!("{other:?}"),
    }
    // The update whose data came on two lines.
    match &items[27] {
        Ok(Event::Update(status)) => assert_eq!(status.id, "108914327388663283"),
        other => panic!("{other:?}"),
    }
    // An event the page does not list.
    assert!(matches!(
        &items[28],
        Ok(Event::Other { event, data }) if event == "unheard.of" && data == "hello"
    ));
    // A payload that does not decode: an error item with the raw text; the stream goes on.
    match &items[29] {
        Err(Error::Event { event, data, .. }) => {
            assert_eq!(
                (event.as_str(), data.as_str()),
                ("notification", "{\"id\": ")
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn sse_stream_types_every_example_and_resumes_after_a_drop() {
    let examples = sse_examples(&page());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (closed_tx, closed_rx) = tokio::sync::oneshot::channel();
    let server = tokio::spawn(sse_server(listener, sse_first_body(&examples), closed_tx));

    let mut stream = client(addr).watch_your_home_timeline_and_notifications();
    let mut items = Vec::new();
    while items.len() < 27 + 4 {
        let item = tokio::time::timeout(Duration::from_secs(10), stream.next())
            .await
            .expect("an item in time")
            .expect("the stream goes on");
        items.push(item);
    }
    check_sse_items(&examples, &items);
    // After the drop: resumed from id 29.
    assert!(matches!(&items[30], Ok(Event::Delete(id)) if id == "42"));
    drop(stream);
    let closed = tokio::time::timeout(Duration::from_secs(10), closed_rx)
        .await
        .unwrap()
        .unwrap();
    assert!(
        closed,
        "the server read data instead of the end of the connection"
    );
    server.await.unwrap();
}

#[tokio::test]
async fn sse_stream_gives_up_within_the_retry_policy() {
    // A server that answers 503 (a status the policy retries) every time.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let mut seen = 0;
        while let Ok(Ok((mut sock, _))) =
            tokio::time::timeout(Duration::from_millis(500), listener.accept()).await
        {
            read_head(&mut sock).await;
            seen += 1;
            let _ = sock
                .write_all(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                .await;
        }
        seen
    });
    let mut stream = client(addr).watch_for_direct_messages();
    let item = tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .unwrap();
    assert!(matches!(item, Some(Err(Error::Stream { .. }))), "{item:?}");
    assert!(
        stream.next().await.is_none(),
        "the stream ends after giving up"
    );
    // `max_attempts` (3) connections, no more.
    assert_eq!(server.await.unwrap(), 3);
}

// -- WebSocket ------------------------------------------------------------------------------

/// The page's WebSocket event messages (its `json` fences holding an `"event"` member).
fn socket_examples(page: &str) -> Vec<String> {
    page.split("```json\n")
        .skip(1)
        .filter_map(|rest| rest.split("\n```").next())
        .filter(|block| block.contains("\"event\":"))
        .map(str::to_string)
        .collect()
}

/// The WebSocket server of the scenario: checks the handshake's path and token and the
/// page's subscription message, sends `messages` and the page's error for an unknown stream,
/// checks the unsubscribe message, then closes.
// The handshake callback's `Result` is tungstenite's own signature.
#[allow(clippy::result_large_err)]
async fn socket_server(listener: TcpListener, messages: Vec<String>) {
    use tokio_tungstenite::tungstenite::Message;
    use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

    let (sock, _) = listener.accept().await.unwrap();
    let mut ws = tokio_tungstenite::accept_hdr_async(sock, |req: &Request, resp: Response| {
        assert_eq!(req.uri().path(), "/api/v1/streaming");
        let auth = req.headers().get("authorization").unwrap();
        assert_eq!(auth.to_str().unwrap(), format!("Bearer {TOKEN}"));
        Ok(resp)
    })
    .await
    .unwrap();
    // The page's subscription example (line 627).
    let Some(Ok(Message::Text(sub))) = ws.next().await else {
        panic!("no subscribe message");
    };
    let sub: serde_json::Value = serde_json::from_str(sub.as_str()).unwrap();
    assert_eq!(
        sub,
        serde_json::json!({ "type": "subscribe", "stream": "hashtag:local", "tag": "foo" })
    );
    for m in messages {
        ws.send(Message::text(m)).await.unwrap();
    }
    // The page's error for an incorrect stream name (line 714).
    ws.send(Message::text(
        "{\n  \"error\": \"Unknown stream type\",\n  \"status\":400\n}",
    ))
    .await
    .unwrap();
    let Some(Ok(Message::Text(unsub))) = ws.next().await else {
        panic!("no unsubscribe message");
    };
    let unsub: serde_json::Value = serde_json::from_str(unsub.as_str()).unwrap();
    assert_eq!(
        unsub,
        serde_json::json!({ "type": "unsubscribe", "stream": "user" })
    );
    ws.close(None).await.unwrap();
    // The client answers the close, or drops the connection.
    let _ = tokio::time::timeout(Duration::from_secs(10), async {
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await;
}

#[tokio::test]
async fn websocket_subscribes_reads_events_and_errors_and_ends_when_closed() {
    let page = page();
    let messages = socket_examples(&page);
    assert_eq!(
        messages.len(),
        3,
        "update, delete and filters_changed (lines 661–693)"
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(socket_server(listener, messages));

    let mut ws = client(addr)
        .establishing_a_web_socket_connection()
        .await
        .unwrap();
    ws.subscribe(StreamName::HashtagLocal.as_str(), &[("tag", "foo")])
        .await
        .unwrap();
    let mut items = Vec::new();
    for _ in 0..4 {
        let item = tokio::time::timeout(Duration::from_secs(10), ws.next())
            .await
            .unwrap()
            .unwrap();
        items.push(item);
    }
    match &items[0] {
        Ok(Event::Update(status)) => assert_eq!(status.id, "108913983692647032"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(&items[1], Ok(Event::Delete(id)) if id == "106692867363994015"));
    assert!(matches!(items[2], Ok(Event::FiltersChanged)));
    match &items[3] {
        Err(Error::Api {
            status: 400,
            message: Some(m),
            ..
        }) => assert_eq!(m, "Unknown stream type"),
        other => panic!("{other:?}"),
    }
    ws.unsubscribe(StreamName::User.as_str(), &[])
        .await
        .unwrap();
    let end = tokio::time::timeout(Duration::from_secs(10), ws.next())
        .await
        .unwrap();
    assert!(end.is_none(), "{end:?}");
    drop(ws);
    server.await.unwrap();
}

// -- OpenAPI: a stream answer to a request with a body ---------------------------------------

/// A `POST` answering only `text/event-stream` is a stream method that sends its JSON body
/// (on every connection); one whose answer may also be JSON (OpenAI's
/// `create_chat_completion`, which streams only when the body asks) keeps the ordinary
/// method, with a warning.
const STREAM_DOC: &str = r#"{
  "openapi": "3.1.0",
  "info": {"title": "Streams", "version": "1"},
  "paths": {
    "/chat/stream": {"post": {
      "operationId": "stream_chat",
      "requestBody": {"required": true, "content": {"application/json": {"schema": {
        "type": "object", "required": ["prompt"], "properties": {"prompt": {"type": "string"}}}}}},
      "responses": {"200": {"description": "events", "content": {"text/event-stream": {
        "schema": {"type": "object", "properties": {"event": {"const": "delta"}, "data": {"type": "string"}}}}}}}
    }},
    "/chat/completions": {"post": {
      "operationId": "create_completion",
      "requestBody": {"required": true, "content": {"application/json": {"schema": {
        "type": "object", "properties": {"stream": {"type": "boolean"}}}}}},
      "responses": {"200": {"description": "a completion", "content": {
        "application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}},
        "text/event-stream": {"schema": {"type": "string"}}}}}
    }}
  }
}"#;

#[test]
fn an_answer_that_may_be_json_keeps_the_ordinary_method_and_a_stream_sends_its_body() {
    let (spec, diags) = xtask::regen::build_spec_from_text(
        xtask::extract::Family::OpenApi,
        "streams",
        STREAM_DOC,
        "streams.json",
        "streams.json",
        None,
    )
    .unwrap();
    assert!(op(&spec, "stream_chat").stream.is_some());
    assert!(op(&spec, "create_completion").stream.is_none());
    let warned: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
    assert!(
        warned.iter().any(|m| m.contains(
            "this answer is `application/json` or `text/event-stream`; the method reads the `application/json` answer"
        )),
        "{warned:#?}"
    );
    let files = chatgen_codegen::generate_module(&spec).unwrap();
    let client = &files["client.rs"];
    let stream = &client[client.find("pub fn stream_chat(").unwrap()..];
    let stream = &stream[..stream.find("\n    }").unwrap()];
    assert!(stream.contains("&request.body"), "{stream}");
    assert!(
        client.contains("pub async fn create_completion("),
        "{client}"
    );
}

#[tokio::test]
async fn an_sse_request_sends_its_body_on_every_connection() {
    use chat_clients_runtime::{ApiClient, Call, Method, Protocol, Query};
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let mut bodies = Vec::new();
        for event in ["first", "second"] {
            let (mut sock, _) = listener.accept().await.unwrap();
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            // The head, then the body its content-length announces.
            loop {
                let n = sock.read(&mut buf).await.unwrap();
                assert!(n > 0);
                request.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&request).to_ascii_lowercase();
                if let Some(end) = text.find("\r\n\r\n") {
                    let length: usize = text
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length: "))
                        .and_then(|l| l.trim().parse().ok())
                        .unwrap_or(0);
                    if request.len() >= end + 4 + length {
                        break;
                    }
                }
            }
            let text = String::from_utf8(request).unwrap();
            let (head, body) = text.split_once("\r\n\r\n").unwrap();
            let head = head.to_ascii_lowercase();
            assert!(head.starts_with("post /chat/stream http/1.1"), "{head}");
            assert!(head.contains("content-type: application/json"), "{head}");
            assert!(head.contains("accept: text/event-stream"), "{head}");
            bodies.push(body.to_string());
            sock.write_all(SSE_HEAD.as_bytes()).await.unwrap();
            sock.write_all(format!("id: {event}\nevent: delete\ndata: 1\n\n").as_bytes())
                .await
                .unwrap();
        }
        bodies
    });
    let client = ApiClient::new(format!("http://{addr}"), Protocol::default());
    let mut query = Query::new();
    query.body_media("application/json");
    let mut stream = client.sse::<Event, _>(
        Call {
            operation: "stream_chat",
            route: "/chat/stream",
            auth: false,
        },
        Method::POST,
        "/chat/stream",
        &query,
        Some(&serde_json::json!({"prompt": "hi"})),
    );
    for _ in 0..2 {
        let event = tokio::time::timeout(Duration::from_secs(10), stream.next())
            .await
            .unwrap();
        assert!(matches!(event, Some(Ok(Event::Delete(_)))), "{event:?}");
    }
    drop(stream);
    let bodies = server.await.unwrap();
    assert_eq!(bodies, [r#"{"prompt":"hi"}"#, r#"{"prompt":"hi"}"#]);
}
