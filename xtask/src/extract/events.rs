//! Event streams a reference page documents: which events exist and what each carries,
//! which streams a client can subscribe to, which operations answer with a stream of
//! events, and a WebSocket endpoint with its message shapes. Read by evidence only:
//!
//! - **The event catalogue**: under a heading that names events (`Event types and
//!   payloads`), a definition list of event names (`` `update` `` / `: A new Status has
//!   appeared. Payload contains a Status cast to a string.`). The payload from the words of
//!   the description: "cast to a string" → JSON (its type inferred from the page's own
//!   examples of that event, named after the linked entity, or after the event when the
//!   entity is not a link: `Hash` → `AnnouncementReaction`); "String ID"/"a string" → text;
//!   "does not contain a payload"/"can be ignored" → none; else unknown. `cue` keeps the
//!   sentence read.
//! - **The stream catalogue**: the same list under a heading that names streams,
//!   timelines, channels or categories.
//! - **Streaming operations**: an operation (found by the reference reader) whose
//!   `Returns:` line lists only catalogue events, or says `Stream of Event`; transport SSE
//!   (the page's `event:`/`data:` examples, an HTTP route).
//! - **A WebSocket endpoint**: a `wss://host/path` (or `ws://`) line under a heading
//!   becomes an operation `GET /path` (the handshake's method) answering with a WebSocket
//!   stream; its messages from the JSON examples of its section: the member whose value is
//!   an event name (`/event`), the one naming streams (`/stream`), the other (`/payload`);
//!   commands whose member's value is `subscribe`/`unsubscribe` (`type`, and the member
//!   naming a stream: `stream`); an error message (`{"error": …, "status": 400}`) the page
//!   introduces as the WebSocket's.
//!
//! Nothing is added when the evidence is missing: a page without a catalogue has no events.

use heck::{ToPascalCase, ToSnakeCase};

use chatgen_codegen::spec::{
    EventDef, EventStream, JsonPointer, Method, Operation, Payload, Route, SampleKind,
    SocketMessages, StreamDef, StreamTransport, TypeRef, Unknown,
};

use super::kit::Kit;
use crate::read::blocks::{Block, Document, Kind};
use crate::read::json::{self, Node};

/// What a page says about event streams.
#[derive(Debug, Default)]
pub struct Events {
    /// The event catalogue.
    pub events: Vec<EventDef>,
    /// The stream catalogue.
    pub streams: Vec<StreamDef>,
}

/// One `event: … / data: …` example (SSE) or WebSocket event message on the page.
#[derive(Debug, Clone)]
struct Sample {
    event: String,
    data: String,
    line: u32,
}

/// Reads the page's event streams: returns the catalogues, marks the streaming operations
/// of `operations` and appends a WebSocket endpoint's operation (ids are made unique by the
/// caller).
pub fn read(doc: &Document, kit: &mut Kit, operations: &mut Vec<Operation>) -> Events {
    let mut out = Events::default();
    for (at, b) in doc.headings() {
        let title = b.text.to_ascii_lowercase();
        let is_events = title.contains("event");
        let is_streams = ["stream", "timeline", "channel", "categor"]
            .iter()
            .any(|w| title.contains(w));
        if !is_events && !is_streams {
            continue;
        }
        let entries = definitions(doc, at);
        if entries.is_empty() {
            continue;
        }
        if is_events && out.events.is_empty() {
            out.events = entries
                .into_iter()
                .map(|(name, text, line)| event_def(doc, name, text, line))
                .collect();
        } else if !is_events && out.streams.is_empty() {
            out.streams = entries
                .into_iter()
                .map(|(name, text, line)| StreamDef {
                    name,
                    doc: Some(text),
                    line: Some(line),
                    file: None,
                })
                .collect();
        }
    }
    // Streams are only read on a page that documents events.
    if out.events.is_empty() {
        return Events::default();
    }
    let names: Vec<&str> = out.events.iter().map(|e| e.name.as_str()).collect();
    let mut samples = sse_samples(doc, &names);
    for op in operations.iter_mut() {
        let Some(start) = heading_at(doc, op.line) else {
            continue;
        };
        let blocks = extent(doc, start);
        if let Some((events, line)) = returns_events(blocks, &names) {
            op.stream = Some(EventStream {
                transport: StreamTransport::Sse,
                events,
                messages: None,
                line: Some(line),
            });
            // The answer is the documented stream of events: no longer unknown.
            op.unknown.retain(|u| *u != Unknown::Response);
        }
    }
    let streams: Vec<&str> = out.streams.iter().map(|s| s.name.as_str()).collect();
    if let Some((op, socket_samples)) = websocket(doc, kit, &names, &streams) {
        operations.push(op);
        samples.extend(socket_samples);
    }
    payload_types(kit, &mut out.events, &samples);
    out
}

/// `name` / `: description` entries of the section under heading `at` (up to the next
/// heading of its level or higher), each name one token.
fn definitions(doc: &Document, at: usize) -> Vec<(String, String, u32)> {
    extent(doc, at)
        .iter()
        .filter(|b| b.kind == Kind::Paragraph)
        .filter_map(|b| {
            let (term, rest) = b.text.split_once('\n')?;
            let text = rest.trim_start().strip_prefix(':')?;
            let name = term.trim().trim_matches('`');
            let ok = !name.is_empty()
                && name.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | ':')
                });
            ok.then(|| {
                let text = text.replace("\\\n", " ").replace('\n', " ");
                (name.to_string(), text.trim().to_string(), b.span.line)
            })
        })
        .collect()
}

/// The blocks of the section whose heading is block `at`: up to the next heading of the
/// same level or higher.
fn extent(doc: &Document, at: usize) -> &[Block] {
    let level = doc.blocks.get(at).and_then(Block::level).unwrap_or(0);
    let end = doc.blocks[at + 1..]
        .iter()
        .position(|b| b.level().is_some_and(|l| l != 0 && l <= level))
        .map_or(doc.blocks.len(), |p| at + 1 + p);
    &doc.blocks[at.min(end)..end]
}

/// The heading block at `line`.
fn heading_at(doc: &Document, line: u32) -> Option<usize> {
    doc.blocks
        .iter()
        .position(|b| b.is_heading() && b.span.line == line)
}

/// An event's entry read: the payload from the words of its description.
fn event_def(doc: &Document, name: String, text: String, line: u32) -> EventDef {
    let sentence = text
        .split(". ")
        .find(|s| s.to_ascii_lowercase().contains("payload"))
        .map(|s| s.trim().trim_end_matches('.').to_string());
    let lower = sentence.as_deref().unwrap_or("").to_ascii_lowercase();
    let payload = if lower.contains("cast to a string") {
        Payload::Json
    } else if lower.contains("string id") || lower.contains("a string") {
        Payload::Text
    } else if lower.contains("does not contain a payload")
        || lower.contains("can be ignored")
        || lower.contains("no payload")
    {
        Payload::None
    } else {
        Payload::Unknown
    };
    // The entity a JSON payload names: linked (`[Status](…)`) → its name, for the type.
    let entity = (payload == Payload::Json)
        .then(|| {
            let s = sentence.as_deref()?;
            let after = s
                .split_once(" contains an ")
                .or_else(|| s.split_once(" contains a "))?
                .1;
            let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
            doc.links
                .iter()
                .any(|l| (line..=line + 2).contains(&l.span.line) && l.text == word)
                .then_some(word)
        })
        .flatten();
    EventDef {
        name,
        doc: Some(text),
        payload,
        // The type is set from the samples (`payload_types`); the linked entity is the hint.
        ty: entity.map(TypeRef::Named),
        cue: sentence,
        line: Some(line),
        file: None,
    }
}

/// `event: name` / `data: …` examples in code blocks: every one on the page whose event is
/// listed.
fn sse_samples(doc: &Document, names: &[&str]) -> Vec<Sample> {
    let mut out = Vec::new();
    for b in doc.blocks.iter().filter(|b| b.is_code()) {
        let first = code_first_line(doc, b);
        let mut event: Option<&str> = None;
        for (i, l) in b.text.split('\n').enumerate() {
            let line = first + u32::try_from(i).unwrap_or(0);
            if let Some(e) = l.strip_prefix("event:") {
                event = Some(e.trim());
            } else if let Some(d) = l.strip_prefix("data:")
                && let Some(e) = event.filter(|e| names.contains(e))
            {
                out.push(Sample {
                    event: e.to_string(),
                    data: d.strip_prefix(' ').unwrap_or(d).to_string(),
                    line,
                });
            }
        }
    }
    out
}

/// The line of a code block's first content line (after a fence).
fn code_first_line(doc: &Document, b: &Block) -> u32 {
    let count = u32::try_from(b.text.split('\n').count()).unwrap_or(u32::MAX);
    let fenced = doc
        .source
        .lines
        .get(b.span.line as usize - 1)
        .is_some_and(|l| {
            let l = l.trim_start();
            l.starts_with("```") || l.starts_with("~~~")
        });
    b.span.line + u32::from(fenced && b.span.end_line - b.span.line + 1 > count)
}

/// A `Returns:` line listing only known events (`update`, `delete`), or `Stream of Event`
/// (every event): the names and the line.
fn returns_events(blocks: &[Block], names: &[&str]) -> Option<(Vec<String>, u32)> {
    for b in blocks.iter().skip(1).take_while(|b| !b.is_heading()) {
        for (i, l) in b.text.split('\n').enumerate() {
            let Some(rest) = l.trim().strip_prefix("Returns:") else {
                continue;
            };
            let rest = rest.trim().trim_end_matches('\\').trim();
            let line = b.span.line + u32::try_from(i).unwrap_or(0);
            if rest == "Stream of Event" {
                return Some((names.iter().map(|n| n.to_string()).collect(), line));
            }
            let listed: Vec<String> = rest
                .split(',')
                .map(|s| s.trim().trim_matches('`').to_string())
                .collect();
            if listed.iter().all(|n| names.contains(&n.as_str())) {
                return Some((listed, line));
            }
        }
    }
    None
}

/// A `wss://host/path` endpoint: its operation and the event messages of its section.
fn websocket(
    doc: &Document,
    kit: &mut Kit,
    names: &[&str],
    streams: &[&str],
) -> Option<(Operation, Vec<Sample>)> {
    let (at, url_line, path) = socket_url(doc)?;
    let heading = doc.blocks[..at].iter().rposition(Block::is_heading)?;
    let name = heading_text(&doc.blocks[heading].text);
    let blocks = extent(doc, heading);
    let (events, returns_line) = returns_events(blocks, names)?;
    let mut op = Operation {
        id: name.to_snake_case(),
        name: name.clone(),
        doc: blocks
            .iter()
            .skip(1)
            .take_while(|b| !b.is_heading())
            .find(|b| {
                b.kind == Kind::Paragraph
                    && !b.text.contains(':')
                    && !b.text.trim_start().starts_with("wss://")
            })
            .map(|b| b.text.replace('\n', " ")),
        route: Some(Route {
            method: Method::Get,
            path,
        }),
        line: doc.blocks[heading].span.line,
        ..Operation::default()
    };
    let mut reader = Messages {
        names,
        streams,
        messages: SocketMessages {
            event: JsonPointer::member("event"),
            payload: None,
            stream: None,
            error: None,
            error_status: None,
            command: None,
            subscribe: None,
            unsubscribe: None,
            target: None,
            line: Some(url_line),
        },
        event_seen: false,
        samples: Vec::new(),
    };
    let first = blocks.first().map_or(0, |b| b.span.line);
    let last = blocks.last().map_or(0, |b| b.span.end_line);
    reader.read(doc, first..=last);
    if !reader.event_seen {
        kit.warn(
            url_line,
            format!("{name}: no event message among its examples; the WebSocket is left out"),
        );
        return None;
    }
    op.stream = Some(EventStream {
        transport: StreamTransport::Websocket,
        events,
        messages: Some(reader.messages),
        line: Some(returns_line),
    });
    Some((op, reader.samples))
}

/// The first `wss://host/path` (or `ws://`) line: its block, its line and its path.
fn socket_url(doc: &Document) -> Option<(usize, u32, String)> {
    doc.blocks.iter().enumerate().find_map(|(i, b)| {
        let t = b.text.trim();
        let rest = t
            .strip_prefix("wss://")
            .or_else(|| t.strip_prefix("ws://"))?;
        if rest.contains(char::is_whitespace) {
            return None;
        }
        let path = &rest[rest.find('/')?..];
        Some((i, b.span.line, path.to_string()))
    })
}

/// A string node's text.
fn string_of(n: &Node) -> Option<String> {
    match &n.kind {
        Kind_::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// The message shapes of a WebSocket read from the page's JSON examples, and the event
/// samples among them.
struct Messages<'a> {
    /// The catalogue's event names.
    names: &'a [&'a str],
    /// The catalogue's stream names.
    streams: &'a [&'a str],
    /// What the examples show; `event` is a placeholder until `event_seen`.
    messages: SocketMessages,
    /// Whether an event message was read (it sets `messages.event`).
    event_seen: bool,
    samples: Vec<Sample>,
}

impl Messages<'_> {
    /// The JSON examples of the endpoint's section (lines `section`, a `{{< hint >}}`
    /// included): event messages and commands; then an error message the page introduces
    /// as the WebSocket's, anywhere on the page.
    fn read(&mut self, doc: &Document, section: std::ops::RangeInclusive<u32>) {
        for (i, b) in doc.blocks.iter().enumerate() {
            let Some(node) = json_object(doc, i, b) else {
                continue;
            };
            let Kind_::Object(members) = &node.kind else {
                continue;
            };
            let inside = section.contains(&b.span.line);
            let event = members
                .iter()
                .find(|(_, v)| string_of(v).is_some_and(|s| self.names.contains(&s.as_str())));
            let command = members.iter().find(|(_, v)| {
                string_of(v).is_some_and(|s| s == "subscribe" || s == "unsubscribe")
            });
            if inside && let Some((key, value)) = event {
                self.event(members, key, value);
            } else if inside && let Some((key, value)) = command {
                self.command(members, key, value);
            } else if let Some((k, _)) = members.iter().find(|(k, _)| k == "error")
                && mentions_websocket(&doc.blocks[..i])
            {
                self.messages.error = Some(JsonPointer::member(k));
                if let Some((s, _)) = members
                    .iter()
                    .find(|(_, v)| matches!(v.kind, Kind_::Number(_)))
                {
                    self.messages.error_status = Some(JsonPointer::member(s));
                }
            }
        }
    }

    /// Whether a value names streams: a stream's name, or a list of them.
    fn names_stream(&self, n: &Node) -> bool {
        match &n.kind {
            Kind_::String(s) => self.streams.contains(&s.as_str()),
            Kind_::Array(items) => {
                !items.is_empty()
                    && items
                        .iter()
                        .all(|i| string_of(i).is_some_and(|s| self.streams.contains(&s.as_str())))
            }
            _ => false,
        }
    }

    /// An event message: `key` holds the event's name (`value`); a member naming streams
    /// is the stream, the one other member the payload (kept as a sample).
    fn event(&mut self, members: &[(String, Node)], key: &str, value: &Node) {
        self.messages.event = JsonPointer::member(key);
        self.event_seen = true;
        let stream = members
            .iter()
            .find(|(k, v)| k != key && self.names_stream(v));
        if let Some((k, _)) = stream {
            self.messages.stream = Some(JsonPointer::member(k));
        }
        let others: Vec<&(String, Node)> = members
            .iter()
            .filter(|(k, v)| k != key && !self.names_stream(v))
            .collect();
        if let [(k, v)] = others.as_slice() {
            self.messages.payload = Some(JsonPointer::member(k));
            self.samples.push(Sample {
                event: string_of(value).unwrap_or_default(),
                data: string_of(v).unwrap_or_else(|| v.to_value().to_string()),
                line: v.line,
            });
        }
    }

    /// A command: `key` holds `subscribe` or `unsubscribe` (`value`); a member naming
    /// streams is its target.
    fn command(&mut self, members: &[(String, Node)], key: &str, value: &Node) {
        self.messages.command = Some(key.to_string());
        let v = string_of(value).unwrap_or_default();
        if v == "subscribe" {
            self.messages.subscribe = Some(v);
        } else {
            self.messages.unsubscribe = Some(v);
        }
        if let Some((k, _)) = members
            .iter()
            .find(|(k, v)| k != key && self.names_stream(v))
        {
            self.messages.target = Some(k.clone());
        }
    }
}

use crate::read::json::Kind as Kind_;

/// The JSON object of a code block, if it is one.
fn json_object(doc: &Document, at: usize, b: &Block) -> Option<Node> {
    if !b.is_code() || !b.text.trim_start().starts_with('{') {
        return None;
    }
    let (parsed, _) = doc.json(at, b.span.end_line).ok()?;
    matches!(parsed.node.kind, Kind_::Object(_)).then_some(parsed.node)
}

/// Whether the paragraph just before the last block of `before` mentions a WebSocket.
fn mentions_websocket(before: &[Block]) -> bool {
    before
        .iter()
        .rev()
        .find(|b| b.kind == Kind::Paragraph)
        .is_some_and(|b| b.text.to_ascii_lowercase().contains("websocket"))
}

/// A heading's text without an anchor (`{#websocket}`).
fn heading_text(text: &str) -> String {
    let t = match (text.find("{#"), text.rfind('}')) {
        (Some(open), Some(close)) if close > open => {
            format!("{}{}", &text[..open], &text[close + 1..])
        }
        _ => text.to_string(),
    };
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The type of each JSON payload, inferred from the page's examples of its event (events
/// naming the same entity share one type, named after it; an event naming no linked entity
/// gets one named after itself). An event without an example keeps the entity's name
/// (defined elsewhere, or marked undefined by normalisation); without either, its payload
/// stays unknown.
fn payload_types(kit: &mut Kit, events: &mut [EventDef], samples: &[Sample]) {
    let hints: Vec<Option<String>> = events
        .iter()
        .map(|e| {
            (e.payload == Payload::Json).then(|| match &e.ty {
                Some(TypeRef::Named(n)) => n.clone(),
                _ => e.name.replace(['.', ':'], "_").to_pascal_case(),
            })
        })
        .collect();
    let mut done: Vec<(String, TypeRef)> = Vec::new();
    for (k, hint) in hints.iter().enumerate() {
        let Some(hint) = hint else { continue };
        if let Some((_, ty)) = done.iter().find(|(h, _)| h == hint) {
            events[k].ty = Some(ty.clone());
            continue;
        }
        let nodes: Vec<Node> = events
            .iter()
            .zip(&hints)
            .filter(|(_, h)| h.as_deref() == Some(hint.as_str()))
            .flat_map(|(e, _)| samples.iter().filter(move |s| s.event == e.name))
            .filter_map(|s| match json::parse(&s.data, s.line) {
                Ok(p) => Some(p.node),
                Err(e) => {
                    kit.json_warning(&e, &format!("the `{}` example", s.event), "not used");
                    None
                }
            })
            .collect();
        let refs: Vec<&Node> = nodes.iter().collect();
        let ty = if refs.is_empty() {
            events[k].ty.clone()
        } else {
            Some(kit.infer.infer_samples(&refs, hint, SampleKind::Real))
        };
        match ty {
            Some(ty) => {
                done.push((hint.clone(), ty.clone()));
                events[k].ty = Some(ty);
            }
            None => events[k].payload = Payload::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> (Events, Vec<Operation>) {
        let doc = Document::parse("page.md", text);
        let mut kit = Kit::new(&doc.source);
        let mut ops = vec![Operation {
            id: "watch".into(),
            name: "Watch".into(),
            route: Some(Route {
                method: chatgen_codegen::spec::Method::Get,
                path: "/stream".into(),
            }),
            line: 14,
            ..Operation::default()
        }];
        let events = read(&doc, &mut kit, &mut ops);
        (events, ops)
    }

    const PAGE: &str = "# Streaming\n\n## Events {#events}\n\n`new`\n: A thing. Payload contains a Thing cast to a string.\n\n`gone`\n: Removed. Payload contains the String ID of the thing.\n\n`odd`\n: Something else.\n\n## Watch\n\n```http\nGET /stream HTTP/1.1\n```\n\n**Returns:** `new`, `gone`\\\n**OAuth:** none\n\n```text\nevent: new\ndata: {\"id\":\"1\",\"n\":2}\n```\n";

    #[test]
    fn reads_the_catalogue_and_the_stream_by_their_words() {
        let (events, ops) = page(PAGE);
        let names: Vec<&str> = events.events.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["new", "gone", "odd"]);
        let payloads: Vec<Payload> = events.events.iter().map(|e| e.payload).collect();
        assert_eq!(payloads, [Payload::Json, Payload::Text, Payload::Unknown]);
        // `Thing` is not a link: the type is named after the event.
        assert_eq!(events.events[0].ty, Some(TypeRef::Named("New".into())));
        let stream = ops[0].stream.as_ref().expect("a stream");
        assert_eq!(stream.events, ["new", "gone"]);
        assert_eq!(stream.transport, StreamTransport::Sse);
    }

    #[test]
    fn a_returns_line_naming_an_unknown_event_is_no_stream() {
        let (_, ops) = page(&PAGE.replace("`new`, `gone`\\", "`new`, `other`\\"));
        assert!(ops[0].stream.is_none());
    }

    #[test]
    fn a_page_without_a_catalogue_has_no_events() {
        let (events, ops) = page(&PAGE.replace("## Events {#events}", "## Notes"));
        assert!(events.events.is_empty() && ops[0].stream.is_none());
    }
}
