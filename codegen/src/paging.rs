//! `<operation>_stream` methods: every item of a paged list, page after page, for the
//! operations the spec's `protocol.paging` names.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::generate::{
    TypeNames, code, doc_attr, field_idents, outcome_types, request_members, rt, rust_type,
};
use crate::names::{Case, ident};
use crate::spec::{ApiSpec, Field, Location, Operation, PagingStyle, Param, TypeRef};

/// The Rust field of a struct for wire field `wire` (the names `types.rs` gives).
fn field_ident<'a>(fields: &'a [Field], wire: &str) -> Option<(Ident, &'a Field)> {
    let ids = field_idents(fields.iter().map(|f| f.name.as_str()));
    fields
        .iter()
        .zip(ids)
        .find_map(|(f, id)| (f.name == wire).then_some((id, f)))
}

/// `value` (of a field that may be absent or null) as an `Option` of its plain type.
fn as_option(value: TokenStream, f: &Field) -> TokenStream {
    match (f.optional, f.nullable) {
        (false, false) => quote!(::std::option::Option::Some(#value)),
        (true, true) => quote!(#value.flatten()),
        _ => value,
    }
}

/// Where each parameter sits in the request struct (`offset`, or `data.offset` when the
/// protocol splits parameters into envelope parts), with the parameter.
fn member_paths<'a>(
    spec: &ApiSpec,
    op: &'a Operation,
    names: &TypeNames,
) -> Vec<(TokenStream, &'a Param)> {
    if !spec.protocol.splits_params() {
        return request_members(op, names)
            .into_iter()
            .filter_map(|(id, p, _)| Some((quote!(#id), p?)))
            .collect();
    }
    // The part structs' members (`envelope::gen_part`), under the part's field.
    let parts = crate::envelope::Parts::of(&spec.protocol);
    let mut out = Vec::new();
    for (location, part) in [
        (Location::Header, &parts.header),
        (Location::Body, &parts.body),
    ] {
        let part = Ident::new(part, Span::call_site());
        let params: Vec<&Param> = op
            .params
            .iter()
            .filter(|p| p.location == location)
            .collect();
        let ids = field_idents(params.iter().map(|p| p.name.as_str()));
        for (p, id) in params.into_iter().zip(ids) {
            out.push((quote!(#part.#id), p));
        }
    }
    out
}

/// The stream method of a paged operation; `None` for others.
pub(crate) fn gen_stream_method(
    spec: &ApiSpec,
    op: &Operation,
    names: &TypeNames,
    error_type: Option<&TokenStream>,
) -> Option<TokenStream> {
    let rt = rt();
    let paging = spec.protocol.paging.get(&op.id)?;
    if op.route.is_none() && op.rpc.is_none() {
        return None;
    }
    let answer_ty = op
        .responses
        .iter()
        .filter(|r| r.is_success())
        .find_map(|r| r.ty.as_ref())?;
    // The item type, the items of an answer, and the answer's type definition: an object
    // with the items field, or (`id_before`) the list itself and the items' definition.
    let (item, items, def) = match (paging.style, answer_ty) {
        (PagingStyle::IdBefore, TypeRef::List(item)) => {
            let TypeRef::Named(n) = item.as_ref() else {
                return None;
            };
            (rust_type(item, names), quote!(answer), spec.types.get(n)?)
        }
        (PagingStyle::IdBefore, _) => return None,
        (_, TypeRef::Named(n)) => {
            let def = spec.types.get(n)?;
            let (items_id, items_field) = field_ident(&def.fields, &paging.items)?;
            let TypeRef::List(item) = &items_field.ty else {
                return None;
            };
            let items = match as_option(quote!(answer.#items_id), items_field) {
                v if items_field.optional || items_field.nullable => {
                    quote!(#v.unwrap_or_default())
                }
                _ => quote!(answer.#items_id),
            };
            (rust_type(item, names), items, def)
        }
        _ => return None,
    };
    let members = member_paths(spec, op, names);
    let member = |wire: &str| {
        members
            .iter()
            .find(|(_, p)| p.name == wire)
            .map(|(path, p)| (path.clone(), p.required))
    };
    let (param, required) = member(&paging.param)?;
    let wrap = |v: TokenStream| {
        if required {
            v
        } else {
            quote!(::std::option::Option::Some(#v))
        }
    };
    let read = |id: &TokenStream, req: bool| {
        if req {
            quote!(::std::option::Option::Some(page.#id))
        } else {
            quote!(page.#id)
        }
    };
    let (start, set_position, total, next) = match paging.style {
        PagingStyle::Offset => {
            let ty = rust_type(
                &op.params.iter().find(|p| p.name == paging.param)?.ty,
                names,
            );
            let skip = wrap(quote!(<#ty>::try_from(n).unwrap_or(<#ty>::MAX)));
            let first = if required {
                quote!(u64::try_from(request.#param).unwrap_or(0))
            } else {
                quote!(request.#param.and_then(|n| u64::try_from(n).ok()).unwrap_or(0))
            };
            let total = match paging
                .total
                .as_deref()
                .and_then(|t| field_ident(&def.fields, t))
            {
                Some((id, f)) => {
                    let v = as_option(quote!(answer.#id), f);
                    quote!(#v.and_then(|n| u64::try_from(n).ok()))
                }
                None => quote!(::std::option::Option::None),
            };
            (
                quote!(#rt::Position::Offset(#first)),
                quote!(if let #rt::Position::Offset(n) = at { page.#param = #skip; }),
                total,
                quote!(::std::option::Option::None),
            )
        }
        PagingStyle::Cursor | PagingStyle::IdBefore => {
            let set = if required {
                quote!(if let #rt::Position::Cursor(::std::option::Option::Some(c)) = at { page.#param = c; })
            } else {
                quote!(if let #rt::Position::Cursor(c) = at { page.#param = c; })
            };
            let (id, f) = field_ident(&def.fields, paging.next.as_deref()?)?;
            let next = if paging.style == PagingStyle::IdBefore {
                // The last item's text id bounds the next page.
                if f.ty != TypeRef::Primitive(crate::spec::Primitive::String) {
                    return None;
                }
                match (f.optional, f.nullable) {
                    (false, false) => quote!(answer.last().map(|last| last.#id.clone())),
                    (true, true) => {
                        quote!(answer.last().and_then(|last| last.#id.clone().flatten()))
                    }
                    _ => quote!(answer.last().and_then(|last| last.#id.clone())),
                }
            } else {
                as_option(quote!(answer.#id), f)
            };
            (
                quote!(#rt::Position::Cursor(::std::option::Option::None)),
                set,
                quote!(::std::option::Option::None),
                next,
            )
        }
    };
    let ask_total = paging
        .total_flag
        .as_deref()
        .and_then(member)
        .map(|(id, req)| {
            let t = if req {
                quote!(true)
            } else {
                quote!(::std::option::Option::Some(true))
            };
            quote!(page.#id = #t;)
        });
    let limit = match paging.limit.as_deref().and_then(member) {
        Some((id, req)) => {
            let v = read(&id, req);
            quote!(#v.and_then(|n| u64::try_from(n).ok()))
        }
        None => quote!(::std::option::Option::None),
    };
    let (_, err) = outcome_types(op, names);
    // RPC methods fail with the protocol's error type or any JSON (as `gen_rpc_method`).
    let err = match error_type {
        Some(e) => e.clone(),
        None if spec.protocol.is_rpc() => quote!(#rt::serde_json::Value),
        None => err,
    };
    let method = format_ident!("{}", ident(&op.id, Case::Snake));
    let name = format_ident!("{}_stream", ident(&op.id, Case::Snake));
    let req = format_ident!("{}", crate::generate::request_type_name(op));
    let mut how = match paging.style {
        PagingStyle::IdBefore => format!(
            "Every item of [`Self::{method}`], page after page, newest first: each next page is \
             asked for with {} set to the {} of the last item read; the stream ends on an empty \
             page",
            code(&paging.param),
            code(paging.next.as_deref().unwrap_or("id"))
        ),
        PagingStyle::Offset | PagingStyle::Cursor => format!(
            "Every item of [`Self::{method}`], page after page: the {} field of each answer. \
             Pages are asked for with {}{}",
            code(&paging.items),
            code(&paging.param),
            if paging.style == PagingStyle::Offset {
                " (items to skip); the stream ends on an empty or short page"
            } else {
                " (the cursor the last page gave); the stream ends when there is none"
            }
        ),
    };
    if let Some(t) = &paging.total {
        how.push_str(&format!(" or when {} items were read", code(t)));
    }
    how.push_str(". An error is yielded as an item, and ends the stream.");
    let doc = doc_attr(&how);
    Some(quote! {
        #doc
        pub fn #name<'a>(
            &'a self,
            request: &#req,
        ) -> impl #rt::Stream<Item = ::std::result::Result<#item, #rt::Error<#err>>> + 'a {
            let request = request.clone();
            let start = #start;
            #rt::paginate(start, move |at| {
                let mut page = request.clone();
                #set_position
                #ask_total
                let limit = #limit;
                async move {
                    let answer = self.#method(&page).await?;
                    ::std::result::Result::Ok(#rt::Page {
                        total: #total,
                        next: #next,
                        limit,
                        items: #items,
                    })
                }
            })
        }
    })
}
