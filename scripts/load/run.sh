#!/usr/bin/env bash
# Load and fault tests of issue 7 (SQLite), one after the other; results on stdout (paste into
# docs/benchmarks.md). Needs the release build (`cargo leptos build --release`), Debian's wrk and
# sqlite3 (apt-get install wrk sqlite3), python3.
# Usage: bash scripts/load/run.sh [WRK_SECONDS=60] [CONNECTIONS=64] [CRASH_EVENTS=5000] [MEMORY_EVENTS=100000]
set -euo pipefail
D=$(dirname "$0")
for t in wrk sqlite3 python3 curl; do command -v "$t" >/dev/null || { echo "$t missing (apt-get install $t)" >&2; exit 1; }; done
echo "## wrk: API search and results page beside the ceiling"
bash "$D/wrk.sh" "${1:-60}" "${2:-64}"
echo
echo "## kill -9 during a bulk import"
bash "$D/crash.sh" "${3:-5000}"
echo
echo "## resident memory with ${4:-100000} events"
bash "$D/memory.sh" "${4:-100000}"
echo
# TODO(issue 7, after the PostgreSQL store lands): restart PostgreSQL under wrk load
# (systemctl/pg_ctl restart during a 60 s run against a postgres:// UITNOORD_DATABASE_URL) and
# check that errors occur only during the outage and the server recovers by itself. Not run yet.
echo "## PostgreSQL restart under load: not run (TODO: needs the PostgreSQL store)"
