//! The tada.team REST-by-example family (API v3, written in Russian).
//!
//! The document is a run of sections. A section is a short heading line (`Пинг`, `Команды`),
//! optional introduction paragraphs, then one or more blocks. A block starts at a route line
//! `METHOD /path` and holds, in order: a description; `  • name — description` parameter
//! bullets; `Рассылает события:` followed by `•`/`*` items (or the items inline:
//! `Рассылает события: * a * b`); `Пример запроса:` with a JSON request example; and
//! `Пример ответа:` with a response example in the `{"_time", "ok", "result"}` envelope.
//!
//! Rules, each a reading of what the document writes, never a guess:
//!
//! - **Sections.** The first non-blank line after a block's last example is a heading when
//!   it is a single short phrase: at most 60 characters, no sentence break (`. `), not ending
//!   in `:`, not a bullet, route or JSON. Text after the heading up to the next route is the
//!   section's introduction; it opens the doc of the section's first block. Text between
//!   blocks that does not start with a heading (a paragraph, a bullet) is a warning and opens
//!   the next block's doc; the section goes on.
//! - **Title.** The document's first line is its title only when it names an `API`; tada's
//!   starts straight with a section heading, so the title is the `api` argument, with a
//!   warning at line 1.
//! - **Operations.** One per `METHOD /path` (the path without its `?query`). A route
//!   documented twice gives one operation: the later block's examples are added, its
//!   parameters merged (the first occurrence wins), with a warning naming the first line.
//!   The id is the snake_case of the method and the path after `/api/v3/`; the name is the
//!   section heading.
//! - **Doc.** The section introduction (first block only), the lines between the route and
//!   the first bullet, event list or example, and any other prose inside the block before
//!   its last example (such as a note after the bullets), lines joined with `\n`.
//! - **Parameters.** `{placeholders}` are required path parameters (a string: the doc gives
//!   no type). `?name=value` in the route is an optional query parameter typed by its value
//!   (`True`/`False` boolean, digits integer, else string). Bullets (`—`, `–` or ` - ` between
//!   name and description) are body fields when the operation has a JSON object request
//!   example, typed by that field in the inferred body type (`type_cue: request example`),
//!   else `string` with cue `none`; without a request example, `GET`/`DELETE`/`HEAD` bullets
//!   are query parameters and other methods' body fields, `string` with cue `none`. A
//!   bullet is **required** only when its description says so: a word starting with
//!   `обязательн` (`обязательно`, `обязательный`), or `required`, not preceded by `не`;
//!   `необязательное` and `не обязательно` do not count.
//! - **Section bullets** (field lists in a section introduction, such as the device fields
//!   of `Устройства`) are not parameters: each description becomes the doc of a same-named
//!   field of the section's request and result types when that field has none.
//! - **Responses.** Every `ok: true` example's `result` is one sample of the result type
//!   `<Operation>Result`, answered with status 200. An example with `ok: false`, without
//!   `result`, or not an envelope is kept but not typed, with a warning; an error example's
//!   status is the HTTP status written on or just before its `Пример ответа:` line, if any.
//! - **Auth.** A header or cookie name written in quotes after `заголовок`/`header` or
//!   `кука`/`cookie` in the prose. The v3 document names neither (it says `sms-auth` returns
//!   a token and `sms-cookieauth` sets a cookie), so auth stays `none` with a warning.

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Body, Example, ExampleOf, Location, Operation, Param, Primitive,
    Protocol, Response, Route, SampleKind, TypeRef,
};
use heck::{ToPascalCase, ToSnakeCase};

use super::Extracted;
use super::kit::Kit;

/// The family name written in the spec.
const FAMILY: &str = "rest-by-example";
use crate::read::Doc;
use crate::read::json::{self, Kind, Node};

/// The bullet character of parameter and event lists.
const BULLET: char = '•';
/// Introduces a request example.
const REQUEST: &str = "Пример запроса";
/// Introduces a response example.
const RESPONSE: &str = "Пример ответа";
/// English labels of a request example.
const EN_REQUEST: [&str; 4] = [
    "sample request",
    "example request",
    "request example",
    "request",
];
/// English labels of a response example.
const EN_RESPONSE: [&str; 4] = [
    "sample response",
    "example response",
    "response example",
    "response",
];
/// Introduces the list of server events a call sends.
const EVENTS: &str = "Рассылает события";
/// The path prefix every v3 route shares; ids leave it out.
const PREFIX: &str = "/api/v3/";
/// The longest line taken for a section heading.
const HEADING_MAX: usize = 60;

/// How well `doc` reads as REST by example: `METHOD /path` lines and the example labels
/// after them.
pub fn score(doc: &crate::read::blocks::Document) -> (u32, String) {
    let first =
        |b: &crate::read::blocks::Block| b.text.lines().next().unwrap_or("").trim().to_string();
    let (mut routes, mut examples) = (0usize, 0usize);
    for (i, b) in doc.blocks.iter().enumerate() {
        let line = first(b);
        let after_marker = i > 0 && marker(&first(&doc.blocks[i - 1])).is_some();
        if parse_route(&line).is_some() {
            // A route under a `Request:` label is an example of a call, not a block.
            if !after_marker {
                routes += 1;
                if doc.blocks.get(i + 1).is_some_and(|n| n.is_code()) {
                    examples += 1;
                }
            }
        } else if routes > 0 && (marker(&line).is_some() || not_params(&line)) {
            examples += 1;
        }
    }
    if routes == 0 || examples == 0 {
        return (
            0,
            format!(
                "{routes} `METHOD /path` block(s), {examples} example label(s) (`Пример запроса:`, `Sample response:`)"
            ),
        );
    }
    (
        super::capped(routes, 200) + super::capped(examples, 200) * 2,
        format!("{routes} `METHOD /path` block(s), {examples} example label(s)"),
    )
}

/// Reads a tada-style REST-by-example reference.
pub fn extract(doc: &Doc, api: &str, source: &str) -> Extracted {
    let mut x = Reader {
        doc,
        kit: Kit::new(doc),
        json_lines: Vec::new(),
    };
    let routes: Vec<(u32, RouteLine)> = (1..=doc.len())
        .filter_map(|n| parse_route(doc.line(n)).map(|r| (n, r)))
        .collect();
    if routes.is_empty() {
        x.kit
            .nothing_found("blocks starting with `METHOD /path` (e.g. `GET /api/v3/ping`)");
    }
    let first = routes.first().map_or(doc.len().saturating_add(1), |r| r.0);
    let (title, intro, mut section, mut lead) = x.preamble(first, api);

    let mut blocks = Vec::new();
    for (i, (line, route)) in routes.iter().enumerate() {
        let end = routes.get(i + 1).map_or(doc.len(), |next| next.0 - 1);
        if section.name.is_none() {
            x.kit.warn(
                *line,
                "expected a section heading before this block, found none; the operation is named after its route",
            );
        }
        let (block, trailing) = x.block(*line, end, route, &section, std::mem::take(&mut lead));
        blocks.push(block);
        if i + 1 == routes.len() {
            x.after_last(&trailing);
        } else {
            lead = x.between(&trailing, &mut section);
        }
    }
    let operations = x.operations(blocks);
    let auth = x.auth();
    let spec = ApiSpec {
        title,
        doc: intro,
        auth,
        operations,
        ..x.kit.spec(
            api,
            source,
            FAMILY,
            Protocol::rest()
                .with_result_at("/result")
                .with_failure_flag("/ok", "/error"),
        )
    };
    x.kit.finish(spec)
}

/// A route line: method, path without its query, and the query's `name=value` pairs.
#[derive(Debug, Clone, PartialEq)]
struct RouteLine {
    route: Route,
    query: Vec<(String, String)>,
}

/// `GET /api/v3/qr-login.png?debug=True` → route and query pairs.
fn parse_route(line: &str) -> Option<RouteLine> {
    let (method, target) = line.split_once(' ')?;
    let known = chatgen_codegen::spec::HTTP_METHODS.contains(&method);
    // `POST https://web.tada.team/api/v4/…` (a README's full URL): the path.
    let target = match target.split_once("://") {
        Some(("http" | "https", rest)) => &rest[rest.find('/')?..],
        _ => target,
    };
    if !known || !target.starts_with('/') || target.contains(char::is_whitespace) {
        return None;
    }
    // `<team-uid>` placeholders are written `{team-uid}` in the spec.
    let target = &target.replace('<', "{").replace('>', "}");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query = query
        .split('&')
        .filter(|q| !q.is_empty())
        .map(|q| {
            let (name, value) = q.split_once('=').unwrap_or((q, ""));
            (name.to_string(), value.to_string())
        })
        .collect();
    Some(RouteLine {
        route: Route {
            method: method.to_string(),
            path: path.to_string(),
        },
        query,
    })
}

/// The id of a route: snake_case of the method and the path after `/api/v3/`.
fn operation_id(route: &Route) -> String {
    let rest = route
        .path
        .strip_prefix(PREFIX)
        .unwrap_or_else(|| route.path.trim_start_matches('/'));
    let words: String = format!("{} {rest}", route.method)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let id = words.to_snake_case();
    if id.starts_with(|c: char| c.is_ascii_lowercase()) {
        id
    } else {
        format!("op_{id}")
    }
}

/// A `name — description` bullet.
#[derive(Debug, Clone, PartialEq)]
struct Bullet {
    line: u32,
    name: String,
    doc: String,
}

/// `• name — description` (also `–` or ` - `) → name and description.
fn split_bullet(line: &str) -> Option<(String, String)> {
    let text = line.strip_prefix(BULLET)?.trim();
    let (name, doc) = text
        .split_once('—')
        .or_else(|| text.split_once(" – "))
        .or_else(|| text.split_once(" - "))?;
    // `ok (boolean) – …`: the type in brackets is not part of the name.
    let name = match name.trim().split_once(" (") {
        Some((n, ty)) if ty.trim_end().ends_with(')') => n,
        _ => name.trim(),
    };
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    valid.then(|| (name.to_string(), doc.trim().to_string()))
}

/// Whether a description says the parameter is required (see the module doc).
fn says_required(description: &str) -> bool {
    let words: Vec<String> = description
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let negated = i > 0 && words.get(i - 1).is_some_and(|p| p == "не");
        (w.starts_with("обязательн") || w == "required") && !negated
    })
}

/// The type of a query value shown in a route: `True`/`False`, digits, or text.
fn query_type(value: &str) -> TypeRef {
    let p = if value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false") {
        Primitive::Boolean
    } else if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) {
        Primitive::Integer
    } else {
        Primitive::String
    };
    TypeRef::Primitive(p)
}

/// `Пример запроса:` / `Пример ответа:` (also with words before the colon, such as a status).
fn marker(line: &str) -> Option<ExampleOf> {
    if !line.ends_with(':') {
        return None;
    }
    // English labels, exactly, with an optional `(404)`.
    let label = line.trim_end_matches(':').trim();
    let label = match label.rsplit_once(" (") {
        Some((l, status)) if status.trim_end_matches(')').parse::<u16>().is_ok() => l,
        _ => label,
    }
    .to_lowercase();
    if line.starts_with(REQUEST) || EN_REQUEST.contains(&label.as_str()) {
        Some(ExampleOf::Request)
    } else if line.starts_with(RESPONSE) || EN_RESPONSE.contains(&label.as_str()) {
        Some(ExampleOf::Response)
    } else {
        None
    }
}

/// Labels of a bullet list that documents no parameter (a Sphinx httpdomain render's
/// envelope fields and status codes).
fn not_params(line: &str) -> bool {
    let label = line.trim_end_matches(':').trim().to_lowercase();
    line.ends_with(':')
        && [
            "response json object",
            "request json object",
            "response json array of objects",
            "status codes",
            "response headers",
            "request headers",
        ]
        .contains(&label.as_str())
}

/// Whether a line ends a block's description.
fn ends_description(line: &str) -> bool {
    line.starts_with(BULLET)
        || marker(line).is_some()
        || line.starts_with(EVENTS)
        || line.starts_with('{')
        || not_params(line)
}

/// Whether a line between blocks reads as a section heading (see the module doc).
fn is_heading(line: &str) -> bool {
    !line.is_empty()
        && line.chars().count() <= HEADING_MAX
        && !line.contains(". ")
        && !line.ends_with(':')
        && !line.starts_with([BULLET, '*', '{', '[', '<', '"'])
        && parse_route(line).is_none()
        && marker(line).is_none()
}

/// The items of an inline event list, `* a * b (note)`, each trimmed.
fn inline_events(rest: &str) -> Vec<String> {
    let rest = rest.trim();
    let sep = if rest.contains('*') { '*' } else { ',' };
    rest.split(sep)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// An HTTP status written in a line (`Пример ответа (404):`, `HTTP 404`), if any.
fn status_in(line: &str) -> Option<u16> {
    line.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 3)
        .filter_map(|w| w.parse::<u16>().ok())
        .find(|s| (100..=599).contains(s))
}

/// Query parameters a description mentions as `?name=value`.
fn mentioned_query(line: &str) -> Vec<String> {
    line.split('?')
        .skip(1)
        .filter_map(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let after = rest.get(name.len()..).unwrap_or("");
            (!name.is_empty() && after.starts_with('=')).then_some(name)
        })
        .collect()
}

/// Byte offset of the first word of `line` that starts with one of `stems` (lower case).
fn word_at(line: &str, stems: &[&str]) -> Option<usize> {
    let mut prev_alnum = false;
    for (i, c) in line.char_indices() {
        let starts_word = !prev_alnum;
        prev_alnum = c.is_alphanumeric();
        if !starts_word || !prev_alnum {
            continue;
        }
        let rest = line.get(i..).unwrap_or("");
        let hit = stems.iter().any(|s| {
            let head: String = rest
                .chars()
                .take(s.chars().count())
                .flat_map(char::to_lowercase)
                .collect();
            head == *s
        });
        if hit {
            return Some(i);
        }
    }
    None
}

/// A name written in quotes (`` `x` ``, `"x"`, `«x»`) after byte offset `from` of `line`.
fn quoted_after(line: &str, from: usize) -> Option<String> {
    let rest = line.get(from..)?;
    let (open_at, open) = rest
        .char_indices()
        .find(|(_, c)| matches!(c, '`' | '"' | '«'))?;
    let close = match open {
        '«' => '»',
        c => c,
    };
    let inner = rest.get(open_at + open.len_utf8()..)?;
    let name = &inner[..inner.find(close)?];
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| name.to_string())
}

/// The section a block sits in.
#[derive(Debug, Clone, Default)]
struct Section {
    name: Option<String>,
    /// Field bullets of the section's introduction.
    bullets: Vec<Bullet>,
}

/// One JSON example of a block, with what typing needs from it.
#[derive(Debug, Clone)]
struct Sample {
    example: Example,
    /// A request example's value, when it is a non-empty object.
    body: Option<Node>,
    /// A response example's `result`, when the envelope says `ok: true`.
    result: Option<Node>,
}

/// One `METHOD /path` block as read.
#[derive(Debug, Clone)]
struct Block {
    line: u32,
    route: RouteLine,
    section: Option<String>,
    section_bullets: Vec<Bullet>,
    /// Doc lines: introduction, description, other prose of the block.
    doc: Vec<String>,
    /// Lines of the doc that belong to the block itself (for mentions of parameters).
    doc_lines: Vec<u32>,
    bullets: Vec<Bullet>,
    samples: Vec<Sample>,
    /// Whether some request example is a JSON object (empty or not).
    object_request: bool,
    events: Vec<String>,
}

struct Reader<'a> {
    doc: &'a Doc,
    kit: Kit<'a>,
    /// Line ranges of JSON examples, which are not prose.
    json_lines: Vec<(u32, u32)>,
}

impl Reader<'_> {
    fn non_blank(&self, from: u32, to: u32) -> Vec<u32> {
        (from..=to)
            .filter(|&n| !self.doc.line(n).is_empty())
            .collect()
    }

    /// Title, introduction, first section and the first block's lead-in, from the text
    /// before the first route.
    fn preamble(
        &mut self,
        first_route: u32,
        api: &str,
    ) -> (String, Option<String>, Section, Vec<u32>) {
        let doc = self.doc;
        let mut lines = self.non_blank(1, first_route.saturating_sub(1));
        let title = match lines.first() {
            Some(&t) if doc.line(t).split_whitespace().any(|w| w == "API") => {
                lines.remove(0);
                doc.line(t).to_string()
            }
            _ => {
                self.kit.warn(
                    1,
                    format!("the document has no title line; the title is the api name `{api}`"),
                );
                api.to_string()
            }
        };
        let heading_at = lines.iter().position(|&n| is_heading(doc.line(n)));
        let (intro, rest) = match heading_at {
            Some(h) => lines.split_at(h),
            None => (&lines[..0], &lines[..]),
        };
        let intro = (!intro.is_empty()).then(|| {
            intro
                .iter()
                .map(|&n| doc.line(n))
                .collect::<Vec<_>>()
                .join("\n")
        });
        let mut section = Section::default();
        let lead = self.between(rest, &mut section);
        (title, intro, section, lead)
    }

    /// Text between two blocks: a heading opens a new section; the rest leads into the
    /// next block. Returns the lead-in lines.
    fn between(&mut self, lines: &[u32], section: &mut Section) -> Vec<u32> {
        let doc = self.doc;
        let Some((&first, rest)) = lines.split_first() else {
            return Vec::new();
        };
        let lead: Vec<u32> = if is_heading(doc.line(first)) {
            *section = Section {
                name: Some(doc.line(first).to_string()),
                bullets: Vec::new(),
            };
            rest.to_vec()
        } else {
            self.kit.warn(
                first,
                "expected a section heading between blocks, found other text; it opens the next block's doc and the section goes on",
            );
            lines.to_vec()
        };
        for &n in &lead {
            if let Some((name, text)) = split_bullet(doc.line(n)) {
                section.bullets.push(Bullet {
                    line: n,
                    name,
                    doc: text,
                });
            }
        }
        lead
    }

    fn after_last(&mut self, lines: &[u32]) {
        if let (Some(a), Some(b)) = (lines.first(), lines.last()) {
            self.kit.warn(
                *a,
                format!("text after the last block's examples (lines {a}-{b}) belongs to no block; skipped"),
            );
        }
    }

    /// Reads the block at `line` up to `end`; returns it and the lines after its last
    /// example that lead into whatever follows.
    fn block(
        &mut self,
        line: u32,
        end: u32,
        route: &RouteLine,
        section: &Section,
        lead: Vec<u32>,
    ) -> (Block, Vec<u32>) {
        let doc = self.doc;
        let mut block = Block {
            line,
            route: route.clone(),
            section: section.name.clone(),
            section_bullets: section.bullets.clone(),
            doc: lead.iter().map(|&n| doc.line(n).to_string()).collect(),
            doc_lines: Vec::new(),
            bullets: Vec::new(),
            samples: Vec::new(),
            object_request: false,
            events: Vec::new(),
        };
        let mut n = line + 1;
        while n <= end && !ends_description(doc.line(n)) {
            if !doc.line(n).is_empty() {
                block.doc.push(doc.line(n).to_string());
                block.doc_lines.push(n);
            }
            n += 1;
        }
        let mut pending: Vec<u32> = Vec::new();
        let mut seen_response = false;
        let mut in_events = false;
        let mut in_other_list = false;
        while n <= end {
            let text = doc.line(n);
            if text.is_empty() {
                n += 1;
                continue;
            }
            // A JSON object straight after the route, with no label: the request example
            // (a README's `POST url` then a JSON block).
            if text.starts_with('{') && block.samples.is_empty() && pending.is_empty() {
                // An envelope (`"ok": …`) is a response; anything else the request.
                let envelope = json::parse(&doc.text(n, end), n).is_ok_and(
                    |p| matches!(&p.node.kind, Kind::Object(m) if m.iter().any(|(k, _)| k == "ok")),
                );
                let of = if envelope {
                    ExampleOf::Response
                } else {
                    ExampleOf::Request
                };
                seen_response |= envelope;
                n = self.example_from(n, end, of, None, &mut block, "the route");
                continue;
            }
            if not_params(text) {
                Self::flush(doc, &mut pending, &mut block);
                in_other_list = true;
                n += 1;
                continue;
            }
            if in_other_list && text.starts_with(BULLET) {
                n += 1;
                continue;
            }
            in_other_list = false;
            if let Some(of) = marker(text) {
                let status = pending
                    .last()
                    .and_then(|&p| status_in(doc.line(p)))
                    .or_else(|| status_in(text));
                Self::flush(doc, &mut pending, &mut block);
                in_events = false;
                seen_response |= of == ExampleOf::Response;
                n = self.example(n, end, of, status, &mut block);
                continue;
            }
            if let Some(rest) = text.strip_prefix(EVENTS) {
                Self::flush(doc, &mut pending, &mut block);
                let items = inline_events(rest.trim_start().trim_start_matches(':'));
                in_events = items.is_empty();
                block.events.extend(items);
                n += 1;
                continue;
            }
            if in_events && text.starts_with([BULLET, '*']) {
                let item = text.trim_start_matches([BULLET, '*']).trim();
                if !item.is_empty() {
                    block.events.push(item.to_string());
                }
                n += 1;
                continue;
            }
            in_events = false;
            if text.starts_with(BULLET) && !seen_response {
                Self::flush(doc, &mut pending, &mut block);
                self.param_bullet(n, &mut block);
            } else {
                pending.push(n);
            }
            n += 1;
        }
        if block.samples.is_empty() {
            self.kit
                .warn(line, "block has no request or response example");
        }
        (block, pending)
    }

    /// Prose met inside a block before another of its parts belongs to its doc.
    fn flush(doc: &Doc, pending: &mut Vec<u32>, block: &mut Block) {
        for n in pending.drain(..) {
            block.doc.push(doc.line(n).to_string());
            block.doc_lines.push(n);
        }
    }

    fn param_bullet(&mut self, n: u32, block: &mut Block) {
        let Some((name, text)) = split_bullet(self.doc.line(n)) else {
            self.kit.warn(
                n,
                "expected `• name — description` in a parameter bullet, found other text; skipped",
            );
            return;
        };
        if block.bullets.iter().any(|b| b.name == name) {
            self.kit.warn(
                n,
                format!("parameter `{name}` is listed twice; the first is kept"),
            );
            return;
        }
        block.bullets.push(Bullet {
            line: n,
            name,
            doc: text,
        });
    }

    /// The JSON example after the marker at `at`; returns the line after it.
    fn example(
        &mut self,
        at: u32,
        end: u32,
        of: ExampleOf,
        status: Option<u16>,
        block: &mut Block,
    ) -> u32 {
        let doc = self.doc;
        let what = doc.line(at).to_string();
        let Some(open) = (at + 1..=end).find(|&l| !doc.line(l).is_empty()) else {
            self.kit.warn(
                at,
                format!("expected a JSON example after `{what}`, found none"),
            );
            return end.saturating_add(1);
        };
        if !doc.line(open).starts_with(['{', '[', '"']) {
            self.kit.warn(
                at,
                format!("expected a JSON example after `{what}`, found other text"),
            );
            return open;
        }
        self.example_from(open, end, of, status, block, &what)
    }

    /// The JSON example starting at line `open` (`what` names its label in messages).
    fn example_from(
        &mut self,
        open: u32,
        end: u32,
        of: ExampleOf,
        status: Option<u16>,
        block: &mut Block,
        what: &str,
    ) -> u32 {
        let doc = self.doc;
        let mut example = Example {
            of,
            status: None,
            kind: SampleKind::Real,
            url: None,
            raw: None,
            json: None,
            line: open,
        };
        let parsed = match json::parse(&doc.text(open, end), open) {
            Ok(p) => p,
            Err(e) => {
                let last = (open..=end)
                    .take_while(|&l| !doc.line(l).is_empty())
                    .last()
                    .unwrap_or(open);
                let d = doc.json_warning(
                    &e,
                    &format!("in the example after `{what}`"),
                    "kept as raw text",
                );
                self.kit.diags.push(d);
                self.json_lines.push((open, last));
                example.raw = Some(doc.text(open, last).trim().to_string());
                block.samples.push(Sample {
                    example,
                    body: None,
                    result: None,
                });
                return last + 1;
            }
        };
        self.json_lines.push((open, parsed.end_line));
        let text = doc.text(open, parsed.end_line).trim().to_string();
        example.raw = parsed.lenient.then(|| text.clone());
        example.json = Some(parsed.node.to_value());
        let mut sample = Sample {
            example,
            body: None,
            result: None,
        };
        match of {
            ExampleOf::Request => match &parsed.node.kind {
                Kind::Object(members) => {
                    block.object_request = true;
                    if !members.is_empty() {
                        sample.body = Some(parsed.node.clone());
                    }
                }
                _ => {
                    self.kit.warn(
                        open,
                        "expected a JSON object as the request example, found another value; kept as raw text, no body type",
                    );
                    sample.example.raw = Some(text);
                }
            },
            ExampleOf::Response => self.envelope(&parsed.node, status, &mut sample),
        }
        block.samples.push(sample);
        parsed.end_line + 1
    }

    /// Reads the `{"_time", "ok", "result"}` envelope of a response example.
    fn envelope(&mut self, node: &Node, status: Option<u16>, sample: &mut Sample) {
        let line = node.line;
        let Kind::Object(members) = &node.kind else {
            self.kit.warn(
                line,
                "expected the `{\"_time\", \"ok\", \"result\"}` envelope, found another value; example kept, not used for the result type",
            );
            return;
        };
        let member = |key: &str| members.iter().find(|(k, _)| k == key).map(|(_, v)| v);
        match member("ok").map(|v| &v.kind) {
            Some(Kind::Bool(true)) => {
                sample.example.status = Some(200);
                match member("result") {
                    Some(result) => sample.result = Some(result.clone()),
                    None => self.kit.warn(
                        line,
                        "response example has `ok: true` but no `result`; example kept, not used for the result type",
                    ),
                }
            }
            Some(Kind::Bool(false)) => {
                sample.example.status = status;
                self.kit.warn(
                    line,
                    "response example is an error (`ok: false`); example kept, not used for the result type",
                );
            }
            _ => self.kit.warn(
                line,
                "expected `\"ok\": true` or `false` in the response envelope, found none; example kept, not used for the result type",
            ),
        }
    }

    /// One operation per route, in order of first occurrence.
    fn operations(&mut self, blocks: Vec<Block>) -> Vec<Operation> {
        let mut groups: Vec<Vec<Block>> = Vec::new();
        for block in blocks {
            match groups.iter_mut().find(|g| {
                g.first()
                    .is_some_and(|f| f.route.route == block.route.route)
            }) {
                Some(group) => {
                    let (first, route) = (group.first().map_or(0, |f| f.line), &block.route.route);
                    self.kit.warn(
                        block.line,
                        format!(
                            "`{} {}` is documented again (first at line {first}); its examples are added to that operation and its parameters merged, the first occurrence winning",
                            route.method, route.path
                        ),
                    );
                    group.push(block);
                }
                None => groups.push(vec![block]),
            }
        }
        let mut ops: Vec<Operation> = Vec::new();
        for group in groups {
            let mut op = self.operation(&group);
            op.id = self.kit.unique_id(&op.id, &op.name, op.line);
            ops.push(op);
        }
        ops
    }

    fn operation(&mut self, group: &[Block]) -> Operation {
        let Some(first) = group.first() else {
            return Operation::default();
        };
        let route = first.route.route.clone();
        let id = operation_id(&route);
        let pascal = id.to_pascal_case();
        let mut doc_lines = first.doc.clone();
        for later in &group[1..] {
            if later.doc != first.doc && !later.doc.is_empty() {
                doc_lines.extend(later.doc.iter().cloned());
            }
        }
        let mut op = Operation {
            id,
            name: first
                .section
                .clone()
                .unwrap_or_else(|| format!("{} {}", route.method, route.path)),
            doc: (!doc_lines.is_empty()).then(|| doc_lines.join("\n")),
            route: Some(route.clone()),
            line: first.line,
            ..Operation::default()
        };
        for block in group {
            for e in &block.events {
                if !op.events.contains(e) {
                    op.events.push(e.clone());
                }
            }
            op.examples
                .extend(block.samples.iter().map(|s| s.example.clone()));
        }

        // Body: every non-empty object request example of the operation.
        let bodies: Vec<&Node> = group
            .iter()
            .flat_map(|b| &b.samples)
            .filter_map(|s| s.body.as_ref())
            .collect();
        let body_ty = (!bodies.is_empty()).then(|| {
            self.kit
                .infer
                .infer_samples(&bodies, &format!("{pascal}Body"), SampleKind::Real)
        });
        if let (Some(ty), Some(node)) = (&body_ty, bodies.first()) {
            op.body = Some(Body {
                content_type: Some("application/json".into()),
                ty: ty.clone(),
                line: Some(node.line),
            });
        }

        // Result: the `result` of every `ok: true` response example.
        let results: Vec<(&Node, u32)> = group
            .iter()
            .flat_map(|b| &b.samples)
            .filter_map(|s| s.result.as_ref().map(|r| (r, s.example.line)))
            .collect();
        let result_ty = match results.first() {
            Some(&(_, line)) => {
                let nodes: Vec<&Node> = results.iter().map(|r| r.0).collect();
                let ty = self.kit.infer.infer_samples(
                    &nodes,
                    &format!("{pascal}Result"),
                    SampleKind::Real,
                );
                op.responses.push(Response {
                    statuses: None,
                    status: Some(200),
                    content_type: Some("application/json".into()),
                    ty: Some(ty.clone()),
                    doc: None,
                    line: Some(line),
                });
                Some(ty)
            }
            None => {
                if group.iter().any(|b| !b.samples.is_empty()) {
                    self.kit.warn(
                        first.line,
                        "no `ok: true` response example; the result type is unknown",
                    );
                }
                None
            }
        };

        self.params(group, &mut op, body_ty.as_ref());
        for block in group {
            for b in &block.section_bullets {
                for ty in body_ty.iter().chain(result_ty.iter()) {
                    self.document_field(ty, &b.name, &b.doc);
                }
            }
            self.unread_mentions(block, &op);
        }
        op
    }

    /// Path placeholders, query values shown in the route, then bullets, first occurrence
    /// winning across the group.
    fn params(&mut self, group: &[Block], op: &mut Operation, body_ty: Option<&TypeRef>) {
        let Some(first) = group.first() else {
            return;
        };
        let bullets: Vec<&Bullet> = group.iter().flat_map(|b| &b.bullets).collect();
        let documented = |name: &str| {
            bullets
                .iter()
                .find(|b| b.name == name)
                .map(|b| b.doc.clone())
        };
        let route = &first.route.route;
        for ph in route.placeholders() {
            op.params.push(Param {
                name: ph.to_string(),
                location: Location::Path,
                ty: TypeRef::Primitive(Primitive::String),
                required: true,
                type_cue: Some("path placeholder: no type given".into()),
                doc: documented(ph),
                line: Some(first.line),
                ..Param::default()
            });
        }
        for block in group {
            for (name, value) in &block.route.query {
                if op.params.iter().any(|p| &p.name == name) {
                    continue;
                }
                let shown = if value.is_empty() {
                    name.clone()
                } else {
                    format!("{name}={value}")
                };
                op.params.push(Param {
                    name: name.clone(),
                    location: Location::Query,
                    ty: query_type(value),
                    required: false,
                    type_cue: Some(format!("shown in the path as `{shown}`")),
                    doc: documented(name),
                    line: Some(block.line),
                    ..Param::default()
                });
            }
        }
        let object_request = group.iter().any(|b| b.object_request);
        let location =
            if object_request || !matches!(route.method.as_str(), "GET" | "DELETE" | "HEAD") {
                Location::Body
            } else {
                Location::Query
            };
        for b in bullets {
            if op.params.iter().any(|p| p.name == b.name) {
                continue; // a path or route query parameter, or a repeated block's bullet
            }
            let field = match (location, body_ty) {
                (Location::Body, Some(ty)) => self.document_field(ty, &b.name, &b.doc),
                _ => None,
            };
            let (ty, cue) = match field {
                Some(t) => (t, "request example"),
                None => (TypeRef::Primitive(Primitive::String), "none"),
            };
            op.params.push(Param {
                name: b.name.clone(),
                location,
                ty,
                required: says_required(&b.doc),
                type_cue: Some(cue.into()),
                doc: (!b.doc.is_empty()).then(|| b.doc.clone()),
                line: Some(b.line),
                ..Param::default()
            });
        }
    }

    /// Gives field `name` of the struct `ty` names (or lists) the doc `text` when it has
    /// none; returns the field's type if there is such a field.
    fn document_field(&mut self, ty: &TypeRef, name: &str, text: &str) -> Option<TypeRef> {
        let type_name = match ty {
            TypeRef::Named(n) => n,
            TypeRef::List(item) => match item.as_ref() {
                TypeRef::Named(n) => n,
                _ => return None,
            },
            _ => return None,
        };
        let field = self
            .kit
            .infer
            .types
            .get_mut(type_name)?
            .fields
            .iter_mut()
            .find(|f| f.name == name)?;
        if field.doc.is_none() && !text.is_empty() {
            field.doc = Some(text.to_string());
        }
        Some(field.ty.clone())
    }

    /// Warns about `?name=value` query parameters a description mentions but nothing
    /// documents, and about bodies the description says are not JSON.
    fn unread_mentions(&mut self, block: &Block, op: &Operation) {
        let doc = self.doc;
        let mut multipart_seen = false;
        for &n in &block.doc_lines {
            for name in mentioned_query(doc.line(n)) {
                if !op.params.iter().any(|p| p.name == name) {
                    self.kit.warn(
                        n,
                        format!("the description mentions query parameter `{name}`, which no bullet or route documents; not added"),
                    );
                }
            }
            if !multipart_seen && doc.line(n).contains("multipart/form-data") {
                multipart_seen = true;
                self.kit.warn(
                    n,
                    "the description says the body is multipart/form-data, which the JSON request example does not show; no body type for it",
                );
            }
        }
    }

    fn in_json(&self, n: u32) -> bool {
        self.json_lines.iter().any(|&(a, b)| (a..=b).contains(&n))
    }

    /// Auth from the prose (see the module doc).
    fn auth(&mut self) -> Auth {
        let doc = self.doc;
        let mut mention = None;
        for n in 1..=doc.len() {
            if self.in_json(n) || parse_route(doc.line(n)).is_some() {
                continue;
            }
            let line = doc.line(n);
            if let Some(at) = word_at(line, &["заголов", "header"]) {
                if let Some(name) = quoted_after(line, at) {
                    return Auth {
                        scheme: AuthScheme::Header,
                        header: Some(name),
                        line: Some(n),
                        ..Auth::default()
                    };
                }
                mention.get_or_insert(n);
            }
            if let Some(at) = word_at(line, &["кук", "cookie"]) {
                if let Some(name) = quoted_after(line, at) {
                    self.kit.warn(
                        n,
                        format!("the document names cookie `{name}`; the spec has no cookie scheme, auth left as none"),
                    );
                    return Auth::default();
                }
                mention.get_or_insert(n);
            }
            if word_at(line, &["токен", "token"]).is_some() {
                mention.get_or_insert(n);
            }
        }
        let at = mention.unwrap_or(1);
        self.kit.warn(
            at,
            "the document mentions tokens or cookies but names no header or cookie that carries them; auth left as none",
        );
        Auth::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V3: &str = include_str!("../../../spec/sources/tada-v3.txt");

    fn v3() -> Extracted {
        extract(&Doc::new("tada-v3.txt", V3), "tada", "sources/tada-v3.txt")
    }

    fn op<'a>(out: &'a Extracted, id: &str) -> &'a Operation {
        match out.spec.operations.iter().find(|o| o.id == id) {
            Some(o) => o,
            None => panic!("no operation `{id}`"),
        }
    }

    fn param<'a>(o: &'a Operation, name: &str) -> &'a Param {
        match o.params.iter().find(|p| p.name == name) {
            Some(p) => p,
            None => panic!("no parameter `{name}` in `{}`", o.id),
        }
    }

    #[test]
    fn helpers() {
        let r = |l: &str| parse_route(l).unwrap();
        assert_eq!(operation_id(&r("GET /api/v3/ping").route), "get_ping");
        assert_eq!(
            operation_id(&r("POST /api/v3/sms-login").route),
            "post_sms_login"
        );
        assert_eq!(
            operation_id(&r("GET /api/v3/devices/{device_id}").route),
            "get_devices_device_id"
        );
        let qr = r("GET /api/v3/qr-login.png?debug=True");
        assert_eq!(operation_id(&qr.route), "get_qr_login_png");
        assert_eq!(qr.route.path, "/api/v3/qr-login.png");
        assert_eq!(qr.query, [("debug".to_string(), "True".to_string())]);
        assert!(parse_route("GET the list").is_none());
        assert!(parse_route("POST /api/v3/x extra").is_none());
        assert_eq!(
            split_bullet("• type - тип устройства (ios, android)"),
            Some(("type".into(), "тип устройства (ios, android)".into()))
        );
        assert_eq!(split_bullet("• server.uisettings"), None);
        assert!(says_required("телефон, обязательно"));
        assert!(says_required("Обязательный параметр"));
        assert!(!says_required("необязательное название устройства."));
        assert!(!says_required("id устройства. Не обязательно UUID"));
        assert_eq!(
            inline_events(" * a.b * c.d (если x)"),
            ["a.b", "c.d (если x)"]
        );
        assert!(is_heading("Картинка команды."));
        assert!(is_heading("ws через http"));
        assert!(!is_heading(
            "Информация об устройстве. Список устройств можно получить через запрос /api/v3/me/."
        ));
        assert_eq!(query_type("True"), TypeRef::Primitive(Primitive::Boolean));
        assert_eq!(query_type("25"), TypeRef::Primitive(Primitive::Integer));
        assert_eq!(query_type("str"), TypeRef::Primitive(Primitive::String));
        assert_eq!(mentioned_query("мелочь: ?value=str сгенерирует"), ["value"]);
        assert_eq!(status_in("Пример ответа (404):"), Some(404));
        assert_eq!(word_at("выставляется кука, с", &["кук"]), Some(25));
        assert_eq!(word_at("Острова Кука", &["кук"]), Some(15));
        assert_eq!(word_at("sms-auth", &["кук"]), None);
        assert_eq!(
            quoted_after("заголовок `X-Token` с токеном", 0),
            Some("X-Token".into())
        );
    }

    /// Counts taken by reading the document: 41 `METHOD /path` lines, one of them
    /// (`POST /api/v3/sms-login`, lines 1007 and 1080) documented twice.
    #[test]
    fn v3_blocks_and_operations() {
        let doc = Doc::new("tada-v3.txt", V3);
        let routes = (1..=doc.len())
            .filter(|&n| parse_route(doc.line(n)).is_some())
            .count();
        assert_eq!(routes, 41);
        let out = v3();
        let ops = &out.spec.operations;
        assert_eq!(ops.len(), 40);
        assert_eq!(out.spec.validate(), Vec::<String>::new());
        assert_eq!(out.spec.title, "tada");
        assert_eq!(out.spec.family, "rest-by-example");
        assert_eq!(
            out.spec
                .protocol
                .answer
                .as_ref()
                .and_then(|a| a.result.as_deref()),
            Some("/result")
        );
        assert!(!crate::diag::has_errors(&out.diags));
        assert_eq!(ops[0].id, "post_ping");
        assert_eq!(ops[39].id, "post_teams_team_uid_ws_client_event_name");
        let lines: Vec<u32> = ops.iter().map(|o| o.line).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "document order");
        let m: Vec<(u32, &str)> = out
            .diags
            .iter()
            .map(|d| (d.line, d.message.as_str()))
            .collect();
        assert!(
            m.iter().any(|(l, m)| *l == 1 && m.contains("no title")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|(l, m)| *l == 1080 && m.contains("first at line 1007")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|(l, m)| *l == 1156 && m.contains("query parameter `value`")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|(_, m)| m.contains("names no header or cookie"))
        );
        assert_eq!(out.spec.auth, Auth::default());
    }

    #[test]
    fn v3_sms_login_is_one_operation_with_both_blocks() {
        let out = v3();
        let logins: Vec<&Operation> = out
            .spec
            .operations
            .iter()
            .filter(|o| {
                o.route
                    .as_ref()
                    .is_some_and(|r| r.path == "/api/v3/sms-login")
            })
            .collect();
        assert_eq!(logins.len(), 1);
        let o = logins[0];
        assert_eq!((o.id.as_str(), o.line), ("post_sms_login", 1007));
        assert_eq!(o.name, "Авторизация");
        let ex: Vec<(ExampleOf, u32)> = o.examples.iter().map(|e| (e.of, e.line)).collect();
        assert_eq!(
            ex,
            [
                (ExampleOf::Request, 1015),
                (ExampleOf::Response, 1021),
                (ExampleOf::Request, 1088),
                (ExampleOf::Response, 1094)
            ]
        );
        assert_eq!(o.params.len(), 1);
        let phone = param(o, "phone");
        assert_eq!((phone.location, phone.line), (Location::Body, Some(1011)));
        assert_eq!(o.responses.len(), 1);
        assert_eq!(o.responses[0].status, Some(200));
        assert_eq!(o.examples[1].status, Some(200));
        assert_eq!(
            o.examples[1]
                .json
                .as_ref()
                .map(|j| j["result"]["code_length"].clone()),
            Some(serde_json::json!(4))
        );
    }

    #[test]
    fn v3_params_names_events() {
        let out = v3();
        let qr = op(&out, "get_qr_login_png");
        assert_eq!(
            qr.route.as_ref().map(|r| r.path.as_str()),
            Some("/api/v3/qr-login.png")
        );
        let debug = param(qr, "debug");
        assert_eq!(debug.location, Location::Query);
        assert_eq!(debug.ty, TypeRef::Primitive(Primitive::Boolean));
        assert!(!debug.required);
        assert_eq!(
            debug.type_cue.as_deref(),
            Some("shown in the path as `debug=True`")
        );
        assert_eq!(debug.line, Some(1150));

        let put_team = op(&out, "put_teams_team_uid");
        assert_eq!(put_team.line, 2474);
        assert_eq!(
            put_team.events,
            [
                "server.team.updated",
                "server.contact.updated (если изменился режим иерархии)",
                "server.group.updated (если изменился режим иерархии)"
            ]
        );
        assert_eq!(op(&out, "put_ui_settings").events, ["server.uisettings"]);
        assert_eq!(
            op(&out, "post_teams").events,
            [
                "server.contact.updated",
                "server.team.updated",
                "server.section.updated"
            ]
        );

        assert_eq!(op(&out, "get_ping").name, "Пинг");
        assert_eq!(op(&out, "post_ping").name, "Пинг");
        assert_eq!(
            op(&out, "get_teams_team_uid_usage").name,
            "Место, используемое командой"
        );
        assert_eq!(op(&out, "get_devices_device_id").name, "Устройства");
        assert_eq!(
            op(&out, "post_ping").doc.as_deref(),
            Some("Просто проверка. Параметров нет.\nПустой POST-запрос.")
        );
        assert_eq!(
            op(&out, "get_ping")
                .doc
                .as_deref()
                .map(|d| d.lines().count()),
            Some(3)
        );

        let auth = op(&out, "post_sms_auth");
        let code = param(auth, "code");
        assert_eq!(code.location, Location::Body);
        assert_eq!(code.ty, TypeRef::Primitive(Primitive::String));
        assert_eq!(code.type_cue.as_deref(), Some("request example"));
        assert_eq!(code.doc.as_deref(), Some("код из SMS"));
        assert_eq!(param(auth, "type").line, Some(1037));
        let book = op(&out, "put_devices_device_id_address_book");
        let contacts = param(book, "contacts");
        assert_eq!(
            contacts.ty,
            TypeRef::List(Box::new(TypeRef::Named(
                "PutDevicesDeviceIdAddressBookBodyContact".into()
            )))
        );
        let body = out.spec.types.get("PostSmsAuthBody").map(|t| &t.fields);
        let code_field = body.and_then(|f| f.iter().find(|f| f.name == "code"));
        assert_eq!(
            code_field.and_then(|f| f.doc.as_deref()),
            Some("код из SMS")
        );
        // Section bullets document fields, they are not parameters.
        let devices = op(&out, "post_devices");
        assert!(devices.params.is_empty());
        let device_body = out.spec.types.get("PostDevicesBody").map(|t| &t.fields);
        let name_field = device_body.and_then(|f| f.iter().find(|f| f.name == "name"));
        assert_eq!(
            name_field.and_then(|f| f.doc.as_deref()),
            Some("необязательное название устройства.")
        );

        let get_device = op(&out, "get_devices_device_id");
        assert_eq!(get_device.params.len(), 1);
        let id = param(get_device, "device_id");
        assert_eq!(id.location, Location::Path);
        assert!(id.required);
        assert_eq!(id.ty, TypeRef::Primitive(Primitive::String));
        assert_eq!(
            id.type_cue.as_deref(),
            Some("path placeholder: no type given")
        );
        assert_eq!(id.line, Some(1445));

        let icons = op(&out, "post_teams_team_uid_icons");
        assert!(icons.body.is_none(), "`{{}}` gives no body");
        assert_eq!(icons.examples[0].json, Some(serde_json::json!({})));
        let me = op(&out, "get_me");
        assert_eq!(
            me.responses[0].ty,
            Some(TypeRef::Named("GetMeResult".into()))
        );
        assert_eq!(me.examples[0].line, 1269);
    }

    #[test]
    fn hostile_input_gives_diagnostics_not_panics() {
        let text = "Раздел\n\nPOST /api/v3/a\n\nОписание.\n\n  • x — обязательно\n  • без тире\n\nПример запроса:\n\n{\n    \"x\": 1\n\nПример ответа:\n\n{\"ok\": false, \"error\": \"нет\"}\n\nGET /api/v3/b/{id}?n=5\n\nДругой раздел\n\nPUT /api/v3/c\n\nПример запроса:\n\n[1, 2]\n\nПример ответа:\n\nне json\n\nхвост\n";
        let out = extract(&Doc::new("h.txt", text), "h", "h");
        let ops = &out.spec.operations;
        assert_eq!(ops.len(), 3);
        let m: Vec<&str> = out.diags.iter().map(|d| d.message.as_str()).collect();
        let has = |s: &str| m.iter().any(|m| m.contains(s));
        assert!(has("in the example after `Пример запроса:`"), "{m:?}");
        assert!(has("expected `• name — description`"), "{m:?}");
        assert!(has("is an error (`ok: false`)"), "{m:?}");
        assert!(has("block has no request or response example"), "{m:?}");
        assert!(
            has("expected a JSON object as the request example"),
            "{m:?}"
        );
        assert!(
            has("expected a JSON example after `Пример ответа:`"),
            "{m:?}"
        );
        assert!(has("text after the last block"), "{m:?}");
        let a = &ops[0];
        assert!(a.params[0].required);
        assert_eq!(a.examples.len(), 2);
        assert!(a.examples[0].raw.is_some() && a.examples[0].json.is_none());
        assert_eq!(a.examples[1].status, None);
        assert!(a.responses.is_empty());
        let b = &ops[1];
        assert_eq!(b.params.len(), 2);
        assert_eq!(b.params[1].ty, TypeRef::Primitive(Primitive::Integer));
        assert_eq!(b.name, "Раздел");
        // A block without examples keeps everything up to the next route as its doc.
        assert_eq!(b.doc.as_deref(), Some("Другой раздел"));
        assert_eq!(ops[2].name, "Раздел");
        assert!(ops[2].body.is_none());
        let truncated = extract(
            &Doc::new("t.txt", "GET /x\nПример ответа:\n{\"ok\": tr"),
            "t",
            "t",
        );
        assert_eq!(truncated.spec.operations.len(), 1);
        for text in ["", "\n\n", "Пример ответа:\n{", "• a — b\n{}"] {
            let out = extract(&Doc::new("e.txt", text), "e", "e");
            assert!(crate::diag::has_errors(&out.diags), "{text:?}");
        }
        // The real document cut anywhere: inside JSON, bullets, event lists.
        let chars: Vec<char> = V3.chars().collect();
        for cut in (0..chars.len()).step_by(997) {
            let prefix: String = chars[..cut].iter().collect();
            let _ = extract(&Doc::new("cut.txt", &prefix), "c", "c");
        }
        let root = extract(&Doc::new("r.txt", "GET /\n"), "r", "r");
        assert_eq!(root.spec.operations[0].id, "get");
        let deep = format!("GET /x\nПример ответа:\n{}", "[".repeat(5000));
        assert!(
            !extract(&Doc::new("d.txt", &deep), "d", "d")
                .diags
                .is_empty()
        );
    }
}
