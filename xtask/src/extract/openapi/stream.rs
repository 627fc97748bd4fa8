//! `text/event-stream` answers: the operation answers with server-sent events (when its
//! success answer is documented only as `text/event-stream`; an answer that may also be
//! JSON or bytes keeps the ordinary method, with a warning). The events
//! come from the schema of one event (OpenAPI 3.2's `itemSchema`, else `schema`): an object,
//! or a `oneOf`/`anyOf` of objects, whose `event` property gives the name (`const`, or
//! `enum` values) and whose `data` property the payload: `contentSchema` (JSON inside the
//! string, 3.1's `contentMediaType: application/json`) or an object schema → `json` with
//! its type; a plain string → `text`. A schema that names no event leaves the stream's
//! events unknown (`unknown: [stream events]`): every event then arrives as `Other`.

use chatgen_codegen::spec::{EventDef, EventStream, Operation, Payload, StreamTransport};
use heck::ToPascalCase;
use serde_json::Value;

use super::Reader;
use super::doc::escape;

const MEDIA: &str = "text/event-stream";

impl Reader<'_> {
    /// Marks `out` as a stream when a success answer is `text/event-stream`; its events go
    /// to `self.events` (a name already there keeps its first entry).
    pub(super) fn event_stream(&mut self, op: &Value, pointer: &str, out: &mut Operation) {
        let Some(responses) = op.get("responses").and_then(Value::as_object) else {
            return;
        };
        for (code, response) in responses {
            if !code.starts_with('2') {
                continue;
            }
            let at = format!("{pointer}/responses/{}", escape(code));
            let Some((response, at)) = self.doc.resolve(response, &at) else {
                continue;
            };
            let Some(media) = response.get("content").and_then(|c| c.get(MEDIA)) else {
                continue;
            };
            // The same answer also documented as JSON (or bytes) is what the client asks for
            // (`Accept: application/json`): OpenAI's `create_chat_completion` streams only
            // when its body says `stream: true`. The method reads that answer.
            let others: Vec<&String> = response
                .get("content")
                .and_then(Value::as_object)
                .map(|c| c.keys().filter(|m| *m != MEDIA).collect())
                .unwrap_or_default();
            if let Some(other) = others.first() {
                self.schemas.warn_at(
                    &at,
                    &format!(
                        "this answer is `{other}` or `{MEDIA}`; the method reads the `{other}` answer (no event stream method)"
                    ),
                );
                return;
            }
            let at = format!("{at}/content/{}", escape(MEDIA));
            let line = Some(self.doc.line(&at));
            let (schema, s_at) = match (media.get("itemSchema"), media.get("schema")) {
                (Some(s), _) => (Some(s), format!("{at}/itemSchema")),
                (None, Some(s)) => (Some(s), format!("{at}/schema")),
                _ => (None, at.clone()),
            };
            let mut names = Vec::new();
            if let Some(schema) = schema {
                for (variant, v_at) in self.variants(schema, &s_at) {
                    for def in self.event_defs(&variant, &v_at) {
                        names.push(def.name.clone());
                        if !self.events.iter().any(|e| e.name == def.name) {
                            self.events.push(def);
                        }
                    }
                }
            }
            if names.is_empty() {
                out.unknown
                    .push(chatgen_codegen::spec::Unknown::StreamEvents);
            }
            out.stream = Some(EventStream {
                transport: StreamTransport::Sse,
                events: names,
                messages: None,
                line,
            });
            return;
        }
    }

    /// The event schemas of `schema`: its `oneOf`/`anyOf` members, or itself; resolved.
    fn variants(&self, schema: &Value, at: &str) -> Vec<(Value, String)> {
        let Some((schema, at)) = self.doc.resolve(schema, at) else {
            return Vec::new();
        };
        for key in ["oneOf", "anyOf"] {
            if let Some(list) = schema.get(key).and_then(Value::as_array) {
                return list
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| {
                        let (v, a) = self.doc.resolve(v, &format!("{at}/{key}/{i}"))?;
                        Some((v.clone(), a))
                    })
                    .collect();
            }
        }
        vec![(schema.clone(), at)]
    }

    /// The events one event schema names, with the payload its `data` property gives.
    fn event_defs(&mut self, schema: &Value, at: &str) -> Vec<EventDef> {
        let props = schema.get("properties");
        let Some(event) = props.and_then(|p| p.get("event")) else {
            return Vec::new();
        };
        let names: Vec<String> = match (event.get("const"), event.get("enum")) {
            (Some(Value::String(c)), _) => vec![c.clone()],
            (_, Some(Value::Array(values))) => values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => return Vec::new(),
        };
        let data = props.and_then(|p| p.get("data"));
        let data_at = format!("{at}/properties/data");
        let hint = names
            .first()
            .map(|n| format!("{}Event", n.replace(['.', ':', '-'], "_").to_pascal_case()))
            .unwrap_or_default();
        let (payload, ty, cue) = match data {
            Some(d) if d.get("contentSchema").is_some() => {
                let s = d.get("contentSchema").cloned().unwrap_or(Value::Null);
                let t = self
                    .schemas
                    .type_of(&s, &format!("{data_at}/contentSchema"), &hint);
                (Payload::Json, Some(t.ty), "data: contentSchema")
            }
            Some(d) if d.get("type").and_then(Value::as_str) == Some("string") => {
                (Payload::Text, None, "data: a string")
            }
            Some(d) => {
                let t = self.schemas.type_of(d, &data_at, &hint);
                (Payload::Json, Some(t.ty), "data: a schema")
            }
            None => (Payload::Unknown, None, "no data property"),
        };
        let line = Some(self.doc.line(at));
        names
            .into_iter()
            .map(|name| EventDef {
                name,
                doc: super::schema::description(schema),
                payload,
                ty: ty.clone(),
                cue: Some(cue.to_string()),
                line,
                file: None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Family;
    use crate::read::blocks::Document;
    use chatgen_codegen::spec::{Payload, StreamTransport, TypeRef};

    const DOC: &str = r##"{
  "openapi": "3.1.0",
  "info": {"title": "t", "version": "1"},
  "paths": {
    "/events": {"get": {"operationId": "listen", "responses": {"200": {"description": "ok",
      "content": {"text/event-stream": {"schema": {"oneOf": [
        {"type": "object", "properties": {"event": {"const": "message.new"},
          "data": {"type": "string", "contentMediaType": "application/json",
                   "contentSchema": {"$ref": "#/components/schemas/Message"}}}},
        {"type": "object", "properties": {"event": {"enum": ["ping", "bye"]},
          "data": {"type": "string"}}}
      ]}}}}}}},
    "/raw": {"get": {"operationId": "raw", "responses": {"200": {"description": "ok",
      "content": {"text/event-stream": {"schema": {"type": "string"}}}}}}}
  },
  "components": {"schemas": {"Message": {"type": "object",
    "properties": {"id": {"type": "string"}}}}}
}"##;

    #[test]
    fn event_stream_answers_become_streams_with_their_events() {
        let doc = Document::parse("api.json", DOC);
        let out = Family::OpenApi.extract(&doc, "t", "t.json");
        let s = out.spec;
        let names: Vec<&str> = s.events.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["message.new", "ping", "bye"]);
        assert_eq!(s.events[0].payload, Payload::Json);
        assert_eq!(s.events[0].ty, Some(TypeRef::Named("Message".into())));
        assert_eq!(s.events[1].payload, Payload::Text);
        let listen = &s.operations[0];
        let stream = listen.stream.as_ref().unwrap();
        assert_eq!(stream.transport, StreamTransport::Sse);
        assert_eq!(stream.events, ["message.new", "ping", "bye"]);
        // A schema naming no event: a stream whose events the document does not give.
        let raw = &s.operations[1];
        assert!(raw.stream.as_ref().unwrap().events.is_empty());
        assert!(
            raw.unknown
                .contains(&chatgen_codegen::spec::Unknown::StreamEvents)
        );
        assert!(s.validate().is_empty(), "{:?}", s.validate());
    }
}
