//! The extractor kit: what every extractor shares, in one place (as serde_derive hands one
//! `Ctxt` to every parser). An extractor is then only the rules of its format.
//!
//! - one diagnostics collector, one wording per kind of message ([`Kit::warn`],
//!   [`Kit::expected`], [`Kit::listed_twice`], [`Kit::json_warning`], [`Kit::nothing_found`]);
//! - the type-inference engine ([`Kit::infer`]) and fresh type names ([`Kit::fresh_type_name`]);
//! - unique operation ids ([`Kit::unique_id`]);
//! - the `ApiSpec` builder ([`Kit::spec`], [`Kit::finish`]), which also makes a document of
//!   which nothing extracts an error;
//! - for a document rendered from blocks ([`crate::read::blocks::Document::lowered`]), every
//!   line in the spec and the diagnostics mapped back to the original file ([`remap`]).

use std::collections::BTreeMap;

use chatgen_codegen::spec::{
    ApiSpec, Family, Location, Operation, Param, Primitive, Protocol, TypeRef, Unknown,
};

use super::Extracted;
use crate::diag::{Diagnostic, Severity};
use crate::normalise::infer::Infer;
use crate::read::Doc;
use crate::read::json::JsonError;

/// The shared state of one extraction.
pub struct Kit<'a> {
    /// The lines being read.
    pub doc: &'a Doc,
    /// Types inferred from samples (and the named types an extractor adds).
    pub infer: Infer<'a>,
    /// Problems met so far.
    pub diags: Vec<Diagnostic>,
    /// Operation ids given out.
    ids: Ids,
}

/// Operation ids given out, each with the operation that holds it (as messages name it),
/// so ids stay unique in one page ([`Kit::unique_id`]) or across the pages of a folder.
#[derive(Debug, Default)]
pub struct Ids(BTreeMap<String, String>);

impl Ids {
    /// `id` if no operation has it yet, else `id_2`, `id_3`, …; records the id given for
    /// `holder` (`` `Send` (line 1) ``) and returns it with the holder of `id` when it was
    /// taken.
    pub fn unique(&mut self, id: &str, holder: String) -> (String, Option<String>) {
        let mut unique = id.to_string();
        let mut n = 2;
        while self.0.contains_key(&unique) {
            unique = format!("{id}_{n}");
            n += 1;
        }
        let taken = self.0.get(id).filter(|_| unique != id).cloned();
        self.0.insert(unique.clone(), holder);
        (unique, taken)
    }

    /// The one wording of a renamed id.
    pub fn message(id: &str, taken_by: &str, name: &str, unique: &str) -> String {
        format!("operation id `{id}` is taken by {taken_by}; `{name}` gets `{unique}`")
    }
}

impl<'a> Kit<'a> {
    /// A kit for reading `doc`.
    pub fn new(doc: &'a Doc) -> Self {
        Self {
            doc,
            infer: Infer::new(&doc.file),
            diags: Vec::new(),
            ids: Ids::default(),
        }
    }

    /// A warning at `line`, with that line's text shown.
    pub fn warn(&mut self, line: u32, message: impl Into<String>) {
        let d = Diagnostic::warning(&self.doc.file, line, message).with_source(self.doc.line(line));
        self.diags.push(d);
    }

    /// An error at `line`, with that line's text shown.
    pub fn error(&mut self, line: u32, message: impl Into<String>) {
        let d = Diagnostic::error(&self.doc.file, line, message).with_source(self.doc.line(line));
        self.diags.push(d);
    }

    /// The one wording of a mismatch: "expected {expected}, found {found}; {outcome}".
    pub fn expected(&mut self, line: u32, expected: &str, found: &str, outcome: &str) {
        self.warn(
            line,
            format!("expected {expected}, found {found}; {outcome}"),
        );
    }

    /// The one wording of a repeat: "{what} is listed twice; the first is kept".
    pub fn listed_twice(&mut self, line: u32, what: &str) {
        self.warn(line, format!("{what} is listed twice; the first is kept"));
    }

    /// JSON the reader could not read: where, what was expected and found, and the outcome.
    pub fn json_warning(&mut self, e: &JsonError, place: &str, outcome: &str) {
        let d = self.doc.json_warning(e, place, outcome);
        self.diags.push(d);
    }

    /// The error for a document that has none of what the family reads.
    pub fn nothing_found(&mut self, expected: &str) {
        self.diags.push(Diagnostic::error(
            &self.doc.file,
            1,
            format!("expected {expected}, found none"),
        ));
    }

    /// A fresh name for a new type: `hint`, or `hint2`, `hint3`, … when taken.
    pub fn fresh_type_name(&self, hint: &str) -> String {
        self.infer.fresh_name(hint)
    }

    /// `id` if no operation has it yet, else `id_2`, `id_3`, … with a warning at `line`
    /// naming the operation that has it. Records the id given.
    pub fn unique_id(&mut self, id: &str, name: &str, line: u32) -> String {
        let (unique, taken) = self.ids.unique(id, format!("`{name}` (line {line})"));
        if let Some(holder) = taken {
            self.warn(line, Ids::message(id, &holder, name, &unique));
        }
        unique
    }

    /// Gives every operation a unique id, in order (see [`Self::unique_id`]).
    pub fn unique_ids(&mut self, operations: &mut [Operation]) {
        for op in operations {
            op.id = self.unique_id(&op.id.clone(), &op.name.clone(), op.line);
        }
    }

    /// An empty spec of `family` with the given header facts; fill it, then [`Self::finish`].
    pub fn spec(&self, api: &str, source: &str, family: Family, protocol: Protocol) -> ApiSpec {
        ApiSpec {
            api: api.to_string(),
            source: source.to_string(),
            family,
            protocol,
            ..ApiSpec::default()
        }
    }

    /// The extraction's result: the spec with the inferred types, every diagnostic. A spec
    /// without operations is an error (unless one was already reported).
    pub fn finish(mut self, mut spec: ApiSpec) -> Extracted {
        if spec.operations.is_empty() && !self.diags.iter().any(|d| d.severity == Severity::Error) {
            self.nothing_found("at least one operation");
        }
        spec.types = std::mem::take(&mut self.infer.types);
        let mut diags = self.diags;
        diags.extend(self.infer.diags);
        Extracted { spec, diags }
    }
}

/// Words left out of ids made from a sentence.
const STOP_WORDS: [&str; 12] = [
    "a", "an", "the", "for", "of", "in", "to", "by", "on", "with", "and", "from",
];

/// One token (an operationId such as `getCycleById`, a tag such as `chatrooms`).
pub fn is_token(t: &str) -> bool {
    !t.is_empty() && !t.contains(char::is_whitespace) && !t.ends_with(':')
}

/// A snake_case operation id from a title: a token as it is (`getCycleById` →
/// `get_cycle_by_id`), a sentence by its first four content words (`Returns a specific
/// chatroom searched by eventID` → `returns_specific_chatroom_searched`), at most 60
/// characters, `op_` before a leading digit. `None` when the title gives none (a title in
/// another script).
pub fn title_id(title: &str) -> Option<String> {
    use heck::ToSnakeCase;
    let id = if is_token(title) {
        title.to_snake_case()
    } else {
        title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !STOP_WORDS.contains(&w.to_lowercase().as_str()))
            .take(4)
            .collect::<Vec<_>>()
            .join(" ")
            .to_snake_case()
    };
    let id: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let id = id.trim_matches('_').to_string();
    if id.is_empty() || !title.is_ascii() {
        None
    } else if id.starts_with(|c: char| c.is_ascii_digit()) {
        Some(format!("op_{id}"))
    } else {
        Some(
            id.chars()
                .take(60)
                .collect::<String>()
                .trim_end_matches('_')
                .to_string(),
        )
    }
}

/// The `type_cue` of a path parameter known only from a `{placeholder}` in the route.
pub const ROUTE_PLACEHOLDER: &str = "route placeholder";

/// The API name a file's stem gives when none is given: snake_case ASCII starting with a
/// letter (`4_adminapi` → `adminapi`, `Server API` → `server_api`); `api` when the stem has
/// no letter, `<name>_api` when the name is a Rust keyword.
pub fn api_name_from_stem(stem: &str) -> String {
    use heck::ToSnakeCase;
    let snake: String = stem
        .to_snake_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let name = snake
        .trim_start_matches(|c: char| !c.is_ascii_lowercase())
        .trim_end_matches('_');
    let mut out = String::new();
    for c in name.chars() {
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    if out.is_empty() {
        return "api".to_string();
    }
    if chatgen_codegen::names::ident(&out, chatgen_codegen::names::Case::Snake) != out {
        out.push_str("_api");
    }
    out
}

/// Every `{placeholder}` of `op`'s route that no path parameter documents becomes a
/// required path parameter of unknown type: a string with `type_cue: route placeholder`,
/// listed in the operation's `unknown` (`type of path parameter `x``), placed after the
/// documented path parameters, at `line`. Returns the names added (the caller says so where
/// the doc should have listed them).
pub fn placeholder_params(op: &mut Operation, line: Option<u32>) -> Vec<String> {
    let Some(route) = op.route.clone() else {
        return Vec::new();
    };
    let mut added = Vec::new();
    for name in route.placeholders() {
        if op
            .params
            .iter()
            .any(|p| p.location == Location::Path && p.name == name)
        {
            continue;
        }
        let at = op
            .params
            .iter()
            .position(|p| p.location != Location::Path)
            .unwrap_or(op.params.len());
        op.params.insert(
            at,
            Param {
                name: name.to_string(),
                location: Location::Path,
                ty: TypeRef::Primitive(Primitive::String),
                required: true,
                type_cue: Some(ROUTE_PLACEHOLDER.into()),
                line,
                ..Param::default()
            },
        );
        op.unknown.push(Unknown::PathParamType(name.to_string()));
        added.push(name.to_string());
    }
    added
}

/// Maps every line of `out` (read from `lowered`, a rendering of `source`) back to the
/// original file: spec lines and diagnostics; a diagnostic shows the original line.
pub fn remap(out: &mut Extracted, lowered: &Doc, source: &Doc) {
    if lowered.origin.is_empty() {
        return;
    }
    let map = |n: u32| lowered.origin_line(n);
    let spec = &mut out.spec;
    spec.auth.line = spec.auth.line.map(map);
    for op in &mut spec.operations {
        op.line = map(op.line);
        for p in &mut op.params {
            p.line = p.line.map(map);
        }
        if let Some(b) = &mut op.body {
            b.line = b.line.map(map);
        }
        for r in &mut op.responses {
            r.line = r.line.map(map);
        }
        for e in &mut op.examples {
            e.line = map(e.line);
        }
    }
    for t in spec.types.values_mut() {
        t.line = t.line.map(map);
        for f in t.fields_mut() {
            f.line = f.line.map(map);
        }
    }
    for d in &mut out.diags {
        if d.line > 0 {
            let was = lowered.line(d.line).to_string();
            d.line = map(d.line);
            let now = source.line(d.line);
            if now != was {
                d.column = None;
            }
            if d.source_line.is_some() {
                d.source_line = Some(now.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file name that is no snake_case name (`4_adminapi.md`) still gives a valid API name.
    #[test]
    fn api_names_from_file_stems() {
        for (stem, api) in [
            ("4_adminapi", "adminapi"),
            ("server_api", "server_api"),
            ("apprise-api-README", "apprise_api_readme"),
            ("Server API", "server_api"),
            ("2024", "api"),
            ("__x__y", "x_y"),
            ("type", "type_api"),
        ] {
            assert_eq!(api_name_from_stem(stem), api, "{stem}");
        }
    }

    #[test]
    fn ids_from_titles() {
        assert_eq!(title_id("getCycleById").as_deref(), Some("get_cycle_by_id"));
        assert_eq!(
            title_id("Returns a specific chatroom searched by eventID.").as_deref(),
            Some("returns_specific_chatroom_searched")
        );
        assert_eq!(title_id("2FA setup").as_deref(), Some("op_2fa_setup"));
        assert_eq!(title_id("Получить список"), None);
        assert_eq!(title_id("..."), None);
    }

    #[test]
    fn ids_are_unique_and_said_once() {
        let doc = Doc::new("d.txt", "a\nb\nc\n");
        let mut kit = Kit::new(&doc);
        assert_eq!(kit.unique_id("send", "Send", 1), "send");
        assert_eq!(kit.unique_id("send", "Send again", 2), "send_2");
        assert_eq!(kit.unique_id("send", "Send more", 3), "send_3");
        assert_eq!(kit.diags.len(), 2);
        assert_eq!(
            kit.diags[0].message,
            "operation id `send` is taken by `Send` (line 1); `Send again` gets `send_2`"
        );
        let out = kit.finish(ApiSpec::default());
        assert!(
            out.diags
                .iter()
                .any(|d| d.message == "expected at least one operation, found none")
        );
    }
}
