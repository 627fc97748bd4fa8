//! Overrides: merged over the extraction, visible in the spec and rustdoc, and wrong ones
//! are clear errors.

use std::path::Path;

use chatgen_tests::root;
use xtask::extract::Family;
use xtask::regen::build_spec;

fn build(overrides: &str) -> (chatgen_codegen::ApiSpec, Vec<xtask::diag::Diagnostic>) {
    let root = root();
    build_spec(
        Family::RestReference,
        "weavy",
        &root.join("spec/sources/weavy-messages.txt"),
        "spec/sources/weavy-messages.txt",
        "sources/weavy-messages.txt",
        Some(&root.join("tests/fixtures").join(overrides)),
    )
    .unwrap()
}

#[test]
fn override_facts_are_merged_and_marked() {
    let (spec, diags) = build("weavy-override.yaml");
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(spec.base_url.as_deref(), Some("https://weavy.example.com"));
    assert_eq!(spec.from_override, ["base_url"]);
    let list = spec
        .operations
        .iter()
        .find(|o| o.id == "list_messages")
        .unwrap();
    let q = list.params.iter().find(|p| p.name == "q").unwrap();
    assert_eq!(q.doc.as_deref(), Some("Full-text search query."));
    assert_eq!(q.from_override, ["doc"]);
    let top = list.params.iter().find(|p| p.name == "top").unwrap();
    assert_eq!(top.default, Some(serde_json::json!(25)));
    let message = &spec.types["Message"];
    let created = message
        .fields()
        .iter()
        .find(|f| f.name == "created_at")
        .unwrap();
    assert_eq!(created.ty.to_string(), "datetime");
    assert_eq!(created.from_override, ["type"]);
    let yaml = spec.to_yaml();
    assert!(
        yaml.contains("from_override:\n    - base_url")
            || yaml.contains("from_override:\n- base_url"),
        "{yaml}"
    );
    let code = chatgen_codegen::generate_module(&spec).unwrap();
    assert!(code["requests.rs"].contains("From spec/overrides: doc."));
    assert!(code["requests.rs"].contains("the server's default is `25`"));
}

#[test]
fn an_override_naming_an_unknown_operation_is_an_error() {
    let (_, diags) = build("weavy-override-bad.yaml");
    let text: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert!(xtask::diag::has_errors(&diags));
    assert!(
        text.iter()
            .any(|d| d.contains("override names operation `send_fax`")),
        "{text:#?}"
    );
    assert!(
        text.iter().any(|d| d
            .contains("adds parameter `since` to `list_messages`: expected both `in` and `type`")),
        "{text:#?}"
    );
}

#[test]
fn malformed_override_yaml_names_file_and_line() {
    let (_, diags) = build("weavy-override-malformed.yaml");
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0].line, 3);
    assert!(diags[0].file.ends_with("weavy-override-malformed.yaml"));
    assert!(
        diags[0].message.contains("unknown field `rout`"),
        "{}",
        diags[0].message
    );
}

#[test]
fn unknown_family_and_unreadable_file_are_clear_errors() {
    let err = "slack".parse::<Family>().unwrap_err();
    assert_eq!(
        err,
        "unknown doc family `slack`; known families: rest-reference (or weavy), slack-methods (or teamchat), rest-by-example (or tada), redoc (or messenger), envelope-rpc (or wimi), openapi (or openapi), reference (or reference)"
    );
    let err = build_spec(
        Family::RestReference,
        "x",
        Path::new("/nonexistent/doc.txt"),
        "doc.txt",
        "doc.txt",
        None,
    )
    .unwrap_err();
    assert!(
        err.to_string().starts_with("/nonexistent/doc.txt: "),
        "{err}"
    );
}
