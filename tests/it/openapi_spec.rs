//! OpenAPI input on real documents (`tests/fixtures/corpus/openapi/`): Oxide's Nexus
//! (OpenAPI 3.0), GitHub's REST API (3.0) and four versions of Slack's Web API (Swagger
//! 2.0). Counts are read from the documents themselves (and match their INDEX.md); every
//! operation must be callable through its generated module.

use std::collections::BTreeSet;

use chatgen_codegen::ApiSpec;
use chatgen_codegen::spec::{AuthScheme, Location, Primitive, Protocol, TypeRef};
use chatgen_tests::root;
use serde_json::Value;
use xtask::diag::{Diagnostic, has_errors};
use xtask::extract::Family;
use xtask::regen::build_spec;

const CORPUS: &str = "tests/fixtures/corpus/openapi";

fn read(doc: &str) -> Value {
    let text = std::fs::read_to_string(root().join(CORPUS).join(doc)).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn import(api: &str, doc: &str) -> (ApiSpec, Vec<Diagnostic>) {
    let path = format!("{CORPUS}/{doc}");
    let (spec, diags) = build_spec(
        Family::OpenApi,
        api,
        &root().join(&path),
        &path,
        &path,
        None,
    )
    .unwrap();
    assert!(!has_errors(&diags), "{diags:#?}");
    (spec, diags)
}

/// Operations of a document: (METHOD, path) of every method of every path item.
fn routes(doc: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, _) in item.as_object().unwrap() {
            if ["get", "put", "post", "delete", "options", "head", "patch"]
                .contains(&method.as_str())
            {
                out.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

fn schema_names(doc: &Value) -> Vec<String> {
    let map = doc
        .pointer("/components/schemas")
        .or_else(|| doc.get("definitions"))
        .and_then(Value::as_object)
        .unwrap();
    map.keys().cloned().collect()
}

/// Every operation of the document is in the spec with its route, every component schema
/// is a named type, and the generated client has a method per operation.
fn assert_complete(spec: &ApiSpec, doc: &Value) {
    let want: BTreeSet<(String, String)> = routes(doc).into_iter().collect();
    let got: BTreeSet<(String, String)> = spec
        .operations
        .iter()
        .map(|o| {
            let r = o.route.as_ref().unwrap();
            (r.method.to_string(), r.path.clone())
        })
        .collect();
    assert_eq!(got, want);
    for name in schema_names(doc) {
        assert!(spec.types.contains_key(&name), "schema {name}");
    }
    // `client.rs`, or `client/mod.rs` and a file per group.
    let client: String = chatgen_codegen::generate_module(spec)
        .unwrap()
        .into_iter()
        .filter(|(file, _)| file.starts_with("client"))
        .map(|(_, text)| text)
        .collect();
    for op in &spec.operations {
        assert!(
            client.contains(&format!("pub async fn {}(", op.id)),
            "{}: no client method",
            op.id
        );
    }
}

#[test]
fn nexus_every_operation_and_schema() {
    let doc = read("oxide-nexus/nexus.json");
    let (spec, _) = import("nexus", "oxide-nexus/nexus.json");
    assert_eq!(routes(&doc).len(), 193, "INDEX.md: 193 operations");
    assert_eq!(schema_names(&doc).len(), 194, "INDEX.md: 194 schemas");
    assert_eq!(spec.operations.len(), 193);
    assert_complete(&spec, &doc);
    assert_eq!(spec.title, "Oxide Region API");
    assert_eq!(spec.version.as_deref(), Some("0.0.1"));
    assert_eq!(spec.protocol, Protocol::rest());
}

#[test]
fn nexus_exact_values() {
    let (spec, _) = import("nexus", "oxide-nexus/nexus.json");
    let op = chatgen_tests::op(&spec, "disk_view_by_id");
    let route = op.route.as_ref().unwrap();
    assert_eq!(
        (route.method.as_str(), route.path.as_str()),
        ("GET", "/by-id/disks/{id}")
    );
    assert_eq!(op.tag.as_deref(), Some("disks"));
    let id = &op.params[0];
    assert_eq!(
        (id.name.as_str(), id.location, id.required),
        ("id", Location::Path, true)
    );
    assert_eq!(id.ty, TypeRef::Primitive(Primitive::Uuid));
    let statuses: Vec<Option<String>> = op.responses.iter().map(|r| r.status_text()).collect();
    assert_eq!(
        statuses,
        [Some("200".into()), Some("4XX".into()), Some("5XX".into())]
    );
    assert_eq!(op.responses[0].ty, Some(TypeRef::Named("Disk".into())));
    assert_eq!(op.responses[1].ty, Some(TypeRef::Named("Error".into())));

    // `Disk`: ten required members; `image_id` is a nullable uuid, not required.
    let disk = &spec.types["Disk"];
    assert_eq!(disk.fields().iter().filter(|f| !f.optional).count(), 10);
    let image = disk.fields().iter().find(|f| f.name == "image_id").unwrap();
    assert!(image.optional && image.nullable);
    assert_eq!(image.ty, TypeRef::Primitive(Primitive::Uuid));

    // Dropshot's `oneOf` of one-value string enums is one string enum.
    let sort: Vec<&str> = spec.types["NameOrIdSortMode"]
        .values()
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(sort, ["name_ascending", "name_descending", "id_ascending"]);
    // `NameOrId` is a uuid or a `Name`.
    let either: Vec<String> = spec.types["NameOrId"]
        .variants()
        .iter()
        .map(|v| v.ty.to_string())
        .collect();
    assert_eq!(either, ["uuid", "Name"]);

    // A form body keeps its media type and its fields.
    let device = chatgen_tests::op(&spec, "device_auth_request");
    let body = device.body.as_ref().unwrap();
    assert_eq!(
        body.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(body.ty, TypeRef::Named("DeviceAuthRequest".into()));
    assert_eq!(
        spec.types["DeviceAuthRequest"].fields()[0].name,
        "client_id"
    );
    assert_eq!(
        device.responses[0].status,
        Some(chatgen_codegen::spec::Status::Default)
    );
}

#[test]
fn github_every_operation_and_schema() {
    let doc = read("github/api.github.com.json");
    let (spec, _) = import("github", "github/api.github.com.json");
    assert_eq!(routes(&doc).len(), 767, "INDEX.md: 767 operations");
    assert_eq!(schema_names(&doc).len(), 299, "INDEX.md: 299 schemas");
    assert_eq!(spec.operations.len(), 767);
    assert_complete(&spec, &doc);
    assert_eq!(spec.base_url.as_deref(), Some("https://api.github.com"));

    let get = chatgen_tests::op(&spec, "repos_get");
    assert_eq!(get.name, "Get a repository");
    assert_eq!(get.route.as_ref().unwrap().path, "/repos/{owner}/{repo}");
    let params: Vec<(&str, Location, bool)> = get
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.location, p.required))
        .collect();
    assert_eq!(
        params,
        [
            ("owner", Location::Path, true),
            ("repo", Location::Path, true)
        ]
    );
    let statuses: Vec<u16> = get.responses.iter().filter_map(|r| r.code()).collect();
    assert_eq!(statuses, [200, 403, 404, 301]);

    let user = &spec.types["simple-user"];
    assert_eq!(user.fields().iter().filter(|f| !f.optional).count(), 18);
    let email = user.fields().iter().find(|f| f.name == "email").unwrap();
    assert!(email.nullable && email.optional);

    // `/markdown/raw` takes text, not JSON.
    let raw = chatgen_tests::op(&spec, "markdown_render_raw");
    assert_eq!(
        raw.body.as_ref().unwrap().content_type.as_deref(),
        Some("text/plain")
    );
}

const SLACK: [(&str, &str, usize); 4] = [
    ("slack_1_0_0", "slack_web_openapi_v2-1.0.0.json", 132),
    ("slack_1_2_0", "slack_web_openapi_v2-1.2.0.json", 140),
    ("slack_1_5_0", "slack_web_openapi_v2-1.5.0.json", 185),
    ("slack_1_7_0", "slack_web_openapi_v2-1.7.0.json", 174),
];

fn methods(spec: &ApiSpec) -> BTreeSet<String> {
    spec.operations
        .iter()
        .map(|o| o.rpc.as_ref().unwrap().target.clone())
        .collect()
}

#[test]
fn slack_versions_every_method() {
    let mut previous: Option<BTreeSet<String>> = None;
    let mut changes = Vec::new();
    for (api, file, count) in SLACK {
        let doc = read(&format!("slack-web-api/{file}"));
        let (spec, _) = import(api, &format!("slack-web-api/{file}"));
        assert_eq!(routes(&doc).len(), count, "{api}: INDEX.md");
        assert_eq!(spec.operations.len(), count, "{api}");
        assert_complete(&spec, &doc);
        let expected = Protocol::form_rpc_per_method().with_failure_flag(
            chatgen_codegen::spec::JsonPointer::member("ok"),
            chatgen_codegen::spec::JsonPointer::member("error"),
        );
        assert_eq!(
            (&spec.protocol.rpc, &spec.protocol.answer),
            (&expected.rpc, &expected.answer),
            "{api}: `ok` envelope"
        );
        assert_eq!(spec.base_url.as_deref(), Some("https://slack.com"));
        assert_eq!(spec.base_path.as_deref(), Some("/api"));
        assert_eq!(spec.auth.scheme, AuthScheme::Token);
        assert_eq!(spec.auth.param.as_deref(), Some("token"));
        let now = methods(&spec);
        if let Some(before) = &previous {
            changes.push((
                now.difference(before).count(),
                before.difference(&now).count(),
            ));
        }
        previous = Some(now);
    }
    // INDEX.md: 13 added and 5 removed, 45 added, 32 added and 43 removed.
    assert_eq!(changes, [(13, 5), (45, 0), (32, 43)]);
}

#[test]
fn slack_method_values() {
    let (spec, _) = import(
        "slack_1_7_0",
        "slack-web-api/slack_web_openapi_v2-1.7.0.json",
    );
    let post = chatgen_tests::op(&spec, "chat_post_message");
    assert_eq!(post.rpc.as_ref().unwrap().target, "chat.postMessage");
    assert_eq!(post.route.as_ref().unwrap().method.as_str(), "POST");
    assert!(
        post.body.is_none(),
        "form fields are parameters of the call"
    );
    assert!(
        post.params.iter().all(|p| p.name != "token"),
        "token is auth"
    );
    let channel = post.params.iter().find(|p| p.name == "channel").unwrap();
    assert!(channel.required);
    assert_eq!(channel.location, Location::Body);
    let list = chatgen_tests::op(&spec, "conversations_list");
    assert_eq!(list.route.as_ref().unwrap().method.as_str(), "GET");
    let limit = list.params.iter().find(|p| p.name == "limit").unwrap();
    assert_eq!(
        (limit.location, &limit.ty),
        (Location::Query, &TypeRef::Primitive(Primitive::Integer))
    );
    assert_eq!(post.auth, None, "chat.postMessage lists a token");
}

#[test]
fn yaml_reads_like_json() {
    let path = root().join(CORPUS).join("oxide-nexus/nexus.json");
    let value: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let yaml = serde_yaml::to_string(&value).unwrap();
    let doc = xtask::read::blocks::Document::parse("nexus.yaml", &yaml);
    let from_yaml = Family::OpenApi.extract(&doc, "nexus", "nexus.yaml").spec;
    let (from_json, _) = import("nexus", "oxide-nexus/nexus.json");
    assert_eq!(from_yaml.operations.len(), from_json.operations.len());
    for (a, b) in from_yaml.operations.iter().zip(&from_json.operations) {
        assert_eq!(
            (&a.id, &a.route, a.params.len()),
            (&b.id, &b.route, b.params.len())
        );
        assert!(a.line > 0, "{}: YAML lines are found", a.id);
    }
    assert_eq!(
        from_yaml.types.keys().collect::<Vec<_>>(),
        from_json.types.keys().collect::<Vec<_>>()
    );
}

#[test]
fn broken_documents_are_errors_not_panics() {
    for text in [
        "",
        "{",
        "openapi: 9.0\n",
        "swagger: '1.2'\n",
        "title: not openapi\n",
        "openapi: 3.1.0\npaths: 7\n",
        "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      parameters: [{$ref: '#/nope'}]\n      responses: {200: {$ref: '#/x'}}\n",
    ] {
        let doc = xtask::read::blocks::Document::parse("t.yaml", text);
        let out = Family::OpenApi.extract(&doc, "t", "t.yaml");
        let _ = out.spec.validate();
    }
    let doc = xtask::read::blocks::Document::parse("t.yaml", "title: x\n");
    let out = Family::OpenApi.extract(&doc, "t", "t.yaml");
    assert!(has_errors(&out.diags));
    assert!(out.diags[0].message.contains("`openapi` or `swagger`"));
}

/// Schemas that loop through references outside `components` (an `allOf` of itself, a
/// property that is its own parent) would recurse without end; past 64 levels the value is
/// kept as any JSON with a warning, and the rest of the document still extracts.
#[test]
fn reference_loops_end_in_a_warning_not_a_stack_overflow() {
    let text = r##"{
 "openapi": "3.0.0",
 "info": {
  "title": "t",
  "version": "1"
 },
 "paths": {
  "/a": {
   "x-loop": {
    "allOf": [
     {
      "$ref": "#/paths/~1a/x-loop"
     }
    ]
   },
   "get": {
    "operationId": "get_a",
    "responses": {
     "200": {
      "description": "ok",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/paths/~1a/x-loop"
        }
       }
      }
     }
    }
   }
  },
  "/b": {
   "get": {
    "operationId": "get_b",
    "responses": {
     "200": {
      "description": "ok",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "self": {
           "$ref": "#/paths/~1b/get/responses/200/content/application~1json/schema"
          }
         }
        }
       }
      }
     }
    }
   }
  }
 }
}"##;
    let doc = xtask::read::blocks::Document::parse("t.json", text);
    let out = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || Family::OpenApi.extract(&doc, "t", "t.json"))
        .unwrap()
        .join()
        .expect("no stack overflow");
    let ids: Vec<&str> = out.spec.operations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["get_a", "get_b"]);
    assert!(
        out.diags
            .iter()
            .any(|d| d.message.contains("deeper than 64 levels")),
        "{:#?}",
        out.diags
    );
}

#[test]
fn response_keys_are_codes_classes_or_default_and_other_keys_are_left_out_with_a_warning() {
    use chatgen_codegen::spec::{Method, Status};
    let text = r#"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
      "paths": {"/a": {
        "get": {"operationId": "get_a", "responses": {
          "200": {"description": "ok"}, "4xx": {"description": "client"},
          "default": {"description": "other"}, "7XX": {"description": "no class"},
          "fine": {"description": "no status"}}},
        "trace": {"operationId": "trace_a", "responses": {"200": {"description": "ok"}}}}}}"#;
    let doc = xtask::read::blocks::Document::parse("t.json", text);
    let out = Family::OpenApi.extract(&doc, "t", "t.json");
    let [get] = out.spec.operations.as_slice() else {
        panic!("one operation: {:?}", out.spec.operations);
    };
    assert_eq!(get.route.as_ref().map(|r| r.method), Some(Method::Get));
    let statuses: Vec<Option<Status>> = get.responses.iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [
            Some(Status::Code(200)),
            Some(Status::Class(4)),
            Some(Status::Default)
        ]
    );
    let warned: Vec<&str> = out.diags.iter().map(|d| d.message.as_str()).collect();
    for said in [
        "a TRACE operation cannot be called by the client",
        "a response key that is no status, class (`2XX`) or `default`",
    ] {
        assert!(
            warned.iter().any(|w| w.starts_with(said)),
            "{said}: {warned:?}"
        );
    }
    assert_eq!(
        warned
            .iter()
            .filter(|w| w.starts_with("a response key"))
            .count(),
        2,
        "{warned:?}"
    );
    let yaml = out.spec.to_yaml();
    assert!(
        yaml.contains("statuses: 4XX") && yaml.contains("statuses: default"),
        "{yaml}"
    );
}
