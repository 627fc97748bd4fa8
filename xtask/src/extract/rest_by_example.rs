//! `rest-by-example`, a profile of the [reference reader](super::reference) for REST
//! references that show each call by example (tada.team's API v3, written in Russian): a
//! section name over `METHOD /path` lines, a description, `• name — description` bullets,
//! then a request example and a response example in the `{"_time", "ok", "result"}`
//! envelope, and the events a call sends.
//!
//! The reader finds the operations, their parameters (unlabelled dash bullets after a
//! route, by the method's default location), request bodies (the bullets name the fields,
//! the example types them) and answers (the examples under a response label). The profile
//! adds what is this layout's own:
//!
//! - the envelope: an answer is `{"ok": true, "result": …}`, a failure `{"ok": false,
//!   "error": …}` whatever the status, so response types are read from the `result` of the
//!   successful examples;
//! - the vendor's words for its labels (`Пример запроса`, `Пример ответа`, `Рассылает
//!   события`), translated into the reader's;
//! - the vendor's words for "required": a word starting with `обязательн`, not after `не`.

use chatgen_codegen::spec::Protocol;

use super::reference::{Profile, route_line};
use crate::read::blocks::{Block, Document};

/// The family name written in the spec.
pub const FAMILY: chatgen_codegen::spec::Family = chatgen_codegen::spec::Family::RestByExample;

/// The family as a profile of the reference reader.
pub const PROFILE: Profile = Profile {
    rest_protocol: Some(protocol),
    envelope_shown: Some(shows_envelope),
    glossary: &GLOSSARY,
    required_cue: Some(says_required),
    ..Profile::named(FAMILY)
};

/// The vendor's label words and the reader's.
const GLOSSARY: [(&str, &str); 3] = [
    ("Пример запроса", "Example request"),
    ("Пример ответа", "Example response"),
    ("Рассылает события", "Sends events"),
];

/// Labels of examples, the vendor's and English ones, lower case.
const EXAMPLE_LABELS: [&str; 8] = [
    "пример запроса",
    "пример ответа",
    "sample request",
    "example request",
    "request example",
    "sample response",
    "example response",
    "response example",
];

/// The envelope: the result at `/result`; `ok: false` is a failure whose code is `error`.
fn protocol() -> Protocol {
    Protocol::rest()
        .with_result_at(chatgen_codegen::spec::JsonPointer::member("result"))
        .with_failure_flag(
            chatgen_codegen::spec::JsonPointer::member("ok"),
            chatgen_codegen::spec::JsonPointer::member("error"),
        )
}

/// Whether a description says the parameter is required: a word starting with
/// `обязательн` (`обязательно`, `обязательный`), not preceded by `не` (`не обязательно`;
/// `необязательное` does not start with the stem).
fn says_required(description: &str) -> bool {
    let words: Vec<String> = description
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let negated = i > 0 && words.get(i - 1).is_some_and(|p| p == "не");
        w.starts_with("обязательн") && !negated
    })
}

/// Whether a line is an example label of this layout (`Пример ответа:`, `Sample
/// response (404):`).
fn example_label(line: &str) -> bool {
    let t = line.trim();
    let Some(label) = t.strip_suffix(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    EXAMPLE_LABELS.iter().any(|l| label.starts_with(l))
}

/// Whether a block shows the envelope: a JSON example with `"ok"` and `"result"`, or a
/// listed field `ok (boolean)` / `result (…)` (a Sphinx render's response fields).
fn envelope_member(b: &Block) -> bool {
    let t = b.text.trim_start();
    if b.is_code() {
        return t.contains("\"ok\"") && t.contains("\"result\"");
    }
    t.starts_with("ok (") || t.starts_with("result (")
}

/// Whether some block of `doc` shows the envelope (see [`envelope_member`]): a page of
/// calls by example whose answers are plain JSON (`{"data": …}`) is read without it.
fn shows_envelope(doc: &Document) -> bool {
    doc.blocks.iter().any(envelope_member)
}

/// How well `doc` reads as REST by example: `METHOD /path` lines, and the example labels
/// after them.
pub fn score(doc: &Document) -> (u32, String) {
    let first = |i: usize| {
        doc.blocks[i]
            .text
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let (mut routes, mut examples) = (0usize, 0usize);
    for i in 0..doc.blocks.len() {
        let line = first(i);
        let after_label = i > 0 && example_label(&first(i - 1));
        if !doc.blocks[i].is_code() && route_line(&line).is_some() {
            // A route under a `Request:` label is an example of a call, not a block.
            if !after_label {
                routes += 1;
                // A route with its example right under it.
                if doc.blocks.get(i + 1).is_some_and(|n| n.is_code()) {
                    examples += 1;
                }
            }
        } else if routes > 0 && (example_label(&line) || envelope_member(&doc.blocks[i])) {
            examples += 1;
        }
    }
    if routes == 0 || examples == 0 {
        return (
            0,
            format!(
                "{routes} `METHOD /path` block(s), {examples} example label(s) (`Пример запроса:`, `Sample response:`)"
            ),
        );
    }
    (
        super::capped(routes, 200) + super::capped(examples, 200) * 2,
        format!("{routes} `METHOD /path` block(s), {examples} example label(s)"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_words() {
        assert!(says_required("обязательный параметр"));
        assert!(says_required("Обязательно."));
        assert!(!says_required("не обязательно"));
        assert!(!says_required("необязательное поле"));
        assert!(!says_required("телефон"));
    }

    /// The envelope is the page's only where a sample shows it: a page of calls by example
    /// whose answers are plain JSON is read as plain REST, its unnumbered success not
    /// assumed to be 200.
    #[test]
    fn the_envelope_only_where_a_sample_shows_it() {
        let read = |text: &str| {
            let doc = Document::parse("pets.md", text);
            super::super::reference::extract_with(&doc, "pets", "pets.md", &PROFILE)
        };
        let plain = read(
            "# Pets\n\n## List pets\n\nGET /pets\n\nSample response:\n\n```json\n{\"data\": [{\"id\": 1}]}\n```\n",
        );
        assert_eq!(plain.spec.protocol.answer, None);
        let enveloped = read(
            "# Pets\n\n## List pets\n\nGET /pets\n\nSample response:\n\n```json\n{\"ok\": true, \"result\": [{\"id\": 1}]}\n```\n",
        );
        assert!(enveloped.spec.protocol.answer.is_some());
    }

    #[test]
    fn example_labels() {
        assert!(example_label("Пример ответа:"));
        assert!(example_label("Пример ответа (404):"));
        assert!(example_label("Sample response:"));
        assert!(!example_label("Пример ответа"));
        assert!(!example_label("Ответ сервера:"));
    }
}
