//! From a normalized API spec to Rust source.
//!
//! [`spec`] is the plain-data model every extractor produces and every generator reads;
//! [`names`] turns wire names into identifiers; [`generate`] emits one module per API as
//! formatted source files.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod envelope;
mod events;
pub mod generate;
mod layout;
pub mod model;
pub mod names;
mod paging;
pub mod spec;
mod transport;
mod variants;

pub use generate::{GenError, generate_lib, generate_module, generate_registry};
pub use spec::ApiSpec;
