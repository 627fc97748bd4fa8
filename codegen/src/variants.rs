//! `one_of` types (OpenAPI `oneOf`/`anyOf`) as Rust enums, and the boxes that recursive
//! types need.
//!
//! A `one_of` type is an enum with one tuple variant per alternative and `Other(Value)` for
//! a value that matches none, so nothing received is lost. Without a discriminator the
//! alternatives are tried in order (`#[serde(untagged)]`); with one, the discriminator
//! member's text picks the variant, and alternatives without a tag are tried after.
//!
//! A variant that holds a named type is boxed (the enum stays small whatever the sizes of
//! its alternatives), and so is a struct field that holds, by value, a type which holds the
//! struct again (in the same strongly connected component of the "contains by value" graph).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::generate::{TypeNames, code, doc_attr, rt, rust_type};
use crate::names::{Case, Scope};
use crate::spec::{ApiSpec, Primitive, TypeDef, TypeRef};

/// The enum for a `one_of` type.
pub(crate) fn gen_variants(
    name: &str,
    def: &TypeDef,
    names: &TypeNames,
    doc: TokenStream,
) -> TokenStream {
    let rt = rt();
    let ty = names.ident(name);
    let mut scope = Scope::with_reserved(&["Other"]);
    let variants: Vec<(Ident, TokenStream, &[String])> = def
        .variants
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let id = Ident::new(
                &scope.unique(&variant_name(&v.ty), Case::Pascal),
                Span::call_site(),
            );
            let mut inner = rust_type(&v.ty, names);
            // A named alternative is boxed: alternatives differ widely in size (GitHub's
            // timeline events run from a few bytes to 8 KB), and a recursive one must be.
            if matches!(v.ty, TypeRef::Named(_)) || names.is_boxed(name, &variant_key(i)) {
                inner = quote!(::std::boxed::Box<#inner>);
            }
            (id, inner, v.tags.as_slice())
        })
        .collect();
    let decls = variants
        .iter()
        .zip(&def.variants)
        .map(|((id, inner, _), v)| {
            let d = doc_attr(&format!("A {}.", code(&v.ty.to_string())));
            quote!(#d #id(#inner),)
        });
    // A discriminator that tags no alternative (OpenAI's `RealtimeTurnDetection`) decides
    // nothing: the alternatives are tried in order, as without one.
    let discriminator = def
        .discriminator
        .as_ref()
        .filter(|_| variants.iter().any(|(_, _, tags)| !tags.is_empty()));
    let derive_de = discriminator
        .is_none()
        .then(|| quote!(::serde::Deserialize,));
    let deserialize = discriminator.map(|prop| gen_tagged_deserialize(&ty, prop, &variants));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, #derive_de)]
        #[serde(untagged)]
        pub enum #ty {
            #(#decls)*
            /// A value none of the documented alternatives matches, kept as received.
            Other(#rt::serde_json::Value),
        }
        #deserialize

        impl ::std::fmt::Display for #ty {
            /// The value as text: a string as itself, anything else as JSON.
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match #rt::serde_json::to_value(self) {
                    ::std::result::Result::Ok(#rt::serde_json::Value::String(s)) => f.write_str(&s),
                    ::std::result::Result::Ok(other) => ::std::write!(f, "{other}"),
                    ::std::result::Result::Err(_) => ::std::result::Result::Err(::std::fmt::Error),
                }
            }
        }
    }
}

fn gen_tagged_deserialize(
    ty: &Ident,
    prop: &str,
    variants: &[(Ident, TokenStream, &[String])],
) -> TokenStream {
    let rt = rt();
    let arms = variants
        .iter()
        .filter(|(_, _, tags)| !tags.is_empty())
        .map(|(id, _, tags)| {
            quote! {
                #(::std::option::Option::Some(#tags))|* => #rt::serde_json::from_value(value)
                    .map(Self::#id)
                    .map_err(<D::Error as ::serde::de::Error>::custom),
            }
        });
    let tries = variants
        .iter()
        .filter(|(_, _, tags)| tags.is_empty())
        .map(|(id, _, _)| {
            quote! {
                if let ::std::result::Result::Ok(v) = #rt::serde_json::from_value(value.clone()) {
                    return ::std::result::Result::Ok(Self::#id(v));
                }
            }
        });
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <#rt::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#prop).and_then(#rt::serde_json::Value::as_str).map(::std::string::ToString::to_string);
                match tag.as_deref() {
                    #(#arms)*
                    _ => {
                        #(#tries)*
                        ::std::result::Result::Ok(Self::Other(value))
                    }
                }
            }
        }
    }
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
pub(crate) fn variant_key(i: usize) -> String {
    format!("#{i}")
}

/// Members (type name, field wire name or [`variant_key`]) that must be boxed: those that
/// hold by value a type of their own strongly connected component.
pub(crate) fn boxed_members(spec: &ApiSpec) -> BTreeSet<(String, String)> {
    // Edges: (from, member, to). Aliases have member `None`: they cannot be boxed, but
    // cycles pass through them.
    let mut edges: BTreeMap<&str, Vec<(Option<String>, &str)>> = BTreeMap::new();
    for (name, def) in &spec.types {
        let out = edges.entry(name.as_str()).or_default();
        for f in &def.fields {
            if let TypeRef::Named(to) = &f.ty {
                out.push((Some(f.name.clone()), to.as_str()));
            }
        }
        for (i, v) in def.variants.iter().enumerate() {
            if let TypeRef::Named(to) = &v.ty {
                out.push((Some(variant_key(i)), to.as_str()));
            }
        }
        if let Some(TypeRef::Named(to)) = &def.alias {
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

/// Tarjan's algorithm: each node's component number.
fn strongly_connected<'a>(
    edges: &BTreeMap<&'a str, Vec<(Option<String>, &'a str)>>,
) -> BTreeMap<&'a str, usize> {
    struct State<'a> {
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        component: BTreeMap<&'a str, usize>,
        next: usize,
        components: usize,
    }
    fn visit<'a>(
        v: &'a str,
        edges: &BTreeMap<&'a str, Vec<(Option<String>, &'a str)>>,
        s: &mut State<'a>,
    ) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        for (_, w) in edges.get(v).map(Vec::as_slice).unwrap_or_default() {
            if !s.index.contains_key(w) {
                visit(w, edges, s);
                let lw = s.low.get(w).copied().unwrap_or(usize::MAX);
                if let Some(lv) = s.low.get_mut(v) {
                    *lv = (*lv).min(lw);
                }
            } else if s.on_stack.contains(w) {
                let iw = s.index.get(w).copied().unwrap_or(usize::MAX);
                if let Some(lv) = s.low.get_mut(v) {
                    *lv = (*lv).min(iw);
                }
            }
        }
        if s.low.get(v) == s.index.get(v) {
            // A component of one node without a self-loop is not a cycle.
            let self_loop = edges
                .get(v)
                .is_some_and(|out| out.iter().any(|(_, w)| *w == v));
            let mut members = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                members.push(w);
                if w == v {
                    break;
                }
            }
            if members.len() > 1 || self_loop {
                for m in members {
                    s.component.insert(m, s.components);
                }
            }
            s.components += 1;
        }
    }
    let mut s = State {
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
            visit(v, edges, &mut s);
        }
    }
    s.component
}
