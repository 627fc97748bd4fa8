//! `RustType`: a Rust type as the generated code names it, printed as a reader writes it.

use std::fmt;

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
