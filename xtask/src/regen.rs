//! The whole flow for the APIs of this repository: sources → specs → generated crate, and
//! the one function that writes (or, in check mode, compares) every output file.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chatgen_codegen::{ApiSpec, generate_lib, generate_module, generate_registry};

use crate::Error;
use crate::diag::{Diagnostic, has_errors};
use crate::extract::Family;
use crate::normalise::{OverrideSource, normalise};
use crate::read::Origin;
use crate::read::blocks::Document;

/// One API of the repository: its name, doc family and source file in `spec/sources/`.
#[derive(Debug, Clone, Copy)]
pub struct ApiEntry {
    /// Module, feature and spec file name.
    pub api: &'static str,
    /// The extractor that reads it.
    pub family: Family,
    /// File name in `spec/sources/`, or a folder of pages (or of OpenAPI documents) read as
    /// one API.
    pub source: &'static str,
    /// For an OpenAPI document whose `$ref`s reach above its own folder (`../definitions/…`):
    /// the folder, under `spec/sources/`, that files may be read from (the source's own
    /// folder when `None`).
    pub root: Option<&'static str>,
}

/// The APIs `cargo xtask regen` builds, in this order.
pub const APIS: &[ApiEntry] = &[
    ApiEntry {
        api: "mastodon",
        family: Family::Reference,
        source: "mastodon",
        root: None,
    },
    ApiEntry {
        api: "messenger",
        family: Family::Redoc,
        source: "messenger-redoc.txt",
        root: None,
    },
    ApiEntry {
        api: "tada",
        family: Family::RestByExample,
        source: "tada-v3.txt",
        root: None,
    },
    ApiEntry {
        api: "teamchat",
        family: Family::SlackMethods,
        source: "icewarp-teamchat.txt",
        root: None,
    },
    ApiEntry {
        api: "weavy",
        family: Family::RestReference,
        source: "weavy-messages.txt",
        root: None,
    },
    ApiEntry {
        api: "wimi",
        family: Family::EnvelopeRpc,
        source: "wimi-wapi.txt",
        root: None,
    },
];

/// Hand-written specs generated into the test crate, to compile and exercise what the real
/// docs do not use (spec file, module directory).
pub const FIXTURES: &[(Fixture, &str)] = &[
    (
        Fixture::Spec("tests/fixtures/features.yaml"),
        "tests/src/features",
    ),
    (
        Fixture::Doc {
            family: Family::Redoc,
            api: "messenger",
            doc: "spec/sources/messenger-redoc.txt",
            overrides: Some("tests/fixtures/messenger-routes.yaml"),
            root: None,
        },
        "tests/src/messenger_routed",
    ),
    openapi_corpus(
        "nexus",
        "tests/fixtures/corpus/openapi/oxide-nexus/nexus.json",
        "tests/src/openapi/nexus",
    ),
    // GitHub's description cut to one list operation by `github/trim.py` (the whole
    // client is generated into the build directory): the decode benchmark's issues.
    openapi_corpus(
        "github_issues",
        "tests/fixtures/corpus/openapi/github/issues-list-for-repo.json",
        "tests/src/openapi/github_issues",
    ),
    openapi_corpus(
        "slack_1_7_0",
        "tests/fixtures/corpus/openapi/slack-web-api/slack_web_openapi_v2-1.7.0.json",
        "tests/src/openapi/slack_1_7_0",
    ),
    openapi_fixture(
        "styles_openapi",
        "tests/fixtures/styles/openapi-3.1.yaml",
        "tests/src/styles/openapi",
    ),
    openapi_fixture(
        "styles_swagger",
        "tests/fixtures/styles/swagger-2.0.json",
        "tests/src/styles/swagger",
    ),
    // Hand-written pages of the two shapes RPC references take (`tests/fixtures/rpc/`),
    // called over HTTP by `tests/it/rpc_http.rs`.
    reference_fixture(
        "json_rpc",
        "tests/fixtures/rpc/json-rpc.md",
        "tests/src/rpc/json_rpc",
    ),
    reference_fixture(
        "operation_member",
        "tests/fixtures/rpc/operation-member.md",
        "tests/src/rpc/operation_member",
    ),
    hostile(
        Family::RestReference,
        "weavy",
        "tests/fixtures/hostile/weavy.txt",
        "tests/src/hostile/weavy",
    ),
    hostile(
        Family::SlackMethods,
        "teamchat",
        "tests/fixtures/hostile/teamchat.txt",
        "tests/src/hostile/teamchat",
    ),
    hostile(
        Family::Redoc,
        "messenger",
        "tests/fixtures/hostile/messenger.txt",
        "tests/src/hostile/messenger",
    ),
    hostile(
        Family::RestByExample,
        "tada",
        "tests/fixtures/hostile/tada.txt",
        "tests/src/hostile/tada",
    ),
    hostile(
        Family::EnvelopeRpc,
        "wimi",
        "tests/fixtures/hostile/wimi.txt",
        "tests/src/hostile/wimi",
    ),
    hostile(
        Family::Reference,
        "reference",
        "tests/fixtures/hostile/reference.txt",
        "tests/src/hostile/reference",
    ),
    hostile(
        Family::OpenApi,
        "openapi",
        "tests/fixtures/hostile/openapi.txt",
        "tests/src/hostile/openapi",
    ),
    // The Redoc corpus pages called over HTTP (`tests/it/redoc_http.rs`); the other pages'
    // clients are generated into the build directory (`tests/fixtures/corpus/clients.tsv`).
    corpus(
        "contextsms_webex",
        "tests/fixtures/corpus/redoc-html/contextsms-webex.html",
        "tests/src/corpus/contextsms_webex",
    ),
    corpus(
        "inlet_shop",
        "tests/fixtures/corpus/redoc-html/inlet-shop.html",
        "tests/src/corpus/inlet_shop",
    ),
    corpus(
        "oneapp_payment",
        "tests/fixtures/corpus/redoc-html/oneapp-payment.html",
        "tests/src/corpus/oneapp_payment",
    ),
    corpus(
        "quantum_bridge_core",
        "tests/fixtures/corpus/redoc-html/quantum-bridge-core.html",
        "tests/src/corpus/quantum_bridge_core",
    ),
    corpus(
        "whoop",
        "tests/fixtures/corpus/redoc-text/whoop.txt",
        "tests/src/corpus/whoop",
    ),
];

/// A page of the Redoc corpus (`tests/fixtures/corpus/`), read by the Redoc family.
const fn corpus(
    api: &'static str,
    doc: &'static str,
    dir: &'static str,
) -> (Fixture, &'static str) {
    (
        Fixture::Doc {
            family: Family::Redoc,
            api,
            doc,
            overrides: None,
            root: None,
        },
        dir,
    )
}

/// A real OpenAPI document of `tests/fixtures/corpus/openapi/` whose client tests call over
/// HTTP, generated into `tests/src/openapi/<api>/` (the rest of the corpus is generated into
/// the build directory: [`crate::corpus_clients`]).
const fn openapi_corpus(
    api: &'static str,
    doc: &'static str,
    dir: &'static str,
) -> (Fixture, &'static str) {
    (
        Fixture::Doc {
            family: Family::OpenApi,
            api,
            doc,
            overrides: None,
            root: None,
        },
        dir,
    )
}

/// A hand-written OpenAPI document of `tests/fixtures/` (the parameter styles), generated
/// into `dir`.
const fn openapi_fixture(
    api: &'static str,
    doc: &'static str,
    dir: &'static str,
) -> (Fixture, &'static str) {
    openapi_corpus(api, doc, dir)
}

/// A hand-written page of `tests/fixtures/`, read by the reference family, generated into
/// `dir`.
const fn reference_fixture(
    api: &'static str,
    doc: &'static str,
    dir: &'static str,
) -> (Fixture, &'static str) {
    hostile(Family::Reference, api, doc, dir)
}

/// A hostile fixture document of a family (keywords, odd names, broken JSON, duplicates).
const fn hostile(
    family: Family,
    api: &'static str,
    doc: &'static str,
    dir: &'static str,
) -> (Fixture, &'static str) {
    (
        Fixture::Doc {
            family,
            api,
            doc,
            overrides: None,
            root: None,
        },
        dir,
    )
}

/// Where a test fixture's spec comes from.
#[derive(Debug, Clone, Copy)]
pub enum Fixture {
    /// A hand-written spec file.
    Spec(&'static str),
    /// A document extracted with an override file of the tests' own.
    Doc {
        /// The extractor.
        family: Family,
        /// The API name.
        api: &'static str,
        /// The document.
        doc: &'static str,
        /// The override file, if any.
        overrides: Option<&'static str>,
        /// For an OpenAPI document (or folder of them) whose `$ref`s reach above its own
        /// folder: the folder files may be read from.
        root: Option<&'static str>,
    },
}

/// The repository root (the parent of `xtask/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn read(path: &Path) -> Result<String, Error> {
    fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Extracts and normalises one document. `display` names the document in diagnostics;
/// `overrides` is an override file to merge, if any.
pub fn build_spec(
    family: Family,
    api: &str,
    doc_path: &Path,
    display: &str,
    source: &str,
    overrides: Option<&Path>,
) -> Result<(ApiSpec, Vec<Diagnostic>), Error> {
    build_spec_in(family, api, doc_path, None, display, source, overrides)
}

/// [`build_spec`] with the root folder the files an OpenAPI document refers to are read
/// from (`None`: the document's own folder, or the folder read).
pub fn build_spec_in(
    family: Family,
    api: &str,
    doc_path: &Path,
    root: Option<&Path>,
    display: &str,
    source: &str,
    overrides: Option<&Path>,
) -> Result<(ApiSpec, Vec<Diagnostic>), Error> {
    if doc_path.is_dir() {
        return build_spec_from_dir(
            Some(family),
            api,
            doc_path,
            root,
            display,
            source,
            overrides,
        );
    }
    let text = read(doc_path)?;
    let doc = Document::parse_beside(display, &text, doc_path.parent())
        .with_origin(Origin::file(doc_path, display, root));
    finish_spec(family.extract(&doc, api, source), overrides)
}

/// [`build_spec`] on a folder of pages or OpenAPI documents, read as one API
/// ([`crate::extract::folder::extract_dir`]); `family` forces one family for every page,
/// else each page's is detected; `root` as in [`build_spec_in`].
pub fn build_spec_from_dir(
    family: Option<Family>,
    api: &str,
    dir: &Path,
    root: Option<&Path>,
    display: &str,
    source: &str,
    overrides: Option<&Path>,
) -> Result<(ApiSpec, Vec<Diagnostic>), Error> {
    let extracted = crate::extract::folder::extract_dir(dir, root, family, api, source, display)
        .map_err(|source| Error::Io {
            path: dir.display().to_string(),
            source,
        })?;
    finish_spec(extracted, overrides)
}

/// Normalises an extraction, merging the override file if any.
pub fn finish_spec(
    extracted: crate::extract::Extracted,
    overrides: Option<&Path>,
) -> Result<(ApiSpec, Vec<Diagnostic>), Error> {
    let mut diags = extracted.diags;
    let override_text = overrides.map(read).transpose()?;
    let override_name = overrides.map(|p| p.display().to_string());
    let source = match (&override_text, &override_name) {
        (Some(text), Some(file)) => Some(OverrideSource { file, text }),
        _ => None,
    };
    let spec = normalise(extracted.spec, source, &mut diags);
    Ok((spec, diags))
}

/// The OpenAPI document a saved Redoc page embeds (`__redoc_state`), as JSON text, when the
/// page has one: `cargo xtask extract --prefer-embedded` reads it through the `openapi`
/// family instead of the rendered page.
pub fn embedded_openapi_text(doc_path: &Path) -> Result<Option<String>, Error> {
    let text = read(doc_path)?;
    Ok(crate::extract::redoc::embedded_openapi(&text)
        .and_then(|value| serde_json::to_string_pretty(&value).ok()))
}

/// [`build_spec`] on a document already read.
pub fn build_spec_from_text(
    family: Family,
    api: &str,
    text: &str,
    display: &str,
    source: &str,
    overrides: Option<&Path>,
) -> Result<(ApiSpec, Vec<Diagnostic>), Error> {
    let doc = Document::parse(display, text);
    let extracted = family.extract(&doc, api, source);
    finish_spec(extracted, overrides)
}

/// Specs of every API in [`APIS`], read from `root`.
pub fn build_specs(root: &Path) -> Result<(Vec<ApiSpec>, Vec<Diagnostic>), Error> {
    let mut specs = Vec::new();
    let mut diags = Vec::new();
    for entry in APIS {
        let overrides = root
            .join("spec/overrides")
            .join(format!("{}.yaml", entry.api));
        let tree = entry.root.map(|r| root.join("spec/sources").join(r));
        let (spec, d) = build_spec_in(
            entry.family,
            entry.api,
            &root.join("spec/sources").join(entry.source),
            tree.as_deref(),
            &format!("spec/sources/{}", entry.source),
            &format!("sources/{}", entry.source),
            overrides.exists().then_some(overrides.as_path()),
        )?;
        specs.push(spec);
        diags.extend(d);
    }
    Ok((specs, diags))
}

/// Every output file (path relative to the root → content). Fails, writing nothing, when
/// any input has an error.
pub fn outputs(root: &Path) -> Result<(BTreeMap<String, String>, Vec<Diagnostic>), Error> {
    let (files, _, diags) = outputs_and_specs(root)?;
    Ok((files, diags))
}

/// Every output file, and the specs of [`APIS`] they were generated from.
#[allow(clippy::type_complexity)]
fn outputs_and_specs(
    root: &Path,
) -> Result<(BTreeMap<String, String>, Vec<ApiSpec>, Vec<Diagnostic>), Error> {
    let (specs, diags) = build_specs(root)?;
    if has_errors(&diags) {
        return Err(Error::Diagnostics(diags));
    }
    let mut files = BTreeMap::new();
    let mut registry_mod = String::from(
        "// @generated by `cargo xtask regen`. Do not edit.\n//! Round-trip registries of the generated APIs, one module per API.\n",
    );
    for spec in &specs {
        files.insert(format!("spec/{}.yaml", spec.api), spec.to_yaml());
        files.insert(
            format!("spec/{}.openapi.json", spec.api),
            crate::export_openapi::export(spec).to_json(),
        );
        insert_module(&mut files, &format!("generated/src/{}", spec.api), spec)?;
        files.insert(
            format!("tests/src/registry/{}.rs", spec.api),
            generate_registry(spec)?,
        );
        registry_mod.push_str(&format!("pub mod {};\n", spec.api));
    }
    // One dispatch over every API, so tests iterate `APIS` instead of naming each API.
    registry_mod.push_str(
        "\n/// Decodes `value` as the generated type named `type_name` in the spec of `api` and\n/// encodes it back; `None` when there is no such API or type.\npub fn reencode(\n    api: &str,\n    type_name: &str,\n    value: &serde_json::Value,\n) -> Option<Result<serde_json::Value, String>> {\n    match api {\n",
    );
    for spec in &specs {
        registry_mod.push_str(&format!(
            "        {:?} => {}::reencode(type_name, value),\n",
            spec.api, spec.api
        ));
    }
    registry_mod.push_str("        _ => None,\n    }\n}\n");
    files.insert("tests/src/registry/mod.rs".into(), registry_mod);
    for (fixture, dir) in FIXTURES {
        let spec = match *fixture {
            Fixture::Spec(file) => ApiSpec::from_yaml(file, &read(&root.join(file))?)?,
            Fixture::Doc {
                family,
                api,
                doc,
                overrides,
                root: tree,
            } => {
                let overrides = overrides.map(|o| root.join(o));
                let tree = tree.map(|t| root.join(t));
                let (spec, diags) = build_spec_in(
                    family,
                    api,
                    &root.join(doc),
                    tree.as_deref(),
                    doc,
                    doc,
                    overrides.as_deref(),
                )?;
                if has_errors(&diags) {
                    return Err(Error::Diagnostics(diags));
                }
                spec
            }
        };
        insert_module(&mut files, dir, &spec)?;
    }
    let mut apis: Vec<(String, String)> = specs
        .iter()
        .map(|s| (s.api.clone(), s.title.clone()))
        .collect();
    apis.sort();
    files.insert("generated/src/lib.rs".into(), generate_lib(&apis)?);
    files.insert("generated/Cargo.toml".into(), cargo_toml(&apis));
    Ok((files, specs, diags))
}

/// Adds the generated module of `spec` to `files`, under the directory `dir`.
fn insert_module(
    files: &mut BTreeMap<String, String>,
    dir: &str,
    spec: &ApiSpec,
) -> Result<(), Error> {
    for (name, text) in generate_module(spec)? {
        files.insert(format!("{dir}/{name}"), text);
    }
    Ok(())
}

fn cargo_toml(apis: &[(String, String)]) -> String {
    let names: Vec<String> = apis.iter().map(|(a, _)| format!("\"{a}\"")).collect();
    let features: String = apis.iter().map(|(a, _)| format!("{a} = []\n")).collect();
    format!(
        r#"# @generated by `cargo xtask regen`. Do not edit.
[package]
name = "chat-clients"
version = "0.1.0"
description = "Typed clients for chat and messaging APIs, generated from their documentation."
edition = "2024"
rust-version = "1.95"
license = "MIT OR Apache-2.0"
publish = false

[features]
default = []
# Every API.
full = [{}]
{features}# WebSocket event streams (methods of operations answering over a WebSocket).
websocket = ["chat-clients-runtime/websocket"]

[dependencies]
chat-clients-runtime = {{ path = "../runtime", version = "0.1.0" }}
serde = {{ version = "1.0", features = ["derive"] }}

[lints]
workspace = true
"#,
        names.join(", ")
    )
}

/// Files the tool owns that are not among `files`: stale outputs to delete.
fn stale_files(root: &Path, files: &BTreeMap<String, String>) -> Vec<String> {
    let mut found = Vec::new();
    collect(root, &root.join("generated/src"), &mut found);
    for (_, dir) in FIXTURES {
        collect(root, &root.join(dir), &mut found);
    }
    collect(root, &root.join("tests/src/registry"), &mut found);
    if let Ok(entries) = fs::read_dir(root.join("spec")) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if name.ends_with(".yaml") || name.ends_with(".openapi.json") {
                found.push(format!("spec/{}", e.file_name().to_string_lossy()));
            }
        }
    }
    found.retain(|f| !files.contains_key(f));
    found.sort();
    found
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// What a regen did or would do.
#[derive(Debug, Default)]
pub struct Changes {
    /// Files written (or, in check mode, that differ), with a unified diff each.
    pub changed: Vec<(String, String)>,
    /// Files deleted (or, in check mode, that should be).
    pub removed: Vec<String>,
    /// The API change review of every spec that changes (not of those whose YAML is the
    /// same, nor of those where only source lines moved).
    pub reviews: Vec<crate::diff::Report>,
    /// Specs that change but could not be reviewed (the checked-in one does not load).
    pub unreviewed: Vec<String>,
}

impl Changes {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty()
    }
}

/// Writes every output that changed and deletes stale ones; with `check`, writes nothing
/// and reports the differences instead.
pub fn ensure_files(
    root: &Path,
    files: &BTreeMap<String, String>,
    check: bool,
) -> Result<Changes, Error> {
    let mut changes = Changes::default();
    for (rel, content) in files {
        let path = root.join(rel);
        let old = fs::read_to_string(&path)
            .unwrap_or_default()
            .replace("\r\n", "\n");
        if old == *content {
            continue;
        }
        let diff = similar::TextDiff::from_lines(&old, content)
            .unified_diff()
            .context_radius(3)
            .header(&format!("a/{rel}"), &format!("b/{rel}"))
            .to_string();
        changes.changed.push((rel.clone(), diff));
        if !check {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(|source| Error::Io {
                    path: parent.display().to_string(),
                    source,
                })?;
            }
            // Write beside, then rename: a file is never left half-written.
            let partial = path.with_extension("regen-partial");
            fs::write(&partial, content)
                .and_then(|()| fs::rename(&partial, &path))
                .map_err(|source| Error::Io {
                    path: rel.clone(),
                    source,
                })?;
        }
    }
    for rel in stale_files(root, files) {
        if !check {
            fs::remove_file(root.join(&rel)).map_err(|source| Error::Io {
                path: rel.clone(),
                source,
            })?;
        }
        changes.removed.push(rel);
    }
    Ok(changes)
}

/// `cargo xtask regen [--check]`.
pub fn regen(root: &Path, check: bool) -> Result<(Changes, Vec<Diagnostic>), Error> {
    let (files, specs, diags) = outputs_and_specs(root)?;
    let (reviews, unreviewed) = review(root, &specs);
    let mut changes = ensure_files(root, &files, check)?;
    changes.reviews = reviews;
    changes.unreviewed = unreviewed;
    Ok((changes, diags))
}

/// The checked-in `spec/<api>.yaml` of every spec compared with the regenerated one.
fn review(root: &Path, specs: &[ApiSpec]) -> (Vec<crate::diff::Report>, Vec<String>) {
    let mut reviews = Vec::new();
    let mut unreviewed = Vec::new();
    for spec in specs {
        let rel = format!("spec/{}.yaml", spec.api);
        // A new API has nothing to compare with: its files are all new.
        let Ok(text) = fs::read_to_string(root.join(&rel)) else {
            continue;
        };
        if text.replace("\r\n", "\n") == spec.to_yaml() {
            continue;
        }
        match ApiSpec::from_yaml(&rel, &text) {
            Ok(old) => {
                let report = crate::diff::diff(
                    &old,
                    spec,
                    &format!("{rel} (checked in)"),
                    &format!("{rel} (regenerated)"),
                );
                if !report.is_empty() {
                    reviews.push(report);
                }
            }
            Err(e) => unreviewed.push(format!("{rel}: not reviewed: {e}")),
        }
    }
    (reviews, unreviewed)
}

/// The reviews as the CLI prints them before the line diff: one block per API.
pub fn render_reviews(changes: &Changes) -> String {
    let mut out = String::new();
    for r in &changes.reviews {
        out.push_str(&crate::diff::render(r, Some(10)));
        out.push('\n');
    }
    for u in &changes.unreviewed {
        out.push_str(u);
        out.push('\n');
    }
    out
}
