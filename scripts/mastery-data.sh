#!/usr/bin/env bash
# Benchmark data for the due-review queue (seed 004 query 1): a fresh PostgreSQL database with the
# knowledge-state schema (the mastery module's Flyway script) and LEARNERS x CONCEPTS knowledge rows,
# made in SQL with generate_series (two sessions in parallel, indexes built after the load).
#
# Rows are spread over 10 tenants. Each row was last practised 0-90 days ago with a memory stability
# log-uniform in 1-120 days, so its next review (recall down to 0.9 after one stability) falls
# anywhere from 90 days ago to 120 days ahead; one row in ten has no review (evidence carried along a
# prerequisite edge only). Row-level security is installed as the application installs it, and a
# restricted role for the load script (scripts/due-load.sh) to run as.
#
# Usage: scripts/mastery-data.sh [learners] [concepts]      (defaults: 100000 250)
# Needs: PostgreSQL on 127.0.0.1:5432 reachable as postgres (trust). Drop the database afterwards:
#   psql -h 127.0.0.1 -U postgres -c 'drop database vidya_mastery_bench'
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-100000}
concepts=${2:-250}
db=${MASTERY_BENCH_DB:-vidya_mastery_bench}
pg=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)

"${pg[@]}" -d postgres <<SQL
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$db';
drop database if exists $db;
create database $db;
SQL
"${pg[@]}" -d "$db" -f src/main/resources/db/migration/mastery/V2__create_knowledge_state.sql
"${pg[@]}" -d "$db" <<SQL
alter table mastery_knowledge drop constraint mastery_knowledge_one_per_concept;
drop index mastery_knowledge_due;
SQL

start=$(date +%s)
load() {
  "${pg[@]}" -d "$db" <<SQL
insert into mastery_knowledge (id, tenant_id, learner_id, concept, mastery, attempts, correct, last_practice,
    stability, memory_difficulty, reviews, next_review, confidence, prior, trace, updated_at, version)
select gen_random_uuid(),
       md5('tenant' || (l % 10))::uuid,
       md5('learner' || l)::uuid,
       'jee.concept.' || lpad(c::text, 3, '0'),
       x.m,
       case when x.carried then 0 else 1 + floor(x.r * 20)::int end,
       case when x.carried then 0 else floor((1 + floor(x.r * 20)) * x.m)::int end,
       case when x.carried then null else x.practised end,
       case when x.carried then 0 else x.stability end,
       case when x.carried then 0 else 1 + x.r * 9 end,
       case when x.carried then 0 else 1 + floor(x.r * 6)::int end,
       case when x.carried then null else x.practised + make_interval(secs => x.stability * 86400) end,
       x.r,
       null,
       '0 0 0 0 0 0 0 0 0 0 0 0',
       now(),
       0
from generate_series($1, $2) l
cross join generate_series(1, $concepts) c
cross join lateral (
    select random() + 0 * c as r,
           random() + 0 * c as m,
           random() + 0 * c < 0.1 as carried,
           now() - make_interval(secs => (random() + 0 * c) * 90 * 86400) as practised,
           exp((random() + 0 * c) * ln(120)) as stability) x;
SQL
}
half=$((learners / 2))
probe=$(( learners < 4242 ? learners : 4242 ))
load 1 "$half" &
first=$!
load $((half + 1)) "$learners"
wait "$first"
loaded=$(date +%s)

"${pg[@]}" -d "$db" <<SQL
alter table mastery_knowledge add constraint mastery_knowledge_one_per_concept unique (tenant_id, learner_id, concept);
create index mastery_knowledge_due on mastery_knowledge (tenant_id, learner_id, next_review);
vacuum analyze mastery_knowledge;
alter table mastery_knowledge enable row level security;
alter table mastery_knowledge force row level security;
create policy tenant_isolation on mastery_knowledge
    using (tenant_id = nullif(current_setting('vidya.tenant_id', true), '')::uuid
           or current_setting('vidya.tenant_root', true) = 'on');
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'vidya_bench_rls') then
    create role vidya_bench_rls nologin;
  end if;
end \$\$;
grant select on mastery_knowledge to vidya_bench_rls;
SQL
done=$(date +%s)
rows=$("${pg[@]}" -d "$db" -Atc "select count(*) from mastery_knowledge")
due=$("${pg[@]}" -d "$db" -Atc "select round(100.0 * count(*) filter (where next_review <= now()) / count(*), 1) from mastery_knowledge")
size=$("${pg[@]}" -d "$db" -Atc "select pg_size_pretty(pg_total_relation_size('mastery_knowledge'))")
echo "rows=$rows due_now=${due}% size=$size load_seconds=$((loaded - start)) index_seconds=$((done - loaded))"
"${pg[@]}" -d "$db" <<SQL
begin;
select set_config('vidya.tenant_id', md5('tenant' || ($probe % 10))::uuid::text, true), set_config('role', 'vidya_bench_rls', true);
explain (analyze, buffers, costs off)
select * from mastery_knowledge
where tenant_id = md5('tenant' || ($probe % 10))::uuid and learner_id = md5('learner' || $probe)::uuid
  and next_review <= now()
order by mastery, next_review, concept
fetch first 20 rows only;
commit;
SQL
