//! Path segments, query strings, headers and cookies built from typed parameters, each
//! written by its [`Style`].

use std::fmt;

use serde::Serialize;

use crate::style::{Place, Style, expand, path_param};

/// Displays a value as one path segment: `simple` style (a list or object as `a,b`),
/// percent-encoded.
pub struct PathSegment<'a, T: ?Sized>(pub &'a T);

impl<T: Serialize + ?Sized> fmt::Display for PathSegment<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&path_param("", self.0, Style::SIMPLE))
    }
}

/// Query parameters, in the order they were pushed (escaped, as [`Style`] writes them); also
/// the call's header and cookie parameters and its body's media type (see [`Query::header`],
/// [`Query::cookie`], [`Query::body_media`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Query {
    pieces: Vec<String>,
    headers: Vec<(String, String)>,
    cookies: Vec<String>,
    media: Option<String>,
    invalid: Option<String>,
}

impl Query {
    /// An empty query.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds query parameter `name` with `value`, `form` style, exploded (nothing for `None`,
    /// a list repeats the name, an object's members are parameters of their own).
    pub fn push<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        self.push_with(name, value, Style::FORM);
    }

    /// Adds query parameter `name` with `value` written as `style` says.
    pub fn push_with<V: Serialize + ?Sized>(&mut self, name: &str, value: &V, style: Style) {
        if let Some(pieces) = self.expand(Place::Query, name, value, style) {
            self.pieces.extend(pieces.pieces);
        }
    }

    /// The query string's pieces (`name=value`, escaped), in order.
    pub fn pieces(&self) -> &[String] {
        &self.pieces
    }

    /// Adds header parameter `name` with `value`, `simple` style (nothing for `None`; a list
    /// as `a,b`).
    pub fn header<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        self.header_with(name, value, Style::SIMPLE);
    }

    /// Adds header parameter `name` with `value` written as `style` says.
    pub fn header_with<V: Serialize + ?Sized>(&mut self, name: &str, value: &V, style: Style) {
        if let Some(text) = self
            .expand(Place::Header, name, value, style)
            .and_then(|e| e.joined())
        {
            self.headers.push((name.to_string(), text));
        }
    }

    /// The header parameters, in order.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// Adds cookie parameter `name` with `value`, `form` style, exploded: sent in the
    /// `Cookie` header, pairs separated by `; `.
    pub fn cookie<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        self.cookie_with(name, value, Style::FORM);
    }

    /// Adds cookie parameter `name` with `value` written as `style` says.
    pub fn cookie_with<V: Serialize + ?Sized>(&mut self, name: &str, value: &V, style: Style) {
        if let Some(pieces) = self.expand(Place::Cookie, name, value, style) {
            self.cookies.extend(pieces.pieces);
        }
    }

    /// The `Cookie` header the cookie parameters make, if any.
    pub fn cookie_header(&self) -> Option<String> {
        (!self.cookies.is_empty()).then(|| self.cookies.join("; "))
    }

    /// Why the parameters cannot be sent: a value whose `Serialize` failed.
    pub fn invalid(&self) -> Option<&str> {
        self.invalid.as_deref()
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

    fn expand<V: Serialize + ?Sized>(
        &mut self,
        place: Place,
        name: &str,
        value: &V,
        style: Style,
    ) -> Option<crate::style::Expansion> {
        match expand(place, name, value, style) {
            Ok(e) => Some(e),
            Err(e) => {
                self.invalid
                    .get_or_insert_with(|| format!("parameter `{name}` does not serialise: {e}"));
                None
            }
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
        assert_eq!(q.pieces(), ["top=50", "tag=a", "tag=b%20c", "trashed=true"]);
        q.header("X-Ids", &[1, 2]);
        q.header("X-None", &None::<String>);
        q.cookie("session", &"a b");
        q.cookie("theme", &"dark");
        assert_eq!(q.headers(), [("X-Ids".to_string(), "1,2".to_string())]);
        assert_eq!(
            q.cookie_header().as_deref(),
            Some("session=a%20b; theme=dark")
        );
        assert_eq!(q.invalid(), None);
    }

    #[test]
    fn path_segments_are_escaped() {
        assert_eq!(PathSegment(&"a/b c?").to_string(), "a%2Fb%20c%3F");
        assert_eq!(PathSegment(&42).to_string(), "42");
    }
}
