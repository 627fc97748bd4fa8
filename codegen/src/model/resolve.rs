//! The module's names: each named type's Rust identifier (one scope with `Client` and the
//! request types) and the protocol's error type; a spec type as a [`RustType`].

use std::collections::BTreeMap;

use super::rust_type::RustType;
use crate::names::{Case, Scope, ident};
use crate::spec::{ApiSpec, Operation, Primitive, TypeRef};

/// Identifiers of the named types, resolved once so every file agrees.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Names {
    /// Spec name → Rust identifier.
    pub idents: BTreeMap<String, String>,
    /// The error body type every method declares, when the protocol names one.
    pub error_type: Option<RustType>,
}

impl Names {
    pub fn of(spec: &ApiSpec) -> Self {
        let mut scope = Scope::with_reserved(&["Client"]);
        for op in &spec.operations {
            scope.unique(&request_type_name(op), Case::Pascal);
        }
        let idents = spec
            .types
            .keys()
            .map(|name| (name.clone(), scope.unique(name, Case::Pascal)))
            .collect();
        let mut names = Self {
            idents,
            error_type: None,
        };
        names.error_type = spec
            .protocol
            .answer
            .as_ref()
            .and_then(|a| a.error_type.as_deref())
            .map(|t| names.named(t));
        names
    }

    /// The Rust type of a spec type.
    pub fn rust_type(&self, t: &TypeRef) -> RustType {
        match t {
            TypeRef::Primitive(p) => match p {
                Primitive::String
                | Primitive::Datetime
                | Primitive::Date
                | Primitive::Uuid
                | Primitive::Byte => RustType::String,
                Primitive::Binary => RustType::Binary,
                Primitive::Integer | Primitive::Int64 => RustType::I64,
                Primitive::Int32 => RustType::I32,
                Primitive::Uint64 => RustType::U64,
                Primitive::Uint8 => RustType::U8,
                Primitive::Number => RustType::F64,
                Primitive::Boolean => RustType::Bool,
                Primitive::Any => RustType::Value,
            },
            TypeRef::List(inner) => RustType::Vec(Box::new(self.rust_type(inner))),
            TypeRef::Map(inner) => RustType::Map(Box::new(self.rust_type(inner))),
            TypeRef::Named(n) => self.named(n),
        }
    }

    /// A named type; an unknown name (no valid spec has one) is any JSON value.
    pub fn named(&self, name: &str) -> RustType {
        self.idents
            .get(name)
            .map_or(RustType::Value, |i| RustType::Named(i.clone()))
    }
}

/// `XRequest`.
pub(super) fn request_type_name(op: &Operation) -> String {
    format!("{}Request", ident(&op.id, Case::Pascal))
}
