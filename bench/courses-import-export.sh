#!/usr/bin/env bash
# Course import/export benchmark: generates a large OLX course, starts the real server (the jar, with a
# small heap to show memory stays flat), and compares import and export with tar doing the same work.
#
#   mvn -q package -DskipTests && bench/courses-import-export.sh [--postgres] [ASSET_MB=300] [VERTICALS=800] [HEAP=256m]
#   (BENCH_JAR=path runs another build of the server jar, e.g. a copy taken before a change, to compare)
#
# Each server is warmed up first, as bench/rest-load.sh warms its routes: it imports, re-imports and
# exports a small course of its own (32 MiB, sharing no file with the measured one), so the figures are a
# running server's rather than a fresh JVM's first requests, whose compiling takes a third of their CPU on
# two cores. BENCH_COLD=1 leaves the warm-up out.
#
# --postgres runs the server a second time on PostgreSQL (COURSEPORT_TEST_PG_URL, _USER, _PASSWORD, as the
# tests use; a fresh schema is made and dropped) and compares it with the embedded store.
# Ratios are only worth something on a quiet machine: with a load average over 1 the script refuses to
# print them unless BENCH_FORCE=1, and it always prints the load beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
POSTGRES=
if [[ ${1:-} == --postgres ]]; then POSTGRES=1; shift; fi
ASSET_MB=${1:-300}
VERTICALS=${2:-800}
HEAP=${3:-256m}
JAR=${BENCH_JAR:-bootstrap/target/courseport.jar}
[[ -f $JAR ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
load() { cut -d' ' -f1 /proc/loadavg; }
busy() { awk -v l="$(load)" 'BEGIN { exit !(l > 1) }'; }
# The load before the run says whether anything else is running; during it, the benchmark's own tar,
# gzip and server keep both cores busy, so the load it ends with counts itself.
LOAD_START=$(load)
FORCED=
if busy; then
  [[ ${BENCH_FORCE:-} == 1 ]] || { echo "load average $LOAD_START is over 1: figures would be meaningless; wait for a quiet machine or set BENCH_FORCE=1" >&2; exit 2; }
  FORCED="   FORCED: the machine was busy before the run, these figures mean little"
fi
if [[ -n $POSTGRES ]]; then
  : "${COURSEPORT_TEST_PG_URL:?--postgres needs COURSEPORT_TEST_PG_URL, _USER and _PASSWORD}"
  [[ $COURSEPORT_TEST_PG_URL =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]] \
    || { echo "cannot read $COURSEPORT_TEST_PG_URL" >&2; exit 1; }
  PG_HOST=${BASH_REMATCH[1]}; PG_PORT=${BASH_REMATCH[3]:-5432}; PG_DB=${BASH_REMATCH[4]}
  SCHEMA=bench_$$
  pg() { PGPASSWORD=${COURSEPORT_TEST_PG_PASSWORD:-} PGOPTIONS=--client-min-messages=warning psql -qX -h "$PG_HOST" -p "$PG_PORT" -U "${COURSEPORT_TEST_PG_USER:-}" -d "$PG_DB" -c "$1"; }
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/courses-bench.XXXXXX")
SERVER_PID=
cleanup() {
  if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
  if [[ -n $POSTGRES ]]; then pg "drop schema if exists $SCHEMA cascade" || true; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== generating the course ($ASSET_MB MiB of assets, $VERTICALS verticals) in $WORK"
java bench/CoursesGenerator.java "$WORK/course" "$ASSET_MB" "$VERTICALS"

if [[ ${BENCH_COLD:-} != 1 ]]; then
  java bench/CoursesGenerator.java "$WORK/warmup" 32 100 7 Warmup
  tar -czf "$WORK/warmup.tar.gz" -C "$WORK/warmup" .
fi

echo "== tar baselines (gzip at its default level)"
sync
t0=$(now); tar -czf "$WORK/course.tar.gz" -C "$WORK/course" .; t1=$(now)
TAR_CZF=$(elapsed "$t0" "$t1")
mkdir "$WORK/untarred"; sync
t0=$(now); tar -xzf "$WORK/course.tar.gz" -C "$WORK/untarred"; t1=$(now)
TAR_XZF=$(elapsed "$t0" "$t1")
# The server syncs every file it stores before naming it (a crash must not leave a torn blob); tar does
# not, so the same extraction followed by sync is shown beside it for reference.
rm -rf "$WORK/untarred"; mkdir "$WORK/untarred"; sync
t0=$(now); tar -xzf "$WORK/course.tar.gz" -C "$WORK/untarred"; sync; t1=$(now)
TAR_XZF_SYNC=$(elapsed "$t0" "$t1")
ARCHIVE_MB=$(( $(stat -c %s "$WORK/course.tar.gz") >> 20 ))
echo "archive: $ARCHIVE_MB MiB, $(find "$WORK/course" -type f | wc -l) files"

KEY="course-v1:Bench+Big+2026"

# run LABEL [serve flags...]: starts the server on a data directory of its own, imports, re-imports and
# exports; sets IMPORT, REIMPORT, EXPORT, SAME, PEAK_RSS_MB.
run() {
  local label=$1; shift
  echo "== $label: starting the server with -Xmx$HEAP"
  local port data="$WORK/data-$label"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  java -Xmx"$HEAP" -jar "$JAR" serve --port "$port" --data "$data" "$@" > "$WORK/server-$label.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  local token api status t0 t1
  token=$(cat "$data/admin.token")
  api="http://127.0.0.1:$port/api/v1"
  import() {
    curl -sS -o "$WORK/import.json" -w '%{http_code}' -X POST -H "Authorization: MarkUsAuth $token" \
      -H 'Content-Type: application/gzip' -H 'Accept: application/json' \
      -T "$WORK/course.tar.gz" "$api/import/$KEY?wait=true"
  }
  if [[ ${BENCH_COLD:-} != 1 ]]; then
    echo "== $label: warming up (another course: import, identical re-import, export)"
    local expected
    for expected in 201 200; do
      status=$(curl -sS -o "$WORK/import.json" -w '%{http_code}' -X POST -H "Authorization: MarkUsAuth $token" \
        -H 'Content-Type: application/gzip' -T "$WORK/warmup.tar.gz" "$api/import/course-v1:Bench+Warmup+2026?wait=true")
      [[ $status == "$expected" ]] || { echo "warm-up import answered $status: $(cat "$WORK/import.json")" >&2; exit 1; }
    done
    status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: MarkUsAuth $token" "$api/export/course-v1:Bench+Warmup+2026.tar.gz")
    [[ $status == 200 ]] || { echo "warm-up export answered $status" >&2; exit 1; }
  fi
  echo "== $label: first import"
  sync
  t0=$(now); status=$(import); t1=$(now)
  IMPORT=$(elapsed "$t0" "$t1")
  [[ $status == 201 ]] || { echo "first import answered $status: $(cat "$WORK/import.json")" >&2; exit 1; }
  echo "== $label: identical re-import"
  t0=$(now); status=$(import); t1=$(now)
  REIMPORT=$(elapsed "$t0" "$t1")
  [[ $status == 200 ]] || { echo "re-import answered $status: $(cat "$WORK/import.json")" >&2; exit 1; }
  echo "== $label: export"
  t0=$(now)
  status=$(curl -sS -o "$WORK/export.tar.gz" -w '%{http_code}' -H "Authorization: MarkUsAuth $token" \
    -H 'Accept: application/x-tgz' "$api/export/$KEY")
  t1=$(now)
  EXPORT=$(elapsed "$t0" "$t1")
  [[ $status == 200 ]] || { echo "export answered $status" >&2; exit 1; }
  rm -rf "$WORK/exported"; mkdir "$WORK/exported"
  tar -xzf "$WORK/export.tar.gz" -C "$WORK/exported"
  diff -r -q "$WORK/course" "$WORK/exported" && SAME="every file byte-identical" || SAME="FILES DIFFER"
  PEAK_RSS_MB=$(( $(awk '/VmHWM/ { print $2 }' "/proc/$SERVER_PID/status") / 1024 ))
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}

run embedded
H2_IMPORT=$IMPORT; H2_REIMPORT=$REIMPORT; H2_EXPORT=$EXPORT; H2_SAME=$SAME; H2_RSS=$PEAK_RSS_MB
if [[ -n $POSTGRES ]]; then
  pg "create schema $SCHEMA"
  sep='?'; [[ $COURSEPORT_TEST_PG_URL == *\?* ]] && sep='&'
  COURSEPORT_DB_PASSWORD=${COURSEPORT_TEST_PG_PASSWORD:-} run postgres \
    --db-url "$COURSEPORT_TEST_PG_URL${sep}currentSchema=$SCHEMA" --db-user "${COURSEPORT_TEST_PG_USER:-}"
fi

LOAD_END=$(load)
cat <<REPORT

Course: $(find "$WORK/course" -type f | wc -l) files, archive $ARCHIVE_MB MiB; server -Xmx$HEAP; $(nproc) cores
Load average (1 min) before the run: $LOAD_START, at its end: $LOAD_END (the benchmark's own work)$FORCED
Server: $([[ ${BENCH_COLD:-} == 1 ]] && echo "cold (the measured requests are its first)" || echo "warmed up by a 32 MiB course first")
  tar -czf               ${TAR_CZF}s
  tar -xzf               ${TAR_XZF}s   (${TAR_XZF_SYNC}s with sync)
  import (201)           ${H2_IMPORT}s
  identical re-import    ${H2_REIMPORT}s
  export                 ${H2_EXPORT}s   ($H2_SAME)
  peak RSS               ${H2_RSS} MiB   (flat from 300 MiB to 1 GiB courses)

  import / tar -xzf            $(ratio "$H2_IMPORT" "$TAR_XZF")   (target <= 1.5; $(ratio "$H2_IMPORT" "$TAR_XZF_SYNC") against tar -xzf && sync, target <= 1.5)
  export / tar -czf            $(ratio "$H2_EXPORT" "$TAR_CZF")   (target <= 0.6 on two cores)
  re-import / first import     $(ratio "$H2_REIMPORT" "$H2_IMPORT")   (target <= 0.3)
REPORT
if [[ -n $POSTGRES ]]; then
cat <<REPORT
PostgreSQL:
  import (201)           ${IMPORT}s
  identical re-import    ${REIMPORT}s
  export                 ${EXPORT}s   ($SAME)
  peak RSS               ${PEAK_RSS_MB} MiB
  PostgreSQL import / embedded import    $(ratio "$IMPORT" "$H2_IMPORT")   (target <= 1.3)
  PostgreSQL re-import / its import      $(ratio "$REIMPORT" "$IMPORT")   (target <= 0.3)
  PostgreSQL export / tar -czf           $(ratio "$EXPORT" "$TAR_CZF")
REPORT
fi
