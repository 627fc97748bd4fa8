//! tada.team methods over real HTTP on 127.0.0.1, answering with the doc's own examples in
//! their `{"_time", "ok", "result"}` envelope; methods return the `result`.

use chat_clients::Error;
use chat_clients::tada::Client;
use chat_clients::tada::requests::*;
use chatgen_codegen::spec::ExampleOf;
use chatgen_tests::{example, spec};
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn methods_unwrap_the_documented_envelopes() {
    let s = spec("tada");
    let server = MockServer::start().await;
    let pong = example(&s, "get_ping", ExampleOf::Response);
    Mock::given(method("GET"))
        .and(path("/api/v3/ping"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&pong))
        .expect(1)
        .mount(&server)
        .await;
    let login_body = example(&s, "post_sms_login", ExampleOf::Request);
    let login_answer = example(&s, "post_sms_login", ExampleOf::Response);
    Mock::given(method("POST"))
        .and(path("/api/v3/sms-login"))
        .and(body_json(&login_body))
        .respond_with(ResponseTemplate::new(200).set_body_json(&login_answer))
        .expect(1)
        .mount(&server)
        .await;
    let device = example(&s, "get_devices_device_id", ExampleOf::Response);
    Mock::given(method("GET"))
        .and(path("/api/v3/devices/d-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&device))
        .expect(1)
        .mount(&server)
        .await;

    let client = Client::new(server.uri());
    assert_eq!(client.get_ping().await.unwrap(), pong["result"]);
    let body = serde_json::from_value(login_body).unwrap();
    let result = client
        .post_sms_login(&PostSmsLoginRequest::new(body))
        .await
        .unwrap();
    assert_eq!(
        serde_json::to_value(&result).unwrap(),
        login_answer["result"]
    );
    let got = client
        .get_devices_device_id(&GetDevicesDeviceIdRequest::new("d-1".into()))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), device["result"]);
}

#[tokio::test]
async fn ok_false_is_a_typed_error() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v3/time"))
        .respond_with(
            ResponseTemplate::new(500)
                .set_body_json(json!({"_time": "1 ms", "ok": false, "error": "server exploded"})),
        )
        .mount(&server)
        .await;
    let err = Client::new(server.uri()).get_time().await.unwrap_err();
    assert!(
        matches!(&err, Error::Api { status: 500, code: Some(code), .. } if code == "server exploded"),
        "{err:?}"
    );
}
