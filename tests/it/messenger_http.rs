//! The Messenger client is callable only once routes are known: the checked-in crate has no
//! methods (the capture lost every route), and the tests' own copy, generated with the routes
//! of `tests/fixtures/messenger-routes.yaml`, is called over HTTP on 127.0.0.1 and answers
//! with the doc's own samples.

use chatgen_codegen::spec::ExampleOf;
use chatgen_tests::messenger_routed::Client;
use chatgen_tests::messenger_routed::requests::*;
use chatgen_tests::messenger_routed::types as t;
use chatgen_tests::{example, root, spec};
use serde_json::Value;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

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
        .and(move |r: &Request| r.url.query() == query)
        .and(header("API-TOKEN", "k3y"));
    if let Some(b) = body {
        mock = mock.and(body_json(b));
    }
    let mut response = ResponseTemplate::new(status);
    if let Some(a) = answer {
        response = response.set_body_json(a);
    }
    mock.respond_with(response).expect(1).mount(server).await;
}

fn client(server: &MockServer) -> Client {
    Client::new(server.uri()).with_api_key("API-TOKEN", "k3y")
}

/// A `GET` by path parameter answers with the doc's sample, decoded and encoded back the same.
#[tokio::test]
async fn a_get_by_path_answers_the_doc_sample() {
    let s = spec("messenger");
    let server = MockServer::start().await;
    let chatroom = example(&s, "returns_specific_chatroom", ExampleOf::Response);
    let answer = Some(chatroom.clone());
    mount(&server, "GET", "/chatrooms/7", None, None, 200, answer).await;
    let got = client(&server)
        .returns_specific_chatroom(&ReturnsSpecificChatroomRequest::new(7))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), chatroom);
}

/// Query parameters go on the query string, the optional one only when set.
#[tokio::test]
async fn a_get_with_query_parameters_answers_the_doc_sample() {
    let s = spec("messenger");
    let server = MockServer::start().await;
    let rooms = example(&s, "get_rooms", ExampleOf::Response);
    let query = Some("organization_id=1&limit=10");
    mount(
        &server,
        "GET",
        "/chatrooms",
        query,
        None,
        200,
        Some(rooms.clone()),
    )
    .await;
    let mut request = GetRoomsRequest::new(1);
    request.limit = Some(10);
    let got = client(&server).get_rooms(&request).await.unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), rooms);
}

/// A `POST` sends the doc's request sample as its JSON body and reads the `201` answer.
#[tokio::test]
async fn a_post_sends_the_doc_request_sample() {
    let s = spec("messenger");
    let server = MockServer::start().await;
    let create = example(&s, "creates_new_custom_chatroom", ExampleOf::Request);
    let chatroom = example(&s, "returns_specific_chatroom", ExampleOf::Response);
    let (sent, answer) = (Some(create.clone()), Some(chatroom.clone()));
    mount(&server, "POST", "/chatrooms", None, sent, 201, answer).await;
    let body: t::CreatesNewCustomChatroomBody = serde_json::from_value(create).unwrap();
    let got: t::Chatroom = client(&server)
        .creates_new_custom_chatroom(&CreatesNewCustomChatroomRequest::new(body))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), chatroom);
}

/// Login's request and answer samples round-trip through the typed body and answer.
#[tokio::test]
async fn login_sends_and_reads_the_doc_samples() {
    let s = spec("messenger");
    let server = MockServer::start().await;
    let login = example(&s, "login", ExampleOf::Request);
    let login_answer = example(&s, "login", ExampleOf::Response);
    let (sent, answer) = (Some(login.clone()), Some(login_answer.clone()));
    mount(&server, "POST", "/user/login", None, sent, 200, answer).await;
    let body: t::LoginBody = serde_json::from_value(login).unwrap();
    let got = client(&server)
        .login(&LoginRequest::new(body))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), login_answer);
}

/// An operation the doc gives no answer for hands the response back as received.
#[tokio::test]
async fn a_call_without_a_documented_answer_gets_the_raw_response() {
    let server = MockServer::start().await;
    let path = "/organizations/3/default-chatroom";
    mount(&server, "DELETE", path, None, None, 204, None).await;
    let raw = client(&server)
        .removes_default_chatroom_organization(&RemovesDefaultChatroomOrganizationRequest::new(3))
        .await
        .unwrap();
    assert_eq!(
        raw.status, 204,
        "the doc gives no answer: handed back as received"
    );
}

#[test]
fn without_routes_the_checked_in_client_has_no_methods() {
    let client = std::fs::read_to_string(root().join("generated/src/messenger/client.rs")).unwrap();
    assert!(!client.contains("pub async fn"));
    assert!(client.contains(
        "Not callable until an override gives their route: `returns_specific_chatroom_searched`"
    ));
    let routed =
        std::fs::read_to_string(root().join("tests/src/messenger_routed/client.rs")).unwrap();
    assert_eq!(routed.matches("pub async fn").count(), 12);
    assert_eq!(
        routed
            .matches("From spec/overrides, not the documentation: route.")
            .count(),
        12
    );
}
