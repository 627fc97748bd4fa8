//! Reading documents: the document model ([`blocks::Document`]: headings, paragraphs, list
//! items, tables, code, links, each with its span) built by three front ends (plain text
//! and Markdown in [`text`], HTML in [`html`]; reStructuredText and AsciiDoc rewritten as
//! Markdown first, in [`markup`]), numbered lines ([`Doc`]) and the lenient
//! JSON reader shared by every extractor.

pub mod blocks;
pub mod html;
pub mod json;
pub mod markup;
pub mod text;

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Where a document was read from on disk, for documents that refer to other files (an
/// OpenAPI document's `$ref: ./schemas/user.yaml`): those are read relative to the
/// document, and only inside `root`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The document's path.
    pub path: PathBuf,
    /// The folder no file outside of which is read.
    pub root: PathBuf,
    /// The folder other files are named relative to (in diagnostics and in the spec's
    /// `file`): the document's own folder, or the folder a folder of documents was read
    /// from.
    pub base: PathBuf,
    /// How diagnostics name `base` (a file `schemas/a.yaml` is shown as
    /// `<base_display>/schemas/a.yaml`).
    pub base_display: String,
}

impl Origin {
    /// A document read on its own: `path` on disk, shown as `display`; `root` defaults to
    /// the document's folder.
    pub fn file(path: &Path, display: &str, root: Option<&Path>) -> Self {
        let base = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let base_display = match display.rfind('/') {
            Some(i) => display[..i].to_string(),
            None => String::new(),
        };
        Self {
            path: path.to_path_buf(),
            root: root.map_or_else(|| base.clone(), Path::to_path_buf),
            base,
            base_display,
        }
    }
}

/// A source document as numbered lines.
#[derive(Debug, Clone)]
pub struct Doc {
    /// The file name shown in diagnostics.
    pub file: String,
    /// Lines without their line ends; `lines[0]` is line 1.
    pub lines: Vec<String>,
    /// For a document rendered from blocks ([`blocks::Document::lowered`]): the original
    /// file's line of each line (`origin[0]` for line 1). Empty when the lines are the file's.
    pub origin: Vec<u32>,
}

impl Doc {
    /// Splits `text` into lines (`\n`, `\r\n` or `\r` ends).
    pub fn new(file: impl Into<String>, text: &str) -> Self {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let lines = text.split('\n').map(str::to_string).collect();
        Self {
            file: file.into(),
            lines,
            origin: Vec::new(),
        }
    }

    /// The original file's line for line `n` of this document (itself when the lines are
    /// the file's).
    pub fn origin_line(&self, n: u32) -> u32 {
        if self.origin.is_empty() || n == 0 {
            return n;
        }
        let i = (n as usize - 1).min(self.origin.len() - 1);
        self.origin[i]
    }

    /// Line `n` (1-based), trimmed; empty past the end.
    pub fn line(&self, n: u32) -> &str {
        self.lines
            .get((n as usize).wrapping_sub(1))
            .map_or("", |l| l.trim())
    }

    /// Number of lines.
    pub fn len(&self) -> u32 {
        u32::try_from(self.lines.len()).unwrap_or(u32::MAX)
    }

    /// Whether the document has no text at all.
    pub fn is_empty(&self) -> bool {
        self.lines.iter().all(|l| l.trim().is_empty())
    }

    /// The warning for JSON the reader could not read: where, what was expected, what was
    /// found (`place`: "in a sample"), and what the extractor did about it (`outcome`).
    pub fn json_warning(&self, e: &json::JsonError, place: &str, outcome: &str) -> Diagnostic {
        Diagnostic::warning(
            &self.file,
            e.line,
            format!(
                "expected {} {place}, found {}; {outcome}",
                e.expected, e.found
            ),
        )
        .at_column(e.column)
        .with_source(self.line(e.line))
    }

    /// The text of lines `from..=to`, joined with `\n`.
    pub fn text(&self, from: u32, to: u32) -> String {
        (from..=to.min(self.len()))
            .map(|n| self.lines[(n - 1) as usize].as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The text of file `name` beside a page in folder `dir` (a file its markup names, such as
/// os-api-ref's `parameters.yaml`): only a relative name inside the folder (no `..`, no
/// root), of a file of at most 8 MiB; `None` otherwise or when it cannot be read.
pub fn beside(dir: &std::path::Path, name: &str) -> Option<String> {
    let rel = std::path::Path::new(name);
    let inside = !name.is_empty()
        && rel
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    if !inside {
        return None;
    }
    let path = dir.join(rel);
    let meta = std::fs::metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > 8 * 1024 * 1024 {
        return None;
    }
    std::fs::read_to_string(path).ok()
}
