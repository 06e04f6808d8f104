#!/usr/bin/env bash
# Load on the due-review queue (seed 004 query 1) at the SQL level, on the database that
# scripts/mastery-data.sh makes: pgbench clients each ask for a random learner's due concepts,
# weakest first, limit 20, exactly as the application does it: one transaction that sets the
# tenant for row-level security, switches to the restricted role, and runs the query Hibernate
# sends for KnowledgeRecords.due. Prints the throughput and p50/p95/p99 latency per transaction.
#
# Usage: scripts/due-load.sh [clients] [seconds] [learners]      (defaults: 8 30 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-8}
seconds=${2:-30}
learners=${3:-100000}
db=${MASTERY_BENCH_DB:-vidya_mastery_bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/due.sql" <<'SQL'
\set l random(1, :learners)
begin;
select set_config('vidya.tenant_id', md5('tenant' || (:l % 10))::uuid::text, true), set_config('vidya.tenant_root', 'off', true), set_config('role', 'vidya_bench_rls', true);
select id, tenant_id, learner_id, concept, mastery, attempts, correct, last_practice, stability, memory_difficulty, reviews, next_review, confidence, prior, trace, updated_at, version from mastery_knowledge where learner_id = md5('learner' || :l)::uuid and next_review <= now() and tenant_id = md5('tenant' || (:l % 10))::uuid order by mastery, next_review, concept fetch first 20 rows only;
commit;
SQL
(cd "$work" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$clients" -j 2 -T "$seconds" \
    -D learners="$learners" -f due.sql -l --log-prefix=due "$db") | grep -E "tps|latency average|number of transactions actually"
cat "$work"/due.* | awk '{print $3}' | sort -n > "$work/latencies"
n=$(wc -l < "$work/latencies")
pick() { sed -n "$(( ($1 * n + 99) / 100 ))p" "$work/latencies"; }
echo "transactions=$n p50_ms=$(echo "scale=2; $(pick 50)/1000" | bc) p95_ms=$(echo "scale=2; $(pick 95)/1000" | bc) p99_ms=$(echo "scale=2; $(pick 99)/1000" | bc)"
