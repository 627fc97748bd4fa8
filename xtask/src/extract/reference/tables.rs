//! Parameter tables: which columns hold the name, type, location, required flag and
//! description, and the rows of field tables.

use chatgen_codegen::spec::Location;

use super::fields::{RawParam, field_name, name_part};
use super::types::{first_value, location_word, quoted_values, type_line, type_word};
use crate::read::blocks::Table;

/// The columns of a parameter table, by their header.
pub(super) struct Columns {
    name: usize,
    ty: Option<usize>,
    required: Option<usize>,
    location: Option<usize>,
    doc: Option<usize>,
    /// A column naming each row in the query string (`QS`, `Query string`), beside the
    /// name column naming it in a body.
    query_name: Option<usize>,
}

pub(super) fn columns(t: &Table) -> Option<Columns> {
    if let Some(c) = headless_columns(t) {
        return Some(c);
    }
    let find = |names: &[&str]| {
        t.header.iter().position(|h| {
            let h = header_key(h);
            names.iter().any(|n| h == *n)
        })
    };
    let name = find(&[
        "name",
        "field",
        "parameter",
        "parameters",
        "param",
        "argument",
        "attribute",
        "property",
        "key",
        // (Plurals: `Attributes | Description`.)
        "fields",
        "params",
        "arguments",
        "attributes",
        "properties",
        "field name",
        // (`Key path`: a JSON:API body's members by their dotted path, `data.attributes.name`.)
        "key path",
        "parameter name",
        "name (type)",
        "option",
        // (`Item | Description | JSON data type | Required`.)
        "item",
        // (`| Variable | Type | Description |`: the variables a call takes.)
        "variable",
        // (`| Input | Type | Description | Optional |`: the inputs a method takes.)
        "input",
        // (`| Element | Description | Type | Required |`: the elements a request holds.)
        "element",
        // (Chinese: `参数名`, `参数`, `字段`, `名称`.)
        "参数名",
        "参数名称",
        "参数",
        "字段",
        "字段名",
        "名称",
        // (`名字`, "name", as mirai's `| 名字 | 类型 | 可选 | 举例 | 说明 |`.)
        "名字",
        // (`输入参数` / `输出参数`, "input" / "output parameter": a request's or an
        // answer's table, `| 序号 | 输入参数 | 类型 | 可为空 | 备注 |`.)
        "输入参数",
        "输出参数",
        // (`属性名`, "property name", as ElasticJob's `| 属性名 | 类型 | 是否必填 | 缺省值 | 描述 |`.)
        "属性名",
        "属性",
        // (Japanese: `パラメータ`, `名前`, `キー`, `項目`, `引数`, `フィールド`.)
        "パラメータ",
        "パラメーター",
        "パラメータ名",
        "名前",
        "キー",
        "項目",
        "引数",
        "フィールド",
        // (German, French, Spanish, Portuguese, Italian: `Parametername`, `Feld`, `Nom`,
        // `Paramètre`, `Champ`, `Nombre`, `Parámetro`, `Campo`, `Nome`, `Parâmetro`,
        // `Parametro`.)
        "parametername",
        "feld",
        "nom",
        "paramètre",
        "champ",
        "nombre",
        "parámetro",
        "campo",
        "nome",
        "parâmetro",
        "parametro",
    ])
    .or_else(|| t.header.iter().position(|h| name_header(h)))
    .or_else(|| {
        t.header
            .iter()
            .position(|h| flagged_name_header(h).is_some())
    })
    .or_else(|| t.header.iter().position(|h| format_member_header(h)))
    .or_else(|| t.header.iter().position(|h| object_attribute_header(h)))
    .or_else(|| {
        t.header
            .iter()
            .position(|h| located_name_header(h).is_some())
    })?;
    // `name | string 成员名`: a field's row set as the header (a Markdown table whose
    // first row is data), not column names.
    let other_columns = t
        .header
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != name)
        .any(|(_, h)| {
            let h = h.trim().trim_end_matches(':').to_ascii_lowercase();
            !h.is_empty() && !h.contains(' ')
        });
    if !other_columns
        && t.header
            .iter()
            .enumerate()
            .any(|(i, h)| i != name && h.contains(' ') && type_line(h.trim()).is_some())
    {
        return None;
    }
    let columns = Columns {
        name,
        ty: find(&[
            "type",
            "data type",
            "json data type",
            "value",
            "format",
            "field type",
            "类型",
            "参数类型",
            "数据类型",
        ]),
        required: find(&[
            "required",
            "required?",
            "mandatory",
            "optional",
            "req",
            "req.",
            "req?",
            // (Jasmin's `Presence` column: `Mandatory` / `Optional`.)
            "presence",
            "obligation",
            // (`|name|must|description|type|` over `yes` / `no`.)
            "must",
            // (A cardinality, `1`, `1..N` or `0..1`, says whether the element must be
            // there: `| Name | Cardinality | Type | Description |`.)
            "cardinality",
            "multiplicity",
            "必需",
            "必传",
            "必填",
            "必选",
            "是否必须",
            "是否必需",
            "是否必填",
            "是否必传",
            // (`可选`, "optional", its cells `true` / `false`: false is required.)
            "可选",
            "是否可选",
            // (`可为空`, "may be empty", its cells `是` / `否`: `否` is required.)
            "可为空",
            "是否可为空",
        ])
        .or_else(|| t.header.iter().position(|h| required_header(h))),
        location: find(&[
            "in",
            "location",
            "param type",
            "parameter type",
            "where",
            "位置",
            "参数位置",
            "参数区域",
        ]),
        doc: find(&[
            "说明",
            "描述",
            "备注",
            "参数说明",
            "description",
            "desc",
            "details",
            "notes",
            "comment",
            "meaning",
            "definition",
        ]),
        query_name: find(&["qs", "query string", "query string name", "query name"])
            .filter(|&q| q != name),
    };
    Some(type_column_of_locations(t, columns))
}

/// A table whose header row is empty (`|   |   |   |` over the rows, as a page sets a
/// list of fields as a table), every first cell a wire name and every second a type word
/// (`` | email | `string` | The account email. | ``): a field table read by its cells, name,
/// type, then the description.
fn headless_columns(t: &Table) -> Option<Columns> {
    if t.rows.is_empty() || t.header.len() < 2 || t.header.iter().any(|h| !h.trim().is_empty()) {
        return None;
    }
    let all = |k: usize, is: &dyn Fn(&str) -> bool| {
        t.rows
            .iter()
            .all(|r| r.get(k).is_some_and(|c| is(c.trim().trim_matches('`'))))
    };
    if !(all(0, &field_name) && all(1, &|c| type_word(c).is_some())) {
        return None;
    }
    Some(Columns {
        name: 0,
        ty: Some(1),
        required: None,
        location: None,
        doc: (t.header.len() > 2).then_some(2),
        query_name: None,
    })
}

/// A `Type` or `Description` column whose every cell is a location word (`| orgId | path |
/// true |`, `| X-Api-Key | header | true |`, `| page | query | false |`, `| subject |
/// body param | string |`), in a table with no location column of its own: the location
/// column, no type or description given.
fn type_column_of_locations(t: &Table, mut c: Columns) -> Columns {
    if c.location.is_some() {
        return c;
    }
    let all_locations = |k: usize| {
        let cells: Vec<&str> = t
            .rows
            .iter()
            .filter_map(|r| r.get(k).map(|s| s.trim()))
            .filter(|s| !s.is_empty())
            .collect();
        !cells.is_empty()
            && cells.iter().all(|s| column_location(s).is_some())
            && cells.iter().any(|s| location_word(s).is_some())
    };
    if let Some(ty) = c.ty.filter(|&k| all_locations(k)) {
        c.location = Some(ty);
        c.ty = None;
    } else if let Some(doc) = c.doc.filter(|&k| all_locations(k)) {
        c.location = Some(doc);
        c.doc = None;
    }
    c
}

/// A location cell: a location word, or in a column of them the words frameworks name the
/// URL's parts by, `variable` (a path variable: `| id | variable |`) and `param` alone (a
/// request parameter, the query string's: `| page | param |` beside `| file | body |`).
fn column_location(cell: &str) -> Option<Location> {
    location_word(cell).or_else(|| {
        match cell.trim().trim_matches('`').to_ascii_lowercase().as_str() {
            "variable" | "path variable" | "url variable" => Some(Location::Path),
            "param" | "request param" => Some(Location::Query),
            _ => None,
        }
    })
}

/// A table whose location column (its own, or a `Type` column of location words) puts a row
/// in the path or the query (`namespace | path | …`, `watch | uri | …` beside `Accept |
/// header | …`): the request's parameters, whatever label (a sample answer's) is above it.
pub(super) fn request_location_table(t: &Table) -> bool {
    let Some(at) = columns(t).and_then(|c| c.location) else {
        return false;
    };
    t.rows.iter().any(|r| {
        r.get(at)
            .and_then(|s| location_word(s))
            .is_some_and(|l| matches!(l, Location::Path | Location::Query))
    })
}

/// A column's name as compared: lower case, without emphasis or a trailing colon.
fn header_key(h: &str) -> String {
    h.trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':')
        .to_ascii_lowercase()
}

/// A name column headed by where its parameters travel (`Query String Parameter`, `Path
/// Parameter`, `Header Name`): the location.
///
/// Also the location word alone, `Query` or `Header` (`| Query | Type | Default |` over
/// `` | `limit` | integer | `100` | ``), the words `Path` and `Endpoint` headers of route
/// tables use aside.
pub(super) fn located_name_header(h: &str) -> Option<Location> {
    let l = header_key(h);
    // (`Request Header | Value`: the headers a request sends.)
    let l = l.strip_prefix("request ").map_or(l.clone(), str::to_string);
    if matches!(l.as_str(), "query" | "header" | "headers") {
        return location_word(&l);
    }
    let (rest, last) = l.rsplit_once(' ')?;
    if !matches!(
        last,
        "parameter" | "parameters" | "param" | "params" | "name" | "field"
    ) {
        return None;
    }
    location_word(rest.trim())
}

/// A name column headed by whether its rows are required and what they are (`Required
/// Param`, `Optional Params`, `Mandatory fields`): that flag.
fn flagged_name_header(h: &str) -> Option<bool> {
    let l = header_key(h);
    let (flag, what) = l.split_once(' ')?;
    let flag = match flag {
        "required" | "mandatory" => true,
        "optional" => false,
        _ => return None,
    };
    matches!(
        what.trim(),
        "param"
            | "params"
            | "parameter"
            | "parameters"
            | "field"
            | "fields"
            | "argument"
            | "arguments"
            | "attribute"
            | "attributes"
            | "property"
            | "properties"
            | "key"
            | "keys"
    )
    .then_some(flag)
}

/// A name column headed by what it names and `Name` (`Param Name`, `Property Name`,
/// `Attribute Name`), markup and a colon aside.
fn name_header(h: &str) -> bool {
    let l = header_key(h);
    let Some(what) = l.strip_suffix("name") else {
        return false;
    };
    matches!(
        what.trim(),
        "param"
            | "parameter"
            | "field"
            | "property"
            | "attribute"
            | "argument"
            | "arg"
            | "key"
            | "option"
            | "variable"
    )
}

/// A name column headed by the data format its rows are members of and the word for a
/// member (`JSON Key | Type | Description`, `XML Element`, `JSON Field`).
fn format_member_header(h: &str) -> bool {
    let l = header_key(h);
    l.split_once(' ').is_some_and(|(format, what)| {
        matches!(format, "json" | "xml" | "yaml")
            && matches!(
                what.trim(),
                "key" | "field" | "property" | "attribute" | "element" | "member" | "name"
            )
    })
}

/// A name column headed by the object its rows belong to and `Attribute` (`Volume
/// Attribute | Value | Description`, `Network Attribute`): one word before it.
fn object_attribute_header(h: &str) -> bool {
    let l = header_key(h);
    l.strip_suffix(" attribute").is_some_and(|what| {
        !what.is_empty() && what.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
    })
}

/// A row name struck out (`~~keepEvents~~`): a parameter the API no longer takes.
fn struck_out(name: &str) -> bool {
    let n = name.trim();
    n.len() > 4 && n.starts_with("~~") && n.ends_with("~~")
}

/// A name cell saying the list is empty (`| no body | | | |`, `| N/A |`), as a template's
/// table row stands in for a request that carries nothing, or that what is sent has no name
/// (`| None | required | object (JSON) | New poll |`, the body whole, its members shown by
/// the example under it): no parameter. (A member named so is written in code, `` `None` ``.)
fn says_none(name: &str) -> bool {
    matches!(
        name.trim().to_ascii_lowercase().as_str(),
        "no body" | "no parameters" | "n/a" | "none"
    )
}

/// A required column headed by both words (`Required / Optional`, `Optional/Required`,
/// `Required or Optional`): its cells say which.
fn required_header(h: &str) -> bool {
    let l = header_key(h);
    let words: Vec<&str> = l
        .split(|c: char| c == '/' || c == '|' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "or")
        .collect();
    words.len() == 2 && words.contains(&"required") && words.contains(&"optional")
}

/// The rows of a parameter table: by its column names, or, in a table without them, rows
/// of a name and a type line ([`field_rows`]).
pub(super) fn table_params(t: &Table, line: u32) -> Vec<RawParam> {
    let Some(c) = columns(t) else {
        let fields = field_rows(t, line);
        return if fields.is_empty() {
            code_name_rows(t, line)
        } else {
            fields
        };
    };
    let writable = writable_column(t);
    let mut out: Vec<RawParam> = Vec::new();
    for (k, row) in t.rows.iter().enumerate() {
        let cell = |i: Option<usize>| i.and_then(|i| row.get(i)).map(|s| s.trim().to_string());
        // (A member its `Writable` column says `no` of is read-only: no request sets it.)
        if cell(writable).is_some_and(|w| required_cell(&w, false) == Some(false)) {
            continue;
        }
        // (`` `size`<br>*optional, default is __100__* ``: the name, then its flag under it
        // in the same cell; or the flag in code before the name, `` `required` token ``.)
        // (`├─ Required query`, `└─ Optional minPasswordLength`: a row drawn as a branch
        // of the tree the rows above make, a member of the row it hangs from.)
        let name = cell(Some(c.name));
        let branch = name.as_ref().is_some_and(|n| n.starts_with(TREE_MARKS));
        let (name_cell, flag) = match name {
            Some(n) => {
                let n = n.trim_start_matches(TREE_MARKS).trim_start();
                let n = n.replace("<br/>", "<br>").replace("<br />", "<br>");
                // (`` `required` token ``: the flag in code before the name, in its cell.)
                let before = n
                    .trim()
                    .strip_prefix('`')
                    .and_then(|r| r.split_once('`'))
                    .filter(|(f, name)| {
                        matches!(
                            f.trim().to_ascii_lowercase().as_str(),
                            "required" | "optional"
                        ) && name.starts_with(' ')
                            && name_part(name.trim()).is_some()
                    });
                // (`` `deleted` (Optional) ``: the flag in parentheses after the name in
                // code.)
                let after = n
                    .trim()
                    .strip_prefix('`')
                    .and_then(|r| r.split_once('`'))
                    .and_then(|(name, rest)| {
                        let f = rest.trim().strip_prefix('(')?.strip_suffix(')')?;
                        (matches!(
                            f.trim().to_ascii_lowercase().as_str(),
                            "required" | "optional"
                        ) && name_part(name.trim()).is_some())
                        .then_some((f, name))
                    });
                // (`Required identity`: the flag a badge before the name prints as a word.)
                let badge = n
                    .trim()
                    .split_once(char::is_whitespace)
                    .filter(|(f, name)| {
                        matches!(*f, "Required" | "Optional" | "required" | "optional")
                            && !name.trim().contains(char::is_whitespace)
                            && name_part(name.trim()).is_some()
                    });
                match (before.or(after).or(badge), n.split_once("<br>")) {
                    (Some((f, name)), _) => (Some(name.trim().to_string()), Some(f.to_string())),
                    (None, Some((name, flag))) => {
                        (Some(name.trim().to_string()), Some(flag.to_string()))
                    }
                    (None, None) => (Some(n.clone()), None),
                }
            }
            None => (None, None),
        };
        // (`id *Integer*`, Slate's name cell: the wire name, then its type after it.)
        let (name_cell, cell_type) = match name_cell.as_deref().and_then(name_then_type) {
            Some((name, ty)) => (Some(name), Some(ty)),
            None => (name_cell, None),
        };
        // (`/offset`, `/columns/name`: a member named by its JSON pointer; one segment is
        // a member of the object itself, more one nested in the member the first names.)
        let pointer: Option<Vec<String>> = name_cell.as_deref().and_then(|n| {
            let n = n.trim().trim_matches('`');
            let segs: Vec<String> = n
                .strip_prefix('/')?
                .split('/')
                .map(str::to_string)
                .collect();
            segs.iter()
                .all(|s| name_part(s).is_some_and(|p| p.name == *s))
                .then_some(segs)
        });
        let name_cell = match &pointer {
            Some(segs) => segs.last().cloned(),
            None => name_cell,
        };
        // A row of a parameter table names a parameter even when its name is not a wire
        // name the bullets' reading would accept (`a.b c`, `🙂`).
        let Some(mut p) = name_cell
            .filter(|n| !struck_out(n) && !says_none(n))
            .and_then(|n| {
                let n = n.replace('\\', "");
                // `chunked=[true | <n>]`, `pretty=true`: a name column's cell written as the
                // pair it travels in.
                let n = match n.trim().trim_matches('`').split_once('=') {
                    Some((name, _)) if name_part(name).is_some() && !name.contains(' ') => {
                        name.to_string()
                    }
                    _ => n,
                };
                name_part(&n).or_else(|| {
                    let t = n.trim().trim_matches(['`', '*']).trim();
                    (!t.is_empty()
                        && t.chars().count() <= 80
                        && !t
                            .chars()
                            .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation()))
                    .then(|| RawParam {
                        name: t.to_string(),
                        ..RawParam::default()
                    })
                })
            })
        else {
            continue;
        };
        p.line = t.row_lines.get(k).copied().unwrap_or(line);
        p.query_name = cell(c.query_name).map(|q| q.trim_matches('`').trim().to_string());
        if let Some(ty) = cell(c.ty).filter(|s| !s.is_empty()).or(cell_type) {
            let (ty, marked) = type_cell_flag(&ty);
            if c.required.is_none() {
                p.required = marked.or(p.required);
            }
            let (ty, nullable) = match ty.strip_prefix('?') {
                Some(t) => (t.to_string(), true),
                None => (ty, false),
            };
            p.nullable |= nullable;
            p.ty = Some(ty);
        }
        if let Some(f) = &flag
            && c.required.is_none()
        {
            let f = f.replace(['*', '_'], "");
            let first = f
                .split([',', ' ', '('])
                .find(|w| !w.is_empty())
                .unwrap_or("");
            p.required = required_cell(first, false).or(p.required);
        }
        // (No required column, but a cell saying `required` alone: a column per server or
        // version marking the row required where it is, `required | ✔`.)
        if c.required.is_none()
            && flag.is_none()
            && row.iter().enumerate().any(|(i, x)| {
                i != c.name
                    && Some(i) != c.doc
                    && x.trim()
                        .trim_matches(['*', '_'])
                        .eq_ignore_ascii_case("required")
            })
        {
            p.required = Some(true);
        }
        // (`| Required Param | … |` over one table, `| Optional Param | … |` over another:
        // the name column's header says it of every row.)
        if c.required.is_none() && p.required.is_none() {
            p.required = t.header.get(c.name).and_then(|h| flagged_name_header(h));
        }
        if let Some(r) = cell(c.required) {
            let header_optional = t.header.get(c.required.unwrap_or(0)).is_some_and(|h| {
                let h = h.trim();
                h.eq_ignore_ascii_case("optional")
                    || matches!(h, "可选" | "是否可选" | "可为空" | "是否可为空")
            });
            // (`\-`: a dash escaped in Markdown.)
            let r = r.replace('\\', "");
            p.required = required_cell(&r, header_optional).or(p.required);
        }
        if let Some(l) = cell(c.location) {
            // (A location column naming the method the value travels with, `GET` / `POST`:
            // the query string and the body.)
            p.location = column_location(&l).or(match l.trim().trim_matches('`') {
                "GET" => Some(Location::Query),
                "POST" => Some(Location::Body),
                _ => None,
            });
        }
        if p.location.is_none() {
            p.location = t.header.get(c.name).and_then(|h| located_name_header(h));
        }
        p.doc = cell(c.doc).unwrap_or_default();
        if let Some(segs) = pointer.filter(|s| s.len() > 1) {
            if let Some(parent) = out.iter_mut().rev().find(|q| q.name == segs[0]) {
                let depth = u8::try_from(segs.len() - 1).unwrap_or(u8::MAX);
                super::fields::nest(parent, depth, p);
            }
            continue;
        }
        if branch {
            if let Some(parent) = out.last_mut() {
                super::fields::nest(parent, 1, p);
            }
            continue;
        }
        out.push(p);
    }
    out
}

/// The marks of a tree drawn in a name column (`├─`, `└─`, `│`).
const TREE_MARKS: [char; 4] = ['├', '└', '│', '─'];

/// Rows naming a key of an earlier row in brackets are that row's members, at any depth,
/// `[]` marking a list's items (`user_auth` then `user_auth[user_name]`; `modules`,
/// `modules[][acls]`, `modules[][acls][][action]`): each goes under the row it extends. A row
/// naming only a list's items (`ids[]` under `ids`, `fields[][value][]` under its `value`)
/// adds nothing. A bracketed row with no
/// row of its base name stays as written. (Only where the rows are sent in a body: in a
/// query string `filter[search]` is the wire name itself.)
pub(super) fn nest_bracketed(rows: Vec<RawParam>) -> Vec<RawParam> {
    let mut out: Vec<RawParam> = Vec::new();
    for p in rows {
        let Some((base, rest)) = p.name.split_once('[') else {
            out.push(p);
            continue;
        };
        let rest = format!("[{rest}");
        let keys: Option<Vec<&str>> = rest
            .split_inclusive(']')
            .map(|k| k.strip_prefix('[').and_then(|k| k.strip_suffix(']')))
            .collect();
        let Some(keys) = keys.filter(|k| {
            k.iter().all(|k| {
                k.chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            })
        }) else {
            out.push(p);
            continue;
        };
        let items_only = keys.last().is_some_and(|k| k.is_empty());
        let keys: Vec<&str> = keys.into_iter().filter(|k| !k.is_empty()).collect();
        let Some(parent) = out.iter_mut().rev().find(|q| q.name == base) else {
            out.push(p);
            continue;
        };
        let Some((last, path)) = keys.split_last().filter(|_| !items_only) else {
            continue;
        };
        let mut at = parent;
        for k in path {
            match at.children.iter().position(|c| c.name == *k) {
                Some(i) => at = &mut at.children[i],
                None => break,
            }
        }
        if at.children.iter().any(|c| c.name == *last) {
            continue;
        }
        let mut p = p;
        p.name = (*last).to_string();
        at.children.push(p);
    }
    out
}

/// A type cell with the flag after the type in parentheses, the type in code or not
/// (`` `string` (Required) ``, `integer (optional)`): the type alone and the flag. A cell
/// without one is the type as written.
fn type_cell_flag(cell: &str) -> (String, Option<bool>) {
    let c = cell.trim();
    let (ty, flag) = c
        .rfind('(')
        .filter(|&open| open > 0 && c.ends_with(')'))
        .and_then(|open| {
            let flag = match c[open + 1..c.len() - 1]
                .trim()
                .to_ascii_lowercase()
                .as_str()
            {
                "required" | "mandatory" => true,
                "optional" => false,
                _ => return None,
            };
            Some((c[..open].trim(), Some(flag)))
        })
        .unwrap_or((c, None));
    let ty = ty
        .strip_prefix('`')
        .and_then(|t| t.strip_suffix('`'))
        .filter(|t| !t.contains('`'))
        .unwrap_or(ty);
    (ty.to_string(), flag)
}

/// The columns of a field table headed each by a method, or a method and the path it
/// takes (`` `GET` | `GET/:id` | `POST` | `PATCH` | `DELETE` ``), their cells marking what
/// each call does with the row's field (`📝` sent, `📝<br>(required)`, `📖` returned):
/// each column's index, method and whether it is the call on one member (a path after the
/// method). None unless two columns or more are so headed.
pub(super) fn method_columns(t: &Table) -> Option<Vec<(usize, &'static str, bool)>> {
    let cols: Vec<(usize, &'static str, bool)> = t
        .header
        .iter()
        .enumerate()
        .filter_map(|(k, h)| {
            let h = h.trim().trim_matches('`').trim();
            let (m, rest) = h.split_once('/').map_or((h, None), |(m, r)| (m, Some(r)));
            let m = m.trim().trim_matches('`');
            let method = super::routes::method_word(m).filter(|w| *w == m)?;
            Some((k, method, rest.is_some()))
        })
        .collect();
    (cols.len() >= 2).then_some(cols)
}

/// The fields a field table with method columns `cols` ([`method_columns`]) marks as sent by a
/// call of `method`, on one member (`member`) or not: the rows whose cell in the call's
/// column holds the mark the sending columns (`POST`, `PUT`, `PATCH`) use for what is sent,
/// not one the `GET` columns use for what is returned; each named by its first cell's wire
/// name in code (`` `prompt`<br>… ``; a row naming no wire name, `*corpus*`, is none),
/// required where the mark says so; body fields, or query parameters of a `GET`. None for a
/// table with no column for the call.
pub(super) fn method_column_fields(
    t: &Table,
    cols: &[(usize, &'static str, bool)],
    method: &str,
    member: bool,
    line: u32,
) -> Option<Vec<RawParam>> {
    let (col, _, _) = cols
        .iter()
        .find(|(_, m, one)| *m == method && *one == member)
        .or_else(|| cols.iter().find(|(_, m, _)| *m == method))?;
    // (A mark is the cell less its `(required)`; the mark of the `GET` columns says what is
    // returned, `📖`, and in a sending call's column means the same: not sent.)
    let base = |c: &str| {
        c.replace("<br>", " ")
            .replace("(required)", "")
            .replace("(Required)", "")
            .trim()
            .to_string()
    };
    let marks_in = |methods: &[&str]| -> Vec<String> {
        cols.iter()
            .filter(|(_, m, _)| methods.contains(m))
            .flat_map(|(c, _, _)| t.rows.iter().filter_map(move |r| r.get(*c)))
            .map(|c| base(c))
            .filter(|m| !m.is_empty())
            .collect()
    };
    // (The mark the `GET` columns use most: a search `GET` may mark what it is sent.)
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for m in marks_in(&["GET"]) {
        *counts.entry(m).or_default() += 1;
    }
    let returned = counts.into_iter().max_by_key(|(_, n)| *n).map(|(m, _)| m);
    // (What a sending call's column marks otherwise is what is sent, `📝`; another mark
    // only a `DELETE` column uses, `🗑`, says what is removed.)
    // (With no sending column marked, the `GET` columns' other mark: a search's inputs.)
    let sent_in = |methods: &[&str]| -> Vec<String> {
        marks_in(methods)
            .into_iter()
            .filter(|m| returned.as_ref() != Some(m))
            .collect()
    };
    let mut sent = sent_in(&["POST", "PUT", "PATCH"]);
    if sent.is_empty() {
        sent = sent_in(&["GET"]);
    }
    // (A `GET` sends what it is given in its query string.)
    let location = if matches!(method, "GET" | "HEAD") {
        Location::Query
    } else {
        Location::Body
    };
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let mark = row.get(*col).map_or("", |c| c.trim());
        if !sent.contains(&base(mark)) {
            continue;
        }
        let first = row.first().map_or("", String::as_str);
        let name = first
            .split("<br>")
            .next()
            .unwrap_or("")
            .lines()
            .next()
            .unwrap_or("")
            .trim();
        let Some(name) = name.strip_prefix('`').and_then(|n| n.strip_suffix('`')) else {
            continue;
        };
        if name.is_empty() || name.contains(char::is_whitespace) {
            continue;
        }
        let doc = first
            .split_once("<br>")
            .map_or("", |(_, d)| d)
            .trim()
            .to_string();
        out.push(RawParam {
            name: name.to_string(),
            ty: row
                .get(1)
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty()),
            required: mark
                .to_ascii_lowercase()
                .contains("required")
                .then_some(true),
            location: Some(location),
            doc,
            line: t.row_lines.get(i).copied().unwrap_or(line),
            ..RawParam::default()
        });
    }
    Some(out)
}

/// The column of an object's member table that says which members a request may set
/// (`Field | Type | Description | Writable`, its cells `YES` / `no`): such a table describes
/// the object, its writable rows what a write sends.
pub(super) fn writable_column(t: &Table) -> Option<usize> {
    t.header.iter().position(|h| {
        matches!(
            header_key(h).as_str(),
            "writable" | "writeable" | "editable" | "settable" | "mutable"
        )
    })
}

/// A name cell holding the wire name and, after a space, its type (`id *Integer*`,
/// `email String`, `ids *List of Integers*`, `value *Integer/Boolean*`, as Slate pages set
/// their `Name` column): the name and the type's text. None unless the name is a wire name
/// and what follows opens with a type word. The type may follow a colon, as a typed
/// language annotates a name (`` `page: number` ``, `since: date`).
fn name_then_type(cell: &str) -> Option<(String, String)> {
    let (name, rest) = cell.trim().split_once(' ')?;
    let name = name.trim_matches('`');
    let name = name.strip_suffix(':').unwrap_or(name);
    let ty = rest.trim().trim_matches(['*', '_', '`']).trim();
    let first = ty.split([' ', '/', ',']).next().unwrap_or("");
    let typed = type_word(ty).is_some()
        || type_word(first).is_some()
        || type_line(ty).is_some()
        || ty.to_ascii_lowercase().ends_with(" list");
    let wire = name_part(name).is_some_and(|p| p.name == name);
    (typed && wire && !ty.is_empty()).then(|| (name.to_string(), ty.to_string()))
}

/// A table without column names (an RST simple table with no header, the header row
/// empty) whose every row opens with a wire name alone in code, the description after it
/// (`` `name` `` | `Name of transfer`, `` `paths[]` `` | `List of …`): a parameter per row.
/// None unless every row is one, and only where a label over the table says what they are.
fn code_name_rows(t: &Table, line: u32) -> Vec<RawParam> {
    headerless_rows(t, line, |row| {
        let first = row.first()?.trim();
        let inner = first.strip_prefix('`')?.strip_suffix('`')?;
        if inner.contains('`') || row.len() < 2 {
            return None;
        }
        let mut p = super::fields::name_part(inner)?;
        p.doc = row[1..].join(" ").trim().to_string();
        Some(p)
    })
}

/// The parameters of a table without column names, one per row as `param` reads it (the
/// row's line set here): all of them, or none when a row is no parameter or the table has
/// column names.
fn headerless_rows(
    t: &Table,
    line: u32,
    param: impl Fn(&[String]) -> Option<RawParam>,
) -> Vec<RawParam> {
    if t.header.iter().any(|h| !h.trim().is_empty()) || t.rows.is_empty() {
        return Vec::new();
    }
    let out: Vec<RawParam> = t
        .rows
        .iter()
        .enumerate()
        .filter_map(|(k, row)| {
            let mut p = param(row)?;
            p.line = t.row_lines.get(k).copied().unwrap_or(line);
            Some(p)
        })
        .collect();
    if out.len() == t.rows.len() {
        out
    } else {
        Vec::new()
    }
}

/// A table without column names (a raw HTML `<table>` of `<td>` cells only) whose every
/// row is a plain wire name and the words describing it (`userId` | `User ID`, `page` |
/// `Page index, zero based.`): a parameter per row, read only under a label naming where
/// they go (`Query Params`), which the caller checks. None unless every row is one.
pub(super) fn plain_name_rows(t: &Table, line: u32) -> Vec<RawParam> {
    headerless_rows(t, line, |row| {
        let [name, doc] = row else {
            return None;
        };
        let name = name.trim();
        if !field_name(name) || doc.trim().is_empty() {
            return None;
        }
        let mut p = name_part(name).filter(|p| p.name == name)?;
        p.doc = doc.trim().to_string();
        Some(p)
    })
}

/// A table without column names whose rows are fields as rendered references print them
/// (Redoc's pages and their Markdown captures): the name cell (`id`, with `required` after
/// it on its own line, a space or glued: `idrequired`), then the type line (`integer
/// <int64>`, `string [ 1 .. 50 ] characters`) and what follows it (`Default: 10`, `Enum:
/// "a" "b"`, `Example: 5`, the description). A header that is a row of its own (a capture
/// without an empty first row) is read as one. None unless every row is a field.
fn field_rows(t: &Table, line: u32) -> Vec<RawParam> {
    let header_row = t.header.iter().any(|h| !h.trim().is_empty());
    let rows: Vec<(&Vec<String>, u32)> = std::iter::once(&t.header)
        .filter(|_| header_row)
        .map(|h| (h, line))
        .chain(t.rows.iter().enumerate().map(|(k, r)| {
            let at = t.row_lines.get(k).copied().unwrap_or(line);
            (r, at)
        }))
        .collect();
    let strict: Vec<Option<RawParam>> = rows.iter().map(|(row, at)| field_row(row, *at)).collect();
    let typed = strict.iter().flatten().count();
    // Most rows typed: a row whose type is a word the reader does not know (`date`,
    // `decimal`) is a field of any type, the word its doc.
    let out: Vec<RawParam> = if typed * 2 >= rows.len() {
        strict
            .into_iter()
            .zip(&rows)
            .filter_map(|(p, (row, at))| p.or_else(|| field_row_untyped(row, *at)))
            .collect()
    } else {
        Vec::new()
    };
    if out.is_empty() || out.len() != rows.len() {
        return Vec::new();
    }
    out
}

/// A row of [`field_rows`] whose type is one word the reader does not know (`date`) or
/// alternatives (`Array of A (object) or B (object)`): a field of any type, the words (and
/// what follows) its doc.
fn field_row_untyped(row: &[String], line: u32) -> Option<RawParam> {
    let [name_cell, rest @ ..] = row else {
        return None;
    };
    let word = rest.first()?.lines().next()?.trim();
    // (Or a list of alternatives the reader does not type: `Array of Final Price (object)
    // or Discount (object)`.)
    let composed = word.starts_with("Array of ") && word.contains(" or ");
    if word.is_empty() || !(composed || word.chars().all(|c| c.is_ascii_lowercase())) {
        return None;
    }
    // (Read as typed `any`, the word then the first line of its description.)
    field_row(
        &[name_cell.clone(), format!("any\n{}", rest.join("\n"))],
        line,
    )
}

/// One row of [`field_rows`]: `[name (+ required), type line (+ facts, description)]`.
fn field_row(row: &[String], line: u32) -> Option<RawParam> {
    let [name_cell, rest @ ..] = row else {
        return None;
    };
    if rest.is_empty() {
        return None;
    }
    let name_cell = name_cell.replace("<br>", "\n").replace('\\', "");
    let mut names = name_cell.lines().map(str::trim).filter(|l| !l.is_empty());
    let (name, mut required) = name_required(names.next()?);
    if names.any(|l| l.eq_ignore_ascii_case("required")) {
        required = true;
    }
    let name = name.trim_matches('`');
    if !field_name(name) {
        return None;
    }
    let text = rest.join("\n").replace("<br>", "\n");
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let ty = type_line(lines.next()?)?;
    let mut p = RawParam {
        name: name.to_string(),
        required: Some(required),
        nullable: ty.nullable,
        ty_ref: Some(ty.ty),
        minimum: ty.minimum,
        maximum: ty.maximum,
        line,
        ..RawParam::default()
    };
    let mut doc: Vec<String> = Vec::new();
    for l in std::iter::once(ty.rest.as_str()).chain(lines) {
        field_fact(&mut p, &mut doc, l);
    }
    p.doc = doc.join("\n");
    Some(p)
}

/// A line after a field's type line: `Default: 10` (the default), `Enum: "a" "b"` (the
/// values), `Example: 5` (a fact the reader leaves in the description when it holds more),
/// or description.
fn field_fact(p: &mut RawParam, doc: &mut Vec<String>, line: &str) {
    let l = line.trim();
    if l.is_empty() {
        return;
    }
    if let Some(v) = l.strip_prefix("Default:") {
        let (v, rest) = first_value(v);
        p.default = Some(v);
        field_fact(p, doc, rest);
    } else if let Some(v) = l.strip_prefix("Enum:")
        && let (values, rest) = quoted_values(v)
        && !values.is_empty()
    {
        p.values = values;
        field_fact(p, doc, rest);
    } else if let Some(v) = l.strip_prefix("Example:") {
        let (_, rest) = first_value(v);
        field_fact(p, doc, rest);
    } else if l.eq_ignore_ascii_case("required") {
        p.required = Some(true);
    } else {
        doc.push(l.to_string());
    }
}

/// `namerequired`, `name required`: the name and whether it is required.
fn name_required(t: &str) -> (String, bool) {
    let t = t.trim();
    if let Some((n, r)) = t.split_once(' ')
        && r.trim().eq_ignore_ascii_case("required")
    {
        return (n.trim().to_string(), true);
    }
    match t.strip_suffix("required") {
        Some(n) if !n.is_empty() => (n.to_string(), true),
        _ => (t.to_string(), false),
    }
}

/// A Required cell: `Yes`, `true`, `Required`, `✓`, `*` → required; `No`, `Optional`,
/// `Optional Default: x` → optional. A value set in code reads the same (`` `true` ``,
/// `` `false` ``, as a column of booleans prints them).
pub(super) fn required_cell(cell: &str, header_is_optional: bool) -> Option<bool> {
    let l = cell.trim().trim_matches('`').trim().to_ascii_lowercase();
    let yes = l == "是"
        || l.starts_with("必")
        || l.starts_with("yes")
        || l.starts_with("true")
        || l.starts_with("required")
        || l.starts_with("mandatory")
        || l == "✓"
        || l == "✔"
        || l == "✅"
        || l == "x"
        || l == "y"
        // (`name | * | "" | …` under `Required`: a star marks it.)
        || l == "*";
    let no = l == "否"
        || l.starts_with("可选")
        || l.starts_with("no")
        || l.starts_with("false")
        || l.starts_with("optional")
        || l == "-"
        || l == "✗"
        || l == "✘"
        || l == "❌"
        || l == "n";
    // (A cardinality: `1`, `1..1`, `1..N`, `1..*`, `1..10000` must be there; `0..1`, `0..N`,
    // `0..*` may not.)
    let cardinality = |low: &str| {
        l == low
            || l.strip_prefix(low)
                .and_then(|r| r.strip_prefix(".."))
                .is_some_and(|r| r == "n" || r == "*" || r.parse::<u32>().is_ok_and(|n| n >= 1))
    };
    let yes = yes || cardinality("1");
    let no = no || cardinality("0");
    match (yes, no) {
        (true, _) => Some(!header_is_optional),
        (_, true) => Some(header_is_optional),
        _ => None,
    }
}
