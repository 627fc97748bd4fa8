//! Page-level facts: the title, version, introduction, tags and the path prefix routes
//! share.

use chatgen_codegen::spec::Operation;

use super::TagOf;
use super::labels::clean_heading;
use super::locate::OpAt;
use super::routes::{RouteText, route_line};
use super::rpc::{index_line, strip_section_number};
use crate::read::blocks::{Block, Document, Kind};

/// `Messenger API (b63bb6c)` → (`Messenger API`, `b63bb6c`): a title that ends with a
/// version in brackets (one word).
pub(super) fn title_version(title: &str) -> Option<(String, String)> {
    let (t, v) = title.trim().strip_suffix(')')?.rsplit_once(" (")?;
    (!v.contains(' ') && !v.is_empty()).then(|| (t.trim().to_string(), v.to_string()))
}

/// Files each operation under the tag `tag_of` finds before its title, or under the last
/// one found before it; the block of the first tag.
pub(super) fn file_tags(
    doc: &Document,
    located: &[OpAt],
    operations: &mut [Operation],
    tag_of: TagOf,
) -> Option<usize> {
    let mut tag: Option<String> = None;
    let mut first = None;
    let mut floor = 0;
    for (o, op) in located.iter().zip(operations.iter_mut()) {
        if o.listed.is_some() {
            continue;
        }
        // (A title read back from the first label may stand before the extent's start.)
        let title = o.heading.unwrap_or_else(|| {
            (floor..o.end.min(doc.blocks.len()))
                .find(|&i| doc.blocks[i].span.line == o.line)
                .unwrap_or(o.start)
        });
        if let Some(t) = tag_of(doc, floor.min(title), title) {
            first.get_or_insert(t);
            tag = Some(clean_heading(&doc.blocks[t].text));
        }
        op.tag = tag.clone();
        floor = floor.max(o.end);
    }
    first
}

/// The leading path segments every route shares (`/api/v3` for `/api/v3/ping` and
/// `/api/v3/teams/{uid}`), placeholders excepted, leaving each route a segment of its own;
/// empty when they share none.
pub(super) fn common_prefix<'r>(routes: impl Iterator<Item = &'r RouteText>) -> String {
    let paths: Vec<Vec<&str>> = routes
        .map(|r| r.path.split('/').filter(|s| !s.is_empty()).collect())
        .collect();
    let Some(first) = paths.first() else {
        return String::new();
    };
    let shortest = paths.iter().map(Vec::len).min().unwrap_or(0);
    let mut n = (0..shortest.saturating_sub(1))
        .take_while(|&i| !first[i].contains('{') && paths.iter().all(|p| p[i] == first[i]))
        .count();
    // Every route keeps a word of its own (`/invites/{uid}` does not become `{uid}`).
    while n > 0 && paths.iter().any(|p| p[n..].iter().all(|s| s.contains('{'))) {
        n -= 1;
    }
    first[..n].iter().map(|s| format!("/{s}")).collect()
}

/// A heading that names a part of any reference, not the API (`Overview`, `Actions`).
fn generic_section(text: &str) -> bool {
    matches!(
        clean_heading(text).to_lowercase().as_str(),
        "overview"
            | "introduction"
            | "contents"
            | "table of contents"
            | "summary"
            | "description"
            | "actions"
            | "actions list"
            | "methods"
            | "endpoints"
            | "contact"
            | "api reference"
            | "reference"
    )
}

/// The page's introduction: the paragraphs between its title and its first operation.
pub(super) fn page_intro(doc: &Document, title: Option<usize>, first_op: usize) -> Option<String> {
    let mut from = title? + 1;
    let first_op = first_op.min(doc.blocks.len());
    // Facts (`Version: 1.2`) and an `Overview` heading before it are skipped.
    while from < first_op
        && ((doc.blocks[from].is_heading()
            && (doc.blocks[from].text.contains(':') || generic_section(&doc.blocks[from].text)))
            || (doc.blocks[from].kind == Kind::Paragraph
                && !doc.blocks[from].text.trim().contains('\n')
                && doc.blocks[from].text.trim().starts_with("Version:")))
    {
        from += 1;
    }
    // Up to the first heading that is not a numbered section (`1.1. Getting Started`) or a
    // line of the introduction ending in `:` (`Http request usage:`).
    let end = (from..first_op)
        .find(|&i| {
            let b = &doc.blocks[i];
            b.is_heading()
                && !numbered_section(b)
                && !(b.level() == Some(0) && b.text.trim_end().ends_with(':'))
        })
        .unwrap_or(first_op);
    // Paragraphs apart in the page stay apart; lines that follow each other, together.
    let mut text = String::new();
    let mut last_line = 0;
    for b in doc.blocks[from.min(end)..end].iter().filter(|b| {
        (b.kind == Kind::Paragraph || b.level() == Some(0))
            && route_line(&b.text).is_none()
            && index_line(b).is_none()
            // Redoc's link to the OpenAPI document (`Download OpenAPI specification:`).
            && !b.text.trim_start().starts_with("Download OpenAPI specification")
    }) {
        let t = b.text.trim();
        if t.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str(if b.span.line == last_line + 1 {
                "\n"
            } else {
                "\n\n"
            });
        }
        text.push_str(t);
        last_line = b.span.end_line;
    }
    (!text.is_empty()).then_some(text)
}

/// A numbered section heading (`1.1. Getting Started`, `2. Methods`).
fn numbered_section(b: &Block) -> bool {
    b.is_heading() && strip_section_number(&b.text) != b.text.trim()
}

/// The page's title and its block: a front-matter `title:`, else the first heading before
/// the first operation (in a plain-text capture, whose headings carry no mark, the first
/// line), else the first heading, else the file name.
pub(super) fn page_title(doc: &Document, first_op: usize) -> (Option<usize>, String) {
    let front = doc.source.lines.first().is_some_and(|l| l.trim() == "---");
    if front {
        for l in doc.source.lines.iter().skip(1) {
            if l.trim() == "---" {
                break;
            }
            if let Some(v) = l.strip_prefix("title:") {
                let first = doc.headings().next().map(|(i, _)| i);
                return (first, v.trim().trim_matches(['"', '\'']).to_string());
            }
        }
    }
    // A capture: the last heading before the introduction's paragraphs (what comes before
    // it is site chrome: a menu, a cookie banner), else its first line.
    if doc.kind == crate::read::blocks::InputKind::Text && first_op > 0 {
        let mut before = &doc.blocks[..first_op.min(doc.blocks.len())];
        // A page of its own sections (`Overview`, then the reference): the title is above
        // the first of them (not `Version: 1.2`).
        if let Some(first) = before
            .iter()
            .position(|b| b.is_heading() && generic_section(&b.text))
        {
            before = &before[..first];
        }
        let topic = |b: &Block| {
            b.is_heading()
                && !numbered_section(b)
                && !b.text.contains(':')
                && !generic_section(&b.text)
        };
        if let Some(t) = before.iter().rposition(topic) {
            return (Some(t), clean_heading(&before[t].text));
        }
        if let Some(b) = before.first()
            && !b.text.contains('\n')
            && b.text.split_whitespace().count() <= 12
        {
            return (Some(0), b.text.trim().to_string());
        }
    }
    // A rendered page: the heading over the introduction's first paragraph (a site's
    // name above it is chrome), else the first heading.
    let before = &doc.blocks[..first_op.min(doc.blocks.len())];
    if let Some(t) = (0..before.len().saturating_sub(1)).find(|&i| {
        before[i].is_heading()
            && !numbered_section(&before[i])
            && before[i + 1].kind == Kind::Paragraph
    }) {
        return (Some(t), clean_heading(&before[t].text));
    }
    match doc.headings().next() {
        Some((i, b)) => (Some(i), clean_heading(&b.text)),
        None => (
            None,
            doc.file.rsplit('/').next().unwrap_or(&doc.file).to_string(),
        ),
    }
}
