#!/usr/bin/env bash
# Build and serve Uitnoord on its embedded default: SQLite in ./data, seeded, open data from
# ../shared/data. Set LEPTOS_SITE_ADDR, UITNOORD_DATA_DIR, UITNOORD_OPEN_DATA_DIR, UITNOORD_DEMO
# to change the defaults (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo leptos build --release
echo "Uitnoord on http://${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
exec ./target/release/uitnoord serve
