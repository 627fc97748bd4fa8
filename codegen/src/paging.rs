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
    if paging.style == PagingStyle::IdBefore {
        return gen_id_before_stream(spec, op, names, error_type, answer_ty);
    }
    let answer_name = match answer_ty {
        TypeRef::Named(n) => n,
        _ => return None,
    };
    let def = spec.types.get(answer_name)?;
    let (items_id, items_field) = field_ident(&def.fields, &paging.items)?;
    let TypeRef::List(item) = &items_field.ty else {
        return None;
    };
    let item = rust_type(item, names);
    let items = match as_option(quote!(answer.#items_id), items_field) {
        v if items_field.optional || items_field.nullable => quote!(#v.unwrap_or_default()),
        _ => quote!(answer.#items_id),
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
        PagingStyle::IdBefore => return None,
        PagingStyle::Cursor => {
            let set = if required {
                quote!(if let #rt::Position::Cursor(::std::option::Option::Some(c)) = at { page.#param = c; })
            } else {
                quote!(if let #rt::Position::Cursor(c) = at { page.#param = c; })
            };
            let (id, f) = field_ident(&def.fields, paging.next.as_deref()?)?;
            let next = as_option(quote!(answer.#id), f);
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
    let mut how = format!(
        "Every item of [`Self::{method}`], page after page: the {} field of each answer. \
         Pages are asked for with {}",
        code(&paging.items),
        code(&paging.param)
    );
    match paging.style {
        PagingStyle::Offset => {
            how.push_str(" (items to skip); the stream ends on an empty or short page")
        }
        PagingStyle::Cursor => {
            how.push_str(" (the cursor the last page gave); the stream ends when there is none")
        }
        PagingStyle::IdBefore => {}
    }
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

/// The stream of an operation paged newest first by id ([`PagingStyle::IdBefore`]): the
/// answer is the list; the next page is asked for with the last item's id as the bound.
fn gen_id_before_stream(
    spec: &ApiSpec,
    op: &Operation,
    names: &TypeNames,
    error_type: Option<&TokenStream>,
    answer_ty: &TypeRef,
) -> Option<TokenStream> {
    let rt = rt();
    let paging = spec.protocol.paging.get(&op.id)?;
    let TypeRef::List(item_ty) = answer_ty else {
        return None;
    };
    let TypeRef::Named(item_name) = item_ty.as_ref() else {
        return None;
    };
    let def = spec.types.get(item_name)?;
    let (id_field, f) = field_ident(&def.fields, paging.next.as_deref()?)?;
    if f.ty != TypeRef::Primitive(crate::spec::Primitive::String) {
        return None;
    }
    // The last item's id, when it has one.
    let next = match (f.optional, f.nullable) {
        (false, false) => quote!(answer.last().map(|last| last.#id_field.clone())),
        (true, true) => quote!(answer.last().and_then(|last| last.#id_field.clone().flatten())),
        _ => quote!(answer.last().and_then(|last| last.#id_field.clone())),
    };
    let item = rust_type(item_ty, names);
    let members = request_members(op, names);
    let (param, p, _) = members
        .iter()
        .find(|(_, p, _)| p.is_some_and(|p| p.name == paging.param))?;
    let set = if p.is_some_and(|p| p.required) {
        quote!(if let #rt::Position::Cursor(::std::option::Option::Some(c)) = at { page.#param = c; })
    } else {
        quote!(if let #rt::Position::Cursor(c) = at { page.#param = c; })
    };
    let limit = match paging.limit.as_deref().and_then(|l| {
        members
            .iter()
            .find(|(_, p, _)| p.is_some_and(|p| p.name == l))
    }) {
        Some((id, Some(p), _)) if p.required => {
            quote!(u64::try_from(page.#id).ok())
        }
        Some((id, _, _)) => quote!(page.#id.and_then(|n| u64::try_from(n).ok())),
        None => quote!(::std::option::Option::None),
    };
    let (_, err) = outcome_types(op, names);
    let err = error_type.cloned().unwrap_or(err);
    let method = format_ident!("{}", ident(&op.id, Case::Snake));
    let name = format_ident!("{}_stream", ident(&op.id, Case::Snake));
    let req = format_ident!("{}", crate::generate::request_type_name(op));
    let doc = doc_attr(&format!(
        "Every item of [`Self::{method}`], page after page, newest first: each next page is \
         asked for with {} set to the {} of the last item read; the stream ends on an empty \
         page. An error is yielded as an item, and ends the stream.",
        code(&paging.param),
        code(paging.next.as_deref().unwrap_or("id"))
    ));
    Some(quote! {
        #doc
        pub fn #name<'a>(
            &'a self,
            request: &#req,
        ) -> impl #rt::Stream<Item = ::std::result::Result<#item, #rt::Error<#err>>> + 'a {
            let request = request.clone();
            #rt::paginate(#rt::Position::Cursor(::std::option::Option::None), move |at| {
                let mut page = request.clone();
                #set
                let limit = #limit;
                async move {
                    let answer = self.#method(&page).await?;
                    let next = #next;
                    ::std::result::Result::Ok(#rt::Page {
                        total: ::std::option::Option::None,
                        next,
                        limit,
                        items: answer,
                    })
                }
            })
        }
    })
}
