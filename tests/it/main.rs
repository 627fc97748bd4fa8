//! Every integration test of the workspace, in one test binary (one link, one run): a module
//! per concern. `cargo test -p chatgen-tests --test it <module>::` runs one of them.

mod corpus;
mod diff;
mod diff_history;
mod faults;
mod features;
mod fuzz;
mod generated_code;
mod hostile;
mod mastodon_http;
mod mastodon_spec;
mod messenger_http;
mod messenger_spec;
mod openapi_corpus;
mod openapi_export;
mod openapi_http;
mod openapi_multifile;
mod openapi_spec;
mod overrides;
mod paging;
mod redoc_corpus;
mod redoc_http;
mod round_trip;
mod secrets;
mod streaming;
mod styles;
mod tada_http;
mod tada_spec;
mod teamchat_http;
mod teamchat_spec;
mod variants;
mod weavy_http;
mod weavy_round_trip;
mod weavy_spec;
mod wimi_http;
mod wimi_spec;
