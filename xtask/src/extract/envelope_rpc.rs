//! `envelope-rpc`, a profile of the [reference reader](super::reference) for references of
//! methods called through one envelope (Wimi's WApi): every call is a `POST` of
//! `{"header": {"target", "identification", …}, "body": {"data": …}}` to one URL.
//!
//! The reader finds the methods (a list of them, the `Actions List`, and the sections a
//! method name heads), their parameters by location, their answers' fields (nested items
//! are nested types) and the request examples. The profile adds what is this layout's own:
//!
//! - the envelope protocol ([`Protocol::header_body_envelope`]): the target, the version
//!   and the message key in the header, header parameters in `header.identification`, body
//!   parameters in `body.data`, the result in `body.data`, `body.error` a failure;
//! - the vendor's labels in the reader's words: `Header Identification` are header
//!   parameters, `Body Data` body parameters, `Output` the answer's fields, `Example` the
//!   request;
//! - the session token: the preamble's `token` header field is the API's token auth;
//! - the labels whose text is kept as the operation's metadata (`Url`, `Call type`,
//!   `Restrictions`, `Push information`), and its type words ([`type_word`]).

use chatgen_codegen::spec::Protocol;
use serde_json::Value;

use super::reference::Profile;
use crate::read::blocks::Document;

/// The family name written in the spec.
pub const FAMILY: chatgen_codegen::spec::Family = chatgen_codegen::spec::Family::EnvelopeRpc;

/// The family as a profile of the reference reader.
pub const PROFILE: Profile = Profile {
    rpc_protocol: Some(Protocol::header_body_envelope),
    glossary: &GLOSSARY,
    unmarked_required: true,
    default_value: Some(php_dump),
    metadata: &METADATA,
    token_field: Some(("token", "Used to provide the session token")),
    ..Profile::named(FAMILY)
};

/// The labels whose text is an operation's metadata, and how their lines are joined: prose
/// by line breaks, the rows of a table the capture flattened (`Pushing to: …`, the roles
/// line and its `X` marks) by ` / `.
const METADATA: [(&str, &str); 5] = [
    ("url", "\n"),
    ("call type", "\n"),
    ("restrictions", "\n"),
    (" restrictions", " / "),
    ("push information", " / "),
];

/// The vendor's label words and the reader's (`Output` is a word the reader knows).
const GLOSSARY: [(&str, &str); 3] = [
    ("Header Identification", "Header parameters"),
    ("Body Data", "Body parameters"),
    ("Example", "Example request"),
];

/// The deepest nesting a PHP dump is read to.
const MAX_DEPTH: usize = 16;

/// A default written as a PHP `print_r` dump (`Array ( [0] => 1 )` is `[1]`, `stdClass
/// Object ( )` is `{}`), as JSON; none for anything else.
fn php_dump(text: &str) -> Option<Value> {
    let text = text.trim();
    if !(text.starts_with("Array") || text.starts_with("stdClass Object")) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    php_value(&chars, &mut pos, 0).filter(|_| chars.iter().skip(pos).all(|c| c.is_whitespace()))
}

/// One value of a PHP `print_r` dump: `Array ( [k] => v … )`, `stdClass Object ( … )`, or
/// a scalar (a number, else text) running to the next ` [` or `)`.
fn php_value(chars: &[char], pos: &mut usize, depth: usize) -> Option<Value> {
    skip_ws(chars, pos);
    let rest: String = chars.iter().skip(*pos).take(16).collect();
    let object = if rest.starts_with("Array") {
        *pos += "Array".len();
        false
    } else if rest.starts_with("stdClass Object") {
        *pos += "stdClass Object".len();
        true
    } else {
        let start = *pos;
        while *pos < chars.len() {
            let at_end = chars[*pos] == ')'
                || (chars[*pos].is_whitespace() && chars.get(*pos + 1) == Some(&'['));
            if at_end {
                break;
            }
            *pos += 1;
        }
        let word: String = chars.get(start..*pos).unwrap_or_default().iter().collect();
        let word = word.trim();
        return Some(match serde_json::from_str::<serde_json::Number>(word) {
            Ok(n) => Value::Number(n),
            Err(_) => Value::String(word.to_string()),
        });
    };
    if depth >= MAX_DEPTH {
        return None;
    }
    skip_ws(chars, pos);
    if chars.get(*pos) != Some(&'(') {
        return None;
    }
    *pos += 1;
    let mut entries: Vec<(String, Value)> = Vec::new();
    loop {
        skip_ws(chars, pos);
        match chars.get(*pos) {
            Some(')') => {
                *pos += 1;
                break;
            }
            Some('[') => {
                *pos += 1;
                let start = *pos;
                while chars.get(*pos).is_some_and(|&c| c != ']') {
                    *pos += 1;
                }
                let key: String = chars.get(start..*pos).unwrap_or_default().iter().collect();
                *pos += 1; // `]`
                skip_ws(chars, pos);
                if chars.get(*pos..*pos + 2) != Some(&['=', '>'][..]) {
                    return None;
                }
                *pos += 2;
                entries.push((key, php_value(chars, pos, depth + 1)?));
            }
            _ => return None,
        }
    }
    let sequential = entries
        .iter()
        .enumerate()
        .all(|(i, (k, _))| *k == i.to_string());
    Some(if sequential && !object {
        Value::Array(entries.into_iter().map(|(_, v)| v).collect())
    } else {
        Value::Object(entries.into_iter().collect())
    })
}

fn skip_ws(chars: &[char], pos: &mut usize) {
    while chars.get(*pos).is_some_and(|c| c.is_whitespace()) {
        *pos += 1;
    }
}

/// How well `doc` reads as an envelope-RPC reference: an `Actions List`, its
/// `module.object.Action` lines, and the labels of detailed sections.
pub fn score(doc: &Document) -> (u32, String) {
    let list = doc.blocks.iter().any(|b| b.is_named(&["Actions List"]));
    let targets = doc
        .blocks
        .iter()
        .filter(|b| b.text.split_whitespace().next().is_some_and(is_target))
        .count();
    let labels = doc
        .blocks
        .iter()
        .filter(|b| b.is_named(&["Header Identification", "Body Data", "Output"]))
        .count();
    if !list && labels == 0 {
        return (
            0,
            "no `Actions List` and no Header Identification / Body Data / Output section".into(),
        );
    }
    (
        u32::from(list) * 20 + super::capped(targets, 1000) / 4 + super::capped(labels, 1000),
        format!(
            "{}{targets} `module.object.Action` line(s), {labels} section label(s)",
            if list { "an `Actions List`, " } else { "" }
        ),
    )
}

/// `auth.user.Login`, `document.general_file.UploadShared`: three dot-separated words, the
/// first two lower-case.
fn is_target(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    let ident = |s: &str, lower: bool| {
        s.starts_with(|c: char| c.is_ascii_alphabetic() && (!lower || c.is_ascii_lowercase()))
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    parts.len() == 3 && ident(parts[0], true) && ident(parts[1], true) && ident(parts[2], false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn php_dumps() {
        assert_eq!(php_dump("Array ( [0] => 1 )"), Some(json!([1])));
        assert_eq!(php_dump("stdClass Object ( )"), Some(json!({})));
        assert_eq!(
            php_dump("Array ( [a] => x [b] => Array ( [0] => 2 ) )"),
            Some(json!({"a": "x", "b": [2]}))
        );
        assert_eq!(php_dump("Array ( [0] => 1"), None, "cut off");
        assert_eq!(php_dump("\"x\""), None);
        let deep = "Array ( [0] => ".repeat(40);
        assert_eq!(php_dump(&deep), None, "too deep, no panic");
    }
}
