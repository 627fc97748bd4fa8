//! Parameters written as OpenAPI says: `style`, `explode` and `allowReserved`, as data.
//!
//! One mechanism for every style and place: a parameter's value goes through `serde` into a
//! small tree ([`Node`]: absent, a scalar's text, a list, an object), and [`expand`] writes
//! that tree by the style's [`Operator`] (its prefix, separator, whether the name is
//! written, how a non-exploded list is joined), the way RFC 6570 expands a template
//! variable by its operator. The place decides the escaping and how the pieces are put
//! together (a query's `&`, a cookie's `; `, a path's or header's separator).
//!
//! What the OpenAPI tables leave undefined is written the nearest defined way: a value
//! inside a list or object that is itself a list or object is its JSON text; `deepObject`
//! of a list repeats the name (as `form` does); an empty list or object, like an absent
//! value, writes nothing.

use std::fmt;

use serde::Serialize;
use serde::ser;

/// How a parameter's value is laid out (OpenAPI's `style`; `Json` is a parameter given by
/// `content: application/json`; `TabDelimited` is Swagger 2.0's `collectionFormat: tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StyleKind {
    /// `name=a,b` or, exploded, `name=a&name=b` and `k=v&k2=v2` (query and cookie).
    Form,
    /// `name=a%20b` (query).
    SpaceDelimited,
    /// `name=a%7Cb` (query).
    PipeDelimited,
    /// `name=a%09b` (query; Swagger 2.0's `tsv`).
    TabDelimited,
    /// `name[k]=v&name[k2]=v2`, brackets escaped (query).
    DeepObject,
    /// `a,b` and `k,v,k2,v2` or, exploded, `k=v,k2=v2` (path and header).
    Simple,
    /// `.a,b` or, exploded, `.a.b` and `.k=v.k2=v2` (path).
    Label,
    /// `;name=a,b` or, exploded, `;name=a;name=b` and `;k=v;k2=v2` (path).
    Matrix,
    /// The value's JSON text, as one value (`content: application/json`).
    Json,
}

/// A parameter's serialization: its style, whether lists and objects explode, and whether a
/// query value keeps RFC 3986's reserved characters unescaped (`allowReserved`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Style {
    /// The layout.
    pub kind: StyleKind,
    /// Whether each item of a list, or each member of an object, is a parameter of its own.
    pub explode: bool,
    /// Whether reserved characters (`:/?@!$'()*,;=`, and `%XX` triples) stay as they are in a
    /// query value; `[`, `]`, `#`, `&` and `+` are escaped even then.
    pub allow_reserved: bool,
}

impl Style {
    /// A query or cookie parameter's default: `form`, exploded.
    pub const FORM: Style = Style::new(StyleKind::Form, true);
    /// A path or header parameter's default: `simple`, not exploded.
    pub const SIMPLE: Style = Style::new(StyleKind::Simple, false);

    /// `kind`, exploded or not, without reserved characters.
    pub const fn new(kind: StyleKind, explode: bool) -> Self {
        Self {
            kind,
            explode,
            allow_reserved: false,
        }
    }
}

/// Where a parameter goes; it decides the escaping and the joining of pieces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// The query string: pieces joined by `&`, percent-encoded.
    Query,
    /// A path template's placeholder: one percent-encoded text.
    Path,
    /// A request header: one text, not escaped (the header check rejects what cannot go).
    Header,
    /// The `Cookie` header: pieces joined by `; `, percent-encoded.
    Cookie,
}

/// A style as data: RFC 6570's operator table, plus the OpenAPI query styles' joiners.
struct Operator {
    /// Written before the expansion (path styles).
    prefix: &'static str,
    /// Between exploded pieces.
    sep: &'static str,
    /// Whether pieces are `name=value`.
    named: bool,
    /// Whether an empty text is still `name=` (else `name` alone).
    empty_eq: bool,
    /// Between the items of a non-exploded list or object (already escaped).
    join: &'static str,
    /// Object members as `name[key]=value`.
    deep: bool,
}

const fn operator(kind: StyleKind, place: Place) -> Operator {
    let form = Operator {
        prefix: "",
        sep: "&",
        named: true,
        empty_eq: true,
        join: ",",
        deep: false,
    };
    match kind {
        StyleKind::Form => form,
        StyleKind::SpaceDelimited => Operator {
            join: "%20",
            ..form
        },
        StyleKind::PipeDelimited => Operator {
            join: "%7C",
            ..form
        },
        StyleKind::TabDelimited => Operator {
            join: "%09",
            ..form
        },
        StyleKind::DeepObject => Operator { deep: true, ..form },
        StyleKind::Json => Operator {
            named: matches!(place, Place::Query | Place::Cookie),
            ..form
        },
        StyleKind::Simple => Operator {
            sep: ",",
            named: false,
            ..form
        },
        StyleKind::Label => Operator {
            prefix: ".",
            sep: ".",
            named: false,
            ..form
        },
        StyleKind::Matrix => Operator {
            prefix: ";",
            sep: ";",
            empty_eq: false,
            ..form
        },
    }
}

/// The pieces `value` expands to as parameter `name` with `style` at `place`, escaped, and the
/// separator to join them with and the prefix to put before them. `Err` when the value's
/// `Serialize` fails.
pub(crate) fn expand<V: Serialize + ?Sized>(
    place: Place,
    name: &str,
    value: &V,
    style: Style,
) -> Result<Expansion, String> {
    let node = value.serialize(NodeSerializer).map_err(|e| e.0)?;
    let op = operator(style.kind, place);
    let esc = |text: &str| match place {
        Place::Header => text.to_string(),
        Place::Query if style.allow_reserved => escape(text, true),
        _ => escape(text, false),
    };
    let name = esc(name);
    let named = |value: String| match (op.named, value.is_empty() && !op.empty_eq) {
        (false, _) => value,
        (true, true) => name.clone(),
        (true, false) => format!("{name}={value}"),
    };
    let pieces = match (&node, style.kind) {
        (Node::Absent, _) => Vec::new(),
        (node, StyleKind::Json) => vec![named(esc(&node.json()))],
        (Node::Scalar(text, _), _) => vec![named(esc(text))],
        (Node::List(items), _) => {
            let texts: Vec<String> = items
                .iter()
                .filter(|n| !matches!(n, Node::Absent))
                .map(|n| esc(&n.text()))
                .collect();
            if texts.is_empty() {
                Vec::new()
            } else if style.explode || op.deep {
                texts.into_iter().map(named).collect()
            } else {
                vec![named(texts.join(op.join))]
            }
        }
        (Node::Map(members), _) => {
            let members: Vec<(String, String)> = members
                .iter()
                .filter(|(_, n)| !matches!(n, Node::Absent))
                .map(|(k, n)| (esc(k), esc(&n.text())))
                .collect();
            if members.is_empty() {
                Vec::new()
            } else if op.deep {
                members
                    .into_iter()
                    .map(|(k, v)| format!("{name}%5B{k}%5D={v}"))
                    .collect()
            } else if style.explode {
                members
                    .into_iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect()
            } else {
                let flat: Vec<String> = members.into_iter().flat_map(|(k, v)| [k, v]).collect();
                vec![named(flat.join(op.join))]
            }
        }
    };
    Ok(Expansion {
        pieces,
        prefix: op.prefix,
        sep: op.sep,
    })
}

/// What a parameter expands to.
pub(crate) struct Expansion {
    /// Escaped pieces: `name=value` pairs, or values.
    pub pieces: Vec<String>,
    /// The style's prefix (`.`, `;`), for a path.
    pub prefix: &'static str,
    /// The style's separator between pieces, for a path or header.
    pub sep: &'static str,
}

impl Expansion {
    /// The pieces as one text (path and header): the prefix and the pieces joined by the
    /// style's separator; `None` when there is no piece.
    pub fn joined(&self) -> Option<String> {
        (!self.pieces.is_empty()).then(|| format!("{}{}", self.prefix, self.pieces.join(self.sep)))
    }
}

/// A parameter's value written into a path: `.`/`;`-prefixed for `label`/`matrix`, escaped;
/// empty when the value is absent (or its `Serialize` fails, which no generated type's does).
pub fn path_param<V: Serialize + ?Sized>(name: &str, value: &V, style: Style) -> String {
    expand(Place::Path, name, value, style)
        .ok()
        .and_then(|e| e.joined())
        .unwrap_or_default()
}

/// `name=value` of a credential sent in the query, escaped as a `form` parameter.
pub(crate) fn query_pair(name: &str, value: &str) -> String {
    format!("{}={}", escape(name, false), escape(value, false))
}

/// Percent-encodes every byte but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`);
/// with `reserved`, also keeps the reserved characters a query value may hold as they are
/// (`: / ? @ ! $ ' ( ) * , ; =`) and `%XX` triples.
fn escape(text: &str, reserved: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, &b) in bytes.iter().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || reserved
                && (b":/?@!$'()*,;=".contains(&b)
                    || b == b'%'
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                        && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit));
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A value as the styles see it.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// `None`, `()`, `null`, a non-finite number: no value.
    Absent,
    /// A scalar's text, and whether it is a string (for JSON text).
    Scalar(String, bool),
    /// A list.
    List(Vec<Node>),
    /// An object's members, in order.
    Map(Vec<(String, Node)>),
}

impl Node {
    /// A scalar's text; a list's or object's JSON text (a nested value).
    fn text(&self) -> String {
        match self {
            Node::Scalar(text, _) => text.clone(),
            other => other.json(),
        }
    }

    /// The JSON text.
    fn json(&self) -> String {
        match self {
            Node::Absent => "null".into(),
            Node::Scalar(text, true) => serde_json::Value::from(text.as_str()).to_string(),
            Node::Scalar(text, false) => text.clone(),
            Node::List(items) => {
                let items: Vec<String> = items.iter().map(Node::json).collect();
                format!("[{}]", items.join(","))
            }
            Node::Map(members) => {
                let members: Vec<String> = members
                    .iter()
                    .map(|(k, v)| format!("{}:{}", serde_json::Value::from(k.as_str()), v.json()))
                    .collect();
                format!("{{{}}}", members.join(","))
            }
        }
    }
}

/// A `Serialize` failure.
#[derive(Debug)]
struct NodeError(String);

impl fmt::Display for NodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NodeError {}

impl ser::Error for NodeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        NodeError(msg.to_string())
    }
}

/// `serde`'s data model into a [`Node`]: numbers and booleans as their text, bytes as UTF-8
/// text (invalid sequences replaced), enums' unit variants as their name.
struct NodeSerializer;

fn scalar(text: impl ToString) -> Result<Node, NodeError> {
    Ok(Node::Scalar(text.to_string(), false))
}

fn float(v: f64) -> Result<Node, NodeError> {
    if v.is_finite() {
        scalar(v)
    } else {
        Ok(Node::Absent)
    }
}

/// `{variant: value}`, as serde writes an enum's non-unit variant.
fn tagged(variant: &str, value: Node) -> Node {
    Node::Map(vec![(variant.to_string(), value)])
}

impl ser::Serializer for NodeSerializer {
    type Ok = Node;
    type Error = NodeError;
    type SerializeSeq = Items;
    type SerializeTuple = Items;
    type SerializeTupleStruct = Items;
    type SerializeTupleVariant = Items;
    type SerializeMap = Members;
    type SerializeStruct = Members;
    type SerializeStructVariant = Members;

    fn serialize_bool(self, v: bool) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i8(self, v: i8) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i128(self, v: i128) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u128(self, v: u128) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Node, NodeError> {
        float(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Node, NodeError> {
        float(v)
    }
    fn serialize_char(self, v: char) -> Result<Node, NodeError> {
        Ok(Node::Scalar(v.to_string(), true))
    }
    fn serialize_str(self, v: &str) -> Result<Node, NodeError> {
        Ok(Node::Scalar(v.to_string(), true))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Node, NodeError> {
        Ok(Node::Scalar(String::from_utf8_lossy(v).into_owned(), true))
    }
    fn serialize_none(self) -> Result<Node, NodeError> {
        Ok(Node::Absent)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Node, NodeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Node, NodeError> {
        Ok(Node::Absent)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Node, NodeError> {
        Ok(Node::Absent)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Node, NodeError> {
        Ok(Node::Scalar(variant.to_string(), true))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Node, NodeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Node, NodeError> {
        Ok(tagged(variant, value.serialize(self)?))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Items, NodeError> {
        Ok(Items::new(None, len))
    }
    fn serialize_tuple(self, len: usize) -> Result<Items, NodeError> {
        Ok(Items::new(None, Some(len)))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Items, NodeError> {
        Ok(Items::new(None, Some(len)))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Items, NodeError> {
        Ok(Items::new(Some(variant), Some(len)))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Members, NodeError> {
        Ok(Members::new(None))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Members, NodeError> {
        Ok(Members::new(None))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Members, NodeError> {
        Ok(Members::new(Some(variant)))
    }
}

/// A list being serialized (of an enum's tuple variant when `variant` is set).
struct Items {
    variant: Option<&'static str>,
    items: Vec<Node>,
}

impl Items {
    fn new(variant: Option<&'static str>, len: Option<usize>) -> Self {
        Self {
            variant,
            items: Vec::with_capacity(len.unwrap_or(0).min(64)),
        }
    }

    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NodeError> {
        self.items.push(value.serialize(NodeSerializer)?);
        Ok(())
    }

    fn done(self) -> Result<Node, NodeError> {
        let list = Node::List(self.items);
        Ok(match self.variant {
            Some(v) => tagged(v, list),
            None => list,
        })
    }
}

macro_rules! items {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Items {
            type Ok = Node;
            type Error = NodeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NodeError> {
                self.push(value)
            }
            fn end(self) -> Result<Node, NodeError> {
                self.done()
            }
        }
    )*};
}
items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// An object being serialized (of an enum's struct variant when `variant` is set).
struct Members {
    variant: Option<&'static str>,
    members: Vec<(String, Node)>,
    key: Option<String>,
}

impl Members {
    fn new(variant: Option<&'static str>) -> Self {
        Self {
            variant,
            members: Vec::new(),
            key: None,
        }
    }

    fn done(self) -> Result<Node, NodeError> {
        let map = Node::Map(self.members);
        Ok(match self.variant {
            Some(v) => tagged(v, map),
            None => map,
        })
    }
}

impl ser::SerializeMap for Members {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), NodeError> {
        self.key = Some(key.serialize(NodeSerializer)?.text());
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NodeError> {
        let key = self.key.take().unwrap_or_default();
        self.members.push((key, value.serialize(NodeSerializer)?));
        Ok(())
    }
    fn end(self) -> Result<Node, NodeError> {
        self.done()
    }
}

macro_rules! members {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Members {
            type Ok = Node;
            type Error = NodeError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), NodeError> {
                self.members.push((key.to_string(), value.serialize(NodeSerializer)?));
                Ok(())
            }
            fn end(self) -> Result<Node, NodeError> {
                self.done()
            }
        }
    )*};
}
members!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeMap;

    /// What `value` writes at `place` with `kind`/`explode`, pieces joined as the place joins
    /// them (a query's `&`, a cookie's `; `, a path's or header's separator after the prefix).
    fn written(place: Place, kind: StyleKind, explode: bool, value: &serde_json::Value) -> String {
        let e = expand(place, "color", value, Style::new(kind, explode)).unwrap();
        match place {
            Place::Query => e.pieces.join("&"),
            Place::Cookie => e.pieces.join("; "),
            Place::Path | Place::Header => e.joined().unwrap_or_default(),
        }
    }

    /// OpenAPI 3.1.1's "Style Examples" table, row by row (`string`, `array`, `object`
    /// columns, `empty` where it is defined).
    #[test]
    fn the_openapi_style_examples() {
        use Place::{Path, Query};
        use StyleKind::*;
        let s = json!("blue");
        let a = json!(["blue", "black", "brown"]);
        let o = json!({"R": 100, "G": 200, "B": 150});
        let e = json!("");
        #[rustfmt::skip]
        let rows: &[(Place, StyleKind, bool, &serde_json::Value, &str)] = &[
            (Path, Matrix, false, &e, ";color"),
            (Path, Matrix, false, &s, ";color=blue"),
            (Path, Matrix, false, &a, ";color=blue,black,brown"),
            (Path, Matrix, false, &o, ";color=R,100,G,200,B,150"),
            (Path, Matrix, true, &a, ";color=blue;color=black;color=brown"),
            (Path, Matrix, true, &o, ";R=100;G=200;B=150"),
            (Path, Label, false, &e, "."),
            (Path, Label, false, &s, ".blue"),
            (Path, Label, false, &a, ".blue,black,brown"),
            (Path, Label, false, &o, ".R,100,G,200,B,150"),
            (Path, Label, true, &a, ".blue.black.brown"),
            (Path, Label, true, &o, ".R=100.G=200.B=150"),
            (Path, Simple, false, &s, "blue"),
            (Path, Simple, false, &a, "blue,black,brown"),
            (Path, Simple, false, &o, "R,100,G,200,B,150"),
            (Path, Simple, true, &a, "blue,black,brown"),
            (Path, Simple, true, &o, "R=100,G=200,B=150"),
            (Query, Form, false, &e, "color="),
            (Query, Form, false, &s, "color=blue"),
            (Query, Form, false, &a, "color=blue,black,brown"),
            (Query, Form, false, &o, "color=R,100,G,200,B,150"),
            (Query, Form, true, &a, "color=blue&color=black&color=brown"),
            (Query, Form, true, &o, "R=100&G=200&B=150"),
            (Query, SpaceDelimited, false, &a, "color=blue%20black%20brown"),
            (Query, SpaceDelimited, false, &o, "color=R%20100%20G%20200%20B%20150"),
            (Query, PipeDelimited, false, &a, "color=blue%7Cblack%7Cbrown"),
            (Query, PipeDelimited, false, &o, "color=R%7C100%7CG%7C200%7CB%7C150"),
            (Query, DeepObject, true, &o, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
        ];
        for (place, kind, explode, value, want) in rows {
            assert_eq!(
                written(*place, *kind, *explode, value),
                *want,
                "{kind:?} explode={explode} {value}"
            );
        }
    }

    #[test]
    fn escaping_reserved_json_and_absent_values() {
        let q = |v: &serde_json::Value, style: Style| {
            expand(Place::Query, "q", v, style)
                .unwrap()
                .pieces
                .join("&")
        };
        assert_eq!(
            q(&json!("a b/c&d+é"), Style::FORM),
            "q=a%20b%2Fc%26d%2B%C3%A9"
        );
        let reserved = Style {
            allow_reserved: true,
            ..Style::FORM
        };
        assert_eq!(
            q(&json!("a/b:c,d&e+f[g]%2Fh%zz"), reserved),
            "q=a/b:c,d%26e%2Bf%5Bg%5D%2Fh%25zz"
        );
        let json = Style::new(StyleKind::Json, false);
        assert_eq!(
            q(&json!({"lat": 1.5, "n": "x y"}), json),
            "q=%7B%22lat%22%3A1.5%2C%22n%22%3A%22x%20y%22%7D"
        );
        assert_eq!(q(&json!(null), Style::FORM), "");
        assert_eq!(q(&json!([]), Style::FORM), "");
        assert_eq!(q(&json!({"a": null}), Style::FORM), "");
        // Nested values are JSON text; a header is not escaped.
        assert_eq!(
            q(&json!([[1, 2], {"k": "v"}]), Style::FORM),
            "q=%5B1%2C2%5D&q=%7B%22k%22%3A%22v%22%7D"
        );
        let header = expand(Place::Header, "X", &json!(["a b", "c"]), Style::SIMPLE).unwrap();
        assert_eq!(header.joined().as_deref(), Some("a b,c"));
        assert_eq!(path_param("id", &"a/b c?", Style::SIMPLE), "a%2Fb%20c%3F");
    }

    #[test]
    fn rust_values_serialize_like_their_json() {
        let mut map = BTreeMap::new();
        map.insert("k".to_string(), 1.5_f64);
        assert_eq!(
            path_param("m", &map, Style::new(StyleKind::Simple, true)),
            "k=1.5"
        );
        assert_eq!(path_param("f", &2.0_f64, Style::SIMPLE), "2");
        assert_eq!(path_param("f", &f64::NAN, Style::SIMPLE), "");
        assert_eq!(
            path_param("b", &crate::Binary::new(b"hi".to_vec()), Style::SIMPLE),
            "hi"
        );
        assert_eq!(path_param("o", &Some(vec![1_u8, 2]), Style::SIMPLE), "1,2");
    }
}
