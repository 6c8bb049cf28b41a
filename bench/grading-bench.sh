#!/usr/bin/env bash
# Grading benchmark: test-result POSTs per second from concurrent clients, and the zip download of a
# large collected submission against `zip -r` of the same files. Starts the real jar with a small heap
# (memory stays flat while a 200 MiB submission streams out). Run by no test.
#
#   bench/grading-bench.sh        (environment: BENCH_SUBMISSION_MB=200 BENCH_CLIENTS=32 BENCH_SECONDS=20
#                                   BENCH_HEAP=256m; BENCH_DB_URL/BENCH_DB_USER/BENCH_DB_PASSWORD for PostgreSQL)
#
# Prints: POSTs/s with p50/p99 latency, and download seconds / zip -r seconds (target <= 1.5), also against zip -1 -r.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MB=${BENCH_SUBMISSION_MB:-200}
CLIENTS=${BENCH_CLIENTS:-32}
SECONDS_=${BENCH_SECONDS:-20}
HEAP=${BENCH_HEAP:-256m}
JAR=$ROOT/bootstrap/target/courseport.jar
[[ -f $JAR ]] || (cd "$ROOT" && mvn -B -q package -DskipTests)
command -v zip >/dev/null || { echo "needs zip (apt-get install zip)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/grading-bench.XXXXXX")
SERVER_PID=
cleanup() {
    if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
bench() { java "$ROOT/bench/GradingBench.java" "$@"; }

echo "== generating a $MB MiB submission (half source text, half random binaries) in $WORK/submission"
bench generate "$WORK/submission" "$MB"
echo "$(find "$WORK/submission" -type f | wc -l) files"

echo "== baseline: zip -r (deflate, default level 6) of the same files, and zip -1 -r (fastest level)"
sync
t0=$(now); (cd "$WORK/submission" && zip -q -r "$WORK/baseline.zip" .); t1=$(now)
ZIP_R=$(elapsed "$t0" "$t1")
t0=$(now); (cd "$WORK/submission" && zip -q -1 -r "$WORK/fastest.zip" .); t1=$(now)
ZIP_1=$(elapsed "$t0" "$t1")

echo "== starting the server with -Xmx$HEAP"
DB_FLAGS=()
[[ -n ${BENCH_DB_URL:-} ]] && DB_FLAGS=(--db-url "$BENCH_DB_URL" --db-user "${BENCH_DB_USER:-}" --db-password "${BENCH_DB_PASSWORD:-}")
java -Xmx"$HEAP" -jar "$JAR" serve --port 0 --data "$WORK/data" "${DB_FLAGS[@]}" \
    --rate-limit-read 1000000000/1m --rate-limit-write 1000000000/1m > "$WORK/server.out" 2> "$WORK/server.log" &
SERVER_PID=$!
PORT=
for _ in $(seq 1 300); do
    PORT=$(grep -o 'serving on http://127.0.0.1:[0-9]*' "$WORK/server.log" | grep -o '[0-9]*$' || true)
    [[ -n $PORT ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n $PORT ]] || { echo "no server came up; see $WORK/server.log" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT/"
TOKEN=$(cat "$WORK/data/admin.token")

echo "== uploading and collecting the submission"
GROUP=$(bench submit "$BASE" "$TOKEN" "$WORK/submission")

echo "== downloading it as a zip"
sync
t0=$(now)
STATUS=$(curl -sS -o "$WORK/download.zip" -w '%{http_code}' -H "Authorization: MarkUsAuth $TOKEN" "$BASE$GROUP/submission_downloads")
t1=$(now)
[[ $STATUS == 200 ]] || { echo "download answered $STATUS" >&2; exit 1; }
DOWNLOAD=$(elapsed "$t0" "$t1")
mkdir "$WORK/unzipped"
(cd "$WORK/unzipped" && unzip -q "$WORK/download.zip")
diff -r "$WORK/submission" "$WORK/unzipped/BIG-big1" >/dev/null || { echo "the download differs from the submission" >&2; exit 1; }
RSS=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$SERVER_PID/status")

echo "== $CLIENTS clients posting test results for $SECONDS_ s"
RESULT=$(bench post "$BASE" "$TOKEN" "$CLIENTS" "$SECONDS_" | grep '^RESULT')

echo
echo "submission: $MB MiB in $(find "$WORK/submission" -type f | wc -l) files; server heap -Xmx$HEAP, peak RSS ${RSS} MiB"
printf 'zip download: %ss (%s MiB/s), zip -r: %ss, ratio %s (target <= 1.5)\n' "$DOWNLOAD" \
    "$(awk -v m="$MB" -v t="$DOWNLOAD" 'BEGIN { printf "%.0f", m / t }')" "$ZIP_R" \
    "$(awk -v a="$DOWNLOAD" -v b="$ZIP_R" 'BEGIN { printf "%.2f", a / b }')"
printf 'zip -1 -r: %ss, ratio %s\n' "$ZIP_1" "$(awk -v a="$DOWNLOAD" -v b="$ZIP_1" 'BEGIN { printf "%.2f", a / b }')"
printf 'zip sizes: download %s MiB, zip -r %s MiB, zip -1 -r %s MiB\n' "$(( $(stat -c %s "$WORK/download.zip") >> 20 ))" \
    "$(( $(stat -c %s "$WORK/baseline.zip") >> 20 ))" "$(( $(stat -c %s "$WORK/fastest.zip") >> 20 ))"
echo "test results: $RESULT"
