//! Routes a single block carries: labelled routes and request lines in code, `curl` calls,
//! table cells, elements with the method as an attribute.

use super::evidence::{method_label, url_label};
use super::routes::{
    RouteText, method_word, one_method_named, route_line, route_lines, strip_line_marks,
    strip_markup, target_route,
};
use crate::read::blocks::{Block, Document, Table};

/// A route in inline code after a label and a colon, ending the line (or followed only by
/// a note in parentheses): `To list a session: `POST /api/sessions/:id/listing``. A route in
/// code inside a sentence is prose, not a declaration. After a label naming the request
/// (`Request`, `Endpoint`, `Route`), the route may go on with what the request carries, a
/// phrase opening with `with` (`Request: `PUT /meshes/{name}` with Mesh entity in body`).
pub(super) fn labelled_code_route(line: &str) -> Option<RouteText> {
    let at = line.find(": `")?;
    let code = &line[at + 3..];
    let close = code.find('`')?;
    let after = code[close + 1..].trim().trim_end_matches('.').trim();
    let request_label = super::evidence::request_label(&line[..at]);
    let noted = after.is_empty()
        || (after.starts_with('(') && after.ends_with(')'))
        || (request_label && after.starts_with("with "));
    if !noted {
        return None;
    }
    let route = route_line(&code[..close])?;
    // The route's method must be written, not inferred.
    method_word(code[..close].split_whitespace().next()?)?;
    Some(route)
}

/// Routes in a code block: request lines and `curl` calls (continuation lines joined), or
/// the call's facts as lines of labels and values (see [`fact_line_routes`]).
pub(super) fn code_routes(b: &Block) -> Vec<(u32, RouteText)> {
    let first = code_first_line(b);
    if let Some(found) = fact_line_routes(&b.text, first) {
        return found;
    }
    let mut out = Vec::new();
    let lines: Vec<&str> = b.text.split('\n').collect();
    let mut k = 0;
    while k < lines.len() {
        let line_no = first + u32::try_from(k).unwrap_or(0);
        let l = lines[k];
        // A route line continued over `\`-ended lines (`PATCH /pools/default/buckets/\`,
        // then `    <bucket_name>/scopes`): one line, a path broken after a `/` joined
        // without a space.
        let mut joined = l.to_string();
        let mut next = k + 1;
        while joined.trim_end().ends_with('\\') && next < lines.len() {
            joined = join_continued(&joined, lines[next]);
            next += 1;
        }
        // (Or its query string going on over indented lines of its own, `GET
        // /api/admin/surveys` / `    ?search={searchText}` / `    &page={page}`.)
        if method_word(joined.split_whitespace().next().unwrap_or_default()).is_some() {
            while let Some(q) = lines.get(next).and_then(|n| query_continuation(n)) {
                joined.push_str(q);
                next += 1;
            }
        }
        let mut found = route_lines(&joined);
        // A request line as the comment opening an example (`// POST https://host/x` over
        // `// Accept: …` and the JSON body sent): the call the example makes.
        if found.is_empty() && lines[..k].iter().all(|p| p.trim().is_empty()) {
            found = commented_request(l);
        }
        if !found.is_empty() {
            out.extend(found.into_iter().map(|r| (line_no, r)));
            k = next;
            continue;
        }
        // An HTTPie call, on one line (or `\`-continued).
        if let Some((at, piped)) = httpie_start(l)
            && let Some(r) = httpie_route(&joined[at.min(joined.len())..], piped)
        {
            out.push((line_no, r));
            k = next;
            continue;
        }
        // (After a shell's prompt, `$ curl` or `% curl`; or fed by a pipe, `cat <<EOF |
        // curl -X POST -d @- …`, the call from `curl` on.)
        if let Some((at, _)) = command_start(l, "curl") {
            let l = &l[at..];
            let mut call = String::new();
            let mut j = k;
            // The call goes on over `\`-ended lines, and over lines that are options
            // (`-H …`, `--data …`) as pages print them without the `\`.
            // (A curl syntax block indents its continuation lines under the call without the
            // `\`: `curl -X POST -u [admin]:[password]` / `  http://<host>:8091/x`.)
            let depth = |s: &str| s.len() - s.trim_start().len();
            let base = depth(lines[k]);
            while j < lines.len() {
                let part = if j == k { l } else { lines[j] };
                let part = without_comment(part).trim_end();
                call = if call.is_empty() {
                    part.to_string()
                } else {
                    join_continued(&call, part)
                };
                j += 1;
                let next_continues = lines.get(j).is_some_and(|n| {
                    // (`[-F,--data-urlencode] 'op=write'`: a choice of options.)
                    n.trim_start().starts_with(['-', '['])
                        || (!n.trim().is_empty() && depth(n) > base)
                });
                if !part.ends_with('\\') && !next_continues {
                    break;
                }
            }
            if let Some(r) = curl_route(&call) {
                out.push((line_no, r));
            }
            k = j;
            continue;
        }
        k += 1;
    }
    out
}

/// A line going on with the query string of the request line above it, indented and
/// opening with `?` or `&` (`    ?search={searchText}`, `    &page={page}`): its text.
pub(super) fn query_continuation(line: &str) -> Option<&str> {
    let t = line.trim();
    (line.starts_with([' ', '\t']) && t.starts_with(['?', '&']) && !t.contains(char::is_whitespace))
        .then_some(t)
}

/// Where a call of the command `name` (`curl`, HTTPie's `http`) starts on a line of a shell
/// session: after a prompt (`$ curl`, `% curl`), or after a pipe feeding it (`cat <<EOF |
/// curl …`, `echo 42 | http PUT …`); and whether its input is piped in.
pub(super) fn command_start(line: &str, name: &str) -> Option<(usize, bool)> {
    let t = line
        .trim_start()
        .trim_start_matches(['$', '%'])
        .trim_start();
    if t.strip_prefix(name).is_some_and(|r| r.starts_with(' ')) {
        return Some((line.len() - t.len(), false));
    }
    line.find(&format!("| {name} ")).map(|at| (at + 2, true))
}

/// Where an HTTPie call starts on a line (see [`command_start`]): `http`, or `https`.
pub(super) fn httpie_start(line: &str) -> Option<(usize, bool)> {
    command_start(line, "http").or_else(|| command_start(line, "https"))
}

/// A code block of nothing but a call's facts, a label and its value a line (`URL =
/// http://127.0.0.1:1234/saveBookSource` over `Method = POST`, or with `:`): a route for
/// each URL line (several URLs may share the one method line), with the method the block's
/// one method line names. A URL of another scheme (`ws://`) is no HTTP route; a block with
/// no method line, or two, gives none here.
fn fact_line_routes(text: &str, first: u32) -> Option<Vec<(u32, RouteText)>> {
    let mut urls = Vec::new();
    let mut methods = Vec::new();
    for (k, l) in text.split('\n').enumerate() {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        let at = l.find([':', '='])?;
        let (label, value) = (l[..at].trim(), l[at + 1..].trim());
        let lower = label.to_ascii_lowercase();
        if label.is_empty() || label.split_whitespace().count() > 3 || value.is_empty() {
            return None;
        }
        if url_label(&lower) {
            urls.push((first + u32::try_from(k).unwrap_or(0), value));
        } else if method_label(&lower) {
            methods.push(value);
        }
    }
    let [method] = methods[..] else {
        return None;
    };
    let method = method_word(method)?;
    let found: Vec<(u32, RouteText)> = urls
        .into_iter()
        .filter(|(_, url)| {
            url.starts_with('/') || url.starts_with("http://") || url.starts_with("https://")
        })
        .filter_map(|(line, url)| Some((line, super::routes::target_route(method, url)?)))
        .collect();
    (!found.is_empty()).then_some(found)
}

/// The request line a comment gives (`// POST https://host/locks`, `# GET /x`): the method
/// written right after the comment mark, then the target.
fn commented_request(line: &str) -> Vec<RouteText> {
    let t = line.trim_start();
    let Some(rest) = t.strip_prefix("//").or_else(|| t.strip_prefix('#')) else {
        return Vec::new();
    };
    if rest
        .split_whitespace()
        .next()
        .and_then(method_word)
        .is_none()
    {
        return Vec::new();
    }
    route_lines(rest)
}

/// A shell line without its comment: from a `#` after a space, outside quotes, to the end
/// (`--data-urlencode 'ticket=<string>' \ # The ticket to enable before stat'ing it.`, whose
/// quote would otherwise run on into the next line).
pub(super) fn without_comment(l: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in l.char_indices() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '#') if prev.is_whitespace() && i > 0 => return &l[..i],
            _ => {}
        }
        prev = c;
    }
    l
}

/// `line` continued by `next`: the `\` dropped, and a path broken after its `/` (`…/buckets/\`
/// over `<bucket_name>/scopes`) joined without a space.
fn join_continued(line: &str, next: &str) -> String {
    let head = line.trim_end().trim_end_matches('\\').trim_end();
    let tail = next.trim();
    if head.ends_with('/') && !tail.starts_with('-') {
        format!("{head}{tail}")
    } else {
        format!("{head} {tail}")
    }
}

/// The first line of a code block's text in the file (a fence's body starts after it).
pub(super) fn code_first_line(b: &Block) -> u32 {
    let count = u32::try_from(b.text.split('\n').count()).unwrap_or(u32::MAX);
    b.span.line + u32::from(b.span.end_line - b.span.line + 1 > count)
}

/// A `curl` call's parts: the method `-X`/`--request` names, whether it sends data, its
/// `-d` text, its `-H` headers and its other words (the URL among them).
#[derive(Debug, Default)]
pub(super) struct CurlCall {
    method: Option<&'static str>,
    sends_data: bool,
    pub(super) data: Option<String>,
    pub(super) headers: Vec<String>,
    pub(super) words: Vec<String>,
}

impl CurlCall {
    pub(super) fn parse(call: &str) -> Self {
        let words = shell_words(call);
        let mut c = CurlCall::default();
        let mut get = false;
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_str();
            // (`[-F,--data-urlencode]`: a choice of options, each reading the next word; the
            // first stands for them.)
            let w = w
                .strip_prefix('[')
                .and_then(|c| c.strip_suffix(']'))
                .and_then(|c| c.split([',', '|']).next())
                .filter(|o| o.starts_with('-'))
                .unwrap_or(w);
            let next = words.get(i + 1);
            match w {
                "-X" | "--request" => c.method = next.and_then(|m| method_word(m)),
                "-d" | "--data" | "--data-raw" | "--data-ascii" | "--json" => {
                    c.sends_data = true;
                    c.data = next.cloned();
                }
                // (`--data-binary '{"a": 1}'`: data as written; `@file` names a file.)
                "--data-binary" => {
                    c.sends_data = true;
                    c.data = next.filter(|d| !d.starts_with('@')).cloned();
                }
                "--data-urlencode" | "-F" | "--form" | "--form-string" => {
                    c.sends_data = true;
                }
                "-H" | "--header" => c.headers.extend(next.cloned()),
                // (Options whose value is no URL: `--unix-socket /tmp/x.sock` names the
                // socket the call goes through, not its path.)
                "-u"
                | "--user"
                | "-o"
                | "--output"
                | "-A"
                | "--user-agent"
                | "-b"
                | "--cookie"
                | "-e"
                | "--referer"
                | "-w"
                | "--unix-socket"
                | "--abstract-unix-socket"
                | "--cacert"
                | "--capath"
                | "--cert"
                | "--key"
                | "-c"
                | "--cookie-jar"
                | "-T"
                | "--upload-file"
                | "-x"
                | "--proxy"
                | "--resolve"
                | "--connect-to" => {}
                // (`-G`/`--get`: the data goes in the query string of a GET.)
                "-G" | "--get" => {
                    get = true;
                    i += 1;
                    continue;
                }
                _ => {
                    if let Some(m) = w.strip_prefix("-X").filter(|m| !m.is_empty()) {
                        c.method = method_word(m);
                    } else if let Some(m) = w.strip_prefix("--request=") {
                        c.method = method_word(m);
                    } else if !w.starts_with('-') {
                        c.words.push(w.to_string());
                    }
                    i += 1;
                    continue;
                }
            }
            i += 2;
        }
        if get {
            c.sends_data = false;
            c.data = None;
            c.method = c.method.or(Some("GET"));
        }
        c
    }
}

/// The route of a `curl` call: `-X`/`--request` (else POST when data is sent, else GET)
/// and the URL's path.
pub fn curl_route(call: &str) -> Option<RouteText> {
    let c = CurlCall::parse(call);
    let url = c.words.iter().find(|w| {
        *w != "curl" && (w.contains("://") || w.starts_with('/') || w.starts_with('{'))
    })?;
    let method = c
        .method
        .unwrap_or(if c.sends_data { "POST" } else { "GET" });
    target_route(method, url)
}

/// The route of an HTTPie call (`http PUT example.org/x name=v`, `http --form :8080/echo
/// baz=qux`, `echo 42 | http PUT "http://$(cat ip)/setting"`): the method it names, else
/// POST where it sends data (request items `name=value`, `name:=json`, `name@file`, or its
/// input piped in), else GET; the URL's path, a host given by a shell substitution
/// (`$(cat .terkin/floatip)`) or left out (`:8080/x`) standing for the server.
pub fn httpie_route(call: &str, piped: bool) -> Option<RouteText> {
    let words = shell_words(call);
    let start = words.iter().position(|w| w == "http" || w == "https")?;
    // (Options that read the next word.)
    const VALUED: [&str; 22] = [
        "--print",
        "-p",
        "--auth",
        "-a",
        "--auth-type",
        "-A",
        "--session",
        "--session-read-only",
        "--output",
        "-o",
        "--verify",
        "--cert",
        "--cert-key",
        "--timeout",
        "--proxy",
        "--pretty",
        "--style",
        "-s",
        "--format-options",
        "--boundary",
        "--response-charset",
        "--response-mime",
    ];
    let (mut method, mut url, mut data) = (None, None, false);
    let mut i = start + 1;
    while i < words.len() {
        let w = words[i].as_str();
        i += 1;
        if w.starts_with('-') {
            if VALUED.contains(&w) {
                i += 1;
            }
            continue;
        }
        if url.is_none() {
            match method_word(w).filter(|m| *m == w) {
                Some(m) if method.is_none() => method = Some(m),
                _ => url = Some(w.to_string()),
            }
            continue;
        }
        // Request items: a query parameter (`==`) or header (`Name:value`) sends no body.
        let query = w.contains("==");
        let json = w.contains(":=");
        let header = !json && w.split_once(':').is_some_and(|(n, _)| !n.contains('='));
        if !query && !header && (json || w.contains('=') || w.contains('@')) {
            data = true;
        }
    }
    let url = url?;
    // (The server as a shell substitution, `http://$(cat ip)/x`: no part of the path.)
    let url = match url.find("$(") {
        Some(at) => match url[at..].find(')') {
            Some(end) => format!("{}server{}", &url[..at], &url[at + end + 1..]),
            None => return None,
        },
        None => url,
    };
    let url = if url.contains("://") {
        url
    } else if url.starts_with(':') {
        format!("http://localhost{url}")
    } else if url
        .split('/')
        .next()
        .is_some_and(|h| h.contains('.') || h == "localhost")
    {
        format!("http://{url}")
    } else {
        return None;
    };
    let method = method.unwrap_or(if data || piped { "POST" } else { "GET" });
    target_route(method, &url)
}

/// Words of a shell command, quotes removed.
fn shell_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut any = false;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.push(c),
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                any = true;
            }
            None if c.is_whitespace() => {
                if !cur.is_empty() || any {
                    out.push(std::mem::take(&mut cur));
                }
                any = false;
            }
            None => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The headers that name a table's method column.
pub(super) const METHOD_COLUMNS: [&str; 7] = [
    "method",
    "http method",
    "verb",
    "http verb",
    "methods",
    "http methods",
    "verbs",
];

/// The headers that name a table's path column.
pub(super) const PATH_COLUMNS: [&str; 16] = [
    "url",
    "path",
    "endpoint",
    "route",
    "uri",
    "resource",
    "request",
    "http request",
    "request path",
    "request url",
    "uri template",
    "url template",
    "path template",
    "url pattern",
    "uri pattern",
    "path pattern",
];

/// The column of `t` whose header is one of `names`, also after a word of its own (`API
/// Endpoint`, `Request URL`).
pub(super) fn named_column(t: &Table, names: &[&str]) -> Option<usize> {
    t.header.iter().position(|h| {
        let h = h.trim().trim_end_matches(':').to_ascii_lowercase();
        let last = h.split_whitespace().last().unwrap_or("");
        names.iter().any(|n| h == *n)
            || (h.split_whitespace().count() == 2
                && matches!(last, "endpoint" | "path" | "url" | "uri" | "route")
                && names.contains(&last))
    })
}

/// Routes in a table: a cell that is a route, or a row giving the method and the
/// URL/path/endpoint in columns of their own.
pub(super) fn table_routes(t: &Table, line: u32) -> Vec<(u32, RouteText)> {
    // (A column is also known by what it holds, whatever its header's language says:
    // `| Método | Ruta |` over `| GET | /salud |` rows.)
    // (`` `GET, POST` ``: a cell of methods joined.)
    let method_col = named_column(t, &METHOD_COLUMNS).or_else(|| {
        column_of(t, |c| {
            method_word(c).is_some() || cell_methods(c).is_some_and(|m| m.len() <= 3)
        })
    });
    let is_path = path_cell;
    // (`Endpoint `/api/v1`...` over `...\ `/auth/`` cells: the column's header gives the
    // part of the path its cells leave out.)
    let prefixed = t
        .header
        .iter()
        .enumerate()
        .find_map(|(k, h)| Some((k, prefix_header(h)?)));
    if let Some((k, prefix)) = &prefixed {
        let rows: Vec<Vec<String>> = t
            .rows
            .iter()
            .map(|r| {
                let mut r = r.clone();
                if let Some(c) = r.get_mut(*k) {
                    // (`...\ ``/auth/``: RST's escaped space joins the two.)
                    *c = c
                        .replace("\\ ", "")
                        .split_whitespace()
                        .map(|w| match ellipsis_tail(w) {
                            Some(rest) => format!("{prefix}{rest}"),
                            None => w.to_string(),
                        })
                        .collect::<Vec<_>>()
                        .join(" ");
                }
                r
            })
            .collect();
        let mut header = t.header.clone();
        if let Some(word) = header[*k].split_whitespace().next().map(str::to_string) {
            header[*k] = word;
        }
        let whole = Table {
            header,
            rows,
            ..t.clone()
        };
        return table_routes(&whole, line);
    }
    let path_col = named_column(t, &PATH_COLUMNS)
        .or_else(|| column_of(t, is_path))
        .or_else(|| method_rows_path_column(t, named_column(t, &METHOD_COLUMNS)?, is_path));
    let mut out = Vec::new();
    // A column per method, marked where the row's path takes it (`| GET | PUT | DELETE |
    // POST | Path |` over `| X | X | | | /api/exchanges/vhost/name |`).
    let method_cols: Vec<(usize, &'static str)> = t
        .header
        .iter()
        .enumerate()
        .filter_map(|(k, h)| {
            let h = h.trim().trim_matches(['*', '`']);
            method_word(h).filter(|m| h == *m).map(|m| (k, m))
        })
        .collect();
    // (Its path in the column whose cells are paths, `| Endpoint | URL | GET | POST |` over
    // `| Layers | `/rest/layers` | …`: not the one naming the resource.)
    let matrix_path = column_of(t, is_path).or(path_col);
    if method_cols.len() >= 2
        && let Some(p) = matrix_path
    {
        // (Or by a link to the call's section, its text the method, `[GET](#get-layers)`:
        // where the cells so link, a mark such as `x` is the absence of the call.)
        let link = |c: &str| {
            c.trim()
                .strip_prefix('[')
                .and_then(|c| c.split_once("](#"))
                .is_some_and(|(text, _)| method_word(text.trim()).is_some())
        };
        let linked = t.rows.iter().any(|r| {
            method_cols
                .iter()
                .any(|(c, _)| r.get(*c).is_some_and(|x| link(x)))
        });
        let marked = |c: &str| {
            if linked {
                return link(c);
            }
            matches!(
                c.trim().to_ascii_lowercase().as_str(),
                "x" | "✓" | "✔" | "✅" | "yes" | "y" | "•" | "*"
            )
        };
        for (k, row) in t.rows.iter().enumerate() {
            let at = t.row_lines.get(k).copied().unwrap_or(line);
            let Some(path) = row.get(p) else { continue };
            for (c, m) in &method_cols {
                if row.get(*c).is_some_and(|cell| marked(cell))
                    && let Some(r) = target_route(m, &column_path(path))
                {
                    out.push((at, r));
                }
            }
        }
        return out;
    }
    if method_col.is_none() || path_col.is_none() {
        out.extend(record_routes(t, line));
    }
    // (A table of one operation's facts headed by its route: `/namespaces (GET) |` over
    // `description | …`, `example url | …` rows.)
    if (t.header.len() == 1 || (t.header.len() == 2 && t.header[1].trim().is_empty()))
        && t.rows.iter().all(|r| r.len() == 2)
        && let Some(r) = super::routes::path_then_method(&t.header[0])
            .or_else(|| route_line(&t.header[0]))
            // (`/silenced (GET) with response filters`: a note after the route.)
            .or_else(|| {
                let words: Vec<&str> = t.header[0].split_whitespace().take(2).collect();
                super::routes::path_then_method(&words.join(" "))
            })
    {
        out.push((line, r));
        return out;
    }
    // (The methods of the row above, for a row whose method cell holds a blank written on
    // purpose or a ditto mark: `GET | /subnets/{id}/` over `&nbsp; | /subnets/{id}/usage/`,
    // a method written once for the rows under it. An empty cell is none: a grid table's
    // row of a path no method is given for.)
    let mut above = None;
    for (k, row) in t.rows.iter().enumerate() {
        let at = t.row_lines.get(k).copied().unwrap_or(line);
        let blank = |c: &str| {
            let c = c.trim_matches([' ', '\t']);
            matches!(c, "&nbsp;" | "\"" | "〃" | "''")
                || (!c.is_empty() && c.chars().all(|x| x == '\u{a0}'))
        };
        if let Some(m) = method_col.and_then(|m| row.get(m)) {
            above = cell_methods(m).or_else(|| above.take().filter(|_| blank(m)));
        }
        if let (Some(m), Some(p)) = (method_col, path_col)
            && let (Some(_), Some(p)) = (row.get(m), row.get(p))
            && let Some(methods) = above.clone()
        {
            // (`/v1/namespace/:namespace <br /> /v1/namespace`: one route per path; `GET /
            // HEAD`: one per method.)
            let routes: Vec<RouteText> = methods
                .iter()
                .flat_map(|method| {
                    cell_paths(p)
                        .iter()
                        .filter_map(|path| target_route(method, &column_path(path)))
                        .collect::<Vec<_>>()
                })
                .collect();
            if !routes.is_empty() {
                out.extend(routes.into_iter().map(|r| (at, r)));
                continue;
            }
        }
        // (A cell's route for each method it joins, `GET,POST,DELETE /api/overrides`.)
        if let Some(rs) = row.iter().map(|c| route_lines(c)).find(|rs| !rs.is_empty()) {
            out.extend(rs.into_iter().map(|r| (at, r)));
        }
    }
    if out.is_empty() {
        out = grouped_routes(t, line);
    }
    out
}

/// Whether a table cell holds a path (`**/api/transfer/status/<transfer UUID>/**`: a
/// placeholder of words is one).
fn path_cell(c: &str) -> bool {
    let p = strip_line_marks(&super::routes::tight_braces(&strip_markup(c)));
    p.starts_with('/') && p.len() > 1 && !p.contains(char::is_whitespace)
}

/// The routes of a table of paths with no method column, each path `method` (a method the
/// page says them all to take): the path column is the one whose every cell holds a path,
/// each path of a cell a route (`/a <br> /b`: two).
pub(super) fn method_path_routes(t: &Table, line: u32, method: &str) -> Vec<(u32, RouteText)> {
    let Some(col) = column_of(t, path_cell) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (k, row) in t.rows.iter().enumerate() {
        let at = t.row_lines.get(k).copied().unwrap_or(line);
        for path in row.get(col).map(|c| cell_paths(c)).unwrap_or_default() {
            if let Some(r) = target_route(method, &column_path(&path)) {
                out.push((at, r));
            }
        }
    }
    out
}

/// A path column's header giving the start its cells leave out, followed by an ellipsis
/// (`Endpoint `/api/v1`...`, `URL /api/v2…`): that start, `/api/v1`. (The caller reads
/// the table again with the column headed by its word alone.)
fn prefix_header(h: &str) -> Option<String> {
    let t = strip_markup(h).replace(['`', '*'], "");
    let t = t.trim();
    let (word, rest) = t.split_once(char::is_whitespace)?;
    if !PATH_COLUMNS.contains(&word.to_ascii_lowercase().as_str()) {
        return None;
    }
    let prefix = rest
        .trim()
        .strip_suffix("...")
        .or_else(|| rest.trim().strip_suffix('…'))?
        .trim();
    (prefix.starts_with('/') && !prefix.contains(char::is_whitespace))
        .then(|| prefix.trim_end_matches('/').to_string())
}

/// A cell opening with an ellipsis for the start of its path (`...\ `/auth/``,
/// `…/users`): the rest, the path's tail.
fn ellipsis_tail(cell: &str) -> Option<String> {
    let c = cell.trim();
    let rest = c.strip_prefix("...").or_else(|| c.strip_prefix('…'))?;
    let rest = rest.trim_start_matches(['\\', ' ']);
    let rest = strip_markup(rest)
        .replace(['`', '*'], "")
        .trim()
        .to_string();
    rest.starts_with('/').then_some(rest)
}

/// Routes of a table whose rows are grouped under a row holding only a method (Vespa's
/// `| GET | List cluster and nodes. |` over `| | List content clusters | /cluster/v2/ |`
/// rows): each later row's cell that is a path alone takes the group's method. Two routes at
/// least.
fn grouped_routes(t: &Table, line: u32) -> Vec<(u32, RouteText)> {
    let mut out = Vec::new();
    let mut method = None;
    for (k, row) in t.rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .map(|c| strip_markup(c).trim().to_string())
            .collect();
        // (A path alone on a line of its cell: `<pre>/state/v1/config</pre>` over the
        // cell's notes.)
        let path = cells
            .iter()
            .flat_map(|c| c.lines())
            .map(str::trim)
            .find(|c| c.starts_with('/') && !c.contains(char::is_whitespace));
        if let Some(m) = cells
            .first()
            .and_then(|c| method_word(c).filter(|m| c == m))
            .filter(|_| path.is_none())
        {
            method = Some(m);
            continue;
        }
        if let (Some(m), Some(p)) = (method, path)
            && let Some(r) = target_route(m, p)
        {
            out.push((t.row_lines.get(k).copied().unwrap_or(line), r));
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The path column of a table giving a call once per protocol, a row each, only the HTTP
/// row filling its named method column (`| Protocol | Method | API |` over `| gRPC | |
/// GetBox |` and `| HTTP | POST | /v1/box |`): the one column whose cell is a path in every
/// row that names a method (and there is one such row at least). Rows with no method give
/// no route.
fn method_rows_path_column(
    t: &Table,
    method_col: usize,
    is: impl Fn(&str) -> bool,
) -> Option<usize> {
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .filter(|r| r.get(method_col).is_some_and(|c| cell_methods(c).is_some()))
        .cloned()
        .collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut found = (0..width).filter(|&k| {
        k != method_col && rows.iter().all(|r| r.get(k).is_some_and(|c| is(c.trim())))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The one column whose every cell holds what `is` accepts (and a table of at least one
/// row); none when no column, or more than one, does.
fn column_of(t: &Table, is: impl Fn(&str) -> bool) -> Option<usize> {
    if t.rows.is_empty() {
        return None;
    }
    let width = t.rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut found = (0..width).filter(|&k| {
        t.rows
            .iter()
            .all(|row| row.get(k).is_some_and(|c| is(c.trim())))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The methods a method column's cell gives: one (`GET`), or several apart (`` `GET` /
/// `HEAD` ``, `GET, HEAD`, `GET or HEAD`). A method set as a link to its page
/// (`[GET](users/get.md)`) is that method.
fn cell_methods(cell: &str) -> Option<Vec<&'static str>> {
    let cell = link_label(cell.trim());
    if let Some(m) = method_word(cell.trim()) {
        return Some(vec![m]);
    }
    let words: Vec<&str> = cell
        .split(|c: char| c == '/' || c == ',' || c.is_whitespace())
        .map(|w| w.trim_matches(['`', '*']))
        .filter(|w| !w.is_empty() && *w != "or" && *w != "and")
        .collect();
    let methods: Vec<&'static str> = words.iter().filter_map(|w| method_word(w)).collect();
    (methods.len() >= 2 && methods.len() == words.len()).then_some(methods)
}

/// The label of a cell that is a Markdown link alone to another page (`[GET](users/get.md)`
/// gives `GET`); else the cell. (A link to a section of this page, `[GET](#get-user)`, is a
/// summary row of the section that documents the route: left as written.)
fn link_label(cell: &str) -> String {
    cell.strip_prefix('[')
        .and_then(|r| r.strip_suffix(')'))
        .and_then(|r| r.split_once("]("))
        .filter(|(label, target)| {
            !label.contains(['[', ']'])
                && !target.starts_with('#')
                && !target.is_empty()
                && !target.contains([' ', ')'])
        })
        .map_or_else(|| cell.to_string(), |(label, _)| label.to_string())
}

/// The paths a path column's cell gives: several when it lists them apart (on lines of
/// their own, between `<br>`s, or as separate code spans each starting with `/`), else the
/// cell.
fn cell_paths(cell: &str) -> Vec<String> {
    let parts: Vec<String> = cell
        .replace("<br />", "\n")
        .replace("<br/>", "\n")
        .replace("<br>", "\n")
        .split(['\n', ' '])
        .map(|p| p.trim().trim_matches('`').trim().to_string())
        .filter(|p| p.starts_with('/'))
        .collect();
    // (Not a path that leaves a part out, `/{subname}.../{type}/`: a spelling of the one
    // beside it.)
    let whole = parts.len();
    let parts: Vec<String> = parts
        .into_iter()
        .filter(|p| !p.contains("...") && !p.contains('…'))
        .collect();
    if parts.len() >= 2 || (whole >= 2 && parts.len() == 1) {
        parts
    } else {
        vec![cell.to_string()]
    }
}

/// The path a cell sets in bold or italics whole (`**/api/[app_id]/graphs.json**`): the
/// path between the marks.
pub(super) fn emphasised_path(cell: &str) -> Option<&str> {
    let c = cell.trim();
    ["**", "__", "*", "_"].iter().find_map(|m| {
        c.strip_prefix(m)
            .and_then(|r| r.strip_suffix(m))
            .filter(|r| r.starts_with('/') && !r.contains(m))
    })
}

/// A path column's cell as a path: marks and a one-word label off (`Syntax: x/y`), and a
/// path written without its leading `/` (`ocs/v1.php/cloud/users`, in a column that says it
/// is a path) made absolute. A path set in bold or italics whole (`**/api/transfer/approve/**`)
/// is the path, and a placeholder of words in it (`<transfer UUID>`) one name.
fn column_path(cell: &str) -> String {
    let c = cell.trim();
    let t = emphasised_path(c).map_or_else(|| strip_line_marks(c), super::routes::tight_braces);
    let t = match t.split_once(": ") {
        Some((label, rest)) if !label.contains(char::is_whitespace) && !label.contains('/') => {
            rest.trim()
        }
        _ => t.as_str(),
    };
    // (Also a path of one segment, `tags`, or opened by a template variable,
    // `{{version}}/campaigns`: the column says it is a path, relative to a prefix the page
    // gives elsewhere.)
    let one_word = !t.contains('/')
        && !t.is_empty()
        && t.split(['?', '#']).next().is_some_and(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        })
        && t.starts_with(|c: char| c.is_ascii_lowercase());
    let relative = !t.starts_with('/')
        && !t.contains("://")
        && super::routes::schemeless_host(t).is_none()
        && (t.contains('/') || one_word)
        && !t.contains(char::is_whitespace)
        && t.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '{');
    if relative {
        format!("/{t}")
    } else {
        t.to_string()
    }
}

/// The value of a table of one record, a row per field headed by its name (`Method | GET`,
/// `Path | /v1/keys`; HTML's `<th scope="row">`): the row whose first cell is named like one
/// of `names`, its second cell. A Markdown table's header is its first row.
pub(super) fn record_field<'t>(t: &'t Table, names: &[&str]) -> Option<(usize, &'t str)> {
    record_field_by(t, |name| names.iter().any(|n| name.eq_ignore_ascii_case(n)))
}

/// The value of a table of one record (see [`record_field`]) in the first row whose name,
/// its marks trimmed, `named` accepts.
pub(super) fn record_field_by(t: &Table, named: impl Fn(&str) -> bool) -> Option<(usize, &str)> {
    record_fields_by(t, named).next()
}

/// Every field of a table of one record (see [`record_field`]) whose name `named` accepts,
/// in order.
fn record_fields_by(
    t: &Table,
    named: impl Fn(&str) -> bool,
) -> impl Iterator<Item = (usize, &str)> {
    let header = (t.header.len() == 2).then_some(&t.header);
    header
        .into_iter()
        .chain(&t.rows)
        .enumerate()
        .filter_map(move |(k, row)| {
            let name = row.first()?.trim().trim_matches(['*', '`', ':']).trim();
            let value = row.get(1)?.trim();
            (row.len() == 2 && !value.is_empty() && named(name)).then_some((k, value))
        })
}

/// The routes of a table of one record: its method row and its URL/path row, a route per
/// method the method cell joins (`Method | POST / DELETE` over `Resource URI |
/// /v1/keys/${ID}/delete`: `POST` and `DELETE` on that path). The path row may name its
/// path word after a word of its own (`Resource URI`, `Request URL`).
fn record_routes(t: &Table, line: u32) -> Vec<(u32, RouteText)> {
    record_routes_of(t, line).unwrap_or_default()
}

fn record_routes_of(t: &Table, line: u32) -> Option<Vec<(u32, RouteText)>> {
    // (The method row is named as a method label is: `Method`, `请求方式`, `Método`.)
    let (k, methods) = match record_field_by(t, |name| method_label(&name.to_lowercase())) {
        Some((k, m)) => (k, cell_methods(m)?),
        // (`Description | This ```GET``` method returns …`: the one method the
        // description names, in capitals.)
        None => {
            let (k, d) = record_field(t, &["description", "summary"])?;
            (k, vec![one_method_named(d)?])
        }
    };
    // (The path row as a URL label is, `接口地址` "interface address" among them.)
    let path_row = |name: &str| {
        let name = name.to_lowercase();
        RECORD_PATH_FIELDS.contains(&name.as_str()) || url_label(&name)
    };
    let (_, path) = record_field_by(t, path_row).or_else(|| {
        // (`Resource URI`, `Request URL`: a word of its own before the path word.)
        record_field_by(t, |name| {
            let words: Vec<String> = name
                .split_whitespace()
                .map(str::to_ascii_lowercase)
                .collect();
            words.len() == 2 && RECORD_PATH_FIELDS[..6].contains(&words[1].as_str())
        })
    })?;
    // (The path's first line: a note may follow it, `(where :key-id is …)`.)
    let mut path = column_path(path.lines().next().unwrap_or_default());
    // (`Endpoint | authorize` over `URL | <host>/api/index.php/authorize`: another path
    // row that ends with the first is its whole form, the prefix the first leaves out.)
    let tail = format!("/{}", path.trim_start_matches('/'));
    if let Some(whole) = record_fields_by(t, path_row)
        .map(|(_, cell)| column_path(cell.lines().next().unwrap_or_default()))
        .find(|p| p.len() > tail.len() && p.split('?').next().is_some_and(|q| q.ends_with(&tail)))
    {
        path = whole;
    }
    // (A Markdown table's header is record row 0, its body rows follow it.)
    let offset = usize::from(t.header.len() == 2);
    let at = k
        .checked_sub(offset)
        .and_then(|r| t.row_lines.get(r).copied())
        .unwrap_or(line);
    Some(
        methods
            .into_iter()
            .filter_map(|m| Some((at, target_route(m, &path)?)))
            .collect(),
    )
}

/// The names of a one-record table's path row besides the words of a URL label
/// ([`url_label`]); the first six also after a word of their own (`Resource URI`, `Request
/// Address`).
const RECORD_PATH_FIELDS: [&str; 7] = [
    "url", "path", "endpoint", "route", "uri", "address", "resource",
];

/// A route written as an element that carries the method as an attribute and the path as
/// its text or a `path`/`url` attribute (MDX components, HTML widgets), read from the
/// block's source lines.
pub(super) fn element_route(doc: &Document, b: &Block) -> Option<RouteText> {
    let src = doc.source.text(b.span.line, b.span.end_line);
    let lower = src.to_ascii_lowercase();
    // (A template tag with the route among its words, `{% apiexample get GET
    // https://api.sendgrid.com/api/blocks.get api_user=… %}`.)
    if let Some(inner) = src
        .trim()
        .strip_prefix("{%")
        .and_then(|t| t.lines().next())
        .map(|t| t.trim_end().trim_end_matches("%}"))
        && !lower.contains("method=")
    {
        let words: Vec<&str> = inner.split_whitespace().collect();
        return words.windows(2).skip(1).find_map(|w| {
            let m = method_word(w[0]).filter(|m| *m == w[0])?;
            (w[1].starts_with('/') || w[1].starts_with("http"))
                .then(|| target_route(m, w[1]))
                .flatten()
        });
    }
    let Some((at, name)) = method_attribute(&lower) else {
        return class_route(&src);
    };
    let value = attr_value(&src[at + name.len()..])?;
    let method = method_word(&value)?;
    // The path: a `path=`/`url=`/`endpoint=` attribute, else the element's text.
    for name in ["path=", "url=", "endpoint=", "route="] {
        if let Some(p) = lower.find(name)
            && let Some(v) = attr_value(&src[p + name.len()..])
        {
            return target_route(method, &v);
        }
    }
    // (A Hugo shortcode pair, `{{% http method="post" %}}/v1/x/:id{{% /http %}}`: its text
    // runs from the opening tag's `%}}` or `>}}` to the closing tag.)
    if src.trim_start().starts_with("{{") {
        let open_end = src[at..].find("}}")? + at + 2;
        let text_end = src[open_end..]
            .find("{{")
            .map_or(src.len(), |e| open_end + e);
        return target_route(method, src[open_end..text_end].trim());
    }
    let close = src[at..].find('>')? + at;
    let text_end = src[close..].find('<').map_or(src.len(), |e| close + e);
    target_route(method, &inline_text(&src[close + 1..text_end]))
}

/// Where an element's method attribute opens, and its name: `method="GET"`, or `verb="GET"`
/// as some components name it (`<Endpoint verb="GET" path="/players/:id" />`), also after
/// the protocol's name (`<SampleRequest httpVerb="GET">https://host/x</SampleRequest>`,
/// `http-verb=`); an attribute only, after a space, not the end of another name
/// (`adverb=`).
fn method_attribute(lower: &str) -> Option<(usize, &'static str)> {
    if let Some(at) = lower.find("method=") {
        return Some((at, "method="));
    }
    lower.match_indices("verb=").find_map(|(at, _)| {
        let before = &lower[..at];
        let before = ["http-", "http_", "http", ""]
            .iter()
            .find_map(|p| before.strip_suffix(p))?;
        before
            .ends_with(char::is_whitespace)
            .then_some((at, "verb="))
    })
}

/// A route written as an element whose class names the method and whose text is the path
/// alone (`<div class="endpoint post">/apis/</div>`, `<span class="method-get">/x</span>`):
/// one method among the class's words. The element may open inside others, and may be a
/// badge whose text is the method, the path the text of the element after it (Slate's
/// `<div class="endpoint-data"><i class="label label-get">GET</i><h6>/x/&lt;id&gt;</h6>`).
fn class_route(src: &str) -> Option<RouteText> {
    let t = src.trim();
    if !t.starts_with('<') {
        return None;
    }
    let mut rest = t;
    while let Some(open) = rest.find('<') {
        let after = &rest[open..];
        let open_end = after.find('>')?;
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        rest = body;
        // (Only elements opening one inside the other, nothing else before the route's.)
        if tag.starts_with("</") {
            return None;
        }
        let Some(method) = class_method(tag) else {
            if !body[..body.find('<')?].trim().is_empty() {
                return None;
            }
            continue;
        };
        let text = element_text(body)?;
        if text.starts_with('/') {
            return path_text_route(method, &text);
        }
        // (A badge: the method alone, the path the next element's text.)
        if !text.eq_ignore_ascii_case(method) {
            return None;
        }
        let next = body[body.find('<')?..].trim_start();
        let next = next.strip_prefix("</")?;
        let next = next[next.find('>')? + 1..].trim_start();
        if !next.starts_with('<') || next.starts_with("</") {
            return None;
        }
        return path_text_route(method, &element_text(&next[next.find('>')? + 1..])?);
    }
    None
}

/// The one method among the words of an opening tag's `class` attribute.
fn class_method(tag: &str) -> Option<&'static str> {
    let at = tag.to_ascii_lowercase().find("class=")?;
    let class = attr_value(&tag[at + "class=".len()..])?;
    let methods: Vec<&'static str> = class
        .split([' ', '-', '_'])
        .filter_map(|w| method_word(w).filter(|m| m.eq_ignore_ascii_case(w)))
        .collect();
    match methods.as_slice() {
        [method] => Some(method),
        _ => None,
    }
}

/// An element's text up to the next tag, entities for `<`, `>` and `&` read
/// (`/x/&lt;id&gt;`), a placeholder holding spaces made one name (`/apis/{name or id}`).
fn element_text(body: &str) -> Option<String> {
    let text = super::routes::entities_decoded(&inline_text(&body[..body.find('<')?]));
    Some(super::routes::tight_braces(&text))
}

/// The route of a path alone as an element's text.
fn path_text_route(method: &str, text: &str) -> Option<RouteText> {
    (text.starts_with('/') && !text.contains(char::is_whitespace))
        .then(|| target_route(method, text))
        .flatten()
}

/// Inline Markdown as its text: `[text](url)` → `text`, `\{` → `{`, code ticks removed.
pub(super) fn inline_text(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(mid) if !after[..mid].contains('[') => {
                out.push_str(&after[..mid]);
                let tail = &after[mid + 2..];
                rest = tail.find(')').map_or("", |c| &tail[c + 1..]);
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("\\", "").replace('`', "").trim().to_string()
}

/// The value of an attribute after `=`: `"x"`, `'x'`, `{"x"}`, Markdown's escapes undone
/// (`path="/:project\_id"`, as an editor writes a tag into Markdown).
pub(super) fn attr_value(s: &str) -> Option<String> {
    let s = s.trim_start().trim_start_matches('{');
    let q = s.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let rest = &s[1..];
    let end = rest.find(q)?;
    Some(unescape_markdown(&rest[..end]))
}

/// Markdown's backslash escapes undone: `\_` → `_`, `\*` → `*` (a backslash before
/// anything else stays).
pub(super) fn unescape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&n) = chars.peek()
            && n.is_ascii_punctuation()
        {
            continue;
        }
        out.push(c);
    }
    out
}

/// A route given as the arguments of a template or component call on a line of its own, as
/// template-driven docs render a request card: one quoted argument is a method word alone,
/// another a path (`<%= render(RequestCard.new(verb: 'POST', label: '/v1/boxes')) %>`,
/// `{{ endpoint("get", "/boxes/{id}") }}`), named or by position. Markdown's escapes in the
/// path are undone (`'/v1/boxes/\{id\}'`). Arguments that are no plain quoted value (an
/// object, a block) are passed over, so `fetch('/x', { method: 'POST' })` is no route.
pub(super) fn template_call_route(line: &str) -> Option<RouteText> {
    line.match_indices('(')
        .find_map(|(open, _)| call_route(line, open))
}

/// The route of the call whose argument list opens at `open` (see [`template_call_route`]).
fn call_route(line: &str, open: usize) -> Option<RouteText> {
    // (A call: an identifier, possibly dotted, right before the bracket.)
    let callee = line[..open].trim_end();
    if !callee
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
    {
        return None;
    }
    let mut values = Vec::new();
    let mut rest = &line[open + 1..];
    loop {
        let arg = rest.trim_start();
        // A keyword's name (`verb:`, `path=`) before its value.
        let arg = match arg.find([':', '=']) {
            Some(k)
                if k > 0
                    && arg[..k].chars().all(|c| c.is_alphanumeric() || c == '_')
                    && !arg[k + 1..].starts_with(':') =>
            {
                arg[k + 1..].trim_start()
            }
            _ => arg,
        };
        let Some(q) = arg.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
            break;
        };
        let end = arg[1..].find(q)? + 1;
        values.push(&arg[1..end]);
        let after = arg[end + 1..].trim_start();
        match after.strip_prefix(',') {
            Some(next) => rest = next,
            None => break,
        }
    }
    let mut methods = values
        .iter()
        .filter_map(|v| method_word(v).filter(|m| m.eq_ignore_ascii_case(v)));
    let method = methods.next()?;
    if methods.next().is_some() {
        return None;
    }
    let mut paths = values.iter().filter(|v| v.starts_with('/'));
    let path = paths.next()?;
    if paths.next().is_some() {
        return None;
    }
    target_route(method, &unescape_markdown(path))
}
