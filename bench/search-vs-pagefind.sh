#!/usr/bin/env bash
# search-vs-pagefind.sh: swc's search (/zoeken/) against Pagefind on the same built site, in one run.
#
# What it measures, on the pages of `swc demo --scale 1` (publiek, --no-downloads, output on tmpfs):
# 1. Build time. swc with its search against the same build without it (a copy of content/ without the page
#    zoeken/index.md and its menu line: no page, no index), interleaved; Pagefind (PyPI pagefind-bin, in a
#    venv) indexing that built site: `python -m pagefind_bin --site DIR`. Target (issue 5): the search adds
#    at most 20% to the build.
# 2. Bytes per query, for "zaak", "zaaksysteem", "stuf zkn", "belasting" and "GGD": each in a fresh headless
#    Chromium against a local server, counting from the server's log what the engine's client fetched
#    (bench/search_bytes.py says exactly what is counted). Target: swc at most Pagefind's.
# Method: one warm-up per configuration, then RUNS (default 5) rounds for the build, PF_RUNS (default 3) for
# Pagefind; medians. Bytes are measured once (they do not vary), raw as served and as a gzip server sends them.
# Run:     bench/search-vs-pagefind.sh                  (builds swc with `swift build -c release` first)
#          RUNS=3 PF_RUNS=1 bench/search-vs-pagefind.sh
#          SCRATCH=/tmp/build-x bench/search-vs-pagefind.sh (another build folder)
# Needs:   chromium and chromium-driver from Debian; python3-venv; PyPI selenium and pagefind-bin (installed
#          into a venv here). Work files in /dev/shm/swc-zoekbench-$$, removed on exit. Exit 1 when a target is missed.
set -euo pipefail
RUNS=${RUNS:-5}
PF_RUNS=${PF_RUNS:-3}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRATCH=${SCRATCH:-$ROOT/.build}
W=/dev/shm/swc-zoekbench-$$
trap 'rm -rf "$W"' EXIT
log() { echo "$@" >&2; }
mkdir -p "$W/out"
[[ -x /usr/bin/time ]] || apt-get install -y -qq time >/dev/null
[[ -x /usr/bin/chromedriver ]] || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }

log "building swc (release) and the demo catalogue"
(cd "$ROOT" && swift build -c release --product swc --scratch-path "$SCRATCH" >"$W/swift-build.log" 2>&1) || { grep -m 20 error "$W/swift-build.log" >&2; exit 2; }
cp "$SCRATCH/release/swc" "$W/swc"; cp -r "$ROOT/Templates" "$W/templates"; cp -r "$ROOT/content" "$W/met"
cp -r "$ROOT/content" "$W/zonder"; rm -rf "$W/zonder/zoeken"; sed -i '\#(/zoeken/)#d' "$W/zonder/menu.md"
"$W/swc" demo --scale 1 --output "$W/data" >/dev/null 2>&1
python3 -m venv "$W/venv"
"$W/venv/bin/pip" install -q selenium pagefind-bin

k=0
build() {  # build met|zonder LABEL
    k=$((k + 1))
    local out=$W/out/$1-$k
    /usr/bin/time -f "%e %U %S" -o "$W/time" "$W/swc" build --quiet --no-downloads --data "$W/data" --content "$W/$1" \
        --templates "$W/templates" --output "$out"
    log "  swc $1 $2: $(cat "$W/time") (wall user sys)"
    [[ $2 == warmup ]] || echo "swc-$1 $(cat "$W/time")" >>"$W/results"
    if [[ $1 == met && ! -d $W/site ]]; then mv "$out" "$W/site"; else rm -rf "$out"; fi
}
build met warmup; build zonder warmup
for i in $(seq 1 "$RUNS"); do log "round $i/$RUNS"; build zonder "run $i"; build met "run $i"; done

pagefind() {  # pagefind LABEL: indexes a fresh copy of the site built with search
    rm -rf "$W/pf"; cp -r "$W/site" "$W/pf"
    /usr/bin/time -f "%e %U %S" -o "$W/time" "$W/venv/bin/python" -m pagefind_bin --site "$W/pf" --quiet
    log "  pagefind $1: $(cat "$W/time") (wall user sys)"
    [[ $1 == warmup ]] || echo "pagefind $(cat "$W/time")" >>"$W/results"
}
pagefind warmup
for i in $(seq 1 "$PF_RUNS"); do pagefind "run $i"; done

log "bytes per query (fresh Chromium per query)"
"$W/venv/bin/python" "$ROOT/bench/search_bytes.py" "$W/pf" zaak zaaksysteem "stuf zkn" belasting GGD >"$W/bytes"
index_bytes=$(du -sb "$W/site/zoeken/data" | cut -f1); index_files=$(find "$W/site/zoeken/data" -type f | wc -l)
pf_bytes=$(du -sb "$W/pf/pagefind" | cut -f1); pf_files=$(find "$W/pf/pagefind" -type f | wc -l)

python3 - "$W/results" "$W/bytes" "$RUNS" "$PF_RUNS" "$index_bytes" "$index_files" "$pf_bytes" "$pf_files" <<'PY'
import json, statistics as st, sys
results, bytes_file, runs, pf_runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
index_bytes, index_files, pf_bytes, pf_files = map(int, sys.argv[5:9])
rows = [l.split() for l in open(results)]
wall = {name: st.median(float(r[1]) for r in rows if r[0] == name) for name in ("swc-zonder", "swc-met", "pagefind")}
extra = wall["swc-met"] / wall["swc-zonder"] - 1
print(f"\n# search-vs-pagefind: swc demo --scale 1, publiek, --no-downloads; medians of {runs} builds and {pf_runs} Pagefind runs, tmpfs\n")
print(f"build without search {wall['swc-zonder']:.2f} s, with search {wall['swc-met']:.2f} s: the search adds "
      f"{wall['swc-met'] - wall['swc-zonder']:.2f} s = {extra * 100:.0f}%   {'PASS' if extra <= 0.2 else 'FAIL'} (target: at most +20%)")
print(f"Pagefind indexing the same site: {wall['pagefind']:.2f} s")
print(f"index on disk: swc {index_bytes / 1e6:.1f} MB in {index_files} files; Pagefind {pf_bytes / 1e6:.1f} MB in {pf_files} files\n")
measured = [json.loads(l) for l in open(bytes_file)]
print(f"{'query':<14} {'swc KB raw':>10} {'gzip':>7} {'req':>4} {'hits':>6} {'ms':>5}   {'Pagefind KB raw':>15} {'gzip':>7} {'req':>4} {'hits':>6} {'ms':>5}  result")
failed = extra > 0.2
for query in dict.fromkeys(m["query"] for m in measured):
    ours = next(m for m in measured if m["query"] == query and m["engine"] == "swc")
    theirs = next(m for m in measured if m["query"] == query and m["engine"] == "pagefind")
    ok = ours["raw"] <= theirs["raw"] and ours["gzip"] <= theirs["gzip"]
    failed |= not ok
    print(f"{query!r:<14} {ours['raw'] / 1024:>10.1f} {ours['gzip'] / 1024:>7.1f} {ours['requests']:>4} {ours['results']:>6} {ours['ms']:>5}   "
          f"{theirs['raw'] / 1024:>15.1f} {theirs['gzip'] / 1024:>7.1f} {theirs['requests']:>4} {theirs['results']:>6} {theirs['ms']:>5}  "
          f"{'PASS' if ok else 'FAIL'}")
print("\nhits: swc counts records (AND of the words), Pagefind pages; ms: from the query to 10 results shown (swc) or their data (Pagefind), cold")
sys.exit(1 if failed else 0)
PY
