//! Transport for IceWarp TeamChat's Slack-style methods.
//!
//! The TeamChat page says the API lives at `/api/api-teamchat` and names its methods
//! (`channels.create`), with a `token` parameter on almost every one, but it does not say how
//! the token and the parameters travel. The defaults follow the Slack Web API, which this
//! family copies: `POST <base_url><base_path>/<method>` with the parameters, the token among
//! them, as an `application/x-www-form-urlencoded` body. [`ParamStyle`] and
//! [`TeamchatClient::send_token_as_bearer`] change that. An answer `{"ok": false, "error": …}`
//! becomes [`Error::Api`], whatever its HTTP status.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::{Error, Secret};

/// How a call's parameters travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParamStyle {
    /// `POST` with an `application/x-www-form-urlencoded` body (the default).
    #[default]
    Form,
    /// `POST` with a JSON object body.
    Json,
    /// `GET` with the parameters in the query string.
    Query,
}

/// A successful answer handed back as received (for methods whose answer the doc does not
/// describe, such as file downloads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The body.
    pub body: bytes::Bytes,
}

impl RawResponse {
    /// Decodes the body as JSON.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

/// A TeamChat connection: server, path, token and parameter style.
#[derive(Debug, Clone)]
pub struct TeamchatClient {
    http: reqwest::Client,
    base_url: String,
    base_path: String,
    token: Option<(String, Secret)>,
    style: ParamStyle,
    bearer: bool,
}

impl TeamchatClient {
    /// A client for the server at `base_url` (scheme and host).
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http_client(base_url, reqwest::Client::new())
    }

    /// A client that sends through `http`.
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let base_url = crate::trim_slashes(base_url.into());
        Self {
            http,
            base_url,
            base_path: String::new(),
            token: None,
            style: ParamStyle::Form,
            bearer: false,
        }
    }

    /// Sets the path under the server where methods live (`/api/api-teamchat`).
    pub fn with_base_path(mut self, path: impl Into<String>) -> Self {
        self.set_base_path(path);
        self
    }

    /// Sets the path under the server where methods live.
    pub fn set_base_path(&mut self, path: impl Into<String>) {
        self.base_path = crate::trim_slashes(path.into());
    }

    /// Sends `token` as parameter `param` on every call that takes one.
    pub fn set_token(&mut self, param: impl Into<String>, token: impl Into<String>) {
        self.token = Some((param.into(), Secret::new(token)));
    }

    /// Chooses how parameters travel.
    pub fn set_param_style(&mut self, style: ParamStyle) {
        self.style = style;
    }

    /// Sends the token as `Authorization: Bearer …` instead of as a parameter.
    pub fn send_token_as_bearer(&mut self, bearer: bool) {
        self.bearer = bearer;
    }

    /// Calls `method` and decodes a successful answer as `T`.
    pub async fn call<T, P>(&self, method: &str, params: Option<&P>, auth: bool) -> Result<T, Error>
    where
        T: DeserializeOwned,
        P: Serialize + ?Sized,
    {
        let raw = self.call_raw(method, params, auth).await?;
        serde_json::from_slice(&raw.body).map_err(|source| Error::Decode {
            status: raw.status,
            raw: raw.body,
            source,
        })
    }

    /// Calls `method` and hands back a successful answer as received.
    pub async fn call_raw<P>(
        &self,
        method: &str,
        params: Option<&P>,
        auth: bool,
    ) -> Result<RawResponse, Error>
    where
        P: Serialize + ?Sized,
    {
        let mut fields = match params.map(serde_json::to_value).transpose() {
            Ok(None | Some(Value::Null)) => Map::new(),
            Ok(Some(Value::Object(map))) => map,
            Ok(Some(other)) => {
                return Err(Error::InvalidRequest(format!(
                    "parameters must be an object, not {other}"
                )));
            }
            Err(e) => {
                return Err(Error::InvalidRequest(format!(
                    "parameters do not serialise: {e}"
                )));
            }
        };
        let url = format!("{}{}/{method}", self.base_url, self.base_path);
        let url = reqwest::Url::parse(&url)
            .map_err(|e| Error::InvalidRequest(format!("bad URL `{url}`: {e}")))?;
        let mut bearer = None;
        if let (true, Some((param, token))) = (auth, &self.token) {
            if self.bearer {
                bearer = Some(token.expose());
            } else {
                fields.insert(param.clone(), Value::String(token.expose().to_string()));
            }
        }
        let mut request = match self.style {
            ParamStyle::Form => {
                let body = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs(&fields))
                    .finish();
                self.http
                    .post(url)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(body)
            }
            ParamStyle::Json => {
                let body = serde_json::to_vec(&fields).map_err(|e| {
                    Error::InvalidRequest(format!("parameters do not serialise: {e}"))
                })?;
                self.http
                    .post(url)
                    .header("content-type", "application/json")
                    .body(body)
            }
            ParamStyle::Query => self.http.get(url).query(&pairs(&fields)),
        };
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        let response = request
            .header("accept", "application/json")
            .send()
            .await
            .map_err(Error::Transport)?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response.bytes().await.map_err(Error::Transport)?;
        if let Ok(Value::Object(answer)) = serde_json::from_slice::<Value>(&body)
            && answer.get("ok") == Some(&Value::Bool(false))
        {
            let code = match answer.get("error") {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            return Err(Error::Api {
                status,
                code,
                raw: body,
            });
        }
        if (200..300).contains(&status) {
            Ok(RawResponse {
                status,
                content_type,
                body,
            })
        } else {
            Err(Error::Status {
                status,
                body: serde_json::from_slice(&body).ok(),
                raw: body,
            })
        }
    }
}

/// Name/value pairs of a parameter object: text as is, lists as repeated names, objects as
/// JSON text.
fn pairs(fields: &Map<String, Value>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, value) in fields {
        let items: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for item in items {
            let text = match item {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            out.push((name.clone(), text));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiremock::matchers::{body_string, header, method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    #[derive(Serialize)]
    struct P {
        name: &'static str,
        ids: Vec<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skip: Option<bool>,
    }

    #[tokio::test]
    async fn form_json_query_and_bearer_styles() {
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
        let mut c = TeamchatClient::new(server.uri()).with_base_path("/api/");
        c.set_token("token", "t");
        assert!(!format!("{c:?}").contains("\"t\""));
        let _: Value = c.call("x.form", Some(&p), true).await.unwrap();
        c.set_param_style(ParamStyle::Json);
        c.send_token_as_bearer(true);
        let _: Value = c.call("x.json", Some(&p), true).await.unwrap();
        c.set_param_style(ParamStyle::Query);
        c.send_token_as_bearer(false);
        let _: Value = c.call("x.query", None::<&()>, true).await.unwrap();
    }

    #[tokio::test]
    async fn ok_false_is_an_api_error_even_with_200() {
        let server = MockServer::start().await;
        Mock::given(path("/m"))
            .respond_with(
                ResponseTemplate::new(200).set_body_string(r#"{"ok":false,"error":"not_authed"}"#),
            )
            .mount(&server)
            .await;
        let err = TeamchatClient::new(server.uri())
            .call::<Value, ()>("m", None, false)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::Api { status: 200, code, .. } if code == "not_authed"),
            "{err:?}"
        );
    }
}
