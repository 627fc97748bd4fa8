//! Model → tokens: small functions that print what the [`crate::model::Model`] (and, for
//! rustdoc and wire names, the spec) says, one item at a time. Nothing here decides a
//! name, a type or a signature; [`crate::files`] assembles the items into files.
//!
//! Leaves first: [`text`] (rustdoc text) and [`tokens`] (types, styles, calls as tokens);
//! [`types`] and [`variants`] (named types); [`requests`] (request types, using `types`'
//! fields); [`transport`], [`paging`] and [`events`]; [`client`] (the client file, using
//! those three).

pub(crate) mod client;
pub(crate) mod events;
pub(crate) mod paging;
pub(crate) mod requests;
pub(crate) mod text;
pub(crate) mod tokens;
pub(crate) mod transport;
pub(crate) mod types;
pub(crate) mod variants;
