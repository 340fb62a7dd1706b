#!/usr/bin/env bash
# The whole test suite: unit and router-level integration tests (seeded SQLite on the real
# open data), the Store conformance suite on SQLite and PostgreSQL, the wasm guard, and
# Playwright end-to-end tests in Debian's Chromium against a freshly started server (JavaScript
# on and off).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export UITNOORD_OPEN_DATA_DIR="${UITNOORD_OPEN_DATA_DIR:-$(cd .. && pwd)/shared/data}"
# cargo-leptos compiles with LEPTOS_OUTPUT_NAME set; the same value here lets `cargo test` and
# `cargo leptos build` share compiled crates.
export LEPTOS_OUTPUT_NAME=uitnoord
# Test threads get 8 MiB stacks, like the server's runtime threads (server/src/main.rs): the
# unoptimised SSR of the larger pages (the editor with its education section) needs more than
# the test harness's default 2 MiB.
export RUST_MIN_STACK="${RUST_MIN_STACK:-8388608}"
# The Store conformance suite runs on SQLite and on the PostgreSQL that setup.sh started (a
# fresh database per test, as the role bench/bench): here an unreachable PostgreSQL fails the
# run instead of skipping that half. UITNOORD_TEST_PG_URL names another server.
export UITNOORD_REQUIRE_PG=1

echo "== cargo test (server, search, app with ssr)"
cargo test --workspace

echo "== wasm guard"
if [ -x ../shared/checks/wasm-guard.sh ] || [ -f ../shared/checks/wasm-guard.sh ]; then
  bash ../shared/checks/wasm-guard.sh
fi

echo "== build site (debug) and end-to-end tests"
cargo leptos build
bash end2end/run.sh
