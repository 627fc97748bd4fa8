//! The normalized spec: one plain-data model for every documentation family.
//!
//! Extractors (in `xtask`) produce an [`ApiSpec`]; it is written to `spec/<api>.yaml`, read
//! back with [`ApiSpec::from_yaml`], checked with [`ApiSpec::validate`] and handed to the
//! code generator. `spec/README.md` documents every key.
//!
//! A fact the documentation does not give is absent (or listed in `unknown`), never guessed;
//! a fact supplied by an override file is listed in the owning node's `from_override`.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

mod values;

pub use values::{Family, JsonPointer, Method, Status, Unknown};
/// JSON-pointer tokens (RFC 6901), written and read once.
pub mod pointer {
    pub use super::values::{escape, unescape};
}

/// One API, as its documentation describes it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiSpec {
    /// Short snake_case name of the API; also the generated module and cargo feature.
    pub api: String,
    /// The title the documentation gives itself.
    pub title: String,
    /// The introduction text of the documentation, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// The source document, relative to `spec/`.
    pub source: String,
    /// The documentation family the extractor that read it belongs to.
    pub family: Family,
    /// The API version the doc describes, when a protocol sends it (WApi's `api_version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// How calls travel on the wire.
    pub protocol: Protocol,
    /// How a caller authenticates.
    pub auth: Auth,
    /// The base URL, when the documentation gives a real one (not a placeholder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// The path under the server at which the API lives, when the doc gives one
    /// (e.g. `/api/api-teamchat`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_path: Option<String>,
    /// Operations, in documentation order.
    pub operations: Vec<Operation>,
    /// Named types, sorted by name.
    #[serde(default, deserialize_with = "types_by_name")]
    pub types: BTreeMap<String, TypeDef>,
    /// The events the API's streams send, in documentation order (see [`EventDef`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventDef>,
    /// The streams (timelines, channels) a client can subscribe to, in documentation order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub streams: Vec<StreamDef>,
    /// Top-level keys whose value came from the override file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_override: Vec<String>,
}

/// The wire protocol of an API, as data: how calls are addressed and encoded, the shape of
/// answers, and where credentials go. The runtime's one HTTP core reads it; nothing in the
/// runtime or the generator knows an API by name.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    /// REST routes or RPC calls.
    pub transport: Transport,
    /// For RPC: where calls go and how parameters travel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc: Option<RpcTransport>,
    /// The shape of answers; absent: the body is the result and the status says failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// Credentials that travel somewhere `auth` cannot say (inside an envelope). Empty: the
    /// one credential `auth` describes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credentials: Vec<Credential>,
    /// The operations that page through a list, by id, and how they page.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub paging: BTreeMap<String, Paging>,
}

/// How an operation pages through a list. Names are wire names of the operation's
/// parameters and of top-level fields of its success answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paging {
    /// Offset or cursor paging.
    pub style: PagingStyle,
    /// The parameter that says where a page starts (items to skip, or the cursor).
    pub param: String,
    /// The parameter with the page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// The answer's field with the items (empty for `id_before`: the answer is the list).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub items: String,
    /// The answer's field with the total number of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<String>,
    /// A boolean parameter that asks the server for the total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_flag: Option<String>,
    /// The answer's field with the next page's cursor; for `id_before`, the items' id field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// Paging styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PagingStyle {
    /// A number of items to skip.
    Offset,
    /// A cursor the previous page gives.
    Cursor,
    /// Newest first, bounded by id (Mastodon's `max_id`): the answer is the list itself, and
    /// the next page is asked for with the `next` field (the id) of the last item as `param`;
    /// the list ends on an empty page.
    IdBefore,
}

impl Protocol {
    /// Plain REST: a method and path per operation, query parameters, JSON bodies, the
    /// status says failure.
    pub fn rest() -> Self {
        Self::default()
    }

    /// RPC calls by name, each `POST`ed to `<base path>/<method name>` with its parameters
    /// (and a credential among them) as an `application/x-www-form-urlencoded` body.
    pub fn form_rpc_per_method() -> Self {
        Self::rpc_per_method(ParamStyle::Form)
    }

    /// RPC calls by name, each `POST`ed to `<base path>/<method name>`, parameters encoded
    /// as `params`.
    pub fn rpc_per_method(params: ParamStyle) -> Self {
        Self {
            transport: Transport::Rpc,
            rpc: Some(RpcTransport {
                endpoint: Endpoint::PerMethod,
                method: Method::Post,
                params,
                envelope: None,
            }),
            ..Self::default()
        }
    }

    /// RPC calls `POST`ed to one URL as a JSON envelope `{"header": {"target", "api_version",
    /// "msg_key", "identification", credentials…}, "body": {"data": …}}`; the answer echoes
    /// the target (plus `.info`) and the `msg_key` in its header and carries `body.data` or
    /// `body.error` (`{id, str, …}`); a session token in the answer's `header.token` is kept.
    /// Credentials: `header.app_token`, `header.token`, and `header.auth` (`login`,
    /// `password`) while there is no session token.
    pub fn header_body_envelope() -> Self {
        let p = |member: &str, child: &str| JsonPointer::member(member).child(child);
        let envelope = |at: &str, name: &str| Credential {
            name: name.into(),
            place: CredentialPlace::Envelope,
            at: Some(at.into()),
            fields: Vec::new(),
            from_answer: None,
            unless: None,
        };
        Self {
            transport: Transport::Rpc,
            rpc: Some(RpcTransport {
                endpoint: Endpoint::Single,
                method: Method::Post,
                params: ParamStyle::Json,
                envelope: Some(RequestEnvelope {
                    target: p("header", "target"),
                    version: Some(p("header", "api_version")),
                    message_key: Some(p("header", "msg_key")),
                    header_params: Some(p("header", "identification")),
                    body_params: Some(p("body", "data")),
                    constants: BTreeMap::new(),
                }),
            }),
            answer: Some(Answer {
                result: Some(p("body", "data")),
                failure: Some(FailureMark {
                    at: p("body", "error"),
                    equals: None,
                }),
                error: Some(p("body", "error")),
                code: Some(p("body", "error").child("id")),
                message: Some(p("body", "error").child("str")),
                echo: vec![
                    Echo {
                        request: p("header", "target"),
                        answer: p("header", "target"),
                        suffix: Some(".info".into()),
                        ignore_case: true,
                    },
                    Echo {
                        request: p("header", "msg_key"),
                        answer: p("header", "msg_key"),
                        suffix: None,
                        ignore_case: false,
                    },
                ],
                error_type: None,
            }),
            credentials: vec![
                envelope("/header/app_token", "app_token"),
                Credential {
                    from_answer: Some(p("header", "token")),
                    ..envelope("/header/token", "session_token")
                },
                Credential {
                    fields: vec!["login".into(), "password".into()],
                    unless: Some("session_token".into()),
                    ..envelope("/header/auth", "login")
                },
            ],
            paging: BTreeMap::new(),
        }
    }

    /// The same protocol whose answers carry the result in the member at `at`.
    pub fn with_result_at(mut self, at: JsonPointer) -> Self {
        let answer = self.answer.take().unwrap_or_default();
        self.answer = Some(answer.result_at(at));
        self
    }

    /// The same protocol whose answers carry a boolean at `flag`, `false` on failure, and the
    /// error's code at `code` (`{"ok": false, "error": "…"}`).
    pub fn with_failure_flag(mut self, flag: JsonPointer, code: JsonPointer) -> Self {
        let answer = self.answer.take().unwrap_or_default();
        self.answer = Some(
            answer
                .failing_when(flag, serde_json::Value::Bool(false))
                .code_at(code),
        );
        self
    }

    /// The same protocol with answers shaped as `answer`.
    pub fn with_answer(mut self, answer: Answer) -> Self {
        self.answer = Some(answer);
        self
    }

    /// Whether calls are RPC calls.
    pub fn is_rpc(&self) -> bool {
        self.transport == Transport::Rpc
    }

    /// The request envelope, if calls are wrapped in one.
    pub fn envelope(&self) -> Option<&RequestEnvelope> {
        self.rpc.as_ref()?.envelope.as_ref()
    }

    /// Whether parameters documented `in: header` travel apart from the others (an envelope
    /// with a place for them).
    pub fn splits_params(&self) -> bool {
        self.envelope().is_some_and(|e| e.header_params.is_some())
    }
}

/// How calls are addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transport {
    /// A method and path per operation (`route`).
    #[default]
    Rest,
    /// Calls by name (`rpc.target`).
    Rpc,
}

/// Where RPC calls go and how their parameters travel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RpcTransport {
    /// One URL per method, or one for all.
    pub endpoint: Endpoint,
    /// The HTTP method of every call.
    pub method: Method,
    /// How parameters are encoded.
    pub params: ParamStyle,
    /// The JSON document every call is wrapped in, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<RequestEnvelope>,
}

/// Where RPC calls go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Endpoint {
    /// `<base path>/<method name>`.
    PerMethod,
    /// `<base path>` for every call; the method name travels in the envelope.
    Single,
}

/// How RPC parameters are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamStyle {
    /// An `application/x-www-form-urlencoded` body.
    Form,
    /// A JSON body.
    Json,
    /// `GET` with a query string.
    Query,
}

/// The JSON document a call is wrapped in: JSON pointers (RFC 6901) into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestEnvelope {
    /// Where the method name goes.
    pub target: JsonPointer,
    /// Where the API version (`version`) goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<JsonPointer>,
    /// Where a fresh message key goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_key: Option<JsonPointer>,
    /// Where parameters documented `in: header` go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_params: Option<JsonPointer>,
    /// Where the other parameters go; absent: they are members of the document itself,
    /// beside the target (`{"operation": "get_job", "id": "…"}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_params: Option<JsonPointer>,
    /// Members every call sends with the same value (JSON-RPC's `"jsonrpc": "2.0"`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub constants: BTreeMap<JsonPointer, serde_json::Value>,
}

/// The shape of answers: JSON pointers into the answer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Where the result is; absent: the whole body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<JsonPointer>,
    /// What says that the call failed, whatever the HTTP status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<FailureMark>,
    /// Where the error object of a failed call is; absent: the whole body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<JsonPointer>,
    /// Where the error's code is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<JsonPointer>,
    /// Where the error's message is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<JsonPointer>,
    /// Members an answer must echo from its request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub echo: Vec<Echo>,
    /// The spec type of the error object (the methods' error type `E`); absent: the
    /// operation's documented error type, else any JSON value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_type: Option<String>,
}

impl Answer {
    /// The result is at `at`.
    pub fn result_at(mut self, at: JsonPointer) -> Self {
        self.result = Some(at);
        self
    }

    /// The call failed when the member at `at` equals `value`.
    pub fn failing_when(mut self, at: JsonPointer, value: serde_json::Value) -> Self {
        self.failure = Some(FailureMark {
            at,
            equals: Some(value),
        });
        self
    }

    /// The error's code is at `at`.
    pub fn code_at(mut self, at: JsonPointer) -> Self {
        self.code = Some(at);
        self
    }
}

/// What says that a call failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FailureMark {
    /// The member.
    pub at: JsonPointer,
    /// Failure when the member equals this; absent: when it is present and not `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<serde_json::Value>,
}

/// A member an answer must repeat from its request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Echo {
    /// Where it is in the request.
    pub request: JsonPointer,
    /// Where it is in the answer.
    pub answer: JsonPointer,
    /// Text the answer appends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// Compared without regard to ASCII case.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ignore_case: bool,
}

/// One credential and where it goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    /// Its name: the generated setter is `with_<name>`.
    pub name: String,
    /// Where it goes.
    #[serde(rename = "in")]
    pub place: CredentialPlace,
    /// The header name, parameter name or JSON pointer (not for `bearer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// For a credential of several values (login and password): their names; sent as an
    /// object.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// Where an answer carries a new value, kept and sent on later calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_answer: Option<JsonPointer>,
    /// Not sent while the credential of this name has a value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unless: Option<String>,
}

/// Where a credential goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CredentialPlace {
    /// `Authorization: Bearer …`.
    Bearer,
    /// A header named by `at`.
    Header,
    /// A call parameter named by `at`.
    Param,
    /// A member of the request envelope at pointer `at`.
    Envelope,
}

/// Authentication of an API.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Auth {
    /// The scheme.
    pub scheme: AuthScheme,
    /// Header that carries the credential, for [`AuthScheme::Header`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// Parameter that carries the credential, for [`AuthScheme::Token`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    /// The names the doc gives its security schemes, for [`AuthScheme::ApiKey`]
    /// (e.g. `API-TOKEN`, `Personal-Access-Token`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// Source line the scheme was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

/// Authentication schemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthScheme {
    /// The documentation names no scheme.
    #[default]
    None,
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// A credential in a named header.
    Header,
    /// A token sent with every call's parameters (Slack style), named by `param`.
    Token,
    /// API keys the doc names (`names`) without saying how they travel: the caller gives
    /// the header.
    ApiKey,
}

/// One documented operation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    /// Stable snake_case id, unique in the API; the client method's name.
    pub id: String,
    /// The name the documentation gives the operation.
    pub name: String,
    /// Description text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// The group (a Redoc tag) the doc files the operation under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// HTTP method and path, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    /// RPC target, for envelope protocols.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc: Option<Rpc>,
    /// Parameters, in documentation order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<Param>,
    /// Request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// Responses, in documentation order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<Response>,
    /// JSON examples, verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
    /// `false` when the doc lists no credential for this operation (it is called without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<bool>,
    /// The doc lists the operation but gives no details (parameters, answer) for it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub listed_only: bool,
    /// Other facts the doc states about the operation (role restrictions, push
    /// notifications…), by the doc's own label.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
    /// Server events the call sends, as the doc lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// The operation answers with a stream of events (server-sent events or a WebSocket).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<EventStream>,
    /// Facts the documentation leaves unknown (e.g. `route`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<Unknown>,
    /// Keys of this operation whose value came from the override file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_override: Vec<String>,
    /// Source line of the operation's heading.
    pub line: u32,
    /// The page the operation is documented on, for an API read from a folder of pages
    /// (`line` is a line of that page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// One event an API's streams send: its name on the wire and what its payload is.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    /// The event's name as sent (`update`, `status.update`).
    pub name: String,
    /// The doc's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// How the payload travels.
    pub payload: Payload,
    /// The payload's type, for `payload: json`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<TypeRef>,
    /// The words of the doc the payload was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Source line of the event's entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The page the event is documented on (an API read from a folder of pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// How an event's payload travels in its `data:` (or WebSocket `payload`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payload {
    /// A JSON document (a value "cast to a string"), decoded as the event's `type`.
    Json,
    /// Plain text (an id), handed over as a string.
    Text,
    /// No payload, or one the doc says to ignore.
    None,
    /// The doc does not say: handed over as received.
    #[default]
    Unknown,
}

/// A stream (timeline, channel) a client can subscribe to.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreamDef {
    /// The stream's name as sent (`public:local`).
    pub name: String,
    /// The doc's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Source line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The page the stream is documented on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// An operation's answer as a stream of events.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventStream {
    /// How the events travel.
    pub transport: StreamTransport,
    /// The names of the events the doc says this stream sends (each in the spec's
    /// `events`); empty when it does not list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// For a WebSocket: where the parts of its JSON messages are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<SocketMessages>,
    /// Source line of the evidence (the `Returns:` line, the examples).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

/// The transport of an event stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StreamTransport {
    /// Server-sent events over one long HTTP answer (`text/event-stream`).
    #[default]
    Sse,
    /// A WebSocket (the route's method is the handshake's `GET`) carrying JSON text messages.
    Websocket,
}

/// The JSON messages of a WebSocket stream, as the doc's examples show them. Locations in
/// messages received are JSON pointers; commands sent are built from member names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocketMessages {
    /// Where an event message names its event (`/event`).
    pub event: JsonPointer,
    /// Where its payload is (`/payload`), as a string or a JSON value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<JsonPointer>,
    /// Where it names the stream(s) it came from (`/stream`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<JsonPointer>,
    /// Where an error message holds its error (`/error`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<JsonPointer>,
    /// Where an error message holds its status (`/status`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_status: Option<JsonPointer>,
    /// The member of a command that says what it does (`type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// Its value for subscribing (`subscribe`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribe: Option<String>,
    /// Its value for unsubscribing (`unsubscribe`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsubscribe: Option<String>,
    /// The member of a command that names the stream (`stream`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Source line of the first message example read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

/// HTTP method and path template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// The HTTP method.
    pub method: Method,
    /// Path template with `{name}` placeholders.
    pub path: String,
}

impl Route {
    /// Names of the `{placeholders}` in the path template, in order.
    pub fn placeholders(&self) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = self.path.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            out.push(&rest[open + 1..open + close]);
            rest = &rest[open + close + 1..];
        }
        out
    }
}

/// An RPC target name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rpc {
    /// The target, e.g. `chat.chat.PostMessage`.
    pub target: String,
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// In the path template.
    Path,
    /// In the query string.
    #[default]
    Query,
    /// In a header.
    Header,
    /// A field of the request body.
    Body,
    /// A cookie, sent in the `Cookie` header.
    Cookie,
}

/// How a parameter's value is written on the wire (OpenAPI's `style`; `json` is a parameter
/// given by `content: application/json`, `tab_delimited` Swagger 2.0's `collectionFormat:
/// tsv`). `spec/README.md` shows what each writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    /// `name=a,b`; exploded `name=a&name=b`, `k=v&k2=v2` (query, cookie).
    Form,
    /// `name=a%20b` (query).
    SpaceDelimited,
    /// `name=a%7Cb` (query).
    PipeDelimited,
    /// `name=a%09b` (query).
    TabDelimited,
    /// `name[k]=v&name[k2]=v2` (query).
    DeepObject,
    /// `a,b`, `k,v`; exploded `k=v` (path, header).
    Simple,
    /// `.a,b`; exploded `.a.b`, `.k=v` (path).
    Label,
    /// `;name=a,b`; exploded `;name=a;name=b`, `;k=v` (path).
    Matrix,
    /// The value's JSON text (any place but the body).
    Json,
}

impl Style {
    /// The style a parameter at `location` has when the spec names none.
    pub fn default_for(location: Location) -> Style {
        match location {
            Location::Path | Location::Header => Style::Simple,
            Location::Query | Location::Cookie | Location::Body => Style::Form,
        }
    }

    /// Whether lists and objects explode when the spec does not say (only `form`'s do).
    pub fn explodes_by_default(self) -> bool {
        self == Style::Form
    }

    /// Whether a parameter at `location` can be written in this style.
    pub fn fits(self, location: Location) -> bool {
        use Style::*;
        match location {
            Location::Path => matches!(self, Simple | Label | Matrix | Json),
            Location::Query => matches!(
                self,
                Form | SpaceDelimited | PipeDelimited | TabDelimited | DeepObject | Json
            ),
            Location::Header => matches!(self, Simple | Json),
            Location::Cookie => matches!(self, Form | Json),
            Location::Body => false,
        }
    }

    /// The style OpenAPI (or the spec) names `name`; `None` for a name neither knows.
    pub fn from_openapi(name: &str) -> Option<Style> {
        [
            Style::Form,
            Style::SpaceDelimited,
            Style::PipeDelimited,
            Style::TabDelimited,
            Style::DeepObject,
            Style::Simple,
            Style::Label,
            Style::Matrix,
            Style::Json,
        ]
        .into_iter()
        .find(|s| s.openapi_name() == name)
    }

    /// The style's name in OpenAPI (`spaceDelimited`), or in the spec for the two OpenAPI
    /// has no `style` for (`json`, `tab_delimited`).
    pub fn openapi_name(self) -> &'static str {
        match self {
            Style::Form => "form",
            Style::SpaceDelimited => "spaceDelimited",
            Style::PipeDelimited => "pipeDelimited",
            Style::TabDelimited => "tab_delimited",
            Style::DeepObject => "deepObject",
            Style::Simple => "simple",
            Style::Label => "label",
            Style::Matrix => "matrix",
            Style::Json => "json",
        }
    }
}

/// One parameter.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// Wire name.
    pub name: String,
    /// Where it travels.
    #[serde(rename = "in")]
    pub location: Location,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// Whether the caller must give it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Documented default value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_json::Value>,
    /// Documented smallest value (`[ 1 .. 50 ]` gives 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<serde_json::Value>,
    /// Documented largest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<serde_json::Value>,
    /// How the value is written, when not the location's default (`form` in the query and
    /// cookies, `simple` in the path and headers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<Style>,
    /// Whether each item of a list, or member of an object, is written as a parameter of its
    /// own, when not the style's default (`true` for `form`, `false` for the others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explode: Option<bool>,
    /// Whether a query value keeps RFC 3986's reserved characters unescaped
    /// (OpenAPI's `allowReserved`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub allow_reserved: bool,
    /// For a type inferred from the description rather than declared: the cue it came
    /// from (`Boolean`, `if true`, …), or `none` when no cue was found and the rule's
    /// default (string) applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_cue: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Keys whose value came from the override file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_override: Vec<String>,
    /// Source line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

impl Param {
    /// The style the value is written in: the spec's, else the location's default.
    pub fn style(&self) -> Style {
        self.style
            .unwrap_or_else(|| Style::default_for(self.location))
    }

    /// Whether lists and objects explode: the spec's word, else the style's default.
    pub fn explode(&self) -> bool {
        self.explode
            .unwrap_or_else(|| self.style().explodes_by_default())
    }
}

/// A request body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Media type, e.g. `application/json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// Source line of the body's schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

/// A documented response.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(try_from = "ResponseWire")]
pub struct Response {
    /// The status it answers with: written `status: 200`, or `statuses: 2XX` /
    /// `statuses: default`; absent when the doc shows the response but lost its status (it is
    /// then listed in the operation's `unknown`).
    pub status: Option<Status>,
    /// Media type of the body.
    pub content_type: Option<String>,
    /// Body type; absent when the response has no body.
    pub ty: Option<TypeRef>,
    /// Description (e.g. `No Content`).
    pub doc: Option<String>,
    /// Source line.
    pub line: Option<u32>,
}

/// A [`Response`] as the YAML writes it: a code in `status`, a class or `default` in
/// `statuses`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResponseWire {
    #[serde(default)]
    status: Option<u16>,
    #[serde(default)]
    statuses: Option<String>,
    #[serde(default)]
    content_type: Option<String>,
    #[serde(default, rename = "type")]
    ty: Option<TypeRef>,
    #[serde(default)]
    doc: Option<String>,
    #[serde(default)]
    line: Option<u32>,
}

impl TryFrom<ResponseWire> for Response {
    type Error = String;

    fn try_from(w: ResponseWire) -> Result<Self, String> {
        let status = match (w.status, w.statuses) {
            (Some(code), None) => Some(Status::Code(code)),
            (None, Some(class)) => Some(Status::from_class(&class).ok_or_else(|| {
                format!("response `statuses: {class}` is not a class `1XX`…`5XX` or `default`")
            })?),
            (None, None) => None,
            (Some(code), Some(class)) => {
                return Err(format!(
                    "a response has `status` or `statuses`, not both (`{code}`, `{class}`)"
                ));
            }
        };
        Ok(Response {
            status,
            content_type: w.content_type,
            ty: w.ty,
            doc: w.doc,
            line: w.line,
        })
    }
}

/// A [`Response`] written as [`ResponseWire`] reads it, borrowing its parts.
#[derive(Serialize)]
struct ResponseOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    statuses: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_type: Option<&'a String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    ty: Option<&'a TypeRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    doc: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
}

impl Serialize for Response {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (status, statuses) = match self.status {
            Some(Status::Code(code)) => (Some(code), None),
            Some(other) => (None, Some(other.to_string())),
            None => (None, None),
        };
        ResponseOut {
            status,
            statuses,
            content_type: self.content_type.as_ref(),
            ty: self.ty.as_ref(),
            doc: self.doc.as_ref(),
            line: self.line,
        }
        .serialize(s)
    }
}

impl Response {
    /// Whether the status is a 2xx success; a response whose status the doc lost counts as
    /// the success answer (it is the one the doc shows).
    pub fn is_success(&self) -> bool {
        self.status.is_none_or(Status::is_success)
    }

    /// The status as text: `200`, `4XX`, `default`, or `None` when the doc lost it.
    pub fn status_text(&self) -> Option<String> {
        self.status.map(|s| s.to_string())
    }

    /// The status code, when the response stands for one.
    pub fn code(&self) -> Option<u16> {
        self.status.and_then(Status::code)
    }
}

/// What an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleOf {
    /// A request.
    Request,
    /// A response.
    Response,
}

/// What the values of a JSON sample are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SampleKind {
    /// Values are type names (`"integer"`, `"string"`): a schema written as JSON.
    TypeNames,
    /// Placeholder values (`"string"`, `0`, `true`), as Redoc prints them.
    Placeholder,
    /// Real values.
    Real,
}

/// A JSON example, verbatim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Request or response.
    pub of: ExampleOf,
    /// Status code, for a response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// What the values are.
    pub kind: SampleKind,
    /// The sample request's URL, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The text as the documentation wrote it, when that is not plain JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    /// The JSON value, keys in documentation order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub json: Option<serde_json::Value>,
    /// Source line.
    pub line: u32,
}

/// A named type: what every type has (doc, provenance, place) beside its [`TypeForm`].
///
/// Written in the YAML as one map (`doc`, `sample`, `undefined`, `open`, `fields`, `enum`,
/// `alias`, `one_of`, `discriminator`, `from_override`, `line`, `file`), with at most one of
/// `fields`, `enum`, `alias` and `one_of`; a map with none is a struct without fields (an
/// undefined type, or an empty object). A map with two forms, `open` on a type that is not a
/// struct, or `discriminator` without `one_of` is refused when read.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(try_from = "TypeDefWire")]
pub struct TypeDef {
    /// Description.
    pub doc: Option<String>,
    /// The kind of sample the type was inferred from, if it was inferred.
    pub sample: Option<SampleKind>,
    /// The documentation names the type but never defines it.
    pub undefined: bool,
    /// What the type is: a struct, an enum, an alias or one of several types.
    pub form: TypeForm,
    /// Keys whose value came from the override file.
    pub from_override: Vec<String>,
    /// Source line of the first definition.
    pub line: Option<u32>,
    /// The file the type is defined in when it is not the document itself (an OpenAPI
    /// document split over several files: `line` is a line of that file), relative to the
    /// document's folder.
    pub file: Option<String>,
}

/// The four forms of a named type.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeForm {
    /// An object with named fields (maybe none).
    Struct(StructDef),
    /// A string enum (`enum:`); such an enum also accepts values not listed.
    Enum(Vec<EnumValue>),
    /// Another name for a type (`alias:`; an OpenAPI schema that is a list, a map or a
    /// primitive).
    Alias(TypeRef),
    /// A value that is one of several types (`one_of:`).
    OneOf(OneOf),
}

impl Default for TypeForm {
    /// A struct without fields.
    fn default() -> Self {
        TypeForm::Struct(StructDef::default())
    }
}

/// The fields of a struct type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StructDef {
    /// Fields, in documentation order.
    pub fields: Vec<Field>,
    /// Keeps fields it does not declare (so a response round-trips losslessly).
    pub open: bool,
}

/// A type whose value is one of these types (OpenAPI `oneOf`/`anyOf`), tried in order; a
/// value of none of them is kept as received.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OneOf {
    /// The alternatives, in order.
    pub variants: Vec<Variant>,
    /// The member of an object whose text says which variant it is (an OpenAPI
    /// `discriminator`).
    pub discriminator: Option<String>,
}

impl TypeDef {
    /// A struct of `fields` (not open), nothing else said.
    pub fn structure(fields: Vec<Field>) -> Self {
        Self::of(TypeForm::Struct(StructDef {
            fields,
            open: false,
        }))
    }

    /// An open struct without declared fields: any object (an undefined type's form).
    pub fn open_object() -> Self {
        Self::of(TypeForm::Struct(StructDef {
            fields: Vec::new(),
            open: true,
        }))
    }

    /// A string enum of `values`.
    pub fn enumeration(values: Vec<EnumValue>) -> Self {
        Self::of(TypeForm::Enum(values))
    }

    /// Another name for `ty`.
    pub fn alias_of(ty: TypeRef) -> Self {
        Self::of(TypeForm::Alias(ty))
    }

    /// One of `variants`, told apart by `discriminator` if given.
    pub fn one_of(variants: Vec<Variant>, discriminator: Option<String>) -> Self {
        Self::of(TypeForm::OneOf(OneOf {
            variants,
            discriminator,
        }))
    }

    /// A type of this form, nothing else said.
    pub fn of(form: TypeForm) -> Self {
        Self {
            form,
            ..Self::default()
        }
    }

    /// Whether this is an enum.
    pub fn is_enum(&self) -> bool {
        matches!(self.form, TypeForm::Enum(_))
    }

    /// The struct's fields; none for the other forms.
    pub fn fields(&self) -> &[Field] {
        match &self.form {
            TypeForm::Struct(s) => &s.fields,
            _ => &[],
        }
    }

    /// The struct's fields, to change them; none for the other forms.
    pub fn fields_mut(&mut self) -> &mut [Field] {
        match &mut self.form {
            TypeForm::Struct(s) => &mut s.fields,
            _ => &mut [],
        }
    }

    /// The struct, to change it; `None` for the other forms.
    pub fn as_struct_mut(&mut self) -> Option<&mut StructDef> {
        match &mut self.form {
            TypeForm::Struct(s) => Some(s),
            _ => None,
        }
    }

    /// The enum's values, to change them; `None` for the other forms.
    pub fn as_enum_mut(&mut self) -> Option<&mut Vec<EnumValue>> {
        match &mut self.form {
            TypeForm::Enum(v) => Some(v),
            _ => None,
        }
    }

    /// Whether the type is a struct that keeps the fields it does not declare.
    pub fn is_open(&self) -> bool {
        matches!(&self.form, TypeForm::Struct(s) if s.open)
    }

    /// The enum's values; none for the other forms.
    pub fn values(&self) -> &[EnumValue] {
        match &self.form {
            TypeForm::Enum(v) => v,
            _ => &[],
        }
    }

    /// The aliased type, for an alias.
    pub fn alias(&self) -> Option<&TypeRef> {
        match &self.form {
            TypeForm::Alias(t) => Some(t),
            _ => None,
        }
    }

    /// The alternatives of a `one_of` type; none for the other forms.
    pub fn variants(&self) -> &[Variant] {
        match &self.form {
            TypeForm::OneOf(o) => &o.variants,
            _ => &[],
        }
    }

    /// The discriminator member of a `one_of` type.
    pub fn discriminator(&self) -> Option<&str> {
        match &self.form {
            TypeForm::OneOf(o) => o.discriminator.as_deref(),
            _ => None,
        }
    }

    /// Every type the definition refers to (field, alias and variant types).
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        match &self.form {
            TypeForm::Struct(s) => s.fields.iter().map(|f| &f.ty).collect(),
            TypeForm::Enum(_) => Vec::new(),
            TypeForm::Alias(t) => vec![t],
            TypeForm::OneOf(o) => o.variants.iter().map(|v| &v.ty).collect(),
        }
    }

    /// Every type the definition refers to, to change them.
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match &mut self.form {
            TypeForm::Struct(s) => s.fields.iter_mut().map(|f| &mut f.ty).collect(),
            TypeForm::Enum(_) => Vec::new(),
            TypeForm::Alias(t) => vec![t],
            TypeForm::OneOf(o) => o.variants.iter_mut().map(|v| &mut v.ty).collect(),
        }
    }
}

/// A [`TypeDef`] as the YAML writes it: every form's keys side by side, at most one given.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TypeDefWire {
    #[serde(default)]
    doc: Option<String>,
    #[serde(default)]
    sample: Option<SampleKind>,
    #[serde(default)]
    undefined: bool,
    #[serde(default)]
    open: bool,
    #[serde(default)]
    fields: Vec<Field>,
    #[serde(default, rename = "enum")]
    values: Vec<EnumValue>,
    #[serde(default)]
    alias: Option<TypeRef>,
    #[serde(default, rename = "one_of")]
    variants: Vec<Variant>,
    #[serde(default)]
    discriminator: Option<String>,
    #[serde(default)]
    from_override: Vec<String>,
    #[serde(default)]
    line: Option<u32>,
    #[serde(default)]
    file: Option<String>,
}

impl TryFrom<TypeDefWire> for TypeDef {
    type Error = String;

    fn try_from(w: TypeDefWire) -> Result<Self, String> {
        let given: Vec<&str> = [
            (!w.fields.is_empty(), "fields"),
            (!w.values.is_empty(), "enum"),
            (w.alias.is_some(), "alias"),
            (!w.variants.is_empty(), "one_of"),
        ]
        .into_iter()
        .filter_map(|(given, key)| given.then_some(key))
        .collect();
        if given.len() > 1 {
            return Err(format!(
                "a type is a struct (`fields`), an enum, an alias or a `one_of`, not several: \
                 this one has `{}`",
                given.join("`, `")
            ));
        }
        if w.open && given.first().is_some_and(|g| *g != "fields") {
            return Err(format!(
                "only a struct is `open`, not one with `{}`",
                given[0]
            ));
        }
        if w.discriminator.is_some() && w.variants.is_empty() {
            return Err("only a `one_of` type has a `discriminator`".into());
        }
        let form = if !w.values.is_empty() {
            TypeForm::Enum(w.values)
        } else if let Some(t) = w.alias {
            TypeForm::Alias(t)
        } else if !w.variants.is_empty() {
            TypeForm::OneOf(OneOf {
                variants: w.variants,
                discriminator: w.discriminator,
            })
        } else {
            TypeForm::Struct(StructDef {
                fields: w.fields,
                open: w.open,
            })
        };
        Ok(TypeDef {
            doc: w.doc,
            sample: w.sample,
            undefined: w.undefined,
            form,
            from_override: w.from_override,
            line: w.line,
            file: w.file,
        })
    }
}

/// A [`TypeDef`] written as [`TypeDefWire`] reads it, borrowing its parts.
#[derive(Serialize)]
struct TypeDefOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    doc: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sample: Option<SampleKind>,
    #[serde(skip_serializing_if = "is_false")]
    undefined: bool,
    #[serde(skip_serializing_if = "is_false")]
    open: bool,
    #[serde(skip_serializing_if = "no_items")]
    fields: &'a [Field],
    #[serde(rename = "enum", skip_serializing_if = "no_items")]
    values: &'a [EnumValue],
    #[serde(skip_serializing_if = "Option::is_none")]
    alias: Option<&'a TypeRef>,
    #[serde(rename = "one_of", skip_serializing_if = "no_items")]
    variants: &'a [Variant],
    #[serde(skip_serializing_if = "Option::is_none")]
    discriminator: Option<&'a str>,
    #[serde(skip_serializing_if = "no_items")]
    from_override: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a String>,
}

fn no_items<T>(items: &&[T]) -> bool {
    items.is_empty()
}

impl Serialize for TypeDef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        TypeDefOut {
            doc: self.doc.as_ref(),
            sample: self.sample,
            undefined: self.undefined,
            open: self.is_open(),
            fields: self.fields(),
            values: self.values(),
            alias: self.alias(),
            variants: self.variants(),
            discriminator: self.discriminator(),
            from_override: &self.from_override,
            line: self.line,
            file: self.file.as_ref(),
        }
        .serialize(s)
    }
}

/// `types:`, each type read with its name in the message when it is refused.
fn types_by_name<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, TypeDef>, D::Error> {
    struct Types;
    impl<'de> serde::de::Visitor<'de> for Types {
        type Value = BTreeMap<String, TypeDef>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map of type names to types")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(name) = map.next_key::<String>()? {
                let wire: TypeDefWire = map.next_value()?;
                let def = TypeDef::try_from(wire)
                    .map_err(|e| serde::de::Error::custom(format!("type `{name}`: {e}")))?;
                out.insert(name, def);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Types)
}

/// One alternative of a [`OneOf`] type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Its type.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// Values of the discriminator member that select it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// A field of a struct.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Wire name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// May be absent.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    /// May be `null`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub nullable: bool,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Keys whose value came from the override file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_override: Vec<String>,
    /// Source line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

/// One value of an enum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// The wire value.
    pub value: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// Built-in scalar types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Primitive {
    /// UTF-8 text.
    String,
    /// Integer that fits `i64`.
    Integer,
    /// 32-bit signed integer.
    Int32,
    /// 64-bit signed integer.
    Int64,
    /// 64-bit unsigned integer.
    Uint64,
    /// 8-bit unsigned integer (a byte).
    Uint8,
    /// Floating point number.
    Number,
    /// `true` / `false`.
    Boolean,
    /// Date and time, as text.
    Datetime,
    /// Date, as text.
    Date,
    /// Bytes.
    Binary,
    /// A UUID, as text.
    Uuid,
    /// Base64-encoded bytes, as text.
    Byte,
    /// Any JSON value.
    Any,
}

impl Primitive {
    /// All primitives, for lookups.
    pub const ALL: [Primitive; 14] = [
        Self::String,
        Self::Integer,
        Self::Int32,
        Self::Int64,
        Self::Uint64,
        Self::Uint8,
        Self::Number,
        Self::Boolean,
        Self::Datetime,
        Self::Date,
        Self::Binary,
        Self::Uuid,
        Self::Byte,
        Self::Any,
    ];

    /// The spec keyword.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Integer => "integer",
            Self::Int32 => "int32",
            Self::Int64 => "int64",
            Self::Uint64 => "uint64",
            Self::Uint8 => "uint8",
            Self::Number => "number",
            Self::Boolean => "boolean",
            Self::Datetime => "datetime",
            Self::Date => "date",
            Self::Binary => "binary",
            Self::Uuid => "uuid",
            Self::Byte => "byte",
            Self::Any => "any",
        }
    }

    /// Parses a spec keyword.
    pub fn from_keyword(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A type: a primitive, a list, a map with string keys, or a named type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    /// A primitive.
    Primitive(Primitive),
    /// `{list: T}`.
    List(Box<TypeRef>),
    /// `{map: T}`: a JSON object with arbitrary keys.
    Map(Box<TypeRef>),
    /// A type in [`ApiSpec::types`].
    Named(String),
}

impl TypeRef {
    /// `any`.
    pub const ANY: TypeRef = TypeRef::Primitive(Primitive::Any);

    /// Whether the type contains `any` nowhere (named types count as concrete).
    pub fn is_concrete(&self) -> bool {
        match self {
            Self::Primitive(p) => *p != Primitive::Any,
            Self::List(t) | Self::Map(t) => t.is_concrete(),
            Self::Named(_) => true,
        }
    }

    /// Calls `f` with every named type this type mentions.
    pub fn visit_named<'a>(&'a self, f: &mut impl FnMut(&'a str)) {
        match self {
            Self::Primitive(_) => {}
            Self::List(t) | Self::Map(t) => t.visit_named(f),
            Self::Named(n) => f(n),
        }
    }

    /// Replaces named references according to `rename`.
    pub fn rename(&mut self, rename: &BTreeMap<String, String>) {
        match self {
            Self::Primitive(_) => {}
            Self::List(t) | Self::Map(t) => t.rename(rename),
            Self::Named(n) => {
                if let Some(to) = rename.get(n.as_str()) {
                    n.clone_from(to);
                }
            }
        }
    }
}

impl Default for TypeRef {
    fn default() -> Self {
        Self::ANY
    }
}

impl fmt::Display for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Primitive(p) => f.write_str(p.as_str()),
            Self::List(t) => write!(f, "{{list: {t}}}"),
            Self::Map(t) => write!(f, "{{map: {t}}}"),
            Self::Named(n) => f.write_str(n),
        }
    }
}

impl Serialize for TypeRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Self::Primitive(p) => s.serialize_str(p.as_str()),
            Self::Named(n) => s.serialize_str(n),
            Self::List(t) | Self::Map(t) => {
                let key = if matches!(self, Self::List(_)) {
                    "list"
                } else {
                    "map"
                };
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry(key, t)?;
                m.end()
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawTypeRef {
    Name(String),
    List { list: Box<TypeRef> },
    Map { map: Box<TypeRef> },
}

impl<'de> Deserialize<'de> for TypeRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match RawTypeRef::deserialize(d)? {
            RawTypeRef::Name(n) => match Primitive::from_keyword(&n) {
                Some(p) => Self::Primitive(p),
                None => Self::Named(n),
            },
            RawTypeRef::List { list } => Self::List(list),
            RawTypeRef::Map { map } => Self::Map(map),
        })
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A spec file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SpecError {
    /// The YAML does not match the spec format.
    #[error("{file}: not a valid spec: {source}")]
    Yaml {
        /// The file.
        file: String,
        /// What serde_yaml reported (with line and column).
        #[source]
        source: serde_yaml::Error,
    },
    /// The spec parsed but breaks an invariant.
    #[error("{file}: invalid spec:\n  {}", problems.join("\n  "))]
    Invalid {
        /// The file.
        file: String,
        /// Every problem found.
        problems: Vec<String>,
    },
}

/// Header line of every spec file written by the tool.
pub const YAML_HEADER: &str =
    "# @generated by `cargo xtask regen`: do not edit. Hand corrections go in spec/overrides/.\n";

impl ApiSpec {
    /// Parses and validates a spec. `file` names the input in errors.
    pub fn from_yaml(file: &str, text: &str) -> Result<Self, SpecError> {
        let spec: ApiSpec = serde_yaml::from_str(text).map_err(|source| SpecError::Yaml {
            file: file.to_string(),
            source,
        })?;
        let problems = spec.validate();
        if problems.is_empty() {
            Ok(spec)
        } else {
            Err(SpecError::Invalid {
                file: file.to_string(),
                problems,
            })
        }
    }

    /// Renders the spec as YAML, with the `@generated` header.
    pub fn to_yaml(&self) -> String {
        // Serialising plain data with string keys cannot fail; fall back to a comment anyway.
        let body = serde_yaml::to_string(self).unwrap_or_else(|e| format!("# error: {e}\n"));
        format!("{YAML_HEADER}{body}")
    }

    /// Checks the invariants code generation relies on; returns every problem found.
    pub fn validate(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if !is_snake_ident(&self.api) {
            problems.push(format!("api name `{}` must be snake_case ASCII", self.api));
        } else if crate::names::ident(&self.api, crate::names::Case::Snake) != self.api {
            problems.push(format!(
                "api name `{}` is a Rust keyword; it names a module",
                self.api
            ));
        }
        self.validate_protocol(&mut problems);
        let mut ids = std::collections::BTreeSet::new();
        for op in &self.operations {
            let at = format!("operation `{}` (line {})", op.id, op.line);
            if !is_snake_ident(&op.id) {
                problems.push(format!("{at}: id must be snake_case ASCII"));
            }
            if !ids.insert(op.id.as_str()) {
                problems.push(format!("{at}: duplicate id"));
            }
            self.validate_operation(op, &at, &mut problems);
        }
        for (name, def) in &self.types {
            self.validate_type(name, def, &mut problems);
        }
        self.validate_events(&mut problems);
        problems
    }

    /// One operation (`at` names it): its route, parameters and the types it refers to.
    fn validate_operation(&self, op: &Operation, at: &str, problems: &mut Vec<String>) {
        if let Some(route) = &op.route {
            validate_route(op, route, at, problems);
        }
        let mut names = std::collections::BTreeSet::new();
        for p in &op.params {
            if !names.insert((p.location, p.name.as_str())) {
                problems.push(format!("{at}: duplicate parameter `{}`", p.name));
            }
            if p.style.is_some_and(|s| !s.fits(p.location)) {
                problems.push(format!(
                    "{at}: parameter `{}` cannot be written as `{}` in the {}",
                    p.name,
                    p.style().openapi_name(),
                    serde_json::to_value(p.location)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                ));
            }
            self.check_ref(&p.ty, at, problems);
        }
        if let Some(b) = &op.body {
            self.check_ref(&b.ty, at, problems);
        }
        for r in &op.responses {
            if let Some(t) = &r.ty {
                self.check_ref(t, at, problems);
            }
        }
    }

    /// One named type: its name, and what its form cannot say by itself: an enum or a
    /// `one_of` has at least one value or alternative, values and fields are unique, an
    /// alias does not name itself, every type it refers to is defined.
    fn validate_type(&self, name: &str, def: &TypeDef, problems: &mut Vec<String>) {
        let at = format!("type `{name}`");
        if Primitive::from_keyword(name).is_some() || name.is_empty() {
            problems.push(format!("{at}: a type may not be named like a primitive"));
        }
        match &def.form {
            TypeForm::Struct(s) => {
                let mut names = std::collections::BTreeSet::new();
                for f in &s.fields {
                    if !names.insert(f.name.as_str()) {
                        problems.push(format!("{at}: duplicate field `{}`", f.name));
                    }
                }
            }
            TypeForm::Enum(values) => {
                let mut seen = std::collections::BTreeSet::new();
                for v in values {
                    if !seen.insert(v.value.as_str()) {
                        problems.push(format!("{at}: duplicate enum value `{}`", v.value));
                    }
                }
                if values.is_empty() {
                    problems.push(format!("{at}: an enum needs a value"));
                }
            }
            TypeForm::Alias(t) => {
                let mut cycle = false;
                t.visit_named(&mut |n| cycle |= n == name);
                if cycle {
                    problems.push(format!("{at}: an alias may not refer to itself"));
                }
            }
            TypeForm::OneOf(o) => {
                if o.variants.is_empty() {
                    problems.push(format!("{at}: a `one_of` needs an alternative"));
                }
            }
        }
        for t in def.type_refs() {
            self.check_ref(t, &at, problems);
        }
    }

    /// Events: unique names, a type exactly for JSON payloads; a stream lists known events,
    /// has a route, and `messages` exactly for a WebSocket.
    fn validate_events(&self, problems: &mut Vec<String>) {
        let mut names = std::collections::BTreeSet::new();
        for e in &self.events {
            let at = format!("event `{}`", e.name);
            if e.name.is_empty() || !names.insert(e.name.as_str()) {
                problems.push(format!("{at}: empty or duplicate name"));
            }
            match (&e.ty, e.payload) {
                (Some(ty), Payload::Json) => self.check_ref(ty, &at, problems),
                (None, Payload::Json) => {
                    problems.push(format!("{at}: a JSON payload needs a `type`"))
                }
                (Some(_), _) => problems.push(format!("{at}: only a JSON payload has a `type`")),
                (None, _) => {}
            }
        }
        let mut streams = std::collections::BTreeSet::new();
        for s in &self.streams {
            if s.name.is_empty() || !streams.insert(s.name.as_str()) {
                problems.push(format!("stream `{}`: empty or duplicate name", s.name));
            }
        }
        for op in &self.operations {
            let Some(stream) = &op.stream else { continue };
            let at = format!("operation `{}` (line {})", op.id, op.line);
            for name in &stream.events {
                if !names.contains(name.as_str()) {
                    problems.push(format!("{at}: stream event `{name}` is not in `events`"));
                }
            }
            if op.route.is_none() {
                problems.push(format!("{at}: a stream needs a route"));
            }
            match (&stream.messages, stream.transport) {
                (Some(_), StreamTransport::Websocket) | (None, StreamTransport::Sse) => {}
                (None, StreamTransport::Websocket) => {
                    problems.push(format!("{at}: a WebSocket stream needs `messages`"));
                }
                (Some(_), StreamTransport::Sse) => {
                    problems.push(format!("{at}: only a WebSocket stream has `messages`"));
                }
            }
        }
    }

    fn validate_protocol(&self, problems: &mut Vec<String>) {
        let p = &self.protocol;
        if p.is_rpc() != p.rpc.is_some() {
            problems.push("protocol: `rpc` is given exactly when `transport` is `rpc`".into());
        }
        if let Some(t) = p.answer.as_ref().and_then(|a| a.error_type.as_ref()) {
            self.check_ref(&TypeRef::Named(t.clone()), "protocol", problems);
        }
        for c in &p.credentials {
            // `at` is a header or parameter name, or for the envelope a JSON pointer.
            if c.place == CredentialPlace::Envelope
                && let Some(Err(e)) = c.at.as_deref().map(JsonPointer::parse)
            {
                problems.push(format!("protocol: credential `{}`: {e}", c.name));
            }
            if c.place != CredentialPlace::Bearer && c.at.is_none() {
                problems.push(format!("protocol: credential `{}` needs `at`", c.name));
            }
            if !is_snake_ident(&c.name) {
                problems.push(format!(
                    "protocol: credential name `{}` must be snake_case",
                    c.name
                ));
            }
        }
        for (id, paging) in &p.paging {
            let Some(op) = self.operations.iter().find(|o| &o.id == id) else {
                problems.push(format!("protocol: paging names unknown operation `{id}`"));
                continue;
            };
            let params = [
                Some(&paging.param),
                paging.limit.as_ref(),
                paging.total_flag.as_ref(),
            ];
            for name in params.into_iter().flatten() {
                if !op.params.iter().any(|p| &p.name == name) {
                    problems.push(format!("protocol: paging of `{id}`: no parameter `{name}`"));
                }
            }
        }
    }

    fn check_ref(&self, t: &TypeRef, at: &str, problems: &mut Vec<String>) {
        t.visit_named(&mut |n| {
            if !self.types.contains_key(n) {
                problems.push(format!("{at}: refers to undefined type `{n}`"));
            }
        });
    }
}

/// An operation's route (`at` names the operation): an absolute path, and its
/// placeholders and path parameters one for one.
fn validate_route(op: &Operation, route: &Route, at: &str, problems: &mut Vec<String>) {
    if !route.path.starts_with('/') {
        problems.push(format!("{at}: path `{}` must start with `/`", route.path));
    }
    for ph in route.placeholders() {
        if !op
            .params
            .iter()
            .any(|p| p.location == Location::Path && p.name == ph)
        {
            problems.push(format!(
                "{at}: path placeholder `{{{ph}}}` has no path parameter"
            ));
        }
    }
    for p in op.params.iter().filter(|p| p.location == Location::Path) {
        if !route.placeholders().contains(&p.name.as_str()) {
            problems.push(format!(
                "{at}: path parameter `{}` is not in the route",
                p.name
            ));
        }
    }
}

fn is_snake_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typeref_yaml_forms() {
        let t: TypeRef = serde_yaml::from_str("{list: {map: Message}}").unwrap();
        assert_eq!(
            t,
            TypeRef::List(Box::new(TypeRef::Map(Box::new(TypeRef::Named(
                "Message".into()
            )))))
        );
        assert_eq!(
            serde_yaml::to_string(&t).unwrap(),
            "list:\n  map: Message\n"
        );
        let p: TypeRef = serde_yaml::from_str("uint64").unwrap();
        assert_eq!(p, TypeRef::Primitive(Primitive::Uint64));
        assert!(!TypeRef::List(Box::new(TypeRef::ANY)).is_concrete());
    }

    #[test]
    fn protocols_round_trip_through_yaml() {
        let flagged = Protocol::rpc_per_method(ParamStyle::Form).with_answer(
            Answer::default()
                .failing_when(JsonPointer::member("ok"), serde_json::json!(false))
                .code_at(JsonPointer::member("error")),
        );
        for p in [Protocol::rest(), flagged, Protocol::header_body_envelope()] {
            let text = serde_yaml::to_string(&p).unwrap();
            let back: Protocol = serde_yaml::from_str(&text).unwrap();
            assert_eq!(back, p, "{text}");
        }
        assert_eq!(
            serde_yaml::to_string(&Protocol::rest()).unwrap(),
            "transport: rest\n"
        );
    }

    #[test]
    fn placeholders_in_order() {
        let r = Route {
            method: Method::Get,
            path: "/a/{x}/b/{y}".into(),
        };
        assert_eq!(r.placeholders(), ["x", "y"]);
    }

    #[test]
    fn validation_names_problems() {
        let text = "api: t\ntitle: T\nsource: s\nfamily: rest-reference\nprotocol: {transport: rest}\nauth: {scheme: none}\noperations:\n  - {id: a, name: A, line: 1, route: {method: GET, path: '/x/{id}'}, body: {type: Nope}}\n";
        let err = ApiSpec::from_yaml("t.yaml", text).unwrap_err().to_string();
        assert!(
            err.contains("path placeholder `{id}` has no path parameter"),
            "{err}"
        );
        assert!(err.contains("undefined type `Nope`"), "{err}");
        let kw = ApiSpec::from_yaml("t.yaml", &text.replace("api: t", "api: type"))
            .unwrap_err()
            .to_string();
        assert!(kw.contains("api name `type` is a Rust keyword"), "{kw}");
        let bad = ApiSpec::from_yaml("t.yaml", "api: [")
            .unwrap_err()
            .to_string();
        assert!(bad.starts_with("t.yaml: not a valid spec"), "{bad}");
    }

    /// The head of a spec with one operation answering `responses` and the `types` given.
    fn spec_text(responses: &str, types: &str) -> String {
        format!(
            "api: t\ntitle: T\nsource: s\nfamily: openapi\nprotocol: {{transport: rest}}\n\
             auth: {{scheme: none}}\noperations:\n  - {{id: a, name: A, line: 1, \
             route: {{method: GET, path: /a}}, responses: {responses}}}\ntypes:{types}\n"
        )
    }

    #[test]
    fn a_type_has_one_form_and_says_which_when_it_has_two() {
        let text = spec_text(
            "[]",
            "\n  Both: {fields: [{name: a, type: string}], enum: [{value: x}]}",
        );
        let err = ApiSpec::from_yaml("t.yaml", &text).unwrap_err().to_string();
        assert_eq!(
            err,
            "t.yaml: not a valid spec: types: type `Both`: a type is a struct (`fields`), an \
             enum, an alias or a `one_of`, not several: this one has `fields`, `enum` at line 10 \
             column 3"
        );
        for (def, says) in [
            (
                "{open: true, alias: string}",
                "only a struct is `open`, not one with `alias`",
            ),
            (
                "{discriminator: kind}",
                "only a `one_of` type has a `discriminator`",
            ),
            (
                "{enum: [{value: x}], one_of: [{type: string}]}",
                "has `enum`, `one_of`",
            ),
        ] {
            let err = ApiSpec::from_yaml("t.yaml", &spec_text("[]", &format!(" {{T: {def}}}")))
                .unwrap_err()
                .to_string();
            assert!(err.contains("type `T`: ") && err.contains(says), "{err}");
        }
    }

    #[test]
    fn type_forms_round_trip_through_yaml() {
        let field = |name: &str| Field {
            name: name.into(),
            ty: TypeRef::Primitive(Primitive::String),
            optional: false,
            nullable: false,
            doc: None,
            from_override: Vec::new(),
            line: None,
        };
        let forms = [
            (
                TypeDef {
                    doc: Some("A thing.".into()),
                    line: Some(3),
                    ..TypeDef::structure(vec![field("id")])
                },
                "doc: A thing.\nfields:\n- name: id\n  type: string\nline: 3\n",
            ),
            (
                TypeDef {
                    undefined: true,
                    ..TypeDef::open_object()
                },
                "undefined: true\nopen: true\n",
            ),
            (TypeDef::default(), "{}\n"),
            (
                TypeDef::enumeration(vec![EnumValue {
                    value: "on".into(),
                    doc: None,
                }]),
                "enum:\n- value: on\n",
            ),
            (
                TypeDef::alias_of(TypeRef::List(Box::new(TypeRef::Named("A".into())))),
                "alias:\n  list: A\n",
            ),
            (
                TypeDef::one_of(
                    vec![Variant {
                        ty: TypeRef::Named("Cat".into()),
                        tags: vec!["cat".into()],
                    }],
                    Some("kind".into()),
                ),
                "one_of:\n- type: Cat\n  tags:\n  - cat\ndiscriminator: kind\n",
            ),
        ];
        for (def, yaml) in forms {
            assert_eq!(serde_yaml::to_string(&def).unwrap(), yaml);
            assert_eq!(
                serde_yaml::from_str::<TypeDef>(yaml).unwrap(),
                def,
                "{yaml}"
            );
        }
        let open = TypeDef::open_object();
        assert!(open.is_open() && open.fields().is_empty() && open.alias().is_none());
    }

    #[test]
    fn response_statuses_are_written_as_before() {
        let of = |status| Response {
            status,
            ..Response::default()
        };
        for (r, yaml) in [
            (of(Some(Status::Code(200))), "status: 200\n"),
            (of(Some(Status::Class(4))), "statuses: 4XX\n"),
            (of(Some(Status::Default)), "statuses: default\n"),
            (of(None), "{}\n"),
        ] {
            assert_eq!(serde_yaml::to_string(&r).unwrap(), yaml);
            assert_eq!(serde_yaml::from_str::<Response>(yaml).unwrap(), r, "{yaml}");
        }
        for (responses, says) in [
            (
                "[{status: 200, statuses: 2XX}]",
                "`status` or `statuses`, not both",
            ),
            ("[{statuses: 7XX}]", "`statuses: 7XX` is not a class"),
            ("[{status: 200, kind: x}]", "unknown field `kind`"),
        ] {
            let err = ApiSpec::from_yaml("t.yaml", &spec_text(responses, " {}"))
                .unwrap_err()
                .to_string();
            assert!(err.contains(says) && err.contains("at line 8"), "{err}");
        }
    }

    #[test]
    fn a_method_outside_the_set_is_refused_at_its_line() {
        let text = spec_text("[]", " {}").replace("method: GET", "method: TRACE");
        let err = ApiSpec::from_yaml("t.yaml", &text).unwrap_err().to_string();
        assert!(
            err.contains("unsupported HTTP method `TRACE`") && err.contains("at line 8"),
            "{err}"
        );
        let text = spec_text("[]", " {}").replace("family: openapi", "family: weavy");
        let err = ApiSpec::from_yaml("t.yaml", &text).unwrap_err().to_string();
        assert!(
            err.contains("unknown family `weavy`") && err.contains("at line 4"),
            "{err}"
        );
    }

    #[test]
    fn styles_have_defaults_by_place_and_fit_their_places() {
        let text = "api: t\ntitle: T\nsource: s\nfamily: openapi\nprotocol: {transport: rest}\nauth: {scheme: none}\noperations:\n  - id: a\n    name: A\n    line: 1\n    route: {method: GET, path: '/x/{id}'}\n    params:\n      - {name: id, in: path, type: integer, required: true, style: label, explode: true}\n      - {name: f, in: query, type: {map: string}, style: deep_object}\n      - {name: c, in: cookie, type: string}\n";
        let spec = ApiSpec::from_yaml("t.yaml", text).unwrap();
        let params = &spec.operations[0].params;
        let got: Vec<(Style, bool)> = params.iter().map(|p| (p.style(), p.explode())).collect();
        assert_eq!(
            got,
            [
                (Style::Label, true),
                (Style::DeepObject, false),
                (Style::Form, true)
            ]
        );
        let yaml = spec.to_yaml();
        assert!(yaml.contains("in: cookie"), "{yaml}");
        assert_eq!(
            yaml.matches("explode").count(),
            1,
            "defaults are left out: {yaml}"
        );
        assert_eq!(ApiSpec::from_yaml("t.yaml", &yaml).unwrap(), spec);
        let err = ApiSpec::from_yaml(
            "t.yaml",
            &text.replace("style: label", "style: deep_object"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("parameter `id` cannot be written as `deepObject` in the path"),
            "{err}"
        );
        assert_eq!(
            Style::from_openapi("pipeDelimited"),
            Some(Style::PipeDelimited)
        );
        assert_eq!(Style::from_openapi("tinted"), None);
    }
}
