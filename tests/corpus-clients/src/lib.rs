//! The clients of the corpus documents (`tests/fixtures/corpus/clients.tsv`), generated into
//! the build directory by `cargo xtask corpus-clients` (or the test `openapi_corpus`) and
//! compiled here, one module per document: none of their code is checked in. CI's clippy
//! step compiles them with `-D warnings`.
#![forbid(unsafe_code)]

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
