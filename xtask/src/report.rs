//! `cargo xtask report`: figures per API, read from the checked-in specs and from the
//! results the round-trip tests leave in the target directory.

use std::fs;
use std::path::{Path, PathBuf};

use chatgen_codegen::ApiSpec;
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::regen::APIS;

/// Figures for one API.
#[derive(Debug, Clone, Serialize)]
pub struct ApiReport {
    /// The API.
    pub api: String,
    /// Operations in the spec.
    pub operations_found: usize,
    /// Operations that get a client method (their route or target is known).
    pub operations_callable: usize,
    /// Parameters whose type contains no `any` and names no type the doc leaves undefined.
    pub params_typed: usize,
    /// All parameters.
    pub params_total: usize,
    /// Parameters typed `string` only because their description gives no type cue.
    pub params_without_cue: usize,
    /// Fields of named types typed likewise.
    pub fields_typed: usize,
    /// All fields of named types.
    pub fields_total: usize,
    /// JSON examples kept in the spec.
    pub examples: usize,
    /// Operations the doc details (the others it only lists).
    pub operations_detailed: usize,
    /// Round-trip results of the last test run, when it ran on this spec.
    pub round_trip: Option<RoundTrip>,
    /// The last test run recorded results for another version of this spec (they are not
    /// shown: the tests have not run since the spec changed).
    pub round_trip_stale: bool,
    /// Per operation, the facts the documentation leaves unknown.
    pub unknown: Vec<(String, Vec<String>)>,
}

/// What the round-trip test recorded for an API.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RoundTrip {
    /// Examples checked.
    pub checked: usize,
    /// Examples that decoded and encoded back to an equal value.
    pub passed: usize,
    /// What failed, one line each.
    pub failures: Vec<String>,
    /// Examples not checked, and why (the doc shows no value), one line each.
    #[serde(default)]
    pub skipped: Vec<String>,
    /// [`spec_digest`] of the `spec/<api>.yaml` the examples came from: a report on another
    /// spec says the figures are stale instead of showing them.
    #[serde(default)]
    pub spec_digest: String,
}

/// A digest of a spec's text (64-bit FNV-1a, in hex): stable across runs and toolchains.
pub fn spec_digest(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Where the round-trip test of `api` writes its results.
pub fn round_trip_path(target_tmp: &Path, api: &str) -> PathBuf {
    target_tmp.join(format!("chatgen-roundtrip-{api}.json"))
}

/// Figures for one spec.
pub fn report_spec(spec: &ApiSpec, round_trip: Option<RoundTrip>) -> ApiReport {
    let callable = spec
        .operations
        .iter()
        .filter(|op| {
            if spec.protocol.is_rpc() {
                op.rpc.is_some() || op.route.is_some()
            } else {
                op.route.is_some()
            }
        })
        .count();
    let params = spec.operations.iter().flat_map(|op| &op.params);
    let fields = spec.types.values().flat_map(|t| t.fields());
    ApiReport {
        api: spec.api.clone(),
        operations_found: spec.operations.len(),
        operations_callable: callable,
        params_typed: params.clone().filter(|p| concrete(spec, &p.ty)).count(),
        params_without_cue: params
            .clone()
            .filter(|p| p.type_cue.as_deref() == Some("none"))
            .count(),
        params_total: params.count(),
        fields_typed: fields.clone().filter(|f| concrete(spec, &f.ty)).count(),
        fields_total: fields.count(),
        examples: spec.operations.iter().map(|op| op.examples.len()).sum(),
        operations_detailed: spec.operations.iter().filter(|op| !op.listed_only).count(),
        round_trip,
        round_trip_stale: false,
        unknown: spec
            .operations
            .iter()
            .filter(|op| !op.unknown.is_empty())
            .map(|op| {
                let facts = op.unknown.iter().map(ToString::to_string).collect();
                (op.id.clone(), facts)
            })
            .collect(),
    }
}

/// Whether a type says what the value is: no `any`, and no type the doc never defines.
fn concrete(spec: &ApiSpec, t: &chatgen_codegen::spec::TypeRef) -> bool {
    let mut defined = true;
    t.visit_named(&mut |n| defined &= spec.types.get(n).is_some_and(|d| !d.undefined));
    t.is_concrete() && defined
}

/// Reports for every API of the repository.
pub fn report(root: &Path) -> Result<Vec<ApiReport>, Error> {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let mut out = Vec::new();
    for entry in APIS {
        let file = format!("spec/{}.yaml", entry.api);
        let path = root.join(&file);
        let text = fs::read_to_string(&path).map_err(|source| Error::Io {
            path: file.clone(),
            source,
        })?;
        let spec = ApiSpec::from_yaml(&file, &text)?;
        let recorded: Option<RoundTrip> =
            fs::read_to_string(round_trip_path(&target.join("tmp"), entry.api))
                .ok()
                .and_then(|t| serde_json::from_str(&t).ok());
        let digest = spec_digest(&text);
        let stale = recorded.as_ref().is_some_and(|r| r.spec_digest != digest);
        let mut report = report_spec(&spec, recorded.filter(|_| !stale));
        report.round_trip_stale = stale;
        out.push(report);
    }
    Ok(out)
}

/// The human-readable table.
pub fn render(reports: &[ApiReport]) -> String {
    let mut out = String::new();
    for r in reports {
        render_counts(r, &mut out);
        render_round_trip(r, &mut out);
        render_unknown(r, &mut out);
    }
    out
}

/// An API's name and counts: operations, typed parameters and fields, examples.
fn render_counts(r: &ApiReport, out: &mut String) {
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            a as f64 * 100.0 / b as f64
        }
    };
    out.push_str(&format!("{}\n", r.api));
    out.push_str(&format!("  operations found      {}\n", r.operations_found));
    out.push_str(&format!(
        "  operations callable   {}\n",
        r.operations_callable
    ));
    out.push_str(&format!(
        "  operations detailed   {}\n",
        r.operations_detailed
    ));
    out.push_str(&format!(
        "  parameters typed      {}/{} ({:.0}%)\n",
        r.params_typed,
        r.params_total,
        pct(r.params_typed, r.params_total)
    ));
    if r.params_without_cue > 0 {
        out.push_str(&format!(
            "    of which string only by the no-cue rule: {}\n",
            r.params_without_cue
        ));
    }
    out.push_str(&format!(
        "  fields typed          {}/{} ({:.0}%)\n",
        r.fields_typed,
        r.fields_total,
        pct(r.fields_typed, r.fields_total)
    ));
    out.push_str(&format!("  examples in spec      {}\n", r.examples));
}

/// Whether the examples round-trip, as the last test run measured.
fn render_round_trip(r: &ApiReport, out: &mut String) {
    match &r.round_trip {
        Some(rt) => {
            out.push_str(&format!(
                "  examples round-trip   {}/{}\n",
                rt.passed, rt.checked
            ));
            if !rt.skipped.is_empty() {
                let n = rt.skipped.len();
                out.push_str(&format!("    not checked: {n} (the doc shows no value)\n"));
            }
        }
        None if r.round_trip_stale => out.push_str(
            "  examples round-trip   stale: the last test run saw another version of this spec (run the tests)\n",
        ),
        None => out.push_str(
            "  examples round-trip   not measured: no test run in this target directory (run the tests)\n",
        ),
    }
}

/// The facts the doc leaves unknown, each with the operations it concerns.
fn render_unknown(r: &ApiReport, out: &mut String) {
    let mut facts: Vec<&str> = r
        .unknown
        .iter()
        .flat_map(|(_, u)| u.iter().map(String::as_str))
        .collect();
    facts.sort_unstable();
    facts.dedup();
    for fact in facts {
        let ops: Vec<&str> = r
            .unknown
            .iter()
            .filter(|(_, u)| u.iter().any(|x| x == fact))
            .map(|(op, _)| op.as_str())
            .collect();
        let shown = ops.iter().take(6).copied().collect::<Vec<_>>().join(", ");
        let more = if ops.len() > 6 {
            format!(", and {} more (see --json)", ops.len() - 6)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "  {fact} unknown in {} operation(s): {shown}{more}\n",
            ops.len()
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_is_fixed_and_tells_texts_apart() {
        // FNV-1a's published value for the empty input, and for "a".
        assert_eq!(spec_digest(""), "cbf29ce484222325");
        assert_eq!(spec_digest("a"), "af63dc4c8601ec8c");
        assert_ne!(spec_digest("api: x\n"), spec_digest("api: y\n"));
    }

    #[test]
    fn missing_and_stale_results_are_said_plainly() {
        let spec = ApiSpec {
            api: "x".into(),
            ..ApiSpec::default()
        };
        let mut r = report_spec(&spec, None);
        assert!(render(std::slice::from_ref(&r)).contains("not measured: no test run"));
        r.round_trip_stale = true;
        assert!(
            render(std::slice::from_ref(&r))
                .contains("stale: the last test run saw another version")
        );
        let recorded = RoundTrip {
            checked: 3,
            passed: 2,
            failures: vec!["op line 1: no".into()],
            skipped: Vec::new(),
            spec_digest: spec_digest("api: x\n"),
        };
        let r = report_spec(&spec, Some(recorded));
        assert!(render(&[r]).contains("examples round-trip   2/3"));
    }
}
