//! The REST reference family (Weavy's `api-reference` pages): an operation is a name (a
//! heading or a line) over `METHOD /path`, a description, then sections named "Sample
//! request" (curl), "Parameters" (a table: pipes, tabs or whitespace columns), "Request
//! body" and "Responses" ("Status code N", a media type, and a JSON schema whose values are
//! type names, or a text such as "No Content"). The newer edition (`web-api/*` pages)
//! reads too: name, a description, then the route; "Path parameters", "Query parameters"
//! and "Body parameters" as `name type [required]` lines each with a description
//! paragraph; "Response codes" as `NNN Text` lines (a JSON schema under one, or under
//! "Response schema"); "Example request" / "Code sample" as the curl sample.
//!
//! It reads the document model, so the page as a browser's text, a crawler's Markdown or
//! HTML reads the same. A failure stays local: an operation cut off inside its route is
//! left out with a warning at its line, a section it cannot read is skipped with a warning,
//! an operation cut off before its parameters keeps what it has (a route placeholder no
//! parameter documents becomes a path parameter of unknown type, with a warning), and every
//! other operation still extracts.

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Body, Example, ExampleOf, Location, Operation, Param, Protocol,
    Response, Route, SampleKind, TypeRef,
};
use heck::{ToPascalCase, ToSnakeCase};

use super::kit::Kit;
use super::{Extracted, capped};
use crate::normalise::infer::type_word;
use crate::read::blocks::{Block, Document, Table, named_like};
use crate::read::json::Node;

/// The family name written in the spec.
pub const FAMILY: &str = "rest-reference";
const SAMPLE: &str = "Sample request";
const PARAMETERS: &str = "Parameters";
const REQUEST_BODY: &str = "Request body";
const RESPONSES: &str = "Responses";
// The newer edition (`/docs/reference/web-api/*`): parameters as `name type [required]`
// lines under one label per location, the body's fields the same way, and "Response codes"
// as `NNN Text` lines (a JSON schema under one, or under "Response schema").
const PATH_PARAMS: &str = "Path parameters";
const QUERY_PARAMS: &str = "Query parameters";
const BODY_PARAMS: &str = "Body parameters";
const RESPONSE_CODES: &str = "Response codes";
const RESPONSE_SCHEMA: &str = "Response schema";
const EXAMPLE_REQUEST: &str = "Example request";
const CODE_SAMPLE: &str = "Code sample";
const SECTIONS: [&str; 11] = [
    SAMPLE,
    PARAMETERS,
    REQUEST_BODY,
    RESPONSES,
    PATH_PARAMS,
    QUERY_PARAMS,
    BODY_PARAMS,
    RESPONSE_CODES,
    RESPONSE_SCHEMA,
    EXAMPLE_REQUEST,
    CODE_SAMPLE,
];
const OPTIONAL_NOTE: &str = "Properties marked with ? are optional.";

/// How well `doc` reads as a REST reference: operations (a name over `METHOD /path`) and
/// the section labels under them.
pub fn score(doc: &Document) -> (u32, String) {
    let found = operations(doc);
    // Only operations followed by at least one of this format's sections count.
    let ops = found
        .iter()
        .enumerate()
        .filter(|(i, o)| {
            let end = found.get(i + 1).map_or(doc.blocks.len(), |n| n.start);
            doc.blocks[o.route..end]
                .iter()
                .any(|b| b.is_named(&SECTIONS))
        })
        .count();
    let labels = doc
        .blocks
        .iter()
        .filter(|b| b.is_named(&SECTIONS) || b.label().is_some_and(|l| status_code(l).is_some()))
        .count();
    if ops == 0 {
        return (
            0,
            "no `METHOD /path` line under a name followed by Parameters / Request body / Responses"
                .into(),
        );
    }
    (
        capped(ops, 50) * 3 + capped(labels, 100),
        format!(
            "{ops} operation(s) as a name over `METHOD /path`, {labels} section label(s) (Parameters, Responses, Status code N)"
        ),
    )
}

/// Reads a REST reference.
pub fn extract(doc: &Document, api: &str, source: &str) -> Extracted {
    let mut x = Reader {
        doc,
        kit: Kit::new(&doc.source),
        auth: None,
        base_url: None,
    };
    x.kit.infer.optional_suffix = doc
        .blocks
        .iter()
        .any(|b| b.text.contains(OPTIONAL_NOTE) || b.is_named(&[BODY_PARAMS]));
    let ops = operations(doc);
    if ops.is_empty() {
        x.kit
            .nothing_found("operations (a name line followed by `METHOD /path`)");
    }
    let intro_end = ops.first().map_or(doc.blocks.len(), |o| o.start);
    // The title is the last heading before the introduction's paragraphs; what comes
    // before it is page chrome (a menu, a cookie banner).
    let before = &doc.blocks[..intro_end];
    let title_at = before
        .iter()
        .rposition(Block::is_heading)
        .filter(|&t| before[t + 1..].iter().all(|b| !b.is_heading()))
        .unwrap_or(0);
    if let (Some(first), Some(last)) = (before.first(), before.get(title_at.wrapping_sub(1)))
        && title_at > 0
    {
        let (a, b) = (first.span.line, last.span.end_line);
        x.kit.warn(
            a,
            format!("page text before the title skipped (lines {a}-{b})"),
        );
    }
    let mut lines = before[title_at.min(before.len())..]
        .iter()
        .flat_map(|b| b.text.split('\n'))
        .map(str::trim)
        .filter(|l| !l.is_empty());
    let title = lines.next().unwrap_or("").to_string();
    let intro: Vec<&str> = lines.collect();

    let mut operations: Vec<Operation> = Vec::new();
    for (i, o) in ops.iter().enumerate() {
        let end = ops.get(i + 1).map_or(doc.blocks.len(), |next| next.start);
        if let Some(mut op) = x.operation(o, end) {
            op.id = x.kit.unique_id(&op.id, &op.name, op.line);
            operations.push(op);
        }
    }
    let spec = ApiSpec {
        title,
        doc: (!intro.is_empty()).then(|| intro.join("\n")),
        auth: x.auth.take().unwrap_or(Auth {
            scheme: AuthScheme::None,
            header: None,
            param: None,
            names: Vec::new(),
            line: None,
        }),
        base_url: x.base_url.take(),
        operations,
        ..x.kit.spec(api, source, FAMILY, Protocol::rest())
    };
    x.kit.finish(spec)
}

/// Where an operation is: its first block (the name, or the route when it has no name),
/// its route block, and its name.
struct OpAt {
    start: usize,
    route: usize,
    name: Option<String>,
}

/// The operations of `doc`: every one-line block that is `METHOD /path` (or starts like
/// one and is cut off), with the label block before it as its name.
fn operations(doc: &Document) -> Vec<OpAt> {
    let mut out: Vec<OpAt> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.text.contains('\n') || b.table().is_some() || route_start(&b.text).is_none() {
            continue;
        }
        let prev = i
            .checked_sub(1)
            .map(|p| &doc.blocks[p])
            .filter(|_| out.last().is_none_or(|o| o.route + 1 < i))
            .and_then(|p| p.label().map(str::to_string))
            .filter(|l| route_start(l).is_none() && !SECTIONS.iter().any(|s| named_like(l, s)));
        // The newer edition: name, a one-paragraph description, then the route.
        let above = i
            .checked_sub(2)
            .filter(|_| prev.is_none() && out.last().is_none_or(|o| o.route + 2 < i))
            .filter(|&p| doc.blocks[p + 1].label().is_none() && !doc.blocks[p + 1].is_code())
            .filter(|&p| doc.blocks[p].is_heading())
            .and_then(|p| doc.blocks[p].label().map(str::to_string))
            .filter(|l| route_start(l).is_none() && !SECTIONS.iter().any(|s| named_like(l, s)));
        let start = match (&prev, &above) {
            (Some(_), _) => i - 1,
            (None, Some(_)) => i - 2,
            _ => i,
        };
        out.push(OpAt {
            start,
            route: i,
            name: prev.or(above),
        });
    }
    out
}

/// A line that starts like a route: a known HTTP method, one space, then `/`.
fn route_start(line: &str) -> Option<(&str, &str)> {
    let (method, path) = line.trim().split_once(' ')?;
    let known = chatgen_codegen::spec::HTTP_METHODS.contains(&method);
    (known && path.starts_with('/') && !path.contains(char::is_whitespace))
        .then_some((method, path))
}

/// `METHOD /path` → route, when the path is whole (its braces closed).
fn parse_route(line: &str) -> Option<Route> {
    let (method, path) = route_start(line)?;
    (path.matches('{').count() == path.matches('}').count()).then(|| Route {
        method: method.to_string(),
        path: path.to_string(),
    })
}

/// `Status code 200` → `200` (or the text after the words, when not a number).
fn status_code(label: &str) -> Option<&str> {
    let lower = label.get(..12)?;
    lower
        .eq_ignore_ascii_case("status code ")
        .then(|| label[12..].trim())
}

struct Reader<'a> {
    doc: &'a Document,
    kit: Kit<'a>,
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
    /// The last original line of the blocks before `end`.
    fn end_line(&self, end: usize) -> u32 {
        end.checked_sub(1)
            .and_then(|e| self.doc.blocks.get(e))
            .map_or(self.doc.source.len(), |b| b.span.end_line)
    }

    fn operation(&mut self, o: &OpAt, end: usize) -> Option<Operation> {
        let doc = self.doc;
        let route_block = &doc.blocks[o.route];
        let route_text = route_block.text.trim();
        let name = o.name.clone().unwrap_or_else(|| route_text.to_string());
        let line = doc.blocks[o.start].span.line;
        let Some(route) = parse_route(route_text) else {
            self.kit.warn(
                route_block.span.line,
                format!("operation `{name}` is cut off inside its route `{route_text}`; left out"),
            );
            return None;
        };
        if o.route + 1 == doc.blocks.len() {
            self.kit.warn(
                route_block.span.line,
                format!("the document ends at the route of operation `{name}`; it may be cut off, left out"),
            );
            return None;
        }
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
            route: Some(route),
            line,
            ..Operation::default()
        };
        let is_section = |b: &Block| b.is_named(&SECTIONS);
        let mut i = o.route + 1;
        let mut text: Vec<&str> = doc.blocks[o.start + usize::from(o.name.is_some())..o.route]
            .iter()
            .flat_map(|b| b.text.split('\n'))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        while i < end && !is_section(&doc.blocks[i]) {
            text.extend(
                doc.blocks[i]
                    .text
                    .split('\n')
                    .map(str::trim)
                    .filter(|l| !l.is_empty()),
            );
            i += 1;
        }
        op.doc = (!text.is_empty()).then(|| text.join("\n"));
        let mut raw_responses = Vec::new();
        while i < end {
            let b = &doc.blocks[i];
            let next_section = (i + 1..end)
                .find(|&j| is_section(&doc.blocks[j]))
                .unwrap_or(end);
            if b.is_named(&[SAMPLE]) {
                self.sample_request(i + 1, next_section, &mut op);
            } else if b.is_named(&[PARAMETERS]) {
                self.parameters(i, next_section, &mut op);
            } else if b.is_named(&[REQUEST_BODY]) {
                self.request_body(i, next_section, end, &mut op, &pascal);
            } else if b.is_named(&[RESPONSES]) {
                self.responses(i + 1, next_section, end, &mut op, &mut raw_responses);
            } else if b.is_named(&[PATH_PARAMS]) {
                self.param_lines(i, next_section, &mut op, Location::Path);
            } else if b.is_named(&[QUERY_PARAMS]) {
                self.param_lines(i, next_section, &mut op, Location::Query);
            } else if b.is_named(&[BODY_PARAMS]) {
                self.body_lines(i, next_section, &mut op, &pascal);
            } else if b.is_named(&[RESPONSE_CODES]) {
                self.response_codes(i + 1, next_section, end, &mut op, &mut raw_responses);
            } else if b.is_named(&[RESPONSE_SCHEMA]) {
                self.response_schema(i, next_section, end, &mut op, &mut raw_responses);
            } else if b.is_named(&[EXAMPLE_REQUEST, CODE_SAMPLE]) {
                self.sample_request(i + 1, next_section, &mut op);
            } else {
                self.stray(b);
            }
            i = if b.is_named(&SECTIONS) {
                next_section
            } else {
                i + 1
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
                self.kit.infer.from_type_names(node, &hint)
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
        self.route_placeholders(&mut op, route_block.span.line);
        Some(op)
    }

    /// A `{placeholder}` of the route that no parameter documents (the operation is cut
    /// off before its parameters, or its table leaves the parameter out) becomes a required
    /// path parameter of unknown type (a string, `type_cue: route placeholder`, listed in the
    /// operation's `unknown`), with a warning at the route: the operation keeps what the
    /// page gives, and the page is not rejected for it.
    fn route_placeholders(&mut self, op: &mut Operation, line: u32) {
        for name in super::kit::placeholder_params(op, Some(line)) {
            self.kit.warn(
                line,
                format!(
                    "operation `{}`: path placeholder `{{{name}}}` has no documented parameter; \
                     read as a path parameter of unknown type (string)",
                    op.name
                ),
            );
        }
    }

    /// The `name type [required]` lines under a "Path parameters" or "Query parameters"
    /// label (block `label`), each with the paragraph after it as its description.
    fn param_lines(&mut self, label: usize, to: usize, op: &mut Operation, location: Location) {
        for (n, name, ty_text, required, description) in self.field_lines(label, to) {
            let ty = field_type(&ty_text).unwrap_or(TypeRef::ANY);
            op.params.push(Param {
                name,
                location,
                ty,
                required: required || location == Location::Path,
                default: None,
                minimum: None,
                maximum: None,
                type_cue: None,
                doc: description,
                from_override: Vec::new(),
                line: Some(n),
            });
        }
    }

    /// The fields under "Body parameters", read as a request body whose schema lists them
    /// (a field without `required` is optional).
    fn body_lines(&mut self, label: usize, to: usize, op: &mut Operation, pascal: &str) {
        let fields = self.field_lines(label, to);
        let Some(&(first, ..)) = fields.first() else {
            self.kit.expected(
                self.doc.blocks[label].span.line,
                "`name type [required]` lines under Body parameters",
                "none",
                "body left unknown",
            );
            op.unknown.push("body".into());
            return;
        };
        let mut map = serde_json::Map::new();
        for (_, name, ty_text, required, _) in &fields {
            let key = if *required {
                name.clone()
            } else {
                format!("{name}?")
            };
            map.insert(key, type_names(ty_text));
        }
        let text = serde_json::Value::Object(map).to_string();
        let node = match crate::read::json::parse(&text, first) {
            Ok(p) => p.node,
            Err(e) => {
                self.kit
                    .json_warning(&e, "in the body parameters", "body left unknown");
                op.unknown.push("body".into());
                return;
            }
        };
        let ty = self
            .kit
            .infer
            .from_type_names(&node, &format!("{pascal}Body"));
        op.body = Some(Body {
            content_type: Some("application/json".into()),
            ty,
            line: Some(first),
        });
    }

    /// `(line, name, type, required, description)` of the fields in blocks `label + 1..to`:
    /// `name type [required]` lines, or (a compact capture) the name alone on a line, then
    /// the type and `required` at the start of the next line(s), glued to the description
    /// (`integer requiredApp id`, `stringThe text.`, `string` / `requiredA unique …`).
    /// Other blocks are descriptions (of the field before) or skipped with a warning.
    #[allow(clippy::type_complexity)]
    fn field_lines(
        &mut self,
        label: usize,
        to: usize,
    ) -> Vec<(u32, String, String, bool, Option<String>)> {
        let doc = self.doc;
        let mut out: Vec<(u32, String, String, bool, Option<String>)> = Vec::new();
        let single = |i: usize| {
            doc.blocks
                .get(i)
                .filter(|b| i < to && !b.is_code() && !b.text.trim().contains('\n'))
                .map(|b| b.text.trim())
        };
        let mut i = label + 1;
        while i < to {
            let b = &doc.blocks[i];
            if let Some((name, ty, required)) = single(i).and_then(field_line) {
                out.push((b.span.line, name, ty, required, None));
                i += 1;
                continue;
            }
            if let Some(name) = single(i).filter(|t| field_name(t))
                && let Some((ty, mut required, rest)) = single(i + 1).and_then(glued_type)
            {
                let mut description = rest.trim().to_string();
                let mut next = i + 2;
                if description.is_empty()
                    && !required
                    && let Some(after) = single(i + 2).and_then(|t| t.strip_prefix("required"))
                {
                    required = true;
                    description = after.trim().to_string();
                    next = i + 3;
                }
                out.push((
                    b.span.line,
                    name.to_string(),
                    ty.to_string(),
                    required,
                    (!description.is_empty()).then_some(description),
                ));
                i = next;
                continue;
            }
            if let Some((name, ty, required, rest)) = single(i).and_then(glued_field) {
                out.push((
                    b.span.line,
                    name.to_string(),
                    ty.to_string(),
                    required,
                    (!rest.trim().is_empty()).then(|| rest.trim().to_string()),
                ));
                i += 1;
                continue;
            }
            // A name alone over a description that starts a sentence: a field whose type the
            // page does not give (`raw` / `Gets or sets the raw metadata …`).
            if let Some(name) = single(i).filter(|t| bare_field_name(t))
                && let Some(description) = single(i + 1).filter(|t| {
                    t.starts_with(|c: char| c.is_uppercase())
                        && field_line(t).is_none()
                        && glued_field(t).is_none()
                })
            {
                out.push((
                    b.span.line,
                    name.to_string(),
                    "any".to_string(),
                    false,
                    Some(description.to_string()),
                ));
                i += 2;
                continue;
            }
            match out.last_mut() {
                Some(last) => {
                    let text = b.text.trim();
                    last.4 = Some(match last.4.take() {
                        Some(d) => format!("{d}\n{text}"),
                        None => text.to_string(),
                    });
                }
                None => self.kit.expected(
                    b.span.line,
                    "a `name type [required]` line",
                    "other text",
                    "skipped",
                ),
            }
            i += 1;
        }
        out
    }

    /// `NNN Text` lines under "Response codes", each with the JSON schema right after it
    /// (when there is one).
    fn response_codes(
        &mut self,
        from: usize,
        to: usize,
        op_end: usize,
        op: &mut Operation,
        out: &mut Vec<RawResponse>,
    ) {
        let doc = self.doc;
        let mut i = from;
        while i < to {
            let b = &doc.blocks[i];
            let codes: Vec<(u32, u16, String)> = self
                .lines(i, i + 1)
                .into_iter()
                .filter_map(|(n, l)| {
                    let (code, text) = l.split_once(' ').unwrap_or((l.as_str(), ""));
                    let status = code
                        .parse::<u16>()
                        .ok()
                        .filter(|s| (100..600).contains(s))?;
                    (code.len() == 3).then(|| (n, status, text.trim().to_string()))
                })
                .collect();
            if codes.is_empty() || b.is_code() {
                self.kit.expected(
                    b.span.line,
                    "`NNN Text` (a status code)",
                    "other text",
                    "skipped",
                );
                i += 1;
                continue;
            }
            i += 1;
            let schema = match doc.blocks.get(i) {
                Some(nb)
                    if i < to
                        && codes.len() == 1
                        && nb.text.trim_start().starts_with(['{', '[']) =>
                {
                    self.json_block(i, op_end).map(|(node, after)| {
                        i = after.min(to.max(i + 1));
                        node
                    })
                }
                _ => None,
            };
            let single = codes.len() == 1;
            for (n, status, text) in codes {
                if out.iter().any(|r| r.status == status) {
                    self.kit.listed_twice(n, &format!("status {status}"));
                    continue;
                }
                let schema = if single { schema.clone() } else { None };
                if let Some(node) = &schema {
                    op.examples.push(Example {
                        of: ExampleOf::Response,
                        status: Some(status),
                        kind: SampleKind::TypeNames,
                        url: None,
                        raw: None,
                        json: Some(node.to_value()),
                        line: node.line,
                    });
                }
                out.push(RawResponse {
                    status,
                    content_type: schema.as_ref().map(|_| "application/json".to_string()),
                    schema,
                    doc: (!text.is_empty()).then_some(text),
                    line: n,
                });
            }
        }
    }

    /// The JSON under "Response schema": the schema of the first success response listed
    /// under "Response codes".
    fn response_schema(
        &mut self,
        label: usize,
        to: usize,
        op_end: usize,
        op: &mut Operation,
        out: &mut [RawResponse],
    ) {
        let at = label + 1;
        let starts_json = self
            .doc
            .blocks
            .get(at)
            .is_some_and(|b| at < to && b.text.trim_start().starts_with(['{', '[']));
        let target = out
            .iter_mut()
            .find(|r| (200..300).contains(&r.status) && r.schema.is_none());
        let (true, Some(target)) = (starts_json, target) else {
            self.kit.expected(
                self.doc.blocks[label].span.line,
                "a JSON schema of a 2xx response listed under Response codes",
                "none",
                "skipped",
            );
            return;
        };
        let status = target.status;
        if let Some((node, _)) = self.json_block(at, op_end) {
            op.examples.push(Example {
                of: ExampleOf::Response,
                status: Some(status),
                kind: SampleKind::TypeNames,
                url: None,
                raw: None,
                json: Some(node.to_value()),
                line: node.line,
            });
            target.content_type = Some("application/json".into());
            target.schema = Some(node);
        }
    }

    fn stray(&mut self, b: &Block) {
        self.kit.expected(
            b.span.line,
            &format!("a section ({})", SECTIONS.join(", ")),
            "other text",
            "skipped",
        );
    }

    /// The lines of blocks `from..to` with their original line numbers.
    fn lines(&self, from: usize, to: usize) -> Vec<(u32, String)> {
        let mut out = Vec::new();
        for b in &self.doc.blocks[from..to] {
            let parts: Vec<&str> = b.text.split('\n').collect();
            let count = u32::try_from(parts.len()).unwrap_or(u32::MAX);
            let first = b.span.line + u32::from(b.span.end_line - b.span.line + 1 > count);
            for (l, t) in (first..).zip(parts) {
                out.push((l.min(b.span.end_line), t.trim().to_string()));
            }
        }
        out
    }

    /// `$ curl [-X M] URL` and `-H`/`-d` continuation lines, in blocks `from..to`.
    fn sample_request(&mut self, from: usize, to: usize, op: &mut Operation) {
        let mut example: Option<Example> = None;
        let mut method = None;
        for (n, line) in self.lines(from, to) {
            let line = line.as_str();
            if let Some(rest) = line.strip_prefix("$ curl") {
                op.examples.extend(example.take());
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
                    match crate::read::json::parse(data, n) {
                        Ok(p) => {
                            ex.json = Some(p.node.to_value());
                            if p.lenient {
                                ex.raw = Some(data.to_string());
                            }
                        }
                        Err(e) => {
                            ex.raw = Some(data.to_string());
                            self.kit.warn(
                                n,
                                format!(
                                    "sample body is not JSON: expected {}, found {}; kept as raw text",
                                    e.expected, e.found
                                ),
                            );
                        }
                    }
                }
            } else if !line.is_empty() {
                self.kit.expected(
                    n,
                    "a curl line (`$ curl`, `-H`, `-d`)",
                    "other text",
                    "skipped",
                );
            }
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
                self.kit.warn(
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
                    self.kit.warn(
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
    }

    fn header(&mut self, header: &str, line: u32) {
        let Some((name, value)) = header.split_once(':') else {
            self.kit
                .expected(line, "`Name: value` in a -H header", "no `:`", "skipped");
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
                self.kit.expected(
                    line,
                    "`Authorization: Bearer …`",
                    "another scheme",
                    "auth left unknown",
                );
            }
        }
    }

    /// The table under "Parameters" (block `label`), up to block `to`.
    fn parameters(&mut self, label: usize, to: usize, op: &mut Operation) {
        let doc = self.doc;
        let Some((at, table)) = (label + 1..to).find_map(|i| doc.blocks[i].table().map(|t| (i, t)))
        else {
            self.kit.expected(
                doc.blocks[label].span.line,
                "a table `Name | Type | Required | Description` under Parameters",
                "none",
                "no parameters read",
            );
            for b in &doc.blocks[label + 1..to] {
                self.stray(b);
            }
            return;
        };
        for b in &doc.blocks[label + 1..to] {
            if !std::ptr::eq(b, &doc.blocks[at]) {
                self.stray(b);
            }
        }
        self.table(doc.blocks[at].span.line, table, op);
    }

    fn table(&mut self, line: u32, table: &Table, op: &mut Operation) {
        let (Some(c_name), Some(c_type)) = (table.column("name"), table.column("type")) else {
            self.kit.expected(
                line,
                "a table header `Name | Type | Required | Description |`",
                "other columns",
                "table skipped",
            );
            return;
        };
        let (c_req, c_desc) = (table.column("required"), table.column("description"));
        let placeholders: Vec<String> = op
            .route
            .as_ref()
            .map(|r| r.placeholders().into_iter().map(str::to_string).collect())
            .unwrap_or_default();
        for (row, &n) in table.rows.iter().zip(&table.row_lines) {
            let get = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|s| s.trim()).unwrap_or("");
            let name = get(Some(c_name)).to_string();
            if name.is_empty() {
                self.kit.expected(
                    n,
                    "a parameter name in the first cell",
                    "none",
                    "row skipped",
                );
                continue;
            }
            if row.len() < 2 {
                self.kit.expected(
                    n,
                    "a parameter row (name, type, …)",
                    &format!("only `{name}`"),
                    "row skipped (cut off?)",
                );
                continue;
            }
            let ty_text = get(Some(c_type));
            let ty = match type_word(ty_text) {
                Some(t) => t,
                None if ty_text.starts_with(|c: char| c.is_ascii_uppercase()) => {
                    TypeRef::Named(ty_text.to_string())
                }
                None => {
                    self.kit.expected(
                        n,
                        "a parameter type",
                        &format!("`{ty_text}`"),
                        "typed `any`",
                    );
                    TypeRef::ANY
                }
            };
            let required = match get(c_req).to_ascii_lowercase().as_str() {
                "true" | "yes" => true,
                "false" | "no" | "" => false,
                other => {
                    self.kit.expected(
                        n,
                        "True or False in Required",
                        &format!("`{other}`"),
                        "taken as False",
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
        }
    }

    /// A media type block (`application/json`) at `i`, if there is one.
    fn content_type(&self, i: usize, to: usize) -> Option<String> {
        let b = self.doc.blocks.get(i).filter(|_| i < to)?;
        let t = b.text.trim();
        (!b.is_code() && t.contains('/') && !t.contains(' ') && !t.starts_with(['{', '[']))
            .then(|| t.to_string())
    }

    /// The JSON value of block `i` (read up to the operation's last line); returns it and
    /// the index of the first block after it.
    fn json_block(&mut self, i: usize, op_end: usize) -> Option<(Node, usize)> {
        let until = self.end_line(op_end);
        match self.doc.json(i, until) {
            Ok((p, _)) => {
                let mut next = i + 1;
                while next < op_end && self.doc.blocks[next].span.line <= p.end_line {
                    next += 1;
                }
                Some((p.node, next))
            }
            Err(e) => {
                self.kit
                    .json_warning(&e, "in a JSON schema block", "block skipped");
                None
            }
        }
    }

    fn request_body(
        &mut self,
        label: usize,
        to: usize,
        op_end: usize,
        op: &mut Operation,
        pascal: &str,
    ) {
        let doc = self.doc;
        let mut i = label + 1;
        let content_type = self.content_type(i, to);
        if content_type.is_some() {
            i += 1;
        }
        let starts_json = doc
            .blocks
            .get(i)
            .is_some_and(|b| i < to && b.text.trim_start().starts_with(['{', '[']));
        if !starts_json {
            self.kit.expected(
                doc.blocks[label].span.line,
                "a JSON schema under Request body",
                "none",
                "body left unknown",
            );
            op.unknown.push("body".into());
            for b in &doc.blocks[i.min(to)..to] {
                self.stray(b);
            }
            return;
        }
        let Some((node, mut after)) = self.json_block(i, op_end) else {
            op.unknown.push("body".into());
            return;
        };
        let ty = self
            .kit
            .infer
            .from_type_names(&node, &format!("{pascal}Body"));
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
        while after < to {
            let b = &doc.blocks[after];
            if !b.text.contains(OPTIONAL_NOTE) {
                self.stray(b);
            }
            after += 1;
        }
    }

    fn responses(
        &mut self,
        from: usize,
        to: usize,
        op_end: usize,
        op: &mut Operation,
        out: &mut Vec<RawResponse>,
    ) {
        let doc = self.doc;
        let mut i = from;
        while i < to {
            let b = &doc.blocks[i];
            let Some(code) = b.label().and_then(status_code) else {
                self.kit
                    .expected(b.span.line, "`Status code N`", "other text", "skipped");
                i += 1;
                continue;
            };
            let at = b.span.line;
            let Ok(status) = code.parse::<u16>() else {
                self.kit.expected(
                    at,
                    "a numeric status code",
                    &format!("`{code}`"),
                    "response skipped",
                );
                i += 1;
                continue;
            };
            let content_type = self.content_type(i + 1, to);
            let schema_at = i + 1 + usize::from(content_type.is_some());
            let mut response = RawResponse {
                status,
                content_type,
                schema: None,
                doc: None,
                line: at,
            };
            let next = doc.blocks.get(schema_at).filter(|_| schema_at < to);
            let is_status = |b: &Block| b.label().is_some_and(|l| status_code(l).is_some());
            match next {
                Some(nb) if nb.text.trim_start().starts_with(['{', '[']) => {
                    if let Some((node, after)) = self.json_block(schema_at, op_end) {
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
                        i = after.min(to.max(schema_at + 1));
                    } else {
                        i = schema_at + 1;
                    }
                }
                Some(nb) if response.content_type.is_none() && !is_status(nb) => {
                    response.doc = Some(nb.text.trim().to_string());
                    i = schema_at + 1;
                }
                _ => i = schema_at,
            }
            if out.iter().any(|r| r.status == status) {
                self.kit.listed_twice(at, &format!("status {status}"));
            } else {
                out.push(response);
            }
        }
    }
}

/// `name type [required]` (the newer edition's field line): the name, the type words and
/// whether it says `required`.
fn field_line(line: &str) -> Option<(String, String, bool)> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let name = words.remove(0);
    let name_ok = field_name(name);
    let required = words.last() == Some(&"required");
    if required {
        words.pop();
    }
    let ty = words.join(" ");
    (name_ok && field_type(&ty).is_some()).then(|| (name.to_string(), ty, required))
}

/// A parameter or field name: ASCII letters, digits, `_`, `-`, `.`, not starting with a digit.
fn field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// A snake_case name (lower-case letters, digits, `_`), as field names without a type are
/// printed.
fn bare_field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The type words at the start of a compact capture's line (glued to what follows), whether
/// `required` follows them, and the rest: `integer requiredApp id` → (`integer`, true,
/// `App id`); `array of integersIds …` → (`array of integers`, false, `Ids …`).
fn glued_type(line: &str) -> Option<(&str, bool, &str)> {
    const TYPES: [&str; 11] = [
        "array of integers",
        "array of strings",
        "array of objects",
        "array of numbers",
        "array of booleans",
        "array",
        "string",
        "integer",
        "boolean",
        "number",
        "object",
    ];
    let ty = TYPES.iter().find(|t| line.starts_with(**t))?;
    let rest = &line[ty.len()..];
    match rest.trim_start().strip_prefix("required") {
        Some(after) => Some((ty, true, after)),
        None => Some((ty, false, rest)),
    }
}

/// A glued capture's field line: name, type, `required` and description run together
/// (`uidstringrequiredA unique …`, `tagsarray of stringsA list …`). The name is the
/// shortest name-like prefix followed by type words whose rest starts a description (a
/// capital, `required`, or nothing); failing that, by any type words.
fn glued_field(line: &str) -> Option<(&str, &str, bool, &str)> {
    let splits = || {
        line.char_indices()
            .skip(1)
            .map(|(p, _)| p)
            .take_while(|&p| field_name(&line[..p]))
            .filter_map(|p| {
                glued_type(&line[p..]).map(|(ty, req, rest)| (&line[..p], ty, req, rest))
            })
    };
    let starts_description = |req: bool, rest: &str| {
        req || rest.is_empty() || rest.starts_with(|c: char| !c.is_ascii_lowercase())
    };
    splits()
        .find(|&(_, _, req, rest)| starts_description(req, rest))
        .or_else(|| splits().next())
}

/// A field line's type words: a type name, or `array of <type names>`.
fn field_type(words: &str) -> Option<TypeRef> {
    match words.strip_prefix("array of ") {
        Some(item) => field_type(&crate::normalise::infer::singular(item))
            .or_else(|| field_type(item))
            .map(|t| TypeRef::List(Box::new(t))),
        None if words == "array" => Some(TypeRef::List(Box::new(TypeRef::ANY))),
        None => type_word(words),
    }
}

/// The type-name JSON (as the older edition's Request body prints it) of a field's type
/// words: `string`, `["integer"]`, `"object"`.
fn type_names(words: &str) -> serde_json::Value {
    match words.strip_prefix("array of ") {
        Some(item) => {
            serde_json::Value::Array(vec![type_names(&crate::normalise::infer::singular(item))])
        }
        None => serde_json::Value::String(words.to_string()),
    }
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
    fn newer_edition_field_lines() {
        assert_eq!(
            field_line("id integer required"),
            Some(("id".into(), "integer".into(), true))
        );
        assert_eq!(
            field_line("blobs array of integers"),
            Some(("blobs".into(), "array of integers".into(), false))
        );
        // Descriptions are not field lines.
        assert_eq!(field_line("Conversation (app) id."), None);
        assert_eq!(field_line("true to lists contextual apps"), None);
        assert_eq!(
            glued_type("integer requiredApp id"),
            Some(("integer", true, "App id"))
        );
        assert_eq!(
            glued_type("array of integersIds of blobs to attach."),
            Some(("array of integers", false, "Ids of blobs to attach."))
        );
        assert_eq!(
            glued_type("booleanfalse"),
            Some(("boolean", false, "false"))
        );
        assert_eq!(glued_type("). Specifynull"), None);
        assert_eq!(
            glued_field("uidstringrequiredA unique user identifier"),
            Some(("uid", "string", true, "A unique user identifier"))
        );
        assert_eq!(
            glued_field("tagsarray of stringsA list of tags"),
            Some(("tags", "array of strings", false, "A list of tags"))
        );
        // `is_` + `array…` is not taken when `is_array` + `boolean` reads better.
        assert_eq!(
            glued_field("is_arraybooleanWhether"),
            Some(("is_array", "boolean", false, "Whether"))
        );
        assert_eq!(glued_field("idoruid)"), None);
        assert!(bare_field_name("raw") && bare_field_name("media_type"));
        assert!(!bare_field_name("Raw") && !bare_field_name("0") && !bare_field_name("e.g."));
        assert_eq!(glued_field("Id or name of user directory."), None);
        assert_eq!(
            field_type("array of strings"),
            Some(TypeRef::List(Box::new(TypeRef::Primitive(
                chatgen_codegen::spec::Primitive::String
            ))))
        );
    }

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
        assert!(parse_route("PATCH /api/webhooks/{id").is_none());
        assert!(route_start("PATCH /api/webhooks/{id").is_some());
        assert_eq!(status_code("Status code 204"), Some("204"));
        assert_eq!(
            parse_route("POST /api/messages/{id}/trash").unwrap().method,
            "POST"
        );
        assert!(parse_route("Posting things").is_none());
    }

    #[test]
    fn garbage_gives_diagnostics_not_panics() {
        let doc = Document::parse(
            "bad.txt",
            "Title\nOp\nGET /x/{id}\nParameters\nnot a table\nResponses\nStatus code abc\nStatus code 200\napplication/json\n{\"a\": \"integer\"\n",
        );
        let out = extract(&doc, "bad", "sources/bad.txt");
        assert_eq!(out.spec.operations.len(), 1);
        let messages: Vec<_> = out.diags.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("under Parameters, found none")),
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
        let empty = extract(&Document::parse("e.txt", ""), "e", "e");
        assert!(crate::diag::has_errors(&empty.diags));
    }
}
