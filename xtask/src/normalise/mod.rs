//! Normalisation: from what an extractor found to the spec that is written and generated
//! from. Named passes, in order: shared shapes, undefined types, overrides, unknown facts,
//! validation.

pub mod infer;
pub mod overrides;
pub mod shapes;

use chatgen_codegen::spec::{ApiSpec, Protocol, TypeDef, TypeRef};

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
    shapes::share_shapes(&mut spec);
    if let Some(o) = overrides {
        overrides::apply(&mut spec, o.file, o.text, diags);
    }
    add_undefined_types(&mut spec);
    mark_unknowns(&mut spec);
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
            open: true,
            ..TypeDef::default()
        });
    }
}

/// Records what the documentation leaves unknown per operation.
fn mark_unknowns(spec: &mut ApiSpec) {
    for op in &mut spec.operations {
        op.unknown.retain(|u| u != "route");
        if spec.protocol == Protocol::Rest && op.route.is_none() {
            op.unknown.push("route".into());
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
        def.fields.iter().for_each(|field| f(&field.ty));
    }
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
        def.fields.iter_mut().for_each(|field| f(&mut field.ty));
    }
}
