//! Support for the end-to-end tests in `tests/tests/`: where the repository is, the specs
//! built from its own sources, and values built from schema samples.

use std::path::PathBuf;

use chatgen_codegen::ApiSpec;
use serde_json::Value;

/// The repository root.
pub fn root() -> PathBuf {
    xtask::regen::repo_root()
}

/// The normalized spec of `api`, built in memory from `spec/sources` (not read from the
/// checked-in YAML, so tests see what a regen would write).
pub fn spec(api: &str) -> ApiSpec {
    let (specs, diags) = xtask::regen::build_specs(&root()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!xtask::diag::has_errors(&diags), "{diags:#?}");
    specs
        .into_iter()
        .find(|s| s.api == api)
        .unwrap_or_else(|| panic!("no api {api}"))
}

/// A value of the shape a type-name sample describes: `"integer"` → `1`, `"string"` →
/// `"string"`, `"boolean"` → `true`, `"object"` → `{}`; keys lose their optional `?`.
/// Panics on a type name it does not know, so a new name in a doc cannot pass unnoticed.
pub fn instantiate(sample: &Value) -> Value {
    match sample {
        Value::String(word) => match word.as_str() {
            "integer" => Value::from(1),
            "number" => Value::from(1.5),
            "string" => Value::from("string"),
            "boolean" => Value::from(true),
            "object" => Value::Object(Default::default()),
            other => panic!("unknown type name `{other}` in a sample"),
        },
        Value::Array(items) => Value::Array(items.iter().map(instantiate).collect()),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.trim_end_matches('?').to_string(), instantiate(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Decodes `value` as `T` and encodes it back; `Err` says what differed.
pub fn round_trip<T>(value: &Value) -> Result<(), String>
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let typed: T =
        serde_json::from_value(value.clone()).map_err(|e| format!("does not decode: {e}"))?;
    let back = serde_json::to_value(&typed).map_err(|e| format!("does not encode: {e}"))?;
    if back == *value {
        Ok(())
    } else {
        Err(format!("encodes to {back}, not {value}"))
    }
}
