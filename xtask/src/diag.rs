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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(
            f,
            "{level}: {}\n  --> {}:{}",
            self.message, self.file, self.line
        )?;
        if let Some(c) = self.column {
            write!(f, ":{c}")?;
        }
        if let Some(src) = &self.source_line {
            let width = self.line.to_string().len();
            write!(f, "\n{:width$} |\n{} | {src}", "", self.line)?;
            if let Some(c) = self.column {
                write!(f, "\n{:width$} | {:>c$}", "", "^", c = c as usize)?;
            }
        }
        Ok(())
    }
}

/// Whether any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}
