//! The report as a reviewer reads it: the verdict, then breaking, additive and doc changes,
//! each with its source lines and what it does to the generated Rust API.

use std::fmt::Write;

use super::{Change, Class, Report};

/// Renders a report. `doc_limit` caps the doc changes listed (all when `None`); the count
/// is always given.
pub fn render(report: &Report, doc_limit: Option<usize>) -> String {
    let mut out = String::new();
    let c = &report.counts;
    let _ = writeln!(
        out,
        "{}: semver {} ({} breaking, {} additive, {} doc)",
        report.api,
        report.semver.as_str(),
        c.breaking,
        c.additive,
        c.doc
    );
    let _ = writeln!(
        out,
        "  old: {} (lines of {})",
        report.old, report.old_source
    );
    let _ = writeln!(
        out,
        "  new: {} (lines of {})",
        report.new, report.new_source
    );
    for class in [Class::Breaking, Class::Additive, Class::Doc] {
        let changes: Vec<&Change> = report.of(class).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {} ({}):", class.as_str(), changes.len());
        let limit = if class == Class::Doc {
            doc_limit.unwrap_or(usize::MAX)
        } else {
            usize::MAX
        };
        for ch in changes.iter().take(limit) {
            let _ = writeln!(out, "    - {}{}", ch.message, lines(ch));
            if let Some(rust) = &ch.rust {
                let _ = writeln!(out, "      Rust: {rust}");
            }
        }
        if changes.len() > limit {
            let _ = writeln!(
                out,
                "    … and {} more (`cargo xtask diff` lists them all)",
                changes.len() - limit
            );
        }
    }
    out
}

fn lines(ch: &Change) -> String {
    let side = |l: Option<u32>| l.map_or_else(|| "-".to_string(), |l| l.to_string());
    match (ch.old_line, ch.new_line) {
        (None, None) => String::new(),
        (a, b) => format!("  [line {} → {}]", side(a), side(b)),
    }
}
