//! The spec's closed sets of words, each an enum or a checked newtype, each written in the
//! YAML exactly as the plain strings and numbers it replaces: a documentation [`Family`], an
//! HTTP [`Method`], a response [`Status`], a fact the doc leaves [`Unknown`], and a
//! [`JsonPointer`]. A value outside the set is refused when the YAML is read, with a message
//! naming the value and what is accepted (serde_yaml adds the line).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Who wrote a spec: one of the readers of `xtask` (named after the layout it reads, not a
/// vendor), or a hand-written test fixture. An empty spec's (`ApiSpec::default`) is
/// `reference`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Family {
    /// `rest-reference`: REST reference pages (as Weavy's).
    RestReference,
    /// `slack-methods`: Slack-style method references (as IceWarp TeamChat's).
    SlackMethods,
    /// `rest-by-example`: REST by example (as tada.team's API v3).
    RestByExample,
    /// `redoc`: pages rendered by Redoc, as HTML or as a text capture.
    Redoc,
    /// `envelope-rpc`: envelope-RPC references (as Wimi's WApi).
    EnvelopeRpc,
    /// `openapi`: OpenAPI 3.0 / 3.1 and Swagger 2.0 documents.
    OpenApi,
    /// `reference`: hand-written API references in any layout.
    #[default]
    Reference,
    /// `fixture`: a spec written by hand as a test fixture (`tests/fixtures/features.yaml`),
    /// read by no reader.
    Fixture,
}

impl Family {
    /// Every family, in the order of [`Family::name`]'s listing.
    pub const ALL: [Family; 8] = [
        Family::RestReference,
        Family::SlackMethods,
        Family::RestByExample,
        Family::Redoc,
        Family::EnvelopeRpc,
        Family::OpenApi,
        Family::Reference,
        Family::Fixture,
    ];

    /// The name a spec's `family` carries (and the command line's `--family`).
    pub fn name(self) -> &'static str {
        match self {
            Family::RestReference => "rest-reference",
            Family::SlackMethods => "slack-methods",
            Family::RestByExample => "rest-by-example",
            Family::Redoc => "redoc",
            Family::EnvelopeRpc => "envelope-rpc",
            Family::OpenApi => "openapi",
            Family::Reference => "reference",
            Family::Fixture => "fixture",
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Family {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        Family::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let known: Vec<&str> = Family::ALL.iter().map(|f| f.name()).collect();
                format!("unknown family `{s}`; known: {}", known.join(", "))
            })
    }
}

/// The HTTP methods a route (or an RPC protocol) may use: those the generated client can
/// send. A document's other verbs (OpenAPI's `trace`) are left out by its reader, with a
/// warning; a spec naming one is refused when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `PATCH`.
    Patch,
    /// `DELETE`.
    Delete,
    /// `HEAD`.
    Head,
    /// `OPTIONS`.
    Options,
}

impl Method {
    /// Every method.
    pub const ALL: [Method; 7] = [
        Method::Get,
        Method::Post,
        Method::Put,
        Method::Patch,
        Method::Delete,
        Method::Head,
        Method::Options,
    ];

    /// The upper-case name (`GET`), as the spec and HTTP write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
        }
    }

    /// Whether a call with this method usually carries a body (`POST`, `PUT`, `PATCH`).
    pub fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch)
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Method {
    type Err = String;

    /// The upper-case name only (`GET`, not `get`), as the spec writes it.
    fn from_str(s: &str) -> Result<Self, String> {
        Method::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| {
                let known: Vec<&str> = Method::ALL.iter().map(|m| m.as_str()).collect();
                format!(
                    "unsupported HTTP method `{s}`; supported: {}",
                    known.join(", ")
                )
            })
    }
}

/// The status (or statuses) a documented answer stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// One status code (`status: 200`).
    Code(u16),
    /// A class of statuses by its first digit, 1 to 5 (`statuses: 2XX`).
    Class(u8),
    /// Every status the operation lists no answer for (`statuses: default`).
    Default,
}

impl Status {
    /// Whether the status is a success: a 2xx code or the `2XX` class (`default` is not; see
    /// `model::answers` for when it counts as one).
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(c) => (200..300).contains(&c),
            Status::Class(k) => k == 2,
            Status::Default => false,
        }
    }

    /// The code, for one status.
    pub fn code(self) -> Option<u16> {
        match self {
            Status::Code(c) => Some(c),
            _ => None,
        }
    }

    /// A class (`2XX`, any case) or `default`, as `statuses` writes it; `None` for any other
    /// text.
    pub fn from_class(text: &str) -> Option<Status> {
        if text == "default" {
            return Some(Status::Default);
        }
        match text.as_bytes() {
            [d @ b'1'..=b'5', x, y]
                if x.eq_ignore_ascii_case(&b'x') && y.eq_ignore_ascii_case(&b'x') =>
            {
                Some(Status::Class(d - b'0'))
            }
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    /// `200`, `2XX` or `default`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Code(c) => write!(f, "{c}"),
            Status::Class(k) => write!(f, "{k}XX"),
            Status::Default => f.write_str("default"),
        }
    }
}

/// A fact the documentation leaves unknown about an operation (its `unknown` list).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unknown {
    /// `route`: the doc lost the operation's method and path.
    Route,
    /// `response`: the doc shows no answer.
    Response,
    /// `response status`: an answer is shown under no status.
    ResponseStatus,
    /// `response body of 400, 500`: these statuses are listed with no body shown, while the
    /// doc shows a sample of every body it has.
    ResponseBodyOf(Vec<u16>),
    /// `body`: the request has a body the doc does not describe.
    Body,
    /// `stream events`: a stream's events are not listed.
    StreamEvents,
    /// ``type of path parameter `id` ``: a route placeholder no parameter list describes.
    PathParamType(String),
}

impl Unknown {
    const RESPONSE_BODY_OF: &'static str = "response body of ";
    const PATH_PARAM_TYPE: &'static str = "type of path parameter `";
}

impl fmt::Display for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unknown::Route => f.write_str("route"),
            Unknown::Response => f.write_str("response"),
            Unknown::ResponseStatus => f.write_str("response status"),
            Unknown::ResponseBodyOf(codes) => {
                let codes: Vec<String> = codes.iter().map(u16::to_string).collect();
                write!(f, "{}{}", Self::RESPONSE_BODY_OF, codes.join(", "))
            }
            Unknown::Body => f.write_str("body"),
            Unknown::StreamEvents => f.write_str("stream events"),
            Unknown::PathParamType(name) => write!(f, "{}{name}`", Self::PATH_PARAM_TYPE),
        }
    }
}

impl FromStr for Unknown {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "route" => Unknown::Route,
            "response" => Unknown::Response,
            "response status" => Unknown::ResponseStatus,
            "body" => Unknown::Body,
            "stream events" => Unknown::StreamEvents,
            _ => {
                if let Some(codes) = s.strip_prefix(Self::RESPONSE_BODY_OF) {
                    let codes: Option<Vec<u16>> =
                        codes.split(", ").map(|c| c.parse().ok()).collect();
                    if let Some(codes) = codes.filter(|c| !c.is_empty()) {
                        return Ok(Unknown::ResponseBodyOf(codes));
                    }
                } else if let Some(name) = s
                    .strip_prefix(Self::PATH_PARAM_TYPE)
                    .and_then(|n| n.strip_suffix('`'))
                {
                    return Ok(Unknown::PathParamType(name.to_string()));
                }
                return Err(format!(
                    "unknown fact `{s}`; known: route, response, response status, \
                     response body of <statuses>, body, stream events, \
                     type of path parameter `<name>`"
                ));
            }
        })
    }
}

/// A JSON pointer (RFC 6901) into a request or an answer: empty (the whole document) is not
/// one here; every pointer starts with `/`, and a `~` is followed by `0` or `1`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JsonPointer(String);

impl JsonPointer {
    /// Parses a pointer written out (`/body/data`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let escapes_ok = text
            .match_indices('~')
            .all(|(i, _)| matches!(text.as_bytes().get(i + 1), Some(b'0' | b'1')));
        if text.starts_with('/') && escapes_ok {
            Ok(JsonPointer(text.to_string()))
        } else {
            Err(format!("`{text}` is not a JSON pointer (`/a/b`)"))
        }
    }

    /// The pointer to the top-level member `name` (`ok` → `/ok`; `~` and `/` escaped).
    pub fn member(name: &str) -> Self {
        JsonPointer(format!("/{}", escape(name)))
    }

    /// The pointer to the member `name` of the value this one points to
    /// (`/header` → `/header/target`).
    pub fn child(&self, name: &str) -> Self {
        JsonPointer(format!("{}/{}", self.0, escape(name)))
    }

    /// The pointer as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The member names it goes through, unescaped.
    pub fn members(&self) -> Vec<String> {
        let tokens = self.0.strip_prefix('/').unwrap_or(&self.0);
        tokens.split('/').map(unescape).collect()
    }
}

/// A member name as a pointer writes it (RFC 6901: `~` → `~0`, `/` → `~1`): the one escape
/// of the spec, the readers and the exporter.
pub fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// A pointer's token as the member name it stands for (`~1` → `/`, `~0` → `~`).
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

impl std::ops::Deref for JsonPointer {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for JsonPointer {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        JsonPointer::parse(s)
    }
}

/// Serializes as [`fmt::Display`] writes, deserializes a string through [`FromStr`] (in the
/// visitor, so that serde_yaml places an error at its line and column).
macro_rules! as_text {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Text;
                impl serde::de::Visitor<'_> for Text {
                    type Value = $t;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a string")
                    }

                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$t, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                d.deserialize_str(Text)
            }
        }
    )*};
}

as_text!(Family, Method, Unknown, JsonPointer);

#[cfg(test)]
mod tests {
    use super::*;

    /// `value` is written as `yaml` and read back from it.
    fn round_trip<T>(value: &T, yaml: &str)
    where
        T: Serialize + for<'de> Deserialize<'de> + PartialEq + fmt::Debug,
    {
        assert_eq!(serde_yaml::to_string(value).unwrap(), yaml);
        assert_eq!(&serde_yaml::from_str::<T>(yaml).unwrap(), value);
    }

    #[test]
    fn families_are_written_by_name() {
        round_trip(&Family::RestReference, "rest-reference\n");
        round_trip(&Family::OpenApi, "openapi\n");
        round_trip(&Family::Fixture, "fixture\n");
        for f in Family::ALL {
            assert_eq!(f.name().parse::<Family>(), Ok(f));
        }
        let err = serde_yaml::from_str::<Family>("weavy")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown family `weavy`; known: rest-reference"),
            "{err}"
        );
    }

    #[test]
    fn methods_are_upper_case() {
        round_trip(&Method::Get, "GET\n");
        round_trip(&Method::Options, "OPTIONS\n");
        for m in Method::ALL {
            assert_eq!(m.as_str().parse::<Method>(), Ok(m));
        }
        let err = serde_yaml::from_str::<Method>("TRACE")
            .unwrap_err()
            .to_string();
        assert!(err.contains("unsupported HTTP method `TRACE`"), "{err}");
        assert!("get".parse::<Method>().is_err());
        assert!(Method::Patch.has_body() && !Method::Get.has_body());
    }

    #[test]
    fn statuses_are_codes_classes_or_default() {
        assert_eq!(Status::from_class("2XX"), Some(Status::Class(2)));
        assert_eq!(Status::from_class("4xx"), Some(Status::Class(4)));
        assert_eq!(Status::from_class("default"), Some(Status::Default));
        for bad in ["6XX", "0XX", "200", "DEFAULT", "2X", ""] {
            assert_eq!(Status::from_class(bad), None, "{bad}");
        }
        let shown: Vec<String> = [Status::Code(204), Status::Class(5), Status::Default]
            .iter()
            .map(Status::to_string)
            .collect();
        assert_eq!(shown, ["204", "5XX", "default"]);
        assert!(Status::Code(201).is_success() && Status::Class(2).is_success());
        assert!(!Status::Default.is_success() && !Status::Code(404).is_success());
    }

    #[test]
    fn unknown_facts_keep_their_words() {
        let facts = vec![
            Unknown::Route,
            Unknown::Response,
            Unknown::ResponseStatus,
            Unknown::ResponseBodyOf(vec![400, 500]),
            Unknown::Body,
            Unknown::StreamEvents,
            Unknown::PathParamType("id".into()),
        ];
        round_trip(
            &facts,
            "- route\n- response\n- response status\n- response body of 400, 500\n- body\n\
             - stream events\n- type of path parameter `id`\n",
        );
        for bad in [
            "routes",
            "response body of",
            "response body of x",
            "type of path parameter `id",
        ] {
            let err = serde_yaml::from_str::<Unknown>(&format!("'{bad}'"))
                .unwrap_err()
                .to_string();
            assert!(err.contains(&format!("unknown fact `{bad}`")), "{err}");
        }
    }

    #[test]
    fn pointers_are_checked_once() {
        round_trip(
            &JsonPointer::member("header").child("target"),
            "/header/target\n",
        );
        assert_eq!(
            JsonPointer::member("a/b").child("c~d").as_str(),
            "/a~1b/c~0d"
        );
        assert_eq!(
            JsonPointer::parse("/a~1b/c~0d").unwrap().members(),
            ["a/b", "c~d"]
        );
        for bad in ["", "ok", "/a~2", "/a~"] {
            let err = serde_yaml::from_str::<JsonPointer>(&format!("'{bad}'"))
                .unwrap_err()
                .to_string();
            assert!(
                err.contains(&format!("`{bad}` is not a JSON pointer")),
                "{err}"
            );
        }
    }
}
