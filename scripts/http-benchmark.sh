#!/usr/bin/env bash
# HTTP load on the running application (started with the demo data and
# VIDYA_DEMO_PASSWORD=benchmark-password): the authenticated read path (bearer token checked,
# session and token version looked up, profile read), the sign-in path (bcrypt cost 12), the
# catalog browse, a published lesson and the progress heartbeat of a learner.
# Uses wrk on loopback, bounded in time. Usage: scripts/http-benchmark.sh [seconds] [connections]
set -euo pipefail
seconds=${1:-20}
connections=${2:-16}
base=http://localhost:8080
login='{"email":"aarav.patel@sunrise.example.org","password":"benchmark-password"}'
token=$(curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' -d "$login" \
  | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "Sign-in failed: is Vidya running with VIDYA_DEMO_PASSWORD=benchmark-password?" >&2; exit 1; }
echo "== GET /api/v1/users/me with a bearer token (${seconds}s, ${connections} connections, 2 threads)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$base/api/v1/users/me"
script=$(mktemp)
cat > "$script" <<LUA
wrk.method = "POST"
wrk.body = '{"email":"maya.learner@vidya.example.org","password":"benchmark-password"}'
wrk.headers["Content-Type"] = "application/json"
LUA
echo "== POST /api/v1/auth/login, password (${seconds}s, 4 connections)"
wrk -t2 -c4 -d"${seconds}s" --latency -s "$script" "$base/api/v1/auth/login"
rm -f "$script"

# Learning read and write paths, as a learner of the demo school enrolled in Python Basics.
course=$(curl -sf "$base/api/v1/courses?q=python" -H "Authorization: Bearer $token" | jq -r 'if type == "array" then .[0].id else .items[0].id end')
lesson=$(curl -sf "$base/api/v1/courses/$course" -H "Authorization: Bearer $token" | jq -r '.modules[0].lessons[1].id')
[ -n "$course" ] && [ "$course" != null ] && [ -n "$lesson" ] && [ "$lesson" != null ] \
  || { echo "Python Basics not found: does the demo data include the demo courses?" >&2; exit 1; }
echo "== GET /api/v1/courses?q=python (catalog browse, ${seconds}s, ${connections} connections)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$base/api/v1/courses?q=python"
echo "== GET /api/v1/courses/{id}/lessons/{lessonId} (published lesson, ${seconds}s, ${connections} connections)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" \
  "$base/api/v1/courses/$course/lessons/$lesson"
script=$(mktemp)
cat > "$script" <<LUA
wrk.method = "POST"
wrk.body = '{"event":"heartbeat","seconds":30}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA
echo "== POST /api/v1/courses/{id}/lessons/{lessonId}/progress heartbeat (one learner's row, ${seconds}s, 4 connections)"
wrk -t2 -c4 -d"${seconds}s" --latency -s "$script" "$base/api/v1/courses/$course/lessons/$lesson/progress"
rm -f "$script"
