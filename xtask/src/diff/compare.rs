//! The comparison itself: top level, types (renames first), operations (renames by route or
//! target), parameters, bodies, responses and the client method each operation becomes.

use std::collections::{BTreeMap, BTreeSet};

use chatgen_codegen::spec::{
    ApiSpec, Auth, AuthScheme, Field, Location, Operation, Param, Primitive, Response, TypeDef,
    TypeRef,
};

use chatgen_codegen::model::{Call, TypeKind, counts_as_success};

use super::side::Side;
use super::{Change, Class, Kind};

/// Every change from `old` to `new`, in spec order (top level, operations, types).
pub(super) fn compare(old: &ApiSpec, new: &ApiSpec) -> Vec<Change> {
    let renames = type_renames(old, new);
    // The old spec in the new spec's type names, so that a renamed type is reported once;
    // and with the new ids of renamed operations, so that each is compared with its new
    // self.
    let mut old_r = renamed(old, &renames);
    let op_renames = operation_renames(&old_r, new);
    for op in &mut old_r.operations {
        if let Some((to, _)) = op_renames.iter().find(|(_, from)| **from == op.id) {
            op.id.clone_from(to);
        }
    }
    let mut cx = Cx {
        old: &old_r,
        new,
        ro: Side::of(&old_r),
        rn: Side::of(new),
        original: Side::of(old),
        op_renames,
        usage: usage(&old_r).merge(usage(new)),
        out: Vec::new(),
    };
    cx.top_level();
    cx.operations();
    cx.types(&renames);
    cx.out
}

struct Cx<'a> {
    /// The old spec, in the new spec's names of renamed types and operations.
    old: &'a ApiSpec,
    new: &'a ApiSpec,
    /// The model of `old`.
    ro: Side<'a>,
    /// The model of `new`.
    rn: Side<'a>,
    /// The model of the old spec as it is, for the names renamed things had.
    original: Side<'a>,
    /// Renamed operations: new id → old id.
    op_renames: BTreeMap<String, String>,
    usage: Usage,
    out: Vec<Change>,
}

/// The doc-change note for override keys that changed, if they did.
fn override_note(old: &[String], new: &[String]) -> Option<String> {
    (old != new).then(|| {
        format!(
            "keys from the override [{}] → [{}]",
            old.join(", "),
            new.join(", ")
        )
    })
}

fn change(class: Class, kind: Kind, at: impl Into<String>, message: impl Into<String>) -> Change {
    Change {
        class,
        kind,
        at: at.into(),
        message: message.into(),
        rust: None,
        old_line: None,
        new_line: None,
    }
}

impl Change {
    fn rust(mut self, text: impl Into<String>) -> Self {
        self.rust = Some(text.into());
        self
    }

    fn lines(mut self, old: Option<u32>, new: Option<u32>) -> Self {
        self.old_line = old;
        self.new_line = new;
        self
    }
}

fn code(s: &str) -> String {
    format!("`{s}`")
}

fn opt_text(v: Option<&str>) -> String {
    v.map_or_else(|| "none".to_string(), code)
}

// ---------------------------------------------------------------------------------------------
// Top level

impl Cx<'_> {
    /// One doc-only change at `at` listing `notes` (`label: a; b`), when there are any.
    fn push_doc_notes(
        &mut self,
        at: &str,
        label: &str,
        notes: Vec<String>,
        lines: (Option<u32>, Option<u32>),
    ) {
        if !notes.is_empty() {
            self.out.push(
                change(
                    Class::Doc,
                    Kind::DocChanged,
                    at,
                    format!("{label}: {}", notes.join("; ")),
                )
                .lines(lines.0, lines.1),
            );
        }
    }

    fn top_level(&mut self) {
        let (o, n) = (self.old, self.new);
        for (key, a, b) in [
            ("title", Some(o.title.as_str()), Some(n.title.as_str())),
            ("doc", o.doc.as_deref(), n.doc.as_deref()),
            ("source", Some(o.source.as_str()), Some(n.source.as_str())),
            ("family", Some(o.family.as_str()), Some(n.family.as_str())),
        ] {
            if a != b {
                self.out.push(change(
                    Class::Doc,
                    Kind::DocChanged,
                    "api",
                    format!("{key} changed: {} → {}", short(a), short(b)),
                ));
            }
        }
        if o.from_override != n.from_override {
            self.out.push(change(
                Class::Doc,
                Kind::DocChanged,
                "api",
                format!(
                    "keys from the override: [{}] → [{}]",
                    o.from_override.join(", "),
                    n.from_override.join(", ")
                ),
            ));
        }
        self.protocol();
        self.auth(&o.auth, &n.auth);
        match (&o.base_url, &n.base_url) {
            (a, b) if a == b => {}
            (None, Some(b)) => self.out.push(
                change(
                    Class::Additive,
                    Kind::BaseUrlChanged,
                    "api",
                    format!("base URL given: {}", code(b)),
                )
                .rust("none: `Client::new` takes the base URL from the caller"),
            ),
            (Some(a), None) => self.out.push(
                change(
                    Class::Doc,
                    Kind::BaseUrlChanged,
                    "api",
                    format!("base URL {} no longer given", code(a)),
                )
                .rust("none: `Client::new` takes the base URL from the caller"),
            ),
            (a, b) => self.out.push(
                change(
                    Class::Breaking,
                    Kind::BaseUrlChanged,
                    "api",
                    format!(
                        "base URL {} → {}",
                        opt_text(a.as_deref()),
                        opt_text(b.as_deref())
                    ),
                )
                .rust("none in the code; callers that pass the documented URL to `Client::new` must change it"),
            ),
        }
        if o.base_path != n.base_path {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::BasePathChanged,
                    "api",
                    format!(
                        "base path {} → {}",
                        opt_text(o.base_path.as_deref()),
                        opt_text(n.base_path.as_deref())
                    ),
                )
                .rust("the client calls every method under the new path; older clients call the old one"),
            );
        }
        if o.version != n.version {
            let wire = n.protocol.envelope().is_some_and(|e| e.version.is_some());
            let c = change(
                if wire { Class::Breaking } else { Class::Doc },
                Kind::VersionChanged,
                "api",
                format!(
                    "API version {} → {}",
                    opt_text(o.version.as_deref()),
                    opt_text(n.version.as_deref())
                ),
            );
            self.out.push(if wire {
                c.rust("every call sends the new `api_version`; older clients send the old one")
            } else {
                c
            });
        }
    }

    /// How calls travel and answers read: transport, answer shape, the error type.
    fn protocol(&mut self) {
        let (o, n) = (&self.old.protocol, &self.new.protocol);
        if (o.transport, &o.rpc) != (n.transport, &n.rpc) {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ProtocolChanged,
                    "api.protocol",
                    format!(
                        "calls: {} {} → {} {}",
                        json(&o.transport),
                        json(&o.rpc),
                        json(&n.transport),
                        json(&n.rpc)
                    ),
                )
                .rust("the client sends every call the new way; older clients the old way"),
            );
        }
        // No answer shape and the default one are the same: the body is the result.
        let shape = |a: &Option<chatgen_codegen::spec::Answer>| {
            a.clone()
                .map(|mut a| {
                    a.error_type = None;
                    a
                })
                .filter(|a| *a != chatgen_codegen::spec::Answer::default())
        };
        if shape(&o.answer) != shape(&n.answer) {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ProtocolChanged,
                    "api.protocol.answer",
                    format!(
                        "answers: {} → {}",
                        json(&shape(&o.answer)),
                        json(&shape(&n.answer))
                    ),
                )
                .rust("no Rust change; the client reads answers the new way, older clients the old way"),
            );
        }
        let error = |a: &Option<chatgen_codegen::spec::Answer>| {
            a.as_ref().and_then(|a| a.error_type.clone())
        };
        if error(&o.answer) != error(&n.answer) {
            let show =
                |e: Option<String>| e.map_or_else(|| "each operation's".into(), |e| code(&e));
            let rust_of = |side: &Side<'_>| {
                side.model.error_type.as_ref().map_or_else(
                    || "each operation's documented error type".to_string(),
                    |e| format!("`Error<{e}>`"),
                )
            };
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ProtocolChanged,
                    "api.protocol.answer.error_type",
                    format!(
                        "error type {} → {}",
                        show(error(&o.answer)),
                        show(error(&n.answer))
                    ),
                )
                .rust(format!(
                    "every method's error is {} instead of {}",
                    rust_of(&self.rn),
                    rust_of(&self.ro)
                )),
            );
        }
    }

    /// The credentials: the client's setters and where each sends its value.
    fn auth(&mut self, o: &Auth, n: &Auth) {
        let lines = (o.line, n.line);
        let (so, sn) = (self.ro.setters(), self.rn.setters());
        let gone: Vec<&(String, String)> = so
            .iter()
            .filter(|(s, _)| !sn.iter().any(|(t, _)| t == s))
            .collect();
        let added: Vec<&(String, String)> = sn
            .iter()
            .filter(|(s, _)| !so.iter().any(|(t, _)| t == s))
            .collect();
        let message = if o.scheme != n.scheme {
            format!("auth scheme {} → {}", scheme(o.scheme), scheme(n.scheme))
        } else {
            "credentials change".to_string()
        };
        let list = |v: &[&(String, String)]| {
            v.iter()
                .map(|(s, _)| code(s))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut reported = false;
        if !gone.is_empty() || !added.is_empty() {
            let (class, rust) = match (gone.is_empty(), added.is_empty()) {
                (false, false) => (
                    Class::Breaking,
                    format!("{} is gone; {} replaces it", list(&gone), list(&added)),
                ),
                (false, true) => (Class::Breaking, format!("{} is gone", list(&gone))),
                (true, false) if so.is_empty() => (
                    Class::Breaking,
                    format!("new {}; calls without it may now be refused", list(&added)),
                ),
                (true, _) => (Class::Additive, format!("new {}", list(&added))),
            };
            self.out.push(
                change(class, Kind::AuthChanged, "api.auth", message.clone())
                    .rust(rust)
                    .lines(lines.0, lines.1),
            );
            reported = true;
        }
        for (setter, before) in &so {
            let Some((_, after)) = sn.iter().find(|(t, _)| t == setter) else {
                continue;
            };
            if before != after {
                self.out.push(
                    change(
                        Class::Breaking,
                        Kind::AuthChanged,
                        "api.auth",
                        format!("`{setter}` sends its value {after}, not {before}"),
                    )
                    .rust("no Rust change; the client sends the credential in the new place, older clients in the old one")
                    .lines(lines.0, lines.1),
                );
                reported = true;
            }
        }
        if o.scheme != n.scheme && !reported {
            self.out.push(
                change(Class::Doc, Kind::DocChanged, "api.auth", message).lines(lines.0, lines.1),
            );
        }
        if o.names != n.names {
            self.out.push(
                change(
                    Class::Doc,
                    Kind::DocChanged,
                    "api.auth",
                    format!(
                        "scheme names [{}] → [{}]",
                        o.names.join(", "),
                        n.names.join(", ")
                    ),
                )
                .lines(lines.0, lines.1),
            );
        }
    }
}

/// The spec's name of an auth scheme.
fn scheme(s: AuthScheme) -> String {
    serde_json::to_value(s)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A value as compact JSON, for messages.
fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// A text for messages: short ones whole, long ones cut.
fn short(s: Option<&str>) -> String {
    match s {
        None => "none".into(),
        Some(s) => {
            let line = s.lines().next().unwrap_or_default();
            let cut: String = line.chars().take(60).collect();
            if cut.len() < s.len() {
                format!("`{cut}…`")
            } else {
                code(&cut)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Operations

/// What identifies an operation besides its id: its route, or its RPC target.
fn op_key(op: &Operation) -> Option<String> {
    match (&op.route, &op.rpc) {
        (Some(r), _) => Some(format!("{} {}", r.method, r.path)),
        (None, Some(r)) => Some(format!("rpc {}", r.target)),
        (None, None) => None,
    }
}

fn where_(op: &Operation) -> String {
    op_key(op).map_or_else(String::new, |k| {
        format!(" ({})", k.strip_prefix("rpc ").unwrap_or(&k))
    })
}

/// Operations renamed (new id → old id): a removed and an added operation with the same
/// route or target.
fn operation_renames(old: &ApiSpec, new: &ApiSpec) -> BTreeMap<String, String> {
    let old_ids: BTreeSet<&str> = old.operations.iter().map(|o| o.id.as_str()).collect();
    let new_ids: BTreeSet<&str> = new.operations.iter().map(|o| o.id.as_str()).collect();
    let mut renames = BTreeMap::new();
    let mut taken: BTreeSet<&str> = BTreeSet::new();
    for n in new
        .operations
        .iter()
        .filter(|n| !old_ids.contains(n.id.as_str()))
    {
        let Some(key) = op_key(n) else { continue };
        let found = old.operations.iter().find(|o| {
            !new_ids.contains(o.id.as_str())
                && !taken.contains(o.id.as_str())
                && op_key(o).as_deref() == Some(key.as_str())
        });
        if let Some(o) = found {
            taken.insert(o.id.as_str());
            renames.insert(n.id.clone(), o.id.clone());
        }
    }
    renames
}

impl Cx<'_> {
    fn operations(&mut self) {
        let new_ids: BTreeSet<&str> = self.new.operations.iter().map(|o| o.id.as_str()).collect();
        let (old, new) = (self.old, self.new);
        // Renamed operations carry their new id in `old`: only the others are gone.
        for o in old
            .operations
            .iter()
            .filter(|o| !new_ids.contains(o.id.as_str()))
        {
            self.operation_removed(o);
        }
        for n in &new.operations {
            let Some(o) = old.operations.iter().find(|o| o.id == n.id) else {
                self.operation_added(n);
                continue;
            };
            if let Some(from) = self.op_renames.get(&n.id).cloned() {
                self.operation_renamed(&from, o, n);
            }
            self.operation(o, n);
        }
    }

    fn operation_removed(&mut self, o: &Operation) {
        let mut gone = Vec::new();
        if self.ro.call(o).is_some() {
            gone.push(code(&self.ro.method(o)));
        }
        if let Some(r) = self.ro.request(o) {
            gone.push(code(&r.name));
        }
        let rust = if gone.is_empty() {
            "none (it had no method: its route was unknown)".to_string()
        } else {
            format!("{} gone", gone.join(" and "))
        };
        self.out.push(
            change(
                Class::Breaking,
                Kind::OperationRemoved,
                o.id.clone(),
                format!("operation `{}` removed{}", o.id, where_(o)),
            )
            .rust(rust)
            .lines(Some(o.line), None),
        );
    }

    /// `o` (with the new id) was operation `from` of the old spec.
    fn operation_renamed(&mut self, from: &str, o: &Operation, n: &Operation) {
        let Some(before) = self.original.spec.operations.iter().find(|x| x.id == from) else {
            return;
        };
        let mut rust = vec![format!(
            "`{}` is now `{}`",
            self.original.method(before),
            self.rn.method(n)
        )];
        if let (Some(a), Some(b)) = (self.original.request(before), self.rn.request(n)) {
            rust.push(format!("`{}` is now `{}`", a.name, b.name));
        }
        self.out.push(
            change(
                Class::Breaking,
                Kind::OperationRenamed,
                n.id.clone(),
                format!("operation `{from}` renamed to `{}`{}", n.id, where_(n)),
            )
            .rust(rust.join("; "))
            .lines(Some(o.line), Some(n.line)),
        );
    }

    fn operation_added(&mut self, n: &Operation) {
        let rust = if self.rn.call(n).is_some() {
            format!("new method `{}`", self.rn.signature(n))
        } else if let Some(r) = self.rn.request(n) {
            format!("new `{}`; no method until its route is known", r.name)
        } else {
            "none until its route is known".to_string()
        };
        self.out.push(
            change(
                Class::Additive,
                Kind::OperationAdded,
                n.id.clone(),
                format!("operation `{}` added{}", n.id, where_(n)),
            )
            .rust(rust)
            .lines(None, Some(n.line)),
        );
    }
    /// One operation present on both sides (`o` already carries the new id).
    fn operation(&mut self, o: &Operation, n: &Operation) {
        let at = n.id.clone();
        let lines = (Some(o.line), Some(n.line));
        let doc = |what: String| {
            change(Class::Doc, Kind::DocChanged, at.clone(), what).lines(lines.0, lines.1)
        };
        if o.name != n.name {
            self.out.push(doc(format!(
                "`{at}`: name {} → {}",
                code(&o.name),
                code(&n.name)
            )));
        }
        if o.doc != n.doc {
            self.out
                .push(doc(format!("`{at}`: {}", reworded(&o.doc, &n.doc))));
        }
        if o.tag != n.tag {
            self.out.push(doc(format!(
                "`{at}`: tag {} → {}",
                opt_text(o.tag.as_deref()),
                opt_text(n.tag.as_deref())
            )));
        }
        let ex = |op: &Operation| -> Vec<(String, Option<String>, Option<serde_json::Value>)> {
            op.examples
                .iter()
                .map(|e| (format!("{:?}", e.of), e.raw.clone(), e.json.clone()))
                .collect()
        };
        if ex(o) != ex(n) {
            let count = if o.examples.len() == n.examples.len() {
                String::new()
            } else {
                format!(" ({} → {})", o.examples.len(), n.examples.len())
            };
            self.out
                .push(doc(format!("`{at}`: examples changed{count}")));
        }
        for (what, a, b) in [
            ("events", &o.events, &n.events),
            ("keys from the override", &o.from_override, &n.from_override),
        ] {
            if a != b {
                self.out.push(doc(format!(
                    "`{at}`: {what} [{}] → [{}]",
                    a.join(", "),
                    b.join(", ")
                )));
            }
        }
        if o.metadata != n.metadata {
            self.out.push(doc(format!("`{at}`: metadata changed")));
        }
        let facts = |op: &Operation| -> Vec<String> {
            op.unknown
                .iter()
                .filter(|u| *u != "route" && *u != "response")
                .cloned()
                .collect()
        };
        if facts(o) != facts(n) {
            self.out.push(doc(format!(
                "`{at}`: unknown [{}] → [{}]",
                facts(o).join(", "),
                facts(n).join(", ")
            )));
        }
        if o.listed_only != n.listed_only {
            self.out.push(doc(format!(
                "`{at}`: {}",
                if n.listed_only {
                    "now only listed (no details)"
                } else {
                    "now documented in detail"
                }
            )));
        }
        let (so, sn) = (self.ro.call(o).cloned(), self.rn.call(n).cloned());
        self.route(o, n, so.as_ref(), sn.as_ref());
        if o.auth != n.auth {
            let needs = n.auth != Some(false);
            self.out.push(
                change(
                    if needs { Class::Breaking } else { Class::Additive },
                    Kind::OperationAuthChanged,
                    at.clone(),
                    if needs {
                        format!("`{at}` now takes the credential")
                    } else {
                        format!("`{at}` no longer takes the credential")
                    },
                )
                .rust(if needs {
                    "no Rust change; the client now sends the credential, and a call without one may be refused"
                } else {
                    "no Rust change; the client no longer sends the credential"
                })
                .lines(lines.0, lines.1),
            );
        }
        self.paging(o, n);
        self.params(o, n);
        self.body(o, n);
        let explained = self.responses(o, n, so.as_ref(), sn.as_ref());
        self.signature(o, n, so.as_ref(), sn.as_ref(), explained);
    }

    fn paging(&mut self, o: &Operation, n: &Operation) {
        let at = n.id.clone();
        let lines = (Some(o.line), Some(n.line));
        let (a, b) = (self.ro.stream(o), self.rn.stream(n));
        let c = match (&a, &b) {
            (None, Some(s)) => change(
                Class::Additive,
                Kind::PagingChanged,
                at.clone(),
                format!("`{at}` now pages"),
            )
            .rust(format!("new `{s}`")),
            (Some(s), None) => change(
                Class::Breaking,
                Kind::PagingChanged,
                at.clone(),
                format!("`{at}` no longer pages"),
            )
            .rust(format!("`{}` is gone", s.split(" -> ").next().unwrap_or(s))),
            (Some(x), Some(y)) if x != y => change(
                Class::Breaking,
                Kind::PagingChanged,
                at.clone(),
                format!("`{at}`: the paged items change"),
            )
            .rust(format!("`{x}` is now `{y}`")),
            _ => {
                let (p, q) = (
                    self.old.protocol.paging.get(&o.id),
                    self.new.protocol.paging.get(&n.id),
                );
                if p == q || (p.is_none() && q.is_none()) {
                    return;
                }
                change(
                    Class::Doc,
                    Kind::DocChanged,
                    at.clone(),
                    format!("`{at}`: paging {} → {}", json(&p), json(&q)),
                )
            }
        };
        self.out.push(c.lines(lines.0, lines.1));
    }

    fn route(&mut self, o: &Operation, n: &Operation, so: Option<&Call>, sn: Option<&Call>) {
        let at = n.id.clone();
        let lines = (Some(o.line), Some(n.line));
        let key = |op: &Operation| op_key(op).map(|k| k.replace("rpc ", "target "));
        let (ko, kn) = (key(o), key(n));
        if ko == kn {
            return;
        }
        let c = match (&ko, &kn, so.is_some(), sn.is_some()) {
            (None, Some(k), _, true) => change(
                Class::Additive,
                Kind::RouteAdded,
                at.clone(),
                format!("`{at}`: route now known: {k}"),
            )
            .rust(format!("new method `{}`", self.rn.signature(n))),
            (Some(k), None, true, _) => change(
                Class::Breaking,
                Kind::RouteRemoved,
                at.clone(),
                format!("`{at}`: route {k} no longer known"),
            )
            .rust(format!("`{}` is gone", self.ro.method(o))),
            (a, b, _, _) => {
                let kind = if o.route.is_some() || n.route.is_some() {
                    Kind::RouteChanged
                } else {
                    Kind::RpcChanged
                };
                change(
                    Class::Breaking,
                    kind,
                    at.clone(),
                    format!(
                        "`{at}`: {} → {}",
                        opt_text(a.as_deref()),
                        opt_text(b.as_deref())
                    ),
                )
                .rust(format!(
                    "no Rust change; `{}` calls the new {}, older clients the old one",
                    self.rn.method(n),
                    if kind == Kind::RouteChanged {
                        "route"
                    } else {
                        "target"
                    }
                ))
            }
        };
        self.out.push(c.lines(lines.0, lines.1));
    }

    fn params(&mut self, o: &Operation, n: &Operation) {
        // Pair by (location, name), then by name alone (a parameter that moved).
        let mut pairs: Vec<(Option<&Param>, Option<&Param>)> = Vec::new();
        let mut used: BTreeSet<usize> = BTreeSet::new();
        let mut matched_new: BTreeSet<usize> = BTreeSet::new();
        for p in &o.params {
            let exact =
                n.params.iter().enumerate().find(|(i, q)| {
                    !used.contains(i) && q.name == p.name && q.location == p.location
                });
            let by_name = || {
                n.params.iter().enumerate().find(|(i, q)| {
                    !used.contains(i)
                        && q.name == p.name
                        && !o
                            .params
                            .iter()
                            .any(|r| r.name == q.name && r.location == q.location)
                })
            };
            match exact.or_else(by_name) {
                Some((i, q)) => {
                    used.insert(i);
                    matched_new.insert(i);
                    pairs.push((Some(p), Some(q)));
                }
                None => pairs.push((Some(p), None)),
            }
        }
        for (i, q) in n.params.iter().enumerate() {
            if !matched_new.contains(&i) {
                pairs.push((None, Some(q)));
            }
        }
        for pair in pairs {
            match pair {
                (Some(p), None) => self.param_removed(o, p),
                (None, Some(q)) => self.param_added(o, n, q),
                (Some(p), Some(q)) => self.param(o, n, p, q),
                (None, None) => {}
            }
        }
    }

    fn param_added(&mut self, o: &Operation, n: &Operation, q: &Param) {
        let at = format!("{}.{}", n.id, q.name);
        let place = self.rn.param_struct(n, q);
        let wapi = self.rn.has_parts(n);
        let ty = self.rn.ty(&q.ty);
        let rust = match (&place, q.required, wapi) {
            (None, _, _) => "none here: the body type carries it".to_string(),
            (Some((s, id)), true, false) => format!(
                "`{s}::new(...)` takes a new argument `{id}: {ty}`{}",
                self.new_now(o, n)
            ),
            (Some((s, id)), true, true) => format!(
                "new field `{id}: {ty}` in `{s}` (required: code building `{s}` must set it)"
            ),
            (Some((s, id)), false, _) => format!("new field `{id}: {}` in `{s}`", ty.optional()),
        };
        self.out.push(
            change(
                if q.required {
                    Class::Breaking
                } else {
                    Class::Additive
                },
                Kind::ParamAdded,
                at,
                format!(
                    "{} parameter `{}` ({}) added to `{}`",
                    if q.required { "required" } else { "optional" },
                    q.name,
                    loc(q.location),
                    n.id
                ),
            )
            .rust(rust)
            .lines(None, q.line),
        );
    }

    fn param_removed(&mut self, o: &Operation, p: &Param) {
        let at = format!("{}.{}", o.id, p.name);
        let wapi = self.ro.has_parts(o);
        let rust = match self.ro.param_struct(o, p) {
            None => "none here: the body type carried it".to_string(),
            Some((s, id)) if p.required && !wapi => {
                format!("field `{id}` of `{s}` is gone, and `{s}::new(...)` loses that argument")
            }
            Some((s, id)) => format!("field `{id}` of `{s}` is gone"),
        };
        self.out.push(
            change(
                Class::Breaking,
                Kind::ParamRemoved,
                at,
                format!(
                    "parameter `{}` ({}) removed from `{}`",
                    p.name,
                    loc(p.location),
                    o.id
                ),
            )
            .rust(rust)
            .lines(p.line, None),
        );
    }

    fn param(&mut self, o: &Operation, n: &Operation, p: &Param, q: &Param) {
        let at = format!("{}.{}", n.id, q.name);
        let lines = (p.line, q.line);
        let place = self.rn.param_struct(n, q).map(|(s, _)| s);
        let wapi = self.rn.has_parts(n);
        let field = self.rn.param_field(n, q);
        let name = format!("parameter `{}` of `{}`", q.name, n.id);
        if p.location != q.location {
            let from = self.ro.param_struct(o, p).map(|(s, _)| s);
            let to = place.clone();
            let rust = if from == to {
                format!(
                    "no Rust change; it is sent in the {} instead of the {}, older clients send it in the old place",
                    loc(q.location),
                    loc(p.location)
                )
            } else {
                format!(
                    "`{field}` moves from {} to {}",
                    from.map_or_else(|| "the body type".to_string(), |s| code(&s)),
                    to.map_or_else(|| "the body type".to_string(), |s| code(&s))
                )
            };
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ParamMoved,
                    at.clone(),
                    format!("{name}: {} → {}", loc(p.location), loc(q.location)),
                )
                .rust(rust)
                .lines(lines.0, lines.1),
            );
        }
        if p.required != q.required {
            let s = place.clone().unwrap_or_else(|| "the body type".into());
            let (inner, opt) = (self.rn.ty(&q.ty), self.rn.ty(&q.ty).optional());
            let rust = match (q.required, wapi || place.is_none()) {
                (true, false) => format!(
                    "`{s}::new(...)` takes a new argument `{field}: {inner}`; the field is `{inner}`, not `{opt}`{}",
                    self.new_now(o, n)
                ),
                (false, false) => format!(
                    "`{s}::new(...)` loses the argument `{field}`; the field is `{opt}`, not `{inner}`"
                ),
                (true, true) => format!("field `{field}` of `{s}`: `{opt}` → `{inner}`"),
                (false, true) => format!("field `{field}` of `{s}`: `{inner}` → `{opt}`"),
            };
            self.out.push(
                change(
                    Class::Breaking,
                    if q.required {
                        Kind::ParamRequired
                    } else {
                        Kind::ParamOptional
                    },
                    at.clone(),
                    format!(
                        "{name} is now {}",
                        if q.required { "required" } else { "optional" }
                    ),
                )
                .rust(rust)
                .lines(lines.0, lines.1),
            );
        }
        if let Some(c) = self.type_change(&p.ty, &q.ty, true) {
            let s = place.unwrap_or_else(|| "the body type".into());
            let (a, b) = (self.ro.ty(&p.ty), self.rn.ty(&q.ty));
            let rust = if c.class == Class::Doc || a == b {
                format!("no Rust change (`{b}`)")
            } else {
                format!(
                    "field `{field}` of `{s}`: `{}` → `{}`",
                    a.member(!q.required, false),
                    b.member(!q.required, false)
                )
            };
            self.out.push(
                change(
                    c.class,
                    Kind::ParamTypeChanged,
                    at.clone(),
                    format!("{name}: type {} → {}{}", p.ty, q.ty, c.note),
                )
                .rust(rust)
                .lines(lines.0, lines.1),
            );
        }
        if p.default != q.default {
            let show = |v: &Option<serde_json::Value>| {
                v.as_ref()
                    .map_or_else(|| "none".to_string(), |v| code(&v.to_string()))
            };
            self.out.push(
                change(
                    Class::Doc,
                    Kind::ParamDefaultChanged,
                    at.clone(),
                    format!(
                        "{name}: default {} → {} (calls that omit it get the new default)",
                        show(&p.default),
                        show(&q.default)
                    ),
                )
                .lines(lines.0, lines.1),
            );
        }
        let wire = |p: &Param| {
            let mut text = format!(
                "`{}`{}",
                p.style().openapi_name(),
                if p.explode() { " exploded" } else { "" }
            );
            if p.allow_reserved {
                text.push_str(" with reserved characters");
            }
            text
        };
        if p.location == q.location && wire(p) != wire(q) {
            // The server reads the new layout; older clients write the old one.
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ParamStyleChanged,
                    at.clone(),
                    format!("{name}: written {} → {}", wire(p), wire(q)),
                )
                .rust("no Rust change; older clients write the old layout")
                .lines(lines.0, lines.1),
            );
        }
        self.range(&at, &name, p, q);
        let mut doc = Vec::new();
        if p.doc != q.doc {
            doc.push(reworded(&p.doc, &q.doc));
        }
        if p.type_cue != q.type_cue {
            doc.push(format!(
                "type cue {} → {}",
                opt_text(p.type_cue.as_deref()),
                opt_text(q.type_cue.as_deref())
            ));
        }
        doc.extend(override_note(&p.from_override, &q.from_override));
        self.push_doc_notes(&at, &name, doc, lines);
    }

    /// A documented range that narrows refuses calls that were valid.
    fn range(&mut self, at: &str, name: &str, p: &Param, q: &Param) {
        let num = |v: &Option<serde_json::Value>| v.as_ref().and_then(serde_json::Value::as_f64);
        for (bound, a, b, narrows) in [
            (
                "minimum",
                num(&p.minimum),
                num(&q.minimum),
                (|a: f64, b: f64| b > a) as fn(f64, f64) -> bool,
            ),
            ("maximum", num(&p.maximum), num(&q.maximum), |a, b| b < a),
        ] {
            let class = match (a, b) {
                (a, b) if a == b => continue,
                (None, Some(_)) => Class::Breaking,
                (Some(_), None) => Class::Additive,
                (Some(a), Some(b)) if narrows(a, b) => Class::Breaking,
                _ => Class::Additive,
            };
            let show = |v: Option<f64>| v.map_or_else(|| "none".to_string(), |v| v.to_string());
            let rust = if class == Class::Breaking {
                "no Rust change; values the old range allowed may now be refused"
            } else {
                "no Rust change; more values are accepted"
            };
            self.out.push(
                change(
                    class,
                    Kind::ParamRangeChanged,
                    at,
                    format!("{name}: {bound} {} → {}", show(a), show(b)),
                )
                .rust(rust)
                .lines(p.line, q.line),
            );
        }
    }

    fn body(&mut self, o: &Operation, n: &Operation) {
        let at = format!("{}.body", n.id);
        let req = self.rn.request_name(n);
        match (&o.body, &n.body) {
            (None, None) => {}
            (None, Some(b)) => self.out.push(
                change(
                    Class::Breaking,
                    Kind::BodyAdded,
                    at,
                    format!("`{}` now takes a request body of type {}", n.id, b.ty),
                )
                .rust(format!(
                    "`{req}` has a new member `body: {}`, an argument of `{req}::new(...)`",
                    self.rn.ty(&b.ty)
                ))
                .lines(None, b.line),
            ),
            (Some(b), None) => self.out.push(
                change(
                    Class::Breaking,
                    Kind::BodyRemoved,
                    at,
                    format!("`{}` no longer takes a request body", n.id),
                )
                .rust(format!(
                    "member `body` of `{}` is gone",
                    self.ro.request_name(o)
                ))
                .lines(b.line, None),
            ),
            (Some(a), Some(b)) => {
                if let Some(c) = self.type_change(&a.ty, &b.ty, true) {
                    let (x, y) = (self.ro.ty(&a.ty), self.rn.ty(&b.ty));
                    let rust = if x == y {
                        format!("no Rust change (`{y}`)")
                    } else {
                        format!("`{req}::new(...)` takes `body: {y}` instead of `{x}`")
                    };
                    self.out.push(
                        change(
                            c.class,
                            Kind::BodyTypeChanged,
                            at.clone(),
                            format!("body of `{}`: type {} → {}{}", n.id, a.ty, b.ty, c.note),
                        )
                        .rust(rust)
                        .lines(a.line, b.line),
                    );
                }
                if a.content_type != b.content_type {
                    self.out.push(
                        change(
                            Class::Breaking,
                            Kind::ContentTypeChanged,
                            at,
                            format!(
                                "body of `{}`: media type {} → {}",
                                n.id,
                                opt_text(a.content_type.as_deref()),
                                opt_text(b.content_type.as_deref())
                            ),
                        )
                        .rust("no Rust change; the server expects the body in another form")
                        .lines(a.line, b.line),
                    );
                }
            }
        }
    }

    /// Responses paired by status (in order within one status). Returns which of the
    /// method's success and error types the response changes already explain.
    fn responses(
        &mut self,
        o: &Operation,
        n: &Operation,
        so: Option<&Call>,
        sn: Option<&Call>,
    ) -> (bool, bool) {
        let (ok_changed, err_changed) = match (so, sn) {
            (Some(a), Some(b)) => (a.ok != b.ok, a.err != b.err),
            _ => (false, false),
        };
        let mut explained = (false, false);
        let status = |r: &Response| {
            r.status_text()
                .unwrap_or_else(|| "status not given".to_string())
        };
        let mut pairs: Vec<(Option<&Response>, Option<&Response>)> = Vec::new();
        let mut used = BTreeSet::new();
        for a in &o.responses {
            match n.responses.iter().enumerate().find(|(i, b)| {
                !used.contains(i) && (b.status, &b.statuses) == (a.status, &a.statuses)
            }) {
                Some((i, b)) => {
                    used.insert(i);
                    pairs.push((Some(a), Some(b)));
                }
                None => pairs.push((Some(a), None)),
            }
        }
        for (i, b) in n.responses.iter().enumerate() {
            if !used.contains(&i) {
                pairs.push((None, Some(b)));
            }
        }
        for (a, b) in pairs {
            let (r, op) = match (a, b) {
                (_, Some(b)) => (b, n),
                (Some(a), None) => (a, o),
                (None, None) => continue,
            };
            // The generator's rule: `default` is the success when no 2xx answer is listed.
            let success = counts_as_success(op, r);
            let (ok, err) = (
                |c: Option<&Call>| c.map(|c| c.ok.to_string()).unwrap_or_default(),
                |c: Option<&Call>| {
                    c.and_then(|c| c.err.as_ref())
                        .map(|e| e.to_string())
                        .unwrap_or_default()
                },
            );
            let method = self.rn.method(n);
            // The method-level effect, when this response explains it.
            let effect = |explained: &mut (bool, bool)| -> Option<String> {
                if success && ok_changed {
                    explained.0 = true;
                    Some(format!(
                        "`{method}` returns `{}` instead of `{}`",
                        ok(sn),
                        ok(so)
                    ))
                } else if !success && err_changed {
                    explained.1 = true;
                    Some(format!(
                        "`{method}`'s error body is `{}` instead of `{}`",
                        err(sn),
                        err(so)
                    ))
                } else {
                    None
                }
            };
            let at = format!("{}.responses.{}", n.id, status(r));
            let c = match (a, b) {
                (Some(a), None) => {
                    let rust = effect(&mut explained);
                    let class = if success || rust.is_some() {
                        Class::Breaking
                    } else {
                        Class::Additive
                    };
                    change(
                        class,
                        Kind::ResponseRemoved,
                        at,
                        format!(
                            "`{}`: response {} {}removed",
                            n.id,
                            status(a),
                            a.ty.as_ref()
                                .map_or_else(String::new, |t| format!("({t}) "))
                        ),
                    )
                    .rust(rust.unwrap_or_else(|| "no Rust change".into()))
                    .lines(a.line, None)
                }
                (None, Some(b)) => {
                    let rust = effect(&mut explained);
                    change(
                        if rust.is_some() {
                            Class::Breaking
                        } else {
                            Class::Additive
                        },
                        Kind::ResponseAdded,
                        at,
                        format!(
                            "`{}`: response {} {}added",
                            n.id,
                            status(b),
                            b.ty.as_ref()
                                .map_or_else(String::new, |t| format!("({t}) "))
                        ),
                    )
                    .rust(rust.unwrap_or_else(|| "no Rust change".into()))
                    .lines(None, b.line)
                }
                (Some(a), Some(b)) => {
                    if a.doc != b.doc {
                        self.out.push(
                            change(
                                Class::Doc,
                                Kind::DocChanged,
                                at.clone(),
                                format!(
                                    "`{}`: response {}: {}",
                                    n.id,
                                    status(b),
                                    reworded(&a.doc, &b.doc)
                                ),
                            )
                            .lines(a.line, b.line),
                        );
                    }
                    if a.content_type != b.content_type {
                        self.out.push(
                            change(
                                Class::Breaking,
                                Kind::ContentTypeChanged,
                                at.clone(),
                                format!(
                                    "`{}`: response {}: media type {} → {}",
                                    n.id,
                                    status(b),
                                    opt_text(a.content_type.as_deref()),
                                    opt_text(b.content_type.as_deref())
                                ),
                            )
                            .rust("no Rust change; the answer comes in another form, which the client may fail to decode")
                            .lines(a.line, b.line),
                        );
                    }
                    let change_ = match (&a.ty, &b.ty) {
                        (x, y) if x == y => None,
                        (Some(x), Some(y)) => self
                            .type_change(x, y, false)
                            .map(|c| (format!("{x} → {y}"), c.class)),
                        (x, y) => Some((
                            format!(
                                "{} → {}",
                                x.as_ref().map_or("no body".into(), ToString::to_string),
                                y.as_ref().map_or("no body".into(), ToString::to_string)
                            ),
                            Class::Breaking,
                        )),
                    };
                    let Some((what, class)) = change_ else {
                        continue;
                    };
                    let rust = effect(&mut explained);
                    let class = if rust.is_some() {
                        Class::Breaking
                    } else {
                        class
                    };
                    change(
                        class,
                        Kind::ResponseTypeChanged,
                        at,
                        format!("`{}`: response {}: {what}", n.id, status(b)),
                    )
                    .rust(rust.unwrap_or_else(|| "no Rust change".into()))
                    .lines(a.line, b.line)
                }
                (None, None) => continue,
            };
            self.out.push(c);
        }
        explained
    }

    /// The client method's signature, for what the changes above did not explain.
    fn signature(
        &mut self,
        o: &Operation,
        n: &Operation,
        so: Option<&Call>,
        sn: Option<&Call>,
        done: (bool, bool),
    ) {
        let (Some(so), Some(sn)) = (so, sn) else {
            return;
        };
        let at = n.id.clone();
        let lines = (Some(o.line), Some(n.line));
        let method = self.rn.method(n);
        if so.arg != sn.arg {
            let rust = match (&so.arg, &sn.arg) {
                (None, Some(r)) => format!("`{method}` takes a new argument `request: &{r}`"),
                (Some(r), None) => format!("`{method}` no longer takes `request: &{r}`"),
                (a, b) => format!(
                    "`{method}` takes `&{}` instead of `&{}`",
                    b.as_deref().unwrap_or_default(),
                    a.as_deref().unwrap_or_default()
                ),
            };
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::RequestChanged,
                    at.clone(),
                    format!("`{at}`: the method's request argument changes"),
                )
                .rust(rust)
                .lines(lines.0, lines.1),
            );
        }
        if so.ok != sn.ok && !done.0 {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ReturnTypeChanged,
                    at.clone(),
                    format!("`{at}`: the answer's type changes"),
                )
                .rust(format!(
                    "`{method}` returns `{}` instead of `{}`",
                    sn.ok, so.ok
                ))
                .lines(lines.0, lines.1),
            );
        }
        let error = |s: &ApiSpec| {
            s.protocol
                .answer
                .as_ref()
                .and_then(|a| a.error_type.clone())
        };
        // A protocol-wide error type change is reported once, at the top.
        let protocol_wide = error(self.old) != error(self.new);
        if so.err != sn.err && !done.1 && !protocol_wide {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ErrorTypeChanged,
                    at.clone(),
                    format!("`{at}`: the error body's type changes"),
                )
                .rust(format!(
                    "`{method}`'s error body is `{}` instead of `{}`",
                    sn.err.as_ref().map(ToString::to_string).unwrap_or_default(),
                    so.err.as_ref().map(ToString::to_string).unwrap_or_default()
                ))
                .lines(lines.0, lines.1),
            );
        }
    }
}

impl Cx<'_> {
    /// ` (now `XRequest::new(a: T, b: U)`)`, or nothing when there is no `new`; says so
    /// when the request type had no `new` and so implemented `Default`.
    fn new_now(&self, o: &Operation, op: &Operation) -> String {
        let Some(args) = self.rn.new_args(op) else {
            return String::new();
        };
        let ty = self.rn.request_name(op);
        let lost_default = self.ro.request(o).is_some() && self.ro.new_args(o).is_none();
        format!(
            " (now `{ty}::new({})`{})",
            args.join(", "),
            if lost_default {
                format!("; `{ty}` had no `new` and no longer implements `Default`")
            } else {
                String::new()
            }
        )
    }

    /// How a type change from `a` (old) to `b` (new) affects callers; `None` when there is
    /// none. `request`: the value is one callers send.
    fn type_change(&self, a: &TypeRef, b: &TypeRef, request: bool) -> Option<TypeChange> {
        type_change(a, b, request, self.ro.ty(a) != self.rn.ty(b))
    }
}

fn loc(l: Location) -> &'static str {
    match l {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Body => "body",
        Location::Cookie => "cookie",
    }
}

fn reworded(a: &Option<String>, b: &Option<String>) -> String {
    match (a, b) {
        (None, Some(_)) => "description added".into(),
        (Some(_), None) => "description removed".into(),
        _ => "description reworded".into(),
    }
}

// ---------------------------------------------------------------------------------------------
// Types

/// A type change's class and a note.
struct TypeChange {
    class: Class,
    note: &'static str,
}

/// How a type change from `a` to `b` affects callers; `None` when there is none. `request`:
/// the value is one callers send; `rust_differs`: the two are different Rust types.
fn type_change(a: &TypeRef, b: &TypeRef, request: bool, rust_differs: bool) -> Option<TypeChange> {
    if a == b {
        return None;
    }
    if rust_differs {
        return Some(TypeChange {
            class: Class::Breaking,
            note: "",
        });
    }
    // Same Rust type: only what the server accepts or sends changes.
    let same = |t: &TypeRef| match t {
        TypeRef::Primitive(Primitive::Int64) => TypeRef::Primitive(Primitive::Integer),
        other => other.clone(),
    };
    if same(a) == same(b) {
        return Some(TypeChange {
            class: Class::Doc,
            note: " (the same 64-bit integer)",
        });
    }
    let widens_to_text = *b == TypeRef::Primitive(Primitive::String);
    Some(if !request {
        TypeChange {
            class: Class::Doc,
            note: " (the same Rust type)",
        }
    } else if widens_to_text {
        TypeChange {
            class: Class::Additive,
            note: " (any text is accepted now)",
        }
    } else {
        TypeChange {
            class: Class::Breaking,
            note: " (values the old type allowed may be refused)",
        }
    })
}

/// Where named types are used: in what callers send, in what they receive.
#[derive(Default)]
struct Usage {
    request: BTreeSet<String>,
    response: BTreeSet<String>,
}

impl Usage {
    fn merge(mut self, other: Usage) -> Usage {
        self.request.extend(other.request);
        self.response.extend(other.response);
        self
    }

    fn request(&self, name: &str) -> bool {
        self.request.contains(name) || !self.response.contains(name)
    }
}

fn usage(spec: &ApiSpec) -> Usage {
    let mut u = Usage::default();
    let reach = |roots: Vec<&TypeRef>, into: &mut BTreeSet<String>| {
        let mut stack: Vec<String> = Vec::new();
        for t in roots {
            t.visit_named(&mut |n| stack.push(n.to_string()));
        }
        while let Some(name) = stack.pop() {
            if into.insert(name.clone())
                && let Some(def) = spec.types.get(&name)
            {
                for f in &def.fields {
                    f.ty.visit_named(&mut |n| stack.push(n.to_string()));
                }
            }
        }
    };
    let req: Vec<&TypeRef> = spec
        .operations
        .iter()
        .flat_map(|o| {
            o.params
                .iter()
                .map(|p| &p.ty)
                .chain(o.body.as_ref().map(|b| &b.ty))
        })
        .collect();
    let resp: Vec<&TypeRef> = spec
        .operations
        .iter()
        .flat_map(|o| o.responses.iter().filter_map(|r| r.ty.as_ref()))
        .collect();
    reach(req, &mut u.request);
    reach(resp, &mut u.response);
    u
}

/// Types removed from `old` whose definition reappears under another name in `new`
/// (old name → new name). Fields are compared with renames found so far applied.
fn type_renames(old: &ApiSpec, new: &ApiSpec) -> BTreeMap<String, String> {
    let mut renames: BTreeMap<String, String> = BTreeMap::new();
    loop {
        let before = renames.len();
        let taken: BTreeSet<String> = renames.values().cloned().collect();
        for (name, def) in old
            .types
            .iter()
            .filter(|(n, _)| !new.types.contains_key(*n) && !renames.contains_key(*n))
        {
            let found = new.types.iter().find(|(m, d)| {
                !old.types.contains_key(*m) && !taken.contains(*m) && same_shape(def, d, &renames)
            });
            if let Some((m, _)) = found {
                renames.insert(name.clone(), m.clone());
                break; // `taken` must see it before the next search
            }
        }
        if renames.len() == before {
            return renames;
        }
    }
}

/// Same wire shape (fields, flags, enum values), ignoring docs and lines. Types with no
/// fields and no values are never the same shape: nothing shows they are one type.
fn same_shape(a: &TypeDef, b: &TypeDef, renames: &BTreeMap<String, String>) -> bool {
    if a.fields.is_empty() && a.values.is_empty() {
        return false;
    }
    let values = |d: &TypeDef| d.values.iter().map(|v| v.value.clone()).collect::<Vec<_>>();
    a.undefined == b.undefined
        && a.open == b.open
        && values(a) == values(b)
        && a.fields.len() == b.fields.len()
        && a.fields.iter().zip(&b.fields).all(|(f, g)| {
            let mut t = f.ty.clone();
            t.rename(renames);
            f.name == g.name && f.optional == g.optional && f.nullable == g.nullable && t == g.ty
        })
}

/// `spec` with its types renamed.
fn renamed(spec: &ApiSpec, renames: &BTreeMap<String, String>) -> ApiSpec {
    let mut s = spec.clone();
    if renames.is_empty() {
        return s;
    }
    s.types = s
        .types
        .into_iter()
        .map(|(name, mut def)| {
            for f in &mut def.fields {
                f.ty.rename(renames);
            }
            (renames.get(&name).cloned().unwrap_or(name), def)
        })
        .collect();
    for op in &mut s.operations {
        for p in &mut op.params {
            p.ty.rename(renames);
        }
        if let Some(b) = &mut op.body {
            b.ty.rename(renames);
        }
        for r in &mut op.responses {
            if let Some(t) = &mut r.ty {
                t.rename(renames);
            }
        }
    }
    s
}

impl Cx<'_> {
    /// Named types; the old spec before renaming gives the renamed types' lines and names.
    fn types(&mut self, renames: &BTreeMap<String, String>) {
        let (old, new, original) = (self.old, self.new, self.original.spec);
        for (from, to) in renames {
            let line_o = original.types.get(from).and_then(|d| d.line);
            let line_n = new.types.get(to).and_then(|d| d.line);
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::TypeRenamed,
                    to.clone(),
                    format!("type `{from}` renamed to `{to}` (same fields)"),
                )
                .rust(format!(
                    "`{}` is now `{}`",
                    self.original.type_name(from),
                    self.rn.type_name(to)
                ))
                .lines(line_o, line_n),
            );
        }
        let renamed_to: BTreeSet<&String> = renames.values().collect();
        let names: BTreeSet<&String> = old.types.keys().chain(new.types.keys()).collect();
        for name in names {
            match (old.types.get(name), new.types.get(name)) {
                (Some(o), None) => self.out.push(
                    change(
                        Class::Breaking,
                        Kind::TypeRemoved,
                        name.clone(),
                        format!("type `{name}` removed"),
                    )
                    .rust(format!("`{}` is gone", self.ro.type_name(name)))
                    .lines(o.line, None),
                ),
                (None, Some(n)) if !renamed_to.contains(name) => self.out.push(
                    change(
                        Class::Additive,
                        Kind::TypeAdded,
                        name.clone(),
                        format!("type `{name}` added"),
                    )
                    .rust(format!("new `{}`", self.rn.type_name(name)))
                    .lines(None, n.line),
                ),
                (Some(o), Some(n)) => self.type_def(name, o, n),
                _ => {}
            }
        }
    }

    fn type_def(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let lines = (o.line, n.line);
        let ty = self.rn.type_name(name);
        // What the generator makes of each (the target of an alias in the spec's words).
        let kind = |side: &Side<'_>, d: &TypeDef| match side.model.types.get(name).map(|t| &t.kind)
        {
            Some(TypeKind::Enum(_)) => "an enum".to_string(),
            Some(TypeKind::Alias(_)) => format!(
                "another name for `{}`",
                d.alias
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            ),
            Some(TypeKind::OneOf(_)) => "a choice of alternatives".to_string(),
            Some(TypeKind::Opaque) => "undefined (its value kept whole)".to_string(),
            Some(TypeKind::Struct(_)) | None => "a struct".to_string(),
        };
        let (kind_o, kind_n) = (kind(&self.ro, o), kind(&self.rn, n));
        if kind_o != kind_n {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::TypeKindChanged,
                    name,
                    format!("type `{name}`: {kind_o} → {kind_n}"),
                )
                .rust(format!("`{ty}` is now {kind_n}"))
                .lines(lines.0, lines.1),
            );
            return;
        }
        let mut doc = Vec::new();
        if o.doc != n.doc {
            doc.push(reworded(&o.doc, &n.doc));
        }
        doc.extend(override_note(&o.from_override, &n.from_override));
        if o.undefined != n.undefined {
            doc.push(if n.undefined {
                "no longer defined by the doc".into()
            } else {
                "now defined by the doc".into()
            });
        }
        self.push_doc_notes(name, &format!("type `{name}`"), doc, lines);
        let open = |d: &TypeDef| d.open || d.undefined;
        if open(o) != open(n) {
            self.out.push(if open(n) {
                change(
                    Class::Additive,
                    Kind::TypeOpened,
                    name,
                    format!("type `{name}` now keeps fields it does not declare"),
                )
                .rust(format!(
                    "new member `fields: BTreeMap<String, Value>` in `{ty}`"
                ))
                .lines(lines.0, lines.1)
            } else {
                change(
                    Class::Breaking,
                    Kind::TypeClosed,
                    name,
                    format!("type `{name}` no longer keeps fields it does not declare"),
                )
                .rust(format!("member `fields` of `{ty}` is gone"))
                .lines(lines.0, lines.1)
            });
        }
        self.enum_values(name, o, n);
        self.alternatives(name, o, n);
        self.fields(name, o, n);
    }

    /// The alternatives of a `one_of` type, paired by their type.
    fn alternatives(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let ty = self.rn.type_name(name);
        let lines = (o.line, n.line);
        if o.variants.is_empty() && n.variants.is_empty() {
            return;
        }
        if o.discriminator != n.discriminator {
            let show = |d: &Option<String>| {
                d.as_deref()
                    .map_or("none (tried in order)".to_string(), |m| format!("`{m}`"))
            };
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::DiscriminatorChanged,
                    name,
                    format!(
                        "type `{name}`: discriminator {} → {}",
                        show(&o.discriminator),
                        show(&n.discriminator)
                    ),
                )
                .rust(format!("`{ty}` chooses its variant another way"))
                .lines(lines.0, lines.1),
            );
        }
        for v in &o.variants {
            if !n.variants.iter().any(|w| w.ty == v.ty) {
                self.out.push(
                    change(
                        Class::Breaking,
                        Kind::VariantRemoved,
                        format!("{name}.{}", v.ty),
                        format!("type `{name}`: alternative `{}` removed", v.ty),
                    )
                    .rust(format!(
                        "the variant of `{ty}` holding `{}` is gone (such a value now arrives as `Other`)",
                        self.ro.ty(&v.ty)
                    ))
                    .lines(lines.0, lines.1),
                );
            }
        }
        let untagged = n.discriminator.is_none();
        let last_kept = n
            .variants
            .iter()
            .rposition(|w| o.variants.iter().any(|v| v.ty == w.ty));
        for (i, w) in n.variants.iter().enumerate() {
            let Some(v) = o.variants.iter().find(|v| v.ty == w.ty) else {
                // Tried in order, an alternative ahead of old ones can take their values.
                let ahead = untagged && last_kept.is_some_and(|k| i < k);
                let (class, note) = if ahead {
                    (
                        Class::Breaking,
                        "; it is tried before alternatives that were there, so values they decoded may now decode as it",
                    )
                } else {
                    (Class::Additive, "")
                };
                self.out.push(
                    change(
                        class,
                        Kind::VariantAdded,
                        format!("{name}.{}", w.ty),
                        format!("type `{name}`: alternative `{}` added{note}", w.ty),
                    )
                    .rust(format!(
                        "new variant of `{ty}` holding `{}` (such a value used to arrive as `Other`; a `match` without `_` needs the new arm)",
                        self.rn.ty(&w.ty)
                    ))
                    .lines(lines.0, lines.1),
                );
                continue;
            };
            if v.tags != w.tags {
                let lost = v.tags.iter().any(|t| !w.tags.contains(t));
                let class = if lost {
                    Class::Breaking
                } else {
                    Class::Additive
                };
                self.out.push(
                    change(
                        class,
                        Kind::VariantTagsChanged,
                        format!("{name}.{}", w.ty),
                        format!(
                            "type `{name}`: alternative `{}` is chosen by [{}] → [{}]",
                            w.ty,
                            v.tags.join(", "),
                            w.tags.join(", ")
                        ),
                    )
                    .rust(format!(
                        "values tagged otherwise decode to another variant of `{ty}` (or `Other`)"
                    ))
                    .lines(lines.0, lines.1),
                );
            }
        }
    }

    fn enum_values(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let ty = self.rn.type_name(name);
        for v in &o.values {
            match n.values.iter().find(|w| w.value == v.value) {
                None => self.out.push(
                    change(
                        Class::Breaking,
                        Kind::EnumValueRemoved,
                        format!("{name}.{}", v.value),
                        format!("enum `{name}`: value `{}` removed", v.value),
                    )
                    .rust(format!(
                        "variant `{ty}::{}` is gone (the value now arrives as `Other(\"{}\")`)",
                        self.ro.variant(name, &v.value),
                        v.value
                    ))
                    .lines(o.line, n.line),
                ),
                Some(w) if w.doc != v.doc => self.out.push(
                    change(
                        Class::Doc,
                        Kind::DocChanged,
                        format!("{name}.{}", v.value),
                        format!(
                            "enum `{name}`: value `{}`: {}",
                            v.value,
                            reworded(&v.doc, &w.doc)
                        ),
                    )
                    .lines(o.line, n.line),
                ),
                Some(_) => {}
            }
        }
        for w in n
            .values
            .iter()
            .filter(|w| !o.values.iter().any(|v| v.value == w.value))
        {
            self.out.push(
                change(
                    Class::Additive,
                    Kind::EnumValueAdded,
                    format!("{name}.{}", w.value),
                    format!("enum `{name}`: value `{}` added", w.value),
                )
                .rust(format!(
                    "new variant `{ty}::{}` (the value used to arrive as `Other(\"{}\")`; a `match` that names every variant without `_` needs the new arm)",
                    self.rn.variant(name, &w.value),
                    w.value
                ))
                .lines(o.line, n.line),
            );
        }
    }

    fn fields(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let ty = self.rn.type_name(name);
        let request = self.usage.request(name);
        let defaults = |d: &TypeDef| d.fields.iter().all(|f| f.optional);
        for f in &o.fields {
            let Some(g) = n.fields.iter().find(|g| g.name == f.name) else {
                self.out.push(
                    change(
                        Class::Breaking,
                        Kind::FieldRemoved,
                        format!("{name}.{}", f.name),
                        format!("field `{}` removed from `{name}`", f.name),
                    )
                    .rust(format!(
                        "field `{}` of `{ty}` is gone",
                        self.ro.field(name, &f.name)
                    ))
                    .lines(f.line, None),
                );
                continue;
            };
            self.field(name, f, g, request, defaults(o) && !defaults(n));
        }
        for g in n
            .fields
            .iter()
            .filter(|g| !o.fields.iter().any(|f| f.name == g.name))
        {
            let loses_default = defaults(o) && !g.optional;
            let breaking = (request && !g.optional) || loses_default;
            let mut rust = format!(
                "new field `{}: {}` in `{ty}`",
                self.rn.field(name, &g.name),
                self.rn
                    .field_ty(name, &g.name, &g.ty, g.optional, g.nullable)
            );
            if loses_default {
                rust.push_str(&format!("; `{ty}` no longer implements `Default`"));
            } else if request && !g.optional {
                rust.push_str("; code that builds it must set it");
            }
            self.out.push(
                change(
                    if breaking {
                        Class::Breaking
                    } else {
                        Class::Additive
                    },
                    Kind::FieldAdded,
                    format!("{name}.{}", g.name),
                    format!(
                        "{} field `{}` added to `{name}`",
                        if g.optional { "optional" } else { "required" },
                        g.name
                    ),
                )
                .rust(rust)
                .lines(None, g.line),
            );
        }
    }

    fn field(&mut self, name: &str, f: &Field, g: &Field, request: bool, loses_default: bool) {
        let at = format!("{name}.{}", f.name);
        let lines = (f.line, g.line);
        let ty = self.rn.type_name(name);
        let id = self.rn.field(name, &g.name);
        // The old type with the old flags, then with the new flags one by one.
        let old_ty =
            |optional, nullable| self.ro.field_ty(name, &f.name, &f.ty, optional, nullable);
        let was = old_ty(f.optional, f.nullable);
        let now_optional = old_ty(g.optional, f.nullable);
        let now_nullable = old_ty(g.optional, g.nullable);
        let now_ty = self
            .rn
            .field_ty(name, &g.name, &g.ty, g.optional, g.nullable);
        let type_change = self.type_change(&f.ty, &g.ty, request);
        let what = format!("field `{}` of `{name}`", g.name);
        let mut push = |class, kind, message: String, rust: String| {
            self.out.push(
                change(class, kind, at.clone(), message)
                    .rust(rust)
                    .lines(lines.0, lines.1),
            );
        };
        if f.optional != g.optional {
            let now = &now_optional;
            let mut rust = format!("`{ty}::{id}`: `{was}` → `{now}`");
            if loses_default {
                rust.push_str(&format!("; `{ty}` no longer implements `Default`"));
            }
            push(
                Class::Breaking,
                if g.optional {
                    Kind::FieldOptional
                } else {
                    Kind::FieldRequired
                },
                format!(
                    "{what} is now {}",
                    if g.optional {
                        "optional (may be absent)"
                    } else {
                        "required (always present)"
                    }
                ),
                rust,
            );
        }
        if f.nullable != g.nullable {
            let (before, now) = (&now_optional, &now_nullable);
            let rust = if before == now {
                format!("no Rust change (`{now}`); `None` now also means `null`")
            } else {
                format!("`{ty}::{id}`: `{before}` → `{now}`")
            };
            push(
                if before == now {
                    Class::Additive
                } else {
                    Class::Breaking
                },
                if g.nullable {
                    Kind::FieldNullable
                } else {
                    Kind::FieldNotNullable
                },
                format!(
                    "{what} {}",
                    if g.nullable {
                        "may now be null"
                    } else {
                        "may no longer be null"
                    }
                ),
                rust,
            );
        }
        if let Some(c) = type_change {
            let (before, now) = (&now_nullable, &now_ty);
            let rust = if before == now {
                format!("no Rust change (`{now}`)")
            } else {
                format!("`{ty}::{id}`: `{before}` → `{now}`")
            };
            push(
                c.class,
                Kind::FieldTypeChanged,
                format!("{what}: type {} → {}{}", f.ty, g.ty, c.note),
                rust,
            );
        }
        let mut doc = Vec::new();
        if f.doc != g.doc {
            doc.push(reworded(&f.doc, &g.doc));
        }
        doc.extend(override_note(&f.from_override, &g.from_override));
        self.push_doc_notes(&at, &what, doc, lines);
    }
}
