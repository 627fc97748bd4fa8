//! Request bodies in the media type an operation declares: JSON (the default), a form
//! (`application/x-www-form-urlencoded`), `multipart/form-data`, or the bytes of a text value
//! for any other type (`application/octet-stream`, `text/plain`).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

/// Escaped in a form: all but alphanumerics and `*-._` (the WHATWG form set).
const FORM: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'*')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_');

/// The multipart boundary: fixed, so requests are reproducible.
const BOUNDARY: &str = "chatgen-boundary-5f0c2a9e41d7";

/// The `content-type` header and bytes of `body` sent as `media` (JSON when `None`).
pub(crate) fn body_bytes<B: Serialize + ?Sized>(
    body: &B,
    media: Option<&str>,
) -> Result<(String, Vec<u8>), String> {
    let bad = |e: serde_json::Error| format!("request body does not serialise: {e}");
    let media = media.unwrap_or("application/json");
    let essence = media.split(';').next().unwrap_or("").trim();
    if essence == "application/json" || essence.ends_with("+json") {
        return Ok((media.to_string(), serde_json::to_vec(body).map_err(bad)?));
    }
    let value = serde_json::to_value(body).map_err(bad)?;
    match essence {
        "application/x-www-form-urlencoded" => {
            let pairs: Vec<String> = fields(&value)?
                .into_iter()
                .map(|(k, v)| {
                    format!(
                        "{}={}",
                        utf8_percent_encode(&k, FORM),
                        utf8_percent_encode(&v, FORM)
                    )
                })
                .collect();
            Ok((media.to_string(), pairs.join("&").into_bytes()))
        }
        "multipart/form-data" => {
            let mut out = String::new();
            for (k, v) in fields(&value)? {
                let name = k.replace('"', "%22");
                out.push_str(&format!(
                    "--{BOUNDARY}\r\ncontent-disposition: form-data; name=\"{name}\"\r\n\r\n{v}\r\n"
                ));
            }
            out.push_str(&format!("--{BOUNDARY}--\r\n"));
            Ok((
                format!("multipart/form-data; boundary={BOUNDARY}"),
                out.into_bytes(),
            ))
        }
        _ => match value {
            Value::String(text) => Ok((media.to_string(), text.into_bytes())),
            other => Ok((media.to_string(), other.to_string().into_bytes())),
        },
    }
}

/// An object's members as text pairs: text as itself, lists repeated, `null` left out,
/// anything else as JSON.
fn fields(value: &Value) -> Result<Vec<(String, String)>, String> {
    let Value::Object(members) = value else {
        return Err(format!("a form body must be an object, not {value}"));
    };
    let mut out = Vec::new();
    for (k, v) in members {
        let items = match v {
            Value::Array(items) => items.clone(),
            other => vec![other.clone()],
        };
        for item in items {
            match item {
                Value::Null => {}
                Value::String(s) => out.push((k.clone(), s)),
                other => out.push((k.clone(), other.to_string())),
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_media_type() {
        let body = serde_json::json!({"a b": "x&y-_.~", "n": 2, "l": [1, 2], "none": null});
        let (media, bytes) = body_bytes(&body, None).unwrap();
        assert_eq!(media, "application/json");
        assert_eq!(serde_json::from_slice::<Value>(&bytes).unwrap(), body);
        let (_, form) = body_bytes(&body, Some("application/x-www-form-urlencoded")).unwrap();
        assert_eq!(
            String::from_utf8(form).unwrap(),
            "a%20b=x%26y-_.%7E&n=2&l=1&l=2"
        );
        let (media, multi) = body_bytes(&body, Some("multipart/form-data")).unwrap();
        assert!(media.ends_with(BOUNDARY));
        let multi = String::from_utf8(multi).unwrap();
        assert!(multi.contains("name=\"a b\"\r\n\r\nx&y-_.~\r\n"), "{multi}");
        assert_eq!(multi.matches("name=\"l\"").count(), 2);
        let (media, raw) = body_bytes("bytes", Some("application/octet-stream")).unwrap();
        assert_eq!(
            (media.as_str(), raw.as_slice()),
            ("application/octet-stream", &b"bytes"[..])
        );
        assert!(body_bytes(&1, Some("multipart/form-data")).is_err());
    }
}
