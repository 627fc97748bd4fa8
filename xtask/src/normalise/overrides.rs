//! Override files: `spec/overrides/<api>.yaml`, hand-written facts the documentation does not
//! give, merged over the extraction on every regen. Each fact taken from an override is
//! listed in its node's `from_override`, so reviewers see what did not come from the doc.

use std::collections::BTreeMap;

use chatgen_codegen::spec::{
    ApiSpec, Auth, Body, EnumValue, Field, Location, Operation, Param, Response, Route, Rpc,
    TypeDef, TypeForm, TypeRef,
};
use serde::Deserialize;

use crate::diag::Diagnostic;

/// The override file format (every key optional).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverrideFile {
    title: Option<String>,
    doc: Option<String>,
    base_url: Option<String>,
    auth: Option<Auth>,
    protocol: Option<ProtocolOverride>,
    #[serde(default)]
    operations: BTreeMap<String, OperationOverride>,
    #[serde(default)]
    types: BTreeMap<String, TypeOverride>,
}

/// Protocol facts an override may give.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProtocolOverride {
    /// The spec type of a failed answer's error object.
    error_type: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct OperationOverride {
    name: Option<String>,
    doc: Option<String>,
    route: Option<Route>,
    rpc: Option<Rpc>,
    #[serde(default)]
    params: BTreeMap<String, ParamOverride>,
    body: Option<Body>,
    responses: Option<Vec<Response>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParamOverride {
    #[serde(rename = "in")]
    location: Option<Location>,
    #[serde(rename = "type")]
    ty: Option<TypeRef>,
    required: Option<bool>,
    default: Option<serde_json::Value>,
    doc: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TypeOverride {
    doc: Option<String>,
    open: Option<bool>,
    #[serde(default)]
    fields: BTreeMap<String, FieldOverride>,
    #[serde(rename = "enum")]
    values: Option<Vec<EnumValue>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldOverride {
    #[serde(rename = "type")]
    ty: Option<TypeRef>,
    optional: Option<bool>,
    nullable: Option<bool>,
    doc: Option<String>,
}

/// Sets `slot` from `value` when given, recording `key` in `marks`.
fn set<T>(slot: &mut T, value: Option<T>, key: &str, marks: &mut Vec<String>) {
    if let Some(v) = value {
        *slot = v;
        if !marks.iter().any(|m| m == key) {
            marks.push(key.to_string());
        }
    }
}

/// The override file being merged, to place its problems.
struct Source<'a> {
    file: &'a str,
    text: &'a str,
}

impl Source<'_> {
    /// An error at the first line that gives `key`.
    fn error(&self, key: &str, message: String) -> Diagnostic {
        Diagnostic::error(self.file, line_of(self.text, key), message)
    }
}

/// The override file `text`, or `None` with an error diagnostic at the YAML error.
fn parse(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Option<OverrideFile> {
    match serde_yaml::from_str::<Option<OverrideFile>>(text) {
        Ok(o) => Some(o.unwrap_or_default()),
        Err(e) => {
            let (line, column) = e
                .location()
                .map_or((0, None), |l| (l.line() as u32, Some(l.column() as u32)));
            let mut d = Diagnostic::error(
                file,
                line,
                format!("expected an override file (see spec/README.md): {e}"),
            );
            d.column = column;
            diags.push(d);
            None
        }
    }
}

/// Merges the override file `text` over `spec`; problems become error diagnostics.
pub fn apply(spec: &mut ApiSpec, file: &str, text: &str, diags: &mut Vec<Diagnostic>) {
    let Some(parsed) = parse(file, text, diags) else {
        return;
    };
    let src = Source { file, text };
    let marks = &mut spec.from_override;
    set(&mut spec.title, parsed.title, "title", marks);
    set(&mut spec.doc, parsed.doc.map(Some), "doc", marks);
    set(
        &mut spec.base_url,
        parsed.base_url.map(Some),
        "base_url",
        marks,
    );
    set(&mut spec.auth, parsed.auth, "auth", marks);
    if let Some(error_type) = parsed.protocol.and_then(|p| p.error_type) {
        let answer = spec.protocol.answer.get_or_insert_with(Default::default);
        answer.error_type = Some(error_type);
        marks.push("protocol.error_type".into());
    }

    for (id, o) in parsed.operations {
        let Some(op) = spec.operations.iter_mut().find(|op| op.id == id) else {
            let known: Vec<_> = spec.operations.iter().map(|o| o.id.as_str()).collect();
            diags.push(src.error(
                &id,
                format!("override names operation `{id}`, which the documentation does not have (known: {})", known.join(", ")),
            ));
            continue;
        };
        apply_operation(op, o, &src, diags);
    }

    for (name, o) in parsed.types {
        let def = spec.types.entry(name.clone()).or_insert_with(|| TypeDef {
            from_override: vec!["added".into()],
            ..TypeDef::default()
        });
        apply_type(def, &name, o, &src, diags);
    }
}

/// Merges an operation's override over it; a parameter it adds needs `in` and `type`.
fn apply_operation(
    op: &mut Operation,
    o: OperationOverride,
    src: &Source<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    let marks = &mut op.from_override;
    set(&mut op.name, o.name, "name", marks);
    set(&mut op.doc, o.doc.map(Some), "doc", marks);
    set(&mut op.route, o.route.map(Some), "route", marks);
    set(&mut op.rpc, o.rpc.map(Some), "rpc", marks);
    set(&mut op.body, o.body.map(Some), "body", marks);
    set(&mut op.responses, o.responses, "responses", marks);
    for (name, p) in o.params {
        match op.params.iter_mut().find(|q| q.name == name) {
            Some(q) => {
                let marks = &mut q.from_override;
                set(&mut q.location, p.location, "in", marks);
                set(&mut q.ty, p.ty, "type", marks);
                set(&mut q.required, p.required, "required", marks);
                set(&mut q.default, p.default.map(Some), "default", marks);
                set(&mut q.doc, p.doc.map(Some), "doc", marks);
            }
            None => match (p.location, p.ty) {
                (Some(location), Some(ty)) => op.params.push(Param {
                    name,
                    location,
                    ty,
                    required: p.required.unwrap_or(false),
                    default: p.default,
                    minimum: None,
                    maximum: None,
                    type_cue: None,
                    doc: p.doc,
                    from_override: vec!["added".into()],
                    line: None,
                    ..Param::default()
                }),
                _ => diags.push(src.error(
                    &name,
                    format!(
                        "override adds parameter `{name}` to `{}`: expected both `in` and `type`",
                        op.id
                    ),
                )),
            },
        }
    }
}

/// Merges a type's override over it (`name`); a field it adds needs a `type`.
fn apply_type(
    def: &mut TypeDef,
    name: &str,
    o: TypeOverride,
    src: &Source<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    let marks = &mut def.from_override;
    set(&mut def.doc, o.doc.map(Some), "doc", marks);
    // Enum values make the type an enum: a struct without fields becomes one, another form
    // is an error (a type has one form).
    if let Some(values) = o.values {
        match &mut def.form {
            TypeForm::Enum(old) => set(old, Some(values), "enum", marks),
            TypeForm::Struct(s) if s.fields.is_empty() && o.fields.is_empty() => {
                let mut form = TypeForm::Enum(Vec::new());
                if let TypeForm::Enum(v) = &mut form {
                    set(v, Some(values), "enum", marks);
                }
                def.form = form;
            }
            _ => diags.push(src.error(
                name,
                format!("override gives enum values to type `{name}`, which is no enum"),
            )),
        }
    }
    if o.open.is_none() && o.fields.is_empty() {
        return;
    }
    let TypeForm::Struct(s) = &mut def.form else {
        diags.push(src.error(
            name,
            format!("override gives fields or `open` to type `{name}`, which is no struct"),
        ));
        return;
    };
    set(&mut s.open, o.open, "open", marks);
    if !o.fields.is_empty() && def.undefined {
        def.undefined = false;
        marks.push("fields".into());
    }
    for (field, f) in o.fields {
        match s.fields.iter_mut().find(|x| x.name == field) {
            Some(x) => {
                let marks = &mut x.from_override;
                set(&mut x.ty, f.ty, "type", marks);
                set(&mut x.optional, f.optional, "optional", marks);
                set(&mut x.nullable, f.nullable, "nullable", marks);
                set(&mut x.doc, f.doc.map(Some), "doc", marks);
            }
            None => match f.ty {
                Some(ty) => s.fields.push(Field {
                    name: field,
                    ty,
                    optional: f.optional.unwrap_or(false),
                    nullable: f.nullable.unwrap_or(false),
                    doc: f.doc,
                    from_override: vec!["added".into()],
                    line: None,
                }),
                None => diags.push(src.error(
                    &field,
                    format!("override adds field `{field}` to type `{name}`: expected a `type`"),
                )),
            },
        }
    }
}

/// The first line of `text` that starts (after indentation) with the key `key:`, or 0.
fn line_of(text: &str, key: &str) -> u32 {
    let wanted = format!("{key}:");
    text.lines()
        .position(|l| l.trim_start().starts_with(&wanted))
        .map_or(0, |i| u32::try_from(i + 1).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use chatgen_codegen::spec::{ApiSpec, EnumValue, TypeDef};

    use super::*;

    fn spec() -> ApiSpec {
        let mut spec = ApiSpec::default();
        let value = |v: &str| EnumValue {
            value: v.into(),
            doc: None,
        };
        spec.types
            .insert("Status".into(), TypeDef::enumeration(vec![value("on")]));
        spec.types.insert("Empty".into(), TypeDef::default());
        spec.types.insert(
            "Id".into(),
            TypeDef::alias_of(TypeRef::Primitive(chatgen_codegen::spec::Primitive::String)),
        );
        spec
    }

    #[test]
    fn enum_values_make_an_empty_struct_an_enum_and_replace_an_enum_s() {
        let mut s = spec();
        let mut diags = Vec::new();
        let text =
            "types:\n  Status:\n    enum: [{value: off}]\n  Empty:\n    enum: [{value: x}]\n";
        apply(&mut s, "o.yaml", text, &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        let values = |n: &str| -> Vec<String> {
            s.types[n]
                .values()
                .iter()
                .map(|v| v.value.clone())
                .collect()
        };
        assert_eq!(values("Status"), ["off"]);
        assert_eq!(values("Empty"), ["x"]);
        assert_eq!(s.types["Empty"].from_override, ["enum"]);
    }

    #[test]
    fn an_override_giving_a_type_a_second_form_is_an_error_at_its_line() {
        let mut s = spec();
        let mut diags = Vec::new();
        let text = "types:\n  Id:\n    enum: [{value: x}]\n  Status:\n    open: true\n";
        apply(&mut s, "o.yaml", text, &mut diags);
        let said: Vec<(u32, &str)> = diags.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(
            said,
            [
                (
                    2,
                    "override gives enum values to type `Id`, which is no enum"
                ),
                (
                    4,
                    "override gives fields or `open` to type `Status`, which is no struct"
                ),
            ]
        );
        assert_eq!(s.types["Id"], spec().types["Id"]);
        assert_eq!(s.types["Status"], spec().types["Status"]);
    }
}
