//! Operations: paired by id (renames by route or target), removed, renamed, added; one
//! operation's docs, route, credential, paging, and its client method's signature.

use std::collections::{BTreeMap, BTreeSet};

use chatgen_codegen::spec::{ApiSpec, Operation, Unknown};

use chatgen_codegen::model::Call;

use super::{Class, Cx, Kind, change, code, json, opt_text, reworded};

/// What identifies an operation besides its id: its route, or its RPC target.
fn op_key(op: &Operation) -> Option<String> {
    match (&op.route, &op.rpc) {
        (Some(r), _) => Some(format!("{} {}", r.method, r.path)),
        (None, Some(r)) => Some(format!("rpc {}", r.target)),
        (None, None) => None,
    }
}

/// ` (route)` or ` (target)` after an operation's id, or nothing.
fn where_(op: &Operation) -> String {
    op_key(op).map_or_else(String::new, |k| {
        format!(" ({})", k.strip_prefix("rpc ").unwrap_or(&k))
    })
}

/// "examples changed" (with the counts when they differ), when an operation's examples
/// change kind, text or value.
fn examples_note(o: &Operation, n: &Operation) -> Option<String> {
    let ex = |op: &Operation| -> Vec<(String, Option<String>, Option<serde_json::Value>)> {
        op.examples
            .iter()
            .map(|e| (format!("{:?}", e.of), e.raw.clone(), e.json.clone()))
            .collect()
    };
    if ex(o) == ex(n) {
        return None;
    }
    let count = if o.examples.len() == n.examples.len() {
        String::new()
    } else {
        format!(" ({} → {})", o.examples.len(), n.examples.len())
    };
    Some(format!("examples changed{count}"))
}

/// Operations renamed (new id → old id): a removed and an added operation with the same
/// route or target.
pub(super) fn operation_renames(old: &ApiSpec, new: &ApiSpec) -> BTreeMap<String, String> {
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
    /// Operations: removed ones (renamed ones are not), then the new spec's in order, each
    /// added, or renamed and compared, or compared.
    pub(super) fn operations(&mut self) {
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

    /// An operation gone: its method and request type with it.
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

    /// A new operation: its method, or its request type until its route is known.
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
        self.operation_docs(o, n);
        let (so, sn) = (self.ro.call(o).cloned(), self.rn.call(n).cloned());
        self.route(o, n, so.as_ref(), sn.as_ref());
        self.operation_auth(o, n);
        self.paging(o, n);
        self.params(o, n);
        self.body(o, n);
        let explained = self.responses(o, n, so.as_ref(), sn.as_ref());
        self.signature(o, n, so.as_ref(), sn.as_ref(), explained);
    }

    /// What only documents an operation: name, description, tag, examples, events, override
    /// keys, metadata, unknown facts, whether it is only listed.
    fn operation_docs(&mut self, o: &Operation, n: &Operation) {
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
        if let Some(note) = examples_note(o, n) {
            self.out.push(doc(format!("`{at}`: {note}")));
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
                .filter(|u| !matches!(u, Unknown::Route | Unknown::Response))
                .map(Unknown::to_string)
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
    }

    /// Whether the operation takes the credential.
    fn operation_auth(&mut self, o: &Operation, n: &Operation) {
        let at = n.id.clone();
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
                .lines(Some(o.line), Some(n.line)),
            );
        }
    }

    /// Whether the operation pages, and its paged items (the `<op>_stream` method).
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

    /// The route or RPC target: now known, no longer known, or another.
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
