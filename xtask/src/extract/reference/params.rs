//! An operation's parameters: raw parameters placed by location, typed, nested into body
//! types, credentials and metadata taken out.

use chatgen_codegen::spec::{
    Auth, AuthScheme, Body, EnumValue, Field, Location, Operation, Param, Primitive, TypeDef,
    TypeRef,
};
use heck::ToPascalCase;

use super::fields::{RawParam, bullet};
use super::labels::{Ctx, label_ctx};
use super::locate::OpAt;
use super::routes::param_ident;
use super::types::{described_type, type_word};
use super::{CueType, Reader};
use crate::read::blocks::{Block, Document, Kind};

/// Query parameters a paragraph of the operation's section names in code after naming the
/// operation's path in code (``You can pass `privacy=1` to `/json/urls/{KEY}`. You can
/// also set `tag=` …``), for a call that sends no body (`GET`, `DELETE`, `HEAD`); optional
/// unless the sentence says otherwise.
pub(super) fn prose_query(doc: &Document, o: &OpAt) -> Vec<(RawParam, Option<Ctx>)> {
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

/// Names a sentence gives in code right beside the word `parameter(s)` or `argument(s)`:
/// before it (`Takes optional `device` and `folder` parameters`, `The `device` parameter is
/// optional`) or after it (`Takes one parameter, `id``, `Takes the optional parameters
/// `folder` (folder ID), `sub` (…) and `next``, `requires parameters for `folder` and
/// `file``). A run of names is joined by `,`, `and`, `or`, each name perhaps followed by its
/// description in parentheses. Each run comes with whether it is required: a mark among the
/// last words before the run (`mandatory`, `required`, `requires`; `optional`), else right
/// after `parameter` (`is optional`); `None` where the sentence says neither. Only in a
/// sentence that says the call takes them (`takes`, `accepts`, `requires`, `pass`, `use`…)
/// or whether they are required: not a name merely called a parameter (`a `codecs`
/// parameter as specified in RFC 6381`). Code marks
/// are single backticks (reStructuredText's double ones read as single).
pub(super) fn parameter_runs(sentence: &str) -> Vec<(Vec<String>, Option<bool>)> {
    let sentence = sentence.replace("``", "`");
    let pieces: Vec<&str> = sentence.split('`').collect();
    let name_of = |span: &str| -> Option<String> {
        let name = span.split_once('=').map_or(span, |(n, _)| n).trim();
        (name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        .then(|| name.to_string())
    };
    // (What joins two names of a run, once a description in parentheses is set aside.)
    let joins = |piece: &str| {
        let mut t = piece.trim();
        if let Some(rest) = t.strip_prefix('(') {
            t = rest.split_once(')').map_or("", |(_, r)| r).trim();
        }
        matches!(t, "," | "and" | "or" | ", and" | ", or" | "/")
    };
    let param_word = |w: &str| {
        matches!(
            w.trim_matches(|c: char| matches!(c, ',' | ':' | '(' | ')')),
            "parameter" | "parameters" | "argument" | "arguments"
        )
    };
    let mark_of = |words: &[&str]| -> Option<bool> {
        let words: Vec<String> = words
            .iter()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_ascii_alphabetic())
                    .to_ascii_lowercase()
            })
            .collect();
        if words
            .iter()
            .any(|w| matches!(w.as_str(), "mandatory" | "required" | "requires"))
        {
            Some(true)
        } else if words.iter().any(|w| w == "optional") {
            Some(false)
        } else {
            None
        }
    };
    let mut out = Vec::new();
    let mut k = 1;
    while k + 1 < pieces.len() {
        let first = k;
        let mut names = Vec::new();
        while k + 1 < pieces.len() {
            match name_of(pieces[k]) {
                Some(n) => names.push(n),
                None => {
                    names.clear();
                    break;
                }
            }
            if k + 3 < pieces.len() && joins(pieces[k + 1]) {
                k += 2;
            } else {
                break;
            }
        }
        let last = k;
        k += 2;
        if names.is_empty() {
            continue;
        }
        let lead: Vec<&str> = pieces[first - 1].split_whitespace().collect();
        let lead_tail = &lead[lead.len().saturating_sub(4)..];
        let tail: Vec<&str> = pieces[last + 1].split_whitespace().collect();
        // (After the word, up to its run: `parameter,`, `parameters for`.)
        let after = lead.iter().rev().take(2).any(|w| param_word(w))
            && lead.last().is_some_and(|w| param_word(w) || *w == "for");
        let query_word = tail
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("query"));
        let before = tail.first().is_some_and(|w| param_word(w))
            || (query_word && tail.get(1).is_some_and(|w| param_word(w)));
        if !(after || before) {
            continue;
        }
        // (Only a sentence that says the call takes them, or whether they are required:
        // not `a `codecs` parameter as specified in RFC 6381`, `(only included if request
        // parameter `days` is true)`.)
        let takes = pieces[..first].iter().step_by(2).any(|p| {
            p.split_whitespace().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_ascii_alphabetic())
                        .to_ascii_lowercase()
                        .as_str(),
                    "takes"
                        | "take"
                        | "accepts"
                        | "accept"
                        | "requires"
                        | "require"
                        | "supports"
                        | "support"
                        | "pass"
                        | "passing"
                        | "use"
                        | "using"
                        | "specify"
                        | "specifying"
                        | "provide"
                        | "providing"
                )
            })
        });
        let mut required = mark_of(lead_tail);
        if required.is_none() && before {
            let at = usize::from(query_word) + 1;
            let said = &tail[at.min(tail.len())..tail.len().min(at + 3)];
            if said
                .first()
                .is_some_and(|w| matches!(*w, "is" | "are" | "must"))
            {
                required = mark_of(said);
            }
        }
        // (`do not supply an `Accept` parameter in the header`: a header, said elsewhere.)
        let header = tail
            .iter()
            .take(5)
            .any(|w| w.to_ascii_lowercase().starts_with("header"));
        if (takes || required.is_some()) && !header {
            out.push((names, required));
        }
    }
    out
}

/// Fields listed inside a table cell of an operation's row (`Sends it.<br/>*Payload
/// Parameters*<br/>📌 **body**: The text. This is a required field.<br/>📌 **title**:
/// Optionally …`): the pieces between `<br>` tags; a label piece (`Payload Parameters`)
/// gives the location of the fields after it, each a marker (an emoji, a bullet), a bold
/// or code name and its description. None without such a label: a cell of prose.
pub(super) fn cell_fields(cell: &str, line: u32) -> Vec<(RawParam, Option<Ctx>)> {
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
pub(super) fn prose_required(doc: &str) -> Option<bool> {
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

/// Whether a description holds one of `marks` as a sentence of its own (`… of the item.
/// Mandatory.`, `Show the lids. Optional.`, `… URL. **Required**`), not as a word in a
/// sentence (`If provided, status becomes optional`).
fn sentence_mark(lower: &str, marks: &[&str]) -> bool {
    lower
        .split(['.', ';', '\n'])
        .any(|s| marks.contains(&s.trim().trim_matches('*').trim()))
}

/// What [`Reader::params`] gathers beside the operation's parameters.
#[derive(Default)]
struct Gathered {
    /// Body fields whose type the page does not give.
    untyped: Vec<String>,
    body_fields: Vec<Field>,
    /// A form label listed a body field: the body is a form.
    form: bool,
    /// The profile's credential parameter was listed.
    has_credential: bool,
}

/// Listed as a path parameter, spelt with another case than the route's placeholder
/// (`roomname` for `{roomName}`): the route's spelling, given to `p`. Returns the
/// parameter's identifier. So too a name listed under a query label that is a placeholder
/// of the route in another case (`id` under `Query Parameters` for
/// `/boxes/${ID}/delete`): the placeholder, which no query repeats.
fn path_spelling(p: &mut RawParam, ctx: Option<Ctx>, placeholders: &[String]) -> String {
    let mut ident = param_ident(&p.name);
    let said = |l: Location| {
        p.location == Some(l) || (p.location.is_none() && ctx == Some(Ctx::Params(Some(l))))
    };
    let said_path = said(Location::Path) || said(Location::Query);
    if said_path
        && !placeholders.iter().any(|ph| *ph == ident || *ph == p.name)
        && let Some(ph) = placeholders
            .iter()
            .find(|ph| ph.eq_ignore_ascii_case(&ident))
    {
        p.name.clone_from(ph);
        ident.clone_from(ph);
    }
    ident
}

/// Where a parameter not in the route goes: as listed, as its label says (a form label:
/// the body, and `form` set), else by the method (`GET`/`DELETE`/`HEAD`/`OPTIONS`: the
/// query, but a request header's name, `Authorization`, `X-Request-Id`, the header; others:
/// the body, where a page may well send an `Authorization` field).
fn listed_location(
    p: &RawParam,
    ctx: Option<Ctx>,
    method: Option<&str>,
    form: &mut bool,
) -> Location {
    match (p.location, ctx) {
        (Some(l), _) => l,
        (None, Some(Ctx::Params(Some(l)))) => l,
        (None, Some(Ctx::Form)) => {
            *form = true;
            Location::Body
        }
        _ => match method {
            Some("GET" | "DELETE" | "HEAD" | "OPTIONS") if request_header_name(&p.name) => {
                Location::Header
            }
            Some("GET" | "DELETE" | "HEAD" | "OPTIONS") => Location::Query,
            _ => Location::Body,
        },
    }
}

/// A name only a request header has, spelt as headers are (a capital first): a standard
/// one (`Authorization`, `Accept`, `Content-Type`, `If-Match`…) or an extension's
/// (`X-Request-Id`). (`accept-language` in lower case may be a query parameter's name.)
pub(super) fn request_header_name(name: &str) -> bool {
    if !name.trim().starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    const STANDARD: &[&str] = &[
        "authorization",
        "accept",
        "accept-encoding",
        "accept-language",
        "content-type",
        "content-length",
        "content-encoding",
        "if-match",
        "if-none-match",
        "if-modified-since",
        "if-unmodified-since",
        "user-agent",
        "cookie",
    ];
    let n = name.trim().to_ascii_lowercase();
    STANDARD.contains(&n.as_str())
        || n.strip_prefix("x-").is_some_and(|r| {
            !r.is_empty() && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// A path parameter the page lists (under a path / URI parameters label, or with a path
/// location) that the route holds as the bare word in the parentheses of a segment, no
/// placeholder of that name in it (`/users/xuid(xuid)/lists` over an `XUID` row, as the
/// same site writes `xuid({xuid})` elsewhere): that word is the placeholder. (Not a whole
/// segment equal to a listed name: `/campaigns/{ID}/title` over a `title` row is a
/// literal path with a parameter of that name beside it.)
fn named_segments(op: &mut Operation, raw: &[(RawParam, Option<Ctx>)]) {
    let Some(route) = op.route.as_mut() else {
        return;
    };
    for (p, ctx) in raw {
        let path = p.location == Some(Location::Path)
            || (p.location.is_none() && *ctx == Some(Ctx::Params(Some(Location::Path))));
        if !path || route.placeholders().contains(&p.name.as_str()) {
            continue;
        }
        let mut changed = 0;
        let segments: Vec<String> = route
            .path
            .split('/')
            .map(|seg| {
                // (In the route's spelling: `xuid(xuid)` over an `XUID` row.)
                let inner = seg
                    .strip_suffix(')')
                    .and_then(|s| s.split_once('('))
                    .filter(|(h, w)| {
                        !h.is_empty()
                            && h.chars().all(|c| c.is_ascii_alphanumeric())
                            && w.eq_ignore_ascii_case(&p.name)
                    });
                if let Some((head, word)) = inner {
                    changed += 1;
                    format!("{head}({{{word}}})")
                } else {
                    seg.to_string()
                }
            })
            .collect();
        // (Once in the route: a word twice there is no one parameter's slot.)
        if changed == 1 {
            route.path = segments.join("/");
        }
    }
}

/// An operation whose route (a call the page printed, no template) closes on a number of
/// three digits or more after a collection named in the singular (`GET
/// /addressbook/6502`, `DELETE /{username}/timesheet/1234`): that number is an entry's id,
/// the placeholder `{addressbook_id}`. (A plural's number is named so when the route is
/// read, see `routes::numbered_id`; a short number may be a version or a page, `/api/2`.)
fn numbered_tail(op: &mut Operation) {
    let Some(route) = op.route.as_mut() else {
        return;
    };
    let segs: Vec<&str> = route.path.split('/').collect();
    let [.., prev, last] = segs.as_slice() else {
        return;
    };
    let number = (3..=20).contains(&last.len()) && last.chars().all(|c| c.is_ascii_digit());
    let word = prev.len() > 2 && prev.chars().all(|c| c.is_ascii_lowercase());
    if number && word && segs.len() >= 3 {
        let name = format!("{}_id", crate::normalise::infer::singular(prev));
        route.path = format!("{}/{{{name}}}", segs[..segs.len() - 1].join("/"));
    }
}

impl Reader<'_> {
    /// Settles each parameter's location, type and required flag; body fields become the
    /// body's type. Returns the body fields whose type the page does not give.
    pub(super) fn params(
        &mut self,
        op: &mut Operation,
        raw: Vec<(RawParam, Option<Ctx>)>,
        pascal: &str,
        route_at: u32,
    ) -> Vec<String> {
        named_segments(op, &raw);
        numbered_tail(op);
        let placeholders: Vec<String> = op
            .route
            .as_ref()
            .map(|r| r.placeholders().iter().map(|s| s.to_string()).collect())
            .unwrap_or_default();
        let raw = self.unmarked_in_contrast(raw);
        let mut g = Gathered::default();
        for (p, ctx) in raw {
            self.param(op, p, ctx, &placeholders, pascal, &mut g);
        }
        if self.profile.credential.is_some() && !g.has_credential {
            op.auth = Some(false);
        }
        // Placeholders the doc lists no parameter for: path parameters of unknown type,
        // said at the route (the operation may be cut off before its parameters).
        for name in crate::extract::kit::placeholder_params(op, Some(route_at)) {
            self.kit.warn(
                route_at,
                format!(
                    "operation `{}`: path placeholder `{{{name}}}` has no documented parameter; \
                     read as a path parameter of unknown type (string)",
                    op.name
                ),
            );
        }
        if !g.body_fields.is_empty() {
            let name = self.kit.fresh_type_name(&format!("{pascal}Body"));
            let line = g.body_fields.first().and_then(|f| f.line);
            self.kit.infer.types.insert(
                name.clone(),
                TypeDef {
                    line,
                    ..TypeDef::structure(g.body_fields)
                },
            );
            op.body = Some(Body {
                content_type: g
                    .form
                    .then(|| "application/x-www-form-urlencoded".to_string()),
                ty: TypeRef::Named(name),
                line,
            });
        }
        g.untyped
    }

    /// One raw parameter settled: its location (the route's placeholders first), whether
    /// it is a credential, its required flag, default and type; then a parameter of the
    /// operation or a field of its body (the first of a name; a second is warned of).
    fn param(
        &mut self,
        op: &mut Operation,
        mut p: RawParam,
        ctx: Option<Ctx>,
        placeholders: &[String],
        pascal: &str,
        g: &mut Gathered,
    ) {
        let Some((ident, location)) = self.place(op, &mut p, ctx, placeholders, &mut g.form) else {
            return;
        };
        // A row of a table that gives each field's query-string name in a column of its
        // own (`| Name | … | QS |` over `| startTime | … | start_time |`): in the query it
        // goes by that name, and a row whose cell is empty is no query parameter.
        if location == Location::Query
            && let Some(q) = &p.query_name
        {
            if q.is_empty() {
                return;
            }
            p.name = q.clone();
        }
        let required = self.required_of(&p);
        let mut default = p.default.as_ref().and_then(|d| self.default_value(d));
        let doc_text = p
            .doc
            .replace("{{<required>}}", "")
            .replace("{{< required >}}", "")
            .trim()
            .to_string();
        if self.credential_param(&p, &doc_text) {
            g.has_credential = true;
            return;
        }
        let (ty, cue) = self.param_type(&p, &doc_text, pascal, &mut default);
        let mut doc = (!doc_text.is_empty()).then_some(doc_text);
        if location == Location::Body && op.rpc.is_none() {
            self.body_field(&p, (ty, cue), required, doc, pascal, g);
            return;
        }
        if op
            .params
            .iter()
            .any(|q| q.name == p.name && q.location == location)
        {
            self.kit
                .listed_twice(p.line, &format!("parameter `{}`", p.name));
            return;
        }
        // The spec has no enum on a parameter: the values listed stay in its doc.
        if !p.values.is_empty() {
            let values: Vec<String> = p.values.iter().map(|v| format!("{v:?}")).collect();
            let line = format!("One of: {}.", values.join(", "));
            doc = Some(doc.map_or(line.clone(), |d| format!("{d}\n\n{line}")));
        }
        let name = if location == Location::Path {
            ident
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

    /// Where a parameter goes: the route's placeholder (in its spelling) or where it is
    /// listed; a path parameter the route lacks goes in the query. `None`: left out (a
    /// stray path parameter, the credential header).
    fn place(
        &mut self,
        op: &Operation,
        p: &mut RawParam,
        ctx: Option<Ctx>,
        placeholders: &[String],
        form: &mut bool,
    ) -> Option<(String, Location)> {
        let ident = path_spelling(p, ctx, placeholders);
        // (A name listed under a body label that the route also holds, `:<json number
        // box_id: the box's ID (optional, must equal the URL's)` under `POST /boxes/{box_id}`:
        // a body field of its own, the placeholder staying the path's.)
        let in_path = placeholders.iter().any(|ph| *ph == ident || *ph == p.name)
            && p.location != Some(Location::Body)
            && ctx != Some(Ctx::Params(Some(Location::Body)));
        // (An RPC call made by query string is a `GET`.)
        let method = match &op.route {
            Some(r) => Some(r.method.as_str()),
            None => (op.rpc.is_some() && self.rpc_in_query).then_some("GET"),
        };
        let location = if in_path {
            Location::Path
        } else {
            listed_location(p, ctx, method, form)
        };
        // Listed as a path / URL parameter (by its label or an `In` column) but not in the
        // route: a URL parameter that travels in the query string.
        // (An operation whose route the page lost keeps its path parameters.)
        let routed = op.route.is_some() || op.rpc.is_some();
        if self.stray_path_param(op, p, location == Location::Path && !in_path && routed) {
            return None;
        }
        let location = if location == Location::Path && !in_path && routed {
            Location::Query
        } else {
            location
        };
        if location == Location::Header && self.auth_header(p) {
            return None;
        }
        Some((ident, location))
    }

    /// A body field (the first of its name; a second is warned of): typed as an enum when
    /// it lists values, noted as untyped when the page gives no type.
    fn body_field(
        &mut self,
        p: &RawParam,
        (ty, cue): (TypeRef, Option<String>),
        required: Option<bool>,
        doc: Option<String>,
        pascal: &str,
        g: &mut Gathered,
    ) {
        let ty = self.enum_of(ty, p, pascal);
        if g.body_fields.iter().any(|f| f.name == p.name) {
            self.kit
                .listed_twice(p.line, &format!("field `{}`", p.name));
            return;
        }
        if cue.as_deref() == Some("none") {
            g.untyped.push(p.name.clone());
        }
        g.body_fields.push(Field {
            name: p.name.clone(),
            ty,
            optional: !required.unwrap_or(false),
            nullable: p.nullable,
            doc,
            from_override: Vec::new(),
            line: Some(p.line),
        });
    }

    /// Whether a heading stands between the lines `a` and `b` (either order).
    fn heading_between(&self, a: u32, b: u32) -> bool {
        let (lo, hi) = (a.min(b), a.max(b));
        self.doc
            .blocks
            .iter()
            .any(|h| h.is_heading() && h.span.line > lo && h.span.line < hi)
    }

    /// A list that marks some of its entries optional and none required: its unmarked
    /// entries are the required ones (`query=<string>` over `time=<…>: … Optional.`;
    /// `- (Optional) note` beside `- alias_prefix`). An entry whose description gives a
    /// default or says it may be left out stays optional. A list is a run of entries under
    /// one label.
    fn unmarked_in_contrast(
        &self,
        mut raw: Vec<(RawParam, Option<Ctx>)>,
    ) -> Vec<(RawParam, Option<Ctx>)> {
        let mut start = 0;
        while start < raw.len() {
            let ctx = raw[start].1;
            // (A heading between two entries ends the list: `Includes` under `Parameters`
            // lists values of another parameter, whatever the entries above it marked.)
            let end = (start + 1..raw.len())
                .find(|&k| {
                    raw[k].1 != ctx || self.heading_between(raw[k - 1].0.line, raw[k].0.line)
                })
                .unwrap_or(raw.len());
            let marks: Vec<Option<bool>> = raw[start..end]
                .iter()
                .map(|(p, _)| {
                    // (Optional as a mark: a sentence of its own, `… Optional.`; not a
                    // word in a sentence, `If provided, status becomes optional`.)
                    self.required_of(p).or_else(|| {
                        p.doc
                            .to_ascii_lowercase()
                            .split(['.', ';', '\n'])
                            .any(|s| s.trim() == "optional")
                            .then_some(false)
                    })
                })
                .collect();
            let optional = marks.contains(&Some(false));
            let required = marks.contains(&Some(true));
            if optional && !required {
                for ((p, _), m) in raw[start..end].iter_mut().zip(&marks) {
                    if m.is_none() && prose_required(&p.doc).is_none() {
                        p.required = Some(true);
                    }
                }
            }
            start = end;
        }
        raw
    }

    /// Whether a parameter is required: as listed, as its description says (`(Required:
    /// False)`, `**Required**`, `(optional)`), by the profile's cue, or, in a layout that
    /// marks what is optional, when unmarked.
    fn required_of(&self, p: &RawParam) -> Option<bool> {
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
            || lower.starts_with("[required]")
            // `… GeoTIFF URL. **Required**`, `… of the item. Mandatory.`: the mark as a
            // sentence of its own.
            || sentence_mark(&lower, &["required", "mandatory"])
        {
            required = Some(true);
        } else if required.is_none()
            && (sentence_mark(&lower, &["optional"])
                || lower.starts_with("optional")
                || lower.starts_with("**optional")
                || lower.contains("(optional)")
                // (`[optional] ダウンタイムのメモ`: the mark in brackets before the words.)
                || lower.starts_with("[optional]")
                || lower.contains("is optional"))
        {
            required = Some(false);
        }
        if required.is_none() && self.profile.required_cue.is_some_and(|f| f(&p.doc)) {
            required = Some(true);
        }
        // A layout that marks what is optional: the rest is required.
        if required.is_none() && self.profile.unmarked_required {
            required = Some(true);
        }
        required
    }

    /// The credential parameter of the profile (`token : Auth token`): the API's auth, not
    /// a parameter. True when `p` is it.
    fn credential_param(&mut self, p: &RawParam, doc_text: &str) -> bool {
        let Some((cred, starts)) = self.profile.credential else {
            return false;
        };
        if p.name != cred || !doc_text.starts_with(starts) {
            return false;
        }
        if self.auth.is_none() {
            self.auth = Some(Auth {
                scheme: AuthScheme::Token,
                param: Some(cred.to_string()),
                line: Some(p.line),
                ..Auth::default()
            });
        }
        true
    }

    /// A parameter's type and how it was found (`None` when written; `none` when not
    /// given): its nested items, the profile's cue in the prose (which may give the
    /// default), its type word, a type its description starts with, else a string. A name
    /// ending in `[]` is a list.
    fn param_type(
        &mut self,
        p: &RawParam,
        doc_text: &str,
        pascal: &str,
        default: &mut Option<serde_json::Value>,
    ) -> (TypeRef, Option<String>) {
        let profile_cue = match (&p.ty, self.profile.type_cue) {
            (None, Some(f)) => {
                let c = f(doc_text);
                *default = c.default;
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
            (self.item_ref(p, &hint), None)
        });
        let (ty, cue) = match listed
            .or(profile_cue)
            .or_else(|| p.ty.as_deref().and_then(type_word).map(|t| (t, None)))
        {
            Some(tc) => tc,
            None => match described_type(doc_text) {
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
        (ty, cue)
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

    /// A struct of listed fields (an answer's `Output`, a `struct` item's), named from
    /// `hint`: each field's type as the item writes it, nested items its struct's fields;
    /// optional when marked so (`can be missing`, `Optional:`), nullable when `can be null`.
    pub(super) fn struct_of(&mut self, hint: &str, items: &[RawParam], line: u32) -> TypeRef {
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

    /// The metadata key and joiner of a label line (`Role restrictions:`), when the
    /// profile keeps that label's text.
    pub(super) fn meta_label(
        &self,
        text: &str,
    ) -> Option<(String, &'static str, Vec<String>, u32)> {
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
    pub(super) fn flush_meta(
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
    pub(super) fn unread_item(&mut self, op: &str, b: &Block) {
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
        // A header that carries the caller's credential: `Authorization`, or one whose
        // description says so (`Authentication header that contains the api key`,
        // `X-Api-Key: your API key`).
        let doc = p.doc.to_ascii_lowercase();
        let credential = p.name.eq_ignore_ascii_case("authorization")
            || [
                "api key",
                "api-key",
                "apikey",
                "access token",
                "api token",
                "credential",
            ]
            .iter()
            .any(|w| doc.contains(w));
        if !credential || self.profile.auth.is_some() {
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
                header: (!bearer).then(|| p.name.clone()),
                line: Some(p.line),
                ..Auth::default()
            });
        }
        true
    }
}

/// Headers the page's introduction says every request requires, in a block of `Name:
/// value` lines right after the sentence (`All requests require the following HTTP
/// headers:` over `    Accept: application/json`): a required header parameter of every
/// operation with a route that has none of that name. (`Accept: …` under a sentence that
/// requires nothing, or names no header, is an example.)
pub(super) fn page_headers(
    doc: &Document,
    title: Option<usize>,
    first_op: usize,
    ops: &mut [Operation],
) {
    let intro = super::responses::intro_blocks(doc, title, first_op);
    for k in intro.clone() {
        let b = &doc.blocks[k];
        let said = b.kind == Kind::Paragraph && {
            let t = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let t = t.to_ascii_lowercase();
            t.split(". ").any(|s| {
                s.contains("require")
                    && s.contains("the following")
                    && s.contains("header")
                    && (s.contains("all ") || s.contains("every "))
            })
        };
        let Some(code) = doc.blocks.get(k + 1).filter(|c| said && c.is_code()) else {
            continue;
        };
        let lines: Vec<(&str, &str)> = code
            .text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| l.trim().split_once(':'))
            .map(|(n, v)| (n.trim(), v.trim()))
            .collect();
        let header_name = |n: &str| {
            !n.is_empty()
                && n.starts_with(|c: char| c.is_ascii_alphabetic())
                && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        };
        if lines.is_empty()
            || lines.len() != code.text.lines().filter(|l| !l.trim().is_empty()).count()
            || !lines.iter().all(|(n, v)| header_name(n) && !v.is_empty())
        {
            continue;
        }
        for op in ops.iter_mut().filter(|o| o.route.is_some()) {
            for (name, value) in &lines {
                if op
                    .params
                    .iter()
                    .any(|p| p.location == Location::Header && p.name.eq_ignore_ascii_case(name))
                {
                    continue;
                }
                op.params.push(Param {
                    name: (*name).to_string(),
                    location: Location::Header,
                    ty: TypeRef::Primitive(Primitive::String),
                    required: true,
                    type_cue: Some("none".to_string()),
                    doc: Some((*value).to_string()),
                    line: Some(code.span.line),
                    ..Param::default()
                });
            }
        }
    }
}

/// Names an operation lists bare, one an item (`* backlight` over its description, `* R, G,
/// B`), with no label over them, where the operation's example calls send one of them in
/// the query string (`curl -X POST http://ipaddress/settings?backlight=1 -d ''`): each
/// name so listed is a query parameter of the operation (once). A list none of whose names
/// a call sends says nothing of where they go; a list a sentence introduces as values
/// (`Accepted ``field`` values are:`) is what one parameter takes.
pub(super) fn listed_query_names(doc: &Document, located: &[OpAt], ops: &mut [Operation]) {
    for (o, op) in located.iter().zip(ops.iter_mut()) {
        if op.route.is_none() {
            continue;
        }
        let end = o.end.min(doc.blocks.len());
        let start = o.start.min(end);
        let blocks = &doc.blocks[start..end];
        // (A list a sentence introduces as values, `Accepted ``field`` values are:`, lists
        // what one parameter takes, not parameters.)
        let values_list = |i: usize| {
            doc.blocks[start..i]
                .iter()
                .rev()
                .find(|b| !matches!(b.kind, Kind::Item { .. }))
                .is_some_and(|b| {
                    let t = b.text.trim().to_ascii_lowercase();
                    b.kind == Kind::Paragraph
                        && t.ends_with(':')
                        && (t.contains("value") || t.contains("one of"))
                })
        };
        // (The keys the extent's calls send in their query strings.)
        let sent: Vec<&str> = blocks
            .iter()
            .filter(|b| b.is_code())
            .flat_map(|b| b.text.split_whitespace())
            .filter_map(|w| w.split_once('?').map(|(_, q)| q))
            .flat_map(|q| q.split('&'))
            .filter_map(|pair| {
                pair.split_once('=')
                    .map(|(k, _)| k.trim_matches(['\'', '"']))
            })
            .collect();
        if sent.is_empty() {
            continue;
        }
        let listed: Vec<(String, u32)> = blocks
            .iter()
            .enumerate()
            .filter(|(i, b)| {
                matches!(b.kind, Kind::Item { .. })
                    && b.depth() == Some(0)
                    && !b.text.contains('\n')
                    && !values_list(start + i)
            })
            .map(|(_, b)| b)
            .flat_map(|b| {
                let names: Vec<&str> = b.text.split(',').map(str::trim).collect();
                let all = names
                    .iter()
                    .all(|n| !n.is_empty() && !n.contains(' ') && super::fields::field_name(n));
                if all {
                    names
                        .iter()
                        .map(|n| ((*n).to_string(), b.span.line))
                        .collect::<Vec<_>>()
                } else {
                    Vec::new()
                }
            })
            .collect();
        if !listed.iter().any(|(n, _)| sent.contains(&n.as_str())) {
            continue;
        }
        for (name, line) in listed {
            if op.params.iter().any(|p| p.name == name) {
                continue;
            }
            // (Its type unsaid: a string, marked so.)
            op.params.push(Param {
                name,
                location: Location::Query,
                ty: TypeRef::Primitive(Primitive::String),
                type_cue: Some("none".to_string()),
                line: Some(line),
                ..Param::default()
            });
        }
    }
}
