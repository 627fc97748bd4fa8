//! Every JSON example of every doc decodes into its generated type and encodes back to an
//! equal value: type-name samples are instantiated first (`"integer"` → `1`), tada answers
//! are unwrapped to their `result`, and each WApi example request is rebuilt from the
//! generated request types through the runtime's envelope and compared whole. The figures
//! go where `cargo xtask report` reads them.

use chatgen_codegen::ApiSpec;
use chatgen_codegen::spec::{Example, ExampleOf, Operation, SampleKind, TypeRef};
use chatgen_tests::{instantiate, registry, spec};
use serde_json::Value;
use xtask::report::{RoundTrip, round_trip_path, spec_digest};

/// Decodes and encodes `value` as `ty`; `Ok(())` when it comes back equal.
fn check(api: &str, ty: &TypeRef, value: &Value) -> Result<(), String> {
    match (ty, value) {
        (TypeRef::Named(name), _) => {
            let back = registry::reencode(api, name, value)
                .ok_or_else(|| format!("no generated type `{name}`"))??;
            if same_json(&back, value) {
                Ok(())
            } else {
                Err(format!("encodes to {back}, not {value}"))
            }
        }
        (TypeRef::List(item), Value::Array(items)) => {
            items.iter().try_for_each(|v| check(api, item, v))
        }
        (TypeRef::Map(item), Value::Object(map)) => {
            map.values().try_for_each(|v| check(api, item, v))
        }
        (TypeRef::List(_) | TypeRef::Map(_), other) => {
            Err(format!("expected a list or map, found {other}"))
        }
        (TypeRef::Primitive(_), _) => Ok(()),
    }
}

/// JSON equality as JSON defines it: numbers compare by value, so a `number` field that
/// reads the sample's `1` writes it back as `1.0` and is still the same answer.
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y
                || (x.as_f64().is_some() && x.as_f64() == y.as_f64() && (x.is_f64() || y.is_f64()))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// The WApi example request, rebuilt from the generated request types.
fn rebuild_wapi(op: &Operation, example: &Value) -> Result<(), String> {
    let header = &example["header"];
    let part = |name: &str, value: &Value| -> Result<Option<Value>, String> {
        if value.is_null() || value.as_object().is_some_and(|m| m.is_empty()) {
            return Ok(None);
        }
        match registry::wimi::reencode_part(&op.id, name, value) {
            Some(result) => result.map(Some),
            None => Err(format!(
                "the doc's example sends `{name}` but the operation documents none"
            )),
        }
    };
    let identification = part("identification", &header["identification"])?;
    let data = part("data", &example["body"]["data"])?
        .unwrap_or_else(|| Value::Object(Default::default()));
    let text = |key: &str| header[key].as_str().unwrap_or_default().to_string();
    let client = chat_clients::runtime::ApiClient::new(
        "http://127.0.0.1:1",
        chat_clients::wimi::client::protocol(),
    )
    .with_api_version(text("api_version"));
    client.set_credential("app_token", Some(text("app_token")));
    client.set_credential(
        "session_token",
        header
            .get("token")
            .and_then(Value::as_str)
            .map(str::to_string),
    );
    let rebuilt = client.envelope(&text("target"), identification, data, &text("msg_key"));
    if rebuilt.as_ref() == Some(example) {
        Ok(())
    } else {
        Err(format!("rebuilt as {rebuilt:?}"))
    }
}

/// Checks one example; `None` when it shows nothing to decode (an empty request).
fn check_example(s: &ApiSpec, op: &Operation, ex: &Example) -> Option<Result<(), String>> {
    let json = ex.json.as_ref()?;
    if json.to_string().contains("\"no example yet\"") {
        return Some(Err(SKIP.into()));
    }
    if s.protocol.splits_params() && ex.of == ExampleOf::Request {
        return Some(rebuild_wapi(op, json));
    }
    let value = if ex.kind == SampleKind::TypeNames {
        instantiate(json)
    } else {
        json.clone()
    };
    let (ty, value) = match ex.of {
        ExampleOf::Request => (op.body.as_ref().map(|b| &b.ty), value),
        ExampleOf::Response
            if s.protocol
                .answer
                .as_ref()
                .is_some_and(|a| a.result.is_some()) =>
        {
            if value["ok"] != Value::Bool(true) {
                return None; // an error answer: not the result type
            }
            (
                op.responses.first().and_then(|r| r.ty.as_ref()),
                value["result"].clone(),
            )
        }
        ExampleOf::Response => {
            let response = op
                .responses
                .iter()
                .find(|r| r.code() == ex.status)
                .or(op.responses.first());
            (response.and_then(|r| r.ty.as_ref()), value)
        }
    };
    match ty {
        Some(ty) => Some(check(&s.api, ty, &value)),
        None if value.as_object().is_some_and(|m| m.is_empty()) => None,
        None => Some(Err("example without a type to decode into".into())),
    }
}

/// What the doc writes where a value should be: such an example shows no value to decode.
const SKIP: &str = "the doc's example says \"no example yet\" where a value belongs";

fn run(api: &str) -> RoundTrip {
    let s = spec(api);
    let mut result = RoundTrip {
        checked: 0,
        passed: 0,
        failures: Vec::new(),
        skipped: Vec::new(),
        spec_digest: spec_digest(
            &std::fs::read_to_string(chatgen_tests::root().join(format!("spec/{api}.yaml")))
                .unwrap(),
        ),
    };
    for op in &s.operations {
        for ex in &op.examples {
            let Some(outcome) = check_example(&s, op, ex) else {
                continue;
            };
            if outcome.as_ref().is_err_and(|e| e == SKIP) {
                result
                    .skipped
                    .push(format!("{} line {}: {SKIP}", op.id, ex.line));
                continue;
            }
            result.checked += 1;
            match outcome {
                Ok(()) => result.passed += 1,
                Err(e) => result
                    .failures
                    .push(format!("{} line {}: {e}", op.id, ex.line)),
            }
        }
    }
    let path = round_trip_path(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")), api);
    std::fs::write(path, serde_json::to_string_pretty(&result).unwrap()).unwrap();
    result
}

/// What the examples of each API in `xtask::regen::APIS` give: (API, examples checked,
/// examples skipped). Counted by reading each document's examples; for Mastodon, the JSON
/// examples the reader attaches to an operation, of the 680 ```` ```json ```` blocks of its
/// pages (`grep -c`): 658 since a sentence over a `200: OK` example ("Sample call with
/// limit=2.") no longer hides the example from its answer; 662 since the 4 ```` ```http ````
/// requests with a JSON body after their headers (apps.md 1, collections.md 3, counted by
/// a regular expression over the pages) are request examples; 665 since the samples under
/// a status's sub-headings (`###### Local user` under `##### 200: OK`: the 3 of accounts.md's
/// Get account, the only ```` ```json ```` blocks under a `######` heading inside a `#####
/// NNN` one, counted by a script over the pages) are that status's examples.
const EXPECTED: &[(&str, usize, usize)] = &[
    ("mastodon", 665, 0),
    ("messenger", 12, 0),
    ("tada", 56, 0),
    ("teamchat", 81, 0),
    ("weavy", 14, 0),
    ("wimi", 108, 5),
];

/// Every API the tool builds round-trips its examples; an API without figures here fails.
#[test]
fn every_api_round_trips_its_examples() {
    let mut problems = Vec::new();
    for entry in xtask::regen::APIS {
        let Some(&(_, checks, skips)) = EXPECTED.iter().find(|(api, _, _)| *api == entry.api)
        else {
            problems.push(format!("{}: no expected figures in EXPECTED", entry.api));
            continue;
        };
        let r = run(entry.api);
        if !r.failures.is_empty() {
            problems.push(format!("{}: {:#?}", entry.api, r.failures));
        }
        if (r.checked, r.skipped.len()) != (checks, skips) {
            problems.push(format!(
                "{}: checked {} skipped {}, expected {checks} and {skips}: {:#?}",
                entry.api,
                r.checked,
                r.skipped.len(),
                r.skipped
            ));
        }
    }
    let stale: Vec<&str> = EXPECTED
        .iter()
        .map(|(api, _, _)| *api)
        .filter(|api| !xtask::regen::APIS.iter().any(|e| e.api == *api))
        .collect();
    assert!(stale.is_empty(), "figures for APIs not built: {stale:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A generated field that may be absent or `null` keeps the two apart both ways, and a
/// required member that is missing is an error naming it (the member-by-member decoder).
#[test]
fn absent_null_and_value_stay_apart_in_generated_types() {
    use chatgen_tests::corpus::inlet_shop::types::AddImagesBody;
    for (json, thumbnail) in [
        (r#"{"images":[],"ids":[]}"#, None),
        (r#"{"images":[],"ids":[],"thumbnail":null}"#, Some(None)),
        (
            r#"{"images":[],"ids":[],"thumbnail":"t"}"#,
            Some(Some("t".to_string())),
        ),
    ] {
        let body: AddImagesBody = serde_json::from_str(json).unwrap();
        assert_eq!(body.thumbnail, thumbnail, "{json}");
        assert_eq!(serde_json::to_string(&body).unwrap(), json);
    }
    let err = serde_json::from_str::<AddImagesBody>(r#"{"images":[]}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `ids`"), "{err}");
    let err = serde_json::from_str::<AddImagesBody>(r#"{"images":[],"ids":[1]}"#).unwrap_err();
    assert!(
        err.to_string().starts_with("field `ids`: invalid type"),
        "{err}"
    );
}
