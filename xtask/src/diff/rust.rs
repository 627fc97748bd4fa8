//! What the generator makes of a spec node, in words: Rust type names, request structs,
//! constructor arguments, method signatures and credential setters. Mirrors
//! `codegen/src/{generate,envelope,transport,paging}.rs` (without their collision suffixes,
//! which reviews do not need); a test holds it against the generated code.

use chatgen_codegen::names::{Case, ident};
use chatgen_codegen::spec::{
    ApiSpec, AuthScheme, Credential, CredentialPlace, Location, Operation, Param, Primitive,
    StreamTransport, TypeRef,
};

/// The Rust type of a spec type, as a reader writes it.
pub(super) fn ty(t: &TypeRef) -> String {
    match t {
        TypeRef::Primitive(p) => match p {
            Primitive::String
            | Primitive::Datetime
            | Primitive::Date
            | Primitive::Uuid
            | Primitive::Byte => "String".into(),
            Primitive::Binary => "Binary".into(),
            Primitive::Integer | Primitive::Int64 => "i64".into(),
            Primitive::Int32 => "i32".into(),
            Primitive::Uint64 => "u64".into(),
            Primitive::Uint8 => "u8".into(),
            Primitive::Number => "f64".into(),
            Primitive::Boolean => "bool".into(),
            Primitive::Any => "Value".into(),
        },
        TypeRef::List(inner) => format!("Vec<{}>", ty(inner)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", ty(inner)),
        TypeRef::Named(n) => type_name(n),
    }
}

/// A field's Rust type: `T`, `Option<T>` (optional or nullable) or `Option<Option<T>>`.
pub(super) fn field_ty(t: &TypeRef, optional: bool, nullable: bool) -> String {
    let inner = ty(t);
    match (optional, nullable) {
        (false, false) => inner,
        (true, true) => format!("Option<Option<{inner}>>"),
        _ => format!("Option<{inner}>"),
    }
}

/// `types::Name`.
pub(super) fn type_name(name: &str) -> String {
    format!("types::{}", ident(name, Case::Pascal))
}

/// `Client::method`.
pub(super) fn method(op: &Operation) -> String {
    format!("Client::{}", ident(&op.id, Case::Snake))
}

/// `XRequest`.
pub(super) fn request_type(op: &Operation) -> String {
    format!("{}Request", ident(&op.id, Case::Pascal))
}

/// The field identifier of a wire name.
pub(super) fn field(name: &str) -> String {
    ident(name, Case::Snake)
}

/// Whether the operation has a request value (parameters or a body).
pub(super) fn has_request(op: &Operation) -> bool {
    !op.params.is_empty() || op.body.is_some()
}

/// The struct a parameter is a field of (`XRequest`, or for an envelope that puts header
/// parameters apart, the part named after its member: `XIdentification`, `XData`); `None`
/// when it is documented as a field of the request body, which the body type carries.
pub(super) fn param_struct(spec: &ApiSpec, op: &Operation, p: &Param) -> Option<String> {
    let pascal = ident(&op.id, Case::Pascal);
    if let Some((header, body)) = parts(spec) {
        return Some(match p.location {
            Location::Header => format!("{pascal}{header}"),
            _ => format!("{pascal}{body}"),
        });
    }
    (p.location != Location::Body || op.body.is_none()).then(|| format!("{pascal}Request"))
}

/// For an envelope that puts header parameters apart: the suffixes of the two part types
/// (the last segment of each member's pointer, e.g. `Identification` and `Data`).
pub(super) fn parts(spec: &ApiSpec) -> Option<(String, String)> {
    if !spec.protocol.splits_params() {
        return None;
    }
    let e = spec.protocol.envelope()?;
    let last = |at: &str| {
        let segment = at.rsplit('/').next().unwrap_or_default();
        ident(&ident(segment, Case::Snake), Case::Pascal)
    };
    Some((
        last(e.header_params.as_deref().unwrap_or("/header")),
        last(&e.body_params),
    ))
}

/// The parameter's Rust type in its struct.
pub(super) fn param_ty(p: &Param) -> String {
    field_ty(&p.ty, !p.required, false)
}

/// The arguments of `XRequest::new(...)` (`None` when there is no `new`: no required
/// member, or a WApi request, which has none).
pub(super) fn new_args(spec: &ApiSpec, op: &Operation) -> Option<Vec<String>> {
    if parts(spec).is_some() || !has_request(op) {
        return None;
    }
    let mut args: Vec<String> = op
        .params
        .iter()
        .filter(|p| p.required && param_struct(spec, op, p).is_some())
        .map(|p| format!("{}: {}", field(&p.name), ty(&p.ty)))
        .collect();
    if let Some(b) = &op.body {
        args.push(format!("body: {}", ty(&b.ty)));
    }
    (!args.is_empty()).then_some(args)
}

/// What a client method looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Sig {
    /// Whether the client has a method for the operation (its route or target is known).
    pub callable: bool,
    /// The type of the `request` argument, if it takes one.
    pub request: Option<String>,
    /// The success type.
    pub ok: String,
    /// The error body type of `Error<E>`, for REST.
    pub err: Option<String>,
}

/// The error type every method declares, when the protocol names one.
fn protocol_error(spec: &ApiSpec) -> Option<String> {
    spec.protocol
        .answer
        .as_ref()
        .and_then(|a| a.error_type.as_deref())
        .map(type_name)
}

/// The client method of `op`, as the generator writes it for the spec's protocol.
pub(super) fn sig(spec: &ApiSpec, op: &Operation) -> Sig {
    let request = has_request(op).then(|| request_type(op));
    let err = protocol_error(spec);
    if !spec.protocol.is_rpc() {
        let distinct = |success: bool| {
            let mut types: Vec<&TypeRef> = op
                .responses
                .iter()
                .filter(|r| r.is_success() == success)
                .filter_map(|r| r.ty.as_ref())
                .collect();
            types.sort();
            types.dedup();
            types
        };
        let ok = match distinct(true).as_slice() {
            [] if op.unknown.iter().any(|u| u == "response") => "RawResponse".into(),
            [] => "()".into(),
            [one] => ty(one),
            _ => "Value".into(),
        };
        let documented = match distinct(false).as_slice() {
            [one] => ty(one),
            _ => "Value".into(),
        };
        return Sig {
            callable: op.route.is_some(),
            request,
            ok,
            err: Some(err.unwrap_or(documented)),
        };
    }
    if parts(spec).is_some() {
        return Sig {
            callable: op.rpc.is_some(),
            request: if op.listed_only {
                Some("OpenRequest".into())
            } else {
                request
            },
            ok: op
                .responses
                .iter()
                .find_map(|r| r.ty.as_ref())
                .map_or_else(|| "Value".into(), ty),
            err,
        };
    }
    Sig {
        callable: op.rpc.is_some(),
        request,
        ok: op
            .responses
            .iter()
            .find(|r| r.is_success())
            .and_then(|r| r.ty.as_ref())
            .map_or_else(|| "RawResponse".into(), ty),
        err,
    }
}

/// The stream method of a paged operation (`Client::x_stream`), when the generator writes
/// one: a callable operation whose success answer is a named type with the items list and
/// whose request has the position parameter.
pub(super) fn stream(spec: &ApiSpec, op: &Operation) -> Option<String> {
    let paging = spec.protocol.paging.get(&op.id)?;
    if !sig(spec, op).callable {
        return None;
    }
    let answer = op
        .responses
        .iter()
        .filter(|r| r.is_success())
        .find_map(|r| r.ty.as_ref())?;
    // The items: the answer itself (`id_before`), or the answer type's items field.
    let item = match (paging.style, answer) {
        (chatgen_codegen::spec::PagingStyle::IdBefore, TypeRef::List(item)) => item,
        (chatgen_codegen::spec::PagingStyle::IdBefore, _) => return None,
        (_, TypeRef::Named(name)) => {
            let items = spec
                .types
                .get(name)?
                .fields
                .iter()
                .find(|f| f.name == paging.items)?;
            let TypeRef::List(item) = &items.ty else {
                return None;
            };
            item
        }
        _ => return None,
    };
    op.params
        .iter()
        .find(|p| p.name == paging.param && param_struct(spec, op, p).is_some())?;
    Some(format!(
        "{}_stream -> Stream<Item = Result<{}, _>>",
        method(op),
        ty(item)
    ))
}

/// The credentials of an API: the protocol's list, else the one `auth` describes (as
/// `codegen/src/transport.rs` reads them).
fn credentials(spec: &ApiSpec) -> Vec<Credential> {
    if !spec.protocol.credentials.is_empty() {
        return spec.protocol.credentials.clone();
    }
    let one = |name: &str, place, at: Option<String>| Credential {
        name: name.into(),
        place,
        at,
        fields: Vec::new(),
        from_answer: None,
        unless: None,
    };
    match spec.auth.scheme {
        AuthScheme::Bearer => vec![one("bearer_token", CredentialPlace::Bearer, None)],
        AuthScheme::Header => vec![one(
            "api_key",
            CredentialPlace::Header,
            spec.auth.header.clone(),
        )],
        AuthScheme::Token => vec![one(
            "token",
            CredentialPlace::Param,
            Some(spec.auth.param.clone().unwrap_or_else(|| "token".into())),
        )],
        AuthScheme::ApiKey | AuthScheme::None => Vec::new(),
    }
}

/// The client's credential setters (`Client::with_token(value)`) and where each sends its
/// value, in words.
pub(super) fn setters(spec: &ApiSpec) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if spec.auth.scheme == AuthScheme::ApiKey && spec.protocol.credentials.is_empty() {
        out.push((
            "Client::with_api_key(header, key)".to_string(),
            "in a header the caller names".to_string(),
        ));
    }
    for c in credentials(spec) {
        let args = if c.fields.is_empty() {
            "value".to_string()
        } else {
            c.fields
                .iter()
                .map(|f| ident(f, Case::Snake))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let at = c.at.clone().unwrap_or_default();
        let place = match c.place {
            CredentialPlace::Bearer => "as `Authorization: Bearer`".to_string(),
            CredentialPlace::Header => format!("in the `{at}` header"),
            CredentialPlace::Param => format!("as the `{at}` parameter"),
            CredentialPlace::Envelope => format!("at `{at}` of the envelope"),
        };
        let mut place = place;
        if let Some(u) = &c.unless {
            place.push_str(&format!(" while there is no `{u}`"));
        }
        out.push((format!("Client::with_{}({args})", c.name), place));
    }
    out
}

/// `Client::x(&self, request: &XRequest) -> Result<T, Error<E>>`, for reports.
pub(super) fn render_sig(op: &Operation, s: &Sig) -> String {
    let arg = s
        .request
        .as_ref()
        .map_or_else(String::new, |r| format!(", request: &{r}"));
    // An operation answering with a stream of events returns the stream.
    match op.stream.as_ref().map(|st| st.transport) {
        Some(StreamTransport::Sse) => {
            return format!("{}(&self{arg}) -> EventStream<events::Event>", method(op));
        }
        Some(StreamTransport::Websocket) => {
            return format!(
                "{}(&self{arg}) -> Result<SocketStream<events::Event>, Error>",
                method(op)
            );
        }
        None => {}
    }
    let err = s
        .err
        .as_ref()
        .map_or_else(|| "Error".to_string(), |e| format!("Error<{e}>"));
    format!("{}(&self{arg}) -> Result<{}, {err}>", method(op), s.ok)
}
