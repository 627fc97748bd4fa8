//! `export-openapi`: every spec, exported as OpenAPI 3.1 and imported again by the `openapi`
//! family, is the spec that was exported (the five doc-derived APIs, the real OpenAPI
//! documents, the parameter-style fixtures and the hostile one); the checked-in exports are
//! fresh (`regen --check`).

use chatgen_codegen::ApiSpec;
use chatgen_tests::root;
use xtask::diag::has_errors;
use xtask::export_openapi::export;
use xtask::extract::Family;
use xtask::normalise::normalise;
use xtask::read::blocks::Document;
use xtask::regen::build_spec;

/// Exports `spec`, imports the export, and asserts the two specs are equal (but for the
/// source, which is now the export, and the family that read it).
fn assert_round_trip(spec: &ApiSpec) {
    let exported = export(spec);
    let text = exported.to_json();
    let doc = Document::parse("export.json", &text);
    let extracted = Family::OpenApi.extract(&doc, &spec.api, "export.json");
    let mut diags = extracted.diags;
    let mut back = normalise(extracted.spec, None, &mut diags);
    assert!(!has_errors(&diags), "{}: {diags:#?}", spec.api);
    assert_eq!(back.family, chatgen_codegen::spec::Family::OpenApi);
    back.family.clone_from(&spec.family);
    back.source.clone_from(&spec.source);
    if back != *spec {
        let (a, b) = (spec.to_yaml(), back.to_yaml());
        let diff = similar_lines(&a, &b);
        panic!("{}: the import of the export differs:\n{diff}", spec.api);
    }
}

fn similar_lines(a: &str, b: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let first = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let from = first.saturating_sub(8);
    format!(
        "exported (line {first}):\n{}\nimported:\n{}",
        a[from..(first + 4).min(a.len())].join("\n"),
        b[from..(first + 4).min(b.len())].join("\n")
    )
}

#[test]
fn the_five_apis_round_trip() {
    for api in ["weavy", "teamchat", "messenger", "tada", "wimi"] {
        assert_round_trip(&chatgen_tests::spec(api));
    }
}

#[test]
fn openapi_documents_round_trip() {
    for (api, doc) in [
        (
            "nexus",
            "tests/fixtures/corpus/openapi/oxide-nexus/nexus.json",
        ),
        (
            "github",
            "tests/fixtures/corpus/openapi/github/api.github.com.json",
        ),
        (
            "slack_1_0_0",
            "tests/fixtures/corpus/openapi/slack-web-api/slack_web_openapi_v2-1.0.0.json",
        ),
        (
            "slack_1_7_0",
            "tests/fixtures/corpus/openapi/slack-web-api/slack_web_openapi_v2-1.7.0.json",
        ),
        ("openapi", "tests/fixtures/hostile/openapi.txt"),
        ("styles_openapi", "tests/fixtures/styles/openapi-3.1.yaml"),
        ("styles_swagger", "tests/fixtures/styles/swagger-2.0.json"),
    ] {
        let (spec, _) =
            build_spec(Family::OpenApi, api, &root().join(doc), doc, doc, None).unwrap();
        assert_round_trip(&spec);
    }
}

#[test]
fn the_export_is_openapi_and_says_what_only_extensions_carry() {
    let spec = chatgen_tests::spec("weavy");
    let out = export(&spec);
    let doc = &out.document;
    assert_eq!(doc["openapi"], "3.1.0");
    let ops = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|item| item.as_object().unwrap().len())
        .sum::<usize>();
    assert_eq!(ops, spec.operations.len());
    let get = &doc["paths"]["/api/messages/{id}"]["get"];
    assert_eq!(get["operationId"], "get_message");
    assert_eq!(
        get["x-source-line"],
        spec.operations
            .iter()
            .find(|o| o.id == "get_message")
            .unwrap()
            .line
    );
    assert!(
        out.extension_only
            .iter()
            .any(|k| k.contains("x-chatgen-examples"))
    );
    let teamchat = export(&chatgen_tests::spec("teamchat"));
    assert!(
        teamchat
            .extension_only
            .iter()
            .any(|k| k.contains("wire protocol"))
    );
    assert_eq!(
        teamchat.document["paths"]["/x-chatgen/channels_create"]["post"]["x-chatgen-rpc"],
        "channels.create"
    );
}
