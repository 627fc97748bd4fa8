//! Field conventions of the Weavy types; every example's round-trip is in `round_trip.rs`.

use chat_clients::weavy::types as t;

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
