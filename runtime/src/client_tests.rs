//! The HTTP core against wiremock, one protocol shape per test, each built as data.

use super::*;
use crate::protocol::{Answer, Echo, Endpoint, Failure, RequestEnvelope, Rpc};
use serde_json::json;
use wiremock::matchers::{body_partial_json, body_string, header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const REST: Call<'static> = Call {
    operation: "op",
    route: "/r",
    auth: true,
};

fn rpc(params: ParamStyle) -> Protocol {
    Protocol {
        transport: Transport::Rpc(Rpc {
            endpoint: Endpoint::PathPerMethod,
            method: Method::POST,
            params,
            envelope: None,
        }),
        answer: Answer {
            failure: Some(Failure {
                at: "/ok".into(),
                equals: Some(json!(false)),
            }),
            code: Some("/error".into()),
            ..Answer::default()
        },
        credentials: vec![Credential::new("token", Place::Param("token".into()))],
    }
}

fn call(route: &'static str) -> Call<'static> {
    Call {
        operation: "op",
        route,
        auth: true,
    }
}

#[tokio::test]
async fn rest_success_status_and_decode_errors() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/ok"))
        .and(query_param("a", "1"))
        .and(header("authorization", "Bearer t0k"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{\"x\":1}"))
        .mount(&server)
        .await;
    Mock::given(path("/bad"))
        .respond_with(ResponseTemplate::new(200).set_body_string("not json"))
        .mount(&server)
        .await;
    Mock::given(path("/missing"))
        .respond_with(ResponseTemplate::new(404).set_body_string("{\"title\":\"gone\"}"))
        .mount(&server)
        .await;
    let mut client = ApiClient::new(format!("{}/", server.uri()), Protocol::default());
    client.set_bearer_token("t0k");
    assert!(!format!("{client:?}").contains("t0k"));
    let mut q = Query::new();
    q.push("a", &1_i64);
    let ok: Value = client
        .send_json::<_, Value, ()>(REST, Method::GET, "/ok", &q, None)
        .await
        .unwrap();
    assert_eq!(ok, json!({"x": 1}));
    let bad = client
        .send_json::<Value, Value, ()>(REST, Method::GET, "/bad", &Query::new(), None)
        .await
        .unwrap_err();
    assert!(
        matches!(&bad, Error::Decode { status: 200, raw, .. } if raw.as_ref() == b"not json"),
        "{bad:?}"
    );
    let missing = client
        .send_empty::<Value, ()>(REST, Method::DELETE, "/missing", &Query::new(), None)
        .await
        .unwrap_err();
    match missing {
        Error::Status { status, body, .. } => {
            assert_eq!(status, 404);
            assert_eq!(body, Some(json!({"title": "gone"})));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn a_result_member_is_unwrapped_and_a_false_flag_is_an_api_error() {
    let server = MockServer::start().await;
    Mock::given(path("/ping"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(r#"{"_time":"2.2 ms","ok":true,"result":"pong"}"#),
        )
        .mount(&server)
        .await;
    Mock::given(path("/fail"))
        .respond_with(
            ResponseTemplate::new(400)
                .set_body_string(r#"{"_time":"1 ms","ok":false,"error":"bad phone"}"#),
        )
        .mount(&server)
        .await;
    let protocol = Protocol {
        answer: Answer {
            result: Some("/result".into()),
            ..rpc(ParamStyle::Form).answer
        },
        ..Protocol::default()
    };
    let client = ApiClient::new(server.uri(), protocol);
    let pong: String = client
        .send_json::<_, Value, ()>(REST, Method::GET, "/ping", &Query::new(), None)
        .await
        .unwrap();
    assert_eq!(pong, "pong");
    let err = client
        .send_json::<String, Value, ()>(REST, Method::GET, "/fail", &Query::new(), None)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Api { status: 400, code: Some(code), body: Some(b), .. }
            if code == "bad phone" && b["_time"] == "1 ms"),
        "{err:?}"
    );
}

#[derive(Serialize)]
struct P {
    name: &'static str,
    ids: Vec<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skip: Option<bool>,
}

#[tokio::test]
async fn rpc_form_json_query_and_bearer_styles() {
    let server = MockServer::start().await;
    let ok = ResponseTemplate::new(200).set_body_string(r#"{"ok":true}"#);
    Mock::given(method("POST"))
        .and(path("/api/x.form"))
        .and(body_string("name=a+b&ids=1&ids=2&token=t"))
        .respond_with(ok.clone())
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/x.json"))
        .and(body_string(r#"{"name":"a b","ids":[1,2]}"#))
        .and(header("authorization", "Bearer t"))
        .respond_with(ok.clone())
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/x.query"))
        .and(query_param("token", "t"))
        .respond_with(ok)
        .mount(&server)
        .await;
    let p = P {
        name: "a b",
        ids: vec![1, 2],
        skip: None,
    };
    let mut c = ApiClient::new(server.uri(), rpc(ParamStyle::Form)).with_base_path("/api/");
    c.set_credential("token", Some("t".into()));
    assert!(!format!("{c:?}").contains("\"t\""));
    let _: Value = c
        .call_json::<_, Value, (), _>(call("x.form"), None, Some(&p))
        .await
        .unwrap();
    c.set_param_style(ParamStyle::Json);
    c.send_token_as_bearer(true);
    let _: Value = c
        .call_json::<_, Value, (), _>(call("x.json"), None, Some(&p))
        .await
        .unwrap();
    c.set_param_style(ParamStyle::Query);
    c.send_token_as_bearer(false);
    let _: Value = c
        .call_json::<_, Value, (), ()>(call("x.query"), None, None)
        .await
        .unwrap();
}

/// A sixth API shaped like Slack (`{"ok": false, "error": …}`) and one shaped like
/// `{"data": …, "error": {…}}` need only data.
#[tokio::test]
async fn slack_and_data_error_shapes_are_data_only() {
    let server = MockServer::start().await;
    Mock::given(path("/m"))
        .respond_with(
            ResponseTemplate::new(200).set_body_string(r#"{"ok":false,"error":"not_authed"}"#),
        )
        .mount(&server)
        .await;
    Mock::given(path("/d"))
        .respond_with(
            ResponseTemplate::new(200).set_body_string(
                r#"{"data":null,"error":{"code":"E42","message":"no such room"}}"#,
            ),
        )
        .mount(&server)
        .await;
    Mock::given(path("/good"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"data":[1,2],"error":null}"#))
        .mount(&server)
        .await;
    let err = ApiClient::new(server.uri(), rpc(ParamStyle::Form))
        .call_json::<Value, Value, (), ()>(call("m"), None, None)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Api { status: 200, code: Some(code), .. } if code == "not_authed"),
        "{err:?}"
    );
    #[derive(Debug, serde::Deserialize)]
    struct Problem {
        code: String,
        message: String,
    }
    let data_error = Protocol {
        answer: Answer {
            result: Some("/data".into()),
            failure: Some(Failure {
                at: "/error".into(),
                equals: None,
            }),
            error: Some("/error".into()),
            code: Some("/error/code".into()),
            message: Some("/error/message".into()),
            echo: Vec::new(),
        },
        ..Protocol::default()
    };
    let client = ApiClient::new(server.uri(), data_error);
    let err = client
        .send_json::<Value, Problem, ()>(REST, Method::GET, "/d", &Query::new(), None)
        .await
        .unwrap_err();
    match err {
        Error::Api {
            body: Some(p),
            code,
            message,
            ..
        } => {
            assert_eq!(
                (p.code.as_str(), p.message.as_str()),
                ("E42", "no such room")
            );
            assert_eq!(
                (code.as_deref(), message.as_deref()),
                (Some("E42"), Some("no such room"))
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    let good: Vec<i64> = client
        .send_json::<_, Problem, ()>(REST, Method::GET, "/good", &Query::new(), None)
        .await
        .unwrap();
    assert_eq!(good, [1, 2]);
}

/// Answers as a header/body envelope server does: same message key, target + ".info".
struct Echoing(Value);

impl Respond for Echoing {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let sent: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        let mut answer = self.0.clone();
        answer["header"]["msg_key"] = sent["header"]["msg_key"].clone();
        ResponseTemplate::new(200).set_body_json(answer)
    }
}

fn envelope_protocol() -> Protocol {
    Protocol {
        transport: Transport::Rpc(Rpc {
            endpoint: Endpoint::Single,
            method: Method::POST,
            params: ParamStyle::Json,
            envelope: Some(RequestEnvelope {
                target: "/header/target".into(),
                version: Some("/header/api_version".into()),
                message_key: Some("/header/msg_key".into()),
                header_params: Some("/header/identification".into()),
                body_params: Some("/body/data".into()),
                constants: Vec::new(),
            }),
        }),
        answer: Answer {
            result: Some("/body/data".into()),
            failure: Some(Failure {
                at: "/body/error".into(),
                equals: None,
            }),
            error: Some("/body/error".into()),
            code: Some("/body/error/id".into()),
            message: Some("/body/error/str".into()),
            echo: vec![
                Echo {
                    request: "/header/target".into(),
                    answer: "/header/target".into(),
                    suffix: ".info".into(),
                    ignore_case: true,
                },
                Echo {
                    request: "/header/msg_key".into(),
                    answer: "/header/msg_key".into(),
                    suffix: String::new(),
                    ignore_case: false,
                },
            ],
        },
        credentials: vec![
            Credential::new("app_token", Place::Envelope("/header/app_token".into())),
            Credential {
                from_answer: Some("/header/token".into()),
                ..Credential::new("session_token", Place::Envelope("/header/token".into()))
            },
            Credential {
                fields: vec!["login".into(), "password".into()],
                unless: Some("session_token".into()),
                ..Credential::new("login", Place::Envelope("/header/auth".into()))
            },
        ],
    }
}

#[tokio::test]
async fn envelope_login_keeps_the_token_and_errors_are_typed() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(body_partial_json(json!({"header": {
            "target": "auth.user.Login",
            "app_token": "app",
            "api_version": "1.2",
            "auth": {"login": "ann@example.test", "password": "pw"}
        }})))
        .respond_with(Echoing(json!({"header": {"target": "auth.user.Login.info", "token": "S1"}, "body": {"data": {"ok": 1}}})))
        .mount(&server)
        .await;
    Mock::given(body_partial_json(json!({"header": {"target": "x.y.Z", "token": "S1"}})))
        .respond_with(Echoing(json!({"header": {"target": "x.y.Z.info"}, "body": {"error": {"id": 401, "str": "Unauthorized", "detail_str": "invalid_account"}}})))
        .mount(&server)
        .await;
    Mock::given(body_partial_json(
        json!({"header": {"target": "x.y.Wrong"}}),
    ))
    .respond_with(Echoing(
        json!({"header": {"target": "other.info"}, "body": {"data": null}}),
    ))
    .mount(&server)
    .await;
    let c = ApiClient::new(server.uri(), envelope_protocol()).with_api_version("1.2");
    c.set_credential("app_token", Some("app".into()));
    c.set_credential_fields(
        "login",
        vec![
            ("login".into(), "ann@example.test".into()),
            ("password".into(), "pw".into()),
        ],
    );
    let data: Value = c
        .call_json::<_, Value, Value, _>(call("auth.user.Login"), None, Some(&json!({})))
        .await
        .unwrap();
    assert_eq!(data, json!({"ok": 1}));
    assert_eq!(c.credential("session_token").unwrap().expose(), "S1");
    let err = c
        .call_json::<Value, Value, Value, Value>(call("x.y.Z"), None, None)
        .await
        .unwrap_err();
    match err {
        Error::Api {
            status: 200,
            body: Some(body),
            code,
            message,
            ..
        } => {
            assert_eq!(
                (code.as_deref(), message.as_deref()),
                (Some("401"), Some("Unauthorized"))
            );
            assert_eq!(body["detail_str"], "invalid_account");
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    let err = c
        .call_json::<Value, Value, Value, Value>(call("x.y.Wrong"), None, None)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Protocol { message, .. } if message.contains("expected `x.y.Wrong.info`")),
        "{err:?}"
    );
    let shown = format!("{c:?}");
    assert!(
        !shown.contains("S1") && !shown.contains("\"app\"") && !shown.contains("\"pw\""),
        "{shown}"
    );
}

/// Calls to one address, wrapped in `envelope`, its parameters in `params` style.
fn one_address(params: ParamStyle, envelope: RequestEnvelope, answer: Answer) -> Protocol {
    Protocol {
        transport: Transport::Rpc(Rpc {
            endpoint: Endpoint::Single,
            method: Method::POST,
            params,
            envelope: Some(envelope),
        }),
        answer,
        credentials: Vec::new(),
    }
}

/// JSON-RPC 2.0 as data: one address, `{"jsonrpc": "2.0", "method", "params", "id"}`, the
/// result in `result`, a failure as `error` with `code` and `message`.
fn json_rpc_protocol() -> Protocol {
    one_address(
        ParamStyle::Json,
        RequestEnvelope {
            target: "/method".into(),
            message_key: Some("/id".into()),
            body_params: Some("/params".into()),
            constants: vec![("/jsonrpc".into(), json!("2.0"))],
            ..RequestEnvelope::default()
        },
        Answer {
            result: Some("/result".into()),
            failure: Some(Failure {
                at: "/error".into(),
                equals: None,
            }),
            error: Some("/error".into()),
            code: Some("/error/code".into()),
            message: Some("/error/message".into()),
            ..Answer::default()
        },
    )
}

#[tokio::test]
async fn json_rpc_calls_go_to_one_address_with_the_method_and_params_in_the_document() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/rpc"))
        .and(body_partial_json(json!({
            "jsonrpc": "2.0",
            "method": "info.getNodeID",
            "params": {"chain": "X"}
        })))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(r#"{"jsonrpc":"2.0","id":"0","result":{"nodeID":"N1"}}"#),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/rpc"))
        .and(body_partial_json(json!({"method": "info.peers"})))
        .respond_with(ResponseTemplate::new(200).set_body_string(
            r#"{"jsonrpc":"2.0","id":"1","error":{"code":-32601,"message":"method not found"}}"#,
        ))
        .mount(&server)
        .await;
    let c = ApiClient::new(server.uri(), json_rpc_protocol()).with_base_path("/rpc");
    let result: Value = c
        .call_json::<_, Value, Value, _>(call("info.getNodeID"), None, Some(&json!({"chain": "X"})))
        .await
        .unwrap();
    assert_eq!(result, json!({"nodeID": "N1"}));
    let sent = server.received_requests().await.unwrap_or_default();
    let first: Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert!(first["id"].is_string(), "{first}");
    let err = c
        .call_json::<Value, Value, Value, Value>(call("info.peers"), None, None)
        .await
        .unwrap_err();
    match err {
        Error::Api { code, message, .. } => assert_eq!(
            (code.as_deref(), message.as_deref()),
            (Some("-32601"), Some("method not found"))
        ),
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn a_call_member_beside_the_params_names_the_method() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/"))
        .and(body_string(r#"{"id":"4a98","operation":"get_job"}"#))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"status":"done"}"#))
        .mount(&server)
        .await;
    let protocol = one_address(
        ParamStyle::Json,
        RequestEnvelope {
            target: "/operation".into(),
            ..RequestEnvelope::default()
        },
        Answer::default(),
    );
    let c = ApiClient::new(server.uri(), protocol);
    // A parameter of the target's own name does not replace it.
    let answer: Value = c
        .call_json::<_, Value, Value, _>(
            call("get_job"),
            None,
            Some(&json!({"id": "4a98", "operation": "other"})),
        )
        .await
        .unwrap();
    assert_eq!(answer, json!({"status": "done"}));
}

#[tokio::test]
async fn an_envelope_sent_as_a_query_string() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api"))
        .and(query_param("cmd", "getArtist"))
        .and(query_param("id", "42"))
        .and(query_param("apikey", "K"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"name":"x"}"#))
        .expect(1)
        .mount(&server)
        .await;
    // (A query string is a `GET` whatever the protocol's method.)
    let protocol = Protocol {
        credentials: vec![Credential::new("apikey", Place::Envelope("/apikey".into()))],
        ..one_address(
            ParamStyle::Query,
            RequestEnvelope {
                target: "/cmd".into(),
                ..RequestEnvelope::default()
            },
            Answer::default(),
        )
    };
    let c = ApiClient::new(server.uri(), protocol).with_base_path("/api");
    c.set_credential("apikey", Some("K".into()));
    let answer: Value = c
        .call_json::<_, Value, Value, _>(call("getArtist"), None, Some(&json!({"id": "42"})))
        .await
        .unwrap();
    assert_eq!(answer, json!({"name": "x"}));
}

#[tokio::test]
async fn bad_base_url_is_an_error_not_a_panic() {
    let client = ApiClient::new("not a url", Protocol::default());
    let err = client
        .send_empty::<Value, ()>(REST, Method::GET, "/x", &Query::new(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err}");
}
