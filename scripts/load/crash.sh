#!/usr/bin/env bash
# kill -9 during a bulk import: the import process and the server (which follows the database
# and may be reindexing) are both killed while thousands of events are being written. After a
# restart: PRAGMA integrity_check is ok, no event is half-imported (every imported event has all
# of its occurrences), and the index holds exactly the published events; the import then runs
# again to completion and the running server follows it.
# Usage: bash scripts/load/crash.sh [EVENTS=5000]
source "$(dirname "$0")/common.sh"
N=${1:-5000}
DATA=$(new_tmp); PORT=$(free_port); DB="$DATA/uitnoord.db"
export UITNOORD_DATA_DIR="$DATA"
start_server "$DATA" "$PORT"
wait_ready "$PORT"
BASE=$(metric "$PORT" uitnoord_index_documents)
VENUE=$(sqlite3 "$DB" "SELECT MIN(id) FROM venues")
ORG=$("$BIN" admin add-org "Load test $$" --trusted --venue "$VENUE" 2>/dev/null | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
python3 "$ROOT/scripts/load/gen_ics.py" "$N" > "$DATA/events.ics"
echo "machine: $(machine)"
echo "server ready with $BASE indexed events; importing $N events (3 weekly occurrences each, $(stat -c %s "$DATA/events.ics") bytes) for organisation $ORG"
# SQL: the events of this import, those without all 3 occurrences, and the events the index must hold.
imported() { sqlite3 "$DB" "SELECT COUNT(*) FROM events WHERE organisation_id = $ORG"; }
half() { sqlite3 "$DB" "SELECT COUNT(*) FROM events e WHERE organisation_id = $ORG AND (SELECT COUNT(*) FROM occurrences o WHERE o.event_id = e.id) <> 3"; }
expected_docs() { sqlite3 "$DB" "SELECT COUNT(*) FROM events e WHERE workflow_status = 'published' AND NOT (COALESCE(e.offer, '') <> '' AND NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.event_id = e.id))"; }

T0=$SECONDS
"$BIN" import ics "$DATA/events.ics" --org "$ORG" >"$DATA/import.log" 2>&1 &
IMP=$!; PIDS+=("$IMP")
# Kill both when a third of the events are in.
until (( $(imported) >= N / 3 )); do
  kill -0 "$IMP" 2>/dev/null || { echo "the import ended before it could be killed: $(tail -3 "$DATA/import.log")"; exit 1; }
  sleep 0.05
done
kill -9 "$IMP" "$SERVER_PID"
wait "$IMP" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true
AT_KILL=$(imported)
echo "kill -9 of the import and the server after $((SECONDS - T0)) s, with $AT_KILL of $N events written"

start_server "$DATA" "$PORT"
T1=$SECONDS
wait_ready "$PORT"
echo "restart to /readyz: $((SECONDS - T1)) s"
IC=$(sqlite3 "$DB" "PRAGMA integrity_check")
FK=$(sqlite3 "$DB" "PRAGMA foreign_key_check" | wc -l)
HALF=$(half)
DOCS=$(metric "$PORT" uitnoord_index_documents); WANT=$(expected_docs)
echo "after restart: integrity_check=$IC, foreign_key_check rows=$FK, events of the import=$(imported), half-imported=$HALF, index documents=$DOCS, published indexable events=$WANT"
FAIL=0
[ "$IC" = ok ] && [ "$FK" = 0 ] && [ "$HALF" = 0 ] && [ "$DOCS" = "$WANT" ] || FAIL=1

# The import again, to completion, while the restarted server runs and follows it.
T2=$SECONDS
"$BIN" import ics "$DATA/events.ics" --org "$ORG" >"$DATA/import2.log" 2>&1
echo "second import (idempotent by UID) finished in $((SECONDS - T2)) s: $(imported) events, half-imported=$(half)"
WANT=$(expected_docs)
until [ "$(metric "$PORT" uitnoord_index_documents)" = "$WANT" ]; do
  (( SECONDS - T2 > 120 )) && { echo "the index did not follow: $(metric "$PORT" uitnoord_index_documents) of $WANT"; FAIL=1; break; }
  sleep 0.5
done
TOTAL=$(curl -fsS "http://127.0.0.1:$PORT/api/v1/events?q=%23$((N - 1))&per_page=1" | python3 -c 'import json,sys;print(json.load(sys.stdin)["total"])')
echo "index documents=$(metric "$PORT" uitnoord_index_documents) = published indexable events=$WANT ($((SECONDS - T2)) s after the second import began); a search for the last event's number finds $TOTAL"
[ "$(imported)" = "$N" ] && [ "$(half)" = 0 ] || FAIL=1
if (( FAIL )); then echo "RESULT: FAILED"; exit 1; else echo "RESULT: consistent after kill -9"; fi
