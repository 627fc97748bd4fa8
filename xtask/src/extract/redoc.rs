//! The Redoc family: a page rendered by Redoc (2.0–2.5 and its rc builds), saved as HTML
//! (`redoc-static.html`, Redocly build-docs, a browser's "save page") or captured as text (a
//! browser's copy, a crawler's Markdown), read through the document model
//! ([`crate::read::blocks`]).
//!
//! Redoc renders every operation the same way, whatever the build's CSS class names: a title
//! (a heading, or a line in a text capture), a description, `Authorizations:`, parameter
//! sections named `path Parameters`, `query Parameters`, `header Parameters`, `cookie
//! Parameters` (a table, or one block per parameter: name, `required`, a type line such as
//! `integer <int64> [ 1 .. 50 ]`, `Default:`, `Enum:`, `Example:`, a description), a
//! `Request Body schema: <media type>` with its top-level fields shown the same way,
//! `Responses` (a status and its description each), then the right panel: the method and
//! path (`post/api/x`, or `post` and `/api/x` on two lines; the server URLs follow in the
//! page, in the route's own block when a capture keeps no blank line between them), `Request samples` and `Response samples` (tabs, `Content type`, a JSON sample of
//! the first tab only).
//!
//! The reader anchors on the `Responses` label of each operation, finds where the
//! operation's header ends (its first `Authorizations` / `Parameters` / `Request Body`
//! block), and takes the title from the last top-ranked heading before it (or, in a text
//! capture without ranks, the lines after the previous operation's samples). What the page
//! does not show is left unknown: a lost route, a response without a sample, a collapsed
//! object's fields. An operation rendered twice (filed under two tags) is read once.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Body, EnumValue, Example, ExampleOf, Field, Location, Operation,
    Param, Primitive, Protocol, Response, Route, SampleKind, TypeDef, TypeRef,
};
use heck::ToPascalCase;

use super::Extracted;
use super::kit::{is_token, title_id};
use super::reference::{Profile, TypeLine, open_type, quoted_values, type_line as parse_type};
use crate::diag::Diagnostic;
use crate::normalise::infer::Infer;
use crate::read::Doc;
use crate::read::blocks::{Block, Document};
use crate::read::json::{self, Node};

pub use super::kit::ROUTE_PLACEHOLDER;

const METHODS: [&str; 8] = [
    "get", "post", "put", "patch", "delete", "head", "options", "trace",
];

/// Redoc as a profile of the reference reader: its titles carry the version, its ids are
/// made from sentence titles, its credentials are named after `Authorizations:`, its
/// operations are filed under tags, and its samples are made from the schema.
pub const REDOC: Profile = Profile {
    title: Some(title_block),
    title_version: true,
    short_ids: true,
    auth: Some(page_auth),
    tag: Some(tag_before),
    first_server: true,
    exact_locations: true,
    schema_samples: true,
    ..Profile::named("redoc")
};

/// The tag Redoc files the operation titled at block `title` under, among the blocks from
/// `from`: in a ranked page the last heading of rank 1 or 2 before the title; in a text
/// capture a short line (four words at most, no full stop) right before the title, or
/// before one line of the tag's description.
pub fn tag_before(d: &Document, from: usize, title: usize) -> Option<usize> {
    let blocks = &d.blocks;
    if blocks.iter().any(|b| b.level().is_some_and(|l| l > 0)) {
        // (Not the page's title: redoc.rs filed a page's untagged operations under it.)
        let page = title_block(d);
        return (from..title)
            .rev()
            .find(|&i| blocks[i].level().is_some_and(|l| (1..=2).contains(&l)) && Some(i) != page);
    }
    let at: Vec<usize> = (from..title.min(blocks.len()))
        .filter(|&i| {
            let t = blocks[i].text.trim();
            let lower = t.to_ascii_lowercase();
            !t.is_empty()
                && !blocks[i].is_code()
                && lower != "request"
                && !lower.starts_with("download openapi")
                && mark(&blocks[i], blocks.get(i + 1)) == Mark::Plain
        })
        .collect();
    let last = at.len().checked_sub(1)?;
    let text = |k: usize| blocks[at[k]].text.trim();
    [last, last.wrapping_sub(1)]
        .into_iter()
        .filter(|&k| k <= last)
        .find(|&k| is_short(text(k), 4) && !text(k).contains('\n'))
        .filter(|&k| k == last || !is_short(text(k + 1), 4))
        .map(|k| at[k])
}

/// Reads a Redoc page or capture given as lines (the family interface).
pub fn extract(doc: &Doc, api: &str, source: &str) -> Extracted {
    let text = doc.lines.join("\n");
    let document = Document::parse(doc.file.clone(), &text);
    super::reference::extract_with(&document, api, source, &REDOC)
}

/// The OpenAPI document a Redoc page embeds (`const __redoc_state = {"spec": {"data": …}}`
/// in its last script), for reading the page from it instead of its rendering (through the
/// OpenAPI family). `None` when the page embeds none or it is not JSON.
pub fn embedded_openapi(html: &str) -> Option<serde_json::Value> {
    let at = html.find("__redoc_state")?;
    let rest = &html[at + "__redoc_state".len()..];
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let mut values = serde_json::Deserializer::from_str(rest).into_iter::<serde_json::Value>();
    let mut state = values.next()?.ok()?;
    state.pointer_mut("/spec/data").map(serde_json::Value::take)
}

/// What a block is to a Redoc reader.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    Auth,
    Params(Location),
    Body(Option<String>),
    Responses,
    Route(String, String),
    /// A method alone; the path is the next block.
    Method(String),
    RequestSamples,
    ResponseSamples,
    Callbacks,
    Plain,
}

impl Mark {
    /// Opens the part of an operation before its responses.
    fn opens_request(&self) -> bool {
        matches!(self, Mark::Auth | Mark::Params(_) | Mark::Body(_))
    }

    /// Belongs to the right panel or ends the left one.
    fn is_tail(&self) -> bool {
        matches!(
            self,
            Mark::Route(..)
                | Mark::Method(_)
                | Mark::RequestSamples
                | Mark::ResponseSamples
                | Mark::Callbacks
        )
    }
}

fn mark(b: &Block, next: Option<&Block>) -> Mark {
    let text = b.text.trim();
    if b.is_code() {
        return Mark::Plain;
    }
    let label = text.trim_end_matches(':').trim();
    let lower = label.to_lowercase();
    if lower == "authorizations" {
        return Mark::Auth;
    }
    if let Some(loc) = lower.strip_suffix(" parameters") {
        let loc = match loc.trim() {
            "path" => Some(Location::Path),
            "query" => Some(Location::Query),
            "header" => Some(Location::Header),
            // Cookies travel as a header; the spec has no cookie location.
            "cookie" => Some(Location::Header),
            _ => None,
        };
        if let Some(l) = loc {
            return Mark::Params(l);
        }
    }
    if let Some(rest) = lower.strip_prefix("request body schema") {
        let media = rest.trim_start_matches(':').trim();
        // `Request Body schema: multipart/form-data required`: Redoc's "required" badge
        // follows the media type when a capture flattens the line; the type is one token.
        let original = text[text.len() - media.len()..]
            .split_whitespace()
            .next()
            .map(str::to_string);
        return Mark::Body(original);
    }
    match lower.as_str() {
        "responses" => return Mark::Responses,
        "request samples" => return Mark::RequestSamples,
        "response samples" => return Mark::ResponseSamples,
        "callbacks" => return Mark::Callbacks,
        _ => {}
    }
    if let Some((m, p)) = route_text(text).or_else(|| route_over_servers(text).map(|r| r.0)) {
        return Mark::Route(m, p);
    }
    if METHODS.contains(&lower.as_str())
        && next.is_some_and(|n| n.text.trim().starts_with('/') && !n.text.trim().contains(' '))
    {
        return Mark::Method(lower.to_ascii_uppercase());
    }
    Mark::Plain
}

/// `post/api/x`, `get /x/{id}`: a method followed by a path, nothing else.
fn route_text(text: &str) -> Option<(String, String)> {
    let lower = text.to_ascii_lowercase();
    let method = METHODS.iter().find(|m| lower.starts_with(**m))?;
    let path = text[method.len()..].trim();
    (path.starts_with('/') && !path.contains(char::is_whitespace))
        .then(|| (method.to_ascii_uppercase(), unescape(path)))
}

/// A route and its server URLs in one block (a capture that keeps no blank line between
/// the right panel's lines, e.g. a Markdown paragraph `post/ofrep/v1/evaluate/flags` /
/// `https://example.com/ofrep/v1/evaluate/flags`): the route (glued `post/x`, spaced
/// `post /x`, or the method and the path on two lines) and the lines after it, which hold
/// at least one server URL. `None` for any other block.
fn route_over_servers(text: &str) -> Option<((String, String), Vec<&str>)> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let (route, rest) = match lines.as_slice() {
        [first, rest @ ..] if route_text(first).is_some() => (route_text(first)?, rest),
        [method, path, rest @ ..]
            if METHODS.contains(&method.to_ascii_lowercase().as_str())
                && path.starts_with('/')
                && !path.contains(char::is_whitespace) =>
        {
            ((method.to_ascii_uppercase(), unescape(path)), rest)
        }
        _ => return None,
    };
    let url = |l: &str| l.starts_with("http://") || l.starts_with("https://");
    (rest.iter().any(|l| url(l)) && rest.iter().all(|l| route_text(l).is_none()))
        .then(|| (route, rest.to_vec()))
}

/// Undoes Markdown escapes (`{x\_y}`).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
}

struct Reader<'a> {
    d: &'a Document,
    marks: Vec<Mark>,
    infer: Infer<'a>,
    diags: Vec<Diagnostic>,
    servers: Vec<String>,
}

/// An operation's header: tag, title, description, and the title's block.
type Header = (Option<String>, String, Option<String>, Option<usize>);

/// One operation's blocks: header `[start, first)`, body `[first, end)`.
#[derive(Debug, Clone, Copy)]
struct Span3 {
    start: usize,
    first: usize,
    end: usize,
}

/// Reads a Redoc document.
pub fn extract_document(d: &Document, api: &str, source: &str) -> Extracted {
    let marks: Vec<Mark> = (0..d.blocks.len())
        .map(|i| mark(&d.blocks[i], d.blocks.get(i + 1)))
        .collect();
    let mut r = Reader {
        d,
        marks,
        infer: Infer::new(&d.file),
        diags: Vec::new(),
        servers: Vec::new(),
    };
    let spans = r.operations();
    if spans.is_empty() {
        r.diags.push(Diagnostic::error(
            &d.file,
            1,
            "expected Redoc operations (each with a `Responses` label, after its parameters), found none",
        ));
    }
    let ranked = d.blocks.iter().any(|b| b.level().is_some_and(|l| l > 0));
    let mut operations: Vec<Operation> = Vec::new();
    let mut seen_routes: Vec<Route> = Vec::new();
    let mut tag: Option<String> = None;
    let mut first_header: Option<usize> = None;
    for (i, s) in spans.iter().enumerate() {
        let (op_tag, title, doc, title_at) = if ranked {
            r.ranked_header(s.start, s.first)
        } else {
            r.text_header(s.start, s.first)
        };
        if op_tag.is_some() {
            tag = op_tag.clone();
        }
        if i == 0 {
            first_header = title_at.map(|t| {
                // The page's introduction ends where the first operation's tag or title is.
                let tag_at = op_tag
                    .as_deref()
                    .and_then(|tg| (s.start..t).rev().find(|&k| clean_title(r.text(k)) == tg));
                tag_at.unwrap_or(t)
            });
        }
        let Some(mut op) = r.operation(i, *s, title, doc, tag.clone(), title_at) else {
            continue;
        };
        if let Some(route) = &op.route {
            if seen_routes.contains(route) {
                // Filed under a second tag: the same operation, rendered again.
                continue;
            }
            seen_routes.push(route.clone());
        } else {
            op.unknown.push("route".into());
        }
        operations.push(op);
    }
    dedupe_ids(&mut operations, &mut r);
    let (title, version, intro) = r.title(first_header);
    let auth = page_auth(d).unwrap_or_default();
    let Reader {
        infer,
        mut diags,
        servers,
        ..
    } = r;
    diags.extend(infer.diags);
    let spec = ApiSpec {
        api: api.to_string(),
        title,
        doc: intro,
        source: source.to_string(),
        family: "redoc".into(),
        version,
        protocol: Protocol::rest(),
        auth,
        base_url: servers.first().cloned(),
        base_path: None,
        operations,
        types: infer.types,
        from_override: Vec::new(),
        ..ApiSpec::default()
    };
    Extracted { spec, diags }
}

impl<'a> Reader<'a> {
    fn blocks(&self) -> &'a [Block] {
        &self.d.blocks
    }

    fn text(&self, i: usize) -> &'a str {
        self.d.blocks.get(i).map_or("", |b| b.text.trim())
    }

    fn line(&self, i: usize) -> u32 {
        self.d.blocks.get(i).map_or(1, |b| b.span.line)
    }

    /// Every operation's blocks, in document order.
    fn operations(&self) -> Vec<Span3> {
        let anchors: Vec<usize> = (0..self.marks.len())
            .filter(|&i| self.marks[i] == Mark::Responses)
            .collect();
        let mut out: Vec<Span3> = Vec::new();
        let mut prev_anchor: Option<usize> = None;
        for &a in &anchors {
            let floor = prev_anchor.map_or(0, |p| p + 1);
            // The first request-part block right before the anchor, with only request
            // parts (and their content) between it and the anchor.
            let mut first = a;
            let mut j = a;
            while j > floor {
                j -= 1;
                let m = &self.marks[j];
                if m.opens_request() {
                    first = j;
                } else if m.is_tail() || *m == Mark::Responses {
                    break;
                }
            }
            // The header starts at the operation's title: in a ranked document the last
            // heading of rank 1 or 2 (a route shown in the middle panel may sit between it
            // and the parameters); else after the previous operation's last right-panel
            // block.
            let titled = (floor..first).rev().find(|&i| {
                self.blocks()[i]
                    .level()
                    .is_some_and(|l| (1..=2).contains(&l))
            });
            let mut start = first;
            while start > floor && !self.is_tail_block(start - 1) {
                start -= 1;
            }
            if let Some(t) = titled
                && t < start
            {
                start = t;
            }
            if let Some(last) = out.last_mut() {
                last.end = start;
            }
            out.push(Span3 {
                start,
                first,
                end: self.blocks().len(),
            });
            prev_anchor = Some(a);
        }
        out
    }

    /// A block of the right panel (route, samples and what they show) or a sample.
    fn is_tail_block(&self, i: usize) -> bool {
        let b = &self.blocks()[i];
        if self.marks[i].is_tail() || b.is_code() {
            return true;
        }
        let t = b.text.trim();
        let lower = t.to_ascii_lowercase();
        t.starts_with('{')
            || t.starts_with('[')
            || t.starts_with('}')
            || t.starts_with(']')
            || lower == "content type"
            || lower == "copy"
            || lower.starts_with("expand all")
            || lower == "collapse all"
            || is_media_type(t)
            || (i > 0 && self.marks[i - 1] == Mark::Method(String::new()))
            || (i > 0 && matches!(self.marks[i - 1], Mark::Method(_)))
            || (b.depth().is_some() && (t.starts_with('"') || is_status_run(t)))
            || is_status_run(t)
            || t.starts_with("http://")
            || t.starts_with("https://")
    }

    /// Header of a ranked document: the title is the last heading of rank 1 or 2 before
    /// the operation's first request block; a heading of those ranks before it is a tag.
    fn ranked_header(&self, start: usize, first: usize) -> Header {
        let heads: Vec<usize> = (start..first)
            .filter(|&i| {
                self.blocks()[i]
                    .level()
                    .is_some_and(|l| (1..=2).contains(&l))
            })
            .collect();
        let Some(&t) = heads.last() else {
            return self.text_header(start, first);
        };
        let tag = heads
            .len()
            .checked_sub(2)
            .map(|k| clean_title(self.text(heads[k])));
        let doc = self.paragraphs(t + 1, first);
        (tag, clean_title(self.text(t)), doc, Some(t))
    }

    /// Description paragraphs, leaving out a route and server URLs shown in the middle
    /// panel.
    fn paragraphs(&self, from: usize, to: usize) -> Option<String> {
        let texts: Vec<&str> = (from..to)
            .filter(|&i| !self.is_tail_block(i) && !self.is_server_label(i))
            .map(|i| self.text(i))
            .filter(|t| !t.is_empty() && !t.eq_ignore_ascii_case("request"))
            .collect();
        (!texts.is_empty()).then(|| texts.join("\n"))
    }

    /// The description of a server, right before its URL under a route.
    fn is_server_label(&self, i: usize) -> bool {
        let next = self.text(i + 1);
        (next.starts_with("http://") || next.starts_with("https://"))
            && (0..i).rev().take(4).any(|k| self.marks[k].is_tail())
    }

    /// Header of a text capture without ranks, read backwards from the first request
    /// block: `[tag, [tag description,]] title, [description]`. The title is an
    /// operationId-like token (`getCycleById`), else the short line before the description,
    /// else (Redoc falls back to the description) the description itself.
    fn text_header(&self, start: usize, first: usize) -> Header {
        let at: Vec<usize> = (start..first)
            .filter(|&i| !self.is_chrome(i) && !self.text(i).is_empty())
            .collect();
        let lines: Vec<&str> = at.iter().map(|&i| self.text(i)).collect();
        let Some(&last) = lines.last() else {
            return (None, String::new(), None, None);
        };
        let k = lines.len() - 1;
        let before = k.checked_sub(1).map(|b| lines[b]);
        let (title_at, doc) = if is_token(last) {
            (k, None)
        } else {
            match before {
                Some(b) if is_token(b) && b.chars().any(|c| c.is_uppercase()) => {
                    (k - 1, Some(last))
                }
                Some(b) if is_token(b) => (k, Some(last)), // a lower-case tag, then the description
                Some(b) if is_short(b, 10) => (k - 1, Some(last)),
                _ => (k, Some(last)),
            }
        };
        // The tag: right before the title, or before one line of tag description.
        let tag = [1, 2]
            .iter()
            .filter_map(|d| title_at.checked_sub(*d))
            .find(|&t| is_short(lines[t], 4))
            .filter(|&t| t + 1 == title_at || !is_short(lines[t + 1], 4))
            .map(|t| lines[t].to_string());
        (
            tag,
            clean_title(lines[title_at]),
            doc.map(str::to_string),
            Some(at[title_at]),
        )
    }

    fn is_chrome(&self, i: usize) -> bool {
        let lower = self.text(i).to_ascii_lowercase();
        lower == "request" || lower.starts_with("download openapi")
    }

    /// Reads one operation.
    fn operation(
        &mut self,
        index: usize,
        s: Span3,
        title: String,
        doc: Option<String>,
        tag: Option<String>,
        title_at: Option<usize>,
    ) -> Option<Operation> {
        let id = op_id(&title, index);
        let pascal = id.to_pascal_case();
        let mut op = Operation {
            id,
            name: title,
            doc,
            tag,
            line: self.line(title_at.unwrap_or(s.first)),
            ..Operation::default()
        };
        // A route shown in the middle panel, between the title and the parameters.
        for k in s.start..s.first {
            match self.marks[k].clone() {
                Mark::Route(m, p) => {
                    self.servers_within(k, &p);
                    self.servers_after(k + 1, s.first, &p);
                    op.route = Some(Route { method: m, path: p });
                }
                Mark::Method(m) => {
                    let p = unescape(self.text(k + 1));
                    self.servers_after(k + 2, s.first, &p);
                    op.route = Some(Route { method: m, path: p });
                }
                _ => {}
            }
        }
        let mut i = s.first;
        let mut request_samples: Vec<(Node, Option<String>, u32)> = Vec::new();
        let mut response_samples: Vec<(Option<u16>, Node, Option<String>, u32)> = Vec::new();
        #[allow(clippy::type_complexity)]
        let mut body_fields: Option<(
            usize,
            Option<String>,
            Vec<FieldBlock>,
            bool,
            Option<TypeRef>,
        )> = None;
        while i < s.end {
            let next = self.next_mark(i + 1, s.end);
            match self.marks[i].clone() {
                Mark::Auth => {
                    // The schemes are the page's (`page_auth`).
                }
                Mark::Params(loc) => {
                    for f in self.fields(i + 1, next) {
                        op.params.push(f.into_param(loc));
                    }
                }
                Mark::Body(media) => {
                    let mut media = media;
                    let mut at = i + 1;
                    while at < next && is_media_type(self.text(at)) {
                        media.get_or_insert_with(|| self.text(at).to_string());
                        at += 1;
                    }
                    // `Array` (then `[` … `]`): the body is a list of what follows.
                    let array = self
                        .text(at)
                        .trim_end_matches(" [")
                        .eq_ignore_ascii_case("array");
                    if array {
                        at += 1;
                    }
                    let item = if array {
                        parse_type(self.text(at))
                    } else {
                        None
                    };
                    let fields = if item.is_some() {
                        Vec::new()
                    } else {
                        self.fields(at, next)
                    };
                    body_fields = Some((i, media, fields, array, item.map(|t| t.ty)));
                }
                Mark::Responses => {
                    op.responses = self.responses(i + 1, next);
                }
                Mark::Route(m, p) => {
                    self.servers_within(i, &p);
                    self.servers_after(i + 1, next, &p);
                    op.route = Some(Route { method: m, path: p });
                }
                Mark::Method(m) => {
                    let p = unescape(self.text(i + 1));
                    self.servers_after(i + 2, next, &p);
                    op.route = Some(Route { method: m, path: p });
                }
                Mark::RequestSamples => {
                    if let Some((node, raw, line)) = self.sample(i + 1, next) {
                        request_samples.push((node, raw, line));
                    }
                }
                Mark::ResponseSamples => {
                    let status = self.first_tab_status(i + 1, next);
                    if let Some((node, raw, line)) = self.sample(i + 1, next) {
                        response_samples.push((status, node, raw, line));
                    }
                }
                Mark::Callbacks => {
                    // Callbacks are the server's requests, not this operation's: skipped.
                }
                Mark::Plain => {}
            }
            i = next;
        }
        if let Some((at, media, fields, array, item)) = body_fields {
            let sample = request_samples.first().map(|s| &s.0);
            let sample = match (array, sample.map(|n| &n.kind)) {
                (true, Some(json::Kind::Array(items))) => items.first(),
                (true, _) => None,
                (false, _) => sample,
            };
            let ty = match item {
                Some(t) => t,
                None => self.body_type(&pascal, &fields, sample, at),
            };
            let ty = if array {
                TypeRef::List(Box::new(ty))
            } else {
                ty
            };
            op.body = Some(Body {
                content_type: media,
                ty,
                line: Some(self.line(at)),
            });
        } else if let Some((node, _, line)) = request_samples.first() {
            // A sample without a rendered schema: the body's type comes from the sample.
            let ty = self
                .infer
                .infer(node, &format!("{pascal}Body"), SampleKind::Placeholder);
            op.body = Some(Body {
                content_type: Some("application/json".into()),
                ty,
                line: Some(*line),
            });
        }
        for (node, raw, line) in &request_samples {
            op.examples
                .push(example(ExampleOf::Request, None, node, raw, *line));
        }
        for (status, node, raw, line) in &response_samples {
            let status = status.or_else(|| op.responses.iter().find_map(|r| r.status));
            let ty = self
                .infer
                .infer(node, &format!("{pascal}Response"), SampleKind::Placeholder);
            match op.responses.iter_mut().find(|r| r.status == status) {
                Some(r) => {
                    r.ty = Some(ty);
                    r.content_type = Some("application/json".into());
                }
                None => op.responses.push(Response {
                    statuses: None,
                    status,
                    content_type: Some("application/json".into()),
                    ty: Some(ty),
                    doc: None,
                    line: Some(*line),
                }),
            }
            op.examples
                .push(example(ExampleOf::Response, status, node, raw, *line));
        }
        // A placeholder of the route that no parameter section names (the page's OpenAPI
        // document declared it wrongly, so Redoc rendered nothing): a path parameter whose
        // type the page does not give.
        if let Some(route) = op.route.clone() {
            // A path parameter the route has no placeholder for cannot be sent: the page
            // contradicts itself; the parameter is left out, with a warning at its line.
            let holders = route.placeholders();
            let (kept, stray): (Vec<Param>, Vec<Param>) = std::mem::take(&mut op.params)
                .into_iter()
                .partition(|p| p.location != Location::Path || holders.contains(&p.name.as_str()));
            op.params = kept;
            for p in stray {
                let line = p.line.unwrap_or(op.line);
                let d = Diagnostic::warning(
                    &self.d.file,
                    line,
                    format!(
                        "path parameter `{}` is not in the route `{} {}`; left out",
                        p.name, route.method, route.path
                    ),
                )
                .with_source(self.d.line(line));
                self.diags.push(d);
            }
            super::kit::placeholder_params(&mut op, None);
        }
        if op.responses.is_empty() {
            op.unknown.push("response".into()); // `Responses` and nothing under it
        }
        if op.responses.iter().any(|r| r.status.is_none()) {
            op.unknown.push("response status".into());
        }
        let unshown: Vec<String> = op
            .responses
            .iter()
            .filter(|r| r.ty.is_none() && r.status.is_some_and(|s| s != 204 && s != 304))
            .filter_map(|r| r.status.map(|s| s.to_string()))
            .collect();
        if !unshown.is_empty() {
            op.unknown
                .push(format!("response body of {}", unshown.join(", ")));
        }
        Some(op)
    }

    fn next_mark(&self, from: usize, end: usize) -> usize {
        (from..end)
            .find(|&j| self.marks[j] != Mark::Plain)
            .unwrap_or(end)
    }

    /// Server URLs shown under the route: each ends with the route's path.
    fn servers_after(&mut self, from: usize, to: usize, path: &str) {
        for i in from..to {
            let t = self.text(i);
            self.server(t, path);
        }
    }

    /// The server URLs in the route's own block, after the route (see
    /// [`route_over_servers`]).
    fn servers_within(&mut self, route_block: usize, path: &str) {
        if let Some((_, rest)) = route_over_servers(self.text(route_block)) {
            for line in rest {
                self.server(line, path);
            }
        }
    }

    /// `t` as a server URL under the route whose path is `path`: the base is what comes
    /// before the path.
    fn server(&mut self, t: &str, path: &str) {
        if (t.starts_with("http://") || t.starts_with("https://"))
            && let Some(base) = unescape(t).strip_suffix(path)
        {
            let base = base.trim_end_matches('/').to_string();
            if !self.servers.contains(&base) {
                self.servers.push(base);
            }
        }
    }

    /// The fields of a parameter or body section: table rows, or one block group per field.
    fn fields(&mut self, from: usize, to: usize) -> Vec<FieldBlock> {
        let mut out = Vec::new();
        let mut i = from;
        while i < to {
            let b = &self.blocks()[i];
            if let Some(t) = b.table() {
                let rows = std::iter::once(&t.header)
                    .filter(|h| !is_column_header(h))
                    .chain(&t.rows);
                for (k, row) in rows.enumerate() {
                    let line = if k == 0 && !is_column_header(&t.header) {
                        b.span.line
                    } else {
                        t.row_lines
                            .get(k.saturating_sub(usize::from(!is_column_header(&t.header))))
                            .copied()
                            .unwrap_or(b.span.line)
                    };
                    if let Some(f) = field_from_row(row, line) {
                        out.push(f);
                    }
                }
                i += 1;
                continue;
            }
            if b.depth().is_none() && b.text.contains('|') {
                let rows: Vec<(Vec<String>, u32)> = (0u32..)
                    .zip(b.text.lines())
                    .filter_map(|(k, l)| pipe_row(l).map(|r| (r, b.span.line + k)))
                    .collect();
                if !rows.is_empty() {
                    for (row, line) in rows {
                        if let Some(f) = field_from_row(&row, line) {
                            out.push(f);
                        }
                    }
                    i += 1;
                    continue;
                }
            }
            if let Some((f, next)) = self.field_blocks(i, to) {
                out.push(f);
                i = next;
                continue;
            }
            i += 1;
        }
        out
    }

    /// A field written as blocks: name, [`required`], a type line, then details.
    fn field_blocks(&self, i: usize, to: usize) -> Option<(FieldBlock, usize)> {
        let name = self.text(i);
        if !is_name(name) {
            return None;
        }
        let mut at = i + 1;
        let (name, mut required) = split_required(name);
        if self.text(at).eq_ignore_ascii_case("required") {
            required = true;
            at += 1;
        }
        if at >= to {
            return None;
        }
        let ty = parse_type(self.text(at))?;
        at += 1;
        let mut f = FieldBlock::new(name, required, ty, self.line(i));
        while at < to {
            let t = self.text(at);
            if self.next_is_field(at, to) {
                break;
            }
            f.detail(t);
            at += 1;
        }
        Some((f, at))
    }

    fn next_is_field(&self, at: usize, to: usize) -> bool {
        let t = self.text(at);
        if !is_name(t) {
            return false;
        }
        let mut k = at + 1;
        if self.text(k).eq_ignore_ascii_case("required") {
            k += 1;
        }
        k < to && parse_type(self.text(k)).is_some()
    }

    /// Statuses and their descriptions.
    fn responses(&self, from: usize, to: usize) -> Vec<Response> {
        let mut out: Vec<Response> = Vec::new();
        let mut i = from;
        while i < to {
            let t = self.text(i);
            if let Some((status, rest)) = status_prefix(t) {
                let mut doc = (!rest.is_empty()).then(|| rest.to_string());
                if doc.is_none()
                    && i + 1 < to
                    && status_prefix(self.text(i + 1)).is_none()
                    && !self.text(i + 1).is_empty()
                {
                    doc = Some(self.text(i + 1).to_string());
                    i += 1;
                }
                let line = self.line(i);
                if let Some(s) = status
                    && !out.iter().any(|r| r.status == Some(s))
                {
                    out.push(Response {
                        statuses: None,
                        status: Some(s),
                        content_type: None,
                        ty: None,
                        doc,
                        line: Some(line),
                    });
                }
            }
            i += 1;
        }
        out
    }

    /// The status of the first response-sample tab.
    fn first_tab_status(&self, from: usize, to: usize) -> Option<u16> {
        (from..to).find_map(|i| {
            let t = self.text(i);
            if t.eq_ignore_ascii_case("content type") {
                return None;
            }
            let digits: String = t.chars().take(3).collect();
            (t.len() >= 3 && digits.chars().all(|c| c.is_ascii_digit()))
                .then(|| digits.parse().ok())
                .flatten()
        })
    }

    /// The JSON sample of a samples panel: a code block or a paragraph holding JSON, or a
    /// sample a Markdown capture broke into list items (read from the source lines the
    /// blocks span).
    fn sample(&mut self, from: usize, to: usize) -> Option<(Node, Option<String>, u32)> {
        let start = (from..to).find(|&i| {
            let t = self.text(i);
            t.starts_with('{') || t.starts_with('[')
        })?;
        let b = &self.blocks()[start];
        let last = (start..to)
            .rev()
            .find(|&i| {
                let t = self.text(i);
                !t.is_empty() && !self.marks[i].is_tail()
            })
            .unwrap_or(start);
        let (l0, l1) = (
            b.span.line,
            self.blocks()[last].span.end_line.max(b.span.end_line),
        );
        let one = b.text.trim().trim_matches('`');
        let parsed = match json::parse(one, l0) {
            Ok(p) => Ok((p.node, p.end_line)),
            Err(_) => {
                let lines: Vec<String> = (l0..=l1).map(|n| strip_bullet(self.d.line(n))).collect();
                let text = lines.join("\n");
                json::parse(text.trim().trim_matches('`'), l0).map(|p| (p.node, p.end_line))
            }
        };
        match parsed {
            Ok((node, end)) => {
                // The text as written, when the page marks it up (bullets, list items).
                let written = self.d.source.text(l0, end.clamp(l0, l1.max(l0)));
                let raw = (written.contains('•') || written.contains("-   ")).then_some(written);
                Some((node, raw, l0))
            }
            Err(e) => {
                let d = self
                    .d
                    .source
                    .json_warning(&e, "in a sample", "sample skipped");
                self.diags.push(d);
                None
            }
        }
    }

    /// The request body's type: the rendered top-level fields, typed from the type line,
    /// objects and arrays of objects typed from the request sample when it has them.
    fn body_type(
        &mut self,
        pascal: &str,
        fields: &[FieldBlock],
        sample: Option<&Node>,
        at: usize,
    ) -> TypeRef {
        let members: BTreeMap<&str, &Node> = match sample.map(|n| &n.kind) {
            Some(json::Kind::Object(m)) => m.iter().map(|(k, v)| (k.as_str(), v)).collect(),
            _ => BTreeMap::new(),
        };
        if fields.is_empty() {
            return match sample {
                Some(n) => self
                    .infer
                    .infer(n, &format!("{pascal}Body"), SampleKind::Placeholder),
                None => TypeRef::ANY,
            };
        }
        let mut out = Vec::new();
        for f in fields {
            let mut ty = f.ty.clone();
            if open_type(&ty)
                && let Some(node) = members.get(f.name.as_str())
            {
                let hint = format!("{pascal}{}", f.name.to_pascal_case());
                ty = self.infer.infer(node, &hint, SampleKind::Placeholder);
            }
            out.push(Field {
                name: f.name.clone(),
                ty: self.enum_or(ty, f, pascal),
                optional: !f.required,
                nullable: f.nullable,
                doc: f.doc.clone(),
                from_override: Vec::new(),
                line: Some(f.line),
            });
        }
        let name = self.fresh(&format!("{pascal}Body"));
        self.infer.types.insert(
            name.clone(),
            TypeDef {
                fields: out,
                line: Some(self.line(at)),
                ..TypeDef::default()
            },
        );
        TypeRef::Named(name)
    }

    fn enum_or(&mut self, ty: TypeRef, f: &FieldBlock, pascal: &str) -> TypeRef {
        if f.values.is_empty() || ty != TypeRef::Primitive(Primitive::String) {
            return ty;
        }
        let name = self.fresh(&format!("{pascal}{}", f.name.to_pascal_case()));
        self.infer.types.insert(
            name.clone(),
            TypeDef {
                values: f
                    .values
                    .iter()
                    .map(|v| EnumValue {
                        value: v.clone(),
                        doc: None,
                    })
                    .collect(),
                line: Some(f.line),
                ..TypeDef::default()
            },
        );
        TypeRef::Named(name)
    }

    fn fresh(&self, base: &str) -> String {
        let base = if base.is_empty() { "Type" } else { base };
        let mut name = base.to_string();
        let mut n = 2;
        while self.infer.types.contains_key(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        name
    }

    /// The page's title and version (`Title (1.0)`) and its introduction: what stands
    /// between the title and `end` (the first operation's tag or title).
    fn title(&self, end: Option<usize>) -> (String, Option<String>, Option<String>) {
        let blocks = self.blocks();
        let Some(at) = title_block(self.d) else {
            return (String::new(), None, None);
        };
        let text = self.text(at);
        let (title, version) = match text.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
            Some((t, v)) if !v.contains(' ') => (t.trim().to_string(), Some(v.to_string())),
            _ => (text.to_string(), None),
        };
        let end = end.unwrap_or(at).min(blocks.len());
        // In a ranked page the introduction ends at the next heading of rank 1 or 2 (a tag
        // or the Authentication section).
        let end = (at + 1..end)
            .find(|&i| {
                blocks[i].level().is_some_and(|l| (1..=2).contains(&l))
                    || self.text(i).eq_ignore_ascii_case("authentication")
            })
            .unwrap_or(end);
        let intro: Vec<&str> = (at + 1..end)
            .filter(|&i| !self.is_chrome(i) && !self.marks[i].is_tail())
            .map(|i| self.text(i))
            .filter(|t| !t.is_empty())
            .collect();
        (
            title,
            version,
            (!intro.is_empty()).then(|| intro.join("\n")),
        )
    }
}

/// The block of the page's title: its first heading of rank 1, else its first line.
pub fn title_block(d: &Document) -> Option<usize> {
    let blocks = &d.blocks;
    blocks
        .iter()
        .position(|b| b.level() == Some(1))
        .or_else(|| {
            blocks.iter().position(|b| {
                let t = b.text.trim();
                !t.is_empty() && !t.starts_with("---")
            })
        })
}

/// The security schemes the page's operations name after `Authorizations:`, and how they
/// travel when the page's Authentication section says so; `None` when no operation names
/// one.
pub fn page_auth(d: &Document) -> Option<Auth> {
    let blocks = &d.blocks;
    let mut schemes: Vec<String> = Vec::new();
    let mut scheme_line: Option<u32> = None;
    for i in 0..blocks.len() {
        if mark(&blocks[i], blocks.get(i + 1)) != Mark::Auth {
            continue;
        }
        // The first non-empty block after the label, unless another label comes first.
        let Some(k) = (i + 1..blocks.len()).find(|&k| {
            !blocks[k].text.trim().is_empty() || mark(&blocks[k], blocks.get(k + 1)) != Mark::Plain
        }) else {
            continue;
        };
        if mark(&blocks[k], blocks.get(k + 1)) != Mark::Plain {
            continue;
        }
        let names = scheme_names(blocks[k].text.trim());
        if scheme_line.is_none() && !names.is_empty() {
            scheme_line = Some(blocks[k].span.line);
        }
        for n in names {
            if !schemes.contains(&n) {
                schemes.push(n);
            }
        }
    }
    if schemes.is_empty() {
        return None;
    }
    let mut auth = Auth {
        scheme: AuthScheme::ApiKey,
        names: schemes,
        line: scheme_line,
        ..Auth::default()
    };
    // `Security Scheme Type: HTTP` / `HTTP Authorization Scheme: bearer`, or
    // `Header parameter name: X-Key`, in the Authentication section.
    if auth.names.len() == 1 {
        let texts: Vec<String> = blocks
            .iter()
            .take_while(|b| b.text.trim() != "Responses")
            .map(|b| b.text.to_lowercase())
            .collect();
        let joined = texts.join("\n");
        if (joined.contains("bearer") && joined.contains("http authorization scheme"))
            || joined.contains("oauth2")
        {
            // An HTTP bearer scheme, or OAuth 2 (its access token is a bearer token).
            auth.scheme = AuthScheme::Bearer;
            auth.names.clear();
        } else if joined.contains("header parameter name")
            && let Some(h) = header_parameter_name(blocks)
        {
            auth.scheme = AuthScheme::Header;
            auth.header = Some(h);
            auth.names.clear();
        }
    }
    Some(auth)
}

/// The scheme names of an `Authorizations:` line: `API-TOKENPersonal-Access-Token`,
/// `bearerAuth & apiKey`, `OAuth2 (read, write) or None` (`None`: Redoc's word for an
/// operation that needs no credential).
fn scheme_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for part in text.split([',', '&']) {
        let part = part.split(" (").next().unwrap_or("").trim();
        let part = part.trim_end_matches(" or").trim();
        for name in split_scheme_names(part) {
            let name = name.trim_matches('_').to_string();
            if !name.is_empty() && name != "None" && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The header name that follows `Header parameter name` in the page.
fn header_parameter_name(blocks: &[Block]) -> Option<String> {
    for (i, b) in blocks.iter().enumerate() {
        let lower = b.text.to_lowercase();
        if let Some(k) = lower.find("header parameter name") {
            let after = b.text[k + "header parameter name".len()..]
                .trim_start_matches([':', ' ', '|', '\t'])
                .trim();
            let word = if after.is_empty() {
                blocks.get(i + 1).map_or("", |n| n.text.trim())
            } else {
                after
            };
            let word = word.split_whitespace().next().unwrap_or("");
            if !word.is_empty() {
                return Some(word.to_string());
            }
        }
    }
    None
}

fn example(
    of: ExampleOf,
    status: Option<u16>,
    node: &Node,
    raw: &Option<String>,
    line: u32,
) -> Example {
    Example {
        of,
        status,
        kind: SampleKind::Placeholder,
        url: None,
        raw: raw.clone(),
        json: Some(node.to_value()),
        line,
    }
}

fn strip_bullet(line: &str) -> String {
    let t = line.trim();
    let t = t
        .strip_prefix("-   ")
        .or_else(|| t.strip_prefix("- "))
        .or_else(|| t.strip_prefix("• "))
        .or_else(|| t.strip_prefix('•'))
        .unwrap_or(t);
    t.trim_matches('`').to_string()
}

/// `200`, `200 OK`, `**200 **`, `4XX`, `default`: a status and the rest of the text.
fn status_prefix(text: &str) -> Option<(Option<u16>, &str)> {
    let t = text.trim().trim_start_matches('*').trim();
    let (head, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    let head = head.trim_end_matches('*');
    let rest = rest.trim().trim_start_matches('*').trim();
    if head.len() == 3 && head.chars().all(|c| c.is_ascii_digit()) {
        let n: u16 = head.parse().ok()?;
        return (100..600).contains(&n).then_some((Some(n), rest));
    }
    let upper = head.to_ascii_uppercase();
    if (upper.len() == 3 && upper.ends_with("XX") && upper.starts_with(['1', '2', '3', '4', '5']))
        || head == "default"
    {
        return Some((None, rest));
    }
    None
}

/// `200400401` (a capture's run of sample tabs).
fn is_status_run(t: &str) -> bool {
    !t.is_empty() && t.len().is_multiple_of(3) && t.chars().all(|c| c.is_ascii_digit())
}

fn is_media_type(t: &str) -> bool {
    let t = t.trim();
    let head = t.split(';').next().unwrap_or("").trim();
    let Some((a, b)) = head.split_once('/') else {
        return false;
    };
    !a.is_empty()
        && !b.is_empty()
        && a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && b.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '+' | '*'))
        && matches!(
            a,
            "application" | "text" | "multipart" | "image" | "audio" | "video" | "*" | "font"
        )
}

/// A Markdown table's header that names columns (`Name | Type`) rather than being the first
/// row of fields, as a crawler's Redoc table has it.
fn is_column_header(h: &[String]) -> bool {
    const COLUMNS: [&str; 6] = [
        "name",
        "field",
        "parameter",
        "type",
        "description",
        "required",
    ];
    h.iter().all(|c| c.trim().is_empty())
        || (h.len() >= 2
            && h.iter()
                .all(|c| COLUMNS.contains(&c.trim().to_lowercase().as_str())))
}

/// `name| type …` / `namerequired | type …`: a table row a capture left in a paragraph
/// (its table broken by a list in a description).
fn pipe_row(line: &str) -> Option<Vec<String>> {
    let (name, rest) = line.split_once('|')?;
    let name = name.trim();
    if name.is_empty() || name.starts_with('-') || !is_name(&unescape(name).replace("required", ""))
    {
        return None;
    }
    let rest = rest.trim().trim_end_matches('|').trim();
    parse_type(rest)?;
    Some(vec![name.to_string(), rest.to_string()])
}

/// A field name: one token (no spaces), not a sentence.
fn is_name(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && t.len() <= 80
        && !t.ends_with(':')
        && !t.ends_with('.')
        && t.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '$' | '@' | '[' | ']' | '\\')
        })
}

/// `namerequired`, `name required`, `name\nrequired`: the name and the flag.
fn split_required(t: &str) -> (String, bool) {
    let t = unescape(t.trim());
    for sep in ["\n", " "] {
        if let Some((n, r)) = t.split_once(sep)
            && r.trim().eq_ignore_ascii_case("required")
        {
            return (n.trim().to_string(), true);
        }
    }
    match t.strip_suffix("required") {
        Some(n) if !n.is_empty() => (n.to_string(), true),
        _ => (t, false),
    }
}

/// A parameter or body field as Redoc shows it.
#[derive(Debug, Clone)]
struct FieldBlock {
    name: String,
    required: bool,
    ty: TypeRef,
    nullable: bool,
    minimum: Option<serde_json::Value>,
    maximum: Option<serde_json::Value>,
    default: Option<serde_json::Value>,
    values: Vec<String>,
    doc: Option<String>,
    line: u32,
}

impl FieldBlock {
    fn new(name: String, required: bool, ty: TypeLine, line: u32) -> Self {
        let mut f = Self {
            name,
            required,
            ty: ty.ty,
            nullable: ty.nullable,
            minimum: ty.minimum,
            maximum: ty.maximum,
            default: None,
            values: Vec::new(),
            doc: None,
            line,
        };
        if !ty.rest.is_empty() {
            f.detail(&ty.rest);
        }
        f
    }

    /// A line after the type: `Default:`, `Enum:`, `Example:`, or description.
    fn detail(&mut self, t: &str) {
        let t = t.trim();
        if t.is_empty() {
            return;
        }
        if let Some(v) = strip_prefix_ci(t, "Default:") {
            let (v, rest) = first_value(v);
            self.default = Some(value_of(&v));
            self.detail(rest);
        } else if let Some(v) = strip_prefix_ci(t, "Enum:") {
            let (vals, rest) = quoted_values(v);
            self.values = vals;
            self.detail(rest);
        } else if let Some(v) = strip_prefix_ci(t, "Example:") {
            let (_, rest) = first_value(v);
            self.detail(rest);
        } else if t.eq_ignore_ascii_case("required") {
            self.required = true;
        } else {
            match &mut self.doc {
                Some(d) => {
                    d.push('\n');
                    d.push_str(t);
                }
                None => self.doc = Some(t.to_string()),
            }
        }
    }

    fn into_param(self, location: Location) -> Param {
        /// A parameter shown as `object`: how it is serialised into a query or header is
        /// not shown, so it is any JSON value.
        fn open(ty: TypeRef) -> TypeRef {
            match ty {
                TypeRef::Map(_) => TypeRef::ANY,
                TypeRef::List(item) => TypeRef::List(Box::new(open(*item))),
                t => t,
            }
        }
        // The spec has no enum on a parameter: the values the page lists stay in its doc.
        let doc = match (self.doc, self.values.is_empty()) {
            (doc, true) => doc,
            (doc, false) => {
                let values: Vec<String> = self.values.iter().map(|v| format!("{v:?}")).collect();
                let line = format!("One of: {}.", values.join(", "));
                Some(doc.map_or(line.clone(), |d| format!("{d}\n\n{line}")))
            }
        };
        Param {
            name: self.name,
            location,
            ty: open(self.ty),
            required: self.required || location == Location::Path,
            default: self.default,
            minimum: self.minimum,
            maximum: self.maximum,
            doc,
            line: Some(self.line),
            ..Param::default()
        }
    }
}

fn strip_prefix_ci<'t>(t: &'t str, prefix: &str) -> Option<&'t str> {
    (t.len() >= prefix.len()
        && t.is_char_boundary(prefix.len())
        && t[..prefix.len()].eq_ignore_ascii_case(prefix))
    .then(|| t[prefix.len()..].trim())
}

/// The first value of `"a" rest` or `10 rest`, and the rest.
fn first_value(v: &str) -> (String, &str) {
    let v = v.trim();
    if let Some(inner) = v.strip_prefix('"')
        && let Some(end) = inner.find('"')
    {
        return (format!("\"{}\"", &inner[..end]), inner[end + 1..].trim());
    }
    match v.split_once(char::is_whitespace) {
        Some((a, b)) => (a.to_string(), b.trim()),
        None => (v.to_string(), ""),
    }
}

fn value_of(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.to_string()))
}

/// A table row: `[name (+ required), type (+ details, description)]`.
fn field_from_row(row: &[String], line: u32) -> Option<FieldBlock> {
    let name_cell = row.first()?.replace("<br>", "\n");
    let name_cell = name_cell.trim();
    if name_cell.is_empty() {
        return None;
    }
    let (name, mut required) = split_required(name_cell.lines().next().unwrap_or(""));
    if name_cell
        .lines()
        .skip(1)
        .any(|l| l.trim().eq_ignore_ascii_case("required"))
    {
        required = true;
    }
    let name = name.trim_matches('`').to_string();
    if !is_name(&name) {
        return None;
    }
    let rest = row[1..].join("\n").replace("<br>", "\n");
    let mut lines = rest.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("any");
    let ty = parse_type(first).unwrap_or(TypeLine {
        ty: TypeRef::ANY,
        nullable: false,
        minimum: None,
        maximum: None,
        rest: first.to_string(),
    });
    let mut f = FieldBlock::new(name, required, ty, line);
    for l in lines {
        f.detail(l);
    }
    Some(f)
}

/// Titles as captures print them: `tag/X/operation/y Title` (an anchor's text kept by a
/// crawler) → `Title`; ` Deprecated` kept.
fn clean_title(t: &str) -> String {
    let t = t.trim();
    let t = match t.split_once(' ') {
        Some((head, rest))
            if head.contains('/')
                && (head.starts_with("tag/")
                    || head.starts_with("operation/")
                    || head.starts_with("section/")) =>
        {
            rest.trim()
        }
        _ => t,
    };
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `words` words and no closing full stop: a title or tag, not a sentence.
fn is_short(t: &str, words: usize) -> bool {
    t.split_whitespace().count() <= words && !t.ends_with('.') && !t.ends_with('。')
}

/// A snake_case id from the title ([`title_id`]); `operation_N` when the title gives none
/// (a non-Latin title).
fn op_id(title: &str, index: usize) -> String {
    title_id(title).unwrap_or_else(|| format!("operation_{}", index + 1))
}

fn dedupe_ids(operations: &mut [Operation], r: &mut Reader<'_>) {
    for i in 1..operations.len() {
        let base = operations[i].id.clone();
        let mut n = 2;
        while operations[..i].iter().any(|o| o.id == operations[i].id) {
            operations[i].id = format!("{base}_{n}");
            n += 1;
        }
        if operations[i].id != base {
            let (line, id) = (operations[i].line, operations[i].id.clone());
            let d = Diagnostic::warning(
                &r.d.file,
                line,
                format!("operation id `{base}` is taken; this one is `{id}`"),
            )
            .with_source(r.d.line(line));
            r.diags.push(d);
        }
    }
}

/// Splits run-together scheme names before an upper-case letter that ends an upper-case run
/// (of two letters or more) and starts a capitalised word: `API-TOKENPersonal-Access-Token`;
/// `OAuth` stays whole.
fn split_scheme_names(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let boundary = i > 1
            && c.is_ascii_uppercase()
            && chars[i - 1].is_ascii_uppercase()
            && chars[i - 2].is_ascii_uppercase()
            && chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
        if boundary && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A capture as Redoc prints it: a title with its version, a tag, a sentence title,
    /// `Authorizations:` with run-together scheme names, a body schema with an `Enum:`,
    /// `Responses` with no status, bullet samples.
    const CAPTURE: &str = "Widget API (1.2.3)\n\nDownload OpenAPI specification:\n\n\
        Widgets for everyone.\n\nwidgets\n\nReturns a single widget by its id.\n\n\
        Authorizations:\nAPI-KEYSession-Token\nquery Parameters\nwidget_id\nrequired\n\
        integer\n\nthe widget\n\nResponses\n\nResponse samples\n\nContent type\n\
        application/json\n{\n  \u{2022} \"id\": 0,\n  \u{2022} \"name\": \"string\"\n}\n\n\
        CreateWidget\n\nAuthorizations:\nAPI-KEY\nRequest Body schema: application/json\n\
        name\nrequired\nstring\n\nResponses\n\n201\n\nCreated\n\nRequest samples\n\n\
        Payload\n\nContent type\napplication/json\n{\n  \u{2022} \"name\": \"string\",\n  \
        \u{2022} \"extra\": 0\n}\n";

    #[test]
    fn the_profile_reads_what_redoc_adds() {
        let doc = Document::parse("w.txt", CAPTURE);
        let out = super::super::reference::extract_with(&doc, "w", "w.txt", &REDOC);
        let spec = &out.spec;
        assert_eq!(spec.family, "redoc");
        assert_eq!(
            (spec.title.as_str(), spec.version.as_deref()),
            ("Widget API", Some("1.2.3"))
        );
        assert_eq!(spec.doc.as_deref(), Some("Widgets for everyone."));
        assert_eq!(spec.auth.scheme, AuthScheme::ApiKey);
        assert_eq!(spec.auth.names, ["API-KEY", "Session-Token"]);
        let seen: Vec<(&str, Option<&str>)> = spec
            .operations
            .iter()
            .map(|o| (o.id.as_str(), o.tag.as_deref()))
            .collect();
        assert_eq!(
            seen,
            [
                ("returns_single_widget_its", Some("widgets")),
                ("create_widget", Some("widgets"))
            ]
        );
        // An answer under no status: its status unknown, its type the sample's.
        let get = &spec.operations[0];
        assert_eq!(get.responses.len(), 1);
        assert_eq!(get.responses[0].status, None);
        assert!(get.responses[0].ty.is_some());
        assert!(get.unknown.iter().any(|u| u == "response status"));
        // The renderer's sample shows no field the schema does not list.
        let create = &spec.operations[1];
        // A status with no sample: its body unknown.
        assert!(
            create.unknown.iter().any(|u| u == "response body of 201"),
            "{:?}",
            create.unknown
        );
        let Some(TypeRef::Named(body)) = create.body.as_ref().map(|b| b.ty.clone()) else {
            panic!("a body: {:?}", create.body);
        };
        let fields: Vec<&str> = spec.types[&body]
            .fields
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(fields, ["name"]);
        assert_eq!(create.body.as_ref().and_then(|b| b.line), Some(35));
        assert!(
            create
                .examples
                .iter()
                .all(|e| e.kind == SampleKind::Placeholder)
        );
    }

    #[test]
    fn open_fields_typed_from_the_sample() {
        // `data` is an `object` the schema leaves open: the renderer's sample types it.
        let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Approve</h2><p>Approves.</p>\n\
            <h5>Request Body schema: application/json</h5>\n\
            <table><tr><td>data</td><td>object</td></tr></table>\n\
            <h3>Responses</h3>\n<p>204</p><p>Done</p>\n<p>post/approve</p>\n\
            <h3>Request samples</h3><ul><li>Payload</li></ul>\n\
            <p>{ \"data\": { \"address\": \"string\" } }</p>\n";
        let doc = Document::parse("q.html", page);
        let out = super::super::reference::extract_with(&doc, "q", "q.html", &REDOC);
        let types = &out.spec.types;
        let data = types
            .get("ApproveBody")
            .and_then(|t| t.fields.iter().find(|f| f.name == "data"));
        assert_eq!(
            data.map(|f| f.ty.clone()),
            Some(TypeRef::Named("ApproveData".into()))
        );
        assert_eq!(types["ApproveData"].fields[0].name, "address");
    }

    #[test]
    fn array_bodies_and_stray_path_parameters() {
        // `Array` over the items' type line: a list body. `price_id` listed as a path
        // parameter the route lacks: left out with a warning (not a query parameter).
        let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Remove Images</h2><p>Removes.</p>\n\
            <h5>path Parameters</h5><table><tr><td>price_id</td><td>string</td></tr></table>\n\
            <h5>Request Body schema: application/json</h5>\n<p>Array</p><p>string &lt;url&gt;</p>\n\
            <p>URL of the images</p>\n<h3>Responses</h3>\n<p>204</p><p>Done</p>\n\
            <p>delete/images</p>\n";
        let doc = Document::parse("q.html", page);
        let out = super::super::reference::extract_with(&doc, "q", "q.html", &REDOC);
        let op = &out.spec.operations[0];
        assert_eq!(
            op.body.as_ref().map(|b| b.ty.clone()),
            Some(TypeRef::List(Box::new(TypeRef::Primitive(
                Primitive::String
            ))))
        );
        assert!(op.params.is_empty(), "{:?}", op.params);
        // An `Authorization` header listed as a parameter stays one (the page names its
        // credentials after `Authorizations:`).
        let page2 = "<h1>Q API</h1><p>Intro.</p>\n<h2>List</h2><p>Lists.</p>\n\
            <h5>header Parameters</h5><table><tr><td>Authorization</td><td>string</td></tr></table>\n\
            <h3>Responses</h3>\n<p>204</p><p>Done</p>\n<p>get/list</p>\n";
        let doc2 = Document::parse("q.html", page2);
        let out2 = super::super::reference::extract_with(&doc2, "q", "q.html", &REDOC);
        let names: Vec<&str> = out2.spec.operations[0]
            .params
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["Authorization"]);
        assert_eq!(out2.spec.auth.scheme, AuthScheme::None);
        assert!(out.diags.iter().any(|d| {
            d.message
                .contains("path parameter `price_id` is not in the route")
        }));
    }

    #[test]
    fn the_first_server_and_long_reasons() {
        // Servers under the route, the first on the route's line: it is the base URL. A
        // status's reason of many words is still its reason.
        let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>List</h2><p>Lists.</p>\n\
            <h5>query Parameters</h5><table><tr><td>page</td><td>integer</td></tr></table>\n\
            <h3>Responses</h3>\n<p>200</p>\n<p>Array of products available for sale. Data returned is \
            just for displaying a small card, not full data.</p>\n<p>get/v1/list</p><p>Local</p>\
            <p>http://localhost:2999/v1/list</p>\n<p>Dev</p>\n<p>https://api.dev.q.io/v1/list</p>\n";
        let doc = Document::parse("q.html", page);
        let out = super::super::reference::extract_with(&doc, "q", "q.html", &REDOC);
        assert_eq!(out.spec.base_url.as_deref(), Some("http://localhost:2999"));
        let reason = out.spec.operations[0].responses[0].doc.as_deref();
        assert!(
            reason.is_some_and(|r| r.starts_with("Array of products")),
            "{reason:?}"
        );
    }

    #[test]
    fn an_array_of_fields() {
        // `Array` over a field table: the body is a list of those fields' struct.
        let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Create</h2><p>Creates.</p>\n\
            <h5>Request Body schema: application/json</h5>\n<p>Array</p>\n\
            <table><tr><td>code</td><td>string</td></tr><tr><td>scope</td><td>string</td></tr></table>\n\
            <h3>Responses</h3>\n<p>204</p><p>Done</p>\n<p>post/things</p>\n";
        let doc = Document::parse("q.html", page);
        let out = super::super::reference::extract_with(&doc, "q", "q.html", &REDOC);
        let body = out.spec.operations[0].body.as_ref().map(|b| b.ty.clone());
        let Some(TypeRef::List(item)) = body else {
            panic!("a list body: {body:?}");
        };
        let TypeRef::Named(item) = *item else {
            panic!("a struct item");
        };
        assert_eq!(out.spec.types[&item].fields.len(), 2);
    }

    #[test]
    fn redoc_labels_as_redoc_writes_them() {
        // Mastodon's `Path parameters` is no Redoc label; Redoc's `path Parameters` and a
        // capture's capitals are.
        let score = |page: &str| super::super::redoc_score(&Document::parse("p.md", page)).0;
        assert_eq!(score("# A\n\n##### Path parameters\n\nid\n"), 0);
        assert!(score("# A\n\n##### path Parameters\n\nid\n") > 0);
        assert!(score("# A\n\n##### PATH PARAMETERS\n\nid\n") > 0);
    }

    #[test]
    fn the_title_is_the_first_line() {
        // Not the Authentication section's scheme (`OAuth`) over the first operation.
        let page = "WHOOP API\nDownload OpenAPI specification:Download\n\nAuthentication\nOAuth\n\
            Security Scheme Type\tOAuth2\nActivity\n\nGet a thing\nLooks a thing up\n\n\
            path Parameters\nid\nrequired\ninteger\n\nResponses\n200 OK\n\nget\n/v1/things/{id}\n";
        let doc = Document::parse("w.txt", page);
        assert_eq!(title_block(&doc), Some(0));
        // A title keeps its signs (`💬 ContextSMS Documentation`).
        let signed = Document::parse("s.html", "<h1>\u{1f4ac} SMS API</h1><p>Intro.</p>");
        let out = super::super::reference::extract_with(&signed, "s", "s.html", &REDOC);
        assert_eq!(out.spec.title, "\u{1f4ac} SMS API");
        let out = super::super::reference::extract_with(&doc, "w", "w.txt", &REDOC);
        assert_eq!(out.spec.title, "WHOOP API");
    }

    #[test]
    fn tags_in_ranked_pages_and_captures() {
        let html = Document::parse(
            "w.html",
            "<h1>Widget API</h1><p>Intro.</p><h1>widgets</h1><h2>List widgets</h2><p>Lists.</p>",
        );
        let title = html
            .blocks
            .iter()
            .position(|b| b.text.trim() == "List widgets")
            .unwrap_or(0);
        let tag = tag_before(&html, 2, title).map(|t| html.blocks[t].text.trim().to_string());
        assert_eq!(tag.as_deref(), Some("widgets"));
        // The page's title is no tag.
        assert_eq!(tag_before(&html, 0, 2), None);
        // A capture: a short line before the title, or before one line describing the tag.
        let text = Document::parse(
            "w.txt",
            "Intro sentence of the page.\n\nwidgets\n\nEverything about widgets and more of them.\n\nListWidgets\n",
        );
        let title = text.blocks.len() - 1;
        let tag = tag_before(&text, 0, title).map(|t| text.blocks[t].text.trim().to_string());
        assert_eq!(tag.as_deref(), Some("widgets"));
        assert_eq!(tag_before(&text, title, title), None);
    }

    #[test]
    fn names_and_statuses() {
        assert_eq!(
            split_required("workflow\\_idrequired"),
            ("workflow_id".into(), true)
        );
        assert_eq!(split_required("id\nrequired"), ("id".into(), true));
        assert_eq!(
            split_required("store\\_location\\_id required"),
            ("store_location_id".into(), true)
        );
        assert_eq!(split_required("limit"), ("limit".into(), false));
        assert_eq!(status_prefix("**200 **"), Some((Some(200), "")));
        assert_eq!(
            status_prefix("404 Activity mapping not found"),
            Some((Some(404), "Activity mapping not found"))
        );
        assert_eq!(status_prefix("default"), Some((None, "")));
        assert_eq!(status_prefix("2024 was a year"), None);
        assert_eq!(
            route_text("post/workflows/{workflow\\_id}/versions/import"),
            Some((
                "POST".into(),
                "/workflows/{workflow_id}/versions/import".into()
            ))
        );
        assert_eq!(route_text("get /x"), Some(("GET".into(), "/x".into())));
        assert_eq!(route_text("getGet a thing"), None);
        assert_eq!(
            split_scheme_names("API-TOKENPersonal-Access-Token"),
            ["API-TOKEN", "Personal-Access-Token"]
        );
        assert_eq!(split_scheme_names("OAuth"), ["OAuth"]);
        assert_eq!(
            clean_title("tag/Reading-documents/operation/getDocumentByUri Get a single document"),
            "Get a single document"
        );
    }

    /// A Markdown capture (written for this test in the layout of
    /// `tests/fixtures/corpus/redoc-text/doordash-marketplace-fr.txt`) whose right panel keeps
    /// no blank line between the route and its server URL, so each route shares a paragraph
    /// with the URL: glued lower case, glued upper case, method and path on two lines.
    const ROUTE_OVER_SERVER: &str = "# Flags API (1.0)

## Evaluate all flags

Evaluates every flag.

##### Request Body schema: application/json

|  |  |
| --- | --- |
| context | object |

### Responses

**200**

Ok

post/ofrep/v1/evaluate/flags
https://flags.example.com/ofrep/v1/evaluate/flags

### Request samples

Content type

application/json

## Get a thing

##### path Parameters

|  |  |
| --- | --- |
| id required | string |

### Responses

**200**

Ok

GET/api/v1/x/{id}
https://flags.example.com/api/v1/x/{id}

## Delete a thing

##### path Parameters

|  |  |
| --- | --- |
| id required | string |

### Responses

**204**

Deleted

delete
/api/v1/x/{id}
https://flags.example.com/api/v1/x/{id}
";

    #[test]
    fn a_route_in_one_paragraph_with_its_server_url() {
        let out = extract(
            &Doc::new("flags.md", ROUTE_OVER_SERVER),
            "flags",
            "flags.md",
        );
        let routes: Vec<(String, Option<(String, String)>)> = out
            .spec
            .operations
            .iter()
            .map(|o| {
                let r = o.route.as_ref().map(|r| (r.method.clone(), r.path.clone()));
                (o.name.clone(), r)
            })
            .collect();
        let route = |m: &str, p: &str| Some((m.to_string(), p.to_string()));
        assert_eq!(
            routes,
            [
                (
                    "Evaluate all flags".into(),
                    route("POST", "/ofrep/v1/evaluate/flags")
                ),
                ("Get a thing".into(), route("GET", "/api/v1/x/{id}")),
                ("Delete a thing".into(), route("DELETE", "/api/v1/x/{id}")),
            ]
        );
        assert!(
            out.spec
                .operations
                .iter()
                .all(|o| !o.unknown.iter().any(|u| u == "route"))
        );
        assert_eq!(
            out.spec.base_url.as_deref(),
            Some("https://flags.example.com")
        );
        assert_eq!(
            route_over_servers("post/x\nhttps://h.example/x").map(|r| r.0),
            Some(("POST".into(), "/x".into()))
        );
        // A route alone, or over text that is no server URL, is not this block.
        assert_eq!(route_over_servers("post/x"), None);
        assert_eq!(route_over_servers("post/x\nSome prose."), None);
        assert_eq!(route_over_servers("get\n/x\npost/y\nhttps://h/y"), None);
    }

    #[test]
    fn hostile_input_gives_diagnostics_not_panics() {
        for text in [
            "",
            "Responses",
            "T\n\nA thing.\n\nAuthorizations:\nKEY\nquery Parameters\nx\nrequired\nnonsense type\n\nResponses\n\nResponse samples\n\nContent type\napplication/json\n{\n  • \"a\": [\n",
            "<html><body><h2>x</h2><h5>path Parameters</h5><table><tr><td></td></tr></table><h3>Responses</h3><button><strong>999</strong></button></body></html>",
        ] {
            let out = extract(&Doc::new("r.txt", text), "r", "r");
            let _ = out.spec.operations.len();
        }
        assert!(crate::diag::has_errors(
            &extract(&Doc::new("e", ""), "e", "e").diags
        ));
    }
}
