//! The comparison itself: top level, types (renames first), operations (renames by route or
//! target), parameters, bodies, responses and the client method each operation becomes.
//!
//! Here: the pairing of the two specs ([`compare`]), the comparison's state ([`Cx`]) and the
//! wording every part shares. The parts: `api` (title, protocol, credentials, base URL and
//! path, version), `operations` (operations paired by id or route, each one's docs, route,
//! credential, paging and method signature), `params` (parameters and the request body),
//! `responses`, `types` (type renames, usage, type changes, a type's kind, docs and enum
//! values), `fields` (a struct's fields) and `alternatives` (a `one_of` type's alternatives).

mod alternatives;
mod api;
mod fields;
mod operations;
mod params;
mod responses;
mod types;

use std::collections::BTreeMap;

use chatgen_codegen::spec::{ApiSpec, TypeRef};

use super::side::Side;
use super::{Change, Class, Kind};
use operations::operation_renames;
use types::{TypeChange, Usage, renamed, type_change, type_renames, usage};

/// Every change from `old` to `new`, in spec order (top level, operations, types).
pub(super) fn compare(old: &ApiSpec, new: &ApiSpec) -> Vec<Change> {
    let renames = type_renames(old, new);
    // The old spec in the new spec's type names, so that a renamed type is reported once;
    // and with the new ids of renamed operations, so that each is compared with its new
    // self.
    let mut old_r = renamed(old, &renames);
    let op_renames = operation_renames(&old_r, new);
    for op in &mut old_r.operations {
        if let Some((to, _)) = op_renames.iter().find(|(_, from)| **from == op.id) {
            op.id.clone_from(to);
        }
    }
    let mut cx = Cx {
        old: &old_r,
        new,
        ro: Side::of(&old_r),
        rn: Side::of(new),
        original: Side::of(old),
        op_renames,
        usage: usage(&old_r).merge(usage(new)),
        out: Vec::new(),
    };
    cx.top_level();
    cx.operations();
    cx.types(&renames);
    cx.out
}

struct Cx<'a> {
    /// The old spec, in the new spec's names of renamed types and operations.
    old: &'a ApiSpec,
    new: &'a ApiSpec,
    /// The model of `old`.
    ro: Side<'a>,
    /// The model of `new`.
    rn: Side<'a>,
    /// The model of the old spec as it is, for the names renamed things had.
    original: Side<'a>,
    /// Renamed operations: new id → old id.
    op_renames: BTreeMap<String, String>,
    usage: Usage,
    out: Vec<Change>,
}

/// The doc-change note for override keys that changed, if they did.
fn override_note(old: &[String], new: &[String]) -> Option<String> {
    (old != new).then(|| {
        format!(
            "keys from the override [{}] → [{}]",
            old.join(", "),
            new.join(", ")
        )
    })
}

/// A change at `at`, with no Rust effect or lines yet.
fn change(class: Class, kind: Kind, at: impl Into<String>, message: impl Into<String>) -> Change {
    Change {
        class,
        kind,
        at: at.into(),
        message: message.into(),
        rust: None,
        old_line: None,
        new_line: None,
    }
}

impl Change {
    /// What the change does to the generated Rust API.
    fn rust(mut self, text: impl Into<String>) -> Self {
        self.rust = Some(text.into());
        self
    }

    /// The lines of the old and the new spec it is at.
    fn lines(mut self, old: Option<u32>, new: Option<u32>) -> Self {
        self.old_line = old;
        self.new_line = new;
        self
    }
}

/// `s` as code.
fn code(s: &str) -> String {
    format!("`{s}`")
}

/// `v` as code, or `none`.
fn opt_text(v: Option<&str>) -> String {
    v.map_or_else(|| "none".to_string(), code)
}

/// A value as compact JSON, for messages.
fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// How a description changed: added, removed or reworded.
fn reworded(a: &Option<String>, b: &Option<String>) -> String {
    match (a, b) {
        (None, Some(_)) => "description added".into(),
        (Some(_), None) => "description removed".into(),
        _ => "description reworded".into(),
    }
}

impl Cx<'_> {
    /// One doc-only change at `at` listing `notes` (`label: a; b`), when there are any.
    fn push_doc_notes(
        &mut self,
        at: &str,
        label: &str,
        notes: Vec<String>,
        lines: (Option<u32>, Option<u32>),
    ) {
        if !notes.is_empty() {
            self.out.push(
                change(
                    Class::Doc,
                    Kind::DocChanged,
                    at,
                    format!("{label}: {}", notes.join("; ")),
                )
                .lines(lines.0, lines.1),
            );
        }
    }

    /// How a type change from `a` (old) to `b` (new) affects callers; `None` when there is
    /// none. `request`: the value is one callers send.
    fn type_change(&self, a: &TypeRef, b: &TypeRef, request: bool) -> Option<TypeChange> {
        type_change(a, b, request, self.ro.ty(a) != self.rn.ty(b))
    }
}
