#!/usr/bin/env bash
# ./build.sh bench: native benchmark (cargo bench), then the browser one.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --locked --bench analyze
cargo build --release --locked --example synth
node scripts/bench_browser.mjs
