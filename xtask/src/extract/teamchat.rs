//! The Slack-style method family (IceWarp TeamChat): a heading per method naming it
//! (`2.6. channels.create`, `### channels.create`, `<h3>channels.create</h3>`), a
//! description, a list (or table) under a heading named like "Parameters" whose items are
//! `name : description` and give no type, and a JSON block under "Returns" whose values are
//! type names or real values. The reference sits inside site chrome (cookie banner, country
//! lists, a contact form), which is skipped with a diagnostic and yields nothing.
//!
//! It reads the document model ([`Document`]), so bullets of any marker, `Parameters` with
//! or without a colon, and the Markdown or HTML rendering of the page read the same.
//! Parameter types come only from an explicit cue in the description (see [`param_type`]
//! and `spec/README.md`); without one a parameter is a string.

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Example, ExampleOf, Location, Operation, Param, Primitive, Protocol,
    Response, Rpc, SampleKind, TypeRef,
};
use heck::{ToPascalCase, ToSnakeCase};

use super::Extracted;
use super::kit::Kit;
use crate::normalise::infer::is_type_name_sample;
use crate::read::blocks::{Block, Document, Kind};

/// The family name written in the spec.
pub const FAMILY: &str = "slack-methods";
/// Labels of the parameter list.
const PARAMETERS: [&str; 3] = ["Parameters", "Arguments", "Params"];
/// Labels of the returned JSON.
const RETURNS: [&str; 3] = ["Returns", "Return", "Response"];

/// How well `doc` reads as a Slack-style method reference: method headings, and the
/// Parameters/Returns labels under them.
pub fn score(doc: &Document) -> (u32, String) {
    let methods = doc
        .blocks
        .iter()
        .filter(|b| method_heading(b).is_some())
        .count();
    let labels = doc
        .blocks
        .iter()
        .filter(|b| b.is_named(&PARAMETERS) || b.is_named(&RETURNS))
        .count();
    if methods == 0 {
        return (0, "no heading naming a `group.method`".into());
    }
    (
        super::capped(methods, 200) * 2 + super::capped(labels, 200),
        format!("{methods} `group.method` heading(s), {labels} Parameters/Returns label(s)"),
    )
}

/// Reads a TeamChat-style method reference.
pub fn extract(doc: &Document, api: &str, source: &str) -> Extracted {
    let mut x = Reader {
        doc,
        kit: Kit::new(&doc.source),
        auth_line: None,
    };
    let methods: Vec<(usize, Vec<u32>, String)> = doc
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| method_heading(b).map(|(num, name)| (i, num, name)))
        .collect();
    if methods.is_empty() {
        x.kit.nothing_found(
            "method headings naming `group.method` (such as `2.6. channels.create`)",
        );
    }
    for pair in methods.windows(2) {
        x.numbering_gap(&pair[0], &pair[1]);
    }
    let first = methods.first().map_or(doc.blocks.len(), |m| m.0);
    let (title, intro, base_path) = x.preamble(first);

    let mut operations: Vec<Operation> = Vec::new();
    for (i, (at, _, target)) in methods.iter().enumerate() {
        let end = methods.get(i + 1).map_or(doc.blocks.len(), |next| next.0);
        let last = i + 1 == methods.len();
        let mut op = x.method(*at, end, target, last);
        op.id = x.kit.unique_id(&op.id, &op.name, op.line);
        operations.push(op);
    }
    let auth = match x.auth_line {
        Some(line) => Auth {
            scheme: AuthScheme::Token,
            param: Some("token".into()),
            line: Some(line),
            ..Auth::default()
        },
        None => Auth::default(),
    };
    let spec = ApiSpec {
        title,
        doc: intro,
        auth,
        base_path,
        operations,
        ..x.kit.spec(
            api,
            source,
            FAMILY,
            Protocol::form_rpc_per_method().with_failure_flag("/ok", "/error"),
        )
    };
    x.kit.finish(spec)
}

/// A method heading: a heading or one-line paragraph that is `group.method`, after an
/// optional section number (`2.6.`). Returns the section numbers and the name.
fn method_heading(b: &Block) -> Option<(Vec<u32>, String)> {
    let label = b.label()?;
    let mut numbers = Vec::new();
    let mut rest = label;
    loop {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 {
            break;
        }
        numbers.push(rest[..digits].parse().ok()?);
        rest = rest[digits..].strip_prefix('.')?;
    }
    let name = rest.trim();
    // Without a section number, a name needs a dot (`auth.test`), so a lone word is no method.
    let valid = (name.contains('.') || numbers.len() >= 2)
        && name
            .split('.')
            .all(|part| part.starts_with(|c: char| c.is_ascii_lowercase()))
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    (valid && (numbers.is_empty() || !rest.starts_with(|c: char| !c.is_whitespace())))
        .then(|| (numbers, name.to_string()))
}

/// Whether a preamble block is a numbered section heading (`1.1. Getting Started`,
/// `2. Methods`).
fn numbered(b: &Block) -> bool {
    b.text.starts_with(|c: char| c.is_ascii_digit())
        || matches!(&b.kind, Kind::Item { marker, .. } if marker.starts_with(|c: char| c.is_ascii_digit()))
}

struct Reader<'a> {
    doc: &'a Document,
    kit: Kit<'a>,
    auth_line: Option<u32>,
}

impl Reader<'_> {
    /// Warns when method `b` does not follow `a` in the numbering (`2.4` after `2.2`).
    fn numbering_gap(&mut self, a: &(usize, Vec<u32>, String), b: &(usize, Vec<u32>, String)) {
        let (Some((&prev, pa)), Some((&next, pb))) = (a.1.split_last(), b.1.split_last()) else {
            return;
        };
        if pa != pb || next == prev + 1 {
            return;
        }
        let prefix: String = pa.iter().map(|n| format!("{n}.")).collect();
        let missing: Vec<String> = (prev + 1..next).map(|m| format!("{prefix}{m}")).collect();
        let what = if missing.is_empty() {
            format!("{prefix}{next} follows {prefix}{prev}")
        } else {
            format!("{} missing", missing.join(", "))
        };
        let line = self.doc.blocks[b.0].span.line;
        self.kit
            .warn(line, format!("method numbering has a gap: {what}"));
    }

    /// Title, introduction and base path from the blocks before the first method. The
    /// title is the line before the first paragraph that precedes the numbered sections;
    /// what comes before the title is page chrome.
    fn preamble(&mut self, first_method: usize) -> (String, Option<String>, Option<String>) {
        let blocks = &self.doc.blocks[..first_method];
        // (line, text, numbered) for every line of text.
        let text: Vec<(u32, &str, bool)> = blocks
            .iter()
            .flat_map(|b| {
                let n = numbered(b);
                (b.span.line..)
                    .zip(b.text.split('\n'))
                    .map(move |(l, t)| (l.min(b.span.end_line), t.trim(), n))
            })
            .filter(|(_, t, _)| !t.is_empty())
            .collect();
        let numbered_at = text.iter().position(|t| t.2);
        let before_sections = &text[..numbered_at.unwrap_or(text.len())];
        let (title, intro) = match before_sections {
            [.., t, i] => (Some(*t), Some(*i)),
            [t] => (Some(*t), None),
            [] => (None, None),
        };
        if let Some(t) = title {
            let chrome: Vec<u32> = text.iter().map(|c| c.0).filter(|&n| n < t.0).collect();
            if let (Some(a), Some(b)) = (chrome.first(), chrome.last()) {
                self.kit.warn(
                    *a,
                    format!("page text before the title skipped (lines {a}-{b})"),
                );
            }
        }
        let mut doc_text: Vec<&str> = intro.map(|i| i.1).into_iter().collect();
        let mut base_path = None;
        for &(_, line, is_numbered) in text.iter().skip(numbered_at.unwrap_or(text.len())) {
            if is_numbered {
                continue; // section headings such as `1.1. Getting Started`, `2. Methods`
            }
            doc_text.push(line);
            if base_path.is_none() {
                base_path = line
                    .split_whitespace()
                    .find(|w| w.starts_with("/api") && w.len() > 1)
                    .map(|w| w.trim_end_matches(['.', ',']).to_string());
            }
        }
        let title = title.map_or_else(String::new, |t| t.1.to_string());
        let intro = (!doc_text.is_empty()).then(|| doc_text.join("\n"));
        (title, intro, base_path)
    }

    /// The method whose heading is block `at`; its blocks run up to block `end`.
    fn method(&mut self, at: usize, end: usize, target: &str, last: bool) -> Operation {
        let doc = self.doc;
        let heading = doc.blocks[at].span.line;
        let id = target.replace('.', "_").to_snake_case();
        let pascal = id.to_pascal_case();
        let mut op = Operation {
            id,
            name: target.to_string(),
            rpc: Some(Rpc {
                target: target.to_string(),
            }),
            auth: Some(false),
            line: heading,
            ..Operation::default()
        };
        let is_label = |b: &Block| b.is_named(&PARAMETERS) || b.is_named(&RETURNS);
        let mut i = at + 1;
        let mut text = Vec::new();
        while i < end && !is_label(&doc.blocks[i]) {
            text.extend(doc.blocks[i].text.split('\n').map(str::trim));
            i += 1;
        }
        if last {
            // Only the description's first paragraph belongs to the last method; its block
            // runs into the page footer.
            text.truncate(1);
        }
        op.doc = (!text.is_empty()).then(|| text.join("\n"));
        let mut rest_from = if last { at + 2 } else { i };
        if i < end && doc.blocks[i].is_named(&PARAMETERS) {
            i += 1;
            while i < end {
                let b = &doc.blocks[i];
                match &b.kind {
                    Kind::Item { .. } => self.bullet(b, &mut op, &pascal),
                    Kind::Table(t) => self.table(t, &mut op, &pascal),
                    _ => break,
                }
                i += 1;
            }
            rest_from = i;
        }
        if i < end && doc.blocks[i].is_named(&RETURNS) {
            i = self.returns(i, end, &mut op, &pascal);
            rest_from = i;
        } else {
            op.unknown.push("response".into());
        }
        if op.auth == Some(true) {
            op.auth = None; // the default: the call carries the token
        }
        let rest: Vec<u32> = doc.blocks[rest_from.min(end)..end]
            .iter()
            .map(|b| b.span.line)
            .collect();
        if let (Some(a), Some(b)) = (rest.first(), rest.last()) {
            let b = doc.blocks[end - 1].span.end_line.max(*b);
            if last {
                self.kit.warn(
                    *a,
                    format!("page text after the last method skipped (lines {a}-{b})"),
                );
            } else {
                for l in rest {
                    self.kit.expected(
                        l,
                        "a bullet, `Returns` or the next method",
                        "other text",
                        "skipped",
                    );
                }
            }
        }
        op
    }

    /// A `Name | Description` table under "Parameters": each row a `name : description`.
    fn table(&mut self, t: &crate::read::blocks::Table, op: &mut Operation, pascal: &str) {
        let name = t.column("name").or(t.column("parameter")).unwrap_or(0);
        let desc = t
            .column("description")
            .unwrap_or(t.header.len().saturating_sub(1));
        for (row, &line) in t.rows.iter().zip(&t.row_lines) {
            let get = |c: usize| row.get(c).map_or("", |s| s.trim());
            self.param(line, get(name), get(desc), op, pascal);
        }
    }

    fn bullet(&mut self, b: &Block, op: &mut Operation, pascal: &str) {
        let line = b.text.trim();
        let Some((names, description)) = line
            .split_once(':')
            .or_else(|| line.split_once(" – "))
            .or_else(|| line.split_once(" — "))
            .or_else(|| line.split_once(" - "))
        else {
            self.kit.expected(
                b.span.line,
                "`name : description` in a parameter bullet",
                "no `:`",
                "skipped",
            );
            return;
        };
        self.param(b.span.line, names, description, op, pascal);
    }

    fn param(&mut self, n: u32, names: &str, description: &str, op: &mut Operation, pascal: &str) {
        let description = description.trim();
        for name in names.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if name == "token" && description.starts_with("Auth token") {
                self.auth_line.get_or_insert(n);
                op.auth = Some(true);
                continue;
            }
            if op.params.iter().any(|p| p.name == name) {
                self.kit.listed_twice(n, &format!("parameter `{name}`"));
                continue;
            }
            let cue = param_type(description);
            let ty = match cue.ty {
                CueType::Type(t) => t,
                CueType::Choices(values) => self.kit.infer.enum_type(
                    &values,
                    n,
                    &format!("{pascal}{}", name.to_pascal_case()),
                ),
            };
            op.params.push(Param {
                name: name.to_string(),
                location: Location::Body,
                ty,
                required: description.contains("(required)"),
                default: cue.default,
                minimum: None,
                maximum: None,
                type_cue: Some(cue.cue),
                doc: (!description.is_empty()).then(|| description.to_string()),
                from_override: Vec::new(),
                line: Some(n),
                ..Param::default()
            });
        }
    }

    /// The JSON block after `Returns` (block `label`); returns the block after it.
    fn returns(&mut self, label: usize, end: usize, op: &mut Operation, pascal: &str) -> usize {
        let doc = self.doc;
        let label_line = doc.blocks[label].span.line;
        let Some(b) = doc.blocks.get(label + 1).filter(|_| label + 1 < end) else {
            self.kit.warn(
                label_line,
                "expected a JSON block after `Returns`, found none",
            );
            op.unknown.push("response".into());
            return label + 1;
        };
        let open = b.span.line;
        if !b.text.trim_start().starts_with('{') {
            self.kit.expected(
                open,
                "a JSON block after `Returns`",
                "other text",
                "response left unknown",
            );
            op.unknown.push("response".into());
            return label + 1;
        }
        let until = doc.blocks[end - 1].span.end_line;
        match doc.json(label + 1, until) {
            Ok((parsed, raw)) => {
                let kind = if is_type_name_sample(&parsed.node) {
                    SampleKind::TypeNames
                } else {
                    SampleKind::Real
                };
                let ty = self
                    .kit
                    .infer
                    .infer(&parsed.node, &format!("{pascal}Response"), kind);
                op.responses.push(Response {
                    statuses: None,
                    status: Some(200),
                    content_type: None,
                    ty: Some(ty),
                    doc: None,
                    line: Some(open),
                });
                op.examples.push(Example {
                    of: ExampleOf::Response,
                    status: Some(200),
                    kind,
                    url: None,
                    raw: parsed.lenient.then(|| raw.trim().to_string()),
                    json: Some(parsed.node.to_value()),
                    line: open,
                });
                // The blocks the value covers (a text capture's value may run past the
                // block the scanner cut).
                let mut next = label + 2;
                while next < end && doc.blocks[next].span.line <= parsed.end_line {
                    next += 1;
                }
                next
            }
            Err(e) => {
                self.kit
                    .json_warning(&e, "in a Returns block", "response left unknown");
                op.unknown.push("response".into());
                // Skip to the block's closing line, so its body is not read as stray text.
                let close =
                    (label + 1..end).find(|&i| doc.blocks[i].text.lines().any(|l| l.trim() == "}"));
                close.map_or(end, |c| c + 1)
            }
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

/// The type of a parameter from its description, by the rules in `spec/README.md`, in this
/// order: choices `a|b|c`; a leading `Boolean`, `Integer` or `Timestamp`; `if true`,
/// `if set to true`, `true if`; `default is true|false`; numbered codes `0=… 1=…` or
/// `0 - …, 1 - …`; a quoted list `('a','b')`; otherwise string (cue `none`).
pub fn param_type(description: &str) -> Cue {
    let d = description.trim();
    let lower = d.to_lowercase();
    let cue = |ty: CueType, cue: &str| Cue {
        ty,
        cue: cue.to_string(),
        default: None,
    };
    let prim = |p: Primitive| CueType::Type(TypeRef::Primitive(p));
    let is_word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');

    let choices: Vec<&str> = d.split('|').map(str::trim).collect();
    if choices.len() > 1 && choices.iter().all(|c| is_word(c)) {
        return cue(
            CueType::Choices(choices.iter().map(|c| c.to_string()).collect()),
            d,
        );
    }
    for (word, p) in [
        ("Boolean", Primitive::Boolean),
        ("Integer", Primitive::Integer),
        ("Timestamp", Primitive::Datetime),
    ] {
        if d.starts_with(word) && !d[word.len()..].starts_with(char::is_alphanumeric) {
            return cue(prim(p), word);
        }
    }
    for phrase in ["if true", "if set to true", "true if"] {
        if lower.starts_with(phrase) {
            return cue(prim(Primitive::Boolean), &d[..phrase.len()]);
        }
    }
    for value in [true, false] {
        let phrase = format!("default is {value}");
        if let Some(at) = lower.find(&phrase) {
            return Cue {
                ty: prim(Primitive::Boolean),
                cue: d[at..at + phrase.len()].to_string(),
                default: Some(serde_json::Value::Bool(value)),
            };
        }
    }
    if let Some(code) = numbered_code(d, '0').filter(|_| numbered_code(d, '1').is_some()) {
        return cue(prim(Primitive::Integer), &code);
    }
    if let Some(list) = quoted_list(d) {
        let text = format!("('{}')", list.join("','"));
        return cue(CueType::Choices(list), &text);
    }
    cue(prim(Primitive::String), "none")
}

/// `0=edit`, `0 - plain`, `0= depNone`: the digit `n` standing alone, then `=` or ` - `;
/// returns that fragment.
fn numbered_code(d: &str, n: char) -> Option<String> {
    let mut prev = ' ';
    for (i, c) in d.char_indices() {
        let standalone = c == n && !prev.is_alphanumeric();
        prev = c;
        if !standalone {
            continue;
        }
        let rest = &d[i + c.len_utf8()..];
        let (joint, after) = if let Some(a) = rest.trim_start().strip_prefix('=') {
            ("=", a)
        } else if let Some(a) = rest.strip_prefix(" - ") {
            (" - ", a)
        } else {
            continue;
        };
        let word: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        if !word.is_empty() {
            return Some(format!("{n}{joint}{word}"));
        }
    }
    None
}

/// `('text','spreadsheet','presentation')` → the words.
fn quoted_list(d: &str) -> Option<Vec<String>> {
    let start = d.find("('")?;
    let end = d[start..].find("')")? + start;
    let inner = &d[start + 2..end];
    let items: Vec<String> = inner.split("','").map(str::to_string).collect();
    (items.len() > 1 && items.iter().all(|i| !i.is_empty() && !i.contains('\''))).then_some(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(d: &str) -> (String, String) {
        let c = param_type(d);
        let t = match c.ty {
            CueType::Type(t) => t.to_string(),
            CueType::Choices(v) => format!("enum {}", v.join("/")),
        };
        (t, c.cue)
    }

    #[test]
    fn cues() {
        assert_eq!(
            ty("Boolean, include messages = latest | oldest timestamp"),
            ("boolean".into(), "Boolean".into())
        );
        assert_eq!(
            ty("Integer. If all theree values are set"),
            ("integer".into(), "Integer".into())
        );
        assert_eq!(
            ty("Timestamp, end of the time range"),
            ("datetime".into(), "Timestamp".into())
        );
        assert_eq!(
            ty("If true then avatar will be resized"),
            ("boolean".into(), "If true".into())
        );
        assert_eq!(
            ty("If set to true (1), the avatar"),
            ("boolean".into(), "If set to true".into())
        );
        assert_eq!(
            ty("True if channel should be autofollowed"),
            ("boolean".into(), "True if".into())
        );
        assert_eq!(
            ty("Editor mode (0=edit 1= join read 2= independent read)"),
            ("integer".into(), "0=edit".into())
        );
        assert_eq!(
            ty("0 - plain, 1 - RSA"),
            ("integer".into(), "0 - plain".into())
        );
        assert_eq!(
            ty("0= depNone,1= depRead, 2= depWrite"),
            ("integer".into(), "0=depNone".into())
        );
        assert_eq!(
            ty("offline|typing|commenting|online|background"),
            (
                "enum offline/typing/commenting/online/background".into(),
                "offline|typing|commenting|online|background".into()
            )
        );
        assert_eq!(
            ty("Type of file you want to get ('text','spreadsheet','presentation')"),
            (
                "enum text/spreadsheet/presentation".into(),
                "('text','spreadsheet','presentation')".into()
            )
        );
        assert_eq!(
            ty("Number of files to return per page"),
            ("string".into(), "none".into())
        );
        assert_eq!(
            ty("If public pins should be included"),
            ("string".into(), "none".into())
        );
        assert_eq!(
            ty("Version 10 of the thing"),
            ("string".into(), "none".into())
        );
        let d = param_type("result sorting, default is true");
        assert_eq!(
            (d.cue.as_str(), d.default),
            ("default is true", Some(serde_json::json!(true)))
        );
    }

    #[test]
    fn headings() {
        let heading = |text: &str| {
            let d = Document::with_kind("h.txt", text, crate::read::blocks::InputKind::Text);
            method_heading(&d.blocks[0])
        };
        assert_eq!(
            heading("2.6. channels.create"),
            Some((vec![2, 6], "channels.create".into()))
        );
        assert_eq!(
            heading("channels.create"),
            Some((vec![], "channels.create".into()))
        );
        assert_eq!(heading("2. Methods"), None);
        assert_eq!(heading("2.1x. nope"), None);
        assert_eq!(heading("Use auth.test to check."), None);
    }

    #[test]
    fn markdown_headings_and_a_parameter_table() {
        let doc = Document::parse(
            "t.md",
            "# Chat API\n\nThe chat API.\n\n## chat.postMessage\n\nPosts a message.\n\n### Parameters:\n\n| Name | Description |\n|---|---|\n| token | Auth token |\n| channel | Integer, channel id |\n| text | (required) the text |\n\n### Returns\n\n```\n{\"ok\": \"boolean\"}\n```\n\n## chat.delete\n\nDeletes.\n\n#### Parameters\n\n* ts : Timestamp of the message\n",
        );
        let out = extract(&doc, "t", "t");
        assert!(!crate::diag::has_errors(&out.diags), "{:#?}", out.diags);
        let ops = &out.spec.operations;
        assert_eq!(ops.len(), 2);
        let p: Vec<(&str, bool, u32)> = ops[0]
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.required, p.line.unwrap_or(0)))
            .collect();
        assert_eq!(p, [("channel", false, 14), ("text", true, 15)]);
        assert_eq!(ops[0].params[0].ty.to_string(), "integer");
        assert_eq!(ops[0].auth, None, "token listed: the call carries it");
        assert_eq!(ops[0].responses.len(), 1);
        assert_eq!(ops[1].params[0].name, "ts");
        assert_eq!(ops[1].params[0].ty.to_string(), "datetime");
        assert_eq!(out.spec.title, "Chat API");
    }

    #[test]
    fn hostile_input_gives_diagnostics_not_panics() {
        let doc = Document::parse(
            "t.txt",
            "Title\nIntro\n2.1. a.b\nParameters\n  • no colon here\n  • x,y : Integer\nReturns\n {\n \"a\": \n }\n2.3. c.d\nReturns\nnot json\n",
        );
        let out = extract(&doc, "t", "t");
        assert_eq!(out.spec.operations.len(), 2);
        assert_eq!(out.spec.operations[0].params.len(), 2);
        let m: Vec<&str> = out.diags.iter().map(|d| d.message.as_str()).collect();
        assert!(m.iter().any(|m| m.contains("gap: 2.2 missing")), "{m:?}");
        assert!(m.iter().any(|m| m.contains("found no `:`")), "{m:?}");
        assert!(m.iter().any(|m| m.contains("in a Returns block")), "{m:?}");
        assert!(
            m.iter()
                .any(|m| m.contains("expected a JSON block after `Returns`")),
            "{m:?}"
        );
        assert!(crate::diag::has_errors(
            &extract(&Document::parse("e", "nothing"), "e", "e").diags
        ));
    }
}
