//! Bounded fuzzing: every extractor, and the spec loader, fed mutations of the real documents
//! and specs, must never panic; whatever they accept must generate code that parses.
//!
//! A small deterministic mutator (seeded xorshift) cuts, duplicates, swaps and truncates
//! lines and splices in hostile text. Each target runs for `CHATGEN_FUZZ_SECONDS` seconds
//! (default 3), as many targets at a time as there are cores. A panic fails the test and
//! leaves the input in the target directory with its seed. Executions per target are printed
//! and written next to it, with the slowest execution's time (its input is kept beside them).
//!
//! The targets are `#[ignore]`d: a plain `cargo test` does not run them (they are minutes of
//! work in a debug build, most of the suite's time); CI's fuzz step and anyone fuzzing run
//! `cargo test -p chatgen-tests --test it fuzz:: -- --ignored`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chatgen_codegen::ApiSpec;
use chatgen_tests::root;
use xtask::diag::has_errors;
use xtask::extract::Family;
use xtask::normalise::normalise;
use xtask::read::blocks::Document;

/// Text a mutation may splice in: names no identifier can carry, JSON fragments, markers of
/// every family, very long lines.
const HOSTILE: &[&str] = &[
    "type",
    "self",
    "Self",
    "crate",
    "super",
    "async",
    "2fa",
    "a-b c.d$e",
    "имя",
    "🙂",
    "getList",
    "get_list",
    "GetList",
    "*/",
    "\"]",
    "`code`",
    "<b>",
    "#[attr]",
    "```",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "'",
    ":",
    "|",
    "•",
    "—",
    " - ",
    "Optional: Array ( [0] => ",
    "stdClass Object (",
    "LIST of ",
    "struct",
    "GET /x/{id}",
    "POST /",
    "2.1. a.b",
    "Returns",
    "Parameters",
    "Authorizations:",
    "Status code 200",
    "Request body",
    "Header Identification:",
    "Body Data:",
    "Output:",
    "Example:",
    "Пример ответа:",
    "Рассылает события:",
    "{\"ok\": true, \"result\": [",
    "18446744073709551616",
    "-0.0e999",
    "\u{0}",
    "\t",
    "\r",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// A mutation of `seed`: a window of its lines, then 1-6 edits.
fn mutate(seed: &str, rng: &mut Rng) -> String {
    let all: Vec<&str> = seed.lines().collect();
    let start = rng.below(all.len());
    let len = 20 + rng.below(600);
    let mut lines: Vec<String> = all[start..all.len().min(start + len)]
        .iter()
        .map(|s| s.to_string())
        .collect();
    if rng.below(4) == 0 {
        // Keep the head too, where titles and preambles live.
        let head: Vec<String> = all.iter().take(40).map(|s| s.to_string()).collect();
        lines.splice(0..0, head);
    }
    for _ in 0..1 + rng.below(6) {
        let n = lines.len();
        match rng.below(7) {
            0 if n > 1 => {
                let a = rng.below(n);
                let b = (a + rng.below(30)).min(n);
                lines.drain(a..b);
            }
            1 if n > 1 => {
                let a = rng.below(n);
                let b = (a + rng.below(30)).min(n);
                let copy: Vec<String> = lines[a..b].to_vec();
                let at = rng.below(n);
                lines.splice(at..at, copy);
            }
            2 if n > 1 => {
                let (a, b) = (rng.below(n), rng.below(n));
                lines.swap(a, b);
            }
            3 if n > 0 => {
                let i = rng.below(n);
                let cut = rng.below(lines[i].chars().count() + 1);
                lines[i] = lines[i].chars().take(cut).collect();
            }
            4 if n > 0 => {
                let i = rng.below(n);
                let word = HOSTILE[rng.below(HOSTILE.len())];
                let at = rng.below(lines[i].chars().count() + 1);
                let mut chars: Vec<char> = lines[i].chars().collect();
                chars.splice(at..at, word.chars());
                lines[i] = chars.into_iter().collect();
            }
            5 => {
                let at = rng.below(n + 1);
                let word = HOSTILE[rng.below(HOSTILE.len())];
                lines.insert(at, word.repeat(1 + rng.below(3)));
            }
            _ => {
                let at = rng.below(n + 1);
                lines.insert(at, "x".repeat(rng.below(20_000)));
            }
        }
    }
    lines.join("\n")
}

/// Extract, normalise and, when there is no error, generate.
fn pipeline(family: Family, text: &str) {
    // No extension: the kind is told from the (mutated) content alone.
    let doc = Document::parse("fuzz", text);
    let extracted = family.extract(&doc, "fuzz", "fuzz.txt");
    let mut diags = extracted.diags;
    let spec = normalise(extracted.spec, None, &mut diags);
    if !has_errors(&diags) {
        // A generator error (an invalid spec) is fine; a panic or unparsable output is not.
        if let Err(chatgen_codegen::GenError::Unparsable { file, message }) =
            chatgen_codegen::generate_module(&spec)
        {
            panic!("generated {file} does not parse: {message}");
        }
    }
}

/// The spec loader, then generation for what it accepts.
fn load(text: &str) {
    if let Ok(spec) = ApiSpec::from_yaml("fuzz.yaml", text)
        && let Err(chatgen_codegen::GenError::Unparsable { file, message }) =
            chatgen_codegen::generate_module(&spec)
    {
        panic!("generated {file} does not parse: {message}");
    }
}

fn budget() -> Duration {
    let seconds = std::env::var("CHATGEN_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3.0);
    Duration::from_secs_f64(seconds)
}

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// Runs `target` on mutations of `seed` for the time budget; returns the executions.
fn fuzz(name: &str, seed: &str, target: impl Fn(&str)) -> u64 {
    let started = Instant::now();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ name.len() as u64);
    let mut runs = 0u64;
    // The seed itself first, then mutations.
    let mut input = seed.to_string();
    let mut slowest = (Duration::ZERO, 0u64);
    loop {
        let state = rng.0;
        let this = Instant::now();
        if catch_unwind(AssertUnwindSafe(|| target(&input))).is_err() {
            let file = out_dir().join(format!("fuzz-crash-{name}.txt"));
            let _ = std::fs::write(&file, &input);
            panic!(
                "{name}: panic after {runs} runs (rng state {state:#x}); input in {}",
                file.display()
            );
        }
        if this.elapsed() > slowest.0 {
            slowest = (this.elapsed(), runs);
            // Kept to reproduce a slow input (a reader gone super-linear on it).
            let _ = std::fs::write(out_dir().join(format!("fuzz-slowest-{name}.txt")), &input);
        }
        runs += 1;
        if started.elapsed() > budget() {
            break;
        }
        input = mutate(seed, &mut rng);
    }
    let line = format!(
        "{name}: {runs} executions in {:.1} s, no panic (slowest: execution {} in {:.1} s; 0 is the seed)\n",
        started.elapsed().as_secs_f64(),
        slowest.1,
        slowest.0.as_secs_f64()
    );
    print!("{line}");
    let _ = std::fs::write(out_dir().join(format!("fuzz-{name}.txt")), line);
    runs
}

fn source(file: &str) -> String {
    let path = if file.contains('/') {
        root().join(file)
    } else {
        root().join("spec/sources").join(file)
    };
    // A folder of pages (Mastodon's): its first page in name order.
    let path = if path.is_dir() {
        xtask::extract::folder::pages(&path).unwrap().remove(0)
    } else {
        path
    };
    std::fs::read_to_string(path).unwrap()
}

/// A fuzz job: its name, its seed, and the target run on each mutation.
type Job<'a> = (String, String, Box<dyn Fn(&str) + Sync + 'a>);

/// Runs each `(name, seed, target)` job for the budget, as many at a time as there are cores
/// (one thread per job on two cores gave each a seventh of a core, so that one slow execution
/// of a large document took most of a minute); returns the executions per job, in order.
fn fuzz_all(jobs: Vec<Job<'_>>) -> Vec<u64> {
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
    let workers = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .min(jobs.len());
    let next = AtomicUsize::new(0);
    let runs: Vec<AtomicU64> = jobs.iter().map(|_| AtomicU64::new(0)).collect();
    std::thread::scope(|scope| {
        let threads: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    loop {
                        let at = next.fetch_add(1, Ordering::SeqCst);
                        let Some((name, seed, target)) = jobs.get(at) else {
                            break;
                        };
                        runs[at].store(fuzz(name, seed, target), Ordering::SeqCst);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        }
    });
    runs.into_iter().map(AtomicU64::into_inner).collect()
}

/// Every API's extractor, through normalise and codegen, on mutations of its document: one
/// job per API in `xtask::regen::APIS`, each for the whole budget.
#[test]
#[ignore = "minutes in a debug build; CI's fuzz step runs it: `cargo test -p chatgen-tests --test it fuzz:: -- --ignored`"]
fn fuzz_extractors() {
    let jobs = xtask::regen::APIS
        .iter()
        .map(|entry| {
            let target: Box<dyn Fn(&str) + Sync> =
                Box::new(move |text: &str| pipeline(entry.family, text));
            (format!("fuzz_{}", entry.api), source(entry.source), target)
        })
        .collect();
    let runs = fuzz_all(jobs);
    assert_eq!(runs.len(), xtask::regen::APIS.len());
    assert!(runs.iter().all(|&n| n > 0), "{runs:?}");
}

/// Other renderings (HTML, Markdown, reStructuredText, AsciiDoc) and an OpenAPI document (the hostile 3.1 YAML)
/// through their front ends and every stage, one job each; the kind is told from the
/// mutated content alone.
#[test]
#[ignore = "minutes in a debug build; CI's fuzz step runs it: `cargo test -p chatgen-tests --test it fuzz:: -- --ignored`"]
fn fuzz_renderings() {
    const RENDERINGS: [(Family, &str); 10] = [
        (Family::OpenApi, "tests/fixtures/hostile/openapi.txt"),
        (
            Family::RestReference,
            "tests/fixtures/renderings/weavy.html",
        ),
        (
            Family::SlackMethods,
            "tests/fixtures/renderings/teamchat.md",
        ),
        (
            Family::EnvelopeRpc,
            "tests/fixtures/corpus/variants/wimi/praftr-scraper-fixture-auth.html",
        ),
        (
            Family::RestByExample,
            "tests/fixtures/corpus/variants/tada/tdclient-smsauth-README.md",
        ),
        (
            Family::Redoc,
            "tests/fixtures/corpus/redoc-html/retailrocket-sps2s.html",
        ),
        (
            Family::Redoc,
            "tests/fixtures/corpus/redoc-text/zuora-workflow-import.txt",
        ),
        (Family::Redoc, "tests/fixtures/corpus/redoc-text/whoop.txt"),
        (
            Family::Reference,
            "tests/fixtures/renderings/pets-sphinx.rst",
        ),
        (
            Family::Reference,
            "tests/fixtures/renderings/pets-asciidoc.adoc",
        ),
    ];
    let jobs = RENDERINGS
        .iter()
        .map(|&(family, file)| {
            let stem = file.rsplit('/').next().unwrap_or(file).replace('.', "_");
            let target: Box<dyn Fn(&str) + Sync> =
                Box::new(move |text: &str| pipeline(family, text));
            (
                format!("fuzz_rendering_{family}_{stem}"),
                source(file),
                target,
            )
        })
        .collect();
    let runs = fuzz_all(jobs);
    assert_eq!(runs.len(), RENDERINGS.len());
    assert!(runs.iter().all(|&n| n > 0), "{runs:?}");
}

/// The spec loader, on mutations of Weavy's spec.
#[test]
#[ignore = "CI's fuzz step runs it: `cargo test -p chatgen-tests --test it fuzz:: -- --ignored`"]
fn fuzz_spec_loader() {
    let seed = std::fs::read_to_string(root().join("spec/weavy.yaml")).unwrap();
    assert!(fuzz("fuzz_spec_loader", &seed, load) > 0);
}
