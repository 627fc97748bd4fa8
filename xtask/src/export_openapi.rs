//! `cargo xtask export-openapi`: any normalized spec as an OpenAPI 3.1 document.
//!
//! What OpenAPI says natively is written natively: operations under `paths` (id, summary,
//! description, tag, parameters, request body, responses per status, `security: []` for
//! calls without a credential), named types under `components/schemas` (objects, string
//! enums, `oneOf` with a discriminator, aliases), the first server, the security scheme.
//! Every other fact is kept in an `x-` extension, so that importing the export (the
//! `openapi` family) gives the same spec back: `x-source-line` (source lines),
//! `x-from-override` and `x-unknown` (override and unknown facts), and `x-chatgen…` for the
//! rest; [`export`] lists the kinds of facts that only an extension carries.

use std::collections::BTreeSet;

use chatgen_codegen::spec::pointer::escape;
use chatgen_codegen::spec::{
    ApiSpec, AuthScheme, Body, Location, Operation, Param, Primitive, Protocol, Response, Style,
    TypeDef, TypeForm, TypeRef,
};
use serde_json::{Map, Value, json};

/// The root extension that marks a document as exported by this tool.
pub const ROOT_EXTENSION: &str = "x-chatgen";

/// An exported document and the facts it carries only in `x-` extensions (what other
/// OpenAPI tools will not read), sorted.
pub struct Export {
    /// The OpenAPI 3.1 document.
    pub document: Value,
    /// Kinds of facts kept only as extensions.
    pub extension_only: Vec<String>,
}

impl Export {
    /// The document as pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut text =
            serde_json::to_string_pretty(&self.document).unwrap_or_else(|e| format!("\"{e}\""));
        text.push('\n');
        text
    }
}

/// Writes `spec` as OpenAPI 3.1.
pub fn export(spec: &ApiSpec) -> Export {
    let mut lost = BTreeSet::new();
    let mut root = Map::new();
    root.insert("openapi".into(), json!("3.1.0"));
    let mut info = Map::new();
    info.insert("title".into(), json!(spec.title));
    info.insert(
        "version".into(),
        json!(spec.version.clone().unwrap_or_default()),
    );
    if let Some(d) = &spec.doc {
        info.insert("description".into(), json!(d));
    }
    root.insert("info".into(), Value::Object(info));
    if let Some(url) = &spec.base_url {
        let path = spec.base_path.clone().unwrap_or_default();
        root.insert("servers".into(), json!([{ "url": format!("{url}{path}") }]));
    }
    root.insert(ROOT_EXTENSION.into(), root_extension(spec, &mut lost));
    if let Some((name, scheme)) = security_scheme(spec) {
        root.insert(
            "components".into(),
            json!({ "securitySchemes": { name.clone(): scheme } }),
        );
        root.insert("security".into(), json!([{ name: [] }]));
    }
    root.insert("paths".into(), paths(spec, &mut lost));
    let schemas: Map<String, Value> = spec
        .types
        .iter()
        .map(|(name, def)| (name.clone(), type_schema(def, &mut lost)))
        .collect();
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(c) = components {
        c.insert("schemas".into(), Value::Object(schemas));
    }
    Export {
        document: Value::Object(root),
        extension_only: lost.into_iter().collect(),
    }
}

fn root_extension(spec: &ApiSpec, lost: &mut BTreeSet<String>) -> Value {
    let mut ext = Map::new();
    ext.insert("api".into(), json!(spec.api));
    ext.insert("source".into(), json!(spec.source));
    ext.insert("family".into(), json!(spec.family));
    ext.insert("protocol".into(), to_value(&spec.protocol));
    ext.insert("auth".into(), to_value(&spec.auth));
    ext.insert("version".into(), to_value(&spec.version));
    ext.insert("base_url".into(), to_value(&spec.base_url));
    ext.insert("base_path".into(), to_value(&spec.base_path));
    if !spec.events.is_empty() {
        ext.insert("events".into(), to_value(&spec.events));
        lost.insert("the events of streams, with their payloads (x-chatgen.events)".into());
    }
    if !spec.streams.is_empty() {
        ext.insert("streams".into(), to_value(&spec.streams));
        lost.insert("the streams to subscribe to (x-chatgen.streams)".into());
    }
    if !spec.from_override.is_empty() {
        ext.insert("from_override".into(), to_value(&spec.from_override));
        lost.insert("top-level facts from overrides (x-chatgen.from_override)".into());
    }
    if spec.protocol != Protocol::rest() {
        lost.insert(
            "the wire protocol: RPC calls, answer envelopes, credentials (x-chatgen.protocol)"
                .into(),
        );
    }
    if matches!(spec.auth.scheme, AuthScheme::Token | AuthScheme::ApiKey) {
        lost.insert("credentials sent as a call parameter, or in a header the doc does not name (x-chatgen.auth)".into());
    }
    if spec.auth.line.is_some() {
        lost.insert("source lines (x-source-line, x-chatgen.auth.line)".into());
    }
    Value::Object(ext)
}

fn to_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// The security scheme OpenAPI can state: HTTP bearer, or an API key in a named header.
fn security_scheme(spec: &ApiSpec) -> Option<(String, Value)> {
    match spec.auth.scheme {
        AuthScheme::Bearer => Some(("bearer".into(), json!({"type": "http", "scheme": "bearer"}))),
        AuthScheme::Header => Some((
            "apiKey".into(),
            json!({"type": "apiKey", "in": "header", "name": spec.auth.header.clone().unwrap_or_default()}),
        )),
        _ => None,
    }
}

fn paths(spec: &ApiSpec, lost: &mut BTreeSet<String>) -> Value {
    let mut paths: Map<String, Value> = Map::new();
    for (order, op) in spec.operations.iter().enumerate() {
        let method = op
            .route
            .as_ref()
            .map_or_else(|| "post".to_string(), |r| r.method.as_str().to_lowercase());
        let native = op.route.as_ref().map(|r| r.path.clone()).filter(|p| {
            paths
                .get(p)
                .is_none_or(|item| item.get(method.as_str()).is_none())
        });
        let mut node = operation(op, order, lost);
        let key = match native {
            Some(p) => p,
            None => {
                // No route (an RPC target, or one the doc lost), or a route taken twice:
                // a path of its own, the real route (if any) in an extension.
                lost.insert(
                    "operations without a unique HTTP route (under /x-chatgen/…, x-chatgen-route)"
                        .into(),
                );
                node.insert("x-chatgen-route".into(), to_value(&op.route));
                format!("/x-chatgen/{}", op.id)
            }
        };
        let item = paths.entry(key).or_insert_with(|| json!({}));
        if let Value::Object(item) = item {
            item.insert(method, Value::Object(node));
        }
    }
    Value::Object(paths)
}

/// An operation object: what OpenAPI says of an operation, then the `x-` facts it does not.
fn operation(op: &Operation, order: usize, lost: &mut BTreeSet<String>) -> Map<String, Value> {
    let mut node = Map::new();
    node.insert("operationId".into(), json!(op.id));
    node.insert("summary".into(), json!(op.name));
    if let Some(d) = &op.doc {
        node.insert("description".into(), json!(d));
    }
    if let Some(t) = &op.tag {
        node.insert("tags".into(), json!([t]));
    }
    node.insert("x-chatgen-order".into(), json!(order));
    node.insert("x-source-line".into(), json!(op.line));
    if let Some(rpc) = &op.rpc {
        node.insert("x-chatgen-rpc".into(), json!(rpc.target));
        lost.insert("RPC targets (x-chatgen-rpc)".into());
    }
    if !op.params.is_empty() {
        let params: Vec<Value> = op.params.iter().map(|p| param(p, lost)).collect();
        node.insert("parameters".into(), Value::Array(params));
    }
    if let Some(b) = &op.body {
        node.insert("requestBody".into(), request_body(b, lost));
    }
    responses(op, &mut node, lost);
    match op.auth {
        Some(false) => {
            node.insert("security".into(), json!([]));
        }
        Some(true) => {
            node.insert("x-chatgen-auth".into(), json!(true));
        }
        None => {}
    }
    extensions(op, &mut node, lost);
    node
}

/// A request body: its media type (JSON when unknown, which is lost) and schema.
fn request_body(b: &Body, lost: &mut BTreeSet<String>) -> Value {
    let media = b.content_type.clone().unwrap_or_else(|| {
        lost.insert("request bodies of unknown media type".into());
        "application/json".into()
    });
    let mut body = json!({ "content": { media: { "schema": schema(&b.ty, false) } } });
    if let Value::Object(m) = &mut body {
        if let Some(l) = b.line {
            m.insert("x-source-line".into(), json!(l));
        }
        if b.content_type.is_none() {
            m.insert("x-chatgen-media-unknown".into(), json!(true));
        }
    }
    body
}

/// The operation's facts OpenAPI has no word for, as `x-` extensions (each one lost to
/// other readers).
fn extensions(op: &Operation, node: &mut Map<String, Value>, lost: &mut BTreeSet<String>) {
    let mut ext = |key: &str, value: Value, kind: &str| {
        node.insert(key.into(), value);
        lost.insert(kind.into());
    };
    if !op.examples.is_empty() {
        ext(
            "x-chatgen-examples",
            to_value(&op.examples),
            "examples with their kind, raw text and line (x-chatgen-examples)",
        );
    }
    if op.listed_only {
        ext(
            "x-chatgen-listed-only",
            json!(true),
            "operations listed without details (x-chatgen-listed-only)",
        );
    }
    if !op.metadata.is_empty() {
        ext(
            "x-chatgen-metadata",
            to_value(&op.metadata),
            "other facts the doc states per operation (x-chatgen-metadata)",
        );
    }
    if !op.events.is_empty() {
        ext(
            "x-chatgen-events",
            to_value(&op.events),
            "server events a call sends (x-chatgen-events)",
        );
    }
    if let Some(stream) = &op.stream {
        ext(
            "x-chatgen-stream",
            to_value(stream),
            "answers that are streams of events, and their transport (x-chatgen-stream)",
        );
    }
    if !op.unknown.is_empty() {
        ext(
            "x-unknown",
            to_value(&op.unknown),
            "facts the doc leaves unknown (x-unknown)",
        );
    }
    if !op.from_override.is_empty() {
        ext(
            "x-from-override",
            to_value(&op.from_override),
            "facts from overrides (x-from-override)",
        );
    }
}

fn param(p: &Param, lost: &mut BTreeSet<String>) -> Value {
    let location = match p.location {
        Location::Path => "path",
        Location::Query | Location::Body => "query",
        Location::Header => "header",
        Location::Cookie => "cookie",
    };
    let mut s = schema(&p.ty, false);
    if let Value::Object(m) = &mut s {
        for (k, v) in [
            ("default", &p.default),
            ("minimum", &p.minimum),
            ("maximum", &p.maximum),
        ] {
            if let Some(v) = v {
                m.insert(k.into(), v.clone());
            }
        }
    }
    let mut node = Map::new();
    node.insert("name".into(), json!(p.name));
    node.insert("in".into(), json!(location));
    if p.required {
        node.insert("required".into(), json!(true));
    }
    if let Some(d) = &p.doc {
        node.insert("description".into(), json!(d));
    }
    match p.style {
        // A parameter written as JSON text is OpenAPI's `content`.
        Some(Style::Json) => {
            node.insert("content".into(), json!({"application/json": {"schema": s}}));
        }
        // Swagger 2.0's `tsv` has no OpenAPI 3 style.
        Some(Style::TabDelimited) => {
            node.insert("schema".into(), s);
            node.insert("x-chatgen-style".into(), json!("tab_delimited"));
            lost.insert("Swagger 2.0's tab-separated lists (x-chatgen-style)".into());
        }
        Some(style) => {
            node.insert("style".into(), json!(style.openapi_name()));
            node.insert("schema".into(), s);
        }
        None => {
            node.insert("schema".into(), s);
        }
    }
    if let Some(explode) = p.explode {
        node.insert("explode".into(), json!(explode));
    }
    if p.allow_reserved {
        node.insert("allowReserved".into(), json!(true));
    }
    if p.location == Location::Body {
        node.insert("x-chatgen-in".into(), json!("body"));
        lost.insert("parameters sent among a call's body fields (x-chatgen-in: body)".into());
    }
    if let Some(c) = &p.type_cue {
        node.insert("x-type-cue".into(), json!(c));
        lost.insert("the cue a parameter's type was read from (x-type-cue)".into());
    }
    if !p.from_override.is_empty() {
        node.insert("x-from-override".into(), to_value(&p.from_override));
        lost.insert("facts from overrides (x-from-override)".into());
    }
    if let Some(l) = p.line {
        node.insert("x-source-line".into(), json!(l));
    }
    Value::Object(node)
}

fn responses(op: &Operation, node: &mut Map<String, Value>, lost: &mut BTreeSet<String>) {
    let mut native = Map::new();
    let mut extra = Vec::new();
    for (i, r) in op.responses.iter().enumerate() {
        match r.status_text().filter(|k| !native.contains_key(k)) {
            Some(key) => {
                native.insert(key, response(r));
            }
            None => {
                lost.insert(
                    "responses without a status, or a second one of a status (x-chatgen-responses)"
                        .into(),
                );
                extra.push(json!({ "index": i, "response": to_value(r) }));
            }
        }
    }
    if !native.is_empty() {
        node.insert("responses".into(), Value::Object(native));
    }
    if !extra.is_empty() {
        node.insert("x-chatgen-responses".into(), Value::Array(extra));
    }
}

fn response(r: &Response) -> Value {
    let mut node = Map::new();
    node.insert(
        "description".into(),
        json!(r.doc.clone().unwrap_or_default()),
    );
    if r.ty.is_some() || r.content_type.is_some() {
        let media = r
            .content_type
            .clone()
            .unwrap_or_else(|| "application/json".into());
        let content = match &r.ty {
            Some(t) => json!({ "schema": schema(t, false) }),
            None => json!({}),
        };
        node.insert("content".into(), json!({ media: content }));
        if r.content_type.is_none() {
            node.insert("x-chatgen-media-unknown".into(), json!(true));
        }
    }
    if let Some(l) = r.line {
        node.insert("x-source-line".into(), json!(l));
    }
    Value::Object(node)
}

/// The schema of a type reference; `nullable` adds `null` to its values.
fn schema(t: &TypeRef, nullable: bool) -> Value {
    let with_null = |ty: &str| {
        if nullable {
            json!([ty, "null"])
        } else {
            json!(ty)
        }
    };
    match t {
        TypeRef::Primitive(p) => {
            let (ty, format) = match p {
                Primitive::String => ("string", None),
                Primitive::Datetime => ("string", Some("date-time")),
                Primitive::Date => ("string", Some("date")),
                Primitive::Binary => ("string", Some("binary")),
                Primitive::Uuid => ("string", Some("uuid")),
                Primitive::Byte => ("string", Some("byte")),
                Primitive::Integer => ("integer", None),
                Primitive::Int32 => ("integer", Some("int32")),
                Primitive::Int64 => ("integer", Some("int64")),
                Primitive::Uint64 => ("integer", Some("uint64")),
                Primitive::Uint8 => ("integer", Some("uint8")),
                Primitive::Number => ("number", None),
                Primitive::Boolean => ("boolean", None),
                Primitive::Any => {
                    return if nullable {
                        json!({"x-nullable": true})
                    } else {
                        json!({})
                    };
                }
            };
            let mut m = Map::new();
            m.insert("type".into(), with_null(ty));
            if let Some(f) = format {
                m.insert("format".into(), json!(f));
            }
            Value::Object(m)
        }
        TypeRef::List(inner) => json!({"type": with_null("array"), "items": schema(inner, false)}),
        TypeRef::Map(inner) => {
            json!({"type": with_null("object"), "additionalProperties": schema(inner, false)})
        }
        TypeRef::Named(n) => {
            let r = json!({"$ref": format!("#/components/schemas/{}", escape(n))});
            if nullable {
                json!({"oneOf": [r, {"type": "null"}]})
            } else {
                r
            }
        }
    }
}

fn type_schema(def: &TypeDef, lost: &mut BTreeSet<String>) -> Value {
    let mut node = match &def.form {
        TypeForm::Alias(alias) => schema(alias, false),
        TypeForm::Enum(values) => {
            let names: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
            let mut m = json!({"type": "string", "enum": names});
            let docs: Map<String, Value> = values
                .iter()
                .filter_map(|v| Some((v.value.clone(), json!(v.doc.as_ref()?))))
                .collect();
            if !docs.is_empty()
                && let Value::Object(o) = &mut m
            {
                o.insert("x-enum-descriptions".into(), Value::Object(docs));
                lost.insert("descriptions of enum values (x-enum-descriptions)".into());
            }
            m
        }
        TypeForm::OneOf(_) => variants_schema(def),
        TypeForm::Struct(_) => object_schema(def, lost),
    };
    if let Value::Object(m) = &mut node {
        if let Some(d) = &def.doc {
            // A `$ref` alias keeps its description beside the reference (OpenAPI 3.1).
            m.insert("description".into(), json!(d));
        }
        if let Some(l) = def.line {
            m.insert("x-source-line".into(), json!(l));
        }
        if let Some(s) = &def.sample {
            m.insert("x-chatgen-sample".into(), to_value(s));
            lost.insert("the kind of sample a type was inferred from (x-chatgen-sample)".into());
        }
        if def.undefined {
            m.insert("x-chatgen-undefined".into(), json!(true));
            lost.insert("types the doc names but never defines (x-chatgen-undefined)".into());
        }
        if !def.from_override.is_empty() {
            m.insert("x-from-override".into(), to_value(&def.from_override));
            lost.insert("facts from overrides (x-from-override)".into());
        }
    }
    node
}

fn variants_schema(def: &TypeDef) -> Value {
    let alts: Vec<Value> = def
        .variants()
        .iter()
        .map(|v| schema(&v.ty, false))
        .collect();
    let mut m = json!({ "oneOf": alts });
    if let (Some(prop), Value::Object(o)) = (&def.discriminator(), &mut m) {
        let mapping: Map<String, Value> = def
            .variants()
            .iter()
            .flat_map(|v| {
                let target = match &v.ty {
                    TypeRef::Named(n) => format!("#/components/schemas/{}", escape(n)),
                    other => other.to_string(),
                };
                v.tags.iter().map(move |t| (t.clone(), json!(target)))
            })
            .collect();
        o.insert(
            "discriminator".into(),
            json!({"propertyName": prop, "mapping": mapping}),
        );
    }
    m
}

fn object_schema(def: &TypeDef, lost: &mut BTreeSet<String>) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    for f in def.fields() {
        let mut s = schema(&f.ty, f.nullable);
        if let Value::Object(m) = &mut s {
            if let Some(d) = &f.doc {
                m.insert("description".into(), json!(d));
            }
            if let Some(l) = f.line {
                m.insert("x-source-line".into(), json!(l));
            }
            if !f.from_override.is_empty() {
                m.insert("x-from-override".into(), to_value(&f.from_override));
                lost.insert("facts from overrides (x-from-override)".into());
            }
        }
        props.insert(f.name.clone(), s);
        if !f.optional {
            required.push(json!(f.name));
        }
    }
    let mut m = Map::new();
    m.insert("type".into(), json!("object"));
    if !props.is_empty() {
        m.insert("properties".into(), Value::Object(props));
    } else {
        m.insert("x-chatgen-struct".into(), json!(true));
    }
    if !required.is_empty() {
        m.insert("required".into(), Value::Array(required));
    }
    if def.is_open() {
        m.insert("additionalProperties".into(), json!(true));
    }
    Value::Object(m)
}
