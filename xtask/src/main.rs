//! `cargo xtask <command>`: the command line of the tool. See the README.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chatgen_codegen::ApiSpec;
use clap::{Parser, Subcommand};
use xtask::diag::Diagnostic;
use xtask::extract::{self, Family};
use xtask::read::Origin;
use xtask::read::blocks::Document;
use xtask::{Error, regen, report};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Turn API documentation into typed Rust clients."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Rebuild spec/*.yaml and the generated crate from spec/sources and spec/overrides.
    Regen {
        /// Write nothing; fail with a diff when a checked-in file is stale.
        #[arg(long)]
        check: bool,
    },
    /// Extract a spec from one documentation file.
    Extract {
        /// The documentation family (format) the file belongs to; detected from the
        /// document when absent (the choice, why, and the runner-up are printed).
        #[arg(long)]
        family: Option<String>,
        /// The documentation file, or a folder of pages or OpenAPI documents read as one API
        /// (every page in name order; pages without an operation are skipped with a
        /// warning).
        doc: PathBuf,
        /// For an OpenAPI document split over several files: the folder its `$ref`s may read
        /// files from (default: the document's own folder, or the folder given). A
        /// reference leading outside it, or to a URL, is an error.
        #[arg(long)]
        root: Option<PathBuf>,
        /// Where to write the spec (standard output when absent).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The API's snake_case name (default: from the file name).
        #[arg(long)]
        api: Option<String>,
        /// An override file to merge.
        #[arg(long)]
        overrides: Option<PathBuf>,
        /// For a saved Redoc page that embeds its OpenAPI document (`__redoc_state`): read
        /// that document (family `openapi`) instead of the rendered page. A page without
        /// one is read as rendered, with a note.
        #[arg(long)]
        prefer_embedded: bool,
    },
    /// Generate a client module from a spec file.
    Generate {
        /// The spec file.
        spec: PathBuf,
        /// Directory to write `mod.rs`, `types.rs`, `requests.rs` and `client.rs` into.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Write a spec as an OpenAPI 3.1 document (facts OpenAPI lacks go in `x-` extensions).
    ExportOpenapi {
        /// The spec file.
        spec: PathBuf,
        /// Where to write the document (standard output when absent).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Review the change between two specs: what breaks, what is added, what it does to
    /// the generated Rust API, and the semver bump it needs.
    Diff {
        /// The old spec: a file, or `rev:path` (e.g. `HEAD:spec/wimi.yaml`).
        old: String,
        /// The new spec: a file, or `rev:path`.
        new: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Extract every document of a folder (recursively) and score it against the ground
    /// truth beside it (`<name>.openapi.json`, or the folder's `truth.yaml`).
    Corpus {
        /// The folder.
        dir: PathBuf,
        /// Read every document with this family instead of the one detection chooses.
        #[arg(long)]
        family: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Generate the clients of the corpus manifest (`tests/fixtures/corpus/clients.tsv`)
    /// into the build directory, where the crate `tests/corpus-clients` compiles them; print
    /// per document the operations read (and counted in the document), warnings, lines and
    /// time. Fails when a document has an error or an operation count differs.
    CorpusClients {
        /// Where to write (default: `corpus-clients/` in the target directory, or
        /// `$CHATGEN_CORPUS_CLIENTS`).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Only these APIs of the manifest (all when absent).
        api: Vec<String>,
    },
    /// Show how the tool reads a page: its blocks (headings, paragraphs, items, tables,
    /// code) with their lines, as every reader sees them.
    Blocks {
        /// The documentation file.
        doc: PathBuf,
    },
    /// Print figures per API: operations, typed parameters and fields, round-trips.
    Report {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// Reads and validates a spec file.
fn load_spec(path: &std::path::Path) -> Result<chatgen_codegen::ApiSpec, Error> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: name.clone(),
        source,
    })?;
    Ok(chatgen_codegen::ApiSpec::from_yaml(&name, &text)?)
}

fn print_diags(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{d}\n");
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let root = regen::repo_root();
    match cli.command {
        Command::Regen { check } => cmd_regen(&root, check),
        Command::Extract {
            family,
            doc,
            output,
            api,
            overrides,
            prefer_embedded,
            root: tree,
        } => cmd_extract(family, doc, output, api, overrides, prefer_embedded, tree),
        Command::Generate { spec, output } => cmd_generate(spec, output),
        Command::ExportOpenapi { spec, output } => cmd_export_openapi(spec, output),
        Command::Diff { old, new, json } => cmd_diff(old, new, json),
        Command::Corpus { dir, family, json } => cmd_corpus(dir, family, json),
        Command::CorpusClients { out, api } => cmd_corpus_clients(&root, out, api),
        Command::Blocks { doc } => cmd_blocks(doc),
        Command::Report { json } => cmd_report(&root, json),
    }
}

/// `regen [--check]`: specs and generated code from the sources, and the review of what changed.
fn cmd_regen(root: &Path, check: bool) -> Result<(), Error> {
    let (changes, diags) = regen::regen(root, check)?;
    print_diags(&diags);
    // The review first, so the log starts with what breaks; then the line diff.
    eprint!("{}", regen::render_reviews(&changes));
    if check && !changes.is_empty() {
        for (_, diff) in &changes.changed {
            eprintln!("{diff}");
        }
        for f in &changes.removed {
            eprintln!("stale file (no longer generated): {f}");
        }
        return Err(Error::Usage(format!(
            "{} file(s) out of date; run `cargo xtask regen` and commit the result",
            changes.changed.len() + changes.removed.len()
        )));
    }
    for (f, _) in &changes.changed {
        eprintln!("wrote {f}");
    }
    for f in &changes.removed {
        eprintln!("removed {f}");
    }
    if changes.is_empty() {
        eprintln!("everything up to date");
    }
    Ok(())
}

/// `extract`: one document or a folder into a spec.
fn cmd_extract(
    family: Option<String>,
    doc: PathBuf,
    output: Option<PathBuf>,
    api: Option<String>,
    overrides: Option<PathBuf>,
    prefer_embedded: bool,
    tree: Option<PathBuf>,
) -> Result<(), Error> {
    let embedded = if prefer_embedded {
        let found = regen::embedded_openapi_text(&doc)?;
        match &found {
            Some(_) => eprintln!(
                "{}: reading the OpenAPI document the page embeds (__redoc_state)",
                doc.display()
            ),
            None => eprintln!(
                "{}: no embedded OpenAPI document; reading the page as rendered",
                doc.display()
            ),
        }
        found
    } else {
        None
    };
    let tree = tree.as_deref();
    let (spec, diags) = if doc.is_dir() {
        extract_folder(&doc, tree, family, api, overrides.as_deref())?
    } else {
        extract_file(&doc, tree, family, api, overrides.as_deref(), embedded)?
    };
    if xtask::diag::has_errors(&diags) {
        return Err(Error::Diagnostics(diags));
    }
    print_diags(&diags);
    if doc.is_dir() {
        eprintln!(
            "{}: {} operation(s) from the folder's documents",
            doc.display(),
            spec.operations.len()
        );
    }
    let yaml = spec.to_yaml();
    match output {
        Some(path) => std::fs::write(&path, yaml).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?,
        None => print!("{yaml}"),
    }
    Ok(())
}

/// `generate`: a spec into a module's files.
fn cmd_generate(spec: PathBuf, output: PathBuf) -> Result<(), Error> {
    let spec = load_spec(&spec)?;
    std::fs::create_dir_all(&output).map_err(|source| Error::Io {
        path: output.display().to_string(),
        source,
    })?;
    for (file, text) in chatgen_codegen::generate_module(&spec)? {
        let path = output.join(&file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| Error::Io {
                path: parent.display().to_string(),
                source,
            })?;
        }
        std::fs::write(&path, text).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

/// `export-openapi`: a spec as OpenAPI 3.1.
fn cmd_export_openapi(spec: PathBuf, output: Option<PathBuf>) -> Result<(), Error> {
    let spec = load_spec(&spec)?;
    let export = xtask::export_openapi::export(&spec);
    if !export.extension_only.is_empty() {
        eprintln!("kept only in x- extensions (other OpenAPI tools will not read them):");
        for kind in &export.extension_only {
            eprintln!("  - {kind}");
        }
    }
    match output {
        Some(path) => std::fs::write(&path, export.to_json()).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?,
        None => print!("{}", export.to_json()),
    }
    Ok(())
}

/// `diff`: the review of what a spec change does to the Rust API.
fn cmd_diff(old: String, new: String, json: bool) -> Result<(), Error> {
    let cwd = std::env::current_dir().map_err(|source| Error::Io {
        path: ".".into(),
        source,
    })?;
    let report = xtask::diff::diff(
        &xtask::diff::load(&old, &cwd)?,
        &xtask::diff::load(&new, &cwd)?,
        &old,
        &new,
    );
    let text = if json {
        serde_json::to_string_pretty(&report).map_err(|e| Error::Usage(e.to_string()))? + "\n"
    } else {
        xtask::diff::render(&report, None)
    };
    // A closed pipe (`| head`) is not an error.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
    Ok(())
}

/// `corpus`: a folder's documents scored against their ground truth.
fn cmd_corpus(dir: PathBuf, family: Option<String>, json: bool) -> Result<(), Error> {
    let family: Option<Family> = family
        .map(|f| f.parse().map_err(Error::Usage))
        .transpose()?;
    let result = xtask::corpus::run_with(&dir, family)?;
    if json {
        let text = serde_json::to_string_pretty(&xtask::corpus::to_json(&result))
            .map_err(|e| Error::Usage(e.to_string()))?;
        println!("{text}");
    } else {
        print!("{}", xtask::corpus::render(&result));
    }
    Ok(())
}

/// `corpus-clients`: the manifest's documents generated into the build directory.
fn cmd_corpus_clients(root: &Path, out: Option<PathBuf>, api: Vec<String>) -> Result<(), Error> {
    let entries = xtask::corpus_clients::manifest(root)?;
    let (entries, absent) = xtask::corpus_clients::split_present(root, entries)?;
    for e in &absent {
        eprintln!(
            "note: `{}`: {} is not beside the repository (fetched documents are kept in ../shared, never committed); skipped",
            e.api, e.doc
        );
    }
    let out = out.unwrap_or_else(|| xtask::corpus_clients::default_out_dir(root));
    let outcomes = xtask::corpus_clients::write(root, &entries, &out, &api)?;
    let mut text = String::from(
        "| api | family | operations (counted) | warnings | lines | seconds |\n| --- | --- | ---: | ---: | ---: | ---: |\n",
    );
    let mut wrong = Vec::new();
    for o in &outcomes {
        let counted = o.entry.operations.map_or("-".into(), |n| n.to_string());
        if o.entry.operations.is_some_and(|n| n != o.operations) {
            wrong.push(format!(
                "{}: {} operations read, {counted} counted",
                o.entry.api, o.operations
            ));
        }
        text.push_str(&format!(
            "| {} | {} | {} ({counted}) | {} | {} | {:.2} |\n",
            o.entry.api, o.entry.family, o.operations, o.warnings, o.lines, o.seconds
        ));
    }
    print!("{text}");
    eprintln!("wrote {}", out.display());
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(Error::Usage(wrong.join("\n")))
    }
}

/// `blocks`: the document model the readers see.
fn cmd_blocks(doc: PathBuf) -> Result<(), Error> {
    let name = doc.display().to_string();
    let text = std::fs::read_to_string(&doc).map_err(|source| Error::Io {
        path: name.clone(),
        source,
    })?;
    let d = Document::parse_beside(name, &text, doc.parent());
    let mut out = format!("{} ({})\n", d.file, d.kind);
    for (i, b) in d.blocks.iter().enumerate() {
        let kind = match &b.kind {
            xtask::read::blocks::Kind::Heading { level } => format!("h{level}"),
            xtask::read::blocks::Kind::Paragraph => "p".to_string(),
            xtask::read::blocks::Kind::Item { depth, .. } => format!("item{depth}"),
            xtask::read::blocks::Kind::Table(t) => format!("table{}", t.rows.len()),
            xtask::read::blocks::Kind::Code { lang } => {
                format!("code:{}", lang.as_deref().unwrap_or(""))
            }
        };
        let first = b.text.lines().next().unwrap_or("");
        let more = if b.text.contains('\n') { " …" } else { "" };
        out.push_str(&format!(
            "{i:>5} {:>5} {kind:<8} {first}{more}\n",
            b.span.line
        ));
    }
    // A closed pipe (`| head`) is not an error of the tool.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    Ok(())
}

/// `report`: per API, what was found, typed and left unknown.
fn cmd_report(root: &Path, json: bool) -> Result<(), Error> {
    let reports = report::report(root)?;
    if json {
        let text =
            serde_json::to_string_pretty(&reports).map_err(|e| Error::Usage(e.to_string()))?;
        println!("{text}");
    } else {
        print!("{}", report::render(&reports));
    }
    Ok(())
}

/// `extract` on a folder of pages or OpenAPI documents: one API, each page read by its own
/// family (or the one given).
fn extract_folder(
    doc: &Path,
    root: Option<&Path>,
    family: Option<String>,
    api: Option<String>,
    overrides: Option<&Path>,
) -> Result<(ApiSpec, Vec<Diagnostic>), Error> {
    let family: Option<Family> = family
        .map(|f| f.parse())
        .transpose()
        .map_err(Error::Usage)?;
    let name = doc
        .file_name()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let api = api.unwrap_or_else(|| xtask::extract::kit::api_name_from_stem(&name));
    let display = doc.display().to_string();
    let display = display.trim_end_matches('/');
    regen::build_spec_from_dir(family, &api, doc, root, display, display, overrides)
}

/// `extract` on one document: the family given, the OpenAPI document a Redoc page embeds
/// (`embedded`), or the family detection chooses (whose extraction is kept, not redone).
fn extract_file(
    doc: &Path,
    root: Option<&Path>,
    family: Option<String>,
    api: Option<String>,
    overrides: Option<&Path>,
    embedded: Option<String>,
) -> Result<(ApiSpec, Vec<Diagnostic>), Error> {
    let stem = doc
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let api = api.unwrap_or_else(|| xtask::extract::kit::api_name_from_stem(&stem));
    let display = doc.display().to_string();
    if let Some(json) = &embedded {
        let shown = format!("{display} (embedded OpenAPI)");
        return regen::build_spec_from_text(
            Family::OpenApi,
            &api,
            json,
            &shown,
            &display,
            overrides,
        );
    }
    match family {
        Some(f) => {
            let family: Family = f.parse().map_err(Error::Usage)?;
            regen::build_spec_in(family, &api, doc, root, &display, &display, overrides)
        }
        None => {
            let text = std::fs::read_to_string(doc).map_err(|source| Error::Io {
                path: display.clone(),
                source,
            })?;
            let document = Document::parse_beside(display.clone(), &text, doc.parent())
                .with_origin(Origin::file(doc, &display, root));
            let (detection, extracted) =
                extract::extract_detected(&document, &api, &display).map_err(Error::Usage)?;
            eprintln!("{display}: read as {detection}");
            regen::finish_spec(extracted, overrides)
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        // Each diagnostic with its own severity (`warning:` or `error:`), then the count.
        Err(Error::Diagnostics(diags)) => {
            print_diags(&diags);
            eprintln!("error: {}", xtask::diagnostics_summary(&diags));
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
