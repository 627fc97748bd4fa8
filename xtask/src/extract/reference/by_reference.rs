//! Parameters a page gives once, for another operation: `Refer to parameters from [POST
//! /api/subscribers](#…)` under `PUT /api/subscribers/{id}`, `See the parameters of POST
//! /x`. The operation that says so, and lists nothing of its own, sends what the named
//! operation sends.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{Location, Param, Primitive, TypeDef, TypeRef};

use super::evidence::section_end;
use super::fields::{RawParam, bullets};
use super::labels::clean_heading;
use super::locate::OpAt;
use super::routes::{instance_of, method_word, shape, target_route};
use super::tables::table_params;
use super::types::type_word;
use super::{Document, Kind, Operation};
use crate::read::blocks::Block;

/// The route a sentence referring to another operation's parameters names (`Refer to
/// parameters from POST /api/subscribers`, `Same parameters as PUT /x`), if it names one.
/// A sentence that only mentions a parameter and a route (`add the thumbnail parameter;
/// deprecated in favour of POST /v2/media`) refers to nothing.
fn referred_route(text: &str) -> Option<(String, String)> {
    let lower = text.to_lowercase();
    let about_parameters = lower.contains("parameter") || lower.contains("argument");
    let refers = ["refer to", "see ", "same as", "same parameters", "as for "]
        .iter()
        .any(|w| lower.contains(w));
    if !(about_parameters && refers) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let word = w[0].trim_start_matches(['[', '(']);
        let m = method_word(word)?;
        if !word.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let target = w[1].trim_end_matches([']', ')', '.', ',', ';', ':']);
        target.starts_with('/').then_some(())?;
        let r = target_route(m, target)?;
        Some((r.method, r.path))
    })
}

/// Whether a sentence says an operation's parameters are those of the one above it, naming
/// no route (`Parameters are the same as above.`, `Same arguments as the previous call`).
fn refers_above(text: &str) -> bool {
    let lower = text.to_lowercase();
    let about_parameters = lower.contains("parameter") || lower.contains("argument");
    let above = [
        "same as above",
        "as above",
        "same as the previous",
        "as the previous",
    ]
    .iter()
    .any(|w| lower.contains(w));
    about_parameters && above && text.split_whitespace().count() <= 12
}

/// The field names of a body's named type, and whether the page describes any of them (a
/// listed field has a description; a field only a sample shows has none).
fn body_fields<'t>(
    op: &Operation,
    types: &'t BTreeMap<String, TypeDef>,
) -> Option<(Vec<&'t str>, bool)> {
    match &op.body.as_ref()?.ty {
        TypeRef::Named(n) => {
            let fields = types.get(n)?.fields();
            Some((
                fields.iter().map(|f| f.name.as_str()).collect(),
                fields.iter().any(|f| f.doc.is_some()),
            ))
        }
        _ => None,
    }
}

/// Gives each operation that lists no body of its own (none, or only undescribed fields a
/// sample call shows that the named operation lists too), and whose extent refers to
/// another operation's parameters by its route, that operation's body (the same type) and
/// its query parameters.
pub(super) fn parameters_by_reference(
    doc: &Document,
    located: &[OpAt],
    operations: &mut [Operation],
    types: &mut BTreeMap<String, TypeDef>,
) {
    for k in 0..located.len().min(operations.len()) {
        let o = &located[k];
        let sends = operations[k]
            .route
            .as_ref()
            .is_some_and(|r| matches!(r.method.as_str(), "POST" | "PUT" | "PATCH"));
        if !sends {
            continue;
        }
        let end = o.end.min(doc.blocks.len());
        let paragraphs = || {
            doc.blocks[o.start.min(end)..end]
                .iter()
                .filter(|b| matches!(b.kind, Kind::Paragraph))
        };
        let named = paragraphs().find_map(|b| referred_route(&b.text));
        let j = match named {
            Some((method, path)) => operations.iter().position(|other| {
                other.route.as_ref().is_some_and(|r| {
                    r.method.as_str() == method
                        && (shape(&r.path) == shape(&path) || instance_of(&path, &r.path))
                })
            }),
            // (`Parameters are the same as above.`: the operation right before it.)
            None if k > 0 && paragraphs().any(|b| refers_above(&b.text)) => Some(k - 1),
            None => None,
        };
        let Some(j) = j else {
            continue;
        };
        if j == k || operations[j].body.is_none() {
            continue;
        }
        // A body of its own that is more than a sample of the named one's fields stays.
        if operations[k].body.is_some() {
            let (Some((own, described)), Some((named, _))) = (
                body_fields(&operations[k], types),
                body_fields(&operations[j], types),
            ) else {
                continue;
            };
            if described || !own.iter().all(|f| named.contains(f)) {
                continue;
            }
        }
        let body = operations[j].body.clone();
        let query: Vec<_> = operations[j]
            .params
            .iter()
            .filter(|p| p.location == Location::Query)
            .filter(|p| !operations[k].params.iter().any(|q| q.name == p.name))
            .cloned()
            .collect();
        let replaced = std::mem::replace(&mut operations[k].body, body);
        operations[k].params.extend(query);
        // The sample's own type, now used by nothing, is dropped.
        if let Some(TypeRef::Named(n)) = replaced.map(|b| b.ty)
            && !operations.iter().any(|o| {
                o.body
                    .as_ref()
                    .is_some_and(|b| matches!(&b.ty, TypeRef::Named(m) if *m == n))
            })
        {
            types.remove(&n);
        }
    }
}

/// Parameters a page lists once in a section of their own (`## Filters` over a list, "All
/// Endpoints marked with `filters` can now be filtered with the parameters below") and an
/// operation names by a parameter of that name whose description refers to them
/// (`filters`: "Can accept filter parameters"): the operation takes the section's
/// parameters in its place, where that parameter travels. A section that documents an
/// operation is no such group.
pub(super) fn parameter_groups(doc: &Document, located: &[OpAt], operations: &mut [Operation]) {
    for op in operations.iter_mut() {
        let mut k = 0;
        while k < op.params.len() {
            let p = &op.params[k];
            let refers = p.doc.as_deref().is_some_and(speaks_of_parameters);
            let group = refers
                .then(|| group_section(doc, located, &p.name))
                .flatten();
            let Some(members) = group else {
                k += 1;
                continue;
            };
            let template = op.params.remove(k);
            let fresh: Vec<Param> = members
                .into_iter()
                .filter(|m| !op.params.iter().any(|q| q.name == m.name))
                .map(|m| member_param(&m, template.clone()))
                .collect();
            let n = fresh.len();
            for (j, f) in fresh.into_iter().enumerate() {
                op.params.insert(k + j, f);
            }
            k += n;
        }
    }
}

/// A section's listed parameter `m` as a parameter of an operation: its name, type (a
/// string where the list gives none), required flag, description and line over `base`
/// (where it travels).
fn member_param(m: &RawParam, base: Param) -> Param {
    Param {
        name: m.name.clone(),
        ty: m
            .ty
            .as_deref()
            .and_then(type_word)
            .unwrap_or(TypeRef::Primitive(Primitive::String)),
        required: m.required == Some(true),
        doc: (!m.doc.is_empty()).then(|| m.doc.clone()),
        line: Some(m.line),
        ..base
    }
}

/// The parameters listed in the section titled like `name` (`filters` → `## Filters`,
/// `filter` → `## Filters`), when no operation is documented there.
fn group_section(doc: &Document, located: &[OpAt], name: &str) -> Option<Vec<RawParam>> {
    let key = name.to_ascii_lowercase();
    let singular = key.trim_end_matches('s');
    let h = doc.blocks.iter().enumerate().find_map(|(i, b)| {
        let title = clean_heading(&b.text).to_ascii_lowercase();
        (b.is_heading() && (title == key || title.trim_end_matches('s') == singular)).then_some(i)
    })?;
    let end = operation_free_section(doc, located, h)?;
    let members = listed_items(&doc.blocks[h + 1..end]);
    (!members.is_empty()).then_some(members)
}

/// The parameters the items among `blocks` list.
fn listed_items(blocks: &[Block]) -> Vec<RawParam> {
    blocks
        .iter()
        .filter(|b| matches!(b.kind, Kind::Item { .. }))
        .flat_map(|b| bullets(&b.text, b.span.line))
        .collect()
}

/// Whether a text speaks of parameters (or arguments).
fn speaks_of_parameters(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    t.contains("parameter") || t.contains("argument")
}

/// The end (exclusive block index) of the section under heading `h` of `level`, when no
/// operation is documented in it: neither titled by the heading nor located in its blocks.
fn operation_free_section(doc: &Document, located: &[OpAt], h: usize) -> Option<usize> {
    let end = section_end(doc, h);
    let documented = located
        .iter()
        .any(|o| o.heading == Some(h) || o.block.is_some_and(|b| b > h && b < end));
    (!documented).then_some(end)
}

/// Parameters a page lists once in a section of their own that an operation's extent links
/// to by its anchor, in a sentence about parameters (`*NOTE: Additional (advanced)
/// parameters for this call are documented [here](#advanced-create_-parameters).*` over
/// `### Advanced `create_` parameters`): the operation takes them too, where its other
/// parameters travel (an RPC method's arguments, or a query), unless it lists them itself. The section's title names parameters
/// (or arguments) and documents no operation.
pub(super) fn linked_parameter_sections(
    doc: &Document,
    located: &[OpAt],
    operations: &mut [Operation],
) {
    for (o, op) in located.iter().zip(operations.iter_mut()) {
        // (Where its other parameters travel, a path's own left aside; without any, a
        // `GET`'s go in the query, another method's in the body.)
        let location = op
            .params
            .iter()
            .rev()
            .map(|p| p.location)
            .find(|l| !matches!(l, Location::Path | Location::Header))
            .unwrap_or(match op.route.as_ref().map(|r| r.method.as_str()) {
                Some("GET" | "HEAD" | "DELETE") => Location::Query,
                _ => Location::Body,
            });
        // (A REST call's body fields live in its body's type, not among its parameters:
        // only an RPC method's arguments, or query parameters, are added here.)
        if op.params.is_empty() || (location == Location::Body && op.rpc.is_none()) {
            continue;
        }
        let (first, last) = match (
            doc.blocks.get(o.start),
            doc.blocks.get(o.end.saturating_sub(1)),
        ) {
            (Some(a), Some(b)) if o.start < o.end => (a.span.line, b.span.end_line),
            _ => continue,
        };
        for link in &doc.links {
            let Some(anchor) = link.url.strip_prefix('#') else {
                continue;
            };
            if link.span.line < first || link.span.line > last {
                continue;
            }
            // (The sentence around the link speaks of parameters.)
            let said = doc.blocks[o.start..o.end].iter().any(|b| {
                b.span.line <= link.span.line
                    && link.span.end_line <= b.span.end_line
                    && speaks_of_parameters(&b.text)
            });
            if !said {
                continue;
            }
            let Some(h) = doc.blocks.iter().enumerate().find_map(|(i, b)| {
                let title = clean_heading(&b.text);
                (b.is_heading() && heading_slug(&title) == anchor && speaks_of_parameters(&title))
                    .then_some(i)
            }) else {
                continue;
            };
            let Some(end) = operation_free_section(doc, located, h) else {
                continue;
            };
            // (Its own list, up to its first sub-heading.)
            let own = doc.blocks[h + 1..end]
                .iter()
                .position(Block::is_heading)
                .map_or(end, |k| h + 1 + k);
            for m in listed_items(&doc.blocks[h + 1..own]) {
                if op.params.iter().any(|q| q.name == m.name) {
                    continue;
                }
                op.params.push(member_param(
                    &m,
                    Param {
                        location,
                        ..Param::default()
                    },
                ));
            }
        }
    }
}

/// The anchor a docs site gives a heading (GitHub's way): lower case, spaces as `-`,
/// punctuation other than `-` and `_` left out (`Advanced `create_` parameters` →
/// `advanced-create_-parameters`).
pub(super) fn heading_slug(title: &str) -> String {
    title
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Query parameters a page describes once in a section titled by what they do (`##
/// Pagination Parameters` over a table of `page`, `page_size`, …), and that a call's
/// description names by that title (`Use pagination parameters to list queues`): a GET
/// whose description says so takes the section's parameters in its query string. A
/// section that documents an operation is no such group.
pub(super) fn named_parameter_sections(
    doc: &Document,
    located: &[OpAt],
    operations: &mut [Operation],
) {
    // (the title's words before `parameters`, lower case; the section's parameters)
    let mut sections: Vec<(String, Vec<RawParam>)> = Vec::new();
    for (h, b) in doc.blocks.iter().enumerate() {
        if !b.is_heading() {
            continue;
        }
        let title = clean_heading(&b.text).trim().to_ascii_lowercase();
        let Some(what) = title.strip_suffix(" parameters").map(str::trim) else {
            continue;
        };
        if what.is_empty() || what.split_whitespace().count() > 2 {
            continue;
        }
        let Some(end) = operation_free_section(doc, located, h) else {
            continue;
        };
        let members: Vec<RawParam> = doc.blocks[h + 1..end]
            .iter()
            .filter_map(|n| n.table().map(|t| section_table(t, n.span.line)))
            .flatten()
            .filter(|p| super::fields::field_name(&p.name))
            .collect();
        if !members.is_empty() {
            sections.push((format!("{what} parameters"), members));
        }
    }
    if sections.is_empty() {
        return;
    }
    for op in operations.iter_mut() {
        let get = op
            .route
            .as_ref()
            .is_some_and(|r| matches!(r.method.as_str(), "GET" | "HEAD"));
        let Some(text) = op.doc.as_deref().filter(|_| get) else {
            continue;
        };
        let text = text.to_ascii_lowercase();
        for (phrase, members) in &sections {
            if !text.contains(phrase.as_str()) {
                continue;
            }
            for m in members {
                if op.params.iter().any(|q| q.name == m.name) {
                    continue;
                }
                op.params.push(member_param(
                    m,
                    Param {
                        location: Location::Query,
                        ..Param::default()
                    },
                ));
            }
        }
    }
}

/// The parameters of a table in a section of parameters: by its columns, or, a table whose
/// header the page lost (`<thead><tr>Parameter Name</tr>…`), every row a wire name then
/// its description (`page` | `Positive integer` | `Page number`).
fn section_table(t: &crate::read::blocks::Table, line: u32) -> Vec<RawParam> {
    let listed = table_params(t, line);
    if !listed.is_empty() || t.header.iter().any(|h| !h.trim().is_empty()) {
        return listed;
    }
    // (The lost header's empty rows aside.)
    let filled = |row: &&Vec<String>| row.iter().any(|c| !c.trim().is_empty());
    let rows: Vec<RawParam> = t
        .rows
        .iter()
        .enumerate()
        .filter(|(_, row)| filled(row))
        .filter_map(|(k, row)| {
            let name = row.first()?.trim().trim_matches('`');
            (row.len() >= 2 && super::fields::field_name(name)).then(|| RawParam {
                name: name.to_string(),
                doc: row[1..].join(" ").trim().to_string(),
                line: t.row_lines.get(k).copied().unwrap_or(line),
                ..RawParam::default()
            })
        })
        .collect();
    if rows.len() == t.rows.iter().filter(filled).count() {
        rows
    } else {
        Vec::new()
    }
}

/// Parameters an operation names in a list after a sentence that sends the reader back to
/// where the page describes them, saying where they travel:
///
/// ```text
/// These query parameters are also supported (see above):
///
///     offset, limit, owner
/// ```
///
/// (the list in the next block, or after the sentence's colon). Each name the page
/// describes before the sentence (in a table, or a list of fields in code) is a parameter
/// of the operation in that place, typed and described as there; a name described nowhere
/// above is left out.
pub(super) fn parameters_listed_above(
    doc: &Document,
    located: &[OpAt],
    operations: &mut [Operation],
) {
    for (o, op) in located.iter().zip(operations.iter_mut()) {
        let end = o.end.min(doc.blocks.len());
        for i in o.start.min(end)..end {
            let b = &doc.blocks[i];
            if !matches!(b.kind, Kind::Paragraph) {
                continue;
            }
            let Some(location) = refers_back(&b.text) else {
                continue;
            };
            let after = b.text.rsplit_once(':').map_or("", |(_, a)| a.trim());
            let names = if after.is_empty() {
                doc.blocks
                    .get(i + 1)
                    .filter(|n| n.is_code() || matches!(n.kind, Kind::Paragraph))
                    .and_then(|n| name_list(&n.text))
            } else {
                name_list(after)
            };
            for name in names.unwrap_or_default() {
                if op.params.iter().any(|q| q.name == name) {
                    continue;
                }
                if let Some(m) = described_before(doc, i, &name) {
                    op.params.push(member_param(
                        &m,
                        Param {
                            location,
                            ..Param::default()
                        },
                    ));
                }
            }
        }
    }
}

/// Where the parameters a sentence refers back to travel (`These query parameters are
/// also supported (see above):` → query), when it is such a sentence: about parameters,
/// pointing above, with a query or header location word.
fn refers_back(text: &str) -> Option<Location> {
    let lower = text.to_lowercase();
    let back = [
        "see above",
        "described above",
        "listed above",
        "defined above",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if !back || !lower.contains("parameter") || text.split_whitespace().count() > 16 {
        return None;
    }
    lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .find_map(super::types::location_word)
        .filter(|l| matches!(l, Location::Query | Location::Header))
}

/// The names of a comma-separated list (`offset, limit, owner`), when it is nothing else.
fn name_list(text: &str) -> Option<Vec<String>> {
    let names: Vec<String> = text
        .split(',')
        .map(|n| n.trim().trim_matches('`').trim_end_matches('.'))
        .map(|n| n.strip_prefix("and ").unwrap_or(n).trim().to_string())
        .collect();
    (!names.is_empty() && names.iter().all(|n| super::fields::field_name(n))).then_some(names)
}

/// The description of parameter `name` nearest above block `before`: a row of a table or of
/// a list of fields in code.
fn described_before(doc: &Document, before: usize, name: &str) -> Option<RawParam> {
    doc.blocks[..before].iter().rev().find_map(|b| {
        let listed = match b.table() {
            Some(t) => table_params(t, b.span.line),
            None if b.is_code() => {
                super::fields::code_field_lines(&b.text, b.span.line).unwrap_or_default()
            }
            None => Vec::new(),
        };
        listed.into_iter().find(|p| p.name == name)
    })
}

/// Parameters a page describes once in a section of their own, a sub-heading per name
/// (`## Generic parameters` over `### bulk`, `### dry-run`), that an operation's
/// description says it takes by name before the word `argument` or `parameter` (`It
/// supports the dry-run and force arguments.`, `If the optional bool bulk argument is
/// provided`): each is a parameter of the operation, in the query string: the page shows
/// one of the group in a query string (`?bulk=1`), or the method sends no body (GET, HEAD,
/// DELETE); else where it travels is unsaid and it is left out. A section that documents
/// an operation is no such group.
pub(super) fn generic_parameter_sections(
    doc: &Document,
    located: &[OpAt],
    operations: &mut [Operation],
) {
    let mut members: Vec<RawParam> = Vec::new();
    for (h, b) in doc.blocks.iter().enumerate() {
        let title = clean_heading(&b.text).trim().to_ascii_lowercase();
        if !b.is_heading() || !(title.ends_with(" parameters") || title.ends_with(" arguments")) {
            continue;
        }
        let Some(end) = operation_free_section(doc, located, h) else {
            continue;
        };
        let below = b.level().map(|l| l + 1);
        let named: Vec<RawParam> = (h + 1..end)
            .filter(|&i| doc.blocks[i].is_heading() && doc.blocks[i].level() == below)
            .filter_map(|i| {
                let name = clean_heading(&doc.blocks[i].text).trim().to_string();
                let doc_text = doc
                    .blocks
                    .get(i + 1)
                    .filter(|n| matches!(n.kind, Kind::Paragraph))
                    .map(|n| n.text.clone())
                    .unwrap_or_default();
                super::fields::field_name(&name).then(|| RawParam {
                    name,
                    doc: doc_text,
                    line: doc.blocks[i].span.line,
                    ..RawParam::default()
                })
            })
            .collect();
        if named.len() >= 2 {
            members.extend(named);
        }
    }
    if members.is_empty() {
        return;
    }
    let in_query = members.iter().any(|m| {
        let (first, more) = (format!("?{}=", m.name), format!("&{}=", m.name));
        doc.blocks
            .iter()
            .any(|b| b.text.contains(&first) || b.text.contains(&more))
    });
    for (o, op) in located.iter().zip(operations.iter_mut()) {
        let Some(method) = op.route.as_ref().map(|r| r.method.as_str()) else {
            continue;
        };
        if !in_query && !matches!(method, "GET" | "HEAD" | "DELETE") {
            continue;
        }
        let end = o.end.min(doc.blocks.len());
        let said: Vec<String> = doc.blocks[o.start.min(end)..end]
            .iter()
            .filter(|b| matches!(b.kind, Kind::Paragraph))
            .flat_map(|b| names_before_argument(&b.text, &members))
            .collect();
        for name in said {
            if op.params.iter().any(|q| q.name == name) {
                continue;
            }
            let Some(m) = members.iter().find(|m| m.name == name) else {
                continue;
            };
            op.params.push(member_param(
                m,
                Param {
                    location: Location::Query,
                    ..Param::default()
                },
            ));
        }
    }
}

/// The names among `members` a text gives right before `argument(s)` or `parameter(s)`,
/// joined by `and`/`or` (`supports the dry-run and force arguments`).
fn names_before_argument(text: &str, members: &[RawParam]) -> Vec<String> {
    let mut out = Vec::new();
    for sentence in text.split(". ") {
        let words: Vec<&str> = sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| matches!(c, '*' | '`' | ',' | '.' | '"' | '\'')))
            .collect();
        for (i, w) in words.iter().enumerate() {
            let l = w.to_ascii_lowercase();
            if !matches!(
                l.as_str(),
                "argument" | "arguments" | "parameter" | "parameters"
            ) {
                continue;
            }
            let mut run: Vec<&str> = Vec::new();
            for &before in words[..i].iter().rev() {
                if matches!(before, "and" | "or") {
                    continue;
                }
                if !members.iter().any(|m| m.name == before) {
                    break;
                }
                run.push(before);
            }
            // (In the order written.)
            for name in run.into_iter().rev() {
                if !out.iter().any(|n| n == name) {
                    out.push(name.to_string());
                }
            }
        }
    }
    out
}

/// What a sentence says an operation takes from another one: "Same as `render.html` plus
/// the following ones", "Supports the same parameters as `/v2/entries.json`, except the
/// `ids` parameter", "Required fields and validation are the same as the create endpoint",
/// "The request body is the same as the [Create Playlist](#create-playlist) endpoint".
#[derive(Debug, Clone, PartialEq)]
struct SameAs {
    /// The words naming the other operation (`render.html`, `the create endpoint`).
    named: String,
    /// The names it leaves out (`except the ids parameter`).
    except: Vec<String>,
}

/// Words that make a sentence about what a call takes.
const TAKES: [&str; 9] = [
    "parameter",
    "argument",
    "param",
    "option",
    "field",
    "body",
    "payload",
    "input",
    "endpoint",
];

/// Words that make a sentence about something else than what a call takes: its answer, a
/// value's format.
const OTHER_THAN_TAKES: [&str; 9] = [
    "respon", "return", "result", "output", "format", "value", "named", "must", "behav",
];

/// The reference a sentence of an operation's own text makes to another operation's
/// parameters, if it makes one (see [`SameAs`]): the words `same … as` (at most two words
/// between, `the same query parameters as`), about what a call takes (parameters,
/// arguments, fields, a body; or the sentence opens with `Same as`), not about an answer or
/// a value.
fn same_as(text: &str) -> Option<SameAs> {
    for sentence in text.split(". ") {
        let lower = sentence.to_lowercase();
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let low: Vec<String> = words
            .iter()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let Some(s) = low.iter().position(|w| w == "same") else {
            continue;
        };
        // (Further when the words between name the parameters, `Have the same request
        // parameters and response structure and headers as [GET Publications](#…)`: what
        // else they share is no matter.)
        let plural = |w: &String| {
            matches!(
                w.as_str(),
                "parameters" | "arguments" | "params" | "fields" | "options"
            )
        };
        let far = (s + 10).min(low.len());
        let Some(a) = (s + 1..(s + 4).min(low.len()))
            .find(|&i| low[i] == "as")
            .or_else(|| {
                let a = (s + 1..far).find(|&i| low[i] == "as")?;
                low[s + 1..a].iter().any(plural).then_some(a)
            })
        else {
            continue;
        };
        let names_them = low[s + 1..a].iter().any(plural);
        // (`the same argument as for eth_sendTransaction`: one value like another's, not
        // all the other's parameters.)
        if low[s + 1..a].iter().any(|w| {
            matches!(
                w.as_str(),
                "argument" | "parameter" | "field" | "option" | "param"
            )
        }) {
            continue;
        }
        let opens = s == 0 || (s == 1 && low[0].is_empty());
        let about = opens || TAKES.iter().any(|w| lower.contains(w));
        if !about || (!names_them && OTHER_THAN_TAKES.iter().any(|w| lower.contains(w))) {
            continue;
        }
        // (The words after `as`, up to where the sentence goes on about something else.)
        let mut named: Vec<&str> = Vec::new();
        let mut rest = a + 1;
        while rest < words.len() && matches!(low[rest].as_str(), "for" | "in" | "with" | "of") {
            rest += 1;
        }
        for i in rest..words.len() {
            let w = words[i];
            if matches!(
                low[i].as_str(),
                "plus" | "except" | "but" | "and" | "with" | "apart" | "besides" | "although"
            ) {
                break;
            }
            let end = w.ends_with([',', ';', ':', ')']) || w.ends_with('.') && i + 1 < words.len();
            named.push(w.trim_end_matches([',', ';', ':', ')', '.']));
            if end {
                break;
            }
        }
        // (The names left out: `except the ids parameter`, `except for …`.)
        let except: Vec<String> = (rest..words.len())
            .find(|&i| low[i] == "except")
            .map(|x| {
                words[x + 1..]
                    .iter()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '_'))
                    .filter(|w| super::fields::field_name(w))
                    .filter(|w| {
                        !matches!(
                            w.to_lowercase().as_str(),
                            "the"
                                | "for"
                                | "parameter"
                                | "parameters"
                                | "field"
                                | "fields"
                                | "argument"
                                | "arguments"
                                | "that"
                                | "which"
                                | "and"
                                | "or"
                        )
                    })
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let named = named.join(" ");
        if !named.is_empty() && named.split_whitespace().count() <= 6 {
            return Some(SameAs { named, except });
        }
    }
    None
}

/// Words of a phrase naming an operation that name no operation in particular.
const NAMING_WORDS: [&str; 14] = [
    "the",
    "a",
    "an",
    "endpoint",
    "call",
    "operation",
    "method",
    "request",
    "api",
    "route",
    "defined",
    "that",
    "those",
    "one",
];

/// The operations among `located` the words `named` designate, other than `k`: a route
/// (`POST /x`), a path (`/v2/entries.json`), a heading linked to (`#create-playlist`) or
/// titled so (`render.html`, `Create Playlist`), the one above (`above`, `the previous
/// one`), or a heading whose words the content words start (`the create endpoint`,
/// `creating a schema`, `service registration`); of those, the ones of `k`'s method when
/// there are some.
fn designated(
    doc: &Document,
    located: &[OpAt],
    operations: &[Operation],
    k: usize,
    named: &str,
    links: &[&str],
) -> Option<usize> {
    let method_of = |j: usize| operations[j].route.as_ref().map(|r| r.method);
    let mut found: Vec<usize> = Vec::new();
    let words: Vec<&str> = named.split_whitespace().collect();
    let lower = named.to_lowercase();
    let stated_method = words.iter().find_map(|w| {
        method_word(w).filter(|_| w.trim_matches('`').chars().all(|c| c.is_ascii_uppercase()))
    });
    // (A route or a path.)
    if let Some(path) = words
        .iter()
        .map(|w| w.trim_matches(|c: char| matches!(c, '`' | '"' | '\'' | '[' | ']')))
        .find(|w| w.starts_with('/') && w.len() > 1)
        && let Some(r) = target_route(stated_method.unwrap_or("GET"), path)
    {
        found = (0..operations.len())
            .filter(|&j| {
                operations[j].route.as_ref().is_some_and(|o| {
                    (stated_method.is_none() || o.method.as_str() == r.method)
                        && (shape(&o.path) == shape(&r.path) || instance_of(&r.path, &o.path))
                })
            })
            .collect();
    }
    let heading_ops = |h: usize| -> Vec<usize> {
        let end = section_end(doc, h);
        // (Or whose row of a table of routes reads the section, linking to it.)
        let own: Vec<usize> = (0..located.len())
            .filter(|&j| {
                located[j].heading == Some(h) || located[j].more.iter().any(|&(s, _)| s == h + 1)
            })
            .collect();
        if own.is_empty() {
            (0..located.len())
                .filter(|&j| located[j].start > h && located[j].start < end)
                .collect()
        } else {
            own
        }
    };
    // (A heading linked to, or titled by the words.)
    if found.is_empty() {
        let title = lower.trim_matches(|c: char| matches!(c, '`' | '"' | '\'' | ' '));
        let title = title.strip_prefix("the ").unwrap_or(title);
        if let Some(h) = doc.blocks.iter().enumerate().position(|(i, b)| {
            b.is_heading()
                && i != located[k].heading.unwrap_or(usize::MAX)
                && (links.contains(&heading_slug(&clean_heading(&b.text)).as_str())
                    || clean_heading(&b.text).trim().to_lowercase() == title)
        }) {
            found = heading_ops(h);
        }
    }
    // (The one above.)
    if found.is_empty()
        && k > 0
        && (lower == "above" || lower.starts_with("the previous") || lower.starts_with("above"))
    {
        found = vec![k - 1];
    }
    // (A heading of an operation whose words the content words start.)
    if found.is_empty() {
        let stem = |w: &str| w.chars().take(5).collect::<String>().to_lowercase();
        let content: Vec<String> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !NAMING_WORDS.contains(w))
            .map(stem)
            .collect();
        if !content.is_empty() && content.len() <= 3 {
            let mut heads: Vec<usize> = located
                .iter()
                .filter_map(|o| o.heading)
                .filter(|&h| Some(h) != located[k].heading)
                .filter(|&h| {
                    let title: Vec<String> = clean_heading(&doc.blocks[h].text)
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(stem)
                        .collect();
                    content.iter().all(|c| title.contains(c))
                })
                .collect();
            heads.dedup();
            if let [h] = heads[..] {
                found = heading_ops(h);
            }
        }
    }
    found.retain(|&j| j != k);
    let mine = method_of(k);
    let same: Vec<usize> = found
        .iter()
        .copied()
        .filter(|&j| method_of(j) == mine)
        .collect();
    match (&same[..], &found[..]) {
        ([j], _) | ([], [j]) => Some(*j),
        _ => None,
    }
}

/// Gives each operation whose own text says it takes what another one takes ("Same as
/// `render.html` plus the following ones", "Supports the same parameters as
/// `/v2/entries.json`, except the `ids` parameter", "Fields are the same as in the create
/// endpoint") that operation's parameters (its path's aside) and body fields, besides its
/// own; the names the sentence excepts left out. The other operation is named by its
/// route, path, heading, a link to its heading or the words of its title (see
/// [`designated`]); a sentence naming none, or several, gives nothing. Operations are taken
/// in page order, so that one taking from one that takes from a third gets all.
pub(super) fn same_as_another(
    doc: &Document,
    located: &[OpAt],
    operations: &mut [Operation],
    infer: &mut crate::normalise::infer::Infer<'_>,
) {
    for k in 0..located.len().min(operations.len()) {
        let o = &located[k];
        // (In its own extent, or in a section it reads besides, as a row of a table of
        // routes reads the section its link names.)
        let said = std::iter::once((o.start, o.end))
            .chain(o.more.iter().copied())
            .flat_map(|(s, e)| {
                let e = e.min(doc.blocks.len());
                &doc.blocks[s.min(e)..e]
            })
            .filter(|b| matches!(b.kind, Kind::Paragraph))
            .find_map(|b| same_as(&b.text).map(|s| (s, b.span)));
        let Some((s, span)) = said else {
            continue;
        };
        let links: Vec<&str> = doc
            .links
            .iter()
            .filter(|l| l.span.line >= span.line && l.span.end_line <= span.end_line)
            .filter_map(|l| l.url.strip_prefix('#'))
            .collect();
        let Some(j) = designated(doc, located, operations, k, &s.named, &links) else {
            continue;
        };
        let keep = |name: &str| !s.except.iter().any(|e| e == name);
        let taken: Vec<Param> = operations[j]
            .params
            .iter()
            .filter(|p| p.location != Location::Path && keep(&p.name))
            .filter(|p| !operations[k].params.iter().any(|q| q.name == p.name))
            .cloned()
            .collect();
        operations[k].params.extend(taken);
        let Some(theirs) = operations[j].body.clone() else {
            continue;
        };
        let TypeRef::Named(their_type) = &theirs.ty else {
            continue;
        };
        let Some(fields) = infer.types.get(their_type).map(|t| t.fields().to_vec()) else {
            continue;
        };
        let fields: Vec<_> = fields.into_iter().filter(|f| keep(&f.name)).collect();
        match operations[k].body.as_ref().map(|b| b.ty.clone()) {
            None if s.except.is_empty() => operations[k].body = Some(theirs),
            None => {
                let name = infer.fresh_name(their_type);
                infer.types.insert(
                    name.clone(),
                    TypeDef {
                        line: theirs.line,
                        ..TypeDef::structure(fields)
                    },
                );
                operations[k].body = Some(chatgen_codegen::spec::Body {
                    ty: TypeRef::Named(name),
                    ..theirs
                });
            }
            Some(TypeRef::Named(mine)) if mine != *their_type => {
                if let Some(own) = infer.types.get_mut(&mine).and_then(TypeDef::as_struct_mut) {
                    for f in fields {
                        if !own.fields.iter().any(|g| g.name == f.name) {
                            own.fields.push(f);
                        }
                    }
                }
            }
            Some(_) => {}
        }
    }
}
