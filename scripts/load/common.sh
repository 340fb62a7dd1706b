# Shared helpers of scripts/load/*.sh (sourced). Starts release servers on free loopback ports
# with their own data directories; everything started is stopped on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
BIN=${UITNOORD_BIN:-$ROOT/target/release/uitnoord}
[ -x "$BIN" ] || { echo "no release build at $BIN: run cargo leptos build --release" >&2; exit 1; }
export UITNOORD_OPEN_DATA_DIR="${UITNOORD_OPEN_DATA_DIR:-$(cd "$ROOT/.." && pwd)/shared/data}"
export LEPTOS_OUTPUT_NAME=uitnoord LEPTOS_SITE_ROOT="$ROOT/target/site"
PIDS=()
TMPS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  for d in "${TMPS[@]}"; do rm -rf "$d"; done
}
trap cleanup EXIT

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
new_tmp() { local d; d=$(mktemp -d -t uitnoord-load.XXXXXX); TMPS+=("$d"); echo "$d"; }

# start_server DATA_DIR PORT [ENV=VALUE...]: start `uitnoord serve` in the background (log in
# DATA_DIR/server.log); sets SERVER_PID.
start_server() {
  local data=$1 port=$2; shift 2
  env LEPTOS_SITE_ADDR="127.0.0.1:$port" UITNOORD_DATA_DIR="$data" UITNOORD_LOG=warn "$@" \
    "$BIN" serve >>"$data/server.log" 2>&1 &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
}

# wait_ready PORT [SECONDS]: wait until /readyz answers 200.
wait_ready() {
  local port=$1 limit=${2:-600} t0=$SECONDS
  until curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
    if (( SECONDS - t0 > limit )); then echo "server on $port not ready after ${limit}s" >&2; return 1; fi
    sleep 0.2
  done
}

# metric PORT NAME: the value of an unlabelled series of /metrics.
metric() { curl -fsS "http://127.0.0.1:$1/metrics" | awk -v n="$2" '$1==n {print $2}'; }

rss_mib() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status"; }

machine() { echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); $(date -u '+%F %H:%M UTC')"; }
