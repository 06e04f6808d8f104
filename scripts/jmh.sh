#!/usr/bin/env bash
# JMH micro-benchmarks (src/test/java/org/vidya/benchmarks): compiles the test classes, which
# lets JMH's annotation processor write its benchmark list, then runs org.openjdk.jmh.Main on
# the test class path. They never run in ./mvnw verify (no @Test, no *Tests name).
#   scripts/jmh.sh [pattern] [jmh options...]     e.g. scripts/jmh.sh Percentile -f 1 -wi 2 -i 3
# With no pattern every benchmark runs, with the settings written on each class.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern=${1:-org.vidya.benchmarks}
shift $(( $# > 0 ? 1 : 0 ))
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath \
  -Dmdep.includeScope=test >/dev/null
classpath="target/test-classes:target/classes:$(cat target/jmh.classpath)"
exec "$java" -cp "$classpath" org.openjdk.jmh.Main "$pattern" "$@"
