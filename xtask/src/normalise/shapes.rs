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
            if !def.fields.is_empty() && def.from_override.is_empty() {
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
                for field in kept.fields.iter_mut().filter(|f| f.doc.is_none()) {
                    field.doc = gone
                        .fields
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
        .fields
        .iter()
        .map(|f| format!("{}:{}:{}:{}", f.name, f.ty, f.optional, f.nullable))
        .collect();
    format!("open={} {}", def.open, fields.join(","))
}

fn choose_name(spec: &ApiSpec, members: &[String]) -> String {
    let first = members[0].clone();
    let def = &spec.types[&first];
    let mut field_names: Vec<&str> = def.fields.iter().map(|f| f.name.as_str()).collect();
    field_names.sort_unstable();
    let free = |n: &str| !spec.types.contains_key(n) || members.iter().any(|m| m == n);
    if let Some((name, _)) = WELL_KNOWN
        .iter()
        .find(|(_, fields)| *fields == field_names.as_slice())
        && free(name)
    {
        return (*name).to_string();
    }
    let users: Vec<&Operation> = spec
        .operations
        .iter()
        .filter(|op| {
            op.responses
                .iter()
                .any(|r| r.is_success() && r.ty.as_ref().is_some_and(|t| is_member(t, members)))
                || op.body.as_ref().is_some_and(|b| is_member(&b.ty, members))
        })
        .collect();
    if users.len() > 1 {
        let last_words: Vec<String> = users
            .iter()
            .filter_map(|op| op.name.split_whitespace().last())
            .map(|w| w.to_lowercase())
            .collect();
        if last_words.len() == users.len() && last_words.windows(2).all(|w| w[0] == w[1]) {
            let noun = last_words[0].to_pascal_case();
            // Rust names stay ASCII: a Russian noun (`Устройства`) does not name a type.
            if !noun.is_empty() && noun.is_ascii() && free(&noun) {
                return noun;
            }
        }
        // Operations filed under one tag (`chatrooms`) share its singular (`Chatroom`).
        if let Some(tag) = users[0].tag.as_deref()
            && users.iter().all(|op| op.tag.as_deref() == Some(tag))
        {
            let noun = singular(&tag.to_pascal_case());
            if !noun.is_empty() && free(&noun) {
                return noun;
            }
        }
    }
    // A shape every reference reaches through one field name (`me`, `devices`) takes it.
    let mut via: Vec<String> = spec
        .types
        .iter()
        .filter(|(owner, _)| !members.contains(owner))
        .flat_map(|(_, def)| &def.fields)
        .filter(|f| {
            let mut hit = false;
            f.ty.visit_named(&mut |n| hit |= members.iter().any(|m| m == n));
            hit
        })
        .map(|f| singular(&f.name.to_pascal_case()))
        .collect();
    via.sort();
    via.dedup();
    if let [only] = via.as_slice()
        && free(only)
    {
        return only.clone();
    }
    // Operations on one resource (`/teams`, `/teams/{team_uid}`) share its singular (`Team`).
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
    if users.len() > 1
        && resources.len() == users.len()
        && resources.windows(2).all(|w| w[0] == w[1])
    {
        let noun = singular(&resources[0].to_pascal_case());
        if !noun.is_empty() && noun.is_ascii() && free(&noun) {
            return noun;
        }
    }
    // Small shapes shared by operations with nothing in common are named by their fields.
    if def.fields.len() <= 3 {
        let suffix = ["Response", "Body"]
            .into_iter()
            .find(|s| first.contains(s))
            .unwrap_or("");
        let by_fields: String = def.fields.iter().map(|f| f.name.to_pascal_case()).collect();
        let name = format!("{by_fields}{suffix}");
        if !by_fields.is_empty() && free(&name) {
            return name;
        }
    }
    first
}

fn is_member(t: &TypeRef, members: &[String]) -> bool {
    matches!(t, TypeRef::Named(n) if members.contains(n))
}
