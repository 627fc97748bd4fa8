//! Request bodies in the media type an operation declares: JSON (the default), a form
//! (`application/x-www-form-urlencoded`), `multipart/form-data` (bytes fields as file parts),
//! or for any other type (`application/octet-stream`, `text/plain`) the bytes or text of the
//! value as they are.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_encode, utf8_percent_encode};
use serde::ser::{self, Serialize, Serializer};
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
///
/// Other media types are encoded from the body's serde data model ([`Part`]), not from a
/// `serde_json::Value`, so that bytes ([`crate::Binary`]) stay bytes: a whole body of bytes
/// is sent as is, and a bytes field of a multipart form becomes a file part.
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
    let part = body
        .serialize(PartSer)
        .map_err(|e| format!("request body does not serialise: {e}"))?;
    match essence {
        "application/x-www-form-urlencoded" => {
            let pairs: Vec<String> = fields(part)?
                .into_iter()
                .map(|(k, v)| {
                    let v = match v {
                        Field::Text(t) => t.into_bytes(),
                        Field::Bytes(b) => b,
                    };
                    format!(
                        "{}={}",
                        utf8_percent_encode(&k, FORM),
                        percent_encode(&v, FORM)
                    )
                })
                .collect();
            Ok((media.to_string(), pairs.join("&").into_bytes()))
        }
        "multipart/form-data" => {
            let mut out = Vec::new();
            for (k, v) in fields(part)? {
                let name = k.replace('"', "%22");
                out.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
                match v {
                    Field::Text(text) => {
                        out.extend_from_slice(
                            format!("content-disposition: form-data; name=\"{name}\"\r\n\r\n")
                                .as_bytes(),
                        );
                        out.extend_from_slice(text.as_bytes());
                    }
                    Field::Bytes(bytes) => {
                        out.extend_from_slice(
                            format!(
                                "content-disposition: form-data; name=\"{name}\"; \
                                 filename=\"{name}\"\r\ncontent-type: application/octet-stream\r\n\r\n"
                            )
                            .as_bytes(),
                        );
                        out.extend_from_slice(&bytes);
                    }
                }
                out.extend_from_slice(b"\r\n");
            }
            out.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
            Ok((format!("multipart/form-data; boundary={BOUNDARY}"), out))
        }
        // Any other type (`application/octet-stream`, `text/plain`, `*/*`): text or bytes as
        // they are, anything else as JSON text.
        _ => Ok((
            media.to_string(),
            match part {
                Part::Null => Vec::new(),
                Part::Text(t) => t.into_bytes(),
                Part::Bytes(b) => b,
                other => other.into_json().to_string().into_bytes(),
            },
        )),
    }
}

/// A form field's value.
enum Field {
    Text(String),
    Bytes(Vec<u8>),
}

/// An object's members as form fields: text as itself, bytes as bytes, lists repeated, `null`
/// left out, anything else as JSON text.
fn fields(part: Part) -> Result<Vec<(String, Field)>, String> {
    let Part::Fields(members) = part else {
        return Err(format!(
            "a form body must be an object, not {}",
            part.into_json()
        ));
    };
    let mut out = Vec::new();
    for (k, v) in members {
        let items = match v {
            Part::List(items) => items,
            other => vec![other],
        };
        for item in items {
            match item {
                Part::Null => {}
                Part::Text(s) => out.push((k.clone(), Field::Text(s))),
                Part::Bytes(b) => out.push((k.clone(), Field::Bytes(b))),
                other => out.push((k.clone(), Field::Text(other.into_json().to_string()))),
            }
        }
    }
    Ok(out)
}

/// A value in serde's data model, with bytes apart from lists of numbers.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    Text(String),
    Bytes(Vec<u8>),
    List(Vec<Part>),
    Fields(Vec<(String, Part)>),
}

impl Part {
    /// As JSON (bytes as serde_json writes them: an array of numbers).
    fn into_json(self) -> Value {
        match self {
            Part::Null => Value::Null,
            Part::Bool(b) => Value::Bool(b),
            Part::Number(n) => Value::Number(n),
            Part::Text(t) => Value::String(t),
            Part::Bytes(b) => Value::Array(b.into_iter().map(Value::from).collect()),
            Part::List(items) => Value::Array(items.into_iter().map(Part::into_json).collect()),
            Part::Fields(members) => Value::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (k, v.into_json()))
                    .collect(),
            ),
        }
    }

    /// Text of a map key.
    fn into_key(self) -> Result<String, PartError> {
        match self {
            Part::Text(t) => Ok(t),
            Part::Bool(b) => Ok(b.to_string()),
            Part::Number(n) => Ok(n.to_string()),
            other => Err(PartError(format!(
                "a map key must be text, not {}",
                other.into_json()
            ))),
        }
    }
}

/// Why a body does not serialise.
#[derive(Debug)]
struct PartError(String);

impl std::fmt::Display for PartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PartError {}

impl ser::Error for PartError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        PartError(msg.to_string())
    }
}

/// Serialises into a [`Part`].
struct PartSer;

fn number(n: impl Into<serde_json::Number>) -> Result<Part, PartError> {
    Ok(Part::Number(n.into()))
}

impl Serializer for PartSer {
    type Ok = Part;
    type Error = PartError;
    type SerializeSeq = ListSer;
    type SerializeTuple = ListSer;
    type SerializeTupleStruct = ListSer;
    type SerializeTupleVariant = Tagged<ListSer>;
    type SerializeMap = MapSer;
    type SerializeStruct = MapSer;
    type SerializeStructVariant = Tagged<MapSer>;

    fn serialize_bool(self, v: bool) -> Result<Part, PartError> {
        Ok(Part::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Part, PartError> {
        number(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Part, PartError> {
        number(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Part, PartError> {
        number(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Part, PartError> {
        number(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Part, PartError> {
        number(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Part, PartError> {
        number(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Part, PartError> {
        number(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Part, PartError> {
        number(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Part, PartError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Part, PartError> {
        // As serde_json: a number that JSON cannot write is `null`.
        Ok(serde_json::Number::from_f64(v).map_or(Part::Null, Part::Number))
    }
    fn serialize_char(self, v: char) -> Result<Part, PartError> {
        Ok(Part::Text(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Part, PartError> {
        Ok(Part::Text(v.to_string()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Part, PartError> {
        Ok(Part::Bytes(v.to_vec()))
    }
    fn serialize_none(self) -> Result<Part, PartError> {
        Ok(Part::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Part, PartError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Part, PartError> {
        Ok(Part::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Part, PartError> {
        Ok(Part::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Part, PartError> {
        Ok(Part::Text(variant.to_string()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Part, PartError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Part, PartError> {
        Ok(Part::Fields(vec![(
            variant.to_string(),
            value.serialize(PartSer)?,
        )]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<ListSer, PartError> {
        Ok(ListSer(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<ListSer, PartError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<ListSer, PartError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Tagged<ListSer>, PartError> {
        Ok(Tagged(variant, ListSer(Vec::with_capacity(len))))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<MapSer, PartError> {
        Ok(MapSer {
            members: Vec::with_capacity(len.unwrap_or(0)),
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<MapSer, PartError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Tagged<MapSer>, PartError> {
        Ok(Tagged(variant, self.serialize_map(Some(len))?))
    }
}

/// The items of a list.
struct ListSer(Vec<Part>);

impl ser::SerializeSeq for ListSer {
    type Ok = Part;
    type Error = PartError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PartError> {
        self.0.push(value.serialize(PartSer)?);
        Ok(())
    }
    fn end(self) -> Result<Part, PartError> {
        Ok(Part::List(self.0))
    }
}

impl ser::SerializeTuple for ListSer {
    type Ok = Part;
    type Error = PartError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PartError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Part, PartError> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for ListSer {
    type Ok = Part;
    type Error = PartError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PartError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Part, PartError> {
        ser::SerializeSeq::end(self)
    }
}

/// The members of a map or struct, in order.
struct MapSer {
    members: Vec<(String, Part)>,
    key: Option<String>,
}

impl ser::SerializeMap for MapSer {
    type Ok = Part;
    type Error = PartError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), PartError> {
        self.key = Some(key.serialize(PartSer)?.into_key()?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PartError> {
        let key = self
            .key
            .take()
            .ok_or_else(|| PartError("a map value without a key".into()))?;
        self.members.push((key, value.serialize(PartSer)?));
        Ok(())
    }
    fn end(self) -> Result<Part, PartError> {
        Ok(Part::Fields(self.members))
    }
}

impl ser::SerializeStruct for MapSer {
    type Ok = Part;
    type Error = PartError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), PartError> {
        self.members
            .push((key.to_string(), value.serialize(PartSer)?));
        Ok(())
    }
    fn skip_field(&mut self, _: &'static str) -> Result<(), PartError> {
        Ok(())
    }
    fn end(self) -> Result<Part, PartError> {
        Ok(Part::Fields(self.members))
    }
}

/// An enum variant's content, under the variant's name (serde's external tagging).
struct Tagged<S>(&'static str, S);

impl ser::SerializeTupleVariant for Tagged<ListSer> {
    type Ok = Part;
    type Error = PartError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PartError> {
        ser::SerializeSeq::serialize_element(&mut self.1, value)
    }
    fn end(self) -> Result<Part, PartError> {
        Ok(Part::Fields(vec![(
            self.0.to_string(),
            ser::SerializeSeq::end(self.1)?,
        )]))
    }
}

impl ser::SerializeStructVariant for Tagged<MapSer> {
    type Ok = Part;
    type Error = PartError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), PartError> {
        ser::SerializeStruct::serialize_field(&mut self.1, key, value)
    }
    fn end(self) -> Result<Part, PartError> {
        Ok(Part::Fields(vec![(
            self.0.to_string(),
            ser::SerializeStruct::end(self.1)?,
        )]))
    }
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

    /// Bytes that are not UTF-8 reach the wire unchanged: as a whole body, as a multipart
    /// file part, and percent-encoded in a form.
    #[test]
    fn bytes_stay_bytes() {
        let raw = vec![0u8, 0xff, 0xfe, b'\r', b'\n', 0x80];
        let file = crate::Binary::new(raw.clone());
        let (media, body) = body_bytes(&file, Some("application/octet-stream")).unwrap();
        assert_eq!(
            (media.as_str(), body),
            ("application/octet-stream", raw.clone())
        );

        #[derive(serde::Serialize)]
        struct Upload {
            channels: Option<String>,
            file: crate::Binary,
            ids: Vec<i64>,
            skipped: Option<String>,
        }
        let upload = Upload {
            channels: Some("C1".into()),
            file,
            ids: vec![1, 2],
            skipped: None,
        };
        let (_, multi) = body_bytes(&upload, Some("multipart/form-data")).unwrap();
        let part = [
            &b"content-disposition: form-data; name=\"file\"; filename=\"file\"\r\n\
               content-type: application/octet-stream\r\n\r\n"[..],
            &raw,
            b"\r\n",
        ]
        .concat();
        assert!(multi.windows(part.len()).any(|w| w == part.as_slice()));
        let text = String::from_utf8_lossy(&multi);
        assert_eq!(text.matches("name=\"ids\"\r\n\r\n").count(), 2, "{text}");
        assert!(text.contains("name=\"channels\"\r\n\r\nC1\r\n"), "{text}");
        assert!(!text.contains("skipped"), "{text}");
        let (_, form) = body_bytes(&upload, Some("application/x-www-form-urlencoded")).unwrap();
        assert_eq!(
            String::from_utf8(form).unwrap(),
            "channels=C1&file=%00%FF%FE%0D%0A%80&ids=1&ids=2"
        );
    }
}
