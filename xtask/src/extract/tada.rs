//! The tada.team REST-by-example family (being written).

use chatgen_codegen::spec::{ApiSpec, Protocol};

use super::Extracted;
use crate::diag::Diagnostic;
use crate::read::Doc;

/// Reads a tada-style reference.
pub fn extract(doc: &Doc, api: &str, source: &str) -> Extracted {
    let spec = ApiSpec {
        api: api.to_string(),
        title: String::new(),
        doc: None,
        source: source.to_string(),
        family: "tada".into(),
        protocol: Protocol::TadaEnvelope,
        auth: Default::default(),
        base_url: None,
        base_path: None,
        version: None,
        operations: Vec::new(),
        types: Default::default(),
        from_override: Vec::new(),
    };
    let diags = vec![Diagnostic::error(
        &doc.file,
        1,
        "the tada extractor is not written yet",
    )];
    Extracted { spec, diags }
}
