//! Rustdoc text: Markdown-safe prose from documentation, inline code, `#[doc]` attributes.

use proc_macro2::TokenStream;
use quote::quote;

use crate::spec::Operation;

/// A rustdoc link to the client method of `op`, or its name when it has none (its route is
/// not known yet).
pub(crate) fn method_link(op: &Operation) -> String {
    let method = crate::names::ident(&op.id, crate::names::Case::Snake);
    if op.route.is_some() || op.rpc.is_some() {
        format!("[`Client::{method}`](super::Client::{method})")
    } else {
        format!(
            "{} (no client method until its route is known)",
            code(&op.id)
        )
    }
}

/// `#[doc = …]` attributes for Markdown text, one per line. Text taken from documentation
/// goes through [`prose`] first; names go through [`code`].
pub(crate) fn doc_attr(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = format!(" {}", line.trim_end());
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Documentation text with Markdown-active characters escaped, so that prose from a doc
/// never turns into links, HTML or code in rustdoc.
pub(crate) fn prose(text: &str) -> String {
    // A line continuing a list item's paragraph is indented to the item's text, no deeper
    // (rustdoc renders the same; clippy's `doc_overindented_list_items` asks for it): Docker's
    // and Krill's descriptions indent them by one more space, or nest a sample in them.
    let mut item: Option<usize> = None;
    text.lines()
        .map(|line| {
            let indent = line.len() - line.trim_start_matches(' ').len();
            if line.trim().is_empty() {
                item = None;
            } else if let Some(column) = list_item_column(line) {
                item = Some(column);
            } else if let Some(column) = item.filter(|c| indent > *c) {
                return escape_markdown(&format!("{}{}", " ".repeat(column), &line[indent..]));
            }
            escape_markdown(line)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The column of a Markdown list item's text (`- x`, `* x`, `+ x`, `1. x`, `1) x`).
fn list_item_column(line: &str) -> Option<usize> {
    let rest = line.trim_start_matches(' ');
    let indent = line.len() - rest.len();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let marker = match rest.as_bytes().get(digits) {
        Some(b'-' | b'*' | b'+') if digits == 0 => 1,
        Some(b'.' | b')') if (1..10).contains(&digits) => digits + 1,
        _ => return None,
    };
    rest[marker..]
        .starts_with(' ')
        .then_some(indent + marker + 1)
}

/// A name as inline code, with a fence longer than any run of backticks inside it.
pub(crate) fn code(name: &str) -> String {
    let longest = name.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if name.starts_with('`') || name.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{name}{pad}{fence}")
}

fn escape_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while !rest.is_empty() {
        // A URL becomes an autolink `<…>` (rustdoc warns on bare URLs).
        let at = ["https://", "http://"]
            .iter()
            .filter_map(|p| rest.find(p))
            .min()
            .unwrap_or(rest.len());
        escape_text(&rest[..at], &mut out);
        rest = &rest[at..];
        if rest.is_empty() {
            break;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`'))
            .unwrap_or(rest.len());
        let url = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', '\'']);
        out.push('<');
        out.push_str(url);
        out.push('>');
        rest = &rest[url.len()..];
    }
    out
}

fn escape_text(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
}

/// A paragraph of documentation followed by facts, separated by blank doc lines.
pub(crate) fn doc_paragraphs(parts: &[String]) -> TokenStream {
    let text = parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n");
    doc_attr(&text)
}

pub(crate) fn presence_note(optional: bool, nullable: bool) -> &'static str {
    match (optional, nullable) {
        (false, false) => "",
        (false, true) => "Always present; may be `null` (`None`).",
        (true, false) => "May be absent (`None`).",
        (true, true) => "May be absent (`None`) or `null` (`Some(None)`).",
    }
}

#[cfg(test)]
mod tests {
    use super::prose;

    #[test]
    fn list_item_continuations_are_indented_to_the_item_text() {
        let doc = "Filters:\n\n- `dangling=<boolean>` When set,\n   volumes that are\n    not in use.\n- next\n\n      indented after a blank line\n10. ten\n      more";
        assert_eq!(
            prose(doc),
            "Filters:\n\n- \\`dangling=\\<boolean\\>\\` When set,\n  volumes that are\n  not in use.\n- next\n\n      indented after a blank line\n10. ten\n    more"
        );
    }
}
