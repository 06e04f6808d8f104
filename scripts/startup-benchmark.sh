#!/usr/bin/env bash
# Launch-to-ready of the packaged jar on H2: the time from starting the JVM until
# /actuator/health/readiness answers 200, and the resident memory then.
#   [JAR=path/to/vidya.jar] scripts/startup-benchmark.sh [runs] [fresh|warm] [extra java options...]
# fresh: every run starts on an empty database (Flyway and demo data included);
# warm: runs reuse the database of the first. The database lives next to the jar, in data/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
mode=${2:-warm}
shift $(( $# > 2 ? 2 : $# ))
jar=${JAR:-$(ls "$PWD"/target/vidya-*.jar | grep -v "\.original$" | head -1)}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Run from the jar's folder with a relative path, as an AOT cache made there expects.
cd "$(dirname "$jar")"
jar=$(basename "$jar")
for i in $(seq 1 "$runs"); do
  [ "$mode" = fresh ] && rm -rf data
  start=$(date +%s%N)
  VIDYA_DEMO_PASSWORD=benchmark-password "$java" "$@" -jar "$jar" > run.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://localhost:8080/actuator/health/readiness; do
    kill -0 "$pid" 2>/dev/null || { echo "Vidya stopped; see $PWD/run.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  printf '%s run %d: ready after %.2f s, RSS %d MiB\n' "$mode" "$i" \
    "$(echo "($end - $start) / 1000000000" | bc -l)" "$(( $(ps -o rss= -p "$pid") / 1024 ))"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
rm -rf data run.log
