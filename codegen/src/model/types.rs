//! Named types: their Rust identifiers (unique in the module, request types and `Client`
//! reserved), kinds, members and the boxes recursive types need.
//!
//! A `one_of` alternative that holds a named type is boxed (the enum stays small whatever
//! the sizes of its alternatives), and so is a struct field that holds, by value, a type
//! which holds the struct again (in the same strongly connected component of the "contains
//! by value" graph).

use std::collections::{BTreeMap, BTreeSet};

use super::resolve::Names;
use super::rust_type::RustType;
use crate::names::{Case, Scope};
use crate::spec::{ApiSpec, Primitive, TypeDef, TypeForm, TypeRef};

/// A named type of the module.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeModel {
    /// Its Rust identifier.
    pub ident: String,
    /// What it is.
    pub kind: TypeKind,
    /// The group whose file holds it (`types/<group>.rs`); `None`: `types.rs`, or for a
    /// split module the shared `types/mod.rs`.
    pub home: Option<usize>,
}

impl TypeModel {
    /// The field of a struct with wire name `wire`.
    pub fn field(&self, wire: &str) -> Option<&FieldModel> {
        match &self.kind {
            TypeKind::Struct(s) => s.fields.iter().find(|f| f.wire == wire),
            _ => None,
        }
    }

    /// The variant of an enum for wire value `value`.
    pub fn enum_variant(&self, value: &str) -> Option<&EnumVariant> {
        match &self.kind {
            TypeKind::Enum(vs) => vs.iter().find(|v| v.wire == value),
            _ => None,
        }
    }
}

/// What a named type becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// A struct.
    Struct(StructModel),
    /// A type the doc names but never defines: its value kept whole, in `value`.
    Opaque,
    /// An enum of text values, with `Other(String)` for the rest.
    Enum(Vec<EnumVariant>),
    /// `pub type X = T;`.
    Alias(RustType),
    /// A `one_of`: a tuple variant per alternative, and `Other(Value)`.
    OneOf(Vec<Alternative>),
}

/// A struct's members.
#[derive(Debug, Clone, PartialEq)]
pub struct StructModel {
    /// The declared fields, in spec order.
    pub fields: Vec<FieldModel>,
    /// For an open type, the member keeping undeclared fields (`fields`, or its unique
    /// name), a `BTreeMap<String, Value>`.
    pub rest: Option<String>,
    /// Whether the struct is only that map (`#[serde(transparent)]`).
    pub transparent: bool,
    /// Whether it implements `Default` (every field may be absent).
    pub default: bool,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldModel {
    /// The wire name.
    pub wire: String,
    /// The Rust identifier.
    pub ident: String,
    /// The value's type, without `Option` or `Box`.
    pub ty: RustType,
    /// May be absent.
    pub optional: bool,
    /// May be `null`.
    pub nullable: bool,
    /// Held in a `Box` (a recursive type).
    pub boxed: bool,
}

impl FieldModel {
    /// The field's declared type: `Option`s for presence around the `Box`, if any.
    pub fn declared(&self) -> RustType {
        let inner = if self.boxed {
            RustType::Boxed(Box::new(self.ty.clone()))
        } else {
            self.ty.clone()
        };
        inner.member(self.optional, self.nullable)
    }
}

/// A variant of a text enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumVariant {
    /// The Rust identifier.
    pub ident: String,
    /// The wire value.
    pub wire: String,
}

/// A variant of a `one_of` type.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    /// The Rust identifier.
    pub ident: String,
    /// The alternative's type, without `Box`.
    pub ty: RustType,
    /// Held in a `Box`.
    pub boxed: bool,
    /// The discriminator values that choose it.
    pub tags: Vec<String>,
}

/// Every named type's model.
pub(super) fn build(spec: &ApiSpec, names: &Names) -> BTreeMap<String, TypeModel> {
    let boxed = boxed_members(spec);
    spec.types
        .iter()
        .map(|(name, def)| {
            let ident = names.idents.get(name).cloned().unwrap_or_default();
            let kind = kind(name, def, names, &boxed);
            (
                name.clone(),
                TypeModel {
                    ident,
                    kind,
                    home: None,
                },
            )
        })
        .collect()
}

fn kind(name: &str, def: &TypeDef, names: &Names, boxed: &BTreeSet<(String, String)>) -> TypeKind {
    let is_boxed = |member: &str| boxed.contains(&(name.to_string(), member.to_string()));
    let s = match &def.form {
        TypeForm::Enum(values) => {
            let mut scope = Scope::with_reserved(&["Other"]);
            return TypeKind::Enum(
                values
                    .iter()
                    .map(|v| EnumVariant {
                        ident: scope.unique(&v.value, Case::Pascal),
                        wire: v.value.clone(),
                    })
                    .collect(),
            );
        }
        TypeForm::Alias(target) => return TypeKind::Alias(names.rust_type(target)),
        TypeForm::OneOf(o) => {
            let mut scope = Scope::with_reserved(&["Other"]);
            return TypeKind::OneOf(
                o.variants
                    .iter()
                    .enumerate()
                    .map(|(i, v)| Alternative {
                        ident: scope.unique(&variant_name(&v.ty), Case::Pascal),
                        ty: names.rust_type(&v.ty),
                        boxed: matches!(v.ty, TypeRef::Named(_)) || is_boxed(&variant_key(i)),
                        tags: v.tags.clone(),
                    })
                    .collect(),
            );
        }
        TypeForm::Struct(s) => s,
    };
    if def.undefined && s.fields.is_empty() {
        return TypeKind::Opaque;
    }
    let open = s.open || def.undefined;
    let mut ids = field_idents(
        s.fields
            .iter()
            .map(|f| f.name.as_str())
            .chain(open.then_some("fields")),
    );
    let rest = if open { ids.pop() } else { None };
    let fields = s
        .fields
        .iter()
        .zip(ids)
        .map(|(f, ident)| FieldModel {
            wire: f.name.clone(),
            ident,
            ty: names.rust_type(&f.ty),
            optional: f.optional,
            nullable: f.nullable,
            boxed: is_boxed(&f.name),
        })
        .collect();
    TypeKind::Struct(StructModel {
        fields,
        rest,
        transparent: open && s.fields.is_empty(),
        default: s.fields.iter().all(|f| f.optional),
    })
}

/// The Rust identifiers a struct gives fields with wire names `wire`, in order (one scope
/// per struct).
pub(super) fn field_idents<'a>(wire: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut scope = Scope::default();
    wire.into_iter()
        .map(|w| scope.unique(w, Case::Snake))
        .collect()
}

/// A variant's name: the named type's, else one for the shape (`Text`, `Integer`, `List`…).
fn variant_name(t: &TypeRef) -> String {
    match t {
        TypeRef::Named(n) => n.clone(),
        TypeRef::List(_) => "List".into(),
        TypeRef::Map(_) => "Map".into(),
        TypeRef::Primitive(p) => match p {
            Primitive::Integer
            | Primitive::Int32
            | Primitive::Int64
            | Primitive::Uint64
            | Primitive::Uint8 => "Integer".into(),
            Primitive::Number => "Number".into(),
            Primitive::Boolean => "Boolean".into(),
            Primitive::Any => "Value".into(),
            _ => "Text".into(),
        },
    }
}

/// The key of variant `i` in the set of boxed members.
fn variant_key(i: usize) -> String {
    format!("#{i}")
}

/// Edges of the "contains by value" graph: (from, member, to); aliases have member `None`
/// (they cannot be boxed, but cycles pass through them).
type Edges<'a> = BTreeMap<&'a str, Vec<(Option<String>, &'a str)>>;

/// Members (type name, field wire name or [`variant_key`]) that must be boxed: those that
/// hold by value a type of their own strongly connected component.
fn boxed_members(spec: &ApiSpec) -> BTreeSet<(String, String)> {
    let mut edges: Edges<'_> = BTreeMap::new();
    for (name, def) in &spec.types {
        let out = edges.entry(name.as_str()).or_default();
        for f in def.fields() {
            if let TypeRef::Named(to) = &f.ty {
                out.push((Some(f.name.clone()), to.as_str()));
            }
        }
        for (i, v) in def.variants().iter().enumerate() {
            if let TypeRef::Named(to) = &v.ty {
                out.push((Some(variant_key(i)), to.as_str()));
            }
        }
        if let Some(TypeRef::Named(to)) = def.alias() {
            out.push((None, to.as_str()));
        }
    }
    let component = strongly_connected(&edges);
    let mut boxed = BTreeSet::new();
    for (from, out) in &edges {
        for (member, to) in out {
            if let Some(member) = member
                && component.get(from) == component.get(to)
                && component.contains_key(from)
            {
                boxed.insert((from.to_string(), member.clone()));
            }
        }
    }
    boxed
}

/// Tarjan's algorithm's state.
struct Tarjan<'a> {
    index: BTreeMap<&'a str, usize>,
    low: BTreeMap<&'a str, usize>,
    stack: Vec<&'a str>,
    on_stack: BTreeSet<&'a str>,
    component: BTreeMap<&'a str, usize>,
    next: usize,
    components: usize,
}

impl<'a> Tarjan<'a> {
    fn visit(&mut self, v: &'a str, edges: &Edges<'a>) {
        self.index.insert(v, self.next);
        self.low.insert(v, self.next);
        self.next += 1;
        self.stack.push(v);
        self.on_stack.insert(v);
        for (_, w) in edges.get(v).map(Vec::as_slice).unwrap_or_default() {
            if !self.index.contains_key(w) {
                self.visit(w, edges);
                let lw = self.low.get(w).copied().unwrap_or(usize::MAX);
                if let Some(lv) = self.low.get_mut(v) {
                    *lv = (*lv).min(lw);
                }
            } else if self.on_stack.contains(w) {
                let iw = self.index.get(w).copied().unwrap_or(usize::MAX);
                if let Some(lv) = self.low.get_mut(v) {
                    *lv = (*lv).min(iw);
                }
            }
        }
        if self.low.get(v) == self.index.get(v) {
            // A component of one node without a self-loop is not a cycle.
            let self_loop = edges
                .get(v)
                .is_some_and(|out| out.iter().any(|(_, w)| *w == v));
            let mut members = Vec::new();
            while let Some(w) = self.stack.pop() {
                self.on_stack.remove(w);
                members.push(w);
                if w == v {
                    break;
                }
            }
            if members.len() > 1 || self_loop {
                for m in members {
                    self.component.insert(m, self.components);
                }
            }
            self.components += 1;
        }
    }
}

/// Each node's component number (nodes on no cycle have none).
fn strongly_connected<'a>(edges: &Edges<'a>) -> BTreeMap<&'a str, usize> {
    let mut s = Tarjan {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        component: BTreeMap::new(),
        next: 0,
        components: 0,
    };
    for v in edges.keys() {
        if !s.index.contains_key(v) {
            s.visit(v, edges);
        }
    }
    s.component
}
