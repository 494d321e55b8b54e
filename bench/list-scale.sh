#!/usr/bin/env bash
# The TODO list endpoint as the data grows: does the total count keep it fast?
#
#   bench/list-scale.sh            (root; ~4 minutes)
#
# What it does, all on this machine in one run:
#   1. a throwaway PostgreSQL 15 cluster (fsync off) and the release todo-server on it;
#   2. USERS users signed up through the API (bench/todo/seed.py), then, for each SIZE in SIZES,
#      the tasks table refilled in SQL with SIZE tasks per user (VACUUM ANALYZE after);
#   3. wrk -c64 on GET /api/{user_id}/tasks?limit=50 (round-robin over the users, as
#      bench/todo.sh's list scenario; each answer carries X-Total-Count = SIZE);
#   4. the ceiling P: pgbench -M prepared -c16 on the page query plus a separate count(*), the
#      two statements of one transaction (bench/todo/ideal/list-scale.sql), and for reference the
#      single statement with count(*) OVER () that the list used before (list.sql);
#   5. H: nginx serving the server's /health JSON (wrk with the same settings), so that
#      L = 1 / (1/H + 1/P) is the physical limit of each size, and rps / L is printed.
# Target (issue 15): rps >= 0.6 L at every size.
#
# Knobs: SIZES ("20 1000 10000"), USERS (20), DURATION (10s), CONNECTIONS (64), THREADS (2),
# PGBENCH_SECONDS (10). Writes bench/results/list-scale-<UTC date-time>.md.
set -Eeuo pipefail
trap 'echo "bench/list-scale.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR

root=$(cd "$(dirname "$0")/.." && pwd)
here=$root/bench/todo
SIZES=${SIZES:-20 1000 10000}
USERS=${USERS:-20}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
SECRET=bench-secret-bench-secret-bench-secret-0123456789
PGBIN=/usr/lib/postgresql/15/bin

die() { echo "bench/list-scale.sh: $*" >&2; exit 2; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
for tool in wrk curl nginx python3 runuser "$PGBIN/initdb" "$PGBIN/pg_ctl" "$PGBIN/pgbench" "$PGBIN/psql"; do
    command -v "$tool" >/dev/null || die "missing $tool"
done
[ "$(id -u)" = 0 ] || die "run as root (the cluster runs as the postgres user via runuser)"
# shellcheck source=bench/lib/nginx-health.sh
. "$root/bench/lib/nginx-health.sh"

tmp=$(mktemp -d /tmp/bench-list-scale.XXXXXX)
chmod 755 "$tmp"
chown postgres "$tmp"
pg_started=""
server_pid=""
nginx_pid=""
cleanup() {
    local status=$?
    set +e
    trap - ERR
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    [ -n "$pg_started" ] && runuser -u postgres -- "$PGBIN/pg_ctl" stop -D "$tmp/data" -m immediate -s >/dev/null 2>&1
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# --- 1. the cluster and the server ---------------------------------------------------------------
if [ -z "${SERVER_BIN:-}" ]; then
    log "building todo-server (release)"
    (cd "$root" && swift build -c release --product todo-server >&2) || die "swift build failed"
    SERVER_BIN=$(cd "$root" && swift build -c release --show-bin-path)/todo-server
fi
pg_port=$(free_port)
runuser -u postgres -- "$PGBIN/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
# glibc's malloc thresholds fixed as in bench/todo.sh (docs/decisions/0009).
runuser -u postgres -- env MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=67108864 \
    "$PGBIN/pg_ctl" start -D "$tmp/data" -w -t 60 -s -l "$tmp/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $tmp -c max_connections=300 -c shared_buffers=256MB \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off" || { cat "$tmp/postgres.log" >&2; die "no cluster"; }
pg_started=1
psql_as() { runuser -u postgres -- "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d todo "$@"; }
runuser -u postgres -- "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE todo"
port=$(free_port)
(cd "$tmp" && exec env DATABASE_URL="postgresql://postgres@127.0.0.1:$pg_port/todo" BETTER_AUTH_SECRET="$SECRET" \
    HOST=127.0.0.1 PORT="$port" LOG_LEVEL=warning "$SERVER_BIN" > "$tmp/server.log" 2>&1) &
server_pid=$!
url=http://127.0.0.1:$port
for _ in $(seq 1 300); do curl -fsS -m 2 -o /dev/null "$url/ready" 2>/dev/null && break; sleep 0.2; done
curl -fsS -o /dev/null "$url/ready" || { tail -20 "$tmp/server.log" >&2; die "todo-server did not become ready"; }

# --- 2. users (through the API, for their tokens) --------------------------------------------------
python3 "$here/seed.py" "$url" "$USERS" 1 "$tmp/users.tsv" 8 > "$tmp/seed.txt" 2>&1 || { cat "$tmp/seed.txt" >&2; die "seeding failed"; }
chmod 644 "$tmp/users.tsv"
psql_as <<'SQL'
CREATE TABLE bench_users AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM users;
ALTER TABLE bench_users ADD PRIMARY KEY (n);
ANALYZE bench_users;
SQL

# --- 5. H ----------------------------------------------------------------------------------------
curl -fsS "$url/health" > "$tmp/health.json"
nginx_port=$(free_port)
start_nginx_health "$tmp/nginx" "$nginx_port" "$tmp/health.json" || die "nginx did not start"
nginx_url=http://127.0.0.1:$nginx_port/health
wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$nginx_url" > /dev/null 2>&1 || true
h_rps=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$nginx_url" 2>&1 | awk '/^Requests\/sec/ { print $2 }')
log "H: nginx GET /health: $h_rps rps"

pgbench_tps() {  # SCRIPT
    local script=$tmp/$(basename "$1")
    sed -e "s/:users/$USERS/g" "$1" > "$script"
    chmod 644 "$script"
    runuser -u postgres -- "$PGBIN/pgbench" -n -M prepared -c 16 -j 2 -T "$PGBENCH_SECONDS" -f "$script" \
        -h 127.0.0.1 -p "$pg_port" -U postgres todo 2>&1 | awk '/^tps = / { print $3; exit }'
}

# --- per size: refill, wrk, pgbench ----------------------------------------------------------------
results=$tmp/results.tsv
: > "$results"
for size in $SIZES; do
    psql_as <<SQL
TRUNCATE tasks;
INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at)
SELECT u.id, 'task ' || g, CASE WHEN g % 2 = 0 THEN 'details of task ' || g END, g % 3 = 0,
       now() - g * interval '1 second', now() - g * interval '1 second'
FROM users u, generate_series(1, $size) g;
VACUUM ANALYZE tasks;
SQL
    total=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $(cut -f2 "$tmp/users.tsv" | head -1)" \
        "$url/api/$(cut -f1 "$tmp/users.tsv" | head -1)/tasks?limit=50" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" { print $2 }')
    [ "$total" = "$size" ] || die "X-Total-Count is '$total', expected $size"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s "$here/scenario.lua" "$url" -- list "$tmp/users.tsv" lean > /dev/null 2>&1 || true
    rps=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$here/scenario.lua" "$url" -- list "$tmp/users.tsv" lean 2>&1 \
        | awk '/^Requests\/sec/ { print $2 }')
    p=$(pgbench_tps "$here/ideal/list-scale.sql")
    window=$(pgbench_tps "$here/ideal/list.sql")
    log "$size tasks per user: server $rps rps; P (page + count) $p tps; count(*) OVER () $window tps"
    printf '%s\t%s\t%s\t%s\n' "$size" "$rps" "$p" "$window" >> "$results"
done

# --- report ----------------------------------------------------------------------------------------
mkdir -p "$root/bench/results"
report=$root/bench/results/list-scale-$(date -u +%Y-%m-%dT%H%MZ).md
{
    echo "# bench/list-scale.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "GET /api/{user_id}/tasks?limit=50, wrk -t$THREADS -c$CONNECTIONS -d$DURATION over $USERS users;"
    echo "P = pgbench -M prepared -c16 -T$PGBENCH_SECONDS on the page query plus a separate count (two"
    echo "statements); H = nginx /health = $h_rps rps; L = 1 / (1/H + 1/P). The last column is the single"
    echo "statement with count(*) OVER () the list used before, for reference."
    echo
    echo "| tasks per user | server rps | P tps | L | rps / L | count(*) OVER () tps |"
    echo "|---:|---:|---:|---:|---:|---:|"
    awk -F'\t' -v h="$h_rps" '{ l = 1 / (1 / h + 1 / $3); printf "| %s | %.0f | %.0f | %.0f | **%.2f** | %.0f |\n", $1, $2, $3, l, $2 / l, $4 }' "$results"
} | tee "$report"
echo "written to $report"
