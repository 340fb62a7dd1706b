#!/usr/bin/env bash
# wrk on loopback against the API search (q + near) and the search results page, each beside
# the ceiling (server/examples/ceiling.rs serving the same bytes from memory).
# Usage: bash scripts/load/wrk.sh [SECONDS=60] [CONNECTIONS=64]
source "$(dirname "$0")/common.sh"
DUR=${1:-60}; CONN=${2:-64}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 1; }
CEIL=${UITNOORD_CEILING_BIN:-$ROOT/target/release/examples/ceiling}
[ -x "$CEIL" ] || cargo build --release -q -p server --example ceiling
DATA=$(new_tmp); PORT=$(free_port)
# The per-address rate limit is off here: every wrk connection comes from 127.0.0.1.
start_server "$DATA" "$PORT" UITNOORD_RATE_LIMIT=0
wait_ready "$PORT"
API="/api/v1/events?q=concert&near=Groningen&radius_km=25"
PAGE="/events?q=concert&near=Groningen&radius_km=25"
curl -fsS -o "$DATA/api.body" "http://127.0.0.1:$PORT$API"
curl -fsS -o "$DATA/page.body" "http://127.0.0.1:$PORT$PAGE"
CPORT=$(free_port)
"$CEIL" "127.0.0.1:$CPORT" "/api/v1/events=$DATA/api.body:application/json" "/events=$DATA/page.body:text/html; charset=utf-8" &
PIDS+=("$!")
until curl -fsS -o /dev/null "http://127.0.0.1:$CPORT$API"; do sleep 0.1; done

echo "machine: $(machine)"
echo "wrk -t2 -c$CONN -d${DUR}s --latency; bodies: API $(stat -c %s "$DATA/api.body") bytes, page $(stat -c %s "$DATA/page.body") bytes"
echo
echo "| target | requests/s | p50 ms | p99 ms | requests | errors (non-2xx + socket) |"
echo "|---|---|---|---|---|---|"
# run NAME URL: one wrk run; prints a table row and sets RPS.
run() {
  local out rps p50 p99 total non2xx sock
  out=$(wrk -t2 -c"$CONN" -d"${DUR}s" --latency "$2")
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  ms() { awk -v k="$1" '$1==k {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.2f", v}' <<<"$out"; }
  p50=$(ms 50%); p99=$(ms 99%)
  total=$(awk '/requests in/{print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(awk -F'[ ,]+' '/Socket errors/{print $4+$6+$8+$10}' <<<"$out"); sock=${sock:-0}
  echo "| $1 | $rps | $p50 | $p99 | $total | $((non2xx + sock)) |"
  RPS=$rps
}
run "uitnoord API \`$API\`" "http://127.0.0.1:$PORT$API"; A=$RPS
run "ceiling, same API bytes" "http://127.0.0.1:$CPORT$API"; CA=$RPS
run "uitnoord results page \`$PAGE\`" "http://127.0.0.1:$PORT$PAGE"; P=$RPS
run "ceiling, same page bytes" "http://127.0.0.1:$CPORT$PAGE"; CP=$RPS
echo
python3 -c "print(f'ratio to the ceiling: API {$A/$CA:.3f}, results page {$P/$CP:.3f}')"
echo "server RSS after the runs: $(rss_mib "$SERVER_PID") MiB"
echo "server's own view (/metrics): $(curl -fsS "http://127.0.0.1:$PORT/metrics" | grep -E '^uitnoord_search_duration_seconds_(count|sum)' | tr '\n' ' ')"
