//! Parameters (paired by location and name, then by name alone) and the request body.

use std::collections::BTreeSet;

use chatgen_codegen::spec::{Location, Operation, Param};

use super::{Class, Cx, Kind, change, code, opt_text, override_note, reworded};

fn loc(l: Location) -> &'static str {
    match l {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Body => "body",
        Location::Cookie => "cookie",
    }
}

impl Cx<'_> {
    pub(super) fn params(&mut self, o: &Operation, n: &Operation) {
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

    pub(super) fn body(&mut self, o: &Operation, n: &Operation) {
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
}
