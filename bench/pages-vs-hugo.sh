#!/usr/bin/env bash
# pages-vs-hugo.sh: pages per second of swc against Hugo, on the same markdown pages, in one run.
#
# What it measures: bench/gen_pages.py writes N (default 10000) markdown pages of catalogue prose (seed 42,
# 300-600 words with headings, a list, a table, bold and links) over 20 folders, plus section indexes, home and 404.
# swc renders them through the project's own templates (a copy of Templates/: base layout with header, menu with
# the current page marked, breadcrumb, main, footer); Hugo renders the same bodies (goldmark) through an equivalent
# layout. Output goes to tmpfs (/dev/shm). One warm-up each, then RUNS (default 5) runs each, interleaved
# (hugo, swc, hugo, swc, ...), every run into a fresh output folder, timed with /usr/bin/time.
# Figures are the median wall time, user+sys CPU and peak RSS; pages/s = HTML pages / median wall.
# Target from the issue: swc at least 3x Hugo's pages per second.
#
# Run:     bench/pages-vs-hugo.sh                    (builds swc with `swift build -c release` first)
#          N=2000 RUNS=3 bench/pages-vs-hugo.sh      (smaller or shorter)
#          TOOLS=hugo bench/pages-vs-hugo.sh         (one tool only)
# Results: a table on stdout; progress on stderr. Work files live in /dev/shm/swc-bench-$$ and are removed on exit.
set -euo pipefail

N=${N:-10000}
RUNS=${RUNS:-5}
TOOLS=${TOOLS:-"hugo swc"}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
W=/dev/shm/swc-bench-$$
SWC=$W/swc
trap 'rm -rf "$W"' EXIT
log() { echo "$@" >&2; }

[[ -x /usr/bin/time ]] || { log "installing GNU time"; apt-get install -y -qq time >/dev/null; }
mkdir -p "$W/out" "$W/data"
# An empty catalogue: this benchmark measures editor pages through the layout, not catalogue pages.
echo '[]' > "$W/data/organisaties.json"

log "generating $N pages in $W"
python3 "$ROOT/bench/gen_pages.py" "$W" "$N"

if [[ $TOOLS == *swc* ]]; then
    log "building swc (release)"
    if ! (cd "$ROOT" && swift build -c release >"$W/swift-build.log" 2>&1); then
        log "swc does not build:"; grep -m 20 -E 'error' "$W/swift-build.log" >&2 || tail -20 "$W/swift-build.log" >&2
        exit 1
    fi
    # Snapshots: others may rebuild .build/release/swc or edit Templates/ while this runs.
    cp "$ROOT/.build/release/swc" "$W/swc"; cp -r "$ROOT/Templates" "$W/templates"
fi

# run TOOL LABEL: one build into a fresh folder; appends "tool wall user sys rssKB pages htmlbytes" unless LABEL is warmup.
k=0
run() {
    local tool=$1 label=$2 out
    k=$((k + 1)); out=$W/out/$tool-$k
    local cmd
    case $tool in
        hugo) cmd=(hugo --quiet -s "$W/hugo" -d "$out") ;;
        swc)  cmd=("$SWC" build --content "$W/content" --templates "$W/templates" --data "$W/data" --output "$out" --quiet) ;;
    esac
    if ! /usr/bin/time -f "%e %U %S %M" -o "$W/time" "${cmd[@]}" >"$W/stdout" 2>"$W/stderr"; then
        log "$tool failed ($label): ${cmd[*]}"; head -c 3000 "$W/stderr" >&2; head -c 1000 "$W/stdout" >&2
        exit 1
    fi
    local pages bytes
    pages=$(find "$out" -name '*.html' | wc -l)
    bytes=$(find "$out" -name '*.html' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
    log "  $tool $label: $(tail -1 "$W/time") (wall user sys rssKB), $pages pages"
    [[ $label == warmup ]] || echo "$tool $(tail -1 "$W/time") $pages $bytes" >>"$W/results"
    rm -rf "$out"  # delete between runs, never the folder the next run writes to
}

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)  # other work on the host skews the figures; reported below
log "warm-up"
for t in $TOOLS; do run "$t" warmup; done
for i in $(seq 1 "$RUNS"); do
    log "run $i/$RUNS"
    for t in $TOOLS; do run "$t" "run $i"; done
done

python3 - "$W/results" "$N" "$RUNS" "$LOAD0" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)" <<'EOF'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
print(f"\n# pages-vs-hugo: N={sys.argv[2]} markdown pages, output on tmpfs, median of {sys.argv[3]} runs each (after 1 warm-up)")
print(f"# {sys.argv[6]} CPUs; load average (1/5/15 min) at start {sys.argv[4]}, at end {sys.argv[5]}\n")
print(f"{'tool':<6} {'median wall s':>13} {'min-max s':>13} {'CPU s (u+s)':>12} {'max RSS MiB':>12} {'pages':>7} {'pages/s':>9} {'mean page KB':>13}")
rate, pages = {}, {}
for tool in dict.fromkeys(r[0] for r in rows):
    rs = [r for r in rows if r[0] == tool]
    wall = [float(r[1]) for r in rs]
    cpu = st.median(float(r[2]) + float(r[3]) for r in rs)
    rss = max(int(r[4]) for r in rs) / 1024
    p = int(rs[-1][5]); b = int(rs[-1][6])
    rate[tool], pages[tool] = p / st.median(wall), p
    print(f"{tool:<6} {st.median(wall):>13.2f} {min(wall):>6.2f}-{max(wall):<6.2f} {cpu:>12.2f} {rss:>12.0f} {p:>7} {rate[tool]:>9.0f} {b / p / 1000:>13.1f}")
    if len({r[5] for r in rs}) > 1: print(f"  warning: {tool} page counts differ between runs: {sorted({r[5] for r in rs})}")
if "hugo" in rate and "swc" in rate:
    h, s = pages["hugo"], pages["swc"]
    print(f"\nHTML pages: hugo {h}, swc {s}" + ("" if abs(h - s) <= 0.01 * max(h, s) else "  <- NOT comparable (differ by more than 1%)"))
    ratio = rate["swc"] / rate["hugo"]
    print(f"ratio swc/hugo pages per second: {ratio:.2f}x  -> target 3x {'MET' if ratio >= 3 else 'NOT met'}")
EOF
