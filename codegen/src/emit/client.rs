//! The client: `client.rs` (the `Client` type, its constructors, credential setters and one
//! method per operation), printed from the model's [`Call`]s: REST requests, RPC calls by
//! name, envelope calls, and (through [`super::events`]) event streams; paged operations'
//! streams come from [`super::paging`].

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::text::{code, doc_attr, doc_paragraphs, prose};
use super::tokens::{call_info, id, rt, style_tokens, ty};
use crate::model::{
    Call, CallKind, Group, Model, OperationModel, RequestLayout, SendKind, body_media,
};
use crate::spec::{ApiSpec, Location, Operation, Param, Unknown};

/// The client methods of the operations `ops` (indexes; with their paging streams), and
/// the operations that have none (no route yet).
pub(crate) fn gen_client_methods(
    spec: &ApiSpec,
    model: &Model,
    ops: &[usize],
) -> (Vec<TokenStream>, Vec<String>) {
    let mut methods = Vec::new();
    let mut uncallable = Vec::new();
    for &i in ops {
        let (Some(op), Some(m)) = (spec.operations.get(i), model.operations.get(i)) else {
            continue;
        };
        let method = m.call.as_ref().and_then(|call| match call.kind {
            CallKind::Rest(_) | CallKind::Sse | CallKind::Websocket => gen_method(op, m, call),
            CallKind::Envelope => gen_envelope_method(op, m, call),
            CallKind::Rpc { raw } => gen_rpc_method(op, m, call, raw),
        });
        match method {
            Some(tokens) => methods.push(tokens),
            None => uncallable.push(format!("{} ({})", code(&op.id), prose(&op.name))),
        }
        if let Some(paging) = &m.paging {
            methods.push(super::paging::gen_stream_method(spec, op, m, paging));
        }
    }
    (methods, uncallable)
}

/// The group modules of `client/mod.rs`, one per group, and what they import.
fn gen_group_modules(spec: &ApiSpec, groups: &[Group]) -> TokenStream {
    let mods = groups.iter().map(|g| {
        let m = id(&g.module);
        let doc = doc_attr(&format!("Methods of the `{}` group.", g.label));
        quote!(#doc mod #m;)
    });
    let events = super::events::has_events(spec).then(|| {
        quote! {
            #[allow(unused_imports)]
            use super::events;
        }
    });
    quote! {
        #[allow(unused_imports)]
        use super::{requests, types};
        #events
        #(#mods)*
    }
}

/// The rustdoc of `Client`: the API's title and the operations it cannot call yet.
fn client_doc(spec: &ApiSpec, uncallable: &[String]) -> TokenStream {
    let mut client_doc = vec![format!("Client for {}.", spec.title)];
    if !uncallable.is_empty() {
        client_doc.push(format!(
            "Not callable until an override gives their route: {}.",
            uncallable.join(", ")
        ));
    }
    doc_paragraphs(&client_doc)
}

/// `client.rs`, or with `groups` `client/mod.rs` (the methods then live in one file per
/// group, see [`crate::model::Group`]).
pub(crate) fn gen_client_file(spec: &ApiSpec, model: &Model) -> TokenStream {
    let rt = rt();
    let ops: Vec<usize> = (0..spec.operations.len()).collect();
    let (mut methods, uncallable) = gen_client_methods(spec, model, &ops);
    let submodules = match &model.groups {
        Some(groups) => {
            methods.clear();
            gen_group_modules(spec, groups)
        }
        None => quote!(),
    };
    let client_doc = client_doc(spec, &uncallable);
    let auth = super::transport::gen_credential_methods(spec, model);
    let protocol_fn = super::transport::gen_protocol_fn(spec, model);
    let base_path = spec.base_path.as_ref().map(|p| quote!(.with_base_path(#p)));
    let version = spec.version.as_ref().map(|v| quote!(.with_api_version(#v)));
    let transport = quote!(#rt::ApiClient);
    let transport_methods = gen_transport_methods();
    quote! {
        //! The client: one async method per documented operation.
        #[allow(unused_imports)]
        use super::requests::*;
        #submodules

        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            inner: #transport,
        }

        #protocol_fn

        impl Client {
            /// A client for the server at `base_url` (scheme, host and any path prefix), with
            /// the runtime's default timeouts and retry policy.
            pub fn new(base_url: impl ::std::convert::Into<::std::string::String>) -> Self {
                Self { inner: #transport::new(base_url, protocol()) #base_path #version }
            }

            /// A client that sends through a configured `reqwest::Client`.
            pub fn with_http_client(
                base_url: impl ::std::convert::Into<::std::string::String>,
                http: #rt::reqwest::Client,
            ) -> Self {
                Self { inner: #transport::with_http_client(base_url, protocol(), http) #base_path #version }
            }

            #transport_methods

            #auth

            #(#methods)*
        }
    }
}

/// The methods of `Client` every API has: its transport, and copies with another timeout,
/// deadline or retry policy.
fn gen_transport_methods() -> TokenStream {
    let rt = rt();
    let transport = quote!(#rt::ApiClient);
    quote! {
        /// The transport, to change how calls travel: timeouts, retries, hooks, parameter
        /// style (see the runtime's documentation).
        pub fn transport_mut(&mut self) -> &mut #transport {
            &mut self.inner
        }

        /// The transport.
        pub fn transport(&self) -> &#transport {
            &self.inner
        }

        /// A copy for one call (or a few) with another timeout per attempt; it shares
        /// credentials with this client.
        pub fn with_timeout(&self, timeout: ::std::time::Duration) -> Self {
            Self { inner: self.inner.with_timeout(timeout) }
        }

        /// A copy for one call (or a few) with another whole-call deadline (every attempt
        /// and wait included); it shares credentials with this client.
        pub fn with_deadline(&self, deadline: ::std::time::Duration) -> Self {
            Self { inner: self.inner.with_deadline(deadline) }
        }

        /// A copy for one call (or a few) with another retry policy; it shares
        /// credentials with this client.
        pub fn with_retry(&self, retry: #rt::RetryPolicy) -> Self {
            Self { inner: self.inner.with_retry(retry) }
        }
    }
}

/// A method's rustdoc: the operation's name, description, route and documented answers.
pub(crate) fn method_doc(op: &Operation) -> TokenStream {
    doc_paragraphs(&method_doc_parts(op))
}

/// The paragraphs of [`method_doc`].
pub(crate) fn method_doc_parts(op: &Operation) -> Vec<String> {
    let mut parts = vec![prose(&op.name)];
    if let Some(d) = op.doc.as_ref().filter(|d| **d != op.name) {
        parts.push(prose(d));
    }
    if let Some(r) = &op.route {
        parts.push(code(&format!("{} {}", r.method, r.path)));
    }
    if op.unknown.contains(&Unknown::Response) {
        parts.push(
            "The documentation does not describe the answer: it is returned as received.".into(),
        );
    }
    if op.listed_only {
        parts.push("The documentation lists this operation but gives no details for it.".into());
    }
    for (label, value) in &op.metadata {
        parts.push(format!("{}: {}", prose(label), prose(value)));
    }
    if !op.events.is_empty() {
        let events: Vec<String> = op
            .events
            .iter()
            .map(|e| format!("- {}", prose(e)))
            .collect();
        parts.push(format!(
            "Server events this call sends:\n\n{}",
            events.join("\n")
        ));
    }
    let responses: Vec<String> = op
        .responses
        .iter()
        .map(|r| match (&r.ty, &r.doc) {
            (Some(t), _) => format!("{}: {}", status_text(r), code(&t.to_string())),
            (None, Some(d)) => format!("{}: {}", status_text(r), prose(d)),
            (None, None) => status_text(r),
        })
        .collect();
    if !responses.is_empty() {
        parts.push(format!("Documented responses: {}.", responses.join("; ")));
    }
    if !op.from_override.is_empty() {
        parts.push(format!(
            "From spec/overrides, not the documentation: {}.",
            op.from_override.join(", ")
        ));
    }
    parts
}

/// A status code, or what the doc left of it.
fn status_text(r: &crate::spec::Response) -> String {
    r.status_text()
        .unwrap_or_else(|| "status not given".to_string())
}

/// The request struct's member of each parameter that has one (by parameter index).
fn members(m: &OperationModel) -> Vec<Option<Ident>> {
    let Some(request) = &m.request else {
        return Vec::new();
    };
    let RequestLayout::Struct { members, .. } = &request.layout else {
        return Vec::new();
    };
    let count = members
        .iter()
        .filter_map(|m| m.param)
        .max()
        .map_or(0, |n| n + 1);
    (0..count)
        .map(|i| {
            members
                .iter()
                .find(|m| m.param == Some(i))
                .map(|m| id(&m.ident))
        })
        .collect()
}

/// The `request: &XRequest` argument, when the method takes one.
fn request_arg(call: &Call) -> Option<TokenStream> {
    call.arg.as_ref().map(|r| {
        let req = format_ident!("{}", r);
        quote!(, request: &#req)
    })
}

/// The query, header and cookie parameters (and a non-JSON body's media type) a REST
/// method writes before sending.
fn gen_query(op: &Operation, members: &[Option<Ident>]) -> TokenStream {
    let rt = rt();
    let mut pushes: Vec<TokenStream> = op
        .params
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let id = members.get(i)?.as_ref()?;
            let wire = &p.name;
            let value = quote!(&request.#id);
            match (p.location, style_tokens(p)) {
                (Location::Query, None) => Some(quote!(query.push(#wire, #value);)),
                (Location::Query, Some(s)) => Some(quote!(query.push_with(#wire, #value, #s);)),
                (Location::Header, None) => Some(quote!(query.header(#wire, #value);)),
                (Location::Header, Some(s)) => Some(quote!(query.header_with(#wire, #value, #s);)),
                (Location::Cookie, None) => Some(quote!(query.cookie(#wire, #value);)),
                (Location::Cookie, Some(s)) => Some(quote!(query.cookie_with(#wire, #value, #s);)),
                (Location::Path | Location::Body, _) => None,
            }
        })
        .collect();
    if let Some(media) = op.body.as_ref().and_then(body_media) {
        pushes.push(quote!(query.body_media(#media);));
    }
    if pushes.is_empty() {
        quote!(let query = #rt::Query::new();)
    } else {
        quote!(let mut query = #rt::Query::new(); #(#pushes)*)
    }
}

/// A REST method (or, for an operation answering with events, its stream method).
fn gen_method(op: &Operation, m: &OperationModel, call: &Call) -> Option<TokenStream> {
    let rt = rt();
    let route = op.route.as_ref()?;
    let method = format_ident!("{}", route.method.as_str());
    let name = id(&m.method);
    let members = members(m);
    let path = gen_path(route, op, &members)?;
    let query = gen_query(op, &members);
    let body = if op.body.is_some() {
        quote!(::std::option::Option::Some(&request.body))
    } else {
        quote!(::std::option::Option::<&()>::None)
    };
    let arg = request_arg(call);
    let call_info = call_info(op, &route.path);
    let send = match call.kind {
        CallKind::Rest(send) => send,
        CallKind::Sse | CallKind::Websocket => {
            let parts = method_doc_parts(op);
            return super::events::gen_stream_method(
                op, &name, parts, arg, &query, &path, &body, &call_info, &method,
            );
        }
        CallKind::Rpc { .. } | CallKind::Envelope => return None,
    };
    let doc = method_doc(op);
    let ret = ty(&call.ok);
    let err = call
        .err
        .as_ref()
        .map_or_else(|| quote!(#rt::serde_json::Value), ty);
    let send = match send {
        SendKind::Json => quote!(send_json),
        SendKind::Raw => quote!(send_raw),
        SendKind::Empty => quote!(send_empty),
    };
    Some(quote! {
        #doc
        pub async fn #name(&self #arg) -> ::std::result::Result<#ret, #rt::Error<#err>> {
            #query
            self.inner.#send(#call_info, #rt::Method::#method, #path, &query, #body).await
        }
    })
}

/// The request path: a literal, or the template's literal parts and its percent-encoded
/// parameters joined (not a `format!`, so the formatter can lay it out).
fn gen_path(
    route: &crate::spec::Route,
    op: &Operation,
    members: &[Option<Ident>],
) -> Option<TokenStream> {
    let rt = rt();
    let mut parts = Vec::new();
    let mut rest = route.path.as_str();
    for ph in route.placeholders() {
        let marker = format!("{{{ph}}}");
        let at = rest.find(&marker)?;
        if at > 0 {
            let literal = &rest[..at];
            parts.push(quote!(#literal));
        }
        let (i, param): (usize, &Param) = op
            .params
            .iter()
            .enumerate()
            .find(|(_, p)| p.location == Location::Path && p.name == ph)?;
        let id = members.get(i)?.as_ref()?;
        parts.push(match style_tokens(param) {
            None => quote!(&#rt::PathSegment(&request.#id).to_string()),
            Some(s) => {
                let wire = &param.name;
                quote!(&#rt::path_param(#wire, &request.#id, #s))
            }
        });
        rest = &rest[at + marker.len()..];
    }
    if parts.is_empty() {
        let literal = &route.path;
        return Some(quote!(#literal));
    }
    if !rest.is_empty() {
        parts.push(quote!(#rest));
    }
    Some(quote!(&[#(#parts),*].concat()))
}

/// An RPC method whose parameters all travel together: a call by name; parameters, if any,
/// travel as the request value.
fn gen_rpc_method(
    op: &Operation,
    m: &OperationModel,
    call: &Call,
    raw: bool,
) -> Option<TokenStream> {
    let target = &op.rpc.as_ref()?.target;
    let name = id(&m.method);
    let mut parts = vec![prose(&op.name)];
    if let Some(d) = &op.doc {
        parts.push(prose(d));
    }
    let ok = op
        .responses
        .iter()
        .find(|r| crate::model::counts_as_success(op, r))
        .and_then(|r| r.ty.as_ref());
    match ok {
        Some(t) => parts.push(format!("Returns {}.", code(&t.to_string()))),
        None => parts.push(
            "The documentation gives no Returns block: the answer is handed back as received."
                .to_string(),
        ),
    }
    if op.auth == Some(false) {
        parts.push("The documentation lists no token for this method: none is sent.".to_string());
    }
    let doc = doc_paragraphs(&parts);
    let call_info = call_info(op, target);
    let params = if call.arg.is_some() {
        quote!(::std::option::Option::Some(request))
    } else {
        quote!(::std::option::Option::<&()>::None)
    };
    let arg = request_arg(call).unwrap_or_default();
    let ret = ty(&call.ok);
    let method = if raw {
        quote!(call_raw)
    } else {
        quote!(call_json)
    };
    let err = error_type(call);
    Some(quote! {
        #doc
        pub async fn #name(&self #arg) -> ::std::result::Result<#ret, #err> {
            self.inner.#method(#call_info, ::std::option::Option::<&()>::None, #params).await
        }
    })
}

/// A method of an action whose request travels in envelope parts: a call of its target.
fn gen_envelope_method(op: &Operation, m: &OperationModel, call: &Call) -> Option<TokenStream> {
    let rt = rt();
    let target = &op.rpc.as_ref()?.target;
    let name = id(&m.method);
    let doc = method_doc(op);
    let none = quote!(::std::option::Option::<&()>::None);
    let some = |field: &str| {
        let f = id(field);
        quote!(::std::option::Option::Some(&request.#f))
    };
    let (arg, identification, data) = if op.listed_only {
        (
            quote!(, request: &#rt::OpenRequest),
            some("header"),
            some("body"),
        )
    } else if let Some(request) = &m.request {
        // Each part the request has, in its envelope member; `None` for the others.
        let part = |l: Location| match &request.layout {
            RequestLayout::Parts(parts) => parts
                .iter()
                .find(|p| p.location == l)
                .map_or_else(|| none.clone(), |p| some(&p.field)),
            RequestLayout::Struct { .. } => none.clone(),
        };
        let req = format_ident!("{}", request.name);
        (
            quote!(, request: &#req),
            part(Location::Header),
            part(Location::Body),
        )
    } else {
        (quote!(), none.clone(), none)
    };
    let ret = ty(&call.ok);
    let call_info = call_info(op, target);
    let err = error_type(call);
    Some(quote! {
        #doc
        pub async fn #name(&self #arg) -> ::std::result::Result<#ret, #err> {
            self.inner.call_json(#call_info, #identification, #data).await
        }
    })
}

/// The error type of an RPC or envelope method: `Error<E>` with the protocol's error body,
/// or the runtime's default `Error`.
fn error_type(call: &Call) -> TokenStream {
    let rt = rt();
    call.err.as_ref().map_or_else(
        || quote!(#rt::Error),
        |e| {
            let e = ty(e);
            quote!(#rt::Error<#e>)
        },
    )
}
