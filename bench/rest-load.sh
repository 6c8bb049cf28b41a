#!/usr/bin/env bash
# Loads the real server over loopback with wrk and prints its figures against a bare-Grizzly ceiling.
# Usage: bench/rest-load.sh            (environment: BENCH_DURATION=10 BENCH_WARMUP=20 BENCH_SOAK=60 BENCH_USERS=100000
#                                        BENCH_CONNECTIONS=32 BENCH_JAVA_OPTS="-Xms512m -Xmx512m"
#                                        BENCH_SERVE_OPTS="..." BENCH_FORCE=1)
# The server runs with the audit log and rate limits on, as it ships; the limits are set far above what
# the load sends, so every request pays for its counting and none is refused. Figures are only worth
# keeping on a quiet machine: the script refuses to start while the load average is 1 or more, unless
# BENCH_FORCE=1 (for checking the direction of a change, not for figures).
# Run by no test. Needs a built jar (built here with mvn package -DskipTests if missing) and wrk.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
export BENCH_DIR=$ROOT/bench
JAR=$ROOT/bootstrap/target/courseport.jar
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-20}
SOAK=${BENCH_SOAK:-60}
BIG=${BENCH_USERS:-100000}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
read -r -a JAVA_OPTS <<< "${BENCH_JAVA_OPTS:--Xms512m -Xmx512m}"
read -r -a SERVE_OPTS <<< "${BENCH_SERVE_OPTS:---rate-limit-read 1000000000/1m --rate-limit-write 1000000000/1m}"
THREADS=2
GET_USERS=1000
NGROUPS=32

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "${BENCH_FORCE:-0}" != 1 ] && awk -v l="${LOAD_BEFORE%% *}" 'BEGIN { exit !(l >= 1) }'; then
    echo "load average $LOAD_BEFORE: wait for a quiet machine (or BENCH_FORCE=1 to check a direction only)" >&2
    exit 2
fi
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q package -DskipTests)
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

source "$BENCH_DIR/lib/jvms.sh"

ROWS=()
CEILING=
# scenario LABEL CONNECTIONS SECONDS SCRIPT URL: runs wrk and adds a table row; the first row is the ceiling.
# The server's CPU time per request (user + system, from /proc) is the figure least disturbed by other
# load on the machine: req/s and latency move with whatever else runs, CPU per request much less.
scenario() {
    local label=$1 connections=$2 seconds=$3 script=$4 url=$5 line before after
    before=$(cpu_ticks "$TARGET")
    line=$(wrk -t"$THREADS" -c"$connections" -d"${seconds}s" --timeout 5s -s "$BENCH_DIR/wrk/$script" "$url" | grep '^RESULT')
    after=$(cpu_ticks "$TARGET")
    read -r _ rps p50 p99 errors requests <<< "$line"
    [ -z "$CEILING" ] && CEILING=$rps
    LAST_RPS=$rps LAST_P99=$p99
    ROWS+=("$(printf '| %-50s | %5s | %9s | %8s | %8s | %6s | %9s | %6s | %10s |' "$label" "$connections" "$rps" "$p50" "$p99" \
        "$(awk -v a="$rps" -v b="$CEILING" 'BEGIN { printf "%.0f%%", 100 * a / b }')" "$requests" "$errors" \
        "$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", 1e6 * t / hz / n }')")")
}

api() { curl -sS -H "Authorization: MarkUsAuth $TOKEN" "$@"; }
total_users() { api -D - -o /dev/null "$BASE/api/v1/users.json?limit=1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" { print $2 }'; }
start_server() {
    start "$WORK/server.log" java "${JAVA_OPTS[@]}" -jar "$JAR" serve --data "$WORK/data" --port 0 "${SERVE_OPTS[@]}"
    SERVER=$PID
    BASE=http://127.0.0.1:$PORT
}
stop_server() {
    kill "$SERVER"
    wait "$SERVER" || true
}
# seed_users N: with the server stopped, adds users through the production store until there are N (bench/SeedUsers.java).
seed_users() {
    stop_server
    java "${JAVA_OPTS[@]}" -cp "$JAR" "$BENCH_DIR/SeedUsers.java" "$WORK/data" "$1"
    start_server
}
heap_after_gc() {
    jcmd "$SERVER" GC.run > /dev/null
    jcmd "$SERVER" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{ printf "%.1f MB", $2 / 1024 }'
}
STREAMS=()
stream() {
    local rows=$1 format=$2 result
    result=$(api -o /dev/null -w '%{time_total} %{size_download}' "$BASE/api/v1/users.$format")
    read -r seconds bytes <<< "$result"
    STREAMS+=("$(printf '| %7s | %-4s | %7.2f s | %9.1f MB | %13s |' "$rows" "$format" "$seconds" \
        "$(awk -v b="$bytes" 'BEGIN { print b / 1048576 }')" "$(heap_after_gc)")")
}

echo "Starting the server (java ${JAVA_OPTS[*]}) ..." >&2
start_server
TOKEN=$(cat "$WORK/data/admin.token")

echo "Seeding $GET_USERS users ..." >&2
seed_users "$((GET_USERS - 1))"
USER_ID=$(api -X POST -d user_name=bench-ta -d type=ta -d first_name=Bench -d last_name=Assistant \
    -d email=ta@example.org -d section_name=S1 "$BASE/api/v1/users.json" | grep -o '"id":[0-9]*' | grep -o '[0-9]*')
api -o "$WORK/user.json" "$BASE/api/v1/users/$USER_ID.json"

echo "Seeding an assignment with $NGROUPS groups of one student, each with a collected submission ..." >&2
id_of() { grep -o '"id":[0-9]*' | head -1 | grep -o '[0-9]*'; }
ASSIGNMENT_ID=$(api -X POST -d short_identifier=BENCH -d due_date=2026-12-01 "$BASE/api/v1/assignments.json" | id_of)
for g in $(seq 0 $((NGROUPS - 1))); do
    api -o /dev/null -X POST -d user_name="bench-s$g" -d type=student -d first_name=S -d last_name="No$g" "$BASE/api/v1/users.json"
    GROUP=$(api -X POST -d group_name="g$g" -d members="bench-s$g" "$BASE/api/v1/assignments/$ASSIGNMENT_ID/groups.json" | id_of)
    api -o /dev/null -X POST -d filename=main.py --data-urlencode file_content="print($g)" \
        "$BASE/api/v1/assignments/$ASSIGNMENT_ID/groups/$GROUP/submission_files.json"
    api -o /dev/null -X POST "$BASE/api/v1/assignments/$ASSIGNMENT_ID/groups/$GROUP/collect.json"
done

echo "Starting the ceiling (bare Grizzly, $(wc -c < "$WORK/user.json")-byte body) ..." >&2
start "$WORK/ceiling.log" java "${JAVA_OPTS[@]}" -cp "$JAR" "$BENCH_DIR/CeilingServer.java" 0 "$WORK/user.json"
CEILING_PID=$PID
CEILING_URL=http://127.0.0.1:$PORT/
TARGET=$CEILING_PID

echo "Measuring, ${DURATION}s per scenario, each JVM warmed up first ..." >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$CEILING_URL" > /dev/null
scenario "ceiling: bare Grizzly, fixed JSON" "$CONNECTIONS" "$DURATION" get.lua "$CEILING_URL"
kill "$CEILING_PID"

export BENCH_AUTH="MarkUsAuth $TOKEN"
TARGET=$SERVER
# The server's JIT needs far longer than bare Grizzly's: warm every route up before measuring any.
for path in health "api/v1/users/$USER_ID.json" "api/v1/users.json?limit=100" "api/v1/assignments/$ASSIGNMENT_ID/groups.json" \
        "api/v1/users/$USER_ID.json"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/get.lua" "$BASE/$path" > /dev/null
done
scenario "GET /health (Jersey only: no auth, no DB)" "$CONNECTIONS" "$DURATION" get.lua "$BASE/health"
LOAD_AT_USER=$(cut -d' ' -f1-3 /proc/loadavg)
scenario "GET /api/v1/users/{id}.json" "$CONNECTIONS" "$DURATION" get.lua "$BASE/api/v1/users/$USER_ID.json"
USER_RPS=$LAST_RPS USER_P99=$LAST_P99
scenario "GET /api/v1/users.json?limit=100" "$CONNECTIONS" "$DURATION" get.lua "$BASE/api/v1/users.json?limit=100"
scenario "GET /api/v1/assignments/{id}/groups.json ($NGROUPS)" "$CONNECTIONS" "$DURATION" get.lua \
    "$BASE/api/v1/assignments/$ASSIGNMENT_ID/groups.json"
BENCH_GROUPS=$NGROUPS BENCH_ASSIGNMENT=BENCH \
    scenario "POST /api/v1/test_results (8 files x $NGROUPS groups)" 32 "$DURATION" post-test-results.lua "$BASE/"
if [ "$SOAK" -gt 0 ]; then
    scenario "soak: GET /api/v1/users/{id}.json, ${SOAK}s" 256 "$SOAK" get.lua "$BASE/api/v1/users/$USER_ID.json"
fi
unset BENCH_AUTH

echo "Streaming collections without limit ..." >&2
for rows in 10000 "$BIG"; do
    seed_users "$rows"
    STREAMS+=("$(printf '| %7s | %-4s | %9s | %12s | %13s |' "$(total_users)" "-" "(started)" "-" "$(heap_after_gc)")")
    stream "$(total_users)" json
    stream "$(total_users)" csv
done

echo
echo "Courseport REST load, $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), java ${JAVA_OPTS[*]}, wrk -t$THREADS, ${DURATION}s per scenario after ${WARMUP}s warm-up per route"
echo
echo "| scenario                                           | conns |     req/s |  p50 ms  |  p99 ms  | ceil.  |  requests | errors | CPU µs/req |"
echo "|----------------------------------------------------|-------|-----------|----------|----------|--------|-----------|--------|------------|"
printf '%s\n' "${ROWS[@]}"
echo
echo "users/{id}.json: $(awk -v a="$USER_RPS" -v b="$CEILING" 'BEGIN { printf "%.0f%%", 100 * a / b }') of bare Grizzly" \
    "($USER_RPS vs $CEILING req/s), p99 $USER_P99 ms at $CONNECTIONS connections (target: >= 50 %, p99 < 20 ms);" \
    "load average $LOAD_BEFORE before the run, $LOAD_AT_USER before this scenario"
echo
echo "| users   | fmt  |      time |         body | heap after GC |"
echo "|---------|------|-----------|--------------|---------------|"
printf '%s\n' "${STREAMS[@]}"
