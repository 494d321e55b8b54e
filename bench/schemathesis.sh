#!/usr/bin/env bash
# Property-based conformance check of the served OpenAPI document against the server itself:
# schemathesis reads only GET /openapi.json and reports every disagreement with what
# todo-server (debug build) actually answers.
#
#   bench/schemathesis.sh                                  # build, run, print schemathesis' report (~2 min)
#   MAX_EXAMPLES=10 bench/schemathesis.sh                  # quicker (~1 min)
#   MAX_TIME=300 bench/schemathesis.sh                     # fuzz/stateful repeat until 300 s are spent
#   SERVER_BIN=/path/to/todo-server bench/schemathesis.sh  # skip the build
#   bench/schemathesis.sh --phases=fuzzing                 # extra arguments go to `st run`
#   APP=library bench/schemathesis.sh                      # the library fixture (declared SQL,
#                                                          # range/set filters, cursors) instead
#   APP=clinic bench/schemathesis.sh                       # the clinic fixture (memberships, roles,
#                                                          # nested paths, docs/spec.md §6.5)
#
# What it does, all on 127.0.0.1 and all cleaned up on exit (trap), failure included:
#   1. a virtualenv with schemathesis in .build/schemathesis-venv (created when missing;
#      SCHEMATHESIS_VERSION, default 4.32.5: the hook below imports two of its internal classes);
#   2. `swift build --product todo-server` (debug; SwiftPM waits if another build holds the lock);
#   3. todo-server on a free port, run from a temporary directory with DATABASE_URL unset and
#      DEV_DATABASE_DIR inside it, so it starts its own throwaway development Postgres;
#   4. signs one user up; their token goes in every request's Authorization header and their id
#      is the value of every `{user_id}` path parameter (403 paths are not what is tested here);
#   5. `st run` with every check (--checks all), all phases (examples, coverage, fuzzing,
#      stateful), MAX_EXAMPLES per operation (50), a fixed SEED, one worker (WORKERS: with two,
#      schemathesis 4.32.5 on Python 3.11 sometimes crashes inside its own code generation), and a
#      hard wall of TIME_LIMIT seconds (900). MAX_TIME, when set, is schemathesis' own budget,
#      which it then spends in full, repeating fuzzing and stateful runs.
# Reports (JUnit, NDJSON, JSON) and the server's log go to REPORT_DIR (.build/schemathesis-report),
# kept after exit.
# Exit status: schemathesis' own (0: no disagreement found), 2 when the run itself could not start.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
MAX_EXAMPLES=${MAX_EXAMPLES:-50}
MAX_TIME=${MAX_TIME:-}
TIME_LIMIT=${TIME_LIMIT:-900}
SEED=${SEED:-20261125}
WORKERS=${WORKERS:-1}
REPORT_DIR=${REPORT_DIR:-$root/.build/schemathesis-report}
VENV=${SCHEMATHESIS_VENV:-$root/.build/schemathesis-venv}
SCHEMATHESIS_VERSION=${SCHEMATHESIS_VERSION:-4.32.5}
SECRET=schemathesis-secret-schemathesis-secret-0123456789
# Which app: its server product, the variable of its token secret, its sign-up path and body,
# and the path parameter that must be the signed-up user's id.
APP=${APP:-todo}
case "$APP" in
    todo)
        PRODUCT=todo-server SECRET_ENV=BETTER_AUTH_SECRET SIGNUP_PATH=/api/auth/signup SUBJECT_PARAM=user_id
        SIGNUP_BODY='{"email":"schemathesis@example.com","password":"schemathesis-password","name":"Schemathesis"}'
        ;;
    orders)
        PRODUCT=orders-fixture-server SECRET_ENV=ORDERS_UNUSED_SECRET SIGNUP_PATH= SUBJECT_PARAM= SIGNUP_BODY=
        ;;
    library)
        PRODUCT=library-fixture-server SECRET_ENV=LIBRARY_SECRET SIGNUP_PATH=/auth/signup SUBJECT_PARAM=member_id
        SIGNUP_BODY='{"email":"schemathesis@example.com","password":"schemathesis-password"}'
        ;;
    clinic)
        # The user creates a clinic (becoming its owner) and `{clinic_id}` is always that clinic.
        PRODUCT=clinic-fixture-server SECRET_ENV=CLINIC_SECRET SIGNUP_PATH=/api/auth/signup SUBJECT_PARAM=
        SIGNUP_BODY='{"email":"schemathesis@example.com","password":"schemathesis-password"}'
        TENANT_PATH=/api/clinics TENANT_BODY='{"name":"Schemathesis clinic"}' TENANT_PARAM=clinic_id
        MEMBERSHIP_PATH=/api/clinics/{clinic_id}/staff
        ;;
    *) echo "bench/schemathesis.sh: unknown APP '$APP' (todo, orders, library or clinic)" >&2; exit 2 ;;
esac
PGBIN=/usr/lib/postgresql/15/bin

die() { echo "bench/schemathesis.sh: $*" >&2; exit 2; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

for tool in curl python3 runuser "$PGBIN/pg_ctl"; do
    command -v "$tool" >/dev/null || die "missing $tool"
done
[ "$(id -u)" = 0 ] || die "run as root (the dev cluster runs as the postgres user via runuser)"

# --- everything we start is recorded here and stopped by cleanup() ----------------------------
tmp=$(mktemp -d /tmp/schemathesis-todo.XXXXXX)
chmod 755 "$tmp"
server_pid=""
cleanup() {
    local status=$?
    set +e
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null
        for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    # The server leaves its development cluster running by design; stop it here.
    if [ -f "$tmp/devdb/data/postmaster.pid" ]; then
        runuser -u postgres -- "$PGBIN/pg_ctl" stop -D "$tmp/devdb/data" -m immediate -s >/dev/null 2>&1
    fi
    [ -f "$tmp/server.log" ] && mkdir -p "$REPORT_DIR" && cp "$tmp/server.log" "$REPORT_DIR/server.log"
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- 1. schemathesis -----------------------------------------------------------------------------
if ! "$VENV/bin/st" --version >/dev/null 2>&1; then
    log "creating $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION" >&2 || die "pip install failed"
fi
log "$("$VENV/bin/st" --version)"

# --- 2. the server binary --------------------------------------------------------------------------
if [ -z "${SERVER_BIN:-}" ]; then
    log "building $PRODUCT (debug)"
    (cd "$root" && swift build --product "$PRODUCT" >&2) || die "swift build failed"
    SERVER_BIN=$(cd "$root" && swift build --show-bin-path)/$PRODUCT
fi
[ -x "$SERVER_BIN" ] || die "no executable at $SERVER_BIN"
SERVER_BIN=$(cd "$(dirname "$SERVER_BIN")" && pwd)/$(basename "$SERVER_BIN")  # it runs from $tmp

# --- 3. the server, with its own throwaway Postgres -----------------------------------------------
port=$(free_port)
base=http://127.0.0.1:$port
log "starting $PRODUCT on $base (dev database in $tmp/devdb)"
(
    cd "$tmp"
    unset DATABASE_URL
    exec env PORT="$port" HOST=127.0.0.1 "$SECRET_ENV=$SECRET" DEV_DATABASE_DIR="$tmp/devdb" \
        LOG_LEVEL="${LOG_LEVEL:-warning}" "$SERVER_BIN" serve
) >"$tmp/server.log" 2>&1 &
server_pid=$!
deadline=$((SECONDS + 90))
until curl -fsS -m 2 -o /dev/null "$base/ready" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; die "$PRODUCT exited"; }
    [ $SECONDS -lt $deadline ] || { cat "$tmp/server.log" >&2; die "$PRODUCT not ready after 90 s"; }
    sleep 0.3
done

# --- 4. one user ------------------------------------------------------------------------------------
if [ -n "$SIGNUP_PATH" ]; then
    signup=$(curl -fsS -m 10 -H 'Content-Type: application/json' -d "$SIGNUP_BODY" "$base$SIGNUP_PATH") || die "signup failed"
    ST_TOKEN=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])' <<<"$signup")
    ST_USER_ID=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["user"]["id"])' <<<"$signup")
else
    ST_TOKEN=none ST_USER_ID=none   # an API without auth: the header is ignored
fi
ST_SUBJECT_PARAM=$SUBJECT_PARAM
# A member-scoped app: a tenant the user owns, whose key fills its path parameter.
ST_TENANT_PARAM=${TENANT_PARAM:-}
ST_TENANT_ID=none
if [ -n "${TENANT_PATH:-}" ]; then
    tenant=$(curl -fsS -m 10 -H 'Content-Type: application/json' -H "Authorization: Bearer $ST_TOKEN" -d "$TENANT_BODY" \
        "$base$TENANT_PATH") || die "creating the tenant failed"
    ST_TENANT_ID=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' <<<"$tenant")
fi
# The user's own membership row (the on_create made it): removing it would lock the user out of
# the tenant every later request names, so DELETE of that row is not generated.
ST_MEMBERSHIP_ITEM=none ST_MEMBERSHIP_ID=none
if [ -n "${MEMBERSHIP_PATH:-}" ]; then
    ST_MEMBERSHIP_ITEM="$MEMBERSHIP_PATH/{id}"
    ST_MEMBERSHIP_ID=$(curl -fsS -m 10 -H "Authorization: Bearer $ST_TOKEN" "$base${MEMBERSHIP_PATH/\{$TENANT_PARAM\}/$ST_TENANT_ID}" \
        | ST_USER_ID="$ST_USER_ID" python3 -c 'import json, os, sys; print(next(r["id"] for r in json.load(sys.stdin) if str(r["user_id"]) == os.environ["ST_USER_ID"]))') \
        || die "reading the user's membership failed"
fi
export ST_MEMBERSHIP_ITEM ST_MEMBERSHIP_ID
export ST_TOKEN ST_USER_ID ST_SUBJECT_PARAM ST_TENANT_PARAM ST_TENANT_ID
log "user $ST_USER_ID signed up"

# --- 5. schemathesis --------------------------------------------------------------------------------
# The config file fixes `{user_id}` (qualified as a path parameter) and the bearer header;
# ${...} is substituted by schemathesis from the environment.
cat >"$tmp/schemathesis.toml" <<EOF
headers = { Authorization = "Bearer \${ST_TOKEN}" }

EOF
if [ -n "$SUBJECT_PARAM" ]; then
    printf '\n[parameters]\n"path.%s" = "${ST_USER_ID}"\n' "$SUBJECT_PARAM" >>"$tmp/schemathesis.toml"
fi
if [ -n "$ST_TENANT_PARAM" ]; then
    printf '\n[parameters]\n"path.%s" = "${ST_TENANT_ID}"\n' "$ST_TENANT_PARAM" >>"$tmp/schemathesis.toml"
fi
# Workaround for a schemathesis 4.x quirk: its coverage phase builds negative cases for `user_id`
# and only then applies the fixed value from [parameters], so the request carries the valid id
# while the case is still labelled "invalid path parameter" (a false ST201 on every 2xx). Such
# cases are dropped; every other negative case stays.
cat >"$tmp/hooks.py" <<'EOF'
import os
import re
import urllib.parse

import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import CoveragePhaseData
from schemathesis.generation.modes import GenerationMode


@schemathesis.hook
def filter_case(context, case):
    # A request target over 8 KiB is refused before routing (414, documented on every
    # operation); schemathesis does not count 414 as a rejection of invalid data.
    if isinstance(case.query, dict) and len(urllib.parse.urlencode(case.query, doseq=True)) > 7000:
        return False
    # The tenant that fills the tenant parameter stays: deleting it (its key found in a listing)
    # would turn every later request into a 404.
    tenant = os.environ.get("ST_TENANT_ID", "none")
    others = [str(value) for name, value in (case.path_parameters or {}).items() if name != os.environ.get("ST_TENANT_PARAM")]
    if case.method.upper() == "DELETE" and tenant in others:
        return False
    if case.method.upper() == "DELETE" and case.path == os.environ.get("ST_MEMBERSHIP_ITEM") \
            and str((case.path_parameters or {}).get("id")) == os.environ.get("ST_MEMBERSHIP_ID"):
        return False
    meta = case.meta
    # Stateful links fill a path parameter from another operation's answer without checking it
    # against this operation's schema (an integer customer id as an order's UUID, a UUID as a
    # patient's integer id); the server's 422 is then right. Such values are dropped.
    if meta is not None and meta.generation.mode != GenerationMode.NEGATIVE and case.path_parameters:
        for parameter in getattr(case.operation, "path_parameters", []) or []:
            definition = getattr(parameter, "definition", None) or {}
            schema = definition.get("schema") or {}
            value = case.path_parameters.get(definition.get("name"))
            if value is None:
                continue
            if schema.get("pattern") and not re.search(schema["pattern"], str(value)):
                return False
            if schema.get("type") == "integer" and not re.fullmatch(r"-?[0-9]+", str(value)):
                return False
    if meta is not None and meta.generation.mode == GenerationMode.NEGATIVE:
        data = meta.phase.data
        return not (
            isinstance(data, CoveragePhaseData)
            and data.parameter in (os.environ["ST_SUBJECT_PARAM"], os.environ["ST_TENANT_PARAM"])
            and data.parameter_location == ParameterLocation.PATH
        )
    # Refusals JSON Schema cannot express, so a "schema-valid" request may rightly get a 422: a
    # list cursor the server did not issue (cursors are opaque and signed), a replace or patch
    # whose body names another key than its path (a row never moves, docs/spec.md §6.1), and a
    # reference to a row the caller may not use (another tenant's or user's, or none; §6.5).
    # Such positive cases are dropped; every other case stays.
    if isinstance(case.query, dict) and "cursor" in case.query:
        return False
    # The generator states these per operation (OpenAPI extensions, docs/spec.md §6.5):
    # x-unchangeable fields a replace or patch must leave as they are, x-references keys that
    # must name a row the caller may use.
    operation = getattr(getattr(case.operation, "definition", None), "raw", None) or {}
    fixed = operation.get("x-unchangeable", [])
    if isinstance(case.body, dict) and any(name in case.body for name in fixed):
        return False
    references = operation.get("x-references", [])
    if isinstance(case.body, dict) and any(case.body.get(name) is not None for name in references):
        return False
    if case.method.upper() in ("PUT", "PATCH") and isinstance(case.body, dict) and case.path_parameters:
        for name, value in case.path_parameters.items():
            if name in case.body and str(case.body[name]) != str(value):
                return False
    return True
EOF
export SCHEMATHESIS_HOOKS=$tmp/hooks.py
mkdir -p "$REPORT_DIR"
log "st run: --checks all, max $MAX_EXAMPLES examples per operation, at most $TIME_LIMIT s, seed $SEED"
set +e
(
    cd "$tmp"
    timeout -k 10 "$TIME_LIMIT" "$VENV/bin/st" --config-file "$tmp/schemathesis.toml" run "$base/openapi.json" \
        --checks all --max-examples "$MAX_EXAMPLES" ${MAX_TIME:+--max-time "$MAX_TIME"} --seed "$SEED" \
        --workers "$WORKERS" --request-timeout 10 --generation-database none --no-color \
        --report junit,ndjson,json --report-dir "$REPORT_DIR" "$@"
)
status=$?
set -e
if ! kill -0 "$server_pid" 2>/dev/null; then
    log "$PRODUCT died during the run; its log:"
    cat "$tmp/server.log" >&2
    [ "$status" -ne 0 ] || status=1
fi
log "schemathesis exit status $status; reports in $REPORT_DIR"
exit "$status"
