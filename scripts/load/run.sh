#!/usr/bin/env bash
# Load and fault tests of issue 7, one after the other; results on stdout (paste into
# docs/benchmarks.md). Needs the release build (`cargo leptos build --release`), Debian's wrk and
# sqlite3 (apt-get install wrk sqlite3), python3; the last part restarts the local PostgreSQL
# cluster under load (root, Debian's postgresql and the bench role of scripts/setup.sh; skipped
# with a line when PostgreSQL is unreachable).
# Usage: bash scripts/load/run.sh [WRK_SECONDS=60] [CONNECTIONS=64] [CRASH_EVENTS=5000] [MEMORY_EVENTS=100000] [PG_OUTAGE_SECONDS=5]
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
echo "## PostgreSQL restarted under load"
if command -v pg_ctlcluster >/dev/null && command -v psql >/dev/null && psql "${UITNOORD_TEST_PG_URL:-postgres://bench:bench@127.0.0.1/postgres}" -qAtc 'SELECT 1' >/dev/null 2>&1; then
  bash "$D/pg_restart.sh" "${1:-60}" "${2:-64}" "${5:-5}"
else
  echo "SKIPPED: no PostgreSQL cluster reachable at UITNOORD_TEST_PG_URL (or no pg_ctlcluster/psql); scripts/setup.sh installs it"
fi
