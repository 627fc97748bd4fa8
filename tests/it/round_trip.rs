//! Every JSON example of every doc decodes into its generated type and encodes back to an
//! equal value: type-name samples are instantiated first (`"integer"` → `1`), tada answers
//! are unwrapped to their `result`, and each WApi example request is rebuilt from the
//! generated request types through the runtime's envelope and compared whole. The figures
//! go where `cargo xtask report` reads them.

use chatgen_codegen::ApiSpec;
use chatgen_codegen::spec::{Example, ExampleOf, Operation, SampleKind, TypeRef};
use chatgen_tests::{instantiate, registry, spec};
use serde_json::Value;
use xtask::report::{RoundTrip, round_trip_path};

fn reencode(api: &str, name: &str, value: &Value) -> Option<Result<Value, String>> {
    match api {
        "messenger" => registry::messenger::reencode(name, value),
        "tada" => registry::tada::reencode(name, value),
        "teamchat" => registry::teamchat::reencode(name, value),
        "weavy" => registry::weavy::reencode(name, value),
        "wimi" => registry::wimi::reencode(name, value),
        _ => None,
    }
}

/// Decodes and encodes `value` as `ty`; `Ok(())` when it comes back equal.
fn check(api: &str, ty: &TypeRef, value: &Value) -> Result<(), String> {
    match (ty, value) {
        (TypeRef::Named(name), _) => {
            let back = reencode(api, name, value)
                .ok_or_else(|| format!("no generated type `{name}`"))??;
            if back == *value {
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
                .find(|r| r.status == ex.status)
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

macro_rules! api_round_trip {
    ($($test:ident: $api:literal checks $n:literal skips $k:literal),* $(,)?) => {$(
        #[test]
        fn $test() {
            let r = run($api);
            assert!(r.failures.is_empty(), "{:#?}", r.failures);
            assert_eq!((r.checked, r.skipped.len()), ($n, $k), "{:#?}", r.skipped);
        }
    )*};
}

api_round_trip!(
    weavy: "weavy" checks 14 skips 0,
    teamchat: "teamchat" checks 81 skips 0,
    messenger: "messenger" checks 12 skips 0,
    tada: "tada" checks 56 skips 0,
    wimi: "wimi" checks 108 skips 5,
);
