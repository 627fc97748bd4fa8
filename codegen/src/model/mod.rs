//! What the generator makes of a spec, as plain data: the one place that decides Rust names,
//! request types and their members, method signatures, paging streams, credential setters,
//! named types (kind, boxing, the file each goes to) and the split of a large API into
//! groups. Built once per module from an [`ApiSpec`]; the emitters only print it, and the
//! change review (`xtask diff`) reads the same model of the old and the new spec.
//!
//! The model holds no token streams: it is `Send` and `Sync`, so every worker formatting a
//! file reads the one model.

mod answers;
mod credentials;
mod layout;
mod operation;
mod paging;
mod resolve;
mod rust_type;
mod types;

use std::collections::BTreeMap;

pub use answers::{body_media, counts_as_success, is_json_media};
pub use credentials::{Credentials, Setter};
pub use layout::{Group, SPLIT_OVER};
pub use operation::{
    Call, CallKind, Member, Part, Request, RequestLayout, SendKind, envelope_parts,
};
pub use paging::{FieldAccess, MemberAccess, PagingStream};
pub use rust_type::RustType;
pub use types::{Alternative, EnumVariant, FieldModel, StructModel, TypeKind, TypeModel};

use crate::names::{Case, ident};
use crate::spec::{ApiSpec, TypeRef};

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
    /// The named types' identifiers.
    names: resolve::Names,
}

/// What the generator makes of one operation.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationModel {
    /// The spec's id.
    pub id: String,
    /// The client method's identifier (`send_message`).
    pub method: String,
    /// The request type, when the operation has parameters or a body.
    pub request: Option<Request>,
    /// The client method; `None` when there is none (its route or target is unknown).
    pub call: Option<Call>,
    /// The `<method>_stream` method of a paged operation.
    pub paging: Option<PagingStream>,
}

impl OperationModel {
    /// The method's signature as a reader writes it:
    /// `Client::x(&self, request: &XRequest) -> Result<T, Error<E>>`.
    pub fn signature(&self) -> Option<String> {
        let call = self.call.as_ref()?;
        let arg = call
            .arg
            .as_ref()
            .map_or_else(String::new, |r| format!(", request: &{r}"));
        let ret = match call.kind {
            CallKind::Sse => "EventStream<events::Event>".to_string(),
            CallKind::Websocket => "Result<SocketStream<events::Event>, Error>".to_string(),
            _ => format!("Result<{}, {}>", call.ok, call.error_text()),
        };
        Some(format!("Client::{}(&self{arg}) -> {ret}", self.method))
    }
}

impl Model {
    /// The model of `spec`. Any spec gives one (an unknown type name reads as `Value`), so
    /// the review can read specs the generator would refuse.
    pub fn of(spec: &ApiSpec) -> Self {
        let names = resolve::Names::of(spec);
        let types = types::build(spec, &names);
        let operations = spec
            .operations
            .iter()
            .map(|op| {
                let (request, call) = operation::build(spec, &names, op);
                let method = ident(&op.id, Case::Snake);
                let paging = paging::build(spec, &names, &types, op, &method, request.as_ref());
                OperationModel {
                    id: op.id.clone(),
                    method,
                    request,
                    call,
                    paging,
                }
            })
            .collect();
        let mut model = Self {
            types,
            operations,
            credentials: credentials::of(spec),
            groups: layout::groups(spec),
            error_type: names.error_type.clone(),
            by_id: BTreeMap::new(),
            names,
        };
        for (i, op) in spec.operations.iter().enumerate() {
            model.by_id.entry(op.id.clone()).or_insert(i);
        }
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
        self.names.rust_type(t)
    }

    /// A named type; an unknown name (no valid spec has one) is any JSON value.
    pub fn named(&self, name: &str) -> RustType {
        self.names.named(name)
    }

    /// Whether the module has files per group (see [`Group`]).
    pub fn is_split(&self) -> bool {
        self.groups.is_some()
    }
}

#[cfg(test)]
mod tests;
