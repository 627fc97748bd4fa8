//! One operation read from its extent: the walk over its blocks that gathers parameters,
//! bodies, samples and responses.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{
    Auth, AuthScheme, Body, Example, ExampleOf, Location, Method, Operation, Param, Primitive,
    Response, Route, Rpc, SampleKind, Status, TypeRef, Unknown,
};
use heck::{ToPascalCase, ToSnakeCase};

use super::Reader;
use super::block_routes::record_field_by;
use super::block_routes::{CurlCall, code_first_line};
use super::fields::{
    RawParam, apidoc_defined, apidoc_param, bullet, bullets, captioned_names, code_field_lines,
    code_ident, code_name_paragraph, code_named_lines, colon_list, dash_item_name, dash_list,
    declared_request_fields, definition, field_entry, field_name, marked_pairs, nest, pair_term,
    query_string_item, typed_member_lines, typed_object_fields,
};
use super::labels::{
    Ctx, answer_fields_label, block_label, clean_heading, definition_label, inline_events,
    is_label_heading, item_label, label_after_prose, label_ctx, label_media, label_name,
    names_body, raw_body_in_query, shown_in_query,
};
use super::locate::OpAt;
use super::panels::{panel_chrome, server_of};
use super::params::{cell_fields, prose_query, request_header_name};
use super::responses::{
    STATUS_FIELDS, UNNUMBERED, UNSTATED_SUCCESS, answer_label_rest, arrow_statuses, bare_status,
    case_statuses, case_then_http_code_item, case_then_status_item, cell_statuses,
    coded_label_status, element_statuses, envelope_status, http_status_line, inline_statuses,
    leading_status, listed_status, listed_statuses, named_statuses, opening_status, prose_statuses,
    reason_line, record_cell_statuses, return_last, returns_entity, returns_nothing,
    status_field_item, status_field_name, status_header_line, status_item, status_reason,
    status_table, tab_status, unnumbered_answers, unshown_answers, unstated_successes,
    worded_status,
};
use super::route_rule::{argument_heading, arguments_heading, route_block_before};
use super::routes::{method_word, route_line};
use super::rpc::{command_signature, signature, typed_signature, url_parameter_label};
use super::samples::{
    curl_call, json_params, key_value_line, media_type, media_type_text, named_body, past_line,
    prose_code, request_type_heading, sample_json, sample_paragraph, sample_tabs_label, value_type,
};
use super::tables::{
    nest_bracketed, plain_name_rows, request_location_table, table_params, writable_column,
};
use super::types::type_line;
use crate::extract::kit::is_token;
use crate::read::blocks::{Block, Document, Kind, Table};
use crate::read::json::{Kind as JsonKind, Node};

/// A metadata label being read: key, joiner, lines, label line.
type Meta = Option<(String, &'static str, Vec<String>, u32)>;

/// A status as read: code, line, reason.
type StatusAt = (u16, u32, Option<String>);

/// What the walk over one operation's extent has read so far: the context the last label
/// set, the raw parameters, statuses, samples and fields found, and where the walk is.
struct Walk<'b> {
    doc: &'b Document,
    o: &'b OpAt,
    /// The blocks of the operation's extents, in reading order.
    blocks: &'b [Block],
    /// Each block's index in the document.
    index: &'b [usize],
    /// Where each extent ends in `blocks`.
    extent_bounds: Vec<usize>,
    ctx: Option<Ctx>,
    raw: Vec<(RawParam, Option<Ctx>)>,
    /// The headers the call declaring the route sends with a placeholder value (name,
    /// value, line), see [`call_headers`].
    call_headers: Vec<(String, String, u32)>,
    /// The form fields of the call that declares the route, see
    /// [`Walk::curl_form_params`]: parameters the section's lists do not name.
    call_form: Vec<(RawParam, Option<Ctx>)>,
    /// The statuses a tab set's labels name, by the value that opens each tab (`s200` of
    /// `{label: 'Status code 200', value: 's200'}`), and the last line of the tab set's
    /// opening tag, see [`Walk::status_tabs`].
    tab_values: Vec<(String, u16)>,
    tabs_until: Option<u32>,
    /// The labels read, at their lines, that say whether what they list is required
    /// (`Required fields:` / `Optional fields:`), or not (None).
    label_flags: Vec<(u32, Option<bool>)>,
    statuses: Vec<StatusAt>,
    /// Statuses said only in prose (`Returns 200 with …`), kept when nothing else gives one.
    prose_found: Vec<StatusAt>,
    /// Per status, its JSON examples and, when the JSON had to be repaired (a missing
    /// comma), the text as the page prints it.
    samples: BTreeMap<u16, Vec<(Node, Option<String>)>>,
    media: BTreeMap<u16, String>,
    /// Per extent, the first JSON under a body label.
    body_samples: Vec<(usize, Node, Option<String>)>,
    /// The lines of the labels read that name the body (`### Body`, `Request payload:`),
    /// not parameters in general nor a format (`#### JSON`).
    body_labels: Vec<u32>,
    /// A body sample's text as written, by its line, when it is not plain JSON.
    body_raw: BTreeMap<u32, String>,
    /// Under a samples label (`Request samples`).
    samples_label: bool,
    /// The context of a label set as a callout (`> Example Response`): it labels the code
    /// right after it only.
    callout_label: Option<Ctx>,
    /// An item that is a label of the items nested under it (`- Request Message Body in
    /// json` over `- note: …`): its depth and the location it gives them.
    item_label: Option<(u8, Location)>,
    /// A status tab read under it.
    tab_read: bool,
    /// A body that is a list (`Array`, then the items' type line), and its line.
    array_body: Option<(TypeRef, u32)>,
    /// A body that is a list of the fields listed (`Array` over them).
    array_of_fields: bool,
    /// The line of the first body schema label (`Request Body schema: application/json`).
    body_label: Option<u32>,
    intro_fields: Vec<RawParam>,
    notes: Vec<String>,
    meta: Meta,
    /// The answer's fields listed under a response label, and that label's status/line.
    answer_fields: Vec<RawParam>,
    answer_at: Option<(Option<u16>, u32)>,
    answer_label: Option<(u32, String)>,
    /// The level of the heading that opened the answer (`## Return value`): deeper
    /// headings (`### Field ScriptStatuses`) are parts of it.
    answer_level: Option<u8>,
    /// The level of the heading that opened a list of parameters (`## Parameters`): deeper
    /// topic headings (`### Output details`) are parts of it.
    params_level: Option<(u8, u32)>,
    body_media: Option<String>,
    /// The media type a body label names (`Request Body schema: application/json`) or a
    /// line under it: the body's content type.
    declared_media: Option<String>,
    base_depth: Option<u8>,
    skip_to: usize,
    last_field: Option<usize>,
    /// A parameter label not yet followed by anything but other labels.
    /// Its line, text, context and heading level (when it is a heading).
    op_label: Option<(u32, String, Ctx, Option<u8>)>,
    /// The keys of the query string that calls the operation's method, for a method with
    /// no route whose code shows that call (`?action=AssociateAlert&name=…`, see
    /// [`super::rpc::query_call_keys`]); empty otherwise.
    query_call: Vec<String>,
    /// The members of the JSON sample that calls the operation's method by a member naming
    /// it, for a method with no route (`{"operation": "get_job", "id": …}`, see
    /// [`super::rpc::sample_call_keys`]); empty otherwise.
    sample_call: Vec<String>,
}

/// What a block looks like to the steps after the metadata: computed before the route
/// line resets the context, with the context it had.
#[derive(Clone, Copy)]
struct Look {
    /// Under a status, a sentence ending in `:` ("Status will be posted with chosen
    /// parameters:") introduces that answer's example, not a parameter list.
    prose_in_status: bool,
    /// In a parameter list, `options` over `array of objectsList of …` is a field, not a
    /// label; so are a header line under a headers label and a bold name over its flag.
    field_here: bool,
    /// A line in lower case after an item goes on with the item's text (a wrapped
    /// description: `about the user. Objects contain the following fields:`).
    item_text: bool,
    /// A single line ending in `:`: a label of the profile's metadata may start.
    label_line: bool,
}

/// Names of the formats a body may be sent in, as a list of formats names them (`json`,
/// `tsv`), each beside its media type.
const FORMAT_WORDS: [&str; 9] = [
    "json",
    "xml",
    "tsv",
    "csv",
    "yaml",
    "text",
    "form",
    "html",
    "multipart",
];

impl<'b> Walk<'b> {
    /// A walk at the start of `blocks`, the extents of `o` in `doc` (the first from `start`
    /// to `end`), each block's document index in `index`.
    fn new(
        doc: &'b Document,
        o: &'b OpAt,
        blocks: &'b [Block],
        index: &'b [usize],
        (start, end): (usize, usize),
    ) -> Self {
        let extent_bounds: Vec<usize> = std::iter::once(end - start)
            .chain(o.more.iter().scan(end - start, |acc, &(s, e)| {
                *acc += e.min(doc.blocks.len()).saturating_sub(s);
                Some(*acc)
            }))
            .collect();
        // (The method a call the page shows names, for a method with no route.)
        let called = o.rpc.as_deref().filter(|_| o.route.is_none());
        Walk {
            doc,
            o,
            blocks,
            index,
            extent_bounds,
            ctx: None,
            raw: Vec::new(),
            call_headers: Vec::new(),
            call_form: Vec::new(),
            label_flags: Vec::new(),
            tab_values: Vec::new(),
            tabs_until: None,
            statuses: Vec::new(),
            prose_found: Vec::new(),
            samples: BTreeMap::new(),
            media: BTreeMap::new(),
            body_samples: Vec::new(),
            body_labels: Vec::new(),
            body_raw: BTreeMap::new(),
            samples_label: false,
            callout_label: None,
            item_label: None,
            tab_read: false,
            array_body: None,
            array_of_fields: false,
            body_label: None,
            intro_fields: Vec::new(),
            notes: Vec::new(),
            meta: None,
            answer_fields: Vec::new(),
            answer_at: None,
            answer_label: None,
            answer_level: None,
            params_level: None,
            body_media: None,
            declared_media: None,
            base_depth: None,
            skip_to: 0,
            last_field: None,
            op_label: None,
            query_call: called
                .map(|name| super::rpc::query_call_keys(blocks, name))
                .unwrap_or_default(),
            sample_call: called
                .map(|name| super::rpc::sample_call_keys(blocks, name))
                .unwrap_or_default(),
        }
    }

    /// The extent block `k` is in (0 for the first).
    fn extent_of(&self, k: usize) -> usize {
        self.extent_bounds.iter().filter(|&&b| b <= k).count()
    }

    /// Keeps status `code` (at `line`, with `reason`) unless one is kept already.
    fn add_status(&mut self, code: u16, line: u32, reason: Option<String>) {
        if !self.statuses.iter().any(|x| x.0 == code) {
            self.statuses.push((code, line, reason));
        }
    }

    /// How block `k` (read as `b`) looks in the current context.
    fn look(&self, k: usize, b: &Block) -> Look {
        let blocks = self.blocks;
        let single = !b.is_code() && !b.text.trim().contains('\n') && b.table().is_none();
        Look {
            prose_in_status: matches!(self.ctx, Some(Ctx::Response(Some(_))))
                && b.kind == Kind::Paragraph
                && b.text.split_whitespace().count() > 4,
            field_here: (matches!(self.ctx, Some(Ctx::Params(_) | Ctx::Form))
                && (b.kind == Kind::Paragraph || b.level() == Some(0))
                && field_entry(blocks, k).is_some())
                // (Under a headers label, `Content-Type application/json` is a header and
                // its value, no label of a JSON body.)
                || (self.ctx == Some(Ctx::Params(Some(Location::Header)))
                    && b.kind == Kind::Paragraph
                    && b.text
                        .split_whitespace()
                        .next()
                        .is_some_and(|n| request_header_name(n.trim_end_matches(':'))))
                // (Nor is a bold name over its flag, `**plugin** optional`.)
                || (self.ctx.is_some() && self.bold_name_field(b).is_some()),
            item_text: b.kind == Kind::Paragraph
                && b.text.trim_start().starts_with(|c: char| c.is_lowercase())
                && k > 0
                && matches!(blocks[k - 1].kind, Kind::Item { .. }),
            label_line: single && b.text.trim_end().ends_with(':'),
        }
    }

    /// A media type on a line of its own names the content type of the body or the
    /// answer it stands over.
    fn media_line(&mut self, b: &Block) -> bool {
        let Some(m) = media_type(b) else {
            return false;
        };
        match self.ctx {
            Some(Ctx::Response(Some(s))) => {
                self.media.entry(s).or_insert(m);
            }
            Some(Ctx::Params(Some(Location::Body))) => {
                self.declared_media.get_or_insert(m.clone());
                self.body_media.get_or_insert(m);
            }
            _ => {}
        }
        true
    }

    /// The route line starts the operation afresh: a label over it (`Part 1. Request for
    /// SMS:`) does not govern what follows it. (In HTML, only the route's own block of
    /// those on its line.)
    fn route_line_resets(&mut self, k: usize, b: &Block) {
        if b.span.line == self.o.route_at
            && !b.is_heading()
            && self.o.block.is_none_or(|rb| self.index[k] == rb)
        {
            self.ctx = None;
        }
    }

    /// A paragraph or item opening with a name in code after a word saying it is a
    /// parameter (`` `RequestParameter: live` *optional* (default: `false`) ``, `` *
    /// `RequestParameter: q` *mandatory*, string: The search string ``): that parameter,
    /// under any label or none, its flag the word after it (`mandatory`, `required`,
    /// `optional`), its place the label's if it gives one.
    fn labelled_code_param(&mut self, b: &Block) -> bool {
        if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) {
            return false;
        }
        let line = self.doc.line(b.span.line);
        let line = line
            .strip_prefix(['*', '-', '+'])
            .map_or(line, str::trim_start);
        let Some((code, after)) = line.strip_prefix('`').and_then(|r| r.split_once('`')) else {
            return false;
        };
        let Some(name) = super::fields::labelled_code_name(code) else {
            return false;
        };
        let after = after.trim();
        let flag = after.split_whitespace().next().and_then(|w| {
            super::fields::flag_word(w.trim_matches(['*', '_', '(', ')', ',', '.', ':']))
        });
        let doc = after
            .split_once(": ")
            .map_or(after, |(_, d)| d)
            .trim()
            .to_string();
        self.raw.push((
            RawParam {
                name: name.to_string(),
                doc,
                required: flag,
                line: b.span.line,
                ..RawParam::default()
            },
            Some(match self.ctx {
                Some(Ctx::Params(l)) => Ctx::Params(l),
                _ => Ctx::Params(None),
            }),
        ));
        true
    }

    /// A tab set whose labels name statuses (Docusaurus's `<Tabs values={[{label: 'Status
    /// code 200', value: 's200'}, …]}>` under `#### Response`): those statuses; a tab then
    /// opened by one of the values (`<TabItem value="s200">`) holds that status's answer. The
    /// lines of the opening tag (which a Markdown reader may take for indented code) are
    /// markup.
    fn status_tabs(&mut self, b: &Block) -> bool {
        if self.tabs_until.is_some_and(|end| b.span.end_line <= end) {
            return true;
        }
        self.tabs_until = None;
        if b.kind != Kind::Paragraph {
            return false;
        }
        let first = self.doc.line(b.span.line).trim();
        // The tab set's opening tag: the statuses its labels name. (Its lines, which a
        // Markdown reader may take for indented code, are markup; the paragraph may go on
        // with the first tab's opening tag.)
        let mut opened = None;
        if first.starts_with("<Tabs") {
            let Some((values, last)) = status_tab_set(self.doc, b) else {
                return false;
            };
            for (_, code) in &values {
                self.add_status(*code, b.span.line, None);
            }
            self.tab_values = values;
            self.tabs_until = Some(last);
            opened = Some(last + 1);
        }
        // (A tab's opening tag, also after the last one's closing tag, `</TabItem>` /
        // `<TabItem value="s500">`.)
        let opening = (opened.unwrap_or(b.span.line)..=b.span.end_line)
            .map(|n| self.doc.line(n))
            .find(|l| l.starts_with("<TabItem"));
        if let Some(opening) = opening {
            let value = opening
                .split_once("value=")
                .map(|(_, v)| v.trim_start_matches(['"', '\'', '{']))
                .and_then(|v| v.split(['"', '\'', '}']).next())
                .unwrap_or_default();
            if let Some((_, code)) = self.tab_values.iter().find(|(v, _)| v == value) {
                self.ctx = Some(Ctx::Response(Some(*code)));
                return true;
            }
        }
        opened.is_some()
    }

    /// A template tag on a line of its own (GitBook's API blocks: `{% swagger-parameter
    /// name="id" type="string" required="true" in="path" %}`, `{% swagger-response
    /// status="200" %}`): a parameter of that location, or the answer of that status (the
    /// sample after it is its example). Other tags (`{% endswagger %}`) are markup.
    fn template_tag(&mut self, b: &Block) -> bool {
        let t = b.text.trim();
        if !b.is_code() || !t.starts_with("{%") || !t.ends_with("%}") || t.contains('\n') {
            return false;
        }
        let inner = t[2..t.len() - 2].trim();
        let (tag, rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let attr = |name: &str| -> Option<String> {
            let lower = rest.to_ascii_lowercase();
            let mut from = 0;
            while let Some(at) = lower[from..].find(&format!("{name}=")) {
                let at = from + at;
                // (A whole attribute name: `name=`, not `filename=`.)
                if at == 0 || lower[..at].ends_with(char::is_whitespace) {
                    let v = rest[at + name.len() + 1..].trim_start();
                    let v = v.trim_start_matches('{');
                    // (Markdown's escapes undone: `name="project\_id"`.)
                    return match v.chars().next() {
                        Some(q @ ('"' | '\'')) => v[1..]
                            .split(q)
                            .next()
                            .map(super::block_routes::unescape_markdown),
                        _ => v
                            .split(|c: char| c.is_whitespace() || c == '}')
                            .next()
                            .map(super::block_routes::unescape_markdown),
                    };
                }
                from = at + 1;
            }
            None
        };
        if tag.contains("response")
            && let Some(code) = attr("status")
                .or_else(|| attr("httpcode"))
                .and_then(|c| c.parse::<u16>().ok())
                .filter(|c| (100..600).contains(c))
        {
            let reason = attr("description").filter(|d| !d.trim().is_empty());
            self.add_status(code, b.span.line, reason);
            self.ctx = Some(Ctx::Response(Some(code)));
            return true;
        }
        // (A tab titled by a status, `{% tab title="200 " %}`: the sample in it is that
        // status's.)
        if tag == "tab"
            && let Some(code) = attr("title")
                .and_then(|t| t.split_whitespace().next().map(str::to_string))
                .and_then(|c| c.parse::<u16>().ok())
                .filter(|c| (100..600).contains(c))
        {
            self.add_status(code, b.span.line, None);
            self.ctx = Some(Ctx::Response(Some(code)));
            return true;
        }
        // (A tag opening a block of parameters of one location, `{% api-method-headers %}`,
        // `{% api-method-query-parameters %}`: the parameter tags in it are at that
        // location.)
        if !tag.starts_with("end")
            && ["parameters", "params", "headers"]
                .iter()
                .any(|s| tag.ends_with(s))
            && let Some(l) = tag
                .split(['-', '_'])
                .skip(1)
                .find_map(super::types::location_word)
        {
            self.ctx = Some(Ctx::Params(Some(l)));
            return true;
        }
        // A parameter tag: named by its `name=` attribute (`type=`, `required=`, `in=`
        // beside it), or by its first words, the name and whether it is required (`{%
        // parameter date false 'Must be set to 1' 'Retrieve the timestamp' %}`); at the
        // location the tag or the block tag around it gives.
        let positional = || {
            let mut words = rest.split_whitespace();
            let name = words.next()?;
            let flag = words.next()?.to_ascii_lowercase();
            matches!(flag.as_str(), "true" | "false" | "yes" | "no")
                .then(|| (name.to_string(), matches!(flag.as_str(), "true" | "yes")))
        };
        let named = match attr("name") {
            Some(name) if tag.contains("parameter") => {
                let required = attr("required").and_then(|r| r.to_ascii_lowercase().parse().ok());
                Some((name, required, attr("type").filter(|t| !t.is_empty())))
            }
            None if tag == "parameter" => positional().map(|(n, r)| (n, Some(r), None)),
            _ => None,
        };
        if let Some((name, required, ty)) = named
            && let Some(mut p) = super::fields::name_part(&name)
        {
            p.ty = ty;
            p.required = required;
            p.location =
                attr("in")
                    .and_then(|l| super::types::location_word(&l))
                    .or(match self.ctx {
                        Some(Ctx::Params(l)) => l,
                        _ => None,
                    });
            p.line = b.span.line;
            let ctx = Ctx::Params(p.location);
            self.raw.push((p, Some(ctx)));
            self.ctx = Some(ctx);
            return true;
        }
        // (`{% endswagger-parameter %}`, `{% swagger-description %}`: markup.)
        true
    }

    /// A JSX element whose props list parameters as arrays of objects (MDX components:
    /// `<ApiEndpoint … formFields={[ { name: "x", type: "string", required: true,
    /// description: "…" }, … ]} headers={[ … ]} />`): each object named by its `name:`
    /// member is a parameter at the location the prop's name gives (`formFields`,
    /// `formFiles`, `bodyParams`: the body; `headers`, `queryParams`, `pathParams`),
    /// required as its `required:` member says (a `defaultValue:` without one: optional).
    /// A list prop naming no location (`parameters={[ { type: "body", details: { name:
    /// "size", isRequired: false, dataType: "Integer" } }, … ]}`) places each object by its
    /// `type:` member, a location word, and reads the members of a nested object as its own.
    /// Other props (`responses`, `curl`) and the element's lines stay for the steps that
    /// read them.
    fn jsx_props(&mut self, b: &Block) {
        let src = &self.doc.source;
        let first = src.line(b.span.line);
        if b.kind != Kind::Paragraph
            || !first
                .strip_prefix('<')
                .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_uppercase()))
            || first.ends_with('>')
        {
            return;
        }
        let mut location = None;
        let mut by_member = false;
        let mut depth = 0usize;
        let mut object: Option<(RawParam, bool)> = None;
        for n in b.span.line + 1..=src.len() {
            let l = src.line(n);
            if matches!(l, "/>" | ">") {
                break;
            }
            // (`formFields={[`: a prop opening a list.)
            if depth == 0 {
                if let Some(prop) = l.strip_suffix("={[") {
                    let lower = prop.to_ascii_lowercase();
                    by_member = matches!(lower.as_str(), "parameters" | "params");
                    location = if lower.contains("header") {
                        Some(Location::Header)
                    } else if lower.contains("query") {
                        Some(Location::Query)
                    } else if lower.contains("path") {
                        Some(Location::Path)
                    } else if ["form", "body", "field", "file"]
                        .iter()
                        .any(|w| lower.contains(w))
                    {
                        Some(Location::Body)
                    } else {
                        None
                    };
                    depth = 1;
                }
                continue;
            }
            if l.starts_with(']') {
                depth = 0;
                location = None;
                by_member = false;
                continue;
            }
            if location.is_none() && !by_member {
                continue;
            }
            if l == "{" && depth == 1 {
                object = Some((RawParam::default(), false));
                depth = 2;
                continue;
            }
            // (`details: {`: a nested object, its members the parameter's.)
            if by_member && depth == 2 && l.ends_with(": {") {
                depth = 3;
                continue;
            }
            if l.starts_with('}') && depth == 3 {
                depth = 2;
                continue;
            }
            if l.starts_with('}') && depth == 2 {
                if let Some((mut p, defaulted)) = object.take()
                    && !p.name.is_empty()
                    && let Some(at) = p.location.or(location)
                {
                    if p.required.is_none() && defaulted {
                        p.required = Some(false);
                    }
                    p.location = Some(at);
                    self.raw.push((p, Some(Ctx::Params(Some(at)))));
                }
                depth = 1;
                continue;
            }
            let Some((p, defaulted)) = object.as_mut().filter(|_| depth >= 2) else {
                continue;
            };
            let Some((key, value)) = l.split_once(':') else {
                continue;
            };
            let value = value
                .trim()
                .trim_end_matches(',')
                .trim_matches(['"', '\'', '`']);
            match key.trim() {
                "name" if !value.is_empty() => {
                    p.name = value.trim_start_matches(':').to_string();
                    p.location = p.location.or(location);
                    p.line = n;
                }
                "type" if by_member && depth == 2 => {
                    p.location = super::types::location_word(value);
                    if p.location.is_none() {
                        object = None;
                        continue;
                    }
                }
                "type" | "dataType" if !value.is_empty() => p.ty = Some(value.to_string()),
                "required" | "isRequired" => p.required = value.parse().ok(),
                "defaultValue" | "default" => *defaulted = true,
                "description" if !value.is_empty() => p.doc = value.to_string(),
                _ => {}
            }
        }
    }

    /// Items given as template calls, one keyword argument a line, the first call naming
    /// the list's label and later calls adding to it (`<% info = InfoList.new(` / `label:
    /// 'Query parameters',` / `name: 'limit',` / `type: 'integer',` / `required: false,` /
    /// `) %>`, then `<% info.add(` / `name: 'cursor',` … `) %>`): each call named by its
    /// `name:` argument is a parameter at the label's location, required only as its
    /// `required:` argument says; under a response label (`label: 'Responses'`), a call
    /// named by a status number is that status, its `description:` the reason.
    fn keyword_call_items(&mut self, b: &Block) {
        if b.kind != Kind::Paragraph {
            return;
        }
        let src = &self.doc.source;
        let mut label: Option<Ctx> = None;
        let mut open = false;
        let mut item: Option<RawParam> = None;
        for n in b.span.line..=b.span.end_line {
            let l = src.line(n).trim();
            if l.ends_with('(') {
                open = true;
                item = Some(RawParam::default());
                continue;
            }
            if !open {
                continue;
            }
            if l.starts_with(')') {
                open = false;
                let Some(p) = item.take().filter(|p| !p.name.is_empty()) else {
                    continue;
                };
                match label {
                    Some(Ctx::Params(Some(at))) => {
                        let p = RawParam {
                            location: Some(at),
                            ..p
                        };
                        self.raw.push((p, Some(Ctx::Params(Some(at)))));
                    }
                    Some(Ctx::Response(None)) => {
                        if let Some(code) = bare_status(&p.name) {
                            let reason = (!p.doc.is_empty()).then(|| p.doc.clone());
                            self.add_status(code, p.line, reason);
                        }
                    }
                    _ => {}
                }
                continue;
            }
            let Some((key, value)) = l.split_once(':') else {
                continue;
            };
            let value = value.trim().trim_end_matches(',').trim();
            let quoted = value
                .strip_prefix(['"', '\''])
                .and_then(|v| v.strip_suffix(['"', '\'']));
            let Some(p) = item.as_mut() else {
                continue;
            };
            match (key.trim(), quoted) {
                ("heading" | "label" | "title", Some(v)) => label = label_ctx(v),
                ("name", Some(v)) if !v.is_empty() => {
                    p.name = v.to_string();
                    p.line = n;
                }
                ("type", Some(v)) if !v.is_empty() => p.ty = Some(v.to_string()),
                ("description", Some(v)) => p.doc = v.to_string(),
                ("required", None) => p.required = value.parse().ok(),
                _ => {}
            }
        }
    }

    /// An element whose attribute holds the parameters as a JSON array of objects named by
    /// their `name` member (`<params params='[{"name": "page", "description": "…"}]'>`, as
    /// Gatsby and MDX components take them), over one or more lines: each a parameter at the
    /// location its `in` member gives, else the label's over it (the method's otherwise),
    /// required as a `required` member says. The blocks the array spans are read: none
    /// is a sample.
    fn attribute_params(&mut self, k: usize, b: &Block) -> bool {
        let src = &self.doc.source;
        let first = src.line(b.span.line);
        if b.kind != Kind::Paragraph || !first.starts_with('<') {
            return false;
        }
        let Some(at) = first.find("='[").or_else(|| first.find("=\"[")) else {
            return false;
        };
        let quote = &first[at + 1..at + 2];
        let mut text = first[at + 2..].to_string();
        let mut n = b.span.line;
        let end = loop {
            if let Some(e) = text.find(&format!("]{quote}")) {
                break e;
            }
            n += 1;
            if n > src.len() || n > b.span.line + 400 {
                return false;
            }
            text.push('\n');
            text.push_str(src.line(n));
        };
        let Ok(serde_json::Value::Array(items)) =
            serde_json::from_str::<serde_json::Value>(&text[..=end])
        else {
            return false;
        };
        let label = match self.ctx {
            Some(Ctx::Params(l)) => l,
            _ => None,
        };
        for item in &items {
            let Some(name) = item.get("name").and_then(serde_json::Value::as_str) else {
                continue;
            };
            if name.is_empty() || self.raw.iter().any(|(p, _)| p.name == name) {
                continue;
            }
            let text = |k: &str| item.get(k).and_then(serde_json::Value::as_str);
            let location = text("in").and_then(super::types::location_word).or(label);
            let p = RawParam {
                name: name.to_string(),
                ty: text("type").map(str::to_string),
                required: item.get("required").and_then(serde_json::Value::as_bool),
                location,
                doc: text("description").unwrap_or_default().to_string(),
                line: b.span.line,
                ..RawParam::default()
            };
            self.raw.push((p, Some(Ctx::Params(location))));
        }
        self.skip_to = (k + 1..self.blocks.len())
            .find(|&j| self.blocks[j].span.line > n)
            .unwrap_or(self.blocks.len());
        true
    }

    /// The form fields of the call that declares the route, one option per line
    /// (`--data-urlencode 'lpath=<string>' \`, `-d 'limit=10'`, `-F 'file=@x'`): its
    /// parameters, in the query string when the call sends its data so (`-G`) or is a `GET`,
    /// else body fields; optional where the line's comment says so (`\ # 0 or 1. Defaults
    /// to 0. Optional.`), else whether required is unsaid; typed where the value is a type
    /// in angle brackets (`<integer>`). A field whose value is the section's own name
    /// (`op=create` under `### create`) picks the call: a required parameter with that
    /// value as its default. JSON data is left to the sample steps. The fields are kept
    /// aside and added after the walk to those the section lists, which keep their own
    /// words (a list under the call naming `name` required says more than the call).
    fn curl_form_params(&mut self, blocks: &[Block], op: &Operation) {
        let lines = numbered_lines(blocks);
        let query = lines
            .iter()
            .any(|(_, l)| l.split_whitespace().any(|w| w == "-G" || w == "--get"))
            || op
                .route
                .as_ref()
                .is_some_and(|r| r.method.as_str() == "GET");
        let location = if query {
            Location::Query
        } else {
            Location::Body
        };
        let name_of_op = self.o.name.trim().to_string();
        for (line, l) in lines {
            let (code, comment) = match l.split_once(" # ") {
                Some((c, m)) => (c, m),
                None => (l, ""),
            };
            let mut words = code.split_whitespace();
            while let Some(w) = words.next() {
                if !matches!(
                    w,
                    "-d" | "--data"
                        | "--data-urlencode"
                        | "--data-raw"
                        | "-F"
                        | "--form"
                        | "--form-string"
                ) {
                    continue;
                }
                let Some(data) = words.next() else { break };
                let data = data.trim_matches(['\'', '"']);
                if data.starts_with(['{', '[', '@']) {
                    continue;
                }
                for pair in data.split('&') {
                    let Some((name, value)) = pair.split_once('=') else {
                        continue;
                    };
                    if super::fields::name_part(name).is_none_or(|p| p.name != name)
                        || self.call_form.iter().any(|(p, _)| p.name == name)
                    {
                        continue;
                    }
                    let selects = !name_of_op.is_empty() && value == name_of_op;
                    let ty = value
                        .strip_prefix('<')
                        .and_then(|v| v.strip_suffix('>'))
                        .filter(|v| super::types::type_word(v).is_some())
                        .map(str::to_string);
                    let optional = comment
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case("optional"));
                    self.call_form.push((
                        RawParam {
                            name: name.to_string(),
                            ty,
                            required: if selects {
                                Some(true)
                            } else {
                                optional.then_some(false)
                            },
                            location: Some(location),
                            doc: if selects {
                                format!("`{value}`: the value that picks this call.")
                            } else {
                                comment.trim().to_string()
                            },
                            line,
                            default: selects.then(|| value.to_string()),
                            ..RawParam::default()
                        },
                        Some(Ctx::Params(Some(location))),
                    ));
                }
            }
        }
    }

    /// A JSON-RPC method's call written out in code, its envelope naming the method
    /// (`method : "get_repo"`) and an `args` (or `params`) object of placeholders
    /// (`"repoid" : "<reponame or repo_id>"`, `"with_revision_names": "<bool> =
    /// Optional(False)"`): each member is a body field, optional where its value says
    /// `Optional(…)`, else required. The envelope's own members are not fields.
    fn envelope_args(&mut self, b: &Block) -> bool {
        if self.o.rpc.is_none() {
            return false;
        }
        // (Or a call written in a sentence's code, `For example: `{"id": 123, "method":
        // "info", "params": {"client_info": {…}}}``: that object.)
        let call = if b.is_code() {
            Some(b.text.as_str())
        } else {
            super::rpc::prose_call(b)
        };
        let Some(text) = call else {
            return false;
        };
        // (Or named by another member, `{"action": "deckNames", "params": {…}}`, where that
        // names this very method.)
        let enveloped = super::rpc::envelope_method(text);
        let by_member = enveloped.is_none();
        let Some(method) = enveloped.or_else(|| {
            self.o
                .rpc
                .clone()
                .filter(|n| super::rpc::names_call(text, n))
        }) else {
            return false;
        };
        if self.o.rpc.as_deref() != Some(method.as_str())
            && !self.o.name.eq_ignore_ascii_case(&method)
            && self
                .raw
                .iter()
                .any(|(p, _)| p.location == Some(Location::Body))
        {
            return false;
        }
        // (The request as JSON: its `params` object's members, whether each is required
        // left unknown: the sample shows one call, not the rule.)
        // (Leniently: a sample may give a member's type for its value, `"statementHandle":
        // StatementHandle`.)
        if let Ok(serde_json::Value::Object(o)) =
            crate::read::json::parse(text.trim(), b.span.line + 1).map(|p| p.node.to_value())
        {
            // (No `params` object beside the member naming the call, `{"request":
            // "getCatalogs", "connectionId": "…"}`: the other members are the request's.)
            // (`arguments` or `args` as `params` is: `{"command": "x", "arguments": {…}}`.)
            let params = ["params", "arguments", "args"]
                .iter()
                .find_map(|k| o.get(*k));
            let members: Vec<&String> = match params {
                Some(serde_json::Value::Object(params)) => params.keys().collect(),
                None if by_member && o.len() > 1 => o
                    .iter()
                    .filter(|(k, v)| {
                        // (Not the member naming the call, nor the envelope's `id`.)
                        let names =
                            v.as_str() == Some(method.as_str()) && super::rpc::call_member(k);
                        !names && !matches!(k.as_str(), "id" | "jsonrpc")
                    })
                    .map(|(k, _)| k)
                    .collect(),
                _ => Vec::new(),
            };
            for key in members {
                if !self.raw.iter().any(|(p, _)| &p.name == key) {
                    self.raw.push((
                        RawParam {
                            name: key.clone(),
                            location: Some(Location::Body),
                            line: b.span.line,
                            ..RawParam::default()
                        },
                        Some(Ctx::Params(Some(Location::Body))),
                    ));
                }
            }
            // (The sample goes on to the steps that read samples.)
            return false;
        }
        let lines: Vec<&str> = b.text.lines().collect();
        let Some(start) = lines.iter().position(|l| {
            let t = l.trim_start().trim_start_matches(['"', '\'']);
            (t.starts_with("args") || t.starts_with("params")) && l.contains('{')
        }) else {
            return !by_member;
        };
        let mut depth = 0i32;
        for (n, l) in lines.iter().enumerate().skip(start) {
            let line = b.span.line + u32::try_from(n + 1).unwrap_or(0);
            // (The members of the object itself: at depth 1 once its `{` is open.)
            let opening = if n == start {
                l.find('{').map_or("", |at| &l[at + 1..])
            } else {
                l
            };
            if n == start {
                depth = 1;
            }
            if depth == 1
                && let Some((key, value)) = opening.split_once(':')
            {
                let key = key.trim().trim_matches(['"', '\'', ',']).trim();
                let ident = key
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() || c == '_')
                    && key.chars().all(|c| c.is_alphanumeric() || c == '_');
                if ident && !self.raw.iter().any(|(p, _)| p.name == key) {
                    let value = value.trim().trim_end_matches(',');
                    self.raw.push((
                        RawParam {
                            name: key.to_string(),
                            // (Whether it is required: only where the block marks
                            // the optional ones so, `Optional(False)`.)
                            required: (!by_member || b.text.contains("Optional("))
                                .then(|| !value.contains("Optional(")),
                            location: Some(Location::Body),
                            doc: value.trim_matches(['"', '\'']).to_string(),
                            line,
                            ..RawParam::default()
                        },
                        Some(Ctx::Params(Some(Location::Body))),
                    ));
                }
            }
            depth += i32::try_from(opening.matches(['{', '[']).count()).unwrap_or(0);
            depth -= i32::try_from(opening.matches(['}', ']']).count()).unwrap_or(0);
            if depth <= 0 {
                break;
            }
        }
        // (A sample naming its call by another member goes on to the steps that read
        // samples: its exchange may give statuses.)
        !by_member
    }

    /// A table of the ways each client invokes the method, one row the RPC call naming it
    /// (`` `{"method": "admin_exportChain", "params": [string, uint64, uint64]}` ``), the
    /// others calls in a language (`admin.exportChain(file, first, last)`, Go's
    /// `miner.SetGasPrice(gasPrice hexutil.Big) bool`): the call's positional parameters are
    /// its body fields, each named by the RPC row where it writes a name, else by the first
    /// row naming that position (Go's `name type`, or a lone word that is no type).
    fn invocation_table_args(&mut self, b: &Block) -> bool {
        let (Some(t), Some(rpc)) = (b.table(), self.o.rpc.as_deref()) else {
            return false;
        };
        let Some(call) = t
            .rows
            .iter()
            .flatten()
            .find(|c| super::rpc::cell_envelope(c).as_deref() == Some(rpc))
        else {
            return false;
        };
        let Some(items) = call
            .split_once("\"params\"")
            .and_then(|(_, r)| r.split_once('[')?.1.split_once(']'))
            .map(|(inner, _)| positional_items(inner))
        else {
            return true;
        };
        let signatures: Vec<Vec<String>> = t
            .rows
            .iter()
            .flatten()
            .filter_map(|c| {
                let c = c.trim().trim_matches('`');
                let (head, rest) = c.split_once('(')?;
                let (args, _) = rest.split_once(')')?;
                (!head.contains(char::is_whitespace) && head.contains('.'))
                    .then(|| positional_items(args))
            })
            .filter(|a| a.len() == items.len())
            .collect();
        for (k, item) in items.iter().enumerate() {
            let named = |arg: &str| -> Option<String> {
                let words: Vec<&str> = arg.split_whitespace().collect();
                match words.as_slice() {
                    [name, _ty] if code_ident(name) => Some((*name).to_string()),
                    [one] if code_ident(one) && !positional_type(one) => Some((*one).to_string()),
                    _ => None,
                }
            };
            let Some(name) = named(item).or_else(|| signatures.iter().find_map(|s| named(&s[k])))
            else {
                continue;
            };
            self.push_once(
                RawParam {
                    name,
                    location: Some(Location::Body),
                    line: b.span.line,
                    ..RawParam::default()
                },
                Some(Ctx::Params(Some(Location::Body))),
            );
        }
        true
    }

    /// apiDoc annotations in a block of the operation (`@apiParam (Mono) {String}
    /// [shortDescription] …`), and the parameters a page defines once that an `@apiUse
    /// ruleCreation` line pulls in: its parameters.
    fn apidoc_params(&mut self, b: &Block) -> bool {
        // (Only in the operation's own extent: a section documenting its route again, an
        // annotation's method miswritten, `@api {get}` under `[DELETE]`, is another call's.)
        let own = self.doc.blocks[self.o.start.min(self.o.end)..self.o.end]
            .iter()
            .chain(self.o.block.map(|i| &self.doc.blocks[i]))
            .any(|x| x.span.line == b.span.line);
        if !own {
            return false;
        }
        let source = self.doc.source.text(b.span.line, b.span.end_line);
        if !source.contains("@apiParam") && !source.contains("@apiUse") {
            return false;
        }
        let mut found = Vec::new();
        for (n, l) in (b.span.line..).zip(source.lines()) {
            let t = l.trim().trim_start_matches('*').trim();
            if let Some(name) = t.strip_prefix("@apiUse").map(str::trim) {
                let lines: Vec<(u32, &str)> = (1..)
                    .zip(self.doc.source.lines.iter().map(String::as_str))
                    .collect();
                found.extend(apidoc_defined(&lines, name));
            } else if let Some(p) = apidoc_param(t, n) {
                found.push(p);
            }
        }
        for p in found {
            let ctx = p.location.map(|l| Ctx::Params(Some(l)));
            self.push_once(p, ctx);
        }
        // (The block goes on to the other steps: its sample answer, `HTTP/1.1 200 OK`.)
        false
    }

    /// `Sends events: * a * b`: the events the call sends, on the label's line, or the
    /// items under it.
    fn events(&mut self, op: &mut Operation, b: &Block) -> bool {
        if !b.is_code()
            && let Some(events) = inline_events(&b.text)
        {
            op.events.extend(events);
            self.ctx = Some(Ctx::Events);
            return true;
        }
        if self.ctx == Some(Ctx::Events)
            && let Kind::Item { .. } = b.kind
        {
            op.events.extend(
                b.text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string),
            );
            return true;
        }
        false
    }

    /// An item made only of a parameter label's words, no colon, over deeper items
    /// (`- **Query params**` over `  - `serverId` : …`): their label (see
    /// [`item_label`]); or only an answers' label (`- Responses` over `- 200` items). Not
    /// an entry of a contents list, whose text is a link to a section (`* [URI
    /// parameters](#ID4EZ)`). `b` is block `k` of the extent.
    fn nested_items_label(&self, k: usize, b: &Block) -> Option<Ctx> {
        let Kind::Item { depth, .. } = b.kind else {
            return None;
        };
        // (Or a block indented under it, `- Body` over its fields' table, `- Headers` over
        // `见通用请求头` "see the common headers".)
        // (Not a sample in code, which a lone `- Body` heads by its own rules, nor API
        // Blueprint's `+ Headers` / `+ Body` sections, read by theirs.)
        // (Only where indentation is written: Markdown's, not an HTML list's.)
        let blueprint = matches!(&b.kind, Kind::Item { marker, .. } if marker == "+");
        let indented = !blueprint
            && self.doc.kind == crate::read::blocks::InputKind::Markdown
            && self.blocks.get(k + 1).is_some_and(|n| {
                (n.table().is_some()
                    || (n.kind == Kind::Paragraph && !n.text.trim_start().starts_with(['{', '['])))
                    && n.span.column > b.span.column
            });
        let deeper = indented
            || self
                .blocks
                .get(k + 1)
                .and_then(Block::depth)
                .is_some_and(|d| d > depth);
        let linked = self
            .doc
            .links
            .iter()
            .any(|l| l.span.line == b.span.line && l.text.trim() == b.text.trim());
        if !deeper || linked || b.text.contains('\n') {
            return None;
        }
        // (A place's word alone over what is indented under it: `- Headers`, `- Cookies`,
        // `- Body` over its table.)
        if indented {
            let place = match b.text.trim().to_ascii_lowercase().as_str() {
                "body" | "payload" | "request body" => Some(Location::Body),
                "headers" | "header" => Some(Location::Header),
                "cookies" | "cookie" => Some(Location::Cookie),
                "query" | "query parameters" | "query string" => Some(Location::Query),
                _ => None,
            };
            if let Some(place) = place {
                return Some(Ctx::Params(Some(place)));
            }
        }
        // (`- Responses` over `    - 200` items: the answers' label.)
        if matches!(
            b.text.trim().to_ascii_lowercase().as_str(),
            "responses" | "response" | "response codes" | "status codes"
        ) {
            return Some(Ctx::Response(None));
        }
        item_label(b.text.trim())
    }

    /// A paragraph opening with a field's name in bold (`**type**  required`): the field
    /// (see [`code_name_paragraph`]).
    fn bold_name_field(&self, b: &Block) -> Option<RawParam> {
        let line = self.doc.line(b.span.line);
        line.trim_start()
            .starts_with("**")
            .then(|| code_name_paragraph(b, line))
            .flatten()
    }

    /// `**Payload:** User`: a body given by the name of a type whose field table the page
    /// has elsewhere (`### User` under `## Data types`). A two-column table of labels and
    /// what they say (`| **Request body** | An [Activity](#activity-object) object |`) gives
    /// it in a row.
    fn named_body(&mut self, b: &Block) -> bool {
        if b.is_code() {
            return false;
        }
        let doc = self.doc;
        let lines: Vec<String> = match b.table() {
            Some(t) if t.header.len() == 2 && t.rows.iter().all(|r| r.len() == 2) => t
                .rows
                .iter()
                .map(|r| format!("{}: {}", r[0], r[1]))
                .collect(),
            Some(_) => return false,
            None => b.text.split('\n').map(str::to_string).collect(),
        };
        let named: Vec<usize> = lines.iter().filter_map(|l| named_body(doc, l)).collect();
        for &t in &named {
            if let Some(table) = doc.blocks[t].table() {
                // Fields of the body, even where a placeholder has their name.
                for mut p in table_params(table, doc.blocks[t].span.line) {
                    p.location = Some(Location::Body);
                    self.raw.push((p, Some(Ctx::Params(Some(Location::Body)))));
                }
            }
        }
        if !named.is_empty() && b.table().is_some() {
            return true;
        }
        if !named.is_empty() && !b.text.contains('\n') {
            self.ctx = Some(Ctx::Other);
            return true;
        }
        false
    }

    /// A sentence under a body label naming the body's members in code as properties
    /// (`Has to be a JSON object with an `appId` property`, `Can contain a `force`
    /// property`): each a body field, required where the sentence says the body has to or
    /// must hold it, optional where it can or may; nothing said otherwise.
    fn prose_body_members(&mut self, b: &Block) -> bool {
        if self.ctx != Some(Ctx::Params(Some(Location::Body))) || b.kind != Kind::Paragraph {
            return false;
        }
        let text = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
        // (The source line keeps the code spans the text lost.)
        let line = self.doc.line(b.span.line).trim();
        let sentence = line.split(". ").next().unwrap_or_default();
        let lower = sentence.to_ascii_lowercase();
        let opens = |w: &str| lower.starts_with(w);
        let required = if opens("has to ") || opens("must ") {
            Some(true)
        } else if opens("can ") || opens("may ") {
            Some(false)
        } else if opens("is ") {
            None
        } else {
            return false;
        };
        let mut names = Vec::new();
        let mut parts = sentence.split('`');
        let _ = parts.next();
        while let (Some(name), Some(after)) = (parts.next(), parts.next()) {
            let word = after.split_whitespace().next().unwrap_or_default();
            let word = word.trim_end_matches([',', '.', ';']);
            if matches!(word, "property" | "properties" | "field" | "member" | "key")
                && !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
            {
                names.push(name.to_string());
            }
        }
        if names.is_empty() {
            return false;
        }
        for name in names {
            let p = RawParam {
                name,
                required,
                location: Some(Location::Body),
                doc: text.clone(),
                line: b.span.line,
                ..RawParam::default()
            };
            self.raw.push((p, Some(Ctx::Params(Some(Location::Body)))));
        }
        true
    }

    /// A sentence naming the call's fields inline after a colon, as a device's terse
    /// reference does (`Configure a relay (all fields optional): `name`, `gpio`, `power_w`.`,
    /// `Body fields (all optional, the complete set): `control_gain` (10–1000, default 200) ·
    /// `balance_threshold` (W, 0–100) …`): each name a field of the call, in its body where
    /// the call sends one (in its query where the words say parameters of a call that sends
    /// none), optional or required where the words before the colon say so. The words must
    /// name fields or parameters, or say they are optional; the list is names in code and
    /// notes in brackets only, joined by `,`, `·`, `/`, `and` or `or`, up to the sentence's
    /// end or an arrow. The paragraph is read on (its statuses, `→ `200 …``): false.
    fn inline_field_list(&mut self, b: &Block) -> bool {
        if b.kind != Kind::Paragraph || !matches!(self.ctx, None | Some(Ctx::Params(None))) {
            return false;
        }
        let Some(method) = self.o.route.as_ref().map(|r| r.method.as_str()) else {
            return false;
        };
        // (After the route, and only where nothing showed the body yet: a sample's
        // members, or a sentence about another call's message further on, are not this.)
        if b.span.line <= self.o.route_at || !self.body_samples.is_empty() {
            return false;
        }
        let src = self.doc.source.text(b.span.line, b.span.end_line);
        let src = src.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some((label, list)) = src.split_once(": `") else {
            return false;
        };
        // (The sentence the colon ends: after the last full stop before it.)
        let label = label.rsplit(". ").next().unwrap_or(label);
        let l = label.to_ascii_lowercase();
        if label.contains('`') || label.split_whitespace().count() > 12 {
            return false;
        }
        let says = |w: &str| l.contains(w);
        let params = says("param") || says("argument");
        let location = if matches!(method, "POST" | "PUT" | "PATCH") {
            Location::Body
        } else if params {
            Location::Query
        } else {
            return false;
        };
        if !(says("field") || params || says("optional") || says("key")) {
            return false;
        }
        let required = if says("optional") {
            Some(false)
        } else if says("required") {
            Some(true)
        } else {
            None
        };
        let Some(names) = listed_code_names(&format!("`{list}")) else {
            return false;
        };
        for name in names {
            let p = RawParam {
                name,
                required,
                location: Some(location),
                doc: String::new(),
                line: b.span.line,
                ..RawParam::default()
            };
            self.raw.push((p, Some(Ctx::Params(Some(location)))));
        }
        false
    }

    /// A body label with the body written after it on its own line or item, inline (`*
    /// Body: `{"old":"123456","new":"654321"}``): a body sample, its members the body's
    /// fields (none of them required: the page only shows it).
    fn inline_body(&mut self, k: usize, b: &Block) -> bool {
        if !matches!(b.kind, Kind::Item { .. } | Kind::Paragraph) || b.text.contains('\n') {
            return false;
        }
        let Some((label, value)) = b.text.split_once(':') else {
            return false;
        };
        let value = value.trim().trim_matches('`').trim();
        if !(value.starts_with('{') && value.ends_with('}'))
            || label_ctx(label) != Some(Ctx::Params(Some(Location::Body)))
        {
            return false;
        }
        let Ok(parsed) = crate::read::json::parse(value, b.span.line) else {
            return false;
        };
        if !matches!(parsed.node.kind, JsonKind::Object(_)) {
            return false;
        }
        self.body_samples
            .push((self.extent_of(k), parsed.node, self.body_media.take()));
        true
    }

    /// A definition whose term is a label (`Errors` / `: In addition, …`): the definitions
    /// after it are what that label says. Under a response, a label of fields that names
    /// no request side (`The track object has the following attributes:`) describes the
    /// answer.
    fn definition_or_answer_label(&mut self, b: &Block) -> bool {
        if let Some(c) = definition_label(b) {
            self.ctx = Some(c);
            return true;
        }
        matches!(self.ctx, Some(Ctx::Response(_))) && answer_fields_label(b)
    }

    /// Under a samples label, the status tabs (`200`, or a capture's `200400`): the sample
    /// shown is the first tab's.
    fn sample_tab(&mut self, b: &Block) -> bool {
        if !self.samples_label {
            return false;
        }
        let Some(s) = tab_status(&b.text) else {
            return false;
        };
        if !self.tab_read {
            self.ctx = Some(Ctx::Response(Some(s)));
            self.add_status(s, b.span.line, None);
        }
        self.tab_read = true;
        true
    }

    /// `Array` under a body label, over the items' type line (`string <url>`): a body that
    /// is a list of them.
    fn array_line(&mut self, k: usize, b: &Block) -> bool {
        if !(self.ctx == Some(Ctx::Params(Some(Location::Body)))
            && self.array_body.is_none()
            && !self.array_of_fields
            && b.text
                .trim()
                .trim_end_matches(" [")
                .eq_ignore_ascii_case("array"))
        {
            return false;
        }
        match self
            .blocks
            .get(k + 1)
            .and_then(|n| type_line(n.text.trim()))
        {
            Some(item) => {
                self.array_body = Some((TypeRef::List(Box::new(item.ty)), b.span.line));
                self.skip_to = k + 2;
            }
            // Over the fields of its items.
            None => self.array_of_fields = true,
        }
        true
    }

    /// A status printed alone (`400`) over its reason, as Redoc lists answers: the reason,
    /// whatever its words (`Bad request` is no label there).
    fn reason_under_bare_status(&mut self, k: usize, b: &Block) -> bool {
        if let Some(Ctx::Response(Some(s))) = self.ctx
            && k > 0
            && bare_status(&self.blocks[k - 1].text) == Some(s)
            && reason_line(b)
            && let Some(last) = self.statuses.last_mut()
            && last.0 == s
            && last.2.is_none()
        {
            last.2 = Some(b.text.trim().to_string());
            return true;
        }
        false
    }

    /// A short line under a status that gave no reason (`Status code 204` / `No
    /// Content`): the reason.
    /// A sentence introducing the values a parameter takes (`The `reason` value can be:`,
    /// `Possible values are:`, `Valid options:`) under a parameter list: the items after
    /// it are values, not parameters.
    fn value_list_intro(&mut self, k: usize, b: &Block) -> bool {
        if b.kind != Kind::Paragraph || !matches!(self.ctx, Some(Ctx::Params(_) | Ctx::Form)) {
            return false;
        }
        let t = b.text.trim();
        let Some(sentence) = t.strip_suffix(':') else {
            return false;
        };
        let lower = sentence.to_ascii_lowercase();
        let words = lower.split_whitespace().count();
        let values = lower.contains("value") || lower.contains("option");
        let says = [
            "can be", "may be", "one of", "possible", "allowed", "accepted", "valid",
        ]
        .iter()
        .any(|w| lower.contains(w));
        if (words > 12 || !values || !says) && !self.about_a_field_above(k, &lower, sentence) {
            return false;
        }
        self.ctx = Some(Ctx::Other);
        true
    }

    /// A label that is the type a parameter read already names (`MinyamiOptions:` under a
    /// table whose `options` row is of type `MinyamiOptions`): what follows describes that
    /// type's members, no parameters of the call.
    fn type_label(&mut self, b: &Block) -> bool {
        if b.kind != Kind::Paragraph
            || b.text.trim().contains('\n')
            || !matches!(self.ctx, Some(Ctx::Params(_) | Ctx::Form))
        {
            return false;
        }
        let name = b
            .text
            .trim()
            .trim_end_matches([':', '：'])
            .trim()
            .trim_matches(['*', '`', '_']);
        let named = name.len() > 2
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && self.raw.iter().any(|(p, _)| {
                p.ty.as_deref()
                    .is_some_and(|t| t.trim_matches(['`', '[', ']']).trim_end_matches("[]") == name)
            });
        if named {
            self.ctx = Some(Ctx::Other);
        }
        named
    }

    /// An item under a definition list's item whose definition ends by introducing values
    /// (`signal` / `: the signal to send, one of:` over `- an integer` / `- INT`): a value
    /// the field takes, no field of its own.
    fn definition_values(&self, k: usize, b: &Block) -> bool {
        if !matches!(b.kind, Kind::Item { .. })
            || !matches!(self.ctx, None | Some(Ctx::Params(_) | Ctx::Form))
        {
            return false;
        }
        let Some(p) = (0..k)
            .rev()
            .find(|&j| !matches!(self.blocks[j].kind, Kind::Item { .. }))
        else {
            return false;
        };
        let above = &self.blocks[p];
        let Some(definition) = above
            .text
            .trim()
            .lines()
            .last()
            .and_then(|l| l.strip_prefix(": "))
        else {
            return false;
        };
        let lower = definition.trim().to_lowercase();
        let says = [
            "one of", "can be", "may be", "either", "possible", "allowed", "valid",
        ];
        let more = ["param", "field", "argument", "propert", "attribute", "key"];
        above.kind == Kind::Paragraph
            && above.text.trim().lines().count() == 2
            && lower.ends_with(':')
            && says.iter().any(|w| lower.contains(w))
            && !more.iter().any(|w| lower.contains(w))
    }

    /// A sentence ending in `:` that names a field the list above already gave (`A dict of
    /// some potential details:` after `- details: a key-value map.`, ``Depending on the
    /// `action`, it maps to:`` after `` + `action`, the kind of update``), and that does not
    /// say it brings more fields or parameters: the items after it are what that field
    /// holds or takes, not the call's fields.
    fn about_a_field_above(&self, k: usize, lower: &str, sentence: &str) -> bool {
        // (Right after that list: the sentence follows its last item.)
        let after_items = k
            .checked_sub(1)
            .is_some_and(|p| matches!(self.blocks[p].kind, Kind::Item { .. }));
        let more = [
            "param",
            "field",
            "argument",
            "propert",
            "attribute",
            "key",
            "following",
        ];
        if !after_items || more.iter().any(|w| lower.contains(w)) {
            return false;
        }
        let words: Vec<&str> = sentence
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .collect();
        self.raw.iter().any(|(p, ctx)| {
            matches!(ctx, Some(Ctx::Params(_) | Ctx::Form))
                && p.name.chars().count() >= 4
                && words.iter().any(|w| *w == p.name)
        })
    }

    fn short_reason(&mut self, b: &Block) -> bool {
        if let Some(Ctx::Response(Some(s))) = self.ctx
            && (b.kind == Kind::Paragraph || b.level() == Some(0))
            && !b.text.contains('\n')
            && b.text.split_whitespace().count() <= 4
            && !b.text.trim_start().starts_with(['{', '['])
            && let Some(last) = self.statuses.last_mut()
            && last.0 == s
            && last.2.is_none()
            && !self.samples.contains_key(&s)
            && !self.media.contains_key(&s)
        {
            last.2 = Some(b.text.trim().to_string());
            return true;
        }
        false
    }

    /// A heading inside the extent: a field whose name a capture printed as a heading, a
    /// parameter given a heading of its own, or a topic heading that ends a list.
    fn heading(&mut self, k: usize, b: &Block, field_here: bool) -> bool {
        let (blocks, o) = (self.blocks, self.o);
        // A field whose name a capture printed as a heading (`X-Data-Filter` over its
        // type line): a field of the list, not the end of it.
        if field_here
            && b.is_heading()
            && let Some((p, used)) = field_entry(blocks, k)
        {
            self.raw.push((p, self.ctx));
            self.skip_to = k + used;
            self.last_field = Some(self.raw.len() - 1);
            return true;
        }
        // `#### \`channel\`` under `### Parameters`: a parameter given a heading of its
        // own, its description under it.
        if b.is_heading()
            && matches!(self.ctx, Some(Ctx::Params(_) | Ctx::Form))
            && Some(self.index[k]) != o.heading
            && let Some((p, used)) = argument_heading(blocks, k)
        {
            self.raw.push((p, self.ctx));
            self.skip_to = k + used;
            self.last_field = Some(self.raw.len() - 1);
            return true;
        }
        // (`#### \`limit\`, \`offset\` and \`order\``: several under one heading.)
        if b.is_heading()
            && matches!(self.ctx, Some(Ctx::Params(_) | Ctx::Form))
            && Some(self.index[k]) != o.heading
            && let Some((ps, used)) = arguments_heading(blocks, k)
        {
            let ctx = self.ctx;
            self.raw.extend(ps.into_iter().map(|p| (p, ctx)));
            self.skip_to = k + used;
            self.last_field = Some(self.raw.len() - 1);
            return true;
        }
        // (A caption heading, `###### Table 9` over the table it numbers: the table is the
        // section's own, as if the heading were not there.)
        if b.is_heading() && caption_heading(&b.text) {
            return true;
        }
        if b.is_heading() {
            // A heading under the answer's own (`###### Local user` under `##### 200: OK`,
            // `### Field ScriptStatuses` under `## Return value`) goes on with the answer,
            // when it is clear which one: a status's, or the only answer (no statuses
            // listed; after a list of several, a sample's status is not known).
            let under = self
                .answer_level
                .is_some_and(|l| b.level().is_some_and(|d| d > l));
            // (One success among the statuses listed, `Normal response codes: 200` over
            // the error codes: the answer is that one's.)
            let in_answer = under
                && match self.ctx {
                    Some(Ctx::Response(Some(_))) => true,
                    Some(Ctx::Response(None)) if self.statuses.is_empty() => true,
                    Some(Ctx::Response(None)) if let Some(s) = sole_success(&self.statuses) => {
                        self.ctx = Some(Ctx::Response(Some(s)));
                        true
                    }
                    _ => false,
                };
            // (Not one naming a parameter read already, `### Attachments Detail` under the
            // `attachments` row: the fields of that parameter's objects.)
            let heading_words: Vec<String> = clean_heading(&b.text)
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map(str::to_lowercase)
                .collect();
            // (A format the body may come in, `##### json - application/json` under the
            // `json` item of `Supported formats are:`, is no parameter's.)
            let names_param = self
                .raw
                .iter()
                .any(|(p, _)| heading_words.contains(&p.name.to_lowercase()) && !format_item(p));
            // (And its list laid out as the one before it: `| Parameter | Value | Default |`
            // again, not a table of a parameter's values, `| Key | Value |`.)
            let header = |t: &crate::read::blocks::Table| {
                t.header
                    .iter()
                    .map(|h| h.trim().to_lowercase())
                    .collect::<Vec<_>>()
            };
            let blocks = self.blocks;
            // (The list's own tables: those after its label. None yet: the sub-sections
            // are the list.)
            let label_line = self.params_level.map_or(0, |(_, line)| line);
            let before = blocks[..k]
                .iter()
                .rev()
                .take_while(|x| x.span.line > label_line)
                .find_map(|x| x.table())
                .map(header);
            let next = blocks[k + 1..]
                .iter()
                .take_while(|x| !x.is_heading())
                .find_map(|x| x.table())
                .map(header);
            let same_list = before.is_none() || before == next;
            let in_params = matches!(self.ctx, Some(Ctx::Params(_) | Ctx::Form))
                && !names_param
                && same_list
                && self
                    .params_level
                    .is_some_and(|(l, _)| b.level().is_some_and(|d| d > l));
            if in_answer || in_params {
                return true;
            }
            // A topic heading inside the extent (an example, a note) ends a list; the
            // operation's own heading (a page's extent starts above it) does not. Nor does
            // a heading over the call's route (`#### Definition`, `### HTTP Request`,
            // `### Endpoint` over `POST /x` and the table of its parameters): what follows
            // it is the call's own, read as under the operation's heading.
            // (Nor a label heading right over the block giving the route, `Syntax` over
            // the request line or the table of path and method.)
            let over_route = is_label_heading(&b.text)
                && (k + 1..blocks.len())
                    .take_while(|&j| !blocks[j].is_heading())
                    .any(|j| self.index.get(j).copied() == o.block);
            if Some(self.index[k]) != o.heading
                && (super::evidence::field_label(b).is_some_and(|(url, _)| url) || over_route)
                && self.raw.is_empty()
            {
                self.ctx = None;
            } else if Some(self.index[k]) != o.heading {
                self.ctx = Some(if request_type_heading(&b.text) {
                    Ctx::Params(Some(Location::Body))
                } else {
                    Ctx::Other
                });
            } else if self.ctx == Some(Ctx::Other) {
                // (The operation's own heading under a page title the extent starts at,
                // `# Boxes` over `### Weigh a box`: the title's topic ends there, and what
                // follows is the operation's.)
                self.ctx = None;
            }
            return true;
        }
        false
    }

    /// A field fact giving an error's status, its code and reason after a `Code:` or
    /// `Status:` label (`Code: 409 Conflict` under an error's name and `Description:`), as
    /// a field list describes each error an operation answers with. True when read.
    fn status_fact(&mut self, b: &Block) -> bool {
        if b.kind != Kind::Paragraph {
            return false;
        }
        // (A response label over the status alone, the line broken between them:
        // `**Response**` / `` `200 Ok` ``; a rule under them, `---`, is no part of it.)
        let lines: Vec<&str> = b
            .text
            .trim()
            .lines()
            .filter(|l| !(l.trim().len() >= 3 && l.trim().chars().all(|c| c == '-')))
            .collect();
        if let [label, status] = lines.as_slice()
            && matches!(
                label
                    .trim()
                    .trim_matches(['*', '_', ':'])
                    .to_ascii_lowercase()
                    .as_str(),
                "response" | "responses" | "status" | "returns"
            )
            && let Some((code, reason)) = leading_status(status.trim().trim_matches('`'))
            && reason.is_some()
            && status.split_whitespace().count() <= 4
        {
            self.add_status(code, b.span.line, reason);
            self.ctx = Some(Ctx::Response(Some(code)));
            return true;
        }
        let mut any = false;
        for l in b.text.lines() {
            let Some((label, value)) = l.trim().split_once(':') else {
                continue;
            };
            let label = label.trim().to_ascii_lowercase();
            if !(label == "code" || STATUS_FIELDS.contains(&label.as_str())) {
                continue;
            }
            if let Some((code, reason)) = status_item(value.trim())
                && reason.is_some()
                && value.split_whitespace().count() <= 5
            {
                self.add_status(code, b.span.line, reason);
                any = true;
            }
        }
        any
    }

    /// Statuses in a raw exchange, a status table, items under a response label, label
    /// lines in a paragraph, a response line or prose. True when the block is read.
    fn statuses_in(&mut self, b: &Block) -> bool {
        // A raw exchange in code (`HTTP/1.1 200 OK`, `HTTP 200`): its statuses.
        if b.is_code() {
            let answer = matches!(self.ctx, Some(Ctx::Response(_)));
            // (A sample answer opening with its status, `Status 200` or `Status: 201
            // Created` over its JSON, says it is one under any label.)
            let lines: Vec<&str> = b.text.lines().collect();
            let first = lines.iter().position(|l| !l.trim().is_empty());
            for (k, l) in lines.iter().enumerate() {
                let opening = Some(k) == first && lines.len() > k + 1;
                if interim_status(&lines, k) {
                    continue;
                }
                if let Some((code, reason)) = http_status_line(l).or_else(|| {
                    if opening {
                        status_header_line(l).or_else(|| opening_status(l))
                    } else if answer {
                        status_header_line(l)
                    } else {
                        None
                    }
                }) {
                    self.add_status(code, b.span.line, reason);
                }
            }
            // (`Possible Status Codes:` in a plain block over its codes indented under it,
            // `200 OK`, `409 Conflict (already enabled)`, as a page lays a call out as text.)
            let lines: Vec<&str> = b.text.lines().collect();
            let depth = |l: &str| l.len() - l.trim_start().len();
            for (k, l) in lines.iter().enumerate() {
                let t = l.trim().to_ascii_lowercase();
                if !(t.ends_with(':') && (t.contains("status") || t.contains("response code"))) {
                    continue;
                }
                for m in lines[k + 1..].iter().take_while(|m| depth(m) > depth(l)) {
                    if let Some((code, reason)) = listed_status(m) {
                        self.add_status(code, b.span.line, reason);
                    }
                }
            }
            // (A block holding only the status under a status label, `##### Response
            // Status` over `201`.)
            if answer && let Some(code) = bare_status(b.text.trim()) {
                self.add_status(code, b.span.line, None);
            }
            // (`Response Payload: null` over `200 OK`: a sample answer written as text,
            // its status line shortened to the code and its reason.)
            if answer && !b.text.trim_start().starts_with(['{', '[', '<']) {
                for l in b.text.lines() {
                    if l.split_whitespace().count() <= 6
                        && !l.contains(['"', '{', ':', '='])
                        && let Some((code, reason)) = status_item(l)
                        && reason.is_some()
                    {
                        self.add_status(code, b.span.line, reason);
                    }
                }
            }
            // (`200: OK` over the headers of a sample answer: the status line, shortened.)
            if answer
                && let Some((code, reason)) = b.text.lines().next().and_then(status_item)
                && b.text
                    .lines()
                    .nth(1)
                    .is_none_or(|l| l.contains(": ") || l.trim().is_empty())
            {
                self.add_status(code, b.span.line, reason);
            }
        }
        // A table of statuses (`| Return Code | Reason |`, `| Status | Meaning |`; under a
        // response label, any table whose first cells are all codes: `| 200 | Created |`).
        let answer = matches!(self.ctx, Some(Ctx::Response(_)));
        if let Some(t) = b.table()
            && let Some(found) = status_table(t).or_else(|| answer.then(|| code_rows(t)).flatten())
        {
            for (code, reason) in found {
                self.add_status(code, b.span.line, reason);
            }
            return true;
        }
        // A table of one record with a status row (`Status | 200 on success` / `401 if
        // authentication failed`): a status at the start of each of its lines.
        // (Every such row: `Success code | 200` and `Fail code | 400 if … <br/> 500 …`.)
        if let Some(t) = b.table()
            && record_field_by(t, status_field_name).is_some()
        {
            let mut any = false;
            for row in std::iter::once(&t.header).chain(&t.rows) {
                let [name, cell] = row.as_slice() else {
                    continue;
                };
                let name = name.trim().trim_matches(['*', '`', ':']).trim();
                if !status_field_name(name) {
                    continue;
                }
                for (code, reason) in cell.lines().flat_map(record_cell_statuses) {
                    self.add_status(code, b.span.line, reason);
                    any = true;
                }
            }
            return any;
        }
        // Statuses listed as items or lines under a response label (`+ 201 Created`).
        if matches!(self.ctx, Some(Ctx::Response(_))) && !b.is_code() {
            let mut any = false;
            let item = matches!(b.kind, Kind::Item { .. });
            for l in b.text.split('\n') {
                let found = if item {
                    let listed = listed_statuses(l);
                    if listed.is_empty() {
                        status_field_item(l)
                            .or_else(|| case_then_status_item(l))
                            .or_else(|| case_then_http_code_item(l))
                            .into_iter()
                            .collect()
                    } else {
                        listed
                    }
                } else {
                    status_item(l).into_iter().collect()
                };
                for st in found {
                    if !self.statuses.iter().any(|x| x.0 == st.0) {
                        self.statuses.push((st.0, b.span.line, st.1));
                        any = true;
                    }
                }
            }
            if any {
                return true;
            }
        }
        // `**Payload:** User` over `**Return value:** HTTP status 201 (Created)`: lines of
        // labels in one paragraph, each read as its own line.
        // (A line ending in a comma goes on on the next: `Error response codes: Bad
        // Request(400),` over `Internal Server Error(500)`.)
        if b.kind == Kind::Paragraph && b.text.contains('\n') {
            let mut lines: Vec<(u32, String)> = Vec::new();
            for (n, l) in (b.span.line..).zip(b.text.split('\n')) {
                match lines.last_mut() {
                    Some((_, last)) if last.trim_end().ends_with(',') => {
                        last.push(' ');
                        last.push_str(l.trim());
                    }
                    _ => lines.push((n, l.to_string())),
                }
            }
            for (n, l) in lines {
                for (code, doc_text) in inline_statuses(&l) {
                    self.add_status(code, n, doc_text);
                }
            }
        }
        // `**Return value:** Result list`: what follows is the answer, not the body a
        // label above announced.
        if b.kind == Kind::Paragraph
            && matches!(self.ctx, Some(Ctx::Params(Some(Location::Body))))
            && b.text
                .lines()
                .last()
                .is_some_and(|l| answer_label_rest(&l.replace(['*', '`'], "")).is_some())
        {
            self.ctx = Some(Ctx::Response(None));
        }
        // `<status code="201"></status>`: a component per answer, on lines of their own.
        if b.kind == Kind::Paragraph {
            let found: Vec<(u32, u16)> = (b.span.line..)
                .zip(b.text.lines())
                .flat_map(|(n, l)| element_statuses(l).into_iter().map(move |c| (n, c)))
                .collect();
            if !found.is_empty() {
                for (n, code) in found {
                    self.add_status(code, n, None);
                }
                self.ctx = Some(Ctx::Response(None));
                return true;
            }
        }
        // `Response: HTTP 200 on success, 500 on error`: statuses in a response line.
        if !b.is_code() && !b.text.contains('\n') {
            let found = inline_statuses(&b.text);
            if !found.is_empty() {
                for (code, doc_text) in found {
                    self.add_status(code, b.span.line, doc_text);
                }
                self.ctx = Some(Ctx::Response(None));
                return true;
            }
        }
        // `> {success} Code 200 with JSON body of the new tag.` under a response label: a
        // paragraph (a callout too) opening with the status after its word.
        if b.kind == Kind::Paragraph
            && matches!(self.ctx, Some(Ctx::Response(_)))
            && let Some((code, doc_text)) = worded_status(&b.text)
        {
            self.add_status(code, b.span.line, doc_text);
            return true;
        }
        // `404 if the key is not found`, `- 400 for malformed fields`: a sentence (or an
        // item) opening with a status and the case it answers.
        if matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) {
            for (code, doc_text) in case_statuses(&b.text) {
                self.add_status(code, b.span.line, doc_text);
            }
            // `GET : returns the job => 200 (or 404 if not found)`: the codes an arrow
            // points at.
            for (code, doc_text) in arrow_statuses(&b.text) {
                self.add_status(code, b.span.line, doc_text);
            }
        }
        // `Returns 200 with an empty object`, `responds with 204`: statuses in prose (kept
        // for when nothing else gives any, unless under a response label: `== Responses` /
        // `Failure to authenticate gives `401 Unauthorized`.`); also in the item that
        // declares the route (`- `GET /leader`: returns HTTP status code **200** when …`).
        let route_item = matches!(b.kind, Kind::Item { .. })
            && self.o.route.is_some()
            && (b.span.line..=b.span.end_line).contains(&self.o.route_at);
        // (Or an item under a response label: `_Response code_` over `* Successful
        // operation uses 200 OK`.)
        let answer_item =
            matches!(b.kind, Kind::Item { .. }) && matches!(self.ctx, Some(Ctx::Response(_)));
        // (Or any item, kept like a paragraph's for when nothing else gives any: `- If the
        // body is incorrect, a status code of 400 will be returned`.)
        let any_item = matches!(b.kind, Kind::Item { .. });
        // (The route's item giving its answers on lines of their own, `Response (200): …`
        // / `Error (404): …`: read line by line in the source, which the item's text joins.)
        if route_item {
            for n in b.span.line..=b.span.end_line {
                if let Some((code, doc_text)) = coded_label_status(self.doc.line(n)) {
                    self.add_status(code, n, doc_text);
                }
            }
        }
        if b.kind == Kind::Paragraph || route_item || answer_item || any_item {
            // (And statuses named by their reason phrase in code, set as the response:
            // `the response MUST be `CREATED``, read in the source, which keeps the code
            // marks; said of the answer, they count wherever they stand.)
            let src = self.doc.source.text(b.span.line, b.span.end_line);
            for (code, doc_text) in named_statuses(&src) {
                self.add_status(code, b.span.line, doc_text);
            }
            for (code, doc_text) in prose_statuses(&b.text) {
                if matches!(self.ctx, Some(Ctx::Response(_))) {
                    self.add_status(code, b.span.line, doc_text);
                } else if !self.prose_found.iter().any(|x| x.0 == code) {
                    self.prose_found.push((code, b.span.line, doc_text));
                }
            }
        }
        false
    }

    /// Items and text right after a field line describe it (`none = …`, more sentences),
    /// until the next field line.
    fn field_description(&mut self, k: usize, b: &Block, in_params: bool) -> bool {
        let describes = match b.kind {
            Kind::Item { .. } => true,
            Kind::Paragraph => {
                in_params
                    && definition(b).is_none()
                    && field_entry(self.blocks, k).is_none()
                    && code_name_paragraph(b, self.doc.line(b.span.line)).is_none()
                    && !b.text.trim().is_empty()
            }
            _ => false,
        };
        if let Some(at) = self.last_field
            && k == self.skip_to
            && describes
        {
            let d = &mut self.raw[at].0.doc;
            if !d.is_empty() {
                d.push('\n');
            }
            d.push_str(b.text.trim());
            self.skip_to = k + 1;
            return true;
        }
        false
    }

    /// A paragraph in a parameter list: a definition, a field entry, or, after the route's
    /// list and before any label, a note on the call.
    fn paragraph_params(&mut self, op: &Operation, k: usize, b: &Block) {
        let (blocks, o) = (self.blocks, self.o);
        if self.ctx.is_some()
            && let Some(found) = code_named_lines(
                &self.doc.source.text(b.span.line, b.span.end_line),
                b.span.line,
            )
        {
            for p in found {
                self.raw.push((p, self.ctx));
            }
        } else if let Some(p) = definition(b).filter(|_| self.ctx.is_some()) {
            self.raw.push((p, self.ctx));
        } else if self.ctx.is_none()
            && b.span.line > o.route_at
            && let Some(p) = definition(b).filter(|p| request_header_name(&p.name))
        {
            // A definition list right after the route, before any label, whose terms are
            // spelt as request headers are (`` `X-Shop-Key` `` over `Shop key`, under
            // `HTTP request` beside `` `POST /x` ``): the call's headers. (`Content-Type`
            // over a media type, `"application/octet-stream"`, is the body's media type.)
            let media = p.doc.trim().trim_matches(|c| c == '"' || c == '`');
            if p.name.eq_ignore_ascii_case("content-type") && media_type_text(media) {
                self.declared_media.get_or_insert(media.to_string());
            } else {
                self.raw
                    .push((p, Some(Ctx::Params(Some(Location::Header)))));
            }
        } else if self.ctx.is_some()
            && let Some(p) = self.bold_name_field(b)
        {
            // (A bold name over its flag, `**type**  required`, is a field of one line: the
            // next paragraph, `**plugin** optional`, is the next field, no description.)
            self.raw.push((p, self.ctx));
            self.skip_to = k + 1;
            self.last_field = Some(self.raw.len() - 1);
        } else if self.ctx.is_some()
            && let Some((p, used)) = field_entry(blocks, k)
        {
            self.raw.push((p, self.ctx));
            self.skip_to = k + used;
            self.last_field = Some(self.raw.len() - 1);
        } else if self.ctx.is_some()
            && let Some(p) = code_name_paragraph(b, self.doc.line(b.span.line))
        {
            self.raw.push((p, self.ctx));
            self.skip_to = k + 1;
            self.last_field = Some(self.raw.len() - 1);
        } else if self.ctx.is_none()
            && b.span.line > o.route_at
            && (!self.raw.is_empty() || !op.events.is_empty())
            && !b.text.trim().is_empty()
            && b.text.lines().next().and_then(route_line).is_none()
            && !blocks.get(k + 1).is_some_and(|n| {
                // (`Local server` over a server URL: the server's description.)
                let t = n.text.trim();
                t.starts_with("http://") || t.starts_with("https://")
            })
        {
            // Prose after the route's list, before any label: a note on the call, part of
            // its description.
            self.notes.push(b.text.trim().to_string());
        }
    }

    /// JSON right under a body label, or right under a route that sends a body with no
    /// label between (or under a request label right after the route's own code block):
    /// the body's sample, the first of its extent.
    fn body_json_here(&self, k: usize, b: &Block, lang: Option<&str>) -> bool {
        let o = self.o;
        let method = o.route.as_ref().map(|r| r.method.as_str());
        (matches!(self.ctx, Some(Ctx::Params(Some(Location::Body))))
            // (A JSON object right under a parameter label, `**Parameters**:` then
            // `{"name": "folder name"}`, of a call that sends a body.)
            || (matches!(self.ctx, Some(Ctx::Params(None)))
                && self.label_before(k)
                && matches!(method, Some("POST" | "PUT" | "PATCH" | "DELETE")))
            // (A JSON object right under the word `Request:` alone, of a call that sends a
            // body: what it sends.)
            || (matches!(self.ctx, Some(Ctx::Params(None)))
                && self.request_word_before(k)
                && matches!(method, Some("POST" | "PUT" | "PATCH")))
            || ((self.ctx.is_none()
                // (Or under a request label, right after the route's own code block:
                // `### Request` / `POST /x` / `{"name": …}`.)
                || (matches!(self.ctx, Some(Ctx::Params(None)))
                    && k > 0
                    && route_block_before(&self.blocks[k - 1], o.route_at)))
                && b.span.line > o.route_at
                && !self.curl_sent_json_before(k)
                && o.route
                    .as_ref()
                    .is_some_and(|r| matches!(r.method.as_str(), "POST" | "PUT" | "PATCH"))))
            && !self
                .body_samples
                .iter()
                .any(|(e, _, _)| *e == self.extent_of(k))
            && json_code(&b.text, lang, &['{', '['])
    }

    /// Whether a `curl` call between the route and block `k` already sent a JSON body
    /// (`curl -X POST URL -d '{"name": "x"}'`): unlabelled JSON after it is what the call
    /// answers, not a second body.
    fn curl_sent_json_before(&self, k: usize) -> bool {
        (0..k).any(|j| {
            self.blocks[j].span.end_line >= self.o.route_at
                && curl_call(self.blocks, j).is_some_and(|(call, _)| {
                    CurlCall::parse(&call)
                        .data
                        .is_some_and(|d| d.trim_start().starts_with(['{', '[']))
                })
        })
    }

    /// Whether block `k` comes right after a paragraph or heading that is the word
    /// `Request` alone (`Request:`, `**Request**`), not a sentence about one.
    fn request_word_before(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|p| {
            let b = &self.blocks[p];
            matches!(b.kind, Kind::Paragraph | Kind::Heading { .. })
                && b.text
                    .trim()
                    .trim_matches(|c: char| c == '*' || c == '_' || c == ':' || c.is_whitespace())
                    .eq_ignore_ascii_case("request")
        })
    }

    /// Whether block `k` comes right after a label that names parameters (`Parameters:`,
    /// `Query arguments`, `Input fields`; in Chinese `请求参数:`, in Russian `Параметры`),
    /// not only a request (`A request with …`).
    fn label_before(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|p| {
            let b = &self.blocks[p];
            let text = b.text.to_lowercase();
            block_label(b).is_some_and(|c| matches!(c, Ctx::Params(_)))
                && [
                    "param",
                    "argument",
                    "quer",
                    "input",
                    "field",
                    "参数",
                    "字段",
                    "параметр",
                ]
                .iter()
                .any(|w| text.contains(w))
        })
    }

    /// A JSON object of headers under a headers label, in code or a paragraph of its own
    /// (`#### Headers` over `{"X-Api-Key": <invoice_key>}`): each member a header
    /// parameter, its value an example or a placeholder. True when the block is read.
    fn header_object(&mut self, b: &Block) -> bool {
        let t = b.text.trim();
        let object_here = matches!(self.ctx, Some(Ctx::Params(Some(Location::Header))))
            && matches!(b.kind, Kind::Code { .. } | Kind::Paragraph)
            && t.starts_with('{')
            && t.ends_with('}');
        if !object_here {
            return false;
        }
        let Ok(parsed) = crate::read::json::parse(t, b.span.line) else {
            return false;
        };
        let found = json_params(&parsed.node, Location::Header);
        // (Every member named as headers are, `X-Api-Key`, `Authorization`: not a body's
        // sample under a label that named headers before it, `{"member_id": 1}`.)
        if found.is_empty() || !found.iter().all(|p| header_name(&p.name)) {
            return false;
        }
        for mut p in found {
            p.line = b.span.line;
            self.raw.push((p, self.ctx));
        }
        true
    }

    /// An MDX element naming the request's payload or body whose content is a template
    /// literal of JSON (`<APIPayload>{`{ "name": "圈子名称" }`}</APIPayload>`, a docs site's
    /// own component): its members are the body's fields, as a sample's are.
    fn jsx_payload(&mut self, b: &Block) -> bool {
        let src = &self.doc.source;
        let first = src.line(b.span.line);
        let Some(name) = first.strip_prefix('<').and_then(|t| {
            let end = t.find(|c: char| !c.is_ascii_alphanumeric())?;
            Some(&t[..end])
        }) else {
            return false;
        };
        let lower = name.to_ascii_lowercase();
        if b.kind != Kind::Paragraph
            || !name.starts_with(|c: char| c.is_ascii_uppercase())
            || !(lower.contains("payload") || lower.ends_with("body"))
            || !first.contains("{`")
        {
            return false;
        }
        let text = src.text(b.span.line, b.span.end_line.max(b.span.line));
        let Some(inner) = text
            .split_once("{`")
            .and_then(|(_, r)| r.rsplit_once("`}"))
            .map(|(json, _)| json)
        else {
            return false;
        };
        let Ok(parsed) = crate::read::json::parse(inner.trim(), b.span.line) else {
            return false;
        };
        let found = json_params(&parsed.node, Location::Body);
        if found.is_empty() {
            return false;
        }
        for mut p in found {
            p.line = b.span.line;
            self.push_once(p, Some(Ctx::Params(Some(Location::Body))));
        }
        true
    }

    /// A headers label and the headers' names in code on one line (`* **Headers**
    /// `Authorization`, `Content-Type: application/json``, `Headers: `X-Api-Key``): a header
    /// parameter each, but the media types (`Content-Type`, `Accept`), which the call's
    /// content type says.
    fn header_list(&mut self, b: &Block) -> bool {
        if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) || b.span.line != b.span.end_line
        {
            return false;
        }
        let src = self.doc.source.text(b.span.line, b.span.end_line);
        let t = src.trim().trim_start_matches(['*', '-', '+', '•']).trim();
        let Some(tick) = t.find('`') else {
            return false;
        };
        let label = t[..tick].replace('*', "");
        let label = label
            .trim()
            .trim_end_matches(':')
            .trim()
            .to_ascii_lowercase();
        if !matches!(
            label.as_str(),
            "headers" | "header" | "request headers" | "http headers" | "required headers"
        ) {
            return false;
        }
        let rest = &t[tick..];
        let pieces: Vec<&str> = rest.split('`').collect();
        // (Nothing but code spans and the commas or `and` between them.)
        if pieces.len() < 3
            || pieces.iter().step_by(2).any(|between| {
                !between
                    .trim()
                    .trim_matches([',', ';', '.'])
                    .split_whitespace()
                    .all(|w| matches!(w, "and" | "or" | "," | ";"))
            })
        {
            return false;
        }
        let names: Vec<&str> = pieces
            .iter()
            .skip(1)
            .step_by(2)
            .map(|span| span.split(':').next().unwrap_or("").trim())
            .collect();
        if !names.iter().all(|n| header_name(n)) {
            return false;
        }
        for name in names {
            if !media_header(name) {
                self.push_header(name, b.span.line, String::new());
            }
        }
        true
    }

    /// A header parameter named `name`, said at `line` (described by `doc`), unless one of
    /// that name, in any case, is read already.
    fn push_header(&mut self, name: &str, line: u32, doc: String) {
        if self
            .raw
            .iter()
            .any(|(p, _)| p.name.eq_ignore_ascii_case(name))
        {
            return;
        }
        self.raw.push((
            RawParam {
                name: name.to_string(),
                location: Some(Location::Header),
                doc,
                line,
                ..RawParam::default()
            },
            Some(Ctx::Params(Some(Location::Header))),
        ));
    }

    /// A JSON object right under a parameter label of a call that sends no body
    /// (`**Parameters**:` then `{"batchSize": 10, "offset": 30}` under a `GET`): its
    /// members are the query's parameters, as the object's own words name them.
    fn query_json_here(&self, k: usize, b: &Block, lang: Option<&str>) -> bool {
        matches!(self.ctx, Some(Ctx::Params(None | Some(Location::Query))))
            && self.label_before(k)
            && self
                .o
                .route
                .as_ref()
                .is_some_and(|r| matches!(r.method.as_str(), "GET" | "HEAD"))
            && json_code(&b.text, lang, &['{'])
    }

    /// Query parameters a sentence of the operation's prose names in code right before the
    /// words `query parameter` (`Use `includeDisabled=true` query parameter to …`, `the
    /// `limit` and `continue` query parameters`): optional unless the sentence says
    /// required; a value after `=` is no part of the name, nor is other code in the
    /// sentence (`make a `GET` request`, `can only take value `reprocess``). Only where the
    /// words before the first code tell the caller to send it (`use`, `with`, `pass`, …).
    /// A list item's sentence too (`- **Usage**: Pass the SQL in the `sql` query
    /// parameter.`). On a call that sends no body (`GET`, `HEAD`), a name the endpoint
    /// `accepts` as a bare `parameter` is a query parameter too (`The search endpoint
    /// accepts a <code>sort</code> parameter, one of …`; HTML code elements read as code
    /// spans).
    fn prose_query_names(&mut self) {
        let Some(route) = self.o.route.as_ref() else {
            return;
        };
        let bodiless = matches!(route.method.as_str(), "GET" | "HEAD");
        let texts = self.prose_texts();
        for (line, src) in &texts {
            let line = *line;
            for sentence in src.split(". ") {
                let pieces: Vec<&str> = sentence.split('`').collect();
                let accepts = pieces.first().is_some_and(|lead| {
                    lead.split_whitespace()
                        .any(|w| matches!(w.to_ascii_lowercase().as_str(), "accepts" | "takes"))
                });
                // (A sentence that tells the caller to send it: `Use …`, `with the …`, `pass
                // …`; not `Treat the `code` query parameter as a password`, said of an
                // answer.)
                let sends = pieces.first().is_some_and(|lead| {
                    lead.split_whitespace().any(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "use"
                                | "using"
                                | "with"
                                | "pass"
                                | "passing"
                                | "add"
                                | "adding"
                                | "set"
                                | "setting"
                                | "specify"
                                | "specifying"
                                | "provide"
                                | "providing"
                                | "supply"
                                | "include"
                                | "via"
                                | "accepts"
                                | "supports"
                                | "takes"
                        )
                    })
                });
                if !sends {
                    continue;
                }
                // (The names in code right before the words, joined by `,`, `and`, `or`.)
                let mut run: Vec<&str> = Vec::new();
                for k in (1..pieces.len().saturating_sub(1)).step_by(2) {
                    let span = pieces[k];
                    // (A query string in code the sentence says to add to the URL: `by
                    // adding `?compact``, `Add `?fluff` at the end of the URL`: its names.)
                    let added = pieces[k - 1].split_whitespace().last().is_some_and(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "add" | "adding" | "append" | "appending"
                        )
                    });
                    if let Some(query) = span.strip_prefix('?')
                        && added
                    {
                        let doc = sentence.replace('`', "");
                        for pair in query.split('&') {
                            let name = pair.split_once('=').map_or(pair, |(n, _)| n);
                            if name.starts_with(|c: char| c.is_ascii_alphabetic())
                                && name
                                    .chars()
                                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
                            {
                                self.prose_query(name, sentence, &doc, line);
                            }
                        }
                        run.clear();
                        continue;
                    }
                    let name = span.split_once('=').map_or(span, |(n, _)| n).trim();
                    let ident = name.chars().next().is_some_and(char::is_alphabetic)
                        && name
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
                    if !ident {
                        run.clear();
                        continue;
                    }
                    run.push(name);
                    let after = pieces[k + 1].trim().to_ascii_lowercase();
                    if matches!(after.as_str(), "," | "and" | "or" | ", and" | ", or") {
                        continue;
                    }
                    if after.starts_with("query parameter")
                        || after.starts_with("query string parameter")
                        || (bodiless
                            && accepts
                            && run.len() == 1
                            && (after == "parameter" || after.starts_with("parameter,")))
                    {
                        let doc = sentence.replace('`', "");
                        for name in run.drain(..) {
                            self.prose_query(name, sentence, &doc, line);
                        }
                    }
                    run.clear();
                }
            }
        }
        // (Then the names beside the word `parameter`, where the words above gave none.)
        for (line, src) in &texts {
            for sentence in src.split(". ") {
                self.parameter_sentence(sentence, *line);
            }
        }
    }

    /// The operation's paragraphs and items as written, each with its first line: the
    /// source keeps the code marks the block's text leaves out (HTML code elements read as
    /// code spans); an HTML paragraph whose span is its opening tag's line is read on to
    /// its close.
    fn prose_texts(&self) -> Vec<(u32, String)> {
        self.blocks
            .iter()
            .filter(|b| matches!(b.kind, Kind::Paragraph | Kind::Item { .. }))
            .map(|b| {
                let mut end = b.span.end_line;
                let first = self.doc.source.text(b.span.line, b.span.line);
                if end == b.span.line && matches!(first.trim(), "<p>" | "<li>") {
                    let close = if first.trim() == "<p>" {
                        "</p>"
                    } else {
                        "</li>"
                    };
                    end = (b.span.line + 1..b.span.line + 12)
                        .find(|&n| self.doc.source.text(n, n).contains(close))
                        .unwrap_or(end);
                }
                let src = self
                    .doc
                    .source
                    .text(b.span.line, end)
                    .replace("<code>", "`")
                    .replace("</code>", "`");
                (b.span.line, src)
            })
            .collect()
    }

    /// Where the arguments go of the call whose keys most names of the list of item `k`
    /// are (see the walk's arm using it): the query string, or the JSON body.
    /// Whether the item `k` is in a top-level list that nothing introduces: the block
    /// before its first item is no paragraph or label ending with a colon (`Interesting
    /// fields in the hashes are:`, `**Methods:**`, which say what the list is, often what
    /// a call returns), unless that sentence speaks of what the call is sent (`The GET
    /// request url can have queries added … These queries are:`) and not of what it
    /// returns.
    fn unintroduced_list(&self, k: usize) -> bool {
        let Some(Kind::Item { depth: 0, .. }) = self.blocks.get(k).map(|b| &b.kind) else {
            return false;
        };
        let first = self.list_start(k);
        if first == 0 {
            return true;
        }
        let intro = self.blocks[first - 1].text.trim_end();
        if !intro.trim_end_matches(['*', '_']).ends_with([':', '：']) {
            return true;
        }
        let said = intro.to_lowercase();
        let sent = ["quer", "param", "argument", "option"]
            .iter()
            .any(|w| said.contains(w));
        let returned = ["return", "respon", "contain", "output", "field"]
            .iter()
            .any(|w| said.contains(w));
        self.blocks[first - 1].kind == Kind::Paragraph && sent && !returned
    }

    /// Whether block `j` of the extents is a list item.
    fn is_item(&self, j: usize) -> bool {
        self.blocks
            .get(j)
            .is_some_and(|b| matches!(b.kind, Kind::Item { .. }))
    }

    /// The first item of the run of items block `k` is in (`k` itself when it is none).
    fn list_start(&self, k: usize) -> usize {
        (0..=k)
            .rev()
            .take_while(|&j| self.is_item(j))
            .last()
            .unwrap_or(k)
    }

    fn called_location(&self, k: usize) -> Option<Location> {
        if self.called_list(k, &self.query_call) {
            Some(Location::Query)
        } else if self.called_list(k, &self.sample_call) {
            Some(Location::Body)
        } else {
            None
        }
    }

    /// Whether the item `k` is in a list of items most of whose names are `keys`, those
    /// of the call the page shows of the operation's method.
    fn called_list(&self, k: usize, keys: &[String]) -> bool {
        if keys.is_empty() || !self.is_item(k) {
            return false;
        }
        let first = self.list_start(k);
        let names: Vec<String> = (first..)
            .take_while(|&j| self.is_item(j))
            .flat_map(|j| bullets(&self.blocks[j].text, self.blocks[j].span.line))
            .map(|p| p.name)
            .collect();
        // (`tags.#` and `tags.1`, `ids[]` and `ids[0]`: the name before its index.)
        let stem = |n: &str| n.split(['.', '[']).next().unwrap_or(n).to_string();
        let shown = names
            .iter()
            .filter(|n| keys.iter().any(|key| stem(key) == stem(n)))
            .count();
        !names.is_empty() && shown * 2 > names.len()
    }

    /// Parameters a sentence names beside the word `parameter` (see
    /// [`super::params::parameter_runs`]: `Takes one mandatory parameter, ``folder``, and
    /// returns …`, `The optional ``since`` parameter limits …`). They are query parameters
    /// where the sentence says `query`, on a call that sends no body (`GET`, `HEAD`,
    /// `DELETE`), or where the operation's own example call puts the name in its query
    /// string (`curl -X POST …/rest/db/scan?folder=default`); elsewhere the page does not say
    /// where they go, and they are left out. Not from a sentence naming another path.
    fn parameter_sentence(&mut self, sentence: &str, line: u32) {
        let Some(route) = self.o.route.as_ref() else {
            return;
        };
        let bodiless = matches!(route.method.as_str(), "GET" | "HEAD" | "DELETE");
        // (A sentence naming another path is about that one: `With [POST
        // /api/v1/statuses](#create), use `text` as the value for `status` parameter`.)
        let other = sentence.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | '`' | ',' | '.'));
            w.starts_with('/')
                && w.chars().any(|c| c.is_ascii_alphabetic())
                && w.trim_end_matches('/') != route.path.trim_end_matches('/')
        });
        if other {
            return;
        }
        let said_query = sentence.to_ascii_lowercase().contains("query");
        let doc = sentence.replace('`', "");
        for (names, required) in super::params::parameter_runs(sentence) {
            for name in names {
                let in_call = self.blocks.iter().any(|b| {
                    b.is_code()
                        && (b.text.contains(&format!("?{name}="))
                            || b.text.contains(&format!("&{name}=")))
                });
                if !(bodiless || said_query || in_call)
                    || self.raw.iter().any(|(p, _)| p.name == name)
                {
                    continue;
                }
                self.raw.push((
                    RawParam {
                        name,
                        required,
                        location: Some(Location::Query),
                        doc: doc.trim().to_string(),
                        line,
                        ..RawParam::default()
                    },
                    Some(Ctx::Params(Some(Location::Query))),
                ));
            }
        }
    }

    /// Headers a sentence says the call is sent with, a name in code right before the word
    /// `header` (`Fetches the map whose ID is passed in the `Map:` header`, `All of these may
    /// require `Password` header to be sent`): in the operation's own text, or in the
    /// paragraphs opening the section of several operations before their routes. Required
    /// only where the sentence says so.
    fn prose_headers(&mut self) {
        let (doc, o) = (self.doc, self.o);
        if o.route.is_none() {
            return;
        }
        let mut texts: Vec<&Block> = self
            .blocks
            .iter()
            .filter(|b| matches!(b.kind, Kind::Paragraph | Kind::Item { .. }))
            .collect();
        if let (Some(h), Some(at)) = (o.heading, o.block)
            && h < o.start
            && h < at
        {
            texts.extend(
                doc.blocks[h + 1..at]
                    .iter()
                    .take_while(|b| b.kind == Kind::Paragraph),
            );
        }
        for b in texts {
            let src = doc.source.text(b.span.line, b.span.end_line);
            for sentence in src.split(". ") {
                let lower = sentence.to_ascii_lowercase();
                let sent = [
                    "pass",
                    "passed",
                    "passing",
                    "send",
                    "sent",
                    "set",
                    "require",
                    "requires",
                    "required",
                    "include",
                    "provide",
                    "specified",
                ]
                .iter()
                .any(|w| lower.split_whitespace().any(|x| x == *w));
                if !sent {
                    continue;
                }
                let pieces: Vec<&str> = sentence.split('`').collect();
                for k in (1..pieces.len().saturating_sub(1)).step_by(2) {
                    let name = pieces[k].trim().trim_end_matches(':');
                    let after = pieces[k + 1].trim_start().to_ascii_lowercase();
                    let ident = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                    if ident
                        && (after.starts_with("header ")
                            || after.starts_with("header(s)")
                            || after == "header")
                    {
                        let doc = sentence.replace('`', "").trim().to_string();
                        self.push_header(name, b.span.line, doc);
                    }
                }
            }
        }
    }

    /// A list under no label in a call that sends no body, right above a JSON sample (no
    /// block between them) of which each of its names is a member (`| name | string |
    /// language name |` … over `{"name": "D", "mode": "d", …}` under `GET
    /// /data/language`): the answer's fields, not query parameters.
    fn fields_of_the_answer_shown(&mut self) {
        let reads = self
            .o
            .route
            .as_ref()
            .is_some_and(|r| matches!(r.method.as_str(), "GET" | "HEAD" | "DELETE"));
        let unlabelled = |p: &RawParam, ctx: &Option<Ctx>| p.location.is_none() && ctx.is_none();
        let listed: Vec<&RawParam> = self
            .raw
            .iter()
            .filter(|(p, ctx)| unlabelled(p, ctx))
            .map(|(p, _)| p)
            .collect();
        if !reads || listed.len() < 2 {
            return;
        }
        let last = listed.iter().map(|p| p.line).max().unwrap_or(0);
        // (Right after the list: JSON under words of its own, `Example request:`, may be
        // the request's.)
        let right_after = |line: u32| {
            !self
                .blocks
                .iter()
                .any(|x| x.span.line > last && x.span.line < line)
        };
        let names_all = |node: &Node| {
            record_members(node).is_some_and(|members| {
                listed
                    .iter()
                    .all(|p| members.iter().any(|(m, _)| *m == p.name))
            })
        };
        // (Not a sample under a response's label further on: an answer may echo the
        // query's names, `page` and `size` beside `content`.)
        let shown = self.blocks.iter().enumerate().any(|(k, b)| {
            matches!(b.kind, Kind::Code { .. })
                && b.span.line > last
                && right_after(b.span.line)
                && json_code(&b.text, None, &['{', '['])
                && sample_json(self.doc, self.index[k], b.span.end_line, self.blocks)
                    .is_ok_and(|(parsed, _, _)| names_all(&parsed.node))
        });
        if !shown {
            return;
        }
        let (answer, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.raw)
            .into_iter()
            .partition(|(p, ctx)| unlabelled(p, ctx));
        self.raw = rest;
        if self.answer_fields.is_empty() {
            self.answer_fields = answer.into_iter().map(|(p, _)| p).collect();
        }
    }

    /// The items of a list of the formats the body may come in ([`format_item`]): no
    /// fields.
    fn format_items(&mut self) {
        self.raw.retain(|(p, _)| !format_item(p));
    }

    /// The parameters a label of parameters lists without placing them, before a body the
    /// page shows under a label naming the body as a JSON record that names none of them
    /// (`### Parameters` / `- `review` - …` over `### Body` and a sample of `id`, `mta`,
    /// `projects`): the call's query string (a header's name, a header), not more of the
    /// body.
    fn query_beside_shown_body(&mut self) {
        let sends = self
            .o
            .route
            .as_ref()
            .is_some_and(|r| matches!(r.method.as_str(), "POST" | "PUT" | "PATCH"));
        let Some((_, node, _)) = self.body_samples.first() else {
            return;
        };
        let Some(members) = record_members(node) else {
            return;
        };
        // (Under a label of parameters: items under no label may be anything.)
        let unplaced = |p: &RawParam, ctx: &Option<Ctx>| {
            p.location.is_none() && *ctx == Some(Ctx::Params(None))
        };
        let listed: Vec<&RawParam> = self
            .raw
            .iter()
            .filter(|(p, ctx)| unplaced(p, ctx))
            .map(|(p, _)| p)
            .collect();
        let last = listed.iter().map(|p| p.line).max().unwrap_or(u32::MAX);
        let labelled = self.body_labels.iter().any(|&l| l > last && l <= node.line);
        // (Not a list naming the body itself, `- **body** - the JSON object to create`, nor
        // one the sample fills in, `configName` over `"configName1": "configValue1"`.)
        let apart = labelled
            && listed.iter().all(|p| {
                !names_body(&p.name) && !members.iter().any(|(m, _)| m.starts_with(&p.name))
            })
            && !self.raw.iter().any(|(p, ctx)| {
                p.location == Some(Location::Body)
                    || matches!(ctx, Some(Ctx::Params(Some(Location::Body)) | Ctx::Form))
            });
        // (A header's name among them, `* Authorization: BEARER <token>` over `* Body:`,
        // is a header's.)
        if sends && members.len() >= 2 && apart {
            for (p, ctx) in &mut self.raw {
                if unplaced(p, ctx) {
                    p.location = Some(if super::params::request_header_name(&p.name) {
                        Location::Header
                    } else {
                        Location::Query
                    });
                }
            }
        }
    }

    /// A query parameter a sentence names (`the `limit` and `continue` query parameters`),
    /// unless the operation has it already: required only where the sentence says so,
    /// described by `doc` (the sentence without its markup).
    fn prose_query(&mut self, name: &str, sentence: &str, doc: &str, line: u32) {
        if self.raw.iter().any(|(p, _)| p.name == name) {
            return;
        }
        self.raw.push((
            RawParam {
                name: name.to_string(),
                required: Some(super::params::prose_required(sentence) == Some(true)),
                location: Some(Location::Query),
                doc: doc.trim().to_string(),
                line,
                ..RawParam::default()
            },
            Some(Ctx::Params(Some(Location::Query))),
        ));
    }

    /// An operation whose route heads a table of its facts (`/namespaces (GET) |` over
    /// `description | …`, `response codes | <ul><li>**Success**: 200 (OK)</li>…`): its
    /// description and its statuses, one per item of the status row.
    fn record_facts(&mut self, op: &mut Operation) {
        let (doc, o) = (self.doc, self.o);
        let Some(t) = o.block.and_then(|b| doc.blocks[b].table()) else {
            return;
        };
        if o.block.is_none_or(|b| {
            !(doc.blocks[b].span.line..=doc.blocks[b].span.end_line).contains(&o.route_at)
        }) || !t.rows.iter().all(|r| r.len() == 2)
        {
            return;
        }
        for (row, &line) in t.rows.iter().zip(&t.row_lines) {
            let key = super::routes::strip_markup(&row[0])
                .trim()
                .trim_end_matches(':')
                .to_ascii_lowercase();
            if key == "description" && op.doc.is_none() && !row[1].trim().is_empty() {
                op.doc = Some(super::routes::strip_markup(&row[1]).trim().to_string());
            }
            // (`pagination | … using the `limit` and `continue` query parameters`: the
            // names in code the sentence gives as query parameters.)
            for sentence in row[1].split(". ") {
                let lower = sentence.to_ascii_lowercase();
                if !(lower.contains("query parameter") || lower.contains("query string parameter"))
                {
                    continue;
                }
                for name in sentence.split('`').skip(1).step_by(2) {
                    let ident = name.chars().next().is_some_and(char::is_alphabetic)
                        && name
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                    if ident {
                        self.prose_query(name, sentence, &without_tags(sentence), line);
                    }
                }
            }
            // (`URL Parameter | status, authored-on, modified`: the query's parameters, by
            // name; `HTTP Header |` over `Authorization: Bearer …` lines in code: the headers,
            // media types aside.)
            if matches!(
                key.as_str(),
                "url parameter" | "url parameters" | "query parameter" | "query parameters"
            ) {
                let names: Vec<&str> = row[1]
                    .split([',', '\n'])
                    .map(|n| n.trim().trim_matches('`'))
                    .filter(|n| !n.is_empty())
                    .collect();
                let ident = |n: &&str| {
                    n.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                        && n.chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
                };
                if names.iter().all(ident) {
                    for name in names {
                        self.named_once(
                            name.to_string(),
                            line,
                            Some(Ctx::Params(Some(Location::Query))),
                        );
                    }
                }
            }
            if matches!(
                key.as_str(),
                "http header" | "http headers" | "header" | "headers" | "request headers"
            ) {
                // (The header lines as the cell holds them: in a listing block, `----`
                // around them, its lines joined, `---- Authorization: Bearer eyJ… ----
                // NOTE: …`; else a line each.)
                let listed: Vec<&str> = row[1].split("----").skip(1).step_by(2).collect();
                let mut names: Vec<&str> = Vec::new();
                if listed.is_empty() {
                    names.extend(row[1].lines().filter_map(|l| {
                        let (name, value) = l.trim().split_once(": ")?;
                        (!value.trim().is_empty()).then_some(name)
                    }));
                } else {
                    for block in listed {
                        let words: Vec<&str> = block.split_whitespace().collect();
                        for (k, w) in words.iter().enumerate() {
                            if let Some(name) = w.strip_suffix(':')
                                && k + 1 < words.len()
                            {
                                names.push(name);
                            }
                        }
                    }
                }
                for name in names {
                    if header_name(name) && !media_header(name) {
                        self.push_header(name, line, String::new());
                    }
                }
            }
            let statuses = STATUS_FIELDS.contains(&key.as_str())
                || matches!(
                    key.as_str(),
                    "responses" | "http status codes" | "http codes"
                );
            if !statuses {
                continue;
            }
            let value = row[1].replace("</li>", "\n").replace(['*', '`'], "");
            for piece in value.split(['\n', ';']).flat_map(|p| p.split("<br")) {
                let text = without_tags(piece);
                let text = text.trim().trim_start_matches(['>', '/']).trim();
                // (`Success: 200 (OK)`: a label before the code.)
                let after = text.split_once(':').map_or(text, |(l, r)| {
                    if l.trim().chars().all(|c| c.is_alphabetic() || c == ' ') {
                        r
                    } else {
                        text
                    }
                });
                if let Some((code, reason)) = leading_status(after) {
                    let reason = reason.map(|r| {
                        r.trim_start_matches('(')
                            .trim_end_matches(')')
                            .trim()
                            .to_string()
                    });
                    self.add_status(code, line, reason);
                }
            }
        }
    }

    /// A parameter known by its name alone (a cell naming it), at `line`, unless one of that
    /// name is read already.
    fn named_once(&mut self, name: String, line: u32, ctx: Option<Ctx>) {
        self.push_once(
            RawParam {
                name,
                line,
                ..RawParam::default()
            },
            ctx,
        );
    }

    /// Parameter `p` under `ctx`, unless one of its name is read already.
    fn push_once(&mut self, p: RawParam, ctx: Option<Ctx>) {
        if !self.raw.iter().any(|(q, _)| q.name == p.name) {
            self.raw.push((p, ctx));
        }
    }

    /// An operation that is a table row (`Path | Method | Description`): the fields listed
    /// inside its cells, its description and statuses from the description cell.
    fn row_fields(&mut self, op: &mut Operation) {
        let (doc, o) = (self.doc, self.o);
        if let Some(t) = o.block.and_then(|b| doc.blocks[b].table())
            && let Some(k) = t.row_lines.iter().position(|&l| l == o.route_at)
            && let Some(row) = t.rows.get(k)
        {
            for cell in row {
                self.raw.extend(cell_fields(cell, o.route_at));
                for (name, ctx) in cell_query_names(cell) {
                    self.named_once(name, o.route_at, Some(ctx));
                }
            }
            // Parameters a column of their own names as pairs (`| Parameters |` over
            // `level=${LEVEL} tenant=${TENANT}`): each name, its requirement unstated.
            if let Some(cell) = t
                .header
                .iter()
                .position(|h| {
                    matches!(
                        h.trim().trim_end_matches(':').to_ascii_lowercase().as_str(),
                        "parameters" | "params" | "query parameters" | "query" | "arguments"
                    )
                })
                .and_then(|i| row.get(i))
            {
                for name in pair_names(cell) {
                    self.named_once(name, o.route_at, None);
                }
            }
            // (A table of one method's facts, `|Method|addnode|` over `|Parameters|1. peer
            // (string, required) - …<br />2. command (string, required) - …|`: the numbered
            // items of its parameters row, each read as a bullet; a name of words is joined
            // by `_`, `block hash` as `block_hash`.)
            if o.rpc.is_some() && t.rows.iter().all(|r| r.len() == 2) {
                for (k, r) in t.rows.iter().enumerate() {
                    let key = r[0].trim().trim_matches('*').to_ascii_lowercase();
                    if !matches!(key.as_str(), "parameters" | "params" | "arguments") {
                        continue;
                    }
                    let line = t.row_lines.get(k).copied().unwrap_or(o.route_at);
                    for item in r[1]
                        .split("<br />")
                        .flat_map(|x| x.split("<br/>"))
                        .flat_map(str::lines)
                    {
                        let Some((n, rest)) = item.trim().split_once(". ") else {
                            continue;
                        };
                        if n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()) {
                            continue;
                        }
                        let joined = match rest.split_once(" (") {
                            Some((name, after))
                                if name.contains(' ')
                                    && name.chars().all(|c| c.is_ascii_lowercase() || c == ' ') =>
                            {
                                format!("{} ({after}", name.replace(' ', "_"))
                            }
                            _ => rest.to_string(),
                        };
                        if let Some(p) = bullet(&joined, line) {
                            self.push_once(p, None);
                        }
                    }
                }
            }
            // URL parameters that columns of their own name (`| req= | name= |` over
            // `LIST_BRANCHES | [repository name]`): a query parameter where the row's cell
            // says what it holds (`-` for none), optional in brackets. (The column naming
            // the row's method is that method's selector, no parameter of it.)
            for (i, h) in t.header.iter().enumerate() {
                let Some(key) = url_parameter_label(h) else {
                    continue;
                };
                let Some(cell) = row.get(i).map(|c| c.trim()) else {
                    continue;
                };
                if cell.is_empty()
                    || cell.chars().all(|c| matches!(c, '-' | '—' | '–'))
                    || o.rpc.as_deref() == Some(cell.trim_matches('`'))
                {
                    continue;
                }
                let optional = cell.starts_with('[') && cell.ends_with(']');
                self.push_once(
                    RawParam {
                        name: key.to_string(),
                        line: o.route_at,
                        required: optional.then_some(false),
                        location: Some(Location::Query),
                        doc: cell.trim_matches(['[', ']']).to_string(),
                        ..RawParam::default()
                    },
                    Some(Ctx::Params(Some(Location::Query))),
                );
            }
            // Statuses in columns of their own (`| Success | Failure |` over `` `201`/`202` ``).
            for (i, h) in t.header.iter().enumerate() {
                let h = h.trim().trim_end_matches(':').to_ascii_lowercase();
                let status_column = STATUS_FIELDS.contains(&h.as_str())
                    || matches!(h.as_str(), "success" | "failure" | "error" | "errors");
                // (`| Response |` over `200 OK with a JSON array …`: the status it opens with.)
                if matches!(h.as_str(), "response" | "responses" | "returns")
                    && let Some((code, reason)) = row
                        .get(i)
                        .and_then(|c| c.lines().next())
                        .and_then(leading_status)
                {
                    self.add_status(code, o.route_at, reason);
                    continue;
                }
                let Some(cell) = row.get(i).filter(|_| status_column) else {
                    continue;
                };
                let words: Vec<&str> = cell
                    .split(|c: char| c == '/' || c == ',' || c.is_whitespace())
                    .map(|w| w.trim_matches(['`', '*']))
                    .filter(|w| !w.is_empty())
                    .collect();
                let codes: Vec<u16> = words.iter().filter_map(|w| bare_status(w)).collect();
                if codes.len() == words.len() {
                    for code in codes {
                        self.add_status(code, o.route_at, None);
                    }
                } else if let Some((code, reason)) = cell.lines().next().and_then(leading_status) {
                    // (`201 with `Location` header`: the code the cell opens with.)
                    self.add_status(code, o.route_at, reason);
                } else if let [only] = row
                    .iter()
                    .enumerate()
                    .filter(|(c, _)| *c != i)
                    .filter_map(|(_, c)| bare_status(c.trim()))
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    // (A row whose status sits in another cell, its cells set out of
                    // order: `| PUT | 200 | Modify workspace |` under `| Method | Action
                    // | Status code |`, the one cell that is a code alone.)
                    self.add_status(*only, o.route_at, None);
                }
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
                let own_only = o.more.iter().all(|m| Some(*m) == o.tail);
                if !first.is_empty() && own_only && o.end <= o.start + 1 {
                    op.doc = Some(first.to_string());
                }
                for code in cell_statuses(d) {
                    self.add_status(code, o.route_at, None);
                }
            }
        }
    }

    /// The raw parameters found elsewhere than in lists: query pairs named in prose, a
    /// method heading's signature (`createGroupIfNotExistsFor(groupMapper)`) where no list
    /// gives them; label words read as names dropped.
    fn more_raw_params(&mut self) {
        let (doc, o) = (self.doc, self.o);
        // (`### findArtist&name=$artistname[&limit=$limit]`: a command of a URL-selected
        // entry point, headed with its query.)
        if let (Some(h), Some(rpc)) = (o.heading, o.rpc.as_deref())
            && let Some((name, params)) =
                super::rpc::command_heading(&clean_heading(&doc.blocks[h].text))
            && name == rpc
        {
            for (key, optional) in params {
                self.push_once(
                    RawParam {
                        name: key,
                        line: doc.blocks[h].span.line,
                        required: optional.then_some(false),
                        location: Some(Location::Query),
                        ..RawParam::default()
                    },
                    Some(Ctx::Params(Some(Location::Query))),
                );
            }
        }
        // (`Request: POST /api/server/add (server_host, server_token)`, `… with parameters
        // (server_id).`: the arguments the route's own line names.)
        if let Some(b) = o.block.map(|k| &doc.blocks[k])
            && b.kind == Kind::Paragraph
            && let Some((label, rest)) = b.text.trim().split_once(':')
            && super::evidence::request_label(label)
            && let Some((_, names)) = super::evidence::labelled_route_args(rest)
        {
            for name in names {
                self.named_once(name, b.span.line, None);
            }
        }
        self.raw.extend(prose_query(doc, o));
        self.raw.retain(|(p, _)| !label_name(&p.name));
        shown_in_query(doc, o, &mut self.raw);
        raw_body_in_query(doc, o, &mut self.raw);
        // (Or the declaration in the code block that names the method, `syntax_method`.)
        let declared = match (o.heading, o.block) {
            (Some(h), _) => signature(&clean_heading(&doc.blocks[h].text)).map(|s| (h, s)),
            (None, Some(b)) if doc.blocks[b].is_code() => typed_signature(&doc.blocks[b].text)
                .or_else(|| command_signature(&doc.blocks[b].text, o.rpc.as_deref()?))
                .map(|s| (b, s)),
            _ => None,
        }
        .or_else(|| row_signature(doc, o));
        // (Not where a list gives parameters and none of them is in the parenthesis: a
        // title's aside, `# server_info (xrpld)` over a table of its fields.)
        if o.rpc.is_some()
            && let Some((at, (_, args))) = declared
            && (self.raw.is_empty()
                || args
                    .iter()
                    .any(|a| self.raw.iter().any(|(q, _)| q.name == a.name)))
        {
            for p in args {
                // (A parameter the section lists too takes the declaration's flag and type
                // where the list gives none: `## floor` under `Integer floor = 0`.)
                if let Some((q, _)) = self.raw.iter_mut().find(|(q, _)| q.name == p.name) {
                    q.required = q.required.or(p.required);
                    if q.ty.is_none() {
                        q.ty = p.ty;
                    }
                } else {
                    self.raw.push((
                        RawParam {
                            line: doc.blocks[at].span.line,
                            ..p
                        },
                        None,
                    ));
                }
            }
        }
    }
}

/// The arguments a table of methods gives its row's method in a column of their own
/// (`| z_getbalance | address [minconf=1] | Returns … |` under `Command | Parameters |
/// Description`): read as the call's signature, `z_getbalance(address, [minconf=1])`.
fn row_signature(doc: &Document, o: &OpAt) -> Option<(usize, (String, Vec<RawParam>))> {
    let b = o.block?;
    let t = doc.blocks[b].table()?;
    let rpc = o.rpc.as_deref()?;
    let col = t.header.iter().position(|h| {
        matches!(
            h.trim().trim_matches('*').to_ascii_lowercase().as_str(),
            "parameters" | "params" | "arguments" | "args"
        )
    })?;
    let row = t
        .rows
        .get(t.row_lines.iter().position(|&l| l == o.route_at)?)?;
    let args: Vec<&str> = row.get(col)?.split_whitespace().collect();
    signature(&format!("{rpc}({})", args.join(", "))).map(|s| (b, s))
}

/// The lines of `blocks` (a call and the option lines a capture prints after it), each
/// with its line in the file (a fence's body starts after its opening line).
fn numbered_lines(blocks: &[Block]) -> Vec<(u32, &str)> {
    blocks
        .iter()
        .flat_map(|c| {
            let first = if c.is_code() {
                code_first_line(c)
            } else {
                c.span.line
            };
            (first..).zip(c.text.split('\n'))
        })
        .collect()
}

/// The names of a cell made only of `name=value` pairs (`add=${ADD_WORKERS}
/// remove=${REMOVE_WORKERS}`, `a=1&b=2`, `x=…, y=…`); none when anything else is in it.
fn pair_names(cell: &str) -> Vec<String> {
    let mut names = Vec::new();
    for pair in cell
        .split(|c: char| c.is_whitespace() || c == '&' || c == ',')
        .map(|p| p.trim_matches(['`', '?']))
        .filter(|p| !p.is_empty())
    {
        let Some((name, _)) = pair.split_once('=') else {
            return Vec::new();
        };
        let ok = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if !ok {
            return Vec::new();
        }
        names.push(name.to_string());
    }
    names
}

/// A table whose rows each open with a status code (`| 200 | Session created |`), header
/// or not: the codes with the next cell as reason.
fn code_rows(t: &crate::read::blocks::Table) -> Option<Vec<(u16, Option<String>)>> {
    if t.rows.is_empty() {
        return None;
    }
    t.rows
        .iter()
        .map(|r| {
            let c = r.first()?.trim().trim_matches(['`', '*']).trim();
            let code = c.parse::<u16>().ok().filter(|c| (100..600).contains(c))?;
            let reason = r
                .get(1)
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty());
            Some((code, reason))
        })
        .collect()
}

/// The operation id: the RPC target, or the name (a title id for profiles that want short
/// ids); from the route when the name gives no Rust identifier.
fn op_id(o: &OpAt, short_ids: bool, id_prefix: &str) -> String {
    let id = o.rpc.as_deref().map_or_else(
        || match short_ids {
            true => crate::extract::kit::title_id(&o.name).unwrap_or_default(),
            false => o.name.to_snake_case(),
        },
        |n| n.replace('.', "_").to_snake_case(),
    );
    // A heading's ordinal (`### 3. GET /health`, `2) Create a user`) is not a name.
    let id = id
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '_')
        .to_string();
    // A name in another script (`Присоединение по приглашению`) gives no Rust
    // identifier: the route does (`post_api_v3_teams_team_uid_join`).
    let id = match (&o.route, id.is_empty() || !id.is_ascii()) {
        (Some(r), true) => {
            let path = r.path.strip_prefix(id_prefix).unwrap_or(&r.path);
            // (A placeholder named in another script, `/persons/<кошелек>/accounts`, gives
            // nothing to the id.)
            let snake = format!("{} {path}", r.method).to_snake_case();
            let ascii: String = snake
                .split('_')
                .filter(|w| !w.is_empty() && w.is_ascii())
                .collect::<Vec<_>>()
                .join("_");
            ascii
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
    if id.is_empty() || id == "op_" {
        "operation".to_string()
    } else {
        id
    }
}

/// Whether a name is written as an HTTP header's is (`X-Api-Key`, `Authorization`,
/// `x-request-id`): letters, digits and dashes, with a dash or opening with a capital.
fn header_name(n: &str) -> bool {
    !n.is_empty()
        && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && (n.contains('-') || n.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Whether a header names the media types of a call (`Content-Type`, `Accept`), which its
/// content type says, no parameter.
fn media_header(name: &str) -> bool {
    name.eq_ignore_ascii_case("content-type") || name.eq_ignore_ascii_case("accept")
}

/// The description: the first paragraph of the extent before any label or route, and the
/// paragraphs right after it that go on with it.
fn description(blocks: &[Block], o: &OpAt) -> Option<String> {
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
                && (block_label(b).is_none() || label_after_prose(b))
                && route_line(&b.text).is_none()
                // (The element that gives the route, `<Endpoint verb="GET" path="/x" />`,
                // is markup, no description.)
                && !(b.span.line == o.route_at && b.text.trim_start().starts_with('<'))
                && !b.text.contains("\n:")
                // `Url:`, `Push information:`: a label of the vendor's own.
                && !(b.level() == Some(0) && b.text.trim_end().ends_with(':'))
                // (A page's YAML front matter, `---` lines at its top, is the site's
                // metadata, not what the page says of the call.)
                && !front_matter_block(b)
                // (Nor the page's style sheet after it, `<style>` … `</style>`.)
                && !b.text.trim_start().starts_with("<style")
                && !b.text.trim_end().ends_with("</style>")
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
    doc_at.map(|at| {
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
    })
}

/// Whether a block is a page's YAML front matter: a paragraph on the page's first line
/// opening with a `---` line.
fn front_matter_block(b: &Block) -> bool {
    b.kind == Kind::Paragraph
        && b.span.line == 1
        && b.text.lines().next().is_some_and(|l| l.trim() == "---")
}

/// Whether line `k` is an interim answer's status line (`HTTP/1.1 100 Continue`) with
/// another status line after it: the final answer's is the call's status, not this one.
fn interim_status(lines: &[&str], k: usize) -> bool {
    http_status_line(lines[k]).is_some_and(|(c, _)| matches!(c, 100 | 102 | 103))
        && lines[k + 1..].iter().any(|n| http_status_line(n).is_some())
}

/// The statuses of the status lines among `lines`, interim answers left out.
fn final_statuses(lines: &[&str]) -> Vec<(u16, Option<String>)> {
    (0..lines.len())
        .filter(|&k| !interim_status(lines, k))
        .filter_map(|k| http_status_line(lines[k]))
        .collect()
}

/// Notes found after the route's list go on with the description (each once).
fn append_notes(op: &mut Operation, notes: Vec<String>) {
    if notes.is_empty() {
        return;
    }
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

/// `GET /qr-login.png?debug=True` as the operation's route: optional query parameters the
/// page lists nowhere else, typed by the value shown.
fn route_query_pairs(o: &OpAt, op: &mut Operation) -> Option<(String, u32)> {
    let mut credential = None;
    for (name, value) in o.route.iter().flat_map(|r| &r.pairs) {
        if op.params.iter().any(|p| p.name == *name) {
            continue;
        }
        // `access_token=your_access_token`: the caller's credential, shown where it
        // travels; the API's auth, not a parameter.
        if credential_pair(name, value) {
            credential = Some((name.clone(), o.route_at));
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
    credential
}

/// A query pair that carries the caller's credential: a credential's name
/// (`access_token`, `api_key`) with a value that stands for the caller's own
/// (`your_access_token`, `<token>`, `YOUR_API_KEY`, `xxxx`).
fn credential_pair(name: &str, value: &str) -> bool {
    let n = name.to_ascii_lowercase();
    let v = value.to_ascii_lowercase();
    matches!(
        n.as_str(),
        "access_token" | "api_key" | "apikey" | "api_token" | "auth_token" | "token"
    ) && (v.starts_with("your")
        || v.starts_with('<')
        || v.starts_with('{')
        || v.starts_with("xxx")
        || v.starts_with("my_")
        || v == n)
}

/// Whether the operation's route is a row of a table of routes (the sections it indexes
/// then read after it, not documenting it again).
fn routed_by_row(doc: &Document, o: &OpAt) -> bool {
    o.block.is_some_and(|b| doc.blocks[b].table().is_some())
}

/// A template's include of a value the page's front matter holds (`{{ page.thing_body }}`
/// on a line of its own, where the front matter has `thing_body: |` over an indented pipe
/// table): that table, read where it is included.
fn included_table(doc: &Document, b: &Block) -> Option<Block> {
    let t = b.text.trim();
    let alone = matches!(b.kind, Kind::Paragraph | Kind::Code { lang: None });
    if !alone || t.contains('\n') {
        return None;
    }
    let inner = t.strip_prefix("{{")?.strip_suffix("}}")?.trim();
    let (_, name) = inner.split_once('.')?;
    if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let key = format!("{name}:");
    doc.blocks.iter().find_map(|d| {
        let table = d.table()?;
        // (The key line over the table, read as a one-cell header: its first row is the
        // table's header.)
        if table.header.len() != 1 || table.header[0].trim() != key || table.rows.len() < 2 {
            return None;
        }
        let fixed = Table {
            header: table.rows[0].clone(),
            rows: table.rows[1..].to_vec(),
            row_lines: table.row_lines.get(1..).unwrap_or_default().to_vec(),
        };
        Some(Block {
            kind: Kind::Table(fixed),
            text: d.text.split_once('\n').map_or("", |x| x.1).to_string(),
            span: d.span,
        })
    })
}

impl Reader<'_> {
    /// One operation read from its extent: named and routed, its blocks walked step by step
    /// (see [`Walk`]), then what the walk gathered made into parameters, a body, responses
    /// and examples.
    pub(super) fn operation(&mut self, o: &OpAt) -> Operation {
        let doc = self.doc;
        let id = op_id(o, self.profile.short_ids, &self.id_prefix);
        let pascal = id.to_pascal_case();
        let mut op = Operation {
            id,
            name: o.name.clone(),
            line: o.line,
            rpc: o.rpc.clone().map(|target| Rpc { target }),
            ..Operation::default()
        };
        self.route_of(o, &mut op);
        // Named by a list of methods, documented nowhere else.
        if let Some(desc) = &o.listed {
            op.listed_only = true;
            op.doc = desc.clone();
            return op;
        }
        let end = o.end.min(doc.blocks.len());
        let start = o.start.min(end);
        // (A page whose front matter gives its route and lists its fields: the front
        // matter is read as data, not as the page's text.)
        let fields_up_front = if o.block == Some(0) && o.route.is_some() {
            super::page::front_matter_fields(doc)
        } else {
            (Vec::new(), 0)
        };
        let start = if fields_up_front.0.is_empty() {
            start
        } else {
            (start..end)
                .find(|&k| doc.blocks[k].span.line > fields_up_front.1)
                .unwrap_or(end)
        };
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
            self.warn_documented_again(o);
            // (A shared list's heading titled in other words, `### Filter` over a table
            // its sentence calls query parameters, is read as the label it stands for.)
            let shared_at = o.tail.map(|(s, _)| s).filter(|&s| {
                doc.blocks[s].is_heading()
                    && !matches!(
                        super::labels::heading_ctx(&doc.blocks[s].text),
                        Some(Ctx::Params(_))
                    )
            });
            joined = index
                .iter()
                .map(|&i| {
                    let mut b = doc.blocks[i].clone();
                    if Some(i) == shared_at {
                        b.text = "Parameters".to_string();
                    }
                    b
                })
                .collect();
            &joined
        };
        // (A row of a table of routes is described by its row, whatever sections it
        // indexes are read after it.)
        op.doc = if routed_by_row(doc, o) && !o.more.is_empty() {
            description(&doc.blocks[start..end], o)
        } else {
            description(blocks, o)
        };
        if op.doc.is_none() {
            op.doc = o.index_doc.clone();
        }
        // (Or the front matter's own description of it, `description: Use to query for
        // keys.`)
        if op.doc.is_none() && !fields_up_front.0.is_empty() {
            op.doc = ["description", "help", "summary"]
                .iter()
                .find_map(|k| super::page::front_matter_value(doc, k))
                .map(|(_, v)| v)
                .filter(|v| !v.is_empty());
        }
        let returns = returns_entity(blocks);
        let mut w = Walk::new(doc, o, blocks, &index, (start, end));
        for k in 0..blocks.len() {
            self.walk_block(&mut w, &mut op, k);
        }
        self.empty_label(w.op_label.take(), &mut op);
        self.flush_meta(w.meta.take(), &mut op);
        append_notes(&mut op, std::mem::take(&mut w.notes));
        w.row_fields(&mut op);
        w.record_facts(&mut op);
        w.prose_query_names();
        w.prose_headers();
        // (Also beside a sample shown under no number: `returns `201 Created` if new, `200
        // OK` if replaced` over `Response example:` numbers the answers; the sample stays
        // the success it shows.)
        if w.statuses.iter().all(|s| s.0 == UNSTATED_SUCCESS) {
            let found = std::mem::take(&mut w.prose_found);
            w.statuses.extend(found);
        }
        w.more_raw_params();
        // (Those front matter fields, `fields:` over `- name: key` / `purpose: …`
        // mappings.)
        for p in fields_up_front.0 {
            w.push_once(p, Some(Ctx::Params(None)));
        }
        // (The declaring call's form fields, after what the section lists: a listed
        // parameter keeps the list's word on it.)
        for (p, ctx) in std::mem::take(&mut w.call_form) {
            w.push_once(p, ctx);
        }
        // (A method's list that names the JSON-RPC envelope, `jsonrpc` and `method` among
        // `id` and `params`, lists the request, not the method's parameters: the envelope's
        // members are none of them.)
        // (A type the section declares in code, `params: `DidCloseTextDocumentParams`
        // defined as follows:` over `interface DidCloseTextDocumentParams {`, names the
        // members read from it, no parameter of that name.)
        let declared_types: Vec<&str> = blocks
            .iter()
            .filter(|b| b.is_code())
            .filter_map(|b| {
                let first = b.text.lines().find(|l| !l.trim().is_empty())?.trim();
                let rest = ["interface ", "type ", "struct ", "class "]
                    .iter()
                    .find_map(|k| first.strip_prefix(k))?;
                let name = rest
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .next()?;
                (name.len() > 1 && name.starts_with(|c: char| c.is_ascii_uppercase()))
                    .then_some(name)
            })
            .collect();
        if o.rpc.is_some() && !declared_types.is_empty() {
            w.raw
                .retain(|(p, _)| !declared_types.contains(&p.name.as_str()));
        }
        // (So does a list whose `method` item gives the method's own name, `* method:
        // `textDocument/didClose`` over `* params: `DidCloseTextDocumentParams` defined as
        // follows:`: the message's envelope, its parameters declared after it.)
        let names_itself = |p: &RawParam| {
            p.name == "method"
                && o.rpc
                    .as_deref()
                    .is_some_and(|n| p.doc.trim().trim_matches(['`', '\'', '"', ',']).trim() == n)
        };
        if o.rpc.is_some()
            && (["jsonrpc", "method"]
                .iter()
                .all(|n| w.raw.iter().any(|(p, _)| p.name == *n))
                || w.raw.iter().any(|(p, _)| names_itself(p)))
        {
            w.raw.retain(|(p, _)| {
                !matches!(p.name.as_str(), "jsonrpc" | "method" | "id" | "params")
            });
        }
        // (A member the method's request samples name it in, `"task": "addtrigger"` under
        // `# addtrigger`, says which call it is: the envelope's, no parameter.)
        if let Some(name) = o.rpc.as_deref() {
            let naming = super::rpc::naming_members(blocks, name);
            w.raw.retain(|(p, _)| !naming.contains(&p.name.as_str()));
        }
        // (Under `Required fields:` / `Optional fields:`, what the item itself leaves open.)
        for (p, _) in &mut w.raw {
            if p.required.is_none()
                && let Some((_, Some(flag))) =
                    w.label_flags.iter().rev().find(|(l, _)| *l <= p.line)
            {
                p.required = Some(*flag);
            }
        }
        // (`GET /inspectUsers?regex={userRegex}` over `- `userRegex` A JS regex …`: the
        // item describes the value of the query pair, the parameter `regex`.)
        for (name, value) in o.route.iter().flat_map(|r| &r.pairs) {
            let slot = value
                .trim_start_matches(['{', '<', ':'])
                .trim_end_matches(['}', '>']);
            if slot.is_empty() || slot == name || slot.len() + 1 >= value.len() {
                continue;
            }
            if w.raw.iter().any(|(p, _)| p.name == *name) {
                continue;
            }
            if let Some((p, _)) = w.raw.iter_mut().find(|(p, _)| p.name == slot) {
                p.name.clone_from(name);
                p.location = Some(Location::Query);
            }
        }
        // (The shared parameter sections after a table of operations: a row sending no
        // body takes none of the body's fields.)
        // (And a list that locates none of its names, shared by a section's operations:
        // a call sending no body takes only the names of its own placeholders.)
        if o.tail.is_some()
            && let Some(r) = o
                .route
                .as_ref()
                .filter(|r| matches!(r.method.as_str(), "GET" | "DELETE" | "HEAD"))
        {
            let tail = o.tail.map(|(s, e)| {
                let (a, b) = (doc.blocks[s].span.line, doc.blocks[e - 1].span.end_line);
                a..=b
            });
            // (A shared list its section says travels in the query string, `Set the fields
            // using URL query parameters, like `?from=2021-05-08``: query parameters.)
            let unlocated_shared = |p: &RawParam, ctx: &Option<Ctx>| {
                p.location.is_none()
                    && matches!(ctx, None | Some(Ctx::Params(None)))
                    && tail.as_ref().is_some_and(|t| t.contains(&p.line))
                    && !r.path.contains(&format!("{{{}}}", p.name))
            };
            let in_query = o.tail.is_some_and(|(s, e)| {
                doc.blocks[s..e]
                    .iter()
                    .any(super::locate::says_query_string)
            });
            for (p, ctx) in &mut w.raw {
                if in_query && unlocated_shared(p, ctx) {
                    p.location = Some(Location::Query);
                }
            }
            w.raw.retain(|(p, ctx)| {
                p.location != Some(Location::Body)
                    && !matches!(ctx, Some(Ctx::Params(Some(Location::Body)) | Ctx::Form))
                    && !unlocated_shared(p, ctx)
            });
        }
        // (A method with no route whose call the section shows as a query string naming it,
        // `?action=AssociateAlert&name=…`: its arguments travel in the query string.)
        if !w.query_call.is_empty() {
            for (p, ctx) in &mut w.raw {
                if p.location.is_none() && matches!(ctx, None | Some(Ctx::Params(None))) {
                    p.location = Some(Location::Query);
                }
            }
        }
        w.format_items();
        w.query_beside_shown_body();
        w.fields_of_the_answer_shown();
        let untyped = self.params(&mut op, std::mem::take(&mut w.raw), &pascal, o.route_at);
        self.call_header_params(&mut op, std::mem::take(&mut w.call_headers));
        self.listed_body(&mut op, &w);
        if let Some((name, line)) = route_query_pairs(o, &mut op)
            && self.auth.is_none()
        {
            self.auth = Some(Auth {
                scheme: AuthScheme::Token,
                param: Some(name),
                line: Some(line),
                ..Auth::default()
            });
        }
        self.request_samples(&mut op, &mut w, &pascal, &untyped);
        self.curl_body(&mut op, &pascal);
        let (statuses, samples, media) = (
            std::mem::take(&mut w.statuses),
            std::mem::take(&mut w.samples),
            std::mem::take(&mut w.media),
        );
        self.responses(
            &mut op,
            statuses,
            samples,
            media,
            &pascal,
            returns.as_deref(),
        );
        self.section_intro(o, &op, std::mem::take(&mut w.intro_fields));
        self.answer_from_fields(&mut op, &w, &pascal);
        self.unknowns(o, &mut op, blocks);
        op
    }

    /// The operation's route, the servers printed with it, and its note (an optional
    /// segment dropped) as a warning.
    fn route_of(&mut self, o: &OpAt, op: &mut Operation) {
        let Some(r) = &o.route else {
            return;
        };
        // `METHODS` are `Method::ALL`'s names: every route read parses.
        op.route = r.method.parse::<Method>().ok().map(|method| Route {
            method,
            path: r.path.clone(),
        });
        if let Some(s) = &r.server {
            self.servers.push(s.clone());
        }
        // Server URLs on the lines after the route in its own block (a capture that kept
        // no blank line between them).
        if let Some(rb) = o.block {
            for l in self.doc.blocks[rb].text.lines().skip(1) {
                if let Some(server) = server_of(l.trim(), &r.path) {
                    self.servers.push(server);
                }
            }
        }
        if let Some(n) = &r.note {
            self.kit.warn(o.line, format!("{}: {n}", o.name));
        }
    }

    /// A route documented again on the page: each further extent warned of, read as more
    /// of the same operation.
    fn warn_documented_again(&mut self, o: &OpAt) {
        let doc = self.doc;
        let row = routed_by_row(doc, o);
        for &(s, e) in &o.more {
            if Some((s, e)) == o.tail || o.own.contains(&(s, e)) {
                continue;
            }
            // (A row of a table of routes reads the sections it indexes, from under their
            // titles: no route documented again.)
            if row && s > 0 && doc.blocks[s - 1].is_heading() && !doc.blocks[s].is_heading() {
                continue;
            }
            self.kit.warn(
                doc.blocks[s].span.line,
                format!(
                    "`{}` is documented again here (first at line {}); read as one operation",
                    doc.blocks[s].text.trim(),
                    o.route_at
                ),
            );
        }
    }

    /// Reads block `k` of the extent: the first step that takes it wins; what no step
    /// takes is read by its kind ([`Reader::content`]).
    fn walk_block(&mut self, w: &mut Walk<'_>, op: &mut Operation, k: usize) {
        if k < w.skip_to {
            return;
        }
        // JSON a page set as a paragraph under a samples label (Redoc's HTML): a sample.
        let as_code = sample_paragraph(&w.blocks[k], w.samples_label)
            .or_else(|| included_table(w.doc, &w.blocks[k]));
        let b = as_code.as_ref().unwrap_or(&w.blocks[k]);
        if block_label(b).is_none() {
            w.op_label = None;
        }
        if k > w.skip_to {
            w.last_field = None;
        }
        // (A callout label of the answer's sample, `> Example Response` over its JSON, as
        // a page with its samples in a side column writes them: the label covers the code
        // after it; the prose and table that follow are the call's again.)
        // (So too any callout label over a sample, `> Example Request` over a call.)
        if let Some(c) = w.callout_label
            && !b.is_code()
        {
            w.callout_label = None;
            if w.ctx == Some(c) && block_label(b).is_none() {
                w.ctx = None;
            }
        }
        if b.kind == Kind::Paragraph && b.text.trim_start().starts_with('>') {
            w.callout_label = block_label(b);
        }
        self.raw_request(op, b);
        w.jsx_props(b);
        w.keyword_call_items(b);
        if w.attribute_params(k, b)
            || w.header_object(b)
            || w.header_list(b)
            || w.jsx_payload(b)
            || w.status_tabs(b)
            || w.labelled_code_param(b)
            || w.template_tag(b)
            || w.envelope_args(b)
            || w.invocation_table_args(b)
            || w.apidoc_params(b)
            || self.curl_sample(w, op, k, b)
            || w.media_line(b)
            || self.panel_line(w, k, b)
        {
            return;
        }
        let look = w.look(k, b);
        if w.status_fact(b) || self.metadata(w, op, b, look.label_line) {
            return;
        }
        if route_label_item(op, b) {
            return;
        }
        w.route_line_resets(k, b);
        if w.events(op, b)
            || w.inline_body(k, b)
            || w.prose_body_members(b)
            || w.inline_field_list(b)
            || w.named_body(b)
            || w.definition_or_answer_label(b)
            || w.sample_tab(b)
            || w.array_line(k, b)
            || w.reason_under_bare_status(k, b)
            || w.type_label(b)
            || self.label(w, op, k, b, look)
            || w.value_list_intro(k, b)
            || w.definition_values(k, b)
            || w.short_reason(b)
            || w.heading(k, b, look.field_here)
            || w.statuses_in(b)
        {
            return;
        }
        let in_params = matches!(w.ctx, Some(Ctx::Params(_) | Ctx::Form) | None)
            || b.table().is_some_and(request_location_table);
        if w.field_description(k, b, in_params) {
            return;
        }
        self.content(w, op, k, b, in_params);
    }

    /// A raw HTTP request in code (`POST /v1/categories HTTP/1.1`, its header lines, a
    /// blank line, a JSON object): a request example with that body, as a curl call's data
    /// would be.
    fn raw_request(&mut self, op: &mut Operation, b: &Block) {
        if !b.is_code() {
            return;
        }
        let text = b.text.trim_start_matches('\n');
        let Some((first, rest)) = text.split_once('\n') else {
            return;
        };
        if route_line(first).is_none() {
            return;
        }
        // (`GET /api/admin/surveys` / `    ?search={searchText}` / `    &page={page}`: the
        // query string going on over indented lines of its own.)
        let mut target = first
            .split_whitespace()
            .nth(1)
            .unwrap_or_default()
            .to_string();
        let mut rest = rest;
        while let Some((l, more)) = rest.split_once('\n')
            && let Some(q) = super::block_routes::query_continuation(l)
        {
            target.push_str(q);
            rest = more;
        }
        // Header lines, then a blank line, then the body (or no header at all: the body
        // after the blank line under the request line).
        let skipped = rest.trim_start_matches(['\n', ' ', '\t']);
        let split = match skipped.starts_with(['{', '[']) {
            true => Some(("", skipped)),
            false => rest.split_once("\n\n"),
        };
        let Some((headers, body)) = split else {
            return;
        };
        let header = |l: &str| {
            l.split_once(':').is_some_and(|(n, _)| {
                !n.trim().is_empty()
                    && n.trim()
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
        };
        if !headers.lines().all(|l| l.trim().is_empty() || header(l)) {
            return;
        }
        // (`POST /x` over a blank line and `{}`: a call that sends nothing; no example.)
        if headers.trim().is_empty() && matches!(body.trim(), "{}" | "[]") {
            return;
        }
        // (The body's first line: the lines of the block above its first character.)
        let opens = text.len() - body.trim_start().len();
        let above = text[..opens].matches('\n').count();
        let line = code_first_line(b) + u32::try_from(above).unwrap_or(0);
        let body = body.trim();
        let media = headers
            .lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(n, _)| n.trim().eq_ignore_ascii_case("content-type"))
            .map(|(_, v)| v.trim().to_ascii_lowercase())
            .unwrap_or_default();
        // (A form, `hash=…&urls=…`, or its multipart parts, `name="torrents"`: the
        // fields' names and values as an object of strings, the text kept as written.)
        let form = if media.starts_with("application/x-www-form-urlencoded") {
            super::samples::form_pairs(body)
        } else if media.starts_with("multipart/form-data") {
            super::samples::multipart_names(body)
        } else {
            None
        };
        if let Some(fields) = form {
            op.examples.push(Example {
                of: ExampleOf::Request,
                status: None,
                kind: SampleKind::Real,
                url: Some(target),
                raw: Some(body.to_string()),
                json: Some(serde_json::Value::Object(fields)),
                line,
            });
            return;
        }
        if !body.starts_with('{') {
            return;
        }
        let Ok(parsed) = crate::read::json::parse(body, line) else {
            return;
        };
        op.examples.push(Example {
            of: ExampleOf::Request,
            status: None,
            kind: schema_shaped(&parsed.node),
            url: Some(target),
            raw: parsed.lenient.then(|| body.to_string()),
            json: Some(parsed.node.to_value()),
            line,
        });
    }

    /// A sample call (`$ curl URL` and its option lines): a request example; its
    /// `Authorization: Bearer` header says how the API authenticates.
    fn curl_sample(&mut self, w: &mut Walk<'_>, op: &mut Operation, k: usize, b: &Block) -> bool {
        let blocks = w.blocks;
        let Some((call, last)) = curl_call(blocks, k) else {
            return false;
        };
        w.skip_to = last + 1;
        // What a `Sample request` label announces.
        w.op_label = None;
        let auth_line = numbered_lines(&blocks[k..=last])
            .into_iter()
            .find(|(_, l)| l.to_ascii_lowercase().contains("authorization:"))
            .map_or(b.span.line, |(n, _)| n);
        let end = blocks[last].span.end_line.max(blocks[last].span.line);
        if (b.span.line..=end).contains(&w.o.route_at) {
            w.call_headers = call_headers(&call, b.span.line);
            w.curl_form_params(&blocks[k..=last], op);
        }
        // (`curl -v` prints what it receives after `<`: `< HTTP/1.1 200 OK`, the status of
        // the call, the one that declares the route or an example of it in its section;
        // `curl -i` prints the status line bare, `HTTP/1.1 201 Created`, under the call.)
        let lines: Vec<&str> = numbered_lines(&blocks[k..=last])
            .into_iter()
            .map(|(_, l)| l)
            .filter(|l| {
                let t = l.trim_start();
                t.starts_with('<') || t.starts_with("HTTP/")
            })
            .collect();
        for (code, reason) in final_statuses(&lines) {
            w.add_status(code, b.span.line, reason);
        }
        if let Some(ex) = self.curl_example(&call, b.span.line, auth_line) {
            op.examples.push(ex);
        }
        true
    }

    /// The headers of the call that declares the route (see [`call_headers`]): required
    /// header parameters, unless listed already or sent by the API's auth.
    fn call_header_params(&mut self, op: &mut Operation, headers: Vec<(String, String, u32)>) {
        let auth_header = self.auth.as_ref().and_then(|a| match a.scheme {
            AuthScheme::Bearer => Some(a.header.clone().unwrap_or_else(|| "Authorization".into())),
            AuthScheme::Header => a.header.clone(),
            _ => None,
        });
        for (name, value, line) in headers {
            if auth_header
                .as_deref()
                .is_some_and(|h| h.eq_ignore_ascii_case(&name))
                || op
                    .params
                    .iter()
                    .any(|p| p.location == Location::Header && p.name.eq_ignore_ascii_case(&name))
            {
                continue;
            }
            op.params.push(Param {
                name,
                location: Location::Header,
                ty: TypeRef::Primitive(Primitive::String),
                required: true,
                type_cue: Some("none".to_string()),
                doc: Some(value),
                line: Some(line),
                ..Param::default()
            });
        }
    }

    /// The chrome of a samples panel (`Content type`, `Copy`, `Expand all`) and, under the
    /// route, its path on a line of its own and the server URLs ending with it (the
    /// server): nothing to read.
    fn panel_line(&mut self, w: &Walk<'_>, k: usize, b: &Block) -> bool {
        if b.is_code() || b.text.contains('\n') {
            return false;
        }
        let o = w.o;
        let t = b.text.trim();
        let path = o.route.as_ref().map_or("", |r| r.path.as_str());
        let under_route = o.route.is_some()
            && w.meta.is_none()
            // (In HTML, after the route's block on its line too.)
            && (b.span.line > o.route_at || o.block.is_some_and(|rb| w.index[k] > rb))
            && (t.starts_with('/') && !t.contains(char::is_whitespace)
                || t.starts_with("http://")
                || t.starts_with("https://"));
        if panel_chrome(t) || under_route {
            if let Some(server) = server_of(t, path) {
                self.servers.push(server);
            }
            return true;
        }
        false
    }

    /// A label of the profile's metadata (`Call type:`): its text, up to the next label, is
    /// kept as the operation's metadata. Its text runs to the next line ending in `:` or
    /// heading (`Sent as JSON.` is text there, not a label).
    fn metadata(
        &mut self,
        w: &mut Walk<'_>,
        op: &mut Operation,
        b: &Block,
        label_line: bool,
    ) -> bool {
        if let Some((_, _, lines, _)) = w.meta.as_mut()
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
            return true;
        }
        if label_line || block_label(b).is_some() || b.is_heading() {
            self.flush_meta(w.meta.take(), op);
        }
        if label_line && let Some(m) = self.meta_label(&b.text) {
            w.meta = Some(m);
            w.ctx = Some(Ctx::Other);
            return true;
        }
        false
    }

    /// A label (`Query parameters`, `200: OK`, `Request samples`): the context of what
    /// follows; a parameter label left empty by it is said.
    fn label(
        &mut self,
        w: &mut Walk<'_>,
        op: &mut Operation,
        k: usize,
        b: &Block,
        look: Look,
    ) -> bool {
        let Some(c) = block_label(b)
            .or_else(|| w.nested_items_label(k, b))
            // (Not inside the answer's part: `### Response` over `#### General Parameters`
            // lists what comes back.)
            // (Nor under a parameter heading of a higher rank: `### Parameters` over `####
            // Access parameters` and `#### Includes`, one list in parts.)
            .or_else(|| {
                let part = matches!(w.ctx, Some(Ctx::Params(_)))
                    && w.params_level
                        .is_some_and(|(l, _)| b.level().is_some_and(|d| d > l));
                (!matches!(w.ctx, Some(Ctx::Response(_))) && !part)
                    .then(|| qualified_parameter_heading(b))
                    .flatten()
                    .filter(|_| !names_listed_member(b, &w.raw))
            })
            .filter(|_| !look.prose_in_status && !look.field_here && !look.item_text)
        else {
            return false;
        };
        // (A label over another of its kind, `Request Body schema:` over `Request body` or
        // `Data request object`, the body's description, is not empty: the second goes on
        // with it.)
        // (Headers labelled inside a response's part, `## Response` … `Important
        // headers:` over `Location`: the answer's headers, no parameters.)
        let c = if c == Ctx::Params(Some(Location::Header))
            && !b.is_heading()
            && matches!(w.ctx, Some(Ctx::Response(_)))
        {
            Ctx::Other
        // (A bare `Body:` label inside a response's part, an item under the status it
        // answers with, `- With a valid token: `200 OK`` over `- Body:` and its sample:
        // the answer's body, still the answer.)
        } else if c == Ctx::Params(Some(Location::Body))
            && !b.is_heading()
            && matches!(w.ctx, Some(Ctx::Response(_)))
            && clean_heading(&b.text)
                .trim_end_matches(':')
                .trim()
                .eq_ignore_ascii_case("body")
        {
            w.ctx.unwrap_or(c)
        } else {
            c
        };
        let body = Ctx::Params(Some(Location::Body));
        let c = match &w.op_label {
            Some(l) if l.2 == body && matches!(c, Ctx::Params(None)) => body,
            _ => c,
        };
        if w.op_label.as_ref().is_some_and(|l| l.2 == c) {
            w.op_label = None;
        }
        // (A heading over deeper ones, `#### Request` over `##### Query parameters`, is a
        // section of labels, not an empty list.)
        if w.op_label
            .as_ref()
            .and_then(|l| l.3)
            .is_some_and(|l| l > 0 && b.level().is_some_and(|d| d > l))
        {
            w.op_label = None;
        }
        self.empty_label(w.op_label.take(), op);
        // A parameter label naming in code, before its words, a call the operation is not
        // (`` `turn_on` optional URL parameters: `` under `GET /lamp/{id}`, no segment of
        // its path): that call's parameters, not this operation's.
        if matches!(c, Ctx::Params(_))
            && let Some(named) = self
                .doc
                .line(b.span.line)
                .trim()
                .strip_prefix('`')
                .and_then(|t| t.split_once('`'))
            && named
                .0
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
            && !named.0.is_empty()
            && !named.1.trim().is_empty()
            && op
                .route
                .as_ref()
                .is_some_and(|r| !r.path.split('/').any(|seg| seg == named.0))
        {
            w.ctx = Some(Ctx::Other);
            return true;
        }
        // A parameter label opening with a method in capitals the operation is not, `*
        // POST parameters \\` in a section routing `GET` and `POST` to one URL: the other
        // call's parameters.
        if matches!(c, Ctx::Params(_))
            && let Some(word) = clean_heading(&b.text).split_whitespace().next()
            && word.chars().all(|ch| ch.is_ascii_uppercase())
            && let Some(m) = method_word(word)
            && op.route.as_ref().is_some_and(|r| r.method.as_str() != m)
        {
            w.ctx = Some(Ctx::Other);
            return true;
        }
        w.ctx = Some(c);
        let first = clean_heading(&b.text).to_ascii_lowercase();
        let flag = match first.split_whitespace().next().unwrap_or_default() {
            "required" | "mandatory" => Some(true),
            "optional" => Some(false),
            // (Chinese labels opening with the flag: `必选参数：` "required parameters",
            // `必填参数`, `可选参数：` "optional parameters", `选填参数`.)
            w if ["必选", "必填", "必需", "必须"]
                .iter()
                .any(|f| w.starts_with(f)) =>
            {
                Some(true)
            }
            w if ["可选", "选填", "非必"].iter().any(|f| w.starts_with(f)) => Some(false),
            _ => must_or_may(&first),
        };
        w.label_flags.push((b.span.line, flag));
        if names_body(&clean_heading(&b.text)) {
            w.body_labels.push(b.span.line);
        }
        // (A sample's status tab, `200`, stays under the samples label.)
        w.samples_label = sample_tabs_label(&b.text);
        w.tab_read = false;
        if c == body
            && let (_, Some(m)) = label_media(&clean_heading(&b.text))
        {
            w.declared_media.get_or_insert(m);
        }
        if c == body && b.text.to_ascii_lowercase().contains("body schema") {
            w.body_label.get_or_insert(b.span.line);
        }
        w.base_depth = None;
        if matches!(c, Ctx::Params(_) | Ctx::Form) {
            w.op_label = Some((b.span.line, clean_heading(&b.text), c, b.level()));
        }
        if matches!(c, Ctx::Response(_)) {
            w.answer_label = Some((b.span.line, clean_heading(&b.text)));
        }
        // (A label line inside the answer, `This method returns … following fields:`, is
        // still the heading's answer.)
        if b.is_heading() {
            w.answer_level = match c {
                Ctx::Response(_) => b.level().filter(|&l| l > 0),
                _ => None,
            };
            w.params_level = match c {
                Ctx::Params(_) | Ctx::Form => {
                    b.level().filter(|&l| l > 0).map(|l| (l, b.span.line))
                }
                _ => None,
            };
        }
        if let Ctx::Response(Some(s)) = c {
            w.add_status(s, b.span.line, status_reason(&clean_heading(&b.text), s));
        }
        // (A label line that gives its codes after the colon, `Normal response codes:
        // 200`: those statuses.)
        if c == Ctx::Response(None) && b.kind == Kind::Paragraph {
            for (code, doc_text) in inline_statuses(&b.text) {
                w.add_status(code, b.span.line, doc_text);
            }
        }
        true
    }

    /// A block no earlier step took, read by its kind: parameter tables, paragraphs and
    /// items, the answer's field items, the body's JSON and the answers' samples.
    fn content(
        &mut self,
        w: &mut Walk<'_>,
        op: &mut Operation,
        k: usize,
        b: &Block,
        in_params: bool,
    ) {
        let route_at = w.o.route_at;
        match &b.kind {
            // Under a parameter label, the operation's own path alone in code with a query
            // string (`### Params` over `/api/boxes/{id}/tree?depth=2&site=fr`): the query's
            // names are its query parameters, the values examples.
            Kind::Code { .. }
                if matches!(w.ctx, Some(Ctx::Params(_)))
                    && let Some(r) = op.route.as_ref()
                    && let Some(q) = b
                        .text
                        .trim()
                        .strip_prefix(r.path.as_str())
                        .filter(|q| q.starts_with('?') && !q.contains(char::is_whitespace)) =>
            {
                for p in query_string_item(q, b.span.line) {
                    w.raw.push((p, Some(Ctx::Params(Some(Location::Query)))));
                }
            }
            // A field table with a column per method (`GET` | `GET/:id` | `POST` | `PATCH`),
            // its cells marking what each call does with the field: the fields its call's
            // column marks as sent (a `GET`'s in its query string); what a call returns or
            // removes is no parameter.
            Kind::Table(t) if let Some(cols) = super::tables::method_columns(t) => {
                let (method, member) = op.route.as_ref().map_or(("", false), |r| {
                    (
                        r.method.as_str(),
                        r.path.trim_end_matches('/').ends_with('}'),
                    )
                });
                let found =
                    super::tables::method_column_fields(t, &cols, method, member, b.span.line);
                for p in found.unwrap_or_default() {
                    let at = p.location;
                    w.raw.push((p, Some(Ctx::Params(at))));
                }
            }
            // (Not the table of routes the operation is a row of: its rows are operations,
            // their cells read by `row_fields`. A table of a path's methods that names
            // parameters beside them, `| method | request type | parameters | requirement |`
            // under `#### /api/x`, is the operation's parameter list too.)
            // (Nor, for a method that sends no body, a table of an object's members with
            // a `Writable` column: it describes what the route holds, not parameters.)
            Kind::Table(t)
                if in_params
                    && !(w.o.block == w.index.get(k).copied()
                        && t.row_lines.contains(&route_at)
                        && (super::tables::columns(t).is_none()
                            || super::block_routes::named_column(
                                t,
                                &super::block_routes::PATH_COLUMNS,
                            )
                            .is_some()))
                    && !(w.ctx.is_none()
                        && writable_column(t).is_some()
                        && op.route.as_ref().is_some_and(|r| {
                            matches!(r.method.as_str(), "GET" | "DELETE" | "HEAD")
                        })) =>
            {
                let mut rows = table_params(t, b.span.line);
                // (Under a label naming where they go, a table of plain names and their
                // descriptions with no column names.)
                if rows.is_empty() && matches!(w.ctx, Some(Ctx::Params(Some(_)))) {
                    rows = plain_name_rows(t, b.span.line);
                }
                // (Members by bracketed keys, `auth[user]` under `auth`, in what a call
                // sends as its body: an RPC method's arguments, or a body label's table.)
                let in_body = match w.ctx {
                    Some(Ctx::Params(Some(Location::Body))) => true,
                    Some(Ctx::Params(None)) | None => op.route.is_none(),
                    _ => false,
                };
                if in_body
                    && rows
                        .iter()
                        .all(|p| p.location.is_none_or(|l| l == Location::Body))
                {
                    rows = nest_bracketed(rows);
                }
                for p in rows {
                    w.raw.push((p, w.ctx));
                }
            }
            // `- version=committed | **buffer**` over the words describing it (an item, or a
            // definition list's term): under a parameter label, the pair's name. (Not under
            // the headers' label: a pair there, `**page={n}** : Optional.`, is a query's.)
            Kind::Item { .. } | Kind::Paragraph
                if matches!(w.ctx, Some(Ctx::Params(l)) if l != Some(Location::Header))
                    && let Some(p) = pair_term(w.doc.line(b.span.line), &b.text, b.span.line) =>
            {
                w.raw.push((p, w.ctx));
            }
            // Names in code under a `**Required:**` / `**Optional:**` caption paragraph
            // (`` `dir` - the folder ``): each a parameter, required by the caption.
            Kind::Paragraph
                if !matches!(w.ctx, Some(Ctx::Response(_)))
                    && b.span.line > route_at
                    && let Some(ps) = k
                        .checked_sub(1)
                        .and_then(|j| w.blocks.get(j))
                        .filter(|c| c.kind == Kind::Paragraph)
                        .and_then(|c| {
                            captioned_names(
                                &c.text,
                                &w.doc.source.text(b.span.line, b.span.end_line),
                                b.span.line,
                            )
                        }) =>
            {
                for p in ps {
                    w.raw.push((p, w.ctx.or(Some(Ctx::Params(None)))));
                }
            }
            // `Required:` / `Optional:` over `name=[type]` lines: each a parameter, required
            // by its marker; of alternatives joined by `or`, only the route's placeholders.
            Kind::Paragraph
                if !matches!(w.ctx, Some(Ctx::Response(_)))
                    && let Some((ps, alternatives)) = marked_pairs(&b.text, b.span.line) =>
            {
                let placeholders: Vec<String> = op
                    .route
                    .as_ref()
                    .map(|r| {
                        r.path
                            .split('{')
                            .skip(1)
                            .filter_map(|s| s.split_once('}').map(|(n, _)| n.to_string()))
                            .collect()
                    })
                    .unwrap_or_default();
                for p in ps {
                    if alternatives && !placeholders.contains(&p.name) {
                        continue;
                    }
                    w.raw.push((p, w.ctx.or(Some(Ctx::Params(None)))));
                }
            }
            Kind::Paragraph if in_params => w.paragraph_params(op, k, b),
            // Items one level under the item that opens with the operation's method (`*
            // PUT: Rename the report` / `    * name: The new name`), for a method that
            // sends a body: its fields. (Under a `GET` item they describe the answer.)
            Kind::Item { depth, .. }
                if w.ctx.is_none()
                    && b.span.line > route_at
                    && op.route.as_ref().is_some_and(|r| {
                        matches!(r.method.as_str(), "POST" | "PUT" | "PATCH" | "DELETE")
                    })
                    && w.o.block.is_some_and(|rb| {
                        let Kind::Item { depth: d, .. } = self.doc.blocks[rb].kind else {
                            return false;
                        };
                        // (The method alone before a colon: the path is given elsewhere.)
                        let opening = self.doc.blocks[rb].text.replace(['*', '`'], "");
                        let method_only = opening.split_once(':').is_some_and(|(m, _)| {
                            method_word(m.trim()).is_some_and(|w| w == m.trim())
                        });
                        method_only
                            && d + 1 == *depth
                            && w.index.get(k).is_some_and(|&at| {
                                at > rb
                                    && self.doc.blocks[rb + 1..at].iter().all(|x| match x.kind {
                                        Kind::Item { depth: e, .. } => e > d,
                                        _ => !x.is_heading(),
                                    })
                            })
                    })
                    && !bullets(&b.text, b.span.line).is_empty() =>
            {
                for mut p in bullets(&b.text, b.span.line) {
                    p.location = Some(Location::Body);
                    w.raw.push((p, Some(Ctx::Params(Some(Location::Body)))));
                }
            }
            // Items with no label over them, after the route: a parameter list when every
            // line names a wire name before a dash (`phone — телефон`). Before the route
            // (a section's introduction), such a list describes the fields of what the
            // section's calls send and return.
            Kind::Item { .. }
                if w.ctx.is_none() && b.span.line < route_at && dash_list(&b.text) =>
            {
                w.intro_fields.extend(bullets(&b.text, b.span.line));
            }
            // An item opening with a query string (`?nohass=true - …`): its parameters.
            Kind::Item { .. }
                if w.ctx.is_none()
                    && b.span.line > route_at
                    && !query_string_item(&b.text, b.span.line).is_empty() =>
            {
                for p in query_string_item(&b.text, b.span.line) {
                    w.raw.push((p, w.ctx));
                }
            }
            // A dash item whose name is no wire name (`имя — кириллица`) among them.
            Kind::Item { .. }
                if w.ctx.is_none()
                    && b.span.line > route_at
                    && !w.raw.is_empty()
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
                if w.ctx.is_none()
                    && b.span.line > route_at
                    && (dash_list(&b.text)
                        // (Not after the body's sample, whose members such a list
                        // describes in part.)
                        || (colon_list(&b.text)
                            && w.body_samples.is_empty()
                            && w.unintroduced_list(k))) =>
            {
                let base = *w.base_depth.get_or_insert(*depth);
                if *depth == base {
                    for p in bullets(&b.text, b.span.line) {
                        w.raw.push((p, w.ctx));
                    }
                }
            }
            // Items with no label over them in the section of a method with no route whose
            // call the page shows, a query string naming it (`- `name`: Name of alert type.`
            // over `?action=AssociateAlert&name=…&tags.1=…`) or a JSON sample naming it in a
            // member (`` - `id` _(required)_ - the id of the job `` over `{"operation":
            // "get_job", "id": "4a98…"}`): a list of its arguments, where that call puts
            // them, when most of the list's names are keys of the call (`tags.#` as
            // `tags.1`); not the member naming the call (`` `operation` _(required)_ - must
            // always be `get_job` ``), the call itself.
            Kind::Item { depth, .. }
                if w.ctx.is_none()
                    && b.span.line > route_at
                    && let Some(location) = w.called_location(k) =>
            {
                let base = *w.base_depth.get_or_insert(*depth);
                if *depth == base {
                    for p in bullets(&b.text, b.span.line)
                        .into_iter()
                        .filter(|p| !super::rpc::call_member(&p.name))
                    {
                        w.raw.push((p, Some(Ctx::Params(Some(location)))));
                    }
                }
            }
            // `* URL Arguments: path - (string) path to file`, `* POST Arguments: shareType -
            // (int) …`: an item that names its parameter's label before the parameter.
            Kind::Item { .. }
                if b.span.line > route_at
                    && w.ctx.is_none()
                    && let Some((ctx, ps)) = labelled_item_param(&b.text, b.span.line) =>
            {
                for p in ps {
                    w.raw.push((p, Some(ctx)));
                }
            }
            // `**Requires**: `username``, `**Accepts**: `password`, `email``: a label
            // naming its parameters in code, required or optional by its word.
            Kind::Item { .. } | Kind::Paragraph
                if b.span.line > route_at
                    && b.span.line == b.span.end_line
                    && matches!(w.ctx, None | Some(Ctx::Other))
                    && let Some((ctx, required, names)) =
                        code_name_list(w.doc.line(b.span.line)) =>
            {
                for name in names {
                    if w.raw.iter().any(|(p, _)| p.name == name) {
                        continue;
                    }
                    w.raw.push((
                        RawParam {
                            name,
                            required,
                            doc: b.text.trim().to_string(),
                            line: b.span.line,
                            ..RawParam::default()
                        },
                        Some(ctx),
                    ));
                }
            }
            // Under `Request samples`, a lone word is a sample's tab (`Payload`).
            Kind::Item { .. } if w.samples_label && is_token(b.text.trim()) => {}
            Kind::Item { depth, .. } if in_params && w.ctx.is_some() => {
                self.param_items(w, op, b, *depth);
            }
            Kind::Item { depth, .. } if matches!(w.ctx, Some(Ctx::Response(_))) => {
                self.answer_items(w, op, b, *depth);
            }
            // A request written as a typed object literal under its label (```` ```rust ````
            // `{ op: "Login", data: { name: String } }`): the message's members.
            Kind::Code { lang }
                if matches!(w.ctx, Some(Ctx::Params(_)))
                    && matches!(
                        lang.as_deref(),
                        Some("rust" | "typescript" | "ts" | "js" | "javascript") | None | Some("")
                    )
                    && let Some(found) = typed_object_fields(&b.text, b.span.line + 1) =>
            {
                for p in found {
                    w.raw.push((p, w.ctx));
                }
            }
            // A request type declared in code in the operation's section, whatever label is
            // over it (`interface CreateItemRequest { name: string; }` under `Details:`):
            // the body's fields. So is a type the description of a call that sends a body
            // names (`Submits a `DepositSlip`.` over `interface DepositSlip {`).
            Kind::Code { lang }
                if matches!(
                    lang.as_deref(),
                    Some("typescript" | "ts" | "rust") | None | Some("")
                ) && let Some(found) = declared_request_fields(
                    &b.text,
                    b.span.line + 1,
                    op.route
                        .as_ref()
                        .filter(|r| matches!(r.method.as_str(), "POST" | "PUT" | "PATCH"))
                        .and(op.doc.as_deref())
                        .unwrap_or(""),
                ) =>
            {
                for mut p in found {
                    p.location = Some(Location::Body);
                    w.raw.push((p, Some(Ctx::Params(Some(Location::Body)))));
                }
            }
            Kind::Code { lang } if w.body_json_here(k, b, lang.as_deref()) => {
                self.body_sample(w, k, b);
            }
            // A plain code block right under a parameter label listing `name: Type` lines
            // (`max_results: Int32`): the parameters.
            Kind::Code { lang }
                if in_params
                    && w.label_before(k)
                    && lang.as_deref().is_none_or(str::is_empty)
                    && let Some(found) = code_field_lines(&b.text, b.span.line + 1) =>
            {
                for p in found {
                    w.raw.push((p, w.ctx));
                }
            }
            Kind::Code { lang } if w.query_json_here(k, b, lang.as_deref()) => {
                match sample_json(w.doc, w.index[k], b.span.end_line, w.blocks) {
                    Ok((parsed, _, _)) => {
                        for p in json_params(&parsed.node, Location::Query) {
                            w.raw.push((p, w.ctx));
                        }
                    }
                    Err(e) => self.kit.json_warning(
                        &e,
                        "in a parameter list",
                        "its parameters are not read",
                    ),
                }
            }
            Kind::Code { lang } => self.answer_sample(w, k, b, lang.as_deref()),
            _ => {}
        }
    }

    /// Items under a parameter label: the parameters they list, and under a typed item
    /// (`event - struct`) its struct's fields.
    fn param_items(&mut self, w: &mut Walk<'_>, op: &Operation, b: &Block, depth: u8) {
        let base = *w.base_depth.get_or_insert(depth);
        // (`注意: …`, a note under a field: a name in another script is no wire name of a
        // list's own.)
        let mut read: Vec<RawParam> = bullets(&b.text, b.span.line)
            .into_iter()
            .filter(|p| depth > base || p.name.is_ascii())
            .collect();
        // (`* `username` unique username, minimum 6 characters`: under the label, a name
        // in code needs no separator before its description.)
        if read.is_empty()
            && let Some((name, rest)) = code_named_item(w.doc.line(b.span.line), &b.text)
        {
            read = bullets(&format!("{name} - {rest}"), b.span.line);
        }
        if w.item_label.is_some_and(|(d, _)| depth <= d) {
            w.item_label = None;
        }
        // `- Request Message Body in json` over nested items: a label of its own.
        if read.is_empty()
            && let Some(Ctx::Params(Some(location))) = label_ctx(b.text.trim())
        {
            w.item_label = Some((depth, location));
            return;
        }
        if read.is_empty() && !b.text.trim().is_empty() {
            self.unread_item(&op.name, b);
        }
        if let Some((d, location)) = w.item_label
            && depth == d + 1
        {
            for mut p in read {
                p.location = p.location.or(Some(location));
                w.raw.push((p, Some(Ctx::Params(Some(location)))));
            }
        } else if depth == base {
            for p in read {
                w.raw.push((p, w.ctx));
            }
        } else if depth > base
            && let Some((parent, _)) = w.raw.last_mut()
            && parent.ty_ref.is_some()
        {
            for p in read {
                nest(parent, depth - base, p);
            }
        }
    }

    /// Items under a response label: the answer's fields (nested items are the fields of
    /// the struct above them). Items that read as nothing are warned of.
    fn answer_items(&mut self, w: &mut Walk<'_>, op: &Operation, b: &Block, depth: u8) {
        let base = *w.base_depth.get_or_insert(depth);
        let read = bullets(&b.text, b.span.line);
        if read.is_empty() && !w.answer_fields.is_empty() && !b.text.trim().is_empty() {
            self.unread_item(&op.name, b);
        }
        for p in read {
            if p.ty_ref.is_none() && p.ty.is_none() && depth == base {
                continue;
            }
            // (A name listed again, in another part of the answer: the first stands.)
            if depth == base {
                if !w.answer_fields.iter().any(|f| f.name == p.name) {
                    w.answer_fields.push(p);
                }
            } else if let Some(parent) = w.answer_fields.last_mut() {
                nest(parent, depth - base, p);
            }
        }
        if let Some(Ctx::Response(status)) = w.ctx {
            w.answer_at.get_or_insert((status, b.span.line));
        }
    }

    /// A JSON body under a body label: the body's shape (type names or a sample), unless it
    /// is a JSON Schema document.
    fn body_sample(&mut self, w: &mut Walk<'_>, k: usize, b: &Block) {
        match sample_json(w.doc, w.index[k], b.span.end_line, w.blocks) {
            // A JSON Schema document (`{"$schema": …, "type": "object"}` under API
            // Blueprint's `+ Schema`) describes the body; its members are no fields.
            Ok((parsed, _, _)) if json_schema(&parsed.node) => {}
            Ok((parsed, raw, bulleted)) => {
                if bulleted {
                    w.skip_to = past_line(w.blocks, k, parsed.end_line);
                    w.body_raw.insert(parsed.node.line, raw.trim().to_string());
                }
                w.body_samples
                    .push((w.extent_of(k), parsed.node, w.body_media.take()))
            }
            // (Not JSON: members written as typed lines, `name: string, mandatory`.)
            Err(_) if let Some(found) = typed_member_lines(&b.text, b.span.line + 1) => {
                for mut p in found {
                    p.location = Some(Location::Body);
                    w.raw.push((p, Some(Ctx::Params(Some(Location::Body)))));
                }
            }
            Err(e) => self
                .kit
                .json_warning(&e, "in a request body", "body sample skipped"),
        }
    }

    /// The status of a success shown under no number: 200 where the API's answers come in
    /// an envelope of its protocol (which answers with 200 and states success as data),
    /// else [`UNSTATED_SUCCESS`]. An operation read by its route (`GET /v2/accounts`) on a
    /// page of an RPC profile is no call of that protocol: its success is not stated.
    fn unstated_status(&self, routed: bool) -> u16 {
        if self.profile.rest_protocol.is_some() || (self.profile.rpc_protocol.is_some() && !routed)
        {
            200
        } else {
            UNSTATED_SUCCESS
        }
    }

    /// JSON code under a response: the example of its status (under `Response` with no
    /// status: the last status listed, else the success the doc shows).
    fn answer_sample(&mut self, w: &mut Walk<'_>, k: usize, b: &Block, lang: Option<&str>) {
        let status = match w.ctx {
            Some(Ctx::Response(Some(s))) => Some(s),
            // A renderer's sample under no status at all: its status is unknown.
            Some(Ctx::Response(None)) if self.profile.schema_samples && w.statuses.is_empty() => {
                Some(UNNUMBERED)
            }
            // (`{"code": 201, "data": …}`: an envelope that states the answer's status.)
            Some(Ctx::Response(None)) => Some(envelope_status(&b.text).unwrap_or_else(|| {
                return_last(&w.statuses, self.unstated_status(w.o.route.is_some()))
            })),
            _ => None,
        };
        if let Some(s) = status
            && json_code(&b.text, lang, &['{', '['])
        {
            match sample_json(w.doc, w.index[k], b.span.end_line, w.blocks) {
                Ok((parsed, raw, bulleted)) => {
                    w.add_status(s, b.span.line, None);
                    if bulleted {
                        w.skip_to = past_line(w.blocks, k, parsed.end_line);
                    }
                    let raw = (parsed.lenient || bulleted).then(|| raw.trim().to_string());
                    w.samples.entry(s).or_default().push((parsed.node, raw));
                }
                Err(e) => self
                    .kit
                    .json_warning(&e, "in a response example", "example skipped"),
            }
        }
    }

    /// The body the labels and lists gave: a list of the fields listed (`Array` over
    /// them), a list of a type (`Array` over a type line), the body label's line, the
    /// declared media type.
    fn listed_body(&mut self, op: &mut Operation, w: &Walk<'_>) {
        if w.array_of_fields
            && let Some(b) = op.body.as_mut()
        {
            b.ty = TypeRef::List(Box::new(b.ty.clone()));
        }
        if op.body.is_none()
            && let Some((ty, line)) = w.array_body.clone()
        {
            op.body = Some(Body {
                content_type: w.declared_media.clone(),
                ty,
                line: Some(w.body_label.unwrap_or(line)),
            });
        }
        self.body_at_label(op, w.body_label);
        if let Some(b) = op.body.as_mut()
            && b.content_type.is_none()
        {
            b.content_type = w.declared_media.clone();
        }
    }

    /// The body's JSON samples: the request examples, and the body's type where no list
    /// gave one (or its fields' types where one did).
    fn request_samples(
        &mut self,
        op: &mut Operation,
        w: &mut Walk<'_>,
        pascal: &str,
        untyped: &[String],
    ) {
        // With fields listed, JSON that shares no member with them is an example inside a
        // description (`metadata` … `{ "color": "blue" }`), not the body's; JSON of which
        // they name under a quarter (the sent `text` among twelve members the server fills
        // in: `id`, `sent`, `fromUser`, …) is the answer shown beside them, not the body.
        if let Some(Body {
            ty: TypeRef::Named(name),
            ..
        }) = &op.body
            && let Some(def) = self.kit.infer.types.get(name)
        {
            let mut answers = Vec::new();
            w.body_samples.retain(|(_, node, _)| match &node.kind {
                JsonKind::Object(members) => {
                    let shared = members
                        .iter()
                        .filter(|(m, _)| def.fields().iter().any(|f| f.name == *m))
                        .count();
                    let answer =
                        shared > 0 && shared * 4 < members.len() && members.len() - shared >= 5;
                    if answer {
                        answers.push(node.clone());
                    }
                    shared > 0 && !answer
                }
                _ => false,
            });
            // (Kept, as an example of the answer whose status the page does not give.)
            for node in answers {
                let ex = self.body_example(ExampleOf::Response, &node, w);
                op.examples.push(ex);
            }
        }
        for (_, node, _) in &w.body_samples {
            let ex = self.body_example(ExampleOf::Request, node, w);
            op.examples.push(ex);
        }
        // An RPC method's example is the call as sent (an envelope, a form): an example,
        // not the shape of a body.
        if op.rpc.is_none()
            && let Some((_, node, content_type)) = w.body_samples.first()
        {
            self.body_from_sample(
                op,
                &w.body_samples,
                node,
                content_type.clone(),
                pascal,
                untyped,
            );
        }
    }

    /// A JSON sample shown beside the body as an example (no status, no URL), with the text
    /// as the page prints it when it had to be repaired.
    fn body_example(&self, of: ExampleOf, node: &Node, w: &Walk<'_>) -> Example {
        Example {
            of,
            status: None,
            kind: self.sample_kind(node),
            url: None,
            raw: w.body_raw.get(&node.line).cloned(),
            json: Some(node.to_value()),
            line: node.line,
        }
    }

    /// The body as the first sample shows it (`node`, under `content_type`): its type
    /// inferred from all `samples` where no list gave one, its fields typed where one did.
    fn body_from_sample(
        &mut self,
        op: &mut Operation,
        samples: &[(usize, Node, Option<String>)],
        node: &Node,
        content_type: Option<String>,
        pascal: &str,
        untyped: &[String],
    ) {
        let kind = self.sample_kind(node);
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
                        let all: Vec<&Node> = samples.iter().map(|(_, n, _)| n).collect();
                        let ty = self
                            .kit
                            .infer
                            .infer_samples(&all, &format!("{pascal}Body"), kind);
                        self.example_fields_optional(&ty);
                        ty
                    }
                };
                // A real JSON example is a JSON body, unless the page says otherwise.
                let content_type = match kind {
                    SampleKind::Real => content_type.or_else(|| Some("application/json".into())),
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
                self.type_from_example(&name, members, untyped, kind);
            }
            _ => {}
        }
    }

    /// The section's field list describes what every call of the section sends and
    /// returns: kept for the section's later calls, documented on this one's types.
    fn section_intro(&mut self, o: &OpAt, op: &Operation, mut intro_fields: Vec<RawParam>) {
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
    }

    /// The answer's fields listed under a response label: a struct named after the label,
    /// the type of the labelled status's response (200 for a route; none for RPC).
    fn answer_from_fields(&mut self, op: &mut Operation, w: &Walk<'_>, pascal: &str) {
        if w.answer_fields.is_empty() {
            return;
        }
        let (label_line, label) = w.answer_label.clone().unwrap_or((w.o.line, String::new()));
        // The type is named after the label when it is a word of its own (`Output`).
        let word = match label.trim_end_matches(':').trim().to_lowercase().as_str() {
            "output" => "Output",
            "result" => "Result",
            _ => "Response",
        };
        let ty = self.struct_of(&format!("{pascal}{word}"), &w.answer_fields, label_line);
        // An RPC answer has no status of its own; a route's is the one labelled, or 200.
        let status = w.answer_at.and_then(|a| a.0).map(Status::Code);
        let status = if op.rpc.is_some() {
            status
        } else {
            status.or(Some(Status::Code(self.unstated_status(op.route.is_some()))))
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

    /// What is left unknown (the answer the page says nothing of, a route the page lost),
    /// never guessed; a renderer's unnumbered and unshown answers settled; a route
    /// documented again has its examples in the page's order.
    fn unknowns(&self, o: &OpAt, op: &mut Operation, blocks: &[Block]) {
        if self.profile.schema_samples {
            unnumbered_answers(op);
            unshown_answers(op);
        }
        unstated_successes(op);
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
    }

    /// A parameter label with nothing under it (`Parameters` right before `Responses`):
    /// said, and a body label leaves the body unknown.
    fn empty_label(&mut self, label: Option<(u32, String, Ctx, Option<u8>)>, op: &mut Operation) {
        let Some((line, text, ctx, _)) = label else {
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
}

/// Whether a code block holds a JSON sample: its language none, JSON or JavaScript (an
/// object literal in a `javascript` fence, as pages show JSON), and its text, past comment
/// lines (`# HTTP-Code 201 Created`, `// answer`), opening with one of `opens` — not with
/// a site generator's shortcode (`{{< hint >}}`). A fence marked plain text (```` ```text
/// ```` over `{"name": "Rex"}`) holds one too when the whole of it reads as JSON.
fn json_code(text: &str, lang: Option<&str>, opens: &[char]) -> bool {
    let json_lang = lang.is_none_or(|l| {
        l.is_empty()
            || ["json", "json5", "jsonc", "javascript", "js"]
                .iter()
                .any(|j| l.eq_ignore_ascii_case(j))
            // (Or a language that is no data's, a shell's among them, over a JSON document
            // alone: `shell` over `{"error_code": 0}`, as a page labels its answers.)
            || (["text", "txt", "plain", "plaintext", "shell", "sh", "bash", "console"]
                .iter()
                .any(|j| l.eq_ignore_ascii_case(j))
                && crate::read::json::parse(text, 1).is_ok())
    });
    let mut rest = text.trim_start();
    while rest.starts_with('#') || rest.starts_with("//") {
        rest = rest.split_once('\n').map_or("", |(_, r)| r).trim_start();
    }
    json_lang && rest.starts_with(opens) && !rest.starts_with("{{")
}

/// An item naming a parameter label, then a parameter (`URL Arguments: path - (string) path
/// to file/folder`, `POST Arguments: shareType - (int) 0 = user`): the parameter, under
/// the context the label gives (a location, or the method's). The label must be one of
/// parameters (`… Arguments`, `… Parameters`, `Query …`), not a `Method:` or `Result:`.
///
/// The label may also stand over a list the renderer ran into the item's text, each entry
/// opening with a `*` (`Expected query parameters: * name: The name. * force: Skip checks.
/// (Optional)`): every entry, a wire name and its description, is a parameter.
fn labelled_item_param(text: &str, line: u32) -> Option<(Ctx, Vec<RawParam>)> {
    let (label, rest) = text.trim().split_once(':')?;
    let rest = rest.trim_start();
    let l = label.to_ascii_lowercase();
    if !["arguments", "parameters", "params", "argument", "parameter"]
        .iter()
        .any(|w| l.ends_with(w))
    {
        return None;
    }
    let ctx = label_ctx(label).filter(|c| matches!(c, Ctx::Params(_) | Ctx::Form))?;
    // (`POST Arguments`: the method's own word, a body's fields.)
    let ctx = if l.starts_with("post ") || l.starts_with("put ") || l.starts_with("patch ") {
        Ctx::Params(Some(Location::Body))
    } else {
        ctx
    };
    // (Entries run into one line: `* name: text * other: text`; or each on a line of its
    // own, broken by `<br>`.)
    let flat = rest.replace("\n* ", " * ");
    if let Some(list) = flat.strip_prefix("* ") {
        let entries = list
            .split(" * ")
            .map(|e| {
                let (name, _) = e.split_once(':')?;
                // (`tables*:`, a mark after the name.)
                field_name(name.trim().trim_end_matches('*'))
                    .then(|| bullet(e, line))
                    .flatten()
            })
            .collect::<Option<Vec<RawParam>>>()?;
        return Some((ctx, entries));
    }
    // (The parameter as `name - (type) text`: a wire name and a dash.)
    let (name, _) = rest.split_once(" - ")?;
    if !field_name(name) {
        return None;
    }
    let p = bullet(rest, line)?;
    Some((ctx, vec![p]))
}

/// A sub-heading of an operation naming its parameters after a qualifier of the vendor's
/// own (`##### Standard Parameters:`, `##### Group Matching Parameters` under `### Search
/// Groups`): a parameter label there, as `Parameters` alone is, placed by a location word
/// among them (`Querystring parameters`). A few words ending in `parameters` (or
/// `arguments`), none of them about the answer or about parameters not taken
/// (`Unsupported parameters`).
fn qualified_parameter_heading(b: &Block) -> Option<Ctx> {
    if !b.is_heading() {
        return None;
    }
    let title = clean_heading(&b.text);
    let title = title
        .trim()
        .trim_end_matches(':')
        .trim()
        .to_ascii_lowercase();
    let words: Vec<&str> = title.split_whitespace().collect();
    let last = *words.last()?;
    // (Nor a list of what the call does not take, `Unsupported parameters`.)
    let other = words.iter().any(|w| {
        matches!(
            *w,
            "response"
                | "responses"
                | "result"
                | "results"
                | "output"
                | "returned"
                | "error"
                | "unsupported"
                | "deprecated"
                | "removed"
                | "ignored"
                | "unused"
                | "obsolete"
                | "internal"
        )
    });
    let fits = matches!(last, "parameters" | "arguments")
        && (2..=4).contains(&words.len())
        && !other
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
    // (Where they go, when a word says it: `Querystring parameters`.)
    fits.then(|| Ctx::Params(words.iter().find_map(|w| super::types::location_word(w))))
}

/// An item of a list of the formats a body may come in, under the body's label
/// (`Supported formats are:` over `- `json` (**empty**) - application/json` and `- `tsv` -
/// text/tab-separated-values`): a format's name beside its media type (in a few words:
/// a field's description may name media types too), no field.
fn format_item(p: &RawParam) -> bool {
    let doc = p.doc.to_ascii_lowercase();
    FORMAT_WORDS.contains(&p.name.to_ascii_lowercase().as_str())
        && doc.split_whitespace().count() <= 5
        && doc
            .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '`'))
            .any(super::samples::media_type_text)
}

/// The members of the record a JSON sample shows: the object's, or its first item's when
/// it is a list of objects (a body of several records).
fn record_members(node: &Node) -> Option<&[(String, Node)]> {
    let record = match &node.kind {
        JsonKind::Array(items) => items.first()?,
        _ => node,
    };
    match &record.kind {
        JsonKind::Object(members) => Some(members),
        _ => None,
    }
}

/// Whether a heading's words before `parameters` name a parameter listed already (`###
/// Custom Field Parameters` after a `custom_fields` row): the members of that one, not
/// the call's own.
fn names_listed_member(b: &Block, raw: &[(RawParam, Option<Ctx>)]) -> bool {
    let title = clean_heading(&b.text).to_ascii_lowercase();
    let words: Vec<&str> = title.split_whitespace().collect();
    let Some((_, qualifier)) = words.split_last() else {
        return false;
    };
    let snake = qualifier.join("_");
    !snake.is_empty()
        && raw.iter().any(|(p, _)| {
            let n = p.name.to_ascii_lowercase();
            n == snake || n.trim_end_matches('s') == snake.trim_end_matches('s')
        })
}

/// The one success (2xx) among the statuses listed, if exactly one is.
fn sole_success(statuses: &[StatusAt]) -> Option<u16> {
    let mut success = statuses.iter().filter(|s| (200..300).contains(&s.0));
    match (success.next(), success.next()) {
        (Some(s), None) => Some(s.0),
        _ => None,
    }
}

/// A line labelling parameters it names in code (`**Requires**: `username` (…)`,
/// `**Accepts**: `password`, `email``, `Optional parameters: `limit`, `since``): the
/// label's context (a location it names, else the method's), whether they are required
/// (`Requires`, `Required …` yes; `Accepts`, `Optional …` no; else unsaid) and the names,
/// each the first word of its code span (`privileges (array)` → `privileges`).
fn code_name_list(source: &str) -> Option<(Ctx, Option<bool>, Vec<String>)> {
    let t = source
        .trim()
        .trim_start_matches(['*', '-', '+'])
        .trim()
        .replace("**", "")
        .replace("__", "");
    let (label, rest) = t.split_once(':')?;
    let l = label.trim().to_ascii_lowercase();
    let words: Vec<&str> = l.split_whitespace().collect();
    let (first, last) = (*words.first()?, *words.last()?);
    if words.len() > 3 {
        return None;
    }
    let required = match first {
        "requires" | "required" | "mandatory" => Some(true),
        "accepts" | "optional" => Some(false),
        _ => None,
    };
    let listing = matches!(
        last,
        "parameters" | "params" | "arguments" | "fields" | "keys" | "properties"
    );
    if !(listing || (words.len() == 1 && required.is_some())) {
        return None;
    }
    let ctx = label_ctx(label.trim())
        .filter(|c| matches!(c, Ctx::Params(_) | Ctx::Form))
        .unwrap_or(Ctx::Params(None));
    let mut names = Vec::new();
    for code in rest.split('`').skip(1).step_by(2) {
        let name = code
            .split(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        if field_name(name) && !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    (!names.is_empty()).then_some((ctx, required, names))
}

/// Text with its HTML tags (`<ul>`, `<li>`, `</b>`) left out.
fn without_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        // (Only a tag: `<` then a letter or `/`; `a < b` stays.)
        let tag = after[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        match after.find('>') {
            Some(close) if tag => rest = &after[close + 1..],
            _ => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// An item opening with a name alone in a code span (`` * `username` unique username ``,
/// `` - `password` **required** minimum 6 characters ``): the name and the item's text
/// after it (`text`, the item as read, code marks gone). `None` when the item opens
/// otherwise, the code holds no field name, or nothing follows it.
fn code_named_item<'t>(line: &str, text: &'t str) -> Option<(String, &'t str)> {
    let t = line.trim_start();
    let t = t.strip_prefix(['*', '-', '+']).map_or(t, str::trim_start);
    let inner = t.strip_prefix('`')?;
    let name = &inner[..inner.find('`')?];
    if !super::fields::field_name(name) {
        return None;
    }
    let rest = text.trim_start().strip_prefix(name)?.trim_start();
    // (`` `If-None-Match` and `If-Modified-Since` invoke … ``, `` `a`, `b` ``: names in
    // a sentence, no list of fields.)
    let first = rest.split_whitespace().next().unwrap_or("");
    (!rest.starts_with(['-', ':', '=', '(', '–', '—', ',', '/'])
        && !matches!(first, "and" | "or" | "nor" | "is" | "are" | "was" | "were"))
    .then(|| (name.to_string(), rest))
}

/// An item labelling the operation's own path (`- URL: `/v1/create`` beside `- Method:
/// `POST``): the route, said again, no field of a body.
fn route_label_item(op: &Operation, b: &Block) -> bool {
    let Some(route) = op.route.as_ref() else {
        return false;
    };
    if b.depth().is_none() || b.text.trim().contains('\n') {
        return false;
    }
    let t = b.text.replace(['`', '*'], "");
    let Some((label, value)) = t.trim().split_once(':') else {
        return false;
    };
    let label = label.trim().to_ascii_lowercase();
    matches!(
        label.as_str(),
        "url" | "uri" | "endpoint" | "path" | "route"
    ) && super::routes::target_route("GET", value.trim()).is_some_and(|r| r.path == route.path)
}

/// The query parameters a sentence of a row's description cell names in code right after
/// saying so (`Query parameters include `seconds`, `frequency`, and `output`.`, `Query
/// parameter `output` supports `text` and `proto`.`): the names in the list that follows the
/// words, up to the first word that is no part of it (the values after `supports` are none).
/// So too the form fields a cell names (`Use form field `activate=true` or
/// `activate=false`.`): a form body's fields, the value after `=` no part of the name.
fn cell_query_names(cell: &str) -> Vec<(String, Ctx)> {
    let mut out: Vec<(String, Ctx)> = Vec::new();
    let lower = cell.to_ascii_lowercase();
    for (words, ctx) in [
        ("query parameter", Ctx::Params(Some(Location::Query))),
        ("form field", Ctx::Form),
    ] {
        cell_names_after(cell, &lower, words, ctx, &mut out);
    }
    out
}

/// The items of a positional list (`url`, `string, uint64, uint64`, `extra string`),
/// trimmed; none for an empty list.
fn positional_items(inner: &str) -> Vec<String> {
    inner
        .split(',')
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

/// A word naming a type in a list of positional parameters (`string`, `uint64`, `number`,
/// `common.Address`, `*big.Int`) rather than the parameter.
fn positional_type(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    let sized = l
        .strip_prefix('u')
        .unwrap_or(&l)
        .strip_prefix("int")
        .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()));
    sized
        || w.contains('.')
        || w.starts_with(['*', '['])
        || matches!(
            l.as_str(),
            "string"
                | "number"
                | "bool"
                | "boolean"
                | "float"
                | "double"
                | "object"
                | "array"
                | "bytes"
                | "any"
                | "hex"
                | "quantity"
                | "data"
        )
}

/// The names in code after `words` in `cell` (see [`cell_query_names`]), each with `ctx`.
fn cell_names_after(cell: &str, lower: &str, words: &str, ctx: Ctx, out: &mut Vec<(String, Ctx)>) {
    let mut from = 0;
    while let Some(at) = lower[from..].find(words) {
        let at = from + at + words.len();
        from = at;
        let mut rest = cell[at..]
            .strip_prefix('s')
            .unwrap_or(&cell[at..])
            .trim_start();
        for w in ["include", "includes", "are", "is", ":"] {
            if let Some(r) = rest.strip_prefix(w)
                && (w == ":" || r.starts_with(char::is_whitespace))
            {
                rest = r.trim_start();
                break;
            }
        }
        while let Some(r) = rest.strip_prefix('`') {
            let Some((span, after)) = r.split_once('`') else {
                break;
            };
            let name = span.split_once('=').map_or(span, |(n, _)| n);
            let ident = name.chars().next().is_some_and(char::is_alphabetic)
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
            if !ident {
                break;
            }
            if !out.iter().any(|(n, _)| n == name) {
                out.push((name.to_string(), ctx));
            }
            let after = after.trim_start();
            let after = after.strip_prefix(',').unwrap_or(after).trim_start();
            rest = ["and ", "or "]
                .iter()
                .find_map(|j| after.strip_prefix(j))
                .unwrap_or(after)
                .trim_start();
        }
    }
}

/// The required flag a label's last sentence gives the list under it by its modal verb
/// (`Headers which must be set are:` required, `Headers which may be set are:` optional).
fn must_or_may(label: &str) -> Option<bool> {
    let t = label.trim().trim_end_matches(':');
    let last = t.rsplit(". ").next().unwrap_or(t);
    let words: Vec<&str> = last.split_whitespace().collect();
    let said = |m: &str| {
        words
            .windows(2)
            .any(|w| w[0] == m && matches!(w[1], "be" | "also"))
    };
    match (said("must"), said("may")) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// The headers a `curl` call that declares its operation's route sends with a placeholder
/// for a value (`curl -X GET -H "Authorization: <user_token>" http://host/users`, also
/// `{token}`, `$TOKEN`): what the caller must supply, a header parameter; a header with a
/// literal value (`Content-Type: application/json`) is the call's own.
fn call_headers(call: &str, line: u32) -> Vec<(String, String, u32)> {
    CurlCall::parse(call)
        .headers
        .iter()
        .filter_map(|h| h.split_once(':'))
        .map(|(n, v)| (n.trim(), v.trim()))
        .filter(|(n, v)| {
            !n.is_empty()
                && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && (super::routes::placeholder_value(v)
                    || v.strip_prefix('$').is_some_and(|r| {
                        let r = r.trim_matches(['{', '}']);
                        !r.is_empty() && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    }))
        })
        .map(|(n, v)| (n.to_string(), v.to_string(), line))
        .collect()
}

/// A heading that only numbers what follows it, as a word processor's caption does
/// (`Table 9`, `Figure 3.2`, `Listing 4`).
fn caption_heading(text: &str) -> bool {
    let t = clean_heading(text);
    let mut words = t.split_whitespace();
    let (Some(kind), Some(number), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let number = number.trim_end_matches(['.', ':']);
    matches!(
        kind.to_ascii_lowercase().as_str(),
        "table" | "figure" | "listing"
    ) && !number.is_empty()
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The names a list in prose gives (`` `name`, `gpio`, `power_w`. ``, `` `a` (W, 0–100) ·
/// `b` (A) → … ``): names in code, each with an optional note in brackets, joined by `,`,
/// `·`, `/`, `and` or `or`, up to a full stop, a semicolon, an arrow or the end. Two names
/// at least; none when anything else stands in the list. (A label of three words at most
/// over names in code, `Optional parameters: `limit`, `since``, is [`code_name_list`]'s,
/// which takes any text after the colon.)
fn listed_code_names(text: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut rest = text;
    loop {
        let inner = rest.strip_prefix('`')?;
        let end = inner.find('`')?;
        let name = &inner[..end];
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        {
            return None;
        }
        names.push(name.to_string());
        rest = inner[end + 1..].trim_start();
        // (A note in brackets after the name.)
        if let Some(note) = rest.strip_prefix('(') {
            rest = note[note.find(')')? + 1..].trim_start();
        }
        let sep = [", and ", ", or ", ",", "·", "/", "and ", "or "]
            .iter()
            .find_map(|s| rest.strip_prefix(s));
        match sep {
            Some(next) => rest = next.trim_start(),
            None => break,
        }
    }
    let ends = rest.is_empty() || rest.starts_with(['.', ';', '→']) || rest.starts_with("->");
    (ends && names.len() >= 2).then_some(names)
}

/// What a request's JSON shows: the body's schema when its values are type names
/// (`"state": SurveyState`, `"id": string | null`) and no value is a real string; else a real
/// call.
fn schema_shaped(node: &Node) -> SampleKind {
    fn count(node: &Node, names: &mut usize, strings: &mut usize) {
        match &node.kind {
            JsonKind::TypeName(_) => *names += 1,
            JsonKind::String(_) => *strings += 1,
            JsonKind::Array(items) => items.iter().for_each(|i| count(i, names, strings)),
            JsonKind::Object(members) => members.iter().for_each(|(_, v)| count(v, names, strings)),
            _ => {}
        }
    }
    let (mut names, mut strings) = (0, 0);
    count(node, &mut names, &mut strings);
    match names > 0 && strings == 0 {
        true => SampleKind::TypeNames,
        false => SampleKind::Real,
    }
}

/// Whether a JSON object is a JSON Schema document: it names its `$schema`.
fn json_schema(node: &Node) -> bool {
    matches!(&node.kind, JsonKind::Object(members) if members.iter().any(|(k, _)| k == "$schema"))
}

/// The statuses a tab set's labels name, by the value that opens each tab (`{label: 'Status
/// code 200', value: 's200'}` in Docusaurus's `<Tabs values={[…]}>` opening at block `b`),
/// and the last line of its opening tag (`]}>`, within a few lines). None for a tab set
/// whose labels name no status.
fn status_tab_set(doc: &Document, b: &Block) -> Option<(Vec<(String, u16)>, u32)> {
    let last = (b.span.line..b.span.line + 40)
        .find(|&n| doc.line(n).ends_with('>'))
        .unwrap_or(b.span.end_line);
    let mut values = Vec::new();
    for n in b.span.line..=last {
        let line = doc.line(n);
        let quoted = |key: &str| {
            let (_, rest) = line.split_once(key)?;
            let rest = rest.trim_start().trim_start_matches(':').trim_start();
            let q = rest.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
            rest[1..].split(q).next().map(str::to_string)
        };
        if let (Some(label), Some(value)) = (quoted("label"), quoted("value"))
            && let Some(code) = super::labels::status_label(&label)
        {
            values.push((value, code));
        }
    }
    (!values.is_empty()).then_some((values, last))
}
