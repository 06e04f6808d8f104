#!/usr/bin/env bash
# Kill-safety check for autosave: no acknowledged answer may be lost when the server dies.
#
# What it does:
#   1. creates a fresh PostgreSQL database (127.0.0.1:5432, user postgres) and starts Vidya on it
#      with the demo data (demo password "kill-test-password"), on port $VIDYA_KILL_PORT (18085);
#   2. signs in as a demo learner (aarav.patel@sunrise.example.org), starts the demo practice test
#      "Mechanics practice" and reads its paper (every item with a simple response shape is used);
#   3. drives autosaves from several threads (each thread owns some slots and raises their seq by
#      one on every save), recording for every slot the highest seq the server acknowledged (HTTP 200);
#   4. sends SIGKILL to the server in the middle of the stream (after $1 seconds, default 8);
#   5. restarts the server on the same database and checks, in the database and through the API,
#      that every slot holds at least the highest acknowledged seq;
#   6. prints PASS or FAIL with the counts, stops the server and drops the database.
#
# Usage: scripts/kill-during-autosave.sh [seconds-before-kill] [threads]
# Needs: java 21+ ($JAVA_HOME/bin/java when JAVA_HOME is set), psql, curl, python3; builds
# target/vidya-*.jar if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-8}
threads=${2:-8}
port=${VIDYA_KILL_PORT:-18085}
base="http://127.0.0.1:$port"
db="vidya_kill_$(date +%s)_$$"
work=$(mktemp -d)
password="kill-test-password"
app_pid=""
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

psql_q() { psql -h 127.0.0.1 -U postgres -d "$db" -Atqc "$1"; }

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

jar=$(ls target/vidya-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then
  echo "== building the jar"
  ./mvnw -B -o -q package -DskipTests
  jar=$(ls target/vidya-*.jar | grep -v plain | head -1)
fi

start_app() {
  VIDYA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" VIDYA_DB_USER=postgres VIDYA_DB_PASSWORD= \
    VIDYA_PORT="$port" VIDYA_DEMO_DATA=true VIDYA_DEMO_PASSWORD="$password" \
    "$java" -jar "$jar" >>"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    if curl -sf "$base/actuator/health" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "The server did not start; its log:" >&2
      tail -50 "$work/app.log" >&2
      exit 2
    fi
    sleep 1
  done
  echo "The server did not answer within 4 minutes" >&2
  exit 2
}

echo "== fresh database $db"
psql -h 127.0.0.1 -U postgres -qc "create database $db"
echo "== starting Vidya on $base"
start_app
# The demo tests are seeded after start-up; wait for the practice test.
quiz=""
for _ in $(seq 1 60); do
  quiz=$(psql_q "select id from assessment_quiz where title = 'Mechanics practice'" || true)
  [ -n "$quiz" ] && break
  sleep 1
done
[ -n "$quiz" ] || { echo "No demo practice test; is the demo item bank there?" >&2; exit 2; }

cat > "$work/client.py" <<'PY'
import json, sys, threading, time, urllib.request, urllib.error

base, quiz, password, threads, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]

def call(method, path, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=10) as res:
        text = res.read().decode()
        return res.status, (json.loads(text) if text else None)

_, login = call("POST", "/api/v1/auth/login", body={"email": "aarav.patel@sunrise.example.org", "password": password})
token = login["accessToken"]
_, state = call("POST", "/api/v1/quizzes/%s/attempts" % quiz, token)
attempt = state["id"]
_, paper = call("GET", "/api/v1/attempts/%s/paper" % attempt, token)
# A valid response for each slot whose type has a simple one, varied by seq.
makers = {}
for item in paper["items"]:
    body, kind = item["body"], item["type"]
    if kind == "single-choice":
        ids = [c["id"] for c in body["choices"]]
        makers[item["slot"]] = lambda seq, ids=ids: {"choice": ids[seq % len(ids)]}
    elif kind == "multiple-response":
        ids = [c["id"] for c in body["choices"]]
        makers[item["slot"]] = lambda seq, ids=ids: {"choices": [ids[seq % len(ids)]]}
    elif kind == "true-false":
        makers[item["slot"]] = lambda seq: {"value": seq % 2 == 0}
    elif kind == "numeric":
        makers[item["slot"]] = lambda seq: {"value": str(seq)}
    elif kind in ("short-text", "essay"):
        makers[item["slot"]] = lambda seq: {"text": "answer %d" % seq}
    elif kind == "ordering":
        ids = [i["id"] for i in body["items"]]
        makers[item["slot"]] = lambda seq, ids=ids: {"order": ids[seq % len(ids):] + ids[:seq % len(ids)]}
slots = sorted(makers)
acked = {}
lock = threading.Lock()
sent = [0]
stop = threading.Event()

def worker(mine):
    seq = {s: 0 for s in mine}
    failing_since = None
    while not stop.is_set() and mine:
        for slot in mine:
            seq[slot] += 1
            body = {"response": makers[slot](seq[slot]), "seq": seq[slot],
                    "timeSpentMillis": seq[slot] * 10, "flagged": False}
            try:
                with lock:
                    sent[0] += 1
                status, reply = call("PUT", "/api/v1/attempts/%s/answers/%s" % (attempt, slot), token, body)
                if status == 200:
                    with lock:
                        acked[slot] = max(acked.get(slot, 0), seq[slot])
                failing_since = None
            except Exception:
                if failing_since is None:
                    failing_since = time.time()
                elif time.time() - failing_since > 3:
                    return
                time.sleep(0.05)

parts = [slots[i::threads] for i in range(threads)]
workers = [threading.Thread(target=worker, args=(p,)) for p in parts]
for w in workers:
    w.start()
for w in workers:
    w.join()
with open(out, "w") as f:
    f.write(attempt + "\n")
    for slot, seq in sorted(acked.items()):
        f.write("%s\t%d\n" % (slot, seq))
print("sent %d saves, %d slots acknowledged" % (sent[0], len(acked)))
PY

echo "== driving autosaves with $threads threads; SIGKILL in ${seconds}s"
python3 "$work/client.py" "$base" "$quiz" "$password" "$threads" "$work/acked.tsv" &
client=$!
sleep "$seconds"
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
echo "== server killed"
wait "$client"

attempt=$(head -1 "$work/acked.tsv")
echo "== restarting on the same database"
start_app
lost=0
checked=0
while IFS=$'\t' read -r slot seq; do
  stored=$(psql_q "select seq from assessment_answer where attempt_id = '$attempt' and slot = '$slot'")
  checked=$((checked + 1))
  if [ -z "$stored" ] || [ "$stored" -lt "$seq" ]; then
    echo "LOST: $slot acknowledged at seq $seq, stored ${stored:-nothing}"
    lost=$((lost + 1))
  fi
done < <(tail -n +2 "$work/acked.tsv")
token=$(curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"aarav.patel@sunrise.example.org\",\"password\":\"$password\"}" \
  | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
api_answers=$(curl -sf "$base/api/v1/attempts/$attempt" -H "Authorization: Bearer $token" \
  | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["answers"]))')
if [ "$checked" -gt 0 ] && [ "$lost" -eq 0 ]; then
  echo "PASS: $checked acknowledged slots all stored after SIGKILL and restart ($api_answers answers through the API)"
else
  echo "FAIL: $lost of $checked acknowledged slots lost"
  exit 1
fi
