//! JSON Schema (as OpenAPI uses it) → spec types.
//!
//! A component schema (`#/components/schemas/X`, `#/definitions/X`) is the named type `X`:
//! a struct, a string enum, a `one_of` type, or an alias of a list, map or primitive. An
//! inline object, enum or `oneOf` gets a deterministic name from where it sits
//! (`<Operation>Body`, `<Parent><Field>`, `<Parent>Item`), unique by a numeric suffix in
//! document order. What the model cannot say becomes `any` (which keeps the JSON as
//! received) and a warning with the schema's JSON pointer.
//!
//! A schema in another file (`$ref: ./schemas/user.yaml`, `common.json#/Error`) is one
//! named type however many references reach it, named by [`external_name`]: the name under
//! `schemas`/`definitions`/`$defs` a fragment ends with, else the schema's `title`, else the
//! file's stem; a taken name gets a numeric suffix. A component that is only a reference to
//! another file (`User: {$ref: ./user.yaml}`) gives that file's schema its own name.

use std::collections::{BTreeMap, BTreeSet};

use chatgen_codegen::spec::{
    EnumValue, Field, Primitive, StructDef, TypeDef, TypeForm, TypeRef, Variant,
};
use heck::ToPascalCase;
use serde_json::{Map, Value};

use super::doc::{OpenApiDoc, Version, escape};
use crate::diag::Diagnostic;

/// The type converter: the named types made so far and the warnings.
pub struct Schemas<'a> {
    /// The document (and the other files its references reach).
    pub doc: &'a OpenApiDoc,
    /// Named types.
    pub types: BTreeMap<String, TypeDef>,
    /// Warnings.
    pub diags: Vec<Diagnostic>,
    /// Location of a component schema, or of a schema in another file → its type name.
    components: BTreeMap<String, String>,
    /// A component that is only a reference to another file → that file's schema.
    forwarded: BTreeMap<String, String>,
    /// Component types that are nullable where they are used.
    nullable: BTreeSet<String>,
    /// Schemas outside `/paths` (in a shared response, request body or parameter, or
    /// inside a component) already converted, by pointer: every operation that refers to
    /// one gets the same type, not a copy of its own.
    shared: BTreeMap<String, Typed>,
    taken: BTreeSet<String>,
    /// How deep the conversion is in nested schemas and references right now.
    depth: usize,
}

/// Deepest nesting of schemas and references followed; deeper is a reference cycle (or a
/// document built to exhaust the stack) and becomes any JSON with a warning.
const MAX_DEPTH: usize = 64;

/// A converted schema: its type and whether `null` is allowed.
#[derive(Clone)]
pub struct Typed {
    /// The type.
    pub ty: TypeRef,
    /// `nullable: true` (3.0), `type: [.., "null"]` (3.1), or a `null` alternative.
    pub nullable: bool,
    /// The schema's description.
    pub doc: Option<String>,
}

impl<'a> Schemas<'a> {
    /// A converter for `doc`; registers every component schema's name first, so that
    /// references work in any order.
    pub fn new(doc: &'a OpenApiDoc) -> Self {
        let mut s = Self {
            doc,
            types: BTreeMap::new(),
            diags: Vec::new(),
            components: BTreeMap::new(),
            forwarded: BTreeMap::new(),
            nullable: BTreeSet::new(),
            shared: BTreeMap::new(),
            taken: BTreeSet::new(),
            depth: 0,
        };
        for (base, map) in s.component_maps() {
            for (name, schema) in &map {
                let pointer = format!("{base}/{}", escape(name));
                let mut type_name = name.clone();
                if Primitive::from_keyword(&type_name).is_some() || type_name.is_empty() {
                    type_name.push_str("Type");
                }
                let type_name = s.fresh(&type_name);
                // `User: {$ref: ./user.yaml}`: the file's schema is the type `User`.
                if schema.get("$ref").is_some()
                    && let Some((_, target)) = doc.resolve(schema, &pointer)
                    && OpenApiDoc::is_other_file(&target)
                    && !s.components.contains_key(&target)
                {
                    s.components.insert(target.clone(), type_name.clone());
                    s.forwarded.insert(pointer.clone(), target);
                }
                // `nullable: true` on a component object (GitHub's `nullable-simple-user`):
                // every use of it may be `null`, in any order of definition.
                if is_nullable(schema) {
                    s.nullable.insert(type_name.clone());
                }
                s.components.insert(pointer, type_name);
            }
        }
        s
    }

    fn component_maps(&self) -> Vec<(&'static str, Map<String, Value>)> {
        let base = match self.doc.version {
            Version::Swagger2 => "/definitions",
            _ => "/components/schemas",
        };
        match self.doc.at(base).and_then(Value::as_object) {
            Some(m) => vec![(base, m.clone())],
            None => Vec::new(),
        }
    }

    /// Converts every component schema into its named type, in document order.
    pub fn define_components(&mut self) {
        for (base, map) in self.component_maps() {
            for (name, schema) in &map {
                let pointer = format!("{base}/{}", escape(name));
                let Some(type_name) = self.components.get(&pointer).cloned() else {
                    continue;
                };
                let forwarded = self.forwarded.get(&pointer).and_then(|target| {
                    let value = self.doc.at(target)?.clone();
                    Some((value, target.clone()))
                });
                let def = match forwarded {
                    Some((value, target)) => self.component(&value, &target, &type_name),
                    None => self.component(schema, &pointer, &type_name),
                };
                self.types.insert(type_name, def);
            }
        }
        self.break_alias_cycles();
    }

    /// How many component schemas the document has.
    pub fn component_count(&self) -> usize {
        self.components.len()
    }

    fn component(&mut self, schema: &Value, pointer: &str, name: &str) -> TypeDef {
        let line = self.doc.line(pointer);
        let file = OpenApiDoc::file_name(pointer);
        if let Some(def) = self.named_def(schema, pointer, name) {
            return TypeDef {
                line: Some(line),
                file,
                ..def
            };
        }
        let typed = self.type_of(schema, pointer, name);
        if typed.nullable {
            self.nullable.insert(name.to_string());
        }
        TypeDef {
            doc: typed.doc,
            line: Some(line),
            file,
            ..TypeDef::alias_of(typed.ty)
        }
    }

    /// The named type of the schema at `location` in another file: defined on first use
    /// (registered before its definition is converted, so references back to it, from
    /// this file or others, name it).
    fn external(&mut self, schema: &Value, location: &str) -> String {
        if let Some(name) = self.components.get(location) {
            return name.clone();
        }
        let name = self.fresh(&external_name(location, schema));
        self.components.insert(location.to_string(), name.clone());
        let def = self.component(schema, location, &name);
        self.types.insert(name.clone(), def);
        name
    }

    /// A name not taken yet: `base`, else `base2`, `base3`, …
    pub(super) fn fresh(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// A warning at the node `location`, naming its file, line and JSON pointer.
    pub(super) fn warn(&mut self, location: &str, message: String) {
        let line = self.doc.line(location);
        self.diags.push(Diagnostic::warning(
            self.doc.display(location),
            line,
            format!("{message} (at `#{}`)", OpenApiDoc::pointer(location)),
        ));
    }

    /// The type of `schema` at `pointer`; `hint` names an inline type it may need.
    pub fn type_of(&mut self, schema: &Value, pointer: &str, hint: &str) -> Typed {
        if self.depth >= MAX_DEPTH {
            self.warn(pointer, too_deep());
            return Typed {
                ty: TypeRef::ANY,
                nullable: false,
                doc: description(schema),
            };
        }
        let shared = !pointer.starts_with("/paths/");
        if shared && let Some(typed) = self.shared.get(pointer) {
            return typed.clone();
        }
        self.depth += 1;
        let typed = self.type_of_nested(schema, pointer, hint);
        self.depth -= 1;
        if shared {
            self.shared.insert(pointer.to_string(), typed.clone());
        }
        typed
    }

    /// A schema below the depth check: a reference, a single alternative (`allOf: [$ref]`,
    /// `oneOf: [X, null]`), a definition that needs a name, or a plain type.
    fn type_of_nested(&mut self, schema: &Value, pointer: &str, hint: &str) -> Typed {
        let doc = description(schema);
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            return self.referenced(schema, r, pointer, hint, doc);
        }
        let nullable = is_nullable(schema);
        if let Some(t) = self.single_alternative(schema, pointer, hint, &doc, nullable) {
            return t;
        }
        if let Some(def) = self.named_def(schema, pointer, hint) {
            let name = self.fresh(hint);
            self.types.insert(
                name.clone(),
                TypeDef {
                    line: Some(self.doc.line(pointer)),
                    file: OpenApiDoc::file_name(pointer),
                    ..def
                },
            );
            return Typed {
                ty: TypeRef::Named(name),
                nullable,
                doc,
            };
        }
        let ty = self.plain_type(schema, pointer, hint);
        Typed { ty, nullable, doc }
    }

    /// The type a reference `r` (at `pointer`) names: a component or another file's schema
    /// (a named type), the schema at the end of the chain, or any JSON when it does not
    /// resolve.
    fn referenced(
        &mut self,
        schema: &Value,
        r: &str,
        pointer: &str,
        hint: &str,
        doc: Option<String>,
    ) -> Typed {
        let named = |s: &mut Self, name: String| {
            let nullable = s.nullable.contains(&name) || is_nullable(schema);
            Typed {
                ty: TypeRef::Named(name),
                nullable,
                doc: doc.clone(),
            }
        };
        if let Some(name) = self
            .doc
            .target(r, pointer)
            .and_then(|t| self.components.get(&t).cloned())
        {
            return named(self, name);
        }
        match self.doc.resolve(schema, pointer) {
            // The end of a chain of references: a component, or a schema of another
            // file (one named type however many references reach it).
            Some((_, p)) if self.components.contains_key(&p) => {
                let name = self.components.get(&p).cloned().unwrap_or_default();
                named(self, name)
            }
            Some((v, p)) if OpenApiDoc::is_other_file(&p) => {
                let v = v.clone();
                let name = self.external(&v, &p);
                named(self, name)
            }
            Some((v, p)) => {
                let v = v.clone();
                self.type_of(&v, &p, hint)
            }
            None => {
                if !self.doc.reported(pointer) {
                    self.warn(
                        pointer,
                        format!("reference `{r}` does not resolve; the value is kept as any JSON"),
                    );
                }
                Typed {
                    ty: TypeRef::ANY,
                    nullable: false,
                    doc,
                }
            }
        }
    }

    /// The one alternative a schema stands for: a lone `allOf`/`oneOf`/`anyOf` (a reference
    /// with a description), or `oneOf: [X, {type: null}]`, a nullable X.
    fn single_alternative(
        &mut self,
        schema: &Value,
        pointer: &str,
        hint: &str,
        doc: &Option<String>,
        nullable: bool,
    ) -> Option<Typed> {
        // A lone `allOf: [$ref]` (a reference with a description) is the referenced type.
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some([only]) = schema.get(key).and_then(Value::as_array).map(Vec::as_slice)
                && !has_own_shape(schema)
            {
                let mut t = self.type_of(only, &format!("{pointer}/{key}/0"), hint);
                t.nullable |= nullable;
                t.doc = doc.clone().or(t.doc);
                return Some(t);
            }
        }
        // `oneOf: [X, {type: null}]` is a nullable X.
        for key in ["oneOf", "anyOf"] {
            if let Some(alts) = schema.get(key).and_then(Value::as_array) {
                let non_null: Vec<(usize, &Value)> = alts
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| !is_null_schema(a))
                    .collect();
                if non_null.len() == 1 && alts.len() == 2 && !has_own_shape(schema) {
                    let (i, only) = non_null[0];
                    let mut t = self.type_of(only, &format!("{pointer}/{key}/{i}"), hint);
                    t.nullable = true;
                    t.doc = doc.clone().or(t.doc);
                    return Some(t);
                }
            }
        }
        None
    }

    /// The definition of a schema that needs a name (an object with properties, `allOf`, a
    /// string enum, `oneOf`/`anyOf`), or `None` for lists, maps and primitives.
    fn named_def(&mut self, schema: &Value, pointer: &str, name: &str) -> Option<TypeDef> {
        let doc = description(schema);
        if schema.get("$ref").is_some() {
            return None;
        }
        if schema.get("allOf").is_some() {
            return Some(self.all_of(schema, pointer, name));
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alts) = schema.get(key).and_then(Value::as_array)
                && alts.iter().filter(|a| !is_null_schema(a)).count() > 1
            {
                if let Some(values) = string_choices(alts) {
                    return Some(TypeDef {
                        doc,
                        ..TypeDef::enumeration(values)
                    });
                }
                return Some(self.one_of(schema, key, alts, pointer, name));
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let strings: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
            let non_null = values.iter().filter(|v| !v.is_null()).count();
            if !strings.is_empty() && strings.len() == non_null {
                let mut seen = BTreeSet::new();
                let values = strings
                    .into_iter()
                    .filter(|v| seen.insert(*v))
                    .map(|v| EnumValue {
                        value: v.to_string(),
                        doc: None,
                    })
                    .collect();
                return Some(TypeDef {
                    doc,
                    ..TypeDef::enumeration(values)
                });
            }
            return None;
        }
        let props = schema.get("properties").and_then(Value::as_object);
        if props.is_some_and(|p| !p.is_empty()) {
            let mut def = StructDef::default();
            self.add_fields(schema, pointer, name, &mut def);
            return Some(TypeDef {
                doc,
                ..TypeDef::of(TypeForm::Struct(def))
            });
        }
        None
    }

    /// Adds the properties of an object schema to `def` (later ones replace earlier ones of
    /// the same name, as `allOf` parts do).
    fn add_fields(&mut self, schema: &Value, pointer: &str, parent: &str, def: &mut StructDef) {
        let required: BTreeSet<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let at = format!("{pointer}/properties/{}", escape(name));
                let hint = format!("{parent}{}", name.to_pascal_case());
                let typed = self.type_of(prop, &at, &hint);
                let field = Field {
                    name: name.clone(),
                    ty: typed.ty,
                    optional: !required.contains(name.as_str()),
                    nullable: typed.nullable,
                    doc: typed.doc,
                    from_override: Vec::new(),
                    line: Some(self.doc.line(&at)),
                };
                match def.fields.iter_mut().find(|f| f.name == *name) {
                    Some(old) => *old = field,
                    None => def.fields.push(field),
                }
            }
        }
        // A field required here but declared in another part (`allOf`) becomes required.
        for f in &mut def.fields {
            if required.contains(f.name.as_str()) {
                f.optional = false;
            }
        }
        if schema
            .get("additionalProperties")
            .is_some_and(|a| a != &Value::Bool(false))
        {
            def.open = true;
        }
    }

    fn all_of(&mut self, schema: &Value, pointer: &str, name: &str) -> TypeDef {
        if self.depth >= MAX_DEPTH {
            self.warn(pointer, too_deep());
            return TypeDef {
                doc: description(schema),
                ..TypeDef::open_object()
            };
        }
        self.depth += 1;
        let def = self.all_of_nested(schema, pointer, name);
        self.depth -= 1;
        def
    }

    fn all_of_nested(&mut self, schema: &Value, pointer: &str, name: &str) -> TypeDef {
        let mut doc = description(schema);
        let mut def = StructDef::default();
        let parts = schema
            .get("allOf")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for (i, part) in parts.iter().enumerate() {
            let at = format!("{pointer}/allOf/{i}");
            let Some((resolved, at)) = self.doc.resolve(part, &at) else {
                if !self.doc.reported(&at) {
                    self.warn(
                        &at,
                        "an `allOf` part does not resolve; it is left out".into(),
                    );
                }
                def.open = true;
                continue;
            };
            let resolved = resolved.clone();
            if resolved.get("allOf").is_some() {
                let inner = self.all_of(&resolved, &at, name);
                merge_fields(&mut def, &mut doc, inner);
            } else if resolved.get("properties").is_some() || resolved.get("required").is_some() {
                self.add_fields(&resolved, &at, name, &mut def);
            } else if !is_object_like(&resolved) {
                self.warn(
                    &at,
                    "an `allOf` part is not an object; the merged type keeps undeclared members as any JSON"
                        .into(),
                );
                def.open = true;
            }
            if doc.is_none() {
                doc = description(&resolved);
            }
        }
        self.add_fields(schema, pointer, name, &mut def);
        if def.fields.is_empty() {
            def.open = true;
        }
        TypeDef {
            doc,
            ..TypeDef::of(TypeForm::Struct(def))
        }
    }

    fn one_of(
        &mut self,
        schema: &Value,
        key: &str,
        alts: &[Value],
        pointer: &str,
        name: &str,
    ) -> TypeDef {
        let discriminator = schema
            .get("discriminator")
            .and_then(|d| d.get("propertyName").or(Some(d)))
            .and_then(Value::as_str)
            .map(str::to_string);
        let mapping: Vec<(String, String)> = schema
            .get("discriminator")
            .and_then(|d| d.get("mapping"))
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default();
        let mut variants: Vec<Variant> = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            if is_null_schema(alt) {
                continue;
            }
            let at = format!("{pointer}/{key}/{i}");
            let typed = self.type_of(alt, &at, &format!("{name}Variant{}", i + 1));
            let mut tags = Vec::new();
            if discriminator.is_some()
                && let Some(r) = alt.get("$ref").and_then(Value::as_str)
            {
                tags = mapping
                    .iter()
                    .filter(|(_, target)| target == r)
                    .map(|(k, _)| k.clone())
                    .collect();
                if tags.is_empty() && mapping.is_empty() {
                    // Without a mapping, the tag is the component's name (a whole file's
                    // schema: the file's stem).
                    let tag = match r.rsplit_once('#') {
                        Some((_, fragment)) if !fragment.is_empty() => {
                            fragment.rsplit('/').next().unwrap_or(fragment)
                        }
                        _ if !r.contains('#') => file_stem(r),
                        _ => r.rsplit('/').next().unwrap_or(r),
                    };
                    tags.push(tag.to_string());
                }
            }
            if variants.iter().any(|v| v.ty == typed.ty) {
                continue;
            }
            variants.push(Variant { ty: typed.ty, tags });
        }
        if let [only] = variants.as_slice() {
            // Alternatives that all read as one type are that type.
            return TypeDef {
                doc: description(schema),
                ..TypeDef::alias_of(only.ty.clone())
            };
        }
        TypeDef {
            doc: description(schema),
            ..TypeDef::one_of(variants, discriminator)
        }
    }

    /// Lists, maps and primitives.
    fn plain_type(&mut self, schema: &Value, pointer: &str, hint: &str) -> TypeRef {
        let Some(ty) = self.json_type(schema, pointer) else {
            return TypeRef::ANY;
        };
        let ty = ty.as_str();
        if let Some(values) = schema.get("enum").and_then(Value::as_array)
            && values.iter().any(|v| !v.is_string() && !v.is_null())
        {
            self.warn(
                pointer,
                format!("an enum of {ty} values is kept as a plain {ty}; the listed values are not checked"),
            );
        }
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        if let Some(p) = primitive(ty, format) {
            return TypeRef::Primitive(p);
        }
        match ty {
            "array" => {
                let at = format!("{pointer}/items");
                match schema.get("items") {
                    Some(items) if items.is_object() => {
                        let t = self.type_of(items, &at, &format!("{hint}Item"));
                        TypeRef::List(Box::new(t.ty))
                    }
                    _ => TypeRef::List(Box::new(TypeRef::ANY)),
                }
            }
            "object" => {
                let at = format!("{pointer}/additionalProperties");
                match schema.get("additionalProperties") {
                    Some(extra) if extra.is_object() => {
                        let t = self.type_of(extra, &at, &format!("{hint}Value"));
                        TypeRef::Map(Box::new(t.ty))
                    }
                    _ => TypeRef::Map(Box::new(TypeRef::ANY)),
                }
            }
            "null" => TypeRef::ANY,
            other => {
                self.warn(
                    pointer,
                    format!("unknown type `{other}`; the value is kept as any JSON"),
                );
                TypeRef::ANY
            }
        }
    }

    /// The one JSON type of a plain schema (`array` for `items`, `object` for
    /// `additionalProperties` when `type` is not given), or `None` when it is any JSON
    /// (tuple `items`, `not`, several types: warned) or not said.
    fn json_type(&mut self, schema: &Value, pointer: &str) -> Option<String> {
        let types = type_names(schema);
        Some(match types.as_slice() {
            [] if schema.get("items").is_some_and(Value::is_array) => {
                // Tuple `items` without `type` constrain arrays only: any value is valid.
                self.warn(
                    pointer,
                    "a list of `items` schemas without `type` is kept as any JSON".into(),
                );
                return None;
            }
            [] if schema.get("items").is_some() => "array".to_string(),
            [] if schema.get("additionalProperties").is_some() => "object".to_string(),
            [] => {
                if schema.get("not").is_some() {
                    self.warn(
                        pointer,
                        "`not` cannot be expressed; the value is kept as any JSON".into(),
                    );
                }
                return None;
            }
            [one] => one.clone(),
            _ => {
                self.warn(
                    pointer,
                    format!(
                        "a value of several types ({}) is kept as any JSON",
                        types.join(", ")
                    ),
                );
                return None;
            }
        })
    }

    /// Aliases that refer to themselves (`A: {type: array, items: {$ref: A}}`) cannot be
    /// Rust type aliases: they become open JSON, with a warning. Run once the components are
    /// defined and again at the end (types of other files are defined as they are reached).
    pub fn break_alias_cycles(&mut self) {
        let names: Vec<String> = self.types.keys().cloned().collect();
        for name in names {
            if self.alias_reaches(&name, &name, &mut BTreeSet::new()) {
                let def = self.types.get(&name);
                let line = def.and_then(|d| d.line).unwrap_or(0);
                let file = self
                    .doc
                    .display_of(def.and_then(|d| d.file.as_deref()))
                    .to_string();
                self.diags.push(Diagnostic::warning(
                    &file,
                    line,
                    format!("schema `{name}` is defined through itself; it is kept as any JSON"),
                ));
                if let Some(def) = self.types.get_mut(&name) {
                    def.form = TypeForm::Alias(TypeRef::ANY);
                }
            }
        }
    }

    fn alias_reaches(&self, from: &str, target: &str, seen: &mut BTreeSet<String>) -> bool {
        let Some(TypeRef::Named(_) | TypeRef::List(_) | TypeRef::Map(_)) =
            self.types.get(from).and_then(TypeDef::alias)
        else {
            return false;
        };
        let mut found = false;
        let mut next = Vec::new();
        if let Some(alias) = self.types.get(from).and_then(TypeDef::alias) {
            alias.visit_named(&mut |n| next.push(n.to_string()));
        }
        for n in next {
            if n == target {
                found = true;
            } else if seen.insert(n.clone()) {
                found |= self.alias_reaches(&n, target, seen);
            }
        }
        found
    }
}

/// The name of a schema of another file, from its location: the name a fragment ends with
/// under `schemas`, `definitions` or `$defs` (or a one-segment fragment, `#/Pet`); else the
/// schema's `title`; else the file's stem, with the fragment's last segment when it is a
/// name and not a keyword or an index. Titles and stems become PascalCase; a name that is a
/// primitive's (`string`) or empty gets `Type` appended.
pub fn external_name(location: &str, schema: &Value) -> String {
    let file = OpenApiDoc::file_name(location).unwrap_or_default();
    let segments: Vec<String> = OpenApiDoc::pointer(location)
        .split('/')
        .skip(1)
        .map(chatgen_codegen::spec::pointer::unescape)
        .collect();
    let stem = file_stem(&file).to_pascal_case();
    let title = schema
        .get("title")
        .and_then(Value::as_str)
        .map(ToPascalCase::to_pascal_case)
        .filter(|t| t.starts_with(|c: char| c.is_alphabetic()));
    let mut name = match segments.as_slice() {
        [only] => only.clone(),
        [.., parent, last] if matches!(parent.as_str(), "schemas" | "definitions" | "$defs") => {
            last.clone()
        }
        _ => match (title, segments.last()) {
            (Some(t), _) => t,
            (None, Some(last))
                if last.starts_with(|c: char| c.is_alphabetic())
                    && !KEYWORDS.contains(&last.as_str()) =>
            {
                format!("{stem}{}", last.to_pascal_case())
            }
            _ => stem,
        },
    };
    if Primitive::from_keyword(&name).is_some() || name.is_empty() {
        name.push_str("Type");
    }
    name
}

/// Schema keywords a pointer passes through, not names.
const KEYWORDS: [&str; 12] = [
    "schema",
    "items",
    "properties",
    "additionalProperties",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "content",
    "responses",
    "parameters",
    "requestBody",
];

/// The stem of a file's name (`schemas/user-profile.yaml` → `user-profile`).
fn file_stem(path: &str) -> &str {
    let path = path.split('#').next().unwrap_or(path);
    let name = path.rsplit('/').next().unwrap_or(path);
    match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    }
}

/// The warning for a schema nested past [`MAX_DEPTH`].
fn too_deep() -> String {
    format!(
        "schemas nest (or references loop) deeper than {MAX_DEPTH} levels here; the value is kept as any JSON"
    )
}

/// `oneOf` alternatives that are all inline string enums (each value with its own
/// description, as Dropshot writes them): one string enum of every value.
fn string_choices(alts: &[Value]) -> Option<Vec<EnumValue>> {
    let mut out: Vec<EnumValue> = Vec::new();
    for alt in alts {
        if alt.get("$ref").is_some() || type_names(alt).iter().any(|t| t != "string") {
            return None;
        }
        let values = alt.get("enum").and_then(Value::as_array)?;
        for v in values {
            let v = v.as_str()?;
            if !out.iter().any(|e| e.value == v) {
                out.push(EnumValue {
                    value: v.to_string(),
                    doc: description(alt),
                });
            }
        }
    }
    Some(out)
}

/// Merges the struct `other` (an inner `allOf`) into `def`; its doc when `doc` has none.
fn merge_fields(def: &mut StructDef, doc: &mut Option<String>, other: TypeDef) {
    if let TypeForm::Struct(o) = other.form {
        for f in o.fields {
            match def.fields.iter_mut().find(|g| g.name == f.name) {
                Some(old) => *old = f,
                None => def.fields.push(f),
            }
        }
        def.open |= o.open;
    }
    if doc.is_none() {
        *doc = other.doc;
    }
}

/// The schema's description, trimmed; `None` when empty.
pub fn description(schema: &Value) -> Option<String> {
    schema
        .get("description")
        .or_else(|| schema.get("title"))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string)
}

/// The primitive a JSON type with this `format` is, if it is one (`file` is Swagger's).
fn primitive(ty: &str, format: &str) -> Option<Primitive> {
    Some(match ty {
        "string" => match format {
            "date-time" => Primitive::Datetime,
            "date" => Primitive::Date,
            "uuid" => Primitive::Uuid,
            "byte" => Primitive::Byte,
            "binary" => Primitive::Binary,
            _ => Primitive::String,
        },
        "file" => Primitive::Binary,
        "integer" => match format {
            "int32" => Primitive::Int32,
            "int64" => Primitive::Int64,
            "uint64" => Primitive::Uint64,
            "uint8" => Primitive::Uint8,
            _ => Primitive::Integer,
        },
        "number" => Primitive::Number,
        "boolean" => Primitive::Boolean,
        _ => return None,
    })
}

/// `type` as a list of names, without `null`.
fn type_names(schema: &Value) -> Vec<String> {
    match schema.get("type") {
        Some(Value::String(s)) if s != "null" => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .filter(|s| *s != "null")
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

fn is_nullable(schema: &Value) -> bool {
    schema.get("nullable") == Some(&Value::Bool(true))
        || schema.get("x-nullable") == Some(&Value::Bool(true))
        || matches!(schema.get("type"), Some(Value::Array(a)) if a.iter().any(|t| t == "null"))
        || schema
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|v| v.iter().any(Value::is_null))
}

fn is_null_schema(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
        || schema.get("enum").and_then(Value::as_array) == Some(&vec![Value::Null])
}

/// Whether a schema with a single `allOf`/`oneOf` part says more than that part.
fn has_own_shape(schema: &Value) -> bool {
    schema.get("properties").is_some() || schema.get("discriminator").is_some()
}

fn is_object_like(schema: &Value) -> bool {
    matches!(type_names(schema).as_slice(), [] | [_]) && {
        let t = type_names(schema);
        t.is_empty() || t[0] == "object"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_schemas_in_other_files() {
        let none = Value::Null;
        let titled = serde_json::json!({"title": "user profile", "type": "object"});
        let cases = [
            ("defs.yaml#/components/schemas/Pet", &titled, "Pet"),
            ("defs.yaml#/definitions/Pet", &none, "Pet"),
            ("defs.yaml#/$defs/Pet", &none, "Pet"),
            ("defs.yaml#/Pet", &titled, "Pet"),
            ("schemas/user-profile.yaml#", &titled, "UserProfile"),
            ("schemas/user-profile.yaml#", &none, "UserProfile"),
            ("paths/users.yaml#/get/responses/200", &none, "Users"),
            ("paths/users.yaml#/get/parameters/0/schema", &none, "Users"),
            ("paths/users.yaml#/get/x/owner", &none, "UsersOwner"),
            ("types/string.yaml#", &none, "String"),
            ("defs.json#/definitions/integer", &none, "integerType"),
        ];
        for (location, schema, want) in cases {
            assert_eq!(external_name(location, schema), want, "{location}");
        }
    }
}
