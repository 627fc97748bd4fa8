//! Responses, paired by status, and which of the method's types they explain.

use std::collections::BTreeSet;

use chatgen_codegen::spec::{Operation, Response};

use chatgen_codegen::model::{Call, counts_as_success};

use super::{Class, Cx, Kind, change, opt_text, reworded};

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
        let (ok_changed, err_changed) = match (so, sn) {
            (Some(a), Some(b)) => (a.ok != b.ok, a.err != b.err),
            _ => (false, false),
        };
        let mut explained = (false, false);
        let status = |r: &Response| {
            r.status_text()
                .unwrap_or_else(|| "status not given".to_string())
        };
        let mut pairs: Vec<(Option<&Response>, Option<&Response>)> = Vec::new();
        let mut used = BTreeSet::new();
        for a in &o.responses {
            match n.responses.iter().enumerate().find(|(i, b)| {
                !used.contains(i) && (b.status, &b.statuses) == (a.status, &a.statuses)
            }) {
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
        for (a, b) in pairs {
            let (r, op) = match (a, b) {
                (_, Some(b)) => (b, n),
                (Some(a), None) => (a, o),
                (None, None) => continue,
            };
            // The generator's rule: `default` is the success when no 2xx answer is listed.
            let success = counts_as_success(op, r);
            let (ok, err) = (
                |c: Option<&Call>| c.map(|c| c.ok.to_string()).unwrap_or_default(),
                |c: Option<&Call>| {
                    c.and_then(|c| c.err.as_ref())
                        .map(|e| e.to_string())
                        .unwrap_or_default()
                },
            );
            let method = self.rn.method(n);
            // The method-level effect, when this response explains it.
            let effect = |explained: &mut (bool, bool)| -> Option<String> {
                if success && ok_changed {
                    explained.0 = true;
                    Some(format!(
                        "`{method}` returns `{}` instead of `{}`",
                        ok(sn),
                        ok(so)
                    ))
                } else if !success && err_changed {
                    explained.1 = true;
                    Some(format!(
                        "`{method}`'s error body is `{}` instead of `{}`",
                        err(sn),
                        err(so)
                    ))
                } else {
                    None
                }
            };
            let at = format!("{}.responses.{}", n.id, status(r));
            let c = match (a, b) {
                (Some(a), None) => {
                    let rust = effect(&mut explained);
                    let class = if success || rust.is_some() {
                        Class::Breaking
                    } else {
                        Class::Additive
                    };
                    change(
                        class,
                        Kind::ResponseRemoved,
                        at,
                        format!(
                            "`{}`: response {} {}removed",
                            n.id,
                            status(a),
                            a.ty.as_ref()
                                .map_or_else(String::new, |t| format!("({t}) "))
                        ),
                    )
                    .rust(rust.unwrap_or_else(|| "no Rust change".into()))
                    .lines(a.line, None)
                }
                (None, Some(b)) => {
                    let rust = effect(&mut explained);
                    change(
                        if rust.is_some() {
                            Class::Breaking
                        } else {
                            Class::Additive
                        },
                        Kind::ResponseAdded,
                        at,
                        format!(
                            "`{}`: response {} {}added",
                            n.id,
                            status(b),
                            b.ty.as_ref()
                                .map_or_else(String::new, |t| format!("({t}) "))
                        ),
                    )
                    .rust(rust.unwrap_or_else(|| "no Rust change".into()))
                    .lines(None, b.line)
                }
                (Some(a), Some(b)) => {
                    if a.doc != b.doc {
                        self.out.push(
                            change(
                                Class::Doc,
                                Kind::DocChanged,
                                at.clone(),
                                format!(
                                    "`{}`: response {}: {}",
                                    n.id,
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
                                    "`{}`: response {}: media type {} → {}",
                                    n.id,
                                    status(b),
                                    opt_text(a.content_type.as_deref()),
                                    opt_text(b.content_type.as_deref())
                                ),
                            )
                            .rust("no Rust change; the answer comes in another form, which the client may fail to decode")
                            .lines(a.line, b.line),
                        );
                    }
                    let change_ = match (&a.ty, &b.ty) {
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
                    };
                    let Some((what, class)) = change_ else {
                        continue;
                    };
                    let rust = effect(&mut explained);
                    let class = if rust.is_some() {
                        Class::Breaking
                    } else {
                        class
                    };
                    change(
                        class,
                        Kind::ResponseTypeChanged,
                        at,
                        format!("`{}`: response {}: {what}", n.id, status(b)),
                    )
                    .rust(rust.unwrap_or_else(|| "no Rust change".into()))
                    .lines(a.line, b.line)
                }
                (None, None) => continue,
            };
            self.out.push(c);
        }
        explained
    }
}
