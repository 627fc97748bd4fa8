//! The fields of a struct, paired by name: presence, optional, nullable, type and docs.

use chatgen_codegen::spec::{Field, TypeDef};

use super::{Class, Cx, Kind, change, override_note, reworded};

impl Cx<'_> {
    /// The fields of struct `name`, paired by name: removed, changed, added (a required one
    /// breaks code that builds a request, and takes `Default` away).
    pub(super) fn fields(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let ty = self.rn.type_name(name);
        let request = self.usage.request(name);
        let defaults = |d: &TypeDef| d.fields().iter().all(|f| f.optional);
        for f in o.fields() {
            let Some(g) = n.fields().iter().find(|g| g.name == f.name) else {
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
            .fields()
            .iter()
            .filter(|g| !o.fields().iter().any(|f| f.name == g.name))
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

    /// A field on both sides: optional, nullable, type (each step read from the old type
    /// with the flags changed one by one) and docs.
    fn field(&mut self, name: &str, f: &Field, g: &Field, request: bool, loses_default: bool) {
        let at = format!("{name}.{}", f.name);
        let lines = (f.line, g.line);
        let ty = self.rn.type_name(name);
        let member = format!("{ty}::{}", self.rn.field(name, &g.name));
        // The old type with the old flags, then with the new flags one by one, then the new
        // type.
        let old_ty =
            |optional, nullable| self.ro.field_ty(name, &f.name, &f.ty, optional, nullable);
        let steps = [
            old_ty(f.optional, f.nullable),
            old_ty(g.optional, f.nullable),
            old_ty(g.optional, g.nullable),
            self.rn
                .field_ty(name, &g.name, &g.ty, g.optional, g.nullable),
        ];
        let what = format!("field `{}` of `{name}`", g.name);
        let mut found = Vec::new();
        if f.optional != g.optional {
            let mut c = field_optional(g, &what, &member, [&steps[0], &steps[1]]);
            if loses_default {
                c.3.push_str(&format!("; `{ty}` no longer implements `Default`"));
            }
            found.push(c);
        }
        if f.nullable != g.nullable {
            found.push(field_nullable(g, &what, &member, [&steps[1], &steps[2]]));
        }
        if let Some(c) = self.type_change(&f.ty, &g.ty, request) {
            let rust = retyped(&member, [&steps[2], &steps[3]]);
            let message = format!("{what}: type {} → {}{}", f.ty, g.ty, c.note);
            found.push((c.class, Kind::FieldTypeChanged, message, rust));
        }
        for (class, kind, message, rust) in found {
            self.out.push(
                change(class, kind, at.clone(), message)
                    .rust(rust)
                    .lines(lines.0, lines.1),
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

/// A field change found: class, kind, message and what it does to the Rust API.
type Found = (Class, Kind, String, String);

/// `Type::field`'s Rust type from `before` to `now`, or no change.
fn retyped(member: &str, [before, now]: [&String; 2]) -> String {
    if before == now {
        format!("no Rust change (`{now}`)")
    } else {
        format!("`{member}`: `{before}` → `{now}`")
    }
}

/// Field `g` (`what`, `member` in Rust) becomes optional or required: its Rust type goes
/// from `was` to `now`.
fn field_optional(g: &Field, what: &str, member: &str, [was, now]: [&String; 2]) -> Found {
    let (kind, message) = if g.optional {
        (Kind::FieldOptional, "optional (may be absent)")
    } else {
        (Kind::FieldRequired, "required (always present)")
    };
    (
        Class::Breaking,
        kind,
        format!("{what} is now {message}"),
        format!("`{member}`: `{was}` → `{now}`"),
    )
}

/// Field `g` (`what`, `member` in Rust) becomes nullable or not: its Rust type goes from
/// `before` to `now`, which may be the same type (`None` then also means `null`).
fn field_nullable(g: &Field, what: &str, member: &str, [before, now]: [&String; 2]) -> Found {
    let (kind, message) = if g.nullable {
        (Kind::FieldNullable, "may now be null")
    } else {
        (Kind::FieldNotNullable, "may no longer be null")
    };
    let (class, rust) = if before == now {
        (
            Class::Additive,
            format!("no Rust change (`{now}`); `None` now also means `null`"),
        )
    } else {
        (Class::Breaking, format!("`{member}`: `{before}` → `{now}`"))
    };
    (class, kind, format!("{what} {message}"), rust)
}
