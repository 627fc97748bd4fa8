//! The Slack-style method family (IceWarp TeamChat): numbered method headings
//! `2.6. channels.create`, a description, "Parameters" bullets `• name : description` that
//! give no type, and a "Returns" block of JSON whose values are type names or real values.
//! The reference sits inside site chrome (cookie banner, country lists, a contact form),
//! which is skipped with a diagnostic and yields nothing.
//!
//! Parameter types come only from an explicit cue in the description (see
//! [`param_type`] and `spec/README.md`); without one a parameter is a string.

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Example, ExampleOf, Location, Operation, Param, Primitive, Protocol,
    Response, Rpc, SampleKind, TypeRef,
};
use heck::{ToPascalCase, ToSnakeCase};

use super::Extracted;
use crate::diag::Diagnostic;
use crate::normalise::infer::{Infer, is_type_name_sample};
use crate::read::Doc;
use crate::read::json;

/// The bullet character of parameter lists.
const BULLET: char = '•';

/// Reads a TeamChat-style method reference.
pub fn extract(doc: &Doc, api: &str, source: &str) -> Extracted {
    let mut x = Reader {
        doc,
        infer: Infer::new(&doc.file),
        diags: Vec::new(),
        auth_line: None,
    };
    let headings: Vec<(u32, u32, String)> = (1..=doc.len())
        .filter_map(|n| method_heading(doc.line(n)).map(|(num, name)| (n, num, name)))
        .collect();
    if headings.is_empty() {
        x.diags.push(Diagnostic::error(
            &doc.file,
            1,
            "expected numbered methods such as `2.6. channels.create`, found none",
        ));
    }
    for pair in headings.windows(2) {
        let (prev, next) = (pair[0].1, pair[1].1);
        if next != prev + 1 {
            let missing: Vec<String> = (prev + 1..next).map(|m| format!("2.{m}")).collect();
            let what = if missing.is_empty() {
                format!("2.{next} follows 2.{prev}")
            } else {
                format!("{} missing", missing.join(", "))
            };
            x.warn(pair[1].0, format!("method numbering has a gap: {what}"));
        }
    }
    let first = headings.first().map_or(doc.len() + 1, |h| h.0);
    let (title, intro, base_path) = x.preamble(first);

    let mut operations: Vec<Operation> = Vec::new();
    for (i, (line, _, target)) in headings.iter().enumerate() {
        let end = headings.get(i + 1).map_or(doc.len(), |next| next.0 - 1);
        let last = i + 1 == headings.len();
        let mut op = x.method(*line, end, target, last);
        if operations.iter().any(|o| o.id == op.id) {
            x.warn(
                *line,
                format!("method `{target}` is documented twice; the second gets a numbered id"),
            );
            let mut n = 2;
            while operations.iter().any(|o| o.id == format!("{}_{n}", op.id)) {
                n += 1;
            }
            op.id = format!("{}_{n}", op.id);
        }
        operations.push(op);
    }
    let Reader {
        infer,
        mut diags,
        auth_line,
        ..
    } = x;
    diags.extend(infer.diags);
    let auth = match auth_line {
        Some(line) => Auth {
            scheme: AuthScheme::Token,
            param: Some("token".into()),
            line: Some(line),
            ..Auth::default()
        },
        None => Auth::default(),
    };
    let spec = ApiSpec {
        api: api.to_string(),
        title,
        doc: intro,
        source: source.to_string(),
        family: "teamchat".into(),
        protocol: Protocol::Teamchat,
        auth,
        base_url: None,
        base_path,
        version: None,
        operations,
        types: infer.types,
        from_override: Vec::new(),
    };
    Extracted { spec, diags }
}

/// `2.6. channels.create` → (6, `channels.create`).
fn method_heading(line: &str) -> Option<(u32, String)> {
    let rest = line.strip_prefix("2.")?;
    let (num, name) = rest.split_once(". ")?;
    let num: u32 = num.parse().ok()?;
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    valid.then(|| (num, name.to_string()))
}

struct Reader<'a> {
    doc: &'a Doc,
    infer: Infer<'a>,
    diags: Vec<Diagnostic>,
    auth_line: Option<u32>,
}

impl Reader<'_> {
    fn warn(&mut self, line: u32, message: impl Into<String>) {
        let d = Diagnostic::warning(&self.doc.file, line, message).with_source(self.doc.line(line));
        self.diags.push(d);
    }

    /// Title, introduction and base path from the text before the first method. The title
    /// is the line before the first paragraph that precedes the numbered sections; what
    /// comes before the title is page chrome.
    fn preamble(&mut self, first_method: u32) -> (String, Option<String>, Option<String>) {
        let doc = self.doc;
        let text: Vec<u32> = (1..first_method)
            .filter(|&n| !doc.line(n).is_empty())
            .collect();
        let numbered = text
            .iter()
            .position(|&n| doc.line(n).starts_with(|c: char| c.is_ascii_digit()));
        let before_sections = &text[..numbered.unwrap_or(text.len())];
        let (title, intro) = match before_sections {
            [.., t, i] => (Some(*t), Some(*i)),
            [t] => (Some(*t), None),
            [] => (None, None),
        };
        if let Some(t) = title {
            let chrome: Vec<u32> = text.iter().copied().filter(|&n| n < t).collect();
            if let (Some(a), Some(b)) = (chrome.first(), chrome.last()) {
                self.warn(
                    *a,
                    format!("page text before the title skipped (lines {a}-{b})"),
                );
            }
        }
        let mut doc_text: Vec<&str> = intro.map(|i| doc.line(i)).into_iter().collect();
        let mut base_path = None;
        for &n in text.iter().skip(numbered.unwrap_or(text.len())) {
            let line = doc.line(n);
            if line.starts_with(|c: char| c.is_ascii_digit()) {
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
        let title = title.map_or_else(String::new, |t| doc.line(t).to_string());
        let intro = (!doc_text.is_empty()).then(|| doc_text.join("\n"));
        (title, intro, base_path)
    }

    fn method(&mut self, heading: u32, end: u32, target: &str, last: bool) -> Operation {
        let doc = self.doc;
        let id = target.replace('.', "_").to_snake_case();
        let pascal = id.to_pascal_case();
        let mut op = Operation {
            id,
            name: target.to_string(),
            doc: None,
            route: None,
            rpc: Some(Rpc {
                target: target.to_string(),
            }),
            params: Vec::new(),
            body: None,
            responses: Vec::new(),
            examples: Vec::new(),
            auth: Some(false),
            listed_only: false,
            metadata: Default::default(),
            events: Vec::new(),
            tag: None,
            unknown: Vec::new(),
            from_override: Vec::new(),
            line: heading,
        };
        let mut n = heading + 1;
        let mut text = Vec::new();
        while n <= end && !matches!(doc.line(n), "Parameters" | "Returns") {
            if !doc.line(n).is_empty() {
                text.push(doc.line(n));
            }
            n += 1;
        }
        if last {
            // Only the description's first paragraph belongs to the last method; its block
            // runs into the page footer.
            text.truncate(1);
        }
        op.doc = (!text.is_empty()).then(|| text.join("\n"));
        let mut content_end = heading.max(n - 1);
        if doc.line(n) == "Parameters" {
            n += 1;
            while n <= end && (doc.line(n).starts_with(BULLET) || doc.line(n).is_empty()) {
                if doc.line(n).starts_with(BULLET) {
                    self.bullet(n, &mut op, &pascal);
                    content_end = n;
                }
                n += 1;
            }
        }
        if doc.line(n) == "Returns" {
            content_end = n;
            n = self.returns(n + 1, end, &mut op, &pascal);
            content_end = content_end.max(n - 1);
        } else {
            op.unknown.push("response".into());
        }
        if op.auth == Some(true) {
            op.auth = None; // the default: the call carries the token
        }
        let rest: Vec<u32> = (content_end + 1..=end)
            .filter(|&l| !doc.line(l).is_empty())
            .collect();
        if let (Some(a), Some(b)) = (rest.first(), rest.last()) {
            if last {
                self.warn(
                    *a,
                    format!("page text after the last method skipped (lines {a}-{b})"),
                );
            } else {
                for l in rest {
                    self.warn(l, "expected a bullet, `Returns` or the next method, found other text; skipped");
                }
            }
        }
        op
    }

    fn bullet(&mut self, n: u32, op: &mut Operation, pascal: &str) {
        let line = self.doc.line(n).trim_start_matches(BULLET).trim();
        let Some((names, description)) = line.split_once(':') else {
            self.warn(
                n,
                "expected `name : description` in a parameter bullet, found no `:`; skipped",
            );
            return;
        };
        let description = description.trim();
        for name in names.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if name == "token" && description.starts_with("Auth token") {
                self.auth_line.get_or_insert(n);
                op.auth = Some(true);
                continue;
            }
            if op.params.iter().any(|p| p.name == name) {
                self.warn(
                    n,
                    format!("parameter `{name}` is listed twice; the first is kept"),
                );
                continue;
            }
            let cue = param_type(description);
            let ty = match cue.ty {
                CueType::Type(t) => t,
                CueType::Choices(values) => {
                    self.infer
                        .enum_type(&values, n, &format!("{pascal}{}", name.to_pascal_case()))
                }
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
            });
        }
    }

    /// The JSON block after `Returns`; returns the line after it.
    fn returns(&mut self, start: u32, end: u32, op: &mut Operation, pascal: &str) -> u32 {
        let doc = self.doc;
        let Some(open) = (start..=end).find(|&l| !doc.line(l).is_empty()) else {
            self.warn(
                start - 1,
                "expected a JSON block after `Returns`, found none",
            );
            op.unknown.push("response".into());
            return start;
        };
        if !doc.line(open).starts_with('{') {
            self.warn(
                open,
                "expected a JSON block after `Returns`, found other text; response left unknown",
            );
            op.unknown.push("response".into());
            return open;
        }
        match json::parse(&doc.text(open, end), open) {
            Ok(parsed) => {
                let kind = if is_type_name_sample(&parsed.node) {
                    SampleKind::TypeNames
                } else {
                    SampleKind::Real
                };
                let ty = self
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
                    raw: parsed
                        .lenient
                        .then(|| doc.text(open, parsed.end_line).trim().to_string()),
                    json: Some(parsed.node.to_value()),
                    line: open,
                });
                parsed.end_line + 1
            }
            Err(e) => {
                let d = doc.json_warning(&e, "in a Returns block", "response left unknown");
                self.diags.push(d);
                op.unknown.push("response".into());
                // Skip to the block's closing line, so its body is not read as stray text.
                (open..=end)
                    .find(|&l| doc.line(l) == "}")
                    .map_or(end + 1, |l| l + 1)
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
        assert_eq!(
            method_heading("2.6. channels.create"),
            Some((6, "channels.create".into()))
        );
        assert_eq!(method_heading("2. Methods"), None);
        assert_eq!(method_heading("2.1x. nope"), None);
    }

    #[test]
    fn hostile_input_gives_diagnostics_not_panics() {
        let doc = Doc::new(
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
            &extract(&Doc::new("e", "nothing"), "e", "e").diags
        ));
    }
}
