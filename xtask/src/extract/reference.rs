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
//! Shapes of hand-written references (tests in `reference/shape_tests/`): sub-headings
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
//! from POST /x`, `by_reference.rs`), or by saying they are the same as another's (`Same as
//! `render.html` plus the following ones`, `Supports the same parameters as `/v2/entries.json`,
//! except the `ids` parameter`); a badge's word before a name in its cell (`Required
//! identity`) and rows drawn as tree branches (`├─ query`, members of the row above); an item
//! opening with the request in words (`` A `POST` to `/v1/statement` ``);
//! an index's entries linking to the sections documenting them (`[GET - Search
//! Groups](#search-groups)`); sub-headings naming parameters after a qualifier
//! (`Standard Parameters`); names listed bare that a call sends in its query string;
//! statuses as reference links (`[403]`); under a `Request` label, the JSON block right after
//! the route's own block is the body's sample; `Status: 204 No Content` lines in code
//! under a response label; a snake- or camel-case name before a lower-case description
//! needs no separator (`` - `minimal_response` to only return … ``); parameters given
//! headings of their own under a parameter label (`#### \`channel\``); method headings
//! written as call signatures (`getText(padID, [rev])`, two or more at a level), their
//! arguments the parameters; a page per method named only by its front-matter `title:`
//! and the method's URL at its top (`` `http://host/rest/createPlaylist` ``, no HTTP
//! method: the route stays unknown); `ID` alone as an upper-case placeholder
//! (`/notes/ID/edit`); fences closed as CommonMark closes them (a ```` ```json ```` line
//! inside a curl fence left open is its text); names marked required by an element of
//! their own (`**after** <Optional />`, MDX); a status named only in a code fence's title
//! (```` ```json title="Response 200 OK" ````). The Redoc profile's shapes (routes
//! printed after their content, operations whose route a capture lost, stacked fields,
//! tables without column names, `Enum:` values, `Array` bodies, `•` bullet samples) are
//! described in ARCHITECTURE.md.
//!
//! Nothing is invented: an operation needs route or method-name evidence; a parameter
//! whose type the doc does not give is a string with `type_cue: none`; a body known only
//! from an example has no required field.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{ApiSpec, Auth, Family, Operation, ParamStyle, Protocol, TypeRef};

use super::Extracted;
use super::kit::Kit;
use crate::read::blocks::{Document, Kind};

mod block_routes;
mod by_reference;
mod envelope;
mod evidence;
pub(crate) use evidence::stated_method;
pub(crate) use page::{stated_base, url_path};
mod fields;
mod labels;
mod locate;
mod operation;
mod page;
mod panels;
mod params;
mod responses;
mod route_rule;
mod routes;
mod rpc;
mod samples;
mod tables;
mod types;

#[cfg(test)]
mod shape_tests;
#[cfg(test)]
mod tests;

pub use block_routes::curl_route;
pub use routes::{RouteText, route_line, target_route};

use evidence::stacked_placeholders;
use fields::RawParam;
use locate::{OpAt, locate};
use page::{
    common_prefix, cut_off_page, cut_routes, file_tags, numbering_gaps, page_auth, page_intro,
    page_version, rpc_address, same_route_twice, servers_url, title_of, unknown_verbs,
};

/// The family name written in specs.
pub const FAMILY: Family = Family::Reference;

/// HTTP methods a route may start with.
const METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

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
    /// Whether the page's RPC calls are made by query string (its sample calls say so):
    /// parameters placed by no label go in the query.
    rpc_in_query: bool,
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
    /// Whether a page shows the envelope `rest_protocol` describes (a sample with its
    /// members): on a page that does not, its answers are read as plain REST, no envelope
    /// assumed. `None`: the envelope is the profile's on every page.
    pub envelope_shown: Option<fn(&Document) -> bool>,
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
            envelope_shown: None,
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
    // (A profile's envelope only where the page shows it: no protocol is assumed.)
    let mut page_profile = *profile;
    if let Some(shown) = profile.envelope_shown
        && !shown(doc)
    {
        page_profile.rest_protocol = None;
    }
    let profile = &page_profile;
    let mut out = if profile.glossary.is_empty() {
        read(doc, api, source, profile)
    } else {
        read(&translate(doc, profile.glossary), api, source, profile)
    };
    // reStructuredText or AsciiDoc read as the Markdown it renders to: every line back to
    // the file's.
    if let Some(original) = &doc.original {
        crate::extract::kit::remap(&mut out, &doc.source, original);
    }
    out
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

/// Reads one page with `profile`: the operations located and read, then the page's own
/// facts (title, introduction, servers, protocol, version, credentials) and the warnings
/// about the page as a whole.
fn read(doc: &Document, api: &str, source: &str, profile: &Profile) -> Extracted {
    let mut r = Reader {
        doc,
        kit: Kit::new(&doc.source),
        auth: None,
        servers: Vec::new(),
        profile: *profile,
        id_prefix: String::new(),
        section_fields: BTreeMap::new(),
        rpc_in_query: false,
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
    // How the calls travel, as the page's sample requests show (before the operations are
    // read: parameters of calls made by query string are query parameters).
    let sampled = rpc
        .then(|| envelope::sample_protocol(doc, &located))
        .flatten();
    r.rpc_in_query = sampled.as_ref().is_some_and(envelope::Sampled::in_query);
    let (sampled, sampled_path) = sampled.map_or((None, None), |s| (Some(s.protocol), s.path));
    let mut operations: Vec<Operation> = located.iter().map(|o| r.operation(o)).collect();
    stacked_placeholders(doc, &located, &mut operations, &mut r.kit.infer.types);
    by_reference::parameters_by_reference(doc, &located, &mut operations, &mut r.kit.infer.types);
    by_reference::parameter_groups(doc, &located, &mut operations);
    by_reference::named_parameter_sections(doc, &located, &mut operations);
    by_reference::linked_parameter_sections(doc, &located, &mut operations);
    by_reference::parameters_listed_above(doc, &located, &mut operations);
    by_reference::generic_parameter_sections(doc, &located, &mut operations);
    by_reference::same_as_another(doc, &located, &mut operations, &mut r.kit.infer);
    params::listed_query_names(doc, &located, &mut operations);
    alternative_routes_answers(&located, &mut operations);
    alternative_routes_params(doc, &located, &mut operations);
    let first_tag = profile
        .tag
        .and_then(|tag_of| file_tags(doc, &located, &mut operations, tag_of));
    let streams = super::events::read(doc, &mut r.kit, &mut operations);
    r.kit.unique_ids(&mut operations);
    same_route_twice(&mut r.kit, &located);
    let first_op = located
        .iter()
        .filter(|o| o.listed.is_none())
        .map(|o| o.heading.unwrap_or(o.start))
        .min()
        .unwrap_or(doc.blocks.len());
    // The first operation's tag ends the introduction.
    let first_op = first_tag.map_or(first_op, |t| first_op.min(t));
    let (title_at, title, version_in_title) =
        title_of(&mut r.kit, doc, api, profile, located.len(), first_op);
    responses::page_statuses(doc, title_at, first_op, &mut operations);
    responses::section_statuses(doc, &located, &mut operations);
    params::page_headers(doc, title_at, first_op, &mut operations);
    numbering_gaps(&mut r.kit, doc, &located);
    cut_routes(&mut r.kit, doc);
    unknown_verbs(&mut r.kit, doc);
    let intro = page_intro(doc, title_at, first_op);
    page::resource_relative_routes(intro.as_deref(), &mut operations);
    // What the page's sample requests show comes before what its family usually does.
    let protocol = match (rpc, profile.rpc_protocol) {
        (true, family) => sampled
            .or_else(|| {
                family
                    .map(|p| p())
                    .filter(|p| envelope::members_named(doc, p))
            })
            .unwrap_or_else(|| Protocol::rpc_per_method(ParamStyle::Json)),
        (false, _) => profile.rest_protocol.map_or_else(Protocol::rest, |p| p()),
    };
    envelope::results_inside(&protocol, &r.kit.infer.types, &mut operations);
    let mut base_url = servers_url(doc, profile, &r.servers);
    let stated = page::stated_base(doc).or_else(|| doc.folder_base.clone());
    page::relative_to_stated_base(stated.as_deref(), &mut base_url, &mut operations);
    let (base_path, base_url) = rpc_address(rpc, intro.as_deref(), base_url);
    // (Else the one path the sample calls go to.)
    let base_path = base_path.or(sampled_path);
    let version = page_version(doc, &protocol, first_op, version_in_title);
    if r.auth.is_none() {
        r.auth = page_auth(doc, profile);
    }
    cut_off_page(&mut r.kit, doc, &located, &operations);
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

/// Routes of one call given as alternatives under one heading (`` `/v1/x/{season}`;
/// `/v1/x/now` ``) read one parameter list: a parameter that is a path placeholder of one
/// of them (`season`) is no parameter of another whose path leaves it out, where that one
/// read the same entry of the list (its line and description) into its query or body (and no label over the list says the
/// query).
fn alternative_routes_params(doc: &Document, located: &[OpAt], operations: &mut [Operation]) {
    use chatgen_codegen::spec::Location;
    // (Unless the label over the list says its parameters travel in the query: `Query
    // Parameter / URL Parameter:` over `format` for `/devices/export` or
    // `/devices/export/<format>`.)
    let query_label = |line: u32| {
        let Some(at) = doc
            .blocks
            .iter()
            .position(|b| b.span.line <= line && line <= b.span.end_line)
        else {
            return false;
        };
        doc.blocks[..at]
            .iter()
            .rev()
            .find(|b| b.depth().is_none())
            .is_some_and(|b| b.text.to_lowercase().contains("query"))
    };
    let n = located.len().min(operations.len());
    for k in 0..n {
        let Some(heading) = located[k].heading else {
            continue;
        };
        let Some(route) = operations[k].route.clone() else {
            continue;
        };
        let placeholders: Vec<(String, Option<u32>, Option<String>)> = (0..n)
            .filter(|&j| {
                j != k
                    && located[j].heading == Some(heading)
                    && located[j].route_at == located[k].route_at
            })
            .filter(|&j| {
                operations[j]
                    .route
                    .as_ref()
                    .is_some_and(|r| r.method == route.method)
            })
            .flat_map(|j| {
                operations[j]
                    .params
                    .iter()
                    .filter(|p| p.location == Location::Path && p.doc.is_some())
                    .map(|p| (p.name.clone(), p.line, p.doc.clone()))
                    .collect::<Vec<_>>()
            })
            .collect();
        if placeholders.is_empty() {
            continue;
        }
        // (`game-type` in the list is `{game_type}` in the path.)
        let key = |n: &str| routes::param_ident(n).to_ascii_lowercase();
        operations[k].params.retain(|p| {
            p.location == Location::Path
                || p.line.is_none_or(query_label)
                || route.path.contains(&format!("{{{}}}", p.name))
                || !placeholders.iter().any(|(name, line, doc)| {
                    key(name) == key(&p.name) && *line == p.line && *doc == p.doc
                })
        });
    }
}

/// Routes of one call given as alternatives in one section, each in its own block (`GET
/// /v2/…/jobs/{job.id}/annotations`, then "You can also use the build-scoped route: …" over
/// `GET /v2/…/builds/{build.number}/jobs/{job.id}/annotations`), the answers after the last:
/// an operation of the same method right before another under the same heading, stating no
/// status of its own, answers as the one after it does.
fn alternative_routes_answers(located: &[OpAt], operations: &mut [Operation]) {
    for k in (0..located.len().min(operations.len()).saturating_sub(1)).rev() {
        let (a, b) = (&located[k], &located[k + 1]);
        let same_method = match (&operations[k].route, &operations[k + 1].route) {
            (Some(x), Some(y)) => x.method == y.method,
            _ => false,
        };
        if a.heading.is_some()
            && a.heading == b.heading
            && same_method
            && operations[k].responses.is_empty()
            && !operations[k + 1].responses.is_empty()
        {
            operations[k].responses = operations[k + 1].responses.clone();
        }
    }
}
