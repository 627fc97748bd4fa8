//! Ground truth for `cargo xtask corpus`, read independently of the tool's own readers:
//! an OpenAPI document beside a page (`<name>.openapi.json`, read with `serde_json` as the
//! corpus's `groundtruth.py` does) or a hand-written `truth.yaml` in the folder.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

/// What a correct extraction of one document finds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Truth {
    /// Operations, in document order.
    pub operations: Vec<TruthOp>,
}

/// One operation of the ground truth.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TruthOp {
    /// Upper-case method and normalised path, when the document shows them.
    pub route: Option<(String, String)>,
    /// The RPC target, or the title Redoc shows (summary, else operationId).
    pub name: Option<String>,
    /// Parameters outside the body; `None` when the truth does not count them.
    pub params: Option<Vec<TruthParam>>,
    /// Top-level request-body fields; `None` when the truth does not count them.
    pub body: Option<Vec<TruthParam>>,
    /// Response statuses as written (`200`, `4XX`, `default`); `None` when not counted.
    pub responses: Option<Vec<String>>,
}

/// A parameter or body field of the ground truth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TruthParam {
    /// Wire name.
    pub name: String,
    /// `path`, `query`, `header`, `cookie`, `body`; `None`: any location (TeamChat).
    pub location: Option<String>,
    /// Whether it is required; `None` when the truth does not say.
    pub required: Option<bool>,
}

/// Compares paths as documents print them: Markdown escapes undone (`{x\_y}`), `<x>` read
/// as `{x}`.
pub fn normalise_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut chars = path.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| n.is_ascii_punctuation()) => {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '<' => out.push('{'),
            '>' => out.push('}'),
            _ => out.push(c),
        }
    }
    out
}

/// A route's path as compared: the query string a page may print with it dropped, and
/// placeholder names left out (`{channel.id}` and `{channel_id}` are the same route), and an
/// optional segment (`[/{event_id}]`) left out; a path written relative to the base URL
/// (`api/v2/verifykey/{ID}`) is the same route as from the root, and one printed with a
/// trailing `/` (`/v1/certificates/`) the same as without it, as truths written by hand
/// often drop it (the root `/` stays).
pub fn route_key(path: &str) -> String {
    let path = path.split('?').next().unwrap_or(path);
    let mut out = String::with_capacity(path.len() + 1);
    if !path.starts_with('/') {
        out.push('/');
    }
    let mut depth = 0;
    // An optional segment (`…/{room_id}[/{event_id}]`) is left out: the route without it
    // is the one every reader can call.
    let mut optional = 0;
    for c in path.chars() {
        match c {
            '[' if depth == 0 => optional += 1,
            ']' if depth == 0 && optional > 0 => optional -= 1,
            _ if optional > 0 => {}
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' => depth = (depth - 1).max(0),
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    if out.len() > 1 && out.ends_with('/') {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------- OpenAPI beside a page

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
const LOCATIONS: [&str; 4] = ["path", "query", "header", "cookie"];

/// The truth of an OpenAPI document (the `spec.data` a Redoc page embeds): operations are
/// path+method pairs in document order; parameters are the path item's (unless the
/// operation redefines the same name and location) then the operation's, body and
/// unrendered locations left out; a path parameter without `required` is required; body
/// fields are the top-level properties of the first media type's schema (allOf merged,
/// the first oneOf/anyOf alternative, an array's items), `readOnly` ones left out as Redoc
/// does in requests; responses are the response keys as written.
pub fn from_openapi(doc: &Value) -> Truth {
    let mut operations = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return Truth { operations };
    };
    for (path, item) in paths {
        let item = resolve(doc, item);
        let Some(item) = item.as_object() else {
            continue;
        };
        let path_params: Vec<&Value> = list(item.get("parameters"))
            .iter()
            .map(|p| resolve(doc, p))
            .collect();
        for (method, op) in item {
            if !METHODS.contains(&method.as_str()) || !op.is_object() {
                continue;
            }
            operations.push(operation(doc, path, method, op, &path_params));
        }
    }
    Truth { operations }
}

fn operation(doc: &Value, path: &str, method: &str, op: &Value, path_params: &[&Value]) -> TruthOp {
    let own: Vec<&Value> = list(op.get("parameters"))
        .iter()
        .map(|p| resolve(doc, p))
        .collect();
    let key = |p: &Value| {
        (
            p.get("name").and_then(Value::as_str).map(str::to_string),
            p.get("in").and_then(Value::as_str).map(str::to_string),
        )
    };
    let own_keys: Vec<_> = own.iter().map(|p| key(p)).collect();
    let merged = path_params
        .iter()
        .filter(|p| p.is_object() && !own_keys.contains(&key(p)))
        .chain(own.iter().filter(|p| p.is_object()));
    let mut params = Vec::new();
    let mut body = None;
    for p in merged {
        let location = p.get("in").and_then(Value::as_str).unwrap_or_default();
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        if location == "body" {
            body = Some(fields(doc, p.get("schema").unwrap_or(&Value::Null)));
            continue;
        }
        if !LOCATIONS.contains(&location) {
            continue; // Redoc does not render it
        }
        let required = p
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(location == "path");
        params.push(TruthParam {
            name: name.to_string(),
            location: Some(location.to_string()),
            required: Some(required),
        });
    }
    if let Some(rb) = op.get("requestBody") {
        let rb = resolve(doc, rb);
        let schema = rb
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.values().next())
            .and_then(|m| m.get("schema"))
            .unwrap_or(&Value::Null);
        body = Some(fields(doc, schema));
    }
    let text = |k: &str| op.get(k).and_then(Value::as_str).filter(|s| !s.is_empty());
    let name = text("summary")
        .or_else(|| text("operationId"))
        .map(str::to_string);
    let responses = op
        .get("responses")
        .and_then(Value::as_object)
        .map(|r| r.keys().cloned().collect())
        .unwrap_or_default();
    TruthOp {
        route: Some((method.to_ascii_uppercase(), normalise_path(path))),
        name,
        params: Some(params),
        body,
        responses: Some(responses),
    }
}

fn list(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// Follows local `$ref` chains (JSON pointers) to a node that is not a `$ref`.
fn resolve<'a>(doc: &'a Value, mut node: &'a Value) -> &'a Value {
    let mut seen = Vec::new();
    while let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let Some(pointer) = r.strip_prefix('#') else {
            return node;
        };
        if seen.contains(&pointer) {
            return node;
        }
        seen.push(pointer);
        match doc.pointer(pointer) {
            Some(target) => node = target,
            None => return node,
        }
    }
    node
}

/// Top-level fields of a request schema, as Redoc renders them.
fn fields(doc: &Value, schema: &Value) -> Vec<TruthParam> {
    let mut out = Vec::new();
    collect_fields(doc, schema, &mut out, 0);
    out
}

fn collect_fields(doc: &Value, schema: &Value, out: &mut Vec<TruthParam>, depth: u32) {
    let schema = resolve(doc, schema);
    if depth > 8 || !schema.is_object() {
        return;
    }
    for sub in list(schema.get("allOf")) {
        collect_fields(doc, sub, out, depth + 1);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(first) = list(schema.get(key)).first() {
            collect_fields(doc, first, out, depth + 1);
        }
    }
    if schema.get("type").and_then(Value::as_str) == Some("array")
        && let Some(items) = schema.get("items")
    {
        collect_fields(doc, items, out, depth + 1);
    }
    let required: Vec<&str> = list(schema.get("required"))
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, prop) in props {
            let prop = resolve(doc, prop);
            if prop.get("readOnly").and_then(Value::as_bool) == Some(true) {
                continue;
            }
            if let Some(f) = out.iter_mut().find(|f| f.name == *name) {
                f.required = Some(f.required == Some(true) || required.contains(&name.as_str()));
                continue;
            }
            out.push(TruthParam {
                name: name.clone(),
                location: Some("body".into()),
                required: Some(required.contains(&name.as_str())),
            });
        }
    }
    // A `required` list in an allOf part names fields another part defines.
    for f in out.iter_mut() {
        if required.contains(&f.name.as_str()) {
            f.required = Some(true);
        }
    }
}

// ---------------------------------------------------------------- hand-written truth.yaml

/// `truth.yaml`: file name → its operations.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
struct TruthFile(BTreeMap<String, Vec<YamlOp>>);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct YamlOp {
    /// `GET /path`.
    #[serde(default)]
    route: Option<String>,
    #[serde(default)]
    name: Option<String>,
    /// `name location required|optional`; location `-` is any.
    #[serde(default)]
    params: Option<Vec<String>>,
    /// `name required|optional`.
    #[serde(default)]
    body: Option<Vec<String>>,
    #[serde(default)]
    responses: Option<Vec<String>>,
    /// Free notes for the reader (cut off, traps).
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// Reads a `truth.yaml`: for each document file name, its truth.
pub fn from_yaml(file: &str, text: &str) -> Result<BTreeMap<String, Truth>, String> {
    let parsed: TruthFile = serde_yaml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    let mut out = BTreeMap::new();
    for (doc, ops) in parsed.0 {
        let mut operations = Vec::new();
        for (i, op) in ops.into_iter().enumerate() {
            let at = |what: &str| format!("{file}: {doc}, operation {}: {what}", i + 1);
            let route = match &op.route {
                Some(r) => {
                    let (m, p) = r
                        .split_once(' ')
                        .ok_or_else(|| at(&format!("route `{r}` is not `METHOD /path`")))?;
                    Some((m.to_ascii_uppercase(), normalise_path(p)))
                }
                None => None,
            };
            if route.is_none() && op.name.is_none() {
                return Err(at("neither route nor name"));
            }
            let params = op
                .params
                .map(|ps| {
                    ps.iter()
                        .map(|p| param(p, true))
                        .collect::<Result<Vec<_>, _>>()
                })
                .transpose()
                .map_err(|e| at(&e))?;
            let body = op
                .body
                .map(|ps| {
                    ps.iter()
                        .map(|p| param(p, false))
                        .collect::<Result<Vec<_>, _>>()
                })
                .transpose()
                .map_err(|e| at(&e))?;
            operations.push(TruthOp {
                route,
                name: op.name,
                params,
                body,
                responses: op.responses,
            });
        }
        out.insert(doc, Truth { operations });
    }
    Ok(out)
}

/// `id path required`, `q query optional`, `token -` (any location, required unknown);
/// body fields: `name optional`. Read from the right, so a name printed with a space in it
/// (`filter[ ] query optional`) keeps it.
fn param(text: &str, with_location: bool) -> Result<TruthParam, String> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let required = match words.last() {
        Some(&"required") => Some(true),
        Some(&"optional") => Some(false),
        _ => None,
    };
    if required.is_some() {
        words.pop();
    }
    let location = if with_location {
        match words.pop() {
            Some(l @ ("path" | "query" | "header" | "cookie" | "body" | "-"))
                if !words.is_empty() =>
            {
                (l != "-").then(|| l.to_string())
            }
            _ => {
                return Err(format!(
                    "parameter `{text}` has no location (path, query, header, cookie, body or -)"
                ));
            }
        }
    } else {
        Some("body".to_string())
    };
    if words.is_empty() {
        return Err(format!("parameter `{text}` has no name"));
    }
    // (A one-word name may be a flag word itself, a query parameter named `required`:
    // `required query optional`. In a longer name a flag word is one out of place.)
    if words.len() > 1 && words.iter().any(|w| matches!(*w, "required" | "optional")) {
        return Err(format!(
            "parameter `{text}`: expected `required` or `optional` last"
        ));
    }
    Ok(TruthParam {
        name: words.join(" "),
        location,
        required,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A parameter line is read from the right: the flag, then the location, the rest the
    /// name (a page may print `filter[ ]` with a space).
    #[test]
    fn parameter_lines_read_from_the_right() {
        let p = param("filter[ ] query optional", true).expect("a parameter");
        assert_eq!(
            (p.name.as_str(), p.location.as_deref(), p.required),
            ("filter[ ]", Some("query"), Some(false))
        );
        let p = param("token -", true).expect("a parameter");
        assert_eq!(
            (p.name.as_str(), p.location, p.required),
            ("token", None, None)
        );
        let p = param("name required", false).expect("a field");
        assert_eq!(
            (p.location.as_deref(), p.required),
            (Some("body"), Some(true))
        );
        assert!(param("id required", true).is_err(), "no location");
        assert!(param("query optional", true).is_err(), "no name");
        assert!(param("a optional query", true).is_err(), "flag not last");
        assert!(param("a b optional query", true).is_err(), "flag not last");
        let p = param("required query optional", true).expect("a parameter named `required`");
        assert_eq!(
            (p.name.as_str(), p.location.as_deref(), p.required),
            ("required", Some("query"), Some(false))
        );
    }

    #[test]
    fn paths_compare_without_escapes() {
        assert_eq!(normalise_path("/a/{x\\_y}/b"), "/a/{x_y}/b");
        assert_eq!(normalise_path("/teams/<team-uid>/x"), "/teams/{team-uid}/x");
        assert_eq!(route_key("/rooms/{room_id}[/{event_id}]"), "/rooms/{}");
        assert_eq!(route_key("/a/{channel.id}/b?x=1"), "/a/{}/b");
        assert_eq!(route_key("api/v2/verifykey/{ID}"), "/api/v2/verifykey/{}");
        assert_eq!(route_key("/v1/certificates/"), "/v1/certificates");
        assert_eq!(route_key("/"), "/");
    }

    #[test]
    fn openapi_truth_merges_path_level_params_and_reads_bodies() {
        let doc = json!({
            "paths": {
                "/a/{id}": {
                    "parameters": [{"name": "id", "in": "path"}, {"name": "x", "in": "query"}],
                    "post": {
                        "summary": "Make",
                        "parameters": [{"$ref": "#/components/parameters/X"}, {"name": "bad", "id": "path"}],
                        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}},
                        "responses": {"201": {}, "default": {}}
                    },
                    "summary": "not a method"
                }
            },
            "components": {
                "parameters": {"X": {"name": "x", "in": "query", "required": true}},
                "schemas": {"B": {"allOf": [
                    {"properties": {"a": {}, "r": {"readOnly": true}}},
                    {"required": ["a"], "properties": {"b": {}}}
                ]}}
            }
        });
        let t = from_openapi(&doc);
        assert_eq!(t.operations.len(), 1);
        let op = &t.operations[0];
        assert_eq!(op.route, Some(("POST".into(), "/a/{id}".into())));
        let params = op.params.as_ref().unwrap();
        assert_eq!(params.len(), 2);
        assert_eq!(
            (params[0].name.as_str(), params[0].required),
            ("id", Some(true))
        );
        assert_eq!(
            (params[1].name.as_str(), params[1].required),
            ("x", Some(true))
        );
        let body = op.body.as_ref().unwrap();
        let names: Vec<_> = body.iter().map(|f| (f.name.as_str(), f.required)).collect();
        assert_eq!(names, [("a", Some(true)), ("b", Some(false))]);
        assert_eq!(
            op.responses.as_deref(),
            Some(&["201".to_string(), "default".into()][..])
        );
    }

    #[test]
    fn yaml_truth() {
        let t = from_yaml(
            "truth.yaml",
            "a.txt:\n  - route: get /x/{a\\_b}\n    params: [a_b path required, q query optional, token -]\n    body: [f optional]\n  - name: x.y\nb.txt: []\n",
        )
        .unwrap();
        let a = &t["a.txt"].operations;
        assert_eq!(a[0].route, Some(("GET".into(), "/x/{a_b}".into())));
        assert_eq!(a[0].params.as_ref().unwrap()[2].location, None);
        assert_eq!(a[0].body.as_ref().unwrap()[0].required, Some(false));
        assert_eq!(a[1].name.as_deref(), Some("x.y"));
        assert!(t["b.txt"].operations.is_empty());
        assert!(from_yaml("t", "a.txt:\n  - params: []\n").is_err());
        assert!(from_yaml("t", "a.txt:\n  - name: n\n    params: [x query maybe]\n").is_err());
    }
}
