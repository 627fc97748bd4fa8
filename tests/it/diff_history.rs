//! Real API histories for the change review: four versions of Slack's Web API spec
//! (`tests/fixtures/corpus/openapi/slack-web-api/`, Swagger 2.0). What was added and removed
//! between versions is read here from the JSON documents themselves (one method per path),
//! independently of the tool, and checked against the facts Slack's CHANGELOG states.

use std::collections::BTreeSet;

use chatgen_tests::root;

/// The versions, oldest first.
pub(crate) const VERSIONS: [&str; 4] = ["1.0.0", "1.2.0", "1.5.0", "1.7.0"];

pub(crate) fn slack_file(version: &str) -> std::path::PathBuf {
    root().join(format!(
        "tests/fixtures/corpus/openapi/slack-web-api/slack_web_openapi_v2-{version}.json"
    ))
}

/// The methods of one version: its paths without the leading `/` (`/rtm.start` → `rtm.start`).
pub(crate) fn methods(version: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(slack_file(version)).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let paths = doc["paths"].as_object().unwrap();
    for (path, item) in paths {
        let verbs: Vec<&String> = item
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| ["get", "post", "put", "patch", "delete"].contains(&k.as_str()))
            .collect();
        assert_eq!(verbs.len(), 1, "{version} {path}: one operation per path");
    }
    paths
        .keys()
        .map(|p| p.trim_start_matches('/').to_string())
        .collect()
}

/// (added, removed) methods from `a` to `b`.
pub(crate) fn added_removed(a: &str, b: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let (old, new) = (methods(a), methods(b));
    (
        new.difference(&old).cloned().collect(),
        old.difference(&new).cloned().collect(),
    )
}

#[test]
fn the_fixtures_show_what_the_changelog_says() {
    let sizes: Vec<usize> = VERSIONS.iter().map(|v| methods(v).len()).collect();
    assert_eq!(sizes, [132, 140, 185, 174]);
    let counts: Vec<(usize, usize)> = VERSIONS
        .windows(2)
        .map(|w| {
            let (a, r) = added_removed(w[0], w[1]);
            (a.len(), r.len())
        })
        .collect();
    assert_eq!(counts, [(13, 5), (45, 0), (32, 43)]);
    // July 2019: rtm.start is gone (rtm.connect stays).
    let (added, removed) = added_removed("1.0.0", "1.2.0");
    assert_eq!(
        removed.iter().map(String::as_str).collect::<Vec<_>>(),
        [
            "files.comments.add",
            "files.comments.edit",
            "rtm.start",
            "search.all",
            "search.files"
        ]
    );
    assert!(added.contains("chat.scheduleMessage") && added.contains("admin.users.session.reset"));
    assert!(methods("1.2.0").contains("rtm.connect"));
    // August 2020: "Deprecated methods that precede the Conversations API are no longer listed".
    let (_, removed) = added_removed("1.5.0", "1.7.0");
    assert!(
        removed
            .iter()
            .all(|m| ["channels.", "groups.", "im.", "mpim."]
                .iter()
                .any(|p| m.starts_with(p))),
        "{removed:?}"
    );
}

/// One version imported through the OpenAPI family, under one API name for all versions.
fn imported(version: &str) -> chatgen_codegen::ApiSpec {
    let path =
        format!("tests/fixtures/corpus/openapi/slack-web-api/slack_web_openapi_v2-{version}.json");
    let (spec, diags) = xtask::regen::build_spec(
        xtask::extract::Family::OpenApi,
        "slack",
        &root().join(&path),
        &path,
        &path,
        None,
    )
    .unwrap();
    assert!(!xtask::diag::has_errors(&diags), "{version}");
    spec
}

/// The Slack method an operation calls: its path without `/`, or its RPC target.
fn method_of(spec: &chatgen_codegen::ApiSpec, id: &str) -> String {
    let op = spec.operations.iter().find(|o| o.id == id).unwrap();
    match (&op.route, &op.rpc) {
        (Some(r), _) => r.path.trim_start_matches('/').to_string(),
        (None, Some(r)) => r.target.clone(),
        (None, None) => panic!("{id}: neither route nor target"),
    }
}

/// Each consecutive pair's review names exactly the methods the documents add and remove
/// (removed: breaking, added: additive), `rtm.start` among the removed of July 2019.
#[test]
fn the_review_of_each_version_names_what_the_documents_add_and_remove() {
    use xtask::diff::{Class, Kind, Semver};
    for w in VERSIONS.windows(2) {
        let (old, new) = (imported(w[0]), imported(w[1]));
        let r = xtask::diff::diff(&old, &new, w[0], w[1]);
        let of = |kind: Kind, class: Class, spec: &chatgen_codegen::ApiSpec| {
            let changes: Vec<&xtask::diff::Change> =
                r.changes.iter().filter(|c| c.kind == kind).collect();
            assert!(changes.iter().all(|c| c.class == class), "{kind:?}");
            changes
                .iter()
                .map(|c| method_of(spec, &c.at))
                .collect::<BTreeSet<String>>()
        };
        let added = of(Kind::OperationAdded, Class::Additive, &new);
        let removed = of(Kind::OperationRemoved, Class::Breaking, &old);
        assert_eq!((added, removed), added_removed(w[0], w[1]), "{w:?}");
        let expected = if added_removed(w[0], w[1]).1.is_empty() {
            r.semver
        } else {
            Semver::Major
        };
        assert_eq!(r.semver, expected, "{w:?}");
    }
    let r = xtask::diff::diff(&imported("1.0.0"), &imported("1.2.0"), "1.0.0", "1.2.0");
    let rtm = r
        .changes
        .iter()
        .find(|c| c.kind == Kind::OperationRemoved && c.at == "rtm_start")
        .expect("rtm.start removed");
    assert_eq!(rtm.class, Class::Breaking);
    assert!(rtm.rust.as_deref().unwrap().contains("`Client::rtm_start`"));
}
