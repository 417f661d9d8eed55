#!/usr/bin/env bash
# Tailor benchmarks: each task timed for Tailor and its anchor back to back,
# on the same file, in the same run. Prints one table. Not a pass/fail test.
#   tests/benchmarks/run.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build/release}"
DATA="$ROOT/../shared/data"
CLI="$BUILD/app/tailor-cli"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

[ -x "$CLI" ] || { echo "Build Tailor first (./run.sh --build-only)." >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "The sqlite3 shell is needed (apt-get install sqlite3)." >&2; exit 1; }

now() { date +%s.%N; }
# peak RSS (KiB) of a command, via GNU time
peak_rss() { /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; return 1; }; cat "$WORK/rss"; }

printf '%-44s %12s %12s %8s %14s\n' "task" "tailor (s)" "anchor (s)" "ratio" "tailor RSS"

# 1. Online Retail CSV import vs. the sqlite3 shell's .import into one plain table.
zcat "$DATA/online_retail/online_retail.csv.gz" > "$WORK/online_retail.csv"
best_tailor=999; best_anchor=999; rss=0
for run in 1 2 3; do
    rm -f "$WORK/anchor.db" "$WORK/p.tailor"*
    t0=$(now)
    sqlite3 "$WORK/anchor.db" <<SQL
.mode csv
.import $WORK/online_retail.csv retail
SQL
    t1=$(now)
    r=$(peak_rss "$CLI" import --kind transactions --project "$WORK/p.tailor" "$WORK/online_retail.csv")
    t2=$(now)
    a=$(echo "$t1 - $t0" | bc -l); t=$(echo "$t2 - $t1" | bc -l)
    (( $(echo "$t < $best_tailor" | bc -l) )) && best_tailor=$t
    (( $(echo "$a < $best_anchor" | bc -l) )) && best_anchor=$a
    (( r > rss )) && rss=$r
done
printf '%-44s %12.3f %12.3f %8.2f %11d MiB\n' "import online_retail.csv (541,909 rows)" \
    "$best_tailor" "$best_anchor" "$(echo "$best_tailor / $best_anchor" | bc -l)" "$((rss / 1024))"
echo "(best of 3 runs each; anchor: sqlite3 shell .import into one plain table; target ratio <= 1.0, RSS <= 150 MiB)"
