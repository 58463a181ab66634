#!/usr/bin/env bash
# What the GEMMA views add to the build: a build of the commit before them (BASIS) against this
# one, interleaved, both audiences, on the same data; medians of CPU time (user + sys) and wall.
# usage: bench/gemma-views-cost.sh BASIS_SWC BASIS_MAP DATA [RONDES]
#   BASIS_SWC  a release `swc` built from the commit before the views (e.g. in /tmp: git worktree + swift build -c release)
#   BASIS_MAP  its project folder (content/ and Templates/ of that commit)
#   DATA       a data folder, e.g. from `swc demo --scale 1 --output /dev/shm/data1`
# Output goes to tmpfs (/dev/shm), a fresh folder per run.
set -euo pipefail
basis=${1:?BASIS_SWC}; basisdir=${2:?BASIS_MAP}; data=${3:?DATA}; rounds=${4:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
log=$(mktemp)
for round in $(seq "$rounds"); do
  for audience in publiek gemeenten; do
    for which in basis views; do
      if [ $which = basis ]; then exe=$basis; dir=$basisdir; else exe=$here/.build/release/swc; dir=$here; fi
      out=/dev/shm/gemma-views-cost-$which-$audience-$$
      rm -rf "$out"
      (cd "$dir" && /usr/bin/time -f "$audience $which %e %U %S" -a -o "$log" "$exe" build --audience "$audience" --data "$data" --output "$out" >/dev/null 2>&1)
      rm -rf "$out"
    done
  done
done
python3 - "$log" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if len(l.split()) == 5]
for audience in ("publiek", "gemeenten"):
    cpu = {w: statistics.median(float(r[3]) + float(r[4]) for r in rows if r[0] == audience and r[1] == w) for w in ("basis", "views")}
    wall = {w: statistics.median(float(r[2]) for r in rows if r[0] == audience and r[1] == w) for w in ("basis", "views")}
    print(f"{audience}: CPU {cpu['basis']:.2f} -> {cpu['views']:.2f} s ({(cpu['views'] / cpu['basis'] - 1) * 100:+.1f}%), "
          f"wall {wall['basis']:.2f} -> {wall['views']:.2f} s ({(wall['views'] / wall['basis'] - 1) * 100:+.1f}%)")
PY
rm -f "$log"
