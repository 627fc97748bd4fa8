//! Normalisation: from what an extractor found to the spec that is written and generated
//! from. Named passes, in order: shared shapes, undefined types, overrides, unknown facts,
//! validation.

pub mod infer;
pub mod overrides;
pub mod paging;
pub mod shapes;

use chatgen_codegen::spec::{ApiSpec, TypeDef, TypeRef, Unknown};

use crate::diag::Diagnostic;

/// An override file's name and text.
pub struct OverrideSource<'a> {
    /// Shown in diagnostics.
    pub file: &'a str,
    /// YAML text.
    pub text: &'a str,
}

/// Runs every pass; problems are added to `diags` (errors when the spec cannot be used).
pub fn normalise(
    mut spec: ApiSpec,
    overrides: Option<OverrideSource<'_>>,
    diags: &mut Vec<Diagnostic>,
) -> ApiSpec {
    // Declared schemas (OpenAPI) keep the names their document gives them.
    if spec.family != chatgen_codegen::spec::Family::OpenApi {
        shapes::share_shapes(&mut spec);
    }
    if let Some(o) = overrides {
        overrides::apply(&mut spec, o.file, o.text, diags);
    }
    add_undefined_types(&mut spec);
    warn_case_twins(&spec, diags);
    mark_unknowns(&mut spec);
    paging::find_paging(&mut spec);
    for problem in spec.validate() {
        diags.push(Diagnostic::error(
            &format!("spec/{}.yaml", spec.api),
            0,
            problem,
        ));
    }
    spec
}

/// Every type name that is referenced but not defined becomes an open, undefined type.
fn add_undefined_types(spec: &mut ApiSpec) {
    let mut missing = Vec::new();
    for_each_typeref(spec, &mut |t| {
        t.visit_named(&mut |n| missing.push(n.to_string()));
    });
    for name in missing {
        spec.types.entry(name).or_insert_with(|| TypeDef {
            undefined: true,
            ..TypeDef::open_object()
        });
    }
}

/// Type names that differ only in case (`TTeamChatMessageEvent`, `TTeamchatMessageEvent`)
/// are probably one type misspelt; both are kept, as the doc writes them, with a warning.
fn warn_case_twins(spec: &ApiSpec, diags: &mut Vec<Diagnostic>) {
    let names: Vec<&String> = spec.types.keys().collect();
    for (i, a) in names.iter().enumerate() {
        for b in &names[i + 1..] {
            if a.eq_ignore_ascii_case(b) {
                let line = first_use_line(spec, b).unwrap_or(0);
                diags.push(Diagnostic::warning(
                    &format!("spec/{}", spec.source),
                    line,
                    format!(
                        "type names `{a}` and `{b}` differ only in case; both are kept as written"
                    ),
                ));
            }
        }
    }
}

/// The line of the first field or parameter whose type mentions `name`.
fn first_use_line(spec: &ApiSpec, name: &str) -> Option<u32> {
    let mentions = |t: &TypeRef| {
        let mut found = false;
        t.visit_named(&mut |n| found |= n == name);
        found
    };
    let fields = spec
        .types
        .values()
        .flat_map(|d| d.fields())
        .filter(|f| mentions(&f.ty))
        .filter_map(|f| f.line);
    let params = spec
        .operations
        .iter()
        .flat_map(|o| &o.params)
        .filter(|p| mentions(&p.ty))
        .filter_map(|p| p.line);
    fields.chain(params).min()
}

/// Records what the documentation leaves unknown per operation.
fn mark_unknowns(spec: &mut ApiSpec) {
    for op in &mut spec.operations {
        op.unknown.retain(|u| *u != Unknown::Route);
        if !spec.protocol.is_rpc() && op.route.is_none() {
            op.unknown.push(Unknown::Route);
        }
    }
}

/// Calls `f` on every type reference in the spec.
pub fn for_each_typeref(spec: &ApiSpec, f: &mut impl FnMut(&TypeRef)) {
    for op in &spec.operations {
        op.params.iter().for_each(|p| f(&p.ty));
        op.body.iter().for_each(|b| f(&b.ty));
        op.responses
            .iter()
            .filter_map(|r| r.ty.as_ref())
            .for_each(&mut *f);
    }
    for def in spec.types.values() {
        def.fields().iter().for_each(|field| f(&field.ty));
    }
    spec.events
        .iter()
        .filter_map(|e| e.ty.as_ref())
        .for_each(&mut *f);
}

/// Calls `f` on every type reference in the spec, mutably.
pub fn for_each_typeref_mut(spec: &mut ApiSpec, f: &mut impl FnMut(&mut TypeRef)) {
    for op in &mut spec.operations {
        op.params.iter_mut().for_each(|p| f(&mut p.ty));
        op.body.iter_mut().for_each(|b| f(&mut b.ty));
        op.responses
            .iter_mut()
            .filter_map(|r| r.ty.as_mut())
            .for_each(&mut *f);
    }
    for def in spec.types.values_mut() {
        def.fields_mut()
            .iter_mut()
            .for_each(|field| f(&mut field.ty));
    }
    spec.events
        .iter_mut()
        .filter_map(|e| e.ty.as_mut())
        .for_each(&mut *f);
}
