//! The Redoc family: a text capture of a Redoc-rendered OpenAPI document.
//!
//! Each operation is a header (an optional tag line such as `chatrooms`, an optional summary
//! such as `GetRooms`, a description), then `Authorizations:`, parameter blocks (`query
//! Parameters`, `path Parameters`: name, `required`, a type line such as
//! `integer [ 1 .. 50 ]`, `Default: 10`, a description), a `Request Body schema`, `Responses`
//! and `Request samples` / `Response samples` (JSON with `•` bullets and elided arrays).
//!
//! The capture this family was written for lost every HTTP method and path and every
//! response status: routes and statuses are left unknown, never invented. Redoc prints
//! placeholder samples (`"string"`, `0`, `true`), so sample types are `placeholder`.

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Body, Example, ExampleOf, Field, Location, Operation, Param,
    Primitive, Protocol, Response, SampleKind, TypeDef, TypeRef,
};
use heck::{ToPascalCase, ToSnakeCase};

use super::Extracted;
use crate::diag::Diagnostic;
use crate::normalise::infer::{Infer, singular, type_word};
use crate::read::Doc;
use crate::read::json::{self, Node};

const AUTHORIZATIONS: &str = "Authorizations:";
const SECTIONS: [&str; 5] = [
    "query Parameters",
    "path Parameters",
    "header Parameters",
    "Responses",
    "Request samples",
];

/// Words left out of ids made from a description.
const STOP_WORDS: [&str; 12] = [
    "a", "an", "the", "for", "of", "in", "to", "by", "on", "with", "and", "from",
];

/// Reads a Redoc text capture.
pub fn extract(doc: &Doc, api: &str, source: &str) -> Extracted {
    let mut x = Reader {
        doc,
        infer: Infer::new(&doc.file),
        diags: Vec::new(),
        auth: None,
    };
    let auth_lines: Vec<u32> = (1..=doc.len())
        .filter(|&n| doc.line(n) == AUTHORIZATIONS)
        .collect();
    if auth_lines.is_empty() {
        x.diags.push(Diagnostic::error(
            &doc.file,
            1,
            "expected operations (each with an `Authorizations:` line), found none",
        ));
    }
    // The body of operation i runs from its Authorizations line to the start of the next
    // operation's header; headers are found by reading each body to its end.
    let mut operations: Vec<Operation> = Vec::new();
    let mut header_start = 1;
    let mut tag: Option<String> = None;
    let mut title = String::new();
    let mut intro: Vec<String> = Vec::new();
    for (i, &auth_line) in auth_lines.iter().enumerate() {
        let header: Vec<u32> = (header_start..auth_line)
            .filter(|&n| !doc.line(n).is_empty())
            .collect();
        let (op_tag, summary, description) = x.header(&header, i == 0, &mut title, &mut intro);
        if op_tag.is_some() {
            tag = op_tag;
        }
        let limit = auth_lines.get(i + 1).copied().unwrap_or(doc.len() + 1) - 1;
        let (op, end) = x.operation(auth_line, limit, summary, description, tag.clone());
        header_start = end + 1;
        operations.push(op);
    }
    let trailing: Vec<u32> = (header_start..=doc.len())
        .filter(|&n| !doc.line(n).is_empty())
        .collect();
    if let (Some(a), Some(b)) = (trailing.first(), trailing.last()) {
        x.warn(
            *a,
            format!("text after the last operation skipped (lines {a}-{b})"),
        );
    }
    dedupe_ids(&mut operations, &mut x);
    let Reader {
        infer,
        mut diags,
        auth,
        ..
    } = x;
    diags.extend(infer.diags);
    let spec = ApiSpec {
        api: api.to_string(),
        title,
        doc: (!intro.is_empty()).then(|| intro.join("\n")),
        source: source.to_string(),
        family: "messenger".into(),
        protocol: Protocol::Rest,
        auth: auth.unwrap_or_default(),
        base_url: None,
        base_path: None,
        version: None,
        operations,
        types: infer.types,
        from_override: Vec::new(),
    };
    Extracted { spec, diags }
}

fn dedupe_ids(operations: &mut [Operation], x: &mut Reader<'_>) {
    for i in 1..operations.len() {
        let base = operations[i].id.clone();
        let mut n = 2;
        while operations[..i].iter().any(|o| o.id == operations[i].id) {
            operations[i].id = format!("{base}_{n}");
            n += 1;
        }
        if operations[i].id != base {
            let (line, id) = (operations[i].line, operations[i].id.clone());
            x.warn(
                line,
                format!("operation id `{base}` is taken; this one is `{id}`"),
            );
        }
    }
}

struct Reader<'a> {
    doc: &'a Doc,
    infer: Infer<'a>,
    diags: Vec<Diagnostic>,
    auth: Option<Auth>,
}

/// A parameter or body field as a Redoc block shows it.
struct Block {
    name: String,
    required: bool,
    ty: TypeRef,
    minimum: Option<serde_json::Value>,
    maximum: Option<serde_json::Value>,
    default: Option<serde_json::Value>,
    doc: Option<String>,
    line: u32,
}

impl Reader<'_> {
    fn warn(&mut self, line: u32, message: impl Into<String>) {
        let d = Diagnostic::warning(&self.doc.file, line, message).with_source(self.doc.line(line));
        self.diags.push(d);
    }

    /// Splits an operation header into (tag, summary, description). The first header also
    /// holds the document's title and introduction.
    fn header(
        &mut self,
        lines: &[u32],
        first: bool,
        title: &mut String,
        intro: &mut Vec<String>,
    ) -> (Option<String>, Option<String>, Option<String>) {
        let doc = self.doc;
        let mut lines = lines.to_vec();
        let description = lines.pop().map(|n| doc.line(n).to_string());
        let mut summary = None;
        let mut tag = None;
        if let Some(&n) = lines.last() {
            let word = doc.line(n);
            if is_single_word(word) && word.starts_with(|c: char| c.is_ascii_uppercase()) {
                summary = Some(word.to_string());
                lines.pop();
            }
        }
        if let Some(&n) = lines.last() {
            let word = doc.line(n);
            if is_single_word(word) && word.starts_with(|c: char| c.is_ascii_lowercase()) {
                tag = Some(word.to_string());
                lines.pop();
            }
        }
        if first {
            if let Some((&t, rest)) = lines.split_first() {
                title.push_str(doc.line(t));
                for &n in rest {
                    if doc.line(n).ends_with(':') {
                        self.warn(n, "page control text skipped");
                    } else {
                        intro.push(doc.line(n).to_string());
                    }
                }
            }
        } else {
            for n in lines {
                self.warn(n, "expected an operation header (tag, summary, description), found more text; skipped");
            }
        }
        (tag, summary, description)
    }

    /// Reads one operation from its `Authorizations:` line; returns it and its last line.
    fn operation(
        &mut self,
        start: u32,
        limit: u32,
        summary: Option<String>,
        description: Option<String>,
        tag: Option<String>,
    ) -> (Operation, u32) {
        let doc = self.doc;
        let name = summary
            .clone()
            .or_else(|| description.clone())
            .unwrap_or_default();
        let id = match &summary {
            Some(s) => s.to_snake_case(),
            None => id_from_description(description.as_deref().unwrap_or("operation")),
        };
        let pascal = id.to_pascal_case();
        let mut op = Operation {
            id,
            name,
            doc: description,
            tag,
            line: start,
            ..Operation::default()
        };
        self.schemes(start + 1);
        let mut n = start + 2;
        let mut last = start + 1;
        let mut samples: Vec<(ExampleOf, Node, u32)> = Vec::new();
        let mut saw_responses = false;
        loop {
            while n <= limit && doc.line(n).is_empty() {
                n += 1;
            }
            if n > limit {
                break;
            }
            let line = doc.line(n);
            let location = match line {
                "query Parameters" => Some(Location::Query),
                "path Parameters" => Some(Location::Path),
                "header Parameters" => Some(Location::Header),
                _ => None,
            };
            if let Some(location) = location {
                let (blocks, end) = self.blocks(n + 1, limit);
                for b in blocks {
                    op.params.push(Param {
                        name: b.name,
                        location,
                        ty: b.ty,
                        required: b.required || location == Location::Path,
                        default: b.default,
                        minimum: b.minimum,
                        maximum: b.maximum,
                        doc: b.doc,
                        line: Some(b.line),
                        ..Param::default()
                    });
                }
                (n, last) = (end + 1, end);
            } else if let Some(media) = line.strip_prefix("Request Body schema:") {
                let mut at = n + 1;
                if doc.line(at) == "required" {
                    at += 1;
                }
                let (blocks, end) = self.blocks(at, limit);
                let fields = blocks
                    .into_iter()
                    .map(|b| Field {
                        name: b.name,
                        ty: b.ty,
                        optional: !b.required,
                        nullable: false,
                        doc: b.doc,
                        from_override: Vec::new(),
                        line: Some(b.line),
                    })
                    .collect();
                let name = format!("{pascal}Body");
                self.infer.types.insert(
                    name.clone(),
                    TypeDef {
                        fields,
                        line: Some(n),
                        ..TypeDef::default()
                    },
                );
                op.body = Some(Body {
                    content_type: Some(media.trim().to_string()),
                    ty: TypeRef::Named(name),
                    line: Some(n),
                });
                (n, last) = (end + 1, end);
            } else if line == "Responses" {
                saw_responses = true;
                (n, last) = (n + 1, n);
            } else if let Some(of) = match line {
                "Request samples" => Some(ExampleOf::Request),
                "Response samples" => Some(ExampleOf::Response),
                _ => None,
            } {
                match self.sample(n + 1, limit) {
                    Some((node, raw, json_line, end)) => {
                        op.examples.push(Example {
                            of,
                            status: None,
                            kind: SampleKind::Placeholder,
                            url: None,
                            raw: Some(raw),
                            json: Some(node.to_value()),
                            line: json_line,
                        });
                        samples.push((of, node, json_line));
                        (n, last) = (end + 1, end);
                    }
                    None => (n, last) = (n + 1, n),
                }
            } else {
                break; // the next operation's header
            }
        }
        let responses: Vec<&Node> = samples
            .iter()
            .filter(|s| s.0 == ExampleOf::Response)
            .map(|s| &s.1)
            .collect();
        if let Some(&(_, _, line)) = samples.iter().find(|s| s.0 == ExampleOf::Response) {
            let ty = self.infer.infer_samples(
                &responses,
                &format!("{pascal}Response"),
                SampleKind::Placeholder,
            );
            op.responses.push(Response {
                statuses: None,
                status: None,
                content_type: Some("application/json".into()),
                ty: Some(ty),
                doc: None,
                line: Some(line),
            });
            op.unknown.push("response status".into());
        } else if saw_responses {
            op.unknown.push("response".into()); // the doc shows `Responses` and nothing under it
        }
        (op, last)
    }

    /// `API-TOKENPersonal-Access-Token`: the scheme names, run together by the capture.
    fn schemes(&mut self, n: u32) {
        let names = split_scheme_names(self.doc.line(n));
        match &self.auth {
            None if !names.is_empty() => {
                self.auth = Some(Auth {
                    scheme: AuthScheme::ApiKey,
                    names,
                    line: Some(n),
                    ..Auth::default()
                });
            }
            Some(auth) if auth.names != names => {
                let seen = auth.names.join(", ");
                self.warn(n, format!("this operation names other auth schemes than the first ({seen}); the first are kept"));
            }
            _ => {}
        }
    }

    /// Parameter or field blocks from `n`; returns them and the last line read.
    fn blocks(&mut self, mut n: u32, limit: u32) -> (Vec<Block>, u32) {
        let doc = self.doc;
        let mut out = Vec::new();
        let mut last = n.saturating_sub(1);
        loop {
            while n <= limit && doc.line(n).is_empty() {
                n += 1;
            }
            if n > limit || !is_single_word(doc.line(n)) || SECTIONS.contains(&doc.line(n)) {
                return (out, last);
            }
            let name_line = n;
            let mut at = n + 1;
            let required = doc.line(at) == "required";
            if required {
                at += 1;
            }
            let Some(ty) = parse_type_line(doc.line(at)) else {
                if required {
                    let found = doc.line(at).to_string();
                    let name = doc.line(name_line);
                    self.warn(
                        at,
                        format!(
                            "expected a type line after `{name}` and `required`, found `{found}`"
                        ),
                    );
                }
                return (out, last); // not a block: the section is over
            };
            let mut block = Block {
                name: doc.line(name_line).to_string(),
                required,
                ty: ty.ty,
                minimum: ty.minimum,
                maximum: ty.maximum,
                default: None,
                doc: None,
                line: name_line,
            };
            at += 1;
            if let Some(default) = doc.line(at).strip_prefix("Default: ") {
                block.default = Some(default_value(default));
                at += 1;
            }
            last = at - 1;
            // A description follows after a blank line, unless the next block starts there.
            let mut d = at;
            while d <= limit && doc.line(d).is_empty() {
                d += 1;
            }
            let starts_block = |m: u32| {
                let next = if doc.line(m + 1) == "required" {
                    m + 2
                } else {
                    m + 1
                };
                is_single_word(doc.line(m)) && parse_type_line(doc.line(next)).is_some()
            };
            if d <= limit
                && !doc.line(d).is_empty()
                && !SECTIONS.contains(&doc.line(d))
                && !starts_block(d)
                && !doc.line(d).starts_with("Request Body schema:")
                && !doc.line(d).ends_with(" samples")
            {
                block.doc = Some(doc.line(d).to_string());
                last = d;
                at = d + 1;
            }
            out.push(block);
            n = at;
        }
    }

    /// `Content type`, a media type, then a JSON sample with `•` bullets. Returns the value,
    /// the text as written, its first line and its last line.
    fn sample(&mut self, n: u32, limit: u32) -> Option<(Node, String, u32, u32)> {
        let doc = self.doc;
        let open = (n..=limit).find(|&l| doc.line(l).starts_with(['{', '[']))?;
        let lines: Vec<String> = (open..=limit)
            .map(|l| {
                let raw = &doc.lines[(l - 1) as usize];
                raw.replacen('•', " ", 1)
            })
            .collect();
        match json::parse(&lines.join("\n"), open) {
            Ok(p) => Some((p.node, doc.text(open, p.end_line), open, p.end_line)),
            Err(e) => {
                let d = doc.json_warning(&e, "in a sample", "sample skipped");
                self.diags.push(d);
                None
            }
        }
    }
}

fn is_single_word(s: &str) -> bool {
    !s.is_empty() && !s.contains(char::is_whitespace) && !s.ends_with(':')
}

/// `Creates a new custom chatroom for an organization.` → `creates_new_custom_chatroom`.
fn id_from_description(description: &str) -> String {
    let words: Vec<String> = description
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(&w.to_lowercase().as_str()))
        .take(4)
        .map(str::to_string)
        .collect();
    let id = words.join(" ").to_snake_case();
    if id.starts_with(|c: char| c.is_ascii_lowercase()) && id.is_ascii() {
        id
    } else {
        format!("op_{id}")
    }
}

/// Splits run-together scheme names before an upper-case letter that ends an upper-case run
/// and starts a capitalised word: `API-TOKENPersonal-Access-Token`.
fn split_scheme_names(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let boundary = i > 0
            && c.is_ascii_uppercase()
            && chars[i - 1].is_ascii_uppercase()
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

/// What a Redoc type line says.
struct TypeLine {
    ty: TypeRef,
    minimum: Option<serde_json::Value>,
    maximum: Option<serde_json::Value>,
}

/// `integer`, `integer <int64>`, `integer [ 1 .. 50 ]`, `string`, `any`,
/// `Array of integers <int64> [ items <int64 > ]`.
fn parse_type_line(line: &str) -> Option<TypeLine> {
    let (head, range) = match line.split_once(" [ ") {
        Some((h, r)) if !h.starts_with("Array of") => (h, Some(r.trim_end_matches(" ]"))),
        Some((h, _)) => (h, None),
        None => (line, None),
    };
    let (base, format) = match head.split_once(" <") {
        Some((b, f)) => (b.trim(), Some(f.trim_end_matches('>').trim())),
        None => (head.trim(), None),
    };
    let scalar = |word: &str| -> Option<TypeRef> {
        match format.and_then(|f| {
            type_word(f).or_else(|| (f == "uint8").then_some(TypeRef::Primitive(Primitive::Uint8)))
        }) {
            Some(t) => Some(t),
            None => type_word(word),
        }
    };
    let ty = match base.strip_prefix("Array of ") {
        Some(items) => TypeRef::List(Box::new(scalar(&singular(items))?)),
        None => scalar(base)?,
    };
    let (minimum, maximum) = match range.and_then(|r| r.split_once(" .. ")) {
        Some((lo, hi)) => (
            Some(default_value(lo.trim())),
            Some(default_value(hi.trim())),
        ),
        None => (None, None),
    };
    Some(TypeLine {
        ty,
        minimum,
        maximum,
    })
}

/// A value as Redoc prints it: JSON when it reads as JSON (`false`, `10`), else text.
fn default_value(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_lines() {
        let t = parse_type_line("integer [ 1 .. 50 ]").unwrap();
        assert_eq!(
            (t.ty.to_string(), t.minimum, t.maximum),
            (
                "integer".into(),
                Some(serde_json::json!(1)),
                Some(serde_json::json!(50))
            )
        );
        assert_eq!(
            parse_type_line("Array of integers <int64> [ items <int64 > ]")
                .unwrap()
                .ty
                .to_string(),
            "{list: int64}"
        );
        assert_eq!(
            parse_type_line("Array of integers <uint8> [ items <uint8 > ]")
                .unwrap()
                .ty
                .to_string(),
            "{list: uint8}"
        );
        assert_eq!(
            parse_type_line("integer <int64>").unwrap().ty.to_string(),
            "int64"
        );
        assert_eq!(parse_type_line("any").unwrap().ty.to_string(), "any");
        assert!(parse_type_line("id of the organization").is_none());
    }

    #[test]
    fn names() {
        assert_eq!(
            split_scheme_names("API-TOKENPersonal-Access-Token"),
            ["API-TOKEN", "Personal-Access-Token"]
        );
        assert_eq!(
            id_from_description("Creates a new custom chatroom for an organization."),
            "creates_new_custom_chatroom"
        );
        assert_eq!(
            id_from_description("Claims a chatroom for the user."),
            "claims_chatroom_user"
        );
    }

    #[test]
    fn hostile_input_gives_diagnostics_not_panics() {
        let doc = Doc::new(
            "r.txt",
            "T\n\nA thing.\n\nAuthorizations:\nKEY\nquery Parameters\nx\nrequired\nnonsense type\n\nResponses\n\nResponse samples\n\nContent type\napplication/json\n{\n  • \"a\": [\n",
        );
        let out = extract(&doc, "r", "r");
        assert_eq!(out.spec.operations.len(), 1);
        let found =
            |out: &Extracted, text: &str| out.diags.iter().any(|d| d.message.contains(text));
        assert!(
            found(&out, "expected a type line after `x`"),
            "{:?}",
            out.diags
        );
        let doc = Doc::new(
            "r.txt",
            "T\n\nA thing.\n\nAuthorizations:\nKEY\n\nResponses\n\nResponse samples\n\nContent type\napplication/json\n{\n  • \"a\": [\n",
        );
        let out = extract(&doc, "r", "r");
        assert!(found(&out, "in a sample"), "{:?}", out.diags);
        assert!(crate::diag::has_errors(
            &extract(&Doc::new("e", ""), "e", "e").diags
        ));
    }
}
