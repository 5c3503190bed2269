#!/usr/bin/env bash
# The portal's whole test suite: unit, integration (SQLite and PostgreSQL) and browser journeys.
#
#   bash scripts/test.sh
#
# As root on a fresh Debian machine it installs what the tests need (PostgreSQL and its client tools, Redis,
# Chromium, sqlite3) with apt-get, starts PostgreSQL and sets the postgres user's password, and starts Redis on
# 127.0.0.1:6379 (the two-node test runs two portal processes on both); without root it uses what is already there.
# It builds once, runs every test project with a TRX logger into artifacts/test-results, and ends with
# the line "N passed, N failed" summed over all projects. Exit code 0 only when tests ran and none failed.
#
# Settings (environment): PORTAL_TEST_POSTGRES (a server of your own; then none is started),
# PORTAL_TEST_REDIS (a Redis of your own, e.g. 10.0.0.7:6379; then none is started),
# PORTAL_CHROMIUM (another Chromium than /usr/bin/chromium), CONFIGURATION (default Debug),
# TEST_FILTER (passed to dotnet test --filter).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/artifacts/test-results"
CONFIGURATION="${CONFIGURATION:-Debug}"
START=$(date +%s)

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PORTAL_TEST_ARTIFACTS="$RESULTS/screenshots"

log() { printf '==> %s\n' "$*"; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# --- Packages -------------------------------------------------------------------------------------------
have_postgres() { command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }
have_redis() { command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; }
have_chromium() { [ -x "${PORTAL_CHROMIUM:-/usr/bin/chromium}" ]; }

missing=()
if [ -z "${PORTAL_TEST_POSTGRES:-}" ] && ! have_postgres; then missing+=(postgresql); fi
if [ -z "${PORTAL_TEST_REDIS:-}" ] && ! have_redis; then missing+=(redis-server); fi
have_chromium || missing+=(chromium)
# The backup and restore test runs scripts/backup.sh and scripts/restore.sh: sqlite3, pg_dump, pg_restore, psql.
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v pg_restore >/dev/null 2>&1 || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
        log "Installing ${missing[*]} with apt-get"
        apt-get update -q </dev/null || log "apt-get update failed; trying the install anyway"
        apt-get install -y -q "${missing[@]}" </dev/null || log "apt-get install failed: the tests that need ${missing[*]} will fail"
    else
        log "Missing ${missing[*]} and not root (or no apt-get): the tests that need them will fail"
    fi
fi

# --- PostgreSQL -----------------------------------------------------------------------------------------
pg_ready() { command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p "${PGPORT:-5432}" -t 2; }

start_postgres() {
    if pg_ready; then
        log "PostgreSQL already accepts connections"
    elif is_root; then
        if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
            version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
            log "Creating PostgreSQL $version cluster 'main'"
            pg_createcluster "$version" main >/dev/null
        fi
        log "Starting PostgreSQL"
        service postgresql start </dev/null >/dev/null 2>&1 || true
        if ! pg_ready; then
            pg_lsclusters -h | while read -r version name _; do pg_ctlcluster "$version" "$name" start </dev/null || true; done
        fi
    else
        log "PostgreSQL is not running and only root can start it here"
        return 1
    fi

    for _ in $(seq 1 60); do pg_ready && break; sleep 1; done
    pg_ready || { log "PostgreSQL did not start"; return 1; }

    if is_root; then
        runuser -u postgres -- psql -q -X -c "ALTER USER postgres PASSWORD 'postgres';" </dev/null >/dev/null \
            || log "Could not set the postgres user's password"
    fi
}

if [ -n "${PORTAL_TEST_POSTGRES:-}" ]; then
    log "Using the PostgreSQL server in PORTAL_TEST_POSTGRES"
elif start_postgres; then
    export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=${PGPORT:-5432};Username=postgres;Password=postgres"
else
    log "No PostgreSQL server: the PostgreSQL tests will fail"
fi

# --- Redis ----------------------------------------------------------------------------------------------
redis_ready() { command -v redis-cli >/dev/null 2>&1 && [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]; }

start_redis() {
    if redis_ready; then
        log "Redis already answers on 127.0.0.1:6379"
        return 0
    fi
    have_redis || { log "redis-server is not installed"; return 1; }
    log "Starting Redis on 127.0.0.1:6379"
    if is_root; then
        service redis-server start </dev/null >/dev/null 2>&1 || true
    fi
    # No service manager (a container) or not root: run it directly, in memory only.
    redis_ready || redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no </dev/null >/dev/null 2>&1 || true
    for _ in $(seq 1 30); do redis_ready && return 0; sleep 1; done
    log "Redis did not start"
    return 1
}

if [ -n "${PORTAL_TEST_REDIS:-}" ]; then
    log "Using the Redis in PORTAL_TEST_REDIS"
elif start_redis; then
    export PORTAL_TEST_REDIS="127.0.0.1:6379"
else
    log "No Redis: the two-node test will be skipped"
fi

# --- Build and test -------------------------------------------------------------------------------------
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

log "Building ($CONFIGURATION)"
dotnet build Portal.sln -c "$CONFIGURATION" -nologo -clp:ErrorsOnly
build_status=$?

test_status=1
if [ $build_status -eq 0 ]; then
    log "Testing"
    filter=()
    [ -n "${TEST_FILTER:-}" ] && filter=(--filter "$TEST_FILTER")
    dotnet test Portal.sln -c "$CONFIGURATION" --no-build --nologo \
        --logger trx --logger "console;verbosity=normal" --results-directory "$RESULTS" \
        --blame-hang-timeout 10m --blame-hang-dump-type none "${filter[@]}" </dev/null
    test_status=$?
else
    log "The build failed; no tests ran"
fi

# --- Summary --------------------------------------------------------------------------------------------
summary=$(python3 - "$RESULTS" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        failed += 1
        continue
    counters = root.find(".//{*}ResultSummary/{*}Counters")
    if counters is None:
        continue
    n = lambda name: int(counters.get(name, "0"))
    passed += n("passed")
    bad = n("failed") + n("error") + n("timeout") + n("aborted")
    # A run that aborted (a test host crash, a hang) counts at least once, even with no test recorded as failed.
    outcome = root.find(".//{*}ResultSummary").get("outcome", "")
    if bad == 0 and outcome in ("Aborted", "Error", "Failed", "Timeout"):
        bad = 1
        print(f"{os.path.basename(path)}: run {outcome.lower()}", file=sys.stderr)
    failed += bad
    skipped += n("notExecuted")
    # The failures are named next to the closing line, where a CI log's tail still shows them.
    for result in root.iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}UnitTestResult"):
        if result.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
            message = result.find(".//{*}ErrorInfo/{*}Message")
            lines = (message.text or "").strip().splitlines() if message is not None else []
            print(f"FAILED {result.get('testName')}", file=sys.stderr)
            for line in lines[:6]:
                print(f"    {line[:300]}", file=sys.stderr)
print(passed, failed, skipped)
PY
) || summary="0 0 0"
read -r passed failed skipped <<<"$summary"

elapsed=$(( $(date +%s) - START ))
trx_count=$(find "$RESULTS" -name '*.trx' | wc -l)
log "Results: $trx_count TRX file(s) in ${RESULTS#$ROOT/}; $skipped skipped; ${elapsed}s in all"
echo "$passed passed, $failed failed"

if [ $build_status -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ] || [ $test_status -ne 0 ]; then
    exit 1
fi
exit 0
