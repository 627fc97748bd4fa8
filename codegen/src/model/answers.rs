//! Which answers are successes (the one rule for `default` and `2XX`), the types of the
//! success and error answers, and which media types are JSON.

use super::resolve::Names;
use super::rust_type::RustType;
use crate::spec::{Operation, Primitive, Response, Status};

/// Whether a response is a success answer: a 2xx one (or `2XX`, or one whose status the doc
/// lost), or `default` when the operation lists no 2xx answer (it then covers the success
/// too). The one rule every method, stream and review reads.
pub fn counts_as_success(op: &Operation, r: &Response) -> bool {
    r.is_success()
        || r.status == Some(Status::Default) && !op.responses.iter().any(|r| r.is_success())
}

/// The distinct types of the success (or the other) answers, sorted.
pub(super) fn answer_types(names: &Names, op: &Operation, success: bool) -> Vec<RustType> {
    let mut types: Vec<&crate::spec::TypeRef> = op
        .responses
        .iter()
        .filter(|r| counts_as_success(op, r) == success)
        .filter_map(|r| r.ty.as_ref())
        .collect();
    types.sort();
    types.dedup();
    types.into_iter().map(|t| names.rust_type(t)).collect()
}

/// The error body type a REST method declares: the protocol's, else the only documented
/// error answer's type, else any JSON.
pub(super) fn rest_error(names: &Names, op: &Operation) -> RustType {
    if let Some(e) = &names.error_type {
        return e.clone();
    }
    match answer_types(names, op, false).as_slice() {
        [one] => one.clone(),
        _ => RustType::Value,
    }
}

/// Whether a media type carries JSON (`application/json`, `…+json`, `*/*`).
pub fn is_json_media(media: &str) -> bool {
    let media = media.split(';').next().unwrap_or("").trim();
    media == "application/json" || media.ends_with("+json") || media == "*/*"
}

/// The media type a body is sent as when it is not JSON. A body of any type (`*/*`) whose
/// value is text or bytes (GitHub's release asset upload, "the raw file data") is sent as
/// itself, `application/octet-stream`, not as a JSON string; other `*/*` bodies are JSON.
pub fn body_media(body: &crate::spec::Body) -> Option<&str> {
    let media = body.content_type.as_deref()?;
    let raw = matches!(
        body.ty,
        crate::spec::TypeRef::Primitive(Primitive::String | Primitive::Binary)
    );
    if media.trim() == "*/*" && raw {
        return Some("application/octet-stream");
    }
    (!is_json_media(media)).then_some(media)
}
