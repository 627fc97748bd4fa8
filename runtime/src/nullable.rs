//! Fields that may be absent *and* may be `null`.

/// Serde adapter for `Option<Option<T>>`: `None` is an absent field, `Some(None)` is `null`,
/// `Some(Some(v))` is a value. Use with `#[serde(default, skip_serializing_if =
/// "Option::is_none", with = "double_option")]`.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Writes `Some(None)` as `null` and `Some(Some(v))` as `v`.
    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<Option<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    /// Reads a present field: `null` becomes `Some(None)`.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct S {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::double_option"
        )]
        x: Option<Option<i64>>,
    }

    #[test]
    fn absent_null_and_value_stay_apart() {
        for (json, value) in [
            ("{}", None),
            (r#"{"x":null}"#, Some(None)),
            (r#"{"x":3}"#, Some(Some(3))),
        ] {
            let s: S = serde_json::from_str(json).unwrap();
            assert_eq!(s.x, value, "{json}");
            assert_eq!(serde_json::to_string(&s).unwrap(), json);
        }
    }
}

/// Serde adapter for an optional field of type `any` (`Option<serde_json::Value>`): a
/// present `null` is `Some(Value::Null)`, not `None`, so absent and `null` stay apart
/// without a second `Option`. Use with `#[serde(default, skip_serializing_if =
/// "Option::is_none", deserialize_with = "present::deserialize")]`.
pub mod present {
    use serde::{Deserialize, Deserializer};

    /// Reads a present field, `null` included, as `Some`.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<T>, D::Error> {
        T::deserialize(deserializer).map(Some)
    }
}

#[cfg(test)]
mod present_tests {
    use serde::{Deserialize, Serialize};
    use serde_json::Value;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct S {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "super::present::deserialize"
        )]
        x: Option<Value>,
    }

    #[test]
    fn a_present_null_is_kept() {
        for (json, value) in [
            ("{}", None),
            (r#"{"x":null}"#, Some(Value::Null)),
            (r#"{"x":[1]}"#, Some(serde_json::json!([1]))),
        ] {
            let s: S = serde_json::from_str(json).unwrap();
            assert_eq!(s.x, value, "{json}");
            assert_eq!(serde_json::to_string(&s).unwrap(), json);
        }
    }
}
