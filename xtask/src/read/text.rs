//! The plain-text and Markdown front ends of the document model: lines into blocks.
//!
//! Both read line by line; Markdown adds `#` headings, fenced and indented code, merged
//! paragraph lines, `[text](url)` links and `\_` escapes. Rules in [`super::blocks`].

use super::Doc;
use super::blocks::{Block, Kind, Link, Span, Table};

/// The longest line read as a plain-text heading.
const HEADING_MAX: usize = 72;

/// The blocks and links of a text (`markdown` false) or Markdown document.
pub fn blocks(doc: &Doc, markdown: bool) -> (Vec<Block>, Vec<Link>) {
    let unquoted;
    let doc = if markdown && let Some(d) = quotes_opened(doc) {
        unquoted = d;
        &unquoted
    } else {
        doc
    };
    let mut r = Scan {
        doc,
        markdown,
        blocks: Vec::new(),
        links: Vec::new(),
        items: Vec::new(),
        definitions: if markdown {
            link_definitions(doc)
        } else {
            Vec::new()
        },
    };
    r.run();
    (r.blocks, r.links)
}

struct Scan<'a> {
    doc: &'a Doc,
    markdown: bool,
    blocks: Vec<Block>,
    links: Vec<Link>,
    /// In Markdown, the list items open around the line being read, outermost first: the
    /// column where each one's content starts (`* ` → 2), and the level of the heading it
    /// holds (`* #### Name`). Lines indented that far are the item's blocks, as CommonMark
    /// reads them, their own indentation counted from there; headings among them are below
    /// the item's heading whatever their marks, as they are nested in it.
    items: Vec<(usize, Option<u8>)>,
    /// In Markdown, the page's link reference definitions (`[200]: https://…`): each label
    /// in lower case and its URL.
    definitions: Vec<(String, String)>,
}

/// A Markdown page with the block quotes that hold tables or code opened: each such
/// quote's marks (`> `, `> > `) left out, so its tables and code fences read as the
/// blocks they are (`> | name | type |` over its rows, `> ```json` … `> ```` around an
/// answer), at the same lines. A quote of text alone (a note, `> {warning} Remember …`)
/// stays as it is; so do lines inside a fence opened outside a quote (`> npm install`, a
/// prompt). None when no quote holds a table or code.
fn quotes_opened(doc: &Doc) -> Option<Doc> {
    let quoted = |line: &str| {
        let lead = line.len() - line.trim_start().len();
        lead <= 3 && line.trim_start().starts_with('>')
    };
    let unquote = |line: &str| -> String {
        let mut rest = line;
        while let Some(r) = rest.trim_start().strip_prefix('>') {
            rest = r.strip_prefix(' ').unwrap_or(r);
        }
        rest.to_string()
    };
    let fence_mark = |t: &str| {
        let t = t.trim_start();
        t.starts_with("```") || t.starts_with("~~~")
    };
    let mut lines: Vec<String> = doc.lines.clone();
    let mut any = false;
    let mut in_fence = false;
    let mut n = 0;
    while n < doc.lines.len() {
        let line = &doc.lines[n];
        if !quoted(line) || in_fence {
            if fence_mark(line) {
                in_fence = !in_fence;
            }
            n += 1;
            continue;
        }
        let run = doc.lines[n..].iter().take_while(|l| quoted(l)).count();
        let opened: Vec<String> = doc.lines[n..n + run].iter().map(|l| unquote(l)).collect();
        if opened
            .iter()
            .any(|l| l.trim_start().starts_with('|') || fence_mark(l))
        {
            for (k, l) in opened.into_iter().enumerate() {
                lines[n + k] = l;
            }
            any = true;
        }
        n += run;
    }
    any.then(|| Doc {
        file: doc.file.clone(),
        lines,
        origin: doc.origin.clone(),
    })
}

/// The link reference definitions of a Markdown page (`[200]: https://…/200`, `[JSON API
/// document]: /docs#json`, at most three spaces in): each label in lower case and its URL.
fn link_definitions(doc: &Doc) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in &doc.lines {
        if line.len() - line.trim_start().len() > 3 {
            continue;
        }
        let Some(rest) = line.trim().strip_prefix('[') else {
            continue;
        };
        let Some((label, url)) = rest.split_once("]:") else {
            continue;
        };
        let url = url.trim();
        if label.trim().is_empty()
            || label.contains(['[', ']'])
            || url.is_empty()
            || url.contains(char::is_whitespace)
        {
            continue;
        }
        out.push((label.trim().to_lowercase(), url.to_string()));
    }
    out
}

/// Reference links to a definition on the page (`[200][]`, `[the docs][json-api]`) written
/// as inline links (`[200](https://…)`), so they read as their text, as a renderer shows
/// them. Brackets that no definition names (`filter[workspace][name]`) stay as written.
fn resolve_reference_links(t: &str, definitions: &[(String, String)]) -> String {
    if definitions.is_empty() || !t.contains("][") {
        return t.to_string();
    }
    let mut out = String::new();
    let mut rest = t;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let resolved = after.find(']').and_then(|close| {
            let text = &after[..close];
            let tail = after[close + 1..].strip_prefix('[')?;
            let end = tail.find(']')?;
            let label = &tail[..end];
            if text.is_empty() || text.contains('[') || label.contains('[') {
                return None;
            }
            let key = if label.is_empty() { text } else { label }.to_lowercase();
            let url = definitions.iter().find(|(l, _)| *l == key)?.1.as_str();
            Some((
                format!("[{text}]({url})"),
                open + 1 + close + 1 + 1 + end + 1,
            ))
        });
        match resolved {
            Some((link, used)) => {
                out.push_str(&rest[..open]);
                out.push_str(&link);
                rest = &rest[used..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Line `n` (1-based) untrimmed, `""` past the end.
fn raw(doc: &Doc, n: u32) -> &str {
    doc.lines
        .get((n as usize).wrapping_sub(1))
        .map_or("", String::as_str)
}

/// 1-based column of the first non-space character.
fn indent_col(line: &str) -> u32 {
    let n = line.chars().take_while(|c| c.is_whitespace()).count();
    u32::try_from(n).unwrap_or(0) + 1
}

/// Width of the leading whitespace (a tab counts 4).
fn indent_width(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// A list marker at the start of `t` (trimmed): returns (marker, rest).
pub fn list_marker(t: &str) -> Option<(&str, &str)> {
    for m in ['•', '·', '◦', '▪', '-', '*', '+', '–'] {
        if let Some(rest) = t.strip_prefix(m) {
            if rest.starts_with([' ', '\t']) && !rest.trim().is_empty() {
                return Some((&t[..m.len_utf8()], rest.trim_start()));
            }
            // `•name` (no space) is still an item for the bullet glyphs.
            if matches!(m, '•' | '◦' | '▪') && !rest.trim().is_empty() {
                return Some((&t[..m.len_utf8()], rest.trim_start()));
            }
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &t[digits..];
        for close in ['.', ')'] {
            if let Some(after) = rest.strip_prefix(close)
                && after.starts_with(' ')
                && !after.trim().is_empty()
                && !after.trim_start().starts_with(|c: char| c.is_ascii_digit())
            {
                return Some((&t[..=digits], after.trim_start()));
            }
        }
    }
    None
}

/// `2.6. name` or `1.1 Getting Started`: the count of numbers and the rest. Needs at least
/// two numbers (one number alone is a list item) or a trailing `.` after one number.
fn numbered_heading(t: &str) -> Option<(u8, &str)> {
    let mut count = 0u8;
    let mut rest = t;
    loop {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            break;
        }
        count = count.saturating_add(1);
        rest = &rest[digits..];
        match rest.strip_prefix('.') {
            Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => rest = r,
            Some(r) => {
                rest = r;
                break;
            }
            None => break,
        }
    }
    let name = rest.strip_prefix(' ')?.trim();
    (count >= 2 && !name.is_empty() && name.len() <= HEADING_MAX).then_some((count.min(6), name))
}

/// Whether line `n` is one of three or more numbered lines in a row with no blank line
/// between (`5.1. dispatcher.set_state` / `5.2. dispatcher.set_duid_state` / …): a table of
/// contents, whose entries name the sections that follow rather than start them.
fn in_contents(doc: &Doc, n: u32) -> bool {
    let numbered = |k: u32| numbered_heading(raw(doc, k).trim()).is_some();
    let before = (1..n).rev().take_while(|&k| numbered(k)).count();
    let after = (n + 1..=doc.len()).take_while(|&k| numbered(k)).count();
    before + after >= 2
}

/// Whether a trimmed line reads as a short label or title (a plain-text heading).
fn label_like(t: &str) -> bool {
    let words = t.split_whitespace().count();
    let first = t.chars().next();
    let ends_sentence = t.ends_with(['.', ',', ';', '!']) && !t.ends_with("..");
    !t.is_empty()
        && t.chars().count() <= HEADING_MAX
        && words <= 10
        && first.is_some_and(|c| c.is_uppercase())
        && !ends_sentence
        && !t.contains(". ")
        && !t.contains(['|', '{', '}', '[', '"', '\t', '='])
        && !t.contains("://")
        && !t.split_whitespace().any(|w| w.starts_with('/'))
}

/// Whether a trimmed line can sit inside a JSON value.
fn jsonish(t: &str) -> bool {
    t.is_empty()
        || t.starts_with(['{', '}', '[', ']', '"', ',', '\'', '-'])
        || (t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | ',')))
        || t.starts_with("//")
        || t.starts_with("/*")
        || t.starts_with('*')
        || ["true", "false", "null"].iter().any(|w| t.starts_with(w))
        || t.starts_with(|c: char| c.is_alphabetic()) && t.contains("\":")
}

/// Whether a line opens an MDX (JSX) component's tag that goes on over the next lines: `<`
/// and a capitalised name (`<Tabs`, `<Tabs.Item`), the line not closing it with `>`.
fn component_tag_opened(t: &str) -> bool {
    t.strip_prefix('<')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
        && !t.ends_with('>')
}

/// A thematic break of `_` or `*` (`________`, `* * *`): three marks or more, nothing else
/// but spaces. (One of `-` under a line of text is a setext heading, read before.)
fn thematic_break(t: &str) -> bool {
    let marks: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && (marks.iter().all(|&c| c == '_') || marks.iter().all(|&c| c == '*'))
}

/// An ATX heading's level and text (`### Title ###` → 3, `Title`), from its trimmed line.
fn atx_heading(t: &str) -> Option<(u8, &str)> {
    let hashes = t.chars().take_while(|&c| c == '#').count();
    ((1..=6).contains(&hashes) && t[hashes..].starts_with(' ')).then(|| {
        (
            u8::try_from(hashes).unwrap_or(6),
            heading_attributes_removed(t[hashes..].trim().trim_end_matches('#').trim()),
        )
    })
}

/// A heading's or a paragraph line's text without the attributes some Markdown dialects
/// set after it (`admin_addPeer {#admin-addpeer}`, `Usage {#usage .unnumbered}`,
/// `POST /channel.get {.route}`): an id or a class in braces at its end. A path's
/// placeholder (`GET /users/{id}`) is no attribute.
fn heading_attributes_removed(t: &str) -> &str {
    if let Some(open) = t.rfind(" {")
        && t.ends_with('}')
        && t[open + 2..].starts_with(['#', '.'])
        && !t[open + 2..t.len() - 1].contains(['{', '}'])
    {
        return t[..open].trim_end();
    }
    t
}

/// Inline HTML a Markdown page sets in its text, as a renderer shows it: the tags of a
/// paired phrase element (`<summary><code>GET</code> <code><b>/x</b></code></summary>`, a
/// `<font color="gray">`) or
/// of any element written bare, without attributes (a docs theme's `<badge>POST</badge>`),
/// left out where the text also closes it; a lone `<code>` or `<id>` (a placeholder) stays,
/// and so does an element that says something in its attributes (`<status code="200">`).
fn inline_tags_removed(text: &str) -> String {
    // (`font`: presentational, whatever its attributes say, `<font color="gray"> string
    // </font>`.)
    const TAGS: [&str; 13] = [
        "code", "b", "strong", "em", "i", "summary", "details", "kbd", "tt", "u", "mark", "small",
        "font",
    ];
    let lower = text.to_ascii_lowercase();
    // The names the text closes, `</badge>`: an element's name, letters first.
    let closed: Vec<&str> = lower
        .match_indices("</")
        .filter_map(|(at, _)| {
            let rest = &lower[at + 2..];
            let end = rest.find('>')?;
            let name = &rest[..end];
            (name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .then_some(name)
        })
        .collect();
    if closed.is_empty() {
        return text.to_string();
    }
    // The ones left out: a phrase element's, or an element's the page writes bare, `<badge>`
    // … `</badge>`, but not one whose content is no text, `<script>`.
    let removed: Vec<&str> = closed
        .into_iter()
        .filter(|n| {
            TAGS.contains(n)
                || (lower.contains(&format!("<{n}>"))
                    && !matches!(
                        *n,
                        "script" | "style" | "template" | "textarea" | "title" | "iframe"
                    ))
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let name_end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '-'))
            .unwrap_or(after.len());
        let name = after[..name_end]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        let close = after.find('>');
        match close {
            Some(end) if removed.contains(&name.as_str()) && !after[..end].contains('<') => {
                rest = &after[end + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A heading's text without the wrappers a page converted from HTML keeps around it, each
/// with no more than an id, a name, a class or a style (`<span id="deploy-server"></span>部署
/// 服务`, `<p id="x">新建知识库（POST）</p>`): a renderer shows only the text. (In a
/// paragraph such an element may be what the text shows, as Mastodon's `<p
/// class="quote-inline">RE: …</p>`; a link's `<a>` stays everywhere.)
fn heading_wrappers_removed(text: &str) -> String {
    let wrapper = |name: &str| matches!(name, "p" | "span" | "div" | "font" | "center");
    let mut opened: Vec<String> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let closing = after.starts_with('/');
        let body = after.trim_start_matches('/');
        let name_end = body
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(body.len());
        let name = body[..name_end].to_ascii_lowercase();
        let end = body.find('>').filter(|&e| !body[..e].contains('<'));
        let plain = end.is_some_and(|e| {
            let attrs = &body[name_end..e];
            wrapper(&name)
                && if closing {
                    attrs.trim().is_empty() && opened.contains(&name)
                } else {
                    attr_names(attrs).is_some_and(|names| {
                        names.iter().all(|n| {
                            matches!(n.as_str(), "id" | "name" | "class" | "style" | "align")
                        })
                    })
                }
        });
        match end {
            Some(e) if plain => {
                if !closing {
                    opened.push(name);
                }
                rest = &body[e + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    if opened.is_empty() {
        text.to_string()
    } else {
        out.trim().to_string()
    }
}

/// The names of an opening tag's attributes (` id="x" class='y'`), in lower case; none
/// when they are not written as attributes are.
fn attr_names(attrs: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut rest = attrs.trim().trim_end_matches('/').trim();
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            return None;
        }
        names.push(rest[..end].to_ascii_lowercase());
        rest = rest[end..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            let after = if quote == '"' || quote == '\'' {
                let close = value[1..].find(quote)?;
                &value[close + 2..]
            } else {
                let close = value.find(char::is_whitespace).unwrap_or(value.len());
                &value[close..]
            };
            rest = after.trim_start();
        }
    }
    Some(names)
}

/// A numeric character reference at the start of `t` (`&#58;`, `&#x2F;`): its character
/// and its length in bytes.
fn numeric_reference(t: &str) -> Option<(char, usize)> {
    let rest = t.strip_prefix("&#")?;
    let end = rest.find(';').filter(|&e| (1..=8).contains(&e))?;
    let digits = &rest[..end];
    let n = match digits.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => digits.parse().ok()?,
    };
    let ch = char::from_u32(n).filter(|c| !c.is_control())?;
    Some((ch, 2 + end + 1))
}

/// `[a](b)` links and Markdown inline marks removed; returns the text and the links
/// (text, url, byte offset in the line).
fn inline(line: &str, markdown: bool) -> (String, Vec<(String, String, usize)>) {
    if !markdown {
        return (line.to_string(), Vec::new());
    }
    let mut out = String::new();
    let mut links = Vec::new();
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        match c {
            '\\' if chars
                .get(i + 1)
                .is_some_and(|(_, n)| n.is_ascii_punctuation()) =>
            {
                out.push(chars[i + 1].1);
                i += 2;
                continue;
            }
            '[' => {
                // [text](url)
                let rest = &line[at..];
                if let Some(close) = rest.find("](")
                    && let Some(end) = rest[close + 2..].find(')')
                    && !rest[1..close].contains(['[', ']'])
                {
                    let text = inline(&rest[1..close], true).0;
                    let url = rest[close + 2..close + 2 + end].trim().to_string();
                    out.push_str(&text);
                    links.push((text, url, at));
                    let skip_to = at + close + 2 + end + 1;
                    while i < chars.len() && chars[i].0 < skip_to {
                        i += 1;
                    }
                    continue;
                }
                out.push(c);
            }
            '`' => {}
            // `&#58;`, `&#x2F;`: a numeric character reference, as a renderer shows it
            // (`http&#58;//host/api` written so that no link is made), and `&nbsp;`, the
            // named one pages set between a method and its path (`**[ POST ]** &nbsp;&nbsp;
            // /ums/register/`); one that would make markup (`<`, `&`) stays as written.
            '&' if let Some((ch, len)) = numeric_reference(&line[at..])
                .or_else(|| line[at..].starts_with("&nbsp;").then_some(('\u{a0}', 6)))
                && !matches!(ch, '<' | '&') =>
            {
                out.push(ch);
                while i < chars.len() && chars[i].0 < at + len {
                    i += 1;
                }
                continue;
            }
            '*' | '_'
                if chars.get(i + 1).is_some_and(|(_, n)| *n == c)
                    || (c == '*'
                        && (i == 0 || chars[i - 1].1.is_whitespace())
                            != chars.get(i + 1).is_none_or(|(_, n)| n.is_whitespace())) =>
            {
                // `**bold**`, `__bold__`, `*em*`: the marks dropped.
                if chars.get(i + 1).is_some_and(|(_, n)| *n == c) {
                    i += 1;
                }
            }
            _ => out.push(c),
        }
        i += 1;
    }
    (out, links)
}

impl Scan<'_> {
    fn push(&mut self, kind: Kind, text: String, line: u32, column: u32, end: u32) {
        let text = match kind {
            Kind::Heading { .. } if self.markdown && text.contains('<') => {
                heading_wrappers_removed(&text)
            }
            _ => text,
        };
        self.blocks.push(Block {
            kind,
            text,
            span: Span::new(line, column, end),
        });
    }

    fn text_of(&mut self, n: u32, t: &str) -> String {
        let resolved = resolve_reference_links(t, &self.definitions);
        let (text, links) = inline(&resolved, self.markdown);
        let text = if self.markdown {
            inline_tags_removed(&text)
        } else {
            text
        };
        let base = raw(self.doc, n).find(t).unwrap_or(0);
        for (text, url, at) in links {
            let line = raw(self.doc, n);
            let column = line.get(..base + at).map_or(0, |s| s.chars().count());
            self.links.push(Link {
                text,
                url,
                span: Span::new(n, u32::try_from(column).unwrap_or(0) + 1, n),
            });
        }
        text
    }

    fn run(&mut self) {
        let doc = self.doc;
        let last = doc.len();
        let mut n = 1;
        while n <= last {
            let line = raw(doc, n);
            let t = line.trim();
            if t.is_empty() {
                n += 1;
                continue;
            }
            // (An HTML comment, `<!-- ### Get role … -->`, to the line that closes it: not on
            // the rendered page.)
            if self.markdown && t.starts_with("<!--") {
                let opened = line.find("<!--").map_or(0, |a| a + 4);
                let closes =
                    |k: u32| raw(doc, k)[if k == n { opened } else { 0 }..].contains("-->");
                n = (n..=last).find(|&k| closes(k)).unwrap_or(last) + 1;
                continue;
            }
            // (A template's tag on a line of its own, `{% if docsPrefix == null %}`, `{%
            // endif %}`: not on the rendered page.)
            if self.markdown && template_line(t) {
                n += 1;
                continue;
            }
            n = self.block_at(n, line, t);
        }
    }

    /// The indentation of `line` that belongs to the list item it continues (see
    /// `items`), 0 when it continues none: the innermost open item whose content column
    /// the line reaches (`    + Attributes` after a code block of the nested `    + Schema`
    /// continues the outer `+ Request`, as CommonMark reads it, and is no code).
    fn inside(&self, line: &str) -> usize {
        let width = indent_width(line);
        self.items
            .iter()
            .rev()
            .map(|&(c, _)| c)
            .find(|&c| width >= c)
            .unwrap_or(0)
    }

    /// Opens a list item at `line` (its marker `marker`), closing the items it is no part of.
    fn open_item(&mut self, line: &str, t: &str, marker: &str, heading: Option<u8>) {
        let at = indent_width(line);
        while self.items.last().is_some_and(|&(c, _)| c > at) {
            self.items.pop();
        }
        let after = t.get(marker.len()..).unwrap_or("");
        let spaces = after.len() - after.trim_start().len();
        self.items
            .push((at + marker.len() + spaces.clamp(1, 4), heading));
    }

    /// Reads the block starting at line `n`; returns the next line to read.
    fn block_at(&mut self, n: u32, line: &str, t: &str) -> u32 {
        let col = indent_col(line);
        // (A line less indented than an item's content, and no item itself, ends it.)
        if list_marker(t).is_none() {
            while self
                .items
                .last()
                .is_some_and(|&(c, _)| indent_width(line) < c)
            {
                self.items.pop();
            }
        }
        if self.markdown
            && let Some(next) = self.yfm_table(n, t)
        {
            return next;
        }
        // Raw HTML in Markdown (`<table>` … `</table>`, as Jekyll and GitHub pages write
        // key/value tables): read by the HTML front end, at its lines.
        if self.markdown
            && let Some(next) = self.html_block(n, t)
        {
            return next;
        }
        // `<h3 id="endpoint-create-feed">Create Feed <a class="anchor" …>¶</a></h3>`: a raw
        // HTML heading on a line of its own, as Hugo pages write them.
        if self.markdown
            && let Some((level, text)) = html_heading(t)
        {
            self.push(Kind::Heading { level }, text, n, col, n);
            return n + 1;
        }
        if self.markdown
            && let Some(next) = self.markdown_block(n, line, t, col)
        {
            return next;
        }
        if t.starts_with(['{', '['])
            && !t.starts_with("[]")
            && !(t.starts_with('[') && t.contains("]("))
        {
            return self.json(n, col);
        }
        if let Some(next) = self.table(n) {
            return next;
        }
        if let Some((marker, rest)) = list_marker(t) {
            return self.item(n, line, t, marker, rest, col);
        }
        // (A marker alone on its line, its item's text on the lines indented under it,
        // `-` over `  **model**` / `  Model name`, as CommonMark reads an item opening with
        // a blank.)
        if self.markdown
            && matches!(t, "-" | "*" | "+")
            && let next = raw(self.doc, n + 1)
            && !next.trim().is_empty()
            && indent_width(next) > indent_width(line)
            && list_marker(next.trim()).is_none()
        {
            return self.item(n + 1, line, t, t, next.trim(), col);
        }
        if !self.markdown {
            return self.plain_line(n, t, col);
        }
        self.markdown_paragraph(n, t, col)
    }

    /// A multiline table of Yandex Flavored Markdown (Diplodoc, as Bitrix24's and Yandex
    /// Cloud's references write them) starting at line `n`: `#|` on a line of its own, rows
    /// each between `||` and `||`, cells split by `|`, a cell running over lines (a name
    /// over its type, paragraphs, lists), up to `|#`. The first row is the header. None when
    /// the table is never closed or holds no row.
    fn yfm_table(&mut self, n: u32, t: &str) -> Option<u32> {
        if t != "#|" {
            return None;
        }
        let doc = self.doc;
        let end = (n + 1..=doc.len()).find(|&l| raw(doc, l).trim() == "|#")?;
        let mut rows: Vec<(Vec<String>, u32)> = Vec::new();
        let mut open: Option<(String, u32)> = None;
        for l in n + 1..end {
            let mut line = raw(doc, l).trim();
            if open.is_none() {
                let Some(rest) = line.strip_prefix("||") else {
                    continue;
                };
                open = Some((String::new(), l));
                line = rest;
            }
            let closing = line.strip_suffix("||");
            if let Some((text, _)) = open.as_mut() {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(closing.unwrap_or(line));
            }
            if closing.is_some()
                && let Some((text, at)) = open.take()
            {
                rows.push((yfm_cells(&text), at));
            }
        }
        if rows.is_empty() {
            return None;
        }
        let (header, _) = rows.remove(0);
        let (rows, row_lines): (Vec<Vec<String>>, Vec<u32>) = rows.into_iter().unzip();
        let text = table_text(&header, &rows);
        let header = header.iter().map(|c| self.text_of(n, c)).collect();
        let table = Table {
            header,
            rows,
            row_lines,
        };
        self.push(Kind::Table(table), text, n, indent_col(raw(doc, n)), end);
        Some(end + 1)
    }

    /// A raw HTML block starting at line `n` and read by the HTML front end, its blocks
    /// placed at their lines: a table, up to the line closing it (nested tables counted),
    /// or a paragraph element over lines, `<p class="type-post">` / `<code>POST</code>` /
    /// `<code>/api/v0/downtimes</code>` / `</p>`, closed before a blank line (as CommonMark
    /// ends an HTML block; a renderer shows its text as one paragraph). None when the line
    /// opens neither or the element is never closed.
    fn html_block(&mut self, n: u32, t: &str) -> Option<u32> {
        let lower = t.to_ascii_lowercase();
        let paragraph = lower.starts_with("<p>") || lower.starts_with("<p ");
        let doc = self.doc;
        let end = if paragraph {
            let closed = (n..=doc.len())
                .take_while(|&l| !raw(doc, l).trim().is_empty())
                .find(|&l| raw(doc, l).to_ascii_lowercase().contains("</p>"))?;
            // (One line, `<p align="center">…</p>`, stays the Markdown paragraph it is.)
            if closed == n {
                return None;
            }
            closed
        } else if lower.starts_with("<table") {
            let mut depth = 0usize;
            (n..=doc.len()).find(|&l| {
                let line = raw(doc, l).to_ascii_lowercase();
                depth += line.matches("<table").count();
                depth = depth.saturating_sub(line.matches("</table>").count());
                depth == 0
            })?
        } else {
            return None;
        };
        let text: Vec<&str> = (n..=end).map(|l| raw(doc, l)).collect();
        let (blocks, links) = super::html::blocks(&text.join("\n"));
        let shift = |l: u32| (l + n - 1).min(end);
        for b in blocks {
            self.blocks.push(Block {
                span: Span::new(shift(b.span.line), b.span.column, shift(b.span.end_line)),
                ..b
            });
        }
        for k in links {
            self.links.push(Link {
                span: Span::new(shift(k.span.line), k.span.column, shift(k.span.end_line)),
                ..k
            });
        }
        Some(end + 1)
    }

    /// Markdown's own blocks at line `n`: a fenced or indented code block, an ATX or setext
    /// heading; returns the next line to read.
    fn markdown_block(&mut self, n: u32, line: &str, t: &str, col: u32) -> Option<u32> {
        let doc = self.doc;
        let inside = self.inside(line);
        if let Some(next) = self.fenced(n, t, col, inside) {
            return Some(next);
        }
        // (A collapsible container of VuePress and VitePress, `::: details Set the avatar`
        // … `:::`: a section titled by its title, a level under the heading above it; its
        // fences are no text.)
        if indent_width(line) < 4 + inside
            && let Some(title) = details_title(t)
        {
            // (Under the nearest heading that is no such container: containers one after
            // another are siblings.)
            let level = self
                .blocks
                .iter()
                .rev()
                .find_map(|b| match b.kind {
                    Kind::Heading { level }
                        if level > 0 && details_title(raw(doc, b.span.line).trim()).is_none() =>
                    {
                        Some(level)
                    }
                    _ => None,
                })
                .map_or(2, |l| (l + 1).min(6));
            let text = self.text_of(n, title);
            self.push(Kind::Heading { level }, text, n, col, n);
            return Some(n + 1);
        }
        if indent_width(line) < 4 + inside && t == ":::" {
            return Some(n + 1);
        }
        // (Indented four columns or a tab, `# All items` is a comment in a code block.)
        if let Some((mut level, text)) = atx_heading(t)
            && indent_width(line) < 4 + inside
        {
            let text = self.text_of(n, text);
            if inside > 0
                && let Some(outer) = self.items.iter().rev().find_map(|&(_, h)| h)
            {
                level = level.max(outer + 1);
            }
            self.push(Kind::Heading { level }, text, n, col, n);
            return Some(n + 1);
        }
        if let Some(level) = setext_rule(raw(doc, n + 1).trim())
            && list_marker(t).is_none()
        {
            let text = self.text_of(n, heading_attributes_removed(t));
            self.push(Kind::Heading { level }, text, n, col, n + 1);
            return Some(n + 2);
        }
        if indent_width(line) >= 4 + inside
            && self.blocks.last().is_none_or(|b| {
                // (Right under a heading, no blank line between, an indented block is
                // code: it interrupts no paragraph, as CommonMark reads it.)
                b.is_heading() && b.span.end_line + 1 == n
                    || b.depth().is_none() && b.span.end_line + 1 < n
            })
        {
            return Some(self.indented_code(n, inside));
        }
        None
    }

    /// A list item (`marker`, then `rest`) at line `n`, or in a text capture a numbered line
    /// between blank lines, which is a heading; returns the next line to read.
    fn item(&mut self, n: u32, line: &str, t: &str, marker: &str, rest: &str, col: u32) -> u32 {
        let doc = self.doc;
        let single_number = marker.ends_with(['.', ')'])
            && !self.markdown
            && raw(doc, n.saturating_sub(1)).trim().is_empty()
            && raw(doc, n + 1).trim().is_empty()
            && label_like(rest);
        // (`* #### `AuthPostHandler``: a heading set in a list item, the item's blocks
        // indented under it, as CommonMark reads it.)
        if self.markdown
            && let Some((level, text)) = atx_heading(rest)
        {
            self.open_item(line, t, marker, Some(level));
            let text = self.text_of(n, text);
            self.push(Kind::Heading { level }, text, n, col, n);
            return n + 1;
        }
        if !single_number {
            let depth = self.depth(line);
            let marker = marker.to_string();
            let mut text = self.text_of(n, rest);
            // In Markdown, the lines right under an item that start no block of their own
            // continue its paragraph (`- `Name` `(string)` - Specifies the` / `  namespace
            // to create.`), as CommonMark reads them.
            let mut end = n;
            while self.markdown && end < doc.len() {
                let next = raw(doc, end + 1);
                let nt = next.trim();
                if nt.is_empty()
                    || nt.starts_with(['#', '|', '>', '<'])
                    || nt.starts_with("```")
                    || nt.starts_with("~~~")
                    || list_marker(nt).is_some()
                    || matches!(nt, "-" | "*" | "+")
                    || indent_width(next) >= indent_width(line) + 4 + marker.len()
                {
                    break;
                }
                // (A line ended by a hard-break mark, `* POST parameters \\` over `A
                // command dictionary containing:`, keeps its break: a label over its text.)
                let hard = raw(doc, end).trim_end().ends_with('\\');
                end += 1;
                let more = self.text_of(end, nt);
                text.push(if hard { '\n' } else { ' ' });
                text.push_str(&more);
            }
            if self.markdown {
                self.open_item(line, t, &marker, None);
            }
            self.push(Kind::Item { depth, marker }, text, n, col, end);
            return end + 1;
        }
        // `2. Methods` between blank lines: a heading (its number kept).
        let text = self.text_of(n, t);
        self.push(Kind::Heading { level: 1 }, text, n, col, n);
        n + 1
    }

    /// A line of a text capture at line `n`: a numbered heading, a label (a heading of level
    /// 0) or a paragraph; returns the next line to read.
    fn plain_line(&mut self, n: u32, t: &str, col: u32) -> u32 {
        if let Some((level, _)) = numbered_heading(t).filter(|_| !in_contents(self.doc, n)) {
            let text = self.text_of(n, t);
            self.push(Kind::Heading { level }, text, n, col, n);
            return n + 1;
        }
        // A line underlined with `=` or `-` as long as half of it at least (`COMMAND --
        // echo` over `---------------`): a heading, of level 1 under `=`, 2 under `-`, as
        // plain-text manuals set them; a line right above it, no blank between, is part of
        // its title (`COMMAND -- pk-sig` over `COMMAND -- rsa-sig` over the rule).
        let under = raw(self.doc, n + 1).trim();
        if let Some(level) = setext_rule(under)
            && 2 * under.len() >= t.chars().count()
        {
            let mut text = self.text_of(n, t);
            let mut start = n;
            if let Some(last) = self.blocks.last()
                && last.span.end_line + 1 == n
                && last.span.line + 1 == n
                && matches!(last.kind, Kind::Paragraph | Kind::Heading { level: 0 })
            {
                text = format!("{}\n{text}", last.text);
                start = last.span.line;
                self.blocks.pop();
            }
            self.push(Kind::Heading { level }, text, start, col, n + 1);
            return n + 2;
        }
        let text = self.text_of(n, t);
        // (A sentence wrapped onto the next line, `The following fields are read by the`
        // over `server when it starts.`: the next line goes on in lower case and ends it,
        // so this line is no label.)
        let next = raw(self.doc, n + 1).trim();
        let wrapped = !t.ends_with(':')
            && t.split_whitespace().count() >= 6
            && next.starts_with(|c: char| c.is_lowercase())
            && next.ends_with('.');
        let kind =
            if label_like(t) && !wrapped && (t.ends_with(':') || !t.ends_with(')') || t.len() < 40)
            {
                Kind::Heading { level: 0 }
            } else {
                Kind::Paragraph
            };
        self.push(kind, text, n, col, n);
        n + 1
    }

    /// A Markdown paragraph: consecutive lines up to a blank line or another block; returns
    /// the next line to read.
    fn markdown_paragraph(&mut self, n: u32, t: &str, col: u32) -> u32 {
        let doc = self.doc;
        // (A rule of `_` or `*` alone is no text: a line, not a paragraph.)
        if thematic_break(t) {
            return n + 1;
        }
        let mut end = n;
        let mut texts = vec![self.text_of(n, heading_attributes_removed(t))];
        // The backticks so far: odd while a code span is open.
        let mut ticks = t.matches('`').count();
        // (An MDX component's opening tag over lines, `<Tabs` / `  values={[` / `    {label:
        // 'Curl', value: 'curl'},` / `]}>`: its props are the tag's, up to the line that
        // closes it, not code or a sample of their own.)
        let mut in_tag = component_tag_opened(t);
        while end < doc.len() {
            let next = raw(doc, end + 1);
            let nt = next.trim();
            // (Inside a code span the line before opened, `` `{"id": 123, "params":
            // {"objects": `` over `{"toolhead": …}}}` ``, a line goes on with the span.)
            let in_span = ticks % 2 == 1;
            if nt.is_empty()
                || (!in_span && !in_tag && nt.starts_with(['#', '{', '|']))
                || nt.starts_with("```")
                || list_marker(nt).is_some()
                || nt.to_ascii_lowercase().starts_with("<table")
                // (A rule of `_` or `*`, `________` between entries, ends a paragraph as
                // CommonMark's thematic break does.)
                || thematic_break(nt)
                // (A raw HTML heading interrupts a paragraph of text, as CommonMark ends one
                // at an HTML block: `----` over `<h2 id="retrieve">チェック監視の取得</h2>`; not
                // the HTML block a `<div …>` opens, which runs to a blank line.)
                || (html_heading(nt).is_some() && !t.starts_with('<'))
            {
                break;
            }
            end += 1;
            ticks += nt.matches('`').count();
            in_tag = in_tag && !nt.ends_with('>');
            let text = self.text_of(end, heading_attributes_removed(nt));
            texts.push(text);
        }
        self.push(Kind::Paragraph, texts.join("\n"), n, col, end);
        end + 1
    }

    /// Depth of a list item from its indentation, relative to the items just above it.
    fn depth(&self, line: &str) -> u8 {
        let width = indent_width(line);
        // The indentation of each open level, from the items above (contiguous list).
        let mut stack: Vec<usize> = Vec::new();
        for b in self.blocks.iter().rev() {
            // (A block set inside an item, indented under it, `  * *items*: …` /
            // `              Each line of this array…` / `              * itemtype`, leaves
            // the list going on: the items above it still give the levels.)
            if b.depth().is_none() {
                if b.span.column > 1 && !b.is_heading() {
                    continue;
                }
                break;
            }
            let w = indent_width(raw(self.doc, b.span.line));
            let d = usize::from(b.depth().unwrap_or(0));
            if stack.len() <= d {
                stack.resize(d + 1, usize::MAX);
            }
            if stack[d] == usize::MAX {
                stack[d] = w;
            }
            if d == 0 {
                break;
            }
        }
        let mut depth = 0;
        for (d, &w) in stack.iter().enumerate() {
            if w == usize::MAX {
                continue;
            }
            if width > w {
                depth = d + 1;
            } else if width == w {
                depth = d;
                break;
            } else {
                break;
            }
        }
        u8::try_from(depth.min(8)).unwrap_or(8)
    }

    /// A ```` ``` ```` or `~~~` fence at line `n`; returns the line after its end.
    fn fenced(&mut self, n: u32, t: &str, col: u32, inside: usize) -> Option<u32> {
        if let Some((name, lang)) = code_shortcode(t) {
            let doc = self.doc;
            let end = (n + 1..=doc.len())
                .find(|&l| closes_shortcode(raw(doc, l).trim(), &name))
                .unwrap_or(doc.len() + 1);
            let mut body: Vec<&str> = (n + 1..end).map(|l| raw(doc, l)).collect();
            // The last line of code before a closer on the same line.
            if end <= doc.len() {
                let last = raw(doc, end);
                if let Some(k) = liquid_closer(last, &name)
                    && !last[..k].trim().is_empty()
                {
                    body.push(&last[..k]);
                }
            }
            self.push(
                Kind::Code { lang },
                body.join("\n"),
                n,
                col,
                end.min(doc.len()),
            );
            return Some(end + 1);
        }
        let fence = if t.starts_with("```") {
            "```"
        } else if t.starts_with("~~~") {
            "~~~"
        } else {
            return None;
        };
        let mark = fence.chars().next().unwrap_or('`');
        let width = t.chars().take_while(|&c| c == mark).count();
        let lang = t.trim_start_matches(['`', '~']).trim();
        // CommonMark: a backtick fence's info string has no backtick; ```` ```"ok"``` ```` is
        // a line of inline code, not a fence.
        if mark == '`' && lang.contains('`') {
            return None;
        }
        let lang =
            (!lang.is_empty()).then(|| lang.split_whitespace().next().unwrap_or("").to_string());
        let doc = self.doc;
        let mut end = n + 1;
        let mut body = Vec::new();
        // CommonMark: a fence is closed by a run of its character at least as long, alone on
        // its line. A fence line with an info string (```` ```json ````) opens nothing inside
        // a block: it is text of the block (a page that forgets to close a curl fence before
        // its answer's ```` ```json ```` fence is read as its renderers show it).
        let closes = |line: &str| {
            let line = line.trim();
            line.chars().count() >= width && line.chars().all(|c| c == mark)
        };
        // (A fence inside a list item also ends with the item, at a line indented less
        // than its content: a page that never closes it goes on after the list.)
        let item_ends =
            |line: &str| inside > 0 && !line.trim().is_empty() && indent_width(line) < inside;
        let mut cut = false;
        while end <= doc.len() && !closes(raw(doc, end)) {
            if item_ends(raw(doc, end)) {
                cut = true;
                break;
            }
            body.push(raw(doc, end));
            end += 1;
        }
        // (Cut by its item's end: the code ends on the line before, and that line is read
        // next; closed: on its closing fence, read past.)
        let (close, next) = if cut {
            ((end - 1).max(n), end)
        } else {
            (end.min(doc.len()), end + 1)
        };
        // A title in the info string (```` ```json title="Response 200 OK" ````, as
        // Docusaurus and MkDocs print a bar over the code) naming a status is the sample's
        // label: a line of text before the code, as the page shows it.
        if let Some(title) = fence_title(t).filter(|title| names_status(title)) {
            self.push(Kind::Paragraph, title.to_string(), n, col, n);
        }
        self.push(Kind::Code { lang }, body.join("\n"), n, col, close);
        Some(next)
    }

    /// Lines indented 4 or more after a blank line (Markdown).
    fn indented_code(&mut self, n: u32, inside: usize) -> u32 {
        let doc = self.doc;
        let mut end = n;
        while end < doc.len() {
            let next = raw(doc, end + 1);
            if next.trim().is_empty() || indent_width(next) >= 4 + inside {
                end += 1;
            } else {
                break;
            }
        }
        while end > n && raw(doc, end).trim().is_empty() {
            end -= 1;
        }
        let text: Vec<&str> = (n..=end)
            .map(|l| {
                let r = raw(doc, l);
                let cut = r.char_indices().nth(4 + inside).map_or(r.len(), |(i, _)| i);
                if r[..cut].trim().is_empty() {
                    &r[cut..]
                } else {
                    r.trim_start()
                }
            })
            .collect();
        // (Python-Markdown's CodeHilite names the language on the block's first line,
        // `:::bash` over `curl …`: the language, no line of the code.)
        let lang = text
            .first()
            .and_then(|l| l.trim().strip_prefix(":::"))
            .filter(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+'))
            })
            .map(str::to_string);
        let text = if lang.is_some() {
            &text[1..]
        } else {
            &text[..]
        };
        self.push(Kind::Code { lang }, text.join("\n"), n, 5, end);
        end + 1
    }

    /// A JSON value starting at line `n`; to its end when it parses, else while lines look
    /// like JSON and brackets are open.
    fn json(&mut self, n: u32, col: u32) -> u32 {
        let doc = self.doc;
        let mut depth: i64 = 0;
        let mut in_str = false;
        let mut end = n;
        let mut l = n;
        while l <= doc.len() {
            let t = raw(doc, l).trim();
            if l > n && !jsonish(t) {
                break;
            }
            let mut escaped = false;
            for c in t.chars() {
                if in_str {
                    match c {
                        _ if escaped => escaped = false,
                        '\\' => escaped = true,
                        '"' => in_str = false,
                        _ => {}
                    }
                } else {
                    match c {
                        '"' => in_str = true,
                        '{' | '[' => depth += 1,
                        '}' | ']' => depth -= 1,
                        _ => {}
                    }
                }
            }
            in_str = false; // a string never spans lines
            if !t.is_empty() {
                end = l;
            }
            if depth <= 0 {
                break;
            }
            l += 1;
        }
        let text: Vec<&str> = (n..=end).map(|l| raw(doc, l)).collect();
        self.push(Kind::Code { lang: None }, text.join("\n"), n, col, end);
        end + 1
    }

    /// A table starting at line `n`: pipe rows, tab rows, rows split by runs of 2+ spaces,
    /// or a header of 3–8 capitalised words over rows split by single spaces.
    fn table(&mut self, n: u32) -> Option<u32> {
        let doc = self.doc;
        let t = raw(doc, n).trim();
        let col = indent_col(raw(doc, n));
        type Splitter = fn(&str) -> Option<Vec<String>>;
        let splitters: [Splitter; 3] = [pipe_cells, tab_cells, spaced_cells];
        for split in splitters {
            let Some(header) = split(t) else { continue };
            let mut rows = Vec::new();
            let mut lines = Vec::new();
            let mut end = n;
            let mut l = n + 1;
            while l <= doc.len() {
                let lt = raw(doc, l).trim();
                if is_separator(lt) {
                    end = l;
                    l += 1;
                    continue;
                }
                let Some(mut cells) = split(lt) else { break };
                // (A cell that opens a block of code, `output | {{< code text >}}`, holds
                // the lines up to its end, as the page renders it.)
                let opened = cells
                    .last()
                    .and_then(|c| code_shortcode(c.trim()))
                    .map(|(name, _)| name);
                let row_line = l;
                if let Some(name) = opened {
                    let close = (l + 1..=doc.len())
                        .find(|&k| closes_shortcode(raw(doc, k).trim(), &name))
                        .unwrap_or(doc.len());
                    let body: Vec<&str> = (l + 1..close).map(|k| raw(doc, k)).collect();
                    if let Some(last) = cells.last_mut() {
                        *last = body.join("\n");
                    }
                    l = close;
                }
                // (Reference links, `[200][]`, as the inline links they stand for.)
                for c in &mut cells {
                    *c = resolve_reference_links(c, &self.definitions);
                }
                rows.push(cells);
                lines.push(row_line);
                end = l;
                l += 1;
            }
            // A pipe table may be a single header row plus separator; others need a row.
            let separated = end > n && is_separator(raw(doc, n + 1).trim());
            if rows.is_empty() && !separated {
                continue;
            }
            if std::ptr::fn_addr_eq(split, spaced_cells as Splitter)
                && rows.iter().any(|r| r.len() != header.len())
            {
                continue;
            }
            if std::ptr::fn_addr_eq(split, pipe_cells as Splitter) {
                (rows, lines) = unwrap_rows(rows, lines, header.len());
            }
            let text = table_text(&header, &rows);
            let header = header.into_iter().map(|c| self.text_of(n, &c)).collect();
            let table = Table {
                header,
                rows,
                row_lines: lines,
            };
            self.push(Kind::Table(table), text, n, col, end);
            return Some(end + 1);
        }
        self.word_table(n, t, col)
    }

    /// `Name Type Required Description` over `id integer True App id` rows: the header's
    /// words are the columns, the last column takes the rest of each row.
    fn word_table(&mut self, n: u32, t: &str, col: u32) -> Option<u32> {
        let doc = self.doc;
        let header: Vec<&str> = t.split_whitespace().collect();
        let k = header.len();
        let header_ok = (3..=8).contains(&k)
            && header.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
                    && w.chars().count() <= 16
            });
        if !header_ok {
            return None;
        }
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        let mut l = n + 1;
        while l <= doc.len() {
            let words: Vec<&str> = raw(doc, l).split_whitespace().collect();
            let fixed = k - 1;
            let plain = |w: &&str| {
                w.chars().all(|c| {
                    c.is_alphanumeric()
                        || matches!(c, '_' | '-' | '?' | '[' | ']' | '<' | '>' | '.')
                }) && !w.ends_with('.')
            };
            if words.len() < fixed || !words[..fixed].iter().all(plain) {
                break;
            }
            let mut row: Vec<String> = words[..fixed].iter().map(|w| w.to_string()).collect();
            if words.len() > fixed {
                row.push(words[fixed..].join(" "));
            }
            rows.push(row);
            lines.push(l);
            l += 1;
        }
        // Rows must look like data: the first column a lower-case word in every row.
        if rows.is_empty()
            || !rows
                .iter()
                .all(|r| r[0].starts_with(|c: char| !c.is_uppercase()))
        {
            return None;
        }
        let end = l - 1;
        let text = std::iter::once(header.join(" | "))
            .chain(rows.iter().map(|r| r.join(" | ")))
            .collect::<Vec<_>>()
            .join("\n");
        let table = Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows,
            row_lines: lines,
        };
        self.push(Kind::Table(table), text, n, col, end);
        Some(end + 1)
    }
}

/// Rows a crawler wrapped, one cell per line (`GET |` then `Used for retrieving. |`),
/// joined back: consecutive short rows are merged while they fit in `width` cells.
fn unwrap_rows(
    rows: Vec<Vec<String>>,
    lines: Vec<u32>,
    width: usize,
) -> (Vec<Vec<String>>, Vec<u32>) {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut out_lines = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    let mut cur_line = 0;
    for (row, line) in rows.into_iter().zip(lines) {
        if !cur.is_empty() && cur.len() + row.len() > width {
            out.push(std::mem::take(&mut cur));
            out_lines.push(cur_line);
        }
        if cur.is_empty() {
            cur_line = line;
        }
        cur.extend(row);
        if cur.len() >= width {
            out.push(std::mem::take(&mut cur));
            out_lines.push(cur_line);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
        out_lines.push(cur_line);
    }
    (out, out_lines)
}

/// The level a rule under a line of text gives it as a heading (Markdown's setext
/// heading): 1 under three `=` or more, 2 under three `-` or more.
fn setext_rule(under: &str) -> Option<u8> {
    if under.len() < 3 {
        None
    } else if under.chars().all(|c| c == '=') {
        Some(1)
    } else if under.chars().all(|c| c == '-') {
        Some(2)
    } else {
        None
    }
}

/// The title a collapsible container of VuePress and VitePress opens with (`::: details
/// Set the avatar` → `Set the avatar`), its markup as written: the Markdown front end makes
/// it a heading.
pub(crate) fn details_title(t: &str) -> Option<&str> {
    t.strip_prefix(":::")
        .map(str::trim_start)
        .and_then(|r| r.strip_prefix("details"))
        .filter(|r| r.starts_with(char::is_whitespace))
        .map(str::trim)
        .filter(|r| !r.is_empty())
}

/// A Hugo shortcode that opens a block of code on a line of its own, `{{< code shell >}}`,
/// `{{< highlight json "linenos=table" >}}`, `{{% codeblock %}}`, or a Jekyll (Liquid) tag,
/// `{% highlight http %}`, `{% codeblock lang:json %}`: its name and language. (GitBook's
/// `{% code title="…" %}` wraps a fence of its own and is not one.)
pub(crate) fn code_shortcode(t: &str) -> Option<(String, Option<String>)> {
    let (inner, liquid) = match shortcode_inner(t) {
        Some(inner) => (inner, false),
        None => (liquid_inner(t)?, true),
    };
    let mut words = inner.split_whitespace();
    let name = words.next()?;
    let lower = name.to_ascii_lowercase();
    let code = if liquid {
        lower == "highlight" || lower == "codeblock"
    } else {
        lower.contains("code") || lower.contains("highlight")
    };
    if name.starts_with('/') || !code {
        return None;
    }
    let lang = words
        .next()
        .filter(|w| !w.contains('='))
        .map(|w| w.trim_matches('"'))
        .map(|w| w.strip_prefix("lang:").unwrap_or(w).to_string());
    Some((name.to_string(), lang))
}

/// The inside of a Hugo shortcode line, `{{< … >}}` or `{{% … %}}`.
fn shortcode_inner(t: &str) -> Option<&str> {
    t.strip_prefix("{{<")
        .and_then(|r| r.strip_suffix(">}}"))
        .or_else(|| t.strip_prefix("{{%").and_then(|r| r.strip_suffix("%}}")))
}

/// A line that is only a Liquid control tag (`{% if … %}`, `{% endif %}`, `{% include … %}`).
fn template_line(t: &str) -> bool {
    liquid_inner(t).is_some_and(|inner| {
        let name = inner.split_whitespace().next().unwrap_or("");
        matches!(
            name,
            "if" | "elsif"
                | "else"
                | "endif"
                | "unless"
                | "endunless"
                | "case"
                | "when"
                | "endcase"
                | "assign"
                | "capture"
                | "endcapture"
                | "include"
        )
    })
}

/// The inside of a Liquid tag line, `{% … %}` (or `{%- … -%}`).
fn liquid_inner(t: &str) -> Option<&str> {
    let r = t.strip_prefix("{%")?.strip_suffix("%}")?;
    Some(
        r.strip_prefix('-')
            .unwrap_or(r)
            .strip_suffix('-')
            .unwrap_or(r),
    )
}

/// Whether line `t` closes shortcode `name`: `{{< /code >}}`, `{% endhighlight %}`.
fn closes_shortcode(t: &str, name: &str) -> bool {
    shortcode_inner(t).is_some_and(|inner| inner.trim().strip_prefix('/') == Some(name))
        || liquid_closer(t, name).is_some()
}

/// Where on line `t` a Liquid tag closing `name` opens, `{% endhighlight %}`: Liquid reads
/// it anywhere on the line (a sample's last line `User-Agent: x{% endhighlight %}`), and
/// whatever follows it (a stray `{% endhighlight %}}`).
fn liquid_closer(t: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = t[from..].find("{%").map(|k| k + from) {
        let r = &t[k + 2..];
        let inner = &r[..r.find("%}")?];
        if inner
            .trim_matches('-')
            .trim()
            .strip_prefix("end")
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return Some(k);
        }
        from = k + 2;
    }
    None
}

/// A table's text as a block holds it: its header and rows, a line each, cells joined by
/// ` | `.
fn table_text(header: &[String], rows: &[Vec<String>]) -> String {
    std::iter::once(header)
        .chain(rows.iter().map(Vec::as_slice))
        .map(|r| r.join(" | "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The cells of a row of a Yandex Flavored Markdown table: its text split at each `|`
/// outside inline code, each cell's lines trimmed.
fn yfm_cells(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut in_code = false;
    for c in row.chars() {
        match c {
            '`' => in_code = !in_code,
            '|' if !in_code => {
                cells.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(cell) = cells.last_mut() {
            cell.push(c);
        }
    }
    cells
        .iter()
        .map(|c| {
            c.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// `---|---|` or `|:---|---:|`: a table's separator row.
fn is_separator(t: &str) -> bool {
    t.contains('-') && t.contains('|') && t.chars().all(|c| matches!(c, '-' | '|' | ':' | ' '))
}

/// The cells of `a | b | c |` (leading and trailing empty cells dropped); needs a `|`
/// between two cells.
fn pipe_cells(t: &str) -> Option<Vec<String>> {
    if !t.contains('|')
        || is_separator(t)
        || t.starts_with(['{', '[', '"'])
        || list_marker(t).is_some()
    {
        return None;
    }
    // A lone `|`: an empty cell of a table flattened one cell per line.
    if t == "|" {
        return Some(vec![String::new()]);
    }
    // (`\|` is a pipe inside a cell, as GitHub writes a union type: `"a" \| "b"`.)
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell).trim().to_string()),
            _ => cell.push(c),
        }
    }
    cells.push(cell.trim().to_string());
    if t.starts_with('|') {
        cells.remove(0);
    }
    if t.ends_with('|') {
        cells.pop();
    }
    (cells.len() >= 2 || t.ends_with('|')).then_some(cells)
}

/// Tab-separated cells (at least two).
fn tab_cells(t: &str) -> Option<Vec<String>> {
    if list_marker(t).is_some() {
        return None;
    }
    let cells: Vec<String> = t.split('\t').map(|c| c.trim().to_string()).collect();
    (cells.len() >= 2 && cells.iter().filter(|c| !c.is_empty()).count() >= 2).then_some(cells)
}

/// Cells separated by runs of 2+ spaces (at least two, none a list marker or JSON).
fn spaced_cells(t: &str) -> Option<Vec<String>> {
    if !t.contains("  ") || list_marker(t).is_some() || t.starts_with(['{', '[', '"', '}']) {
        return None;
    }
    let cells: Vec<String> = t
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect();
    // `… as a JSON array.  POST creates`: two spaces after a sentence's end are how some
    // write prose, not a column's edge.
    let sentence_spacing = cells
        .windows(2)
        .any(|w| w[0].ends_with(['.', '?', '!']) && w[1].starts_with(|c: char| c.is_uppercase()));
    (cells.len() >= 2 && !sentence_spacing).then_some(cells)
}

/// The `title="…"` of a fence's info string.
fn fence_title(fence: &str) -> Option<&str> {
    let at = fence.find("title=")?;
    let rest = &fence[at + "title=".len()..];
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let rest = &rest[1..];
    rest.find(quote).map(|end| rest[..end].trim())
}

/// Whether a title names an HTTP status: a word of three digits from 100 to 599.
fn names_status(title: &str) -> bool {
    title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.len() == 3 && w.parse::<u16>().is_ok_and(|c| (100..600).contains(&c)))
}

/// A raw HTML heading alone on its line (`<h3 id="x">Create Feed <a href="#x">¶</a></h3>`):
/// its level and its text as the HTML front end reads it, a trailing permalink mark left out.
fn html_heading(t: &str) -> Option<(u8, String)> {
    let lower = t.to_ascii_lowercase();
    let level = lower.strip_prefix("<h")?.chars().next()?.to_digit(10)?;
    if !lower.trim_end().ends_with(&format!("</h{level}>")) {
        return None;
    }
    let (blocks, _) = super::html::blocks(t);
    let [heading] = blocks.as_slice() else {
        return None;
    };
    let level = heading.level().filter(|l| u32::from(*l) == level)?;
    let text = heading
        .text
        .trim()
        .trim_end_matches(['¶', '#', '🔗'])
        .trim()
        .to_string();
    (!text.is_empty()).then_some((level, text))
}

/// HTML text with its character entities decoded (`&lt;domain&gt;` → `<domain>`), numeric
/// references too, as Markdown converters write them (`&#x3C;vhost name>`, `&#60;id&#62;`).
pub(crate) fn entities_decoded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let decoded = after.find(';').filter(|&end| end <= 7).and_then(|end| {
            let digits = &after[..end];
            let code = match digits.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => digits.parse().ok()?,
            };
            Some((char::from_u32(code)?, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str("&#");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::blocks::{Document, InputKind};

    fn kinds(d: &Document) -> Vec<String> {
        d.blocks
            .iter()
            .map(|b| match &b.kind {
                Kind::Heading { level } => format!("h{level}:{}", b.text),
                Kind::Paragraph => format!("p:{}", b.text),
                Kind::Item { depth, marker } => format!("li{depth}{marker}:{}", b.text),
                Kind::Table(t) => format!("table:{}x{}", t.header.len(), t.rows.len()),
                Kind::Code { .. } => format!("code:{}-{}", b.span.line, b.span.end_line),
            })
            .collect()
    }

    /// A heading's wrappers with only an id or a class are left out of its text; in a
    /// paragraph, such an element may be what the text shows and stays.
    #[test]
    fn heading_wrappers_are_no_text() {
        let d = Document::with_kind(
            "API.md",
            "## <h2><p id=\"x\">新建知识库（POST）</p></h2>\n\n### <span id=\"deploy-server\"></span>部署服务\n\nMastodon will prepend a <p class=\"quote-inline\">RE: x</p> paragraph.\n",
            InputKind::Markdown,
        );
        assert_eq!(
            kinds(&d),
            [
                "h2:新建知识库（POST）",
                "h3:部署服务",
                "p:Mastodon will prepend a <p class=\"quote-inline\">RE: x</p> paragraph."
            ]
        );
    }

    #[test]
    fn an_mdx_component_tag_over_lines_is_one_paragraph() {
        let d = Document::with_kind(
            "a.mdx",
            "<Tabs\n  defaultValue=\"curl\"\n  values={[\n    {label: 'Curl', value: 'curl'},\n  ]\n}>\n\n<TabItem value=\"curl\">\n\ntext\n{\"a\": 1}\n",
            InputKind::Markdown,
        );
        let kinds = kinds(&d);
        assert_eq!(kinds.len(), 4, "{kinds:?}");
        assert!(kinds[0].starts_with("p:<Tabs\n"), "{kinds:?}");
        assert!(kinds[0].ends_with("}>"), "{kinds:?}");
        assert_eq!(kinds[1], "p:<TabItem value=\"curl\">");
        // (Outside a tag, a line opening with `{` still ends the paragraph over it.)
        assert_eq!(kinds[2], "p:text");
        assert_eq!(kinds[3], "code:11-11");
    }

    #[test]
    fn numbered_lines_in_a_row_are_contents_not_headings() {
        let d = Document::with_kind(
            "README",
            "5. RPC Commands\n\n   5.1. dispatcher.set_state\n   5.2. dispatcher.list\n   5.3. dispatcher.reload\n\n5.1.  dispatcher.set_state\n\n   Sets the state.\n",
            InputKind::Text,
        );
        let headings: Vec<_> = kinds(&d)
            .into_iter()
            .filter(|k| k.starts_with("h2"))
            .collect();
        assert_eq!(headings, ["h2:5.1.  dispatcher.set_state"]);
    }

    #[test]
    fn text_capture() {
        let d = Document::with_kind(
            "t.txt",
            "2. Methods\n\n2.1. activate.guest\n\nEnable guest account\n\nParameters\n  • token : Auth token\n  - account : Guest\n    * nested : x\n  3. third : y\nReturns\n\n {\n \"ok\": \"boolean\"\n }\n \nName | Type | Required | Description |\n---|---|---|---|\nid | integer | True | Conversation id |\nName Type Required Description\nid integer True App id\nq string False\n",
            InputKind::Text,
        );
        assert_eq!(
            kinds(&d),
            [
                "h1:2. Methods",
                "h2:2.1. activate.guest",
                "h0:Enable guest account",
                "h0:Parameters",
                "li0•:token : Auth token",
                "li0-:account : Guest",
                "li1*:nested : x",
                "li03.:third : y",
                "h0:Returns",
                "code:14-16",
                "table:4x1",
                "table:4x2",
            ]
        );
        assert_eq!(d.blocks[4].span, Span::new(8, 3, 8));
        let t = d.blocks[11].table().unwrap();
        assert_eq!(t.rows[0], ["id", "integer", "True", "App id"]);
        assert_eq!(t.rows[1], ["q", "string", "False"]);
        assert_eq!(t.row_lines, [22, 23]);
        assert_eq!(d.items_under(0, &["parameters"]).len(), 4);
        assert_eq!(d.table_under(0, &["Returns"]).unwrap().rows.len(), 1);
    }

    #[test]
    fn markdown() {
        let d = Document::parse(
            "r.md",
            "# Send\n\nPOST `https://x/api/<team-uid>/m`\nsee [docs](https://d.io) and a\\_b\n\n## Parameters\n\n- **id** — the id\n  - sub\n\n| Name | Type |\n|---|---|\n| id | integer |\n\n```json\n{\"a\": 1}\n```\n\n    indented code\n",
        );
        assert_eq!(d.kind, InputKind::Markdown);
        assert_eq!(
            kinds(&d),
            [
                "h1:Send",
                "p:POST https://x/api/<team-uid>/m\nsee docs and a_b",
                "h2:Parameters",
                "li0-:id — the id",
                "li1-:sub",
                "table:2x1",
                "code:15-17",
                "code:19-19",
            ]
        );
        assert_eq!(d.links[0].url, "https://d.io");
        assert_eq!(d.links[0].span, Span::new(4, 5, 4));
        assert_eq!(
            d.blocks[6].kind,
            Kind::Code {
                lang: Some("json".into())
            }
        );
        assert_eq!(d.blocks[6].text, "{\"a\": 1}");
        assert_eq!(d.blocks[7].text, "indented code");
    }

    #[test]
    fn a_block_indented_inside_an_item_leaves_the_list_going_on() {
        // GLPI's `apirest.md`: a deep continuation line and a deep sub-list under the
        // first item, then the item's siblings at its own indentation.
        let d = Document::parse(
            "g.md",
            "* **Parameters**: (query string)\n  * *items*: items to retrieve. Mandatory.\n              Each line of this array should contains two keys:\n              * itemtype\n  * *expand_dropdowns* (default: false): Optional.\n* **Returns**:\n",
        );
        let depths: Vec<(Option<u8>, &str)> = d
            .blocks
            .iter()
            .map(|b| {
                (
                    b.depth(),
                    b.text.split(':').next().unwrap_or("").trim_matches('*'),
                )
            })
            .collect();
        assert_eq!(depths[0], (Some(0), "Parameters"));
        assert_eq!(depths[1], (Some(1), "items"));
        assert_eq!(depths.last(), Some(&(Some(0), "Returns")));
        assert_eq!(
            depths[depths.len() - 2],
            (Some(1), "expand_dropdowns (default")
        );
    }

    #[test]
    fn an_item_after_a_nested_items_code_continues_the_outer_item() {
        // API Blueprint (USAspending): `+ Schema`'s code block, then `    + Attributes`,
        // which continues `+ Request` (content at column 2) and is its second child.
        let d = Document::parse(
            "b.md",
            "### List [POST]\n+ Request (application/json)\n    + Schema\n\n            {\"type\": \"object\"}\n\n    + Attributes\n        + `page` (optional, number)\n",
        );
        assert_eq!(
            kinds(&d),
            [
                "h3:List [POST]",
                "li0+:Request (application/json)",
                "li1+:Schema",
                "code:5-5",
                "li1+:Attributes",
                "li2+:page (optional, number)",
            ]
        );
    }

    #[test]
    fn an_indented_block_right_under_a_heading_is_code() {
        // neo-python's JSON-RPC page: a call indented under its heading, no blank line.
        let d = Document::parse(
            "n.md",
            "### validateaddress\n    curl -d '{\"method\": \"validateaddress\"}' localhost\n\nText\n    goes on\n",
        );
        assert_eq!(
            kinds(&d),
            ["h3:validateaddress", "code:2-2", "p:Text\ngoes on"]
        );
    }

    #[test]
    fn quotes_holding_tables_or_code_are_opened() {
        let page = "#### Parameters\n\n> | name      | type     |\n> | --------- | -------- |\n> | `request` | required |\n\n> ```javascript\n>  curl -X GET http://host/api/?request=ping\n> ```\n\n> **Note:** a note stays quoted.\n\n```\n> npm install\n```\n";
        let d = Document::parse("q.md", page);
        let t = d.blocks[1].table().unwrap();
        assert_eq!(t.header, ["name", "type"]);
        assert_eq!(t.row_lines, [5]);
        assert!(d.blocks[2].is_code());
        assert_eq!(
            d.blocks[2].text.trim(),
            "curl -X GET http://host/api/?request=ping"
        );
        assert!(d.blocks[3].text.starts_with('>'));
        assert_eq!(d.blocks[4].text, "> npm install");
    }

    #[test]
    fn an_item_opening_with_its_marker_alone() {
        let page = "#### Parameters\n\n-\n  **model**\n  Model name\n  required: true\n-\n  **locale**\n  Return content for specified locale\n\n---\n";
        let d = Document::parse("p.md", page);
        let items: Vec<&str> = d
            .blocks
            .iter()
            .filter(|b| b.depth().is_some())
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(
            items,
            [
                "model Model name required: true",
                "locale Return content for specified locale"
            ]
        );
    }

    #[test]
    fn yandex_multiline_tables_are_tables() {
        let page = "# M\n\n#|\n|| **Название**\n`тип` | **Описание** ||\n|| **id***\n[`integer`](t.md) | Идентификатор.\n\nИли `a|b` ||\n|| **fields**\n`object` | Поля ||\n|#\n\nПосле.\n";
        let d = Document::parse("m.md", page);
        let t = d.blocks[1].table().unwrap();
        assert_eq!(t.header, ["Название\nтип", "Описание"]);
        assert_eq!(
            t.rows,
            [
                ["**id***\n[`integer`](t.md)", "Идентификатор.\nИли `a|b`"],
                ["**fields**\n`object`", "Поля"]
            ]
        );
        assert_eq!(t.row_lines, [6, 10]);
        assert_eq!(d.blocks[2].text, "После.");
        // Never closed: the lines read as they stand (here as a pipe table's).
        let d = Document::parse("m.md", "#|\n|| a | b ||\n");
        assert!(d.blocks[0].table().is_some_and(|t| t.header == ["#"]));
    }

    #[test]
    fn wrapped_pipe_rows_are_joined() {
        let d = Document::with_kind(
            "t.txt",
            "Verb | Description |\n---|---|\nGET |\nUsed for retrieving. |\nPOST |\nUsed for creating. |\n",
            InputKind::Text,
        );
        let t = d.blocks[0].table().unwrap();
        assert_eq!(
            t.rows,
            [
                ["GET", "Used for retrieving."],
                ["POST", "Used for creating."]
            ]
        );
        assert_eq!(t.row_lines, [3, 5]);
        // A short last row (no description) stays a row of its own.
        let d = Document::with_kind(
            "t.txt",
            "Name | Type | Required | Description |\n---|---|---|---|\ntrashed | boolean | False |\nid | integer | True | x |\ncount | boolean | False |\n",
            InputKind::Text,
        );
        let t = d.blocks[0].table().unwrap();
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[2], ["count", "boolean", "False"]);
    }

    #[test]
    fn cut_json_and_spaces_tables() {
        let d = Document::with_kind(
            "t.txt",
            "{\n\"a\": [\n\"b\"\nCut here\nName  Type  Notes\nid  int  the id\n",
            InputKind::Text,
        );
        assert_eq!(kinds(&d), ["code:1-3", "h0:Cut here", "table:3x1"]);
    }
}
