#!/usr/bin/env bash
# Hostile-but-fair load on the release todo-server, for the bounds in docs/threat_model.md:
#   1. slow uploads: CONNECTIONS (3000) clients each send a head declaring a 1 MiB body and
#      1 MiB - 200 bytes of it, then a byte every 8 s, for SLOW_SECONDS (30); a legitimate client
#      creates tasks meanwhile. Peak RSS during the attack, RSS 2 s and 5 s after it, the
#      legitimate success rate.
#   2. idle sockets: IDLE_SOCKETS (10000, the connection cap) silent connections, each reopened
#      as soon as the server closes it, for IDLE_SECONDS (20); a legitimate client sends
#      GET /health on a fresh connection in a loop. Its success rate.
#   3. login burst: LOGINS (1000) logins sent in a fraction of a second and abandoned, then one
#      real login, timed.
# Targets (exit status 1 if one is missed): peak RSS < 256 MB and legitimate success >= 95% under
# slow uploads, RSS within 32 MB of the pre-attack level 5 s after it; legitimate success >= 95%
# under idle sockets; the real login answered within 2 s.
#
#   bench/hardening.sh                           # builds todo-server (release) and runs all three
#   SERVER_BIN=/path/to/todo-server bench/hardening.sh
#
# The server runs in a temporary folder with its own development database (stopped at the end),
# with the hard limit of open files for it and for the attacker (each needs ~10,100). Traffic goes to 127.0.0.1 only, every loop
# is bounded in time. A Markdown report lands in bench/results/hardening-<UTC date-time>.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=${SERVER_PORT:-18090}
connections=${CONNECTIONS:-3000}
slow_seconds=${SLOW_SECONDS:-30}
idle_sockets=${IDLE_SOCKETS:-10000}
idle_seconds=${IDLE_SECONDS:-20}
logins=${LOGINS:-1000}

if [ -z "${SERVER_BIN:-}" ]; then
    (cd "$root" && swift build -c release --product todo-server >&2)
    SERVER_BIN=$(cd "$root" && swift build -c release --show-bin-path)/todo-server
fi
ulimit -n "$(ulimit -Hn)"  # the server and the attacker each hold ~10,000 sockets

tmp=$(mktemp -d /tmp/bench-hardening.XXXXXX)
chmod 755 "$tmp"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    if [ -d "$tmp/.devdb/data" ]; then
        su postgres -s /bin/sh -c "pg_ctl stop -D '$tmp/.devdb/data' -m immediate -s" 2>/dev/null \
            || pg_ctl stop -D "$tmp/.devdb/data" -m immediate -s 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
export PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)"

start_server() {
    (
        cd "$tmp"
        export HOST=127.0.0.1 PORT=$port LOG_LEVEL=warning
        export BETTER_AUTH_SECRET=bench-secret-bench-secret-bench-secret-42
        exec "$SERVER_BIN" >> "$tmp/server.log" 2>&1
    ) &
    server_pid=$!
    for _ in $(seq 1 1200); do
        curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "the server did not start; its log:" >&2
    tail -20 "$tmp/server.log" >&2
    exit 2
}

stop_server() {
    kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

attack() { python3 "$root/bench/hardening/attack.py" "$@"; }
value() { python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

# Each scenario on a freshly started server, so one's leftovers do not colour the next.
start_server
slow=$(attack slow-upload "$port" "$server_pid" "$connections" "$slow_seconds")
echo "$slow"
stop_server
start_server
idle=$(attack idle-sockets "$port" "$idle_sockets" "$idle_seconds")
echo "$idle"
stop_server
start_server
burst=$(attack login-burst "$port" "$logins")
echo "$burst"
stop_server

status=0
verdicts=""
check() {  # DESCRIPTION CONDITION
    local verdict
    if python3 -c "import sys; sys.exit(0 if ($2) else 1)"; then verdict=PASS; else verdict=FAIL; status=1; fi
    echo "$verdict $1"
    verdicts+="| $1 | $verdict |"$'\n'
}
check "slow uploads: peak RSS $(value "$slow" peak_mb) MB < 256 MB" "$(value "$slow" peak_mb) < 256"
check "slow uploads: legitimate success $(value "$slow" legit_rate) >= 0.95" "$(value "$slow" legit_rate) >= 0.95"
check "slow uploads: RSS 5 s after $(value "$slow" after_5s_mb) MB within 32 MB of $(value "$slow" baseline_mb) MB" \
    "$(value "$slow" after_5s_mb) - $(value "$slow" baseline_mb) < 32"
check "idle sockets: legitimate success $(value "$idle" legit_rate) >= 0.95" "$(value "$idle" legit_rate) >= 0.95"
check "login burst: real login $(value "$burst" real_login_status) in $(value "$burst" real_login_wait_s) s < 2 s" \
    "$(value "$burst" real_login_status) == 200 and $(value "$burst" real_login_wait_s) < 2"

mkdir -p "$root/bench/results"
report="$root/bench/results/hardening-$(date -u +%Y%m%dT%H%M%SZ).md"
{
    echo "# bench/hardening.sh, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "| check | verdict |"
    echo "|---|---|"
    printf '%s' "$verdicts"
    echo
    echo '```'
    echo "$slow"
    echo "$idle"
    echo "$burst"
    echo '```'
} > "$report"
echo "report: $report"
exit $status
