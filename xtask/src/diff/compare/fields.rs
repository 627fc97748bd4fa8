//! The fields of a struct, paired by name: presence, optional, nullable, type and docs.

use chatgen_codegen::spec::{Field, TypeDef};

use super::{Class, Cx, Kind, change, override_note, reworded};

impl Cx<'_> {
    pub(super) fn fields(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let ty = self.rn.type_name(name);
        let request = self.usage.request(name);
        let defaults = |d: &TypeDef| d.fields.iter().all(|f| f.optional);
        for f in &o.fields {
            let Some(g) = n.fields.iter().find(|g| g.name == f.name) else {
                self.out.push(
                    change(
                        Class::Breaking,
                        Kind::FieldRemoved,
                        format!("{name}.{}", f.name),
                        format!("field `{}` removed from `{name}`", f.name),
                    )
                    .rust(format!(
                        "field `{}` of `{ty}` is gone",
                        self.ro.field(name, &f.name)
                    ))
                    .lines(f.line, None),
                );
                continue;
            };
            self.field(name, f, g, request, defaults(o) && !defaults(n));
        }
        for g in n
            .fields
            .iter()
            .filter(|g| !o.fields.iter().any(|f| f.name == g.name))
        {
            let loses_default = defaults(o) && !g.optional;
            let breaking = (request && !g.optional) || loses_default;
            let mut rust = format!(
                "new field `{}: {}` in `{ty}`",
                self.rn.field(name, &g.name),
                self.rn
                    .field_ty(name, &g.name, &g.ty, g.optional, g.nullable)
            );
            if loses_default {
                rust.push_str(&format!("; `{ty}` no longer implements `Default`"));
            } else if request && !g.optional {
                rust.push_str("; code that builds it must set it");
            }
            self.out.push(
                change(
                    if breaking {
                        Class::Breaking
                    } else {
                        Class::Additive
                    },
                    Kind::FieldAdded,
                    format!("{name}.{}", g.name),
                    format!(
                        "{} field `{}` added to `{name}`",
                        if g.optional { "optional" } else { "required" },
                        g.name
                    ),
                )
                .rust(rust)
                .lines(None, g.line),
            );
        }
    }

    fn field(&mut self, name: &str, f: &Field, g: &Field, request: bool, loses_default: bool) {
        let at = format!("{name}.{}", f.name);
        let lines = (f.line, g.line);
        let ty = self.rn.type_name(name);
        let id = self.rn.field(name, &g.name);
        // The old type with the old flags, then with the new flags one by one.
        let old_ty =
            |optional, nullable| self.ro.field_ty(name, &f.name, &f.ty, optional, nullable);
        let was = old_ty(f.optional, f.nullable);
        let now_optional = old_ty(g.optional, f.nullable);
        let now_nullable = old_ty(g.optional, g.nullable);
        let now_ty = self
            .rn
            .field_ty(name, &g.name, &g.ty, g.optional, g.nullable);
        let type_change = self.type_change(&f.ty, &g.ty, request);
        let what = format!("field `{}` of `{name}`", g.name);
        let mut push = |class, kind, message: String, rust: String| {
            self.out.push(
                change(class, kind, at.clone(), message)
                    .rust(rust)
                    .lines(lines.0, lines.1),
            );
        };
        if f.optional != g.optional {
            let now = &now_optional;
            let mut rust = format!("`{ty}::{id}`: `{was}` → `{now}`");
            if loses_default {
                rust.push_str(&format!("; `{ty}` no longer implements `Default`"));
            }
            push(
                Class::Breaking,
                if g.optional {
                    Kind::FieldOptional
                } else {
                    Kind::FieldRequired
                },
                format!(
                    "{what} is now {}",
                    if g.optional {
                        "optional (may be absent)"
                    } else {
                        "required (always present)"
                    }
                ),
                rust,
            );
        }
        if f.nullable != g.nullable {
            let (before, now) = (&now_optional, &now_nullable);
            let rust = if before == now {
                format!("no Rust change (`{now}`); `None` now also means `null`")
            } else {
                format!("`{ty}::{id}`: `{before}` → `{now}`")
            };
            push(
                if before == now {
                    Class::Additive
                } else {
                    Class::Breaking
                },
                if g.nullable {
                    Kind::FieldNullable
                } else {
                    Kind::FieldNotNullable
                },
                format!(
                    "{what} {}",
                    if g.nullable {
                        "may now be null"
                    } else {
                        "may no longer be null"
                    }
                ),
                rust,
            );
        }
        if let Some(c) = type_change {
            let (before, now) = (&now_nullable, &now_ty);
            let rust = if before == now {
                format!("no Rust change (`{now}`)")
            } else {
                format!("`{ty}::{id}`: `{before}` → `{now}`")
            };
            push(
                c.class,
                Kind::FieldTypeChanged,
                format!("{what}: type {} → {}{}", f.ty, g.ty, c.note),
                rust,
            );
        }
        let mut doc = Vec::new();
        if f.doc != g.doc {
            doc.push(reworded(&f.doc, &g.doc));
        }
        doc.extend(override_note(&f.from_override, &g.from_override));
        self.push_doc_notes(&at, &what, doc, lines);
    }
}
