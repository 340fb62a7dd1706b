#!/usr/bin/env bash
# Build and serve Uitnoord on its embedded default: SQLite in ./data, seeded, open data from
# ../shared/data. Set LEPTOS_SITE_ADDR, UITNOORD_DATA_DIR, UITNOORD_OPEN_DATA_DIR, UITNOORD_DEMO
# to change the defaults (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo leptos build --release
TARGET=${CARGO_TARGET_DIR:-target}
# cargo-leptos writes the site to target/site, or under CARGO_TARGET_DIR when that is set.
if [ ! -d target/site/pkg ] && [ -d "$TARGET/site/pkg" ]; then export LEPTOS_SITE_ROOT="$TARGET/site"; fi
echo "Uitnoord on http://${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
exec "$TARGET/release/uitnoord" serve
