//! Route evidence on a page: every place a route appears (headings, lines, code, tables,
//! elements, field labels, sample links), which of them define operations and which are
//! examples.

use std::collections::{BTreeMap, BTreeSet};

use chatgen_codegen::spec::{Operation, TypeDef, TypeRef};

use super::METHODS;
use super::block_routes::{
    METHOD_COLUMNS, PATH_COLUMNS, code_first_line, code_routes, element_route, emphasised_path,
    labelled_code_route, method_path_routes, named_column, table_routes, template_call_route,
};
use super::labels::{clean_heading, is_label_heading};
use super::locate::OpAt;
use super::responses::STATUS_FIELDS;
use super::route_rule::bold_method_item;
use super::routes::{
    RouteText, alternation_variants, capital_methods, entities_decoded, heading_route,
    heading_routes, instance_of, joined_methods, method_word, one_method_named, param_ident,
    route_line, route_lines, schemeless_host, shape, strip_line_marks, strip_markup, target_route,
    tight_braces,
};
use crate::read::blocks::{Block, Document, Kind};

/// A route found in the document, with the block it is in.
#[derive(Debug, Clone)]
pub(super) struct Hit {
    pub(super) block: usize,
    pub(super) line: u32,
    pub(super) route: RouteText,
}

/// Every route of the document, in order.
pub(super) fn hits(doc: &Document) -> Vec<Hit> {
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let found = match &b.kind {
            Kind::Heading { .. } => heading_routes(&b.text)
                .into_iter()
                .map(|r| (b.span.line, r))
                .collect(),
            // (A template tag set as a line of its own, `{% swagger method="get"
            // path="/api/archives" %}`, as GitBook's API blocks open: an element; so is a
            // Hugo shortcode's, `{{% http method="post" %}}/v1/x{{% /http %}}`.)
            Kind::Code { .. }
                if b.text.trim_start().starts_with("{%")
                    || (b.text.trim_start().starts_with("{{")
                        && b.text.to_ascii_lowercase().contains("method=")) =>
            {
                element_route(doc, b)
                    .map(|r| (b.span.line, r))
                    .into_iter()
                    .collect()
            }
            Kind::Code { .. } => code_routes(b),
            Kind::Table(t) => table_routes(t, b.span.line),
            Kind::Paragraph | Kind::Item { .. } => text_routes(doc, b),
        };
        out.extend(found.into_iter().map(|(line, route)| Hit {
            block: i,
            line,
            route,
        }));
    }
    labelled_full_paths(doc, &mut out);
    method_then_path_blocks(doc, &mut out);
    // Sibling items or lines naming the method and the URL apart (`Method: GET`,
    // `Endpoint: /room/{token}`).
    let mut split = split_routes(doc);
    out.append(&mut split);
    route_field_lists(doc, &mut out);
    object_literal_routes(doc, &mut out);
    defined_server_placeholder_routes(doc, &mut out);
    field_label_routes(doc, &mut out);
    labelled_path_routes(doc, &mut out);
    path_over_method_table(doc, &mut out);
    url_over_facts_table(doc, &mut out);
    path_heading_routes(doc, &mut out, false);
    resource_heading_methods(doc, &mut out);
    resource_uri_methods(doc, &mut out);
    blueprint_routes(doc, &mut out);
    front_matter_route(doc, &mut out);
    path_block_routes(doc, &mut out);
    method_subheading_paths(doc, &mut out);
    method_heading_tables(doc, &mut out);
    method_heading_syntax(doc, &mut out);
    link_calls(doc, &mut out);
    // Path headings whose sections give no route but link to the path: read with `GET`,
    // as a link is.
    path_heading_routes(doc, &mut out, true);
    page_method_paths(doc, &mut out);
    method_sentence_tables(doc, &mut out);
    method_sentence_path_items(doc, &mut out);
    call_sentence_routes(doc, &mut out);
    template_request_sentences(doc, &mut out);
    bare_name_sections(doc, &mut out);
    path_items_over_method_items(doc, &mut out);
    nested_item_prefixes(doc, &mut out);
    code_span_placeholders(doc, &mut out);
    relative_heading_routes(doc, &mut out);
    listed_word_segments(doc, &mut out);
    // (Last: a route any other evidence gives is only mentioned in such a sentence.)
    sent_path_routes(doc, &mut out);
    out.sort_by_key(|h| (h.block, h.line));
    summary_rows_in_short(doc, &mut out);
    titled_requests(doc, &mut out);
    strip_shared_base(&mut out);
    endpoint_template_base(doc, &mut out);
    early_examples(doc, &mut out);
    templates_in_code(doc, &mut out);
    literal_members(&mut out);
    page_placeholder_names(&mut out);
    out
}

/// The route a sentence tells the reader to call, in a code span holding the method and the
/// path: right after a verb of calling (`call `GET /api/sessions``, `Use `PUT /api/reaction`
/// method to …`, `by calling `GET /api/{session}/presence/``, `use `POST /api/sendText` with
/// example payload`), or ending the line after a label and a dash (`Get your contacts -
/// `GET /api/contacts/all``, `* To block contact - `POST /api/contacts/block``). Only in
/// the section of a heading that gives no route any other way and whose sub-sections give
/// none either (a group's introduction mentions its members' neighbours: `You can get your
/// id by using `GET /x/me`` over `#### Send text status` with its own route); only the
/// first paragraph or item that says it, with the items right after it that say it too
/// (`To block - `POST /x/block`` / `To unblock - `POST /x/unblock``); never inside
/// parentheses (`(you can use `POST /startTyping` instead)`), nor in a nested item.
fn call_sentence_routes(doc: &Document, out: &mut Vec<Hit>) {
    let mut found = Vec::new();
    for (h, end) in routeless_sections(doc, out) {
        let mut first: Option<usize> = None;
        for i in h + 1..end {
            let b = &doc.blocks[i];
            let said = match &b.kind {
                Kind::Paragraph | Kind::Item { depth: 0, .. } => called_routes(doc, b),
                _ => Vec::new(),
            };
            match first {
                None if !said.is_empty() => first = Some(i),
                None => continue,
                Some(_) if said.is_empty() || b.depth() != Some(0) => break,
                Some(f) if doc.blocks[f].depth() != Some(0) => break,
                Some(_) => {}
            }
            found.extend(said.into_iter().map(|(line, route)| Hit {
                block: i,
                line,
                route,
            }));
        }
    }
    out.extend(found);
}

/// The headings whose whole section (their sub-sections with them) holds none of the routes
/// found so far, each with the end of its own text (the next heading): where a sentence's
/// route may be the section's own rather than a pointer to one documented elsewhere.
fn routeless_sections(doc: &Document, found: &[Hit]) -> Vec<(usize, usize)> {
    let heads: Vec<usize> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.is_heading())
        .map(|(i, _)| i)
        .collect();
    let mut out = Vec::new();
    for (k, &h) in heads.iter().enumerate() {
        let end = heads.get(k + 1).copied().unwrap_or(doc.blocks.len());
        let level = doc.blocks[h].level().unwrap_or(0);
        let whole = heads[k + 1..]
            .iter()
            .copied()
            .find(|&j| doc.blocks[j].level().unwrap_or(0) <= level)
            .unwrap_or(doc.blocks.len());
        if !found.iter().any(|x| (h..whole).contains(&x.block)) {
            out.push((h, end));
        }
    }
    out
}

/// The routes block `b`'s lines tell the reader to call (see [`call_sentence_routes`]).
fn called_routes(doc: &Document, b: &Block) -> Vec<(u32, RouteText)> {
    const VERBS: [&str; 4] = ["call", "calling", "use", "using"];
    let mut found = Vec::new();
    for n in b.span.line..=b.span.end_line {
        let line = doc.line(n);
        let mut rest = line;
        let mut offset = 0;
        while let Some(open) = rest.find('`') {
            let Some(close) = rest[open + 1..].find('`') else {
                break;
            };
            let code = &rest[open + 1..open + 1 + close];
            let before = &line[..offset + open];
            let after = rest[open + 2 + close..].trim();
            offset += open + 2 + close;
            rest = &line[offset..];
            // (The method and the path in code spans of their own, joined by `to`: `The
            // request is a `POST` to `<base_url>/v1/client/add-version/<parentVersionId>``,
            // `send a `GET` request to `/v1/x``; the server part a placeholder of its own.)
            // (Said as what the request is or what to do: `is a`, `send a`, `make a`, never
            // a mention, `Once deleted, a `GET` to `/v2/…` returns 404`, `So a `GET`
            // request to `/x` would show`.)
            let words: Vec<String> = before
                .split_whitespace()
                .rev()
                .take(2)
                .map(str::to_ascii_lowercase)
                .collect();
            let article = matches!(
                words.iter().map(String::as_str).collect::<Vec<_>>()[..],
                [
                    "a" | "an",
                    "is" | "send" | "make" | "perform" | "issue" | "sends" | "makes"
                ]
            );
            let split = method_word(code.trim()).filter(|_| article).and_then(|m| {
                let lead = after.strip_prefix("request").map_or(after, str::trim_start);
                let path = lead.strip_prefix("to `")?;
                let path = &path[..path.find('`')?];
                Some(format!("{m} {}", without_base_placeholder(path)))
            });
            let Some(route) = split
                .as_deref()
                .map_or_else(|| route_line(code), route_line)
            else {
                continue;
            };
            // The method written, the path absolute.
            if code
                .split_whitespace()
                .next()
                .and_then(method_word)
                .is_none()
                || before.matches('(').count() > before.matches(')').count()
            {
                continue;
            }
            let last = before
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let by_verb = VERBS.contains(&last.as_str()) || split.is_some();
            let labelled = after.trim_end_matches(['.', ':']).is_empty()
                && before
                    .trim_end()
                    .strip_suffix(['-', '–', '—'])
                    .is_some_and(|l| l.ends_with(' ') && l.split_whitespace().count() >= 2);
            if by_verb || labelled {
                found.push((n, route));
            }
        }
    }
    found
}

/// A path with the server part written as a placeholder of its own left out
/// (`<base_url>/v1/snapshot`, `{baseUrl}/users`: `/v1/snapshot`, `/users`).
fn without_base_placeholder(path: &str) -> &str {
    let (open, close) = match path.chars().next() {
        Some('<') => ('<', '>'),
        Some('{') => ('{', '}'),
        _ => return path,
    };
    path.strip_prefix(open)
        .and_then(|p| p.split_once(close))
        .filter(|(name, rest)| !name.contains('/') && rest.starts_with('/'))
        .map_or(path, |(_, rest)| rest)
}

/// Paths alone on a line of their own (an item or a paragraph, in code), each opening the
/// section of a heading or right after a sentence introducing it (`Rename a document by
/// `id`:`), on a page that says all its requests use one method (`Both are POST
/// methods`): routes with that method.
fn page_method_paths(doc: &Document, out: &mut Vec<Hit>) {
    let Some(m) = page_method(doc) else {
        return;
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. })
            || b.text.contains('\n')
            || out.iter().any(|h| h.block == i)
        {
            continue;
        }
        let source = doc.line(b.span.line).trim();
        let source = source
            .strip_prefix(['*', '-', '+'])
            .map_or(source, str::trim_start);
        let Some(path) = source
            .strip_prefix('`')
            .and_then(|p| p.strip_suffix('`'))
            .filter(|p| p.starts_with('/') && p.len() > 1 && !p.contains(char::is_whitespace))
        else {
            continue;
        };
        let opens = i.checked_sub(1).map(|p| &doc.blocks[p]).is_some_and(|p| {
            p.is_heading() || (p.kind == Kind::Paragraph && p.text.trim_end().ends_with(':'))
        });
        if opens && let Some(route) = target_route(m, path) {
            out.push(Hit {
                block: i,
                line: b.span.line,
                route,
            });
        }
    }
}

/// Sections titled by an endpoint's bare name (`render.html` / `-----------`, `execute`: one
/// token, no slash, no method) on a page whose introduction gives the methods of all its
/// endpoints at once (`For all endpoints below parameters may be sent either as GET
/// arguments or encoded to JSON and POSTed`): a route `/<name>` per method, at the heading.
/// Only a section that lists its arguments under a label of its own (`Arguments:`) or calls
/// itself `this endpoint`, and that gives no route otherwise: none in its sub-sections but
/// example calls, none at all before them (`_gc` over `curl -X POST http://host/_gc` keeps
/// that one).
fn bare_name_sections(doc: &Document, out: &mut Vec<Hit>) {
    let methods = all_endpoint_methods(doc);
    if methods.is_empty() {
        return;
    }
    let bare = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
            && t.chars().any(|c| c.is_ascii_lowercase())
            && method_word(t).is_none()
            && !is_label_heading(t)
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        let Some(level) = b.level().filter(|&l| l > 0) else {
            continue;
        };
        let name = clean_heading(&b.text);
        let name = name.trim().trim_matches('`');
        if !bare(name) {
            continue;
        }
        let end = ranked_end(doc, i + 1, level);
        let path = format!("/{name}");
        let own_end = (i + 1..end)
            .find(|&k| doc.blocks[k].is_heading())
            .unwrap_or(end);
        if out.iter().any(|h| {
            (i..own_end).contains(&h.block)
                || ((i..end).contains(&h.block) && !doc.blocks[h.block].is_code())
        }) {
            continue;
        }
        let own = (i + 1..end)
            .take_while(|&k| !doc.blocks[k].is_heading())
            .map(|k| &doc.blocks[k]);
        let endpoint = own.clone().any(|b| {
            b.kind == Kind::Paragraph && b.text.to_ascii_lowercase().contains("this endpoint")
        });
        let arguments = own.clone().any(|b| {
            b.kind == Kind::Paragraph
                && !b.text.contains('\n')
                && b.text.trim().ends_with(':')
                && b.text.split_whitespace().count() <= 3
                && matches!(
                    super::labels::block_label(b),
                    Some(super::labels::Ctx::Params(_))
                )
        });
        if !(endpoint || arguments) {
            continue;
        }
        for m in &methods {
            if let Some(route) = target_route(m, &path) {
                out.push(Hit {
                    block: i,
                    line: b.span.line,
                    route,
                });
            }
        }
    }
}

/// One past the last block of the section heading `h` opens: the next heading of its rank
/// or a higher one, or the page's end.
pub(super) fn section_end(doc: &Document, h: usize) -> usize {
    let level = doc.blocks[h].level();
    (h + 1..doc.blocks.len())
        .find(|&i| doc.blocks[i].is_heading() && doc.blocks[i].level() <= level)
        .unwrap_or(doc.blocks.len())
}

/// One past the last block of the section at rank `level` that goes on at block `from`:
/// the next heading of that rank or a higher one, or the page's end (a text capture's
/// labels, headings of rank 0, do not end it).
pub(super) fn ranked_end(doc: &Document, from: usize, level: u8) -> usize {
    (from..doc.blocks.len())
        .find(|&k| doc.blocks[k].level().is_some_and(|l| l > 0 && l <= level))
        .unwrap_or(doc.blocks.len())
}

/// The methods a sentence of the page's introduction (before its first section) gives all
/// its endpoints (`For all endpoints below parameters may be sent either as GET arguments or
/// encoded to JSON and POSTed`): its method words in capitals, a verb made of one (`POSTed`)
/// included.
fn all_endpoint_methods(doc: &Document) -> Vec<&'static str> {
    let first = doc
        .blocks
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, b)| b.level().is_some_and(|l| l > 1))
        .map_or(doc.blocks.len(), |(k, _)| k);
    let mut out = Vec::new();
    for b in doc.blocks[..first]
        .iter()
        .filter(|b| b.kind == Kind::Paragraph)
    {
        let text = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
        for sentence in text.split(". ") {
            let lower = sentence.to_ascii_lowercase();
            if !(lower.contains("all endpoints") || lower.contains("every endpoint")) {
                continue;
            }
            for m in super::routes::capital_methods_or_verbs(sentence) {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
    }
    out
}

/// A run of list items each opening with a path alone in a code span and no method
/// (`` * `/learn` - Trains the model ``), grouped by a sentence naming one method: before
/// the run and introducing it (`The following endpoints all use `GET`:`), or right after it
/// and pointing back (`These accept `POST`. Headers which must be set are:`): a route per
/// item with that method. A run no such sentence binds stays without routes.
fn method_sentence_path_items(doc: &Document, out: &mut Vec<Hit>) {
    let path_item = |i: usize| -> Option<&str> {
        path_item(doc, i).filter(|_| !out.iter().any(|h| h.block == i))
    };
    let sentence_method = |b: &Block, forward: bool| -> Option<&'static str> {
        if b.kind != Kind::Paragraph {
            return None;
        }
        let text = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let sentence = if forward {
            let t = text.strip_suffix(':')?;
            t.rsplit(". ").next()?
        } else {
            points_back(&text)?
        };
        one_method_named(sentence)
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.blocks.len() {
        if path_item(i).is_none() {
            i += 1;
            continue;
        }
        let start = i;
        while i < doc.blocks.len() && path_item(i).is_some() {
            i += 1;
        }
        let before = start
            .checked_sub(1)
            .and_then(|p| sentence_method(&doc.blocks[p], true));
        let after = doc.blocks.get(i).and_then(|b| sentence_method(b, false));
        let Some(m) = before.or(after) else {
            continue;
        };
        for k in start..i {
            if let Some(route) = path_item(k).and_then(|p| target_route(m, p)) {
                found.push(Hit {
                    block: k,
                    line: doc.blocks[k].span.line,
                    route,
                });
            }
        }
    }
    out.extend(found);
}

/// The first sentence of `text` when it points back at what was listed just above it
/// (`These accept `POST`.`, `All of these are cached.`).
pub(super) fn points_back(text: &str) -> Option<&str> {
    let first = text.split(". ").next()?;
    let lower = first.to_ascii_lowercase();
    [
        "these ",
        "those ",
        "all of these ",
        "all of the above ",
        "the above ",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
    .then_some(first)
}

/// Whether block `i` is a list item opening with a path alone in a code span, with no
/// method (`` * `/learn` - Trains the model ``): its path.
pub(super) fn path_item(doc: &Document, i: usize) -> Option<&str> {
    let b = doc.blocks.get(i)?;
    if !matches!(b.kind, Kind::Item { .. }) {
        return None;
    }
    let source = doc.line(b.span.line).trim();
    let source = source.strip_prefix(['*', '-', '+'])?.trim_start();
    let rest = source.strip_prefix('`')?;
    let (path, after) = rest.split_once('`')?;
    let after = after.trim_start();
    (path.starts_with('/')
        && path.len() > 1
        && !path.contains(char::is_whitespace)
        && (after.is_empty() || after.starts_with(['-', '–', '—', ':'])))
    .then_some(path)
}

/// An HTML paragraph that opens with two code elements, the method alone in the first and
/// the path alone in the second (`<p class="title"><code class="get">GET</code> <code
/// class="url">/api/domain/&lt;domain&gt;</code> …`): the route, whatever follows.
fn code_element_route(line: &str) -> Option<RouteText> {
    let t = line.trim_start();
    let t = t.strip_prefix("<p")?;
    code_elements_route(t[t.find('>')? + 1..].trim_start())
}

/// A collapsible block's title holding the method and the path in code elements of their
/// own, as READMEs lay out a route per `<details>` block:
/// `<summary><code>GET</code> <code><b>/address/&lt;ADDRESS&gt;</b></code></summary>`
/// (over lines of their own, a description element after them too). A title of words
/// (`<summary>Show the response</summary>`) is none.
fn summary_route(text: &str) -> Option<RouteText> {
    let at = text.find("<summary")?;
    let rest = &text[at..];
    let rest = &rest[rest.find('>')? + 1..];
    let inner = &rest[..rest.find("</summary>")?];
    let joined: Vec<&str> = inner.split_whitespace().collect();
    code_elements_route(&joined.join(" "))
}

/// The method and the path in code elements of their own, opening `t`
/// (`<code>GET</code> <code><b>/x/&lt;id&gt;</b></code>`): the path's inline tags off.
fn code_elements_route(t: &str) -> Option<RouteText> {
    let code = |s: &str| -> Option<(String, usize)> {
        let rest = s.strip_prefix("<code")?;
        let open = rest.find('>')? + 1;
        let close = rest.find("</code>")?;
        let inner = rest.get(open..close)?;
        Some((
            entities_decoded(&strip_markup(inner)).trim().to_string(),
            "<code".len() + close + "</code>".len(),
        ))
    };
    let (method, used) = code(t)?;
    let m = method_word(&method).filter(|m| m.eq_ignore_ascii_case(&method))?;
    let (path, _) = code(t[used..].trim_start())?;
    (path.starts_with('/') && !path.contains(char::is_whitespace))
        .then(|| target_route(m, &path))
        .flatten()
}

/// Path segments a route line sets in code spans of their own (`> **GET**
/// /admin_rest/user/`username`/`attribute``): placeholders, as the page marks them
/// (`/admin_rest/user/{username}/{attribute}`).
fn code_span_placeholders(doc: &Document, out: &mut [Hit]) {
    for h in out.iter_mut() {
        if doc.blocks[h.block].is_code() {
            continue;
        }
        // (Each code span is an odd piece; the text before it must end with `/`.)
        let pieces: Vec<&str> = doc.line(h.line).split('`').collect();
        let names: Vec<&str> = pieces
            .windows(2)
            .step_by(2)
            .filter(|w| w[0].ends_with('/'))
            .map(|w| w[1])
            .filter(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            })
            .collect();
        if names.is_empty() {
            continue;
        }
        h.route.path = segments_named(&h.route.path, |seg| names.contains(&seg));
    }
}

/// `path` with the segments `named` accepts made placeholders of their own name
/// (`/user/username` with `username`: `/user/{username}`).
fn segments_named(path: &str, named: impl Fn(&str) -> bool) -> String {
    path.split('/')
        .map(|seg| {
            if named(seg) {
                format!("{{{}}}", param_ident(seg))
            } else {
                seg.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Routes in list items under items that hold only a path (`/api/v2` over `/users` over
/// `PUT /:uid/follow`, each an item's code span): relative to those paths, joined from the
/// outermost (`PUT /api/v2/users/{uid}/follow`); `/` alone is the prefix itself (`POST /`
/// under `/users`).
fn nested_item_prefixes(doc: &Document, out: &mut [Hit]) {
    for h in out.iter_mut() {
        let b = &doc.blocks[h.block];
        let (Some(depth), Kind::Item { .. }) = (b.depth(), &b.kind) else {
            continue;
        };
        // (An item that writes no path, `POST to start a sync` under `/api/sync`: its route
        // is the path item's already.)
        if h.route.server.is_some() || !b.text.contains('/') {
            continue;
        }
        let mut prefixes: Vec<String> = Vec::new();
        let mut above = depth;
        for a in doc.blocks[..h.block].iter().rev() {
            if a.is_heading() {
                break;
            }
            let Some(d) = a.depth() else {
                continue;
            };
            if d >= above {
                continue;
            }
            above = d;
            let t = a.text.trim();
            let t = t.lines().next().unwrap_or("").trim();
            if t.starts_with('/') && !t.contains(char::is_whitespace) && t.len() > 1 {
                prefixes.push(t.trim_end_matches('/').to_string());
            } else {
                break;
            }
            if d == 0 {
                break;
            }
        }
        if prefixes.is_empty() {
            continue;
        }
        prefixes.reverse();
        let rel = if h.route.path == "/" {
            ""
        } else {
            h.route.path.as_str()
        };
        let joined = format!("{}{rel}", prefixes.concat());
        if let Some(r) = target_route(&h.route.method, &joined) {
            h.route = r;
        }
    }
}

/// A segment read as a member of the collection before it (`/fields/users/user`, `user`
/// of `users`) that another route of the page prints as a literal with a placeholder after
/// it (`/fields/users/user/{field_id}`): a word of the path, the same in both routes, no
/// value.
fn literal_members(out: &mut [Hit]) {
    let paths: Vec<String> = out.iter().map(|h| h.route.path.clone()).collect();
    for h in out.iter_mut() {
        let r = &mut h.route;
        let mut segs: Vec<String> = r.path.split('/').map(str::to_string).collect();
        let mut changed = false;
        for i in 0..segs.len() {
            let Some(word) = segs[i]
                .strip_prefix('{')
                .and_then(|s| s.strip_suffix('}'))
                .filter(|w| r.named.iter().any(|n| n == w))
                .map(str::to_string)
            else {
                continue;
            };
            let prefix = format!("{}/{word}/{{", segs[..i].join("/"));
            if paths.iter().any(|p| p.starts_with(&prefix)) {
                segs[i] = word.clone();
                r.named.retain(|n| *n != word);
                changed = true;
            }
        }
        if changed {
            r.path = segs.join("/");
        }
    }
}

/// A placeholder the reader named for a value the page printed (`/feeds/42` →
/// `{feed_id}`) takes the name the page itself gives a placeholder after the same segment
/// elsewhere (`/v1/feeds/{feedID}/icon` → `{feedID}`), when the page gives one name there.
fn page_placeholder_names(out: &mut [Hit]) {
    // Per segment, the names the page writes after it.
    let mut written: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for h in out.iter() {
        let segs: Vec<&str> = h.route.path.split('/').collect();
        for w in segs.windows(2) {
            if let Some(name) = w[1].strip_prefix('{').and_then(|n| n.strip_suffix('}'))
                && !w[0].starts_with('{')
                && !h.route.named.iter().any(|n| n == name)
            {
                written
                    .entry(w[0].to_string())
                    .or_default()
                    .insert(name.to_string());
            }
        }
    }
    for h in out.iter_mut() {
        if h.route.named.is_empty() {
            continue;
        }
        let segs: Vec<String> = h.route.path.split('/').map(str::to_string).collect();
        let mut renamed = segs.clone();
        for k in 1..segs.len() {
            if let Some(name) = segs[k].strip_prefix('{').and_then(|n| n.strip_suffix('}'))
                && h.route.named.iter().any(|n| n == name)
                && let Some(names) = written.get(&segs[k - 1])
                && let [one] = names.iter().collect::<Vec<_>>().as_slice()
            {
                renamed[k] = format!("{{{one}}}");
            }
        }
        if renamed != segs {
            h.route.path = renamed.join("/");
            h.route.named.clear();
        }
    }
}

/// The routes of a paragraph or an item, with their lines: routes on lines of their own;
/// else the method alone on a line and the path alone on the next; else an element
/// carrying the method; else a label, a colon and the route in code.
fn text_routes(doc: &Document, b: &Block) -> Vec<(u32, RouteText)> {
    let mut found = Vec::new();
    let lines: Vec<&str> = b.text.split('\n').collect();
    // `**GET /tasks/report/** *(int: id)* **/** *(str: format)*`: the path's typed
    // placeholders after it, each `(type: name)`, with the `/` between them.
    if let Some(first) = lines.first()
        && let Some(r) = typed_tail_route(first)
    {
        return vec![(b.span.line, r)];
    }
    for (k, l) in (0u32..).zip(&lines) {
        for r in route_lines(l) {
            found.push(((b.span.line + k).min(b.span.end_line), r));
        }
    }
    if !found.is_empty() {
        return found;
    }
    // (An item opening with its path, then its method in brackets, a note after a dash:
    // `* **/categories [GET]**`, `- /threads/{URL} [PATCH] - (edit thread)`; not an
    // index's link to a section, `+ [/addrs/utxo/ (POST)](#addrsutxo-post)`.)
    if matches!(b.kind, Kind::Item { .. })
        && !doc.line(b.span.line).contains("](")
        && let Some(first) = lines.first()
        && first.trim_start().starts_with('/')
        && let Some(r) = super::routes::path_then_method(first)
    {
        return vec![(b.span.line, r)];
    }
    // A list item opening with its route, its description on the next source line, which
    // the item's text joins to it (`* **GET** `/boxes`` / `  Lists all boxes.`): the
    // route its first source line gives.
    if matches!(b.kind, Kind::Item { .. })
        && b.span.end_line > b.span.line
        && let Some(first) = lines.first()
    {
        let source = doc.line(b.span.line).trim_start_matches(['*', '-', '+']);
        let shown = source.replace("**", "").replace('`', "");
        let shown = shown.trim();
        if !shown.is_empty()
            && first.len() > shown.len()
            && first.starts_with(shown)
            && first[shown.len()..].starts_with(' ')
        {
            let routes = route_lines(shown);
            if !routes.is_empty() {
                return routes.into_iter().map(|r| (b.span.line, r)).collect();
            }
        }
    }
    // `GET(/druid-ext/basic-security/authentication/db/{authenticatorName}/users)`: the
    // method, then the path in brackets, opening a line.
    for (k, l) in (0u32..).zip(&lines) {
        let t = l.trim().trim_start_matches('`');
        if let Some((m, rest)) = t.split_once("(/")
            && let Some(method) = method_word(m).filter(|w| *w == m)
            && let Some(close) = rest.find(')')
            && !rest[..close].contains(char::is_whitespace)
            && let Some(r) = target_route(method, &format!("/{}", &rest[..close]))
        {
            found.push(((b.span.line + k).min(b.span.end_line), r));
        }
    }
    if !found.is_empty() {
        return found;
    }
    // A paragraph that opens with its route, then says more of it (`GET
    // /druid/coordinator/v1/lookups/status with optional query parameter detailed.`), or
    // a sentence that sends the method there (`A GET to /druid/coordinator/v1/lookups/config
    // will return …`, `A DELETE request to /x removes …`).
    if b.kind == Kind::Paragraph
        && let Some(first) = lines.first()
    {
        // (`POST /v1/introspection/<Node ID> initiate …`: a placeholder of several words
        // is one word of the route.)
        let first = tight_braces(first);
        let mut words: Vec<&str> = first.split_whitespace().collect();
        // (`A HTTP GET to the /x endpoint provides …`: the protocol's name before the
        // method and an article before the path are words of the same sentence.)
        if matches!(words.first(), Some(&("A" | "An"))) {
            if words.get(1).is_some_and(|w| *w == "HTTP")
                && words
                    .get(2)
                    .is_some_and(|m| method_word(m).is_some_and(|w| w == *m))
            {
                words.remove(1);
            }
            // (Only right after the method: `A GET request to the /x endpoint under …`
            // mentions a path in prose about another route.)
            if let Some(k) = words.iter().position(|w| *w == "to")
                && k == 2
                && words.get(k + 1) == Some(&"the")
                && words.get(k + 2).is_some_and(|p| p.starts_with('/'))
                && words.get(k + 3) == Some(&"endpoint")
            {
                words.remove(k + 1);
            }
        }
        let at = match words.as_slice() {
            [m, p, ..] if method_word(m).is_some_and(|w| w == *m) && p.starts_with('/') => {
                Some((0, 1))
            }
            [a, m, to, p, ..]
                if matches!(*a, "A" | "An")
                    && method_word(m).is_some_and(|w| w == *m)
                    && *to == "to"
                    && p.starts_with('/') =>
            {
                Some((1, 3))
            }
            [a, m, req, to, p, ..]
                if matches!(*a, "A" | "An")
                    && method_word(m).is_some_and(|w| w == *m)
                    && matches!(*req, "request" | "call")
                    && *to == "to"
                    && p.starts_with('/') =>
            {
                Some((1, 4))
            }
            _ => None,
        };
        // (Words of a sentence after it, `with optional …`, `will return …`: not a list of
        // routes, `GET /users/:id/repos GET /users/:login/repos`.)
        let sentence = |p: usize| {
            words.get(p + 1).is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase()) || matches!(*w, "-" | "–" | "—")
            }) && !words[p + 1..]
                .iter()
                .any(|w| w.starts_with('/') || method_word(w).is_some_and(|m| m == *w))
        };
        if let Some((m, p)) = at.filter(|&(_, p)| sentence(p))
            && let Some(method) = method_word(words[m])
            && let Some(r) = target_route(method, words[p].trim_end_matches(['.', ',', ':']))
        {
            return vec![(b.span.line, r)];
        }
    }
    // `Command: POST /command/core/create-project-from-upload`: a short label, a colon and
    // the route ending the paragraph (not an example's label); or a dash after the label
    // (`Endpoint - POST /api/:target/_doc`, `Route – GET /x`). After a label naming the
    // request (`Request`, `Endpoint`, `Route`), the route may go on with what the request
    // carries, a phrase opening with `with` (`Request: POST /x with parameters (a, b).`),
    // as it may when the route is in code ([`labelled_code_route`]).
    if b.kind == Kind::Paragraph
        && !b.text.trim().contains('\n')
        && let Some((label, rest)) = labelled_rest(b.text.trim())
        && (1..=3).contains(&label.split_whitespace().count())
        && label.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !example_label(label)
        && rest
            .split_whitespace()
            .next()
            .is_some_and(|m| method_word(m).is_some_and(|w| w == m))
        && let Some(r) = route_line(rest.trim()).or_else(|| {
            request_label(label)
                .then(|| labelled_route_args(rest.trim()))
                .flatten()
                .and_then(|(route, _)| route_line(route))
        })
    {
        return vec![(b.span.line, r)];
    }
    // An item that opens with routes in bold or in code, joined (`- **GET
    // /api/dimmerlink/devices**, **GET /api/dimmerlink/{slot}/status** — …`, `- **POST
    // /api/sim/inject** / **/api/sim/stop** — …`, `` - `GET /ping`, `GET /health`: … ``):
    // each route the item's subject.
    if b.depth().is_some() {
        let routes = leading_bold_routes(doc.line(b.span.line));
        if routes.len() >= 2 {
            return routes.into_iter().map(|r| (b.span.line, r)).collect();
        }
    }
    // An item that opens with its route in code (`` * `GET /chats.json` will return … ``):
    // the route is the item's subject.
    if b.depth().is_some()
        && let Some(r) = leading_code_route(doc.line(b.span.line))
    {
        return vec![(b.span.line, r)];
    }
    // An item that opens with the request it documents in words (`` - A `POST` to
    // `/v1/statement` runs the query … ``): the request is the item's subject.
    if b.depth().is_some()
        && let Some(r) = leading_request_item(doc.line(b.span.line))
    {
        return vec![(b.span.line, r)];
    }
    // The method alone on a line, the path alone on the next, in one block
    // (`delete` / `/api/v1/x/{id}`, a capture of Redoc's route button).
    if let [m, p, ..] = lines.as_slice()
        && let Some(method) =
            method_word(m.trim()).filter(|w| m.trim() == *w || m.trim() == w.to_ascii_lowercase())
        && p.trim().starts_with('/')
        && !p.trim().contains(char::is_whitespace)
        && let Some(r) = target_route(method, p.trim())
    {
        return vec![(b.span.line, r)];
    }
    if let Some(r) = element_route(doc, b) {
        return vec![(b.span.line, r)];
    }
    // (`<%= render(RequestCard.new(verb: 'POST', label: '/v1/boxes')) %>`: a template call
    // on a line of the block giving the method and the path as its arguments.)
    let called: Vec<(u32, RouteText)> = (b.span.line..=b.span.end_line)
        .filter_map(|n| template_call_route(doc.line(n)).map(|r| (n, r)))
        .collect();
    if !called.is_empty() {
        return called;
    }
    // (`<p><code class="get">GET</code> <code class="url">/api/domain/&lt;domain&gt;</code>
    // <code class="comment">Get …</code></p>`: a paragraph opening with the method and the
    // path in code elements of their own.)
    if b.kind == Kind::Paragraph
        && let Some(r) = code_element_route(doc.line(b.span.line))
    {
        return vec![(b.span.line, r)];
    }
    if b.kind == Kind::Paragraph
        && b.text.contains("<summary")
        && let Some(r) = summary_route(&doc.source.text(b.span.line, b.span.end_line))
    {
        return vec![(b.span.line, r)];
    }
    // `Get detailed information about a session: `GET /api/sessions/:id/``: a label, a
    // colon, and the route in code ending the line.
    let labelled: Vec<(u32, RouteText)> = (b.span.line..=b.span.end_line)
        .filter_map(|n| labelled_code_route(doc.line(n)).map(|r| (n, r)))
        .collect();
    if !labelled.is_empty() {
        return labelled;
    }
    // `` `GET`-Request sent: `/api/v1/groups` ``: the method and the path in code spans of
    // their own on a short line that ends with the path.
    let split: Vec<(u32, RouteText)> = (b.span.line..=b.span.end_line)
        .filter_map(|n| split_code_route(doc.line(n)).map(|r| (n, r)))
        .collect();
    if !split.is_empty() {
        return split;
    }
    let text = doc.source.text(b.span.line, b.span.end_line);
    let named = http_method_sentences(&text);
    if !named.is_empty() || b.kind != Kind::Paragraph {
        return named
            .into_iter()
            .map(|(at, r)| {
                let k = text[..at].matches('\n').count();
                (b.span.line + u32::try_from(k).unwrap_or(0), r)
            })
            .collect();
    }
    // `To retrieve the caches, make a `GET` request to `/actuator/caches`, as shown in …`:
    // a sentence that sends a request, the method and the path in code, anywhere in the
    // paragraph (the sentence may wrap).
    sent_requests(&text)
        .into_iter()
        .map(|(at, r)| {
            let k = text[..at].matches('\n').count();
            (b.span.line + u32::try_from(k).unwrap_or(0), r)
        })
        .collect()
}

/// A request label's route and the names of the arguments it carries after it, in
/// parentheses, after `with …` words or right after the path (`POST /x with parameters
/// (a, b).`, `POST /api/server/add (host, token)`): the route's text and the names (none
/// where the parentheses hold other than names, `(see below)`). `None` when nothing
/// follows the route.
pub(super) fn labelled_route_args(rest: &str) -> Option<(&str, Vec<String>)> {
    let rest = rest.trim().trim_end_matches('.');
    let (route, tail) = match rest.split_once(" with ") {
        Some((route, tail)) => (route, tail),
        None => {
            let at = rest.find(" (")?;
            (&rest[..at], &rest[at..])
        }
    };
    let names = tail
        .find('(')
        .and_then(|open| {
            let inner = tail[open + 1..].strip_suffix(')')?;
            let names: Vec<String> = inner
                .split(',')
                .map(|n| n.trim().trim_matches('`').to_string())
                .collect();
            names
                .iter()
                .all(|n| super::fields::code_ident(n))
                .then_some(names)
        })
        .unwrap_or_default();
    Some((route.trim(), names))
}

/// A label naming the request itself (`Request`, `**Endpoint**`, `Route`), whose route
/// may go on with what the request carries.
pub(super) fn request_label(label: &str) -> bool {
    label
        .trim()
        .trim_matches('*')
        .rsplit(' ')
        .next()
        .is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "request" | "endpoint" | "route"
            )
        })
}

/// A line's label and what follows it, after a colon (`Command: POST /x`) or a dash set
/// apart by spaces (`Endpoint - POST /x`, `Endpoint – POST /x`), whichever comes first.
fn labelled_rest(t: &str) -> Option<(&str, &str)> {
    let colon = t.find(':').map(|k| (k, 1));
    let dash = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| t.find(d).map(|k| (k, d.len())))
        .min();
    let (at, len) = match (colon, dash) {
        (Some(c), Some(d)) => c.min(d),
        (c, d) => c.or(d)?,
    };
    Some((&t[..at], &t[at + len..]))
}

/// Items that hold only a path, each over sibling items that open with a method and a
/// colon or a dash (`- /jobs` / `- GET : returns jobs list => 200` / `- POST : creates a
/// job => 201` / `- /jobs/{job_id}` / `- GET : returns a job`): a route per method item, on
/// the path above it, at that item. Method items with no path item above them in the list
/// (`- GET : returns tasks list` right under a heading) give none. The path item may also
/// hold the path in markup (`* <a id="api_lookup"><tt>/api/lookup</tt></a>`) over nested
/// items that open with a method in capitals in a sentence (`* GET the JSON for your
/// profile, or POST to overwrite it`): a route per method that item names in capitals.
/// The path may be quoted (`* **"/clusters/{name}"**`, a quote lost on one side too) and
/// the nested method items open with the method and a colon too (`* **GET**: get all
/// configs.`); an example set in an indented code block between the method items
/// (`* **GET** - …` / an indented fence / `* **POST** - …`) leaves them on the path.
fn path_items_over_method_items(doc: &Document, out: &mut Vec<Hit>) {
    let mut path: Option<(String, Option<u8>)> = None;
    for (i, b) in doc.blocks.iter().enumerate() {
        let Kind::Item { .. } = b.kind else {
            if !(b.is_code() && b.span.column > 0) {
                path = None;
            }
            continue;
        };
        let first = b.text.lines().next().unwrap_or("").trim();
        let unquoted = first.trim_matches('"');
        let first = if unquoted.len() < first.len() && unquoted.starts_with('/') {
            tight_braces(unquoted)
        } else {
            tight_braces(first)
        };
        let lone = |t: &str| t.starts_with('/') && t.len() > 1 && !t.contains(char::is_whitespace);
        if lone(&first) {
            path = Some((first, b.depth()));
            continue;
        }
        // (`<tt>/api/mqtt/&lt;TOPIC&gt;</tt>`: the placeholder's brackets escaped.)
        let bare = entities_decoded(&strip_markup(&first));
        let bare = bare.trim();
        if first.starts_with('<') && lone(bare) {
            path = Some((bare.to_string(), b.depth()));
            continue;
        }
        let Some((p, depth)) = &path else {
            continue;
        };
        // (A nested item under the path item: a sentence opening with a method in
        // capitals names the methods; other nested items say nothing of them.)
        if let (Some(d), Some(pd)) = (b.depth(), *depth)
            && d > pd
        {
            // (Not a route of its own, `POST /:uid/follow is now PUT /:uid/follow`.)
            let mut words = first.split_whitespace();
            let opening = words.next().unwrap_or("");
            let sentence = words.next().is_some_and(|w| !w.starts_with('/'));
            let opening = opening.strip_suffix(':').unwrap_or(opening);
            // (Or a method label and its value, `* Méthode autorisée : GET`, `* Allowed
            // methods: POST|PUT`.)
            let labelled = first.split_once(':').and_then(|(label, value)| {
                let value = value.trim();
                method_label(&label.trim().to_lowercase())
                    .then(|| match method_word(value).filter(|m| *m == value) {
                        Some(m) => vec![m],
                        None => joined_methods(value),
                    })
                    .filter(|m| !m.is_empty())
            });
            let methods = match labelled {
                Some(methods) => methods,
                None if sentence && method_word(opening).is_some_and(|m| m == opening) => {
                    let mut methods = capital_methods(&first);
                    methods.dedup();
                    methods
                }
                None => Vec::new(),
            };
            if d == pd + 1 {
                out.extend(methods.into_iter().filter_map(|m| {
                    Some(Hit {
                        block: i,
                        line: b.span.line,
                        route: target_route(m, p)?,
                    })
                }));
            }
            continue;
        }
        if b.depth() != *depth {
            path = None;
            continue;
        }
        let words: Vec<&str> = first.split_whitespace().collect();
        let method = match words.as_slice() {
            [m, sep, _, ..] if matches!(*sep, ":" | "-" | "–" | "—") => {
                method_word(m).filter(|w| w == m)
            }
            [m, _, ..] if m.len() > 1 && m.ends_with(':') => {
                method_word(&m[..m.len() - 1]).filter(|w| *w == &m[..m.len() - 1])
            }
            _ => None,
        };
        let Some(method) = method else {
            path = None;
            continue;
        };
        if let Some(route) = target_route(method, p) {
            out.push(Hit {
                block: i,
                line: b.span.line,
                route,
            });
        }
    }
}

/// Requests a sentence names by the protocol's word before a method in capitals, then `to`
/// and the path in code (`- HTTP GET to `/v1/boxes` to list the boxes`, `by sending an HTTP
/// PUT request to `/v1/boxes/lid``): a route each, with the offset of its method. The
/// words must follow one another (`HTTP`, the method, `request(s)` or none, `to`).
fn http_method_sentences(text: &str) -> Vec<(usize, RouteText)> {
    let parts: Vec<&str> = text.split('`').collect();
    let mut out = Vec::new();
    let mut offset = 0;
    for k in 0..parts.len() {
        let at = offset;
        offset += parts[k].len() + 1;
        if k % 2 == 1 || k + 1 >= parts.len() {
            continue;
        }
        let words: Vec<&str> = parts[k].split_whitespace().collect();
        let n = words.len();
        let method = match words.as_slice() {
            [.., h, m, "to"] if *h == "HTTP" => Some((n - 2, *m)),
            [.., h, m, r, "to"] if *h == "HTTP" && matches!(*r, "request" | "requests") => {
                Some((n - 3, *m))
            }
            _ => None,
        };
        let Some((_, m)) = method else {
            continue;
        };
        let Some(method) = method_word(m).filter(|w| *w == m) else {
            continue;
        };
        let path = parts[k + 1].trim();
        if path.starts_with('/')
            && !path.contains(char::is_whitespace)
            && let Some(r) = target_route(method, path)
        {
            let from = parts[k].rfind(m).unwrap_or(0);
            out.push((at + from, r));
        }
    }
    out
}

/// The route of a list item opening with a request in words: `A`/`An`, the method in code,
/// `to` (or `request to`), the path in code (`` - A `POST` to `/v1/statement` runs … ``).
fn leading_request_item(line: &str) -> Option<RouteText> {
    let t = line.trim_start();
    let t = t
        .strip_prefix(['-', '*', '+'])
        .map(str::trim_start)
        .unwrap_or(t);
    let rest = t.strip_prefix("A ").or_else(|| t.strip_prefix("An "))?;
    let mut parts = rest.split('`');
    let (empty, method, between, path) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let method = method_word(method.trim()).filter(|m| method.trim() == *m)?;
    let between = between.split_whitespace().collect::<Vec<_>>().join(" ");
    (empty.trim().is_empty()
        && matches!(between.as_str(), "to" | "request to" | "call to")
        && path.starts_with('/')
        && !path.contains(char::is_whitespace))
    .then(|| target_route(method, path))
    .flatten()
}

/// The requests a text sends in sentences (`make a `GET` request to `/actuator/caches``,
/// `issuing a `POST` request to `/x``): a verb of sending, `a`, the method in code,
/// `request to`, the path in code; each with the offset of its method.
fn sent_requests(text: &str) -> Vec<(usize, RouteText)> {
    const VERBS: [&str; 10] = [
        "make",
        "making",
        "send",
        "sending",
        "issue",
        "issuing",
        "submit",
        "submitting",
        "perform",
        "performing",
    ];
    let parts: Vec<&str> = text.split('`').collect();
    let mut out = Vec::new();
    let mut offset = 0;
    for k in 0..parts.len() {
        let at = offset;
        offset += parts[k].len() + 1;
        if k % 2 == 0 || k + 2 >= parts.len() {
            continue;
        }
        let Some(method) = method_word(parts[k].trim()).filter(|m| parts[k].trim() == *m) else {
            continue;
        };
        let before: Vec<String> = parts[k - 1]
            .split_whitespace()
            .rev()
            .take(2)
            .map(str::to_ascii_lowercase)
            .collect();
        let sends = matches!(before.first().map(String::as_str), Some("a" | "an"))
            && before.get(1).is_some_and(|v| VERBS.contains(&v.as_str()));
        let between = parts[k + 1]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let path = parts[k + 2].trim();
        if sends
            && matches!(between.as_str(), "request to" | "call to" | "request on")
            && (path.starts_with('/') || path.starts_with("http"))
            && !path.contains(char::is_whitespace)
            && let Some(r) = target_route(method, path)
        {
            out.push((at, r));
        }
    }
    out
}

/// Routes in sentences that send requests to templates (see [`requests_to_templates`]),
/// in the paragraphs of a heading's section when its whole section (its sub-sections with
/// it) gives no route any other way: elsewhere such a sentence points at a route another
/// section documents (`For groups, make a GET request to `/groups/<id>` (see Groups)`).
fn template_request_sentences(doc: &Document, out: &mut Vec<Hit>) {
    let mut found = Vec::new();
    let mut sections: Vec<(usize, usize, Option<String>)> = routeless_sections(doc, out)
        .into_iter()
        .map(|(h, end)| (h, end, None))
        .collect();
    // (A section whose only routes are calls in code to one path, `curl -X POST
    // http://host/_flush` under a sentence sending a POST to the `/_flush` endpoint: the
    // sentence declares the route, the call uses it.)
    for (h, b) in doc.blocks.iter().enumerate() {
        let Some(level) = b.level().filter(|&l| l > 0) else {
            continue;
        };
        let end = (h + 1..doc.blocks.len())
            .find(|&k| doc.blocks[k].is_heading())
            .unwrap_or(doc.blocks.len());
        let whole = ranked_end(doc, h + 1, level);
        let inside: Vec<&Hit> = out
            .iter()
            .filter(|x| (h..whole).contains(&x.block))
            .collect();
        if !inside.is_empty()
            && inside
                .iter()
                .all(|x| doc.blocks[x.block].is_code() && x.route.path == inside[0].route.path)
            && !sections.iter().any(|s| (s.0, s.1) == (h, end))
        {
            sections.push((h, end, Some(inside[0].route.path.clone())));
        }
    }
    for (h, end, only) in sections {
        for i in h + 1..end {
            let b = &doc.blocks[i];
            if b.kind != Kind::Paragraph {
                continue;
            }
            let text = doc.source.text(b.span.line, b.span.end_line);
            for (at, route) in requests_to_templates(&text) {
                // (Or a template those calls fill in: `/x/{kind}` over calls to `/x/coins`.)
                if only
                    .as_ref()
                    .is_some_and(|p| *p != route.path && !instance_of(p, &route.path))
                {
                    continue;
                }
                let n = text[..at].matches('\n').count();
                found.push(Hit {
                    block: i,
                    line: b.span.line + u32::try_from(n).unwrap_or(0),
                    route,
                });
            }
        }
    }
    out.extend(found);
}

/// Requests a sentence sends with the method as a plain word before `request(s)`, to paths
/// in code holding a placeholder (`send a GET request to `/lamp/<id>``, `Lamps only support
/// GET requests by sending a request to `/lamp/<id>``, `send POST requests to
/// `/fan/<id>/on`, `/fan/<id>/off` and `/fan/<id>/toggle``): each path after `to` or `at`,
/// or joined to one by `,`, `and` or `or`, is a route of that method. A path with no
/// placeholder or with a query string (`/lamp/porch`, `/lamp/<id>/on?level=5`) fills a
/// template in with values: an example, not a route, unless the sentence calls it an endpoint
/// (`send a POST request to the `/_flush` endpoint`). The method may share the path's code
/// span, the span then named a request or an endpoint (`makes a `POST /x/{kind}` request`,
/// `calling the `POST /x/{kind}` endpoint`).
fn requests_to_templates(text: &str) -> Vec<(usize, RouteText)> {
    let mut out = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(". ") {
        let at = start;
        start += sentence.len();
        let parts: Vec<&str> = sentence.split('`').collect();
        let mut offset = 0;
        for (k, part) in parts.iter().enumerate() {
            let here = offset;
            offset += part.len() + 1;
            let named = opens_with(parts.get(k + 1), &["request", "requests", "endpoint"]);
            let mut words = part.split_whitespace();
            if k % 2 == 0 || k + 1 >= parts.len() || !named {
                continue;
            }
            if let (Some(m), Some(path), None) = (words.next(), words.next(), words.next())
                && let Some(m) = method_word(m).filter(|w| *w == m)
                && path.starts_with('/')
                && !path.contains('?')
                && let Some(r) = target_route(m, path).filter(|r| r.path.contains('{'))
            {
                out.push((at + here, r));
            }
        }
        // (The method alone in code, the path in code after `to` later in the sentence:
        // `simply `POST` to `/api/api-keys/delete?id=«apikey-id»``, `simply `POST` a
        // `ApiKeyInfo` JSON object … as the request body to `/api/api-keys/create``. Set
        // in code, the method is a call's, and the path is its route, a literal one too;
        // a query of placeholders is its query. The method is a verb there, not a noun
        // after an article: `Once deleted, a `GET` to `/v2/<name>/manifests/<tag>` will
        // return a 404` tells what a call does, it declares none.)
        if let Some(m) = parts
            .iter()
            .enumerate()
            .skip(1)
            .step_by(2)
            .find_map(|(k, p)| {
                let article = parts[k - 1]
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "the"));
                // (Nor `the previously-described `POST` request to …`: a request named, the
                // rule above reads those.)
                let noun = opens_with(parts.get(k + 1), &["request", "requests", "call", "calls"]);
                method_word(p.trim()).filter(|w| *w == p.trim() && !article && !noun)
            })
        {
            let mut offset = 0;
            let mut seen_method = false;
            for (k, part) in parts.iter().enumerate() {
                let here = offset;
                offset += part.len() + 1;
                if k % 2 == 0 || k + 1 >= parts.len() {
                    continue;
                }
                if !seen_method {
                    seen_method = part.trim() == m;
                    continue;
                }
                let last = parts[k - 1]
                    .split_whitespace()
                    .last()
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let path = part.trim();
                let query_of_slots = path.split_once('?').is_none_or(|(_, q)| {
                    q.split('&').all(|pair| {
                        pair.split_once('=')
                            .is_some_and(|(_, v)| v.starts_with(['«', '{', '<']))
                    })
                });
                if last == "to"
                    && path.starts_with('/')
                    && !path.contains(' ')
                    && query_of_slots
                    && let Some(r) = target_route(m, path)
                {
                    out.push((at + here, r));
                    break;
                }
            }
        }
        // The method: a word in capitals in the prose, right before `request(s)`.
        let mut method = None;
        let mut offset = 0;
        for (k, part) in parts.iter().enumerate() {
            let here = offset;
            offset += part.len() + 1;
            if k % 2 == 0 && method.is_none() {
                let words: Vec<&str> = part.split_whitespace().collect();
                method = words.windows(2).find_map(|w| {
                    let m = method_word(w[0]).filter(|m| *m == w[0])?;
                    matches!(w[1].trim_end_matches([',', '.']), "request" | "requests").then_some(m)
                });
                continue;
            }
            // (Or set in code after a verb of sending, `send a `POST` request to the
            // `/@copy` endpoint`; not `the previously-described `POST` request to …`, one
            // named again.)
            let sent = k % 2 == 1 && {
                let words: Vec<String> = parts[k - 1]
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .map(str::to_ascii_lowercase)
                    .collect();
                let verb = |w: &str| {
                    matches!(
                        w,
                        "send" | "make" | "issue" | "perform" | "submit" | "use" | "do"
                    )
                };
                match words.as_slice() {
                    [a, v, ..] if matches!(a.as_str(), "a" | "an") => verb(v),
                    [v, ..] => verb(v),
                    _ => false,
                }
            };
            if sent
                && method.is_none()
                && let Some(m) = method_word(part.trim()).filter(|m| *m == part.trim())
                && opens_with(parts.get(k + 1), &["request", "requests"])
            {
                method = Some(m);
                continue;
            }
            let Some(m) = method else {
                continue;
            };
            if k % 2 == 0 || k + 1 >= parts.len() {
                continue;
            }
            // (A literal path the sentence calls an endpoint, `to the `/_flush` endpoint`,
            // is one too: no template filled in.)
            let endpoint = parts[k + 1].split_whitespace().next().is_some_and(|w| {
                w.trim_end_matches([',', '.', ':'])
                    .eq_ignore_ascii_case("endpoint")
            });
            let before = parts[k - 1].trim_end();
            let mut tail = before
                .rsplit(char::is_whitespace)
                .map(str::to_ascii_lowercase);
            let mut last = tail.next().unwrap_or_default();
            // (`to the `/_flush` endpoint`: the article before an endpoint's path.)
            if endpoint && last == "the" {
                last = tail.next().unwrap_or_default();
            }
            let joined = matches!(last.as_str(), "to" | "at" | "and" | "or")
                || (before.is_empty() || before.ends_with(',')) && k >= 3;
            let path = part.trim();
            if joined
                && path.starts_with('/')
                && !path.contains(['?', ' '])
                && let Some(r) = target_route(m, path).filter(|r| endpoint || r.path.contains('{'))
            {
                out.push((at + here, r));
            }
        }
    }
    out
}

/// Whether the prose after a code span opens with one of `words`, a `,`, `.` or `:` after
/// it aside (`` `POST` request to … ``).
fn opens_with(part: Option<&&str>, words: &[&str]) -> bool {
    part.and_then(|p| p.split_whitespace().next())
        .is_some_and(|w| words.contains(&w.trim_end_matches([',', '.', ':'])))
}

/// A route whose path ends in `/` followed by typed placeholders in brackets and the `/`
/// between them: `GET /tasks/report/ (int: id) / (str: format)` as
/// `GET /tasks/report/{id}/{format}`.
fn typed_tail_route(line: &str) -> Option<RouteText> {
    let t = line.replace(['*', '`'], "");
    let mut words = t.split_whitespace();
    let m = words.next()?;
    let method = method_word(m).filter(|w| *w == m)?;
    let mut path = words.next()?.to_string();
    if !path.starts_with('/') || !path.ends_with('/') {
        return None;
    }
    let rest: String = words.collect::<Vec<_>>().join(" ");
    let mut rest = rest.trim();
    let mut any = false;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('/') {
            if !path.ends_with('/') {
                path.push('/');
            }
            rest = r.trim_start();
        } else if let Some(r) = rest.strip_prefix('(') {
            let close = r.find(')')?;
            let (_, name) = r[..close].split_once(':')?;
            let name = name.trim();
            if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                return None;
            }
            if !path.ends_with('/') {
                return None;
            }
            path.push_str(&format!("{{{name}}}"));
            any = true;
            rest = r[close + 1..].trim_start();
        } else {
            return None;
        }
    }
    any.then(|| target_route(method, &path))?
}

/// Code blocks of bare paths (`/galene-api/v0/.stats`, one per line) in a section whose
/// prose names the methods they allow (`The only allowed methods are HEAD and GET.`,
/// `Allowed methods are PUT, POST and DELETE.`): a route per path and method, placed at
/// the path's line.
fn path_block_routes(doc: &Document, out: &mut Vec<Hit>) {
    for (i, b) in doc.blocks.iter().enumerate() {
        if !b.is_code() || out.iter().any(|h| h.block == i) {
            continue;
        }
        let lines: Vec<&str> = b.text.lines().filter(|l| !l.trim().is_empty()).collect();
        let bare = |l: &str| {
            let t = l.trim();
            t.starts_with('/') && t.len() > 1 && !t.contains(char::is_whitespace)
        };
        if lines.is_empty() || !lines.iter().all(|l| bare(l)) {
            continue;
        }
        let end = (i + 1..doc.blocks.len())
            .find(|&k| doc.blocks[k].is_heading() || doc.blocks[k].is_code())
            .unwrap_or(doc.blocks.len());
        let prose: Vec<&str> = doc.blocks[i + 1..end]
            .iter()
            .filter(|p| p.kind == Kind::Paragraph)
            .map(|p| p.text.as_str())
            .collect();
        let methods = allowed_methods(&prose.join(". "));
        if methods.is_empty() {
            continue;
        }
        // (A fenced block's first line is its fence.)
        let first = b.span.line + u32::from(doc.line(b.span.line).trim_start().starts_with("```"));
        for (k, l) in (0u32..).zip(&lines) {
            for m in &methods {
                if let Some(route) = target_route(m, l.trim()) {
                    out.push(Hit {
                        block: i,
                        line: (first + k).min(b.span.end_line),
                        route,
                    });
                }
            }
        }
    }
}

/// Sub-headings titled by a method alone (`GET`, `POST`, `GET (detail)`, RST's method
/// sub-titles) under a section giving its path alone in a code block (`.. code-block:: text`
/// / `/api/v1/radius/group/`): a route per such heading, at the heading, on the bare path
/// its own section opens with, else on the last one given before it within its parent
/// section (`GET (detail)` over `/api/v1/radius/group/<uuid>`, then `PATCH` and `DELETE`
/// on it too). A query string (`/api/v1/radius/group?search=<name>`) is an example, no
/// path; a heading whose section already gives a route with its method adds none.
fn method_subheading_paths(doc: &Document, out: &mut Vec<Hit>) {
    let bare_path = |b: &Block| -> Option<String> {
        if !b.is_code() {
            return None;
        }
        let lines: Vec<&str> = b.text.lines().filter(|l| !l.trim().is_empty()).collect();
        let [l] = lines.as_slice() else {
            return None;
        };
        let t = l.trim();
        // (Or after the server as a placeholder, `{endpoint}sms/senders/{id}`.)
        let path = t.starts_with('/') || super::routes::server_placeholder_end(t).is_some();
        (path && t.len() > 1 && !t.contains(char::is_whitespace) && !t.contains('?'))
            .then(|| t.to_string())
    };
    let mut found = Vec::new();
    for (i, h) in doc.blocks.iter().enumerate() {
        let Some(level) = h.level().filter(|l| *l > 0) else {
            continue;
        };
        let title = clean_heading(&h.text);
        let title = title.trim();
        let (word, rest) = title.split_once(' ').unwrap_or((title, ""));
        let rest = rest.trim();
        if !(rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')'))) {
            continue;
        }
        let Some(method) = method_word(word).filter(|m| *m == word) else {
            continue;
        };
        let end = (i + 1..doc.blocks.len())
            .find(|&k| doc.blocks[k].is_heading())
            .unwrap_or(doc.blocks.len());
        if out
            .iter()
            .any(|x| (i..end).contains(&x.block) && x.route.method == method)
        {
            continue;
        }
        // (Its own path opens the section, right after the sentence describing it; one
        // further down, after the section's tables and notes, introduces the next.)
        let own = (i + 1..end).take(2).find_map(|k| bare_path(&doc.blocks[k]));
        let before = || {
            (0..i)
                .rev()
                .take_while(|&k| doc.blocks[k].level().is_none_or(|l| l == 0 || l >= level))
                .find_map(|k| bare_path(&doc.blocks[k]))
        };
        let parent_exists = (0..i)
            .rev()
            .any(|k| doc.blocks[k].level().is_some_and(|l| l > 0 && l < level));
        let Some(path) = own.or_else(|| parent_exists.then(before).flatten()) else {
            continue;
        };
        if let Some(route) = target_route(method, &path) {
            found.push(Hit {
                block: i,
                line: h.span.line,
                route,
            });
        }
    }
    out.extend(found);
}

/// A summary table's row giving a route in short, the path after a prefix the page's
/// sections print in full (`| `/bulk/restart` | `POST` |` over `POST
/// /api/workflow/bulk/restart` further down): the row is the full route's, no route of its
/// own. Only when another block of the page gives the same method on a path that ends with
/// the row's at a segment boundary.
fn summary_rows_in_short(doc: &Document, out: &mut Vec<Hit>) {
    let full: Vec<(String, String)> = out
        .iter()
        // (A full route as the page documents it, no example call to a server.)
        .filter(|h| !matches!(doc.blocks[h.block].kind, Kind::Table(_)) && h.route.server.is_none())
        .map(|h| (h.route.method.clone(), h.route.path.clone()))
        .collect();
    let short = |h: &Hit| {
        h.route.server.is_none()
            && full.iter().any(|(m, p)| {
                *m == h.route.method
                    && p.len() > h.route.path.len()
                    && p.ends_with(&h.route.path)
                    && p[..p.len() - h.route.path.len()].starts_with('/')
                    && !p[..p.len() - h.route.path.len()].ends_with('/')
            })
    };
    // A table of rows on several paths, every one of them in short: a table of one path
    // (an operation's own facts table, a resource's methods table under its path line)
    // documents that path, whatever example calls print it in full.
    let mut tables: BTreeMap<usize, (BTreeSet<&str>, bool)> = BTreeMap::new();
    for h in out.iter() {
        if matches!(doc.blocks[h.block].kind, Kind::Table(_)) {
            let e = tables
                .entry(h.block)
                .or_insert_with(|| (BTreeSet::new(), true));
            e.0.insert(h.route.path.as_str());
            e.1 &= short(h);
        }
    }
    let summaries: Vec<usize> = tables
        .into_iter()
        .filter(|(_, (paths, all_short))| paths.len() >= 2 && *all_short)
        .map(|(block, _)| block)
        .collect();
    out.retain(|h| !summaries.contains(&h.block));
    routes_in_short_over_full(doc, out);
}

/// A section's route given in short under its title, the path after a prefix its request
/// card or call prints in full (`## Create a box` / `` `POST /boxes` `` over `<%=
/// render(RequestCard.new(verb: 'POST', label: '/v1/boxes')) %>`): the short one is the full
/// route's, no route of its own. Only when a later block of the same section, before any
/// heading, gives the same method on a path that ends with the short one at a segment
/// boundary, outside code and with no value in its query string (a request in code, or a
/// call with `?limit=2`, printing the base path is an example call),
/// after a prefix of literal segments (a base path, `/v1`; `GET /builds` over `GET
/// /repos/{id}/builds` are two routes).
fn routes_in_short_over_full(doc: &Document, out: &mut Vec<Hit>) {
    let short: BTreeSet<(usize, u32)> = out
        .iter()
        .filter(|h| h.route.server.is_none())
        .filter(|h| {
            out.iter().any(|g| {
                g.block > h.block
                    && g.route.server.is_none()
                    // (A request in code filling in a base path is an example call.)
                    && !doc.blocks[g.block].is_code()
                    // (Nor one giving values in its query string: `GET /v1/x?limit=2`.)
                    && g.route.pairs.iter().all(|(_, v)| v.is_empty())
                    && g.route.method == h.route.method
                    && g.route.path.len() > h.route.path.len()
                    && g.route.path.ends_with(&h.route.path)
                    && {
                        let prefix = &g.route.path[..g.route.path.len() - h.route.path.len()];
                        // (A base path: literal segments, no placeholder of a parent
                        // resource, `/repos/{id}` before `/builds` being another route.)
                        prefix.starts_with('/')
                            && !prefix.ends_with('/')
                            && !prefix.contains(['{', ':', '<'])
                    }
                    && !doc.blocks[h.block + 1..=g.block]
                        .iter()
                        .any(|b| matches!(b.kind, Kind::Heading { .. }))
                    && !(bold_method_item(doc, h) && bold_method_item(doc, g))
            })
        })
        .map(|h| (h.block, h.line))
        .collect();
    out.retain(|h| !short.contains(&(h.block, h.line)));
}

/// The methods a sentence says are allowed (`The only allowed methods are HEAD and GET`,
/// `Allowed methods are HEAD, GET, PUT and DELETE`, `Responds only to **POST**.`, `Both
/// HTTP GET (query string) or HTTP POST (JSON data) are acceptable.`, `Only HTTP POST is
/// accepted.`): its upper-case method words.
fn allowed_methods(text: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for sentence in text.split(". ") {
        let lower = sentence.to_ascii_lowercase();
        let lower = lower.trim_end_matches('.');
        if !(lower.contains("allowed method")
            || lower.contains("supported method")
            || lower.contains("responds only to")
            || lower.starts_with("responds to")
            || lower.starts_with("accepts only")
            || lower.ends_with(" are acceptable")
            || lower.ends_with(" is acceptable")
            || lower.ends_with(" are accepted")
            || lower.ends_with(" is accepted"))
        {
            continue;
        }
        for m in capital_methods(sentence) {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// A heading that opens with its method (`### GET - Connect`, `### POST and GET -
/// Function`) over a `Syntax:` line giving the URL template (`Syntax:
/// `http://<server>:[<port>]/connect/<database>``): a route per method the heading names,
/// at the heading, the path the URL's after its host, optional bracketed parts and a query
/// string left out. Several `Syntax:` lines in the section give a route each.
fn method_heading_syntax(doc: &Document, out: &mut Vec<Hit>) {
    for (i, b) in doc.blocks.iter().enumerate() {
        if !b.is_heading() {
            continue;
        }
        let title = clean_heading(&b.text);
        let first = title.split_whitespace().next().unwrap_or("");
        if method_word(first).is_none_or(|m| m != first) {
            continue;
        }
        let methods = super::routes::capital_methods(&title);
        let end = doc.section_end(i, doc.blocks.len(), |_| false);
        // (A call in code there is an example of the template, no reason to skip it.)
        if out
            .iter()
            .any(|h| (i..end).contains(&h.block) && !doc.blocks[h.block].is_code())
        {
            continue;
        }
        let mut paths: Vec<String> = Vec::new();
        for k in i + 1..end {
            let blk = &doc.blocks[k];
            if blk.is_code() {
                continue;
            }
            for l in blk.text.lines() {
                let Some(at) = l.find("Syntax:") else {
                    continue;
                };
                let url = l[at + "Syntax:".len()..].trim().trim_matches('`').trim();
                if let Some(p) = syntax_path(url)
                    && !paths.contains(&p)
                {
                    paths.push(p);
                }
            }
        }
        for p in &paths {
            for m in &methods {
                if let Some(route) = target_route(m, p) {
                    out.push(Hit {
                        block: i,
                        line: b.span.line,
                        route,
                    });
                }
            }
        }
    }
}

/// The path of a URL template in a `Syntax:` line: after its host (`http://<server>:
/// [<port>]`), without optional bracketed parts (`[/<fetchPlan>]`) and a query string.
fn syntax_path(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    // (The host ends at the first `/` outside brackets.)
    let mut depth = 0i32;
    let mut start = None;
    for (k, c) in rest.char_indices() {
        match c {
            '[' | '<' => depth += 1,
            ']' | '>' => depth -= 1,
            '/' if depth == 0 => {
                start = Some(k);
                break;
            }
            _ => {}
        }
    }
    let path = if url.contains("://") {
        &rest[start?..]
    } else {
        rest
    };
    if !path.starts_with('/') {
        return None;
    }
    let mut out = String::new();
    let mut depth = 0i32;
    for c in path.split('?').next().unwrap_or(path).chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let out = out.trim().to_string();
    (!out.contains(char::is_whitespace) && out.len() > 1).then_some(out)
}

/// A table of paths under a heading that names the method (`== GETs (Reading Data)` over
/// `| `/users/{username}` | Get a specific user |`): a route per row, the method the
/// heading's first word (`GET`, `GETs`), the path the row's first cell.
fn method_heading_tables(doc: &Document, out: &mut Vec<Hit>) {
    for (i, b) in doc.blocks.iter().enumerate() {
        let Some(t) = b.table() else {
            continue;
        };
        if out.iter().any(|h| h.block == i) {
            continue;
        }
        // (Or a page with no heading over the table: the sentence right over it names the
        // method, `Endpoint [GET]:`.)
        let heading = (0..i).rev().find(|&k| doc.blocks[k].is_heading());
        let first = heading
            .and_then(|h| doc.blocks[h].text.split_whitespace().next())
            .unwrap_or("");
        let word = first.trim_matches('`');
        let Some(method) = method_word(word.strip_suffix('s').unwrap_or(word))
            .filter(|m| word.eq_ignore_ascii_case(m) || word.eq_ignore_ascii_case(&format!("{m}s")))
            .or_else(|| sentence_method(doc, i))
        else {
            continue;
        };
        let paths: Vec<Option<RouteText>> = t
            .rows
            .iter()
            .map(|r| {
                // (`| **/api/[app_id]/graphs.json** | Returns graph data |`: the path in
                // bold whole.)
                let first = strip_markup(r.first()?);
                let cell = emphasised_path(&first)
                    .map_or_else(|| strip_line_marks(&first), super::routes::tight_braces);
                let cell = cell.trim();
                cell.starts_with('/')
                    .then(|| target_route(method, cell))
                    .flatten()
            })
            .collect();
        if paths.is_empty() || paths.iter().any(Option::is_none) {
            continue;
        }
        for (k, r) in paths.into_iter().flatten().enumerate() {
            out.push(Hit {
                block: i,
                line: t.row_lines.get(k).copied().unwrap_or(b.span.line),
                route: r,
            });
        }
    }
}

/// The one method the paragraph right over block `i` names, in capitals (`All the
/// following endpoints must be accessed with a `GET` HTTP request.`): the method of the
/// table of paths under it. None when it names none or several.
fn sentence_method(doc: &Document, i: usize) -> Option<&'static str> {
    let p = doc.blocks.get(i.checked_sub(1)?)?;
    if p.kind != Kind::Paragraph {
        return None;
    }
    one_method_named(&p.text)
}

/// The route in the code span that opens a list item's line (`` * `GET /chats.json` will
/// return … ``), its method written; or the route set in bold whole, its description after
/// it (`- **DELETE /boxes/{box}** - Delete a box`).
fn leading_code_route(line: &str) -> Option<RouteText> {
    let t = line.trim_start();
    // (An HTML item: `<li><code>GET /connectors</code> - return …`.)
    let html = match t.strip_prefix("<li") {
        Some(r) if r.starts_with(['>', ' ']) => r[r.find('>')? + 1..].trim_start(),
        _ => t,
    };
    if let Some(rest) = html.strip_prefix("<code>") {
        let code = entities_decoded(&rest[..rest.find("</code>")?]);
        method_word(code.split_whitespace().next()?)?;
        return route_line(&code);
    }
    let t = t
        .strip_prefix(['*', '-', '+'])
        .map(str::trim_start)
        .unwrap_or(t);
    // (Or the method in capitals, the path in code after it: `` * GET `/api/whoami/`:
    // JSON dictionary with … ``, `` * DELETE `/api/delete-token/`: Deletes … ``.)
    if let Some((m, after)) = t.split_once(' ')
        && let Some(method) = method_word(m).filter(|w| *w == m)
        && let Some(code) = after.strip_prefix('`')
        && let Some(end) = code.find('`')
        && code.starts_with('/')
        && !code[..end].contains(char::is_whitespace)
    {
        return target_route(method, &code[..end]);
    }
    // (Or the whole route in bold: `- **POST /boxes/{box}** - Update a box`.)
    let (mark, t) = match t.strip_prefix("**").or_else(|| t.strip_prefix("__")) {
        Some(rest) => (&t[..2], rest),
        None => ("`", t.strip_prefix('`')?),
    };
    let code = &t[..t.find(mark)?];
    method_word(code.split_whitespace().next()?)?;
    route_line(code)
}

/// Verbs of sending a request, before `a METHOD` (`issue a POST to …`, `Send a `POST`
/// request to the URL …`).
const SENDING_VERBS: [&str; 8] = [
    "send",
    "sending",
    "issue",
    "issuing",
    "make",
    "making",
    "submit",
    "submitting",
];

/// Whether a label before a colon says an example follows (`Example: GET /x?id=1`, `e.g.:
/// …`): what comes after it is a call, no route.
fn example_label(label: &str) -> bool {
    matches!(
        label.trim().to_ascii_lowercase().as_str(),
        "example"
            | "examples"
            | "sample"
            | "samples"
            | "ex"
            | "eg"
            | "e.g."
            | "for example"
            | "for instance"
    )
}

/// The routes sentences give by sending a method to a path in code ([`sent_to_code_paths`]:
/// `issue a POST to `api/v1/album``, `by issuing a PATCH request to `api/v1/album/:id``,
/// `Retrieval is via GET request to `api/v1/album` (…) or `api/v1/album/:id``), in the
/// paragraphs of a section that gives no route any other way; a route the page documents
/// by other evidence is only mentioned there (an overview's `sending a GET request to
/// `%CMR-ENDPOINT%/acls``), no operation of its own; where the page gives routes
/// otherwise, a sentence's path written without its leading slash opens with a first
/// segment of theirs.
fn sent_path_routes(doc: &Document, out: &mut Vec<Hit>) {
    // (Where the page gives routes otherwise, a sentence's joins them: its first segment
    // is one of theirs, `api` of `GET api/v1/album/printq`; `button/do_something/press`
    // beside `/sensor/{id}` and `/light/{id}` is a call on a member, told as a sample.)
    let first_segment = |p: &str| {
        p.trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let firsts: BTreeSet<String> = out.iter().map(|h| first_segment(&h.route.path)).collect();
    let mut found = Vec::new();
    for (h, end) in routeless_sections(doc, out) {
        for (i, b) in doc.blocks.iter().enumerate().take(end).skip(h + 1) {
            if b.kind != Kind::Paragraph {
                continue;
            }
            for (r, rooted) in sent_to_code_paths(&doc.source.text(b.span.line, b.span.end_line)) {
                // (Nor is a call on a concrete member of a route documented so, `a GET
                // request to ``/sensor/outside_temperature`` could yield …`.)
                let elsewhere = out.iter().any(|x| {
                    x.route.method == r.method
                        && (shape(&x.route.path) == shape(&r.path)
                            || super::routes::instance_of(&r.path, &x.route.path))
                });
                // (The API's root, `a GET request to `/` (index route)`, is every route's.)
                // (A path written from the root, `/api/task_list` beside `/tasks/{taskname}/…`,
                // is the API's own wherever it opens.)
                let joins = rooted
                    || firsts.is_empty()
                    || r.path == "/"
                    || firsts.contains(&first_segment(&r.path));
                if !elsewhere && joins {
                    found.push(Hit {
                        block: i,
                        line: b.span.line,
                        route: r,
                    });
                }
            }
        }
    }
    out.extend(found);
}

/// The routes a paragraph's sentences give by sending a method in capitals to a path in
/// code: `<a sending verb> a[n] METHOD [request] to `path`` ([`SENDING_VERBS`]), `via
/// METHOD [request] to `path``, or `a[n] [word] METHOD request to `path`` (`An
/// authenticated ``GET`` request to ``/api/task_list``, reStructuredText's code too); a path in code after `or` in the same
/// sentence is a route of the same method. The path may lack its leading slash; a URL with
/// its server, a path opening with a server's variable, and a sentence of an example (`For
/// example …`, `e.g.`) give none. Each route with whether its path was written from the
/// root.
fn sent_to_code_paths(text: &str) -> Vec<(RouteText, bool)> {
    let mut out = Vec::new();
    // (reStructuredText's code, ``` ``GET`` ```, as Markdown's.)
    let flat = text
        .replace("``", "`")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for sentence in flat.split(". ") {
        // (Not an example's call, `For example sending a GET request to
        // `/select/house_mode` could yield …`.)
        let lower = sentence.to_ascii_lowercase();
        if lower.contains("example") || lower.contains("e.g.") || lower.contains("for instance") {
            continue;
        }
        let words: Vec<&str> = sentence.split(' ').collect();
        for k in 0..words.len() {
            let verb = words[k].to_ascii_lowercase();
            // (`An authenticated `GET` request to `/api/task_list``: with no verb, the
            // article opening the sentence, a word at most, the method and `request`; not
            // `So a `GET` request to `/api/{store}/pets/whiskers` would now show`.)
            let unsent = k == 0 && matches!(verb.as_str(), "a" | "an");
            let (m_at, article) = match verb.as_str() {
                "via" => (k + 1, Some("a".to_string())),
                v if SENDING_VERBS.contains(&v) => {
                    (k + 2, words.get(k + 1).map(|a| a.to_ascii_lowercase()))
                }
                _ if unsent => {
                    let adjective = words
                        .get(k + 1)
                        .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()));
                    (k + 1 + usize::from(adjective), Some(verb.clone()))
                }
                _ => continue,
            };
            if !matches!(article.as_deref(), Some("a" | "an")) {
                continue;
            }
            let method_at = |at: usize| {
                words
                    .get(at)
                    .map(|m| m.trim_matches(['`', '*', '_']))
                    .and_then(|m| method_word(m).filter(|w| w == &m))
            };
            // (`by making an authenticated ``GET`` request to …`: a word of its own before
            // the method.)
            let m_at = match method_at(m_at) {
                None if !unsent
                    && words
                        .get(m_at)
                        .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase())) =>
                {
                    m_at + 1
                }
                _ => m_at,
            };
            let Some(method) = method_at(m_at) else {
                continue;
            };
            let mut at = m_at + 1;
            if words.get(at).is_some_and(|w| *w == "request") {
                at += 1;
            } else if unsent {
                continue;
            }
            if words.get(at) != Some(&"to") {
                continue;
            }
            // (`to the `/api/login` endpoint`: the article before the path.)
            if words.get(at + 1) == Some(&"the")
                && words.get(at + 2).is_some_and(|w| w.starts_with('`'))
            {
                at += 1;
            }
            // (The path in code right after `to`, then any after `or` in the sentence.)
            let rest = words[at + 1..].join(" ");
            let mut tail = rest.as_str();
            while let Some(open) = tail.strip_prefix('`') {
                let Some(close) = open.find('`') else {
                    break;
                };
                let path = &open[..close];
                // (A path, rooted or not: not a URL with its server or a server's variable,
                // `%CMR-ENDPOINT%/acls`, which an overview's sentences use to point at
                // routes documented further on.)
                // (A URL whose server is written out, `https://openspending.org/api/2/new`,
                // is its path on that server.)
                let literal_url = ["https://", "http://"].iter().find_map(|s| {
                    let rest = path.strip_prefix(s)?;
                    let (host, tail) = rest.split_once('/')?;
                    (host.contains('.')
                        && host
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':')))
                    .then(|| format!("/{tail}"))
                });
                let path = literal_url.as_deref().unwrap_or(path);
                if path.contains(char::is_whitespace)
                    || !path.contains('/')
                    || path.contains("://")
                    || !path.starts_with(|c: char| c == '/' || c.is_ascii_alphanumeric())
                {
                    break;
                }
                let rooted = if path.starts_with('/') {
                    path.to_string()
                } else {
                    format!("/{path}")
                };
                if let Some(r) = target_route(method, &rooted) {
                    out.push((r, path.starts_with('/')));
                }
                // (`… `api/v1/album` (filter/pagination) or `api/v1/album/:id`, …`.)
                let after = &open[close + 1..];
                match after.find(" or `") {
                    Some(o) if !after[..o].contains('`') => tail = &after[o + 4..],
                    _ => break,
                }
            }
            break;
        }
    }
    out
}

/// The routes a list item opens with, each set in bold or in code and joined by `,`, `/`,
/// `·`, `or` or `and` (`- **GET /a**, **GET /b** — …`, `` - `GET /ping`, `GET /health`:
/// liveness checks ``); a later one may give the path alone, under the method of the one
/// before (`**POST /api/sim/inject** / **/api/sim/stop**`, `` `POST /bans` or `/bans/ban` ``),
/// and one may join methods over its path (`` `GET/PATCH/DELETE /instances/{hostname}` ``,
/// a route each). A short label may come first (`` - Health/actions: `GET /instances/ping`,
/// `POST /instances/stop`. ``), not an example's. None unless the first is a whole route.
fn leading_bold_routes(line: &str) -> Vec<RouteText> {
    let t = line.trim_start();
    let mut rest = t
        .strip_prefix(['*', '-', '+'])
        .map(str::trim_start)
        .unwrap_or(t);
    if let Some((label, after)) = rest.split_once(": ")
        && !label.contains(['`', '*'])
        && (1..=3).contains(&label.split_whitespace().count())
        && after.trim_start().starts_with(['`', '*'])
        && !example_label(label)
    {
        rest = after.trim_start();
    }
    let mut out: Vec<RouteText> = Vec::new();
    let mut method: Option<&'static str> = None;
    loop {
        let (mark, inner) = match rest.strip_prefix("**") {
            Some(inner) => ("**", inner),
            None => match rest.strip_prefix('`') {
                Some(inner) => ("`", inner),
                None => break,
            },
        };
        let Some(end) = inner.find(mark) else {
            break;
        };
        let part = inner[..end].trim();
        // (`GET/PATCH/DELETE /instances/{hostname}`: a route per method, as a route line
        // joins them.)
        let routes = route_lines(part);
        if routes.len() > 1 {
            out.extend(routes);
            method = None;
        } else {
            let route = match (routes.into_iter().next(), method) {
                (Some(r), _) => Some(r),
                (None, Some(m)) if part.starts_with('/') && !part.contains(char::is_whitespace) => {
                    target_route(m, part)
                }
                _ => None,
            };
            let Some(route) = route else {
                break;
            };
            method = method_word(part.split_whitespace().next().unwrap_or_default())
                .filter(|w| part.starts_with(*w))
                .or(method);
            out.push(route);
        }
        let after = inner[end + mark.len()..].trim_start();
        match after
            .strip_prefix([',', '/', '·'])
            .or_else(|| after.strip_prefix("or "))
            .or_else(|| after.strip_prefix("and "))
        {
            Some(next) => rest = next.trim_start(),
            None => break,
        }
    }
    out
}

/// A short line giving the method and the path in two code spans, the path ending it
/// (`` `GET`-Request sent: `/api/v1/groups` ``, `` `POST` `/api/v1/tags/add` ``): a few
/// words of label around them at most.
fn split_code_route(line: &str) -> Option<RouteText> {
    let parts: Vec<&str> = line.split('`').collect();
    // Two code spans: parts 1 and 3 (`a`m`b`p`c` splits into 5 parts).
    if parts.len() != 5 {
        return None;
    }
    let method =
        method_word(parts[1].trim()).filter(|m| parts[1].trim().eq_ignore_ascii_case(m))?;
    let path = parts[3].trim();
    let tail = parts[4].trim().trim_end_matches(['.', ':']);
    let words = parts[0].split_whitespace().count() + parts[2].split_whitespace().count();
    // (Or a sentence that sends the request there: `Send a `POST` request to the URL
    // endpoint `/v1/actions/process-check-result`.`)
    let middle = parts[2].to_ascii_lowercase();
    let before = parts[0].trim_end().to_ascii_lowercase();
    let sends = SENDING_VERBS
        .iter()
        .any(|v| before.ends_with(&format!("{v} a")));
    let sent = (parts[0].split_whitespace().count() <= 3 || sends)
        && parts[2].split_whitespace().count() <= 6
        && (middle.contains("request to") || middle.contains("call to"));
    (tail.is_empty() && (words <= 4 || sent) && (path.starts_with('/') || path.starts_with("http")))
        .then(|| target_route(method, path))
        .flatten()
}

/// The method alone, the path alone in the next block (`GET` / `/webhooks/:uuid`, as a
/// one-page-per-endpoint site or a Redoc capture prints its route), where the path's block
/// holds no route already.
fn method_then_path_blocks(doc: &Document, out: &mut Vec<Hit>) {
    for i in 0..doc.blocks.len().saturating_sub(1) {
        let (a, b) = (&doc.blocks[i], &doc.blocks[i + 1]);
        let alone = |x: &Block| {
            !x.is_code() && x.table().is_none() && !x.text.trim().contains(char::is_whitespace)
        };
        // (Or a sentence naming one method that introduces what follows, `submit a `POST`
        // request to the following endpoint:`, over a block holding only the URL.)
        let introduced = a.kind == Kind::Paragraph
            && a.text.trim_end().ends_with(':')
            && !b.text.trim().is_empty()
            && !b.text.trim().contains(char::is_whitespace)
            && b.table().is_none()
            && (b.text.trim().trim_matches('`').starts_with('/')
                || b.text.trim().trim_matches('`').contains("://"));
        let methods: Vec<&'static str> = if alone(a) && alone(b) && b.text.trim().starts_with('/') {
            method_word(a.text.trim())
                .filter(|m| {
                    // The word as a method, not a sentence's `Get`.
                    a.text.trim().trim_matches(['*', '`']) == *m
                        || a.text.trim().trim_matches(['*', '`']) == m.to_ascii_lowercase()
                })
                .into_iter()
                .collect()
        } else if introduced {
            // (`Data is transferred using HTTP GET/POST requests. … at the following URL:`:
            // each method it names; or, naming none, `… as simple as calling this URL:` over
            // a template, `http://mygene.info/v3/gene/<geneid>`, the one method its section's
            // heading names among other words, `GET request`. Not a method heading alone,
            // `GET` over its examples, nor a URL with nothing to fill in.)
            let named = capital_methods(&a.text);
            let template = b.text.contains(['<', '{']);
            if named.is_empty() && template {
                (0..i)
                    .rev()
                    .find(|&k| doc.blocks[k].is_heading())
                    .filter(|&k| {
                        clean_heading(&doc.blocks[k].text)
                            .split_whitespace()
                            .count()
                            > 1
                    })
                    .and_then(|k| heading_method(&doc.blocks[k].text))
                    .into_iter()
                    .collect()
            } else {
                named
            }
        } else {
            Vec::new()
        };
        if out.iter().any(|h: &Hit| h.block == i + 1) {
            continue;
        }
        // (A code block of paths alone, one a line, under a label naming one method
        // (`GET method:` over the template `/x/[:id]/items` and a call filling it in): a
        // route per line, at its line; a call is then an example of the template.)
        let lines: Vec<(u32, &str)> = (b.span.line..=b.span.end_line)
            .map(|n| (n, doc.line(n).trim()))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with("```") && !l.starts_with("~~~"))
            .collect();
        let path_lines = b.is_code()
            && !lines.is_empty()
            && lines.iter().all(|(_, l)| {
                l.starts_with('/') && l.len() > 1 && !l.contains(char::is_whitespace)
            });
        // (Or under a sentence naming one method that leads into the block: `Player
        // control commands use POST requests`, `… can be retrieved by a GET to`.)
        let leads_in = |t: &str| {
            let last = t
                .trim()
                .rsplit(". ")
                .next()
                .unwrap_or("")
                .trim_end_matches([':', '.', ' ']);
            let end = last
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            (t.trim_end().ends_with(':') || matches!(end.as_str(), "to" | "request" | "requests"))
                .then(|| one_method_named(last))
                .flatten()
        };
        let labelled = a.text.trim_end().ends_with(':')
            && a.text.split_whitespace().count() <= 4
            && lines.len() > 1;
        if path_lines
            && a.kind == Kind::Paragraph
            && let Some(m) = if labelled {
                one_method_named(&a.text)
            } else {
                leads_in(&a.text)
            }
        {
            for (n, l) in lines {
                if let Some(r) = target_route(m, l) {
                    out.push(Hit {
                        block: i + 1,
                        line: n,
                        route: r,
                    });
                }
            }
            continue;
        }
        for m in methods {
            if let Some(r) = target_route(m, b.text.trim().trim_matches('`')) {
                out.push(Hit {
                    block: i,
                    line: a.span.line,
                    route: r,
                });
            }
        }
    }
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
                // (One literal segment at least: `<name>/<scope>`, an id's format, fits any
                // path of two segments.)
                .filter(|r| r.path.split('/').any(|s| !s.is_empty() && !s.contains('{')))
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
    // (Or any call outside a heading, printed before a heading that declares its very
    // route: an introduction's `curl http://<ui-host>:8080/api/v1/cluster/configuration`
    // over `### /api/v1/cluster/configuration (GET)`.)
    let segments = |p: &str| p.trim_end_matches('/').split('/').count();
    let example = |k: usize| {
        let h: &Hit = &out[k];
        let concrete = h.route.query || h.route.server.is_some();
        !doc.blocks[h.block].is_heading()
            && out[k + 1..].iter().any(|l| {
                l.block > h.block
                    && l.route.method == h.route.method
                    && !l.route.query
                    && l.route.server.is_none()
                    && ((concrete
                        && (l.route.path == h.route.path
                            || instance_of(&h.route.path, &l.route.path)))
                        || (doc.blocks[l.block].is_heading() && l.route.path == h.route.path)
                        // (Or a request in code filling a heading's template with values,
                        // segment for segment: an overview's `PUT /v2/entities/E/attrs/A`
                        // over `#### Update Attribute `PUT /v2/entities/{id}/attrs/{name}``.)
                        || (doc.blocks[h.block].is_code()
                            && doc.blocks[l.block].is_heading()
                            && l.route.path.contains('{')
                            && !h.route.path.contains('{')
                            && segments(&h.route.path) == segments(&l.route.path)
                            && instance_of(&h.route.path, &l.route.path)
                            && super::locate::fills_with_values(&h.route.path, &l.route.path)))
            })
    };
    let drop: Vec<bool> = (0..out.len()).map(example).collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// A heading giving the method glued to the path's tail (`### POST/login/password`, the
/// path after the service's prefix) whose section opens with an item or line labelling the
/// whole path (`* **REST API path** : /services/session/v1/login/password`): the heading's
/// method on the labelled path, at the heading. (The label is the page's word on the path,
/// even where the title's tail differs from it.) A table of contents repeating the title
/// (`* [POST/login/password](#postloginpassword)`) is then no route of its own.
fn labelled_full_paths(doc: &Document, out: &mut Vec<Hit>) {
    let mut titles = Vec::new();
    for (i, h) in doc.blocks.iter().enumerate() {
        if !h.is_heading() {
            continue;
        }
        let title = clean_heading(&h.text);
        let title = title.trim();
        let Some((m, tail)) = title.split_once('/') else {
            continue;
        };
        if title.contains(char::is_whitespace) || tail.is_empty() {
            continue;
        }
        let Some(method) = method_word(m).filter(|w| *w == m) else {
            continue;
        };
        // (The section's first block, or the one after it.)
        for b in doc.blocks.iter().skip(i + 1).take(2) {
            if b.is_heading() {
                break;
            }
            let line = b.text.lines().next().unwrap_or("");
            let t = line
                .trim()
                .trim_start_matches(['*', '-', '•'])
                .replace(['`', '*'], "");
            let Some((k, v)) = t.split_once(':') else {
                continue;
            };
            let k = k.trim().to_ascii_lowercase();
            if !matches!(
                k.as_str(),
                "rest api path" | "api path" | "path" | "url" | "uri" | "endpoint" | "api url"
            ) {
                continue;
            }
            let v = v.trim();
            if !v.starts_with('/') || v.contains(char::is_whitespace) {
                continue;
            }
            if let Some(route) = target_route(method, v) {
                out.push(Hit {
                    block: i,
                    line: h.span.line,
                    route,
                });
                titles.push(title.to_string());
            }
            break;
        }
    }
    out.retain(|h| {
        let b = &doc.blocks[h.block];
        b.is_heading() || !titles.iter().any(|t| b.text.trim() == t)
    });
}

/// A heading that names the method and the path's tail without its leading slash (`GET
/// items/history`, the prefix the page's routes share left out) over a route of its section
/// printing the whole path (`` ``GET /shop/items/history`` - return the history ``): the
/// section's route is the whole one, the heading only its title.
fn relative_heading_routes(doc: &Document, out: &mut Vec<Hit>) {
    let mut drop: Vec<usize> = Vec::new();
    for (k, h) in out.iter().enumerate() {
        let b = &doc.blocks[h.block];
        let Some(level) = b.level().filter(|_| b.is_heading()) else {
            continue;
        };
        let title = clean_heading(&b.text);
        let words: Vec<&str> = title.split_whitespace().collect();
        let [m, tail] = words.as_slice() else {
            continue;
        };
        let tail = tail.trim_matches('`');
        // (A tail opening with a placeholder, `GET {baseURL}/system`, names its base: the
        // path is whole, and a call in its section, `GET /inventory/system?…`, an example.)
        if method_word(m).is_none_or(|w| w != *m)
            || tail.starts_with(['/', '{', '<'])
            || !tail.contains('/')
        {
            continue;
        }
        let end = (h.block + 1..doc.blocks.len())
            .find(|&j| doc.blocks[j].level().is_some_and(|l| l <= level))
            .unwrap_or(doc.blocks.len());
        let whole = out.iter().any(|g| {
            (h.block + 1..end).contains(&g.block)
                && g.route.method == h.route.method
                && g.route.path.len() > h.route.path.len()
                && g.route.path.ends_with(&h.route.path)
        });
        if whole {
            drop.push(k);
        }
    }
    for k in drop.into_iter().rev() {
        out.remove(k);
    }
}

/// A route printed with its variable segments as bare words (`PUT /shop/store/store_name/
/// item/item_name`) over a parameter label whose items each open with one of those words
/// (`**Parameters**` then `- ``store_name`` - the store`): those segments are the
/// placeholders the list names (`/shop/store/{store_name}/item/{item_name}`). Only words
/// joined by `_`, as names are written, and only items right after the label.
fn listed_word_segments(doc: &Document, out: &mut [Hit]) {
    for h in out.iter_mut() {
        let b = &doc.blocks[h.block];
        if b.is_code() || b.is_heading() || !h.route.path.contains('_') {
            continue;
        }
        if !doc.blocks.get(h.block + 1).is_some_and(|l| {
            l.kind == Kind::Paragraph
                && matches!(
                    super::labels::block_label(l),
                    Some(super::labels::Ctx::Params(_))
                )
        }) {
            continue;
        }
        let named: Vec<String> = doc.blocks[h.block + 2..]
            .iter()
            .take_while(|n| n.depth().is_some())
            .filter_map(|n| {
                let first = n.text.split_whitespace().next()?;
                let name = first.trim_matches(['`', '*']);
                (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                    .then(|| name.to_string())
            })
            .collect();
        if named.is_empty() {
            continue;
        }
        h.route.path = segments_named(&h.route.path, |seg| {
            seg.contains('_') && named.iter().any(|n| n == seg)
        });
    }
}

/// The words that label a path (`Endpoint: /x`, `Route: /x/:id`).
const PATH_LABELS: [&str; 6] = ["endpoint", "path", "url", "uri", "resource", "route"];

/// A path behind a label on a line of its own, with no method (`Route:
/// `/api/v0/alerts/unmute/:id``, `URL Syntax: `/api/v1/ready``), whose section calls it in
/// an example (`curl -X PUT https://librenms.org/api/v0/alerts/unmute/1`) or whose
/// heading names one method (`Check if server is ready (GET)`): the route, that method on
/// the label's path, at the label. (The example is then an instance of it.)
///
/// Or, the label on the first line of its paragraph (`**URI:** /api/reports/*:name*`), over
/// top-level items that each open with a method and a colon (`* **GET**: Retrieve the
/// report`, `* **PUT**: Rename it`) before the next heading or labelled path: a route per
/// item, at it; an item that only points elsewhere (`* **POST**: *See Report Actions*`)
/// is none. Then items under an `Actions (POST):` label that each open with a bare name and
/// a colon (`* archive: Archive the report.`) are that method on the path with the name as
/// its last segment (`POST /api/reports/{name}/archive`), unless the page gives that route.
fn labelled_path_routes(doc: &Document, out: &mut Vec<Hit>) {
    let mut found = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.kind == Kind::Paragraph
            && !out.iter().any(|h| h.block == i)
            && let Some(items) = labelled_path_method_items(doc, i)
        {
            for h in items {
                let given = out
                    .iter()
                    .chain(&found)
                    .any(|g| g.route.method == h.route.method && g.route.path == h.route.path);
                if !given {
                    found.push(h);
                }
            }
            continue;
        }
        if b.kind != Kind::Paragraph || b.text.contains('\n') || out.iter().any(|h| h.block == i) {
            continue;
        }
        let Some((label, value)) = b.text.split_once(':') else {
            continue;
        };
        let label = label.trim().trim_matches('*').to_ascii_lowercase();
        // (Or the label and a word saying it is the form of the path: `URL Syntax:`,
        // `Endpoint format:`.)
        let label = label
            .strip_suffix(" syntax")
            .or_else(|| label.strip_suffix(" format"))
            .or_else(|| label.strip_suffix(" template"))
            .unwrap_or(&label);
        if label == "resource" || !PATH_LABELS.contains(&label) {
            continue;
        }
        let path = value.trim().trim_matches('`').trim();
        if !path.starts_with('/') || path.contains(char::is_whitespace) {
            continue;
        }
        let end = (i + 1..doc.blocks.len())
            .find(|&k| doc.blocks[k].is_heading())
            .unwrap_or(doc.blocks.len());
        let Some(template) = target_route("GET", path) else {
            continue;
        };
        let method = out
            .iter()
            .filter(|h| (i + 1..end).contains(&h.block))
            .find(|h| h.route.path == template.path || instance_of(&h.route.path, &template.path))
            .map(|h| h.route.method.clone())
            // (Else the one method the section's heading names: `===== Check if server
            // is ready (GET)`.)
            .or_else(|| {
                let heading = (0..i).rev().find(|&k| doc.blocks[k].is_heading())?;
                heading_method(&doc.blocks[heading].text).map(str::to_string)
            });
        if let Some(m) = method.as_deref().and_then(method_word)
            && let Some(route) = target_route(m, path)
        {
            found.push(Hit {
                block: i,
                line: b.span.line,
                route,
            });
        }
    }
    out.extend(found);
}

/// The routes of a path label on the first line of paragraph `i` over method items and
/// action items (see [`labelled_path_routes`]); none unless a method item follows.
fn labelled_path_method_items(doc: &Document, i: usize) -> Option<Vec<Hit>> {
    let first = doc.blocks[i].text.lines().next()?;
    let (label, value) = first.split_once(':')?;
    let label = label.trim().trim_matches('*').to_ascii_lowercase();
    if label == "resource" || !PATH_LABELS.contains(&label.as_str()) {
        return None;
    }
    // (Emphasis around a placeholder, `*:name*`, the front end may leave half of.)
    let path: String = value
        .trim()
        .trim_matches('`')
        .split('/')
        .map(|s| s.trim_matches(['*', '_']))
        .collect::<Vec<_>>()
        .join("/");
    if !path.starts_with('/') || path.len() < 2 || path.contains(char::is_whitespace) {
        return None;
    }
    let is_path_label = |b: &Block| {
        b.kind == Kind::Paragraph
            && b.text
                .lines()
                .next()
                .and_then(|l| l.split_once(':'))
                .is_some_and(|(l, v)| {
                    PATH_LABELS.contains(&l.trim().trim_matches('*').to_ascii_lowercase().as_str())
                        && v.trim().starts_with(['/', '`', '*'])
                })
    };
    let end = (i + 1..doc.blocks.len())
        .find(|&k| doc.blocks[k].is_heading() || is_path_label(&doc.blocks[k]))
        .unwrap_or(doc.blocks.len());
    let depth0 = |b: &Block| matches!(b.kind, Kind::Item { depth: 0, .. });
    // (`Actions (POST):`: the method its items' actions are sent with.)
    let actions_label = |b: &Block| -> Option<&'static str> {
        if b.kind != Kind::Paragraph {
            return None;
        }
        let t = b.text.replace(['*', '`'], "");
        let (l, m) = t.trim().strip_suffix("):")?.split_once('(')?;
        l.trim()
            .eq_ignore_ascii_case("actions")
            .then(|| method_word(m.trim()).filter(|w| *w == m.trim()))?
    };
    let mut hits = Vec::new();
    // (A path label right under an `Actions` label: its items are those actions, on it.)
    // (Or under an earlier path label of those actions: `Actions (POST):` / `URI: …/on` /
    // `* on: …` / `URI: …/off` / `* off: …`.)
    let mut action = (0..i)
        .rev()
        .find(|&k| !depth0(&doc.blocks[k]) && !is_path_label(&doc.blocks[k]))
        .and_then(|k| actions_label(&doc.blocks[k]));
    let inherited = action.is_some();
    for k in i + 1..end {
        let b = &doc.blocks[k];
        let first = b.text.lines().next().unwrap_or("").replace(['*', '`'], "");
        if b.kind == Kind::Paragraph {
            if let Some(m) = actions_label(b) {
                action = Some(m);
            }
            continue;
        }
        if !depth0(b) {
            continue;
        }
        let Some((head, rest)) = first.split_once(':') else {
            continue;
        };
        let head = head.trim();
        let rest = rest.trim();
        if let Some(m) = method_word(head).filter(|m| *m == head) {
            action = None;
            if rest.starts_with("See ") || rest.is_empty() {
                continue;
            }
            if let Some(route) = target_route(m, &path) {
                hits.push(Hit {
                    block: k,
                    line: b.span.line,
                    route,
                });
            }
        } else if let Some(m) = action
            && (inherited || !hits.is_empty())
            && !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
            && let Some(route) = target_route(
                m,
                &if path.rsplit('/').next() == Some(head) {
                    path.clone()
                } else {
                    format!("{}/{head}", path.trim_end_matches('/'))
                },
            )
        {
            hits.push(Hit {
                block: k,
                line: b.span.line,
                route,
            });
        }
    }
    (!hits.is_empty()).then_some(hits)
}

/// A URL alone in a code block (`http://<your_api_server.com>/alarm/<alarm_id>?<parameter>=
/// <value>`, or a path) over a table of the call's facts (a note or a sentence or two
/// between them at most), a label and a value a row,
/// one row labelled `Method` (`| **Method** | GET |`, `| **Method** | DELETE, PUT |`): a
/// route per method named, at that row.
fn url_over_facts_table(doc: &Document, out: &mut Vec<Hit>) {
    for (i, b) in doc.blocks.iter().enumerate().skip(1) {
        let Some(t) = b.table() else { continue };
        // (A note or a sentence or two may stand between them: `The entity_id is optional
        // …`.)
        let Some(c) = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| doc.blocks[k].kind == Kind::Paragraph || doc.blocks[k].is_code())
            .find(|&k| doc.blocks[k].is_code())
        else {
            continue;
        };
        let prev = &doc.blocks[c];
        if out.iter().any(|h| h.block == i || h.block == c) || t.header.len() != 2 {
            continue;
        }
        let url = prev.text.trim();
        let is_url = !url.is_empty()
            && !url.contains(char::is_whitespace)
            && (url.starts_with('/')
                || url.starts_with("http://")
                || url.starts_with("https://")
                || super::routes::server_placeholder_end(url).is_some());
        if !is_url {
            continue;
        }
        // (The table may have no header row: its first row is then read as the header.)
        let rows = std::iter::once((&t.header, b.span.line))
            .chain(t.rows.iter().zip(t.row_lines.iter().copied()));
        for (row, line) in rows {
            let label = row[0].trim().trim_matches(['*', '`', ':']).trim();
            let label = label.to_ascii_lowercase();
            if !method_label(&label) && label != "http verb" {
                continue;
            }
            let value = row
                .get(1)
                .map(|c| c.trim().trim_matches(['*', '`']))
                .unwrap_or("");
            let methods = match method_word(value).filter(|m| value == *m) {
                Some(m) => vec![m],
                None => joined_methods(value),
            };
            for m in methods {
                if let Some(route) = target_route(m, url) {
                    out.push(Hit {
                        block: i,
                        line,
                        route,
                    });
                }
            }
            break;
        }
    }
}

/// A path alone on a line (`` ``/rest/blobstores.xml`` ``, or a heading holding only it)
/// over a table of its methods (`Method | Action | Return Code | Formats`, a row per
/// method, no path column): a route per row that says what the method does; a row whose
/// cells but its method, status and formats are empty is a method the resource does not
/// support (`POST | | 405 |`). At the row.
fn path_over_method_table(doc: &Document, out: &mut Vec<Hit>) {
    for (i, b) in doc.blocks.iter().enumerate().skip(1) {
        let Some(t) = b.table() else { continue };
        if out.iter().any(|h| h.block == i) {
            continue;
        }
        let Some(mcol) = named_column(t, &METHOD_COLUMNS) else {
            continue;
        };
        if named_column(t, &PATH_COLUMNS).is_some() {
            continue;
        }
        let header: Vec<String> = t
            .header
            .iter()
            .map(|h| h.trim().trim_matches(['*', '`']).to_ascii_lowercase())
            .collect();
        let mut prev = &doc.blocks[i - 1];
        // (A `Methods` heading over the table, the path above it.)
        if prev.is_heading() && clean_heading(&prev.text).eq_ignore_ascii_case("methods") && i >= 2
        {
            prev = &doc.blocks[i - 2];
        }
        // (Or the path heading over a few paragraphs of prose, the table the first of its
        // section: `#### /api/processHeaderDocument`, a sentence or two, then `| method |
        // request type | … |`.)
        if prev.kind == Kind::Paragraph
            && let Some(h) = (i.saturating_sub(4)..i)
                .rev()
                .find(|&k| !matches!(doc.blocks[k].kind, Kind::Paragraph))
                .filter(|&k| doc.blocks[k].is_heading() && path_heading(&doc.blocks[k]).is_some())
        {
            prev = &doc.blocks[h];
        }
        let path = if prev.is_heading() {
            path_heading(prev)
        } else if prev.kind == Kind::Paragraph {
            let p = prev.text.trim().trim_matches('`').trim();
            if p.starts_with('/') && p.len() > 1 && !p.contains(char::is_whitespace) {
                Some(p.to_string())
            } else {
                endpoint_sentence_path(&prev.text)
            }
        } else {
            None
        };
        let Some(path) = path else { continue };
        let aside = |k: usize| {
            k == mcol
                || STATUS_FIELDS.contains(&header[k].as_str())
                || matches!(header[k].as_str(), "format" | "formats" | "media types")
        };
        for (k, row) in t.rows.iter().enumerate() {
            // (A cell may join methods, `POST, PUT`: a route each.)
            let methods: Vec<&'static str> = row
                .get(mcol)
                .map(|c| c.trim().trim_matches(['*', '`']))
                .map(|c| match method_word(c).filter(|m| c == *m) {
                    Some(m) => vec![m],
                    None => joined_methods(c),
                })
                .unwrap_or_default();
            let says = row
                .iter()
                .enumerate()
                .any(|(c, cell)| c < header.len() && !aside(c) && !cell.trim().is_empty());
            if !says {
                continue;
            }
            for m in methods {
                if let Some(route) = target_route(m, &path) {
                    out.push(Hit {
                        block: i,
                        line: t.row_lines.get(k).copied().unwrap_or(b.span.line),
                        route,
                    });
                }
            }
        }
    }
}

/// The path a one-sentence paragraph introduces as its subject, ending in a colon over
/// what follows (`The `/x/config` endpoint supports the following:`, `The /x resource
/// accepts:`): `The`, the path, `endpoint` or `resource`, then the sentence.
fn endpoint_sentence_path(text: &str) -> Option<String> {
    let t = text.trim();
    if t.contains('\n') || !t.ends_with(':') {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        ["The", p, noun, _, ..]
            if matches!(*noun, "endpoint" | "resource")
                && p.trim_matches('`').starts_with('/')
                && p.trim_matches('`').len() > 1 =>
        {
            Some(p.trim_matches('`').to_string())
        }
        _ => None,
    }
}

/// A method value written under its protocol's name, in any case: `**Method:** HTTP post`
/// is `POST` (the label's value on its line, as `**Method:** POST` is).
fn protocol_method(value: &str) -> Option<&'static str> {
    let (http, m) = value.trim().split_once(' ')?;
    http.eq_ignore_ascii_case("http")
        .then(|| method_word(m.trim()))
        .flatten()
}

/// What a field label names, when it names the route's URL or method: a heading
/// (`##### URL`, `##### Method`), a paragraph whose first line is the label alone
/// (`**URL**`, `Method:`), with the value on the lines after it, or a list item so (`*
/// **URL**` over the value, or the items under it). A value may sit in an inline HTML
/// element (`Method: <span class="badge get">GET</span>`). A plain-text page's label line
/// that holds its value (`Method:   POST` under `Endpoint: /x`, read as a label heading of
/// level 0) is such a paragraph too.
pub(super) fn field_label(b: &Block) -> Option<(bool, Option<String>)> {
    let text = b.text.trim();
    // (A paragraph set in italics whole, `_请求方式：POST_`: the label without the marks.)
    let text = match text.strip_prefix('_').and_then(|t| t.strip_suffix('_')) {
        Some(t) if b.kind == Kind::Paragraph && !t.contains(['\n', '_']) => t.trim(),
        _ => text,
    };
    let label_with_value = b.level() == Some(0)
        && text
            .split_once(':')
            .is_some_and(|(l, v)| !l.trim().is_empty() && !v.trim().is_empty());
    // (A heading holding the label and an absolute URL, `### URL：<http://{host}/api/x>`.)
    let heading_value = b
        .is_heading()
        .then(|| {
            let t = clean_heading(text).replace('：', ": ");
            let (label, value) = t.split_once(": ")?;
            let (label, value) = (label.trim(), value.trim());
            // (A URL with its server only, `<http://…>` or `http://…`: `### Endpoint:
            // /heartbeat`, a heading titled by its path, is the operation's own.)
            let address = value.trim_start_matches('<');
            (matches!(
                label.to_ascii_lowercase().as_str(),
                "url" | "uri" | "endpoint" | "request url"
            ) && (address.starts_with("http://") || address.starts_with("https://"))
                && !value.contains(char::is_whitespace))
            .then(|| (label.to_string(), value.to_string()))
        })
        .flatten();
    // (An item of a URL label and its value with no colon between, `- URL
    // https://pictshare.net/api/upload.php`.)
    if let Kind::Item { .. } = b.kind
        && !text.contains('\n')
        && let Some((label, value)) = text.split_once(' ')
        && matches!(
            label.to_ascii_lowercase().as_str(),
            "url" | "endpoint" | "uri"
        )
        && (value.starts_with("http://") || value.starts_with("https://") || value.starts_with('/'))
        && !value.trim().contains(char::is_whitespace)
    {
        return Some((true, Some(value.trim().to_string())));
    }
    let (first, rest) = match b.is_heading() && !label_with_value {
        true if heading_value.is_some() => {
            heading_value.map(|(l, v)| (l, Some(v))).unwrap_or_default()
        }
        true => (clean_heading(text), None),
        false if label_with_value || matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) => {
            let (f, r) = text.split_once('\n').unwrap_or((text, ""));
            let r = r.trim();
            // (A full-width colon, as Chinese pages write it: `- 请求地址：/x`.)
            // (A value set in an inline element, as a badge shows the method: `**Method:**
            // <span class="chip post">POST</span>` is `Method: POST`.)
            let f = strip_markup(&f.replace('：', ": "));
            match f.split_once(':') {
                // (`URL : /ws/v1/clusters`, `**Method** : GET`: the label and its value
                // on one line, the value one word.)
                Some((label, value))
                    if r.is_empty()
                        && !value.trim().is_empty()
                        && (!value.trim().contains(char::is_whitespace)
                            || !joined_methods(value.trim()).is_empty()
                            || sent_word_after(value.trim()).is_some()
                            || protocol_method(value.trim()).is_some())
                        && !value.starts_with("//")
                        && label.split_whitespace().count() <= 3 =>
                {
                    (label.to_string(), Some(value.trim().to_string()))
                }
                _ => (f.to_string(), (!r.is_empty()).then(|| r.to_string())),
            }
        }
        false => return None,
    };
    // (A label ending in a Markdown hard-break mark, `* URL \\` over the value on the
    // next lines: the mark is no part of it.)
    let l = first
        .trim()
        .trim_end_matches('\\')
        .trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':')
        .trim_matches('*')
        .trim()
        .to_ascii_lowercase();
    // (`### 1.1 请求地址`: a section number before the label.)
    let l = if b.is_heading() {
        super::labels::without_section_number(&l).to_string()
    } else {
        l
    };
    match l.as_str() {
        // (`## Request` over the URL alone, `## Method` over the verb: a heading only.)
        "request" if b.is_heading() => Some((true, rest)),
        // (`##### HTTP` over the route, beside `##### Request` / `##### Response` sections
        // giving a websocket message of the same call: a heading only.)
        "http" if b.is_heading() => Some((true, rest)),
        l if url_label(l) => Some((true, rest)),
        l if method_label(l) => Some((false, rest)),
        // (A list of methods, `Allowed methods: `GET`, `PUT`, `DELETE`` beside `Path:
        // `/x``: a route each.)
        l if verbs_label(l) => Some((false, rest)),
        _ => None,
    }
}

/// The words of a label over a call's URL (`URL`, `Endpoint`, `Resource URL`, Slate's `HTTP
/// Request`, Chinese `请求地址`), in lower case; `Request` and `HTTP` alone are such a label
/// only as a heading (see [`field_label`]). A record table's path row is named so too.
pub(super) fn url_label(l: &str) -> bool {
    matches!(
        l,
        "url" | "endpoint" | "path" | "uri" | "route" | "resource url" | "request url"
        | "request path"
        // (The URL with its parts to fill in, `* **URL pattern**: http://{server_name}:9091/
        // indexes/{index_name}`.)
        | "url pattern" | "url template" | "uri pattern" | "uri template" | "path pattern"
        | "path template" | "endpoint pattern"
        // (Slate pages' `### HTTP Request`, `### HTTP Endpoint` and `### Definition` over
        // the route.)
        | "http request" | "http endpoint" | "definition"
        // (Chinese pages' `### HTTP 请求` over the request line, and `### 请求URL` /
        // `### 请求地址` over the URL alone.)
        | "http 请求" | "请求url" | "请求地址" | "请求路径" | "接口地址" | "接口url"
        // (Those Chinese labels as their writers put them in English: `interface address:`
        // over `* /api/docs/create`.)
        | "interface address" | "interface url" | "request address" | "api address"
        // (`Recurso: `/validate`` "resource", over a call the page makes to it.)
        | "recurso" | "resource"
        // (`#### HTTP 路径` "HTTP path" over the path alone.)
        | "http 路径"
        // (Both at once, `##### Method & Url` over `POST http://…/edgelabels`.)
        | "method & url" | "method and url" | "method & path" | "method and path"
        | "method & uri" | "url & method" | "method / url"
    )
}

/// The words of a label over a call's method (`Method`, `HTTP method`, `Request type`,
/// `请求方式`, `Método`, `Метод`, `メソッド`), in lower case. A record table's method row is
/// named so too.
pub(super) fn method_label(l: &str) -> bool {
    matches!(
        l,
        // (`### Request type` over `GET`: the value then has to be a method.)
        // (Chinese pages' `### 请求方式` / `### 请求数据方式` over the method alone.)
        "method" | "methods" | "http method" | "verb" | "request method" | "request type" | "请求方式"
        | "http request method" | "request mode"
        // (`###### HTTP请求方式` over `> POST  JSON`, as the ShowDoc-style template writes it.)
        | "http请求方式" | "http 请求方式" | "http请求方法" | "http 请求方法"
        | "请求方法" | "请求数据方式" | "调用方法"
        // (The word alone in other languages: `方法：`GET``, `Método: GET`, `Метод: POST`,
        // `メソッド`, `메서드`.)
        | "方法" | "请求类型" | "método" | "metodo" | "méthode" | "methode" | "метод"
        // (`Méthode autorisée : GET`, `Allowed methods: POST|PUT`.)
        | "méthode autorisée" | "méthodes autorisées" | "allowed method" | "allowed methods"
        | "http метод" | "メソッド" | "http メソッド" | "httpメソッド" | "메서드" | "메소드"
    )
}

/// The one method a heading names in capitals when it is no route itself (`===== Check if
/// server is ready (GET)`, `## 新建知识库（POST）`): the method of the call its section gives a
/// path for.
fn heading_method(text: &str) -> Option<&'static str> {
    heading_route(text)
        .is_none()
        .then(|| one_method_named(&clean_heading(text)))
        .flatten()
}

/// Routes given as a URL and a method under labels of their own, each with its value
/// under it (`##### URL` / `` `/jobs/start` `` / `##### Method` / `` `POST` ``, or `**URL**`
/// / `**Method**` paragraphs, in either order): the URL label and the nearest method label
/// before the next URL label (or after the previous one) give one route, placed at the URL
/// label, whose block starts the operation. A value must be alone on its line.
fn field_label_routes(doc: &Document, out: &mut Vec<Hit>) {
    // (block, is URL, values)
    let mut found: Vec<(usize, bool, Vec<String>)> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let Some((url, inline)) = field_label(b) else {
            continue;
        };
        let next = doc
            .blocks
            .get(i + 1)
            .filter(|n| !n.is_heading() && n.table().is_none() && field_label(n).is_none());
        // (The value may be quoted, `###### 接口地址` over `> [/api/checkLogin](…)` and
        // `###### HTTP请求方式` over `> POST  JSON`, as a docs template writes it.)
        let value = inline.or_else(|| {
            next.map(|n| {
                let first = n.text.trim().lines().next().unwrap_or("");
                match n.kind {
                    Kind::Paragraph => first.trim_start_matches('>').trim().to_string(),
                    _ => first.to_string(),
                }
            })
        });
        let Some(v) = value else { continue };
        // (Several paths under a URL label, one a line, each closed by a hard-break mark:
        // `* URL \\` / `/x/{id}/a.json \\` / `/x/{id}/a.csv`: each a URL of the call.)
        let more: Vec<String> = match next {
            Some(n) if url && v.trim_end().ends_with('\\') => n
                .text
                .trim()
                .lines()
                .skip(1)
                .map(|l| l.trim().trim_end_matches('\\').trim())
                .filter(|l| l.starts_with('/') && !l.contains(char::is_whitespace))
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        };
        let v = v.trim().trim_end_matches('\\').to_string();
        // (A URL's trailing comment in parentheses, `/v1/boxes/last (gets last 10)`, is
        // no part of it.)
        let clean = |v: &str| {
            let v = v.trim();
            let v = match v.rsplit_once(" (") {
                Some((head, _))
                    if url && v.ends_with(')') && head.trim().starts_with(['/', '`']) =>
                {
                    head
                }
                _ => v,
            };
            let v = v.trim().trim_matches(['`', '*']).trim();
            // (Emphasis around the parts to fill in, `http://*www.myserver.com*/templeton/v1/
            // ddl/database/*:db`, as a page sets its code and italics side by side: the
            // address without the marks.)
            let unmarked;
            let v = if url && v.contains('*') && !v.contains(char::is_whitespace) {
                unmarked = v.replace('*', "");
                unmarked.as_str()
            } else {
                v
            };
            // (An autolink, `URL：<http://{your_host}:8777/api/x>`: its address.)
            let v = match v.strip_prefix('<').and_then(|a| a.strip_suffix('>')) {
                Some(a) if url && (a.starts_with("http://") || a.starts_with("https://")) => a,
                _ => v,
            };
            v.to_string()
        };
        let v = clean(&v);
        // (A method followed by a word in lower case saying what is sent, `Method: POST
        // file`, `Method: POST/GET text`: the method.)
        let v = match sent_word_after(&v) {
            Some(m) if !url => m.to_string(),
            _ => v,
        };
        // (A method under its protocol's name, `HTTP GET`, is the method.)
        let v = match protocol_method(&v) {
            Some(m) if !url => m.to_string(),
            _ => v,
        };
        // (A method label may join methods: `:Method: PATCH or PUT`, a route each.)
        if v.is_empty()
            || (v.contains(char::is_whitespace) && (url || joined_methods(&v).is_empty()))
        {
            continue;
        }
        let mut values = vec![v];
        values.extend(more.iter().map(|m| clean(m)));
        // (A URL item over items of its own, `* **URL**` / `  * /v1/boxes/id` / `  *
        // /v1/boxes/name`: each nested item's path is a URL of the call.)
        if let Kind::Item { depth, .. } = b.kind
            && url
        {
            values.extend(
                doc.blocks
                    .get(i + 2..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|n| matches!(n.kind, Kind::Item { depth: d, .. } if d > depth))
                    .map(|n| clean(n.text.trim().lines().next().unwrap_or("")))
                    .filter(|v| v.starts_with('/') && !v.contains(char::is_whitespace)),
            );
        }
        // (A method label over a URL alone on the next line, unlabelled, `_请求方式：POST_`
        // over `https://…/device-fp/api/getFp`: that URL is the call's; a quoted note between
        // them, `> _需要验证Cookie_`, is passed over.)
        let below = (i + 1..doc.blocks.len().min(i + 3)).find(|&k| {
            let n = &doc.blocks[k];
            !(n.kind == Kind::Paragraph && n.text.trim_start().starts_with('>'))
        });
        let lone_url = below
            .map(|k| &doc.blocks[k])
            .filter(|n| !url && n.kind == Kind::Paragraph && !n.text.trim().contains('\n'))
            .map(|n| n.text.trim().trim_matches('`').trim())
            .filter(|u| {
                // (Not a call giving values in its query, `/shop/v1/boxes?color=red`: an
                // example.)
                (u.starts_with("http://") || u.starts_with("https://") || u.starts_with('/'))
                    && !u.contains(char::is_whitespace)
                    && !u.contains('?')
                    && u.len() > 1
            })
            .map(str::to_string);
        found.push((i, url, values));
        if let (Some(u), Some(at)) = (lone_url, below) {
            found.push((at, true, vec![u]));
        }
    }
    for (k, (i, url, paths)) in found.iter().enumerate() {
        if !url {
            continue;
        }
        let next_url = found[k + 1..]
            .iter()
            .position(|f| f.1)
            .map_or(found.len(), |p| k + 1 + p);
        let prev_url = found[..k].iter().rposition(|f| f.1).map_or(0, |p| p + 1);
        // (Not across the heading of another operation: `## Query the leader` /
        // `### Request Type` / `GET` / `### Request Path` / `…/raft/leader`, then `## Update
        // …` / `### Request Type` / `PUT`. The operation's heading is the nearest above the
        // label that is no field label itself.)
        let title = (0..*i)
            .rev()
            .find(|&h| doc.blocks[h].is_heading() && field_label(&doc.blocks[h]).is_none());
        let rank = title.and_then(|h| doc.blocks[h].level()).unwrap_or(0);
        let apart = |j: usize| {
            (j.min(*i) + 1..j.max(*i)).any(|h| {
                doc.blocks[h]
                    .level()
                    .is_some_and(|l| l > 0 && l <= rank && field_label(&doc.blocks[h]).is_none())
            })
        };
        let method_label = found[k + 1..next_url]
            .iter()
            .chain(found[prev_url..k].iter().rev())
            .find(|f| !f.1 && f.0.abs_diff(*i) <= 12 && !apart(f.0));
        let mut method = method_label
            .map(|f| match method_word(&f.2[0]) {
                Some(m) => vec![m],
                None => joined_methods(&f.2[0]),
            })
            .unwrap_or_default();
        // (Else the method the operation's heading ends with in parentheses, `## 新建知识库
        // （POST）` over `### URL：<http://…/new_knowledge_base>`, `## Create a base (POST)`.)
        if method.is_empty()
            && let Some(m) = title.and_then(|h| heading_method(&doc.blocks[h].text))
        {
            method = vec![m];
        }
        // (Else the one method of the section's example calls of it: `## URL` over
        // `http://*www.myserver.com*/templeton/v1/ddl/database/*:db`, then `### Curl Command`
        // over `curl -s -X PUT … 'http://localhost:50111/templeton/v1/ddl/database/newdb'`.)
        // (Not on a page titled by its route, `title: GET /geode/v1/{region}/keys` over
        // `## Resource URL` / `…/geode/v1/{region}/{keys}`: the title declares the call.)
        let titled_by_route = super::page::front_matter_title(doc)
            .is_some_and(|t| route_line(&t.replace('\\', "")).is_some());
        if method.is_empty()
            && !titled_by_route
            && let Some(template) = paths.first().and_then(|p| target_route("GET", p))
        {
            // (The operation's section: under the nearest heading above that is no label,
            // `# WebHCat Reference PutDB` over `## Description`, `## URL`, `## Example`.)
            let topic = (0..*i)
                .rev()
                .find(|&h| {
                    doc.blocks[h].is_heading()
                        && field_label(&doc.blocks[h]).is_none()
                        && !super::labels::is_label_heading(&doc.blocks[h].text)
                })
                .and_then(|h| doc.blocks[h].level())
                .unwrap_or(0);
            let section = (i + 1..doc.blocks.len())
                .find(|&k| {
                    doc.blocks[k].level().is_some_and(|l| l > 0 && l <= topic)
                        && field_label(&doc.blocks[k]).is_none()
                })
                .unwrap_or(doc.blocks.len());
            let mut called: Vec<&'static str> = out
                .iter()
                .filter(|h| (i + 1..section).contains(&h.block) && doc.blocks[h.block].is_code())
                .filter(|h| {
                    h.route.path == template.path || instance_of(&h.route.path, &template.path)
                })
                .filter_map(|h| method_word(&h.route.method))
                .collect();
            called.dedup();
            if let [one] = called.as_slice() {
                method = vec![*one];
            }
        }
        // (The section as far as the next URL label, or 40 blocks.)
        let end = found[k + 1..]
            .iter()
            .find(|f| f.1)
            .map_or(doc.blocks.len(), |f| f.0)
            .min(i + 40);
        // (Else the one method the prose right under the label names in capitals, `Recurso:
        // `/validate`` over `Se utiliza a través de una llamada de tipo POST`: the first
        // paragraphs, before any code, list or heading.)
        if method.is_empty() {
            let mut named: Vec<&'static str> = doc.blocks[*i + 1..end]
                .iter()
                .take_while(|b| b.kind == Kind::Paragraph)
                .take(3)
                .flat_map(|b| capital_methods(&b.text))
                .collect();
            named.sort_unstable();
            named.dedup();
            if let [one] = named.as_slice() {
                method = vec![*one];
            }
        }
        // (Else the one method the page, or another page of its folder, says every call
        // uses: `Endpoint: `task/add`` on a page of a folder whose guide says `通过`POST`方法
        // 发送到API的Endpoint` "send to the API's endpoint by POST".)
        // (Not a server's address alone, `* Endpoint: `http://127.0.0.1:6806`` over `* Both
        // are POST methods`: the API's base, no call.)
        if method.is_empty()
            && let Some(m) = page_method(doc)
            && paths
                .first()
                .and_then(|p| target_route(m, p))
                .is_some_and(|r| r.path != "/")
        {
            method = vec![m];
        }
        let named = section_param_names(&doc.blocks[*i..end]);
        // (A path relative to a prefix the page states once, `url：app` / `url: job/register`
        // under "请求 url 前缀为 `/api`": the path of the section's example call that ends with
        // it, `curl … -X POST … http://host:8899/api/app`.)
        let completed = |p: &String| -> String {
            let relative = p.trim_start_matches("./");
            if p.starts_with('/') || p.contains("://") || relative.is_empty() {
                return p.clone();
            }
            // (The prefix the call adds is one the page's text states, `/api`; not a
            // sample host's install path, `http://path/to/glpi/apirest.php/x` under `URL:
            // apirest.php/x`.)
            let stated = |prefix: &str| {
                doc.blocks.iter().filter(|b| !b.is_code()).any(|b| {
                    b.text
                        .split(|c: char| {
                            c.is_whitespace() || matches!(c, '`' | '"' | '\'' | '“' | '”')
                        })
                        .any(|w| w.trim_end_matches(['/', '.', ',', '。', '，']) == prefix)
                })
            };
            out.iter()
                .filter(|h| (*i + 1..end).contains(&h.block) && doc.blocks[h.block].is_code())
                .map(|h| h.route.path.as_str())
                .find(|c| {
                    c.strip_suffix(&format!("/{relative}"))
                        .is_some_and(|prefix| !prefix.is_empty() && stated(prefix))
                })
                .map_or_else(|| p.clone(), str::to_string)
        };
        // (A segment of alternatives, `/label/{[node|edge]}/{name}`: a path per word.)
        let paths: Vec<String> = paths
            .iter()
            .map(completed)
            .flat_map(|p| alternation_variants(&p).unwrap_or_else(|| vec![p.clone()]))
            .map(|p| named_segments(&p, &named))
            .collect();
        for (m, path) in method
            .iter()
            .flat_map(|m| paths.iter().map(move |p| (*m, p)))
        {
            let Some(route) = target_route(m, path) else {
                continue;
            };
            // (Read already at the method label as one of the methods it joins, `* **Method**:
            // PUT or PATCH` under `* **URL**: /x`: placed at the URL label too, so that each
            // method's operation holds the whole section.)
            if method.len() > 1
                && let Some((label, _, _)) = method_label
                && let Some(h) = out.iter_mut().find(|h| {
                    h.block == *label
                        && h.route.method == route.method
                        && h.route.path == route.path
                })
            {
                h.block = *i;
                h.line = doc.blocks[*i].span.line;
                continue;
            }
            // (Unless read already, near it, other than by its example call in code.)
            if out.iter().any(|h| {
                h.block.abs_diff(*i) <= 12
                    && !doc.blocks[h.block].is_code()
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
}

/// The names a call's parameter list gives as `name=[type]` (`hash=[string]`,
/// `a.b.c.d:p=[string]`), in blocks `blocks`.
fn section_param_names(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter(|b| !b.is_code())
        .flat_map(|b| b.text.split_whitespace())
        .filter_map(|w| {
            let (name, ty) = w.trim_matches(['`', '*']).split_once("=[")?;
            (!name.is_empty() && ty.ends_with(']') && !name.contains('/')).then(|| name.to_string())
        })
        .collect()
}

/// A URL under a field label whose segments are written as words the call's parameter
/// list names (`/v1/blocks/hash` over `hash=[string]`), or as a filler of `x`s
/// (`/v1/kernels/xxx`): those segments are placeholders (`/v1/blocks/{hash}`).
fn named_segments(path: &str, named: &[String]) -> String {
    let (path, query) = path
        .split_once('?')
        .map_or((path, None), |(p, q)| (p, Some(q)));
    let mut out = path
        .split('/')
        .map(|seg| {
            if named.iter().any(|n| n == seg) || (seg.len() >= 3 && seg.chars().all(|c| c == 'x')) {
                format!("{{{seg}}}")
            } else {
                seg.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/");
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// A method value followed by one word in lower case saying what is sent (`POST file`,
/// `POST/GET text`): the method part.
fn sent_word_after(value: &str) -> Option<&str> {
    let (m, rest) = value.split_once(' ')?;
    // (Or the format in capitals, `POST  JSON`, `POST XML`.)
    let format = matches!(rest.trim(), "JSON" | "XML" | "FORM" | "TEXT");
    ((method_word(m).is_some_and(|w| w == m) || !joined_methods(m).is_empty())
        && rest.split_whitespace().count() == 1
        && (rest.trim().chars().all(|c| c.is_ascii_lowercase()) || format))
        .then_some(m)
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

/// The path a heading holds alone (`## /rooms/%roomId%/links`), or in parentheses after
/// its title (`### Connection Information (`/connz`)`), placeholders as `{name}`.
pub(super) fn path_heading(b: &Block) -> Option<String> {
    if !b.is_heading() {
        return None;
    }
    let t = clean_heading(&b.text);
    let t = t.trim().trim_matches('`');
    let path = |t: &str| t.starts_with('/') && t.len() > 1 && !t.contains(char::is_whitespace);
    if path(t) {
        return Some(percent_placeholders(t));
    }
    // (A placeholder of words in angle brackets, `/network/<network ID>/member`: the
    // spaces are inside it, the path is still one.)
    if t.starts_with('/') && t.contains('<') && path(&spaces_outside_angles(t)) {
        return Some(percent_placeholders(t));
    }
    // (`` `/api/v2/query/` HTTP endpoint ``: the path, then words that say it is one.)
    if let Some((p, rest)) = t.split_once(char::is_whitespace)
        && matches!(
            rest.trim().to_ascii_lowercase().as_str(),
            "endpoint" | "http endpoint" | "api endpoint" | "resource" | "api"
        )
    {
        // (A trailing slash there is the title's, `/api/v2/query/`: the page's sentences
        // and calls name `/api/v2/query`.)
        let p = p.trim_matches('`');
        let p = if p.len() > 1 {
            p.trim_end_matches('/')
        } else {
            p
        };
        if path(p) {
            return Some(percent_placeholders(p));
        }
    }
    // (`Endpoint: /api/v1/config/server_config`: a label, then the path.)
    if let Some((label, p)) = t.split_once(':')
        && PATH_LABELS.contains(&label.trim().to_ascii_lowercase().as_str())
    {
        let p = p.trim().trim_matches('`');
        // (A query-string template after it, `?ledger_id=<ledger_id>`, is no part of it.)
        let p = p.split('?').next().unwrap_or(p);
        if path(p) || p == "/" {
            return Some(percent_placeholders(p));
        }
    }
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let p = inner[open + 1..].trim().trim_matches('`');
    (open > 0
        && inner[..open]
            .trim_end()
            .ends_with(|c: char| c.is_alphanumeric() || c == '`')
        && path(p))
    .then(|| percent_placeholders(p))
}

/// The path of a heading that gives it, then a dash and the title of its section (`## /pack -
/// Pack boxes`).
fn titled_path_heading(b: &Block) -> Option<String> {
    if !b.is_heading() {
        return None;
    }
    let t = clean_heading(&b.text);
    let (p, title) = [" - ", " – ", " — "]
        .into_iter()
        .find_map(|d| t.trim().split_once(d))?;
    let p = p.trim().trim_matches('`');
    (!title.trim().is_empty()
        && p.starts_with('/')
        && p.len() > 1
        && !p.contains(char::is_whitespace))
    .then(|| percent_placeholders(p))
}

/// `t` with the spaces inside `<…>` left out (`/a/<network ID>` → `/a/<networkID>`).
fn spaces_outside_angles(t: &str) -> String {
    let mut depth = 0u32;
    t.chars()
        .filter(|&c| {
            match c {
                '<' => depth += 1,
                '>' => depth = depth.saturating_sub(1),
                _ => {}
            }
            !(depth > 0 && c == ' ')
        })
        .collect()
}

/// The path of a link in blocks `from..to` to `path` (`[…](https://demo.nats.io:8222/connz
/// ?limit=16)`, `<https://demo.nats.io:8222/healthz>`, `[…](http://localhost:8222/streaming/
/// serverz)` with a base path before it): a link is followed with `GET`.
fn link_to(doc: &Document, from: usize, to: usize, path: &str) -> Option<String> {
    let (first, last) = (doc.blocks.get(from)?, doc.blocks.get(to.max(from + 1) - 1)?);
    let (start, end) = (first.span.line, last.span.end_line);
    let path = path.trim_end_matches('/');
    // (Links the front end keeps, and URLs a page writes out, as autolinks: `<https://…>`.)
    let written = doc.blocks[from..to.max(from)]
        .iter()
        .filter(|b| !b.is_code())
        .flat_map(|b| {
            b.text
                .split(|c: char| c.is_whitespace() || c == '<' || c == '>')
        })
        .map(str::to_string);
    doc.links
        .iter()
        .filter(|l| l.span.line >= start && l.span.line <= end)
        .map(|l| l.url.clone())
        .chain(written)
        .find_map(|url| {
            let after = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"))?;
            let p = after.find('/').map_or("", |at| &after[at..]);
            let p = p.split(['?', '#']).next().unwrap_or(p).replace('\\', "");
            let p = p.trim_end_matches(['/', '.', ',', ')']);
            (path.len() > 1 && (p == path || p.ends_with(path))).then(|| p.to_string())
        })
}

/// A heading holding only a path (`## /rooms/%roomId%/links`), with no method: the methods
/// are the first words of paragraphs in its section (`PUT Create a new link.`, `DELETE
/// Remove it`), each an upper-case method word followed by a sentence, or paragraphs
/// holding the method alone (`POST`, `###GET`). Path headings stacked
/// with nothing between them share the section under the last one: each path takes each
/// method. The routes are placed at their path headings. With `links`, a path heading
/// whose section gives no route of any kind but links to the path is read with `GET`. A
/// path titled after a dash (`## /pack - Pack boxes`) whose section gives no route (but
/// calls of it in code) takes the methods a sentence of its section says it accepts (`` `/pack` is expecting an HTTP
/// GET request``, see [`accepted_methods`]).
fn path_heading_routes(doc: &Document, out: &mut Vec<Hit>, links: bool) {
    let path_of = path_heading;
    let mut i = 0;
    while i < doc.blocks.len() {
        let level = doc.blocks[i].level().unwrap_or(0);
        // (A path titled after a dash, `## /pack - Pack boxes`, whose section gives no
        // route but calls of it in code: the methods its section gives, at it.)
        if path_of(&doc.blocks[i]).is_none()
            && let Some(p) = titled_path_heading(&doc.blocks[i])
        {
            let end = ranked_end(doc, i + 1, level);
            let routed = out.iter().any(|h| {
                (i..end).contains(&h.block) && !(doc.blocks[h.block].is_code() && h.route.path == p)
            });
            // (Or sub-headings that are each a method alone, `<h4>/api/news/<em>:news_id</em>
            // - Daten einer Ankündigung</h4>` over `<h5>GET</h5>`, `<h5>PUT</h5>`: a route
            // per sub-heading, at it, as under a path alone.)
            let verbs = if verb_list(doc, i + 1, end).is_empty() {
                method_sub_headings(doc, i + 1, end, level)
            } else {
                Vec::new()
            };
            if !links && !routed && !verbs.is_empty() {
                push_at_blocks(doc, out, &verbs, &p);
            } else if !links && !routed {
                for m in accepted_methods(doc, i + 1, end, &p) {
                    if let Some(route) = target_route(m, &p) {
                        out.push(Hit {
                            block: i,
                            line: doc.blocks[i].span.line,
                            route,
                        });
                    }
                }
            }
            i += 1;
            continue;
        }
        let Some(first) = path_of(&doc.blocks[i]) else {
            i += 1;
            continue;
        };
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
        let end = ranked_end(doc, j, level);
        // (Headings under it that declare their routes, `## GET /{db}`, are its
        // operations: a paragraph starting with a method is prose.)
        if doc.blocks[j..end]
            .iter()
            .any(|b| b.is_heading() && heading_route(&b.text).is_some())
        {
            i = end.max(i + 1);
            continue;
        }
        // (Sub-headings that are each a method alone, `/2/info` over `GET` and `PUT`
        // (Ganeti's RAPI page): a route per sub-heading, at it. Not where a `Verbs` list
        // names the methods: sub-headings there title its examples by method.)
        if paths.len() == 1 && verb_list(doc, j, end).is_empty() {
            let mut verbs = method_sub_headings(doc, j, end, level);
            // (A sub-heading whose section prints its request line in code, `#### POST` /
            // `**Request**` / `POST /api/v1/cookbooks/NAME` under `### /cookbooks`: that
            // route is the operation's; the heading's path only names the resource.)
            verbs.retain(|&(k, m)| !requested_elsewhere(doc, out, k, m, &paths[0].1));
            if !verbs.is_empty() {
                push_at_blocks(doc, out, &verbs, &paths[0].1);
                i = j;
                continue;
            }
        }
        // (A list of its methods, each over its own facts: `1. Method: GET` then `*
        // Description:` / `* Parameters:` / `* Response:` under it: a route per item, at
        // the item.)
        if paths.len() == 1 {
            let items: Vec<(usize, &'static str)> = (j..end)
                .filter(|&k| matches!(doc.blocks[k].kind, Kind::Item { .. }))
                .filter_map(|k| {
                    let t = doc.blocks[k].text.replace(['*', '`'], "");
                    let (label, value) = t.split_once(':')?;
                    let label = label.trim().to_ascii_lowercase();
                    let m = matches!(label.as_str(), "method" | "http method" | "verb")
                        .then(|| method_word(value.trim()))??;
                    Some((k, m))
                })
                .collect();
            if !items.is_empty() {
                push_at_blocks(doc, out, &items, &paths[0].1);
                i = j;
                continue;
            }
        }
        // (A route already read in the section that extends the heading's path, `GET
        // /tasks/view/{id}` under `/tasks/view`: the section's own; the heading titles it.)
        if paths.len() == 1
            && out.iter().any(|h| {
                let base = paths[0].1.trim_end_matches('/');
                (j..end).contains(&h.block)
                    && !doc.blocks[h.block].is_code()
                    && h.route.path.len() > base.len() + 1
                    && h.route.path.starts_with(&format!("{base}/"))
            })
        {
            i = j;
            continue;
        }
        let mut methods: Vec<&'static str> = doc.blocks[j..end]
            .iter()
            .filter(|b| b.kind == Kind::Paragraph)
            .filter_map(|b| {
                let mut words = b.text.split_whitespace();
                // (Or in brackets before the description, `(GET) Returns the latest BUY
                // conversion rate`.)
                let w = words.next()?.trim_matches(['*', '`']);
                let w = w
                    .strip_prefix('(')
                    .and_then(|x| x.strip_suffix(')'))
                    .unwrap_or(w);
                // (Or the method alone on its line, `POST`, or after heading marks a
                // strict parser left as text, `###GET`.)
                let alone = words.clone().next().is_none();
                let w = if alone { w.trim_start_matches('#') } else { w };
                let m = METHODS.into_iter().find(|m| *m == w)?;
                (alone || words.next().is_some()).then_some(m)
            })
            .collect();
        // (Each method a link to another page, `[GET](uri-usersxuidinboxget.md)` or `[GET
        // (/users/{ownerId}/people/mute)](….md)` under `## Valid methods`: the pages it
        // links document them; this one declares none.)
        let linked_away = |b: &Block| {
            super::locate::link_to_page(doc, b).is_some_and(|(text, _)| {
                text.split_whitespace()
                    .next()
                    .is_some_and(|w| METHODS.contains(&w.trim_matches(['*', '`'])))
            })
        };
        let alone: Vec<&Block> = doc.blocks[j..end]
            .iter()
            .filter(|b| {
                b.kind == Kind::Paragraph
                    && b.text
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| METHODS.contains(&w.trim_matches(['*', '`'])))
            })
            .collect();
        if !methods.is_empty()
            && alone.len() == methods.len()
            && alone.iter().all(|b| linked_away(b))
        {
            i = end.max(i + 1);
            continue;
        }
        // (Items of a `Verbs` / `Methods` list in the section, `GET - Retrieve a single
        // annotation`, or the bare verb.)
        if methods.is_empty() {
            methods = verb_list(doc, j, end);
        }
        // (A sentence saying which methods it accepts: `The `/api/v2/query` endpoint
        // accepts `POST` HTTP requests.`, `… accepts `Get` HTTP requests.`)
        if methods.is_empty() {
            methods = accepted_methods(doc, j, end, &paths[0].1);
        }
        // (None in the section: the one method the page gives every request, `All
        // requests to the API are via POST.`)
        if methods.is_empty()
            && let Some(m) = page_method(doc)
        {
            methods.push(m);
        }
        // (Else the one method the section above names for its paths, `## GET
        // Operations` over `### /api/v1/topology/<id>/metrics`.)
        if methods.is_empty()
            && level > 0
            && let Some(m) = (0..i)
                .rev()
                .find(|&k| doc.blocks[k].level().is_some_and(|l| l > 0 && l < level))
                .filter(|&k| heading_route(&doc.blocks[k].text).is_none())
                .and_then(|k| one_method_named(&clean_heading(&doc.blocks[k].text)))
        {
            methods.push(m);
        }
        // (Else the one method of the `curl` calls its section makes, each with a query
        // string and filling the heading's placeholders (`curl -X GET
        // "http://host/x/1?from=1"` under `## /x/{index}`) or running on its last word
        // (`/x/packing_rate?from=1` under `## /x/packing`): the heading is the route, the
        // calls its examples.)
        if methods.is_empty() && paths.len() == 1 {
            let calls: Vec<&Hit> = out
                .iter()
                .filter(|h| (j..end).contains(&h.block) && doc.blocks[h.block].is_code())
                .collect();
            let own = paths[0].1.trim_end_matches('/');
            let examples = calls.iter().all(|h| {
                let p = h.route.path.trim_end_matches('/');
                p != own
                    && h.route.query
                    && doc.blocks[h.block].text.trim_start().starts_with("curl")
                    && (super::routes::instance_of(p, own)
                        || (p.starts_with(own) && !own.contains('{')))
            });
            let called: BTreeSet<&str> = calls.iter().map(|h| h.route.method.as_str()).collect();
            if let [m] = called.into_iter().collect::<Vec<_>>().as_slice()
                && examples
                && let Some(m) = method_word(m)
            {
                methods.push(m);
            }
        }
        // (Else a link the section gives to its path: the page reads it with `GET`, at the
        // link's path, a base path before the heading's included.)
        if links
            && methods.is_empty()
            && paths.len() == 1
            && !out.iter().any(|h| (i..end).contains(&h.block))
            && let Some(linked) = link_to(doc, j, end, &paths[0].1)
        {
            methods.push("GET");
            paths[0].1 = linked;
        }
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

/// A resource's URI given under a heading naming it (`=== Client Resource URI`, `##
/// Endpoint`), the path alone on a line (`*/2012-04-24/Accounts/{AccountSid}/Clients*`, an
/// item per path when there are several), then the methods it supports each opening a
/// paragraph or a heading of the sections after it (`*HTTP GET.* Returns …`, `*HTTP
/// POST/PUT.* Modifies …`, `===== HTTP DELETE`), up to the next such heading or one above
/// it: a route per path and method, at the method's block (Twilio-style references).
fn resource_uri_methods(doc: &Document, out: &mut Vec<Hit>) {
    let uri_heading = |b: &Block| {
        b.level().is_some_and(|l| l > 0) && {
            let t = clean_heading(&b.text).to_ascii_lowercase();
            let t = t.trim_end_matches(['.', ':']).trim();
            t.ends_with(" uri") || t.ends_with(" url") || t == "uri" || t == "resource url"
        }
    };
    let lone_path = |b: &Block| -> Option<String> {
        if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) || b.text.contains('\n') {
            return None;
        }
        let p = strip_line_marks(&strip_markup(b.text.trim()));
        let p = p.trim_matches(['*', '_', '`']).trim();
        (p.starts_with('/') && p.len() > 1 && !p.contains(char::is_whitespace))
            .then(|| p.to_string())
    };
    // (`HTTP GET.`, `HTTP POST/PUT.`, `HTTP POST sends …`: the methods after `HTTP`.)
    let methods_opening = |b: &Block| -> Vec<&'static str> {
        if !matches!(b.kind, Kind::Paragraph | Kind::Heading { .. }) {
            return Vec::new();
        }
        // (Each line of a paragraph: `*HTTP GET.* …` and `*HTTP POST*. …` on lines of
        // their own, one paragraph.)
        let mut out = Vec::new();
        for line in b.text.lines() {
            let t = line.trim().trim_start_matches(['*', '_']);
            let Some(rest) = t.strip_prefix("HTTP ") else {
                continue;
            };
            let mut words = rest.split_whitespace();
            let head = words.next().unwrap_or("");
            let head = head.trim_end_matches(['.', ':', '*', '_', ',']);
            // (`HTTP GET requests are cached`: the method as an adjective, no method line.)
            let noun = words.next().is_some_and(|w| {
                matches!(
                    w.trim_end_matches(['.', ',', ':'])
                        .to_ascii_lowercase()
                        .as_str(),
                    "request"
                        | "requests"
                        | "method"
                        | "methods"
                        | "call"
                        | "calls"
                        | "verb"
                        | "verbs"
                        | "header"
                        | "headers"
                        | "parameter"
                        | "parameters"
                        | "query"
                        | "body"
                        | "is"
                        | "are"
                        | "and"
                        | "or"
                )
            });
            if !noun
                && head
                    .split('/')
                    .all(|w| method_word(w).is_some_and(|m| m == w))
            {
                for m in capital_methods(head) {
                    if !out.contains(&m) {
                        out.push(m);
                    }
                }
            }
        }
        out
    };
    let n = doc.blocks.len();
    for (i, b) in doc.blocks.iter().enumerate() {
        if !uri_heading(b) || out.iter().any(|h| h.block == i) {
            continue;
        }
        let level = b.level().unwrap_or(0);
        let next_heading = (i + 1..n)
            .find(|&k| doc.blocks[k].is_heading())
            .unwrap_or(n);
        let paths: Vec<String> = (i + 1..next_heading)
            .filter_map(|k| lone_path(&doc.blocks[k]))
            .collect();
        if paths.is_empty() {
            continue;
        }
        let end = (next_heading..n)
            .find(|&k| {
                let x = &doc.blocks[k];
                uri_heading(x) || x.level().is_some_and(|l| l > 0 && l < level)
            })
            .unwrap_or(n);
        for k in next_heading..end {
            let x = &doc.blocks[k];
            for m in methods_opening(x) {
                for p in &paths {
                    if let Some(route) = target_route(m, p) {
                        out.push(Hit {
                            block: k,
                            line: x.span.line,
                            route,
                        });
                    }
                }
            }
        }
    }
}

/// A heading that names a resource by its path without the leading slash (Traffic Ops'
/// ``` ``divisions/{{ID}}`` ``` page titles) over sub-headings that are each a method alone
/// (`GET`, `POST`): a route per sub-heading, the path the title's with a slash before it
/// (`{{ID}}` written `{ID}`). Only a title made of path characters, with a `/` or a single
/// word, and only with method sub-headings under it.
fn resource_heading_methods(doc: &Document, out: &mut Vec<Hit>) {
    for (i, b) in doc.blocks.iter().enumerate() {
        if !b.is_heading() || path_heading(b).is_some() {
            continue;
        }
        // (As written: `{{ID}}` is no shortcode here.)
        let title = b
            .text
            .trim()
            .trim_matches('`')
            .replace("{{", "{")
            .replace("}}", "}");
        let pathlike = !title.is_empty()
            && title.starts_with(|c: char| c.is_ascii_lowercase())
            && title.chars().all(|c| {
                c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '/' | '{' | '}' | '.')
            });
        if !pathlike || method_word(&title).is_some() {
            continue;
        }
        let level = b.level().unwrap_or(0);
        let end = doc.section_end(i, doc.blocks.len(), |_| false);
        let verbs = method_sub_headings(doc, i + 1, end, level);
        // (Not where the sections declare routes of their own outside code.)
        let declared = out
            .iter()
            .any(|h| (i..end).contains(&h.block) && !doc.blocks[h.block].is_code());
        if !verbs.is_empty() && !declared {
            push_at_blocks(doc, out, &verbs, &format!("/{title}"));
        }
    }
}

/// The headings in blocks `from..to` below `level` that are each a method alone (`GET`,
/// `` ``PUT`` ``), with their blocks.
fn method_sub_headings(
    doc: &Document,
    from: usize,
    to: usize,
    level: u8,
) -> Vec<(usize, &'static str)> {
    (from..to)
        .filter(|&k| doc.blocks[k].level().is_some_and(|l| l > level))
        .filter_map(|k| {
            let t = clean_heading(&doc.blocks[k].text);
            let t = t.trim().trim_matches('`');
            // (A note in parentheses may follow: `### GET (?type=operation,logging)`.)
            let t = match t.split_once(" (") {
                Some((m, note)) if note.ends_with(')') => m.trim(),
                _ => t,
            };
            method_word(t).filter(|m| *m == t).map(|m| (k, m))
        })
        .collect()
}

/// Whether the section of method sub-heading `k` prints a request line in code with the
/// same method on a path other than `heading`'s (nor a concrete instance of it) that still
/// names the heading's first segment: the request's route, not the heading's, is the
/// operation's.
fn requested_elsewhere(doc: &Document, out: &[Hit], k: usize, m: &str, heading: &str) -> bool {
    let Some(template) = target_route(m, heading) else {
        return false;
    };
    let Some(first) = template
        .path
        .split('/')
        .find(|s| !s.is_empty() && !s.starts_with('{'))
    else {
        return false;
    };
    let level = doc.blocks[k].level().unwrap_or(0);
    let end = ranked_end(doc, k + 1, level);
    out.iter().any(|h| {
        (k + 1..end).contains(&h.block)
            && doc.blocks[h.block].is_code()
            && h.route.method == m
            && h.route.path != template.path
            && h.route.path.split('/').any(|s| s == first)
            && !(h.route.path.matches('/').count() == template.path.matches('/').count()
                && instance_of(&h.route.path, &template.path))
    })
}

/// A route on `path` per `(block, method)`, placed at that block (a method sub-heading, a
/// `Method: GET` item), each the start of its own operation.
fn push_at_blocks(doc: &Document, out: &mut Vec<Hit>, at: &[(usize, &'static str)], path: &str) {
    for &(k, m) in at {
        if let Some(route) = target_route(m, path) {
            out.push(Hit {
                block: k,
                line: doc.blocks[k].span.line,
                route,
            });
        }
    }
}

/// The methods a sentence in blocks `from..to` says the endpoint accepts (`accepts `POST`
/// HTTP requests`, `accepts GET and POST requests`, `is expecting an HTTP GET request`), in
/// code or capitals, before the word `request(s)`: before the section's first sub-heading,
/// or under one when the sentence opens with the endpoint's `path` in code (`` `/exec` is
/// expecting an HTTP GET request with following query parameters:`` under `#### Parameters`).
fn accepted_methods(doc: &Document, from: usize, to: usize, path: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut sub = false;
    for b in &doc.blocks[from..to] {
        sub |= b.is_heading();
        if b.kind != Kind::Paragraph {
            continue;
        }
        let src = doc.source.text(b.span.line, b.span.end_line);
        for sentence in src.split(". ") {
            if sub
                && !sentence
                    .trim_start()
                    .strip_prefix('`')
                    .and_then(|r| r.strip_prefix(path))
                    .is_some_and(|r| r.starts_with('`'))
            {
                continue;
            }
            let lower = sentence.to_ascii_lowercase();
            let Some((at, verb)) = ["accepts ", "expects ", "is expecting "]
                .into_iter()
                .find_map(|v| Some((lower.find(v)?, v)))
            else {
                continue;
            };
            let Some(until) = lower[at..].find("request").map(|r| at + r) else {
                continue;
            };
            for w in sentence[at + verb.len()..until].split_whitespace() {
                let coded = w.starts_with('`');
                let w = w.trim_matches(['`', ',', '*']);
                if let Some(m) = method_word(w)
                    && (coded || w == m)
                    && !out.contains(&m)
                {
                    out.push(m);
                }
            }
        }
    }
    out
}

/// The labels of a list of methods: `Verbs`, `Methods`, `HTTP Methods`, `Supported methods`.
fn verbs_label(label: &str) -> bool {
    matches!(
        label.trim().to_lowercase().as_str(),
        "verbs"
            | "methods"
            | "http methods"
            | "http verbs"
            | "supported methods"
            | "supported verbs"
            | "allowed methods"
    )
}

/// The methods a list under a `Verbs` / `Methods` / `HTTP Methods` / `Supported methods`
/// heading in blocks `from..to` names, one per item that opens with a method (`GET -
/// Retrieve a single annotation`, `POST`); or, before any heading, an item or paragraph
/// with such a label over the methods alone, joined by commas (`* Methods: GET, POST,
/// DELETE`).
fn verb_list(doc: &Document, from: usize, to: usize) -> Vec<&'static str> {
    let mut out = Vec::new();
    let labelled = doc.blocks[from..to]
        .iter()
        .take_while(|b| !b.is_heading())
        .filter(|b| matches!(b.kind, Kind::Item { .. } | Kind::Paragraph))
        .find_map(|b| {
            let t = b.text.replace(['*', '`', '_'], "");
            let (label, value) = t.split_once(':')?;
            if !verbs_label(label) {
                return None;
            }
            let words: Vec<&str> = value
                .split([',', '/'])
                .flat_map(|w| w.split(" and "))
                .flat_map(|w| w.split(" or "))
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .collect();
            let methods: Vec<&'static str> = words
                .iter()
                .map(|w| METHODS.into_iter().find(|m| m == w))
                .collect::<Option<_>>()?;
            (!methods.is_empty()).then_some(methods)
        });
    if let Some(methods) = labelled {
        for m in methods {
            if !out.contains(&m) {
                out.push(m);
            }
        }
        return out;
    }
    let Some(h) = (from..to)
        .find(|&k| doc.blocks[k].is_heading() && verbs_label(&clean_heading(&doc.blocks[k].text)))
    else {
        return out;
    };
    for b in doc.blocks[h + 1..to]
        .iter()
        .take_while(|b| !b.is_heading())
        .filter(|b| matches!(b.kind, Kind::Item { .. }))
    {
        let mut words = b.text.split_whitespace();
        let Some(m) = words
            .next()
            .map(|w| w.trim_matches(['*', '`', ':']))
            .and_then(|w| METHODS.into_iter().find(|m| *m == w))
        else {
            continue;
        };
        // (The verb alone, or before a dash or a colon and its description.)
        let rest = words.next();
        let verb = rest.is_none_or(|w| matches!(w, "-" | "–" | "—" | ":"))
            || b.text
                .trim_start_matches(['*', '`'])
                .starts_with(&format!("{m}:"));
        if verb && !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

/// A page per operation whose front matter's `title:` is its route (`title: POST
/// /auth/token`, `title: [HEAD | GET] /v1/ping` for one path read with either method):
/// the route, at the page's first block. The page's other calls, outside headings, are
/// its examples (`DELETE /geode/v1/orders/11` under `## Example Request`, even on an
/// older base path).
fn front_matter_route(doc: &Document, out: &mut Vec<Hit>) {
    if doc.blocks.is_empty() {
        return;
    }
    if let Some(hit) = front_matter_fields_route(doc) {
        out.retain(|h| doc.blocks[h.block].is_heading());
        out.push(hit);
        return;
    }
    let Some(title) = super::page::front_matter_title(doc) else {
        return;
    };
    let title = title.replace('\\', "");
    let routes: Vec<RouteText> = match route_line(&title) {
        Some(r) => vec![r],
        None => title
            .trim()
            .strip_prefix('[')
            .and_then(|t| t.split_once(']'))
            .map(|(methods, path)| {
                methods
                    .split(['|', ','])
                    .filter_map(|m| method_word(m.trim()))
                    .filter_map(|m| target_route(m, path.trim()))
                    .collect()
            })
            .unwrap_or_default(),
    };
    if routes.is_empty() {
        return;
    }
    let line = doc
        .source
        .lines
        .iter()
        .position(|l| l.trim_start().starts_with("title:"))
        .and_then(|n| u32::try_from(n + 1).ok())
        .unwrap_or(1);
    out.retain(|h| doc.blocks[h.block].is_heading());
    for route in routes {
        // (The title repeating the route a heading of the page declares, `title: POST
        // /x` over `# POST /x`: that heading is its place.)
        if out
            .iter()
            .any(|h| h.route.method == route.method && h.route.path == route.path)
        {
            continue;
        }
        out.push(Hit {
            block: 0,
            line,
            route,
        });
    }
}

/// A page per operation whose front matter gives the path and the method as fields of their
/// own (`path: /v1/{type}/{id}` beside `type: PATCH`, or `url:` beside `method:`): the
/// route, at the page's first block. The method's value is a method word and nothing else,
/// in capitals under the generic `type:` (`type: post` is a blog post).
fn front_matter_fields_route(doc: &Document) -> Option<Hit> {
    let (line, path) = ["path", "url", "endpoint", "route"]
        .iter()
        .find_map(|k| super::page::front_matter_value(doc, k))?;
    let method = ["method", "verb", "http_method", "type"]
        .iter()
        .filter_map(|k| Some((*k, super::page::front_matter_value(doc, k)?.1)))
        .find_map(|(k, v)| {
            let v = v.trim();
            method_word(v).filter(|m| {
                if k == "type" {
                    *m == v
                } else {
                    m.eq_ignore_ascii_case(v)
                }
            })
        })?;
    let route = target_route(method, path.trim())?;
    Some(Hit {
        block: 0,
        line,
        route,
    })
}

/// API Blueprint's headings: a resource names its path in brackets at the heading's end
/// (`## IP Pools [/ip-pools/{id}]`, `## Note [/notes/{id}{?fields}]`), an action under it
/// its method (`## Get IP Pool [GET]`) or its method and path (`### Move [POST /x/{id}]`),
/// or is its method alone (`## POST` in the section of `# Award Funding [/awards/funding/]`):
/// a route per action, placed at its heading.
///
/// With no resource heading over it, an action heading's path is the one its section gives
/// alone in a paragraph before any sub-heading (`## Shipping Options [PUT]` over
/// `/v1/events/{event_id}/shipping?apikey={apikey}`, or a URL with its host): the query
/// string's placeholders are its query parameters.
fn blueprint_routes(doc: &Document, out: &mut Vec<Hit>) {
    let bracket = |b: &Block| -> Option<String> {
        let t = clean_heading(&b.text);
        let t = t.trim();
        let inner = t.strip_suffix(']')?;
        let open = inner.rfind('[')?;
        (open > 0).then(|| inner[open + 1..].trim().to_string())
    };
    let mut resource: Option<String> = None;
    // The resource whose section a heading is in, with its level.
    let mut scope: Option<(String, u8)> = None;
    for (i, b) in doc.blocks.iter().enumerate() {
        if !b.is_heading() {
            continue;
        }
        let level = b.level().unwrap_or(0);
        if scope.as_ref().is_some_and(|(_, l)| level <= *l) {
            scope = None;
        }
        let Some(inner) = bracket(b) else {
            // An action heading that is its method alone (`## POST`) in a resource's section.
            let text = clean_heading(&b.text);
            let text = text.trim();
            if let (Some((path, _)), Some(method)) = (&scope, method_word(text))
                && text == method
                && !out.iter().any(|h| h.block == i)
                && let Some(route) = target_route(method, path)
            {
                out.push(Hit {
                    block: i,
                    line: b.span.line,
                    route,
                });
            }
            continue;
        };
        // (A URI written without its leading slash, `## Send order receipts
        // [v1/attendees/send-receipt]`: a path of two segments or more, rooted.)
        let inner = if !inner.starts_with('/')
            && inner.contains('/')
            && !inner.contains(char::is_whitespace)
            && !inner.contains("://")
            && inner.starts_with(|c: char| c.is_ascii_alphanumeric())
            && method_word(inner.split('/').next().unwrap_or_default()).is_none()
        {
            format!("/{inner}")
        } else {
            inner
        };
        if inner.starts_with('/') {
            // (`{?fields,limit}`, the URI template's query part, kept: the route's query
            // parameters.)
            resource = Some(inner.clone());
            scope = Some((inner.clone(), level));
            continue;
        }
        let mut words = inner.split_whitespace();
        let first = words.next().unwrap_or_default();
        let Some(method) = method_word(first).filter(|m| first == *m) else {
            continue;
        };
        let path = match words.next() {
            Some(p) if p.starts_with('/') => p.to_string(),
            Some(_) => continue,
            None => match &resource {
                Some(r) => r.clone(),
                None => match section_path_paragraph(doc, i + 1) {
                    Some(p) => p,
                    None => continue,
                },
            },
        };
        if out.iter().any(|h| h.block == i) {
            continue;
        }
        if let Some(route) = target_route(method, &path) {
            out.push(Hit {
                block: i,
                line: b.span.line,
                route,
            });
        }
    }
}

/// The target a section gives alone in a paragraph, from block `from` up to the next
/// heading (`/v1/items/{id}?key={key}`, `https://host/v1/items`): one word, a path or a URL;
/// a path without its leading slash (`v1/items/{id}.{format}`) is rooted. A path with an
/// elided part (`/v1/polling/.../`) is none, and so is an example call, a query string
/// giving values (`/v1/items/?state=200`), not placeholders.
fn section_path_paragraph(doc: &Document, from: usize) -> Option<String> {
    doc.blocks
        .get(from..)?
        .iter()
        .take_while(|b| !b.is_heading())
        .filter(|b| b.kind == Kind::Paragraph)
        .map(|b| b.text.trim())
        .find_map(|t| {
            if t.contains(char::is_whitespace)
                || t.len() < 2
                || t.contains("...")
                || t.contains('…')
            {
                return None;
            }
            let placeholder = |v: &str| {
                (v.starts_with('{') && v.ends_with('}')) || (v.starts_with('<') && v.ends_with('>'))
            };
            if let Some((_, query)) = t.split_once('?')
                && !query
                    .split(['&', '?'])
                    .filter(|p| !p.is_empty())
                    .all(|p| placeholder(p.split_once('=').map_or(p, |(_, v)| v)))
            {
                return None;
            }
            if t.starts_with('/') || t.starts_with("http://") || t.starts_with("https://") {
                return Some(t.to_string());
            }
            (t.starts_with(|c: char| c.is_ascii_alphabetic())
                && t.split('?')
                    .next()
                    .is_some_and(|p| p.contains('/') && !p.contains(':')))
            .then(|| format!("/{t}"))
        })
}

/// A table of paths with no method column, right under a sentence saying the calls it
/// lists use one method (`下列接口基于HTTP协议GET方法访问。` "the following interfaces are
/// accessed by the HTTP GET method", `All of the following endpoints take POST:`), or on a
/// page that says all its requests use one method (`reload接口…仅支持GET请求` "the reload
/// interface only supports GET requests"): a route per row, that method on the row's path
/// (each path alone in its cell, several joined by `<br>` too).
fn method_sentence_tables(doc: &Document, out: &mut Vec<Hit>) {
    // (The page's one method, where no route the page gives has another.)
    let page = page_method(doc).filter(|m| out.iter().all(|h| h.route.method == *m));
    for (i, b) in doc.blocks.iter().enumerate() {
        let Some(t) = b.table() else { continue };
        if i == 0 || out.iter().any(|h| h.block == i) {
            continue;
        }
        let before = &doc.blocks[i - 1];
        let lower = before.text.to_lowercase();
        let all = [
            "following",
            "these",
            "all ",
            "every",
            "下列",
            "以下",
            "如下",
            "所有",
            "均",
            "都",
        ]
        .iter()
        .any(|w| lower.contains(w));
        let Some(m) = (match capital_methods(&before.text).as_slice() {
            [one] if all => Some(*one),
            _ => None,
        })
        .or(page) else {
            continue;
        };
        out.extend(
            method_path_routes(t, b.span.line, m)
                .into_iter()
                .map(|(line, route)| Hit {
                    block: i,
                    line,
                    route,
                }),
        );
    }
}

/// The one method a page says all its requests use (`All requests to the API are via
/// POST.`, `Every endpoint is called with GET`), in a sentence before its first heading that
/// holds a path; the sentence may stand in a plain code block of general notes (`一、统一使用
/// POST请求` "1. use POST for every request").
fn page_method(doc: &Document) -> Option<&'static str> {
    stated_method(doc).or(doc.folder_method)
}

/// The one method the page itself says all its requests use (see [`page_method`]); a
/// folder's pages pass it to each other ([`crate::extract::folder`]).
pub(crate) fn stated_method(doc: &Document) -> Option<&'static str> {
    let first_path = doc
        .blocks
        .iter()
        .position(|b| path_heading(b).is_some())
        .unwrap_or(doc.blocks.len());
    doc.blocks[..first_path]
        .iter()
        .filter(|b| {
            matches!(
                b.kind,
                Kind::Paragraph | Kind::Item { .. } | Kind::Code { lang: None }
            )
        })
        .flat_map(|b| b.text.split(". ").flat_map(str::lines))
        .find_map(|sentence| {
            let lower = sentence.to_ascii_lowercase();
            let all = [
                "all requests",
                "all endpoints",
                "all calls",
                "every request",
                "every endpoint",
                "all api",
                "all methods",
                "all interfaces",
                // (`Both are POST methods`, said of the calls with and without parameters.)
                "both are",
                "all are",
                // (`仅支持GET请求`, "only supports GET requests"; `所有接口`, "all
                // interfaces".)
                "仅支持",
                "只支持",
                "所有接口",
                "所有请求",
                // (`统一使用POST请求`, "use POST for every request, uniformly";
                // `调用API时，…通过`POST`方法发送`, "when calling the API, send … by POST".)
                "统一使用",
                "调用api时",
                "调用接口时",
            ]
            .iter()
            .any(|w| lower.contains(w));
            match capital_methods(sentence).as_slice() {
                [one] if all => Some(*one),
                // (Or a clause saying the examples use one method, `文档示例接口直接使用了
                // GET 请求,本项目同时支持 GET/POST`, "the examples use GET requests, the
                // project takes GET and POST alike": the method the calls are shown with.)
                _ => sentence.split([',', '，', ';', '；']).find_map(|clause| {
                    let lower = clause.to_ascii_lowercase();
                    // (A statement about the examples, not one, `示例: `GET /dns/query?…``.)
                    let examples = (lower.contains("示例") && lower.contains("使用"))
                        || ["examples use", "examples below use", "examples are sent"]
                            .iter()
                            .any(|w| lower.contains(w));
                    match capital_methods(clause).as_slice() {
                        [one] if examples => Some(*one),
                        _ => None,
                    }
                }),
            }
        })
}

/// Operations at a path heading ([`path_heading_routes`]), several at one heading (one per
/// method) or at headings stacked with nothing between them: each reads the whole section
/// under the last heading of the stack, up to the next heading of the same or a higher
/// level that is not a label (`## Body`).
pub(super) fn path_heading_extents(doc: &Document, ops: &mut [OpAt]) {
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
pub(super) fn stacked_placeholders(
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
///
/// On a page that names no method anywhere and gives no route, a URL alone in a code block (`https://host/
/// reverse?lat=<value>&lon=<value>`, `https://host/status`) is such a link too, the
/// endpoint's template: it defines the operation, alone or before the sample links.
fn link_calls(doc: &Document, out: &mut Vec<Hit>) {
    let mut links: Vec<Hit> = Vec::new();
    // The URL templates in code (a page naming no method), by block.
    let mut templates: BTreeSet<usize> = BTreeSet::new();
    let no_method = out.is_empty() && names_no_method(doc);
    // (Or a page whose one method is every call's, a rule it states: `一、统一使用POST请求`
    // "1. use POST for every request", over calls each a URL alone on the first line of the
    // code block right under its heading, its parameters noted under it.)
    let rule = if out.is_empty() {
        every_call_method(doc)
    } else {
        None
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        // (Each call a section of its own: the code right under its heading, not an example
        // a sentence leads into.)
        if let Some(m) = rule
            && b.is_code()
            && i > 0
            && doc.blocks[i - 1].is_heading()
            && let Some(first) = b.text.trim().lines().next()
            && !first.trim().contains(char::is_whitespace)
            && (first.starts_with("http://") || first.starts_with("https://"))
            && let Some(mut route) = target_route(m, first.trim())
        {
            route.note = Some(format!("the page says every call is a `{m}`"));
            out.push(Hit {
                block: i,
                line: b.span.line,
                route,
            });
            continue;
        }
        let t = b.text.trim();
        let code = no_method && b.is_code();
        if !(b.kind == Kind::Paragraph || code)
            || t.contains(char::is_whitespace)
            || !(t.starts_with("http://") || t.starts_with("https://"))
        {
            continue;
        }
        if let Some(r) = target_route("GET", t).filter(|r| code || (r.query && !r.pairs.is_empty()))
        {
            if code {
                templates.insert(i);
            }
            links.push(Hit {
                block: i,
                line: b.span.line,
                route: r,
            });
        }
    }
    let mut paths: Vec<String> = links.iter().map(|h| h.route.path.clone()).collect();
    paths.sort();
    paths.dedup();
    for path in paths {
        let mut same: Vec<&Hit> = links.iter().filter(|h| h.route.path == path).collect();
        // (The template first: it defines the operation.)
        same.sort_by_key(|h| (!templates.contains(&h.block), h.block));
        let templated = templates.contains(&same[0].block);
        if (same.len() < 2 && !templated)
            || out.iter().any(|h| shape(&h.route.path) == shape(&path))
        {
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

/// A heading that names a request as a title, its method then words that are no path
/// (`##### GET Block/NoTxDetails`, `##### GET MemPool/Contents`), over a section that gives
/// a route of the same method (`GET /block/notxdetails/<hash>.<format>`): a title, not a
/// route.
fn titled_requests(doc: &Document, out: &mut Vec<Hit>) {
    let titled: Vec<usize> = out
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            let b = &doc.blocks[h.block];
            let plain = clean_heading(&b.text);
            let mut words = plain
                .split_whitespace()
                .skip_while(|w| method_word(w).is_none());
            let target = words.nth(1).unwrap_or("");
            // (Words in capitals, as a title has them, no placeholder: `api/v1/x`,
            // `channels/{id}` are relative routes.)
            b.is_heading()
                && !target.starts_with('/')
                && !target.contains("://")
                && !target.contains(['{', '<', ':', '.'])
                && target
                    .split('/')
                    .all(|seg| seg.starts_with(|c: char| c.is_ascii_uppercase()))
        })
        .map(|(k, _)| k)
        .collect();
    let mut drop = Vec::new();
    for k in titled {
        let h = &out[k];
        let level = doc.blocks[h.block].level().unwrap_or(0);
        let end = ranked_end(doc, h.block + 1, level);
        if out
            .iter()
            .any(|o| o.block > h.block && o.block < end && o.route.method == h.route.method)
        {
            drop.push(k);
        }
    }
    for k in drop.into_iter().rev() {
        out.remove(k);
    }
}

/// The method a page says every call uses ([`page_method`]), where it names no other
/// method in capitals anywhere and makes no `curl` call: the calls it lists as URLs alone
/// take it.
fn every_call_method(doc: &Document) -> Option<&'static str> {
    page_method(doc).filter(|m| {
        doc.blocks.iter().all(|b| {
            !b.text.contains("curl ")
                && super::routes::capital_methods(&b.text)
                    .iter()
                    .all(|n| n == m)
        })
    })
}

/// Whether a page names no HTTP method anywhere: no method word in capitals in any block
/// (`GET`, `POST`), no `curl` call choosing one (`-X`, `--request`, `-d`).
pub(super) fn names_no_method(doc: &Document) -> bool {
    doc.blocks
        .iter()
        .all(|b| super::routes::capital_methods(&b.text).is_empty() && !b.text.contains("curl "))
}

/// A URL template the page gives alone on a line, its host in placeholders and its last
/// segment a placeholder for the endpoint (`{protocol}://{domain}/api/{endpoint}`, `https://
/// {host}/v2/{path}`): the literal segments between them (`/api`) are a base path the page's
/// relative routes leave out (`| /pages | GET |` is `GET /api/pages`). Routes with a server,
/// or already starting with the base path, are left as they are.
fn endpoint_template_base(doc: &Document, out: &mut [Hit]) {
    let base = doc.blocks.iter().find_map(|b| {
        if !matches!(b.kind, Kind::Code { .. } | Kind::Paragraph) {
            return None;
        }
        let line = b.text.trim();
        if line.contains(char::is_whitespace) {
            return None;
        }
        let (_, rest) = line.split_once("://")?;
        let (host, path) = rest.split_once('/')?;
        let placeholder = |s: &str| s.len() > 2 && s.starts_with('{') && s.ends_with('}');
        if !host.contains('{') {
            return None;
        }
        let segs: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        let (last, literal) = segs.split_last()?;
        let endpoint_word = |s: &str| {
            matches!(
                s.trim_matches(['{', '}']).to_ascii_lowercase().as_str(),
                "endpoint" | "path" | "resource" | "route"
            )
        };
        (placeholder(last)
            && endpoint_word(last)
            && !literal.is_empty()
            && literal
                .iter()
                .all(|s| !s.is_empty() && !s.contains(['{', '}', '<', ':'])))
        .then(|| format!("/{}", literal.join("/")))
    });
    let Some(base) = base else { return };
    for h in out.iter_mut() {
        let p = &h.route.path;
        if h.route.server.is_none()
            && p.starts_with('/')
            && p != &base
            && !p.starts_with(&format!("{base}/"))
        {
            h.route.path = match p.as_str() {
                "/" => base.clone(),
                _ => format!("{base}{p}"),
            };
        }
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
    // (A call whose whole path is an instance of a template, `/channels/rest-example/
    // messages` of `/channels/{channelId}/messages`, says nothing of a base path.)
    let segments = |p: &str| p.trim_end_matches('/').split('/').count();
    for h in hits.iter().filter(|h| {
        h.route.server.is_some()
            && !templates
                .iter()
                .any(|t| segments(t) == segments(&h.route.path) && instance_of(&h.route.path, t))
    }) {
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

/// The labels of a URL line beside a `Method:` line (`Endpoint: /room`, `Syntax: /shares`,
/// `- API PATH: `/services/command/v1/command/``, `Request URL:`).
const URL_LABELS: &[&str] = &[
    "endpoint",
    "url",
    "path",
    "route",
    "uri",
    "resource",
    "syntax",
    "api path",
    "api url",
    "api endpoint",
    "request path",
    "request url",
];

/// Routes given as a method and a URL in sibling items or lines (`Method: GET` then
/// `Endpoint: /room`), within one run of items or one paragraph, or in consecutive
/// definitions (`verb` over `: GET`, then `endPoint` over `: /x`).
fn split_routes(doc: &Document) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut further: Vec<Hit> = Vec::new();
    let mut i = 0;
    while i < doc.blocks.len() {
        let b = &doc.blocks[i];
        let labelled = |l: &str, names: &[&str]| {
            let t = l
                .trim()
                .trim_start_matches(['*', '-', '•'])
                .replace(['`', '*'], "");
            if let Some((k, v)) = t.split_once(':')
                && names.contains(&k.trim().to_ascii_lowercase().as_str())
            {
                return Some(v.trim().to_string());
            }
            // (Without the colon, a bold label before a path in code: `* **URI**
            // `/api/v1/org/${orgName}/project``.)
            let (k, v) = t.trim().split_once(char::is_whitespace)?;
            let v = v.trim();
            (names.contains(&k.to_ascii_lowercase().as_str())
                && (v.starts_with('/') || v.starts_with("http://") || v.starts_with("https://")))
            .then(|| v.to_string())
        };
        // `Method: GET`, also without the colon (`Method `POST``).
        let method_item = |l: &str| {
            labelled(l, &["method", "http method", "verb"]).or_else(|| {
                let t = l
                    .trim()
                    .trim_start_matches(['*', '-', '•'])
                    .replace(['`', '*'], "");
                let (k, v) = t.trim().split_once(' ')?;
                (k.eq_ignore_ascii_case("method")
                    && method_word(v.trim().trim_matches('_')).is_some())
                .then(|| v.trim().to_string())
            })
        };
        // A Markdown definition (`verb` over `: GET`), read as the line `verb: GET`.
        let definition = |x: &Block| -> Option<String> {
            let (term, value) = x.text.split_once('\n')?;
            let value = value.trim().strip_prefix(':')?;
            (x.kind == Kind::Paragraph
                && !value.contains('\n')
                && !term.contains(':')
                && !term.trim().contains(char::is_whitespace))
            .then(|| format!("{}: {}", term.trim(), value.trim()))
        };
        let definitions: Vec<(usize, u32, String)> = (i..doc.blocks.len())
            .map_while(|k| Some((k, doc.blocks[k].span.line, definition(&doc.blocks[k])?)))
            .collect();
        // A run: consecutive items, or the lines of one paragraph, or consecutive
        // definitions.
        let mut run: Vec<(usize, u32, &str)> = Vec::new();
        let mut j = i;
        // (An item that names both on lines of its own, `- Press a button` / `Method: POST` /
        // `Path: /buttons/<id>/press`, in a list of such items: a run of its own, each item
        // a route.)
        // (The item's source lines: its text joins them.)
        let whole = |x: &Block| {
            let lines: Vec<&str> = (x.span.line..=x.span.end_line)
                .map(|n| doc.line(n))
                .collect();
            lines.len() > 1
                && lines.iter().any(|l| method_item(l).is_some())
                && lines.iter().any(|l| labelled(l, URL_LABELS).is_some())
        };
        if definitions.len() > 1 {
            run.extend(definitions.iter().map(|(k, n, l)| (*k, *n, l.as_str())));
            j = i + definitions.len();
        } else if b.depth().is_some() && whole(b) {
            for n in b.span.line..=b.span.end_line {
                run.push((i, n, doc.line(n)));
            }
            j = i + 1;
        } else if b.depth().is_some() {
            while let Some(item) = doc
                .blocks
                .get(j)
                .filter(|x| x.depth().is_some() && (j == i || !whole(x)))
            {
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
        let method = run
            .iter()
            .find_map(|(bi, line, l)| Some((*bi, *line, method_item(l)?)));
        // The URL in the run, else the path a heading over it names (`## /api/v1/emoji`,
        // then `### Lists the emoji`, then `* Method: GET`).
        let url = run
            .iter()
            .enumerate()
            .find_map(|(k, (_, _, l))| {
                // (`Syntax: /shares`, as ownCloud's and Nextcloud's OCS pages write it.)
                let mut v = labelled(l, URL_LABELS)?;
                // (Alternatives wrapping onto the item's next lines: `* URI: `/x/${id}` or`
                // then `  `/x//${id}``.)
                for (_, _, next) in run.iter().skip(k + 1) {
                    if !v.trim_end().ends_with(" or") {
                        break;
                    }
                    v = format!("{} {}", v.trim_end(), next.trim());
                }
                Some(v)
            })
            .or_else(|| method.as_ref().and_then(|_| path_heading_over(doc, i)))
            // (`**Method:** GET.` over the path alone in a paragraph of the same section,
            // `v1/items/{id}.{format}`.)
            .or_else(|| {
                method.as_ref().filter(|_| b.kind == Kind::Paragraph)?;
                section_path_paragraph(doc, j)
            });
        if let (Some((bi, line, m)), Some(u)) = (method, url)
            // (In emphasis, `* **Method:** _POST_`.)
            // (A full stop after it, `**Method:** GET.`.)
            // (Several joined, `**Method:** POST, GET, PUT`, `**Method:** POST/DELETE`: a
            // route each.)
            && let methods = match joined_methods(m.trim().trim_matches(['_', '.'])) {
                joined if !joined.is_empty() => joined,
                _ => method_word(
                    m.split_whitespace()
                        .next()
                        .unwrap_or("")
                        .trim_matches(['_', '.']),
                )
                .into_iter()
                .collect(),
            }
            && !methods.is_empty()
        {
            // (Each of the URLs a label gives as alternatives, `/telemetry/${tenantId}/
            // ${deviceId}` or `/telemetry//${deviceId}`, is a route.)
            // (A further alternative the page documents on its own elsewhere, `Endpoint:
            // /v1/iso8601 or /v1/dependency` in a section on both, is that route's.)
            // (A segment of alternatives, `/db/{db}/cpp_plugin|python_plugin`, is a route
            // per word: see `alternation_variants`.)
            let u = u.replace('`', "");
            let mut urls: Vec<String> = Vec::new();
            // (Or joined by a semicolon or a comma, each a path: `/v1/edge/goalie-landing/
            // {season}/{game-type}; /v1/edge/goalie-landing/now`.)
            let path_like = |p: &str| {
                let p = p.trim();
                p.starts_with('/') || p.starts_with("http://") || p.starts_with("https://")
            };
            let joined = ["; ", ", "].iter().find_map(|sep| {
                let parts: Vec<&str> = u.trim().split(sep).collect();
                (parts.len() > 1
                    && parts
                        .iter()
                        .all(|p| path_like(p) && !p.trim().contains(' ')))
                .then(|| parts.join(" or "))
            });
            let u = joined.unwrap_or(u);
            for alternative in u.split(" or ") {
                let target = bracketed_word(alternative);
                match alternation_variants(target) {
                    Some(vs) => urls.extend(vs),
                    None => urls.push(alternative.to_string()),
                }
            }
            for (n, alternative) in urls.iter().enumerate() {
                let target = bracketed_word(alternative);
                // (A path the label gives without its leading slash, `API PATH:
                // `services/identity/v1/identities``: the label says it is one; a host
                // written without its scheme, `api.example.com/v1/x`, is no path.)
                let rooted;
                let target = if target.contains('/')
                    && !target.contains(':')
                    && target.starts_with(|c: char| c.is_ascii_alphabetic())
                    && schemeless_host(target).is_none()
                {
                    rooted = format!("/{target}");
                    rooted.as_str()
                } else {
                    target
                };
                for r in methods.iter().filter_map(|m| target_route(m, target)) {
                    let hit = Hit {
                        block: bi,
                        line,
                        route: r,
                    };
                    if n == 0 {
                        out.push(hit);
                    } else {
                        further.push(hit);
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
    further.retain(|f| {
        !out.iter()
            .any(|h| h.route.method == f.route.method && h.route.path == f.route.path)
    });
    out.extend(further);
    out.sort_by_key(|h| (h.block, h.line));
    out
}

/// The first word of `s`, whose brackets keep the spaces they hold: a placeholder of words
/// in an optional query string (`/x/_scroll/<id>[?scroll=<time to live>]` is one target).
/// A bracket `s` never closes keeps no space.
fn bracketed_word(s: &str) -> &str {
    let s = s.trim_start();
    let mut open: Vec<char> = Vec::new();
    for (at, c) in s.char_indices() {
        match c {
            '<' | '[' => open.push(c),
            '>' if open.last() == Some(&'<') => {
                open.pop();
            }
            ']' if open.last() == Some(&'[') => {
                open.pop();
            }
            c if c.is_whitespace() => {
                let closes = |o: &char| s[at..].contains(if *o == '<' { '>' } else { ']' });
                if open.is_empty() || !open.iter().all(closes) {
                    return &s[..at];
                }
            }
            _ => {}
        }
    }
    s
}

/// A list of labelled fields that gives paths and methods as lists (`- **Paths**: `/a`,
/// `/b`` or the paths as sub-items under `- **Paths**:`; `- **Methods**: `GET`, `POST``):
/// every method applies to every path, a route each, at the path. An `Endpoints` list of
/// relative paths under a `Base Path` field is joined to it (`- **Base Path**: `/api/v1``
/// / `- **Endpoints**:` / `  - `/query``). Methods assigned in words (`- **Methods**:` /
/// `  - `POST` for write endpoints.` / `  - `GET` for ping and health endpoints.`) go to the
/// paths with a segment those words name (`/write`; `/ping`, `/health`); one method whose
/// words name none takes the paths no other names; a path two methods name, or none, is
/// left out. Only in a list no other route shape read.
fn route_field_lists(doc: &Document, out: &mut Vec<Hit>) {
    const PATHS: [&str; 8] = [
        "path",
        "paths",
        "endpoint",
        "endpoints",
        "url",
        "urls",
        "route",
        "routes",
    ];
    let bare = |l: &str| l.trim().replace(['`', '*'], "");
    let label_of = |l: &str| -> Option<(String, String)> {
        let t = bare(l);
        let (k, v) = t.split_once(':')?;
        Some((k.trim().to_ascii_lowercase(), v.trim().to_string()))
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.blocks.len() {
        let Some(top) = doc.blocks[i].depth() else {
            i += 1;
            continue;
        };
        let mut j = i;
        while doc.blocks.get(j).and_then(Block::depth).is_some() {
            j += 1;
        }
        let start = i;
        i = j;
        if out.iter().any(|h| (start..j).contains(&h.block)) {
            continue;
        }
        // The fields: (label, value, the sub-items under it).
        let mut fields: Vec<(String, String, usize, Vec<usize>)> = Vec::new();
        for k in start..j {
            let b = &doc.blocks[k];
            match b.depth() {
                Some(d) if d == top => {
                    let line = b.text.lines().next().unwrap_or("");
                    if let Some((label, value)) = label_of(line) {
                        fields.push((label, value, k, Vec::new()));
                    } else {
                        fields.push((String::new(), String::new(), k, Vec::new()));
                    }
                }
                _ => {
                    if let Some(f) = fields.last_mut() {
                        f.3.push(k);
                    }
                }
            }
        }
        let field = |names: &[&str]| fields.iter().find(|f| names.contains(&f.0.as_str()));
        let Some(methods) = field(&["methods", "method", "http methods", "http method"]) else {
            continue;
        };
        // The paths with the block and line each is at.
        let listed = |f: &(String, String, usize, Vec<usize>)| -> Vec<(usize, u32, String)> {
            let mut v = Vec::new();
            if f.1.is_empty() {
                for &k in &f.3 {
                    let p = bare(&doc.blocks[k].text);
                    if p.starts_with('/') && !p.contains(char::is_whitespace) {
                        v.push((k, doc.blocks[k].span.line, p));
                    }
                }
            } else {
                for p in f.1.split(',').map(str::trim) {
                    if p.starts_with('/') && !p.contains(char::is_whitespace) {
                        v.push((f.2, doc.blocks[f.2].span.line, p.to_string()));
                    }
                }
            }
            v
        };
        let base = field(&["base path", "base url"])
            .map(|f| f.1.clone())
            .filter(|b| b.starts_with('/') && !b.contains(char::is_whitespace));
        let mut paths = Vec::new();
        for f in fields.iter().filter(|f| PATHS.contains(&f.0.as_str())) {
            for (k, line, p) in listed(f) {
                let p = match &base {
                    Some(b) if f.0.starts_with("endpoint") => {
                        format!("{}/{}", b.trim_end_matches('/'), p.trim_start_matches('/'))
                    }
                    _ => p,
                };
                paths.push((k, line, p));
            }
        }
        if paths.is_empty() {
            continue;
        }
        // The methods: all of them on every path, or each on the paths its words name.
        let pieces: Vec<String> = if methods.1.is_empty() {
            methods
                .3
                .iter()
                .map(|&k| bare(&doc.blocks[k].text))
                .collect()
        } else {
            methods.1.split(',').map(|p| p.trim().to_string()).collect()
        };
        let every: Vec<&'static str> = pieces
            .iter()
            .filter_map(|p| method_word(p).filter(|m| m == p))
            .collect();
        let mut assigned: Vec<(&'static str, Vec<usize>)> = Vec::new();
        if !every.is_empty() && every.len() == pieces.len() {
            for m in every {
                assigned.push((m, (0..paths.len()).collect()));
            }
        } else {
            let mut named: Vec<(&'static str, Vec<usize>)> = Vec::new();
            for p in &pieces {
                let Some((m, words)) = p.split_once(" for ") else {
                    named.clear();
                    break;
                };
                let Some(m) = method_word(m.trim()).filter(|w| *w == m.trim()) else {
                    named.clear();
                    break;
                };
                let words: Vec<String> = words
                    .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .filter(|w| w.len() > 2)
                    .map(str::to_ascii_lowercase)
                    .collect();
                let hit: Vec<usize> = (0..paths.len())
                    .filter(|&n| {
                        paths[n].2.split('/').any(|s| {
                            let s = s.to_ascii_lowercase();
                            !s.is_empty()
                                && words.iter().any(|w| {
                                    *w == s
                                        || w.strip_suffix('s') == Some(&s)
                                        || s.strip_suffix('s') == Some(w)
                                })
                        })
                    })
                    .collect();
                named.push((m, hit));
            }
            if named.iter().filter(|(_, h)| h.is_empty()).count() > 1 {
                continue;
            }
            let claims = |n: usize| named.iter().filter(|(_, h)| h.contains(&n)).count();
            let unnamed: Vec<usize> = (0..paths.len()).filter(|&n| claims(n) == 0).collect();
            for (m, h) in named.iter() {
                let on = if h.is_empty() {
                    unnamed.clone()
                } else {
                    h.iter().copied().filter(|&n| claims(n) == 1).collect()
                };
                assigned.push((m, on));
            }
        }
        for (m, on) in assigned {
            for n in on {
                let (k, line, p) = &paths[n];
                if let Some(route) = target_route(m, p) {
                    found.push(Hit {
                        block: *k,
                        line: *line,
                        route,
                    });
                }
            }
        }
    }
    out.extend(found);
}

/// A route written with a bracketed placeholder for the server (`GET [API_Server]/{org}/items`)
/// on a page that defines the placeholder as a URL in a notation list (`* **[API_Server]** is
/// the API server: **https://api.example.com/v2/store/**`): the placeholder stands for that
/// URL, so the route's path opens with the URL's path (`GET /v2/store/{org}/items`). Without
/// the definition the placeholder's part of the path is unknown, and the line gives none.
fn defined_server_placeholder_routes(doc: &Document, out: &mut Vec<Hit>) {
    let mut defined: Vec<(String, String)> = Vec::new();
    for b in &doc.blocks {
        if !matches!(b.kind, Kind::Item { .. } | Kind::Paragraph) {
            continue;
        }
        let t = b.text.replace(['*', '`'], "");
        let t = t.trim();
        let Some(rest) = t.strip_prefix('[') else {
            continue;
        };
        let Some((name, after)) = rest.split_once(']') else {
            continue;
        };
        if name.is_empty()
            || after.starts_with(['(', '['])
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
        {
            continue;
        }
        let Some(url) = after
            .split_whitespace()
            .find(|w| w.starts_with("https://") || w.starts_with("http://"))
        else {
            continue;
        };
        let url = url.trim_end_matches(['.', ',', ';', ')']);
        let Some(base) = target_route("GET", url).map(|r| r.path) else {
            continue;
        };
        defined.push((format!("[{name}]"), base.trim_end_matches('/').to_string()));
    }
    if defined.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let first = match b.kind {
            Kind::Code { .. } => code_first_line(b),
            Kind::Paragraph => b.span.line,
            _ => continue,
        };
        for (k, l) in (0u32..).zip(b.text.split('\n')) {
            let Some((m, target)) = l.trim().split_once(char::is_whitespace) else {
                continue;
            };
            let Some(m) = method_word(m).filter(|w| *w == m) else {
                continue;
            };
            let target = target.trim();
            for (name, base) in &defined {
                let Some(rest) = target.strip_prefix(name.as_str()) else {
                    continue;
                };
                if !rest.starts_with('/') || rest.contains(char::is_whitespace) {
                    continue;
                }
                if let Some(route) = target_route(m, &format!("{base}{rest}"))
                    && !out
                        .iter()
                        .chain(&found)
                        .any(|h| h.route.method == route.method && h.route.path == route.path)
                {
                    found.push(Hit {
                        block: i,
                        line: first + k,
                        route,
                    });
                }
            }
        }
    }
    out.extend(found);
}

/// Routes given as the fields of object literals in the page's markup, outside code (an MDX
/// element's data, `<Endpoints data={[ { method: "GET", path: "/boxes/{id}", … }, … ]} />`):
/// a line `method: "GET",` (quoted, in capitals) and a line `path: "/boxes/{id}",` of the
/// same object (no line opening or closing a nested object between them) give a route, at
/// the method's line. Objects in code blocks are configuration or calls, not the page's
/// routes.
fn object_literal_routes(doc: &Document, out: &mut Vec<Hit>) {
    let field = literal_field;
    let boundary = |l: &str| {
        let t = l.trim();
        t.ends_with('{') || t.starts_with('}')
    };
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.is_code() || b.table().is_some() {
            continue;
        }
        let lines: Vec<u32> = (b.span.line..=b.span.end_line)
            .filter(|n| seen.insert(*n))
            .collect();
        for (k, &n) in lines.iter().enumerate() {
            let Some(m) = literal_method(doc.line(n)) else {
                continue;
            };
            if out.iter().any(|h| h.line == n) {
                continue;
            }
            let path_at = |r: &mut dyn Iterator<Item = &u32>| {
                r.take_while(|&&x| {
                    !boundary(doc.line(x)) && field(doc.line(x), &["method"]).is_none()
                })
                .find_map(|&x| field(doc.line(x), &["path", "url", "endpoint", "route"]))
            };
            let path = path_at(&mut lines[k + 1..].iter())
                .or_else(|| path_at(&mut lines[..k].iter().rev()));
            if let Some(route) = path
                .filter(|p| p.starts_with('/'))
                .and_then(|p| target_route(m, &p))
            {
                found.push(Hit {
                    block: i,
                    line: n,
                    route,
                });
            }
        }
    }
    out.extend(found);
}

/// The quoted value of an object literal's `key: "value",` line whose key is one of `keys`.
fn literal_field(l: &str, keys: &[&str]) -> Option<String> {
    let (k, v) = l.trim().split_once(':')?;
    if !keys.contains(&k.trim()) {
        return None;
    }
    let v = v.trim().trim_end_matches(',').trim_end();
    let q = v.chars().next().filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let inner = v.strip_prefix(q)?.strip_suffix(q)?;
    (!inner.contains(q)).then(|| inner.to_string())
}

/// The method an object literal's `method: "GET",` line gives, in capitals (see
/// [`object_literal_routes`]).
pub(super) fn literal_method(l: &str) -> Option<&'static str> {
    let v = literal_field(l, &["method"])?;
    METHODS.into_iter().find(|m| *m == v)
}
