//! Type and location words (`integer`, `Array of String`, `@Path`), type lines with their
//! defaults and bounds, enum values in quotes.

use chatgen_codegen::spec::{Location, Primitive, TypeRef};

/// A location word of an `In` column.
pub(super) fn location_word(w: &str) -> Option<Location> {
    // Another notation of the same words: an annotation (`@Path`, `@QueryParam`), Swagger's
    // `formData`, code ticks.
    let l = w
        .trim()
        .trim_matches(['`', '*'])
        .trim_start_matches('@')
        .to_ascii_lowercase();
    let l = ["parameter", "param"]
        .iter()
        .find_map(|s| l.strip_suffix(s).filter(|r| !r.is_empty()))
        .unwrap_or(&l)
        .trim();
    match l {
        "path" | "url" | "uri" | "route" => Some(Location::Path),
        "query" | "querystring" | "query string" => Some(Location::Query),
        "header" | "headers" => Some(Location::Header),
        "body" | "json" | "form" | "formdata" | "form data" | "payload" => Some(Location::Body),
        _ => None,
    }
}

/// The type a type word names (`String`, `integer`, `Array of String`, `snowflake`,
/// `ISO8601 timestamp`, `Hash`), or `None`.
pub(super) fn type_word(w: &str) -> Option<TypeRef> {
    let l = w.trim().trim_end_matches(['.', ',']).to_ascii_lowercase();
    let l = l.trim();
    if let Some(item) = l
        .strip_prefix("array of ")
        .or_else(|| l.strip_prefix("list of "))
        .or_else(|| l.strip_prefix("array<").map(|s| s.trim_end_matches('>')))
    {
        let item = item.trim_end_matches('s');
        return Some(TypeRef::List(Box::new(
            type_word(item).unwrap_or(TypeRef::Primitive(Primitive::String)),
        )));
    }
    if let Some(item) = l.strip_suffix("[]") {
        return type_word(item).map(|t| TypeRef::List(Box::new(t)));
    }
    let p = match l {
        "string" | "str" | "text" | "snowflake" | "id" | "url" | "uri" | "email" => {
            Primitive::String
        }
        "integer" | "int" | "int32" | "int64" | "long" => Primitive::Integer,
        "number" | "float" | "double" | "decimal" => Primitive::Number,
        "boolean" | "bool" => Primitive::Boolean,
        "datetime" | "timestamp" | "iso8601 timestamp" | "iso 8601 timestamp" | "iso 8601 date"
        | "iso8601" | "date-time" => Primitive::Datetime,
        "date" => Primitive::Date,
        "file" | "binary" => Primitive::Binary,
        "object" | "hash" | "json" | "map" | "dict" | "any" | "mixed" => Primitive::Any,
        "array" | "list" => return Some(TypeRef::List(Box::new(TypeRef::ANY))),
        _ => return None,
    };
    Some(TypeRef::Primitive(p))
}

/// The type a parameter's description gives by its first words (`String.`, `Array of
/// String.`, `Boolean. …`, `{{<required>}} Integer.`), with the cue.
pub(super) fn described_type(doc: &str) -> Option<(TypeRef, String)> {
    let d = doc.trim();
    // The leading sentence fragment, up to the first `.`, `(` or `,`.
    let head: String = d
        .chars()
        .take_while(|c| !matches!(c, '.' | '(' | ',' | ';' | '\n'))
        .collect();
    let head = head.trim();
    // `String or Array of Strings`: the API takes either; a list of them says both (one
    // value is a list of one), so the client can send what the page allows.
    if let Some((one, many)) = head.split_once(" or ")
        && let (Some(a), Some(TypeRef::List(item))) =
            (type_word(one.trim()), type_word(many.trim()))
        && *item == a
    {
        return Some((TypeRef::List(item), head.to_string()));
    }
    if head.split_whitespace().count() > 4 {
        return None;
    }
    type_word(head).map(|t| (t, head.to_string()))
}

/// What a type line says (see [`type_line`]).
#[derive(Debug, Clone)]
pub(crate) struct TypeLine {
    /// The type, with its format (`integer <int64>` is `int64`).
    pub ty: TypeRef,
    /// `or null`, `Nullable`.
    pub nullable: bool,
    /// `[ 1 .. 50 ]`, `>= 1`.
    pub minimum: Option<serde_json::Value>,
    /// `[ 1 .. 50 ]`, `<= 25` (not a length: `<= 255 characters`).
    pub maximum: Option<serde_json::Value>,
    /// Text after the type on the same line (a capture that glued the description on).
    pub rest: String,
}

/// A type line as rendered references print a field's type under its name (Redoc and
/// others): `string`, `integer <int64>`, `Array of strings`, `Array of objects (Item)`,
/// `object (detailed workflow)`, `string or null`, `integer [ 1 .. 50 ]`, `string <= 255
/// characters`, `any`; and what follows on the line.
pub(crate) fn type_line(line: &str) -> Option<TypeLine> {
    let t = line.trim();
    let lower = t.to_ascii_lowercase();
    let (mut list, rest) = match lower.strip_prefix("array of ") {
        Some(_) => (true, &t["array of ".len()..]),
        None => (false, t),
    };
    let base = base_type_word(rest)?;
    let rest = &rest[base.len()..];
    if base == "array" {
        list = true;
    }
    let word = if list {
        crate::normalise::infer::singular(&base)
    } else {
        base.clone()
    };
    let (marks, rest) = type_marks(rest);
    let scalar = match marks.format.as_deref().and_then(format_type) {
        Some(t) if matches!(word.as_str(), "integer" | "number" | "string") => t,
        _ => match word.as_str() {
            "file" => TypeRef::Primitive(Primitive::Binary),
            "null" => TypeRef::ANY,
            w => crate::normalise::infer::type_word(w)?,
        },
    };
    let ty = if list {
        TypeRef::List(Box::new(scalar))
    } else {
        scalar
    };
    Some(TypeLine {
        ty,
        nullable: marks.nullable,
        minimum: marks.minimum,
        maximum: marks.maximum,
        rest: rest.trim().to_string(),
    })
}

/// The base word of a type line: a known type word at the start (captures may glue the
/// description on), or a word of its own (`any`, `null`, `array`, `text`, `decimal`,
/// `file`).
fn base_type_word(rest: &str) -> Option<String> {
    const WORDS: [&str; 10] = [
        "integers", "integer", "numbers", "number", "strings", "string", "booleans", "boolean",
        "objects", "object",
    ];
    let rl = rest.to_ascii_lowercase();
    let mut base = WORDS
        .iter()
        .find(|w| rl.starts_with(**w))
        .map(|w| w.to_string());
    if base.is_none() {
        for w in ["any", "null", "array", "text", "decimal", "file"] {
            if rl == w || rl.starts_with(&format!("{w} ")) || rl.starts_with(&format!("{w}\n")) {
                base = Some(w.to_string());
                break;
            }
        }
    }
    base
}

/// What a type line says after its type word.
#[derive(Default)]
struct TypeMarks {
    /// `or null`, `Nullable`.
    nullable: bool,
    /// `<int64>`.
    format: Option<String>,
    /// `[ 1 .. 50 ]`, `>= 1`.
    minimum: Option<serde_json::Value>,
    /// `[ 1 .. 50 ]`, `<= 255`.
    maximum: Option<serde_json::Value>,
}

/// The marks after a type word (`or null`, `<int64>`, `(Title)`, `[ 1 .. 50 ]`, `>= 1`,
/// `<= 255 characters`, `non-empty`, `Nullable`), and what follows them. Lengths
/// (`characters`, `items`) are no bounds of the value.
fn type_marks(mut rest: &str) -> (TypeMarks, &str) {
    let mut m = TypeMarks::default();
    loop {
        let r = rest.trim_start();
        if let Some(x) = r.strip_prefix("or null") {
            m.nullable = true;
            rest = x;
        } else if let Some(x) = r.strip_prefix('<')
            && !x.starts_with('=')
            && let Some(end) = x.find('>')
        {
            m.format = Some(x[..end].trim().to_string());
            rest = &x[end + 1..];
        } else if let Some(x) = r.strip_prefix('(')
            && let Some(end) = x.find(')')
        {
            rest = &x[end + 1..]; // a schema's title
        } else if let Some(x) = r.strip_prefix("[ ")
            && let Some(end) = x.find(" ]")
        {
            let inner = &x[..end];
            let after = x[end + 2..].trim_start();
            // `[ 1 .. 50 ] characters`, `[ 1 .. 5 ] items`: a length, not a value's bounds.
            let length = after
                .strip_prefix("characters")
                .or_else(|| after.strip_prefix("items"));
            if let Some((lo, hi)) = inner.split_once(" .. ")
                && length.is_none()
            {
                m.minimum = Some(json_value(lo.trim()));
                m.maximum = Some(json_value(hi.trim()));
            }
            rest = length.unwrap_or(&x[end + 2..]);
        } else if let Some(x) = r.strip_prefix(">= ").or_else(|| r.strip_prefix("> ")) {
            let (v, after) = first_value(x);
            if !r.contains("characters")
                && !after.starts_with("characters")
                && !after.starts_with("items")
            {
                m.minimum = Some(json_value(&v));
            }
            rest = after
                .strip_prefix("characters")
                .or_else(|| after.strip_prefix("items"))
                .unwrap_or(after);
        } else if let Some(x) = r.strip_prefix("<= ").or_else(|| r.strip_prefix("< ")) {
            let (v, after) = first_value(x);
            if !after.starts_with("characters") && !after.starts_with("items") {
                m.maximum = Some(json_value(&v));
            }
            rest = after
                .strip_prefix("characters")
                .or_else(|| after.strip_prefix("items"))
                .unwrap_or(after);
        } else if let Some(x) = r.strip_prefix("non-empty") {
            rest = x;
        } else if let Some(x) = r
            .strip_prefix("Nullable")
            .or_else(|| r.strip_prefix("nullable"))
        {
            m.nullable = true;
            rest = x;
        } else {
            break;
        }
    }
    (m, rest)
}

/// The type a format mark gives a scalar (`int64`, `date-time`, `uint8`, `double`).
fn format_type(f: &str) -> Option<TypeRef> {
    let f = f.trim_end_matches(' ');
    match f {
        "int32" | "int64" | "date" | "binary" | "uint64" => crate::normalise::infer::type_word(f),
        "date-time" => Some(TypeRef::Primitive(Primitive::Datetime)),
        "uint8" => Some(TypeRef::Primitive(Primitive::Uint8)),
        "float" | "double" => Some(TypeRef::Primitive(Primitive::Number)),
        _ => None,
    }
}

/// The first value of `"a" rest` or `10 rest`, and the rest.
pub(super) fn first_value(v: &str) -> (String, &str) {
    let v = v.trim();
    if let Some(inner) = v.strip_prefix('"')
        && let Some(end) = inner.find('"')
    {
        return (format!("\"{}\"", &inner[..end]), inner[end + 1..].trim());
    }
    match v.split_once(char::is_whitespace) {
        Some((a, b)) => (a.to_string(), b.trim()),
        None => (v.to_string(), ""),
    }
}

/// A value as written: JSON, else the text.
fn json_value(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.to_string()))
}

/// `"a" "b" "c" rest`: the quoted values and the rest; `… 244 more` after them is
/// skipped. Unquoted values (`0 1 2`) are not strings: none, and no rest.
pub(crate) fn quoted_values(v: &str) -> (Vec<String>, &str) {
    let mut rest = v.trim();
    let mut out = Vec::new();
    while let Some(inner) = rest.strip_prefix('"') {
        let Some(end) = inner.find('"') else {
            break;
        };
        out.push(inner[..end].to_string());
        rest = inner[end + 1..].trim_start();
    }
    if out.is_empty() {
        // Unquoted enum values (`Enum: 0 1 2`) are not strings: not an enum type; the rest
        // of the line is the values, not a description.
        return (Vec::new(), "");
    }
    if let Some(r) = rest.strip_prefix('…') {
        rest = r.trim_start();
        // `… 244 more`
        rest = rest
            .split_once("more")
            .map_or(rest, |(_, r)| r.trim_start());
    }
    (out, rest)
}

/// A type a schema leaves open (`object`, `any`, `Array of any`): what a sample shows of it
/// is all there is to know.
pub(crate) fn open_type(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Map(inner) => **inner == TypeRef::ANY,
        TypeRef::List(inner) => open_type(inner),
        TypeRef::Primitive(chatgen_codegen::spec::Primitive::Any) => true,
        _ => false,
    }
}
