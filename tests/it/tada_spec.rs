//! The tada.team spec, checked against figures counted in `spec/sources/tada-v3.txt` by
//! reading it, and snapshotted whole.

use chatgen_codegen::spec::{Location, Method, Protocol, SampleKind};
use chatgen_tests::{op, spec};

#[test]
fn every_block_once_and_sms_login_twice_merged() {
    let s = spec("tada");
    // Every answer is `{"_time", "ok", "result"}`; the doc's help text (line 1979) gives
    // `{"ok": false, "error": "Описание ошибки"}` for a failure.
    assert_eq!(
        s.protocol,
        Protocol::rest()
            .with_result_at(chatgen_codegen::spec::JsonPointer::member("result"))
            .with_failure_flag(
                chatgen_codegen::spec::JsonPointer::member("ok"),
                chatgen_codegen::spec::JsonPointer::member("error"),
            )
    );
    // 41 `METHOD /path` lines; `POST /api/v3/sms-login` is documented at lines 1007 and 1080.
    assert_eq!(s.operations.len(), 40);
    let login = op(&s, "post_sms_login");
    let lines: Vec<u32> = login.examples.iter().map(|e| e.line).collect();
    assert_eq!(
        lines,
        [1015, 1021, 1088, 1094],
        "both blocks' examples are kept"
    );
    assert_eq!(login.line, 1007);
    let ping = op(&s, "get_ping");
    assert_eq!(
        (
            ping.name.as_str(),
            ping.route.as_ref().unwrap().path.as_str()
        ),
        ("Пинг", "/api/v3/ping")
    );
    assert_eq!(
        s.operations
            .iter()
            .filter(|o| o.route.as_ref().unwrap().method == Method::Delete)
            .count(),
        5
    );
}

#[test]
fn parameters_from_bullets_paths_and_query() {
    let s = spec("tada");
    let count = |l: Location| {
        s.operations
            .iter()
            .flat_map(|o| &o.params)
            .filter(|p| p.location == l)
            .count()
    };
    // 27 `{placeholders}`, one `?debug=True`; the 13 `• name — …` bullets after routes
    // (lines 1011, 1035-1039, 1108-1109, 1173-1176, and `contacts`) are the fields of their
    // operations' JSON bodies, not parameters beside them.
    assert_eq!(
        (
            count(Location::Path),
            count(Location::Body),
            count(Location::Query)
        ),
        (27, 0, 1)
    );
    let listed: usize = [
        ("post_sms_login", 1),
        ("post_sms_auth", 5),
        ("post_sms_cookieauth", 2),
        ("post_qr_auth", 4),
        ("put_devices_device_id_address_book", 1),
    ]
    .iter()
    .map(|(id, n)| {
        let body = op(&s, id).body.as_ref().expect("a body");
        let name = body.ty.to_string();
        let fields = s.types[&name]
            .fields()
            .iter()
            .filter(|f| f.doc.is_some())
            .count();
        assert_eq!(
            fields, *n,
            "{id}: the listed fields carry their descriptions"
        );
        assert_eq!(body.content_type.as_deref(), Some("application/json"));
        fields
    })
    .sum();
    assert_eq!(listed, 13);
}

/// A query string on a route is not its path: `?debug=True` is a boolean query parameter;
/// `{placeholders}` are required path parameters; a bullet names a body field and the
/// request example types it.
#[test]
fn query_strings_placeholders_and_bullet_fields() {
    let s = spec("tada");
    let qr = op(&s, "get_qr_login_png");
    assert_eq!(
        qr.route.as_ref().unwrap().path,
        "/api/v3/qr-login.png",
        "the query part is not the path"
    );
    let debug = &qr.params[0];
    assert_eq!(
        (debug.name.as_str(), debug.location, debug.ty.to_string()),
        ("debug", Location::Query, "boolean".into())
    );
    let device = &op(&s, "get_devices_device_id").params[0];
    assert_eq!(
        (device.name.as_str(), device.location, device.required),
        ("device_id", Location::Path, true)
    );
    // The bullet names the field, the request example types it.
    let body = op(&s, "post_sms_login")
        .body
        .as_ref()
        .unwrap()
        .ty
        .to_string();
    let phone = s.types[&body]
        .fields()
        .iter()
        .find(|f| f.name == "phone")
        .unwrap();
    assert_eq!(phone.ty.to_string(), "string");
    assert!(phone.optional, "the doc does not say it is required");
    assert!(
        phone
            .doc
            .as_deref()
            .unwrap()
            .starts_with("телефон в любом формате"),
        "Russian kept as written"
    );
}

#[test]
fn results_events_and_shared_objects() {
    let s = spec("tada");
    let put_team = op(&s, "put_teams_team_uid");
    assert_eq!(
        put_team.events,
        [
            "server.team.updated",
            "server.contact.updated (если изменился режим иерархии)",
            "server.group.updated (если изменился режим иерархии)"
        ]
    );
    assert_eq!(
        op(&s, "delete_teams_team_uid").events,
        ["server.team.deleted"]
    );
    assert_eq!(
        op(&s, "get_ping").responses[0]
            .ty
            .as_ref()
            .unwrap()
            .to_string(),
        "string",
        "the `result` of the envelope"
    );
    assert_eq!(
        op(&s, "get_countries").responses[0]
            .ty
            .as_ref()
            .unwrap()
            .to_string(),
        "{list: GetCountriesResultItem}"
    );
    for (id, ty) in [
        ("get_devices_device_id", "Device"),
        ("get_devices", "{list: Device}"),
        ("get_teams_team_uid", "Team"),
    ] {
        assert_eq!(
            op(&s, id).responses[0].ty.as_ref().unwrap().to_string(),
            ty,
            "{id}"
        );
    }
    let country = &s.types["GetCountriesResultItem"];
    let default = country
        .fields()
        .iter()
        .find(|f| f.name == "default")
        .unwrap();
    assert!(
        default.optional,
        "only one country has `default` (the doc says so): merged samples make it optional"
    );
    assert_eq!(country.sample, Some(SampleKind::Real));
    assert!(
        s.operations
            .iter()
            .flat_map(|o| &o.examples)
            .all(|e| e.kind == SampleKind::Real)
    );
}
