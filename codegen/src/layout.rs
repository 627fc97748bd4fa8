//! File layout of a generated module. A large API (more than [`SPLIT_OVER`] operations in at
//! least two groups) is split by its own grouping: the operation's tag, else the first
//! segment of its RPC target (`chat.` in `chat.chat.PostMessage`), else the first segment
//! of its path. Then `client/mod.rs` holds the `Client` type and `client/<group>.rs` an
//! `impl Client` block of that group's methods; `requests/<group>.rs` the group's request
//! types, re-exported by `requests/mod.rs`; `types/<group>.rs` the named types only that
//! group's operations reach, and `types/mod.rs` the shared ones. Every path (`requests::X`,
//! `types::X`) stays the same.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::generate::{TypeNames, doc_attr, gen_client_methods, gen_request_items, has_request};
use crate::names::{Case, Scope};
use crate::spec::{ApiSpec, Operation, TypeRef};

/// APIs with more operations than this are split into one file per group.
pub const SPLIT_OVER: usize = 100;

/// A group of operations and its module name.
pub(crate) struct Group<'a> {
    /// The module.
    pub(crate) module: Ident,
    /// The group's name as the API writes it.
    pub(crate) label: String,
    /// Its operations, in documentation order.
    pub(crate) ops: Vec<&'a Operation>,
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
pub(crate) fn groups(spec: &ApiSpec) -> Option<Vec<Group<'_>>> {
    if spec.operations.len() <= SPLIT_OVER {
        return None;
    }
    let mut by_label: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
    for op in &spec.operations {
        by_label.entry(label(op)).or_default().push(op);
    }
    if by_label.len() < 2 {
        return None;
    }
    let mut scope = Scope::with_reserved(&["types", "requests", "client"]);
    let mut out: Vec<Group<'_>> = by_label
        .into_iter()
        .map(|(label, ops)| {
            let wire = if label.is_empty() { "other" } else { &label };
            let module = Ident::new(&scope.unique(wire, Case::Snake), Span::call_site());
            Group { module, label, ops }
        })
        .collect();
    out.sort_by_key(|g| g.module.to_string());
    Some(out)
}

/// `client/<group>.rs`: the group's methods as an `impl Client` block.
pub(crate) fn gen_client_group(
    spec: &ApiSpec,
    group: &Group<'_>,
    names: &TypeNames,
) -> TokenStream {
    let (methods, _) = gen_client_methods(spec, &group.ops, names);
    let doc = format!(" Methods of the `{}` group.", group.label);
    quote! {
        #![doc = #doc]
        #[allow(unused_imports)]
        use super::requests::*;

        impl super::Client {
            #(#methods)*
        }
    }
}

/// `requests/mod.rs` of a split module: the groups, re-exported.
pub(crate) fn gen_requests_mod(groups: &[Group<'_>]) -> TokenStream {
    let mods = groups.iter().filter(|g| has_requests(g)).map(|g| {
        let m = &g.module;
        let doc = doc_attr(&format!("Request types of the `{}` group.", g.label));
        quote!(#doc mod #m; pub use #m::*;)
    });
    quote! {
        //! One request type per operation that takes parameters or a body, one file per group.
        #[allow(unused_imports)]
        use super::{types, Client};
        #(#mods)*
    }
}

/// Whether a group has request types (a `requests/<group>.rs`).
pub(crate) fn has_requests(group: &Group<'_>) -> bool {
    group.ops.iter().any(|op| has_request(op))
}

/// `requests/<group>.rs`.
pub(crate) fn gen_requests_group(
    spec: &ApiSpec,
    group: &Group<'_>,
    names: &TypeNames,
) -> TokenStream {
    let items = gen_request_items(spec, &group.ops, names);
    let doc = format!(" Request types of the `{}` group.", group.label);
    quote! {
        #![doc = #doc]
        #(#items)*
    }
}

/// Where each named type of a split module is written: the index of the only group whose
/// operations reach it (through parameters, bodies, responses and the types those mention),
/// or `None` (`types/mod.rs`) for a type several groups reach, or none.
pub(crate) fn type_homes(spec: &ApiSpec, groups: &[Group<'_>]) -> BTreeMap<String, Option<usize>> {
    let mut reached_by: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (i, group) in groups.iter().enumerate() {
        let mut todo: Vec<&str> = Vec::new();
        for op in &group.ops {
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
            def.fields.iter().for_each(|f| push_named(&f.ty, &mut todo));
            def.variants
                .iter()
                .for_each(|v| push_named(&v.ty, &mut todo));
            def.alias.iter().for_each(|t| push_named(t, &mut todo));
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

/// The groups that have a `types/<group>.rs`: the home of some type.
pub(crate) fn groups_with_types(homes: &BTreeMap<String, Option<usize>>) -> BTreeSet<usize> {
    homes.values().flatten().copied().collect()
}

/// `types/mod.rs` of a split module: the shared types, and the groups' files re-exported.
pub(crate) fn gen_types_mod(
    groups: &[Group<'_>],
    homes: &BTreeMap<String, Option<usize>>,
    shared: Vec<TokenStream>,
) -> TokenStream {
    let with_types = groups_with_types(homes);
    let mods = groups
        .iter()
        .enumerate()
        .filter(|(i, _)| with_types.contains(i))
        .map(|(_, g)| {
            let m = &g.module;
            let doc = doc_attr(&format!("Types only the `{}` group uses.", g.label));
            quote!(#doc mod #m; pub use #m::*;)
        });
    quote! {
        //! Named types of the API: bodies, responses and the objects inside them. Types that
        //! only one group's operations use are in that group's file; all are re-exported here.
        // The group files name types `super::types::X`, as every other file does.
        #[allow(unused_imports)]
        use super::types;
        #(#mods)*
        #(#shared)*
    }
}

/// `types/<group>.rs`.
pub(crate) fn gen_types_group(group: &Group<'_>, items: Vec<TokenStream>) -> TokenStream {
    let doc = format!(" Types only the `{}` group uses.", group.label);
    quote! {
        #![doc = #doc]
        #(#items)*
    }
}
