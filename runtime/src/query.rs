//! Path segments and query strings built from typed parameters.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// Characters escaped in a path segment: everything but RFC 3986 unreserved characters.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'&')
    .add(b'+')
    .add(b'=')
    .add(b';')
    .add(b':')
    .add(b'@')
    .add(b',')
    .add(b'!')
    .add(b'$')
    .add(b'\'')
    .add(b'(')
    .add(b')')
    .add(b'*');

/// Displays a value as one percent-encoded path segment.
pub struct PathSegment<'a, T: fmt::Display>(pub &'a T);

impl<T: fmt::Display> fmt::Display for PathSegment<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.to_string();
        for part in utf8_percent_encode(&text, SEGMENT) {
            f.write_str(part)?;
        }
        Ok(())
    }
}

/// A value that can be written into a query string.
pub trait QueryValue {
    /// Appends `name=value` pairs for this value (none for an absent value, one per item for
    /// a list).
    fn append(&self, name: &str, query: &mut Query);
}

/// Query parameters, in the order they were pushed; also the call's header parameters and
/// its body's media type (see [`Query::header`], [`Query::body_media`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    media: Option<String>,
}

impl Query {
    /// An empty query.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds parameter `name` with `value` (nothing for `None`).
    pub fn push<V: QueryValue + ?Sized>(&mut self, name: &str, value: &V) {
        value.append(name, self);
    }

    /// The pairs, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// Adds header parameter `name` with `value` (nothing for `None`; a list repeats it).
    pub fn header<V: QueryValue + ?Sized>(&mut self, name: &str, value: &V) {
        let mut texts = Query::new();
        value.append(name, &mut texts);
        self.headers.extend(texts.pairs);
    }

    /// The header parameters, in order.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// Sends the body as `media` (`application/x-www-form-urlencoded`,
    /// `multipart/form-data`, `application/octet-stream`…) instead of JSON.
    pub fn body_media(&mut self, media: &str) {
        self.media = Some(media.to_string());
    }

    /// The body's media type, when it is not JSON.
    pub fn media(&self) -> Option<&str> {
        self.media.as_deref()
    }

    fn push_text(&mut self, name: &str, text: String) {
        self.pairs.push((name.to_string(), text));
    }
}

macro_rules! display_value {
    ($($t:ty),*) => {$(
        impl QueryValue for $t {
            fn append(&self, name: &str, query: &mut Query) {
                query.push_text(name, self.to_string());
            }
        }
    )*};
}
display_value!(str, String, bool, i32, i64, u64, u8, f64);

impl QueryValue for serde_json::Value {
    fn append(&self, name: &str, query: &mut Query) {
        match self {
            serde_json::Value::String(s) => query.push_text(name, s.clone()),
            other => query.push_text(name, other.to_string()),
        }
    }
}

impl<T: QueryValue> QueryValue for Option<T> {
    fn append(&self, name: &str, query: &mut Query) {
        if let Some(v) = self {
            v.append(name, query);
        }
    }
}

impl<T: QueryValue> QueryValue for Vec<T> {
    fn append(&self, name: &str, query: &mut Query) {
        for v in self {
            v.append(name, query);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_skips_absent_and_repeats_lists() {
        let mut q = Query::new();
        q.push("top", &Some(50_i64));
        q.push("skip", &None::<i64>);
        q.push("tag", &vec!["a".to_string(), "b c".to_string()]);
        q.push("trashed", &true);
        let got: Vec<_> = q.pairs().iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(got, ["top=50", "tag=a", "tag=b c", "trashed=true"]);
    }

    #[test]
    fn path_segments_are_escaped() {
        assert_eq!(PathSegment(&"a/b c?").to_string(), "a%2Fb%20c%3F");
        assert_eq!(PathSegment(&42).to_string(), "42");
    }
}
