//! Request types: one per operation that takes parameters or a body, printed from the
//! model's [`Request`]s: a struct with `new(...)` for the required members, or for an
//! envelope that puts header parameters apart, a struct of one part per envelope member.

use proc_macro2::TokenStream;
use quote::quote;

use super::text::{code, doc_attr, doc_paragraphs, method_link, prose};
use super::tokens::{id, style_tokens, ty};
use super::types::{DebugMember, gen_debug, gen_deserialize, gen_field, is_secret};
use crate::model::{FieldModel, Member, Model, Part, Request, RequestLayout};
use crate::spec::{ApiSpec, Field, Location, Operation, Param, Style};

/// `requests.rs`.
pub(crate) fn gen_requests_file(spec: &ApiSpec, model: &Model) -> TokenStream {
    let ops: Vec<usize> = (0..spec.operations.len()).collect();
    let items = gen_request_items(spec, model, &ops);
    quote! {
        //! One request type per operation that takes parameters or a body.
        #(#items)*
    }
}

/// The request types of the operations `ops` (indexes).
pub(crate) fn gen_request_items(spec: &ApiSpec, model: &Model, ops: &[usize]) -> Vec<TokenStream> {
    ops.iter()
        .filter_map(|&i| {
            let op = spec.operations.get(i)?;
            let request = model.operations.get(i)?.request.as_ref()?;
            Some(match &request.layout {
                RequestLayout::Parts(parts) => gen_parts_request(op, request, parts),
                RequestLayout::Struct { members, on_wire } => {
                    gen_request(op, request, members, *on_wire)
                }
            })
        })
        .collect()
}

/// A request struct. With `on_wire`, the struct itself is what the runtime serialises (the
/// RPC protocols), so it derives `Serialize` and keeps wire names.
fn gen_request(
    op: &Operation,
    request: &Request,
    members: &[Member],
    on_wire: bool,
) -> TokenStream {
    let ty_name = id(&request.name);
    let param = |m: &Member| m.param.and_then(|i| op.params.get(i));
    let fields = members.iter().map(|m| {
        let id = id(&m.ident);
        let p = param(m);
        let doc = match p {
            Some(p) => param_doc(p),
            None => doc_attr("The request body."),
        };
        let serde = p.filter(|_| on_wire).map(|p| {
            let wire = &p.name;
            let rename = (id != wire.as_str()).then(|| quote!(#[serde(rename = #wire)]));
            let skip = (!p.required)
                .then(|| quote!(#[serde(skip_serializing_if = "::std::option::Option::is_none")]));
            quote!(#rename #skip)
        });
        let t = ty(&m.declared());
        quote!(#doc #serde pub #id: #t,)
    });
    let serialize = on_wire.then(|| quote!(::serde::Serialize,));
    let debug_members: Vec<DebugMember> = members
        .iter()
        .map(|m| DebugMember {
            id: id(&m.ident),
            secret: param(m).is_some_and(|p| is_secret(&p.name, &p.ty)),
        })
        .collect();
    let (derive_debug, debug_impl) = gen_debug(&ty_name, &debug_members);
    let required: Vec<&Member> = members.iter().filter(|m| m.required).collect();
    let args = required.iter().map(|m| {
        let (id, t) = (id(&m.ident), ty(&m.declared()));
        quote!(#id: #t)
    });
    let inits = members.iter().map(|m| {
        let id = id(&m.ident);
        if m.required {
            quote!(#id,)
        } else {
            quote!(#id: ::std::option::Option::None,)
        }
    });
    let allow = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let type_doc = doc_attr(&format!("Parameters of {}.", method_link(op)));
    let derive_default = required.is_empty().then(|| quote!(Default,));
    let constructor = (!required.is_empty()).then(|| {
        quote! {
            impl #ty_name {
                /// A request with the required parameters; optional ones start as `None`.
                #allow
                pub fn new(#(#args),*) -> Self {
                    Self { #(#inits)* }
                }
            }
        }
    });
    quote! {
        #type_doc
        #[derive(#derive_debug Clone, PartialEq, #derive_default #serialize)]
        pub struct #ty_name {
            #(#fields)*
        }
        #debug_impl
        #constructor
    }
}

/// The request types of an action whose envelope puts header parameters apart: one struct
/// per part, and the request holding them.
fn gen_parts_request(op: &Operation, request: &Request, parts: &[Part]) -> TokenStream {
    let ty_name = id(&request.name);
    let built: Vec<(TokenStream, bool)> = parts.iter().map(|p| gen_part(op, p)).collect();
    let members = parts.iter().map(|p| {
        let (field, t) = (id(&p.field), id(&p.name));
        let doc = doc_attr(&format!("Sent in `{}`.", p.place));
        quote!(#doc pub #field: #t,)
    });
    let default = built.iter().all(|(_, d)| *d).then(|| quote!(Default,));
    let items = built.iter().map(|(tokens, _)| tokens);
    let doc = doc_attr(&format!("Parameters of {}.", method_link(op)));
    quote! {
        #(#items)*
        #doc
        #[derive(Debug, Clone, PartialEq, #default)]
        pub struct #ty_name {
            #(#members)*
        }
    }
}

/// The struct for one part of a request (`Identification` or `Data`), and whether it is
/// `Default` (every member optional).
fn gen_part(op: &Operation, part: &Part) -> (TokenStream, bool) {
    let ty_name = id(&part.name);
    let mut members = Vec::new();
    let part_fields: Vec<(Field, FieldModel)> = part
        .members
        .iter()
        .filter_map(|m| {
            let p = op.params.get(m.param?)?;
            let mut doc = p.doc.clone();
            if let Some(d) = &p.default {
                let note = format!("Server default: {d}.");
                doc = Some(doc.map_or(note.clone(), |text| format!("{text}\n\n{note}")));
            }
            let field = Field {
                name: p.name.clone(),
                ty: p.ty.clone(),
                optional: !p.required,
                nullable: false,
                doc,
                from_override: p.from_override.clone(),
                line: p.line,
            };
            let model = FieldModel {
                wire: p.name.clone(),
                ident: m.ident.clone(),
                ty: m.ty.clone(),
                optional: !m.required,
                nullable: false,
                boxed: false,
            };
            Some((field, model))
        })
        .collect();
    let mut reads = Vec::new();
    let fields: Vec<TokenStream> = part_fields
        .iter()
        .map(|(field, model)| {
            let id = id(&model.ident);
            let tokens = gen_field(field, model, &id);
            reads.push((id.clone(), field, model));
            members.push(DebugMember {
                id,
                secret: is_secret(&field.name, &field.ty),
            });
            tokens
        })
        .collect();
    let de_impl = gen_deserialize(&ty_name, &reads, None);
    let (derive_debug, debug_impl) = gen_debug(&ty_name, &members);
    let all_optional = part.members.iter().all(|m| !m.required);
    let default = all_optional.then(|| quote!(Default,));
    let doc = doc_attr(&format!(
        "What {} sends in `{}`.",
        method_link(op),
        part.place
    ));
    let tokens = quote! {
        #doc
        #[derive(#derive_debug Clone, PartialEq, #default ::serde::Serialize)]
        pub struct #ty_name {
            #(#fields)*
        }
        #debug_impl
        #de_impl
    };
    (tokens, all_optional)
}

fn param_doc(p: &Param) -> TokenStream {
    let location = match p.location {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Body => "body",
        Location::Cookie => "cookie",
    };
    // The description when the doc gives one; the location line names the parameter anyway.
    let mut parts: Vec<String> = p.doc.as_deref().map(prose).into_iter().collect();
    let mut facts = format!("Sent as {location} parameter {}", code(&p.name));
    if p.style() == Style::Json {
        facts.push_str(", as JSON text");
    } else if style_tokens(p).is_some() {
        let explode = if p.explode() {
            "exploded"
        } else {
            "not exploded"
        };
        facts.push_str(&format!(
            ", style {}, {explode}",
            code(p.style().openapi_name())
        ));
        if p.allow_reserved {
            facts.push_str(", reserved characters unescaped");
        }
    }
    if let Some(d) = &p.default {
        facts.push_str(&format!(
            "; the server's default is {}",
            code(&d.to_string())
        ));
    }
    facts.push('.');
    parts.push(facts);
    if !p.from_override.is_empty() {
        parts.push(format!(
            "From spec/overrides: {}.",
            p.from_override.join(", ")
        ));
    }
    doc_paragraphs(&parts)
}
