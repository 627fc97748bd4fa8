//! `format: binary` values: bytes kept as bytes, never passed through text.

use std::fmt;

use bytes::Bytes;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Bytes as the API sends or receives them: a whole `application/octet-stream` body, or a file
/// part of a `multipart/form-data` body (sent with the field's name as its file name and
/// `content-type: application/octet-stream`).
///
/// It serialises as bytes (`serialize_bytes`): the runtime's body encoders send them as they
/// are. JSON has no bytes, so inside a JSON body they travel as serde_json writes bytes, an
/// array of numbers; read from JSON, a string gives its UTF-8 bytes and an array of numbers
/// its values.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Binary(pub Bytes);

impl Binary {
    /// Wraps `bytes` (a `Vec<u8>`, a `&'static [u8]`, a `Bytes`, a `String`…).
    pub fn new(bytes: impl Into<Bytes>) -> Self {
        Self(bytes.into())
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The number of bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Binary({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Binary {
    fn from(bytes: Vec<u8>) -> Self {
        Self(bytes.into())
    }
}

impl From<Bytes> for Binary {
    fn from(bytes: Bytes) -> Self {
        Self(bytes)
    }
}

impl From<&'static [u8]> for Binary {
    fn from(bytes: &'static [u8]) -> Self {
        Self(Bytes::from_static(bytes))
    }
}

impl Serialize for Binary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Binary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BinaryVisitor)
    }
}

struct BinaryVisitor;

impl<'de> Visitor<'de> for BinaryVisitor {
    type Value = Binary;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("bytes, a string or an array of byte values")
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Binary, E> {
        Ok(Binary(Bytes::copy_from_slice(v)))
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Binary, E> {
        Ok(Binary(v.into()))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Binary, E> {
        Ok(Binary(Bytes::copy_from_slice(v.as_bytes())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Binary, E> {
        Ok(Binary(v.into()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Binary, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
        while let Some(b) = seq.next_element::<u8>()? {
            out.push(b);
        }
        Ok(Binary(out.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_survive_serde_json_both_ways() {
        let b = Binary::new(vec![0u8, 159, 146, 150, 255]);
        let json = serde_json::to_string(&b).unwrap();
        assert_eq!(json, "[0,159,146,150,255]");
        assert_eq!(serde_json::from_str::<Binary>(&json).unwrap(), b);
        assert_eq!(
            serde_json::from_str::<Binary>("\"hi\"").unwrap().as_bytes(),
            b"hi"
        );
        assert_eq!(format!("{b:?}"), "Binary(5 bytes)");
    }
}
