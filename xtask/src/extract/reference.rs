//! `reference`: the reader of hand-written API references in any layout. It keys on the
//! shapes every reference shares, not on one vendor's words or punctuation:
//!
//! - **a route** (`METHOD /path`): on a line of its own, in a heading (`Get Channel % GET
//!   /channels/{channel.id}`), in a table cell, as a request line in code (`POST /x
//!   HTTP/1.1`), as a `curl` call (`-X`, `--request`, the URL's path), as sibling items or
//!   cells naming the method and the URL (`Method: GET`, `Endpoint: /room`), as an element
//!   carrying the method as an attribute (`<Route method="post">/x</Route>`), or glued as
//!   Redoc captures print it (`post/v1/flags`). Absolute URLs give the server as the base
//!   URL; `{id}`, `:id`, `<id>` and `{channel.id}` become `{name}` placeholders;
//! - **an RPC method** (`chat.postMessage`, `sendMessage`) naming a heading over a
//!   parameter list, for references with no route at all;
//! - **an operation's extent**: from the heading over its route to the next heading of the
//!   same or a higher level (label headings such as `Request` or `200: OK` belong to it),
//!   or the page when no heading owns the route. The same route again (with a query
//!   string, a concrete id, a host) in the operation's extent or anywhere on the page is an
//!   example, not a new operation; a route inside a sentence is prose;
//! - **parameter lists** in any shape (tables with a name-like column, definition lists,
//!   `name - …` / `name: …` / `name — …` / `` `name` (type, required) `` bullets), their
//!   location from the label over them in any wording, an `In` column or the route's
//!   placeholders, else from the method (`GET`/`DELETE`: query; others: body);
//! - **responses by status** (`200: OK`, `Status code 200`, `Response 201`, `HTTP/1.1 204`,
//!   `Returns 404`) with the JSON example under each.
//!
//! Shapes of hand-written references (tests in `reference/shape_tests.rs`): sub-headings
//! (`### Possible parameters`, `#### XML Example`) and concrete example calls under them
//! belong to the operation above, also after a base path the examples share and the
//! templates leave out (stripped: server and base path are the base URL); location cells in
//! other notations (`@Path`, `@QueryParam`, `formData`) and required cells (`yes`, `✓`); a
//! body named by a type (`**Payload:** User`) reads that type's table elsewhere on the page,
//! a `#### XxxRequest` heading's table is the method's body; statuses in prose labels
//! (`**Return value:** HTTP status 201`); HTML tags inside a route are markup; a route
//! restated by the next sibling section is a second operation (warned); fields inside the
//! cells of an operation row (`<br/>📌 **name**: …`); a route rule the page shows for two
//! method headings or more (`### publish` calling `POST /api/publish`) routes every sibling
//! method heading that documents parameters (warned); query parameters a paragraph names
//! next to a `GET` route's path (`` `privacy=1` ``); calls given only as sample links with
//! query strings are `GET`s (warned); a body shown only by a curl call's JSON data; name
//! columns in other words (`Param Name`) and `Required / Optional` columns; method and URL
//! under labels of their own (`##### URL` / `##### Method`); a heading holding only a path
//! whose methods are the first words of paragraphs under it (`PUT Create a new link.`); a
//! concrete sample call printed before its route is no operation; lists under error and
//! answer labels are no parameters; status tables (`Return Code | Reason`), `Code: 412`
//! lines and `HTTP/1.1 200 OK` in raw exchanges; a template named in prose
//! (`<topic>/json`) given to the request line that instantiates it; upper-case placeholders
//! (`/chats/ROOM_ID`); `Body format` / `Response format` labels; statuses in prose
//! (`Returns 200 with …`) where nothing else gives one; a templated server written as a
//! capitalised variable before the path (`SITE_ROOT/api/v3/checks/`); heading attribute
//! lists (`{: #list-checks .rule }`); parameters named as their query-string pair
//! (`slug=<value>`, `` `end_time=<timestamp>` to … ``); a call whose path is only
//! placeholders (`http://HOST/ENDPOINT`) is no operation; a sample call leaving out a
//! route's last placeholder, or written with another method than the heading's route, is
//! an example; parameters given by reference to another operation (`Refer to parameters
//! from POST /x`, `by_reference.rs`); under a `Request` label, the JSON block right after
//! the route's own block is the body's sample; `Status: 204 No Content` lines in code
//! under a response label; a snake- or camel-case name before a lower-case description
//! needs no separator (`` - `minimal_response` to only return … ``); parameters given
//! headings of their own under a parameter label (`#### \`channel\``); method headings
//! written as call signatures (`getText(padID, [rev])`, two or more at a level), their
//! arguments the parameters. The Redoc profile's shapes (routes
//! printed after their content, operations whose route a capture lost, stacked fields,
//! tables without column names, `Enum:` values, `Array` bodies, `•` bullet samples) are
//! described in ARCHITECTURE.md.
//!
//! Nothing is invented: an operation needs route or method-name evidence; a parameter
//! whose type the doc does not give is a string with `type_cue: none`; a body known only
//! from an example has no required field.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{
    Answer, ApiSpec, Auth, AuthScheme, Body, EnumValue, Example, ExampleOf, Family, Field,
    Location, Method, Operation, Param, ParamStyle, Primitive, Protocol, Response, Route, Rpc,
    SampleKind, Status, TypeDef, TypeRef, Unknown,
};
use heck::{ToPascalCase, ToSnakeCase};

use super::Extracted;
use super::kit::{Kit, is_token};
use crate::read::blocks::{Block, Document, Kind, Table};
use crate::read::json::{Kind as JsonKind, Node};

/// The family name written in specs.
pub const FAMILY: Family = Family::Reference;

/// HTTP methods a route may start with.
const METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

// ------------------------------------------------------------------------------ routes

/// A route as the document prints it, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteText {
    /// Upper-case method.
    pub method: String,
    /// The path with `{name}` placeholders (valid names), no query string, no server.
    pub path: String,
    /// The server part of an absolute URL (`https://api.example.com`), if given.
    pub server: Option<String>,
    /// Whether the doc's text carried a query string: an instance of a route documented
    /// anywhere on the page is then an example call of it.
    pub query: bool,
    /// The query string's `name=value` pairs, as written.
    pub pairs: Vec<(String, String)>,
    /// An optional segment the route leaves out (said in a warning).
    pub note: Option<String>,
}

/// HTML inline elements a page leaves inside a route (`/rooms<span>/{name}`,
/// `<code>/x</code>`): markup, not `<id>` placeholders.
const INLINE_TAGS: [&str; 20] = [
    "span", "a", "b", "i", "em", "strong", "code", "br", "wbr", "sup", "sub", "small", "mark", "u",
    "s", "del", "ins", "kbd", "var", "samp",
];

/// A route's text without the HTML inline elements inside it ([`INLINE_TAGS`]), opening
/// (with or without attributes) or closing.
fn strip_markup(target: &str) -> String {
    let mut out = String::with_capacity(target.len());
    let mut rest = target;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find('>');
        let tag = end.map(|e| {
            let inner = after[..e].trim_start_matches('/').trim_end_matches('/');
            inner
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        });
        // A one-letter name (`<a>`, `<b>`) is a tag only when closed, closing or with
        // attributes; alone it may be a placeholder.
        let markup = |e: usize, t: &str| {
            INLINE_TAGS.contains(&t)
                && (t.len() > 1
                    || after.starts_with('/')
                    || after[..e].contains(char::is_whitespace)
                    || target.contains(&format!("</{t}>")))
        };
        match (end, tag) {
            (Some(e), Some(t)) if markup(e, &t) => rest = &after[e + 1..],
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `METHOD target` at the start of `text` (a line or cell), with an optional `HTTP/1.1`
/// after it and nothing else: the route it gives.
pub fn route_line(text: &str) -> Option<RouteText> {
    let t = strip_line_marks(text);
    let mut words = t.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    if let Some(method) = method_word(first) {
        let (target, tail) = rest.split_first()?;
        let tail_ok = match tail {
            [] => true,
            [v] => v.to_ascii_uppercase().starts_with("HTTP/"),
            _ => false,
        };
        if !tail_ok {
            return None;
        }
        return target_route(method, target);
    }
    // Glued as Redoc captures print it: `post/v1/flags`.
    if rest.is_empty() {
        for m in METHODS {
            if first.len() > m.len()
                && first.is_char_boundary(m.len())
                && first[..m.len()].eq_ignore_ascii_case(m)
                && first[m.len()..].starts_with('/')
            {
                return target_route(m, &first[m.len()..]);
            }
        }
    }
    None
}

/// A route anywhere in a heading: `Get Channel % GET /channels/{channel.id}`, `GET /x`.
fn heading_route(text: &str) -> Option<RouteText> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        if let (Some(m), Some(target)) = (method_word(w.trim_matches('`')), words.get(i + 1)) {
            // Only when the route ends the heading (or an HTTP version, or a note in
            // parentheses such as `(GET; AUTH)`, does).
            let tail = &words[i + 2..];
            let note = tail.join(" ");
            if tail.is_empty()
                || (tail.len() == 1 && tail[0].to_ascii_uppercase().starts_with("HTTP/"))
                || (note.starts_with('(') && note.ends_with(')'))
            {
                return target_route(m, target.trim_matches('`'));
            }
        }
    }
    None
}

/// The method a word names, upper-cased (`get`, `GET`, `Get` all count; `[GET]` too).
fn method_word(w: &str) -> Option<&'static str> {
    let w = w.trim_matches(|c| matches!(c, '[' | ']' | '*' | '`' | '(' | ')' | ':'));
    METHODS.into_iter().find(|m| m.eq_ignore_ascii_case(w))
}

/// A line without list marks, emphasis and code ticks, and without a leading label
/// (`Endpoint:`, `Request:`, `URL:`).
fn strip_line_marks(text: &str) -> String {
    let t = text
        .trim()
        .trim_start_matches(['*', '-', '•', '>', '$'])
        .trim()
        .replace('`', "");
    let t = t.trim().trim_end_matches([';', ',']).trim().to_string();
    for label in [
        "endpoint:",
        "request:",
        "url:",
        "route:",
        "http request:",
        "method:",
        "path:",
    ] {
        if t.len() > label.len()
            && t.is_char_boundary(label.len())
            && t[..label.len()].eq_ignore_ascii_case(label)
        {
            return t[label.len()..].trim().to_string();
        }
    }
    t
}

/// A route from a method and a target (`/path`, `https://host/path?x=1`, `{base}/path`).
pub fn target_route(method: &str, target: &str) -> Option<RouteText> {
    let target = strip_markup(target);
    // `{user.id#DOCS_RESOURCES_USER/user-object}`: a link anchor inside a placeholder.
    let mut cleaned = String::with_capacity(target.len());
    let (mut depth, mut skip) = (0u32, false);
    for c in target.chars() {
        match c {
            '{' => {
                depth += 1;
                cleaned.push(c);
            }
            '}' => {
                depth = depth.saturating_sub(1);
                skip = false;
                cleaned.push(c);
            }
            '#' if depth > 0 => skip = true,
            _ if skip => {}
            _ => cleaned.push(c),
        }
    }
    let target = cleaned.trim().trim_matches(['"', '\'', '`']);
    // `<https://host/x>`: an autolink; `/x/<id>` keeps its placeholder.
    let target = match target.strip_prefix('<') {
        Some(inner) if inner.ends_with('>') && !inner.starts_with('/') => {
            inner.trim_end_matches('>')
        }
        _ => target,
    };
    let target = target.trim_end_matches(['.', ',', ';', ')']);
    let (server, rest) = split_server(target)?;
    let (path, query) = match rest.find(['?', '#']) {
        Some(at) => (&rest[..at], rest[at..].starts_with('?')),
        None => (rest, false),
    };
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let (path, note) = placeholders(&path)?;
    // `?debug=True&limit=10`: names that are identifiers, each with its value.
    let pairs = rest
        .split_once('?')
        .map(|(_, q)| q.split('#').next().unwrap_or(""))
        .unwrap_or("")
        .split('&')
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            let ident = !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'));
            ident.then(|| (k.to_string(), v.to_string()))
        })
        .collect();
    Some(RouteText {
        method: method.to_string(),
        path,
        server,
        query,
        pairs,
        note,
    })
}

/// Splits `https://host[:port]/path` into the server and the path; a relative target
/// (`/x`) has no server; `{base_url}/x` and `$HOST/x` drop the variable.
fn split_server(target: &str) -> Option<(Option<String>, &str)> {
    if target.starts_with('/') {
        return Some((None, target));
    }
    for scheme in ["https://", "http://"] {
        if target.len() > scheme.len()
            && target.is_char_boundary(scheme.len())
            && target[..scheme.len()].eq_ignore_ascii_case(scheme)
        {
            let after = &target[scheme.len()..];
            let (host, path) = match after.find('/') {
                Some(at) => (&after[..at], &after[at..]),
                None => (after, "/"),
            };
            if host.is_empty() || host.contains(['{', '<', '$']) {
                return Some((None, path));
            }
            return Some((Some(format!("{scheme}{host}")), path));
        }
    }
    // `SITE_ROOT/api/x`, `BASE_URL/x`: a server variable written in capitals.
    if let Some(rest) = server_variable(target) {
        return Some((None, rest));
    }
    // `{base_url}/x`, `$BASE/x`, `<host>/x`.
    if target.starts_with(['{', '$', '<']) {
        let at = target.find('/')?;
        let head = &target[..at];
        if head.ends_with(['}', '>']) || head.starts_with('$') {
            return Some((None, &target[at..]));
        }
    }
    // `api/friendica/events`: a path relative to the server, as some pages print it; the
    // caller gives it its leading `/`.
    let relative = target.starts_with(|c: char| c.is_ascii_alphanumeric())
        && target.contains('/')
        && !target.contains("://");
    relative.then_some((None, target))
}

/// A templated server written as a capitalised variable before a relative path
/// (`SITE_ROOT/api/v3/checks/`, `BASE_URL/v1/x`, `HOST/x`): the path from its `/`. The
/// variable has no leading `/` and is the first segment, so `/chats/ROOM_ID` (a
/// placeholder) and `api/v1` (a relative path) are not servers.
fn server_variable(target: &str) -> Option<&str> {
    let at = target.find('/')?;
    let head = &target[..at];
    let variable = capital_word(head) && target.len() > at + 1;
    variable.then_some(&target[at..])
}

/// Rewrites `:id`, `<id>`, `{channel.id}` as `{name}` with a valid name; drops an optional
/// `[/…]` segment; `None` when a character no path has is left (prose, not a route).
fn placeholders(path: &str) -> Option<(String, Option<String>)> {
    let mut note = None;
    let mut path = path.to_string();
    if let Some(open) = path.find('[')
        && path[open..].starts_with("[/")
        && path.ends_with(']')
    {
        note = Some(format!(
            "the optional segment `{}` is left out of the route",
            &path[open..]
        ));
        path.truncate(open);
    }
    let mut out = String::new();
    for (i, seg) in path.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        if upper_placeholder(seg) {
            out.push_str(&format!("{{{seg}}}"));
            continue;
        }
        let mut rest = seg;
        // `{id}:verb` (a custom method after a placeholder): the colon is literal.
        let mut after_placeholder = false;
        while !rest.is_empty() {
            if after_placeholder && let Some(r) = rest.strip_prefix(':') {
                let end = r.find(['{', '<', '[']).unwrap_or(r.len());
                if !r[..end].chars().all(path_char) {
                    return None;
                }
                out.push(':');
                out.push_str(&r[..end]);
                rest = &r[end..];
                after_placeholder = false;
                continue;
            }
            let (name, after) = if let Some(r) = rest.strip_prefix(':') {
                let end = r
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(r.len());
                (&r[..end], &r[end..])
            } else if let Some(r) = rest.strip_prefix('{') {
                let end = r.find('}')?;
                (&r[..end], &r[end + 1..])
            } else if let Some(r) = rest.strip_prefix('<') {
                let end = r.find('>')?;
                (&r[..end], &r[end + 1..])
            } else if let Some(r) = rest.strip_prefix('[') {
                // `[verb]`: a segment in brackets (`[/…]`, optional, is left out above).
                let end = r.find(']')?;
                (&r[..end], &r[end + 1..])
            } else {
                let end = rest.find([':', '{', '<', '[']).unwrap_or(rest.len());
                let lit = &rest[..end];
                if !lit.chars().all(path_char) {
                    return None;
                }
                // A `:` inside a literal (`/v1/x:batch`) stays literal.
                if end < rest.len() && rest[end..].starts_with(':') && end > 0 {
                    out.push_str(&rest[..=end]);
                    rest = &rest[end + 1..];
                    continue;
                }
                out.push_str(lit);
                rest = &rest[end..];
                continue;
            };
            // `{invite.code#DOCS_…/invite-object}`: a link anchor after the name.
            let name = name.split('#').next().unwrap_or(name);
            if name.is_empty() {
                return None;
            }
            let valid = param_ident(name);
            if valid.is_empty() {
                return None;
            }
            out.push('{');
            out.push_str(&valid);
            out.push('}');
            rest = after;
            after_placeholder = true;
        }
    }
    Some((out, note))
}

/// A bare upper-case placeholder segment (`ROOM_ID`, `MESSAGEID`): capitals, digits and
/// `_`, starting with a capital, with an underscore or ending in `ID`; `v1`, `users`,
/// `API` stay literal.
fn upper_placeholder(seg: &str) -> bool {
    capital_word(seg) && !seg.ends_with('_') && (seg.contains('_') || seg.ends_with("ID"))
}

/// A word in capitals of three or more characters (`SITE_ROOT`, `ENDPOINT`, `ROOM_ID`):
/// capitals, digits and `_`, starting with a capital.
fn capital_word(s: &str) -> bool {
    s.len() >= 3
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Characters a path template's literal part may hold.
fn path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=@%".contains(c)
}

/// A placeholder or parameter name as a valid `{name}`: `channel.id` → `channel_id`,
/// `user-id` → `user_id`.
fn param_ident(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// Whether `path` (concrete or a template) is an instance of `template`: the same
/// segments, a placeholder on either side matching any one segment; `path` may carry a
/// base path before them (`/v1/mapping/NT2` is an instance of `/mapping/{id}`).
fn instance_of(path: &str, template: &str) -> bool {
    // (Segments without the leading `/`, so that a base path before the instance's is
    // skipped: `/v1/x/7` is an instance of `/x/{id}`.)
    let a: Vec<&str> = path.trim_matches('/').split('/').collect();
    let b: Vec<&str> = template.trim_matches('/').split('/').collect();
    a.len() >= b.len()
        && b.first().is_some_and(|s| !s.is_empty())
        && a[a.len() - b.len()..]
            .iter()
            .zip(&b)
            .all(|(x, y)| x == y || y.starts_with('{'))
}

/// The path with placeholder names left out, for comparing routes.
fn shape(path: &str) -> String {
    path.trim_end_matches('/')
        .split('/')
        .map(|s| if s.starts_with('{') { "{}" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

// ---------------------------------------------------------------------- route evidence

/// A route found in the document, with the block it is in.
#[derive(Debug, Clone)]
struct Hit {
    block: usize,
    line: u32,
    route: RouteText,
}

/// Every route of the document, in order.
fn hits(doc: &Document) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut push = |block: usize, line: u32, route: RouteText| {
        out.push(Hit { block, line, route });
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        match &b.kind {
            Kind::Heading { .. } => {
                if let Some(r) = heading_route(&b.text) {
                    push(i, b.span.line, r);
                }
            }
            Kind::Code { .. } => {
                for (line, r) in code_routes(b) {
                    push(i, line, r);
                }
            }
            Kind::Table(t) => {
                for (line, r) in table_routes(t, b.span.line) {
                    push(i, line, r);
                }
            }
            Kind::Paragraph | Kind::Item { .. } => {
                let mut found = false;
                let lines: Vec<&str> = b.text.split('\n').collect();
                for (k, l) in (0u32..).zip(&lines) {
                    if let Some(r) = route_line(l) {
                        push(i, (b.span.line + k).min(b.span.end_line), r);
                        found = true;
                    }
                }
                // The method alone on a line, the path alone on the next, in one block
                // (`delete` / `/api/v1/x/{id}`, a capture of Redoc's route button).
                if !found
                    && let [m, p, ..] = lines.as_slice()
                    && let Some(method) = method_word(m.trim())
                        .filter(|w| m.trim() == *w || m.trim() == w.to_ascii_lowercase())
                    && p.trim().starts_with('/')
                    && !p.trim().contains(char::is_whitespace)
                    && let Some(r) = target_route(method, p.trim())
                {
                    push(i, b.span.line, r);
                    found = true;
                }
                if !found && let Some(r) = element_route(doc, b) {
                    push(i, b.span.line, r);
                    found = true;
                }
                // `Get detailed information about a session: `GET /api/sessions/:id/``: a
                // label, a colon, and the route in code ending the line.
                for n in b.span.line..=b.span.end_line {
                    if found {
                        break;
                    }
                    if let Some(r) = labelled_code_route(doc.line(n)) {
                        push(i, n, r);
                    }
                }
            }
        }
    }
    // The method alone, the path alone in the next block (`GET` / `/webhooks/:uuid`, as a
    // one-page-per-endpoint site or a Redoc capture prints its route).
    for i in 0..doc.blocks.len().saturating_sub(1) {
        let (a, b) = (&doc.blocks[i], &doc.blocks[i + 1]);
        let alone = |x: &Block| {
            !x.is_code() && x.table().is_none() && !x.text.trim().contains(char::is_whitespace)
        };
        if alone(a)
            && alone(b)
            && b.text.trim().starts_with('/')
            && let Some(m) = method_word(a.text.trim()).filter(|m| {
                // The word as a method, not a sentence's `Get`.
                a.text.trim().trim_matches(['*', '`']) == *m
                    || a.text.trim().trim_matches(['*', '`']) == m.to_ascii_lowercase()
            })
            && !out.iter().any(|h: &Hit| h.block == i + 1)
            && let Some(r) = target_route(m, b.text.trim().trim_matches('`'))
        {
            out.push(Hit {
                block: i,
                line: a.span.line,
                route: r,
            });
        }
    }
    // Sibling items or lines naming the method and the URL apart (`Method: GET`,
    // `Endpoint: /room/{token}`).
    let mut split = split_routes(doc);
    out.append(&mut split);
    field_label_routes(doc, &mut out);
    path_heading_routes(doc, &mut out);
    link_calls(doc, &mut out);
    out.sort_by_key(|h| (h.block, h.line));
    strip_shared_base(&mut out);
    early_examples(doc, &mut out);
    templates_in_code(doc, &mut out);
    out
}

/// Path templates the page names only in inline code in its prose (`` `<topic>/json` ``
/// returns a stream), with a placeholder and possibly no leading slash, and no route of
/// the page has: the route of a concrete request line in code that instantiates exactly
/// one of them (`GET /alerts/json HTTP/1.1` in a sample exchange), segment for segment, is
/// that template.
fn templates_in_code(doc: &Document, out: &mut [Hit]) {
    let mut templates: Vec<String> = Vec::new();
    for b in &doc.blocks {
        if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) {
            continue;
        }
        // The source keeps the code marks the block's text leaves out.
        let src = doc.source.text(b.span.line, b.span.end_line);
        for (k, span) in src.split('`').enumerate() {
            let t = span.trim();
            if k % 2 == 0 || t.is_empty() || t.contains(char::is_whitespace) || t.contains("://") {
                continue;
            }
            let target = if t.starts_with('/') {
                t.to_string()
            } else {
                format!("/{t}")
            };
            if let Some(r) = target_route("GET", &target)
                .filter(|r| r.path.contains('{') && !r.query && r.path.matches('/').count() >= 2)
                && !templates.contains(&r.path)
            {
                templates.push(r.path);
            }
        }
    }
    // A template that is already a route of the page is no template of this kind.
    templates.retain(|t| !out.iter().any(|h| shape(&h.route.path) == shape(t)));
    if templates.is_empty() {
        return;
    }
    let segments = |p: &str| p.trim_end_matches('/').split('/').count();
    for h in out.iter_mut() {
        if h.route.path.contains('{') || h.route.server.is_some() || !doc.blocks[h.block].is_code()
        {
            continue;
        }
        let fits: Vec<&String> = templates
            .iter()
            .filter(|t| segments(t) == segments(&h.route.path) && instance_of(&h.route.path, t))
            .collect();
        if let [t] = fits.as_slice() {
            h.route.path = (*t).clone();
        }
    }
}

/// A concrete call (a query string or a host, no placeholder) outside a heading, printed
/// before the route it instantiates (an overview's sample `GET /v1/health?user=%40a` over
/// `## GET /v1/health`): an example of that route, not an operation of its own.
fn early_examples(doc: &Document, out: &mut Vec<Hit>) {
    let example = |k: usize| {
        let h: &Hit = &out[k];
        (h.route.query || h.route.server.is_some())
            && !h.route.path.contains('{')
            && !doc.blocks[h.block].is_heading()
            && out[k + 1..].iter().any(|l| {
                l.block > h.block
                    && l.route.method == h.route.method
                    && !l.route.query
                    && l.route.server.is_none()
                    && (l.route.path == h.route.path || instance_of(&h.route.path, &l.route.path))
            })
    };
    let drop: Vec<bool> = (0..out.len()).map(example).collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// What a field label names, when it names the route's URL or method: a heading
/// (`##### URL`, `##### Method`) or a paragraph whose first line is the label alone
/// (`**URL**`, `Method:`), with the value on the lines after it.
fn field_label(b: &Block) -> Option<(bool, Option<String>)> {
    let text = b.text.trim();
    let (first, rest) = match b.is_heading() {
        true => (clean_heading(text), None),
        false if b.kind == Kind::Paragraph => {
            let (f, r) = text.split_once('\n').unwrap_or((text, ""));
            let r = r.trim();
            (f.to_string(), (!r.is_empty()).then(|| r.to_string()))
        }
        false => return None,
    };
    let l = first
        .trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':')
        .trim_matches('*')
        .trim()
        .to_ascii_lowercase();
    match l.as_str() {
        "url" | "endpoint" | "path" | "uri" | "route" | "resource url" | "request url" => {
            Some((true, rest))
        }
        "method" | "http method" | "verb" | "request method" => Some((false, rest)),
        _ => None,
    }
}

/// Routes given as a URL and a method under labels of their own, each with its value
/// under it (`##### URL` / `` `/jobs/start` `` / `##### Method` / `` `POST` ``, or `**URL**`
/// / `**Method**` paragraphs, in either order): the URL label and the nearest method label
/// before the next URL label (or after the previous one) give one route, placed at the URL
/// label, whose block starts the operation. A value must be alone on its line.
fn field_label_routes(doc: &Document, out: &mut Vec<Hit>) {
    // (block, is URL, value)
    let mut found: Vec<(usize, bool, String)> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let Some((url, inline)) = field_label(b) else {
            continue;
        };
        let value = inline.or_else(|| {
            doc.blocks
                .get(i + 1)
                .filter(|n| !n.is_heading() && n.table().is_none() && field_label(n).is_none())
                .map(|n| n.text.trim().lines().next().unwrap_or("").to_string())
        });
        let Some(v) = value else { continue };
        let v = v.trim().trim_matches(['`', '*']).trim().to_string();
        if v.is_empty() || v.contains(char::is_whitespace) {
            continue;
        }
        found.push((i, url, v));
    }
    for (k, (i, url, path)) in found.iter().enumerate() {
        if !url {
            continue;
        }
        let next_url = found[k + 1..]
            .iter()
            .position(|f| f.1)
            .map_or(found.len(), |p| k + 1 + p);
        let prev_url = found[..k].iter().rposition(|f| f.1).map_or(0, |p| p + 1);
        let method = found[k + 1..next_url]
            .iter()
            .chain(found[prev_url..k].iter().rev())
            .find(|f| !f.1 && f.0.abs_diff(*i) <= 12)
            .and_then(|f| method_word(&f.2));
        let Some(m) = method else { continue };
        let Some(route) = target_route(m, path) else {
            continue;
        };
        if out.iter().any(|h| {
            h.block.abs_diff(*i) <= 12
                && h.route.method == route.method
                && h.route.path == route.path
        }) {
            continue;
        }
        out.push(Hit {
            block: *i,
            line: doc.blocks[*i].span.line,
            route,
        });
    }
}

/// A path written with `%name%` placeholders (`/rooms/%roomId%/links`): `{name}`.
fn percent_placeholders(path: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(at) = rest.find('%') {
        let after = &rest[at + 1..];
        let end = after.find('%').filter(|&e| {
            e > 0
                && after[..e]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
                && after[..e].starts_with(|c: char| c.is_ascii_alphabetic())
        });
        match end {
            Some(e) => {
                out.push_str(&rest[..at]);
                out.push('{');
                out.push_str(&after[..e]);
                out.push('}');
                rest = &after[e + 1..];
            }
            None => {
                out.push_str(&rest[..=at]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The path a heading holds alone (`## /rooms/%roomId%/links`), placeholders as `{name}`.
fn path_heading(b: &Block) -> Option<String> {
    let t = clean_heading(&b.text);
    let t = t.trim().trim_matches('`');
    (b.is_heading() && t.starts_with('/') && t.len() > 1 && !t.contains(char::is_whitespace))
        .then(|| percent_placeholders(t))
}

/// A heading holding only a path (`## /rooms/%roomId%/links`), with no method: the methods
/// are the first words of paragraphs in its section (`PUT Create a new link.`, `DELETE
/// Remove it`), each an upper-case method word followed by a sentence. Path headings stacked
/// with nothing between them share the section under the last one: each path takes each
/// method. The routes are placed at their path headings.
fn path_heading_routes(doc: &Document, out: &mut Vec<Hit>) {
    let path_of = path_heading;
    let mut i = 0;
    while i < doc.blocks.len() {
        let Some(first) = path_of(&doc.blocks[i]) else {
            i += 1;
            continue;
        };
        let level = doc.blocks[i].level().unwrap_or(0);
        let mut paths = vec![(i, first)];
        let mut j = i + 1;
        while let Some(p) = doc
            .blocks
            .get(j)
            .filter(|b| b.level() == Some(level))
            .and_then(path_of)
        {
            paths.push((j, p));
            j += 1;
        }
        let end = (j..doc.blocks.len())
            .find(|&k| doc.blocks[k].level().is_some_and(|l| l > 0 && l <= level))
            .unwrap_or(doc.blocks.len());
        let methods: Vec<&'static str> = doc.blocks[j..end]
            .iter()
            .filter(|b| b.kind == Kind::Paragraph)
            .filter_map(|b| {
                let mut words = b.text.split_whitespace();
                let w = words.next()?.trim_matches(['*', '`']);
                let m = METHODS.into_iter().find(|m| *m == w)?;
                words.next().is_some().then_some(m)
            })
            .collect();
        for (at, path) in &paths {
            for m in &methods {
                if out.iter().any(|h| h.block == *at && h.route.method == *m) {
                    continue;
                }
                if let Some(route) = target_route(m, path) {
                    out.push(Hit {
                        block: *at,
                        line: doc.blocks[*at].span.line,
                        route,
                    });
                }
            }
        }
        i = j;
    }
}

/// Operations at a path heading ([`path_heading_routes`]), several at one heading (one per
/// method) or at headings stacked with nothing between them: each reads the whole section
/// under the last heading of the stack, up to the next heading of the same or a higher
/// level that is not a label (`## Body`).
fn path_heading_extents(doc: &Document, ops: &mut [OpAt]) {
    for op in ops.iter_mut() {
        let (Some(h), Some(b)) = (op.heading, op.block) else {
            continue;
        };
        let Some(level) = doc.blocks[h].level().filter(|l| *l > 0) else {
            continue;
        };
        if h != b || path_heading(&doc.blocks[h]).is_none() {
            continue;
        }
        let mut last = h;
        while doc
            .blocks
            .get(last + 1)
            .is_some_and(|x| x.level() == Some(level) && path_heading(x).is_some())
        {
            last += 1;
        }
        op.start = last + 1;
        // A label heading at the path's level (`## Body` under `## /path`) is still its.
        op.end = (last + 1..doc.blocks.len())
            .find(|&k| {
                doc.blocks[k].level().is_some_and(|l| l > 0 && l <= level)
                    && !(doc.blocks[k].level() == Some(level)
                        && is_label_heading(&doc.blocks[k].text))
            })
            .unwrap_or(doc.blocks.len());
    }
}

/// Operations at path headings stacked with nothing between them share one parameter
/// table, which lists the placeholders of every path of the stack: a name that is a
/// placeholder of another path of the stack and not of the operation's own route belongs to
/// that path, not to the operation (as a parameter or a body field).
fn stacked_placeholders(
    doc: &Document,
    located: &[OpAt],
    ops: &mut [Operation],
    types: &mut BTreeMap<String, TypeDef>,
) {
    let names = |p: &str| -> Vec<String> {
        p.split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(n, _)| n.to_string()))
            .collect()
    };
    for (o, op) in located.iter().zip(ops.iter_mut()) {
        let (Some(h), Some(route)) = (o.heading, &o.route) else {
            continue;
        };
        let level = doc.blocks[h].level();
        if path_heading(&doc.blocks[h]).is_none() || level.is_none() {
            continue;
        }
        let stacked =
            |k: usize| doc.blocks[k].level() == level && path_heading(&doc.blocks[k]).is_some();
        let mut first = h;
        while first > 0 && stacked(first - 1) {
            first -= 1;
        }
        let mut last = h;
        while last + 1 < doc.blocks.len() && stacked(last + 1) {
            last += 1;
        }
        if first == last {
            continue;
        }
        let own = names(&route.path);
        let others: Vec<String> = (first..=last)
            .filter_map(|k| path_heading(&doc.blocks[k]))
            .flat_map(|p| names(&p))
            .filter(|n| !own.contains(n))
            .collect();
        op.params.retain(|p| !others.contains(&p.name));
        if let Some(TypeRef::Named(t)) = op.body.as_ref().map(|b| &b.ty)
            && let Some(def) = types.get_mut(t)
            && let Some(body) = def.as_struct_mut()
        {
            body.fields.retain(|f| !others.contains(&f.name));
        }
    }
}

/// Calls given only as links (`http://host:9090/svc/users?type=add&secret=s&name=x` on
/// lines of their own, as pages of services driven by query strings print their samples):
/// at least two with one path that no route names, each with a query string, are `GET`s of
/// that path (a link is fetched with `GET`; a warning says the page names no method). The
/// first defines the operation with the query names all of them show; the others are its
/// examples.
fn link_calls(doc: &Document, out: &mut Vec<Hit>) {
    let mut links: Vec<Hit> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let t = b.text.trim();
        if b.kind != Kind::Paragraph
            || t.contains(char::is_whitespace)
            || !(t.starts_with("http://") || t.starts_with("https://"))
        {
            continue;
        }
        if let Some(r) = target_route("GET", t).filter(|r| r.query && !r.pairs.is_empty()) {
            links.push(Hit {
                block: i,
                line: b.span.line,
                route: r,
            });
        }
    }
    let mut paths: Vec<String> = links.iter().map(|h| h.route.path.clone()).collect();
    paths.dedup();
    for path in paths {
        let same: Vec<&Hit> = links.iter().filter(|h| h.route.path == path).collect();
        if same.len() < 2 || out.iter().any(|h| shape(&h.route.path) == shape(&path)) {
            continue;
        }
        let mut pairs: Vec<(String, String)> = Vec::new();
        for h in &same {
            for (n, v) in &h.route.pairs {
                if !pairs.iter().any(|(m, _)| m == n) {
                    pairs.push((n.clone(), v.clone()));
                }
            }
        }
        let mut first = same[0].clone();
        first.route.pairs = pairs;
        first.route.note = Some(format!(
            "the page names no method: its {} sample calls are links, fetched with `GET`",
            same.len()
        ));
        out.push(first);
        out.extend(same[1..].iter().map(|h| (*h).clone()));
    }
}

/// Absolute URLs whose paths start with a base path the page's route templates leave out
/// (`http://host:9090/api/v1/users/alice` on a page whose routes are `/users/{name}`): the
/// server and that base path are the base URL, the route is what follows it. The base is
/// the path prefix that, left out, makes the most absolute URLs (at least two) instances
/// of relative routes, and that no relative route starts with.
fn strip_shared_base(hits: &mut [Hit]) {
    let templates: Vec<String> = hits
        .iter()
        .filter(|h| h.route.server.is_none())
        .map(|h| h.route.path.clone())
        .collect();
    if templates.is_empty() {
        return;
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for h in hits.iter().filter(|h| h.route.server.is_some()) {
        let segs: Vec<&str> = h.route.path.trim_end_matches('/').split('/').collect();
        for n in 2..segs.len() {
            let prefix = segs[..n].join("/");
            let rest = format!("/{}", segs[n..].join("/"));
            let within = |t: &String| {
                t.trim_end_matches('/').split('/').count() == segs.len() - n + 1
                    && instance_of(&rest, t)
            };
            if templates.iter().any(within)
                && !templates
                    .iter()
                    .any(|t| t == &prefix || t.starts_with(&format!("{prefix}/")))
            {
                *counts.entry(prefix).or_default() += 1;
            }
        }
    }
    let Some((base, _)) = counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by_key(|(p, n)| (*n, p.len()))
    else {
        return;
    };
    for h in hits.iter_mut() {
        if let Some(server) = &h.route.server
            && let Some(rest) = h.route.path.strip_prefix(&base)
            && rest.starts_with('/')
        {
            h.route.server = Some(format!("{server}{base}"));
            h.route.path = rest.to_string();
        }
    }
}

/// A route in inline code after a label and a colon, ending the line (or followed only by
/// a note in parentheses): `To list a session: `POST /api/sessions/:id/listing``. A route in
/// code inside a sentence is prose, not a declaration.
fn labelled_code_route(line: &str) -> Option<RouteText> {
    let at = line.find(": `")?;
    let code = &line[at + 3..];
    let close = code.find('`')?;
    let after = code[close + 1..].trim().trim_end_matches('.').trim();
    let noted = after.is_empty() || (after.starts_with('(') && after.ends_with(')'));
    if !noted {
        return None;
    }
    let route = route_line(&code[..close])?;
    // The route's method must be written, not inferred.
    method_word(code[..close].split_whitespace().next()?)?;
    Some(route)
}

/// Routes in a code block: request lines and `curl` calls (continuation lines joined).
fn code_routes(b: &Block) -> Vec<(u32, RouteText)> {
    let first = code_first_line(b);
    let mut out = Vec::new();
    let lines: Vec<&str> = b.text.split('\n').collect();
    let mut k = 0;
    while k < lines.len() {
        let line_no = first + u32::try_from(k).unwrap_or(0);
        let l = lines[k];
        if let Some(r) = route_line(l) {
            out.push((line_no, r));
            k += 1;
            continue;
        }
        if l.trim_start()
            .trim_start_matches('$')
            .trim_start()
            .starts_with("curl ")
        {
            let mut call = String::new();
            let mut j = k;
            // The call goes on over `\`-ended lines, and over lines that are options
            // (`-H …`, `--data …`) as pages print them without the `\`.
            while j < lines.len() {
                let part = lines[j].trim_end();
                call.push_str(part.trim_end_matches('\\'));
                call.push(' ');
                j += 1;
                let next_is_option = lines
                    .get(j)
                    .is_some_and(|n| n.trim_start().starts_with('-'));
                if !part.ends_with('\\') && !next_is_option {
                    break;
                }
            }
            if let Some(r) = curl_route(&call) {
                out.push((line_no, r));
            }
            k = j;
            continue;
        }
        k += 1;
    }
    out
}

/// The first line of a code block's text in the file (a fence's body starts after it).
fn code_first_line(b: &Block) -> u32 {
    let count = u32::try_from(b.text.split('\n').count()).unwrap_or(u32::MAX);
    b.span.line + u32::from(b.span.end_line - b.span.line + 1 > count)
}

/// A `curl` call's parts: the method `-X`/`--request` names, whether it sends data, its
/// `-d` text, its `-H` headers and its other words (the URL among them).
#[derive(Debug, Default)]
struct CurlCall {
    method: Option<&'static str>,
    sends_data: bool,
    data: Option<String>,
    headers: Vec<String>,
    words: Vec<String>,
}

impl CurlCall {
    fn parse(call: &str) -> Self {
        let words = shell_words(call);
        let mut c = CurlCall::default();
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_str();
            let next = words.get(i + 1);
            match w {
                "-X" | "--request" => c.method = next.and_then(|m| method_word(m)),
                "-d" | "--data" | "--data-raw" | "--json" => {
                    c.sends_data = true;
                    c.data = next.cloned();
                }
                "--data-binary" | "--data-urlencode" | "-F" | "--form" => c.sends_data = true,
                "-H" | "--header" => c.headers.extend(next.cloned()),
                "-u" | "--user" | "-o" | "--output" | "-A" | "--user-agent" | "-b" | "--cookie"
                | "-e" | "--referer" | "-w" => {}
                _ => {
                    if let Some(m) = w.strip_prefix("-X").filter(|m| !m.is_empty()) {
                        c.method = method_word(m);
                    } else if let Some(m) = w.strip_prefix("--request=") {
                        c.method = method_word(m);
                    } else if !w.starts_with('-') {
                        c.words.push(w.to_string());
                    }
                    i += 1;
                    continue;
                }
            }
            i += 2;
        }
        c
    }
}

/// The route of a `curl` call: `-X`/`--request` (else POST when data is sent, else GET)
/// and the URL's path.
pub fn curl_route(call: &str) -> Option<RouteText> {
    let c = CurlCall::parse(call);
    let url = c.words.iter().find(|w| {
        *w != "curl" && (w.contains("://") || w.starts_with('/') || w.starts_with('{'))
    })?;
    let method = c
        .method
        .unwrap_or(if c.sends_data { "POST" } else { "GET" });
    target_route(method, url)
}

/// Words of a shell command, quotes removed.
fn shell_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut any = false;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.push(c),
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                any = true;
            }
            None if c.is_whitespace() => {
                if !cur.is_empty() || any {
                    out.push(std::mem::take(&mut cur));
                }
                any = false;
            }
            None => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Routes in a table: a cell that is a route, or a row giving the method and the
/// URL/path/endpoint in columns of their own.
fn table_routes(t: &Table, line: u32) -> Vec<(u32, RouteText)> {
    let col = |names: &[&str]| {
        t.header.iter().position(|h| {
            let h = h.trim().trim_end_matches(':').to_ascii_lowercase();
            names.iter().any(|n| h == *n)
        })
    };
    let method_col = col(&["method", "http method", "verb", "http verb"]);
    let path_col = col(&[
        "url",
        "path",
        "endpoint",
        "route",
        "uri",
        "resource",
        "request",
        "http request",
    ]);
    let mut out = Vec::new();
    for (k, row) in t.rows.iter().enumerate() {
        let at = t.row_lines.get(k).copied().unwrap_or(line);
        if let (Some(m), Some(p)) = (method_col, path_col)
            && let (Some(m), Some(p)) = (row.get(m), row.get(p))
            && let Some(method) = method_word(m.trim())
            && let Some(r) = target_route(method, strip_line_marks(p).as_str())
        {
            out.push((at, r));
            continue;
        }
        if let Some(r) = row.iter().find_map(|c| route_line(c)) {
            out.push((at, r));
        }
    }
    out
}

/// A route written as an element that carries the method as an attribute and the path as
/// its text or a `path`/`url` attribute (MDX components, HTML widgets), read from the
/// block's source lines.
fn element_route(doc: &Document, b: &Block) -> Option<RouteText> {
    let src = doc.source.text(b.span.line, b.span.end_line);
    let lower = src.to_ascii_lowercase();
    let at = lower.find("method=")?;
    let value = attr_value(&src[at + "method=".len()..])?;
    let method = method_word(&value)?;
    // The path: a `path=`/`url=`/`endpoint=` attribute, else the element's text.
    for name in ["path=", "url=", "endpoint=", "route="] {
        if let Some(p) = lower.find(name)
            && let Some(v) = attr_value(&src[p + name.len()..])
        {
            return target_route(method, &v);
        }
    }
    let close = src[at..].find('>')? + at;
    let text_end = src[close..].find('<').map_or(src.len(), |e| close + e);
    target_route(method, &inline_text(&src[close + 1..text_end]))
}

/// Inline Markdown as its text: `[text](url)` → `text`, `\{` → `{`, code ticks removed.
fn inline_text(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(mid) if !after[..mid].contains('[') => {
                out.push_str(&after[..mid]);
                let tail = &after[mid + 2..];
                rest = tail.find(')').map_or("", |c| &tail[c + 1..]);
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("\\", "").replace('`', "").trim().to_string()
}

/// The value of an attribute after `=`: `"x"`, `'x'`, `{"x"}`.
fn attr_value(s: &str) -> Option<String> {
    let s = s.trim_start().trim_start_matches('{');
    let q = s.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let rest = &s[1..];
    let end = rest.find(q)?;
    Some(rest[..end].to_string())
}

/// Routes given as a method and a URL in sibling items or lines (`Method: GET` then
/// `Endpoint: /room`), within one run of items or one paragraph.
/// The path a heading over block `at` names (`## \`/api/v1/emoji\``): the nearest heading
/// that is a path, passing sub-headings (a description) but not a top-level topic.
fn path_heading_over(doc: &Document, at: usize) -> Option<String> {
    for k in (0..at).rev() {
        let b = &doc.blocks[k];
        if !b.is_heading() {
            continue;
        }
        let t = clean_heading(&b.text);
        if t.starts_with('/') && !t.contains(char::is_whitespace) && t.len() > 1 {
            return Some(t);
        }
        if b.level().is_some_and(|l| l <= 2) {
            return None;
        }
    }
    None
}

fn split_routes(doc: &Document) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.blocks.len() {
        let b = &doc.blocks[i];
        // A run: consecutive items, or the lines of one paragraph.
        let mut run: Vec<(usize, u32, &str)> = Vec::new();
        let mut j = i;
        if b.depth().is_some() {
            while let Some(item) = doc.blocks.get(j).filter(|x| x.depth().is_some()) {
                for (k, l) in (0u32..).zip(item.text.split('\n')) {
                    run.push((j, item.span.line + k, l));
                }
                j += 1;
            }
        } else {
            for (k, l) in (0u32..).zip(b.text.split('\n')) {
                run.push((i, b.span.line + k, l));
            }
            j = i + 1;
        }
        let labelled = |l: &str, names: &[&str]| {
            let t = l
                .trim()
                .trim_start_matches(['*', '-', '•'])
                .replace(['`', '*'], "");
            let (k, v) = t.split_once(':')?;
            let k = k.trim().to_ascii_lowercase();
            names.contains(&k.as_str()).then(|| v.trim().to_string())
        };
        // `Method: GET`, also without the colon (`Method `POST``).
        let method_item = |l: &str| {
            labelled(l, &["method", "http method", "verb"]).or_else(|| {
                let t = l
                    .trim()
                    .trim_start_matches(['*', '-', '•'])
                    .replace(['`', '*'], "");
                let (k, v) = t.trim().split_once(' ')?;
                (k.eq_ignore_ascii_case("method") && method_word(v.trim()).is_some())
                    .then(|| v.trim().to_string())
            })
        };
        let method = run
            .iter()
            .find_map(|(bi, line, l)| Some((*bi, *line, method_item(l)?)));
        // The URL in the run, else the path a heading over it names (`## /api/v1/emoji`,
        // then `### Lists the emoji`, then `* Method: GET`).
        let url = run
            .iter()
            .find_map(|(_, _, l)| {
                labelled(l, &["endpoint", "url", "path", "route", "uri", "resource"])
            })
            .or_else(|| method.as_ref().and_then(|_| path_heading_over(doc, i)));
        if let (Some((bi, line, m)), Some(u)) = (method, url)
            && let Some(m) = method_word(m.split_whitespace().next().unwrap_or(""))
            && let Some(r) = target_route(m, u.split_whitespace().next().unwrap_or(""))
        {
            out.push(Hit {
                block: bi,
                line,
                route: r,
            });
        }
        i = j.max(i + 1);
    }
    out
}

// ------------------------------------------------------------------------ labels

/// What a label (a heading, a short line ending in `:`) says the blocks under it are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    /// Parameters, at a location when the label gives one.
    Params(Option<Location>),
    /// Form-encoded body fields (`Form data parameters`).
    Form,
    /// A response, with its status when the label gives one.
    Response(Option<u16>),
    /// An example or other text that holds no parameter list.
    Other,
    /// The events a call sends (`Sends events:`), listed as items.
    Events,
}

/// The status a label gives: `200: OK`, `200 OK`, `Status code 200`, `Response 201`,
/// `HTTP/1.1 204`, `Returns 404`, `Older versions – 404: Not found`.
pub fn status_label(text: &str) -> Option<u16> {
    let t = text.trim().trim_end_matches(':').trim();
    let lower = t.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ':' || c == '–' || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let code = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        (w.len() == 3)
            .then(|| w.parse::<u16>().ok())
            .flatten()
            .filter(|c| (100..600).contains(c))
    };
    // Leading code: `200: OK`, `200 OK`, `201`.
    if let Some(c) = words.first().and_then(|w| code(w)) {
        return (words.len() <= 8).then_some(c);
    }
    // After a dash: `Older Mastodon Versions – 404: Not Found`.
    if let Some((_, tail)) = t.rsplit_once(" – ").or_else(|| t.rsplit_once(" - ")) {
        let tail = tail.trim();
        let first = tail.split(|c: char| c.is_whitespace() || c == ':').next();
        if first.and_then(code).is_some() {
            return status_label(tail);
        }
    }
    // After a status word: `Status code 200`, `Response 201`, `HTTP/1.1 204`, `Returns 404`.
    for (k, w) in words.iter().enumerate() {
        let is_lead = matches!(*w, "status" | "code" | "response" | "returns" | "return")
            || w.starts_with("http/");
        if is_lead && let Some(c) = words.get(k + 1).and_then(|n| code(n)) {
            return (words.len() <= 10).then_some(c);
        }
    }
    None
}

/// The context a label opens, if it is one.
fn label_ctx(text: &str) -> Option<Ctx> {
    // `Options: "a","b"`, `Default: 10`: a fact about the field above, not a label.
    if let Some((k, v)) = text.split_once(':')
        && !v.trim().is_empty()
        && matches!(
            k.trim().trim_matches(['*', '_']).to_lowercase().as_str(),
            "options"
                | "values"
                | "allowed values"
                | "possible values"
                | "enum"
                | "default"
                | "example"
                | "choices"
        )
    {
        return None;
    }
    let t = text.trim().trim_end_matches(':').trim();
    if t.is_empty() || t.split_whitespace().count() > 14 {
        return None;
    }
    if let Some(s) = status_label(t) {
        return Some(Ctx::Response(Some(s)));
    }
    let l = t.to_lowercase();
    let has = |w: &str| l.contains(w);
    let request_side = has("request") || has("param") || has("argument") || has("input");
    let answer_side =
        has("response") || has("returns") || has("return value") || has("output") || has("result");
    if answer_side && (has("response") || (!has("request") && !has("parameter"))) {
        return Some(Ctx::Response(None));
    }
    if events_label(&l) {
        return Some(Ctx::Events);
    }
    if error_label(&l) {
        return Some(Ctx::Response(None));
    }
    // `Example request:` / `Sample request`: the request as the page shows it; JSON under
    // it is the body.
    if (has("example") || has("sample"))
        && (has("request") || has("payload") || has("body"))
        && !has("curl")
    {
        return Some(Ctx::Params(Some(Location::Body)));
    }
    if has("example") || has("sample") || has("curl") || has("version history") {
        return Some(Ctx::Other);
    }
    if has("header") {
        return Some(Ctx::Params(Some(Location::Header)));
    }
    if has("form data") || has("form param") || has("form field") || has("form-data") {
        return Some(Ctx::Form);
    }
    if has("path") || has("url param") || has("uri param") || has("route param") {
        return Some(Ctx::Params(Some(Location::Path)));
    }
    if has("query") {
        return Some(Ctx::Params(Some(Location::Query)));
    }
    if has("body") || has("json") || has("payload") || has("request field") || has("post param") {
        return Some(Ctx::Params(Some(Location::Body)));
    }
    if has("in the url") {
        return Some(Ctx::Params(Some(Location::Query)));
    }
    // `Data:` (Nextcloud's `* Data:` after `* Header:`): what the call sends, located by
    // its method.
    if matches!(l.as_str(), "data" | "request data" | "input data") {
        return Some(Ctx::Params(None));
    }
    if request_side
        || has("field")
        || has("attribute")
        || has("propert")
        || has("option")
        || has("argument")
    {
        return Some(Ctx::Params(None));
    }
    None
}

/// A label over the errors or codes a call answers with (`Errors`, `Error codes`, `Return
/// codes`, `Possible errors`), in lower case: what follows is no parameter list.
fn error_label(l: &str) -> bool {
    let words: Vec<&str> = l
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let errors = words.iter().any(|w| matches!(*w, "error" | "errors"));
    let codes = words.iter().any(|w| matches!(*w, "code" | "codes"))
        && words
            .iter()
            .any(|w| matches!(*w, "return" | "status" | "error" | "errors"));
    (errors || codes)
        && words.iter().all(|w| {
            matches!(
                *w,
                "error"
                    | "errors"
                    | "code"
                    | "codes"
                    | "return"
                    | "status"
                    | "keys"
                    | "key"
                    | "possible"
                    | "messages"
                    | "the"
                    | "and"
            )
        })
}

/// The context a definition gives when its term is a label (`Errors` / `: …`, [`label_name`],
/// [`error_label`]).
fn definition_label(b: &Block) -> Option<Ctx> {
    let term = b.text.split_once('\n')?.0.trim();
    definition(b)?;
    (label_name(term) || error_label(&term.to_lowercase()))
        .then(|| label_ctx(term))
        .flatten()
}

/// A label of fields (`Attributes:`, `The track object has the following fields:`) that
/// names no request side (request, parameter, argument, input, body, query, path, header).
fn answer_fields_label(b: &Block) -> bool {
    if block_label(b) != Some(Ctx::Params(None)) {
        return false;
    }
    let l = b.text.to_lowercase();
    ![
        "request", "param", "argument", "input", "body", "query", "path", "header", "send",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// A listed parameter with no location of its own (an unlabelled table, a list located
/// only by the method) whose name the route's query string shows (`?userId=%userId`): a
/// query parameter.
fn shown_in_query(o: &OpAt, raw: &mut [(RawParam, Option<Ctx>)]) {
    let Some(r) = &o.route else { return };
    for (p, ctx) in raw.iter_mut() {
        if p.location.is_none()
            && matches!(ctx, None | Some(Ctx::Params(None)))
            && r.pairs.iter().any(|(n, _)| *n == p.name)
        {
            p.location = Some(Location::Query);
        }
    }
}

/// A name that is a label, capitalised (`Parameters`, `Response`, `Errors`), as a bold
/// label or an item (`- Parameters: a=1 and b=2`) prints it: never a field.
fn label_name(name: &str) -> bool {
    let n = name.trim().trim_matches(['*', '`', ':']).trim();
    n.starts_with(|c: char| c.is_ascii_uppercase())
        && n.split_whitespace().all(|w| {
            let l = w.to_ascii_lowercase();
            matches!(
                l.as_str(),
                "parameters"
                    | "params"
                    | "arguments"
                    | "request"
                    | "response"
                    | "responses"
                    | "errors"
                    | "returns"
                    | "fields"
                    | "attributes"
                    | "properties"
                    | "headers"
                    | "body"
                    | "example"
                    | "examples"
            )
        })
}

/// A label over the events a call sends (`Events`, `Sends events`, `Emits events`), in
/// lower case and without its colon.
fn events_label(l: &str) -> bool {
    let l = l.trim().trim_end_matches(':').trim();
    matches!(
        l,
        "events"
            | "sends events"
            | "emits events"
            | "broadcasts events"
            | "triggers events"
            | "fires events"
            | "events sent"
            | "events emitted"
    )
}

/// The events a line names after an events label (`Sends events: * a * b (note)`), or
/// none when the line does not start with one.
fn inline_events(text: &str) -> Option<Vec<String>> {
    let (label, rest) = text.trim().split_once(':')?;
    if !events_label(&label.to_lowercase()) || rest.trim().is_empty() {
        return None;
    }
    let rest = rest.trim();
    let sep = if rest.contains('*') { '*' } else { ',' };
    Some(
        rest.split(sep)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

/// Whether a heading is a label inside an operation (`Request`, `Path parameters`,
/// `200: OK`, `Example`), not a topic of its own.
fn is_label_heading(text: &str) -> bool {
    heading_ctx(text).is_some()
        || inline_events(text).is_some()
        || matches!(
            clean_heading(text).to_lowercase().as_str(),
            "request"
                | "response"
                | "responses"
                | "errors"
                | "error"
                | "description"
                | "usage"
                // The security schemes a call needs (`Authorizations: bearerAuth`).
                | "authorizations"
                | "authorizations:"
                | "security"
        )
}

/// Words a label heading is made of (`Form data parameters`, `Query String Params`,
/// `Response Example`); a heading with other words (`Get all notification requests`) is a
/// topic, whatever label word it holds.
const LABEL_WORDS: [&str; 52] = [
    "request",
    "requests",
    "response",
    "responses",
    "parameter",
    "parameters",
    "params",
    "param",
    "path",
    "query",
    "string",
    "form",
    "data",
    "body",
    "headers",
    "header",
    "json",
    "example",
    "examples",
    "sample",
    "samples",
    "field",
    "fields",
    "attributes",
    "arguments",
    "argument",
    "errors",
    "error",
    "returns",
    "return",
    "payload",
    "url",
    "uri",
    "variables",
    "properties",
    "options",
    "input",
    "output",
    "result",
    "results",
    "http",
    "code",
    "codes",
    "status",
    "version",
    "history",
    "curl",
    "content",
    "type",
    "schema",
    "value",
    "values",
];

/// A label and the media type it names after a colon (`Request Body schema:
/// application/json`, `Body: multipart/form-data required`), or the label alone.
fn label_media(text: &str) -> (&str, Option<String>) {
    let t = text.trim();
    if let Some((label, after)) = t.rsplit_once(':') {
        let mut words = after.split_whitespace();
        let media = words.next().filter(|m| media_type_text(m));
        let rest: Vec<&str> = words.collect();
        if let Some(m) = media
            && rest.iter().all(|w| w.eq_ignore_ascii_case("required"))
            && !label.trim().is_empty()
        {
            return (label.trim(), Some(m.to_string()));
        }
    }
    (t, None)
}

/// The context a heading opens, if it is a label heading.
fn heading_ctx(text: &str) -> Option<Ctx> {
    let t = clean_heading(text);
    let t = label_media(&t).0.to_string();
    if let Some(s) = status_label(&t) {
        return Some(Ctx::Response(Some(s)));
    }
    if events_label(&t.to_lowercase()) {
        return Some(Ctx::Events);
    }
    if let Some(ctx) = format_label(&t) {
        return Some(ctx);
    }
    let words_ok = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let l = w.to_lowercase();
            LABEL_WORDS.contains(&l.as_str())
                || matches!(l.as_str(), "the" | "of" | "and" | "a" | "an" | "in" | "for")
                // Qualifiers (`Possible parameters`, `XML Example`, `Optional fields`).
                || matches!(
                    l.as_str(),
                    "possible"
                        | "available"
                        | "supported"
                        | "accepted"
                        | "optional"
                        | "required"
                        | "additional"
                        | "more"
                        | "xml"
                        | "yaml"
                        // `Success Response`, `Successful response`.
                        | "success"
                        | "successful"
                )
        });
    words_ok.then(|| label_ctx(&t)).flatten()
}

/// A section label naming the format of a request or a response (`Body format`,
/// `Request format`, `Success response format`, `Response body`): the JSON under it is the
/// request's body or the response's example.
fn format_label(text: &str) -> Option<Ctx> {
    let l = text.trim().trim_end_matches(':').trim().to_lowercase();
    match l.as_str() {
        "body format" | "request body format" | "request format" => {
            Some(Ctx::Params(Some(Location::Body)))
        }
        "success response format"
        | "successful response format"
        | "response format"
        | "response body"
        | "success response body" => Some(Ctx::Response(None)),
        _ => None,
    }
}

/// A heading's text without an anchor (`{#create}`), shortcodes (`{{%deprecated%}}`) or
/// markup.
fn clean_heading(text: &str) -> String {
    let mut t = text.to_string();
    while let Some(open) = t.find("{{") {
        let Some(close) = t[open..].find("}}") else {
            break;
        };
        t.replace_range(open..open + close + 2, "");
    }
    if let Some(open) = t.find("{#")
        && let Some(close) = t[open..].find('}')
    {
        t.replace_range(open..open + close + 1, "");
    }
    strip_attribute_list(&mut t);
    // An anchor element (`<a id='sendmessage'></a>`) and other inline tags.
    while let Some(open) = t.find("<a ").or_else(|| t.find("</a>")) {
        let Some(close) = t[open..].find('>') else {
            break;
        };
        t.replace_range(open..open + close + 1, "");
    }
    let t = t.replace('`', "");
    // A leading emoji or symbol (`⚙️ sendMessage`).
    let t = t.trim_start_matches(|c: char| {
        !c.is_alphanumeric() && !c.is_whitespace() && !"/{[(.:_$@<".contains(c)
    });
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Leaves out a heading's attribute list as Python-Markdown and kramdown write it
/// (`## List checks {: #list-checks .rule }`, `{: .class}`): an anchor, not title words.
fn strip_attribute_list(t: &mut String) {
    if let Some(open) = t.find("{:")
        && let Some(close) = t[open..].find('}')
    {
        let inner = t[open + 2..open + close].trim();
        let attrs = inner
            .split_whitespace()
            .all(|w| w.starts_with(['#', '.']) || w.contains('='));
        if attrs {
            t.replace_range(open..open + close + 1, "");
        }
    }
}

/// A one-line block read as a label: a heading, or a short paragraph ending in `:` or
/// standing alone like `**Parameters**`.
fn block_label(b: &Block) -> Option<Ctx> {
    match b.kind {
        Kind::Heading { .. } => heading_ctx(&b.text),
        Kind::Item { .. } if !b.text.contains('\n') => {
            let t = b.text.trim();
            (t.ends_with(':') && t.split_whitespace().count() <= 4)
                .then(|| label_ctx(t))
                .flatten()
        }
        Kind::Paragraph if !b.text.contains('\n') => {
            let t = b.text.trim();
            // `options array of objects` is a field line, not a label.
            if field_line(t).is_some() {
                return None;
            }
            // A path or a URL on a line of its own (`/v2/user/body`) is no label.
            if t.starts_with('/') || t.starts_with("http://") || t.starts_with("https://") {
                return None;
            }
            let t = label_media(t).0;
            // A sentence (`Returns a specific chatroom.`) is no label, nor a sentence that
            // ends with one (`Deletes a mapping by its ID. Headers:`).
            let short = t.split_whitespace().count() <= 4 && !t.ends_with('.');
            let prose = t.contains(". ");
            (!prose && (t.ends_with(':') || short))
                .then(|| label_ctx(t))
                .flatten()
        }
        _ => None,
    }
}

// ----------------------------------------------------------------- parameter shapes

/// A parameter as a list shows it, before its location is settled.
#[derive(Debug, Clone, Default)]
struct RawParam {
    name: String,
    ty: Option<String>,
    required: Option<bool>,
    nullable: bool,
    location: Option<Location>,
    doc: String,
    line: u32,
    /// The type a typed item gives (`LIST of Project`, `int list`, `User`), read already.
    ty_ref: Option<TypeRef>,
    /// A default the item states (`Optional: false`), as written.
    default: Option<String>,
    /// `can be missing`: an answer's field that may be absent.
    missing: bool,
    /// The more-indented items under it: the fields of its struct.
    children: Vec<RawParam>,
    /// Bounds a type line gives (`integer [ 1 .. 50 ]`, `<= 25`).
    minimum: Option<serde_json::Value>,
    maximum: Option<serde_json::Value>,
    /// The values an `Enum: "a" "b"` line lists.
    values: Vec<String>,
}

/// `term\n: description` (a Markdown definition list as the Markdown front end keeps it).
/// A field written as lines (`name type [required]` then its description), as pages that
/// set name, type and description apart print it; a browser's copy may glue the parts
/// (`id` / `integer requiredThe id.`, `uidstringrequiredA unique …`), or give no type
/// (`raw` / `Gets or sets …`). Returns the field and the blocks it spans.
fn field_entry(blocks: &[Block], k: usize) -> Option<(RawParam, usize)> {
    let single = |i: usize| {
        blocks
            .get(i)
            .filter(|b| b.kind == Kind::Paragraph && !b.text.trim().contains('\n'))
            .map(|b| b.text.trim())
    };
    // A part of a stacked field after its name: a line of its own (a plain-text capture
    // takes a short line before a blank one for a heading).
    let part = |i: usize| {
        blocks
            .get(i)
            .filter(|b| {
                (b.kind == Kind::Paragraph || b.level() == Some(0)) && !b.text.trim().contains('\n')
            })
            .map(|b| b.text.trim())
    };
    let line = blocks[k].span.line;
    let field = |name: &str, ty: &str, required: bool, doc: &str| RawParam {
        name: name.to_string(),
        ty: Some(ty.to_string()),
        required: Some(required),
        nullable: false,
        location: None,
        doc: doc.trim().to_string(),
        line,
        ..RawParam::default()
    };
    // A capture may print a stacked field's name as a heading of its own (`X-Data-Filter`
    // over `string`): only the stacked shape reads it.
    let heading_name = single(k).is_none();
    let first = single(k).or_else(|| part(k))?;
    // A field stacked a part per line, as Redoc and many rendered references print it:
    // the name, `required` (if so), the type (`integer <int64>`, `string [ 1 .. 50 ]
    // characters`, `Array of strings`), facts (`Default: 10`, `Enum: "a" "b"`, `Example:
    // 5`), then the description.
    if (field_name(first) || odd_wire_name(first))
        && let Some((at, required)) = match part(k + 1) {
            Some("required") => Some((k + 2, true)),
            Some(_) => Some((k + 1, false)),
            None => None,
        }
        && let Some(ty_line) = part(at)
        && let Some(ty) = stacked_type(ty_line).or_else(|| {
            // `string (codigo_externo) <= 50 characters`: a schema's title, a length.
            type_line(ty_line)
                .filter(|t| t.rest.is_empty())
                .and_then(|_| ty_line.split_whitespace().next().map(str::to_string))
        })
    {
        let mut used = at + 1 - k;
        let mut facts = Vec::new();
        while let Some(l) = part(k + used)
            && ["Default:", "Enum:", "Example:", "Examples:", "Value:"]
                .iter()
                .any(|f| l.starts_with(f))
        {
            facts.push(l);
            used += 1;
        }
        let desc = part(k + used).filter(|t| {
            // (`Opções:` over the values it explains: the description, not a label.)
            (!t.ends_with(':') || (label_ctx(t).is_none() && !t.contains(' ')))
                // `HEADER PARAMETERS` after the last field's facts: the next list's label.
                && heading_ctx(t).is_none()
                && stacked_type(t).is_none()
                && !((field_name(t) || odd_wire_name(t))
                    && part(k + used + 1)
                        .is_some_and(|n| n == "required" || stacked_type(n).is_some()))
        });
        if desc.is_some() {
            used += 1;
        }
        let mut p = field(first, &ty, required, desc.unwrap_or(""));
        if let Some(d) = facts.iter().find_map(|f| f.strip_prefix("Default:")) {
            p.default = Some(first_value(d).0);
        }
        if let Some(v) = facts.iter().find_map(|f| f.strip_prefix("Enum:")) {
            p.values = quoted_values(v).0;
        }
        // The type line's format and bounds (`integer <int64> [ 1 .. 50 ]`).
        if let Some(t) = type_line(ty_line) {
            p.ty_ref = Some(t.ty);
            p.nullable |= t.nullable;
            p.minimum = t.minimum;
            p.maximum = t.maximum;
        }
        return Some((p, used));
    }
    if heading_name {
        return None;
    }
    // `name type [required]`, its description on the next line.
    if let Some((name, ty, required)) = field_line(first) {
        let desc = single(k + 1)
            .filter(|t| field_line(t).is_none() && glued_field(t).is_none() && !t.ends_with(':'));
        return Some((
            field(&name, &ty, required, desc.unwrap_or("")),
            1 + usize::from(desc.is_some()),
        ));
    }
    // The name alone, then the type glued to the description.
    if field_name(first)
        && let Some((ty, mut required, rest)) = single(k + 1).and_then(glued_type)
    {
        let mut doc = rest.trim().to_string();
        let mut used = 2;
        if doc.is_empty()
            && !required
            && let Some(after) = single(k + 2).and_then(|t| t.strip_prefix("required"))
        {
            required = true;
            doc = after.trim().to_string();
            used = 3;
        }
        return Some((field(first, ty, required, &doc), used));
    }
    if let Some((name, ty, required, rest)) = glued_field(first) {
        return Some((field(name, ty, required, rest), 1));
    }
    // A name alone over a sentence: a field whose type the page does not give.
    if bare_field_name(first)
        && let Some(desc) = single(k + 1).filter(|t| {
            t.starts_with(|c: char| c.is_uppercase())
                && field_line(t).is_none()
                && glued_field(t).is_none()
        })
    {
        let mut p = field(first, "any", false, desc);
        p.required = None;
        return Some((p, 2));
    }
    None
}

/// The type line of a stacked field (`integer <int64>`, `string [ 1 .. 50 ] characters`,
/// `Array of strings`, `boolean`, `object`): its type words, without format and bounds.
fn stacked_type(line: &str) -> Option<String> {
    let head = line
        .split(['<', '['])
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches("or null")
        .trim();
    let lower = head.to_ascii_lowercase();
    let words = lower.split_whitespace().count();
    ((1..=3).contains(&words)
        && (field_type_words(&lower) || lower == "object" || lower == "array"))
        .then(|| head.to_string())
}

/// `name type [required]`: the name, the type words and whether it says `required`.
fn field_line(line: &str) -> Option<(String, String, bool)> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let name = words.remove(0);
    let required = words.last() == Some(&"required");
    if required {
        words.pop();
    }
    let ty = words.join(" ");
    (field_name(name) && !ty.is_empty() && field_type_words(&ty))
        .then(|| (name.to_string(), ty, required))
}

/// Whether `words` are a field line's type: a type name, or `array of <type names>`.
fn field_type_words(words: &str) -> bool {
    match words.strip_prefix("array of ") {
        Some(item) => field_type_words(item.trim_end_matches('s')) || field_type_words(item),
        None => {
            words == words.to_ascii_lowercase()
                && !words.contains(' ')
                && (words == "object" || crate::normalise::infer::type_word(words).is_some())
        }
    }
}

/// A parameter or field name: ASCII letters, digits, `_`, `-`, `.`, not starting with a digit.
fn field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        || bracketed_name(name)
}

/// A name with a key in brackets (`filter[chain_type]`, `ids[]`), as deep-object query
/// parameters are written.
fn bracketed_name(name: &str) -> bool {
    let Some((head, rest)) = name.split_once('[') else {
        return false;
    };
    field_name(head)
        && rest.ends_with(']')
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'))
}

/// A wire name that starts with a digit or a sign (`2fa`, `$top`, `@type`), as a stacked
/// field prints it over its type line.
fn odd_wire_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '@'))
        && name.len() <= 80
        && name.chars().any(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '$' | '@'))
}

/// A snake_case name (lower-case letters, digits, `_`), as names without a type print.
fn bare_field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Type words at the start of a copied line, glued to what follows, whether `required`
/// follows them, and the rest: `integer requiredApp id` → (`integer`, true, `App id`).
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

/// A copied field line with name, type, `required` and description run together
/// (`uidstringrequiredA unique …`): the shortest name-like prefix followed by type words
/// whose rest starts a description (a capital, `required`, or nothing); failing that, by
/// any type words.
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

fn definition(b: &Block) -> Option<RawParam> {
    let (term, rest) = b.text.split_once('\n')?;
    let desc = rest.trim_start().strip_prefix(':')?;
    let mut p = name_part(term.trim())?;
    p.doc = desc.replace("\\\n", "\n").trim().to_string();
    p.line = b.span.line;
    Some(p)
}

/// A bullet `name - …`, `name: …`, `name — …`, `name (type, required) …`, `name type …`.
/// The parameters of a bullet: one, or several sharing a description (`width,height :
/// Integer. …`).
fn bullets(text: &str, line: u32) -> Vec<RawParam> {
    let t = text.trim();
    if let Some((names, rest)) = t.split_once(':')
        && names.contains(',')
    {
        let parts: Vec<&str> = names.split(',').map(str::trim).collect();
        if parts
            .iter()
            .all(|n| !n.contains(char::is_whitespace) && name_part(n).is_some())
        {
            return parts
                .iter()
                .filter_map(|n| bullet(&format!("{n} :{rest}"), line))
                .collect();
        }
    }
    bullet(text, line).into_iter().collect()
}

/// Whether every line of an item names a wire name (`device_id`, `user.name`) before a
/// dash and a description: a parameter list even without a label over it.
fn dash_list(text: &str) -> bool {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    lines.peek().is_some()
        && lines.all(|l| {
            let Some((name, rest)) = l.split_once(char::is_whitespace) else {
                return false;
            };
            let wire = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
            let rest = rest.trim_start();
            wire && (rest.starts_with("— ") || rest.starts_with("– ") || rest.starts_with("- "))
        })
}

/// The first word of an item written `word — description` (a dash after one word), if
/// it is one.
fn dash_item_name(text: &str) -> Option<String> {
    let (name, rest) = text.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim_start();
    (rest.starts_with("— ") || rest.starts_with("– ") || rest.starts_with("- "))
        .then(|| name.to_string())
}

fn bullet(text: &str, line: u32) -> Option<RawParam> {
    let t = text.trim();
    // `• - member_id: id of the member`: a dash inside the bullet.
    let t = t.strip_prefix("- ").unwrap_or(t).trim_start();
    let first = t.split_whitespace().next()?;
    let head = first.trim_end_matches([':', ',']);
    let mut p = name_part(head)?;
    let rest = t[first.len()..].trim_start();
    // `` `end_time=<timestamp>` to choose … ``: a name written as its query-string pair
    // with a placeholder value needs no separator before its description.
    let pair_in_code = query_pair_name(head.trim_matches(['`', '*'])).is_some()
        // `minimal_response to only return …`: a name no prose word is (snake or camel
        // case) before a description in lower case.
        || (evident_wire_name(&p.name)
            && rest.starts_with(|c: char| c.is_lowercase())
            && !first.ends_with([',', '.']));
    // `name - type …`: a dash between the name and a type.
    let dashed = rest.starts_with("- ") || rest.starts_with("– ");
    let rest = if first.ends_with(':') || pair_in_code {
        rest
    } else if let Some(r) = ["- ", "– ", "— ", ": ", "= "]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
    {
        r
    } else if rest.starts_with('(') {
        rest
    } else if rest.is_empty() || matches!(rest.trim(), ":" | "-" | "–" | "—") {
        // `firstname :`: listed, not described.
        ""
    } else {
        // `name type description` only when the second word is a type word.
        let w = rest.split_whitespace().next().unwrap_or("");
        type_word(w.trim_matches([',', '(', ')', '.']))?;
        rest
    };
    let mut rest = rest.trim().to_string();
    // `int`, `int list`, `LIST of Project`, `bool Optional: false`, `datetime - can be
    // missing - can be null`, `int (note)`: a type, then what is said of the value.
    if dashed && let Some(t) = typed_tail(&rest) {
        p.ty = Some(t.written);
        p.ty_ref = Some(t.ty);
        if t.default.is_some() {
            p.required = Some(false);
        }
        p.default = t.default;
        p.nullable |= t.nullable;
        p.missing = t.missing;
        p.doc = t.note;
        p.line = line;
        return Some(p);
    }
    // `(type, required)` / `(optional)` right after the name.
    // A parenthesis of other words (`(0=no 1=yes)`) is description.
    let marks_only = |inner: &str| {
        inner.split([',', '/', ';']).all(|m| {
            let ml = m.trim().to_ascii_lowercase();
            matches!(
                ml.as_str(),
                "required" | "mandatory" | "optional" | "nullable"
            ) || type_word(&ml).is_some()
                || (m.trim().starts_with(|c: char| c.is_ascii_uppercase())
                    && m.trim().chars().all(|c| c.is_ascii_alphanumeric()))
        })
    };
    if let Some(inner) = rest.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && marks_only(&inner[..close])
    {
        let marks = inner[..close].to_string();
        for m in marks.split([',', '/', ';']) {
            let m = m.trim();
            let ml = m.to_ascii_lowercase();
            if ml == "required" || ml == "mandatory" {
                p.required = Some(true);
            } else if ml == "optional" {
                p.required = Some(false);
            } else if ml == "nullable" {
                p.nullable = true;
            } else if !m.is_empty() && p.ty.is_none() {
                p.ty = Some(m.to_string());
            }
        }
        rest = inner[close + 1..]
            .trim_start_matches([' ', '-', ':', '–', '—'])
            .trim()
            .to_string();
    }
    // `optional string - …`, `integer - …`, `String. …`: marks and a type before a dash.
    if let Some((head, tail)) = rest.split_once(" - ").or_else(|| rest.split_once(" – ")) {
        let words: Vec<&str> = head.split_whitespace().collect();
        if !words.is_empty() && words.len() <= 3 {
            let mut ty = None;
            let mut marks = (None, false);
            let all = words.iter().all(|w| {
                let l = w.trim_matches([',', '.']).to_ascii_lowercase();
                match l.as_str() {
                    "optional" => marks.0 = Some(false),
                    "required" | "mandatory" => marks.0 = Some(true),
                    "nullable" => marks.1 = true,
                    _ if type_word(&l).is_some() && ty.is_none() => ty = Some(w.to_string()),
                    _ => return false,
                }
                true
            });
            if all {
                p.ty = p.ty.take().or(ty);
                p.required = marks.0.or(p.required);
                p.nullable |= marks.1;
                rest = tail.trim().to_string();
            }
        }
    }
    p.doc = rest;
    p.line = line;
    Some(p)
}

/// Puts `p` under `parent` at `depth` levels below it (1: a field of its struct).
fn nest(parent: &mut RawParam, depth: u8, p: RawParam) {
    if depth <= 1 {
        parent.children.push(p);
    } else if let Some(last) = parent.children.last_mut() {
        nest(last, depth - 1, p);
    } else {
        parent.children.push(p);
    }
}

/// What a typed item says after its name: `int`, `LIST of Project`, `bool Optional:
/// false`, `datetime - can be missing - can be null`, `int (parameter needs …)`.
struct TypedTail {
    written: String,
    ty: TypeRef,
    default: Option<String>,
    nullable: bool,
    missing: bool,
    note: String,
}

/// Reads [`TypedTail`]; none unless the text starts with a type and holds nothing but
/// these marks.
fn typed_tail(rest: &str) -> Option<TypedTail> {
    let mut head = rest.trim();
    let mut note = String::new();
    // A note in words (`(parameter needs to be owned by api user)`), not a dump's
    // parenthesis (`Array ( [0] => 1 )`, `stdClass Object ( )`).
    if head.ends_with(')')
        && let Some(open) = head.find(" (")
        && !head[open..].contains("=>")
        && head[open..].chars().filter(|c| c.is_alphabetic()).count() >= 3
    {
        note = head[open + 1..].to_string();
        head = head[..open].trim();
    }
    let mut parts = head.split(" - ");
    let first = parts.next()?.trim();
    let (written, default) = match first.split_once("Optional:") {
        Some((t, d)) => (t.trim(), Some(d.trim().to_string())),
        None => (first, None),
    };
    let ty = item_type(written)?;
    let (mut nullable, mut missing) = (false, false);
    for part in parts {
        match part.trim() {
            "can be null" => nullable = true,
            "can be missing" => missing = true,
            _ => return None,
        }
    }
    Some(TypedTail {
        written: written.to_string(),
        ty,
        default,
        nullable,
        missing,
        note,
    })
}

/// The type an item writes after its name: a type word (`int`, `datetime`), `X list` or
/// `LIST of X` (a list of X), `struct` (its fields are the items under it: an open map
/// until they are read), `array` / `list` (of any), or a capitalised type name (`User`, a
/// PHP class `Wimi\WApi\Parameter\X`), as written.
fn item_type(written: &str) -> Option<TypeRef> {
    let w = written.trim();
    if w.is_empty() || w.split_whitespace().count() > 3 {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    if lower == "struct" {
        return Some(TypeRef::Map(Box::new(TypeRef::ANY)));
    }
    if let Some(item) = lower
        .strip_prefix("list of ")
        .or_else(|| lower.strip_prefix("array of "))
    {
        let item = &w[w.len() - item.len()..];
        return item_type(item).map(|t| TypeRef::List(Box::new(t)));
    }
    if let Some(item) = w.strip_suffix(" list") {
        return item_type(item).map(|t| TypeRef::List(Box::new(t)));
    }
    if !w.contains(' ')
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '\\' || c == '_')
        && type_word(w).is_none()
    {
        return Some(TypeRef::Named(w.to_string()));
    }
    type_word(w)
}

/// The name part of a list entry: `` `name` ``, `name?` (optional), `name*` (required),
/// `:id`; `None` when it is not name-like.
fn name_part(text: &str) -> Option<RawParam> {
    let mut t = text.trim().trim_matches(['`', '*', '"']).trim().to_string();
    let mut p = RawParam::default();
    if t.ends_with('?') {
        t.pop();
        p.required = Some(false);
    } else if t.ends_with('*') {
        t.pop();
        p.required = Some(true);
    }
    let t = t.trim_matches('`').trim_start_matches(':');
    // `slug=<value>`, `end_time=&lt;timestamp&gt;`: a name written as the query-string
    // pair it travels in.
    let t = match query_pair_name(t) {
        Some(name) => {
            p.location = Some(Location::Query);
            name
        }
        None => t,
    };
    // A wire name: letters, digits and `_.-[]:$@`, with a letter somewhere (`2fa` is a
    // name, `200` is not), not starting with punctuation other than `_$@`.
    let ok = !t.is_empty()
        && t.len() <= 80
        && t.chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == '@')
        && t.chars().any(char::is_alphabetic)
        && t.chars()
            .all(|c| c.is_alphanumeric() || "_.-[]:$@".contains(c));
    if !ok {
        return None;
    }
    p.name = t.to_string();
    Some(p)
}

/// A name no prose word is: letters joined by `_` (`minimal_response`), or camel case
/// (`maxVotes`), starting with a lower-case letter.
fn evident_wire_name(name: &str) -> bool {
    let letters = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let snake = name.contains('_') && name.split('_').all(|w| !w.is_empty());
    let camel = name.chars().any(|c| c.is_ascii_uppercase());
    letters && (snake || camel)
}

/// The name of a parameter written as a query-string pair with a placeholder value
/// (`slug=<value>`, `tag=&lt;value&gt;`, `limit={n}`): the part before `=`. A pair with a
/// literal value (`format=json`) is an example, not a parameter's name.
fn query_pair_name(t: &str) -> Option<&str> {
    let (name, value) = t.split_once('=')?;
    let placeholder = (value.starts_with('<') && value.ends_with('>'))
        || (value.starts_with("&lt;") && value.ends_with("&gt;"))
        || (value.starts_with('{') && value.ends_with('}'));
    let named = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || "_.-[]".contains(c));
    (placeholder && named).then_some(name)
}

/// The columns of a parameter table, by their header.
struct Columns {
    name: usize,
    ty: Option<usize>,
    required: Option<usize>,
    location: Option<usize>,
    doc: Option<usize>,
}

fn columns(t: &Table) -> Option<Columns> {
    let find = |names: &[&str]| {
        t.header.iter().position(|h| {
            let h = h
                .trim()
                .trim_matches('*')
                .trim()
                .trim_end_matches(':')
                .to_ascii_lowercase();
            names.iter().any(|n| h == *n)
        })
    };
    let name = find(&[
        "name",
        "field",
        "parameter",
        "parameters",
        "param",
        "argument",
        "attribute",
        "property",
        "key",
        "field name",
        "parameter name",
        "name (type)",
        "option",
    ])
    .or_else(|| t.header.iter().position(|h| name_header(h)))?;
    // `name | string 成员名`: a field's row set as the header (a Markdown table whose
    // first row is data), not column names.
    let other_columns = t
        .header
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != name)
        .any(|(_, h)| {
            let h = h.trim().trim_end_matches(':').to_ascii_lowercase();
            !h.is_empty() && !h.contains(' ')
        });
    if !other_columns
        && t.header
            .iter()
            .enumerate()
            .any(|(i, h)| i != name && h.contains(' ') && type_line(h.trim()).is_some())
    {
        return None;
    }
    Some(Columns {
        name,
        ty: find(&["type", "data type", "value", "format", "field type"]),
        required: find(&[
            "required",
            "required?",
            "mandatory",
            "optional",
            "req",
            "req.",
        ])
        .or_else(|| t.header.iter().position(|h| required_header(h))),
        location: find(&["in", "location", "param type", "parameter type", "where"]),
        doc: find(&[
            "description",
            "desc",
            "details",
            "notes",
            "comment",
            "meaning",
        ]),
    })
}

/// A name column headed by what it names and `Name` (`Param Name`, `Property Name`,
/// `Attribute Name`), markup and a colon aside.
fn name_header(h: &str) -> bool {
    let l = h
        .trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':')
        .to_ascii_lowercase();
    let Some(what) = l.strip_suffix("name") else {
        return false;
    };
    matches!(
        what.trim(),
        "param"
            | "parameter"
            | "field"
            | "property"
            | "attribute"
            | "argument"
            | "arg"
            | "key"
            | "option"
            | "variable"
    )
}

/// A row name struck out (`~~keepEvents~~`): a parameter the API no longer takes.
fn struck_out(name: &str) -> bool {
    let n = name.trim();
    n.len() > 4 && n.starts_with("~~") && n.ends_with("~~")
}

/// A required column headed by both words (`Required / Optional`, `Optional/Required`,
/// `Required or Optional`): its cells say which.
fn required_header(h: &str) -> bool {
    let l = h
        .trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':')
        .to_ascii_lowercase();
    let words: Vec<&str> = l
        .split(|c: char| c == '/' || c == '|' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "or")
        .collect();
    words.len() == 2 && words.contains(&"required") && words.contains(&"optional")
}

/// The rows of a parameter table: by its column names, or, in a table without them, rows
/// of a name and a type line ([`field_rows`]).
fn table_params(t: &Table, line: u32) -> Vec<RawParam> {
    let Some(c) = columns(t) else {
        return field_rows(t, line);
    };
    let mut out = Vec::new();
    for (k, row) in t.rows.iter().enumerate() {
        let cell = |i: Option<usize>| i.and_then(|i| row.get(i)).map(|s| s.trim().to_string());
        // A row of a parameter table names a parameter even when its name is not a wire
        // name the bullets' reading would accept (`a.b c`, `🙂`).
        let Some(mut p) = cell(Some(c.name)).filter(|n| !struck_out(n)).and_then(|n| {
            let n = n.replace('\\', "");
            name_part(&n).or_else(|| {
                let t = n.trim().trim_matches(['`', '*']).trim();
                (!t.is_empty()
                    && t.chars().count() <= 80
                    && !t
                        .chars()
                        .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation()))
                .then(|| RawParam {
                    name: t.to_string(),
                    ..RawParam::default()
                })
            })
        }) else {
            continue;
        };
        p.line = t.row_lines.get(k).copied().unwrap_or(line);
        if let Some(ty) = cell(c.ty).filter(|s| !s.is_empty()) {
            let (ty, nullable) = match ty.strip_prefix('?') {
                Some(t) => (t.to_string(), true),
                None => (ty, false),
            };
            p.nullable |= nullable;
            p.ty = Some(ty);
        }
        if let Some(r) = cell(c.required) {
            let header_optional = t
                .header
                .get(c.required.unwrap_or(0))
                .is_some_and(|h| h.trim().eq_ignore_ascii_case("optional"));
            p.required = required_cell(&r, header_optional).or(p.required);
        }
        if let Some(l) = cell(c.location) {
            p.location = location_word(&l);
        }
        p.doc = cell(c.doc).unwrap_or_default();
        out.push(p);
    }
    out
}

/// A table without column names whose rows are fields as rendered references print them
/// (Redoc's pages and their Markdown captures): the name cell (`id`, with `required` after
/// it on its own line, a space or glued: `idrequired`), then the type line (`integer
/// <int64>`, `string [ 1 .. 50 ] characters`) and what follows it (`Default: 10`, `Enum:
/// "a" "b"`, `Example: 5`, the description). A header that is a row of its own (a capture
/// without an empty first row) is read as one. None unless every row is a field.
fn field_rows(t: &Table, line: u32) -> Vec<RawParam> {
    let header_row = t.header.iter().any(|h| !h.trim().is_empty());
    let rows: Vec<(&Vec<String>, u32)> = std::iter::once(&t.header)
        .filter(|_| header_row)
        .map(|h| (h, line))
        .chain(t.rows.iter().enumerate().map(|(k, r)| {
            let at = t.row_lines.get(k).copied().unwrap_or(line);
            (r, at)
        }))
        .collect();
    let strict: Vec<Option<RawParam>> = rows.iter().map(|(row, at)| field_row(row, *at)).collect();
    let typed = strict.iter().flatten().count();
    // Most rows typed: a row whose type is a word the reader does not know (`date`,
    // `decimal`) is a field of any type, the word its doc.
    let out: Vec<RawParam> = if typed * 2 >= rows.len() {
        strict
            .into_iter()
            .zip(&rows)
            .filter_map(|(p, (row, at))| p.or_else(|| field_row_untyped(row, *at)))
            .collect()
    } else {
        Vec::new()
    };
    if out.is_empty() || out.len() != rows.len() {
        return Vec::new();
    }
    out
}

/// A row of [`field_rows`] whose type is one word the reader does not know (`date`) or
/// alternatives (`Array of A (object) or B (object)`): a field of any type, the words (and
/// what follows) its doc.
fn field_row_untyped(row: &[String], line: u32) -> Option<RawParam> {
    let [name_cell, rest @ ..] = row else {
        return None;
    };
    let word = rest.first()?.lines().next()?.trim();
    // (Or a list of alternatives the reader does not type: `Array of Final Price (object)
    // or Discount (object)`.)
    let composed = word.starts_with("Array of ") && word.contains(" or ");
    if word.is_empty() || !(composed || word.chars().all(|c| c.is_ascii_lowercase())) {
        return None;
    }
    // (Read as typed `any`, the word then the first line of its description.)
    field_row(
        &[name_cell.clone(), format!("any\n{}", rest.join("\n"))],
        line,
    )
}

/// One row of [`field_rows`]: `[name (+ required), type line (+ facts, description)]`.
fn field_row(row: &[String], line: u32) -> Option<RawParam> {
    let [name_cell, rest @ ..] = row else {
        return None;
    };
    if rest.is_empty() {
        return None;
    }
    let name_cell = name_cell.replace("<br>", "\n").replace('\\', "");
    let mut names = name_cell.lines().map(str::trim).filter(|l| !l.is_empty());
    let (name, mut required) = name_required(names.next()?);
    if names.any(|l| l.eq_ignore_ascii_case("required")) {
        required = true;
    }
    let name = name.trim_matches('`');
    if !field_name(name) {
        return None;
    }
    let text = rest.join("\n").replace("<br>", "\n");
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let ty = type_line(lines.next()?)?;
    let mut p = RawParam {
        name: name.to_string(),
        required: Some(required),
        nullable: ty.nullable,
        ty_ref: Some(ty.ty),
        minimum: ty.minimum,
        maximum: ty.maximum,
        line,
        ..RawParam::default()
    };
    let mut doc: Vec<String> = Vec::new();
    for l in std::iter::once(ty.rest.as_str()).chain(lines) {
        field_fact(&mut p, &mut doc, l);
    }
    p.doc = doc.join("\n");
    Some(p)
}

/// A line after a field's type line: `Default: 10` (the default), `Enum: "a" "b"` (the
/// values), `Example: 5` (a fact the reader leaves in the description when it holds more),
/// or description.
fn field_fact(p: &mut RawParam, doc: &mut Vec<String>, line: &str) {
    let l = line.trim();
    if l.is_empty() {
        return;
    }
    if let Some(v) = l.strip_prefix("Default:") {
        let (v, rest) = first_value(v);
        p.default = Some(v);
        field_fact(p, doc, rest);
    } else if let Some(v) = l.strip_prefix("Enum:")
        && let (values, rest) = quoted_values(v)
        && !values.is_empty()
    {
        p.values = values;
        field_fact(p, doc, rest);
    } else if let Some(v) = l.strip_prefix("Example:") {
        let (_, rest) = first_value(v);
        field_fact(p, doc, rest);
    } else if l.eq_ignore_ascii_case("required") {
        p.required = Some(true);
    } else {
        doc.push(l.to_string());
    }
}

/// `namerequired`, `name required`: the name and whether it is required.
fn name_required(t: &str) -> (String, bool) {
    let t = t.trim();
    if let Some((n, r)) = t.split_once(' ')
        && r.trim().eq_ignore_ascii_case("required")
    {
        return (n.trim().to_string(), true);
    }
    match t.strip_suffix("required") {
        Some(n) if !n.is_empty() => (n.to_string(), true),
        _ => (t.to_string(), false),
    }
}

/// A Required cell: `Yes`, `true`, `Required`, `✓` → required; `No`, `Optional`,
/// `Optional Default: x` → optional.
fn required_cell(cell: &str, header_is_optional: bool) -> Option<bool> {
    let l = cell.trim().to_ascii_lowercase();
    let yes = l.starts_with("yes")
        || l.starts_with("true")
        || l.starts_with("required")
        || l.starts_with("mandatory")
        || l == "✓"
        || l == "✔"
        || l == "✅"
        || l == "x"
        || l == "y";
    let no = l.starts_with("no")
        || l.starts_with("false")
        || l.starts_with("optional")
        || l == "-"
        || l == "✗"
        || l == "✘"
        || l == "❌"
        || l == "n";
    match (yes, no) {
        (true, _) => Some(!header_is_optional),
        (_, true) => Some(header_is_optional),
        _ => None,
    }
}

/// A location word of an `In` column.
fn location_word(w: &str) -> Option<Location> {
    // Another notation of the same words: an annotation (`@Path`, `@QueryParam`), Swagger's
    // `formData`, code ticks.
    let l = w
        .trim()
        .trim_matches(['`', '*'])
        .trim_start_matches('@')
        .to_ascii_lowercase();
    let l = ["parameter", "param"]
        .iter()
        .find_map(|s| l.strip_suffix(s).filter(|r| !r.is_empty()))
        .unwrap_or(&l)
        .trim();
    match l {
        "path" | "url" | "uri" | "route" => Some(Location::Path),
        "query" | "querystring" | "query string" => Some(Location::Query),
        "header" | "headers" => Some(Location::Header),
        "body" | "json" | "form" | "formdata" | "form data" | "payload" => Some(Location::Body),
        _ => None,
    }
}

/// The type a type word names (`String`, `integer`, `Array of String`, `snowflake`,
/// `ISO8601 timestamp`, `Hash`), or `None`.
fn type_word(w: &str) -> Option<TypeRef> {
    let l = w.trim().trim_end_matches(['.', ',']).to_ascii_lowercase();
    let l = l.trim();
    if let Some(item) = l
        .strip_prefix("array of ")
        .or_else(|| l.strip_prefix("list of "))
        .or_else(|| l.strip_prefix("array<").map(|s| s.trim_end_matches('>')))
    {
        let item = item.trim_end_matches('s');
        return Some(TypeRef::List(Box::new(
            type_word(item).unwrap_or(TypeRef::Primitive(Primitive::String)),
        )));
    }
    if let Some(item) = l.strip_suffix("[]") {
        return type_word(item).map(|t| TypeRef::List(Box::new(t)));
    }
    let p = match l {
        "string" | "str" | "text" | "snowflake" | "id" | "url" | "uri" | "email" => {
            Primitive::String
        }
        "integer" | "int" | "int32" | "int64" | "long" => Primitive::Integer,
        "number" | "float" | "double" | "decimal" => Primitive::Number,
        "boolean" | "bool" => Primitive::Boolean,
        "datetime" | "timestamp" | "iso8601 timestamp" | "iso 8601 timestamp" | "iso 8601 date"
        | "iso8601" | "date-time" => Primitive::Datetime,
        "date" => Primitive::Date,
        "file" | "binary" => Primitive::Binary,
        "object" | "hash" | "json" | "map" | "dict" | "any" | "mixed" => Primitive::Any,
        "array" | "list" => return Some(TypeRef::List(Box::new(TypeRef::ANY))),
        _ => return None,
    };
    Some(TypeRef::Primitive(p))
}

/// The type a parameter's description gives by its first words (`String.`, `Array of
/// String.`, `Boolean. …`, `{{<required>}} Integer.`), with the cue.
fn described_type(doc: &str) -> Option<(TypeRef, String)> {
    let d = doc.trim();
    // The leading sentence fragment, up to the first `.`, `(` or `,`.
    let head: String = d
        .chars()
        .take_while(|c| !matches!(c, '.' | '(' | ',' | ';' | '\n'))
        .collect();
    let head = head.trim();
    if head.split_whitespace().count() > 4 {
        return None;
    }
    type_word(head).map(|t| (t, head.to_string()))
}

/// What a type line says (see [`type_line`]).
#[derive(Debug, Clone)]
pub(crate) struct TypeLine {
    /// The type, with its format (`integer <int64>` is `int64`).
    pub ty: TypeRef,
    /// `or null`, `Nullable`.
    pub nullable: bool,
    /// `[ 1 .. 50 ]`, `>= 1`.
    pub minimum: Option<serde_json::Value>,
    /// `[ 1 .. 50 ]`, `<= 25` (not a length: `<= 255 characters`).
    pub maximum: Option<serde_json::Value>,
    /// Text after the type on the same line (a capture that glued the description on).
    pub rest: String,
}

/// A type line as rendered references print a field's type under its name (Redoc and
/// others): `string`, `integer <int64>`, `Array of strings`, `Array of objects (Item)`,
/// `object (detailed workflow)`, `string or null`, `integer [ 1 .. 50 ]`, `string <= 255
/// characters`, `any`; and what follows on the line.
pub(crate) fn type_line(line: &str) -> Option<TypeLine> {
    let t = line.trim();
    let lower = t.to_ascii_lowercase();
    let (mut list, mut rest) = match lower.strip_prefix("array of ") {
        Some(_) => (true, &t["array of ".len()..]),
        None => (false, t),
    };
    // The base word: a known type word at the start (captures may glue the description on).
    const WORDS: [&str; 10] = [
        "integers", "integer", "numbers", "number", "strings", "string", "booleans", "boolean",
        "objects", "object",
    ];
    let rl = rest.to_ascii_lowercase();
    let mut base = WORDS
        .iter()
        .find(|w| rl.starts_with(**w))
        .map(|w| w.to_string());
    if base.is_none() {
        for w in ["any", "null", "array", "text", "decimal", "file"] {
            if rl == w || rl.starts_with(&format!("{w} ")) || rl.starts_with(&format!("{w}\n")) {
                base = Some(w.to_string());
                break;
            }
        }
    }
    let base = base?;
    rest = &rest[base.len()..];
    if base == "array" {
        list = true;
    }
    let word = if list {
        crate::normalise::infer::singular(&base)
    } else {
        base.clone()
    };
    let mut nullable = false;
    let mut format: Option<String> = None;
    let mut minimum = None;
    let mut maximum = None;
    loop {
        let r = rest.trim_start();
        if let Some(x) = r.strip_prefix("or null") {
            nullable = true;
            rest = x;
        } else if let Some(x) = r.strip_prefix('<')
            && !x.starts_with('=')
            && let Some(end) = x.find('>')
        {
            format = Some(x[..end].trim().to_string());
            rest = &x[end + 1..];
        } else if let Some(x) = r.strip_prefix('(')
            && let Some(end) = x.find(')')
        {
            rest = &x[end + 1..]; // a schema's title
        } else if let Some(x) = r.strip_prefix("[ ")
            && let Some(end) = x.find(" ]")
        {
            let inner = &x[..end];
            let after = x[end + 2..].trim_start();
            // `[ 1 .. 50 ] characters`, `[ 1 .. 5 ] items`: a length, not a value's bounds.
            let length = after
                .strip_prefix("characters")
                .or_else(|| after.strip_prefix("items"));
            if let Some((lo, hi)) = inner.split_once(" .. ")
                && length.is_none()
            {
                minimum = Some(json_value(lo.trim()));
                maximum = Some(json_value(hi.trim()));
            }
            rest = length.unwrap_or(&x[end + 2..]);
        } else if let Some(x) = r.strip_prefix(">= ").or_else(|| r.strip_prefix("> ")) {
            let (v, after) = first_value(x);
            if !r.contains("characters")
                && !after.starts_with("characters")
                && !after.starts_with("items")
            {
                minimum = Some(json_value(&v));
            }
            rest = after
                .strip_prefix("characters")
                .or_else(|| after.strip_prefix("items"))
                .unwrap_or(after);
        } else if let Some(x) = r.strip_prefix("<= ").or_else(|| r.strip_prefix("< ")) {
            let (v, after) = first_value(x);
            if !after.starts_with("characters") && !after.starts_with("items") {
                maximum = Some(json_value(&v));
            }
            rest = after
                .strip_prefix("characters")
                .or_else(|| after.strip_prefix("items"))
                .unwrap_or(after);
        } else if let Some(x) = r.strip_prefix("non-empty") {
            rest = x;
        } else if let Some(x) = r
            .strip_prefix("Nullable")
            .or_else(|| r.strip_prefix("nullable"))
        {
            nullable = true;
            rest = x;
        } else {
            break;
        }
    }
    let scalar = match format.as_deref().and_then(|f| {
        let f = f.trim_end_matches(' ');
        match f {
            "int32" | "int64" | "date" | "binary" | "uint64" => {
                crate::normalise::infer::type_word(f)
            }
            "date-time" => Some(TypeRef::Primitive(Primitive::Datetime)),
            "uint8" => Some(TypeRef::Primitive(Primitive::Uint8)),
            "float" | "double" => Some(TypeRef::Primitive(Primitive::Number)),
            _ => None,
        }
    }) {
        Some(t) if matches!(word.as_str(), "integer" | "number" | "string") => t,
        _ => match word.as_str() {
            "file" => TypeRef::Primitive(Primitive::Binary),
            "null" => TypeRef::ANY,
            w => crate::normalise::infer::type_word(w)?,
        },
    };
    let ty = if list {
        TypeRef::List(Box::new(scalar))
    } else {
        scalar
    };
    Some(TypeLine {
        ty,
        nullable,
        minimum,
        maximum,
        rest: rest.trim().to_string(),
    })
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

/// A value as written: JSON, else the text.
fn json_value(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.to_string()))
}

// ---------------------------------------------------------------------- operations

/// What the reader keeps between operations.
struct Reader<'a> {
    doc: &'a Document,
    kit: Kit<'a>,
    auth: Option<Auth>,
    servers: Vec<String>,
    profile: Profile,
    /// The path prefix every route shares (`/api/v3`), left out of ids made from routes.
    id_prefix: String,
    /// Per section heading, the fields its introduction lists.
    section_fields: BTreeMap<usize, Vec<RawParam>>,
}

/// Where an operation is: its route (or RPC name), the blocks of its extent, its name.
#[derive(Debug, Clone)]
struct OpAt {
    route: Option<RouteText>,
    rpc: Option<String>,
    line: u32,
    /// The line of the route that defines it (of its heading for an RPC method).
    route_at: u32,
    start: usize,
    end: usize,
    name: String,
    heading: Option<usize>,
    /// The block of the route that defines it.
    block: Option<usize>,
    /// For a route documented again on the page: the operation it repeats (index into the
    /// operations found so far). Its extent is read as more of that operation's.
    repeat_of: Option<usize>,
    /// Further extents (a route documented again), read after the first.
    more: Vec<(usize, usize)>,
    /// A method a list of methods names and no section documents: its description there.
    listed: Option<Option<String>>,
    /// The description a list of methods gives a method a section documents.
    index_doc: Option<String>,
}

/// How well `doc` reads as an API reference: the operations it would find.
pub fn score(doc: &Document) -> (u32, String) {
    let ops = locate(doc);
    if ops.is_empty() {
        return (0, "no route (`METHOD /path`) or RPC method heading".into());
    }
    let routes = ops.iter().filter(|o| o.route.is_some()).count();
    (
        super::capped(ops.len(), 100),
        format!(
            "{} operation(s): {routes} by route, {} by method name",
            ops.len(),
            ops.len() - routes
        ),
    )
}

/// The operation that owns each block: the last topic heading (not a label) before it.
fn owner_heading(doc: &Document, block: usize) -> Option<usize> {
    (0..=block.min(doc.blocks.len().saturating_sub(1)))
        .rev()
        .find(|&i| {
            (doc.blocks[i].is_heading()
                && (doc.blocks[i].level() != Some(0) || level0_topic(doc, i))
                && !is_label_heading(&doc.blocks[i].text)
                && field_label(&doc.blocks[i]).is_none())
                || name_line(doc, i)
        })
}

/// A plain-text capture's heading (level 0, a short line of its own) is a topic when a
/// route follows it before the next heading (an introduction between: a description, a
/// list of fields): a name over its route (`Create message` / `POST /x`).
fn level0_topic(doc: &Document, i: usize) -> bool {
    // `Пример ответа:` ends in a colon: a label of what follows, not a name.
    !doc.blocks[i].text.trim_end().ends_with(':')
        && doc.blocks[i + 1..]
            .iter()
            .take(12)
            .take_while(|b| !b.is_heading())
            .any(|b| b.text.lines().next().and_then(route_line).is_some())
}

/// In a plain-text capture, where headings carry no mark, a short line right over a route
/// line names the operation (`type` / `GET /api/type/{self}`).
fn name_line(doc: &Document, i: usize) -> bool {
    let b = &doc.blocks[i];
    let t = b.text.trim();
    doc.kind == crate::read::blocks::InputKind::Text
        && b.kind == Kind::Paragraph
        && !t.is_empty()
        && !t.contains('\n')
        && t.split_whitespace().count() <= 8
        && !t.ends_with([':', ','])
        // A sentence is prose, unless it stands alone between the previous operation's
        // example and this route (`Картинка команды.`).
        && (!t.ends_with('.')
            || (i > 0 && doc.blocks[i - 1].is_code() && !t.trim_end_matches('.').contains(". ")))
        && route_line(t).is_none()
        && block_label(b).is_none()
        && inline_events(t).is_none()
        && doc
            .blocks
            .get(i + 1)
            .is_some_and(|n| n.text.lines().next().and_then(route_line).is_some())
}

/// The operations of `doc` and their extents.
fn locate(doc: &Document) -> Vec<OpAt> {
    let all = hits(doc);
    // Defining hits, grouped by owner heading (None: the page).
    let mut ops: Vec<OpAt> = Vec::new();
    for h in &all {
        if generic_target(&h.route.path) {
            continue;
        }
        let owner = owner_heading(doc, h.block);
        if optional_tail_call(doc, &all, &ops, owner, h) {
            continue;
        }
        // The same route again anywhere on the page, or an instance of a route in the same
        // section (a concrete id, a query string, a base path before it), is an example; a
        // template after its own example in the section takes the example's place.
        // A call with a query string is an example wherever it stands.
        // A call to a concrete URL (a host, a query string) under a sub-heading of an
        // operation's section (`### Examples` under `## Retrieve a user`) is its example.
        let example = h.route.query || h.route.server.is_some();
        let same = |o: &OpAt| {
            o.route.as_ref().is_some_and(|r| {
                r.method == h.route.method
                    && (shape(&r.path) == shape(&h.route.path)
                        || ((o.heading == owner
                            || h.route.query
                            || (example && within_section(doc, o.heading, owner))
                            // A call to a host with concrete values where a template
                            // documented before has placeholders: its example.
                            || (example && !h.route.path.contains('{') && r.path.contains('{')))
                            && instance_of(&h.route.path, &r.path)))
            })
        };
        // A heading that declares a route documents an operation even when another heading
        // declares the same route (`Create DM` and `Create Group DM`, one endpoint).
        // In a capture, a route right under its own name line is declared the same way.
        let named =
            owner.is_some_and(|o| o + 1 == h.block && doc.blocks[o].level().is_none_or(|l| l == 0));
        let declared = (matches!(doc.blocks[h.block].kind, Kind::Heading { .. })
            || named
            || restated(doc, &all, &ops, owner, h))
            && !ops.iter().any(|o| o.heading == owner);
        // A concrete call (a host or a query string, concrete values) in an operation's
        // section with another method than its route: an example written with the wrong
        // method, not a new operation.
        let own_call = example
            && !h.route.path.contains('{')
            && ops.iter().any(|o| {
                (o.heading == owner || within_section(doc, o.heading, owner))
                    && o.route.as_ref().is_some_and(|r| {
                        r.path.contains('{') && instance_of(&h.route.path, &r.path)
                    })
            });
        if (own_call || other_method_call(doc, &all, &ops, owner, h)) && !ops.iter().any(same) {
            continue;
        }
        // A route right after its own list of answers (a two-panel page's panel) under a
        // title of its own, with placeholder names of its own, is an operation of its own
        // (an API may declare one path twice: `/mapping/{mappingId}`,
        // `/mapping/{numberToMessageAppMapId}`).
        let own_panel = |o: &OpAt| {
            owner.is_some_and(|t| {
                o.heading != owner
                    && o.route.as_ref().is_some_and(|r| r.path != h.route.path)
                    && answer_list_before(doc, t, h.block)
            })
        };
        if ops.iter().any(|o| same(o) && !own_panel(o)) && !declared {
            // The same route on a line of its own again, documented once more (its own
            // description, list and examples follow): more of the same operation.
            if let Some(first) = repeated(doc, &ops, h) {
                ops.push(OpAt {
                    route: Some(h.route.clone()),
                    rpc: None,
                    line: h.line,
                    route_at: h.line,
                    start: h.block,
                    end: doc.blocks.len(),
                    name: String::new(),
                    heading: owner,
                    block: Some(h.block),
                    repeat_of: Some(first),
                    more: Vec::new(),
                    listed: None,
                    index_doc: None,
                });
            }
            continue;
        }
        if let Some(o) = ops.iter_mut().find(|o| {
            o.heading == owner
                && o.route.as_ref().is_some_and(|r| {
                    r.method == h.route.method
                        && h.route.path.contains('{')
                        && instance_of(&r.path, &h.route.path)
                })
        }) {
            o.route = Some(h.route.clone());
            continue;
        }
        // A route that ends the document with nothing after it was cut off by the
        // capture: its path cannot be trusted.
        if h.block + 1 >= doc.blocks.len()
            && !matches!(doc.blocks[h.block].kind, Kind::Heading { .. })
        {
            let last_line = doc.blocks[h.block].span.end_line;
            if h.line == last_line && owner.is_none_or(|o| o + 1 == h.block) {
                continue;
            }
        }
        let name = match owner {
            Some(o) => op_name(&doc.blocks[o].text, &h.route),
            None => format!("{} {}", h.route.method, h.route.path),
        };
        ops.push(OpAt {
            route: Some(h.route.clone()),
            rpc: None,
            line: owner.map_or(h.line, |o| doc.blocks[o].span.line),
            route_at: h.line,
            start: owner.map_or(h.block, |o| o + 1),
            end: doc.blocks.len(),
            name,
            heading: owner,
            block: Some(h.block),
            repeat_of: None,
            more: Vec::new(),
            listed: None,
            index_doc: None,
        });
    }
    route_rule(doc, &all, &mut ops);
    if ops.is_empty() {
        ops = rpc_methods(doc);
        ops = with_index(doc, ops);
    }
    set_extents(doc, &mut ops);
    field_label_names(doc, &mut ops);
    path_heading_extents(doc, &mut ops);
    // A route documented again: its extent is read as more of the first operation.
    for k in (0..ops.len()).rev() {
        if let Some(first) = ops[k].repeat_of {
            let extent = (ops[k].start, ops[k].end);
            ops[first].more.insert(0, extent);
        }
    }
    ops.retain(|o| o.repeat_of.is_none());
    // Operations sharing a heading (a section of several routes) are each at their route.
    for k in 0..ops.len() {
        if ops[k].route.is_some()
            && ops[k].heading.is_some()
            && ops.iter().filter(|o| o.heading == ops[k].heading).count() > 1
        {
            ops[k].line = ops[k].route_at;
        }
    }
    trailing_extents(doc, &mut ops);
    routeless_panels(doc, &mut ops);
    // A page that documents one operation: the page is its extent, and when the route sits
    // under an admonition (`# Post Message` over `## IMPORTANT`), the page title names it.
    if let [only] = ops.as_mut_slice()
        && only.route.is_some()
    {
        only.start = 0;
        only.end = doc.blocks.len();
        if let (Some(h), Some(route)) = (only.heading, &only.route)
            && is_admonition(&doc.blocks[h].text)
            && let Some((t, top)) = doc.headings().find(|(_, b)| b.level() == Some(1))
            && t < h
        {
            only.name = op_name(&top.text, route);
        }
    }
    ops
}

/// A path made only of placeholders (`/ENDPOINT`, `/{path}`, `/{APIVERSION}/{FUNCTION}`):
/// the template of any call, as an introduction shows how to call the API (`curl
/// http://IP_ADDRESS:8123/ENDPOINT`), not an operation. A capitalised word (`ENDPOINT`)
/// counts as a placeholder here; the root `/` is a path of its own.
fn generic_target(path: &str) -> bool {
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    let placeholder = |s: &&str| s.starts_with('{') || capital_word(s);
    !path.trim_matches('/').is_empty() && segs.iter().all(placeholder)
}

/// A concrete call (a query string) in an operation's section whose path is the
/// operation's route without its last placeholders (`/history/period?filter=x` under
/// `/history/period/{timestamp}`, whose timestamp the page calls optional): an example of
/// that operation, unless the page declares the shorter route itself.
fn optional_tail_call(
    doc: &Document,
    all: &[Hit],
    ops: &[OpAt],
    owner: Option<usize>,
    h: &Hit,
) -> bool {
    if !h.route.query || h.route.path.contains('{') {
        return false;
    }
    !declared_elsewhere(all, h)
        && ops.iter().any(|o| {
            (o.heading == owner || within_section(doc, o.heading, owner))
                && o.route.as_ref().is_some_and(|r| {
                    let mut segs: Vec<&str> = r.path.trim_end_matches('/').split('/').collect();
                    let mut dropped = false;
                    while segs.len() > 2 && segs.last().is_some_and(|s| s.starts_with('{')) {
                        segs.pop();
                        dropped = true;
                    }
                    r.method == h.route.method
                        && dropped
                        && instance_of(&h.route.path, &segs.join("/"))
                })
        })
}

/// A call to a host (`curl -X POST 'http://localhost:9000/api/x'`) in the section of an
/// operation whose heading declares the same path with another method (`#### PUT /api/x`):
/// the page's example written with the wrong method, unless the page declares the call's
/// route elsewhere.
fn other_method_call(
    doc: &Document,
    all: &[Hit],
    ops: &[OpAt],
    owner: Option<usize>,
    h: &Hit,
) -> bool {
    if h.route.server.is_none() || owner.is_none() {
        return false;
    }
    !declared_elsewhere(all, h)
        && ops.iter().any(|o| {
            o.heading == owner
                && o.block.is_some_and(|b| doc.blocks[b].is_heading())
                && o.route.as_ref().is_some_and(|r| {
                    r.method != h.route.method
                        && shape(&r.path) == shape(&instance_path(&h.route.path, &r.path))
                })
        })
}

/// Whether the page declares `h`'s route itself: a hit with the same method and path shape,
/// written without a server or a query string.
fn declared_elsewhere(all: &[Hit], h: &Hit) -> bool {
    all.iter().any(|x| {
        x.route.method == h.route.method
            && !x.route.query
            && x.route.server.is_none()
            && shape(&x.route.path) == shape(&h.route.path)
    })
}

/// `path` with the segments a template's placeholders hold put back as placeholders, for
/// comparing a concrete call with its template.
fn instance_path(path: &str, template: &str) -> String {
    if instance_of(path, template) {
        template.to_string()
    } else {
        path.to_string()
    }
}

/// A heading that is a parameter's name (`#### channel`, `##### \`text\``, under a
/// parameter label): the parameter, described by the paragraphs under it (`*string*,
/// required. The channel.`), and the number of blocks it spans. Label words (`Example`,
/// `Response`) and sentences are no names; a name starts in lower case or is snake or camel
/// case.
fn argument_heading(blocks: &[Block], k: usize) -> Option<(RawParam, usize)> {
    let b = &blocks[k];
    let text = clean_heading(&b.text);
    if text.contains(char::is_whitespace)
        || is_label_heading(&b.text)
        || label_ctx(&text).is_some()
        || !(text.starts_with(|c: char| c.is_lowercase()) || evident_wire_name(&text))
    {
        return None;
    }
    let mut p = name_part(&text)?;
    let mut used = 1;
    let mut doc = Vec::new();
    while let Some(n) = blocks.get(k + used)
        && n.kind == Kind::Paragraph
    {
        doc.push(n.text.trim().to_string());
        used += 1;
    }
    // `string, required. The channel.` / `(string, required) The channel.`: marks and a type
    // read as a bullet would read them.
    let joined = doc.join("\n");
    if let Some(read) = bullet(&format!("{} - {joined}", p.name), b.span.line) {
        p = RawParam {
            name: p.name,
            location: p.location,
            ..read
        };
    } else {
        p.doc = joined;
        p.line = b.span.line;
    }
    Some((p, used))
}

/// Whether `b` is the code block that holds the route at line `route_at` (the request
/// line printed alone in a fence, the body's sample in the next one).
fn route_block_before(b: &Block, route_at: u32) -> bool {
    b.is_code() && b.span.line <= route_at && route_at <= b.span.end_line
}

/// A route restated as the first route of a section of its own, a sibling of the section
/// of the operation just before with the same route (`## Replace the members` and `## Add
/// members`, both `PUT /rooms/{name}/{role}`): the page documents two operations on one
/// route; kept as its own (the reader warns), never folded into the first. A route that opens
/// a code block is a sample request, and a sibling section showing the same request again
/// (`#### An ordinary request`, `#### Including a picture in the request`) shows another
/// example of the one operation.
fn restated(doc: &Document, all: &[Hit], ops: &[OpAt], owner: Option<usize>, h: &Hit) -> bool {
    let (Some(o), Some(prev)) = (owner, ops.last()) else {
        return false;
    };
    let Some(ph) = prev.heading else {
        return false;
    };
    let level = doc.blocks[o].level();
    !h.route.query
        && h.route.server.is_none()
        && !matches!(doc.blocks[h.block].kind, Kind::Code { .. })
        && ph < o
        && level.is_some_and(|l| l > 0)
        && doc.blocks[ph].level() == level
        && clean_heading(&doc.blocks[ph].text) != clean_heading(&doc.blocks[o].text)
        && prev.route.as_ref().is_some_and(|r| {
            r.method == h.route.method && shape(&r.path) == shape(&h.route.path)
        })
        // The first route of its section, on a line of its own.
        && !all.iter().any(|x| x.block > o && x.block < h.block)
        && doc.blocks[o + 1..h.block].iter().all(|b| !b.is_heading())
}

/// Method headings routed by the rule the page shows (`### publish` whose example calls
/// `POST /api/publish`, `### history` calling `POST /api/history`): when at least two
/// headings of one section name the last segment of a route they hold, with one method
/// and one prefix, that rule routes every sibling heading named like them (`### subscribe`
/// → `POST /api/subscribe`, said in a warning), and the operation of such a route found
/// under another heading (the introduction's first example) moves to its method heading.
/// A heading without that evidence keeps no route.
fn route_rule(doc: &Document, all: &[Hit], ops: &mut Vec<OpAt>) {
    let parent = |h: usize| {
        let level = doc.blocks[h].level().unwrap_or(0);
        (0..h)
            .rev()
            .find(|&i| doc.blocks[i].level().is_some_and(|l| l > 0 && l < level))
    };
    // (method, prefix, parent, level) -> the method headings showing it.
    let mut shown: BTreeMap<(String, String, Option<usize>, u8), Vec<usize>> = BTreeMap::new();
    for h in all {
        let Some(o) = owner_heading(doc, h.block) else {
            continue;
        };
        let Some(level) = doc.blocks[o].level().filter(|&l| l > 0) else {
            continue;
        };
        let name = clean_heading(&doc.blocks[o].text);
        if let Some(prefix) = h.route.path.strip_suffix(&format!("/{name}"))
            && !prefix.is_empty()
            && !prefix.contains('{')
            && method_heading_name(&name)
        {
            let key = (h.route.method.clone(), prefix.to_string(), parent(o), level);
            let v = shown.entry(key).or_default();
            if !v.contains(&o) {
                v.push(o);
            }
        }
    }
    let Some(((method, prefix, up, level), heads)) = shown
        .into_iter()
        .filter(|(_, v)| v.len() >= 2)
        .max_by_key(|(_, v)| v.len())
    else {
        return;
    };
    let lower = |i: &usize| {
        clean_heading(&doc.blocks[*i].text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    let case = heads.iter().all(lower);
    let mut added = false;
    for s in (up.map_or(0, |u| u + 1))..doc.blocks.len() {
        let b = &doc.blocks[s];
        match b.level() {
            Some(l) if l > 0 && l < level => {
                if s > heads[0] {
                    break;
                }
                continue;
            }
            Some(l) if l == level => {}
            _ => continue,
        }
        let name = clean_heading(&b.text);
        if !method_heading_name(&name)
            || lower(&s) != case
            || parent(s) != up
            || !lists_parameters(doc, s, level)
        {
            continue;
        }
        if ops.iter().any(|o| o.heading == Some(s)) {
            continue;
        }
        let path = format!("{prefix}/{name}");
        if let Some(o) = ops.iter_mut().find(|o| {
            o.route
                .as_ref()
                .is_some_and(|r| r.method == method && r.path == path)
        }) {
            // Found first under another heading (an introduction's example).
            o.heading = Some(s);
            o.start = s + 1;
            o.line = b.span.line;
            o.name = name;
            o.block = None;
            added = true;
            continue;
        }
        ops.push(OpAt {
            route: Some(RouteText {
                method: method.clone(),
                path,
                server: None,
                query: false,
                pairs: Vec::new(),
                note: Some(format!(
                    "no route printed; `{method} {prefix}/<method>` as the page shows for {} methods",
                    heads.len()
                )),
            }),
            rpc: None,
            line: b.span.line,
            route_at: b.span.line,
            start: s + 1,
            end: doc.blocks.len(),
            name,
            heading: Some(s),
            block: None,
            repeat_of: None,
            more: Vec::new(),
            listed: None,
            index_doc: None,
        });
        added = true;
    }
    if added {
        ops.sort_by_key(|o| o.heading.map_or(o.start, |h| h));
    }
}

/// Whether the section of heading `s` (of `level`) documents what a call sends: a
/// parameter table, a parameter label, or a heading naming a request type
/// (`#### SubscribeRequest`), before the next heading of its level or higher.
fn lists_parameters(doc: &Document, s: usize, level: u8) -> bool {
    doc.blocks[s + 1..]
        .iter()
        .take_while(|b| b.level().is_none_or(|l| l == 0 || l > level))
        .any(|b| {
            b.table().is_some_and(|t| columns(t).is_some())
                || (b.is_heading() && request_type_heading(&b.text))
                || matches!(block_label(b), Some(Ctx::Params(_) | Ctx::Form))
        })
}

/// A heading that names a method: one identifier (`publish`, `presence_stats`,
/// `sendMessage`, `chat.postMessage`).
fn method_heading_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 60
        && name.chars().next().is_some_and(char::is_alphabetic)
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && !name.ends_with('.')
}

/// Whether heading `inner` lies in the section of heading `outer`: a deeper heading after
/// it with no heading of `outer`'s level or higher between.
fn within_section(doc: &Document, outer: Option<usize>, inner: Option<usize>) -> bool {
    let (Some(a), Some(s)) = (outer, inner) else {
        return false;
    };
    let Some(level) = doc.blocks[a].level().filter(|&l| l > 0) else {
        return false;
    };
    a < s
        && doc.blocks[a + 1..=s]
            .iter()
            .all(|b| b.level().is_none_or(|l| l == 0 || l > level))
}

/// Operations whose route follows their content, as two-panel renderers print them (Redoc
/// and its captures: the title, the description, the parameter and body labels,
/// `Responses` with the statuses, then the route and the request and response samples):
/// a route outside any ranked heading with a response label between the previous
/// operation and it runs from its title (found back from its first label, see
/// [`panel_title`]) to the end of its panel ([`panel_end`]: the route, its server URLs, the
/// samples), not from the route to the next one.
fn trailing_extents(doc: &Document, ops: &mut [OpAt]) {
    let mut floor = 0;
    for k in 0..ops.len() {
        let Some(rb) = ops[k]
            .block
            .filter(|_| ops[k].route.is_some() && ops[k].more.is_empty())
        else {
            continue;
        };
        let ranked = |i: usize| doc.blocks[i].level().is_some_and(|l| l > 0);
        if ranked(rb) || ops[k].heading.is_some_and(ranked) {
            floor = ops[k].end;
            continue;
        }
        let from = floor.max(ops[k].heading.map_or(0, |h| h + 1)).min(rb);
        let answer = answer_list_before(doc, from, rb);
        let first_label = (from..rb).find(|&i| {
            block_label(&doc.blocks[i]).is_some() || is_label_heading(&doc.blocks[i].text)
        });
        let (Some(first_label), true) = (first_label, answer) else {
            floor = rb + 1;
            continue;
        };
        let end = panel_end(doc, rb);
        if let Some((title, start)) = panel_title(doc, from, first_label) {
            ops[k].name = clean_heading(&doc.blocks[title].text);
            ops[k].line = doc.blocks[title].span.line;
            ops[k].start = start;
        } else {
            ops[k].start = first_label;
        }
        ops[k].heading = None;
        ops[k].end = end;
        if let Some(next) = ops.get_mut(k + 1)
            && next.start < end
        {
            next.start = end.min(next.end);
        }
        floor = end;
    }
}

/// Operations whose route the page does not show at all (a two-panel capture that lost
/// it): a `Responses` label outside every operation found, with request labels before it
/// (`Authorizations`, parameters, a body schema) or a samples panel after its statuses, is
/// an operation of unknown route. It runs from its title (read back as for a trailing
/// route, [`panel_title`]) to the end of its samples panel. On a page whose operations are
/// such panels, routes before the first of them are the introduction's examples (`Request:`
/// / `GET https://…/api/v1/`), not operations.
fn routeless_panels(doc: &Document, ops: &mut Vec<OpAt>) {
    // A label in the extent of an operation whose route comes after it (a trailing route)
    // or that is its own (a heading's) is that operation's; one after a route on a line of
    // a capture may start a panel of its own (see below).
    let claimed = |ops: &[OpAt], i: usize| {
        ops.iter().any(|o| {
            let unranked = o.heading.is_none_or(|h| doc.blocks[h].level() == Some(0));
            let route_first = unranked && o.block.is_some_and(|rb| rb < i);
            ((o.start..o.end).contains(&i) && !route_first)
                || o.more.iter().any(|&(s, e)| (s..e).contains(&i))
        })
    };
    // The operation (route first) whose extent holds `i`, up to the first panel found in it.
    let holder = |ops: &[OpAt], found: &[OpAt], i: usize| {
        ops.iter()
            .filter(|o| {
                (o.start..o.end).contains(&i)
                    && !found.iter().any(|f| f.start > o.start && f.start <= i)
            })
            .filter_map(|o| o.block)
            .max()
    };
    let anchors: Vec<usize> = (0..doc.blocks.len())
        .filter(|&i| responses_label(&doc.blocks[i]) && !claimed(ops, i))
        .collect();
    if anchors.is_empty() {
        return;
    }
    let routes: Vec<usize> = hits(doc).iter().map(|h| h.block).collect();
    let mut found: Vec<OpAt> = Vec::new();
    let mut floor = 0;
    for (n, &a) in anchors.iter().enumerate() {
        // The lines since the last operation (found before, or of unknown route) before it.
        let from = ops
            .iter()
            .chain(&found)
            .filter(|o| o.end <= a)
            .map(|o| o.end)
            .max()
            .unwrap_or(0)
            .max(floor);
        let held = holder(ops, &found, a);
        let from = held.map_or(from, |rb| from.max(rb + 1));
        let request = |i: usize| {
            matches!(
                block_label(&doc.blocks[i]),
                Some(Ctx::Params(_) | Ctx::Form)
            ) || clean_heading(&doc.blocks[i].text)
                .trim_end_matches(':')
                .eq_ignore_ascii_case("authorizations")
        };
        let next = anchors.get(n + 1).copied().unwrap_or(doc.blocks.len());
        let samples = (a + 1..next).find(|&i| {
            let squeezed: String = doc.blocks[i]
                .text
                .to_ascii_lowercase()
                .split_whitespace()
                .collect();
            matches!(squeezed.as_str(), "requestsamples" | "responsesamples")
        });
        // The first request label since the last operation (a title or description may
        // read as a label: `Returns a specific chatroom.`).
        let first_label = (from..a).find(|&i| request(i));
        let requested = first_label.is_some();
        // A route after the statuses: an operation rendered again (filed under a second
        // tag), its route an example of the first; read once.
        let bound = samples.unwrap_or(next);
        if routes.iter().any(|&rb| rb > a && rb < bound) {
            continue;
        }
        // Only statuses between the label and the samples.
        let samples = samples.filter(|&s| {
            (a + 1..s).all(|i| {
                let t = doc.blocks[i].text.trim();
                status_item(t).is_some() || status_label(t).is_some() || t.is_empty()
            })
        });
        // In the extent of a route printed before it, only a whole panel (request labels,
        // then the samples) is an operation of its own.
        if (!requested && samples.is_none())
            || (held.is_some() && !(requested && samples.is_some()))
        {
            continue;
        }
        let first_label = first_label.unwrap_or(a);
        let end = match samples {
            Some(s) => panel_end(doc, s),
            None => {
                let mut e = a + 1;
                while e < next
                    && doc.blocks.get(e).is_some_and(|b| {
                        status_item(b.text.trim()).is_some()
                            || status_label(b.text.trim()).is_some()
                    })
                {
                    e += 1;
                }
                e
            }
        };
        let Some((title, start)) = panel_title(doc, from, first_label) else {
            floor = end;
            continue;
        };
        let name = clean_heading(&doc.blocks[title].text);
        let line = doc.blocks[title].span.line;
        found.push(OpAt {
            route: None,
            rpc: None,
            line,
            route_at: line,
            start,
            end,
            name,
            heading: None,
            block: None,
            repeat_of: None,
            more: Vec::new(),
            listed: None,
            index_doc: None,
        });
        floor = end;
    }
    if found.is_empty() {
        return;
    }
    // Routes before the first panel, outside every panel: the introduction's examples.
    if let Some(first) = found.first().map(|o| o.start) {
        let panel = |o: &OpAt| {
            o.block
                .is_some_and(|rb| (o.start..rb).any(|i| responses_label(&doc.blocks[i])))
        };
        let ranked = |o: &OpAt| {
            o.heading
                .is_some_and(|h| doc.blocks[h].level().is_some_and(|l| l > 0))
        };
        ops.retain(|o| o.start >= first || o.route.is_none() || panel(o) || ranked(o));
    }
    // An operation whose extent ran on over panels ends at the first of them.
    for o in ops.iter_mut() {
        if let Some(cut) = found
            .iter()
            .map(|f| f.start)
            .filter(|&s| s > o.start && s < o.end)
            .min()
        {
            o.end = cut;
        }
    }
    ops.extend(found);
    ops.sort_by_key(|o| o.start);
}

/// Redoc's `Responses` label (`RESPONSES` in older builds): the list of an operation's
/// answers, by status.
fn responses_label(b: &Block) -> bool {
    !b.is_code()
        && b.table().is_none()
        && b.text
            .trim()
            .trim_end_matches(':')
            .eq_ignore_ascii_case("responses")
}

/// Whether the route at `rb` comes right after its operation's list of answers: back from
/// it, statuses and their reasons (no code, no other label) up to a response label.
fn answer_list_before(doc: &Document, from: usize, rb: usize) -> bool {
    for i in (from..rb).rev() {
        let b = &doc.blocks[i];
        if b.is_code() || b.table().is_some() {
            return false;
        }
        match block_label(b) {
            Some(Ctx::Response(None)) => return true,
            Some(Ctx::Response(Some(_))) | None => {}
            Some(_) => return false,
        }
        if is_label_heading(&b.text) && b.text.trim().eq_ignore_ascii_case("responses") {
            return true;
        }
    }
    false
}

/// Where an operation's panel ends: after its route block, the blocks of the right panel
/// (the path on a line of its own, server URLs, sample labels, `Content type` and media
/// types, tab names and statuses, `Copy` / `Expand all`, the samples: code and the lines of
/// JSON a capture broke up).
fn panel_end(doc: &Document, route_block: usize) -> usize {
    let mut i = route_block + 1;
    while let Some(b) = doc.blocks.get(i) {
        if !panel_matter(b) && !server_label(doc, i) {
            break;
        }
        i += 1;
    }
    i
}

/// The description of a server over its URL in the samples panel (`Local server`, then
/// `http://localhost:3000/api/v1/users`).
fn server_label(doc: &Document, i: usize) -> bool {
    let (Some(b), Some(next)) = (doc.blocks.get(i), doc.blocks.get(i + 1)) else {
        return false;
    };
    let t = next.text.trim();
    b.kind == Kind::Paragraph
        && !b.text.trim().contains('\n')
        && b.text.split_whitespace().count() <= 6
        && (t.starts_with("http://") || t.starts_with("https://"))
        && !t.contains(char::is_whitespace)
}

/// The words of a samples panel that say nothing of the call: `Content type`, `Copy`,
/// `Expand all`, `Collapse all` (in any spacing).
fn panel_chrome(t: &str) -> bool {
    let squeezed: String = t.to_ascii_lowercase().split_whitespace().collect();
    matches!(
        squeezed.as_str(),
        "contenttype" | "copy" | "expandall" | "collapseall" | "expandallcollapseall"
    )
}

/// The server a URL under a route gives: the URL without the route's path at its end
/// (`https://api.example.com/v1` for `https://api.example.com/v1/x/{id}` under `/x/{id}`).
fn server_of(url: &str, path: &str) -> Option<String> {
    if path.is_empty() || !(url.starts_with("http://") || url.starts_with("https://")) {
        return None;
    }
    let url = url.replace('\\', "");
    let base = url.strip_suffix(path)?.trim_end_matches('/');
    (base.len() > "https://".len()).then(|| base.to_string())
}

/// A block of the right panel (see [`panel_end`]).
fn panel_matter(b: &Block) -> bool {
    if b.is_code() {
        return true;
    }
    let t = b.text.trim();
    let lower = t.to_ascii_lowercase();
    let squeezed: String = lower.split_whitespace().collect();
    let status_run =
        !t.is_empty() && t.len().is_multiple_of(3) && t.chars().all(|c| c.is_ascii_digit());
    t.starts_with(['{', '}', '[', ']', '"'])
        || (t.starts_with('/') && !t.contains(char::is_whitespace))
        || t.starts_with("http://")
        || t.starts_with("https://")
        || media_type_text(t)
        || status_run
        || matches!(
            squeezed.as_str(),
            "requestsamples"
                | "responsesamples"
                | "contenttype"
                | "copy"
                | "expandall"
                | "collapseall"
                | "expandallcollapseall"
                | "payload"
        )
}

/// The title of an operation whose route follows its content, read back from its first
/// label (`from..first_label` are the lines after the previous operation): an identifier
/// (`getCycleById`), else the short line over the description, else (a renderer that
/// shows the description in the title's place) the description itself. Returns the title's
/// block and where the operation's text starts (after a title of its own, at a
/// description that is the title).
fn panel_title(doc: &Document, from: usize, first_label: usize) -> Option<(usize, usize)> {
    let at: Vec<usize> = (from..first_label)
        .filter(|&i| {
            let t = doc.blocks[i].text.trim();
            !t.is_empty() && !t.to_ascii_lowercase().starts_with("download openapi")
        })
        .collect();
    let (&last, rest) = at.split_last()?;
    let text = |i: usize| doc.blocks[i].text.trim();
    let token = |t: &str| !t.contains(char::is_whitespace) && !t.ends_with(':');
    let short = |t: &str| t.split_whitespace().count() <= 10 && !t.ends_with(['.', '。']);
    if token(text(last)) {
        return Some((last, last + 1));
    }
    match rest.last() {
        Some(&b) if token(text(b)) && text(b).chars().any(char::is_uppercase) => Some((b, b + 1)),
        // A lower-case word (a tag) over the description: the description is the title.
        Some(&b) if token(text(b)) => Some((last, last)),
        Some(&b) if short(text(b)) && doc.blocks[b].table().is_none() => Some((b, b + 1)),
        _ => Some((last, last)),
    }
}

/// The operation a route hit documents again, if it does: the same method and path as
/// an operation found before, written as a line of its own (not under an example label, not
/// with a query string) with more text after it.
fn repeated(doc: &Document, ops: &[OpAt], h: &Hit) -> Option<usize> {
    let b = &doc.blocks[h.block];
    let own_line = b.kind == Kind::Paragraph && !b.text.trim().contains('\n');
    let under_label = h.block > 0 && block_label(&doc.blocks[h.block - 1]).is_some();
    let followed = doc.blocks.get(h.block + 1).is_some_and(|n| !n.is_heading());
    if !own_line || under_label || !followed || h.route.query {
        return None;
    }
    ops.iter().position(|o| {
        o.repeat_of.is_none()
            && o.route
                .as_ref()
                .is_some_and(|r| r.method == h.route.method && r.path == h.route.path)
    })
}

/// A heading that is an admonition (`IMPORTANT`, `Note`, `Warning`), as Markdown
/// references write them, rather than a topic.
fn is_admonition(text: &str) -> bool {
    let t = clean_heading(text).to_lowercase();
    matches!(
        t.trim_matches(|c: char| !c.is_alphanumeric()),
        "important" | "note" | "notes" | "warning" | "caution" | "tip" | "info"
    )
}

/// Operations whose routes stand under field labels (`##### URL`, [`field_label_routes`])
/// and share the section over them, or at a heading holding only a path
/// ([`path_heading_routes`]), are named by their routes.
fn field_label_names(doc: &Document, ops: &mut [OpAt]) {
    for k in 0..ops.len() {
        let Some(b) = ops[k].block else { continue };
        let shared = ops
            .iter()
            .filter(|o| o.heading == ops[k].heading && o.repeat_of.is_none())
            .count()
            > 1;
        // A heading holding only a path names nothing but the route.
        if (shared && field_label(&doc.blocks[b]).is_some()
            || path_heading(&doc.blocks[b]).is_some())
            && let Some(r) = &ops[k].route
        {
            ops[k].name = format!("{} {}", r.method, r.path);
        }
    }
}

/// Each operation's extent: from its heading to the next heading of the same or a higher
/// level or the next operation's heading; operations sharing a heading split it at their
/// routes.
fn set_extents(doc: &Document, ops: &mut [OpAt]) {
    let heads: Vec<Option<usize>> = ops.iter().map(|o| o.heading).collect();
    for op in ops.iter_mut() {
        let end = match op.heading {
            Some(h) => {
                let level = doc.blocks[h].level().unwrap_or(0);
                (h + 1..doc.blocks.len())
                    .find(|&i| {
                        let b = &doc.blocks[i];
                        heads.contains(&Some(i))
                            || b.level().is_some_and(|l| level > 0 && l > 0 && l <= level)
                    })
                    .unwrap_or(doc.blocks.len())
            }
            None => {
                // The page: up to the first heading that owns an operation.
                (op.start..doc.blocks.len())
                    .find(|&i| heads.contains(&Some(i)))
                    .unwrap_or(doc.blocks.len())
            }
        };
        op.end = end;
    }
    // Operations sharing an owner split its extent at their defining routes.
    let mut k = 0;
    while k < ops.len() {
        let mut j = k + 1;
        while j < ops.len() && ops[j].heading == ops[k].heading && ops[k].route.is_some() {
            j += 1;
        }
        if j - k > 1 {
            let at: Vec<usize> = (k..j)
                .map(|n| ops[n].block.unwrap_or(ops[n].start))
                .collect();
            let end = ops[k].end;
            for n in k..j {
                if n > k {
                    ops[n].start = at[n - k];
                }
                ops[n].end = if n + 1 < j { at[n + 1 - k] } else { end };
                // The last row of a table of operations (`Path | Method | Description`):
                // its row, not the prose after the table.
                if n + 1 == j && n > k && at[n - k] == at[n - k - 1] {
                    ops[n].end = at[n - k] + 1;
                }
            }
            // Rows of one table are named by their routes, not all by the section's heading.
            for n in k..j {
                let row = (n > k && at[n - k] == at[n - k - 1])
                    || (n + 1 < j && at[n - k] == at[n + 1 - k]);
                if row
                    && doc.blocks[at[n - k]].table().is_some()
                    && let Some(r) = &ops[n].route
                {
                    ops[n].name = format!("{} {}", r.method, r.path);
                }
            }
        }
        k = j;
    }
}

/// An operation's name from its heading: without anchors, shortcodes and the route.
fn op_name(heading: &str, route: &RouteText) -> String {
    let mut t = clean_heading(heading);
    // `Get Channel % GET /channels/{channel.id}`: the part before the route.
    if heading_route(&t).is_some() {
        let words: Vec<&str> = t.split_whitespace().collect();
        if let Some(at) = words.iter().position(|w| method_word(w).is_some()) {
            let before = words[..at].join(" ");
            let before = before
                .trim()
                .trim_end_matches(['%', '-', '–', '|', ':'])
                .trim();
            t = before.to_string();
        }
    }
    if t.is_empty() {
        format!("{} {}", route.method, route.path)
    } else {
        t
    }
}

/// RPC methods: headings naming a method (`chat.postMessage`, `sendMessage`,
/// `module.object.Action`) whose section holds a parameter list or a `Returns` label.
fn rpc_methods(doc: &Document) -> Vec<OpAt> {
    let mut out = rpc_methods_pass(doc, None);
    // Beside three or more methods at one heading level, a lone lower-case word at that
    // level (`close`, `getMe`'s sibling) names a method too when its section lists
    // parameters or says what it returns.
    let mut levels: BTreeMap<u8, usize> = BTreeMap::new();
    for o in &out {
        if let Some(l) = o.heading.and_then(|h| doc.blocks[h].level()) {
            *levels.entry(l).or_default() += 1;
        }
    }
    if let Some((&level, _)) = levels
        .iter()
        .filter(|(_, n)| **n >= 3)
        .max_by_key(|(_, n)| **n)
    {
        out = rpc_methods_pass(doc, Some(level));
    }
    out
}

fn rpc_methods_pass(doc: &Document, sibling_level: Option<u8>) -> Vec<OpAt> {
    let mut out = Vec::new();
    let candidates = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| b.is_heading() || rpc_name_line(doc, *i));
    // Levels at which two headings or more are call signatures (`createGroup()`,
    // `deleteGroup(groupID)`): each such heading names a method.
    let mut signatures: BTreeMap<u8, usize> = BTreeMap::new();
    for (_, b) in doc.headings() {
        if signature(&clean_heading(&b.text)).is_some() {
            *signatures.entry(b.level().unwrap_or(0)).or_default() += 1;
        }
    }
    for (i, b) in candidates {
        let heading = clean_heading(&b.text);
        let called = signature(&heading).filter(|_| {
            b.is_heading()
                && signatures
                    .get(&b.level().unwrap_or(0))
                    .is_some_and(|&n| n >= 2)
        });
        let heading = called.as_ref().map_or(heading, |(n, _)| n.clone());
        let name = strip_section_number(&heading).to_string();
        let word = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        // Under a section number (`2.95. version`) a lone lower-case word names a method too.
        let numbered_word = name != heading && word;
        let sibling_word = word && sibling_level.is_some() && b.level() == sibling_level;
        let called_word = called.is_some() && word;
        if !(rpc_name(&name) || numbered_word || sibling_word || called_word) {
            continue;
        }
        // Its section: up to the next heading of its level or higher (a capture's level-0
        // lines, such as `Parameters` or a one-line description, are inside it).
        let level = b.level().unwrap_or(0);
        let end = (i + 1..doc.blocks.len())
            .find(|&k| {
                doc.blocks[k]
                    .level()
                    .is_some_and(|l| l > 0 && (level == 0 || l <= level))
            })
            .unwrap_or(doc.blocks.len());
        let section = &doc.blocks[i + 1..end];
        let listed = section.iter().any(|s| {
            s.table().is_some_and(|t| columns(t).is_some())
                || block_label(s).is_some_and(|c| matches!(c, Ctx::Params(_) | Ctx::Response(_)))
                || definition(s).is_some()
                || returns_line(&s.text)
        });
        // In a numbered list of methods (`2.5. empty.method`), the heading is the evidence.
        let numbered_method = name != heading && name.contains('.');
        if listed || numbered_method || called.is_some() {
            out.push(OpAt {
                route: None,
                rpc: Some(name.clone()),
                line: b.span.line,
                route_at: b.span.line,
                start: i + 1,
                end: doc.blocks.len(),
                name,
                heading: Some(i),
                block: None,
                repeat_of: None,
                more: Vec::new(),
                listed: None,
                index_doc: None,
            });
        }
    }
    out
}

/// A heading written as a call signature (`createGroupIfNotExistsFor(groupMapper)`,
/// `getText(padID, [rev])`, `listAllGroups()`): the method's name and its arguments, each
/// required unless in brackets (optional). `None` for anything else (`Returns (JSON)`).
fn signature(heading: &str) -> Option<(String, Vec<RawParam>)> {
    let t = heading.trim();
    let open = t.find('(')?;
    let inner = t[open + 1..].strip_suffix(')')?;
    let name = t[..open].trim();
    let lower_word = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !(rpc_name(name) || lower_word) {
        return None;
    }
    let mut args = Vec::new();
    for a in inner.split(',').map(str::trim).filter(|a| !a.is_empty()) {
        let optional = a.starts_with('[') || a.ends_with(']');
        let a = a.trim_matches(['[', ']', ' ']);
        // `count=10`: an argument with its default.
        let (a, default) = match a.split_once('=') {
            Some((n, d)) => (n.trim(), Some(d.trim().to_string())),
            None => (a, None),
        };
        let mut p = name_part(a)?;
        if a.contains(char::is_whitespace) {
            return None;
        }
        p.required = Some(!optional && default.is_none());
        p.default = default;
        args.push(p);
    }
    Some((name.to_string(), args))
}

/// In a plain-text capture, where headings carry no mark, a line that is only a dotted
/// method name (`auth.user.Login`) heads that method's section, unless a list of methods
/// goes on after it.
fn rpc_name_line(doc: &Document, i: usize) -> bool {
    let b = &doc.blocks[i];
    let t = b.text.trim();
    doc.kind == crate::read::blocks::InputKind::Text
        && b.kind == Kind::Paragraph
        && !t.contains('\n')
        && t.contains('.')
        && rpc_name(t)
        && doc
            .blocks
            .get(i + 1)
            .is_none_or(|n| index_line(n).is_none())
        // Inside a list of methods (one before it too): an entry, not a heading.
        && (i == 0 || index_line(&doc.blocks[i - 1]).is_none())
}

/// An entry of a list of methods on a line (or an item) of its own: a dotted method name,
/// then its description, if any (`auth.user.Login Used to login a user`).
fn index_line(b: &Block) -> Option<(String, Option<String>)> {
    if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) || b.text.trim().contains('\n') {
        return None;
    }
    let t = b.text.trim();
    let (name, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    let name = name.trim_end_matches(['|', ':']);
    (name.contains('.') && rpc_name(name)).then(|| {
        let rest = rest
            .trim()
            .trim_start_matches(['-', '–', '—', '|', ':'])
            .trim();
        let rest = rest.trim_end_matches('|').trim();
        (
            name.to_string(),
            (!rest.is_empty()).then(|| rest.to_string()),
        )
    })
}

/// A list of methods (`Actions List`: a method name and its description per line, item or
/// table row) that names at least one method a section of the page documents: every method
/// it names is an operation, in the list's order; a method no section documents is
/// `listed_only`, with the list's description. Sections the list does not name follow.
fn with_index(doc: &Document, detailed: Vec<OpAt>) -> Vec<OpAt> {
    // (name, description, line, block)
    let mut entries: Vec<(String, Option<String>, u32, usize)> = Vec::new();
    let mut in_run = false;
    for (i, b) in doc.blocks.iter().enumerate() {
        if let Some(t) = b.table() {
            // A table without a header row: its first row is an entry too.
            let header = (!t.header.is_empty()).then_some((&t.header, &b.span.line));
            for (row, line) in header.into_iter().chain(t.rows.iter().zip(&t.row_lines)) {
                let Some(name) = row.first().map(|c| c.trim().trim_matches('`')) else {
                    continue;
                };
                if name.contains('.') && rpc_name(name) {
                    let desc = row
                        .get(1)
                        .map(|c| c.trim().to_string())
                        .filter(|c| !c.is_empty());
                    entries.push((name.to_string(), desc, *line, i));
                }
            }
            in_run = false;
            continue;
        }
        if detailed.iter().any(|o| o.heading == Some(i)) {
            in_run = false;
            continue;
        }
        if let Some((name, desc)) = index_line(b) {
            entries.push((name, desc, b.span.line, i));
            in_run = true;
        } else if in_run
            && !b.text.trim().contains('\n')
            && !b.text.trim().is_empty()
            && block_label(b).is_none()
            && doc
                .blocks
                .get(i + 1)
                .is_some_and(|n| index_line(n).is_some())
            && !detailed.iter().any(|o| o.heading == Some(i + 1))
            && let Some(last) = entries.last_mut()
        {
            // A description wrapped onto a line of its own, between two entries.
            let d = last.1.get_or_insert_with(String::new);
            if !d.is_empty() {
                d.push('\n');
            }
            d.push_str(b.text.trim());
        } else {
            in_run = false;
        }
    }
    let named = |n: &str| detailed.iter().any(|o| o.rpc.as_deref() == Some(n));
    if !entries.iter().any(|e| named(&e.0)) {
        return detailed;
    }
    // A listed method whose name heads a section of its own (one that lists no parameter,
    // or is cut off before them) is documented there.
    let mut detailed = detailed;
    for (name, _, _, _) in &entries {
        if detailed.iter().any(|o| o.rpc.as_deref() == Some(name)) {
            continue;
        }
        if let Some(i) = (0..doc.blocks.len())
            .find(|&i| rpc_name_line(doc, i) && doc.blocks[i].text.trim() == name)
        {
            detailed.push(OpAt {
                route: None,
                rpc: Some(name.clone()),
                line: doc.blocks[i].span.line,
                route_at: doc.blocks[i].span.line,
                start: i + 1,
                end: doc.blocks.len(),
                name: name.clone(),
                heading: Some(i),
                block: None,
                repeat_of: None,
                more: Vec::new(),
                listed: None,
                index_doc: None,
            });
        }
    }
    detailed.sort_by_key(|o| o.heading);
    let mut pool: Vec<Option<OpAt>> = detailed.into_iter().map(Some).collect();
    let mut out = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (name, desc, line, block) in &entries {
        if seen.contains(&name.as_str()) {
            continue;
        }
        seen.push(name);
        match pool
            .iter_mut()
            .find(|o| o.as_ref().is_some_and(|o| o.rpc.as_deref() == Some(name)))
            .and_then(Option::take)
        {
            Some(mut o) => {
                o.index_doc = desc.clone();
                out.push(o);
            }
            None => out.push(OpAt {
                route: None,
                rpc: Some(name.clone()),
                line: *line,
                route_at: *line,
                start: *block,
                end: *block,
                name: name.clone(),
                heading: None,
                block: None,
                repeat_of: None,
                more: Vec::new(),
                listed: Some(desc.clone()),
                index_doc: None,
            }),
        }
    }
    out.extend(pool.into_iter().flatten());
    out
}

/// A method name: dotted identifiers (`chat.postMessage`) or one lower camelCase word
/// (`sendMessage`).
/// The section numbers a heading starts with (`2.6. channels.create` → `[2, 6]`).
fn section_numbers(s: &str) -> Option<Vec<u32>> {
    let (digits, _) = split_section_number(s)?;
    digits.iter().map(|d| d.parse().ok()).collect()
}

/// A heading without its section number (`2.6. channels.create` → `channels.create`).
fn strip_section_number(s: &str) -> &str {
    split_section_number(s).map_or(s.trim(), |(_, rest)| rest)
}

/// A heading's section number, as its digit runs, and the text after it: `2.6.
/// channels.create` → (`["2", "6"]`, `channels.create`); none without a number followed by
/// a space.
fn split_section_number(s: &str) -> Option<(Vec<&str>, &str)> {
    let mut rest = s.trim();
    let mut digits = Vec::new();
    loop {
        let n = rest.chars().take_while(char::is_ascii_digit).count();
        let Some(r) = rest[n..].strip_prefix('.').filter(|_| n > 0) else {
            break;
        };
        digits.push(&rest[..n]);
        rest = r;
    }
    (!digits.is_empty() && rest.starts_with(char::is_whitespace))
        .then(|| (digits, rest.trim_start()))
}

fn rpc_name(s: &str) -> bool {
    if s.is_empty() || s.contains(char::is_whitespace) || s.len() > 80 {
        return false;
    }
    let ident = |p: &str| {
        !p.is_empty()
            && p.chars().next().is_some_and(char::is_alphabetic)
            && p.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() >= 2 {
        return parts.iter().all(|p| ident(p)) && s.chars().any(|c| c.is_ascii_lowercase());
    }
    ident(s)
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars().any(|c| c.is_ascii_uppercase())
}

/// Reads one reference page. See the module docs for what it understands.
pub fn extract(doc: &Document, api: &str, source: &str) -> Extracted {
    extract_with(doc, api, source, &REFERENCE)
}

/// Where a layout files an operation under a tag: given the page, the first block since
/// the previous operation and the operation's title block, the tag's block.
pub type TagOf = fn(&Document, usize, usize) -> Option<usize>;

/// A layout family as a profile of this reader: the name its specs carry and what the
/// family adds to what the reader finds on every page (an envelope, a protocol). A family
/// whose pages the reader reads in full is a profile with nothing to add.
#[derive(Debug, Clone, Copy)]
pub struct Profile {
    /// The family written in specs.
    pub family: Family,
    /// The protocol of an API of RPC methods (by default JSON posted per method).
    pub rpc_protocol: Option<fn() -> Protocol>,
    /// A parameter that carries the credential (its name, and how its description starts):
    /// the API's token auth, not a parameter; a method that does not list it is called
    /// without it.
    pub credential: Option<(&'static str, &'static str)>,
    /// How the vendor's prose gives a parameter's type, when the page has no type column
    /// or mark (choices, codes, a default).
    pub type_cue: Option<fn(&str) -> Cue>,
    /// The protocol of a REST API whose answers come in an envelope (`{"ok", "result"}`):
    /// response types are read from the result of the successful examples, and failed
    /// examples are kept untyped. By default the body is the result.
    pub rest_protocol: Option<fn() -> Protocol>,
    /// The vendor's words for the labels the reader knows, translated before reading
    /// (`Пример ответа` → `Example response`): a label block that starts with the vendor's
    /// words reads as one starting with the reader's.
    pub glossary: &'static [(&'static str, &'static str)],
    /// Whether a parameter's description says, in the vendor's words, that it is required
    /// (beyond `required` / `(required)` / `Required: true`, which the reader knows).
    pub required_cue: Option<fn(&str) -> bool>,
    /// The layout marks what is optional (`Optional: <default>`), so a parameter without
    /// the mark is required.
    pub unmarked_required: bool,
    /// A default written in the vendor's own notation (a PHP `print_r` dump), as JSON.
    pub default_value: Option<fn(&str) -> Option<serde_json::Value>>,
    /// The field of the page's envelope description that carries the session token (its
    /// name, and words its description holds): the API's token auth.
    pub token_field: Option<(&'static str, &'static str)>,
    /// Labels whose text is kept as the operation's metadata, keyed by the label in lower
    /// case without its colon: (the label, or ` suffix` for any label ending so, and what
    /// joins its lines).
    pub metadata: &'static [(&'static str, &'static str)],
    /// The block of the page's title, when the layout says where it is.
    pub title: Option<fn(&Document) -> Option<usize>>,
    /// The page's title ends with the API's version in brackets (`Messenger API (1.0)`):
    /// read apart.
    pub title_version: bool,
    /// Operation ids from titles as [`super::kit::title_id`] makes them (a sentence's first
    /// content words), not from the whole title.
    pub short_ids: bool,
    /// How the page says which credentials its calls take, read from the whole page.
    pub auth: Option<fn(&Document) -> Option<Auth>>,
    /// The tag an operation is filed under: the block before its title (the blocks since
    /// the previous operation's end, and the title's block, given) that names it.
    pub tag: Option<TagOf>,
    /// The page lists its servers as OpenAPI does: the first is the API's base URL (by
    /// default only a page's one server is).
    pub first_server: bool,
    /// The layout's location labels are exact (`path Parameters`): a path parameter the
    /// route lacks is left out with a warning, not read as a query parameter.
    pub exact_locations: bool,
    /// The samples are the renderer's, made from the schema (`"string"`, `0`): placeholders,
    /// whose members no list shows are no fields.
    pub schema_samples: bool,
}

impl Profile {
    /// A profile that adds nothing but its family name.
    pub const fn named(family: Family) -> Self {
        Profile {
            family,
            rpc_protocol: None,
            credential: None,
            type_cue: None,
            rest_protocol: None,
            glossary: &[],
            required_cue: None,
            unmarked_required: false,
            default_value: None,
            token_field: None,
            metadata: &[],
            title: None,
            title_version: false,
            short_ids: false,
            auth: None,
            tag: None,
            first_server: false,
            exact_locations: false,
            schema_samples: false,
        }
    }
}

/// The type a description's cue gives.
#[derive(Debug, Clone, PartialEq)]
pub enum CueType {
    /// A type.
    Type(TypeRef),
    /// A list of choices (an enum).
    Choices(Vec<String>),
}

/// What a parameter description says about its type.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// The type.
    pub ty: CueType,
    /// The words it came from, or `none`.
    pub cue: String,
    /// A default the description states (`default is true`).
    pub default: Option<serde_json::Value>,
}

/// The reader on its own.
pub const REFERENCE: Profile = Profile::named(FAMILY);

/// Reads `doc` as a reference, writing `profile`'s family name in the spec.
pub fn extract_with(doc: &Document, api: &str, source: &str, profile: &Profile) -> Extracted {
    if profile.glossary.is_empty() {
        read(doc, api, source, profile)
    } else {
        read(&translate(doc, profile.glossary), api, source, profile)
    }
}

/// `doc` with the vendor's label words replaced by the reader's: a heading, line or item
/// that starts with a vendor term starts with its translation instead (prose that merely
/// contains the term is left as written).
fn translate(doc: &Document, glossary: &[(&str, &str)]) -> Document {
    let mut out = doc.clone();
    for b in &mut out.blocks {
        if b.is_code() || b.table().is_some() {
            continue;
        }
        let lead = b.text.len() - b.text.trim_start().len();
        if let Some((from, to)) = glossary
            .iter()
            .find(|(from, _)| b.text[lead..].starts_with(from))
        {
            b.text = format!("{}{to}{}", &b.text[..lead], &b.text[lead + from.len()..]);
        }
    }
    out
}

fn read(doc: &Document, api: &str, source: &str, profile: &Profile) -> Extracted {
    let mut r = Reader {
        doc,
        kit: Kit::new(&doc.source),
        auth: None,
        servers: Vec::new(),
        profile: *profile,
        id_prefix: String::new(),
        section_fields: BTreeMap::new(),
    };
    // `name?` in a schema written with type names: an optional member.
    r.kit.infer.optional_suffix = true;
    let located = locate(doc);
    if located.is_empty() {
        r.kit.nothing_found(
            "operations (a route `METHOD /path` in a heading, a line, a table, a request line or a curl call; or headings naming RPC methods over parameter lists)",
        );
    }
    // (Operations whose route the page lost are no RPC methods.)
    let rpc = located.iter().all(|o| o.route.is_none()) && located.iter().any(|o| o.rpc.is_some());
    r.id_prefix = common_prefix(located.iter().filter_map(|o| o.route.as_ref()));
    let mut operations: Vec<Operation> = located.iter().map(|o| r.operation(o)).collect();
    stacked_placeholders(doc, &located, &mut operations, &mut r.kit.infer.types);
    by_reference::parameters_by_reference(doc, &located, &mut operations, &mut r.kit.infer.types);
    let first_tag = profile
        .tag
        .and_then(|tag_of| file_tags(doc, &located, &mut operations, tag_of));
    let streams = super::events::read(doc, &mut r.kit, &mut operations);
    r.kit.unique_ids(&mut operations);
    // Two operations on one route (two sections documenting it): both kept, said.
    for (k, o) in located.iter().enumerate() {
        if let Some(route) = &o.route
            && let Some(first) = located[..k].iter().find(|p| {
                p.listed.is_none()
                    && p.route.as_ref().is_some_and(|q| {
                        q.method == route.method && shape(&q.path) == shape(&route.path)
                    })
            })
            && o.listed.is_none()
        {
            r.kit.warn(
                o.line,
                format!(
                    "`{} {}` is documented by `{}` (line {}) and again by `{}`: kept as two operations",
                    route.method, route.path, first.name, first.line, o.name
                ),
            );
        }
    }
    let first_op = located
        .iter()
        .filter(|o| o.listed.is_none())
        .map(|o| o.heading.unwrap_or(o.start))
        .min()
        .unwrap_or(doc.blocks.len());
    // The first operation's tag ends the introduction.
    let first_op = first_tag.map_or(first_op, |t| first_op.min(t));
    let (mut title_at, mut title) = match profile.title.and_then(|t| t(doc)) {
        // (As written: `💬 ContextSMS Documentation` keeps its sign.)
        Some(t) => (
            Some(t),
            doc.blocks[t]
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        ),
        None => page_title(doc, first_op),
    };
    // The first heading names the first of several operations (a page that starts
    // straight with its first section): the page has no title of its own.
    if title_at.is_some_and(|t| t >= first_op) && located.len() > 1 {
        r.kit.warn(
            1,
            format!("the page has no title before its first operation; titled `{api}`"),
        );
        (title_at, title) = (None, api.to_string());
    }
    let mut version_in_title = None;
    if profile.title_version
        && let Some((t, v)) = title_version(&title)
    {
        (title, version_in_title) = (t, Some(v));
    }
    if doc.kind == crate::read::blocks::InputKind::Text
        && let Some(t) = title_at.filter(|&t| t > 0)
        && let (Some(a), Some(b)) = (doc.blocks.first(), doc.blocks.get(t - 1))
    {
        let (a, b) = (a.span.line, b.span.end_line);
        r.kit.warn(
            a,
            format!("page text before the title skipped (lines {a}-{b})"),
        );
    }
    // Operations under numbered headings (`2.76.`, `2.78.`): a gap says the page lost one.
    let numbered: Vec<(u32, Vec<u32>)> = located
        .iter()
        .filter_map(|o| o.heading)
        .filter_map(|h| {
            let b = &doc.blocks[h];
            section_numbers(&clean_heading(&b.text)).map(|n| (b.span.line, n))
        })
        .collect();
    for pair in numbered.windows(2) {
        let ((_, a), (line, b)) = (&pair[0], &pair[1]);
        let (Some((&prev, pa)), Some((&next, pb))) = (a.split_last(), b.split_last()) else {
            continue;
        };
        if pa != pb || next == prev + 1 || next <= prev {
            continue;
        }
        let prefix: String = pa.iter().map(|n| format!("{n}.")).collect();
        let missing: Vec<String> = (prev + 1..next).map(|m| format!("{prefix}{m}")).collect();
        r.kit.warn(
            *line,
            format!("method numbering has a gap: {} missing", missing.join(", ")),
        );
    }
    for b in &doc.blocks {
        for (n, l) in (b.span.line..).zip(b.text.split('\n')) {
            if cut_route(l) {
                r.kit.warn(
                    n,
                    format!(
                        "an operation is cut off inside its route `{}`; left out",
                        l.trim()
                    ),
                );
            }
        }
    }
    let intro = page_intro(doc, title_at, first_op);
    let base_url = {
        let mut s = r.servers.clone();
        s.sort();
        s.dedup();
        match profile.first_server {
            // (The servers in the page's order: the first is the default.)
            true => r
                .servers
                .iter()
                .min_by_key(|s| {
                    let s = s.as_str();
                    doc.source
                        .lines
                        .iter()
                        .position(|l| l.contains(s))
                        .unwrap_or(usize::MAX)
                })
                .cloned(),
            false => (s.len() == 1).then(|| s.remove(0)),
        }
    };
    let protocol = match (rpc, profile.rpc_protocol) {
        (true, Some(p)) => p(),
        (true, None) => Protocol::rpc_per_method(ParamStyle::Json),
        (false, _) => profile.rest_protocol.map_or_else(Protocol::rest, |p| p()),
    };
    // An API of methods called at one address: the path its introduction gives
    // (`… can be accessed on /api/api-teamchat`).
    let base_path = rpc
        .then(|| {
            intro.as_deref().and_then(|t| {
                t.split_whitespace()
                    .find(|w| w.starts_with('/') && w.len() > 1 && !w.starts_with("//"))
                    .map(|w| w.trim_end_matches(['.', ',', ')']).to_string())
            })
        })
        .flatten();
    // An API of methods called at one URL: the URL its introduction gives (`… accessed
    // using that url: https://api.wimi.pro.`).
    let base_url = base_url.or_else(|| {
        rpc.then(|| {
            intro.as_deref().and_then(|t| {
                t.split_whitespace()
                    .find(|w| w.starts_with("https://") || w.starts_with("http://"))
                    .map(|w| w.trim_end_matches(['.', ',', ')', ';']).to_string())
            })
        })
        .flatten()
    });
    // The version a protocol sends (`header.api_version`): the page's `Version: 1.2`.
    let sends_version = protocol
        .rpc
        .as_ref()
        .and_then(|r| r.envelope.as_ref())
        .is_some_and(|e| e.version.is_some());
    let version = sends_version
        .then(|| {
            doc.blocks[..first_op.min(doc.blocks.len())]
                .iter()
                .find_map(|b| b.text.trim().strip_prefix("Version:"))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        })
        .flatten()
        .or(version_in_title);
    if r.auth.is_none()
        && let Some(page_auth) = profile.auth
    {
        r.auth = page_auth(doc);
    }
    // The profile's token field, described in the page's envelope description.
    if r.auth.is_none()
        && let Some((name, words)) = profile.token_field
        && let Some(k) = (0..doc.blocks.len().saturating_sub(1))
            .find(|&k| doc.blocks[k].text.trim() == name && doc.blocks[k + 1].text.contains(words))
    {
        r.auth = Some(Auth {
            scheme: AuthScheme::Token,
            param: Some(name.to_string()),
            line: Some(doc.blocks[k + 1].span.line),
            ..Auth::default()
        });
    }
    // The page ends mid-line (no line break, no closing punctuation) inside its last
    // operation: what it has is read; say what may be missing.
    let text_end = doc.source.lines.last().map(|l| l.trim_end()).unwrap_or("");
    // (The last line is empty when the file ends with a line break.)
    // A sentence of a few words cut before its end; a short last line (`No Content`) is a
    // file without its last line break.
    if !text_end.is_empty()
        && text_end.split_whitespace().count() >= 6
        && !text_end.ends_with(['.', '!', '?', ':', ')', '}', ']', '"', '\'', '`', '>'])
        && let Some((_, op)) = located
            .iter()
            .zip(&operations)
            .rfind(|(o, _)| o.listed.is_none() && o.end >= doc.blocks.len())
    {
        r.kit.warn(
            u32::try_from(doc.source.lines.len()).unwrap_or(u32::MAX),
            format!(
                "the page is cut off mid-line inside `{}`: what it has is read; what follows the cut (parameters, answer) is missing",
                op.name
            ),
        );
    }
    // A method's own URL equal to the API's says nothing new.
    for op in &mut operations {
        if op
            .metadata
            .get("url")
            .is_some_and(|u| Some(u) == base_url.as_ref())
        {
            op.metadata.remove("url");
        }
    }
    let spec = ApiSpec {
        title,
        doc: intro,
        version,
        base_path,
        auth: r.auth.take().unwrap_or_default(),
        base_url,
        operations,
        events: streams.events,
        streams: streams.streams,
        ..r.kit.spec(api, source, profile.family, protocol)
    };
    r.kit.finish(spec)
}

/// `Messenger API (b63bb6c)` → (`Messenger API`, `b63bb6c`): a title that ends with a
/// version in brackets (one word).
fn title_version(title: &str) -> Option<(String, String)> {
    let (t, v) = title.trim().strip_suffix(')')?.rsplit_once(" (")?;
    (!v.contains(' ') && !v.is_empty()).then(|| (t.trim().to_string(), v.to_string()))
}

/// Files each operation under the tag `tag_of` finds before its title, or under the last
/// one found before it; the block of the first tag.
fn file_tags(
    doc: &Document,
    located: &[OpAt],
    operations: &mut [Operation],
    tag_of: TagOf,
) -> Option<usize> {
    let mut tag: Option<String> = None;
    let mut first = None;
    let mut floor = 0;
    for (o, op) in located.iter().zip(operations.iter_mut()) {
        if o.listed.is_some() {
            continue;
        }
        // (A title read back from the first label may stand before the extent's start.)
        let title = o.heading.unwrap_or_else(|| {
            (floor..o.end.min(doc.blocks.len()))
                .find(|&i| doc.blocks[i].span.line == o.line)
                .unwrap_or(o.start)
        });
        if let Some(t) = tag_of(doc, floor.min(title), title) {
            first.get_or_insert(t);
            tag = Some(clean_heading(&doc.blocks[t].text));
        }
        op.tag = tag.clone();
        floor = floor.max(o.end);
    }
    first
}

/// A paragraph of JSON (`{ "data": [ … ] }`) under a samples label, as a code block.
fn sample_paragraph(b: &Block, under_samples: bool) -> Option<Block> {
    let t = b.text.trim_start();
    (under_samples
        && b.kind == Kind::Paragraph
        && t.starts_with(['{', '['])
        && !t.starts_with("{{"))
    .then(|| Block {
        kind: Kind::Code { lang: None },
        ..b.clone()
    })
}

/// The status of a samples panel's tabs: `200`, or the first of a capture's run
/// (`200400401`).
fn tab_status(text: &str) -> Option<u16> {
    let t = text.trim();
    if t.len() > 3 && t.len().is_multiple_of(3) && t.chars().all(|c| c.is_ascii_digit()) {
        return bare_status(&t[..3]);
    }
    bare_status(t)
}

/// `"a" "b" "c" rest`: the quoted values and the rest; `… 244 more` after them is
/// skipped. Unquoted values (`0 1 2`) are not strings: none, and no rest.
pub(crate) fn quoted_values(v: &str) -> (Vec<String>, &str) {
    let mut rest = v.trim();
    let mut out = Vec::new();
    while let Some(inner) = rest.strip_prefix('"') {
        let Some(end) = inner.find('"') else {
            break;
        };
        out.push(inner[..end].to_string());
        rest = inner[end + 1..].trim_start();
    }
    if out.is_empty() {
        // Unquoted enum values (`Enum: 0 1 2`) are not strings: not an enum type; the rest
        // of the line is the values, not a description.
        return (Vec::new(), "");
    }
    if let Some(r) = rest.strip_prefix('…') {
        rest = r.trim_start();
        // `… 244 more`
        rest = rest
            .split_once("more")
            .map_or(rest, |(_, r)| r.trim_start());
    }
    (out, rest)
}

/// A status alone on its line (`400`, `**201**`).
fn bare_status(text: &str) -> Option<u16> {
    let t = text.trim().trim_matches('*').trim();
    (t.len() == 3 && t.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
        .filter(|s| (100..600).contains(s))
}

/// A line that can be a status's reason: one line of words, not a label of the
/// panel (a route, a status, a media type, samples, `Content type`).
fn reason_line(b: &Block) -> bool {
    let t = b.text.trim();
    (b.kind == Kind::Paragraph || b.level() == Some(0))
        && !t.is_empty()
        && !t.contains('\n')
        && t.split_whitespace().count() <= 40
        && !t.starts_with(['{', '['])
        && !t.ends_with(':')
        && route_line(t).is_none()
        && status_label(t).is_none()
        && !media_type_text(t)
        && !sample_tabs_label(t)
        && !panel_chrome(t)
}

/// A type a schema leaves open (`object`, `any`, `Array of any`): what a sample shows of it
/// is all there is to know.
pub(crate) fn open_type(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Map(inner) => **inner == TypeRef::ANY,
        TypeRef::List(inner) => open_type(inner),
        TypeRef::Primitive(chatgen_codegen::spec::Primitive::Any) => true,
        _ => false,
    }
}

/// A label over samples shown in tabs (`Request samples`, `Response samples`).
fn sample_tabs_label(text: &str) -> bool {
    let l = clean_heading(text).to_lowercase();
    l.trim_end_matches(':').trim().ends_with(" samples")
}

/// The status of an answer shown under no status (see [`Profile::schema_samples`]), while
/// it is read; [`unnumbered_answers`] makes it unknown.
const UNNUMBERED: u16 = 0;

/// Answers listed with no sample, when samples show every schema: their bodies unknown
/// (`response body of 400, 500`), save those that have none (204, 304).
fn unshown_answers(op: &mut Operation) {
    let unshown: Vec<u16> = op
        .responses
        .iter()
        .filter(|r| r.ty.is_none())
        .filter_map(Response::code)
        .filter(|s| *s != 204 && *s != 304)
        .collect();
    if !unshown.is_empty() {
        op.unknown.push(Unknown::ResponseBodyOf(unshown));
    }
}

/// Answers read under no status: their status unknown, and said so.
fn unnumbered_answers(op: &mut Operation) {
    let mut any = false;
    for r in op
        .responses
        .iter_mut()
        .filter(|r| r.status == Some(Status::Code(UNNUMBERED)))
    {
        r.status = None;
        any = true;
    }
    for e in op
        .examples
        .iter_mut()
        .filter(|e| e.status == Some(UNNUMBERED))
    {
        e.status = None;
    }
    if any {
        op.unknown.push(Unknown::ResponseStatus);
    }
}

/// The leading path segments every route shares (`/api/v3` for `/api/v3/ping` and
/// `/api/v3/teams/{uid}`), placeholders excepted, leaving each route a segment of its own;
/// empty when they share none.
fn common_prefix<'r>(routes: impl Iterator<Item = &'r RouteText>) -> String {
    let paths: Vec<Vec<&str>> = routes
        .map(|r| r.path.split('/').filter(|s| !s.is_empty()).collect())
        .collect();
    let Some(first) = paths.first() else {
        return String::new();
    };
    let shortest = paths.iter().map(Vec::len).min().unwrap_or(0);
    let mut n = (0..shortest.saturating_sub(1))
        .take_while(|&i| !first[i].contains('{') && paths.iter().all(|p| p[i] == first[i]))
        .count();
    // Every route keeps a word of its own (`/invites/{uid}` does not become `{uid}`).
    while n > 0 && paths.iter().any(|p| p[n..].iter().all(|s| s.contains('{'))) {
        n -= 1;
    }
    first[..n].iter().map(|s| format!("/{s}")).collect()
}

/// A heading that names a part of any reference, not the API (`Overview`, `Actions`).
fn generic_section(text: &str) -> bool {
    matches!(
        clean_heading(text).to_lowercase().as_str(),
        "overview"
            | "introduction"
            | "contents"
            | "table of contents"
            | "summary"
            | "description"
            | "actions"
            | "actions list"
            | "methods"
            | "endpoints"
            | "contact"
            | "api reference"
            | "reference"
    )
}

/// The page's introduction: the paragraphs between its title and its first operation.
fn page_intro(doc: &Document, title: Option<usize>, first_op: usize) -> Option<String> {
    let mut from = title? + 1;
    let first_op = first_op.min(doc.blocks.len());
    // Facts (`Version: 1.2`) and an `Overview` heading before it are skipped.
    while from < first_op
        && ((doc.blocks[from].is_heading()
            && (doc.blocks[from].text.contains(':') || generic_section(&doc.blocks[from].text)))
            || (doc.blocks[from].kind == Kind::Paragraph
                && !doc.blocks[from].text.trim().contains('\n')
                && doc.blocks[from].text.trim().starts_with("Version:")))
    {
        from += 1;
    }
    // Up to the first heading that is not a numbered section (`1.1. Getting Started`) or a
    // line of the introduction ending in `:` (`Http request usage:`).
    let end = (from..first_op)
        .find(|&i| {
            let b = &doc.blocks[i];
            b.is_heading()
                && !numbered_section(b)
                && !(b.level() == Some(0) && b.text.trim_end().ends_with(':'))
        })
        .unwrap_or(first_op);
    // Paragraphs apart in the page stay apart; lines that follow each other, together.
    let mut text = String::new();
    let mut last_line = 0;
    for b in doc.blocks[from.min(end)..end].iter().filter(|b| {
        (b.kind == Kind::Paragraph || b.level() == Some(0))
            && route_line(&b.text).is_none()
            && index_line(b).is_none()
            // Redoc's link to the OpenAPI document (`Download OpenAPI specification:`).
            && !b.text.trim_start().starts_with("Download OpenAPI specification")
    }) {
        let t = b.text.trim();
        if t.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str(if b.span.line == last_line + 1 {
                "\n"
            } else {
                "\n\n"
            });
        }
        text.push_str(t);
        last_line = b.span.end_line;
    }
    (!text.is_empty()).then_some(text)
}

/// A numbered section heading (`1.1. Getting Started`, `2. Methods`).
fn numbered_section(b: &Block) -> bool {
    b.is_heading() && strip_section_number(&b.text) != b.text.trim()
}

/// The page's title and its block: a front-matter `title:`, else the first heading before
/// the first operation (in a plain-text capture, whose headings carry no mark, the first
/// line), else the first heading, else the file name.
fn page_title(doc: &Document, first_op: usize) -> (Option<usize>, String) {
    let front = doc.source.lines.first().is_some_and(|l| l.trim() == "---");
    if front {
        for l in doc.source.lines.iter().skip(1) {
            if l.trim() == "---" {
                break;
            }
            if let Some(v) = l.strip_prefix("title:") {
                let first = doc.headings().next().map(|(i, _)| i);
                return (first, v.trim().trim_matches(['"', '\'']).to_string());
            }
        }
    }
    // A capture: the last heading before the introduction's paragraphs (what comes before
    // it is site chrome: a menu, a cookie banner), else its first line.
    if doc.kind == crate::read::blocks::InputKind::Text && first_op > 0 {
        let mut before = &doc.blocks[..first_op.min(doc.blocks.len())];
        // A page of its own sections (`Overview`, then the reference): the title is above
        // the first of them (not `Version: 1.2`).
        if let Some(first) = before
            .iter()
            .position(|b| b.is_heading() && generic_section(&b.text))
        {
            before = &before[..first];
        }
        let topic = |b: &Block| {
            b.is_heading()
                && !numbered_section(b)
                && !b.text.contains(':')
                && !generic_section(&b.text)
        };
        if let Some(t) = before.iter().rposition(topic) {
            return (Some(t), clean_heading(&before[t].text));
        }
        if let Some(b) = before.first()
            && !b.text.contains('\n')
            && b.text.split_whitespace().count() <= 12
        {
            return (Some(0), b.text.trim().to_string());
        }
    }
    // A rendered page: the heading over the introduction's first paragraph (a site's
    // name above it is chrome), else the first heading.
    let before = &doc.blocks[..first_op.min(doc.blocks.len())];
    if let Some(t) = (0..before.len().saturating_sub(1)).find(|&i| {
        before[i].is_heading()
            && !numbered_section(&before[i])
            && before[i + 1].kind == Kind::Paragraph
    }) {
        return (Some(t), clean_heading(&before[t].text));
    }
    match doc.headings().next() {
        Some((i, b)) => (Some(i), clean_heading(&b.text)),
        None => (
            None,
            doc.file.rsplit('/').next().unwrap_or(&doc.file).to_string(),
        ),
    }
}

impl Reader<'_> {
    fn operation(&mut self, o: &OpAt) -> Operation {
        let doc = self.doc;
        let id = o.rpc.as_deref().map_or_else(
            || match self.profile.short_ids {
                true => super::kit::title_id(&o.name).unwrap_or_default(),
                false => o.name.to_snake_case(),
            },
            |n| n.replace('.', "_").to_snake_case(),
        );
        // A name in another script (`Присоединение по приглашению`) gives no Rust
        // identifier: the route does (`post_api_v3_teams_team_uid_join`).
        let id = match (&o.route, id.is_empty() || !id.is_ascii()) {
            (Some(r), true) => {
                let path = r.path.strip_prefix(&self.id_prefix).unwrap_or(&r.path);
                format!("{} {path}", r.method).to_snake_case()
            }
            (None, true) if id.is_empty() => "operation".to_string(),
            (None, true) => format!(
                "op_{}",
                id.chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect::<String>()
            ),
            (_, false) => id,
        };
        let id = if id.is_empty() || id == "op_" {
            "operation".to_string()
        } else {
            id
        };
        let pascal = id.to_pascal_case();
        let mut op = Operation {
            id,
            name: o.name.clone(),
            line: o.line,
            rpc: o.rpc.clone().map(|target| Rpc { target }),
            ..Operation::default()
        };
        if let Some(r) = &o.route {
            // `METHODS` are `Method::ALL`'s names: every route read parses.
            op.route = r.method.parse::<Method>().ok().map(|method| Route {
                method,
                path: r.path.clone(),
            });
            if let Some(s) = &r.server {
                self.servers.push(s.clone());
            }
            // Server URLs on the lines after the route in its own block (a capture that
            // kept no blank line between them).
            if let Some(rb) = o.block {
                for l in doc.blocks[rb].text.lines().skip(1) {
                    if let Some(server) = server_of(l.trim(), &r.path) {
                        self.servers.push(server);
                    }
                }
            }
            if let Some(n) = &r.note {
                self.kit.warn(o.line, format!("{}: {n}", o.name));
            }
        }
        // Named by a list of methods, documented nowhere else.
        if let Some(desc) = &o.listed {
            op.listed_only = true;
            op.doc = desc.clone();
            return op;
        }
        let end = o.end.min(doc.blocks.len());
        let start = o.start.min(end);
        // The blocks of its extents, each with its index in the document.
        let mut index: Vec<usize> = (start..end).collect();
        for &(s, e) in &o.more {
            let e = e.min(doc.blocks.len());
            index.extend(s.min(e)..e);
        }
        let joined: Vec<Block>;
        let blocks: &[Block] = if o.more.is_empty() {
            &doc.blocks[start..end]
        } else {
            for &(s, _) in &o.more {
                self.kit.warn(
                    doc.blocks[s].span.line,
                    format!(
                        "`{}` is documented again here (first at line {}); read as one operation",
                        doc.blocks[s].text.trim(),
                        o.route_at
                    ),
                );
            }
            joined = index.iter().map(|&i| doc.blocks[i].clone()).collect();
            &joined
        };
        let doc_at = blocks
            .iter()
            .take_while(|b| {
                (!b.is_heading() || (b.level() == Some(0) && block_label(b).is_none()))
                    // `Url:`: what follows a label of the vendor's own is not the description.
                    && !(b.level() == Some(0)
                        && !b.text.contains('\n')
                        && b.text.trim_end().ends_with(':'))
            })
            .position(|b| {
                (b.kind == Kind::Paragraph || b.level() == Some(0) || prose_code(b))
                    && block_label(b).is_none()
                    && route_line(&b.text).is_none()
                    && !b.text.contains("\n:")
                    // `Url:`, `Push information:`: a label of the vendor's own.
                    && !(b.level() == Some(0) && b.text.trim_end().ends_with(':'))
            });
        // (The description of the server under the route, `Local server`, is not the
        // operation's.)
        let doc_at = doc_at.filter(|&at| {
            !(blocks[at].span.line >= o.route_at
                && blocks.get(at + 1).is_some_and(|n| {
                    let t = n.text.trim();
                    t.starts_with("http://") || t.starts_with("https://")
                }))
        });
        op.doc = doc_at.map(|at| {
            // The paragraphs right after it go on with the description (a note, a second
            // sentence), up to anything else: a label, a list, a route, a `Key: value` line.
            // The operation's own route line between them is skipped.
            let more = blocks[at + 1..]
                .iter()
                .filter(|b| {
                    (b.span.line != o.route_at || b.is_heading())
                        // A section's field list before the route documents fields.
                        && !(matches!(b.kind, Kind::Item { .. })
                            && b.span.line < o.route_at
                            && dash_list(&b.text))
                })
                .take_while(|b| {
                    (b.kind == Kind::Paragraph || b.level() == Some(0) || prose_code(b))
                        && block_label(b).is_none()
                        && !b.text.contains('\n')
                        && b.text.lines().next().and_then(route_line).is_none()
                        && !key_value_line(&b.text)
                        && !b.text.trim().starts_with('<')
                        && !b.text.trim_end().ends_with(':')
                        && inline_events(&b.text).is_none()
                });
            std::iter::once(&blocks[at])
                .chain(more)
                .map(|b| b.text.replace("\\\n", "\n").trim().to_string())
                .collect::<Vec<_>>()
                .join("\n")
        });
        if op.doc.is_none() {
            op.doc = o.index_doc.clone();
        }
        let returns = returns_entity(blocks);

        let mut ctx: Option<Ctx> = None;
        let mut raw: Vec<(RawParam, Option<Ctx>)> = Vec::new();
        let mut statuses: Vec<(u16, u32, Option<String>)> = Vec::new();
        // Statuses said only in prose (`Returns 200 with …`), kept when nothing else gives one.
        let mut prose_found: Vec<(u16, u32, Option<String>)> = Vec::new();
        // Per status, its JSON examples and, when the JSON had to be repaired (a missing
        // comma), the text as the page prints it.
        let mut samples: BTreeMap<u16, Vec<(Node, Option<String>)>> = BTreeMap::new();
        let mut media: BTreeMap<u16, String> = BTreeMap::new();
        // Per extent, the first JSON under a body label.
        let mut body_samples: Vec<(usize, Node, Option<String>)> = Vec::new();
        // A body sample's text as written, by its line, when it is not plain JSON.
        let mut body_raw: BTreeMap<u32, String> = BTreeMap::new();
        // Under a samples label (`Request samples`).
        let mut samples_label = false;
        // A status tab read under it.
        let mut tab_read = false;
        // A body that is a list (`Array`, then the items' type line), and its line.
        let mut array_body: Option<(TypeRef, u32)> = None;
        // A body that is a list of the fields listed (`Array` over them).
        let mut array_of_fields = false;
        // The line of the first body schema label (`Request Body schema: application/json`).
        let mut body_label: Option<u32> = None;
        let mut intro_fields: Vec<RawParam> = Vec::new();
        let mut notes: Vec<String> = Vec::new();
        // A metadata label being read: key, joiner, lines, label line.
        let mut meta: Option<(String, &'static str, Vec<String>, u32)> = None;
        // The answer's fields listed under a response label, and that label's status/line.
        let mut answer_fields: Vec<RawParam> = Vec::new();
        let mut answer_at: Option<(Option<u16>, u32)> = None;
        let mut answer_label: Option<(u32, String)> = None;
        let extent_bounds: Vec<usize> = std::iter::once(end - start)
            .chain(o.more.iter().scan(end - start, |acc, &(s, e)| {
                *acc += e.min(doc.blocks.len()).saturating_sub(s);
                Some(*acc)
            }))
            .collect();
        let extent_of = |k: usize| extent_bounds.iter().filter(|&&b| b <= k).count();
        let mut body_media: Option<String> = None;
        // The media type a body label names (`Request Body schema: application/json`) or a
        // line under it: the body's content type.
        let mut declared_media: Option<String> = None;
        let mut base_depth: Option<u8> = None;
        let mut skip_to = 0;
        let mut last_field: Option<usize> = None;
        // A parameter label not yet followed by anything but other labels.
        let mut op_label: Option<(u32, String, Ctx)> = None;
        for (k, b) in blocks.iter().enumerate() {
            if k < skip_to {
                continue;
            }
            // JSON a page set as a paragraph under a samples label (Redoc's HTML): a sample.
            let as_code: Block;
            let b = match sample_paragraph(b, samples_label) {
                Some(code) => {
                    as_code = code;
                    &as_code
                }
                None => b,
            };
            if block_label(b).is_none() {
                op_label = None;
            }
            if k > skip_to {
                last_field = None;
            }
            // A sample call (`$ curl URL` and its option lines): a request example; its
            // `Authorization: Bearer` header says how the API authenticates.
            if let Some((call, last)) = curl_call(blocks, k) {
                skip_to = last + 1;
                // What a `Sample request` label announces.
                op_label = None;
                let auth_line = blocks[k..=last]
                    .iter()
                    .flat_map(|c| {
                        let first = if c.is_code() {
                            code_first_line(c)
                        } else {
                            c.span.line
                        };
                        (first..).zip(c.text.split('\n'))
                    })
                    .find(|(_, l)| l.to_ascii_lowercase().contains("authorization:"))
                    .map_or(b.span.line, |(n, _)| n);
                if let Some(ex) = self.curl_example(&call, b.span.line, auth_line) {
                    op.examples.push(ex);
                }
                continue;
            }
            // A media type on a line of its own names the content type of the body or the
            // answer it stands over.
            if let Some(m) = media_type(b) {
                match ctx {
                    Some(Ctx::Response(Some(s))) => {
                        media.entry(s).or_insert(m);
                    }
                    Some(Ctx::Params(Some(Location::Body))) => {
                        declared_media.get_or_insert(m.clone());
                        body_media.get_or_insert(m);
                    }
                    _ => {}
                }
                continue;
            }
            // The chrome of a samples panel (`Content type`, `Copy`, `Expand all`) and, under
            // the route, its path on a line of its own and the server URLs ending with it
            // (the server): nothing to read.
            if !b.is_code() && !b.text.contains('\n') {
                let t = b.text.trim();
                let path = o.route.as_ref().map_or("", |r| r.path.as_str());
                let under_route = o.route.is_some()
                    && meta.is_none()
                    // (In HTML, after the route's block on its line too.)
                    && (b.span.line > o.route_at || o.block.is_some_and(|rb| index[k] > rb))
                    && (t.starts_with('/') && !t.contains(char::is_whitespace)
                        || t.starts_with("http://")
                        || t.starts_with("https://"));
                if panel_chrome(t) || under_route {
                    if let Some(server) = server_of(t, path) {
                        self.servers.push(server);
                    }
                    continue;
                }
            }
            // Under a status, a sentence ending in `:` ("Status will be posted with chosen
            // parameters:") introduces that answer's example, not a parameter list.
            let prose_in_status = matches!(ctx, Some(Ctx::Response(Some(_))))
                && b.kind == Kind::Paragraph
                && b.text.split_whitespace().count() > 4;
            // In a parameter list, `options` over `array of objectsList of …` is a field,
            // not a label.
            let field_here = matches!(ctx, Some(Ctx::Params(_) | Ctx::Form))
                && (b.kind == Kind::Paragraph || b.level() == Some(0))
                && field_entry(blocks, k).is_some();
            // A line in lower case after an item goes on with the item's text (a wrapped
            // description: `about the user. Objects contain the following fields:`).
            let item_text = b.kind == Kind::Paragraph
                && b.text.trim_start().starts_with(|c: char| c.is_lowercase())
                && k > 0
                && matches!(blocks[k - 1].kind, Kind::Item { .. });
            // A label of the profile's metadata (`Call type:`): its text, up to the next
            // label, is kept as the operation's metadata.
            let single = !b.is_code() && !b.text.trim().contains('\n') && b.table().is_none();
            let label_line = single && b.text.trim_end().ends_with(':');
            // Its text runs to the next line ending in `:` or heading (`Sent as JSON.` is
            // text there, not a label).
            if let Some((_, _, lines, _)) = meta.as_mut()
                && !label_line
                && (!b.is_heading() || b.level() == Some(0))
                && !matches!(b.kind, Kind::Code { .. } | Kind::Item { .. })
            {
                match b.table() {
                    // A row's cells run together, as a text capture prints them.
                    Some(t) => lines.extend(
                        std::iter::once(&t.header)
                            .filter(|h| !h.is_empty())
                            .chain(&t.rows)
                            .map(|r| r.concat()),
                    ),
                    None => lines.extend(
                        b.text
                            .lines()
                            .map(|l| l.trim().to_string())
                            .filter(|l| !l.is_empty()),
                    ),
                }
                continue;
            }
            if label_line || block_label(b).is_some() || b.is_heading() {
                self.flush_meta(meta.take(), &mut op);
            }
            if label_line && let Some(m) = self.meta_label(&b.text) {
                meta = Some(m);
                ctx = Some(Ctx::Other);
                continue;
            }
            // The route line starts the operation afresh: a label over it (`Part 1.
            // Request for SMS:`) does not govern what follows it.
            // (In HTML, only the route's own block of those on its line.)
            if b.span.line == o.route_at
                && !b.is_heading()
                && o.block.is_none_or(|rb| index[k] == rb)
            {
                ctx = None;
            }
            // `Sends events: * a * b`: the events the call sends, on the label's line.
            if !b.is_code()
                && let Some(events) = inline_events(&b.text)
            {
                op.events.extend(events);
                ctx = Some(Ctx::Events);
                continue;
            }
            if ctx == Some(Ctx::Events)
                && let Kind::Item { .. } = b.kind
            {
                op.events.extend(
                    b.text
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_string),
                );
                continue;
            }
            // `**Payload:** User`: a body given by the name of a type whose field table the
            // page has elsewhere (`### User` under `## Data types`).
            if !b.is_code() && b.table().is_none() {
                let named: Vec<usize> = b
                    .text
                    .split('\n')
                    .filter_map(|l| named_body(doc, l))
                    .collect();
                for &t in &named {
                    if let Some(table) = doc.blocks[t].table() {
                        // Fields of the body, even where a placeholder has their name.
                        for mut p in table_params(table, doc.blocks[t].span.line) {
                            p.location = Some(Location::Body);
                            raw.push((p, Some(Ctx::Params(Some(Location::Body)))));
                        }
                    }
                }
                if !named.is_empty() && !b.text.contains('\n') {
                    ctx = Some(Ctx::Other);
                    continue;
                }
            }
            // A definition whose term is a label (`Errors` / `: In addition, …`): the
            // definitions after it are what that label says.
            if let Some(c) = definition_label(b) {
                ctx = Some(c);
                continue;
            }
            // Under a response, a label of fields that names no request side (`The track
            // object has the following attributes:`) describes the answer.
            if matches!(ctx, Some(Ctx::Response(_))) && answer_fields_label(b) {
                continue;
            }
            // Under a samples label, the status tabs (`200`, or a capture's `200400`): the
            // sample shown is the first tab's.
            if samples_label && let Some(s) = tab_status(&b.text) {
                if !tab_read {
                    ctx = Some(Ctx::Response(Some(s)));
                    if !statuses.iter().any(|x| x.0 == s) {
                        statuses.push((s, b.span.line, None));
                    }
                }
                tab_read = true;
                continue;
            }
            // `Array` under a body label, over the items' type line (`string <url>`): a
            // body that is a list of them.
            if ctx == Some(Ctx::Params(Some(Location::Body)))
                && array_body.is_none()
                && !array_of_fields
                && b.text
                    .trim()
                    .trim_end_matches(" [")
                    .eq_ignore_ascii_case("array")
            {
                match blocks.get(k + 1).and_then(|n| type_line(n.text.trim())) {
                    Some(item) => {
                        array_body = Some((TypeRef::List(Box::new(item.ty)), b.span.line));
                        skip_to = k + 2;
                    }
                    // Over the fields of its items.
                    None => array_of_fields = true,
                }
                continue;
            }
            // A status printed alone (`400`) over its reason, as Redoc lists answers: the
            // reason, whatever its words (`Bad request` is no label there).
            if let Some(Ctx::Response(Some(s))) = ctx
                && k > 0
                && bare_status(&blocks[k - 1].text) == Some(s)
                && reason_line(b)
                && let Some(last) = statuses.last_mut()
                && last.0 == s
                && last.2.is_none()
            {
                last.2 = Some(b.text.trim().to_string());
                continue;
            }
            if let Some(c) =
                block_label(b).filter(|_| !prose_in_status && !field_here && !item_text)
            {
                // (A label over another of its kind, `Request Body schema:` over `Request
                // body` or `Data request object`, the body's description, is not empty: the
                // second goes on with it.)
                let body = Ctx::Params(Some(Location::Body));
                let c = match &op_label {
                    Some(l) if l.2 == body && matches!(c, Ctx::Params(None)) => body,
                    _ => c,
                };
                if op_label.as_ref().is_some_and(|l| l.2 == c) {
                    op_label = None;
                }
                self.empty_label(op_label.take(), &mut op);
                ctx = Some(c);
                // (A sample's status tab, `200`, stays under the samples label.)
                samples_label = sample_tabs_label(&b.text);
                tab_read = false;
                if c == Ctx::Params(Some(Location::Body))
                    && let (_, Some(m)) = label_media(&clean_heading(&b.text))
                {
                    declared_media.get_or_insert(m);
                }
                if c == Ctx::Params(Some(Location::Body))
                    && b.text.to_ascii_lowercase().contains("body schema")
                {
                    body_label.get_or_insert(b.span.line);
                }
                base_depth = None;
                if matches!(c, Ctx::Params(_) | Ctx::Form) {
                    op_label = Some((b.span.line, clean_heading(&b.text), c));
                }
                if matches!(c, Ctx::Response(_)) {
                    answer_label = Some((b.span.line, clean_heading(&b.text)));
                }
                if let Ctx::Response(Some(s)) = c
                    && !statuses.iter().any(|x| x.0 == s)
                {
                    statuses.push((s, b.span.line, status_reason(&clean_heading(&b.text), s)));
                }
                continue;
            }
            // A short line under a status that gave no reason (`Status code 204` /
            // `No Content`): the reason.
            if let Some(Ctx::Response(Some(s))) = ctx
                && (b.kind == Kind::Paragraph || b.level() == Some(0))
                && !b.text.contains('\n')
                && b.text.split_whitespace().count() <= 4
                && !b.text.trim_start().starts_with(['{', '['])
                && let Some(last) = statuses.last_mut()
                && last.0 == s
                && last.2.is_none()
                && !samples.contains_key(&s)
                && !media.contains_key(&s)
            {
                last.2 = Some(b.text.trim().to_string());
                continue;
            }
            // A field whose name a capture printed as a heading (`X-Data-Filter` over its
            // type line): a field of the list, not the end of it.
            if field_here
                && b.is_heading()
                && let Some((p, used)) = field_entry(blocks, k)
            {
                raw.push((p, ctx));
                skip_to = k + used;
                last_field = Some(raw.len() - 1);
                continue;
            }
            // `#### \`channel\`` under `### Parameters`: a parameter given a heading of its
            // own, its description under it.
            if b.is_heading()
                && matches!(ctx, Some(Ctx::Params(_) | Ctx::Form))
                && Some(index[k]) != o.heading
                && let Some((p, used)) = argument_heading(blocks, k)
            {
                raw.push((p, ctx));
                skip_to = k + used;
                last_field = Some(raw.len() - 1);
                continue;
            }
            if b.is_heading() {
                // A topic heading inside the extent (an example, a note) ends a list; the
                // operation's own heading (a page's extent starts above it) does not.
                if Some(index[k]) != o.heading {
                    ctx = Some(if request_type_heading(&b.text) {
                        Ctx::Params(Some(Location::Body))
                    } else {
                        Ctx::Other
                    });
                }
                continue;
            }
            // A raw exchange in code (`HTTP/1.1 200 OK`, `HTTP 200`): its statuses.
            if b.is_code() {
                let answer = matches!(ctx, Some(Ctx::Response(_)));
                for l in b.text.lines() {
                    if let Some((code, reason)) = http_status_line(l)
                        .or_else(|| answer.then(|| status_header_line(l)).flatten())
                        && !statuses.iter().any(|x| x.0 == code)
                    {
                        statuses.push((code, b.span.line, reason));
                    }
                }
            }
            // A table of statuses (`| Return Code | Reason |`, `| Status | Meaning |`).
            if let Some(t) = b.table()
                && let Some(found) = status_table(t)
            {
                for (code, reason) in found {
                    if !statuses.iter().any(|x| x.0 == code) {
                        statuses.push((code, b.span.line, reason));
                    }
                }
                continue;
            }
            // Statuses listed as items or lines under a response label (`+ 201 Created`).
            if matches!(ctx, Some(Ctx::Response(_))) && !b.is_code() {
                let mut any = false;
                for l in b.text.split('\n') {
                    if let Some(st) = status_item(l)
                        && !statuses.iter().any(|x| x.0 == st.0)
                    {
                        statuses.push((st.0, b.span.line, st.1));
                        any = true;
                    }
                }
                if any {
                    continue;
                }
            }
            // `**Payload:** User` over `**Return value:** HTTP status 201 (Created)`: lines of
            // labels in one paragraph, each read as its own line.
            if b.kind == Kind::Paragraph && b.text.contains('\n') {
                for (n, l) in (b.span.line..).zip(b.text.split('\n')) {
                    for (code, doc_text) in inline_statuses(l) {
                        if !statuses.iter().any(|x| x.0 == code) {
                            statuses.push((code, n, doc_text));
                        }
                    }
                }
            }
            // `**Return value:** Result list`: what follows is the answer, not the body a
            // label above announced.
            if b.kind == Kind::Paragraph
                && matches!(ctx, Some(Ctx::Params(Some(Location::Body))))
                && b.text
                    .lines()
                    .last()
                    .is_some_and(|l| answer_label_rest(&l.replace(['*', '`'], "")).is_some())
            {
                ctx = Some(Ctx::Response(None));
            }
            // `Response: HTTP 200 on success, 500 on error`: statuses in a response line.
            if !b.is_code() && !b.text.contains('\n') {
                let found = inline_statuses(&b.text);
                if !found.is_empty() {
                    for (code, doc_text) in found {
                        if !statuses.iter().any(|x| x.0 == code) {
                            statuses.push((code, b.span.line, doc_text));
                        }
                    }
                    ctx = Some(Ctx::Response(None));
                    continue;
                }
            }
            // `Returns 200 with an empty object`, `responds with 204`: statuses in prose.
            if b.kind == Kind::Paragraph {
                for (code, doc_text) in prose_statuses(&b.text) {
                    if !prose_found.iter().any(|x| x.0 == code) {
                        prose_found.push((code, b.span.line, doc_text));
                    }
                }
            }
            let in_params = matches!(ctx, Some(Ctx::Params(_) | Ctx::Form) | None);
            // Items and text right after a field line describe it (`none = …`, more
            // sentences), until the next field line.
            let describes = match b.kind {
                Kind::Item { .. } => true,
                Kind::Paragraph => {
                    in_params
                        && definition(b).is_none()
                        && field_entry(blocks, k).is_none()
                        && !b.text.trim().is_empty()
                }
                _ => false,
            };
            if let Some(at) = last_field
                && k == skip_to
                && describes
            {
                let d = &mut raw[at].0.doc;
                if !d.is_empty() {
                    d.push('\n');
                }
                d.push_str(b.text.trim());
                skip_to = k + 1;
                continue;
            }
            match &b.kind {
                Kind::Table(t) if in_params => {
                    for p in table_params(t, b.span.line) {
                        raw.push((p, ctx));
                    }
                }
                Kind::Paragraph if in_params => {
                    if let Some(p) = definition(b) {
                        raw.push((p, ctx));
                    } else if ctx.is_some()
                        && let Some((p, used)) = field_entry(blocks, k)
                    {
                        raw.push((p, ctx));
                        skip_to = k + used;
                        last_field = Some(raw.len() - 1);
                        continue;
                    } else if ctx.is_none()
                        && b.span.line > o.route_at
                        && (!raw.is_empty() || !op.events.is_empty())
                        && !b.text.trim().is_empty()
                        && b.text.lines().next().and_then(route_line).is_none()
                        && !blocks.get(k + 1).is_some_and(|n| {
                            // (`Local server` over a server URL: the server's description.)
                            let t = n.text.trim();
                            t.starts_with("http://") || t.starts_with("https://")
                        })
                    {
                        // Prose after the route's list, before any label: a note on the
                        // call, part of its description.
                        notes.push(b.text.trim().to_string());
                    }
                }
                // Items with no label over them, after the route: a parameter list when
                // every line names a wire name before a dash (`phone — телефон`).
                // Before the route (a section's introduction), such a list describes the
                // fields of what the section's calls send and return.
                Kind::Item { .. }
                    if ctx.is_none() && b.span.line < o.route_at && dash_list(&b.text) =>
                {
                    intro_fields.extend(bullets(&b.text, b.span.line));
                }
                // A dash item whose name is no wire name (`имя — кириллица`) among them.
                Kind::Item { .. }
                    if ctx.is_none()
                        && b.span.line > o.route_at
                        && !raw.is_empty()
                        && !dash_list(&b.text)
                        && dash_item_name(&b.text).is_some() =>
                {
                    self.kit.warn(
                        b.span.line,
                        format!(
                            "operation `{}`: expected `name — description` with a wire name (ASCII letters, digits, `_`, `.`, `-`), found `{}`; skipped",
                            op.name,
                            dash_item_name(&b.text).unwrap_or_default()
                        ),
                    );
                }
                Kind::Item { depth, .. }
                    if ctx.is_none() && b.span.line > o.route_at && dash_list(&b.text) =>
                {
                    let base = *base_depth.get_or_insert(*depth);
                    if *depth == base {
                        for p in bullets(&b.text, b.span.line) {
                            raw.push((p, ctx));
                        }
                    }
                }
                // Under `Request samples`, a lone word is a sample's tab (`Payload`).
                Kind::Item { .. } if samples_label && is_token(b.text.trim()) => {}
                Kind::Item { depth, .. } if in_params && ctx.is_some() => {
                    let base = *base_depth.get_or_insert(*depth);
                    // (`注意: …`, a note under a field: a name in another script is no
                    // wire name of a list's own.)
                    let read: Vec<RawParam> = bullets(&b.text, b.span.line)
                        .into_iter()
                        .filter(|p| *depth > base || p.name.is_ascii())
                        .collect();
                    if read.is_empty() && !b.text.trim().is_empty() {
                        self.unread_item(&op.name, b);
                    }
                    if *depth == base {
                        for p in read {
                            raw.push((p, ctx));
                        }
                    } else if *depth > base
                        && let Some((parent, _)) = raw.last_mut()
                        && parent.ty_ref.is_some()
                    {
                        // Under a typed item (`event - struct`): its struct's fields.
                        for p in read {
                            nest(parent, depth - base, p);
                        }
                    }
                }
                // Items under a response label: the answer's fields (nested items are the
                // fields of the struct above them).
                Kind::Item { depth, .. } if matches!(ctx, Some(Ctx::Response(_))) => {
                    let base = *base_depth.get_or_insert(*depth);
                    let read = bullets(&b.text, b.span.line);
                    if read.is_empty() && !answer_fields.is_empty() && !b.text.trim().is_empty() {
                        self.unread_item(&op.name, b);
                    }
                    for p in read {
                        if p.ty_ref.is_none() && p.ty.is_none() && *depth == base {
                            continue;
                        }
                        if *depth == base {
                            answer_fields.push(p);
                        } else if let Some(parent) = answer_fields.last_mut() {
                            nest(parent, depth - base, p);
                        }
                    }
                    if let Some(Ctx::Response(status)) = ctx {
                        answer_at.get_or_insert((status, b.span.line));
                    }
                }
                Kind::Code { lang }
                    if (matches!(ctx, Some(Ctx::Params(Some(Location::Body))))
                        // JSON right under a route that sends a body, with no label
                        // between: the body.
                        || ((ctx.is_none()
                            // (Or under a request label, right after the route's own
                            // code block: `### Request` / `POST /x` / `{"name": …}`.)
                            || (matches!(ctx, Some(Ctx::Params(None)))
                                && k > 0
                                && route_block_before(&blocks[k - 1], o.route_at)))
                            && b.span.line > o.route_at
                            && o.route.as_ref().is_some_and(|r| {
                                matches!(r.method.as_str(), "POST" | "PUT" | "PATCH")
                            })))
                        && !body_samples.iter().any(|(e, _, _)| *e == extent_of(k))
                        && lang
                            .as_deref()
                            .is_none_or(|l| l.is_empty() || l.eq_ignore_ascii_case("json"))
                        && b.text.trim_start().starts_with(['{', '['])
                        && !b.text.trim_start().starts_with("{{") =>
                {
                    // A JSON body under a body label: the body's shape (type names or a
                    // sample).
                    match sample_json(doc, index[k], b.span.end_line, blocks) {
                        Ok((parsed, raw, bulleted)) => {
                            if bulleted {
                                skip_to = past_line(blocks, k, parsed.end_line);
                                body_raw.insert(parsed.node.line, raw.trim().to_string());
                            }
                            body_samples.push((extent_of(k), parsed.node, body_media.take()))
                        }
                        Err(e) => {
                            self.kit
                                .json_warning(&e, "in a request body", "body sample skipped")
                        }
                    }
                }
                Kind::Code { lang } => {
                    // Under `Response` with no status: the last status listed, else the
                    // success the doc shows.
                    let status = match ctx {
                        Some(Ctx::Response(Some(s))) => Some(s),
                        // A renderer's sample under no status at all: its status is unknown.
                        Some(Ctx::Response(None))
                            if self.profile.schema_samples && statuses.is_empty() =>
                        {
                            Some(UNNUMBERED)
                        }
                        Some(Ctx::Response(None)) => Some(return_last(&statuses)),
                        _ => None,
                    };
                    let json_lang = lang
                        .as_deref()
                        .is_none_or(|l| l.is_empty() || l.eq_ignore_ascii_case("json"));
                    // `{{< hint >}}`: a site generator's shortcode, not JSON.
                    if let Some(s) = status
                        && json_lang
                        && b.text.trim_start().starts_with(['{', '['])
                        && !b.text.trim_start().starts_with("{{")
                    {
                        match sample_json(doc, index[k], b.span.end_line, blocks) {
                            Ok((parsed, raw, bulleted)) => {
                                if !statuses.iter().any(|x| x.0 == s) {
                                    statuses.push((s, b.span.line, None));
                                }
                                if bulleted {
                                    skip_to = past_line(blocks, k, parsed.end_line);
                                }
                                let raw =
                                    (parsed.lenient || bulleted).then(|| raw.trim().to_string());
                                samples.entry(s).or_default().push((parsed.node, raw));
                            }
                            Err(e) => self.kit.json_warning(
                                &e,
                                "in a response example",
                                "example skipped",
                            ),
                        }
                    }
                }
                _ => {}
            }
        }
        self.empty_label(op_label, &mut op);
        self.flush_meta(meta.take(), &mut op);
        if !notes.is_empty() {
            let mut d = op.doc.take().unwrap_or_default();
            for n in notes {
                if !d.contains(&n) {
                    if !d.is_empty() {
                        d.push('\n');
                    }
                    d.push_str(&n);
                }
            }
            op.doc = Some(d);
        }
        // An operation that is a table row (`Path | Method | Description`): the fields
        // listed inside its cells.
        if let Some(t) = o.block.and_then(|b| doc.blocks[b].table())
            && let Some(k) = t.row_lines.iter().position(|&l| l == o.route_at)
            && let Some(row) = t.rows.get(k)
        {
            for cell in row {
                raw.extend(cell_fields(cell, o.route_at));
            }
            // Its description: the description cell, up to the fields it lists.
            if let Some(d) = t
                .header
                .iter()
                .position(|h| {
                    matches!(
                        h.trim().to_ascii_lowercase().as_str(),
                        "description" | "summary" | "details"
                    )
                })
                .and_then(|i| row.get(i))
            {
                let first = d.split("<br").next().unwrap_or("").trim();
                if !first.is_empty() && o.more.is_empty() && o.end <= o.start + 1 {
                    op.doc = Some(first.to_string());
                }
                for code in cell_statuses(d) {
                    if !statuses.iter().any(|x| x.0 == code) {
                        statuses.push((code, o.route_at, None));
                    }
                }
            }
        }
        if statuses.is_empty() {
            statuses = prose_found;
        }
        raw.extend(prose_query(doc, o));
        raw.retain(|(p, _)| !label_name(&p.name));
        shown_in_query(o, &mut raw);
        // `createGroupIfNotExistsFor(groupMapper)`: the arguments a method heading's
        // signature names, where no list gives them.
        if o.rpc.is_some()
            && let Some(h) = o.heading
        {
            for p in signature(&clean_heading(&doc.blocks[h].text))
                .map(|(_, args)| args)
                .unwrap_or_default()
            {
                if !raw.iter().any(|(q, _)| q.name == p.name) {
                    raw.push((
                        RawParam {
                            line: doc.blocks[h].span.line,
                            ..p
                        },
                        None,
                    ));
                }
            }
        }
        let untyped = self.params(&mut op, raw, &pascal, o.route_at);
        if array_of_fields && let Some(b) = op.body.as_mut() {
            b.ty = TypeRef::List(Box::new(b.ty.clone()));
        }
        if op.body.is_none()
            && let Some((ty, line)) = array_body
        {
            op.body = Some(Body {
                content_type: declared_media.clone(),
                ty,
                line: Some(body_label.unwrap_or(line)),
            });
        }
        self.body_at_label(&mut op, body_label);
        if let Some(b) = op.body.as_mut()
            && b.content_type.is_none()
        {
            b.content_type = declared_media.clone();
        }
        // `GET /qr-login.png?debug=True` as the operation's route: optional query
        // parameters the page lists nowhere else, typed by the value shown.
        for (name, value) in o.route.iter().flat_map(|r| &r.pairs) {
            if op.params.iter().any(|p| p.name == *name) {
                continue;
            }
            op.params.push(Param {
                name: name.clone(),
                location: Location::Query,
                ty: TypeRef::Primitive(value_type(value)),
                type_cue: Some(format!("shown in the route as `{name}={value}`")),
                line: Some(o.route_at),
                ..Param::default()
            });
        }
        // With fields listed, JSON that shares no member with them is an example inside a
        // description (`metadata` … `{ "color": "blue" }`), not the body's.
        if let Some(Body {
            ty: TypeRef::Named(name),
            ..
        }) = &op.body
            && let Some(def) = self.kit.infer.types.get(name)
        {
            body_samples.retain(|(_, node, _)| match &node.kind {
                JsonKind::Object(members) => members
                    .iter()
                    .any(|(m, _)| def.fields().iter().any(|f| f.name == *m)),
                _ => false,
            });
        }
        for (_, node, _) in &body_samples {
            op.examples.push(Example {
                of: ExampleOf::Request,
                status: None,
                kind: self.sample_kind(node),
                url: None,
                raw: body_raw.get(&node.line).cloned(),
                json: Some(node.to_value()),
                line: node.line,
            });
        }
        // An RPC method's example is the call as sent (an envelope, a form): an example,
        // not the shape of a body.
        if let Some((_, node, content_type)) = body_samples.first().filter(|_| op.rpc.is_none()) {
            let kind = self.sample_kind(node);
            let content_type = content_type.clone();
            // Fields listed and shown as JSON: a JSON body, unless the page says otherwise.
            if let Some(b) = op.body.as_mut()
                && b.content_type.is_none()
                && kind == SampleKind::Real
            {
                b.content_type = Some(
                    content_type
                        .clone()
                        .unwrap_or_else(|| "application/json".into()),
                );
            }
            match (&op.body, &node.kind) {
                // `{}`: a call without body fields; nothing to type.
                (None, JsonKind::Object(members)) if members.is_empty() => {}
                (None, _) => {
                    let ty = match kind {
                        SampleKind::TypeNames => self
                            .kit
                            .infer
                            .from_type_names(node, &format!("{pascal}Body")),
                        _ => {
                            let all: Vec<&Node> = body_samples.iter().map(|(_, n, _)| n).collect();
                            let ty =
                                self.kit
                                    .infer
                                    .infer_samples(&all, &format!("{pascal}Body"), kind);
                            self.example_fields_optional(&ty);
                            ty
                        }
                    };
                    // A real JSON example is a JSON body, unless the page says otherwise.
                    let content_type = match kind {
                        SampleKind::Real => {
                            content_type.or_else(|| Some("application/json".into()))
                        }
                        _ => content_type,
                    };
                    op.body = Some(Body {
                        content_type,
                        ty,
                        line: Some(node.line),
                    });
                }
                // Fields listed and shown: the list names them, the example types them.
                (
                    Some(Body {
                        ty: TypeRef::Named(name),
                        ..
                    }),
                    JsonKind::Object(members),
                ) if kind == SampleKind::Real || self.profile.schema_samples => {
                    let name = name.clone();
                    self.type_from_example(&name, members, &untyped, kind);
                }
                _ => {}
            }
        }
        self.curl_body(&mut op, &pascal);
        self.responses(
            &mut op,
            statuses,
            samples,
            media,
            &pascal,
            returns.as_deref(),
        );
        // The section's field list describes what every call of the section sends and
        // returns.
        if let Some(h) = o.heading {
            if intro_fields.is_empty() {
                intro_fields = self.section_fields.get(&h).cloned().unwrap_or_default();
            } else {
                self.section_fields.insert(h, intro_fields.clone());
            }
        }
        if !intro_fields.is_empty() {
            let types: Vec<TypeRef> = op
                .body
                .iter()
                .map(|b| b.ty.clone())
                .chain(op.responses.iter().filter_map(|r| r.ty.clone()))
                .collect();
            for ty in &types {
                self.document_fields(ty, &intro_fields);
            }
        }
        if !answer_fields.is_empty() {
            let (label_line, label) = answer_label.clone().unwrap_or((o.line, String::new()));
            // The type is named after the label when it is a word of its own (`Output`).
            let word = match label.trim_end_matches(':').trim().to_lowercase().as_str() {
                "output" => "Output",
                "result" => "Result",
                _ => "Response",
            };
            let ty = self.struct_of(&format!("{pascal}{word}"), &answer_fields, label_line);
            // An RPC answer has no status of its own; a route's is the one labelled, or 200.
            let status = answer_at.and_then(|a| a.0).map(Status::Code);
            let status = if op.rpc.is_some() {
                status
            } else {
                status.or(Some(Status::Code(200)))
            };
            let known = op.responses.iter().any(|r| r.status == status);
            let json = op.rpc.is_none().then(|| "application/json".to_string());
            match op
                .responses
                .iter_mut()
                .find(|r| r.status == status && r.ty.is_none())
            {
                Some(r) => {
                    r.ty = Some(ty);
                    r.content_type = r.content_type.take().or(json);
                }
                None if !known => op.responses.push(Response {
                    status,
                    content_type: json,
                    ty: Some(ty),
                    line: Some(label_line),
                    ..Response::default()
                }),
                None => {}
            }
        }
        if self.profile.schema_samples {
            unnumbered_answers(&mut op);
            unshown_answers(&mut op);
        }
        // The page says nothing of the answer (not even `Returns: Empty`): unknown, not
        // assumed.
        if op.responses.is_empty()
            && !returns_nothing(blocks)
            && !op.unknown.contains(&Unknown::Response)
        {
            op.unknown.push(Unknown::Response);
        }
        // A route documented again: its examples in the page's order.
        if !o.more.is_empty() {
            op.examples.sort_by_key(|e| e.line);
        }
        // An operation whose route the page lost: unknown, never guessed.
        if op.route.is_none() && op.rpc.is_none() {
            op.unknown.push(Unknown::Route);
        }
        op
    }

    /// A parameter label with nothing under it (`Parameters` right before `Responses`):
    /// said, and a body label leaves the body unknown.
    fn empty_label(&mut self, label: Option<(u32, String, Ctx)>, op: &mut Operation) {
        let Some((line, text, ctx)) = label else {
            return;
        };
        // `Payload: none`, `Parameters: -`: the label says there is nothing; no list was due.
        if let Some((_, v)) = text.split_once(':')
            && matches!(
                v.trim().trim_end_matches('.').to_ascii_lowercase().as_str(),
                "none" | "nothing" | "empty" | "no body" | "n/a" | "-" | "—"
            )
        {
            return;
        }
        let body = matches!(ctx, Ctx::Params(Some(Location::Body)) | Ctx::Form);
        let what = if body {
            "fields or a schema"
        } else {
            "a parameter list"
        };
        self.kit.warn(
            line,
            format!(
                "operation `{}`: nothing under `{text}` (expected {what}); {}",
                op.name,
                if body {
                    "body left unknown"
                } else {
                    "no parameters read"
                }
            ),
        );
        if body && !op.unknown.contains(&Unknown::Body) {
            op.unknown.push(Unknown::Body);
        }
    }

    /// A request example from a sample `curl` call: its URL as written and its data; an
    /// `Authorization: Bearer` header sets the API's auth.
    fn curl_example(&mut self, call: &str, line: u32, auth_line: u32) -> Option<Example> {
        let c = CurlCall::parse(call);
        let bearer = c.headers.iter().any(|h| {
            h.split_once(':').is_some_and(|(name, value)| {
                name.trim().eq_ignore_ascii_case("authorization")
                    && value.trim().to_ascii_lowercase().starts_with("bearer")
            })
        });
        if bearer && self.auth.is_none() {
            self.auth = Some(Auth {
                scheme: AuthScheme::Bearer,
                line: Some(auth_line),
                ..Auth::default()
            });
        }
        let url = c.words.into_iter().find(|w| w != "curl" && w != "$");
        let data = c.data;
        let url = url?;
        let mut ex = Example {
            of: ExampleOf::Request,
            status: None,
            kind: SampleKind::Real,
            url: Some(url),
            raw: None,
            json: None,
            line,
        };
        if let Some(d) = data {
            match crate::read::json::parse(&d, line) {
                Ok(p) => {
                    ex.json = Some(p.node.to_value());
                    if p.lenient {
                        ex.raw = Some(d);
                    }
                }
                Err(_) => ex.raw = Some(d),
            }
        }
        Some(ex)
    }

    /// A body shown only by a `curl` call's JSON data (`-d '{"commands": […]}'`), on a
    /// route that sends one and has no body otherwise: its type, from that sample (no field
    /// required, see [`Self::example_fields_optional`]).
    fn curl_body(&mut self, op: &mut Operation, pascal: &str) {
        let sends = op
            .route
            .as_ref()
            .is_some_and(|r| matches!(r.method.as_str(), "POST" | "PUT" | "PATCH"));
        if op.body.is_some() || op.rpc.is_some() || !sends {
            return;
        }
        let Some(node) = op
            .examples
            .iter()
            .filter(|e| e.of == ExampleOf::Request && e.url.is_some())
            .filter_map(|e| e.json.as_ref().map(|j| (j, e.line)))
            .filter(|(j, _)| j.as_object().is_some_and(|o| !o.is_empty()))
            .find_map(|(j, line)| crate::read::json::parse(&j.to_string(), line).ok())
        else {
            return;
        };
        let ty =
            self.kit
                .infer
                .infer_samples(&[&node.node], &format!("{pascal}Body"), SampleKind::Real);
        self.example_fields_optional(&ty);
        op.body = Some(Body {
            content_type: Some("application/json".into()),
            ty,
            line: Some(node.node.line),
        });
    }

    /// A body known only from its examples: a field an example shows is not said to be
    /// required, so it is optional (the client may leave it out; the server says if not).
    fn example_fields_optional(&mut self, ty: &TypeRef) {
        if let TypeRef::Named(name) = ty
            && let Some(def) = self.kit.infer.types.get_mut(name)
        {
            for f in def.fields_mut() {
                f.optional = true;
            }
        }
    }

    /// Settles each parameter's location, type and required flag; body fields become the
    /// body's type.
    fn params(
        &mut self,
        op: &mut Operation,
        raw: Vec<(RawParam, Option<Ctx>)>,
        pascal: &str,
        route_at: u32,
    ) -> Vec<String> {
        let mut untyped = Vec::new();
        let placeholders: Vec<String> = op
            .route
            .as_ref()
            .map(|r| r.placeholders().iter().map(|s| s.to_string()).collect())
            .unwrap_or_default();
        let method = op.route.as_ref().map(|r| r.method.as_str());
        let mut body_fields: Vec<Field> = Vec::new();
        let mut form = false;
        let mut has_credential = false;
        for (mut p, ctx) in raw {
            let mut ident = param_ident(&p.name);
            // Listed as a path parameter, spelt with another case than the route's
            // placeholder (`roomname` for `{roomName}`): the route's spelling.
            let said_path = p.location == Some(Location::Path)
                || (p.location.is_none() && ctx == Some(Ctx::Params(Some(Location::Path))));
            if said_path
                && !placeholders.iter().any(|ph| *ph == ident || *ph == p.name)
                && let Some(ph) = placeholders
                    .iter()
                    .find(|ph| ph.eq_ignore_ascii_case(&ident))
            {
                p.name.clone_from(ph);
                ident.clone_from(ph);
            }
            let in_path = placeholders.iter().any(|ph| *ph == ident || *ph == p.name)
                && p.location != Some(Location::Body);
            let location = if in_path {
                Location::Path
            } else {
                match (p.location, ctx) {
                    (Some(l), _) => l,
                    (None, Some(Ctx::Params(Some(l)))) => l,
                    (None, Some(Ctx::Form)) => {
                        form = true;
                        Location::Body
                    }
                    _ => match method {
                        Some("GET" | "DELETE" | "HEAD" | "OPTIONS") => Location::Query,
                        _ => Location::Body,
                    },
                }
            };
            // Listed as a path / URL parameter (by its label or an `In` column) but not in
            // the route: a URL parameter that travels in the query string.
            // (An operation whose route the page lost keeps its path parameters.)
            let routed = op.route.is_some() || op.rpc.is_some();
            if self.stray_path_param(op, &p, location == Location::Path && !in_path && routed) {
                continue;
            }
            let location = if location == Location::Path && !in_path && routed {
                Location::Query
            } else {
                location
            };
            if location == Location::Header && self.auth_header(&p) {
                continue;
            }
            let mut required = p.required;
            let lower = p.doc.to_ascii_lowercase();
            // `(Required: False)`, `Required: yes` in the description.
            if let Some(at) = lower.find("required: ") {
                let v = &lower[at + 10..];
                if v.starts_with("true") || v.starts_with("yes") {
                    required = Some(true);
                } else if v.starts_with("false") || v.starts_with("no") {
                    required = Some(false);
                }
            }
            if p.doc.contains("{{<required>}}")
                || lower.starts_with("required")
                || lower.starts_with("**required")
                || lower.contains("(required)")
            {
                required = Some(true);
            } else if required.is_none()
                && (lower.starts_with("optional")
                    || lower.starts_with("**optional")
                    || lower.contains("(optional)")
                    || lower.contains("is optional"))
            {
                required = Some(false);
            }
            let mut default = None;
            if required.is_none() && self.profile.required_cue.is_some_and(|f| f(&p.doc)) {
                required = Some(true);
            }
            // A layout that marks what is optional: the rest is required.
            if required.is_none() && self.profile.unmarked_required {
                required = Some(true);
            }
            if let Some(d) = &p.default {
                default = self.default_value(d);
            }
            let doc_text = p
                .doc
                .replace("{{<required>}}", "")
                .replace("{{< required >}}", "")
                .trim()
                .to_string();
            // The credential parameter of the profile (`token : Auth token`): the API's
            // auth, not a parameter.
            if let Some((cred, starts)) = self.profile.credential
                && p.name == cred
                && doc_text.starts_with(starts)
            {
                has_credential = true;
                if self.auth.is_none() {
                    self.auth = Some(Auth {
                        scheme: AuthScheme::Token,
                        param: Some(cred.to_string()),
                        line: Some(p.line),
                        ..Auth::default()
                    });
                }
                continue;
            }
            let profile_cue = match (&p.ty, self.profile.type_cue) {
                (None, Some(f)) => {
                    let c = f(&doc_text);
                    default = c.default;
                    let ty = match c.ty {
                        CueType::Type(t) => t,
                        CueType::Choices(values) => self.kit.infer.enum_type(
                            &values,
                            p.line,
                            &format!("{pascal}{}", p.name.to_pascal_case()),
                        ),
                    };
                    Some((ty, Some(c.cue)))
                }
                _ => None,
            };
            let listed = (p.ty_ref.is_some() || !p.children.is_empty()).then(|| {
                let hint = format!("{pascal}{}", p.name.to_pascal_case());
                (self.item_ref(&p, &hint), None)
            });
            let (ty, cue) = match listed
                .or(profile_cue)
                .or_else(|| p.ty.as_deref().and_then(type_word).map(|t| (t, None)))
            {
                Some(tc) => tc,
                None => match described_type(&doc_text) {
                    Some((t, c)) => (t, Some(c)),
                    None => (
                        TypeRef::Primitive(Primitive::String),
                        Some("none".to_string()),
                    ),
                },
            };
            let ty = if p.name.ends_with("[]") && !matches!(ty, TypeRef::List(_)) {
                TypeRef::List(Box::new(ty))
            } else {
                ty
            };
            let mut doc = (!doc_text.is_empty()).then_some(doc_text);
            if location == Location::Body && op.rpc.is_none() {
                let ty = self.enum_of(ty, &p, pascal);
                if body_fields.iter().any(|f| f.name == p.name) {
                    self.kit
                        .listed_twice(p.line, &format!("field `{}`", p.name));
                    continue;
                }
                if cue.as_deref() == Some("none") {
                    untyped.push(p.name.clone());
                }
                body_fields.push(Field {
                    name: p.name.clone(),
                    ty,
                    optional: !required.unwrap_or(false),
                    nullable: p.nullable,
                    doc,
                    from_override: Vec::new(),
                    line: Some(p.line),
                });
                continue;
            }
            if op
                .params
                .iter()
                .any(|q| q.name == p.name && q.location == location)
            {
                self.kit
                    .listed_twice(p.line, &format!("parameter `{}`", p.name));
                continue;
            }
            // The spec has no enum on a parameter: the values listed stay in its doc.
            if !p.values.is_empty() {
                let values: Vec<String> = p.values.iter().map(|v| format!("{v:?}")).collect();
                let line = format!("One of: {}.", values.join(", "));
                doc = Some(doc.map_or(line.clone(), |d| format!("{d}\n\n{line}")));
            }
            let name = if location == Location::Path {
                ident.clone()
            } else {
                p.name.clone()
            };
            op.params.push(Param {
                name,
                location,
                ty,
                required: location == Location::Path || required.unwrap_or(false),
                type_cue: cue,
                default,
                minimum: p.minimum.clone(),
                maximum: p.maximum.clone(),
                doc,
                line: Some(p.line),
                ..Param::default()
            });
        }
        if self.profile.credential.is_some() && !has_credential {
            op.auth = Some(false);
        }
        // Placeholders the doc lists no parameter for: path parameters of unknown type,
        // said at the route (the operation may be cut off before its parameters).
        for name in super::kit::placeholder_params(op, Some(route_at)) {
            self.kit.warn(
                route_at,
                format!(
                    "operation `{}`: path placeholder `{{{name}}}` has no documented parameter; \
                     read as a path parameter of unknown type (string)",
                    op.name
                ),
            );
        }
        if !body_fields.is_empty() {
            let name = self.kit.fresh_type_name(&format!("{pascal}Body"));
            let line = body_fields.first().and_then(|f| f.line);
            self.kit.infer.types.insert(
                name.clone(),
                TypeDef {
                    line,
                    ..TypeDef::structure(body_fields)
                },
            );
            op.body = Some(Body {
                content_type: form.then(|| "application/x-www-form-urlencoded".to_string()),
                ty: TypeRef::Named(name),
                line,
            });
        }
        untyped
    }

    /// A path parameter the route has no placeholder for (`stray`), when the layout's
    /// location labels are exact: the page contradicts itself; the parameter is left out,
    /// with a warning at its line.
    fn stray_path_param(&mut self, op: &Operation, p: &RawParam, stray: bool) -> bool {
        if !(stray && self.profile.exact_locations) {
            return false;
        }
        let route = op
            .route
            .as_ref()
            .map(|r| format!("{} {}", r.method, r.path))
            .unwrap_or_default();
        self.kit.warn(
            p.line,
            format!(
                "path parameter `{}` is not in the route `{route}`; left out",
                p.name
            ),
        );
        true
    }

    /// A string field whose values an `Enum:` line lists: an enum type of them, named
    /// after the operation and the field.
    fn enum_of(&mut self, ty: TypeRef, p: &RawParam, pascal: &str) -> TypeRef {
        if p.values.is_empty() || ty != TypeRef::Primitive(Primitive::String) {
            return ty;
        }
        let name = self
            .kit
            .fresh_type_name(&format!("{pascal}{}", p.name.to_pascal_case()));
        self.kit.infer.types.insert(
            name.clone(),
            TypeDef {
                line: Some(p.line),
                ..TypeDef::enumeration(
                    p.values
                        .iter()
                        .map(|v| EnumValue {
                            value: v.clone(),
                            doc: None,
                        })
                        .collect(),
                )
            },
        );
        TypeRef::Named(name)
    }

    /// A body whose fields a body schema label lists (`Request Body schema:`) is declared at
    /// the label.
    fn body_at_label(&mut self, op: &mut Operation, label: Option<u32>) {
        let (Some(label), Some(body)) = (label, op.body.as_mut()) else {
            return;
        };
        if body.line.is_none_or(|l| l <= label) {
            return;
        }
        body.line = Some(label);
        if let TypeRef::Named(name) = &body.ty
            && let Some(def) = self.kit.infer.types.get_mut(name)
        {
            def.line = Some(label);
        }
    }

    /// What kind of sample `node` is; the renderer's own (made from the schema) when the
    /// profile says so.
    fn sample_kind(&self, node: &Node) -> SampleKind {
        if self.profile.schema_samples {
            SampleKind::Placeholder
        } else {
            sample_kind(node)
        }
    }

    /// A body whose fields a list names and an example shows: each listed field the list
    /// gives no type takes the example's, and a member only the example shows is an
    /// optional field (none when the example is the renderer's).
    fn type_from_example(
        &mut self,
        name: &str,
        members: &[(String, Node)],
        untyped: &[String],
        kind: SampleKind,
    ) {
        let mut typed: Vec<(String, TypeRef, u32)> = Vec::new();
        for (member, node) in members {
            let listed = self
                .kit
                .infer
                .types
                .get(name)
                .is_some_and(|t| t.fields().iter().any(|f| f.name == *member));
            // (A renderer's sample types what the schema leaves open: `object`, `Array`.)
            let open = self.profile.schema_samples
                && self.kit.infer.types.get(name).is_some_and(|t| {
                    t.fields()
                        .iter()
                        .any(|f| f.name == *member && open_type(&f.ty))
                });
            if listed && !untyped.contains(member) && !open {
                continue;
            }
            // A renderer's sample shows the schema: a member no list shows is none of its.
            if !listed && self.profile.schema_samples {
                continue;
            }
            // (`ApproveData`, as the operation's own types are named, for a renderer's.)
            let owner = match self.profile.schema_samples {
                true => name.strip_suffix("Body").unwrap_or(name),
                false => name,
            };
            let hint = format!("{owner}{}", member.to_pascal_case());
            let ty = self.kit.infer.infer_samples(&[node], &hint, kind);
            typed.push((member.clone(), ty, node.line));
        }
        let Some(def) = self
            .kit
            .infer
            .types
            .get_mut(name)
            .and_then(TypeDef::as_struct_mut)
        else {
            return;
        };
        for (member, ty, line) in typed {
            match def.fields.iter_mut().find(|f| f.name == member) {
                Some(f) => f.ty = ty,
                None => def.fields.push(Field {
                    name: member,
                    ty,
                    optional: true,
                    nullable: false,
                    doc: None,
                    from_override: Vec::new(),
                    line: Some(line),
                }),
            }
        }
    }

    /// A struct of listed fields (an answer's `Output`, a `struct` item's), named from
    /// `hint`: each field's type as the item writes it, nested items its struct's fields;
    /// optional when marked so (`can be missing`, `Optional:`), nullable when `can be null`.
    fn struct_of(&mut self, hint: &str, items: &[RawParam], line: u32) -> TypeRef {
        let name = self.kit.fresh_type_name(hint);
        // Reserved before the nested types take their names.
        self.kit
            .infer
            .types
            .insert(name.clone(), TypeDef::default());
        let mut fields = Vec::new();
        for it in items {
            let ty = self.item_ref(it, &format!("{name}{}", it.name.to_pascal_case()));
            fields.push(Field {
                name: it.name.clone(),
                ty,
                optional: it.missing || it.required == Some(false),
                nullable: it.nullable,
                doc: (!it.doc.is_empty()).then(|| it.doc.clone()),
                from_override: Vec::new(),
                line: Some(it.line),
            });
        }
        self.kit.infer.types.insert(
            name.clone(),
            TypeDef {
                line: Some(line),
                ..TypeDef::structure(fields)
            },
        );
        TypeRef::Named(name)
    }

    /// The type of a listed item: as written, or the struct of the items under it (a
    /// list's item struct takes the singular of the name, or `…Item`).
    fn item_ref(&mut self, it: &RawParam, hint: &str) -> TypeRef {
        // An item the list gives no type is of any type.
        let written = it
            .ty_ref
            .clone()
            .or_else(|| it.ty.as_deref().and_then(type_word))
            .unwrap_or(TypeRef::ANY);
        if it.children.is_empty() {
            return written;
        }
        match written {
            TypeRef::List(_) => {
                let single = crate::normalise::infer::singular(hint);
                let item = if single == hint {
                    format!("{hint}Item")
                } else {
                    single
                };
                TypeRef::List(Box::new(self.struct_of(&item, &it.children, it.line)))
            }
            _ => self.struct_of(hint, &it.children, it.line),
        }
    }

    /// Fields of `ty` (a named struct, or the items of a list of one) that have no doc
    /// take the description a list gives for their name.
    fn document_fields(&mut self, ty: &TypeRef, listed: &[RawParam]) {
        let name = match ty {
            TypeRef::Named(n) => n,
            TypeRef::List(inner) => match inner.as_ref() {
                TypeRef::Named(n) => n,
                _ => return,
            },
            _ => return,
        };
        if let Some(def) = self.kit.infer.types.get_mut(name) {
            for f in def.fields_mut().iter_mut().filter(|f| f.doc.is_none()) {
                if let Some(p) = listed
                    .iter()
                    .find(|p| p.name == f.name && !p.doc.is_empty())
                {
                    f.doc = Some(p.doc.clone());
                }
            }
        }
    }

    /// The result of a successful answer in the protocol's envelope; none for a failed
    /// one (kept as an example, not typed) or one that is not in the envelope (a warning).
    fn enveloped_result<'n>(&mut self, node: &'n Node, answer: &Answer) -> Option<&'n Node> {
        if let Some(mark) = &answer.failure {
            let flag = member_at(node, &mark.at);
            let failed = match (&mark.equals, flag) {
                (Some(v), Some(f)) => f.to_value() == *v,
                (None, Some(f)) => f.kind != JsonKind::Null,
                (_, None) => false,
            };
            if failed {
                return None;
            }
        }
        let result = match &answer.result {
            Some(at) => member_at(node, at),
            None => Some(node),
        };
        if result.is_none() {
            self.kit.warn(
                node.line,
                format!(
                    "response example without `{}`: not in the API's envelope; kept, not typed",
                    answer.result.as_deref().unwrap_or("")
                ),
            );
        }
        result
    }

    /// The metadata key and joiner of a label line (`Role restrictions:`), when the
    /// profile keeps that label's text.
    fn meta_label(&self, text: &str) -> Option<(String, &'static str, Vec<String>, u32)> {
        let key = text.trim().trim_end_matches(':').trim().to_lowercase();
        self.profile
            .metadata
            .iter()
            .find(|(label, _)| match label.strip_prefix(' ') {
                Some(suffix) => key.ends_with(suffix) && key.len() > suffix.len(),
                None => key == *label,
            })
            .map(|(_, join)| (key, *join, Vec::new(), 0))
    }

    /// Keeps a metadata label's text (its lines joined as the profile says), if any.
    fn flush_meta(
        &mut self,
        meta: Option<(String, &'static str, Vec<String>, u32)>,
        op: &mut Operation,
    ) {
        if let Some((key, join, lines, _)) = meta
            && !lines.is_empty()
        {
            op.metadata.insert(key, lines.join(join));
        }
    }

    /// An item of a parameter or field list that names no parameter (`🙂 - stdClass`, an
    /// empty bullet): said, and skipped.
    fn unread_item(&mut self, op: &str, b: &Block) {
        // Only an item shaped as one (`x - type`, a few words); prose items are prose.
        let t = b.text.trim();
        let shaped = t.split_whitespace().count() <= 6
            && t.split_once(" - ").is_some_and(|(n, _)| !n.contains(' '));
        if !shaped {
            return;
        }
        self.kit.warn(
            b.span.line,
            format!(
                "operation `{op}`: expected a parameter item (`name - type`, `name: description`), found `{}`; skipped",
                b.text.trim()
            ),
        );
    }

    /// A default as an item writes it: JSON, or a quoted text (`"""` is `"`), or what
    /// the profile reads (a PHP dump), else the text as written; `null` is no default.
    fn default_value(&self, text: &str) -> Option<serde_json::Value> {
        let t = text.trim();
        if t.is_empty() || t == "null" {
            return None;
        }
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(t) {
            return Some(v);
        }
        if t.len() >= 2 && t.starts_with('"') && t.ends_with('"') {
            return Some(serde_json::Value::String(t[1..t.len() - 1].to_string()));
        }
        if let Some(v) = self.profile.default_value.and_then(|f| f(t)) {
            return Some(v);
        }
        Some(serde_json::Value::String(t.to_string()))
    }

    /// `Authorization: Bearer …` listed as a header: the API's auth, not a parameter.
    fn auth_header(&mut self, p: &RawParam) -> bool {
        // (A layout that names its credentials apart, Redoc's `Authorizations:`, lists an
        // `Authorization` header as a parameter of its own.)
        if !p.name.eq_ignore_ascii_case("authorization") || self.profile.auth.is_some() {
            return false;
        }
        if self.auth.is_none() {
            let bearer = p.doc.to_ascii_lowercase().contains("bearer");
            self.auth = Some(Auth {
                scheme: if bearer {
                    AuthScheme::Bearer
                } else {
                    AuthScheme::Header
                },
                header: (!bearer).then(|| "Authorization".to_string()),
                line: Some(p.line),
                ..Auth::default()
            });
        }
        true
    }

    fn responses(
        &mut self,
        op: &mut Operation,
        statuses: Vec<(u16, u32, Option<String>)>,
        samples: BTreeMap<u16, Vec<(Node, Option<String>)>>,
        media: BTreeMap<u16, String>,
        pascal: &str,
        returns: Option<&str>,
    ) {
        let with_body = samples.values().filter(|n| !n.is_empty()).count();
        // Answers in an envelope: the type is read from the results of the successful
        // examples.
        let envelope = self
            .profile
            .rest_protocol
            .filter(|_| op.rpc.is_none())
            .and_then(|p| p().answer);
        for (status, line, doc) in statuses {
            let nodes = samples.get(&status);
            let results: Option<Vec<&Node>> = match (&envelope, nodes) {
                (Some(answer), Some(nodes)) => Some(
                    nodes
                        .iter()
                        .filter_map(|(n, _)| self.enveloped_result(n, answer))
                        .collect(),
                ),
                _ => None,
            };
            if let (Some(nodes), Some(results)) = (nodes, &results) {
                for (n, raw) in nodes {
                    op.examples.push(Example {
                        of: ExampleOf::Response,
                        status: Some(status),
                        kind: SampleKind::Real,
                        url: None,
                        raw: raw.clone(),
                        json: Some(n.to_value()),
                        line: n.line,
                    });
                }
                let ty = (!results.is_empty()).then(|| {
                    self.kit.infer.infer_samples(
                        results,
                        &format!("{pascal}Result"),
                        SampleKind::Real,
                    )
                });
                op.responses.push(Response {
                    status: Some(Status::Code(status)),
                    content_type: ty.as_ref().map(|_| "application/json".to_string()),
                    ty,
                    doc,
                    line: Some(line),
                });
                continue;
            }
            let ty = nodes.filter(|n| !n.is_empty()).map(|nodes| {
                let refs: Vec<&Node> = nodes.iter().map(|(n, _)| n).collect();
                // Schemas written as type names (`"id": "integer"`) are named after the
                // operation; real samples after the entity the page returns.
                let kind = if self.profile.schema_samples {
                    SampleKind::Placeholder
                } else if refs.iter().all(|n| sample_kind(n) == SampleKind::TypeNames) {
                    SampleKind::TypeNames
                } else {
                    SampleKind::Real
                };
                let hint = match kind {
                    SampleKind::TypeNames if with_body == 1 => format!("{pascal}Response"),
                    SampleKind::TypeNames => format!("{pascal}Response{status}"),
                    _ if (200..300).contains(&status) || status == UNNUMBERED => {
                        returns.map_or_else(|| format!("{pascal}Response"), str::to_string)
                    }
                    _ => "Error".to_string(),
                };
                for (n, raw) in nodes {
                    op.examples.push(Example {
                        of: ExampleOf::Response,
                        status: Some(status),
                        kind,
                        url: None,
                        raw: raw.clone(),
                        json: Some(n.to_value()),
                        line: n.line,
                    });
                }
                match (kind, refs.as_slice()) {
                    (SampleKind::TypeNames, [one]) => self.kit.infer.from_type_names(one, &hint),
                    _ => self.kit.infer.infer_samples(&refs, &hint, kind),
                }
            });
            // An RPC method's answer is read as its protocol says, not by a media type.
            let content_type = match (media.get(&status), &ty) {
                (Some(m), _) => Some(m.clone()),
                (None, Some(_)) if op.rpc.is_none() => Some("application/json".to_string()),
                _ => None,
            };
            op.responses.push(Response {
                status: Some(Status::Code(status)),
                content_type,
                ty,
                doc,
                line: Some(line),
            });
        }
    }
}

/// The JSON sample at block `at` (see [`Document::json`]), its text as written, and whether
/// it was printed with a bullet before each member (`• "admins": [`, Redoc's collapsible
/// members, which a text capture splits into a `{` block and items): then it is read from
/// the source lines with the bullets taken off, as far as the value goes within `blocks`.
fn sample_json(
    doc: &Document,
    at: usize,
    until_line: u32,
    blocks: &[Block],
) -> Result<(crate::read::json::Parsed, String, bool), crate::read::json::JsonError> {
    let first = doc.json(at, until_line);
    let Err(e) = first else {
        return first.map(|(p, raw)| (p, raw, false));
    };
    match bulleted_json(doc, at, blocks) {
        Some(Ok((p, raw))) => Ok((p, raw, true)),
        // (The bullets read, the JSON broken: where it breaks among them.)
        Some(Err(bulleted)) => Err(bulleted),
        None => Err(e),
    }
}

/// A JSON value whose members a text capture printed as bullets (`{`, then `• "a": 1,`
/// lines): the source lines from block `at` to the last of `blocks`, bullets off.
fn bulleted_json(
    doc: &Document,
    at: usize,
    blocks: &[Block],
) -> Option<Result<(crate::read::json::Parsed, String), crate::read::json::JsonError>> {
    if doc.kind != crate::read::blocks::InputKind::Text {
        return None;
    }
    let first = doc.blocks.get(at)?.span.line;
    let last = blocks.iter().map(|b| b.span.end_line).max()?.max(first);
    let written = doc.source.text(first, last);
    if !written.lines().any(|l| l.trim_start().starts_with('•')) {
        return None;
    }
    let stripped: Vec<&str> = written
        .lines()
        .map(|l| {
            let t = l.trim_start();
            t.strip_prefix('•').map_or(l, str::trim_start)
        })
        .collect();
    Some(
        crate::read::json::parse(&stripped.join("\n"), first).map(|parsed| {
            let raw = doc.source.text(first, parsed.end_line);
            (parsed, raw)
        }),
    )
}

/// The index of the first of `blocks` after `k` that starts past line `line`.
fn past_line(blocks: &[Block], k: usize, line: u32) -> usize {
    (k + 1..blocks.len())
        .find(|&j| blocks[j].span.line > line)
        .unwrap_or(blocks.len())
}

/// A code block that holds a sentence, not code (a page that set its descriptions in
/// `<code>`): one line of words, no language, nothing code-like.
fn prose_code(b: &Block) -> bool {
    let t = b.text.trim();
    matches!(&b.kind, Kind::Code { lang } if lang.as_deref().is_none_or(str::is_empty))
        && !t.contains('\n')
        && t.split_whitespace().count() >= 3
        && !t.starts_with(['{', '[', '$', '<', '#', '/'])
        && !t.contains(['{', '}', ';', '='])
        && route_line(t).is_none()
        && !t.to_ascii_lowercase().starts_with("curl")
}

/// A line that gives a fact as `Key: value` (`Returns: Status`, `**OAuth:** user`,
/// `Version history: …`): not part of a description.
fn key_value_line(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['*', '_']);
    text.trim().starts_with("**")
        || t.split_once(':').is_some_and(|(k, _)| {
            let k = k.trim_end_matches(['*', '_']);
            !k.is_empty() && k.split_whitespace().count() <= 3
        })
}

/// The type of a value written in a query string: `true`/`false`, digits, or text.
fn value_type(value: &str) -> Primitive {
    if value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false") {
        Primitive::Boolean
    } else if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) {
        Primitive::Integer
    } else {
        Primitive::String
    }
}

/// The member of `node` at a JSON pointer (`/result`, `/data/items`).
fn member_at<'n>(node: &'n Node, pointer: &str) -> Option<&'n Node> {
    let mut at = node;
    for key in pointer.split('/').skip(1) {
        let JsonKind::Object(members) = &at.kind else {
            return None;
        };
        at = &members.iter().rev().find(|(k, _)| k == key)?.1;
    }
    Some(at)
}

/// A status line of a raw HTTP exchange: `HTTP/1.1 200 OK`, `HTTP/2 101 Switching
/// Protocols`, `HTTP 200`; the reason as written.
fn http_status_line(line: &str) -> Option<(u16, Option<String>)> {
    let t = line.trim();
    let rest = match t.strip_prefix("HTTP/") {
        // The version: digits and dots.
        Some(r) => {
            r.split_once(' ')
                .filter(|(v, _)| v.chars().all(|c| c.is_ascii_digit() || c == '.'))?
                .1
        }
        None => t.strip_prefix("HTTP ")?,
    };
    let (code, reason) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
    let n: u16 = code.parse().ok().filter(|c| (100..600).contains(c))?;
    if code.len() != 3 {
        return None;
    }
    let reason = reason.trim();
    if !reason.is_empty() && !reason.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    Some((n, (!reason.is_empty()).then(|| reason.to_string())))
}

/// A `Status: 204 No Content` line (the status header of a CGI or Rails answer), as a
/// page prints an answer with no body under its response label.
fn status_header_line(line: &str) -> Option<(u16, Option<String>)> {
    let rest = line.trim().strip_prefix("Status:")?;
    http_status_line(&format!("HTTP {}", rest.trim()))
}

/// A table whose first column is headed by a status word (`Return Code`, `Status code`,
/// `HTTP Status`, `Code`) and whose every cell there is an HTTP status (100–599): the
/// statuses, each with the next column as its reason.
fn status_table(t: &Table) -> Option<Vec<(u16, Option<String>)>> {
    let head = t
        .header
        .first()?
        .trim()
        .trim_matches('*')
        .trim()
        .to_ascii_lowercase();
    let words: Vec<&str> = head.split_whitespace().collect();
    let status_head = !words.is_empty()
        && words.iter().all(|w| {
            matches!(
                *w,
                "return" | "status" | "code" | "codes" | "http" | "response" | "error"
            )
        })
        && words
            .iter()
            .any(|w| matches!(*w, "code" | "codes" | "status"));
    if !status_head || t.rows.is_empty() {
        return None;
    }
    t.rows
        .iter()
        .map(|r| {
            let c = r.first()?.trim().trim_matches(['`', '*']).trim();
            let code: u16 = c.parse().ok().filter(|c| (100..600).contains(c))?;
            let reason = r
                .get(1)
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty());
            Some((code, reason))
        })
        .collect()
}

/// A status listed as an item: a code and its reason (`201 Created`, `404 Not Found When
/// …`), the reason returned as the description.
fn status_item(text: &str) -> Option<(u16, Option<String>)> {
    let t = text
        .trim()
        .trim_start_matches(['+', '*', '-', '•'])
        .trim()
        .replace('`', "");
    // `HTTP status 404 Not found`, `Status 201 Created`: the words before the code.
    let lower = t.to_ascii_lowercase();
    let t = [
        "http status ",
        "status code ",
        "status ",
        "http ",
        "code: ",
        "code ",
    ]
    .iter()
    .find(|p| lower.starts_with(**p))
    .map_or(t.as_str(), |p| t[p.len()..].trim_start());
    let (code, rest) = t.split_once(' ').unwrap_or((t, ""));
    let code = code.trim_end_matches(':');
    let n: u16 = code.parse().ok().filter(|c| (100..600).contains(c))?;
    if code.len() != 3 {
        return None;
    }
    // The reason starts with a capitalised word (`Created`, `Not Found`) or nothing; a
    // comment after it (`412 Precondition Failed // when busy`) is left out.
    let rest = rest.split_once("//").map_or(rest, |(r, _)| r).trim();
    if !rest.is_empty() && !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some((n, (!rest.is_empty()).then(|| rest.to_string())))
}

/// A line that starts as a route and is cut off inside a placeholder (`PATCH
/// /api/webhooks/{id`), as a capture that ends mid-route leaves it.
fn cut_route(line: &str) -> bool {
    let t = line.trim();
    let Some((m, path)) = t.split_once(' ') else {
        return false;
    };
    METHODS.contains(&m)
        && path.starts_with('/')
        && !path.contains(char::is_whitespace)
        && path.matches('{').count() > path.matches('}').count()
}

/// The reason a status label gives after its code (`200: OK` → `OK`, `Older versions –
/// 404: Not found` → `Not found`); none for `Status code 200`.
fn status_reason(label: &str, status: u16) -> Option<String> {
    let code = status.to_string();
    let at = label.find(&code)?;
    let after = label[at + code.len()..]
        .trim()
        .trim_start_matches([':', '-', '–', '—', '.'])
        .trim();
    (!after.is_empty()).then(|| after.to_string())
}

/// Whether a JSON sample writes type names as its values (`"id": "integer"`) or shows a
/// real value.
fn sample_kind(node: &Node) -> SampleKind {
    // Every string a type word and at least one a primitive or a CamelCase type name, so
    // that a real answer such as `{"status": "UP"}` is not read as a schema.
    fn primitive(node: &Node) -> bool {
        match &node.kind {
            // A primitive (`integer`) or a type name in CamelCase (`TTeamchatConference`,
            // not a constant such as `UP`).
            crate::read::json::Kind::String(s) => {
                crate::normalise::infer::type_word(s).is_some()
                    || (s.starts_with(|c: char| c.is_ascii_uppercase())
                        && s.chars().any(|c| c.is_ascii_lowercase())
                        && s.chars().all(|c| c.is_ascii_alphanumeric()))
            }
            crate::read::json::Kind::Array(items) => items.iter().any(primitive),
            crate::read::json::Kind::Object(members) => members.iter().any(|(_, v)| primitive(v)),
            _ => false,
        }
    }
    if crate::normalise::infer::is_type_name_sample(node) && primitive(node) {
        SampleKind::TypeNames
    } else {
        SampleKind::Real
    }
}

/// A media type on a line of its own (`application/json`).
fn media_type(b: &Block) -> Option<String> {
    let t = b.text.trim();
    (b.kind == Kind::Paragraph && media_type_text(t)).then(|| t.to_string())
}

/// Whether `t` is a media type (`application/json`, `multipart/form-data`).
fn media_type_text(t: &str) -> bool {
    // `application/json; charset=utf-8`: its parameters say nothing of the kind.
    let t = t.split(';').next().unwrap_or("").trim();
    let Some((kind, sub)) = t.split_once('/') else {
        return false;
    };
    let word = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.'))
    };
    matches!(
        kind,
        "application" | "text" | "multipart" | "image" | "audio" | "video" | "font"
    ) && word(sub)
}

/// A sample `curl` call starting at block `k` (`$ curl URL`, or a code block holding one),
/// with the option lines after it (`-H …`, `-d …`) that a capture prints as blocks of
/// their own: the call's text and the last block it spans.
fn curl_call(blocks: &[Block], k: usize) -> Option<(String, usize)> {
    let b = &blocks[k];
    let first = b.text.trim_start().trim_start_matches('$').trim_start();
    if !first.starts_with("curl ") {
        return None;
    }
    let mut call: String = b
        .text
        .split('\n')
        .map(|l| l.trim().trim_end_matches('\\'))
        .collect::<Vec<_>>()
        .join(" ");
    let mut last = k;
    if b.kind == Kind::Paragraph {
        while let Some(n) = blocks.get(last + 1)
            && n.kind == Kind::Paragraph
            && n.text.trim_start().starts_with('-')
        {
            call.push(' ');
            call.push_str(n.text.trim().trim_end_matches('\\'));
            last += 1;
        }
    }
    Some((call.trim_start().trim_start_matches('$').to_string(), last))
}

/// The last status listed.
fn return_last(statuses: &[(u16, u32, Option<String>)]) -> u16 {
    statuses.last().map_or(200, |s| s.0)
}

/// The statuses a `Response:` line gives in its text (`Response: HTTP 200 on success, 500 on
/// error`): a code after `HTTP`/`status`/`code`, or before `on`/`if`/`when`, each with the
/// words after it up to a comma.
fn inline_statuses(text: &str) -> Vec<(u16, Option<String>)> {
    let t = text.trim().replace(['*', '`'], "");
    let Some(rest) = answer_label_rest(&t) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for part in rest.split([',', ';']) {
        let words: Vec<&str> = part.split_whitespace().collect();
        for (k, w) in words.iter().enumerate() {
            let Some(code) = (w.len() == 3)
                .then(|| w.parse::<u16>().ok())
                .flatten()
                .filter(|c| (100..600).contains(c))
            else {
                continue;
            };
            let before = k
                .checked_sub(1)
                .map(|p| words[p].to_ascii_lowercase())
                .unwrap_or_default();
            let after = words
                .get(k + 1)
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            if matches!(before.as_str(), "http" | "status" | "code")
                || matches!(after.as_str(), "on" | "if" | "when")
            {
                let doc_text = words[k + 1..].join(" ");
                out.push((code, (!doc_text.is_empty()).then_some(doc_text)));
                break;
            }
        }
    }
    out
}

/// Statuses a sentence gives after a verb of answering (`Returns 200 with an empty JSON
/// object`, `responds with 204`, `returns HTTP 404 if the room is unknown`): a three-digit
/// code (100-599) after `returns`/`responds`/`answers`, past `with`, `a`, `an`, `HTTP`,
/// `status`, `code`; the words after it up to the sentence's end as its description.
fn prose_statuses(text: &str) -> Vec<(u16, Option<String>)> {
    let t = text.replace(['*', '`'], "");
    let mut out = Vec::new();
    for sentence in t.split(['.', ';', '\n']) {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let mut k = 0;
        while k < words.len() {
            let verb = words[k]
                .trim_matches(|c: char| !c.is_alphabetic())
                .to_ascii_lowercase();
            k += 1;
            if !matches!(
                verb.as_str(),
                "returns" | "return" | "responds" | "respond" | "answers" | "answer"
            ) {
                continue;
            }
            let mut j = k;
            while j < words.len()
                && matches!(
                    words[j].to_ascii_lowercase().as_str(),
                    "with" | "a" | "an" | "http" | "status" | "code" | "the"
                )
            {
                j += 1;
            }
            let Some(code) = words
                .get(j)
                .map(|w| w.trim_end_matches([',', ':', ')']))
                .filter(|w| w.len() == 3)
                .and_then(|w| w.parse::<u16>().ok())
                .filter(|c| (100..600).contains(c))
            else {
                continue;
            };
            if !out.iter().any(|(c, _)| *c == code) {
                let doc_text = words[j + 1..].join(" ");
                out.push((code, (!doc_text.is_empty()).then_some(doc_text)));
            }
        }
    }
    out
}

/// Query parameters a paragraph of the operation's section names in code after naming the
/// operation's path in code (``You can pass `privacy=1` to `/json/urls/{KEY}`. You can
/// also set `tag=` …``), for a call that sends no body (`GET`, `DELETE`, `HEAD`); optional
/// unless the sentence says otherwise.
fn prose_query(doc: &Document, o: &OpAt) -> Vec<(RawParam, Option<Ctx>)> {
    let (Some(route), Some(h)) = (&o.route, o.heading) else {
        return Vec::new();
    };
    if !matches!(route.method.as_str(), "GET" | "DELETE" | "HEAD") {
        return Vec::new();
    }
    let level = doc.blocks[h].level().unwrap_or(0);
    let named = format!("`{}`", route.path);
    let mut out: Vec<(RawParam, Option<Ctx>)> = Vec::new();
    let section = doc.blocks[h + 1..]
        .iter()
        .take_while(|b| b.level().is_none_or(|l| l == 0 || l > level));
    for b in section.filter(|b| b.kind == Kind::Paragraph) {
        // As written: the code spans are marked.
        let text = doc.source.text(b.span.line, b.span.end_line);
        if !text.contains(&named) {
            continue;
        }
        for sentence in text.split_inclusive(". ") {
            // A sentence about another path is not about this one.
            let other = sentence
                .split('`')
                .skip(1)
                .step_by(2)
                .any(|c| c.starts_with('/') && c != route.path);
            if other {
                continue;
            }
            for (k, code) in sentence.split('`').enumerate() {
                let Some((name, _)) = code.split_once('=').filter(|_| k % 2 == 1) else {
                    continue;
                };
                let ident = name.chars().next().is_some_and(char::is_alphabetic)
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !ident || out.iter().any(|(p, _)| p.name == name) {
                    continue;
                }
                out.push((
                    RawParam {
                        name: name.to_string(),
                        required: Some(prose_required(sentence) == Some(true)),
                        location: Some(Location::Query),
                        doc: sentence.trim().to_string(),
                        line: b.span.line,
                        ..RawParam::default()
                    },
                    Some(Ctx::Params(Some(Location::Query))),
                ));
            }
        }
    }
    out
}

/// Statuses a description cell names in a sentence about the response code (`The server
/// http response code is a `200` if it works and a `417` if not`): three-digit codes
/// (100-599) in that sentence.
fn cell_statuses(cell: &str) -> Vec<u16> {
    let mut out = Vec::new();
    for sentence in cell.split(". ") {
        let l = sentence.to_ascii_lowercase();
        if !(l.contains("response code") || l.contains("status code") || l.contains("http code")) {
            continue;
        }
        for w in sentence.split(|c: char| c.is_whitespace() || c == '`') {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            if w.len() == 3
                && let Ok(c) = w.parse::<u16>()
                && (100..600).contains(&c)
                && !out.contains(&c)
            {
                out.push(c);
            }
        }
    }
    out
}

/// Fields listed inside a table cell of an operation's row (`Sends it.<br/>*Payload
/// Parameters*<br/>📌 **body**: The text. This is a required field.<br/>📌 **title**:
/// Optionally …`): the pieces between `<br>` tags; a label piece (`Payload Parameters`)
/// gives the location of the fields after it, each a marker (an emoji, a bullet), a bold
/// or code name and its description. None without such a label: a cell of prose.
fn cell_fields(cell: &str, line: u32) -> Vec<(RawParam, Option<Ctx>)> {
    let text = cell
        .replace("<br/>", "\n")
        .replace("<br />", "\n")
        .replace("<br>", "\n");
    let mut ctx = None;
    let mut out = Vec::new();
    for piece in text.split('\n') {
        let t = piece.trim();
        let stripped = t
            .trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '*' | '`' | '_'))
            .trim_start();
        let marked = stripped.len() < t.len();
        if !marked {
            let plain = stripped
                .trim_matches(['*', '_'])
                .trim()
                .trim_end_matches(':');
            if plain.split_whitespace().count() <= 4
                && let Some(c @ (Ctx::Params(_) | Ctx::Form)) = label_ctx(plain)
            {
                ctx = Some(c);
            }
            continue;
        }
        if ctx.is_none() || !(stripped.starts_with("**") || stripped.starts_with('`')) {
            continue;
        }
        if let Some(mut p) = bullet(stripped, line) {
            p.required = p.required.or_else(|| prose_required(&p.doc));
            out.push((p, ctx));
        }
    }
    out
}

/// Whether a field's description says it is required (`This is a required field`, `the
/// only required field`) or optional (`Optionally …`, `is optional`, a default value, `If
/// no x is specified`); `None` when it says neither or makes it conditional (`only
/// required if …`).
fn prose_required(doc: &str) -> Option<bool> {
    let l = doc.to_lowercase().replace(['*', '_', '`'], "");
    if l.contains("required if") || l.contains("required when") || l.contains("required only") {
        return None;
    }
    if l.contains("not required") {
        return Some(false);
    }
    if l.contains("required") || l.contains("mandatory") {
        return Some(true);
    }
    let optional = [
        "optional",
        "default",
        "not specified",
        "isn't specified",
        "is omitted",
    ];
    optional.iter().any(|w| l.contains(w)).then_some(false)
}

/// A heading naming the type of what a call sends (`PublishRequest`, `SendParams`,
/// `Subscribe request`): the table under it is the body.
fn request_type_heading(text: &str) -> bool {
    let t = clean_heading(text);
    let words: Vec<&str> = t.split_whitespace().collect();
    let ident = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || c == '_');
    match words.as_slice() {
        [one] if ident(one) && one.starts_with(char::is_uppercase) => [
            "Request",
            "Params",
            "Parameters",
            "Input",
            "Args",
            "Arguments",
        ]
        .iter()
        .any(|s| one.len() > s.len() && one.ends_with(s)),
        [name, word] if ident(name) => matches!(
            word.to_ascii_lowercase().as_str(),
            "request" | "params" | "parameters" | "arguments"
        ),
        _ => false,
    }
}

/// The field table of the type a body label names (`**Payload:** User`, `Request body:
/// [User](#user)`): the table under a heading of that name elsewhere on the page.
fn named_body(doc: &Document, line: &str) -> Option<usize> {
    let t = line
        .trim()
        .trim_start_matches(['>', '-', '+', ' '])
        .replace(['*', '`'], "");
    let (label, name) = t.split_once(':')?;
    if label_ctx(label.trim()) != Some(Ctx::Params(Some(Location::Body))) {
        return None;
    }
    let name = name.trim().trim_end_matches('.').trim();
    // A link to the type: its text.
    let name = match name.strip_prefix('[') {
        Some(r) => r.split(']').next().unwrap_or(""),
        None => name,
    };
    if name.is_empty() || name.split_whitespace().count() > 3 {
        return None;
    }
    type_table(doc, name)
}

/// The parameter table under the heading that names type `name` (case, spaces, `-` and
/// `_` aside), before the next heading.
fn type_table(doc: &Document, name: &str) -> Option<usize> {
    let key = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let want = key(name);
    if want.is_empty() {
        return None;
    }
    doc.blocks.iter().enumerate().find_map(|(i, b)| {
        if !b.is_heading() || b.level() == Some(0) || key(&clean_heading(&b.text)) != want {
            return None;
        }
        doc.blocks[i + 1..]
            .iter()
            .take_while(|n| !n.is_heading())
            .position(|n| n.table().is_some_and(|t| columns(t).is_some()))
            .map(|at| i + 1 + at)
    })
}

/// What follows a label of the answer (`Response:`, `Returns:`, `Return value:`, `Status
/// codes:`, `Result:`), any case.
fn answer_label_rest(t: &str) -> Option<&str> {
    let (label, rest) = t.split_once(':')?;
    let l = label.trim().to_ascii_lowercase();
    matches!(
        l.as_str(),
        "response"
            | "responses"
            | "returns"
            | "return"
            | "return value"
            | "return values"
            | "result"
            | "status"
            | "status code"
            | "status codes"
            | "response code"
            | "response codes"
    )
    .then_some(rest)
}

/// A `Returns: X` line (`- **Returns**: Boolean`): what a method answers.
fn returns_line(text: &str) -> bool {
    let t = text.trim().replace('*', "");
    t.strip_prefix("Returns:")
        .is_some_and(|r| !r.trim().is_empty() && r.split_whitespace().count() <= 8)
}

/// Whether the operation's text says it returns nothing (`Returns: Empty`).
fn returns_nothing(blocks: &[Block]) -> bool {
    blocks
        .iter()
        .take_while(|b| !b.is_heading() || b.level() == Some(0))
        .any(|b| {
            b.text.split('\n').any(|l| {
                let l = l.trim().trim_end_matches('\\').replace('*', "");
                l.strip_prefix("Returns:")
                    .or_else(|| l.strip_prefix("Returns"))
                    .is_some_and(|r| {
                        matches!(
                            r.trim().trim_end_matches('.').to_ascii_lowercase().as_str(),
                            "empty" | "nothing" | "none" | "no content" | "empty object" | "{}"
                        )
                    })
            })
        })
}

/// The entity a `Returns: Status` line names (one capitalised word, `Array of X` → `X`),
/// to name the success type after it.
fn returns_entity(blocks: &[Block]) -> Option<String> {
    for b in blocks.iter().take_while(|b| !b.is_heading()) {
        for l in b.text.split('\n') {
            let l = l.trim().trim_end_matches('\\');
            let Some(rest) = l
                .strip_prefix("Returns:")
                .or_else(|| l.strip_prefix("Returns"))
                .or_else(|| l.strip_prefix("Response:"))
            else {
                continue;
            };
            let rest = rest.trim().trim_start_matches("Array of ").trim();
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            let next = rest[word.len()..].chars().next();
            if word.chars().next().is_some_and(char::is_uppercase)
                && word.len() > 1
                && next.is_none_or(|c| matches!(c, '.' | ',' | ' ' | '\\' | ';'))
                && !matches!(
                    word.as_str(),
                    "Empty" | "Nothing" | "None" | "The" | "A" | "An"
                )
            {
                return Some(word);
            }
        }
    }
    None
}

mod by_reference;

#[cfg(test)]
mod shape_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn route(s: &str) -> Option<(String, String)> {
        route_line(s).map(|r| (r.method, r.path))
    }

    /// The named type of `op`'s body.
    fn body_def<'a>(out: &'a Extracted, op: &Operation) -> &'a TypeDef {
        let Some(Body {
            ty: TypeRef::Named(body),
            ..
        }) = &op.body
        else {
            panic!("a body type: {:?}", op.body);
        };
        &out.spec.types[body]
    }

    /// The names of `op`'s body fields.
    fn body_names<'a>(out: &'a Extracted, op: &Operation) -> Vec<&'a str> {
        body_def(out, op)
            .fields()
            .iter()
            .map(|f| f.name.as_str())
            .collect()
    }

    /// A field stacked a part per line (name, `required`, type with format and bounds,
    /// facts, description), as rendered references print their parameters.
    #[test]
    fn type_lines() {
        let t = type_line("integer [ 1 .. 50 ]").unwrap();
        assert_eq!(
            (t.ty.to_string(), t.minimum, t.maximum),
            (
                "integer".into(),
                Some(serde_json::json!(1)),
                Some(serde_json::json!(50))
            )
        );
        assert_eq!(
            type_line("Array of integers <int64> [ items <int64 > ]")
                .unwrap()
                .ty
                .to_string(),
            "{list: int64}"
        );
        assert_eq!(
            type_line("integer <int64>").unwrap().ty.to_string(),
            "int64"
        );
        assert_eq!(type_line("any").unwrap().ty.to_string(), "any");
        assert!(type_line("id of the organization").is_none());
        let t = type_line("integerThe unique id").unwrap();
        assert_eq!(
            (t.ty.to_string(), t.rest.as_str()),
            ("integer".into(), "The unique id")
        );
        let t = type_line("string or null <date-time>").unwrap();
        assert_eq!((t.ty.to_string(), t.nullable), ("datetime".into(), true));
        let t = type_line("string <= 255 charactersSpecify a key").unwrap();
        assert_eq!(
            (t.ty.to_string(), t.maximum, t.rest.as_str()),
            ("string".into(), None, "Specify a key")
        );
        let t = type_line("integer <int32> <= 25").unwrap();
        assert_eq!(t.maximum, Some(serde_json::json!(25)));
        assert_eq!(
            type_line("Array of objects (Item)").unwrap().ty.to_string(),
            "{list: {map: any}}"
        );
    }

    #[test]
    fn tables_of_names_and_type_lines() {
        // A table without column names: a name cell (`required` on its own line, after a
        // space or glued) and a type line with what follows it.
        let text = "# T\n\n|  |  |\n| --- | --- |\n| id<br>required | integer <int64><br>The id. |\n| name required | string [ 1 .. 50 ] characters |\n| sizerequired | integer <int32> <= 25<br>Default: 10<br>How many. |\n| tags | Array of strings |\n";
        let doc = Document::parse("t.md", text);
        let (at, b) = doc
            .blocks
            .iter()
            .enumerate()
            .find(|(_, b)| b.table().is_some())
            .unwrap();
        let rows = table_params(b.table().unwrap(), b.span.line);
        let seen: Vec<(String, Option<bool>, String, String)> = rows
            .iter()
            .map(|p| {
                (
                    p.name.clone(),
                    p.required,
                    p.ty_ref
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    p.doc.clone(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("id".into(), Some(true), "int64".into(), "The id.".into()),
                ("name".into(), Some(true), "string".into(), String::new()),
                (
                    "size".into(),
                    Some(true),
                    "int32".into(),
                    "How many.".into()
                ),
                (
                    "tags".into(),
                    Some(false),
                    "{list: string}".into(),
                    String::new()
                ),
            ],
            "block {at}"
        );
        assert_eq!(rows[2].default.as_deref(), Some("10"));
        assert_eq!(rows[2].maximum, Some(serde_json::json!(25)));
        // A row that is no field (prose in the first cell, no type line) leaves the table
        // unread: it is not a field table.
        let prose = Document::parse(
            "p.md",
            "# T\n\n|  |  |\n| --- | --- |\n| id | integer |\n| Some words here | anything |\n",
        );
        let b = prose.blocks.iter().find(|b| b.table().is_some()).unwrap();
        assert!(table_params(b.table().unwrap(), b.span.line).is_empty());
    }

    #[test]
    fn labels_naming_a_media_type() {
        assert_eq!(
            label_media("Request Body schema: application/json"),
            ("Request Body schema", Some("application/json".to_string()))
        );
        assert_eq!(
            label_media("Request Body schema: multipart/form-data required"),
            (
                "Request Body schema",
                Some("multipart/form-data".to_string())
            )
        );
        assert_eq!(label_media("Default: 10"), ("Default: 10", None));
        assert!(media_type_text("application/json; charset=utf-8"));
        assert!(!media_type_text("and/or"));
        assert_eq!(
            heading_ctx("Request Body schema: application/json"),
            Some(Ctx::Params(Some(Location::Body)))
        );
        assert!(is_label_heading(
            "Request Body schema: application/x-www-form-urlencoded"
        ));
        let text = "# API\n\n## Create a thing\n\nPOST /things\n\n##### Request Body schema: application/x-www-form-urlencoded\n\n|  |  |\n| --- | --- |\n| name required | string |\n\n### Responses\n\n201\n\nCreated\n";
        let out = extract(&Document::parse("t.md", text), "t", "t.md");
        let op = &out.spec.operations[0];
        let body = op.body.as_ref().expect("a body");
        assert_eq!(
            body.content_type.as_deref(),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(
            op.responses
                .iter()
                .filter_map(|r| r.code())
                .collect::<Vec<_>>(),
            [201]
        );
    }

    /// A plain-text capture of a two-panel page (written for this test in the layout of
    /// `tests/fixtures/corpus/redoc-text/whoop.txt`): each operation's route follows its
    /// parameters and statuses, its samples follow the route.
    const ROUTE_AFTER_CONTENT: &str = "Things API

Things
Endpoints for things.

Get a thing
Returns the thing with the given id.

path Parameters
thingId
required
integer <int64>

The thing's id

Responses
200 Found
404 Not found

get
/v1/things/{thingId}
https://api.example.com/v1/things/{thingId}
Response samples
200
Content type
application/json

Copy
{
\"id\": 1
}

listThings
Lists the things.

query Parameters
limit
integer <int32> <= 25

Default: 10

How many to return

cursor
string

Where to start

Responses
200 Listed

get
/v1/things
Response samples
200
Content type
application/json
{
\"items\": []
}
";

    #[test]
    fn routes_after_their_content() {
        let out = extract(
            &Document::parse("things.txt", ROUTE_AFTER_CONTENT),
            "things",
            "things.txt",
        );
        let ops = &out.spec.operations;
        let seen: Vec<(&str, &str, Vec<&str>, Vec<u16>)> = ops
            .iter()
            .map(|o| {
                (
                    o.name.as_str(),
                    o.route.as_ref().map_or("", |r| r.path.as_str()),
                    o.params.iter().map(|p| p.name.as_str()).collect(),
                    o.responses.iter().filter_map(|r| r.code()).collect(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (
                    "Get a thing",
                    "/v1/things/{thingId}",
                    vec!["thingId"],
                    vec![200, 404]
                ),
                (
                    "listThings",
                    "/v1/things",
                    vec!["limit", "cursor"],
                    vec![200]
                ),
            ]
        );
        assert_eq!(
            ops[0].doc.as_deref(),
            Some("Returns the thing with the given id.")
        );
        assert_eq!(ops[0].params[0].ty.to_string(), "int64");
        let limit = &ops[1].params[0];
        assert_eq!(
            (limit.default.clone(), limit.maximum.clone()),
            (Some(serde_json::json!(10)), Some(serde_json::json!(25)))
        );
        // The sample under the route is the answer's.
        assert!(ops[0].responses[0].ty.is_some());
        assert_eq!(
            out.spec.base_url.as_deref(),
            Some("https://api.example.com")
        );
    }

    #[test]
    fn stacked_fields_with_odd_wire_names() {
        // `$top` and `2fa` stacked over their type lines are fields, not descriptions.
        let page = "Widgets API\n\nMakeWidget\n\nMakes a widget.\n\nquery Parameters\n$top\nstring\n\n\
            dollar\n\nRequest Body schema: application/json\nasync\nboolean\n2fa\n\
            Array of integers\n\nResponses\n\n200 OK\n\npost/widgets\n\nResponse samples\n\n\
            Content type\napplication/json\n{\"a\": 1}\n";
        let out = extract(&Document::parse("w.txt", page), "w", "w.txt");
        let op = &out.spec.operations[0];
        let params: Vec<(&str, Option<&str>)> = op
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.doc.as_deref()))
            .collect();
        assert_eq!(params, [("$top", Some("dollar"))]);
        let fields = body_names(&out, op);
        assert_eq!(fields, ["async", "2fa"]);
        assert!(odd_wire_name("@type") && !odd_wire_name("2") && !odd_wire_name("$ 5"));
    }

    #[test]
    fn redoc_answers_and_a_route_sharing_a_line() {
        // Statuses printed alone over their reasons (`Bad request` is no label there), the
        // last reason on the route's source line: the reasons are read, and what comes
        // before the route on its line is not the route.
        let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Get chains</h2><p>Lists chains.</p>\n\
            <h3>Responses</h3>\n<p>200</p><p>Successful operation</p>\n<p>400</p><p>Bad request</p>\n\
            <p>500</p>\n<p>Internal server error</p><p>get/chains</p>\n";
        let out = extract(&Document::parse("q.html", page), "q", "q.html");
        let op = &out.spec.operations[0];
        let seen: Vec<(Option<u16>, Option<&str>)> = op
            .responses
            .iter()
            .map(|r| (r.code(), r.doc.as_deref()))
            .collect();
        assert_eq!(
            seen,
            [
                (Some(200), Some("Successful operation")),
                (Some(400), Some("Bad request")),
                (Some(500), Some("Internal server error"))
            ]
        );
        assert_eq!(bare_status("**201**"), Some(201));
        assert_eq!(bare_status("2024"), None);
    }

    #[test]
    fn redoc_html_samples_in_paragraphs_under_tabs() {
        // Redoc's HTML: a deep-object query parameter in a table, the response sample a
        // paragraph of JSON under its status tabs (the first tab's).
        let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Get chains</h2><p>Lists chains.</p>\n\
            <h5>query Parameters</h5><table><tr><td>filter[chain_type]</td><td>string</td></tr>\
            </table>\n<h3>Responses</h3>\n<p>200</p><p>OK</p>\n<p>500</p><p>Oops</p>\n\
            <p>get/chains</p>\n<h3>Response samples</h3><ul><li>200</li><li>500</li></ul>\n\
            <p>Content type</p><p>application/json</p>\n<p>{\"count\": 0}</p>\n";
        let out = extract(&Document::parse("q.html", page), "q", "q.html");
        let op = &out.spec.operations[0];
        let names: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["filter[chain_type]"]);
        let typed: Vec<Option<u16>> = op
            .responses
            .iter()
            .filter(|r| r.ty.is_some())
            .map(|r| r.code())
            .collect();
        assert_eq!(typed, [Some(200)]);
        assert_eq!(tab_status("200400401"), Some(200));
        assert!(bracketed_name("ids[]") && !bracketed_name("[x]") && !bracketed_name("a[b"));
    }

    #[test]
    fn a_body_label_over_another() {
        // `Request Body schema:` over the body's description `Request body`, then the
        // fields: not an empty label; and Redoc's download link is no introduction.
        let page = "<h1>Q API</h1><p>Download OpenAPI specification:Download</p><p>Intro.</p>\n\
            <h2>Approve</h2><p>Approves.</p>\n<h5>Request Body schema: application/json</h5>\n\
            <p>Data request object</p><p>Request body</p>\n\
            <table><tr><td>data</td><td>string</td></tr></table>\n\
            <h3>Responses</h3>\n<p>200</p><p>OK</p>\n<p>post/approve</p>\n";
        let out = extract(&Document::parse("q.html", page), "q", "q.html");
        let op = &out.spec.operations[0];
        assert!(op.body.is_some());
        assert!(
            !op.unknown.contains(&chatgen_codegen::spec::Unknown::Body),
            "{:?}",
            op.unknown
        );
        assert_eq!(out.spec.doc.as_deref(), Some("Intro."));
    }

    #[test]
    fn a_server_description_is_no_operation_doc() {
        // `Local server` over the server URL under each route: neither the next
        // operation's description nor a note on its own.
        let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>List users</h2>\n<h3>Responses</h3>\n\
            <p>200</p><p>ok</p>\n<p>get/users</p>\n<p>Local server</p>\n\
            <p>http://localhost:3000/users</p>\n<h2>Register a user</h2>\n\
            <h5>Request Body schema: application/json</h5>\n\
            <table><tr><td>name</td><td>string</td></tr></table>\n<h3>Responses</h3>\n\
            <p>201</p><p>created</p>\n<p>post/users</p>\n<p>Local server</p>\n\
            <p>http://localhost:3000/users</p>\n";
        let out = extract(&Document::parse("q.html", page), "q", "q.html");
        let docs: Vec<Option<&str>> = out
            .spec
            .operations
            .iter()
            .map(|o| o.doc.as_deref())
            .collect();
        assert_eq!(docs, [None, None]);
    }

    #[test]
    fn enum_values_of_fields_and_parameters() {
        // `Enum: "a" "b"`: on a parameter, its doc says them (the spec has no parameter
        // enum); on a body field of type string, an enum type.
        let page = "Widgets API\n\nMakeWidget\n\nMakes a widget.\n\nquery Parameters\nmode\n\
            string\nEnum: \"fast\" \"slow\"\nHow to make it\n\n\
            Request Body schema: application/json\ncolour\nrequired\nstring\n\
            Enum: \"red\" \"blue\"\nThe colour\n\nResponses\n\n200 OK\n\npost/widgets\n\n\
            Response samples\n\nContent type\napplication/json\n{\"a\": 1}\n";
        let out = extract(&Document::parse("w.txt", page), "w", "w.txt");
        let op = &out.spec.operations[0];
        assert_eq!(
            op.params[0].doc.as_deref(),
            Some("How to make it\n\nOne of: \"fast\", \"slow\".")
        );
        let colour = &body_def(&out, op).fields()[0];
        assert_eq!(colour.doc.as_deref(), Some("The colour"));
        let TypeRef::Named(e) = &colour.ty else {
            panic!("an enum: {:?}", colour.ty);
        };
        let values: Vec<&str> = out.spec.types[e]
            .values()
            .iter()
            .map(|v| v.value.as_str())
            .collect();
        assert_eq!(values, ["red", "blue"]);
        assert_eq!(
            quoted_values("\"a\" \"b\" … 3 more rest"),
            (vec!["a".into(), "b".into()], "rest")
        );
        assert_eq!(quoted_values("0 1 2"), (Vec::new(), ""));
    }

    #[test]
    fn a_field_table_with_an_unknown_type_word() {
        // Most rows typed; `date` is no type the reader knows: a field of any type, the
        // word its doc (the table is still a field table).
        let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Create invoice</h2>\n\
            <h5>Request Body schema: application/json</h5>\n<table><tr><td>name</td><td>string</td></tr>\
            <tr><td>amount</td><td>number</td></tr><tr><td>due_date</td><td>date</td></tr>\
            <tr><td>discounts</td><td>Array of Final (object) or Discount (object)</td></tr></table>\n\
            <h3>Responses</h3>\n<p>201</p><p>created</p>\n<p>post/invoices</p>\n";
        let out = extract(&Document::parse("q.html", page), "q", "q.html");
        let op = &out.spec.operations[0];
        let fields: Vec<(&str, &TypeRef, Option<&str>)> = body_def(&out, op)
            .fields()
            .iter()
            .map(|f| (f.name.as_str(), &f.ty, f.doc.as_deref()))
            .collect();
        assert_eq!(fields.len(), 4);
        assert_eq!(fields[2], ("due_date", &TypeRef::ANY, Some("date")));
        assert_eq!(
            fields[3],
            (
                "discounts",
                &TypeRef::ANY,
                Some("Array of Final (object) or Discount (object)")
            )
        );
    }

    #[test]
    fn a_sample_call_with_a_base_path_before_its_template() {
        // A description's curl call (`/v1/mappings/csp/CSP0000003`) before the route it is
        // an instance of (`/mappings/csp/{cspId}`, under the API's base path): one
        // operation, on the template, the call its example.
        let page = "<h1>C API</h1><p>Intro.</p>\n<h2>Read mappings</h2>\n<p>Retrieves mappings.</p>\n\
            <pre><code class=\"language-bash\">curl -X GET \"https://api.example.com/v1/mappings/csp/C3\"\n\
            </code></pre>\n<h5>path Parameters</h5><table><tr><td>cspId</td><td>string</td></tr></table>\n\
            <h3>Responses</h3>\n<p>200</p><p>OK</p>\n<p>get/mappings/csp/{cspId}</p>\n";
        let out = extract(&Document::parse("c.html", page), "c", "c.html");
        let ops = &out.spec.operations;
        assert_eq!(ops.len(), 1);
        assert_eq!(
            ops[0].route.as_ref().map(|r| r.path.as_str()),
            Some("/mappings/csp/{cspId}")
        );
        assert_eq!(ops[0].params[0].location, Location::Path);
        assert!(instance_of("/v1/x/7", "/x/{id}") && !instance_of("/v1/x/7", "/y/{id}"));
    }

    #[test]
    fn a_field_row_as_the_header_and_notes_in_another_script() {
        // A Markdown table whose first row (`name | string …`) is a field, not column
        // names; `* 注意: …` under the list is a note, not a parameter.
        let page = "# Q API\n\n## List members\n\n##### query Parameters\n\n\
            name| string 成员名  \n---|---  \nrange| integer Default: 0 时间范围  \n\
            props| string Default: \"\" 额外字段\n\n  * 注意: 每页数量超过 100 本字段会失效\n\n\
            ### Responses\n\n**200 **\n\nOK\n\nget/members\n";
        let out = extract(&Document::parse("q.md", page), "q", "q.md");
        let names: Vec<(&str, &TypeRef)> = out.spec.operations[0]
            .params
            .iter()
            .map(|p| (p.name.as_str(), &p.ty))
            .collect();
        assert_eq!(
            names,
            [
                ("name", &TypeRef::Primitive(Primitive::String)),
                ("range", &TypeRef::Primitive(Primitive::Integer)),
                ("props", &TypeRef::Primitive(Primitive::String))
            ]
        );
    }

    #[test]
    fn a_stacked_description_that_ends_with_a_colon() {
        // `Opções:` over the values it explains is the field's description: the fields
        // after it are still the body's.
        let page = "Q API\n\nMesclar\n\nMescla pedidos.\n\nREQUEST BODY SCHEMA: \napplication/json\nopcoes\nrequired\n\
            integer\nDefault: 0\nOpções:\n\n0=manter\n\n1=cancelar\n\nids\nrequired\n\
            Array of integers\nIds\n\nResponses\n\n200 Sucesso!\n\npost/mesclar\n\n\
            Response samples\n\nContent type\napplication/json\n{\"a\": 1}\n";
        let out = extract(&Document::parse("q.txt", page), "q", "q.txt");
        let op = &out.spec.operations[0];
        let fields = body_names(&out, op);
        assert_eq!(fields, ["opcoes", "ids"]);
    }

    #[test]
    fn one_path_declared_twice_under_two_titles() {
        // Two panels, each a title, its answers and its route; the routes differ only by
        // placeholder names: two operations, not an example of the first.
        let page = "<h1>C API</h1><p>Intro.</p>\n<h2>Delete Mapping by ID</h2>\n\
            <h5>path Parameters</h5><table><tr><td>mappingId</td><td>string</td></tr></table>\n\
            <h3>Responses</h3>\n<p>200</p><p>Deleted</p>\n<p>delete/mapping/{mappingId}</p>\n\
            <h2>Delete Mapping</h2>\n<h5>path Parameters</h5>\
            <table><tr><td>numberToMessageAppMapId</td><td>string</td></tr></table>\n\
            <h3>Responses</h3>\n<p>200</p><p>Deleted</p>\n\
            <p>delete/mapping/{numberToMessageAppMapId}</p>\n";
        let out = extract(&Document::parse("c.html", page), "c", "c.html");
        let names: Vec<&str> = out
            .spec
            .operations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert_eq!(names, ["Delete Mapping by ID", "Delete Mapping"]);
    }

    #[test]
    fn a_page_on_one_line() {
        // A saved page whose operation is one HTML line: the samples after the route on
        // its line are read under their labels (the route resets only its own block).
        let page = "<h1>C API</h1><p>Intro.</p>\n<h2>Get Access Token</h2><p>Gets a token.</p>\
            <h5>Request Body schema: application/json</h5>\
            <table><tr><td>username</td><td>string</td></tr></table><h3>Responses</h3>\
            <p>200</p><p>New token</p><p>post/auth/token</p><h3>Request samples</h3>\
            <ul><li>Payload</li></ul><p>{ \"username\": \"a\" }</p><h3>Response samples</h3>\
            <ul><li>200</li></ul><p>{ \"accessToken\": \"t\" }</p>\n";
        let out = extract(&Document::parse("c.html", page), "c", "c.html");
        let op = &out.spec.operations[0];
        assert!(op.responses[0].ty.is_some(), "{:?}", op.responses);
        assert!(op.examples.iter().any(|e| e.of == ExampleOf::Request));
    }

    #[test]
    fn a_sentence_that_ends_with_a_label_word() {
        // `Deletes a mapping by its ID. Headers:` is prose (a description), not a header
        // label; `Headers:` alone is one.
        let doc = Document::parse(
            "c.html",
            "<p>Deletes a mapping by its ID. Headers:</p>\n<p>Headers:</p>\n",
        );
        assert_eq!(block_label(&doc.blocks[0]), None);
        assert_eq!(
            block_label(&doc.blocks[1]),
            Some(Ctx::Params(Some(Location::Header)))
        );
    }

    #[test]
    fn sample_tabs_are_no_fields() {
        // `Request samples` over tabs (`* Payload`): the tab is no body field.
        let page = "# Widgets API\n\n## Make a widget\n\n### Request Body schema: application/json\n\n\
            | | |\n| --- | --- |\n| name | string |\n\n### Responses\n\n**201**\n\nCreated\n\n\
            post/widgets\n\n### Request samples\n\n* Payload\n\nContent type\n\n\
            application/json\n\n```\n{\"name\": \"string\"}\n```\n";
        let out = extract(&Document::parse("w.md", page), "w", "w.md");
        let op = &out.spec.operations[0];
        let fields = body_names(&out, op);
        assert_eq!(fields, ["name"]);
    }

    #[test]
    fn samples_printed_with_bullets() {
        // A text capture prints each member of a sample behind a bullet; the JSON is read
        // with the bullets taken off, and the bullets are no fields of the body.
        let page = "Widgets API\n\nMakes a widget.\n\nRequest Body schema: application/json\n\n\
            name\n\nstring\n\nResponses\n\n200 OK\n\npost/widgets\n\nRequest samples\n\n\
            Content type\n\napplication/json\n{\n  \u{2022} \"name\": \"string\",\n  \
            \u{2022} \"tags\": [\n    ]\n}\n\nResponse samples\n\n200\n\n\
            Content type\n\napplication/json\n{\n  \u{2022} \"id\": 0,\n  \
            \u{2022} \"name\": \"string\"\n}\n";
        let out = extract(&Document::parse("w.txt", page), "w", "w.txt");
        let op = &out.spec.operations[0];
        let body = op.examples.iter().find(|e| e.of == ExampleOf::Request);
        assert_eq!(
            body.and_then(|e| e.json.clone()),
            Some(serde_json::json!({"name": "string", "tags": []}))
        );
        let answer = op.examples.iter().find(|e| e.of == ExampleOf::Response);
        assert_eq!(
            answer.and_then(|e| e.json.clone()),
            Some(serde_json::json!({"id": 0, "name": "string"}))
        );
        assert!(
            answer
                .and_then(|e| e.raw.as_deref())
                .is_some_and(|r| r.contains('\u{2022}'))
        );
        assert!(
            op.responses
                .iter()
                .any(|r| r.code() == Some(200) && r.ty.is_some())
        );
        let fields = body_names(&out, op);
        assert!(fields.contains(&"name"), "{fields:?}");
        assert!(
            !out.diags
                .iter()
                .any(|d| d.message.contains("listed twice") || d.message.contains("skipped")),
            "{:?}",
            out.diags.iter().map(|d| &d.message).collect::<Vec<_>>()
        );
    }

    #[test]
    fn panels_whose_route_the_capture_lost() {
        // A capture of a two-panel page that lost every route: each `Responses` after
        // request labels is an operation of unknown route; the routes in the page's
        // introduction are examples; a panel rendered again with its route is not one.
        let page = "Widgets API\n\nIntroduction\n\nRequest:\n\nGET https://api.example.com/v1/\n\n\
            Response:\n\n{\"widgets\": \"https://api.example.com/v1/widgets/\"}\n\n\
            widgets\n\nlistWidgets\n\nLists the widgets.\n\nAuthorizations:\n\nKeyAuth\n\n\
            query Parameters\n\ncolour\n\nstring\n\nThe colour to list.\n\nResponses\n\n\
            Response samples\n\nContent type\n\napplication/json\n\n{\"count\": 1}\n\n\
            getWidget\n\nReturns one widget.\n\nAuthorizations:\n\nKeyAuth\n\n\
            path Parameters\n\nwidget_id\n\nrequired\n\ninteger\n\nResponses\n\n\
            Deletes a widget.\n\nAuthorizations:\n\nKeyAuth\n\npath Parameters\n\n\
            widget_id\n\nrequired\n\ninteger\n\nResponses\n";
        let out = extract(&Document::parse("w.txt", page), "w", "w.txt");
        let ops = &out.spec.operations;
        type Seen<'a> = (&'a str, bool, Vec<(&'a str, Location)>);
        let seen: Vec<Seen<'_>> = ops
            .iter()
            .map(|o| {
                (
                    o.name.as_str(),
                    o.route.is_none() && o.unknown.contains(&chatgen_codegen::spec::Unknown::Route),
                    o.params
                        .iter()
                        .map(|p| (p.name.as_str(), p.location))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("listWidgets", true, vec![("colour", Location::Query)]),
                ("getWidget", true, vec![("widget_id", Location::Path)]),
                (
                    "Deletes a widget.",
                    true,
                    vec![("widget_id", Location::Path)]
                ),
            ]
        );
        assert_eq!(ops[1].doc.as_deref(), Some("Returns one widget."));
        assert!(!out.spec.protocol.is_rpc());
        // A panel rendered again (filed under a second tag): its route is the first's.
        let twice = "API\n\n## Get a thing\n\nReturns a thing.\n\n##### path Parameters\n\n\
            | id | string |\n| --- | --- |\n\n### Responses\n\n200 OK\n\nget/things/{id}\n\n\
            ### Response samples\n\n```json\n{\"id\": \"a\"}\n```\n\n## Get a thing\n\n\
            Returns a thing.\n\n##### path Parameters\n\n| id | string |\n| --- | --- |\n\n\
            ### Responses\n\n200 OK\n\nget/things/{id}\n\n### Response samples\n\n\
            ```json\n{\"id\": \"a\"}\n```\n";
        let out = extract(&Document::parse("t.md", twice), "t", "t.md");
        assert_eq!(out.spec.operations.len(), 1, "{:?}", out.spec.operations);
    }

    #[test]
    fn stacked_field_names_printed_as_headings() {
        // A plain-text capture takes a short line before a blank one for a heading: the
        // names `X-Trace` and `X-Mode` read as level-0 headings, and the next list's label
        // after the last field's facts is no description.
        let page = "Orders\n\nGET /orders/{id}\n\nPATH PARAMETERS\n\nid\nrequired\ninteger\n\
            Example: 1\n\nHEADER PARAMETERS\n\nX-Trace\n\nstring\nExample: abc\n\n\
            Traces the call.\n\nX-Mode\n\nboolean\n\nSwitches the mode.\n\nResponses\n\n200 OK\n";
        let doc = Document::parse("o.txt", page);
        assert!(
            doc.blocks
                .iter()
                .any(|b| b.text.trim() == "X-Trace" && b.level() == Some(0))
        );
        let out = extract(&doc, "o", "o.txt");
        let params: Vec<(&str, Location, &str)> = out.spec.operations[0]
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.location, p.doc.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            params,
            [
                ("id", Location::Path, ""),
                ("X-Trace", Location::Header, "Traces the call."),
                ("X-Mode", Location::Header, "Switches the mode."),
            ]
        );
    }

    #[test]
    fn stacked_fields() {
        let page = "# List items\n\n`GET /items`\n\nQuery parameters\n\nlimit\n\nrequired\n\n\
            integer <int32> [ 1 .. 100 ]\n\nDefault: 20\n\nHow many.\n\ncursor\n\nstring\n\n\
            Where to start.\n";
        // A type line with a schema's title and a length (`string (code) <= 50
        // characters`) is a type line too.
        let titled = "# Create item\n\n`POST /items`\n\nRequest body\n\ncode\n\n\
            string (code) <= 50 characters\n\nThe code.\n";
        let out = extract(&Document::parse("t.md", titled), "t", "t.md");
        let body = out.spec.operations[0]
            .body
            .as_ref()
            .map(|b| b.ty.to_string());
        let fields: Vec<(String, String)> = out
            .spec
            .types
            .get(body.as_deref().unwrap_or(""))
            .map(|t| {
                t.fields()
                    .iter()
                    .map(|f| (f.name.clone(), f.ty.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(fields, [("code".to_string(), "string".to_string())]);
        let out = extract(&Document::parse("s.md", page), "s", "s.md");
        // The type line's bounds are the parameter's.
        let limit = &out.spec.operations[0].params[0];
        assert_eq!(
            (limit.minimum.clone(), limit.maximum.clone()),
            (Some(serde_json::json!(1)), Some(serde_json::json!(100)))
        );
        type Read<'a> = (
            &'a str,
            String,
            bool,
            Option<serde_json::Value>,
            Option<&'a str>,
        );
        let params: Vec<Read> = out.spec.operations[0]
            .params
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.ty.to_string(),
                    p.required,
                    p.default.clone(),
                    p.doc.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            params,
            [
                (
                    "limit",
                    "int32".into(),
                    true,
                    Some(serde_json::json!(20)),
                    Some("How many.")
                ),
                (
                    "cursor",
                    "string".into(),
                    false,
                    None,
                    Some("Where to start.")
                ),
            ]
        );
    }

    /// A one-page-per-endpoint capture that prints the method and the path on lines of
    /// their own, and a field's `Options: "a","b"` line, which is no label.
    #[test]
    fn method_and_path_on_lines_of_their_own() {
        let page = "# Get widget\n\nGET\n\n/widgets/:uuid\n\nReturns the widget.\n\n\
            `uuid`\n\nstring\n\nThe widget's id.\n\n## Response Body Parameters\n\n\
            `mode`\n\nstring\n\nThe mode.\n\nOptions: \"fast\",\"slow\"\n\n\
            `size`\n\nnumber\n\nThe size.\n";
        let out = extract(&Document::parse("w.md", page), "w", "w.md");
        let op = &out.spec.operations[0];
        let route = op.route.as_ref().unwrap();
        assert_eq!(
            (route.method.as_str(), route.path.as_str()),
            ("GET", "/widgets/{uuid}")
        );
        // `size` comes after `Options:` and is still an answer's field, not a parameter.
        let names: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["uuid"]);
        // A sentence's `Get` over a path is no route.
        let prose = "# Widgets\n\nGet\n\n/widgets\n";
        assert!(
            extract(&Document::parse("p.md", prose), "p", "p.md")
                .spec
                .operations
                .is_empty()
        );
    }

    /// Methods in a list and in sections of their own, in a plain-text capture (WApi's
    /// layout): the list's order and descriptions, name lines heading sections, typed
    /// items with defaults and marks, an answer's nested fields, metadata labels, the token
    /// field, the version and URL of the introduction, a page cut off mid-line.
    #[test]
    fn method_list_and_sections() {
        const PROFILE: Profile = Profile {
            rpc_protocol: Some(Protocol::header_body_envelope),
            glossary: &[
                ("Header Identification", "Header parameters"),
                ("Body Data", "Body parameters"),
                ("Example", "Example request"),
            ],
            unmarked_required: true,
            token_field: Some(("token", "session token")),
            metadata: &[("call type", "\n"), (" restrictions", " / ")],
            ..Profile::named(Family::EnvelopeRpc)
        };
        let page = "Some API\n\nVersion: 2.0\n\nOverview\n\n\
            The service is at that url: https://api.example.test.\n\n\
            token\n\n(optional string) - the session token\n\n\
            Actions List\n\n\
            a.user.Login Logs in\n\
            a.user.Logout\n\
            Wrapped onto a line of its own\n\
            a.item.Get Gets an item\n\n\
            Actions\n\n\
            a.item.Get\n\n\
            Call type:\n\nSent as JSON.\n\n\
            Role restrictions:\nGuests (0)Members (1)\nXX\n\n\
            Header Identification:\n\n  • item_id - int\n  • ids - int list Optional: []\n\n\
            Body Data:\n\n  • flags - LIST of Flag\n  • mode - string Optional: \"fast\"\n  \
            • note - string (kept as written)\n\n\
            Output:\n\n  • item - Item - can be null\n  • parts - LIST of struct\n    • size - int\n  \
            • gone - bool - can be missing\n\n\
            Example:\n\n{\"header\": {\"target\": \"a.item.Get\"}, \"body\": {\"data\": {}}}\n\n\
            a.user.Login\n\nCall type:\n\nSent as JSON, then cut of";
        let out = extract_with(
            &Document::parse("api.txt", page),
            "api",
            "api.txt",
            &PROFILE,
        );
        let spec = &out.spec;
        assert_eq!(spec.title, "Some API");
        assert_eq!(spec.version.as_deref(), Some("2.0"));
        assert_eq!(spec.base_url.as_deref(), Some("https://api.example.test"));
        assert_eq!(spec.auth.scheme, AuthScheme::Token);
        assert_eq!(spec.auth.param.as_deref(), Some("token"));
        // The list's order; the list's description where no section gives one.
        let names: Vec<(&str, bool, Option<&str>)> = spec
            .operations
            .iter()
            .map(|o| (o.name.as_str(), o.listed_only, o.doc.as_deref()))
            .collect();
        assert_eq!(
            names,
            [
                ("a.user.Login", false, Some("Logs in")),
                (
                    "a.user.Logout",
                    true,
                    Some("Wrapped onto a line of its own")
                ),
                ("a.item.Get", false, Some("Gets an item")),
            ]
        );
        let get = &spec.operations[2];
        let params: Vec<(&str, Location, String, bool, Option<serde_json::Value>)> = get
            .params
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.location,
                    p.ty.to_string(),
                    p.required,
                    p.default.clone(),
                )
            })
            .collect();
        assert_eq!(
            params,
            [
                ("item_id", Location::Header, "integer".into(), true, None),
                (
                    "ids",
                    Location::Header,
                    "{list: integer}".into(),
                    false,
                    Some(serde_json::json!([]))
                ),
                ("flags", Location::Body, "{list: Flag}".into(), true, None),
                (
                    "mode",
                    Location::Body,
                    "string".into(),
                    false,
                    Some(serde_json::json!("fast"))
                ),
                ("note", Location::Body, "string".into(), true, None),
            ]
        );
        assert_eq!(get.params[4].doc.as_deref(), Some("(kept as written)"));
        assert_eq!(get.metadata["call type"], "Sent as JSON.");
        assert_eq!(
            get.metadata["role restrictions"],
            "Guests (0)Members (1) / XX"
        );
        // The answer: no status of its own; nested items are a struct's fields.
        assert_eq!(get.responses.len(), 1);
        assert_eq!(get.responses[0].status, None);
        let output = get.responses[0].ty.as_ref().unwrap().to_string();
        assert_eq!(output, "AItemGetOutput");
        let fields: Vec<(&str, String, bool, bool)> = spec.types[&output]
            .fields()
            .iter()
            .map(|f| (f.name.as_str(), f.ty.to_string(), f.optional, f.nullable))
            .collect();
        assert_eq!(
            fields,
            [
                ("item", "Item".into(), false, true),
                ("parts", "{list: AItemGetOutputPart}".into(), false, false),
                ("gone", "boolean".into(), true, false),
            ]
        );
        assert_eq!(spec.types["AItemGetOutputPart"].fields()[0].name, "size");
        // The request envelope is an example, not a body.
        assert!(get.body.is_none());
        assert_eq!(get.examples.len(), 1);
        // The last section, cut off mid-line: kept, said, its answer unknown.
        let login = &spec.operations[0];
        assert_eq!(login.unknown, [Unknown::Response]);
        assert!(
            out.diags
                .iter()
                .any(|d| d.message.contains("cut off mid-line inside `a.user.Login`")),
            "{:?}",
            out.diags
        );
    }

    /// REST by example, in a vendor's words: the profile's glossary, its envelope and its
    /// "required" word; the reader's unlabelled dash lists, body examples, repeated routes,
    /// route query strings, events and shared path prefix.
    #[test]
    fn rest_by_example_shapes() {
        const PROFILE: Profile = Profile {
            rest_protocol: Some(|| {
                Protocol::rest()
                    .with_result_at(chatgen_codegen::spec::JsonPointer::member("result"))
                    .with_failure_flag(
                        chatgen_codegen::spec::JsonPointer::member("ok"),
                        chatgen_codegen::spec::JsonPointer::member("error"),
                    )
            }),
            glossary: &[
                ("Пример запроса", "Example request"),
                ("Пример ответа", "Example response"),
                ("Рассылает события", "Sends events"),
            ],
            required_cue: Some(|d| d.contains("обязательно")),
            ..Profile::named(Family::RestByExample)
        };
        let page = "Устройства\n\nСписок устройств.\n\n  • name — название устройства.\n\n\
            POST /api/v3/devices\n\nСоздание устройства.\n\n  • name — название, обязательно\n  \
            • type - тип\n\nЗаметка после списка.\n\nРассылает события:\n\n  • server.device.updated\n\n\
            Пример запроса:\n\n{\n  \"name\": \"ойпад\",\n  \"type\": \"ios\",\n  \"push\": true\n}\n\n\
            Пример ответа:\n\n{\n  \"ok\": true,\n  \"result\": {\"name\": \"ойпад\", \"id\": 7}\n}\n\n\
            Пример ответа:\n\n{\n  \"ok\": false,\n  \"error\": \"NotFound\"\n}\n\n\
            GET /api/v3/qr.png?debug=True\n\nКартинка.\n\n\
            POST /api/v3/devices\n\nЕщё раз.\n\nПример запроса:\n\n{\n  \"name\": \"x\"\n}\n";
        let out = extract_with(
            &Document::parse("by-example.txt", page),
            "dev",
            "dev.txt",
            &PROFILE,
        );
        let spec = &out.spec;
        // The route documented again is one operation; ids leave out `/api/v3`.
        let ids: Vec<&str> = spec.operations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["post_devices", "get_qr_png"]);
        assert!(
            out.diags
                .iter()
                .any(|d| d.message.contains("documented again"))
        );
        assert_eq!(spec.title, "dev");
        let post = &spec.operations[0];
        assert_eq!(post.name, "Устройства");
        assert_eq!(
            post.doc.as_deref(),
            Some("Список устройств.\nСоздание устройства.\nЗаметка после списка.")
        );
        assert_eq!(post.events, ["server.device.updated"]);
        // The list names the body's fields, the example types them and adds `push`.
        let Some(Body {
            ty: TypeRef::Named(body),
            content_type,
            ..
        }) = &post.body
        else {
            panic!("a named body: {:?}", post.body);
        };
        assert_eq!(content_type.as_deref(), Some("application/json"));
        let fields: Vec<(&str, String, bool)> = spec.types[body]
            .fields()
            .iter()
            .map(|f| (f.name.as_str(), f.ty.to_string(), f.optional))
            .collect();
        assert_eq!(
            fields,
            [
                ("name", "string".to_string(), false),
                ("type", "string".to_string(), true),
                ("push", "boolean".to_string(), true)
            ]
        );
        // Both extents' examples, in page order; the type is read from the successful
        // answer's `result` only.
        let of: Vec<ExampleOf> = post.examples.iter().map(|e| e.of).collect();
        assert_eq!(
            of,
            [
                ExampleOf::Request,
                ExampleOf::Response,
                ExampleOf::Response,
                ExampleOf::Request
            ]
        );
        let Some(TypeRef::Named(result)) = &post.responses[0].ty else {
            panic!("a named result: {:?}", post.responses);
        };
        let names: Vec<&str> = spec.types[result]
            .fields()
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(names, ["name", "id"]);
        // The section's list documents the result's field.
        assert_eq!(
            spec.types[result].fields()[0].doc.as_deref(),
            Some("название устройства.")
        );
        assert_eq!(
            spec.protocol
                .answer
                .as_ref()
                .and_then(|a| a.result.as_deref()),
            Some("/result")
        );
        // `?debug=True` in the route: an optional boolean query parameter.
        let qr = &spec.operations[1];
        assert_eq!(qr.params.len(), 1);
        assert_eq!(qr.params[0].name, "debug");
        assert_eq!(qr.params[0].location, Location::Query);
        assert_eq!(qr.params[0].ty, TypeRef::Primitive(Primitive::Boolean));
        assert!(!qr.params[0].required);
    }

    #[test]
    fn field_lines_and_their_copied_forms() {
        assert_eq!(
            field_line("id integer required"),
            Some(("id".into(), "integer".into(), true))
        );
        assert_eq!(
            field_line("blobs array of integers"),
            Some(("blobs".into(), "array of integers".into(), false))
        );
        assert_eq!(
            field_line("options array of objects"),
            Some(("options".into(), "array of objects".into(), false))
        );
        // Descriptions are not field lines.
        assert_eq!(field_line("Conversation (app) id."), None);
        assert_eq!(field_line("true to lists contextual apps"), None);
        assert_eq!(field_line("Returns Status"), None);
        assert_eq!(
            glued_type("integer requiredApp id"),
            Some(("integer", true, "App id"))
        );
        assert_eq!(
            glued_type("array of integersIds of blobs to attach."),
            Some(("array of integers", false, "Ids of blobs to attach."))
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
    }

    /// A capture's layout: a name line over its route, a curl sample with its bearer
    /// header, a parameter table, a type-name schema as the body (`?` marks optional
    /// members) and as the answer, `Status code 204` over `No Content`.
    #[test]
    fn a_capture_with_name_lines_and_type_name_schemas() {
        let page = "Messages\nThe Messages API.\nCreate message\nPOST /api/apps/{id}/messages\nCreates a message.\nSample request\n$ curl {SERVER}/api/apps/1/messages\n-H \"Authorization: Bearer {TOKEN}\"\n-d \"{ 'text': 'hi' }\"\nParameters\nName | Type | Required | Description |\n---|---|---|---|\nid | integer | True | Conversation id |\nRequest body\napplication/json\n{\n\"text?\": \"string\",\n\"tags\": [\"string\"]\n}\nResponses\nStatus code 200\napplication/json\n{\n\"id\": \"integer\"\n}\nDelete message\nDELETE /api/messages/{id}\nResponses\nStatus code 204\nNo Content\n";
        let out = extract(&Document::parse("p.txt", page), "p", "p.txt");
        let spec = &out.spec;
        assert_eq!(spec.title, "Messages");
        assert_eq!(spec.doc.as_deref(), Some("The Messages API."));
        assert_eq!(spec.auth.scheme, AuthScheme::Bearer);
        assert_eq!(spec.auth.line, Some(8));
        let names: Vec<&str> = spec.operations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Create message", "Delete message"]);
        let create = &spec.operations[0];
        assert_eq!(create.doc.as_deref(), Some("Creates a message."));
        assert_eq!(create.params.len(), 1);
        assert_eq!(create.params[0].location, Location::Path);
        let body = create.body.as_ref().expect("a body");
        assert_eq!(body.content_type.as_deref(), Some("application/json"));
        let TypeRef::Named(body_ty) = &body.ty else {
            panic!("{:?}", body.ty)
        };
        let fields = &spec.types[body_ty].fields();
        assert_eq!(fields[0].name, "text");
        assert!(fields[0].optional);
        assert!(!fields[1].optional);
        let request = create
            .examples
            .iter()
            .find(|e| e.url.is_some())
            .expect("the curl sample");
        assert_eq!(request.url.as_deref(), Some("{SERVER}/api/apps/1/messages"));
        assert_eq!(request.json, Some(serde_json::json!({"text": "hi"})));
        assert_eq!(create.responses[0].code(), Some(200));
        assert_eq!(create.responses[0].doc, None);
        let delete = &spec.operations[1];
        assert_eq!(delete.responses[0].doc.as_deref(), Some("No Content"));
    }

    /// A reference in another script: ids come from the routes, a label ending in `:` is
    /// not an operation's name.
    #[test]
    fn names_in_another_script_give_route_ids() {
        let page = "API\nПриглашения\nGET /api/v3/invites/{uid}\nПример ответа:\nPOST /api/v3/invites/{uid}/join\n";
        let out = extract(&Document::parse("ru.txt", page), "ru", "ru.txt");
        let ids: Vec<&str> = out.spec.operations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["get_invites_uid", "post_invites_uid_join"]);
        assert_eq!(out.spec.operations[0].name, "Приглашения");
        assert_ne!(out.spec.operations[1].name, "Пример ответа:");
    }

    /// The path in a heading, the method in an item below it (`Method: GET`, `Method
    /// `POST``), the parameters under a `Params:` item (Pleroma's layout).
    #[test]
    fn a_path_heading_with_a_method_item() {
        let page = "# API\n\n## `/api/pleroma/follow_import`\n### Imports your follows.\n* Method `POST`\n* Params:\n    * `list`: STRING or FILE containing a list\n\n## `/api/v1/pleroma/emoji`\n### Lists the emoji.\n* Method: `GET`\n* Params: none\n\n## Notes\n* Method: `DELETE` is not supported\n";
        let out = extract(&Document::parse("p.md", page), "p", "p.md");
        let routes: Vec<(String, String)> = out
            .spec
            .operations
            .iter()
            .map(|o| {
                let r = o.route.as_ref().expect("a route");
                (r.method.to_string(), r.path.clone())
            })
            .collect();
        assert_eq!(
            routes,
            [
                ("POST".to_string(), "/api/pleroma/follow_import".to_string()),
                ("GET".to_string(), "/api/v1/pleroma/emoji".to_string())
            ]
        );
        let first = &out.spec.operations[0];
        assert_eq!(first.name, "Imports your follows.");
        let body = first.body.as_ref().expect("the list field");
        assert_eq!(
            out.spec.types[&body.ty.to_string()].fields()[0].name,
            "list"
        );
    }

    /// Method headings decorated with an emoji and an anchor element, `Required: True` in
    /// a field's text, methods known only by their `Returns:` line, and a lone lower-case
    /// word (`close`) among three or more methods (the Telegram Bot API's Markdown).
    #[test]
    fn decorated_method_headings_and_returns_lines() {
        let page = "# Bot API\n\n### ⚙️ getMe <a id='getme'></a>\n- **Returns**: User\n\n### ⚙️ close <a id='close'></a>\n- **Returns**: Boolean\n\n### ⚙️ sendMessage <a id='sendmessage'></a>\n- **Fields**:\n  - **chat_id**: Integer, String (Required: True)\n  - **text**: String (Required: False)\n- **Returns**: Message\n\n### ⚙️ deleteMessage <a id='deletemessage'></a>\n- **Returns**: Boolean\n\n### 🛠️ Update <a id='update'></a>\n- **Fields**:\n  - **update_id**: Integer (Required: True)\n";
        let out = extract(&Document::parse("bot.md", page), "bot", "bot.md");
        let names: Vec<&str> = out
            .spec
            .operations
            .iter()
            .map(|o| o.rpc.as_ref().map_or("", |r| r.target.as_str()))
            .collect();
        assert_eq!(names, ["getMe", "close", "sendMessage", "deleteMessage"]);
        let send = &out.spec.operations[2];
        let params: Vec<(&str, bool)> = send
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.required))
            .collect();
        assert_eq!(params, [("chat_id", true), ("text", false)]);
    }

    #[test]
    fn statuses_in_a_response_line() {
        assert_eq!(
            inline_statuses("Response: HTTP 200 on success, 500 on error"),
            [
                (200, Some("on success".to_string())),
                (500, Some("on error".to_string()))
            ]
        );
        assert_eq!(inline_statuses("Response: JSON, the 200 first ones"), []);
        assert_eq!(inline_statuses("Returns: Array of Status"), []);
        assert_eq!(inline_statuses("The server answers HTTP 200"), []);
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
            messages.iter().any(|m| m.contains("in a response example")),
            "{messages:?}"
        );
        let empty = extract(&Document::parse("e.txt", ""), "e", "e");
        assert!(empty.spec.operations.is_empty());
        assert!(!empty.diags.is_empty());
    }

    #[test]
    fn routes_in_every_spelling() {
        let r = |m: &str, p: &str| Some((m.to_string(), p.to_string()));
        // A custom method after a placeholder keeps its colon.
        assert_eq!(
            route("post/v1/ads/{adId}:register"),
            r("POST", "/v1/ads/{adId}:register")
        );
        assert_eq!(
            route("GET /x/{id}:batch/{part}"),
            r("GET", "/x/{id}:batch/{part}")
        );
        assert_eq!(
            route("POST /api/v1/statuses HTTP/1.1"),
            r("POST", "/api/v1/statuses")
        );
        assert_eq!(
            route("GET /api/v1/statuses/:id HTTP/1.1"),
            r("GET", "/api/v1/statuses/{id}")
        );
        assert_eq!(
            route("GET /_synapse/admin/v1/rooms/<room_id>/members"),
            r("GET", "/_synapse/admin/v1/rooms/{room_id}/members")
        );
        assert_eq!(
            route("`DELETE /channels/{channel.id}`"),
            r("DELETE", "/channels/{channel_id}")
        );
        assert_eq!(
            route("post/ofrep/v1/evaluate/flags"),
            r("POST", "/ofrep/v1/evaluate/flags")
        );
        assert_eq!(
            route("GET https://mastodon.social/api/v2/notifications?limit=2 HTTP/1.1"),
            r("GET", "/api/v2/notifications")
        );
        assert_eq!(
            route("Endpoint: GET /room/{token}"),
            r("GET", "/room/{token}")
        );
        // Prose is not a route.
        assert_eq!(route("GET /x returns the list of rooms"), None);
        assert_eq!(route("Use GET /x to list"), None);
        assert_eq!(route("GET"), None);
        assert_eq!(route("GET the thing"), None);
        let full = route_line("GET https://api.example.com/v1/x?a=1").unwrap();
        assert_eq!(full.server.as_deref(), Some("https://api.example.com"));
        assert!(full.query);
        let opt =
            route_line("POST /_synapse/admin/v1/purge_history/<room_id>[/<event_id>]").unwrap();
        assert_eq!(opt.path, "/_synapse/admin/v1/purge_history/{room_id}");
        assert!(opt.note.is_some());
        assert_eq!(
            heading_route("Get Channel % GET /channels/{channel.id}").map(|r| r.path),
            Some("/channels/{channel_id}".to_string())
        );
        assert_eq!(
            heading_route("GET api/friendica/direct_messages_search (GET; AUTH)").map(|r| r.path),
            Some("/api/friendica/direct_messages_search".to_string())
        );
        assert_eq!(
            route("POST api/friendica/activity/[verb]"),
            r("POST", "/api/friendica/activity/{verb}")
        );
        assert_eq!(route("POST data"), None);
        assert_eq!(
            route("POST /v1/projects/x:batchGet"),
            r("POST", "/v1/projects/x:batchGet")
        );
    }

    #[test]
    fn a_label_then_a_route_in_code() {
        let r = |s: &str| labelled_code_route(s).map(|r| (r.method, r.path));
        assert_eq!(
            r("Get detailed information about a session: `GET /api/sessions/:id/`"),
            Some(("GET".into(), "/api/sessions/{id}/".into()))
        );
        assert_eq!(
            r("Get a list: `GET /api/sessions/?v=2` (without `?v=2` you get an array)"),
            Some(("GET".into(), "/api/sessions/".into()))
        );
        // In the middle of a sentence it is prose.
        assert_eq!(r("Use: `GET /x` to list and then more words"), None);
        assert_eq!(
            r("To delete a ban, make a `DELETE /api/banlist/:id/` request."),
            None
        );
    }

    #[test]
    fn curl_calls() {
        let c = |s: &str| curl_route(s).map(|r| (r.method, r.path));
        assert_eq!(
            c(
                "curl -X POST https://api.example.com/v2/messages -H 'Authorization: Bearer x' -d '{}'"
            ),
            Some(("POST".into(), "/v2/messages".into()))
        );
        assert_eq!(
            c("curl --request PATCH --url \"https://a.b/c/d\""),
            Some(("PATCH".into(), "/c/d".into()))
        );
        assert_eq!(
            c("curl https://a.b/items -d 'x=1'"),
            Some(("POST".into(), "/items".into()))
        );
        assert_eq!(
            c("curl https://a.b/items"),
            Some(("GET".into(), "/items".into()))
        );
    }

    #[test]
    fn labels_and_statuses() {
        assert_eq!(status_label("200: OK"), Some(200));
        assert_eq!(status_label("Status code 201"), Some(201));
        assert_eq!(status_label("Response 404"), Some(404));
        assert_eq!(status_label("HTTP/1.1 204 No Content"), Some(204));
        assert_eq!(status_label("Returns 404"), Some(404));
        assert_eq!(
            status_label("Older Mastodon Versions – 404: Not Found"),
            Some(404)
        );
        assert_eq!(status_label("Path parameters"), None);
        assert_eq!(label_ctx("Form data parameters"), Some(Ctx::Form));
        assert_eq!(
            label_ctx("Query parameters"),
            Some(Ctx::Params(Some(Location::Query)))
        );
        assert_eq!(
            label_ctx("Path parameters"),
            Some(Ctx::Params(Some(Location::Path)))
        );
        assert_eq!(
            label_ctx("Headers"),
            Some(Ctx::Params(Some(Location::Header)))
        );
        assert_eq!(
            label_ctx("Request body"),
            Some(Ctx::Params(Some(Location::Body)))
        );
        assert_eq!(
            label_ctx("JSON Params"),
            Some(Ctx::Params(Some(Location::Body)))
        );
        assert_eq!(
            label_ctx("The following query parameters are available:"),
            Some(Ctx::Params(Some(Location::Query)))
        );
        assert_eq!(
            label_ctx("The following fields are possible in the JSON response body:"),
            Some(Ctx::Response(None))
        );
        assert_eq!(label_ctx("Response"), Some(Ctx::Response(None)));
        assert_eq!(label_ctx("Parameters"), Some(Ctx::Params(None)));
    }

    #[test]
    fn list_shapes() {
        let b = bullet("from - Offset in the returned list. Defaults to 0.", 3).unwrap();
        assert_eq!(
            (b.name.as_str(), b.doc.as_str()),
            ("from", "Offset in the returned list. Defaults to 0.")
        );
        let b = bullet("user_id (string, required) The user.", 3).unwrap();
        assert_eq!((b.ty.as_deref(), b.required), (Some("string"), Some(true)));
        let b = bullet("limit? integer Max items", 3).unwrap();
        assert_eq!((b.name.as_str(), b.required), ("limit", Some(false)));
        assert!(bullet("This is a sentence about things", 1).is_none());
        assert_eq!(
            described_type("{{<required>}} Array of String. Ids").map(|t| t.0.to_string()),
            None
        );
        assert_eq!(
            described_type("Array of String. Ids").map(|t| t.0.to_string()),
            Some("{list: string}".to_string())
        );
        assert_eq!(required_cell("Optional Default: 20", false), Some(false));
        assert_eq!(required_cell("Yes", false), Some(true));
        assert!(rpc_name("chat.postMessage"));
        assert!(rpc_name("sendMessage"));
        assert!(rpc_name("module.object.Action"));
        assert!(!rpc_name("Parameters"));
        assert!(!rpc_name("Introduction"));
        assert!(!rpc_name("v1.2"));
    }
}
