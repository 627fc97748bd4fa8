//! `Debug` of clients, requests and types never prints a password, token or key.

use chat_clients::messenger::types::{GetCredentialsResponse, LoginResponse};
use chat_clients::teamchat::requests::ActivateGuestRequest;

#[test]
fn requests_and_types_hide_credentials() {
    let request = ActivateGuestRequest {
        account: Some("guest".into()),
        password: Some("hunter2".into()),
        ..Default::default()
    };
    let shown = format!("{request:?}");
    assert!(
        shown.contains("guest") && !shown.contains("hunter2"),
        "{shown}"
    );

    let credentials = GetCredentialsResponse {
        password: "hunter2".into(),
        username: "ann".into(),
    };
    let shown = format!("{credentials:?}");
    assert!(
        shown.contains("ann") && !shown.contains("hunter2"),
        "{shown}"
    );

    let login: LoginResponse = serde_json::from_value(serde_json::json!({
        "accessToken": "AT-1", "deviceID": "d", "expiresInMS": 0, "refreshToken": "RT-1", "userID": "u", "wellKnown": {}
    }))
    .unwrap();
    let shown = format!("{login:?}");
    assert!(
        !shown.contains("AT-1") && !shown.contains("RT-1") && shown.contains("expires_in_ms"),
        "{shown}"
    );
}

#[test]
fn clients_hide_credentials() {
    let weavy = chat_clients::weavy::Client::new("http://127.0.0.1:1").with_bearer_token("b3arer");
    let teamchat = chat_clients::teamchat::Client::new("http://127.0.0.1:1").with_token("t0ken");
    let messenger =
        chat_clients::messenger::Client::new("http://127.0.0.1:1").with_api_key("API-TOKEN", "k3y");
    let shown = format!("{weavy:?} {teamchat:?} {messenger:?}");
    for secret in ["b3arer", "t0ken", "k3y"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
}
