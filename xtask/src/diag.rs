//! Diagnostics: problems found in an input, each naming the file and line.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Reported; the run goes on.
    Warning,
    /// Reported; the run stops before any file is written.
    Error,
}

/// One problem in an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// The input file.
    pub file: String,
    /// 1-based line (0 when the problem concerns the whole file).
    pub line: u32,
    /// 1-based column, where it helps.
    pub column: Option<u32>,
    /// What was expected and what was found.
    pub message: String,
    /// The source line, shown under the message.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A warning at `line`.
    pub fn warning(file: &str, line: u32, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            file: file.into(),
            line,
            column: None,
            message: message.into(),
            source_line: None,
        }
    }

    /// An error at `line`.
    pub fn error(file: &str, line: u32, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            ..Self::warning(file, line, message)
        }
    }

    /// Adds the column.
    pub fn at_column(mut self, column: u32) -> Self {
        self.column = Some(column);
        self
    }

    /// Adds the source line's text.
    pub fn with_source(mut self, text: &str) -> Self {
        self.source_line = Some(text.to_string());
        self
    }
}

impl fmt::Display for Diagnostic {
    /// Renders like rustc (with `annotate-snippets`): level and message, `--> file:line:col`,
    /// the source line with the column marked.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};
        let level = match self.severity {
            Severity::Warning => Level::WARNING,
            Severity::Error => Level::ERROR,
        };
        let title = level.primary_title(self.message.as_str());
        let line = self.line as usize;
        let group = match &self.source_line {
            Some(source) if line > 0 => {
                // The marked span: from the column to the end of its word, or the whole line.
                let start = self
                    .column
                    .and_then(|c| source.char_indices().nth((c as usize).saturating_sub(1)))
                    .map_or(0, |(i, _)| i);
                let end = source[start..]
                    .find(char::is_whitespace)
                    .map_or(source.len(), |e| start + e.max(1));
                let end = if self.column.is_some() {
                    end.max(start).min(source.len())
                } else {
                    source.len()
                };
                title.element(
                    Snippet::source(source.as_str())
                        .line_start(line)
                        .path(self.file.as_str())
                        .annotation(AnnotationKind::Primary.span(start..end)),
                )
            }
            _ => {
                let mut origin = Origin::path(self.file.as_str());
                if line > 0 {
                    origin = origin.line(line);
                }
                if let Some(c) = self.column {
                    origin = origin.char_column(c as usize);
                }
                title.element(origin)
            }
        };
        f.write_str(&Renderer::plain().render(&[group]))
    }
}

/// Whether any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc() {
        let d = Diagnostic::warning("doc.txt", 12, "expected `:` after an object key, found `2`")
            .at_column(5)
            .with_source("\"b\" 2");
        assert_eq!(
            d.to_string(),
            "warning: expected `:` after an object key, found `2`\n  --> doc.txt:12:5\n   |\n12 | \"b\" 2\n   |     ^"
        );
        let e = Diagnostic::error("spec/x.yaml", 0, "duplicate id");
        assert_eq!(e.to_string(), "error: duplicate id\n--> spec/x.yaml");
    }
}
