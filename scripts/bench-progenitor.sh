#!/usr/bin/env bash
# Benchmark: this project's generator against progenitor 0.15.1 on the same OpenAPI documents.
#
#   scripts/bench-progenitor.sh [--ours-only] [--runs=N] DOC.json...   (default: nexus.json)
#
# Per document and generator: generation wall time (release build of each tool; ours is
# `xtask extract` + `xtask generate`), generated Rust lines per operation, and the generated
# crate's `cargo check` wall time after a `touch`, with CARGO_INCREMENTAL=0 (so the figure is
# the code's cost, not cache reuse; dependencies are built beforehand), the median of N runs
# (5 by default). Installs
# cargo-progenitor 0.15.1 with `cargo install` when it is missing. Work files go to
# target/bench/. Not run by CI: run it on a quiet machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench"
ours_only=false
runs=5
docs=()
for a in "$@"; do
  case "$a" in
    --ours-only) ours_only=true ;;
    --runs=*) runs=${a#--runs=} ;;
    *) docs+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")") ;;
  esac
done
[ ${#docs[@]} -gt 0 ] || docs=("$root/tests/fixtures/corpus/openapi/oxide-nexus/nexus.json")
mkdir -p "$work"
export CARGO_TARGET_DIR="$work/target"

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc -l | xargs printf '%.2f'; }
lines() { find "$1" -name '*.rs' -print0 | xargs -0 cat | wc -l; }
ops() { python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
print(sum(1 for p in d["paths"].values() for m in p if m in ("get","put","post","delete","options","head","patch")))' "$1"; }

echo "building the tools (release)…" >&2
(cd "$root" && cargo build --release -q -p xtask)
xtask="$work/target/release/xtask"
if ! $ours_only && ! command -v cargo-progenitor >/dev/null 2>&1; then
  echo "installing cargo-progenitor 0.15.1…" >&2
  cargo install -q cargo-progenitor --version 0.15.1 --locked
fi

# check_time DIR: build once (dependencies), then `touch` + non-incremental check, timed
# $runs times; the median.
check_time() {
  (cd "$1" && cargo check -q 2>/dev/null) || { echo "fail"; return; }
  local t times=()
  for _ in $(seq "$runs"); do
    touch "$1/src/lib.rs"
    t=$(now)
    (cd "$1" && CARGO_INCREMENTAL=0 cargo check -q 2>/dev/null) || { echo "fail"; return; }
    times+=("$(since "$t")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

printf '| document | generator | operations | generation (s) | lines | lines/op | check after touch (s) |\n'
printf '| --- | --- | ---: | ---: | ---: | ---: | ---: |\n'
for doc in "${docs[@]}"; do
  name=$(basename "$doc" .json | tr -c 'a-zA-Z0-9\n' '_' | tr 'A-Z' 'a-z')
  n=$(ops "$doc")

  # This project.
  dir="$work/ours-$name"
  rm -rf "$dir"; mkdir -p "$dir/src/api"
  t=$(now)
  "$xtask" extract --family openapi "$doc" --api api -o "$dir/api.yaml" 2>/dev/null
  "$xtask" generate "$dir/api.yaml" -o "$dir/src/api" 2>/dev/null
  gen=$(since "$t")
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "bench-ours-$name"
version = "0.1.0"
edition = "2024"
[dependencies]
chat-clients-runtime = { path = "$root/runtime" }
serde = { version = "1", features = ["derive"] }
[workspace]
TOML
  printf '//! Benchmark crate.\n#![allow(missing_docs)]\npub mod api;\n' > "$dir/src/lib.rs"
  l=$(lines "$dir/src")
  c=$(check_time "$dir")
  printf '| %s | chatgen | %s | %s | %s | %s | %s |\n' "$(basename "$doc")" "$n" "$gen" "$l" "$((l / n))" "$c"

  $ours_only && continue
  # progenitor.
  dir="$work/progenitor-$name"
  rm -rf "$dir"
  t=$(now)
  if cargo progenitor -i "$doc" -o "$dir" -n "bench-progenitor-$name" -v 0.1.0 >/dev/null 2>&1; then
    gen=$(since "$t")
    printf '\n[workspace]\n' >> "$dir/Cargo.toml"
    l=$(lines "$dir/src")
    c=$(check_time "$dir")
    printf '| %s | progenitor 0.15.1 | %s | %s | %s | %s | %s |\n' "$(basename "$doc")" "$n" "$gen" "$l" "$((l / n))" "$c"
  else
    printf '| %s | progenitor 0.15.1 | %s | fails | | | |\n' "$(basename "$doc")" "$n"
  fi
done
