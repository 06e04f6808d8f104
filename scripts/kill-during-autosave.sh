#!/usr/bin/env bash
# Shows that an acknowledged answer survives a crash. Starts Vidya (demo data) on a fresh
# PostgreSQL database, runs org.vidya.benchmarks.AutosaveKillCheck, which autosaves answers from 40
# attempts at once and writes every acknowledged save (attempt, slot, seq) to a file, kills the
# application with SIGKILL in the middle of that stream, restarts it, and checks every
# acknowledged save against the database: the stored answer of that slot must carry that seq or a
# later one. Prints PASS or FAIL with the counts and exits 0 or 1.
#
# Usage: scripts/kill-during-autosave.sh [seconds of autosaving before the kill, default 8]
# Needs: PostgreSQL on 127.0.0.1:5432 reachable as postgres (trust), JDK 21+ in JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-8}
db=vidya_crash
port=${VIDYA_CRASH_PORT:-8091}
acked=target/acknowledged-saves.tsv
log=target/kill-during-autosave-app.log
export VIDYA_DEMO_PASSWORD=benchmark-password
export VIDYA_DEMO_TOTP_SECRET=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
psql_db() { psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }

psql_db -d postgres <<SQL
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

start_app() {
  VIDYA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db VIDYA_DB_USER=vidya_load VIDYA_DB_PASSWORD=vidya_load \
    java -Xmx1g -jar target/vidya-0.1.0-SNAPSHOT.jar --server.port="$port" >> "$log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; then return 0; fi
    kill -0 $app 2>/dev/null || { echo "Vidya did not start; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "Vidya did not answer; see $log" >&2; exit 1
}

: > "$log"
start_app
trap 'kill $app 2>/dev/null || true' EXIT
java -cp "target/test-classes:target/classes:$(cat target/load-classpath.txt)" \
  -Dbase="http://127.0.0.1:$port" -Dout="$acked" org.vidya.benchmarks.AutosaveKillCheck > target/kill-client.log 2>&1 &
client=$!
for _ in $(seq 1 300); do
  grep -q READY target/kill-client.log 2>/dev/null && break
  kill -0 $client 2>/dev/null || { cat target/kill-client.log; exit 1; }
  sleep 1
done
sleep "$seconds"
kill -9 $app
echo "SIGKILL sent to Vidya after ${seconds}s of autosaving"
wait $client || true
cat target/kill-client.log

start_app
total=$(wc -l < "$acked")
psql_db -d $db -t -A > target/kill-check.txt <<SQL
create temporary table acked (attempt_id uuid, slot varchar(16), seq bigint);
\copy acked from '$acked'
select count(*) from acked a
 where not exists (select 1 from assessment_answer s
                    where s.attempt_id = a.attempt_id and s.slot = a.slot and s.seq >= a.seq);
SQL
missing=$(tail -1 target/kill-check.txt)
kill $app; wait $app 2>/dev/null || true
if [ "$total" -gt 0 ] && [ "$missing" = 0 ]; then
  echo "PASS: all $total acknowledged saves are in the database after the crash and restart"
else
  echo "FAIL: $missing of $total acknowledged saves are missing"; exit 1
fi
