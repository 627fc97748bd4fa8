//! The one error type every generated client method returns.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;

/// Why a call failed. `E` is the body type the documentation gives for the operation's
/// error statuses (`serde_json::Value` when it gives none).
#[non_exhaustive]
pub enum Error<E = serde_json::Value> {
    /// The request could not be built (bad base URL, a body that does not serialise).
    InvalidRequest(String),
    /// The request did not complete: connection, TLS, or the answer's head.
    Transport(reqwest::Error),
    /// An attempt took longer than its timeout, or the call longer than its deadline.
    Timeout {
        /// Time spent when it was stopped: in the attempt, or in the whole call when the
        /// deadline fired.
        elapsed: Duration,
        /// The limit that fired: the attempt's timeout or the call's deadline.
        limit: Duration,
    },
    /// The connection failed while the body was being read.
    Incomplete {
        /// The HTTP status code.
        status: u16,
        /// The part of the body received.
        received: Bytes,
        /// What failed.
        source: reqwest::Error,
    },
    /// The body is longer than the client's limit.
    TooLarge {
        /// The HTTP status code.
        status: u16,
        /// The limit, in bytes.
        limit: usize,
        /// The first `limit` bytes received.
        received: Bytes,
    },
    /// The server answered with a non-success status. `body` is the decoded body when it
    /// matches `E`; `raw` always holds the bytes received.
    Status {
        /// The HTTP status code.
        status: u16,
        /// The body decoded as the documented error type, if it decodes.
        body: Option<E>,
        /// The body as received.
        raw: Bytes,
    },
    /// The server answered, but the answer says the call failed (the protocol's failure
    /// member, such as `"ok": false` or a present `error`), whatever the HTTP status.
    Api {
        /// The HTTP status code (often 200 for such answers).
        status: u16,
        /// The error object decoded as the documented error type, if it decodes.
        body: Option<E>,
        /// The error's code, as text, where the protocol says it is.
        code: Option<String>,
        /// The error's message, where the protocol says it is.
        message: Option<String>,
        /// The body as received.
        raw: Bytes,
    },
    /// The answer breaks the protocol (it does not echo what the request sent).
    Protocol {
        /// What did not match.
        message: ::std::string::String,
        /// The body as received.
        raw: Bytes,
    },
    /// The server answered with success, but the body is not what the spec says.
    Decode {
        /// The HTTP status code.
        status: u16,
        /// The body as received.
        raw: Bytes,
        /// What did not match.
        source: serde_json::Error,
    },
    /// An event of a stream arrived whose payload does not decode as the type the spec
    /// gives for it. The stream goes on after it.
    Event {
        /// The event's name.
        event: String,
        /// The payload as received.
        data: String,
        /// Why it does not decode.
        message: String,
    },
    /// An event stream broke off: its text is not an event stream (bad UTF-8, a WebSocket
    /// message that is not JSON), or its connection ended and could not be resumed within
    /// the client's retry policy.
    Stream {
        /// What happened.
        message: String,
    },
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Status { status, .. }
            | Self::Decode { status, .. }
            | Self::Api { status, .. }
            | Self::Incomplete { status, .. }
            | Self::TooLarge { status, .. } => Some(*status),
            Self::Transport(e) => e.status().map(|s| s.as_u16()),
            Self::InvalidRequest(_)
            | Self::Protocol { .. }
            | Self::Timeout { .. }
            | Self::Event { .. }
            | Self::Stream { .. } => None,
        }
    }

    /// The raw body received, when there was one.
    pub fn raw_body(&self) -> Option<&Bytes> {
        match self {
            Self::Status { raw, .. }
            | Self::Decode { raw, .. }
            | Self::Api { raw, .. }
            | Self::Protocol { raw, .. }
            | Self::Incomplete { received: raw, .. }
            | Self::TooLarge { received: raw, .. } => Some(raw),
            _ => None,
        }
    }
}

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidRequest(m) => f.debug_tuple("InvalidRequest").field(m).finish(),
            Self::Transport(e) => f.debug_tuple("Transport").field(e).finish(),
            Self::Status { status, body, raw } => f
                .debug_struct("Status")
                .field("status", status)
                .field("body", body)
                .field("raw", &String::from_utf8_lossy(raw))
                .finish(),
            Self::Timeout { elapsed, limit } => f
                .debug_struct("Timeout")
                .field("elapsed", elapsed)
                .field("limit", limit)
                .finish(),
            Self::Incomplete {
                status,
                received,
                source,
            } => f
                .debug_struct("Incomplete")
                .field("status", status)
                .field("received", &received.len())
                .field("source", source)
                .finish(),
            Self::TooLarge { status, limit, .. } => f
                .debug_struct("TooLarge")
                .field("status", status)
                .field("limit", limit)
                .finish(),
            Self::Protocol { message, raw } => f
                .debug_struct("Protocol")
                .field("message", message)
                .field("raw", &String::from_utf8_lossy(raw))
                .finish(),
            Self::Api {
                status,
                body,
                code,
                message,
                raw,
            } => f
                .debug_struct("Api")
                .field("status", status)
                .field("body", body)
                .field("code", code)
                .field("message", message)
                .field("raw", &String::from_utf8_lossy(raw))
                .finish(),
            Self::Decode {
                status,
                raw,
                source,
            } => f
                .debug_struct("Decode")
                .field("status", status)
                .field("raw", &String::from_utf8_lossy(raw))
                .field("source", source)
                .finish(),
            Self::Event {
                event,
                data,
                message,
            } => f
                .debug_struct("Event")
                .field("event", event)
                .field("data", data)
                .field("message", message)
                .finish(),
            Self::Stream { message } => f.debug_struct("Stream").field("message", message).finish(),
        }
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Self::Transport(e) => write!(f, "transport error: {e}"),
            Self::Status { status, raw, .. } => {
                write!(f, "server answered {status}: {}", preview(raw))
            }
            Self::Api {
                status,
                code,
                message,
                raw,
                ..
            } => {
                write!(f, "the API rejected the call (status {status})")?;
                match (code, message) {
                    (None, None) => write!(f, ": {}", preview(raw)),
                    (code, message) => {
                        for part in [code, message].into_iter().flatten() {
                            write!(f, " {part}")?;
                        }
                        Ok(())
                    }
                }
            }
            Self::Timeout { elapsed, limit } => write!(
                f,
                "no complete answer after {} ms (timeout {} ms)",
                elapsed.as_millis(),
                limit.as_millis()
            ),
            Self::Incomplete {
                status,
                received,
                source,
            } => write!(
                f,
                "the connection failed after {} bytes of a {status} answer: {source}",
                received.len()
            ),
            Self::TooLarge { status, limit, .. } => {
                write!(f, "the {status} answer is longer than {limit} bytes")
            }
            Self::Protocol { message, .. } => write!(f, "protocol error: {message}"),
            Self::Decode {
                status,
                source,
                raw,
            } => write!(
                f,
                "server answered {status} with a body that does not match the spec ({source}): {}",
                preview(raw)
            ),
            Self::Event {
                event,
                data,
                message,
            } => write!(
                f,
                "event `{event}` has a payload that does not match the spec ({message}): {}",
                preview(data.as_bytes())
            ),
            Self::Stream { message } => write!(f, "event stream: {message}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport(e) | Self::Incomplete { source: e, .. } => Some(e),
            Self::Decode { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// At most 200 characters of a body, for messages.
fn preview(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out: String = text.chars().take(200).collect();
    if text.chars().count() > 200 {
        out.push('…');
    }
    out
}
