#!/usr/bin/env bash
# Units per second and overhead per unit of sweeps: local executor, one worker, two workers (all on this machine).
# Usage: bench/cluster.sh [runs]   (after mvn -q -DskipTests package). See BENCHMARKS.md, "Sweeps and the cluster".
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=target/tourplan.jar
OUT=$(mktemp -d)
SWEEP=(sweep scenarios/beijing-ev-tour.yaml --vary group.size=16,20,24 --vary shuttles.vehicles=5..7
       --replications 400 --out "$OUT")
PIDS=()
stop() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; PIDS=(); }
trap 'stop; rm -rf "$OUT"' EXIT
worker() { java -Xmx512m -jar "$JAR" worker --cluster "$1" --port "$2" > "$OUT/worker-$2.log" 2>&1 & PIDS+=($!); }
wait_for() { for _ in $(seq 1 100); do grep -q "in cluster" "$1" 2>/dev/null && return; sleep 0.2; done; }
run() { # label, batch, extra args...
  local label=$1 batch=$2; shift 2
  for i in $(seq 1 "$RUNS"); do
    java -jar "$JAR" "${SWEEP[@]}" --batch "$batch" "$@" | grep '^Ran ' | sed "s/^/$label batch $batch run $i: /"
  done
}
for b in 100 10 1; do run local "$b"; done
worker 127.0.0.1:5791 5791; wait_for "$OUT/worker-5791.log"
for b in 100 10 1; do run "1 worker" "$b" --cluster 127.0.0.1:5791 --cluster-port 5795; done
worker 127.0.0.1:5791,127.0.0.1:5792 5792; wait_for "$OUT/worker-5792.log"
for b in 100 10 1; do run "2 workers" "$b" --cluster 127.0.0.1:5791,127.0.0.1:5792 --cluster-port 5795; done
