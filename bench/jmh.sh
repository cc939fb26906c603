#!/usr/bin/env bash
# Runs the engine's JMH benchmarks from the test classpath (JMH lives in test scope; see pom.xml).
# Usage: bench/jmh.sh [JMH options...]   e.g. bench/jmh.sh -f 1 -wi 3 -i 5 'HoldModel'
# With no options it runs every engine benchmark with the settings in their annotations.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
if [ "$#" -eq 0 ]; then
  set -- 'org\.tourplan\.engine\.bench\..*'
fi
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
