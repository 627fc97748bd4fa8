//! TeamChat client methods over real HTTP against a local server on 127.0.0.1 that checks
//! what it receives and answers with the doc's Returns example (type names instantiated).

use chat_clients::Error;
use chat_clients::runtime::ParamStyle;
use chat_clients::teamchat::Client;
use chat_clients::teamchat::requests::*;
use chat_clients::teamchat::types as t;
use chatgen_tests::{instantiate, spec};
use serde_json::{Value, json};
use wiremock::matchers::{body_string, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "xoxp-t0k";

/// The Returns example of `method`, instantiated.
fn documented(target: &str) -> Value {
    let s = spec("teamchat");
    let op = s.operations.iter().find(|o| o.name == target).unwrap();
    instantiate(op.examples[0].json.as_ref().unwrap())
}

fn client(server: &MockServer) -> Client {
    Client::new(server.uri()).with_token(TOKEN)
}

#[tokio::test]
async fn a_method_with_parameters_sends_a_form_with_the_token() {
    let server = MockServer::start().await;
    let answer = documented("channels.create");
    Mock::given(method("POST"))
        .and(path("/api/api-teamchat/channels.create"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string(format!(
            "name=general+chat&warning=true&token={TOKEN}"
        )))
        .respond_with(ResponseTemplate::new(200).set_body_json(&answer))
        .expect(1)
        .mount(&server)
        .await;
    let request = ChannelsCreateRequest {
        name: Some("general chat".into()),
        warning: Some(true),
        ..Default::default()
    };
    let got = client(&server).channels_create(&request).await.unwrap();
    assert!(got.ok);
    assert_eq!(
        serde_json::to_value(&got).unwrap(),
        answer,
        "the open TTeamchatChannel keeps every field"
    );
}

#[tokio::test]
async fn a_method_without_parameters_or_token() {
    let server = MockServer::start().await;
    let answer = documented("version");
    Mock::given(method("POST"))
        .and(path("/api/api-teamchat/version"))
        .and(body_string(""))
        .respond_with(ResponseTemplate::new(200).set_body_json(&answer))
        .expect(1)
        .mount(&server)
        .await;
    let got: t::VersionResponse = client(&server).version().await.unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), answer);
}

#[tokio::test]
async fn ok_false_is_a_typed_error() {
    let server = MockServer::start().await;
    Mock::given(path("/api/api-teamchat/auth.test"))
        .and(body_string(format!("token={TOKEN}")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"ok": false, "error": "invalid_auth"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).auth_test().await.unwrap_err();
    match err {
        Error::Api {
            status: 200,
            code,
            body,
            raw,
            ..
        } => {
            assert_eq!(code.as_deref(), Some("invalid_auth"));
            assert_eq!(body, Some(json!({"ok": false, "error": "invalid_auth"})));
            assert_eq!(
                serde_json::from_slice::<Value>(&raw).unwrap()["ok"],
                json!(false)
            );
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn json_style_bearer_token_and_an_enum_parameter() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/api-teamchat/users.setStatus"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(body_string(r#"{"status":"online"}"#))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .expect(1)
        .mount(&server)
        .await;
    let mut c = client(&server);
    c.transport_mut().set_param_style(ParamStyle::Json);
    c.transport_mut().send_token_as_bearer(true);
    let request = UsersSetStatusRequest {
        status: Some(t::UsersSetStatusStatus::Online),
        ..Default::default()
    };
    assert!(c.users_set_status(&request).await.unwrap().ok);
}

#[tokio::test]
async fn a_method_without_returns_hands_back_the_raw_answer() {
    let server = MockServer::start().await;
    Mock::given(path("/api/api-teamchat/files.download"))
        .and(body_string(format!("ticket=abc&token={TOKEN}")))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", "image/png")
                .set_body_bytes(vec![0x89, b'P', b'N', b'G']),
        )
        .expect(1)
        .mount(&server)
        .await;
    let request = FilesDownloadRequest {
        ticket: Some("abc".into()),
    };
    let raw = client(&server).files_download(&request).await.unwrap();
    assert_eq!(
        (raw.status, raw.content_type.as_deref(), &raw.body[..]),
        (200, Some("image/png"), &[0x89, b'P', b'N', b'G'][..])
    );
}

#[test]
fn debug_hides_the_token() {
    assert!(
        !format!(
            "{:?}",
            Client::new("http://127.0.0.1:1").with_token("s3cr3t")
        )
        .contains("s3cr3t")
    );
}
