#!/usr/bin/env bash
# catalogue-vs-hugo.sh: the catalogue build of swc against Hugo, side by side in one run, plus swc's memory and
# how it scales.
#
# What it measures:
# 1. `swc build` of the national demo catalogue (`swc demo --scale 1`: ~6,100 applicaties, ~61,000 gebruik) for both
#    audiences (publiek, gemeenten), against Hugo rendering the same pages from the same data.
#    bench/catalogue_hugo_site.py writes the Hugo site: the same records as data files keyed by id, reverse lookups
#    prepared once outside the timed runs, one content stub per catalogue page with swc's slug, the editor pages
#    from content/, and layouts equivalent to Templates/*.mustache (lookups by id, lists, tables, markdown,
#    A–Z overviews). The audience is a Hugo environment (`-e publiek` / `-e gemeenten`).
#    Target: swc at least 3x Hugo's pages per second. Both build the pages only: swc with --no-downloads and
#    without the search page (its index is measured by bench/search-vs-pagefind.sh).
# 2. swc's peak RSS at scale 1. Target: at most 1 GiB.
# 3. swc at scale 4 (`swc demo --scale 4`) against scale 1, per audience. Target: wall time and peak RSS each at
#    most 4.5x the scale-1 figure.
# 4. bench/gemma-vs-xmllint.sh (loading gemma.xml against xmllint), run at the end if present; its summary line.
# Method: output on tmpfs (/dev/shm), a fresh output folder per run, one warm-up per configuration, then RUNS
# (default 5) rounds at scale 1, interleaved (hugo, swc per audience); the first RUNS4 (default 3) rounds also run
# swc at scale 4. Timed with /usr/bin/time -f "%e %U %S %M". Figures are medians of wall and user+sys CPU, and the
# maximum peak RSS over the runs; pages/s = HTML pages / median wall.
#
# Run:     bench/catalogue-vs-hugo.sh                   (builds swc with `swift build -c release` first)
#          RUNS=3 RUNS4=1 bench/catalogue-vs-hugo.sh    (shorter)
#          AUDIENCES=publiek SCALE4=0 GEMMA=0 bench/catalogue-vs-hugo.sh
# Results: a table on stdout; progress on stderr; exit status 1 when a target is missed. Work files live in
# /dev/shm/swc-catbench-$$ and are removed on exit. If swc does not build or run (someone else's change in
# progress), it waits WAIT seconds (default 180) and tries again, up to TRIES (default 5) times.
set -euo pipefail

RUNS=${RUNS:-5}
RUNS4=${RUNS4:-3}
SCALE4=${SCALE4:-1}
GEMMA=${GEMMA:-1}
AUDIENCES=${AUDIENCES:-"publiek gemeenten"}
TRIES=${TRIES:-5}
WAIT=${WAIT:-180}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
W=/dev/shm/swc-catbench-$$
SWC=$W/swc
trap 'rm -rf "$W"' EXIT
log() { echo "$@" >&2; }

[[ -x /usr/bin/time ]] || { log "installing GNU time"; apt-get install -y -qq time >/dev/null; }
command -v hugo >/dev/null || { log "hugo ontbreekt (apt-get install hugo)"; exit 2; }
mkdir -p "$W/out"

# Build swc, snapshot it with Templates/ and content/ (others may rebuild or edit them while this runs), generate
# the demo catalogues and build each once. Any failure: the caller waits and tries again.
prepare() {
    rm -rf "$W/swc" "$W/templates" "$W/content" "$W/data1" "$W/data4" "$W/try"
    if ! (cd "$ROOT" && swift build -c release >"$W/swift-build.log" 2>&1); then
        log "swc does not build:"; grep -m 20 -E 'error' "$W/swift-build.log" >&2 || tail -20 "$W/swift-build.log" >&2
        return 1
    fi
    cp "$ROOT/.build/release/swc" "$W/swc"; cp -r "$ROOT/Templates" "$W/templates"; cp -r "$ROOT/content" "$W/content"
    # Pages only, on both sides: no search page (and so no index or facet pages; bench/search-vs-pagefind.sh
    # measures search) and no downloads (--no-downloads below; bench/downloads-cost.sh measures them).
    rm -rf "$W/content/zoeken"
    sed -i '/(\/zoeken\/)/d' "$W/content/menu.md"
    log "generating the demo catalogue (scale 1$([[ $SCALE4 == 1 ]] && echo ' and 4'))"
    "$SWC" demo --scale 1 --output "$W/data1" >"$W/demo.log" 2>&1 || { log "swc demo --scale 1 failed:"; tail -20 "$W/demo.log" >&2; return 1; }
    if [[ $SCALE4 == 1 ]]; then
        "$SWC" demo --scale 4 --output "$W/data4" >"$W/demo.log" 2>&1 || { log "swc demo --scale 4 failed:"; tail -20 "$W/demo.log" >&2; return 1; }
    fi
    "$SWC" build --data "$W/data1" --content "$W/content" --templates "$W/templates" --output "$W/try" --quiet >"$W/try.log" 2>&1 \
        || { log "swc build of the scale-1 catalogue failed:"; head -c 3000 "$W/try.log" >&2; return 1; }
    rm -rf "$W/try"
}
for try in $(seq 1 "$TRIES"); do
    log "building swc (release), try $try/$TRIES"
    prepare && break
    [[ $try == "$TRIES" ]] && { log "giving up: swc does not build or run"; exit 1; }
    log "waiting ${WAIT}s for the work in progress to settle"; sleep "$WAIT"
done

log "writing the Hugo site from the scale-1 data"
python3 "$ROOT/bench/catalogue_hugo_site.py" "$W/data1" "$W/content" "$W/templates" "$W/hugo"

# run TOOL SCALE AUDIENCE LABEL: one build into a fresh folder; appends
# "tool scale audience wall user sys rssKB pages htmlbytes" unless LABEL is warmup.
k=0
run() {
    local tool=$1 scale=$2 aud=$3 label=$4 out cmd
    k=$((k + 1)); out=$W/out/$tool-$scale-$aud-$k
    case $tool in
        hugo) cmd=(hugo --quiet -s "$W/hugo" -d "$out" -e "$aud") ;;
        # --no-downloads: Hugo renders the pages only, so swc does too; what the downloads (CSV, XLSX,
        # ArchiMate) add is measured by bench/downloads-cost.sh.
        swc)  cmd=("$SWC" build --data "$W/data$scale" --content "$W/content" --templates "$W/templates"
                   --audience "$aud" --output "$out" --quiet --no-downloads) ;;
    esac
    if ! /usr/bin/time -f "%e %U %S %M" -o "$W/time" "${cmd[@]}" >"$W/stdout" 2>"$W/stderr"; then
        log "$tool failed ($label): ${cmd[*]}"; head -c 3000 "$W/stderr" >&2; head -c 1000 "$W/stdout" >&2
        exit 1
    fi
    local pages bytes
    pages=$(find "$out" -name '*.html' | wc -l)  # every page, including swc's redirect and "verwijderd" pages
    bytes=$(find "$out" -name '*.html' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
    log "  $tool scale $scale $aud $label: $(tail -1 "$W/time") (wall user sys rssKB), $pages pages"
    [[ $label == warmup ]] || echo "$tool $scale $aud $(tail -1 "$W/time") $pages $bytes" >>"$W/results"
    rm -rf "$out"  # delete between runs, never the folder the next run writes to
}

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)  # other work on the host skews the figures; reported below
log "warm-up"
for a in $AUDIENCES; do
    run hugo 1 "$a" warmup; run swc 1 "$a" warmup
    [[ $SCALE4 == 1 ]] && run swc 4 "$a" warmup
done
for i in $(seq 1 "$RUNS"); do
    log "round $i/$RUNS"
    for a in $AUDIENCES; do
        run hugo 1 "$a" "run $i"; run swc 1 "$a" "run $i"
        if [[ $SCALE4 == 1 && $i -le $RUNS4 ]]; then run swc 4 "$a" "run $i"; fi
    done
done
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)

GEMMA_LINE="not run"
if [[ $GEMMA == 1 && -x $ROOT/bench/gemma-vs-xmllint.sh ]]; then
    log "running bench/gemma-vs-xmllint.sh"
    if "$ROOT/bench/gemma-vs-xmllint.sh" >"$W/gemma.out" 2>"$W/gemma.err"; then g=PASS; else g="FAIL (exit $?)"; fi
    # Its summary is the line with the ratio; fall back to its last line.
    GEMMA_LINE="$(grep -iE 'ratio|target' "$W/gemma.out" | tail -1 || true)"
    [[ -n $GEMMA_LINE ]] || GEMMA_LINE="$(tail -1 "$W/gemma.out" 2>/dev/null || true)"
    [[ -n $GEMMA_LINE ]] || GEMMA_LINE="no output; stderr: $(tail -3 "$W/gemma.err" | tr '\n' ' ')"
    ms=$(awk '$1 == "xmllint" || $1 == "swc-gemma" {printf "%s%s %s ms", sep, $1, $3; sep = ", "}' "$W/gemma.out" || true)
    GEMMA_LINE="$GEMMA_LINE${ms:+ ($ms)} [$g]"
elif [[ $GEMMA == 1 ]]; then
    GEMMA_LINE="bench/gemma-vs-xmllint.sh not present"
fi

python3 - "$W/results" "$RUNS" "$RUNS4" "$LOAD0" "$LOAD1" "$(nproc)" "$GEMMA_LINE" "$(hugo version | cut -d' ' -f2)" <<'EOF'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
runs, runs4, load0, load1, cpus, gemma, hv = sys.argv[2:9]
has4 = any(r[1] == "4" for r in rows)
print(f"\n# catalogue-vs-hugo: swc demo catalogue, output on tmpfs; scale 1: median of {runs} runs" + (f", scale 4: median of {runs4}" if has4 else "") + " (after 1 warm-up each)")
print(f"# hugo {hv}; {cpus} CPUs; load average (1/5/15 min) at start {load0}, at end {load1}\n")
print(f"{'tool':<5} {'scale':>5} {'audience':<9} {'median wall s':>13} {'min-max s':>13} {'CPU s (u+s)':>12} {'max RSS MiB':>12} {'pages':>7} {'pages/s':>8} {'HTML MB':>8}")
fig = {}
for key in dict.fromkeys((r[0], r[1], r[2]) for r in rows):
    rs = [r for r in rows if (r[0], r[1], r[2]) == key]
    wall = [float(r[3]) for r in rs]
    cpu = st.median(float(r[4]) + float(r[5]) for r in rs)
    rss = max(int(r[6]) for r in rs) / 1024
    p, b = int(rs[-1][7]), int(rs[-1][8])
    f = fig[key] = {"wall": st.median(wall), "rss": rss, "pages": p, "rate": p / st.median(wall)}
    print(f"{key[0]:<5} {key[1]:>5} {key[2]:<9} {f['wall']:>13.2f} {min(wall):>6.2f}-{max(wall):<6.2f} {cpu:>12.2f} {rss:>12.0f} {p:>7} {f['rate']:>8.0f} {b / 1e6:>8.1f}")
    if len({r[7] for r in rs}) > 1: print(f"  warning: page counts differ between runs: {sorted({r[7] for r in rs})}")

print(f"\n{'target':<58} {'measured':>22}  result")
failed = False
def target(name, value, ok):
    global failed
    failed |= not ok
    print(f"{name:<58} {value:>22}  {'PASS' if ok else 'FAIL'}")
auds = list(dict.fromkeys(k[2] for k in fig))
for a in auds:
    h, s = fig.get(("hugo", "1", a)), fig.get(("swc", "1", a))
    if h and s:
        same = abs(h["pages"] - s["pages"]) <= 0.02 * max(h["pages"], s["pages"])
        print(f"HTML pages, scale 1, {a}: hugo {h['pages']}, swc {s['pages']}" + ("" if same else "  <- NOT comparable (differ by more than 2%)"))
for a in auds:
    h, s = fig.get(("hugo", "1", a)), fig.get(("swc", "1", a))
    if h and s:
        target(f"1. swc/hugo pages per second, scale 1, {a} (>= 3x)", f"{s['rate']:.0f}/{h['rate']:.0f} = {s['rate'] / h['rate']:.2f}x", s["rate"] / h["rate"] >= 3)
rss1 = [f["rss"] for k, f in fig.items() if k[0] == "swc" and k[1] == "1"]
if rss1:
    target("2. swc peak RSS, scale 1, any audience (<= 1024 MiB)", f"{max(rss1):.0f} MiB", max(rss1) <= 1024)
for a in auds:
    s1, s4 = fig.get(("swc", "1", a)), fig.get(("swc", "4", a))
    if s1 and s4:
        target(f"3. swc wall time scale 4 / scale 1, {a} (<= 4.5x)", f"{s4['wall']:.2f}/{s1['wall']:.2f} s = {s4['wall'] / s1['wall']:.2f}x", s4["wall"] / s1["wall"] <= 4.5)
        target(f"3. swc peak RSS scale 4 / scale 1, {a} (<= 4.5x)", f"{s4['rss']:.0f}/{s1['rss']:.0f} MiB = {s4['rss'] / s1['rss']:.2f}x", s4["rss"] / s1["rss"] <= 4.5)
print(f"4. gemma.xml vs xmllint (bench/gemma-vs-xmllint.sh): {gemma}")
sys.exit(1 if failed else 0)
EOF
