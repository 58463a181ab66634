#!/usr/bin/env bash
# downloads-cost.sh: what the downloads (CSV, XLSX, ArchiMate) add to the build, side by side in one run.
#
# What it measures: `swc build` of the national demo catalogue (`swc demo --scale 1`) for both audiences,
# with the downloads and with `--no-downloads`, interleaved, output on tmpfs in a fresh folder per run.
# Target (issue 4): the downloads add at most 50% to the build time of the same build without them.
# Method: one warm-up per configuration, then RUNS (default 5) rounds; medians of wall time and of CPU time
# (user + sys, steadier than wall on a shared machine), and the number and bytes of the download files.
# Exit status 1 when the target is missed (judged on wall time, as the issue words it).
# Run:     bench/downloads-cost.sh          (builds swc with `swift build -c release` first)
#          RUNS=3 bench/downloads-cost.sh
set -euo pipefail
RUNS=${RUNS:-5}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
W=/dev/shm/swc-dlbench-$$
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/out"
[[ -x /usr/bin/time ]] || apt-get install -y -qq time >/dev/null
(cd "$ROOT" && swift build -c release --product swc >/dev/null)
cp "$ROOT/.build/release/swc" "$W/swc"; cp -r "$ROOT/Templates" "$W/templates"; cp -r "$ROOT/content" "$W/content"
"$W/swc" demo --scale 1 --output "$W/data" >/dev/null 2>&1
k=0
run() {  # run AUDIENCE MODE LABEL
    local aud=$1 mode=$2 label=$3 out extra=()
    k=$((k + 1)); out=$W/out/$aud-$mode-$k
    [[ $mode == zonder ]] && extra=(--no-downloads)
    /usr/bin/time -f "%e %U %S %M" -o "$W/time" "$W/swc" build --quiet --data "$W/data" --content "$W/content" --templates "$W/templates" \
        --audience "$aud" --output "$out" "${extra[@]}"
    local files bytes
    files=$(find "$out" \( -name '*.csv' -o -name '*.xlsx' -o -name '*-archimate.xml' -o -name '*-landschap.xml' -o -name '*-koppelingen.xml' \) | wc -l)
    bytes=$(find "$out" \( -name '*.csv' -o -name '*.xlsx' -o -name '*-archimate.xml' -o -name '*-landschap.xml' -o -name '*-koppelingen.xml' \) -printf '%s\n' | awk '{s += $1} END {print s + 0}')
    echo "  $aud $mode $label: $(cat "$W/time") (wall user sys rssKB), $files downloads" >&2
    [[ $label == warmup ]] || echo "$aud $mode $(cat "$W/time") $files $bytes" >>"$W/results"
    rm -rf "$out"
}
for aud in publiek gemeenten; do run "$aud" met warmup; run "$aud" zonder warmup; done
for i in $(seq 1 "$RUNS"); do
    echo "round $i/$RUNS" >&2
    for aud in publiek gemeenten; do run "$aud" zonder "run $i"; run "$aud" met "run $i"; done
done
python3 - "$W/results" "$RUNS" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
print(f"\n# downloads-cost: swc build of swc demo --scale 1, with and without downloads; medians of {sys.argv[2]} runs, tmpfs\n")
print(f"{'audience':<10} {'zonder s':>9} {'met s':>9} {'extra':>7} {'cpu zonder':>11} {'cpu met':>8} {'extra':>7} {'downloads':>10} {'MB':>7}  result")
failed = False
for aud in dict.fromkeys(r[0] for r in rows):
    wall = {m: st.median(float(r[2]) for r in rows if r[0] == aud and r[1] == m) for m in ("zonder", "met")}
    cpu = {m: st.median(float(r[3]) + float(r[4]) for r in rows if r[0] == aud and r[1] == m) for m in ("zonder", "met")}
    last = [r for r in rows if r[0] == aud and r[1] == "met"][-1]
    extra = wall["met"] / wall["zonder"] - 1
    ok = extra <= 0.5
    failed |= not ok
    print(f"{aud:<10} {wall['zonder']:>9.2f} {wall['met']:>9.2f} {extra * 100:>6.0f}% {cpu['zonder']:>11.2f} {cpu['met']:>8.2f}"
          f" {(cpu['met'] / cpu['zonder'] - 1) * 100:>6.0f}% {int(last[6]):>10} {int(last[7]) / 1e6:>7.1f}  {'PASS' if ok else 'FAIL'} (target: at most +50%)")
sys.exit(1 if failed else 0)
PY
