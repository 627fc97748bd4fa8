//! A route rule shown for several method headings (`### publish` calling `POST
//! /api/publish`), argument headings and trailing extents.

use std::collections::BTreeMap;

use super::evidence::Hit;
use super::fields::{RawParam, bullet, evident_wire_name, name_part};
use super::labels::{Ctx, block_label, clean_heading, is_label_heading, label_ctx};
use super::locate::{OpAt, owner_heading};
use super::panels::{answer_list_before, panel_end, panel_title};
use super::routes::{RouteText, capital_word, instance_of, shape};
use super::samples::request_type_heading;
use super::tables::columns;
use crate::read::blocks::{Block, Document, Kind};

/// A path made only of placeholders (`/ENDPOINT`, `/{path}`, `/{APIVERSION}/{FUNCTION}`):
/// the template of any call, as an introduction shows how to call the API (`curl
/// http://IP_ADDRESS:8123/ENDPOINT`), not an operation. A capitalised word (`ENDPOINT`)
/// counts as a placeholder here; the root `/` is a path of its own.
pub(super) fn generic_target(path: &str) -> bool {
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    let placeholder = |s: &&str| s.starts_with('{') || capital_word(s);
    !path.trim_matches('/').is_empty() && segs.iter().all(placeholder)
}

/// Whether the route hit `h` opens a list item with its method in bold (`- **DELETE**
/// /$kind/:id:`, `- **GET /{a}/{b}** - Read one`): a declaration, as a heading is, so a
/// path of placeholders only is still that item's route, no generic call; and two such
/// items (`- **GET** /stats`, later `- **GET** /me/stats`) declare two routes, neither the
/// other's in short nor a call through a base path.
pub(super) fn bold_method_item(doc: &Document, h: &Hit) -> bool {
    bold_method_at(doc, h.block, h.line, &h.route.method)
}

/// Whether line `line` opens item `block` with `method` in bold (see [`bold_method_item`]).
pub(super) fn bold_method_at(doc: &Document, block: usize, line: u32, method: &str) -> bool {
    let b = &doc.blocks[block];
    if !matches!(b.kind, Kind::Item { .. }) || line != b.span.line {
        return false;
    }
    let t = doc.line(b.span.line).trim_start();
    let t = t.strip_prefix(['*', '-', '+']).unwrap_or(t).trim_start();
    let Some(rest) = t.strip_prefix("**").or_else(|| t.strip_prefix("__")) else {
        return false;
    };
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .is_some_and(|w| w == method)
}

/// Whether the route hit `h` is declared by fields of its own, a `Method:` line beside the
/// URL's (`URL: http://host/<index>` then `Method: DELETE`, in a block or in items): a
/// declaration, as a heading is, so a path of placeholders only (`/{index}`) is still that
/// operation's route, no generic call.
pub(super) fn fielded_route(doc: &Document, h: &Hit) -> bool {
    doc.blocks[h.block].text.split('\n').any(|l| {
        let l = l
            .trim()
            .trim_start_matches(['*', '-', '•'])
            .replace(['`', '*', '_'], "");
        let Some((k, v)) = l.split_once(':') else {
            return false;
        };
        matches!(
            k.trim().to_ascii_lowercase().as_str(),
            "method" | "http method" | "verb"
        ) && v.trim().eq_ignore_ascii_case(&h.route.method)
    })
}

/// A concrete call (a query string) in an operation's section whose path is the
/// operation's route without its last placeholders (`/history/period?filter=x` under
/// `/history/period/{timestamp}`, whose timestamp the page calls optional): an example of
/// that operation, unless the page declares the shorter route itself.
pub(super) fn optional_tail_call(
    doc: &Document,
    all: &[Hit],
    ops: &[OpAt],
    owner: Option<usize>,
    h: &Hit,
) -> bool {
    // (Or a call to a host, `curl http://localhost:8090/tasks/report/1` under `GET
    // /tasks/report/{id}/{format}`; placeholders the reader named for values it printed
    // are values.)
    let concrete = h.route.query || h.route.server.is_some();
    if !concrete || (h.route.path.contains('{') && h.route.named.is_empty()) {
        return false;
    }
    !declared_elsewhere(all, h)
        && ops.iter().any(|o| {
            (o.heading == owner || within_section(doc, o.heading, owner))
                && o.route.as_ref().is_some_and(|r| {
                    // (Each shorter form: one trailing placeholder left out, or more.)
                    let mut segs: Vec<&str> = r.path.trim_end_matches('/').split('/').collect();
                    let mut fits = false;
                    while segs.len() > 2 && segs.last().is_some_and(|s| s.starts_with('{')) {
                        segs.pop();
                        fits |= instance_of(&h.route.path, &segs.join("/"));
                    }
                    r.method == h.route.method && fits
                })
        })
}

/// A call to a host (`curl -X POST 'http://localhost:9000/api/x'`) in the section of an
/// operation whose heading declares its route (`#### PUT /api/x`): the page's example,
/// even written with the wrong method or path (`POST …/session/create` under `### POST
/// /session/sync`), unless the page declares the call's route elsewhere.
pub(super) fn section_call(
    doc: &Document,
    all: &[Hit],
    ops: &[OpAt],
    owner: Option<usize>,
    h: &Hit,
) -> bool {
    if h.route.server.is_none() || owner.is_none() {
        return false;
    }
    !declared_elsewhere(all, h)
        && ops.iter().any(|o| {
            (o.heading == owner || within_section(doc, o.heading, owner))
                && o.block.is_some_and(|b| doc.blocks[b].is_heading())
                && o.route.is_some()
        })
}

/// Whether the page declares `h`'s route itself: a hit with the same method and path shape,
/// written without a server or a query string.
fn declared_elsewhere(all: &[Hit], h: &Hit) -> bool {
    all.iter().any(|x| {
        x.route.method == h.route.method
            && !x.route.query
            && x.route.server.is_none()
            && shape(&x.route.path) == shape(&h.route.path)
    })
}

/// A heading that is a parameter's name (`#### channel`, `##### \`text\``, under a
/// parameter label): the parameter, described by the paragraphs under it (`*string*,
/// required. The channel.`), and the number of blocks it spans. Label words (`Example`,
/// `Response`) and sentences are no names; a name starts in lower case or is snake or camel
/// case.
pub(super) fn argument_heading(blocks: &[Block], k: usize) -> Option<(RawParam, usize)> {
    let b = &blocks[k];
    let text = clean_heading(&b.text);
    if text.contains(char::is_whitespace)
        || is_label_heading(&b.text)
        || label_ctx(&text).is_some()
        || !(text.starts_with(|c: char| c.is_lowercase()) || evident_wire_name(&text))
    {
        return None;
    }
    let mut p = name_part(&text)?;
    let (doc, used) = paragraphs_after(blocks, k);
    // `string, required. The channel.` / `(string, required) The channel.`: marks and a type
    // read as a bullet would read them.
    let joined = doc.join("\n");
    if let Some(read) = bullet(&format!("{} - {joined}", p.name), b.span.line) {
        p = RawParam {
            name: p.name,
            location: p.location,
            ..read
        };
    } else {
        p.doc = joined;
        p.line = b.span.line;
    }
    Some((p, used))
}

/// The paragraphs right after the heading at `k`, trimmed, and the number of blocks the
/// heading and they span.
fn paragraphs_after(blocks: &[Block], k: usize) -> (Vec<String>, usize) {
    let doc: Vec<String> = blocks[k + 1..]
        .iter()
        .take_while(|n| n.kind == Kind::Paragraph)
        .map(|n| n.text.trim().to_string())
        .collect();
    let used = doc.len() + 1;
    (doc, used)
}

/// A heading naming several parameters, each a wire name (camel or snake case), joined by
/// commas and `and` (`##### \`pageSize\`, \`pageToken\` and \`orderBy\``, under a
/// parameter label): each a parameter, all described by the paragraphs under it; and the
/// number of blocks it spans.
pub(super) fn arguments_heading(blocks: &[Block], k: usize) -> Option<(Vec<RawParam>, usize)> {
    let b = &blocks[k];
    let text = clean_heading(&b.text);
    let names: Vec<&str> = text
        .split(',')
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    if names.len() < 2
        || names
            .iter()
            .any(|n| n.contains(char::is_whitespace) || !evident_wire_name(n))
    {
        return None;
    }
    let (doc, used) = paragraphs_after(blocks, k);
    let doc = doc.join("\n");
    let params = names
        .iter()
        .map(|n| {
            let mut p = name_part(n)?;
            p.doc.clone_from(&doc);
            p.line = b.span.line;
            Some(p)
        })
        .collect::<Option<Vec<_>>>()?;
    Some((params, used))
}

/// Whether `b` is the code block that holds the route at line `route_at` (the request
/// line printed alone in a fence, the body's sample in the next one).
pub(super) fn route_block_before(b: &Block, route_at: u32) -> bool {
    b.is_code() && b.span.line <= route_at && route_at <= b.span.end_line
}

/// A route restated as the first route of a section of its own, a sibling of the section
/// of the operation just before with the same route (`## Replace the members` and `## Add
/// members`, both `PUT /rooms/{name}/{role}`): the page documents two operations on one
/// route; kept as its own (the reader warns), never folded into the first. A route that opens
/// a code block is a sample request, and a sibling section showing the same request again
/// (`#### An ordinary request`, `#### Including a picture in the request`) shows another
/// example of the one operation; so is an element of a component the page imports from
/// another MDX page (a Docusaurus partial, `<WatermarkPDFEngines method="POST" path="/x" />`
/// under `import WatermarkPDFEngines from "../_shared/_watermark.mdx"`): the page's route
/// handed to shared content, more of the one operation.
pub(super) fn restated(
    doc: &Document,
    all: &[Hit],
    ops: &[OpAt],
    owner: Option<usize>,
    h: &Hit,
) -> bool {
    let (Some(o), Some(prev)) = (owner, ops.last()) else {
        return false;
    };
    let Some(ph) = prev.heading else {
        return false;
    };
    let level = doc.blocks[o].level();
    !h.route.query
        && h.route.server.is_none()
        && !mdx_partial(doc, &doc.blocks[h.block])
        && !matches!(doc.blocks[h.block].kind, Kind::Code { .. })
        // (Nor a route the section before showed only as a sample request in code, `POST
        // /check HTTP/1.0` over its headers: the later section declares that one call.)
        && !prev.block.is_some_and(|b| doc.blocks[b].is_code())
        && ph < o
        && level.is_some_and(|l| l > 0)
        && doc.blocks[ph].level() == level
        && clean_heading(&doc.blocks[ph].text) != clean_heading(&doc.blocks[o].text)
        && prev.route.as_ref().is_some_and(|r| {
            r.method == h.route.method && shape(&r.path) == shape(&h.route.path)
        })
        // (Not the last row of a section listing many routes, `### Endpoints` over a
        // table of all of them: an index of the sections that document each.)
        && ops.iter().filter(|p| p.heading == Some(ph)).count() == 1
        // The first route of its section, on a line of its own.
        && !all.iter().any(|x| x.block > o && x.block < h.block)
        && !mid_sentence(doc, h)
        && doc.blocks[o + 1..h.block].iter().all(|b| !b.is_heading())
        && !resource_path_above(doc, o, h)
}

/// Whether route hit `h` stands inside a sentence of prose, its method after four words
/// or more on its line (`- For each new one, get it using `GET /x/{id}` and store it`): a
/// mention of the route, not a line giving it (`PUT /x`, `**Endpoint:** PUT /x`).
fn mid_sentence(doc: &Document, h: &Hit) -> bool {
    let words: Vec<&str> = doc.line(h.line).split_whitespace().collect();
    let Some(at) = words
        .iter()
        .position(|w| w.trim_matches(['`', '*', '_', '"']) == h.route.method)
    else {
        return false;
    };
    !doc.blocks[h.block].is_heading()
        && words[..at]
            .iter()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
            >= 4
}

/// Whether the section over heading `o` states the route's path alone, once for all its
/// sub-sections (`## Segments` over `/api/videos/<id>/segments/`, then `### Vote on a
/// segment` and `### Create a segment`, each `POST /api/videos/<id>/segments/`): the
/// sub-sections are calls of the one resource, the same method one operation.
fn resource_path_above(doc: &Document, o: usize, h: &Hit) -> bool {
    let Some(level) = doc.blocks[o].level() else {
        return false;
    };
    let Some(p) = (0..o)
        .rev()
        .find(|&i| doc.blocks[i].level().is_some_and(|l| l > 0 && l < level))
    else {
        return false;
    };
    doc.blocks[p + 1..o]
        .iter()
        .take_while(|b| !b.is_heading())
        .filter(|b| b.kind == Kind::Paragraph)
        .any(|b| {
            let first = b.text.trim().lines().next().unwrap_or_default().trim();
            first.starts_with('/')
                && !first.contains(char::is_whitespace)
                && super::routes::target_route(&h.route.method, first)
                    .is_some_and(|r| shape(&r.path) == shape(&h.route.path))
        })
}

/// Whether block `b` is an element of a component the page imports from an MDX file
/// (`<Shared …` under `import Shared from "./_shared.mdx";`).
fn mdx_partial(doc: &Document, b: &Block) -> bool {
    let Some(name) = doc
        .line(b.span.line)
        .strip_prefix('<')
        .and_then(|t| t.split([' ', '/', '>']).next())
        .filter(|n| n.starts_with(|c: char| c.is_ascii_uppercase()))
    else {
        return false;
    };
    doc.source.lines.iter().any(|l| {
        l.trim()
            .strip_prefix("import ")
            .and_then(|t| t.strip_prefix(name))
            .and_then(|t| t.trim_start().strip_prefix("from "))
            .is_some_and(|t| {
                t.trim()
                    .trim_end_matches(';')
                    .trim_matches(['"', '\''])
                    .ends_with(".mdx")
            })
    })
}

/// Method headings routed by the rule the page shows (`### publish` whose example calls
/// `POST /api/publish`, `### history` calling `POST /api/history`): when at least two
/// headings of one section name the last segment of a route they hold, with one method
/// and one prefix, that rule routes every sibling heading named like them (`### subscribe`
/// → `POST /api/subscribe`, said in a warning), and the operation of such a route found
/// under another heading (the introduction's first example) moves to its method heading.
/// A heading without that evidence keeps no route.
pub(super) fn route_rule(doc: &Document, all: &[Hit], ops: &mut Vec<OpAt>) {
    let shown = shown_rules(doc, all);
    let Some(((method, prefix, up, level), heads)) = shown
        .iter()
        .filter(|(_, v)| v.len() >= 2)
        .max_by_key(|(_, v)| v.len())
        .map(|(k, v)| (k.clone(), v.clone()))
    else {
        return;
    };
    // (Not when a sibling shows the same prefix with another method, `## setConfigXML`
    // calling `POST …/api/setConfigXML` and `## getRecordingTextTracks` `GET
    // …/api/getRecordingTextTracks`: the method is each call's own, no rule.)
    if shown
        .keys()
        .any(|(m, p, u, l)| *m != method && *p == prefix && *u == up && *l == level)
    {
        return;
    }
    let case = heads.iter().all(|&i| lower_heading(doc, i));
    let rule = Rule {
        method,
        prefix,
        up,
        level,
        shown: heads.len(),
        case,
    };
    let mut added = false;
    for s in (up.map_or(0, |u| u + 1))..doc.blocks.len() {
        match doc.blocks[s].level() {
            Some(l) if l > 0 && l < level => {
                if s > heads[0] {
                    break;
                }
                continue;
            }
            Some(l) if l == level => {}
            _ => continue,
        }
        added |= rule.route(doc, s, ops);
    }
    if added {
        ops.sort_by_key(|o| o.heading.map_or(o.start, |h| h));
    }
}

/// A route rule's key: method, path prefix, parent heading, heading level.
type RuleKey = (String, String, Option<usize>, u8);

/// The route rules method headings show, each with the headings showing it: a heading
/// whose name is the last segment of a route it holds (the rest the prefix, without
/// placeholders).
fn shown_rules(doc: &Document, all: &[Hit]) -> BTreeMap<RuleKey, Vec<usize>> {
    let mut shown: BTreeMap<RuleKey, Vec<usize>> = BTreeMap::new();
    for h in all {
        let Some(o) = owner_heading(doc, h.block) else {
            continue;
        };
        let Some(level) = doc.blocks[o].level().filter(|&l| l > 0) else {
            continue;
        };
        let name = clean_heading(&doc.blocks[o].text);
        if let Some(prefix) = h.route.path.strip_suffix(&format!("/{name}"))
            && !prefix.is_empty()
            && !prefix.contains('{')
            && method_heading_name(&name)
        {
            let key = (
                h.route.method.clone(),
                prefix.to_string(),
                parent_heading(doc, o),
                level,
            );
            let v = shown.entry(key).or_default();
            if !v.contains(&o) {
                v.push(o);
            }
        }
    }
    shown
}

/// The heading a heading `h` is under (the last one of a higher rank before it).
pub(super) fn parent_heading(doc: &Document, h: usize) -> Option<usize> {
    let level = doc.blocks[h].level().unwrap_or(0);
    (0..h)
        .rev()
        .find(|&i| doc.blocks[i].level().is_some_and(|l| l > 0 && l < level))
}

/// Whether heading `i`'s name starts in lower case.
fn lower_heading(doc: &Document, i: usize) -> bool {
    clean_heading(&doc.blocks[i].text)
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// The route rule a page shows: `method` `prefix/<name>` for method headings of `level`
/// under heading `up`, named in one case (`case`: lower), shown by `shown` headings.
struct Rule {
    method: String,
    prefix: String,
    up: Option<usize>,
    level: u8,
    shown: usize,
    case: bool,
}

impl Rule {
    /// Routes heading `s` by the rule when it is a sibling method heading named like those
    /// showing it that documents parameters and has no operation yet: the operation of
    /// its route found under another heading moves to it, else a new one (its route
    /// noted as the rule's). True when an operation was moved or added.
    fn route(&self, doc: &Document, s: usize, ops: &mut Vec<OpAt>) -> bool {
        let b = &doc.blocks[s];
        let name = clean_heading(&b.text);
        if !method_heading_name(&name)
            || lower_heading(doc, s) != self.case
            || parent_heading(doc, s) != self.up
            || !lists_parameters(doc, s, self.level)
        {
            return false;
        }
        if ops.iter().any(|o| o.heading == Some(s)) {
            return false;
        }
        // (A heading whose sub-sections hold operations of their own is their group, no
        // method heading: `## ping` over `### GET ping` giving `GET /x/ping`.)
        let end = (s + 1..doc.blocks.len())
            .find(|&k| {
                doc.blocks[k]
                    .level()
                    .is_some_and(|l| l > 0 && l <= self.level)
            })
            .unwrap_or(doc.blocks.len());
        if ops
            .iter()
            .any(|o| o.heading.is_some_and(|h| (s + 1..end).contains(&h)))
        {
            return false;
        }
        let (method, prefix) = (&self.method, &self.prefix);
        let path = format!("{prefix}/{name}");
        if let Some(o) = ops.iter_mut().find(|o| {
            o.route
                .as_ref()
                .is_some_and(|r| r.method == *method && r.path == path)
        }) {
            // Found first under another heading (an introduction's example).
            o.heading = Some(s);
            o.start = s + 1;
            o.line = b.span.line;
            o.name = name;
            o.block = None;
            return true;
        }
        ops.push(OpAt {
            route: Some(RouteText {
                method: method.clone(),
                path,
                server: None,
                query: false,
                pairs: Vec::new(),
                note: Some(format!(
                    "no route printed; `{method} {prefix}/<method>` as the page shows for {} methods",
                    self.shown
                )),
                named: Vec::new(),
            }),
            rpc: None,
            line: b.span.line,
            route_at: b.span.line,
            start: s + 1,
            end: doc.blocks.len(),
            name,
            heading: Some(s),
            block: None,
            repeat_of: None,
            more: Vec::new(),
            tail: None,
            own: Vec::new(),
            listed: None,
            index_doc: None,
        });
        true
    }
}

/// Whether the section of heading `s` (of `level`) documents what a call sends: a
/// parameter table, a parameter label, or a heading naming a request type
/// (`#### SubscribeRequest`), before the next heading of its level or higher.
fn lists_parameters(doc: &Document, s: usize, level: u8) -> bool {
    doc.blocks[s + 1..]
        .iter()
        .take_while(|b| b.level().is_none_or(|l| l == 0 || l > level))
        .any(|b| {
            b.table().is_some_and(|t| columns(t).is_some())
                || (b.is_heading() && request_type_heading(&b.text))
                || matches!(block_label(b), Some(Ctx::Params(_) | Ctx::Form))
        })
}

/// A heading that names a method: one identifier (`publish`, `presence_stats`,
/// `sendMessage`, `chat.postMessage`).
fn method_heading_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 60
        && name.chars().next().is_some_and(char::is_alphabetic)
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && !name.ends_with('.')
}

/// Whether heading `inner` lies in the section of heading `outer`: a deeper heading after
/// it with no heading of `outer`'s level or higher between.
pub(super) fn within_section(doc: &Document, outer: Option<usize>, inner: Option<usize>) -> bool {
    let (Some(a), Some(s)) = (outer, inner) else {
        return false;
    };
    let Some(level) = doc.blocks[a].level().filter(|&l| l > 0) else {
        return false;
    };
    a < s
        && doc.blocks[a + 1..=s]
            .iter()
            .all(|b| b.level().is_none_or(|l| l == 0 || l > level))
}

/// Operations whose route follows their content, as two-panel renderers print them (Redoc
/// and its captures: the title, the description, the parameter and body labels,
/// `Responses` with the statuses, then the route and the request and response samples):
/// a route outside any ranked heading with a response label between the previous
/// operation and it runs from its title (found back from its first label, see
/// [`panel_title`]) to the end of its panel ([`panel_end`]: the route, its server URLs, the
/// samples), not from the route to the next one.
pub(super) fn trailing_extents(doc: &Document, ops: &mut [OpAt]) {
    let mut floor = 0;
    for k in 0..ops.len() {
        let Some(rb) = ops[k]
            .block
            .filter(|_| ops[k].route.is_some() && ops[k].more.is_empty())
        else {
            continue;
        };
        let ranked = |i: usize| doc.blocks[i].level().is_some_and(|l| l > 0);
        if ranked(rb) || ops[k].heading.is_some_and(ranked) {
            floor = ops[k].end;
            continue;
        }
        let from = floor.max(ops[k].heading.map_or(0, |h| h + 1)).min(rb);
        let answer = answer_list_before(doc, from, rb);
        let first_label = (from..rb).find(|&i| {
            block_label(&doc.blocks[i]).is_some() || is_label_heading(&doc.blocks[i].text)
        });
        let (Some(first_label), true) = (first_label, answer) else {
            floor = rb + 1;
            continue;
        };
        let end = panel_end(doc, rb);
        if let Some((title, start)) = panel_title(doc, from, first_label) {
            ops[k].name = clean_heading(&doc.blocks[title].text);
            ops[k].line = doc.blocks[title].span.line;
            ops[k].start = start;
        } else {
            ops[k].start = first_label;
        }
        ops[k].heading = None;
        ops[k].end = end;
        if let Some(next) = ops.get_mut(k + 1)
            && next.start < end
        {
            next.start = end.min(next.end);
        }
        floor = end;
    }
}
