//! Turning wire names into Rust identifiers: one sanitizer and one unique-name resolver.
//!
//! `heck` recases, then every character that cannot continue an identifier is dropped, a
//! leading digit gets a prefix, and a keyword gets a trailing `_`. The wire name is kept by
//! the caller for `#[serde(rename = …)]` whenever the identifier differs from it.

use std::collections::BTreeSet;

use heck::{ToPascalCase, ToSnakeCase};

/// Rust keywords (strict and reserved, all editions) plus names that would shadow prelude
/// items generated code relies on.
const RESERVED: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield", "Option",
    "Result", "Some", "None", "Ok", "Err", "Vec", "String", "Box",
];

/// Which case an identifier takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// `snake_case`: fields, methods, modules.
    Snake,
    /// `PascalCase`: types and enum variants.
    Pascal,
}

/// Sanitises `wire` into a valid, non-keyword identifier in `case`.
pub fn ident(wire: &str, case: Case) -> String {
    let recased = match case {
        Case::Snake => wire.to_snake_case(),
        Case::Pascal => wire.to_pascal_case(),
    };
    let mut out: String = recased
        .chars()
        .filter(|&c| unicode_ident::is_xid_continue(c))
        .collect();
    if case == Case::Snake {
        out = out.to_lowercase();
    }
    if out.is_empty() || out == "_" {
        out = match case {
            Case::Snake => "field".into(),
            Case::Pascal => "Value".into(),
        };
    }
    if out.starts_with(|c: char| !unicode_ident::is_xid_start(c) && c != '_') {
        out.insert_str(0, if case == Case::Snake { "_" } else { "N" });
    }
    if RESERVED.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// Hands out identifiers unique within one scope (a struct's fields, a module's types),
/// appending `_2`, `_3`, … in order of arrival when sanitised names collide.
#[derive(Debug, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope in which `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// A unique identifier for `wire` in `case`.
    pub fn unique(&mut self, wire: &str, case: Case) -> String {
        let base = ident(wire, case);
        let mut candidate = base.clone();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            // `self_` and `self` collide as `self_2`, not `self__2` (not snake case).
            candidate = format!("{}_{n}", base.trim_end_matches('_'));
            if case == Case::Pascal {
                candidate = format!("{}{n}", base.trim_end_matches('_'));
            }
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_get_a_trailing_underscore() {
        for kw in ["type", "self", "crate", "super", "async", "match"] {
            assert_eq!(ident(kw, Case::Snake), format!("{kw}_"));
        }
        assert_eq!(ident("Self", Case::Pascal), "Self_");
        assert_eq!(ident("option", Case::Pascal), "Option_");
    }

    #[test]
    fn odd_characters_and_digits() {
        assert_eq!(ident("embed_id?", Case::Snake), "embed_id");
        assert_eq!(ident("1st place", Case::Snake), "_1st_place");
        assert_eq!(ident("2fa", Case::Pascal), "N2fa");
        assert_eq!(ident("$top", Case::Snake), "top");
        assert_eq!(ident("a.b-c d", Case::Pascal), "ABCD");
        assert_eq!(ident("🙂", Case::Snake), "field");
        assert_eq!(ident("имя", Case::Snake), "имя");
    }

    #[test]
    fn collisions_after_recasing_are_numbered_in_order() {
        let mut s = Scope::default();
        assert_eq!(s.unique("getList", Case::Snake), "get_list");
        assert_eq!(s.unique("get_list", Case::Snake), "get_list_2");
        assert_eq!(s.unique("GetList", Case::Snake), "get_list_3");
        let mut k = Scope::default();
        assert_eq!(k.unique("self", Case::Snake), "self_");
        assert_eq!(k.unique("Self", Case::Snake), "self_2");
        let mut p = Scope::default();
        assert_eq!(p.unique("Self", Case::Pascal), "Self_");
        assert_eq!(
            p.unique("self", Case::Pascal),
            "Self2",
            "no `_` before a digit in camel case"
        );
        let mut t = Scope::with_reserved(&["Client"]);
        assert_eq!(t.unique("client", Case::Pascal), "Client2");
    }
}
