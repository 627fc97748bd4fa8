//! What the Weavy doc does not exercise, on a generated fixture (`tests/fixtures/features.yaml`
//! → `tests/src/features/`): enums that accept unlisted values, absent vs `null`, names no
//! Rust identifier can carry, open types, a header API key, HEAD, an uncallable operation.

use chatgen_tests::features::Client;
use chatgen_tests::features::requests::GetThingRequest;
use chatgen_tests::features::types::{Status, Thing, User};
use chatgen_tests::round_trip;
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

#[test]
fn enums_accept_values_the_doc_does_not_list() {
    let s: Status = serde_json::from_value(json!("busy")).unwrap();
    assert_eq!(s, Status::Other("busy".into()));
    assert_eq!(serde_json::to_value(&s).unwrap(), json!("busy"));
    assert_eq!(
        serde_json::from_value::<Status>(json!("offline")).unwrap(),
        Status::Offline
    );
    assert_eq!(
        serde_json::from_value::<Status>(json!("other")).unwrap(),
        Status::Other2,
        "listed `other` is not the catch-all"
    );
    assert!(
        serde_json::from_value::<Status>(json!(3)).is_err(),
        "a non-string is still an error"
    );
}

#[test]
fn absent_and_null_stay_apart() {
    let base = json!({"type": "t", "parent": null, "status": "online"});
    let t: Thing = serde_json::from_value(base.clone()).unwrap();
    assert_eq!((t.note.clone(), t.parent.clone()), (None, None));
    assert_eq!(
        serde_json::to_value(&t).unwrap(),
        base,
        "absent stays absent, null stays null"
    );
    let mut with_null = base.clone();
    with_null["note"] = json!(null);
    let t: Thing = serde_json::from_value(with_null.clone()).unwrap();
    assert_eq!(t.note, Some(None));
    assert_eq!(serde_json::to_value(&t).unwrap(), with_null);
    let mut with_value = base;
    with_value["note"] = json!("hi");
    assert_eq!(
        serde_json::from_value::<Thing>(with_value).unwrap().note,
        Some(Some("hi".into()))
    );
}

#[test]
fn wire_names_survive_sanitising_and_open_types_keep_every_field() {
    let full = json!({
        "type": "t", "self": 1, "getList": "a", "get_list": "b", "2fa": true, "note": null,
        "parent": "p", "status": "busy", "owner": {"id": 7, "name": "Ann", "extra": [1]},
        "big": 18446744073709551615_u64
    });
    round_trip::<Thing>(&full).unwrap();
    let t: Thing = serde_json::from_value(full).unwrap();
    assert_eq!(
        (
            t.type_.as_str(),
            t.self_,
            t.get_list.as_deref(),
            t.get_list_2.as_deref(),
            t._2fa
        ),
        ("t", Some(1), Some("a"), Some("b"), Some(true))
    );
    assert_eq!(t.big, Some(u64::MAX));
    let owner: User = t.owner.unwrap();
    assert_eq!(owner.value["name"], json!("Ann"));
}

#[tokio::test]
async fn header_key_path_escaping_query_lists_and_head() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/things/a%20b"))
        .and(header("x-api-key", "k3y"))
        .and(|r: &Request| r.url.query() == Some("%24top=5&ids=1&ids=2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"type": "a b", "parent": null, "status": "online"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("HEAD"))
        .and(path("/ping"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).with_api_key("k3y");
    assert!(!format!("{client:?}").contains("k3y"));
    let mut request = GetThingRequest::new("a b".into());
    request.top = Some(5);
    request.ids = Some(vec![1, 2]);
    let thing = client.get_thing(&request).await.unwrap();
    assert_eq!(thing.status, Status::Online);
    client.ping().await.unwrap();
}

#[test]
fn uncallable_operations_are_listed_not_generated() {
    let client_rs =
        std::fs::read_to_string(chatgen_tests::root().join("tests/src/features/client.rs"))
            .unwrap();
    assert!(
        client_rs
            .contains("Not callable until an override gives their route: `lost` (Lost route).")
    );
    assert!(!client_rs.contains("pub async fn lost"));
    assert!(client_rs.contains(
        r"Doc text with \`backticks\`, \[brackets\], \<b\>html\</b\>, \*/ and \#\[attr\]."
    ));
}
