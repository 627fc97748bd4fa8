//! OpenAPI documents split over several files (`tests/fixtures/openapi-multi/`, see its
//! INDEX.md): `$ref`s to JSON and YAML files, with and without a fragment, chains and
//! cycles across files, the root folder reading stays in, refused references, a folder of
//! documents read as one API, and the Matrix Identity Service API as published. Every
//! expected count, name, line and message is written by hand from the fixture files.

use std::collections::BTreeSet;

use chatgen_codegen::ApiSpec;
use chatgen_codegen::spec::{AuthScheme, Location, Primitive, TypeRef};
use chatgen_tests::root;
use xtask::diag::{Diagnostic, Severity};
use xtask::extract::Family;
use xtask::read::blocks::Document;
use xtask::regen::{build_spec_from_dir, build_spec_in};

const DIR: &str = "tests/fixtures/openapi-multi";

/// Reads `doc` (a file or a folder, relative to the fixtures) as OpenAPI, with `root`
/// (relative to the fixtures) when given.
fn import(doc: &str, root_dir: Option<&str>) -> (ApiSpec, Vec<Diagnostic>) {
    let path = format!("{DIR}/{doc}");
    let tree = root_dir.map(|r| root().join(DIR).join(r));
    build_spec_in(
        Family::OpenApi,
        "split",
        &root().join(&path),
        tree.as_deref(),
        &path,
        &path,
        None,
    )
    .unwrap()
}

/// Each operation's id, the file it is defined in (when not the document itself) and line.
fn ops_with_files(spec: &ApiSpec) -> Vec<(&str, Option<&str>, u32)> {
    spec.operations
        .iter()
        .map(|o| (o.id.as_str(), o.file.as_deref(), o.line))
        .collect()
}

fn named(name: &str) -> TypeRef {
    TypeRef::Named(name.to_string())
}

fn list_of(name: &str) -> TypeRef {
    TypeRef::List(Box::new(named(name)))
}

/// (severity, file, line, message) of every diagnostic.
fn summary(diags: &[Diagnostic]) -> Vec<(Severity, String, u32, String)> {
    diags
        .iter()
        .map(|d| (d.severity, d.file.clone(), d.line, d.message.clone()))
        .collect()
}

fn field<'a>(spec: &'a ApiSpec, ty: &str, name: &str) -> &'a TypeRef {
    &spec.types[ty]
        .fields()
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {ty}.{name}"))
        .ty
}

/// The tree's one warning is inside another file, and names it, its line and its pointer;
/// a path item of its own file gives two operations, whose lines are that file's.
#[test]
fn references_to_other_files_are_followed() {
    let (spec, diags) = import("tree/openapi.yaml", None);
    assert_eq!(
        summary(&diags),
        [(
            Severity::Warning,
            format!("{DIR}/tree/cycle/edge.json"),
            5,
            "`not` cannot be expressed; the value is kept as any JSON (at `#/properties/label`)"
                .to_string()
        )]
    );

    // A path item of its own file gives two operations, whose lines are that file's.
    let ops = ops_with_files(&spec);
    assert_eq!(
        ops,
        [
            ("list_users", Some("paths/users.yaml"), 2),
            ("create_user", Some("paths/users.yaml"), 13),
            ("get_user", None, 11),
            ("get_chain", None, 25),
            ("get_node", None, 35),
        ]
    );
}

/// One named type per schema of another file, however many references reach it, with the
/// file and line it comes from.
#[test]
fn a_schema_of_another_file_is_one_named_type() {
    let (spec, _) = import("tree/openapi.yaml", None);
    let types: Vec<(&str, Option<&str>, Option<u32>)> = spec
        .types
        .iter()
        .map(|(n, d)| (n.as_str(), d.file.as_deref(), d.line))
        .collect();
    assert_eq!(
        types,
        [
            ("Edge", Some("cycle/edge.json"), Some(1)),
            ("End", Some("chain/c.yaml"), Some(2)),
            ("Error", Some("common.json"), Some(21)),
            ("Local", None, Some(48)),
            ("Node", Some("cycle/node.yaml"), Some(1)),
            ("Profile", Some("schemas/profile.json"), Some(1)),
            ("User", Some("schemas/user.yaml"), Some(1)),
        ]
    );
}

/// References from path item files, fragments of JSON files, chains over three files and
/// cycles across files resolve to the named types; the generated module says where an
/// undescribed type is defined.
#[test]
fn references_across_files_resolve_to_the_named_types() {
    let (spec, _) = import("tree/openapi.yaml", None);
    let op = |id: &str| spec.operations.iter().find(|o| o.id == id).unwrap();
    // Whole-file YAML schema from a path item file (`../schemas/user.yaml`) and from the
    // document (`schemas/user.yaml`): the same type.
    assert_eq!(op("list_users").responses[0].ty, Some(list_of("User")));
    assert_eq!(op("create_user").body.as_ref().unwrap().ty, named("User"));
    assert_eq!(op("create_user").responses[0].ty, Some(named("User")));
    assert_eq!(op("get_user").responses[0].ty, Some(named("User")));
    assert_eq!(field(&spec, "Local", "owner"), &named("User"));
    // A parameter and a response by fragment of a JSON file; the response's schema is a
    // local reference of that file (`#/schemas/Error`).
    let id = &op("get_user").params[0];
    assert_eq!(
        (id.name.as_str(), id.location, &id.ty, id.line),
        (
            "id",
            Location::Path,
            &TypeRef::Primitive(Primitive::String),
            Some(14)
        )
    );
    assert_eq!(
        (
            op("get_user").responses[1].code(),
            &op("get_user").responses[1].ty
        ),
        (Some(404), &Some(named("Error")))
    );
    // The chain a.yaml -> b.json -> c.yaml#/definitions/End ends in one type named by the
    // fragment.
    assert_eq!(op("get_chain").responses[0].ty, Some(named("End")));
    assert_eq!(
        field(&spec, "End", "depth"),
        &TypeRef::Primitive(Primitive::Integer)
    );
    // Cycles across files: User <-> Profile (the component that forwards to
    // profile.json names it), Node <-> Edge.
    assert_eq!(field(&spec, "User", "profile"), &named("Profile"));
    assert_eq!(field(&spec, "Profile", "owner"), &named("User"));
    assert_eq!(field(&spec, "Local", "profile"), &named("Profile"));
    assert_eq!(op("get_node").responses[0].ty, Some(named("Node")));
    assert_eq!(field(&spec, "Node", "edge"), &named("Edge"));
    assert_eq!(field(&spec, "Edge", "to"), &named("Node"));
    // The generated module says where an undescribed type is defined.
    let types_rs: String = chatgen_codegen::generate_module(&spec)
        .unwrap()
        .into_iter()
        .filter(|(f, _)| f.starts_with("types"))
        .map(|(_, t)| t)
        .collect();
    assert!(
        types_rs.contains("/// `Node`, defined at line 1 of `cycle/node.yaml`."),
        "{types_rs}"
    );
}

#[test]
fn a_document_read_as_text_warns_at_each_file_it_cannot_read() {
    let path = format!("{DIR}/tree/openapi.yaml");
    let text = std::fs::read_to_string(root().join(&path)).unwrap();
    let out = Family::OpenApi.extract(&Document::parse(path.as_str(), &text), "split", &path);
    let warned: Vec<(u32, String)> = out
        .diags
        .iter()
        .map(|d| {
            assert_eq!(
                (d.severity, d.file.as_str()),
                (Severity::Warning, path.as_str())
            );
            (d.line, d.message.split(',').next().unwrap().to_string())
        })
        .collect();
    let not_read = |r: &str| format!("reference `{r}` names another file");
    // One warning per file named, at the line of its first `$ref`, none for the other
    // references to the same file, no "does not resolve" on top; the path parameter given by
    // `common.json` is missing, so its placeholder is taken as text.
    assert_eq!(
        warned,
        [
            (9, not_read("paths/users.yaml")),
            (
                11,
                "path placeholder `{id}` has no parameter; it is taken as text (at `#/paths/~1users~1{id}/get`)"
                    .to_string()
            ),
            (14, not_read("common.json#/parameters/Id")),
            (21, not_read("schemas/user.yaml")),
            (33, not_read("chain/a.yaml")),
            (43, not_read("cycle/node.yaml")),
            (47, not_read("schemas/profile.json")),
        ]
    );
    // The path item of another file is left out; the other three operations are read.
    assert_eq!(out.spec.operations.len(), 3);
}

#[test]
fn a_reference_above_the_documents_folder_needs_a_root() {
    let (_, diags) = import("rooted/api/openapi.yaml", None);
    assert_eq!(
        summary(&diags),
        [(
            Severity::Error,
            format!("{DIR}/rooted/api/openapi.yaml"),
            17,
            format!(
                "reference `../definitions/pet.yaml` leads outside the root folder `{DIR}/rooted/api`; files are read under it only (a higher root is named with `--root`) (at `#/paths/~1pets/get/responses/200/content/application~1json/schema/items`)"
            )
        )]
    );

    let (spec, diags) = import("rooted/api/openapi.yaml", Some("rooted"));
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(spec.operations.len(), 1);
    assert_eq!(spec.operations[0].responses[0].ty, Some(list_of("Pet")));
    let names: Vec<&String> = spec.types.keys().collect();
    assert_eq!(names, ["Pet", "Tag"]);
    assert_eq!(
        spec.types["Pet"].file.as_deref(),
        Some("../definitions/pet.yaml")
    );
    assert_eq!(field(&spec, "Pet", "tag"), &named("Tag"));
    let tag = &spec.types["Tag"];
    let values: Vec<&str> = tag.values().iter().map(|v| v.value.as_str()).collect();
    assert_eq!(
        (values, tag.file.as_deref()),
        (vec!["cat", "dog"], Some("../definitions/tag.json"))
    );
}

#[test]
fn urls_and_paths_out_of_the_root_are_refused_where_they_are_written() {
    let (spec, diags) = import("refused/openapi.yaml", None);
    let doc = format!("{DIR}/refused/openapi.yaml");
    let at = |path: &str| {
        format!(" (at `#/paths/~1{path}/get/responses/200/content/application~1json/schema`)")
    };
    let url = "is a URL: references are read from files under the root folder only, never from the network";
    let outside = format!(
        "leads outside the root folder `{DIR}/refused`; files are read under it only (a higher root is named with `--root`)"
    );
    assert_eq!(
        summary(&diags),
        [
            (
                Severity::Error,
                doc.clone(),
                15,
                format!(
                    "reference `https://example.com/schemas/thing.yaml` {url}{}",
                    at("url")
                )
            ),
            (
                Severity::Error,
                doc.clone(),
                25,
                format!(
                    "reference `//example.com/thing.json#/Thing` {url}{}",
                    at("host")
                )
            ),
            (
                Severity::Error,
                doc.clone(),
                35,
                format!(
                    "reference `../tree/schemas/user.yaml` {outside}{}",
                    at("escape")
                )
            ),
            (
                Severity::Error,
                doc.clone(),
                55,
                format!(
                    "reference `sub/missing.yaml`: file `{DIR}/refused/sub/missing.yaml` does not exist{}",
                    at("missing")
                )
            ),
            // A file read for the document refers out of the root: its own line and pointer.
            (
                Severity::Error,
                format!("{DIR}/refused/sub/inner.json"),
                5,
                format!(
                    "reference `../../rooted/definitions/pet.yaml` {outside} (at `#/properties/away`)"
                )
            ),
        ]
    );
    // The operations are read all the same (the refused schemas as any JSON).
    assert_eq!(spec.operations.len(), 5);

    // Read as a folder of documents (`sub/inner.json` is not one), the same errors.
    let path = format!("{DIR}/refused");
    let (_, in_folder) = build_spec_from_dir(
        None,
        "refused",
        &root().join(&path),
        None,
        &path,
        &path,
        None,
    )
    .unwrap();
    assert_eq!(summary(&in_folder), summary(&diags));
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_root_is_refused() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi-symlink");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("api")).unwrap();
    std::fs::write(
        dir.join("outside.yaml"),
        "type: object\nproperties:\n  x:\n    type: string\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("../outside.yaml", dir.join("api/link.yaml")).unwrap();
    let text = "openapi: 3.0.3\ninfo:\n  title: Link\n  version: '1'\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: x\n          content:\n            application/json:\n              schema:\n                $ref: link.yaml\n";
    std::fs::write(dir.join("api/openapi.yaml"), text).unwrap();
    let (_, diags) = build_spec_in(
        Family::OpenApi,
        "link",
        &dir.join("api/openapi.yaml"),
        None,
        "api/openapi.yaml",
        "api/openapi.yaml",
        None,
    )
    .unwrap();
    assert_eq!(
        summary(&diags),
        [(
            Severity::Error,
            "api/openapi.yaml".to_string(),
            14,
            "reference `link.yaml` leads outside the root folder `api`; files are read under it only (a higher root is named with `--root`) (through a symbolic link) (at `#/paths/~1x/get/responses/200/content/application~1json/schema`)".to_string()
        )]
    );
}

#[test]
fn a_folder_of_documents_is_one_api() {
    let path = format!("{DIR}/folder");
    // Detected (each document is OpenAPI) and forced give the same API.
    for family in [None, Some(Family::OpenApi)] {
        let (spec, diags) = build_spec_from_dir(
            family,
            "chat",
            &root().join(&path),
            None,
            &path,
            &path,
            None,
        )
        .unwrap();
        // Documents in name order: channels.json, then messages.yaml; both say `list`.
        assert_eq!(
            summary(&diags),
            [(
                Severity::Warning,
                format!("{path}/messages.yaml"),
                9,
                "operation id `list` is taken by an operation of channels.json (line 7); `list` gets `list_2`"
                    .to_string()
            )]
        );
        let ops = ops_with_files(&spec);
        assert_eq!(
            ops,
            [
                ("list", Some("channels.json"), 7),
                ("channel_messages", Some("channels.json"), 22),
                ("list_2", Some("messages.yaml"), 9),
                ("send", Some("messages.yaml"), 20),
            ]
        );
        // The shared message (and the user it refers to) once, for both documents.
        let types: Vec<(&str, Option<&str>)> = spec
            .types
            .iter()
            .map(|(n, d)| (n.as_str(), d.file.as_deref()))
            .collect();
        assert_eq!(
            types,
            [
                ("Channel", Some("channels.json")),
                ("Message", Some("shared/message.yaml")),
                ("User", Some("shared/user.json")),
            ]
        );
        let answers: Vec<Option<&TypeRef>> = spec
            .operations
            .iter()
            .map(|o| o.responses[0].ty.as_ref())
            .collect();
        assert_eq!(
            answers,
            [
                Some(&list_of("Channel")),
                Some(&list_of("Message")),
                Some(&list_of("Message")),
                None
            ]
        );
        assert_eq!(field(&spec, "Channel", "last"), &named("Message"));
        assert_eq!(field(&spec, "Message", "author"), &named("User"));
        assert_eq!(
            spec.operations[3].body.as_ref().unwrap().ty,
            named("Message")
        );
        // The security scheme is a reference to a shared file.
        assert_eq!(spec.auth.scheme, AuthScheme::Bearer);
        assert_eq!(
            spec.base_url.as_deref(),
            Some("https://chat.example.com/api")
        );
    }
}

/// The Matrix Identity Service API's operations, per document, as the fixture's INDEX.md
/// lists them (counted by a separate script, not by the reader).
const MATRIX: [(&str, &str, &str); 23] = [
    ("v2_associations.yaml", "GET", "/3pid/getValidated3pid"),
    ("v2_associations.yaml", "POST", "/3pid/bind"),
    ("v2_associations.yaml", "POST", "/3pid/unbind"),
    ("v2_auth.yaml", "POST", "/account/register"),
    ("v2_auth.yaml", "GET", "/account"),
    ("v2_auth.yaml", "POST", "/account/logout"),
    (
        "v2_email_associations.yaml",
        "POST",
        "/validate/email/requestToken",
    ),
    (
        "v2_email_associations.yaml",
        "POST",
        "/validate/email/submitToken",
    ),
    (
        "v2_email_associations.yaml",
        "GET",
        "/validate/email/submitToken",
    ),
    ("v2_invitation_signing.yaml", "POST", "/sign-ed25519"),
    ("v2_lookup.yaml", "GET", "/hash_details"),
    ("v2_lookup.yaml", "POST", "/lookup"),
    (
        "v2_phone_associations.yaml",
        "POST",
        "/validate/msisdn/requestToken",
    ),
    (
        "v2_phone_associations.yaml",
        "POST",
        "/validate/msisdn/submitToken",
    ),
    (
        "v2_phone_associations.yaml",
        "GET",
        "/validate/msisdn/submitToken",
    ),
    ("v2_ping.yaml", "GET", "/v2"),
    ("v2_pubkey.yaml", "GET", "/pubkey/{keyId}"),
    ("v2_pubkey.yaml", "GET", "/pubkey/isvalid"),
    ("v2_pubkey.yaml", "GET", "/pubkey/ephemeral/isvalid"),
    ("v2_store_invite.yaml", "POST", "/store-invite"),
    ("v2_terms.yaml", "GET", "/terms"),
    ("v2_terms.yaml", "POST", "/terms"),
    ("versions.yaml", "GET", "/versions"),
];

#[test]
fn matrix_identity_api_imports_with_every_operation() {
    let base = "matrix-identity/data";
    // Fetched from matrix-org/matrix-spec, never committed (INDEX.md says where from): read
    // where it is present.
    if !root().join(DIR).join(base).is_dir() {
        eprintln!("note: {DIR}/{base} is absent (not committed, see INDEX.md): not read");
        return;
    }
    let (spec, diags) = import(&format!("{base}/api/identity"), Some(base));
    assert!(diags.is_empty(), "{diags:#?}");
    // Every operation once, with the document it is in (the reader lists a path item's
    // methods in OpenAPI's order, GET before POST; INDEX.md in the documents' order).
    assert_eq!(spec.operations.len(), 23);
    let got: BTreeSet<(&str, &str, &str)> = spec
        .operations
        .iter()
        .map(|o| {
            let r = o.route.as_ref().unwrap();
            (
                o.file.as_deref().unwrap(),
                r.method.as_str(),
                r.path.as_str(),
            )
        })
        .collect();
    assert_eq!(got, MATRIX.into_iter().collect());
    // The scheme is a reference to `definitions/security.yaml#/accessTokenBearer`.
    assert_eq!(spec.auth.scheme, AuthScheme::Bearer);
    // The schemas of shared files: one type each, with its file (relative to the folder).
    for (name, file) in [
        ("Error", "../client-server/definitions/errors/error.yaml"),
        (
            "OpenIdCredentials",
            "../client-server/definitions/openid_token.yaml",
        ),
        ("ServerSignatures", "../../schemas/server-signatures.yaml"),
        (
            "RequestEmailValidation",
            "definitions/request_email_validation.yaml",
        ),
        (
            "RequestMsisdnValidation",
            "definitions/request_msisdn_validation.yaml",
        ),
        ("Sid", "definitions/sid.yaml"),
    ] {
        assert_eq!(spec.types[name].file.as_deref(), Some(file), "{name}");
    }
    // `error.yaml` is the schema of 26 error responses across 8 documents (`grep -c`): one
    // type.
    let errors = spec
        .operations
        .iter()
        .flat_map(|o| &o.responses)
        .filter(|r| r.ty == Some(named("Error")))
        .count();
    assert_eq!(errors, 26);
    let error_types: BTreeSet<&String> = spec
        .types
        .iter()
        .filter(|(_, d)| d.file.as_deref().is_some_and(|f| f.ends_with("error.yaml")))
        .map(|(n, _)| n)
        .collect();
    assert_eq!(error_types.len(), 1);
}
