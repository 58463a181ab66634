#!/usr/bin/env bash
# insight-cost.sh: what issue 6 (vergelijken, statistieken, GEMMA-views, buren, advies, informatiestromen,
# register van verwerkingen, wijzigingen) adds to the build, side by side in one run.
#
# What it measures: `swc build` of the national demo catalogue (`swc demo --scale 1`) for both audiences,
# the same binary with the insight pages and with `--no-insight` (the same site without any insight page
# or link), interleaved, output on tmpfs in a fresh folder per run. Both get `--previous` (a mutated copy
# of the snapshot made by scripts/vorige-peildatum.py), so the changes pages and feeds are made too.
# Two modes: `pages` (both with `--no-downloads`: the strict ratio, downloads are the same either way
# and only dilute it) and `full` (the default build, with downloads).
# Target (issue 6): all of this adds at most 50% to the build.
# Method: one warm-up per configuration, then RUNS (default 5) rounds; medians of wall time and of
# user+sys CPU (steadier on a shared machine), and the median of each round's own pair (CPU, met over the
# zonder run just before it), which a noisy round moves least. Exit status 1 when the target is missed on wall or CPU
# time in either audience and mode.
# Run:     bench/insight-cost.sh              RUNS=3 MODES="pages" bench/insight-cost.sh
set -euo pipefail
RUNS=${RUNS:-5}
MODES=${MODES:-"pages full"}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
W=/dev/shm/swc-insightbench-$$
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/out"
[[ -x /usr/bin/time ]] || apt-get install -y -qq time >/dev/null
(cd "$ROOT" && swift build -c release --product swc >/dev/null)
cp "$ROOT/.build/release/swc" "$W/swc"; cp -r "$ROOT/Templates" "$W/templates"; cp -r "$ROOT/content" "$W/content"
"$W/swc" demo --scale 1 --output "$W/data" >/dev/null 2>&1
python3 "$ROOT/scripts/vorige-peildatum.py" "$W/data" "$W/vorige" >/dev/null
k=0
run() {  # run AUDIENCE VARIANT MODE LABEL, VARIANT met (with insight) or zonder (--no-insight)
    local aud=$1 variant=$2 mode=$3 label=$4 out extra=()
    k=$((k + 1)); out=$W/out/$aud-$variant-$k
    [[ $mode == pages ]] && extra+=(--no-downloads)
    [[ $variant == zonder ]] && extra+=(--no-insight)
    /usr/bin/time -f "%e %U %S %M" -o "$W/time" "$W/swc" build --quiet --data "$W/data" --content "$W/content" \
        --templates "$W/templates" --audience "$aud" --output "$out" --previous "$W/vorige" "${extra[@]}"
    local files
    files=$(find "$out" -type f | wc -l)
    echo "  $aud $variant $mode $label: $(cat "$W/time") (wall user sys rssKB), $files files" >&2
    [[ $label == warmup ]] || echo "$aud $variant $mode $(cat "$W/time") $files" >>"$W/results"
    rm -rf "$out"
}
for mode in $MODES; do
    for aud in publiek gemeenten; do run "$aud" zonder "$mode" warmup; run "$aud" met "$mode" warmup; done
    for i in $(seq 1 "$RUNS"); do
        echo "$mode round $i/$RUNS" >&2
        for aud in publiek gemeenten; do run "$aud" zonder "$mode" "run $i"; run "$aud" met "$mode" "run $i"; done
    done
done
python3 - "$W/results" "$RUNS" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
print(f"\n# insight-cost: swc build of swc demo --scale 1 with --previous, with --no-insight (zonder) and with the insight pages (met); medians of {sys.argv[2]} runs, tmpfs\n")
print(f"{'mode':<6} {'audience':<10} {'zonder s':>8} {'met s':>7} {'extra':>6} {'cpu zonder':>10} {'cpu met':>8} {'extra':>6} {'paired cpu':>10} {'files zonder':>12} {'files met':>9}  result")
failed = False
for mode in dict.fromkeys(r[2] for r in rows):
    for aud in dict.fromkeys(r[0] for r in rows):
        sel = lambda v: [r for r in rows if r[0] == aud and r[1] == v and r[2] == mode]
        wall = {v: st.median(float(r[3]) for r in sel(v)) for v in ("zonder", "met")}
        cpu = {v: st.median(float(r[4]) + float(r[5]) for r in sel(v)) for v in ("zonder", "met")}
        extra, cextra = wall["met"] / wall["zonder"] - 1, cpu["met"] / cpu["zonder"] - 1
        # Each round's own pair, met against the zonder run just before it: steadier than two medians.
        paired = st.median((float(m[4]) + float(m[5])) / (float(z[4]) + float(z[5])) - 1 for z, m in zip(sel("zonder"), sel("met")))
        ok = extra <= 0.5 and cextra <= 0.5 and paired <= 0.5
        failed |= not ok
        print(f"{mode:<6} {aud:<10} {wall['zonder']:>8.2f} {wall['met']:>7.2f} {extra * 100:>5.0f}% {cpu['zonder']:>10.2f} {cpu['met']:>8.2f} {cextra * 100:>5.0f}% {paired * 100:>9.0f}% {sel('zonder')[-1][7]:>12} {sel('met')[-1][7]:>9}  {'PASS' if ok else 'FAIL'} (target: at most +50%)")
sys.exit(1 if failed else 0)
PY
