//! Shapes common to hand-written references, each with a small page written for the test,
//! one file per theme: `routes` (a method and a path in code, tables, items, labels),
//! `headings` (a heading per operation, path headings over methods, index tables over
//! sections), `calls` (example calls that are uses of a route, RPC methods), `params`,
//! `bodies` and `statuses`. This file holds the helpers they share. A new shape's test goes
//! at the end of its theme's file.

use chatgen_codegen::spec::{Body, Location, TypeRef};

use super::params::prose_required;
use super::responses::{cell_statuses, inline_statuses, status_item};
use super::routes::upper_placeholder;
use super::samples::request_type_heading;
use super::tables::required_cell;
use super::types::location_word;
use super::*;

fn read(name: &str, text: &str) -> Extracted {
    extract(&Document::parse(name, text), "pets", name)
}

/// A parsed page read, as a folder's page is (told what its folder says).
fn read_doc(doc: &Document) -> Extracted {
    extract(doc, "pets", &doc.file)
}

/// `(method path, params as "name in required")` per operation.
fn ops(out: &Extracted) -> Vec<(String, Vec<String>)> {
    out.spec
        .operations
        .iter()
        .map(|o| {
            (
                o.route.as_ref().map_or_else(
                    || format!("? {}", o.id),
                    |r| format!("{} {}", r.method, r.path),
                ),
                o.params
                    .iter()
                    .map(|p| {
                        format!(
                            "{} {} {}",
                            p.name,
                            format!("{:?}", p.location).to_lowercase(),
                            p.required
                        )
                    })
                    .collect(),
            )
        })
        .collect()
}

/// The names of an operation's body fields (its body a named struct).
fn body_names<'a>(out: &'a Extracted, op: &chatgen_codegen::spec::Operation) -> Vec<&'a str> {
    body_flags(out, op)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// An operation's body fields (its body a named struct), each with whether it is required.
fn body_flags<'a>(
    out: &'a Extracted,
    op: &chatgen_codegen::spec::Operation,
) -> Vec<(&'a str, bool)> {
    let body = op.body.as_ref().expect("a body");
    let TypeRef::Named(name) = &body.ty else {
        panic!("a named body: {:?}", body.ty);
    };
    out.spec.types[name]
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), !f.optional))
        .collect()
}

/// Operation `i`'s parameters, each with whether it is required.
fn param_flags(out: &Extracted, i: usize) -> Vec<(&str, bool)> {
    out.spec.operations[i]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect()
}

/// The names of operation `i`'s parameters, wherever they go.
fn param_names(out: &Extracted, i: usize) -> Vec<&str> {
    out.spec.operations[i]
        .params
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

/// `method path` per operation.
fn routes(out: &Extracted) -> Vec<String> {
    ops(out).into_iter().map(|(r, _)| r).collect()
}

/// The RPC method each operation calls (`""` for a route).
fn rpc_names(out: &Extracted) -> Vec<&str> {
    out.spec
        .operations
        .iter()
        .map(|o| o.rpc.as_ref().map_or("", |r| r.target.as_str()))
        .collect()
}

/// The status codes per operation.
fn statuses(out: &Extracted) -> Vec<Vec<u16>> {
    out.spec
        .operations
        .iter()
        .map(|o| o.responses.iter().filter_map(|r| r.code()).collect())
        .collect()
}

/// The fields of operation `i`'s body type, each with whether it is optional.
fn body_fields(out: &Extracted, i: usize) -> Vec<(&str, bool)> {
    let Some(Body {
        ty: TypeRef::Named(n),
        ..
    }) = &out.spec.operations[i].body
    else {
        panic!("no body: {:?}", out.spec.operations[i].body);
    };
    out.spec.types[n]
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), f.optional))
        .collect()
}

/// Whether a diagnostic of `out` says `text`.
fn said(out: &Extracted, text: &str) -> bool {
    out.diags.iter().any(|d| d.message.contains(text))
}

mod bodies;
mod calls;
mod headings;
mod params;
mod protocol;
mod routes;
mod statuses;
