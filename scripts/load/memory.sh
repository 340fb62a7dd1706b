#!/usr/bin/env bash
# Resident memory of a server with 100,000 events (plus the demo programme): imported with the
# CLI in files of 10,000 (one occurrence each), then the server started, searched, and its
# VmRSS read from /proc. Target: at most 300 MB.
# Usage: bash scripts/load/memory.sh [EVENTS=100000]
source "$(dirname "$0")/common.sh"
N=${1:-100000}; CHUNK=10000
DATA=$(new_tmp); PORT=$(free_port); DB="$DATA/uitnoord.db"
export UITNOORD_DATA_DIR="$DATA"
echo "machine: $(machine)"
"$BIN" seed >/dev/null 2>&1
VENUE=$(sqlite3 "$DB" "SELECT MIN(id) FROM venues")
ORG=$("$BIN" admin add-org "Memory test $$" --trusted --venue "$VENUE" 2>/dev/null | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
T0=$SECONDS
for ((first = 0; first < N; first += CHUNK)); do
  n=$(( N - first < CHUNK ? N - first : CHUNK ))
  python3 "$ROOT/scripts/load/gen_ics.py" "$n" "$first" 1 > "$DATA/chunk.ics"
  "$BIN" import ics "$DATA/chunk.ics" --org "$ORG" >/dev/null 2>"$DATA/import.log" || { tail -5 "$DATA/import.log"; exit 1; }
done
EVENTS=$(sqlite3 "$DB" "SELECT COUNT(*) FROM events WHERE workflow_status = 'published'")
echo "imported $N events in $((SECONDS - T0)) s; $EVENTS published events; database $(( $(stat -c %s "$DB") / 1048576 )) MiB"
T1=$SECONDS
start_server "$DATA" "$PORT"
wait_ready "$PORT"
echo "start to /readyz (catalogue and index of $EVENTS events): $((SECONDS - T1)) s; index documents $(metric "$PORT" uitnoord_index_documents), $(python3 -c "print(round($(metric "$PORT" uitnoord_index_size_bytes)/1048576, 1))") MiB on disk"
echo "VmRSS when ready: $(rss_mib "$SERVER_PID") MiB"
for q in "q=concert&near=Groningen" "q=film" "q=muziek+voor+kinderen&near=Assen&radius_km=30" "q=jazz&sort=date" "near=Leeuwarden&per_page=100"; do
  for _ in 1 2 3 4 5; do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/v1/events?$q"; curl -fsS -o /dev/null "http://127.0.0.1:$PORT/events?$q"; done
done
RSS=$(rss_mib "$SERVER_PID")
echo "VmRSS after 50 searches (API and pages): $RSS MiB (VmHWM $(awk '/VmHWM/{printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status") MiB; anonymous $(awk '/RssAnon/{printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status") MiB, file-backed (index mmap, binary) $(awk '/RssFile/{printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status") MiB); target <= 300 MB (286 MiB)"
# The same data without the 100,000 events' texts in memory twice: a restart reads the catalogue
# again but finds the index current (no rebuild).
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
start_server "$DATA" "$PORT"
wait_ready "$PORT"
for q in "q=concert&near=Groningen" "q=film" "near=Leeuwarden&per_page=100"; do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/v1/events?$q"; done
echo "after a restart with the index current (no rebuild): VmRSS $(rss_mib "$SERVER_PID") MiB (VmHWM $(awk '/VmHWM/{printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status") MiB; anonymous $(awk '/RssAnon/{printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status") MiB)"
