//! Responses by status: status labels, lines, tables and prose, their reasons, and the
//! answers of one operation.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{
    Answer, Example, ExampleOf, Operation, Response, SampleKind, Status, TypeRef, Unknown,
};

use super::labels::status_label;
use super::panels::panel_chrome;
use super::routes::route_line;
use super::samples::{media_type_text, sample_kind, sample_tabs_label};
use super::{METHODS, Reader};
use crate::read::blocks::{Block, Kind, Table};
use crate::read::json::Node;

/// The status of a samples panel's tabs: `200`, or the first of a capture's run
/// (`200400401`).
pub(super) fn tab_status(text: &str) -> Option<u16> {
    let t = text.trim();
    if t.len() > 3 && t.len().is_multiple_of(3) && t.chars().all(|c| c.is_ascii_digit()) {
        return bare_status(&t[..3]);
    }
    bare_status(t)
}

/// A status alone on its line (`400`, `**201**`).
pub(super) fn bare_status(text: &str) -> Option<u16> {
    let t = text.trim().trim_matches('*').trim();
    (t.len() == 3 && t.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
        .filter(|s| (100..600).contains(s))
}

/// A line that can be a status's reason: one line of words, not a label of the
/// panel (a route, a status, a media type, samples, `Content type`).
pub(super) fn reason_line(b: &Block) -> bool {
    let t = b.text.trim();
    (b.kind == Kind::Paragraph || b.level() == Some(0))
        && !t.is_empty()
        && !t.contains('\n')
        && t.split_whitespace().count() <= 40
        && !t.starts_with(['{', '['])
        && !t.ends_with(':')
        && route_line(t).is_none()
        && status_label(t).is_none()
        && !media_type_text(t)
        && !sample_tabs_label(t)
        && !panel_chrome(t)
}

/// The status of an answer shown under no status (see [`Profile::schema_samples`]), while
/// it is read; [`unnumbered_answers`] makes it unknown.
pub(super) const UNNUMBERED: u16 = 0;

/// The status of a success the doc shows (a sample under `Response`) without a number: read
/// as it is, then settled by [`unstated_successes`] — the page says it succeeds, not with
/// which code.
pub(super) const UNSTATED_SUCCESS: u16 = 1;

/// Answers listed with no sample, when samples show every schema: their bodies unknown
/// (`response body of 400, 500`), save those that have none (204, 304).
pub(super) fn unshown_answers(op: &mut Operation) {
    let unshown: Vec<u16> = op
        .responses
        .iter()
        .filter(|r| r.ty.is_none())
        .filter_map(Response::code)
        .filter(|s| *s != 204 && *s != 304)
        .collect();
    if !unshown.is_empty() {
        op.unknown.push(Unknown::ResponseBodyOf(unshown));
    }
}

/// Answers read under no status: their status unknown, and said so.
pub(super) fn unnumbered_answers(op: &mut Operation) {
    let mut any = false;
    for r in op
        .responses
        .iter_mut()
        .filter(|r| r.status == Some(Status::Code(UNNUMBERED)))
    {
        r.status = None;
        any = true;
    }
    for e in op
        .examples
        .iter_mut()
        .filter(|e| e.status == Some(UNNUMBERED))
    {
        e.status = None;
    }
    if any {
        op.unknown.push(Unknown::ResponseStatus);
    }
}

/// A success shown under no number: the answer of the one success the page numbers, else
/// the `2XX` class (the page says it succeeds, not with which code).
pub(super) fn unstated_successes(op: &mut Operation) {
    let Some(k) = op
        .responses
        .iter()
        .position(|r| r.status == Some(Status::Code(UNSTATED_SUCCESS)))
    else {
        return;
    };
    let numbered: Vec<usize> = (0..op.responses.len())
        .filter(|&n| {
            op.responses[n]
                .code()
                .is_some_and(|c| (200..300).contains(&c))
        })
        .collect();
    // (One success numbered elsewhere on the page, `| 200 OK | Success! |`: the sample is
    // its answer; its number is the doc's.)
    let code = if let [one] = numbered.as_slice() {
        let code = op.responses[*one].code();
        let unstated = op.responses.remove(k);
        let target = &mut op.responses[if *one > k { one - 1 } else { *one }];
        if target.ty.is_none() {
            target.ty = unstated.ty;
            target.content_type = target.content_type.take().or(unstated.content_type);
        }
        code
    } else {
        op.responses[k].status = Some(Status::Class(2));
        None
    };
    for e in op
        .examples
        .iter_mut()
        .filter(|e| e.status == Some(UNSTATED_SUCCESS))
    {
        e.status = code;
    }
}

/// A status line of a raw HTTP exchange: `HTTP/1.1 200 OK`, `HTTP/2 101 Switching
/// Protocols`, `HTTP 200`; the reason as written.
pub(super) fn http_status_line(line: &str) -> Option<(u16, Option<String>)> {
    // (`# HTTP-Code 201 Created`, a comment in a sample, says it too; `< HTTP/1.1 200 OK`,
    // as `curl -v` prints what it receives.)
    let t = line.trim().trim_start_matches(['#', '/', '<']).trim();
    let rest = match t.strip_prefix("HTTP/") {
        // The version: digits and dots.
        Some(r) => {
            r.split_once(' ')
                .filter(|(v, _)| v.chars().all(|c| c.is_ascii_digit() || c == '.'))?
                .1
        }
        None => ["HTTP ", "HTTP-Code ", "HTTP Code "]
            .iter()
            .find_map(|p| t.strip_prefix(p))?,
    };
    let (code, reason) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
    let n: u16 = code.parse().ok().filter(|c| (100..600).contains(c))?;
    if code.len() != 3 {
        return None;
    }
    let reason = reason.trim();
    if !reason.is_empty() && !reason.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    Some((n, (!reason.is_empty()).then(|| reason.to_string())))
}

/// `Status 200` (no colon), as a sample answer's first line.
pub(super) fn opening_status(line: &str) -> Option<(u16, Option<String>)> {
    let rest = line
        .trim()
        .strip_prefix("Status ")
        .or_else(|| line.trim().strip_prefix("STATUS "))?;
    http_status_line(&format!("HTTP {}", rest.trim()))
}

/// A `Status: 204 No Content` line (the status header of a CGI or Rails answer), as a
/// page prints an answer with no body under its response label; also in capitals, as a
/// sample answer's first line (`STATUS: 201 CREATED` over its JSON), and labelled as the
/// HTTP status (`HTTP status: 200` over the JSON of a sample answer, or `HTTP Code: 200`
/// over its `Content-Type:` line).
pub(super) fn status_header_line(line: &str) -> Option<(u16, Option<String>)> {
    let t = line.trim();
    let rest = t
        .strip_prefix("Status:")
        .or_else(|| t.strip_prefix("STATUS:"))
        .or_else(|| {
            let (label, rest) = t.split_once(':')?;
            (label.eq_ignore_ascii_case("http status") || label.eq_ignore_ascii_case("http code"))
                .then_some(rest)
        })?;
    http_status_line(&format!("HTTP {}", rest.trim()))
}

/// A table whose first column is headed by a status word (`Return Code`, `Status code`,
/// `HTTP Status`, `Code`) and whose every cell there is an HTTP status (100–599): the
/// statuses, each with the next column as its reason.
pub(super) fn status_table(t: &Table) -> Option<Vec<(u16, Option<String>)>> {
    let status_head = |h: &String| {
        // (`HTTP 状态码`, Chinese for `HTTP status code`.)
        let head = h
            .trim()
            .trim_matches('*')
            .trim()
            .to_ascii_lowercase()
            .replace("状态码", " status code");
        let words: Vec<&str> = head.split_whitespace().collect();
        !words.is_empty()
            && words.iter().all(|w| {
                matches!(
                    *w,
                    "return" | "status" | "code" | "codes" | "http" | "response" | "error"
                )
            })
            && words
                .iter()
                .any(|w| matches!(*w, "code" | "codes" | "status"))
    };
    // The column of codes: the first, or another when the first names the case (`| Result
    // | Return Code |`, `Success | 200 (OK)`).
    let col = t.header.iter().position(status_head)?;
    if t.rows.is_empty() || (col > 0 && t.header.len() != 2) {
        return None;
    }
    let mut out: Vec<(u16, Option<String>)> = Vec::new();
    for r in &t.rows {
        // (A row whose code cell is empty, or an escaped blank `\`, continues the reason of
        // the row above: `500 (Internal Server Error) | The request cannot be completed`
        // then `\ | because of an internal error`.)
        let cell = r.get(col).map(|c| c.trim().trim_start_matches('\\').trim());
        if cell.is_some_and(str::is_empty)
            && let Some((_, reason)) = out.last_mut()
        {
            let more = r
                .get(1 - col.min(1))
                .map(|x| x.trim())
                .filter(|x| !x.is_empty());
            if let Some(more) = more {
                *reason = Some(match reason.take() {
                    Some(r) => format!("{r} {more}"),
                    None => more.to_string(),
                });
            }
            continue;
        }
        let row = (|| {
            // (`200 OK`, `200 (OK)`: the code with its reason phrase, in one cell; a code
            // linked to its definition, `[200](https://…/200)` or `[200][]`, is its text.)
            let c = super::block_routes::inline_text(r.get(col)?);
            let c = c.trim().trim_matches(['`', '*']).trim();
            // (`404 (itemNoFound)`: the code, then in parentheses the name of the error it
            // stands for, in any case.)
            let named = c
                .split_once('(')
                .filter(|(_, r)| r.ends_with(')') && !r[..r.len() - 1].contains(['(', ')']))
                .and_then(|(code, r)| {
                    let code = code.trim().parse::<u16>().ok()?;
                    let name = r[..r.len() - 1].trim();
                    (!name.is_empty()).then(|| (code, Some(name.to_string())))
                });
            let c = c.replace(['(', ')'], "");
            let (code, phrase) = match (c.parse::<u16>(), named) {
                (Ok(code), _) => (code, None),
                (Err(_), Some(named)) => named,
                (Err(_), None) => status_item(&c)?,
            };
            let code = Some(code).filter(|c| (100..600).contains(c))?;
            let reason = r
                .get(1 - col.min(1))
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .or(phrase);
            Some((code, reason))
        })();
        out.push(row?);
    }
    Some(out)
}

/// The names of a record's status field (`Status | 200 on success`).
pub(super) const STATUS_FIELDS: &[&str] = &[
    "status",
    "statuses",
    "status code",
    "status codes",
    "response code",
    "response codes",
    "http status",
    "return code",
    "return codes",
    "success code",
    "success codes",
    "fail code",
    "fail codes",
    "failure code",
    "failure codes",
    "error code",
    "error codes",
];

/// A line that starts with a status (`200 on success`, `404: if the key does not exist`,
/// `201`): the code and the words after it.
pub(super) fn leading_status(line: &str) -> Option<(u16, Option<String>)> {
    let t = line.trim().trim_start_matches(['*', '-', '•']).trim();
    let code = bare_status(t.get(..3)?)?;
    let rest = &t[3..];
    if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let reason = rest.trim_start_matches([':', '-', '–', '—']).trim();
    Some((code, (!reason.is_empty()).then(|| reason.to_string())))
}

/// Whether a record's field name names its statuses: one of [`STATUS_FIELDS`] or
/// `Responses`, after at most one qualifying word (`Typical Responses`, `Possible status
/// codes`).
pub(super) fn status_field_name(name: &str) -> bool {
    let n = name.trim().to_ascii_lowercase();
    let named = |n: &str| n == "responses" || STATUS_FIELDS.contains(&n);
    named(&n) || n.split_once(' ').is_some_and(|(_, rest)| named(rest))
}

/// The statuses of a record's status cell line: the status at its start, or each of a
/// list of bare codes (`200, 400`, `200 / 404`).
pub(super) fn record_cell_statuses(line: &str) -> Vec<(u16, Option<String>)> {
    let codes: Option<Vec<u16>> = line
        .split([',', '/'])
        .map(|w| bare_status(w.trim().trim_matches('`')))
        .collect();
    match codes {
        Some(codes) if codes.len() > 1 => codes.into_iter().map(|c| (c, None)).collect(),
        _ => leading_status(line).into_iter().collect(),
    }
}

/// An item describing an answer envelope's status field, its name then its value after a
/// comma, colon or dash (`* _code_, _200_ on success`, `` * `status`: 201 on success ``):
/// the status, what follows it the description.
pub(super) fn status_field_item(line: &str) -> Option<(u16, Option<String>)> {
    let t = line
        .trim()
        .trim_start_matches(['*', '-', '+', '•'])
        .replace(['_', '*', '`'], "");
    let at = t.find([',', ':']).or_else(|| t.find(" - "))?;
    let name = t[..at].trim().to_ascii_lowercase();
    if !(name == "code" || STATUS_FIELDS.contains(&name.as_str())) {
        return None;
    }
    let rest = t[at..].trim_start_matches([',', ':', ' ', '-']);
    leading_status(rest)
}

/// An item naming a case, then after its comma the status as a code between `HTTP` and
/// `code` / `status` (`On invalid id, a HTTP 404 code with an error message (JSON)`, `If
/// the box is missing, an HTTP 404 status`): the code, described by the case.
pub(super) fn case_then_http_code_item(line: &str) -> Option<(u16, Option<String>)> {
    let t = line
        .trim()
        .trim_start_matches(['*', '-', '+', '•'])
        .replace(['*', '`'], "");
    let (case, rest) = t.split_once(", ")?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let words = match words.first().map(|w| w.to_ascii_lowercase()) {
        Some(a) if a == "a" || a == "an" => &words[1..],
        _ => &words[..],
    };
    let [http, code, kind, ..] = words else {
        return None;
    };
    let kind = kind.trim_end_matches([',', '.', ';']).to_ascii_lowercase();
    if !http.eq_ignore_ascii_case("http") || !matches!(kind.as_str(), "code" | "status") {
        return None;
    }
    let code = bare_status(code)?;
    let case = case.trim();
    (!case.is_empty() && case.split_whitespace().count() <= 12)
        .then(|| (code, Some(case.to_string())))
}

/// An item naming a case, then after its colon the status it answers with and nothing
/// more (`With a valid token on success: `200 OK``, `When the box is missing: 404 Not
/// Found`): the code, if the words after it are its own standard reason phrase, described
/// by the case.
pub(super) fn case_then_status_item(line: &str) -> Option<(u16, Option<String>)> {
    let t = line
        .trim()
        .trim_start_matches(['*', '-', '+', '•'])
        .replace(['*', '`'], "");
    let (case, rest) = t.rsplit_once(':')?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let [code, reason @ ..] = words.as_slice() else {
        return None;
    };
    let code = bare_status(code)?;
    let case = case.trim();
    (!reason.is_empty()
        && reason_code(&reason.join(" ").to_ascii_lowercase()) == Some(code)
        && !case.is_empty()
        && case.split_whitespace().count() <= 12)
        .then(|| (code, Some(case.to_string())))
}

/// A status listed as an item: a code and its reason (`201 Created`, `404 Not Found When
/// …`), the reason returned as the description.
pub(super) fn status_item(text: &str) -> Option<(u16, Option<String>)> {
    status_item_with(text, false)
}

/// A status listed as an item under a response label (`* 400 path/repo_id invalid`,
/// `* 404 file/folder/library not found.`): there the reason may open in lower case.
pub(super) fn listed_status(text: &str) -> Option<(u16, Option<String>)> {
    status_item_with(text, true)
}

/// The statuses an item under a response label lists: one (see [`listed_status`]), or
/// several codes sharing one reason (`* 401, 403 - missing or invalid authentication`,
/// `* 502 or 503: upstream unavailable`), each with that reason. Codes joined so must be
/// followed by a dash or a colon: `* 401, 403 and more` is none of them. After a `Code:`
/// label the codes may stand alone (`* Code: 404 or 500`), each a status.
pub(super) fn listed_statuses(text: &str) -> Vec<(u16, Option<String>)> {
    let t = text.trim().trim_start_matches(['+', '*', '-', '•']).trim();
    let lower = t.to_ascii_lowercase();
    let labelled = ["code:", "codes:", "status:"]
        .iter()
        .find(|p| lower.starts_with(**p))
        .map(|p| t[p.len()..].trim_start());
    let t = labelled.unwrap_or(t);
    let mut codes = Vec::new();
    let mut rest = t;
    loop {
        let end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let Some(code) = (end == 3)
            .then(|| rest[..3].parse::<u16>().ok())
            .flatten()
            .filter(|c| (100..600).contains(c))
        else {
            break;
        };
        codes.push(code);
        let after = rest[3..].trim_start();
        let joined = after
            .strip_prefix(',')
            .or_else(|| after.strip_prefix('/'))
            .or_else(|| after.strip_prefix("or "))
            .or_else(|| after.strip_prefix("and "))
            .map(str::trim_start);
        match joined {
            Some(next) if next.starts_with(|c: char| c.is_ascii_digit()) => rest = next,
            _ => {
                rest = after;
                break;
            }
        }
    }
    if codes.len() < 2 {
        // (`Code: 500 Internal Server Error or 405 Method Not Allowed`: status lines given
        // as alternatives, each code with its own reason; the run ends at a part that is
        // none, `200 OK or 204 if empty` being one status.)
        let first = listed_status(text);
        if let Some((code, Some(reason))) = &first {
            let parts: Vec<&str> = reason.split(" or ").collect();
            let more: Vec<(u16, Option<String>)> = parts[1..]
                .iter()
                .map_while(|p| status_item(p).filter(|(_, r)| r.is_some()))
                .collect();
            if !more.is_empty() {
                let mut out = vec![(*code, Some(parts[0].trim().to_string()))];
                out.extend(more);
                return out;
            }
        }
        return first.into_iter().collect();
    }
    if labelled.is_some() && rest.trim().is_empty() {
        return codes.into_iter().map(|c| (c, None)).collect();
    }
    let Some(reason) = rest.strip_prefix(['-', '–', '—', ':']) else {
        return Vec::new();
    };
    let reason = reason.trim();
    codes
        .into_iter()
        .map(|c| (c, (!reason.is_empty()).then(|| reason.to_string())))
        .collect()
}

/// A status code written as a reference link's text (`[403]`, the link's target listed at
/// the page's end): its three digits.
fn linked_code(w: &str) -> Option<&str> {
    w.strip_prefix('[')
        .and_then(|c| c.strip_suffix(']'))
        .filter(|c| c.len() == 3 && c.chars().all(|d| d.is_ascii_digit()))
}

/// What follows `状态码` ("status code") opening a Chinese page's status line, maybe after
/// a section number (`1.5.1 状态码201，创建成功。`, "status code 201, created").
fn chinese_status_rest(t: &str) -> Option<&str> {
    let t = super::labels::without_section_number(t);
    Some(
        t.strip_prefix("状态码")?
            .trim_start_matches([':', '：', ' ']),
    )
}

fn status_item_with(text: &str, any_reason: bool) -> Option<(u16, Option<String>)> {
    let t = text
        .trim()
        .trim_start_matches(['+', '*', '-', '•'])
        .trim()
        .replace('`', "");
    if let Some(r) = chinese_status_rest(&t) {
        let digits: String = r.chars().take_while(char::is_ascii_digit).collect();
        let n: u16 = digits.parse().ok().filter(|c| (100..600).contains(c))?;
        let rest = r[digits.len()..]
            .trim_start_matches(['，', ',', '：', ':', ' '])
            .trim();
        return (digits.len() == 3).then(|| (n, (!rest.is_empty()).then(|| rest.to_string())));
    }
    // `HTTP status 404 Not found`, `Status 201 Created`: the words before the code (also
    // in Russian, `HTTP-статус: 200`).
    let lower = t.to_ascii_lowercase();
    let t = [
        "http-статус: ",
        "http status ",
        "status code ",
        "status: ",
        "status : ",
        "status ",
        "http ",
        "code: ",
        "code : ",
        "code ",
    ]
    .iter()
    .find(|p| lower.starts_with(**p))
    .map_or(t.as_str(), |p| t[p.len()..].trim_start());
    let (code, rest) = t.split_once(' ').unwrap_or((t, ""));
    let code = code.trim_end_matches(':');
    // (`[403] "Access Denied" if …`: the code as a reference link's text.)
    let code = linked_code(code).unwrap_or(code);
    let n: u16 = code.parse().ok().filter(|c| (100..600).contains(c))?;
    if code.len() != 3 {
        return None;
    }
    // The reason starts with a capitalised word (`Created`, `Not Found`) or nothing; a
    // comment after it (`412 Precondition Failed // when busy`) is left out.
    let rest = rest.split_once("//").map_or(rest, |(r, _)| r).trim();
    // (After a dash, `200 - No body. Getting this response means …`.)
    let rest = rest
        .strip_prefix(['-', '–', '—'])
        .map_or(rest, str::trim_start);
    // (Its reason in parentheses before what it means, `200 (OK): A list of agents`.)
    let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((reason, after)) if after.trim_start().starts_with(':') || after.trim().is_empty() => {
            reason.trim()
        }
        _ => rest,
    };
    if !any_reason && !rest.is_empty() && !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some((n, (!rest.is_empty()).then(|| rest.to_string())))
}

/// A line that starts as a route and is cut off inside a placeholder (`PATCH
/// /api/webhooks/{id`), as a capture that ends mid-route leaves it.
pub(super) fn cut_route(line: &str) -> bool {
    let t = line.trim();
    let Some((m, path)) = t.split_once(' ') else {
        return false;
    };
    METHODS.contains(&m)
        && path.starts_with('/')
        && !path.contains(char::is_whitespace)
        && path.matches('{').count() > path.matches('}').count()
}

/// The reason a status label gives after its code (`200: OK` → `OK`, `Older versions –
/// 404: Not found` → `Not found`); none for `Status code 200`.
pub(super) fn status_reason(label: &str, status: u16) -> Option<String> {
    let code = status.to_string();
    let at = label.find(&code)?;
    let after = label[at + code.len()..]
        .trim()
        .trim_start_matches([':', '-', '–', '—', '.'])
        .trim();
    (!after.is_empty()).then(|| after.to_string())
}

/// The last status listed.
pub(super) fn return_last(statuses: &[(u16, u32, Option<String>)], unstated: u16) -> u16 {
    statuses.last().map_or(unstated, |s| s.0)
}

/// The statuses a `Response:` line gives in its text (`Response: HTTP 200 on success, 500 on
/// error`): a code after `HTTP`/`status`/`code`, or before `on`/`if`/`when`, each with the
/// words after it up to a comma. A code followed by its own standard reason phrase is a
/// status anywhere in the line, and several may share one sentence (`Response: `201
/// Created` when the resource is created and `200 OK` when it is updated`, `Response: `200
/// OK` with the entity`), each described by the words up to the next.
pub(super) fn inline_statuses(text: &str) -> Vec<(u16, Option<String>)> {
    let t = text.trim().replace(['*', '`'], "");
    if let Some(st) = coded_label_status(&t) {
        return vec![st];
    }
    let Some(rest) = answer_label_rest(&t) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // (After a label naming the codes, a code in parentheses after its name: `Error
    // response codes: Bad Request(400), computeFault(400, 500)`, os-api-ref's legacy form.)
    let named = names_status_code(&t);
    // (After `Error codes:`, only error statuses: `Error codes: 400,404`.)
    let errors_only =
        label_and_rest(&t).is_some_and(|(l, _)| error_codes_label(&l.to_ascii_lowercase()));
    let rest = if named {
        rest.replace(['(', ')'], " ")
    } else {
        rest.to_string()
    };
    for part in rest.split([',', ';']) {
        let words: Vec<&str> = part.split_whitespace().collect();
        if named
            && let [name @ .., last] = words.as_slice()
            && let Some(code) = bare_status(last)
            && !name.is_empty()
            && name.iter().all(|w| w.chars().all(char::is_alphabetic))
        {
            out.push((code, Some(name.join(" "))));
            continue;
        }
        // (A code and its reason phrase, `201 Created`, `404 Not Found`.)
        let phrased = |k: usize| {
            let code = bare_status(words[k])?;
            (1..=4)
                .filter_map(|n| words.get(k + 1..k + 1 + n))
                .any(|reason| {
                    reason_code(reason.join(" ").trim_end_matches(['.', ':'])) == Some(code)
                })
                .then_some(code)
        };
        let reasoned: Vec<usize> = (0..words.len()).filter(|&k| phrased(k).is_some()).collect();
        if reasoned.len() > 1 || reasoned.first().is_some_and(|&k| k > 0 || words.len() > 2) {
            for (j, &k) in reasoned.iter().enumerate() {
                let end = reasoned.get(j + 1).copied().unwrap_or(words.len());
                let mut said = &words[k + 1..end];
                while let [rest @ .., last] = said
                    && matches!(*last, "and" | "or")
                {
                    said = rest;
                }
                if let Some(code) = phrased(k) {
                    out.push((code, Some(said.join(" "))));
                }
            }
            continue;
        }
        for (k, w) in words.iter().enumerate() {
            // (Quoted, as an object's member writes it: `status: "200",`.)
            let w = w.trim_matches(['"', '\'']);
            // (A reference link's text, `Response on success: [200]`: a status wherever
            // it stands after the label.)
            let bracketed = linked_code(w);
            let w = bracketed.unwrap_or(w);
            let Some(code) = (w.len() == 3)
                .then(|| w.parse::<u16>().ok())
                .flatten()
                .filter(|c| (100..600).contains(c))
            else {
                continue;
            };
            let before = k
                .checked_sub(1)
                .map(|p| words[p].to_ascii_lowercase())
                .unwrap_or_default();
            let after = words
                .get(k + 1)
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            // (After a label naming the code, the code alone: `Status Code: 201`.)
            if bracketed.is_some()
                || matches!(before.as_str(), "http" | "status" | "code")
                || matches!(after.as_str(), "on" | "if" | "when")
                || (k == 0 && named)
                // (`Status: 200`, `status: "401",`: the code alone after the label.)
                || (k == 0 && words.len() == 1 && t.to_ascii_lowercase().starts_with("status"))
                // (`Success response: `204 No Content``: a status line after the label,
                // the code and its reason.)
                || (k == 0 && status_line_words(&words))
            {
                let doc_text = words[k + 1..].join(" ");
                out.push((code, (!doc_text.is_empty()).then_some(doc_text)));
                break;
            }
        }
    }
    // (Else the status after the word for it, also as its reason phrase alone:
    // `Response: Status-Code OK, as well as the id of the updated form.`.)
    if out.is_empty()
        && let Some(st) = worded_status(&rest)
    {
        out.push(st);
    }
    if errors_only {
        out.retain(|(code, _)| (400..600).contains(code));
    }
    out
}

/// A response or error label holding its status in parentheses, what the answer holds
/// after its colon (`Response (200): `{ "id": 7 }``, `Error (404): `{ "message": "No box" }``):
/// the code, described by the label's word.
pub(super) fn coded_label_status(t: &str) -> Option<(u16, Option<String>)> {
    let t = t.trim().trim_start_matches(['-', '+', '•']).trim();
    let (label, _) = t.split_once(':')?;
    let (word, code) = label.trim().strip_suffix(')')?.split_once('(')?;
    let word = word.trim();
    let code = bare_status(code.trim())?;
    matches!(
        word.to_ascii_lowercase().as_str(),
        "response" | "error" | "success" | "error response" | "success response"
    )
    .then(|| (code, Some(word.to_string())))
}

/// Statuses an arrow points at after what a call does (`GET : returns the job (JSON) =>
/// 200 (or 404 if not found)`, `POST : creates a job → 201`): the code right after `=>` or
/// `→`, and one more in the parenthesis after it (`(or 404 if not found)`). An arrow to
/// anything but a code (`=> the job`) gives none. The arrow may also point from a case to
/// the status it answers, the code after `HTTP` and others joined to it by `/`, `or` or a
/// comma (`* Device not found → HTTP 404`, `* Missing file → HTTP 400 / 404`): each code,
/// the case its reason.
pub(super) fn arrow_statuses(text: &str) -> Vec<(u16, Option<String>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let code = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';']);
        (w.len() == 3)
            .then(|| w.parse::<u16>().ok())
            .flatten()
            .filter(|c| (100..600).contains(c))
    };
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !matches!(*w, "=>" | "→") {
            continue;
        }
        if words.get(k + 1) == Some(&"HTTP")
            && let Some(c) = words.get(k + 2).and_then(|w| code(w))
        {
            let case = words[..k].join(" ");
            let case = case.trim_end_matches([':', ',']).trim();
            let case = (!case.is_empty()).then(|| case.to_string());
            out.push((c, case.clone()));
            let mut at = k + 3;
            while words
                .get(at)
                .is_some_and(|w| matches!(*w, "/" | "or" | ","))
                && let Some(more) = words.get(at + 1).and_then(|w| code(w))
            {
                out.push((more, case.clone()));
                at += 2;
            }
            continue;
        }
        let Some(c) = words.get(k + 1).and_then(|w| code(w)) else {
            continue;
        };
        out.push((c, None));
        if words.get(k + 2).is_some_and(|w| *w == "(or")
            && let Some(more) = words.get(k + 3).and_then(|w| code(w))
        {
            let why = words[k + 4..].join(" ");
            let why = why.split(')').next().unwrap_or("").trim().to_string();
            out.push((more, (!why.is_empty()).then_some(why)));
        }
    }
    out
}

/// Statuses a sentence gives after a verb of answering (`Returns 200 with an empty JSON
/// object`, `responds with 204`, `returns HTTP 404 if the room is unknown`): a three-digit
/// code (100-599) after `returns`/`responds`/`answers`, past `with`, `a`, `an`, `HTTP`,
/// `status`, `code`, `empty` (`Responds with an empty 204 response`); the words after it up to the sentence's end as its description.
pub(super) fn prose_statuses(text: &str) -> Vec<(u16, Option<String>)> {
    let t = text.replace(['*', '`'], "");
    let mut out = Vec::new();
    for sentence in t.split(['.', ';', '\n', '。', '；']) {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let mut k = 0;
        while k < words.len() {
            let verb = words[k]
                .trim_matches(|c: char| !c.is_alphabetic())
                .to_ascii_lowercase();
            k += 1;
            // (In Chinese the verb closes the clause before the code: `会话不存在时返回 `404``
            // "returns 404 when the session does not exist".)
            let chinese = verb.ends_with("返回") && !verb.contains("不返回");
            if !chinese
                && !matches!(
                    verb.as_str(),
                    "returns"
                        | "return"
                        | "responds"
                        | "respond"
                        | "answers"
                        | "answer"
                        | "gives"
                        | "fails"
                        | "uses"
                        | "use"
                        // (In Spanish, Portuguese and French: `devuelve una respuesta con
                        // código 400`, `retorna o código 404`, `renvoie un code 409`.)
                        | "devuelve"
                        | "devuelven"
                        | "retorna"
                        | "retornan"
                        | "retornam"
                        | "responde"
                        | "renvoie"
                        | "renvoient"
                        | "retourne"
                        | "retournent"
                )
            {
                continue;
            }
            let mut j = k;
            while j < words.len()
                && matches!(
                    words[j].to_ascii_lowercase().as_str(),
                    // (`returns a status code of 200`.)
                    // (`should return a standard HTTP `200 OK` response`: the code named
                    // as the usual one.)
                    // (`Responds with an empty 200 response`: what it holds, then the code.)
                    "with"
                        | "a"
                        | "an"
                        | "http"
                        | "status"
                        | "code"
                        | "the"
                        | "of"
                        | "standard"
                        | "empty"
                        // (Their words between the verb and the code.)
                        | "un"
                        | "una"
                        | "une"
                        | "um"
                        | "uma"
                        | "o"
                        | "el"
                        | "le"
                        | "con"
                        | "com"
                        | "avec"
                        | "respuesta"
                        | "resposta"
                        | "réponse"
                        | "código"
                        | "codigo"
                        | "estado"
                        | "statut"
                        | "de"
                )
            {
                j += 1;
            }
            let code_at = |i: usize| {
                words
                    .get(i)
                    .map(|w| w.trim_start_matches(['"', '\'', '(']))
                    .map(|w| w.trim_end_matches([',', ':', ')', '"', '\'', '，', '：', '）']))
                    .filter(|w| w.len() == 3)
                    .and_then(|w| w.parse::<u16>().ok())
                    .filter(|c| (100..600).contains(c))
            };
            // (`returns a YAML list of the boxes and `200` status code on success`: what is
            // returned first, then the code named as a status code further in the sentence.)
            if code_at(j).is_none()
                && !verb.starts_with("use")
                && let Some(i) = (j + 1..words.len()).find(|&i| {
                    code_at(i).is_some()
                        && words
                            .get(i + 1)
                            .is_some_and(|w| w.eq_ignore_ascii_case("status"))
                        && words
                            .get(i + 2)
                            .is_some_and(|w| w.to_ascii_lowercase().starts_with("code"))
                })
            {
                j = i;
            }
            // (`will return the number of created rows with status code `201 Created``:
            // what is returned first, then the words naming a status code before it.)
            if code_at(j).is_none()
                && !verb.starts_with("use")
                && let Some(i) = (j + 2..words.len()).find(|&i| {
                    code_at(i).is_some()
                        && words[i - 2].eq_ignore_ascii_case("status")
                        && words[i - 1].eq_ignore_ascii_case("code")
                })
            {
                j = i;
            }
            let Some(code) = code_at(j) else {
                continue;
            };
            // (`Successful operation uses 200 OK`: after `uses`, a status line, the code
            // and its reason; `uses 256 colours` is a count.)
            let line = words
                .get(j + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
            if verb.starts_with("use") && !line {
                continue;
            }
            if !out.iter().any(|(c, _)| *c == code) {
                let doc_text = words[j + 1..].join(" ");
                out.push((code, (!doc_text.is_empty()).then_some(doc_text)));
            }
            // (`returns 200 if the loop runs and 503 if it stalled`: more codes the same
            // verb returns, each after `and`/`or` and before the case it answers.)
            for w in words[j + 1..].windows(3) {
                // (Or a status line after `or` where the first was one: `uses 201 Created
                // (if new) or 204 No Content (if not)`.)
                let next_line = line && w[2].starts_with(|c: char| c.is_ascii_uppercase());
                if matches!(w[0].to_ascii_lowercase().as_str(), "and" | "or")
                    && (matches!(w[2].to_ascii_lowercase().as_str(), "if" | "when" | "on")
                        || next_line)
                    && let Some(more) = status_word(w[1].trim_end_matches(','))
                    && !out.iter().any(|(c, _)| *c == more)
                {
                    out.push((more, None));
                }
            }
        }
        // `a 204 is returned`, `the status code of the response is 206`.
        for (k, w) in words.iter().enumerate() {
            let Some(code) = status_word(w) else {
                continue;
            };
            // (`a 400 will be returned`, `HTTP 409 is returned`; not `at most 500 are
            // returned`, a count.)
            // (`a status code of 400 will be returned`: `of` after the words naming it.)
            let article = k >= 1
                && (matches!(
                    words[k - 1].to_ascii_lowercase().as_str(),
                    "a" | "an" | "the" | "http" | "status" | "code"
                ) || (k >= 2
                    && words[k - 1].eq_ignore_ascii_case("of")
                    && matches!(
                        words[k - 2].to_ascii_lowercase().as_str(),
                        "status" | "code"
                    )));
            // (`400 Bad Request is returned`: a reason after the code says it too; also
            // after a dash, `` `404 - Not found` is returned``.)
            let after = if words
                .get(k + 1)
                .is_some_and(|w| matches!(*w, "-" | "–" | "—"))
            {
                k + 2
            } else {
                k + 1
            };
            let reason = words
                .get(after)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
            let passive = (article || reason) && passive_return(&words[after.min(words.len())..]);
            // (`otherwise you will get a `403 - Forbidden``, `you receive a 404 error`: the
            // caller gets the code, its reason or the word for it after it.)
            let received = k >= 2
                && matches!(words[k - 1].to_ascii_lowercase().as_str(), "a" | "an")
                && matches!(
                    words[k - 2].to_ascii_lowercase().as_str(),
                    "get" | "gets" | "receive" | "receives"
                )
                && (reason
                    || words.get(after).is_some_and(|n| {
                        matches!(
                            n.trim_end_matches([',', '.', ';'])
                                .to_ascii_lowercase()
                                .as_str(),
                            "error" | "response" | "status"
                        )
                    }));
            // (`the status code is 206`, `HTTP status code will be **200 OK**`; `The
            // response will be 500 Internal Server Error`, its reason after it.)
            let named = k >= 2
                && (words[k - 1] == "is"
                    || (words[k - 1] == "be"
                        && matches!(words[k - 2], "will" | "shall" | "would" | "should")))
                && words[..k - 1].iter().rev().take(6).any(|p| {
                    p.eq_ignore_ascii_case("code")
                        || p.eq_ignore_ascii_case("status")
                        || (reason && p.eq_ignore_ascii_case("response"))
                });
            // (`is indicated by a 200 HTTP status code`, `with a 404 status code`: the
            // code set before the words that name it one.)
            // (Not `with an HTTP 503 status code`, a header's description naming one.)
            // (`The response is either a blob or a 404 error.`: a code named an error in
            // a sentence about the response.)
            let of_response = words.iter().any(|w| {
                let w = w.to_ascii_lowercase();
                w.starts_with("response") || w.starts_with("return")
            });
            let called = k >= 1
                && matches!(words[k - 1].to_ascii_lowercase().as_str(), "a" | "an")
                && words.get(k + 1).is_some_and(|n| {
                    n.eq_ignore_ascii_case("status")
                        || (of_response
                            && n.trim_end_matches([',', '.', ';'])
                                .eq_ignore_ascii_case("error"))
                        || (n.eq_ignore_ascii_case("http")
                            && words
                                .get(k + 2)
                                .is_some_and(|s| s.trim_end_matches([',', ':']) == "status"))
                });
            // (`A status code of 200 indicates a successful check`: the code the words
            // name, then what it means.)
            let means = k >= 2
                && words[k - 1].eq_ignore_ascii_case("of")
                && matches!(
                    words[k - 2].to_ascii_lowercase().as_str(),
                    "status" | "code"
                )
                && words.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.to_ascii_lowercase().as_str(),
                        "indicates" | "means" | "signals" | "signifies" | "denotes"
                    )
                });
            // (`A `403` response indicates a missing API key`, `A successful (`200`) response
            // body will contain …`: a response of that code, after an article and at most
            // one word saying what kind.)
            let article_at =
                |i: usize| matches!(words[i].to_ascii_lowercase().as_str(), "a" | "an");
            let a_response = words
                .get(k + 1)
                .is_some_and(|n| n.to_ascii_lowercase().starts_with("response"))
                && ((k >= 1 && article_at(k - 1))
                    || (k >= 2
                        && article_at(k - 2)
                        && words[k - 1].chars().all(char::is_alphabetic)));
            if (passive || named || called || means || received || a_response)
                && !out.iter().any(|(c, _)| *c == code)
            {
                out.push((code, None));
            }
        }
    }
    // `indicated by an HTTP error status (typically 400)`: the usual code in parentheses
    // after words naming a status (the sentence may be wrapped over lines).
    let words: Vec<&str> = t.split_whitespace().collect();
    for (k, w) in words.iter().enumerate() {
        if !matches!(
            w.to_ascii_lowercase().as_str(),
            "(typically" | "(usually" | "(normally" | "(generally"
        ) {
            continue;
        }
        let Some(code) = words
            .get(k + 1)
            .filter(|n| n.trim_end_matches(['.', ',', ';']).ends_with(')'))
            .and_then(|n| status_word(n))
        else {
            continue;
        };
        let said = words[k.saturating_sub(3)..k].iter().any(|p| {
            let p = p.to_ascii_lowercase();
            p == "status" || p == "code"
        });
        if said && !out.iter().any(|(c, _)| *c == code) {
            out.push((code, None));
        }
    }
    // `HTTP 状态码为 200` (Chinese: "the HTTP status code is 200"); not `状态码非 200`
    // ("is not 200").
    for (at, _) in t.match_indices("状态码为") {
        let rest = t[at + "状态码为".len()..].trim_start();
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Some(code) = status_word(&digits)
            && !rest[digits.len()..].starts_with(|c: char| c.is_ascii_digit())
            && !out.iter().any(|(c, _)| *c == code)
        {
            out.push((code, None));
        }
    }
    // `responds with "200 OK"`, `"404 not found" otherwise`: a status line quoted.
    for quoted in t.split('"').skip(1).step_by(2) {
        if let Some((code, reason)) = quoted.split_once(' ')
            && let Some(code) = status_word(code)
            && !reason.is_empty()
            && reason.split_whitespace().count() <= 4
            && reason
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            && !out.iter().any(|(c, _)| *c == code)
        {
            out.push((code, Some(reason.to_string())));
        }
    }
    out
}

/// The standard reason phrase's status (`Not Found` 404, `CONFLICT` 409), in any case.
fn reason_code(phrase: &str) -> Option<u16> {
    const REASONS: &[(u16, &str)] = &[
        (100, "continue"),
        (101, "switching protocols"),
        (200, "ok"),
        (201, "created"),
        (202, "accepted"),
        (203, "non-authoritative information"),
        (204, "no content"),
        (205, "reset content"),
        (206, "partial content"),
        (207, "multi-status"),
        (300, "multiple choices"),
        (301, "moved permanently"),
        (302, "found"),
        (303, "see other"),
        (304, "not modified"),
        (307, "temporary redirect"),
        (308, "permanent redirect"),
        (400, "bad request"),
        (401, "unauthorized"),
        (402, "payment required"),
        (403, "forbidden"),
        (404, "not found"),
        (405, "method not allowed"),
        (406, "not acceptable"),
        (407, "proxy authentication required"),
        (408, "request timeout"),
        (409, "conflict"),
        (410, "gone"),
        (411, "length required"),
        (412, "precondition failed"),
        (413, "payload too large"),
        (413, "content too large"),
        (414, "uri too long"),
        (415, "unsupported media type"),
        (416, "range not satisfiable"),
        (417, "expectation failed"),
        (421, "misdirected request"),
        (422, "unprocessable entity"),
        (422, "unprocessable content"),
        (423, "locked"),
        (424, "failed dependency"),
        (425, "too early"),
        (426, "upgrade required"),
        (428, "precondition required"),
        (429, "too many requests"),
        (431, "request header fields too large"),
        (451, "unavailable for legal reasons"),
        (500, "internal server error"),
        (501, "not implemented"),
        (502, "bad gateway"),
        (503, "service unavailable"),
        (504, "gateway timeout"),
        (505, "http version not supported"),
    ];
    let p = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
    REASONS
        .iter()
        .find(|(_, r)| p.eq_ignore_ascii_case(r))
        .map(|(c, _)| *c)
}

/// Statuses named in prose by their reason phrase alone, in code, each word capitalised:
/// after words setting the response to it (`the response MUST be `CREATED``, `the response
/// is `No Content``, `respond with `Conflict``, `returns `NOT FOUND``; a lone `OK` only after
/// `response … be`/`is`), or with its code after it in parentheses (`` `Method Not Allowed`
/// (405) ``, the code agreeing with the phrase).
pub(super) fn named_statuses(text: &str) -> Vec<(u16, Option<String>)> {
    let mut out: Vec<(u16, Option<String>)> = Vec::new();
    let mut rest = text;
    let mut before_len = 0;
    while let Some(open) = rest.find('`') {
        let run = rest[open..].len() - rest[open..].trim_start_matches('`').len();
        let inner_at = open + run;
        let Some(close) = rest[inner_at..].find('`') else {
            break;
        };
        let phrase = rest[inner_at..inner_at + close].trim();
        let after_at = inner_at + close;
        let after = rest[after_at..].trim_start_matches('`');
        let before = &text[..before_len + open];
        let next = after.len();
        let consumed = rest.len() - next;
        before_len += consumed;
        rest = after;
        let capitalised = !phrase.is_empty()
            && phrase
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        let Some(code) = reason_code(phrase).filter(|_| capitalised) else {
            continue;
        };
        // (`` `Method Not Allowed` (405) ``: the code after it, which must agree.)
        let given = after
            .trim_start()
            .strip_prefix('(')
            .and_then(|r| r.split_once(')'))
            .and_then(|(n, _)| bare_status(n.trim()));
        let ok = match given {
            Some(n) => n == code,
            None => {
                let words: Vec<String> = before
                    .rsplit(['.', ';', ':', '\n'])
                    .next()
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(|w| {
                        w.trim_matches(|c: char| !c.is_ascii_alphabetic())
                            .to_ascii_lowercase()
                    })
                    .collect();
                let last = words.last().map(String::as_str);
                let prev = words.len().checked_sub(2).map(|i| words[i].as_str());
                let of_response = words
                    .iter()
                    .rev()
                    .skip(1)
                    .take(4)
                    .any(|w| w.starts_with("response"));
                let set = matches!(last, Some("be" | "is")) && of_response;
                let answered = matches!(last, Some("with"))
                    && matches!(prev, Some("respond" | "responds" | "answer" | "answers"))
                    || matches!(last, Some("returns" | "return"));
                set || (answered && code != 200)
            }
        };
        if ok && !out.iter().any(|(c, _)| *c == code) {
            out.push((code, None));
        }
    }
    out
}

/// Whether the words after a status say it is returned, in the passive: `is returned`,
/// `will be returned`, `Bad Request is sent`, `a 400 response is produced`, `response code gets returned` (up to three
/// words of its reason or `response`/`status`/`code`/`error` between).
fn passive_return(after: &[&str]) -> bool {
    let mut k = 0;
    while k < 3
        && after.get(k).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                || matches!(*w, "response" | "status" | "code" | "error")
        })
    {
        k += 1;
    }
    // (A reason in sentence case, `` `404 - Not found` is returned``: its lower-case
    // word right before the verb.)
    if k >= 1
        && after.get(k).is_some_and(|w| {
            let w = w.trim_matches('`');
            !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase())
        })
        && after.get(k + 1).is_some_and(|w| {
            matches!(
                *w,
                "is" | "are" | "gets" | "will" | "would" | "shall" | "should" | "may" | "can"
            )
        })
    {
        k += 1;
    }
    let rest: Vec<&str> = after[k..]
        .iter()
        .take(3)
        .map(|w| w.trim_end_matches([',', '.', ':', ')']))
        .collect();
    // (`a 400 response is produced`: made, not only sent.)
    let done = |w: &str| {
        matches!(
            w,
            "returned" | "sent" | "raised" | "thrown" | "issued" | "produced" | "generated"
        )
    };
    match rest.as_slice() {
        ["is" | "are" | "gets" | "get", w, ..] => done(w),
        [
            "will" | "would" | "shall" | "should" | "may" | "can" | "must",
            "be",
            w,
            ..,
        ] => done(w),
        _ => false,
    }
}

/// The status a JSON answer states of itself at its top level (`{"code": 201, "data": …}`,
/// `"status": 404`), an HTTP status (100–599), if it states one.
pub(super) fn envelope_status(text: &str) -> Option<u16> {
    let value: serde_json::Value = serde_json::from_str(text.trim()).ok()?;
    let object = value.as_object()?;
    [
        "code",
        "status",
        "status_code",
        "statusCode",
        "http_code",
        "httpCode",
    ]
    .iter()
    .find_map(|k| object.get(*k)?.as_u64())
    .and_then(|n| u16::try_from(n).ok())
    .filter(|n| (100..600).contains(n))
}

/// A word that is an HTTP status, quotes and stops around it (`204`, `"200`, `206,`).
fn status_word(w: &str) -> Option<u16> {
    bare_status(w.trim_matches(|c: char| !c.is_ascii_digit()))
}

/// A paragraph opening with a status after the word for it (`Code 200 with JSON body of the
/// new tag.`, `Status 204`, `HTTP 201 Created`), also inside a callout whose kind is marked
/// first (`> {success} Code 200 …`, `> [!NOTE] Status 204`, `!!! success`): the code and
/// the words after it. The word may be `Status code` or `Status-Code`, and the code its
/// reason phrase alone (`Status-Code OK, as well as the id`).
pub(super) fn worded_status(text: &str) -> Option<(u16, Option<String>)> {
    let mut t = text.trim().trim_start_matches('>').trim();
    // (The callout's kind: `{success}`, `[!TIP]`, `!!! note`, one word.)
    for (open, close) in [("{", "}"), ("[!", "]")] {
        if let Some(r) = t.strip_prefix(open)
            && let Some((kind, rest)) = r.split_once(close)
            && kind.chars().all(|c| c.is_ascii_alphabetic())
        {
            t = rest.trim();
        }
    }
    if let Some(r) = t.strip_prefix("!!!") {
        t = r.trim().split_once(' ').map_or("", |(_, rest)| rest).trim();
    }
    let t = t.replace(['*', '`'], "");
    let (word, rest) = t.split_once(' ')?;
    // (`Status-Code OK`, `Status code 200`: the two words as one.)
    let (word, rest) = match rest.split_once(' ') {
        Some((second, after))
            if word.eq_ignore_ascii_case("status") && second.eq_ignore_ascii_case("code") =>
        {
            ("status-code", after)
        }
        _ => (word, rest),
    };
    if !matches!(
        word.to_ascii_lowercase().as_str(),
        "code" | "status" | "http" | "status-code" | "status_code"
    ) {
        return None;
    }
    let rest = rest.trim_start_matches(':').trim();
    if let Some((code, reason)) = leading_status(rest) {
        return Some((code, reason.map(|r| r.trim_end_matches('.').to_string())));
    }
    // (Or its reason phrase alone, up to a comma or the end: `Status-Code OK, as well as
    // the id of the updated form.`.)
    let phrase = rest
        .split([',', '.', ';', '('])
        .next()
        .unwrap_or_default()
        .trim();
    let code = reason_code(phrase)?;
    Some((code, Some(phrase.to_string())))
}

/// Statuses stated as cases: a sentence or line opening with a status and the case it
/// answers (`404 if the key is not found`, `- 500 on server errors`, `200 "Updated" on
/// success`), with those words as its description.
pub(super) fn case_statuses(text: &str) -> Vec<(u16, Option<String>)> {
    let t = text.replace(['*', '`'], "");
    let mut out: Vec<(u16, Option<String>)> = Vec::new();
    for sentence in t.split(['.', ';', '\n', '。', '；']) {
        if let Some((code, Some(rest))) = leading_status(sentence)
            && (rest.starts_with('"')
                || rest.split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w,
                        "if" | "when" | "on" | "for" | "unless" | "after" | "once"
                    )
                }))
            && !out.iter().any(|(c, _)| *c == code)
        {
            out.push((code, Some(rest)));
        }
    }
    out
}

/// Statuses a description cell names in a sentence about the response code (`The server
/// http response code is a `200` if it works and a `417` if not`): three-digit codes
/// (100-599) in that sentence.
pub(super) fn cell_statuses(cell: &str) -> Vec<u16> {
    let mut out = Vec::new();
    for sentence in cell.split(". ") {
        let l = sentence.to_ascii_lowercase();
        if !(l.contains("response code") || l.contains("status code") || l.contains("http code")) {
            continue;
        }
        for w in sentence.split(|c: char| c.is_whitespace() || c == '`') {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            if w.len() == 3
                && let Ok(c) = w.parse::<u16>()
                && (100..600).contains(&c)
                && !out.contains(&c)
            {
                out.push(c);
            }
        }
    }
    out
}

/// What follows a label of the answer (`Response:`, `Returns:`, `Return value:`, `Status
/// codes:`, `Result:`), any case.
/// The statuses elements give on a line (MDX components, a component per answer): an
/// element named for a status (`status`, `Status`, `StatusCode`, `ResponseStatus`) whose
/// `code` or `status` attribute is the code: `<status code="201"></status>`, `<Status
/// code={404} />`. Another element's attribute (`<Tab code="200">`) is none.
pub(super) fn element_statuses(line: &str) -> Vec<u16> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        let tag = &rest[at + 1..];
        let end = tag.find('>').unwrap_or(tag.len());
        let inner = &tag[..end];
        rest = &tag[end.min(tag.len())..];
        let name: String = inner
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let n = name.to_ascii_lowercase().replace(['-', '_'], "");
        if !matches!(
            n.as_str(),
            "status" | "statuscode" | "responsestatus" | "httpstatus"
        ) {
            continue;
        }
        for key in ["code=", "status="] {
            let Some(k) = inner.find(key) else { continue };
            if !inner[..k].ends_with(char::is_whitespace) {
                continue;
            }
            let v = inner[k + key.len()..].trim_start_matches(['"', '\'', '{']);
            let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(code) = digits.parse::<u16>()
                && digits.len() == 3
                && (100..600).contains(&code)
                && !out.contains(&code)
            {
                out.push(code);
            }
        }
    }
    out
}

/// Whether `words` are a status line and nothing more: a code and its reason, each word
/// capitalised (`204 No Content`, `404 Not Found`).
fn status_line_words(words: &[&str]) -> bool {
    words.len() >= 2
        && words.len() <= 5
        && words[1..].iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        })
}

pub(super) fn answer_label_rest(t: &str) -> Option<&str> {
    let (label, rest) = label_and_rest(t)?;
    let l = label.trim().to_ascii_lowercase();
    (matches!(
        l.as_str(),
        "response"
            | "responses"
            | "returns"
            | "return"
            | "return value"
            | "return values"
            | "result"
            | "status"
            | "status code"
            | "status codes"
            | "response code"
            | "response codes"
            | "http status"
            | "http status code"
            | "http status codes"
            | "response status code"
            | "response http status code"
            | "success response"
            | "successful response"
            | "error response"
            | "error responses"
    )
    // (`Normal response codes:`, `Error response codes:`: the codes, qualified.)
    || (names_status_code(t) && l.split_whitespace().count() <= 4)
    // (`Response on success: [200]`, `Responses on failure:`: the answers, by outcome.)
    || matches!(
        l.strip_prefix("responses ").or_else(|| l.strip_prefix("response ")),
        Some("on success" | "on failure" | "on error")
    ))
    .then_some(rest)
}

/// Whether a label names the answer's status code itself (`Status Code: 201`, `Response
/// HTTP Status Code: 409`), so that a bare code after it is one.
fn names_status_code(t: &str) -> bool {
    label_and_rest(t).is_some_and(|(label, _)| codes_label(label))
}

/// Whether a label's words name the answer's status codes (`Status codes`, `Normal
/// response codes`, `HTTP status`, `HTTP code`: `- HTTP Code: `200``), or its error codes as a list of bare codes (`Error
/// codes: 400,404`, read by [`inline_statuses`] as error statuses only).
fn codes_label(label: &str) -> bool {
    let l = label.trim().to_ascii_lowercase();
    l.ends_with("status code")
        || l.ends_with("status codes")
        || l.ends_with("response code")
        || l.ends_with("response codes")
        || l == "http status"
        || l == "http code"
        || error_codes_label(&l)
}

/// Whether a label, in lower case, is `Error codes` alone: the codes after it are the
/// error statuses a call answers with (`Error codes: 400,401,404`), and a code outside
/// 400-599 there is the vendor's own, no HTTP status.
fn error_codes_label(l: &str) -> bool {
    matches!(l.trim(), "error codes" | "error code")
}

/// A label line split into its label and what follows: at its colon (`Status codes: 200`),
/// or at a dash after a label naming the status codes, as a bullet of `name - description`
/// items writes it (`- **status codes** - `200`, `404``).
fn label_and_rest(t: &str) -> Option<(&str, &str)> {
    for dash in [" - ", " – ", " — "] {
        if let Some((label, rest)) = t.split_once(dash)
            && codes_label(label)
        {
            return Some((label, rest));
        }
    }
    t.split_once(':')
}

/// A `Returns: X` line (`- **Returns**: Boolean`): what a method answers.
pub(super) fn returns_line(text: &str) -> bool {
    let t = text.trim().replace('*', "");
    t.strip_prefix("Returns:")
        .is_some_and(|r| !r.trim().is_empty() && r.split_whitespace().count() <= 8)
}

/// Whether the operation's text says it returns nothing (`Returns: Empty`).
pub(super) fn returns_nothing(blocks: &[Block]) -> bool {
    blocks
        .iter()
        .take_while(|b| !b.is_heading() || b.level() == Some(0))
        .any(|b| {
            b.text.split('\n').any(|l| {
                let l = l.trim().trim_end_matches('\\').replace('*', "");
                l.strip_prefix("Returns:")
                    .or_else(|| l.strip_prefix("Returns"))
                    .is_some_and(|r| {
                        matches!(
                            r.trim().trim_end_matches('.').to_ascii_lowercase().as_str(),
                            "empty" | "nothing" | "none" | "no content" | "empty object" | "{}"
                        )
                    })
            })
        })
}

/// The entity a `Returns: Status` line names (one capitalised word, `Array of X` → `X`),
/// to name the success type after it.
pub(super) fn returns_entity(blocks: &[Block]) -> Option<String> {
    for b in blocks.iter().take_while(|b| !b.is_heading()) {
        for l in b.text.split('\n') {
            let l = l.trim().trim_end_matches('\\');
            let Some(rest) = l
                .strip_prefix("Returns:")
                .or_else(|| l.strip_prefix("Returns"))
                .or_else(|| l.strip_prefix("Response:"))
            else {
                continue;
            };
            let rest = rest.trim().trim_start_matches("Array of ").trim();
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            let next = rest[word.len()..].chars().next();
            if word.chars().next().is_some_and(char::is_uppercase)
                && word.len() > 1
                && next.is_none_or(|c| matches!(c, '.' | ',' | ' ' | '\\' | ';'))
                && !matches!(
                    word.as_str(),
                    "Empty" | "Nothing" | "None" | "The" | "A" | "An"
                )
            {
                return Some(word);
            }
        }
    }
    None
}

impl Reader<'_> {
    /// The operation's responses, one per status read (in their order), typed by their
    /// samples (the results inside the profile's envelope, or the samples as shown), the
    /// samples kept as examples.
    pub(super) fn responses(
        &mut self,
        op: &mut Operation,
        statuses: Vec<(u16, u32, Option<String>)>,
        samples: BTreeMap<u16, Vec<(Node, Option<String>)>>,
        media: BTreeMap<u16, String>,
        pascal: &str,
        returns: Option<&str>,
    ) {
        let with_body = samples.values().filter(|n| !n.is_empty()).count();
        // Answers in an envelope: the type is read from the results of the successful
        // examples.
        let envelope = self
            .profile
            .rest_protocol
            .filter(|_| op.rpc.is_none())
            .and_then(|p| p().answer);
        for (status, line, doc) in statuses {
            let nodes = samples.get(&status);
            if let (Some(answer), Some(nodes)) = (&envelope, nodes) {
                self.enveloped_response(op, answer, (status, line, doc), nodes, pascal);
                continue;
            }
            let ty = nodes.filter(|n| !n.is_empty()).map(|nodes| {
                self.sample_answer_type(op, status, nodes, (with_body, pascal, returns))
            });
            // An RPC method's answer is read as its protocol says, not by a media type.
            let content_type = match (media.get(&status), &ty) {
                (Some(m), _) => Some(m.clone()),
                (None, Some(_)) if op.rpc.is_none() => Some("application/json".to_string()),
                _ => None,
            };
            op.responses.push(Response {
                status: Some(Status::Code(status)),
                content_type,
                ty,
                doc,
                line: Some(line),
            });
        }
    }

    /// A response in the profile's envelope: its samples as examples, its type read from
    /// the results inside them.
    fn enveloped_response(
        &mut self,
        op: &mut Operation,
        answer: &Answer,
        (status, line, doc): (u16, u32, Option<String>),
        nodes: &[(Node, Option<String>)],
        pascal: &str,
    ) {
        let results: Vec<&Node> = nodes
            .iter()
            .filter_map(|(n, _)| self.enveloped_result(n, answer))
            .collect();
        response_examples(op, status, SampleKind::Real, nodes);
        let ty = (!results.is_empty()).then(|| {
            self.kit
                .infer
                .infer_samples(&results, &format!("{pascal}Result"), SampleKind::Real)
        });
        op.responses.push(Response {
            status: Some(Status::Code(status)),
            content_type: ty.as_ref().map(|_| "application/json".to_string()),
            ty,
            doc,
            line: Some(line),
        });
    }

    /// The type a status's samples show, its samples kept as examples. Schemas written as
    /// type names (`"id": "integer"`) are named after the operation (and the status, when
    /// several answers have samples); real samples after the entity the page returns, an
    /// error's `Error`.
    fn sample_answer_type(
        &mut self,
        op: &mut Operation,
        status: u16,
        nodes: &[(Node, Option<String>)],
        (with_body, pascal, returns): (usize, &str, Option<&str>),
    ) -> TypeRef {
        let refs: Vec<&Node> = nodes.iter().map(|(n, _)| n).collect();
        let kind = if self.profile.schema_samples {
            SampleKind::Placeholder
        } else if refs.iter().all(|n| sample_kind(n) == SampleKind::TypeNames) {
            SampleKind::TypeNames
        } else {
            SampleKind::Real
        };
        let hint = match kind {
            SampleKind::TypeNames if with_body == 1 => format!("{pascal}Response"),
            SampleKind::TypeNames => format!("{pascal}Response{status}"),
            _ if (200..300).contains(&status)
                || status == UNNUMBERED
                || status == UNSTATED_SUCCESS =>
            {
                returns.map_or_else(|| format!("{pascal}Response"), str::to_string)
            }
            _ => "Error".to_string(),
        };
        response_examples(op, status, kind, nodes);
        match (kind, refs.as_slice()) {
            (SampleKind::TypeNames, [one]) => self.kit.infer.from_type_names(one, &hint),
            _ => self.kit.infer.infer_samples(&refs, &hint, kind),
        }
    }
}

/// A status's samples as the operation's response examples.
fn response_examples(
    op: &mut Operation,
    status: u16,
    kind: SampleKind,
    nodes: &[(Node, Option<String>)],
) {
    for (n, raw) in nodes {
        op.examples.push(Example {
            of: ExampleOf::Response,
            status: Some(status),
            kind,
            url: None,
            raw: raw.clone(),
            json: Some(n.to_value()),
            line: n.line,
        });
    }
}

/// The blocks of the page's introduction: under its title, before any other heading and
/// the first operation.
pub(super) fn intro_blocks(
    doc: &crate::read::blocks::Document,
    title: Option<usize>,
    first_op: usize,
) -> std::ops::Range<usize> {
    // (Under a title at the top rank only: a page whose title was taken from a lower
    // heading, `### 400 Bad request` of a `## Global responses` section, has its
    // introduction above that.)
    let from = title
        .filter(|&t| doc.blocks[t].level() == Some(1))
        .map_or(0, |t| t + 1);
    let first_op = first_op.min(doc.blocks.len());
    let end = (from..first_op)
        .find(|&i| doc.blocks[i].is_heading())
        .unwrap_or(first_op);
    from.min(end)..end
}

/// Whether a sentence speaks of every call (`All the endpoints …`, `Every request …`,
/// `Each call …`).
fn every_call(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic())
                .to_ascii_lowercase()
        })
        .collect();
    words.windows(3).any(|w| {
        matches!(w[0].as_str(), "all" | "every" | "each")
            && [&w[1], &w[2]].iter().any(|n| {
                matches!(
                    n.as_str(),
                    "endpoint"
                        | "endpoints"
                        | "request"
                        | "requests"
                        | "call"
                        | "calls"
                        | "route"
                        | "routes"
                )
            })
    })
}

/// Statuses the page's introduction (the paragraphs under its title, before any other
/// heading; under a heading of their own, a sentence about every call and the status items
/// after it) states once for every request (`Every request except for `rr_connect` returns
/// HTTP status code `401` if …`, `In this case, HTTP status code `503` is returned.`): each
/// given to every operation with a route that has none of that code, except the ones a
/// sentence names after `except` (`except for `rr_connect``, a route's last segment or an
/// operation's name, in code).
pub(super) fn page_statuses(
    doc: &crate::read::blocks::Document,
    title: Option<usize>,
    first_op: usize,
    ops: &mut [Operation],
) {
    let intro = intro_blocks(doc, title, first_op);
    let before_ops = intro.start..first_op.min(doc.blocks.len()).max(intro.start);
    for (i, b) in doc.blocks[before_ops.clone()]
        .iter()
        .enumerate()
        .map(|(k, b)| (before_ops.start + k, b))
        .filter(|(_, b)| b.kind == Kind::Paragraph)
    {
        for sentence in b.text.split(". ") {
            let mut found = prose_statuses(sentence);
            if found.is_empty() {
                continue;
            }
            // Under a heading of its own before the operations, only a sentence about every
            // call (`All the endpoints will respond with `200` if successful or:`), and then
            // also the statuses the items after it list (`- `503` If the session is …`).
            if !intro.contains(&i) {
                if !every_call(sentence) {
                    continue;
                }
                if sentence.trim_end().ends_with(':') {
                    found.extend(
                        doc.blocks[i + 1..before_ops.end]
                            .iter()
                            .take_while(|n| matches!(n.kind, Kind::Item { .. }))
                            .filter_map(|n| status_item(&n.text)),
                    );
                }
            }
            // (The names after `except` / `except for`, joined by `and`, `or` or commas.)
            let words: Vec<&str> = sentence.split_whitespace().collect();
            let mut excepted: Vec<&str> = Vec::new();
            if let Some(at) = words.iter().position(|w| w.eq_ignore_ascii_case("except")) {
                let mut rest = words[at + 1..].iter().copied().peekable();
                rest.next_if(|w| w.eq_ignore_ascii_case("for"));
                while let Some(w) = rest.next() {
                    let name = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
                    if name.is_empty() {
                        break;
                    }
                    excepted.push(name);
                    if !w.ends_with(',') && rest.next_if(|n| matches!(*n, "and" | "or")).is_none() {
                        break;
                    }
                }
            }
            give_statuses(ops, &found, &excepted, b.span.line);
        }
    }
}

/// `found` given to every operation with a route that has none of that code, except the
/// ones `excepted` names (a route's last segment, an operation's name or id).
fn give_statuses(
    ops: &mut [Operation],
    found: &[(u16, Option<String>)],
    excepted: &[&str],
    line: u32,
) {
    for op in ops.iter_mut() {
        let Some(route) = &op.route else { continue };
        let last = route.path.trim_end_matches('/').rsplit('/').next();
        if excepted
            .iter()
            .any(|n| Some(*n) == last || *n == op.name || *n == op.id)
        {
            continue;
        }
        for (code, reason) in found {
            if !op.responses.iter().any(|r| r.code() == Some(*code)) {
                op.responses.push(Response {
                    status: Some(Status::Code(*code)),
                    content_type: None,
                    ty: None,
                    doc: reason.clone(),
                    line: Some(line),
                });
            }
        }
    }
}

/// Statuses a section of their own states for the whole page: a heading naming status,
/// response or error codes (`# HTTP Response Codes`, `##### HTTP Authentication and error
/// codes`, `## Errors`) outside every operation's extent, with a sentence speaking of
/// every call (`… in each HTTP request.`), over a status table (`Code | Reason`), status
/// items (`* **400 Bad Request** - Invalid URL …`) or sentences giving statuses: each
/// given to every operation with a route that has none of that code. A section holding an
/// operation is none.
pub(super) fn section_statuses(
    doc: &crate::read::blocks::Document,
    located: &[super::locate::OpAt],
    ops: &mut [Operation],
) {
    let inside = |i: usize| {
        located.iter().any(|o| {
            (o.start..o.end).contains(&i)
                || o.heading == Some(i)
                || o.more.iter().any(|&(s, e)| (s..e).contains(&i))
        })
    };
    for (at, h) in doc.headings() {
        if !codes_heading(&h.text) || inside(at) {
            continue;
        }
        let end = doc.section_end(at, doc.blocks.len(), |_| false);
        if (at + 1..end).any(inside) {
            continue;
        }
        // (Only what follows a sentence speaking of every call, `… in each HTTP request.
        // Possible error codes and their reasons:`, and the statuses such a sentence gives
        // itself; a list of the errors an API may answer with, or a sentence on one error,
        // says nothing of which call answers which.)
        let mut every = false;
        let mut found: Vec<(u16, Option<String>)> = Vec::new();
        for b in &doc.blocks[at + 1..end] {
            let more = if let Some(t) = b.table().filter(|_| every) {
                status_table(t).unwrap_or_default()
            } else if b.depth().is_some() && every {
                status_item(&b.text).into_iter().collect()
            } else if b.kind == Kind::Paragraph {
                let sentences: Vec<&str> = b.text.split(". ").filter(|t| every_call(t)).collect();
                every |= !sentences.is_empty();
                sentences.into_iter().flat_map(prose_statuses).collect()
            } else {
                Vec::new()
            };
            for (code, reason) in more {
                if !found.iter().any(|(c, _)| *c == code) {
                    found.push((code, reason));
                }
            }
        }
        give_statuses(ops, &found, &[], h.span.line);
    }
}

/// Whether a heading names the status, response or error codes of a whole API (`HTTP
/// Response Codes`, `Status codes and responses`, `HTTP Authentication and error codes`,
/// `Common error codes`, `Errors`).
fn codes_heading(text: &str) -> bool {
    let t = text.split(" {#").next().unwrap_or(text);
    let words: Vec<String> = t
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let has = |names: &[&str]| words.iter().any(|w| names.contains(&w.as_str()));
    (has(&["status", "response", "error", "http"]) && has(&["code", "codes"]))
        || matches!(
            words.join(" ").as_str(),
            "errors" | "error responses" | "http errors" | "http status" | "http statuses"
        )
}
