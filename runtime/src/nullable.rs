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
