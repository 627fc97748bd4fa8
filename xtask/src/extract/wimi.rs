//! The Wimi "WApi" family: an envelope-RPC reference. Every call is a POST of
//! `{"header": {"target", "identification", …}, "body": {"data": …}}` to one URL.
//!
//! The document has three parts:
//!
//! - a preamble: the title, an "Overview" (the spec's `doc`; it gives the base URL), the
//!   envelope format and its header fields (the `token` field is the auth scheme) and body
//!   fields; what is not mapped is named in one warning;
//! - an "Actions List": one `module.object.Action description` line per action, in the
//!   order operations keep; a line that is not an action continues the description above
//!   it (joined with a line break, with a warning); a table flattened one cell per line
//!   (`auth.user.Login |`, then `Used to login … |`) reads the same;
//! - after the line `Actions`, detailed sections: a heading that is the bare target, a
//!   description, then labelled blocks: `Push information:`, `Url:`, `Call type:`,
//!   `Restrictions:`, `Header Identification:`, `Body Data:`, `Output:`, `Example:`.
//!
//! An action without a section is `listed_only`. For a section:
//!
//! - the description is every line up to the first label (else the list's description);
//! - `Url:` is recorded (metadata `url`, with a warning) only when it differs from the base
//!   URL;
//! - prose blocks keep their lines joined with `\n`: `Call type:` (metadata `call type`) and
//!   the text directly under `Restrictions:` (metadata `restrictions`);
//! - table blocks keep their lines joined with ` / `: each `… restrictions:` sub-block
//!   under `Restrictions:` (a roles line the capture ran together, then a line of `X`
//!   marks: metadata `role restrictions` = `Guests (-5)Contributors (0)…Account manager
//!   (3) / XXXXX`) and `Push information:` (`Pushing to: … / With target: … / Stream
//!   value: …`). Metadata keys are the labels lowercased, without the colon. The capture
//!   lost the table columns, so when there are fewer marks than roles nobody can tell
//!   which roles they stand under: kept as written, with one summary warning;
//! - bullets `• name - type [Optional: <default>] [- can be null] [- can be missing]
//!   [(note)]` under `Header Identification:` are `in: header` parameters (they travel in
//!   `header.identification`), under `Body Data:` `in: body` (in `body.data`), under
//!   `Output:` the fields of a struct `<Operation>Output`, the operation's one response
//!   (no status: the HTTP status is always 200, the call's answer has none of its own).
//!   An `Output:` with no bullets leaves the response `unknown`. Types: `int`, `bool`,
//!   `string`, `datetime` (see [`type_word`]); `X list` and `LIST of X` a list of X;
//!   `list`, `array` a list of `any`; `struct` a struct named `<Parent><Field>` (the parent
//!   is the operation for parameters, the enclosing struct for fields) whose fields are the
//!   more-indented bullets below (a list's item struct takes the singular, or `…Item`; an
//!   `array` with nested bullets is a list of such a struct); a `struct` with no nested
//!   bullets is `{map: any}`, with a warning; a capitalised name (`CalendarEvent`, or a PHP
//!   class such as `Wimi\WApi\Parameter\WapiParamIntegrationAttachment`) a named type, as
//!   written; any other word `any`, with a warning. An item bullet `• - name: description`
//!   gives no type: `any`, the description as its doc, with a warning;
//! - `Optional: <default>` makes a parameter not required and gives its default: JSON as
//!   written (`""`, `false`, `0`, `[]`), a quoted text as written between its quotes
//!   (`"""` is the text `"`), a PHP `print_r` dump (`Array ( [0] => 1 )` is `[1]`,
//!   `stdClass Object ( )` is `{}`); `null` gives no default (a YAML `default: null` would
//!   read back as none). Without `Optional:` a parameter is required. For parameters,
//!   which have no nullable flag, `can be null`, `can be missing` and `(notes)` go into the
//!   `doc` verbatim (joined with `; `); for output fields `can be null` is `nullable`,
//!   `can be missing` (or `Optional:`) `optional`, and the notes the `doc`;
//! - `Example:` is the full request envelope (`kind: real`).
//!
//! A section with no `Output:` (or an empty one) has no response and lists `response` under
//! `unknown`. The capture ends inside the last section, mid-line: what it has is read, and a
//! warning at its last line says what is missing. Every line not understood is a warning
//! with its line; nothing panics.

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Example, ExampleOf, Field, Location, Operation, Param, Primitive,
    Protocol, Response, Rpc, SampleKind, TypeDef, TypeRef,
};
use heck::{ToPascalCase, ToSnakeCase};
use serde_json::Value;

use super::Extracted;
use super::kit::Kit;

/// The family name written in the spec.
const FAMILY: &str = "envelope-rpc";
use crate::normalise::infer::{singular, type_word};
use crate::read::Doc;
use crate::read::json;

/// The bullet character of parameter and output lists.
const BULLET: char = '•';
const ACTIONS_LIST: &str = "Actions List";
const ACTIONS: &str = "Actions";
const OVERVIEW: &str = "Overview";
const FORMAT: &str = "Format description";
/// The labels of a section's blocks.
const LABELS: [&str; 8] = [
    "Push information:",
    "Url:",
    "Call type:",
    "Restrictions:",
    "Header Identification:",
    "Body Data:",
    "Output:",
    "Example:",
];
/// The blocks every complete section has.
const EXPECTED: [&str; 6] = [
    "Url:",
    "Call type:",
    "Restrictions:",
    "Header Identification:",
    "Output:",
    "Example:",
];
/// Deepest nesting of bullets and of types (`LIST of LIST of …`) read; deeper is a warning.
const MAX_DEPTH: usize = 16;

/// How well `doc` reads as an envelope-RPC reference: an Actions List, its
/// `module.object.Action` lines, and the labels of detailed sections.
pub fn score(doc: &crate::read::blocks::Document) -> (u32, String) {
    let list = doc.blocks.iter().any(|b| b.is_named(&[ACTIONS_LIST]));
    let targets = doc
        .blocks
        .iter()
        .filter(|b| b.text.split_whitespace().next().is_some_and(is_target))
        .count();
    let labels = doc
        .blocks
        .iter()
        .filter(|b| b.is_named(&["Header Identification", "Body Data", "Output"]))
        .count();
    if !list && labels == 0 {
        return (
            0,
            "no `Actions List` and no Header Identification / Body Data / Output section".into(),
        );
    }
    (
        u32::from(list) * 20 + super::capped(targets, 1000) / 4 + super::capped(labels, 1000),
        format!(
            "{}{targets} `module.object.Action` line(s), {labels} section label(s)",
            if list { "an `Actions List`, " } else { "" }
        ),
    )
}

/// Reads the WApi reference.
pub fn extract(doc: &Doc, api: &str, source: &str) -> Extracted {
    let mut x = Reader {
        doc,
        kit: Kit::new(doc),
        base_url: None,
        empty_outputs: Vec::new(),
        unmarked_roles: Vec::new(),
    };
    let list_line = find_line(doc, 1, ACTIONS_LIST);
    let actions_line = find_line(doc, list_line.map_or(1, |l| l + 1), ACTIONS);
    // A page of detailed sections only (one module's page, an HTML rendering): sections
    // are read from the top, the preamble ends at the first.
    let first_section = (1..=doc.len()).find(|&n| {
        is_target(doc.line(n))
            && doc.line(n.saturating_sub(1)).is_empty()
            && (n + 1..=(n + 12).min(doc.len())).any(|m| LABELS.contains(&doc.line(m)))
    });
    let sections_only = list_line.is_none() && actions_line.is_none() && first_section.is_some();
    if list_line.is_none() && !sections_only {
        x.kit.nothing_found(
            "an `Actions List` line followed by `module.object.Action description` lines, or \
             sections headed `module.object.Action` with Header Identification / Body Data / Output",
        );
    }
    let preamble_end = list_line
        .or(actions_line)
        .or(first_section)
        .map_or(doc.len(), |l| l.saturating_sub(1));
    let pre = x.preamble(preamble_end);
    x.base_url.clone_from(&pre.base_url);
    let listed = match list_line {
        Some(l) => x.actions_list(l + 1, actions_line.map_or(doc.len(), |a| a - 1)),
        None => Vec::new(),
    };
    let sections = match (actions_line, first_section) {
        (Some(a), _) => x.sections(a),
        (None, Some(f)) if sections_only => x.sections(f.saturating_sub(1)),
        _ => {
            if list_line.is_some() {
                x.kit.warn(
                    doc.len(),
                    "expected an `Actions` line starting the detailed sections, found none; \
                     every action is listed only",
                );
            }
            Vec::new()
        }
    };
    let operations = x.merge(listed, sections);
    x.summaries();
    let spec = ApiSpec {
        title: pre.title,
        doc: pre.doc,
        auth: pre.auth,
        base_url: pre.base_url,
        // `Version: 1.2` near the top: what `header.api_version` carries.
        version: (1..=doc.len().min(20))
            .find_map(|n| doc.line(n).strip_prefix("Version: "))
            .map(|v| v.trim().to_string()),
        operations,
        ..x.kit
            .spec(api, source, FAMILY, Protocol::header_body_envelope())
    };
    x.kit.finish(spec)
}

/// A table row as a rendered page gives it (`a | b |`) as the text capture shows it
/// (`ab`); other lines as they are.
fn unpiped(line: &str) -> String {
    match line.strip_suffix(" |") {
        Some(row) => row.replace(" | ", ""),
        None => line.to_string(),
    }
}

/// A line that is one table cell of a table flattened a cell per line: its text without
/// the closing ` |` (empty for a lone `|`); `None` for a line without the closing bar or
/// with several cells (`a | b |`).
fn one_cell(line: &str) -> Option<&str> {
    let cell = if line.trim() == "|" {
        ""
    } else {
        line.strip_suffix(" |")?.trim()
    };
    (!cell.contains(" | ")).then_some(cell)
}

/// The first line from `from` on that is exactly `text`.
fn find_line(doc: &Doc, from: u32, text: &str) -> Option<u32> {
    (from..=doc.len()).find(|&n| doc.line(n) == text)
}

/// `auth.user.Login`, `document.general_file.UploadShared`: three dot-separated words, the
/// first two lower-case.
fn is_target(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    let ident = |s: &str, lower: bool| {
        s.starts_with(|c: char| c.is_ascii_alphabetic() && (!lower || c.is_ascii_lowercase()))
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    parts.len() == 3 && ident(parts[0], true) && ident(parts[1], true) && ident(parts[2], false)
}

/// `auth.user.GetSessionToken` → `auth_user_get_session_token`.
fn operation_id(target: &str) -> String {
    let id: String = target
        .split('.')
        .map(|p| p.to_snake_case())
        .collect::<Vec<_>>()
        .join("_")
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '_'
            }
        })
        .collect();
    if id.starts_with(|c: char| c.is_ascii_lowercase()) {
        id
    } else {
        format!("op_{id}")
    }
}

/// The name of a list's item type: the singular of `hint`, or `<hint>Item`.
fn item_hint(hint: &str) -> String {
    match singular(hint) {
        s if s != hint => s,
        _ => format!("{hint}Item"),
    }
}

/// A capitalised type name, possibly a PHP class path: `User`, `Wimi\WApi\Parameter\X`.
fn is_type_name(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && !word.ends_with('\\')
        && !word.contains("\\\\")
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '\\')
}

/// What the preamble gives.
struct Preamble {
    title: String,
    doc: Option<String>,
    base_url: Option<String>,
    auth: Auth,
}

/// An "Actions List" entry.
struct Listed {
    target: String,
    doc: Option<String>,
    line: u32,
}

/// One bullet line.
struct Item<'d> {
    line: u32,
    indent: usize,
    text: &'d str,
}

/// A bullet and the more-indented bullets below it.
struct Tree<'d> {
    item: Item<'d>,
    children: Vec<Tree<'d>>,
}

/// What a bullet says, before it becomes a parameter or a field.
struct Member {
    name: String,
    ty: TypeRef,
    /// `Optional:` was written.
    optional: bool,
    default: Option<Value>,
    /// The default as written.
    default_text: Option<String>,
    nullable: bool,
    missing: bool,
    /// `can be null`, `can be missing` and other ` - ` flags, verbatim.
    flags: Vec<String>,
    /// `(notes)` and descriptions, verbatim.
    notes: Vec<String>,
    line: u32,
}

/// The parts of a `name - type …` bullet.
#[derive(Debug, PartialEq)]
struct Typed<'t> {
    name: &'t str,
    ty: &'t str,
    default: Option<&'t str>,
    flags: Vec<&'t str>,
    notes: Vec<&'t str>,
}

/// A bullet's text.
#[derive(Debug, PartialEq)]
enum Bullet<'t> {
    /// `name - type [Optional: default] [- flag]… [(note)]`.
    Typed(Typed<'t>),
    /// `- name: description` (items of an `array`).
    Untyped { name: &'t str, description: &'t str },
}

/// Reads a bullet's text (after the `•`).
fn parse_bullet(text: &str) -> Result<Bullet<'_>, String> {
    // A wire name is whatever the doc writes, as long as it is one word: the generator makes
    // identifiers of it and keeps it for serde.
    let is_name = |s: &str| !s.is_empty() && !s.contains(char::is_whitespace);
    if let Some(rest) = text.strip_prefix("- ") {
        let Some((name, description)) = rest.split_once(':') else {
            return Err("expected `- name: description`, found no `:`".into());
        };
        let name = name.trim();
        if !is_name(name) {
            return Err(format!("expected a field name before `:`, found `{name}`"));
        }
        return Ok(Bullet::Untyped {
            name,
            description: description.trim(),
        });
    }
    let Some((name, rest)) = text.split_once(" - ") else {
        return Err("expected `name - type`, found no ` - `".into());
    };
    let name = name.trim();
    if !is_name(name) {
        return Err(format!("expected a name before ` - `, found `{name}`"));
    }
    let (head, default_part) = match rest.find("Optional:") {
        Some(at) => (&rest[..at], Some(rest[at + "Optional:".len()..].trim())),
        None => (rest, None),
    };
    let mut pieces = head.split(" - ").map(str::trim);
    let first = pieces.next().unwrap_or_default();
    let mut flags: Vec<&str> = pieces.filter(|p| !p.is_empty()).collect();
    let mut notes = Vec::new();
    let ty = match first.find('(') {
        Some(at) if first.ends_with(')') => {
            notes.push(first[at..].trim());
            first[..at].trim()
        }
        _ => first,
    };
    if ty.is_empty() {
        return Err(format!("expected a type after `{name} - `, found none"));
    }
    let default = default_part.map(|d| match d.find(" - can be ") {
        Some(at) => {
            flags.extend(d[at + 3..].split(" - ").map(str::trim));
            d[..at].trim()
        }
        None => d,
    });
    Ok(Bullet::Typed(Typed {
        name,
        ty,
        default,
        flags,
        notes,
    }))
}

/// A default as written.
#[derive(Debug, PartialEq)]
enum DefaultValue {
    /// A value.
    Value(Value),
    /// `null`: no default value.
    Null,
    /// Not readable: kept as text.
    Unread,
}

/// Reads a default: JSON, a quoted text taken as written between its quotes, or a PHP
/// `print_r` dump.
fn parse_default(text: &str) -> DefaultValue {
    let text = text.trim();
    if text == "null" {
        return DefaultValue::Null;
    }
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        return DefaultValue::Value(v);
    }
    if text.len() >= 2 && text.starts_with('"') && text.ends_with('"') {
        return DefaultValue::Value(Value::String(text[1..text.len() - 1].to_string()));
    }
    if !(text.starts_with("Array") || text.starts_with("stdClass Object")) {
        return DefaultValue::Unread;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    match php_value(&chars, &mut pos, 0) {
        Some(v) if chars.iter().skip(pos).all(|c| c.is_whitespace()) => DefaultValue::Value(v),
        _ => DefaultValue::Unread,
    }
}

/// One value of a PHP `print_r` dump: `Array ( [k] => v … )`, `stdClass Object ( … )`, or
/// a scalar (a number, else text) running to the next ` [` or `)`.
fn php_value(chars: &[char], pos: &mut usize, depth: usize) -> Option<Value> {
    skip_ws(chars, pos);
    let rest: String = chars.iter().skip(*pos).take(16).collect();
    let object = if rest.starts_with("Array") {
        *pos += "Array".len();
        false
    } else if rest.starts_with("stdClass Object") {
        *pos += "stdClass Object".len();
        true
    } else {
        let start = *pos;
        while *pos < chars.len() {
            let at_end = chars[*pos] == ')'
                || (chars[*pos].is_whitespace() && chars.get(*pos + 1) == Some(&'['));
            if at_end {
                break;
            }
            *pos += 1;
        }
        let word: String = chars.get(start..*pos).unwrap_or_default().iter().collect();
        let word = word.trim();
        return Some(match serde_json::from_str::<serde_json::Number>(word) {
            Ok(n) => Value::Number(n),
            Err(_) => Value::String(word.to_string()),
        });
    };
    if depth >= MAX_DEPTH {
        return None;
    }
    skip_ws(chars, pos);
    if chars.get(*pos) != Some(&'(') {
        return None;
    }
    *pos += 1;
    let mut entries: Vec<(String, Value)> = Vec::new();
    loop {
        skip_ws(chars, pos);
        match chars.get(*pos) {
            Some(')') => {
                *pos += 1;
                break;
            }
            Some('[') => {
                *pos += 1;
                let start = *pos;
                while chars.get(*pos).is_some_and(|&c| c != ']') {
                    *pos += 1;
                }
                let key: String = chars.get(start..*pos).unwrap_or_default().iter().collect();
                *pos += 1; // `]`
                skip_ws(chars, pos);
                if chars.get(*pos..*pos + 2) != Some(&['=', '>'][..]) {
                    return None;
                }
                *pos += 2;
                entries.push((key, php_value(chars, pos, depth + 1)?));
            }
            _ => return None,
        }
    }
    let sequential = entries
        .iter()
        .enumerate()
        .all(|(i, (k, _))| *k == i.to_string());
    Some(if sequential && !object {
        Value::Array(entries.into_iter().map(|(_, v)| v).collect())
    } else {
        Value::Object(entries.into_iter().collect())
    })
}

fn skip_ws(chars: &[char], pos: &mut usize) {
    while chars.get(*pos).is_some_and(|c| c.is_whitespace()) {
        *pos += 1;
    }
}

/// Whether a default's JSON kind fits the type (named types and `any` take anything).
fn fits(ty: &TypeRef, v: &Value) -> bool {
    match ty {
        TypeRef::Primitive(p) => match p {
            Primitive::Any => true,
            Primitive::Boolean => v.is_boolean(),
            Primitive::Number => v.is_number(),
            Primitive::String | Primitive::Datetime | Primitive::Date | Primitive::Binary => {
                v.is_string()
            }
            _ => v.is_i64() || v.is_u64(),
        },
        TypeRef::List(item) => v
            .as_array()
            .is_some_and(|items| items.iter().all(|i| fits(item, i))),
        TypeRef::Map(_) => v.is_object(),
        TypeRef::Named(_) => true,
    }
}

struct Reader<'a> {
    doc: &'a Doc,
    kit: Kit<'a>,
    base_url: Option<String>,
    /// `Output:` lines with no bullets.
    empty_outputs: Vec<u32>,
    /// Restriction tables with fewer marks than roles.
    unmarked_roles: Vec<u32>,
}

impl<'a> Reader<'a> {
    /// The non-empty lines of `from..=to`.
    fn content(&self, from: u32, to: u32) -> Vec<u32> {
        (from..=to.min(self.doc.len()))
            .filter(|&n| !self.doc.line(n).is_empty())
            .collect()
    }

    /// Title, overview, base URL and auth from the lines before the Actions List.
    fn preamble(&mut self, end: u32) -> Preamble {
        let doc = self.doc;
        let mut used = vec![false; end as usize + 1];
        let title_line = (1..=end).find(|&n| !doc.line(n).is_empty());
        if let Some(t) = title_line {
            used[t as usize] = true;
        }
        let title = title_line.map_or_else(String::new, |t| doc.line(t).to_string());
        let mut overview = None;
        let mut base_url = None;
        if let Some(o) = (1..=end).find(|&n| doc.line(n) == OVERVIEW) {
            let stop = (o + 1..=end)
                .find(|&n| doc.line(n) == FORMAT)
                .unwrap_or(end + 1);
            let mut paragraphs: Vec<Vec<&str>> = vec![Vec::new()];
            for n in o..stop {
                used[n as usize] = true;
                let line = doc.line(n);
                if n == o {
                    continue;
                }
                match (line.is_empty(), paragraphs.last_mut()) {
                    (false, Some(p)) => p.push(line),
                    (true, Some(p)) if !p.is_empty() => paragraphs.push(Vec::new()),
                    _ => {}
                }
            }
            let text: Vec<String> = paragraphs
                .iter()
                .filter(|p| !p.is_empty())
                .map(|p| p.join("\n"))
                .collect();
            overview = (!text.is_empty()).then(|| text.join("\n\n"));
            base_url = text
                .iter()
                .flat_map(|p| p.split_whitespace())
                .find(|w| w.starts_with("https://") || w.starts_with("http://"))
                .map(|w| w.trim_end_matches(['.', ',', ';', ')', '/']).to_string());
        } else {
            self.kit.warn(
                1,
                "expected an `Overview` line in the preamble, found none; no doc or base URL",
            );
        }
        let auth = match self.token_field(end) {
            Some((label, line)) => {
                used[label as usize] = true;
                used[line as usize] = true;
                Auth {
                    scheme: AuthScheme::Token,
                    param: Some("token".into()),
                    line: Some(line),
                    ..Auth::default()
                }
            }
            None => {
                if end > 0 {
                    self.kit.warn(
                        1,
                        "expected a `token` header field in the preamble, found none; auth \
                         scheme left `none`",
                    );
                }
                Auth::default()
            }
        };
        self.unmapped(&used, end);
        Preamble {
            title,
            doc: overview,
            base_url,
            auth,
        }
    }

    /// The `token` header field: its label line and its description line.
    fn token_field(&self, end: u32) -> Option<(u32, u32)> {
        let doc = self.doc;
        let label = (1..=end).find(|&n| doc.line(n) == "token")?;
        let line = (label + 1..=end).find(|&n| !doc.line(n).is_empty())?;
        doc.line(line).contains("token").then_some((label, line))
    }

    /// One warning naming the preamble lines that are not mapped to the spec.
    fn unmapped(&mut self, used: &[bool], end: u32) {
        let mut runs: Vec<(u32, u32)> = Vec::new();
        let mut open: Option<(u32, u32)> = None;
        for n in 1..=end {
            if self.doc.line(n).is_empty() {
                continue;
            }
            if used.get(n as usize).copied().unwrap_or(false) {
                runs.extend(open.take());
            } else {
                open = Some(open.map_or((n, n), |(a, _)| (a, n)));
            }
        }
        runs.extend(open);
        let Some(&(first, _)) = runs.first() else {
            return;
        };
        let ranges: Vec<String> = runs
            .iter()
            .map(|&(a, b)| {
                if a == b {
                    a.to_string()
                } else {
                    format!("{a}-{b}")
                }
            })
            .collect();
        self.kit.warn(
            first,
            format!(
                "preamble text not mapped to the spec (lines {}): versions, the envelope \
                 format (the `wapi-envelope` protocol), its other header fields, the body \
                 `data`/`error` fields and contact",
                ranges.join(", ")
            ),
        );
    }

    /// The `module.object.Action description` lines of `from..=to`.
    fn actions_list(&mut self, from: u32, to: u32) -> Vec<Listed> {
        let mut listed: Vec<Listed> = Vec::new();
        let lines = self.content(from, to);
        // A table flattened one cell per line (`auth.user.Login |`, then its description
        // `Used to login … |`, or `|` when it has none): each target cell starts an action,
        // the one cell after it is its description.
        let cells = lines
            .iter()
            .any(|&n| one_cell(self.doc.line(n)).is_some_and(|c| !c.is_empty() && is_target(c)))
            && lines.iter().all(|&n| {
                let line = self.doc.line(n);
                line.starts_with("---") || one_cell(line).is_some() || line.ends_with(" |")
            });
        if cells {
            return self.action_cells(&lines);
        }
        for (i, n) in lines.into_iter().enumerate() {
            let line = self.doc.line(n);
            // A rendered table (`target | description |`, under a header and a `---|` rule).
            let row: Option<Vec<&str>> = line
                .strip_suffix(" |")
                .map(|r| r.split(" | ").map(str::trim).collect());
            if line.starts_with("---") || (i == 0 && row.as_ref().is_some_and(|r| !is_target(r[0])))
            {
                continue;
            }
            let (word, rest) = match &row {
                Some(cells) => (cells[0], cells[1..].join(" ")),
                None => {
                    let (w, r) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
                    (w, r.to_string())
                }
            };
            if is_target(word) {
                let rest = rest.trim();
                listed.push(Listed {
                    target: word.to_string(),
                    doc: (!rest.is_empty()).then(|| rest.to_string()),
                    line: n,
                });
            } else if let Some(prev) = listed.last_mut() {
                prev.doc = Some(match prev.doc.take() {
                    Some(d) => format!("{d}\n{line}"),
                    None => line.to_string(),
                });
                let target = prev.target.clone();
                self.kit.warn(
                    n,
                    format!(
                        "a line that is not an action continues the description of `{target}`; \
                         joined to it"
                    ),
                );
            } else {
                self.kit.warn(
                    n,
                    "expected `module.object.Action description` in the Actions List, found \
                     other text; skipped",
                );
            }
        }
        if listed.is_empty() {
            self.kit
                .warn(from.saturating_sub(1), "the Actions List lists no action");
        }
        listed
    }

    /// The Actions List as a table flattened one cell per line: a header row before the
    /// `---|---|` rule (on one line, or a cell per line) is skipped; a target cell starts an
    /// action and the cell after it is its description (none when empty); a further cell
    /// continues that description, with a warning, as a stray line does in the list.
    fn action_cells(&mut self, lines: &[u32]) -> Vec<Listed> {
        let rule = lines
            .iter()
            .position(|&n| self.doc.line(n).starts_with("---"));
        let body = rule.map_or(lines, |r| &lines[r + 1..]);
        let mut listed: Vec<Listed> = Vec::new();
        let mut described = true;
        for &n in body {
            let line = self.doc.line(n);
            let Some(cell) = one_cell(line) else {
                self.kit.warn(
                    n,
                    "expected one table cell (`… |`) in the Actions List, found a whole row; skipped",
                );
                continue;
            };
            if is_target(cell) {
                listed.push(Listed {
                    target: cell.to_string(),
                    doc: None,
                    line: n,
                });
                described = false;
            } else if let Some(prev) = listed.last_mut() {
                if !described {
                    described = true;
                    prev.doc = (!cell.is_empty()).then(|| cell.to_string());
                } else if !cell.is_empty() {
                    prev.doc = Some(match prev.doc.take() {
                        Some(d) => format!("{d}\n{cell}"),
                        None => cell.to_string(),
                    });
                    let target = prev.target.clone();
                    self.kit.warn(
                        n,
                        format!(
                            "a cell that is not an action continues the description of \
                             `{target}`; joined to it"
                        ),
                    );
                }
            } else if !cell.is_empty() {
                self.kit.warn(
                    n,
                    "expected `module.object.Action` in the Actions List, found other text; \
                     skipped",
                );
            }
        }
        if listed.is_empty() {
            let at = lines.first().map_or(1, |n| n.saturating_sub(1));
            self.kit.warn(at, "the Actions List lists no action");
        }
        listed
    }

    /// The detailed sections after the `Actions` line.
    fn sections(&mut self, actions: u32) -> Vec<Operation> {
        let doc = self.doc;
        let headings: Vec<u32> = (actions + 1..=doc.len())
            .filter(|&n| is_target(doc.line(n)) && doc.line(n - 1).is_empty())
            .collect();
        let first = headings.first().map_or(doc.len(), |h| h - 1);
        for n in self.content(actions + 1, first) {
            self.kit.warn(
                n,
                "expected an action heading such as `auth.user.Login`, found other text; skipped",
            );
        }
        if headings.is_empty() {
            self.kit.warn(actions, "the `Actions` part has no section");
        }
        headings
            .iter()
            .enumerate()
            .map(|(i, &h)| {
                let end = headings.get(i + 1).map_or(doc.len(), |next| next - 1);
                self.section(h, end, i + 1 == headings.len())
            })
            .collect()
    }

    /// One detailed section, as an operation without its id.
    fn section(&mut self, heading: u32, end: u32, last: bool) -> Operation {
        let doc = self.doc;
        let target = doc.line(heading).to_string();
        let pascal = operation_id(&target).to_pascal_case();
        let mut op = Operation {
            name: target.clone(),
            rpc: Some(Rpc {
                target: target.clone(),
            }),
            line: heading,
            ..Operation::default()
        };
        let mut labels: Vec<(u32, &str)> = Vec::new();
        for n in heading + 1..=end {
            if let Some(label) = LABELS.iter().find(|l| **l == doc.line(n)) {
                labels.push((n, label));
                if *label == "Example:" {
                    break; // the JSON that follows is not scanned for labels
                }
            }
        }
        let first_label = labels.first().map_or(end + 1, |l| l.0);
        let text: Vec<&str> = self
            .content(heading + 1, first_label - 1)
            .into_iter()
            .map(|n| doc.line(n))
            .collect();
        op.doc = (!text.is_empty()).then(|| text.join("\n"));
        let mut seen: Vec<&str> = Vec::new();
        for (i, &(line, label)) in labels.iter().enumerate() {
            let to = labels.get(i + 1).map_or(end, |next| next.0 - 1);
            if seen.contains(&label) {
                let skipped = match self.content(line + 1, to).last() {
                    Some(b) => format!(" (lines {line}-{b})"),
                    None => String::new(),
                };
                self.kit.warn(
                    line,
                    format!(
                        "`{label}` appears twice in this section; the second is skipped{skipped}"
                    ),
                );
                continue;
            }
            seen.push(label);
            match label {
                "Push information:" => self.table(line, to, "push information", &mut op),
                "Url:" => self.url(line, to, &mut op),
                "Call type:" => self.prose(line, to, "call type", &mut op),
                "Restrictions:" => self.restrictions(line, to, &mut op),
                "Header Identification:" => {
                    self.params(line, to, Location::Header, &mut op, &pascal)
                }
                "Body Data:" => self.params(line, to, Location::Body, &mut op, &pascal),
                "Output:" => self.output(line, to, &mut op, &pascal),
                _ => self.example(line, to, &mut op),
            }
        }
        let mut missing: Vec<String> = EXPECTED
            .iter()
            .filter(|l| !seen.contains(l))
            .map(|l| format!("`{l}`"))
            .collect();
        if seen.contains(&"Restrictions:") && !op.metadata.contains_key("role restrictions") {
            missing.insert(0, "its role restrictions".into());
        }
        if !seen.contains(&"Output:") {
            op.unknown.push("response".into());
        }
        if !missing.is_empty() {
            let what = match missing.as_slice() {
                [one] => format!("{one} is missing"),
                [init @ .., last] => format!("{} and {last} are missing", init.join(", ")),
                [] => String::new(),
            };
            if last {
                let at = self
                    .content(heading, end)
                    .last()
                    .copied()
                    .unwrap_or(heading);
                // A document that ends without a line end was cut inside its last line.
                let mid_line = at == doc.len() && !doc.lines.last().is_some_and(String::is_empty);
                let cut = if mid_line {
                    "its last line stops mid-text, and "
                } else {
                    ""
                };
                self.kit.warn(
                    at,
                    format!("section `{target}` is cut off by the capture: {cut}{what}"),
                );
            } else {
                self.kit
                    .warn(heading, format!("section `{target}` is incomplete: {what}"));
            }
        }
        op
    }

    fn set_metadata(&mut self, line: u32, key: &str, value: String, op: &mut Operation) {
        if op.metadata.contains_key(key) {
            self.kit.warn(
                line,
                format!("`{key}` is given twice in this section; the first is kept"),
            );
        } else {
            op.metadata.insert(key.to_string(), value);
        }
    }

    /// A block of prose: its lines joined with `\n` under `key`.
    fn prose(&mut self, label: u32, to: u32, key: &str, op: &mut Operation) {
        let doc = self.doc;
        let lines: Vec<&str> = self
            .content(label + 1, to)
            .into_iter()
            .map(|n| doc.line(n))
            .collect();
        if lines.is_empty() {
            self.kit.warn(
                label,
                format!("expected text after `{}`, found none", doc.line(label)),
            );
            return;
        }
        self.set_metadata(label, key, lines.join("\n"), op);
    }

    /// A block of table rows the capture ran together: its lines joined with ` / `.
    fn table(&mut self, label: u32, to: u32, key: &str, op: &mut Operation) {
        let doc = self.doc;
        let lines: Vec<&str> = self
            .content(label + 1, to)
            .into_iter()
            .map(|n| doc.line(n))
            .collect();
        if lines.is_empty() {
            self.kit.warn(
                label,
                format!("expected lines after `{}`, found none", doc.line(label)),
            );
            return;
        }
        self.set_metadata(label, key, lines.join(" / "), op);
    }

    fn url(&mut self, label: u32, to: u32, op: &mut Operation) {
        let lines = self.content(label + 1, to);
        let Some((&first, rest)) = lines.split_first() else {
            self.kit
                .warn(label, "expected a URL after `Url:`, found none");
            return;
        };
        for &n in rest {
            self.kit
                .warn(n, "expected one URL after `Url:`, found more text; skipped");
        }
        let url = self.doc.line(first).trim_end_matches('/').to_string();
        if self.base_url.as_deref() != Some(url.as_str()) {
            let base = self.base_url.as_deref().unwrap_or("none");
            self.kit.warn(
                first,
                format!(
                    "this action's URL `{url}` is not the base URL `{base}`; kept in metadata `url`"
                ),
            );
            self.set_metadata(first, "url", url, op);
        }
    }

    /// `Restrictions:`: text (metadata `restrictions`) and `… restrictions:` tables.
    fn restrictions(&mut self, label: u32, to: u32, op: &mut Operation) {
        let doc = self.doc;
        let mut free: Vec<&str> = Vec::new();
        let mut n = label + 1;
        while n <= to {
            let line = doc.line(n);
            if line.is_empty() {
                n += 1;
                continue;
            }
            let Some(sub) = line.strip_suffix(':') else {
                free.push(line);
                n += 1;
                continue;
            };
            // (A rendered table's `---|` rule under its first row is no row.)
            let rows: Vec<u32> = (n + 1..=to)
                .take_while(|&m| !doc.line(m).is_empty())
                .filter(|&m| !doc.line(m).starts_with("---"))
                .collect();
            let key = sub.trim().to_lowercase();
            if rows.is_empty() {
                self.kit
                    .warn(n, format!("expected a table after `{line}`, found none"));
            } else {
                self.check_marks(n, &rows);
                let text: Vec<String> = rows.iter().map(|&m| unpiped(doc.line(m))).collect();
                self.set_metadata(n, &key, text.join(" / "), op);
            }
            n = rows.last().map_or(n + 1, |&m| m + 1);
        }
        if !free.is_empty() {
            self.set_metadata(label, "restrictions", free.join("\n"), op);
        }
    }

    /// A restriction table is a line of roles `Name (level)…` and a line of `X` marks.
    fn check_marks(&mut self, label: u32, rows: &[u32]) {
        let doc = self.doc;
        let [roles, marks] = rows else {
            self.kit.warn(
                label,
                format!(
                    "expected a line of roles and a line of `X` marks, found {} line(s); kept \
                     as written",
                    rows.len()
                ),
            );
            return;
        };
        let (roles_text, marks_text) = (unpiped(doc.line(*roles)), unpiped(doc.line(*marks)));
        if !marks_text.chars().all(|c| c == 'X') {
            self.kit.warn(
                *marks,
                "expected a line of `X` marks under the roles, found other text; kept as written",
            );
            return;
        }
        if marks_text.len() < roles_text.matches('(').count() {
            self.unmarked_roles.push(*marks);
        }
    }

    /// The bullets of `from..=to`, nested by indentation.
    fn bullets(&mut self, from: u32, to: u32) -> Vec<Tree<'a>> {
        let doc = self.doc;
        let mut items = Vec::new();
        for n in self.content(from, to) {
            let raw = doc.lines.get(n as usize - 1).map_or("", String::as_str);
            let text = doc.line(n);
            match text.strip_prefix(BULLET) {
                Some(rest) => items.push(Item {
                    line: n,
                    indent: raw.len() - raw.trim_start().len(),
                    text: rest.trim(),
                }),
                None => self
                    .kit
                    .warn(n, "expected a `•` bullet, found other text; skipped"),
            }
        }
        let mut items = items.into_iter().peekable();
        let mut out = Vec::new();
        while items.peek().is_some() {
            if let Some(t) = self.tree(&mut items, 0) {
                out.push(t);
            }
        }
        out
    }

    fn tree<'d>(
        &mut self,
        items: &mut std::iter::Peekable<std::vec::IntoIter<Item<'d>>>,
        depth: usize,
    ) -> Option<Tree<'d>> {
        let item = items.next()?;
        let mut children = Vec::new();
        while items.peek().is_some_and(|next| next.indent > item.indent) {
            if depth >= MAX_DEPTH {
                if let Some(skipped) = items.next() {
                    self.kit.warn(
                        skipped.line,
                        format!("bullets nested more than {MAX_DEPTH} deep; skipped"),
                    );
                }
                continue;
            }
            if let Some(child) = self.tree(items, depth + 1) {
                children.push(child);
            }
        }
        Some(Tree { item, children })
    }

    /// What one bullet says; nested structs are named after `parent` and the name.
    fn member(&mut self, tree: &Tree<'_>, parent: &str, depth: usize) -> Option<Member> {
        let line = tree.item.line;
        let bullet = match parse_bullet(tree.item.text) {
            Ok(b) => b,
            Err(e) => {
                self.kit.warn(line, format!("{e}; bullet skipped"));
                self.skip_children(tree, "its bullet was skipped");
                return None;
            }
        };
        let typed = match bullet {
            Bullet::Untyped { name, description } => {
                self.kit.warn(
                    line,
                    format!("`{name}` is given no type (`- name: description`); typed `any`"),
                );
                self.skip_children(tree, "its bullet gives no type");
                return Some(Member {
                    name: name.to_string(),
                    ty: TypeRef::ANY,
                    optional: false,
                    default: None,
                    default_text: None,
                    nullable: false,
                    missing: false,
                    flags: Vec::new(),
                    notes: (!description.is_empty())
                        .then(|| description.to_string())
                        .into_iter()
                        .collect(),
                    line,
                });
            }
            Bullet::Typed(t) => t,
        };
        let hint = format!("{parent}{}", typed.name.to_pascal_case());
        let (ty, used_children) = self.resolve(typed.ty, &tree.children, &hint, line, depth);
        if !used_children {
            self.skip_children(tree, &format!("`{}` is not a struct", typed.ty));
        }
        let mut m = Member {
            name: typed.name.to_string(),
            ty,
            optional: typed.default.is_some(),
            default: None,
            default_text: typed.default.map(str::to_string),
            nullable: false,
            missing: false,
            flags: typed.flags.iter().map(|f| f.to_string()).collect(),
            notes: typed.notes.iter().map(|n| n.to_string()).collect(),
            line,
        };
        for flag in &typed.flags {
            match *flag {
                "can be null" => m.nullable = true,
                "can be missing" => m.missing = true,
                other => self.kit.warn(
                    line,
                    format!("unknown flag `- {other}` after the type; kept in the doc"),
                ),
            }
        }
        if let Some(text) = typed.default {
            m.default = self.default_value(text, &m.ty, line);
        }
        Some(m)
    }

    /// The value of `Optional: <text>`.
    fn default_value(&mut self, text: &str, ty: &TypeRef, line: u32) -> Option<Value> {
        if text.is_empty() {
            self.kit
                .warn(line, "expected a default after `Optional:`, found none");
            return None;
        }
        let value = match parse_default(text) {
            DefaultValue::Null => return None,
            DefaultValue::Value(v) => v,
            DefaultValue::Unread => {
                self.kit.warn(
                    line,
                    format!("default `{text}` is neither JSON nor a PHP dump; kept as text"),
                );
                Value::String(text.to_string())
            }
        };
        if !fits(ty, &value) {
            self.kit.warn(
                line,
                format!("default `{text}` does not fit the type `{ty}`; kept as written"),
            );
        }
        Some(value)
    }

    fn skip_children(&mut self, tree: &Tree<'_>, why: &str) {
        for child in &tree.children {
            self.kit.warn(
                child.item.line,
                format!(
                    "a bullet nested under `{}`, but {why}; skipped",
                    tree.item.text
                ),
            );
            self.skip_children(child, "its parent was skipped");
        }
    }

    /// The type a bullet's type text names; whether it read the nested bullets.
    fn resolve(
        &mut self,
        ty: &str,
        children: &[Tree<'_>],
        hint: &str,
        line: u32,
        depth: usize,
    ) -> (TypeRef, bool) {
        if depth >= MAX_DEPTH {
            self.kit.warn(
                line,
                format!("type nested more than {MAX_DEPTH} deep; typed `any`"),
            );
            return (TypeRef::ANY, false);
        }
        let lower = ty.to_ascii_lowercase();
        if lower == "struct" {
            return (self.struct_type(children, hint, line, depth), true);
        }
        let list_of = lower
            .strip_prefix("list of ")
            .map(|_| &ty["list of ".len()..])
            .or_else(|| ty.strip_suffix(" list"));
        if let Some(item) = list_of {
            let (t, used) = self.resolve(item.trim(), children, &item_hint(hint), line, depth + 1);
            return (TypeRef::List(Box::new(t)), used);
        }
        if lower == "list" || lower == "array" {
            if children.is_empty() {
                return (TypeRef::List(Box::new(TypeRef::ANY)), true);
            }
            let item = self.struct_type(children, &item_hint(hint), line, depth);
            return (TypeRef::List(Box::new(item)), true);
        }
        if let Some(t) = type_word(ty) {
            return (t, false);
        }
        if is_type_name(ty) {
            return (TypeRef::Named(ty.to_string()), false);
        }
        self.kit
            .warn(line, format!("unknown type `{ty}`; typed `any`"));
        (TypeRef::ANY, false)
    }

    /// A struct whose fields are `children`, inserted into the types under `hint` (or a
    /// free variant of it); without children an object of unknown keys.
    fn struct_type(
        &mut self,
        children: &[Tree<'_>],
        hint: &str,
        line: u32,
        depth: usize,
    ) -> TypeRef {
        if children.is_empty() {
            self.kit.warn(
                line,
                "a `struct` with no nested bullets: its fields are not given; typed `{map: any}`",
            );
            return TypeRef::Map(Box::new(TypeRef::ANY));
        }
        let name = self.kit.fresh_type_name(hint);
        // Reserve the name before recursing so nested types cannot take it.
        self.kit
            .infer
            .types
            .insert(name.clone(), TypeDef::default());
        let fields = self.fields(children, &name, depth + 1);
        let def = TypeDef {
            fields,
            line: Some(line),
            ..TypeDef::default()
        };
        self.kit.infer.types.insert(name.clone(), def);
        TypeRef::Named(name)
    }

    fn fields(&mut self, trees: &[Tree<'_>], parent: &str, depth: usize) -> Vec<Field> {
        let mut fields: Vec<Field> = Vec::new();
        for tree in trees {
            let Some(m) = self.member(tree, parent, depth) else {
                continue;
            };
            if fields.iter().any(|f| f.name == m.name) {
                self.kit.warn(
                    m.line,
                    format!("field `{}` is listed twice; the first is kept", m.name),
                );
                continue;
            }
            let mut notes = m.notes;
            if let Some(d) = &m.default_text {
                notes.push(format!("Optional: {d}"));
            }
            notes.extend(
                m.flags
                    .into_iter()
                    .filter(|f| f.as_str() != "can be null" && f.as_str() != "can be missing"),
            );
            fields.push(Field {
                name: m.name,
                ty: m.ty,
                optional: m.optional || m.missing,
                nullable: m.nullable,
                doc: (!notes.is_empty()).then(|| notes.join("; ")),
                from_override: Vec::new(),
                line: Some(m.line),
            });
        }
        fields
    }

    /// `Header Identification:` or `Body Data:` bullets.
    fn params(
        &mut self,
        label: u32,
        to: u32,
        location: Location,
        op: &mut Operation,
        pascal: &str,
    ) {
        let doc = self.doc;
        let trees = self.bullets(label + 1, to);
        if trees.is_empty() {
            self.kit.warn(
                label,
                format!("expected bullets after `{}`, found none", doc.line(label)),
            );
        }
        for tree in &trees {
            let Some(m) = self.member(tree, pascal, 0) else {
                continue;
            };
            if op
                .params
                .iter()
                .any(|p| p.location == location && p.name == m.name)
            {
                self.kit.warn(
                    m.line,
                    format!("parameter `{}` is listed twice; the first is kept", m.name),
                );
                continue;
            }
            let notes: Vec<String> = m.flags.into_iter().chain(m.notes).collect();
            op.params.push(Param {
                name: m.name,
                location,
                ty: m.ty,
                required: !m.optional,
                default: m.default,
                doc: (!notes.is_empty()).then(|| notes.join("; ")),
                line: Some(m.line),
                ..Param::default()
            });
        }
    }

    /// `Output:` bullets: the struct `<Operation>Output` and the operation's response.
    fn output(&mut self, label: u32, to: u32, op: &mut Operation, pascal: &str) {
        let trees = self.bullets(label + 1, to);
        if trees.is_empty() {
            self.empty_outputs.push(label);
            op.unknown.push("response".into());
            return;
        }
        let name = self.kit.fresh_type_name(&format!("{pascal}Output"));
        self.kit
            .infer
            .types
            .insert(name.clone(), TypeDef::default());
        let fields = self.fields(&trees, &name, 0);
        let def = TypeDef {
            fields,
            line: Some(label),
            ..TypeDef::default()
        };
        self.kit.infer.types.insert(name.clone(), def);
        op.responses.push(Response {
            statuses: None,
            status: None,
            content_type: None,
            ty: Some(TypeRef::Named(name)),
            doc: None,
            line: Some(label),
        });
    }

    /// `Example:`: the request envelope.
    fn example(&mut self, label: u32, to: u32, op: &mut Operation) {
        let doc = self.doc;
        let lines = self.content(label + 1, to);
        let Some(&open) = lines.first() else {
            self.kit.warn(
                label,
                "expected a JSON example after `Example:`, found none",
            );
            return;
        };
        if !doc.line(open).starts_with('{') {
            for &n in &lines {
                self.kit.warn(
                    n,
                    "expected a JSON example after `Example:`, found other text; skipped",
                );
            }
            return;
        }
        match json::parse(&doc.text(open, to), open) {
            Ok(parsed) => {
                let value = parsed.node.to_value();
                let target = value
                    .pointer("/header/target")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                if let Some(t) = target.filter(|t| *t != op.name) {
                    self.kit.warn(
                        open,
                        format!(
                            "the example's `header.target` is `{t}`, not the section's `{}`",
                            op.name
                        ),
                    );
                }
                op.examples.push(Example {
                    of: ExampleOf::Request,
                    status: None,
                    kind: SampleKind::Real,
                    url: None,
                    raw: parsed
                        .lenient
                        .then(|| doc.text(open, parsed.end_line).trim().to_string()),
                    json: Some(value),
                    line: open,
                });
                for n in self.content(parsed.end_line + 1, to) {
                    self.kit.warn(
                        n,
                        "expected the next action after the example, found other text; skipped",
                    );
                }
            }
            Err(e) => {
                let d = doc.json_warning(&e, "in the example", "example skipped");
                self.kit.diags.push(d);
            }
        }
    }

    /// Operations in list order, each detailed by its section; sections of actions the list
    /// does not give come after. Ids are made unique.
    fn merge(&mut self, listed: Vec<Listed>, sections: Vec<Operation>) -> Vec<Operation> {
        let mut ops: Vec<Operation> = listed
            .into_iter()
            .map(|l| Operation {
                name: l.target.clone(),
                doc: l.doc,
                rpc: Some(Rpc { target: l.target }),
                listed_only: true,
                line: l.line,
                ..Operation::default()
            })
            .collect();
        let mut extra = Vec::new();
        let had_list = !ops.is_empty();
        for mut s in sections {
            match ops.iter().position(|o| o.listed_only && o.name == s.name) {
                Some(i) => {
                    if s.doc.is_none() {
                        s.doc = ops[i].doc.take();
                    }
                    ops[i] = s;
                }
                None => {
                    let twice = ops
                        .iter()
                        .chain(&extra)
                        .any(|o: &Operation| o.name == s.name);
                    if twice {
                        self.kit.warn(
                            s.line,
                            format!("action `{}` is documented twice; this section is a separate operation", s.name),
                        );
                    } else if had_list {
                        self.kit.warn(
                            s.line,
                            format!("action `{}` is not in the Actions List; appended after the listed actions", s.name),
                        );
                    }
                    extra.push(s);
                }
            }
        }
        ops.extend(extra);
        for op in &mut ops {
            op.id = operation_id(&op.name);
        }
        self.kit.unique_ids(&mut ops);
        ops
    }

    /// Warnings that stand for many lines.
    fn summaries(&mut self) {
        if let Some(&first) = self.empty_outputs.first() {
            let n = self.empty_outputs.len();
            self.kit.warn(
                first,
                format!(
                    "{n} section(s) have an `Output:` with no bullets (first here); their answer \
                     is left unknown"
                ),
            );
        }
        if let Some(&first) = self.unmarked_roles.first() {
            let n = self.unmarked_roles.len();
            self.kit.warn(
                first,
                format!(
                    "{n} restriction table(s) have fewer `X` marks than roles (first here): the \
                     capture lost which roles they mark; kept as written"
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WAPI: &str = include_str!("../../../spec/sources/wimi-wapi.txt");

    fn real() -> Extracted {
        extract(
            &Doc::new("spec/sources/wimi-wapi.txt", WAPI),
            "wimi",
            "sources/wimi-wapi.txt",
        )
    }

    fn op<'a>(x: &'a Extracted, target: &str) -> &'a Operation {
        x.spec
            .operations
            .iter()
            .find(|o| o.name == target)
            .unwrap_or_else(|| panic!("no operation {target}"))
    }

    fn param<'a>(o: &'a Operation, name: &str) -> &'a Param {
        o.params
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no param {name}"))
    }

    fn field<'a>(x: &'a Extracted, ty: &str, name: &str) -> &'a Field {
        x.spec.types[ty]
            .fields
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("no field {ty}.{name}"))
    }

    fn has(x: &Extracted, text: &str) -> bool {
        x.diags.iter().any(|d| d.message.contains(text))
    }

    #[test]
    fn the_whole_document() {
        let x = real();
        let s = &x.spec;
        assert_eq!(s.title, "WApi Interface");
        assert_eq!(s.family, "envelope-rpc");
        assert!(s.protocol.splits_params());
        assert_eq!(s.base_url.as_deref(), Some("https://api.wimi.pro"));
        assert_eq!(
            s.auth,
            Auth {
                scheme: AuthScheme::Token,
                param: Some("token".into()),
                line: Some(105),
                ..Auth::default()
            }
        );
        let d = s.doc.as_deref().unwrap_or_default();
        assert!(
            d.starts_with("The WApi api can be used through various protocols"),
            "{d}"
        );
        assert!(d.ends_with("(body of the response)"), "{d}");
        assert!(d.contains("Http request usage:\n\nThe usage mode is synchronous."));
        assert_eq!(s.operations.len(), 716);
        assert_eq!(s.operations.iter().filter(|o| !o.listed_only).count(), 114);
        assert_eq!(s.operations[0].id, "auth_user_get_session_token");
        assert_eq!(s.operations[715].name, "task.trash.List");
        let mut diags = Vec::new();
        let normalised = crate::normalise::normalise(s.clone(), None, &mut diags);
        assert!(!crate::diag::has_errors(&diags), "{diags:#?}");
        assert!(normalised.types["CalendarEvent"].undefined);
        let ids: std::collections::BTreeSet<_> = s.operations.iter().map(|o| &o.id).collect();
        assert_eq!(ids.len(), 716);
        assert_eq!(
            op(&x, "document.validation.exportMyRequestsAsXLSAsyncJob").id,
            "document_validation_export_my_requests_as_xls_async_job"
        );
        assert_eq!(
            op(&x, "activity.event.ExportAsCSVAsync").id,
            "activity_event_export_as_csv_async"
        );
        // Listed only.
        let listed = op(&x, "task.tlist.Copy");
        assert!(listed.listed_only && listed.doc.is_none());
        assert!(listed.params.is_empty() && listed.responses.is_empty());
        assert_eq!(listed.line, 856);
        // The wrapped description.
        let g = op(&x, "task.tlist.DashboardGlobal");
        assert_eq!(
            g.doc.as_deref(),
            Some(
                "Get all necessary data for displaying the tasks module dashboard\nSame as \
                 dashboard but for a user, not a project"
            )
        );
        assert!(has(
            &x,
            "continues the description of `task.tlist.DashboardGlobal`"
        ));
        assert!(has(
            &x,
            "preamble text not mapped to the spec (lines 3-5, 23-100, 107-159)"
        ));
    }

    #[test]
    fn login() {
        let x = real();
        let o = op(&x, "auth.user.Login");
        assert!(!o.listed_only);
        assert_eq!(o.line, 935);
        assert_eq!(o.id, "auth_user_login");
        assert_eq!(
            o.doc.as_deref(),
            Some(
                "Used to login a user and retrieve an access token\nThe account must be valid \
                 and the user must be activated"
            )
        );
        assert_eq!(
            o.metadata["call type"],
            "The json message is sent in the http request body."
        );
        assert_eq!(
            o.metadata["role restrictions"],
            "Guests (-5)Contributors (0)Managers (1)Administrators (2)Account manager (3) / XXXXX"
        );
        assert!(!o.metadata.contains_key("url"));
        let headers: Vec<&Param> = o
            .params
            .iter()
            .filter(|p| p.location == Location::Header)
            .collect();
        let body: Vec<&Param> = o
            .params
            .iter()
            .filter(|p| p.location == Location::Body)
            .collect();
        assert_eq!((headers.len(), body.len()), (2, 9));
        let account = param(o, "account_name");
        assert_eq!(
            (
                account.location,
                account.required,
                account.default.clone(),
                account.line
            ),
            (
                Location::Header,
                false,
                Some(serde_json::json!("")),
                Some(956)
            )
        );
        assert!(param(o, "user_id").required);
        let lp = param(o, "list_projects");
        assert_eq!(
            (&lp.ty, lp.required, lp.default.clone()),
            (
                &TypeRef::Primitive(Primitive::Boolean),
                false,
                Some(serde_json::json!(false))
            )
        );
        assert_eq!(
            param(o, "projects_auth").default,
            Some(serde_json::json!(true))
        );
        assert_eq!(o.responses.len(), 1);
        let r = &o.responses[0];
        assert_eq!(
            (r.status, r.ty.clone(), r.line),
            (
                None,
                Some(TypeRef::Named("AuthUserLoginOutput".into())),
                Some(971)
            )
        );
        let projects = field(&x, "AuthUserLoginOutput", "projects");
        assert_eq!(projects.ty.to_string(), "{list: Project}");
        assert!(projects.nullable && !projects.optional);
        assert!(field(&x, "AuthUserLoginOutput", "need_double_authentification").nullable);
        assert!(!field(&x, "AuthUserLoginOutput", "need_update").nullable);
        assert_eq!(
            field(&x, "AuthUserLoginOutput", "user").ty,
            TypeRef::Named("User".into())
        );
        assert_eq!(x.spec.types["AuthUserLoginOutput"].fields.len(), 5);
        let e = &o.examples[0];
        assert_eq!(
            (e.of, e.kind, e.status, e.line),
            (ExampleOf::Request, SampleKind::Real, None, 981)
        );
        assert!(e.raw.is_none());
        let json = e.json.clone().unwrap_or_default();
        assert_eq!(json["header"]["target"], "auth.user.Login");
        assert_eq!(json["body"]["data"]["list_projects"], true);
    }

    #[test]
    fn types_and_defaults() {
        let x = real();
        // A `LIST of struct` with nested fields.
        let o = op(&x, "activity.event.GetUnreadCount");
        let out = &o.responses[0].ty;
        let Some(TypeRef::Named(out)) = out else {
            panic!("{out:?}")
        };
        let total = field(&x, out, "total_unread");
        assert_eq!(
            total.ty.to_string(),
            "{list: ActivityEventGetUnreadCountOutputTotalUnreadItem}"
        );
        let item = &x.spec.types["ActivityEventGetUnreadCountOutputTotalUnreadItem"];
        let names: Vec<&str> = item.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "project_id",
                "total",
                "document",
                "task",
                "calendar",
                "meeting"
            ]
        );
        assert_eq!(item.fields[0].line, Some(1525));
        // `int list`.
        let csv = op(&x, "activity.event.ExportAsCSV");
        assert_eq!(
            param(csv, "project_id_list").ty.to_string(),
            "{list: integer}"
        );
        assert_eq!(param(csv, "type_list").default, Some(serde_json::json!([])));
        assert_eq!(
            param(csv, "csv_enclosure").default,
            Some(serde_json::json!("\""))
        );
        assert_eq!(
            param(csv, "csv_delimiter").default,
            Some(serde_json::json!(";"))
        );
        let min = param(csv, "min_date");
        assert_eq!((min.required, min.default.clone()), (false, None));
        // A PHP class type.
        let int = x
            .spec
            .operations
            .iter()
            .flat_map(|o| &o.params)
            .find(|p| p.name == "integration_attachment")
            .map(|p| p.ty.clone());
        assert_eq!(
            int,
            Some(TypeRef::Named(
                "Wimi\\WApi\\Parameter\\WapiParamIntegrationAttachment".into()
            ))
        );
        // PHP dumps.
        let filters: Vec<&Param> = x
            .spec
            .operations
            .iter()
            .flat_map(|o| &o.params)
            .filter(|p| p.name == "filters" && p.line == Some(3419))
            .collect();
        assert_eq!(filters[0].default, Some(serde_json::json!([1])));
        assert_eq!(filters[0].ty.to_string(), "{list: integer}");
        let copy = op(&x, "calendar.event.CopyEventList");
        let rec = param(copy, "recurrence_id_list");
        assert_eq!(rec.default, Some(serde_json::json!({})));
        assert_eq!(rec.ty.to_string(), "{list: any}");
        assert!(has(
            &x,
            "default `stdClass Object ( )` does not fit the type `{list: any}`"
        ));
        // Notes go into the parameter doc.
        let notes = x
            .spec
            .operations
            .iter()
            .flat_map(|o| &o.params)
            .find(|p| p.name == "comment_id" && p.doc.is_some())
            .and_then(|p| p.doc.clone());
        assert_eq!(
            notes.as_deref(),
            Some("(parameter needs to be owned by api user)")
        );
        // A struct without children; `- name: description` items.
        let create = op(&x, "calendar.event.Create");
        assert_eq!(param(create, "event").ty.to_string(), "{map: any}");
        let members = param(op(&x, "chat.chat.AddMembers"), "member_id_list");
        assert_eq!(
            members.ty.to_string(),
            "{list: ChatChatAddMembersMemberIdListItem}"
        );
        let m = &x.spec.types["ChatChatAddMembersMemberIdListItem"].fields;
        assert_eq!((m[0].name.as_str(), &m[0].ty), ("member_id", &TypeRef::ANY));
        assert_eq!(m[0].doc.as_deref(), Some("id of the member"));
        // `can be missing - can be null` on an output field.
        let silent = x
            .spec
            .types
            .values()
            .flat_map(|t| &t.fields)
            .find(|f| f.name == "silent_until")
            .cloned();
        assert!(silent.is_some_and(|f| f.optional && f.nullable && f.doc.is_none()));
        // A URL other than the base URL.
        let att = op(&x, "calendar.event.AddExternalAttachment");
        assert_eq!(att.metadata["url"], "https://api.files.wimi.pro");
        assert_eq!(
            att.metadata["agenda restrictions"],
            "Read-only (1)Read-write (2) / X"
        );
        assert!(
            att.metadata["call type"].contains("X-Wimi-WApi http header of the request.\nIt has")
        );
        assert!(att.unknown.contains(&"response".to_string()) && att.responses.is_empty());
        let push = &op(&x, "activity.event.ClearUnreadCount").metadata["push information"];
        assert_eq!(
            push,
            "Pushing to: Self / With target: activity.event.ClearUnreadCount / Stream value: \
             Pushing on all streams"
        );
    }

    #[test]
    fn cut_off_section() {
        let x = real();
        let last = op(&x, "document.directory.ConversationClearUnseen");
        assert!(!last.listed_only);
        assert_eq!(last.line, 8087);
        assert_eq!(
            last.doc.as_deref(),
            Some("Clear unseen count for conversation")
        );
        assert!(last.metadata.contains_key("push information"));
        assert!(last.metadata.contains_key("call type"));
        assert!(last.params.is_empty() && last.responses.is_empty() && last.examples.is_empty());
        let d = x
            .diags
            .iter()
            .find(|d| d.message.contains("is cut off by the capture"))
            .map(|d| (d.line, d.message.clone()));
        assert_eq!(
            d,
            Some((
                8107,
                "section `document.directory.ConversationClearUnseen` is cut off by the \
                 capture: its last line stops mid-text, and its role restrictions, `Header \
                 Identification:`, `Output:` and `Example:` are missing"
                    .into()
            ))
        );
    }

    #[test]
    fn bullets_and_defaults() {
        assert_eq!(
            parse_bullet("projects - LIST of Project - can be null"),
            Ok(Bullet::Typed(Typed {
                name: "projects",
                ty: "LIST of Project",
                default: None,
                flags: vec!["can be null"],
                notes: vec![],
            }))
        );
        assert_eq!(
            parse_bullet("comment_id - int (parameter needs to be owned by api user)"),
            Ok(Bullet::Typed(Typed {
                name: "comment_id",
                ty: "int",
                default: None,
                flags: vec![],
                notes: vec!["(parameter needs to be owned by api user)"],
            }))
        );
        assert_eq!(
            parse_bullet("x - int list Optional: Array ( [0] => 1 ) - can be null"),
            Ok(Bullet::Typed(Typed {
                name: "x",
                ty: "int list",
                default: Some("Array ( [0] => 1 )"),
                flags: vec!["can be null"],
                notes: vec![],
            }))
        );
        assert!(parse_bullet("no dash here").is_err());
        assert!(parse_bullet("x - ").is_err());
        assert!(parse_bullet("- a b: c").is_err());
        let v = |t: &str| match parse_default(t) {
            DefaultValue::Value(v) => Some(v),
            _ => None,
        };
        assert_eq!(v("Array ( [0] => 1 )"), Some(serde_json::json!([1])));
        assert_eq!(v("Array ( )"), Some(serde_json::json!([])));
        assert_eq!(v("stdClass Object ( )"), Some(serde_json::json!({})));
        assert_eq!(
            v("Array ( [0] => 1 [1] => Array ( [a] => b c ) )"),
            Some(serde_json::json!([1, {"a": "b c"}]))
        );
        assert_eq!(v("\"\"\""), Some(serde_json::json!("\"")));
        assert_eq!(v("30"), Some(serde_json::json!(30)));
        assert_eq!(parse_default("null"), DefaultValue::Null);
        assert_eq!(parse_default("Array ( [0] => "), DefaultValue::Unread);
        assert_eq!(parse_default("Array ( [0 => 1 )"), DefaultValue::Unread);
        assert_eq!(parse_default("maybe"), DefaultValue::Unread);
        assert_eq!(
            operation_id("a.b.ExportAsCSVAsync"),
            "a_b_export_as_csv_async"
        );
    }

    #[test]
    fn hostile_input_gives_diagnostics_not_panics() {
        let text = "T\n\nOverview\n\nuse https://x.test.\n\nActions List\n\nstray\n\
                    a.b.C Does c\na.b.C twice\n\nActions\n\n\
                    a.b.C\n\nDesc\n\nUrl:\n\nhttps://other.test\n\nRestrictions:\n\nRole restrictions:\n\n\
                    Header Identification:\n\n  • truncated -\n  • no dash\n  • s - struct\n  • y - wat Optional: maybe\n\
                    \x20 • deep - struct\n    • n - LIST of struct\n\nBody Data:\n\n  - not a bullet\n  • z - int Optional:\n\n\
                    Output:\n\n  • r - int - can be weird\n\nExample:\n\n{\"a\": \n\n\
                    x.y.Z\n\nOutput:\n\nOutput:\n\nExample:\n\nnope\n";
        let doc = Doc::new("t.txt", text);
        let x = extract(&doc, "t", "t");
        assert_eq!(x.spec.operations.len(), 3, "{:?}", x.spec.operations);
        assert_eq!(x.spec.operations[1].id, "a_b_c_2");
        for needle in [
            "found no ` - `",
            "a `struct` with no nested bullets",
            "unknown type `wat`",
            "neither JSON nor a PHP dump",
            "expected a `•` bullet",
            "expected a default after `Optional:`",
            "unknown flag `- can be weird`",
            "in the example",
            "not in the Actions List",
            "appears twice",
            "is not the base URL",
            "expected a table after `Role restrictions:`",
            "is cut off by the capture",
            "operation id `a_b_c` is taken by `a.b.C`",
            "expected `module.object.Action description`",
        ] {
            assert!(has(&x, needle), "{needle}: {:#?}", x.diags);
        }
        let deep: String = (0..40)
            .map(|i| format!("{}• f{i} - struct\n", " ".repeat(i + 2)))
            .collect();
        let doc = Doc::new(
            "d.txt",
            &format!(
                "Actions List\na.b.C\nActions\n\na.b.C\n\nOutput:\n\n{deep}\n{}\n",
                "  • l - ".to_string() + &"LIST of ".repeat(100) + "int"
            ),
        );
        let x = extract(&doc, "d", "d");
        assert!(has(&x, "nested more than"), "{:#?}", x.diags);
        for empty in ["", "\n\n", "Actions", "Actions List\nActions\n\nq.r.S\n"] {
            let x = extract(&Doc::new("e", empty), "e", "e");
            assert!(x.spec.validate().is_empty());
            if !empty.contains("List") {
                assert!(crate::diag::has_errors(&x.diags));
            }
        }
    }
}
