#!/usr/bin/env bash
# Database throughput: the TODO list query (50 newest tasks of a random user + their count)
# through our pool vs pgbench -M prepared, same machine, same seeded data, same run.
#
#   bench/db.sh                 # 1,000 users x 100 tasks, 16 clients, 10 s each side
#   USERS=200 TASKS=50 SECONDS_PER_SIDE=5 CLIENTS=16 POOL_SIZE=5 MAX_OVERFLOW=10 bench/db.sh
#   PACKAGE_DIR=/path/to/package bench/db.sh   # where `swift test` runs (default: repo root)
#
# Prints transactions/s of each and the ratios (target: ours >= 0.8 x pgbench). Ours runs twice:
# the two statements as two `query` calls, and as one `queries` pipeline (one round trip), which
# is how list endpoints should fetch a page and its count. The machine is shared: compare
# figures from the same run only.
set -euo pipefail

BIN=/usr/lib/postgresql/15/bin
USERS=${USERS:-1000}
TASKS=${TASKS:-100}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_SIDE=${SECONDS_PER_SIDE:-10}
# Our pool gets as many connections as pgbench (like for like); POOL_SIZE=5 MAX_OVERFLOW=10 gives
# the server's defaults, where the 16th caller always waits for a connection.
POOL_SIZE=${POOL_SIZE:-$CLIENTS}
MAX_OVERFLOW=${MAX_OVERFLOW:-0}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PACKAGE_DIR=${PACKAGE_DIR:-$ROOT}
DIR=$(mktemp -d /tmp/benchdb.XXXXXX)
PORT=5432

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_pg "$BIN/pg_ctl" stop -D "$DIR/data" -m immediate >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT

[ "$(id -u)" = 0 ] && chown postgres "$DIR"
chmod 755 "$DIR"
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
as_pg "$BIN/pg_ctl" start -D "$DIR/data" -w -s -l "$DIR/postgres.log" \
    -o "-k $DIR -c listen_addresses= -p $PORT -c fsync=off -c synchronous_commit=off -c max_connections=100 -c shared_buffers=128MB"
PSQL=("$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres -d postgres)

echo "seeding $USERS users x $TASKS tasks..."
as_pg "${PSQL[@]}" <<SQL
CREATE TABLE users (id uuid PRIMARY KEY, n int UNIQUE NOT NULL);
CREATE TABLE tasks (
    id bigserial PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    title text NOT NULL,
    description text,
    completed boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
INSERT INTO users (id, n) SELECT md5(n::text)::uuid, n FROM generate_series(1, $USERS) AS n;
INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at)
SELECT md5(u::text)::uuid, 'Task ' || t || ' of user ' || u,
       CASE WHEN t % 3 = 0 THEN NULL ELSE repeat('description ', 1 + t % 5) END,
       t % 4 = 0, now() - make_interval(mins => t * 7 + u), now() - make_interval(mins => t * 3 + u)
FROM generate_series(1, $USERS) AS u, generate_series(1, $TASKS) AS t;
CREATE INDEX tasks_user_created ON tasks (user_id, created_at DESC, id DESC);
VACUUM ANALYZE;
SQL

# pgbench variables are integers: user n's id is md5(n)::uuid, computed by the server.
cat > "$DIR/list.sql" <<SQL
\set u random(1, $USERS)
SELECT id,user_id,title,description,completed,created_at,updated_at FROM tasks WHERE user_id=md5(:u::text)::uuid ORDER BY created_at DESC, id DESC LIMIT 50;
SELECT count(*) FROM tasks WHERE user_id=md5(:u::text)::uuid;
SQL
chmod 644 "$DIR/list.sql"

echo "pgbench -M prepared -c $CLIENTS for ${SECONDS_PER_SIDE}s..."
PGBENCH_OUT=$(as_pg "$BIN/pgbench" -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_PER_SIDE" -f "$DIR/list.sql" \
    -h "$DIR" -p "$PORT" -U postgres postgres 2>&1)
PGBENCH_TPS=$(echo "$PGBENCH_OUT" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)

ours() {  # $1 = separate | pipelined
    (cd "$PACKAGE_DIR" && DB_POOL_SIZE="$POOL_SIZE" DB_MAX_OVERFLOW="$MAX_OVERFLOW" BENCH_DB=1 BENCH_MODE="$1" BENCH_SECONDS="$SECONDS_PER_SIDE" BENCH_CLIENTS="$CLIENTS" \
        BENCH_DATABASE_URL="postgresql:///postgres?host=$DIR&port=$PORT&user=postgres" \
        swift test -c release --filter PostgresBench 2>&1)
}
echo "our pool ($POOL_SIZE + $MAX_OVERFLOW connections), $CLIENTS callers for ${SECONDS_PER_SIDE}s each: two query() calls, then one queries() pipeline (swift test -c release)..."
SEPARATE_OUT=$(ours separate)
PIPELINED_OUT=$(ours pipelined)
SEPARATE_TPS=$(echo "$SEPARATE_OUT" | sed -n 's/.*POSTGRES_BENCH mode=separate tps=\([0-9.]*\).*/\1/p' | head -1)
PIPELINED_TPS=$(echo "$PIPELINED_OUT" | sed -n 's/.*POSTGRES_BENCH mode=pipelined tps=\([0-9.]*\).*/\1/p' | head -1)

if [ -z "$PGBENCH_TPS" ] || [ -z "$SEPARATE_TPS" ] || [ -z "$PIPELINED_TPS" ]; then
    echo "benchmark failed"; echo "$PGBENCH_OUT" | tail -5; echo "$SEPARATE_OUT" | tail -20; echo "$PIPELINED_OUT" | tail -5; exit 1
fi
printf "pgbench -M prepared:           %10.1f tx/s\n" "$PGBENCH_TPS"
awk -v a="$SEPARATE_TPS" -v b="$PGBENCH_TPS" 'BEGIN { printf "ours, two query() calls:       %10.1f tx/s  ratio %.2f\n", a, a / b }'
awk -v a="$PIPELINED_TPS" -v b="$PGBENCH_TPS" 'BEGIN { printf "ours, one queries() pipeline:  %10.1f tx/s  ratio %.2f (target >= 0.80)\n", a, a / b }'
