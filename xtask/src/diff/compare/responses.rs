//! Responses, paired by status, and which of the method's types they explain.

use std::collections::BTreeSet;

use chatgen_codegen::spec::{Operation, Response};

use chatgen_codegen::model::{Call, counts_as_success};

use super::{Change, Class, Cx, Kind, change, opt_text, reworded};

/// Responses paired by status (in order within one status): old and new, old only, new only.
type Pair<'a> = (Option<&'a Response>, Option<&'a Response>);

/// The responses of `o` and `n` paired by status, in order within one status; the unpaired
/// new ones last.
fn pairs<'a>(o: &'a Operation, n: &'a Operation) -> Vec<Pair<'a>> {
    let mut pairs: Vec<Pair<'a>> = Vec::new();
    let mut used = BTreeSet::new();
    for a in &o.responses {
        match n
            .responses
            .iter()
            .enumerate()
            .find(|(i, b)| !used.contains(i) && b.status == a.status)
        {
            Some((i, b)) => {
                used.insert(i);
                pairs.push((Some(a), Some(b)));
            }
            None => pairs.push((Some(a), None)),
        }
    }
    for (i, b) in n.responses.iter().enumerate() {
        if !used.contains(&i) {
            pairs.push((None, Some(b)));
        }
    }
    pairs
}

/// A response's status as reports name it.
fn status(r: &Response) -> String {
    r.status_text()
        .unwrap_or_else(|| "status not given".to_string())
}

/// ` (T) ` for a response with a body type, or nothing.
fn typed(r: &Response) -> String {
    r.ty.as_ref()
        .map_or_else(String::new, |t| format!("({t}) "))
}

/// The method's success and error types, old and new, and which of their changes a
/// response change has explained so far.
struct MethodTypes {
    method: String,
    /// The success type, old → new, when it changes.
    ok: Option<(String, String)>,
    /// The error body type, old → new, when it changes.
    err: Option<(String, String)>,
    explained: (bool, bool),
}

impl MethodTypes {
    /// The types of `method`, old `so` and new `sn`, nothing explained yet.
    fn new(method: String, so: Option<&Call>, sn: Option<&Call>) -> Self {
        let err = |c: &Call| c.err.as_ref().map(|e| e.to_string()).unwrap_or_default();
        let (ok, err) = match (so, sn) {
            (Some(a), Some(b)) => (
                (a.ok != b.ok).then(|| (a.ok.to_string(), b.ok.to_string())),
                (a.err != b.err).then(|| (err(a), err(b))),
            ),
            _ => (None, None),
        };
        Self {
            method,
            ok,
            err,
            explained: (false, false),
        }
    }

    /// The method-level effect of a change to a success (`success`) or error response,
    /// when the method's type of that kind changes; it is then explained.
    fn effect(&mut self, success: bool) -> Option<String> {
        let method = &self.method;
        if success && let Some((a, b)) = &self.ok {
            self.explained.0 = true;
            Some(format!("`{method}` returns `{b}` instead of `{a}`"))
        } else if !success && let Some((a, b)) = &self.err {
            self.explained.1 = true;
            Some(format!("`{method}`'s error body is `{b}` instead of `{a}`"))
        } else {
            None
        }
    }
}

impl Cx<'_> {
    /// Responses paired by status (in order within one status). Returns which of the
    /// method's success and error types the response changes already explain.
    pub(super) fn responses(
        &mut self,
        o: &Operation,
        n: &Operation,
        so: Option<&Call>,
        sn: Option<&Call>,
    ) -> (bool, bool) {
        let mut types = MethodTypes::new(self.rn.method(n), so, sn);
        for (a, b) in pairs(o, n) {
            let (r, op) = match (a, b) {
                (_, Some(b)) => (b, n),
                (Some(a), None) => (a, o),
                (None, None) => continue,
            };
            // The generator's rule: `default` is the success when no 2xx answer is listed.
            let success = counts_as_success(op, r);
            let at = format!("{}.responses.{}", n.id, status(r));
            let c = match (a, b) {
                (Some(a), None) => Some(response_removed(
                    &n.id,
                    at,
                    a,
                    types.effect(success),
                    success,
                )),
                (None, Some(b)) => Some(response_added(&n.id, at, b, types.effect(success))),
                (Some(a), Some(b)) => {
                    self.response_changed(&n.id, at, a, b, || types.effect(success))
                }
                (None, None) => None,
            };
            self.out.extend(c);
        }
        types.explained
    }

    /// A response on both sides: its description and media type (pushed here), and the
    /// change of its body type, if any; `effect` tells what that does to the method.
    fn response_changed(
        &mut self,
        id: &str,
        at: String,
        a: &Response,
        b: &Response,
        effect: impl FnOnce() -> Option<String>,
    ) -> Option<Change> {
        if a.doc != b.doc {
            self.out.push(
                change(
                    Class::Doc,
                    Kind::DocChanged,
                    at.clone(),
                    format!(
                        "`{id}`: response {}: {}",
                        status(b),
                        reworded(&a.doc, &b.doc)
                    ),
                )
                .lines(a.line, b.line),
            );
        }
        if a.content_type != b.content_type {
            self.out.push(
                change(
                    Class::Breaking,
                    Kind::ContentTypeChanged,
                    at.clone(),
                    format!(
                        "`{id}`: response {}: media type {} → {}",
                        status(b),
                        opt_text(a.content_type.as_deref()),
                        opt_text(b.content_type.as_deref())
                    ),
                )
                .rust("no Rust change; the answer comes in another form, which the client may fail to decode")
                .lines(a.line, b.line),
            );
        }
        let (what, class) = self.response_type_change(a, b)?;
        let rust = effect();
        let class = if rust.is_some() {
            Class::Breaking
        } else {
            class
        };
        Some(
            change(
                class,
                Kind::ResponseTypeChanged,
                at,
                format!("`{id}`: response {}: {what}", status(b)),
            )
            .rust(rust.unwrap_or_else(|| "no Rust change".into()))
            .lines(a.line, b.line),
        )
    }

    /// How a response's body type changes (`T → U`) and its class, if it does.
    fn response_type_change(&self, a: &Response, b: &Response) -> Option<(String, Class)> {
        match (&a.ty, &b.ty) {
            (x, y) if x == y => None,
            (Some(x), Some(y)) => self
                .type_change(x, y, false)
                .map(|c| (format!("{x} → {y}"), c.class)),
            (x, y) => Some((
                format!(
                    "{} → {}",
                    x.as_ref().map_or("no body".into(), ToString::to_string),
                    y.as_ref().map_or("no body".into(), ToString::to_string)
                ),
                Class::Breaking,
            )),
        }
    }
}

/// A response of operation `id` gone; `rust`: what that does to the method, if anything.
/// Removing a success response breaks calls that got it.
fn response_removed(
    id: &str,
    at: String,
    a: &Response,
    rust: Option<String>,
    success: bool,
) -> Change {
    let class = if success || rust.is_some() {
        Class::Breaking
    } else {
        Class::Additive
    };
    change(
        class,
        Kind::ResponseRemoved,
        at,
        format!("`{id}`: response {} {}removed", status(a), typed(a)),
    )
    .rust(rust.unwrap_or_else(|| "no Rust change".into()))
    .lines(a.line, None)
}

/// A response of operation `id` added; `rust`: what that does to the method, if anything.
fn response_added(id: &str, at: String, b: &Response, rust: Option<String>) -> Change {
    change(
        if rust.is_some() {
            Class::Breaking
        } else {
            Class::Additive
        },
        Kind::ResponseAdded,
        at,
        format!("`{id}`: response {} {}added", status(b), typed(b)),
    )
    .rust(rust.unwrap_or_else(|| "no Rust change".into()))
    .lines(None, b.line)
}
