#!/usr/bin/env bash
# Load test: todo-server's GET /health against nginx serving the same JSON body with keep-alive,
# wrk with the same settings on each, in one run. Reports rps, p50/p99, the rps ratio and the
# server's RSS under load, and checks the targets (>= 0.6x nginx rps, p99 < 5 ms, RSS < 40 MB).
#
#   bench/http.sh                  # builds todo-server (release) and runs both
#   SERVER_BIN=/path/to/binary bench/http.sh   # skip the build, bench that binary instead
#
# Knobs (environment): DURATION (10s), CONNECTIONS (64), THREADS (2), SERVER_PORT (18080),
# NGINX_PORT (18081), LOG_LEVEL (warning: an info access-log line per request would measure
# stderr, not the server). The server gets HOST/PORT and a throwaway BETTER_AUTH_SECRET unless
# set; DATABASE_URL is passed through (unset: the server's own development database).
# Run as root (nginx is started with -p in a temporary prefix). Exit status 1 if a target is missed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
duration=${DURATION:-10s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
server_port=${SERVER_PORT:-18080}
nginx_port=${NGINX_PORT:-18081}
for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done

if [ -z "${SERVER_BIN:-}" ]; then
    (cd "$root" && swift build -c release --product todo-server >&2)
    SERVER_BIN=$(cd "$root" && swift build -c release --show-bin-path)/todo-server
fi

tmp=$(mktemp -d /tmp/bench-http.XXXXXX)
chmod 755 "$tmp"
server_pid=""
nginx_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

wait_for() {  # URL: up to 120 s (the first start may create a development database)
    for _ in $(seq 1 1200); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "no answer from $1" >&2
    return 1
}

# --- the server --------------------------------------------------------------------------
(
    cd "$tmp"
    export HOST=127.0.0.1 PORT=$server_port LOG_LEVEL=${LOG_LEVEL:-warning}
    export BETTER_AUTH_SECRET=${BETTER_AUTH_SECRET:-bench-secret-bench-secret-bench-secret-42}
    exec "$SERVER_BIN" > "$tmp/server.log" 2>&1
) &
server_pid=$!
wait_for "http://127.0.0.1:$server_port/health"
curl -fsS "http://127.0.0.1:$server_port/health" > "$tmp/health.json"
chmod 644 "$tmp/health.json"

# --- nginx with the same body ------------------------------------------------------------
. "$root/bench/lib/nginx-health.sh"
start_nginx_health "$tmp/nginx" "$nginx_port" "$tmp/health.json"

# --- load ----------------------------------------------------------------------------------
run_wrk() {  # NAME URL
    wrk -c"$connections" -t"$threads" -d2s "$2" > /dev/null  # warm-up
    wrk -c"$connections" -t"$threads" -d"$duration" --latency "$2" > "$tmp/$1.wrk"
}

to_ms() {  # wrk latency like 850.00us / 1.20ms / 1.01s -> milliseconds
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000
        printf "%.3f", n
    }'
}

field() {  # NAME KEY -> value from the wrk report
    case $2 in
        rps) awk '/^Requests\/sec/ { print $2 }' "$tmp/$1.wrk" ;;
        p50) to_ms "$(awk '$1 == "50%" { print $2 }' "$tmp/$1.wrk")" ;;
        p99) to_ms "$(awk '$1 == "99%" { print $2 }' "$tmp/$1.wrk")" ;;
        errors) awk '/Non-2xx|Socket errors/ { print }' "$tmp/$1.wrk" | tr '\n' ' ' ;;
    esac
}

run_wrk server "http://127.0.0.1:$server_port/health"
rss_peak=$(awk '/^VmHWM/ { print $2 }' "/proc/$server_pid/status")
rss_now=$(awk '/^VmRSS/ { print $2 }' "/proc/$server_pid/status")
run_wrk nginx "http://127.0.0.1:$nginx_port/health"

s_rps=$(field server rps); n_rps=$(field nginx rps)
s_p50=$(field server p50); s_p99=$(field server p99)
n_p50=$(field nginx p50); n_p99=$(field nginx p99)
ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
rss_mb=$(awk -v k="$rss_peak" 'BEGIN { printf "%.1f", k / 1024 }')

printf '%-12s %12s %10s %10s\n' target rps p50_ms p99_ms
printf '%-12s %12s %10s %10s\n' todo-server "$s_rps" "$s_p50" "$s_p99"
printf '%-12s %12s %10s %10s\n' nginx "$n_rps" "$n_p50" "$n_p99"
echo "ratio (server/nginx rps): $ratio"
echo "server RSS: peak ${rss_mb} MB (VmHWM ${rss_peak} kB, VmRSS ${rss_now} kB)"
[ -n "$(field server errors)" ] && echo "server wrk errors: $(field server errors)"

status=0
check() {  # DESCRIPTION CONDITION
    if awk "BEGIN { exit !($2) }"; then echo "PASS $1"; else echo "FAIL $1"; status=1; fi
}
check "rps >= 0.6x nginx ($ratio)" "$ratio >= 0.6"
check "p99 < 5 ms ($s_p99 ms)" "$s_p99 < 5"
check "RSS < 40 MB ($rss_mb MB)" "$rss_mb < 40"
exit $status
