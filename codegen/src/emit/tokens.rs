//! Tokens shared by every emitter: the runtime's path, a model type as Rust tokens, a
//! parameter's serialization style, a call's description.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::RustType;
use crate::spec::{Operation, Param, Style};

/// The path of the runtime crate as generated code names it.
pub(crate) fn rt() -> TokenStream {
    quote!(::chat_clients_runtime)
}

/// An identifier the model made (already sanitised and unique in its scope).
pub(crate) fn id(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// A model type as generated code names it (named types through `super::types`).
pub(crate) fn ty(t: &RustType) -> TokenStream {
    let rt = rt();
    match t {
        RustType::String => quote!(::std::string::String),
        RustType::I64 => quote!(i64),
        RustType::I32 => quote!(i32),
        RustType::U64 => quote!(u64),
        RustType::U8 => quote!(u8),
        RustType::F64 => quote!(f64),
        RustType::Bool => quote!(bool),
        RustType::Binary => quote!(#rt::Binary),
        RustType::Value => quote!(#rt::serde_json::Value),
        RustType::Unit => quote!(()),
        RustType::RawResponse => quote!(#rt::RawResponse),
        RustType::Vec(inner) => {
            let inner = ty(inner);
            quote!(::std::vec::Vec<#inner>)
        }
        RustType::Map(inner) => {
            let inner = ty(inner);
            quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
        }
        RustType::Option(inner) => {
            let inner = ty(inner);
            quote!(::std::option::Option<#inner>)
        }
        RustType::Boxed(inner) => {
            let inner = ty(inner);
            quote!(::std::boxed::Box<#inner>)
        }
        RustType::Named(name) => {
            let name = id(name);
            quote!(super::types::#name)
        }
    }
}

/// The runtime `Style` a parameter is written with, when it is not what the runtime does by
/// default at its place (`form` exploded in the query and cookies, `simple` in the path and
/// headers, reserved characters escaped).
pub(crate) fn style_tokens(p: &Param) -> Option<TokenStream> {
    let style = p.style();
    let explode = p.explode();
    if style == Style::default_for(p.location)
        && explode == style.explodes_by_default()
        && !p.allow_reserved
    {
        return None;
    }
    let rt = rt();
    let kind = format_ident!(
        "{}",
        match style {
            Style::Form => "Form",
            Style::SpaceDelimited => "SpaceDelimited",
            Style::PipeDelimited => "PipeDelimited",
            Style::TabDelimited => "TabDelimited",
            Style::DeepObject => "DeepObject",
            Style::Simple => "Simple",
            Style::Label => "Label",
            Style::Matrix => "Matrix",
            Style::Json => "Json",
        }
    );
    let reserved = p.allow_reserved;
    Some(
        quote!(#rt::Style { kind: #rt::StyleKind::#kind, explode: #explode, allow_reserved: #reserved }),
    )
}

/// `Call { operation, route, auth }` of an operation.
pub(crate) fn call_info(op: &Operation, route: &str) -> TokenStream {
    let rt = rt();
    let id = &op.id;
    let auth = op.auth != Some(false);
    quote!(#rt::Call { operation: #id, route: #route, auth: #auth })
}
