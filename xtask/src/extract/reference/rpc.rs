//! RPC methods: method-name headings and signatures over parameter lists, and lists of
//! methods (an index) beside the sections documenting them.

use std::collections::BTreeMap;

use super::block_routes::code_routes;
use super::evidence::ranked_end;
use super::fields::{RawParam, definition, name_part};
use super::labels::{Ctx, block_label, clean_heading, is_label_heading};
use super::locate::{OpAt, enclosing_heading};
use super::responses::returns_line;
use super::route_rule::parent_heading;
use super::routes::{method_word, strip_markup};
use super::tables::columns;
use crate::read::blocks::{Block, Document, Kind, Table};

/// RPC methods: headings naming a method (`chat.postMessage`, `sendMessage`,
/// `module.object.Action`) whose section holds a parameter list or a `Returns` label.
pub(super) fn rpc_methods(doc: &Document) -> Vec<OpAt> {
    let mut out = rpc_methods_pass(doc, None);
    // Beside three or more methods at one heading level, a lone lower-case word at that
    // level (`close`, `getMe`'s sibling) names a method too when its section lists
    // parameters or says what it returns.
    if let Some((&level, _)) = method_levels(doc, &out)
        .iter()
        .filter(|(_, n)| **n >= 3)
        .max_by_key(|(_, n)| **n)
    {
        out = rpc_methods_pass(doc, Some(level));
    }
    framed_siblings(doc, &mut out);
    documented_again(doc, &mut out);
    result_headings(&mut out);
    headed_again(doc, &mut out);
    out
}

/// A method headed again by its name at the same level under the same part of the page
/// (`COMMAND -- username` over "See the "password" section above.", after `COMMAND --
/// password and username`): the same method, its section read as more of the first one.
fn headed_again(doc: &Document, out: &mut Vec<OpAt>) {
    let level_of = |o: &OpAt| heading_level(doc, o);
    let parent = |o: &OpAt| parent_heading(doc, o.heading?);
    let mut k = 1;
    while k < out.len() {
        let first = (0..k).find(|&j| {
            out[j].rpc.is_some()
                && out[j].rpc == out[k].rpc
                && out[j].heading.is_some()
                && out[k].heading.is_some()
                && out[j].heading != out[k].heading
                && level_of(&out[j]) == level_of(&out[k])
                && parent(&out[j]) == parent(&out[k])
        });
        if let Some(j) = first {
            let again = out.remove(k);
            let level = level_of(&again).unwrap_or(0);
            let end = ranked_end(doc, again.start, level);
            out[j]
                .more
                .push((again.heading.unwrap_or(again.start), end));
        } else {
            k += 1;
        }
    }
}

/// The level of the heading method `o` is under, if it has one.
fn heading_level(doc: &Document, o: &OpAt) -> Option<u8> {
    o.heading.and_then(|h| doc.blocks[h].level())
}

/// A method's result headed by the method's name and a word for what comes back
/// (`### state_get_auction_info_result` under `## state_get_auction_info`,
/// `getStatusResponse` after `getStatus`): part of the method before it, not a method.
fn result_headings(out: &mut Vec<OpAt>) {
    let result_of = |name: &str, method: &str| {
        name.strip_prefix(method).is_some_and(|rest| {
            let rest = rest
                .trim_start_matches(['_', ' ', '-', '.'])
                .to_ascii_lowercase();
            rest != name.to_ascii_lowercase()
                && matches!(rest.as_str(), "result" | "results" | "response" | "reply")
        })
    };
    let mut keep = vec![true; out.len()];
    for k in 1..out.len() {
        let Some(name) = out[k].rpc.as_deref() else {
            continue;
        };
        // (The method before it, skipping results already set aside.)
        let before = (0..k).rev().find(|&j| keep[j]);
        if before
            .and_then(|j| out[j].rpc.as_deref())
            .is_some_and(|m| result_of(name, m))
        {
            keep[k] = false;
        }
    }
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
}

/// Headings framing a method's name in the same words as three methods or more at their
/// level (`The config-get Command`, `The config-set Command` and a third, each over a call
/// naming its command): a heading of that frame around one other name
/// (`The interface-list Command`, whose section shows no call) names a method too.
fn framed_siblings(doc: &Document, out: &mut Vec<OpAt>) {
    let text_of = |i: usize| {
        clean_heading(&doc.blocks[i].text)
            .trim()
            .trim_end_matches(':')
            .trim()
            .to_string()
    };
    let mut frames: BTreeMap<(u8, String, String), usize> = BTreeMap::new();
    for m in out.iter() {
        let (Some(h), Some(name)) = (m.heading, m.rpc.as_deref()) else {
            continue;
        };
        let text = text_of(h);
        let Some(at) = text.find(name) else {
            continue;
        };
        let (before, after) = (text[..at].trim(), text[at + name.len()..].trim());
        if (before.is_empty() && after.is_empty()) || before.contains(name) || after.contains(name)
        {
            continue;
        }
        let level = doc.blocks[h].level().unwrap_or(0);
        *frames
            .entry((level, before.to_string(), after.to_string()))
            .or_default() += 1;
    }
    let mut added = Vec::new();
    for ((level, before, after), n) in frames {
        if n < 3 {
            continue;
        }
        for (i, b) in doc.headings() {
            if b.level() != Some(level) || out.iter().any(|m| m.heading == Some(i)) {
                continue;
            }
            let text = text_of(i);
            let Some(name) = text
                .strip_prefix(before.as_str())
                .and_then(|t| t.strip_suffix(after.as_str()))
                .map(str::trim)
            else {
                continue;
            };
            if !command_word(name) || (!before.is_empty() && !text[before.len()..].starts_with(' '))
            {
                continue;
            }
            let end = ranked_end(doc, i + 1, level);
            added.push(method_at(
                name.to_string(),
                b.span.line,
                i + 1,
                end,
                Some(i),
                None,
            ));
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|o| o.line);
    }
}

/// A method headed again by its name alone under another part of the page that documents
/// methods too (a master's and an agent's calls, the agent's `### GET_HEALTH` only saying
/// "Request and Response are similar to GET_HEALTH call to master."): at a level that heads
/// three methods or more, it is that method again, for the other part's server.
fn documented_again(doc: &Document, out: &mut Vec<OpAt>) {
    let level_of = |o: &OpAt| heading_level(doc, o);
    let parent = |i: usize| parent_heading(doc, i);
    let mut again = Vec::new();
    for (i, b) in doc.headings() {
        let Some(level) = b.level().filter(|&l| l > 0) else {
            continue;
        };
        if out.iter().filter(|o| level_of(o) == Some(level)).count() < 3
            || out.iter().any(|o| o.heading == Some(i))
            || under_notifications(doc, i)
        {
            continue;
        }
        let name = clean_heading(&b.text);
        let here = parent(i);
        let first = out.iter().find(|o| {
            o.rpc.as_deref() == Some(name.as_str())
                && level_of(o) == Some(level)
                && o.heading.is_some_and(|h| parent(h) != here)
        });
        let siblings = out
            .iter()
            .any(|o| level_of(o) == Some(level) && o.heading.is_some_and(|h| parent(h) == here));
        if first.is_some() && siblings {
            again.push(method_at(
                name,
                b.span.line,
                i + 1,
                doc.blocks.len(),
                Some(i),
                None,
            ));
        }
    }
    if !again.is_empty() {
        out.extend(again);
        out.sort_by_key(|o| o.line);
    }
}

fn rpc_methods_pass(doc: &Document, sibling_level: Option<u8>) -> Vec<OpAt> {
    let mut out = Vec::new();
    let candidates = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| b.is_heading() || rpc_name_line(doc, *i));
    // Levels at which two headings or more are call signatures (`createGroup()`,
    // `deleteGroup(groupID)`): each such heading names a method.
    let signatures = per_level(doc, |b| signature(&clean_heading(&b.text)).is_some());
    // Levels at which two headings or more open with a method's name in code, a title after
    // it (`## `send_private_msg` 发送私聊消息`, `### `chat.postMessage` Sends a message`).
    let code_named = per_level(doc, |b| code_heading_name(doc, b).is_some());
    let snake_named = snake_levels(doc);
    // Types or namespaces two headings or more at one level name a method of,
    // `Type/method` (`## Mailbox/get`, `## Mailbox/query`, as JMAP's specifications head
    // them; `### core/bwlimit: Set the bandwidth limit.`, `### core/gc: …`, as rclone's).
    let mut slash_named: BTreeMap<(u8, String), usize> = BTreeMap::new();
    for (_, h) in doc.headings() {
        let text = clean_heading(&h.text);
        if let Some((_, ty)) = slash_method(&text) {
            *slash_named
                .entry((h.level().unwrap_or(0), ty.to_string()))
                .or_default() += 1;
        }
    }
    let titles = doc.headings().filter(|(_, h)| h.level() == Some(1)).count();
    for (i, b) in candidates {
        let coded = code_heading_name(doc, b).filter(|_| {
            code_named
                .get(&b.level().unwrap_or(0))
                .is_some_and(|&n| n >= 2)
        });
        let heading = coded.clone().unwrap_or_else(|| clean_heading(&b.text));
        // (Or a page's one title, a page per function: `<h1>client_add($session_id,
        // $reseller_id, $params);</h1>` over "Input Variables:".)
        let one_title = b.level() == Some(1) && titles == 1 && written_as_code(&heading);
        let called = signature(&heading).filter(|_| {
            b.is_heading()
                && (one_title
                    || signatures
                        .get(&b.level().unwrap_or(0))
                        .is_some_and(|&n| n >= 2))
        });
        let heading = called.as_ref().map_or(heading, |(n, _)| n.clone());
        // `Method name: `torrent_get`` right under the heading names its method; so does
        // the heading itself, `COMMAND -- bytecount`, `COMMAND -- exit, quit` (a method
        // each).
        let mut also = Vec::new();
        let labelled = b
            .is_heading()
            .then(|| {
                heading_labelled_methods(&b.text)
                    .map(|mut names| {
                        let first = names.remove(0);
                        also = names;
                        first
                    })
                    .or_else(|| labelled_method(&doc.blocks[i + 1..], b.level().unwrap_or(0)))
            })
            .flatten();
        // Its section: up to the next heading of its level or higher (a capture's level-0
        // lines, such as `Parameters` or a one-line description, are inside it).
        let level = b.level().unwrap_or(0);
        let end = (i + 1..doc.blocks.len())
            .find(|&k| {
                doc.blocks[k]
                    .level()
                    .is_some_and(|l| l > 0 && (level == 0 || l <= level))
            })
            .unwrap_or(doc.blocks.len());
        let section = &doc.blocks[i + 1..end];
        // (A heading opening with a method's name over sub-headings, one of which writes
        // out a call naming that very method: `# server_info (xrpld)` over `## Request
        // Format` and `{"method": "server_info", "params": […]}`.)
        let writes_call = |name: &str| {
            section.iter().any(|s| {
                (s.is_code() && envelope_method(&s.text).as_deref() == Some(name))
                    || prose_envelope(s).as_deref() == Some(name)
                    || s.table().is_some_and(|t| {
                        t.rows
                            .iter()
                            .flatten()
                            .any(|c| cell_envelope(c).as_deref() == Some(name))
                    })
            })
        };
        // (Or naming it after a word that says what it is, over a request sent with that
        // envelope: `## Method get_account` over `curl --data '{"jsonrpc":"2.0","method":
        // "get_account", …}' https://host/v1`.)
        let sends_call = |name: &str| {
            section.iter().any(|s| {
                s.is_code()
                    && !code_routes(s).is_empty()
                    && envelope_method(&s.text).as_deref() == Some(name)
            })
        };
        let called_below = (labelled.is_none() && b.is_heading())
            .then(|| {
                let mut words = heading.split_whitespace();
                let first = words.next().filter(|w| named_method(w) && writes_call(w));
                first.or_else(|| words.find(|w| named_method(w) && sends_call(w)))
            })
            .flatten()
            .map(str::to_string)
            // (A heading naming a command among other words, `The ``config-write`` Command`,
            // over an example whose discriminator names that very command: `{"command":
            // "config-write"}`.)
            .or_else(|| {
                labelled
                    .is_none()
                    .then(|| section_command(section, doc.line(b.span.line)))
                    .flatten()
            })
            // (Or a title ending in the call's name after a colon, `### 获取文章/页面：get`,
            // over a request whose query names that very call, `POST
            // `https://example.com/zb_system/api.php?mod=post&act=get``.)
            .or_else(|| {
                (labelled.is_none() && b.is_heading())
                    .then(|| titled_query_call(&heading, section))
                    .flatten()
            });
        let slashed = b
            .is_heading()
            .then(|| slash_method(&heading))
            .flatten()
            .filter(|(_, ty)| {
                slash_named
                    .get(&(b.level().unwrap_or(0), (*ty).to_string()))
                    .is_some_and(|&n| n >= 2)
            })
            .map(|(name, _)| name.to_string());
        let name = labelled
            .clone()
            .or_else(|| called_below.clone())
            .or_else(|| slashed.clone())
            .unwrap_or_else(|| strip_section_number(&heading).to_string());
        // (A heading under a label of parameters or of an answer's fields, `#### Arguments`
        // over `##### phone_number (required)`, names a parameter, no method; so does a name
        // with its flag in brackets.)
        if b.is_heading() && argument_heading(doc, i) {
            continue;
        }
        let word = lower_word(&name);
        // Under a section number (`2.95. version`) a lone lower-case word names a method too.
        let numbered_word = name != heading && word;
        let sibling_word = word && sibling_level.is_some() && b.level() == sibling_level;
        let snake_word = word
            && b.is_heading()
            && snake_case(&name)
            && snake_named
                .get(&b.level().unwrap_or(0))
                .is_some_and(|&n| n >= 3);
        let called_word = called.is_some() && word;
        let slash_sibling = slashed.as_deref() == Some(name.as_str());
        // (A call written out under it that names the method, `method : "get_repo"` in
        // an `INPUT::` block, as a JSON-RPC page shows each method's envelope.)
        // (Or a call named in capitals through the one endpoint every call goes to, told
        // apart by its request body's discriminator: `### GET_HEALTH` over `POST /api/v1`
        // and `{"type": "GET_HEALTH"}`.)
        // (Or a page's one title naming the call its request sample names in its
        // discriminator, a page per call to an endpoint the page leaves unsaid: `#
        // addtrigger` over `{"task": "addtrigger", "token": …}`.)
        let titled_call = b.level() == Some(1)
            && titles == 1
            && word
            && section
                .iter()
                .filter(|s| s.is_code())
                .any(|s| discriminator_names(&s.text, &name));
        let discriminated = b.is_heading() && (discriminated_call(section, &name) || titled_call);
        let enveloped = (word && b.is_heading() && shows_envelope(section))
            || called_below.is_some()
            || discriminated;
        if !(rpc_name(&name)
            || coded.is_some()
            || numbered_word
            || sibling_word
            || snake_word
            || called_word
            || slash_sibling
            || labelled.is_some()
            || enveloped)
        {
            continue;
        }
        // (What lies under a sub-heading of a topic of its own, `### API-Dokumentation` /
        // `#### Aufbau der Rückgabe` under a product's `## Rest.IP`, is that topic's, not a
        // list of the method's.)
        let mut topic: Option<u8> = None;
        let own = section.iter().filter(|s| {
            if let Some(l) = s.level().filter(|_| s.is_heading()) {
                if topic.is_some_and(|t| l <= t) {
                    topic = None;
                }
                if topic.is_none() && !is_label_heading(&s.text) {
                    topic = Some(l);
                }
            }
            topic.is_none()
        });
        let listed = enveloped
            || own.into_iter().any(|s| {
                s.table().is_some_and(|t| columns(t).is_some())
                    || block_label(s)
                        .is_some_and(|c| matches!(c, Ctx::Params(_) | Ctx::Response(_)))
                    || definition(s).is_some()
                    || returns_line(&s.text)
            });
        // (Beside three or more methods at its level, a method whose section only says it
        // is the same as another, `### eth_tokenCall` over `和 [eth_call](#eth_call) 相同`
        // "the same as eth_call", `Same as `getUser``: a method too.)
        let same_as = sibling_level.is_some()
            && b.level() == sibling_level
            && b.is_heading()
            && (rpc_name(&name) || word)
            && section
                .iter()
                .take_while(|s| !s.is_heading())
                .any(|s| s.kind == Kind::Paragraph && same_as_method(&s.text, &name));
        let listed = listed || same_as;
        // In a numbered list of methods (`2.5. empty.method`), the heading is the evidence.
        let numbered_method = name != heading && name.contains('.');
        // (So is a method's qualified name, `jeedom::reboot`, `user.all`, at the level where
        // three methods or more list their parameters: a method taking none.)
        let qualified_sibling = sibling_level.is_some()
            && b.level() == sibling_level
            && b.is_heading()
            && (name.contains('.') || name.contains("::"))
            && rpc_name(&name);
        if (listed
            || numbered_method
            || called.is_some()
            || labelled.is_some()
            || qualified_sibling
            || slash_sibling)
            && !under_notifications(doc, i)
        {
            for name in std::iter::once(name).chain(also) {
                out.push(method_at(
                    name,
                    b.span.line,
                    i + 1,
                    doc.blocks.len(),
                    Some(i),
                    None,
                ));
            }
        }
    }
    out
}

/// A call signature written as code (`$` variables, a statement's `;`, `()` or two
/// arguments: `client_add($session_id, $params);`), not a title's aside in brackets
/// (`# server_info (xrpld)`).
fn written_as_code(heading: &str) -> bool {
    let inner = heading.split_once('(').map_or("", |(_, r)| r);
    heading.trim_end().ends_with(';')
        || inner.contains(['$', ','])
        || inner.trim_start().starts_with(')')
}

/// A lower-case name of two words or more joined by `_` (`get_entries`,
/// `set_relationship`).
fn snake_case(s: &str) -> bool {
    let parts: Vec<&str> = s.split('_').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            p.starts_with(|c: char| c.is_ascii_lowercase())
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Levels at which headings name methods in snake case, a parameters label heading a
/// part of each section (`### get_entries` over `#### Arguments` and its table, `###
/// set_relationship` likewise) or a table of parameters in it (`### album_songs` over `|
/// Input | Type | Description | Optional |`): the count per level of such headings. Three or more at a
/// level make each a method (and, through the sibling pass, a lone word beside them:
/// `### login`).
fn snake_levels(doc: &Document) -> BTreeMap<u8, usize> {
    let mut out: BTreeMap<u8, usize> = BTreeMap::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let Some(level) = b.level().filter(|&l| l > 0 && b.is_heading()) else {
            continue;
        };
        if !snake_case(&clean_heading(&b.text)) {
            continue;
        }
        let labelled = doc.blocks[i + 1..]
            .iter()
            .take_while(|s| s.level().is_none_or(|l| l == 0 || l > level))
            .any(|s| {
                // (A sub-heading or a label line of its own, `**Parameters:**`; or a table
                // of parameters, `| Input | Type | Description | Optional |`.)
                (s.is_heading() || s.label().is_some())
                    && matches!(block_label(s), Some(Ctx::Params(_)))
                    || s.table().is_some_and(|t| columns(t).is_some())
            });
        if labelled {
            *out.entry(level).or_default() += 1;
        }
    }
    out
}

/// How many headings at each level `is` accepts.
fn per_level(doc: &Document, is: impl Fn(&Block) -> bool) -> BTreeMap<u8, usize> {
    let mut out: BTreeMap<u8, usize> = BTreeMap::new();
    for (_, b) in doc.headings() {
        if is(b) {
            *out.entry(b.level().unwrap_or(0)).or_default() += 1;
        }
    }
    out
}

/// A method of a type or namespace named `Type/method` or `namespace/method`, a title
/// after a colon left out (`Mailbox/get`, `Email/queryChanges`, `core/bwlimit: Set the
/// bandwidth limit.`): the name and its type. Each part an identifier of two characters or
/// more, the method's opening in lower case; `Read/Write` and `TCP/IP` are none.
pub(super) fn slash_method(s: &str) -> Option<(&str, &str)> {
    let ident = |p: &str| {
        p.len() >= 2
            && p.starts_with(|c: char| c.is_ascii_alphabetic())
            && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let name = s.split_once(": ").map_or(s, |(n, _)| n).trim();
    let (ty, method) = name.split_once('/')?;
    (ident(ty) && ident(method) && method.starts_with(|c: char| c.is_ascii_lowercase()))
        .then_some((name, ty))
}

/// The method name a heading opens with in a code span of its own, a title after it
/// (`## `send_private_msg` 发送私聊消息`): a lower-case word of letters, digits and `_`, or an
/// RPC name.
fn code_heading_name(doc: &Document, b: &Block) -> Option<String> {
    if !b.is_heading() {
        return None;
    }
    let source = doc
        .line(b.span.line)
        .trim_start()
        .trim_start_matches('#')
        .trim_start();
    let rest = source.strip_prefix('`')?;
    let (name, after) = rest.split_once('`')?;
    (named_method(name) && !after.trim().is_empty()).then(|| name.to_string())
}

/// Whether the blocks of a method's section, before any sub-heading, write out a call
/// whose envelope names a method (`method : "get_repo"`, `"method":"Client.GetStatus"`).
pub(super) fn shows_envelope(section: &[Block]) -> bool {
    section
        .iter()
        .take_while(|s| !s.is_heading())
        .any(|s| s.is_code() && envelope_method(&s.text).is_some())
}

/// The method a call's envelope names in code: a line `method : "get_repo"` or `"method":
/// "get_repo",` (a lower-case word, or an RPC name).
pub(super) fn envelope_method(code: &str) -> Option<String> {
    // (A JSON-RPC request as JSON: `{"jsonrpc":"2.0","method":"Client.GetStatus",…}`.)
    if let Ok(serde_json::Value::Object(o)) = serde_json::from_str::<serde_json::Value>(code.trim())
        && let Some(serde_json::Value::String(m)) = o.get("method")
        && named_method(m)
    {
        return Some(m.clone());
    }
    // (A JSON-RPC request inline in a call, `curl …/json_rpc -d '{"jsonrpc":"2.0",
    // "id":"0","method":"get_block_count"}'`: its `"method"` member, beside `"jsonrpc"`.)
    if code.contains("\"jsonrpc\"")
        && let Some(m) = inline_method_member(code)
    {
        return Some(m);
    }
    code.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        let k = k.trim().trim_matches(['"', '\'']);
        if k != "method" {
            return None;
        }
        let v = v
            .trim()
            .trim_end_matches(',')
            .trim()
            .trim_matches(['"', '\'']);
        named_method(v).then(|| v.to_string())
    })
}

/// The method a call written in a paragraph's code names (`For example: `{"id": 123,
/// "method": "info", "params": {}}``): an object whose `"method"` member names a method,
/// beside an `"id"` or a `"params"` member.
fn prose_envelope(b: &Block) -> Option<String> {
    let call = prose_call(b)?;
    (call.contains("\"params\"") || call.contains("\"id\""))
        .then(|| inline_method_member(call))
        .flatten()
}

/// The object a paragraph writes out, from its first `{` to the `}` that closes it
/// (strings skipped), when it has a `"method"` member.
pub(super) fn prose_call(b: &Block) -> Option<&str> {
    if !matches!(b.kind, Kind::Paragraph) {
        return None;
    }
    let at = b.text.find('{')?;
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in b.text[at..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '{' if !quoted => depth += 1,
            '}' if !quoted => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let call = &b.text[at..=at + i];
                    return call.contains("\"method\"").then_some(call);
                }
            }
            _ => {}
        }
    }
    None
}

/// The method a table cell's call names, an object in code opening with its `"method"`
/// member (`` `{"method": "admin_addPeer", "params": [url]}` ``, the RPC row of a table of
/// invocations per client).
pub(super) fn cell_envelope(cell: &str) -> Option<String> {
    let code = cell.trim().trim_matches('`').trim();
    if !code.starts_with('{') {
        return None;
    }
    let rest = code[1..].trim_start().strip_prefix("\"method\"")?;
    rest.trim_start().strip_prefix(':')?;
    inline_method_member(code)
}

/// The first `"method": "name"` member written in `code` whose value names a method.
fn inline_method_member(code: &str) -> Option<String> {
    string_members(code, "method").find(|v| named_method(v))
}

/// The string values of the members named `key` written in `code` (`"key": "value"`), in
/// order.
fn string_members<'a>(code: &'a str, key: &str) -> impl Iterator<Item = String> + 'a {
    let quoted = format!("\"{key}\"");
    code.match_indices(&quoted)
        .map(|(at, k)| at + k.len())
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(move |after| {
            let rest = code[after..].trim_start().strip_prefix(':')?;
            let rest = rest.trim_start().strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_string())
        })
}

/// The string literals a TypeScript declaration gives its member `key` (`command:
/// "node.set_value";`, the key unquoted at the start of its line): the message's name.
fn declared_members<'a>(code: &'a str, key: &'a str) -> impl Iterator<Item = String> + 'a {
    code.lines().filter_map(move |l| {
        let rest = l.trim_start().strip_prefix(key)?;
        let rest = rest.trim_start().strip_prefix(':')?;
        let rest = rest.trim_start().strip_prefix('"')?;
        Some(rest[..rest.find('"')?].to_string())
    })
}

/// The word a heading sets in code (`The ``config-write`` Command`) that a code block of
/// its section names in a request's discriminator or method member (`{"command":
/// "config-write"}`, `"method": "x"`): a word of letters, digits, `_` and `-`, a letter
/// first, no HTTP method. (A plain word, `File metadata found for a file` over `"type":
/// "file"`, names no command.)
pub(super) fn section_command(section: &[Block], heading: &str) -> Option<String> {
    let words: Vec<&str> = heading
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::trim)
        .filter(|w| command_word(w))
        .collect();
    section
        .iter()
        .take_while(|s| !s.is_heading())
        .filter(|s| s.is_code())
        .find_map(|s| {
            DISCRIMINATORS
                .iter()
                .chain(&["method"])
                .find_map(|k| string_members(&s.text, k).find(|v| words.contains(&v.as_str())))
        })
}

/// A command's name as a heading or a discriminator writes it: two characters or more of
/// letters, digits, `_` and `-`, a letter first, no HTTP method (`config-get`,
/// `interface-list`).
pub(super) fn command_word(w: &str) -> bool {
    w.len() >= 2
        && w.starts_with(|c: char| c.is_ascii_alphabetic())
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && method_word(w).is_none()
}

/// The members of a request body that tell apart the calls one endpoint takes
/// (`{"type": "GET_HEALTH"}`, `{"action": "account_balance"}`, `{"op": "subscribe"}`).
const DISCRIMINATORS: [&str; 7] = ["type", "action", "op", "command", "cmd", "call", "task"];

/// The members that say which call a request is, beside JSON-RPC's `method`: the
/// [`DISCRIMINATORS`] but `type`, which an event's sample uses to name its kind too, and
/// `request`, a message type's name (`{"request": "getCatalogs", …}`).
const CALL_MEMBERS: [&str; 8] = [
    "action",
    // (`api.php?mod=post&act=get`.)
    "act",
    "op",
    "operation",
    "command",
    "cmd",
    "call",
    "request",
];

/// Items of a list, each naming a method alone (`* **deckNames**`), over a sample request
/// whose member naming the call (`action`, `op`, `command`, `call`, JSON-RPC's `method`) is
/// that very name (`{"action": "deckNames", "version": 6}`): the methods of an API called through one
/// address, listed as AnkiConnect lists its actions. (Not `type`: an event's sample names
/// its type so too.) Also an item `name:` over items labelled `params:` and `result:`, as
/// a JSON-RPC-like protocol lists its methods.
pub(super) fn item_methods(doc: &Document) -> Vec<OpAt> {
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let Kind::Item { depth, .. } = b.kind else {
            continue;
        };
        let name = b.text.trim();
        // (`* `banpubkey`:` over `- params: …` and `- result: …` items.)
        let (name, colon) = match name.strip_suffix(':') {
            Some(n) => (n.trim(), true),
            None => (name, false),
        };
        if !command_word(name) {
            continue;
        }
        let end = item_end(doc, i, depth);
        let called = doc.blocks[i + 1..end].iter().any(|s| {
            s.is_code()
                && (names_call(&s.text, name) || envelope_method(&s.text).as_deref() == Some(name))
        });
        let sub_label = |words: &[&str]| {
            doc.blocks[i + 1..end].iter().any(|s| {
                matches!(s.kind, Kind::Item { depth: d, .. } if d == depth + 1)
                    && s.text.split_once(':').is_some_and(|(label, _)| {
                        words.contains(&label.trim().to_ascii_lowercase().as_str())
                    })
            })
        };
        let signed = colon
            && sub_label(&["params", "parameters", "arguments", "args"])
            && sub_label(&["result", "returns", "response"]);
        if called || signed {
            out.push(method_at(
                name.to_string(),
                b.span.line,
                i + 1,
                end,
                Some(i),
                None,
            ));
        }
    }
    out
}

/// Whether `key` is a member that says which call a request is ([`CALL_MEMBERS`]).
pub(super) fn call_member(key: &str) -> bool {
    CALL_MEMBERS.contains(&key)
}

/// Whether a query string's `key` says which call it is: a call member, also written in
/// capitals as OGC services write their arguments (`&REQUEST=GetMap`).
pub(super) fn query_call_member(key: &str) -> bool {
    call_member(key)
        || (key.chars().all(|c| c.is_ascii_uppercase()) && call_member(&key.to_ascii_lowercase()))
}

/// Whether a sample request names the call `name` in a member other than JSON-RPC's
/// `method` that says which call it is (`{"action": "deckNames", …}`; `action`, `op`,
/// `command` or `call`).
///
/// Also as a form pair of a call (`--data-urlencode 'op=create'`, `?op=create&…`).
pub(super) fn names_call(code: &str, name: &str) -> bool {
    CALL_MEMBERS
        .iter()
        .any(|k| string_members(code, k).any(|v| v == name))
        || form_names_call(code, name)
}

/// Whether a call's form data names the call `name` in a member that says which call it
/// is (`--data-urlencode 'op=create'`, `?op=create&…`).
pub(super) fn form_names_call(code: &str, name: &str) -> bool {
    CALL_MEMBERS.iter().any(|k| {
        let pair = format!("{k}={name}");
        code.match_indices(&pair).any(|(at, _)| {
            let before = code[..at].chars().next_back();
            let after = code[at + pair.len()..].chars().next();
            before.is_none_or(|c| matches!(c, '\'' | '"' | '&' | '?' | ' '))
                && after.is_none_or(|c| matches!(c, '\'' | '"' | '&' | ' ' | '\n'))
        })
    })
}

/// The keys of the query string that calls the method `name` in one of `blocks`' code
/// (`?action=AssociateAlert&name=x&tags.1=desktop` gives `action`, `name`, `tags.1`); empty
/// when no code there calls it so.
pub(super) fn query_call_keys(blocks: &[Block], name: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for b in blocks
        .iter()
        .filter(|b| b.is_code() && query_names_call(&b.text, name))
    {
        for piece in b
            .text
            .split(['?', '&', '\'', '"'])
            .flat_map(str::split_whitespace)
        {
            if let Some((k, _)) = piece.split_once('=')
                && !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '[' | ']'))
                && !keys.iter().any(|x| x == k)
            {
                keys.push(k.to_string());
            }
        }
    }
    keys
}

/// The top-level members of a JSON sample in `blocks` whose member naming the call
/// ([`CALL_MEMBERS`]) names method `name` (`{"operation": "get_job", "id": "4a98…"}`:
/// `operation`, `id`); empty where no sample names it.
pub(super) fn sample_call_keys(blocks: &[Block], name: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for b in blocks.iter().filter(|b| b.is_code()) {
        let Ok(serde_json::Value::Object(o)) =
            crate::read::json::parse(b.text.trim(), b.span.line + 1).map(|p| p.node.to_value())
        else {
            continue;
        };
        let names =
            |(k, v): (&String, &serde_json::Value)| call_member(k) && v.as_str() == Some(name);
        if !o.iter().any(names) {
            continue;
        }
        for k in o.keys() {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    }
    keys
}

/// Sections each over a JSON sample whose member naming the call says which method it is
/// (`### CatalogsRequest` over `{"request": "getCatalogs", "connectionId": "…"}`, a
/// member of [`CALL_MEMBERS`]), three or more at one heading level, each
/// naming another method: each section documents the method its sample names, by that
/// wire name. The sample is the section's first code, above any sub-heading.
pub(super) fn sample_named_methods(doc: &Document) -> Vec<OpAt> {
    let mut found: Vec<(u8, usize, usize, String)> = Vec::new();
    for (i, b) in doc.headings() {
        let Some(level) = b.level().filter(|&l| l > 0) else {
            continue;
        };
        // (A label heading, `### Body`, is part of a section, not one.)
        if super::labels::heading_ctx(&b.text).is_some() {
            continue;
        }
        let end = ranked_end(doc, i + 1, level);
        // (Or under a sub-heading labelling the request, `### Body` over `{"operation":
        // "get_job", …}`, before any other sub-heading.)
        let Some(code) = doc.blocks[i + 1..end]
            .iter()
            .take_while(|s| {
                !s.is_heading()
                    || matches!(
                        super::labels::heading_ctx(&s.text),
                        Some(super::labels::Ctx::Params(_))
                    )
            })
            // (Or the message's declaration in TypeScript, `interface {` / `messageId:
            // string;` / `command: "node.set_value";`, its member unquoted; a note set as
            // code before it, `[compatible with schema version: 0+]`, is none.)
            .find(|s| {
                let t = s.text.trim_start();
                s.is_code()
                    && (t.starts_with('{') || t.starts_with("interface ") || t.starts_with("type "))
            })
        else {
            continue;
        };
        let t = code.text.trim_start();
        let declared = t.starts_with("interface ") || t.starts_with("type ");
        let name = CALL_MEMBERS.iter().find_map(|k| {
            string_members(&code.text, k).next().or_else(|| {
                declared
                    .then(|| declared_members(&code.text, k).next())
                    .flatten()
            })
        });
        if let Some(name) = name.filter(|n| {
            n.starts_with(|c: char| c.is_ascii_alphabetic())
                && n.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '/' | '-'))
        }) {
            found.push((level, i, end, name));
        }
    }
    let mut per_level: BTreeMap<u8, Vec<&(u8, usize, usize, String)>> = BTreeMap::new();
    for f in &found {
        per_level.entry(f.0).or_default().push(f);
    }
    let Some(best) = per_level.into_values().max_by_key(Vec::len) else {
        return Vec::new();
    };
    let mut names: Vec<&str> = best.iter().map(|f| f.3.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    // (Two are enough where each section also names its method in code outside the
    // sample, `` - `operation` _(required)_ - must always be `get_job` ``.)
    let named_outside = |&&(_, i, end, ref name): &&(u8, usize, usize, String)| {
        let quoted = format!("`{name}`");
        doc.blocks[i + 1..end].iter().any(|s| {
            !s.is_code()
                && doc
                    .source
                    .text(s.span.line, s.span.end_line)
                    .contains(&quoted)
        })
    };
    let enough = best.len() >= 3 || (best.len() == 2 && best.iter().all(named_outside));
    // (Each section names another method; among many, a method named again under a
    // second heading, `Attempt to perform a soft-reset` after `Peform a soft-reset`, is
    // the same method, its section read as more of the first.)
    let distinct =
        names.len() == best.len() || (best.len() >= 10 && names.len() * 10 >= best.len() * 9);
    if !enough || !distinct {
        return Vec::new();
    }
    let mut out: Vec<OpAt> = Vec::new();
    for (_, i, end, name) in best {
        if let Some(first) = out
            .iter_mut()
            .find(|o| o.rpc.as_deref() == Some(name.as_str()))
        {
            first.more.push((*i, *end));
            continue;
        }
        out.push(method_at(
            name.clone(),
            doc.blocks[*i].span.line,
            i + 1,
            *end,
            Some(*i),
            None,
        ));
    }
    out
}

/// Where an item's part of a page ends: at the next item of its depth or a shallower one,
/// or at the next heading.
pub(super) fn item_end(doc: &Document, i: usize, depth: u8) -> usize {
    (i + 1..doc.blocks.len())
        .find(|&k| {
            let b = &doc.blocks[k];
            b.is_heading() || matches!(b.kind, Kind::Item { depth: d, .. } if d <= depth)
        })
        .unwrap_or(doc.blocks.len())
}

/// Whether a section headed by `name` shows the call of that name sent to an endpoint that
/// takes several: its code holds a request (a request line, a `curl` call) and a body whose
/// discriminator member is that very name (`POST /api/v1 HTTP/1.1` over `{"type":
/// "GET_HEALTH"}` under `### GET_HEALTH`), or a query string naming it (`?action=GetAlerts`
/// under `## GetAlerts`, see [`query_names_call`]). The name is one word of letters, digits and `_`
/// (any case: `GET_HEALTH`, `account_balance`), not an HTTP method.
pub(super) fn discriminated_call(section: &[Block], name: &str) -> bool {
    let call_word = name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && method_word(name).is_none();
    if !call_word {
        return false;
    }
    // (Its code up to its first sub-heading; or under its sub-headings, `### cURL` below
    // `### Parameters`, where one call there names it: also where its own code is only an
    // answer, `DescribeCoverage` over an XML sample, then `COVERAGE` over a URL example.)
    let own: Vec<&Block> = section
        .iter()
        .take_while(|s| !s.is_heading())
        .filter(|s| s.is_code())
        .collect();
    let names = |code: &[&Block]| {
        (code.iter().any(|s| !code_routes(s).is_empty())
            && code.iter().any(|s| discriminator_names(&s.text, name)))
            || code.iter().any(|s| query_names_call(&s.text, name))
    };
    names(&own) || {
        let all: Vec<&Block> = section.iter().filter(|s| s.is_code()).collect();
        all.len() > own.len() && names(&all)
    }
}

/// The call a title names after a colon (`新增/修改 文章/页面：post`, `Get a post: get`) where
/// a request line of its section names it in its query string's call member (`…/api.php?
/// mod=post&act=post`).
pub(super) fn titled_query_call(heading: &str, section: &[Block]) -> Option<String> {
    let (_, tail) = heading
        .rsplit_once('：')
        .or_else(|| heading.rsplit_once(": "))?;
    let name = tail.trim().trim_matches('`');
    // (A call may be named as a method is, `act=get`, `act=post`: the query says it.)
    let word = name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    (word
        && section
            .iter()
            .take_while(|s| !s.is_heading() || s.level().is_some_and(|l| l > 3))
            .any(|s| query_names_call(&s.text, name)))
    .then(|| name.to_string())
}

/// Whether heading `i` names a parameter: a name with its flag in brackets (`phone_number
/// (required)`, `reference (optional)`), or a heading right under a label of parameters or of
/// an answer's fields (`#### Arguments` over `##### phone_number`).
fn argument_heading(doc: &Document, i: usize) -> bool {
    let text = clean_heading(&doc.blocks[i].text);
    let flagged = text.split_once(" (").is_some_and(|(name, rest)| {
        !name.contains(char::is_whitespace)
            && matches!(
                rest.trim_end_matches(')').to_ascii_lowercase().as_str(),
                "required" | "optional" | "conditional"
            )
    });
    let Some(level) = doc.blocks[i].level().filter(|&l| l > 1) else {
        return flagged;
    };
    let parent = (0..i)
        .rev()
        .find(|&k| doc.blocks[k].level().is_some_and(|l| l > 0 && l < level));
    // (A label of the parameters themselves, `Arguments`, `Parameters`, `Fields`: not one of
    // requests, `## Requests` over `### Client.GetStatus`.)
    let listing = |k: usize| {
        let lower = clean_heading(&doc.blocks[k].text).to_lowercase();
        ["argument", "param", "field", "attribute", "propert"]
            .iter()
            .any(|w| lower.contains(w))
    };
    flagged
        || parent.is_some_and(|k| {
            listing(k)
                && matches!(
                    super::labels::heading_ctx(&doc.blocks[k].text),
                    Some(Ctx::Params(_) | Ctx::Form)
                )
        })
}

/// Whether a paragraph says the method `name` is the same as another it names (`和
/// eth_call 相同`, `Same as getUser.`, `与 x 一致`, `x と同様`).
fn same_as_method(text: &str, name: &str) -> bool {
    let lower = text.to_lowercase();
    let same = [
        "same as",
        "identical to",
        "相同",
        "一致",
        "同样",
        "用法同",
        "と同様",
        "と同じ",
    ]
    .iter()
    .any(|w| lower.contains(w));
    // (The other method: a name of ASCII letters, digits, `_` and `.`, joined or in camel
    // case as method names are, not the method itself.)
    let method_like = |w: &str| {
        w != name
            && w.len() > 2
            && w.starts_with(|c: char| c.is_ascii_alphabetic())
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.'))
            && (w.contains(['_', '.']) || w.chars().skip(1).any(|c| c.is_ascii_uppercase()))
    };
    same && text
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.')))
        .map(|w| w.trim_end_matches('.'))
        .any(method_like)
}

/// The [`DISCRIMINATORS`] the code among `blocks` names the call `name` in (`{"task":
/// "addtrigger", …}`): members of the envelope, no parameters of the call.
pub(super) fn naming_members(blocks: &[Block], name: &str) -> Vec<&'static str> {
    DISCRIMINATORS
        .into_iter()
        .filter(|k| {
            blocks
                .iter()
                .filter(|b| b.is_code())
                .any(|b| string_members(&b.text, k).any(|v| v == name))
        })
        .collect()
}

/// Whether code holds a body member that says which call it is, naming the call `name`
/// (`{"type": "GET_HEALTH"}`, `{"cmd": "request.get"}`: the [`DISCRIMINATORS`]).
fn discriminator_names(code: &str, name: &str) -> bool {
    DISCRIMINATORS
        .iter()
        .any(|k| string_members(code, k).any(|v| v == name))
}

/// Whether code holds a query string naming the call `name` in a member that says which
/// call it is (`?action=AssociateAlert&name=…`, `&op=create`): a call in itself, the
/// endpoint left unsaid. Unlike [`form_names_call`] (a pair among a call's options), the
/// pair may open a line (`action=X&…`) and a stray `?` may follow it, but a pair after a
/// quote or a space is none. The member may be in capitals (`&REQUEST=GetCoverage`).
pub(super) fn query_names_call(code: &str, name: &str) -> bool {
    // (The member in capitals too, as OGC services write their arguments: `&REQUEST=GetMap`.)
    let keys = CALL_MEMBERS
        .iter()
        .flat_map(|k| [k.to_string(), k.to_ascii_uppercase()]);
    keys.into_iter().any(|k| {
        let pair = format!("{k}={name}");
        code.match_indices(&pair).any(|(at, _)| {
            // (After `?` or `&`, or opening a line: `action=ChangeComputersAccessGroup&…`.)
            let lead = code[..at].chars().next_back();
            let line_start = code[..at]
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.trim().is_empty());
            (line_start || matches!(lead, Some('?' | '&')))
                && code[at + pair.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, '\'' | '"' | '&' | '?') || c.is_whitespace())
        })
    })
}

/// The calls a page documents each in a collapsible block titled by the call's name alone
/// (`<details>` / `<summary><code>server-ping</code></summary>`, as a common README
/// template writes an API), whose code calls the one endpoint naming it in a query pair or
/// a body member that says which call it is (`?request=server-ping&apikey=…`, `{"action":
/// "server-ping"}`): each call's part runs to the block's `</details>`.
pub(super) fn summary_calls(doc: &Document) -> Vec<OpAt> {
    let raw_line = |b: &Block| doc.line(b.span.line).trim().to_ascii_lowercase();
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.kind != Kind::Paragraph || !raw_line(b).starts_with("<details") {
            continue;
        }
        let source: String = (b.span.line..=b.span.end_line)
            .map(|n| doc.line(n))
            .collect::<Vec<_>>()
            .join("\n");
        let Some(summary) = source
            .split_once("<summary>")
            .and_then(|(_, r)| r.split_once("</summary>"))
            .map(|(s, _)| strip_markup(s))
        else {
            continue;
        };
        let name = summary.trim();
        let call_word = name.len() >= 2
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if !call_word {
            continue;
        }
        let end = (i + 1..doc.blocks.len())
            .find(|&k| {
                let kb = &doc.blocks[k];
                raw_line(kb).starts_with("</details>") || raw_line(kb).starts_with("<details")
            })
            .unwrap_or(doc.blocks.len());
        let named = doc.blocks[i + 1..end].iter().any(|c| {
            c.is_code() && (query_names_call(&c.text, name) || discriminator_names(&c.text, name))
        });
        if named {
            out.push(method_at(
                name.to_string(),
                b.span.line,
                i + 1,
                end,
                None,
                Some(i),
            ));
        }
    }
    out
}

/// The method names a page's calls of its one endpoint carry in their body's discriminator
/// (`curl --json '{"op":"getHeadlines", …}' http://example.com/tt-rss/api/` in the page's
/// introduction): every code block holding a call, anywhere on the page.
pub(super) fn page_discriminated_names(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for b in doc.blocks.iter().filter(|b| b.is_code()) {
        if code_routes(b).is_empty() {
            continue;
        }
        for k in DISCRIMINATORS {
            for v in string_members(&b.text, k) {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
    }
    out
}

/// All the methods of a page whose calls go through one endpoint, naming the method in a
/// body member: beside `methods` (read from their sections' parameter lists), every heading
/// at their level under the same parent heading (`## Methods`) that names a method by one
/// word, a note in parentheses after it left out (`### getVersion`, `### getLabels (since
/// API level 1)`), whatever its section holds.
pub(super) fn sibling_methods(doc: &Document, methods: &[OpAt]) -> Vec<OpAt> {
    let Some((&level, _)) = method_levels(doc, methods).iter().max_by_key(|(_, n)| **n) else {
        return methods.to_vec();
    };
    let parent = |i: usize| {
        (0..i)
            .rev()
            .find(|&k| doc.blocks[k].level().is_some_and(|l| l > 0 && l < level))
    };
    let parents: Vec<Option<usize>> = methods
        .iter()
        .filter_map(|m| m.heading)
        .map(parent)
        .collect();
    let mut out = Vec::new();
    for (i, b) in doc.headings() {
        if b.level() != Some(level) || !parents.contains(&parent(i)) {
            continue;
        }
        if let Some(m) = methods.iter().find(|m| m.heading == Some(i)) {
            out.push(m.clone());
            continue;
        }
        let text = clean_heading(&b.text);
        let name = match text.split_once(" (") {
            Some((n, note)) if note.ends_with(')') => n.trim(),
            _ => text.trim(),
        };
        if name.len() < 2 || !lower_word(name) {
            continue;
        }
        let end = ranked_end(doc, i + 1, level);
        out.push(method_at(
            name.to_string(),
            b.span.line,
            i + 1,
            end,
            Some(i),
            None,
        ));
    }
    out
}

/// How many of `methods` are headed at each heading level.
fn method_levels(doc: &Document, methods: &[OpAt]) -> BTreeMap<u8, usize> {
    let mut levels: BTreeMap<u8, usize> = BTreeMap::new();
    for m in methods {
        if let Some(l) = m.heading.and_then(|h| doc.blocks[h].level()) {
            *levels.entry(l).or_default() += 1;
        }
    }
    levels
}

/// Whether block `i` stands under a heading titled as what the server sends
/// (`### Notifications`, `Events`, `Callbacks`), the nearest heading above it.
fn listed_as_notification(doc: &Document, i: usize) -> bool {
    (0..i.min(doc.blocks.len()))
        .rev()
        .find(|&k| doc.blocks[k].is_heading())
        .is_some_and(|k| notifications_title(&doc.blocks[k].text))
}

/// Whether the section enclosing heading `i` (the nearest heading above it of a higher
/// level) is titled as what the server sends (`Notifications`, `Events`, `Callbacks`):
/// methods there are messages to the client, not operations.
fn under_notifications(doc: &Document, i: usize) -> bool {
    let Some(level) = doc.blocks[i].level().filter(|&l| l > 0) else {
        return false;
    };
    (0..i)
        .rev()
        .find(|&k| doc.blocks[k].level().is_some_and(|l| l > 0 && l < level))
        .is_some_and(|k| notifications_title(&doc.blocks[k].text))
}

/// Whether block `i` stands in a part of the page its headings give to what is not called
/// over HTTP: a socket's own methods (`### 7. Websocket Extension Methods
/// (Websocket-specific)`) or what the server sends (`### 8. Notifications
/// (Websocket-specific)`).
fn under_websocket_part(doc: &Document, i: usize) -> bool {
    enclosing_heading(doc, i, |_, title| {
        let bare = title.split(" (").next().unwrap_or(title);
        let bare = bare.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
        title.contains("websocket") || notifications_title(bare)
    })
}

/// Whether a heading titles what the server sends (`Notifications`, `Events`,
/// `Callbacks`).
fn notifications_title(text: &str) -> bool {
    matches!(
        clean_heading(text).to_lowercase().as_str(),
        "notifications" | "events" | "callbacks" | "server notifications"
    )
}

/// The method a line at the top of a section names by a label (`Method name: `torrent_get``,
/// `RPC method: x`), before any other heading of its level or higher; or a sub-heading
/// that labels it so (`##### Method `get_version`` under `#### Get Version`, its
/// parameters and request under sibling sub-headings).
fn labelled_method(section: &[Block], level: u8) -> Option<String> {
    let labelled = |b: &Block| {
        let line = b.text.lines().next()?;
        let (label, value) = match line.split_once(':') {
            Some(parts) => parts,
            None if b.is_heading() => line.trim().rsplit_once(' ')?,
            None => return None,
        };
        let label = label.trim().trim_matches('*').trim().to_ascii_lowercase();
        let value = value.trim().trim_end_matches('.').trim().trim_matches('`');
        (METHOD_LABELS.contains(&label.as_str()) && named_method(value)).then(|| value.to_string())
    };
    for b in section.iter().take(3) {
        match b.level() {
            None => {}
            // (Only the first sub-heading: a deeper one names a method of its own.)
            Some(l) if level > 0 && l > level => return labelled(b),
            Some(_) => return None,
        }
        if let Some(name) = labelled(b) {
            return Some(name);
        }
    }
    // (Or an item further down, under a label saying what is sent, `_Request_:` /
    // `_Notification_:` over `* method: `textDocument/didClose`` and `* params: …`, as
    // the Language Server Protocol's pages write each message: the one method such items
    // of the section name (a method's name, no HTTP method), before any sub-heading.)
    let mut named: Vec<String> = section
        .iter()
        .take_while(|b| !b.is_heading())
        .filter(|b| matches!(b.kind, Kind::Item { .. }))
        .filter_map(|b| {
            let (label, value) = b.text.lines().next()?.split_once(':')?;
            let value = value.trim().trim_matches(['`', '\'', ',']).trim();
            (label.trim().eq_ignore_ascii_case("method") && named_method(value))
                .then(|| value.to_string())
        })
        .collect();
    named.dedup();
    match &named[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The methods a heading names after a word saying what they are and a dash (`COMMAND --
/// bytecount`, `Method — getUser`): one name, or several joined by `,` / `and` / `or`
/// (`COMMAND -- exit, quit`, `COMMAND -- password and username`), each a method's name
/// or a lower-case word joined by `-` (`forget-passwords`, `pkcs11-id-count`).
/// A note in parentheses after the names (`COMMAND -- needok  (OpenVPN 2.1 or higher)`) is
/// no name; a heading of two such lines names a method each.
fn heading_labelled_methods(heading: &str) -> Option<Vec<String>> {
    let kebab = |n: &str| {
        n.starts_with(|c: char| c.is_ascii_lowercase())
            && !n.ends_with('-')
            && n.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let mut out = Vec::new();
    for line in heading.lines().filter(|l| !l.trim().is_empty()) {
        let line = clean_heading(line);
        let (label, value) = [" -- ", " — ", " – ", " - "]
            .iter()
            .find_map(|d| line.split_once(d))?;
        if !METHOD_LABELS.contains(&label.trim().to_ascii_lowercase().as_str()) {
            return None;
        }
        let value = match value.trim_end().strip_suffix(')') {
            Some(v) => v.rsplit_once('(').map_or(value, |(names, _)| names),
            None => value,
        };
        let names: Vec<String> = value
            .replace(" and ", ", ")
            .replace(" or ", ", ")
            .split(',')
            .map(|n| n.trim().trim_matches('`').to_string())
            .collect();
        if !names.iter().all(|n| named_method(n) || kebab(n)) {
            return None;
        }
        out.extend(names);
    }
    (!out.is_empty()).then_some(out)
}

/// One lower-case word of letters, digits and `_` (`torrent_get`, `getVersion`), as a
/// method's bare name is written.
fn lower_word(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The words that label a method's name (`Method name: x`, a `Method name` column).
const METHOD_LABELS: [&str; 4] = ["method name", "method", "rpc method", "command"];

/// A method's name where a label or a column says it is one: an RPC name or a lower-case
/// word of letters, digits and `_` (`torrent_get`), not an HTTP method.
fn named_method(s: &str) -> bool {
    // (`objects/query`, `textDocument/completion`: a method named by its namespace and name
    // joined by `/`, as JSON-RPC lets a name be.)
    let slashed = s.contains('/') && s.split('/').all(lower_word);
    method_word(s).is_none() && (rpc_name(s) || lower_word(s) || slashed)
}

/// Methods a table lists by name in a column of its own (`| Method name | Description |`,
/// each cell a name: `torrent_start`): an operation per row, named by its cell, with no
/// section of its own (the row is its description).
pub(super) fn table_methods(doc: &Document) -> Vec<OpAt> {
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let Some(t) = b.table() else {
            continue;
        };
        let owner = (0..i).rev().find(|&h| doc.blocks[h].is_heading());
        let Some((col, key)) = t.header.iter().enumerate().find_map(|(c, h)| {
            if METHOD_LABELS.contains(&h.trim().trim_matches('*').to_ascii_lowercase().as_str()) {
                return Some((c, None));
            }
            url_parameter_label(h).map(|k| (c, Some(k)))
        }) else {
            // (A table of one method's facts, a name in each row's first cell: `|Method|
            // addnode|` over `|Parameters|1. peer (string, required) - …|`.)
            if let Some((k, name)) = t.rows.iter().enumerate().find_map(|(k, r)| {
                let [key, value] = r.as_slice() else {
                    return None;
                };
                let key = key.trim().trim_matches('*').to_ascii_lowercase();
                let value = value.trim().trim_matches('`');
                (METHOD_LABELS.contains(&key.as_str()) && named_method(value))
                    .then(|| (k, value.to_string()))
            }) && !out.iter().any(|o: &OpAt| o.rpc.as_deref() == Some(&name))
                && !under_websocket_part(doc, i)
            {
                let line = t.row_lines.get(k).copied().unwrap_or(b.span.line);
                out.push(method_at(name, line, i, i + 1, owner, Some(i)));
            }
            continue;
        };
        // (A caption row, one cell across the table, groups the rows: no method.)
        let caption = |r: &Vec<String>| r.len() == 1 && t.header.len() > 2;
        let names: Vec<Option<String>> = t
            .rows
            .iter()
            .map(|r| {
                if caption(r) {
                    return Some(String::new());
                }
                // (`z_getbalance<br>`: a line break after the name.)
                let c = strip_markup(r.get(col)?);
                let c = c.trim().trim_matches('`');
                let name = match key {
                    None => named_method(c),
                    Some(_) => constant_name(c) || named_method(c),
                };
                name.then(|| c.to_string())
            })
            .collect();
        if names.iter().all(|n| n.as_deref().is_none_or(str::is_empty))
            || names.iter().any(Option::is_none)
        {
            continue;
        }
        // A column headed by a URL parameter (`req=`) names methods when the page calls one
        // of them by it (`https://localhost/rpc/?req=LIST_REPOSITORIES`).
        if let Some(key) = key
            && !names
                .iter()
                .flatten()
                .any(|n| !n.is_empty() && selects_method(doc, key, n))
        {
            continue;
        }
        for (k, name) in names.into_iter().flatten().enumerate() {
            if name.is_empty() || out.iter().any(|o: &OpAt| o.rpc.as_deref() == Some(&name)) {
                continue;
            }
            let line = t.row_lines.get(k).copied().unwrap_or(b.span.line);
            out.push(method_at(name, line, i + 1, i + 1, owner, Some(i)));
        }
    }
    out
}

/// A column header naming a URL parameter as a query writes it (`req=`, `name=`): its name.
pub(super) fn url_parameter_label(h: &str) -> Option<&str> {
    let key = h.trim().strip_suffix('=')?;
    (!key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then_some(key)
}

/// The URL parameter that selects the command of a page's one entry point, as the page
/// writes that entry point with a placeholder for it (`/api?apikey=$apikey&cmd=$command`,
/// `?method={method}`): the parameter named as a command is (`cmd`, `method`, `action`, …)
/// or whose placeholder is (`$command`).
pub(super) fn url_selector(doc: &Document) -> Option<String> {
    const WORDS: [&str; 10] = [
        "cmd",
        "command",
        "method",
        "action",
        "op",
        "operation",
        "call",
        "function",
        "req",
        "request",
    ];
    doc.blocks.iter().find_map(|b| {
        b.text.split(['?', '&']).skip(1).find_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            let slot = value
                .trim_start_matches(['$', '{', '<', ':'])
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()?;
            let placeholder = value.starts_with(['$', '{', '<', ':']) && !slot.is_empty();
            (placeholder
                && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && (WORDS.contains(&key.to_ascii_lowercase().as_str())
                    || WORDS.contains(&slot.to_ascii_lowercase().as_str())))
            .then(|| key.to_string())
        })
    })
}

/// A heading naming a command of a URL-selected entry point as its call's query goes on
/// (`findArtist&name=$artistname[&limit=$limit]`, `getIndex`): the command's name (a word
/// opening in lower case) and its query parameters, each optional inside brackets.
pub(super) fn command_heading(text: &str) -> Option<(String, Vec<(String, bool)>)> {
    let t = text.trim();
    let name_end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    let name = &t[..name_end];
    if name.len() < 2 || !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let mut params = Vec::new();
    let mut optional = false;
    let mut rest = &t[name_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            optional = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix(']') {
            optional = false;
            rest = r;
        } else if let Some(r) = rest.strip_prefix('&') {
            let (key, after) = r.split_once('=')?;
            if key.is_empty()
                || !key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return None;
            }
            let end = after.find(['&', '[', ']']).unwrap_or(after.len());
            if after[..end].contains(char::is_whitespace) {
                return None;
            }
            params.push((key.to_string(), optional));
            rest = &after[end..];
        } else {
            return None;
        }
    }
    Some((name.to_string(), params))
}

/// The commands of a page whose one entry point selects them by a URL parameter
/// ([`url_selector`]), each headed by its name and query ([`command_heading`]): at a
/// heading level where three headings or more are such, each is a method.
pub(super) fn selected_commands(doc: &Document) -> Vec<OpAt> {
    if url_selector(doc).is_none() {
        return Vec::new();
    }
    let named = |b: &Block| command_heading(&clean_heading(&b.text)).is_some();
    let Some((&level, _)) = per_level(doc, named)
        .iter()
        .filter(|(_, n)| **n >= 3)
        .max_by_key(|(_, n)| **n)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, b) in doc.headings() {
        if b.level() != Some(level) {
            continue;
        }
        let Some((name, _)) = command_heading(&clean_heading(&b.text)) else {
            continue;
        };
        let end = ranked_end(doc, i + 1, level);
        out.push(method_at(name, b.span.line, i + 1, end, Some(i), None));
    }
    out
}

/// A constant's name (`LIST_REPOSITORIES`, `GET_PROTOCOL`): upper-case words joined by `_`.
fn constant_name(s: &str) -> bool {
    s.len() > 1
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && method_word(s).is_none()
}

/// Whether a block of the page calls a URL whose query gives `key` the value `name`
/// (`?req=LIST_REPOSITORIES`, `&req=LIST_REPOSITORIES&name=x`).
fn selects_method(doc: &Document, key: &str, name: &str) -> bool {
    let pairs = [format!("?{key}={name}"), format!("&{key}={name}")];
    doc.blocks.iter().any(|b| {
        pairs.iter().any(|p| {
            b.text.match_indices(p.as_str()).any(|(at, _)| {
                !b.text[at + p.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
    })
}

/// A heading written as a call signature (`createGroupIfNotExistsFor(groupMapper)`,
/// `getText(padID, [rev])`, `listAllGroups()`): the method's name and its arguments, each
/// required unless in brackets (optional). `None` for anything else (`Returns (JSON)`).
pub(super) fn signature(heading: &str) -> Option<(String, Vec<RawParam>)> {
    // (`client_add($session_id, $params);`: PHP's way, a statement's `;` after the call.)
    let t = heading.trim().trim_end_matches(';').trim_end();
    let open = t.find('(')?;
    let inner = t[open + 1..].strip_suffix(')')?;
    let name = t[..open].trim();
    if !(rpc_name(name) || lower_word(name)) {
        return None;
    }
    let mut args = Vec::new();
    for (a, optional) in signature_args(inner) {
        // (`$session_id`: a PHP variable's name.)
        let a = a.strip_prefix('$').unwrap_or(&a);
        // `count=10`: an argument with its default.
        let (a, default) = match a.split_once('=') {
            Some((n, d)) => (n.trim(), Some(d.trim().to_string())),
            None => (a, None),
        };
        let mut p = name_part(a)?;
        if a.contains(char::is_whitespace) {
            return None;
        }
        p.required = Some(!optional && default.is_none());
        p.default = default;
        args.push(p);
    }
    Some((name.to_string(), args))
}

/// A signature's arguments, each with whether brackets make it optional, at any depth
/// (`[secret], uris[, options[, position]]`: `secret`, `options` and `position` optional,
/// `uris` required; `getText(padID, [rev])`).
fn signature_args(inner: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    // The argument being read, and the bracket depth at its first character.
    let mut current = String::new();
    let mut depth_at = 0usize;
    for c in inner.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            ',' => {
                if !current.trim().is_empty() {
                    out.push((current.trim().to_string(), depth_at > 0));
                }
                current.clear();
            }
            _ => {
                if current.trim().is_empty() {
                    depth_at = depth;
                }
                current.push(c);
            }
        }
    }
    if !current.trim().is_empty() {
        out.push((current.trim().to_string(), depth_at > 0));
    }
    out
}

/// In a plain-text capture, where headings carry no mark, a line that is only a dotted
/// method name (`auth.user.Login`) heads that method's section, unless a list of methods
/// goes on after it.
fn rpc_name_line(doc: &Document, i: usize) -> bool {
    let b = &doc.blocks[i];
    let t = b.text.trim();
    doc.kind == crate::read::blocks::InputKind::Text
        && b.kind == Kind::Paragraph
        && !t.contains('\n')
        && t.contains('.')
        && rpc_name(t)
        && doc
            .blocks
            .get(i + 1)
            .is_none_or(|n| index_line(n).is_none())
        // Inside a list of methods (one before it too): an entry, not a heading.
        && (i == 0 || index_line(&doc.blocks[i - 1]).is_none())
}

/// An entry of a list of methods on a line (or an item) of its own: a dotted method name,
/// then its description, if any (`auth.user.Login Used to login a user`).
pub(super) fn index_line(b: &Block) -> Option<(String, Option<String>)> {
    if !matches!(b.kind, Kind::Paragraph | Kind::Item { .. }) || b.text.trim().contains('\n') {
        return None;
    }
    let t = b.text.trim();
    let (name, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    let name = name.trim_end_matches(['|', ':']);
    (name.contains('.') && rpc_name(name)).then(|| {
        let rest = rest
            .trim()
            .trim_start_matches(['-', '–', '—', '|', ':'])
            .trim();
        let rest = rest.trim_end_matches('|').trim();
        (
            name.to_string(),
            (!rest.is_empty()).then(|| rest.to_string()),
        )
    })
}

/// A list of methods (`Actions List`: a method name and its description per line, item or
/// table row) that names at least one method a section of the page documents: every method
/// it names is an operation, in the list's order; a method no section documents is
/// `listed_only`, with the list's description. Sections the list does not name follow.
pub(super) fn with_index(doc: &Document, detailed: Vec<OpAt>) -> Vec<OpAt> {
    // (A list under a `Notifications` heading names what the server sends: no operations.)
    let entries: Vec<IndexEntry> = index_entries(doc, &detailed)
        .into_iter()
        .filter(|e| !listed_as_notification(doc, e.3))
        .collect();
    let named = |n: &str| detailed.iter().any(|o| o.rpc.as_deref() == Some(n));
    if !entries.iter().any(|e| named(&e.0)) {
        return detailed;
    }
    // A listed method whose name heads a section of its own (one that lists no parameter,
    // or is cut off before them) is documented there.
    let mut detailed = detailed;
    for (name, _, _, _) in &entries {
        if detailed.iter().any(|o| o.rpc.as_deref() == Some(name)) {
            continue;
        }
        if let Some(i) = (0..doc.blocks.len())
            .find(|&i| rpc_name_line(doc, i) && doc.blocks[i].text.trim() == name)
        {
            let line = doc.blocks[i].span.line;
            detailed.push(method_at(
                name.clone(),
                line,
                i + 1,
                doc.blocks.len(),
                Some(i),
                None,
            ));
        }
    }
    detailed.sort_by_key(|o| o.heading);
    in_list_order(&entries, detailed)
}

/// An entry of a list of methods: name, description, line, block.
type IndexEntry = (String, Option<String>, u32, usize);

/// The entries of the page's lists of methods (lines, items and table rows naming a
/// method; a description wrapped onto a line of its own goes on with the entry before),
/// outside the sections of `detailed` methods.
fn index_entries(doc: &Document, detailed: &[OpAt]) -> Vec<IndexEntry> {
    let mut entries: Vec<IndexEntry> = Vec::new();
    let mut in_run = false;
    for (i, b) in doc.blocks.iter().enumerate() {
        if let Some(t) = b.table() {
            table_entries(t, b.span.line, i, &mut entries);
            in_run = false;
            continue;
        }
        if detailed.iter().any(|o| o.heading == Some(i)) {
            in_run = false;
            continue;
        }
        if let Some((name, desc)) = index_line(b) {
            entries.push((name, desc, b.span.line, i));
            in_run = true;
        } else if in_run
            && !b.text.trim().contains('\n')
            && !b.text.trim().is_empty()
            && block_label(b).is_none()
            && doc
                .blocks
                .get(i + 1)
                .is_some_and(|n| index_line(n).is_some())
            && !detailed.iter().any(|o| o.heading == Some(i + 1))
            && let Some(last) = entries.last_mut()
        {
            // A description wrapped onto a line of its own, between two entries.
            let d = last.1.get_or_insert_with(String::new);
            if !d.is_empty() {
                d.push('\n');
            }
            d.push_str(b.text.trim());
        } else {
            in_run = false;
        }
    }
    entries
}

/// The rows of table `t` (block `i`, at `line`) whose first cell names a dotted method:
/// entries, the second cell their description. A table without a header row: its first
/// row is an entry too.
fn table_entries(t: &Table, line: u32, i: usize, entries: &mut Vec<IndexEntry>) {
    let header = (!t.header.is_empty()).then_some((&t.header, &line));
    for (row, line) in header.into_iter().chain(t.rows.iter().zip(&t.row_lines)) {
        let Some(name) = row.first().map(|c| c.trim().trim_matches('`')) else {
            continue;
        };
        if name.contains('.') && rpc_name(name) {
            let desc = row
                .get(1)
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty());
            entries.push((name.to_string(), desc, *line, i));
        }
    }
}

/// The operations in the list's order (each name once): a documented method with the
/// list's description, a method no section documents `listed_only`; then the sections the
/// list does not name.
fn in_list_order(entries: &[IndexEntry], detailed: Vec<OpAt>) -> Vec<OpAt> {
    let mut pool: Vec<Option<OpAt>> = detailed.into_iter().map(Some).collect();
    let mut out = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (name, desc, line, block) in entries {
        if seen.contains(&name.as_str()) {
            continue;
        }
        seen.push(name);
        match pool
            .iter_mut()
            .find(|o| o.as_ref().is_some_and(|o| o.rpc.as_deref() == Some(name)))
            .and_then(Option::take)
        {
            Some(mut o) => {
                o.index_doc = desc.clone();
                out.push(o);
            }
            None => out.push(OpAt {
                route: None,
                rpc: Some(name.clone()),
                line: *line,
                route_at: *line,
                start: *block,
                end: *block,
                name: name.clone(),
                heading: None,
                block: None,
                repeat_of: None,
                more: Vec::new(),
                tail: None,
                own: Vec::new(),
                listed: Some(desc.clone()),
                index_doc: None,
            }),
        }
    }
    out.extend(pool.into_iter().flatten());
    out
}

/// The section numbers a heading starts with (`2.6. channels.create` → `[2, 6]`).
pub(super) fn section_numbers(s: &str) -> Option<Vec<u32>> {
    let (digits, _) = split_section_number(s)?;
    digits.iter().map(|d| d.parse().ok()).collect()
}

/// A heading without its section number (`2.6. channels.create` → `channels.create`).
pub(super) fn strip_section_number(s: &str) -> &str {
    split_section_number(s).map_or(s.trim(), |(_, rest)| rest)
}

/// A heading's section number, as its digit runs, and the text after it: `2.6.
/// channels.create` → (`["2", "6"]`, `channels.create`); none without a number followed by
/// a space.
fn split_section_number(s: &str) -> Option<(Vec<&str>, &str)> {
    let mut rest = s.trim();
    let mut digits = Vec::new();
    loop {
        let n = rest.chars().take_while(char::is_ascii_digit).count();
        let Some(r) = rest[n..].strip_prefix('.').filter(|_| n > 0) else {
            break;
        };
        digits.push(&rest[..n]);
        rest = r;
    }
    (!digits.is_empty() && rest.starts_with(char::is_whitespace))
        .then(|| (digits, rest.trim_start()))
}

/// A method name: dotted identifiers (`chat.postMessage`) or one lower camelCase word
/// (`sendMessage`).
pub(super) fn rpc_name(s: &str) -> bool {
    if s.is_empty() || s.contains(char::is_whitespace) || s.len() > 80 {
        return false;
    }
    let ident = |p: &str| {
        !p.is_empty()
            && p.chars().next().is_some_and(char::is_alphabetic)
            && p.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    // (`config::byKey`, `jeeObject::fullById`: a class's method, PHP's way, as a dotted
    // name is.)
    let parts: Vec<&str> = if s.contains("::") && !s.contains('.') {
        s.split("::").collect()
    } else {
        s.split('.').collect()
    };
    if parts.len() >= 2 {
        return parts.iter().all(|p| ident(p))
            && s.chars().any(|c| c.is_ascii_lowercase())
            && !file_name(s);
    }
    ident(s)
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars().any(|c| c.is_ascii_uppercase())
}

/// A file's name (`kamailio.cfg`, `my_crl.pem`, `config.json`): its last dotted part is a
/// common file extension, so it names a file the page talks about, not a method.
fn file_name(s: &str) -> bool {
    const EXTENSIONS: [&str; 24] = [
        "cfg", "cnf", "conf", "crt", "csv", "gz", "htm", "html", "ini", "js", "json", "md", "pdf",
        "pem", "php", "png", "py", "sh", "sql", "toml", "txt", "xml", "yaml", "yml",
    ];
    s.rsplit_once('.')
        .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext))
}

/// A page of one JSON-RPC method whose title says it in words (`# Build And Submit
/// Transaction`, `# Get Version Number`) over the calls it shows (`{"method":
/// "build_and_submit_transaction", "jsonrpc": "2.0", …}`): the first call the page writes
/// out names the method, the title shares a word with it, and the page labels its request
/// (`## Request`) or lists parameters. An introduction's one example call is not enough.
pub(super) fn enveloped_page(doc: &Document) -> Option<OpAt> {
    // (The first call written out: an answer echoing a name, or a hint's example of
    // another call further down, does not say which method the page is.)
    let (at, name) = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.is_code() && !b.text.contains("\"result\""))
        .find_map(|(i, b)| Some((i, envelope_method(&b.text)?)))?;
    let title = super::page::front_matter_title(doc).or_else(|| {
        doc.headings()
            .find(|(_, b)| b.level() == Some(1))
            .map(|(_, b)| clean_heading(&b.text))
    })?;
    // (Words of three letters or more, whatever the case: `GetVersionNumber`,
    // `get_version_number` and `Get Version Number` share theirs.)
    let words = |s: &str| -> Vec<String> {
        use heck::ToSnakeCase;
        s.to_snake_case()
            .split('_')
            .filter(|w| w.len() >= 3)
            .map(str::to_string)
            .collect()
    };
    let named = words(&name);
    let shares = words(&title).iter().any(|w| named.contains(w));
    let labelled = doc.blocks.iter().any(|b| {
        (b.is_heading() && clean_heading(&b.text).eq_ignore_ascii_case("request"))
            || block_label(b).is_some_and(|c| matches!(c, Ctx::Params(_)))
            || b.table().is_some_and(|t| columns(t).is_some())
    });
    (shares && labelled).then(|| {
        method_at(
            name,
            doc.blocks[at].span.line,
            0,
            doc.blocks.len(),
            None,
            Some(at),
        )
    })
}

/// A page documenting one method by its title: a front-matter `title:` that is a method name
/// (`createPlaylist`, `search3`) and, on the page, the method's URL (inline code or text,
/// `http://your-server/rest/createPlaylist`) whose last segment is that name. The page is
/// the method's section; its route stays unknown when the page gives no HTTP method.
pub(super) fn titled_method(doc: &Document) -> Option<OpAt> {
    let name = super::page::front_matter_title(doc)?;
    // (A page titled by the name its JSON-RPC call sends, `title: GetBalance` over `curl -d
    // '{"jsonrpc": "2.0", "method": "GetBalance", …}'`: the page is that method's section,
    // whatever the name's case.)
    let ident = !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ident
        && let Some(at) = doc.blocks.iter().position(|b| {
            b.is_code()
                && b.text.contains("\"jsonrpc\"")
                && string_members(&b.text, "method").any(|m| m == name)
        })
    {
        return Some(method_at(
            name,
            doc.blocks[at].span.line,
            0,
            doc.blocks.len(),
            None,
            Some(at),
        ));
    }
    if !lower_word(&name) {
        return None;
    }
    let names_it = |text: &str| {
        text.split(|c: char| c.is_whitespace() || c == '`' || c == '<' || c == '>')
            .filter(|w| w.contains("://") || w.starts_with('/'))
            .any(|w| {
                let path = w.split(['?', '#']).next().unwrap_or(w);
                let last = path.rsplit('/').next().unwrap_or(path);
                last.strip_suffix(".view").unwrap_or(last) == name
            })
    };
    // The URL before the page's first heading: what the page is about, not a link in a
    // later section.
    let first_heading = doc
        .blocks
        .iter()
        .position(Block::is_heading)
        .unwrap_or(doc.blocks.len());
    let at = (0..first_heading).find(|&i| names_it(&doc.blocks[i].text))?;
    let line = doc.blocks[at].span.line;
    Some(method_at(
        name,
        line,
        at + 1,
        doc.blocks.len(),
        None,
        Some(at),
    ))
}

/// A page documenting one method named at the end of its one title, after words saying what
/// it does (`# Получить сделку по Id crm.deal.get`): a dotted name whose every example call
/// the page makes goes to a URL ending in that name (`curl -X POST …/rest/crm.deal.get`,
/// the same call through a webhook's URL `…/rest/1/abc/crm.deal.get`). The page is the
/// method's section; the calls are its uses. `routes` are the page's routes so far.
pub(super) fn title_named_method(doc: &Document, routes: &[OpAt]) -> Option<OpAt> {
    let mut titles = doc.headings().filter(|(_, h)| h.level() == Some(1));
    let (at, title) = titles.next()?;
    if titles.next().is_some() {
        return None;
    }
    let text = clean_heading(&title.text);
    let (words, last) = text.trim().rsplit_once(' ')?;
    let name = last.trim_matches('`');
    let ends_in_name = |o: &OpAt| {
        o.route
            .as_ref()
            .is_some_and(|r| r.path.rsplit('/').next() == Some(name))
    };
    (!words.trim().is_empty()
        && name.contains('.')
        && rpc_name(name)
        && !routes.is_empty()
        && routes.iter().all(ends_in_name))
    .then(|| {
        method_at(
            name.to_string(),
            title.span.line,
            at + 1,
            doc.blocks.len(),
            Some(at),
            None,
        )
    })
}

/// A page documenting one method by its declaration: the first code block under a
/// `Syntax` / `Signature(s)` / `Synopsis` heading or label holds a call signature, typed or
/// not (`int append(string NZBFilename, string NZBContent)`, `getVersion()`, Homegear's
/// `# Signatures` over `Integer createBuilding(Struct translations, Struct metadata = {})`).
/// The page is the method's section; the code block names it.
pub(super) fn syntax_method(doc: &Document) -> Option<OpAt> {
    let label = doc.blocks.iter().position(|b| {
        let t = clean_heading(&b.text).to_lowercase();
        let t = t.trim().trim_end_matches(':').trim();
        (b.is_heading() || !t.contains('\n'))
            && matches!(
                t,
                "syntax" | "signature" | "signatures" | "synopsis" | "method signature"
            )
    })?;
    let code = (label + 1..doc.blocks.len())
        .take_while(|&k| !doc.blocks[k].is_heading())
        .find(|&k| doc.blocks[k].is_code())?;
    // (Or the command line that calls it, `table_remove name [dependent=no]`, on a page
    // titled by that very name, ``table_remove``.)
    let title = doc
        .headings()
        .find(|(_, h)| h.level() == Some(1))
        .map(|(_, h)| clean_heading(&h.text));
    let (name, _) = typed_signature(&doc.blocks[code].text).or_else(|| {
        let title = title.as_deref()?;
        command_signature(&doc.blocks[code].text, title)
    })?;
    // (Its section from the declaration on: what is above it is the page's front matter.)
    Some(method_at(
        name,
        doc.blocks[code].span.line,
        code + 1,
        doc.blocks.len(),
        None,
        Some(code),
    ))
}

/// The first call signature in a declaration (`int append(string NZBFilename, int[] IDs)`,
/// `struct[] listgroups(int NumberOfLogEntries)`, `getVersion()`): the method's name and
/// its arguments, each the last word of its part (the words before it its type), optional
/// in brackets or by a default value after `=` (`Struct metadata = {}`, left out of the
/// name); overloads numbered in the margin, `(1) … (2) …`, give the first.
pub(super) fn typed_signature(text: &str) -> Option<(String, Vec<RawParam>)> {
    // (Overloads numbered in the margin, `(1) Integer addUiElement(…)`: the first one.)
    let text = text.trim_start();
    let text = text
        .strip_prefix('(')
        .and_then(|t| t.split_once(')'))
        .filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        .map_or(text, |(_, t)| t);
    let open = text.find('(')?;
    let close = open + text[open..].find(')')?;
    let head: Vec<&str> = text[..open].split_whitespace().collect();
    let (name, ret) = head.split_last()?;
    // (A return type of a word or two at most: `int`, `struct[]`, `unsigned long`.)
    if ret.len() > 2 || !(rpc_name(name) || name.chars().all(|c| c.is_alphanumeric() || c == '_')) {
        return None;
    }
    let mut args = Vec::new();
    for (part, optional) in signature_args(&text[open + 1..close]) {
        let (part, default) = match part.split_once('=') {
            Some((p, _)) => (p, true),
            None => (part.as_str(), false),
        };
        let optional = optional || default;
        let words: Vec<&str> = part.split_whitespace().collect();
        let (arg, ty) = words.split_last()?;
        let mut p = name_part(arg.trim_start_matches(['*', '&']))?;
        p.required = Some(!optional);
        if !ty.is_empty() {
            p.ty = Some(ty.join(" "));
        }
        args.push(p);
    }
    Some(((*name).to_string(), args))
}

/// A command line calling the method `name` with its arguments (`table_remove name
/// [dependent=no]`, `delete table [key [id [filter]]]`, over several lines): each argument
/// a name, before `=` and its default when it has one, optional inside brackets (nested
/// ones too). The first word must be `name`, a lower-case word of letters, digits and `_`;
/// a word that is no name (`|`, `...`, a literal in capitals) makes it no signature.
pub(super) fn command_signature(text: &str, name: &str) -> Option<(String, Vec<RawParam>)> {
    if !lower_word(name) {
        return None;
    }
    let mut words = text.split_whitespace();
    if words.next()? != name {
        return None;
    }
    let mut depth = 0usize;
    let mut args = Vec::new();
    for w in words {
        let opens = w.chars().take_while(|&c| c == '[').count();
        depth += opens;
        let inner = &w[opens..];
        let closes = inner.chars().rev().take_while(|&c| c == ']').count();
        let inner = &inner[..inner.len() - closes];
        let arg = inner.split_once('=').map_or(inner, |(n, _)| n);
        if !lower_word(arg) {
            return None;
        }
        let mut p = name_part(arg)?;
        p.required = Some(depth == 0);
        args.push(p);
        depth = depth.checked_sub(closes)?;
    }
    (depth == 0).then(|| (name.to_string(), args))
}

/// Calls each named by the endpoint an `Endpoint` label gives alone in code, on a page that
/// states no HTTP method (`### API 端点` "API endpoint" over `` `/delete_friend` `` or
/// `` `send_like` ``, under the call's `## 删除好友` heading; OneBot's actions, sent as
/// GET, POST or over a WebSocket alike): a method each, named by the endpoint without its
/// leading `/`, its extent the section of the heading over the label.
pub(super) fn endpoint_label_methods(doc: &Document) -> Vec<OpAt> {
    let mut out: Vec<OpAt> = Vec::new();
    // (Or a heading opening with the endpoint in code, then its title in words, `::: details
    // `/set_qq_avatar` 设置头像` (a collapsible container read as a heading), `###
    // `/get_file` 下载文件`, or ending with it, `::: details 设置头像 `/set_qq_avatar``, on a
    // page naming no method: a call each, its section the heading's.)
    if super::evidence::names_no_method(doc) {
        for (i, b) in doc.blocks.iter().enumerate() {
            let Some(level) = b.level().filter(|&l| l > 0) else {
                continue;
            };
            // (The title as written, its code marks kept.)
            let src = doc.line(b.span.line);
            let src = crate::read::text::details_title(src)
                .unwrap_or_else(|| src.trim_start_matches('#').trim_start());
            // (The endpoint opens the title or ends it, `设置头像 `/set_qq_avatar``: one code
            // span, the rest words.)
            let opening = src.strip_prefix('`').and_then(|r| r.split_once('`'));
            let closing = src
                .strip_suffix('`')
                .and_then(|r| r.rsplit_once('`'))
                .map(|(title, code)| (code, title));
            let Some((code, title)) = opening.or(closing).filter(|(_, t)| !t.contains('`')) else {
                continue;
            };
            let Some(name) = code.strip_prefix('/').filter(|n| {
                n.len() > 1
                    && n.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                    && n.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
            }) else {
                continue;
            };
            if title.trim().is_empty() {
                continue;
            }
            let end = super::evidence::ranked_end(doc, i + 1, level);
            out.push(method_at(
                name.to_string(),
                b.span.line,
                i + 1,
                end,
                Some(i),
                None,
            ));
        }
        if !out.is_empty() {
            return out;
        }
    }
    for (i, b) in doc.blocks.iter().enumerate() {
        let label = clean_heading(&b.text).to_lowercase();
        let label = label.trim().trim_end_matches([':', '：']).trim();
        if !b.is_heading()
            || !matches!(
                label,
                "endpoint" | "api endpoint" | "端点" | "api 端点" | "api端点" | "接口端点"
            )
        {
            continue;
        }
        let Some(next) = doc.blocks.get(i + 1).filter(|n| n.kind == Kind::Paragraph) else {
            continue;
        };
        let src = doc.line(next.span.line).trim();
        let Some(name) = src
            .strip_prefix('`')
            .and_then(|v| v.strip_suffix('`'))
            .map(|v| v.trim().trim_start_matches('/'))
            .filter(|v| {
                !v.is_empty()
                    && next.span.line == next.span.end_line
                    && v.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                    && v.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '/' | '.' | '-'))
            })
        else {
            continue;
        };
        // (The call's heading: the nearest above of a lower rank.)
        let level = b.level().unwrap_or(0);
        let Some(h) = (0..i)
            .rev()
            .find(|&k| doc.blocks[k].level().is_some_and(|l| l > 0 && l < level))
        else {
            continue;
        };
        let hl = doc.blocks[h].level().unwrap_or(0);
        let end = super::evidence::ranked_end(doc, h + 1, hl);
        out.push(method_at(
            name.to_string(),
            doc.blocks[h].span.line,
            h + 1,
            end,
            Some(h),
            Some(i + 1),
        ));
    }
    out
}

/// An RPC method named at `line` (its heading, or the block naming it), its section the
/// blocks `start..end`.
fn method_at(
    name: String,
    line: u32,
    start: usize,
    end: usize,
    heading: Option<usize>,
    block: Option<usize>,
) -> OpAt {
    OpAt {
        route: None,
        rpc: Some(name.clone()),
        line,
        route_at: line,
        start,
        end,
        name,
        heading,
        block,
        repeat_of: None,
        more: Vec::new(),
        tail: None,
        own: Vec::new(),
        listed: None,
        index_doc: None,
    }
}
