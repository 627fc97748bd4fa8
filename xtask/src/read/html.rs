//! The HTML front end of the document model, on `scraper` (html5ever).
//!
//! Headings, paragraphs, list items (depth from nesting), tables, `<pre>` code and links
//! become blocks; text between blocks becomes a paragraph. `<script>`, `<style>`, `<nav>`,
//! `<header>`, `<footer>`, forms, and elements whose id or class names a cookie or consent
//! banner are left out. html5ever gives no positions, so each block's line is found by
//! searching the source for its start tag (or its first words, for loose text) after the
//! previous block's position.

use scraper::{ElementRef, Html, Node};

use super::blocks::{Block, Kind, Link, Span, Table};

/// Elements left out with everything inside them.
/// (A `<button>` is read: Redoc puts an operation's method and path, and each response's
/// status, in one.)
const SKIPPED: [&str; 12] = [
    "script", "style", "nav", "noscript", "template", "header", "footer", "form", "svg", "iframe",
    "head", "select",
];

/// Elements whose content is inline text.
const INLINE: [&str; 20] = [
    "a", "span", "code", "strong", "em", "b", "i", "u", "small", "sup", "sub", "kbd", "var",
    "abbr", "mark", "s", "tt", "label", "time", "samp",
];

/// The blocks and links of an HTML document.
pub fn blocks(text: &str) -> (Vec<Block>, Vec<Link>) {
    let html = Html::parse_document(text);
    let mut w = Walk {
        locate: Locate::new(text),
        blocks: Vec::new(),
        links: Vec::new(),
        pending: String::new(),
        titled: 0,
        title_kinds: Vec::new(),
    };
    w.children(html.root_element(), 0);
    w.flush();
    (w.blocks, w.links)
}

/// Finds lines in the source, moving forward only.
struct Locate<'a> {
    lower: String,
    source: &'a str,
    starts: Vec<usize>,
    cursor: usize,
}

impl<'a> Locate<'a> {
    fn new(source: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            lower: source.to_ascii_lowercase(),
            source,
            starts,
            cursor: 0,
        }
    }

    /// (line, column) of a byte offset.
    fn position(&self, at: usize) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= at).max(1);
        let start = self.starts[line - 1];
        let column = self.source.get(start..at).map_or(0, |s| s.chars().count()) + 1;
        (
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(column).unwrap_or(u32::MAX),
        )
    }

    /// The position of the next `<tag` (followed by a space, `>` or `/`) at or after the
    /// cursor; moves the cursor past it. The cursor's position when not found.
    fn tag(&mut self, tag: &str) -> (u32, u32) {
        let needle = format!("<{tag}");
        let mut from = self.cursor;
        while let Some(i) = self.lower.get(from..).and_then(|s| s.find(&needle)) {
            let at = from + i;
            let after = self.lower.as_bytes().get(at + needle.len()).copied();
            if matches!(
                after,
                Some(b' ' | b'>' | b'/' | b'\n' | b'\t' | b'\r') | None
            ) {
                self.cursor = at + needle.len();
                return self.position(at);
            }
            from = at + needle.len();
        }
        self.position(self.cursor)
    }

    /// Whether the next `<tag` at or after the cursor is written empty (`<p></p>`, `<p
    /// class="x"/>`). An empty element that is not is one the parser made for a stray end
    /// tag (`</code></pre></div></p>`), with no start tag of its own to locate.
    fn next_written_empty(&self, tag: &str) -> bool {
        let needle = format!("<{tag}");
        let mut from = self.cursor;
        while let Some(i) = self.lower.get(from..).and_then(|s| s.find(&needle)) {
            let at = from + i + needle.len();
            let rest = &self.lower[at..];
            if rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-') {
                from = at;
                continue;
            }
            let Some(close) = rest.find('>') else {
                return false;
            };
            return rest[..close].ends_with('/')
                || rest[close + 1..]
                    .trim_start()
                    .starts_with(&format!("</{tag}"));
        }
        false
    }

    /// The position of `text`'s first word at or after the cursor.
    fn text(&mut self, text: &str) -> (u32, u32) {
        let word: String = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .chars()
            .take(24)
            .collect();
        if !word.is_empty()
            && let Some(i) = self.source.get(self.cursor..).and_then(|s| s.find(&word))
        {
            let at = self.cursor + i;
            self.cursor = at + word.len();
            return self.position(at);
        }
        self.position(self.cursor)
    }

    /// The line of the cursor.
    fn here(&self) -> u32 {
        self.position(self.cursor).0
    }
}

struct Walk<'a> {
    locate: Locate<'a>,
    blocks: Vec<Block>,
    links: Vec<Link>,
    /// Loose inline text waiting to become a paragraph.
    pending: String,
    /// How many titled custom elements (`<q-expansion-item label="…">`) enclose the one
    /// being read: the level of the heading each title makes.
    titled: u8,
    /// The kinds (tag and class) of the permalinked titles met so far, in order: the first
    /// kind ranks highest (see [`permalinked_title`]).
    title_kinds: Vec<String>,
}

/// Whether an element is page chrome (a cookie or consent banner, a menu).
fn chrome(el: &ElementRef<'_>) -> bool {
    let v = el.value();
    if SKIPPED.contains(&v.name()) {
        return true;
    }
    // (A content element is no banner whatever its class says: Docusaurus gives every
    // heading `anchor anchorTargetStickyNavbar_…`, a target under the sticky navbar.)
    if matches!(
        v.name(),
        "h1" | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "p"
            | "pre"
            | "code"
            | "table"
            | "tr"
            | "td"
            | "th"
    ) {
        return false;
    }
    // (A permalink, `<a class="headerlink">¶</a>` as Sphinx ends a heading or an API
    // signature with: no part of the text.)
    if v.name() == "a" && v.classes().any(|c| c == "headerlink") {
        return true;
    }
    // An id with a `/` is a section anchor (Redoc's `tag/Consent/operation/x`), not a
    // banner's name.
    let id = v.id().filter(|id| !id.contains('/')).unwrap_or("");
    let names = [id]
        .into_iter()
        .chain(v.classes())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>();
    let role = v.attr("role").unwrap_or("");
    role == "navigation"
        || names.iter().any(|n| {
            [
                "cookie",
                "consent",
                "gdpr",
                "banner",
                "navbar",
                "sidebar",
                "breadcrumb",
                "menu",
            ]
            .iter()
            .any(|w| n.contains(w))
        })
}

/// Whitespace collapsed to single spaces, trimmed.
fn collapse(s: &str) -> String {
    // (A `<br>` ends a line; the source's own line breaks are whitespace.)
    s.split(BR)
        .map(|line| {
            // (Zero-width spaces too, as a heading's empty anchor link holds one.)
            line.split(|c: char| {
                c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{feff}')
            })
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
        })
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where a `<br>` broke the text being gathered (a character no page writes): a line
/// break once the text is collapsed.
const BR: char = '\u{e000}';

impl Walk<'_> {
    /// Keeps link `a` (an `<a href>`), its text all it shows, at `(line, column)`.
    fn push_link(&mut self, a: ElementRef<'_>, (line, column): (u32, u32)) {
        if let Some(href) = a.value().attr("href") {
            self.links.push(Link {
                text: collapse(&a.text().collect::<String>()),
                url: href.to_string(),
                span: Span::new(line, column, line),
            });
        }
    }

    fn push(&mut self, kind: Kind, text: String, (line, column): (u32, u32)) {
        let end = self.locate.here().max(line);
        self.blocks.push(Block {
            kind,
            text,
            span: Span::new(line, column, end),
        });
    }

    fn flush(&mut self) {
        let text = collapse(&std::mem::take(&mut self.pending));
        if !text.is_empty() {
            let at = self.locate.text(&text);
            self.push(Kind::Paragraph, text, at);
        }
    }

    fn children(&mut self, el: ElementRef<'_>, depth: u8) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.pending.push_str(t),
                Node::Element(_) => {
                    if let Some(e) = ElementRef::wrap(child) {
                        self.element(e, depth);
                    }
                }
                _ => {}
            }
        }
    }

    /// Inline text of an element (nested lists left out), with its links.
    fn inline_text(&mut self, el: ElementRef<'_>, skip_lists: bool) -> String {
        let mut out = String::new();
        self.collect_inline(el, skip_lists, &mut out);
        collapse(&out)
    }

    fn collect_inline(&mut self, el: ElementRef<'_>, skip_lists: bool, out: &mut String) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => out.push_str(t),
                Node::Element(v) => {
                    let Some(e) = ElementRef::wrap(child) else {
                        continue;
                    };
                    let name = v.name();
                    if chrome(&e) || (skip_lists && matches!(name, "ul" | "ol")) {
                        continue;
                    }
                    if name == "br" {
                        out.push(BR);
                        continue;
                    }
                    if name == "a" {
                        let at = self.locate.position(self.locate.cursor);
                        self.push_link(e, at);
                    }
                    if let Some(p) = path_placeholder(e, out) {
                        out.push_str(&p);
                        continue;
                    }
                    if !INLINE.contains(&name) {
                        out.push(' ');
                    }
                    self.collect_inline(e, skip_lists, out);
                    if !INLINE.contains(&name) {
                        out.push(' ');
                    }
                }
                _ => {}
            }
        }
    }

    /// One element: a block of its own (heading, paragraph, list, table, code), inline
    /// text of the block being read, or a container whose children are read.
    fn element(&mut self, el: ElementRef<'_>, depth: u8) {
        // A page kept as a client-side template (`<script type="text/x-handlebars-template">`
        // around the whole chapter): its text is HTML, read as the page's.
        if el.value().name() == "script"
            && el.value().attr("type").is_some_and(|t| {
                let t = t.to_ascii_lowercase();
                t == "text/html" || (t.starts_with("text/") && t.contains("template"))
            })
        {
            let inner: String = el.text().collect();
            let fragment = Html::parse_fragment(&inner);
            self.flush();
            // (Each template's text is shorter than the page it sits in: nesting ends.)
            self.children(fragment.root_element(), depth);
            self.flush();
            return;
        }
        if chrome(&el) {
            // (A page whose body starts with its template lands in `<head>`: the template
            // is still the page.)
            if el.value().name() == "head" {
                for script in descendants_named(el, "script") {
                    self.element(script, depth);
                }
            }
            return;
        }
        let name = el.value().name().to_string();
        // (A title in all but tag: an element linking to its own anchor.)
        if let Some(title) = permalinked_title(el) {
            self.flush();
            let at = self.locate.tag(&name);
            let kind = format!("{name}.{}", el.value().attr("class").unwrap_or_default());
            let rank = match self.title_kinds.iter().position(|k| *k == kind) {
                Some(r) => r,
                None => {
                    self.title_kinds.push(kind);
                    self.title_kinds.len() - 1
                }
            };
            let level = u8::try_from(2 + rank).unwrap_or(6).min(6);
            self.push(Kind::Heading { level }, title, at);
            return;
        }
        match name.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let at = self.locate.tag(&name);
                let level = name[1..].parse().unwrap_or(6);
                let text = self.inline_text(el, false);
                // (Sphinx and MkDocs end a heading with its permalink, `<a
                // class="headerlink">¶</a>`: no part of its title.)
                let text = text.trim_end_matches(['¶', '#', ' ']).to_string();
                if !text.is_empty() {
                    self.push(Kind::Heading { level }, text, at);
                }
            }
            "p" | "dt" | "dd" | "blockquote" | "caption" | "summary" | "figcaption" => {
                self.paragraph(el, &name, depth);
            }
            "ul" | "ol" => self.list(el, &name, depth),
            "li" => self.item(el, depth, String::new()),
            "table" => {
                self.flush();
                let at = self.locate.tag("table");
                if !self.code_listing(el, at) {
                    self.table(el, at);
                }
            }
            "pre" => self.pre(el),
            "br" => self.pending.push(BR),
            "hr" => self.flush(),
            // (An inline element that wraps blocks, `<span><h2>…</h2><p>…</p></span>` as
            // Docusaurus 1 renders an article: a container.)
            // (A link around blocks, an index's card `<a href="entry/services#delete"><p>
            // サービスの削除</p><p class="type-delete">…</p></a>`, is kept as a link too, its
            // text all it shows.)
            n if INLINE.contains(&n) && holds_blocks(el) => {
                self.flush();
                if n == "a" && el.value().attr("href").is_some() {
                    let at = self.locate.tag("a");
                    self.push_link(el, at);
                }
                self.children(el, depth);
                self.flush();
            }
            n if INLINE.contains(&n) => {
                if let Some(p) = path_placeholder(el, &self.pending) {
                    self.pending.push_str(&p);
                    return;
                }
                let mut out = String::new();
                self.collect_inline(el, false, &mut out);
                self.pending.push_str(&out);
            }
            // (A custom element titled by an attribute around blocks, `<q-expansion-item
            // label="List withdraw links">` as a Vue component library writes a collapsible
            // section: a section, its title a heading one level under the titled element
            // around it.)
            n if n.contains('-')
                && self.titled < 6
                && let Some(title) = element_title(el) =>
            {
                self.flush();
                let at = self.locate.tag(n);
                self.titled += 1;
                self.push(Kind::Heading { level: self.titled }, title, at);
                self.children(el, depth);
                self.flush();
                self.titled -= 1;
            }
            _ => {
                // A container (div, section, main, article, body, dl, …).
                self.flush();
                self.children(el, depth);
                self.flush();
            }
        }
    }

    /// A paragraph-like element; one holding blocks (lists, tables, code, divisions,
    /// paragraphs) is read as a container.
    fn paragraph(&mut self, el: ElementRef<'_>, name: &str, depth: u8) {
        self.flush();
        // (An empty paragraph the source does not write, made for a stray `</p>`: nothing
        // to read, and no tag of its own to move past.)
        if el.children().next().is_none() && !self.locate.next_written_empty(name) {
            return;
        }
        let at = self.locate.tag(name);
        if el.children().any(|c| {
            ElementRef::wrap(c).is_some_and(|e| {
                matches!(
                    e.value().name(),
                    "ul" | "ol" | "table" | "pre" | "div" | "p"
                )
            })
        }) {
            self.children(el, depth);
            self.flush();
            return;
        }
        let text = self.inline_text(el, false);
        if !text.is_empty() {
            self.push(Kind::Paragraph, text, at);
        }
    }

    /// A list: its items (numbered for `ol`) and the lists nested in it, one level deeper.
    fn list(&mut self, el: ElementRef<'_>, name: &str, depth: u8) {
        self.flush();
        self.locate.tag(name);
        let mut number = 0;
        for child in el.children().filter_map(ElementRef::wrap) {
            if child.value().name() == "li" {
                number += 1;
                let marker = if name == "ol" {
                    format!("{number}.")
                } else {
                    String::new()
                };
                self.item(child, depth, marker);
            } else if matches!(child.value().name(), "ul" | "ol") {
                self.element(child, depth + 1);
            }
        }
    }

    /// A code block, with its language from a `language-`/`lang-` class of it or its child.
    fn pre(&mut self, el: ElementRef<'_>) {
        self.flush();
        let at = self.locate.tag("pre");
        let text: String = el.text().collect();
        let lang = el
            .value()
            .classes()
            .chain(
                el.children()
                    .filter_map(ElementRef::wrap)
                    .flat_map(|c| c.value().classes().collect::<Vec<_>>()),
            )
            .find_map(|c| c.strip_prefix("language-").or(c.strip_prefix("lang-")))
            .map(str::to_string);
        let text = text.trim_matches('\n').to_string();
        if !text.trim().is_empty() {
            self.push(Kind::Code { lang }, text, at);
        }
    }

    fn item(&mut self, li: ElementRef<'_>, depth: u8, marker: String) {
        self.flush();
        let at = self.locate.tag("li");
        // (A loose item holding code, tables or headings, `<li><p>/containers</p><pre>GET
        // /api/v1/containers</pre>…</li>`: its first paragraph is the item, the rest its
        // blocks.)
        // (Only an item whose own text is in its paragraphs: text or inline elements set
        // straight in the `<li>` keep the item read as one.)
        let loose = li.children().all(|c| match ElementRef::wrap(c) {
            Some(e) => !INLINE.contains(&e.value().name()),
            None => c.value().as_text().is_none_or(|t| t.trim().is_empty()),
        });
        let blocky = loose
            && li.children().filter_map(ElementRef::wrap).any(|c| {
                matches!(
                    c.value().name(),
                    "pre" | "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote"
                )
            });
        if blocky {
            let mut first = true;
            for child in li.children().filter_map(ElementRef::wrap) {
                let name = child.value().name();
                if first && name == "p" {
                    let at = self.locate.tag("p");
                    let text = self.inline_text(child, false);
                    if !text.is_empty() {
                        self.push(
                            Kind::Item {
                                depth,
                                marker: marker.clone(),
                            },
                            text,
                            at,
                        );
                    }
                } else if matches!(name, "ul" | "ol") {
                    self.element(child, depth + 1);
                } else {
                    self.element(child, depth);
                }
                first = false;
            }
            self.flush();
            return;
        }
        let text = self.inline_text(li, true);
        let nested: Vec<ElementRef<'_>> = li
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "ul" | "ol"))
            .collect();
        if !text.is_empty() {
            self.push(Kind::Item { depth, marker }, text, at);
        }
        for list in nested {
            self.element(list, depth + 1);
        }
    }

    /// A code listing laid out as a table (Pygments' `highlighttable`: a caption row, a
    /// cell of line numbers, a cell holding the `<pre>`): its caption as a paragraph (a
    /// label, `HTTP Request`), then its code. False when the table is no such listing.
    fn code_listing(&mut self, table: ElementRef<'_>, at: (u32, u32)) -> bool {
        let has_class = |e: &ElementRef<'_>, c: &str| e.value().classes().any(|x| x == c);
        let cells: Vec<ElementRef<'_>> = descendants_named(table, "td");
        let Some(code) = cells.iter().find(|c| has_class(c, "code")) else {
            return false;
        };
        let listing = has_class(&table, "highlighttable")
            || cells
                .iter()
                .all(|c| has_class(c, "code") || has_class(c, "linenos"));
        if !listing {
            return false;
        }
        let Some(pre) = descendants_named(*code, "pre").into_iter().next() else {
            return false;
        };
        // (The table's rows are passed over: their lines are the listing's.)
        for _ in descendants_named(table, "tr") {
            self.locate.tag("tr");
        }
        let caption: String = descendants_named(table, "th")
            .iter()
            .map(|th| collapse(&th.text().collect::<String>()))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if !caption.is_empty() {
            self.push(Kind::Paragraph, caption, at);
        }
        let text: String = pre.text().collect();
        let text = text.trim_matches('\n').to_string();
        if !text.trim().is_empty() {
            self.push(Kind::Code { lang: None }, text, at);
        }
        true
    }

    fn table(&mut self, table: ElementRef<'_>, at: (u32, u32)) {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut row_lines = Vec::new();
        let mut header_rows: Vec<Vec<(String, (usize, usize))>> = Vec::new();
        let trs = descendants_named(table, "tr");
        for tr in trs {
            let line = self.locate.tag("tr").0;
            let cells: Vec<ElementRef<'_>> = tr
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .collect();
            let all_th = !cells.is_empty() && cells.iter().all(|c| c.value().name() == "th");
            // (A first row of `<td>`s each holding only bold text, `<td><strong>Name</strong>
            // </td>`, as documents exported from a word processor write a header.)
            let all_bold = cells.len() >= 2
                && cells.iter().all(|c| {
                    let whole = cell_text(*c);
                    let bold: String = c
                        .children()
                        .filter_map(ElementRef::wrap)
                        .filter(|e| matches!(e.value().name(), "strong" | "b"))
                        .map(|e| e.text().collect::<String>())
                        .collect();
                    !whole.trim().is_empty() && bold.trim() == whole.trim()
                });
            let spans: Vec<(usize, usize)> = cells
                .iter()
                .map(|c| (span(*c, "colspan"), span(*c, "rowspan")))
                .collect();
            let texts: Vec<String> = cells
                .into_iter()
                .map(|c| row_header_code(c, all_th).unwrap_or_else(|| cell_text(c)))
                .collect();
            // (A second header row under cells spanning columns or rows: the header is the
            // grid the two rows make.)
            let second =
                header_rows.len() == 1 && header_rows[0].iter().any(|(_, (c, r))| *c > 1 || *r > 1);
            if rows.is_empty()
                && ((all_th && (header_rows.is_empty() || second))
                    || (all_bold && header_rows.is_empty()))
            {
                header_rows.push(texts.into_iter().zip(spans).collect());
            } else {
                rows.push(texts);
                row_lines.push(line);
            }
        }
        let header: Vec<String> = match header_rows.as_slice() {
            [] => Vec::new(),
            [one] => one.iter().map(|(text, _)| text.clone()).collect(),
            grid => header_grid(grid),
        };
        let text = std::iter::once(&header)
            .filter(|h| !h.is_empty())
            .chain(&rows)
            .map(|r| r.join(" | "))
            .collect::<Vec<_>>()
            .join("\n");
        self.push(
            Kind::Table(Table {
                header,
                rows,
                row_lines,
            }),
            text,
            at,
        );
    }
}

/// The title a custom element gives the blocks it wraps in its `label` or `title`
/// attribute (`<q-expansion-item label="Get a withdraw link">`), when it wraps blocks.
fn element_title(el: ElementRef<'_>) -> Option<String> {
    let title = ["label", "title"]
        .iter()
        .find_map(|a| el.value().attr(a))
        .map(collapse)
        .filter(|t| !t.is_empty())?;
    el.descendants()
        .filter_map(ElementRef::wrap)
        .any(|e| {
            matches!(
                e.value().name(),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "table" | "pre" | "ul" | "ol"
            )
        })
        .then_some(title)
}

/// A cell's `colspan` or `rowspan` (1 when absent or not a small number).
fn span(cell: ElementRef<'_>, attr: &str) -> usize {
    cell.value()
        .attr(attr)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|n| (1..=64).contains(n))
        .unwrap_or(1)
}

/// The column names of header rows whose cells span columns and rows (`<th colspan='2'>url
/// parameters</th>` over `<th>req=</th><th>name=</th>`, a `rowspan='2'` cell beside them):
/// each column named by the lowest header cell over it.
fn header_grid(header_rows: &[Vec<(String, (usize, usize))>]) -> Vec<String> {
    let mut grid: Vec<Vec<Option<String>>> = vec![Vec::new(); header_rows.len()];
    for (r, cells) in header_rows.iter().enumerate() {
        let mut c = 0;
        for (text, (cols, rows)) in cells {
            while grid[r].get(c).is_some_and(Option::is_some) {
                c += 1;
            }
            for row in grid.iter_mut().skip(r).take(*rows) {
                if row.len() < c + cols {
                    row.resize(c + cols, None);
                }
                for cell in row.iter_mut().skip(c).take(*cols) {
                    *cell = Some(text.clone());
                }
            }
            c += cols;
        }
    }
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|c| {
            grid.iter()
                .rev()
                .find_map(|row| row.get(c).cloned().flatten())
                .unwrap_or_default()
        })
        .collect()
}

/// A title in all but tag, as sites that style their own headings write one: an element
/// (`div`, `span`, `strong`, `b`, `button`, `summary`, `header`) holding nothing but a short
/// text and a link to its own anchor (`<strong id="auth-refresh"><a
/// href="#auth-refresh">Auth refresh</a></strong>`; `<div><a href="#joke-endpoint">§</a>
/// <span id="joke-endpoint">Get Joke:</span></div>`): the text, the link's mark (`§`, `🔗`,
/// `¶`, `#`) and a closing colon left out. Kinds of such titles rank in the order the page
/// first shows them (the first kind a level 2 heading, the next a level 3, …).
fn permalinked_title(el: ElementRef<'_>) -> Option<String> {
    if !matches!(
        el.value().name(),
        "div" | "span" | "strong" | "b" | "button" | "summary" | "header"
    ) || holds_blocks(el)
    {
        return None;
    }
    let mut ids: Vec<&str> = el.value().attr("id").into_iter().collect();
    let mut self_link = None;
    for d in el.descendants().filter_map(ElementRef::wrap) {
        match d.value().name() {
            "table" | "pre" | "ul" | "ol" | "p" | "code" | "img" | "svg" | "input" => return None,
            _ => {}
        }
        if let Some(id) = d.value().attr("id") {
            ids.push(id);
        }
        if d.value().name() == "a"
            && let Some(anchor) = d.value().attr("href").and_then(|h| h.strip_prefix('#'))
        {
            if self_link.is_some() {
                return None;
            }
            self_link = Some(anchor);
        }
    }
    let anchor = self_link?;
    if anchor.is_empty() || !ids.contains(&anchor) {
        return None;
    }
    let text = collapse(&el.text().collect::<String>());
    let text = text
        .trim_matches(['§', '🔗', '¶', '#', ' '])
        .trim_end_matches(':')
        .trim()
        .to_string();
    let words = text.split_whitespace().count();
    (words > 0 && words <= 10).then_some(text)
}

/// `/api/nodes/<i>name</i>/memory`: a word set in italics (or `<var>`, or code:
/// `/api/admins/<code>id</code>`) right after a path's
/// `/` is the path's placeholder, written `{name}`; None for any other element.
fn path_placeholder(e: ElementRef<'_>, before: &str) -> Option<String> {
    let in_path = matches!(e.value().name(), "i" | "em" | "var" | "code")
        && before.ends_with('/')
        && before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.starts_with('/'));
    let word = collapse(&e.text().collect::<String>());
    let name = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    (in_path && name).then(|| format!("{{{word}}}"))
}

/// A table cell's text: inline elements run together, block elements (`div`, `p`, `li`)
/// and `<br>` on lines of their own (Redoc puts a parameter's name and its `required` mark,
/// or its type and its description, in sibling `div`s), each line's whitespace collapsed.
/// A row's header cell (a `<th>` in a row of `<td>`s) holding only code
/// (`<th><code>team_ids</code></th>`): the name the row describes, kept in backticks as a
/// Markdown table writes it (`` `team_ids` ``), so that it reads as a wire name.
fn row_header_code(cell: ElementRef<'_>, all_th: bool) -> Option<String> {
    if all_th || cell.value().name() != "th" {
        return None;
    }
    let mut elements = cell.children().filter_map(ElementRef::wrap);
    let code = elements.next()?;
    let only = elements.next().is_none()
        && cell.children().all(|c| {
            ElementRef::wrap(c).is_some()
                || c.value().as_text().is_some_and(|t| t.trim().is_empty())
        });
    let text: String = code.text().collect();
    let text = text.trim();
    (only && code.value().name() == "code" && !text.is_empty() && !text.contains('`'))
        .then(|| format!("`{text}`"))
}

fn cell_text(cell: ElementRef<'_>) -> String {
    fn walk(el: ElementRef<'_>, out: &mut String) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => out.push_str(t),
                Node::Element(v) => {
                    let Some(e) = ElementRef::wrap(child) else {
                        continue;
                    };
                    let name = v.name();
                    if SKIPPED.contains(&name) {
                        continue;
                    }
                    if let Some(p) = path_placeholder(e, out) {
                        out.push_str(&p);
                    } else if name == "br" {
                        out.push('\n');
                    } else if INLINE.contains(&name) || name == "button" {
                        walk(e, out);
                    } else {
                        out.push('\n');
                        walk(e, out);
                        out.push('\n');
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = String::new();
    walk(cell, &mut out);
    out.split('\n')
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Descendant elements named `name`, in document order, not inside a nested table.
fn descendants_named<'a>(el: ElementRef<'a>, name: &str) -> Vec<ElementRef<'a>> {
    let mut out = Vec::new();
    for child in el.children().filter_map(ElementRef::wrap) {
        let n = child.value().name();
        if n == name {
            out.push(child);
        } else if n != "table" {
            out.extend(descendants_named(child, name));
        }
    }
    out
}

/// Whether an element has headings, paragraphs or tables among its children (an article's
/// blocks; a code sample's `<div>` lines inside a `<span>` stay inline).
fn holds_blocks(el: ElementRef<'_>) -> bool {
    el.children().any(|c| {
        ElementRef::wrap(c).is_some_and(|e| {
            matches!(
                e.value().name(),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "table"
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::read::blocks::{Document, InputKind, Kind, Span};

    #[test]
    fn custom_elements_titled_by_an_attribute_are_sections() {
        let page = "<q-expansion-item label=\"API info\">\n  <q-expansion-item label=\"List withdraw links\">\n    <q-card><q-card-section>\n      <code><span class=\"text-blue\">GET</span> /withdraw/api/v1/links</code>\n      <h5>Headers</h5>\n      <code>{\"X-Api-Key\": &lt;invoice_key&gt;}</code>\n    </q-card-section></q-card>\n  </q-expansion-item>\n  <q-btn label=\"Swagger API\"></q-btn>\n</q-expansion-item>\n";
        let d = Document::parse("t.html", page);
        let heads: Vec<(Option<u8>, &str)> = d
            .blocks
            .iter()
            .filter(|b| b.is_heading())
            .map(|b| (b.level(), b.text.as_str()))
            .collect();
        assert_eq!(
            heads,
            [
                (Some(1), "API info"),
                (Some(2), "List withdraw links"),
                (Some(5), "Headers")
            ]
        );
        assert_eq!(d.blocks[1].span.line, 2);
    }

    #[test]
    fn a_first_row_of_bold_cells_is_the_header() {
        let page = "<table>\n  <tr>\n   <td><strong>Name</strong>\n   </td>\n   <td><strong>Type</strong>\n   </td>\n  </tr>\n  <tr>\n   <td><strong>key</strong>\n   </td>\n   <td>string\n   </td>\n  </tr>\n</table>\n";
        let d = Document::parse("t.html", page);
        let t = d.blocks[0].table().unwrap();
        assert_eq!(t.header, ["Name", "Type"]);
        assert_eq!(t.rows, [["key", "string"]]);
        // A first row with a plain cell stays a row.
        let plain = page.replace("<strong>Type</strong>", "Type");
        let d = Document::parse("t.html", &plain);
        assert!(d.blocks[0].table().unwrap().header.is_empty());
    }

    #[test]
    fn titles_linking_to_their_own_anchor_are_headings() {
        // (Two vendors' ways: an accordion's title linking to itself, and a title whose
        // mark links to the span carrying the anchor; kinds rank in the order first met.)
        let page = "<div class=\"accordion\"><button type=\"button\">\n<strong id=\"auth-refresh\" class=\"heading-link\"><a href=\"#auth-refresh\">Auth refresh</a></strong>\n</button>\n<div><p>Refreshes a token.</p>\n<div class=\"api-route\"><strong>PATCH</strong><div>/api/admins/<code>id</code></div></div></div></div>\n<div class=\"sub\"><a href=\"#joke-endpoint\">§</a> <span id=\"joke-endpoint\">Get Joke:</span></div>\n<span><span>GET</span> <span>/joke/any</span></span><br><br>\nThis endpoint gives a joke.<br>\n<div id=\"note\"><a href=\"#elsewhere\">A link away</a></div>\n<p class=\"admonition-title\">Note</p>\n";
        let d = Document::parse("t.html", page);
        let got: Vec<String> = d
            .blocks
            .iter()
            .map(|b| match &b.kind {
                Kind::Heading { level } => format!("h{level}:{}", b.text),
                _ => format!("p:{}", b.text),
            })
            .collect();
        assert_eq!(
            got,
            [
                "h2:Auth refresh",
                "p:Refreshes a token.",
                "p:PATCH",
                "p:/api/admins/{id}",
                "h3:Get Joke",
                "p:GET /joke/any\nThis endpoint gives a joke.",
                "p:A link away",
                "p:Note",
            ]
        );
    }

    #[test]
    fn page_with_chrome() {
        let page = "<!DOCTYPE html>\n<html><head><title>T</title><style>p{}</style></head>\n<body>\n<nav><ul><li>Home</li></ul></nav>\n<div id=\"cookie-banner\"><p>We use cookies</p></div>\n<h2><a id=\"x\">auth.user.Login</a></h2>\n<pre>Used to login</pre>\n<h4>Url:</h4> https://api.wimi.pro <h4>Body Data:</h4>\n<ul>\n  <li> name - string <a href=\"#User\">User</a>\n    <ul><li>inner - int</li></ul>\n  </li>\n</ul>\n<table><tr><th>Name</th><th>Type</th></tr>\n<tr><td>id</td><td>integer</td></tr></table>\n<script>var p = '<p>';</script>\n<footer>© us</footer>\n</body></html>\n";
        let d = Document::parse("p.html", page);
        assert_eq!(d.kind, InputKind::Html);
        let got: Vec<String> = d
            .blocks
            .iter()
            .map(|b| match &b.kind {
                Kind::Heading { level } => format!("h{level}:{}@{}", b.text, b.span.line),
                Kind::Paragraph => format!("p:{}@{}", b.text, b.span.line),
                Kind::Item { depth, .. } => format!("li{depth}:{}@{}", b.text, b.span.line),
                Kind::Table(t) => format!("table:{:?}{:?}@{}", t.header, t.rows, b.span.line),
                Kind::Code { .. } => format!("code:{}@{}", b.text, b.span.line),
            })
            .collect();
        assert_eq!(
            got,
            [
                "h2:auth.user.Login@6",
                "code:Used to login@7",
                "h4:Url:@8",
                "p:https://api.wimi.pro@8",
                "h4:Body Data:@8",
                "li0:name - string User@10",
                "li1:inner - int@11",
                "table:[\"Name\", \"Type\"][[\"id\", \"integer\"]]@14",
            ]
        );
        assert_eq!(d.blocks[0].span, Span::new(6, 1, 6));
        assert_eq!(d.links.len(), 1);
        assert_eq!(d.links[0].url, "#User");
    }
}
