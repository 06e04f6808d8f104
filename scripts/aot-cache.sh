#!/usr/bin/env bash
# Builds target/aot: the packaged jar extracted for a faster start, plus an ahead-of-time class
# cache (JDK 25+) made by a training start. Then start Vidya with
#   cd target/aot && java -XX:AOTCache=vidya.aot -jar vidya-*.jar
# which is about twice as fast to become ready as `java -jar` (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/vidya-*.jar | grep -v '\.original$' | head -1)
rm -rf target/aot
"$java" -Djarmode=tools -jar "$jar" extract --destination target/aot
cd target/aot
# The training run starts the whole application once against a throw-away database and stops.
VIDYA_DEMO_DATA=false VIDYA_DB_URL='jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE' \
  "$java" -XX:AOTCacheOutput=vidya.aot -Dspring.context.exit=onRefresh -jar "$(basename "$jar")" > training.log 2>&1
echo "AOT cache ready: cd target/aot && java -XX:AOTCache=vidya.aot -jar $(basename "$jar")"
