//! `one_of` types (OpenAPI `oneOf`/`anyOf`) as Rust enums.
//!
//! A `one_of` type is an enum with one tuple variant per alternative and `Other(Value)` for
//! a value that matches none, so nothing received is lost. Without a discriminator the
//! alternatives are tried in order (`#[serde(untagged)]`); with one, the discriminator
//! member's text picks the variant, and alternatives without a tag are tried after. Which
//! alternatives are boxed is the model's ([`crate::model::Alternative`]).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::text::{code, doc_attr};
use super::tokens::{id, rt, ty};
use crate::model::Alternative;
use crate::spec::TypeDef;

/// The enum for a `one_of` type.
pub(crate) fn gen_variants(
    ident: &Ident,
    def: &TypeDef,
    alternatives: &[Alternative],
    doc: TokenStream,
) -> TokenStream {
    let rt = rt();
    let variants: Vec<(Ident, TokenStream, &[String])> = alternatives
        .iter()
        .map(|a| {
            let mut inner = ty(&a.ty);
            // A named alternative is boxed: alternatives differ widely in size (GitHub's
            // timeline events run from a few bytes to 8 KB), and a recursive one must be.
            if a.boxed {
                inner = quote!(::std::boxed::Box<#inner>);
            }
            (id(&a.ident), inner, a.tags.as_slice())
        })
        .collect();
    let decls = variants
        .iter()
        .zip(def.variants())
        .map(|((id, inner, _), v)| {
            let d = doc_attr(&format!("A {}.", code(&v.ty.to_string())));
            quote!(#d #id(#inner),)
        });
    // A discriminator that tags no alternative (OpenAI's `RealtimeTurnDetection`) decides
    // nothing: the alternatives are tried in order, as without one.
    let discriminator = def
        .discriminator()
        .filter(|_| variants.iter().any(|(_, _, tags)| !tags.is_empty()));
    let derive_de = discriminator
        .is_none()
        .then(|| quote!(::serde::Deserialize,));
    let deserialize = discriminator.map(|prop| gen_tagged_deserialize(ident, prop, &variants));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, #derive_de)]
        #[serde(untagged)]
        pub enum #ident {
            #(#decls)*
            /// A value none of the documented alternatives matches, kept as received.
            Other(#rt::serde_json::Value),
        }
        #deserialize

        impl ::std::fmt::Display for #ident {
            /// The value as text: a string as itself, anything else as JSON.
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match #rt::serde_json::to_value(self) {
                    ::std::result::Result::Ok(#rt::serde_json::Value::String(s)) => f.write_str(&s),
                    ::std::result::Result::Ok(other) => ::std::write!(f, "{other}"),
                    ::std::result::Result::Err(_) => ::std::result::Result::Err(::std::fmt::Error),
                }
            }
        }
    }
}

fn gen_tagged_deserialize(
    ty: &Ident,
    prop: &str,
    variants: &[(Ident, TokenStream, &[String])],
) -> TokenStream {
    let rt = rt();
    let arms = variants
        .iter()
        .filter(|(_, _, tags)| !tags.is_empty())
        .map(|(id, _, tags)| {
            quote! {
                #(::std::option::Option::Some(#tags))|* => #rt::serde_json::from_value(value)
                    .map(Self::#id)
                    .map_err(<D::Error as ::serde::de::Error>::custom),
            }
        });
    let tries = variants
        .iter()
        .filter(|(_, _, tags)| tags.is_empty())
        .map(|(id, _, _)| {
            quote! {
                if let ::std::result::Result::Ok(v) = #rt::serde_json::from_value(value.clone()) {
                    return ::std::result::Result::Ok(Self::#id(v));
                }
            }
        });
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <#rt::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#prop).and_then(#rt::serde_json::Value::as_str).map(::std::string::ToString::to_string);
                match tag.as_deref() {
                    #(#arms)*
                    _ => {
                        #(#tries)*
                        ::std::result::Result::Ok(Self::Other(value))
                    }
                }
            }
        }
    }
}
