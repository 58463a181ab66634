#!/usr/bin/env bash
# insight-cost.sh: what issue 6 (vergelijken, statistieken, GEMMA-views, buren, advies, informatiestromen,
# register van verwerkingen, wijzigingen) adds to the build, side by side in one run.
#
# What it measures: `swc build` of the national demo catalogue (`swc demo --scale 1`) for both audiences,
# by swc as it was before issue 6 (BASE, default 0a8f1a7, built from git into tmpfs) and by this tree,
# interleaved, output on tmpfs in a fresh folder per run. Both get `--previous` (a mutated copy of the
# snapshot made by scripts/vorige-peildatum.py) so that the changes pages are made too.
# Two modes: `--no-downloads` (pages only: the strict ratio, since downloads sped up after BASE) and
# the default build with downloads.
# Target (issue 6): all of this adds at most 50% to the build.
# Method: one warm-up per configuration, then RUNS (default 3) rounds; medians of wall time and of
# user+sys CPU. Exit status 1 when the target is missed for the wall time of either audience.
# Run:     bench/insight-cost.sh              RUNS=5 MODES="pages" bench/insight-cost.sh
#          BASE_TREE=/path/to/checkout-of-BASE bench/insight-cost.sh   (reuses that checkout's build)
set -euo pipefail
RUNS=${RUNS:-3}
BASE=${BASE:-0a8f1a7}
MODES=${MODES:-"pages full"}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
W=/dev/shm/swc-insightbench-$$
trap 'git -C "$ROOT" worktree remove --force "$W/base" >/dev/null 2>&1 || true; rm -rf "$W"' EXIT
mkdir -p "$W/out"
[[ -x /usr/bin/time ]] || apt-get install -y -qq time >/dev/null
(cd "$ROOT" && swift build -c release --product swc >/dev/null)
cp "$ROOT/.build/release/swc" "$W/swc-nu"; cp -r "$ROOT/Templates" "$W/templates-nu"; cp -r "$ROOT/content" "$W/content-nu"
if [[ -n ${BASE_TREE:-} ]]; then  # a checkout of BASE with a release build already there saves a build
    base=$BASE_TREE
else
    git -C "$ROOT" worktree add -q --detach "$W/base" "$BASE"; base=$W/base
fi
(cd "$base" && swift build -c release --product swc >/dev/null)
cp "$base/.build/release/swc" "$W/swc-voor"; cp -r "$base/Templates" "$W/templates-voor"; cp -r "$base/content" "$W/content-voor"
"$W/swc-nu" demo --scale 1 --output "$W/data" >/dev/null 2>&1
python3 "$ROOT/scripts/vorige-peildatum.py" "$W/data" "$W/vorige" >/dev/null
k=0
run() {  # run AUDIENCE VERSION MODE LABEL
    local aud=$1 version=$2 mode=$3 label=$4 out extra=()
    k=$((k + 1)); out=$W/out/$aud-$version-$k
    [[ $mode == pages ]] && extra=(--no-downloads)
    /usr/bin/time -f "%e %U %S %M" -o "$W/time" "$W/swc-$version" build --quiet --data "$W/data" --content "$W/content-$version" \
        --templates "$W/templates-$version" --audience "$aud" --output "$out" --previous "$W/vorige" "${extra[@]}"
    local files
    files=$(find "$out" -type f | wc -l)
    echo "  $aud $version $mode $label: $(cat "$W/time") (wall user sys rssKB), $files files" >&2
    [[ $label == warmup ]] || echo "$aud $version $mode $(cat "$W/time") $files" >>"$W/results"
    rm -rf "$out"
}
for mode in $MODES; do
    for aud in publiek gemeenten; do run "$aud" voor "$mode" warmup; run "$aud" nu "$mode" warmup; done
    for i in $(seq 1 "$RUNS"); do
        echo "$mode round $i/$RUNS" >&2
        for aud in publiek gemeenten; do run "$aud" voor "$mode" "run $i"; run "$aud" nu "$mode" "run $i"; done
    done
done
python3 - "$W/results" "$RUNS" "$BASE" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
print(f"\n# insight-cost: swc build of swc demo --scale 1 with --previous, before issue 6 ({sys.argv[3]}) and now; medians of {sys.argv[2]} runs, tmpfs\n")
print(f"{'mode':<6} {'audience':<10} {'voor s':>7} {'nu s':>7} {'extra':>6} {'cpu voor':>9} {'cpu nu':>7} {'extra':>6} {'files voor':>10} {'files nu':>9}  result")
failed = False
for mode in dict.fromkeys(r[2] for r in rows):
    for aud in dict.fromkeys(r[0] for r in rows):
        sel = lambda v: [r for r in rows if r[0] == aud and r[1] == v and r[2] == mode]
        wall = {v: st.median(float(r[3]) for r in sel(v)) for v in ("voor", "nu")}
        cpu = {v: st.median(float(r[4]) + float(r[5]) for r in sel(v)) for v in ("voor", "nu")}
        extra, cextra = wall["nu"] / wall["voor"] - 1, cpu["nu"] / cpu["voor"] - 1
        ok = extra <= 0.5
        failed |= not ok
        print(f"{mode:<6} {aud:<10} {wall['voor']:>7.2f} {wall['nu']:>7.2f} {extra * 100:>5.0f}% {cpu['voor']:>9.2f} {cpu['nu']:>7.2f} {cextra * 100:>5.0f}% {sel('voor')[-1][7]:>10} {sel('nu')[-1][7]:>9}  {'PASS' if ok else 'FAIL'} (target: at most +50%)")
sys.exit(1 if failed else 0)
PY
