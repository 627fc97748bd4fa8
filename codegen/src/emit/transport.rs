//! The spec's `protocol` as runtime data (a `fn protocol() -> Protocol` in each client) and
//! the client's credential setters (the model's [`crate::model::Credentials`]), both read
//! from data: no API is known by name here.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::text::{code, doc_attr};
use super::tokens::rt;
use crate::model::{Model, Setter};
use crate::spec::{Answer, ApiSpec, Credential, CredentialPlace, Endpoint, ParamStyle, Transport};

fn opt_text(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(::std::option::Option::Some(#v.into())),
        None => quote!(::std::option::Option::None),
    }
}

/// `fn protocol() -> Protocol`: the spec's protocol as the runtime's data.
pub(crate) fn gen_protocol_fn(spec: &ApiSpec, model: &Model) -> TokenStream {
    let rt = rt();
    let p = &spec.protocol;
    let transport = match (&p.transport, &p.rpc) {
        (Transport::Rpc, Some(rpc)) => {
            let endpoint = match rpc.endpoint {
                Endpoint::PerMethod => quote!(#rt::Endpoint::PathPerMethod),
                Endpoint::Single => quote!(#rt::Endpoint::Single),
            };
            let method = format_ident!("{}", rpc.method.as_str());
            let params = match rpc.params {
                ParamStyle::Form => quote!(#rt::ParamStyle::Form),
                ParamStyle::Json => quote!(#rt::ParamStyle::Json),
                ParamStyle::Query => quote!(#rt::ParamStyle::Query),
            };
            let envelope = match &rpc.envelope {
                Some(e) => {
                    let target = e.target.as_str();
                    let body = opt_text(e.body_params.as_deref());
                    let version = opt_text(e.version.as_deref());
                    let key = opt_text(e.message_key.as_deref());
                    let header = opt_text(e.header_params.as_deref());
                    let constants = if e.constants.is_empty() {
                        quote!(::std::vec::Vec::new())
                    } else {
                        let pairs = e.constants.iter().map(|(at, value)| {
                            let (at, text) = (at.as_str(), value.to_string());
                            quote!((#at.into(), #rt::serde_json::from_str(#text).unwrap_or_default()))
                        });
                        quote!(::std::vec::Vec::from([#(#pairs),*]))
                    };
                    quote!(::std::option::Option::Some(#rt::RequestEnvelope {
                        target: #target.into(),
                        version: #version,
                        message_key: #key,
                        header_params: #header,
                        body_params: #body,
                        constants: #constants,
                    }))
                }
                None => quote!(::std::option::Option::None),
            };
            quote!(#rt::Transport::Rpc(#rt::Rpc {
                endpoint: #endpoint,
                method: #rt::Method::#method,
                params: #params,
                envelope: #envelope,
            }))
        }
        _ => quote!(#rt::Transport::Rest),
    };
    let answer = gen_answer(p.answer.as_ref());
    let creds = model
        .credentials
        .setters
        .iter()
        .map(|s| gen_credential(&s.credential))
        .collect::<Vec<_>>();
    quote! {
        /// How this API's calls travel (from the spec's `protocol`).
        pub fn protocol() -> #rt::Protocol {
            #rt::Protocol {
                transport: #transport,
                answer: #answer,
                credentials: ::std::vec::Vec::from([#(#creds),*]),
            }
        }
    }
}

fn gen_answer(answer: Option<&Answer>) -> TokenStream {
    let rt = rt();
    let Some(a) = answer else {
        return quote!(#rt::Answer::default());
    };
    let result = opt_text(a.result.as_deref());
    let error = opt_text(a.error.as_deref());
    let code = opt_text(a.code.as_deref());
    let message = opt_text(a.message.as_deref());
    let failure = match &a.failure {
        Some(f) => {
            let at = f.at.as_str();
            let equals = match &f.equals {
                Some(v) => {
                    let text = v.to_string();
                    quote!(#rt::serde_json::from_str(#text).ok())
                }
                None => quote!(::std::option::Option::None),
            };
            quote!(::std::option::Option::Some(#rt::Failure { at: #at.into(), equals: #equals }))
        }
        None => quote!(::std::option::Option::None),
    };
    let echo = a.echo.iter().map(|e| {
        let (request, answer) = (e.request.as_str(), e.answer.as_str());
        let suffix = e.suffix.clone().unwrap_or_default();
        let ignore_case = e.ignore_case;
        quote!(#rt::Echo {
            request: #request.into(),
            answer: #answer.into(),
            suffix: #suffix.into(),
            ignore_case: #ignore_case,
        })
    });
    quote!(#rt::Answer {
        result: #result,
        failure: #failure,
        error: #error,
        code: #code,
        message: #message,
        echo: ::std::vec::Vec::from([#(#echo),*]),
    })
}

fn gen_credential(c: &Credential) -> TokenStream {
    let rt = rt();
    let name = &c.name;
    let at = c.at.clone().unwrap_or_default();
    let place = match c.place {
        CredentialPlace::Bearer => quote!(#rt::Place::Bearer),
        CredentialPlace::Header => quote!(#rt::Place::Header(#at.into())),
        CredentialPlace::Param => quote!(#rt::Place::Param(#at.into())),
        CredentialPlace::Envelope => quote!(#rt::Place::Envelope(#at.into())),
    };
    let fields = c.fields.iter().map(|f| quote!(#f.into()));
    let from_answer = opt_text(c.from_answer.as_deref());
    let unless = opt_text(c.unless.as_deref());
    quote!(#rt::Credential {
        name: #name.into(),
        place: #place,
        fields: ::std::vec::Vec::from([#(#fields),*]),
        from_answer: #from_answer,
        unless: #unless,
    })
}

/// Where a credential goes, in words for rustdoc.
fn place_text(c: &Credential) -> String {
    let at = c.at.clone().unwrap_or_default();
    match c.place {
        CredentialPlace::Bearer => "as `Authorization: Bearer <token>`".into(),
        CredentialPlace::Header => format!("in the {} header", code(&at)),
        CredentialPlace::Param => format!("as the {} parameter", code(&at)),
        CredentialPlace::Envelope => {
            format!("as {}", code(&at.trim_start_matches('/').replace('/', ".")))
        }
    }
}

/// The client's credential setters (and, for a credential an answer renews, its getter and
/// replacer).
pub(crate) fn gen_credential_methods(spec: &ApiSpec, model: &Model) -> TokenStream {
    let mut out = Vec::new();
    if model.credentials.api_key {
        out.push(gen_api_key_method(model));
    }
    for s in &model.credentials.setters {
        out.push(gen_setter(spec, s));
        if s.credential.from_answer.is_some() {
            out.push(gen_renewed_credential(&s.credential));
        }
    }
    quote!(#(#out)*)
}

/// `with_api_key(header, key)`: for schemes whose header the documentation does not name.
fn gen_api_key_method(model: &Model) -> TokenStream {
    let into = quote!(impl ::std::convert::Into<::std::string::String>);
    let names: Vec<String> = model
        .credentials
        .scheme_names
        .iter()
        .map(|n| code(n))
        .collect();
    let doc = doc_attr(&format!(
        "Sends `key` in the header `header` on every request. The documentation names the \
         schemes {} but not the header that carries them: give the one your server expects.",
        names.join(", ")
    ));
    quote! {
        #doc
        pub fn with_api_key(mut self, header: #into, key: #into) -> Self {
            self.inner.set_api_key(header, key);
            self
        }
    }
}

/// The setter of one credential: one value, or the fields it is made of.
fn gen_setter(spec: &ApiSpec, s: &Setter) -> TokenStream {
    let into = quote!(impl ::std::convert::Into<::std::string::String>);
    let c = &s.credential;
    let name = &c.name;
    let setter = format_ident!("{}", s.method);
    let which = match c.place {
        CredentialPlace::Param if spec.protocol.is_rpc() => " of every call the doc lists it for",
        _ => " on every call",
    };
    let unless = c
        .unless
        .as_ref()
        .map(|u| format!(" while there is no {}", code(u)))
        .unwrap_or_default();
    if c.fields.is_empty() {
        let doc = doc_attr(&format!("Sends `value` {}{which}{unless}.", place_text(c)));
        return quote! {
            #doc
            pub fn #setter(self, value: #into) -> Self {
                self.inner.set_credential(#name, ::std::option::Option::Some(value.into()));
                self
            }
        };
    }
    let args: Vec<Ident> = s
        .args
        .iter()
        .map(|a| Ident::new(a, Span::call_site()))
        .collect();
    let wires = &c.fields;
    let list: Vec<String> = c.fields.iter().map(|f| code(f)).collect();
    let doc = doc_attr(&format!(
        "Sends {} {}{which}{unless}.",
        list.join(" and "),
        place_text(c)
    ));
    quote! {
        #doc
        pub fn #setter(self, #(#args: #into),*) -> Self {
            self.inner.set_credential_fields(#name, ::std::vec::Vec::from([#((#wires.into(), #args.into())),*]));
            self
        }
    }
}

/// The getter and replacer of a credential an answer renews.
fn gen_renewed_credential(c: &Credential) -> TokenStream {
    let name = &c.name;
    let getter = Ident::new(&c.name, Span::call_site());
    let replace = format_ident!("set_{}", c.name);
    let doc = doc_attr(&format!(
        "The {} in use: kept from the last answer that carried one.",
        code(name)
    ));
    let replace_doc = doc_attr(&format!(
        "Replaces the {} (`None` to send none).",
        code(name)
    ));
    quote! {
        #doc
        pub fn #getter(&self) -> ::std::option::Option<::std::string::String> {
            self.inner.credential(#name).map(|t| t.expose().to_string())
        }

        #replace_doc
        pub fn #replace(&self, value: ::std::option::Option<::std::string::String>) {
            self.inner.set_credential(#name, value);
        }
    }
}
