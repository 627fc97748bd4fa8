//! The one error type every generated client method returns.

use std::fmt;

use bytes::Bytes;

/// Why a call failed. `E` is the body type the documentation gives for the operation's
/// error statuses (`serde_json::Value` when it gives none).
#[non_exhaustive]
pub enum Error<E = serde_json::Value> {
    /// The request could not be built (bad base URL, a body that does not serialise).
    InvalidRequest(String),
    /// The request did not complete: connection, TLS, timeout, or reading the body.
    Transport(reqwest::Error),
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
    /// The server answered, but the API says the call failed: `{"ok": false, "error": …}`
    /// (TeamChat) or an error envelope.
    Api {
        /// The HTTP status code (often 200 for such answers).
        status: u16,
        /// The API's error code or text.
        code: ::std::string::String,
        /// The body as received.
        raw: Bytes,
    },
    /// A WApi answer carried `body.error`.
    Wapi {
        /// The HTTP status code (200 for WApi errors).
        status: u16,
        /// The error as the API gives it.
        error: crate::WapiError,
        /// The body as received.
        raw: Bytes,
    },
    /// The answer breaks the protocol (a WApi answer for another target or `msg_key`).
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
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Status { status, .. }
            | Self::Decode { status, .. }
            | Self::Api { status, .. }
            | Self::Wapi { status, .. } => Some(*status),
            Self::Transport(e) => e.status().map(|s| s.as_u16()),
            Self::InvalidRequest(_) | Self::Protocol { .. } => None,
        }
    }

    /// The raw body received, when there was one.
    pub fn raw_body(&self) -> Option<&Bytes> {
        match self {
            Self::Status { raw, .. }
            | Self::Decode { raw, .. }
            | Self::Api { raw, .. }
            | Self::Wapi { raw, .. }
            | Self::Protocol { raw, .. } => Some(raw),
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
            Self::Wapi { status, error, raw } => f
                .debug_struct("Wapi")
                .field("status", status)
                .field("error", error)
                .field("raw", &String::from_utf8_lossy(raw))
                .finish(),
            Self::Protocol { message, raw } => f
                .debug_struct("Protocol")
                .field("message", message)
                .field("raw", &String::from_utf8_lossy(raw))
                .finish(),
            Self::Api { status, code, raw } => f
                .debug_struct("Api")
                .field("status", status)
                .field("code", code)
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
            Self::Api { status, code, .. } => {
                write!(f, "the API rejected the call (status {status}): {code}")
            }
            Self::Wapi { error, .. } => write!(
                f,
                "the API rejected the call: {} {}{}",
                error.id,
                error.text,
                error
                    .detail_str
                    .as_deref()
                    .map(|d| format!(" ({d})"))
                    .unwrap_or_default()
            ),
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
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport(e) => Some(e),
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
