#!/usr/bin/env bash
# The TODO benchmark: todo-server (release) against the FastAPI reference peer of the same
# contract, and the list query against a pgbench ceiling, in one run on one throwaway Postgres.
#
#   bench/todo.sh                         # build, seed, measure, print and save the table
#   SERVER_BIN=/path/to/todo-server bench/todo.sh        # skip the build
#   PEER_WORKERS="1" DURATION=10s bench/todo.sh          # quicker
#
# What it does, all on 127.0.0.1 and all cleaned up on exit (trap), failure included:
#   1. a PostgreSQL 15 cluster in a temporary directory (fsync=off, synchronous_commit=off,
#      full_page_writes=off: durability is not what is measured; glibc's malloc thresholds
#      fixed at their adaptive maximum, see 1. below) with databases todo_swift and todo_peer;
#   2. todo-server on todo_swift and the peer (uvicorn, WORKERS from PEER_WORKERS) on
#      todo_peer, both with the same DB_POOL_SIZE / DB_MAX_OVERFLOW and the same secret;
#   3. seeds each server through its own HTTP API (USERS users x TASKS tasks), keeping every
#      user's id, token and task ids for the wrk scripts, which go round-robin over the users;
#   4. wrk (-t THREADS -d DURATION --latency, after a WARMUP run) for the scenarios list, get,
#      toggle, create (create last: it grows the lists), counting non-2xx responses and keeping
#      an example from the warm-up (measured runs are lean: bench/todo/scenario.lua explains);
#      todo-server with -c CONNECTIONS, the peer with -c PEER_CONNECTIONS
#      (see below), plus one `list` run of the peer at -c CONNECTIONS to show what happens there;
#   5. pgbench -M prepared with the server's own `tasks_list_created_desc` statement, read from
#      Sources/TodoAPI/Generated/TaskStore.swift, for each of PGBENCH_CLIENTS, then in pairs
#      with our list (5b), and those pairs again on glibc's default malloc settings (5c);
#   5d. the physical limit L = 1 / (1/H + 1/P) of each scenario: H is nginx serving the server's
#      /health JSON (wrk with the scenarios' settings), P is pgbench -M prepared -c16 on the
#      endpoint's ideal SQL (bench/todo/ideal/*.sql: one statement each, a seeded row picked by a
#      random number through a small primary-keyed table); each scenario's rate is reported as a
#      fraction of its L (create's P is measured after the create scenario, as it adds rows);
#   6. samples the servers' VmRSS (uvicorn: the sum over its process tree) during each run, and
#      counts the CPU time of the server and of Postgres, and the database's transactions, per
#      request (to tell a slow server from a server that asks the database too much);
#   7. prints a Markdown table and writes it to bench/results/todo-<UTC date-time>.md (with the
#      last 500 lines of each server's log beside it).
#
# Why the peer gets fewer connections: it serves its sync endpoints and sync dependencies from
# one 40-thread pool per worker, and a request's session dependency holds a pooled database
# connection while its endpoint waits for a thread; past ~40 concurrent requests per worker the
# threads all wait for connections whose holders wait for threads, until SQLAlchemy's 10 s
# pool timeout answers 503. At -c64 with one worker it serves next to nothing; at 32 it runs at
# its best. So the ratios compare todo-server at 64 with the peer at its best.
#
# Knobs (environment): USERS (100), TASKS (50, at least 50 so a list is a full page),
# DURATION (15s), WARMUP (2s; 0 skips it), THREADS (2), CONNECTIONS (64), PEER_CONNECTIONS (32),
# PEER_WORKERS ("1 2"), PGBENCH_CLIENTS ("16 64"), PGBENCH_SECONDS (15), PAIRS (3),
# PAIR_SECONDS (8), PG_MALLOC_ENV (Postgres's glibc malloc variables, see 1.; empty for glibc's
# defaults), DEFAULT_MALLOC_PAIRS (2: pairs on glibc's defaults, see 5c), DB_POOL_SIZE (5),
# DB_MAX_OVERFLOW (10), PEER_DIR (/work/shared/peers/fastapi_todo, or
# ../shared/peers/fastapi_todo), PEER_PYTHON (a python with the peer's requirements; default
# .build/fastapi-venv/bin/python, created with `python3 -m venv` + pip when missing).
# Exit status: 0 when every target is met (>= 10x the peer's rps with the first PEER_WORKERS in
# every scenario, list >= 0.6x pgbench as the median of PAIRS back-to-back pairs (5b below), no
# non-2xx, no socket errors), 1 when one is
# missed, 2 when the benchmark itself could not run.
set -Eeuo pipefail
trap 'echo "bench/todo.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR

root=$(cd "$(dirname "$0")/.." && pwd)
here=$root/bench/todo
USERS=${USERS:-100}
TASKS=${TASKS:-50}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-2s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
PEER_CONNECTIONS=${PEER_CONNECTIONS:-32}
PEER_WORKERS=${PEER_WORKERS:-1 2}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-16 64}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-15}
PAIRS=${PAIRS:-3}
PAIR_SECONDS=${PAIR_SECONDS:-8}
PG_MALLOC_ENV=${PG_MALLOC_ENV-MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=67108864}
DEFAULT_MALLOC_PAIRS=${DEFAULT_MALLOC_PAIRS:-2}
export DB_POOL_SIZE=${DB_POOL_SIZE:-5}
export DB_MAX_OVERFLOW=${DB_MAX_OVERFLOW:-10}
SECRET=bench-secret-bench-secret-bench-secret-0123456789
PGBIN=/usr/lib/postgresql/15/bin
SCENARIOS="list get toggle create"

die() { echo "bench/todo.sh: $*" >&2; exit 2; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

for tool in wrk curl nginx python3 runuser "$PGBIN/initdb" "$PGBIN/pg_ctl" "$PGBIN/pgbench" "$PGBIN/psql"; do
    command -v "$tool" >/dev/null || die "missing $tool"
done
[ "$(id -u)" = 0 ] || die "run as root (the cluster runs as the postgres user via runuser)"

if [ -z "${PEER_DIR:-}" ]; then
    for candidate in /work/shared/peers/fastapi_todo "$root/../shared/peers/fastapi_todo"; do
        [ -f "$candidate/app/__main__.py" ] && PEER_DIR=$(cd "$candidate" && pwd) && break
    done
fi
[ -n "${PEER_DIR:-}" ] && [ -f "$PEER_DIR/app/__main__.py" ] || die "FastAPI peer not found (set PEER_DIR)"

# --- everything we start is recorded here and stopped by cleanup() --------------------------
tmp=$(mktemp -d /tmp/bench-todo.XXXXXX)
chmod 755 "$tmp"
chown postgres "$tmp"
pg_started=""
nginx_pid=""
server_pids=()
sampler_pid=""
helper_pids=()
cleanup() {
    local status=$?
    set +e
    trap - ERR
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null
    for pid in "${helper_pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${server_pids[@]}"; do stop_group "$pid"; done
    [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    [ -n "$pg_started" ] && runuser -u postgres -- "$PGBIN/pg_ctl" stop -D "$tmp/data" -m immediate -s >/dev/null 2>&1
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Each server runs in its own session (setsid), so its whole process tree (uvicorn's workers)
# is one process group we can signal by its leader's pid, and nothing else.
stop_group() {  # PID: SIGTERM the group, wait up to 10 s, then SIGKILL it
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 -- "-$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for() {  # URL SECONDS PID: until URL answers 200, the time is up or the process is gone
    local deadline=$((SECONDS + $2))
    while [ $SECONDS -lt $deadline ]; do
        curl -fsS -m 2 -o /dev/null "$1" 2>/dev/null && return 0
        kill -0 "$3" 2>/dev/null || return 1
        sleep 0.2
    done
    return 1
}

# --- 0. the peer's Python environment and our binary -------------------------------------------
PEER_PYTHON=${PEER_PYTHON:-$root/.build/fastapi-venv/bin/python}
if ! "$PEER_PYTHON" -c 'import fastapi, uvicorn, sqlmodel, psycopg2, jose, argon2' 2>/dev/null; then
    venv=$(dirname "$(dirname "$PEER_PYTHON")")
    log "creating the peer's virtualenv in $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q -r "$PEER_DIR/requirements.txt" >&2 || die "pip install failed"
    PEER_PYTHON=$venv/bin/python
fi
if [ -z "${SERVER_BIN:-}" ]; then
    log "building todo-server (release)"
    (cd "$root" && swift build -c release --product todo-server >&2) || die "swift build failed"
    SERVER_BIN=$(cd "$root" && swift build -c release --show-bin-path)/todo-server
fi
[ -x "$SERVER_BIN" ] || die "no executable at $SERVER_BIN"

load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 1. the cluster ------------------------------------------------------------------------------
# glibc's malloc thresholds for the postmaster and so for every backend, fixed at the values its
# adaptive mode reaches at most (allocations up to 32 MiB from the heap, trimmed past 64 MiB).
# On the defaults (128 KB for both until a large block is freed), backends executing the
# server's list statement with its NULL binds give ~136 KB back to the kernel at the end of
# every execution and take it again for the next (4 brk calls and ~34 page faults per query;
# pgbench's literal-NULL version of the statement stays under the threshold and does none of
# it). docs/decisions/0009 has the measurements; 5c below measures the ceiling pairs once more
# on glibc's defaults, for reference.
pg_port=$(free_port)
pg_start() {  # "NAME=value ..." for glibc's malloc, or "" for its defaults
    local -a settings=()
    read -r -a settings <<< "$1"
    # Ours only: none of the caller's malloc settings leak into either configuration.
    runuser -u postgres -- env -u MALLOC_TOP_PAD_ -u MALLOC_TRIM_THRESHOLD_ -u MALLOC_MMAP_THRESHOLD_ \
        -u MALLOC_MMAP_MAX_ -u MALLOC_ARENA_MAX -u GLIBC_TUNABLES "${settings[@]}" \
        "$PGBIN/pg_ctl" start -D "$tmp/data" -w -t 60 -s -l "$tmp/postgres.log" \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $tmp -c max_connections=300 \
            -c shared_buffers=128MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        || { cat "$tmp/postgres.log" >&2; die "the cluster did not start"; }
    pg_started=1
}
log "PostgreSQL 15 on 127.0.0.1:$pg_port (fsync=off, synchronous_commit=off, full_page_writes=off, malloc: ${PG_MALLOC_ENV:-glibc defaults})"
runuser -u postgres -- "$PGBIN/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
pg_start "$PG_MALLOC_ENV"
psql_as() {  # DB, then psql arguments
    local db=$1; shift
    runuser -u postgres -- "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db" "$@"
}
psql_as postgres -c "CREATE DATABASE todo_swift" -c "CREATE DATABASE todo_peer"
db_url() { echo "postgresql://postgres@127.0.0.1:$pg_port/$1"; }

# --- 2. the servers (cwd: the temp dir, so no stray .env is read) ------------------------------
swift_port=$(free_port)
(cd "$tmp" && exec setsid env DATABASE_URL="$(db_url todo_swift)" BETTER_AUTH_SECRET="$SECRET" \
    HOST=127.0.0.1 PORT="$swift_port" LOG_LEVEL=warning "$SERVER_BIN" > "$tmp/swift.log" 2>&1) &
swift_pid=$!
server_pids+=("$swift_pid")
swift_url=http://127.0.0.1:$swift_port
wait_for "$swift_url/ready" 60 "$swift_pid" || { tail -20 "$tmp/swift.log" >&2; die "todo-server did not become ready"; }
log "todo-server ready on $swift_url (pid $swift_pid)"

peer_pid=""
peer_url=""
start_peer() {  # WORKERS
    peer_port=$(free_port)
    (cd "$tmp" && exec setsid env PYTHONPATH="$PEER_DIR" DATABASE_URL="$(db_url todo_peer)" \
        BETTER_AUTH_SECRET="$SECRET" HOST=127.0.0.1 PORT="$peer_port" WORKERS="$1" \
        "$PEER_PYTHON" -m app >> "$tmp/peer.log" 2>&1) &
    peer_pid=$!
    server_pids+=("$peer_pid")
    peer_url=http://127.0.0.1:$peer_port
    wait_for "$peer_url/ready" 60 "$peer_pid" || { tail -20 "$tmp/peer.log" >&2; die "the peer did not become ready"; }
    sleep 1  # with WORKERS > 1, /ready answered by one worker while the other may still load
    log "FastAPI peer (WORKERS=$1) ready on $peer_url (pid $peer_pid)"
}

# --- 3. seeding through the APIs ----------------------------------------------------------------
first_workers=${PEER_WORKERS%% *}
start_peer "$first_workers"
# Both at once: signing up is a slow password hash on each side, and the run has a time budget.
log "seeding both servers: $USERS users x $TASKS tasks each"
python3 "$here/seed.py" "$swift_url" "$USERS" "$TASKS" "$tmp/users-swift.tsv" 16 > "$tmp/seed-swift.txt" 2>&1 &
seed_swift=$!
python3 "$here/seed.py" "$peer_url" "$USERS" "$TASKS" "$tmp/users-peer.tsv" 16 > "$tmp/seed-peer.txt" 2>&1 &
seed_peer=$!
helper_pids+=("$seed_swift" "$seed_peer")
wait "$seed_swift" || { cat "$tmp/seed-swift.txt" >&2; die "seeding todo-server failed"; }
wait "$seed_peer" || { cat "$tmp/seed-peer.txt" >&2; die "seeding the peer failed"; }
log "todo-server: $(cat "$tmp/seed-swift.txt")"
log "peer: $(cat "$tmp/seed-peer.txt")"
chmod 644 "$tmp"/users-*.tsv
psql_as todo_swift -c "VACUUM ANALYZE"
psql_as todo_peer -c "VACUUM ANALYZE"

# --- 4 and 6. wrk with an RSS sampler ----------------------------------------------------------
tree_pids() {  # PID: the process and its descendants, breadth first
    local pid
    local -a queue=("$1")
    while [ ${#queue[@]} -gt 0 ]; do
        pid=${queue[0]}; queue=("${queue[@]:1}")
        echo "$pid"
        for child in $(pgrep -P "$pid" 2>/dev/null || true); do queue+=("$child"); done
    done
}

tree_rss_kb() {  # PID: VmRSS summed over the process and its descendants (kB)
    local total=0 pid rss
    for pid in $(tree_pids "$1"); do
        rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        total=$((total + ${rss:-0}))
    done
    echo "$total"
}

# CPU time of a process tree in clock ticks: utime + stime of each live process plus cutime +
# cstime (what its exited, reaped children used: Postgres backends of closed connections).
tree_cpu_ticks() {  # PID
    local pid
    for pid in $(tree_pids "$1"); do
        sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null || true
    done | awk '{ t += $12 + $13 + $14 + $15 } END { print t + 0 }'
}
clk_tck=$(getconf CLK_TCK)
postmaster_pid() { head -1 "$tmp/data/postmaster.pid"; }
db_xacts() {  # DB: committed + rolled back transactions so far (statistics lag by about 1 s)
    psql_as postgres -At -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '$1'"
}

sample_rss() {  # PID OUT: every 0.5 s, for at most 10 minutes, keep the maximum in OUT
    local max=0 now
    for _ in $(seq 1 1200); do
        now=$(tree_rss_kb "$1")
        [ "$now" -gt "$max" ] && max=$now && echo "$max" > "$2"
        sleep 0.5
    done
}

# scenario server rps p50 p99 non2xx socket_errors rss_mb connections server-cpu-ms/req
# postgres-cpu-ms/req db-xacts/req
results=$tmp/results.tsv
: > "$results"
examples=$tmp/examples.txt
: > "$examples"

run_scenario() {  # SCENARIO SERVER_LABEL URL USERS_FILE PID CONNECTIONS DB
    local scenario=$1 label=$2 url=$3 users=$4 pid=$5 connections=$6 db=$7 out=$tmp/wrk-$2-$1-c$6.txt
    local duration=${RUN_DURATION:-$DURATION} warmup=${RUN_WARMUP:-$WARMUP}
    # The warm-up keeps scenario.lua's response hook (an example of any non-2xx); the measured
    # run is lean (see scenario.lua: the hook costs the load generator CPU pgbench does not spend).
    : > "$out.warmup"
    [ "$warmup" = 0 ] || wrk -t"$THREADS" -c"$connections" -d"$warmup" -s "$here/scenario.lua" "$url" -- "$scenario" "$users" > "$out.warmup" 2>&1 || true
    echo 0 > "$tmp/rss"
    sample_rss "$pid" "$tmp/rss" &
    sampler_pid=$!
    local cpu0 pg0 x0 cpu1 pg1 x1
    cpu0=$(tree_cpu_ticks "$pid"); pg0=$(tree_cpu_ticks "$(postmaster_pid)"); x0=$(db_xacts "$db")
    wrk -t"$THREADS" -c"$connections" -d"$duration" --timeout 10s --latency -s "$here/scenario.lua" \
        "$url" -- "$scenario" "$users" $([ "$warmup" = 0 ] || echo lean) > "$out" 2>&1 || true
    cpu1=$(tree_cpu_ticks "$pid"); pg1=$(tree_cpu_ticks "$(postmaster_pid)"); x1=$(db_xacts "$db")
    kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true
    sampler_pid=""
    local line rss_mb
    line=$(grep '^BENCH ' "$out" || true)
    if [ -z "$line" ]; then
        cat "$out" >&2
        die "wrk gave no result for $label $scenario"
    fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$tmp"/*.log >&2; die "$label died during $scenario"; }
    rss_mb=$(awk '{ printf "%.1f", $1 / 1024 }' "$tmp/rss")
    get() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
    local n per
    n=$(get requests)
    per=$(awk -v n="$n" -v c="$((cpu1 - cpu0))" -v p="$((pg1 - pg0))" -v x="$((x1 - x0))" -v hz="$clk_tck" \
        'BEGIN { if (n > 0) printf "%.3f\t%.3f\t%.2f", c * 1000 / hz / n, p * 1000 / hz / n, x / n; else printf "-\t-\t-" }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$label" "$(get rps)" "$(get p50_ms)" \
        "$(get p99_ms)" "$(get non2xx)" "$(($(get socket_errors) + $(get timeouts)))" "$rss_mb" "$connections" "$per" >> "$results"
    grep -h '^BENCH_EXAMPLE ' "$out.warmup" "$out" | head -1 | sed "s/^BENCH_EXAMPLE /$label $scenario -c$connections: /" >> "$examples" || true
    log "$label $scenario -c$connections: $(get rps) rps, p50 $(get p50_ms) ms, p99 $(get p99_ms) ms, non-2xx $(get non2xx), socket errors $(get socket_errors), timeouts $(get timeouts), RSS $rss_mb MB"
}

# --- 5. the pgbench ceiling: the server's own list statement --------------------------------------
# (Before the wrk scenarios: `create` and `toggle` add and change rows, so running the ceiling
# afterwards would measure it on a larger table than the `list` scenario saw.)
# The SQL between `sql: #"""` and `"""#` after `name: "tasks_list_created_desc"`, with the
# parameters as the server binds them for GET /api/{uid}/tasks?limit=50: $1 the user, $2 and $3
# NULL (no status filter, no q), $4 = 50, $5 = 0. pgbench cannot bind NULL, so $2 and $3 become
# typed NULL literals (a custom plan folds the server's NULL binds the same way). $1 is a random
# seeded user, looked up in the same statement (a scalar subquery on a small primary-keyed
# table) rather than by a second round trip, so the ceiling is not lowered by the lookup.
store=$root/Sources/TodoAPI/Generated/TaskStore.swift
list_sql=$(awk '
    /name: "tasks_list_created_desc"/ { found = 1; next }
    found && /sql: #"""/ { inside = 1; next }
    inside && /"""#/ { exit }
    inside { sub(/^ +/, ""); print }
' "$store")
[ -n "$list_sql" ] || die "tasks_list_created_desc not found in $store"
echo "$list_sql" | grep -q 'SELECT count(\*)' || die "the list statement has no count(*) subquery: update this script"
psql_as todo_swift <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_users;
CREATE TABLE bench_users AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM users;
ALTER TABLE bench_users ADD PRIMARY KEY (n);
ANALYZE bench_users;
SQL
bench_users=$(psql_as todo_swift -At -c "SELECT count(*) FROM bench_users")
{
    echo "\\set n random(1, $bench_users)"
    echo "\\set lim 50"
    echo "\\set off 0"
    echo "$list_sql" | sed -e 's/\$1/(SELECT id FROM bench_users WHERE n = :n)/g' \
        -e 's/\$2::boolean/NULL::boolean/g; s/\$2/NULL::boolean/g' \
        -e 's/\$3::text/NULL::text/g; s/\$3/NULL::text/g' \
        -e 's/\$4/:lim/g; s/\$5/:off/g'
    echo ";"
} > "$tmp/list.sql"
chmod 644 "$tmp/list.sql"
pgbench_results=$tmp/pgbench.tsv
: > "$pgbench_results"
for clients in $PGBENCH_CLIENTS; do
    pg0=$(tree_cpu_ticks "$(postmaster_pid)")
    out=$(runuser -u postgres -- "$PGBIN/pgbench" -n -M prepared -c "$clients" -j 2 -T "$PGBENCH_SECONDS" \
        -f "$tmp/list.sql" -h 127.0.0.1 -p "$pg_port" -U postgres todo_swift 2>&1) \
        || { echo "$out" >&2; die "pgbench failed"; }
    pg1=$(tree_cpu_ticks "$(postmaster_pid)")
    tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
    txs=$(echo "$out" | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' | head -1)
    pg_ms=$(awk -v p="$((pg1 - pg0))" -v n="${txs:-0}" -v hz="$clk_tck" 'BEGIN { if (n > 0) printf "%.3f", p * 1000 / hz / n; else print "-" }')
    lat=$(echo "$out" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' | head -1)
    printf '%s\t%s\t%s\t%s\n' "$clients" "$tps" "$lat" "$pg_ms" >> "$pgbench_results"
    log "pgbench -c$clients: $tps tps, latency average $lat ms, Postgres CPU $pg_ms ms/tx"
done

# --- 5b. the ceiling again, in pairs: pgbench, then our list, PAIRS times back to back ----------
# The machine's speed drifts by ±20% within a minute (a shared VM), so one pgbench run and one
# list run taken half a minute apart can differ by that much for reasons of their own. Each pair
# measures both within PAIR_SECONDS of each other; the target is checked on the median of the
# pairs' ratios. (Before `create`, which grows the lists: both sides see the seeded data.)
pair_clients=${PGBENCH_CLIENTS%% *}
run_pairs() {  # ROUNDS FILE LABEL: warm up, then ROUNDS pairs, one line each in FILE
    : > "$2"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$here/scenario.lua" "$swift_url" -- list "$tmp/users-swift.tsv" > /dev/null 2>&1 || true
    local round out tps rps
    for round in $(seq 1 "$1"); do
        out=$(runuser -u postgres -- "$PGBIN/pgbench" -n -M prepared -c "$pair_clients" -j 2 -T "$PAIR_SECONDS" \
            -f "$tmp/list.sql" -h 127.0.0.1 -p "$pg_port" -U postgres todo_swift 2>&1) \
            || { echo "$out" >&2; die "pgbench failed"; }
        tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
        out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PAIR_SECONDS}s" --timeout 10s -s "$here/scenario.lua" \
            "$swift_url" -- list "$tmp/users-swift.tsv" lean 2>&1 || true)
        rps=$(echo "$out" | grep '^BENCH ' | tr ' ' '\n' | sed -n 's/^rps=//p')
        [ -n "$tps" ] && [ -n "$rps" ] || { echo "$out" >&2; die "a ceiling pair gave no result"; }
        printf '%s\t%s\t%s\n' "$round" "$tps" "$rps" >> "$2"
        log "${3}pair $round: pgbench -c$pair_clients $tps tps, list $rps rps"
    done
}
pairs=$tmp/pairs.tsv
run_pairs "$PAIRS" "$pairs" ""

# --- 5c. for reference, the pairs again on a Postgres with glibc's default malloc settings -------
# Postgres restarted on glibc's malloc defaults (both servers reconnect: their pools replace
# the dead connections, the peer's pings them first), then restarted as before for the
# scenarios. The restarts' "terminating connection due to administrator command" lines are
# left out of the report's count of Postgres errors.
default_pairs=$tmp/pairs-default-malloc.tsv
: > "$default_pairs"
restart_cluster() {  # as pg_start
    runuser -u postgres -- "$PGBIN/pg_ctl" stop -D "$tmp/data" -m fast -w -t 60 -s \
        || die "the cluster did not stop"
    pg_start "$1"
    wait_for "$swift_url/ready" 30 "$swift_pid" || die "todo-server not ready after the cluster restarted"
    wait_for "$peer_url/ready" 30 "$peer_pid" || die "the peer not ready after the cluster restarted"
}
if [ -n "$PG_MALLOC_ENV" ] && [ "$DEFAULT_MALLOC_PAIRS" -gt 0 ]; then
    log "restarting PostgreSQL with glibc's default malloc settings"
    restart_cluster ""
    run_pairs "$DEFAULT_MALLOC_PAIRS" "$default_pairs" "default malloc: "
    log "restarting PostgreSQL with $PG_MALLOC_ENV"
    restart_cluster "$PG_MALLOC_ENV"
    # Every loop's connections died with the old server: replace them before anything measured.
    wrk -t"$THREADS" -c"$CONNECTIONS" -d1s -s "$here/scenario.lua" "$swift_url" -- list "$tmp/users-swift.tsv" > /dev/null 2>&1 || true
fi

# --- 5d. the physical limit L of each scenario: nginx's H, and P of each endpoint's ideal SQL ------
. "$root/bench/lib/nginx-health.sh"
curl -fsS "$swift_url/health" > "$tmp/health.json"
start_nginx_health "$tmp/nginx" "$(free_port)" "$tmp/health.json" || die "nginx did not start"
nginx_url=http://127.0.0.1:$(sed -n 's/.*listen 127.0.0.1:\([0-9]*\).*/\1/p' "$tmp/nginx/nginx.conf")/health
[ "$WARMUP" = 0 ] || wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$nginx_url" > /dev/null 2>&1 || true
nginx_rps=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$nginx_url" 2>&1 | awk '/^Requests\/sec/ { print $2 }')
[ -n "$nginx_rps" ] || die "wrk against nginx gave no result"
log "H: nginx GET /health -c$CONNECTIONS: $nginx_rps rps"
psql_as todo_swift <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_tasks;
CREATE TABLE bench_tasks AS SELECT row_number() OVER (ORDER BY id)::int AS n, id, user_id FROM tasks;
ALTER TABLE bench_tasks ADD PRIMARY KEY (n);
ANALYZE bench_tasks;
SQL
bench_tasks=$(psql_as todo_swift -At -c "SELECT count(*) FROM bench_tasks")
limits=$tmp/limits.tsv  # scenario, P (pgbench -c16 tps)
: > "$limits"
ideal_tps() {  # SCENARIO: pgbench -M prepared -c16 on bench/todo/ideal/SCENARIO.sql
    local script=$tmp/ideal-$1.sql out
    sed -e "s/:tasks/$bench_tasks/g; s/:users/$bench_users/g" "$here/ideal/$1.sql" > "$script"
    chmod 644 "$script"
    out=$(runuser -u postgres -- "$PGBIN/pgbench" -n -M prepared -c 16 -j 2 -T "$PGBENCH_SECONDS" \
        -f "$script" -h 127.0.0.1 -p "$pg_port" -U postgres todo_swift 2>&1) || { echo "$out" >&2; die "pgbench $1 failed"; }
    tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
    printf '%s\t%s\n' "$1" "$tps" >> "$limits"
    log "P: pgbench -c16 on the ideal SQL of $1: $tps tps"
}
for scenario in list get toggle; do ideal_tps "$scenario"; done

for scenario in $SCENARIOS; do
    run_scenario "$scenario" swift "$swift_url" "$tmp/users-swift.tsv" "$swift_pid" "$CONNECTIONS" todo_swift
done
ideal_tps create  # after the create scenario: it adds rows


# --- the peer, once per WORKERS value (all on the database seeded above) ----------------------
for workers in $PEER_WORKERS; do
    if [ "$workers" != "$first_workers" ]; then
        stop_group "$peer_pid"
        start_peer "$workers"
    fi
    for scenario in $SCENARIOS; do
        run_scenario "$scenario" "fastapi-w$workers" "$peer_url" "$tmp/users-peer.tsv" "$peer_pid" "$PEER_CONNECTIONS" todo_peer
    done
    if [ "$workers" = "$first_workers" ] && [ "$PEER_CONNECTIONS" != "$CONNECTIONS" ]; then
        # Last for this peer process: it may stay wedged for its 10 s pool timeout afterwards.
        # No warm-up (there is nothing to warm), and 12 s: long enough to reach that timeout.
        RUN_WARMUP=0 RUN_DURATION=12s run_scenario list "fastapi-w$workers" "$peer_url" "$tmp/users-peer.tsv" "$peer_pid" "$CONNECTIONS" todo_peer
    fi
done

# --- 7. the report -------------------------------------------------------------------------------
load=$(cut -d' ' -f1-3 /proc/loadavg)
stamp=$(date -u +%Y-%m-%dT%H%MZ)
report=$root/bench/results/todo-$stamp.md
mkdir -p "$root/bench/results"
status=0
{
    echo "# TODO benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, load average at the start $load_start, at the end $load (shared machine). Commit $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?')."
    echo "wrk -t$THREADS -d$DURATION --latency (after a $WARMUP warm-up; -c per row), round-robin over $USERS users x $TASKS tasks seeded through each API;"
    echo "PostgreSQL 15 on 127.0.0.1, fsync=off, synchronous_commit=off, malloc: ${PG_MALLOC_ENV:-glibc defaults}; DB_POOL_SIZE=$DB_POOL_SIZE, DB_MAX_OVERFLOW=$DB_MAX_OVERFLOW for both servers."
    echo "RSS: max of VmRSS sampled every 0.5 s during the run (uvicorn: summed over its process tree)."
    echo "CPU ms/req: CPU time (user + system, from /proc) of the server's process tree and of all of Postgres"
    echo "during the run, divided by the requests wrk completed. DB xacts/req: transactions the server's"
    echo "database counted (pg_stat_database, which lags by about a second) per request: the statements"
    echo "a request costs when each runs in its own transaction."
    echo
    echo "| scenario | server | wrk -c | rps | p50 ms | p99 ms | non-2xx | socket errors | max RSS MB | server CPU ms/req | Postgres CPU ms/req | DB xacts/req |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    awk -F'\t' '{ printf "| %s | %s | %s | %.0f | %.2f | %.2f | %s | %s | %s | %s | %s | %s |\n", $1, $2, $9, $3, $4, $5, $6, $7, $8, $10, $11, $12 }' "$results"
    echo
    echo "| scenario | Swift (-c$CONNECTIONS) / FastAPI (-c$PEER_CONNECTIONS) rps (target >= 10) |"
    echo "|---|---|"
    for scenario in $SCENARIOS; do
        cells=""
        for workers in $PEER_WORKERS; do
            cells+=$(awk -F'\t' -v s="$scenario" -v w="fastapi-w$workers" -v pc="$PEER_CONNECTIONS" '
                $1 == s && $2 == "swift" { a = $3 } $1 == s && $2 == w && $9 == pc { b = $3 }
                END { if (b > 0) printf "%.1fx vs WORKERS=%s; ", a / b, substr(w, 10); else printf "n/a vs WORKERS=%s; ", substr(w, 10) }' "$results")
        done
        echo "| $scenario | ${cells%; } |"
    done
    echo
    echo "pgbench -M prepared -j2 -T$PGBENCH_SECONDS, the server's tasks_list_created_desc statement (\$1 a random seeded user, \$2/\$3 NULL, LIMIT 50):"
    echo
    echo "| pgbench clients | tps | latency avg ms | Postgres CPU ms/tx | Swift list rps / tps (target >= 0.6) |"
    echo "|---:|---:|---:|---:|---:|"
    swift_list=$(awk -F'\t' '$1 == "list" && $2 == "swift" { print $3 }' "$results")
    while IFS=$'\t' read -r clients tps lat pg_ms; do
        awk -v c="$clients" -v t="$tps" -v l="$lat" -v s="$swift_list" -v p="$pg_ms" \
            'BEGIN { printf "| %s | %.0f | %s | %s | %.2f |\n", c, t, l, p, (t > 0 ? s / t : 0) }'
    done < "$pgbench_results"
    echo
    echo "The same ceiling in $PAIRS back-to-back pairs (pgbench -c$pair_clients -T$PAIR_SECONDS, then wrk list -d${PAIR_SECONDS}s):"
    echo
    echo "| pair | pgbench tps | Swift list rps | ratio |"
    echo "|---:|---:|---:|---:|"
    awk -F'\t' '{ printf "| %s | %.0f | %.0f | %.2f |\n", $1, $2, $3, ($2 > 0 ? $3 / $2 : 0) }' "$pairs"
    echo
    if [ -s "$default_pairs" ]; then
        echo "For reference, the same pairs after restarting Postgres with glibc's default malloc settings"
        echo "(without $PG_MALLOC_ENV: the backends serving our binds then trim and regrow their heap on every"
        echo "query; docs/decisions/0009):"
        echo
        echo "| pair | pgbench tps | Swift list rps | ratio |"
        echo "|---:|---:|---:|---:|"
        awk -F'\t' '{ printf "| %s | %.0f | %.0f | %.2f |\n", $1, $2, $3, ($2 > 0 ? $3 / $2 : 0) }' "$default_pairs"
        echo
    fi
    echo "Each scenario against its physical limit L = 1 / (1/H + 1/P): H = nginx serving the /health JSON"
    echo "(wrk -c$CONNECTIONS, same run), P = pgbench -M prepared -c16 -T$PGBENCH_SECONDS on the endpoint's ideal SQL"
    echo "(bench/todo/ideal/):"
    echo
    echo "| scenario | Swift rps | P tps | H rps | L | rps / L |"
    echo "|---|---:|---:|---:|---:|---:|"
    while IFS=$'\t' read -r scenario p_tps; do
        awk -F'\t' -v s="$scenario" -v p="$p_tps" -v h="$nginx_rps" '
            $1 == s && $2 == "swift" { r = $3 }
            END { l = (p > 0 && h > 0) ? 1 / (1 / h + 1 / p) : 0
                  printf "| %s | %.0f | %.0f | %.0f | %.0f | %.2f |\n", s, r, p, h, l, (l > 0 ? r / l : 0) }' "$results"
    done < "$limits"
    echo
    echo "The pgbench script:"
    echo
    sed 's/^/    /' "$tmp/list.sql"
    echo
    echo "Targets:"
    check() {  # DESCRIPTION AWK-CONDITION
        if awk "BEGIN { exit !($2) }"; then echo "- PASS $1"; else echo "- FAIL $1"; status=1; fi
    }
    for scenario in $SCENARIOS; do
        ratio=$(awk -F'\t' -v s="$scenario" -v w="fastapi-w$first_workers" -v pc="$PEER_CONNECTIONS" '
            $1 == s && $2 == "swift" { a = $3 } $1 == s && $2 == w && $9 == pc { b = $3 }
            END { printf "%.2f", (b > 0 ? a / b : 0) }' "$results")
        check "$scenario: Swift >= 10x FastAPI WORKERS=$first_workers (${ratio}x)" "$ratio >= 10"
    done
    best_tps=$(sort -t$'\t' -k2 -g "$pgbench_results" | tail -1 | cut -f2)
    ceiling=$(awk -v s="$swift_list" -v t="$best_tps" 'BEGIN { printf "%.2f", (t > 0 ? s / t : 0) }')
    paired=$(awk -F'\t' '{ print ($2 > 0 ? $3 / $2 : 0) }' "$pairs" | sort -g | awk '{ r[NR] = $1 } END { printf "%.2f", (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2) }')
    check "list: Swift >= 0.6x pgbench, median of $PAIRS back-to-back pairs (${paired}x; the separate runs above: ${ceiling}x of the best $best_tps tps)" "$paired >= 0.6"
    bad=$(awk -F'\t' '$2 == "swift" { n += $6 + $7 } END { print n + 0 }' "$results")
    check "Swift: zero non-2xx and socket errors ($bad)" "$bad == 0"
    if [ -s "$examples" ]; then
        echo
        echo "Example non-2xx responses (first per run):"
        echo
        sed 's/^/    /' "$examples"
    fi
    errors=$(grep -ciE 'level=(error|critical)|Traceback| ERROR ' "$tmp/swift.log" || true)
    echo
    echo "todo-server log: $(wc -l < "$tmp/swift.log") lines, $errors error lines."
    if [ -s "$tmp/swift.log" ]; then
        echo
        grep -iE 'level=(error|critical|warning)' "$tmp/swift.log" | sort | uniq -c | sort -rn | head -10 | sed 's/^/    /'
    fi
    peer_errors=$(grep -ciE 'Traceback|ERROR' "$tmp/peer.log" || true)
    echo
    echo "FastAPI peer log: $(wc -l < "$tmp/peer.log") lines, $peer_errors error lines."
    # Sessions ended by the 5c restarts are expected; everything else is counted.
    pg_error_lines() {
        grep -E 'ERROR|FATAL|PANIC' "$tmp/postgres.log" | grep -v 'terminating connection due to administrator command' || true
    }
    pg_errors=$(pg_error_lines | wc -l)
    echo "PostgreSQL log: $pg_errors ERROR/FATAL/PANIC lines (besides the sessions the 5c restarts ended)."
    if [ "$pg_errors" -gt 0 ]; then
        pg_error_lines | sed -E 's/^[0-9-]+ [0-9:.]+ [A-Z]+ \[[0-9]+\] //' | sort | uniq -c | sort -rn | head -10 | sed 's/^/    /'
    fi
} > "$report"
cat "$report"
# The server logs beside the report (bench/results is git-ignored), last 500 lines each.
tail -500 "$tmp/swift.log" > "${report%.md}-swift.log"
tail -500 "$tmp/peer.log" > "${report%.md}-peer.log"
echo
echo "written to $report"
exit $status
