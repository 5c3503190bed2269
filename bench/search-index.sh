#!/usr/bin/env bash
# Search benchmark: indexes 10 000 generated Chinese articles with the portal's SearchIndex (Lucene + SmartCn)
# and prints the indexing rate and the search latency (median and p95). Not part of the test suite.
#
#   bash bench/search-index.sh [article-count]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run --project bench/SearchBench -c Release -- "${1:-10000}"
