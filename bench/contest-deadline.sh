#!/usr/bin/env bash
# Deadline-day load test of the contest module (not part of the test suite).
#
#   bash bench/contest-deadline.sh            # 300 delegates, 24 at a time, 1 MB attachments
#   DELEGATES=500 CONCURRENCY=32 bash bench/contest-deadline.sh
#
# Builds the portal in Release, starts it on a fresh SQLite data folder (demo mode: the open 2026 contest and the admin),
# lets the admin create the delegate accounts through /admin/users, then has every delegate sign in, save a draft,
# attach a 1 MB PDF and submit (every tenth with a double click). Prints throughput, p50/p95/p99 latency per step,
# and the entries stored against the entries sent (they must be equal). Traffic goes to 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-5093}"
DELEGATES="${DELEGATES:-300}"
CONCURRENCY="${CONCURRENCY:-24}"
ATTACHMENT_KB="${ATTACHMENT_KB:-1024}"
DATA="$(mktemp -d /tmp/portal-bench.XXXXXX)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cd "$ROOT"
echo "==> Building the portal and the load tool (Release)"
dotnet build src/Web/Portal.Web -c Release -nologo -clp:ErrorsOnly
dotnet build bench/ContestLoad -c Release -nologo -clp:ErrorsOnly

echo "==> Starting the portal on http://127.0.0.1:$PORT (data: $DATA)"
cd "$ROOT/src/Web/Portal.Web/bin/Release/net10.0"
ASPNETCORE_ENVIRONMENT=Production \
Portal__DemoMode=true \
Portal__DataPath="$DATA" \
Portal__RateLimits__LoginPermitsPerMinute=1000000 \
Logging__LogLevel__Default=Warning \
    dotnet Portal.Web.dll --urls "http://127.0.0.1:$PORT" >"$DATA/portal.log" 2>&1 &
PORTAL=$!
cleanup() { kill "$PORTAL" 2>/dev/null || true; wait "$PORTAL" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/contests" && break
    kill -0 "$PORTAL" 2>/dev/null || { echo "The portal stopped:"; cat "$DATA/portal.log"; exit 1; }
    sleep 1
done

echo "==> Load"
cd "$ROOT"
dotnet bench/ContestLoad/bin/Release/net10.0/ContestLoad.dll \
    --base "http://127.0.0.1:$PORT" --delegates "$DELEGATES" --concurrency "$CONCURRENCY" --attachment-kb "$ATTACHMENT_KB"
status=$?
echo "==> Files kept by the portal: $(find "$DATA/files" -type f -name '*.pdf' | wc -l) PDF attachment(s)"
exit $status
