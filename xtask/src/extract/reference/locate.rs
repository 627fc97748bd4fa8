//! Locating operations: which route hits are operations, their headings, names and extents.

use super::block_routes::{code_routes, table_routes};
use super::evidence::{
    Hit, field_label, hits, literal_method, path_heading, path_heading_extents, ranked_end,
};
use super::labels::{Ctx, block_label, clean_heading, inline_events, is_label_heading};
use super::panels::{answer_list_before, routeless_panels};
use super::route_rule::{
    bold_method_at, bold_method_item, fielded_route, generic_target, optional_tail_call, restated,
    route_rule, section_call, trailing_extents, within_section,
};
use super::routes::{
    RouteText, heading_route, instance_of, member_slots, method_word, placeholder_value,
    route_line, shape, target_route,
};
use super::rpc::{
    discriminated_call, envelope_method, enveloped_page, item_methods, page_discriminated_names,
    rpc_methods, sample_named_methods, section_command, selected_commands, shows_envelope,
    sibling_methods, signature, slash_method, summary_calls, syntax_method, table_methods,
    title_named_method, titled_method, with_index,
};
use crate::read::blocks::{Block, Document, Kind};

/// Where an operation is: its route (or RPC name), the blocks of its extent, its name.
#[derive(Debug, Clone)]
pub(super) struct OpAt {
    pub(super) route: Option<RouteText>,
    pub(super) rpc: Option<String>,
    pub(super) line: u32,
    /// The line of the route that defines it (of its heading for an RPC method).
    pub(super) route_at: u32,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) name: String,
    pub(super) heading: Option<usize>,
    /// The block of the route that defines it.
    pub(super) block: Option<usize>,
    /// For a route documented again on the page: the operation it repeats (index into the
    /// operations found so far). Its extent is read as more of that operation's.
    pub(super) repeat_of: Option<usize>,
    /// Further extents (a route documented again), read after the first.
    pub(super) more: Vec<(usize, usize)>,
    /// For a row of a table of operations: the parameter sections after the table, which
    /// its rows share (also one of `more`).
    pub(super) tail: Option<(usize, usize)>,
    /// Extents of `more` that are the operation's own text moved or shared, not the route
    /// documented again (a parameter group its text links to, what follows that group):
    /// read without a warning.
    pub(super) own: Vec<(usize, usize)>,
    /// A method a list of methods names and no section documents: its description there.
    pub(super) listed: Option<Option<String>>,
    /// The description a list of methods gives a method a section documents.
    pub(super) index_doc: Option<String>,
}

/// The operation that owns each block: the last topic heading (not a label) before it.
pub(super) fn owner_heading(doc: &Document, block: usize) -> Option<usize> {
    (0..=block.min(doc.blocks.len().saturating_sub(1)))
        .rev()
        .find(|&i| {
            (doc.blocks[i].is_heading()
                && (doc.blocks[i].level() != Some(0) || level0_topic(doc, i))
                && !is_label_heading(&doc.blocks[i].text)
                && !auth_subheading(&doc.blocks[i])
                && !call_way_subheading(doc, i)
                && field_label(&doc.blocks[i]).is_none())
                || name_line(doc, i)
        })
}

/// A sub-heading naming one way to call the operation titled over it (`### REST API` over
/// the route in code, beside `### GraphQL`, under `## Update Boxes`): a label, no topic.
/// A `REST API` heading with no heading of a higher rank over it titles the page's list
/// of routes.
fn call_way_subheading(doc: &Document, i: usize) -> bool {
    let Some(level) = doc.blocks[i].level().filter(|l| *l > 1) else {
        return false;
    };
    clean_heading(&doc.blocks[i].text).eq_ignore_ascii_case("rest api")
        && (0..i).any(|k| doc.blocks[k].level().is_some_and(|l| l > 0 && l < level))
}

/// A route under a `GraphQL` sub-heading beside a `REST API` one in the same section (the
/// ways to call the operation titled over them): the GraphQL endpoint every such call goes
/// through, not an operation of the section.
///
/// ```text
/// ## List Boxes / ### REST API / GET /boxes / ### GraphQL / POST /graphql
/// ```
fn graphql_way(doc: &Document, h: &Hit) -> bool {
    let Some(at) = (0..h.block).rev().find(|&i| doc.blocks[i].is_heading()) else {
        return false;
    };
    let Some(level) = doc.blocks[at].level().filter(|l| *l > 1) else {
        return false;
    };
    if !clean_heading(&doc.blocks[at].text).eq_ignore_ascii_case("graphql") {
        return false;
    }
    let higher = |i: &usize| doc.blocks[*i].level().is_some_and(|l| l > 0 && l < level);
    let from = (0..at).rev().find(higher).unwrap_or(0);
    let to = (at + 1..doc.blocks.len())
        .find(higher)
        .unwrap_or(doc.blocks.len());
    (from..to)
        .any(|k| k != at && doc.blocks[k].level() == Some(level) && call_way_subheading(doc, k))
}

/// Whether `block` is inside a section whose heading (or an enclosing one) titles it as
/// examples of use: `## Example Workflow`, `### Examples`, `## Tutorial`.
fn in_example_section(doc: &Document, block: usize) -> bool {
    enclosing_heading(doc, block, |b, title| {
        // (`### Example request`, a label of the operation's own, is no such section.)
        // (A short title: `Imports your follows, for example from …` is a sentence.)
        // (`Workflow`, `Tutorial` alone, or beside `example`: `Register a workflow` and
        // `Describe workflow` name operations on the API's workflows.)
        let words: Vec<&str> = title
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        !is_label_heading(&b.text)
            && words.len() <= 4
            && words.iter().any(|w| {
                matches!(*w, "example" | "examples")
                    || (words.len() == 1 && matches!(*w, "workflow" | "walkthrough" | "tutorial"))
            })
    })
}

/// Whether hit `h` is a literal path (no placeholder) under a heading labelling the page's
/// example (`# Example` over `## Request` and ``GET `/deployments/someDeploymentId` ``),
/// where a route of the same method and as many segments is declared above it outside
/// that example (``GET `/deployment/{id}` `` under `# Method`): a call of that route, even
/// where the example misspells a literal segment; or where the page declares that one
/// template of the method, of the same first segment.
fn literal_under_example_label(doc: &Document, all: &[Hit], h: &Hit) -> bool {
    let example_label = |b: &Block, title: &str| {
        is_label_heading(&b.text)
            && title
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| matches!(w, "example" | "examples"))
    };
    let segments = |p: &str| p.trim_end_matches('/').split('/').count();
    let first = |p: &str| {
        p.trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or("")
            .to_string()
    };
    if !enclosing_heading(doc, h.block, example_label) {
        return false;
    }
    // (A placeholder the reader put for a literal id in a request line, `DELETE
    // /groups/36ae… HTTP/1.1` as `/groups/{id}`, is still a literal of the example: the
    // printed line has none of its own.)
    let printed = doc.line(h.line).trim();
    let request_line = printed
        .split_whitespace()
        .next()
        .is_some_and(|m| m == h.route.method.as_str())
        && printed.contains(" HTTP/");
    let own_placeholder = if request_line {
        printed
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.contains(['{', '<']) || w.contains("/:"))
    } else {
        h.route.path.contains('{')
    };
    if own_placeholder {
        return false;
    }
    let declared: Vec<&Hit> = all
        .iter()
        .filter(|x| {
            x.block < h.block
                && x.route.method == h.route.method
                && x.route.path.contains('{')
                && !enclosing_heading(doc, x.block, example_label)
        })
        .collect();
    // (Or the one template of that method the page declares, of the same first segment,
    // whatever the example adds to it: `DELETE /groups/<id>/<name>`, then the sample
    // `DELETE /groups/36ae…/attributes/attr1`.)
    declared
        .iter()
        .any(|x| segments(&x.route.path) == segments(&h.route.path))
        || (declared.len() == 1 && first(&declared[0].route.path) == first(&h.route.path))
}

/// Whether `block` is inside a section whose heading titles it as a history of the API
/// (`## Changes from API v1`, `## Changelog`, `## Migrating from v1`, `## What's new`, `##
/// API changes`):
/// routes there are named as changed, not documented.
fn in_changes_section(doc: &Document, block: usize) -> bool {
    enclosing_heading(doc, block, |b, title| {
        let t = title.replace('\u{2019}', "'");
        !is_label_heading(&b.text)
            && t.split_whitespace().count() <= 6
            && [
                "changes from",
                "changes since",
                "changelog",
                "change log",
                "migrating from",
                "migration from",
                "migration guide",
                "what's new",
                "what is new",
                "release notes",
                "breaking changes",
                "version history",
                // (`## API changes`, `### Other API changes`: routes a version added.)
                "api changes",
            ]
            .iter()
            .any(|w| t.starts_with(w) || t.contains(&format!(" {w}")))
    })
}

/// Whether a heading above `block` (the nearest, or one it is under) titles samples:
/// `Examples`, `Example Response`, `Responses`, `Sample calls`.
fn under_samples(doc: &Document, block: usize) -> bool {
    enclosing_heading(doc, block, |_, title| {
        title.split_whitespace().count() <= 4
            && title.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                matches!(
                    w,
                    "example" | "examples" | "response" | "responses" | "sample" | "samples"
                )
            })
    })
}

/// The heading over code `block` (see [`headings_over`]) whose title the call in the block
/// names in the form field picking the call
/// (`op=remove` under `### remove`, see [`super::rpc::form_names_call`]).
fn picking_heading(doc: &Document, block: usize) -> Option<usize> {
    let code = &doc.blocks[block];
    if !code.is_code() {
        return None;
    }
    headings_over(doc, block).into_iter().find(|&i| {
        let title = clean_heading(&doc.blocks[i].text);
        !title.trim().is_empty() && super::rpc::form_names_call(&code.text, title.trim())
    })
}

/// The headings `block` stands under: the nearest, then each of a higher rank, up to the
/// first of level 1.
fn headings_over(doc: &Document, block: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut above = u8::MAX;
    for i in (0..block.min(doc.blocks.len())).rev() {
        let Some(level) = doc.blocks[i].level().filter(|l| (1..above).contains(l)) else {
            continue;
        };
        above = level;
        out.push(i);
        if level == 1 {
            break;
        }
    }
    out
}

/// Whether one of the headings `block` stands under (see [`headings_over`]) is accepted by
/// `is`, given the heading and its title in lower case.
pub(super) fn enclosing_heading(
    doc: &Document,
    block: usize,
    is: impl Fn(&Block, &str) -> bool,
) -> bool {
    headings_over(doc, block).into_iter().any(|i| {
        let b = &doc.blocks[i];
        is(b, &clean_heading(&b.text).to_ascii_lowercase())
    })
}

/// Whether code `block` is the request of its own section: under a label that names a
/// request (`Sample request:`, `**Request**`), or in a section headed by a path
/// (`## /isFTActive`), where the call is the only route given.
fn request_sample(doc: &Document, block: usize) -> bool {
    let labelled = block.checked_sub(1).is_some_and(|p| {
        let t = doc.blocks[p].text.trim().to_ascii_lowercase();
        block_label(&doc.blocks[p]).is_some()
            && t.split_whitespace().count() <= 4
            && t.contains("request")
    });
    labelled || owner_heading(doc, block).is_some_and(|h| path_heading(&doc.blocks[h]).is_some())
}

/// Whether `block` is code right after a sentence that presents it as an example
/// (`Example for the service `passive-ping`:`, `For example, to list all hosts:`), or right
/// before a paragraph that explains it as one (`In this example, the `ext` value is
/// provided for the `:runtime` parameter …`).
fn introduced_as_example(doc: &Document, block: usize) -> bool {
    let explained_after = doc.blocks.get(block + 1).is_some_and(|n| {
        let t = n.text.trim_start().to_ascii_lowercase();
        n.kind == Kind::Paragraph
            && (t.starts_with("in this example") || t.starts_with("in the example above"))
    });
    // (Or a request line alone in a paragraph under an item that presents it:
    // `- Example service to get FSP information:` over `**GET /participants/MSISDN/
    // +123456789**`.)
    let b = &doc.blocks[block];
    let route_alone = b.kind == Kind::Paragraph
        && !b.text.trim().contains('\n')
        && super::routes::route_line(b.text.trim()).is_some();
    (b.is_code() || route_alone)
        && (explained_after && b.is_code()
            || block
                .checked_sub(1)
                .map(|p| &doc.blocks[p])
                .is_some_and(|p| {
                    let t = p.text.trim().to_ascii_lowercase();
                    // (A sentence, not the section's own `Example:` label.)
                    (p.kind == Kind::Paragraph || matches!(p.kind, Kind::Item { .. }))
                        && t.ends_with(':')
                        && t.split_whitespace().count() >= 3
                        && block_label(p).is_none()
                        // (`An example URI containing all the required key-value pairs
                        // … is the following:` too.)
                        && ["example ", "for example", "an example ", "here is an example"]
                            .iter()
                            .any(|w| t.starts_with(w))
                }))
}

/// Whether route hit `h` follows an example's label alone on its line, in its paragraph
/// or as the paragraph before it (`e.g.` / `POST http://localhost:4080/api/myindex/_doc`,
/// `Example:` / `GET /x?id=1`): a call made as an example, not a route declared.
fn after_example_label(doc: &Document, h: &Hit) -> bool {
    let b = &doc.blocks[h.block];
    let is_label = |t: &str| {
        matches!(
            t.trim()
                .trim_end_matches(':')
                .trim_end()
                .to_ascii_lowercase()
                .as_str(),
            "e.g." | "e.g" | "eg." | "ex." | "ex" | "example" | "for example" | "for instance"
        )
    };
    if b.kind != Kind::Paragraph {
        return false;
    }
    if h.line > b.span.line {
        return is_label(doc.line(h.line - 1));
    }
    h.block
        .checked_sub(1)
        .map(|p| &doc.blocks[p])
        .is_some_and(|p| p.kind == Kind::Paragraph && is_label(&p.text))
}

/// Whether route hit `h` is in code right after an example's label alone in its paragraph
/// (`**Example**` over a fence holding `POST <baseURL>/x/47`).
fn code_after_example_label(doc: &Document, h: &Hit) -> bool {
    doc.blocks[h.block].is_code()
        && h.block.checked_sub(1).is_some_and(|p| {
            let p = &doc.blocks[p];
            p.kind == Kind::Paragraph
                && matches!(
                    p.text
                        .trim()
                        .trim_end_matches(':')
                        .trim_end()
                        .to_ascii_lowercase()
                        .as_str(),
                    "example" | "for example" | "e.g." | "e.g"
                )
        })
}

/// Whether route hit `h` comes right after its section's response label (`* **Response**`,
/// `Response:`), in the section of the one route, of the same method, declared before it outside code:
/// the request line of the answer's sample, a concrete call (`GET /metrics/path.metric.xxx/total` under
/// `* **URL** /api/metrics/{target}/total`, `* **Method** GET`), the call it shows, not a
/// route of its own, however it spells the path.
fn under_answer_of_declared(doc: &Document, all: &[Hit], h: &Hit) -> bool {
    // (A concrete call, its values written: a route with a placeholder is declared.)
    let written = doc.line(h.line);
    if written.contains(['{', '<']) || written.contains("/:") {
        return false;
    }
    // (Under a heading of its own: a capture's sections, routes after their content,
    // have none.)
    let owner = owner_heading(doc, h.block);
    if owner.is_none_or(|o| doc.blocks[o].level().is_none_or(|l| l == 0)) {
        return false;
    }
    let Some(label) = (0..h.block)
        .rev()
        .take_while(|&i| !doc.blocks[i].is_heading())
        .take(2)
        .find(|&i| {
            let b = &doc.blocks[i];
            // (`* **Response**`: a label item of the call's facts, no colon after it.)
            let t = b.text.trim().trim_matches(['*', '_', ':']).trim();
            matches!(block_label(b), Some(Ctx::Response(_)))
                || (!b.is_code()
                    && !t.contains('\n')
                    && t.split_whitespace().count() <= 3
                    && matches!(super::labels::label_ctx(t), Some(Ctx::Response(_))))
        })
    else {
        return false;
    };
    let declared: Vec<&Hit> = all
        .iter()
        .filter(|x| {
            x.block < label
                && owner_heading(doc, x.block) == owner
                && !doc.blocks[x.block].is_code()
        })
        .collect();
    matches!(declared[..], [x] if x.route.method == h.route.method)
}

/// Whether route hit `h` is a call in code under a heading titling an example request
/// (`#### Example HTTP request`, `### Sample request`) inside the section of a route
/// declared before that heading, the call an instance of that route, or of it without the
/// literal base path it opens with: `## Get role` over `GET /v1/roles/{uid}`, then `####
/// Example HTTP request` over `GET /roles/1`. The call is the declared route's example, no
/// operation of its own, whatever method it shows (`POST /x` under `PUT /v1/x`).
fn example_request_of_declared(doc: &Document, all: &[Hit], h: &Hit) -> bool {
    let Some(label) = (0..h.block).rev().find(|&i| doc.blocks[i].is_heading()) else {
        return false;
    };
    let title = clean_heading(&doc.blocks[label].text).to_ascii_lowercase();
    let words: Vec<&str> = title
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let names = |set: &[&str]| words.iter().any(|w| set.contains(w));
    if !doc.blocks[h.block].is_code()
        || words.len() > 4
        || !names(&["example", "examples", "sample", "samples"])
        || !names(&["request", "requests", "call", "calls"])
    {
        return false;
    }
    all.iter().any(|x| {
        x.block < label
            && (x.route.method != h.route.method || x.route.path != h.route.path)
            && within_section(doc, owner_heading(doc, x.block), Some(h.block))
            && instance_past_base(&h.route.path, &x.route.path)
    })
}

/// Whether route hit `h` is a raw HTTP request in code (`POST /x HTTP/1.1`) under a label
/// paragraph titling sample requests (`**Sample Request**`, `Example requests:`; prose and
/// other code may stand between them), in the section of the one route of that method the
/// page declares outside code there: that route's sample exchange, however the sample
/// spells the path (its base path left out, a value spanning segments, a slip).
///
/// ```text
/// ## POST /api/jobs/{id}/run / **Sample Request** / POST /jobs/7/run HTTP/1.1
/// ```
fn sample_request_of_declared(doc: &Document, all: &[Hit], h: &Hit) -> bool {
    let raw = doc.line(h.line).split_whitespace().collect::<Vec<_>>();
    if !doc.blocks[h.block].is_code() || raw.len() != 3 || !raw[2].starts_with("HTTP/") {
        return false;
    }
    let names = |t: &str, set: &[&str]| {
        t.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| set.contains(&w.to_ascii_lowercase().as_str()))
    };
    let label = (0..h.block)
        .rev()
        .take_while(|&i| !doc.blocks[i].is_heading())
        .take(8)
        .find(|&i| {
            let b = &doc.blocks[i];
            let t = b.text.trim().trim_end_matches(':');
            b.kind == Kind::Paragraph
                && !t.contains('\n')
                && t.split_whitespace().count() <= 3
                && names(t, &["sample", "samples", "example", "examples"])
                && names(t, &["request", "requests"])
        });
    let Some(label) = label else {
        return false;
    };
    let owner = owner_heading(doc, h.block);
    let declared: Vec<&Hit> = all
        .iter()
        .filter(|x| {
            x.block < label
                && !doc.blocks[x.block].is_code()
                && x.route.method == h.route.method
                && owner_heading(doc, x.block) == owner
        })
        .collect();
    declared.len() == 1 && declared[0].route.path != h.route.path
}

/// Whether route hit `h` is a concrete call under a heading titling examples (`##
/// Examples`, a label or a section) that fills a route of the same method declared before
/// it outside code in another section, its placeholders taking values or words alike:
/// `POST /api/tags/{name}/value` under `## Commands`, then `## Examples` over ``POST
/// `/api/tags/cue/value` ``. The call shows a use of that route, no operation of its own.
fn example_of_declared_elsewhere(doc: &Document, all: &[Hit], h: &Hit) -> bool {
    let examples_heading = enclosing_heading(doc, h.block, |_, title| {
        title.split_whitespace().count() <= 4
            && title
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| matches!(w, "example" | "examples"))
    });
    let owner = owner_heading(doc, h.block);
    examples_heading
        && !h.route.path.contains('{')
        && !doc.blocks[h.block].is_heading()
        && all.iter().any(|x| {
            x.block < h.block
                && !doc.blocks[x.block].is_code()
                && x.route.method == h.route.method
                && x.route.path.contains('{')
                && owner_heading(doc, x.block) != owner
                && !enclosing_heading(doc, x.block, |_, t| {
                    t.split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| matches!(w, "example" | "examples"))
                })
                && instance_of(&h.route.path, &x.route.path)
        })
}

/// Calls in code that fill a path template the prose of their section (or of a section
/// enclosing it) names in inline code take that template as their route: `The URLs are
/// `/api/projects` and `/api/projects/<identifier>`.` over `curl …/api/projects/demo` is
/// `/api/projects/{identifier}`, as `a GET on `/api/projects/<id>/members`` over `curl
/// …/api/projects/demo/members` is `/api/projects/{id}/members`. The template has the
/// call's segments, literal where the call's are, a placeholder where the call has a value
/// (or a placeholder the reader named for a number); the nearest such mention counts, one
/// before the call first. A mention that is a route of its own (`- **URI**: `/user/{name}``
/// over `- **METHOD**: PUT`) is no mere mention: calls filling it are examples of it, as
/// are the calls already seen as examples (`in_examples`), which keep their paths.
fn templated_calls(doc: &Document, mut all: Vec<Hit>, in_examples: &[bool]) -> Vec<Hit> {
    let mut mentions: Vec<(usize, String)> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. })
            || all.iter().any(|h| h.block == i)
        {
            continue;
        }
        // (The spans of inline code as written: the block's text has lost its marks.)
        let src = doc.source.text(b.span.line, b.span.end_line);
        for span in src.split('`').skip(1).step_by(2) {
            let span = span.trim();
            if span.starts_with('/')
                && !span.contains(char::is_whitespace)
                && span.contains(['<', '{', ':'])
                && let Some(r) = target_route("GET", span)
                && r.path.contains('{')
                && r.named.is_empty()
                && !all.iter().any(|h| h.route.path == r.path)
            {
                mentions.push((i, r.path));
            }
        }
    }
    if mentions.is_empty() {
        return all;
    }
    // (The mention's section encloses the call: the call comes after the heading over the
    // mention, with no heading between them at that heading's level or above.)
    let encloses = |m: usize, h: usize| {
        let (over, level) = (0..m)
            .rev()
            .find_map(|i| doc.blocks[i].level().map(|l| (i, l)))
            .unwrap_or((0, 0));
        over < h && !(over + 1..h).any(|i| doc.blocks[i].level().is_some_and(|l| l <= level))
    };
    for (k, h) in all.iter_mut().enumerate() {
        if !doc.blocks[h.block].is_code() || in_examples.get(k) == Some(&true) {
            continue;
        }
        let call: Vec<&str> = h.route.path.split('/').collect();
        let named = |seg: &str| {
            h.route
                .named
                .iter()
                .any(|n| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) == Some(n))
        };
        let fits = |t: &str| {
            let tmpl: Vec<&str> = t.split('/').collect();
            t != h.route.path
                && tmpl.len() == call.len()
                && call
                    .iter()
                    .zip(&tmpl)
                    .any(|(c, t)| t.starts_with('{') && !c.starts_with('{'))
                && call.iter().zip(&tmpl).all(|(c, t)| {
                    if t.starts_with('{') {
                        !c.is_empty() && (!c.contains('{') || named(c))
                    } else {
                        c == t
                    }
                })
        };
        let near = |(m, t): &&(usize, String)| encloses(*m, h.block) && fits(t);
        let before = mentions
            .iter()
            .rev()
            .filter(|(m, _)| *m < h.block)
            .find(near);
        let after = || mentions.iter().filter(|(m, _)| *m > h.block).find(near);
        if let Some((_, t)) = before.or_else(after) {
            h.route.path = t.clone();
            h.route.named.clear();
        }
    }
    all
}

/// Whether `path` is an instance of `template` (see [`instance_of`]), or of `template`
/// with some of its leading literal segments (its base path) left out: `/roles/1` of
/// `/v1/roles/{uid}`.
fn instance_past_base(path: &str, template: &str) -> bool {
    let segs: Vec<&str> = template.trim_matches('/').split('/').collect();
    (0..segs.len())
        .take_while(|&k| k == 0 || !segs[k - 1].contains('{'))
        .any(|k| instance_of(path, &format!("/{}", segs[k..].join("/"))))
}

/// `### Authentication` deep inside an operation's section (Slate pages: what the call
/// needs, beside `### Arguments`): a label of the operation, not a topic. A page's own
/// `## Authentication` section (or a capture's) stays a topic.
fn auth_subheading(b: &Block) -> bool {
    b.level().is_some_and(|l| l >= 3)
        && matches!(
            clean_heading(&b.text).to_lowercase().as_str(),
            "authentication" | "authorization"
        )
}

/// A plain-text capture's heading (level 0, a short line of its own) is a topic when a
/// route follows it before the next heading (an introduction between: a description, a
/// list of fields): a name over its route (`Create message` / `POST /x`).
fn level0_topic(doc: &Document, i: usize) -> bool {
    // `Пример ответа:` ends in a colon: a label of what follows, not a name.
    !doc.blocks[i].text.trim_end().ends_with(':')
        && doc.blocks[i + 1..]
            .iter()
            .take(12)
            .take_while(|b| !b.is_heading())
            .any(|b| b.text.lines().next().and_then(route_line).is_some())
}

/// In a plain-text capture, where headings carry no mark, a short line right over a route
/// line names the operation (`type` / `GET /api/type/{self}`); so does a Markdown paragraph
/// wholly in bold (`**List Archived**` over its route's code block), a heading in all but
/// name.
fn name_line(doc: &Document, i: usize) -> bool {
    let b = &doc.blocks[i];
    let t = b.text.trim();
    (doc.kind == crate::read::blocks::InputKind::Text || bold_line(doc, b))
        && b.kind == Kind::Paragraph
        && !t.is_empty()
        && !t.contains('\n')
        && t.split_whitespace().count() <= 8
        && !t.ends_with([':', ','])
        // A sentence is prose, unless it stands alone between the previous operation's
        // example and this route (`Картинка команды.`).
        && (!t.ends_with('.')
            || (i > 0 && doc.blocks[i - 1].is_code() && !t.trim_end_matches('.').contains(". ")))
        && route_line(t).is_none()
        && block_label(b).is_none()
        && inline_events(t).is_none()
        && doc
            .blocks
            .get(i + 1)
            .is_some_and(|n| n.text.lines().next().and_then(route_line).is_some())
}

/// A one-line Markdown paragraph wholly in bold (`**Create**`, `__Create__`).
fn bold_line(doc: &Document, b: &Block) -> bool {
    let src = doc.line(b.span.line).trim();
    b.span.line == b.span.end_line
        && ["**", "__"].iter().any(|m| {
            src.len() > 4
                && src.starts_with(m)
                && src.ends_with(m)
                && !src[2..src.len() - 2].contains(m)
        })
}

/// Whether the heading owning a call names its method and its path's last segments
/// without a leading `/`, a route the reader takes from the call: `### GET version` over
/// `curl http://127.0.0.1:8090/version` documents `GET /version`.
fn heading_names_call(doc: &Document, h: &Hit) -> bool {
    let Some(owner) = owner_heading(doc, h.block) else {
        return false;
    };
    let text = doc.blocks[owner].text.trim();
    let mut words = text.split_whitespace();
    let (Some(m), Some(tail), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    method_word(m).is_some_and(|m| m == h.route.method)
        && !tail.starts_with('/')
        && !tail.is_empty()
        && tail
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'))
        && h.route.path.ends_with(&format!("/{tail}"))
}

/// Whether code is a `curl` call; after a shell prompt too (`$ curl …`) where `prompted`
/// (a section that declares its route outside code, so the prompted call is no route
/// printed as a session's transcript).
fn curl_call(text: &str, prompted: bool) -> bool {
    // (After comment lines too: `## Replace the token` over `curl -X POST …`.)
    let mut t = text.trim_start();
    while t.starts_with('#') && !t.starts_with("#!") {
        t = t.split_once('\n').map_or("", |(_, rest)| rest).trim_start();
    }
    let t = if prompted {
        t.trim_start_matches(['$', '>', '%']).trim_start()
    } else {
        t
    };
    t.starts_with("curl")
}

/// Whether code is a whole HTTP request message sent to a server: a request line with its
/// protocol (`GET /repos/acme/web HTTP/1.1`) over header lines naming the host (`Host:
/// api.example.com`). Like a `curl` call to a server, it shows a use of the API. (A host
/// that is a placeholder, `Host: {fqdn}`, makes the message the route's syntax, no call.)
fn host_request(text: &str) -> bool {
    let mut lines = text.trim_start().lines();
    lines.next().is_some_and(|l| {
        let w: Vec<&str> = l.split_whitespace().collect();
        w.len() == 3 && method_word(w[0]).is_some() && w[2].starts_with("HTTP/")
    }) && lines.take_while(|l| !l.trim().is_empty()).any(|l| {
        let l = l.trim_start();
        l.get(..5).is_some_and(|k| k.eq_ignore_ascii_case("host:"))
            && !l[5..].trim().is_empty()
            && !l[5..].contains(['{', '<', '['])
    })
}

/// A template in code whose last segment is a placeholder standing for the method called
/// (`curl -XPOST http://127.0.0.1:5359/api/{METHOD} -d '{"{PARAMATER1}":…}'`, also
/// `{method}`, `{method_name}`, `{action}`, `{command}`), where two calls or more fill it
/// each under a heading naming the method they fill it with (`## AddNewAddress` over `curl
/// -XPOST …/api/AddNewAddress`): the way every method is called, no operation; its calls
/// are the methods' own.
fn method_slot_templates(doc: &Document, all: &mut Vec<Hit>) {
    fn last_segment(path: &str) -> &str {
        path.trim_end_matches('/').rsplit('/').next().unwrap_or("")
    }
    let slot = |path: &str| {
        last_segment(path)
            .strip_prefix('{')
            .and_then(|l| l.strip_suffix('}'))
            .is_some_and(|n| {
                matches!(
                    n.to_ascii_lowercase().replace(['_', '-'], "").as_str(),
                    "method" | "methodname" | "action" | "command" | "rpc" | "function"
                )
            })
    };
    let named_by_heading = |h: &Hit| {
        let last = last_segment(&h.route.path);
        owner_heading(doc, h.block).is_some_and(|o| {
            let text = clean_heading(&doc.blocks[o].text);
            !last.is_empty() && text.split_whitespace().any(|w| w.trim_matches('`') == last)
        })
    };
    let templates: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, t)| doc.blocks[t.block].is_code() && slot(&t.route.path))
        .filter(|(k, t)| {
            all.iter()
                .enumerate()
                .filter(|(j, h)| {
                    j != k
                        && !slot(&h.route.path)
                        && instance_of(&h.route.path, &t.route.path)
                        && named_by_heading(h)
                })
                .count()
                >= 2
        })
        .map(|(k, _)| k)
        .collect();
    for k in templates.into_iter().rev() {
        all.remove(k);
    }
}

/// The operations of `doc` and their extents.
pub(super) fn locate(doc: &Document) -> Vec<OpAt> {
    let mut all = hits(doc);
    filled_capitals(doc, &mut all);
    method_slot_templates(doc, &mut all);
    // A call in a section of examples (`## Example Workflow`, `### Examples`) on a page
    // that documents its routes elsewhere shows a use, not an operation.
    // (Or a call in code that a sentence introduces as an example, `Example for creating
    // the new host object `example.localdomain`:`.)
    // (Or a call with a query string under a heading of samples, a label's included:
    // `### Responses` / `#### Certificate found` over `GET /puppet-ca/v1/certificate/
    // elmo.mydomain.com?environment=env`.)
    let in_examples: Vec<bool> = all
        .iter()
        .map(|h| {
            in_example_section(doc, h.block)
                || in_changes_section(doc, h.block)
                || introduced_as_example(doc, h.block)
                || after_example_label(doc, h)
                || example_request_of_declared(doc, &all, h)
                || sample_request_of_declared(doc, &all, h)
                || (h.route.query && under_samples(doc, h.block))
                || example_of_declared_elsewhere(doc, &all, h)
                || literal_under_example_label(doc, &all, h)
                || under_answer_of_declared(doc, &all, h)
                // (Or a call in code under an `Example` label filling in the route its
                // section declared: `PUT /x/{number}` in a fence, then `**Example**` over
                // `POST <baseURL>/x/47`, a call, whatever method it shows.)
                || (code_after_example_label(doc, h)
                    && all.iter().any(|x| {
                        x.block < h.block
                            && owner_heading(doc, x.block) == owner_heading(doc, h.block)
                            && (x.route.path != h.route.path || x.route.method != h.route.method)
                            && instance_of(&h.route.path, &x.route.path)
                    }))
        })
        .collect();
    let all = templated_calls(doc, all, &in_examples);
    let documented_elsewhere = in_examples.contains(&false);
    // (A `curl` call to a server, on a page that declares its routes outside code (in
    // headings, sentences, tables: three or more), is a use of the API, not a route of
    // its own: `curl -X PUT 'https://localhost:5665/v1/objects/hosts/example.localdomain'`.)
    // (A request line alone in a block of code, `GET /api/v1/runs` in its own fence, is
    // declared as a heading is: the route printed, no call made.)
    let declares = |h: &Hit| {
        let b = &doc.blocks[h.block];
        let t = b.text.trim();
        !b.is_code()
            || (t.lines().count() == 1
                && t.split_whitespace().next().and_then(method_word).is_some())
    };
    let declared = all.iter().filter(|h| declares(h)).count();
    // (A sample request is a use too where its section declares a route outside code:
    // `/rest/blobstores.xml` over its table of methods, then `Sample request:` over `curl
    // "http://localhost:8080/geowebcache/rest/blobstores"`.)
    let section_declares = |h: &Hit| {
        let owner = owner_heading(doc, h.block);
        all.iter()
            .any(|x| x.block != h.block && declares(x) && owner_heading(doc, x.block) == owner)
    };
    // (Or in a section that declares its own route of the same method outside code, on a
    // page of one or two: `curl -X POST 'https://ci.example.com/api/tokens'` over `HTTP
    // Request` and `` `POST /api/tokens/:id` `` under the same heading.)
    let section_declares_method = |h: &Hit| {
        let owner = owner_heading(doc, h.block);
        all.iter().any(|x| {
            x.block != h.block
                && declares(x)
                && x.route.method == h.route.method
                && owner_heading(doc, x.block) == owner
        })
    };
    // (Or a call with no host, `curl -v /api/boxes/<box-id>/`, to a route the page
    // declares outside code in another section: a use of that route.)
    let declared_in_another_section = |h: &Hit| {
        let owner = owner_heading(doc, h.block);
        all.iter().any(|x| {
            x.block != h.block
                && declares(x)
                && x.route.method == h.route.method
                && owner_heading(doc, x.block) != owner
                && instance_of(&h.route.path, &x.route.path)
        })
    };
    let curl_use = |h: &Hit| {
        (declared >= 3 || section_declares_method(h))
            && !heading_names_call(doc, h)
            // (A server whose host is a placeholder, `https://<org-url>.ci.dev`, is kept
            // by no route, but the call still goes to one.)
            && (h.route.server.is_some()
                || doc.blocks[h.block].text.contains("://")
                || host_request(&doc.blocks[h.block].text)
                || declared_in_another_section(h))
            && doc.blocks[h.block].is_code()
            && (curl_call(&doc.blocks[h.block].text, section_declares_method(h))
                || host_request(&doc.blocks[h.block].text))
            && (!request_sample(doc, h.block) || section_declares(h))
    };
    // Defining hits, grouped by owner heading (None: the page).
    let mut ops: Vec<OpAt> = Vec::new();
    for (h, in_examples) in all.iter().zip(&in_examples) {
        let a_use = (*in_examples || curl_use(h))
            && documented_elsewhere
            && !doc.blocks[h.block].is_heading();
        if !a_use {
            route_hit(doc, &all, &mut ops, h);
        }
    }
    route_rule(doc, &all, &mut ops);
    dead_contents_links(doc, &mut ops);
    // A page of many methods headed by their call signatures (`aria2.addUri([secret],
    // uris)`) beside a route or two (the one endpoint they go through,
    // `/jsonrpc?method=METHOD_NAME`): the methods are its operations.
    if !ops.is_empty() {
        // (Or headed by their names over a call that names them, `method : "get_repo"`,
        // beside the one example call of the endpoint they all go through.)
        let signed: Vec<OpAt> = rpc_methods(doc)
            .into_iter()
            .filter(|m| {
                m.heading.is_some_and(|h| {
                    let section = &doc.blocks[h + 1..m.end.min(doc.blocks.len())];
                    signature(&clean_heading(&doc.blocks[h].text)).is_some()
                        || shows_envelope(section)
                        || section_command(section, doc.line(doc.blocks[h].span.line))
                            .is_some_and(|n| m.rpc.as_deref() == Some(n.as_str()))
                        || m.rpc
                            .as_deref()
                            .is_some_and(|n| discriminated_call(section, n))
                        // (A title naming it after a colon over a request whose query
                        // names it, `### 获取文章/页面：get` over `…/api.php?mod=post&act=get`.)
                        || super::rpc::titled_query_call(
                            &clean_heading(&doc.blocks[h].text),
                            section,
                        )
                        .is_some_and(|n| m.rpc.as_deref() == Some(n.as_str()))
                        // (A method of a namespace headed by its slashed name, `###
                        // core/bwlimit: Set the bandwidth limit.`, beside others of it.)
                        || m.rpc.as_deref().is_some_and(|n| {
                            slash_method(&clean_heading(&doc.blocks[h].text))
                                .is_some_and(|(name, _)| name == n)
                        })
                        // (A call naming it in its envelope under a sub-heading of its
                        // section, `### Example`.)
                        || (m.rpc.is_some()
                            && section
                                .iter()
                                .any(|s| s.is_code() && envelope_method(&s.text) == m.rpc))
                })
            })
            .collect();
        // (Or headed by their names, two or more, where every route of the page is the
        // one endpoint its calls go through and those calls name one of the methods in
        // their body's discriminator: `{"op":"login", …}` posted to `/tt-rss/api/`, then
        // `### login`, `### getHeadlines` over their parameters.)
        let one_endpoint = {
            let mut paths: Vec<&str> = ops
                .iter()
                .filter_map(|o| o.route.as_ref().map(|r| r.path.as_str()))
                .collect();
            paths.dedup();
            paths.len() == 1
                && ops
                    .iter()
                    .all(|o| o.block.is_some_and(|b| doc.blocks[b].is_code()))
        };
        let named_calls: Vec<OpAt> = if one_endpoint && signed.len() < 3 {
            let names = page_discriminated_names(doc);
            let methods = rpc_methods(doc);
            let called = methods.len() >= 2
                && methods
                    .iter()
                    .any(|m| m.rpc.as_ref().is_some_and(|n| names.contains(n)));
            if called {
                sibling_methods(doc, &methods)
            } else {
                Vec::new()
            }
        } else {
            Vec::new()
        };
        // (Whether every route is a call inside a method's section that `names` that method.)
        let every_route_calls = |names: &dyn Fn(&str, &str) -> bool| {
            !signed.is_empty()
                && ops.iter().all(|o| {
                    o.block.is_some_and(|b| {
                        signed.iter().any(|m| {
                            m.heading.is_some_and(|h| {
                                let level = doc.blocks[h].level().unwrap_or(0);
                                h < b
                                    && b < ranked_end(doc, h + 1, level)
                                    && m.rpc
                                        .as_deref()
                                        .is_some_and(|n| names(&doc.blocks[b].text, n))
                            })
                        })
                    })
                })
        };
        // (Or every route is the endpoint's example call inside a method's section, the
        // call naming that method: a page per method, `## Method get_account` over `curl
        // --data '{"jsonrpc":"2.0","method":"get_account", …}' https://host/v1`.)
        // (Or a request line there whose query names that method, `### 获取系统信息：get_info`
        // over `GET `…/api.php?mod=system&act=get_info`` and `POST` of the same: calls of one
        // address told apart by the query.)
        let calls_of_methods = (one_endpoint
            && every_route_calls(&|text, n| envelope_method(text).as_deref() == Some(n)))
            || every_route_calls(&super::rpc::query_names_call);
        // (Or each call in a collapsible block titled by its name, the page's every route
        // the one endpoint's example call inside one of them, naming it.)
        let summaried = if one_endpoint {
            summary_calls(doc)
        } else {
            Vec::new()
        };
        let in_summaries = !summaried.is_empty()
            && ops.iter().all(|o| {
                o.block
                    .is_some_and(|b| summaried.iter().any(|m| m.start <= b && b < m.end))
            });
        if !named_calls.is_empty() {
            ops = with_index(doc, named_calls);
        } else if in_summaries {
            ops = summaried;
        } else if calls_of_methods || (signed.len() >= 3 && signed.len() > 2 * ops.len()) {
            ops.clear();
        } else if signed.len() >= 3 {
            mixed_methods(doc, &mut ops, signed);
        }
    }
    // A page per method titled by its name, whose every route is an example call of it.
    if let Some(m) = title_named_method(doc, &ops) {
        ops = vec![m];
    }
    if ops.is_empty() {
        ops = rpc_methods(doc);
        // (Or the sections a sample names by its call member, where they are more.)
        let sampled = sample_named_methods(doc);
        if sampled.len() > ops.len() {
            ops = sampled;
        }
        // Methods a table lists by name that no section documents.
        let listed: Vec<OpAt> = table_methods(doc)
            .into_iter()
            .filter(|m| !ops.iter().any(|o| o.rpc == m.rpc))
            .collect();
        if !listed.is_empty() {
            ops.extend(listed);
            ops.sort_by_key(|o| o.line);
        }
        ops = with_index(doc, ops);
    }
    if ops.is_empty() {
        ops = selected_commands(doc);
    }
    if ops.is_empty() {
        ops = item_methods(doc);
    }
    if ops.is_empty() {
        ops.extend(titled_method(doc));
    }
    if ops.is_empty() {
        ops.extend(enveloped_page(doc));
    }
    if ops.is_empty() {
        ops.extend(syntax_method(doc));
    }
    if ops.is_empty() {
        ops = super::rpc::endpoint_label_methods(doc);
    }
    set_extents(doc, &mut ops);
    template_tag_ops(doc, &mut ops);
    field_label_names(doc, &mut ops);
    path_heading_extents(doc, &mut ops);
    // A route documented again: its extent is read as more of the first operation.
    for k in (0..ops.len()).rev() {
        if let Some(first) = ops[k].repeat_of {
            let extent = (ops[k].start, ops[k].end);
            ops[first].more.insert(0, extent);
        }
    }
    ops.retain(|o| o.repeat_of.is_none());
    // Operations sharing a heading (a section of several routes) are each at their route.
    for k in 0..ops.len() {
        if ops[k].route.is_some()
            && ops[k].heading.is_some()
            && ops.iter().filter(|o| o.heading == ops[k].heading).count() > 1
        {
            ops[k].line = ops[k].route_at;
        }
    }
    trailing_extents(doc, &mut ops);
    index_row_sections(doc, &all, &mut ops);
    linked_index_sections(doc, &mut ops);
    linked_parameter_sections(doc, &mut ops);
    route_named_parameter_sections(doc, &mut ops);
    path_line_sections(doc, &all, &mut ops);
    routeless_panels(doc, &mut ops);
    single_operation(doc, &mut ops);
    member_values(doc, &mut ops);
    section_parameter_lists(doc, &mut ops);
    ops
}

/// Whether the heading at `h` titles a list of parameters in other words than a label
/// (`### Filter`): its own text, before any sub-heading, is a sentence saying they travel
/// in the query string (`Set the fields using URL query parameters, like
/// `?from=2021-05-08``) and a table of them (a name column), with no route.
fn shared_parameter_table(doc: &Document, h: usize) -> bool {
    let end = (h + 1..doc.blocks.len())
        .find(|&i| doc.blocks[i].is_heading())
        .unwrap_or(doc.blocks.len());
    let own = &doc.blocks[h + 1..end];
    own.iter().any(says_query_string)
        && own.iter().any(|b| {
            b.table()
                .is_some_and(|t| super::tables::columns(t).is_some())
        })
        && !own
            .iter()
            .any(|b| b.is_code() && !code_routes(b).is_empty())
}

/// Whether a paragraph says parameters travel in the query string (`Set the fields using
/// URL query parameters`, `in the query string`, `the following optional URI parameters`).
pub(super) fn says_query_string(b: &Block) -> bool {
    b.kind == Kind::Paragraph && {
        let t = b.text.to_ascii_lowercase();
        t.contains("query parameters")
            || t.contains("query string")
            || t.contains("uri parameters")
            || t.contains("url parameters")
    }
}

/// A section's parameter list shared by the operations under it: a `Parameters` label
/// heading at the level of their route headings, before the first of them (`### Pages`
/// over `#### Parameters` bullets, then `#### `GET /pages/:path`` and `#### `PUT
/// /pages/:path``). Each operation below reads the list as its section's (`tail`): the
/// names of its placeholders are its path's, the others the body of a call that sends one.
/// A label heading set a level up between them (`### Example response`) does not end the
/// section.
fn section_parameter_lists(doc: &Document, ops: &mut [OpAt]) {
    let heads: Vec<usize> = ops.iter().filter_map(|o| o.heading).collect();
    for op in ops.iter_mut() {
        let (Some(_), Some(h), None) = (&op.route, op.heading, op.tail) else {
            continue;
        };
        if !op.more.is_empty() {
            continue;
        }
        let Some(level) = doc.blocks[h].level().filter(|l| *l > 1) else {
            continue;
        };
        let heading_level = |i: usize| doc.blocks[i].level();
        let mut label = None;
        let mut top = 0;
        for i in (0..h).rev() {
            let Some(l) = heading_level(i) else {
                continue;
            };
            if l < level {
                if is_label_heading(&doc.blocks[i].text) {
                    continue;
                }
                top = i;
                break;
            }
            if l == level
                && label.is_none()
                && (matches!(
                    super::labels::heading_ctx(&doc.blocks[i].text),
                    Some(Ctx::Params(None))
                ) || (!heads.contains(&i) && shared_parameter_table(doc, i)))
            {
                label = Some(i);
            }
        }
        let Some(at) = label else {
            continue;
        };
        // (Before the section's first operation: a list after one is that one's.)
        if heads.iter().any(|&x| x > top && x < at) {
            continue;
        }
        let end = (at + 1..h)
            .find(|&i| heading_level(i).is_some_and(|l| l <= level))
            .unwrap_or(h);
        // (Nor a heading over operations of its own, `#### Requests` over `##### GET
        // /quotes/{ID}` and `##### POST /quotes`: a group of them, no list.)
        if heads.iter().any(|&x| x > at && x < end) {
            continue;
        }
        op.tail = Some((at, end));
        op.more.push((at, end));
    }
}

/// An index of operations whose entries link to the sections that document them (`*
/// /groups` over `* [GET - Search Groups](#search-groups)`, the section `### <a
/// name="search-groups"></a> Search Groups` further down): each entry's operation reads its
/// linked section too, when no other operation is found in it. The section is the heading
/// whose anchor the link names: set in the heading (`<a name="…">`, `<a id="…">`, `{#…}`),
/// or made from its title as a docs site makes it.
fn linked_index_sections(doc: &Document, ops: &mut [OpAt]) {
    for k in 0..ops.len() {
        let Some(b) = ops[k].block else {
            continue;
        };
        // (The entry's item titles it, or the heading of the index, over several.)
        let titled = |x: usize| x == b || ops.iter().filter(|o| o.heading == Some(x)).count() > 1;
        // (Or a row of a table of routes, `| [Kunden erstellen](#create-client) | `POST` |
        // `/hosting/api/client` |`: the link on the row's line.)
        let row = doc.blocks[b].table().is_some();
        if (doc.blocks[b].depth().is_none() && !row)
            || !ops[k].more.is_empty()
            || ops[k].heading.is_some_and(|x| !titled(x))
        {
            continue;
        }
        let span = doc.blocks[b].span;
        // (A table's cells keep their markup: the row's link is read off its line.)
        // (In a row of method columns, `| Layers | `/rest/layers` | [GET](#get-layers) |
        // [POST](#post-layers) |`, the link set as the operation's method.)
        let row_anchor = || {
            let line = doc.line(ops[k].route_at);
            let at_method = ops[k].route.as_ref().and_then(|r| {
                let at = line.find(&format!("[{}](#", r.method))?;
                Some(at + 1 + r.method.len())
            });
            let at = at_method.or_else(|| line.find("](#"))?;
            let rest = &line[at + 3..];
            let anchor = &rest[..rest.find(')')?];
            (!anchor.is_empty() && !anchor.contains(char::is_whitespace)).then_some(anchor)
        };
        let anchor = match row {
            true => row_anchor(),
            false => doc
                .links
                .iter()
                .filter(|l| l.span.line >= span.line && l.span.line <= span.end_line)
                .find_map(|l| l.url.strip_prefix('#').filter(|a| !a.is_empty())),
        };
        let Some(anchor) = anchor else {
            continue;
        };
        let Some((h, end)) = anchored_section(doc, b + 1, anchor) else {
            continue;
        };
        if !documents_an_operation(ops, h, end, Some(k)) {
            ops[k].more.push((h + 1, end));
        }
    }
}

/// An operation whose own text sends the reader to a section of the page for a group of
/// its parameters, in a short line opening with `See`, `Supports`, `Accepts`, `Takes` or
/// `Uses` (`* See [Package Queries](#package-queries)`, `* Supports [Package
/// Queries](#package-queries)`), the link's words naming parameters (queries, parameters,
/// filters, options, arguments, fields): it reads that section too, where the section
/// documents no operation of its own; another operation whose extent runs over the section
/// reads it no more (the section is the group's, not the operation's above it).
fn linked_parameter_sections(doc: &Document, ops: &mut [OpAt]) {
    let mut linked: Vec<(usize, usize, usize)> = Vec::new();
    for (k, op) in ops.iter().enumerate() {
        // (An extent may be empty, its end before its start: an operation whose heading
        // is its whole extent.)
        for blk in doc.blocks.get(op.start..op.end).unwrap_or_default() {
            if !matches!(blk.kind, Kind::Item { .. } | Kind::Paragraph) {
                continue;
            }
            let text = blk.text.trim();
            let first = text
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            if !matches!(
                first.as_str(),
                "see" | "supports" | "accepts" | "takes" | "uses"
            ) || text.split_whitespace().count() > 8
            {
                continue;
            }
            let links = doc
                .links
                .iter()
                .filter(|l| l.span.line >= blk.span.line && l.span.line <= blk.span.end_line);
            for l in links {
                let Some(anchor) = l.url.strip_prefix('#').filter(|a| !a.is_empty()) else {
                    continue;
                };
                let words = l.text.to_ascii_lowercase();
                if !["quer", "param", "filter", "option", "argument", "field"]
                    .iter()
                    .any(|w| words.contains(w))
                {
                    continue;
                }
                let Some((h, end)) = anchored_section(doc, 0, anchor) else {
                    continue;
                };
                if !documents_an_operation(ops, h, end, None) {
                    linked.push((k, h, end));
                }
            }
        }
    }
    // (The linking operation reads the section anyway.)
    give_sections(ops, &linked, |_, o, h, _| o.start < h);
}

/// Gives each operation `k` of `given` the section `(h, end)` beside it (`(k, h, end)`: the
/// blocks after heading `h` up to `end`) as more of its own; another operation whose extent
/// runs over the section (and that `cuts` says to cut: its index, itself, the heading)
/// reads it no more, and keeps what follows the section in its extent.
fn give_sections(
    ops: &mut [OpAt],
    given: &[(usize, usize, usize)],
    cuts: impl Fn(usize, &OpAt, usize, &[(usize, usize, usize)]) -> bool,
) {
    for &(k, h, end) in given {
        for (j, o) in ops.iter_mut().enumerate() {
            if j == k || o.end <= h || !cuts(j, o, h, given) {
                continue;
            }
            if o.end > end {
                o.more.push((end, o.end));
                o.own.push((end, o.end));
            }
            o.end = h;
        }
    }
    for &(k, h, end) in given {
        if !ops[k].more.contains(&(h + 1, end)) {
            ops[k].more.push((h + 1, end));
            ops[k].own.push((h + 1, end));
        }
    }
}

/// A section of its own for the parameters of calls it names by their routes, in the
/// sentence that opens it (`## Parameters used to create or update mailing list account`
/// over "Parameters used to create (`POST /api/<mail>`) or update (`PUT /api/<mail>`)
/// mailing list account:" and a table): each operation named reads the section too, where
/// the section documents no operation of its own; another operation whose extent runs
/// over the section reads it no more.
fn route_named_parameter_sections(doc: &Document, ops: &mut [OpAt]) {
    let mut named: Vec<(usize, usize, usize)> = Vec::new();
    for (h, b) in doc.blocks.iter().enumerate() {
        if !b.is_heading() {
            continue;
        }
        let end = super::evidence::section_end(doc, h);
        if end <= h + 2 || documents_an_operation(ops, h, end, None) {
            continue;
        }
        // (The opening sentence, then a list or a table of parameters before any other
        // heading.)
        let Some(first) = doc.blocks.get(h + 1).filter(|x| x.kind == Kind::Paragraph) else {
            continue;
        };
        let lower = first.text.to_ascii_lowercase();
        // (Not what calls answer with: "Token read endpoints (`GET /api/v1/tokens`, …)
        // return additional fields:".)
        if !["parameter", "field", "argument", "attribute", "propert"]
            .iter()
            .any(|w| lower.contains(w))
            || ["return", "respon", "result", "output"]
                .iter()
                .any(|w| lower.contains(w))
        {
            continue;
        }
        let listed = doc.blocks[h + 2..end]
            .iter()
            .take_while(|x| !x.is_heading())
            .any(|x| x.table().is_some() || x.depth().is_some());
        if !listed {
            continue;
        }
        let words: Vec<&str> = first.text.split_whitespace().collect();
        let routes: Vec<RouteText> = words
            .windows(2)
            .filter_map(|w| {
                let m = w[0].trim_start_matches(['(', '[', '`']);
                let m = method_word(m).filter(|x| *x == m)?;
                let path = w[1].trim_end_matches([')', ']', '`', ',', '.', ':', ';']);
                path.starts_with('/').then(|| target_route(m, path))?
            })
            .collect();
        for r in &routes {
            for (k, o) in ops.iter().enumerate() {
                if o.route.as_ref().is_some_and(|x| {
                    x.method == r.method && (shape(&x.path) == shape(&r.path) || x.path == r.path)
                }) && !named.contains(&(k, h, end))
                {
                    named.push((k, h, end));
                }
            }
        }
    }
    // (An operation the sentence names too keeps its extent.)
    give_sections(ops, &named, |j, o, h, given| {
        o.start <= h && !given.iter().any(|n| n.0 == j && n.1 == h)
    });
}

/// The section a link's anchor names, searched from block `from` on: its heading and one
/// past its last block.
fn anchored_section(doc: &Document, from: usize, anchor: &str) -> Option<(usize, usize)> {
    let h = (from..doc.blocks.len()).find(|&i| {
        doc.blocks[i].is_heading() && heading_anchors(doc, i).iter().any(|x| x == anchor)
    })?;
    Some((h, super::evidence::section_end(doc, h)))
}

/// Whether an operation (but `except`) has its heading or its route in blocks `h..end`.
fn documents_an_operation(ops: &[OpAt], h: usize, end: usize, except: Option<usize>) -> bool {
    let inside = |x: usize| x >= h && x < end;
    ops.iter().enumerate().any(|(j, o)| {
        Some(j) != except && (o.heading.is_some_and(inside) || o.block.is_some_and(inside))
    })
}

/// The anchors a heading may be linked to by: those its line sets (`<a name="x">`, `<a
/// id="x">`, `{#x}`), and the one a docs site makes from its title (lower case, spaces as
/// `-`).
fn heading_anchors(doc: &Document, h: usize) -> Vec<String> {
    let line = doc.line(doc.blocks[h].span.line);
    let mut out = Vec::new();
    for attr in ["name=\"", "id=\"", "name='", "id='"] {
        let quote = attr.chars().last().unwrap_or('"');
        let mut rest = line;
        while let Some(at) = rest.find(attr) {
            let value = &rest[at + attr.len()..];
            if let Some(close) = value.find(quote) {
                out.push(value[..close].to_string());
            }
            rest = &rest[at + attr.len()..];
        }
    }
    if let Some(open) = line.find("{#")
        && let Some(close) = line[open..].find('}')
    {
        out.push(line[open + 2..open + close].trim().to_string());
    }
    out.push(super::by_reference::heading_slug(&clean_heading(
        &doc.blocks[h].text,
    )));
    out
}

/// A table of routes (`| Method | URL | Action |`, a row per operation) over sections titled
/// in words that declare no route of their own, each calling one of the rows in code (`##
/// List boxes` over `Normal response codes: 200` and `curl -X GET
/// http://localhost:5000/boxes`): the section documents the row its call is an instance of
/// (same method, the path the row's template with values filled in), and is read as more
/// of that row's operation. A section calling several rows (a `GET` call per route under
/// one `### Get`) documents each of them; a call no row or several rows match documents none.
/// The row's description stays its cell's.
fn index_row_sections(doc: &Document, all: &[Hit], ops: &mut [OpAt]) {
    // (A table of one path's methods, a row each, indexes them too: `| `PUT` |
    // `/boxes/:id` | [Replace] |` and `| `DELETE` | `/boxes/:id` | [Delete] |`.)
    let rows_of = |b: usize| ops.iter().filter(|o| o.block == Some(b)).count();
    let rows: Vec<usize> = (0..ops.len())
        .filter(|&k| {
            ops[k].route.is_some()
                && ops[k].block.is_some_and(|b| {
                    doc.blocks[b].table().is_some() && (index_block(doc, all, b) || rows_of(b) >= 2)
                })
        })
        .collect();
    if rows.len() < 2 {
        return;
    }
    for (i, b) in doc.blocks.iter().enumerate() {
        // (A section of examples of use, `## Walkthrough`, calls the rows; it documents none.)
        if !b.is_heading()
            || owner_heading(doc, i) != Some(i)
            || in_example_section(doc, i + 1)
            || in_changes_section(doc, i + 1)
        {
            continue;
        }
        let end = (i + 1..doc.blocks.len())
            .find(|&k| doc.blocks[k].is_heading())
            .unwrap_or(doc.blocks.len());
        // (A section of its own route, or holding an operation's route, is its own.)
        if ops
            .iter()
            .any(|o| o.heading == Some(i) || o.block.is_some_and(|ob| ob > i && ob < end))
        {
            continue;
        }
        let mut matched: Vec<usize> = Vec::new();
        for h in all
            .iter()
            .filter(|h| h.block > i && h.block < end && doc.blocks[h.block].is_code())
        {
            let of: Vec<usize> = rows
                .iter()
                .copied()
                .filter(|&k| {
                    ops[k].route.as_ref().is_some_and(|r| {
                        r.method == h.route.method
                            && (r.path == h.route.path || instance_of(&h.route.path, &r.path))
                            && h.route.path.split('/').count() == r.path.split('/').count()
                    })
                })
                .collect();
            if let [k] = of.as_slice()
                && !matched.contains(k)
            {
                matched.push(*k);
            }
        }
        for k in matched {
            if !ops[k].more.contains(&(i + 1, end)) {
                ops[k].more.push((i + 1, end));
            }
        }
    }
}

/// A table of routes (`| `GET` | `/items/{id}[.{format}]` |`, a row per operation) over
/// sections that print a row's path alone on a line of their own, with no method, maybe after
/// a role marker and before a method in brackets or a few words (`` `:endpoint:/items/{id}` ``,
/// `` `:endpoint:/items - [POST]` ``, `` `/items/{id}` - Get one item ``): from that line to
/// the next such line or heading is more of that row's operation (optional bracketed parts
/// left out as the row leaves them out; a path of no row, a variant of the row above, goes
/// on with it). A line whose path several rows give and which names no method goes to none.
fn path_line_sections(doc: &Document, all: &[Hit], ops: &mut [OpAt]) {
    let rows: Vec<usize> = (0..ops.len())
        .filter(|&k| {
            ops[k].route.is_some()
                && ops[k]
                    .block
                    .is_some_and(|b| doc.blocks[b].table().is_some() && index_block(doc, all, b))
        })
        .collect();
    if rows.len() < 2 {
        return;
    }
    let first_table = rows.iter().filter_map(|&k| ops[k].block).min().unwrap_or(0);
    // Each path line after the table: its block and the rows it names.
    let mut lines: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate().skip(first_table + 1) {
        if !matches!(b.kind, Kind::Paragraph) || all.iter().any(|h| h.block == i) {
            continue;
        }
        let Some((path, rest)) = lone_path(&b.text) else {
            continue;
        };
        let methods = super::routes::capital_methods(rest);
        let of: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&k| {
                ops[k].route.as_ref().is_some_and(|r| {
                    (methods.is_empty() || methods.contains(&r.method.as_str()))
                        && super::routes::target_route(&r.method, path)
                            .is_some_and(|t| t.path == r.path)
                })
            })
            .collect();
        lines.push((
            i,
            if let [k] = of.as_slice() {
                Some(*k)
            } else {
                None
            },
        ));
    }
    for (n, &(i, k)) in lines.iter().enumerate() {
        let Some(k) = k else { continue };
        let heading_end = (i + 1..doc.blocks.len())
            .find(|&j| doc.blocks[j].is_heading())
            .unwrap_or(doc.blocks.len());
        let end = lines[n + 1..]
            .iter()
            .find(|(_, other)| other.is_some_and(|o| o != k))
            .map_or(heading_end, |&(j, _)| j.min(heading_end));
        let seg = (i + 1, end);
        if seg.0 < seg.1 && !ops[k].more.iter().any(|&(a, b)| a <= seg.0 && seg.1 <= b) {
            ops[k].more.push(seg);
        }
    }
}

/// A line that is a path alone (`/items/{id}`), maybe after a role marker (`:endpoint:`,
/// `Endpoint:`): the path and the words after it.
fn lone_path(text: &str) -> Option<(&str, &str)> {
    let t = text.trim();
    let t = t.strip_prefix(':').unwrap_or(t);
    let t = match t.find(':') {
        Some(at)
            if at > 0
                && t[..at]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
        {
            t[at + 1..].trim_start()
        }
        _ => t,
    };
    if !t.starts_with('/') || t.starts_with("//") {
        return None;
    }
    let end = t.find(char::is_whitespace).unwrap_or(t.len());
    let (path, rest) = t.split_at(end);
    // (A few words after it at most: a sentence that opens with a path is prose.)
    (rest.split_whitespace().count() <= 8 && !path.contains('?')).then_some((path, rest))
}

/// Routes printed with members' values where their placeholders stand: `GET
/// /v2/auth/users/alice` and `PUT /v2/auth/users/charlie`, under `Get User Details` and
/// `Create or Update A User`, print two values at one place after a collection (`users`),
/// one of which the page's JSON examples give as the value of the member named by the
/// collection's singular (`"user": "alice"`): the place is that member's placeholder,
/// `/v2/auth/users/{user}`. A single value stays literal, as a page may print one example
/// throughout (`/v2/apps/example-go/…`); so do words no example gives that member
/// (`/users/search` beside `/users/me`), and a word only POSTed to (an action).
fn member_values(doc: &Document, ops: &mut [OpAt]) {
    let code: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| b.is_code())
        .map(|b| b.text.as_str())
        .collect();
    let given = |member: &str, value: &str| {
        let key = format!("\"{member}\"");
        code.iter().any(|c| {
            c.match_indices(&key).any(|(at, k)| {
                c[at + k.len()..]
                    .trim_start()
                    .strip_prefix(':')
                    .and_then(|r| r.trim_start().strip_prefix('"'))
                    .and_then(|r| r.strip_prefix(value))
                    .is_some_and(|r| r.starts_with('"'))
            })
        })
    };
    // Each place: the path with that segment blanked, its index and placeholder, and the
    // values the routes print there.
    type Place = (String, usize, String);
    let mut places: Vec<(Place, Vec<String>)> = Vec::new();
    // (A word only POSTed to is an action on the collection, `POST /releases/rollback`,
    // no member.)
    let member_route = |r: &RouteText| r.method != "POST";
    for r in ops
        .iter()
        .filter_map(|o| o.route.as_ref())
        .filter(|r| member_route(r))
    {
        for (i, one) in member_slots(&r.path) {
            let mut segs: Vec<&str> = r.path.split('/').collect();
            let value = segs[i].to_string();
            segs[i] = "";
            let place = (segs.join("/"), i, one);
            match places.iter_mut().find(|(p, _)| *p == place) {
                Some((_, values)) if !values.contains(&value) => values.push(value),
                Some(_) => {}
                None => places.push((place, vec![value])),
            }
        }
    }
    places
        .retain(|((_, _, one), values)| values.len() >= 2 && values.iter().any(|v| given(one, v)));
    for r in ops
        .iter_mut()
        .filter_map(|o| o.route.as_mut())
        .filter(|r| member_route(r))
    {
        for ((blank, i, one), values) in &places {
            let mut segs: Vec<String> = r.path.split('/').map(str::to_string).collect();
            if segs.len() <= *i || !values.contains(&segs[*i]) {
                continue;
            }
            segs[*i] = String::new();
            if segs.join("/") == *blank {
                segs[*i] = format!("{{{one}}}");
                r.path = segs.join("/");
                r.named.push(one.clone());
            }
        }
    }
}

/// A page documenting both routes and methods called through one endpoint (Monero's
/// daemon: `### **get_block_count**` over `curl …/json_rpc -d '{"jsonrpc":"2.0",…,
/// "method":"get_block_count"}'`, then `### **/get_height**` over its own call): the routes
/// the methods' sections call are that endpoint, no operations; each method whose section
/// holds no other route is an operation beside the page's routes.
fn mixed_methods(doc: &Document, ops: &mut Vec<OpAt>, methods: Vec<OpAt>) {
    let sections: Vec<(usize, usize)> = methods
        .iter()
        .filter_map(|m| m.heading)
        .map(|h| (h, doc.section_end(h, doc.blocks.len(), |_| false)))
        .collect();
    let inside = |o: &OpAt, (h, end): (usize, usize)| {
        o.block.or(o.heading).is_some_and(|b| b > h && b < end)
    };
    // (The calls the methods' sections write out, as read from their code.)
    let endpoints: Vec<String> = sections
        .iter()
        .flat_map(|&(s, end)| &doc.blocks[s + 1..end])
        .filter(|b| b.is_code())
        .flat_map(code_routes)
        .map(|(_, r)| r.path)
        .collect();
    if endpoints.is_empty() {
        return;
    }
    ops.retain(|o| {
        !o.route
            .as_ref()
            .is_some_and(|r| endpoints.contains(&r.path))
    });
    for (m, s) in methods.into_iter().zip(sections) {
        if !ops.iter().any(|o| inside(o, s)) {
            ops.push(m);
        }
    }
    ops.sort_by_key(|o| o.line);
}

/// A call to a host (`curl -X POST 'http://host/route/v1/driving'`) in a section that
/// shows the template of every call of that method (`POST /{service}/{version}/{profile}`,
/// a path made only of placeholders) and that it fills: a use of the template, as the
/// section explains how to call any service, not an operation of its own.
fn generic_call(doc: &Document, all: &[Hit], owner: Option<usize>, h: &Hit) -> bool {
    h.route.server.is_some()
        && owner.is_some()
        && all.iter().any(|g| {
            g.block != h.block
                && g.route.method == h.route.method
                && generic_target(&g.route.path)
                && !doc.blocks[g.block].is_heading()
                && owner_heading(doc, g.block) == owner
                && instance_of(&h.route.path, &g.route.path)
        })
}

/// The form value in brackets after the route a heading declares, as an httpdomain
/// directive writes the call it picks (`POST https://host/engine [action=create]`,
/// `[delete]`).
fn heading_pick(doc: &Document, b: usize) -> Option<String> {
    let block = &doc.blocks[b];
    if !block.is_heading() {
        return None;
    }
    let last = block.text.split_whitespace().last()?;
    super::routes::form_pick(last).then(|| last.to_string())
}

/// A route that is the text of a link to another page, the link the whole paragraph or
/// item (`[GET (/users/{ownerId}/people/mute)](uri-privacyusersowneridpeoplemuteget.md)`
/// under `## Valid methods`), or a link around the block, an index's card (`<a
/// href="entry/services#list">` around `<p>サービスの一覧</p>` and `<p class="type-get"><code>
/// GET</code><code>/api/v0/services</code></p>`): the page it links documents it; this one
/// points to it.
fn linked_elsewhere(doc: &Document, h: &Hit) -> bool {
    let b = &doc.blocks[h.block];
    if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) {
        return false;
    }
    let elsewhere = |target: &str| {
        !target.is_empty() && !target.starts_with('#') && !target.starts_with("http")
    };
    let collapse = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = collapse(&b.text);
    link_to_page(doc, b).is_some_and(|(text, target)| {
        text.contains(h.route.path.trim_end_matches('/')) && elsewhere(&target)
    }) || doc.links.iter().any(|l| {
        l.span.line <= b.span.line
            && l.span.line + 8 >= b.span.line
            && elsewhere(l.url.trim())
            && collapse(&l.text).contains(&text)
    })
}

/// A paragraph or item that is one Markdown link to another page of the site, its text and
/// its target (`[GET](uri-usersxuidinboxget.md)`, `- [GET (/x)](x.md)`): not an anchor of
/// this page (`#…`), no title after the target.
pub(super) fn link_to_page(doc: &Document, b: &Block) -> Option<(String, String)> {
    let src = doc.source.text(b.span.line, b.span.end_line);
    let src = src.trim().trim_start_matches(['-', '*', '+']).trim_start();
    let (text, target) = src.strip_prefix('[')?.rsplit_once("](")?;
    let target = target.trim_end().strip_suffix(')')?;
    (!target.starts_with('#') && !target.contains(char::is_whitespace))
        .then(|| (text.to_string(), target.to_string()))
}

/// An HTTPie call to a host (`echo '{…}' | http PATCH http://localhost:8888/v1/buckets/blog`)
/// on a page that declares its routes in headings (`.. http:patch:: /buckets/(bucket_id)/…`):
/// a use of the API in a walk-through, no operation of its own (it may still be the example
/// of one the page declares). On a page of calls alone, each call is an operation. (The
/// `curl` rule, `curl_use` in [`locate`], asks for more: applied to HTTPie calls it would
/// keep one of Kinto's walk-through calls as an operation and drop one of Terkin's.)
fn httpie_use(doc: &Document, all: &[Hit], h: &Hit) -> bool {
    h.route.server.is_some()
        && doc.blocks[h.block].is_code()
        && super::block_routes::httpie_start(doc.line(h.line)).is_some()
        && all.iter().any(|x| doc.blocks[x.block].is_heading())
}

/// A call in code to an absolute URL that a JSON sample elsewhere on the page holds as a
/// string value: a link the API hands out, followed, not a route the page documents.
///
/// ```text
/// > GET https://cdn.example.com/blobs/42
/// ```
///
/// under an answer holding `"href": "https://cdn.example.com/blobs/42"`. A URL the page
/// also calls with another method, no value in it, is one of the API's own routes, not a
/// link it hands out
/// (`curl -X POST …/campaigns` in a section of its own, where a list's answer gave its
/// `"path": "…/campaigns"` and a section before called it with `GET`).
fn handed_out_link(doc: &Document, all: &[Hit], h: &Hit) -> bool {
    let Some(server) = &h.route.server else {
        return false;
    };
    // (Only a literal URL, a collection's: one with a value in it, `…/volumes/42`, may be
    // an answer's link for any call of the page.)
    if !h.route.path.contains('{')
        && all.iter().any(|g| {
            g.block != h.block
                && g.route.method != h.route.method
                && g.route.path == h.route.path
                && g.route.server.as_ref() == Some(server)
        })
    {
        return false;
    }
    if !matches!(doc.blocks[h.block].kind, Kind::Code { .. }) {
        return false;
    }
    // (The URL as printed after the method: the route has its values made placeholders.)
    let text = &doc.blocks[h.block].text;
    let printed = text.lines().flat_map(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        (1..words.len())
            .filter(|&k| words[k - 1] == h.route.method && words[k].starts_with(server.as_str()))
            .map(|k| words[k].trim_end_matches('/').to_string())
            .collect::<Vec<_>>()
    });
    // (A member's value, `"href": "…"`: not the URL quoted in another call, `curl
    // "https://…/orders.json"`.)
    let quoted: Vec<String> = printed.map(|u| format!("\"{u}\"")).collect();
    !quoted.is_empty()
        && doc.blocks.iter().enumerate().any(|(i, b)| {
            i != h.block
                && matches!(b.kind, Kind::Code { .. })
                && quoted.iter().any(|q| {
                    b.text
                        .match_indices(q.as_str())
                        .any(|(at, _)| b.text[..at].trim_end().ends_with(':'))
                })
        })
}

/// A route of placeholders only, two segments or more, that two or more routes of the page
/// fill with the same method: the structure every call of the page shares, shown once ("all
/// requests use a common structure"), not an operation, even alone in a fence of routes.
///
/// ```text
/// GET /{service}/{version}/{profile}
/// ```
///
/// over sections that declare `GET /route/v1/{profile}` and `GET /trip/v1/{profile}`.
fn common_structure(all: &[Hit], h: &Hit) -> bool {
    h.route.path.trim_matches('/').split('/').count() >= 2
        && all
            .iter()
            .filter(|g| {
                g.block != h.block
                    && g.route.method == h.route.method
                    && !generic_target(&g.route.path)
                    && instance_of(&g.route.path, &h.route.path)
            })
            .count()
            >= 2
}

/// One route hit, against the operations found before it: skipped (a generic target, an
/// optional tail, an example, a route the capture cut off), more of an operation (a route
/// documented again), a template for an operation found at its example, or a new
/// operation.
fn route_hit(doc: &Document, all: &[Hit], ops: &mut Vec<OpAt>, h: &Hit) {
    // (`/ENDPOINT` in a sample call is any route; `## GET /{db}`, a heading, declares one.)
    // (Nor do `URL: http://host/<index>` and `Method: DELETE` fields, a declaration too.)
    // (Nor a table of one record with a method row, `| URL | https://api.[host]/[version]/
    // [ORCID iD]/[affiliation section] |` over `| Method | GET |`.)
    // (Nor a row of a table whose header names a method column, `| URI | Method |` over
    // `| /{uniqueid} | GET |`: a declaration of the row's route.)
    let record = doc.blocks[h.block].table().is_some_and(|t| {
        (t.header.len() == 2 && super::block_routes::record_field(t, &["method"]).is_some())
            || super::block_routes::named_column(t, &super::block_routes::METHOD_COLUMNS).is_some()
    });
    if generic_target(&h.route.path)
        && !doc.blocks[h.block].is_heading()
        && !fielded_route(doc, h)
        && !record
        && ((!route_fence(doc, h.block) && !bold_method_item(doc, h)) || common_structure(all, h))
    {
        return;
    }
    let owner = owner_heading(doc, h.block);
    // (A call whose member picking it names a heading it stands under, `### write` over
    // `##### Method 1` and `curl …/data-objects [-F,--data-urlencode] 'op=write'`: that
    // heading owns it.)
    let picked = picking_heading(doc, h.block);
    let owner = picked.or(owner);
    if optional_tail_call(doc, all, ops, owner, h)
        || httpie_use(doc, all, h)
        || generic_call(doc, all, owner, h)
        || handed_out_link(doc, all, h)
        || linked_elsewhere(doc, h)
        || graphql_way(doc, h)
    {
        return;
    }
    // (A route an index gave with a trailing `/` its section writes without: the index's
    // spelling stands, `/cluster/members/`.)
    let respelt;
    let h = match ops
        .iter()
        .filter(|o| o.block.is_some_and(|b| index_block(doc, all, b)))
        .filter_map(|o| o.route.as_ref())
        .find(|r| {
            r.method == h.route.method
                && r.path != h.route.path
                && r.path.trim_end_matches('/') == h.route.path.trim_end_matches('/')
        }) {
        Some(r) => {
            respelt = Hit {
                route: RouteText {
                    path: r.path.clone(),
                    ..h.route.clone()
                },
                ..h.clone()
            };
            &respelt
        }
        None => h,
    };
    let example = h.route.query || h.route.server.is_some();
    let same = |o: &OpAt| same_route(doc, o, h, owner, example);
    // A heading that declares a route documents an operation even when another heading
    // declares the same route (`Create DM` and `Create Group DM`, one endpoint).
    // In a capture, a route right under its own name line is declared the same way.
    let named =
        owner.is_some_and(|o| o + 1 == h.block && doc.blocks[o].level().is_none_or(|l| l == 0));
    // So does a call under a heading of its own that names that heading in the member
    // picking the call (`### remove` over `curl …/collections --data-urlencode 'op=remove'`,
    // where `### create` posted to the same URL with `op=create`).
    let declared = (matches!(doc.blocks[h.block].kind, Kind::Heading { .. })
        || named
        || picked.is_some()
        || restated(doc, all, ops, owner, h))
        && !ops.iter().any(|o| o.heading == owner);
    if (own_call(doc, ops, owner, h, example) || section_call(doc, all, ops, owner, h))
        && !ops.iter().any(same)
    {
        return;
    }
    // A route right after its own list of answers (a two-panel page's panel) under a
    // title of its own, with placeholder names of its own, is an operation of its own
    // (an API may declare one path twice: `/mapping/{mappingId}`,
    // `/mapping/{numberToMessageAppMapId}`). So is a route alone in a fence (see
    // [`route_fence`]) under a title no operation has yet, its placeholders named apart
    // from the other's: `Get rate limit` over `GET /x/<frontend-id>/middlewares/<rate-id>`,
    // `Get connection limit` over `GET /x/<frontend-id>/middlewares/<conn-id>`, two
    // operations as printed.
    let own_fence = route_fence(doc, h.block) && !ops.iter().any(|o| o.heading == owner);
    let own_panel = |o: &OpAt| {
        owner.is_some_and(|t| {
            o.heading != owner
                && o.route.as_ref().is_some_and(|r| {
                    r.path != h.route.path
                        && (answer_list_before(doc, t, h.block)
                            || (own_fence && placeholders_named_apart(&r.path, &h.route.path)))
                })
        })
    };
    // A heading declaring a route a list of routes gave before it (a page's `Endpoints`
    // block over a section per route): the list was an index, the heading documents it.
    if matches!(doc.blocks[h.block].kind, Kind::Heading { .. }) {
        ops.retain(|o| {
            !(o.heading != Some(h.block)
                && o.block
                    .is_some_and(|b| route_list(doc, b) || index_block(doc, all, b))
                && o.route.as_ref().is_some_and(|r| indexed_as(r, &h.route)))
        });
    }
    // The first route of a section of its own (a heading no operation has yet, not
    // examples), where a list of routes gave it before the heading (an overview table
    // whose rows link to a section per route, `URL Syntax: `/api/v1/ready`` under `=====
    // Check if server is ready (GET)`): the list was an index, the section documents it.
    // (A call in code is an example of the listed route, not its section; a fence of
    // route lines alone declares them, as a heading does, each line, see [`route_fence`].)
    let fence = route_fence(doc, h.block);
    let indexed = owner.filter(|&t| {
        !example
            && (!doc.blocks[h.block].is_code() || fence)
            && !ops
                .iter()
                .any(|o| o.heading == Some(t) && !(fence && o.block == Some(h.block)))
            && !in_example_section(doc, h.block)
            && !under_samples(doc, h.block)
    });
    let mut declared = declared;
    if let Some(t) = indexed {
        let before = ops.len();
        ops.retain(|o| {
            !(o.heading != owner
                && o.block.is_some_and(|b| b < t && index_block(doc, all, b))
                && o.route.as_ref().is_some_and(|r| indexed_as(r, &h.route)))
        });
        declared |= ops.len() < before;
    }
    // A heading declaring a route another heading declared with an empty query string,
    // differing only by the query string (`/v1/submissions?`, then
    // `/v1/submissions?jname=[jname]`, each a section): one operation, documented again;
    // the query string's names are its parameters. So is one nested in the first one's
    // section (`.. http:get:: /stats?format=json` indented in `/stats`'s body). (Otherwise
    // the first heading declares the route alone, and a heading of its rank with a query
    // string after it is an operation of its own: `ListKeys` `GET /v1/key`, `GetKeyInfo`
    // `GET /v1/key?id=…`.)
    let open_query = |b: usize| {
        doc.blocks[b]
            .text
            .split_whitespace()
            .any(|w| w.starts_with('/') && w.trim_matches('`').ends_with('?'))
    };
    // The same route under field labels again (`### URL` over `/x`, `### Method` over
    // `POST`) in another section of the same chapter, printed the same way (no query
    // string): one endpoint the chapter documents for several calls (send a message,
    // revoke it), more of the first operation.
    if let Some(first) = labelled_again(doc, ops, owner, h) {
        ops.push(repeat_at(doc, h, owner, first));
        return;
    }
    // A route signature of a directive (`.. http:get:: /outputs?key={key}&spent=true`)
    // repeating the method and path of an earlier one, its query string (or a trailing
    // `/`) aside: the one resource documented again for another query; one operation, the
    // query strings' names its parameters.
    if doc.blocks[h.block].is_heading()
        && directive_signature(doc, h.block)
        && let Some(first) = ops.iter().position(|o| {
            o.repeat_of.is_none()
                && o.block.is_some_and(|b| {
                    doc.blocks[b].is_heading()
                        && directive_signature(doc, b)
                        && heading_pick(doc, b) == heading_pick(doc, h.block)
                })
                && o.route.as_ref().is_some_and(|r| {
                    r.method == h.route.method
                        && r.path.trim_end_matches('/') == h.route.path.trim_end_matches('/')
                })
        })
    {
        if let Some(r) = ops[first].route.as_mut() {
            add_pairs(r, &h.route.pairs, |_| true);
        }
        ops.push(repeat_at(doc, h, owner, first));
        return;
    }
    if h.route.query
        && doc.blocks[h.block].is_heading()
        && let Some(first) = ops.iter().position(|o| {
            o.repeat_of.is_none()
                && o.block.is_some_and(|b| {
                    doc.blocks[b].is_heading()
                        && (open_query(b) || within_section(doc, Some(b), Some(h.block)))
                })
                && o.route
                    .as_ref()
                    .is_some_and(|r| r.method == h.route.method && r.path == h.route.path)
        })
    {
        if let Some(r) = ops[first].route.as_mut() {
            add_pairs(r, &h.route.pairs, |_| true);
        }
        ops.push(repeat_at(doc, h, owner, first));
        return;
    }
    // (A directive whose form value in brackets picks another call of the same URL,
    // `POST …/engine/job/(jobname) [action=launch]` after `[action=build]`: an operation
    // of its own.)
    let picked_apart = |o: &OpAt| {
        heading_pick(doc, h.block).is_some()
            && o.block
                .is_some_and(|b| heading_pick(doc, b) != heading_pick(doc, h.block))
    };
    if ops
        .iter()
        .any(|o| same(o) && !own_panel(o) && !picked_apart(o))
        && !declared
    {
        // The same template again with a query string of placeholders (a table's row
        // `/v2/<name>/tags/list?n=<integer>&last=<tagname>` under `/v2/<name>/tags/list`):
        // its query parameters are the operation's too.
        if h.route.query
            && let Some(o) = ops.iter_mut().find(|o| {
                o.route.as_ref().is_some_and(|r| {
                    r.method == h.route.method && shape(&r.path) == shape(&h.route.path)
                })
            })
            && let Some(r) = o.route.as_mut()
        {
            add_pairs(r, &h.route.pairs, placeholder_value);
        }
        // The same route on a line of its own again, documented once more (its own
        // description, list and examples follow): more of the same operation.
        if let Some(first) = repeated(doc, ops, h) {
            ops.push(repeat_at(doc, h, owner, first));
        }
        return;
    }
    // A template after its own example in the section takes the example's place; two
    // calls each with a value where the other has a placeholder (`/repos/encodedUrl/
    // mails/{mailKey}`, then `/repos/{repo}/mails/mail-key-1`) give one template.
    if let Some((o, path)) = ops.iter_mut().find_map(|o| {
        let path = o.route.as_ref().and_then(|r| {
            (o.heading == owner
                && r.method == h.route.method
                && h.route.path.contains('{')
                && !other_row(doc, o, h)
                && !reserved_apart(doc, o, h))
            .then(|| merged_template(&r.path, &h.route.path))
            .flatten()
        })?;
        Some((o, path))
    }) {
        let mut route = h.route.clone();
        route.path = path;
        o.route = Some(route);
        return;
    }
    // A route that ends the document with nothing after it was cut off by the capture:
    // its path cannot be trusted. (A table row closed by its `|`, or an HTML row whose
    // cells the source closes, `</td>`, was not cut.)
    let closed_row = doc.blocks[h.block].table().is_some()
        && (doc.source.text(h.line, h.line).trim_end().ends_with('|')
            || (doc.kind == crate::read::blocks::InputKind::Html
                && doc
                    .source
                    .text(h.line, doc.source.len())
                    .to_ascii_lowercase()
                    .contains("</td>")));
    // (A page written in Markdown or HTML that ends its last line, as an editor saves it,
    // was not cut: `## Logout` over `POST /client/logout` and a newline. A text capture may
    // be cut anywhere.)
    // (The lines of a text that ends its last line end with an empty one.)
    let ended = doc.source.lines.last().is_some_and(String::is_empty)
        && h.line < doc.source.len()
        && doc.kind != crate::read::blocks::InputKind::Text;
    if h.block + 1 >= doc.blocks.len()
        && !matches!(doc.blocks[h.block].kind, Kind::Heading { .. })
        && !closed_row
        && !ended
    {
        let last_line = doc.blocks[h.block].span.end_line;
        if h.line == last_line && owner.is_none_or(|o| o + 1 == h.block) {
            return;
        }
    }
    ops.push(hit_op(doc, h, owner));
}

/// Whether two paths print one template with placeholders named apart: segment by
/// segment equal, or both placeholders, at least one pair of names differing in more than
/// case (`/x/{frontend_id}/m/{rate_id}` and `/x/{frontend_id}/m/{conn_id}`; not
/// `/t/{traceID}` and `/t/{traceid}`, nor a placeholder against a value).
fn placeholders_named_apart(a: &str, b: &str) -> bool {
    let placeholder = |s: &str| s.starts_with('{') && s.ends_with('}');
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split('/').collect(), b.split('/').collect());
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x == y || (placeholder(x) && placeholder(y)))
        && a.iter()
            .zip(&b)
            .any(|(x, y)| placeholder(x) && !x.eq_ignore_ascii_case(y))
}

/// Whether block `b` is the signature of a directive declaring a route in the markup the
/// page was written in (reStructuredText's `.. http:get:: /path`, read as a heading).
fn directive_signature(doc: &Document, b: usize) -> bool {
    doc.original.as_ref().is_some_and(|o| {
        let line = o.line(doc.source.origin_line(doc.blocks[b].span.line));
        line.strip_prefix("..")
            .is_some_and(|d| d.trim_start().starts_with("http:"))
    })
}

/// Whether hit `h` is another row of the table of routes that gave `o`'s route: rows of
/// one table are each a route the table declares, so a literal row beside a template's
/// (`| /users/me | GET |` and `| /users/<id> | GET |`, in either order) is a route of its
/// own, no call of the template and no example the template replaces. A row with a query
/// string is still a call.
fn other_row(doc: &Document, o: &OpAt, h: &Hit) -> bool {
    o.block == Some(h.block)
        && doc.blocks[h.block].table().is_some()
        && o.route_at != h.line
        && !h.route.query
}

/// Whether hit `h` and the route of `o` are two templates of which one only holds a
/// URI template's reserved expansion (RFC 6570 `{+name}`, a value that may hold `/`): `GET
/// /repos/{+repo.slug}/tags` beside `GET /repos/{repo.id}/tags` is a route of its own, the
/// path by slug rather than by id, though the placeholders stand at the same place.
fn reserved_apart(doc: &Document, o: &OpAt, h: &Hit) -> bool {
    let reserved = |n: u32| doc.line(n).contains("{+");
    o.route.as_ref().is_some_and(|r| r.path.contains('{'))
        && h.route.path.contains('{')
        && o.route_at != h.line
        && reserved(o.route_at) != reserved(h.line)
}

/// The hit `h` as more of the operation `first` (the same route documented again).
fn repeat_at(doc: &Document, h: &Hit, owner: Option<usize>, first: usize) -> OpAt {
    OpAt {
        line: h.line,
        start: h.block,
        name: String::new(),
        repeat_of: Some(first),
        ..hit_op(doc, h, owner)
    }
}

/// Adds to `r` the query pairs of `pairs` it lacks by name whose value `keep` accepts.
fn add_pairs(r: &mut RouteText, pairs: &[(String, String)], keep: impl Fn(&str) -> bool) {
    for (name, value) in pairs {
        if keep(value) && !r.pairs.iter().any(|(n, _)| n == name) {
            r.pairs.push((name.clone(), value.clone()));
        }
    }
}

/// Whether `concrete` fills `template`'s placeholders with values (`devs@mg.net`, `42`,
/// `rf3t35fkax0aw`), as an example call does, rather than with words a route is made of
/// (`/lists/pages` beside `/lists/{address}`: an operation of its own).
pub(super) fn fills_with_values(concrete: &str, template: &str) -> bool {
    // (`my-first-snapshot`, several words joined by `-`, is a value a caller chose.)
    let word = |s: &str| {
        !s.is_empty()
            && s.len() <= 24
            && s.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && s.chars().filter(|c| "aeiou".contains(*c)).count() * 5 >= s.len()
    };
    // (`mymodel` for `{MODEL_NAME}`, `my-bucket` for `{bucket}`: the sample's own one,
    // named after what the placeholder names, is a value too.)
    let squeeze = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let mine = |c: &str, t: &str| {
        c.strip_prefix("my").is_some_and(|rest| {
            let rest = squeeze(rest);
            rest.len() >= 3 && squeeze(t).contains(&rest)
        })
    };
    filled_segments(concrete, template).any(|(c, t)| !word(c) || mine(c, t))
}

/// The segments of `concrete` standing where `template` has a placeholder, each with that
/// placeholder's segment (`/lists/devs@mg.net` of `/lists/{address}`: `devs@mg.net`,
/// `{address}`).
fn filled_segments<'a>(
    concrete: &'a str,
    template: &'a str,
) -> impl Iterator<Item = (&'a str, &'a str)> {
    concrete
        .split('/')
        .zip(template.split('/'))
        .filter(|(c, t)| t.contains('{') && !c.contains('{'))
}

/// The template two calls of one route give (`a` found first, `b` with a placeholder):
/// segment by segment, equal, or a placeholder on one side where the other has a value
/// (see [`fills_with_values`]). `None` when `b` adds no placeholder or the two differ
/// otherwise.
fn merged_template(a: &str, b: &str) -> Option<String> {
    let (sa, sb): (Vec<&str>, Vec<&str>) = (a.split('/').collect(), b.split('/').collect());
    if sa.len() != sb.len() {
        // (An example with a base path before the template: the template.)
        return (instance_of(a, b) && fills_with_values(a, b)).then(|| b.to_string());
    }
    let mut added = false;
    let mut out = Vec::with_capacity(sa.len());
    for (x, y) in sa.iter().zip(&sb) {
        match (x.starts_with('{'), y.starts_with('{')) {
            _ if x == y => out.push(*x),
            (false, true) if !x.is_empty() && fills_with_values(x, y) => {
                added = true;
                out.push(*y);
            }
            (true, false) if !y.is_empty() && fills_with_values(y, x) => out.push(*x),
            _ => return None,
        }
    }
    added.then(|| out.join("/"))
}

/// Whether an index's route `r` is the route `h` a section documents: the same method
/// and path shape, a trailing `/` aside (`/cluster/members/` in the table, `Get
/// /cluster/members responses` over the section).
fn indexed_as(r: &RouteText, h: &RouteText) -> bool {
    r.method == h.method
        && shape(r.path.trim_end_matches('/')) == shape(h.path.trim_end_matches('/'))
}

/// A block that indexes routes: a table or list giving routes of two paths or more (a
/// table's rows counted as written, those its sections declare again included).
fn index_block(doc: &Document, all: &[Hit], b: usize) -> bool {
    let rows: Vec<String> = doc.blocks[b]
        .table()
        .map(|t| {
            table_routes(t, doc.blocks[b].span.line)
                .into_iter()
                .map(|(_, r)| r.path)
                .collect()
        })
        .unwrap_or_default();
    let mut paths: Vec<&str> = all
        .iter()
        .filter(|x| x.block == b)
        .map(|x| x.route.path.as_str())
        .chain(rows.iter().map(String::as_str))
        .collect();
    paths.sort_unstable();
    paths.dedup();
    paths.len() >= 2
}

/// A fence of route lines alone, comment lines (`# Legacy`, `// v1`) and blank lines aside:
/// the routes a section declares, as a heading would, no call made.
///
/// ```text
/// GET,POST <api-prefix>/query
///
/// # Legacy
/// GET,POST <old-prefix>/query
/// ```
///
/// Each line is a route of its own, even where two differ only by a placeholder's name
/// (a configurable prefix, `<api-prefix>` or `<old-prefix>`), and a path of placeholders
/// only (`GET /<ui-prefix>`) is still a route.
pub(super) fn route_fence(doc: &Document, b: usize) -> bool {
    let block = &doc.blocks[b];
    let mut routes = 0;
    block.is_code()
        && block.text.lines().map(str::trim).all(|l| {
            let route = route_line(l).is_some();
            routes += usize::from(route);
            l.is_empty() || route || l.starts_with('#') || l.starts_with("//")
        })
        && routes > 0
}

/// A route in an item of a page's table of contents that links to a section the page does
/// not have (`- [`GET /x/all`](#get-x-all)` among items whose routes headings declare, `####
/// GET /x/{id}`): the contents name it, no section documents it; a mention, no operation.
fn dead_contents_links(doc: &Document, ops: &mut Vec<OpAt>) {
    let linked = |b: usize| {
        matches!(doc.blocks[b].kind, Kind::Item { .. })
            && doc.line(doc.blocks[b].span.line).contains("](#")
    };
    let headed: Vec<RouteText> = ops
        .iter()
        .filter(|o| o.block.is_some_and(|b| doc.blocks[b].is_heading()))
        .filter_map(|o| o.route.clone())
        .collect();
    // (The run of items around `b`: its list.)
    let contents = |b: usize| {
        let item = |i: &usize| matches!(doc.blocks[*i].kind, Kind::Item { .. });
        let first = (0..=b).rev().take_while(item).last().unwrap_or(b);
        let last = (b..doc.blocks.len()).take_while(item).last().unwrap_or(b);
        (first..=last).any(|i| {
            i != b
                && linked(i)
                && route_line(&doc.blocks[i].text)
                    .is_some_and(|r| headed.iter().any(|h| indexed_as(&r, h)))
        })
    };
    ops.retain(|o| {
        !o.block.is_some_and(|b| {
            linked(b)
                && o.route
                    .as_ref()
                    .is_some_and(|r| !headed.iter().any(|h| indexed_as(r, h)))
                && contents(b)
        })
    });
}

/// A block that lists routes: not a heading, two or more of its lines a route each.
fn route_list(doc: &Document, b: usize) -> bool {
    let block = &doc.blocks[b];
    if block.is_heading() {
        return false;
    }
    let routes = |x: &Block| x.text.lines().filter(|l| route_line(l).is_some()).count();
    // (An item of a list of routes, one per item, or one linking to its section:
    // `- [`POST /killRoom`](#post-killroom)`.)
    let item_of_list = matches!(block.kind, Kind::Item { .. })
        && routes(block) == 1
        && (doc.line(block.span.line).contains("](#")
            || [b.checked_sub(1), Some(b + 1)]
                .into_iter()
                .flatten()
                .any(|n| {
                    doc.blocks
                        .get(n)
                        .is_some_and(|x| matches!(x.kind, Kind::Item { .. }) && routes(x) == 1)
                }));
    item_of_list || routes(block) >= 2
}

/// The operation route hit `h` defines under heading `owner` (none: the page): named by
/// the heading, else by its route; its extent from the heading to the page's end (set
/// later).
fn hit_op(doc: &Document, h: &Hit, owner: Option<usize>) -> OpAt {
    let mut name = match owner {
        Some(o) => op_name(&doc.blocks[o].text, &h.route),
        None => format!("{} {}", h.route.method, h.route.path),
    };
    // (The call a directive's form value picks is named with it: `POST
    // /engine/job/{jobname} [action=launch]`.)
    if let Some(pick) = heading_pick(doc, h.block)
        && name == format!("{} {}", h.route.method, h.route.path)
    {
        name = format!("{name} {pick}");
    }
    OpAt {
        route: Some(h.route.clone()),
        rpc: None,
        line: owner.map_or(h.line, |o| doc.blocks[o].span.line),
        route_at: h.line,
        start: owner.map_or(h.block, |o| o + 1),
        end: doc.blocks.len(),
        name,
        heading: owner,
        block: Some(h.block),
        repeat_of: None,
        more: Vec::new(),
        tail: None,
        own: Vec::new(),
        listed: None,
        index_doc: None,
    }
}

/// Whether hit `h` (owned by heading `owner`; `example`: with a host or a query string) is
/// the route of `o` again: the same route anywhere on the page, or an instance of it in
/// the same section (a concrete id, a query string, a base path before it). A call with a
/// query string is an example wherever it stands; a call to a concrete URL under a
/// sub-heading of an operation's section (`### Examples` under `## Retrieve a user`) is
/// its example; a template after its own example in the section takes the example's
/// place.
fn same_route(doc: &Document, o: &OpAt, h: &Hit, owner: Option<usize>, example: bool) -> bool {
    o.route.as_ref().is_some_and(|r| {
        // (A concrete path where the route before it has placeholders.)
        let concrete = !h.route.path.contains('{') && r.path.contains('{');
        // (A template declared outside code, its placeholders as the page wrote them, with
        // a literal segment before the other's
        // (`/inscriptions/block/<BLOCKHEIGHT>` after `/block/<BLOCKHEIGHT>`, each a
        // `<summary>` of its own) is a route of its own, no call through a base path.)
        let longer_template = h.route.path.contains('{')
            && h.route.named.is_empty()
            && !example
            && !doc.blocks[h.block].is_code()
            && h.route.path.trim_matches('/').split('/').count()
                > r.path.trim_matches('/').split('/').count();
        // (Another of the URLs one label gives as alternatives, `URI: `/x/${tenantId}/
        // ${deviceId}` or `/x//${deviceId}``, is a route of its own.)
        // (Both templates: a concrete call read from the same run of items is an example.)
        let same_label = o.block == Some(h.block)
            && o.route_at == h.line
            && !h.route.query
            && h.route.path.contains('{')
            && r.path.contains('{');
        let same_table = other_row(doc, o, h);
        // (A line of one fence of routes under a comment of its own, its placeholders
        // named otherwise: `<old-prefix>/query` under `# Legacy`, after
        // `<api-prefix>/query`, a route of its own; lines with no comment between them
        // spell one route two ways, `/x/{id}` and `/x/{name}`.)
        let other_line = o.block == Some(h.block)
            && o.route_at < h.line
            && r.path != h.route.path
            && shape(&r.path) == shape(&h.route.path)
            && !h.route.query
            && route_fence(doc, h.block)
            && (o.route_at + 1..h.line).any(|n| {
                let l = doc.line(n).trim();
                l.starts_with('#') || l.starts_with("//")
            });
        // (A concrete segment the title of its own section spells out word for word
        // (`/workflow/names-and-versions` under `### Get Workflow Names and Versions`,
        // after `/workflow/{name}`) is a word of another route, no value of the template.)
        let titled = owner.is_some_and(|t| {
            o.heading != owner && title_spells(&doc.blocks[t].text, &h.route.path, &r.path)
        });
        // (A route an object literal's fields declare, `method: "GET",` over `path:
        // "/boxes/count",` after `/boxes/{id}`, is its own, no value of the template.)
        let object = literal_method(doc.line(h.line)).is_some();
        // (Two items each opening with its method in bold, `- **GET** /stats` then `-
        // **GET** /me/stats`, declare two routes: no call through a base path.)
        // (Nor do two path items each over an item giving their method, `* /biblistes/{id}`
        // / `    * Méthode autorisée : GET`, then `* /biblistes/simpleliste` / its own.)
        let items = (bold_method_item(doc, h)
            && o.block
                .is_some_and(|b| b != h.block && bold_method_at(doc, b, o.route_at, &r.method)))
            || o.block.is_some_and(|b| {
                b != h.block
                    && path_item_over(doc, h.block)
                        .is_some_and(|p| path_item_over(doc, b).is_some_and(|q| p != q))
            });
        r.method == h.route.method
            && !other_line
            && !reserved_apart(doc, o, h)
            && (shape(&r.path) == shape(&h.route.path)
                || (!longer_template
                    && !items
                    && !titled
                    && !object
                    && ((o.heading == owner && !same_label && !same_table)
                    // (A template with a sample query string under a heading of its own,
                    // `/purge/user/<user id>?before_ts=1`, is no call of `/purge/{server}/{id}`.)
                    || (h.route.query && !h.route.path.contains('{'))
                    || (example && within_section(doc, o.heading, owner))
                    // A call to a host with concrete values where a template
                    // documented before has placeholders: its example.
                    || (example && concrete)
                    // A concrete request in code where the template is declared by a
                    // heading (`## POST /{db}`, later `POST /db HTTP/1.1`): its example.
                    || (doc.blocks[h.block].is_code()
                        && concrete
                        && o.block.is_some_and(|b| doc.blocks[b].is_heading()))
                    // A concrete call anywhere after the template, its placeholders
                    // filled with values (`/_snapshot/my-fs-repository` of
                    // `/_snapshot/{repository}/`): its example.
                    || (concrete && fills_with_values(&h.route.path, &r.path)))
                    && instance_of(&h.route.path, &r.path))
                // A request in code in the route's own section on the route cut before
                // its last placeholder (`GET /count/ HTTP/1.1` under `/count/(string:
                // resource)/`, "all resources or the provided one"): its example with the
                // value left out.
                || (o.heading == owner
                    && doc.blocks[h.block].is_code()
                    && !h.route.path.contains('{')
                    && without_last_placeholder(&r.path)
                        .is_some_and(|p| p == h.route.path.trim_end_matches('/'))))
    })
}

/// Whether every segment of `concrete` standing where `template` has a placeholder (see
/// [`filled_segments`]) is made of words (split at `-` and `_` and camel case, three letters or more each, at least two of them)
/// that the heading `title` contains, singular or plural: the title names that segment.
fn title_spells(title: &str, concrete: &str, template: &str) -> bool {
    let title: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let has = |w: &str| {
        title
            .iter()
            .any(|t| t == w || t.trim_end_matches('s') == w.trim_end_matches('s'))
    };
    let filled: Vec<&str> = filled_segments(concrete, template)
        .map(|(c, _)| c)
        .collect();
    !filled.is_empty()
        && filled.iter().all(|c| {
            // (In camel case too: `getMultipleItems` under `Get multiple items`.)
            let words: Vec<String> = c
                .split(['-', '_'])
                .flat_map(camel_words)
                .filter(|w| !w.is_empty())
                .collect();
            words.len() >= 2
                && words
                    .iter()
                    .all(|w| w.len() >= 3 && w.chars().all(|ch| ch.is_ascii_lowercase()) && has(w))
        })
}

/// The words of a camel-case name in lower case (`getMultipleItems`: `get`, `multiple`,
/// `items`); a name in one case is one word.
fn camel_words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, c) in name.char_indices() {
        if i == 0 || c.is_ascii_uppercase() {
            out.push(String::new());
        }
        if let Some(w) = out.last_mut() {
            w.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// The path without its last segment when that is a placeholder (`/count/{resource}/`:
/// `/count`), trailing `/` left out; `None` when the path ends in a literal.
fn without_last_placeholder(path: &str) -> Option<&str> {
    let path = path.trim_end_matches('/');
    let (head, last) = path.rsplit_once('/')?;
    (last.starts_with('{') && last.ends_with('}') && !head.is_empty()).then_some(head)
}

/// A concrete call (a host or a query string, concrete values) in an operation's section
/// with another method than its route: an example written with the wrong method, not a
/// new operation.
fn own_call(doc: &Document, ops: &[OpAt], owner: Option<usize>, h: &Hit, example: bool) -> bool {
    // (Concrete where the route has a placeholder: `/users/{user}/mailboxes/INBOX.work`
    // under `/users/{user}/mailboxes/{mailbox}`.)
    example
        && ops.iter().any(|o| {
            (o.heading == owner || within_section(doc, o.heading, owner))
                && o.route.as_ref().is_some_and(|r| {
                    r.path.contains('{')
                        && shape(&r.path) != shape(&h.route.path)
                        && instance_of(&h.route.path, &r.path)
                })
        })
}

/// A page that documents one operation: the page is its extent, and when the route sits
/// under an admonition (`# Post Message` over `## IMPORTANT`), or under a label heading
/// after a sibling section of its own (`# Shelf Books` over `## Screenshot`, then `## HTTP
/// Request` holding the route), the page title names it.
fn single_operation(doc: &Document, ops: &mut [OpAt]) {
    if let [only] = ops
        && only.route.is_some()
    {
        only.start = 0;
        only.end = doc.blocks.len();
        // (The heading's section ends before the route: a sibling, not the route's.)
        let sibling = |h: usize| {
            let level = doc.blocks[h].level();
            only.block.is_some_and(|b| {
                (h + 1..b).any(|i| {
                    doc.blocks[i].is_heading()
                        && doc.blocks[i].level().is_some_and(|l| Some(l) <= level)
                })
            })
        };
        if let (Some(h), Some(route)) = (only.heading, &only.route)
            && (is_admonition(&doc.blocks[h].text) || sibling(h))
            && let Some((t, top)) = doc.headings().find(|(_, b)| b.level() == Some(1))
            && t < h
        {
            only.name = op_name(&top.text, route);
        }
    }
}

/// The item holding only a path that item `block`, nested right under it, gives the method
/// of (`* /biblistes/{id}` over `    * Méthode autorisée : GET`).
fn path_item_over(doc: &Document, block: usize) -> Option<usize> {
    let d = doc.blocks[block].depth().filter(|&d| d > 0)?;
    let p = (0..block)
        .rev()
        .take_while(|&j| matches!(doc.blocks[j].kind, Kind::Item { .. }))
        .find(|&j| doc.blocks[j].depth().is_some_and(|pd| pd < d))?;
    let first = doc.blocks[p].text.lines().next().unwrap_or("").trim();
    (doc.blocks[p].depth() == Some(d - 1)
        && first.starts_with('/')
        && !first.contains(char::is_whitespace))
    .then_some(p)
}

/// The operation a route hit documents again, if it does: the same method and path as
/// an operation found before, written as a line of its own (or an item over nested items;
/// not under an example label, not with a query string) with more text after it.
fn repeated(doc: &Document, ops: &[OpAt], h: &Hit) -> Option<usize> {
    let b = &doc.blocks[h.block];
    // (Or an item of its own over items nested under it, its facts: `* **/categories
    // [GET]**` over `* **Method:** GET` and `* **Parameters:**`, after an index of the
    // routes.)
    let over_nested = b.depth().is_some_and(|d| {
        doc.blocks
            .get(h.block + 1)
            .and_then(Block::depth)
            .is_some_and(|n| n > d)
    }) && !b.text.trim().contains('\n')
        // (The item is the route, not a fact naming its method, `1. Method: GET`.)
        && (b.text.trim_start().starts_with('/') || route_line(b.text.trim()).is_some());
    // (Or the item of its method nested under the item of its path, `* **/opts/flag**` over
    // `* **Method:** POST`, its other facts after it.)
    let under_path_item = b.depth().is_some_and(|d| {
        h.block > 0
            && doc.blocks[h.block - 1].depth().is_some_and(|p| p < d)
            && doc.blocks[h.block - 1].text.trim_start().starts_with('/')
    });
    let own_line = (b.kind == Kind::Paragraph && !b.text.trim().contains('\n'))
        || over_nested
        || under_path_item;
    let under_label = h.block > 0 && block_label(&doc.blocks[h.block - 1]).is_some();
    let followed = doc.blocks.get(h.block + 1).is_some_and(|n| !n.is_heading());
    if !own_line || under_label || !followed || h.route.query {
        return None;
    }
    ops.iter().position(|o| {
        o.repeat_of.is_none()
            && o.route
                .as_ref()
                .is_some_and(|r| r.method == h.route.method && r.path == h.route.path)
    })
}

/// The operation a route under a field label heading documents again (see
/// [`field_label_routes`]): one given under field labels before it, on the same method and
/// path, neither with a query string, whose section and `owner` sit under the same chapter
/// heading (the nearest heading above ranked over them, one of several of its rank: not
/// the page's title). Sections of other chapters giving the same route, or of a page
/// without chapters, stay operations of their own.
fn labelled_again(doc: &Document, ops: &[OpAt], owner: Option<usize>, h: &Hit) -> Option<usize> {
    let labelled = |b: usize| doc.blocks[b].is_heading() && field_label(&doc.blocks[b]).is_some();
    let owner = owner?;
    if !labelled(h.block) || h.route.query {
        return None;
    }
    let chapter = |t: usize| {
        let level = doc.blocks[t].level().filter(|&l| l > 1)?;
        (0..t)
            .rev()
            .find(|&k| doc.blocks[k].level().is_some_and(|l| l > 0 && l < level))
    };
    let mine = chapter(owner)?;
    let rank = doc.blocks[mine].level();
    if doc.blocks.iter().filter(|b| b.level() == rank).count() < 2 {
        return None;
    }
    ops.iter().position(|o| {
        o.repeat_of.is_none()
            && o.heading
                .is_some_and(|t| t != owner && chapter(t) == Some(mine))
            && o.block.is_some_and(labelled)
            && o.route
                .as_ref()
                .is_some_and(|r| !r.query && r.method == h.route.method && r.path == h.route.path)
    })
}

/// A heading that is an admonition (`IMPORTANT`, `Note`, `Warning`), as Markdown
/// references write them, rather than a topic.
fn is_admonition(text: &str) -> bool {
    let t = clean_heading(text).to_lowercase();
    matches!(
        t.trim_matches(|c: char| !c.is_alphanumeric()),
        "important" | "note" | "notes" | "warning" | "caution" | "tip" | "info"
    )
}

/// Operations whose routes stand under field labels (`##### URL`, [`field_label_routes`])
/// and share the section over them, or at a heading holding only a path
/// ([`path_heading_routes`]), are named by their routes.
fn field_label_names(doc: &Document, ops: &mut [OpAt]) {
    for k in 0..ops.len() {
        let Some(b) = ops[k].block else { continue };
        let shared = ops
            .iter()
            .filter(|o| o.heading == ops[k].heading && o.repeat_of.is_none())
            .count()
            > 1;
        // A heading holding only a path names nothing but the route.
        if (shared && field_label(&doc.blocks[b]).is_some()
            || path_heading(&doc.blocks[b]).is_some())
            && let Some(r) = &ops[k].route
        {
            ops[k].name = format!("{} {}", r.method, r.path);
        }
    }
}

/// Each operation's extent: from its heading to the next heading of the same or a higher
/// level or the next operation's heading; operations sharing a heading split it at their
/// routes. A parameter label set at the operation's own level (`### List teams` over its
/// route, then `### Query Parameters`, a page's slip of levels), or a label of its route
/// (`### Rate limits` then `### HTTP Endpoint` over the route), is no new section: the
/// operation goes on under it. So does a route heading set deeper than the title of its
/// section (`## List metrics` over `#### GET /v2.0/metrics`): the labels up to the title's
/// level (`#### Headers`, `### Response` over `#### Status Code`) are the call's, up to
/// the next topic heading.
fn set_extents(doc: &Document, ops: &mut [OpAt]) {
    split_extents(doc, ops);
    stacked_route_headings(doc, ops);
    stacked_route_lines(doc, ops);
    group_sentence_tails(doc, ops);
}

/// A run of path items (`` * `/add` - … ``) followed by a sentence pointing back at them,
/// which goes on to a list of what they take (`These accept `POST`. Headers which must be
/// set are:` over `- `Flag`: …`): that sentence and its list, up to the next path item or
/// heading, are read by every operation of the run, not only by the last one's.
fn group_sentence_tails(doc: &Document, ops: &mut [OpAt]) {
    use super::evidence::{path_item, points_back};
    let mut k = 0;
    while k < ops.len() {
        let Some(first) = ops[k].block.filter(|&b| path_item(doc, b).is_some()) else {
            k += 1;
            continue;
        };
        // (The run's items, whether each is an operation or the same route again.)
        let tail = (first..doc.blocks.len())
            .find(|&i| path_item(doc, i).is_none())
            .unwrap_or(doc.blocks.len());
        let j = (k..ops.len())
            .find(|&n| ops[n].block.is_none_or(|b| b >= tail))
            .unwrap_or(ops.len());
        let sentence = doc.blocks.get(tail).is_some_and(|b| {
            b.kind == Kind::Paragraph
                && points_back(&b.text.split_whitespace().collect::<Vec<_>>().join(" ")).is_some()
        });
        if sentence && ops[j - 1].end > tail {
            let end = (tail + 1..ops[j - 1].end)
                .find(|&i| doc.blocks[i].is_heading() || path_item(doc, i).is_some())
                .unwrap_or(ops[j - 1].end);
            ops[j - 1].end = tail;
            for op in &mut ops[k..j] {
                op.more.push((tail, end));
            }
            // (A route of the run documented before: it reads the list too.)
            for b in first..tail {
                if let Some(o) = ops[..k].iter_mut().find(|o| {
                    o.repeat_of.is_none()
                        && o.route.as_ref().is_some_and(|r| {
                            path_item(doc, b)
                                .is_some_and(|p| r.path == p.split('?').next().unwrap_or(p))
                        })
                }) {
                    o.more.push((tail, end));
                }
            }
        }
        k = j;
    }
}

/// Route headings stacked with nothing between them (`### GET /pets/{id}/photos` right over
/// `### GET /pets/photos`, as a Sphinx directive gives one call two signatures): the upper
/// ones read the section under the last, their extent being only their heading.
fn stacked_route_headings(doc: &Document, ops: &mut [OpAt]) {
    for k in (0..ops.len().saturating_sub(1)).rev() {
        let (a, b) = (&ops[k], &ops[k + 1]);
        let (Some(ha), Some(hb)) = (a.heading, b.heading) else {
            continue;
        };
        if hb == ha + 1
            && a.end <= a.start
            && a.block == Some(ha)
            && b.block == Some(hb)
            && a.route.is_some()
            && b.route.is_some()
            && a.repeat_of.is_none()
            && b.repeat_of.is_none()
            && doc.blocks[ha].level() == doc.blocks[hb].level()
            && b.end > b.start
        {
            let mut more = vec![(b.start, b.end)];
            more.extend(b.more.iter().copied());
            ops[k].more.extend(more);
        }
    }
}

/// Route lines stacked in paragraphs of their own with nothing between them (`` `GET
/// /boxes/search?name=x` `` right over `` `GET /boxes/search_any?name=x` ``, then the text
/// and the list of options): the upper ones read what follows the last, as the routes of one
/// code block do.
fn stacked_route_lines(doc: &Document, ops: &mut [OpAt]) {
    let route_only = |b: usize| {
        let x = &doc.blocks[b];
        x.kind == Kind::Paragraph
            && x.text.trim().lines().count() == 1
            && route_line(&x.text).is_some()
    };
    for k in (0..ops.len().saturating_sub(1)).rev() {
        let (a, b) = (&ops[k], &ops[k + 1]);
        let (Some(pa), Some(pb)) = (a.block, b.block) else {
            continue;
        };
        // (Or a route heading right over a line giving its other route, `##### GET
        // /participants/{Type}/{ID}` over `Alternative URI: GET /participants/{Type}/{ID}/
        // {SubId}`: one service at two routes, the section under them both's.)
        let heading_then_line = a.heading == Some(pa)
            && doc.blocks[pa].is_heading()
            && doc.blocks[pb].kind == Kind::Paragraph
            && doc.blocks[pb].text.trim().lines().count() == 1;
        if pb == pa + 1
            && ((route_only(pa) && route_only(pb)) || heading_then_line)
            && a.heading == b.heading
            && a.route.is_some()
            && b.route.is_some()
            && a.repeat_of.is_none()
            && b.repeat_of.is_none()
            && b.end > pb + 1
        {
            let mut more = vec![(pb + 1, b.end)];
            more.extend(b.more.iter().copied());
            ops[k].more.extend(more);
        }
    }
}

/// A word in capitals the page's prose sets in bold or code as what to fill in (`Na URL,
/// informe em **CHAVE** a chave da nota`, `replace `TOKEN` with …`) is a placeholder in
/// every route that has it as a segment (`/v2/nfes_recebidas/CHAVE.json` →
/// `/v2/nfes_recebidas/{CHAVE}.json`); a file extension after it stays.
fn filled_capitals(doc: &Document, all: &mut [Hit]) {
    let mut words: Vec<String> = Vec::new();
    for b in &doc.blocks {
        if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) {
            continue;
        }
        let src = doc.source.text(b.span.line, b.span.end_line);
        for mark in ["**", "`"] {
            let pieces: Vec<&str> = src.split(mark).collect();
            for k in (1..pieces.len().saturating_sub(1)).step_by(2) {
                let w = pieces[k];
                // (A word: `AAAAAAAAAAAAAAAA`, an example storage index, is a value.)
                let mut letters: Vec<char> = w.chars().collect();
                letters.sort_unstable();
                letters.dedup();
                if super::routes::capital_word(w)
                    && w.chars().all(|c| c.is_ascii_uppercase())
                    && letters.len() >= 3
                    && !words.iter().any(|x| x == w)
                {
                    words.push(w.to_string());
                }
            }
        }
    }
    if words.is_empty() {
        return;
    }
    for h in all.iter_mut() {
        let segs: Vec<String> = h
            .route
            .path
            .split('/')
            .map(|seg| {
                let (stem, ext) = seg.split_once('.').unwrap_or((seg, ""));
                if words.iter().any(|w| w == stem) && super::METHODS.iter().all(|m| *m != stem) {
                    if ext.is_empty() {
                        format!("{{{stem}}}")
                    } else {
                        format!("{{{stem}}}.{ext}")
                    }
                } else {
                    seg.to_string()
                }
            })
            .collect();
        h.route.path = segs.join("/");
    }
}

/// Each operation's extent, before stacked route headings share theirs.
fn split_extents(doc: &Document, ops: &mut [OpAt]) {
    let heads: Vec<Option<usize>> = ops.iter().map(|o| o.heading).collect();
    for op in ops.iter_mut() {
        let end = match op.heading {
            // (An item naming the operation: up to the next item of its list.)
            Some(h) if let Kind::Item { depth, .. } = doc.blocks[h].kind => {
                super::rpc::item_end(doc, h, depth)
            }
            Some(h) => {
                let level = doc.blocks[h].level().unwrap_or(0);
                // (A route heading: the level of the title over it, when it has one.)
                let title = (op.block == Some(h) && level > 1)
                    .then(|| {
                        doc.blocks[..h]
                            .iter()
                            .rev()
                            .filter_map(Block::level)
                            .find(|&l| l > 0 && l < level)
                    })
                    .flatten();
                (h + 1..doc.blocks.len())
                    .find(|&i| {
                        let b = &doc.blocks[i];
                        // (Or a label of the route, `### HTTP Endpoint` over it.)
                        let params_label = b.level() == Some(level)
                            && (matches!(
                                super::labels::heading_ctx(&b.text),
                                Some(Ctx::Params(_) | Ctx::Form)
                            ) || field_label(b).is_some());
                        let call_label = title.is_some_and(|t| {
                            b.level().is_some_and(|l| l > t) && is_label_heading(&b.text)
                        });
                        heads.contains(&Some(i))
                            || (b.level().is_some_and(|l| level > 0 && l > 0 && l <= level)
                                && !params_label
                                && !call_label)
                    })
                    .unwrap_or(doc.blocks.len())
            }
            None => {
                // The page: up to the first heading that owns an operation.
                (op.start..doc.blocks.len())
                    .find(|&i| heads.contains(&Some(i)))
                    .unwrap_or(doc.blocks.len())
            }
        };
        op.end = end;
    }
    // Operations sharing an owner split its extent at their defining routes.
    let mut k = 0;
    while k < ops.len() {
        let mut j = k + 1;
        while j < ops.len() && ops[j].heading == ops[k].heading && ops[k].route.is_some() {
            j += 1;
        }
        if j - k > 1 {
            let at: Vec<usize> = (k..j)
                .map(|n| ops[n].block.unwrap_or(ops[n].start))
                .collect();
            let end = ops[k].end;
            // Routes in one code block (`PUT /x` over `PATCH /x`), or in code blocks right
            // after one another (`GET http://host/query`, then `POST http://host/query`),
            // are one group: they share what follows.
            let mut group = vec![0usize; j - k];
            for n in k + 1..j {
                let (a, b) = (at[n - 1 - k], at[n - k]);
                let adjacent_code =
                    b == a + 1 && doc.blocks[a].is_code() && doc.blocks[b].is_code();
                group[n - k] = group[n - 1 - k] + usize::from(a != b && !adjacent_code);
            }
            for n in k..j {
                if n > k {
                    ops[n].start = at[n - k];
                }
                // Up to the next route in another block: routes in one code block (`PUT
                // /x` over `PATCH /x`) share what follows it.
                // (A table of operations splits at its rows; a table whose one row gives
                // two routes, `/v1/x/:id <br /> /v1/x`, is the route of the whole section.)
                let one_row = (k..j).all(|m| ops[m].route_at == ops[k].route_at);
                let table = doc.blocks[at[n - k]].table().is_some() && !one_row;
                ops[n].end = match (n + 1..j).find(|&m| group[m - k] != group[n - k]) {
                    _ if table && n + 1 < j => at[n + 1 - k],
                    Some(m) => at[m - k],
                    None => end,
                };
                // The last row of a table of operations (`Path | Method | Description`):
                // its row, not the prose after the table.
                if table && n + 1 == j && n > k && at[n - k] == at[n - k - 1] {
                    ops[n].end = at[n - k] + 1;
                }
            }
            // Parameter sections right after a table of operations, inside the section
            // (`| Method | Request URI | … |` over `### URI Request Parameters` and `###
            // Request Body Parameters`): shared by the table's rows, each reading them. So
            // is a field table with a column per method right after it (`| Field | Type |
            // `GET` | `POST` | `PATCH` |`), each row reading its own column.
            // (The rows of the table the section opens with: a route shown again after it,
            // `__POST /api/curves__` over an example, is no row.)
            let last = at[0];
            let rows: Vec<usize> = (k..j).filter(|&n| at[n - k] == last).collect();
            let next = doc.blocks.get(last + 1);
            let method_table = next
                .and_then(Block::table)
                .is_some_and(|t| super::tables::method_columns(t).is_some());
            // (Or a heading titling them in other words over a sentence saying they go in
            // the query string, `### Resource Options` over "With the following optional URI
            // parameters the GET request can be filtered and sorted:" and a table of them.)
            let params_heading = next.is_some_and(|b| {
                b.is_heading()
                    && (matches!(
                        super::labels::heading_ctx(&b.text),
                        Some(Ctx::Params(_) | Ctx::Form)
                    ) || shared_parameter_table(doc, last + 1))
            });
            let shared = doc.blocks[last].table().is_some()
                && rows.len() > 1
                && (rows.len() == j - k || method_table)
                && !rows.iter().all(|&m| ops[m].route_at == ops[k].route_at)
                && (params_heading || method_table)
                && end > last + 1;
            if shared {
                for &n in &rows {
                    ops[n].tail = Some((last + 1, end));
                    ops[n].more.push((last + 1, end));
                }
            }
            // Rows of one table are named by their routes, not all by the section's heading.
            for n in k..j {
                let row = (n > k && at[n - k] == at[n - k - 1])
                    || (n + 1 < j && at[n - k] == at[n + 1 - k]);
                if row
                    && doc.blocks[at[n - k]].table().is_some()
                    && let Some(r) = &ops[n].route
                {
                    ops[n].name = format!("{} {}", r.method, r.path);
                }
            }
        }
        k = j;
    }
}

/// Operations opened by a template tag on a line of its own (GitBook's `{% api-method
/// method="get" path="…" %}`, `{% swagger … summary="…" %}`) under a heading they share:
/// each starts at its tag (a model table before the first is the page's, not its
/// parameters), and is named by the tag's `summary`/`title` attribute, else by the text of
/// the `{% …-summary %}` tag inside it.
fn template_tag_ops(doc: &Document, ops: &mut [OpAt]) {
    let shared = |h: Option<usize>| ops.iter().filter(|o| o.heading == h).count() > 1;
    let shared: Vec<bool> = ops.iter().map(|o| shared(o.heading)).collect();
    for (op, shared) in ops.iter_mut().zip(shared) {
        let Some(b) = op.block else { continue };
        let tag = &doc.blocks[b];
        if !tag.is_code() || !tag.text.trim_start().starts_with("{%") || op.route.is_none() {
            continue;
        }
        if shared {
            op.start = op.start.max(b);
        }
        let attr = ["summary=", "title="].iter().find_map(|a| {
            let at = tag.text.find(a)?;
            super::block_routes::attr_value(&tag.text[at + a.len()..])
        });
        let inner = (b + 1..op.end.min(doc.blocks.len()))
            .find(|&i| {
                let t = doc.blocks[i].text.trim();
                doc.blocks[i].is_code()
                    && t.starts_with("{%")
                    && t.trim_start_matches("{%")
                        .split_whitespace()
                        .next()
                        .is_some_and(|n| n.ends_with("-summary"))
            })
            .and_then(|i| doc.blocks.get(i + 1))
            .filter(|p| matches!(p.kind, Kind::Paragraph))
            .map(|p| p.text.trim().to_string());
        if let Some(name) = attr.or(inner).filter(|n| !n.trim().is_empty()) {
            op.name = name;
        }
    }
    // (A block of parameter tags printed before the tag that opens the call, `{%
    // parameters get %}` … `{% endparameters %}` over `{% apiexample get GET https://… %}`:
    // the call's own, its extent starts there.)
    let tag_name = |i: usize| -> Option<String> {
        let t = doc.blocks[i].text.trim();
        (doc.blocks[i].is_code() && t.starts_with("{%")).then(|| {
            t[2..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        })
    };
    for k in 0..ops.len() {
        let Some(b) = ops[k].block.filter(|&b| tag_name(b).is_some()) else {
            continue;
        };
        let floor = k
            .checked_sub(1)
            .and_then(|p| ops[p].block)
            .map_or(0, |p| p + 1);
        // (The opening tag on a line of its own, or ending the paragraph before the list.)
        let opens = |i: usize| {
            let t = &doc.blocks[i].text;
            t.rfind("{%").is_some_and(|at| {
                let name = t[at + 2..].split_whitespace().next().unwrap_or("");
                !name.starts_with("end")
                    && (name.ends_with("parameters") || name.ends_with("params"))
            })
        };
        let opener = (floor..b).rev().find(|&i| opens(i));
        if let Some(j) = opener
            && (j + 1..b).all(|i| tag_name(i).is_some())
            && j < ops[k].start
        {
            ops[k].start = j;
            if let Some(prev) = k.checked_sub(1) {
                ops[prev].end = ops[prev].end.min(j);
            }
        }
    }
}

/// An operation's name from its heading: without anchors, shortcodes and the route.
fn op_name(heading: &str, route: &RouteText) -> String {
    let mut t = clean_heading(heading);
    // `Get Channel % GET /channels/{channel.id}`: the part before the route.
    if heading_route(&t).is_some() {
        let words: Vec<&str> = t.split_whitespace().collect();
        if let Some(at) = words.iter().position(|w| method_word(w).is_some()) {
            let before = words[..at].join(" ");
            let before = before
                .trim()
                .trim_end_matches(['%', '-', '–', '|', ':'])
                .trim();
            t = before.to_string();
        }
    }
    if t.is_empty() {
        format!("{} {}", route.method, route.path)
    } else {
        t
    }
}
