//! The alternatives of a `one_of` type, paired by their type: discriminator, order and tags.

use chatgen_codegen::spec::{TypeDef, Variant};

use super::{Change, Class, Cx, Kind, change};

impl Cx<'_> {
    /// The alternatives of a `one_of` type, paired by their type.
    pub(super) fn alternatives(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let ty = self.rn.type_name(name);
        let lines = (o.line, n.line);
        if o.variants().is_empty() && n.variants().is_empty() {
            return;
        }
        if o.discriminator() != n.discriminator() {
            self.out
                .push(discriminator(name, &ty, o, n).lines(lines.0, lines.1));
        }
        for v in o.variants() {
            if !n.variants().iter().any(|w| w.ty == v.ty) {
                self.out.push(
                    change(
                        Class::Breaking,
                        Kind::VariantRemoved,
                        format!("{name}.{}", v.ty),
                        format!("type `{name}`: alternative `{}` removed", v.ty),
                    )
                    .rust(format!(
                        "the variant of `{ty}` holding `{}` is gone (such a value now arrives as `Other`)",
                        self.ro.ty(&v.ty)
                    ))
                    .lines(lines.0, lines.1),
                );
            }
        }
        let untagged = n.discriminator().is_none();
        let last_kept = n
            .variants()
            .iter()
            .rposition(|w| o.variants().iter().any(|v| v.ty == w.ty));
        for (i, w) in n.variants().iter().enumerate() {
            let c = match o.variants().iter().find(|v| v.ty == w.ty) {
                // Tried in order, an alternative ahead of old ones can take their values.
                None => Some(self.variant_added(
                    name,
                    &ty,
                    w,
                    untagged && last_kept.is_some_and(|k| i < k),
                )),
                Some(v) => retagged(name, &ty, v, w),
            };
            self.out.extend(c.map(|c| c.lines(lines.0, lines.1)));
        }
    }

    /// Alternative `w` of type `name` (`ty` in Rust) added; `ahead`: it is tried before
    /// alternatives that were there.
    fn variant_added(&self, name: &str, ty: &str, w: &Variant, ahead: bool) -> Change {
        let (class, note) = if ahead {
            (
                Class::Breaking,
                "; it is tried before alternatives that were there, so values they decoded may now decode as it",
            )
        } else {
            (Class::Additive, "")
        };
        change(
            class,
            Kind::VariantAdded,
            format!("{name}.{}", w.ty),
            format!("type `{name}`: alternative `{}` added{note}", w.ty),
        )
        .rust(format!(
            "new variant of `{ty}` holding `{}` (such a value used to arrive as `Other`; a `match` without `_` needs the new arm)",
            self.rn.ty(&w.ty)
        ))
    }
}

/// The discriminator of type `name` (`ty` in Rust) changes, or appears, or goes.
fn discriminator(name: &str, ty: &str, o: &TypeDef, n: &TypeDef) -> Change {
    let show =
        |d: Option<&str>| d.map_or("none (tried in order)".to_string(), |m| format!("`{m}`"));
    change(
        Class::Breaking,
        Kind::DiscriminatorChanged,
        name,
        format!(
            "type `{name}`: discriminator {} → {}",
            show(o.discriminator()),
            show(n.discriminator())
        ),
    )
    .rust(format!("`{ty}` chooses its variant another way"))
}

/// The tags that choose an alternative, old `v` → new `w`, if they change; losing one
/// breaks values tagged with it.
fn retagged(name: &str, ty: &str, v: &Variant, w: &Variant) -> Option<Change> {
    if v.tags == w.tags {
        return None;
    }
    let lost = v.tags.iter().any(|t| !w.tags.contains(t));
    let class = if lost {
        Class::Breaking
    } else {
        Class::Additive
    };
    Some(
        change(
            class,
            Kind::VariantTagsChanged,
            format!("{name}.{}", w.ty),
            format!(
                "type `{name}`: alternative `{}` is chosen by [{}] → [{}]",
                w.ty,
                v.tags.join(", "),
                w.tags.join(", ")
            ),
        )
        .rust(format!(
            "values tagged otherwise decode to another variant of `{ty}` (or `Other`)"
        )),
    )
}
