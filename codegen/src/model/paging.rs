//! `<operation>_stream` methods: every item of a paged list, page after page, for the
//! operations the spec's `protocol.paging` names, when the answer and the request have
//! what paging reads and writes.

use std::collections::BTreeMap;

use super::answers::{counts_as_success, rest_error};
use super::operation::{Request, RequestLayout};
use super::resolve::Names;
use super::rust_type::RustType;
use super::types::TypeModel;
use crate::spec::{ApiSpec, Operation, Paging, PagingStyle, Primitive, TypeRef};

/// A paged operation's stream method.
#[derive(Debug, Clone, PartialEq)]
pub struct PagingStream {
    /// The method's identifier (`list_messages_stream`).
    pub method: String,
    /// The type of one item.
    pub item: RustType,
    /// The error body type of `Error<E>` each failed page yields.
    pub err: RustType,
    /// How positions are written.
    pub style: PagingStyle,
    /// The answer's field holding the items; `None`: the answer is the list (`id_before`).
    pub items: Option<FieldAccess>,
    /// The request member setting the position.
    pub position: MemberAccess,
    /// The position parameter's type.
    pub position_ty: RustType,
    /// The answer's field with the total count (`offset`).
    pub total: Option<FieldAccess>,
    /// The field with the next position: of the answer (`cursor`), or of the last item
    /// (`id_before`, a text id).
    pub next: Option<FieldAccess>,
    /// The request member asking for the total.
    pub total_flag: Option<MemberAccess>,
    /// The request member with the page size.
    pub limit: Option<MemberAccess>,
}

/// A field of a struct, read by paging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldAccess {
    /// The field's identifier.
    pub ident: String,
    /// May be absent.
    pub optional: bool,
    /// May be `null`.
    pub nullable: bool,
}

/// A request member: its path from the request (`offset`, or `data.offset` in an envelope
/// part) and whether it is required (not an `Option`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberAccess {
    /// Field identifiers from the request value.
    pub path: Vec<String>,
    /// Whether it is a plain value rather than an `Option`.
    pub required: bool,
}

/// The field with wire name `wire` of named type `name`.
fn field(types: &Types, name: &str, wire: &str) -> Option<(FieldAccess, RustType)> {
    let f = types.get(name)?.field(wire)?;
    let access = FieldAccess {
        ident: f.ident.clone(),
        optional: f.optional,
        nullable: f.nullable,
    };
    Some((access, f.ty.clone()))
}

/// The request member of parameter `wire` (the first parameter of that name).
fn member(op: &Operation, request: Option<&Request>, wire: &str) -> Option<MemberAccess> {
    let request = request?;
    op.params.iter().enumerate().find_map(|(i, p)| {
        if p.name != wire {
            return None;
        }
        let (owner, m) = request.member_of(i)?;
        let mut path = Vec::new();
        if let RequestLayout::Parts(parts) = &request.layout {
            path.extend(
                parts
                    .iter()
                    .find(|p| p.name == owner)
                    .map(|p| p.field.clone()),
            );
        }
        path.push(m.ident.clone());
        Some(MemberAccess {
            path,
            required: m.required,
        })
    })
}

/// The named types' models, by spec name.
type Types = BTreeMap<String, TypeModel>;

/// The stream method of `op` (whose client method is `method`, request `request`), when
/// it pages and its answer and request have what paging reads and writes.
pub(super) fn build(
    spec: &ApiSpec,
    names: &Names,
    types: &Types,
    op: &Operation,
    method: &str,
    request: Option<&Request>,
) -> Option<PagingStream> {
    let paging = spec.protocol.paging.get(&op.id)?;
    if op.route.is_none() && op.rpc.is_none() {
        return None;
    }
    let answer = op
        .responses
        .iter()
        .filter(|r| counts_as_success(op, r))
        .find_map(|r| r.ty.as_ref())?;
    // The item type, the answer's items field, and the type whose fields give the total
    // and next position: the answer's, or (`id_before`) the items'.
    let (item, items, def) = match (paging.style, answer) {
        (PagingStyle::IdBefore, TypeRef::List(item)) => {
            let TypeRef::Named(n) = item.as_ref() else {
                return None;
            };
            spec.types.get(n)?;
            (names.rust_type(item), None, n.as_str())
        }
        (PagingStyle::IdBefore, _) => return None,
        (_, TypeRef::Named(n)) => {
            spec.types.get(n)?;
            let (access, ty) = field(types, n, &paging.items)?;
            let RustType::Vec(item) = ty else {
                return None;
            };
            (*item, Some(access), n.as_str())
        }
        _ => return None,
    };
    let position = member(op, request, &paging.param)?;
    let (total, next) = positions(spec, types, paging, def)?;
    let position_ty = op
        .params
        .iter()
        .find(|p| p.name == paging.param)
        .map_or(RustType::Value, |p| names.rust_type(&p.ty));
    Some(PagingStream {
        method: format!("{method}_stream"),
        item,
        err: stream_error(spec, names, op),
        style: paging.style,
        items,
        position,
        position_ty,
        total,
        next,
        total_flag: paging
            .total_flag
            .as_deref()
            .and_then(|w| member(op, request, w)),
        limit: paging.limit.as_deref().and_then(|w| member(op, request, w)),
    })
}

/// The total field (`offset`) and the next-position field (`cursor`, `id_before`); `None`
/// when the style's field is missing.
type Positions = (Option<FieldAccess>, Option<FieldAccess>);

fn positions(spec: &ApiSpec, types: &Types, paging: &Paging, def: &str) -> Option<Positions> {
    if paging.style == PagingStyle::Offset {
        let total = paging
            .total
            .as_deref()
            .and_then(|t| field(types, def, t))
            .map(|(a, _)| a);
        return Some((total, None));
    }
    let wire = paging.next.as_deref()?;
    let (access, _) = field(types, def, wire)?;
    if paging.style == PagingStyle::IdBefore {
        // The last item's text id bounds the next page.
        let f = spec
            .types
            .get(def)?
            .fields()
            .iter()
            .find(|f| f.name == wire)?;
        if f.ty != TypeRef::Primitive(Primitive::String) {
            return None;
        }
    }
    Some((None, Some(access)))
}

/// A page's error body: the protocol's error type, else for REST the method's documented
/// one and for RPC any JSON.
fn stream_error(spec: &ApiSpec, names: &Names, op: &Operation) -> RustType {
    match &names.error_type {
        Some(e) => e.clone(),
        None if spec.protocol.is_rpc() => RustType::Value,
        None => rest_error(names, op),
    }
}
