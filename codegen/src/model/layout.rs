//! The groups of a large API. One with more than [`SPLIT_OVER`] operations in at least two
//! groups is split by its own grouping: the operation's tag, else the first segment of its
//! RPC target (`chat.` in `chat.chat.PostMessage`), else the first segment of its path. A
//! named type goes to the only group whose operations reach it, shared types to the module.

use std::collections::{BTreeMap, BTreeSet};

use crate::names::{Case, Scope};
use crate::spec::{ApiSpec, Operation, TypeRef};

/// APIs with more operations than this are split into one file per group.
pub const SPLIT_OVER: usize = 100;

/// A group of operations and its module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The module's identifier.
    pub module: String,
    /// The group's name as the API writes it.
    pub label: String,
    /// Its operations (indexes in spec order).
    pub ops: Vec<usize>,
}

fn label(op: &Operation) -> String {
    if let Some(t) = &op.tag {
        return t.clone();
    }
    if let Some(rpc) = &op.rpc {
        return rpc.target.split('.').next().unwrap_or("").to_string();
    }
    op.route
        .as_ref()
        .and_then(|r| {
            r.path
                .split('/')
                .find(|s| !s.is_empty() && !s.starts_with('{'))
        })
        .unwrap_or("")
        .to_string()
}

/// The groups of a large API, sorted by module name; `None` when it stays in one file.
pub(super) fn groups(spec: &ApiSpec) -> Option<Vec<Group>> {
    if spec.operations.len() <= SPLIT_OVER {
        return None;
    }
    let mut by_label: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, op) in spec.operations.iter().enumerate() {
        by_label.entry(label(op)).or_default().push(i);
    }
    if by_label.len() < 2 {
        return None;
    }
    let mut scope = Scope::with_reserved(&["types", "requests", "client"]);
    let mut out: Vec<Group> = by_label
        .into_iter()
        .map(|(label, ops)| {
            let wire = if label.is_empty() { "other" } else { &label };
            let module = scope.unique(wire, Case::Snake);
            Group { module, label, ops }
        })
        .collect();
    out.sort_by(|a, b| a.module.cmp(&b.module));
    Some(out)
}

/// Where each named type of a split module is written: the index of the only group whose
/// operations reach it (through parameters, bodies, responses and the types those mention),
/// or `None` (`types/mod.rs`) for a type several groups reach, or none.
pub(super) fn type_homes(spec: &ApiSpec, groups: &[Group]) -> BTreeMap<String, Option<usize>> {
    let mut reached_by: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (i, group) in groups.iter().enumerate() {
        let mut todo: Vec<&str> = Vec::new();
        for op in group.ops.iter().filter_map(|&o| spec.operations.get(o)) {
            op.params.iter().for_each(|p| push_named(&p.ty, &mut todo));
            op.body.iter().for_each(|b| push_named(&b.ty, &mut todo));
            op.responses
                .iter()
                .filter_map(|r| r.ty.as_ref())
                .for_each(|t| push_named(t, &mut todo));
        }
        let mut seen = BTreeSet::new();
        while let Some(name) = todo.pop() {
            if !seen.insert(name) {
                continue;
            }
            let Some(def) = spec.types.get(name) else {
                continue;
            };
            def.type_refs()
                .into_iter()
                .for_each(|t| push_named(t, &mut todo));
        }
        for name in seen {
            reached_by.entry(name).or_default().insert(i);
        }
    }
    spec.types
        .keys()
        .map(|name| {
            let home = match reached_by.get(name.as_str()) {
                Some(groups) if groups.len() == 1 => groups.iter().next().copied(),
                _ => None,
            };
            (name.clone(), home)
        })
        .collect()
}

/// Adds the named types `t` mentions to `todo`.
fn push_named<'a>(t: &'a TypeRef, todo: &mut Vec<&'a str>) {
    t.visit_named(&mut |n| todo.push(n));
}
