#!/usr/bin/env bash
# HTTP load on the running application (started with the demo data and
# VIDYA_DEMO_PASSWORD=benchmark-password): the authenticated read path (bearer token checked,
# session and token version looked up, profile read) and the sign-in path (bcrypt cost 12).
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
