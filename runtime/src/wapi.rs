//! Transport for Wimi's WApi envelope protocol.
//!
//! Every call is a `POST` of `{"header": {"target", "api_version", "app_token", "msg_key",
//! "token", "identification"}, "body": {"data": …}}` to one URL. The answer's target is the
//! request's plus `.info` and carries the same `msg_key` (both checked). An error arrives as
//! `body.error` with HTTP 200 and becomes [`Error::Wapi`]. The session token an answer's
//! header carries (as `auth.user.Login`'s does) is kept and sent on later calls.

use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::{Error, Secret};

/// `body.error` of a WApi answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WapiError {
    /// Id of the error (based on the closest HTTP status code).
    pub id: i64,
    /// Text of the id.
    #[serde(rename = "str")]
    pub text: String,
    /// Additional debug data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debug_msg: Option<String>,
    /// Error sub type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_id: Option<i64>,
    /// Text of the sub type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_str: Option<String>,
}

/// Identification and data of a call the doc does not detail: open JSON objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenRequest {
    /// `header.identification`.
    pub identification: Map<String, Value>,
    /// `body.data`.
    pub data: Map<String, Value>,
}

/// A WApi connection: URL, app token, API version and the session token once known.
#[derive(Debug)]
pub struct WapiClient {
    http: reqwest::Client,
    url: String,
    api_version: String,
    app_token: Option<Secret>,
    login: Option<(String, Secret)>,
    token: RwLock<Option<Secret>>,
    next_key: AtomicU64,
}

impl Clone for WapiClient {
    fn clone(&self) -> Self {
        Self {
            http: self.http.clone(),
            url: self.url.clone(),
            api_version: self.api_version.clone(),
            app_token: self.app_token.clone(),
            login: self.login.clone(),
            token: RwLock::new(self.session_token()),
            next_key: AtomicU64::new(self.next_key.load(Ordering::Relaxed)),
        }
    }
}

impl WapiClient {
    /// A client posting to `url`.
    pub fn new(url: impl Into<String>) -> Self {
        Self::with_http_client(url, reqwest::Client::new())
    }

    /// A client that sends through `http`.
    pub fn with_http_client(url: impl Into<String>, http: reqwest::Client) -> Self {
        Self {
            http,
            url: url.into(),
            api_version: String::new(),
            app_token: None,
            login: None,
            token: RwLock::new(None),
            next_key: AtomicU64::new(1),
        }
    }

    /// Sets `header.api_version`.
    pub fn with_api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = version.into();
        self
    }

    /// Sets `header.app_token`.
    pub fn set_app_token(&mut self, token: impl Into<String>) {
        self.app_token = Some(Secret::new(token));
    }

    /// Sends `header.auth` (`{"login", "password"}`) on calls made without a session token,
    /// as `auth.user.Login` needs.
    pub fn set_login(&mut self, login: impl Into<String>, password: impl Into<String>) {
        self.login = Some((login.into(), Secret::new(password)));
    }

    /// Sets the session token sent as `header.token` (normally kept from the login answer).
    pub fn set_session_token(&self, token: Option<String>) {
        match self.token.write() {
            Ok(mut slot) => *slot = token.map(Secret::new),
            Err(poisoned) => *poisoned.into_inner() = token.map(Secret::new),
        }
    }

    /// The session token in use, if any.
    pub fn session_token(&self) -> Option<Secret> {
        match self.token.read() {
            Ok(slot) => slot.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// The request envelope for `target` (what [`WapiClient::call`] sends).
    pub fn envelope(
        &self,
        target: &str,
        identification: Option<Value>,
        data: Value,
        msg_key: &str,
    ) -> Value {
        let mut header = Map::new();
        header.insert("target".into(), json!(target));
        header.insert("api_version".into(), json!(self.api_version));
        if let Some(app) = &self.app_token {
            header.insert("app_token".into(), json!(app.expose()));
        }
        header.insert("msg_key".into(), json!(msg_key));
        match (self.session_token(), &self.login) {
            (Some(token), _) => {
                header.insert("token".into(), json!(token.expose()));
            }
            (None, Some((login, password))) => {
                header.insert(
                    "auth".into(),
                    json!({"login": login, "password": password.expose()}),
                );
            }
            (None, None) => {}
        }
        if let Some(id) = identification.filter(|v| v.as_object().is_none_or(|m| !m.is_empty())) {
            header.insert("identification".into(), id);
        }
        json!({"header": header, "body": {"data": data}})
    }

    /// Calls `target`; decodes `body.data` of the answer as `T`.
    pub async fn call<T, I, D>(
        &self,
        target: &str,
        identification: Option<&I>,
        data: Option<&D>,
    ) -> Result<T, Error>
    where
        T: DeserializeOwned,
        I: Serialize + ?Sized,
        D: Serialize + ?Sized,
    {
        // No data is sent as `{}`, as every detailed example of the doc does.
        let to_value = |v: Option<Value>| v.unwrap_or_else(|| Value::Object(Map::new()));
        let identification = identification
            .map(serde_json::to_value)
            .transpose()
            .map_err(|e| {
                Error::InvalidRequest(format!("identification does not serialise: {e}"))
            })?;
        let data = data
            .map(serde_json::to_value)
            .transpose()
            .map_err(|e| Error::InvalidRequest(format!("data does not serialise: {e}")))?;
        let msg_key = self.next_key.fetch_add(1, Ordering::Relaxed).to_string();
        let envelope = self.envelope(target, identification, to_value(data), &msg_key);
        let body =
            serde_json::to_vec(&envelope).map_err(|e| Error::InvalidRequest(e.to_string()))?;
        let response = self
            .http
            .post(&self.url)
            .header("content-type", "application/json")
            .header("accept", "application/json")
            .body(body)
            .send()
            .await
            .map_err(Error::Transport)?;
        let status = response.status().as_u16();
        let raw = response.bytes().await.map_err(Error::Transport)?;
        let answer: Value = match serde_json::from_slice(&raw) {
            Ok(v) => v,
            Err(source) if (200..300).contains(&status) => {
                return Err(Error::Decode {
                    status,
                    raw,
                    source,
                });
            }
            Err(_) => {
                return Err(Error::Status {
                    status,
                    body: None,
                    raw,
                });
            }
        };
        if let Some(error) = answer.pointer("/body/error").filter(|e| !e.is_null()) {
            return match serde_json::from_value::<WapiError>(error.clone()) {
                Ok(error) => Err(Error::Wapi { status, error, raw }),
                Err(source) => Err(Error::Decode {
                    status,
                    raw,
                    source,
                }),
            };
        }
        if !(200..300).contains(&status) {
            return Err(Error::Status {
                status,
                body: Some(answer),
                raw,
            });
        }
        let expected = format!("{target}.info");
        let got_target = answer.pointer("/header/target").and_then(Value::as_str);
        if !got_target.is_some_and(|t| t.eq_ignore_ascii_case(&expected)) {
            let found = got_target.unwrap_or("nothing");
            return Err(Error::Protocol {
                message: format!("expected target `{expected}`, found `{found}`"),
                raw,
            });
        }
        let got_key = answer.pointer("/header/msg_key").and_then(Value::as_str);
        if got_key != Some(msg_key.as_str()) {
            let found = got_key.unwrap_or("nothing");
            return Err(Error::Protocol {
                message: format!("expected msg_key `{msg_key}`, found `{found}`"),
                raw,
            });
        }
        if let Some(token) = answer.pointer("/header/token").and_then(Value::as_str) {
            self.set_session_token(Some(token.to_string()));
        }
        let data = answer.pointer("/body/data").cloned().unwrap_or(Value::Null);
        serde_json::from_value(data).map_err(|source| Error::Decode {
            status,
            raw,
            source,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiremock::matchers::{body_partial_json, method};
    use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

    /// Answers as WApi does: same msg_key, target + ".info".
    struct Echo(Value);

    impl Respond for Echo {
        fn respond(&self, request: &Request) -> ResponseTemplate {
            let sent: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
            let mut answer = self.0.clone();
            answer["header"]["msg_key"] = sent["header"]["msg_key"].clone();
            ResponseTemplate::new(200).set_body_json(answer)
        }
    }

    #[tokio::test]
    async fn login_keeps_the_token_and_errors_are_typed() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(body_partial_json(json!({"header": {
                "target": "auth.user.Login",
                "app_token": "app",
                "auth": {"login": "ann@example.test", "password": "pw"}
            }})))
            .respond_with(Echo(json!({"header": {"target": "auth.user.Login.info", "token": "S1"}, "body": {"data": {"ok": 1}}})))
            .mount(&server)
            .await;
        Mock::given(body_partial_json(json!({"header": {"target": "x.y.Z", "token": "S1"}})))
            .respond_with(Echo(json!({"header": {"target": "x.y.Z.info"}, "body": {"error": {"id": 401, "str": "Unauthorized", "detail_str": "invalid_account"}}})))
            .mount(&server)
            .await;
        Mock::given(body_partial_json(
            json!({"header": {"target": "x.y.Wrong"}}),
        ))
        .respond_with(Echo(
            json!({"header": {"target": "other.info"}, "body": {"data": null}}),
        ))
        .mount(&server)
        .await;
        let mut c = WapiClient::new(server.uri()).with_api_version("1.2");
        c.set_app_token("app");
        c.set_login("ann@example.test", "pw");
        let data: Value = c
            .call("auth.user.Login", None::<&Value>, Some(&json!({})))
            .await
            .unwrap();
        assert_eq!(data, json!({"ok": 1}));
        assert_eq!(c.session_token().unwrap().expose(), "S1");
        let err = c
            .call::<Value, Value, Value>("x.y.Z", None, None)
            .await
            .unwrap_err();
        match err {
            Error::Wapi {
                status: 200, error, ..
            } => {
                assert_eq!(
                    (error.id, error.text.as_str(), error.detail_str.as_deref()),
                    (401, "Unauthorized", Some("invalid_account"))
                );
            }
            other => panic!("expected Error::Wapi, got {other:?}"),
        }
        let err = c
            .call::<Value, Value, Value>("x.y.Wrong", None, None)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::Protocol { message, .. } if message.contains("expected target `x.y.Wrong.info`")),
            "{err:?}"
        );
        let shown = format!("{c:?}");
        assert!(
            !shown.contains("S1") && !shown.contains("\"app\"") && !shown.contains("\"pw\""),
            "{shown}"
        );
    }
}
