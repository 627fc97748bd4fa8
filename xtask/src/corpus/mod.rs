//! `cargo xtask corpus <dir>`: extracts every document of a folder (recursively) and, where a
//! ground truth sits beside it, scores what was found: recall and precision of operations
//! (method and path, or RPC name), parameters (name and location; and with the required
//! flag), top-level request-body fields and response statuses, per document and in total.
//!
//! Ground truth ([`truth`]) is read independently of the tool's readers: `<name>.openapi.json`
//! beside `<name>.html`, or the folder's hand-written `truth.yaml`.

pub mod truth;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chatgen_codegen::spec::{ApiSpec, AuthScheme, Endpoint, Location, Operation};
use serde::Serialize;

use crate::Error;
use crate::diag::Diagnostic;
use crate::extract::{Extracted, Family};
use crate::normalise::normalise;
use crate::read::blocks::Document;
use truth::{Truth, TruthOp, normalise_path, route_key};

/// Hits, ground-truth size and found size of one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    /// Items of the ground truth found.
    pub hits: usize,
    /// Items in the ground truth.
    pub truth: usize,
    /// Items the tool found (that the ground truth could have).
    pub found: usize,
}

impl Score {
    /// `hits / truth`; 1 when the truth is empty.
    pub fn recall(&self) -> f64 {
        ratio(self.hits, self.truth)
    }

    /// `hits / found`; 1 when nothing was found.
    pub fn precision(&self) -> f64 {
        ratio(self.hits, self.found)
    }

    fn add(&mut self, other: Score) {
        self.hits += other.hits;
        self.truth += other.truth;
        self.found += other.found;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Every measure of one document (or of the total).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Scores {
    /// Operations with the right method and path (or RPC name / title when the truth has
    /// no route).
    pub operations: Score,
    /// Parameters outside the body with the right name and location.
    pub params: Score,
    /// The same, with the right required flag too.
    pub params_required: Score,
    /// Top-level request-body fields by name.
    pub body_fields: Score,
    /// Response statuses.
    pub responses: Score,
    /// Operations found whose route the document lost (matched by title): neither hits nor
    /// inventions.
    pub route_unknown: usize,
}

impl Scores {
    /// Adds `o`'s counts to these (the total of several documents).
    pub fn add(&mut self, o: &Scores) {
        self.operations.add(o.operations);
        self.params.add(o.params);
        self.params_required.add(o.params_required);
        self.body_fields.add(o.body_fields);
        self.responses.add(o.responses);
        self.route_unknown += o.route_unknown;
    }
}

/// One document's result.
#[derive(Debug, Clone, Serialize)]
pub struct DocResult {
    /// Path relative to the folder.
    pub path: String,
    /// The family that read it (none when no family found an operation).
    pub family: Option<String>,
    /// Operations extracted.
    pub operations: usize,
    /// Warnings and errors the extraction reported.
    pub diagnostics: usize,
    /// Of those, errors: a spec with any is not written (`extract` and `regen` stop), so a
    /// score over it measures a document the tool cannot turn into a client yet.
    pub errors: usize,
    /// Where the ground truth came from, if there is one.
    pub truth: Option<String>,
    /// Scores, when there is a ground truth.
    pub scores: Option<Scores>,
    /// False for a page the ground truth names that the tool does not take for a page.
    pub read: bool,
}

/// The whole folder's result.
#[derive(Debug, Clone, Serialize)]
pub struct CorpusResult {
    /// Per document, in path order.
    pub documents: Vec<DocResult>,
    /// Sums over the documents that have a ground truth.
    pub total: Scores,
}

/// What the family detection chose.
pub struct Detected {
    /// The family.
    pub family: Family,
    /// Its extraction.
    pub extracted: Extracted,
}

/// Chooses the family for a document with [`crate::extract::extract_detected`] (the same
/// choice `cargo xtask extract` makes without `--family`) and keeps its extraction; `None`
/// when no family reads the document.
pub fn detect(doc: &Document, api: &str, source: &str) -> Option<Detected> {
    let (detection, extracted) = crate::extract::extract_detected(doc, api, source).ok()?;
    Some(Detected {
        family: detection.family,
        extracted,
    })
}

/// Runs the corpus over `dir`, each document read by the family detection chooses.
pub fn run(dir: &Path) -> Result<CorpusResult, Error> {
    run_with(dir, None)
}

/// Runs the corpus over `dir`; with `family`, every document is read by that family (to
/// score one reader on documents detection gives to another).
pub fn run_with(dir: &Path, family: Option<Family>) -> Result<CorpusResult, Error> {
    let files = crate::extract::folder::pages(dir).map_err(|source| Error::Io {
        path: dir.display().to_string(),
        source,
    })?;
    let mut truths: BTreeMap<PathBuf, BTreeMap<String, Truth>> = BTreeMap::new();
    // (Each folder's pages are parsed once and read together: the method they say every
    // call uses is each page's, as a folder read as one API gives it,
    // [`crate::extract::folder::folder_method`]. Results keep the files' order.)
    let mut folders: BTreeMap<Option<&Path>, Vec<usize>> = BTreeMap::new();
    for (k, file) in files.iter().enumerate() {
        folders.entry(file.parent()).or_default().push(k);
    }
    let mut results: Vec<Option<DocResult>> = files.iter().map(|_| None).collect();
    let mut total = Scores::default();
    for (parent, members) in folders {
        let mut docs = Vec::new();
        for &k in &members {
            let rel = files[k]
                .strip_prefix(dir)
                .unwrap_or(&files[k])
                .to_string_lossy()
                .replace('\\', "/");
            let doc = Document::parse_beside(rel.clone(), &read_lossy(&files[k])?, parent);
            docs.push((k, rel, doc));
        }
        let method = crate::extract::folder::folder_method(docs.iter().map(|(_, _, d)| d));
        let base = crate::extract::folder::folder_base(docs.iter().map(|(_, _, d)| d));
        for (k, rel, doc) in docs {
            let doc = doc
                .with_folder_method(method)
                .with_folder_base(base.clone());
            let result = score_document(&files[k], rel, &doc, family, &mut truths)?;
            if let Some(s) = &result.scores {
                total.add(s);
            }
            results[k] = Some(result);
        }
    }
    let mut documents: Vec<DocResult> = results.into_iter().flatten().collect();
    // A page the ground truth names, present beside it, that the tool does not take for a
    // page (a `.php` or `.tt` template): its operations are all missed, not left out of
    // the score. (A page absent from disk is not scored: see refs/INDEX.md.)
    let mut truth_files = Vec::new();
    find_truth_files(dir, &mut truth_files).map_err(|source| Error::Io {
        path: dir.display().to_string(),
        source,
    })?;
    for yaml in truth_files {
        let Some(tdir) = yaml.parent() else { continue };
        for (name, t) in folder_truth(tdir, &mut truths)? {
            let page = tdir.join(name);
            if t.operations.is_empty() || files.contains(&page) || !page.is_file() {
                continue;
            }
            let scores = score(t, &ApiSpec::default());
            total.add(&scores);
            documents.push(DocResult {
                path: page
                    .strip_prefix(dir)
                    .unwrap_or(&page)
                    .to_string_lossy()
                    .replace('\\', "/"),
                family: None,
                operations: 0,
                diagnostics: 0,
                errors: 0,
                truth: Some("truth.yaml".to_string()),
                scores: Some(scores),
                read: false,
            });
        }
    }
    Ok(CorpusResult { documents, total })
}

/// The `truth.yaml` files under `dir` (recursively; hidden folders aside), in path order.
fn find_truth_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.as_deref().is_some_and(|n| n.starts_with('.')) {
            continue;
        }
        if path.is_dir() {
            find_truth_files(&path, out)?;
        } else if name.as_deref() == Some("truth.yaml") {
            out.push(path);
        }
    }
    Ok(())
}

/// One document read (by `family`, or the family detection chooses) and scored against
/// the ground truth beside `file`.
fn score_document(
    file: &Path,
    rel: String,
    doc: &Document,
    family: Option<Family>,
    truths: &mut BTreeMap<PathBuf, BTreeMap<String, Truth>>,
) -> Result<DocResult, Error> {
    let api = "corpus";
    let found = match family {
        Some(f) => {
            let x = f.extract(doc, api, &rel);
            (!x.spec.operations.is_empty()).then_some(Detected {
                family: f,
                extracted: x,
            })
        }
        None => detect(doc, api, &rel),
    };
    let (family, spec, diags) = match found {
        Some(d) => {
            // Scored as extracted (normalising shares types between operations, which
            // would mix a rendered body's fields with ones inferred from a sample);
            // normalised only for its diagnostics.
            let mut diags = d.extracted.diags;
            let spec = d.extracted.spec;
            normalise(spec.clone(), None, &mut diags);
            (Some(d.family.name().to_string()), spec, diags)
        }
        None => (None, ApiSpec::default(), Vec::<Diagnostic>::new()),
    };
    let (truth, truth_name) = find_truth(file, truths)?;
    let scores = truth.as_ref().map(|t| score(t, &spec));
    Ok(DocResult {
        path: rel,
        family,
        operations: spec.operations.len(),
        diagnostics: diags.len(),
        errors: diags
            .iter()
            .filter(|d| d.severity == crate::diag::Severity::Error)
            .count(),
        truth: truth_name,
        scores,
        read: true,
    })
}

fn read_lossy(path: &Path) -> Result<String, Error> {
    let bytes = fs::read(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The ground truth of `file`: `<stem>.openapi.json` beside it, else its entry in the
/// `truth.yaml` of its folder.
fn find_truth(
    file: &Path,
    cache: &mut BTreeMap<PathBuf, BTreeMap<String, Truth>>,
) -> Result<(Option<Truth>, Option<String>), Error> {
    let Some(dir) = file.parent() else {
        return Ok((None, None));
    };
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if let Some(stem) = file.file_stem() {
        let openapi = dir.join(format!("{}.openapi.json", stem.to_string_lossy()));
        if openapi.exists() {
            let text = read_lossy(&openapi)?;
            let value: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| Error::Usage(format!("{}: {e}", openapi.display())))?;
            let shown = openapi.file_name().map(|n| n.to_string_lossy().to_string());
            return Ok((Some(truth::from_openapi(&value)), shown));
        }
    }
    let found = folder_truth(dir, cache)?.get(&name).cloned();
    let shown = found.as_ref().map(|_| "truth.yaml".to_string());
    Ok((found, shown))
}

/// The `truth.yaml` of folder `dir`, by page name (empty where there is none), read once
/// into `cache`.
fn folder_truth<'c>(
    dir: &Path,
    cache: &'c mut BTreeMap<PathBuf, BTreeMap<String, Truth>>,
) -> Result<&'c BTreeMap<String, Truth>, Error> {
    if !cache.contains_key(dir) {
        let yaml = dir.join("truth.yaml");
        let map = if yaml.exists() {
            truth::from_yaml(&yaml.display().to_string(), &read_lossy(&yaml)?)
                .map_err(Error::Usage)?
        } else {
            BTreeMap::new()
        };
        cache.insert(dir.to_path_buf(), map);
    }
    Ok(&cache[dir])
}

/// A found parameter or field, for matching.
#[derive(Debug, Clone)]
struct Found {
    name: String,
    location: &'static str,
    required: bool,
    /// Implied, not listed: a path parameter known only from the route's `{placeholder}`,
    /// or the API's credential header (or query parameter). A hit when the truth lists it, never counted as
    /// found otherwise (a page may or may not list it as a parameter).
    implied: bool,
}

fn location_name(l: Location) -> &'static str {
    match l {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Body => "body",
        Location::Cookie => "cookie",
    }
}

/// The found parameters outside the body, and the body fields (body-located parameters and
/// the top-level fields of the body's named type). A path parameter known only from the
/// route's placeholder and a body type inferred from a sample are not counted: the page
/// renders neither as a parameter or field.
fn found_params(spec: &ApiSpec, op: &Operation) -> (Vec<Found>, Vec<Found>) {
    let mut params = Vec::new();
    let mut body = Vec::new();
    for p in &op.params {
        let f = Found {
            name: p.name.clone(),
            location: location_name(p.location),
            required: p.required,
            implied: p.type_cue.as_deref() == Some(crate::extract::kit::ROUTE_PLACEHOLDER),
        };
        if p.location == Location::Body {
            body.push(f);
        } else {
            params.push(f);
        }
    }
    // An array body's fields are its items' (as Redoc renders them, under `Array [`).
    let body_ty = op.body.as_ref().map(|b| match &b.ty {
        chatgen_codegen::spec::TypeRef::List(item) => item.as_ref(),
        t => t,
    });
    if let Some(chatgen_codegen::spec::TypeRef::Named(n)) = body_ty
        && let Some(t) = spec.types.get(n)
        // Fields inferred from a placeholder sample (Redoc's) are not a rendered schema's.
        && t.sample != Some(chatgen_codegen::spec::SampleKind::Placeholder)
    {
        for field in t.fields() {
            body.push(Found {
                name: field.name.clone(),
                location: "body",
                required: !field.optional,
                implied: false,
            });
        }
    }
    // The credential the spec's auth sends in a header (`Authorization: Bearer …`, or the
    // `X-Api-Key` a parameter table listed) on every operation the doc does not call without
    // one: the client sends it, so a truth that lists it as a header parameter finds it.
    let header = match spec.auth.scheme {
        AuthScheme::Bearer => Some(spec.auth.header.as_deref().unwrap_or("Authorization")),
        AuthScheme::Header => spec.auth.header.as_deref(),
        _ => None,
    };
    if let Some(name) = header
        && op.auth != Some(false)
        && !params
            .iter()
            .any(|p| p.location == "header" && p.name.eq_ignore_ascii_case(name))
    {
        params.push(Found {
            name: name.to_string(),
            location: "header",
            required: true,
            implied: true,
        });
    }
    // The same for a credential the auth sends as a query parameter of every REST call
    // (`?api_key=…` on each route of the page): the client adds it to each query string.
    if spec.auth.scheme == AuthScheme::Token
        && !spec.protocol.is_rpc()
        && let Some(name) = spec.auth.param.as_deref()
        && op.auth != Some(false)
        && !params
            .iter()
            .any(|p| p.location == "query" && p.name.eq_ignore_ascii_case(name))
    {
        params.push(Found {
            name: name.to_string(),
            location: "query",
            required: true,
            implied: true,
        });
    }
    (params, body)
}

/// Scores a spec against a truth.
pub fn score(truth: &Truth, spec: &ApiSpec) -> Scores {
    let ops = &spec.operations;
    // (An RPC call with a URL per method is sent as `<method> <base>/<target>`: a truth
    // writing that call as its route, `POST /cache/expire` for `cache/expire`, names it.)
    let per_method = spec
        .protocol
        .rpc
        .as_ref()
        .filter(|r| spec.protocol.is_rpc() && r.endpoint == Endpoint::PerMethod);
    let route_of = |o: &Operation| {
        o.route
            .as_ref()
            .map(|r| (r.method.to_string(), route_key(&normalise_path(&r.path))))
            .or_else(|| {
                let (p, c) = (per_method?, o.rpc.as_ref()?);
                let path = format!("/{}", c.target.trim_start_matches('/'));
                Some((p.method.to_string(), route_key(&normalise_path(&path))))
            })
    };
    let name_of = |o: &Operation| {
        o.rpc
            .as_ref()
            .map_or(o.name.as_str(), |r| r.target.as_str())
            .trim()
            .to_string()
    };
    let mut paired: Vec<Option<usize>> = vec![None; truth.operations.len()];
    let mut taken = vec![false; ops.len()];
    let mut hit = vec![false; truth.operations.len()];
    // 1. by route; 2. by name where the truth has no route; 3. a found operation without a
    // route, by title, to an operation whose route the truth has (route lost).
    for (i, t) in truth.operations.iter().enumerate() {
        if let Some(r) = &t.route
            && let Some(j) = (0..ops.len())
                .find(|&j| !taken[j] && route_of(&ops[j]) == Some((r.0.clone(), route_key(&r.1))))
        {
            (paired[i], taken[j], hit[i]) = (Some(j), true, true);
        }
    }
    for (i, t) in truth.operations.iter().enumerate() {
        if let (None, Some(n)) = (&t.route, &t.name)
            && let Some(j) = (0..ops.len()).find(|&j| !taken[j] && name_of(&ops[j]) == n.trim())
        {
            (paired[i], taken[j], hit[i]) = (Some(j), true, true);
        }
    }
    let mut s = Scores::default();
    for (i, t) in truth.operations.iter().enumerate() {
        if let (None, Some(_), Some(n)) = (paired[i], &t.route, &t.name)
            && let Some(j) = (0..ops.len())
                .find(|&j| !taken[j] && ops[j].route.is_none() && name_of(&ops[j]) == n.trim())
        {
            (paired[i], taken[j]) = (Some(j), true);
            s.route_unknown += 1;
        }
    }
    s.operations = Score {
        hits: hit.iter().filter(|h| **h).count(),
        truth: truth.operations.len(),
        found: ops.len() - s.route_unknown,
    };
    for (i, t) in truth.operations.iter().enumerate() {
        let found = paired[i].map(|j| found_params(spec, &ops[j]));
        let statuses: Vec<String> = paired[i]
            .map(|j| {
                ops[j]
                    .responses
                    .iter()
                    .filter_map(|r| r.code())
                    .map(|s| s.to_string())
                    .collect()
            })
            .unwrap_or_default();
        add_op(&mut s, t, found, &statuses);
    }
    // Operations found that match nothing: all they carry is invented.
    for (j, op) in ops.iter().enumerate() {
        if !taken[j] {
            let (p, b) = found_params(spec, op);
            let p = p.iter().filter(|p| !p.implied).count();
            s.params.found += p;
            s.params_required.found += p;
            s.body_fields.found += b.len();
            s.responses.found += op.responses.iter().filter(|r| r.status.is_some()).count();
        }
    }
    s
}

/// A parameter name as compared: a path placeholder's name may be spelt `channel.id`,
/// `team-uid` or `network ID` by the doc and `channel_id` / `team_uid` / `network_ID` by a
/// reader that must give it a valid name (both sides are compared the same way).
fn name_key(name: &str) -> String {
    let n = name.trim_start_matches(':');
    let n = if n.contains('.') && !n.contains('[') {
        n.replace('.', "_")
    } else {
        n.to_string()
    };
    n.replace(['-', ' '], "_")
}

fn add_op(
    s: &mut Scores,
    t: &TruthOp,
    found: Option<(Vec<Found>, Vec<Found>)>,
    statuses: &[String],
) {
    let (mut params, mut body) = found.unwrap_or_default();
    if let Some(tp) = &t.params {
        let mut hits = 0;
        let mut hits_req = 0;
        for p in tp {
            // (A header's name is compared without case, as HTTP does.)
            let matches = |f: &Found| {
                let (a, b) = (name_key(&f.name), name_key(&p.name));
                (a == b || f.location == "header" && a.eq_ignore_ascii_case(&b))
                    && p.location.as_deref().is_none_or(|l| l == f.location)
            };
            let pos = params.iter().position(matches);
            let f = match pos {
                Some(k) => Some(params.remove(k)),
                None if p.location.is_none() => {
                    body.iter().position(matches).map(|k| body.remove(k))
                }
                None => None,
            };
            if let Some(f) = f {
                hits += 1;
                if p.required.is_none_or(|r| r == f.required) {
                    hits_req += 1;
                }
            }
        }
        // A body field matched by an any-location truth parameter counts as a parameter;
        // a placeholder the truth does not list is not counted.
        let found = hits + params.iter().filter(|p| !p.implied).count();
        s.params.add(Score {
            hits,
            truth: tp.len(),
            found,
        });
        s.params_required.add(Score {
            hits: hits_req,
            truth: tp.len(),
            found,
        });
    }
    if let Some(tb) = &t.body {
        let hits = tb
            .iter()
            .filter(|f| {
                body.iter()
                    .position(|b| b.name == f.name)
                    .map(|k| body.remove(k))
                    .is_some()
            })
            .count();
        s.body_fields.add(Score {
            hits,
            truth: tb.len(),
            found: hits + body.len(),
        });
    }
    if let Some(tr) = &t.responses {
        let mut rest: Vec<&String> = statuses.iter().collect();
        let hits = tr
            .iter()
            .filter(|r| {
                rest.iter()
                    .position(|x| x == r)
                    .map(|k| rest.remove(k))
                    .is_some()
            })
            .count();
        s.responses.add(Score {
            hits,
            truth: tr.len(),
            found: hits + rest.len(),
        });
    }
}

/// The result as a table.
pub fn render(result: &CorpusResult) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<48} {:<10} {:>4}  {:>17}  {:>17}  {:>17}  {:>17}  {:>17}\n",
        "document",
        "family",
        "ops",
        "operations R/P",
        "params R/P",
        "+required R/P",
        "body fields R/P",
        "responses R/P"
    ));
    for d in &result.documents {
        let family = d
            .family
            .as_deref()
            .unwrap_or(if d.read { "-" } else { "not read" });
        match &d.scores {
            Some(s) => out.push_str(&format!(
                "{:<48} {:<10} {:>4}  {}\n",
                d.path,
                family,
                d.operations,
                cells(s)
            )),
            None => out.push_str(&format!(
                "{:<48} {:<10} {:>4}  (no ground truth)\n",
                d.path, family, d.operations
            )),
        }
    }
    out.push_str(&format!(
        "{:<48} {:<10} {:>4}  {}\n",
        "total",
        "",
        "",
        cells(&result.total)
    ));
    let failing: Vec<&DocResult> = result.documents.iter().filter(|d| d.errors > 0).collect();
    if !failing.is_empty() {
        out.push_str(&format!(
            "{} document(s) read with errors, whose spec would not be written ({} error(s)): {}\n",
            failing.len(),
            failing.iter().map(|d| d.errors).sum::<usize>(),
            failing
                .iter()
                .map(|d| d.path.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if result.total.route_unknown > 0 {
        out.push_str(&format!(
            "{} operation(s) found without their route (the document lost it)\n",
            result.total.route_unknown
        ));
    }
    out
}

fn cells(s: &Scores) -> String {
    [
        s.operations,
        s.params,
        s.params_required,
        s.body_fields,
        s.responses,
    ]
    .iter()
    .map(|c| {
        if c.truth == 0 && c.found == 0 {
            format!("{:>17}", "-")
        } else {
            format!(
                "{:>17}",
                format!(
                    "{}/{} {:.0}% {:.0}%",
                    c.hits,
                    c.truth,
                    c.recall() * 100.0,
                    c.precision() * 100.0
                )
            )
        }
    })
    .collect::<Vec<_>>()
    .join("  ")
}

/// The result as JSON, with recall and precision written out.
pub fn to_json(result: &CorpusResult) -> serde_json::Value {
    fn scores(s: &Scores) -> serde_json::Value {
        let one = |c: &Score| {
            serde_json::json!({
                "hits": c.hits, "truth": c.truth, "found": c.found,
                "recall": round(c.recall()), "precision": round(c.precision()),
            })
        };
        serde_json::json!({
            "operations": one(&s.operations),
            "params": one(&s.params),
            "params_required": one(&s.params_required),
            "body_fields": one(&s.body_fields),
            "responses": one(&s.responses),
            "route_unknown": s.route_unknown,
        })
    }
    let docs: Vec<serde_json::Value> = result
        .documents
        .iter()
        .map(|d| {
            let mut doc = serde_json::json!({
                "path": d.path,
                "family": d.family,
                "operations": d.operations,
                "diagnostics": d.diagnostics,
                "errors": d.errors,
                "truth": d.truth,
                "scores": d.scores.as_ref().map(scores),
            });
            // (Only on a page the tool does not read, so other output stays as it was.)
            if !d.read {
                doc["read"] = serde_json::Value::Bool(false);
            }
            doc
        })
        .collect();
    serde_json::json!({ "documents": docs, "total": scores(&result.total) })
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page the truth names that the tool does not take for a page (`web_rpc.php`) is
    /// scored as all missed; a page the truth names that is absent from disk is not scored.
    #[test]
    fn truth_of_a_page_not_read_is_missed_not_dropped() {
        let dir = std::env::temp_dir().join(format!("chatgen-unread-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("truth.yaml"),
            "a.md:\n- route: GET /a\nweb_rpc.php:\n- route: GET /b\n  params: [id query]\nabsent.md:\n- route: GET /c\n",
        )
        .unwrap();
        fs::write(dir.join("a.md"), "# A\n\n## Get a\n\n`GET /a`\n").unwrap();
        fs::write(
            dir.join("web_rpc.php"),
            "<?php list_item(\"URL\", \"/b\"); ?>\n",
        )
        .unwrap();
        let r = run(&dir).unwrap();
        let _ = fs::remove_dir_all(&dir);
        assert_eq!((r.total.operations.hits, r.total.operations.truth), (1, 2));
        assert_eq!((r.total.params.hits, r.total.params.truth), (0, 1));
        let unread: Vec<&str> = r
            .documents
            .iter()
            .filter(|d| !d.read)
            .map(|d| d.path.as_str())
            .collect();
        assert_eq!(unread, ["web_rpc.php"]);
        assert!(render(&r).contains("not read"));
        assert_eq!(to_json(&r)["documents"][1]["read"], false);
        assert!(to_json(&r)["documents"][0].get("read").is_none());
    }

    #[test]
    fn name_keys_equate_the_spellings_of_one_placeholder() {
        for (doc, read) in [
            ("channel.id", "channel_id"),
            ("team-uid", "team_uid"),
            ("network ID", "network_ID"),
            (":id", "id"),
        ] {
            assert_eq!(name_key(doc), name_key(read), "{doc} / {read}");
        }
        assert_ne!(name_key("network ID"), name_key("network_id"));
        assert_eq!(name_key("filter[name]"), "filter[name]");
    }
    use chatgen_codegen::spec::{Param, Response, Route, TypeRef};

    fn op(
        route: Option<(&str, &str)>,
        name: &str,
        params: &[(&str, Location, bool)],
        statuses: &[u16],
    ) -> Operation {
        Operation {
            id: name.to_lowercase(),
            name: name.into(),
            route: route.map(|(m, p)| Route {
                method: m.to_uppercase().parse().expect("a method"),
                path: p.into(),
            }),
            params: params
                .iter()
                .map(|(n, l, r)| Param {
                    name: (*n).into(),
                    location: *l,
                    required: *r,
                    ty: TypeRef::Primitive(chatgen_codegen::spec::Primitive::String),
                    ..Param::default()
                })
                .collect(),
            responses: statuses
                .iter()
                .map(|s| Response {
                    status: Some(chatgen_codegen::spec::Status::Code(*s)),
                    content_type: None,
                    ty: None,
                    doc: None,
                    line: None,
                })
                .collect(),
            ..Operation::default()
        }
    }

    #[test]
    fn a_call_with_a_url_per_method_is_its_route() {
        let truth = truth::from_yaml("t", "d:\n  - route: POST /cache/expire\n")
            .unwrap()
            .remove("d")
            .unwrap();
        let mut call = op(None, "cache/expire", &[], &[]);
        call.rpc = Some(chatgen_codegen::spec::Rpc {
            target: "cache/expire".into(),
        });
        let mut spec = ApiSpec {
            operations: vec![call],
            ..ApiSpec::default()
        };
        spec.protocol = chatgen_codegen::spec::Protocol::rpc_per_method(
            chatgen_codegen::spec::ParamStyle::Json,
        );
        assert_eq!(score(&truth, &spec).operations.hits, 1);
        // (One URL for every call: the target travels in the body, no route.)
        spec.protocol.rpc.as_mut().unwrap().endpoint = Endpoint::Single;
        assert_eq!(score(&truth, &spec).operations.hits, 0);
    }

    #[test]
    fn scores_count_hits_misses_and_inventions() {
        let truth = truth::from_yaml(
            "t",
            "d:\n  - route: GET /a/{x\\_y}\n    params: [x_y path required, q query optional]\n    responses: ['200', '404']\n  - route: POST /b\n    name: Make b\n    params: []\n  - route: GET /c\n    params: [z query required]\n",
        )
        .unwrap()
        .remove("d")
        .unwrap();
        let spec = ApiSpec {
            operations: vec![
                op(
                    Some(("get", "/a/{x_y}")),
                    "A",
                    &[
                        ("x_y", Location::Path, true),
                        ("q", Location::Query, true),
                        ("extra", Location::Header, false),
                    ],
                    &[200],
                ),
                op(None, "Make b", &[], &[]),
                op(
                    Some(("DELETE", "/nowhere")),
                    "Invented",
                    &[("i", Location::Query, false)],
                    &[500],
                ),
            ],
            ..ApiSpec::default()
        };
        let s = score(&truth, &spec);
        assert_eq!(
            s.operations,
            Score {
                hits: 1,
                truth: 3,
                found: 2
            }
        );
        assert_eq!(s.route_unknown, 1);
        assert_eq!(
            s.params,
            Score {
                hits: 2,
                truth: 3,
                found: 4
            }
        );
        assert_eq!(
            s.params_required,
            Score {
                hits: 1,
                truth: 3,
                found: 4
            }
        );
        assert_eq!(
            s.responses,
            Score {
                hits: 1,
                truth: 2,
                found: 2
            }
        );
    }

    #[test]
    fn the_credential_header_is_found_where_the_truth_lists_it_and_not_invented_elsewhere() {
        let truth = truth::from_yaml(
            "t",
            "d:\n  - route: GET /a\n    params: [authorization header required]\n  - route: GET /b\n    params: [q query]\n  - route: GET /open\n    params: [Authorization header]\n",
        )
        .unwrap()
        .remove("d")
        .unwrap();
        let mut open = op(Some(("get", "/open")), "Open", &[], &[]);
        open.auth = Some(false);
        let mut spec = ApiSpec {
            operations: vec![
                op(Some(("get", "/a")), "A", &[], &[]),
                op(
                    Some(("get", "/b")),
                    "B",
                    &[("q", Location::Query, false)],
                    &[],
                ),
                open,
            ],
            ..ApiSpec::default()
        };
        let found = |spec: &ApiSpec| score(&truth, spec).params_required;
        // No credential in the spec: the header is missed.
        assert_eq!(
            found(&spec),
            Score {
                hits: 1,
                truth: 3,
                found: 1
            }
        );
        // A bearer credential: found on /a (required), not counted on /b (the truth does not
        // list it), and not on /open, which the doc calls without one.
        spec.auth = chatgen_codegen::spec::Auth {
            scheme: AuthScheme::Bearer,
            ..Default::default()
        };
        assert_eq!(
            found(&spec),
            Score {
                hits: 2,
                truth: 3,
                found: 2
            }
        );
        // A named header only where the spec names that header.
        spec.auth = chatgen_codegen::spec::Auth {
            scheme: AuthScheme::Header,
            header: Some("X-Api-Key".into()),
            ..Default::default()
        };
        assert_eq!(
            found(&spec),
            Score {
                hits: 1,
                truth: 3,
                found: 1
            }
        );
    }

    #[test]
    fn a_credential_sent_in_the_query_is_found_where_the_truth_lists_it() {
        let truth = truth::from_yaml(
            "t",
            "d:\n  - route: GET /a\n    params: [api_key query required]\n  - route: GET /b\n    params: [q query]\n",
        )
        .unwrap()
        .remove("d")
        .unwrap();
        let mut spec = ApiSpec {
            operations: vec![
                op(Some(("get", "/a")), "A", &[], &[]),
                op(
                    Some(("get", "/b")),
                    "B",
                    &[("q", Location::Query, false)],
                    &[],
                ),
            ],
            ..ApiSpec::default()
        };
        let found = |spec: &ApiSpec| score(&truth, spec).params_required;
        assert_eq!(
            found(&spec),
            Score {
                hits: 1,
                truth: 2,
                found: 1
            }
        );
        // The auth sends `api_key` with every call's query: found on /a, not counted on /b.
        spec.auth = chatgen_codegen::spec::Auth {
            scheme: AuthScheme::Token,
            param: Some("api_key".into()),
            ..Default::default()
        };
        assert_eq!(
            found(&spec),
            Score {
                hits: 2,
                truth: 2,
                found: 2
            }
        );
        // Another parameter's name: still missed.
        spec.auth.param = Some("token".into());
        assert_eq!(
            found(&spec),
            Score {
                hits: 1,
                truth: 2,
                found: 1
            }
        );
    }
}
