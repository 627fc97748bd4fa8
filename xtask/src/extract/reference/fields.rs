//! Parameter shapes outside tables: stacked fields, definition lists, `name - …` / `name:
//! …` / `` `name` (type, required) `` bullets and their nesting.

use chatgen_codegen::spec::{Location, TypeRef};

use super::labels::{heading_ctx, label_ctx};
use super::routes::placeholder_value;
use super::samples::request_type_heading;
use super::types::{first_value, location_word, quoted_values, type_line, type_word};
use crate::read::blocks::{Block, Kind};

/// A parameter as a list shows it, before its location is settled.
#[derive(Debug, Clone, Default)]
pub(super) struct RawParam {
    pub(super) name: String,
    pub(super) ty: Option<String>,
    pub(super) required: Option<bool>,
    pub(super) nullable: bool,
    pub(super) location: Option<Location>,
    pub(super) doc: String,
    pub(super) line: u32,
    /// The type a typed item gives (`LIST of Project`, `int list`, `User`), read already.
    pub(super) ty_ref: Option<TypeRef>,
    /// A default the item states (`Optional: false`), as written.
    pub(super) default: Option<String>,
    /// `can be missing`: an answer's field that may be absent.
    pub(super) missing: bool,
    /// The more-indented items under it: the fields of its struct.
    pub(super) children: Vec<RawParam>,
    /// Bounds a type line gives (`integer [ 1 .. 50 ]`, `<= 25`).
    pub(super) minimum: Option<serde_json::Value>,
    pub(super) maximum: Option<serde_json::Value>,
    /// The values an `Enum: "a" "b"` line lists.
    pub(super) values: Vec<String>,
    /// The name its table's query-string column gives it (`QS`, `Query string`), empty
    /// where that cell is: its name in a query, if it goes in one.
    pub(super) query_name: Option<String>,
}

/// `term\n: description` (a Markdown definition list as the Markdown front end keeps it).
/// A field written as lines (`name type [required]` then its description), as pages that
/// set name, type and description apart print it; a browser's copy may glue the parts
/// (`id` / `integer requiredThe id.`, `uidstringrequiredA unique …`), or give no type
/// (`raw` / `Gets or sets …`). Returns the field and the blocks it spans.
pub(super) fn field_entry(blocks: &[Block], k: usize) -> Option<(RawParam, usize)> {
    let single = |i: usize| single_line(blocks, i);
    let line = blocks[k].span.line;
    if let Some(p) = hard_break_field(&blocks[k]) {
        return Some((p, 1));
    }
    // A capture may print a stacked field's name as a heading of its own (`X-Data-Filter`
    // over `string`): only the stacked shape reads it.
    let heading_name = single(k).is_none();
    let first = single(k).or_else(|| line_part(blocks, k))?;
    // `**name** <Required />`: a name marked by an element saying whether it is required
    // (MDX pages), its description in the next paragraph.
    if let Some((name, required)) = marked_name(first) {
        let desc = single(k + 1).filter(|t| marked_name(t).is_none());
        let mut p = new_field(name, "any", required, desc.unwrap_or(""), line);
        p.ty = None;
        return Some((p, 1 + usize::from(desc.is_some())));
    }
    if let Some(found) = stacked_field(blocks, k, first) {
        return Some(found);
    }
    if !heading_name && let Some(found) = field_list_entry(blocks, k, first) {
        return Some(found);
    }
    if heading_name {
        return None;
    }
    // `name type [required]`, its description on the next line.
    if let Some((name, ty, required)) = field_line(first) {
        let desc = single(k + 1)
            .filter(|t| field_line(t).is_none() && glued_field(t).is_none() && !t.ends_with(':'));
        return Some((
            new_field(&name, &ty, required, desc.unwrap_or(""), line),
            1 + usize::from(desc.is_some()),
        ));
    }
    // The name alone, then the type glued to the description.
    if field_name(first)
        && let Some((ty, mut required, rest)) = single(k + 1).and_then(glued_type)
    {
        let mut doc = rest.trim().to_string();
        let mut used = 2;
        if doc.is_empty()
            && !required
            && let Some(after) = single(k + 2).and_then(|t| t.strip_prefix("required"))
        {
            required = true;
            doc = after.trim().to_string();
            used = 3;
        }
        return Some((new_field(first, ty, required, &doc, line), used));
    }
    if let Some((name, ty, required, rest)) = glued_field(first) {
        return Some((new_field(name, ty, required, rest, line), 1));
    }
    // A name alone over a sentence: a field whose type the page does not give.
    if bare_field_name(first)
        && let Some(desc) = single(k + 1).filter(|t| {
            t.starts_with(|c: char| c.is_uppercase())
                && field_line(t).is_none()
                && glued_field(t).is_none()
        })
    {
        let mut p = new_field(first, "any", false, desc, line);
        p.required = None;
        return Some((p, 2));
    }
    None
}

/// A paragraph opening with a field's name alone in code, then its description in words
/// on the same line (`` `address` Hex string of the account. `` / `` `height` Block height;
/// 0 when not given. ``), one paragraph per field: the field, its type and required flag
/// unknown (the page does not give them there).
///
/// The name may be bold instead (`**type**  required`, `**Authorization** Bearer
/// \<token\>`), a `required` / `optional` word after it its flag; not a bold lead-in of
/// prose (`**Note** …`, `**ironic-inspector** assumes …`).
pub(super) fn code_name_paragraph(b: &Block, source_line: &str) -> Option<RawParam> {
    if b.kind != Kind::Paragraph {
        return None;
    }
    // (The block's text has its code marks left out: the name's are on the source line.)
    let line = source_line.trim();
    let (name, after, bold) = if let Some(rest) = line.strip_prefix('`') {
        let (name, after) = rest.split_once('`')?;
        (name, after, false)
    } else {
        let rest = line.strip_prefix("**")?;
        let (name, after) = rest.split_once("**")?;
        (name, after, true)
    };
    // (The description follows on the line, after a space: `` `a`, `b` `` or `` `a`:``
    // is something else.)
    let after = after.strip_prefix(' ')?.trim();
    if !field_name(name) || after.is_empty() || after.starts_with(['`', ':', ',', '-', '=']) {
        return None;
    }
    // (A bold name is a field's only before its flag, `**type**  required`, or a request
    // header's before its value, `**Authorization** Bearer \<token\>`: otherwise the
    // subject of a sentence, `**ironic-inspector** assumes that …`.)
    let flag = after.split_whitespace().next().and_then(|w| {
        match w
            .trim_matches(['(', ')', ',', '.'])
            .to_ascii_lowercase()
            .as_str()
        {
            "required" => Some(true),
            "optional" => Some(false),
            _ => None,
        }
    });
    if bold
        && (super::labels::label_name(name)
            || (flag.is_none() && !super::params::request_header_name(name)))
    {
        return None;
    }
    let desc = b.text.trim().strip_prefix(name)?.strip_prefix(' ')?.trim();
    let mut p = new_field(name, "any", false, desc, b.span.line);
    p.ty = None;
    p.required = flag.filter(|_| bold);
    Some(p)
}

/// The name in code after a word saying it is a parameter and a colon (`RequestParameter:
/// q`, `Query parameter: limit`, as a page writes its framework's annotation): the name.
pub(super) fn labelled_code_name(code: &str) -> Option<&str> {
    let (label, name) = code.split_once(": ")?;
    let name = name.trim();
    let mut words = String::new();
    for c in label.chars() {
        if c.is_uppercase() && !words.is_empty() {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    let parameter = words.split_whitespace().any(|w| {
        matches!(
            w,
            "parameter" | "param" | "parameters" | "params" | "variable" | "argument"
        )
    });
    (parameter && field_name(name)).then_some(name)
}

/// A paragraph opening with a field's name in code, then its type and a `Required` mark if
/// any, ended by a hard line break (a backslash) over its description (`` `keys`
/// **Required**\ `` / `Array of primary keys.`, `` `mode`\ `` / `Where to put it.`):
/// the field; unmarked, its required flag stays unknown (the page may say it elsewhere).
fn hard_break_field(b: &Block) -> Option<RawParam> {
    if b.kind != Kind::Paragraph {
        return None;
    }
    let (head, desc) = b.text.trim().split_once("\\\n")?;
    let mut words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let name = words.remove(0);
    if !field_name(name) {
        return None;
    }
    let required = words
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("required"));
    if required {
        words.pop();
    }
    let ty = words.join(" ");
    if !ty.is_empty() && !field_type_words(&ty.to_ascii_lowercase()) {
        return None;
    }
    let mut p = new_field(
        name,
        if ty.is_empty() { "any" } else { &ty },
        required,
        desc,
        b.span.line,
    );
    if ty.is_empty() {
        p.ty = None;
    }
    if !required {
        p.required = None;
    }
    Some(p)
}

/// A name alone over a field list of its facts, a paragraph each (an RST field list as
/// Sphinx renders it: ``` ``uid`` ``` / `:Description: The user ID.` / `:Type: String` /
/// `:Example: foo` / `:Required: Yes`): the field with its type, flag and description.
/// Returns the field and the blocks it spans; none unless the first fact follows the name.
fn field_list_entry(blocks: &[Block], k: usize, first: &str) -> Option<(RawParam, usize)> {
    let name = first.trim().trim_matches('`');
    if !field_name(name) {
        return None;
    }
    let fact = |i: usize| {
        let b = blocks.get(i).filter(|b| b.kind == Kind::Paragraph)?;
        let (key, value) = b.text.trim().split_once(':')?;
        let key = key.trim().trim_start_matches(':').to_ascii_lowercase();
        matches!(
            key.as_str(),
            "description" | "type" | "required" | "example" | "default" | "valid values"
        )
        .then(|| (key, value.trim().replace('\n', " ")))
    };
    let mut p = RawParam {
        name: name.to_string(),
        line: blocks[k].span.line,
        ..RawParam::default()
    };
    let mut used = 1;
    while let Some((key, value)) = fact(k + used) {
        match key.as_str() {
            "description" => p.doc = value,
            "type" => p.ty = Some(value.trim_matches('`').to_string()),
            "required" => {
                p.required = super::tables::required_cell(value.trim_end_matches('.'), false);
            }
            "default" => p.default = Some(value.trim_matches('`').to_string()),
            _ => {}
        }
        used += 1;
    }
    (used > 1).then_some((p, used))
}

/// A line holding only a wire name (bold or code, or bare) and an element that says whether
/// it is required (`**after** <Optional />`, `` `domain` <Required/> ``): the name and the
/// flag.
pub(super) fn marked_name(t: &str) -> Option<(&str, bool)> {
    let t = t.trim();
    let open = t.rfind('<')?;
    let tag = t[open + 1..]
        .strip_suffix('>')?
        .trim_end_matches('/')
        .trim();
    let required = match tag.to_ascii_lowercase().as_str() {
        "required" => true,
        "optional" => false,
        _ => return None,
    };
    let name = t[..open].trim().trim_matches(|c| c == '*' || c == '`');
    field_name(name).then_some((name, required))
}

/// Block `i` as a paragraph of one line, trimmed.
fn single_line(blocks: &[Block], i: usize) -> Option<&str> {
    blocks
        .get(i)
        .filter(|b| b.kind == Kind::Paragraph && !b.text.trim().contains('\n'))
        .map(|b| b.text.trim())
}

/// A part of a stacked field after its name: a line of its own (a plain-text capture takes
/// a short line before a blank one for a heading).
fn line_part(blocks: &[Block], i: usize) -> Option<&str> {
    blocks
        .get(i)
        .filter(|b| {
            (b.kind == Kind::Paragraph || b.level() == Some(0)) && !b.text.trim().contains('\n')
        })
        .map(|b| b.text.trim())
}

/// A field as a field line gives it: name, written type, required flag, description.
fn new_field(name: &str, ty: &str, required: bool, doc: &str, line: u32) -> RawParam {
    RawParam {
        name: name.to_string(),
        ty: Some(ty.to_string()),
        required: Some(required),
        nullable: false,
        location: None,
        doc: doc.trim().to_string(),
        line,
        ..RawParam::default()
    }
}

/// A field stacked a part per line from block `k` (its name `first`), as Redoc and many
/// rendered references print it: the name, `required` (if so), the type (`integer
/// <int64>`, `string [ 1 .. 50 ] characters`, `Array of strings`), facts (`Default: 10`,
/// `Enum: "a" "b"`, `Example: 5`), then the description. Returns the field and the blocks
/// it spans.
fn stacked_field(blocks: &[Block], k: usize, first: &str) -> Option<(RawParam, usize)> {
    let part = |i: usize| line_part(blocks, i);
    if !(field_name(first) || odd_wire_name(first)) {
        return None;
    }
    let (at, required) = match part(k + 1) {
        Some("required") => (k + 2, true),
        Some(_) => (k + 1, false),
        None => return None,
    };
    let ty_line = part(at)?;
    let ty = stacked_type(ty_line).or_else(|| {
        // `string (codigo_externo) <= 50 characters`: a schema's title, a length.
        type_line(ty_line)
            .filter(|t| t.rest.is_empty())
            .and_then(|_| ty_line.split_whitespace().next().map(str::to_string))
    })?;
    let mut used = at + 1 - k;
    let mut facts = Vec::new();
    while let Some(l) = part(k + used)
        && ["Default:", "Enum:", "Example:", "Examples:", "Value:"]
            .iter()
            .any(|f| l.starts_with(f))
    {
        facts.push(l);
        used += 1;
    }
    let desc = part(k + used).filter(|t| {
        // (`Opções:` over the values it explains: the description, not a label.)
        (!t.ends_with(':') || (label_ctx(t).is_none() && !t.contains(' ')))
            // `HEADER PARAMETERS` after the last field's facts: the next list's label.
            && heading_ctx(t).is_none()
            && stacked_type(t).is_none()
            && !((field_name(t) || odd_wire_name(t))
                && part(k + used + 1).is_some_and(|n| n == "required" || stacked_type(n).is_some()))
    });
    if desc.is_some() {
        used += 1;
    }
    let mut p = new_field(
        first,
        &ty,
        required,
        desc.unwrap_or(""),
        blocks[k].span.line,
    );
    if let Some(d) = facts.iter().find_map(|f| f.strip_prefix("Default:")) {
        p.default = Some(first_value(d).0);
    }
    if let Some(v) = facts.iter().find_map(|f| f.strip_prefix("Enum:")) {
        p.values = quoted_values(v).0;
    }
    // The type line's format and bounds (`integer <int64> [ 1 .. 50 ]`).
    if let Some(t) = type_line(ty_line) {
        p.ty_ref = Some(t.ty);
        p.nullable |= t.nullable;
        p.minimum = t.minimum;
        p.maximum = t.maximum;
    }
    Some((p, used))
}

/// The type line of a stacked field (`integer <int64>`, `string [ 1 .. 50 ] characters`,
/// `Array of strings`, `boolean`, `object`): its type words, without format and bounds.
fn stacked_type(line: &str) -> Option<String> {
    let head = line
        .split(['<', '['])
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches("or null")
        .trim();
    let lower = head.to_ascii_lowercase();
    let words = lower.split_whitespace().count();
    ((1..=3).contains(&words)
        && (field_type_words(&lower) || lower == "object" || lower == "array"))
        .then(|| head.to_string())
}

/// `name type [required]`: the name, the type words and whether it says `required` (also
/// `Required`, or `Optional` saying it is not: `name string Required`, as a page sets
/// `<b>name</b> <font color="gray"> string </font> <font color="red"> Required </font>`).
pub(super) fn field_line(line: &str) -> Option<(String, String, bool)> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let name = words.remove(0);
    let flag = words.last().copied();
    let required = matches!(flag, Some("required" | "Required"));
    if required || matches!(flag, Some("optional" | "Optional")) {
        words.pop();
    }
    let ty = words.join(" ");
    (field_name(name) && !ty.is_empty() && field_type_words(&ty))
        .then(|| (name.to_string(), ty, required))
}

/// Whether `words` are a field line's type: a type name, or `array of <type names>`.
fn field_type_words(words: &str) -> bool {
    match words.strip_prefix("array of ") {
        Some(item) => field_type_words(item.trim_end_matches('s')) || field_type_words(item),
        None => {
            words == words.to_ascii_lowercase()
                && !words.contains(' ')
                && (words == "object" || crate::normalise::infer::type_word(words).is_some())
        }
    }
}

/// A parameter or field name: ASCII letters, digits, `_`, `-`, `.`, not starting with a digit.
pub(super) fn field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        || bracketed_name(name)
}

/// Lines of a plain code block that each give a field as `name: Type` or `name: Type
/// description` (`max_results: Int32`, `page: Int32`), the first on line `first`: the
/// fields, when every non-empty line is one whose first word after the colon is a type
/// word (so that `Content-Type: application/json` lines are not).
pub(super) fn code_field_lines(text: &str, first: u32) -> Option<Vec<RawParam>> {
    let mut out = Vec::new();
    // `s=user/-/label/Folder` / `dest=…`: each line a parameter as sent, its example value
    // (`# Starred items` comments between them).
    let lines: Vec<(u32, &str)> = (first..)
        .zip(text.lines())
        .map(|(n, l)| (n, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect();
    if let Some(out) = ruled_text_table(text, first) {
        return Some(out);
    }
    if let Some(out) = commented_names(&lines) {
        return Some(out);
    }
    let pairs: Vec<(u32, &str)> = lines
        .iter()
        .filter_map(|&(n, l)| {
            let (name, value) = l.split_once('=')?;
            (field_name(name.trim()) && !value.contains(char::is_whitespace))
                .then_some((n, name.trim()))
        })
        .collect();
    if let Some(out) = sample_value_lines(&lines) {
        return Some(out);
    }
    if !pairs.is_empty() && pairs.len() == lines.len() {
        let mut out: Vec<RawParam> = Vec::new();
        for (line, name) in pairs {
            if !out.iter().any(|p| p.name == name) {
                out.push(RawParam {
                    name: name.to_string(),
                    line,
                    ..RawParam::default()
                });
            }
        }
        return Some(out);
    }
    for (line, l) in (first..).zip(text.lines()) {
        if l.trim().is_empty() {
            continue;
        }
        let typed = l.trim().split_once(':').and_then(|(name, rest)| {
            let name = name.trim();
            let (word, after) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
            (field_name(name) && super::types::type_word(word).is_some())
                .then_some((name, word, after))
        });
        let Some((name, word, after)) = typed else {
            return described_name_lines(text, first);
        };
        out.push(RawParam {
            name: name.to_string(),
            ty: Some(word.to_string()),
            doc: after.trim().to_string(),
            line,
            ..RawParam::default()
        });
    }
    (!out.is_empty()).then_some(out)
}

/// Lines of a plain code block that each give a field as `name: description`, a flag in
/// brackets maybe closing it (`decrypterAddress: String object containing the address of
/// the decrypter (required)`, `dataNftAddress: the checksummed address of the data nft
/// (optional)`), lines indented further continuing the description: the fields, when
/// there are two or more and every description is words (two or more), not a value as
/// `key: value` samples give.
fn described_name_lines(text: &str, first: u32) -> Option<Vec<RawParam>> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    // (Braces around the lines, `{` / `}`, as an object's outline, are no line of it.)
    let brace = |l: &str| matches!(l.trim(), "{" | "}" | "");
    let edge = text.lines().filter(|l| !brace(l)).map(indent).min()?;
    let mut out: Vec<RawParam> = Vec::new();
    for (line, l) in (first..).zip(text.lines()) {
        if brace(l) {
            continue;
        }
        if indent(l) > edge {
            let p = out.last_mut()?;
            p.doc.push(' ');
            p.doc.push_str(l.trim());
            continue;
        }
        let field = l
            .trim()
            .split_once(':')
            .filter(|(name, rest)| field_name(name.trim()) && rest.split_whitespace().count() >= 2);
        let Some((name, rest)) = field else {
            // (A note after the fields, `At least one parameter from … is required`, ends
            // them.)
            if out.len() >= 2 {
                break;
            }
            return None;
        };
        let (name, rest) = (name.trim(), rest.trim());
        let mut p = RawParam {
            name: name.to_string(),
            doc: rest.to_string(),
            line,
            ..RawParam::default()
        };
        let tail = rest.trim_end_matches(['.', ' ']).to_ascii_lowercase();
        if tail.ends_with("(required)") {
            p.required = Some(true);
        } else if tail.ends_with("(optional)") {
            p.required = Some(false);
        }
        if let Some(w) = rest.split([' ', ',']).next()
            && super::types::type_word(w).is_some()
        {
            p.ty = Some(w.to_string());
        }
        out.push(p);
    }
    (out.len() >= 2).then_some(out)
}

/// A table set as plain text in a code block: a header line of column words (`Name
/// Type Description`, the first `name`), a rule of dashes under it, then a row per name
/// at the left edge with its type word and description, lines indented further continuing
/// the description:
///
/// ```text
/// Name      Type     Description
/// -----------------------------------
/// limit     Number   The page size
///                    (at most 500)
/// ```
fn ruled_text_table(text: &str, first: u32) -> Option<Vec<RawParam>> {
    let mut rows = (first..)
        .zip(text.lines())
        .filter(|(_, l)| !l.trim().is_empty());
    let (_, header) = rows.next()?;
    let words: Vec<String> = header
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    if words.len() < 2
        || !matches!(words[0].as_str(), "name" | "parameter" | "field")
        || !words.iter().any(|w| w == "type" || w == "description")
    {
        return None;
    }
    let (_, rule) = rows.next()?;
    let rule = rule.trim();
    if rule.len() < 3 || !rule.chars().all(|c| matches!(c, '-' | '=' | ' ')) {
        return None;
    }
    let edge = header.len() - header.trim_start().len();
    let typed = words.get(1).is_some_and(|w| w == "type");
    let mut out: Vec<RawParam> = Vec::new();
    for (line, l) in rows {
        let indent = l.len() - l.trim_start().len();
        if indent > edge {
            let p = out.last_mut()?;
            if !p.doc.is_empty() {
                p.doc.push(' ');
            }
            p.doc.push_str(l.trim());
            continue;
        }
        let mut parts = l.split_whitespace();
        let name = parts.next()?;
        if !field_name(name) {
            return None;
        }
        let mut rest: Vec<&str> = parts.collect();
        let ty = match rest.first() {
            Some(w) if typed && super::types::type_word(w).is_some() => {
                Some(rest.remove(0).to_string())
            }
            _ => None,
        };
        out.push(RawParam {
            name: name.to_string(),
            ty,
            doc: rest.join(" "),
            line,
            ..RawParam::default()
        });
    }
    (!out.is_empty()).then_some(out)
}

/// Lines of a code block each a field as sent with a sample value, `name: value`, the name
/// in lower case first and marked `(optional)` or `(required)` in parentheses before the
/// colon where the page marks it (`from (optional): 0`, `addrs: 2NF2…,2NAre…`): the
/// fields, required or optional as marked, else unsaid. An `eg` line ends the list (what
/// follows is its example filled in).
fn sample_value_lines(lines: &[(u32, &str)]) -> Option<Vec<RawParam>> {
    let mut out: Vec<RawParam> = Vec::new();
    for &(line, l) in lines {
        let lower = l.trim_end_matches(':').to_ascii_lowercase();
        if matches!(lower.as_str(), "eg" | "e.g." | "example" | "for example") {
            break;
        }
        let (head, value) = l.split_once(':')?;
        let (name, mark) = match head.split_once('(') {
            Some((n, m)) => (n.trim(), Some(m.trim().trim_end_matches(')').trim())),
            None => (head.trim(), None),
        };
        let required = match mark.map(str::to_ascii_lowercase).as_deref() {
            None => None,
            Some("optional" | "option") => Some(false),
            Some("required" | "mandatory") => Some(true),
            Some(_) => return None,
        };
        if !name.starts_with(|c: char| c.is_ascii_lowercase())
            || !field_name(name)
            || name.contains('-')
            || value.trim().is_empty()
            || value.trim_start().starts_with(['{', '['])
            // (`http://host/x?a=1`: a URL, no field.)
            || value.starts_with("//")
            // (`page: Int32`: a typed field line, read as such below.)
            || value
                .split_whitespace()
                .next()
                .is_some_and(|w| super::types::type_word(w).is_some())
        {
            return None;
        }
        if !out.iter().any(|p| p.name == name) {
            out.push(RawParam {
                name: name.to_string(),
                required,
                line,
                ..RawParam::default()
            });
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Lines of a code block each a bare name with a `//` comment after it or none, `//`
/// comment lines above it describing it (`// The page size.` / `limit // Optional, int`,
/// `:id` as a path placeholder is written): the names, required or optional as the
/// trailing comment's first word says (else unsaid), typed by a type word among its
/// words, described by the comment lines above. Only in a block with comments.
fn commented_names(lines: &[(u32, &str)]) -> Option<Vec<RawParam>> {
    if !lines.iter().any(|(_, l)| l.contains("//")) {
        return None;
    }
    let mut out: Vec<RawParam> = Vec::new();
    let mut above: Vec<&str> = Vec::new();
    for &(line, l) in lines {
        if let Some(c) = l.strip_prefix("//") {
            above.push(c.trim());
            continue;
        }
        let (name, comment) = l.split_once("//").unwrap_or((l, ""));
        let name = name.trim().trim_start_matches([':', '*']);
        if !field_name(name) || name.contains(char::is_whitespace) {
            return None;
        }
        let words: Vec<String> = comment
            .split([',', ' '])
            .map(|w| w.trim().to_ascii_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        let required = match words.first().map(String::as_str) {
            Some("required" | "mandatory") => Some(true),
            Some("optional") => Some(false),
            _ => None,
        };
        let ty = words
            .iter()
            .take(3)
            .find(|w| super::types::type_word(w).is_some())
            .cloned();
        out.push(RawParam {
            name: name.to_string(),
            required,
            ty,
            doc: std::mem::take(&mut above).join(" "),
            line,
            ..RawParam::default()
        });
    }
    (!out.is_empty()).then_some(out)
}

/// A name with a key in brackets (`filter[chain_type]`, `ids[]`), as deep-object query
/// parameters are written.
pub(super) fn bracketed_name(name: &str) -> bool {
    let Some((head, rest)) = name.split_once('[') else {
        return false;
    };
    field_name(head)
        && rest.ends_with(']')
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'))
}

/// A wire name that starts with a digit or a sign (`2fa`, `$top`, `@type`), as a stacked
/// field prints it over its type line.
pub(super) fn odd_wire_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '@'))
        && name.len() <= 80
        && name.chars().any(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '$' | '@'))
}

/// A snake_case name (lower-case letters, digits, `_`), as names without a type print.
pub(super) fn bare_field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Type words at the start of a copied line, glued to what follows, whether `required`
/// follows them, and the rest: `integer requiredApp id` → (`integer`, true, `App id`).
pub(super) fn glued_type(line: &str) -> Option<(&str, bool, &str)> {
    const TYPES: [&str; 11] = [
        "array of integers",
        "array of strings",
        "array of objects",
        "array of numbers",
        "array of booleans",
        "array",
        "string",
        "integer",
        "boolean",
        "number",
        "object",
    ];
    let ty = TYPES.iter().find(|t| line.starts_with(**t))?;
    let rest = &line[ty.len()..];
    match rest.trim_start().strip_prefix("required") {
        Some(after) => Some((ty, true, after)),
        None => Some((ty, false, rest)),
    }
}

/// A copied field line with name, type, `required` and description run together
/// (`uidstringrequiredA unique …`): the shortest name-like prefix followed by type words
/// whose rest starts a description (a capital, `required`, or nothing); failing that, by
/// any type words.
pub(super) fn glued_field(line: &str) -> Option<(&str, &str, bool, &str)> {
    // The name is a prefix of name characters (ASCII, so every index in it is a char
    // boundary): where it ends is found once, not by testing each prefix again (which was
    // quadratic in the length of a long line).
    let name_end = if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        line.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .unwrap_or(line.len())
    } else {
        0
    };
    let splits = || {
        (1..=name_end).filter(|&p| p < line.len()).filter_map(|p| {
            glued_type(&line[p..]).map(|(ty, req, rest)| (&line[..p], ty, req, rest))
        })
    };
    let starts_description = |req: bool, rest: &str| {
        req || rest.is_empty() || rest.starts_with(|c: char| !c.is_ascii_lowercase())
    };
    splits()
        .find(|&(_, _, req, rest)| starts_description(req, rest))
        .or_else(|| splits().next())
}

/// A definition list's term over its description (`term\n: description`): the parameter
/// the term names. A reStructuredText term may carry classifiers after ` : ` (`timeout :
/// float : optional`, `url : string : required`): `required` / `optional` set the flag,
/// another classifier is the written type.
pub(super) fn definition(b: &Block) -> Option<RawParam> {
    let (term, rest) = b.text.split_once('\n')?;
    let desc = rest.trim_start().strip_prefix(':')?;
    let mut parts = term.split(" : ");
    let mut p = name_part(parts.next()?.trim())?;
    for classifier in parts.map(str::trim) {
        match classifier.to_ascii_lowercase().as_str() {
            "required" => p.required = Some(true),
            "optional" => p.required = Some(false),
            "" => {}
            _ if p.ty.is_none() => p.ty = Some(classifier.to_string()),
            _ => {}
        }
    }
    p.doc = desc.replace("\\\n", "\n").trim().to_string();
    p.line = b.span.line;
    Some(p)
}

/// A bullet `name - …`, `name: …`, `name — …`, `name (type, required) …`, `name type …`.
/// The parameters of a bullet: one, or several sharing a description (`width,height :
/// Integer. …`, or joined as a query string, `from=&to [string]: …`).
pub(super) fn bullets(text: &str, line: u32) -> Vec<RawParam> {
    let t = text.trim();
    if let Some((names, rest)) = t.split_once(':')
        && names.contains(',')
    {
        let parts: Vec<&str> = names.split(',').map(str::trim).collect();
        if parts
            .iter()
            .all(|n| !n.contains(char::is_whitespace) && name_part(n).is_some())
        {
            return parts
                .iter()
                .filter_map(|n| bullet(&format!("{n} :{rest}"), line))
                .collect();
        }
    }
    // `a=&b [string]: …`: names written as the query string that sends them together.
    if let Some(first) = t.split_whitespace().next()
        && first.contains("=&")
    {
        let names: Vec<&str> = first
            .trim_end_matches(':')
            .split('&')
            .map(|n| n.trim_end_matches('='))
            .collect();
        if names.len() >= 2 && names.iter().all(|n| field_name(n)) {
            let rest = &t[first.len()..];
            return names
                .iter()
                .filter_map(|n| bullet(&format!("{n}{rest}"), line))
                .collect();
        }
    }
    bullet(text, line).into_iter().collect()
}

/// Whether every line of an item names a wire name (`device_id`, `user.name`) before a
/// dash and a description: a parameter list even without a label over it.
pub(super) fn dash_list(text: &str) -> bool {
    every_line(text, |l| {
        let Some((name, rest)) = l.split_once(char::is_whitespace) else {
            return false;
        };
        let rest = rest.trim_start();
        list_wire_name(name)
            && (rest.starts_with("— ") || rest.starts_with("– ") || rest.starts_with("- "))
    })
}

/// Whether `text` has a line that is not blank and every such line, trimmed, is `is`.
fn every_line(text: &str, is: impl Fn(&str) -> bool) -> bool {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    lines.peek().is_some() && lines.all(is)
}

/// A wire name as a list item opens with it: ASCII letters, digits, `_`, `.`, `-`.
fn list_wire_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// Whether every line of an item names a wire name in lower case before a colon and a
/// description (`per_page: maximum number of entries to return`). (A capital before the
/// colon is a label of prose, `Note: …`, `Returns: …`.) Only a list with nothing
/// introducing it is a parameter list, see `Walk::unintroduced_list`.
pub(super) fn colon_list(text: &str) -> bool {
    every_line(text, |l| {
        let Some((name, rest)) = l.split_once(": ") else {
            return false;
        };
        name.starts_with(|c: char| c.is_ascii_lowercase())
                && list_wire_name(name)
                && !rest.trim().is_empty()
                // (`returns: json containing …`, `verb: GET`: a fact of the call, no
                // parameter.)
                && !matches!(
                    name,
                    "returns"
                        | "return"
                        | "response"
                        | "responses"
                        | "result"
                        | "results"
                        | "output"
                        | "example"
                        | "examples"
                        | "ex"
                        | "note"
                        | "notes"
                        | "see"
                        | "usage"
                        | "verb"
                        | "method"
                        | "endpoint"
                        | "url"
                        | "uri"
                )
    })
}

/// The first word of an item written `word — description` (a dash after one word), if
/// it is one.
pub(super) fn dash_item_name(text: &str) -> Option<String> {
    let (name, rest) = text.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim_start();
    (rest.starts_with("— ") || rest.starts_with("– ") || rest.starts_with("- "))
        .then(|| name.to_string())
}

/// An item read as a parameter: its name in any of the bullet shapes, then, after a dash,
/// a type and what is said of the value, or marks in parentheses and marks and a type
/// before a dash; the rest its description. `None`: no parameter (a sentence).
pub(super) fn bullet(text: &str, line: u32) -> Option<RawParam> {
    // (`Parameters:` over `* none`: the list says there is none.)
    if matches!(
        text.trim()
            .trim_end_matches('.')
            .to_ascii_lowercase()
            .as_str(),
        "none" | "n/a" | "nothing" | "no parameters"
    ) {
        return None;
    }
    // (`*NOTE: Additional parameters are documented here.*`, `Warning: …`: an admonition
    // among the items, written with a capital, is no parameter.)
    let bare = text.trim().trim_start_matches(['*', '_']);
    if [
        "NOTE:",
        "Note:",
        "Notes:",
        "NB:",
        "N.B.:",
        "WARNING:",
        "Warning:",
        "TIP:",
        "Tip:",
        "IMPORTANT:",
        "Important:",
        "CAUTION:",
        "Caution:",
    ]
    .iter()
    .any(|w| bare.starts_with(w))
    {
        return None;
    }
    let text = emphasised_marks(text);
    let text = validation_rules(&text).map_or(text, Into::into);
    let text = bracketed_type(&text);
    let text = type_first(&text).unwrap_or(text);
    let mut p = bullet_fields(&text, line)?;
    // (`Callback - PUT /participants/{Type}/{ID}`: a name for a route, the call it makes or
    // answers with, no value sent.)
    if super::routes::route_line(p.doc.trim().trim_end_matches('.')).is_some() {
        return None;
    }
    // `mode: either uuid or word passed in query string`: where it travels, said in its
    // description.
    if p.location.is_none() {
        let doc = p.doc.to_ascii_lowercase();
        let mut leads: Vec<usize> = ["passed in ", "included in "]
            .iter()
            .flat_map(|lead| doc.match_indices(lead).map(|(at, _)| at))
            .collect();
        leads.sort_unstable();
        p.location = leads
            .into_iter()
            .find_map(|at| location_phrase(&doc[at..]))
            .map(|(l, _)| l);
    }
    Some(p)
}

/// An item giving a field's validation rules after `=>`, as Laravel writes them
/// (`` `email_list_id` => required | integer ``, `` `schedule_at` =>
/// date_format:Y-m-d H:i:s ``): written again as the name with its type and flag in
/// parentheses (`email_list_id (integer, required): required | integer`). The type is the
/// first rule naming one; `required` alone makes it required (`required_if:…` says when,
/// not always).
fn validation_rules(text: &str) -> Option<String> {
    let (name, rules) = text.trim().split_once("=>")?;
    let name = name.trim().trim_matches('`');
    let rules = rules.trim().trim_matches('`').trim();
    if !code_ident(name) || rules.is_empty() {
        return None;
    }
    let words: Vec<&str> = rules.split('|').map(str::trim).collect();
    // (Every piece a rule: a word, with its arguments after a colon.)
    let rule = |w: &&str| {
        let head = w.split(':').next().unwrap_or(w);
        !head.is_empty() && head.chars().all(|c| c.is_ascii_lowercase() || c == '_')
    };
    if !words.iter().all(rule) {
        return None;
    }
    let ty = words
        .iter()
        .find_map(|w| match w.split(':').next().unwrap_or(w) {
            "string" | "email" | "url" | "uuid" | "date" | "date_format" => Some("string"),
            "integer" | "int" => Some("integer"),
            "numeric" => Some("number"),
            "boolean" | "bool" => Some("boolean"),
            "array" => Some("array"),
            _ => None,
        });
    let required = words.contains(&"required");
    let marks: Vec<&str> = ty
        .into_iter()
        .chain(required.then_some("required"))
        .collect();
    Some(if marks.is_empty() {
        format!("{name}: {rules}")
    } else {
        format!("{name} ({}): {rules}", marks.join(", "))
    })
}

/// An item naming the type before the name, as a C or PHP signature does (`string key :
/// clef de la valeur`, `int datetime`): written again as a name and its type in
/// parentheses (`key (string): clef de la valeur`). The type is a primitive's keyword in
/// lower case, the name one identifier, and nothing but a colon or a dash and the
/// description after it.
fn type_first(text: &str) -> Option<std::borrow::Cow<'static, str>> {
    let t = text.trim();
    let mut words = t.splitn(3, char::is_whitespace);
    let (ty, name) = (words.next()?, words.next()?);
    let rest = words.next().unwrap_or("").trim();
    let ident = name.len() >= 2 && code_ident(name);
    let described = rest.is_empty()
        || rest == ":"
        || rest.starts_with(": ")
        || rest.starts_with("- ")
        || rest.starts_with("– ");
    // (A primitive's keyword first; the name may be a word that names a type itself,
    // `int datetime`, but no keyword.)
    let keyword = |w: &str| {
        matches!(
            w,
            "string"
                | "int"
                | "integer"
                | "bool"
                | "boolean"
                | "float"
                | "double"
                | "number"
                | "array"
                | "object"
                | "mixed"
        )
    };
    if !(keyword(ty) && ident && !keyword(name) && described) {
        return None;
    }
    let desc = rest.trim_start_matches([':', '-', '–']).trim();
    Some(std::borrow::Cow::Owned(if desc.is_empty() {
        format!("{name} ({ty})")
    } else {
        format!("{name} ({ty}): {desc}")
    }))
}

/// An item whose marks in parentheses after the name are set in emphasis (`**skip**
/// _(integer)_ Number of results to skip.`, `name *(string, required)*`): the marks as
/// written without it (`skip (integer) …`), read as parentheses after a name are.
fn emphasised_marks(text: &str) -> std::borrow::Cow<'_, str> {
    let t = text.trim_start();
    let Some(first) = t.split_whitespace().next() else {
        return text.into();
    };
    let rest = t[first.len()..].trim_start();
    let Some(mark) = rest.chars().next().filter(|c| matches!(c, '_' | '*')) else {
        return text.into();
    };
    let inner = &rest[1..];
    let close = format!("){mark}");
    if !inner.starts_with('(') {
        return text.into();
    }
    let Some(end) = inner.find(&close) else {
        return text.into();
    };
    format!(
        "{first} {} {}",
        &inner[..=end],
        &inner[end + 2..].trim_start()
    )
    .into()
}

/// An item giving the type in square brackets after the name, a colon or nothing before the
/// description (`limit [integer]: how many to return`, `id [string] the box's id`): the
/// type read as marks in parentheses after a name are (`limit (integer) how many …`).
fn bracketed_type(text: &str) -> std::borrow::Cow<'_, str> {
    let t = text.trim_start();
    let Some(first) = t.split_whitespace().next() else {
        return text.into();
    };
    let rest = t[first.len()..].trim_start();
    let Some(inner) = rest.strip_prefix('[') else {
        return text.into();
    };
    let Some(close) = inner.find(']') else {
        return text.into();
    };
    if first.ends_with([':', ',']) || type_word(inner[..close].trim()).is_none() {
        return text.into();
    }
    let after = inner[close + 1..].trim_start();
    let after = after.strip_prefix(':').unwrap_or(after).trim_start();
    format!("{first} ({}) {after}", inner[..close].trim()).into()
}

/// [`bullet`]'s reading of the item, before a location its description says.
fn bullet_fields(text: &str, line: u32) -> Option<RawParam> {
    let (mut p, rest, dashed) = bullet_name(text)?;
    let rest = rest.trim().to_string();
    // `int`, `int list`, `LIST of Project`, `bool Optional: false`, `datetime - can be
    // missing - can be null`, `int (note)`: a type, then what is said of the value.
    if dashed && let Some(t) = typed_tail(&rest) {
        p.ty = Some(t.written);
        p.ty_ref = Some(t.ty);
        if t.default.is_some() {
            p.required = Some(false);
        }
        p.default = t.default;
        p.nullable |= t.nullable;
        p.missing = t.missing;
        p.doc = t.note;
        p.line = line;
        return Some(p);
    }
    let rest = parenthesised_marks(&mut p, rest);
    p.doc = marks_before_dash(&mut p, rest);
    // (A Chinese description opening with its mark, `必填。待识别图像的 …` "required.",
    // `可选。` "optional.", `非必填，` "not required,".)
    if p.required.is_none() {
        let d = p.doc.trim_start();
        let mark = |words: &[&str]| {
            words.iter().any(|w| {
                d.strip_prefix(w).is_some_and(|r| {
                    r.is_empty() || r.starts_with(['。', '，', '；', ',', '.', ';', ' ', '）', ')'])
                })
            })
        };
        if mark(&["非必填", "非必须", "非必选", "可选", "选填"]) {
            p.required = Some(false);
        } else if mark(&["必填", "必须", "必选"]) {
            p.required = Some(true);
        }
    }
    p.line = line;
    Some(p)
}

/// The name an item starts with and what follows its separator (`name - …`, `name: …`,
/// `name = …`, `name (…)`, `name type …` with a type word, a query-string pair or an
/// evident wire name with none), and whether a dash followed the name. `None`: the item
/// names no parameter.
fn bullet_name(text: &str) -> Option<(RawParam, &str, bool)> {
    let t = text.trim();
    // `• - member_id: id of the member`: a dash inside the bullet.
    let t = t.strip_prefix("- ").unwrap_or(t).trim_start();
    // `(Optional) note: …`, `(Optional but recommended) hostname …`, `(nullable) x:`:
    // marks before the name.
    let (t, lead) = leading_marks(t);
    // (`field name "jar", job jar file.`: a name in double quotes after the words naming
    // it a field.)
    let t = ["field name ", "field ", "parameter "]
        .iter()
        .find_map(|w| {
            t.get(..w.len())
                .filter(|h| h.eq_ignore_ascii_case(w))
                .map(|_| &t[w.len()..])
                .filter(|r| r.starts_with('"'))
        })
        .unwrap_or(t);
    // (`param: `username` name of the user to create`: a word saying the item is a
    // parameter, its name in code after it; so each item of an operation's list of facts
    // that names one, beside `method: GET` and `ex: curl …`.)
    if let Some((p, rest)) = labelled_item_name(t) {
        return Some((p, rest, false));
    }
    let mut first = t.split_whitespace().next()?;
    // `time=<rfc3339 | unix_timestamp>:`: a pair's placeholder holds spaces; the name runs
    // to its closing `>`, with the marks right after it.
    if first.contains("=<")
        && !first.contains('>')
        && let Some(close) = t.find('>')
    {
        let end = t[close..]
            .find(char::is_whitespace)
            .map_or(t.len(), |w| close + w);
        first = &t[..end];
    }
    // (`name：描述`: a full-width colon, as Chinese pages write it, glued to the name.)
    if let Some((name, _)) = first.split_once('：')
        && !name.is_empty()
    {
        first = &t[..name.len() + '：'.len_utf8()];
    }
    let head = first.trim_end_matches([':', ',', '：']);
    let mut p = name_part(head)?;
    lead.apply(&mut p);
    let mut rest = t[first.len()..].trim_start();
    // `page_id in query. Used for …`, `hostname passed in query string`, `X-Key header`:
    // where it travels, said after the name.
    if !first.ends_with([':', ',', '：'])
        && let Some((location, after)) = location_phrase(rest)
    {
        p.location = Some(location);
        rest = after;
        let rest = rest.trim_start_matches(['.', ',', ':', ';']).trim_start();
        return Some((p, rest, false));
    }
    // `` `end_time=<timestamp>` to choose … ``: a name written as its query-string pair
    // with a placeholder value needs no separator before its description.
    let pair_in_code = query_pair_name(head.trim_matches(['`', '*'])).is_some()
        // `minimal_response to only return …`: a name no prose word is (snake or camel
        // case) before a description in lower case.
        || (evident_wire_name(&p.name)
            && rest.starts_with(|c: char| c.is_lowercase())
            && !first.ends_with([',', '.']));
    // `name - type …`: a dash between the name and a type.
    let dashed = rest.starts_with("- ") || rest.starts_with("– ");
    // (`"configfile", a configuration file`: a name in double quotes, its description
    // after a comma.)
    let quoted = head.len() > 2 && head.starts_with('"') && head.ends_with('"');
    let rest = if first.ends_with([':', '：']) || pair_in_code || (quoted && first.ends_with(','))
    {
        rest
    } else if let Some(r) = ["- ", "– ", "— ", ": ", "= ", "："]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
    {
        r
    } else if rest.starts_with('(') {
        rest
    } else if rest.is_empty() || matches!(rest.trim(), ":" | "-" | "–" | "—") {
        // `firstname :`: listed, not described.
        ""
    } else {
        // `name type description` only when the second word is a type word.
        let w = rest.split_whitespace().next().unwrap_or("");
        type_word(w.trim_matches([',', '(', ')', '.']))?;
        rest
    };
    Some((p, rest, dashed))
}

/// The words an item opens with, before a colon, to say it gives a parameter.
const ITEM_LABELS: [&str; 5] = ["param", "parameter", "arg", "argument", "field"];

/// An item opening with a word that says it gives a parameter and a colon, the name (in
/// code) after it (`param: `user_ids[]` array of unique user ids`, `Argument: `limit` …`):
/// the parameter, and its description.
fn labelled_item_name(t: &str) -> Option<(RawParam, &str)> {
    let (label, rest) = t.split_once(':')?;
    if !ITEM_LABELS.contains(&label.trim().to_ascii_lowercase().as_str()) {
        return None;
    }
    // (An item's text has its code marks off: the name is the first word.)
    let rest = rest.trim_start();
    let (name, after) = match rest.strip_prefix('`') {
        Some(code) => code.split_once('`')?,
        None => rest.split_once(char::is_whitespace).unwrap_or((rest, "")),
    };
    // (`param: parameters for the service`: a field named `param`, described; a word of
    // the label's own, or its plural, is no name after it.)
    let lower = name.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "none" | "required" | "optional" | "n/a" | "-"
    ) || ITEM_LABELS.contains(&lower.strip_suffix('s').unwrap_or(&lower))
    {
        return None;
    }
    let p = name_part(name).filter(|p| p.name == name.trim())?;
    Some((p, after.trim_start()))
}

/// Marks an item writes before the name: `(Optional)`, `(Optional but recommended)`,
/// `(Required)`, `(nullable)`.
#[derive(Default, Clone, Copy)]
struct LeadMarks {
    required: Option<bool>,
    nullable: bool,
}

impl LeadMarks {
    fn apply(self, p: &mut RawParam) {
        if self.required.is_some() {
            p.required = self.required;
        }
        p.nullable |= self.nullable;
    }
}

/// The marks in parentheses an item opens with, and the rest. A parenthesis of other
/// words is no mark: the text is returned whole.
fn leading_marks(t: &str) -> (&str, LeadMarks) {
    let mut marks = LeadMarks::default();
    let Some(inner) = t.strip_prefix('(') else {
        return (t, marks);
    };
    let Some(close) = inner.find(')') else {
        return (t, marks);
    };
    let words = inner[..close].to_ascii_lowercase();
    let first = words.split_whitespace().next().unwrap_or("");
    match first.trim_matches(',') {
        "optional" => marks.required = Some(false),
        "required" | "mandatory" => marks.required = Some(true),
        "nullable" => marks.nullable = true,
        _ => return (t, marks),
    }
    (inner[close + 1..].trim_start(), marks)
}

/// Where a parameter travels, said right after its name (`in query`, `in the query
/// string`, `passed in query string`, `in the request body`, `in url`, `header`): the
/// location ([`location_word`]'s) and the words after the phrase.
pub(super) fn location_phrase(rest: &str) -> Option<(Location, &str)> {
    // (A whole word: `in query.`, `header that contains …`, not `headers` or `querying`.)
    let word_end = |s: &str| s.is_empty() || s.starts_with([' ', '.', ',', ':', ';']);
    let lower = rest.to_ascii_lowercase();
    if let Some(after) = lower.strip_prefix("header").filter(|a| word_end(a)) {
        return Some((Location::Header, &rest[rest.len() - after.len()..]));
    }
    let at = ["passed ", "included ", ""]
        .iter()
        .find_map(|lead| lower.strip_prefix(lead)?.strip_prefix("in "))?;
    let at = at.strip_prefix("the ").unwrap_or(at);
    // (`request body`, `url path`: a qualifier before the location word.)
    for qualifier in ["", "request ", "url "] {
        let Some(words) = at.strip_prefix(qualifier) else {
            continue;
        };
        for n in [2, 1] {
            let phrase: Vec<&str> = words.splitn(n + 1, ' ').take(n).collect();
            let phrase = phrase.join(" ");
            let phrase = phrase.trim_end_matches(['.', ',', ':', ';']);
            let after = &words[phrase.len().min(words.len())..];
            if phrase.split(' ').count() == n
                && word_end(after)
                && let Some(l) = location_word(phrase)
            {
                return Some((l, &rest[rest.len() - after.len()..]));
            }
        }
    }
    None
}

/// `(type, required)` / `(optional)` right after the name: read into `p`; the rest
/// returned. A parenthesis of other words (`(0=no 1=yes)`) is description.
fn parenthesised_marks(p: &mut RawParam, rest: String) -> String {
    let marks_only = |inner: &str| {
        inner.split([',', '/', ';']).all(|m| {
            let ml = m.trim().to_ascii_lowercase();
            matches!(
                ml.as_str(),
                "required" | "mandatory" | "optional" | "nullable"
            ) || type_word(&ml).is_some()
                || (m.trim().starts_with(|c: char| c.is_ascii_uppercase())
                    && m.trim().chars().all(|c| c.is_ascii_alphanumeric()))
        })
    };
    let Some(inner) = rest.strip_prefix('(') else {
        return rest;
    };
    let Some(close) = inner.find(')').filter(|&close| marks_only(&inner[..close])) else {
        return rest;
    };
    for m in inner[..close].split([',', '/', ';']) {
        let m = m.trim();
        let ml = m.to_ascii_lowercase();
        if ml == "required" || ml == "mandatory" {
            p.required = Some(true);
        } else if ml == "optional" {
            p.required = Some(false);
        } else if ml == "nullable" {
            p.nullable = true;
        } else if !m.is_empty() && p.ty.is_none() {
            p.ty = Some(m.to_string());
        }
    }
    inner[close + 1..]
        .trim_start_matches([' ', '-', ':', '–', '—'])
        .trim()
        .to_string()
}

/// `optional string - …`, `integer - …`, `String. …`: marks and a type before a dash
/// (three words at most), read into `p`; the rest returned. Marks and a type that are the
/// whole rest (`` width `int` `required` ``) are read the same, leaving no description.
fn marks_before_dash(p: &mut RawParam, rest: String) -> String {
    let dashed = rest.split_once(" - ").or_else(|| rest.split_once(" – "));
    let (head, tail) = dashed.unwrap_or((rest.as_str(), ""));
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 {
        return rest;
    }
    // (With no dash, a type and a mark both: a word alone, `URL`, may be the description.)
    let mark = |w: &&str| {
        matches!(
            w.trim_matches([',', '.', '`'])
                .to_ascii_lowercase()
                .as_str(),
            "optional" | "required" | "mandatory"
        )
    };
    if dashed.is_none() && (words.len() < 2 || !words.iter().any(mark)) {
        return rest;
    }
    let mut ty = None;
    let mut marks = (None, false);
    let all = words.iter().all(|w| {
        let l = w.trim_matches([',', '.', '`']).to_ascii_lowercase();
        match l.as_str() {
            "optional" => marks.0 = Some(false),
            "required" | "mandatory" => marks.0 = Some(true),
            "nullable" => marks.1 = true,
            _ if type_word(&l).is_some() && ty.is_none() => ty = Some(w.to_string()),
            _ => return false,
        }
        true
    });
    if !all {
        return rest;
    }
    p.ty = p.ty.take().or(ty);
    p.required = marks.0.or(p.required);
    p.nullable |= marks.1;
    tail.trim().to_string()
}

/// Puts `p` under `parent` at `depth` levels below it (1: a field of its struct). A field
/// the parent has already (`details` listing `cardNumber` again in the section of another
/// card brand) is that field again: the first kept, its children and the new one's
/// together, and it is the last child again, the one later nested items go under.
pub(super) fn nest(parent: &mut RawParam, depth: u8, p: RawParam) {
    if depth <= 1 {
        if let Some(at) = parent.children.iter().position(|c| c.name == p.name) {
            let mut first = parent.children.remove(at);
            first.children.extend(p.children);
            parent.children.push(first);
        } else {
            parent.children.push(p);
        }
    } else if let Some(last) = parent.children.last_mut() {
        nest(last, depth - 1, p);
    } else {
        parent.children.push(p);
    }
}

/// What a typed item says after its name: `int`, `LIST of Project`, `bool Optional:
/// false`, `datetime - can be missing - can be null`, `int (parameter needs …)`.
struct TypedTail {
    written: String,
    ty: TypeRef,
    default: Option<String>,
    nullable: bool,
    missing: bool,
    note: String,
}

/// Reads [`TypedTail`]; none unless the text starts with a type and holds nothing but
/// these marks.
fn typed_tail(rest: &str) -> Option<TypedTail> {
    let mut head = rest.trim();
    let mut note = String::new();
    // A note in words (`(parameter needs to be owned by api user)`), not a dump's
    // parenthesis (`Array ( [0] => 1 )`, `stdClass Object ( )`).
    if head.ends_with(')')
        && let Some(open) = head.find(" (")
        && !head[open..].contains("=>")
        && head[open..].chars().filter(|c| c.is_alphabetic()).count() >= 3
    {
        note = head[open + 1..].to_string();
        head = head[..open].trim();
    }
    let mut parts = head.split(" - ");
    let first = parts.next()?.trim();
    let (written, default) = match first.split_once("Optional:") {
        Some((t, d)) => (t.trim(), Some(d.trim().to_string())),
        None => (first, None),
    };
    let ty = item_type(written)?;
    let (mut nullable, mut missing) = (false, false);
    for part in parts {
        match part.trim() {
            "can be null" => nullable = true,
            "can be missing" => missing = true,
            _ => return None,
        }
    }
    Some(TypedTail {
        written: written.to_string(),
        ty,
        default,
        nullable,
        missing,
        note,
    })
}

/// The type an item writes after its name: a type word (`int`, `datetime`), `X list` or
/// `LIST of X` (a list of X), `struct` (its fields are the items under it: an open map
/// until they are read), `array` / `list` (of any), or a capitalised type name (`User`, a
/// PHP class `Wimi\WApi\Parameter\X`), as written.
fn item_type(written: &str) -> Option<TypeRef> {
    let w = written.trim();
    if w.is_empty() || w.split_whitespace().count() > 3 {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    if lower == "struct" {
        return Some(TypeRef::Map(Box::new(TypeRef::ANY)));
    }
    if let Some(item) = lower
        .strip_prefix("list of ")
        .or_else(|| lower.strip_prefix("array of "))
    {
        let item = &w[w.len() - item.len()..];
        return item_type(item).map(|t| TypeRef::List(Box::new(t)));
    }
    if let Some(item) = w.strip_suffix(" list") {
        return item_type(item).map(|t| TypeRef::List(Box::new(t)));
    }
    if !w.contains(' ')
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '\\' || c == '_')
        && type_word(w).is_none()
    {
        return Some(TypeRef::Named(w.to_string()));
    }
    type_word(w)
}

/// The name part of a list entry: `` `name` ``, `name?` (optional), `name*` (required),
/// `:id`, a name in a wiki's emphasis of doubled apostrophes (`''name''`, `'''name'''`);
/// `None` when it is not name-like.
pub(super) fn name_part(text: &str) -> Option<RawParam> {
    let text = text.trim();
    // (`[block_identifier](types_chain.md#blockidentifier)`: a name linking to its type's
    // definition, as a Markdown table cell keeps it; the link's text is the name.)
    let text = match text
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(')'))
        .and_then(|t| t.split_once("]("))
    {
        Some((inner, url)) if !inner.contains(['[', ']']) && !url.contains([' ', ')']) => {
            inner.trim()
        }
        _ => text,
    };
    let text = match text.strip_prefix("''").and_then(|t| t.strip_suffix("''")) {
        Some(inner) if !inner.trim_matches('\'').is_empty() => inner.trim_matches('\''),
        // (`'auth'`: a name in single quotes, as PHP writes an array's key.)
        _ => match text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
            Some(inner) if !inner.is_empty() && !inner.contains(['\'', ' ']) => inner,
            _ => text,
        },
    };
    // (``__`search`__``: a name in code set in bold with underscores.)
    let text = match text.strip_prefix("__`").and_then(|t| t.strip_suffix("`__")) {
        Some(inner) if !inner.is_empty() && !inner.contains('`') => inner,
        _ => text,
    };
    let mut t = text.trim().trim_matches(['`', '*', '"']).trim().to_string();
    // (`_formId_`: a name set in italics with underscores; `__init__` keeps its own.)
    if let Some(inner) = t.strip_prefix('_').and_then(|r| r.strip_suffix('_'))
        && !inner.starts_with('_')
        && !inner.ends_with('_')
        && inner.chars().any(char::is_alphabetic)
    {
        t = inner.to_string();
    }
    let mut p = RawParam::default();
    if t.ends_with('?') {
        t.pop();
        p.required = Some(false);
    } else if t.ends_with('*') {
        t.pop();
        p.required = Some(true);
    }
    let t = t.trim_matches('`').trim_start_matches(':');
    // (`?cursor`: a name printed with the query string's `?` before it, a query parameter.)
    let t = match t.strip_prefix('?') {
        Some(n) if n.starts_with(|c: char| c.is_alphabetic() || c == '_') => {
            p.location = Some(Location::Query);
            n
        }
        _ => t,
    };
    // `slug=<value>`, `end_time=&lt;timestamp&gt;`: a name written as the query-string
    // pair it travels in.
    let t = match query_pair_name(t) {
        Some(name) => {
            p.location = Some(Location::Query);
            name
        }
        None => t,
    };
    // (`page%5bsize%5d`: a name percent-encoded, as an API Blueprint URI template writes
    // it, is the name it encodes, `page[size]`.)
    let decoded = percent_decoded(t);
    let t = decoded.as_deref().unwrap_or(t);
    // A wire name: letters, digits and `_.-[]:$@`, with a letter somewhere (`2fa` is a
    // name, `200` is not), not starting with punctuation other than `_$@`.
    let ok = !t.is_empty()
        && t.len() <= 80
        && t.chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == '@')
        && t.chars().any(char::is_alphabetic)
        && t.chars()
            .all(|c| c.is_alphanumeric() || "_.-[]:$@".contains(c));
    if !ok {
        return None;
    }
    p.name = t.to_string();
    Some(p)
}

/// A name with percent-encoded characters (`page%5bsize%5d`) decoded, where each `%` opens
/// two hex digits of a printable ASCII character; `None` for a name without them.
pub(super) fn percent_decoded(name: &str) -> Option<String> {
    if !name.contains('%') {
        return None;
    }
    let mut out = String::new();
    let mut rest = name;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let hex = rest.get(at + 1..at + 3)?;
        let c = u8::from_str_radix(hex, 16)
            .ok()
            .filter(|c| c.is_ascii_graphic())?;
        out.push(char::from(c));
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    Some(out)
}

/// A block (an item, or a definition list's term over its description) opening with a
/// `name=value` pair, the values it takes or an example (`- version=committed | **buffer**`,
/// `dryrun=true | false`, `since={iso8601 date}`), the description on the lines below: the
/// parameter the pair names, its description the block's words after the pair. None for a
/// block opening otherwise.
pub(super) fn pair_term(first_line: &str, text: &str, line: u32) -> Option<RawParam> {
    let lead = |l: &str| {
        let l = l.trim();
        ["- ", "* ", "+ ", "• "]
            .iter()
            .find_map(|m| l.strip_prefix(m))
            .unwrap_or(l)
            .trim_start()
            .to_string()
    };
    let first = lead(first_line);
    let pair = first.split_whitespace().next()?;
    // (`**authenticationType=**_{Type}_,`: a pair in emphasis.)
    let (name, value) = pair
        .trim_matches('`')
        .trim_start_matches(['*', '_'])
        .split_once('=')?;
    let value = value.trim_start_matches(['*', '_']);
    let named = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-[]".contains(c));
    // (`a=&b`: no value, the next name of a query string naming several.)
    if !named || value.is_empty() || value.starts_with('&') {
        return None;
    }
    // (The block's text opens with the same pair: the term is the block's first line.)
    let body = lead(text);
    let doc = match body.strip_prefix(pair) {
        Some(rest) => rest,
        // (The block's text without the marks: its first word is the pair.)
        None => match body.split_once(char::is_whitespace) {
            Some((head, rest)) if head.starts_with(&format!("{name}=")) => rest,
            _ => &body,
        },
    }
    .trim()
    .to_string();
    Some(RawParam {
        name: name.to_string(),
        doc,
        line,
        ..RawParam::default()
    })
}

/// A paragraph of names in code, one a line, each alone or before a dash and its
/// description, lines ended by `<br />` as the page wraps them (`` `dir` - the folder ``,
/// `` `code` - the code<br/> `` / `` `command` ``), right under a caption paragraph that
/// says whether they are required (`**Required:**`, `**Optional:**`): a parameter per line,
/// required or optional by the caption, its type unknown. `caption` is the paragraph
/// before, as its block reads; `src` the paragraph's source lines. None for any other.
pub(super) fn captioned_names(caption: &str, src: &str, line: u32) -> Option<Vec<RawParam>> {
    let required = match caption
        .trim()
        .trim_matches(['*', '_'])
        .to_ascii_lowercase()
        .as_str()
    {
        "required:" | "required" => true,
        "optional:" | "optional" => false,
        _ => return None,
    };
    let mut out = Vec::new();
    for (i, l) in src.lines().enumerate() {
        let l = l.trim();
        let l = ["<br />", "<br/>", "<br>"]
            .iter()
            .fold(l, |l, br| l.strip_suffix(br).unwrap_or(l))
            .trim();
        if l.is_empty() {
            continue;
        }
        let (name, rest) = l.strip_prefix('`')?.split_once('`')?;
        let rest = rest.trim();
        let doc = if rest.is_empty() {
            ""
        } else {
            rest.strip_prefix(['-', '–', '—'])?.trim()
        };
        if !bare_field_name(name) {
            return None;
        }
        out.push(RawParam {
            name: name.to_string(),
            doc: doc.to_string(),
            required: Some(required),
            line: line + u32::try_from(i).unwrap_or(0),
            ..RawParam::default()
        });
    }
    (!out.is_empty()).then_some(out)
}

/// A paragraph opening with a `Required:` or `Optional:` marker over `name=[type]` lines
/// (`Required:` / `id=[integer]` / `or` / `slug=[string]`): a parameter per line, required
/// or optional by the marker, its type the bracketed word; and whether the lines are
/// alternatives joined by `or`. None for any other paragraph.
pub(super) fn marked_pairs(text: &str, line: u32) -> Option<(Vec<RawParam>, bool)> {
    let mut lines = text.trim().lines().map(str::trim);
    let required = match lines.next()?.to_ascii_lowercase().as_str() {
        "required:" => true,
        "optional:" => false,
        _ => return None,
    };
    let mut out = Vec::new();
    let mut alternatives = false;
    for (i, l) in lines.enumerate() {
        if l.eq_ignore_ascii_case("or") {
            alternatives = true;
            continue;
        }
        let (name, ty) = l.trim_matches('`').split_once('=')?;
        let ty = ty.strip_prefix('[')?.strip_suffix(']')?.trim();
        let named = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
        if !named || ty.is_empty() || ty.contains(char::is_whitespace) {
            return None;
        }
        out.push(RawParam {
            name: name.to_string(),
            ty: Some(ty.to_string()),
            required: Some(required),
            line: line + 1 + u32::try_from(i).unwrap_or(0),
            ..RawParam::default()
        });
    }
    (!out.is_empty()).then_some((out, alternatives))
}

/// An item opening with a query string, the `?` before it, and what it says after
/// (`?nohass=true - stop handling`, `?timeout=<seconds> - override the timeout`,
/// `?entity=<entity>&value=<value> - set …`, `?siteId=a,b,... to apply to sites`): a
/// query parameter per pair, its value a placeholder or an example; none for any other
/// item. The description is the item's words after the query string.
pub(super) fn query_string_item(text: &str, line: u32) -> Vec<RawParam> {
    let t = text.trim().trim_start_matches('`');
    let Some(rest) = t.strip_prefix('?') else {
        return Vec::new();
    };
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let (query, after) = (rest[..end].trim_end_matches('`'), &rest[end..]);
    let doc = after
        .trim()
        .trim_start_matches(['-', '–', '—', ':'])
        .trim()
        .to_string();
    let mut out = Vec::new();
    for pair in query.split('&') {
        let name = pair.split_once('=').map_or(pair, |(n, _)| n);
        let named = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.-[]".contains(c));
        if !named {
            return Vec::new();
        }
        out.push(RawParam {
            name: name.to_string(),
            location: Some(Location::Query),
            doc: doc.clone(),
            line,
            ..RawParam::default()
        });
    }
    out
}

/// A name no prose word is: letters joined by `_` (`minimal_response`), or camel case
/// (`maxVotes`), starting with a lower-case letter.
pub(super) fn evident_wire_name(name: &str) -> bool {
    let letters = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let snake = name.contains('_') && name.split('_').all(|w| !w.is_empty());
    let camel = name.chars().any(|c| c.is_ascii_uppercase());
    letters && (snake || camel)
}

/// The name of a parameter written as a query-string pair with a placeholder value
/// (`slug=<value>`, `tag=&lt;value&gt;`, `limit={n}`): the part before `=`. A pair with a
/// literal value (`format=json`) is an example, not a parameter's name.
fn query_pair_name(t: &str) -> Option<&str> {
    let (name, value) = t.split_once('=')?;
    let placeholder = placeholder_value(value);
    let named = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || "_.-[]".contains(c));
    (placeholder && named).then_some(name)
}

/// The members of a request type declared in code (`interface CreateItemRequest { name:
/// string; note?: string; }`, `type SearchParams = {`, `struct ListArgs {`): the type's name
/// says it is a request (one word ending in `Request`, `Params`, `Args`, … as
/// [`request_type_heading`] reads a heading), its members read as a typed object literal's
/// ([`typed_object_fields`]); or a type in camel case that `described` (the description of
/// a call sending a body) names (`Submits a `DepositSlip`.`). None for any other type
/// (`ItemResponse`, `Denom`).
pub(super) fn declared_request_fields(
    text: &str,
    first: u32,
    described: &str,
) -> Option<Vec<RawParam>> {
    let (at, open) = text
        .lines()
        .enumerate()
        .find(|(_, l)| !l.trim().is_empty())?;
    let (kw, rest) = open.trim().split_once(' ')?;
    let name = rest
        .trim_end()
        .strip_suffix('{')?
        .trim_end()
        .trim_end_matches('=')
        .trim();
    // (The description as read has its code marks left out: the name as a word of it.)
    let named = name.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && described
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .any(|w| w == name);
    if !matches!(kw, "interface" | "type" | "struct" | "class")
        || !(request_type_heading(name) || named)
    {
        return None;
    }
    let body: Vec<&str> = text
        .lines()
        .enumerate()
        .map(|(i, l)| if i == at { "{" } else { l })
        .collect();
    typed_object_fields(&body.join("\n"), first)
}

/// What a word says of a parameter, in any case: `required` or `mandatory` (required),
/// `optional` (not); none for any other word.
pub(super) fn flag_word(w: &str) -> Option<bool> {
    match w.to_ascii_lowercase().as_str() {
        "required" | "mandatory" => Some(true),
        "optional" => Some(false),
        _ => None,
    }
}

/// `text` with its `/* … */` comments blanked out, its line breaks kept.
fn without_block_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("/*") {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find("*/") else {
            rest = &rest[open..];
            break;
        };
        out.extend(rest[open..open + close].chars().filter(|&c| c == '\n'));
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    out
}

/// A request written as a typed object literal, as pages of Rust or TypeScript APIs print
/// a message (`{ op: "Login", data: { username_or_email: String, email: Option<String>,
/// avatar?: string } }`): the members of its one nested object (the members beside it
/// being string tags, the message's kind), or, without one, its own members. A member is
/// optional when marked `?` or typed `Option<…>`; `//` comments are dropped. None unless
/// every member line is `name: Type`. A member typed by a string literal (TypeScript's
/// `task_name: "update"`) is a string; an array of such objects (`{ id: string }[]`)
/// gives its element's members.
pub(super) fn typed_object_fields(text: &str, first: u32) -> Option<Vec<RawParam>> {
    // (`/** The document that was closed. */` over a member, JSDoc as TypeScript
    // declarations carry it: no member; the lines kept, for the members' line numbers.)
    let text = without_block_comments(text);
    let lines: Vec<(u32, &str)> = (first..)
        .zip(text.lines())
        .map(|(n, l)| (n, l.split("//").next().unwrap_or("").trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let (open, close) = (lines.first()?.1, lines.last()?.1);
    let close = close.trim_end_matches([',', ';']);
    if open != "{" || (close != "}" && close != "}[]") {
        return None;
    }
    let body = &lines[1..lines.len() - 1];
    // The one nested object, `data: {` … `}`, beside string tags.
    let nested: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, (_, l))| l.ends_with('{'))
        .map(|(i, _)| i)
        .collect();
    let members: &[(u32, &str)] = match nested[..] {
        [] => body,
        [at] => {
            let end = body[at + 1..]
                .iter()
                .position(|(_, l)| l.trim_end_matches([',', ';']) == "}")
                .map(|e| at + 1 + e)?;
            let tags = body[..at].iter().chain(&body[end + 1..]).all(|(_, l)| {
                l.split_once(':')
                    .is_some_and(|(_, v)| v.trim().trim_end_matches(',').starts_with('"'))
            });
            if !tags {
                return None;
            }
            &body[at + 1..end]
        }
        _ => return None,
    };
    let mut out = Vec::new();
    for &(line, l) in members {
        let (name, ty) = l.trim_end_matches([',', ';']).split_once(':')?;
        let (name, marked) = match name.trim().strip_suffix('?') {
            Some(n) => (n, true),
            None => (name.trim(), false),
        };
        let ty = ty.trim();
        let literal = nested.is_empty()
            && ty.len() > 2
            && ty.starts_with('"')
            && ty.ends_with('"')
            && !ty[1..ty.len() - 1].contains('"');
        let ty = if literal { "string" } else { ty };
        let (ty, wrapped) = match ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
            Some(t) => (t, true),
            None => (ty, false),
        };
        // (A union of such types, `string | null`, `DocumentUri | null`: its first.)
        let ty = ty.split(" | ").next().unwrap_or(ty).trim();
        let typed = ty.starts_with(|c: char| c.is_ascii_alphabetic())
            && ty
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_<>[]&".contains(c));
        if !field_name(name) || !typed {
            return None;
        }
        let word = match ty {
            "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" => "integer",
            "f32" | "f64" => "number",
            "bool" => "boolean",
            "String" | "&str" => "string",
            t if t.starts_with("Vec<") => "array",
            t => t,
        };
        out.push(RawParam {
            name: name.to_string(),
            ty: Some(word.to_string()),
            required: Some(!(marked || wrapped)),
            line,
            ..RawParam::default()
        });
    }
    (!out.is_empty()).then_some(out)
}

/// A paragraph of lines each opening with a name in code (or a bare name in lower case) and
/// a colon (also a full-width one, `` `page`：页数 ``), a list set without bullets (`` `offset`:
/// number, where to start `` / `` `limit`: the page size ``, `index: Block index`), `source`
/// the paragraph as written from line `line`: each line a parameter read as the bullet it
/// would be. `None` unless every line has that shape.
pub(super) fn code_named_lines(source: &str, line: u32) -> Option<Vec<RawParam>> {
    let mut out = Vec::new();
    for (n, l) in (line..).zip(source.lines()) {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        // (Or a bare name in lower case under a parameter label, `index: Block index`.)
        let (name, rest) = match l.strip_prefix('`') {
            Some(inner) => inner.split_once('`')?,
            None => {
                let (name, rest) = l.split_once(':')?;
                let bare = name.starts_with(|c: char| c.is_ascii_lowercase())
                    && !name.contains(char::is_whitespace)
                    && !rest.trim().is_empty();
                if !bare {
                    return None;
                }
                (name, &l[name.len()..])
            }
        };
        // (A space left inside the code, `` `pagesize `: ``, and the full-width colon
        // Chinese pages write, `` `page`：页数 ``, are the same shape.)
        let name = name.trim();
        let rest = rest.trim_start();
        let rest = match rest.strip_prefix('：') {
            Some(r) => format!(": {}", r.trim_start()),
            None => rest.to_string(),
        };
        if !field_name(name) || !rest.starts_with(':') {
            return None;
        }
        out.push(bullet(&format!("{name}{rest}"), n)?);
    }
    (!out.is_empty()).then_some(out)
}

/// Code that writes an object as typed member lines rather than as JSON, between `{` and
/// `}`: each member `name: type` (quoted or not), then after a comma or a colon what the
/// page says of it, `mandatory` / `required` / `optional` first giving its required flag:
///
/// ```text
/// {
///   name: string, mandatory
///   tags: array of strings, optional
///   scope: [
///     scope_value: string
///   ]
/// }
/// ```
///
/// The top-level members, the first time each is named (a member opening a nested `[` or `{`
/// is a list or an object; its inner lines are not members of the object). A line whose name
/// is words (`other values: …`) stands for more members and is none. `None` unless the code
/// is braced and every member line is of that shape, with at least one typed member.
pub(super) fn typed_member_lines(text: &str, first: u32) -> Option<Vec<RawParam>> {
    let lines: Vec<(u32, &str)> = (first..)
        .zip(text.lines())
        .map(|(n, l)| (n, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let ((_, open), (_, close)) = (lines.first()?, lines.last()?);
    if *open != "{" || !close.starts_with('}') || lines.len() < 3 {
        return None;
    }
    let mut out: Vec<RawParam> = Vec::new();
    let mut depth = 0i32;
    for &(line, l) in &lines[1..lines.len() - 1] {
        if depth > 0 {
            depth += nesting(l);
            continue;
        }
        let (name, rest) = l.split_once(':')?;
        let name = name.trim().trim_matches('"');
        let rest = rest.trim();
        if name.contains(' ') && name.split(' ').all(|w| w.chars().all(char::is_alphabetic)) {
            continue;
        }
        if !field_name(name) {
            return None;
        }
        let (ty, after) = if rest.starts_with(['[', '{']) {
            depth += nesting(rest);
            let ty = if rest.starts_with('[') {
                "array"
            } else {
                "object"
            };
            (ty.to_string(), "")
        } else {
            let end = rest.find([',', ':']).unwrap_or(rest.len());
            let ty = rest[..end].trim();
            type_word(ty)?;
            (
                ty.to_string(),
                rest[end..].trim_start_matches([',', ':']).trim(),
            )
        };
        if out.iter().any(|p| p.name == name) {
            continue;
        }
        let required = flag_word(after.split(',').next().unwrap_or("").trim());
        out.push(RawParam {
            name: name.to_string(),
            ty: Some(ty),
            required,
            doc: after.to_string(),
            line,
            ..RawParam::default()
        });
    }
    (!out.is_empty() && depth == 0).then_some(out)
}

/// How much a line opens brackets more than it closes them.
fn nesting(l: &str) -> i32 {
    l.chars()
        .map(|c| match c {
            '[' | '{' => 1,
            ']' | '}' => -1,
            _ => 0,
        })
        .sum()
}

/// An apiDoc annotation of a parameter (`@apiParam (Mono) {String} [shortDescription] Short
/// description.`, `@apiParam (URL parameters) {UUID} id ID of the Rule`, `[enabled=true]`):
/// its name, written type, flag (optional in brackets, unsaid otherwise), default and
/// description; its location where the group says it (`URL parameters`, `Query`, `Header`).
pub(super) fn apidoc_param(line: &str, number: u32) -> Option<RawParam> {
    let mut rest = line
        .trim()
        .trim_start_matches('*')
        .trim()
        .strip_prefix("@apiParam")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    rest = rest.trim_start();
    let mut p = RawParam {
        line: number,
        ..RawParam::default()
    };
    if let Some(r) = rest.strip_prefix('(') {
        let (group, after) = r.split_once(')')?;
        let g = group.to_ascii_lowercase();
        p.location = if g.contains("url") || g.contains("path") {
            Some(Location::Path)
        } else if g.contains("query") {
            Some(Location::Query)
        } else if g.contains("header") {
            Some(Location::Header)
        } else {
            None
        };
        rest = after.trim_start();
    }
    if let Some(r) = rest.strip_prefix('{') {
        let (ty, after) = r.split_once('}')?;
        p.ty = Some(ty.trim().to_string());
        rest = after.trim_start();
    }
    let (name, doc) = if let Some(r) = rest.strip_prefix('[') {
        let (inner, after) = r.split_once(']')?;
        p.required = Some(false);
        let (name, default) = inner.split_once('=').unwrap_or((inner, ""));
        if !default.trim().is_empty() {
            p.default = Some(default.trim().to_string());
        }
        (name.trim(), after)
    } else {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        (&rest[..end], &rest[end..])
    };
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        return None;
    }
    p.name = name.to_string();
    p.doc = doc.trim().to_string();
    Some(p)
}

/// The apiDoc parameters a page defines once under `@apiDefine name` (up to the comment's
/// end, `*/`, or the next definition), for the `@apiUse name` lines that pull them in.
pub(super) fn apidoc_defined(lines: &[(u32, &str)], name: &str) -> Vec<RawParam> {
    let mut out = Vec::new();
    let mut inside = false;
    for (n, l) in lines {
        if l.trim().starts_with("*/") {
            inside = false;
            continue;
        }
        let t = l.trim().trim_start_matches('*').trim();
        if let Some(r) = t.strip_prefix("@apiDefine") {
            inside = r.split_whitespace().next() == Some(name);
            continue;
        }
        if inside && let Some(p) = apidoc_param(t, *n) {
            out.push(p);
        }
    }
    out
}

/// A name as code writes one (`server_id`, `gasPrice`): ASCII letters, digits and `_`, a
/// letter or `_` first.
pub(super) fn code_ident(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}
