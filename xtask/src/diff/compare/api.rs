//! The API as a whole: title and docs, the protocol (how calls travel, how answers read,
//! the error type), the credentials, the base URL and path, the version.

use chatgen_codegen::spec::{ApiSpec, Auth, AuthScheme};

use super::Side;
use super::{Change, Class, Cx, Kind, change, code, json, opt_text};

/// The spec's name of an auth scheme.
fn scheme(s: AuthScheme) -> String {
    serde_json::to_value(s)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A text for messages: short ones whole, long ones cut.
fn short(s: Option<&str>) -> String {
    match s {
        None => "none".into(),
        Some(s) => {
            let line = s.lines().next().unwrap_or_default();
            let cut: String = line.chars().take(60).collect();
            if cut.len() < s.len() {
                format!("`{cut}…`")
            } else {
                code(&cut)
            }
        }
    }
}

impl Cx<'_> {
    /// The API as a whole: its docs, protocol, credentials, base URL and path, version.
    pub(super) fn top_level(&mut self) {
        let (o, n) = (self.old, self.new);
        self.api_docs();
        self.protocol();
        self.auth(&o.auth, &n.auth);
        self.out.extend(base_url(o, n));
        if o.base_path != n.base_path {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::BasePathChanged,
                    "api",
                    format!(
                        "base path {} → {}",
                        opt_text(o.base_path.as_deref()),
                        opt_text(n.base_path.as_deref())
                    ),
                )
                .rust("the client calls every method under the new path; older clients call the old one"),
            );
        }
        self.out.extend(version(o, n));
    }

    /// What only documents the API: title, description, source, family, override keys.
    fn api_docs(&mut self) {
        let (o, n) = (self.old, self.new);
        for (key, a, b) in [
            ("title", Some(o.title.as_str()), Some(n.title.as_str())),
            ("doc", o.doc.as_deref(), n.doc.as_deref()),
            ("source", Some(o.source.as_str()), Some(n.source.as_str())),
            ("family", Some(o.family.name()), Some(n.family.name())),
        ] {
            if a != b {
                self.out.push(change(
                    Class::Doc,
                    Kind::DocChanged,
                    "api",
                    format!("{key} changed: {} → {}", short(a), short(b)),
                ));
            }
        }
        if o.from_override != n.from_override {
            self.out.push(change(
                Class::Doc,
                Kind::DocChanged,
                "api",
                format!(
                    "keys from the override: [{}] → [{}]",
                    o.from_override.join(", "),
                    n.from_override.join(", ")
                ),
            ));
        }
    }

    /// How calls travel and answers read: transport, answer shape, the error type.
    fn protocol(&mut self) {
        let (o, n) = (&self.old.protocol, &self.new.protocol);
        if (o.transport, &o.rpc) != (n.transport, &n.rpc) {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ProtocolChanged,
                    "api.protocol",
                    format!(
                        "calls: {} {} → {} {}",
                        json(&o.transport),
                        json(&o.rpc),
                        json(&n.transport),
                        json(&n.rpc)
                    ),
                )
                .rust("the client sends every call the new way; older clients the old way"),
            );
        }
        // No answer shape and the default one are the same: the body is the result.
        let shape = |a: &Option<chatgen_codegen::spec::Answer>| {
            a.clone()
                .map(|mut a| {
                    a.error_type = None;
                    a
                })
                .filter(|a| *a != chatgen_codegen::spec::Answer::default())
        };
        if shape(&o.answer) != shape(&n.answer) {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ProtocolChanged,
                    "api.protocol.answer",
                    format!(
                        "answers: {} → {}",
                        json(&shape(&o.answer)),
                        json(&shape(&n.answer))
                    ),
                )
                .rust("no Rust change; the client reads answers the new way, older clients the old way"),
            );
        }
        let error = |a: &Option<chatgen_codegen::spec::Answer>| {
            a.as_ref().and_then(|a| a.error_type.clone())
        };
        if error(&o.answer) != error(&n.answer) {
            let show =
                |e: Option<String>| e.map_or_else(|| "each operation's".into(), |e| code(&e));
            let rust_of = |side: &Side<'_>| {
                side.model.error_type.as_ref().map_or_else(
                    || "each operation's documented error type".to_string(),
                    |e| format!("`Error<{e}>`"),
                )
            };
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ProtocolChanged,
                    "api.protocol.answer.error_type",
                    format!(
                        "error type {} → {}",
                        show(error(&o.answer)),
                        show(error(&n.answer))
                    ),
                )
                .rust(format!(
                    "every method's error is {} instead of {}",
                    rust_of(&self.rn),
                    rust_of(&self.ro)
                )),
            );
        }
    }

    /// The credentials: the client's setters and where each sends its value.
    fn auth(&mut self, o: &Auth, n: &Auth) {
        let lines = (o.line, n.line);
        let (so, sn) = (self.ro.setters(), self.rn.setters());
        let message = if o.scheme != n.scheme {
            format!("auth scheme {} → {}", scheme(o.scheme), scheme(n.scheme))
        } else {
            "credentials change".to_string()
        };
        let mut reported = false;
        if let Some((class, rust)) = setters_change(&so, &sn) {
            self.out.push(
                change(class, Kind::AuthChanged, "api.auth", message.clone())
                    .rust(rust)
                    .lines(lines.0, lines.1),
            );
            reported = true;
        }
        for (setter, before) in &so {
            let Some((_, after)) = sn.iter().find(|(t, _)| t == setter) else {
                continue;
            };
            if before != after {
                self.out.push(
                    change(
                        Class::Breaking,
                        Kind::AuthChanged,
                        "api.auth",
                        format!("`{setter}` sends its value {after}, not {before}"),
                    )
                    .rust("no Rust change; the client sends the credential in the new place, older clients in the old one")
                    .lines(lines.0, lines.1),
                );
                reported = true;
            }
        }
        if o.scheme != n.scheme && !reported {
            self.out.push(
                change(Class::Doc, Kind::DocChanged, "api.auth", message).lines(lines.0, lines.1),
            );
        }
        if o.names != n.names {
            self.out.push(
                change(
                    Class::Doc,
                    Kind::DocChanged,
                    "api.auth",
                    format!(
                        "scheme names [{}] → [{}]",
                        o.names.join(", "),
                        n.names.join(", ")
                    ),
                )
                .lines(lines.0, lines.1),
            );
        }
    }
}

/// The documented base URL: given, no longer given, or another.
fn base_url(o: &ApiSpec, n: &ApiSpec) -> Option<Change> {
    match (&o.base_url, &n.base_url) {
        (a, b) if a == b => None,
        (None, Some(b)) => Some(
            change(
                Class::Additive,
                Kind::BaseUrlChanged,
                "api",
                format!("base URL given: {}", code(b)),
            )
            .rust("none: `Client::new` takes the base URL from the caller"),
        ),
        (Some(a), None) => Some(
            change(
                Class::Doc,
                Kind::BaseUrlChanged,
                "api",
                format!("base URL {} no longer given", code(a)),
            )
            .rust("none: `Client::new` takes the base URL from the caller"),
        ),
        (a, b) => Some(
            change(
                Class::Breaking,
                Kind::BaseUrlChanged,
                "api",
                format!(
                    "base URL {} → {}",
                    opt_text(a.as_deref()),
                    opt_text(b.as_deref())
                ),
            )
            .rust("none in the code; callers that pass the documented URL to `Client::new` must change it"),
        ),
    }
}

/// The API version; a breaking change when the envelope sends it with every call.
fn version(o: &ApiSpec, n: &ApiSpec) -> Option<Change> {
    if o.version == n.version {
        return None;
    }
    let wire = n.protocol.envelope().is_some_and(|e| e.version.is_some());
    let c = change(
        if wire { Class::Breaking } else { Class::Doc },
        Kind::VersionChanged,
        "api",
        format!(
            "API version {} → {}",
            opt_text(o.version.as_deref()),
            opt_text(n.version.as_deref())
        ),
    );
    Some(if wire {
        c.rust("every call sends the new `api_version`; older clients send the old one")
    } else {
        c
    })
}

/// The credential setters gone and added, old `so` → new `sn`, with the class of that
/// change and what it does to the client; `None` when the same setters remain.
fn setters_change(so: &[(String, String)], sn: &[(String, String)]) -> Option<(Class, String)> {
    let gone: Vec<&(String, String)> = so
        .iter()
        .filter(|(s, _)| !sn.iter().any(|(t, _)| t == s))
        .collect();
    let added: Vec<&(String, String)> = sn
        .iter()
        .filter(|(s, _)| !so.iter().any(|(t, _)| t == s))
        .collect();
    let list = |v: &[&(String, String)]| {
        v.iter()
            .map(|(s, _)| code(s))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Some(match (gone.is_empty(), added.is_empty()) {
        (true, true) => return None,
        (false, false) => (
            Class::Breaking,
            format!("{} is gone; {} replaces it", list(&gone), list(&added)),
        ),
        (false, true) => (Class::Breaking, format!("{} is gone", list(&gone))),
        (true, false) if so.is_empty() => (
            Class::Breaking,
            format!("new {}; calls without it may now be refused", list(&added)),
        ),
        (true, _) => (Class::Additive, format!("new {}", list(&added))),
    })
}
