#!/usr/bin/env bash
# Benchmarks of issue 2 on loopback (never timed tests): wrk on /api/v1/events with q and near,
# home-page time to first byte, wasm bundle size raw and brotli. Needs a release build
# (`cargo leptos build --release`) and wrk, brotli (Debian packages).
# Usage: bash scripts/bench.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-30}; CONN=${2:-64}
BIN=target/release/uitnoord
[ -x "$BIN" ] || { echo "no release build: run cargo leptos build --release"; exit 1; }
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
DATA=$(mktemp -d -t uitnoord-bench.XXXXXX)
export UITNOORD_OPEN_DATA_DIR="${UITNOORD_OPEN_DATA_DIR:-$(cd .. && pwd)/shared/data}"
START=$(date +%s.%N)
UITNOORD_RATE_LIMIT=0 LEPTOS_SITE_ADDR="127.0.0.1:$PORT" LEPTOS_SITE_ROOT=target/site UITNOORD_DATA_DIR="$DATA" RUST_LOG=warn "$BIN" serve >"$DATA/log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; do sleep 0.1; done
READY=$(python3 -c "import time;print(round(time.time()-$START,2))")
B="http://127.0.0.1:$PORT"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%F)"
echo "first start on an empty data dir to /readyz: ${READY} s (migrate, seed, index)"
for u in "/api/v1/events?q=concert&near=Groningen&radius_km=25" "/api/v1/events?q=film&near=Emmen&radius_km=30&sort=distance"; do
  echo "--- wrk -t2 -c$CONN -d${DUR}s $u"
  wrk -t2 -c"$CONN" -d"${DUR}s" --latency "$B$u" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors|requests in"
done
echo "--- home page time to first byte (median of 20, curl)"
for i in $(seq 1 20); do curl -s -o /dev/null -w "%{time_starttransfer}\n" "$B/"; done | sort -n | awk '{a[NR]=$1} END{printf "TTFB p50 %.1f ms\n", a[int(NR/2)+1]*1000}'
W=$(ls target/site/pkg/*.wasm | head -1)
RAW=$(stat -c %s "$W"); BR=$(brotli -c -q 11 "$W" | wc -c)
echo "wasm bundle $W: raw $RAW bytes ($((RAW/1024)) KiB), brotli $BR bytes ($((BR/1024)) KiB)"
echo "server RSS after the run: $(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 )) MiB"
