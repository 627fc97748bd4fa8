#!/usr/bin/env bash
# Benchmark: this project's generator against progenitor 0.15.1 on the OpenAPI corpus.
#
#   scripts/bench-progenitor.sh [--ours-only] [--runs=N] [DOC...]
#
# Without DOC, every OpenAPI document of the corpus manifest (tests/fixtures/corpus/
# clients.tsv; most of them in ../shared/corpus/openapi/). Per document: its format and
# operations (counted by scripts/count-openapi-ops.py), this project's extraction warnings,
# generation wall time (release build; `xtask extract` + `xtask generate`), generated lines,
# and the generated crate's `cargo check` wall time after a `touch` with CARGO_INCREMENTAL=0
# (so the figure is the code's cost, not cache reuse; dependencies are built beforehand), the
# median of N runs (3 by default); then the same for progenitor 0.15.1, or how it fails (its
# own message, or the compiler's first error when what it generates does not compile).
# Installs cargo-progenitor 0.15.1 with `cargo install` when it is missing. Work files go to
# target/bench/. Prints a Markdown table. Not run by CI: run it on a quiet machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench"
ours_only=false
runs=3
docs=()
for a in "$@"; do
  case "$a" in
    --ours-only) ours_only=true ;;
    --runs=*) runs=${a#--runs=} ;;
    *) docs+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")") ;;
  esac
done
declare -A api_of
if [ ${#docs[@]} -eq 0 ]; then
  while read -r api family _ doc _; do
    [ "$family" = openapi ] || continue
    path="$(cd "$root/$(dirname "$doc")" && pwd)/$(basename "$doc")"
    docs+=("$path")
    api_of[$path]=$api
  done < <(grep -v '^\s*#' "$root/tests/fixtures/corpus/clients.tsv" | grep -v '^\s*$')
fi
mkdir -p "$work"
export CARGO_TARGET_DIR="$work/target"

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc -l | xargs printf '%.2f'; }
lines() { find "$1" -name '*.rs' -print0 | xargs -0 cat | wc -l; }
thousands() { printf "%'d" "$1" 2>/dev/null || echo "$1"; }
# One line of a tool's failure: a panic's message, else the first line that says error/fail.
why() {
  local msg
  msg=$(grep -A1 -m1 "panicked at" "$1" | tail -1)
  [ -n "$msg" ] || msg=$(grep -m1 -iE "error|fail" "$1" || true)
  [ -n "$msg" ] || msg=$(head -1 "$1")
  echo "$msg" | tr '|' '/' | cut -c1-160
}

echo "building the tools (release)…" >&2
(cd "$root" && cargo build --release -q -p xtask)
xtask="$work/target/release/xtask"
if ! $ours_only && ! command -v cargo-progenitor >/dev/null 2>&1; then
  echo "installing cargo-progenitor 0.15.1…" >&2
  cargo install -q cargo-progenitor --version 0.15.1 --locked
fi

# check_time DIR LOG: build once (dependencies), then `touch` + non-incremental check, timed
# $runs times; the median, or `fail` (the compiler's output in LOG).
check_time() {
  (cd "$1" && cargo check -q >"$2" 2>&1) || { echo "fail"; return; }
  local t times=()
  for _ in $(seq "$runs"); do
    touch "$1/src/lib.rs"
    t=$(now)
    (cd "$1" && CARGO_INCREMENTAL=0 cargo check -q 2>/dev/null) || { echo "fail"; return; }
    times+=("$(since "$t")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

printf '| document | format | operations | warnings | generation (s) | lines | check (s) | progenitor 0.15.1: generation (s) | lines | check (s) |\n'
printf '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n'
for doc in "${docs[@]}"; do
  name=${api_of[$doc]:-$(basename "$doc" | sed 's/\.[a-z]*$//' | tr -c 'a-zA-Z0-9\n' '_' | tr 'A-Z' 'a-z')}
  read -r n version _ < <(python3 "$root/scripts/count-openapi-ops.py" "$doc")
  case "$version" in 2*) format="Swagger $version" ;; *) format="OpenAPI $version" ;; esac

  # This project.
  dir="$work/ours-$name"
  rm -rf "$dir"; mkdir -p "$dir/src/api"
  t=$(now)
  if "$xtask" extract --family openapi "$doc" --api api -o "$dir/api.yaml" 2>"$dir/extract.log" \
    && "$xtask" generate "$dir/api.yaml" -o "$dir/src/api" 2>"$dir/generate.log"; then
    gen=$(since "$t")
    warnings=$(grep -c '^warning' "$dir/extract.log" || true)
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "bench-ours-$name"
version = "0.1.0"
edition = "2024"
[dependencies]
chat-clients-runtime = { path = "$root/runtime" }
serde = { version = "1", features = ["derive"] }
[features]
websocket = ["chat-clients-runtime/websocket"]
[workspace]
TOML
    printf '//! Benchmark crate.\npub mod api;\n' > "$dir/src/lib.rs"
    l=$(lines "$dir/src")
    c=$(check_time "$dir" "$dir/check.log")
    [ "$c" = fail ] && c="fails: $(why "$dir/check.log")"
    ours="$warnings | $gen | $(thousands "$l") | $c"
  else
    ours="- | fails: $(why "$dir/extract.log") | | "
  fi

  if $ours_only; then
    printf '| %s | %s | %s | %s | | | |\n' "$name" "$format" "$n" "$ours"
    continue
  fi
  # progenitor.
  dir="$work/progenitor-$name"
  rm -rf "$dir"
  t=$(now)
  if cargo progenitor -i "$doc" -o "$dir" -n "bench-progenitor-$name" -v 0.1.0 >"$work/progenitor-$name.log" 2>&1; then
    gen=$(since "$t")
    printf '\n[workspace]\n' >> "$dir/Cargo.toml"
    l=$(lines "$dir/src")
    c=$(check_time "$dir" "$work/progenitor-$name.check.log")
    [ "$c" = fail ] && c="generates; does not compile: $(why "$work/progenitor-$name.check.log")"
    theirs="$gen | $(thousands "$l") | $c"
  else
    theirs=" | | fails: $(why "$work/progenitor-$name.log")"
  fi
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$format" "$n" "$ours" "$theirs"
done
