#!/usr/bin/env bash
# The portal's benchmark (not part of the test suite; see docs/performance.md for the figures and the targets).
#
#   bash bench/run.sh
#   DURATION=20s CONNECTIONS=64 RUNS=5 bash bench/run.sh
#
# One run, on this machine, on loopback only:
#   1. builds the portal, the seeder, the baseline and the contest load tool in Release;
#   2. starts the portal on a fresh SQLite data folder in demo mode, stops it, and adds the bench volume with
#      bench/BenchSeed (10 000 published articles, 2 000 voter-contact records, 5 000 contest entries, written
#      straight to the database) and restarts it: the time from start to the first page is measured here;
#   3. starts bench/Baseline, a bare Kestrel app serving the cached article page's bytes from memory;
#   4. wrk, after a warm-up, RUNS runs each: baseline, cached article, uncached article, column list, ledger
#      dashboard, search; prints the median requests per second and the ratio to the baseline's median;
#   5. hey at a fixed rate (RATE req/s for MIXED_SECONDS): 80 % cached article, 15 % uncached, 5 % search;
#      prints p50/p99 over all requests and the errors;
#   6. the portal's working set (resident memory) after the load, and what it is made of;
#   7. the deadline-day contest figures (bench/ContestLoad: DELEGATES delegates submit with 1 MB attachments).
# "Uncached" requests carry an Authorization header, which the output cache never serves from or stores: every
# one is rendered (database queries and Razor), as a page not yet in the cache is.
#
# Settings (environment): PORT (5093), BASELINE_PORT (5094), ARTICLES (10000), CONTACTS (2000), ENTRIES (5000),
# DURATION (10s), WARMUP (5s), CONNECTIONS (32), THREADS (2), RUNS (3), RATE (500), MIXED_SECONDS (20),
# DELEGATES (300, 0 skips the contest bench), KEEP_DATA (1 keeps the data folder).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-5093}"
BASELINE_PORT="${BASELINE_PORT:-5094}"
export ARTICLES="${ARTICLES:-10000}"
CONTACTS="${CONTACTS:-2000}"
ENTRIES="${ENTRIES:-5000}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
RUNS="${RUNS:-3}"
RATE="${RATE:-500}"
MIXED_SECONDS="${MIXED_SECONDS:-20}"
DELEGATES="${DELEGATES:-300}"
PORTAL_URL="http://127.0.0.1:$PORT"
BASELINE_URL="http://127.0.0.1:$BASELINE_PORT"
CACHED_PAGE="/news/2012-theme-activity-summary"
BYPASS="Authorization: Bearer bench-uncached"
DATA="$(mktemp -d /tmp/portal-bench.XXXXXX)"
RELEASE="$ROOT/src/Web/Portal.Web/bin/Release/net10.0"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '==> %s\n' "$*"; }

PORTAL=""
BASELINE=""
cleanup() {
    for pid in $BASELINE $PORTAL; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    [ "${KEEP_DATA:-0}" = 1 ] && log "Data kept in $DATA" || rm -rf "$DATA"
}
trap cleanup EXIT

# --- Tools ------------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v hey >/dev/null 2>&1 || missing+=(hey)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "Installing ${missing[*]} with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" </dev/null >/dev/null
    else
        echo "The bench needs ${missing[*]} (Debian: apt-get install ${missing[*]})" >&2
        exit 1
    fi
fi

cd "$ROOT"
log "Building the portal, the seeder, the baseline and the contest load tool (Release)"
for project in src/Web/Portal.Web bench/BenchSeed bench/Baseline bench/ContestLoad; do
    dotnet build "$project" -c Release -nologo -clp:ErrorsOnly
done

# --- The portal ---------------------------------------------------------------------------------------------
start_portal() {
    local started
    started=$(date +%s%N)
    (cd "$RELEASE" && ASPNETCORE_ENVIRONMENT=Production \
        Portal__DemoMode=true \
        Portal__DataPath="$DATA" \
        Portal__RateLimits__LoginPermitsPerMinute=1000000 \
        Logging__LogLevel__Default=Warning \
        exec dotnet Portal.Web.dll --urls "$PORTAL_URL" >>"$DATA/portal.log" 2>&1) &
    PORTAL=$!
    for _ in $(seq 1 1200); do
        curl -fs -o /dev/null "$PORTAL_URL/" && break
        kill -0 "$PORTAL" 2>/dev/null || { echo "The portal stopped:" >&2; cat "$DATA/portal.log" >&2; exit 1; }
        sleep 0.1
    done
    FIRST_PAGE_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_portal() { kill "$PORTAL"; wait "$PORTAL" 2>/dev/null || true; PORTAL=""; }

log "First start on a fresh SQLite database (data: $DATA): migrations and the demo content"
start_portal
log "  first page after ${FIRST_PAGE_MS} ms"
stop_portal

log "Adding the bench volume: $ARTICLES articles, $CONTACTS voter-contact records, $ENTRIES contest entries"
dotnet bench/BenchSeed/bin/Release/net10.0/BenchSeed.dll --Portal:DataPath="$DATA" \
    --articles "$ARTICLES" --contacts "$CONTACTS" --entries "$ENTRIES" | sed 's/^/    /'

log "Starting the portal with the volume"
start_portal
COLD_START_MS=$FIRST_PAGE_MS
log "  first page after ${COLD_START_MS} ms"
PORTAL_PID=$(pgrep -f "Portal.Web.dll --urls $PORTAL_URL" | head -n 1)

# The index is rebuilt in the background after the seeding; search is measured once it holds every article.
log "Waiting for the search index to hold the generated articles"
jar="$DATA/cookies"
token=$(curl -fs -c "$jar" "$PORTAL_URL/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=admin" --data-urlencode "Password=admin2012" \
    --data-urlencode "__RequestVerificationToken=$token" "$PORTAL_URL/account/login"
for _ in $(seq 1 900); do
    admin_page=$(curl -fs -b "$jar" "$PORTAL_URL/admin/search" || true)
    documents=$(grep -o 'data-field="documents">[0-9]*' <<<"$admin_page" | grep -o '[0-9]*$' || echo 0)
    pending=$(grep -o 'data-field="pending">[0-9]*' <<<"$admin_page" | grep -o '[0-9]*$' || echo "?")
    [ "${documents:-0}" -ge "$ARTICLES" ] && [ "$pending" = "0" ] && break
    sleep 1
done
log "  index ready: ${documents} documents, ${pending} changes pending"

# --- Baseline -----------------------------------------------------------------------------------------------
curl -fs -o "$DATA/article.html" "$PORTAL_URL$CACHED_PAGE"
dotnet bench/Baseline/bin/Release/net10.0/Baseline.dll "$DATA/article.html" --urls "$BASELINE_URL" >"$DATA/baseline.log" 2>&1 &
BASELINE=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "$BASELINE_URL/" && break; sleep 0.1; done
log "Baseline serves the article's $(stat -c %s "$DATA/article.html") bytes from memory on $BASELINE_URL"

# --- Throughput ---------------------------------------------------------------------------------------------
declare -A RPS P99
run_wrk() { # name url [wrk options...]
    local name=$1 url=$2
    shift 2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
    local values=() latencies=() out
    for _ in $(seq 1 "$RUNS"); do
        out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
        if grep -q "Non-2xx\|Socket errors" <<<"$out"; then
            echo "    $name: $(grep 'Non-2xx\|Socket errors' <<<"$out" | xargs)" >&2
        fi
        values+=("$(awk '/Requests\/sec/ {print $2}' <<<"$out")")
        latencies+=("$(awk '$1 == "99%" {print $2}' <<<"$out")")
    done
    RPS[$name]=$(printf '%s\n' "${values[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    P99[$name]=$(printf '%s\n' "${latencies[@]}" | sort -V | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '    %-18s runs: %s\n' "$name" "${values[*]}"
}

log "wrk: $THREADS threads, $CONNECTIONS connections, $RUNS runs of $DURATION after a $WARMUP warm-up"
run_wrk "baseline" "$BASELINE_URL/"
run_wrk "cached article" "$PORTAL_URL$CACHED_PAGE"
run_wrk "uncached article" "$PORTAL_URL" -s bench/lua/random-article.lua -H "$BYPASS"
run_wrk "column list" "$PORTAL_URL/columns/gongzuo-dongtai" -H "$BYPASS"
run_wrk "ledger dashboard" "$PORTAL_URL/ledger/2012" -H "$BYPASS"
run_wrk "search" "$PORTAL_URL" -s bench/lua/random-search.lua

# --- Fixed rate, mixed ----------------------------------------------------------------------------------------
log "hey: $RATE req/s for ${MIXED_SECONDS}s: 80 % cached article, 15 % uncached article, 5 % search"
# hey's rate is per worker (-q) times workers (-c).
hey -z "${MIXED_SECONDS}s" -c 20 -q $((RATE * 80 / 100 / 20)) -o csv "$PORTAL_URL$CACHED_PAGE" >"$DATA/mixed-cached.csv" &
h1=$!
hey -z "${MIXED_SECONDS}s" -c 5 -q $((RATE * 15 / 100 / 5)) -o csv -H "$BYPASS" "$PORTAL_URL/news/bench-00042" >"$DATA/mixed-uncached.csv" &
h2=$!
hey -z "${MIXED_SECONDS}s" -c 5 -q $((RATE * 5 / 100 / 5)) -o csv "$PORTAL_URL/search?q=%E6%89%A7%E6%B3%95%E6%A3%80%E6%9F%A5" >"$DATA/mixed-search.csv" &
h3=$!
wait $h1 $h2 $h3
MIXED=$(python3 - "$DATA" "$MIXED_SECONDS" <<'PY'
import csv, glob, os, sys
times, errors = [], 0
for path in glob.glob(os.path.join(sys.argv[1], "mixed-*.csv")):
    with open(path) as f:
        for row in csv.DictReader(f):
            times.append(float(row["response-time"]) * 1000)
            errors += row["status-code"] != "200"
times.sort()
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"{len(times)} {len(times) / float(sys.argv[2]):.0f} {pick(0.5):.1f} {pick(0.99):.1f} {errors}")
PY
)
read -r mixed_count mixed_rate mixed_p50 mixed_p99 mixed_errors <<<"$MIXED"

# --- Memory ---------------------------------------------------------------------------------------------------
WORKING_SET_MB=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PORTAL_PID/status")
PEAK_MB=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$PORTAL_PID/status")
# Where the resident memory is: the runtime's and the libraries' mapped files (and the mapped search index), the
# JIT-compiled code (shared memory, the runtime's double mapping), and the rest: the managed heap and native memory.
MEMORY_SPLIT=$(awk '/RssFile/ {file=$2} /RssShmem/ {code=$2} /RssAnon/ {heap=$2}
    END {printf "mapped files %.0f MB, compiled code %.0f MB, heaps %.0f MB", file / 1024, code / 1024, heap / 1024}' "/proc/$PORTAL_PID/status")

# --- Report ---------------------------------------------------------------------------------------------------
echo
echo "Portal benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load average before the report: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-20s %12s %10s %10s %s\n' "page" "req/s (med)" "of base" "p99" "target"
base=${RPS[baseline]}
for name in "baseline" "cached article" "uncached article" "column list" "ledger dashboard" "search"; do
    ratio=$(awk -v a="${RPS[$name]}" -v b="$base" 'BEGIN {printf "%.0f %%", 100 * a / b}')
    target=""
    [ "$name" = "cached article" ] && target=">= 80 %"
    [ "$name" = "uncached article" ] && target=">= 25 %"
    printf '%-20s %12s %10s %10s %s\n' "$name" "${RPS[$name]}" "$ratio" "${P99[$name]}" "$target"
done
echo "mixed load:          $mixed_count requests at $mixed_rate req/s (asked: $RATE), p50 ${mixed_p50} ms, p99 ${mixed_p99} ms (target < 50 ms), errors: $mixed_errors"
echo "working set:         ${WORKING_SET_MB} MB after the load (peak ${PEAK_MB} MB; target < 300 MB): $MEMORY_SPLIT"
echo "start to first page: ${COLD_START_MS} ms with the volume (search index rebuilt afterwards, in the background)"

if [ "$DELEGATES" -gt 0 ]; then
    echo
    log "Deadline day: $DELEGATES delegates submit with a 1 MB attachment (bench/ContestLoad)"
    dotnet bench/ContestLoad/bin/Release/net10.0/ContestLoad.dll --base "$PORTAL_URL" --delegates "$DELEGATES" --concurrency 24 --attachment-kb 1024
fi
