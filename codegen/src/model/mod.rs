//! What the generator makes of a spec, as plain data: the one place that decides Rust names,
//! request types and their members, method signatures, paging streams, credential setters,
//! named types (kind, boxing, the file each goes to) and the split of a large API into
//! groups. Built once per module from an [`ApiSpec`]; the emitters only print it, and the
//! change review (`xtask diff`) reads the same model of the old and the new spec.
//!
//! The model holds no token streams: it is `Send` and `Sync`, so every worker formatting a
//! file reads the one model.

mod credentials;
mod layout;
mod operation;
mod paging;
mod types;

use std::collections::BTreeMap;
use std::fmt;

pub use credentials::{Credentials, Setter};
pub use layout::{Group, SPLIT_OVER};
pub use operation::{
    Call, CallKind, Member, OperationModel, Part, Request, RequestLayout, SendKind, body_media,
    counts_as_success, envelope_parts, is_json_media,
};
pub use paging::{FieldAccess, MemberAccess, PagingStream};
pub use types::{Alternative, EnumVariant, FieldModel, StructModel, TypeKind, TypeModel};

use crate::spec::{ApiSpec, Primitive, TypeRef};

/// A Rust type as the generated code names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RustType {
    /// `String`: text, dates, ids, base64.
    String,
    /// `i64`.
    I64,
    /// `i32`.
    I32,
    /// `u64`.
    U64,
    /// `u8`.
    U8,
    /// `f64`.
    F64,
    /// `bool`.
    Bool,
    /// The runtime's `Binary` (`format: binary` bytes).
    Binary,
    /// Any JSON value (`serde_json::Value`).
    Value,
    /// `()`: an answer without a body.
    Unit,
    /// The runtime's `RawResponse`: an answer handed back as received.
    RawResponse,
    /// `Vec<T>`.
    Vec(Box<RustType>),
    /// `BTreeMap<String, T>`.
    Map(Box<RustType>),
    /// `Option<T>`.
    Option(Box<RustType>),
    /// `Box<T>`.
    Boxed(Box<RustType>),
    /// A named type of the module (`types::X`), by its Rust identifier.
    Named(String),
}

impl RustType {
    /// `Option<self>`.
    pub fn optional(self) -> Self {
        Self::Option(Box::new(self))
    }

    /// The type of a member that may be absent (`optional`) or `null` (`nullable`): `T`,
    /// `Option<T>` for either, `Option<Option<T>>` for both.
    pub fn member(self, optional: bool, nullable: bool) -> Self {
        match (optional, nullable) {
            (false, false) => self,
            (true, true) => self.optional().optional(),
            _ => self.optional(),
        }
    }
}

/// As a reader writes it: `String`, `Vec<types::Message>`, `Option<i64>`.
impl fmt::Display for RustType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::String => f.write_str("String"),
            Self::I64 => f.write_str("i64"),
            Self::I32 => f.write_str("i32"),
            Self::U64 => f.write_str("u64"),
            Self::U8 => f.write_str("u8"),
            Self::F64 => f.write_str("f64"),
            Self::Bool => f.write_str("bool"),
            Self::Binary => f.write_str("Binary"),
            Self::Value => f.write_str("Value"),
            Self::Unit => f.write_str("()"),
            Self::RawResponse => f.write_str("RawResponse"),
            Self::Vec(t) => write!(f, "Vec<{t}>"),
            Self::Map(t) => write!(f, "BTreeMap<String, {t}>"),
            Self::Option(t) => write!(f, "Option<{t}>"),
            Self::Boxed(t) => write!(f, "Box<{t}>"),
            Self::Named(n) => write!(f, "types::{n}"),
        }
    }
}

/// What the generator makes of one API spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Named types by spec name.
    pub types: BTreeMap<String, TypeModel>,
    /// One per operation, in spec order.
    pub operations: Vec<OperationModel>,
    /// The client's credential setters.
    pub credentials: Credentials,
    /// The groups of a large API (one file per group), sorted by module; `None` when the
    /// module stays in one file per kind.
    pub groups: Option<Vec<Group>>,
    /// The error body type every method declares, when the protocol names one.
    pub error_type: Option<RustType>,
    /// Operation index by id.
    by_id: BTreeMap<String, usize>,
}

impl Model {
    /// The model of `spec`. Any spec gives one (an unknown type name reads as `Value`), so
    /// the review can read specs the generator would refuse.
    pub fn of(spec: &ApiSpec) -> Self {
        let names = types::type_idents(spec);
        let mut model = Self {
            types: BTreeMap::new(),
            operations: Vec::new(),
            credentials: credentials::of(spec),
            groups: None,
            error_type: None,
            by_id: BTreeMap::new(),
        };
        model.types = names
            .iter()
            .map(|(name, ident)| (name.clone(), TypeModel::stub(ident)))
            .collect();
        model.error_type = spec
            .protocol
            .answer
            .as_ref()
            .and_then(|a| a.error_type.as_deref())
            .map(|t| model.named(t));
        model.types = types::build(spec, &model);
        model.operations = spec
            .operations
            .iter()
            .map(|op| operation::build(spec, &model, op))
            .collect();
        for (i, op) in spec.operations.iter().enumerate() {
            model.by_id.entry(op.id.clone()).or_insert(i);
        }
        model.groups = layout::groups(spec);
        if let Some(groups) = &model.groups {
            let homes = layout::type_homes(spec, groups);
            for (name, t) in &mut model.types {
                t.home = homes.get(name).copied().flatten();
            }
        }
        model
    }

    /// The model of the operation with id `id`.
    pub fn operation(&self, id: &str) -> Option<&OperationModel> {
        self.operations.get(*self.by_id.get(id)?)
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
        self.types
            .get(name)
            .map_or(RustType::Value, |t| RustType::Named(t.ident.clone()))
    }

    /// Whether the module has files per group (see [`Group`]).
    pub fn is_split(&self) -> bool {
        self.groups.is_some()
    }
}

#[cfg(test)]
mod tests;
