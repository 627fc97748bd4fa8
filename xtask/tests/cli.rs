//! The command line on a user's own files: extract, then generate; bad input is a clear
//! error with a non-zero exit, never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap()
}

/// An empty scratch directory under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn assert_ok(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `xtask extract --family weavy <doc> -o <spec>`.
fn extract(doc: &Path, spec: &Path) -> Output {
    xtask(&[
        "extract",
        "--family",
        "weavy",
        doc.to_str().unwrap(),
        "-o",
        spec.to_str().unwrap(),
    ])
}

fn weavy_doc() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/sources/weavy-messages.txt")
}

#[test]
fn extract_then_generate_on_a_file_outside_the_repo_layout() {
    let dir = scratch("cli-extract");
    let doc = dir.join("my-api.txt");
    std::fs::copy(weavy_doc(), &doc).unwrap();
    let spec = dir.join("my_api.yaml");
    let out = extract(&doc, &spec);
    assert_ok(&out);
    let yaml = std::fs::read_to_string(&spec).unwrap();
    assert!(yaml.contains("api: my_api"), "api name from the file name");
    assert_eq!(yaml.matches("\n- id: ").count(), 8);

    let module = dir.join("module");
    let out = xtask(&[
        "generate",
        spec.to_str().unwrap(),
        "-o",
        module.to_str().unwrap(),
    ]);
    assert_ok(&out);
    for file in ["mod.rs", "types.rs", "requests.rs", "client.rs"] {
        assert!(module.join(file).exists(), "{file}");
    }
}

#[test]
fn unknown_family_and_missing_file_are_errors() {
    let out = xtask(&["extract", "--family", "slack", "whatever.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "unknown doc family `slack`; known families: rest-reference (or weavy), slack-methods (or teamchat), rest-by-example (or tada), redoc (or messenger), envelope-rpc (or wimi)"
        ),
        "{err}"
    );

    let out = xtask(&["extract", "--family", "weavy", "/nonexistent/doc.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("error: /nonexistent/doc.txt: "), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn a_doc_without_operations_fails_and_writes_nothing() {
    let dir = scratch("cli-empty");
    let doc = dir.join("empty.txt");
    std::fs::write(&doc, "Just a title\nand some prose.\n").unwrap();
    let spec = dir.join("empty.yaml");
    let out = extract(&doc, &spec);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("expected operations (a route `METHOD /path` in a heading"),
        "{err}"
    );
    assert!(!spec.exists());
}

#[test]
fn generate_rejects_an_invalid_spec_with_its_problems() {
    let dir = scratch("cli-bad-spec");
    let spec = dir.join("bad.yaml");
    std::fs::write(&spec, "api: Bad Name\ntitle: T\nsource: s\nfamily: rest-reference\nprotocol: {transport: rest}\nauth: {scheme: none}\noperations: []\n").unwrap();
    let out = xtask(&[
        "generate",
        spec.to_str().unwrap(),
        "-o",
        dir.join("out").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("api name `Bad Name` must be snake_case ASCII"),
        "{err}"
    );
}

#[test]
fn extract_without_family_detects_it_and_says_why() {
    let dir = scratch("cli-detect");
    let spec = dir.join("teamchat.yaml");
    let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/sources/icewarp-teamchat.txt");
    let out = xtask(&[
        "extract",
        doc.to_str().unwrap(),
        "-o",
        spec.to_str().unwrap(),
    ]);
    assert_ok(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("read as family slack-methods (score "),
        "{err}"
    );
    assert!(err.contains("94 `group.method` heading(s)"), "{err}");
    // The reader the profile runs on reads the page too, with nothing of the profile's own.
    assert!(err.contains("; runner-up reference (score "), "{err}");
    assert_eq!(
        std::fs::read_to_string(&spec)
            .unwrap()
            .matches("\n- id: ")
            .count(),
        94
    );

    let prose = dir.join("prose.txt");
    std::fs::write(&prose, "Just a page.\nIt documents nothing at all.\n").unwrap();
    let out = xtask(&["extract", prose.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no documentation family reads this document"),
        "{err}"
    );
    for family in [
        "rest-reference:",
        "slack-methods:",
        "rest-by-example:",
        "redoc:",
        "envelope-rpc:",
    ] {
        assert!(err.contains(family), "{family}: {err}");
    }
}

/// A saved Redoc page is read as rendered by default, and from the OpenAPI document it
/// embeds with `--prefer-embedded`; both find the page's 5 operations (its
/// `retailrocket-sps2s.openapi.json` has 5 path+method pairs).
#[test]
fn a_redoc_page_is_read_as_rendered_or_from_its_embedded_document() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/corpus/redoc-html/retailrocket-sps2s.html");
    let dir = scratch("cli-embedded");
    for (flag, family) in [
        (None, "family: redoc"),
        (Some("--prefer-embedded"), "family: openapi"),
    ] {
        let spec = dir.join("sps2s.yaml");
        let mut args = vec![
            "extract",
            page.to_str().unwrap(),
            "-o",
            spec.to_str().unwrap(),
        ];
        args.extend(flag);
        let out = xtask(&args);
        assert_ok(&out);
        let yaml = std::fs::read_to_string(&spec).unwrap();
        assert!(yaml.contains(family), "{flag:?}: {yaml}");
        assert_eq!(yaml.matches("\n- id: ").count(), 5, "{flag:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr.contains("reading the OpenAPI document the page embeds"),
            flag.is_some(),
            "{stderr}"
        );
    }
}

/// A failed extract prints each diagnostic once, with its own severity: the page's warning
/// as `warning:` (never `error: warning:`), each override error as `error:`, then the count.
/// The page (`finds/weavy/api-reference-users.txt`) ends inside its List users sample, at
/// `"count": "int` (line 99); the bad override names `send_fax` and `list_messages`, which
/// the page does not have.
#[test]
fn a_failed_extract_prints_each_diagnostic_once_with_its_severity() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let doc = root.join("tests/fixtures/corpus/finds/weavy/api-reference-users.txt");
    let overrides = root.join("tests/fixtures/weavy-override-bad.yaml");
    let dir = scratch("cli-failed-with-warning");
    let spec = dir.join("users.yaml");
    let out = xtask(&[
        "extract",
        "--family",
        "weavy",
        doc.to_str().unwrap(),
        "--overrides",
        overrides.to_str().unwrap(),
        "-o",
        spec.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!spec.exists());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("error: warning:"), "{err}");
    assert!(!err.contains("error: error:"), "{err}");
    let warning = "warning: expected closing `\"` in a response example";
    assert_eq!(err.matches(warning).count(), 1, "{err}");
    assert!(err.contains("api-reference-users.txt:99:1"), "{err}");
    for op in ["send_fax", "list_messages"] {
        let line = format!("error: override names operation `{op}`");
        assert_eq!(err.matches(&line).count(), 1, "{op}: {err}");
    }
    assert!(
        err.trim_end()
            .ends_with("error: 2 error(s); nothing was written"),
        "{err}"
    );
    assert_eq!(err.matches("nothing was written").count(), 1, "{err}");
}

/// A page that extracts with warnings prints them as `warning:` and writes the spec.
#[test]
fn warnings_of_a_successful_extract_print_as_warnings() {
    let doc = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/corpus/finds/weavy/api-reference-users.txt");
    let dir = scratch("cli-warning-only");
    let spec = dir.join("users.yaml");
    let out = extract(&doc, &spec);
    assert_ok(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("warning: expected closing `\"` in a response example"),
        "{err}"
    );
    assert!(!err.contains("error"), "{err}");
    assert!(spec.exists());
}

/// `extract --root`: a document whose `$ref`s reach above its folder is refused with the
/// error at the reference, then read with the root named; a folder of OpenAPI documents is
/// one API.
#[test]
fn extract_a_split_openapi_document_with_its_root() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = scratch("cli-openapi-root");
    let spec = dir.join("pets.yaml");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .current_dir(&repo)
            .args(args)
            .output()
            .unwrap()
    };
    let doc = "tests/fixtures/openapi-multi/rooted/api/openapi.yaml";
    let out = run(&["extract", doc, "-o", spec.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!spec.exists());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: reference `../definitions/pet.yaml` leads outside the root folder `tests/fixtures/openapi-multi/rooted/api`"),
        "{err}"
    );
    assert!(err.contains(&format!("--> {doc}:17")), "{err}");

    let out = run(&[
        "extract",
        doc,
        "--root",
        "tests/fixtures/openapi-multi/rooted",
        "-o",
        spec.to_str().unwrap(),
    ]);
    assert_ok(&out);
    let yaml = std::fs::read_to_string(&spec).unwrap();
    assert!(
        yaml.contains("    file: ../definitions/pet.yaml\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("    file: ../definitions/tag.json\n"),
        "{yaml}"
    );

    let folder = dir.join("chat.yaml");
    let out = run(&[
        "extract",
        "tests/fixtures/openapi-multi/folder",
        "-o",
        folder.to_str().unwrap(),
    ]);
    assert_ok(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("4 operation(s) from the folder's documents"),
        "{err}"
    );
    let yaml = std::fs::read_to_string(&folder).unwrap();
    assert_eq!(yaml.matches("\n- id: ").count(), 4);
}
