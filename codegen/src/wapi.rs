//! The WApi envelope protocol: request types split into `header.identification` and
//! `body.data`, and client methods that call a target through the runtime's `WapiClient`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::generate::{
    DebugMember, TypeNames, doc_attr, gen_debug, gen_field, has_request, is_secret, method_doc,
    method_link, request_type_name, rt,
};
use crate::names::{Case, Scope, ident};
use crate::spec::{Field, Location, Operation, Param};

/// The struct for one part of a request (`Identification` or `Data`); `None` when the
/// operation has no parameter travelling there. The flag says whether it is `Default`.
fn gen_part(
    op: &Operation,
    names: &TypeNames,
    location: Location,
    suffix: &str,
) -> Option<(Ident, TokenStream, bool)> {
    let params: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| p.location == location)
        .collect();
    if params.is_empty() {
        return None;
    }
    let ty = format_ident!("{}{suffix}", ident(&op.id, Case::Pascal));
    let mut scope = Scope::default();
    let mut members = Vec::new();
    let fields: Vec<TokenStream> = params
        .iter()
        .map(|p| {
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
            let (id, tokens) = gen_field(&field, &mut scope, names);
            members.push(DebugMember {
                id,
                secret: is_secret(&p.name, &p.ty),
            });
            tokens
        })
        .collect();
    let (derive_debug, debug_impl) = gen_debug(&ty, &members);
    let all_optional = params.iter().all(|p| !p.required);
    let default = all_optional.then(|| quote!(Default,));
    let place = if location == Location::Header {
        "header.identification"
    } else {
        "body.data"
    };
    let doc = doc_attr(&format!("What {} sends in `{place}`.", method_link(op)));
    let tokens = quote! {
        #doc
        #[derive(#derive_debug Clone, PartialEq, #default ::serde::Serialize, ::serde::Deserialize)]
        pub struct #ty {
            #(#fields)*
        }
        #debug_impl
    };
    Some((ty, tokens, all_optional))
}

/// The request types of a detailed WApi action.
pub(crate) fn gen_request(op: &Operation, names: &TypeNames) -> TokenStream {
    let ty = format_ident!("{}", request_type_name(op));
    let identification = gen_part(op, names, Location::Header, "Identification");
    let data = gen_part(op, names, Location::Body, "Data");
    let member = |part: &Option<(Ident, TokenStream, bool)>, name: &str, doc: &str| {
        part.as_ref().map(|(t, _, _)| {
            let id = Ident::new(name, Span::call_site());
            let doc = doc_attr(doc);
            quote!(#doc pub #id: #t,)
        })
    };
    let id_member = member(
        &identification,
        "identification",
        "Sent in `header.identification`.",
    );
    let data_member = member(&data, "data", "Sent in `body.data`.");
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
pub(crate) fn gen_method(op: &Operation, names: &TypeNames) -> Option<TokenStream> {
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
            some("identification"),
            some("data"),
        )
    } else if has_request(op) {
        let req = format_ident!("{}", request_type_name(op));
        let has = |l: Location| op.params.iter().any(|p| p.location == l);
        let identification = if has(Location::Header) {
            some("identification")
        } else {
            none.clone()
        };
        let data = if has(Location::Body) {
            some("data")
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
    Some(quote! {
        #doc
        pub async fn #name(&self #arg) -> ::std::result::Result<#ret, #rt::Error> {
            self.inner.call(#target, #identification, #data).await
        }
    })
}

/// App token and session token accessors.
pub(crate) fn gen_auth() -> TokenStream {
    quote! {
        /// Sends `token` as `header.app_token` on every call.
        pub fn with_app_token(mut self, token: impl ::std::convert::Into<::std::string::String>) -> Self {
            self.inner.set_app_token(token);
            self
        }

        /// Sends `header.auth` with `login` and `password` while there is no session token
        /// (what `auth.user.Login` needs; the preamble of the doc describes it).
        pub fn with_login(
            mut self,
            login: impl ::std::convert::Into<::std::string::String>,
            password: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.set_login(login, password);
            self
        }

        /// The session token sent as `header.token`: kept from the last answer that carried
        /// one (`auth.user.Login`).
        pub fn session_token(&self) -> ::std::option::Option<::std::string::String> {
            self.inner.session_token().map(|t| t.expose().to_string())
        }

        /// Replaces the session token (`None` to send none).
        pub fn set_session_token(&self, token: ::std::option::Option<::std::string::String>) {
            self.inner.set_session_token(token);
        }
    }
}
