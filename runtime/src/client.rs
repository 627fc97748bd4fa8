//! The one HTTP core every generated client wraps: it builds a request from the
//! [`Protocol`] (REST route or RPC call, parameters, envelope, credentials), sends it with
//! timeouts, retries, hooks and a `tracing` span, and decodes the answer as the protocol says.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};

use bytes::{Bytes, BytesMut};
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use tracing::Instrument;

use crate::codec;
use crate::policy::{Answered, CallInfo, CallOptions, Hook, RetryPolicy};
use crate::protocol::{Credential, ParamStyle, Place, Protocol, Transport};
use crate::{Error, Query, Secret};

/// What a generated method says about the call it makes.
#[derive(Debug, Clone, Copy)]
pub struct Call<'a> {
    /// The operation id (`list_messages`): in the tracing span and hooks.
    pub operation: &'a str,
    /// The route template (`/api/messages/{id}`) or the RPC method name.
    pub route: &'a str,
    /// Whether the call takes the API's credentials (`false`: the doc lists none for it).
    pub auth: bool,
}

/// A successful answer handed back as received (for operations whose answer the doc does
/// not describe, such as file downloads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The body.
    pub body: Bytes,
}

impl RawResponse {
    /// Decodes the body as JSON.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

/// Header and body parameters of an RPC call the doc does not detail: open JSON objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpenRequest {
    /// Parameters sent where the envelope puts header parameters.
    pub header: Map<String, Value>,
    /// Parameters sent where the envelope puts body parameters.
    pub body: Map<String, Value>,
}

/// A credential's value.
#[derive(Debug, Clone)]
enum Cred {
    Text(Secret),
    Fields(Vec<(String, Secret)>),
}

/// State shared by a client and its copies: credentials (a session token an answer sets is
/// seen by every copy) and the message key counter.
#[derive(Debug)]
struct Shared {
    credentials: RwLock<BTreeMap<String, Cred>>,
    next_key: AtomicU64,
}

/// A connection to one API: server, protocol, credentials, timeouts, retries and hooks.
/// Cloning is cheap; clones share credentials.
#[derive(Debug, Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base_url: String,
    base_path: String,
    protocol: Arc<Protocol>,
    api_version: String,
    options: CallOptions,
    shared: Arc<Shared>,
}

/// A request ready to send (again, on a retry).
struct Prepared {
    method: Method,
    url: reqwest::Url,
    headers: HeaderMap,
    body: Option<Bytes>,
    /// The envelope sent, for echo checks.
    envelope: Option<Value>,
}

/// What came back from the last attempt.
struct Received {
    status: u16,
    headers: HeaderMap,
    body: Bytes,
}

/// `reqwest::Client` with the default connect timeout.
fn default_http(connect_timeout: std::time::Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .build()
        .unwrap_or_default()
}

impl ApiClient {
    /// A client for `base_url` (scheme, host and any path prefix; a trailing `/` is ignored)
    /// speaking `protocol`, with the default connect timeout
    /// ([`crate::DEFAULT_CONNECT_TIMEOUT`]).
    pub fn new(base_url: impl Into<String>, protocol: Protocol) -> Self {
        Self::with_http_client(
            base_url,
            protocol,
            default_http(crate::DEFAULT_CONNECT_TIMEOUT),
        )
    }

    /// A client that sends through `http` (its own connect timeout, proxies, TLS settings).
    pub fn with_http_client(
        base_url: impl Into<String>,
        protocol: Protocol,
        http: reqwest::Client,
    ) -> Self {
        Self {
            http,
            base_url: crate::trim_slashes(base_url.into()),
            base_path: String::new(),
            protocol: Arc::new(protocol),
            api_version: String::new(),
            options: CallOptions::default(),
            shared: Arc::new(Shared {
                credentials: RwLock::new(BTreeMap::new()),
                next_key: AtomicU64::new(1),
            }),
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The protocol in use.
    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// Sets the path under the server where the API lives (`/api/v1`).
    pub fn with_base_path(mut self, path: impl Into<String>) -> Self {
        self.set_base_path(path);
        self
    }

    /// Sets the path under the server where the API lives.
    pub fn set_base_path(&mut self, path: impl Into<String>) {
        self.base_path = crate::trim_slashes(path.into());
    }

    /// Sets the API version an envelope carries.
    pub fn with_api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = version.into();
        self
    }

    /// Changes how RPC parameters travel (no effect on REST routes).
    pub fn set_param_style(&mut self, style: ParamStyle) {
        if let Transport::Rpc(rpc) = &mut Arc::make_mut(&mut self.protocol).transport {
            rpc.params = style;
        }
    }

    /// Moves credential `name` to `place` (adding it if the protocol has none of that name).
    pub fn set_credential_place(&mut self, name: &str, place: Place) {
        let protocol = Arc::make_mut(&mut self.protocol);
        match protocol.credentials.iter_mut().find(|c| c.name == name) {
            Some(c) => c.place = place,
            None => protocol.credentials.push(Credential::new(name, place)),
        }
    }

    /// Sends every credential that travels as a parameter as `Authorization: Bearer …`
    /// instead (or back, with `false`, as parameter `name`).
    pub fn send_token_as_bearer(&mut self, bearer: bool) {
        let protocol = Arc::make_mut(&mut self.protocol);
        for c in &mut protocol.credentials {
            match (&c.place, bearer) {
                (Place::Param(_), true) => c.place = Place::Bearer,
                (Place::Bearer, false) => c.place = Place::Param(c.name.clone()),
                _ => {}
            }
        }
    }

    /// Sets the value of credential `name` (`None` removes it).
    pub fn set_credential(&self, name: &str, value: Option<String>) {
        self.write_credential(name, value.map(|v| Cred::Text(Secret::new(v))));
    }

    /// Sets a credential made of several values (login and password), sent as an object.
    pub fn set_credential_fields(&self, name: &str, values: Vec<(String, String)>) {
        let fields = values
            .into_iter()
            .map(|(k, v)| (k, Secret::new(v)))
            .collect();
        self.write_credential(name, Some(Cred::Fields(fields)));
    }

    /// The value of single-value credential `name`, if set.
    pub fn credential(&self, name: &str) -> Option<Secret> {
        let read = |map: &BTreeMap<String, Cred>| match map.get(name) {
            Some(Cred::Text(s)) => Some(s.clone()),
            _ => None,
        };
        match self.shared.credentials.read() {
            Ok(map) => read(&map),
            Err(poisoned) => read(&poisoned.into_inner()),
        }
    }

    fn write_credential(&self, name: &str, value: Option<Cred>) {
        let mut map = match self.shared.credentials.write() {
            Ok(map) => map,
            Err(poisoned) => poisoned.into_inner(),
        };
        match value {
            Some(v) => map.insert(name.to_string(), v),
            None => map.remove(name),
        };
    }

    /// Sends `Authorization: Bearer <token>` on every call (credential `bearer_token`).
    pub fn set_bearer_token(&mut self, token: impl Into<String>) {
        self.set_credential_place("bearer_token", Place::Bearer);
        self.set_credential("bearer_token", Some(token.into()));
    }

    /// Sends `<header>: <key>` on every call (credential `api_key`).
    pub fn set_api_key(&mut self, header: impl Into<String>, key: impl Into<String>) {
        self.set_credential_place("api_key", Place::Header(header.into()));
        self.set_credential("api_key", Some(key.into()));
    }

    // -- options ------------------------------------------------------------------------

    /// Sets the time allowed for one attempt (sending to the last byte of the answer).
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.options.timeout = timeout;
    }

    /// A copy with another timeout, for one call: `client.with_timeout(d).call(…)`.
    pub fn with_timeout(&self, timeout: Duration) -> Self {
        let mut copy = self.clone();
        copy.set_timeout(timeout);
        copy
    }

    /// Sets the time allowed for a whole call: every attempt and every wait between
    /// attempts ([`crate::DEFAULT_DEADLINE`] by default). An attempt still running at the
    /// deadline is stopped ([`Error::Timeout`] with the deadline as its limit); a retry whose
    /// wait would pass it is not made, and the last answer or error is returned.
    pub fn set_deadline(&mut self, deadline: Duration) {
        self.options.deadline = deadline;
    }

    /// A copy with another whole-call deadline, for one call.
    pub fn with_deadline(&self, deadline: Duration) -> Self {
        let mut copy = self.clone();
        copy.set_deadline(deadline);
        copy
    }

    /// Replaces the HTTP client with one that has connect timeout `timeout` (a client given
    /// to `with_http_client` is replaced too).
    pub fn set_connect_timeout(&mut self, timeout: Duration) {
        self.http = default_http(timeout);
    }

    /// A copy with another connect timeout (and its own connection pool), for one call.
    pub fn with_connect_timeout(&self, timeout: Duration) -> Self {
        let mut copy = self.clone();
        copy.set_connect_timeout(timeout);
        copy
    }

    /// Sets the retry policy.
    pub fn set_retry(&mut self, retry: RetryPolicy) {
        self.options.retry = retry;
    }

    /// A copy with another retry policy, for one call.
    pub fn with_retry(&self, retry: RetryPolicy) -> Self {
        let mut copy = self.clone();
        copy.set_retry(retry);
        copy
    }

    /// Sets the largest answer body read (longer: [`Error::TooLarge`]).
    pub fn set_max_body(&mut self, bytes: usize) {
        self.options.max_body = bytes;
    }

    /// Adds a hook called with every request and answer.
    pub fn add_hook(&mut self, hook: Arc<dyn Hook>) {
        self.options.hooks.push(hook);
    }

    /// The options in force.
    pub fn options(&self) -> &CallOptions {
        &self.options
    }

    // -- REST -------------------------------------------------------------------------

    /// Sends a REST request and decodes the result as `T`.
    pub async fn send_json<T, E, B>(
        &self,
        call: Call<'_>,
        method: Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
    ) -> Result<T, Error<E>>
    where
        T: DeserializeOwned,
        E: DeserializeOwned,
        B: Serialize + ?Sized,
    {
        let prepared = self.prepare_rest(call, method, path, query, body)?;
        let received = self.execute(call, &prepared).await?;
        self.decode(&prepared, received)
    }

    /// Sends a REST request whose success answer carries no body; any body is ignored.
    pub async fn send_empty<E, B>(
        &self,
        call: Call<'_>,
        method: Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
    ) -> Result<(), Error<E>>
    where
        E: DeserializeOwned,
        B: Serialize + ?Sized,
    {
        self.send_raw(call, method, path, query, body)
            .await
            .map(|_| ())
    }

    /// Sends a REST request; returns a successful answer as received.
    pub async fn send_raw<E, B>(
        &self,
        call: Call<'_>,
        method: Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
    ) -> Result<RawResponse, Error<E>>
    where
        E: DeserializeOwned,
        B: Serialize + ?Sized,
    {
        let prepared = self.prepare_rest(call, method, path, query, body)?;
        let received = self.execute(call, &prepared).await?;
        self.check_raw(&prepared, received)
    }

    // -- RPC --------------------------------------------------------------------------

    /// Calls RPC method `call.route` with parameters `header` (documented `in: header`) and
    /// `body` (the others); decodes the result as `T`.
    pub async fn call_json<T, E, H, B>(
        &self,
        call: Call<'_>,
        header: Option<&H>,
        body: Option<&B>,
    ) -> Result<T, Error<E>>
    where
        T: DeserializeOwned,
        E: DeserializeOwned,
        H: Serialize + ?Sized,
        B: Serialize + ?Sized,
    {
        let prepared = self.prepare_rpc(call, header, body)?;
        let received = self.execute(call, &prepared).await?;
        self.decode(&prepared, received)
    }

    /// Calls an RPC method; returns a successful answer as received.
    pub async fn call_raw<E, H, B>(
        &self,
        call: Call<'_>,
        header: Option<&H>,
        body: Option<&B>,
    ) -> Result<RawResponse, Error<E>>
    where
        E: DeserializeOwned,
        H: Serialize + ?Sized,
        B: Serialize + ?Sized,
    {
        let prepared = self.prepare_rpc(call, header, body)?;
        let received = self.execute(call, &prepared).await?;
        self.check_raw(&prepared, received)
    }

    /// The envelope a call of `target` sends, with `msg_key` as its message key.
    pub fn envelope(
        &self,
        target: &str,
        header: Option<Value>,
        body: Value,
        msg_key: &str,
    ) -> Option<Value> {
        self.envelope_for(true, target, header, body, msg_key)
    }

    /// The envelope, with credentials only when `auth`.
    fn envelope_for(
        &self,
        auth: bool,
        target: &str,
        header: Option<Value>,
        body: Value,
        msg_key: &str,
    ) -> Option<Value> {
        let Transport::Rpc(rpc) = &self.protocol.transport else {
            return None;
        };
        let env = rpc.envelope.as_ref()?;
        // Parameters beside the target: the document starts as they are, and the envelope's
        // own members are written over them.
        let mut doc = match (&env.body_params, body) {
            (None, Value::Object(params)) => Value::Object(params),
            (None, _) => Value::Object(Map::new()),
            (Some(at), body) => {
                let mut doc = Value::Object(Map::new());
                codec::set_pointer(&mut doc, at, body);
                doc
            }
        };
        for (at, value) in &env.constants {
            codec::set_pointer(&mut doc, at, value.clone());
        }
        codec::set_pointer(&mut doc, &env.target, Value::String(target.to_string()));
        if let Some(at) = &env.version {
            codec::set_pointer(&mut doc, at, Value::String(self.api_version.clone()));
        }
        if let Some(at) = &env.message_key {
            codec::set_pointer(&mut doc, at, Value::String(msg_key.to_string()));
        }
        for (place, value) in self.credentials_to_send(auth) {
            if let Place::Envelope(at) = place {
                codec::set_pointer(&mut doc, &at, value);
            }
        }
        if let (Some(at), Some(h)) = (&env.header_params, header)
            && h.as_object().is_none_or(|m| !m.is_empty())
        {
            codec::set_pointer(&mut doc, at, h);
        }
        Some(doc)
    }

    // -- building requests --------------------------------------------------------------

    /// Credentials to send: (place, value), skipping unset ones and those whose `unless`
    /// credential is set.
    fn credentials_to_send(&self, auth: bool) -> Vec<(Place, Value)> {
        if !auth || self.protocol.credentials.is_empty() {
            return Vec::new();
        }
        let map = match self.shared.credentials.read() {
            Ok(map) => map,
            Err(poisoned) => poisoned.into_inner(),
        };
        self.protocol
            .credentials
            .iter()
            .filter(|c| c.unless.as_ref().is_none_or(|u| !map.contains_key(u)))
            .filter_map(|c| {
                let value = match map.get(&c.name)? {
                    Cred::Text(s) => Value::String(s.expose().to_string()),
                    Cred::Fields(fields) => Value::Object(
                        fields
                            .iter()
                            .map(|(k, v)| (k.clone(), Value::String(v.expose().to_string())))
                            .collect(),
                    ),
                };
                Some((c.place.clone(), value))
            })
            .collect()
    }

    fn url<E>(&self, path: &str) -> Result<reqwest::Url, Error<E>> {
        let text = format!("{}{}{path}", self.base_url, self.base_path);
        reqwest::Url::parse(&text)
            .map_err(|e| Error::InvalidRequest(format!("bad URL `{text}`: {e}")))
    }

    /// Credentials that travel as headers, into `headers`; the others are returned.
    fn credential_headers<E>(
        &self,
        auth: bool,
        headers: &mut HeaderMap,
    ) -> Result<Vec<(Place, Value)>, Error<E>> {
        let mut rest = Vec::new();
        for (place, value) in self.credentials_to_send(auth) {
            let text = match &value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let bad = |_| Error::InvalidRequest("a credential is not a valid header value".into());
            match &place {
                Place::Bearer => {
                    let mut v = HeaderValue::try_from(format!("Bearer {text}")).map_err(bad)?;
                    v.set_sensitive(true);
                    headers.insert(reqwest::header::AUTHORIZATION, v);
                }
                Place::Header(name) => {
                    let name = HeaderName::try_from(name.as_str()).map_err(|_| {
                        Error::InvalidRequest(format!("`{name}` is not a header name"))
                    })?;
                    let mut v = HeaderValue::try_from(text).map_err(bad)?;
                    v.set_sensitive(true);
                    headers.insert(name, v);
                }
                Place::Param(_) | Place::Envelope(_) => rest.push((place, value)),
            }
        }
        Ok(rest)
    }

    /// The request of a REST call as an event stream sends it (again, on every
    /// reconnection): the credentials and parameters of `prepare_rest`, `Accept: accept`.
    pub(crate) fn stream_request<E, B>(
        &self,
        call: Call<'_>,
        method: Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
        accept: &'static str,
    ) -> Result<crate::events::StreamRequest, Error<E>>
    where
        B: Serialize + ?Sized,
    {
        let prepared = self.prepare_rest::<E, B>(call, method, path, query, body)?;
        let mut headers = prepared.headers;
        headers.insert(reqwest::header::ACCEPT, HeaderValue::from_static(accept));
        Ok(crate::events::StreamRequest {
            http: self.http.clone(),
            method: prepared.method,
            url: prepared.url,
            headers,
            body: prepared.body,
            options: self.options.clone(),
            operation: call.operation.to_string(),
            route: call.route.to_string(),
        })
    }

    fn prepare_rest<E, B>(
        &self,
        call: Call<'_>,
        method: Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
    ) -> Result<Prepared, Error<E>>
    where
        B: Serialize + ?Sized,
    {
        let mut url = self.url(path)?;
        let mut headers = HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT,
            HeaderValue::from_static("application/json"),
        );
        let params = self.credential_headers(call.auth, &mut headers)?;
        let extra: Vec<(String, String)> = params
            .into_iter()
            .filter_map(|(place, value)| match (place, value) {
                (Place::Param(name), Value::String(s)) => Some((name, s)),
                (Place::Param(name), other) => Some((name, other.to_string())),
                _ => None,
            })
            .collect();
        if let Some(why) = query.invalid() {
            return Err(Error::InvalidRequest(why.to_string()));
        }
        set_query(&mut url, query, &extra);
        set_parameter_headers(&mut headers, query)?;
        let body = match body {
            Some(body) => {
                let (media, bytes) = crate::encode::body_bytes(body, query.media())
                    .map_err(Error::InvalidRequest)?;
                let media = HeaderValue::from_str(&media)
                    .map_err(|e| Error::InvalidRequest(format!("media type: {e}")))?;
                headers.insert(reqwest::header::CONTENT_TYPE, media);
                Some(Bytes::from(bytes))
            }
            None => None,
        };
        Ok(Prepared {
            method,
            url,
            headers,
            body,
            envelope: None,
        })
    }

    fn prepare_rpc<E, H, B>(
        &self,
        call: Call<'_>,
        header: Option<&H>,
        body: Option<&B>,
    ) -> Result<Prepared, Error<E>>
    where
        H: Serialize + ?Sized,
        B: Serialize + ?Sized,
    {
        let Transport::Rpc(rpc) = &self.protocol.transport else {
            return Err(Error::InvalidRequest(
                "an RPC call on a REST protocol".into(),
            ));
        };
        let mut headers = HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT,
            HeaderValue::from_static("application/json"),
        );
        let extra = self.credential_headers(call.auth, &mut headers)?;
        let mut params = codec::to_object(body, "parameters").map_err(Error::InvalidRequest)?;
        for (place, value) in &extra {
            if let Place::Param(name) = place {
                params.insert(name.clone(), value.clone());
            }
        }
        let mut url = match rpc.endpoint {
            crate::Endpoint::PathPerMethod => self.url(&format!("/{}", call.route))?,
            crate::Endpoint::Single => self.url("")?,
        };
        let mut envelope = None;
        let mut method = rpc.method.clone();
        let body = if rpc.envelope.is_some() {
            let header =
                codec::to_object(header, "header parameters").map_err(Error::InvalidRequest)?;
            let key = self
                .shared
                .next_key
                .fetch_add(1, Ordering::Relaxed)
                .to_string();
            let members = match self.envelope_for(
                call.auth,
                call.route,
                Some(Value::Object(header)),
                Value::Object(params),
                &key,
            ) {
                Some(Value::Object(members)) => members,
                _ => Map::new(),
            };
            // The envelope's members travel as the protocol's style says: a JSON document,
            // a form, or a query string (`method=x&id=1`).
            let body = rpc_params(&rpc.params, &members, &mut headers, &mut url, &mut method)?;
            envelope = Some(Value::Object(members));
            body
        } else {
            rpc_params(&rpc.params, &params, &mut headers, &mut url, &mut method)?
        };
        Ok(Prepared {
            method,
            url,
            headers,
            body,
            envelope,
        })
    }

    // -- sending ------------------------------------------------------------------------

    /// Sends `prepared`, trying again as the retry policy says; the last answer or error.
    async fn execute<E>(&self, call: Call<'_>, prepared: &Prepared) -> Result<Received, Error<E>> {
        let span = tracing::info_span!(
            "api_call",
            operation = call.operation,
            method = %prepared.method,
            route = call.route,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        self.attempts(call, prepared, &span)
            .instrument(span.clone())
            .await
    }

    async fn attempts<E>(
        &self,
        call: Call<'_>,
        prepared: &Prepared,
        span: &tracing::Span,
    ) -> Result<Received, Error<E>> {
        let policy = &self.options.retry;
        let idempotent = matches!(
            prepared.method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
        );
        let deadline = self.options.deadline;
        let started = Instant::now();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            span.record("attempts", attempt);
            let info = CallInfo {
                operation: call.operation,
                route: call.route,
                attempt,
            };
            let outcome = self.attempt(&info, prepared, started).await;
            let last = attempt >= policy.max_attempts.max(1);
            // Once the request may have reached the server, a non-idempotent call is tried
            // again only when the policy says so, or when the server refused it unprocessed.
            let may_repeat = idempotent || policy.non_idempotent;
            let wait = match &outcome {
                Ok(received) => {
                    span.record("status", received.status);
                    let refused = policy.refused.contains(&received.status);
                    if last
                        || !(may_repeat || refused)
                        || !policy.statuses.contains(&received.status)
                    {
                        None
                    } else {
                        match retry_after(&received.headers) {
                            Some(d) if d > policy.max_retry_after => None,
                            Some(d) => Some(d),
                            None => Some(policy.backoff(attempt)),
                        }
                    }
                }
                Err(Failed::Connect(_)) if !last => Some(policy.backoff(attempt)),
                Err(Failed::AfterSend(_)) if !last && policy.after_send && may_repeat => {
                    Some(policy.backoff(attempt))
                }
                Err(_) => None,
            };
            // A retry that would start past the deadline is not made.
            let wait = wait.filter(|d| started.elapsed() + *d < deadline);
            match (wait, outcome) {
                (Some(delay), _) => {
                    tracing::debug!(attempt, delay_ms = delay.as_millis() as u64, "retrying");
                    tokio::time::sleep(delay).await;
                }
                (None, Ok(received)) => return Ok(received),
                (None, Err(Failed::Stop(e) | Failed::Connect(e) | Failed::AfterSend(e))) => {
                    return Err(e.into_error());
                }
            }
        }
    }

    /// One attempt of a call that began at `call_started`: hooks, send, read the body within
    /// the attempt's timeout or what is left of the call's deadline, whichever is shorter.
    async fn attempt(
        &self,
        info: &CallInfo<'_>,
        prepared: &Prepared,
        call_started: Instant,
    ) -> Result<Received, Failed> {
        let mut request = reqwest::Request::new(prepared.method.clone(), prepared.url.clone());
        *request.headers_mut() = prepared.headers.clone();
        if let Some(body) = &prepared.body {
            *request.body_mut() = Some(body.clone().into());
        }
        for hook in &self.options.hooks {
            hook.on_request(info, &mut request)
                .map_err(|m| Failed::Stop(Failure::Invalid(m)))?;
        }
        let started = Instant::now();
        let exchange = async {
            let response = match self.http.execute(request).await {
                Ok(r) => r,
                Err(e) if e.is_connect() => return Err(Failed::Connect(Failure::Transport(e))),
                Err(e) => return Err(Failed::AfterSend(Failure::Transport(e))),
            };
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let body = read_body(response, status, self.options.max_body).await?;
            Ok(Received {
                status,
                headers,
                body,
            })
        };
        let (timeout, deadline) = (self.options.timeout, self.options.deadline);
        let left = deadline.saturating_sub(call_started.elapsed());
        let received = match tokio::time::timeout(left.min(timeout), exchange).await {
            Ok(result) => result?,
            Err(_) => {
                // The limit that fired, with the time it measures: the whole call's, or the
                // attempt's.
                let (elapsed, limit) = if left < timeout {
                    (call_started.elapsed(), deadline)
                } else {
                    (started.elapsed(), timeout)
                };
                return Err(Failed::AfterSend(Failure::Timeout { elapsed, limit }));
            }
        };
        if !self.options.hooks.is_empty() {
            let answered = Answered {
                status: received.status,
                headers: &received.headers,
                body: &received.body,
                elapsed: started.elapsed(),
            };
            for hook in &self.options.hooks {
                hook.on_answer(info, &answered);
            }
        }
        Ok(received)
    }

    // -- decoding -----------------------------------------------------------------------

    /// Checks an answer as the protocol says; the document when one was parsed.
    fn check<E: DeserializeOwned>(
        &self,
        prepared: &Prepared,
        received: &Received,
    ) -> Result<Option<Value>, Error<E>> {
        let answer = &self.protocol.answer;
        let refreshes = self
            .protocol
            .credentials
            .iter()
            .any(|c| c.from_answer.is_some());
        let success = (200..300).contains(&received.status);
        if !codec::needs_document(answer, refreshes) {
            if success {
                return Ok(None);
            }
            return Err(Error::Status {
                status: received.status,
                body: serde_json::from_slice(&received.body).ok(),
                raw: received.body.clone(),
            });
        }
        let doc: Value = match serde_json::from_slice(&received.body) {
            Ok(doc) => doc,
            Err(source) if success => {
                return Err(Error::Decode {
                    status: received.status,
                    raw: received.body.clone(),
                    source,
                });
            }
            Err(_) => {
                return Err(Error::Status {
                    status: received.status,
                    body: None,
                    raw: received.body.clone(),
                });
            }
        };
        if let Some(failure) = &answer.failure
            && codec::is_failure(failure, &doc)
        {
            let error = match &answer.error {
                Some(at) => doc.pointer(at).cloned().unwrap_or(Value::Null),
                None => doc.clone(),
            };
            return Err(Error::Api {
                status: received.status,
                body: serde_json::from_value(error).ok(),
                code: answer
                    .code
                    .as_deref()
                    .and_then(|at| codec::text_at(&doc, at)),
                message: answer
                    .message
                    .as_deref()
                    .and_then(|at| codec::text_at(&doc, at)),
                raw: received.body.clone(),
            });
        }
        if !success {
            return Err(Error::Status {
                status: received.status,
                body: serde_json::from_value(doc).ok(),
                raw: received.body.clone(),
            });
        }
        if let Some(sent) = &prepared.envelope {
            check_echo(answer, sent, &doc, received)?;
        }
        for c in &self.protocol.credentials {
            if let Some(at) = &c.from_answer
                && let Some(Value::String(token)) = doc.pointer(at)
            {
                self.set_credential(&c.name, Some(token.clone()));
            }
        }
        Ok(Some(doc))
    }

    fn decode<T: DeserializeOwned, E: DeserializeOwned>(
        &self,
        prepared: &Prepared,
        received: Received,
    ) -> Result<T, Error<E>> {
        let decoded = match self.check(prepared, &received)? {
            None => serde_json::from_slice(&received.body),
            Some(mut doc) => {
                let result = match &self.protocol.answer.result {
                    Some(at) => doc.pointer_mut(at).map(Value::take).unwrap_or(Value::Null),
                    None => doc,
                };
                serde_json::from_value(result)
            }
        };
        decoded.map_err(|source| Error::Decode {
            status: received.status,
            raw: received.body,
            source,
        })
    }

    fn check_raw<E: DeserializeOwned>(
        &self,
        prepared: &Prepared,
        received: Received,
    ) -> Result<RawResponse, Error<E>> {
        let needs = codec::needs_document(&self.protocol.answer, false);
        let json = received
            .headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.contains("json"));
        // A file download is not an envelope: only JSON answers are checked as one.
        if !needs || json || !(200..300).contains(&received.status) {
            match self.check(prepared, &received) {
                Ok(_) => {}
                Err(Error::Decode { .. }) if !json => {}
                Err(e) => return Err(e),
            }
        }
        Ok(RawResponse {
            status: received.status,
            content_type: received
                .headers
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            body: received.body,
        })
    }
}

/// Why an attempt failed, and whether the request may have reached the server.
enum Failed {
    /// A hook refused the request: not tried again.
    Stop(Failure),
    /// Nothing was sent (connection refused, DNS, TLS).
    Connect(Failure),
    /// The request may have reached the server.
    AfterSend(Failure),
}

enum Failure {
    Invalid(String),
    Transport(reqwest::Error),
    Timeout {
        elapsed: Duration,
        limit: Duration,
    },
    Incomplete {
        status: u16,
        received: Bytes,
        source: reqwest::Error,
    },
    TooLarge {
        status: u16,
        limit: usize,
        received: Bytes,
    },
}

impl Failure {
    fn into_error<E>(self) -> Error<E> {
        match self {
            Self::Invalid(m) => Error::InvalidRequest(m),
            Self::Transport(e) => Error::Transport(e),
            Self::Timeout { elapsed, limit } => Error::Timeout { elapsed, limit },
            Self::Incomplete {
                status,
                received,
                source,
            } => Error::Incomplete {
                status,
                received,
                source,
            },
            Self::TooLarge {
                status,
                limit,
                received,
            } => Error::TooLarge {
                status,
                limit,
                received,
            },
        }
    }
}

/// Reads a body chunk by chunk, up to `limit` bytes, keeping what arrived if it breaks.
async fn read_body(
    mut response: reqwest::Response,
    status: u16,
    limit: usize,
) -> Result<Bytes, Failed> {
    let mut body = BytesMut::with_capacity(
        response
            .content_length()
            .map_or(8 * 1024, |n| usize::try_from(n).unwrap_or(limit).min(limit)),
    );
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > limit {
                    let room = limit - body.len();
                    body.extend_from_slice(&chunk[..room]);
                    return Err(Failed::AfterSend(Failure::TooLarge {
                        status,
                        limit,
                        received: body.freeze(),
                    }));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body.freeze()),
            Err(source) => {
                return Err(Failed::AfterSend(Failure::Incomplete {
                    status,
                    received: body.freeze(),
                    source,
                }));
            }
        }
    }
}

/// The delay a `Retry-After` header asks for.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    crate::policy::parse_retry_after(value, SystemTime::now())
}

/// Sets `url`'s query string as the parameters' styles wrote it (escaped), after any query
/// the base URL has, then the credentials sent as parameters.
fn set_query(url: &mut reqwest::Url, query: &Query, credentials: &[(String, String)]) {
    let mut text = url.query().unwrap_or_default().to_string();
    let credentials = credentials
        .iter()
        .map(|(k, v)| crate::style::query_pair(k, v));
    for piece in query.pieces().iter().cloned().chain(credentials) {
        if !text.is_empty() {
            text.push('&');
        }
        text.push_str(&piece);
    }
    if !text.is_empty() {
        url.set_query(Some(&text));
    }
}

/// Adds the header and cookie parameters: a documented header parameter replaces what the
/// runtime set under that name (its `Accept: application/json`); a list parameter's later
/// values are added to it.
fn set_parameter_headers<E>(headers: &mut HeaderMap, query: &Query) -> Result<(), Error<E>> {
    let mut set: Vec<reqwest::header::HeaderName> = Vec::new();
    for (name, value) in query.headers() {
        let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|e| Error::InvalidRequest(format!("header `{name}`: {e}")))?;
        let value = HeaderValue::from_str(value)
            .map_err(|e| Error::InvalidRequest(format!("header `{name}` value: {e}")))?;
        if set.contains(&name) {
            headers.append(name, value);
        } else {
            set.push(name.clone());
            headers.insert(name, value);
        }
    }
    if let Some(cookies) = query.cookie_header() {
        let value = HeaderValue::from_str(&cookies)
            .map_err(|e| Error::InvalidRequest(format!("cookie parameters: {e}")))?;
        headers.insert(reqwest::header::COOKIE, value);
    }
    Ok(())
}

/// An RPC call's parameters as its style sends them: a form or JSON body (with its
/// content type), or for [`ParamStyle::Query`] a `GET` with them in the query string.
fn rpc_params<E>(
    style: &ParamStyle,
    params: &Map<String, Value>,
    headers: &mut HeaderMap,
    url: &mut reqwest::Url,
    method: &mut Method,
) -> Result<Option<Bytes>, Error<E>> {
    Ok(match style {
        ParamStyle::Form => {
            let text = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(codec::pairs(params))
                .finish();
            headers.insert(
                reqwest::header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-www-form-urlencoded"),
            );
            Some(Bytes::from(text))
        }
        ParamStyle::Json => {
            let bytes = serde_json::to_vec(params)
                .map_err(|e| Error::InvalidRequest(format!("parameters do not serialise: {e}")))?;
            headers.insert(
                reqwest::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            Some(Bytes::from(bytes))
        }
        ParamStyle::Query => {
            *method = Method::GET;
            let pairs = codec::pairs(params);
            if !pairs.is_empty() {
                url.query_pairs_mut().extend_pairs(pairs);
            }
            None
        }
    })
}

/// Checks that an answer echoes what its envelope sent, as the protocol's `echo` rules say.
fn check_echo<E>(
    answer: &crate::protocol::Answer,
    sent: &Value,
    doc: &Value,
    received: &Received,
) -> Result<(), Error<E>> {
    for echo in &answer.echo {
        let expected = codec::text_at(sent, &echo.request).unwrap_or_default() + &echo.suffix;
        let got = codec::text_at(doc, &echo.answer);
        let same = got.as_deref().is_some_and(|g| {
            if echo.ignore_case {
                g.eq_ignore_ascii_case(&expected)
            } else {
                g == expected
            }
        });
        if !same {
            return Err(Error::Protocol {
                message: format!(
                    "expected `{expected}` at {}, found `{}`",
                    echo.answer,
                    got.as_deref().unwrap_or("nothing")
                ),
                raw: received.body.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "client_tests.rs"]
mod tests;
