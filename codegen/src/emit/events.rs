//! Event streams: `events.rs` (the `Event` enum, one variant per documented event with its
//! typed payload and `Other` for the rest; the `StreamName`s a client can subscribe to) and
//! the client methods of operations that answer with a stream of events.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::text::{code, doc_attr, doc_paragraphs, prose};
use super::tokens::{rt, ty};
use crate::model::Model;
use crate::names::{Case, Scope};
use crate::spec::{ApiSpec, EventDef, Operation, Payload, StreamTransport, TypeRef};

/// Whether the API has an `events` module: it documents events, or an operation answers
/// with a stream (whose items are `events::Event`s, `Other` when none is documented).
pub(crate) fn has_events(spec: &ApiSpec) -> bool {
    !spec.events.is_empty() || spec.operations.iter().any(|o| o.stream.is_some())
}

/// The Rust variant of each event, in spec order (`Other` is reserved).
fn variants(spec: &ApiSpec) -> Vec<(&EventDef, Ident)> {
    let mut scope = Scope::with_reserved(&["Other"]);
    spec.events
        .iter()
        .map(|e| {
            let name = scope.unique(&e.name.replace(['.', ':'], "_"), Case::Pascal);
            (e, Ident::new(&name, Span::call_site()))
        })
        .collect()
}

/// One event's variant (with its doc), its arm of `DecodeEvent::decode` and its arm of
/// `Event::name`.
fn event_variant(
    e: &EventDef,
    v: &Ident,
    model: &Model,
) -> (TokenStream, TokenStream, TokenStream) {
    let rt = rt();
    let wire = &e.name;
    let mut parts = vec![format!("{}.", code(wire))];
    if let Some(d) = &e.doc {
        parts.push(prose(d));
    }
    if let Some(line) = e.line {
        let file = e
            .file
            .as_deref()
            .map_or(String::new(), |f| format!("{f}, "));
        parts.push(format!("Documented at {file}line {line}."));
    }
    let (item, arm) = match (e.payload, &e.ty) {
        (Payload::Json, Some(payload)) => {
            let t = ty(&model.rust_type(payload));
            parts.push(format!(
                "Payload: JSON in the event's data, decoded as {}.",
                code(&payload.to_string())
            ));
            // A struct is boxed: the enum stays the size of its largest small variant.
            if matches!(payload, TypeRef::Named(_)) {
                (
                    quote!(#v(::std::boxed::Box<#t>)),
                    quote!(#wire => #rt::serde_json::from_str(data).map(|p| Self::#v(::std::boxed::Box::new(p))).map_err(|e| e.to_string()),),
                )
            } else {
                (
                    quote!(#v(#t)),
                    quote!(#wire => #rt::serde_json::from_str(data).map(Self::#v).map_err(|e| e.to_string()),),
                )
            }
        }
        (Payload::Text, _) => {
            parts.push("Payload: text (the event's data as sent).".into());
            (
                quote!(#v(::std::string::String)),
                quote!(#wire => ::std::result::Result::Ok(Self::#v(data.to_string())),),
            )
        }
        (Payload::None, _) => {
            parts.push("No payload is kept (the documentation gives none to read).".into());
            (
                quote!(#v),
                quote!(#wire => ::std::result::Result::Ok(Self::#v),),
            )
        }
        _ => {
            parts.push(
                "The documentation does not describe the payload: it is kept as received.".into(),
            );
            (
                quote!(#v(::std::string::String)),
                quote!(#wire => ::std::result::Result::Ok(Self::#v(data.to_string())),),
            )
        }
    };
    let doc = doc_paragraphs(&parts);
    let pattern = match e.payload {
        Payload::None => quote!(Self::#v),
        _ => quote!(Self::#v(_)),
    };
    (quote!(#doc #item,), arm, quote!(#pattern => #wire,))
}

/// `events.rs`.
pub(crate) fn gen_events_file(spec: &ApiSpec, model: &Model) -> TokenStream {
    let rt = rt();
    let mut items = Vec::new();
    let mut arms = Vec::new();
    let mut name_arms = Vec::new();
    for (e, v) in &variants(spec) {
        let (item, arm, name_arm) = event_variant(e, v, model);
        items.push(item);
        arms.push(arm);
        name_arms.push(name_arm);
    }
    let other = quote! {
        ::std::result::Result::Ok(Self::Other {
            event: event.to_string(),
            data: data.to_string(),
        })
    };
    // No documented event (a stream whose schema names none): every event is `Other`.
    let decode = if arms.is_empty() {
        other
    } else {
        quote! {
            match event {
                #(#arms)*
                _ => #other,
            }
        }
    };
    let streams = gen_stream_names(spec);
    quote! {
        //! The events this API's streams send, and the streams a client can subscribe to.
        #[allow(unused_imports)]
        use super::types;

        /// An event of one of this API's streams: one variant per event the documentation
        /// lists, with its payload; `Other` for an event it does not list.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Event {
            #(#items)*
            /// An event the documentation does not list, as received.
            Other {
                /// The event's name.
                event: ::std::string::String,
                /// Its data as received.
                data: ::std::string::String,
            },
        }

        impl Event {
            /// The event's name as sent.
            pub fn name(&self) -> &str {
                match self {
                    #(#name_arms)*
                    Self::Other { event, .. } => event,
                }
            }
        }

        impl #rt::DecodeEvent for Event {
            fn decode(event: &str, data: &str) -> ::std::result::Result<Self, ::std::string::String> {
                #decode
            }
        }

        #streams
    }
}

/// `StreamName`: the streams the documentation lists.
fn gen_stream_names(spec: &ApiSpec) -> TokenStream {
    if spec.streams.is_empty() {
        return quote!();
    }
    let mut scope = Scope::default();
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    for s in &spec.streams {
        let v = Ident::new(
            &scope.unique(&s.name.replace([':', '.'], "_"), Case::Pascal),
            Span::call_site(),
        );
        let mut parts = vec![format!("{}.", code(&s.name))];
        if let Some(d) = &s.doc {
            parts.push(prose(d));
        }
        let doc = doc_paragraphs(&parts);
        let wire = &s.name;
        variants.push(quote!(#doc #v,));
        arms.push(quote!(Self::#v => #wire,));
    }
    quote! {
        /// A stream (timeline, channel) the documentation lists, to subscribe to.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum StreamName {
            #(#variants)*
        }

        impl StreamName {
            /// The stream's name as sent.
            pub fn as_str(&self) -> &'static str {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

/// The paragraphs a streaming method's rustdoc adds: the events and the transport.
fn stream_doc(op: &Operation) -> Vec<String> {
    let Some(stream) = &op.stream else {
        return Vec::new();
    };
    let events: Vec<String> = stream.events.iter().map(|e| code(e)).collect();
    let mut parts = Vec::new();
    if !events.is_empty() {
        parts.push(format!(
            "Events the documentation lists for this stream: {}. Others arrive as `Event::Other`.",
            events.join(", ")
        ));
    }
    parts.push(match stream.transport {
        StreamTransport::Sse => "Server-sent events: the connection is opened when the stream is first polled, opened again after it drops (with `Last-Event-ID`, after the server's `retry:` or the client's retry backoff, at most the retry policy's attempts in a row without an event), and closed when the stream is dropped. A payload that does not decode is an `Error::Event` item; the stream goes on.".into(),
        StreamTransport::Websocket => "A WebSocket carrying JSON messages: subscribe and unsubscribe on the returned stream while reading it; an error message is an `Error::Api` item. Dropping the stream closes the connection. Needs the `websocket` feature.".into(),
    });
    parts
}

/// The method of an operation that answers with a stream of events, from the pieces the
/// REST method is built of; `None` for other operations.
#[allow(clippy::too_many_arguments)]
pub(crate) fn gen_stream_method(
    op: &Operation,
    name: &Ident,
    mut doc: Vec<String>,
    arg: Option<TokenStream>,
    query: &TokenStream,
    path: &TokenStream,
    body: &TokenStream,
    call_info: &TokenStream,
    method: &Ident,
) -> Option<TokenStream> {
    let rt = rt();
    let stream = op.stream.as_ref()?;
    doc.extend(stream_doc(op));
    let doc = doc_paragraphs(&doc);
    Some(match (stream.transport, &stream.messages) {
        (StreamTransport::Websocket, Some(m)) => {
            let opt = |v: Option<&str>| match v {
                Some(s) => quote!(::std::option::Option::Some(#s.into())),
                None => quote!(::std::option::Option::None),
            };
            let event = m.event.as_str();
            let payload = opt(m.payload.as_deref());
            let error = opt(m.error.as_deref());
            let error_status = opt(m.error_status.as_deref());
            let command = opt(m.command.as_deref());
            let subscribe = opt(m.subscribe.as_deref());
            let unsubscribe = opt(m.unsubscribe.as_deref());
            let target = opt(m.target.as_deref());
            quote! {
                #doc
                #[cfg(feature = "websocket")]
                pub async fn #name(&self #arg) -> ::std::result::Result<#rt::SocketStream<super::events::Event>, #rt::Error> {
                    #query
                    let messages = #rt::SocketMessages {
                        event: #event.into(),
                        payload: #payload,
                        error: #error,
                        error_status: #error_status,
                        command: #command,
                        subscribe: #subscribe,
                        unsubscribe: #unsubscribe,
                        target: #target,
                    };
                    self.inner.websocket(#call_info, #path, &query, messages).await
                }
            }
        }
        (StreamTransport::Websocket, None) => return None,
        (StreamTransport::Sse, _) => quote! {
            #doc
            pub fn #name(&self #arg) -> #rt::EventStream<super::events::Event> {
                #query
                self.inner.sse(#call_info, #rt::Method::#method, #path, &query, #body)
            }
        },
    })
}

/// The rustdoc of the `events` module's mention in `mod.rs`.
pub(crate) fn mod_item() -> TokenStream {
    let doc = doc_attr("The events of this API's streams.");
    quote!(#doc pub mod events;)
}
