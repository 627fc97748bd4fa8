#!/usr/bin/env bash
# The decode/encode benchmark (`tests/benches/decode.rs`) run ROUNDS times (default 5), and
# the median of each pair's paired ratio (generated / serde-derived: the time of each run of
# one summed beside the run of the other next to it) over the rounds, as the README gives it.
#
#   scripts/bench-decode.sh [ROUNDS] [FILTER]
set -euo pipefail
rounds=${1:-5}
filter=${2:-}
cd "$(dirname "$0")/.."
cargo bench -p chatgen-tests --bench decode --no-run >/dev/null 2>&1
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for round in $(seq "$rounds"); do
    echo "round $round/$rounds" >&2
    cargo bench -p chatgen-tests --bench decode -- --noplot ${filter:+"$filter"} 2>/dev/null |
        grep '^paired ' >>"$out"
done
python3 - "$out" <<'PY'
import statistics, sys
ratios = {}
for line in open(sys.argv[1]):
    group, ratio = line[len('paired '):].split(': generated / derived = ')
    ratios.setdefault(group, []).append(float(ratio))
print(f"{'group':<30} {'median':>7}  rounds")
for group, rs in ratios.items():
    print(f"{group:<30} {statistics.median(rs):7.3f}  {' '.join(f'{r:.3f}' for r in rs)}")
PY
