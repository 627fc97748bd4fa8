//! Runtime shared by every generated client in `chat-clients`.
//!
//! The generated code stays thin: it builds a path, a [`Query`] and a body, and calls
//! [`RestClient`]. Everything that touches the network, authentication and error handling
//! lives here, written once, the way `progenitor-client` serves progenitor's output.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod encode;
mod error;
mod nullable;
mod query;
mod rest;
mod secret;
mod teamchat;
mod wapi;

pub use error::Error;
pub use nullable::{double_option, present};
pub use query::{PathSegment, Query, QueryValue};
pub use rest::RestClient;
pub use secret::Secret;
pub use teamchat::{ParamStyle, RawResponse, TeamchatClient};
pub use wapi::{OpenRequest, WapiClient, WapiError};

pub use bytes::Bytes;
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
