#!/usr/bin/env bash
# The marking benchmark of issue 14: a course of BENCH_STUDENTS students (each in a group of their own, with a
# collected submission) and BENCH_CRITERIA criteria; a marking robot updates every group's marks and marking
# state from BENCH_CONNECTIONS connections (wrk), beside a bare-Grizzly ceiling; then grades_summary of the
# whole assignment is streamed, with the heap after GC before and after.
# Usage: bench/marking-load.sh   (environment: BENCH_STUDENTS=1000 BENCH_CRITERIA=10 BENCH_CONNECTIONS=32
#                                  BENCH_DURATION=10 BENCH_WARMUP=20 BENCH_JAVA_OPTS="-Xms512m -Xmx512m")
# A quick check that it runs: BENCH_STUDENTS=20 BENCH_DURATION=2 BENCH_WARMUP=1 bench/marking-load.sh
# Run by no test. Needs a built jar (built here with mvn package -DskipTests if missing), wrk and jcmd.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
export BENCH_DIR=$ROOT/bench
JAR=$ROOT/bootstrap/target/courseport.jar
STUDENTS=${BENCH_STUDENTS:-1000}
export BENCH_CRITERIA=${BENCH_CRITERIA:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-20}
read -r -a JAVA_OPTS <<< "${BENCH_JAVA_OPTS:--Xms512m -Xmx512m}"
export BENCH_THREADS=2
# Each wrk thread marks the groups of its own residue: the count must divide among them.
[ $((STUDENTS % BENCH_THREADS)) -eq 0 ] || { echo "BENCH_STUDENTS must be a multiple of $BENCH_THREADS" >&2; exit 2; }
# With fewer groups per thread than connections, one group's rounds overlap and some marks meet a
# completed result (404s counted as errors): fine for checking that it runs, not for figures.
[ "$STUDENTS" -ge $((2 * CONNECTIONS)) ] || echo "note: $STUDENTS groups for $CONNECTIONS connections: expect errors" >&2

[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q package -DskipTests)
command -v wrk >/dev/null || { echo "needs wrk" >&2; exit 2; }

source "$BENCH_DIR/lib/jvms.sh"

ROWS=()
CEILING=
# scenario LABEL SECONDS SCRIPT URL: runs wrk and adds a table row; the first row is the ceiling.
scenario() {
    local label=$1 seconds=$2 script=$3 url=$4 line before after
    before=$(cpu_ticks "$TARGET")
    line=$(wrk -t"$BENCH_THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s -s "$BENCH_DIR/wrk/$script" "$url" | grep '^RESULT')
    after=$(cpu_ticks "$TARGET")
    read -r _ rps p50 p99 errors requests <<< "$line"
    [ -z "$CEILING" ] && CEILING=$rps
    ROWS+=("$(printf '| %-52s | %5s | %9s | %8s | %8s | %6s | %9s | %6s | %10s |' "$label" "$CONNECTIONS" "$rps" "$p50" "$p99" \
        "$(awk -v a="$rps" -v b="$CEILING" 'BEGIN { printf "%.0f%%", 100 * a / b }')" "$requests" "$errors" \
        "$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", 1e6 * t / hz / n }')")")
}
heap_after_gc() {
    jcmd "$SERVER" GC.run > /dev/null
    jcmd "$SERVER" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{ printf "%.1f MB", $2 / 1024 }'
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

echo "Starting the server (java ${JAVA_OPTS[*]}) ..." >&2
# Rate limits far above the load: every request pays for its counting, none is refused.
start "$WORK/server.log" java "${JAVA_OPTS[@]}" -jar "$JAR" serve --data "$WORK/data" --port 0 \
    --rate-limit-read 1000000000/1m --rate-limit-write 1000000000/1m
SERVER=$PID
BASE=http://127.0.0.1:$PORT
TOKEN=$(cat "$WORK/data/admin.token")

echo "Seeding $STUDENTS students in groups of one, $BENCH_CRITERIA criteria, every group collected ..." >&2
export BENCH_GROUPS_FILE=$WORK/groups.txt
java "${JAVA_OPTS[@]}" "$BENCH_DIR/MarkingSeed.java" "$BASE" "$TOKEN" "$STUDENTS" "$BENCH_CRITERIA" "$BENCH_GROUPS_FILE"
read -r COURSE ASSIGNMENT < "$BENCH_GROUPS_FILE"
SUMMARY_URL=$BASE/api/courses/$COURSE/assignments/$ASSIGNMENT/grades_summary.json

echo "Starting the ceiling (bare Grizzly, the status document MarkUs answers) ..." >&2
printf '{"code":"200","description":""}' > "$WORK/status.json"
start "$WORK/ceiling.log" java "${JAVA_OPTS[@]}" -cp "$JAR" "$BENCH_DIR/CeilingServer.java" 0 "$WORK/status.json"
CEILING_PID=$PID
TARGET=$CEILING_PID
wrk -t"$BENCH_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$PORT/" > /dev/null
scenario "ceiling: bare Grizzly, fixed JSON" "$DURATION" get.lua "http://127.0.0.1:$PORT/"
kill "$CEILING_PID"

export BENCH_AUTH="MarkUsAuth $TOKEN"
TARGET=$SERVER
echo "Marking, ${DURATION}s after ${WARMUP}s of warm-up ..." >&2
wrk -t"$BENCH_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/marking.lua" "$BASE/" > /dev/null
scenario "PUT update_marks / update_marking_state ($STUDENTS groups)" "$DURATION" marking.lua "$BASE/"

echo "Streaming grades_summary ..." >&2
HEAP_BEFORE=$(heap_after_gc)
read -r SECONDS_TAKEN BYTES STATUS <<< "$(curl -sS -o "$WORK/summary.csv" -w '%{time_total} %{size_download} %{http_code}' \
    -H "Authorization: MarkUsAuth $TOKEN" "$SUMMARY_URL")"
[ "$STATUS" = 200 ] || { echo "grades_summary answered $STATUS" >&2; cat "$WORK/summary.csv" >&2; exit 1; }
HEAP_AFTER=$(heap_after_gc)
SUMMARY_ROWS=$(($(wc -l < "$WORK/summary.csv") - 2))

echo
echo "Courseport marking load, $(date -u +%FT%TZ), $(nproc) cores, load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg), java ${JAVA_OPTS[*]}, wrk -t$BENCH_THREADS, ${DURATION}s after ${WARMUP}s warm-up"
echo
echo "| scenario                                             | conns |     req/s |  p50 ms  |  p99 ms  | ceil.  |  requests | errors | CPU µs/req |"
echo "|------------------------------------------------------|-------|-----------|----------|----------|--------|-----------|--------|------------|"
printf '%s\n' "${ROWS[@]}"
echo
echo "| grades_summary | students | criteria |      time |     body | heap after GC before | heap after GC after |"
echo "|----------------|----------|----------|-----------|----------|----------------------|---------------------|"
printf '| %-14s | %8s | %8s | %7.2f s | %6.1f KB | %20s | %19s |\n' "CSV, streamed" "$SUMMARY_ROWS" "$BENCH_CRITERIA" \
    "$SECONDS_TAKEN" "$(awk -v b="$BYTES" 'BEGIN { print b / 1024 }')" "$HEAP_BEFORE" "$HEAP_AFTER"
