//! Page-level facts: the title, version, introduction, tags, servers, credentials and
//! the path prefix routes share; the warnings about the page as a whole (a route twice,
//! numbering gaps, cut routes, a page cut off).

use chatgen_codegen::spec::{Auth, AuthScheme, Operation, Protocol};

use super::labels::clean_heading;
use super::locate::OpAt;
use super::responses::cut_route;
use super::routes::shape;
use super::routes::{RouteText, route_line};
use super::rpc::section_numbers;
use super::rpc::{index_line, strip_section_number};
use super::{Profile, TagOf};
use crate::extract::kit::Kit;
use crate::read::blocks::{Block, Document, Kind};

/// `Messenger API (b63bb6c)` → (`Messenger API`, `b63bb6c`): a title that ends with a
/// version in brackets (one word).
pub(super) fn title_version(title: &str) -> Option<(String, String)> {
    let (t, v) = title.trim().strip_suffix(')')?.rsplit_once(" (")?;
    (!v.contains(' ') && !v.is_empty()).then(|| (t.trim().to_string(), v.to_string()))
}

/// Files each operation under the tag `tag_of` finds before its title, or under the last
/// one found before it; the block of the first tag.
pub(super) fn file_tags(
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

/// The leading path segments every route shares (`/api/v3` for `/api/v3/ping` and
/// `/api/v3/teams/{uid}`), placeholders excepted, leaving each route a segment of its own;
/// empty when they share none.
pub(super) fn common_prefix<'r>(routes: impl Iterator<Item = &'r RouteText>) -> String {
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
pub(super) fn page_intro(doc: &Document, title: Option<usize>, first_op: usize) -> Option<String> {
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

/// The `title:` of the page's YAML front matter (`---` lines at its top), unquoted.
pub(super) fn front_matter_title(doc: &Document) -> Option<String> {
    front_matter_value(doc, "title").map(|(_, v)| v)
}

/// The value of a top-level `key:` of the page's YAML front matter (`---` lines at its
/// top), unquoted, with its line (1-based).
pub(super) fn front_matter_value(doc: &Document, key: &str) -> Option<(u32, String)> {
    if doc.source.lines.first().is_none_or(|l| l.trim() != "---") {
        return None;
    }
    doc.source
        .lines
        .iter()
        .enumerate()
        .skip(1)
        .take_while(|(_, l)| l.trim() != "---")
        .find_map(|(n, l)| {
            let v = l.strip_prefix(key)?.strip_prefix(':')?;
            Some((u32::try_from(n + 1).ok()?, unquoted(v.trim()).to_string()))
        })
}

/// The request fields a page's YAML front matter lists under `fields:` (or `parameters:`,
/// `params:`), each a mapping naming one (`- name: key` / `type_json: '<string>'` /
/// `purpose: Key to help limit down suggestions`, `required: true`): its name, its
/// description (`purpose`, `description`, `doc`), its type as written (`type`, `type_name`,
/// `type_json`) and whether it is required where a `required:` says so; with the front
/// matter's closing line (1-based). None listed for a page with no such front matter, or
/// one that does not parse.
pub(super) fn front_matter_fields(doc: &Document) -> (Vec<super::fields::RawParam>, u32) {
    let lines = &doc.source.lines;
    if lines.first().is_none_or(|l| l.trim() != "---") {
        return (Vec::new(), 0);
    }
    let Some(close) = lines.iter().skip(1).position(|l| l.trim() == "---") else {
        return (Vec::new(), 0);
    };
    let close_line = u32::try_from(close + 2).unwrap_or(u32::MAX);
    let text = lines[1..=close].join("\n");
    let Ok(serde_yaml::Value::Mapping(m)) = serde_yaml::from_str::<serde_yaml::Value>(&text) else {
        return (Vec::new(), 0);
    };
    let Some(serde_yaml::Value::Sequence(items)) = ["fields", "parameters", "params"]
        .iter()
        .find_map(|k| m.get(*k))
    else {
        return (Vec::new(), 0);
    };
    let text_of = |v: &serde_yaml::Mapping, keys: &[&str]| {
        keys.iter()
            .find_map(|k| v.get(*k).and_then(serde_yaml::Value::as_str))
            .map(str::to_string)
    };
    let fields = items
        .iter()
        .filter_map(|item| {
            let serde_yaml::Value::Mapping(f) = item else {
                return None;
            };
            let name = text_of(f, &["name"])?;
            let p = super::fields::name_part(&name)?;
            // (Its line: the first in the front matter naming it.)
            let line = lines[..=close]
                .iter()
                .position(|l| {
                    let t = l.trim_start().trim_start_matches("- ").trim();
                    t.strip_prefix("name:")
                        .is_some_and(|v| unquoted(v.trim()) == name)
                })
                .and_then(|n| u32::try_from(n + 1).ok())
                .unwrap_or(1);
            Some(super::fields::RawParam {
                name: p.name,
                ty: text_of(f, &["type", "type_name", "type_json"]),
                required: f.get("required").and_then(serde_yaml::Value::as_bool),
                doc: text_of(f, &["purpose", "description", "doc"]).unwrap_or_default(),
                line,
                ..super::fields::RawParam::default()
            })
        })
        .collect();
    (fields, close_line)
}

/// A YAML scalar without the quotes around it, when it is quoted whole (`"GET /x"`);
/// quotes inside it stay (`API-method "append"`).
fn unquoted(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// The page's title and its block: a front-matter `title:`, else the first heading before
/// the first operation (in a plain-text capture, whose headings carry no mark, the first
/// line), else the first heading, else the file name.
pub(super) fn page_title(doc: &Document, first_op: usize) -> (Option<usize>, String) {
    if let Some(title) = front_matter_title(doc) {
        let first = doc.headings().next().map(|(i, _)| i);
        return (first, title);
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

/// Two operations on one route (two sections documenting it): both kept, said.
pub(super) fn same_route_twice(kit: &mut Kit<'_>, located: &[OpAt]) {
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
            kit.warn(
                o.line,
                format!(
                    "`{} {}` is documented by `{}` (line {}) and again by `{}`: kept as two operations",
                    route.method, route.path, first.name, first.line, o.name
                ),
            );
        }
    }
}

/// The page's title (its block, if any, and its text) and the version the title ends
/// with when the profile reads one there; a page without a title before its first
/// operation (at block `first_op`, of `operations`) is titled after the API, and text
/// before the title is said to be skipped.
pub(super) fn title_of(
    kit: &mut Kit<'_>,
    doc: &Document,
    api: &str,
    profile: &Profile,
    operations: usize,
    first_op: usize,
) -> (Option<usize>, String, Option<String>) {
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
    if title_at.is_some_and(|t| t >= first_op) && operations > 1 {
        kit.warn(
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
        kit.warn(
            a,
            format!("page text before the title skipped (lines {a}-{b})"),
        );
    }
    (title_at, title, version_in_title)
}

/// Operations under numbered headings (`2.76.`, `2.78.`): a gap says the page lost one.
/// (A method headed again, read as more of the first, keeps its number in the sequence.)
pub(super) fn numbering_gaps(kit: &mut Kit<'_>, doc: &Document, located: &[OpAt]) {
    let mut headings: Vec<usize> = located
        .iter()
        .flat_map(|o| {
            o.heading.into_iter().chain(
                o.more
                    .iter()
                    .map(|&(s, _)| s)
                    .filter(|&s| doc.blocks.get(s).is_some_and(|b| b.is_heading())),
            )
        })
        .collect();
    headings.sort_unstable();
    headings.dedup();
    let numbered: Vec<(u32, Vec<u32>)> = headings
        .into_iter()
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
        kit.warn(
            *line,
            format!("method numbering has a gap: {} missing", missing.join(", ")),
        );
    }
}

/// Routes cut off inside a placeholder (`PATCH /api/webhooks/{id`): each said, none read.
pub(super) fn cut_routes(kit: &mut Kit<'_>, doc: &Document) {
    for b in &doc.blocks {
        for (n, l) in (b.span.line..).zip(b.text.split('\n')) {
            if cut_route(l) {
                kit.warn(
                    n,
                    format!(
                        "an operation is cut off inside its route `{}`; left out",
                        l.trim()
                    ),
                );
            }
        }
    }
}

/// Headings shaped as a route whose verb is no HTTP method (`### SET /api/monitor/set`,
/// `## SUBSCRIBE /events`): no operation is read from them, and the page is told so rather
/// than left silent (an override can give the route).
pub(super) fn unknown_verbs(kit: &mut Kit<'_>, doc: &Document) {
    for b in doc.blocks.iter().filter(|b| b.is_heading()) {
        let text = super::labels::clean_heading(&b.text);
        let words: Vec<&str> = text.split_whitespace().collect();
        let [verb, path] = words.as_slice() else {
            continue;
        };
        let (verb, path) = (verb.trim_matches('`'), path.trim_matches('`'));
        let verb_like = (3..=12).contains(&verb.len())
            && verb.chars().all(|c| c.is_ascii_uppercase() || c == '_');
        if verb_like
            && super::routes::method_word(verb).is_none()
            && path.starts_with('/')
            && path.len() > 1
        {
            kit.warn(
                b.span.line,
                format!(
                    "heading `{}` names `{verb}`, which is no HTTP method: no operation is read from it",
                    text.trim()
                ),
            );
        }
    }
}

/// The resource a page's introduction names as its own (`The resource _/documents_ provides
/// methods to read …`, `The main resource /eventlog defines …`, `The /users resource …`): a
/// path of one segment right before or after the word `resource` in its first sentence.
pub(super) fn intro_resource(intro: &str) -> Option<String> {
    let first = intro.split(". ").next()?.split('\n').next()?;
    let words: Vec<&str> = first.split_whitespace().collect();
    let path = |w: &str| {
        let p = w.trim_matches(|c: char| matches!(c, '_' | '*' | '`' | ',' | '.' | ':'));
        let seg = p.strip_prefix('/')?;
        (!seg.is_empty()
            && seg
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
        .then(|| p.to_string())
    };
    let at = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("resource"))?;
    // (Only the page's subject: the sentence opens on it, `The [main] resource /x` or `The
    // /x resource`.)
    if !words[..at].iter().all(|w| {
        matches!(w.to_ascii_lowercase().as_str(), "the" | "main" | "root") || path(w).is_some()
    }) {
        return None;
    }
    words
        .get(at + 1)
        .and_then(|w| path(w))
        .or_else(|| at.checked_sub(1).and_then(|k| path(words[k])))
}

/// Routes written relative to the resource the page's introduction names (`| /{uniqueid} |
/// GET |` on the page of `The resource _/documents_ …`): the resource's path before each
/// route that does not already name it, `/` alone being the resource itself. Routes that
/// name it (`/documents/…`, `/api/documents/…`) are left as they are.
pub(super) fn resource_relative_routes(intro: Option<&str>, operations: &mut [Operation]) {
    let Some(resource) = intro.and_then(intro_resource) else {
        return;
    };
    let name = &resource[1..];
    for op in operations {
        let Some(route) = op.route.as_mut() else {
            continue;
        };
        if route.path.split('/').any(|s| s == name) || !route.path.starts_with('/') {
            continue;
        }
        route.path = match route.path.as_str() {
            "/" => resource.clone(),
            p => format!("{resource}{p}"),
        };
    }
}

/// The base URL a page says its routes are relative to, in prose (`Implemented requests
/// (relative to https://example.org/egroupware/groupdav.php)`, `All URLs used in this
/// document are relative to EGroupware's REST API URL:` over the URL in code): an absolute
/// URL with a path, its trailing `/` left out.
pub(crate) fn stated_base(doc: &Document) -> Option<String> {
    let url_in = |t: &str| {
        t.split(|c: char| c.is_whitespace() || matches!(c, '`' | '(' | ')' | '<' | '>' | '"'))
            .map(|w| w.trim_end_matches(['.', ',', ';', ':']))
            .find(|w| w.starts_with("https://") || w.starts_with("http://"))
            .map(str::to_string)
    };
    let mut found: Vec<String> = Vec::new();
    for (k, b) in doc.blocks.iter().enumerate() {
        if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) {
            continue;
        }
        let text = b.text.to_ascii_lowercase();
        // (`relative to`, also with an aside between, `relative (!) to`.)
        let Some(at) = text
            .match_indices("relative")
            .map(|(at, _)| at)
            .find(|&at| {
                let rest = text[at + 8..].trim_start();
                let rest = match rest.strip_prefix('(') {
                    Some(aside) => aside.split_once(')').map_or("", |(_, r)| r).trim_start(),
                    None => rest,
                };
                rest.starts_with("to ")
            })
        else {
            continue;
        };
        // (What is relative: the page's URLs, requests, paths or routes.)
        let before = &text[..at];
        if !["url", "uri", "request", "path", "route", "endpoint"]
            .iter()
            .any(|w| before.contains(w))
        {
            continue;
        }
        // The URL after the words, or (a sentence ending in a colon) in the next block.
        let url = url_in(&b.text[at..]).or_else(|| {
            b.text
                .trim_end()
                .ends_with(':')
                .then(|| doc.blocks.get(k + 1).and_then(|n| url_in(&n.text)))
                .flatten()
        });
        let Some(url) = url else { continue };
        let url = url.trim_end_matches('/').to_string();
        if url_path(&url).is_some() && !found.contains(&url) {
            found.push(url);
        }
    }
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The routes written with the path of the base URL the page (or its folder) says they
/// are relative to, read relative to it: `/egroupware/groupdav.php/mail` under `relative to
/// https://example.org/egroupware/groupdav.php` is `/mail`; that URL is the API's base.
/// None is changed unless every route starts with the base's path.
pub(super) fn relative_to_stated_base(
    base: Option<&str>,
    base_url: &mut Option<String>,
    operations: &mut [Operation],
) {
    let Some(base) = base else { return };
    let Some(path) = url_path(base) else { return };
    let under = |p: &str| p == path || p.strip_prefix(path).is_some_and(|r| r.starts_with('/'));
    let routed: Vec<&str> = operations
        .iter()
        .filter_map(|o| o.route.as_ref().map(|r| r.path.as_str()))
        .collect();
    if routed.is_empty() || !routed.iter().all(|p| under(p)) {
        return;
    }
    for op in operations.iter_mut() {
        if let Some(r) = op.route.as_mut() {
            let rest = &r.path[path.len()..];
            r.path = if rest.is_empty() {
                "/".to_string()
            } else {
                rest.to_string()
            };
        }
    }
    // (The host the page's calls go to, where it gives one of its own and no path: the
    // stated base's path on it.)
    *base_url = Some(match base_url.as_deref() {
        Some(server) if server.contains("://") && url_path(server).is_none() => {
            format!("{}{path}", server.trim_end_matches('/'))
        }
        _ => base.to_string(),
    });
}

/// The path of an absolute URL (`/egroupware/groupdav.php` of
/// `https://example.org/egroupware/groupdav.php`); none for a URL that is its host alone
/// (`https://example.org`, `https://example.org/`).
pub(crate) fn url_path(url: &str) -> Option<&str> {
    let after = &url[url.find("://")? + 3..];
    after
        .find('/')
        .map(|at| &after[at..])
        .filter(|p| p.len() > 1)
}

/// The base URL the servers give: the only one, or with a profile that takes the first,
/// the first in the page's order.
pub(super) fn servers_url(doc: &Document, profile: &Profile, servers: &[String]) -> Option<String> {
    let mut s = servers.to_vec();
    s.sort();
    s.dedup();
    match profile.first_server {
        // (The servers in the page's order: the first is the default.)
        true => servers
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
}

/// An API of methods called at one address: the base path and the base URL its
/// introduction gives (`… can be accessed on /api/api-teamchat`, `… accessed using that
/// url: https://api.wimi.pro.`), the URL where the servers gave none.
pub(super) fn rpc_address(
    rpc: bool,
    intro: Option<&str>,
    base_url: Option<String>,
) -> (Option<String>, Option<String>) {
    let base_path = rpc
        .then(|| {
            intro.and_then(|t| {
                t.split_whitespace()
                    .find(|w| w.starts_with('/') && w.len() > 1 && !w.starts_with("//"))
                    // (A query string is no part of the path: `/api?apikey=$apikey`.)
                    .map(|w| w.split('?').next().unwrap_or(w))
                    .map(|w| w.trim_end_matches(['.', ',', ')', '`']).to_string())
            })
        })
        .flatten();
    let base_url = base_url.or_else(|| {
        rpc.then(|| {
            intro.and_then(|t| {
                t.split_whitespace()
                    .find(|w| w.starts_with("https://") || w.starts_with("http://"))
                    .map(|w| w.trim_end_matches(['.', ',', ')', ';']).to_string())
            })
        })
        .flatten()
    });
    (base_path, base_url)
}

/// The version a protocol sends (`header.api_version`): the page's `Version: 1.2` before
/// its first operation; else the version the title ends with.
pub(super) fn page_version(
    doc: &Document,
    protocol: &Protocol,
    first_op: usize,
    version_in_title: Option<String>,
) -> Option<String> {
    let sends_version = protocol
        .rpc
        .as_ref()
        .and_then(|r| r.envelope.as_ref())
        .is_some_and(|e| e.version.is_some());
    sends_version
        .then(|| {
            doc.blocks[..first_op.min(doc.blocks.len())]
                .iter()
                .find_map(|b| b.text.trim().strip_prefix("Version:"))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        })
        .flatten()
        .or(version_in_title)
}

/// The credentials the page gives where no operation did: the profile's own reading of
/// the page, else its token field described in the page's envelope description.
pub(super) fn page_auth(doc: &Document, profile: &Profile) -> Option<Auth> {
    if let Some(page_auth) = profile.auth
        && let Some(auth) = page_auth(doc)
    {
        return Some(auth);
    }
    let (name, words) = profile.token_field?;
    let k = (0..doc.blocks.len().saturating_sub(1))
        .find(|&k| doc.blocks[k].text.trim() == name && doc.blocks[k + 1].text.contains(words))?;
    Some(Auth {
        scheme: AuthScheme::Token,
        param: Some(name.to_string()),
        line: Some(doc.blocks[k + 1].span.line),
        ..Auth::default()
    })
}

/// The page ends mid-line (no line break, no closing punctuation) inside its last
/// operation: what it has is read; say what may be missing.
pub(super) fn cut_off_page(
    kit: &mut Kit<'_>,
    doc: &Document,
    located: &[OpAt],
    operations: &[Operation],
) {
    let text_end = doc.source.lines.last().map(|l| l.trim_end()).unwrap_or("");
    // (The last line is empty when the file ends with a line break.)
    // A sentence of a few words cut before its end; a short last line (`No Content`) is a
    // file without its last line break.
    if !text_end.is_empty()
        && text_end.split_whitespace().count() >= 6
        && !text_end.ends_with(['.', '!', '?', ':', ')', '}', ']', '"', '\'', '`', '>'])
        && let Some((_, op)) = located
            .iter()
            .zip(operations)
            .rfind(|(o, _)| o.listed.is_none() && o.end >= doc.blocks.len())
    {
        kit.warn(
            u32::try_from(doc.source.lines.len()).unwrap_or(u32::MAX),
            format!(
                "the page is cut off mid-line inside `{}`: what it has is read; what follows the cut (parameters, answer) is missing",
                op.name
            ),
        );
    }
}
