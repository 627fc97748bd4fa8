//! One extractor per documentation family; each is a plain function from a document to a
//! spec plus diagnostics.

use std::fmt;
use std::str::FromStr;

use chatgen_codegen::spec::ApiSpec;

use crate::diag::Diagnostic;
use crate::read::Doc;

pub mod messenger;
pub mod openapi;
pub mod tada;
pub mod teamchat;
pub mod weavy;
pub mod wimi;

/// What an extractor found.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The spec, before normalisation.
    pub spec: ApiSpec,
    /// Problems met on the way.
    pub diags: Vec<Diagnostic>,
}

/// The documentation families the tool reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// REST reference pages in the style of Weavy's: `METHOD /path`, a parameter table,
    /// schemas written as JSON whose values are type names.
    Weavy,
    /// Slack-style method references in the style of IceWarp TeamChat: numbered
    /// `2.N. group.method` headings, untyped `name : description` bullets, JSON "Returns".
    Teamchat,
    /// REST by example in the style of tada.team's API v3 (Russian): `METHOD /path` blocks,
    /// `name — description` bullets, request/response examples in a `{"_time", "ok",
    /// "result"}` envelope.
    Tada,
    /// Text captures of Redoc-rendered OpenAPI documents: typed parameter blocks, request
    /// body schemas, placeholder samples; routes may be lost.
    Messenger,
    /// Envelope-RPC references in the style of Wimi's WApi: an "Actions List" of
    /// `module.object.Action` targets, detailed sections with `• name - type` bullets for
    /// header identification, body data and output, and a request envelope example.
    Wimi,
    /// OpenAPI 3.0 / 3.1 and Swagger 2.0 documents, JSON or YAML.
    OpenApi,
}

impl Family {
    /// Every family, for listings and error messages.
    pub const ALL: [Family; 6] = [
        Family::Weavy,
        Family::Teamchat,
        Family::Tada,
        Family::Messenger,
        Family::Wimi,
        Family::OpenApi,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Family::Weavy => "weavy",
            Family::Teamchat => "teamchat",
            Family::Tada => "tada",
            Family::Messenger => "messenger",
            Family::Wimi => "wimi",
            Family::OpenApi => "openapi",
        }
    }

    /// Runs this family's extractor.
    pub fn extract(self, doc: &Doc, api: &str, source: &str) -> Extracted {
        match self {
            Family::Weavy => weavy::extract(doc, api, source),
            Family::Teamchat => teamchat::extract(doc, api, source),
            Family::Tada => tada::extract(doc, api, source),
            Family::Messenger => messenger::extract(doc, api, source),
            Family::Wimi => wimi::extract(doc, api, source),
            Family::OpenApi => openapi::extract(doc, api, source),
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Family {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Family::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let known: Vec<_> = Family::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "unknown doc family `{s}`; known families: {}",
                    known.join(", ")
                )
            })
    }
}
