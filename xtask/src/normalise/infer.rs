//! Types from JSON samples: the one inference engine every extractor calls.
//!
//! It reads samples whose values are type names (`"integer"`, `"string"`, `"array of X"`,
//! `"TTeamchatChannel"`, `"a|b|c"`), as the Weavy and TeamChat references print their
//! schemas, and samples of real values (`"kour"`, `0`, `false`). Objects become named struct
//! types, `"object"` and `{}` an open map, arrays a list of their item's type, choices a
//! string enum. Each type records the kind of sample it came from and every field its line.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{EnumValue, Field, Primitive, SampleKind, TypeDef, TypeRef};
use heck::ToPascalCase;

use crate::diag::Diagnostic;
use crate::read::json::{Kind, Node};

/// Collects the named types inferred from a document's samples.
pub struct Infer<'a> {
    file: &'a str,
    /// Types inferred so far, by provisional name.
    pub types: BTreeMap<String, TypeDef>,
    /// Problems met.
    pub diags: Vec<Diagnostic>,
    /// A trailing `?` on a key marks the field optional (the Weavy convention, stated in the
    /// doc's "Properties marked with ? are optional" note).
    pub optional_suffix: bool,
}

impl<'a> Infer<'a> {
    /// An empty engine for `file`.
    pub fn new(file: &'a str) -> Self {
        Self {
            file,
            types: BTreeMap::new(),
            diags: Vec::new(),
            optional_suffix: false,
        }
    }

    /// The type of a sample whose values are type names. Objects are named after `hint`.
    pub fn from_type_names(&mut self, node: &Node, hint: &str) -> TypeRef {
        self.infer(node, hint, SampleKind::TypeNames)
    }

    /// The type of one sample of the given kind. Objects are named after `hint`.
    pub fn infer(&mut self, node: &Node, hint: &str, kind: SampleKind) -> TypeRef {
        self.infer_samples(&[node], hint, kind)
    }

    /// The type of several samples of one thing (every response example of an operation,
    /// say), merged quicktype-style: a field absent from some samples is optional, one seen
    /// as `null` is nullable, integer and float give number, an empty list takes its items'
    /// type from another sample. Objects are named after `hint`.
    pub fn infer_samples(&mut self, samples: &[&Node], hint: &str, kind: SampleKind) -> TypeRef {
        let shapes: Vec<Shape> = samples.iter().map(|n| self.shape(n, kind)).collect();
        let merged = shapes
            .into_iter()
            .reduce(|a, b| self.merge(a, b))
            .unwrap_or(Shape::Unknown);
        self.realize(&merged, hint, kind)
    }

    /// A named string enum of `values` (which also accepts values not listed).
    pub fn enum_type(&mut self, values: &[String], line: u32, hint: &str) -> TypeRef {
        let name = self.fresh_name(hint);
        let def = TypeDef {
            sample: Some(SampleKind::TypeNames),
            line: Some(line),
            ..TypeDef::enumeration(
                unique(values)
                    .into_iter()
                    .map(|value| EnumValue { value, doc: None })
                    .collect(),
            )
        };
        self.types.insert(name.clone(), def);
        TypeRef::Named(name)
    }

    /// What one sample shows, before naming.
    fn shape(&mut self, node: &Node, kind: SampleKind) -> Shape {
        match &node.kind {
            Kind::String(word) if kind == SampleKind::TypeNames => match sample_word(word) {
                Some(SampleWord::Type(t)) => Shape::Type(t),
                Some(SampleWord::Choices(values)) => Shape::Choices(values, node.line),
                None => {
                    self.diags.push(
                        Diagnostic::warning(
                            self.file,
                            node.line,
                            format!("expected a type name, found `{word}`; typed `any`"),
                        )
                        .at_column(node.column),
                    );
                    Shape::Type(TypeRef::ANY)
                }
            },
            Kind::String(_) => Shape::Type(TypeRef::Primitive(Primitive::String)),
            // `"count": Int64`: the type the word names; a type of the page's own
            // (`VideoObject`) is not defined here: any JSON.
            Kind::TypeName(word) => Shape::Type(type_word(word).unwrap_or(TypeRef::ANY)),
            Kind::Number(n) if n.is_i64() => Shape::Type(TypeRef::Primitive(Primitive::Integer)),
            Kind::Number(n) if n.is_u64() => Shape::Type(TypeRef::Primitive(Primitive::Uint64)),
            Kind::Number(_) => Shape::Type(TypeRef::Primitive(Primitive::Number)),
            Kind::Bool(_) => Shape::Type(TypeRef::Primitive(Primitive::Boolean)),
            Kind::Null => Shape::Null,
            Kind::Array(items) => {
                let shapes: Vec<Shape> = items.iter().map(|i| self.shape(i, kind)).collect();
                Shape::List(Box::new(
                    shapes
                        .into_iter()
                        .reduce(|a, b| self.merge(a, b))
                        .unwrap_or(Shape::Unknown),
                ))
            }
            Kind::Object(members) if members.is_empty() => {
                Shape::Type(TypeRef::Map(Box::new(TypeRef::ANY)))
            }
            Kind::Object(members) => {
                let mut fields: Vec<FieldShape> = Vec::new();
                for (key, value) in members {
                    let (name, marked_optional) = match key.strip_suffix('?') {
                        // (A key that is only `?` names no field by that mark.)
                        Some(stripped) if self.optional_suffix && !stripped.is_empty() => {
                            (stripped.to_string(), true)
                        }
                        _ => (key.clone(), false),
                    };
                    if fields.iter().any(|f| f.name == name) {
                        self.diags.push(Diagnostic::warning(
                            self.file,
                            value.line,
                            format!(
                                "field `{name}` appears twice in one object; the first is kept"
                            ),
                        ));
                        continue;
                    }
                    let shape = self.shape(value, kind);
                    let nullable = kind != SampleKind::TypeNames && matches!(shape, Shape::Null);
                    fields.push(FieldShape {
                        name,
                        shape,
                        seen: 1,
                        nullable,
                        marked_optional,
                        line: value.line,
                    });
                }
                Shape::Object(ObjShape {
                    fields,
                    samples: 1,
                    line: node.line,
                })
            }
        }
    }

    /// Two samples of one thing, as one shape.
    fn merge(&mut self, a: Shape, b: Shape) -> Shape {
        use Primitive::{Integer, Number, Uint64};
        match (a, b) {
            (Shape::Unknown | Shape::Null, other) | (other, Shape::Unknown | Shape::Null) => other,
            (Shape::Type(x), Shape::Type(y)) if x == y => Shape::Type(x),
            (Shape::Type(TypeRef::Primitive(x)), Shape::Type(TypeRef::Primitive(y))) => {
                let wider = match (x, y) {
                    (Integer, Uint64) | (Uint64, Integer) => Some(Uint64),
                    (Integer | Uint64 | Number, Integer | Uint64 | Number) => Some(Number),
                    _ => None,
                };
                wider.map_or(Shape::Conflict(format!("{x:?} and {y:?}")), |p| {
                    Shape::Type(TypeRef::Primitive(p))
                })
            }
            (Shape::Choices(mut x, line), Shape::Choices(y, _)) => {
                for v in y {
                    if !x.contains(&v) {
                        x.push(v);
                    }
                }
                Shape::Choices(x, line)
            }
            (Shape::List(x), Shape::List(y)) => Shape::List(Box::new(self.merge(*x, *y))),
            (Shape::Object(mut x), Shape::Object(y)) => {
                for field in y.fields {
                    match x.fields.iter().position(|f| f.name == field.name) {
                        Some(i) => {
                            let mine = std::mem::replace(&mut x.fields[i].shape, Shape::Unknown);
                            let nullable =
                                matches!(mine, Shape::Null) || matches!(field.shape, Shape::Null);
                            let merged = self.merge(mine, field.shape);
                            if let Shape::Conflict(what) = &merged {
                                self.diags.push(Diagnostic::warning(
                                    self.file,
                                    field.line,
                                    format!(
                                        "samples disagree on field `{}` ({what}); typed `any`",
                                        field.name
                                    ),
                                ));
                            }
                            let f = &mut x.fields[i];
                            f.shape = merged;
                            f.seen += field.seen;
                            f.nullable |= field.nullable || nullable;
                            f.marked_optional |= field.marked_optional;
                        }
                        None => x.fields.push(field),
                    }
                }
                x.samples += y.samples;
                Shape::Object(x)
            }
            (x, y) => Shape::Conflict(format!("{} and {}", x.describe(), y.describe())),
        }
    }

    /// Names and records the types a shape needs; returns its type.
    fn realize(&mut self, shape: &Shape, hint: &str, kind: SampleKind) -> TypeRef {
        match shape {
            Shape::Unknown | Shape::Null | Shape::Conflict(_) => TypeRef::ANY,
            Shape::Type(t) => t.clone(),
            Shape::Choices(values, line) => self.enum_type(values, *line, hint),
            Shape::List(item) => {
                let item_hint = match singular(hint) {
                    s if s != hint => s,
                    _ => format!("{hint}Item"),
                };
                TypeRef::List(Box::new(self.realize(item, &item_hint, kind)))
            }
            Shape::Object(obj) => {
                let name = self.fresh_name(hint);
                // Reserve the name before recursing so nested types cannot take it.
                self.types.insert(name.clone(), TypeDef::default());
                let fields = obj
                    .fields
                    .iter()
                    .map(|f| Field {
                        name: f.name.clone(),
                        ty: self.realize(
                            &f.shape,
                            &format!("{name}{}", f.name.to_pascal_case()),
                            kind,
                        ),
                        optional: f.marked_optional || f.seen < obj.samples,
                        nullable: f.nullable,
                        doc: None,
                        from_override: Vec::new(),
                        line: Some(f.line),
                    })
                    .collect();
                let def = TypeDef {
                    sample: Some(kind),
                    line: Some(obj.line),
                    ..TypeDef::structure(fields)
                };
                self.types.insert(name.clone(), def);
                TypeRef::Named(name)
            }
        }
    }

    /// A name for a new type: `hint`, or `hint2`, `hint3`, … when taken (`Object` for no hint).
    pub fn fresh_name(&self, hint: &str) -> String {
        let base = if hint.is_empty() {
            "Object".to_string()
        } else {
            hint.to_string()
        };
        let mut name = base.clone();
        let mut n = 2;
        while self.types.contains_key(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        name
    }
}

/// `values` without repeats, first occurrence first.
fn unique(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// What samples show of a value, merged across samples, before types are named.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    /// Nothing seen (the items of an empty list).
    Unknown,
    /// Only `null` seen.
    Null,
    /// A type.
    Type(TypeRef),
    /// Choices, with the line of the first.
    Choices(Vec<String>, u32),
    /// A list of items of a shape.
    List(Box<Shape>),
    /// An object.
    Object(ObjShape),
    /// Samples that disagree, and how.
    Conflict(String),
}

impl Shape {
    fn describe(&self) -> String {
        match self {
            Shape::Unknown | Shape::Null => "nothing".into(),
            Shape::Type(t) => t.to_string(),
            Shape::Choices(..) => "choices".into(),
            Shape::List(_) => "a list".into(),
            Shape::Object(_) => "an object".into(),
            Shape::Conflict(c) => c.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct ObjShape {
    fields: Vec<FieldShape>,
    /// How many samples of this object were merged.
    samples: usize,
    line: u32,
}

#[derive(Debug, Clone, PartialEq)]
struct FieldShape {
    name: String,
    shape: Shape,
    /// In how many of the object's samples the field appears.
    seen: usize,
    nullable: bool,
    /// Marked optional by the doc (a `?` suffix).
    marked_optional: bool,
    line: u32,
}

/// What a string in a type-name sample says.
#[derive(Debug, Clone, PartialEq)]
pub enum SampleWord {
    /// A type: a primitive word, `array of X`, or a capitalised type name.
    Type(TypeRef),
    /// A list of choices, `added|deleted|renamed`.
    Choices(Vec<String>),
}

/// Reads a string of a type-name sample: a type word (see [`type_word`]), `array of X`,
/// a capitalised identifier naming a type (`TTeamchatChannel`), or `a|b|c` choices.
pub fn sample_word(word: &str) -> Option<SampleWord> {
    let word = word.trim();
    if let Some(t) = type_word(word) {
        return Some(SampleWord::Type(t));
    }
    if let Some(item) = word.strip_prefix("array of ") {
        return match sample_word(item)? {
            SampleWord::Type(t) => Some(SampleWord::Type(TypeRef::List(Box::new(t)))),
            SampleWord::Choices(_) => None,
        };
    }
    let is_ident =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if word.starts_with(|c: char| c.is_ascii_uppercase()) && is_ident(word) {
        return Some(SampleWord::Type(TypeRef::Named(word.to_string())));
    }
    let choices: Vec<&str> = word.split('|').map(str::trim).collect();
    if choices.len() > 1 && choices.iter().all(|c| is_ident(c)) {
        return Some(SampleWord::Choices(
            choices.into_iter().map(str::to_string).collect(),
        ));
    }
    None
}

/// Whether every string in a sample reads as a type word, so the sample is a schema written
/// as JSON rather than real values. A sample without strings counts as real.
pub fn is_type_name_sample(node: &Node) -> bool {
    fn walk(node: &Node, strings: &mut usize) -> bool {
        match &node.kind {
            Kind::String(s) => {
                *strings += 1;
                sample_word(s).is_some()
            }
            Kind::Array(items) => items.iter().all(|i| walk(i, strings)),
            Kind::Object(members) => members.iter().all(|(_, v)| walk(v, strings)),
            _ => true,
        }
    }
    let mut strings = 0;
    walk(node, &mut strings) && strings > 0
}

/// The spec type a documentation type word names, if it names one.
pub fn type_word(word: &str) -> Option<TypeRef> {
    let p = match word.trim().to_ascii_lowercase().as_str() {
        "string" | "str" | "text" => Primitive::String,
        "integer" | "int" => Primitive::Integer,
        "int32" => Primitive::Int32,
        "int64" | "long" => Primitive::Int64,
        "uint64" => Primitive::Uint64,
        "number" | "float" | "double" | "decimal" => Primitive::Number,
        "boolean" | "bool" => Primitive::Boolean,
        "datetime" | "date-time" => Primitive::Datetime,
        "date" => Primitive::Date,
        "binary" => Primitive::Binary,
        "any" => Primitive::Any,
        "object" => return Some(TypeRef::Map(Box::new(TypeRef::ANY))),
        "json" => Primitive::Any,
        _ => return None,
    };
    Some(TypeRef::Primitive(p))
}

/// A naive English singular for naming list items: `Options` → `Option`, `Replies` → `Reply`.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with('s') && !word.ends_with("ss") && word.len() > 1 {
        word[..word.len() - 1].to_string()
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::json::parse;

    #[test]
    fn type_name_samples() {
        let node = parse("{\n\"blobs?\": [\"integer\"],\n\"meta?\": {},\n\"options?\": [{\"id?\": \"integer\", \"text\": \"string\"}]\n}", 17)
            .unwrap()
            .node;
        let mut inf = Infer::new("doc.txt");
        inf.optional_suffix = true;
        let t = inf.from_type_names(&node, "CreateBody");
        assert_eq!(t, TypeRef::Named("CreateBody".into()));
        let body = &inf.types["CreateBody"];
        assert_eq!(body.fields()[0].name, "blobs");
        assert!(body.fields()[0].optional);
        assert_eq!(body.fields()[0].line, Some(18));
        assert_eq!(body.fields()[1].ty, TypeRef::Map(Box::new(TypeRef::ANY)));
        assert_eq!(body.fields()[2].ty.to_string(), "{list: CreateBodyOption}");
        assert!(inf.types["CreateBodyOption"].fields()[0].optional);
        assert!(inf.diags.is_empty());
    }

    #[test]
    fn unknown_word_is_a_warning_not_a_guess() {
        let node = parse("{\"a\": \"frobnicator\"}", 5).unwrap().node;
        let mut inf = Infer::new("doc.txt");
        inf.from_type_names(&node, "T");
        assert_eq!(inf.types["T"].fields()[0].ty, TypeRef::ANY);
        assert_eq!(inf.diags.len(), 1);
        assert!(inf.diags[0].message.contains("found `frobnicator`"));
    }

    #[test]
    fn teamchat_words_and_real_values() {
        assert_eq!(
            sample_word("array of TTeamchatUser"),
            Some(SampleWord::Type(TypeRef::List(Box::new(TypeRef::Named(
                "TTeamchatUser".into()
            )))))
        );
        assert_eq!(
            sample_word("int"),
            Some(SampleWord::Type(TypeRef::Primitive(Primitive::Integer)))
        );
        assert_eq!(sample_word("json"), Some(SampleWord::Type(TypeRef::ANY)));
        assert_eq!(
            sample_word("added|deleted|renamed"),
            Some(SampleWord::Choices(vec![
                "added".into(),
                "deleted".into(),
                "renamed".into()
            ]))
        );
        assert_eq!(sample_word("Ondra Novy"), None);
        let schema = parse("{\"status\": \"added|deleted\", \"ok\": \"boolean\"}", 1)
            .unwrap()
            .node;
        assert!(is_type_name_sample(&schema));
        let real = parse(
            "{\"title\": \"kour\", \"n\": 0, \"gone\": null, \"ok\": true}",
            1,
        )
        .unwrap()
        .node;
        assert!(!is_type_name_sample(&real));
        let mut inf = Infer::new("doc.txt");
        inf.infer(&schema, "Diff", SampleKind::TypeNames);
        assert_eq!(inf.types["DiffStatus"].values().len(), 2);
        inf.infer(&real, "Info", SampleKind::Real);
        let info = &inf.types["Info"];
        assert_eq!(info.sample, Some(SampleKind::Real));
        assert_eq!(info.fields()[1].ty, TypeRef::Primitive(Primitive::Integer));
        assert!(info.fields()[2].nullable && !info.fields()[0].nullable);
    }

    #[test]
    fn several_samples_merge() {
        let a = parse(
            "{\"id\": 1, \"name\": \"a\", \"tags\": [], \"score\": 1, \"me\": {\"x\": 1}}",
            1,
        )
        .unwrap()
        .node;
        let b = parse("{\"id\": 18446744073709551615, \"name\": null, \"tags\": [\"t\"], \"score\": 1.5, \"extra\": true, \"me\": {\"x\": 2, \"y\": null}}", 2).unwrap().node;
        let mut inf = Infer::new("doc.txt");
        let t = inf.infer_samples(&[&a, &b], "R", SampleKind::Real);
        assert_eq!(t, TypeRef::Named("R".into()));
        let r = &inf.types["R"];
        let f = |n: &str| r.fields().iter().find(|f| f.name == n).unwrap().clone();
        assert_eq!(
            f("id").ty,
            TypeRef::Primitive(Primitive::Uint64),
            "beyond i64"
        );
        assert_eq!(
            (f("name").ty.clone(), f("name").nullable, f("name").optional),
            (TypeRef::Primitive(Primitive::String), true, false)
        );
        assert_eq!(
            f("tags").ty.to_string(),
            "{list: string}",
            "an empty list takes the other sample's items"
        );
        assert_eq!(
            f("score").ty,
            TypeRef::Primitive(Primitive::Number),
            "integer and float give number"
        );
        assert!(
            f("extra").optional && !f("id").optional,
            "absent from a sample: optional"
        );
        let me = &inf.types["RMe"];
        assert!(me.fields()[1].optional && me.fields()[1].nullable);
        let c = parse("{\"id\": \"text\"}", 3).unwrap().node;
        let mut inf = Infer::new("doc.txt");
        inf.infer_samples(&[&a, &c], "R", SampleKind::Real);
        assert_eq!(inf.types["R"].fields()[0].ty, TypeRef::ANY);
        assert!(
            inf.diags[0]
                .message
                .contains("samples disagree on field `id`"),
            "{:?}",
            inf.diags
        );
        let empty = parse("{\"tags\": []}", 1).unwrap().node;
        let mut inf = Infer::new("doc.txt");
        inf.infer(&empty, "E", SampleKind::Real);
        assert_eq!(inf.types["E"].fields()[0].ty.to_string(), "{list: any}");
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("Options"), "Option");
        assert_eq!(singular("Replies"), "Reply");
        assert_eq!(singular("Address"), "Address");
    }
}
