//! Operations: the client method's name and signature, the request type and its members
//! (or envelope parts), and which answers are successes.

use super::answers::{answer_types, counts_as_success, is_json_media, rest_error};
use super::resolve::{Names, request_type_name};
use super::rust_type::RustType;
use crate::names::{Case, Scope, ident};
use crate::spec::{ApiSpec, Location, Operation, Protocol, StreamTransport};

/// A request type: one struct, or for an envelope that puts header parameters apart, a
/// struct of one part per envelope member.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The type's name (`SendMessageRequest`).
    pub name: String,
    /// Its members.
    pub layout: RequestLayout,
}

/// How a request's parameters are laid out.
#[derive(Debug, Clone, PartialEq)]
pub enum RequestLayout {
    /// One struct: every parameter but those documented as body fields when there is a
    /// body (the body type carries them), then `body`.
    Struct {
        /// The members, in order.
        members: Vec<Member>,
        /// Whether the struct is what the runtime serialises (RPC): it keeps wire names.
        on_wire: bool,
    },
    /// Envelope parts (header parameters, the others), each a struct of its own.
    Parts(Vec<Part>),
}

/// A member of a request struct.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The Rust identifier.
    pub ident: String,
    /// The parameter (its index in the operation's `params`); `None`: the body.
    pub param: Option<usize>,
    /// The value's type, without `Option`.
    pub ty: RustType,
    /// Whether it must be given (an argument of `new`); optional members are `Option`s.
    pub required: bool,
}

impl Member {
    /// The member's declared type.
    pub fn declared(&self) -> RustType {
        self.ty.clone().member(!self.required, false)
    }
}

/// One envelope part of a request (`XIdentification` in `header.identification`).
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The request's field holding it (`identification`).
    pub field: String,
    /// The part's type name (`XIdentification`).
    pub name: String,
    /// Where it is sent, dotted (`header.identification`).
    pub place: String,
    /// The parameters' location it holds (header, or body for the others).
    pub location: Location,
    /// Its members.
    pub members: Vec<Member>,
}

impl Request {
    /// The struct holding parameter `param` (by index) and its member there; `None` when
    /// the body type carries it (or no part does).
    pub fn member_of(&self, param: usize) -> Option<(&str, &Member)> {
        match &self.layout {
            RequestLayout::Struct { members, .. } => members
                .iter()
                .find(|m| m.param == Some(param))
                .map(|m| (self.name.as_str(), m)),
            RequestLayout::Parts(parts) => parts.iter().find_map(|p| {
                p.members
                    .iter()
                    .find(|m| m.param == Some(param))
                    .map(|m| (p.name.as_str(), m))
            }),
        }
    }

    /// The arguments of `new(...)`: the required members of one struct; `None` when it has
    /// no `new` (nothing required, or envelope parts, which are built field by field).
    pub fn constructor(&self) -> Option<Vec<&Member>> {
        let RequestLayout::Struct { members, .. } = &self.layout else {
            return None;
        };
        let args: Vec<&Member> = members.iter().filter(|m| m.required).collect();
        (!args.is_empty()).then_some(args)
    }

    /// Whether the request is split into envelope parts.
    pub fn has_parts(&self) -> bool {
        matches!(self.layout, RequestLayout::Parts(_))
    }
}

/// A client method's signature and how it calls.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The type of the `request` argument, if it takes one (`XRequest`, or the runtime's
    /// `OpenRequest` for an operation the doc only lists).
    pub arg: Option<String>,
    /// The success type.
    pub ok: RustType,
    /// The error body type of `Error<E>`; `None`: the runtime's plain `Error`.
    pub err: Option<RustType>,
    /// How the method calls.
    pub kind: CallKind,
}

impl Call {
    /// `Error<E>` or `Error`.
    pub fn error_text(&self) -> String {
        self.err
            .as_ref()
            .map_or_else(|| "Error".to_string(), |e| format!("Error<{e}>"))
    }
}

/// How a method calls the runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// A REST request.
    Rest(SendKind),
    /// An RPC call by name; `raw`: the answer is handed back as received.
    Rpc {
        /// The answer is not described: `RawResponse`.
        raw: bool,
    },
    /// An RPC call whose request travels in envelope parts.
    Envelope,
    /// Server-sent events: `EventStream<events::Event>`.
    Sse,
    /// A WebSocket: `SocketStream<events::Event>` (feature `websocket`).
    Websocket,
}

/// How a REST method reads its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendKind {
    /// Decoded from JSON.
    Json,
    /// Handed back as received.
    Raw,
    /// No body.
    Empty,
}

/// Whether an operation takes a request value (it has parameters or a body).
fn has_request(op: &Operation) -> bool {
    !op.params.is_empty() || op.body.is_some()
}

/// The request type and the client method of `op`.
pub(super) fn build(
    spec: &ApiSpec,
    names: &Names,
    op: &Operation,
) -> (Option<Request>, Option<Call>) {
    let request = has_request(op).then(|| request(spec, names, op));
    (request, call(spec, names, op))
}

fn request(spec: &ApiSpec, names: &Names, op: &Operation) -> Request {
    let name = request_type_name(op);
    if spec.protocol.splits_params() {
        let parts = envelope_parts(&spec.protocol)
            .into_iter()
            .filter_map(|(location, field, place)| {
                let params: Vec<(usize, &crate::spec::Param)> = op
                    .params
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.location == location)
                    .collect();
                if params.is_empty() {
                    return None;
                }
                let ids = super::types::field_idents(params.iter().map(|(_, p)| p.name.as_str()));
                let members = params
                    .iter()
                    .zip(ids)
                    .map(|((i, p), ident)| Member {
                        ident,
                        param: Some(*i),
                        ty: names.rust_type(&p.ty),
                        required: p.required,
                    })
                    .collect();
                Some(Part {
                    name: format!(
                        "{}{}",
                        ident(&op.id, Case::Pascal),
                        ident(&field, Case::Pascal)
                    ),
                    field,
                    place,
                    location,
                    members,
                })
            })
            .collect();
        return Request {
            name,
            layout: RequestLayout::Parts(parts),
        };
    }
    let mut scope = Scope::with_reserved(&["body"]);
    let mut members: Vec<Member> = op
        .params
        .iter()
        .enumerate()
        // Parameters documented as fields of a body travel inside `body`.
        .filter(|(_, p)| p.location != Location::Body || op.body.is_none())
        .map(|(i, p)| Member {
            ident: scope.unique(&p.name, Case::Snake),
            param: Some(i),
            ty: names.rust_type(&p.ty),
            required: p.required,
        })
        .collect();
    if let Some(body) = &op.body {
        members.push(Member {
            ident: "body".into(),
            param: None,
            ty: names.rust_type(&body.ty),
            required: true,
        });
    }
    Request {
        name,
        layout: RequestLayout::Struct {
            members,
            on_wire: spec.protocol.is_rpc(),
        },
    }
}

/// The envelope's two parts: (location, the request's field, the dotted place), named
/// after the last segment of each member's pointer.
pub fn envelope_parts(protocol: &Protocol) -> [(Location, String, String); 2] {
    let last = |at: &str| ident(at.rsplit('/').next().unwrap_or_default(), Case::Snake);
    let dotted = |at: &str| at.trim_start_matches('/').replace('/', ".");
    let (h, b) = protocol.envelope().map_or(("/header", "/body"), |e| {
        (
            e.header_params.as_deref().unwrap_or("/header"),
            e.body_params.as_deref().unwrap_or("/body"),
        )
    });
    [
        (Location::Header, last(h), dotted(h)),
        (Location::Body, last(b), dotted(b)),
    ]
}

fn call(spec: &ApiSpec, names: &Names, op: &Operation) -> Option<Call> {
    let request = has_request(op).then(|| request_type_name(op));
    if !spec.protocol.is_rpc() {
        let route = op.route.as_ref()?;
        // Every placeholder of the path needs its path parameter.
        let placed = |ph: &str| {
            op.params
                .iter()
                .any(|p| p.location == Location::Path && p.name == ph)
        };
        if !route.placeholders().into_iter().all(placed) {
            return None;
        }
        return rest_call(names, op, request);
    }
    op.rpc.as_ref()?;
    let err = names.error_type.clone();
    if spec.protocol.splits_params() {
        // The first answer with a type, whatever its status: envelope errors are answers.
        let ok = op
            .responses
            .iter()
            .find_map(|r| r.ty.as_ref())
            .map_or(RustType::Value, |t| names.rust_type(t));
        let arg = if op.listed_only {
            Some("OpenRequest".to_string())
        } else {
            request
        };
        return Some(Call {
            arg,
            ok,
            err,
            kind: CallKind::Envelope,
        });
    }
    let ok = op
        .responses
        .iter()
        .find(|r| counts_as_success(op, r))
        .and_then(|r| r.ty.as_ref());
    Some(Call {
        arg: request,
        ok: ok.map_or(RustType::RawResponse, |t| names.rust_type(t)),
        err,
        kind: CallKind::Rpc { raw: ok.is_none() },
    })
}

fn rest_call(names: &Names, op: &Operation, arg: Option<String>) -> Option<Call> {
    let not_json = op.responses.iter().any(|r| {
        counts_as_success(op, r)
            && r.ty.is_some()
            && r.content_type
                .as_deref()
                .is_some_and(|c| !is_json_media(c) || c == "*/*")
    });
    let (ok, send) = match answer_types(names, op, true).as_slice() {
        _ if not_json => (RustType::RawResponse, SendKind::Raw),
        [] if op.unknown.contains(&crate::spec::Unknown::Response) => {
            (RustType::RawResponse, SendKind::Raw)
        }
        [] => (RustType::Unit, SendKind::Empty),
        [one] => (one.clone(), SendKind::Json),
        _ => (RustType::Value, SendKind::Json),
    };
    let kind = match op
        .stream
        .as_ref()
        .map(|s| (s.transport, s.messages.is_some()))
    {
        None => CallKind::Rest(send),
        Some((StreamTransport::Sse, _)) => CallKind::Sse,
        Some((StreamTransport::Websocket, true)) => CallKind::Websocket,
        // A WebSocket whose messages the doc does not describe has no method.
        Some((StreamTransport::Websocket, false)) => return None,
    };
    Some(Call {
        arg,
        ok,
        err: Some(rest_error(names, op)),
        kind,
    })
}
