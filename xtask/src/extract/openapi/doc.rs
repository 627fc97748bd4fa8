//! An OpenAPI document as data: the JSON value, its version, JSON-pointer lookups with `$ref`
//! resolution, and the source line of each node (from the lenient JSON reader's positions,
//! or for YAML, which serde_yaml gives no positions for, from [`yaml_lines`]: block
//! mappings and sequences; a node inside a flow collection `{…}` reports its line).

use std::collections::HashMap;

use serde_json::Value;

use crate::read::json::{Kind, Node};

/// The OpenAPI versions read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// Swagger 2.0.
    Swagger2,
    /// OpenAPI 3.0.x.
    V30,
    /// OpenAPI 3.1.x.
    V31,
}

/// The parsed document.
pub struct OpenApiDoc {
    /// The document.
    pub root: Value,
    /// Its version.
    pub version: Version,
    lines: HashMap<String, u32>,
}

/// Why a document is not OpenAPI.
pub struct NotOpenApi {
    /// 1-based line (0: the whole file).
    pub line: u32,
    /// What is wrong.
    pub message: String,
}

impl OpenApiDoc {
    /// Reads `text` as JSON (when it starts with `{`) or YAML, and detects the version from
    /// its `openapi` or `swagger` member.
    pub fn parse(text: &str) -> Result<Self, NotOpenApi> {
        let trimmed = text.trim_start_matches('\u{feff}').trim_start();
        let (root, lines) = if trimmed.starts_with('{') {
            let parsed = crate::read::json::parse(trimmed, 1).map_err(|e| NotOpenApi {
                line: e.line,
                message: format!("expected {}, found {}", e.expected, e.found),
            })?;
            let mut lines = HashMap::new();
            index_lines(&parsed.node, &mut String::new(), &mut lines);
            (parsed.node.to_value(), lines)
        } else {
            let value: Value = serde_yaml::from_str(trimmed).map_err(|e| NotOpenApi {
                line: e
                    .location()
                    .map_or(0, |l| u32::try_from(l.line()).unwrap_or(0)),
                message: format!("not YAML: {e}"),
            })?;
            (value, yaml_lines(text))
        };
        let version = detect(&root)?;
        Ok(Self {
            root,
            version,
            lines,
        })
    }

    /// The source line of the node at `pointer` (or of its nearest ancestor that has one).
    pub fn line(&self, pointer: &str) -> u32 {
        let mut p = pointer;
        loop {
            if let Some(l) = self.lines.get(p) {
                return *l;
            }
            match p.rfind('/') {
                Some(i) if i > 0 => p = &p[..i],
                _ => return 0,
            }
        }
    }

    /// The node at a JSON pointer (`/paths/~1users/get`), if any.
    pub fn at(&self, pointer: &str) -> Option<&Value> {
        self.root.pointer(pointer)
    }

    /// Follows `$ref`s (local ones, `#/…`) from `value` at `pointer`: the node reached and
    /// its pointer. `None` when a reference does not resolve (or loops).
    pub fn resolve<'a>(&'a self, value: &'a Value, pointer: &str) -> Option<(&'a Value, String)> {
        let mut value = value;
        let mut pointer = pointer.to_string();
        for _ in 0..32 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(r) => {
                    let target = r.strip_prefix('#')?;
                    value = self.at(target)?;
                    pointer = target.to_string();
                }
                None => return Some((value, pointer)),
            }
        }
        None
    }
}

fn detect(root: &Value) -> Result<Version, NotOpenApi> {
    let text = |k: &str| root.get(k).and_then(Value::as_str).map(str::to_string);
    if let Some(v) = text("openapi") {
        return if v.starts_with("3.0") {
            Ok(Version::V30)
        } else if v.starts_with("3.1") {
            Ok(Version::V31)
        } else {
            Err(NotOpenApi {
                line: 1,
                message: format!("unsupported OpenAPI version `{v}` (3.0 and 3.1 are read)"),
            })
        };
    }
    if let Some(v) = text("swagger") {
        return if v.starts_with("2.") {
            Ok(Version::Swagger2)
        } else {
            Err(NotOpenApi {
                line: 1,
                message: format!("unsupported Swagger version `{v}` (2.0 is read)"),
            })
        };
    }
    Err(NotOpenApi {
        line: 1,
        message: "expected an `openapi` or `swagger` member naming the version".into(),
    })
}

/// Escapes one JSON-pointer segment (`~` → `~0`, `/` → `~1`).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn index_lines(node: &Node, pointer: &mut String, out: &mut HashMap<String, u32>) {
    let len = pointer.len();
    match &node.kind {
        Kind::Object(members) => {
            out.insert(pointer.clone(), node.line);
            for (k, v) in members {
                pointer.push('/');
                pointer.push_str(&escape(k));
                index_lines(v, pointer, out);
                pointer.truncate(len);
            }
        }
        Kind::Array(items) => {
            out.insert(pointer.clone(), node.line);
            for (i, v) in items.iter().enumerate() {
                pointer.push('/');
                pointer.push_str(&i.to_string());
                index_lines(v, pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// Lines of the nodes of a YAML document written in block style: a key's pointer gets the
/// line the key is on, a sequence item's the line of its `-`. An approximation (it does not
/// read flow collections or multi-line plain scalars), enough to point at a node.
pub fn yaml_lines(text: &str) -> HashMap<String, u32> {
    struct Entry {
        indent: usize,
        pointer: String,
        next_index: usize,
        item: bool,
    }
    let mut out = HashMap::new();
    let mut stack = vec![Entry {
        indent: 0,
        pointer: String::new(),
        next_index: 0,
        item: true,
    }];
    let mut block_scalar: Option<usize> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = u32::try_from(n + 1).unwrap_or(u32::MAX);
        let trimmed = raw.trim_start();
        let mut indent = raw.len() - trimmed.len();
        if let Some(b) = block_scalar {
            if trimmed.is_empty() || indent > b {
                continue;
            }
            block_scalar = None;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("---") {
            continue;
        }
        let mut content = trimmed;
        while let Some(rest) = content
            .strip_prefix("- ")
            .or_else(|| (content == "-").then_some(""))
        {
            while stack.len() > 1
                && stack
                    .last()
                    .is_some_and(|t| t.indent > indent || (t.indent == indent && t.item))
            {
                stack.pop();
            }
            let Some(parent) = stack.last_mut() else {
                break;
            };
            let pointer = format!("{}/{}", parent.pointer, parent.next_index);
            parent.next_index += 1;
            out.insert(pointer.clone(), line);
            stack.push(Entry {
                indent,
                pointer,
                next_index: 0,
                item: true,
            });
            let spaces = rest.len() - rest.trim_start().len();
            indent += 2 + spaces;
            content = rest.trim_start();
        }
        let Some((key, value)) = yaml_key(content) else {
            continue;
        };
        while stack.len() > 1 && stack.last().is_some_and(|t| t.indent >= indent) {
            stack.pop();
        }
        let Some(parent) = stack.last() else {
            continue;
        };
        let pointer = format!("{}/{}", parent.pointer, escape(&key));
        out.insert(pointer.clone(), line);
        let value = value.trim();
        if value.starts_with('|') || value.starts_with('>') {
            block_scalar = Some(indent);
        }
        stack.push(Entry {
            indent,
            pointer,
            next_index: 0,
            item: false,
        });
    }
    out
}

/// `key: value` → the key (unquoted) and the value text.
fn yaml_key(content: &str) -> Option<(String, &str)> {
    if let Some(q) = content.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let close = content[1..].find(q)? + 1;
        let rest = content[close + 1..].trim_start().strip_prefix(':')?;
        return Some((content[1..close].to_string(), rest));
    }
    if content.starts_with(['{', '[', '&', '*', '!', '|', '>']) {
        return None;
    }
    let colon = content
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| content[i + 1..].is_empty() || content[i + 1..].starts_with(' '))?;
    Some((
        content[..colon].trim_end().to_string(),
        &content[colon + 1..],
    ))
}
