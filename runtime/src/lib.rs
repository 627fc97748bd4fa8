//! Runtime shared by every generated client in `chat-clients`.
//!
//! The generated code stays thin: it builds a path, a [`Query`] and a body, and calls the one
//! HTTP core, [`ApiClient`], with a [`Protocol`] built from its spec. Everything that touches
//! the network (timeouts, retries, hooks, tracing), credentials, envelopes and error handling
//! lives here, written once, the way `progenitor-client` serves progenitor's output.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod binary;
mod client;
mod codec;
pub mod de;
mod encode;
mod error;
mod events;
mod nullable;
mod paging;
mod policy;
mod protocol;
mod query;
mod secret;
mod style;

pub use binary::Binary;
pub use client::{ApiClient, Call, OpenRequest, RawResponse};
pub use error::Error;
#[cfg(feature = "websocket")]
pub use events::socket::SocketStream;
pub use events::{DecodeEvent, EventStream, SocketMessages};
pub use nullable::{double_option, present};
pub use paging::{Page, Position, paginate};
pub use policy::{
    Answered, CallInfo, CallOptions, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_MAX_BODY,
    DEFAULT_TIMEOUT, Hook, RetryPolicy, parse_retry_after,
};
pub use protocol::{
    Answer, Credential, Echo, Endpoint, Failure, ParamStyle, Place, Protocol, RequestEnvelope, Rpc,
    Transport,
};
pub use query::{PathSegment, Query};
pub use secret::Secret;
pub use style::{Style, StyleKind, path_param};

pub use bytes::Bytes;
pub use futures_core::Stream;
pub use reqwest;
pub use reqwest::Method;
pub use serde_json;

/// `url` without trailing `/`s, so paths can be appended with their own leading `/`.
fn trim_slashes(mut url: String) -> String {
    while url.ends_with('/') {
        url.pop();
    }
    url
}
