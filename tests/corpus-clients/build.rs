//! Finds the corpus clients written into the build directory (`cargo xtask corpus-clients`,
//! or the test `openapi_corpus`): `<target>/corpus-clients/` beside this build, or
//! `$CHATGEN_CORPUS_CLIENTS`, and writes `$OUT_DIR/corpus.rs` declaring one module per line
//! of its `modules.txt`. With none there, the crate is empty and cargo prints a warning (an
//! error in CI, `CI=true`, where the tests wrote them before clippy runs).

use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-env-changed=CHATGEN_CORPUS_CLIENTS");
    println!("cargo::rerun-if-env-changed=CI");
    let Some(out) = env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo::error=OUT_DIR is not set");
        return;
    };
    let dir = env::var_os("CHATGEN_CORPUS_CLIENTS")
        .map(PathBuf::from)
        .or_else(|| {
            out.ancestors()
                .find(|a| a.join("CACHEDIR.TAG").is_file())
                .map(|t| t.join("corpus-clients"))
        })
        .unwrap_or_else(|| PathBuf::from("corpus-clients"));
    let list = dir.join("modules.txt");
    println!("cargo::rerun-if-changed={}", list.display());
    let mut text = String::new();
    match fs::read_to_string(&list) {
        Ok(modules) => {
            for api in modules.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let file = dir.join(api).join("mod.rs");
                text.push_str(&format!(
                    "#[path = {:?}]\n#[rustfmt::skip]\npub mod {api};\n",
                    path_text(&file)
                ));
            }
        }
        // In CI (`CI=true`) the tests ran first and wrote them: their absence is an error.
        Err(_) if env::var("CI").is_ok_and(|v| v == "true") => println!(
            "cargo::error=no corpus clients at {}: the test `openapi_corpus` writes them",
            dir.display()
        ),
        Err(_) => println!(
            "cargo::warning=no corpus clients at {}: run `cargo xtask corpus-clients` (or the test `openapi_corpus`) first",
            dir.display()
        ),
    }
    let target = out.join("corpus.rs");
    if fs::read_to_string(&target).ok().as_deref() != Some(text.as_str())
        && let Err(e) = fs::write(&target, text)
    {
        println!("cargo::error=cannot write {}: {e}", target.display());
    }
}

fn path_text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}
