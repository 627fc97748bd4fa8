//! Shared shapes: structurally identical struct types become one named type.
//!
//! Runs to a fixpoint, so nested types merge first and their parents then compare equal.
//! The name of a merged type is, in order: a well-known shape's name (RFC 7807
//! `ProblemDetails`); the noun every operation returning it ends with (`Create message`,
//! `Get message` → `Message`); the singular of the tag every such operation is filed under
//! (`chatrooms` → `Chatroom`); the field every reference reaches it through (`me` → `Me`,
//! `devices` → `Device`); the resource every operation returning it works on (`/teams`,
//! `/teams/{team_uid}` → `Team`); for up to three fields, the fields' names (`{ok}` shared by
//! many methods → `OkResponse`); the name of its first occurrence in the document.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{ApiSpec, Operation, TypeDef, TypeRef};
use heck::ToPascalCase;

use super::for_each_typeref_mut;
use super::infer::singular;

/// Shapes with a standard name, by their exact field set.
const WELL_KNOWN: &[(&str, &[&str])] = &[(
    "ProblemDetails",
    &["detail", "instance", "status", "title", "type"],
)];

/// Merges identical struct types until none are left.
pub fn share_shapes(spec: &mut ApiSpec) {
    loop {
        let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, def) in &spec.types {
            if !def.fields().is_empty() && def.from_override.is_empty() {
                groups.entry(shape_key(def)).or_default().push(name.clone());
            }
        }
        let mut rename = BTreeMap::new();
        let mut chosen_names = std::collections::BTreeSet::new();
        for members in groups.into_values().filter(|m| m.len() > 1) {
            let mut members = members;
            members.sort_by_key(|m| (spec.types[m].line, m.clone()));
            let mut chosen = choose_name(spec, &members);
            if !chosen_names.insert(chosen.clone()) {
                chosen.clone_from(&members[0]);
            }
            for m in &members {
                if *m != chosen {
                    rename.insert(m.clone(), chosen.clone());
                }
            }
        }
        if rename.is_empty() {
            return;
        }
        let mut merged: Vec<(String, TypeDef)> = Vec::new();
        for (from, to) in &rename {
            if let Some(def) = spec.types.remove(from) {
                match spec.types.get(to) {
                    Some(existing) if existing.line <= def.line => merged.push((to.clone(), def)),
                    _ => {
                        if let Some(previous) = spec.types.insert(to.clone(), def) {
                            merged.push((to.clone(), previous));
                        }
                    }
                }
            }
        }
        // Field docs of the merged-away types fill the kept type's missing ones.
        for (to, gone) in merged {
            if let Some(kept) = spec.types.get_mut(&to) {
                for field in kept.fields_mut().iter_mut().filter(|f| f.doc.is_none()) {
                    field.doc = gone
                        .fields()
                        .iter()
                        .find(|g| g.name == field.name)
                        .and_then(|g| g.doc.clone());
                }
            }
        }
        for_each_typeref_mut(spec, &mut |t| t.rename(&rename));
    }
}

/// Everything that makes two struct types interchangeable (not docs or lines).
fn shape_key(def: &TypeDef) -> String {
    let fields: Vec<String> = def
        .fields()
        .iter()
        .map(|f| format!("{}:{}:{}:{}", f.name, f.ty, f.optional, f.nullable))
        .collect();
    format!("open={} {}", def.is_open(), fields.join(","))
}

/// The name of a shape shared by the types `members` (the first kept when nothing better
/// is free): the first free name of a well-known shape, the last word all its operations'
/// names share, the singular of their one tag, the one field name every reference reaches
/// it through, their one resource, or (for small shapes) its field names.
fn choose_name(spec: &ApiSpec, members: &[String]) -> String {
    let first = members[0].clone();
    let def = &spec.types[&first];
    let free = |n: &str| !spec.types.contains_key(n) || members.iter().any(|m| m == n);
    let users = users(spec, members);
    // Operations' names, tags and routes name a shape only when several share it.
    let shared: &[&Operation] = if users.len() > 1 { &users } else { &[] };
    [
        well_known(def),
        last_word(shared),
        tag(shared),
        via_field(spec, members),
        resource(shared),
        by_fields(def, &first),
    ]
    .into_iter()
    .flatten()
    .find(|n| free(n))
    .unwrap_or(first)
}

/// The name of a well-known shape with these fields.
fn well_known(def: &TypeDef) -> Option<String> {
    let mut field_names: Vec<&str> = def.fields().iter().map(|f| f.name.as_str()).collect();
    field_names.sort_unstable();
    WELL_KNOWN
        .iter()
        .find(|(_, fields)| *fields == field_names.as_slice())
        .map(|(name, _)| (*name).to_string())
}

/// The operations that answer with one of `members` or send one as their body.
fn users<'a>(spec: &'a ApiSpec, members: &[String]) -> Vec<&'a Operation> {
    spec.operations
        .iter()
        .filter(|op| {
            op.responses
                .iter()
                .any(|r| r.is_success() && r.ty.as_ref().is_some_and(|t| is_member(t, members)))
                || op.body.as_ref().is_some_and(|b| is_member(&b.ty, members))
        })
        .collect()
}

/// The last word of the names of `users`, when all share it (`… Device` → `Device`). Rust
/// names stay ASCII: a Russian noun (`Устройства`) does not name a type.
fn last_word(users: &[&Operation]) -> Option<String> {
    let last_words: Vec<String> = users
        .iter()
        .filter_map(|op| op.name.split_whitespace().last())
        .map(|w| w.to_lowercase())
        .collect();
    if last_words.is_empty()
        || last_words.len() != users.len()
        || !last_words.windows(2).all(|w| w[0] == w[1])
    {
        return None;
    }
    let noun = last_words[0].to_pascal_case();
    (!noun.is_empty() && noun.is_ascii()).then_some(noun)
}

/// Operations filed under one tag (`chatrooms`) share its singular (`Chatroom`).
fn tag(users: &[&Operation]) -> Option<String> {
    let tag = users.first()?.tag.as_deref()?;
    if !users.iter().all(|op| op.tag.as_deref() == Some(tag)) {
        return None;
    }
    let noun = singular(&tag.to_pascal_case());
    (!noun.is_empty()).then_some(noun)
}

/// A shape every reference reaches through one field name (`me`, `devices`) takes it.
fn via_field(spec: &ApiSpec, members: &[String]) -> Option<String> {
    let mut via: Vec<String> = spec
        .types
        .iter()
        .filter(|(owner, _)| !members.contains(owner))
        .flat_map(|(_, def)| def.fields())
        .filter(|f| {
            let mut hit = false;
            f.ty.visit_named(&mut |n| hit |= members.iter().any(|m| m == n));
            hit
        })
        .map(|f| singular(&f.name.to_pascal_case()))
        // (A field named by no word, `"?"`, names no type.)
        .filter(|n| n.starts_with(|c: char| c.is_ascii_alphabetic()))
        .collect();
    via.sort();
    via.dedup();
    match via.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    }
}

/// Operations on one resource (`/teams`, `/teams/{team_uid}`) share its singular (`Team`).
fn resource(users: &[&Operation]) -> Option<String> {
    let resources: Vec<&str> = users
        .iter()
        .filter_map(|op| op.route.as_ref())
        .filter_map(|r| {
            r.path
                .split('?')
                .next()?
                .split('/')
                .rev()
                .find(|s| !s.is_empty() && !s.starts_with('{'))
        })
        .collect();
    if resources.is_empty()
        || resources.len() != users.len()
        || !resources.windows(2).all(|w| w[0] == w[1])
    {
        return None;
    }
    let noun = singular(&resources[0].to_pascal_case());
    (!noun.is_empty() && noun.is_ascii()).then_some(noun)
}

/// Small shapes shared by operations with nothing in common are named by their fields (and
/// the `Response` or `Body` of the first type's name).
fn by_fields(def: &TypeDef, first: &str) -> Option<String> {
    if def.fields().len() > 3 {
        return None;
    }
    let suffix = ["Response", "Body"]
        .into_iter()
        .find(|s| first.contains(s))
        .unwrap_or("");
    let by_fields: String = def
        .fields()
        .iter()
        .map(|f| f.name.to_pascal_case())
        .collect();
    by_fields
        .starts_with(|c: char| c.is_ascii_alphabetic())
        .then(|| format!("{by_fields}{suffix}"))
}

fn is_member(t: &TypeRef, members: &[String]) -> bool {
    matches!(t, TypeRef::Named(n) if members.contains(n))
}
