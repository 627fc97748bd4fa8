//! Every JSON example of the Weavy doc decodes into its generated type and encodes back to an
//! equal value. Type-name samples are first instantiated (`"integer"` → `1`). The results go
//! to the target directory, where `cargo xtask report` reads them.

use chat_clients::weavy::types as t;
use chatgen_codegen::spec::{ExampleOf, SampleKind};
use chatgen_tests::{instantiate, round_trip, spec};
use serde_json::Value;
use xtask::report::{RoundTrip, round_trip_path};

/// The generated Rust type for a spec type name.
fn check(type_name: &str, value: &Value) -> Result<(), String> {
    match type_name {
        "CreateMessageBody" => round_trip::<t::CreateMessageBody>(value),
        "UpdateMessageBody" => round_trip::<t::UpdateMessageBody>(value),
        "Message" => round_trip::<t::Message>(value),
        "ListMessagesResponse" => round_trip::<t::ListMessagesResponse>(value),
        "ProblemDetails" => round_trip::<t::ProblemDetails>(value),
        other => Err(format!("no generated type registered for `{other}`")),
    }
}

#[test]
fn every_example_round_trips() {
    let s = spec("weavy");
    let mut result = RoundTrip {
        checked: 0,
        passed: 0,
        failures: Vec::new(),
    };
    for op in &s.operations {
        for ex in &op.examples {
            let Some(json) = &ex.json else { continue };
            let ty = match (ex.of, ex.status) {
                (ExampleOf::Request, _) => op.body.as_ref().map(|b| b.ty.to_string()),
                (ExampleOf::Response, Some(status)) => op
                    .responses
                    .iter()
                    .find(|r| r.status == Some(status))
                    .and_then(|r| r.ty.as_ref())
                    .map(ToString::to_string),
                (ExampleOf::Response, None) => None,
            };
            let Some(ty) = ty else {
                result.failures.push(format!(
                    "{} line {}: example has no type to decode into",
                    op.id, ex.line
                ));
                result.checked += 1;
                continue;
            };
            let value = if ex.kind == SampleKind::TypeNames {
                instantiate(json)
            } else {
                json.clone()
            };
            result.checked += 1;
            match check(&ty, &value) {
                Ok(()) => result.passed += 1,
                Err(e) => result
                    .failures
                    .push(format!("{} line {} as {ty}: {e}", op.id, ex.line)),
            }
        }
    }
    let path = round_trip_path(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")), "weavy");
    std::fs::write(&path, serde_json::to_string_pretty(&result).unwrap()).unwrap();
    // 2 real request bodies + 2 body schemas + 10 response schemas.
    assert_eq!(result.checked, 14);
    assert!(result.failures.is_empty(), "{:#?}", result.failures);
}

#[test]
fn absent_fields_are_not_sent() {
    let body = t::CreateMessageBody {
        text: Some("This is a message".into()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        serde_json::json!({"text": "This is a message"})
    );
}

#[test]
fn a_missing_required_field_is_an_error_not_a_default() {
    let err =
        serde_json::from_value::<t::ProblemDetails>(serde_json::json!({"type": "x"})).unwrap_err();
    assert!(err.to_string().contains("missing field"), "{err}");
}
