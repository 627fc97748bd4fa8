//! Named types: renames (same wire shape under another name), where each is used (sent or
//! received), how a type change affects callers; a type's kind, docs, openness and enum values.

use std::collections::{BTreeMap, BTreeSet};

use chatgen_codegen::spec::{ApiSpec, Primitive, TypeDef, TypeRef};

use chatgen_codegen::model::TypeKind;

use super::Side;
use super::{Class, Cx, Kind, change, override_note, reworded};

/// A type change's class and a note.
pub(super) struct TypeChange {
    pub(super) class: Class,
    pub(super) note: &'static str,
}

/// How a type change from `a` to `b` affects callers; `None` when there is none. `request`:
/// the value is one callers send; `rust_differs`: the two are different Rust types.
pub(super) fn type_change(
    a: &TypeRef,
    b: &TypeRef,
    request: bool,
    rust_differs: bool,
) -> Option<TypeChange> {
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
pub(super) struct Usage {
    request: BTreeSet<String>,
    response: BTreeSet<String>,
}

impl Usage {
    /// Both usages: a type sent or received on either side.
    pub(super) fn merge(mut self, other: Usage) -> Usage {
        self.request.extend(other.request);
        self.response.extend(other.response);
        self
    }

    /// Whether callers send values of type `name` (or it is not known to be received only).
    pub(super) fn request(&self, name: &str) -> bool {
        self.request.contains(name) || !self.response.contains(name)
    }
}

/// The named types each spec's parameters and bodies reach, and those its answers reach.
pub(super) fn usage(spec: &ApiSpec) -> Usage {
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
                for f in def.fields() {
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
pub(super) fn type_renames(old: &ApiSpec, new: &ApiSpec) -> BTreeMap<String, String> {
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
    if a.fields().is_empty() && a.values().is_empty() {
        return false;
    }
    let values = |d: &TypeDef| {
        d.values()
            .iter()
            .map(|v| v.value.clone())
            .collect::<Vec<_>>()
    };
    a.undefined == b.undefined
        && a.is_open() == b.is_open()
        && values(a) == values(b)
        && a.fields().len() == b.fields().len()
        && a.fields().iter().zip(b.fields()).all(|(f, g)| {
            let mut t = f.ty.clone();
            t.rename(renames);
            f.name == g.name && f.optional == g.optional && f.nullable == g.nullable && t == g.ty
        })
}

/// `spec` with its types renamed.
pub(super) fn renamed(spec: &ApiSpec, renames: &BTreeMap<String, String>) -> ApiSpec {
    let mut s = spec.clone();
    if renames.is_empty() {
        return s;
    }
    s.types = s
        .types
        .into_iter()
        .map(|(name, mut def)| {
            for f in def.fields_mut() {
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
    pub(super) fn types(&mut self, renames: &BTreeMap<String, String>) {
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

    /// A type on both sides: its kind (a change of kind says all), docs, openness, enum
    /// values, alternatives and fields.
    fn type_def(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let lines = (o.line, n.line);
        let ty = self.rn.type_name(name);
        // What the generator makes of each (the target of an alias in the spec's words).
        let kind = |side: &Side<'_>, d: &TypeDef| match side.model.types.get(name).map(|t| &t.kind)
        {
            Some(TypeKind::Enum(_)) => "an enum".to_string(),
            Some(TypeKind::Alias(_)) => format!(
                "another name for `{}`",
                d.alias()
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
        let open = |d: &TypeDef| d.is_open() || d.undefined;
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

    /// The values of an enum: removed, reworded, added.
    fn enum_values(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let ty = self.rn.type_name(name);
        for v in o.values() {
            match n.values().iter().find(|w| w.value == v.value) {
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
            .values()
            .iter()
            .filter(|w| !o.values().iter().any(|v| v.value == w.value))
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
}
