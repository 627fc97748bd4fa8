//! The Wimi WApi spec, checked against figures counted in `spec/sources/wimi-wapi.txt` by
//! reading it, and snapshotted whole.

use chatgen_codegen::spec::{AuthScheme, Location, Protocol};
use chatgen_tests::{op, spec};

#[test]
fn all_716_listed_actions_and_the_114_detailed() {
    let s = spec("wimi");
    // Lines 60-160 of the doc: the `header`/`body` envelope, `body.error` with `id` and `str`,
    // `app_token`, `token` (returned by auth.user.login) and `auth`.
    let mut expected = Protocol::header_body_envelope();
    expected.paging = s.protocol.paging.clone();
    // spec/overrides/wimi.yaml names the error object's type (the preamble's lines 140-148).
    if let Some(answer) = &mut expected.answer {
        answer.error_type = Some("ErrorBody".into());
    }
    assert_eq!(s.protocol, expected);
    assert_eq!(s.from_override, ["protocol.error_type"]);
    let error = &s.types["ErrorBody"];
    let fields: Vec<(&str, bool)> = error
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), f.optional))
        .collect();
    assert_eq!(
        fields,
        [
            ("debug_msg", true),
            ("detail_id", true),
            ("detail_str", true),
            ("id", false),
            ("str", false)
        ]
    );
    assert_eq!(
        s.protocol.paging.keys().collect::<Vec<_>>(),
        ["activity_event_get_list", "chat_chat_load_messages"]
    );
    assert_eq!(
        (s.version.as_deref(), s.base_url.as_deref()),
        (Some("1.2"), Some("https://api.wimi.pro"))
    );
    assert_eq!(s.auth.scheme, AuthScheme::Token);
    assert_eq!(s.operations.len(), 716);
    assert_eq!(s.operations.iter().filter(|o| !o.listed_only).count(), 114);
    assert!(
        s.operations
            .iter()
            .all(|o| o.rpc.as_ref().is_some_and(|r| r.target == o.name))
    );
    let listed = s.operations.iter().find(|o| o.listed_only).unwrap();
    assert!(listed.params.is_empty() && listed.responses.is_empty());
    // The one description that wraps onto a second line of the Actions List.
    let wrapped = s
        .operations
        .iter()
        .find(|o| o.name == "task.tlist.DashboardGlobal")
        .unwrap();
    assert!(
        wrapped
            .doc
            .as_deref()
            .unwrap()
            .ends_with("Same as dashboard but for a user, not a project")
    );
    let logout = op(&s, "auth_user_logout");
    assert_eq!(logout.name, "auth.user.Logout");
}

#[test]
fn header_identification_and_body_data_with_the_bullet_grammar() {
    let s = spec("wimi");
    let count = |l: Location| {
        s.operations
            .iter()
            .flat_map(|o| &o.params)
            .filter(|p| p.location == l)
            .count()
    };
    assert_eq!((count(Location::Header), count(Location::Body)), (403, 151));
    let login = op(&s, "auth_user_login");
    assert_eq!(login.line, 935);
    let header: Vec<&str> = login
        .params
        .iter()
        .filter(|p| p.location == Location::Header)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(header, ["account_name", "user_id"]);
    assert_eq!(
        login
            .params
            .iter()
            .filter(|p| p.location == Location::Body)
            .count(),
        9
    );
    let account = &login.params[0];
    assert_eq!(
        (account.required, account.default.clone()),
        (false, Some(serde_json::json!("")))
    );
    let list_projects = login
        .params
        .iter()
        .find(|p| p.name == "list_projects")
        .unwrap();
    assert_eq!(
        (list_projects.ty.to_string(), list_projects.default.clone()),
        ("boolean".into(), Some(serde_json::json!(false)))
    );
    assert!(
        login
            .params
            .iter()
            .find(|p| p.name == "user_id")
            .unwrap()
            .required,
        "no `Optional:`"
    );
    let restrictions = &login.metadata["role restrictions"];
    assert!(
        restrictions.starts_with("Guests (-5)Contributors (0)"),
        "{restrictions}"
    );
}

/// The login's output: list and nullable fields from the bullet grammar; types the doc names
/// but never defines are marked undefined.
#[test]
fn output_fields_are_typed_and_undefined_types_marked() {
    let s = spec("wimi");
    let output = &s.types["AuthUserLoginOutput"];
    let projects = output
        .fields()
        .iter()
        .find(|f| f.name == "projects")
        .unwrap();
    assert_eq!(
        (projects.ty.to_string(), projects.nullable),
        ("{list: Project}".into(), true)
    );
    assert!(
        output
            .fields()
            .iter()
            .find(|f| f.name == "need_double_authentification")
            .unwrap()
            .nullable
    );
    assert!(
        s.types["User"].undefined && s.types["Project"].undefined,
        "named but never defined"
    );
}

/// Defaults written as PHP dumps become JSON values; a parameter typed by a PHP class keeps
/// the class's name.
#[test]
fn php_dump_defaults_and_class_types() {
    let s = spec("wimi");
    let param = |id: &str, name: &str| {
        op(&s, id)
            .params
            .iter()
            .find(|p| p.name == name)
            .unwrap()
            .clone()
    };
    let filters = param("calendar_event_get_list", "filters");
    assert_eq!(
        (filters.ty.to_string(), filters.default),
        ("{list: integer}".into(), Some(serde_json::json!([1]))),
        "int list, PHP `Array ( [0] => 1 )`"
    );
    assert_eq!(
        param("calendar_event_copy_event_list", "recurrence_id_list").default,
        Some(serde_json::json!({})),
        "`stdClass Object ( )`"
    );
    assert_eq!(
        param("chat_chat_post_message", "integration_attachment")
            .ty
            .to_string(),
        r"Wimi\WApi\Parameter\WapiParamIntegrationAttachment"
    );
}

#[test]
fn the_cut_off_last_section_is_kept_and_reported() {
    let s = spec("wimi");
    let last = s.operations.iter().rev().find(|o| !o.listed_only).unwrap();
    assert_eq!(last.name, "document.directory.ConversationClearUnseen");
    let diags = &chatgen_tests::built().1;
    let cut: Vec<_> = diags
        .iter()
        .filter(|d| d.file.ends_with("wimi-wapi.txt") && d.message.contains("cut off"))
        .collect();
    assert_eq!(cut.len(), 1, "{cut:#?}");
}
