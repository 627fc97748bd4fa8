//! The alternatives of a `one_of` type, paired by their type: discriminator, order and tags.

use chatgen_codegen::spec::TypeDef;

use super::{Class, Cx, Kind, change};

impl Cx<'_> {
    /// The alternatives of a `one_of` type, paired by their type.
    pub(super) fn alternatives(&mut self, name: &str, o: &TypeDef, n: &TypeDef) {
        let ty = self.rn.type_name(name);
        let lines = (o.line, n.line);
        if o.variants.is_empty() && n.variants.is_empty() {
            return;
        }
        if o.discriminator != n.discriminator {
            let show = |d: &Option<String>| {
                d.as_deref()
                    .map_or("none (tried in order)".to_string(), |m| format!("`{m}`"))
            };
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::DiscriminatorChanged,
                    name,
                    format!(
                        "type `{name}`: discriminator {} → {}",
                        show(&o.discriminator),
                        show(&n.discriminator)
                    ),
                )
                .rust(format!("`{ty}` chooses its variant another way"))
                .lines(lines.0, lines.1),
            );
        }
        for v in &o.variants {
            if !n.variants.iter().any(|w| w.ty == v.ty) {
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
        let untagged = n.discriminator.is_none();
        let last_kept = n
            .variants
            .iter()
            .rposition(|w| o.variants.iter().any(|v| v.ty == w.ty));
        for (i, w) in n.variants.iter().enumerate() {
            let Some(v) = o.variants.iter().find(|v| v.ty == w.ty) else {
                // Tried in order, an alternative ahead of old ones can take their values.
                let ahead = untagged && last_kept.is_some_and(|k| i < k);
                let (class, note) = if ahead {
                    (
                        Class::Breaking,
                        "; it is tried before alternatives that were there, so values they decoded may now decode as it",
                    )
                } else {
                    (Class::Additive, "")
                };
                self.out.push(
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
                    .lines(lines.0, lines.1),
                );
                continue;
            };
            if v.tags != w.tags {
                let lost = v.tags.iter().any(|t| !w.tags.contains(t));
                let class = if lost {
                    Class::Breaking
                } else {
                    Class::Additive
                };
                self.out.push(
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
                    ))
                    .lines(lines.0, lines.1),
                );
            }
        }
    }
}
