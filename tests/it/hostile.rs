//! Hostile documents, one per family (`tests/fixtures/hostile/`): keyword, digit, dash, dot,
//! `$`, Cyrillic and emoji names, names that collide after case conversion, doc text with
//! `*/`, `"]`, backticks, HTML and `#[`, broken JSON, duplicated and empty sections. Each
//! extracts with warnings only; its generated module (in `tests/src/hostile/`) is compiled
//! with the crate, and every wire name survives into the generated code.

use chatgen_codegen::ApiSpec;
use chatgen_codegen::spec::Location;
use chatgen_tests::root;
use xtask::diag::{Diagnostic, has_errors};
use xtask::extract::Family;
use xtask::regen::build_spec;

fn hostile(family: Family) -> (ApiSpec, Vec<Diagnostic>) {
    let name = family.alias();
    let doc = format!("tests/fixtures/hostile/{name}.txt");
    build_spec(family, name, &root().join(&doc), &doc, &doc, None).unwrap()
}

fn generated(family: Family, file: &str) -> String {
    std::fs::read_to_string(root().join(format!("tests/src/hostile/{}/{file}", family.alias())))
        .unwrap()
}

/// Every field of every named type keeps its wire name: as the field itself or in a
/// `#[serde(rename = …)]`; every parameter's wire name is in the request code.
fn assert_wire_names_kept(family: Family, spec: &ApiSpec) {
    let types = generated(family, "types.rs");
    for (name, def) in &spec.types {
        for f in def.fields() {
            let renamed = types.contains(&format!("rename = {:?}", f.name));
            let as_is = types.contains(&format!("pub {}:", f.name));
            assert!(
                renamed || as_is,
                "{family}: field `{}` of `{name}` lost its wire name",
                f.name
            );
        }
    }
    let code = generated(family, "requests.rs") + &generated(family, "client.rs");
    for op in &spec.operations {
        for p in op
            .params
            .iter()
            .filter(|p| p.location != Location::Body || op.body.is_none())
        {
            let path_param = p.location == Location::Path;
            let kept = code.contains(&format!("{:?}", p.name))
                || code.contains(&format!("pub {}:", p.name))
                || (path_param && code.contains(&format!("{{{}}}", p.name)));
            assert!(
                kept || op.route.is_none() && op.rpc.is_none(),
                "{family}: parameter `{}` of `{}` lost its wire name",
                p.name,
                op.id
            );
        }
    }
}

fn messages(diags: &[Diagnostic]) -> Vec<String> {
    diags
        .iter()
        .map(|d| format!("{}: {}", d.line, d.message))
        .collect()
}

#[test]
fn every_family_survives_its_hostile_document() {
    for family in Family::ALL {
        let (spec, diags) = hostile(family);
        assert!(!has_errors(&diags), "{family}: {:#?}", messages(&diags));
        assert!(
            !diags.is_empty(),
            "{family}: a hostile document gives warnings"
        );
        assert!(!spec.operations.is_empty(), "{family}");
        assert_wire_names_kept(family, &spec);
        let ids: std::collections::BTreeSet<&str> =
            spec.operations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids.len(), spec.operations.len(), "{family}: ids are unique");
    }
}

#[test]
fn duplicates_are_renamed_and_said() {
    let (weavy, diags) = hostile(Family::RestReference);
    assert_eq!(
        weavy
            .operations
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>(),
        ["type", "type_2", "empty_sections"]
    );
    assert!(
        messages(&diags)
            .iter()
            .any(|m| m.contains("operation id `type` is taken by `type`"))
    );
    // A method headed again under the same part (`2.4. self.type`, "Documented twice."):
    // one operation, both sections read, said.
    let (teamchat, diags) = hostile(Family::SlackMethods);
    let self_type: Vec<_> = teamchat
        .operations
        .iter()
        .filter(|o| o.id.starts_with("self_type"))
        .collect();
    assert_eq!(self_type.len(), 1);
    assert!(self_type[0].params.iter().any(|p| p.name == "x"));
    assert!(
        messages(&diags)
            .iter()
            .any(|m| m.contains("`2.4. self.type` is documented again here"))
    );
    assert!(
        messages(&diags)
            .iter()
            .any(|m| m.contains("gap: 2.2 missing"))
    );
    let (wimi, _) = hostile(Family::EnvelopeRpc);
    assert!(
        wimi.operations.iter().any(|o| o.id == "a_b_type_2"),
        "`a.b.Type` and `a.b.type` collide"
    );
}

#[test]
fn hostile_names_round_trip_through_generated_types() {
    use chatgen_tests::hostile::weavy::types::TypeResponse;
    let json = serde_json::json!({
        "type": "t", "Self": 1, "crate": true, "super": "s", "getList": "a", "get_list": "b", "GetList": "c",
        "2fa": false, "a-b": "d", "a b": "e", "a.b": "f", "$ref": "g", "имя": "h", "🙂": "i",
        "nested": {"self": 2, "type": "u"}
    });
    let typed: TypeResponse = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), json);
    assert_eq!(
        (
            typed.type_.as_str(),
            typed.self_,
            typed.get_list.as_str(),
            typed.get_list_2.as_str(),
            typed.get_list_3.as_str()
        ),
        ("t", 1, "a", "b", "c")
    );
    assert!(typed.async_.is_none(), "`async?` is optional and renamed");
}

#[test]
fn hostile_doc_text_is_escaped_in_rustdoc() {
    let client = generated(Family::RestReference, "client.rs");
    let escaped =
        r#"/// Doc text \*/ with "\] and \<script\>alert(1)\</script\> and \#\[derive(Debug)\]"#;
    assert!(client.contains(escaped), "doc text is escaped for rustdoc");
    assert!(!client.contains("<script>"), "no raw HTML reaches rustdoc");
}

/// The diagnostics of each hostile document as a reader sees them (rustc-style, file, line,
/// column, the source line marked): UI snapshots, checked in nowhere else.
#[test]
fn hostile_diagnostics_render_like_rustc() {
    for family in Family::ALL {
        let (_, diags) = hostile(family);
        let text: Vec<String> = diags.iter().map(ToString::to_string).collect();
        insta::assert_snapshot!(
            format!("hostile_diagnostics_{}", family.alias()),
            text.join("\n\n")
        );
    }
}

/// The reference reader's hostile page (`tests/fixtures/hostile/reference.txt`): a route in
/// prose, an example call with a host, a concrete id and a query string under a heading of
/// its own, and a route cut inside its placeholder give no operation; odd names keep their
/// wire names; marks after a name (`?`, `*`) and a `?type` say optional, required, nullable.
#[test]
fn reference_hostile_page_invents_nothing() {
    let (spec, _) = hostile(Family::Reference);
    let ops: Vec<(&str, String)> = spec
        .operations
        .iter()
        .map(|o| {
            let r = o.route.as_ref().unwrap();
            (o.id.as_str(), format!("{} {}", r.method, r.path))
        })
        .collect();
    assert_eq!(
        ops,
        [
            ("type", "GET /api/type/{self}".to_string()),
            ("create_a_type", "POST /api/type/{type_id}".to_string()),
            ("curl_only", "POST /api/curl/{item_id}/things".to_string()),
            ("duplicate", "DELETE /api/type/{self}/things".to_string()),
            ("duplicate_2", "DELETE /api/type/{self}/other".to_string()),
        ]
    );
    let get = &spec.operations[0];
    let names: Vec<&str> = get.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["self", "$top", "get-list", "2fa", "имя", "a.b"]);
    let statuses: Vec<Option<u16>> = get.responses.iter().map(|r| r.code()).collect();
    assert_eq!(statuses, [Some(200), Some(404)]);
    let create = &spec.operations[1];
    let body = create.body.as_ref().unwrap().ty.to_string();
    let fields: Vec<(&str, bool, bool)> = spec.types[&body]
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), f.optional, f.nullable))
        .collect();
    assert_eq!(
        fields,
        [
            ("async", true, false),
            ("fn", false, false),
            ("in", false, true),
            // A row of a parameter table is a field even when its name is not a wire
            // name a bullet would give: kept (nothing the page lists is lost).
            ("a b", true, false)
        ]
    );
}
