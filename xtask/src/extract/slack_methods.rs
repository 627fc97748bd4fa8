//! `slack-methods`, a profile of the [reference reader](super::reference) for Slack-style
//! method references (IceWarp TeamChat's): a heading per method naming it (`2.6.
//! channels.create`, `### channels.create`), a description, `name : description` items (or
//! a table) under "Parameters" that give no type, and a JSON block under "Returns" whose
//! values are type names or real values. The reader finds the methods, their parameters
//! and answers; the profile adds what is this layout's own:
//!
//! - the protocol: every method is `POST`ed form-encoded to `<base>/<method>`, and an
//!   answer whose `ok` is `false` is a failure whose code is `error`;
//! - the credential: the `token` parameter described as `Auth token` is the API's token
//!   auth, and a method that does not list it is called without it;
//! - the vendor's type cues in prose ([`param_type`], rules in `spec/README.md`): choices
//!   `a|b|c`, a leading `Boolean`/`Integer`/`Timestamp`, `if true`, numbered codes, a
//!   quoted list, a stated default; otherwise a string (`type_cue: none`).

use chatgen_codegen::spec::{Primitive, Protocol, TypeRef};

use super::reference::{Cue, CueType, Profile};
use crate::read::blocks::{Block, Document};

/// The family name written in the spec.
pub const FAMILY: chatgen_codegen::spec::Family = chatgen_codegen::spec::Family::SlackMethods;
/// Labels of the parameter list.
const PARAMETERS: [&str; 3] = ["Parameters", "Arguments", "Params"];
/// Labels of the returned JSON.
const RETURNS: [&str; 3] = ["Returns", "Return", "Response"];

/// The family as a profile of the reference reader.
pub const PROFILE: Profile = Profile {
    family: FAMILY,
    rpc_protocol: Some(protocol),
    credential: Some(("token", "Auth token")),
    type_cue: Some(param_type),
    ..Profile::named(FAMILY)
};

/// Form-encoded `POST` per method; `ok: false` is a failure, `error` its code.
fn protocol() -> Protocol {
    Protocol::form_rpc_per_method().with_failure_flag(
        chatgen_codegen::spec::JsonPointer::member("ok"),
        chatgen_codegen::spec::JsonPointer::member("error"),
    )
}

/// How well `doc` reads as a Slack-style method reference: method headings, and the
/// Parameters/Returns labels under them.
pub fn score(doc: &Document) -> (u32, String) {
    let methods = doc
        .blocks
        .iter()
        .filter(|b| method_heading(b).is_some())
        .count();
    let labels = doc
        .blocks
        .iter()
        .filter(|b| b.is_named(&PARAMETERS) || b.is_named(&RETURNS))
        .count();
    if methods == 0 {
        return (0, "no heading naming a `group.method`".into());
    }
    (
        super::capped(methods, 200) * 2 + super::capped(labels, 200),
        format!("{methods} `group.method` heading(s), {labels} Parameters/Returns label(s)"),
    )
}

/// A method heading: a heading or one-line paragraph that is `group.method`, after an
/// optional section number (`2.6.`). Returns the section numbers and the name.
fn method_heading(b: &Block) -> Option<(Vec<u32>, String)> {
    let label = b.label()?;
    let mut numbers = Vec::new();
    let mut rest = label;
    loop {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 {
            break;
        }
        numbers.push(rest[..digits].parse().ok()?);
        rest = rest[digits..].strip_prefix('.')?;
    }
    let name = rest.trim();
    // Without a section number, a name needs a dot (`auth.test`), so a lone word is no method.
    let valid = (name.contains('.') || numbers.len() >= 2)
        && name
            .split('.')
            .all(|part| part.starts_with(|c: char| c.is_ascii_lowercase()))
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    (valid && (numbers.is_empty() || !rest.starts_with(|c: char| !c.is_whitespace())))
        .then(|| (numbers, name.to_string()))
}

/// The type of a parameter from its description, by the rules in `spec/README.md`, in this
/// order: choices `a|b|c`; a leading `Boolean`, `Integer` or `Timestamp`; `if true`,
/// `if set to true`, `true if`; `default is true|false`; numbered codes `0=… 1=…` or
/// `0 - …, 1 - …`; a quoted list `('a','b')`; otherwise string (cue `none`).
pub fn param_type(description: &str) -> Cue {
    let d = description.trim();
    let lower = d.to_lowercase();
    let cue = |ty: CueType, cue: &str| Cue {
        ty,
        cue: cue.to_string(),
        default: None,
    };
    let prim = |p: Primitive| CueType::Type(TypeRef::Primitive(p));
    let is_word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');

    let choices: Vec<&str> = d.split('|').map(str::trim).collect();
    if choices.len() > 1 && choices.iter().all(|c| is_word(c)) {
        return cue(
            CueType::Choices(choices.iter().map(|c| c.to_string()).collect()),
            d,
        );
    }
    for (word, p) in [
        ("Boolean", Primitive::Boolean),
        ("Integer", Primitive::Integer),
        ("Timestamp", Primitive::Datetime),
    ] {
        if d.starts_with(word) && !d[word.len()..].starts_with(char::is_alphanumeric) {
            return cue(prim(p), word);
        }
    }
    for phrase in ["if true", "if set to true", "true if"] {
        if lower.starts_with(phrase) {
            return cue(prim(Primitive::Boolean), &d[..phrase.len()]);
        }
    }
    for value in [true, false] {
        let phrase = format!("default is {value}");
        if let Some(at) = lower.find(&phrase) {
            return Cue {
                ty: prim(Primitive::Boolean),
                cue: d[at..at + phrase.len()].to_string(),
                default: Some(serde_json::Value::Bool(value)),
            };
        }
    }
    if let Some(code) = numbered_code(d, '0').filter(|_| numbered_code(d, '1').is_some()) {
        return cue(prim(Primitive::Integer), &code);
    }
    if let Some(list) = quoted_list(d) {
        let text = format!("('{}')", list.join("','"));
        return cue(CueType::Choices(list), &text);
    }
    cue(prim(Primitive::String), "none")
}

/// `0=edit`, `0 - plain`, `0= depNone`: the digit `n` standing alone, then `=` or ` - `;
/// returns that fragment.
fn numbered_code(d: &str, n: char) -> Option<String> {
    let mut prev = ' ';
    for (i, c) in d.char_indices() {
        let standalone = c == n && !prev.is_alphanumeric();
        prev = c;
        if !standalone {
            continue;
        }
        let rest = &d[i + c.len_utf8()..];
        let (joint, after) = if let Some(a) = rest.trim_start().strip_prefix('=') {
            ("=", a)
        } else if let Some(a) = rest.strip_prefix(" - ") {
            (" - ", a)
        } else {
            continue;
        };
        let word: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        if !word.is_empty() {
            return Some(format!("{n}{joint}{word}"));
        }
    }
    None
}

/// `('text','spreadsheet','presentation')` → the words.
fn quoted_list(d: &str) -> Option<Vec<String>> {
    let start = d.find("('")?;
    let end = d[start..].find("')")? + start;
    let inner = &d[start + 2..end];
    let items: Vec<String> = inner.split("','").map(str::to_string).collect();
    (items.len() > 1 && items.iter().all(|i| !i.is_empty() && !i.contains('\''))).then_some(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(d: &str) -> (String, String) {
        let c = param_type(d);
        let t = match c.ty {
            CueType::Type(t) => t.to_string(),
            CueType::Choices(v) => format!("enum {}", v.join("/")),
        };
        (t, c.cue)
    }

    #[test]
    fn cues() {
        assert_eq!(
            ty("Boolean, include messages = latest | oldest timestamp"),
            ("boolean".into(), "Boolean".into())
        );
        assert_eq!(
            ty("Integer. If all theree values are set"),
            ("integer".into(), "Integer".into())
        );
        assert_eq!(
            ty("Timestamp, end of the time range"),
            ("datetime".into(), "Timestamp".into())
        );
        assert_eq!(
            ty("If true then avatar will be resized"),
            ("boolean".into(), "If true".into())
        );
        assert_eq!(
            ty("If set to true (1), the avatar"),
            ("boolean".into(), "If set to true".into())
        );
        assert_eq!(
            ty("True if channel should be autofollowed"),
            ("boolean".into(), "True if".into())
        );
        assert_eq!(
            ty("Editor mode (0=edit 1= join read 2= independent read)"),
            ("integer".into(), "0=edit".into())
        );
        assert_eq!(
            ty("0 - plain, 1 - RSA"),
            ("integer".into(), "0 - plain".into())
        );
        assert_eq!(
            ty("0= depNone,1= depRead, 2= depWrite"),
            ("integer".into(), "0=depNone".into())
        );
        assert_eq!(
            ty("offline|typing|commenting|online|background"),
            (
                "enum offline/typing/commenting/online/background".into(),
                "offline|typing|commenting|online|background".into()
            )
        );
        assert_eq!(
            ty("Type of file you want to get ('text','spreadsheet','presentation')"),
            (
                "enum text/spreadsheet/presentation".into(),
                "('text','spreadsheet','presentation')".into()
            )
        );
        assert_eq!(
            ty("Number of files to return per page"),
            ("string".into(), "none".into())
        );
        assert_eq!(
            ty("If public pins should be included"),
            ("string".into(), "none".into())
        );
        assert_eq!(
            ty("Version 10 of the thing"),
            ("string".into(), "none".into())
        );
        let d = param_type("result sorting, default is true");
        assert_eq!(
            (d.cue.as_str(), d.default),
            ("default is true", Some(serde_json::json!(true)))
        );
    }

    #[test]
    fn headings() {
        let heading = |text: &str| {
            let d = Document::with_kind("h.txt", text, crate::read::blocks::InputKind::Text);
            method_heading(&d.blocks[0])
        };
        assert_eq!(
            heading("2.6. channels.create"),
            Some((vec![2, 6], "channels.create".into()))
        );
        assert_eq!(
            heading("channels.create"),
            Some((vec![], "channels.create".into()))
        );
        assert_eq!(heading("2. Methods"), None);
        assert_eq!(heading("2.1x. nope"), None);
        assert_eq!(heading("Use auth.test to check."), None);
    }
}
