//! The Redoc family: a page rendered by Redoc (2.0–2.5 and its rc builds), saved as HTML
//! (`redoc-static.html`, Redocly build-docs, a browser's "save page") or captured as text (a
//! browser's copy, a crawler's Markdown), read by the reference reader
//! ([`super::reference`]) with the [`REDOC`] profile.
//!
//! Redoc renders every operation the same way, whatever the build's CSS class names: a title
//! (a heading, or a line in a text capture), a description, `Authorizations:`, parameter
//! sections named `path Parameters`, `query Parameters`, `header Parameters`, `cookie
//! Parameters` (a table, or one block per parameter: name, `required`, a type line such as
//! `integer <int64> [ 1 .. 50 ]`, `Default:`, `Enum:`, `Example:`, a description), a
//! `Request Body schema: <media type>` with its top-level fields shown the same way,
//! `Responses` (a status and its description each), then the right panel: the method and
//! path (`post/api/x`, or `post` and `/api/x` on two lines; the server URLs follow in the
//! page, in the route's own block when a capture keeps no blank line between them),
//! `Request samples` and `Response samples` (tabs, `Content type`, a JSON sample of the
//! first tab only). The reader knows those shapes; what is Redoc's own is here: where the
//! title is and its `(version)`, the credentials named after `Authorizations:` and in the
//! Authentication section, the tag over each title, and [`embedded_openapi`] for
//! `--prefer-embedded`.

use chatgen_codegen::spec::{Auth, AuthScheme};

use super::Extracted;
use super::reference::Profile;
use crate::read::Doc;
use crate::read::blocks::{Block, Document};

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
    ..Profile::named(chatgen_codegen::spec::Family::Redoc)
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

/// What a block is to Redoc's own rules: the `Authorizations:` label, another label or a
/// route of the operation's panels, or anything else.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Auth,
    Label,
    Plain,
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
    let params = lower
        .strip_suffix(" parameters")
        .is_some_and(|l| matches!(l.trim(), "path" | "query" | "header" | "cookie"));
    let labels = matches!(
        lower.as_str(),
        "responses" | "request samples" | "response samples" | "callbacks"
    );
    let route = route_text(text).is_some() || route_over_servers(text).is_some();
    let method = METHODS.contains(&lower.as_str())
        && next.is_some_and(|n| n.text.trim().starts_with('/') && !n.text.trim().contains(' '));
    if params || labels || route || method || lower.starts_with("request body schema") {
        Mark::Label
    } else {
        Mark::Plain
    }
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

/// At most `words` words and no closing full stop: a title or tag, not a sentence.
fn is_short(t: &str, words: usize) -> bool {
    t.split_whitespace().count() <= words && !t.ends_with('.') && !t.ends_with('。')
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
    use chatgen_codegen::spec::{Primitive, SampleKind, TypeRef};

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
        assert_eq!(spec.family, chatgen_codegen::spec::Family::Redoc);
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
        assert!(
            get.unknown
                .contains(&chatgen_codegen::spec::Unknown::ResponseStatus)
        );
        // The renderer's sample shows no field the schema does not list.
        let create = &spec.operations[1];
        // A status with no sample: its body unknown.
        assert!(
            create
                .unknown
                .contains(&chatgen_codegen::spec::Unknown::ResponseBodyOf(vec![201])),
            "{:?}",
            create.unknown
        );
        let Some(TypeRef::Named(body)) = create.body.as_ref().map(|b| b.ty.clone()) else {
            panic!("a body: {:?}", create.body);
        };
        let fields: Vec<&str> = spec.types[&body]
            .fields()
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
            .and_then(|t| t.fields().iter().find(|f| f.name == "data"));
        assert_eq!(
            data.map(|f| f.ty.clone()),
            Some(TypeRef::Named("ApproveData".into()))
        );
        assert_eq!(types["ApproveData"].fields()[0].name, "address");
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
        assert_eq!(out.spec.types[&item].fields().len(), 2);
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
    fn routes_and_scheme_names() {
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
                let r = o
                    .route
                    .as_ref()
                    .map(|r| (r.method.to_string(), r.path.clone()));
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
                .all(|o| !o.unknown.contains(&chatgen_codegen::spec::Unknown::Route))
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
