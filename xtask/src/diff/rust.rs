//! What the generator makes of a spec node, in words: Rust type names, request structs,
//! constructor arguments and method signatures. Mirrors `codegen/src/generate.rs` and
//! `codegen/src/wapi.rs` (without their collision suffixes, which reviews do not need).

use chatgen_codegen::names::{Case, ident};
use chatgen_codegen::spec::{ApiSpec, Location, Operation, Param, Primitive, TypeRef};

/// The Rust type of a spec type, as a reader writes it.
pub(super) fn ty(t: &TypeRef) -> String {
    match t {
        TypeRef::Primitive(p) => match p {
            Primitive::String | Primitive::Datetime | Primitive::Date | Primitive::Binary => {
                "String".into()
            }
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

/// The struct a parameter is a field of (`XRequest`, or for WApi `XIdentification` /
/// `XData`); `None` when it is documented as a field of the request body, which the body
/// type carries.
pub(super) fn param_struct(spec: &ApiSpec, op: &Operation, p: &Param) -> Option<String> {
    let pascal = ident(&op.id, Case::Pascal);
    if spec.protocol.envelope().is_some() {
        return Some(match p.location {
            Location::Header => format!("{pascal}Identification"),
            _ => format!("{pascal}Data"),
        });
    }
    (p.location != Location::Body || op.body.is_none()).then(|| format!("{pascal}Request"))
}

/// The parameter's Rust type in its struct.
pub(super) fn param_ty(p: &Param) -> String {
    field_ty(&p.ty, !p.required, false)
}

/// The arguments of `XRequest::new(...)` (`None` when there is no `new`: no required
/// member, or a WApi request, which has none).
pub(super) fn new_args(spec: &ApiSpec, op: &Operation) -> Option<Vec<String>> {
    if spec.protocol.envelope().is_some() || !has_request(op) {
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

/// The client method of `op`, as the generator writes it for the spec's protocol.
pub(super) fn sig(spec: &ApiSpec, op: &Operation) -> Sig {
    let request = has_request(op).then(|| request_type(op));
    let envelope = spec.protocol.envelope().is_some();
    if spec.protocol.is_rpc() && !envelope {
        return Sig {
            callable: op.rpc.is_some(),
            request,
            ok: op
                .responses
                .iter()
                .find(|r| r.is_success())
                .and_then(|r| r.ty.as_ref())
                .map_or_else(|| "RawResponse".into(), ty),
            err: None,
        };
    }
    if envelope {
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
            err: None,
        };
    }
    {
        {
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
            let err = match distinct(false).as_slice() {
                [one] => ty(one),
                _ => "Value".into(),
            };
            Sig {
                callable: op.route.is_some(),
                request,
                ok,
                err: Some(err),
            }
        }
    }
}

/// `Client::x(&self, request: &XRequest) -> Result<T, Error<E>>`, for reports.
pub(super) fn render_sig(op: &Operation, s: &Sig) -> String {
    let arg = s
        .request
        .as_ref()
        .map_or_else(String::new, |r| format!(", request: &{r}"));
    let err = s
        .err
        .as_ref()
        .map_or_else(|| "Error".to_string(), |e| format!("Error<{e}>"));
    format!("{}(&self{arg}) -> Result<{}, {err}>", method(op), s.ok)
}
