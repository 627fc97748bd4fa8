//! The Weavy REST reference family: an operation is a heading line followed by
//! `METHOD /path`, a description, then "Sample request" (curl), "Parameters" (a `|` table),
//! "Request body" and "Responses" ("Status code N" + media type + a JSON schema whose values
//! are type names, or a text such as "No Content").

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Body, Example, ExampleOf, Location, Operation, Param, Protocol,
    Response, Route, SampleKind, TypeRef,
};
use heck::{ToPascalCase, ToSnakeCase};

use super::Extracted;
use crate::diag::Diagnostic;
use crate::normalise::infer::{Infer, type_word};
use crate::read::Doc;
use crate::read::json::{self, Node};

const SECTIONS: [&str; 4] = ["Sample request", "Parameters", "Request body", "Responses"];
const OPTIONAL_NOTE: &str = "Note. Properties marked with ? are optional.";

/// Reads a Weavy-style REST reference.
pub fn extract(doc: &Doc, api: &str, source: &str) -> Extracted {
    let mut x = Reader {
        doc,
        infer: Infer::new(&doc.file),
        diags: Vec::new(),
        auth: None,
        base_url: None,
    };
    x.infer.optional_suffix = doc.lines.iter().any(|l| l.trim() == OPTIONAL_NOTE);
    let headings: Vec<u32> = (1..doc.len())
        .filter(|&n| parse_route(doc.line(n + 1)).is_some())
        .collect();
    if headings.is_empty() {
        x.diags.push(Diagnostic::error(
            &doc.file,
            1,
            "expected operations (a name line followed by `METHOD /path`), found none",
        ));
    }
    let intro_end = headings.first().map_or(doc.len(), |h| h - 1);
    let title = (1..=intro_end)
        .map(|n| doc.line(n))
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .to_string();
    let intro: Vec<&str> = (1..=intro_end)
        .map(|n| doc.line(n))
        .filter(|l| !l.is_empty())
        .skip(1)
        .collect();

    let mut operations: Vec<Operation> = Vec::new();
    for (i, &h) in headings.iter().enumerate() {
        let end = headings.get(i + 1).map_or(doc.len(), |next| next - 1);
        let mut op = x.operation(h, end);
        if operations.iter().any(|o| o.id == op.id) {
            let base = op.id.clone();
            let mut n = 2;
            while operations.iter().any(|o| o.id == format!("{base}_{n}")) {
                n += 1;
            }
            op.id = format!("{base}_{n}");
            x.diags.push(Diagnostic::warning(
                &doc.file,
                h,
                format!(
                    "operation `{}` is documented twice; this one gets id `{}`",
                    op.name, op.id
                ),
            ));
        }
        operations.push(op);
    }
    let Reader {
        infer,
        mut diags,
        auth,
        base_url,
        ..
    } = x;
    diags.extend(infer.diags);
    let spec = ApiSpec {
        api: api.to_string(),
        title,
        doc: (!intro.is_empty()).then(|| intro.join("\n")),
        source: source.to_string(),
        family: "weavy".into(),
        protocol: Protocol::Rest,
        auth: auth.unwrap_or(Auth {
            scheme: AuthScheme::None,
            header: None,
            param: None,
            names: Vec::new(),
            line: None,
        }),
        base_url,
        base_path: None,
        version: None,
        operations,
        types: infer.types,
        from_override: Vec::new(),
    };
    Extracted { spec, diags }
}

/// `METHOD /path` → route.
fn parse_route(line: &str) -> Option<Route> {
    let (method, path) = line.split_once(' ')?;
    let known = chatgen_codegen::spec::HTTP_METHODS.contains(&method);
    (known && path.starts_with('/') && !path.contains(char::is_whitespace)).then(|| Route {
        method: method.to_string(),
        path: path.to_string(),
    })
}

struct Reader<'a> {
    doc: &'a Doc,
    infer: Infer<'a>,
    diags: Vec<Diagnostic>,
    auth: Option<Auth>,
    base_url: Option<String>,
}

/// A response before its body type is named.
struct RawResponse {
    status: u16,
    content_type: Option<String>,
    schema: Option<Node>,
    doc: Option<String>,
    line: u32,
}

impl Reader<'_> {
    fn warn(&mut self, line: u32, message: impl Into<String>) {
        let d = Diagnostic::warning(&self.doc.file, line, message).with_source(self.doc.line(line));
        self.diags.push(d);
    }

    fn operation(&mut self, heading: u32, end: u32) -> Operation {
        let doc = self.doc;
        let name = doc.line(heading).to_string();
        let route = parse_route(doc.line(heading + 1));
        let id = match name.to_snake_case() {
            id if id.starts_with(|c: char| c.is_ascii_lowercase()) && id.is_ascii() => id,
            other => format!(
                "op_{}",
                other
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect::<String>()
            ),
        };
        let pascal = id.to_pascal_case();
        let mut op = Operation {
            id,
            name,
            doc: None,
            route,
            rpc: None,
            params: Vec::new(),
            body: None,
            responses: Vec::new(),
            examples: Vec::new(),
            auth: None,
            listed_only: false,
            metadata: Default::default(),
            events: Vec::new(),
            tag: None,
            unknown: Vec::new(),
            from_override: Vec::new(),
            line: heading,
        };
        let mut n = heading + 2;
        let mut text = Vec::new();
        while n <= end && !SECTIONS.contains(&doc.line(n)) {
            if !doc.line(n).is_empty() {
                text.push(doc.line(n));
            }
            n += 1;
        }
        op.doc = (!text.is_empty()).then(|| text.join("\n"));
        let mut raw_responses = Vec::new();
        while n <= end {
            let line = doc.line(n);
            n = match line {
                "Sample request" => self.sample_request(n + 1, end, &mut op),
                "Parameters" => self.parameters(n + 1, end, &mut op),
                "Request body" => self.request_body(n + 1, end, &mut op, &pascal),
                "Responses" => self.responses(n + 1, end, &mut op, &mut raw_responses),
                "" => n + 1,
                _ => {
                    self.warn(
                        n,
                        format!(
                            "expected a section ({}), found other text; skipped",
                            SECTIONS.join(", ")
                        ),
                    );
                    n + 1
                }
            };
        }
        let with_body = raw_responses.iter().filter(|r| r.schema.is_some()).count();
        for r in raw_responses {
            let ty = r.schema.as_ref().map(|node| {
                let hint = if with_body == 1 {
                    format!("{pascal}Response")
                } else {
                    format!("{pascal}Response{}", r.status)
                };
                self.infer.from_type_names(node, &hint)
            });
            op.responses.push(Response {
                statuses: None,
                status: Some(r.status),
                content_type: r.content_type,
                ty,
                doc: r.doc,
                line: Some(r.line),
            });
        }
        op
    }

    /// `$ curl [-X M] URL` and `-H`/`-d` continuation lines.
    fn sample_request(&mut self, start: u32, end: u32, op: &mut Operation) -> u32 {
        let doc = self.doc;
        let mut n = start;
        let mut example: Option<Example> = None;
        let mut method = None;
        while n <= end && !SECTIONS.contains(&doc.line(n)) {
            let line = doc.line(n);
            if let Some(rest) = line.strip_prefix("$ curl") {
                let mut words = rest.split_whitespace();
                let mut url = None;
                while let Some(w) = words.next() {
                    match w {
                        "-X" => method = words.next().map(str::to_string),
                        other => url = Some(other.to_string()),
                    }
                }
                example = Some(Example {
                    of: ExampleOf::Request,
                    status: None,
                    kind: SampleKind::Real,
                    url,
                    raw: None,
                    json: None,
                    line: n,
                });
            } else if let Some(h) = line.strip_prefix("-H ") {
                self.header(unquote(h), n);
            } else if let Some(d) = line.strip_prefix("-d ") {
                let data = unquote(d);
                if let Some(ex) = example.as_mut() {
                    match json::parse(data, n) {
                        Ok(p) => {
                            ex.json = Some(p.node.to_value());
                            if p.lenient {
                                ex.raw = Some(data.to_string());
                            }
                        }
                        Err(e) => {
                            ex.raw = Some(data.to_string());
                            self.warn(n, format!("sample body is not JSON: expected {}, found {}; kept as raw text", e.expected, e.found));
                        }
                    }
                }
            } else if !line.is_empty() {
                self.warn(
                    n,
                    "expected a curl line (`$ curl`, `-H`, `-d`), found other text; skipped",
                );
            }
            n += 1;
        }
        if let (Some(ex), Some(route)) = (&example, &op.route) {
            let implied = method.clone().unwrap_or_else(|| {
                if ex.json.is_some() {
                    "POST".into()
                } else {
                    "GET".into()
                }
            });
            if implied != route.method {
                self.warn(
                    ex.line,
                    format!(
                        "sample request uses {implied}, the route says {}",
                        route.method
                    ),
                );
            }
            if let Some(url) = &ex.url {
                let path = url_path(url);
                if !path_matches(&route.path, path) {
                    self.warn(
                        ex.line,
                        format!(
                            "sample request path `{path}` does not match the route `{}`",
                            route.path
                        ),
                    );
                }
                if url.starts_with("http://") || url.starts_with("https://") {
                    let origin: String = url.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
                    self.base_url.get_or_insert(origin);
                }
            }
        }
        op.examples.extend(example);
        n
    }

    fn header(&mut self, header: &str, line: u32) {
        let Some((name, value)) = header.split_once(':') else {
            self.warn(line, "expected `Name: value` in a -H header, found no `:`");
            return;
        };
        if name.trim().eq_ignore_ascii_case("authorization") && self.auth.is_none() {
            if value.trim().starts_with("Bearer ") {
                self.auth = Some(Auth {
                    scheme: AuthScheme::Bearer,
                    header: None,
                    param: None,
                    names: Vec::new(),
                    line: Some(line),
                });
            } else {
                self.warn(
                    line,
                    "expected `Authorization: Bearer …`, found another scheme; auth left unknown",
                );
            }
        }
    }

    /// A `Name | Type | Required | Description |` table.
    fn parameters(&mut self, start: u32, end: u32, op: &mut Operation) -> u32 {
        let doc = self.doc;
        let header: Vec<String> = cells(doc.line(start))
            .iter()
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let col = |name: &str| header.iter().position(|h| h == name);
        let (Some(c_name), Some(c_type)) = (col("name"), col("type")) else {
            self.warn(
                start,
                "expected a table header `Name | Type | Required | Description |`; table skipped",
            );
            return start + 1;
        };
        let (c_req, c_desc) = (col("required"), col("description"));
        let mut n = start + 1;
        if doc.line(n).starts_with("---") {
            n += 1;
        }
        let placeholders: Vec<String> = op
            .route
            .as_ref()
            .map(|r| r.placeholders().into_iter().map(str::to_string).collect())
            .unwrap_or_default();
        while n <= end && doc.line(n).contains('|') && !SECTIONS.contains(&doc.line(n)) {
            let row = cells(doc.line(n));
            let get = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|s| s.trim()).unwrap_or("");
            let name = get(Some(c_name)).to_string();
            if name.is_empty() {
                self.warn(
                    n,
                    "expected a parameter name in the first cell, found none; row skipped",
                );
                n += 1;
                continue;
            }
            let ty_text = get(Some(c_type));
            let ty = match type_word(ty_text) {
                Some(t) => t,
                None if ty_text.starts_with(|c: char| c.is_ascii_uppercase()) => {
                    TypeRef::Named(ty_text.to_string())
                }
                None => {
                    self.warn(
                        n,
                        format!("expected a parameter type, found `{ty_text}`; typed `any`"),
                    );
                    TypeRef::ANY
                }
            };
            let required = match get(c_req).to_ascii_lowercase().as_str() {
                "true" | "yes" => true,
                "false" | "no" | "" => false,
                other => {
                    self.warn(
                        n,
                        format!(
                            "expected True or False in Required, found `{other}`; taken as False"
                        ),
                    );
                    false
                }
            };
            let description = match c_desc {
                Some(c) => row
                    .get(c..)
                    .map(|r| r.join("|").trim().to_string())
                    .unwrap_or_default(),
                None => String::new(),
            };
            let location = if placeholders.contains(&name) {
                Location::Path
            } else {
                Location::Query
            };
            op.params.push(Param {
                name,
                location,
                ty,
                required: required || location == Location::Path,
                default: None,
                minimum: None,
                maximum: None,
                type_cue: None,
                doc: (!description.is_empty()).then_some(description),
                from_override: Vec::new(),
                line: Some(n),
            });
            n += 1;
        }
        n
    }

    fn request_body(&mut self, start: u32, end: u32, op: &mut Operation, pascal: &str) -> u32 {
        let (content_type, schema_at) = self.content_type(start);
        let Some((node, after)) = self.json_block(schema_at, end) else {
            return schema_at + 1;
        };
        let ty = self.infer.from_type_names(&node, &format!("{pascal}Body"));
        op.examples.push(Example {
            of: ExampleOf::Request,
            status: None,
            kind: SampleKind::TypeNames,
            url: None,
            raw: None,
            json: Some(node.to_value()),
            line: node.line,
        });
        op.body = Some(Body {
            content_type,
            ty,
            line: Some(node.line),
        });
        if self.doc.line(after) == OPTIONAL_NOTE {
            after + 1
        } else {
            after
        }
    }

    fn responses(
        &mut self,
        start: u32,
        end: u32,
        op: &mut Operation,
        out: &mut Vec<RawResponse>,
    ) -> u32 {
        let doc = self.doc;
        let mut n = start;
        while n <= end && !SECTIONS.contains(&doc.line(n)) {
            let line = doc.line(n);
            let Some(code) = line.strip_prefix("Status code ") else {
                if !line.is_empty() {
                    self.warn(n, "expected `Status code N`, found other text; skipped");
                }
                n += 1;
                continue;
            };
            let Ok(status) = code.trim().parse::<u16>() else {
                self.warn(
                    n,
                    format!("expected a numeric status code, found `{code}`; response skipped"),
                );
                n += 1;
                continue;
            };
            let at = n;
            let (content_type, schema_at) = self.content_type(n + 1);
            let mut response = RawResponse {
                status,
                content_type,
                schema: None,
                doc: None,
                line: at,
            };
            if doc.line(schema_at).starts_with(['{', '[']) {
                if let Some((node, after)) = self.json_block(schema_at, end) {
                    op.examples.push(Example {
                        of: ExampleOf::Response,
                        status: Some(status),
                        kind: SampleKind::TypeNames,
                        url: None,
                        raw: None,
                        json: Some(node.to_value()),
                        line: node.line,
                    });
                    response.schema = Some(node);
                    n = after;
                } else {
                    n = schema_at + 1;
                }
            } else if response.content_type.is_none()
                && !doc.line(schema_at).starts_with("Status code ")
            {
                response.doc = Some(doc.line(schema_at).to_string());
                n = schema_at + 1;
            } else {
                n = schema_at;
            }
            if out.iter().any(|r| r.status == status) {
                self.warn(
                    at,
                    format!("status {status} is documented twice; the first is kept"),
                );
            } else {
                out.push(response);
            }
        }
        n
    }

    /// A media type line (`application/json`) at `n`, if there is one; returns it and the
    /// line after it.
    fn content_type(&self, n: u32) -> (Option<String>, u32) {
        let line = self.doc.line(n);
        if line.contains('/') && !line.contains(' ') && !line.starts_with(['{', '[']) {
            (Some(line.to_string()), n + 1)
        } else {
            (None, n)
        }
    }

    /// The JSON value starting at line `n`; returns it and the line after it.
    fn json_block(&mut self, n: u32, end: u32) -> Option<(Node, u32)> {
        let text = self.doc.text(n, end);
        match json::parse(&text, n) {
            Ok(p) => Some((p.node, p.end_line + 1)),
            Err(e) => {
                let d = self
                    .doc
                    .json_warning(&e, "in a JSON schema block", "block skipped");
                self.diags.push(d);
                None
            }
        }
    }
}

/// The cells of a `a | b | c |` row (a trailing empty cell from the closing `|` dropped).
fn cells(line: &str) -> Vec<String> {
    let mut cells: Vec<String> = line.split('|').map(|c| c.trim().to_string()).collect();
    if line.trim_end().ends_with('|') {
        cells.pop();
    }
    cells
}

/// A `"…"` argument without its quotes.
fn unquote(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(s)
}

/// The path of a sample URL such as `{WEAVY_SERVER}/api/apps/1/messages?top=50`.
fn url_path(url: &str) -> &str {
    let without_query = url.split('?').next().unwrap_or(url);
    let after_scheme = without_query
        .split_once("://")
        .map_or(without_query, |(_, rest)| rest);
    match after_scheme.strip_prefix('{') {
        Some(rest) => rest.split_once('}').map_or(rest, |(_, r)| r),
        None => after_scheme.find('/').map_or("", |i| &after_scheme[i..]),
    }
}

/// Whether a concrete path fits a `{placeholder}` template, segment by segment.
fn path_matches(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| (t.starts_with('{') && !p.is_empty()) || t == p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(
            url_path("{WEAVY_SERVER}/api/apps/1/messages?top=50"),
            "/api/apps/1/messages"
        );
        assert_eq!(url_path("https://x.io/api/v1"), "/api/v1");
        assert!(path_matches(
            "/api/apps/{id}/messages",
            "/api/apps/1/messages"
        ));
        assert!(!path_matches("/api/apps/{id}/messages", "/api/apps/1"));
        assert_eq!(
            cells("count_only | boolean | False |"),
            ["count_only", "boolean", "False"]
        );
        assert_eq!(
            cells("q | string | False | |"),
            ["q", "string", "False", ""]
        );
        assert_eq!(
            parse_route("POST /api/messages/{id}/trash").unwrap().method,
            "POST"
        );
        assert!(parse_route("Posting things").is_none());
    }

    #[test]
    fn garbage_gives_diagnostics_not_panics() {
        let doc = Doc::new(
            "bad.txt",
            "Title\nOp\nGET /x/{id}\nParameters\nnot a table\nResponses\nStatus code abc\nStatus code 200\napplication/json\n{\"a\": \"integer\"\n",
        );
        let out = extract(&doc, "bad", "sources/bad.txt");
        assert_eq!(out.spec.operations.len(), 1);
        let messages: Vec<_> = out.diags.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages.iter().any(|m| m.contains("table header")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("numeric status code")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("JSON schema block")),
            "{messages:?}"
        );
        let empty = extract(&Doc::new("e.txt", ""), "e", "e");
        assert!(crate::diag::has_errors(&empty.diags));
    }
}
