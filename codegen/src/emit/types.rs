//! Named types: structs (with a member-by-member `Deserialize` and a `Debug` that hides
//! secrets), text enums and aliases, printed from the model's [`TypeModel`]s; `one_of` types
//! are [`super::variants`]'.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::text::{code, doc_attr, doc_paragraphs, presence_note, prose};
use super::tokens::{id, rt, ty};
use crate::model::{EnumVariant, FieldModel, Model, StructModel, TypeKind, TypeModel};
use crate::spec::{Field, Primitive, TypeDef, TypeRef};

/// The items of the named types `which` selects, in name order.
pub(crate) fn items(
    spec: &crate::spec::ApiSpec,
    model: &Model,
    which: impl Fn(&TypeModel) -> bool,
) -> Vec<TokenStream> {
    spec.types
        .iter()
        .filter_map(|(name, def)| {
            let t = model.types.get(name)?;
            which(t).then(|| gen_type(name, def, t))
        })
        .collect()
}

/// `types.rs`.
pub(crate) fn gen_types_file(items: Vec<TokenStream>) -> TokenStream {
    quote! {
        //! Named types of the API: bodies, responses and the objects inside them.
        #(#items)*
    }
}

fn gen_type(name: &str, def: &TypeDef, t: &TypeModel) -> TokenStream {
    // An undescribed type says so, with where it is defined, rather than restating its name.
    let mut doc = vec![def.doc.as_deref().map_or_else(
        || match def.line {
            Some(line) => match &def.file {
                Some(file) => format!("{}, defined at line {line} of {}.", code(name), code(file)),
                None => format!("{}, defined at line {line} of the source.", code(name)),
            },
            None => format!("{}: the source does not describe it.", code(name)),
        },
        prose,
    )];
    if def.undefined {
        doc.push(
            "The documentation names this type but never defines it (and its examples use it for \
             objects and plain ids alike): the value is kept as received, in `value`, until an \
             override declares its fields."
                .to_string(),
        );
    }
    if !def.from_override.is_empty() {
        doc.push(format!(
            "From spec/overrides: {}.",
            def.from_override.join(", ")
        ));
    }
    let doc = doc_paragraphs(&doc);
    let ident = id(&t.ident);
    match &t.kind {
        TypeKind::Enum(variants) => gen_enum(&ident, def, variants, doc),
        TypeKind::Alias(target) => {
            let target = ty(target);
            quote!(#doc pub type #ident = #target;)
        }
        TypeKind::OneOf(alternatives) => {
            super::variants::gen_variants(&ident, def, alternatives, doc)
        }
        TypeKind::Opaque => gen_opaque(&ident, doc),
        TypeKind::Struct(s) => gen_struct(&ident, def, s, doc),
    }
}

/// A type the doc names but never defines: its value, kept whole.
fn gen_opaque(ident: &Ident, doc: TokenStream) -> TokenStream {
    let rt = rt();
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(transparent)]
        pub struct #ident {
            /// The value, as received.
            pub value: #rt::serde_json::Value,
        }
    }
}

fn gen_struct(ty: &Ident, def: &TypeDef, s: &StructModel, doc: TokenStream) -> TokenStream {
    let rt = rt();
    let mut members = Vec::new();
    let mut reads = Vec::new();
    let mut fields: Vec<TokenStream> = def
        .fields()
        .iter()
        .zip(&s.fields)
        .map(|(f, m)| {
            let id = id(&m.ident);
            let tokens = gen_field(f, m, &id);
            reads.push((id.clone(), f, m));
            members.push(DebugMember {
                secret: is_secret(&f.name, &f.ty),
                id,
            });
            tokens
        })
        .collect();
    // A type with no declared fields is its map: `transparent` is leaner than `flatten`.
    let transparent = s.transparent.then(|| quote!(#[serde(transparent)]));
    let rest = s.rest.as_deref().map(id);
    if let Some(extra) = &rest {
        members.push(DebugMember {
            id: extra.clone(),
            secret: false,
        });
        let flatten = transparent.is_none().then(|| quote!(#[serde(flatten)]));
        fields.push(quote! {
            /// Fields the spec does not declare, kept as received.
            #flatten
            pub #extra: ::std::collections::BTreeMap<::std::string::String, #rt::serde_json::Value>,
        });
    }
    let default = s.default.then(|| quote!(Default,));
    let (derive_debug, debug_impl) = gen_debug(ty, &members);
    // A transparent map derives (that is one line); other structs read member by member.
    let (derive_de, de_impl) = if transparent.is_some() {
        (quote!(::serde::Deserialize,), None)
    } else {
        (quote!(), Some(gen_deserialize(ty, &reads, rest.as_ref())))
    };
    quote! {
        #doc
        #[derive(#derive_debug Clone, PartialEq, #default ::serde::Serialize, #derive_de)]
        #transparent
        pub struct #ty {
            #(#fields)*
        }
        #debug_impl
        #de_impl
    }
}

/// A `Deserialize` impl reading an object member by member through the runtime's
/// `de::object`, and what it reads: the `de::Object` impl, the wire names, the indices of the
/// required members and one function, a loop with one `match` reading each member into a
/// local whose type is inferred from the struct built at the end (no type is spelled twice),
/// `?` on the required ones. The visitor, the key matching and every error path are the
/// runtime's, written once (an arm is one call, with no `?` nor `map_err`), so that a
/// generated crate type-checks fast, and the object is read in one pass, with serde's
/// semantics (see the runtime's `de` module). `rest` keeps the members not declared.
pub(crate) fn gen_deserialize(
    ty: &Ident,
    fields: &[(Ident, &Field, &FieldModel)],
    rest: Option<&Ident>,
) -> TokenStream {
    let rt = rt();
    let names = fields.iter().map(|(_, f, _)| &f.name);
    let mut locals = Vec::new();
    let mut reads = Vec::new();
    let mut builds = Vec::new();
    let mut required = Vec::new();
    for (at, (id, f, m)) in fields.iter().enumerate() {
        let local = quote::format_ident!("s{at}");
        // A member whose value is kept as read, `null` included (`Some(None)`, `Some(Null)`),
        // or that must be there, is `Some(value)`; the others are `Option`s whose `null` is
        // `None`.
        let kept = m.nullable == m.optional || (m.optional && f.ty == TypeRef::ANY);
        reads.push(if kept {
            quote!(members.value(&mut #local))
        } else {
            quote!(members.nullable(&mut #local))
        });
        builds.push(if m.optional || m.nullable {
            quote!(#id: #local,)
        } else {
            required.push(proc_macro2::Literal::usize_unsuffixed(at));
            quote!(#id: #local?,)
        });
        locals.push(local);
    }
    // The index is always one of `NAMES`'s: the last member is the match's catch-all.
    let read_loop = match reads.as_slice() {
        [] => quote!(while members.key().is_some() {}),
        [read] => quote!(while members.key().is_some() { #read; }),
        [arms @ .., last] => {
            let arms = arms.iter().enumerate().map(|(at, read)| {
                let at = proc_macro2::Literal::usize_unsuffixed(at);
                quote!(#at => #read,)
            });
            quote! {
                while let ::std::option::Option::Some(index) = members.key() {
                    match index {
                        #(#arms)*
                        _ => #last,
                    }
                }
            }
        }
    };
    let required = (!required.is_empty())
        .then(|| quote!(const REQUIRED: &'static [usize] = &[#(#required),*];));
    let keeps = rest.map(|_| {
        quote!(
            const REST: bool = true;
        )
    });
    let rest = rest.map(|id| quote!(#id: members.rest(),));
    let declare = locals
        .iter()
        .map(|l| quote!(let mut #l = ::std::option::Option::None;));
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                #rt::de::object(deserializer)
            }
        }

        impl #rt::de::Object for #ty {
            const NAMES: &'static [&'static str] = &[#(#names),*];
            #required
            #keeps
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                members: &mut #rt::de::Members<'de, A>,
            ) -> ::std::option::Option<Self> {
                #(#declare)*
                #read_loop
                ::std::option::Option::Some(Self { #(#builds)* #rest })
            }
        }
    }
}

/// A struct member, for `Debug`.
pub(crate) struct DebugMember {
    /// The field.
    pub(crate) id: Ident,
    /// Whether `Debug` must hide its value.
    pub(crate) secret: bool,
}

/// Whether a field holds a credential: text whose name has a word such as `password` or
/// `token` (`notification_token`, `api_key`). Its value never shows in `Debug` output.
pub(crate) fn is_secret(wire: &str, ty: &TypeRef) -> bool {
    const WORDS: [&str; 7] = [
        "password",
        "passwd",
        "pwd",
        "token",
        "secret",
        "apikey",
        "credentials",
    ];
    let text = matches!(ty, TypeRef::Primitive(Primitive::String));
    let snake = heck::ToSnakeCase::to_snake_case(wire);
    let words: Vec<&str> = snake.split('_').collect();
    let pairs = words
        .windows(2)
        .any(|w| matches!((w[0], w[1]), ("api" | "access" | "private", "key")));
    text && (pairs || words.iter().any(|w| WORDS.contains(w)))
}

/// `Debug` for a struct: derived when no member is secret, else an impl that prints `***`
/// for secret members. Returns (what to add to `derive`, the impl).
pub(crate) fn gen_debug(ty: &Ident, members: &[DebugMember]) -> (TokenStream, TokenStream) {
    if members.iter().all(|m| !m.secret) {
        return (quote!(Debug,), quote!());
    }
    let name = ty.to_string();
    let fields = members.iter().map(|m| {
        let id = &m.id;
        let label = id.to_string();
        if m.secret {
            quote!(.field(#label, &"***"))
        } else {
            quote!(.field(#label, &self.#id))
        }
    });
    let imp = quote! {
        impl ::std::fmt::Debug for #ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#name) #(#fields)* .finish()
            }
        }
    };
    (quote!(), imp)
}

/// A field's Rust type: `Option` when it may be absent or `null`, `Option<Option<_>>` when
/// both, boxed where the model says.
fn field_type(m: &FieldModel) -> TokenStream {
    let mut inner = ty(&m.ty);
    if m.boxed {
        inner = quote!(::std::boxed::Box<#inner>);
    }
    match (m.optional, m.nullable) {
        (false, false) => inner,
        (true, true) => quote!(::std::option::Option<::std::option::Option<#inner>>),
        _ => quote!(::std::option::Option<#inner>),
    }
}

/// A struct field: `f`'s docs, `m`'s identifier (`id`) and type.
pub(crate) fn gen_field(f: &Field, m: &FieldModel, id: &Ident) -> TokenStream {
    let wire = &f.name;
    let rename = (*id != wire.as_str()).then(|| quote!(#[serde(rename = #wire)]));
    // Only serialisation is derived (`gen_deserialize` reads the members): an absent member
    // is `None` and is left out; `Some(None)` is written as `null` by `Option`'s own impl.
    let attr = m
        .optional
        .then(|| quote!(#[serde(skip_serializing_if = "::std::option::Option::is_none")]));
    let ty = field_type(m);
    // Facts only: the doc's description, whether the field may be absent or null, where an
    // override set it. A field the doc does not describe still says whether it is always
    // there ("Required."; every public item has rustdoc), never a restatement of its name.
    let mut doc: Vec<String> = f.doc.as_deref().map(prose).into_iter().collect();
    doc.push(presence_note(f.optional, f.nullable).to_string());
    if !f.from_override.is_empty() {
        doc.push(format!(
            "From spec/overrides: {}.",
            f.from_override.join(", ")
        ));
    }
    if doc.iter().all(|d| d.is_empty()) {
        doc = vec!["Required.".to_string()];
    }
    let doc = doc_paragraphs(&doc);
    quote! {
        #doc
        #rename
        #attr
        pub #id: #ty,
    }
}

fn gen_enum(ty: &Ident, def: &TypeDef, model: &[EnumVariant], doc: TokenStream) -> TokenStream {
    let rt = rt();
    let variants: Vec<(Ident, &str, TokenStream)> = def
        .values()
        .iter()
        .zip(model)
        .map(|(v, m)| {
            let id = id(&m.ident);
            let text = v
                .doc
                .as_deref()
                .map_or_else(|| format!("{}.", code(&v.value)), prose);
            (id, v.value.as_str(), doc_attr(&text))
        })
        .collect();
    let decls = variants.iter().map(|(id, _, doc)| quote!(#doc #id,));
    let to_str = variants
        .iter()
        .map(|(id, wire, _)| quote!(Self::#id => #wire,));
    let from_str = variants
        .iter()
        .map(|(id, wire, _)| quote!(#wire => Self::#id,));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #ty {
            #(#decls)*
            /// A value the documentation does not list, kept as received.
            Other(::std::string::String),
        }

        impl #ty {
            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    Self::Other(value) => value,
                }
            }
        }

        impl ::std::fmt::Display for #ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::From<&str> for #ty {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => Self::Other(other.to_string()),
                }
            }
        }

        impl ::serde::Serialize for #ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                #rt::de::text(deserializer)
            }
        }
    }
}
