#!/usr/bin/env bash
# Start the debug server on a free port with a fresh data directory, wait for /readyz, run the
# Playwright tests (node's test runner), stop the server.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${CARGO_TARGET_DIR:-target}
BIN=${UITNOORD_BIN:-$TARGET/debug/uitnoord}
# The site is where cargo-leptos wrote it: target/site, or under CARGO_TARGET_DIR when set.
SITE=target/site; [ -d "$SITE/pkg" ] || SITE="$TARGET/site"
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
DATA=$(mktemp -d -t uitnoord-e2e.XXXXXX)
export UITNOORD_OPEN_DATA_DIR="${UITNOORD_OPEN_DATA_DIR:-$(cd .. && pwd)/shared/data}"
LEPTOS_SITE_ADDR="127.0.0.1:$PORT" LEPTOS_SITE_ROOT="$SITE" LEPTOS_OUTPUT_NAME=uitnoord \
  UITNOORD_DATA_DIR="$DATA" "$BIN" serve >"$DATA/server.log" 2>&1 &
PID=$!
cleanup() { kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { cat "$DATA/server.log"; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "server not ready"; tail -20 "$DATA/server.log"; exit 1; }
# An organisation and an account for the publishing tests (created through the CLI, as an
# operator would; the password comes from the environment, never a default).
export E2E_EMAIL=e2e-editor@example.org E2E_PASSWORD="e2e password $(date +%s)"
ORG=$(UITNOORD_DATA_DIR="$DATA" "$BIN" admin add-org "E2E Theater" --trusted 2>>"$DATA/cli.log" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
UITNOORD_DATA_DIR="$DATA" UITNOORD_NEW_PASSWORD="$E2E_PASSWORD" "$BIN" admin add-user --email "$E2E_EMAIL" --name "E2E Editor" --org "$ORG" >/dev/null 2>>"$DATA/cli.log"
# A film-education institution in the Filmeducatiehub network (education tests: it makes an
# offer in the editor and answers a school's request).
export E2E_EDU_EMAIL=e2e-filmhuis@example.org
EDU_ORG=$(UITNOORD_DATA_DIR="$DATA" "$BIN" admin add-org "E2E Filmhuis" --network filmeducatiehub --trusted 2>>"$DATA/cli.log" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
UITNOORD_DATA_DIR="$DATA" UITNOORD_NEW_PASSWORD="$E2E_PASSWORD" "$BIN" admin add-user --email "$E2E_EDU_EMAIL" --name "E2E Filmhuis" --org "$EDU_ORG" >/dev/null 2>>"$DATA/cli.log"
cd end2end
BASE="http://127.0.0.1:$PORT" node --test --test-concurrency=1 tests/
