//! The WApi envelope over real HTTP on 127.0.0.1: login keeps the session token, a later call
//! carries it, an error envelope is a typed error, and a listed-only action takes open data.

use chat_clients::Error;
use chat_clients::runtime::OpenRequest;
use chat_clients::wimi::Client;
use chat_clients::wimi::requests::*;
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, method};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Answers as WApi does: the request's target plus `.info`, the same `msg_key`.
struct Wapi(Value);

impl Respond for Wapi {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let sent: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        let mut answer = self.0.clone();
        answer["header"]["target"] = json!(format!(
            "{}.info",
            sent["header"]["target"].as_str().unwrap_or("")
        ));
        answer["header"]["msg_key"] = sent["header"]["msg_key"].clone();
        ResponseTemplate::new(200).set_body_json(answer)
    }
}

/// The server's three answers, each expected once: login (a session token), a call that
/// must carry the token, and logout answered with an error envelope.
async fn mount_session(server: &MockServer) {
    Mock::given(method("POST"))
        .and(body_partial_json(json!({
            "header": {"target": "auth.user.Login", "api_version": "1.2", "app_token": "APP", "identification": {"user_id": 7},
                       "auth": {"login": "ann@example.test", "password": "pw"}},
            "body": {"data": {"list_projects": true}}
        })))
        .respond_with(Wapi(json!({
            "header": {"token": "SESSION-1"},
            "body": {"data": {"user": {"id": 7}, "account": {"id": 1}, "projects": null, "need_update": false, "need_double_authentification": null}}
        })))
        .expect(1)
        .mount(server)
        .await;
    Mock::given(body_partial_json(json!({
        "header": {"target": "activity.event.ClearUnreadCount", "token": "SESSION-1", "identification": {"account_id": 1, "user_id": 7}},
        "body": {"data": {}}
    })))
    .respond_with(Wapi(json!({"header": {}, "body": {"data": {"success": true}}})))
    .expect(1)
    .mount(server)
    .await;
    Mock::given(body_partial_json(json!({"header": {"target": "auth.user.Logout", "token": "SESSION-1"}})))
        .respond_with(Wapi(json!({"header": {}, "body": {"error": {
            "id": 401, "str": "Unauthorized", "debug_msg": "account not found: myaccount", "detail_id": 1022, "detail_str": "invalid_account"
        }}})))
        .expect(1)
        .mount(server)
        .await;
}

/// The logout's error envelope as `Error::Api`: code and message from the envelope, the
/// error object typed (`ErrorBody`: the doc's preamble, lines 140-148), the raw bytes kept.
fn assert_logout_error(err: Error<chat_clients::wimi::types::ErrorBody>) {
    match err {
        Error::Api {
            status: 200,
            body: Some(error),
            code,
            message,
            raw,
        } => {
            assert_eq!(
                (code.as_deref(), message.as_deref()),
                (Some("401"), Some("Unauthorized"))
            );
            // The error object, typed (`ErrorBody`: the doc's preamble, lines 140-148).
            assert_eq!(
                (
                    error.id,
                    error.str.as_str(),
                    error.detail_id,
                    error.detail_str.as_deref(),
                    error.debug_msg.as_deref()
                ),
                (
                    401,
                    "Unauthorized",
                    Some(1022),
                    Some("invalid_account"),
                    Some("account not found: myaccount")
                )
            );
            assert!(!raw.is_empty());
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn login_then_a_call_with_the_token_then_an_error_envelope() {
    let server = MockServer::start().await;
    mount_session(&server).await;

    let client = Client::new(server.uri())
        .with_app_token("APP")
        .with_login("ann@example.test", "pw");
    let login = AuthUserLoginRequest {
        identification: AuthUserLoginIdentification {
            user_id: 7,
            account_name: None,
        },
        data: AuthUserLoginData {
            list_projects: Some(true),
            ..Default::default()
        },
    };
    let out = client.auth_user_login(&login).await.unwrap();
    assert_eq!(out.user.value, json!({"id": 7}));
    assert_eq!(
        (out.projects, out.need_double_authentification),
        (None, None)
    );
    assert_eq!(client.session_token().as_deref(), Some("SESSION-1"));

    let clear = ActivityEventClearUnreadCountRequest {
        identification: ActivityEventClearUnreadCountIdentification {
            account_id: 1,
            user_id: 7,
        },
    };
    assert!(
        client
            .activity_event_clear_unread_count(&clear)
            .await
            .unwrap()
            .success
    );

    let err = client
        .auth_user_logout(&logout_request())
        .await
        .unwrap_err();
    assert_logout_error(err);
    assert!(
        !format!("{client:?}").contains("SESSION-1") && !format!("{client:?}").contains("APP\"")
    );
}

fn logout_request() -> AuthUserLogoutRequest {
    AuthUserLogoutRequest {
        identification: AuthUserLogoutIdentification {
            account_id: 1,
            user_id: 7,
        },
        data: AuthUserLogoutData::default(),
    }
}

#[tokio::test]
async fn a_listed_only_action_takes_and_returns_open_json() {
    let server = MockServer::start().await;
    Mock::given(body_partial_json(json!({
        "header": {"target": "document.service.Download", "identification": {"account_id": 1}},
        "body": {"data": {"anything": [1, 2]}}
    })))
    .respond_with(Wapi(
        json!({"header": {}, "body": {"data": {"url": "https://example.test/file"}}}),
    ))
    .expect(1)
    .mount(&server)
    .await;
    let client = Client::new(server.uri());
    let mut request = OpenRequest::default();
    request.header.insert("account_id".into(), json!(1));
    request.body.insert("anything".into(), json!([1, 2]));
    let out: Value = client.document_service_download(&request).await.unwrap();
    assert_eq!(out, json!({"url": "https://example.test/file"}));
}

/// Answers `activity.event.GetList` from `events`, honouring the request's `offset` and
/// `limit` (in `body.data`), and records each offset asked for.
struct EventPages {
    events: Vec<Value>,
    offsets: std::sync::Mutex<Vec<i64>>,
}

impl Respond for EventPages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let sent: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        let data = &sent["body"]["data"];
        let offset = data["offset"].as_i64().unwrap_or(0);
        let limit = data["limit"].as_i64().unwrap_or(100);
        self.offsets.lock().unwrap().push(offset);
        let page: Vec<Value> = self
            .events
            .iter()
            .skip(offset as usize)
            .take(limit as usize)
            .cloned()
            .collect();
        Wapi(json!({"header": {}, "body": {"data": {
            "activity_events": page, "total_events_count": self.events.len()
        }}}))
        .respond(request)
    }
}

#[tokio::test]
async fn a_paged_action_streams_every_event_with_offset_in_the_body_part() {
    let server = MockServer::start().await;
    let events: Vec<Value> = (1..=5).map(|id| json!({"id": id})).collect();
    let pages = std::sync::Arc::new(EventPages {
        events: events.clone(),
        offsets: Default::default(),
    });
    struct Shared(std::sync::Arc<EventPages>);
    impl Respond for Shared {
        fn respond(&self, request: &Request) -> ResponseTemplate {
            self.0.respond(request)
        }
    }
    Mock::given(body_partial_json(
        json!({"header": {"target": "activity.event.GetList", "identification": {"account_id": 1}}}),
    ))
    .respond_with(Shared(pages.clone()))
    .mount(&server)
    .await;
    let client = Client::new(server.uri()).with_app_token("APP");
    let request = ActivityEventGetListRequest {
        identification: ActivityEventGetListIdentification {
            account_id: 1,
            user_id: 7,
            project_id_list: vec![3],
        },
        data: ActivityEventGetListData {
            limit: Some(2),
            ..Default::default()
        },
    };
    use futures_util::StreamExt;
    let got: Vec<_> = client
        .activity_event_get_list_stream(&request)
        .collect()
        .await;
    let got: Vec<Value> = got.into_iter().map(|e| e.unwrap().value).collect();
    assert_eq!(got, events);
    // Pages of 2 from offset 0; the short third page is the last.
    assert_eq!(*pages.offsets.lock().unwrap(), [0, 2, 4]);
}
