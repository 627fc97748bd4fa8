//! Reading generated structs from JSON objects: what every generated `Deserialize` impl
//! calls, written once.
//!
//! A derived `Deserialize` is a field enum, two visitors and a match per field, type-checked
//! anew for every struct; that code was most of a generated crate's `cargo check` time. A
//! generated impl instead reads the object into a [`Object`] and takes each member by its
//! wire name: one call per field. The semantics are serde's: unknown members are ignored, a
//! missing member is an error unless the field may be absent (or is an `Option` that may be
//! `null`), and an error names the member it came from.
//!
//! Each member is kept as its JSON text ([`RawValue`]) and read from it when taken, so a
//! nested object is parsed once more per level instead of rebuilt from a tree. This reads
//! JSON only (from `serde_json`'s readers or a `serde_json::Value`), and costs about three
//! times a derived decoder on nested lists (`cargo bench -p chatgen-tests --bench decode`).

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, forward_to_deserialize_any};
use serde_json::Value;
use serde_json::value::RawValue;

/// The members of a JSON object being read into a generated struct.
pub struct Object<E> {
    /// The members as their JSON text: a nested object is read again from its own text,
    /// streaming, rather than rebuilt from a parsed tree at every level.
    members: Vec<(String, Box<RawValue>)>,
    _error: PhantomData<E>,
}

impl<E: de::Error> Object<E> {
    /// Reads an object (anything else is an error).
    pub fn read<'de, D>(deserializer: D) -> Result<Self, E>
    where
        D: Deserializer<'de, Error = E>,
    {
        let members: Members = Members::deserialize(deserializer)?;
        Ok(Self {
            members: members.0,
            _error: PhantomData,
        })
    }

    /// Takes member `name` (the last one, if the object repeats it, as serde's maps do).
    fn take(&mut self, name: &str) -> Option<Box<RawValue>> {
        let at = self.members.iter().rposition(|(k, _)| k == name)?;
        Some(self.members.swap_remove(at).1)
    }

    /// A member that must be present (an `Option` field that may be `null` reads a missing
    /// member as `None`, as serde does).
    pub fn required<T: DeserializeOwned>(&mut self, name: &'static str) -> Result<T, E> {
        match self.take(name) {
            Some(value) => decode(name, &value),
            None => T::deserialize(Missing(name, PhantomData::<E>)),
        }
    }

    /// A member that may be absent; `null` is `None` too.
    pub fn optional<T: DeserializeOwned>(&mut self, name: &'static str) -> Result<Option<T>, E> {
        match self.take(name) {
            Some(value) => decode(name, &value),
            None => Ok(None),
        }
    }

    /// A member that may be absent (`None`) or `null` (`Some(None)`).
    pub fn absent_or_null<T: DeserializeOwned>(
        &mut self,
        name: &'static str,
    ) -> Result<Option<Option<T>>, E> {
        match self.take(name) {
            Some(value) => decode(name, &value).map(Some),
            None => Ok(None),
        }
    }

    /// A member of any JSON that may be absent: a present `null` is `Some(Value::Null)`.
    pub fn present(&mut self, name: &'static str) -> Result<Option<Value>, E> {
        match self.take(name) {
            Some(value) => decode(name, &value).map(Some),
            None => Ok(None),
        }
    }

    /// The members not taken, for a type that keeps undeclared fields.
    pub fn rest(self) -> Result<BTreeMap<String, Value>, E> {
        let mut out = BTreeMap::new();
        for (name, value) in self.members {
            let value = decode(&name, &value)?;
            out.insert(name, value);
        }
        Ok(out)
    }
}

/// `value` as `T`; an error names the member.
fn decode<T: DeserializeOwned, E: de::Error>(name: &str, value: &RawValue) -> Result<T, E> {
    serde_json::from_str(value.get()).map_err(|e| E::custom(format_args!("field `{name}`: {e}")))
}

/// An object's members in order, each as its JSON text.
struct Members(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor;
        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = Members;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
                let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
                while let Some((k, v)) = map.next_entry::<String, Box<RawValue>>()? {
                    out.push((k, v));
                }
                Ok(Members(out))
            }
        }
        deserializer.deserialize_map(MembersVisitor)
    }
}

/// A missing member: `None` to an `Option`, "missing field" to anything else.
struct Missing<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

impl<E> fmt::Debug for Object<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Object")
            .field("members", &self.members.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct S {
        id: i64,
        name: Option<String>,
        gone: Option<Option<String>>,
        any: Option<Value>,
        maybe_null: Option<i64>,
        rest: BTreeMap<String, Value>,
    }

    impl<'de> Deserialize<'de> for S {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let mut o = Object::read(d)?;
            Ok(Self {
                id: o.required("id")?,
                name: o.optional("name")?,
                gone: o.absent_or_null("gone")?,
                any: o.present("any")?,
                maybe_null: o.required("maybe_null")?,
                rest: o.rest()?,
            })
        }
    }

    #[test]
    fn serde_semantics_and_errors_that_name_the_member() {
        let s: S = serde_json::from_str(r#"{"id": 1, "gone": null, "any": null, "x": 2}"#).unwrap();
        assert_eq!(
            s,
            S {
                id: 1,
                name: None,
                gone: Some(None),
                any: Some(Value::Null),
                maybe_null: None,
                rest: [("x".to_string(), Value::from(2))].into(),
            }
        );
        let s: S = serde_json::from_str(r#"{"id": 1, "name": null, "gone": "g"}"#).unwrap();
        assert_eq!(
            (s.name, s.gone, s.any),
            (None, Some(Some("g".into())), None)
        );
        let err = serde_json::from_str::<S>(r#"{"name": "n"}"#).unwrap_err();
        assert!(err.to_string().contains("missing field `id`"), "{err}");
        let err = serde_json::from_str::<S>(r#"{"id": "one"}"#).unwrap_err();
        assert!(
            err.to_string().starts_with("field `id`: invalid type"),
            "{err}"
        );
        let err = serde_json::from_str::<S>("[1]").unwrap_err();
        assert!(err.to_string().contains("expected a map"), "{err}");
    }
}
