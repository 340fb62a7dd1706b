#!/usr/bin/env bash
# PostgreSQL restarted under load: the release server on a fresh PostgreSQL database under wrk
# (the API search, answered from memory, and /api/v1/networks, read from the database each
# time), with a curl probe of each beside it recording every answer; after a quarter of the run
# the PostgreSQL cluster is stopped (fast mode) for OUTAGE seconds and started again. Reports
# the non-2xx answers per second around the outage, how many fell before, during and after
# it, wrk's figures, and whether the server recovered by itself: /readyz, a search and a
# database read answer 200 afterwards, and an event imported through the CLI afterwards is
# searchable within 2 s (the server listens for changes again).
# Needs root (pg_ctlcluster), Debian's postgresql with the role of UITNOORD_TEST_PG_URL
# (default postgres://bench:bench@127.0.0.1/postgres, CREATEDB), wrk, psql, curl, python3.
# Other users of that PostgreSQL see the outage too.
# Usage: bash scripts/load/pg_restart.sh [SECONDS=60] [CONNECTIONS=64] [OUTAGE=5]
source "$(dirname "$0")/common.sh"
DUR=${1:-60}; CONN=${2:-64}; OUTAGE=${3:-5}
for t in wrk psql pg_ctlcluster curl python3; do command -v "$t" >/dev/null || { echo "$t missing" >&2; exit 1; }; done
PG_ADMIN=${UITNOORD_TEST_PG_URL:-postgres://bench:bench@127.0.0.1/postgres}
read -r -a CLUSTER <<<"${UITNOORD_PG_CLUSTER:-15 main}"
DBNAME=uitnoord_load_$$
DBURL="${PG_ADMIN%/*}/$DBNAME"
finish() {
  cleanup
  # Never leave the cluster stopped (an interrupted run), then drop the test database.
  pg_ctlcluster "${CLUSTER[@]}" status >/dev/null 2>&1 || pg_ctlcluster "${CLUSTER[@]}" start || true
  psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)" >/dev/null 2>&1 || true
}
trap finish EXIT
psql "$PG_ADMIN" -qc "CREATE DATABASE $DBNAME" >/dev/null
DATA=$(new_tmp); PORT=$(free_port)
start_server "$DATA" "$PORT" UITNOORD_RATE_LIMIT=0 UITNOORD_DATABASE_URL="$DBURL" UITNOORD_LOG=info,sqlx=warn,tantivy=warn
wait_ready "$PORT"
SEARCH="/api/v1/events?q=concert&near=Groningen&radius_km=25"
DBREAD="/api/v1/networks"
echo "machine: $(machine)"
echo "PostgreSQL $(psql "$PG_ADMIN" -Atc 'SHOW server_version'), cluster ${CLUSTER[*]}; server on $DBNAME with $(metric "$PORT" uitnoord_index_documents) indexed events"

# probe PATH FILE: one request at a time until $DATA/stop exists; a line "start end status" each.
probe() {
  while [ ! -e "$DATA/stop" ]; do
    local t0 code
    t0=$(date +%s.%N)
    code=$(curl -s -o /dev/null -m 20 -w '%{http_code}' "http://127.0.0.1:$PORT$1" || true)
    echo "$t0 $(date +%s.%N) ${code:-000}" >>"$2"
    sleep 0.05
  done
}
probe "$SEARCH" "$DATA/probe-search" & PIDS+=("$!")
probe "$DBREAD" "$DATA/probe-db" & PIDS+=("$!")
wrk -t1 -c"$CONN" -d"${DUR}s" --timeout 20s --latency "http://127.0.0.1:$PORT$SEARCH" >"$DATA/wrk-search" & W1=$!
wrk -t1 -c8 -d"${DUR}s" --timeout 20s --latency "http://127.0.0.1:$PORT$DBREAD" >"$DATA/wrk-db" & W2=$!
PIDS+=("$W1" "$W2")
T_START=$(date +%s.%N)
sleep $((DUR / 4))
T_DOWN=$(date +%s.%N)
pg_ctlcluster "${CLUSTER[@]}" stop -m fast
T_STOPPED=$(date +%s.%N)
sleep "$OUTAGE"
T_STARTING=$(date +%s.%N)
pg_ctlcluster "${CLUSTER[@]}" start
T_UP=$(date +%s.%N)
wait "$W1" "$W2" || true
touch "$DATA/stop"
sleep 0.5

# wrk's figures: requests, non-2xx, socket errors (connect, read, write, timeout), p50, p99, max.
wrk_row() {
  local out=$1 total non2xx sock
  total=$(awk '/requests in/{print $1}' "$out")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$out"); non2xx=${non2xx:-0}
  sock=$(awk -F'[ ,]+' '/Socket errors/{print $4+$6+$8+$10}' "$out"); sock=${sock:-0}
  echo "| $2 | $(awk '/Requests\/sec/{print $2}' "$out") | $(awk '$1=="50%"{print $2}' "$out") | $(awk '$1=="99%"{print $2}' "$out") | $(awk '/Latency/{print $4}' "$out") | $total | $non2xx | $sock |"
}
echo "wrk ${DUR}s; PostgreSQL: \`pg_ctlcluster ${CLUSTER[*]} stop -m fast\` at +$(python3 -c "print(f'{$T_DOWN-$T_START:.1f}')") s of the run (stopped $(python3 -c "print(f'{$T_STOPPED-$T_DOWN:.1f}')") s later), \`start\` ${OUTAGE} s after that, accepting connections again $(python3 -c "print(f'{$T_UP-$T_DOWN:.1f}')") s after the stop began (the outage below)"
echo
echo "| wrk target | requests/s | p50 | p99 | max | requests | non-2xx | socket errors |"
echo "|---|---|---|---|---|---|---|---|"
wrk_row "$DATA/wrk-search" "API search \`$SEARCH\` ($CONN connections)"
wrk_row "$DATA/wrk-db" "database read \`$DBREAD\` (8 connections)"
echo
python3 - "$T_DOWN" "$T_UP" "$DATA/probe-search" "$DATA/probe-db" <<'EOF'
import sys, collections
down, up = float(sys.argv[1]), float(sys.argv[2])
print("curl probes (one request at a time each); seconds relative to the stop of PostgreSQL; a request belongs to the second it started in:")
print()
print("| probe | requests | non-2xx before the outage | non-2xx started during it | non-2xx started after it | last non-2xx answered at | slowest answer |")
print("|---|---|---|---|---|---|---|")
per_second = {}
ok = True
for name, path in (("search", sys.argv[3]), ("database read", sys.argv[4])):
    rows = [l.split() for l in open(path) if l.strip()]
    rows = [(float(a), float(b), c) for a, b, c in rows]
    bad = [(a, b, c) for a, b, c in rows if not c.startswith("2")]
    before = sum(1 for a, b, c in bad if a < down)
    during = sum(1 for a, b, c in bad if down <= a <= up)
    after = sum(1 for a, b, c in bad if a > up)
    ok &= before == 0 and after == 0
    last = max((b for a, b, c in bad), default=None)
    slow = max(rows, key=lambda r: r[1] - r[0])
    print(f"| {name} | {len(rows)} | {before} | {during} | {after} | "
          f"{'none' if last is None else f'+{last - down:.1f} s'} | {slow[1] - slow[0]:.2f} s (started at +{slow[0] - down:.1f} s) |")
    for a, b, c in rows:
        s = int((a - down) // 1)
        d = per_second.setdefault(s, collections.Counter())
        d[name + " n"] += 1
        if not c.startswith("2"):
            d[name + " bad"] += 1
            d[name + " codes " + c] += 1
print()
print("per second around the outage (requests / non-2xx, status codes of the non-2xx):")
print()
print("| second | search | database read |")
print("|---|---|---|")
lo, hi = -2, int(up - down) + 4
for s in range(lo, hi + 1):
    d = per_second.get(s, collections.Counter())
    def cell(n):
        codes = ",".join(f"{k.split()[-1]}×{v}" for k, v in d.items() if k.startswith(n + " codes"))
        return f"{d[n + ' n']} / {d[n + ' bad']}" + (f" ({codes})" if codes else "")
    print(f"| {s:+d} | {cell('search')} | {cell('database read')} |")
print()
print("errors only during the outage:", "yes" if ok else "NO")
EOF

# Recovery by itself: readiness, a search, a database read, and a change followed within 2 s.
R=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")
S=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$SEARCH")
N=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$DBREAD")
VENUE=$(psql "$DBURL" -Atc "SELECT MIN(id) FROM venues")
ORG=$(UITNOORD_DATABASE_URL="$DBURL" UITNOORD_DATA_DIR="$DATA/cli" "$BIN" admin add-org "Hersteltest $$" --trusted --venue "$VENUE" 2>/dev/null | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
DAY=$(date -u -d '+40 days' +%Y%m%d)
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Uitnoord//pg restart//NL\r\nBEGIN:VEVENT\r\nUID:pg-restart-%s@uitnoord.test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Amsterdam:%sT200000\r\nSUMMARY:Herstelconcert Wederopstandingsproef\r\nLOCATION:Loadtestzaal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' "$$" "$DAY" >"$DATA/after.ics"
UITNOORD_DATABASE_URL="$DBURL" UITNOORD_DATA_DIR="$DATA/cli" "$BIN" import ics "$DATA/after.ics" --org "$ORG" >"$DATA/import.log" 2>&1
T_IMP=$(date +%s.%N)
FOUND=0
while python3 -c "import sys; sys.exit(0 if $(date +%s.%N) - $T_IMP < 5 else 1)"; do
  FOUND=$(curl -fsS "http://127.0.0.1:$PORT/api/v1/events?q=wederopstandingsproef" | python3 -c 'import json,sys;print(json.load(sys.stdin)["total"])')
  [ "$FOUND" -ge 1 ] && break
  sleep 0.05
done
FOLLOW=$(python3 -c "print(f'{$(date +%s.%N) - $T_IMP:.2f}')")
echo
echo "after the run: /readyz $R, search $S, database read $N; an event imported through the CLI after the restart is found by the server's search: $FOUND (after $FOLLOW s; limit 2 s)"
echo "server log, lines about the database after the outage:"
grep -iE 'listening for database changes|change listener|following database changes|reloaded' "$DATA/server.log" | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-200 | head -8 | sed 's/^/    /'
[ "$R" = 200 ] && [ "$S" = 200 ] && [ "$N" = 200 ] && [ "$FOUND" -ge 1 ] && python3 -c "import sys; sys.exit(0 if $FOLLOW <= 2 else 1)" || { echo "RECOVERY FAILED"; exit 1; }
echo "recovered by itself: yes"
