//! One extractor per documentation format ("family"), each a plain function from a
//! [`Document`] to a spec plus diagnostics, built on the shared [`kit`].
//!
//! Entry points: [`Family::extract`] runs one family on a [`Document`]
//! (`Document::parse(file, text)`); [`detect`] scores every family on a document and picks
//! one ([`Detection`] says which, why, and the runner-up); [`extract_detected`] does both.
//! A new family is a variant of [`Family`] with its `score` and `extract` functions.

use std::fmt;
use std::str::FromStr;

use chatgen_codegen::spec::{ApiSpec, Family as SpecFamily};

use crate::diag::Diagnostic;
use crate::read::blocks::Document;

pub mod envelope_rpc;
pub mod events;
pub mod folder;
pub mod kit;
pub mod openapi;
pub mod redoc;
pub mod reference;
pub mod rest_by_example;
pub mod rest_reference;
pub mod slack_methods;

/// What an extractor found.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The spec, before normalisation.
    pub spec: ApiSpec,
    /// Problems met on the way.
    pub diags: Vec<Diagnostic>,
}

/// The documentation formats the tool reads, named after the format, not a vendor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `rest-reference`: REST reference pages (as Weavy's): an operation name over
    /// `METHOD /path`, a "Parameters" table, schemas written as JSON whose values are type
    /// names, "Status code N" responses.
    RestReference,
    /// `slack-methods`: Slack-style method references (as IceWarp TeamChat's): a heading per
    /// `group.method`, untyped `name : description` items under "Parameters", JSON under
    /// "Returns".
    SlackMethods,
    /// `rest-by-example`: REST by example (as tada.team's API v3, Russian): `METHOD /path`
    /// blocks, `name — description` bullets, request/response examples in an envelope.
    RestByExample,
    /// `redoc`: pages rendered by Redoc, as HTML or as a text capture (browser copy, crawler
    /// Markdown): typed parameter sections, request body schemas, response statuses,
    /// samples; a route the capture lost stays unknown.
    Redoc,
    /// `envelope-rpc`: envelope-RPC references (as Wimi's WApi): an "Actions List" of
    /// `module.object.Action` targets, detailed sections with `name - type` items for header
    /// identification, body data and output, and a request envelope example.
    EnvelopeRpc,
    /// `openapi`: OpenAPI 3.0 / 3.1 and Swagger 2.0 documents, JSON or YAML.
    OpenApi,
    /// `reference`: hand-written API references in any layout (Markdown, MDX, HTML, text):
    /// routes or RPC method names by evidence, extents from headings, parameter lists of any
    /// shape by location, responses by status. See [`reference`].
    Reference,
}

/// The former, vendor-named variants, kept so code written against them still builds.
#[allow(non_upper_case_globals)]
impl Family {
    /// Former name of [`Family::RestReference`].
    pub const Weavy: Family = Family::RestReference;
    /// Former name of [`Family::SlackMethods`].
    pub const Teamchat: Family = Family::SlackMethods;
    /// Former name of [`Family::RestByExample`].
    pub const Tada: Family = Family::RestByExample;
    /// Former name of [`Family::Redoc`].
    pub const Messenger: Family = Family::Redoc;
    /// Former name of [`Family::EnvelopeRpc`].
    pub const Wimi: Family = Family::EnvelopeRpc;
}

impl Family {
    /// Every family, for detection, listings and error messages.
    pub const ALL: [Family; 7] = [
        Family::RestReference,
        Family::SlackMethods,
        Family::RestByExample,
        Family::Redoc,
        Family::EnvelopeRpc,
        Family::OpenApi,
        Family::Reference,
    ];

    /// The name used on the command line and in the spec's `family`.
    pub fn name(self) -> &'static str {
        self.spec_family().name()
    }

    /// The family as a spec records it.
    pub fn spec_family(self) -> SpecFamily {
        match self {
            Family::RestReference => SpecFamily::RestReference,
            Family::SlackMethods => SpecFamily::SlackMethods,
            Family::RestByExample => SpecFamily::RestByExample,
            Family::Redoc => SpecFamily::Redoc,
            Family::EnvelopeRpc => SpecFamily::EnvelopeRpc,
            Family::OpenApi => SpecFamily::OpenApi,
            Family::Reference => SpecFamily::Reference,
        }
    }

    /// The former name, still accepted on the command line.
    pub fn alias(self) -> &'static str {
        match self {
            Family::RestReference => "weavy",
            Family::SlackMethods => "teamchat",
            Family::RestByExample => "tada",
            Family::Redoc => "messenger",
            Family::EnvelopeRpc => "wimi",
            Family::OpenApi => "openapi",
            Family::Reference => "reference",
        }
    }

    /// What a document of this family looks like, for messages.
    pub fn expects(self) -> &'static str {
        match self {
            Family::RestReference => {
                "a name line over `METHOD /path`, then Parameters / Request body / Responses (`Status code N`)"
            }
            Family::SlackMethods => {
                "headings naming `group.method`, `name : description` items under Parameters, JSON under Returns"
            }
            Family::RestByExample => {
                "`METHOD /path` blocks with `name — description` bullets and request/response examples"
            }
            Family::Redoc => {
                "a Redoc page or capture: operation titles, `path Parameters`/`Request Body schema` blocks, `Responses`, `Response samples`"
            }
            Family::EnvelopeRpc => {
                "an `Actions List` of `module.object.Action` targets and sections with Header Identification / Body Data / Output"
            }
            Family::OpenApi => {
                "an OpenAPI 3.0/3.1 or Swagger 2.0 document with an `openapi` or `swagger` member"
            }
            Family::Reference => {
                "routes (`METHOD /path` in a heading, line, table, request line or curl call) or headings naming RPC methods over parameter lists"
            }
        }
    }

    /// How well this family fits `doc` (0 = not at all) and why, from the structure the
    /// family's extractor reads.
    pub fn score(self, doc: &Document) -> (u32, String) {
        match self {
            Family::RestReference => rest_reference::score(doc),
            Family::SlackMethods => slack_methods::score(doc),
            Family::RestByExample => rest_by_example::score(doc),
            Family::Redoc => redoc_score(doc),
            Family::EnvelopeRpc => envelope_rpc::score(doc),
            Family::OpenApi => openapi::score(&doc.source),
            Family::Reference => reference::score(doc),
        }
    }

    /// Runs this family's extractor on `doc`; `api` names the API, `source` is written as
    /// the spec's `source`. Every line in the result points into `doc`'s original file.
    pub fn extract(self, doc: &Document, api: &str, source: &str) -> Extracted {
        match self {
            Family::RestReference => {
                reference::extract_with(doc, api, source, &rest_reference::PROFILE)
            }
            Family::SlackMethods => {
                reference::extract_with(doc, api, source, &slack_methods::PROFILE)
            }
            Family::RestByExample => {
                reference::extract_with(doc, api, source, &rest_by_example::PROFILE)
            }
            Family::Redoc => reference::extract_with(doc, api, source, &redoc::REDOC),
            Family::OpenApi => openapi::extract(&doc.source, doc.origin.as_ref(), api, source),
            Family::Reference => reference::extract(doc, api, source),
            Family::EnvelopeRpc => {
                reference::extract_with(doc, api, source, &envelope_rpc::PROFILE)
            }
        }
    }
}

/// Which family [`detect`] chose for a document, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    /// The family chosen.
    pub family: Family,
    /// Its score and what it found.
    pub score: u32,
    /// What it found.
    pub reason: String,
    /// The next best family, its score and reason, if any scored.
    pub runner_up: Option<(Family, u32, String)>,
}

impl fmt::Display for Detection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "family {} ({})", self.family, self.reason)?;
        match &self.runner_up {
            Some((family, score, reason)) => {
                write!(f, "; runner-up {family} (score {score}: {reason})")
            }
            None => write!(f, "; no other family fits"),
        }
    }
}

/// Scores every family on `doc` and picks the one that reads it best (see
/// [`extract_detected`], which also returns the chosen family's extraction).
pub fn detect(doc: &Document) -> Result<Detection, String> {
    extract_detected(doc, "detect", &doc.file).map(|(detection, _)| detection)
}

/// One family's candidacy: its score and reason, and what it extracted.
struct Candidate {
    family: Family,
    score: u32,
    reason: String,
    out: Extracted,
}

impl Candidate {
    /// Operations read, 0 when the extraction reported an error.
    fn operations(&self) -> usize {
        let failed = self
            .out
            .diags
            .iter()
            .any(|d| d.severity == crate::diag::Severity::Error);
        if failed {
            0
        } else {
            self.out.spec.operations.len()
        }
    }
}

/// Detects the family of `doc` and returns its extraction: the entry point for a document
/// of unknown format (what `cargo xtask extract` does without `--family`). Every family
/// that scores runs, and the best-scored one that finds at least 90 % as many operations
/// (without an error) as the most any family finds is chosen, so a label one family keys
/// on (`Path parameters`, `Status code N`) cannot make it take a page on which another
/// reader finds more operations by evidence. A document no family reads is an error saying
/// what each family looked for.
pub fn extract_detected(
    doc: &Document,
    api: &str,
    source: &str,
) -> Result<(Detection, Extracted), String> {
    let mut scored: Vec<Candidate> = Family::ALL
        .into_iter()
        .filter_map(|family| {
            let (score, reason) = family.score(doc);
            (score > 0).then(|| Candidate {
                family,
                score,
                reason,
                out: family.extract(doc, api, source),
            })
        })
        .collect();
    // Best score first (ties keep the order of `ALL`); the first that reads at least 90 %
    // as many operations as the most any family reads is chosen: a profile that knows the
    // layout keeps its page unless another reader finds clearly more.
    scored.sort_by_key(|c| std::cmp::Reverse(c.score));
    if let Some(read) = openapi_with_errors(&mut scored) {
        return Ok(read);
    }
    let most = scored.iter().map(Candidate::operations).max().unwrap_or(0);
    if let Some(k) = scored.iter().position(|c| {
        let n = c.operations();
        n > 0 && n * 10 >= most * 9
    }) {
        let chosen = scored.remove(k);
        scored.insert(0, chosen);
    }
    let mut it = scored.into_iter();
    match it.next() {
        Some(c) if c.operations() > 0 => {
            let ops = c.operations();
            let detection = Detection {
                family: c.family,
                score: c.score,
                reason: format!("score {}: {}; {ops} operation(s) read", c.score, c.reason),
                runner_up: it.next().map(|r| {
                    let n = r.operations();
                    (
                        r.family,
                        r.score,
                        format!("{}; {n} operation(s) read", r.reason),
                    )
                }),
            };
            Ok((detection, c.out))
        }
        _ => Err(unread(doc)),
    }
}

/// An OpenAPI document (it parsed and names its version) whose reading found errors (a `$ref`
/// to a URL or outside the root) is answered with those errors, not passed over for a family
/// that reads it as prose: that candidate, taken out of `scored`.
fn openapi_with_errors(scored: &mut Vec<Candidate>) -> Option<(Detection, Extracted)> {
    let k = scored.iter().position(|c| {
        c.family == Family::OpenApi
            && c.score >= 100
            && c.out
                .diags
                .iter()
                .any(|d| d.severity == crate::diag::Severity::Error)
    })?;
    let c = scored.remove(k);
    let detection = Detection {
        family: c.family,
        score: c.score,
        reason: format!("score {}: {}; read with errors", c.score, c.reason),
        runner_up: None,
    };
    Some((detection, c.out))
}

/// The error for a document no family reads: what each family looked for.
fn unread(doc: &Document) -> String {
    let looked: Vec<String> = Family::ALL
        .iter()
        .map(|f| format!("  {}: {}", f.name(), f.expects()))
        .collect();
    format!(
        "{}: no documentation family reads this document; each looked for:\n{}",
        doc.file,
        looked.join("\n")
    )
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Family {
    type Err = String;

    /// A family by its name or its former (vendor) name.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Family::ALL
            .into_iter()
            .find(|f| f.name() == s || f.alias() == s)
            .ok_or_else(|| {
                let known: Vec<_> = Family::ALL
                    .iter()
                    .map(|f| format!("{} (or {})", f.name(), f.alias()))
                    .collect();
                format!(
                    "unknown doc family `{s}`; known families: {}",
                    known.join(", ")
                )
            })
    }
}

/// How well `doc` reads as a Redoc page or capture: the labels Redoc prints around
/// operations.
fn redoc_score(doc: &Document) -> (u32, String) {
    const LABELS: [&str; 7] = [
        "Authorizations",
        "path Parameters",
        "query Parameters",
        "header Parameters",
        "Request Body schema: application/json",
        "Response samples",
        "Request samples",
    ];
    let n = doc.blocks.iter().filter(|b| b.is_named(&LABELS)).count();
    // Redoc writes its labels so (`path Parameters`) or, styled, in capitals; a page that
    // writes `Path parameters` (Mastodon's) is no Redoc page.
    let as_redoc = doc.blocks.iter().any(|b| {
        b.label().is_some_and(|l| {
            let l = l.trim().trim_end_matches(':').trim();
            LABELS
                .iter()
                .any(|n| l.starts_with(n) || l.starts_with(&n.to_uppercase()))
        })
    });
    if n == 0 || !as_redoc {
        return (
            0,
            "no Redoc labels (Authorizations, path Parameters, Response samples)".into(),
        );
    }
    (
        capped(n, 150),
        format!(
            "{n} Redoc label(s) (Authorizations, path/query Parameters, Request/Response samples)"
        ),
    )
}

/// A count of matches as a score part, capped so one signal cannot drown the others.
pub(crate) fn capped(n: usize, cap: u32) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX).min(cap)
}
