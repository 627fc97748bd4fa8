//! Every Weavy client method over real HTTP, against a local server on 127.0.0.1 that checks
//! the method, path, query, headers and body it receives and answers with the documented
//! example (type-name samples instantiated: `"integer"` → `1`).

use chat_clients::Error;
use chat_clients::weavy::Client;
use chat_clients::weavy::requests::*;
use chat_clients::weavy::types as t;
use chatgen_codegen::ApiSpec;
use chatgen_codegen::spec::ExampleOf;
use chatgen_tests::{instantiate, spec};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "test-token";

/// The documented response body of `op` for `status`, instantiated.
fn documented(s: &ApiSpec, op: &str, status: u16) -> Value {
    let op = s.operations.iter().find(|o| o.id == op).unwrap();
    let ex = op
        .examples
        .iter()
        .find(|e| e.of == ExampleOf::Response && e.status == Some(status))
        .unwrap();
    instantiate(ex.json.as_ref().unwrap())
}

/// The doc's sample request body of `op` (the curl `-d`).
fn sample_body(s: &ApiSpec, op: &str) -> Value {
    let op = s.operations.iter().find(|o| o.id == op).unwrap();
    op.examples
        .iter()
        .find(|e| e.of == ExampleOf::Request && e.url.is_some())
        .unwrap()
        .json
        .clone()
        .unwrap()
}

/// Matches only when the query string is exactly `expected` (`None`: no query at all).
fn exact_query(expected: Option<&'static str>) -> impl Fn(&Request) -> bool + Send + Sync {
    move |r: &Request| r.url.query() == expected
}

async fn mount(
    server: &MockServer,
    m: &str,
    p: &str,
    query: Option<&'static str>,
    body: Option<Value>,
    status: u16,
    answer: Option<Value>,
) {
    let mut mock = Mock::given(method(m))
        .and(path(p))
        .and(exact_query(query))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("accept", "application/json"));
    if let Some(b) = body {
        mock = mock
            .and(body_json(b))
            .and(header("content-type", "application/json"));
    }
    let mut response = ResponseTemplate::new(status);
    if let Some(a) = answer {
        response = response.set_body_json(a);
    }
    mock.respond_with(response).expect(1).mount(server).await;
}

fn client(server: &MockServer) -> Client {
    Client::new(server.uri()).with_bearer_token(TOKEN)
}

#[tokio::test]
async fn create_message() {
    let s = spec("weavy");
    let server = MockServer::start().await;
    let sent = sample_body(&s, "create_message");
    let answer = documented(&s, "create_message", 200);
    mount(
        &server,
        "POST",
        "/api/apps/1/messages",
        None,
        Some(sent.clone()),
        200,
        Some(answer.clone()),
    )
    .await;
    let body: t::CreateMessageBody = serde_json::from_value(sent).unwrap();
    let got = client(&server)
        .create_message(&CreateMessageRequest::new(1, body))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), answer);
}

#[tokio::test]
async fn list_messages() {
    let s = spec("weavy");
    let server = MockServer::start().await;
    let answer = documented(&s, "list_messages", 200);
    mount(
        &server,
        "GET",
        "/api/apps/1/messages",
        Some("top=50"),
        None,
        200,
        Some(answer.clone()),
    )
    .await;
    let mut request = ListMessagesRequest::new(1);
    request.top = Some(50);
    let got = client(&server).list_messages(&request).await.unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), answer);
}

#[tokio::test]
async fn get_message_and_its_404() {
    let s = spec("weavy");
    let server = MockServer::start().await;
    let answer = documented(&s, "get_message", 200);
    mount(
        &server,
        "GET",
        "/api/messages/1",
        Some("trashed=true"),
        None,
        200,
        Some(answer.clone()),
    )
    .await;
    let problem = documented(&s, "get_message", 404);
    mount(
        &server,
        "GET",
        "/api/messages/2",
        None,
        None,
        404,
        Some(problem.clone()),
    )
    .await;
    let mut request = GetMessageRequest::new(1);
    request.trashed = Some(true);
    let got = client(&server).get_message(&request).await.unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), answer);

    let err = client(&server)
        .get_message(&GetMessageRequest::new(2))
        .await
        .unwrap_err();
    match err {
        Error::Status {
            status: 404,
            body: Some(body),
            raw,
        } => {
            assert_eq!(serde_json::to_value(&body).unwrap(), problem);
            assert_eq!(serde_json::from_slice::<Value>(&raw).unwrap(), problem);
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }
}

#[tokio::test]
async fn update_message() {
    let s = spec("weavy");
    let server = MockServer::start().await;
    let sent = sample_body(&s, "update_message");
    let answer = documented(&s, "update_message", 200);
    mount(
        &server,
        "PATCH",
        "/api/messages/1",
        None,
        Some(sent.clone()),
        200,
        Some(answer.clone()),
    )
    .await;
    let body: t::UpdateMessageBody = serde_json::from_value(sent).unwrap();
    let got = client(&server)
        .update_message(&UpdateMessageRequest::new(1, body))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), answer);
}

#[tokio::test]
async fn delete_message() {
    let server = MockServer::start().await;
    mount(&server, "DELETE", "/api/messages/1", None, None, 204, None).await;
    client(&server)
        .delete_message(&DeleteMessageRequest::new(1))
        .await
        .unwrap();
}

#[tokio::test]
async fn trash_message_and_its_400() {
    let s = spec("weavy");
    let server = MockServer::start().await;
    let answer = documented(&s, "trash_message", 200);
    mount(
        &server,
        "POST",
        "/api/messages/1/trash",
        None,
        None,
        200,
        Some(answer.clone()),
    )
    .await;
    let problem = documented(&s, "trash_message", 400);
    mount(
        &server,
        "POST",
        "/api/messages/3/trash",
        None,
        None,
        400,
        Some(problem),
    )
    .await;
    let got = client(&server)
        .trash_message(&TrashMessageRequest::new(1))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), answer);
    let err = client(&server)
        .trash_message(&TrashMessageRequest::new(3))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Status {
                status: 400,
                body: Some(t::ProblemDetails { .. }),
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn restore_message() {
    let s = spec("weavy");
    let server = MockServer::start().await;
    let answer = documented(&s, "restore_message", 200);
    mount(
        &server,
        "POST",
        "/api/messages/1/restore",
        None,
        None,
        200,
        Some(answer.clone()),
    )
    .await;
    let got = client(&server)
        .restore_message(&RestoreMessageRequest::new(1))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), answer);
}

#[tokio::test]
async fn indicate_typing_message() {
    let server = MockServer::start().await;
    mount(
        &server,
        "PUT",
        "/api/apps/1/messages/typing",
        None,
        None,
        204,
        None,
    )
    .await;
    client(&server)
        .indicate_typing_message(&IndicateTypingMessageRequest::new(1))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_body_that_does_not_match_the_spec_is_a_typed_error_with_the_raw_bytes() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "not a number"})))
        .mount(&server)
        .await;
    let err = client(&server)
        .get_message(&GetMessageRequest::new(1))
        .await
        .unwrap_err();
    match err {
        Error::Decode {
            status: 200, raw, ..
        } => assert_eq!(&raw[..], br#"{"id":"not a number"}"#),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn debug_of_a_client_hides_the_token() {
    let c = Client::new("http://127.0.0.1:1").with_bearer_token("s3cr3t");
    assert!(!format!("{c:?}").contains("s3cr3t"));
}
