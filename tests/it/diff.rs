//! API change review (`cargo xtask diff`, and the summary `regen` prints): edits of the seed
//! documents, extracted before and after, each with its expected class; and the rules the
//! seeds do not reach, on the hand-written `tests/fixtures/features.yaml` changed in code.

use chatgen_codegen::ApiSpec;
use chatgen_codegen::spec::{
    AuthScheme, EnumValue, Param, Response, Route, Status, TypeDef, TypeForm, TypeRef,
};
use chatgen_tests::root;
use xtask::diff::{Change, Class, Kind, Report, Semver, diff};
use xtask::extract::Family;
use xtask::regen::build_spec;

/// The spec of a seed document after `edit` of its lines, and of the seed as it is; both
/// without overrides (an override may name what the edit removes), same source name.
fn seed_edit(family: Family, source: &str, name: &str, edit: impl Fn(&mut Vec<String>)) -> Report {
    let original = root().join("spec/sources").join(source);
    let text = std::fs::read_to_string(&original).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    edit(&mut lines);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("diff-edits")
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let edited = dir.join(source);
    std::fs::write(&edited, lines.join("\n") + "\n").unwrap();
    let display = format!("spec/sources/{source}");
    let src = format!("sources/{source}");
    let api = family.alias();
    let (old, d1) = build_spec(family, api, &original, &display, &src, None).unwrap();
    let (new, d2) = build_spec(family, api, &edited, &display, &src, None).unwrap();
    assert!(!xtask::diag::has_errors(&d1) && !xtask::diag::has_errors(&d2));
    diff(&old, &new, "seed", name)
}

/// The line (1-based) of the document that is exactly `text`; panics when it is not once.
fn line_of(lines: &[String], text: &str) -> usize {
    let found: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.as_str() == text)
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "`{text}` is not exactly one line: {found:?}"
    );
    found[0]
}

fn non_doc(r: &Report) -> Vec<(Class, Kind, &str)> {
    r.changes
        .iter()
        .filter(|c| c.class != Class::Doc)
        .map(|c| (c.class, c.kind, c.at.as_str()))
        .collect()
}

fn find<'a>(r: &'a Report, kind: Kind, at: &str) -> &'a Change {
    r.changes
        .iter()
        .find(|c| c.kind == kind && c.at == at)
        .unwrap_or_else(|| panic!("no {kind:?} at {at} in\n{}", xtask::diff::render(r, None)))
}

fn weavy_lines() -> Vec<String> {
    std::fs::read_to_string(root().join("spec/sources/weavy-messages.txt"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Edits of the seed documents

#[test]
fn seed_parameter_added_is_additive() {
    // List messages' table (doc lines 72-82): a new optional row after `top`.
    let lines = weavy_lines();
    let top = line_of(&lines, "top | integer | False | |");
    let r = seed_edit(
        Family::RestReference,
        "weavy-messages.txt",
        "param-added",
        |l| {
            l.insert(
                top,
                "since | string | False | Only newer messages. |".into(),
            );
        },
    );
    assert_eq!(
        non_doc(&r),
        [(Class::Additive, Kind::ParamAdded, "list_messages.since")]
    );
    let c = find(&r, Kind::ParamAdded, "list_messages.since");
    assert_eq!((c.old_line, c.new_line), (None, Some(top as u32 + 1)));
    assert_eq!(
        c.rust.as_deref(),
        Some("new field `since: Option<String>` in `ListMessagesRequest`")
    );
    assert_eq!(r.semver, Semver::Minor);
}

#[test]
fn seed_parameter_made_required_is_breaking() {
    let lines = weavy_lines();
    let top = line_of(&lines, "top | integer | False | |");
    let r = seed_edit(
        Family::RestReference,
        "weavy-messages.txt",
        "param-required",
        |l| {
            l[top - 1] = "top | integer | True | |".into();
        },
    );
    assert_eq!(
        non_doc(&r),
        [(Class::Breaking, Kind::ParamRequired, "list_messages.top")]
    );
    let c = find(&r, Kind::ParamRequired, "list_messages.top");
    assert_eq!(
        (c.old_line, c.new_line),
        (Some(top as u32), Some(top as u32))
    );
    let rust = c.rust.as_deref().unwrap();
    assert!(
        rust.contains("`ListMessagesRequest::new(...)` takes a new argument `top: i64`")
            && rust.contains("(now `ListMessagesRequest::new(id: i64, top: i64)`)"),
        "{rust}"
    );
    assert_eq!(r.semver, Semver::Major);
}

#[test]
fn seed_operation_dropped_is_breaking() {
    // "Delete message" runs from its heading to the line before "Trash message".
    let lines = weavy_lines();
    let (from, to) = (
        line_of(&lines, "Delete message"),
        line_of(&lines, "Trash message"),
    );
    assert_eq!(lines[from], "DELETE /api/messages/{id}");
    let r = seed_edit(
        Family::RestReference,
        "weavy-messages.txt",
        "op-dropped",
        |l| {
            l.drain(from - 1..to - 1);
        },
    );
    assert_eq!(
        non_doc(&r),
        [(Class::Breaking, Kind::OperationRemoved, "delete_message")]
    );
    let c = &r.changes[0];
    assert_eq!((c.old_line, c.new_line), (Some(from as u32), None));
    assert_eq!(
        c.message,
        "operation `delete_message` removed (DELETE /api/messages/{id})"
    );
    assert_eq!(
        c.rust.as_deref(),
        Some("`Client::delete_message` and `DeleteMessageRequest` gone")
    );
}

#[test]
fn seed_type_changed_is_breaking() {
    // `modified_by_id` is an integer in every message sample; make it a string in all.
    let lines = weavy_lines();
    let count = lines
        .iter()
        .filter(|l| l.as_str() == "\"modified_by_id\": \"integer\",")
        .count();
    assert!(count >= 3, "{count}");
    let r = seed_edit(
        Family::RestReference,
        "weavy-messages.txt",
        "type-changed",
        |l| {
            for line in l.iter_mut() {
                if line == "\"modified_by_id\": \"integer\"," {
                    *line = "\"modified_by_id\": \"string\",".into();
                }
            }
        },
    );
    let changes = non_doc(&r);
    assert!(!changes.is_empty());
    for (class, kind, at) in &changes {
        assert_eq!((*class, *kind), (Class::Breaking, Kind::FieldTypeChanged));
        assert!(at.ends_with(".modified_by_id"), "{at}");
    }
    let c = find(&r, Kind::FieldTypeChanged, "Message.modified_by_id");
    assert_eq!(
        c.rust.as_deref(),
        Some("`types::Message::modified_by_id`: `i64` → `String`")
    );
}

#[test]
fn seed_description_reworded_is_doc_only() {
    let lines = weavy_lines();
    let at = line_of(&lines, "Gets a message by id.");
    let r = seed_edit(
        Family::RestReference,
        "weavy-messages.txt",
        "reworded",
        |l| {
            l[at - 1] = "Returns one message, found by its id.".into();
        },
    );
    assert_eq!(r.counts.doc, 1, "{}", xtask::diff::render(&r, None));
    assert_eq!((r.counts.breaking, r.counts.additive), (0, 0));
    let c = find(&r, Kind::DocChanged, "get_message");
    assert_eq!(c.message, "`get_message`: description reworded");
    assert_eq!(r.semver, Semver::Patch);
}

#[test]
fn seed_enum_value_removed_from_a_request_is_breaking() {
    let source = "icewarp-teamchat.txt";
    let text = std::fs::read_to_string(root().join("spec/sources").join(source)).unwrap();
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let at = line_of(
        &lines,
        "  • status : offline|typing|commenting|online|background",
    );
    let r = seed_edit(Family::SlackMethods, source, "enum-value-removed", |l| {
        l[at - 1] = "  • status : offline|typing|online|background".into();
    });
    assert_eq!(
        non_doc(&r),
        [(
            Class::Breaking,
            Kind::EnumValueRemoved,
            "UsersSetStatusStatus.commenting"
        )]
    );
    let c = &r.changes[0];
    assert_eq!(
        c.rust.as_deref(),
        Some(
            "variant `types::UsersSetStatusStatus::Commenting` is gone (the value now arrives as `Other(\"commenting\")`)"
        )
    );
}

#[test]
fn unchanged_seeds_have_no_changes() {
    for entry in xtask::regen::APIS {
        let doc = root().join("spec/sources").join(entry.source);
        let display = format!("spec/sources/{}", entry.source);
        let (a, _) = build_spec(entry.family, entry.api, &doc, &display, &display, None).unwrap();
        let r = diff(&a, &a.clone(), "a", "b");
        assert!(r.is_empty(), "{}", entry.api);
        assert_eq!(r.semver, Semver::None);
    }
}

// ---------------------------------------------------------------------------------------------
// Rules on a hand-written spec changed in code

fn features() -> ApiSpec {
    let file = "tests/fixtures/features.yaml";
    ApiSpec::from_yaml(file, &std::fs::read_to_string(root().join(file)).unwrap()).unwrap()
}

fn review(edit: impl Fn(&mut ApiSpec)) -> Report {
    let old = features();
    let mut new = old.clone();
    edit(&mut new);
    assert!(new.validate().is_empty(), "{:?}", new.validate());
    diff(&old, &new, "old", "new")
}

fn op_mut<'a>(s: &'a mut ApiSpec, id: &str) -> &'a mut chatgen_codegen::spec::Operation {
    s.operations.iter_mut().find(|o| o.id == id).unwrap()
}

#[test]
fn operation_renamed_on_the_same_route() {
    let r = review(|s| op_mut(s, "get_thing").id = "fetch_thing".into());
    assert_eq!(
        non_doc(&r),
        [(Class::Breaking, Kind::OperationRenamed, "fetch_thing")]
    );
    assert_eq!(
        r.changes[0].rust.as_deref(),
        Some(
            "`Client::get_thing` is now `Client::fetch_thing`; `GetThingRequest` is now `FetchThingRequest`"
        )
    );
}

#[test]
fn type_renamed_once_not_per_use() {
    let r = review(|s| {
        let thing = s.types.remove("Thing").unwrap();
        s.types.insert("Item".into(), thing);
        op_mut(s, "get_thing").responses[0].ty = Some(TypeRef::Named("Item".into()));
    });
    assert_eq!(non_doc(&r), [(Class::Breaking, Kind::TypeRenamed, "Item")]);
    assert_eq!(
        r.changes[0].rust.as_deref(),
        Some("`types::Thing` is now `types::Item`")
    );
}

#[test]
fn enum_values_added_and_removed() {
    let r = review(|s| {
        let status = s.types.get_mut("Status").unwrap().as_enum_mut().unwrap();
        status.retain(|v| v.value != "offline");
        status.push(EnumValue {
            value: "away".into(),
            doc: None,
        });
    });
    assert_eq!(
        non_doc(&r),
        [
            (Class::Breaking, Kind::EnumValueRemoved, "Status.offline"),
            (Class::Additive, Kind::EnumValueAdded, "Status.away"),
        ]
    );
}

#[test]
fn response_field_presence_changes_are_breaking_in_rust() {
    let r = review(|s| {
        let thing = s.types.get_mut("Thing").unwrap();
        thing.fields_mut()[1].optional = false; // self: Option<i64> -> i64
        thing.fields_mut()[0].nullable = true; // type: String -> Option<String>
        thing.fields_mut()[5].optional = false; // note: Option<Option<String>> -> Option<String>
    });
    assert_eq!(
        non_doc(&r),
        [
            (Class::Breaking, Kind::FieldNullable, "Thing.type"),
            (Class::Breaking, Kind::FieldRequired, "Thing.self"),
            (Class::Breaking, Kind::FieldRequired, "Thing.note"),
        ]
    );
    let rust: Vec<&str> = r.changes.iter().filter_map(|c| c.rust.as_deref()).collect();
    assert_eq!(
        rust,
        [
            "`types::Thing::type_`: `String` → `Option<String>`",
            "`types::Thing::self_`: `Option<i64>` → `i64`",
            "`types::Thing::note`: `Option<Option<String>>` → `Option<String>`",
        ]
    );
}

#[test]
fn response_field_added_is_additive_request_field_required_is_breaking() {
    let field = |name: &str, optional| chatgen_codegen::spec::Field {
        name: name.into(),
        ty: TypeRef::Primitive(chatgen_codegen::spec::Primitive::String),
        optional,
        nullable: false,
        doc: None,
        from_override: vec![],
        line: Some(9),
    };
    // Thing is only returned: a new required field is additive.
    let r = review(|s| {
        s.types
            .get_mut("Thing")
            .and_then(TypeDef::as_struct_mut)
            .unwrap()
            .fields
            .push(field("color", false))
    });
    assert_eq!(
        non_doc(&r),
        [(Class::Additive, Kind::FieldAdded, "Thing.color")]
    );
    // Once Thing is also sent (as a body), the same field is breaking.
    let as_body = |s: &mut ApiSpec| {
        op_mut(s, "ping").body = Some(chatgen_codegen::spec::Body {
            content_type: None,
            ty: TypeRef::Named("Thing".into()),
            line: None,
        })
    };
    let mut old = features();
    as_body(&mut old);
    let mut new = old.clone();
    new.types
        .get_mut("Thing")
        .and_then(TypeDef::as_struct_mut)
        .unwrap()
        .fields
        .push(field("color", false));
    let r = diff(&old, &new, "old", "new");
    assert_eq!(
        non_doc(&r),
        [(Class::Breaking, Kind::FieldAdded, "Thing.color")]
    );
}

#[test]
fn parameter_rules() {
    let r = review(|s| {
        let op = op_mut(s, "get_thing");
        op.params[2].required = true; // ids
        op.params[1].maximum = Some(100.into()); // $top gets a maximum
        op.params[1].ty = TypeRef::Primitive(chatgen_codegen::spec::Primitive::Int64);
        op.params.push(Param {
            name: "X-Trace".into(),
            location: chatgen_codegen::spec::Location::Header,
            ty: TypeRef::Primitive(chatgen_codegen::spec::Primitive::String),
            required: true,
            ..Param::default()
        });
    });
    assert_eq!(
        non_doc(&r),
        [
            (Class::Breaking, Kind::ParamRangeChanged, "get_thing.$top"),
            (Class::Breaking, Kind::ParamRequired, "get_thing.ids"),
            (Class::Breaking, Kind::ParamAdded, "get_thing.X-Trace"),
        ]
    );
    // integer -> int64 is the same i64: doc only.
    let c = find(&r, Kind::ParamTypeChanged, "get_thing.$top");
    assert_eq!(c.class, Class::Doc);
    let added = find(&r, Kind::ParamAdded, "get_thing.X-Trace");
    assert_eq!(
        added.rust.as_deref(),
        Some(
            "`GetThingRequest::new(...)` takes a new argument `x_trace: String` (now `GetThingRequest::new(type_: String, ids: Vec<i64>, x_trace: String)`)"
        )
    );
}

#[test]
fn first_parameter_of_an_operation_changes_the_method() {
    let r = review(|s| {
        op_mut(s, "ping").params.push(Param {
            name: "verbose".into(),
            ty: TypeRef::Primitive(chatgen_codegen::spec::Primitive::Boolean),
            ..Param::default()
        });
    });
    assert_eq!(
        non_doc(&r),
        [
            (Class::Breaking, Kind::RequestChanged, "ping"),
            (Class::Additive, Kind::ParamAdded, "ping.verbose"),
        ]
    );
    assert_eq!(
        find(&r, Kind::RequestChanged, "ping").rust.as_deref(),
        Some("`Client::ping` takes a new argument `request: &PingRequest`")
    );
}

#[test]
fn responses_and_the_method_signature() {
    let r = review(|s| {
        let op = op_mut(s, "get_thing");
        op.responses.push(Response {
            status: Some(Status::Code(404)),
            content_type: None,
            ty: Some(TypeRef::Named("Thing".into())),
            doc: None,
            line: Some(4),
        });
        let ping = op_mut(s, "ping");
        ping.responses[0].ty = Some(TypeRef::Named("Status".into()));
    });
    assert_eq!(
        non_doc(&r),
        [
            (
                Class::Breaking,
                Kind::ResponseAdded,
                "get_thing.responses.404"
            ),
            (
                Class::Breaking,
                Kind::ResponseTypeChanged,
                "ping.responses.204"
            ),
        ]
    );
    assert_eq!(
        r.changes[0].rust.as_deref(),
        Some("`Client::get_thing`'s error body is `types::Thing` instead of `Value`")
    );
    assert_eq!(
        r.changes[1].rust.as_deref(),
        Some("`Client::ping` returns `types::Status` instead of `()`")
    );
    // A second success status with the same type changes nothing in Rust.
    let r = review(|s| {
        op_mut(s, "get_thing").responses.push(Response {
            status: Some(Status::Code(201)),
            content_type: None,
            ty: Some(TypeRef::Named("Thing".into())),
            doc: None,
            line: None,
        })
    });
    assert_eq!(
        non_doc(&r),
        [(
            Class::Additive,
            Kind::ResponseAdded,
            "get_thing.responses.201"
        )]
    );
}

#[test]
fn routes_auth_and_base_url() {
    let r = review(|s| {
        op_mut(s, "lost").route = Some(Route {
            method: chatgen_codegen::spec::Method::Get,
            path: "/lost".into(),
        });
        op_mut(s, "ping").route.as_mut().unwrap().path = "/health".into();
        s.auth.header = Some("X-Key".into());
        s.base_url = Some("https://api.example.com".into());
    });
    assert_eq!(
        non_doc(&r),
        [
            (Class::Breaking, Kind::AuthChanged, "api.auth"),
            (Class::Breaking, Kind::RouteChanged, "ping"),
            (Class::Additive, Kind::BaseUrlChanged, "api"),
            (Class::Additive, Kind::RouteAdded, "lost"),
        ]
    );
    let r = review(|s| {
        s.auth.scheme = AuthScheme::Bearer;
        s.auth.header = None;
    });
    assert_eq!(
        r.changes[0].rust.as_deref(),
        Some(
            "`Client::with_api_key(value)` is gone; `Client::with_bearer_token(value)` replaces it"
        )
    );
}

#[test]
fn json_report_names_classes_kinds_and_lines() {
    let r = review(|s| s.operations.retain(|o| o.id != "ping"));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["semver"], "major");
    assert_eq!(json["counts"]["breaking"], 1);
    assert_eq!(json["changes"][0]["class"], "breaking");
    assert_eq!(json["changes"][0]["kind"], "operation-removed");
    assert_eq!(json["changes"][0]["old_line"], 2);
    assert!(json["changes"][0].get("new_line").is_none());
}

// ---------------------------------------------------------------------------------------------
// regen prints the review

#[test]
fn regen_check_reviews_a_changed_spec_before_its_line_diff() {
    let checkout = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("diff-regen checkout");
    let _ = std::fs::remove_dir_all(&checkout);
    for dir in ["spec", "tests/fixtures"] {
        crate::generated_code::copy_tree(&root().join(dir), &checkout.join(dir));
    }
    // Unchanged, the copy has nothing to review: `checked_in_files_are_up_to_date` checks
    // that on the checkout itself (a regen here would be the same seconds again), and the
    // one review below (no other API's, nothing unreviewed) would show anything else.
    // `top` of List messages made required, and Get message's description reworded.
    let source = checkout.join("spec/sources/weavy-messages.txt");
    let text = std::fs::read_to_string(&source).unwrap();
    let edited = text
        .replace("top | integer | False | |", "top | integer | True | |")
        .replace("Gets a message by id.", "Returns one message.");
    assert_ne!(text, edited);
    std::fs::write(&source, edited).unwrap();
    let before = std::fs::read_to_string(checkout.join("spec/weavy.yaml")).unwrap();
    let (changes, _) = xtask::regen::regen(&checkout, true).unwrap();
    assert_eq!(
        std::fs::read_to_string(checkout.join("spec/weavy.yaml")).unwrap(),
        before,
        "check mode writes nothing"
    );
    assert_eq!(changes.reviews.len(), 1);
    assert!(changes.unreviewed.is_empty());
    let r = &changes.reviews[0];
    assert_eq!((r.api.as_str(), r.semver), ("weavy", Semver::Major));
    assert_eq!(
        non_doc(r),
        [(Class::Breaking, Kind::ParamRequired, "list_messages.top")]
    );
    assert_eq!(r.counts.doc, 1);
    let text = xtask::regen::render_reviews(&changes);
    assert!(
        text.starts_with(
            "weavy: semver major (1 breaking, 0 additive, 1 doc)\n  old: spec/weavy.yaml (checked in)"
        ),
        "{text}"
    );
    assert!(changes.changed.iter().any(|(f, _)| f == "spec/weavy.yaml"));
}

// ---------------------------------------------------------------------------------------------
// UI snapshots of reports (checked in nowhere else)

#[test]
fn report_snapshots() {
    let lines = weavy_lines();
    let top = line_of(&lines, "top | integer | False | |");
    let (from, to) = (
        line_of(&lines, "Delete message"),
        line_of(&lines, "Trash message"),
    );
    let r = seed_edit(
        Family::RestReference,
        "weavy-messages.txt",
        "snapshot-weavy",
        |l| {
            l[top - 1] = "top | integer | True | |".into();
            l.drain(from - 1..to - 1);
            l.insert(
                top,
                "since | string | False | Only newer messages. |".into(),
            );
        },
    );
    insta::assert_snapshot!("report_weavy_edits", xtask::diff::render(&r, None));
    let r = review(|s| {
        op_mut(s, "get_thing").id = "fetch_thing".into();
        let status = s.types.get_mut("Status").unwrap().as_enum_mut().unwrap();
        status.retain(|v| v.value != "offline");
        s.types.get_mut("Thing").unwrap().fields_mut()[1].optional = false;
        s.auth.scheme = AuthScheme::Bearer;
        s.auth.header = None;
        op_mut(s, "ping").doc = Some("Checks the server is up.".into());
    });
    insta::assert_snapshot!("report_features_edits", xtask::diff::render(&r, None));
    insta::assert_snapshot!(
        "report_features_edits_json",
        serde_json::to_string_pretty(&r).unwrap()
    );
}

#[test]
fn first_required_parameter_takes_default_away() {
    let verbose = |required| Param {
        name: "verbose".into(),
        ty: TypeRef::Primitive(chatgen_codegen::spec::Primitive::Boolean),
        required,
        ..Param::default()
    };
    let mut old = features();
    op_mut(&mut old, "ping").params.push(verbose(false));
    let mut new = features();
    op_mut(&mut new, "ping").params.push(verbose(true));
    let r = diff(&old, &new, "old", "new");
    assert_eq!(
        non_doc(&r),
        [(Class::Breaking, Kind::ParamRequired, "ping.verbose")]
    );
    assert_eq!(
        r.changes[0].rust.as_deref(),
        Some(
            "`PingRequest::new(...)` takes a new argument `verbose: bool`; the field is `bool`, not `Option<bool>` (now `PingRequest::new(verbose: bool)`; `PingRequest` had no `new` and no longer implements `Default`)"
        )
    );
}

#[test]
fn specs_load_from_files_and_git_revisions() {
    let here = xtask::diff::load("spec/weavy.yaml", &root()).unwrap();
    assert_eq!(here.api, "weavy");
    let err = xtask::diff::load("spec/nope.yaml", &root())
        .unwrap_err()
        .to_string();
    assert!(err.contains("no such file"), "{err}");
    // A clean clone has its history: the committed spec is what `git show` gives.
    if root().join(".git").exists() {
        let committed = xtask::diff::load("HEAD:spec/weavy.yaml", &root()).unwrap();
        assert_eq!(committed.api, "weavy");
        let err = xtask::diff::load("HEAD:spec/nope.yaml", &root())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("git show HEAD:spec/nope.yaml: "), "{err}");
    }
}

/// An operation whose only answer is `default`: the generator counts `default` as the
/// success when no 2xx answer is listed, so its method returns that answer's type, and the
/// review, which reads the generator's model, names the same type (it used to say `()`,
/// and to see no change when that type changed).
#[test]
fn a_default_only_answer_is_the_return_type_of_the_generated_method() {
    let default_answer = |ty: TypeRef| Response {
        status: Some(Status::Default),
        content_type: None,
        ty: Some(ty),
        doc: None,
        line: Some(5),
    };
    let add = |s: &mut ApiSpec, ty: TypeRef| {
        let mut op = op_mut(s, "ping").clone();
        op.id = "get_default".into();
        op.route = Some(Route {
            method: chatgen_codegen::spec::Method::Get,
            path: "/default".into(),
        });
        op.responses = vec![default_answer(ty)];
        s.operations.push(op);
    };
    let r = review(|s| add(s, TypeRef::Named("Thing".into())));
    let added = find(&r, Kind::OperationAdded, "get_default");
    assert_eq!(
        added.rust.as_deref(),
        Some("new method `Client::get_default(&self) -> Result<types::Thing, Error<Value>>`")
    );
    // The generated method returns the same type.
    let mut spec = features();
    add(&mut spec, TypeRef::Named("Thing".into()));
    let files = chatgen_codegen::generate_module(&spec).unwrap();
    let client = &files["client.rs"];
    let start = client.find("pub async fn get_default(").unwrap();
    let signature: String = client[start..start + client[start..].find('{').unwrap()]
        .split_whitespace()
        .collect();
    assert!(
        signature.contains("->::std::result::Result<super::types::Thing,::chat_clients_runtime::Error<::chat_clients_runtime::serde_json::Value>,>"),
        "{signature}"
    );
    // A change of that answer's type is a change of the method's return type.
    let old = spec.clone();
    let mut new = spec;
    op_mut(&mut new, "get_default").responses = vec![default_answer(TypeRef::List(Box::new(
        TypeRef::Named("Thing".into()),
    )))];
    let r = diff(&old, &new, "old", "new");
    assert_eq!(
        non_doc(&r),
        [(
            Class::Breaking,
            Kind::ResponseTypeChanged,
            "get_default.responses.default"
        )]
    );
    assert_eq!(
        r.changes[0].rust.as_deref(),
        Some("`Client::get_default` returns `Vec<types::Thing>` instead of `types::Thing`")
    );
}

#[test]
fn paging_and_protocol_changes() {
    let old = chatgen_tests::spec("weavy");
    // Weavy's list_messages pages (skip/top over `data`): its stream method goes with it.
    let mut new = old.clone();
    new.protocol.paging.remove("list_messages");
    let r = diff(&old, &new, "old", "new");
    assert_eq!(
        non_doc(&r),
        [(Class::Breaking, Kind::PagingChanged, "list_messages")]
    );
    assert_eq!(
        r.changes[0].rust.as_deref(),
        Some("`Client::list_messages_stream` is gone")
    );
    // One error type for every method: reported once, not per operation.
    let mut new = old.clone();
    new.protocol.answer = Some(chatgen_codegen::spec::Answer {
        error_type: Some("ProblemDetails".into()),
        ..Default::default()
    });
    let r = diff(&old, &new, "old", "new");
    assert_eq!(
        non_doc(&r),
        [(
            Class::Breaking,
            Kind::ProtocolChanged,
            "api.protocol.answer.error_type"
        )]
    );
    // RPC instead of REST.
    let mut new = old.clone();
    new.protocol = chatgen_codegen::spec::Protocol::form_rpc_per_method();
    let r = diff(&old, &new, "old", "new");
    assert!(
        r.changes
            .iter()
            .any(|c| c.kind == Kind::ProtocolChanged && c.class == Class::Breaking),
        "{}",
        xtask::diff::render(&r, None)
    );
}

/// Specs written before protocols were data (`protocol: teamchat`) load with the protocol
/// that name stood for, so older revisions can be reviewed.
#[test]
fn legacy_protocol_names_load() {
    let current = std::fs::read_to_string(root().join("spec/teamchat.yaml")).unwrap();
    let mut value: serde_yaml::Value = serde_yaml::from_str(&current).unwrap();
    value["protocol"] = serde_yaml::Value::from("teamchat");
    let legacy = serde_yaml::to_string(&value).unwrap();
    let spec = ApiSpec::from_yaml("legacy", &xtask::diff::upgrade_legacy(&legacy)).unwrap();
    let yaml = serde_yaml::to_string(&spec.protocol).unwrap();
    assert_eq!(
        yaml,
        "transport: rpc\nrpc:\n  endpoint: per_method\n  method: POST\n  params: form\nanswer:\n  failure:\n    at: /ok\n    equals: false\n  code: /error\n"
    );
    assert_eq!(xtask::diff::upgrade_legacy(&current), current);
}

/// `one_of` types: an alternative removed is breaking; one added at the end of a choice
/// tried in order is additive, ahead of old ones breaking (it can take their values); tags
/// lost are breaking; a discriminator changed is breaking; an alias retargeted is a kind
/// change.
#[test]
fn alternatives_tags_discriminators_and_aliases() {
    use chatgen_codegen::spec::{Primitive, Variant};
    let named = |n: &str| TypeRef::Named(n.into());
    let choice = |variants: Vec<Variant>, discriminator: Option<&str>| {
        TypeDef::one_of(variants, discriminator.map(str::to_string))
    };
    let alt = |ty: TypeRef, tags: &[&str]| Variant {
        ty,
        tags: tags.iter().map(|t| t.to_string()).collect(),
    };
    let text = TypeRef::Primitive(Primitive::String);
    let number = TypeRef::Primitive(Primitive::Integer);
    let mut old = features();
    old.types.insert(
        "Either".into(),
        choice(vec![alt(named("Thing"), &[]), alt(text.clone(), &[])], None),
    );
    old.types
        .insert("Later".into(), choice(vec![alt(named("Thing"), &[])], None));
    old.types.insert(
        "Tagged".into(),
        choice(
            vec![
                alt(named("Thing"), &["thing", "object"]),
                alt(named("User"), &["user"]),
            ],
            Some("kind"),
        ),
    );
    old.types
        .insert("Id".into(), TypeDef::alias_of(text.clone()));
    let mut new = old.clone();
    // `string` dropped; `integer` put first, ahead of `Thing`.
    new.types.insert(
        "Either".into(),
        choice(
            vec![alt(number.clone(), &[]), alt(named("Thing"), &[])],
            None,
        ),
    );
    // `integer` added last.
    new.types.insert(
        "Later".into(),
        choice(
            vec![alt(named("Thing"), &[]), alt(number.clone(), &[])],
            None,
        ),
    );
    new.types.insert(
        "Tagged".into(),
        choice(
            vec![
                alt(named("Thing"), &["thing"]),
                alt(named("User"), &["user", "member"]),
            ],
            Some("type"),
        ),
    );
    new.types.get_mut("Id").unwrap().form = TypeForm::Alias(number);
    let r = diff(&old, &new, "old", "new");
    assert_eq!(
        non_doc(&r),
        [
            (Class::Breaking, Kind::VariantRemoved, "Either.string"),
            (Class::Breaking, Kind::VariantAdded, "Either.integer"),
            (Class::Breaking, Kind::TypeKindChanged, "Id"),
            (Class::Breaking, Kind::DiscriminatorChanged, "Tagged"),
            (Class::Breaking, Kind::VariantTagsChanged, "Tagged.Thing"),
            // Additive after breaking, as the report orders them.
            (Class::Additive, Kind::VariantAdded, "Later.integer"),
            (Class::Additive, Kind::VariantTagsChanged, "Tagged.User"),
        ]
    );
    assert_eq!(
        find(&r, Kind::TypeKindChanged, "Id").message,
        "type `Id`: another name for `string` → another name for `integer`"
    );
}

#[test]
fn a_parameter_written_another_way_is_breaking() {
    let r = review(|s| {
        let op = s
            .operations
            .iter_mut()
            .find(|o| o.params.iter().any(|p| p.name == "ids"))
            .unwrap();
        let ids = op.params.iter_mut().find(|p| p.name == "ids").unwrap();
        ids.style = Some(chatgen_codegen::spec::Style::PipeDelimited);
    });
    let changes = non_doc(&r);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(
        (changes[0].0, changes[0].1),
        (Class::Breaking, Kind::ParamStyleChanged)
    );
    let change = find(&r, Kind::ParamStyleChanged, changes[0].2);
    assert!(
        change
            .message
            .contains("written `form` exploded → `pipeDelimited`"),
        "{}",
        change.message
    );
}
