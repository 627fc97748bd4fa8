//! The corpus clients: every document of `tests/fixtures/corpus/clients.tsv` (the real
//! OpenAPI documents and the Redoc pages whose clients nobody reviews) extracted, generated
//! and written into the build directory, `<target>/corpus-clients/<api>/`, with the list of
//! modules in `modules.txt`; the crate `tests/corpus-clients` includes them, so that CI's
//! clippy step compiles them (`-D warnings`). Nothing of it is checked in.
//!
//! The manifest names each document and, for OpenAPI documents, its operation count read
//! from the document by `scripts/count-openapi-ops.py` (paths × methods), not by the reader
//! under test; [`write`] reports what the reader found beside it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::Error;
use crate::diag::{Diagnostic, Severity, has_errors};
use crate::extract::Family;
use crate::regen::build_spec;

/// The manifest, relative to the repository root.
pub const MANIFEST: &str = "tests/fixtures/corpus/clients.tsv";

/// One document of the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Module name (snake_case, unique).
    pub api: String,
    /// The reader.
    pub family: Family,
    /// Operations counted in the document by the counting script (`None`: not counted
    /// here, e.g. a Redoc page scored by `tests/it/redoc_corpus.rs`).
    pub operations: Option<usize>,
    /// The document, relative to the repository root (`../shared/…` for the documents of
    /// the shared corpus).
    pub doc: String,
    /// Where its client is checked in instead (a test calls it over HTTP): read and
    /// counted, not generated here.
    pub checked_in: Option<String>,
}

impl Entry {
    /// Whether the document lives beside the repository (`../shared/…`), not in it: the
    /// documents fetched from vendors' repositories are kept there, never committed, so a
    /// clean clone may not have them.
    pub fn is_outside(&self) -> bool {
        self.doc.starts_with("../")
    }
}

/// Splits `entries` into those whose document is on disk and those whose document, kept
/// beside the repository, is absent (a clean clone's `../shared` holds only the shared
/// corpus). A document of the repository itself that is missing is an error.
pub fn split_present(root: &Path, entries: Vec<Entry>) -> Result<(Vec<Entry>, Vec<Entry>), Error> {
    let mut present = Vec::new();
    let mut absent = Vec::new();
    for e in entries {
        if root.join(&e.doc).is_file() {
            present.push(e);
        } else if e.is_outside() {
            absent.push(e);
        } else {
            return Err(Error::Usage(format!(
                "{MANIFEST}: `{}`: the document {} is missing from the repository",
                e.api, e.doc
            )));
        }
    }
    Ok((present, absent))
}

/// What became of one document.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The manifest entry.
    pub entry: Entry,
    /// Operations in the spec (every one a client method).
    pub operations: usize,
    /// Warnings of the extraction (each at a line of the document).
    pub warnings: usize,
    /// Lines of generated Rust (0 for a client checked in elsewhere, not generated here).
    pub lines: usize,
    /// Extraction and generation wall time, in seconds.
    pub seconds: f64,
    /// The warnings themselves.
    pub diags: Vec<Diagnostic>,
    /// The spec the client was generated from.
    pub spec: chatgen_codegen::ApiSpec,
}

/// Reads the manifest: one document a line, `api family operations document
/// [checked-in:<dir>]` separated by tabs or spaces (`-` for no count); `#` starts a comment.
pub fn manifest(root: &Path) -> Result<Vec<Entry>, Error> {
    let path = root.join(MANIFEST);
    let text = fs::read_to_string(&path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse_manifest(&text)
}

fn parse_manifest(text: &str) -> Result<Vec<Entry>, Error> {
    let mut entries: Vec<Entry> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let bad = |what: &str| Error::Usage(format!("{MANIFEST}:{}: {what}: `{line}`", i + 1));
        let cols: Vec<&str> = line.split_whitespace().collect();
        let (api, family, operations, doc, checked_in) = match cols.as_slice() {
            [api, family, operations, doc] => (api, family, operations, doc, None),
            [api, family, operations, doc, extra] => match extra.strip_prefix("checked-in:") {
                Some(dir) => (api, family, operations, doc, Some(dir.to_string())),
                None => return Err(bad("the fifth column is `checked-in:<dir>`")),
            },
            _ => return Err(bad("expected `api family operations document`")),
        };
        let family: Family = family.parse().map_err(|_| bad("unknown family"))?;
        let operations = match *operations {
            "-" => None,
            n => Some(n.parse().map_err(|_| bad("operations is not a number"))?),
        };
        if entries.iter().any(|e| e.api == *api) {
            return Err(bad("api listed twice"));
        }
        entries.push(Entry {
            api: (*api).to_string(),
            family,
            operations,
            doc: (*doc).to_string(),
            checked_in,
        });
    }
    Ok(entries)
}

/// Where the clients go by default: `corpus-clients/` in the target directory of the
/// running executable (the nearest ancestor holding cargo's `CACHEDIR.TAG`), or
/// `$CHATGEN_CORPUS_CLIENTS` when set (the crate's build script reads the same).
pub fn default_out_dir(root: &Path) -> PathBuf {
    if let Some(dir) = std::env::var_os("CHATGEN_CORPUS_CLIENTS") {
        return PathBuf::from(dir);
    }
    let target = std::env::current_exe().ok().and_then(|exe| {
        exe.ancestors()
            .find(|a| a.join("CACHEDIR.TAG").is_file())
            .map(Path::to_path_buf)
    });
    target
        .unwrap_or_else(|| root.join("target"))
        .join("corpus-clients")
}

/// Extracts and generates the documents of `entries` (all when `only` is empty, else those
/// named) into `out`: `<api>/…` per document and `modules.txt`; a file is written only when
/// its text changed, and files of documents no longer listed are removed. Fails, writing
/// nothing, when a document has an error.
pub fn write(
    root: &Path,
    entries: &[Entry],
    out: &Path,
    only: &[String],
) -> Result<Vec<Outcome>, Error> {
    let mut outcomes = Vec::new();
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for entry in entries
        .iter()
        .filter(|e| only.is_empty() || only.contains(&e.api))
    {
        let start = Instant::now();
        let (spec, diags) = build_spec(
            entry.family,
            &entry.api,
            &root.join(&entry.doc),
            &entry.doc,
            &entry.doc,
            None,
        )?;
        if has_errors(&diags) {
            return Err(Error::Diagnostics(diags));
        }
        let mut lines = 0;
        if entry.checked_in.is_none() {
            for (name, text) in chatgen_codegen::generate_module(&spec)? {
                lines += text.lines().count();
                files.insert(format!("{}/{name}", entry.api), text);
            }
        }
        outcomes.push(Outcome {
            entry: entry.clone(),
            operations: spec.operations.len(),
            warnings: diags
                .iter()
                .filter(|d| d.severity == Severity::Warning)
                .count(),
            lines,
            seconds: start.elapsed().as_secs_f64(),
            diags,
            spec,
        });
    }
    let modules: String = outcomes
        .iter()
        .filter(|o| o.entry.checked_in.is_none())
        .map(|o| format!("{}\n", o.entry.api))
        .collect();
    files.insert("modules.txt".into(), modules);
    sync(out, &files)?;
    Ok(outcomes)
}

/// Makes `dir` hold exactly `files` (relative path → text), touching only what differs.
fn sync(dir: &Path, files: &BTreeMap<String, String>) -> Result<(), Error> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| Error::Io { path, source }
    };
    for (rel, text) in files {
        let path = dir.join(rel);
        if fs::read_to_string(&path).is_ok_and(|old| old == *text) {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        fs::write(&path, text).map_err(io(&path))?;
    }
    let mut present = Vec::new();
    list(dir, dir, &mut present);
    let wanted: BTreeSet<&str> = files.keys().map(String::as_str).collect();
    for rel in present.iter().filter(|r| !wanted.contains(r.as_str())) {
        let path = dir.join(rel);
        fs::remove_file(&path).map_err(io(&path))?;
    }
    Ok(())
}

fn list(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            list(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_lines() {
        let text = "# comment\n\nnexus\topenapi\t193\ttests/x.json  # trailing\nwhoop redoc - a.txt checked-in:tests/src/w\n";
        let entries = parse_manifest(text).map_err(|e| e.to_string());
        assert_eq!(
            entries,
            Ok(vec![
                Entry {
                    api: "nexus".into(),
                    family: Family::OpenApi,
                    operations: Some(193),
                    doc: "tests/x.json".into(),
                    checked_in: None,
                },
                Entry {
                    api: "whoop".into(),
                    family: Family::Redoc,
                    operations: None,
                    doc: "a.txt".into(),
                    checked_in: Some("tests/src/w".into()),
                },
            ])
        );
        assert!(parse_manifest("a openapi x b.json\n").is_err());
        assert!(parse_manifest("a nope 1 b.json\n").is_err());
        assert!(parse_manifest("a openapi 1 b.json\na openapi 1 c.json\n").is_err());
        assert!(parse_manifest("a openapi 1\n").is_err());
        assert!(parse_manifest("a openapi 1 b.json c\n").is_err());
    }

    #[test]
    fn absent_documents_outside_the_repository_are_set_aside() {
        let dir = std::env::temp_dir().join(format!("chatgen-split-{}", std::process::id()));
        fs::create_dir_all(dir.join("repo")).unwrap();
        fs::write(dir.join("repo/here.json"), "{}").unwrap();
        let entries =
            parse_manifest("a openapi 1 here.json\nb openapi 2 ../shared/gone.json\n").unwrap();
        let (present, absent) = split_present(&dir.join("repo"), entries.clone()).unwrap();
        assert_eq!(present, entries[..1]);
        assert_eq!(absent, entries[1..]);
        // Missing from the repository itself: an error naming it.
        let missing = parse_manifest("c openapi 1 gone.json\n").unwrap();
        let err = split_present(&dir.join("repo"), missing)
            .unwrap_err()
            .to_string();
        assert!(err.contains("gone.json"), "{err}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
