//! Clients generated from OpenAPI documents, over real HTTP against a local server on
//! 127.0.0.1: Slack's `{"ok": false}` answers become `Error::Api`; Nexus sends forms and
//! decodes its typed errors; the hostile document's header parameter, multipart body and
//! discriminated `oneOf` work.

use chat_clients::Error;
use chatgen_tests::openapi::{nexus, slack_1_7_0 as slack};
use serde_json::{Value, json};
use wiremock::matchers::{body_string, body_string_contains, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The example Slack's 1.7.0 document gives for `chat.postMessage`'s `status`.
fn slack_example(status: &str) -> Value {
    let file = chatgen_tests::root()
        .join("tests/fixtures/corpus/openapi/slack-web-api/slack_web_openapi_v2-1.7.0.json");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    doc["paths"]["/chat.postMessage"]["post"]["responses"][status]["examples"]["application/json"]
        .clone()
}

#[tokio::test]
async fn slack_ok_false_with_status_200_is_an_api_error() {
    let server = MockServer::start().await;
    let failure = slack_example("default");
    assert_eq!(failure["ok"], false);
    Mock::given(method("POST"))
        .and(path("/api/chat.postMessage"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("channel=C1H9RESGL&text=hi&token=xoxb-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&failure))
        .expect(1)
        .mount(&server)
        .await;
    let client = slack::Client::new(server.uri()).with_token("xoxb-1");
    let mut request = slack::requests::ChatPostMessageRequest::new("C1H9RESGL".into());
    request.text = Some("hi".into());
    let err = client.chat_post_message(&request).await.unwrap_err();
    assert!(
        matches!(&err, Error::Api { status: 200, code, .. } if code.as_deref() == Some("too_many_attachments")),
        "{err:?}"
    );
}

#[tokio::test]
async fn slack_success_decodes_the_documented_answer() {
    let server = MockServer::start().await;
    let success = slack_example("200");
    Mock::given(method("POST"))
        .and(path("/api/chat.postMessage"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&success))
        .mount(&server)
        .await;
    let client = slack::Client::new(server.uri()).with_token("xoxb-1");
    let request = slack::requests::ChatPostMessageRequest::new("C1H9RESGL".into());
    let answer = client.chat_post_message(&request).await.unwrap();
    assert_eq!(answer.ts, "1503435956.000247");
    assert_eq!(
        serde_json::to_value(&answer).unwrap()["channel"],
        "C1H9RESGL"
    );
}

#[tokio::test]
async fn nexus_form_body_and_typed_errors() {
    let server = MockServer::start().await;
    let id = "7f3f1d3e-0000-4000-8000-000000000001";
    Mock::given(method("POST"))
        .and(path("/device/auth"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string(format!("client_id={id}")))
        .respond_with(ResponseTemplate::new(200).set_body_string("device code"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/by-id/disks/{id}")))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({
            "error_code": "ObjectNotFound", "message": "not found", "request_id": "r-1"
        })))
        .mount(&server)
        .await;
    let client = nexus::Client::new(server.uri());
    let raw = client
        .device_auth_request(&nexus::requests::DeviceAuthRequestRequest::new(
            nexus::types::DeviceAuthRequest {
                client_id: id.into(),
            },
        ))
        .await
        .unwrap();
    assert_eq!(raw.body.as_ref(), b"device code");
    let err = client
        .disk_view_by_id(&nexus::requests::DiskViewByIdRequest::new(id.into()))
        .await
        .unwrap_err();
    match err {
        Error::Status {
            status: 404,
            body: Some(body),
            ..
        } => {
            assert_eq!(body.message, "not found");
            assert_eq!(body.error_code.as_deref(), Some("ObjectNotFound"));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn nexus_query_enums_and_paths() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/projects"))
        .and(query_param("sort_by", "name_descending"))
        .and(query_param("limit", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": []})))
        .expect(1)
        .mount(&server)
        .await;
    let client = nexus::Client::new(server.uri());
    let request = nexus::requests::ProjectListV1Request {
        sort_by: Some(nexus::types::NameOrIdSortMode::NameDescending),
        limit: Some(2),
        ..Default::default()
    };
    let page = client.project_list_v1(&request).await.unwrap();
    assert!(page.items.is_empty());
}

#[tokio::test]
async fn hostile_header_multipart_and_tagged_one_of() {
    use chatgen_tests::hostile::openapi::{Client, requests, types};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/p%201"))
        .and(header("X-Trace", "t-9"))
        .and(header("authorization", "Bearer b"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "kind": "kitty", "name": "Tom", "lives": 9, "owner": {"mentor": {"children": []}}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/pets/p/photo"))
        .and(body_string_contains("name=\"note\"\r\n\r\nsmile\r\n"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(&b"\x89PNG"[..]))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).with_bearer_token("b");
    let mut request = requests::GetPetRequest::new("p 1".into());
    request.x_trace = Some("t-9".into());
    let pet = client.get_pet(&request).await.unwrap();
    let types::Pet::Cat(cat) = &pet else {
        panic!("`kitty` maps to Cat: {pet:?}")
    };
    assert_eq!((cat.name.as_str(), cat.lives), ("Tom", 9));
    let photo = client
        .post_pets_by_id_photo(&requests::PostPetsByIdPhotoRequest::new(
            "p".into(),
            types::PostPetsByIdPhotoBody {
                file: None,
                note: Some("smile".into()),
            },
        ))
        .await
        .unwrap();
    assert_eq!(photo.body.as_ref(), b"\x89PNG");

    // An unknown tag is kept, and so is a value of no listed alternative.
    let odd = json!({"kind": "parrot", "talks": true});
    let decoded: types::Pet = serde_json::from_value(odd.clone()).unwrap();
    assert!(matches!(decoded, types::Pet::Other(_)));
    assert_eq!(serde_json::to_value(&decoded).unwrap(), odd);
    let either: types::Either = serde_json::from_value(json!(7)).unwrap();
    assert!(matches!(either, types::Either::Integer(7)));
    assert_eq!(either.to_string(), "7");
}

/// Bytes that are not UTF-8 reach the server unchanged: Nexus's `login_saml` takes an
/// `application/octet-stream` body (`format: binary`).
#[tokio::test]
async fn nexus_sends_an_octet_stream_body_byte_for_byte() {
    let server = MockServer::start().await;
    let raw = vec![0u8, 0xff, 0xfe, b'<', 0x80, b'\r', b'\n'];
    let expected = raw.clone();
    Mock::given(method("POST"))
        .and(path("/login/corp/saml/okta"))
        .and(header("content-type", "application/octet-stream"))
        .and(move |r: &wiremock::Request| r.body == expected)
        .respond_with(ResponseTemplate::new(303))
        .expect(1)
        .mount(&server)
        .await;
    let request = nexus::requests::LoginSamlRequest::new(
        "okta".into(),
        "corp".into(),
        chat_clients::runtime::Binary::new(raw),
    );
    let got = nexus::Client::new(server.uri()).login_saml(&request).await;
    // 303 is the documented answer; what matters is the body the server checked.
    assert!(
        matches!(&got, Ok(()) | Err(Error::Status { status: 303, .. })),
        "{got:?}"
    );
}

/// A body of any media type (`*/*`) whose schema is a string is the raw data itself, sent as
/// `application/octet-stream`, not a JSON string.
#[tokio::test]
async fn a_raw_body_of_any_media_type_is_sent_as_itself() {
    use chatgen_tests::hostile::openapi::{Client, requests};
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/pets/p/raw"))
        .and(header("content-type", "application/octet-stream"))
        .and(body_string("line 1\nline \"2\""))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Client::new(server.uri())
        .upload_raw(&requests::UploadRawRequest::new(
            "p".into(),
            "line 1\nline \"2\"".into(),
        ))
        .await
        .unwrap();
}
