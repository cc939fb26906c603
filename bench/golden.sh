#!/usr/bin/env bash
# Golden outputs: runs every command on every bundled scenario (and a few derived files: planned shuttles, an
# irregular timetable, a file without a plan section) with fixed seeds and few replications, and keeps what users
# see: the terminal (timing figures blanked), results JSON, plan.json, CSV, report HTML text and YAML (PNG charts are
# left out). A refactoring that must not change any result is checked by running this before and after and
# comparing the two folders byte for byte.
#
# Usage: bench/golden.sh OUT_DIR            (after mvn -q -DskipTests package; ONLY=plan for one command)
#        bench/golden.sh --compare A B      (diff -r of two earlier outputs; exit 1 when they differ)
#        bench/golden.sh --check            (a fresh run against the committed set bench/golden/; exit 1 when any
#                                            terminal output differs: what CI runs, see .ci/run)
#        bench/golden.sh --update           (a fresh run becomes the committed set: when a change is meant to
#                                            change outputs; commit bench/golden/ with the change and say why)
# The committed set is the terminal output of every run (NAME.txt: what users see, every number the commands print),
# small enough to keep in git; the pages and JSON files stay in full runs. Nothing in it depends on the machine: the
# thread count, timings, the repository's and the temporary folder's paths are blanked.
set -uo pipefail
cd "$(dirname "$0")/.."
GOLDEN=bench/golden
# the terminal text of two runs differs in temporary folders and timing: blanked on both sides before comparing
normalise() { find "$1" -name '*.txt' -exec sed -i -E 's#/tmp/tmp[.][A-Za-z0-9]+#WORK#g; s/[0-9]+([.][0-9]+)? s:/T s:/g; s/[0-9]+ units\/s/N units\/s/g; s/[0-9,]+ units a second/N units a second/g' {} +; }
if [ "${1:-}" = "--compare" ]; then
  C=$(mktemp -d)
  cp -r "$2" "$C/a" && cp -r "$3" "$C/b" && normalise "$C/a" && normalise "$C/b"
  (cd "$C" && diff -r a b) && echo "golden: identical"
  rc=$?
  rm -rf "$C"
  exit $rc
fi
if [ "${1:-}" = "--check" ] || [ "${1:-}" = "--update" ]; then
  T=$(mktemp -d)
  bench/golden.sh "$T/run" >/dev/null || { echo "golden: the run failed" >&2; rm -rf "$T"; exit 2; }
  mkdir -p "$T/set" && cp "$T/run"/*.txt "$T/set/"
  if [ "$1" = "--update" ]; then
    rm -rf "$GOLDEN" && mkdir -p "$GOLDEN" && cp "$T/set"/*.txt "$GOLDEN/"
    echo "golden: $(ls "$GOLDEN" | wc -l) files in $GOLDEN"
    rc=0
  else
    (diff -r "$GOLDEN" "$T/set" && echo "golden: identical to $GOLDEN") || {
      echo "golden: outputs differ from $GOLDEN (above: < committed, > now); if the change is meant, run" \
        "bench/golden.sh --update and commit $GOLDEN with it" >&2
      rc=1
    }
    rc=${rc:-0}
  fi
  rm -rf "$T"
  exit $rc
fi
OUT=${1:?usage: bench/golden.sh OUT_DIR}
rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
JAR=${JAR:-$PWD/target/tourplan.jar}   # JAR=... to check a copy while the build goes on
WORK=$(mktemp -d)
ROOT=$PWD
trap 'rm -rf "$WORK"' EXIT

# derived files, all from bundled ones
D=$WORK/scenarios
mkdir -p "$D"
sed 's/^  mode: pooled .*/  mode: planned/' scenarios/pooled-shuttles.yaml > "$D/planned-shuttles.yaml"
sed 's/^    SUN: \[.*/    SUN: ["09:00"]/' scenarios/beijing-ev-tour.yaml > "$D/sunday-one-tour.yaml"
sed -e '/^plan:/,$d' -e 's/^    MON: \[.*/    MON: ["09:00", "11:00", "14:00"]/' -e '/^    \(TUE\|WED\|THU\|FRI\|SAT\|SUN\): /d' \
    -e '/^                               # /d' scenarios/beijing-ev-tour.yaml > "$D/monday-only-no-plan.yaml"

# run NAME CMD...: terminal output (timing blanked) and exit code into $OUT/NAME.txt (ONLY=cmd: NAME.cmd only)
run() {
  local name=$1
  shift
  if [ -n "${ONLY:-}" ] && [[ "$name" != *".$ONLY" ]]; then return 0; fi
  (cd "$WORK" && java -jar "$JAR" "$@" > "$WORK/stdout" 2> "$WORK/stderr")
  local rc=$?
  {
    cat "$WORK/stdout"
    echo "--- stderr"
    cat "$WORK/stderr"
    echo "--- exit $rc"
  } | sed -E "s#$ROOT/#REPO/#g; s#$WORK#WORK#g" \
    | sed -E 's/[0-9]+([.][0-9]+)? s([,;:)]|$| )/T s\2/g; s/[0-9]+ threads?/N threads/g' > "$OUT/$name.txt"
  normalise "$OUT/$name.txt"
}

# keep NAME DIR: the text files of an output folder (no PNG), under $OUT/NAME/
keep() {
  local name=$1 dir=$2
  [ -d "$dir" ] || return 0
  (cd "$dir" && find . -type f ! -name '*.png' | sort | while read -r f; do
    mkdir -p "$OUT/$name/$(dirname "$f")"
    cp "$f" "$OUT/$name/$f"
  done)
  (cd "$dir" && find . -type f -name '*.png' | sort) > "$OUT/$name/png-files.txt"
}

R=(--replications 6 --seed 11 --threads 2)
FILES=()
for f in scenarios/*.yaml "$D"/*.yaml; do FILES+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
for f in "${FILES[@]}"; do
  n=$(basename "$f" .yaml)
  run "$n.validate" validate "$f"
  run "$n.simulate" simulate "$f" "${R[@]}" --json "$WORK/$n.results.json"
  [ -f "$WORK/$n.results.json" ] && cp "$WORK/$n.results.json" "$OUT/$n.results.json"
  run "$n.simulate-file-seed" simulate "$f" --replications 20 --threads 2
  run "$n.check" check "$f" "${R[@]}"
  run "$n.report" report "$f" "${R[@]}" --out "$WORK/report-$n"
  keep "$n.report" "$WORK/report-$n"
  run "$n.plan" plan "$f" --threads 2 --no-progress --out "$WORK/plan-$n"
  keep "$n.plan" "$WORK/plan-$n"
  run "$n.shuttles" shuttles "$f" --date 2025-07-07
  run "$n.sweep" sweep "$f" --vary shuttles.vehicles=3..5 --vary guides.count=1,2 "${R[@]}" \
      --json "$WORK/$n.sweep.json" --out "$WORK/sweep-$n"
  keep "$n.sweep" "$WORK/sweep-$n"
done
run "shuttles-compare" shuttles "${FILES[0]}" --compare --replications 4 --seed 3 --threads 2
run "report-shuttles" report "$(pwd)/scenarios/pooled-shuttles.yaml" --shuttles "${R[@]}" --out "$WORK/report-sh"
keep "report-shuttles" "$WORK/report-sh"
run "compare" compare "${FILES[@]:0:4}" --replications 6 --threads 2 --json "$WORK/compare.json" --out "$WORK/cmp"
keep "compare" "$WORK/cmp"
[ -f "$WORK/compare.json" ] && cp "$WORK/compare.json" "$OUT/compare.json"
echo "golden: $(find "$OUT" -type f | wc -l) files in $OUT"
