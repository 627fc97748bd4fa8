//! Reading generated structs from objects: the one visitor every generated `Deserialize`
//! impl calls, written once.
//!
//! A derived `Deserialize` is a field enum with its visitor, a struct visitor and a match per
//! field, type-checked anew for every struct; that code was most of a generated crate's
//! `cargo check` time. A generated struct instead implements [`Object`]: its members' wire
//! names and one function, a loop with one `match` that reads each member into a local (whose
//! type is inferred from the struct built at the end), and its `Deserialize` impl is one call
//! to [`object`]. The visitor, the key matching and every error path are generic code of
//! this crate: what a generated crate type-checks per struct is that one function, whose arms
//! are one call each ([`Members::value`]: the first error is kept in [`Members`], which then
//! ends the object) and whose required members are a `?` on their local (the runtime names
//! the first one missing, from [`Object::REQUIRED`]).
//!
//! It reads in one pass, as a derive does: each key is matched against the names without
//! allocating (unless the struct keeps undeclared members), the member declared next first,
//! and each value is read from the input straight into its slot. The semantics are serde's:
//! unknown members are ignored, a repeated member keeps its last value, a missing member is an
//! error (`missing field `x``, the first in declared order) unless the field may be absent
//! (or is an `Option` that may be `null`), and an error names the member it came from,
//! outermost first (`field `a`: field `b`: invalid type: …`). It
//! reads any self-describing format through serde: JSON text, a `serde_json::Value` (an
//! envelope's result, an event's payload), and serde's own buffer of an untagged enum.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

/// Undeclared members, kept by a struct that has a place for them (else always empty).
pub type Rest = BTreeMap<String, Value>;

/// A struct read member by member by [`object`]: what the generator writes per struct.
pub trait Object: Sized {
    /// The members' wire names; a member's index is its place here.
    const NAMES: &'static [&'static str];
    /// The indices (in [`Self::NAMES`], ascending) of the members that must be there: when
    /// [`Self::read`] gives `None` and no member failed, the first of them not read is named
    /// in the error (`missing field `x``), as serde's derive names it.
    const REQUIRED: &'static [usize] = &[];
    /// Whether the struct keeps undeclared members ([`Members::rest`]); `false`: they are
    /// skipped.
    const REST: bool = false;
    /// Reads the struct from `members`: a loop over [`Members::key`] with one `match`
    /// reading each member into a local ([`Members::value`], [`Members::nullable`]), then
    /// the struct built from the locals, `?` on those of [`Self::REQUIRED`]. `None` when a
    /// member failed (the error is kept in `members`) or a required one is missing.
    fn read<'de, A: MapAccess<'de>>(members: &mut Members<'de, A>) -> Option<Self>;
}

/// Reads a `T` from an object (anything else is an error): a generated struct's whole
/// `Deserialize` impl.
pub fn object<'de, T: Object, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// Reads a text enum from a string without copying it (unless it is a value the enum does
/// not list, kept as `Other(String)`): a generated enum's whole `Deserialize` impl.
pub fn text<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: for<'a> From<&'a str>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(TextVisitor(PhantomData))
}

struct TextVisitor<T>(PhantomData<T>);

impl<T: for<'a> From<&'a str>> Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        Ok(T::from(value))
    }
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        let mut members = Members {
            map,
            names: T::NAMES,
            keep: T::REST,
            next: 0,
            current: 0,
            seen: Seen::default(),
            rest: Rest::new(),
            error: None,
            de: PhantomData,
        };
        let read = T::read(&mut members);
        match (read, members.error) {
            (_, Some(error)) => Err(error),
            (Some(value), None) => Ok(value),
            (None, None) => Err(missing(T::NAMES, T::REQUIRED, &members.seen)),
        }
    }
}

/// `missing field `x``: the first of `required` not `seen`.
#[cold]
fn missing<E: de::Error>(names: &[&'static str], required: &[usize], seen: &Seen) -> E {
    match required.iter().find(|&&index| !seen.has(index)) {
        Some(&index) => E::missing_field(names.get(index).copied().unwrap_or("?")),
        // `read` gives `None` only for a missing required member or a failed one.
        None => E::custom("a required member is missing"),
    }
}

/// The members read so far, by index: 64 in a word, more (rare) in a list.
#[derive(Default)]
struct Seen {
    low: u64,
    high: Vec<u64>,
}

impl Seen {
    #[inline(always)]
    fn set(&mut self, index: usize) {
        if index < 64 {
            self.low |= 1 << index;
        } else {
            let (word, bit) = (index / 64 - 1, index % 64);
            if self.high.len() <= word {
                self.high.resize(word + 1, 0);
            }
            self.high[word] |= 1 << bit;
        }
    }

    fn has(&self, index: usize) -> bool {
        if index < 64 {
            self.low & (1 << index) != 0
        } else {
            let (word, bit) = (index / 64 - 1, index % 64);
            self.high.get(word).is_some_and(|w| w & (1 << bit) != 0)
        }
    }
}

/// The members of an object being read: each key in turn, matched against the struct's
/// names without allocating, and its value read from the input into a slot when asked for.
/// The first error is kept here (the generated code has no error paths of its own): after
/// it, [`Self::key`] ends the object.
pub struct Members<'de, A: MapAccess<'de>> {
    map: A,
    names: &'static [&'static str],
    keep: bool,
    /// The index after the last member read: tried first, as objects usually list their
    /// members in the declared order.
    next: usize,
    /// The last member's index, for errors.
    current: usize,
    seen: Seen,
    rest: Rest,
    error: Option<A::Error>,
    de: PhantomData<&'de ()>,
}

impl<'de, A: MapAccess<'de>> Members<'de, A> {
    /// The index (in the struct's names) of the next declared member, whose value must then
    /// be read with [`Self::value`] or [`Self::nullable`]; `None` at the end of the object or
    /// after an error. Undeclared members are skipped, or kept for [`Self::rest`]; a repeated
    /// member comes again (the last wins).
    #[inline]
    pub fn key(&mut self) -> Option<usize> {
        if self.error.is_some() {
            return None;
        }
        loop {
            let key = Key {
                names: self.names,
                next: self.next,
                keep: self.keep,
            };
            match self.map.next_key_seed(key) {
                Ok(None) => return None,
                Ok(Some(Field::Known(index))) => {
                    self.next = index + 1;
                    self.current = index;
                    self.seen.set(index);
                    return Some(index);
                }
                Ok(Some(Field::Skipped)) => {
                    if let Err(error) = self.map.next_value::<IgnoredAny>() {
                        self.error = Some(error);
                        return None;
                    }
                }
                Ok(Some(Field::Kept(name))) => match self.map.next_value::<Value>() {
                    Ok(value) => {
                        self.rest.insert(name, value);
                    }
                    Err(error) => {
                        self.error = Some(in_member(&name, error));
                        return None;
                    }
                },
                Err(error) => {
                    self.error = Some(error);
                    return None;
                }
            }
        }
    }

    /// Reads the value of the member [`Self::key`] returned into `slot`, as `Some(value)`
    /// (`null` included, for a `T` that reads it); an error names the member and ends the
    /// object.
    #[inline]
    pub fn value<T: de::Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        match self.map.next_value() {
            Ok(value) => *slot = Some(value),
            Err(error) => self.fail(error),
        }
    }

    /// Reads the value of the member [`Self::key`] returned into `slot`, `null` as `None`;
    /// an error names the member and ends the object.
    #[inline]
    pub fn nullable<T: de::Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        match self.map.next_value() {
            Ok(value) => *slot = value,
            Err(error) => self.fail(error),
        }
    }

    #[cold]
    fn fail(&mut self, error: A::Error) {
        let name = self.names.get(self.current).copied().unwrap_or_default();
        self.error = Some(in_member(name, error));
    }

    /// The undeclared members, when the struct keeps them (else empty).
    pub fn rest(&mut self) -> Rest {
        std::mem::take(&mut self.rest)
    }
}

impl<'de, A: MapAccess<'de>> fmt::Debug for Members<'de, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Members")
            .field("names", &self.names)
            .field("rest", &self.rest.len())
            .finish()
    }
}

/// `error`, said to be in member `name`. JSON text says where an error is (`at line 2 column
/// 20`), and the reader adds where it stopped to a message wrapped here: the first is kept,
/// the others left out, so that a message says where once. An error of the input itself (JSON cut short or malformed) passes as it is,
/// so that it stays what it is (`serde_json::Error::is_eof`, `is_syntax`).
fn in_member<E: de::Error>(name: &str, error: E) -> E {
    let text = error.to_string();
    if is_input_error(without_position(&text)) {
        return error;
    }
    let text = match without_position(&text) {
        inner if inner.len() < text.len() && without_position(inner).len() < inner.len() => inner,
        _ => &text,
    };
    E::custom(format_args!("field `{name}`: {text}"))
}

/// Whether `text` is one of the messages `serde_json` gives errors of the input's syntax
/// (the display of its `ErrorCode`s other than a visitor's message): an error no member
/// caused, and whose kind a caller may test.
fn is_input_error(text: &str) -> bool {
    const SYNTAX: [&str; 19] = [
        "expected `:`",
        "expected `,` or `]`",
        "expected `,` or `}`",
        "expected ident",
        "expected value",
        "expected `\"`",
        "invalid escape",
        "invalid number",
        "number out of range",
        "invalid unicode code point",
        "control character (\\u0000-\\u001F) found while parsing a string",
        "key must be a string",
        "invalid value: expected key to be a number in quotes",
        "float key must be finite (got NaN or +/-inf)",
        "lone leading surrogate in hex escape",
        "trailing comma",
        "trailing characters",
        "unexpected end of hex escape",
        "recursion limit exceeded",
    ];
    text.starts_with("EOF while parsing ") || SYNTAX.contains(&text)
}

/// `text` without a trailing ` at line N column M`.
fn without_position(text: &str) -> &str {
    let Some(at) = text.rfind(" at line ") else {
        return text;
    };
    let tail = &text[at + " at line ".len()..];
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match tail.split_once(" column ") {
        Some((line, column)) if digits(line) && digits(column) => &text[..at],
        _ => text,
    }
}

/// What a key is to the struct being read.
enum Field {
    /// Member `index` of the names.
    Known(usize),
    /// An undeclared member, skipped.
    Skipped,
    /// An undeclared member, kept under its name.
    Kept(String),
}

/// Reads a key and finds it among `names`, trying `names[next]` first.
struct Key {
    names: &'static [&'static str],
    next: usize,
    keep: bool,
}

impl Key {
    #[inline]
    fn find(&self, key: &str) -> Option<Field> {
        let key = key.as_bytes();
        if self
            .names
            .get(self.next)
            .is_some_and(|name| same(name.as_bytes(), key))
        {
            return Some(Field::Known(self.next));
        }
        self.names
            .iter()
            .position(|name| same(name.as_bytes(), key))
            .map(Field::Known)
    }
}

/// Whether `a` and `b` are the same bytes, compared a word at a time: member names are
/// short, and this is inlined where a call to `memcmp` (what `==` on slices of unknown
/// length becomes) costs more than the comparison.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        // Whole words, then the last word (overlapping the one before it).
        let mut at = 0;
        while at + 8 < n {
            if word(a, at) != word(b, at) {
                return false;
            }
            at += 8;
        }
        word(a, n - 8) == word(b, n - 8)
    } else if n >= 4 {
        half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4)
    } else {
        a.iter().zip(b).all(|(x, y)| x == y)
    }
}

/// The 8 bytes of `s` at `at` (in bounds where [`same`] calls it).
#[inline]
fn word(s: &[u8], at: usize) -> u64 {
    s.get(at..at + 8)
        .and_then(|w| w.try_into().ok())
        .map_or(0, u64::from_ne_bytes)
}

/// The 4 bytes of `s` at `at` (in bounds where [`same`] calls it).
#[inline]
fn half(s: &[u8], at: usize) -> u32 {
    s.get(at..at + 4)
        .and_then(|w| w.try_into().ok())
        .map_or(0, u32::from_ne_bytes)
}

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Field;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Field, E> {
        Ok(match self.find(key) {
            Some(field) => field,
            None if self.keep => Field::Kept(key.to_string()),
            None => Field::Skipped,
        })
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Field, E> {
        match std::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// What the generator writes for a struct with every kind of member.
    #[derive(Debug, PartialEq)]
    struct S {
        id: i64,
        name: Option<String>,
        gone: Option<Option<String>>,
        any: Option<Value>,
        maybe_null: Option<i64>,
        inner: Option<Inner>,
        rest: Rest,
    }

    impl Object for S {
        const NAMES: &'static [&'static str] =
            &["id", "name", "gone", "any", "maybe_null", "inner"];
        const REQUIRED: &'static [usize] = &[0];
        const REST: bool = true;
        fn read<'de, A: MapAccess<'de>>(members: &mut Members<'de, A>) -> Option<Self> {
            let (mut s0, mut s1, mut s2, mut s3, mut s4, mut s5) =
                (None, None, None, None, None, None);
            while let Some(index) = members.key() {
                match index {
                    0 => members.value(&mut s0),
                    1 => members.nullable(&mut s1),
                    2 => members.value(&mut s2),
                    3 => members.value(&mut s3),
                    4 => members.nullable(&mut s4),
                    _ => members.nullable(&mut s5),
                }
            }
            Some(Self {
                id: s0?,
                name: s1,
                gone: s2,
                any: s3,
                maybe_null: s4,
                inner: s5,
                rest: members.rest(),
            })
        }
    }

    impl<'de> Deserialize<'de> for S {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            object(d)
        }
    }

    /// A nested struct that skips undeclared members.
    #[derive(Debug, PartialEq)]
    struct Inner {
        k: Vec<u8>,
    }

    impl Object for Inner {
        const NAMES: &'static [&'static str] = &["k"];
        const REQUIRED: &'static [usize] = &[0];
        fn read<'de, A: MapAccess<'de>>(members: &mut Members<'de, A>) -> Option<Self> {
            let mut s0 = None;
            while members.key().is_some() {
                members.value(&mut s0);
            }
            Some(Self { k: s0? })
        }
    }

    impl<'de> Deserialize<'de> for Inner {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            object(d)
        }
    }

    /// `text` read by every reader the runtime decodes answers with: JSON text (borrowed
    /// keys), JSON bytes from an `io::Read` (owned keys), a `serde_json::Value` (an
    /// envelope's result, an event's payload), a `&Value`, and serde's buffer of an untagged
    /// enum (a `one_of` type tried in order).
    fn every_reader<T>(text: &str) -> Vec<(&'static str, Result<T, String>)>
    where
        T: for<'de> Deserialize<'de>,
    {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum OneOf<T> {
            Number(#[allow(dead_code)] i64),
            It(T),
        }
        let value: Value = serde_json::from_str(text).unwrap();
        vec![
            ("str", serde_json::from_str(text).map_err(|e| e.to_string())),
            (
                "reader",
                serde_json::from_reader(text.as_bytes()).map_err(|e| e.to_string()),
            ),
            (
                "value",
                serde_json::from_value(value.clone()).map_err(|e| e.to_string()),
            ),
            ("&value", T::deserialize(&value).map_err(|e| e.to_string())),
            (
                "untagged",
                serde_json::from_str::<OneOf<T>>(text)
                    .map_err(|e| e.to_string())
                    .and_then(|o| match o {
                        OneOf::It(t) => Ok(t),
                        OneOf::Number(_) => Err("read as a number".to_string()),
                    }),
            ),
        ]
    }

    #[test]
    fn serde_semantics_in_every_reader() {
        let text = r#"{"id": 1, "gone": null, "any": null, "x": 2, "inner": {"k": [1, 2], "u": {"a": [null]}}}"#;
        for (reader, s) in every_reader::<S>(text) {
            assert_eq!(
                s.unwrap(),
                S {
                    id: 1,
                    name: None,
                    gone: Some(None),
                    any: Some(Value::Null),
                    maybe_null: None,
                    inner: Some(Inner { k: vec![1, 2] }),
                    rest: [("x".to_string(), Value::from(2))].into(),
                },
                "{reader}"
            );
        }
        let text = r#"{"name": null, "gone": "g", "id": 1, "maybe_null": 4}"#;
        for (reader, s) in every_reader::<S>(text) {
            let s = s.unwrap();
            assert_eq!(
                (s.id, s.name, s.gone, s.any, s.maybe_null),
                (1, None, Some(Some("g".into())), None, Some(4)),
                "{reader}"
            );
        }
    }

    #[test]
    fn a_repeated_member_keeps_its_last_value() {
        let text = r#"{"id": 1, "name": "a", "id": 2, "name": null, "x": 1, "x": 3}"#;
        for (reader, s) in every_reader::<S>(text) {
            let s = s.unwrap();
            assert_eq!((s.id, s.name), (2, None), "{reader}");
            assert_eq!(
                s.rest,
                [("x".to_string(), Value::from(3))].into(),
                "{reader}"
            );
        }
    }

    #[test]
    fn members_in_any_order() {
        let text = r#"{"inner": {"k": []}, "maybe_null": null, "any": [1], "gone": "g", "name": "n", "id": 7}"#;
        for (reader, s) in every_reader::<S>(text) {
            let s = s.unwrap();
            assert_eq!(
                (s.id, s.name.as_deref(), s.any, s.inner),
                (
                    7,
                    Some("n"),
                    Some(Value::from(vec![1])),
                    Some(Inner { k: vec![] })
                ),
                "{reader}"
            );
        }
    }

    #[test]
    fn errors_name_the_member_and_its_path() {
        for (reader, r) in every_reader::<S>(r#"{"name": "n"}"#) {
            let err = r.unwrap_err();
            // The untagged enum says only that no alternative matched, as serde's does.
            if reader != "untagged" {
                assert!(err.contains("missing field `id`"), "{reader}: {err}");
            }
        }
        for (reader, r) in every_reader::<S>(r#"{"id": "one"}"#) {
            let err = r.unwrap_err();
            if reader != "untagged" {
                assert!(
                    err.starts_with("field `id`: invalid type"),
                    "{reader}: {err}"
                );
            }
        }
        for (reader, r) in every_reader::<S>(r#"{"id": 1, "inner": {"k": [1, "x"]}}"#) {
            let err = r.unwrap_err();
            if reader != "untagged" {
                assert!(
                    err.starts_with("field `inner`: field `k`: invalid type: string \"x\""),
                    "{reader}: {err}"
                );
            }
        }
        for (reader, r) in every_reader::<S>(r#"{"id": 1, "inner": {}}"#) {
            let err = r.unwrap_err();
            if reader != "untagged" {
                assert!(
                    err.starts_with("field `inner`: missing field `k`"),
                    "{reader}: {err}"
                );
            }
        }
        // JSON text says where, once.
        let err = serde_json::from_str::<S>("{\"id\": 1,\n \"inner\": {\"k\": [1, \"x\"]}}")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "field `inner`: field `k`: invalid type: string \"x\", expected u8 at line 2 column 23"
        );
        let err = serde_json::from_str::<S>("[1]").unwrap_err();
        assert!(err.to_string().contains("expected a map"), "{err}");
    }

    #[test]
    fn errors_of_the_input_stay_what_they_are() {
        let text = r#"{"id": 1, "inner": {"k": [1, 2"#;
        let err = serde_json::from_str::<S>(text).unwrap_err();
        assert!(err.is_eof(), "{err}");
        let err = serde_json::from_str::<S>(r#"{"id": 1, "inner": {"k": [1 2]}}"#).unwrap_err();
        assert!(err.is_syntax(), "{err}");
        assert_eq!(err.to_string(), "expected `,` or `]` at line 1 column 29");
        let err = serde_json::from_str::<S>(r#"{"id": 1, "x": {"y": "a}"#).unwrap_err();
        assert!(err.is_eof(), "{err}");
    }

    /// 70 members, the even ones required: the missing one named is the first required one
    /// not read, beyond the first 64 too.
    #[derive(Debug, PartialEq)]
    struct Wide(Vec<Option<u8>>);

    const WIDE: [&str; 70] = {
        let mut names = [""; 70];
        let all = [
            "m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12", "m13",
            "m14", "m15", "m16", "m17", "m18", "m19", "m20", "m21", "m22", "m23", "m24", "m25",
            "m26", "m27", "m28", "m29", "m30", "m31", "m32", "m33", "m34", "m35", "m36", "m37",
            "m38", "m39", "m40", "m41", "m42", "m43", "m44", "m45", "m46", "m47", "m48", "m49",
            "m50", "m51", "m52", "m53", "m54", "m55", "m56", "m57", "m58", "m59", "m60", "m61",
            "m62", "m63", "m64", "m65", "m66", "m67", "m68", "m69",
        ];
        let mut i = 0;
        while i < 70 {
            names[i] = all[i];
            i += 1;
        }
        names
    };

    impl Object for Wide {
        const NAMES: &'static [&'static str] = &WIDE;
        const REQUIRED: &'static [usize] = &[
            0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44,
            46, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68,
        ];
        fn read<'de, A: MapAccess<'de>>(members: &mut Members<'de, A>) -> Option<Self> {
            let mut slots: Vec<Option<u8>> = vec![None; 70];
            while let Some(index) = members.key() {
                members.value(&mut slots[index]);
            }
            for &index in Self::REQUIRED {
                slots[index]?;
            }
            Some(Self(slots))
        }
    }

    impl<'de> Deserialize<'de> for Wide {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            object(d)
        }
    }

    #[test]
    fn the_missing_member_named_is_the_first_required_one_not_read() {
        let all = |skip: &[usize]| {
            let members: Vec<String> = (0..70)
                .filter(|i| !skip.contains(i))
                .map(|i| format!("\"m{i}\": {i}"))
                .collect();
            format!("{{{}}}", members.join(", "))
        };
        for (reader, r) in every_reader::<Wide>(&all(&[])) {
            assert_eq!(r.unwrap().0[69], Some(69), "{reader}");
        }
        // An optional member absent is no error; the required ones are named in order,
        // whichever order the object lists them in, beyond 64 members too.
        for (skip, name) in [
            (&[1, 3][..], None),
            (&[66, 1, 68], Some("m66")),
            (&[68], Some("m68")),
            (&[40, 8], Some("m8")),
        ] {
            for (reader, r) in every_reader::<Wide>(&all(skip)) {
                match (name, r) {
                    (None, r) => assert!(r.is_ok(), "{reader}: {r:?}"),
                    (Some(_), _) if reader == "untagged" => {}
                    (Some(name), r) => {
                        let err = r.unwrap_err();
                        assert!(
                            err.contains(&format!("missing field `{name}`")),
                            "{reader}: {err}"
                        );
                    }
                }
            }
        }
        let reversed = {
            let members: Vec<String> = (0..70)
                .rev()
                .filter(|i| *i != 64 && *i != 2)
                .map(|i| format!("\"m{i}\": {i}"))
                .collect();
            format!("{{{}}}", members.join(", "))
        };
        let err = serde_json::from_str::<Wide>(&reversed).unwrap_err();
        assert!(err.to_string().starts_with("missing field `m2`"), "{err}");
    }

    #[test]
    fn a_failed_member_ends_the_object_even_when_not_required() {
        for (reader, r) in every_reader::<S>(r#"{"id": 1, "maybe_null": "x", "name": "n"}"#) {
            let err = r.unwrap_err();
            if reader != "untagged" {
                assert!(
                    err.starts_with("field `maybe_null`: invalid type: string \"x\""),
                    "{reader}: {err}"
                );
            }
        }
        // A kept undeclared member that fails is named too.
        let err = serde_json::from_str::<S>(r#"{"id": 1, "x": [1, }"#).unwrap_err();
        assert!(err.is_syntax(), "{err}");
    }

    /// A text enum as the generator writes it.
    #[derive(Debug, PartialEq)]
    enum Color {
        Red,
        Other(String),
    }

    impl From<&str> for Color {
        fn from(value: &str) -> Self {
            match value {
                "red" => Self::Red,
                other => Self::Other(other.to_string()),
            }
        }
    }

    impl<'de> Deserialize<'de> for Color {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            text(d)
        }
    }

    #[test]
    fn text_enums_in_every_reader() {
        for (text, color) in [
            (r#""red""#, Color::Red),
            (r#""blue""#, Color::Other("blue".into())),
            (r#""r\u0065d""#, Color::Red),
        ] {
            for (reader, r) in every_reader::<Color>(text) {
                assert_eq!(r.unwrap(), color, "{reader}");
            }
        }
        for (reader, r) in every_reader::<Color>("1") {
            let err = r.unwrap_err();
            if reader != "untagged" {
                assert!(err.contains("expected a string"), "{reader}: {err}");
            }
        }
    }

    #[test]
    fn same_compares_every_byte_at_every_length() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789";
        for n in 0..=text.len() {
            let a = &text.as_bytes()[..n];
            assert!(same(a, a), "{n}");
            assert!(
                !same(a, &text.as_bytes()[..n.saturating_sub(1)]) || n == 0,
                "{n}"
            );
            for at in 0..n {
                let mut b = a.to_vec();
                b[at] ^= 1;
                assert!(!same(a, &b), "{n} {at}");
            }
        }
    }

    #[test]
    fn a_position_is_left_out_of_inner_messages_only_at_the_end() {
        assert_eq!(without_position("bad at line 1 column 9"), "bad");
        assert_eq!(
            without_position("bad at line 1 column x"),
            "bad at line 1 column x"
        );
        assert_eq!(without_position("at line 3 of it"), "at line 3 of it");
        assert_eq!(without_position("bad"), "bad");
    }
}
