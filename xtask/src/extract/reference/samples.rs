//! Samples and bodies: JSON examples and their types, `curl` calls and their data, media
//! types, bodies named by a type elsewhere on the page.

use chatgen_codegen::spec::{
    Answer, Auth, AuthScheme, Body, Example, ExampleOf, Field, Location, Operation, Primitive,
    SampleKind, TypeDef, TypeRef,
};
use heck::ToPascalCase;

use super::Reader;
use super::block_routes::CurlCall;
use super::fields::RawParam;
use super::labels::{Ctx, clean_heading, label_ctx};
use super::routes::route_line;
use super::tables::columns;
use super::types::open_type;
use crate::read::blocks::{Block, Document, Kind};
use crate::read::json::{Kind as JsonKind, Node};

/// A paragraph of JSON (`{ "data": [ … ] }`) under a samples label, as a code block.
pub(super) fn sample_paragraph(b: &Block, under_samples: bool) -> Option<Block> {
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

/// A label over samples shown in tabs (`Request samples`, `Response samples`).
pub(super) fn sample_tabs_label(text: &str) -> bool {
    let l = clean_heading(text).to_lowercase();
    l.trim_end_matches(':').trim().ends_with(" samples")
}

/// The JSON sample at block `at` (see [`Document::json`]), its text as written, and whether
/// it was printed with a bullet before each member (`• "admins": [`, Redoc's collapsible
/// members, which a text capture splits into a `{` block and items): then it is read from
/// the source lines with the bullets taken off, as far as the value goes within `blocks`.
pub(super) fn sample_json(
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
pub(super) fn past_line(blocks: &[Block], k: usize, line: u32) -> usize {
    (k + 1..blocks.len())
        .find(|&j| blocks[j].span.line > line)
        .unwrap_or(blocks.len())
}

/// A code block that holds a sentence, not code (a page that set its descriptions in
/// `<code>`): one line of words, no language, nothing code-like.
pub(super) fn prose_code(b: &Block) -> bool {
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
pub(super) fn key_value_line(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['*', '_']);
    text.trim().starts_with("**")
        || t.split_once(':').is_some_and(|(k, _)| {
            let k = k.trim_end_matches(['*', '_']);
            !k.is_empty() && k.split_whitespace().count() <= 3
        })
}

/// The members of a JSON object as parameters of `location`, each typed by its value
/// (`10` an integer, `true` a boolean, `"x"` a string, a list an array, an object an object);
/// required or not is unknown.
pub(super) fn json_params(node: &Node, location: Location) -> Vec<RawParam> {
    let JsonKind::Object(members) = &node.kind else {
        return Vec::new();
    };
    members
        .iter()
        .map(|(name, value)| {
            let ty = match &value.kind {
                JsonKind::Bool(_) => Some("boolean"),
                JsonKind::Number(n) if n.is_f64() => Some("number"),
                JsonKind::Number(_) => Some("integer"),
                JsonKind::String(_) => Some("string"),
                JsonKind::Array(_) => Some("array"),
                JsonKind::Object(_) => Some("object"),
                JsonKind::Null => None,
                // `"count": Int64`: the type it names.
                JsonKind::TypeName(w) => Some(w.as_str()),
            };
            RawParam {
                name: name.clone(),
                ty: ty.map(str::to_string),
                location: Some(location),
                line: value.line,
                ..RawParam::default()
            }
        })
        .collect()
}

/// The type of a value written in a query string: `true`/`false`, digits, or text.
pub(super) fn value_type(value: &str) -> Primitive {
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

/// Whether a JSON sample writes type names as its values (`"id": "integer"`) or shows a
/// real value.
pub(super) fn sample_kind(node: &Node) -> SampleKind {
    // Every string a type word and at least one a primitive or a CamelCase type name, so
    // that a real answer such as `{"status": "UP"}` is not read as a schema.
    fn primitive(node: &Node) -> bool {
        match &node.kind {
            // A primitive (`integer`) or a type name in CamelCase (`TTeamchatConference`,
            // not a constant such as `UP`, nor a numbered example value, `Donor1`).
            crate::read::json::Kind::String(s) => {
                crate::normalise::infer::type_word(s).is_some()
                    || (s.starts_with(|c: char| c.is_ascii_uppercase())
                        && s.chars().any(|c| c.is_ascii_lowercase())
                        && s.chars().all(|c| c.is_ascii_alphanumeric())
                        && !s.ends_with(|c: char| c.is_ascii_digit()))
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
pub(super) fn media_type(b: &Block) -> Option<String> {
    let t = b.text.trim();
    (b.kind == Kind::Paragraph && media_type_text(t)).then(|| t.to_string())
}

/// Whether `t` is a media type (`application/json`, `multipart/form-data`).
pub(super) fn media_type_text(t: &str) -> bool {
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
pub(super) fn curl_call(blocks: &[Block], k: usize) -> Option<(String, usize)> {
    let b = &blocks[k];
    let first = b
        .text
        .trim_start()
        .trim_start_matches(['$', '%'])
        .trim_start();
    if !first.starts_with("curl ") {
        return heredoc_call(b).map(|call| (call, k));
    }
    let mut call: String = b
        .text
        .split('\n')
        .map(|l| {
            super::block_routes::without_comment(l)
                .trim()
                .trim_end_matches('\\')
                .trim_end()
        })
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
    Some((
        call.trim_start().trim_start_matches(['$', '%']).to_string(),
        last,
    ))
}

/// A `curl` call fed a here-document (`cat <<EOF | curl … -X POST -d @- …` over the JSON
/// and `EOF`), the block's first line: the call with the document as its data (`-d` and
/// the text, in place of `@-`).
fn heredoc_call(b: &Block) -> Option<String> {
    let mut lines = b.text.split('\n');
    let first = lines.next()?;
    let (at, true) = super::block_routes::command_start(first, "curl")? else {
        return None;
    };
    let (feed, call) = (&first[..at], first[at..].trim_end());
    let delimiter = feed
        .split_once("<<")?
        .1
        .trim_start_matches('-')
        .split_whitespace()
        .next()?
        .trim_matches(['\'', '"']);
    if delimiter.is_empty() {
        return None;
    }
    let body: Vec<&str> = lines.take_while(|l| l.trim() != delimiter).collect();
    let data = body.join("\n");
    // (The document's text as one shell word: its single quotes closed and reopened.)
    let word = format!("'{}'", data.replace('\'', "'\"'\"'"));
    let mut words: Vec<&str> = call.split(' ').collect();
    let stdin = words.iter().position(|w| *w == "@-")?;
    words[stdin] = &word;
    Some(words.join(" "))
}

/// A heading naming the type of what a call sends (`PublishRequest`, `SendParams`,
/// `Subscribe request`): the table under it is the body.
pub(super) fn request_type_heading(text: &str) -> bool {
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
pub(super) fn named_body(doc: &Document, line: &str) -> Option<usize> {
    let t = line
        .trim()
        .trim_start_matches(['>', '-', '+', ' '])
        .replace(['*', '`'], "");
    let (label, name) = t.split_once(':')?;
    if label_ctx(label.trim()) != Some(Ctx::Params(Some(Location::Body))) {
        return None;
    }
    let name = name.trim().trim_end_matches('.').trim();
    // A link to the type: its text (`[User](#user)`, `An [Activity][] object`).
    let name = match name.split_once('[') {
        Some((before, r)) if type_words(&format!("{before}x")) == "x" => {
            r.split(']').next().unwrap_or("")
        }
        Some(_) => return None,
        None => type_words(name),
    };
    if name.is_empty() || name.split_whitespace().count() > 3 {
        return None;
    }
    type_table(doc, name)
}

/// A type named in words (`An Activity object`, `the User type`): the name without its
/// article and its kind word; as written otherwise.
fn type_words(text: &str) -> &str {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 1
        && matches!(
            words[0].to_ascii_lowercase().as_str(),
            "a" | "an" | "the" | "one"
        )
    {
        words.remove(0);
    }
    if words.len() > 1
        && matches!(
            words[words.len() - 1].to_ascii_lowercase().as_str(),
            "object" | "type" | "resource"
        )
    {
        words.pop();
    }
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return text.trim();
    };
    let start = first.as_ptr() as usize - text.as_ptr() as usize;
    let end = last.as_ptr() as usize - text.as_ptr() as usize + last.len();
    &text[start..end]
}

/// The parameter table under the heading that names type `name` (case, spaces, `-` and
/// `_` aside; a heading naming its kind too, `### User object`, names `User`), before the
/// next heading.
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
        if !b.is_heading() || b.level() == Some(0) {
            return None;
        }
        let heading = clean_heading(&b.text);
        if key(&heading) != want && key(type_words(&heading)) != want {
            return None;
        }
        doc.blocks[i + 1..]
            .iter()
            .take_while(|n| !n.is_heading())
            .position(|n| n.table().is_some_and(|t| columns(t).is_some()))
            .map(|at| i + 1 + at)
    })
}

/// A form's fields (`hash=fae6e49a&urls=http://x`): each name with its value decoded as
/// written (`+` and `%XX` left), in order; `None` unless the whole text is `name=value`
/// pairs joined by `&` with names of a field's characters.
pub(super) fn form_pairs(text: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let text = text.trim();
    if text.is_empty() || text.contains(char::is_whitespace) {
        return None;
    }
    let mut out = serde_json::Map::new();
    for pair in text.split('&') {
        let (name, value) = pair.split_once('=')?;
        let ok = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'));
        if !ok {
            return None;
        }
        out.insert(
            name.to_string(),
            serde_json::Value::String(value.to_string()),
        );
    }
    Some(out)
}

/// The parts of a multipart form body (`Content-Disposition: form-data; name="torrents";
/// filename="a.torrent"`): each part's name, its value unknown (an empty string).
pub(super) fn multipart_names(text: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let mut out = serde_json::Map::new();
    for l in text.lines() {
        let lower = l.to_ascii_lowercase();
        if !lower.trim_start().starts_with("content-disposition:") || !lower.contains("form-data") {
            continue;
        }
        if let Some(at) = l.find("name=\"") {
            let rest = &l[at + 6..];
            if let Some(end) = rest.find('"')
                && !rest[..end].is_empty()
            {
                out.insert(
                    rest[..end].to_string(),
                    serde_json::Value::String(String::new()),
                );
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

impl Reader<'_> {
    /// A request example from a sample `curl` call: its URL as written and its data; an
    /// `Authorization: Bearer` header sets the API's auth.
    pub(super) fn curl_example(
        &mut self,
        call: &str,
        line: u32,
        auth_line: u32,
    ) -> Option<Example> {
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
    pub(super) fn curl_body(&mut self, op: &mut Operation, pascal: &str) {
        let sends = op
            .route
            .as_ref()
            .is_some_and(|r| matches!(r.method.as_str(), "POST" | "PUT" | "PATCH"));
        if op.body.is_some() || op.rpc.is_some() || !sends {
            return;
        }
        let Some((node, form, kind)) = op
            .examples
            .iter()
            .filter(|e| e.of == ExampleOf::Request && e.url.is_some())
            .filter_map(|e| {
                e.json
                    .as_ref()
                    .map(|j| (j, e.line, e.raw.as_deref(), e.kind))
            })
            .filter(|(j, _, _, _)| j.as_object().is_some_and(|o| !o.is_empty()))
            .find_map(|(j, line, raw, kind)| {
                // (A form's example keeps its text: not JSON.)
                let form = raw.is_some_and(|r| !r.trim_start().starts_with(['{', '[']));
                crate::read::json::parse(&j.to_string(), line)
                    .ok()
                    .map(|p| (p, form, kind))
            })
        else {
            return;
        };
        // (A request written as its schema, `"id": string | null`, types each field by
        // the word it shows; a real call's fields are typed by their values.)
        let kind = match kind {
            SampleKind::TypeNames => SampleKind::TypeNames,
            _ => SampleKind::Real,
        };
        let ty = self
            .kit
            .infer
            .infer_samples(&[&node.node], &format!("{pascal}Body"), kind);
        self.example_fields_optional(&ty);
        let media = if form {
            "application/x-www-form-urlencoded"
        } else {
            "application/json"
        };
        op.body = Some(Body {
            content_type: Some(media.into()),
            ty,
            line: Some(node.node.line),
        });
    }

    /// A body known only from its examples: a field an example shows is not said to be
    /// required, so it is optional (the client may leave it out; the server says if not).
    pub(super) fn example_fields_optional(&mut self, ty: &TypeRef) {
        if let TypeRef::Named(name) = ty
            && let Some(def) = self.kit.infer.types.get_mut(name)
        {
            for f in def.fields_mut() {
                f.optional = true;
            }
        }
    }

    /// A body whose fields a body schema label lists (`Request Body schema:`) is declared at
    /// the label.
    pub(super) fn body_at_label(&mut self, op: &mut Operation, label: Option<u32>) {
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
    pub(super) fn sample_kind(&self, node: &Node) -> SampleKind {
        if self.profile.schema_samples {
            SampleKind::Placeholder
        } else {
            sample_kind(node)
        }
    }

    /// A body whose fields a list names and an example shows: each listed field the list
    /// gives no type takes the example's, and a member only the example shows is an
    /// optional field (none when the example is the renderer's).
    pub(super) fn type_from_example(
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

    /// Fields of `ty` (a named struct, or the items of a list of one) that have no doc
    /// take the description a list gives for their name.
    pub(super) fn document_fields(&mut self, ty: &TypeRef, listed: &[RawParam]) {
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
    pub(super) fn enveloped_result<'n>(
        &mut self,
        node: &'n Node,
        answer: &Answer,
    ) -> Option<&'n Node> {
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
}
