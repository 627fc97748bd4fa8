//! One side of a review: a spec and the generator's model of it
//! ([`chatgen_codegen::model::Model`], the data the code is printed from), in the words a
//! report uses. Nothing here decides what the generator makes of a node; it only reads the
//! model.

use chatgen_codegen::model::{Call, Model, OperationModel, Request, RustType};
use chatgen_codegen::names::{Case, ident};
use chatgen_codegen::spec::{ApiSpec, CredentialPlace, Operation, Param, TypeRef};

/// A spec and its model.
pub(super) struct Side<'a> {
    /// The spec.
    pub spec: &'a ApiSpec,
    /// What the generator makes of it.
    pub model: Model,
}

impl<'a> Side<'a> {
    pub fn of(spec: &'a ApiSpec) -> Self {
        Self {
            spec,
            model: Model::of(spec),
        }
    }

    fn op(&self, op: &Operation) -> Option<&OperationModel> {
        self.model.operation(&op.id)
    }

    /// The client method, if the operation has one.
    pub fn call(&self, op: &Operation) -> Option<&Call> {
        self.op(op)?.call.as_ref()
    }

    /// `Client::method`.
    pub fn method(&self, op: &Operation) -> String {
        let method = self
            .op(op)
            .map_or_else(|| ident(&op.id, Case::Snake), |m| m.method.clone());
        format!("Client::{method}")
    }

    /// The method's signature (`Client::x(&self) -> Result<T, Error<E>>`).
    pub fn signature(&self, op: &Operation) -> String {
        self.op(op)
            .and_then(OperationModel::signature)
            .unwrap_or_else(|| self.method(op))
    }

    /// The request type, if the operation has one.
    pub fn request(&self, op: &Operation) -> Option<&Request> {
        self.op(op)?.request.as_ref()
    }

    /// The request type's name (`XRequest`); empty when there is none.
    pub fn request_name(&self, op: &Operation) -> String {
        self.request(op).map(|r| r.name.clone()).unwrap_or_default()
    }

    /// Whether the request is split into envelope parts (built field by field, no `new`).
    pub fn has_parts(&self, op: &Operation) -> bool {
        self.request(op).is_some_and(Request::has_parts)
    }

    /// The struct a parameter is a member of (`XRequest`, or an envelope part such as
    /// `XData`) and the member's identifier; `None` when the body type carries it.
    pub fn param_struct(&self, op: &Operation, p: &Param) -> Option<(String, String)> {
        let index = op.params.iter().position(|q| std::ptr::eq(q, p))?;
        let (owner, member) = self.request(op)?.member_of(index)?;
        Some((owner.to_string(), member.ident.clone()))
    }

    /// The Rust identifier of a parameter: its member's, else (a field of the body type)
    /// the sanitised name.
    pub fn param_field(&self, op: &Operation, p: &Param) -> String {
        self.param_struct(op, p)
            .map_or_else(|| ident(&p.name, Case::Snake), |(_, id)| id)
    }

    /// A spec type's Rust type.
    pub fn ty(&self, t: &TypeRef) -> RustType {
        self.model.rust_type(t)
    }

    /// `types::Name`.
    pub fn type_name(&self, name: &str) -> String {
        self.model.named(name).to_string()
    }

    /// The identifier of field `wire` of type `owner`.
    pub fn field(&self, owner: &str, wire: &str) -> String {
        self.model
            .types
            .get(owner)
            .and_then(|t| t.field(wire))
            .map_or_else(|| ident(wire, Case::Snake), |f| f.ident.clone())
    }

    /// The type field `wire` of `owner` has with type `t` and these flags (boxed as the
    /// model boxes it).
    pub fn field_ty(
        &self,
        owner: &str,
        wire: &str,
        t: &TypeRef,
        optional: bool,
        nullable: bool,
    ) -> String {
        let boxed = self
            .model
            .types
            .get(owner)
            .and_then(|d| d.field(wire))
            .is_some_and(|f| f.boxed);
        let inner = self.ty(t);
        let inner = if boxed {
            RustType::Boxed(Box::new(inner))
        } else {
            inner
        };
        inner.member(optional, nullable).to_string()
    }

    /// The variant of enum `owner` for wire value `value`.
    pub fn variant(&self, owner: &str, value: &str) -> String {
        self.model
            .types
            .get(owner)
            .and_then(|t| t.enum_variant(value))
            .map_or_else(|| ident(value, Case::Pascal), |v| v.ident.clone())
    }

    /// The arguments of `XRequest::new(...)` (`name: T`); `None` when it has no `new`.
    pub fn new_args(&self, op: &Operation) -> Option<Vec<String>> {
        let args = self.request(op)?.constructor()?;
        Some(
            args.iter()
                .map(|m| format!("{}: {}", m.ident, m.ty))
                .collect(),
        )
    }

    /// The stream method of a paged operation
    /// (`Client::x_stream -> Stream<Item = Result<T, _>>`).
    pub fn stream(&self, op: &Operation) -> Option<String> {
        let paging = self.op(op)?.paging.as_ref()?;
        Some(format!(
            "Client::{} -> Stream<Item = Result<{}, _>>",
            paging.method, paging.item
        ))
    }

    /// The client's credential setters (`Client::with_token(value)`) and where each sends
    /// its value, in words.
    pub fn setters(&self) -> Vec<(String, String)> {
        let creds = &self.model.credentials;
        let mut out = Vec::new();
        if creds.api_key {
            out.push((
                "Client::with_api_key(header, key)".to_string(),
                "in a header the caller names".to_string(),
            ));
        }
        for s in &creds.setters {
            let c = &s.credential;
            let at = c.at.clone().unwrap_or_default();
            let mut place = match c.place {
                CredentialPlace::Bearer => "as `Authorization: Bearer`".to_string(),
                CredentialPlace::Header => format!("in the `{at}` header"),
                CredentialPlace::Param => format!("as the `{at}` parameter"),
                CredentialPlace::Envelope => format!("at `{at}` of the envelope"),
            };
            if let Some(u) = &c.unless {
                place.push_str(&format!(" while there is no `{u}`"));
            }
            out.push((
                format!("Client::{}({})", s.method, s.args.join(", ")),
                place,
            ));
        }
        out
    }
}
