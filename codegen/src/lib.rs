//! From a normalized API spec to Rust source.
//!
//! [`spec`] is the plain-data model every extractor produces and every generator reads;
//! [`names`] turns wire names into identifiers; [`model`] is what the generator makes of a
//! spec (names, types, signatures, files), built once per module and read by the emitters
//! and the change review; `emit` prints it as tokens and `files` assembles and formats one
//! module per API. Dependencies go one way: `spec` → `model` → `emit` → `files`.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod emit;
mod files;
pub mod model;
pub mod names;
pub mod spec;

pub use files::{GenError, generate_lib, generate_module, generate_registry};
pub use spec::ApiSpec;
