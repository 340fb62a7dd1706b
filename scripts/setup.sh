#!/usr/bin/env bash
# Install what a fresh machine lacks: the wasm target, cargo-leptos 0.3.5, the wasm-bindgen CLI
# matching Cargo.lock, Chromium, and the npm packages of end2end/ (Playwright, axe-core, ical.js,
# and binaryen 132, whose wasm-opt the scripts put first on PATH: Debian's 108 breaks the bundle).
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
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ ! -d end2end/node_modules/playwright-core ]; then
  log "installing end-to-end packages"
  (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
fi
log "done"
