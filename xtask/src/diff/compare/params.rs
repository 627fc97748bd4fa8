//! Parameters (paired by location and name, then by name alone) and the request body.

use std::collections::BTreeSet;

use chatgen_codegen::spec::{Location, Operation, Param};

use super::{Change, Class, Cx, Kind, TypeChange, change, code, opt_text, override_note, reworded};

/// Where a parameter is sent, as reports name it.
fn loc(l: Location) -> &'static str {
    match l {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Body => "body",
        Location::Cookie => "cookie",
    }
}

/// A parameter present on both sides, and how reports name it.
struct Both<'a> {
    o: &'a Operation,
    n: &'a Operation,
    p: &'a Param,
    q: &'a Param,
    /// `op.param`, where its changes are reported.
    at: String,
    /// "parameter `x` of `op`".
    name: String,
    /// The request type that carries it, if one does (else the body type).
    place: Option<String>,
    /// Its field in the request type.
    field: String,
}

impl Both<'_> {
    /// A change of this parameter, at its lines.
    fn change(&self, class: Class, kind: Kind, message: String) -> Change {
        change(class, kind, self.at.clone(), message).lines(self.p.line, self.q.line)
    }
}

/// The parameter's documented default changes: calls that omit it get the new one.
fn param_default(b: &Both<'_>) -> Change {
    let show = |v: &Option<serde_json::Value>| {
        v.as_ref()
            .map_or_else(|| "none".to_string(), |v| code(&v.to_string()))
    };
    b.change(
        Class::Doc,
        Kind::ParamDefaultChanged,
        format!(
            "{}: default {} → {} (calls that omit it get the new default)",
            b.name,
            show(&b.p.default),
            show(&b.q.default)
        ),
    )
}

impl Cx<'_> {
    /// The parameters of an operation, paired by location and name, then by name alone.
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

    /// A new parameter: a new argument of `new(...)` or a new field of the request type.
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

    /// A parameter gone: its field, and its argument of `new(...)` when it was required.
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

    /// A parameter on both sides: where it is sent, required, type, default, layout, range
    /// and docs.
    fn param(&mut self, o: &Operation, n: &Operation, p: &Param, q: &Param) {
        let b = Both {
            o,
            n,
            p,
            q,
            at: format!("{}.{}", n.id, q.name),
            name: format!("parameter `{}` of `{}`", q.name, n.id),
            place: self.rn.param_struct(n, q).map(|(s, _)| s),
            field: self.rn.param_field(n, q),
        };
        if p.location != q.location {
            self.param_moved(&b);
        }
        if p.required != q.required {
            self.param_required(&b);
        }
        if let Some(c) = self.type_change(&p.ty, &q.ty, true) {
            self.param_type(&b, &c);
        }
        if p.default != q.default {
            self.out.push(param_default(&b));
        }
        self.param_style(&b);
        self.range(&b.at, &b.name, p, q);
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
        self.push_doc_notes(&b.at, &b.name, doc, (p.line, q.line));
    }

    /// The parameter is sent in another place (and may move to another request type).
    fn param_moved(&mut self, b: &Both<'_>) {
        let (p, q) = (b.p, b.q);
        let from = self.ro.param_struct(b.o, p).map(|(s, _)| s);
        let to = b.place.clone();
        let rust = if from == to {
            format!(
                "no Rust change; it is sent in the {} instead of the {}, older clients send it in the old place",
                loc(q.location),
                loc(p.location)
            )
        } else {
            format!(
                "`{}` moves from {} to {}",
                b.field,
                from.map_or_else(|| "the body type".to_string(), |s| code(&s)),
                to.map_or_else(|| "the body type".to_string(), |s| code(&s))
            )
        };
        self.out.push(
            b.change(
                Class::Breaking,
                Kind::ParamMoved,
                format!("{}: {} → {}", b.name, loc(p.location), loc(q.location)),
            )
            .rust(rust),
        );
    }

    /// The parameter becomes required or optional: an argument of `new(...)` or a field
    /// whose type gains or loses its `Option`.
    fn param_required(&mut self, b: &Both<'_>) {
        let (q, field) = (b.q, &b.field);
        let s = b.place.clone().unwrap_or_else(|| "the body type".into());
        let (inner, opt) = (self.rn.ty(&q.ty), self.rn.ty(&q.ty).optional());
        let rust = match (q.required, self.rn.has_parts(b.n) || b.place.is_none()) {
            (true, false) => format!(
                "`{s}::new(...)` takes a new argument `{field}: {inner}`; the field is `{inner}`, not `{opt}`{}",
                self.new_now(b.o, b.n)
            ),
            (false, false) => format!(
                "`{s}::new(...)` loses the argument `{field}`; the field is `{opt}`, not `{inner}`"
            ),
            (true, true) => format!("field `{field}` of `{s}`: `{opt}` → `{inner}`"),
            (false, true) => format!("field `{field}` of `{s}`: `{inner}` → `{opt}`"),
        };
        let (kind, now) = if q.required {
            (Kind::ParamRequired, "required")
        } else {
            (Kind::ParamOptional, "optional")
        };
        self.out.push(
            b.change(Class::Breaking, kind, format!("{} is now {now}", b.name))
                .rust(rust),
        );
    }

    /// The parameter's type changes (`c`: how that affects callers).
    fn param_type(&mut self, b: &Both<'_>, c: &TypeChange) {
        let (p, q) = (b.p, b.q);
        let s = b.place.clone().unwrap_or_else(|| "the body type".into());
        let (x, y) = (self.ro.ty(&p.ty), self.rn.ty(&q.ty));
        let rust = if c.class == Class::Doc || x == y {
            format!("no Rust change (`{y}`)")
        } else {
            format!(
                "field `{}` of `{s}`: `{}` → `{}`",
                b.field,
                x.member(!q.required, false),
                y.member(!q.required, false)
            )
        };
        self.out.push(
            b.change(
                c.class,
                Kind::ParamTypeChanged,
                format!("{}: type {} → {}{}", b.name, p.ty, q.ty, c.note),
            )
            .rust(rust),
        );
    }

    /// The parameter is written in another layout (style, explode, reserved characters)
    /// in the same place: the server reads the new layout, older clients write the old one.
    fn param_style(&mut self, b: &Both<'_>) {
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
        let (p, q) = (b.p, b.q);
        if p.location == q.location && wire(p) != wire(q) {
            self.out.push(
                b.change(
                    Class::Breaking,
                    Kind::ParamStyleChanged,
                    format!("{}: written {} → {}", b.name, wire(p), wire(q)),
                )
                .rust("no Rust change; older clients write the old layout"),
            );
        }
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

    /// The request body: added, removed, retyped or sent as another media type.
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
