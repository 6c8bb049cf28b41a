#!/usr/bin/env bash
# Course import/export benchmark: generates a large OLX course, starts the real server (the jar, with a
# small heap to show memory stays flat), and compares import and export with tar doing the same work.
#
#   mvn -q package -DskipTests && bench/courses-import-export.sh [ASSET_MB=300] [VERTICALS=800] [HEAP=256m]
#
# Prints: import / tar -xzf (target <= 1.5), export / tar -czf (target <= 1.3),
#         identical re-import / first import (target <= 0.6).
set -euo pipefail
cd "$(dirname "$0")/.."
ASSET_MB=${1:-300}
VERTICALS=${2:-800}
HEAP=${3:-256m}
JAR=bootstrap/target/courseport.jar
[[ -f $JAR ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/courses-bench.XXXXXX")
SERVER_PID=
cleanup() {
  if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== generating the course ($ASSET_MB MiB of assets, $VERTICALS verticals) in $WORK"
java bench/CoursesGenerator.java "$WORK/course" "$ASSET_MB" "$VERTICALS"

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

echo "== starting the server with -Xmx$HEAP"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
java -Xmx"$HEAP" -jar "$JAR" serve --port "$PORT" --data "$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.5
done
TOKEN=$(cat "$WORK/data/admin.token")
API="http://127.0.0.1:$PORT/api/v1"
KEY="course-v1:Bench+Big+2026"

import() {
  curl -sS -o "$WORK/import.json" -w '%{http_code}' -X POST -H "Authorization: MarkUsAuth $TOKEN" \
    -H 'Content-Type: application/gzip' -H 'Accept: application/json' \
    --data-binary @"$WORK/course.tar.gz" "$API/import/$KEY?wait=true"
}

echo "== first import"
sync
t0=$(now); STATUS=$(import); t1=$(now)
IMPORT=$(elapsed "$t0" "$t1")
[[ $STATUS == 201 ]] || { echo "first import answered $STATUS: $(cat "$WORK/import.json")" >&2; exit 1; }

echo "== identical re-import"
t0=$(now); STATUS=$(import); t1=$(now)
REIMPORT=$(elapsed "$t0" "$t1")
[[ $STATUS == 200 ]] || { echo "re-import answered $STATUS: $(cat "$WORK/import.json")" >&2; exit 1; }

echo "== export"
t0=$(now)
STATUS=$(curl -sS -o "$WORK/export.tar.gz" -w '%{http_code}' -H "Authorization: MarkUsAuth $TOKEN" \
  -H 'Accept: application/x-tgz' "$API/export/$KEY")
t1=$(now)
EXPORT=$(elapsed "$t0" "$t1")
[[ $STATUS == 200 ]] || { echo "export answered $STATUS" >&2; exit 1; }

mkdir "$WORK/exported"
tar -xzf "$WORK/export.tar.gz" -C "$WORK/exported"
diff -r -q "$WORK/course" "$WORK/exported" && SAME="every file byte-identical" || SAME="FILES DIFFER"
PEAK_RSS_MB=$(( $(awk '/VmHWM/ { print $2 }' "/proc/$SERVER_PID/status") / 1024 ))

cat <<REPORT

Course: $(find "$WORK/course" -type f | wc -l) files, archive $ARCHIVE_MB MiB; server -Xmx$HEAP, peak RSS $PEAK_RSS_MB MiB
  tar -czf               ${TAR_CZF}s
  tar -xzf               ${TAR_XZF}s   (${TAR_XZF_SYNC}s with sync)
  import (201)           ${IMPORT}s
  identical re-import    ${REIMPORT}s
  export                 ${EXPORT}s   ($SAME)

  import / tar -xzf            $(ratio "$IMPORT" "$TAR_XZF")   (target <= 1.5; $(ratio "$IMPORT" "$TAR_XZF_SYNC") against tar -xzf && sync)
  export / tar -czf            $(ratio "$EXPORT" "$TAR_CZF")   (target <= 1.3)
  re-import / first import     $(ratio "$REIMPORT" "$IMPORT")   (target <= 0.6)
REPORT
