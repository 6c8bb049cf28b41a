# Sourced by the load benchmarks: a work directory removed on exit, and JVMs started and killed with it.
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# Starts a JVM whose stderr announces "serving on http://127.0.0.1:PORT/"; sets PID and PORT.
start() {
    local log=$1; shift
    "$@" > "$log.out" 2> "$log" &
    PID=$!
    PIDS+=("$PID")
    for _ in $(seq 1 900); do
        PORT=$(grep -ao 'serving on http://127.0.0.1:[0-9]*' "$log" 2>/dev/null | grep -o '[0-9]*$' || true)
        [ -n "$PORT" ] && return 0
        kill -0 "$PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.1
    done
    echo "no server came up; see $log" >&2; exit 1
}

# The CPU time (user + system, in clock ticks) the process has used so far.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
