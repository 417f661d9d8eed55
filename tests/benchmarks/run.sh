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

BENCH="$BUILD/tests/benchmarks"
secs() { sed -n "s/.*$1: *\([0-9.]*\) s.*/\1/p" | head -1; }

# 2. k-means, 1,000,000 x 8 points, k = 8, one k-means++ start, vs scikit-learn (Lloyd).
if [ -x "$BENCH/tailor_kmeans_bench" ]; then
    out=$("$BENCH/tailor_kmeans_bench" --write "$WORK/points.f64")
    t=$(echo "$out" | secs "tailor k-means fit")
    if /usr/bin/python3 -c "import sklearn" 2>/dev/null; then
        a=$(/usr/bin/python3 "$ROOT/tests/benchmarks/kmeans_sklearn.py" "$WORK/points.f64" | secs "sklearn k-means fit")
        printf '%-44s %12.3f %12.3f %8.2f\n' "k-means 1,000,000 x 8, k=8 (vs sklearn)" "$t" "$a" "$(echo "$t / $a" | bc -l)"
    else
        printf '%-44s %12.3f %12s\n' "k-means 1,000,000 x 8, k=8" "$t" "n/a"
        echo "(install python3-sklearn for the scikit-learn anchor)"
    fi
    rm -f "$WORK/points.f64"
fi

# 3. RFM on a generated project: 1,000,000 customers, 10,000,000 order lines (target < 5 s).
if [ -x "$BENCH/tailor_rfm_bench" ]; then
    out=$("$BENCH/tailor_rfm_bench")
    t=$(echo "$out" | secs "tailor RFM compute")
    s=$(echo "$out" | sed -n 's/.*save: *\([0-9.]*\) s.*/\1/p')
    printf '%-44s %12.3f %12s   (save %s s; target < 5 s)\n' "RFM 1M customers, 10M lines" "$t" "-" "$s"
fi

# 4. Experiment analysis, 10,000,000 outcome rows (5,000,000 customers x 2 metrics), target <= 2 s.
if [ -x "$BENCH/tailor_experiments_bench" ]; then
    out=$("$BENCH/tailor_experiments_bench")
    t=$(echo "$out" | sed -n 's/.*2 metrics together): *\([0-9.]*\) s.*/\1/p')
    tables=$(echo "$out" | sed -n 's/.*from the tables (no stored copy): *\([0-9.]*\) s.*/\1/p')
    printf '%-44s %12.3f %12s   (from the tables %s s; target <= 2 s)\n' "experiment analysis, 10M outcome rows" "$t" "-" "$tables"
fi

# 5. Campaign export, 1,000,000 members: CSV (target <= 3 s) and XLSX (target <= 15 s),
#    best of 3 runs each, as for the import.
if [ -x "$BENCH/tailor_campaigns_bench" ]; then
    out=$("$BENCH/tailor_campaigns_bench" --repeat 3)
    csv=$(echo "$out" | awk '$1 == "export" && $2 == "csv" {print $3}')
    xlsx=$(echo "$out" | awk '$1 == "export" && $2 == "xlsx" {print $3}')
    printf '%-44s %12.3f %12s   (best of 3; target <= 3 s)\n' "campaign export CSV, 1M members" "$csv" "-"
    printf '%-44s %12.3f %12s   (best of 3; target <= 15 s)\n' "campaign export XLSX, 1M members" "$xlsx" "-"
fi

# 6+. Feature areas append their own rows.
for script in "$ROOT"/tests/benchmarks/run_*.sh; do
    if [ -f "$script" ]; then BUILD="$BUILD" DATA="$DATA" WORK="$WORK" bash "$script"; fi
done
