//! The Messenger (Redoc capture) spec, checked against figures counted in
//! `spec/sources/messenger-redoc.txt` by reading it, and snapshotted whole.

use chatgen_codegen::spec::{
    AuthScheme, ExampleOf, Location, Primitive, SampleKind, TypeRef, Unknown,
};
use chatgen_tests::spec;

#[test]
fn twelve_operations_in_two_tags_with_routes_left_unknown() {
    let s = spec("messenger");
    assert_eq!(s.operations.len(), 12);
    let tags: Vec<&str> = s
        .operations
        .iter()
        .map(|o| o.tag.as_deref().unwrap())
        .collect();
    assert_eq!(tags.iter().filter(|t| **t == "chatrooms").count(), 10);
    assert_eq!(tags.iter().filter(|t| **t == "user").count(), 2);
    assert!(
        s.operations
            .iter()
            .all(|o| o.route.is_none() && o.unknown.contains(&Unknown::Route))
    );
    let names: Vec<&str> = s.operations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names[1], "GetRooms");
    assert_eq!(names[10..], ["GetCredentials", "Login"]);
    assert_eq!(
        names[0],
        "Returns a specific chatroom searched by eventID in a specific organization."
    );
    assert_eq!(s.operations[0].id, "returns_specific_chatroom_searched");
    assert_eq!(s.auth.scheme, AuthScheme::ApiKey);
    assert_eq!(s.auth.names, ["API-TOKEN", "Personal-Access-Token"]);
    assert_eq!(
        s.doc.as_deref(),
        Some("The chat service manages chatrooms for our mobile messenger app.")
    );
}

#[test]
fn parameters_with_defaults_and_ranges() {
    let s = spec("messenger");
    let counts: Vec<usize> = s.operations.iter().map(|o| o.params.len()).collect();
    assert_eq!(counts, [2, 4, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0]);
    let rooms = &s.operations[1].params;
    assert_eq!(
        (rooms[0].name.as_str(), rooms[0].location, rooms[0].required),
        ("organization_id", Location::Query, true)
    );
    assert_eq!(
        (rooms[1].ty.clone(), rooms[1].default.clone()),
        (
            TypeRef::Primitive(Primitive::Boolean),
            Some(serde_json::json!(false))
        )
    );
    let limit = &rooms[2];
    assert_eq!(
        (
            limit.minimum.clone(),
            limit.maximum.clone(),
            limit.default.clone()
        ),
        (
            Some(serde_json::json!(1)),
            Some(serde_json::json!(50)),
            Some(serde_json::json!(10))
        )
    );
    assert_eq!(
        limit.doc.as_deref(),
        Some("max. amount of chatrooms in paginated list")
    );
    let claim = &s.operations[8].params[0];
    assert_eq!(
        (claim.name.as_str(), claim.location, claim.ty.to_string()),
        ("roomID", Location::Path, "string".to_string()),
        "the doc types this roomID as string"
    );
    assert_eq!(s.operations[5].params[0].ty.to_string(), "integer");
}

#[test]
fn body_schemas_and_placeholder_samples() {
    let s = spec("messenger");
    let bodies: Vec<String> = s
        .operations
        .iter()
        .filter_map(|o| o.body.as_ref())
        .map(|b| b.ty.to_string())
        .collect();
    assert_eq!(bodies.len(), 5);
    let create = &s.types["CreatesNewCustomChatroomBody"];
    let ty = |n: &str| {
        create
            .fields()
            .iter()
            .find(|f| f.name == n)
            .unwrap()
            .ty
            .to_string()
    };
    assert_eq!(create.fields().len(), 8);
    assert_eq!(ty("admins"), "{list: int64}");
    assert_eq!(ty("avatar"), "{list: uint8}");
    assert_eq!(ty("organizationID"), "int64");
    assert_eq!(ty("scheduledDeletion"), "any");
    assert!(
        create.fields().iter().all(|f| f.optional),
        "no field is marked required"
    );
}

/// The request and answer samples Redoc prints, kept with their kind.
#[test]
fn placeholder_samples_of_requests_and_answers() {
    let s = spec("messenger");
    let examples: Vec<_> = s.operations.iter().flat_map(|o| &o.examples).collect();
    assert_eq!(
        examples
            .iter()
            .filter(|e| e.of == ExampleOf::Request)
            .count(),
        5
    );
    assert_eq!(
        examples
            .iter()
            .filter(|e| e.of == ExampleOf::Response)
            .count(),
        7
    );
    assert!(
        examples
            .iter()
            .all(|e| e.kind == SampleKind::Placeholder && e.raw.as_deref().unwrap().contains('•'))
    );

    let chatroom = &s.types["Chatroom"];
    assert_eq!(chatroom.sample, Some(SampleKind::Placeholder));
    assert_eq!(chatroom.fields().len(), 11);
    let deletion = chatroom
        .fields()
        .iter()
        .find(|f| f.name == "scheduledDeletion")
        .unwrap();
    assert!(deletion.nullable && !deletion.optional);
    let using: Vec<&str> = s
        .operations
        .iter()
        .filter(|o| {
            o.responses
                .iter()
                .any(|r| r.ty.as_ref().is_some_and(|t| t.to_string() == "Chatroom"))
        })
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(
        using.len(),
        4,
        "one named type for the chatroom four operations return: {using:?}"
    );
    let unknown_status = s
        .operations
        .iter()
        .filter(|o| o.unknown.contains(&Unknown::ResponseStatus))
        .count();
    assert_eq!(unknown_status, 7);
    assert!(
        s.operations
            .iter()
            .flat_map(|o| &o.responses)
            .all(|r| r.status.is_none())
    );
}
