//! The tool behind `cargo xtask`: reading documentation, extracting a spec per API,
//! normalising it, and driving code generation. `main.rs` is only the command line.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod corpus;
pub mod corpus_clients;
pub mod diag;
pub mod diff;
pub mod export_openapi;
pub mod extract;
pub mod normalise;
pub mod read;
pub mod regen;
pub mod report;

use diag::Diagnostic;

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// An input has errors; nothing was written.
    #[error("{}", render(.0))]
    Diagnostics(Vec<Diagnostic>),
    /// Code generation failed.
    #[error(transparent)]
    Gen(#[from] chatgen_codegen::GenError),
    /// A spec file could not be read.
    #[error(transparent)]
    Spec(#[from] chatgen_codegen::spec::SpecError),
    /// Bad command-line usage.
    #[error("{0}")]
    Usage(String),
}

fn render(diags: &[Diagnostic]) -> String {
    let mut out: Vec<String> = diags.iter().map(ToString::to_string).collect();
    out.push(diagnostics_summary(diags));
    out.join("\n\n")
}

/// The last line of a failed run's diagnostics: `2 error(s); nothing was written`. Each
/// diagnostic prints with its own severity; the command line prints them, then this line
/// as its `error:` (not the whole [`Error::Diagnostics`] text, whose first diagnostic may
/// be a warning).
pub fn diagnostics_summary(diags: &[Diagnostic]) -> String {
    let errors = diags
        .iter()
        .filter(|d| d.severity == diag::Severity::Error)
        .count();
    format!("{errors} error(s); nothing was written")
}
