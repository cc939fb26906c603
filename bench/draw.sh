#!/usr/bin/env bash
# The whole-command benchmark of tourplan draw (BENCHMARKS.md): a million applicants drawn on the default
# scenario, three runs, each a fresh JVM, wall and CPU time. Usage: bench/draw.sh [N]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
file="target/applicants-$n.csv"
[ -f target/tourplan.jar ] || mvn -q -B -DskipTests package
[ -f "$file" ] || python3 bench/applicants.py "$n" --seed 1 > "$file"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2 3; do
  out="$(mktemp -d)"
  /usr/bin/time -f "run $i: %e s wall, %U s user, %S s system, %M KB peak" \
    java -jar target/tourplan.jar draw scenarios/beijing-ev-tour.yaml "$file" --out "$out" > /dev/null
  rm -rf "$out"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
