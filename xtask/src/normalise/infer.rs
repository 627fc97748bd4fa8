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

    /// The type of several samples of one thing (every response example of an operation,
    /// say), merged into one type. Objects are named after `hint`.
    pub fn infer_samples(&mut self, samples: &[&Node], hint: &str, kind: SampleKind) -> TypeRef {
        match samples {
            [] => TypeRef::ANY,
            [one, ..] => self.infer(one, hint, kind),
        }
    }

    /// The type of a sample of the given kind. Objects are named after `hint`.
    pub fn infer(&mut self, node: &Node, hint: &str, kind: SampleKind) -> TypeRef {
        match &node.kind {
            Kind::String(word) if kind == SampleKind::TypeNames => self.type_word(word, node, hint),
            Kind::String(_) => TypeRef::Primitive(Primitive::String),
            Kind::Object(members) if members.is_empty() => TypeRef::Map(Box::new(TypeRef::ANY)),
            Kind::Object(members) => self.object(members, node.line, hint, kind),
            Kind::Array(items) => {
                let item_hint = match singular(hint) {
                    s if s != hint => s,
                    _ => format!("{hint}Item"),
                };
                let mut types: Vec<TypeRef> = items
                    .iter()
                    .map(|i| self.infer(i, &item_hint, kind))
                    .collect();
                types.dedup();
                match types.as_slice() {
                    [] => TypeRef::List(Box::new(TypeRef::ANY)),
                    [one] => TypeRef::List(Box::new(one.clone())),
                    _ => {
                        self.diags.push(Diagnostic::warning(
                            self.file,
                            node.line,
                            "array sample lists items of different types; its items are typed `any`",
                        ));
                        TypeRef::List(Box::new(TypeRef::ANY))
                    }
                }
            }
            Kind::Number(n) if n.is_i64() => TypeRef::Primitive(Primitive::Integer),
            Kind::Number(n) if n.is_u64() => TypeRef::Primitive(Primitive::Uint64),
            Kind::Number(_) => TypeRef::Primitive(Primitive::Number),
            Kind::Bool(_) => TypeRef::Primitive(Primitive::Boolean),
            Kind::Null => TypeRef::ANY,
        }
    }

    fn type_word(&mut self, word: &str, node: &Node, hint: &str) -> TypeRef {
        match sample_word(word) {
            Some(SampleWord::Type(t)) => t,
            Some(SampleWord::Choices(values)) => self.enum_type(&values, node.line, hint),
            None => {
                self.diags.push(
                    Diagnostic::warning(
                        self.file,
                        node.line,
                        format!("expected a type name, found `{word}`; typed `any`"),
                    )
                    .at_column(node.column),
                );
                TypeRef::ANY
            }
        }
    }

    /// A named string enum of `values` (which also accepts values not listed).
    pub fn enum_type(&mut self, values: &[String], line: u32, hint: &str) -> TypeRef {
        let name = self.fresh_name(hint);
        let def = TypeDef {
            sample: Some(SampleKind::TypeNames),
            values: values
                .iter()
                .map(|v| EnumValue {
                    value: v.clone(),
                    doc: None,
                })
                .collect(),
            line: Some(line),
            ..TypeDef::default()
        };
        self.types.insert(name.clone(), def);
        TypeRef::Named(name)
    }

    fn object(
        &mut self,
        members: &[(String, Node)],
        line: u32,
        hint: &str,
        kind: SampleKind,
    ) -> TypeRef {
        let name = self.fresh_name(hint);
        // Reserve the name before recursing so nested types cannot take it.
        self.types.insert(name.clone(), TypeDef::default());
        let mut fields: Vec<Field> = Vec::new();
        for (key, value) in members {
            let (wire, optional) = match key.strip_suffix('?') {
                Some(stripped) if self.optional_suffix => (stripped.to_string(), true),
                _ => (key.clone(), false),
            };
            if fields.iter().any(|f| f.name == wire) {
                self.diags.push(Diagnostic::warning(
                    self.file,
                    value.line,
                    format!("field `{wire}` appears twice in one object; the first is kept"),
                ));
                continue;
            }
            let field_hint = format!("{name}{}", wire.to_pascal_case());
            let ty = self.infer(value, &field_hint, kind);
            fields.push(Field {
                name: wire,
                ty,
                optional,
                nullable: kind != SampleKind::TypeNames && value.kind == Kind::Null,
                doc: None,
                from_override: Vec::new(),
                line: Some(value.line),
            });
        }
        let def = TypeDef {
            sample: Some(kind),
            fields,
            line: Some(line),
            ..TypeDef::default()
        };
        self.types.insert(name.clone(), def);
        TypeRef::Named(name)
    }

    fn fresh_name(&self, hint: &str) -> String {
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
        assert_eq!(body.fields[0].name, "blobs");
        assert!(body.fields[0].optional);
        assert_eq!(body.fields[0].line, Some(18));
        assert_eq!(body.fields[1].ty, TypeRef::Map(Box::new(TypeRef::ANY)));
        assert_eq!(body.fields[2].ty.to_string(), "{list: CreateBodyOption}");
        assert!(inf.types["CreateBodyOption"].fields[0].optional);
        assert!(inf.diags.is_empty());
    }

    #[test]
    fn unknown_word_is_a_warning_not_a_guess() {
        let node = parse("{\"a\": \"frobnicator\"}", 5).unwrap().node;
        let mut inf = Infer::new("doc.txt");
        inf.from_type_names(&node, "T");
        assert_eq!(inf.types["T"].fields[0].ty, TypeRef::ANY);
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
        assert_eq!(inf.types["DiffStatus"].values.len(), 2);
        inf.infer(&real, "Info", SampleKind::Real);
        let info = &inf.types["Info"];
        assert_eq!(info.sample, Some(SampleKind::Real));
        assert_eq!(info.fields[1].ty, TypeRef::Primitive(Primitive::Integer));
        assert!(info.fields[2].nullable && !info.fields[0].nullable);
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("Options"), "Option");
        assert_eq!(singular("Replies"), "Reply");
        assert_eq!(singular("Address"), "Address");
    }
}
