//! The corpus of real documents (`tests/fixtures/corpus/clients.tsv`): 33 OpenAPI documents
//! of 18 vendors (OpenAPI 3.0, 3.1, Swagger 2.0; most of them in the shared corpus beside
//! the repository, `../shared/corpus/openapi/`) and the Redoc pages whose clients no test
//! calls. Each is extracted and generated into the build directory
//! (`<target>/corpus-clients/`) by this test, where the crate `tests/corpus-clients`
//! includes it: CI's clippy step, run after the tests, compiles them all with `-D warnings`.
//!
//! Every OpenAPI document imports with every operation: as many as
//! `scripts/count-openapi-ops.py` counts in the document (paths × methods, not the reader
//! under test), each with a route and a client method. The counts are in the manifest and in
//! `tests/fixtures/corpus/openapi/INDEX.md`, which must agree.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use chatgen_tests::root;
use xtask::corpus_clients::{self, Entry, Outcome};
use xtask::extract::Family;

fn entries() -> Vec<Entry> {
    corpus_clients::manifest(&root()).unwrap_or_else(|e| panic!("{e}"))
}

/// The manifest's documents that are on disk, and a note for those absent: the documents
/// fetched from vendors' repositories are kept beside the repository (`../shared/…`), never
/// committed, so a clean clone measures only the ones the shared corpus ships.
fn present() -> Vec<Entry> {
    let (present, absent) =
        corpus_clients::split_present(&root(), entries()).unwrap_or_else(|e| panic!("{e}"));
    for e in &absent {
        eprintln!("note: {} absent ({}): not measured here", e.api, e.doc);
    }
    present
}

#[test]
fn every_document_imports_with_every_operation_and_generates() {
    let root = root();
    let entries = present();
    // The documents of the repository and of the shared corpus are always there.
    assert!(
        entries
            .iter()
            .filter(|e| e.family == Family::OpenApi)
            .count()
            >= 6,
        "{entries:?}"
    );
    let out = corpus_clients::default_out_dir(&root);
    let outcomes: Vec<Outcome> = corpus_clients::write(&root, &entries, &out, &[])
        .unwrap_or_else(|e| panic!("the corpus does not generate: {e}"));
    assert_eq!(outcomes.len(), entries.len());
    let mut wrong = Vec::new();
    for o in &outcomes {
        let api = &o.entry.api;
        if let Some(counted) = o.entry.operations
            && counted != o.operations
        {
            wrong.push(format!(
                "{api}: {} operations read, {counted} in the document",
                o.operations
            ));
        }
        // (A Redoc text capture may have lost routes: those pages are scored elsewhere.)
        if o.entry.family != Family::OpenApi {
            continue;
        }
        for op in &o.spec.operations {
            if op.route.is_none() {
                wrong.push(format!("{api}: `{}` has no route", op.id));
            }
        }
        // Every operation is a method of the generated client (read back from the files).
        if o.entry.checked_in.is_none() {
            let client = client_text(&out.join(api));
            for op in &o.spec.operations {
                let found = [
                    format!("pub async fn {}(", op.id),
                    format!("pub fn {}(", op.id),
                ]
                .iter()
                .any(|f| client.contains(f.as_str()));
                if !found {
                    wrong.push(format!("{api}: no client method `{}`", op.id));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let listed = fs::read_to_string(out.join("modules.txt")).unwrap();
    let expected: Vec<&str> = entries
        .iter()
        .filter(|e| e.checked_in.is_none())
        .map(|e| e.api.as_str())
        .collect();
    assert_eq!(listed.lines().collect::<Vec<_>>(), expected);
}

/// The text of every `client.rs` / `client/*.rs` of a generated module.
fn client_text(dir: &std::path::Path) -> String {
    let mut text = fs::read_to_string(dir.join("client.rs")).unwrap_or_default();
    if let Ok(files) = fs::read_dir(dir.join("client")) {
        let mut files: Vec<_> = files.flatten().map(|f| f.path()).collect();
        files.sort();
        for f in files {
            text.push_str(&fs::read_to_string(f).unwrap());
        }
    }
    text
}

/// The INDEX's rows: api → (format as `major.minor`, vendor, operations).
fn index_rows() -> BTreeMap<String, (String, String, usize)> {
    let index = fs::read_to_string(root().join("tests/fixtures/corpus/openapi/INDEX.md")).unwrap();
    // Table rows: | `api` | document | format | vendor | operations | …
    index
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let api = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            // `OpenAPI 3.0.3, JSON` / `Swagger 2.0, YAML` → `3.0` / `2.0`
            let format = cells.get(3)?.split([' ', ',']).nth(1)?;
            let version = format.split('.').take(2).collect::<Vec<_>>().join(".");
            let ops = cells.get(5)?.replace(',', "").parse().ok()?;
            Some((api.to_string(), (version, cells.get(4)?.to_string(), ops)))
        })
        .collect()
}

/// The version a document declares (`openapi: 3.1.0`, `"swagger": "2.0"`), as
/// `major.minor`, from the first line that declares one.
fn declared_version(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let l = l.trim().trim_matches(|c| c == '"' || c == ',');
        ["openapi", "swagger"].iter().find_map(|k| {
            let rest = l.strip_prefix(k)?.trim_start_matches('"');
            let v = rest.strip_prefix(':')?.trim().trim_matches('"');
            Some(v.split('.').take(2).collect::<Vec<_>>().join("."))
        })
    })
}

/// At least 30 OpenAPI documents of at least ten vendors, in the three versions, as the
/// INDEX lists them; every document on disk declares the version its row says.
#[test]
fn the_corpus_is_large_and_varied() {
    let rows = index_rows();
    let openapi: Vec<Entry> = entries()
        .into_iter()
        .filter(|e| e.family == Family::OpenApi)
        .collect();
    assert!(openapi.len() >= 30, "{} OpenAPI documents", openapi.len());
    assert!(openapi.iter().all(|e| e.operations.is_some()));
    let versions: BTreeSet<&str> = rows.values().map(|(v, _, _)| v.as_str()).collect();
    assert_eq!(
        versions.into_iter().collect::<Vec<_>>(),
        ["2.0", "3.0", "3.1"]
    );
    let vendors: BTreeSet<&str> = rows.values().map(|(_, v, _)| v.as_str()).collect();
    assert!(vendors.len() >= 10, "{vendors:?}");
    for e in present().iter().filter(|e| e.family == Family::OpenApi) {
        let text = fs::read_to_string(root().join(&e.doc)).unwrap();
        let declared = declared_version(&text).unwrap_or_else(|| panic!("{}: no version", e.doc));
        assert_eq!(Some(&declared), rows.get(&e.api).map(|r| &r.0), "{}", e.api);
    }
}

/// The INDEX beside the OpenAPI documents lists every OpenAPI document of the manifest with
/// the same operation count.
#[test]
fn the_index_agrees_with_the_manifest() {
    let rows: BTreeMap<String, usize> = index_rows()
        .into_iter()
        .map(|(api, (_, _, ops))| (api, ops))
        .collect();
    let manifest: BTreeMap<String, usize> = entries()
        .into_iter()
        .filter_map(|e| Some((e.api, e.operations?)))
        .collect();
    assert_eq!(rows, manifest);
}
