#!/usr/bin/env bash
# Member-scoped reads against their physical limit: what the access rules cost (issue 14).
#
#   bench/tenant.sh            (root; ~3 minutes plus a release build)
#
# What it does, all on this machine in one run:
#   1. a throwaway PostgreSQL 15 cluster (fsync off) and the release clinic-fixture-server on it
#      (Tests/GeneratorTests/Fixtures/clinic: memberships, roles, docs/spec.md §6.5);
#   2. MEMBERS users signed up through the API, each creating a clinic (the on_create makes them
#      its owner), then PATIENTS patients per clinic in SQL;
#   3. wrk -c64 on GET /api/clinics/{clinic_id}/patients?limit=20 (list) and
#      GET /api/clinics/{clinic_id}/patients/{id} (get), round-robin over the members; every
#      request passes the member rule, which the statement itself checks (one round trip);
#   4. the ceiling P: pgbench -M prepared -c16 on each endpoint's ideal SQL with the membership
#      check (bench/tenant/ideal/*.sql);
#   5. H: nginx serving the server's /health JSON, so that L = 1 / (1/H + 1/P), and rps / L.
#
# Knobs: MEMBERS (20), PATIENTS (200), DURATION (10s), CONNECTIONS (64), THREADS (2),
# PGBENCH_SECONDS (10), SERVER_BIN (skip the build). Writes bench/results/tenant-<UTC>.md.
set -Eeuo pipefail
trap 'echo "bench/tenant.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR

root=$(cd "$(dirname "$0")/.." && pwd)
here=$root/bench/tenant
MEMBERS=${MEMBERS:-20}
PATIENTS=${PATIENTS:-200}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
SECRET=bench-secret-bench-secret-bench-secret-0123456789
PGBIN=/usr/lib/postgresql/15/bin

die() { echo "bench/tenant.sh: $*" >&2; exit 2; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
for tool in wrk curl nginx python3 runuser "$PGBIN/initdb" "$PGBIN/pg_ctl" "$PGBIN/pgbench" "$PGBIN/psql"; do
    command -v "$tool" >/dev/null || die "missing $tool"
done
[ "$(id -u)" = 0 ] || die "run as root (the cluster runs as the postgres user via runuser)"
# shellcheck source=bench/lib/nginx-health.sh
. "$root/bench/lib/nginx-health.sh"

tmp=$(mktemp -d /tmp/bench-tenant.XXXXXX)
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
    log "building clinic-fixture-server (release)"
    (cd "$root" && swift build -c release --product clinic-fixture-server >&2) || die "swift build failed"
    SERVER_BIN=$(cd "$root" && swift build -c release --show-bin-path)/clinic-fixture-server
fi
pg_port=$(free_port)
runuser -u postgres -- "$PGBIN/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
runuser -u postgres -- env MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=67108864 \
    "$PGBIN/pg_ctl" start -D "$tmp/data" -w -t 60 -s -l "$tmp/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $tmp -c max_connections=300 -c shared_buffers=256MB \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off" || { cat "$tmp/postgres.log" >&2; die "no cluster"; }
pg_started=1
psql_as() { runuser -u postgres -- "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d clinic "$@"; }
runuser -u postgres -- "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE clinic"
port=$(free_port)
(cd "$tmp" && exec env DATABASE_URL="postgresql://postgres@127.0.0.1:$pg_port/clinic" CLINIC_SECRET="$SECRET" \
    HOST=127.0.0.1 PORT="$port" LOG_LEVEL=warning "$SERVER_BIN" > "$tmp/server.log" 2>&1) &
server_pid=$!
url=http://127.0.0.1:$port
for _ in $(seq 1 300); do curl -fsS -m 2 -o /dev/null "$url/ready" 2>/dev/null && break; sleep 0.2; done
curl -fsS -o /dev/null "$url/ready" || { tail -20 "$tmp/server.log" >&2; die "clinic-fixture-server did not become ready"; }

# --- 2. members, clinics, patients -----------------------------------------------------------------
python3 "$here/seed.py" "$url" "$MEMBERS" "$tmp/members.tsv" > "$tmp/seed.txt" 2>&1 || { cat "$tmp/seed.txt" >&2; die "seeding failed"; }
chmod 644 "$tmp/members.tsv"
cut -f2,3 "$tmp/members.tsv" > "$tmp/member-ids.tsv"
chmod 644 "$tmp/member-ids.tsv"
psql_as <<SQL
CREATE TABLE bench_members (n serial PRIMARY KEY, clinic_id uuid NOT NULL, user_id uuid NOT NULL);
\copy bench_members (clinic_id, user_id) FROM '$tmp/member-ids.tsv'
INSERT INTO patients (clinic_id, name, born_on, registered_by)
SELECT b.clinic_id, 'patient ' || g, DATE '1950-01-01' + g, b.user_id FROM bench_members b, generate_series(1, $PATIENTS) g;
CREATE TABLE bench_rows AS
SELECT row_number() OVER (ORDER BY p.id)::int AS n, b.clinic_id, b.user_id, p.id AS patient_id
FROM bench_members b JOIN patients p ON p.clinic_id = b.clinic_id;
ALTER TABLE bench_rows ADD PRIMARY KEY (n);
VACUUM ANALYZE;
SQL
# The rows file: each member's token, clinic and (up to 50) patients.
while IFS=$'\t' read -r token clinic _; do
    ids=$(psql_as -At -c "SELECT string_agg(id::text, ',' ORDER BY id) FROM (SELECT id FROM patients WHERE clinic_id = '$clinic' ORDER BY id LIMIT 50) s")
    printf '%s\t%s\t%s\n' "$token" "$clinic" "$ids"
done < "$tmp/members.tsv" > "$tmp/rows.tsv"
first_token=$(head -1 "$tmp/rows.tsv" | cut -f1)
first_clinic=$(head -1 "$tmp/rows.tsv" | cut -f2)
total=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $first_token" "$url/api/clinics/$first_clinic/patients?limit=20" \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" { print $2 }')
[ "$total" = "$PATIENTS" ] || die "X-Total-Count is '$total', expected $PATIENTS"
other_clinic=$(sed -n 2p "$tmp/rows.tsv" | cut -f2)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $first_token" "$url/api/clinics/$other_clinic/patients")
[ "$status" = 404 ] || die "a member of another clinic got $status, not 404"

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
    sed -e "s/:members/$MEMBERS/g" -e "s/:rows/$((MEMBERS * PATIENTS))/g" "$1" > "$script"
    chmod 644 "$script"
    runuser -u postgres -- "$PGBIN/pgbench" -n -M prepared -c 16 -j 2 -T "$PGBENCH_SECONDS" -f "$script" \
        -h 127.0.0.1 -p "$pg_port" -U postgres clinic 2>&1 | awk '/^tps = / { print $3; exit }'
}

# --- 3 and 4, per endpoint ---------------------------------------------------------------------------
results=$tmp/results.tsv
: > "$results"
for scenario in list get; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s "$here/scenario.lua" "$url" -- "$scenario" "$tmp/rows.tsv" > /dev/null 2>&1 || true
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$here/scenario.lua" "$url" -- "$scenario" "$tmp/rows.tsv" > "$tmp/wrk.txt" 2>&1
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$tmp/wrk.txt")
    bad=$(awk '/Non-2xx/ { print $NF }' "$tmp/wrk.txt")
    [ -z "$bad" ] || die "$scenario: $bad answers were not 2xx"
    p=$(pgbench_tps "$here/ideal/$scenario.sql")
    log "$scenario: server $rps rps; P $p tps"
    printf '%s\t%s\t%s\n' "$scenario" "$rps" "$p" >> "$results"
done

# --- report ----------------------------------------------------------------------------------------
mkdir -p "$root/bench/results"
report=$root/bench/results/tenant-$(date -u +%Y-%m-%dT%H%MZ).md
{
    echo "# bench/tenant.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Member-scoped reads of the clinic fixture: $MEMBERS members, each the owner of a clinic with"
    echo "$PATIENTS patients; wrk -t$THREADS -c$CONNECTIONS -d$DURATION round-robin over the members. P = pgbench"
    echo "-M prepared -c16 -T$PGBENCH_SECONDS on the ideal SQL with the membership check (bench/tenant/ideal);"
    echo "H = nginx /health = $h_rps rps; L = 1 / (1/H + 1/P)."
    echo
    echo "| endpoint | server rps | P tps | L | rps / L |"
    echo "|---|---:|---:|---:|---:|"
    awk -F'\t' -v h="$h_rps" '{
        name = $1 == "list" ? "GET /api/clinics/{clinic_id}/patients?limit=20" : "GET /api/clinics/{clinic_id}/patients/{id}"
        l = 1 / (1 / h + 1 / $3); printf "| %s | %.0f | %.0f | %.0f | **%.2f** |\n", name, $2, $3, l, $2 / l }' "$results"
} | tee "$report"
echo "written to $report"
