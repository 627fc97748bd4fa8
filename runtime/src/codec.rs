//! Small encoders and decoders the HTTP core picks from the [`crate::Protocol`]: JSON
//! pointers into envelopes, form/query pairs, and reading an answer's failure, error, code,
//! message and result.

use serde_json::{Map, Value};

use crate::protocol::{Answer, Failure};

/// Sets the member at JSON pointer `at` in `doc`, creating objects on the way (a non-object
/// on the way is replaced by one). `""` replaces the whole document.
pub(crate) fn set_pointer(doc: &mut Value, at: &str, value: Value) {
    let mut slot = doc;
    for token in at.split('/').skip(1) {
        let key = token.replace("~1", "/").replace("~0", "~");
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Value::Object(map) = slot else { return };
        slot = map.entry(key).or_insert(Value::Null);
    }
    *slot = value;
}

/// The text at `at`: a string as is, any other value as JSON text; `None` when absent or
/// `null`.
pub(crate) fn text_at(doc: &Value, at: &str) -> Option<String> {
    match doc.pointer(at)? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Whether an answer says that the call failed.
pub(crate) fn is_failure(failure: &Failure, doc: &Value) -> bool {
    match (doc.pointer(&failure.at), &failure.equals) {
        (None | Some(Value::Null), _) => false,
        (Some(_), None) => true,
        (Some(v), Some(expected)) => v == expected,
    }
}

/// Whether answers must be parsed as JSON documents before the result is decoded.
pub(crate) fn needs_document(answer: &Answer, refreshes: bool) -> bool {
    answer.result.is_some() || answer.failure.is_some() || !answer.echo.is_empty() || refreshes
}

/// Name/value pairs of a parameter object: text as is, lists as repeated names, other values
/// as JSON text.
pub(crate) fn pairs(fields: &Map<String, Value>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, value) in fields {
        let items: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for item in items {
            let text = match item {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            out.push((name.clone(), text));
        }
    }
    out
}

/// A serialisable value as a JSON object (`None`/`null` → empty).
pub(crate) fn to_object<P: serde::Serialize + ?Sized>(
    value: Option<&P>,
    what: &str,
) -> Result<Map<String, Value>, String> {
    match value.map(serde_json::to_value).transpose() {
        Ok(None | Some(Value::Null)) => Ok(Map::new()),
        Ok(Some(Value::Object(map))) => Ok(map),
        Ok(Some(other)) => Err(format!("{what} must be an object, not {other}")),
        Err(e) => Err(format!("{what} do not serialise: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_create_objects_and_unescape() {
        let mut doc = Value::Null;
        set_pointer(&mut doc, "/header/target", json!("a.b"));
        set_pointer(&mut doc, "/body/data", json!({}));
        set_pointer(&mut doc, "/x~1y/z~0", json!(1));
        assert_eq!(
            doc,
            json!({"header": {"target": "a.b"}, "body": {"data": {}}, "x/y": {"z~": 1}})
        );
        assert_eq!(text_at(&doc, "/header/target").as_deref(), Some("a.b"));
        assert_eq!(text_at(&doc, "/x~1y/z~0").as_deref(), Some("1"));
        assert_eq!(text_at(&doc, "/nope"), None);
    }

    #[test]
    fn failure_by_flag_or_presence() {
        let flag = Failure {
            at: "/ok".into(),
            equals: Some(json!(false)),
        };
        assert!(is_failure(&flag, &json!({"ok": false, "error": "x"})));
        assert!(!is_failure(&flag, &json!({"ok": true})));
        assert!(!is_failure(&flag, &json!([1])));
        let present = Failure {
            at: "/error".into(),
            equals: None,
        };
        assert!(is_failure(
            &present,
            &json!({"data": null, "error": {"id": 1}})
        ));
        assert!(!is_failure(&present, &json!({"data": 1, "error": null})));
    }

    #[test]
    fn pairs_repeat_lists() {
        let map = to_object(
            Some(&json!({"name": "a b", "ids": [1, 2], "o": {"k": 1}})),
            "p",
        )
        .unwrap_or_default();
        let got: Vec<String> = pairs(&map)
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        assert_eq!(got, ["name=a b", "ids=1", "ids=2", "o={\"k\":1}"]);
        assert!(to_object(Some(&json!([1])), "parameters").is_err());
    }
}
