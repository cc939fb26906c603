#!/usr/bin/env bash
# tourplan fit on a large check-in file: writes ROWS rows (default 1,000,000) of invited parties of tours of the
# bundled default scenario's shape (6 parties a tour; no-show rate 0.05; party sizes 1: 0.05, 2: 0.15, 3: 0.80, the
# default scenario's own values) with awk's seeded generator, then times the whole command (JVM start included).
# Usage: bench/fit.sh [ROWS] [RUNS]   (after mvn -q -DskipTests package). See BENCHMARKS.md, "fit".
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
RUNS=${2:-3}
JAR=target/tourplan.jar
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
awk -v rows="$ROWS" 'BEGIN {
  srand(20250701); print "date,start,party,persons,showed"
  split("09:00 10:30 12:00 13:30 15:00 16:30", starts, " ")
  day = 0; slot = 0
  for (i = 0; i < rows; i++) {
    if (i % 6 == 0) { slot++; if (slot > 6) { slot = 1; day++ } }
    # day d of the years from 2020-01-01: a calendar date (365-day years, February of 28, no leap day needed)
    d = day % 365; y = 2020 + int(day / 365)
    split("31 28 31 30 31 30 31 31 30 31 30 31", ml, " "); m = 1
    while (d >= ml[m]) { d -= ml[m]; m++ }
    u = rand(); p = u < 0.05 ? 1 : (u < 0.20 ? 2 : 3)
    printf "%04d-%02d-%02d,%s,B%08d,%d,%d\n", y, m, d + 1, starts[slot], i, p, (rand() < 0.05 ? 0 : 1)
  }
}' > "$OUT/checkins.csv"
echo "$(wc -l < "$OUT/checkins.csv") lines, $(du -h "$OUT/checkins.csv" | cut -f1)"
TIMEFORMAT="run: %R s wall, %U s user + %S s system (load $(cut -d' ' -f1 /proc/loadavg))"
for i in $(seq 1 "$RUNS"); do
  time java -jar "$JAR" fit scenarios/beijing-ev-tour.yaml --checkins "$OUT/checkins.csv" --reports "$OUT/reports" \
    --threads 2 > "$OUT/out.txt"
done
if [ -n "${ZONES:-}" ]; then # ZONES=1: the bundled example with its zone times too (12 months, 885 tours)
  java -jar "$JAR" fit scenarios/beijing-ev-tour.yaml --example "$OUT/ex" > /dev/null
  for i in $(seq 1 "$RUNS"); do
    time java -jar "$JAR" fit scenarios/beijing-ev-tour.yaml --checkins "$OUT/ex/checkins.csv" \
      --zones "$OUT/ex/zones.csv" --reports "$OUT/reports" --threads 2 > "$OUT/out-zones.txt"
  done
fi
sed -n 1,12p "$OUT/out.txt"
