//! How an API's calls travel, as plain data: the transport (REST routes or RPC calls), the
//! shape of its answers (where the result sits, what says failure, where the error's code and
//! message are) and where its credentials go.
//!
//! Generated clients build one [`Protocol`] from their spec's `protocol` (see
//! `spec/README.md`); the one HTTP core in [`crate::ApiClient`] picks its encoder and decoder
//! from it. A new API whose answers look like `{"ok": false, "error": …}` or
//! `{"data": …, "error": …}` is new data, not new code.
//!
//! Every location inside a JSON document is a JSON pointer (RFC 6901: `/body/data`).

use serde_json::Value;

/// An API's wire protocol.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Protocol {
    /// How a call is addressed and its parameters encoded.
    pub transport: Transport,
    /// The shape of answers.
    pub answer: Answer,
    /// Where credentials go.
    pub credentials: Vec<Credential>,
}

/// How a call is addressed.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Transport {
    /// Method and path per operation; query parameters; a JSON body.
    #[default]
    Rest,
    /// Calls by name.
    Rpc(Rpc),
}

/// An RPC transport.
#[derive(Debug, Clone, PartialEq)]
pub struct Rpc {
    /// Where a call goes.
    pub endpoint: Endpoint,
    /// The HTTP method of every call (ignored with [`ParamStyle::Query`], which uses `GET`).
    pub method: reqwest::Method,
    /// How parameters are encoded.
    pub params: ParamStyle,
    /// The JSON document every call is wrapped in, if any.
    pub envelope: Option<RequestEnvelope>,
}

/// Where an RPC call goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// `<base_url><base_path>/<method name>`.
    PathPerMethod,
    /// `<base_url><base_path>` for every call; the method name travels in the envelope.
    Single,
}

/// How a call's parameters travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParamStyle {
    /// An `application/x-www-form-urlencoded` body: text as is, lists as repeated names,
    /// objects as JSON text.
    #[default]
    Form,
    /// A JSON body.
    Json,
    /// `GET` with the parameters in the query string (encoded as for `Form`).
    Query,
}

/// The JSON document a call is wrapped in (JSON pointers into it).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestEnvelope {
    /// Where the method name goes.
    pub target: String,
    /// Where the API version goes ([`crate::ApiClient::with_api_version`]).
    pub version: Option<String>,
    /// Where a fresh message key goes (a counter, unique per client).
    pub message_key: Option<String>,
    /// Where the parameters documented `in: header` go.
    pub header_params: Option<String>,
    /// Where the other parameters go (an empty object when there are none); `None`: they
    /// are members of the document itself, beside the target.
    pub body_params: Option<String>,
    /// Members every call sends with the same value (JSON-RPC's `"jsonrpc": "2.0"`).
    pub constants: Vec<(String, serde_json::Value)>,
}

/// The shape of answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answer {
    /// Where the result is; `None`: the whole body.
    pub result: Option<String>,
    /// What says that the call failed, whatever the HTTP status.
    pub failure: Option<Failure>,
    /// Where the error object of a failed call is (decoded as the operation's error type);
    /// `None`: the whole body.
    pub error: Option<String>,
    /// Where the error's code is.
    pub code: Option<String>,
    /// Where the error's message is.
    pub message: Option<String>,
    /// Members an answer must echo from its request.
    pub echo: Vec<Echo>,
}

/// What says that a call failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The member.
    pub at: String,
    /// Failure when the member equals this value; `None`: when it is present and not `null`.
    pub equals: Option<Value>,
}

/// A member an answer must repeat from its request (checked; a mismatch is
/// [`crate::Error::Protocol`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Echo {
    /// Where it is in the request.
    pub request: String,
    /// Where it is in the answer.
    pub answer: String,
    /// Text the answer appends to the request's value.
    pub suffix: String,
    /// Compare text without regard to ASCII case.
    pub ignore_case: bool,
}

/// One credential the API takes.
#[derive(Debug, Clone, PartialEq)]
pub struct Credential {
    /// Its name (what the client's setter is called after).
    pub name: String,
    /// Where it goes.
    pub place: Place,
    /// For a credential made of several values (login and password): their names; it is sent
    /// as an object of them.
    pub fields: Vec<String>,
    /// Where an answer may carry a new value (kept, and sent on later calls).
    pub from_answer: Option<String>,
    /// Not sent while the credential of this name has a value.
    pub unless: Option<String>,
}

/// Where a credential goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// `Authorization: Bearer <value>`.
    Bearer,
    /// A header of this name.
    Header(String),
    /// A parameter of this name, among the call's parameters (form, JSON or query).
    Param(String),
    /// A member of the request envelope (JSON pointer).
    Envelope(String),
}

impl Credential {
    /// A single-value credential sent at `place`.
    pub fn new(name: impl Into<String>, place: Place) -> Self {
        Self {
            name: name.into(),
            place,
            fields: Vec::new(),
            from_answer: None,
            unless: None,
        }
    }
}
