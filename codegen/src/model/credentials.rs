//! The client's credential setters: the protocol's credentials, else the one `auth`
//! describes.

use crate::names::{Case, ident};
use crate::spec::{ApiSpec, AuthScheme, Credential, CredentialPlace};

/// The credentials a client is given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Credentials {
    /// `with_api_key(header, key)`: the doc names API key schemes but not their header.
    pub api_key: bool,
    /// The doc's scheme names for `with_api_key`.
    pub scheme_names: Vec<String>,
    /// One setter per credential, in order.
    pub setters: Vec<Setter>,
}

/// A credential's setter (`with_<name>`).
#[derive(Debug, Clone, PartialEq)]
pub struct Setter {
    /// The setter's identifier (`with_token`).
    pub method: String,
    /// Its arguments: `value`, or one per field of a credential made of several.
    pub args: Vec<String>,
    /// The credential as the protocol data sends it.
    pub credential: Credential,
}

pub(super) fn of(spec: &ApiSpec) -> Credentials {
    let api_key = spec.auth.scheme == AuthScheme::ApiKey && spec.protocol.credentials.is_empty();
    let setters = credentials(spec)
        .into_iter()
        .map(|c| Setter {
            method: format!("with_{}", c.name),
            args: if c.fields.is_empty() {
                vec!["value".to_string()]
            } else {
                c.fields.iter().map(|f| ident(f, Case::Snake)).collect()
            },
            credential: c,
        })
        .collect();
    Credentials {
        api_key,
        scheme_names: spec.auth.names.clone(),
        setters,
    }
}

/// The credentials of an API: the protocol's list, else the one `auth` describes.
fn credentials(spec: &ApiSpec) -> Vec<Credential> {
    if !spec.protocol.credentials.is_empty() {
        return spec.protocol.credentials.clone();
    }
    let one = |name: &str, place, at: Option<String>| Credential {
        name: name.into(),
        place,
        at,
        fields: Vec::new(),
        from_answer: None,
        unless: None,
    };
    match spec.auth.scheme {
        AuthScheme::Bearer => vec![one("bearer_token", CredentialPlace::Bearer, None)],
        AuthScheme::Header => vec![one(
            "api_key",
            CredentialPlace::Header,
            spec.auth.header.clone(),
        )],
        AuthScheme::Token => vec![one(
            "token",
            CredentialPlace::Param,
            Some(spec.auth.param.clone().unwrap_or_else(|| "token".into())),
        )],
        AuthScheme::ApiKey | AuthScheme::None => Vec::new(),
    }
}
