//! RPC protocols whose envelope puts header parameters apart from the others: request types
//! split in two parts (named after the envelope members they fill, such as
//! `header.identification` and `body.data`), and client methods that call a target through
//! the runtime's `ApiClient`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::generate::{
    DebugMember, TypeNames, doc_attr, field_idents, gen_debug, gen_field, has_request, is_secret,
    method_doc, method_link, request_type_name, rt,
};
use crate::names::{Case, ident};
use crate::spec::{Field, Location, Operation, Param, Protocol};

/// The struct for one part of a request (`Identification` or `Data`); `None` when the
/// operation has no parameter travelling there. The flag says whether it is `Default`.
fn gen_part(
    op: &Operation,
    names: &TypeNames,
    parts: &Parts,
    location: Location,
) -> Option<(Ident, TokenStream, bool)> {
    let suffix = parts.suffix(location);
    let params: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| p.location == location)
        .collect();
    if params.is_empty() {
        return None;
    }
    let ty = format_ident!("{}{suffix}", ident(&op.id, Case::Pascal));
    let mut members = Vec::new();
    let part_fields: Vec<Field> = params
        .iter()
        .map(|p| {
            let mut doc = p.doc.clone();
            if let Some(d) = &p.default {
                let note = format!("Server default: {d}.");
                doc = Some(doc.map_or(note.clone(), |text| format!("{text}\n\n{note}")));
            }
            Field {
                name: p.name.clone(),
                ty: p.ty.clone(),
                optional: !p.required,
                nullable: false,
                doc,
                from_override: p.from_override.clone(),
                line: p.line,
            }
        })
        .collect();
    let mut reads = Vec::new();
    let fields: Vec<TokenStream> = part_fields
        .iter()
        .zip(field_idents(params.iter().map(|p| p.name.as_str())))
        .map(|(field, id)| {
            let tokens = gen_field(field, &id, names);
            reads.push((id.clone(), field));
            members.push(DebugMember {
                id,
                secret: is_secret(&field.name, &field.ty),
            });
            tokens
        })
        .collect();
    let de_impl = crate::generate::gen_deserialize(&ty, &reads, None);
    let (derive_debug, debug_impl) = gen_debug(&ty, &members);
    let all_optional = params.iter().all(|p| !p.required);
    let default = all_optional.then(|| quote!(Default,));
    let place = if location == Location::Header {
        &parts.header_place
    } else {
        &parts.body_place
    };
    let doc = doc_attr(&format!("What {} sends in `{place}`.", method_link(op)));
    let tokens = quote! {
        #doc
        #[derive(#derive_debug Clone, PartialEq, #default ::serde::Serialize)]
        pub struct #ty {
            #(#fields)*
        }
        #debug_impl
        #de_impl
    };
    Some((ty, tokens, all_optional))
}

/// The two parts of a request, named after the envelope members they fill.
pub(crate) struct Parts {
    /// Field of the request for header parameters (`identification`).
    pub(crate) header: String,
    /// Field of the request for the other parameters (`data`).
    pub(crate) body: String,
    header_place: String,
    body_place: String,
}

impl Parts {
    /// The parts of `protocol`'s envelope (the last token of each pointer).
    pub(crate) fn of(protocol: &Protocol) -> Self {
        let last = |at: &str| at.rsplit('/').next().unwrap_or_default().to_string();
        let dotted = |at: &str| at.trim_start_matches('/').replace('/', ".");
        let (h, b) = protocol.envelope().map_or(("/header", "/body"), |e| {
            (
                e.header_params.as_deref().unwrap_or("/header"),
                e.body_params.as_str(),
            )
        });
        Self {
            header: ident(&last(h), Case::Snake),
            body: ident(&last(b), Case::Snake),
            header_place: dotted(h),
            body_place: dotted(b),
        }
    }

    /// The type name suffix of a part (`Identification`, `Data`).
    pub(crate) fn suffix(&self, location: Location) -> String {
        let field = if location == Location::Header {
            &self.header
        } else {
            &self.body
        };
        ident(field, Case::Pascal)
    }
}

/// The request types of a detailed action.
pub(crate) fn gen_request(op: &Operation, names: &TypeNames, parts: &Parts) -> TokenStream {
    let ty = format_ident!("{}", request_type_name(op));
    let identification = gen_part(op, names, parts, Location::Header);
    let data = gen_part(op, names, parts, Location::Body);
    let member = |part: &Option<(Ident, TokenStream, bool)>, name: &str, doc: &str| {
        part.as_ref().map(|(t, _, _)| {
            let id = Ident::new(name, Span::call_site());
            let doc = doc_attr(doc);
            quote!(#doc pub #id: #t,)
        })
    };
    let id_member = member(
        &identification,
        &parts.header,
        &format!("Sent in `{}`.", parts.header_place),
    );
    let data_member = member(
        &data,
        &parts.body,
        &format!("Sent in `{}`.", parts.body_place),
    );
    let default = [&identification, &data]
        .iter()
        .all(|p| p.as_ref().is_none_or(|(_, _, d)| *d))
        .then(|| quote!(Default,));
    let parts = [identification, data]
        .into_iter()
        .flatten()
        .map(|(_, tokens, _)| tokens);
    let doc = doc_attr(&format!("Parameters of {}.", method_link(op)));
    quote! {
        #(#parts)*
        #doc
        #[derive(Debug, Clone, PartialEq, #default)]
        pub struct #ty {
            #id_member
            #data_member
        }
    }
}

/// A client method: a call of the action's target.
pub(crate) fn gen_method(
    op: &Operation,
    names: &TypeNames,
    parts: &Parts,
    error_type: Option<&TokenStream>,
) -> Option<TokenStream> {
    let rt = rt();
    let target = &op.rpc.as_ref()?.target;
    let name = Ident::new(&ident(&op.id, Case::Snake), Span::call_site());
    let doc = method_doc(op);
    let none = quote!(::std::option::Option::<&()>::None);
    let some = |field: &str| {
        let f = Ident::new(field, Span::call_site());
        quote!(::std::option::Option::Some(&request.#f))
    };
    let (arg, identification, data) = if op.listed_only {
        (
            quote!(, request: &#rt::OpenRequest),
            some("header"),
            some("body"),
        )
    } else if has_request(op) {
        let req = format_ident!("{}", request_type_name(op));
        let has = |l: Location| op.params.iter().any(|p| p.location == l);
        let identification = if has(Location::Header) {
            some(&parts.header)
        } else {
            none.clone()
        };
        let data = if has(Location::Body) {
            some(&parts.body)
        } else {
            none.clone()
        };
        (quote!(, request: &#req), identification, data)
    } else {
        (quote!(), none.clone(), none)
    };
    let ret = match op.responses.iter().find_map(|r| r.ty.as_ref()) {
        Some(t) => crate::generate::rust_type(t, names),
        None => quote!(#rt::serde_json::Value),
    };
    let call_info = crate::generate::call_info(op, target);
    let err = error_type.map_or_else(|| quote!(#rt::Error), |e| quote!(#rt::Error<#e>));
    Some(quote! {
        #doc
        pub async fn #name(&self #arg) -> ::std::result::Result<#ret, #err> {
            self.inner.call_json(#call_info, #identification, #data).await
        }
    })
}
