//! Slack-style method APIs described in OpenAPI: every path is one method name
//! (`/chat.postMessage`) and answers carry an `ok` member; failures come as `{"ok": false,
//! "error": "…"}`, usually with status 200.
//!
//! Such a spec gets the protocol of form-encoded RPC calls per method with the failure flag
//! `/ok` and the error code at `/error` (protocols are data), so `"ok": false` is
//! `Error::Api` whatever the status: each operation keeps its route and
//! gains `rpc.target` (the method name), the form body's fields become `in: body`
//! parameters, and the `token` parameter becomes `auth: {scheme: token, param: token}`
//! (`auth: false` on methods that list no token). This is the only place that decides it,
//! so a data model of envelopes can replace [`as_method_calls`] alone.

use chatgen_codegen::spec::{ApiSpec, Auth, AuthScheme, Location, Param, Protocol, Rpc, TypeRef};
use serde_json::Value;

use super::doc::{OpenApiDoc, Version};

/// Whether the document describes Slack-style methods: every path is a single dotted
/// method name, and most success answers declare an `ok` member.
pub fn is_ok_envelope(doc: &OpenApiDoc) -> bool {
    let Some(paths) = doc.at("/paths").and_then(Value::as_object) else {
        return false;
    };
    let method_like = |p: &str| {
        p.strip_prefix('/').is_some_and(|name| {
            name.contains('.')
                && name.split('.').all(|w| {
                    !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
        })
    };
    if paths.is_empty() || !paths.keys().all(|p| method_like(p)) {
        return false;
    }
    let mut total = 0;
    let mut with_ok = 0;
    for item in paths.values() {
        for op in item.as_object().into_iter().flat_map(|o| o.values()) {
            let Some(response) = op.get("responses").and_then(|r| r.get("200")) else {
                continue;
            };
            total += 1;
            let schema = match doc.version {
                Version::Swagger2 => response.get("schema"),
                _ => response.pointer("/content/application~1json/schema"),
            };
            let schema = schema.and_then(|s| doc.resolve(s, "").map(|(v, _)| v));
            if schema.is_some_and(|s| s.pointer("/properties/ok").is_some()) {
                with_ok += 1;
            }
        }
    }
    total > 0 && with_ok * 2 > total
}

/// Turns a REST spec of such methods into `teamchat` method calls (see the module doc).
pub fn as_method_calls(spec: &mut ApiSpec) {
    spec.protocol = Protocol::form_rpc_per_method().with_failure_flag(
        chatgen_codegen::spec::JsonPointer::member("ok"),
        chatgen_codegen::spec::JsonPointer::member("error"),
    );
    if let Some(url) = spec.base_url.clone()
        && let Some(scheme_end) = url.find("://")
    {
        let host_end = url[scheme_end + 3..]
            .find('/')
            .map_or(url.len(), |i| i + scheme_end + 3);
        let path = &url[host_end..];
        if !path.is_empty() {
            spec.base_path = Some(path.to_string());
            spec.base_url = Some(url[..host_end].to_string());
        }
    }
    let mut token = false;
    for op in &mut spec.operations {
        if let Some(route) = &op.route {
            op.rpc = Some(Rpc {
                target: route.path.trim_start_matches('/').to_string(),
            });
        }
        if let Some(body) = op.body.take() {
            let fields = match &body.ty {
                TypeRef::Named(n) if body.content_type.as_deref() != Some("application/json") => {
                    spec.types.remove(n).map(|d| d.fields().to_vec())
                }
                _ => None,
            };
            match fields {
                Some(fields) => op.params.extend(fields.into_iter().map(|f| Param {
                    name: f.name,
                    location: Location::Body,
                    ty: f.ty,
                    required: !f.optional,
                    doc: f.doc,
                    line: f.line,
                    ..Param::default()
                })),
                None => op.body = Some(body),
            }
        }
        // Every parameter of an RPC call travels as a form field, lists as repeated names,
        // whatever style the document gave it for a query.
        for p in &mut op.params {
            p.style = None;
            p.explode = None;
            p.allow_reserved = false;
        }
        let before = op.params.len();
        op.params.retain(|p| p.name != "token");
        if op.params.len() < before {
            token = true;
        } else {
            op.auth = Some(false);
        }
    }
    if token {
        spec.auth = Auth {
            scheme: AuthScheme::Token,
            param: Some("token".into()),
            line: spec.auth.line,
            ..Auth::default()
        };
    }
}
