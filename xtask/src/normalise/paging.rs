//! Which operations page through a list, read from their documented parameters and answer:
//! an integer parameter that skips items (`skip`, `offset`) with one that sets the page size
//! (`top`, `limit`), or a `cursor` parameter; an answer with exactly one list field (the
//! items) and, for offset paging, an integer `count` or `total` field (a boolean parameter of
//! that name asks for it), or, for cursor paging, a `next_cursor` or `next` text field.
//! Nothing is recorded when any piece is missing.

use chatgen_codegen::spec::{
    ApiSpec, Location, Operation, Paging, PagingStyle, Primitive, TypeDef, TypeRef,
};

const OFFSET: [&str; 2] = ["skip", "offset"];
const LIMIT: [&str; 2] = ["top", "limit"];
const TOTAL: [&str; 2] = ["count", "total"];
const CURSOR: [&str; 1] = ["cursor"];
const NEXT: [&str; 2] = ["next_cursor", "next"];

fn is_integer(t: &TypeRef) -> bool {
    matches!(
        t,
        TypeRef::Primitive(
            Primitive::Integer | Primitive::Int32 | Primitive::Int64 | Primitive::Uint64
        )
    )
}

fn is_text(t: &TypeRef) -> bool {
    matches!(t, TypeRef::Primitive(Primitive::String))
}

/// The parameter of `op` named one of `names` (query or body) whose type passes `kind`.
fn param<'a>(op: &'a Operation, names: &[&str], kind: fn(&TypeRef) -> bool) -> Option<&'a str> {
    op.params
        .iter()
        .filter(|p| matches!(p.location, Location::Query | Location::Body))
        .find(|p| names.contains(&p.name.as_str()) && kind(&p.ty))
        .map(|p| p.name.as_str())
}

/// The named type of `op`'s one success answer.
fn answer<'a>(spec: &'a ApiSpec, op: &Operation) -> Option<&'a TypeDef> {
    let mut types = op
        .responses
        .iter()
        .filter(|r| r.is_success())
        .filter_map(|r| r.ty.as_ref());
    let first = types.next()?;
    if types.any(|t| t != first) {
        return None;
    }
    match first {
        TypeRef::Named(n) => spec.types.get(n),
        _ => None,
    }
}

fn field<'a>(def: &'a TypeDef, names: &[&str], kind: fn(&TypeRef) -> bool) -> Option<&'a str> {
    def.fields()
        .iter()
        .find(|f| names.contains(&f.name.as_str()) && kind(&f.ty))
        .map(|f| f.name.as_str())
}

/// Newest first, bounded by id: a `max_id` text parameter and an answer that is a list of
/// objects with a text `id` (Mastodon's timelines and lists).
fn id_before(spec: &ApiSpec, op: &Operation) -> Option<Paging> {
    let bound = param(op, &["max_id"], is_text)?;
    let mut types = op
        .responses
        .iter()
        .filter(|r| r.is_success())
        .filter_map(|r| r.ty.as_ref());
    let TypeRef::List(item) = types.next()? else {
        return None;
    };
    let TypeRef::Named(n) = item.as_ref() else {
        return None;
    };
    let def = spec.types.get(n)?;
    let id = field(def, &["id"], is_text)?;
    Some(Paging {
        style: PagingStyle::IdBefore,
        param: bound.to_string(),
        limit: param(op, &LIMIT, is_integer).map(str::to_string),
        items: String::new(),
        total: None,
        total_flag: None,
        next: Some(id.to_string()),
    })
}

/// How `op` pages, if its parameters and answer show it.
fn paging(spec: &ApiSpec, op: &Operation) -> Option<Paging> {
    if let Some(p) = id_before(spec, op) {
        return Some(p);
    }
    let def = answer(spec, op)?;
    let mut lists = def
        .fields()
        .iter()
        .filter(|f| matches!(f.ty, TypeRef::List(_)));
    let items = lists.next()?.name.clone();
    if lists.next().is_some() {
        return None;
    }
    if let Some(offset) = param(op, &OFFSET, is_integer) {
        let limit = param(op, &LIMIT, is_integer)?;
        let total = field(def, &TOTAL, is_integer);
        let total_flag = total.and_then(|t| {
            op.params
                .iter()
                .find(|p| p.name == t && p.ty == TypeRef::Primitive(Primitive::Boolean))
                .map(|p| p.name.clone())
        });
        return Some(Paging {
            style: PagingStyle::Offset,
            param: offset.to_string(),
            limit: Some(limit.to_string()),
            items,
            total: total.map(str::to_string),
            total_flag,
            next: None,
        });
    }
    let cursor = param(op, &CURSOR, is_text)?;
    let next = field(def, &NEXT, is_text)?;
    Some(Paging {
        style: PagingStyle::Cursor,
        param: cursor.to_string(),
        limit: param(op, &LIMIT, is_integer).map(str::to_string),
        items,
        total: None,
        total_flag: None,
        next: Some(next.to_string()),
    })
}

/// Records every paged operation in `protocol.paging`.
pub fn find_paging(spec: &mut ApiSpec) {
    let found: Vec<(String, Paging)> = spec
        .operations
        .iter()
        .filter_map(|op| Some((op.id.clone(), paging(spec, op)?)))
        .collect();
    spec.protocol.paging.extend(found);
}
