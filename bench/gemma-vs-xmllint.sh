#!/usr/bin/env bash
# gemma-vs-xmllint.sh: time to load the GEMMA model with our reader against `xmllint --noout`, in one run.
#
# What it measures: bench/gemma_driver.swift reads FILE and calls GemmaReader.read (UTF-8 check, tokenizing,
# building the model with its views), then prints counts. It is compiled here with the Diagnostics and Gemma
# sources in one `swiftc -O -wmo` run (no executable target needed in Package.swift). xmllint only parses
# (libxml2, no schema, no output). One warm-up each, then RUNS (default 5) runs each, interleaved
# (xmllint, driver, xmllint, ...), timed with /usr/bin/time -f "%e %M" and, for millisecond precision,
# with date +%s%N around the same call. Figures are medians. Target: driver ≤ 3× xmllint's wall time.
#
# Run:     bench/gemma-vs-xmllint.sh
#          FILE=other.xml RUNS=9 bench/gemma-vs-xmllint.sh
# Results: a table on stdout; progress on stderr; exit status 1 when the target is missed.
set -euo pipefail

RUNS=${RUNS:-5}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FILE=${FILE:-$(cd "$ROOT/.." && pwd)/shared/fixtures/ameff/gemma-release-from-coarchi.xml}
W=$(mktemp -d /tmp/gemma-bench-XXXXXX)
trap 'rm -rf "$W"' EXIT
log() { echo "$@" >&2; }

[[ -r $FILE ]] || { log "bestand ontbreekt: $FILE"; exit 2; }
command -v xmllint >/dev/null || { log "xmllint ontbreekt (apt-get install libxml2-utils)"; exit 2; }
[[ -x /usr/bin/time ]] || { log "GNU time ontbreekt (apt-get install time)"; exit 2; }

log "compiling the driver (swiftc -O -wmo)"
mkdir -p "$W/src"
for f in "$ROOT"/Sources/Diagnostics/*.swift "$ROOT"/Sources/Gemma/*.swift; do
    # One module: the import of Diagnostics would name a module that does not exist here.
    sed '/^import Diagnostics$/d' "$f" >"$W/src/$(basename "$(dirname "$f")")_$(basename "$f")"
done
cp "$ROOT/bench/gemma_driver.swift" "$W/src/"
swiftc -O -wmo -parse-as-library -swift-version 6 -module-name GemmaBench -o "$W/gemma_driver" "$W"/src/*.swift

# run TOOL LABEL: one timed run; appends "tool wall_s rss_kb wall_ms" unless LABEL is warmup.
run() {
    local tool=$1 label=$2 cmd start end
    case $tool in
        xmllint) cmd=(xmllint --noout "$FILE") ;;
        swc-gemma) cmd=("$W/gemma_driver" "$FILE") ;;
    esac
    start=$(date +%s%N)
    if ! /usr/bin/time -f "%e %M" -o "$W/time" "${cmd[@]}" >"$W/stdout" 2>"$W/stderr"; then
        log "$tool failed: ${cmd[*]}"; head -c 2000 "$W/stderr" "$W/stdout" >&2; exit 1
    fi
    end=$(date +%s%N)
    [[ $label == warmup ]] && return
    echo "$tool $(cat "$W/time") $(((end - start) / 1000000))" >>"$W/results"
}

log "warm-up"
run xmllint warmup
run swc-gemma warmup
log "driver says: $(cat "$W/stdout")"
: >"$W/results"
for i in $(seq "$RUNS"); do
    log "run $i/$RUNS"
    run xmllint "run"
    run swc-gemma "run"
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
column_median() { awk -v t="$1" -v c="$2" '$1 == t {print $c}' "$W/results" | median; }

echo "file: $FILE ($(du -h "$FILE" | cut -f1)), $RUNS runs each, medians"
printf "%-10s %12s %14s %14s\n" tool "wall (%e) s" "wall (date) ms" "peak RSS MB"
for tool in xmllint swc-gemma; do
    printf "%-10s %12s %14s %14.1f\n" "$tool" "$(column_median $tool 2)" "$(column_median $tool 4)" \
        "$(echo "$(column_median $tool 3) / 1024" | bc -l)"
done
x=$(column_median xmllint 4); g=$(column_median swc-gemma 4)
ratio=$(printf "%.2f" "$(echo "$g / $x" | bc -l)")
if (( $(echo "$g <= 3 * $x" | bc -l) )); then verdict="ja"; status=0; else verdict="nee"; status=1; fi
echo "ratio swc-gemma / xmllint: $ratio (≤ 3×: $verdict)"
exit $status
