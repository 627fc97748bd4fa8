//! Transport for plain REST APIs over reqwest.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{Error, Query, RawResponse, Secret};

/// How requests are authenticated.
#[derive(Debug, Clone)]
enum Auth {
    None,
    Bearer(Secret),
    Header(String, Secret),
}

/// An HTTP client bound to a base URL and credentials. Generated clients wrap one.
#[derive(Debug, Clone)]
pub struct RestClient {
    http: reqwest::Client,
    base_url: String,
    auth: Auth,
    tada_envelope: bool,
}

/// The tada.team envelope: `{"_time": "2.2 ms", "ok": true, "result": …}`.
#[derive(serde::Deserialize)]
struct TadaEnvelope<T> {
    result: T,
}

impl RestClient {
    /// A client for `base_url` (scheme, host and any path prefix; a trailing `/` is ignored).
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http_client(base_url, reqwest::Client::new())
    }

    /// A client that sends through `http` (for timeouts, proxies, TLS settings).
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let base_url = crate::trim_slashes(base_url.into());
        Self {
            http,
            base_url,
            auth: Auth::None,
            tada_envelope: false,
        }
    }

    /// Answers come in tada.team's `{"_time", "ok", "result"}` envelope: success values are
    /// taken from `result`, and `"ok": false` is [`Error::Api`] whatever the status. The
    /// `_time` figure is dropped.
    pub fn with_tada_envelope(mut self) -> Self {
        self.tada_envelope = true;
        self
    }

    /// Sends `Authorization: Bearer <token>` on every request.
    pub fn set_bearer_token(&mut self, token: impl Into<String>) {
        self.auth = Auth::Bearer(Secret::new(token));
    }

    /// Sends `<header>: <key>` on every request.
    pub fn set_api_key(&mut self, header: impl Into<String>, key: impl Into<String>) {
        self.auth = Auth::Header(header.into(), Secret::new(key));
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends a request and decodes a JSON success body as `T`.
    pub async fn send_json<T, E, B>(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
    ) -> Result<T, Error<E>>
    where
        T: DeserializeOwned,
        E: DeserializeOwned,
        B: Serialize + ?Sized,
    {
        let raw = self.send_raw(method, path, query, body).await?;
        let decoded = if self.tada_envelope {
            serde_json::from_slice::<TadaEnvelope<T>>(&raw.body).map(|e| e.result)
        } else {
            serde_json::from_slice(&raw.body)
        };
        decoded.map_err(|source| Error::Decode {
            status: raw.status,
            raw: raw.body,
            source,
        })
    }

    /// Sends a request whose success answer carries no body; any body is ignored.
    pub async fn send_empty<E, B>(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
    ) -> Result<(), Error<E>>
    where
        E: DeserializeOwned,
        B: Serialize + ?Sized,
    {
        self.send_raw(method, path, query, body).await.map(|_| ())
    }
    /// Sends a request; returns a 2xx answer as received, or the typed error. Generated
    /// methods use it where the doc does not describe the answer.
    pub async fn send_raw<E, B>(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
    ) -> Result<RawResponse, Error<E>>
    where
        E: DeserializeOwned,
        B: Serialize + ?Sized,
    {
        let url = reqwest::Url::parse(&format!("{}{}", self.base_url, path)).map_err(|e| {
            Error::InvalidRequest(format!("bad URL `{}{path}`: {e}", self.base_url))
        })?;
        let mut request = self
            .http
            .request(method, url)
            .header("accept", "application/json");
        if !query.pairs().is_empty() {
            request = request.query(query.pairs());
        }
        request = match &self.auth {
            Auth::None => request,
            Auth::Bearer(token) => request.bearer_auth(token.expose()),
            Auth::Header(name, key) => request.header(name.as_str(), key.expose()),
        };
        for (name, value) in query.headers() {
            request = request.header(name.as_str(), value.as_str());
        }
        if let Some(body) = body {
            let (media, bytes) =
                crate::encode::body_bytes(body, query.media()).map_err(Error::InvalidRequest)?;
            request = request.header("content-type", media).body(bytes);
        }
        let response = request.send().await.map_err(Error::Transport)?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let raw = response.bytes().await.map_err(Error::Transport)?;
        if self.tada_envelope
            && let Ok(serde_json::Value::Object(answer)) = serde_json::from_slice(&raw)
            && answer.get("ok") == Some(&serde_json::Value::Bool(false))
        {
            let code = ["error", "reason", "result"]
                .iter()
                .find_map(|k| answer.get(*k))
                .map_or_else(String::new, |v| match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
            return Err(Error::Api { status, code, raw });
        }
        if (200..300).contains(&status) {
            Ok(RawResponse {
                status,
                content_type,
                body: raw,
            })
        } else {
            let body = serde_json::from_slice(&raw).ok();
            Err(Error::Status { status, body, raw })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiremock::matchers::{header, method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    #[tokio::test]
    async fn success_status_and_decode_errors() {
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
        let mut client = RestClient::new(format!("{}/", server.uri()));
        client.set_bearer_token("t0k");
        assert!(!format!("{client:?}").contains("t0k"));
        let mut q = Query::new();
        q.push("a", &1_i64);
        let ok: serde_json::Value = client
            .send_json::<_, serde_json::Value, ()>(reqwest::Method::GET, "/ok", &q, None)
            .await
            .unwrap();
        assert_eq!(ok, serde_json::json!({"x": 1}));

        let bad = client
            .send_json::<serde_json::Value, serde_json::Value, ()>(
                reqwest::Method::GET,
                "/bad",
                &Query::new(),
                None,
            )
            .await
            .unwrap_err();
        assert!(
            matches!(&bad, Error::Decode { status: 200, raw, .. } if raw.as_ref() == b"not json"),
            "{bad:?}"
        );

        let missing = client
            .send_empty::<serde_json::Value, ()>(
                reqwest::Method::DELETE,
                "/missing",
                &Query::new(),
                None,
            )
            .await
            .unwrap_err();
        match missing {
            Error::Status { status, body, .. } => {
                assert_eq!(status, 404);
                assert_eq!(body, Some(serde_json::json!({"title": "gone"})));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[tokio::test]
    async fn tada_envelope_is_unwrapped_and_ok_false_is_an_api_error() {
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
        let client = RestClient::new(server.uri()).with_tada_envelope();
        let pong: String = client
            .send_json::<_, serde_json::Value, ()>(
                reqwest::Method::GET,
                "/ping",
                &Query::new(),
                None,
            )
            .await
            .unwrap();
        assert_eq!(pong, "pong");
        let err = client
            .send_json::<String, serde_json::Value, ()>(
                reqwest::Method::GET,
                "/fail",
                &Query::new(),
                None,
            )
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::Api { status: 400, code, .. } if code == "bad phone"),
            "{err:?}"
        );
    }

    #[tokio::test]
    async fn bad_base_url_is_an_error_not_a_panic() {
        let client = RestClient::new("not a url");
        let err = client
            .send_empty::<serde_json::Value, ()>(reqwest::Method::GET, "/x", &Query::new(), None)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err}");
    }
}
