//! The document model: one list of blocks for any input (plain-text capture, Markdown,
//! HTML), each with its span in the original file.
//!
//! Build one with [`Document::parse`] (the input kind told from the content) or
//! [`Document::with_kind`]. Extractors match structure, not one capture's punctuation: "the
//! heading named like `Parameters`" ([`Document::find_named`]), "the list or table under
//! it" ([`Document::section`], [`Document::items_under`], [`Document::table_under`]).
//!
//! What each front end makes of its input:
//!
//! | block | plain text | Markdown | HTML |
//! | --- | --- | --- | --- |
//! | heading | a numbered line (`2.6. name`: level = count of numbers), or a short label line (level 0: not given) | `#`…`######`, setext | `<h1>`…`<h6>` |
//! | paragraph | one line | consecutive lines | `<p>`, text between blocks |
//! | list item | `•`, `-`, `*`, `+`, `1.`, `1)` and a space; depth from indentation | the same | `<li>`; depth from nesting |
//! | table | `a \| b` rows, tab-separated rows, runs of 2+ spaces, a header of 3+ capitalised words over rows | pipe tables | `<table>` |
//! | code | a JSON value (`{`/`[` to its end) | fenced, indented 4, or JSON | `<pre>` |
//!
//! A plain-text line that could be a heading or a paragraph is read by extractors through
//! [`Block::label`], which treats a one-line paragraph like a heading.

use std::fmt;

use super::Doc;

/// Where a block sits in the original file (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Span {
    /// First line.
    pub line: u32,
    /// Column of the block's first character on its first line.
    pub column: u32,
    /// Last line (equal to `line` for one-line blocks).
    pub end_line: u32,
}

impl Span {
    /// A span of lines `line..=end_line` starting at `column`.
    pub fn new(line: u32, column: u32, end_line: u32) -> Self {
        Self {
            line,
            column,
            end_line: end_line.max(line),
        }
    }
}

/// How the input was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// A text capture of a page (a browser's or crawler's text).
    Text,
    /// Markdown or a Markdown-flavoured capture.
    Markdown,
    /// An HTML page or fragment.
    Html,
}

impl InputKind {
    /// Tells the kind from the content; the file name's extension only breaks a tie
    /// (`.md` for Markdown, `.html`/`.htm` for HTML).
    pub fn detect(file: &str, text: &str) -> InputKind {
        let head: String = text
            .trim_start_matches('\u{feff}')
            .chars()
            .take(8000)
            .collect();
        let lower = head.to_ascii_lowercase();
        let trimmed = lower.trim_start();
        if trimmed.starts_with("<!doctype html") || trimmed.starts_with("<html") {
            return InputKind::Html;
        }
        let tags = [
            "<div", "<p>", "<p ", "<h1", "<h2", "<h3", "<h4", "<table", "<ul", "<li", "<pre",
            "<span", "<a ", "<body", "<section",
        ]
        .iter()
        .map(|t| lower.matches(t).count())
        .sum::<usize>();
        let lines = head.lines().count().max(1);
        let ext = file.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        let md_headings = head
            .lines()
            .filter(|l| {
                let t = l.trim_start();
                let hashes = t.chars().take_while(|&c| c == '#').count();
                (1..=6).contains(&hashes) && t[hashes..].starts_with(' ')
            })
            .count();
        // Inline tags in Markdown (`### sendMessage <a id='sendmessage'></a>`) do not make
        // it HTML: `#` headings say Markdown. (A Markdown page may open with raw HTML,
        // `<h2 id="section-title">REST API</h2>`, and go on with `#` headings.)
        let markdown_name = matches!(
            ext.as_str(),
            "md" | "mdx" | "markdown" | "mkd" | "mkdn" | "mdown" | "mdwn" | "mdoc"
        );
        let opens_with_tags =
            trimmed.starts_with('<') && tags >= 3 && !(markdown_name && md_headings >= 2);
        if opens_with_tags || (tags * 4 >= lines.max(8) && md_headings < 2) {
            return InputKind::Html;
        }
        let fences = head
            .lines()
            .filter(|l| l.trim_start().starts_with("```"))
            .count();
        let md_links = head.matches("](http").count() + head.matches("](/").count();
        if md_headings + fences / 2 + md_links >= 2
            || (matches!(ext.as_str(), "md" | "mdoc") && !head.is_empty())
        {
            return InputKind::Markdown;
        }
        if matches!(ext.as_str(), "html" | "htm") && tags > 0 {
            return InputKind::Html;
        }
        InputKind::Text
    }
}

impl fmt::Display for InputKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InputKind::Text => "text",
            InputKind::Markdown => "markdown",
            InputKind::Html => "html",
        })
    }
}

/// A table: a header row and body rows of cell texts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// The header cells (empty when the table has none).
    pub header: Vec<String>,
    /// Body rows; a row may have fewer or more cells than the header.
    pub rows: Vec<Vec<String>>,
    /// The line of each body row in the original file.
    pub row_lines: Vec<u32>,
}

impl Table {
    /// The index of the header cell named like `name` (case and a trailing `:` ignored).
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| named_like(h, name))
    }
}

/// What a block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A heading. `level` 1–6 where the rendering gives it, 0 where it does not (a plain-text
    /// label line such as `Parameters`).
    Heading {
        /// 1 (`#`, `<h1>`, `2.`) to 6; 0 when unknown.
        level: u8,
    },
    /// Running text.
    Paragraph,
    /// One item of a list.
    Item {
        /// 0 for a top-level item, 1 for an item of a nested list, …
        depth: u8,
        /// The marker as written (`•`, `-`, `1.`), empty for HTML items.
        marker: String,
    },
    /// A table.
    Table(Table),
    /// Code or a data sample (fenced, indented, `<pre>`, or a JSON value found in text).
    Code {
        /// The fence's or `<pre>`'s language, if given.
        lang: Option<String>,
    },
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: Kind,
    /// Its text: inline markup removed, links kept as their text; lines of a paragraph or
    /// code block joined with `\n`; a table's cells joined with ` | `, rows with `\n`.
    pub text: String,
    /// Where it is in the original file.
    pub span: Span,
}

impl Block {
    /// Whether this is a heading.
    pub fn is_heading(&self) -> bool {
        matches!(self.kind, Kind::Heading { .. })
    }

    /// The heading level (`None` for other blocks; `Some(0)` for an unranked heading).
    pub fn level(&self) -> Option<u8> {
        match self.kind {
            Kind::Heading { level } => Some(level),
            _ => None,
        }
    }

    /// The text as a label: a heading's or one-line paragraph's text, trimmed, without a
    /// trailing `:`. `None` for other blocks.
    pub fn label(&self) -> Option<&str> {
        match self.kind {
            Kind::Heading { .. } => Some(trim_label(&self.text)),
            Kind::Paragraph if !self.text.contains('\n') => Some(trim_label(&self.text)),
            _ => None,
        }
    }

    /// Whether the block is a heading or one-line paragraph named like one of `names`
    /// (case, surrounding space and a trailing `:` ignored).
    pub fn is_named(&self, names: &[&str]) -> bool {
        self.label()
            .is_some_and(|l| names.iter().any(|n| named_like(l, n)))
    }

    /// The table, if this block is one.
    pub fn table(&self) -> Option<&Table> {
        match &self.kind {
            Kind::Table(t) => Some(t),
            _ => None,
        }
    }

    /// The list depth, if this block is a list item.
    pub fn depth(&self) -> Option<u8> {
        match self.kind {
            Kind::Item { depth, .. } => Some(depth),
            _ => None,
        }
    }

    /// Whether this is a code block.
    pub fn is_code(&self) -> bool {
        matches!(self.kind, Kind::Code { .. })
    }
}

/// A link found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The link text.
    pub text: String,
    /// The target as written.
    pub url: String,
    /// Where the link is.
    pub span: Span,
}

/// A document read into blocks, with its original lines.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file name shown in diagnostics.
    pub file: String,
    /// How the input was written.
    pub kind: InputKind,
    /// The blocks in document order.
    pub blocks: Vec<Block>,
    /// The links in document order.
    pub links: Vec<Link>,
    /// The original file as numbered lines (what spans point into).
    pub source: Doc,
    /// Where the file is on disk, when it was read from disk and may refer to other files
    /// (OpenAPI `$ref`s); `None` for text read on its own.
    pub origin: Option<super::Origin>,
    /// For reStructuredText and AsciiDoc, read as the Markdown they render to
    /// ([`super::markup`]): the file as written. `source` is then the Markdown, whose
    /// [`Doc::origin`] maps each line back to this one.
    pub original: Option<Doc>,
    /// The one method another page of the same folder says every call uses (a guide page's
    /// `All requests are sent with POST`), for calls this page gives no method of its own;
    /// `None` for a page read on its own.
    pub folder_method: Option<&'static str>,
    /// The one base URL another page of the same folder says the routes are relative to
    /// (`One can use the following URLs relative to https://example.org/x.php`); `None`
    /// for a page read on its own.
    pub folder_base: Option<String>,
}

impl Document {
    /// Reads `text`, telling its kind from the content.
    pub fn parse(file: impl Into<String>, text: &str) -> Self {
        Self::parse_with(file, text, &|_| None)
    }

    /// [`Document::parse`] on a page read from folder `dir`: the files beside it that its
    /// markup names (os-api-ref's `parameters.yaml`) are read from there.
    pub fn parse_beside(
        file: impl Into<String>,
        text: &str,
        dir: Option<&std::path::Path>,
    ) -> Self {
        match dir {
            Some(dir) => Self::parse_with(file, text, &|name: &str| super::beside(dir, name)),
            None => Self::parse(file, text),
        }
    }

    /// [`Document::parse`], the files the page names read through `sidecar`.
    pub fn parse_with(
        file: impl Into<String>,
        text: &str,
        sidecar: super::markup::Sidecar<'_>,
    ) -> Self {
        let file = file.into();
        // (A byte-order mark before the first line is no text of it: `\u{feff}# getblockhash
        // Method` is a heading.)
        let text = text.trim_start_matches('\u{feff}');
        let rendered = if super::markup::is_rst(&file, text) {
            Some(super::markup::rst_with(text, sidecar))
        } else if super::markup::is_asciidoc(&file, text) {
            Some(super::markup::asciidoc(text))
        } else if super::markup::is_textile(&file, text) {
            Some(super::markup::textile(text))
        } else {
            None
        };
        if let Some(lines) = rendered {
            let markdown: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
            let mut doc = Self::with_kind(file.clone(), &markdown.join("\n"), InputKind::Markdown);
            doc.source.origin = lines.iter().map(|(_, n)| *n).collect();
            doc.original = Some(Doc::new(file, text));
            return doc;
        }
        let kind = InputKind::detect(&file, text);
        Self::with_kind(file, text, kind)
    }

    /// Reads `text` as the given kind.
    pub fn with_kind(file: impl Into<String>, text: &str, kind: InputKind) -> Self {
        let source = Doc::new(file, text);
        let (blocks, links) = match kind {
            InputKind::Text => super::text::blocks(&source, false),
            InputKind::Markdown => super::text::blocks(&source, true),
            InputKind::Html => super::html::blocks(text),
        };
        Self {
            file: source.file.clone(),
            kind,
            blocks,
            links,
            source,
            origin: None,
            original: None,
            folder_method: None,
            folder_base: None,
        }
    }

    /// The same document, told the method its folder's pages say every call uses.
    pub fn with_folder_method(mut self, method: Option<&'static str>) -> Self {
        self.folder_method = method;
        self
    }

    /// The same document, told the base URL its folder's pages say the routes are
    /// relative to.
    pub fn with_folder_base(mut self, base: Option<String>) -> Self {
        self.folder_base = base;
        self
    }

    /// The same document, read from `origin` on disk (so the files it refers to can be
    /// read).
    pub fn with_origin(mut self, origin: super::Origin) -> Self {
        self.origin = Some(origin);
        self
    }

    /// The index of the first block at or after `from` that is a heading or one-line
    /// paragraph named like one of `names`.
    pub fn find_named(&self, from: usize, names: &[&str]) -> Option<usize> {
        self.blocks
            .iter()
            .enumerate()
            .skip(from)
            .find(|(_, b)| b.is_named(names))
            .map(|(i, _)| i)
    }

    /// The index one past the last block of the section that block `at` opens: up to the
    /// next heading of the same or a higher rank (for an unranked heading or a label
    /// paragraph, up to the next heading of any level or label-like block accepted by
    /// `stop`), bounded by `end`.
    pub fn section_end(&self, at: usize, end: usize, stop: impl Fn(&Block) -> bool) -> usize {
        let end = end.min(self.blocks.len());
        let level = self.blocks.get(at).and_then(Block::level).unwrap_or(0);
        (at + 1..end)
            .find(|&i| {
                let b = &self.blocks[i];
                match b.level() {
                    Some(l) if level > 0 && l > 0 => l <= level,
                    Some(_) => true,
                    None => stop(b),
                }
            })
            .unwrap_or(end)
    }

    /// The blocks under block `at` up to the end of its section (see [`Self::section_end`],
    /// stopping at headings only).
    pub fn section(&self, at: usize) -> &[Block] {
        let end = self.section_end(at, self.blocks.len(), |_| false);
        self.blocks.get(at + 1..end).unwrap_or(&[])
    }

    /// The list items under the first heading named like one of `names`, at or after
    /// block `from`.
    pub fn items_under(&self, from: usize, names: &[&str]) -> Vec<&Block> {
        self.find_named(from, names)
            .map(|at| {
                self.section(at)
                    .iter()
                    .filter(|b| b.depth().is_some())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The first table under the first heading named like one of `names`, at or after
    /// block `from`.
    pub fn table_under(&self, from: usize, names: &[&str]) -> Option<&Table> {
        let at = self.find_named(from, names)?;
        self.section(at).iter().find_map(Block::table)
    }

    /// The headings, with their block index.
    pub fn headings(&self) -> impl Iterator<Item = (usize, &Block)> {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.is_heading())
    }

    /// The JSON value of block `at` (a code block or a line of text) and its text as
    /// written. A text capture is read from the source lines, from the block's first line up
    /// to `until_line` (as far as the value goes, so a value the block scanner cut short
    /// still reads whole); Markdown and HTML from the block's text, positions counted from
    /// the block's first content line.
    pub fn json(
        &self,
        at: usize,
        until_line: u32,
    ) -> Result<(super::json::Parsed, String), super::json::JsonError> {
        let Some(b) = self.blocks.get(at) else {
            return super::json::parse("", 1).map(|p| (p, String::new()));
        };
        if self.kind == InputKind::Text {
            let until = until_line.max(b.span.end_line);
            let parsed = super::json::parse(&self.source.text(b.span.line, until), b.span.line)?;
            let raw = self.source.text(b.span.line, parsed.end_line);
            return Ok((parsed, raw));
        }
        let count = u32::try_from(b.text.split('\n').count()).unwrap_or(u32::MAX);
        let first = b.span.line + u32::from(b.span.end_line - b.span.line + 1 > count);
        let parsed = super::json::parse(&b.text, first)?;
        Ok((parsed, b.text.clone()))
    }

    /// The original line `n` (1-based), trimmed.
    pub fn line(&self, n: u32) -> &str {
        self.source.line(n)
    }

    /// The lines an extractor reads: for a text capture, the file's own lines; for Markdown
    /// and HTML, the blocks rendered as a plain-text capture would show them (headings and
    /// paragraphs as lines, items as `  • text` indented by depth, tables as `a | b |` rows
    /// under a `---|` rule, code as written), with [`Doc::origin`] mapping each line back to
    /// the original file.
    pub fn lowered(&self) -> Doc {
        if self.kind == InputKind::Text {
            return self.source.clone();
        }
        let mut out: Vec<(String, u32)> = Vec::new();
        let mut push = |text: String, line: u32| out.push((text, line));
        let mut prev_item = false;
        for (i, b) in self.blocks.iter().enumerate() {
            let is_item = b.depth().is_some();
            // A table right under a `Label:` line stays under it, as a text capture shows it.
            let under_label =
                b.table().is_some() && i > 0 && self.blocks[i - 1].text.trim_end().ends_with(':');
            if i > 0 && !(is_item && prev_item) && !under_label {
                push(String::new(), b.span.line);
            }
            prev_item = is_item;
            match &b.kind {
                Kind::Heading { .. } | Kind::Paragraph => {
                    for (i, l) in (0u32..).zip(b.text.split('\n')) {
                        push(l.trim().to_string(), (b.span.line + i).min(b.span.end_line));
                    }
                }
                Kind::Item { depth, .. } => {
                    let indent = "  ".repeat(usize::from(*depth) + 1);
                    push(
                        format!("{indent}• {}", b.text.replace('\n', " ")),
                        b.span.line,
                    );
                }
                Kind::Table(t) => {
                    let row = |cells: &[String]| {
                        let mut r = cells.join(" | ");
                        r.push_str(" |");
                        r
                    };
                    if !t.header.is_empty() {
                        push(row(&t.header), b.span.line);
                        push(vec!["---"; t.header.len()].join("|") + "|", b.span.line);
                    }
                    for (i, r) in t.rows.iter().enumerate() {
                        push(row(r), t.row_lines.get(i).copied().unwrap_or(b.span.line));
                    }
                }
                Kind::Code { .. } => {
                    // A fence's body starts on the line after the fence.
                    let count = u32::try_from(b.text.split('\n').count()).unwrap_or(u32::MAX);
                    let offset = u32::from(b.span.end_line - b.span.line + 1 > count);
                    for (i, l) in (0u32..).zip(b.text.split('\n')) {
                        push(
                            l.to_string(),
                            (b.span.line + offset + i).min(b.span.end_line),
                        );
                    }
                }
            }
        }
        let (lines, origin) = out.into_iter().unzip();
        Doc {
            file: self.file.clone(),
            lines,
            origin,
        }
    }
}

/// `Parameters:` → `Parameters`.
pub fn trim_label(s: &str) -> &str {
    s.trim().trim_end_matches(':').trim_end()
}

/// Whether `text` is named like `name`: equal after trimming, ignoring case, surrounding
/// space, a trailing `:` and runs of spaces.
pub fn named_like(text: &str, name: &str) -> bool {
    let norm = |s: &str| {
        trim_label(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(text) == norm(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_content() {
        assert_eq!(
            InputKind::detect("a.txt", "Title\nGET /x\n"),
            InputKind::Text
        );
        assert_eq!(
            InputKind::detect("a.txt", "# Title\n\n## Part\n\ntext\n"),
            InputKind::Markdown
        );
        assert_eq!(
            InputKind::detect("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>"),
            InputKind::Html
        );
        assert_eq!(
            InputKind::detect("a.txt", "<div>\n<h2>a</h2>\n<ul><li>x</li></ul>\n</div>"),
            InputKind::Html
        );
        assert_eq!(
            InputKind::detect("a.md", "plain words\n"),
            InputKind::Markdown
        );
        assert_eq!(
            InputKind::detect(
                "b.md",
                "# Bot\n\n### getMe <a id='getme'></a>\n- x\n\n### close <a id='close'></a>\n- y\n"
            ),
            InputKind::Markdown
        );
        // A text capture that merely mentions a tag stays text.
        assert_eq!(
            InputKind::detect("a.html", "Use the <div> element.\nMore text\n"),
            InputKind::Html
        );
        assert_eq!(
            InputKind::detect("a.txt", "Use the <div> element.\nMore\nMore\nMore\nMore\n"),
            InputKind::Text
        );
    }

    #[test]
    fn seeds_are_text_and_read() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/sources/");
        for (file, headings) in [
            ("weavy-messages.txt", 40),
            ("icewarp-teamchat.txt", 94),
            ("messenger-redoc.txt", 10),
            ("tada-v3.txt", 10),
            ("wimi-wapi.txt", 100),
        ] {
            let text = std::fs::read_to_string(format!("{root}{file}")).unwrap();
            let d = Document::parse(file, &text);
            assert_eq!(d.kind, InputKind::Text, "{file}");
            assert!(
                d.headings().count() >= headings,
                "{file}: {}",
                d.headings().count()
            );
            assert_eq!(d.lowered().lines, d.source.lines);
            if std::env::var_os("DUMP_BLOCKS").is_some() {
                for b in &d.blocks {
                    eprintln!(
                        "{file}:{} {:?} {:?}",
                        b.span.line,
                        b.kind,
                        b.text.chars().take(60).collect::<String>()
                    );
                }
            }
        }
    }

    #[test]
    fn lowered_lines_map_to_the_source() {
        let d = Document::parse(
            "x.md",
            "# Title\n\nIntro text\n\n## Parameters\n\n- a : one\n  - b : two\n\n| Name | Type |\n|---|---|\n| id | int |\n\n```\n{\"a\": 1}\n```\n",
        );
        let low = d.lowered();
        assert_eq!(
            low.lines,
            [
                "Title",
                "",
                "Intro text",
                "",
                "Parameters",
                "",
                "  • a : one",
                "    • b : two",
                "",
                "Name | Type |",
                "---|---|",
                "id | int |",
                "",
                "{\"a\": 1}"
            ]
        );
        let origins: Vec<u32> = (1..=low.len()).map(|n| low.origin_line(n)).collect();
        assert_eq!(origins, [1, 3, 3, 5, 5, 7, 7, 8, 10, 10, 10, 12, 14, 15]);
    }

    /// `DUMP=<file> cargo test -p xtask dump_blocks -- --nocapture` prints a file's blocks
    /// and lowered lines (a debugging aid; does nothing without `DUMP`).
    #[test]
    fn dump_blocks() {
        let Some(path) = std::env::var_os("DUMP") else {
            return;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let d = Document::parse(path.to_string_lossy(), &text);
        eprintln!("kind {}", d.kind);
        for b in &d.blocks {
            eprintln!(
                "{}:{}-{} {:?} {:?}",
                b.span.line, b.span.column, b.span.end_line, b.kind, b.text
            );
        }
        let low = d.lowered();
        for (i, l) in low.lines.iter().enumerate() {
            eprintln!("{:4} <- {:4} | {l}", i + 1, low.origin_line(i as u32 + 1));
        }
    }

    #[test]
    fn labels() {
        assert!(named_like("Parameters:", "parameters"));
        assert!(named_like("  Request   body ", "Request body"));
        assert!(!named_like("Parameters of x", "Parameters"));
    }
}
