#!/usr/bin/env bash
# Install what a fresh machine lacks: the wasm target, cargo-leptos 0.3.5, the wasm-bindgen CLI
# matching Cargo.lock, Chromium, Debian's PostgreSQL (started, loopback only, with the role
# `bench`/`bench` that may create databases: the Store conformance suite makes one per run), and
# the npm packages of end2end/ (Playwright, axe-core, ical.js, and binaryen 132, whose wasm-opt
# the scripts put first on PATH: Debian's 108 breaks the bundle).
# Idempotent: every step is skipped when already in place.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
log() { echo "[setup] $*"; }

rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

if ! cargo leptos --version 2>/dev/null | grep -q '0.3.5'; then
  log "installing cargo-leptos 0.3.5"
  cargo install cargo-leptos --version 0.3.5 --locked
fi

WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION"; then
  log "installing wasm-bindgen-cli $WB_VERSION"
  # Without --locked: its own lock file names a crate the registry lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v pg_lsclusters >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# PostgreSQL for the Store conformance suite: start every cluster that is down (Debian's
# clusters listen on localhost only unless configured otherwise), then create the role `bench`
# (password `bench`, CREATEDB) when absent. Version-independent: the clusters come from
# pg_lsclusters.
if command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
    log "creating PostgreSQL $ver cluster main"
    $SUDO pg_createcluster "$ver" main >/dev/null
  fi
  pg_lsclusters -h | while read -r ver cluster _port status _rest; do
    case "$status" in
      online*) ;;
      *) log "starting PostgreSQL $ver/$cluster"; $SUDO pg_ctlcluster "$ver" "$cluster" start ;;
    esac
  done
  port=$(pg_lsclusters -h | awk '$4 ~ /^online/ {print $3; exit}')
  psql_pg() { (cd / && $SUDO su postgres -c "psql -p ${port:-5432} -X -q -t -A -v ON_ERROR_STOP=1 -c \"$1\""); }
  case "$(psql_pg "SELECT rolcreatedb FROM pg_roles WHERE rolname = 'bench'")" in
    t) ;;
    f) log "letting PostgreSQL role bench create databases"; psql_pg "ALTER ROLE bench CREATEDB" ;;
    *) log "creating PostgreSQL role bench"; psql_pg "CREATE ROLE bench LOGIN CREATEDB PASSWORD 'bench'" ;;
  esac
fi

if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ ! -d end2end/node_modules/playwright-core ]; then
  log "installing end-to-end packages"
  (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
fi
log "done"
