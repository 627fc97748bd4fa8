//! OpenAPI 3.0, 3.1 and Swagger 2.0 documents (JSON or YAML, told apart by their content).
//!
//! Every operation of `paths` becomes a spec operation: its id from `operationId` (else from
//! the method and path), snake_case and unique; parameters by location, path-level ones
//! merged and `$ref`s resolved; the request body (JSON preferred; form and multipart bodies
//! keep their media type and become a struct of their fields); one response per status
//! (`4XX` and `default` as `statuses`). Schemas are converted by [`schema`]; security
//! schemes become `auth`, the first server the base URL. Slack-style APIs (every method
//! answers `{"ok": …}`) are recognised by [`envelope`].

pub mod doc;
pub mod envelope;
pub mod restore;
pub mod schema;
mod stream;
mod yaml;

use std::collections::BTreeSet;

use chatgen_codegen::names::{Case, ident};
use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Body, Field, Location, Method, Operation, Param, Primitive,
    Response, Route, Status, Style, TypeDef, TypeRef, Unknown,
};
use heck::ToPascalCase;
use serde_json::Value;

use self::doc::{OpenApiDoc, Version, escape};
use self::schema::{Schemas, description};
use super::Extracted;
use crate::diag::Diagnostic;
use crate::read::{Doc, Origin};

/// Methods a path item may hold, in the order OpenAPI lists them.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Reads an OpenAPI or Swagger document; with `origin` (where it is on disk), the other
/// files its `$ref`s name too ([`doc`]).
pub fn extract(doc: &Doc, origin: Option<&Origin>, api: &str, source: &str) -> Extracted {
    let text = doc.lines.join("\n");
    let mut spec = ApiSpec {
        api: api.to_string(),
        title: api.to_string(),
        source: source.to_string(),
        family: chatgen_codegen::spec::Family::OpenApi,
        ..ApiSpec::default()
    };
    let parsed = match OpenApiDoc::read(&text, &doc.file, origin) {
        Ok(p) => p,
        Err(e) => {
            let diag = Diagnostic::error(&doc.file, e.line, e.message);
            return Extracted {
                spec,
                diags: vec![diag],
            };
        }
    };
    let mut reader = Reader {
        schemas: Schemas::new(&parsed),
        doc: &parsed,
        ids: BTreeSet::new(),
        events: Vec::new(),
    };
    reader.schemas.define_components();
    read_info(&parsed, &mut spec);
    spec.auth = read_auth(&parsed);
    read_servers(&parsed, &mut spec);
    let (operations, pointers) = reader.operations();
    spec.operations = operations;
    spec.events = std::mem::take(&mut reader.events);
    reader.schemas.break_alias_cycles();
    let mut diags = parsed.diags.clone();
    diags.append(&mut reader.schemas.diags);
    spec.types = std::mem::take(&mut reader.schemas.types);
    if restore::is_export(&parsed) {
        restore::restore(&parsed, &pointers, &mut spec);
    } else if envelope::is_ok_envelope(&parsed) {
        envelope::as_method_calls(&mut spec);
    }
    // The document's own diagnostics first (by line, as always), then each other file's.
    diags.sort_by(|a, b| {
        (a.file != doc.file, &a.file, a.line).cmp(&(b.file != doc.file, &b.file, b.line))
    });
    Extracted { spec, diags }
}

/// How well an OpenAPI reading fits: 100 when the text is JSON or YAML naming an OpenAPI or
/// Swagger version, else 0.
pub fn score(doc: &Doc) -> (u32, String) {
    let text = doc.lines.join("\n");
    let head = text.trim_start();
    let looks_like = head.starts_with('{')
        || head.starts_with("openapi")
        || head.starts_with("swagger")
        || head
            .lines()
            .take(20)
            .any(|l| l.starts_with("openapi:") || l.starts_with("swagger:"));
    if !looks_like {
        return (0, "not an OpenAPI document".into());
    }
    match OpenApiDoc::parse(&text) {
        Ok(d) => (100, format!("an OpenAPI document ({:?})", d.version)),
        Err(e) => (0, e.message),
    }
}

fn read_info(doc: &OpenApiDoc, spec: &mut ApiSpec) {
    let info = doc.at("/info");
    if let Some(title) = info.and_then(|i| i.get("title")).and_then(Value::as_str) {
        spec.title = title.trim().to_string();
    }
    spec.doc = info
        .and_then(|i| i.get("description"))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string);
    spec.version = info
        .and_then(|i| i.get("version"))
        .and_then(Value::as_str)
        .map(str::to_string);
}

/// The first security scheme the document names: bearer (HTTP bearer, OAuth 2, OpenID
/// Connect) or an API key in a header; all scheme names are kept.
fn read_auth(doc: &OpenApiDoc) -> Auth {
    let (pointer, schemes) = match doc.version {
        Version::Swagger2 => ("/securityDefinitions", doc.at("/securityDefinitions")),
        _ => (
            "/components/securitySchemes",
            doc.at("/components/securitySchemes"),
        ),
    };
    let Some(schemes) = schemes.and_then(Value::as_object) else {
        return Auth::default();
    };
    let mut auth = Auth {
        names: schemes.keys().cloned().collect(),
        ..Auth::default()
    };
    if let Some((name, scheme)) = schemes.iter().next() {
        let at = format!("{pointer}/{}", escape(name));
        // A scheme may be a `$ref` (to another file, as Matrix's documents write theirs).
        let scheme = doc.resolve(scheme, &at).map_or(scheme, |(s, _)| s);
        let kind = scheme.get("type").and_then(Value::as_str).unwrap_or("");
        let http = scheme.get("scheme").and_then(Value::as_str).unwrap_or("");
        let location = scheme.get("in").and_then(Value::as_str).unwrap_or("");
        auth.line = Some(doc.line(&at));
        match (kind, http, location) {
            ("oauth2" | "openIdConnect", _, _) => auth.scheme = AuthScheme::Bearer,
            ("http", s, _) if s.eq_ignore_ascii_case("bearer") => auth.scheme = AuthScheme::Bearer,
            ("apiKey", _, "header") => {
                auth.scheme = AuthScheme::Header;
                auth.header = scheme
                    .get("name")
                    .and_then(Value::as_str)
                    .map(str::to_string);
            }
            _ => auth.scheme = AuthScheme::ApiKey,
        }
        if auth.scheme != AuthScheme::ApiKey {
            auth.names.clear();
        }
    }
    auth
}

/// `servers[0].url` when it is an absolute URL without variables; Swagger's
/// `schemes[0]://host` with `basePath`.
fn read_servers(doc: &OpenApiDoc, spec: &mut ApiSpec) {
    let url = match doc.version {
        Version::Swagger2 => doc.at("/host").and_then(Value::as_str).map(|host| {
            let scheme = doc
                .at("/schemes/0")
                .and_then(Value::as_str)
                .unwrap_or("https");
            let base = doc.at("/basePath").and_then(Value::as_str).unwrap_or("");
            format!("{scheme}://{host}{}", base.trim_end_matches('/'))
        }),
        _ => doc
            .at("/servers/0/url")
            .and_then(Value::as_str)
            .map(|u| u.trim_end_matches('/').to_string()),
    };
    spec.base_url = url.filter(|u| u.starts_with("http") && !u.contains('{'));
}

struct Reader<'a> {
    doc: &'a OpenApiDoc,
    schemas: Schemas<'a>,
    ids: BTreeSet<String>,
    /// Events of `text/event-stream` answers (`stream.rs`).
    events: Vec<chatgen_codegen::spec::EventDef>,
}

impl Reader<'_> {
    /// The operations and their JSON pointers.
    fn operations(&mut self) -> (Vec<Operation>, Vec<String>) {
        let mut out = Vec::new();
        let mut pointers = Vec::new();
        let Some(paths) = self.doc.at("/paths").and_then(Value::as_object) else {
            return (out, pointers);
        };
        let doc = self.doc;
        for (path, item) in paths {
            let item_pointer = format!("/paths/{}", escape(path));
            let Some((item, item_pointer)) = doc.resolve(item, &item_pointer) else {
                self.schemas.unresolved(
                    &item_pointer,
                    "a path item `$ref` does not resolve; its operations are left out",
                );
                continue;
            };
            for method in METHODS {
                let Some(op) = item.get(method) else {
                    continue;
                };
                let pointer = format!("{item_pointer}/{method}");
                let Ok(verb) = method.to_uppercase().parse::<Method>() else {
                    self.schemas.warn_at(
                        &pointer,
                        "a TRACE operation cannot be called by the client; it is left out",
                    );
                    continue;
                };
                out.push(self.operation(path, (method, verb), item, op, &item_pointer, &pointer));
                pointers.push(pointer);
            }
        }
        (out, pointers)
    }

    fn operation(
        &mut self,
        path: &str,
        (method, verb): (&str, Method),
        item: &Value,
        op: &Value,
        item_pointer: &str,
        pointer: &str,
    ) -> Operation {
        let text = |k: &str| op.get(k).and_then(Value::as_str).map(str::trim);
        let id = self.unique_id(text("operationId").unwrap_or(""), method, path);
        let pascal = id.to_pascal_case();
        let name = text("summary")
            .or(text("operationId"))
            .filter(|s| !s.is_empty())
            .map_or_else(
                || format!("{} {path}", method.to_uppercase()),
                str::to_string,
            );
        let mut operation = Operation {
            id,
            name,
            doc: op
                .get("description")
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_string),
            tag: op
                .get("tags")
                .and_then(|t| t.get(0))
                .and_then(Value::as_str)
                .map(str::to_string),
            route: Some(Route {
                method: verb,
                path: if path.starts_with('/') {
                    path.to_string()
                } else {
                    format!("/{path}")
                },
            }),
            line: self.doc.line(pointer),
            // A path item in another file: the operation's line is a line of that file.
            file: OpenApiDoc::file_name(pointer),
            ..Operation::default()
        };
        if op
            .get("security")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
        {
            operation.auth = Some(false);
        }
        self.params(item, op, item_pointer, pointer, &pascal, &mut operation);
        if let Some(body) = op.get("requestBody") {
            operation.body = self.body(body, &format!("{pointer}/requestBody"), &pascal);
        }
        self.responses(op, pointer, &pascal, &mut operation);
        self.event_stream(op, pointer, &mut operation);
        self.fix_path_params(pointer, &mut operation);
        operation
    }

    fn unique_id(&mut self, operation_id: &str, method: &str, path: &str) -> String {
        let base = if operation_id.is_empty() {
            let words: Vec<String> = path
                .split('/')
                .filter(|s| !s.is_empty())
                .map(
                    |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(p) => format!("by_{p}"),
                        None => s.to_string(),
                    },
                )
                .collect();
            format!("{method}_{}", words.join("_"))
        } else {
            operation_id.to_string()
        };
        let mut base: String = ident(&base, Case::Snake)
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        base = base.trim_start_matches('_').to_string();
        if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
            base.insert_str(0, "op_");
        }
        let mut id = base.clone();
        let mut n = 2;
        while !self.ids.insert(id.clone()) {
            id = format!("{base}_{n}");
            n += 1;
        }
        id
    }

    /// The parameters of a path item and of its operation, `$ref`s resolved, an operation's
    /// parameter replacing the path item's of the same name and place: (parameter, its
    /// pointer after `$ref`s, the line where the operation lists it).
    fn collect_params(
        &mut self,
        item: &Value,
        op: &Value,
        item_pointer: &str,
        pointer: &str,
    ) -> Vec<(Value, String, u32)> {
        let mut all: Vec<(Value, String, u32)> = Vec::new();
        for (list, at) in [(item, item_pointer), (op, pointer)] {
            let Some(params) = list.get("parameters").and_then(Value::as_array) else {
                continue;
            };
            for (i, p) in params.iter().enumerate() {
                let at = format!("{at}/parameters/{i}");
                let Some((p, resolved_at)) = self.doc.resolve(p, &at) else {
                    self.schemas
                        .unresolved(&at, "a parameter `$ref` does not resolve; it is left out");
                    continue;
                };
                let key = |v: &Value| (v.get("name").cloned(), v.get("in").cloned());
                all.retain(|(q, _, _)| key(q) != key(p));
                all.push((p.clone(), resolved_at, self.doc.line(&at)));
            }
        }
        all
    }

    /// A parameter sent in the path, query, headers or cookies.
    fn located_param(
        &mut self,
        p: &Value,
        at: &str,
        place: &str,
        hint: &str,
        line: Option<u32>,
    ) -> Param {
        let name = p.get("name").and_then(Value::as_str).unwrap_or("");
        let required = p.get("required") == Some(&Value::Bool(true));
        let schema = match p.get("schema") {
            Some(s) => (s.clone(), format!("{at}/schema")),
            None => match p.get("content").and_then(Value::as_object) {
                Some(c) => match c.iter().next() {
                    Some((media, m)) => (
                        m.get("schema").cloned().unwrap_or(Value::Null),
                        format!("{at}/content/{}/schema", escape(media)),
                    ),
                    None => (Value::Null, at.to_string()),
                },
                // Swagger 2.0: the type is on the parameter itself.
                None => (p.clone(), at.to_string()),
            },
        };
        let typed = self.schemas.type_of(&schema.0, &schema.1, hint);
        let location = match place {
            "path" => Location::Path,
            "query" => Location::Query,
            "cookie" => Location::Cookie,
            _ => Location::Header,
        };
        let (style, explode, allow_reserved) = self.serialization(p, at, location, &schema.0);
        Param {
            name: name.to_string(),
            location,
            ty: typed.ty,
            required: required || location == Location::Path,
            default: schema.0.get("default").cloned(),
            minimum: schema.0.get("minimum").cloned(),
            maximum: schema.0.get("maximum").cloned(),
            style,
            explode,
            allow_reserved,
            doc: description(p),
            line,
            ..Param::default()
        }
    }

    /// Path-level parameters, replaced by operation-level ones of the same name and place.
    fn params(
        &mut self,
        item: &Value,
        op: &Value,
        item_pointer: &str,
        pointer: &str,
        pascal: &str,
        out: &mut Operation,
    ) {
        let all = self.collect_params(item, op, item_pointer, pointer);
        let mut form: Vec<Field> = Vec::new();
        let mut form_type = "application/x-www-form-urlencoded";
        for (p, at, used_at) in &all {
            let name = p
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let required = p.get("required") == Some(&Value::Bool(true));
            let place = p.get("in").and_then(Value::as_str).unwrap_or("");
            let hint =
                component_name(at).unwrap_or_else(|| format!("{pascal}{}", name.to_pascal_case()));
            let line = Some(*used_at);
            match place {
                "body" => {
                    let schema = p.get("schema").cloned().unwrap_or(Value::Null);
                    let hint = component_name(at).unwrap_or_else(|| format!("{pascal}Body"));
                    let typed = self
                        .schemas
                        .type_of(&schema, &format!("{at}/schema"), &hint);
                    out.body = Some(Body {
                        content_type: Some(consumes(self.doc, op, false)),
                        ty: typed.ty,
                        line,
                    });
                }
                "formData" => {
                    if p.get("type").and_then(Value::as_str) == Some("file") {
                        form_type = "multipart/form-data";
                    }
                    let typed = self.schemas.type_of(p, at, &hint);
                    form.push(Field {
                        name,
                        ty: typed.ty,
                        optional: !required,
                        nullable: typed.nullable,
                        doc: description(p),
                        from_override: Vec::new(),
                        line,
                    });
                }
                "path" | "query" | "header" | "cookie" => {
                    let param = self.located_param(p, at, place, &hint, line);
                    out.params.push(param);
                }
                other => self.schemas.warn_at(
                    at,
                    &format!("a parameter `in: {other}` cannot be sent by the client; `{name}` is left out"),
                ),
            }
        }
        if !form.is_empty() {
            if form_type != "multipart/form-data"
                && consumes(self.doc, op, true).contains("multipart")
            {
                form_type = "multipart/form-data";
            }
            let name = self
                .schemas
                .define(&format!("{pascal}Body"), TypeDef::structure(form));
            out.body = Some(Body {
                content_type: Some(form_type.to_string()),
                ty: TypeRef::Named(name),
                line: Some(self.doc.line(pointer)),
            });
        }
    }

    /// How a parameter is written, as the spec keeps it (`style` and `explode` only when not
    /// the default, `allow_reserved` only when set): from `style`, `explode` and
    /// `allowReserved`, from `content` (a JSON media type: the value's JSON text), or from
    /// Swagger 2.0's `collectionFormat` (`csv` by default). A style the client cannot write at
    /// the parameter's place, or a structured value given as a media type other than JSON, is
    /// a warning at the parameter, and the place's default style is used; the type stays.
    fn serialization(
        &mut self,
        p: &Value,
        at: &str,
        location: Location,
        schema: &Value,
    ) -> (Option<Style>, Option<bool>, bool) {
        let name = p.get("name").and_then(Value::as_str).unwrap_or("");
        let place = location_name(location);
        let default = Style::default_for(location);
        let fallback = |style: &str| {
            format!(
                "parameter `{name}`: style `{style}` cannot be written in the {place}; it is sent as `{}`",
                default.openapi_name()
            )
        };
        let structured = |s: &Value| {
            s.get("$ref").is_some()
                || matches!(
                    s.get("type").and_then(Value::as_str),
                    Some("array" | "object")
                )
                || s.get("properties").is_some()
                || s.get("items").is_some()
        };
        if let Some(content) = p.get("content").and_then(Value::as_object) {
            let media = content.keys().next().map(String::as_str).unwrap_or("");
            let essence = media.split(';').next().unwrap_or("").trim();
            if essence == "application/json" || essence.ends_with("+json") {
                return (Some(Style::Json), None, false);
            }
            if structured(schema) {
                self.schemas.warn_at(
                    at,
                    &format!(
                        "parameter `{name}` is given as `{media}`, which the client cannot write; it is sent as `{}`",
                        default.openapi_name()
                    ),
                );
            }
            return (None, None, false);
        }
        let keep = |style: Style, explode: bool| {
            (
                (style != default).then_some(style),
                (explode != style.explodes_by_default()).then_some(explode),
            )
        };
        if self.doc.version == Version::Swagger2 {
            let (style, explode) = self.collection_format(p, at, location);
            return (style, explode, false);
        }
        // `x-chatgen-style`: what an export keeps of a style OpenAPI 3 has no name for.
        let named = p
            .get("style")
            .or_else(|| p.get("x-chatgen-style"))
            .and_then(Value::as_str);
        let style = match named {
            None => default,
            Some(text) => match Style::from_openapi(text) {
                Some(style) if style != Style::Json && style.fits(location) => style,
                _ => {
                    self.schemas.warn_at(at, &fallback(text));
                    default
                }
            },
        };
        let explode = p
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or_else(|| style.explodes_by_default());
        let allow_reserved =
            location == Location::Query && p.get("allowReserved") == Some(&Value::Bool(true));
        let (style, explode) = keep(style, explode);
        (style, explode, allow_reserved)
    }

    /// Swagger 2.0's `collectionFormat` of an array parameter (`csv` by default), as the
    /// spec keeps a style: `None` for the place's default. A format the place cannot take is
    /// a warning, and `csv` is used.
    fn collection_format(
        &mut self,
        p: &Value,
        at: &str,
        location: Location,
    ) -> (Option<Style>, Option<bool>) {
        let name = p.get("name").and_then(Value::as_str).unwrap_or("");
        let place = location_name(location);
        let default = Style::default_for(location);
        if p.get("type").and_then(Value::as_str) != Some("array") {
            return (None, None);
        }
        let format = p
            .get("collectionFormat")
            .and_then(Value::as_str)
            .unwrap_or("csv");
        let query = location == Location::Query;
        let (style, explode) = match format {
            "csv" => (default, false),
            "multi" if query => (Style::Form, true),
            "ssv" if query => (Style::SpaceDelimited, false),
            "tsv" if query => (Style::TabDelimited, false),
            "pipes" if query => (Style::PipeDelimited, false),
            other => {
                self.schemas.warn_at(
                    at,
                    &format!(
                        "parameter `{name}`: collectionFormat `{other}` cannot be written in the {place}; it is sent as `csv`"
                    ),
                );
                (default, false)
            }
        };
        (
            (style != default).then_some(style),
            (explode != style.explodes_by_default()).then_some(explode),
        )
    }

    fn body(&mut self, body: &Value, listed: &str, pascal: &str) -> Option<Body> {
        let Some((body, pointer)) = self.doc.resolve(body, listed) else {
            self.schemas.unresolved(
                listed,
                "a request body `$ref` does not resolve; it is left out",
            );
            return None;
        };
        let hint = component_name(&pointer).unwrap_or_else(|| format!("{pascal}Body"));
        let (media, schema, at) = pick_content(body, &pointer)?;
        let schema = schema.unwrap_or(Value::Null);
        let typed = self.schemas.type_of(&schema, &at, &hint);
        // A body defined in another file: the line where the operation names it.
        let line = if OpenApiDoc::file_name(&pointer) == OpenApiDoc::file_name(listed) {
            self.doc.line(&pointer)
        } else {
            self.doc.line(listed)
        };
        Some(Body {
            content_type: Some(media),
            ty: typed.ty,
            line: Some(line),
        })
    }

    fn responses(&mut self, op: &Value, pointer: &str, pascal: &str, out: &mut Operation) {
        let Some(responses) = op.get("responses").and_then(Value::as_object) else {
            out.unknown.push(Unknown::Response);
            return;
        };
        let with_body = responses.keys().filter(|k| !k.starts_with("x-")).count() > 1;
        for (code, response) in responses.iter().filter(|(k, _)| !k.starts_with("x-")) {
            let at = format!("{pointer}/responses/{}", escape(code));
            let line = Some(self.doc.line(&at));
            let Some((response, at)) = self.doc.resolve(response, &at) else {
                self.schemas
                    .unresolved(&at, "a response `$ref` does not resolve; it is left out");
                continue;
            };
            let status = match code.parse::<u16>() {
                Ok(s) => Status::Code(s),
                Err(_) => {
                    match Status::from_class(&code.to_uppercase().replace("DEFAULT", "default")) {
                        Some(s) => s,
                        None => {
                            self.schemas.warn_at(
                            &at,
                            "a response key that is no status, class (`2XX`) or `default`; it is left out",
                        );
                            continue;
                        }
                    }
                }
            };
            let hint = if let Some(name) = component_name(&at) {
                name
            } else if with_body {
                format!("{pascal}Response{}", code.to_pascal_case())
            } else {
                format!("{pascal}Response")
            };
            let content = match self.doc.version {
                Version::Swagger2 => response.get("schema").map(|s| {
                    (
                        consumes(self.doc, op, false).replace("x-www-form-urlencoded", "json"),
                        Some(s.clone()),
                        format!("{at}/schema"),
                    )
                }),
                _ => pick_content(response, &at),
            };
            let (content_type, ty) = match content {
                Some((media, Some(schema), s_at)) => {
                    let t = self.schemas.type_of(&schema, &s_at, &hint);
                    (Some(media), Some(t.ty))
                }
                Some((media, None, _)) => (Some(media), None),
                None => (None, None),
            };
            out.responses.push(Response {
                status: Some(status),
                content_type,
                ty,
                doc: description(response),
                line,
            });
        }
    }

    /// Every `{placeholder}` has a path parameter and every path parameter a placeholder:
    /// a missing one is added as text, a stray one sent in the query, each with a warning.
    fn fix_path_params(&mut self, pointer: &str, op: &mut Operation) {
        let Some(route) = op.route.clone() else {
            return;
        };
        let placeholders = route.placeholders();
        for p in op
            .params
            .iter_mut()
            .filter(|p| p.location == Location::Path)
        {
            if !placeholders.contains(&p.name.as_str()) {
                self.schemas.warn_at(
                    pointer,
                    &format!(
                        "path parameter `{}` is not in the path; it is sent in the query",
                        p.name
                    ),
                );
                p.location = Location::Query;
            }
        }
        for ph in placeholders {
            if !op
                .params
                .iter()
                .any(|p| p.location == Location::Path && p.name == ph)
            {
                self.schemas.warn_at(
                    pointer,
                    &format!("path placeholder `{{{ph}}}` has no parameter; it is taken as text"),
                );
                op.params.push(Param {
                    name: ph.to_string(),
                    location: Location::Path,
                    ty: TypeRef::Primitive(Primitive::String),
                    required: true,
                    line: Some(op.line),
                    ..Param::default()
                });
            }
        }
    }
}

impl Schemas<'_> {
    /// A warning at the node `pointer`.
    pub fn warn_at(&mut self, pointer: &str, message: &str) {
        self.warn(pointer, message.to_string());
    }

    /// A warning that the `$ref` at `pointer` does not resolve, unless the reason was
    /// reported already (a file refused or not found).
    pub fn unresolved(&mut self, pointer: &str, message: &str) {
        if !self.doc.reported(pointer) {
            self.warn(pointer, message.to_string());
        }
    }

    /// Adds `def` under a fresh name built from `hint`; returns the name.
    pub fn define(&mut self, hint: &str, def: TypeDef) -> String {
        let name = self.fresh(hint);
        self.types.insert(name.clone(), def);
        name
    }
}

/// Swagger 2.0's media type for an operation: JSON when listed (or when nothing is), else
/// the first listed. With `all`, every listed type joined by `,`.
fn consumes(doc: &OpenApiDoc, op: &Value, all: bool) -> String {
    let list: Vec<String> = op
        .get("consumes")
        .or_else(|| doc.at("/consumes"))
        .and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    if all {
        return list.join(",");
    }
    list.iter()
        .find(|m| is_json(m))
        .or(list.first())
        .cloned()
        .unwrap_or_else(|| "application/json".to_string())
}

/// Whether a media type carries JSON (`application/json`, `application/vnd.x+json`).
pub fn is_json(media: &str) -> bool {
    let media = media.split(';').next().unwrap_or("").trim();
    media == "application/json" || media.ends_with("+json") || media == "*/*"
}

/// The media type to use from a `content` map (JSON first, then form, multipart, the
/// first), its schema and the schema's pointer.
fn pick_content(node: &Value, pointer: &str) -> Option<(String, Option<Value>, String)> {
    let content = node.get("content").and_then(Value::as_object)?;
    let rank = |m: &str| {
        if is_json(m) && m != "*/*" {
            0
        } else if m.starts_with("application/x-www-form-urlencoded") {
            1
        } else if m.starts_with("multipart/") {
            2
        } else {
            3
        }
    };
    let (media, m) = content.iter().min_by_key(|(m, _)| rank(m))?;
    let schema = m.get("schema").cloned();
    Some((
        media.clone(),
        schema,
        format!("{pointer}/content/{}/schema", escape(media)),
    ))
}

/// The name of the shared response, request body or parameter at `pointer`
/// (`/components/responses/NotFound`, Swagger's `/responses/NotFound`, either in another
/// file), as a type name hint:
/// the types of its schema are named after it, once, not after the first operation using it.
fn component_name(pointer: &str) -> Option<String> {
    // In another file (`common.yaml#/components/responses/NotFound`): its pointer part.
    let pointer = pointer.rsplit_once('#').map_or(pointer, |(_, p)| p);
    let rest = pointer.strip_prefix("/components/").unwrap_or(pointer);
    let (kind, name) = rest.strip_prefix('/').unwrap_or(rest).split_once('/')?;
    if !matches!(kind, "responses" | "requestBodies" | "parameters") || name.contains('/') {
        return None;
    }
    let name = chatgen_codegen::spec::pointer::unescape(name).to_pascal_case();
    (!name.is_empty()).then_some(name)
}

/// A location as OpenAPI names it.
fn location_name(location: Location) -> &'static str {
    match location {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Cookie => "cookie",
        Location::Body => "body",
    }
}
