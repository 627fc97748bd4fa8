//! Operations whose route a Redoc capture lost or printed after their content: panels read
//! by their labels.

use super::evidence::hits;
use super::labels::{Ctx, block_label, clean_heading, is_label_heading, status_label};
use super::locate::OpAt;
use super::responses::status_item;
use super::samples::media_type_text;
use crate::read::blocks::{Block, Document, Kind};

/// Operations whose route the page does not show at all (a two-panel capture that lost
/// it): a `Responses` label outside every operation found, with request labels before it
/// (`Authorizations`, parameters, a body schema) or a samples panel after its statuses, is
/// an operation of unknown route. It runs from its title (read back as for a trailing
/// route, [`panel_title`]) to the end of its samples panel. On a page whose operations are
/// such panels, routes before the first of them are the introduction's examples (`Request:`
/// / `GET https://…/api/v1/`), not operations.
pub(super) fn routeless_panels(doc: &Document, ops: &mut Vec<OpAt>) {
    let anchors: Vec<usize> = (0..doc.blocks.len())
        .filter(|&i| responses_label(&doc.blocks[i]) && !claimed(doc, ops, i))
        .collect();
    if anchors.is_empty() {
        return;
    }
    let routes: Vec<usize> = hits(doc).iter().map(|h| h.block).collect();
    let mut found: Vec<OpAt> = Vec::new();
    let mut floor = 0;
    for n in 0..anchors.len() {
        if let Some((panel, end)) = panel_at(doc, ops, &found, &anchors, n, &routes, floor) {
            found.extend(panel);
            floor = end;
        }
    }
    if found.is_empty() {
        return;
    }
    // Routes before the first panel, outside every panel: the introduction's examples.
    if let Some(first) = found.first().map(|o| o.start) {
        let panel = |o: &OpAt| {
            o.block
                .is_some_and(|rb| (o.start..rb).any(|i| responses_label(&doc.blocks[i])))
        };
        let ranked = |o: &OpAt| {
            o.heading
                .is_some_and(|h| doc.blocks[h].level().is_some_and(|l| l > 0))
        };
        ops.retain(|o| o.start >= first || o.route.is_none() || panel(o) || ranked(o));
    }
    // An operation whose extent ran on over panels ends at the first of them.
    for o in ops.iter_mut() {
        if let Some(cut) = found
            .iter()
            .map(|f| f.start)
            .filter(|&s| s > o.start && s < o.end)
            .min()
        {
            o.end = cut;
        }
    }
    ops.extend(found);
    ops.sort_by_key(|o| o.start);
}

/// A label in the extent of an operation whose route comes after it (a trailing route) or
/// that is its own (a heading's) is that operation's; one after a route on a line of a
/// capture may start a panel of its own (see [`panel_at`]).
fn claimed(doc: &Document, ops: &[OpAt], i: usize) -> bool {
    ops.iter().any(|o| {
        let unranked = o.heading.is_none_or(|h| doc.blocks[h].level() == Some(0));
        let route_first = unranked && o.block.is_some_and(|rb| rb < i);
        ((o.start..o.end).contains(&i) && !route_first)
            || o.more.iter().any(|&(s, e)| (s..e).contains(&i))
    })
}

/// The operation (route first) whose extent holds `i`, up to the first panel found in it:
/// its route's block.
fn holder(ops: &[OpAt], found: &[OpAt], i: usize) -> Option<usize> {
    ops.iter()
        .filter(|o| {
            (o.start..o.end).contains(&i)
                && !found.iter().any(|f| f.start > o.start && f.start <= i)
        })
        .filter_map(|o| o.block)
        .max()
}

/// Whether block `i` is a request label: a parameter or form label, or `Authorizations`.
fn request_label(doc: &Document, i: usize) -> bool {
    matches!(
        block_label(&doc.blocks[i]),
        Some(Ctx::Params(_) | Ctx::Form)
    ) || clean_heading(&doc.blocks[i].text)
        .trim_end_matches(':')
        .eq_ignore_ascii_case("authorizations")
}

/// The panel at the `n`th `Responses` label of `anchors`, read from no earlier than
/// `floor`: `None` when the label starts no panel (the walk goes on from the same floor);
/// else the panel (`None` when it has no title) and where it ends, the next floor.
fn panel_at(
    doc: &Document,
    ops: &[OpAt],
    found: &[OpAt],
    anchors: &[usize],
    n: usize,
    routes: &[usize],
    floor: usize,
) -> Option<(Option<OpAt>, usize)> {
    let a = anchors[n];
    // The lines since the last operation (found before, or of unknown route) before it.
    let from = ops
        .iter()
        .chain(found)
        .filter(|o| o.end <= a)
        .map(|o| o.end)
        .max()
        .unwrap_or(0)
        .max(floor);
    let held = holder(ops, found, a);
    let from = held.map_or(from, |rb| from.max(rb + 1));
    let next = anchors.get(n + 1).copied().unwrap_or(doc.blocks.len());
    let samples = (a + 1..next).find(|&i| samples_label(&doc.blocks[i]));
    // The first request label since the last operation (a title or description may read
    // as a label: `Returns a specific chatroom.`).
    let first_label = (from..a).find(|&i| request_label(doc, i));
    let requested = first_label.is_some();
    // A route after the statuses: an operation rendered again (filed under a second tag),
    // its route an example of the first; read once.
    let bound = samples.unwrap_or(next);
    if routes.iter().any(|&rb| rb > a && rb < bound) {
        return None;
    }
    // Only statuses between the label and the samples.
    let samples = samples.filter(|&s| {
        (a + 1..s).all(|i| {
            let t = doc.blocks[i].text.trim();
            status_item(t).is_some() || status_label(t).is_some() || t.is_empty()
        })
    });
    // In the extent of a route printed before it, only a whole panel (request labels, then
    // the samples) is an operation of its own.
    if (!requested && samples.is_none()) || (held.is_some() && !(requested && samples.is_some())) {
        return None;
    }
    // (Nor `### Requests` over `### Responses` over lists of links, an index of message
    // types: under a heading, a panel shows a status or samples. A capture's bare
    // `Responses` line may have lost them.)
    let any_status = (a + 1..next).any(|i| {
        let t = doc.blocks[i].text.trim();
        status_item(t).is_some() || status_label(t).is_some()
    });
    if samples.is_none() && !any_status && doc.blocks[a].level().is_some_and(|l| l > 0) {
        return None;
    }
    let first_label = first_label.unwrap_or(a);
    let end = match samples {
        Some(s) => panel_end(doc, s),
        None => statuses_end(doc, a, next),
    };
    let Some((title, start)) = panel_title(doc, from, first_label) else {
        return Some((None, end));
    };
    let line = doc.blocks[title].span.line;
    let panel = OpAt {
        route: None,
        rpc: None,
        line,
        route_at: line,
        start,
        end,
        name: clean_heading(&doc.blocks[title].text),
        heading: None,
        block: None,
        repeat_of: None,
        more: Vec::new(),
        tail: None,
        own: Vec::new(),
        listed: None,
        index_doc: None,
    };
    Some((Some(panel), end))
}

/// A samples panel's label (`Request samples`, `Response samples`, spaced as a capture
/// prints it).
fn samples_label(b: &Block) -> bool {
    let squeezed: String = b.text.to_ascii_lowercase().split_whitespace().collect();
    matches!(squeezed.as_str(), "requestsamples" | "responsesamples")
}

/// The end of the statuses under the `Responses` label at `a` (before block `next`): the
/// first block after it that is no status.
fn statuses_end(doc: &Document, a: usize, next: usize) -> usize {
    let mut e = a + 1;
    while e < next
        && doc.blocks.get(e).is_some_and(|b| {
            status_item(b.text.trim()).is_some() || status_label(b.text.trim()).is_some()
        })
    {
        e += 1;
    }
    e
}

/// Redoc's `Responses` label (`RESPONSES` in older builds): the list of an operation's
/// answers, by status.
fn responses_label(b: &Block) -> bool {
    !b.is_code()
        && b.table().is_none()
        && b.text
            .trim()
            .trim_end_matches(':')
            .eq_ignore_ascii_case("responses")
}

/// Whether the route at `rb` comes right after its operation's list of answers: back from
/// it, statuses and their reasons (no code, no other label) up to a response label.
pub(super) fn answer_list_before(doc: &Document, from: usize, rb: usize) -> bool {
    for i in (from..rb).rev() {
        let b = &doc.blocks[i];
        if b.is_code() || b.table().is_some() {
            return false;
        }
        // (A sentence that mentions the answer, `Prepare the application with the URL in
        // the prepared link from the response:`, is no label of a list of answers.)
        let sentence = b.text.split_whitespace().count() > 8;
        match block_label(b) {
            Some(Ctx::Response(None)) if !sentence => return true,
            Some(Ctx::Response(Some(_))) | None => {}
            Some(_) => return false,
        }
        if is_label_heading(&b.text) && b.text.trim().eq_ignore_ascii_case("responses") {
            return true;
        }
    }
    false
}

/// Where an operation's panel ends: after its route block, the blocks of the right panel
/// (the path on a line of its own, server URLs, sample labels, `Content type` and media
/// types, tab names and statuses, `Copy` / `Expand all`, the samples: code and the lines of
/// JSON a capture broke up).
pub(super) fn panel_end(doc: &Document, route_block: usize) -> usize {
    let mut i = route_block + 1;
    while let Some(b) = doc.blocks.get(i) {
        if !panel_matter(b) && !server_label(doc, i) {
            break;
        }
        i += 1;
    }
    i
}

/// The description of a server over its URL in the samples panel (`Local server`, then
/// `http://localhost:3000/api/v1/users`).
fn server_label(doc: &Document, i: usize) -> bool {
    let (Some(b), Some(next)) = (doc.blocks.get(i), doc.blocks.get(i + 1)) else {
        return false;
    };
    let t = next.text.trim();
    b.kind == Kind::Paragraph
        && !b.text.trim().contains('\n')
        && b.text.split_whitespace().count() <= 6
        && (t.starts_with("http://") || t.starts_with("https://"))
        && !t.contains(char::is_whitespace)
}

/// The words of a samples panel that say nothing of the call: `Content type`, `Copy`,
/// `Expand all`, `Collapse all` (in any spacing).
pub(super) fn panel_chrome(t: &str) -> bool {
    let squeezed: String = t.to_ascii_lowercase().split_whitespace().collect();
    matches!(
        squeezed.as_str(),
        "contenttype" | "copy" | "expandall" | "collapseall" | "expandallcollapseall"
    )
}

/// The server a URL under a route gives: the URL without the route's path at its end
/// (`https://api.example.com/v1` for `https://api.example.com/v1/x/{id}` under `/x/{id}`).
pub(super) fn server_of(url: &str, path: &str) -> Option<String> {
    if path.is_empty() || !(url.starts_with("http://") || url.starts_with("https://")) {
        return None;
    }
    let url = url.replace('\\', "");
    let base = url.strip_suffix(path)?.trim_end_matches('/');
    (base.len() > "https://".len()).then(|| base.to_string())
}

/// A block of the right panel (see [`panel_end`]).
fn panel_matter(b: &Block) -> bool {
    if b.is_code() {
        return true;
    }
    let t = b.text.trim();
    let lower = t.to_ascii_lowercase();
    let squeezed: String = lower.split_whitespace().collect();
    let status_run =
        !t.is_empty() && t.len().is_multiple_of(3) && t.chars().all(|c| c.is_ascii_digit());
    t.starts_with(['{', '}', '[', ']', '"'])
        || (t.starts_with('/') && !t.contains(char::is_whitespace))
        || t.starts_with("http://")
        || t.starts_with("https://")
        || media_type_text(t)
        || status_run
        || matches!(
            squeezed.as_str(),
            "requestsamples"
                | "responsesamples"
                | "contenttype"
                | "copy"
                | "expandall"
                | "collapseall"
                | "expandallcollapseall"
                | "payload"
        )
}

/// The title of an operation whose route follows its content, read back from its first
/// label (`from..first_label` are the lines after the previous operation): an identifier
/// (`getCycleById`), else the short line over the description, else (a renderer that
/// shows the description in the title's place) the description itself. Returns the title's
/// block and where the operation's text starts (after a title of its own, at a
/// description that is the title).
pub(super) fn panel_title(
    doc: &Document,
    from: usize,
    first_label: usize,
) -> Option<(usize, usize)> {
    let at: Vec<usize> = (from..first_label)
        .filter(|&i| {
            let t = doc.blocks[i].text.trim();
            !t.is_empty() && !t.to_ascii_lowercase().starts_with("download openapi")
        })
        .collect();
    let (&last, rest) = at.split_last()?;
    let text = |i: usize| doc.blocks[i].text.trim();
    let token = |t: &str| !t.contains(char::is_whitespace) && !t.ends_with(':');
    let short = |t: &str| t.split_whitespace().count() <= 10 && !t.ends_with(['.', '。']);
    if token(text(last)) {
        return Some((last, last + 1));
    }
    match rest.last() {
        Some(&b) if token(text(b)) && text(b).chars().any(char::is_uppercase) => Some((b, b + 1)),
        // A lower-case word (a tag) over the description: the description is the title.
        Some(&b) if token(text(b)) => Some((last, last)),
        Some(&b) if short(text(b)) && doc.blocks[b].table().is_none() => Some((b, b + 1)),
        _ => Some((last, last)),
    }
}
