#!/usr/bin/env bash
# Exam-day load on PostgreSQL: starts Vidya (demo data) on a fresh database, then runs
# org.vidya.benchmarks.AttemptLoadDriver against it over HTTP: N attempts of 75 items; papers
# fetched by many clients at once, every answer autosaved, every attempt submitted and graded.
# App, database and load driver share this machine.
#
# Usage: scripts/attempt-load.sh [attempts] [paper clients] [paper seconds] [autosave clients] [submit clients]
# Defaults: 2000 attempts, 500 paper clients for 20 s, 64 autosave clients, 32 submit clients.
# Needs: PostgreSQL on 127.0.0.1:5432 reachable as postgres (trust), JDK 21+ in JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
attempts=${1:-2000}
paper_clients=${2:-500}
paper_seconds=${3:-20}
save_clients=${4:-64}
submit_clients=${5:-32}
db=vidya_load
port=${VIDYA_LOAD_PORT:-8089}
export VIDYA_DEMO_PASSWORD=benchmark-password
export VIDYA_DEMO_TOTP_SECRET=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP

psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$db';
drop database if exists $db;
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'vidya_load') then
    create role vidya_load login password 'vidya_load';
  end if;
end \$\$;
create database $db owner vidya_load;
SQL

./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt

log=target/attempt-load-app.log
VIDYA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db VIDYA_DB_USER=vidya_load VIDYA_DB_PASSWORD=vidya_load \
VIDYA_DB_POOL_SIZE=${VIDYA_DB_POOL_SIZE:-16} \
  java -Xmx2g -jar target/vidya-0.1.0-SNAPSHOT.jar --server.port="$port" > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; then break; fi
  if ! kill -0 $app 2>/dev/null; then echo "Vidya did not start; see $log" >&2; exit 1; fi
  sleep 1
done
curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null || { echo "Vidya did not answer; see $log" >&2; exit 1; }

java -cp "target/test-classes:target/classes:$(cat target/load-classpath.txt)" \
  -Dbase="http://127.0.0.1:$port" -Dattempts="$attempts" -DpaperClients="$paper_clients" \
  -DpaperSeconds="$paper_seconds" -DsaveClients="$save_clients" -DsubmitClients="$submit_clients" \
  org.vidya.benchmarks.AttemptLoadDriver
