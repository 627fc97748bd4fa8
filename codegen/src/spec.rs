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
    pub family: String,
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
    #[serde(default)]
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
                method: "POST".into(),
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
                method: "POST".into(),
                params: ParamStyle::Json,
                envelope: Some(RequestEnvelope {
                    target: "/header/target".into(),
                    version: Some("/header/api_version".into()),
                    message_key: Some("/header/msg_key".into()),
                    header_params: Some("/header/identification".into()),
                    body_params: "/body/data".into(),
                }),
            }),
            answer: Some(Answer {
                result: Some("/body/data".into()),
                failure: Some(FailureMark {
                    at: "/body/error".into(),
                    equals: None,
                }),
                error: Some("/body/error".into()),
                code: Some("/body/error/id".into()),
                message: Some("/body/error/str".into()),
                echo: vec![
                    Echo {
                        request: "/header/target".into(),
                        answer: "/header/target".into(),
                        suffix: Some(".info".into()),
                        ignore_case: true,
                    },
                    Echo {
                        request: "/header/msg_key".into(),
                        answer: "/header/msg_key".into(),
                        suffix: None,
                        ignore_case: false,
                    },
                ],
                error_type: None,
            }),
            credentials: vec![
                envelope("/header/app_token", "app_token"),
                Credential {
                    from_answer: Some("/header/token".into()),
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
    pub fn with_result_at(mut self, at: &str) -> Self {
        let answer = self.answer.take().unwrap_or_default();
        self.answer = Some(answer.result_at(at));
        self
    }

    /// The same protocol whose answers carry a boolean at `flag`, `false` on failure, and the
    /// error's code at `code` (`{"ok": false, "error": "…"}`).
    pub fn with_failure_flag(mut self, flag: &str, code: &str) -> Self {
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
    pub method: String,
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
    pub target: String,
    /// Where the API version (`version`) goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Where a fresh message key goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_key: Option<String>,
    /// Where parameters documented `in: header` go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_params: Option<String>,
    /// Where the other parameters go.
    pub body_params: String,
}

/// The shape of answers: JSON pointers into the answer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Where the result is; absent: the whole body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// What says that the call failed, whatever the HTTP status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<FailureMark>,
    /// Where the error object of a failed call is; absent: the whole body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Where the error's code is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Where the error's message is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
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
    pub fn result_at(mut self, at: &str) -> Self {
        self.result = Some(at.into());
        self
    }

    /// The call failed when the member at `at` equals `value`.
    pub fn failing_when(mut self, at: &str, value: serde_json::Value) -> Self {
        self.failure = Some(FailureMark {
            at: at.into(),
            equals: Some(value),
        });
        self
    }

    /// The error's code is at `at`.
    pub fn code_at(mut self, at: &str) -> Self {
        self.code = Some(at.into());
        self
    }
}

/// What says that a call failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FailureMark {
    /// The member.
    pub at: String,
    /// Failure when the member equals this; absent: when it is present and not `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<serde_json::Value>,
}

/// A member an answer must repeat from its request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Echo {
    /// Where it is in the request.
    pub request: String,
    /// Where it is in the answer.
    pub answer: String,
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
    pub from_answer: Option<String>,
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
    pub unknown: Vec<String>,
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
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocketMessages {
    /// Where an event message names its event (`/event`).
    pub event: String,
    /// Where its payload is (`/payload`), as a string or a JSON value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// Where it names the stream(s) it came from (`/stream`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
    /// Where an error message holds its error (`/error`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Where an error message holds its status (`/status`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_status: Option<String>,
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
    /// Upper-case HTTP method.
    pub method: String,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// HTTP status code; absent when the doc shows the response but lost its status (it is
    /// then listed in the operation's `unknown`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Instead of `status`, a class of statuses: `2XX` … `5XX`, or `default` (every status
    /// the operation lists no answer for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statuses: Option<String>,
    /// Media type of the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Body type; absent when the response has no body.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub ty: Option<TypeRef>,
    /// Description (e.g. `No Content`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Source line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

impl Response {
    /// Whether the status is a 2xx success; a response whose status the doc lost counts as
    /// the success answer (it is the one the doc shows).
    pub fn is_success(&self) -> bool {
        match (&self.statuses, self.status) {
            (Some(class), _) => class == "2XX",
            (None, status) => status.is_none_or(|s| (200..300).contains(&s)),
        }
    }

    /// The status as text: `200`, `4XX`, `default`, or `None` when the doc lost it.
    pub fn status_text(&self) -> Option<String> {
        self.statuses
            .clone()
            .or_else(|| self.status.map(|s| s.to_string()))
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

/// A named type.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// The kind of sample the type was inferred from, if it was inferred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample: Option<SampleKind>,
    /// The documentation names the type but never defines it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub undefined: bool,
    /// Keeps fields it does not declare (so a response round-trips losslessly).
    #[serde(default, skip_serializing_if = "is_false")]
    pub open: bool,
    /// Fields of a struct, in documentation order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
    /// Values of a string enum; such an enum also accepts values not listed.
    #[serde(default, rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<EnumValue>,
    /// Another name for a type (an OpenAPI schema that is a list, a map or a primitive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<TypeRef>,
    /// A value that is one of these types (OpenAPI `oneOf`/`anyOf`), tried in order; a value
    /// of none of them is kept as received.
    #[serde(default, rename = "one_of", skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// For [`TypeDef::variants`]: the member of an object whose text says which variant it
    /// is (an OpenAPI `discriminator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discriminator: Option<String>,
    /// Keys whose value came from the override file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_override: Vec<String>,
    /// Source line of the first definition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The file the type is defined in when it is not the document itself (an OpenAPI
    /// document split over several files: `line` is a line of that file), relative to the
    /// document's folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

impl TypeDef {
    /// Whether this is an enum.
    pub fn is_enum(&self) -> bool {
        !self.values.is_empty()
    }
}

/// One alternative of a [`TypeDef::variants`] type.
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

    /// One named type: its name, enum values, one form only, alias and the types it refers
    /// to.
    fn validate_type(&self, name: &str, def: &TypeDef, problems: &mut Vec<String>) {
        let at = format!("type `{name}`");
        if Primitive::from_keyword(name).is_some() || name.is_empty() {
            problems.push(format!("{at}: a type may not be named like a primitive"));
        }
        let mut values = std::collections::BTreeSet::new();
        for v in &def.values {
            if !values.insert(v.value.as_str()) {
                problems.push(format!("{at}: duplicate enum value `{}`", v.value));
            }
        }
        let forms = [
            !def.fields.is_empty(),
            def.is_enum(),
            def.alias.is_some(),
            !def.variants.is_empty(),
        ];
        if forms.iter().filter(|f| **f).count() > 1 {
            problems.push(format!(
                "{at}: may have only one of fields, enum values, alias and one_of"
            ));
        }
        if let Some(t) = &def.alias {
            self.check_ref(t, &at, problems);
            let mut cycle = false;
            t.visit_named(&mut |n| cycle |= n == name);
            if cycle {
                problems.push(format!("{at}: an alias may not refer to itself"));
            }
        }
        for v in &def.variants {
            self.check_ref(&v.ty, &at, problems);
        }
        let mut names = std::collections::BTreeSet::new();
        for f in &def.fields {
            if !names.insert(f.name.as_str()) {
                problems.push(format!("{at}: duplicate field `{}`", f.name));
            }
            self.check_ref(&f.ty, &at, problems);
        }
    }

    /// Events: unique names, a type exactly for JSON payloads; a stream lists known events;
    /// a WebSocket's message locations are JSON pointers.
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
                (Some(m), StreamTransport::Websocket) => {
                    let pointers = [Some(&m.event), m.payload.as_ref(), m.stream.as_ref()]
                        .into_iter()
                        .chain([m.error.as_ref(), m.error_status.as_ref()]);
                    for p in pointers.flatten() {
                        if !p.starts_with('/') {
                            problems.push(format!("{at}: `{p}` is not a JSON pointer"));
                        }
                    }
                }
                (None, StreamTransport::Websocket) => {
                    problems.push(format!("{at}: a WebSocket stream needs `messages`"));
                }
                (Some(_), StreamTransport::Sse) => {
                    problems.push(format!("{at}: only a WebSocket stream has `messages`"));
                }
                (None, StreamTransport::Sse) => {}
            }
        }
    }

    fn validate_protocol(&self, problems: &mut Vec<String>) {
        let p = &self.protocol;
        if p.is_rpc() != p.rpc.is_some() {
            problems.push("protocol: `rpc` is given exactly when `transport` is `rpc`".into());
        }
        if let Some(rpc) = &p.rpc
            && !HTTP_METHODS.contains(&rpc.method.as_str())
        {
            problems.push(format!(
                "protocol: unsupported HTTP method `{}`",
                rpc.method
            ));
        }
        let mut pointers: Vec<&str> = Vec::new();
        if let Some(e) = p.envelope() {
            pointers.extend([e.target.as_str(), e.body_params.as_str()]);
            pointers.extend(e.version.as_deref());
            pointers.extend(e.message_key.as_deref());
            pointers.extend(e.header_params.as_deref());
        }
        if let Some(a) = &p.answer {
            for at in [&a.result, &a.error, &a.code, &a.message]
                .into_iter()
                .flatten()
            {
                pointers.push(at);
            }
            pointers.extend(a.failure.as_ref().map(|f| f.at.as_str()));
            for e in &a.echo {
                pointers.extend([e.request.as_str(), e.answer.as_str()]);
            }
            if let Some(t) = &a.error_type {
                self.check_ref(&TypeRef::Named(t.clone()), "protocol", problems);
            }
        }
        for c in &p.credentials {
            if c.place == CredentialPlace::Envelope {
                pointers.extend(c.at.as_deref());
            }
            pointers.extend(c.from_answer.as_deref());
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
        for at in pointers {
            if !at.starts_with('/') {
                problems.push(format!("protocol: `{at}` is not a JSON pointer (`/a/b`)"));
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

/// The HTTP methods a route may use.
pub const HTTP_METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// An operation's route (`at` names the operation): a known method, an absolute path, and
/// its placeholders and path parameters one for one.
fn validate_route(op: &Operation, route: &Route, at: &str, problems: &mut Vec<String>) {
    if !HTTP_METHODS.contains(&route.method.as_str()) {
        problems.push(format!("{at}: unsupported HTTP method `{}`", route.method));
    }
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
                .failing_when("/ok", serde_json::json!(false))
                .code_at("/error"),
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
            method: "GET".into(),
            path: "/a/{x}/b/{y}".into(),
        };
        assert_eq!(r.placeholders(), ["x", "y"]);
    }

    #[test]
    fn validation_names_problems() {
        let text = "api: t\ntitle: T\nsource: s\nfamily: weavy\nprotocol: {transport: rest}\nauth: {scheme: none}\noperations:\n  - {id: a, name: A, line: 1, route: {method: GET, path: '/x/{id}'}, body: {type: Nope}}\n";
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
