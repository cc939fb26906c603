#!/usr/bin/env bash
# Times `tourplan validate` on hostile YAML files (alias bomb, recursive key and alias, 10,000-level nesting) in a
# JVM with a 256 MB heap. Each must exit 2 with a clear message. Needs target/tourplan.jar
# (mvn -q -B -DskipTests package). Usage: bench/hostile-yaml.sh [runs per file, default 3]
set -euo pipefail
runs=${1:-3}
dir=target/hostile-yaml
mkdir -p "$dir"
{
  echo 'name: Bomb'
  echo 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'
  prev=a
  for c in b c d e f g h i; do
    printf '%s: &%s [%s]\n' "$c" "$c" "$(printf "*$prev, %.0s" 1 2 3 4 5 6 7 8)*$prev"
    prev=$c
  done
} > "$dir/bomb.yaml"
printf 'name: x\nk: &k { *k : 1 }\n' > "$dir/recursive-key.yaml"
printf 'name: x\nk: &k [1, *k]\n' > "$dir/recursive-alias.yaml"
{ printf 'name: '; printf '[%.0s' $(seq 10000); printf ']%.0s' $(seq 10000); echo; } > "$dir/deep-flow.yaml"
{ echo 'name:'; printf -- '- %.0s' $(seq 10000); echo x; } > "$dir/deep-block.yaml"
printf 'name: x\n' > "$dir/plain.yaml" # baseline: JVM start and a one-line refusal
for f in plain bomb recursive-key recursive-alias deep-flow deep-block; do
  for r in $(seq "$runs"); do
    /usr/bin/time -f "$f.yaml: %e s wall, %M KB max RSS" java -Xmx256m -jar target/tourplan.jar validate \
      "$dir/$f.yaml" > /dev/null 2> "$dir/$f.err" || true
    tail -1 "$dir/$f.err"
  done
  head -1 "$dir/$f.err"
done
