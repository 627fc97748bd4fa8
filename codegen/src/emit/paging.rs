//! `<operation>_stream` methods, printed from the model's [`PagingStream`]: every item of a
//! paged list, page after page, for the operations the spec's `protocol.paging` names.

use proc_macro2::TokenStream;
use quote::quote;

use super::text::{code, doc_attr};
use super::tokens::{id, rt, ty};
use crate::model::{FieldAccess, MemberAccess, OperationModel, PagingStream};
use crate::spec::{ApiSpec, Operation, PagingStyle};

/// `value` (of a field that may be absent or null) as an `Option` of its plain type.
fn as_option(value: TokenStream, f: &FieldAccess) -> TokenStream {
    match (f.optional, f.nullable) {
        (false, false) => quote!(::std::option::Option::Some(#value)),
        (true, true) => quote!(#value.flatten()),
        _ => value,
    }
}

/// A request member's path (`offset`, `data.offset`).
fn path(m: &MemberAccess) -> TokenStream {
    let segments = m.path.iter().map(|s| id(s));
    quote!(#(#segments).*)
}

/// The items of an answer: the answer itself, or its items field (empty when absent).
fn items(p: &PagingStream) -> TokenStream {
    let Some(f) = &p.items else {
        return quote!(answer);
    };
    let field = id(&f.ident);
    if f.optional || f.nullable {
        let v = as_option(quote!(answer.#field), f);
        quote!(#v.unwrap_or_default())
    } else {
        quote!(answer.#field)
    }
}

/// What starts the stream, how a page's request gets its position, and the answer's total
/// and next position.
fn positions(p: &PagingStream) -> (TokenStream, TokenStream, TokenStream, TokenStream) {
    let rt = rt();
    let param = path(&p.position);
    let required = p.position.required;
    let none = quote!(::std::option::Option::None);
    if p.style == PagingStyle::Offset {
        let t = ty(&p.position_ty);
        let skip = quote!(<#t>::try_from(n).unwrap_or(<#t>::MAX));
        let skip = if required {
            skip
        } else {
            quote!(::std::option::Option::Some(#skip))
        };
        let first = if required {
            quote!(u64::try_from(request.#param).unwrap_or(0))
        } else {
            quote!(request.#param.and_then(|n| u64::try_from(n).ok()).unwrap_or(0))
        };
        let total = match &p.total {
            Some(f) => {
                let field = id(&f.ident);
                let v = as_option(quote!(answer.#field), f);
                quote!(#v.and_then(|n| u64::try_from(n).ok()))
            }
            None => none.clone(),
        };
        return (
            quote!(#rt::Position::Offset(#first)),
            quote!(if let #rt::Position::Offset(n) = at { page.#param = #skip; }),
            total,
            none,
        );
    }
    let set = if required {
        quote!(if let #rt::Position::Cursor(::std::option::Option::Some(c)) = at { page.#param = c; })
    } else {
        quote!(if let #rt::Position::Cursor(c) = at { page.#param = c; })
    };
    let next = match &p.next {
        // The last item's text id bounds the next page.
        Some(f) if p.style == PagingStyle::IdBefore => {
            let field = id(&f.ident);
            match (f.optional, f.nullable) {
                (false, false) => quote!(answer.last().map(|last| last.#field.clone())),
                (true, true) => {
                    quote!(answer.last().and_then(|last| last.#field.clone().flatten()))
                }
                _ => quote!(answer.last().and_then(|last| last.#field.clone())),
            }
        }
        Some(f) => {
            let field = id(&f.ident);
            as_option(quote!(answer.#field), f)
        }
        None => none.clone(),
    };
    (
        quote!(#rt::Position::Cursor(::std::option::Option::None)),
        set,
        none,
        next,
    )
}

/// The stream method of a paged operation.
pub(crate) fn gen_stream_method(
    spec: &ApiSpec,
    op: &Operation,
    m: &OperationModel,
    p: &PagingStream,
) -> TokenStream {
    let rt = rt();
    let (start, set_position, total, next) = positions(p);
    let items = items(p);
    let item = ty(&p.item);
    let ask_total = p.total_flag.as_ref().map(|f| {
        let member = path(f);
        let t = if f.required {
            quote!(true)
        } else {
            quote!(::std::option::Option::Some(true))
        };
        quote!(page.#member = #t;)
    });
    let limit = match &p.limit {
        Some(f) => {
            let member = path(f);
            let v = if f.required {
                quote!(::std::option::Option::Some(page.#member))
            } else {
                quote!(page.#member)
            };
            quote!(#v.and_then(|n| u64::try_from(n).ok()))
        }
        None => quote!(::std::option::Option::None),
    };
    let err = ty(&p.err);
    let method = id(&m.method);
    let name = id(&p.method);
    let req = id(&m
        .request
        .as_ref()
        .map(|r| r.name.clone())
        .unwrap_or_default());
    let doc = doc(spec, op, &m.method);
    quote! {
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
    }
}

/// The stream method's rustdoc: how pages are asked for and when the stream ends.
fn doc(spec: &ApiSpec, op: &Operation, method: &str) -> TokenStream {
    let Some(paging) = spec.protocol.paging.get(&op.id) else {
        return TokenStream::new();
    };
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
    doc_attr(&how)
}
