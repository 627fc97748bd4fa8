//! API change review: what changed between two normalized specs, what breaks, and what it
//! does to the generated Rust API (`cargo xtask diff`, and the summary `regen` prints).
//!
//! Every change is classed by what it does to a caller of the generated crate:
//!
//! - [`Class::Breaking`]: the caller's code stops compiling (a method, type or field is
//!   gone or changes type, `new(...)` takes another argument) or a call that was valid
//!   starts failing (a parameter becomes required, a route or credential changes);
//! - [`Class::Additive`]: something new that existing code does not need to know;
//! - [`Class::Doc`]: descriptions, names and examples only; counted apart.
//!
//! What a change does to the Rust API is read from the generator's own model
//! (`chatgen_codegen::model`), built from the old and the new spec. Its rules: required
//! parameters are arguments of `XRequest::new(...)`, optional ones `Option` fields;
//! optional fields are `Option<T>`, nullable ones `Option<T>` and both `Option<Option<T>>`,
//! so any change of optional or nullable changes a public type; enums have an
//! `Other(String)` variant, so an enum value added is additive (in requests and responses)
//! while one removed takes a variant away. A new optional member of a struct is additive: generated structs are built
//! through `new(...)`, `Default` or decoding, not with literals naming every field.

mod compare;
mod render;
mod side;

use std::path::Path;
use std::process::Command;

use chatgen_codegen::ApiSpec;
use serde::Serialize;

pub use render::render;

use crate::Error;

/// How a change affects callers of the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// A caller's code stops compiling, or a valid call starts failing.
    Breaking,
    /// Something new; existing callers are unaffected.
    Additive,
    /// Documentation only (descriptions, names, examples): no effect on code or calls.
    Doc,
}

impl Class {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Breaking => "breaking",
            Self::Additive => "additive",
            Self::Doc => "doc",
        }
    }
}

macro_rules! kinds {
    ($($variant:ident => $name:literal,)*) => {
        /// What changed.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Kind {
            $(
                #[doc = concat!("`", $name, "`")]
                #[serde(rename = $name)]
                $variant,
            )*
        }

        impl Kind {
            /// The kebab-case name used in reports and JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }
        }
    };
}

kinds! {
    OperationAdded => "operation-added",
    OperationRemoved => "operation-removed",
    OperationRenamed => "operation-renamed",
    RouteAdded => "route-added",
    RouteRemoved => "route-removed",
    RouteChanged => "route-changed",
    RpcChanged => "rpc-target-changed",
    OperationAuthChanged => "operation-auth-changed",
    RequestChanged => "request-argument-changed",
    ParamAdded => "parameter-added",
    ParamRemoved => "parameter-removed",
    ParamRequired => "parameter-became-required",
    ParamOptional => "parameter-became-optional",
    ParamMoved => "parameter-location-changed",
    ParamTypeChanged => "parameter-type-changed",
    ParamDefaultChanged => "parameter-default-changed",
    ParamRangeChanged => "parameter-range-changed",
    ParamStyleChanged => "parameter-style-changed",
    BodyAdded => "body-added",
    BodyRemoved => "body-removed",
    BodyTypeChanged => "body-type-changed",
    ContentTypeChanged => "content-type-changed",
    ResponseAdded => "response-added",
    ResponseRemoved => "response-removed",
    ResponseTypeChanged => "response-type-changed",
    ReturnTypeChanged => "return-type-changed",
    ErrorTypeChanged => "error-type-changed",
    TypeAdded => "type-added",
    TypeRemoved => "type-removed",
    TypeRenamed => "type-renamed",
    TypeKindChanged => "type-kind-changed",
    TypeOpened => "type-opened",
    TypeClosed => "type-closed",
    FieldAdded => "field-added",
    FieldRemoved => "field-removed",
    FieldRequired => "field-became-required",
    FieldOptional => "field-became-optional",
    FieldNullable => "field-became-nullable",
    FieldNotNullable => "field-became-non-nullable",
    FieldTypeChanged => "field-type-changed",
    EnumValueAdded => "enum-value-added",
    EnumValueRemoved => "enum-value-removed",
    VariantAdded => "alternative-added",
    VariantRemoved => "alternative-removed",
    VariantTagsChanged => "alternative-tags-changed",
    DiscriminatorChanged => "discriminator-changed",
    AuthChanged => "auth-changed",
    BaseUrlChanged => "base-url-changed",
    BasePathChanged => "base-path-changed",
    ProtocolChanged => "protocol-changed",
    PagingChanged => "paging-changed",
    VersionChanged => "version-changed",
    DocChanged => "doc-changed",
}

/// One change between two specs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Breaking, additive or doc.
    pub class: Class,
    /// What changed.
    pub kind: Kind,
    /// Where, as a dotted path: `operation.param`, `Type.field`, `api`.
    pub at: String,
    /// The change in words, in the spec's terms.
    pub message: String,
    /// What it does to the generated Rust API; `None` for documentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust: Option<String>,
    /// Source line of the old spec's node (in the old spec's `source`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_line: Option<u32>,
    /// Source line of the new spec's node.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_line: Option<u32>,
}

/// The semver bump the generated crate needs for a set of changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Semver {
    /// Nothing changed.
    None,
    /// Documentation only.
    Patch,
    /// Additions only.
    Minor,
    /// At least one breaking change.
    Major,
}

impl Semver {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Patch => "patch",
            Self::Minor => "minor",
            Self::Major => "major",
        }
    }
}

/// Changes per class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Breaking changes.
    pub breaking: usize,
    /// Additive changes.
    pub additive: usize,
    /// Documentation changes.
    pub doc: usize,
}

/// The review of one API's change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The API (the new spec's name).
    pub api: String,
    /// How the old spec was named on the command line (a file or `rev:path`).
    pub old: String,
    /// How the new spec was named.
    pub new: String,
    /// The old spec's source document (its lines are `old_line`).
    pub old_source: String,
    /// The new spec's source document.
    pub new_source: String,
    /// Breaking first, then additive, then doc; each in spec order.
    pub changes: Vec<Change>,
    /// Changes per class.
    pub counts: Counts,
    /// The bump the generated crate needs.
    pub semver: Semver,
}

impl Report {
    /// Changes of one class.
    pub fn of(&self, class: Class) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.class == class)
    }

    /// Whether the specs describe the same API (lines may have moved).
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Compares two specs. `old_name` and `new_name` say where they came from.
pub fn diff(old: &ApiSpec, new: &ApiSpec, old_name: &str, new_name: &str) -> Report {
    let mut changes = compare::compare(old, new);
    // Stable sort: class order, spec order within a class.
    changes.sort_by_key(|c| c.class);
    let count = |class| changes.iter().filter(|c| c.class == class).count();
    let counts = Counts {
        breaking: count(Class::Breaking),
        additive: count(Class::Additive),
        doc: count(Class::Doc),
    };
    let semver = if counts.breaking > 0 {
        Semver::Major
    } else if counts.additive > 0 {
        Semver::Minor
    } else if counts.doc > 0 {
        Semver::Patch
    } else {
        Semver::None
    };
    Report {
        api: new.api.clone(),
        old: old_name.to_string(),
        new: new_name.to_string(),
        old_source: old.source.clone(),
        new_source: new.source.clone(),
        changes,
        counts,
        semver,
    }
}

/// Reads a spec named on the command line: a file, or `rev:path` read with `git show` in
/// `cwd` (e.g. `HEAD:spec/wimi.yaml`, `main~3:spec/weavy.yaml`).
pub fn load(arg: &str, cwd: &Path) -> Result<ApiSpec, Error> {
    let path = cwd.join(arg);
    let text = if path.is_file() {
        std::fs::read_to_string(&path).map_err(|source| Error::Io {
            path: arg.to_string(),
            source,
        })?
    } else if arg.contains(':') {
        git_show(arg, cwd)?
    } else {
        return Err(Error::Usage(format!(
            "{arg}: no such file (a git revision is written `rev:path`, e.g. `HEAD:spec/wimi.yaml`)"
        )));
    };
    Ok(ApiSpec::from_yaml(arg, &upgrade_legacy(&text))?)
}

/// A spec written before protocols were data (`protocol: teamchat`) with the protocol each
/// of those names stood for, so that older revisions can be reviewed; other text unchanged.
pub fn upgrade_legacy(text: &str) -> String {
    use chatgen_codegen::spec::Protocol;
    let Ok(mut value) = serde_yaml::from_str::<serde_yaml::Value>(text) else {
        return text.to_string();
    };
    let Some(name) = value.get("protocol").and_then(serde_yaml::Value::as_str) else {
        return text.to_string();
    };
    let protocol = match name {
        "rest" => Protocol::rest(),
        "teamchat" => Protocol::form_rpc_per_method().with_failure_flag(
            chatgen_codegen::spec::JsonPointer::member("ok"),
            chatgen_codegen::spec::JsonPointer::member("error"),
        ),
        "tada-envelope" => Protocol::rest()
            .with_result_at(chatgen_codegen::spec::JsonPointer::member("result"))
            .with_failure_flag(
                chatgen_codegen::spec::JsonPointer::member("ok"),
                chatgen_codegen::spec::JsonPointer::member("error"),
            ),
        "wapi-envelope" => Protocol::header_body_envelope(),
        _ => return text.to_string(),
    };
    let (Ok(protocol), Some(map)) = (serde_yaml::to_value(protocol), value.as_mapping_mut()) else {
        return text.to_string();
    };
    map.insert("protocol".into(), protocol);
    serde_yaml::to_string(&value).unwrap_or_else(|_| text.to_string())
}

fn git_show(arg: &str, cwd: &Path) -> Result<String, Error> {
    let out = Command::new("git")
        .arg("show")
        .arg(arg)
        .current_dir(cwd)
        .output()
        .map_err(|source| Error::Io {
            path: format!("git show {arg}"),
            source,
        })?;
    if !out.status.success() {
        return Err(Error::Usage(format!(
            "git show {arg}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    String::from_utf8(out.stdout)
        .map_err(|_| Error::Usage(format!("git show {arg}: not UTF-8 text")))
}
