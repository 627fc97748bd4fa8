//! Routes as a page prints them (`GET /x/{id}`, `post/v1/flags`, request lines, absolute
//! URLs), normalised: method, path with `{name}` placeholders, server, query.

use super::METHODS;
pub(super) use crate::read::text::entities_decoded;

/// A route as the document prints it, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteText {
    /// Upper-case method.
    pub method: String,
    /// The path with `{name}` placeholders (valid names), no query string, no server.
    pub path: String,
    /// The server part of an absolute URL (`https://api.example.com`), if given.
    pub server: Option<String>,
    /// Whether the doc's text carried a query string: an instance of a route documented
    /// anywhere on the page is then an example call of it.
    pub query: bool,
    /// The query string's `name=value` pairs, as written.
    pub pairs: Vec<(String, String)>,
    /// An optional segment the route leaves out (said in a warning).
    pub note: Option<String>,
    /// Placeholders the reader named for values the page printed (`/feeds/42` →
    /// `feed_id`), not names the page wrote.
    pub named: Vec<String>,
}

/// HTML inline elements a page leaves inside a route (`/rooms<span>/{name}`,
/// `<code>/x</code>`): markup, not `<id>` placeholders; and a paragraph's tags around a
/// method badge beside it (`<p class="method">GET</p> <code>/paste/{id}</code>`).
const INLINE_TAGS: [&str; 21] = [
    "span", "a", "b", "i", "em", "strong", "code", "br", "wbr", "sup", "sub", "small", "mark", "u",
    "s", "del", "ins", "kbd", "var", "samp", "p",
];

/// A route's text without the HTML inline elements inside it ([`INLINE_TAGS`]), opening
/// (with or without attributes) or closing.
pub(super) fn strip_markup(target: &str) -> String {
    let mut out = String::with_capacity(target.len());
    let mut rest = target;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find('>');
        let tag = end.map(|e| {
            let inner = after[..e].trim_start_matches('/').trim_end_matches('/');
            inner
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        });
        // A one-letter name (`<a>`, `<b>`) is a tag only when closed, closing or with
        // attributes; alone it may be a placeholder.
        let markup = |e: usize, t: &str| {
            INLINE_TAGS.contains(&t)
                && (t.len() > 1
                    || after.starts_with('/')
                    || after[..e].contains(char::is_whitespace)
                    || target.contains(&format!("</{t}>")))
        };
        match (end, tag) {
            (Some(e), Some(t)) if markup(e, &t) => rest = &after[e + 1..],
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `METHOD target` at the start of `text` (a line or cell), with an optional `HTTP/1.1`
/// after it and nothing else: the route it gives.
pub fn route_line(text: &str) -> Option<RouteText> {
    route_lines(text).into_iter().next()
}

/// The routes a route line gives: one, or one per method where several are joined by `/`,
/// `|` or `,` before one target (`GET/HEAD  /v2/auth/users`).
pub fn route_lines(text: &str) -> Vec<RouteText> {
    // (A line opening with HTML, a method badge and the path in code, `<p
    // class="method">GET</p> <code>/paste/<span class="var">{id}</span></code>`: the
    // text without the tags.)
    // (Not a link's text, `<code><a href="login.md">POST /auth/login</a></code>`: an
    // index's entry for the page that documents the call.)
    let unmarked;
    let text = if text.trim_start().starts_with('<') && !text.contains("<a ") {
        unmarked = strip_markup(text);
        unmarked.as_str()
    } else {
        text
    };
    // (A numeric character reference a converter wrote for `<` in a placeholder,
    // `/vhosts/&#x3C;vhost name>`, is the character.)
    let t = if text.contains("&#") {
        tight_braces(&entities_decoded(&strip_line_marks(text)))
    } else {
        tight_braces(&strip_line_marks(text))
    };
    // (`'GET /plugins/{plugin-id}'`: a route quoted whole, as Gerrit's pages set it.)
    let t = match t.trim() {
        q if q.len() > 2
            && ((q.starts_with('\'') && q.ends_with('\''))
                || (q.starts_with('"') && q.ends_with('"'))) =>
        {
            q[1..q.len() - 1].to_string()
        }
        _ => t,
    };
    // (`POST /motors/<motor_name>/goto.json + position + duration + wait`: the names of
    // the body's members after the route, each after a `+`, are no part of it.)
    let t = match t.split_once(" + ") {
        Some((route, names))
            if names.split(" + ").all(|n| {
                let n = n.trim();
                !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            }) =>
        {
            route.to_string()
        }
        _ => t,
    };
    // (`PUT /admin_rest/groups OR PUT /admin_rest/groups/<group_id>`: routes given as
    // alternatives, each a route; a later one may leave the method to the first, `GET
    // /export or /export/<format>`.)
    let words: Vec<&str> = t.split_whitespace().collect();
    // (`GET or POST http://<host>/client/login`: methods joined by a word before one
    // target, a route per method.)
    if words.get(1).is_some_and(|w| matches!(*w, "OR" | "or"))
        && let Some(routes) = spaced_methods(&words)
    {
        return routes;
    }
    if words.iter().any(|w| matches!(*w, "OR" | "or")) {
        let method = words
            .first()
            .copied()
            .filter(|w| method_word(w) == Some(*w));
        let alternatives: Vec<String> = words
            .split(|w| matches!(*w, "OR" | "or"))
            .map(|p| match (method, p) {
                (Some(m), [path]) if path.starts_with('/') => format!("{m} {path}"),
                _ => p.join(" "),
            })
            .collect();
        if let Some(all) = alternatives
            .iter()
            .map(|a| one_route_line(a))
            .collect::<Option<Vec<_>>>()
            && all.len() >= 2
        {
            return all;
        }
    }
    // (`POST DELETE /api/33/dataApprovals`: methods in capitals side by side before one
    // path, a route per method.)
    let n = words
        .iter()
        .take_while(|w| method_word(w) == Some(**w))
        .count();
    if n >= 2 && words.get(n).is_some_and(|w| w.starts_with('/')) {
        let rest = words[n..].join(" ");
        let all: Vec<RouteText> = words[..n]
            .iter()
            .filter_map(|m| one_route_line(&format!("{m} {rest}")))
            .collect();
        if all.len() == n {
            return all;
        }
    }
    let Some(first) = t.split_whitespace().next() else {
        return Vec::new();
    };
    // (`GET,POST,DELETE /live-store/prepare-downscale`: joined by commas too.)
    let joined: Vec<&'static str> = first
        .split(['/', '|', ','])
        .map(method_word)
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default();
    if joined.len() < 2 {
        return one_route_line(&t).into_iter().collect();
    }
    let rest = t[t.find(first).unwrap_or(0) + first.len()..].to_string();
    joined
        .iter()
        .filter_map(|m| one_route_line(&format!("{m}{rest}")))
        .collect()
}

/// Methods joined by separators standing apart from them (`GET | POST /crop`, `GET, PUT
/// /x`, `GET / HEAD /x`, `GET or POST /x`) before one target: a route per method. Two methods at least, a
/// separator between each pair, and the rest a route line for each.
fn spaced_methods(words: &[&str]) -> Option<Vec<RouteText>> {
    let mut methods: Vec<&'static str> = Vec::new();
    let mut k = 0;
    let mut separated = true;
    while k < words.len() {
        let w = words[k];
        if matches!(w, "|" | "/" | "," | "&" | "or" | "OR") {
            if separated {
                return None;
            }
            separated = true;
        } else if let Some(m) = method_word(w.trim_end_matches(',')) {
            if !separated {
                break;
            }
            methods.push(m);
            separated = w.ends_with(',');
        } else {
            break;
        }
        k += 1;
    }
    if methods.len() < 2
        || separated
        || k == words.len()
        || !words
            .iter()
            .take(k)
            .any(|w| matches!(*w, "|" | "/" | "&" | "or" | "OR") || w.ends_with(','))
    {
        return None;
    }
    let rest = words[k..].join(" ");
    let routes: Vec<RouteText> = methods
        .iter()
        .filter_map(|m| one_route_line(&format!("{m} {rest}")))
        .collect();
    (routes.len() == methods.len()).then_some(routes)
}

/// `METHOD target [HTTP/1.1]` (marks already stripped, placeholders tight).
fn one_route_line(t: &str) -> Option<RouteText> {
    let mut words = t.split_whitespace();
    let first = words.next()?;
    let mut rest: Vec<&str> = words.collect();
    // (`GET - /api/v1/gems`: a dash between the method and the path.)
    if rest.len() >= 2 && is_dash(rest[0]) && method_word(first).is_some() {
        rest.remove(0);
    }
    // (`POST 'application/json' /v2/hosts`: the media type sent, quoted, between the
    // method and the path.)
    if rest.len() >= 2 && quoted_media_type(rest[0]) && method_word(first).is_some() {
        rest.remove(0);
    }
    let abbreviated = rest.first().and_then(|t| abbreviated_method(first, t));
    if let Some(method) = method_word(first).or(abbreviated) {
        let (target, tail) = rest.split_first()?;
        // (A note in parentheses may follow: `` `POST /purge?before_ts=1` (`before_ts` is
        // in milliseconds) ``.)
        let note = tail.join(" ");
        // (… or a comment, as code lines carry them: `GET /buckets/bucket/keys?keys=true
        // # List all keys`, `GET /x // the old route`.)
        let comment = |w: &&str| *w == "#" || *w == "//";
        // (… or an arrow and what the route does, `GET /boxes → Lists the boxes`; not
        // another route, `GET /old → GET /new`.)
        let does = |w: &&str| {
            matches!(*w, "→" | "⇒")
                && tail[1..]
                    .iter()
                    .all(|w| !w.starts_with('/') && method_word(w).is_none_or(|m| m != *w))
        };
        let tail_ok = match tail {
            [] => true,
            // (`GET /api/packages/ (List)`: a note of one word in parentheses, as of
            // several.)
            [v] => {
                v.to_ascii_uppercase().starts_with("HTTP/")
                    || bracketed_note(v)
                    || (v.len() > 2 && v.starts_with('(') && v.ends_with(')'))
            }
            [first, _, ..] if comment(first) || does(first) => true,
            [first, ..] if comment(first) => true,
            [v, first, ..] if v.to_ascii_uppercase().starts_with("HTTP/") && comment(first) => true,
            _ => note.starts_with('(') && note.ends_with(')'),
        };
        if !tail_ok {
            return None;
        }
        return target_route(method, target);
    }
    // Glued as Redoc captures print it: `post/v1/flags`.
    if rest.is_empty() {
        for m in METHODS {
            if first.len() > m.len()
                && first.is_char_boundary(m.len())
                && first[..m.len()].eq_ignore_ascii_case(m)
                && first[m.len()..].starts_with('/')
            {
                return target_route(m, &first[m.len()..]);
            }
        }
    }
    None
}

/// A media type in quotes (`'application/json'`, `"multipart/form-data"`): a type and a
/// subtype of letters, digits and `.+-`, joined by one `/`.
fn quoted_media_type(w: &str) -> bool {
    let inner = ['\'', '"'].iter().find_map(|q| {
        w.strip_prefix(*q)
            .and_then(|w| w.strip_suffix(*q))
            .filter(|i| !i.is_empty())
    });
    let part = |p: &str| {
        !p.is_empty()
            && p.starts_with(|c: char| c.is_ascii_alphabetic())
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-'))
    };
    inner
        .and_then(|i| i.split_once('/'))
        .is_some_and(|(t, s)| part(t) && part(s))
}

/// A word in brackets after a route, a note on its state (`[DEPRECATED]`, `[beta]`):
/// letters only, no method word (`[GET]` names one).
fn bracketed_note(w: &str) -> bool {
    w.strip_prefix('[')
        .and_then(|w| w.strip_suffix(']'))
        .is_some_and(|n| {
            n.len() >= 3 && n.chars().all(|c| c.is_ascii_alphabetic()) && method_word(n).is_none()
        })
}

/// The routes of a heading: one per method where the heading is the methods joined by
/// separators before one path (`GET | POST /crop`: two operations, one section), else
/// [`heading_route`]'s one.
///
/// A path segment alternating words (`GET /api/(boxes|bags)/{id}`) is a route per word; a
/// heading joining two paths with `or` (`GET /api/boxes/{id} or /api/boxes/{id}/rev/{rev}`)
/// a route per path.
pub(super) fn heading_routes(text: &str) -> Vec<RouteText> {
    let mut text = text.to_string();
    super::labels::strip_attribute_list(&mut text);
    if let Some(variants) = alternation_variants(&text) {
        return variants.iter().flat_map(|v| heading_routes(v)).collect();
    }
    let plain = tight_braces(&strip_markup(&text));
    let words: Vec<&str> = plain.split_whitespace().collect();
    // (`POST /api/dimmers/all-on · /api/dimmers/all-off`: paths joined by `or`, `·`, `|`
    // or `&` after one method, a route per path.)
    if let [m, first, rest @ ..] = words.as_slice()
        && let Some(m) = method_word(m).filter(|w| w == m)
        && !rest.is_empty()
        && rest.len() % 2 == 0
        && rest
            .chunks(2)
            .all(|pair| matches!(pair[0], "or" | "·" | "|" | "&") && pair[1].starts_with('/'))
        && first.starts_with('/')
    {
        let paths = std::iter::once(first).chain(rest.iter().skip(1).step_by(2));
        let routes: Vec<RouteText> = paths
            .filter_map(|p| target_route(m, p.trim_matches('`')))
            .collect();
        if routes.len() == rest.len() / 2 + 1 {
            return routes;
        }
    }
    // (`` ## `/outputs/active` GET | PUT ``, `## /outputs GET`: the path, then its methods
    // in capitals, joined by `|`, `,`, `/`, `&`, `and` or `or`: a route each.)
    if let [path, rest @ ..] = words.as_slice()
        && path.trim_matches('`').starts_with('/')
        && !rest.is_empty()
    {
        let written = rest.join(" ");
        let one = method_word(&written).filter(|m| *m == written);
        let methods = one.map_or_else(|| joined_methods(&written), |m| vec![m]);
        if !methods.is_empty() {
            let routes: Vec<RouteText> = methods
                .iter()
                .filter_map(|m| target_route(m, path.trim_matches('`')))
                .collect();
            if routes.len() == methods.len() {
                return routes;
            }
        }
    }
    match spaced_methods(&words) {
        Some(routes) => routes,
        None => heading_route(&text).into_iter().collect(),
    }
}

/// Two or more methods a label's value joins with `or`, `and`, `,`, `/`, `|` or `&` (`PATCH or PUT`,
/// `PUT, PATCH`), each a method word in capitals; none when any word is something else.
pub(super) fn joined_methods(value: &str) -> Vec<&'static str> {
    // (Each method may be in code of its own: `` `GET`, `PUT` ``.)
    let words: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '|' | '&'))
        .map(|w| w.trim_matches('`'))
        .filter(|w| !w.is_empty() && !matches!(*w, "or" | "and"))
        .collect();
    let methods: Vec<&'static str> = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_uppercase()))
        .filter_map(|w| method_word(w))
        .collect();
    if methods.len() >= 2 && methods.len() == words.len() {
        methods
    } else {
        Vec::new()
    }
}

/// The texts a path segment of alternatives stands for (`/api/(boxes|bags)/x` is
/// `/api/boxes/x` and `/api/bags/x`): two words at least, each of letters, digits, `-` or
/// `_`, joined by `|` in parentheses right after a `/`; also a whole segment of such words
/// joined by `|` with no marks around them (`/db/{db}/cpp_plugin|python_plugin/{name}`), or
/// a choice in brackets set in a placeholder's braces (`/label/{[node|edge]}/{name}`: the
/// slot takes one of the literal words). Each segment of alternatives multiplies the texts.
pub(super) fn alternation_variants(text: &str) -> Option<Vec<String>> {
    let word = |w: &&str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    let mut at = 0;
    while let Some(slash) = text[at..].find('/').map(|k| at + k) {
        let start = slash + 1;
        at = start;
        let rest = &text[start..];
        // The segment's span and the words it offers.
        let found = if let Some(inner) = rest.strip_prefix('(') {
            inner
                .find(')')
                .map(|close| (start + 1 + close + 1, &inner[..close]))
        } else if let Some(inner) = rest.strip_prefix("{[") {
            inner
                .find("]}")
                .map(|close| (start + 2 + close + 2, &inner[..close]))
        } else {
            let end = rest
                .find(|c: char| matches!(c, '/' | '?' | '`' | '#') || c.is_whitespace())
                .unwrap_or(rest.len());
            Some((start + end, &rest[..end]))
        };
        let Some((end, inner)) = found else {
            continue;
        };
        let words: Vec<&str> = inner.split('|').collect();
        if words.len() < 2 || !words.iter().all(word) {
            continue;
        }
        // A segment ends where the path goes on, or where the path ends.
        if !text[end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '/' | '?' | '`' | '#') || c.is_whitespace())
        {
            continue;
        }
        return Some(
            words
                .iter()
                .flat_map(|w| {
                    let one = format!("{}{w}{}", &text[..start], &text[end..]);
                    alternation_variants(&one).unwrap_or_else(|| vec![one])
                })
                .collect(),
        );
    }
    None
}

/// A route anywhere in a heading: `Get Channel % GET /channels/{channel.id}`, `GET /x`.
pub(super) fn heading_route(text: &str) -> Option<RouteText> {
    // (`… {deviceId} <a id="put-device-registration" />`: an anchor element is no part of
    // the heading's words.)
    // (… nor is a kramdown attribute list, `{:id=post-session}`.)
    let mut text = text.to_string();
    super::labels::strip_attribute_list(&mut text);
    let plain = tight_braces(&strip_markup(&text));
    let words: Vec<&str> = plain.split_whitespace().collect();
    if let Some(r) = path_then_method(&plain) {
        return Some(r);
    }
    for (i, w) in words.iter().enumerate() {
        // (`GET - /api/v1/gems`: a dash between the method and the path.)
        let at = match words.get(i + 1) {
            Some(w) if is_dash(w) && words.len() > i + 2 => i + 2,
            _ => i + 1,
        };
        if let Some(target) = words.get(at)
            && let Some(m) =
                method_word(w.trim_matches('`')).or_else(|| abbreviated_method(w, target))
        {
            // (`GET (/users/{ownerId}/people)`: the path in parentheses after the method.)
            let target = match target.strip_prefix("(/").and_then(|t| t.strip_suffix(')')) {
                Some(_) if at + 1 == words.len() => &target[1..target.len() - 1],
                _ => target,
            };
            // (A verb in lower case before words with a slash is a title, `delete
            // file/folder`, not the route `DELETE /file/folder`; `get /users` is one.)
            let bare = target.trim_matches('`');
            if w.chars().all(|c| c.is_ascii_lowercase())
                && !bare.starts_with('/')
                && !bare.contains("://")
                && !bare.contains(['{', '<', ':'])
            {
                continue;
            }
            // Only when the route ends the heading (or an HTTP version, or a note in
            // parentheses such as `(GET; AUTH)`, does).
            let tail = &words[at + 1..];
            let note = tail.join(" ");
            // (… or a title after a dash: `GET /boards - Get a list of boards`.)
            let titled = tail.len() >= 2 && (is_dash(tail[0]) || tail[0] == "|");
            // (… or a word naming the part of the operation the section gives: `Get
            // /cluster/members responses`, `POST /x parameters`.)
            let part = matches!(
                tail,
                [w] if matches!(
                    w.to_ascii_lowercase().as_str(),
                    "responses" | "response" | "request" | "parameters" | "errors" | "examples"
                )
            );
            // (… or the form value in brackets that picks the call, as an httpdomain
            // directive writes it: `POST https://host/engine [action=create]`, `[delete]`.)
            let picked = matches!(tail, [w] if form_pick(w));
            if tail.is_empty()
                || part
                || picked
                || (tail.len() == 1 && tail[0].to_ascii_uppercase().starts_with("HTTP/"))
                || (note.starts_with('(') && note.ends_with(')'))
                || titled
            {
                return target_route(m, target.trim_matches('`'));
            }
        }
    }
    None
}

/// A form value in brackets picking one call of a URL, as an httpdomain directive writes it
/// after the route (`[action=create]`, `[delete]`).
pub(super) fn form_pick(w: &str) -> bool {
    w.len() > 2
        && w.starts_with('[')
        && w.ends_with(']')
        && w[1..w.len() - 1]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '=' | '_' | '-'))
}

/// A dash standing as a word between a route's parts (`GET - /x`, `GET /x – Title`).
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

/// `/api/v1/cluster/summary (GET)`, `/namespaces/:namespace (PUT)`: a path, then its method
/// in brackets, the whole text (a heading, a table's header cell); or a section title that
/// is the route, path first, the method in square brackets and a title after it
/// (`/v1/link/[lname] - [PUT] - Update Link`, `/v1/links/ - [GET]  Get all links`,
/// `/v1/driver - [GET]- Get Driver`: the dashes between the parts vary).
pub(super) fn path_then_method(text: &str) -> Option<RouteText> {
    let plain = tight_braces(&strip_markup(text));
    let words: Vec<&str> = plain.split_whitespace().collect();
    let (path, m) = match words.as_slice() {
        [path, method] => {
            let m = method
                .strip_prefix('(')
                .and_then(|w| w.strip_suffix(')'))
                .or_else(|| method.strip_prefix('[').and_then(|w| w.strip_suffix(']')))
                .and_then(method_word)?;
            (*path, m)
        }
        [path, rest @ ..] if path.starts_with('/') => {
            // (A dash may stand before the method, and after it, alone or glued to it.)
            let rest = match rest {
                [d, rest @ ..] if is_dash(d) => rest,
                _ => rest,
            };
            let (method, after) = rest.split_first()?;
            let (method, glued) = match method.strip_suffix(['-', '–', '—']) {
                Some(m) => (m, true),
                None => (*method, false),
            };
            let m = method
                .strip_prefix('[')
                .and_then(|w| w.strip_suffix(']'))
                .and_then(method_word)?;
            // (A title after it, behind a dash or not: words, not another route.)
            let title = match after {
                [d, title @ ..] if !glued && is_dash(d) => title,
                title => title,
            };
            if title
                .iter()
                .any(|w| w.starts_with('/') || method_word(w).is_some_and(|_| w.starts_with('[')))
            {
                return None;
            }
            (*path, m)
        }
        _ => return None,
    };
    let path = path.trim_matches('`');
    if path.starts_with('/') {
        return target_route(m, path);
    }
    // (`checks/:check/hooks/:type (PUT)`: a path whose leading slash the page forgot.)
    let pathlike = path.contains('/')
        && path.starts_with(|c: char| c.is_ascii_alphanumeric())
        && path.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | ':' | '{' | '}' | '.')
        });
    pathlike.then(|| target_route(m, &format!("/{path}")))?
}

/// A method joined to its path by a middle dot or a no-break space (`GET·/x`, as a page
/// writes the space it keeps from breaking) spaced as a route line is: `GET /x`.
fn spaced_method(text: &str) -> String {
    if !text.contains(['\u{b7}', '\u{a0}']) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['\u{b7}', '\u{a0}']) {
        let before = &rest[..at];
        let sep = rest[at..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[at + sep..];
        let word = before
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        out.push_str(before);
        if after.starts_with('/') && method_word(word).is_some_and(|m| m == word) {
            out.push(' ');
        } else {
            out.push_str(&rest[at..at + sep]);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// A server template's output tag printing a variable into a route (ERB or EJS: `GET
/// /x?key=<%= @api_key %>`, `/users/<%- user.id %>`) as the placeholder of that variable
/// (`{api_key}`, `{user_id}`): the page's template fills it in, the reader cannot. A tag
/// printing anything but a variable (a call, an expression) is left as written.
fn printed_template_values(text: &str) -> String {
    if !text.contains("<%") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("<%") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let body = after.strip_prefix(['=', '-']);
        let close = after.find("%>");
        let name = body.zip(close).and_then(|(b, c)| {
            let expr = b[..c - 1].trim().trim_start_matches('@');
            (!expr.is_empty()
                && expr
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '_' | '.')))
            .then(|| expr.replace('.', "_"))
        });
        match (name, close) {
            (Some(n), Some(c)) => {
                out.push('{');
                out.push_str(&n);
                out.push('}');
                rest = &after[c + 2..];
            }
            _ => {
                out.push_str("<%");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A whole segment in parentheses with its converter, as Sphinx's httpdomain renders it
/// (`/api/comments/(string: comment_short_id)`, `/users/(int: user_id)/posts`): the space
/// after the converter's colon taken out, `(string:comment_short_id)`.
fn spaced_converter(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("/(") {
        out.push_str(&rest[..at + 2]);
        rest = &rest[at + 2..];
        let Some(close) = rest.find(')') else {
            continue;
        };
        let inner = &rest[..close];
        let ident =
            |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if let Some((conv, name)) = inner.split_once(": ")
            && ident(conv)
            && ident(name.trim())
        {
            out.push_str(conv);
            out.push(':');
            out.push_str(name.trim());
            rest = &rest[close..];
        }
    }
    out.push_str(rest);
    out
}

/// A placeholder written with spaces inside its braces or angle brackets, tight:
/// `{ message_id }` as `{message_id}`, `<media id>` as `<media_id>` (a name of up to four
/// words, joined by `_`). Anything else between the marks (an element's attributes) is
/// left as written.
pub(super) fn tight_braces(text: &str) -> String {
    let text = printed_template_values(text);
    let text = spaced_converter(&text);
    let mut text = spaced_method(&text);
    for (open_mark, close_mark) in [('{', '}'), ('<', '>'), ('[', ']')] {
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(open) = rest.find(open_mark) {
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            // (`{{Daemon Address}}`: a template's double braces hold one placeholder.)
            if open_mark == '{' && rest.starts_with('{') {
                out.push('{');
                rest = &rest[1..];
            }
            if let Some(close) = rest.find(close_mark)
                && !rest[..close].contains(open_mark)
            {
                let inner = rest[..close].trim();
                // (Alternatives, `[USER HANDLE|USER ID]`: one name, `USER_HANDLE_or_USER_ID`.)
                let alternatives: Vec<Vec<&str>> = inner
                    .split('|')
                    .map(|a| a.split_whitespace().collect())
                    .collect();
                let name_words = alternatives.iter().all(|words| {
                    !words.is_empty()
                        && words.len() <= 4
                        && words.iter().all(|w| {
                            w.chars()
                                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | ':'))
                        })
                });
                // (`{int : id}`, `<int:id>`: a converter's type before the name, as Flask and
                // werkzeug write a typed placeholder; the name is after the colon.)
                let typed = inner.split_once(':').and_then(|(ty, name)| {
                    let (ty, name) = (ty.trim(), name.trim());
                    (matches!(ty, "int" | "float" | "str" | "string" | "path" | "uuid")
                        && !name.is_empty()
                        && name.chars().all(|c| c.is_alphanumeric() || c == '_'))
                    .then_some(name)
                });
                if let Some(name) = typed {
                    out.push_str(name);
                } else if name_words {
                    let names: Vec<String> = alternatives.iter().map(|w| w.join("_")).collect();
                    let name = names.join("_or_");
                    // (`[GEM NAME]`: a name in capitals in brackets, written as words.)
                    if open_mark == '['
                        && inner.contains(' ')
                        && !inner.contains(char::is_lowercase)
                    {
                        out.push_str(&name.to_lowercase());
                    } else {
                        out.push_str(&name);
                    }
                } else {
                    out.push_str(&rest[..close]);
                }
                out.push(close_mark);
                rest = &rest[close + 1..];
            }
        }
        out.push_str(rest);
        text = out;
    }
    text
}

/// `DEL` in capitals before a path (`### DEL /wallet/:id/tx/:hash`): DELETE abbreviated, as
/// some references write it.
fn abbreviated_method(w: &str, target: &str) -> Option<&'static str> {
    (w.trim_matches(['*', '`']) == "DEL" && target.trim_matches('`').starts_with('/'))
        .then_some("DELETE")
}

/// The method a word names, upper-cased (`get`, `GET`, `Get` all count; `[GET]` too).
pub(super) fn method_word(w: &str) -> Option<&'static str> {
    let w = w.trim_matches(|c| matches!(c, '[' | ']' | '*' | '`' | '(' | ')' | ':'));
    METHODS.into_iter().find(|m| m.eq_ignore_ascii_case(w))
}

/// The HTTP methods a sentence names in capitals (`accessed with a `GET` HTTP request`,
/// `Allowed methods are HEAD, GET and PUT`), each once, in order.
pub(super) fn capital_methods(text: &str) -> Vec<&'static str> {
    capitals(text, false)
}

/// The HTTP methods a sentence names in capitals, a verb made of one included (`sent as GET
/// arguments or encoded to JSON and POSTed`: GET and POST), each once, in order.
pub(super) fn capital_methods_or_verbs(text: &str) -> Vec<&'static str> {
    capitals(text, true)
}

fn capitals(text: &str, verbs: bool) -> Vec<&'static str> {
    let mut out = Vec::new();
    // (`HTTP GET/POST`: methods joined by `/` are each named; in Chinese, a method between
    // characters with no space, `基于HTTP协议GET方法访问`.)
    for w in text.split(|c: char| c.is_whitespace() || c == '/' || c == '|' || !c.is_ascii()) {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        let w = if verbs {
            w.strip_suffix("ed").unwrap_or(w)
        } else {
            w
        };
        if w.len() > 2
            && w.chars().all(|c| c.is_ascii_uppercase())
            && let Some(m) = method_word(w)
            && !out.contains(&m)
        {
            out.push(m);
        }
    }
    out
}

/// The one HTTP method a sentence names in capitals (`This ```PUT``` method creates …`);
/// none when it names none or several.
pub(super) fn one_method_named(text: &str) -> Option<&'static str> {
    match capital_methods(text).as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// A line without list marks, emphasis and code ticks, without a leading label
/// (`Endpoint:`, `Request:`, `URL:`), and without a line break written as HTML at its end
/// (`**GET /v1/items** <br />`: the break ends the line, it is no word of it).
pub(super) fn strip_line_marks(text: &str) -> String {
    let mut text = text.trim();
    while let Some(t) = ["<br>", "<br/>", "<br />"]
        .iter()
        .find_map(|b| text.strip_suffix(b))
    {
        text = t.trim_end();
    }
    let t = text
        .trim()
        .trim_start_matches(['*', '-', '•', '>', '$'])
        .trim()
        .replace('`', "");
    let t = t.trim().trim_end_matches([';', ',']).trim().to_string();
    // (`HTTP POST https://status.example.com/reporter/<probe_id>/`: the protocol's name
    // before the method.)
    let t = match t.strip_prefix("HTTP ") {
        Some(rest)
            if rest
                .split_whitespace()
                .next()
                .and_then(method_word)
                .is_some() =>
        {
            rest.trim().to_string()
        }
        _ => t,
    };
    for label in [
        "endpoint:",
        "request:",
        "url:",
        "route:",
        "http request:",
        "method:",
        "path:",
    ] {
        if t.len() > label.len()
            && t.is_char_boundary(label.len())
            && t[..label.len()].eq_ignore_ascii_case(label)
        {
            return t[label.len()..].trim().to_string();
        }
    }
    t
}

/// Emphasis marks set around a placeholder in brackets, braces or angle brackets
/// (`/x/*[ID]*/y.json`, `/x/**{id}**.csv`, as Markdown pages set a value to fill in) taken
/// off: `/x/[ID]/y.json`. Stars elsewhere (`/files/*`, `*.json`) stay.
fn unstarred_placeholders(target: &str) -> String {
    if !target.contains('*') {
        return target.to_string();
    }
    let mut out = String::with_capacity(target.len());
    let mut rest = target;
    while let Some(at) = rest.find('*') {
        let run = rest[at..].len() - rest[at..].trim_start_matches('*').len();
        let after = &rest[at + run..];
        let close = after.chars().next().and_then(|o| match o {
            '[' => Some(']'),
            '{' => Some('}'),
            '<' => Some('>'),
            _ => None,
        });
        let inner = close.and_then(|c| {
            let end = after.find(c)?;
            let marks = &after[end + 1..];
            (!after[1..end].is_empty()
                && !after[1..end].contains(['/', '*'])
                && marks.len() >= run
                && marks[..run].bytes().all(|b| b == b'*')
                && !marks[run..].starts_with('*'))
            .then_some(end + 1)
        });
        out.push_str(&rest[..at]);
        match inner {
            Some(len) => {
                out.push_str(&after[..len]);
                rest = &after[len + run..];
            }
            None => {
                out.push_str(&rest[at..at + run]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A route from a method and a target (`/path`, `https://host/path?x=1`, `{base}/path`).
pub fn target_route(method: &str, target: &str) -> Option<RouteText> {
    // `\{channelId\}`, `\<serial\>`: braces and brackets escaped for MDX, as written.
    let unescaped;
    let target = if target.contains('\\') {
        unescaped = target
            .replace("\\{", "{")
            .replace("\\}", "}")
            .replace("\\<", "<")
            .replace("\\>", ">");
        unescaped.as_str()
    } else {
        target
    };
    // (A path set in inline HTML keeps its placeholders' brackets escaped, as a Markdown
    // table's raw cell does: `<code><span>/api/</span>items/&lt;itemId&gt;</code>` is
    // `/api/items/<itemId>` once the tags are off and the entities read.)
    let target = entities_decoded(&strip_markup(target));
    // `/keys/#{key.id}`: a placeholder written as a string interpolation (Ruby,
    // CoffeeScript), as `${id}` is: `{key.id}`, no fragment after `/keys/`.
    let target = target.replace("#{", "{");
    let target = unstarred_placeholders(&target);
    // `/api/entries/{type?}`: a placeholder marked optional as Laravel's and ASP.NET's
    // route templates mark it; the name is the placeholder's.
    let target = target.replace("?}", "}");
    // `{user.id#DOCS_RESOURCES_USER/user-object}`: a link anchor inside a placeholder.
    // A `/` inside braces separates alternatives of one slot (`/accounts/{id/me}`).
    let mut cleaned = String::with_capacity(target.len());
    let balanced = target.matches('{').count() == target.matches('}').count();
    let (mut depth, mut skip) = (0u32, false);
    for c in target.chars() {
        match c {
            '{' => {
                depth += 1;
                cleaned.push(c);
            }
            // (`/things/{id}}`: a closing brace doubled where none is open, a typo for
            // the placeholder it closes again.)
            '}' if depth == 0 && cleaned.ends_with('}') => {}
            '}' => {
                depth = depth.saturating_sub(1);
                skip = false;
                cleaned.push(c);
            }
            '#' if depth > 0 => skip = true,
            _ if skip => {}
            // (`{id/me}`: one slot taking either, as `{id|me}` writes it.)
            '/' if depth > 0 && balanced => cleaned.push('|'),
            _ => cleaned.push(c),
        }
    }
    let mut target = cleaned.trim().trim_matches(['"', '\'', '`']);
    // `_/session/connect_`, `**/users**`: emphasis around the whole path, as a label's
    // value sets it (`Endpoint: _/session/connect_`), is no part of it.
    while let Some(inner) = ['_', '*'].iter().find_map(|m| {
        target
            .strip_prefix(*m)?
            .strip_suffix(*m)
            .filter(|t| t.starts_with(['/', '_', '*']))
    }) {
        target = inner;
    }
    // `<https://host/x>`: an autolink; `/x/<id>` keeps its placeholder, and so does
    // `<hosted-url>/api/packages/<package>`, placeholders at both ends.
    let target = match target.strip_prefix('<') {
        Some(inner)
            if inner.ends_with('>')
                && !inner.starts_with('/')
                && !inner.trim_end_matches('>').contains(['<', '>']) =>
        {
            inner.trim_end_matches('>')
        }
        _ => target,
    };
    // (`/item/path/...`: an ellipsis for the rest of the path, a value named by the segment
    // before it, `/item/path/{path}`.)
    let ellipsis;
    let target = match target
        .strip_suffix("/...")
        .or_else(|| target.strip_suffix("/…"))
    {
        Some(head)
            if head.rsplit('/').next().is_some_and(|w| {
                w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            }) =>
        {
            let name = head.rsplit('/').next().unwrap_or_default();
            ellipsis = format!("{head}/{{{name}}}");
            ellipsis.as_str()
        }
        _ => target,
    };
    // (A note mark after the path, `/api/items/{id}/getsite(※１)`, `…/getsite※1`,
    // `/x[^1]`, points to a note under the table: no part of it.)
    let target = note_mark_cut(target);
    // (A `)` closing the sentence is trimmed; one closing a `(name)` placeholder is not.)
    // (`/items:` before what it introduces: the colon is the sentence's.)
    let mut target = target.trim_end_matches(['.', ',', ';', ':']);
    while target.ends_with(')') && target.matches(')').count() > target.matches('(').count() {
        target = target[..target.len() - 1].trim_end_matches(['.', ',', ';', ':']);
    }
    let (server, rest) = split_server(target)?;
    // (`api.example.com//accounts/x`: a host joined to its path with one slash too many;
    // the path is `/accounts/x`.)
    let rest = match server {
        Some(_) if rest.starts_with("//") => {
            &rest[rest.len() - rest.trim_start_matches('/').len() - 1..]
        }
        _ => rest,
    };
    // (A `#` with more path after it is no fragment: `/plugins/link:#id[{id}]/x`, markup
    // left in a route, is no route.)
    if rest
        .split_once('#')
        .is_some_and(|(_, after)| after.contains('/') && !rest.contains('?'))
    {
        return None;
    }
    // (`/command/core/get-models?`: an empty query string is none.)
    let rest = rest.strip_suffix('?').unwrap_or(rest);
    // (An optional query string in brackets, `/rules/:name[?clean=true]`: no part of the
    // route, and no example's query either.)
    let mut optional_query = None;
    // (`/history{?path,withFiles,start,max}`: a URI template's query expansion, RFC
    // 6570, as API Blueprint writes it: the query parameters the route takes, no example's
    // query string.)
    let mut template_pairs: Vec<(String, String)> = Vec::new();
    let expansion;
    // (Also several expressions in a row, `{?kind}{?search}` or `{?kind}{&search}`: read
    // as the one `{?kind,search}`.)
    let expression = rest
        .find("{?")
        .map(|at| (at, rest[at..].replace("}{?", ",").replace("}{&", ",")));
    let rest = match expression {
        Some((at, merged))
            if merged
                .find('}')
                .is_some_and(|close| close + 1 == merged.len()) =>
        {
            let names = &merged[2..merged.len() - 1];
            // (`{?page%5bsize%5d,sort}`: a name percent-encoded is the name it encodes,
            // `page[size]`.)
            template_pairs = names
                .split(',')
                .map(|n| n.trim().trim_end_matches('*'))
                .map(|n| super::fields::percent_decoded(n).unwrap_or_else(|| n.to_string()))
                .filter(|n| {
                    !n.is_empty()
                        && n.chars().all(|c| {
                            c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']')
                        })
                        && n.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                })
                .map(|n| {
                    let value = format!("{{{n}}}");
                    (n, value)
                })
                .collect();
            expansion = rest[..at].to_string();
            expansion.as_str()
        }
        _ => rest,
    };
    // (Or in parentheses glued to the path, `/tasks/<id>(?phase=status)`, the same.)
    let bracketed = rest
        .find("[?")
        .filter(|_| rest.ends_with(']'))
        .or_else(|| rest.find("(?").filter(|_| rest.ends_with(')')));
    let rest = match bracketed {
        Some(at) => {
            optional_query = Some(format!(
                "the optional query string `{}` is left out of the route",
                &rest[at..]
            ));
            // (Its names are the route's optional query parameters: `[?admin]`,
            // `[?clean=true]`; also one group a name, `[?from=0][&size=10]`.)
            let groups = rest[at + 2..rest.len() - 1].replace("][", "");
            template_pairs.extend(groups.split('&').filter_map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                let k = k.trim();
                (!k.is_empty()
                    && k.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
                .then(|| (k.to_string(), v.trim().to_string()))
            }));
            &rest[..at]
        }
        _ => rest,
    };
    // (`/admin/blocked&site=site-id`: a query string opened with `&`, no `?` before it.)
    let amp_query = (!rest.contains('?'))
        .then(|| rest.find('&'))
        .flatten()
        .filter(|&at| rest[at + 1..].split('&').all(|kv| kv.contains('=')));
    let (path, query) = match rest.find(['?', '#']).or(amp_query) {
        Some(at) => (&rest[..at], !rest[at..].starts_with('#')),
        None => (rest, false),
    };
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    // (`/sessions/${sessionHandle}`: a template variable written as a shell's.)
    let path = path.replace("${", "{");
    let (path, note, named) = placeholders(&path)?;
    let note = note.or(optional_query);
    // `?debug=True&limit=10`: names that are identifiers, each with its value.
    let pairs = rest
        .split_once('?')
        .or_else(|| amp_query.map(|at| (&rest[..at], &rest[at + 1..])))
        .map(|(_, q)| q.split('#').next().unwrap_or(""))
        .unwrap_or("")
        .split('&')
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            let ident = !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'));
            ident.then(|| (k.to_string(), v.to_string()))
        })
        .chain(template_pairs)
        .collect();
    Some(RouteText {
        method: method.to_string(),
        path,
        server,
        query,
        pairs,
        note,
        named,
    })
}

/// Where the path starts after a host name written without its scheme
/// (`api.tumblr.com/v2/x`, `www.example.org:8080/x`): a dotted name whose last label is a
/// top-level domain (letters, not a file's extension), then `/`.
pub(super) fn schemeless_host(target: &str) -> Option<usize> {
    let at = target.find('/')?;
    let head = &target[..at];
    let host = head.split_once(':').map_or(head, |(h, _)| h);
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    // (A label may be a placeholder for the customer's own name, `<org-url>.ci.dev/api/x`
    // or `{tenant}.ci.dev/api/x`: the host is still the server, not a path segment.)
    let word = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let placeholder = |l: &str| {
        l.strip_prefix('<')
            .and_then(|r| r.strip_suffix('>'))
            .or_else(|| l.strip_prefix('{').and_then(|r| r.strip_suffix('}')))
            .is_some_and(|n| word(&n.replace('_', "-")))
    };
    (labels.len() >= 2
        && labels[..labels.len() - 1]
            .iter()
            .all(|l| word(l) || placeholder(l))
        && labels.iter().filter(|l| word(l)).count() >= 2
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && !FILE_EXTENSIONS.contains(&tld))
    .then_some(at)
}

/// The extensions that make a dotted first segment a file (`apirest.php/initSession`,
/// `index.html/x`), not a host (none is a top-level domain).
const FILE_EXTENSIONS: &[&str] = &[
    "json", "xml", "html", "htm", "yaml", "yml", "txt", "csv", "php", "js", "cgi", "asp", "aspx",
    "jsp",
];

/// Splits `https://host[:port]/path` into the server and the path; a relative target
/// (`/x`) has no server; `{base_url}/x` and `$HOST/x` drop the variable.
fn split_server(target: &str) -> Option<(Option<String>, &str)> {
    // (`GET ./records?timerange=…`: a path relative to the base URL, written as a file's
    // would be.)
    if let Some(rest) = target.strip_prefix("./")
        && rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
    {
        return Some((None, &target[1..]));
    }
    // (`/{baseURI}/mgmt/pd`: a base written after a slash, its name saying it is a base
    // address or a host, is a server all the same.)
    if let Some(rest) = target.strip_prefix('/')
        && rest.starts_with(['{', '<'])
        && let Some(at) = rest.find('/')
        && rest[..at].ends_with(['}', '>'])
        && base_word(&rest[..at])
    {
        return Some((None, &rest[at..]));
    }
    if target.starts_with('/') {
        return Some((None, target));
    }
    // (`http(s)://host/x`: either scheme; the server is taken as `https://`.)
    for scheme in ["https://", "http://", "http(s)://"] {
        if target.len() > scheme.len()
            && target.is_char_boundary(scheme.len())
            && target[..scheme.len()].eq_ignore_ascii_case(scheme)
        {
            let after = &target[scheme.len()..];
            let (host, path) = match after.find('/') {
                Some(at) => (&after[..at], &after[at..]),
                None => (after, "/"),
            };
            // (`https://<accountSid>:<authToken>@cloud.example.com/x`: the credentials
            // before `@` are no part of the server.)
            let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
            if host.is_empty() || host.contains(['{', '<', '$', '[']) {
                return Some((None, path));
            }
            let scheme = if scheme == "http(s)://" {
                "https://"
            } else {
                scheme
            };
            return Some((Some(format!("{scheme}{host}")), path));
        }
    }
    // `SITE_ROOT/api/x`, `BASE_URL/x`: a server variable written in capitals.
    if let Some(rest) = server_variable(target) {
        return Some((None, rest));
    }
    // `api.tumblr.com/v2/blog/{id}/info`: a host name without its scheme.
    if let Some(at) = schemeless_host(target) {
        // (A host holding a placeholder is no server a client can call, as with a scheme.)
        if target[..at].contains(['{', '<']) {
            return Some((None, &target[at..]));
        }
        return Some((Some(format!("https://{}", &target[..at])), &target[at..]));
    }
    // `{base_url}/x`, `$BASE/x`, `<host>/x`: a server; `{path}/config`, `{repo}` (a
    // placeholder no server word names, `The placeholder {path} … is a path to the
    // repository`): the path's first segment.
    if target.starts_with(['{', '$', '<']) {
        let at = target.find(['/', '?']).unwrap_or(target.len());
        let head = &target[..at];
        if head.starts_with('$') || (head.ends_with(['}', '>']) && server_word(head)) {
            return target[at..].starts_with('/').then(|| (None, &target[at..]));
        }
        // (`{endpoint}sms/senders/{id}`: a server placeholder holding the `/` itself, glued
        // to the path's first segment; the caller gives the path its leading `/`.)
        if let Some(close) = server_placeholder_end(target)
            && close < at
        {
            return Some((None, &target[close..]));
        }
        if head.ends_with(['}', '>']) && !head[1..].contains(['{', '<']) {
            return Some((None, target));
        }
        // `<ip-address-or-domain-name>:8091/x`: a host placeholder with its port.
        if let Some((host, port)) = head.rsplit_once(':')
            && host.ends_with(['}', '>'])
            && !port.is_empty()
            && port.chars().all(|c| c.is_ascii_digit())
        {
            return target[at..].starts_with('/').then(|| (None, &target[at..]));
        }
        return None;
    }
    // `main.realtime.ably.net/channels/x`: a host without its scheme; the path is the
    // route (the scheme is not written, so no server is taken from it).
    if let Some(at) = target.find('/')
        && host_name(&target[..at])
    {
        return Some((None, &target[at..]));
    }
    // `api/friendica/events`: a path relative to the server, as some pages print it; the
    // caller gives it its leading `/`.
    // (`_snapshot/{repository}`: a first segment may open with `_`.)
    let relative = target.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        && target.contains('/')
        && !target.contains("://");
    relative.then_some((None, target))
}

/// `target` without a note mark at its end: `(※１)`, `※1`, `(*1)`, `[^1]` (digits, full
/// width or not).
fn note_mark_cut(target: &str) -> &str {
    let digits = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    for (open, close) in [
        ("(※", ")"),
        ("（※", "）"),
        ("(*", ")"),
        ("[^", "]"),
        ("※", ""),
    ] {
        if let Some(at) = target.rfind(open)
            && at > 0
            && let Some(inner) = target[at + open.len()..].strip_suffix(close)
            && digits(inner)
        {
            return target[..at].trim_end();
        }
    }
    target
}

/// A value written as a placeholder (`<value>`, `&lt;value&gt;`, `{n}`), not an example.
pub(super) fn placeholder_value(value: &str) -> bool {
    (value.starts_with('<') && value.ends_with('>'))
        || (value.starts_with("&lt;") && value.ends_with("&gt;"))
        || (value.starts_with('{') && value.ends_with('}'))
}

/// A placeholder that names a server (`{base_url}`, `<host>`, `{API_ROOT}`, `{origin}`).
fn server_word(placeholder: &str) -> bool {
    let n = placeholder
        .trim_matches(['{', '}', '<', '>'])
        .to_ascii_lowercase();
    [
        "url", "host", "server", "domain", "base", "root", "origin", "endpoint", "uri", "api",
    ]
    .iter()
    .any(|w| n.contains(w))
}

/// Where a server placeholder opening `target` ends (`{endpoint}sms/x`, `<host>/x`,
/// `{base_url}/x`: the index after its closing bracket), when a path follows it: the
/// placeholder's name says it is a server (see [`server_word`]), and a segment or a `/`
/// comes right after it.
pub(super) fn server_placeholder_end(target: &str) -> Option<usize> {
    let close = match target.chars().next()? {
        '{' => target.find('}')?,
        '<' => target.find('>')?,
        _ => return None,
    };
    let name = &target[..=close];
    let rest = &target[close + 1..];
    (!name[1..].contains(['{', '<'])
        && server_word(name)
        && rest.starts_with(|c: char| c == '/' || c.is_ascii_alphanumeric()))
    .then_some(close + 1)
}

/// A placeholder naming a base address or a host outright (`{baseURI}`, `{base_url}`,
/// `<host>`, `{server}`): narrower than [`server_word`], for a placeholder that opens a
/// path after its slash, where `{api}` or `{root}` may be a segment of the path.
fn base_word(placeholder: &str) -> bool {
    let n: String = placeholder
        .trim_matches(['{', '}', '<', '>'])
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        n.as_str(),
        "baseuri"
            | "baseurl"
            | "basepath"
            | "host"
            | "hostname"
            | "server"
            | "serverurl"
            | "domain"
            | "origin"
    )
}

/// A host name (`rest.ably.io`, `api.example.com:8443`): dot-separated labels of letters,
/// digits and `-`, the last one letters only (a top-level domain), an optional port.
fn host_name(s: &str) -> bool {
    let host = s.split_once(':').map_or(s, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) && !port.is_empty() {
            h
        } else {
            ""
        }
    });
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|t| {
            t.len() >= 2
                && t.chars().all(|c| c.is_ascii_alphabetic())
                && !FILE_EXTENSIONS.contains(&t.to_ascii_lowercase().as_str())
        })
}

/// The placeholder a number stands for after a word segment (`chats` / `2` → `chat_id`,
/// `lines` / `3.json` → `line_id`): a segment of digits (and an extension), after a segment
/// of letters that is a plural noun.
/// A random token counts as such a number (`share-links` / `dd4c8f4445f44ae48728` →
/// `share_link_id`): 16 or more hexadecimal digits, letters and digits mixed.
fn numbered_id(prev: &str, seg: &str) -> Option<String> {
    let (digits, ext) = seg.split_once('.').unwrap_or((seg, ""));
    let numeric =
        !digits.is_empty() && digits.len() <= 20 && digits.chars().all(|c| c.is_ascii_digit());
    let token = digits.len() >= 16
        && digits.len() <= 64
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
        && digits.chars().any(|c| c.is_ascii_digit())
        && digits.chars().any(|c| c.is_ascii_alphabetic())
        || uuid(digits)
        || random_id(digits);
    let letters = prev.len() > 2
        && prev
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_' || c == '-');
    // (A number after a plural noun; a token, a value wherever it stands, after any word:
    // `/feed/00157a17b192950b65be3791`.)
    let word = letters && (prev.ends_with('s') || token);
    let ext_ok = ext.chars().all(|c| c.is_ascii_alphanumeric());
    // (Numbers joined by commas, `/item/6,12,13`: a list of the collection's ids, whatever
    // the noun's number.)
    let list = digits.split(',').count() >= 2
        && digits
            .split(',')
            .all(|d| !d.is_empty() && d.len() <= 20 && d.chars().all(|c| c.is_ascii_digit()));
    if list && letters && ext_ok {
        let one = crate::normalise::infer::singular(&prev.replace('-', "_"));
        return Some(format!("{one}_ids"));
    }
    // (A token after a segment of another shape, `/json/propertiesGeneral/fae6e49a…`: a
    // value still, named `id`.)
    if token && !word && ext_ok && !prev.is_empty() && !prev.contains(['{', '.']) {
        return Some("id".to_string());
    }
    ((numeric || token) && word && ext_ok).then(|| {
        format!(
            "{}_id",
            crate::normalise::infer::singular(&prev.replace('-', "_"))
        )
    })
}

/// A random id of letters in both cases and digits (`YRgy7Ku6uLFv2pYwZ`, a Meteor id;
/// 12 to 64 characters): words in camel case have no digits mixed in.
fn random_id(s: &str) -> bool {
    (12..=64).contains(&s.len())
        && s.chars().all(|c| c.is_ascii_alphanumeric())
        && s.chars().any(|c| c.is_ascii_uppercase())
        && s.chars().any(|c| c.is_ascii_lowercase())
        && s.chars().filter(char::is_ascii_digit).count() >= 2
}

/// A UUID (`3294a976-ce63-491e-bd52-1b6f465ed7a2`): five groups of hexadecimal digits.
fn uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The placeholder a percent-encoded value stands for after a collection
/// (`/mailRepositories/file%3A%2F%2Fvar%2Fmail`: `{mailRepository}`), a value no route
/// holds literally.
fn encoded_value(prev: &str, seg: &str) -> Option<String> {
    let b = seg.as_bytes();
    let encoded = (0..b.len().saturating_sub(2))
        .any(|i| b[i] == b'%' && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit());
    let one = crate::normalise::infer::singular(prev);
    (encoded && prev.len() >= 4 && prev.chars().all(|c| c.is_ascii_alphabetic()) && one != prev)
        .then_some(one)
}

/// A templated server written as a capitalised variable before a relative path
/// (`SITE_ROOT/api/v3/checks/`, `BASE_URL/v1/x`, `HOST/x`): the path from its `/`. The
/// variable has no leading `/` and is the first segment, so `/chats/ROOM_ID` (a
/// placeholder) and `api/v1` (a relative path) are not servers.
fn server_variable(target: &str) -> Option<&str> {
    let at = target.find('/')?;
    let head = &target[..at];
    let variable = capital_word(head) && target.len() > at + 1;
    variable.then_some(&target[at..])
}

/// Rewrites `:id`, `<id>`, `{channel.id}` as `{name}` with a valid name; drops an optional
/// `[/…]` segment; `None` when a character no path has is left (prose, not a route).
fn placeholders(path: &str) -> Option<(String, Option<String>, Vec<String>)> {
    let mut note = None;
    let mut named = Vec::new();
    let mut path = path.to_string();
    // (`/api/v1/gems/[GEM NAME].(json|yaml)`: the formats it answers in, as alternatives
    // of an extension, no part of the route.)
    if let Some(open) = path.rfind(".(")
        && path.ends_with(')')
        && path[open + 2..path.len() - 1].contains('|')
        && path[open + 2..path.len() - 1]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '|')
    {
        note = Some(format!(
            "the format alternatives `{}` are left out of the route",
            &path[open..]
        ));
        path.truncate(open);
    }
    // (Or an optional suffix, `/instance[.format]`: a file extension the call may add.)
    if let Some(open) = path
        .find("[/")
        .or_else(|| path.rfind("[.").filter(|&o| !path[o..].contains('/')))
        && path.ends_with(']')
    {
        note = Some(format!(
            "the optional segment `{}` is left out of the route",
            &path[open..]
        ));
        path.truncate(open);
    }
    // (… or one before more of the path, nested too: `v2/shm[/region/{R}]/status`,
    // `v2/models[/{M}[/versions/{V}]]/stats`, `v2[/models/{M}]/trace`: the route without
    // it, its shortest form, is the one every call can make.)
    while let Some(open) = path.find("[/") {
        let mut depth = 0;
        let Some(close) = path[open..].char_indices().find_map(|(k, c)| {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(open + k)
        }) else {
            break;
        };
        note = Some(format!(
            "the optional segment `{}` is left out of the route",
            &path[open..=close]
        ));
        path.replace_range(open..=close, "");
    }
    let mut out = String::new();
    let segs: Vec<&str> = path.split('/').collect();
    let braced = segs
        .iter()
        .any(|s| s.starts_with('{') && !s.starts_with("{{") && s.ends_with('}'));
    for (i, seg) in segs.iter().copied().enumerate() {
        if i > 0 {
            out.push('/');
        }
        // (`/buckets/BUCKET/counters/KEY`: a word in capitals after a collection in lower
        // case stands for one of its members.)
        // (Letters only: `CSP0000003` is a value.)
        // (… and names a member: the collection's singular, or a name or an id —
        // `/buckets/BUCKET`, `/users/USER_ID`; `/graphspaces/DEFAULT` is a value.)
        let capital_name = capital_word(seg) && !seg.contains(|c: char| c.is_ascii_digit());
        let member = |prev: &str| {
            let lower = seg.to_ascii_lowercase().replace(['_', '-'], "");
            let one = crate::normalise::infer::singular(prev);
            lower.starts_with(&one) || ["id", "name", "key"].iter().any(|w| lower.ends_with(w))
        };
        if upper_placeholder(seg)
            || (i >= 2 && capital_name && collection(segs[i - 1]) && member(segs[i - 1]))
        {
            out.push_str(&format!("{{{seg}}}"));
            continue;
        }
        // (`/municipios/CODIGO_MUNICIPIO/itens_lista_servico/CODIGO`: a word in capitals,
        // letters only, in a path written otherwise in lower case and holding another
        // placeholder in capitals, stands for a value too; a file extension after it
        // stays. After a plural alone it may be a value, `/graphspaces/DEFAULT`,
        // `/blockchains/ETH`, `/lists/PINS`.)
        let (stem, ext) = seg
            .split_once('.')
            .filter(|(_, e)| !e.is_empty() && e.chars().all(|c| c.is_ascii_lowercase()))
            .unwrap_or((seg, ""));
        let lower_elsewhere = segs.iter().enumerate().all(|(k, s)| {
            k == i || upper_placeholder(s) || !s.contains(|c: char| c.is_ascii_uppercase())
        });
        let other_capital = segs
            .iter()
            .enumerate()
            .any(|(k, s)| k != i && upper_placeholder(s));
        if i >= 2
            && capital_word(stem)
            && stem.chars().all(|c| c.is_ascii_uppercase())
            && lower_elsewhere
            && other_capital
        {
            out.push_str(&format!("{{{stem}}}"));
            if !ext.is_empty() {
                out.push('.');
                out.push_str(ext);
            }
            continue;
        }
        // `/chats/2/lines/3.json`, a route printed with example ids: a number after a word
        // segment stands for that word's id (`{chat_id}`, `{line_id}.json`).
        if i >= 2
            && let Some(name) = numbered_id(segs[i - 1], seg)
        {
            let ext = seg.split_once('.').map_or("", |(_, e)| e);
            out.push_str(&format!("{{{name}}}"));
            named.push(name.clone());
            if !ext.is_empty() {
                out.push('.');
                out.push_str(ext);
            }
            continue;
        }
        // `/irc/$domain/user/$user_id`: a shell variable's name stands for its value.
        // (Not in a route whose placeholders are written otherwise: `$meta` in
        // `/b/:bucket_name/:entry_name/$meta` is a literal name; but one a placeholder
        // follows stands for a value in any route, `/$mode/:id:/:name:`, as no fixed name
        // goes before a member's id.)
        let other_notation = segs
            .iter()
            .any(|s| s.starts_with([':', '{', '<']) || s.contains("{"));
        let before_placeholder = segs
            .get(i + 1)
            .is_some_and(|n| n.starts_with([':', '{', '<']));
        if let Some(name) = seg.strip_prefix('$')
            && (!other_notation || before_placeholder)
            && !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        {
            out.push_str(&format!("{{{name}}}"));
            continue;
        }
        // `/.groups/groupname`, `/users/user_id`, `/.tokens/token`: a segment naming one of
        // the collection before it (its singular, alone or with `name`/`id`) stands for it.
        // (Not one a version follows, `/services/serviceListing/v1/servicePids`: the name
        // of a versioned service, fixed.)
        // (Nor one a placeholder follows, `/users/user/<user_pk>/`: the placeholder is
        // the member's value, the word a literal part of the path; nor one a value
        // follows, `/tags/tag/10-most-popular/`, a slug opening with a digit.)
        let versioned = segs.get(i + 1).is_some_and(|n| {
            n.strip_prefix('v')
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
                || n.starts_with(['<', '{', ':'])
                || n.starts_with(|c: char| c.is_ascii_digit())
        });
        if i >= 2 && !versioned && named_member(segs[i - 1], seg) {
            out.push_str(&format!("{{{seg}}}"));
            named.push(seg.to_string());
            continue;
        }
        // `/hosts/_:pubkey_`, `/files/_*siapath_`, `/files/*_siapath_`: a placeholder printed
        // in Markdown emphasis (what a heading's `___:pubkey___` keeps of it) names its value.
        if let Some(name) = emphasised_placeholder(seg) {
            out.push_str(&format!("{{{name}}}"));
            continue;
        }
        if i >= 2
            && let Some(name) =
                address_placeholder(segs[i - 1], seg).or_else(|| encoded_value(segs[i - 1], seg))
        {
            out.push_str(&format!("{{{name}}}"));
            named.push(name);
            continue;
        }
        // (`/v1/kv/{key}/:ttl`, `/v1/kv/{keys}/:bulk`: in a route that writes its
        // placeholders in braces, a segment opening with a colon is a literal action name,
        // as Google's `:verb` custom methods are, not a placeholder of another notation.)
        if braced
            && let Some(word) = seg.strip_prefix(':')
            && !word.is_empty()
            && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            out.push_str(seg);
            continue;
        }
        segment_placeholders(seg, &mut out)?;
    }
    Some((out, note, named))
}

/// The segments of a route that may print a member's value where its placeholder stands
/// (`/v2/auth/users/alice`): a lower-case word after a collection (`users`), each with its
/// index and the collection's singular (`user`), the placeholder it would be.
pub(super) fn member_slots(path: &str) -> Vec<(usize, String)> {
    let segs: Vec<&str> = path.split('/').collect();
    (2..segs.len())
        .filter_map(|i| {
            let seg = segs[i];
            let word = seg.len() >= 2
                && seg.starts_with(|c: char| c.is_ascii_lowercase())
                && seg
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
            let one = crate::normalise::infer::singular(segs[i - 1]);
            (word && collection(segs[i - 1]) && one != seg).then_some((i, one))
        })
        .collect()
}

/// A segment naming a collection: a plural noun in lower case (`buckets`, `counters`).
fn collection(seg: &str) -> bool {
    let seg = seg.trim_start_matches('.');
    seg.len() >= 4
        && seg.chars().all(|c| c.is_ascii_lowercase())
        && crate::normalise::infer::singular(seg) != seg
}

/// Whether `seg` names a member of the collection `prev` (`groups` / `groupname`, `users` /
/// `user_id`, `tokens` / `token`): the collection's singular, alone or followed by `name`
/// or `id` (joined, or after `_`/`-`), in lower case; or, in camel case, the singular
/// followed by more words (`domains` / `domainToBeCreated`, `users` / `usernameToBeUsed`,
/// `mailQueues` / `mailQueueName`, `mails` / `mailKey`), as pages print a route with a
/// word for the value.
fn named_member(prev: &str, seg: &str) -> bool {
    let prev = prev.trim_start_matches('.');
    let camel_collection = prev.len() >= 4
        && prev.ends_with('s')
        && prev.starts_with(|c: char| c.is_ascii_lowercase())
        && prev.chars().all(|c| c.is_ascii_alphabetic());
    if !camel_collection {
        return false;
    }
    let lower = seg
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == '_' || c == '-');
    let camel = seg.chars().all(|c| c.is_ascii_alphanumeric())
        && seg.chars().any(|c| c.is_ascii_uppercase());
    // (`mailboxes` / `mailbox…`: a plural in `-es` too.)
    let mut ones = vec![crate::normalise::infer::singular(prev)];
    if let Some(stem) = prev.strip_suffix("es") {
        ones.push(stem.to_string());
    }
    ones.iter().filter(|one| one.as_str() != prev).any(|one| {
        let Some(rest) = seg.strip_prefix(one.as_str()) else {
            return false;
        };
        if lower && collection(prev) {
            return matches!(rest.trim_start_matches(['_', '-']), "" | "name" | "id");
        }
        // (The next word starts with a capital: `ToBeCreated`, `Name`, `Key`; or is
        // `name`/`id` run on before one: `nameToBeUsed`.)
        let tail = rest
            .strip_prefix("name")
            .or_else(|| rest.strip_prefix("id"))
            .unwrap_or(rest);
        camel && tail.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

/// The name of a placeholder segment wrapped in emphasis marks (`_:pubkey_`, `_*siapath_`,
/// `*_siapath_`, `*id*`): `_`/`*` on both sides of a name, with `:` or `*` (a value that may
/// hold slashes) before it; `None` for a bare `*` or a segment with marks on one side only
/// (`_search`, `*.json`).
fn emphasised_placeholder(seg: &str) -> Option<String> {
    let marks = ['_', '*'];
    if seg.len() < 3 || !seg.starts_with(marks) || !seg.ends_with(marks) {
        return None;
    }
    let core = seg.trim_matches(marks);
    let name = core.strip_prefix([':', '*']).unwrap_or(core);
    let name = name.trim_matches(marks);
    // (`/participants/_{Type}_/_{ID}_`: a braced placeholder in emphasis, as a page
    // converted from a word processor prints it.)
    let name = name
        .strip_prefix('{')
        .and_then(|n| n.strip_suffix('}'))
        .unwrap_or(name);
    let ident = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    ident.then(|| name.to_string())
}

/// The placeholder an e-mail address in a path stands for (`/groups/group@domain.com/
/// member@domain.com`: `{group}`, `{member}`): the collection's singular before it, else
/// the address's local part when it is a word. A route holds no literal address.
fn address_placeholder(prev: &str, seg: &str) -> Option<String> {
    let (local, domain) = seg.split_once('@')?;
    let word = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
    };
    if !word(local) || !word(domain) || !domain.contains('.') {
        return None;
    }
    if collection(prev) {
        return Some(crate::normalise::infer::singular(prev));
    }
    (local.chars().all(|c| c.is_ascii_alphabetic())).then(|| local.to_ascii_lowercase())
}

/// One path segment with its placeholders (`:id`, `{id}`, `<id>`, `[verb]`, several joined
/// by dots as `:id.:token`, closed by a colon as `:id:`) rewritten as `{name}`, pushed
/// onto `out`; a colon after a
/// placeholder or inside a literal (`{id}:verb`, `x:batch`) stays literal. `None` when a character no path has is left.
fn segment_placeholders(seg: &str, out: &mut String) -> Option<()> {
    let mut rest = seg;
    // (Parentheses of the literal text around placeholders balance over the segment:
    // `tile({x},{y},{zoom}).mvt`, a file name whose arguments are placeholders.)
    let mut outside = String::new();
    let mut depth = 0u32;
    for c in seg.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let parens_balance = outside.matches('(').count() == outside.matches(')').count();
    // `{id}:verb` (a custom method after a placeholder): the colon is literal.
    let mut after_placeholder = false;
    while !rest.is_empty() {
        if after_placeholder && let Some(r) = rest.strip_prefix(':') {
            let end = r.find(['{', '<', '[']).unwrap_or(r.len());
            if !r[..end].chars().all(path_char) {
                return None;
            }
            out.push(':');
            out.push_str(&r[..end]);
            rest = &r[end..];
            after_placeholder = false;
            continue;
        }
        let (name, after) = if let Some(r) = rest.strip_prefix(':') {
            // (`:key-id`, a name with a hyphen, as far as the segment goes.)
            let word = |c: char| c.is_alphanumeric() || c == '_';
            let run = r.find(|c: char| !(word(c) || c == '-')).unwrap_or(r.len());
            let end = if run == r.len() {
                r.trim_end_matches('-').len()
            } else {
                r.find(|c: char| !word(c)).unwrap_or(r.len())
            };
            // (`:uploadid:`, a whole segment closed by a colon too: the colon ends the
            // placeholder, `{uploadid}`.)
            let after = &r[end..];
            (&r[..end], if after == ":" { "" } else { after })
        } else if let Some(r) = rest.strip_prefix("{{")
            && let Some(end) = r.find("}}")
        {
            // `{{version}}/campaigns`: a placeholder in doubled braces (a template
            // variable, as Postman, Mustache or an escaped format string write it) is one.
            (&r[..end], &r[end + 2..])
        } else if let Some(r) = rest.strip_prefix('{') {
            let end = r.find('}')?;
            (&r[..end], &r[end + 1..])
        } else if let Some(r) = rest.strip_prefix('<') {
            let end = r.find('>')?;
            (&r[..end], &r[end + 1..])
        } else if let Some(r) = rest.strip_prefix('«') {
            // (`/feeds/get/«feed-name»`: a placeholder in guillemets.)
            let end = r.find('»')?;
            (&r[..end], &r[end + '»'.len_utf8()..])
        } else if let Some(r) = rest.strip_prefix('(')
            && let Some(end) = r.find(')')
            && r[end + 1..].is_empty()
            && out.ends_with('/')
        {
            // `/group/(id_or_name)`: a whole segment in parentheses (as Sphinx's
            // httpdomain writes placeholders) names its value; a converter before the name
            // (`(int:user_id)`, `(string:name)`) is its type, no part of the name.
            let inner = &r[..end];
            let inner = match inner.split_once(':') {
                Some((conv, name))
                    if !conv.is_empty()
                        && conv.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                        && !name.trim().is_empty() =>
                {
                    name.trim()
                }
                _ => inner,
            };
            (inner, "")
        } else if let Some(r) = rest.strip_prefix('[') {
            // `[verb]`: a segment in brackets (`[/…]`, optional, is left out above).
            let end = r.find(']')?;
            (&r[..end], &r[end + 1..])
        } else {
            let end = rest.find([':', '{', '<', '[', '«']).unwrap_or(rest.len());
            let lit = &rest[..end];
            let balanced = lit.matches('(').count() == lit.matches(')').count()
                || (parens_balance && seg.contains('{'));
            if !lit.chars().all(path_char) || !balanced {
                return None;
            }
            // (`:ID.:Token`: placeholders joined by a dot or a dash in one segment, each
            // opened by its own colon: `{ID}.{Token}`.)
            if after_placeholder
                && !lit.is_empty()
                && lit.chars().all(|c| matches!(c, '.' | '-'))
                && rest[end..]
                    .strip_prefix(':')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_alphabetic()))
            {
                out.push_str(lit);
                rest = &rest[end..];
                after_placeholder = false;
                continue;
            }
            // A `:` inside a literal (`/v1/x:batch`) stays literal.
            if end < rest.len() && rest[end..].starts_with(':') && end > 0 {
                out.push_str(&rest[..=end]);
                rest = &rest[end + 1..];
                continue;
            }
            out.push_str(lit);
            rest = &rest[end..];
            continue;
        };
        // `{invite.code#DOCS_…/invite-object}`: a link anchor after the name.
        let name = name.split('#').next().unwrap_or(name);
        if name.is_empty() {
            return None;
        }
        let valid = param_ident(name);
        if valid.is_empty() {
            return None;
        }
        out.push('{');
        out.push_str(&valid);
        out.push('}');
        rest = after;
        after_placeholder = true;
    }
    Some(())
}

/// A bare upper-case placeholder segment (`ROOM_ID`, `MESSAGEID`, `ID` itself as in
/// `/notes/ID/edit`): capitals, digits and `_`, starting with a capital, with an underscore
/// or ending in `ID`; `v1`, `users`, `API` stay literal.
pub(super) fn upper_placeholder(seg: &str) -> bool {
    seg == "ID"
        || capital_word(seg) && !seg.ends_with('_') && (seg.contains('_') || seg.ends_with("ID"))
}

/// A word in capitals of three or more characters (`SITE_ROOT`, `ENDPOINT`, `ROOM_ID`):
/// capitals, digits and `_`, starting with a capital.
pub(super) fn capital_word(s: &str) -> bool {
    s.len() >= 3
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Characters a path template's literal part may hold.
fn path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=@%".contains(c)
}

/// A placeholder or parameter name as a valid `{name}`: `channel.id` → `channel_id`,
/// `user-id` → `user_id`.
pub(super) fn param_ident(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// Whether `path` (concrete or a template) is an instance of `template`: the same
/// segments, a placeholder on either side matching any one segment; `path` may carry a
/// base path before them (`/v1/mapping/NT2` is an instance of `/mapping/{id}`).
pub(super) fn instance_of(path: &str, template: &str) -> bool {
    // (Segments without the leading `/`, so that a base path before the instance's is
    // skipped: `/v1/x/7` is an instance of `/x/{id}`.)
    let a: Vec<&str> = path.trim_matches('/').split('/').collect();
    let b: Vec<&str> = template.trim_matches('/').split('/').collect();
    // (No base path before a template that opens with a placeholder: `/s/{id}/download`
    // is no instance of `/{note}/download`, its own route beside it.)
    // (A base path is literal: `/types/{type}/buckets/{bucket}/props` is a route of its own
    // beside `/buckets/{bucket}/props`, not an instance of it.)
    a.len() >= b.len()
        && b.first().is_some_and(|s| !s.is_empty())
        && (a.len() == b.len() || !b[0].starts_with('{'))
        && !a[..a.len() - b.len()].iter().any(|s| s.contains('{'))
        && a[a.len() - b.len()..]
            .iter()
            .zip(&b)
            .all(|(x, y)| x == y || y.starts_with('{') || fills_segment(x, y))
}

/// Whether the segment `x` fills the placeholders of a template segment `y` that sets them
/// inside literal text (`tile(1310,3166,13).mvt` for `tile({x},{y},{zoom}).mvt`): the
/// literal pieces in order, each placeholder standing for at least one character.
fn fills_segment(x: &str, y: &str) -> bool {
    if !y.contains('{') || x.contains('{') {
        return false;
    }
    let mut pieces: Vec<&str> = Vec::new();
    let mut rest = y;
    while let Some(open) = rest.find('{') {
        pieces.push(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            return false;
        };
        rest = &rest[open + close + 1..];
    }
    pieces.push(rest);
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    let Some(mut x) = x.strip_prefix(first) else {
        return false;
    };
    let Some(body) = x.strip_suffix(last) else {
        return false;
    };
    x = body;
    for piece in &pieces[1..pieces.len() - 1] {
        // (A placeholder before the piece fills one character at least.)
        match x.get(1..).and_then(|r| r.find(piece)) {
            Some(at) => x = &x[1 + at + piece.len()..],
            None => return false,
        }
    }
    !x.is_empty()
}

/// The path with placeholder names left out, for comparing routes.
pub(super) fn shape(path: &str) -> String {
    path.trim_end_matches('/')
        .split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|r| r.split_once('}')) {
                // (A placeholder's file extension is the route's: `{CHAVE}.json` and
                // `{CHAVE}.xml` are two.)
                Some((_, ext)) => format!("{{}}{ext}"),
                None => s.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}
