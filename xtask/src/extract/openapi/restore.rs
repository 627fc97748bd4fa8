//! Documents written by `cargo xtask export-openapi` (they have a root `x-chatgen`
//! extension): after the OpenAPI reading, the facts the export kept in `x-` extensions are
//! put back (source lines, override and unknown facts, protocol, RPC targets, examples…), so
//! that importing an export gives the spec that was exported.

use chatgen_codegen::spec::{
    ApiSpec, Auth, Example, Location, Operation, Protocol, Response, Route, SampleKind, StructDef,
    TypeDef, TypeForm,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::doc::{OpenApiDoc, escape};

/// Whether `doc` was written by the exporter.
pub fn is_export(doc: &OpenApiDoc) -> bool {
    doc.at("/x-chatgen").is_some_and(Value::is_object)
}

fn get<T: DeserializeOwned>(node: Option<&Value>, key: &str) -> Option<T> {
    node.and_then(|n| n.get(key))
        .and_then(|v| serde_json::from_value(v.clone()).ok())
}

fn line(node: Option<&Value>) -> Option<u32> {
    get(node, "x-source-line")
}

/// Puts the extension facts back; `pointers` are the operations' nodes, in spec order.
pub fn restore(doc: &OpenApiDoc, pointers: &[String], spec: &mut ApiSpec) {
    let root = doc.at("/x-chatgen");
    if let Some(p) = get::<Protocol>(root, "protocol") {
        spec.protocol = p;
    }
    if let Some(a) = get::<Auth>(root, "auth") {
        spec.auth = a;
    }
    spec.version = get(root, "version");
    spec.base_url = get(root, "base_url");
    spec.base_path = get(root, "base_path");
    spec.from_override = get(root, "from_override").unwrap_or_default();
    spec.events = get(root, "events").unwrap_or_default();
    spec.streams = get(root, "streams").unwrap_or_default();
    for (op, pointer) in spec.operations.iter_mut().zip(pointers) {
        restore_operation(doc.at(pointer), op);
    }
    let mut order: Vec<(usize, Operation)> = std::mem::take(&mut spec.operations)
        .into_iter()
        .zip(pointers)
        .enumerate()
        .map(|(i, (op, p))| {
            let at: Option<usize> = get(doc.at(p), "x-chatgen-order");
            (at.unwrap_or(i), op)
        })
        .collect();
    order.sort_by_key(|(i, _)| *i);
    spec.operations = order.into_iter().map(|(_, op)| op).collect();
    for (name, def) in &mut spec.types {
        restore_type(
            doc.at(&format!("/components/schemas/{}", escape(name))),
            def,
        );
    }
}

fn restore_operation(node: Option<&Value>, op: &mut Operation) {
    op.line = line(node).unwrap_or(0);
    if node.and_then(|n| n.get("x-chatgen-route")).is_some() {
        op.route = get::<Option<Route>>(node, "x-chatgen-route").flatten();
    }
    if let Some(target) = get::<String>(node, "x-chatgen-rpc") {
        op.rpc = Some(chatgen_codegen::spec::Rpc { target });
    }
    if get::<bool>(node, "x-chatgen-auth") == Some(true) {
        op.auth = Some(true);
    }
    op.examples = get::<Vec<Example>>(node, "x-chatgen-examples").unwrap_or_default();
    op.listed_only = get(node, "x-chatgen-listed-only").unwrap_or(false);
    op.metadata = get(node, "x-chatgen-metadata").unwrap_or_default();
    op.events = get(node, "x-chatgen-events").unwrap_or_default();
    op.stream = get(node, "x-chatgen-stream");
    op.unknown = get(node, "x-unknown").unwrap_or_default();
    op.from_override = get(node, "x-from-override").unwrap_or_default();
    let params = node
        .and_then(|n| n.get("parameters"))
        .and_then(Value::as_array);
    for (p, pn) in op.params.iter_mut().zip(params.into_iter().flatten()) {
        let pn = Some(pn);
        p.location = match get::<String>(pn, "in").as_deref() {
            Some("path") => Location::Path,
            Some("header") => Location::Header,
            Some("cookie") => Location::Cookie,
            _ => Location::Query,
        };
        if get::<String>(pn, "x-chatgen-in").as_deref() == Some("body") {
            p.location = Location::Body;
        }
        p.type_cue = get(pn, "x-type-cue");
        p.from_override = get(pn, "x-from-override").unwrap_or_default();
        p.line = line(pn);
    }
    if let Some(b) = &mut op.body {
        let bn = node.and_then(|n| n.get("requestBody"));
        b.line = line(bn);
        if get::<bool>(bn, "x-chatgen-media-unknown") == Some(true) {
            b.content_type = None;
        }
    }
    let natives: Vec<&Value> = node
        .and_then(|n| n.get("responses"))
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter(|(k, _)| !k.starts_with("x-"))
                .map(|(_, v)| v)
                .collect()
        })
        .unwrap_or_default();
    for (r, rn) in op.responses.iter_mut().zip(natives) {
        let rn = Some(rn);
        r.line = line(rn);
        if get::<bool>(rn, "x-chatgen-media-unknown") == Some(true) {
            r.content_type = None;
        }
    }
    let extra: Vec<Value> = get(node, "x-chatgen-responses").unwrap_or_default();
    for e in extra {
        let index: Option<usize> = get(Some(&e), "index");
        let response: Option<Response> = get(Some(&e), "response");
        if let (Some(i), Some(r)) = (index, response) {
            let at = i.min(op.responses.len());
            op.responses.insert(at, r);
        }
    }
}

fn restore_type(node: Option<&Value>, def: &mut TypeDef) {
    def.line = line(node);
    def.sample = get::<SampleKind>(node, "x-chatgen-sample");
    def.undefined = get(node, "x-chatgen-undefined").unwrap_or(false);
    def.from_override = get(node, "x-from-override").unwrap_or_default();
    if get::<bool>(node, "x-chatgen-struct") == Some(true) {
        // An object without properties, read as a map or any JSON: the struct it was.
        let open = node.and_then(|n| n.get("additionalProperties")) == Some(&Value::Bool(true));
        let fields = match std::mem::take(&mut def.form) {
            TypeForm::Struct(s) => s.fields,
            _ => Vec::new(),
        };
        def.form = TypeForm::Struct(StructDef { fields, open });
    }
    let docs: std::collections::BTreeMap<String, String> =
        get(node, "x-enum-descriptions").unwrap_or_default();
    if let TypeForm::Enum(values) = &mut def.form {
        for v in values {
            v.doc = docs.get(&v.value).cloned();
        }
    }
    let props = node
        .and_then(|n| n.get("properties"))
        .and_then(Value::as_object);
    for f in def.fields_mut() {
        let pn = props.and_then(|p| p.get(&f.name));
        f.line = line(pn);
        f.from_override = get(pn, "x-from-override").unwrap_or_default();
    }
}
