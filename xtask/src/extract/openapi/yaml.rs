//! YAML → JSON value, for documents whose numbers JSON's model does not hold as integers.
//!
//! `serde_yaml` hands an integer beyond 64 bits (OpenAI's `seed` has
//! `minimum: -9223372036854776000`) to its visitor as an `i128`, which
//! `serde_json::Value` refuses ("JSON number out of range"), so the whole document was
//! refused. Here such a number becomes the nearest `f64`, as a JSON reader would read it;
//! everything else is what `serde_json::Value` builds (map keys as their scalar text, a
//! later duplicate key replacing an earlier one, a non-finite float as `null`).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Reads `text` as YAML into a JSON value.
pub fn from_str(text: &str) -> Result<Value, serde_yaml::Error> {
    serde_yaml::from_str::<Json>(text).map(|j| j.0)
}

struct Json(Value);

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor).map(Json)
    }
}

struct JsonVisitor;

fn float(v: f64) -> Value {
    Number::from_f64(v).map_or(Value::Null, Value::Number)
}

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value that JSON can hold")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    #[allow(clippy::cast_precision_loss)]
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        Ok(match i64::try_from(v) {
            Ok(v) => Value::from(v),
            Err(_) => match u64::try_from(v) {
                Ok(v) => Value::from(v),
                Err(_) => float(v as f64),
            },
        })
    }

    #[allow(clippy::cast_precision_loss)]
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        Ok(match u64::try_from(v) {
            Ok(v) => Value::from(v),
            Err(_) => float(v as f64),
        })
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(float(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Json(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let Json(v) = map.next_value()?;
            members.insert(key, v);
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_beyond_64_bits_are_floats() {
        let v = from_str("min: -9223372036854776000\nmax: 18446744073709551616\nn: 7\n")
            .map_err(|e| e.to_string());
        let v = v
            .as_ref()
            .map(|v| (v["min"].as_f64(), v["max"].as_f64(), v["n"].as_i64()));
        assert_eq!(
            v,
            Ok((
                Some(-9_223_372_036_854_775_808.0),
                Some(18_446_744_073_709_551_616.0),
                Some(7)
            ))
        );
    }

    #[test]
    fn keys_and_duplicates_as_serde_json_reads_them() {
        let v =
            from_str("200: x\ntrue: y\na: 1\na: 2\nl: [1, {b: ~}]\n").map_err(|e| e.to_string());
        assert_eq!(
            v,
            Ok(serde_json::json!({"200": "x", "true": "y", "a": 2, "l": [1, {"b": null}]}))
        );
    }
}
