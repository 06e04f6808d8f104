#!/usr/bin/env bash
# Replays a response log through the production knowledge-tracing model (no Spring context).
#   scripts/evaluate-mastery.sh --train FILE --test FILE    fit on train, score test learners online
#   scripts/evaluate-mastery.sh --stream FILE               learn online, score each answer first
#   scripts/evaluate-mastery.sh --select FILE               compare candidate models on an 80/20 user split
# Input: tab-separated, header "user_id item_id timestamp correct skill_id". Progress goes to
# stderr; the last line of stdout is one JSON object: auc, rmse, logloss, responses, seconds.
set -euo pipefail
here=$(pwd)
root="$(cd "$(dirname "$0")/.." && pwd)"
args=()
for arg in "$@"; do
  # Relative paths are the caller's, not the project's.
  if [[ "$arg" != --* && "$arg" != /* && -e "$here/$arg" ]]; then
    args+=("$here/$arg")
  else
    args+=("$arg")
  fi
done
cd "$root"
if [[ ! -f target/classes/org/vidya/mastery/model/Evaluation.class ]]; then
  ./mvnw -B -q -o compile >&2
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if (( ${version%%.*} < 21 )); then
  echo "Java 21 or later is needed (found $version at $java): set JAVA_HOME" >&2
  exit 2
fi
exec "$java" -Xmx2g -cp target/classes org.vidya.mastery.model.Evaluation "${args[@]}"
