//! The Weavy spec, checked against figures counted in `spec/sources/weavy-messages.txt` by
//! reading it, and snapshotted whole.

use chatgen_codegen::spec::{AuthScheme, ExampleOf, Location, Primitive, SampleKind, TypeRef};
use chatgen_tests::spec;

#[test]
fn operations_routes_and_lines_match_the_doc() {
    let s = spec("weavy");
    assert_eq!(s.title, "Messages");
    assert_eq!(s.auth.scheme, AuthScheme::Bearer);
    assert_eq!(s.auth.line, Some(8));
    assert_eq!(
        s.base_url, None,
        "{{WEAVY_SERVER}} is a placeholder, not a base URL"
    );
    let got: Vec<(&str, &str, &str, u32)> = s
        .operations
        .iter()
        .map(|o| {
            let r = o.route.as_ref().unwrap();
            (o.id.as_str(), r.method.as_str(), r.path.as_str(), o.line)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("create_message", "POST", "/api/apps/{id}/messages", 3),
            ("list_messages", "GET", "/api/apps/{id}/messages", 66),
            ("get_message", "GET", "/api/messages/{id}", 95),
            ("update_message", "PATCH", "/api/messages/{id}", 146),
            ("delete_message", "DELETE", "/api/messages/{id}", 222),
            ("trash_message", "POST", "/api/messages/{id}/trash", 235),
            ("restore_message", "POST", "/api/messages/{id}/restore", 294),
            (
                "indicate_typing_message",
                "PUT",
                "/api/apps/{id}/messages/typing",
                335
            ),
        ]
    );
    assert_eq!(s.operations[0].name, "Create message");
    assert_eq!(
        s.operations[0].doc.as_deref(),
        Some(
            "Creates a new message in the specified Conversation (Chat, ChatRoom or PrivateChat)."
        )
    );
}

#[test]
fn every_table_parameter_with_its_location_and_type() {
    let s = spec("weavy");
    let counts: Vec<usize> = s.operations.iter().map(|o| o.params.len()).collect();
    assert_eq!(counts, [1, 9, 2, 1, 1, 1, 1, 1]);
    let list = &s.operations[1];
    let names: Vec<&str> = list.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "id",
            "q",
            "tag",
            "trashed",
            "order_by",
            "top",
            "skip",
            "count",
            "count_only"
        ]
    );
    let id = &list.params[0];
    assert_eq!(
        (id.location, id.required, id.doc.as_deref()),
        (Location::Path, true, Some("Conversation id."))
    );
    let top = &list.params[5];
    assert_eq!((top.location, top.required), (Location::Query, false));
    assert_eq!(top.ty, TypeRef::Primitive(Primitive::Integer));
    assert_eq!(top.line, Some(80));
    let count_only = &list.params[8];
    assert_eq!(count_only.ty, TypeRef::Primitive(Primitive::Boolean));
    assert_eq!(count_only.doc, None, "the doc leaves it undescribed");
    let trashed = &s.operations[2].params[1];
    assert_eq!(
        (trashed.name.as_str(), trashed.location, trashed.line),
        ("trashed", Location::Query, Some(105))
    );
}

#[test]
fn statuses_bodies_and_shared_types() {
    let s = spec("weavy");
    let statuses: Vec<Vec<u16>> = s
        .operations
        .iter()
        .map(|o| o.responses.iter().map(|r| r.code().unwrap()).collect())
        .collect();
    assert_eq!(
        statuses,
        [
            vec![200],
            vec![200],
            vec![200, 404],
            vec![200, 404],
            vec![204],
            vec![200, 404, 400],
            vec![200],
            vec![204]
        ]
    );
    let named = |op: usize, i: usize| {
        s.operations[op].responses[i]
            .ty
            .as_ref()
            .map(ToString::to_string)
    };
    for op in [0, 2, 3, 5, 6] {
        assert_eq!(named(op, 0).as_deref(), Some("Message"), "operation {op}");
    }
    for (op, i) in [(2, 1), (3, 1), (5, 1), (5, 2)] {
        assert_eq!(named(op, i).as_deref(), Some("ProblemDetails"));
    }
    assert_eq!(s.operations[4].responses[0].ty, None);
    assert_eq!(
        s.operations[4].responses[0].doc.as_deref(),
        Some("No Content")
    );
}

/// Message and ProblemDetails are shared by every answer; the bodies' `?` keys are optional
/// fields; seven named types in all.
#[test]
fn shared_types_from_the_schemas_of_answers_and_bodies() {
    let s = spec("weavy");
    let message = &s.types["Message"];
    assert_eq!(message.fields().len(), 18);
    assert!(
        message.fields().iter().all(|f| !f.optional && !f.nullable),
        "the doc marks no response field optional"
    );
    assert_eq!(message.fields()[6].name, "attachments");
    assert_eq!(message.fields()[6].ty.to_string(), "{list: {map: any}}");
    assert_eq!(message.sample, Some(SampleKind::TypeNames));
    let problem: Vec<&str> = s.types["ProblemDetails"]
        .fields()
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(problem, ["type", "title", "status", "detail", "instance"]);

    let create = s.operations[0].body.as_ref().unwrap();
    assert_eq!(create.ty.to_string(), "CreateMessageBody");
    let body = &s.types["CreateMessageBody"];
    assert_eq!(body.fields().len(), 7);
    assert!(
        body.fields().iter().all(|f| f.optional),
        "every key is marked `?`"
    );
    let update = &s.types["UpdateMessageBody"];
    assert_eq!(update.fields().len(), 8);
    let option = &s.types["UpdateMessageBodyOption"];
    assert_eq!(
        (
            option.fields()[0].name.as_str(),
            option.fields()[0].optional
        ),
        ("id", true)
    );
    assert_eq!(
        (
            option.fields()[1].name.as_str(),
            option.fields()[1].optional
        ),
        ("text", false)
    );
    assert_eq!(s.types.len(), 7, "{:?}", s.types.keys().collect::<Vec<_>>());
}

#[test]
fn examples_are_kept_verbatim() {
    let s = spec("weavy");
    let all: Vec<_> = s.operations.iter().flat_map(|o| &o.examples).collect();
    assert_eq!(
        all.len(),
        8 + 12,
        "8 sample requests, 2 body and 10 response schemas"
    );
    let create = &s.operations[0].examples[0];
    assert_eq!(
        (create.of, create.kind, create.line),
        (ExampleOf::Request, SampleKind::Real, 7)
    );
    assert_eq!(
        create.raw.as_deref(),
        Some("{ 'text': 'This is a message' }")
    );
    assert_eq!(
        create.json,
        Some(serde_json::json!({"text": "This is a message"}))
    );
    assert_eq!(
        s.operations[1].examples[0].url.as_deref(),
        Some("{WEAVY_SERVER}/api/apps/1/messages?top=50")
    );
    let first_key = s.operations[0].examples[1]
        .json
        .as_ref()
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .next()
        .cloned();
    assert_eq!(
        first_key.as_deref(),
        Some("blobs?"),
        "keys as written, in doc order"
    );
}
