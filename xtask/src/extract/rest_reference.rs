//! `rest-reference`, a profile of the [reference reader](super::reference) for REST
//! reference pages laid out as Weavy's `api-reference` pages are: an operation is a name (a
//! heading or a line) over `METHOD /path`, a description, then "Sample request" (curl),
//! "Parameters" (a table), "Request body" and "Responses" ("Status code N", a media type,
//! and a JSON schema whose values are type names). The newer edition (`web-api/*` pages)
//! gives "Path parameters", "Query parameters" and "Body parameters" as `name type
//! [required]` lines with a description under each, and "Response codes" as `NNN Text`
//! lines.
//!
//! Every one of these shapes is the reader's own (a name line over a route, parameter
//! lists by location, type-name schemas, statuses, curl samples with their bearer header),
//! so the profile adds nothing but its name and its score: how strongly a page shows this
//! layout's section words, for detection.

use super::capped;
use super::reference::Profile;
use crate::read::blocks::Document;

/// The family name written in the spec.
pub const FAMILY: chatgen_codegen::spec::Family = chatgen_codegen::spec::Family::RestReference;

/// The family as a profile of the reference reader.
pub const PROFILE: Profile = Profile::named(FAMILY);

/// The section labels of the layout, both editions.
const SECTIONS: [&str; 11] = [
    "Sample request",
    "Parameters",
    "Request body",
    "Responses",
    "Path parameters",
    "Query parameters",
    "Body parameters",
    "Response codes",
    "Response schema",
    "Example request",
    "Code sample",
];

/// How well `doc` reads as a REST reference of this layout: routes on a line of their own
/// followed by one of the layout's section labels, and the labels themselves.
pub fn score(doc: &Document) -> (u32, String) {
    let routes: Vec<usize> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.text.contains('\n') && b.table().is_none() && route_start(&b.text))
        .map(|(i, _)| i)
        .collect();
    // Only routes followed by at least one of the layout's sections count.
    let ops = routes
        .iter()
        .enumerate()
        .filter(|(k, at)| {
            let end = routes.get(k + 1).copied().unwrap_or(doc.blocks.len());
            doc.blocks[**at..end].iter().any(|b| b.is_named(&SECTIONS))
        })
        .count();
    let labels = doc
        .blocks
        .iter()
        .filter(|b| b.is_named(&SECTIONS) || b.label().is_some_and(status_code))
        .count();
    if ops == 0 {
        return (
            0,
            "no `METHOD /path` line under a name followed by Parameters / Request body / Responses"
                .into(),
        );
    }
    (
        capped(ops, 50) * 3 + capped(labels, 100),
        format!(
            "{ops} operation(s) as a name over `METHOD /path`, {labels} section label(s) (Parameters, Responses, Status code N)"
        ),
    )
}

/// A line that is a route as this layout prints it: a known HTTP method, one space, then
/// `/` and no space (a route cut off inside its braces counts: the page shows the layout).
fn route_start(line: &str) -> bool {
    line.trim().split_once(' ').is_some_and(|(method, path)| {
        method.parse::<chatgen_codegen::spec::Method>().is_ok()
            && path.starts_with('/')
            && !path.contains(char::is_whitespace)
    })
}

/// `Status code 200`.
fn status_code(label: &str) -> bool {
    label
        .get(..12)
        .is_some_and(|l| l.eq_ignore_ascii_case("status code "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_the_layout_words_only() {
        let page = Document::parse(
            "p.txt",
            "Messages\nCreate message\nPOST /api/messages\nParameters\nName | Type\n---|---\nid | integer\nResponses\nStatus code 200\n",
        );
        let (points, why) = score(&page);
        assert!(points > 0, "{why}");
        assert!(why.starts_with("1 operation(s)"), "{why}");
        let other = Document::parse("o.md", "# API\n\n## List\n\n`GET /x`\n\n##### 200: OK\n");
        assert_eq!(score(&other).0, 0);
    }
}
