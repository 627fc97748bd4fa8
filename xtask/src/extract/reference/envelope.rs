//! How a page's RPC calls travel, read from its sample requests: one address, a JSON
//! document per call naming the method in a member (`{"jsonrpc": "2.0", "method":
//! "eth_getBalance", "params": {…}, "id": 1}`, `{"operation": "get_job", "id": "…"}`).
//!
//! Without such samples a page's methods are `POST`ed each to its own path
//! ([`Protocol::rpc_per_method`]), as pages that give a URL per method show.

use std::collections::{BTreeMap, BTreeSet};

use chatgen_codegen::spec::{
    Answer, Credential, CredentialPlace, Endpoint, FailureMark, JsonPointer, Method, Operation,
    ParamStyle, Protocol, RequestEnvelope, RpcTransport, Transport, TypeDef, TypeRef,
};
use serde_json::{Map, Value};

use super::locate::OpAt;
use super::rpc::{call_member, command_word, query_call_member};
use crate::read::blocks::Document;

/// The members that carry a call's parameters in a sample request.
const PARAM_MEMBERS: [&str; 4] = ["params", "args", "arguments", "parameters"];

/// Words of a member's name that make it a credential (`api_key`, `token`, `auth`,
/// `sessionId`).
const CREDENTIAL_WORDS: [&str; 4] = ["key", "token", "auth", "session"];

/// The protocol a page's sample requests show, if they show one: JSON objects (a code
/// block, or the one a `curl` call sends) whose member naming the call (JSON-RPC's `method`,
/// or one of the call members: `operation`, `action`, `command`, …) holds one of the page's
/// methods by its wire name. Two methods must be so named through the same member (one, on a
/// page of one method). Then every call is `POST`ed to one address as such a document:
/// - the method's name in that member;
/// - the parameters in the member that holds an object or a list in those samples
///   (`params`, `args`, `arguments`, `parameters`), else beside the method's name;
/// - JSON-RPC's version (`"jsonrpc": "2.0"`) as the samples give it, their numeric `id`
///   (or any `id` beside `jsonrpc`) as a fresh key per call;
/// - a member named as a credential (`api_key`, `token`, `auth`, `session…`) that is not a
///   parameter, as a credential the client is given.
///
/// A JSON-RPC 2.0 request is answered as that protocol defines: the result in `result`, a
/// failure as `error` with its `code` and `message`.
pub(super) fn sample_protocol(doc: &Document, located: &[OpAt]) -> Option<Sampled> {
    let names: BTreeSet<&str> = located.iter().filter_map(|o| o.rpc.as_deref()).collect();
    // Each sample with the member naming its method, and the method.
    let samples: Vec<(String, String, Map<String, Value>)> = doc
        .blocks
        .iter()
        .filter(|b| b.is_code())
        .filter_map(|b| sample_object(&b.text, b.span.line))
        .filter_map(|o| {
            let (member, name) = o.iter().find_map(|(k, v)| {
                let name = v
                    .as_str()
                    .filter(|s| target_member(k) && names.contains(s))?;
                Some((k.clone(), name.to_string()))
            })?;
            Some((member, name, o))
        })
        .collect();
    let named = samples.iter().map(|(m, name, _)| (m.clone(), name.clone()));
    let Some(member) = naming_most(named, names.len()) else {
        return query_protocol(doc, &names);
    };
    let member = member.as_str();
    let samples: Vec<&Map<String, Value>> = samples
        .iter()
        .filter(|(m, _, _)| m == member)
        .map(|(_, _, o)| o)
        .collect();
    let params = PARAM_MEMBERS.into_iter().find(|p| {
        samples.iter().any(|o| o.contains_key(*p))
            && samples
                .iter()
                .filter_map(|o| o.get(*p))
                .all(|v| v.is_object() || v.is_array())
    });
    let jsonrpc = common_text(&samples, "jsonrpc");
    let numeric_id = samples
        .iter()
        .filter_map(|o| o.get("id"))
        .all(Value::is_number);
    let has_id = samples.iter().any(|o| o.contains_key("id"));
    let message_key =
        (has_id && (numeric_id || jsonrpc.is_some())).then(|| JsonPointer::member("id"));
    let answer = (jsonrpc.as_deref() == Some("2.0")).then(json_rpc_answer);
    let mut constants = BTreeMap::new();
    if let Some(version) = jsonrpc {
        constants.insert(JsonPointer::member("jsonrpc"), Value::String(version));
    }
    // Credentials travel beside the method only where the parameters have a member of
    // their own: beside the method, a member is a parameter like the others.
    let mut credentials: Vec<Credential> = Vec::new();
    if let Some(p) = params {
        let named = samples
            .iter()
            .flat_map(|o| o.iter())
            .filter(|(k, v)| *k != member && *k != p && v.is_string() && credential_name(k));
        for (k, _) in named {
            if !credentials.iter().any(|c| c.name == *k) {
                credentials.push(envelope_credential(k));
            }
        }
    }
    let envelope = RequestEnvelope {
        target: JsonPointer::member(member),
        version: None,
        message_key,
        header_params: None,
        body_params: params.map(JsonPointer::member),
        constants,
    };
    Some(Sampled {
        protocol: Protocol {
            answer,
            ..one_address(Method::Post, ParamStyle::Json, envelope, credentials)
        },
        path: None,
    })
}

/// A protocol read from a page's sample requests, and the one address's path where the
/// samples give it.
pub(super) struct Sampled {
    pub(super) protocol: Protocol,
    pub(super) path: Option<String>,
}

impl Sampled {
    /// Whether the parameters travel in the query string.
    pub(super) fn in_query(&self) -> bool {
        self.protocol
            .rpc
            .as_ref()
            .is_some_and(|r| r.params == ParamStyle::Query)
    }
}

/// Calls written as URLs whose query string names a method in a call member
/// (`http://127.0.0.1:8080/webapi.htm?type=op_query&method=admin_query_sub_info&…`), two
/// methods so named through one member and one path: every call is a `GET`
/// of that path, the method in that member of the query string and the parameters beside
/// it. (Members the calls give other values, `type=op_query`, stay unread.) Also a URL
/// the page gives as the template of every call ([`command_template`]).
fn query_protocol(doc: &Document, names: &BTreeSet<&str>) -> Option<Sampled> {
    let named = doc.blocks.iter().flat_map(|b| {
        query_calls(&b.text).into_iter().flat_map(|(path, pairs)| {
            pairs.into_iter().filter_map(move |(k, v)| {
                // (The page's methods, or others the calls name so: a page may give a
                // method only as such a call.)
                // (The member in capitals too, `&REQUEST=GetCoverage`.)
                let member = k == "method" || query_call_member(&k);
                (member && (names.contains(v.as_str()) || command_word(&v)))
                    .then(|| ((k, path.clone()), v))
            })
        })
    });
    let ((member, path), credentials) = naming_most(named, names.len())
        .map(|at| (at, Vec::new()))
        .or_else(|| command_template(doc))?;
    let envelope = RequestEnvelope {
        target: JsonPointer::member(&member),
        version: None,
        message_key: None,
        header_params: None,
        body_params: None,
        constants: BTreeMap::new(),
    };
    Some(Sampled {
        protocol: one_address(Method::Get, ParamStyle::Query, envelope, credentials),
        path: (!path.is_empty()).then_some(path),
    })
}

/// The words a placeholder for the method is named by (`$command`, `{method}`).
const COMMAND_SLOTS: [&str; 5] = ["command", "method", "action", "cmd", "function"];

/// A URL the page gives as the template of every call, a placeholder where the method goes
/// (`/api?apikey=$apikey&cmd=$command`): that member and path; the template's members named
/// as credentials (`apikey=$apikey`) credentials sent beside it.
fn command_template(doc: &Document) -> Option<((String, String), Vec<Credential>)> {
    let slot = |v: &str| {
        let name = v
            .trim_start_matches(['$', '{', '<', ':'])
            .trim_end_matches(['}', '>']);
        name != v && COMMAND_SLOTS.contains(&name.to_ascii_lowercase().as_str())
    };
    doc.blocks.iter().find_map(|b| {
        query_calls(&b.text).into_iter().find_map(|(path, pairs)| {
            let (member, _) = pairs.iter().find(|(_, v)| slot(v))?;
            let credentials = pairs
                .iter()
                .filter(|(k, _)| k != member && credential_name(k))
                .map(|(k, _)| envelope_credential(k))
                .collect();
            Some(((member.clone(), path), credentials))
        })
    })
}

/// The URLs (or paths) with a query string in `text`: each one's path (after its host, if
/// it has one) and its `name=value` pairs.
fn query_calls(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let text = url_lines_joined(text);
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, '`' | '\'' | '"' | '<' | '>'))
    {
        let Some((before, query)) = word.split_once('?') else {
            continue;
        };
        let path = match before.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
            None if before.starts_with('/') => before,
            None => continue,
        };
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        if !pairs.is_empty() {
            out.push((path.to_string(), pairs));
        }
    }
    out
}

/// `text` with a URL written over several lines joined again: a line ending its query's
/// opening `?` or a pair's `&` goes on with the next, and so does a line of the query followed
/// by one opening with `&` (`http://localhost/qgisserver?` / `SERVICE=WCS` /
/// `&REQUEST=GetCapabilities`, one argument a line).
fn url_lines_joined(text: &str) -> std::borrow::Cow<'_, str> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let pair = |l: &str| !l.is_empty() && l.contains('=') && !l.contains(char::is_whitespace);
    if !lines.windows(2).any(|w| {
        (w[0].contains('?') && (w[0].ends_with(['?', '&']) || w[1].starts_with('&'))) && pair(w[1])
    }) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut in_query = false;
    for l in lines {
        let goes_on = in_query && pair(l) && (out.ends_with(['?', '&']) || l.starts_with('&'));
        if goes_on {
            out.push_str(l);
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(l);
            in_query = l.contains('?') && !l.contains(char::is_whitespace);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Of the places sample calls name methods through (a member; a member and a path), the one
/// naming the most methods (on a tie, the last in order), if it names two of them (one, where
/// the page has one method).
fn naming_most<K: Ord>(named: impl Iterator<Item = (K, String)>, methods: usize) -> Option<K> {
    let mut by: BTreeMap<K, BTreeSet<String>> = BTreeMap::new();
    for (at, name) in named {
        by.entry(at).or_default().insert(name);
    }
    by.into_iter()
        .max_by_key(|(_, n)| n.len())
        .filter(|(_, n)| n.len() >= 2.min(methods))
        .map(|(at, _)| at)
}

/// RPC calls sent to one address by `method`, wrapped in `envelope`, its members in
/// `params` style, with `credentials` put in it.
fn one_address(
    method: Method,
    params: ParamStyle,
    envelope: RequestEnvelope,
    credentials: Vec<Credential>,
) -> Protocol {
    Protocol {
        transport: Transport::Rpc,
        rpc: Some(RpcTransport {
            endpoint: Endpoint::Single,
            method,
            params,
            envelope: Some(envelope),
        }),
        credentials,
        ..Protocol::default()
    }
}

/// A credential sent as the envelope's top-level member `name` (`api_key`, `apikey`).
fn envelope_credential(name: &str) -> Credential {
    Credential {
        name: name.to_string(),
        place: CredentialPlace::Envelope,
        at: Some(JsonPointer::member(name).to_string()),
        fields: Vec::new(),
        from_answer: None,
        unless: None,
    }
}

/// Whether `key` names the call in a request: JSON-RPC's `method`, or a call member.
fn target_member(key: &str) -> bool {
    key == "method" || call_member(key)
}

/// Whether a member's name makes it a credential.
fn credential_name(key: &str) -> bool {
    let lower = key.to_ascii_lowercase();
    CREDENTIAL_WORDS.iter().any(|w| lower.contains(w))
}

/// The text every sample gives member `key`, when all that have it agree.
fn common_text(samples: &[&Map<String, Value>], key: &str) -> Option<String> {
    let mut values = samples.iter().filter_map(|o| o.get(key));
    let first = values.next()?.as_str()?.to_string();
    values
        .all(|v| v.as_str() == Some(first.as_str()))
        .then_some(first)
}

/// The JSON object a code block shows: the block itself, or the object a command in it
/// sends (`curl … -d '{"method": …}'`), read from its first `{`.
fn sample_object(code: &str, line: u32) -> Option<Map<String, Value>> {
    let at = code.find('{')?;
    // A JSON document (its `{` opens a line), or one a command line quotes or passes
    // (`-d '{`, `--data={`).
    let line_start = code[..at]
        .rsplit('\n')
        .next()
        .is_none_or(|l| l.trim().is_empty());
    let opens = line_start || code[..at].trim_end().ends_with(['\'', '=', '(']);
    if !opens {
        return None;
    }
    let first_line = line + u32::try_from(code[..at].matches('\n').count()).unwrap_or(0);
    match crate::read::json::parse(&code[at..], first_line + 1).map(|p| p.node.to_value()) {
        Ok(Value::Object(o)) => Some(o),
        _ => None,
    }
}

/// JSON-RPC 2.0's answers: the result in `result`; a failure as `error`, an object with
/// `code` and `message`.
fn json_rpc_answer() -> Answer {
    let error = JsonPointer::member("error");
    Answer {
        result: Some(JsonPointer::member("result")),
        failure: Some(FailureMark {
            at: error.clone(),
            equals: None,
        }),
        code: Some(error.child("code")),
        message: Some(error.child("message")),
        error: Some(error),
        ..Answer::default()
    }
}

/// Whether the page names the members a family's usual protocol is known by: the members
/// on the way to its envelope's target (`"header"`, `"target"`), or without an envelope the
/// member whose value says a call failed (`"ok"`). Where it does not (a JSON-RPC page read
/// by the family of Slack-like methods, which answer `"ok": false`), that protocol is not
/// the page's.
pub(super) fn members_named(doc: &Document, protocol: &Protocol) -> bool {
    let pointers: Vec<&JsonPointer> = match protocol.envelope() {
        Some(e) => vec![&e.target],
        None => protocol
            .answer
            .as_ref()
            .and_then(|a| a.failure.as_ref())
            .map(|f| &f.at)
            .into_iter()
            .collect(),
    };
    pointers
        .iter()
        .flat_map(|p| p.members())
        .all(|m| doc.blocks.iter().any(|b| has_word(&b.text, &m)))
}

/// Whether `text` has `word` with no letter, digit or `_` on either side.
fn has_word(text: &str, word: &str) -> bool {
    let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(word).any(|(at, _)| {
        !part(text[..at].chars().next_back()) && !part(text[at + word.len()..].chars().next())
    })
}

/// Where the protocol finds a call's result inside its answer (JSON-RPC's `result`), a
/// response type drawn from a whole answer (`{"jsonrpc": "2.0", "id": 1, "result": {…}}`)
/// gives way to the type of its member there: what the call returns. An answer shown
/// without that member keeps its type; the whole answer's type stays among the types.
pub(super) fn results_inside(
    protocol: &Protocol,
    types: &BTreeMap<String, TypeDef>,
    operations: &mut [Operation],
) {
    let Some(at) = protocol.answer.as_ref().and_then(|a| a.result.as_ref()) else {
        return;
    };
    let members = at.members();
    let inside = |ty: &TypeRef| {
        members.iter().try_fold(ty.clone(), |ty, member| {
            let TypeRef::Named(name) = ty else {
                return None;
            };
            let field = types
                .get(&name)?
                .fields()
                .iter()
                .find(|f| f.name == *member)?;
            Some(field.ty.clone())
        })
    };
    for op in operations {
        for r in &mut op.responses {
            if let Some(ty) = r.ty.as_ref().and_then(inside) {
                r.ty = Some(ty);
            }
        }
    }
}
