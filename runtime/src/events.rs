//! Streams of typed events: server-sent events over one long HTTP answer
//! ([`ApiClient::sse`]) and, with the `websocket` feature, a WebSocket carrying JSON
//! messages (`ApiClient::websocket`).
//!
//! Server-sent events are parsed by `eventsource-stream` over reqwest's byte stream:
//! comments (heartbeats such as `:thump`) are skipped, `data:` lines join with `\n`, `id:`
//! is kept and sent back as `Last-Event-ID` when the stream reconnects, `retry:` replaces
//! the wait before reconnecting. A connection that ends or fails is opened again, with the
//! same request and credentials, after that wait (or the client's [`RetryPolicy`] backoff);
//! the stream gives up with [`Error::Stream`] after `max_attempts` connections in a row
//! that brought no event. An event whose payload does not decode is an [`Error::Event`]
//! item and the stream goes on. Dropping the stream closes its connection.
//!
//! [`RetryPolicy`]: crate::RetryPolicy

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use eventsource_stream::{EventStreamError, Eventsource};
use futures_core::Stream;
use futures_util::StreamExt;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, Url};

use crate::client::{ApiClient, Call};
use crate::policy::{CallInfo, CallOptions};
use crate::{Error, Query};

/// An event type a generated client decodes: one variant per documented event.
pub trait DecodeEvent: Sized {
    /// The event named `event` with payload `data` (the `data:` lines of a server-sent
    /// event, or a WebSocket message's payload as text; empty when there is none). An event
    /// the documentation does not list is a value too (`Other`); `Err` is a payload that
    /// does not decode as documented, with the reason.
    fn decode(event: &str, data: &str) -> Result<Self, String>;
}

/// The request an event stream sends on every connection.
pub(crate) struct StreamRequest {
    pub(crate) http: reqwest::Client,
    pub(crate) method: Method,
    pub(crate) url: Url,
    pub(crate) headers: HeaderMap,
    /// The request body, sent again on every connection.
    pub(crate) body: Option<bytes::Bytes>,
    pub(crate) options: CallOptions,
    pub(crate) operation: String,
    pub(crate) route: String,
}

/// A stream of events of type `T`, or errors. Dropping it closes its connection.
pub struct EventStream<T> {
    inner: Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>,
}

impl<T> std::fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EventStream")
    }
}

impl<T> Stream for EventStream<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

type Body = Pin<
    Box<
        dyn Stream<Item = Result<eventsource_stream::Event, EventStreamError<reqwest::Error>>>
            + Send,
    >,
>;

/// The state of a server-sent event stream between items.
struct Sse {
    request: StreamRequest,
    body: Option<Body>,
    /// The last `id:` received (sent as `Last-Event-ID`).
    last_id: Option<String>,
    /// The last `retry:` received.
    retry: Option<Duration>,
    /// Connections in a row that brought no event.
    failures: u32,
    /// Why the last connection failed or ended.
    last_problem: String,
    done: bool,
}

/// Why a connection was not opened.
enum Refused {
    /// Try again (a connection failure, a timeout, a status the retry policy lists).
    Again(String),
    /// Stop the stream with this error.
    Stop(Error),
}

impl ApiClient {
    /// A stream of server-sent events: the REST call `method path?query` (with the client's
    /// credentials, and `body` encoded as the query's media type says, sent again on every
    /// connection) whose answer is `text/event-stream`, each event decoded as `T`. Nothing
    /// is sent before the stream is first polled.
    pub fn sse<T, B>(
        &self,
        call: Call<'_>,
        method: Method,
        path: &str,
        query: &Query,
        body: Option<&B>,
    ) -> EventStream<T>
    where
        T: DecodeEvent + Send + 'static,
        B: serde::Serialize + ?Sized,
    {
        let request =
            match self.stream_request(call, method, path, query, body, "text/event-stream") {
                Ok(r) => r,
                Err(e) => {
                    return EventStream {
                        inner: Box::pin(futures_util::stream::iter([Err(e)])),
                    };
                }
            };
        let state = Sse {
            request,
            body: None,
            last_id: None,
            retry: None,
            failures: 0,
            last_problem: String::new(),
            done: false,
        };
        let stream = futures_util::stream::unfold(state, |mut state| async move {
            let item = state.next::<T>().await?;
            Some((item, state))
        });
        EventStream {
            inner: Box::pin(stream),
        }
    }
}

impl Sse {
    async fn next<T: DecodeEvent>(&mut self) -> Option<Result<T, Error>> {
        loop {
            if self.done {
                return None;
            }
            let Some(body) = self.body.as_mut() else {
                if let Err(e) = self.reconnect().await {
                    self.done = true;
                    return Some(Err(e));
                }
                continue;
            };
            match body.next().await {
                Some(Ok(event)) => {
                    if let Some(retry) = event.retry {
                        self.retry = Some(retry);
                    }
                    // The last event id buffer: an empty `id:` clears it.
                    self.last_id = (!event.id.is_empty()).then(|| event.id.clone());
                    self.failures = 0;
                    return Some(T::decode(&event.event, &event.data).map_err(|message| {
                        Error::Event {
                            event: event.event,
                            data: event.data,
                            message,
                        }
                    }));
                }
                Some(Err(EventStreamError::Transport(e))) => {
                    self.drop_connection(format!("the connection failed: {e}"));
                }
                Some(Err(e)) => {
                    // Not an event stream: said once, then read from a new connection.
                    self.drop_connection(format!("unreadable event stream: {e}"));
                    return Some(Err(Error::Stream {
                        message: self.last_problem.clone(),
                    }));
                }
                None => self.drop_connection("the server closed the connection".into()),
            }
        }
    }

    fn drop_connection(&mut self, problem: String) {
        self.body = None;
        self.failures += 1;
        self.last_problem = problem;
    }

    /// Opens a connection, waiting first after a failure; gives up after `max_attempts`
    /// connections in a row without an event.
    async fn reconnect(&mut self) -> Result<(), Error> {
        let policy = self.request.options.retry.clone();
        loop {
            if self.failures > 0 {
                if self.failures >= policy.max_attempts.max(1) {
                    return Err(Error::Stream {
                        message: format!(
                            "{}; not resumed after {} attempt(s)",
                            self.last_problem, self.failures
                        ),
                    });
                }
                let wait = self.retry.unwrap_or_else(|| policy.backoff(self.failures));
                tracing::debug!(
                    operation = self.request.operation.as_str(),
                    delay_ms = wait.as_millis() as u64,
                    last_event_id = self.last_id.as_deref().unwrap_or(""),
                    "event stream reconnecting"
                );
                tokio::time::sleep(wait).await;
            }
            match connect(&self.request, self.last_id.clone(), self.failures + 1).await {
                Ok(body) => {
                    self.body = Some(body);
                    return Ok(());
                }
                Err(Refused::Again(problem)) => {
                    self.failures += 1;
                    self.last_problem = problem;
                }
                Err(Refused::Stop(e)) => return Err(e),
            }
        }
    }
}

/// Opens one connection of `r` (attempt number `attempt`), resuming after `last_id`.
async fn connect(
    r: &StreamRequest,
    last_id: Option<String>,
    attempt: u32,
) -> Result<Body, Refused> {
    let mut request = reqwest::Request::new(r.method.clone(), r.url.clone());
    *request.headers_mut() = r.headers.clone();
    if let Some(body) = &r.body {
        *request.body_mut() = Some(body.clone().into());
    }
    if let Some(id) = &last_id
        && let Ok(v) = HeaderValue::from_str(id)
    {
        request.headers_mut().insert("last-event-id", v);
    }
    let info = CallInfo {
        operation: &r.operation,
        route: &r.route,
        attempt,
    };
    for hook in &r.options.hooks {
        hook.on_request(&info, &mut request)
            .map_err(|m| Refused::Stop(Error::InvalidRequest(m)))?;
    }
    let timeout = r.options.timeout;
    let response = match tokio::time::timeout(timeout, r.http.execute(request)).await {
        Ok(Ok(response)) => response,
        Ok(Err(e)) => return Err(Refused::Again(format!("the connection failed: {e}"))),
        Err(_) => {
            return Err(Refused::Again(format!(
                "no answer within {} ms",
                timeout.as_millis()
            )));
        }
    };
    let status = response.status().as_u16();
    if response.status().is_success() {
        return Ok(Box::pin(response.bytes_stream().eventsource()));
    }
    let retry = r.options.retry.statuses.contains(&status);
    let raw = match tokio::time::timeout(timeout, response.bytes()).await {
        Ok(Ok(b)) => b,
        _ => bytes::Bytes::new(),
    };
    if retry {
        return Err(Refused::Again(format!("the server answered {status}")));
    }
    Err(Refused::Stop(Error::Status {
        status,
        body: serde_json::from_slice(&raw).ok(),
        raw,
    }))
}

/// Where the parts of a WebSocket stream's JSON messages are (the spec's
/// `stream.messages`): JSON pointers into messages received, member names of commands sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SocketMessages {
    /// Where a message names its event (`/event`).
    pub event: String,
    /// Where its payload is (`/payload`): a string, or a JSON value.
    pub payload: Option<String>,
    /// Where an error message holds its error (`/error`).
    pub error: Option<String>,
    /// Where an error message holds its status (`/status`).
    pub error_status: Option<String>,
    /// The member of a command that says what it does (`type`).
    pub command: Option<String>,
    /// Its value for subscribing (`subscribe`).
    pub subscribe: Option<String>,
    /// Its value for unsubscribing (`unsubscribe`).
    pub unsubscribe: Option<String>,
    /// The member of a command that names the stream (`stream`).
    pub target: Option<String>,
}

impl SocketMessages {
    /// Reads one text message: an event decoded as `T`, or the error it reports.
    // The stream's items carry this `Error` as they are; boxing it here would only move it.
    #[allow(clippy::result_large_err)]
    pub fn read<T: DecodeEvent>(&self, text: &str) -> Result<T, Error> {
        let raw = || bytes::Bytes::copy_from_slice(text.as_bytes());
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| Error::Protocol {
            message: format!("a WebSocket message that is not JSON: {e}"),
            raw: raw(),
        })?;
        if let Some(at) = &self.error
            && let Some(error) = value.pointer(at).filter(|v| !v.is_null())
        {
            let status = self
                .error_status
                .as_deref()
                .and_then(|at| value.pointer(at))
                .and_then(serde_json::Value::as_u64)
                .and_then(|s| u16::try_from(s).ok())
                .unwrap_or(0);
            return Err(Error::Api {
                status,
                message: Some(
                    error
                        .as_str()
                        .map_or_else(|| error.to_string(), str::to_string),
                ),
                code: None,
                body: Some(value.clone()),
                raw: raw(),
            });
        }
        let Some(event) = value.pointer(&self.event).and_then(|v| v.as_str()) else {
            return Err(Error::Protocol {
                message: format!("a WebSocket message without an event at `{}`", self.event),
                raw: raw(),
            });
        };
        let data = match self.payload.as_deref().and_then(|at| value.pointer(at)) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => String::new(),
        };
        T::decode(event, &data).map_err(|message| Error::Event {
            event: event.to_string(),
            data,
            message,
        })
    }

    #[allow(clippy::result_large_err)]
    /// The JSON text of the command that subscribes to (`subscribe`) or leaves a stream,
    /// with `params`; [`Error::InvalidRequest`] when the documentation gives no such command.
    pub fn command(
        &self,
        subscribe: bool,
        stream: &str,
        params: &[(&str, &str)],
    ) -> Result<String, Error> {
        let missing = |what: &str| {
            Error::InvalidRequest(format!("the documentation gives no {what} command"))
        };
        let (key, value) = match (&self.command, subscribe) {
            (Some(k), true) => (
                k,
                self.subscribe
                    .as_ref()
                    .ok_or_else(|| missing("subscribe"))?,
            ),
            (Some(k), false) => (
                k,
                self.unsubscribe
                    .as_ref()
                    .ok_or_else(|| missing("unsubscribe"))?,
            ),
            (None, _) => return Err(missing("subscribe or unsubscribe")),
        };
        let target = self
            .target
            .as_ref()
            .ok_or_else(|| missing("stream member of the"))?;
        let mut doc = serde_json::Map::new();
        doc.insert(key.clone(), value.clone().into());
        doc.insert(target.clone(), stream.into());
        for (k, v) in params {
            doc.insert((*k).to_string(), (*v).into());
        }
        Ok(serde_json::Value::Object(doc).to_string())
    }
}

#[cfg(feature = "websocket")]
pub mod socket {
    //! The WebSocket connection of a stream (feature `websocket`, on tokio-tungstenite).

    use std::marker::PhantomData;

    use futures_util::SinkExt;
    use tokio_tungstenite::tungstenite::Message;
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;

    use super::*;

    type Socket = tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >;

    /// A WebSocket stream of events `T`: subscribe and unsubscribe while reading. Dropping
    /// it closes the connection.
    pub struct SocketStream<T> {
        socket: Socket,
        messages: SocketMessages,
        done: bool,
        _event: PhantomData<fn() -> T>,
    }

    impl<T> std::fmt::Debug for SocketStream<T> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("SocketStream")
                .field("messages", &self.messages)
                .finish()
        }
    }

    fn failed(e: impl std::fmt::Display) -> Error {
        Error::Stream {
            message: format!("WebSocket: {e}"),
        }
    }

    impl ApiClient {
        /// Opens the WebSocket at `path?query` on the client's server (`http` → `ws`,
        /// `https` → `wss`), with the client's credentials in the handshake's headers.
        pub async fn websocket<T: DecodeEvent>(
            &self,
            call: Call<'_>,
            path: &str,
            query: &Query,
            messages: SocketMessages,
        ) -> Result<SocketStream<T>, Error> {
            let r = self.stream_request::<_, ()>(call, Method::GET, path, query, None, "*/*")?;
            let mut url = r.url;
            let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
            url.set_scheme(scheme)
                .map_err(|()| Error::InvalidRequest(format!("no WebSocket URL for `{url}`")))?;
            let mut request = url.as_str().into_client_request().map_err(failed)?;
            for (name, value) in &r.headers {
                if name != reqwest::header::ACCEPT {
                    request.headers_mut().insert(name.clone(), value.clone());
                }
            }
            let connect = tokio_tungstenite::connect_async(request);
            let (socket, _) = match tokio::time::timeout(r.options.timeout, connect).await {
                Ok(result) => result.map_err(failed)?,
                Err(_) => {
                    return Err(Error::Timeout {
                        elapsed: r.options.timeout,
                        limit: r.options.timeout,
                    });
                }
            };
            Ok(SocketStream {
                socket,
                messages,
                done: false,
                _event: PhantomData,
            })
        }
    }

    impl<T> SocketStream<T> {
        /// Subscribes to `stream`, with the parameters it takes (`[("tag", "rust")]`).
        pub async fn subscribe(
            &mut self,
            stream: &str,
            params: &[(&str, &str)],
        ) -> Result<(), Error> {
            let text = self.messages.command(true, stream, params)?;
            self.socket.send(Message::text(text)).await.map_err(failed)
        }

        /// Leaves `stream`.
        pub async fn unsubscribe(
            &mut self,
            stream: &str,
            params: &[(&str, &str)],
        ) -> Result<(), Error> {
            let text = self.messages.command(false, stream, params)?;
            self.socket.send(Message::text(text)).await.map_err(failed)
        }

        /// Closes the connection politely (a close frame) and waits for the server's.
        pub async fn close(mut self) -> Result<(), Error> {
            self.socket.close(None).await.map_err(failed)
        }
    }

    impl<T: DecodeEvent> Stream for SocketStream<T> {
        type Item = Result<T, Error>;

        fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            loop {
                if self.done {
                    return Poll::Ready(None);
                }
                let next = match self.socket.poll_next_unpin(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(next) => next,
                };
                let text = match next {
                    Some(Ok(Message::Text(t))) => t.as_str().to_string(),
                    Some(Ok(Message::Binary(b))) => String::from_utf8_lossy(&b).into_owned(),
                    Some(Ok(Message::Close(_))) | None => {
                        self.done = true;
                        return Poll::Ready(None);
                    }
                    Some(Ok(_)) => continue,
                    Some(Err(e)) => {
                        self.done = true;
                        return Poll::Ready(Some(Err(failed(e))));
                    }
                };
                return Poll::Ready(Some(self.messages.read(&text)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Ev {
        Named(String, String),
    }

    impl DecodeEvent for Ev {
        fn decode(event: &str, data: &str) -> Result<Self, String> {
            if data == "bad" {
                return Err("bad payload".into());
            }
            Ok(Ev::Named(event.into(), data.into()))
        }
    }

    fn messages() -> SocketMessages {
        SocketMessages {
            event: "/event".into(),
            payload: Some("/payload".into()),
            error: Some("/error".into()),
            error_status: Some("/status".into()),
            command: Some("type".into()),
            subscribe: Some("subscribe".into()),
            unsubscribe: Some("unsubscribe".into()),
            target: Some("stream".into()),
        }
    }

    #[test]
    fn socket_messages_read_events_errors_and_payloads() {
        let m = messages();
        let ev: Ev = m
            .read(r#"{"stream":["public"],"event":"delete","payload":"1"}"#)
            .unwrap();
        assert_eq!(ev, Ev::Named("delete".into(), "1".into()));
        let ev: Ev = m
            .read(r#"{"stream":["user"],"event":"filters_changed"}"#)
            .unwrap();
        assert_eq!(ev, Ev::Named("filters_changed".into(), String::new()));
        let err = m
            .read::<Ev>(r#"{"error":"Unknown stream type","status":400}"#)
            .unwrap_err();
        assert!(
            matches!(err, Error::Api { status: 400, message: Some(ref s), .. } if s == "Unknown stream type")
        );
        let err = m
            .read::<Ev>(r#"{"event":"update","payload":"bad"}"#)
            .unwrap_err();
        assert!(matches!(err, Error::Event { ref data, .. } if data == "bad"));
        assert!(matches!(
            m.read::<Ev>("not json"),
            Err(Error::Protocol { .. })
        ));
    }

    #[test]
    fn commands_are_built_from_the_documented_members() {
        let m = messages();
        assert_eq!(
            m.command(true, "hashtag:local", &[("tag", "foo")]).unwrap(),
            r#"{"type":"subscribe","stream":"hashtag:local","tag":"foo"}"#
        );
        assert_eq!(
            m.command(false, "user", &[]).unwrap(),
            r#"{"type":"unsubscribe","stream":"user"}"#
        );
        let none = SocketMessages {
            command: None,
            ..messages()
        };
        assert!(matches!(
            none.command(true, "user", &[]),
            Err(Error::InvalidRequest(_))
        ));
    }
}
