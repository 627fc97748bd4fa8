//! The TeamChat spec, checked against figures counted in
//! `spec/sources/icewarp-teamchat.txt` by reading it, and snapshotted whole.

use chatgen_codegen::spec::{AuthScheme, Location, Primitive, Protocol, SampleKind, TypeRef};
use chatgen_tests::{op, spec};

#[test]
fn all_94_methods_and_nothing_from_the_page_chrome() {
    let s = spec("teamchat");
    assert_eq!(
        s.protocol,
        Protocol::form_rpc_per_method().with_failure_flag(
            chatgen_codegen::spec::JsonPointer::member("ok"),
            chatgen_codegen::spec::JsonPointer::member("error"),
        )
    );
    assert_eq!(s.title, "TeamChat API Reference");
    assert_eq!(
        s.base_path.as_deref(),
        Some("/api/api-teamchat"),
        "from `1.1. Getting Started`"
    );
    assert_eq!(s.operations.len(), 94, "2.1 to 2.95 without 2.77");
    assert_eq!(
        (s.operations[0].name.as_str(), s.operations[0].line),
        ("activate.guest", 15)
    );
    let last = s.operations.last().unwrap();
    assert_eq!(
        (last.name.as_str(), last.id.as_str(), last.line),
        ("version", "version", 1515)
    );
    assert_eq!(last.doc.as_deref(), Some("Show version of server"));
    assert!(
        s.operations
            .iter()
            .all(|o| o.rpc.as_ref().is_some_and(|r| r.target == o.name))
    );
    let set_status = op(&s, "users_set_status");
    assert_eq!(set_status.rpc.as_ref().unwrap().target, "users.setStatus");
    // Chrome: country lists, cookie banner and contact form give no names anywhere.
    let yaml = s.to_yaml();
    for chrome in ["Afghanistan", "Zimbabwe", "cookies", "CAPTCHA", "Mostre-me"] {
        assert!(!yaml.contains(chrome), "{chrome} leaked into the spec");
    }
}

#[test]
fn every_parameter_and_the_token_as_auth() {
    let s = spec("teamchat");
    // 348 bullets: 88 are `token : Auth token` (one of them in the headless 2.77 text),
    // `width,height` names two parameters: 348 - 88 + 1.
    assert_eq!(
        s.operations.iter().map(|o| o.params.len()).sum::<usize>(),
        261
    );
    assert!(
        s.operations
            .iter()
            .flat_map(|o| &o.params)
            .all(|p| p.name != "token")
    );
    assert_eq!(s.auth.scheme, AuthScheme::Token);
    assert_eq!(
        (s.auth.param.as_deref(), s.auth.line),
        (Some("token"), Some(20))
    );
    let no_token: Vec<&str> = s
        .operations
        .iter()
        .filter(|o| o.auth == Some(false))
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(
        no_token,
        [
            "api_test",
            "conferences_meet_free",
            "ticket_info",
            "iwauthentication_login_digest",
            "iwauthentication_login_plain",
            "password_policy",
            "version"
        ]
    );
    let activate = op(&s, "activate_guest");
    let names: Vec<&str> = activate.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["account", "password", "hash", "auth_type"]);
    assert!(
        activate
            .params
            .iter()
            .all(|p| p.location == Location::Body && !p.required)
    );

    let avatar = op(&s, "files_avatar");
    let wh: Vec<_> = avatar
        .params
        .iter()
        .filter(|p| p.name == "width" || p.name == "height")
        .collect();
    assert_eq!(wh.len(), 2);
    for p in wh {
        assert_eq!(
            (p.ty.clone(), p.type_cue.as_deref(), p.line),
            (
                TypeRef::Primitive(Primitive::Integer),
                Some("Integer"),
                Some(739)
            )
        );
    }
    let invite = op(&s, "files_invite");
    let required: Vec<&str> = invite
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        required,
        ["id", "deviceid"],
        "marked `(required)` in the doc"
    );
}

#[test]
fn parameter_types_come_from_cues_only() {
    let s = spec("teamchat");
    let param = |o: &str, p: &str| {
        op(&s, o)
            .params
            .iter()
            .find(|x| x.name == p)
            .unwrap_or_else(|| panic!("{o}.{p}"))
            .clone()
    };
    let cases = [
        (
            "channels_history_no_comments",
            "latest",
            "datetime",
            "Timestamp",
        ),
        (
            "channels_history_no_comments",
            "inclusive",
            "boolean",
            "Boolean",
        ),
        (
            "channels_history_no_comments",
            "descending",
            "boolean",
            "default is true",
        ),
        ("channels_create", "warning", "boolean", "if true"),
        (
            "channels_set_auto_follow",
            "autofollow",
            "boolean",
            "True if",
        ),
        ("files_edit", "mode", "integer", "0=edit"),
        ("activate_guest", "auth_type", "integer", "0 - plain"),
        ("files_avatar", "internal", "boolean", "If set to true"),
        ("channels_history_no_comments", "count", "string", "none"),
        ("pins_list", "include_public", "string", "none"),
    ];
    for (o, p, ty, cue) in cases {
        let x = param(o, p);
        assert_eq!(
            (x.ty.to_string(), x.type_cue.as_deref()),
            (ty.to_string(), Some(cue)),
            "{o}.{p}"
        );
    }
    assert_eq!(
        param("channels_history_no_comments", "descending").default,
        Some(serde_json::json!(true))
    );
    let status = param("users_set_status", "status");
    assert_eq!(status.ty.to_string(), "UsersSetStatusStatus");
    let values: Vec<&str> = s.types["UsersSetStatusStatus"]
        .values()
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(
        values,
        ["offline", "typing", "commenting", "online", "background"]
    );
    let filetype = param("files_empty", "filetype");
    assert_eq!(s.types[&filetype.ty.to_string()].values().len(), 3);
}

#[test]
fn returns_blocks_type_names_real_values_and_undefined_types() {
    let s = spec("teamchat");
    assert_eq!(
        s.operations
            .iter()
            .filter(|o| !o.responses.is_empty())
            .count(),
        81
    );
    let unknown: Vec<&str> = s
        .operations
        .iter()
        .filter(|o| o.unknown == [chatgen_codegen::spec::Unknown::Response])
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(
        unknown.len(),
        13,
        "11 without Returns, 2 with an empty one: {unknown:?}"
    );
    assert!(unknown.contains(&"threads_follow") && unknown.contains(&"files_download"));

    let diff = &s.types["ChannelsDiffResponse"];
    assert_eq!(
        diff.fields()[0].ty.to_string(),
        "{list: TTeamchatChannelChange}"
    );
    assert_eq!(
        diff.fields()[1].ty.to_string(),
        "ChannelsDiffResponseStatus"
    );
    let values: Vec<&str> = s.types["ChannelsDiffResponseStatus"]
        .values()
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(values, ["added", "deleted", "renamed"]);
    let change = &s.types["TTeamchatChannelChange"];
    assert!(change.undefined && change.is_open() && change.fields().is_empty());
    let undefined = s.types.iter().filter(|(_, t)| t.undefined).count();
    assert_eq!(
        undefined, 12,
        "every TTeamchat… name; the page defines none"
    );

    let info = op(&s, "conferences_info");
    assert_eq!(info.examples[0].kind, SampleKind::Real);
    let conference = &s.types["ConferencesInfoResponseConference"];
    let start = conference
        .fields()
        .iter()
        .find(|f| f.name == "start_date_time")
        .unwrap();
    assert_eq!(start.ty, TypeRef::Primitive(Primitive::Integer));
    assert_eq!(
        s.types["OkResponse"].fields().len(),
        1,
        "`{{\"ok\": \"boolean\"}}` is one shared type"
    );

    // Missing commas are read leniently and the text is kept verbatim.
    let check = op(&s, "conferences_check_password");
    assert!(
        check.examples[0]
            .raw
            .as_deref()
            .unwrap()
            .contains("\"correct\": \"boolean\"\n \"ok\"")
    );
    assert_eq!(
        check.examples[0].json,
        Some(serde_json::json!({"correct": "boolean", "ok": "boolean"}))
    );
}

#[test]
fn diagnostics_are_warnings_with_lines() {
    let diags = &chatgen_tests::built().1;
    let tc: Vec<String> = diags
        .iter()
        .filter(|d| d.file.contains("teamchat"))
        .map(|d| format!("{}: {}", d.line, d.message))
        .collect();
    assert!(!xtask::diag::has_errors(diags));
    assert!(
        tc.contains(&"1235: method numbering has a gap: 2.77 missing".to_string()),
        "{tc:#?}"
    );
    assert!(
        tc.contains(&"1: page text before the title skipped (lines 1-3)".to_string()),
        "{tc:#?}"
    );
    // The page's footer (lines 1527-2019) and the headless text of 2.77 (line 1230) are
    // not read into any method: the reader reads labelled lists and JSON only; they are
    // not reported line by line either (the old reader did; the gap above says it).
    assert!(
        tc.iter().any(|d| d
            .contains("`TTeamChatMessageEvent` and `TTeamchatMessageEvent` differ only in case")),
        "{tc:#?}"
    );
}
