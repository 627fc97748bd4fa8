//! reStructuredText, AsciiDoc and Textile, read as the Markdown their renderers would print: each
//! source is rewritten line by line into Markdown (headings, fences, tables, items), with
//! the original line of every written line, and the Markdown front end reads the result.
//!
//! What is rewritten is the markup's structure, as Sphinx and Asciidoctor render it:
//!
//! - reStructuredText: section titles (over- and underlined, levels by adornment in order
//!   of appearance); `.. http:get:: /path` directives (sphinxcontrib-httpdomain) as a
//!   heading one level under the section, their field lists as Sphinx renders them (a
//!   labelled table per kind: `Parameters`, `Query parameters`, `Form parameters`,
//!   `Request JSON object`, `Response JSON object`, `Request headers`, `Response headers`,
//!   `Status codes`); an `http:` directive naming no method (`.. http:example:: curl`)
//!   as an `http` code block of its raw request; a directive whose options give `:method:` and `:url:` as a route
//!   line; a directive describing one named, typed field (`.. parameter:: name` over
//!   `:type:` and `:condition:`) as an item, its description on its line and nested fields
//!   under it; `.. code-block:: lang` and `::` literal blocks as fences; admonitions
//!   as their text; comments and other directives' options left out; inline roles
//!   (``:ref:`text <target>` ``) as their text, ` ``code`` ` as code.
//! - AsciiDoc: `=` titles, `|===` tables (a header row when the table says so or its first
//!   row stands alone), `----`/`....` listing blocks as fences (`[source,lang]` gives the
//!   language), `*`/`.` list items, `.Title` block titles as paragraphs; attribute entries,
//!   block attributes, comments and delimiters of example/sidebar blocks left out.
//! - Textile (Redmine, Jekyll sites such as Arvados's): `h3.` headings, `bc.`/`pre.` blocks
//!   and `<pre>` elements as fences, `|_. a |` tables, `*`/`#` items, `@code@` and
//!   `"text":url` inline; a Jekyll page's front matter title and Liquid tags.

use std::collections::BTreeMap;

/// Markdown lines, each with the original file's line (1-based).
pub type Lines = Vec<(String, u32)>;

/// Whether a line opens a type's declaration in code: `interface Item {`, `type Item = {`,
/// `struct Item {`, `class Item {` (a name after the keyword, an opening brace after it).
fn type_declaration(line: &str) -> bool {
    let t = line.trim();
    let Some((kw, rest)) = t.split_once(' ') else {
        return false;
    };
    let rest = rest.trim_end();
    let name = rest
        .trim_end_matches('{')
        .trim_end()
        .trim_end_matches('=')
        .trim();
    matches!(kw, "interface" | "type" | "struct" | "class")
        && rest.ends_with('{')
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `text` (named `file`) is reStructuredText: a `.rst` name, or a directive
/// (`.. name::`) and a section title adornment in its first lines.
pub fn is_rst(file: &str, text: &str) -> bool {
    let ext = file.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    if ext == "rst" {
        return true;
    }
    let lines: Vec<&str> = text.lines().take(400).collect();
    let directive = lines.iter().any(|l| directive(l).is_some());
    let titled = lines.windows(2).any(|w| {
        !w[0].trim().is_empty()
            && adornment(w[1]).is_some_and(|(_, n)| n >= w[0].trim().chars().count())
    });
    directive && titled
}

/// Whether `text` (named `file`) is AsciiDoc: an `.adoc`/`.asciidoc` name, or a `= Title`
/// first line with a table or a listing block of AsciiDoc's own below.
pub fn is_asciidoc(file: &str, text: &str) -> bool {
    let name = file.to_ascii_lowercase();
    if name.ends_with(".adoc") || name.ends_with(".asciidoc") {
        return true;
    }
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let titled = lines.next().is_some_and(|l| l.starts_with("= "));
    titled
        && text
            .lines()
            .any(|l| l.trim() == "|===" || l.starts_with("[source,") || l.starts_with("== "))
}

/// A section title adornment: one punctuation character repeated (3 or more), and its
/// length.
fn adornment(line: &str) -> Option<(char, usize)> {
    let t = line.trim_end();
    let c = t.chars().next()?;
    let n = t.chars().count();
    (n >= 3 && c.is_ascii_punctuation() && t.chars().all(|x| x == c) && !line.starts_with(' '))
        .then_some((c, n))
}

/// A directive that lays its body out in tabs (`tab-set`, `tab-item`, `tabs`, `tab`,
/// `group-tab`, `md-tab-set`, `md-tab-item`): a wrapper whose body is read as written.
fn tab_directive(name: &str) -> bool {
    let name = name.rsplit(':').next().unwrap_or(name);
    let name = name.strip_prefix("md-").unwrap_or(name);
    matches!(
        name,
        "tab-set" | "tab-item" | "tabs" | "tab" | "group-tab" | "tabbed"
    )
}

/// The level of the heading element a line of raw HTML opens (`<h6 >…` → 6).
fn raw_heading_level(line: &str) -> Option<usize> {
    let t = line.trim_start().to_ascii_lowercase();
    let rest = t.strip_prefix("<h")?;
    let level = rest.chars().next()?.to_digit(10)?;
    let after = rest[1..].chars().next()?;
    ((1..=6).contains(&level) && (after == '>' || after == ' '))
        .then(|| usize::try_from(level).unwrap_or(6))
}

/// A line of raw HTML as text: its tags left out, then its entities read (`<b>GET</b>
/// /x/&lt;id&gt;` is `GET /x/<id>`).
fn html_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        match rest[at..].find('>') {
            Some(end) => rest = &rest[at + end + 1..],
            None => {
                rest = &rest[at..];
                break;
            }
        }
    }
    out.push_str(rest);
    super::text::entities_decoded(&out.replace("&nbsp;", " "))
}

/// `.. name:: argument`: the directive's name and argument.
fn directive(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start().strip_prefix(".. ")?;
    let (name, arg) = t.split_once("::")?;
    (!name.is_empty() && !name.contains(' ')).then_some((name, arg.trim()))
}

/// The indentation of a line (tabs as 8).
fn indent(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 8 } else { 1 })
        .sum()
}

/// `line` without its first `n` columns of indentation.
fn dedent(line: &str, n: usize) -> &str {
    let mut cut = 0;
    let mut width = 0;
    for (i, c) in line.char_indices() {
        if width >= n || !c.is_whitespace() {
            cut = i;
            break;
        }
        width += if c == '\t' { 8 } else { 1 };
        cut = i + c.len_utf8();
    }
    &line[cut..]
}

/// Inline reStructuredText as Markdown: ` ``code`` ` as `` `code` ``, a role
/// (``:ref:`text <target>` ``, ``:mimetype:`x` ``) as its text, `` `text <url>`_ `` and
/// `` `text`_ `` as their text.
fn rst_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find(['`', ':']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(inner) = tail.strip_prefix("``")
            && let Some(end) = inner.find("``")
        {
            out.push('`');
            out.push_str(&inner[..end]);
            out.push('`');
            rest = &inner[end + 2..];
            continue;
        }
        // `:role:`text``, `:http:get:`/x``.
        if tail.starts_with(':')
            && let Some(tick) = tail.find(":`").filter(|&t| t > 1)
            && tail[1..tick]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '_'))
            && let Some(end) = tail[tick + 2..].find('`')
        {
            let text = &tail[tick + 2..tick + 2 + end];
            // (At the start of a line or of an item.)
            let opening = matches!(out.trim(), "" | "*" | "-" | "+" | "•");
            match opening.then(|| label_role(&tail[1..tick], text)) {
                Some(Some(labelled)) => out.push_str(&labelled),
                _ => out.push_str(&role_text(text)),
            }
            rest = &tail[tick + 3 + end..];
            continue;
        }
        // `` `text <url>`_ ``: a link, its text; `` `/api/v2/device/apps`_ ``, a reference
        // to a target the page names (`.. _/api/v2/device/apps:`), its text too.
        if let Some(inner) = tail.strip_prefix('`')
            && let Some(end) = inner.find("`_")
            && !inner[..end].is_empty()
            && !inner[..end].contains('`')
        {
            out.push_str(&role_text(&inner[..end]));
            rest = inner[end + 2..].trim_start_matches('_');
            continue;
        }
        out.push_str(&tail[..1]);
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

/// A role opening a line that is named after what it gives, as a docs site's own roles are
/// (`:method:`post``, `:path:`/v2/users/``, `:param:`?name,string,desc``,
/// `:response_code:`201,if created``, `:sample_response:`201``): written as the label the
/// reader knows (`Method: POST`, `URL: /v2/users/`, `` `name` (string, optional): desc ``,
/// `201 if created`, `Sample response 201`). None for any other role.
fn label_role(role: &str, text: &str) -> Option<String> {
    let name = role.to_ascii_lowercase().replace(['_', '-'], " ");
    let text = text.trim();
    let value = (text != "_").then_some(text);
    Some(match name.as_str() {
        "method" | "verb" | "http method" => format!("Method: {}", text.to_ascii_uppercase()),
        "path" | "url" | "uri" | "endpoint" | "route" => format!("URL: {text}"),
        "param" | "parameter" | "field" | "arg" | "argument" | "property" => {
            let mut parts = text.splitn(3, ',');
            let name = parts.next()?.trim();
            let ty = parts.next().map(str::trim).unwrap_or_default();
            let doc = parts.next().map(str::trim).unwrap_or_default();
            // (`?name`: optional, as Pulp's roles mark it.)
            let (name, optional) = match name.strip_prefix('?') {
                Some(n) => (n, ", optional"),
                None => (name, ""),
            };
            format!("`{name}` ({ty}{optional}): {doc}")
        }
        "response code" | "status code" | "status" | "statuscode" | "return code" => {
            text.replacen(',', " ", 1)
        }
        "sample request" | "sample response" | "example request" | "example response"
        | "response list" | "param list" | "return" | "returns" => {
            // (A label, so with its colon: `Sample response 201:`, `Param list:`; a
            // `Return:` says what comes back.)
            let mut label = name.clone();
            label[..1].make_ascii_uppercase();
            match value {
                Some(v) if name.starts_with("return") => format!("{label}: {v}"),
                Some(v) if v.parse::<u16>().is_ok() => format!("{label} {v}:"),
                _ => format!("{label}:"),
            }
        }
        _ => return None,
    })
}

/// A role's or link's text: `text <target>` → `text`.
fn role_text(s: &str) -> String {
    match s.rfind(" <") {
        Some(at) if s.ends_with('>') => s[..at].to_string(),
        _ => s.trim_start_matches('~').to_string(),
    }
}

/// A path as sphinxcontrib-httpdomain writes it, with `{name}` placeholders: `(name)` and
/// `(converter:name)` segments (`/buckets/(bucket_id)`, `/users/(int:user_id)`, also with a
/// space, `(string: subject)`, or in braces, `{int: id}`) are placeholders there; a value
/// named in a few words (`/assets/(asset name)`) is one placeholder, `{asset_name}`.
fn httpdomain_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    // (`{int: id}`: a typed placeholder in braces, as `(int: id)` is.)
    let braced: String = {
        let mut b = String::with_capacity(path.len());
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let inner = &rest[open + 1..open + close];
            b.push_str(&rest[..open]);
            if inner.contains(':') {
                b.push('(');
                b.push_str(inner);
                b.push(')');
            } else {
                b.push_str(&rest[open..=open + close]);
            }
            rest = &rest[open + close + 1..];
        }
        b.push_str(rest);
        b
    };
    let mut rest = braced.as_str();
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + close];
        let name = inner.rsplit(':').next().unwrap_or(inner).trim();
        // (`(asset name)`: a value named in a few words, one placeholder, its words joined
        // by `_`.)
        let words: Vec<&str> = name.split(' ').collect();
        let name = if words.len() <= 3 && words.iter().all(|w| !w.is_empty()) {
            words.join("_")
        } else {
            name.to_string()
        };
        out.push_str(&rest[..open]);
        if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            out.push('{');
            out.push_str(&name);
            out.push('}');
        } else {
            out.push_str(&rest[open..=open + close]);
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The heading a field kind of sphinxcontrib-httpdomain is rendered under.
fn field_label(role: &str) -> Option<&'static str> {
    Some(match role {
        "param" | "parameter" | "arg" | "argument" | "pathparam" => "Path parameters",
        "query" | "queryparameter" | "queryparam" | "qparam" => "Query parameters",
        "form" | "formparameter" | "formparam" => "Form parameters",
        // (`:json`, `:jsonparam`: httpdomain's older names of a request body's fields.)
        "reqjson" | "<json" | "reqjsonobj" | "reqjsonarr" | "<jsonarr" | "json" | "jsonparam"
        | "jsonparameter" => "Request JSON object",
        "resjson" | ">json" | "resjsonobj" | "resjsonarr" | ">jsonarr" => "Response JSON object",
        "reqheader" | "<header" | "requestheader" => "Request headers",
        "resheader" | ">header" | "responseheader" => "Response headers",
        "statuscode" | "status" | "code" => "Status codes",
        _ => return None,
    })
}

/// The route a directive's options give (`.. endpoint::` over `:method: GET` and `:url:
/// https://api.example.com/v1/items/*id*`): `GET https://api.example.com/v1/items/{id}`, a
/// segment set in emphasis (`*id*`) the placeholder it stands for. A directive whose options
/// also point to another document (`:ref:`, `:link:`, `:href:`, `:doc:`) is a card linking to
/// where the route is documented: none.
fn option_route(options: &[&str]) -> Option<String> {
    let mut method = None;
    let mut url = None;
    for line in options {
        match field(line) {
            Some(("method", "", m)) => {
                let m = m.trim().to_ascii_uppercase();
                let known = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
                method = known.contains(&m.as_str()).then_some(m);
            }
            Some(("url" | "uri" | "path" | "endpoint" | "route", "", u))
                if !u.trim().is_empty() =>
            {
                url = Some(u.trim().to_string());
            }
            Some(("ref" | "link" | "href" | "doc", _, _)) => return None,
            _ => {}
        }
    }
    let url = url?;
    if url.contains(char::is_whitespace) {
        return None;
    }
    let path: Vec<String> = url
        .split('/')
        .map(
            |seg| match seg.strip_prefix('*').and_then(|r| r.strip_suffix('*')) {
                Some(name) if !name.is_empty() && !name.contains('*') => format!("{{{name}}}"),
                _ => seg.to_string(),
            },
        )
        .collect();
    Some(format!("{} {}", method?, path.join("/")))
}

/// The item a directive describing one named field prints (`.. parameter:: amount` over
/// `:type: object` and `:condition: required`): `` - `amount` (object, required) ``. The
/// argument is one name (dotted for a child, `payment.fee`) and the options give its type.
fn described_field(arg: &str, options: &[&str]) -> Option<String> {
    let name = arg.trim();
    let named = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'));
    if !named {
        return None;
    }
    let mut kind = None;
    let mut condition = None;
    for line in options {
        match field(line) {
            Some(("type", "", t)) if !t.trim().is_empty() => kind = Some(rst_inline(t.trim())),
            Some(("condition" | "required" | "optional", "", c)) if !c.trim().is_empty() => {
                condition = Some(rst_inline(c.trim()));
            }
            _ => {}
        }
    }
    let facts: Vec<String> = [kind?].into_iter().chain(condition).collect();
    Some(format!("- `{name}` ({})", facts.join(", ")))
}

/// A field of a field list: `:query boolean conflicts: text` → (`query`, `boolean
/// conflicts`, `text`).
fn field(line: &str) -> Option<(&str, &str, &str)> {
    let t = line.trim_start().strip_prefix(':')?;
    let end = t
        .find(": ")
        .or_else(|| t.ends_with(':').then(|| t.len() - 1))?;
    let head = &t[..end];
    let text = t[end + 1..].trim();
    let (role, arg) = head.split_once(' ').unwrap_or((head, ""));
    (!role.is_empty() && !role.contains('`')).then_some((role, arg.trim(), text))
}

/// reStructuredText as Markdown lines.
pub fn rst(text: &str) -> Lines {
    rst_with(text, &|_| None)
}

/// A file a page names beside it (`parameters.yaml` of `.. rest_parameters::
/// parameters.yaml`), by the name the page gives: its text, when there is one.
pub type Sidecar<'s> = &'s dyn Fn(&str) -> Option<String>;

/// reStructuredText as Markdown lines, reading the files its directives name through
/// `sidecar` (os-api-ref's `parameters.yaml` and `status.yaml`).
pub fn rst_with(text: &str, sidecar: Sidecar<'_>) -> Lines {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Lines::new();
    let mut levels: Vec<(char, bool)> = Vec::new();
    let mut section = 1;
    let mut r = Rst {
        lines: &lines,
        levels: &mut levels,
        out: &mut out,
        sidecar,
    };
    r.block(0, lines.len(), 0, &mut section, 0);
    out
}

/// The reStructuredText reader's state: the lines, the title styles in order of first
/// appearance, the Markdown written so far, the files beside the page.
struct Rst<'a, 'l> {
    lines: &'a [&'l str],
    levels: &'a mut Vec<(char, bool)>,
    out: &'a mut Lines,
    sidecar: Sidecar<'a>,
}

/// One entry of an os-api-ref YAML file (`parameters.yaml`: `claim_id:` / `  in: path` /
/// `  required: True` / `  type: string` / `  description: |`): its fields as text.
fn sidecar_entry(yaml: &serde_yaml::Value, key: &str) -> Option<BTreeMap<String, String>> {
    let entry = yaml.get(key)?.as_mapping()?;
    let mut out = BTreeMap::new();
    for (k, v) in entry {
        let Some(k) = k.as_str() else { continue };
        let v = match v {
            serde_yaml::Value::String(s) => s.trim().to_string(),
            serde_yaml::Value::Bool(b) => b.to_string(),
            serde_yaml::Value::Number(n) => n.to_string(),
            _ => continue,
        };
        out.insert(k.to_string(), v);
    }
    Some(out)
}

/// How deep directives nest before their bodies are read as plain lines.
const MAX_NESTING: usize = 16;

impl Rst<'_, '_> {
    /// A fenced code block in `lang` of the directive at line `at` (its fence at line
    /// `fence`), holding lines `body` dedented by `inner`, each at its own line.
    fn code_block(
        &mut self,
        lang: &str,
        at: usize,
        fence: usize,
        body: std::ops::Range<usize>,
        inner: usize,
    ) {
        let no = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
        let close = no(body.end.saturating_sub(1));
        self.out.push((String::new(), no(at)));
        self.out.push((format!("```{lang}"), no(fence)));
        for j in body.start..body.end.min(self.lines.len()) {
            let l = self.lines[j];
            self.out
                .push((dedent(l, inner).trim_end().to_string(), no(j)));
        }
        self.out.push(("```".to_string(), close));
        self.out.push((String::new(), close));
    }

    /// os-api-ref's lists (`.. rest_parameters:: parameters.yaml` over `- limit:
    /// claim_limit` items, `.. rest_status_code:: success status.yaml` over `- 201`): a table
    /// of the parameters, each described by the YAML file's entry its item names (`In`,
    /// `Type`, `Required`, `Description`) when the file is there; a `Status codes` label over
    /// an item per status, with the file's reason.
    fn rest_list(
        &mut self,
        name: &str,
        arg: &str,
        body: usize,
        end: usize,
        no: impl Fn(usize) -> u32,
    ) {
        let lines = self.lines;
        let file = arg.split_whitespace().last().unwrap_or_default();
        let yaml: Option<serde_yaml::Value> =
            (self.sidecar)(file).and_then(|t| serde_yaml::from_str(&t).ok());
        let items: Vec<(usize, &str, &str)> = (body..end)
            .filter_map(|j| {
                let t = lines[j].trim().strip_prefix("- ")?;
                let (k, v) = t.split_once(':').unwrap_or((t, ""));
                Some((j, k.trim(), v.trim()))
            })
            .collect();
        if items.is_empty() {
            return;
        }
        let at = items[0].0;
        self.out.push((String::new(), no(at)));
        if name == "rest_status_code" {
            self.out.push(("Status codes:".to_string(), no(at)));
            self.out.push((String::new(), no(at)));
            for (j, code, _) in &items {
                let reason = yaml
                    .as_ref()
                    .and_then(|y| {
                        let number = code.parse::<u64>().ok().map(serde_yaml::Value::from);
                        y.get(*code).or_else(|| y.as_mapping()?.get(number?))
                    })
                    .and_then(|e| e.get("default"))
                    .and_then(serde_yaml::Value::as_str)
                    .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "));
                let line = match reason {
                    Some(r) => format!("- {code} {r}"),
                    None => format!("- {code}"),
                };
                self.out.push((line, no(*j)));
            }
        } else {
            self.out.push((
                "| Name | In | Type | Required | Description |".to_string(),
                no(at),
            ));
            self.out
                .push(("| --- | --- | --- | --- | --- |".to_string(), no(at)));
            for (j, param, key) in &items {
                let entry = yaml
                    .as_ref()
                    .and_then(|y| sidecar_entry(y, if key.is_empty() { param } else { key }))
                    .unwrap_or_default();
                let cell = |k: &str| {
                    entry
                        .get(k)
                        .map(|v| {
                            v.split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                                .replace('|', "\\|")
                        })
                        .unwrap_or_default()
                };
                let required = match cell("required").to_ascii_lowercase().as_str() {
                    "true" => "Required",
                    "false" => "Optional",
                    _ => "",
                };
                self.out.push((
                    format!(
                        "| {param} | {} | {} | {required} | {} |",
                        cell("in"),
                        cell("type"),
                        cell("description")
                    ),
                    no(*j),
                ));
            }
        }
        self.out.push((String::new(), no(end.saturating_sub(1))));
    }

    /// Lines `from..to`, indented by `base`, as Markdown; `section` is the level of the
    /// section they are in, `depth` how deep in directives.
    fn block(&mut self, from: usize, to: usize, base: usize, section: &mut usize, depth: usize) {
        let lines = self.lines;
        let no = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
        // The end of the block indented deeper than `ind` that starts after line `i`.
        let body_end = |i: usize, ind: usize| {
            let mut j = i + 1;
            while j < to && (lines[j].trim().is_empty() || indent(lines[j]) > ind) {
                j += 1;
            }
            while j > i + 1 && lines[j - 1].trim().is_empty() {
                j -= 1;
            }
            j
        };
        let mut i = from;
        // Tabs of one set show one thing several ways (API versions, languages): the first
        // tab is read, the others would document it again.
        let mut tabs = 0;
        // Where the last definition list item ended: the next term may follow it directly.
        let mut definition_end = usize::MAX;
        while i < to {
            let raw = lines[i];
            let line = dedent(raw, base);
            let ind = indent(raw);
            // A title over- and underlined.
            if i + 2 < to
                && let Some((c, _)) = adornment(line)
                && !lines[i + 1].trim().is_empty()
                && adornment(lines[i + 2]).is_some_and(|(d, _)| d == c)
            {
                *section = title_level(self.levels, (c, true));
                self.out.push((
                    format!(
                        "{} {}",
                        "#".repeat(*section),
                        rst_inline(lines[i + 1].trim())
                    ),
                    no(i + 1),
                ));
                i += 3;
                continue;
            }
            // A title underlined.
            if i + 1 < to
                && !line.trim().is_empty()
                && ind == base
                && directive(line).is_none()
                && adornment(lines[i + 1]).is_some_and(|(_, n)| n >= line.trim().chars().count())
            {
                let (c, _) = adornment(lines[i + 1]).unwrap_or(('=', 0));
                *section = title_level(self.levels, (c, false));
                self.out.push((
                    format!("{} {}", "#".repeat(*section), rst_inline(line.trim())),
                    no(i),
                ));
                i += 2;
                continue;
            }
            // A block quote (lines indented deeper than the text around them, after a blank
            // line or right under a section title's underline, no `::` before it): its
            // blocks as if they stood alone, not Markdown's indented code.
            if ind > base
                && depth < MAX_NESTING
                && i > from
                && (lines[i - 1].trim().is_empty() || adornment(lines[i - 1]).is_some())
            {
                let end = (i..to)
                    .find(|&j| !lines[j].trim().is_empty() && indent(lines[j]) < ind)
                    .unwrap_or(to);
                self.out.push((String::new(), no(i)));
                self.block(i, end, ind, section, depth + 1);
                self.out.push((String::new(), no(end.saturating_sub(1))));
                i = end.max(i + 1);
                continue;
            }
            if let Some((name, arg)) = directive(line) {
                let end = body_end(i, ind);
                // Options (`:synopsis: …`, `:linenos:`) come first in the body.
                let mut body = i + 1;
                let mut synopsis = None;
                let mut caption = None;
                // (Options may follow a blank line: `.. http:post:: /x`, ``, `:synopsis: …`.)
                if body < end
                    && lines[body].trim().is_empty()
                    && lines
                        .get(body + 1)
                        .is_some_and(|l| l.trim_start().starts_with(":synopsis:"))
                {
                    body += 1;
                }
                while body < end
                    && !lines[body].trim().is_empty()
                    && lines[body].trim_start().starts_with(':')
                {
                    match field(lines[body]) {
                        Some(("synopsis", _, text)) => {
                            synopsis = Some((text.to_string(), no(body)))
                        }
                        Some(("caption", _, text)) if !text.trim().is_empty() => {
                            caption = Some((text.trim().to_string(), no(body)));
                        }
                        _ => {}
                    }
                    body += 1;
                }
                // (The body's indentation is its least indented line's, as docutils takes
                // it: a first line indented deeper than the rest, `    Return all …` over
                // `   :statuscode 200: …`, opens a block quote inside the body.)
                let inner = (body..end)
                    .filter(|&j| !lines[j].trim().is_empty())
                    .map(|j| indent(lines[j]))
                    .min()
                    .unwrap_or(ind + 3);
                // A Sphinx object description of a callable (`.. function:: aria2.addUri(
                // [secret], uris[, options])`, `.. py:method:: …`): a heading of its
                // signature one level under the section, as Sphinx sets it apart.
                let callable = matches!(
                    name.rsplit(':').next(),
                    Some("function" | "method" | "staticmethod" | "classmethod")
                ) && !arg.is_empty();
                if name == "rest_method" && !arg.is_empty() {
                    // os-api-ref: the section's route, as a route line.
                    self.out.push((String::new(), no(i)));
                    self.out.push((format!("`{}`", arg.trim()), no(i)));
                    self.out.push((String::new(), no(i)));
                } else if let Some(route) = option_route(&lines[i + 1..body]) {
                    // A directive whose options give the method and the URL: the route,
                    // as a route line.
                    self.out.push((String::new(), no(i)));
                    self.out.push((format!("`{route}`"), no(i)));
                    self.out.push((String::new(), no(i)));
                } else if let Some(head) = described_field(arg, &lines[i + 1..body]) {
                    // A directive describing one named, typed field: an item, its body (the
                    // description, nested fields) indented under it.
                    // (The description's text on the item's line, so that the fields
                    // nested in it stay its children: `- `size` (object) - The size.` over
                    // `  - `width` (integer) - …`; a body holding code keeps its lines.)
                    self.out.push((String::new(), no(i)));
                    let from = self.out.len();
                    if depth < MAX_NESTING {
                        self.block(body, end, inner, section, depth + 1);
                    }
                    let printed: Lines = self.out.drain(from..).collect();
                    let fenced = printed
                        .iter()
                        .any(|(l, _)| l.trim_start().starts_with("```"));
                    let mut text = Vec::new();
                    let mut nested = Vec::new();
                    for (l, n) in printed {
                        let own = !l.starts_with(' ') && !l.starts_with("- ");
                        if !fenced && own && !l.trim().is_empty() {
                            text.push(l.trim().to_string());
                        } else if fenced || !l.trim().is_empty() {
                            let l = if l.is_empty() { l } else { format!("  {l}") };
                            nested.push((l, n));
                        }
                    }
                    let head = if text.is_empty() {
                        head
                    } else {
                        format!("{head} - {}", text.join(" "))
                    };
                    self.out.push((head, no(i)));
                    self.out.extend(nested);
                    self.out.push((String::new(), no(end.saturating_sub(1))));
                } else if matches!(name, "rest_parameters" | "rest_status_code") {
                    self.rest_list(name, arg, body, end, no);
                } else if callable {
                    let level = (*section + 1).min(6);
                    self.out.push((String::new(), no(i)));
                    self.out
                        .push((format!("{} {}", "#".repeat(level), rst_inline(arg)), no(i)));
                    self.out.push((String::new(), no(i)));
                    let mut inner_section = level;
                    if depth < MAX_NESTING {
                        self.block(body, end, inner, &mut inner_section, depth + 1);
                    }
                } else if name.strip_prefix("http:").is_some_and(|m| {
                    !matches!(
                        m.to_ascii_lowercase().as_str(),
                        "get"
                            | "post"
                            | "put"
                            | "patch"
                            | "delete"
                            | "head"
                            | "options"
                            | "trace"
                            | "connect"
                            | "copy"
                            | "any"
                    )
                }) {
                    // An httpdomain directive naming no method (`.. http:example:: curl
                    // wget` over `GET /api/1/users/7 HTTP/1.1`, an example request rendered
                    // as tabs per client): its body as an `http` code block, not a route.
                    self.out.push((String::new(), no(i)));
                    self.out.push(("```http".to_string(), no(i)));
                    for (j, l) in lines.iter().enumerate().take(end).skip(body) {
                        self.out
                            .push((dedent(l, inner).trim_end().to_string(), no(j)));
                    }
                    self.out
                        .push(("```".to_string(), no(end.saturating_sub(1))));
                    self.out.push((String::new(), no(end.saturating_sub(1))));
                } else if let Some(method) = name.strip_prefix("http:") {
                    let arg = httpdomain_path(arg);
                    let arg = arg.as_str();
                    let level = (*section + 1).min(6);
                    self.out.push((String::new(), no(i)));
                    self.out.push((
                        format!(
                            "{} {} {}",
                            "#".repeat(level),
                            method.to_ascii_uppercase(),
                            arg
                        ),
                        no(i),
                    ));
                    self.out.push((String::new(), no(i)));
                    if let Some((s, n)) = synopsis {
                        self.out.push((rst_inline(&s), n));
                        self.out.push((String::new(), n));
                    }
                    let mut inner_section = level;
                    if depth < MAX_NESTING {
                        self.block(body, end, inner, &mut inner_section, depth + 1);
                    }
                } else if name == "raw"
                    && arg.trim().eq_ignore_ascii_case("html")
                    && lines[body..end].iter().any(|l| l.contains("<pre"))
                {
                    // Raw HTML holding a preformatted element (`<pre class="x"><b>GET</b>
                    // /api/v1/items/<code>{pk}</code></pre>`): a code block of its text, as
                    // the browser shows it, the tags left out and the entities read.
                    self.out.push((String::new(), no(i)));
                    self.out.push(("```".to_string(), no(i)));
                    for (j, l) in lines.iter().enumerate().take(end).skip(body) {
                        let t = html_text(l);
                        if !t.trim().is_empty() {
                            self.out.push((t.trim().to_string(), no(j)));
                        }
                    }
                    self.out
                        .push(("```".to_string(), no(end.saturating_sub(1))));
                    self.out.push((String::new(), no(end.saturating_sub(1))));
                } else if name == "raw"
                    && arg.trim().eq_ignore_ascii_case("html")
                    && lines[body..end]
                        .iter()
                        .any(|l| raw_heading_level(l).is_some())
                {
                    // Raw HTML holding a heading element (`<h6><span>PATCH</span><span>
                    // /api/agent/port/{{port}}</span></h6>`): a heading of its level, its text
                    // as the browser shows it; the other lines' text paragraphs.
                    for (j, l) in lines.iter().enumerate().take(end).skip(body) {
                        let text = html_text(l);
                        let text = text.trim();
                        if text.is_empty() {
                            continue;
                        }
                        self.out.push((String::new(), no(j)));
                        match raw_heading_level(l) {
                            Some(level) => self
                                .out
                                .push((format!("{} {text}", "#".repeat(level)), no(j))),
                            None => self.out.push((text.to_string(), no(j))),
                        }
                        self.out.push((String::new(), no(j)));
                    }
                } else if matches!(
                    name,
                    "code-block" | "code" | "sourcecode" | "literalinclude"
                ) {
                    // A code block's `:caption:` (`.. code-block:: text` over `:caption:
                    // Response status`) is printed above the code, as Sphinx sets it: a
                    // paragraph of its own, the label of what the code holds.
                    if let Some((text, at)) = caption {
                        self.out.push((String::new(), at));
                        self.out.push((format!("{text}:"), at));
                    }
                    self.code_block(arg, i, i, body..end, inner);
                } else if name.contains(':')
                    && (body..end)
                        .find(|&j| !lines[j].trim().is_empty())
                        .is_some_and(|j| type_declaration(lines[j]))
                {
                    // A domain directive defining a type whose body declares it in code
                    // (`.. ts:def:: Item` over `interface Item { name: string; }`): a code
                    // block in the domain's language, as Sphinx prints the declaration.
                    let lang = name.split(':').next().unwrap_or("");
                    let first = (body..end)
                        .find(|&j| !lines[j].trim().is_empty())
                        .unwrap_or(body);
                    self.code_block(lang, i, first, first..end, inner);
                } else if name == "list-table" {
                    // (`:header-rows: 1` among its options; the body a list of rows.)
                    let header_rows = (i + 1..body)
                        .find_map(|k| match field(lines[k]) {
                            Some(("header-rows", _, n)) => n.trim().parse::<usize>().ok(),
                            _ => None,
                        })
                        .unwrap_or(0);
                    rst_list_table(lines, (i, body, end), header_rows, self.out);
                } else if name == "csv-table" {
                    // (`:header: "a", "b"` and `:header-rows: n` among its options, `:delim:`
                    // choosing the separator; the body the rows as CSV. A table kept in
                    // another file, `:file:` or `:url:`, is not read.)
                    let mut csv = CsvTable::default();
                    for line in &lines[i + 1..body] {
                        match field(line) {
                            Some(("header", _, h)) => csv.header = Some(h.to_string()),
                            Some(("header-rows", _, n)) => {
                                csv.header_rows = n.trim().parse().unwrap_or(0);
                            }
                            Some(("delim", _, d)) => csv.delim = csv_delim(d),
                            _ => {}
                        }
                    }
                    // (Its title, `.. csv-table:: Query parameters`, labels it.)
                    if !arg.is_empty() {
                        self.out.push((String::new(), no(i)));
                        self.out.push((rst_inline(arg), no(i)));
                    }
                    rst_csv_table(lines, (i, body, end), &csv, self.out);
                } else if matches!(name, "container" | "class" | "rst-class" | "only" | "table")
                    || tab_directive(name)
                {
                    // (A wrapper: its body is read as if it stood alone. Tabs too:
                    // `.. md-tab-set::` / `.. md-tab-item:: API version 2.0.0+`.)
                    self.out.push((String::new(), no(i)));
                    // (A table's title, `.. table:: Request Query Parameters`, labels it.)
                    if name == "table" && !arg.is_empty() {
                        self.out.push((rst_inline(arg), no(i)));
                        self.out.push((String::new(), no(i)));
                    }
                    let tab = tab_directive(name) && !name.ends_with("set") && name != "tabs";
                    tabs += usize::from(tab);
                    if depth < MAX_NESTING && (!tab || tabs == 1) {
                        self.block(body, end, inner, section, depth + 1);
                    }
                } else if matches!(
                    name,
                    "note"
                        | "warning"
                        | "important"
                        | "tip"
                        | "hint"
                        | "caution"
                        | "attention"
                        | "danger"
                        | "error"
                        | "admonition"
                        | "versionadded"
                        | "versionchanged"
                        | "deprecated"
                        | "seealso"
                        | "rubric"
                        | "topic"
                        | "describe"
                ) {
                    if !arg.is_empty() {
                        self.out.push((String::new(), no(i)));
                        self.out.push((rst_inline(arg), no(i)));
                    }
                    self.out.push((String::new(), no(i)));
                    if depth < MAX_NESTING {
                        self.block(body, end, inner, section, depth + 1);
                    }
                }
                // (Other directives — toctree, image, index, include, meta — print nothing of
                // their own that a reference reads.)
                i = end.max(i + 1);
                continue;
            }
            // A grid table (`+-----+-----+` borders, `|` rows, `+=====+` under the header):
            // a Markdown table, a cell's lines joined.
            if grid_border(line.trim()).is_some() {
                i = rst_grid_table(lines, i, to, self.out);
                continue;
            }
            // A simple table (`=====  =====` borders): a Markdown table.
            if table_border(line).is_some() {
                i = rst_simple_table(lines, i, to, base, self.out);
                continue;
            }
            // A comment or a link target (`.. _api/db:`, `..` and its indented lines).
            if line.starts_with("..") && (line.trim() == ".." || line.starts_with(".. ")) {
                i = body_end(i, ind).max(i + 1);
                continue;
            }
            // A field list: its fields of httpdomain kinds as Sphinx renders them, a table
            // per kind under its label; other fields as `name: text` lines.
            if field(line).is_some() && ind == base {
                i = rst_fields(lines, i, to, base, self.out);
                continue;
            }
            // A line block (`| :method:`post``): a line each, as sibling items (so that
            // `Method: POST` / `URL: /x` lines pair up and a label line labels what follows).
            if line.starts_with("| ") && !line.trim_end().ends_with('|') {
                let text = line.trim_end().trim_start_matches('|').trim_start();
                self.out.push((format!("- {}", rst_inline(text)), no(i)));
                i += 1;
                continue;
            }
            // A paragraph that ends in `::` introduces a literal block.
            if line.trim_end().ends_with("::") && i + 1 < to {
                let text = line.trim_end().trim_end_matches("::").trim_end();
                if !text.is_empty() {
                    let label = rst_inline(text);
                    let colon = if label.ends_with(':') { "" } else { ":" };
                    self.out.push((format!("{label}{colon}"), no(i)));
                }
                let end = body_end(i, ind);
                let start = (i + 1..end).find(|&j| !lines[j].trim().is_empty());
                if let Some(s) = start {
                    let inner = indent(lines[s]);
                    self.out.push((String::new(), no(i)));
                    self.out.push(("```".to_string(), no(s)));
                    for (j, l) in lines.iter().enumerate().take(end).skip(s) {
                        self.out
                            .push((dedent(l, inner).trim_end().to_string(), no(j)));
                    }
                    self.out.push(("```".to_string(), no(end - 1)));
                    self.out.push((String::new(), no(end - 1)));
                }
                i = end.max(i + 1);
                continue;
            }
            // A definition list's item: a term, then its definition indented under it with
            // no blank line between (`order` over `   Sort the list by a column.`): the
            // term, then the definition after `: `, as the Markdown front end keeps a
            // definition list; the definition's further paragraphs as its blocks.
            let bullet = |t: &str| {
                t.starts_with(['-', '*', '+', '•', '|', '#'])
                    || t.split_once(". ").is_some_and(|(n, _)| {
                        !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric())
                    })
            };
            // A term may follow a title's underline or the previous item's definition
            // with no blank line between (`interface address:` / `    * /api/x` /
            // `HTTP request method:` / `    * GET`).
            if ind == base
                && depth < MAX_NESTING
                && i + 1 < to
                && (i == from
                    || lines[i - 1].trim().is_empty()
                    || adornment(lines[i - 1]).is_some()
                    || i == definition_end)
                && !line.trim().is_empty()
                && !bullet(line.trim_start())
                && !lines[i + 1].trim().is_empty()
                && indent(lines[i + 1]) > ind
            {
                let end = body_end(i, ind);
                definition_end = end;
                let inner = indent(lines[i + 1]);
                self.out.push((rst_inline(line.trim_end()), no(i)));
                // A definition that is a list, or a definition list of its own (a line
                // indented under its first), is the term's blocks, as a label over them.
                let nested = i + 2 < end
                    && !lines[i + 1].trim_start().starts_with("..")
                    && !lines[i + 2].trim().is_empty()
                    && indent(lines[i + 2]) > inner;
                if bullet(dedent(lines[i + 1], inner)) || nested {
                    self.out.push((String::new(), no(i)));
                    self.block(i + 1, end, inner, section, depth + 1);
                    self.out.push((String::new(), no(end.saturating_sub(1))));
                    i = end.max(i + 1);
                    continue;
                }
                let mut j = i + 1;
                while j < end && !lines[j].trim().is_empty() {
                    let t = rst_inline(dedent(lines[j], inner).trim());
                    let t = if j == i + 1 { format!(": {t}") } else { t };
                    self.out.push((t, no(j)));
                    j += 1;
                }
                if j < end {
                    self.out.push((String::new(), no(j)));
                    self.block(j, end, inner, section, depth + 1);
                }
                self.out.push((String::new(), no(end.saturating_sub(1))));
                i = end.max(i + 1);
                continue;
            }
            self.out.push((rst_inline(line.trim_end()), no(i)));
            i += 1;
        }
    }
}

/// A grid table's border (`+----+------+`, or `+====+======+` under the header): the
/// columns' `+` positions.
fn grid_border(t: &str) -> Option<Vec<usize>> {
    if !t.starts_with('+') || !t.ends_with('+') || t.len() < 3 {
        return None;
    }
    let fill = t.chars().find(|c| *c != '+')?;
    if !matches!(fill, '-' | '=') || !t.chars().all(|c| c == '+' || c == fill) {
        return None;
    }
    let cuts: Vec<usize> = t.match_indices('+').map(|(k, _)| k).collect();
    (cuts.len() >= 2).then_some(cuts)
}

/// A line of a grid table that is a border under some of its columns only: for each
/// column whether it is a border there (`+------+` under it) or the cell goes on (blank,
/// a spanning cell). `None` when no column, or every one, is bordered.
fn partial_border(body: &str, cuts: &[usize]) -> Option<Vec<bool>> {
    let bytes = body.as_bytes();
    if !cuts
        .iter()
        .all(|&c| matches!(bytes.get(c), Some(b'+' | b'|')))
    {
        return None;
    }
    let mut borders = Vec::new();
    for w in cuts.windows(2) {
        let seg = body.get(w[0] + 1..w[1])?;
        if !seg.is_empty() && seg.chars().all(|c| c == '-' || c == '=') {
            borders.push(true);
        } else if seg.trim().is_empty() {
            borders.push(false);
        } else {
            return None;
        }
    }
    (borders.contains(&true) && borders.contains(&false)).then_some(borders)
}

/// A grid table from line `i`: its rows between borders (a row's lines joined cell by
/// cell), the rows above a `+===+` border its header; returns the line after it.
fn rst_grid_table(lines: &[&str], i: usize, to: usize, out: &mut Lines) -> usize {
    let no = |k: usize| u32::try_from(k + 1).unwrap_or(u32::MAX);
    let first = lines[i].trim();
    let Some(cuts) = grid_border(first) else {
        return i + 1;
    };
    let lead = lines[i].len() - lines[i].trim_start().len();
    let width = cuts.len() - 1;
    let mut rows: Vec<(Vec<String>, u32)> = Vec::new();
    let mut header_rows = 0;
    let mut cur: Option<(Vec<String>, u32)> = None;
    let mut k = i + 1;
    while k < to {
        let raw = lines[k];
        let t = raw.trim();
        if let Some(_b) = grid_border(t) {
            if let Some(row) = cur.take() {
                rows.push(row);
            }
            if t.contains('=') {
                header_rows = rows.len();
            }
            k += 1;
            continue;
        }
        let body = raw.get(lead..).unwrap_or(raw);
        // A border under some columns only (`+     +------+------+`, `|     +------+`):
        // the row ends there, and a cell spanning it goes on into the next row, which
        // repeats its text.
        if let Some(borders) = partial_border(body, &cuts) {
            if let Some(row) = cur.take() {
                let carried: Vec<String> = row
                    .0
                    .iter()
                    .zip(&borders)
                    .map(|(v, b)| if *b { String::new() } else { v.clone() })
                    .collect();
                rows.push(row);
                cur = Some((carried, no(k + 1)));
            }
            k += 1;
            continue;
        }
        if !t.starts_with('|') {
            break;
        }
        let cells: Vec<String> = (0..width)
            .map(|c| {
                let (a, b) = (cuts[c] + 1, cuts[c + 1]);
                body.get(a..b.min(body.len()))
                    .unwrap_or("")
                    .trim_matches(|ch: char| ch == '|' || ch.is_whitespace())
                    .to_string()
            })
            .collect();
        let row = cur.get_or_insert_with(|| (vec![String::new(); width], no(k)));
        for (slot, text) in row.0.iter_mut().zip(cells) {
            if !text.is_empty() {
                if !slot.is_empty() {
                    slot.push(' ');
                }
                slot.push_str(&rst_inline(&text));
            }
        }
        k += 1;
    }
    if let Some(row) = cur.take() {
        rows.push(row);
    }
    if rows.is_empty() {
        return k.max(i + 1);
    }
    let (header, body) = if header_rows == 1 {
        (Some(&rows[0]), &rows[1..])
    } else {
        (None, &rows[..])
    };
    markdown_table(out, header, body, width, (no(i), no(k.saturating_sub(1))));
    k.max(i + 1)
}

/// A simple table's border (`=====  ======`, two columns at least): each column's start
/// and end (in characters, after `base` is cut).
fn table_border(line: &str) -> Option<Vec<(usize, usize)>> {
    let t = line.trim_end();
    if !t.trim_start().starts_with('=') || !t.chars().all(|c| c == '=' || c == ' ') {
        return None;
    }
    let mut cols = Vec::new();
    let mut start = None;
    for (k, c) in t.chars().enumerate() {
        match (c, start) {
            ('=', None) => start = Some(k),
            (' ', Some(s)) => {
                cols.push((s, k));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        cols.push((s, t.chars().count()));
    }
    (cols.len() >= 2 && cols.iter().all(|(a, b)| b - a >= 2)).then_some(cols)
}

/// A simple table from its top border at `i`: the header row(s) up to the next border,
/// then the rows up to the closing one, written as a Markdown table. A line whose first
/// column is blank goes on with the row above it. Returns the line after the table.
fn rst_simple_table(lines: &[&str], i: usize, to: usize, base: usize, out: &mut Lines) -> usize {
    let no = |k: usize| u32::try_from(k + 1).unwrap_or(u32::MAX);
    let Some(cols) = table_border(dedent(lines[i], base)) else {
        return i + 1;
    };
    let cells = |line: &str| -> Vec<String> {
        let chars: Vec<char> = line.chars().collect();
        cols.iter()
            .enumerate()
            .map(|(k, &(a, b))| {
                // The last column runs to the line's end.
                let end = if k + 1 == cols.len() {
                    chars.len()
                } else {
                    b.min(chars.len())
                };
                let a = a.min(chars.len());
                chars[a..end.max(a)]
                    .iter()
                    .collect::<String>()
                    .trim()
                    .to_string()
            })
            .collect()
    };
    // Rows: (first line, cells); a border ends the header, the next one the table.
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut header_rows = 0;
    let mut borders = 1;
    let mut j = i + 1;
    while j < to {
        let line = dedent(lines[j], base);
        if table_border(line).is_some() {
            borders += 1;
            j += 1;
            if borders == 2 {
                // A border right after the header: or the table's end when no body
                // follows it.
                let more = j < to
                    && !lines[j].trim().is_empty()
                    && table_border(dedent(lines[j], base)).is_none();
                if more {
                    header_rows = rows.len();
                    continue;
                }
            }
            break;
        }
        if line.trim().is_empty() {
            // (A blank line inside a simple table separates rows; it ends it only at the
            // table's closing border.)
            j += 1;
            continue;
        }
        let row = cells(line);
        match rows.last_mut() {
            Some((_, last)) if row.first().is_some_and(String::is_empty) => {
                for (cell, more) in last.iter_mut().zip(row) {
                    if !more.is_empty() {
                        if !cell.is_empty() {
                            cell.push(' ');
                        }
                        cell.push_str(&more);
                    }
                }
            }
            _ => rows.push((j, row)),
        }
        j += 1;
    }
    let rows: Vec<(Vec<String>, u32)> = rows
        .into_iter()
        .map(|(k, r)| (r.iter().map(|c| rst_inline(c)).collect(), no(k)))
        .collect();
    let (header, body) = match header_rows {
        1 => (Some(&rows[0]), &rows[1..]),
        _ => (None, &rows[..]),
    };
    markdown_table(
        out,
        header,
        body,
        cols.len(),
        (no(i), no(j.saturating_sub(1))),
    );
    j
}

/// A `.. list-table::` (its directive line, first body line and end): rows as `* - cell`
/// items and their cells as `- cell` sub-items, a cell going on over lines indented under
/// it; written as a Markdown table, its first `header_rows` row the header.
fn rst_list_table(
    lines: &[&str],
    (at, from, to): (usize, usize, usize),
    header_rows: usize,
    out: &mut Lines,
) {
    let no = |k: usize| u32::try_from(k + 1).unwrap_or(u32::MAX);
    let mut rows: Vec<(Vec<String>, u32)> = Vec::new();
    // The indent of the text of the cell being read.
    let mut cell_at = usize::MAX;
    for (k, raw) in lines.iter().enumerate().take(to).skip(from) {
        let t = raw.trim_start();
        if t.is_empty() {
            continue;
        }
        let ind = indent(raw);
        if let Some(rest) = t
            .strip_prefix("* - ")
            .or_else(|| (t == "* -").then_some(""))
        {
            rows.push((vec![rest.trim().to_string()], no(k)));
            cell_at = ind + 4;
        } else if let Some(rest) = t.strip_prefix("- ").or_else(|| (t == "-").then_some(""))
            && ind + 2 <= cell_at
            && let Some((row, _)) = rows.last_mut()
        {
            row.push(rest.trim().to_string());
            cell_at = ind + 2;
        } else if let Some(cell) = rows.last_mut().and_then(|(r, _)| r.last_mut()) {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(t.trim_end());
        }
    }
    if rows.is_empty() {
        return;
    }
    let width = rows.iter().map(|(r, _)| r.len()).max().unwrap_or(0);
    let rows: Vec<(Vec<String>, u32)> = rows
        .into_iter()
        .map(|(r, n)| (r.iter().map(|c| rst_inline(c)).collect(), n))
        .collect();
    let (header, body) = match header_rows {
        0 => (None, &rows[..]),
        _ => (Some(&rows[0]), &rows[1..]),
    };
    markdown_table(out, header, body, width, (no(at), no(to.saturating_sub(1))));
}

/// The options of a `.. csv-table::` this reader follows.
struct CsvTable {
    /// `:header:`: the header row, itself CSV.
    header: Option<String>,
    /// `:header-rows:`: how many of the body's first rows are the header.
    header_rows: usize,
    /// `:delim:`: the separator (`,` unless told).
    delim: char,
}

impl Default for CsvTable {
    fn default() -> Self {
        Self {
            header: None,
            header_rows: 0,
            delim: ',',
        }
    }
}

/// The separator a `:delim:` option names: a character, or `tab` / `space`.
fn csv_delim(d: &str) -> char {
    match d.trim() {
        "tab" => '\t',
        "space" => ' ',
        t => t.chars().next().unwrap_or(','),
    }
}

/// CSV records of `(text, first line)`: `delim` between fields, `"` quoting a field (in
/// which `""` is a quote and a line break belongs to the field), blanks after a separator
/// skipped as RST's `csv-table` does. Each record is its fields and the line it starts on.
fn csv_records(rows: &[(&str, u32)], delim: char) -> Vec<(Vec<String>, u32)> {
    let mut out: Vec<(Vec<String>, u32)> = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut start = 0;
    for (text, line) in rows {
        if !quoted {
            start = *line;
        } else {
            cell.push(' ');
        }
        let mut chars = text.chars().peekable();
        let mut at_start = !quoted;
        while let Some(c) = chars.next() {
            if quoted {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        cell.push('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.push(c);
                }
            } else if c == delim {
                fields.push(std::mem::take(&mut cell).trim().to_string());
                at_start = true;
            } else if at_start && c == ' ' {
            } else if at_start && c == '"' {
                quoted = true;
                at_start = false;
            } else {
                cell.push(c);
                at_start = false;
            }
        }
        if !quoted {
            fields.push(std::mem::take(&mut cell).trim().to_string());
            out.push((std::mem::take(&mut fields), start));
        }
    }
    if !fields.is_empty() || !cell.is_empty() {
        fields.push(cell.trim().to_string());
        out.push((fields, start));
    }
    out
}

/// A `.. csv-table::` (its directive line, first body line and end) written as a Markdown
/// table: its header from the `:header:` option or its first `header_rows` rows.
fn rst_csv_table(
    lines: &[&str],
    (at, from, to): (usize, usize, usize),
    csv: &CsvTable,
    out: &mut Lines,
) {
    let no = |k: usize| u32::try_from(k + 1).unwrap_or(u32::MAX);
    let body: Vec<(&str, u32)> = (from..to)
        .filter(|&k| !lines[k].trim().is_empty())
        .map(|k| (lines[k].trim(), no(k)))
        .collect();
    let inline = |r: Vec<String>| r.iter().map(|c| rst_inline(c)).collect::<Vec<_>>();
    let mut rows: Vec<(Vec<String>, u32)> = csv_records(&body, csv.delim)
        .into_iter()
        .map(|(r, n)| (inline(r), n))
        .collect();
    let header = match &csv.header {
        Some(h) => csv_records(&[(h.as_str(), no(at))], csv.delim)
            .pop()
            .map(|(r, n)| (inline(r), n)),
        None if csv.header_rows > 0 && !rows.is_empty() => Some(rows.remove(0)),
        None => None,
    };
    if rows.is_empty() {
        return;
    }
    let width = rows
        .iter()
        .chain(header.as_ref())
        .map(|(r, _)| r.len())
        .max()
        .unwrap_or(0);
    markdown_table(
        out,
        header.as_ref(),
        &rows,
        width,
        (no(at), no(to.saturating_sub(1))),
    );
}

/// A table written as Markdown: a blank line, the header row (an empty one when the table
/// has none, as Markdown needs a header), the separator, the rows each at its line, a
/// blank line, placed at the table's first and last lines `(at, end)`. `|` inside a cell
/// is escaped.
fn markdown_table(
    out: &mut Lines,
    header: Option<&(Vec<String>, u32)>,
    rows: &[(Vec<String>, u32)],
    width: usize,
    (at, end): (u32, u32),
) {
    let row = |r: &[String]| {
        let texts: Vec<String> = r.iter().map(|c| c.replace('|', "\\|")).collect();
        format!("| {} |", texts.join(" | "))
    };
    out.push((String::new(), at));
    let header_at = header.map_or(at, |h| h.1);
    match header {
        Some((cells, line)) => out.push((row(cells), *line)),
        None => out.push((format!("|{}", " |".repeat(width)), at)),
    }
    out.push((format!("|{}", "---|".repeat(width)), header_at));
    for (cells, line) in rows {
        out.push((row(cells), *line));
    }
    out.push((String::new(), end));
}

/// The Markdown level of a title adornment: its rank in order of first appearance.
fn title_level(levels: &mut Vec<(char, bool)>, style: (char, bool)) -> usize {
    let k = match levels.iter().position(|s| *s == style) {
        Some(k) => k,
        None => {
            levels.push(style);
            levels.len() - 1
        }
    };
    (k + 1).min(6)
}

/// A field list from line `i`: returns the line after it.
fn rst_fields(lines: &[&str], i: usize, to: usize, base: usize, out: &mut Lines) -> usize {
    let no = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
    // Each field with its continuation lines (indented deeper than the field).
    let mut fields: Vec<(&str, &str, String, u32)> = Vec::new();
    let mut j = i;
    while j < to {
        let l = dedent(lines[j], base);
        let Some((role, arg, text)) = field(l).filter(|_| indent(lines[j]) == base) else {
            if lines[j].trim().is_empty()
                && (j + 1..to)
                    .find(|&k| !lines[k].trim().is_empty())
                    .is_some_and(|k| {
                        indent(lines[k]) == base && field(dedent(lines[k], base)).is_some()
                    })
            {
                j += 1;
                continue;
            }
            break;
        };
        let mut text = text.to_string();
        let at = no(j);
        j += 1;
        while j < to && !lines[j].trim().is_empty() && indent(lines[j]) > base {
            text.push(' ');
            text.push_str(lines[j].trim());
            j += 1;
        }
        fields.push((role, arg, rst_inline(&text), at));
    }
    let mut kinds: Vec<&str> = Vec::new();
    for (role, arg, text, at) in &fields {
        match field_label(role) {
            Some(label) if !kinds.contains(&label) => kinds.push(label),
            Some(_) => {}
            None => {
                // (A role of the page's own, its argument kept: `:property int top-domains:
                // …` as `property int top-domains: …`.)
                out.push((String::new(), *at));
                out.push((format!("{}: {text}", [*role, *arg].join(" ").trim()), *at));
            }
        }
    }
    for label in kinds {
        let rows: Vec<_> = fields
            .iter()
            .filter(|f| field_label(f.0) == Some(label))
            .collect();
        let at = rows.first().map_or(no(i), |f| f.3);
        out.push((String::new(), at));
        out.push((format!("{label}:"), at));
        out.push((String::new(), at));
        let cell = |s: &str| s.replace('|', "\\|");
        if label == "Status codes" {
            out.push(("| Status | Description |".to_string(), at));
            out.push(("|---|---|".to_string(), at));
            for (_, arg, text, line) in rows {
                out.push((format!("| {} | {} |", cell(arg), cell(text)), *line));
            }
        } else {
            out.push(("| Name | Type | Description |".to_string(), at));
            out.push(("|---|---|---|".to_string(), at));
            for (_, arg, text, line) in rows {
                let (ty, name) = arg.rsplit_once(' ').unwrap_or(("", arg));
                out.push((
                    format!("| `{}` | {} | {} |", cell(name), cell(ty), cell(text)),
                    *line,
                ));
            }
        }
        out.push((String::new(), at));
    }
    j
}

/// AsciiDoc as Markdown lines.
pub fn asciidoc(text: &str) -> Lines {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Lines::new();
    let no = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
    let mut attrs = String::new();
    let mut header = true;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim_end();
        // A comment block, a comment line.
        if t == "////" {
            i = (i + 1..lines.len())
                .find(|&j| lines[j].trim_end() == "////")
                .map_or(lines.len(), |j| j + 1);
            continue;
        }
        if t.starts_with("//") {
            i += 1;
            continue;
        }
        // Attribute entries of the header (`:toc: right`).
        if t.starts_with(':')
            && t[1..].contains(':')
            && (header || t.split_once(": ").is_none_or(|(k, _)| !k.contains(' ')))
            && !t.starts_with("::")
        {
            i += 1;
            continue;
        }
        if !t.is_empty() && !t.starts_with('=') {
            header = false;
        }
        // Block anchors (`[[http-checkready]]`, `[[id,reference text]]`): a name to link
        // to, no text.
        if let Some(id) = t.strip_prefix("[[").and_then(|r| r.strip_suffix("]]"))
            && !id.is_empty()
            && !id.contains(['[', ']'])
        {
            i += 1;
            continue;
        }
        // Block attributes (`[source,console]`, `[cols=",,",options="header"]`).
        if t.starts_with('[') && t.ends_with(']') && !t.starts_with("[[") {
            attrs = t[1..t.len() - 1].to_string();
            i += 1;
            continue;
        }
        let level = t.chars().take_while(|&c| c == '=').count();
        if (1..=6).contains(&level) && t[level..].starts_with(' ') {
            out.push((
                format!("{} {}", "#".repeat(level), adoc_inline(t[level..].trim())),
                no(i),
            ));
            attrs.clear();
            i += 1;
            continue;
        }
        if t == "|===" || (t.starts_with("|===") && t.trim_end_matches('=') == "|") {
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].trim_end().starts_with("|==="))
                .unwrap_or(lines.len());
            adoc_table(&lines, i + 1, end, &attrs, &mut out);
            attrs.clear();
            i = end + 1;
            continue;
        }
        if matches!(t, "----" | "...." | "```")
            || (t.len() >= 4 && (t.chars().all(|c| c == '-') || t.chars().all(|c| c == '.')))
        {
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].trim_end() == t)
                .unwrap_or(lines.len());
            let lang = attrs
                .strip_prefix("source,")
                .map(|l| l.split(',').next().unwrap_or("").trim().to_string())
                .unwrap_or_default();
            out.push((String::new(), no(i)));
            out.push((format!("```{lang}"), no(i)));
            for (j, l) in lines.iter().enumerate().take(end).skip(i + 1) {
                out.push((l.to_string(), no(j)));
            }
            out.push(("```".to_string(), no(end.min(lines.len() - 1))));
            out.push((String::new(), no(end.min(lines.len() - 1))));
            attrs.clear();
            i = end + 1;
            continue;
        }
        // A description list's term, `password::`, its description after it or on the
        // indented lines under it (` The value of the attribute to set `(optional)``): a
        // Markdown definition, the term over `: description`.
        if let Some((term, rest)) = t.split_once("::")
            && !term.is_empty()
            && !term.contains(char::is_whitespace)
            && !term.contains(['[', '`', '/'])
            && (rest.is_empty() || rest.starts_with(' '))
        {
            let mut desc: Vec<String> = Vec::new();
            if !rest.trim().is_empty() {
                desc.push(adoc_inline(rest.trim()));
            }
            let mut j = i + 1;
            while j < lines.len()
                && lines[j].starts_with([' ', '\t'])
                && !lines[j].trim().is_empty()
            {
                desc.push(adoc_inline(lines[j].trim()));
                j += 1;
            }
            if !desc.is_empty() {
                out.push((String::new(), no(i)));
                out.push((adoc_inline(term), no(i)));
                out.push((format!(": {}", desc.join(" ")), no(i + 1)));
                out.push((String::new(), no(j - 1)));
                i = j;
                continue;
            }
        }
        // Example and sidebar delimiters, list continuations: nothing of their own.
        if matches!(t, "====" | "****" | "+" | "--") {
            out.push((String::new(), no(i)));
            i += 1;
            continue;
        }
        // A block title (`.Create the user`).
        if let Some(title) = t.strip_prefix('.')
            && title.starts_with(|c: char| c.is_alphanumeric() || c == '`' || c == '"')
        {
            out.push((String::new(), no(i)));
            out.push((adoc_inline(title), no(i)));
            out.push((String::new(), no(i)));
            i += 1;
            continue;
        }
        // List items: `*`, `**` bullets and `.`, `..` numbered, nested by their count
        // (a `-` item is Markdown's already); else a line of text.
        let item =
            [('*', "- ", "  "), ('.', "1. ", "   ")]
                .iter()
                .find_map(|&(mark, md, indent)| {
                    let n = t.chars().take_while(|&c| c == mark).count();
                    (n > 0 && t[n..].starts_with(' ')).then(|| {
                        format!("{}{md}{}", indent.repeat(n - 1), adoc_inline(t[n..].trim()))
                    })
                });
        out.push((item.unwrap_or_else(|| adoc_inline(t)), no(i)));
        i += 1;
    }
    out
}

/// An AsciiDoc table's lines `from..to` as a Markdown table: cells start with `|`; a row
/// has as many cells as the table has columns (from `cols=` or the first row's line); the
/// first row is the header when the attributes say `options="header"` (or `%header`) or
/// the first row stands alone on its line before a blank line.
fn adoc_table(lines: &[&str], from: usize, to: usize, attrs: &str, out: &mut Lines) {
    // (Cells set off by another character, `[cols="h,a", separator=¦]` over `¦URI ¦https://…`:
    // read as `|` cells, a `|` in them escaped.)
    if let Some(sep) = attrs.split(',').find_map(|a| {
        let v = a
            .trim()
            .strip_prefix("separator=")?
            .trim()
            .trim_matches('"');
        let mut cs = v.chars();
        let c = cs.next()?;
        (cs.next().is_none() && c != '|').then_some(c)
    }) {
        let owned: Vec<String> = lines
            .iter()
            .enumerate()
            .map(|(j, l)| {
                if (from..to).contains(&j) {
                    l.replace('|', "\\|").replace(sep, "|")
                } else {
                    (*l).to_string()
                }
            })
            .collect();
        let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
        let rest: Vec<&str> = attrs
            .split(',')
            .filter(|a| !a.trim().starts_with("separator="))
            .collect();
        return adoc_table(&refs, from, to, &rest.join(","), out);
    }
    let no = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
    let mut cells: Vec<(String, u32)> = Vec::new();
    let mut first_line_cells = 0;
    let mut first_alone = false;
    for (k, j) in (from..to).enumerate() {
        let t = lines[j].trim();
        if t.is_empty() {
            if cells.len() == first_line_cells && first_line_cells > 0 && k > 0 {
                first_alone = true;
            }
            continue;
        }
        if let Some(row) = t.strip_prefix('|') {
            let parts = adoc_cells(row);
            if cells.is_empty() {
                first_line_cells = parts.len();
            }
            for p in parts {
                cells.push((adoc_inline(p.trim()), no(j)));
            }
        } else if let Some(last) = cells.last_mut() {
            if !last.0.is_empty() {
                last.0.push(' ');
            }
            last.0.push_str(&adoc_inline(t));
        }
    }
    // (`cols="1,1,2"`: three columns; `cols="3*"`: three, a spec repeated.)
    let cols = attrs
        .split_once("cols=\"")
        .map(|(_, c)| {
            c.split('"')
                .next()
                .unwrap_or("")
                .split(',')
                .map(|spec| {
                    spec.split_once('*')
                        .and_then(|(n, _)| n.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                })
                .sum::<usize>()
        })
        .filter(|&n| n > 0)
        .unwrap_or(first_line_cells.max(1));
    if cells.is_empty() {
        return;
    }
    // (`options="headers"`, as pages misspell it, means the same.)
    let header = attrs.contains("options=\"header") || attrs.contains("%header") || first_alone;
    let rows: Vec<(Vec<String>, u32)> = cells
        .chunks(cols)
        .map(|r| (r.iter().map(|c| c.0.clone()).collect(), r[0].1))
        .collect();
    let at = rows[0].1;
    let (head, body) = match header {
        true => (Some(&rows[0]), &rows[1..]),
        false => (None, &rows[..]),
    };
    markdown_table(out, head, body, cols, (at, at));
}

/// The cells of an AsciiDoc table line after its first `|`: a backslash before a `|` makes
/// it text of the cell (`` |`executor` | string [cook\|mesos] | Flag `` is three cells).
fn adoc_cells(row: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                cell.push('|');
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

/// Inline AsciiDoc as Markdown: `*bold*` as `**bold**`, `link:url[text]` and
/// `https://…[text]` as their text, a cross reference `<<id,text>>` as its text (`<<id>>`
/// as the id), `+text+` as the text.
fn adoc_inline(s: &str) -> String {
    let s = cross_references(s);
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(at) = rest.find('[') {
        let head = &rest[..at];
        let Some(close) = rest[at..].find(']') else {
            break;
        };
        let text = &rest[at + 1..at + close];
        // The URL right before the bracket.
        let start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || c == '(')
            .map_or(0, |(k, c)| k + c.len_utf8());
        // (A `link:` macro may follow other characters of a path: `/plugins/link:#id[\{id\}]`.)
        let start = ["link:", "xref:"]
            .iter()
            .filter_map(|m| head[start..].rfind(m).map(|k| start + k))
            .max()
            .unwrap_or(start);
        let url = &head[start..];
        if url.starts_with("http://")
            || url.starts_with("https://")
            || url.starts_with("link:")
            || url.starts_with("xref:")
            || url.starts_with("mailto:")
        {
            out.push_str(&head[..start]);
            out.push_str(if text.is_empty() {
                url
            } else {
                text.split(',').next().unwrap_or(text)
            });
        } else {
            out.push_str(&rest[..at + close + 1]);
        }
        rest = &rest[at + close + 1..];
    }
    out.push_str(rest);
    // `\{name\}`: braces escaped from attribute references, as written.
    let out = out.replace("\\{", "{").replace("\\}", "}");
    // `*bold*` (constrained) as `**bold**`; `+text+` passthrough as the text.
    let mut result = String::with_capacity(out.len());
    let chars: Vec<char> = out.chars().collect();
    let pluses_paired = out.matches('+').count().is_multiple_of(2);
    for (k, &c) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(k + 1).copied();
        if c == '*' && prev != Some('*') && next != Some('*') {
            result.push_str("**");
        } else if c == '+'
            && (prev.is_none_or(char::is_whitespace) || next.is_none_or(char::is_whitespace))
            && pluses_paired
        {
            continue;
        } else {
            result.push(c);
        }
    }
    result
}

/// AsciiDoc's cross references as Asciidoctor prints them: `<<chaosmonkey,/chaosmonkey>>`
/// as `/chaosmonkey`, `<<install>>` as `install`. (An id holds no whitespace.)
fn cross_references(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("<<") {
        let inner_end = rest[at + 2..].find(">>").map(|k| at + 2 + k);
        let Some(end) = inner_end else { break };
        let inner = &rest[at + 2..end];
        let (id, text) = inner.split_once(',').unwrap_or((inner, inner));
        if id.is_empty() || id.contains(char::is_whitespace) || inner.contains(['<', '>']) {
            out.push_str(&rest[..at + 2]);
            rest = &rest[at + 2..];
            continue;
        }
        out.push_str(&rest[..at]);
        out.push_str(text.trim());
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------- Textile

/// Whether `text` (named `file`) is Textile: a `.textile` name (also a template of one,
/// `dispatch.html.textile.liquid`), or two `h2. Title` heading lines and no Markdown
/// heading.
pub fn is_textile(file: &str, text: &str) -> bool {
    let name = file.to_ascii_lowercase();
    if name.ends_with(".textile") || name.contains(".textile.") {
        return true;
    }
    let lines: Vec<&str> = text.lines().take(400).collect();
    let headings = lines
        .iter()
        .filter(|l| textile_heading(l).is_some())
        .count();
    headings >= 2
        && !lines
            .iter()
            .any(|l| l.starts_with("# ") || l.starts_with("## "))
}

/// `h3. List containers` (also `h3(#id). …`, `h3{color:red}. …`): the level and the title.
fn textile_heading(line: &str) -> Option<(usize, &str)> {
    let rest = line.strip_prefix('h')?;
    let level = rest.chars().next()?.to_digit(10)?;
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &rest[1..];
    let (attrs, title) = rest.split_once(". ")?;
    textile_attributes(attrs).then_some((level as usize, title.trim()))
}

/// Whether `s` is only a Textile block's attributes: `(class#id)`, `{style}`, `[lang]`,
/// alignment marks (`<`, `>`, `=`, `<>`).
fn textile_attributes(s: &str) -> bool {
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' | '{' | '[' => depth += 1,
            ')' | '}' | ']' => depth -= 1,
            '<' | '>' | '=' if depth == 0 => {}
            _ if depth > 0 => {}
            _ => return false,
        }
    }
    depth == 0
}

/// A block signature opening a line (`p. `, `bc. `, `bc.. `, `pre. `, `bq. `, `fn1. `): its
/// name, whether it is extended (`..`, running to the next signature) and the text after
/// it.
fn textile_block(line: &str) -> Option<(&str, bool, &str)> {
    let name_end = line.find(|c: char| !c.is_ascii_alphanumeric())?;
    let name = &line[..name_end];
    let footnote = name.starts_with("fn") && name[2..].chars().all(|c| c.is_ascii_digit());
    if !(matches!(name, "p" | "bc" | "pre" | "bq" | "notextile") || footnote) {
        return None;
    }
    let rest = &line[name_end..];
    let dot = rest.find('.')?;
    if !textile_attributes(&rest[..dot]) {
        return None;
    }
    let after = &rest[dot + 1..];
    let (extended, after) = match after.strip_prefix('.') {
        Some(a) => (true, a),
        None => (false, after),
    };
    (after.is_empty() || after.starts_with(' ')).then_some((name, extended, after.trim_start()))
}

/// A line less Textile's `<notextile>` wrapper, which only says "leave as written".
fn without_notextile(line: &str) -> String {
    line.replace("<notextile>", "").replace("</notextile>", "")
}

/// Textile's inline marks as Markdown's: `@code@` as a code span, `"text":url` as a link;
/// a `<notextile>` wrapper left out.
fn textile_inline(line: &str) -> String {
    let line = without_notextile(line);
    // `@code@`: opened after a space, a bracket or the line's start, closed before one.
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let opens = c == '@'
            && (i == 0 || chars[i - 1].is_whitespace() || "([\"'“".contains(chars[i - 1]))
            && chars
                .get(i + 1)
                .is_some_and(|n| !n.is_whitespace() && *n != '@');
        if opens
            && let Some(len) = chars[i + 1..].iter().position(|&x| x == '@')
            && chars
                .get(i + 2 + len)
                .is_none_or(|n| n.is_whitespace() || ".,;:)]!?\"'".contains(*n))
        {
            out.push('`');
            out.extend(&chars[i + 1..i + 1 + len]);
            out.push('`');
            i += len + 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    // `"text":url`: a link, the URL up to a space.
    let mut linked = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(at) = rest.find("\":") {
        let (before, after) = rest.split_at(at);
        let url_end = after[2..]
            .find(char::is_whitespace)
            .map_or(after.len(), |e| e + 2);
        let url = after[2..url_end].trim_end_matches(['.', ',', ';', ')']);
        // (Not inside a code span, and a URL opening as one does: `"created_at":"0001-…"`
        // in code is JSON.)
        let in_code = (linked.matches('`').count() + before.matches('`').count()) % 2 == 1;
        let url_like = url.starts_with(|c: char| c.is_ascii_alphanumeric() || "/#.{".contains(c));
        match before.rfind('"') {
            Some(open) if !url.is_empty() && url_like && !in_code => {
                linked.push_str(&before[..open]);
                linked.push_str(&format!("[{}]({url})", &before[open + 1..]));
                rest = &after[2 + url.len()..];
            }
            _ => {
                linked.push_str(&rest[..at + 2]);
                rest = &rest[at + 2..];
            }
        }
    }
    linked.push_str(rest);
    linked
}

/// A table row's cells, their attributes (`_.` of a header cell, `\\2.`, `{style}.`) left
/// out.
fn textile_row(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells = inner
        .split('|')
        .map(|c| {
            let c = c.trim_start();
            let text = match c.split_once(". ") {
                Some((attrs, text)) if attrs.starts_with(['_', '\\', '/', '{', '^', '~']) => text,
                _ => c.strip_prefix("_.").unwrap_or(c),
            };
            textile_inline(text.trim())
        })
        .collect();
    Some(cells)
}

/// Textile as Markdown lines: `hN.` headings, `bc.`/`pre.` blocks and `<pre>` elements as
/// fences, `*`/`#` list items, `|_. a |` tables (the first row the header), `p.`/`bq.`
/// paragraphs, `@code@` and `"text":url` inline; the YAML front matter's `title` as the
/// page title, Liquid tags (`{% include … %}`, `{% comment %}` blocks) left out.
pub fn textile(text: &str) -> Lines {
    let lines: Vec<&str> = text.lines().collect();
    let no = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
    let mut out = Lines::new();
    let mut i = 0;
    // Front matter: `---` to `---` or `...`; its title is the page's.
    if lines.first().is_some_and(|l| l.trim_end() == "---")
        && let Some(end) = (1..lines.len()).find(|&j| matches!(lines[j].trim_end(), "---" | "..."))
    {
        if let Some(title) = lines[1..end]
            .iter()
            .find_map(|l| l.strip_prefix("title:"))
            .map(|t| t.trim().trim_matches(['"', '\'']))
            .filter(|t| !t.is_empty())
        {
            out.push((format!("# {title}"), 1));
        }
        i = end + 1;
    }
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim_end();
        // Liquid: a comment block, a tag alone on its line.
        if t.trim_start().starts_with("{% comment %}") {
            i = (i..lines.len())
                .find(|&j| lines[j].contains("{% endcomment %}"))
                .map_or(lines.len(), |j| j + 1);
            continue;
        }
        if t.trim_start().starts_with("{%") && t.ends_with("%}") {
            i += 1;
            continue;
        }
        if let Some((level, title)) = textile_heading(t) {
            out.push((String::new(), no(i)));
            out.push((
                format!("{} {}", "#".repeat(level), textile_inline(title)),
                no(i),
            ));
            out.push((String::new(), no(i)));
            i += 1;
            continue;
        }
        // `<pre>` (in `<notextile>`, around `<code>`): a fence to the closing `</pre>`.
        let bare = without_notextile(t);
        if bare.trim_start().starts_with("<pre") {
            let close = (i..lines.len())
                .find(|&j| lines[j].contains("</pre>"))
                .unwrap_or(lines.len() - 1);
            out.push(("```".to_string(), no(i)));
            for (j, l) in lines.iter().enumerate().take(close + 1).skip(i) {
                let inner = html_text(&without_notextile(l));
                if j == i && inner.trim().is_empty()
                    || (j == close && j != i && inner.trim().is_empty())
                {
                    continue;
                }
                out.push((inner, no(j)));
            }
            out.push(("```".to_string(), no(close)));
            i = close + 1;
            continue;
        }
        if let Some((name, extended, first)) = textile_block(t) {
            let stop = |j: usize| {
                if extended {
                    textile_block(lines[j]).is_some() || textile_heading(lines[j]).is_some()
                } else {
                    lines[j].trim().is_empty()
                }
            };
            let end = (i + 1..lines.len())
                .find(|&j| stop(j))
                .unwrap_or(lines.len());
            match name {
                "bc" | "pre" => {
                    out.push(("```".to_string(), no(i)));
                    if !first.is_empty() {
                        out.push((first.to_string(), no(i)));
                    }
                    for (j, l) in lines.iter().enumerate().take(end).skip(i + 1) {
                        out.push((l.to_string(), no(j)));
                    }
                    // (An extended block's trailing blank lines are no part of it.)
                    while out.last().is_some_and(|(l, _)| l.trim().is_empty()) {
                        out.pop();
                    }
                    out.push(("```".to_string(), no(end.saturating_sub(1))));
                }
                _ => {
                    let mark = if name == "bq" { "> " } else { "" };
                    out.push((format!("{mark}{}", textile_inline(first)), no(i)));
                    for (j, l) in lines.iter().enumerate().take(end).skip(i + 1) {
                        out.push((format!("{mark}{}", textile_inline(l)), no(j)));
                    }
                }
            }
            out.push((String::new(), no(end.saturating_sub(1))));
            i = end;
            continue;
        }
        // A table's attribute line (`table(class){style}.`) is no text.
        if t.starts_with("table") && t.ends_with('.') && textile_attributes(&t[5..t.len() - 1]) {
            i += 1;
            continue;
        }
        if let Some(cells) = textile_row(t) {
            // The table's rows; its first row is the header (Markdown tables need one).
            let end = (i..lines.len())
                .find(|&j| textile_row(lines[j]).is_none())
                .unwrap_or(lines.len());
            out.push((String::new(), no(i)));
            out.push((format!("| {} |", cells.join(" | ")), no(i)));
            out.push((format!("|{}", "---|".repeat(cells.len())), no(i)));
            for (j, l) in lines.iter().enumerate().take(end).skip(i + 1) {
                if let Some(row) = textile_row(l) {
                    out.push((format!("| {} |", row.join(" | ")), no(j)));
                }
            }
            out.push((String::new(), no(end.saturating_sub(1))));
            i = end;
            continue;
        }
        // List items: `*`, `**` (nested), `#` (numbered).
        let marks = t.chars().take_while(|c| matches!(c, '*' | '#')).count();
        if marks > 0 && t[marks..].starts_with(' ') {
            let indent = "  ".repeat(marks - 1);
            let marker = if t[marks - 1..].starts_with('#') {
                "1."
            } else {
                "*"
            };
            out.push((
                format!(
                    "{indent}{marker} {}",
                    textile_inline(t[marks..].trim_start())
                ),
                no(i),
            ));
            i += 1;
            continue;
        }
        out.push((textile_inline(t), no(i)));
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textile_as_markdown() {
        let src = "---\nlayout: default\ntitle: \"cloud dispatcher\"\n...\n{% comment %}\nCopyright\n{% endcomment %}\n\nSee the \"CLI\":{{site.baseurl}}/x.html and @ManagementToken@; mail a@b.c.\n\nh3. Terminate a container\n\n@POST /v1/kill?uuid={uuid}@\n\n<notextile><pre>{\n  \"a\": 1\n}</pre></notextile>\n\ntable(table){width:40em}.\n|_. Name|_. Type|\n|@id@|string|\n\n* one\n## nested\n\nbc. GET /x\n";
        assert!(is_textile("dispatch.html.textile.liquid", src));
        assert!(!is_textile("a.md", "# A\n\nh2. not\n"));
        let md: Vec<String> = textile(src).into_iter().map(|(l, _)| l).collect();
        let at = |s: &str| {
            md.iter()
                .position(|l| l == s)
                .unwrap_or_else(|| panic!("{s}: {md:#?}"))
        };
        assert_eq!(md[0], "# cloud dispatcher");
        assert!(
            !md.iter()
                .any(|l| l.contains("Copyright") || l.contains("layout"))
        );
        at("See the [CLI]({{site.baseurl}}/x.html) and `ManagementToken`; mail a@b.c.");
        at("### Terminate a container");
        let route = at("`POST /v1/kill?uuid={uuid}`");
        assert_eq!(
            &md[route + 2..route + 7],
            ["```", "{", "  \"a\": 1", "}", "```"]
        );
        let table = at("| Name | Type |");
        assert_eq!(
            &md[table + 1..table + 3],
            ["|---|---|", "| `id` | string |"]
        );
        at("* one");
        at("  1. nested");
        let code = at("GET /x");
        assert_eq!(md[code - 1], "```");
        // Every line keeps its source line.
        let lines = textile(src);
        assert_eq!(lines[0].1, 1);
        assert_eq!(lines[at("### Terminate a container")].1, 11);
    }

    #[test]
    fn asciidoc_cross_references_are_their_text() {
        assert_eq!(
            cross_references("|<<chaosmonkey,/chaosmonkey>> and <<install>>, a << b"),
            "|/chaosmonkey and install, a << b"
        );
    }

    fn text(lines: &Lines) -> Vec<&str> {
        lines.iter().map(|(l, _)| l.as_str()).collect()
    }

    #[test]
    fn rst_grid_tables_inside_a_table_directive() {
        let page = "Title\n=====\n\n.. table:: Request Query Parameters\n\n\t+------+----------+--------------------+\n\t| Name | Required | Description        |\n\t+======+==========+====================+\n\t| id   | no       | Return only this   |\n\t|      |          | identifier         |\n\t+------+----------+--------------------+\n\t| name | yes      | The name           |\n\t+------+----------+--------------------+\n\nAfter.\n";
        let lines = rst(page);
        let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        assert!(text.contains(&"Request Query Parameters"), "{text:?}");
        assert!(
            text.contains(&"| Name | Required | Description |"),
            "{text:?}"
        );
        assert!(
            text.contains(&"| id | no | Return only this identifier |"),
            "{text:?}"
        );
        assert!(text.contains(&"| name | yes | The name |"), "{text:?}");
    }

    #[test]
    fn rst_csv_tables_with_quoted_cells() {
        // (Sphinx's `csv-table`: the header as an option or as the first rows, quoted cells
        // holding the separator, a quoted cell going on over a line, `""` a quote.)
        let page = "Title\n=====\n\n.. csv-table:: Query parameters\n   :header: name, type, \"description, in full\"\n   :widths: 10, 10, 40\n\n   limit, int, \"how many, at most\"\n   q, string, \"the \"\"query\"\",\n   over two lines\"\n\n.. csv-table::\n   :header-rows: 1\n   :delim: ;\n\n   Name;Required\n   id;yes\n\nAfter.\n";
        let lines = rst(page);
        let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        assert!(text.contains(&"Query parameters"), "{text:?}");
        assert!(
            text.contains(&"| name | type | description, in full |"),
            "{text:?}"
        );
        assert!(
            text.contains(&"| limit | int | how many, at most |"),
            "{text:?}"
        );
        assert!(
            text.contains(&"| q | string | the \"query\", over two lines |"),
            "{text:?}"
        );
        assert!(text.contains(&"| Name | Required |"), "{text:?}");
        assert!(text.contains(&"| id | yes |"), "{text:?}");
        // (The row over two lines stands at the line it opens on.)
        let q = lines.iter().find(|(l, _)| l.starts_with("| q |"));
        assert_eq!(q.map(|(_, n)| *n), Some(9), "{lines:?}");
    }

    #[test]
    fn rst_block_quotes_are_read_as_their_blocks() {
        let page = "Title\n=====\n\n**GET** **https://x/storage/<collection>**\n\n    Returns a list.  For example::\n\n        [\"a\", \"b\"]\n\n    This request has additional optional query parameters:\n\n    - **ids**: a list of ids.\n\nNext\n====\n";
        let lines = rst(page);
        let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        assert!(text.contains(&"Returns a list.  For example:"), "{text:?}");
        assert!(text.contains(&"- **ids**: a list of ids."), "{text:?}");
        assert!(
            text.contains(&"    [\"a\", \"b\"]") || text.contains(&"[\"a\", \"b\"]"),
            "{text:?}"
        );
    }

    #[test]
    fn rst_block_quote_right_under_a_title_is_no_code() {
        // Flamenco's server.rst: a route list indented right under its section title.
        let lines = rst("Job\n===\n    - /jobs\n    - GET : returns jobs list => 200\n");
        let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        assert!(text.contains(&"- /jobs"), "{text:?}");
        assert!(
            text.contains(&"- GET : returns jobs list => 200"),
            "{text:?}"
        );
    }

    #[test]
    fn asciidoc_tables_with_repeated_column_specs() {
        let page = "[cols=\"3*\", options=\"header\"]\n|===\n| URL\n| Method\n| Functionality\n\n| /api/v1/milestones\n| GET\n| List milestones\n\n| /api/v1/milestones\n| POST\n| Create milestone\n|===\n";
        let lines = asciidoc(page);
        let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        assert!(
            text.contains(&"| URL | Method | Functionality |"),
            "{text:?}"
        );
        assert!(
            text.contains(&"| /api/v1/milestones | POST | Create milestone |"),
            "{text:?}"
        );
    }

    #[test]
    fn httpdomain_placeholders_in_every_notation() {
        assert_eq!(
            super::httpdomain_path("/subjects/(string: subject)/versions/(versionId: version)"),
            "/subjects/{subject}/versions/{version}"
        );
        assert_eq!(
            super::httpdomain_path("/schemas/ids/{int: id}"),
            "/schemas/ids/{id}"
        );
        assert_eq!(
            super::httpdomain_path("/users/(int:user_id)"),
            "/users/{user_id}"
        );
        assert_eq!(super::httpdomain_path("/x/{name}"), "/x/{name}");
    }

    #[test]
    fn raw_html_headings_become_headings() {
        // (A vendor's routes set in raw HTML headings, the method a styled span; a raw
        // block of other HTML stays out.)
        let src = "Change the port\n===============\n\n.. raw:: html\n\n   <h6 ><span style=\"color: gray\">PATCH</span><span>&nbsp;/api/agent/port/{{port_number}}</span></h6>\n\n- Path parameter:\n\n   | The new port number\n";
        let doc = crate::read::blocks::Document::parse("api.rst", src);
        let heads: Vec<(Option<u8>, &str)> = doc
            .blocks
            .iter()
            .filter(|b| b.is_heading())
            .map(|b| (b.level(), b.text.trim()))
            .collect();
        assert_eq!(
            heads,
            [
                (Some(1), "Change the port"),
                (Some(6), "PATCH /api/agent/port/{{port_number}}")
            ]
        );
        assert_eq!(super::raw_heading_level("   <h3>x</h3>"), Some(3));
        assert_eq!(super::raw_heading_level("<hr/>"), None);
        assert_eq!(super::raw_heading_level("<header>"), None);
    }

    #[test]
    fn rst_titles_directives_fields_and_code() {
        let src = "=========\n``/{db}``\n=========\n\n.. http:get:: /{db}\n    :synopsis: Returns the database\n\n    Gets information about ``db``.\n\n    :param db: Database name\n    :query boolean conflicts: Includes conflicts\n      of the documents.\n    :code 200: Request completed successfully\n    :code 404: Not found\n\n    **Request**:\n\n    .. code-block:: http\n\n        GET /receipts HTTP/1.1\n\nOther\n-----\n\nSee :ref:`the docs <api/db>`::\n\n    literal\n";
        let out = rst(src);
        let t = text(&out);
        assert_eq!(t[0], "# `/{db}`");
        assert!(t.contains(&"## GET /{db}"), "{t:#?}");
        assert!(t.contains(&"Returns the database"));
        assert!(t.contains(&"Gets information about `db`."));
        assert!(t.contains(&"Path parameters:"));
        assert!(t.contains(&"| `db` |  | Database name |"), "{t:#?}");
        assert!(t.contains(&"| `conflicts` | boolean | Includes conflicts of the documents. |"));
        assert!(t.contains(&"| 200 | Request completed successfully |"));
        assert!(t.contains(&"```http"));
        assert!(t.contains(&"GET /receipts HTTP/1.1"));
        assert!(t.contains(&"## Other"), "{t:#?}");
        assert!(t.contains(&"See the docs:"));
        assert!(t.contains(&"literal"));
        // Each line names where it came from.
        let get = out.iter().find(|(l, _)| l == "## GET /{db}").map(|x| x.1);
        assert_eq!(get, Some(5));
        let conflicts = out
            .iter()
            .find(|(l, _)| l.contains("conflicts"))
            .map(|x| x.1);
        assert_eq!(conflicts, Some(11));
    }

    #[test]
    fn asciidoc_titles_tables_and_listings() {
        let src = "= Provisioning API\n:toc: right\n\n== Users\n\n=== Add User\n\n[cols=\",,\",options=\"header\",]\n|===\n| Request Path | Method | Content Type\n| `ocs/v1.php/cloud/users` | `POST` | `text/plain`\n|===\n\n[cols=\"15%,15%,70%\",options=\"header\",]\n|===\n| Argument\n| Type\n| Description\n\n| `groups`\n| array\n| Groups to add (_optional_).\nGroups must exist.\n|===\n\n* 100 - successful\n\n.Create a user\n[source,console]\n----\ncurl -X POST http://example.com/ocs/v1.php/cloud/users\n----\n\nSee https://example.com/x[the docs] and *this*.\n";
        let out = asciidoc(src);
        let t = text(&out);
        assert_eq!(t[0], "# Provisioning API");
        assert!(t.contains(&"### Add User"));
        assert!(
            t.contains(&"| Request Path | Method | Content Type |"),
            "{t:#?}"
        );
        assert!(t.contains(&"| `ocs/v1.php/cloud/users` | `POST` | `text/plain` |"));
        assert!(t.contains(&"| Argument | Type | Description |"));
        assert!(
            t.contains(&"| `groups` | array | Groups to add (_optional_). Groups must exist. |")
        );
        assert!(t.contains(&"- 100 - successful"));
        assert!(t.contains(&"Create a user"));
        assert!(t.contains(&"```console"));
        assert!(t.contains(&"See the docs and **this**."), "{t:#?}");
        assert!(!t.iter().any(|l| l.contains("toc")));
        assert!(is_asciidoc("x.txt", src));
        assert!(!is_rst("x.txt", src));
        assert!(is_rst("x.txt", "Title\n=====\n\n.. http:get:: /x\n"));
        assert!(!is_asciidoc("x.md", "# Title\n\n| a |\n"));
    }

    /// Every prefix of a page of every construct, and the page with any one character
    /// removed, read without a panic (the front ends slice text by what they found).
    #[test]
    fn cut_and_damaged_pages_read_without_panic() {
        let rst_page = "Title\n=====\n\n.. _x:\n\n.. http:post:: /{db}/x\n   :synopsis: S\n\n   See :ref:`a <b>` and ``c`` and `d <e>`_ and :`f`.\n\n   :<json string name: N\n     more\n   :code 201: Créé\n\n   .. code-block:: json\n\n      {\"a\": 1}\n\n   Text::\n\n      lit\n\n.. note:: n\n\n   body\n\n.. container:: t\n\n ===== ======\n Name  Désc\n ===== ======\n a     b é\n       more\n ===== ======\n";
        let adoc_page = "= T\n:a: b\n\n== S\n\n[cols=\"1,1\",options=\"header\"]\n|===\n| A | B\n| `x` | y\nmore\n|===\n\n.Title\n[source,json]\n----\n{}\n----\n\n* i https://x.y\u{a0}z[t] *b* +p+\n** j\n. k\n////\nc\n////\n";
        for page in [rst_page, adoc_page] {
            let chars: Vec<char> = page.chars().collect();
            for k in 0..=chars.len() {
                let cut: String = chars[..k].iter().collect();
                let damaged: String = chars
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != k)
                    .map(|(_, c)| c)
                    .collect();
                for text in [cut, damaged] {
                    let _ = rst(&text);
                    let _ = asciidoc(&text);
                }
            }
        }
    }
}
