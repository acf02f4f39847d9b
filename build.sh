#!/usr/bin/env bash
# Corroborate build script: installs what is missing, builds, tests, serves.
#
#   ./build.sh setup   install missing tools (idempotent)
#   ./build.sh build   native CLI + wasm package in www/pkg
#   ./build.sh test    every test: cargo test, clippy, node smoke, wasm-pack
#                      test (node + headless Chromium), end-to-end in Chromium
#   ./build.sh serve   build, then serve www/ on http://127.0.0.1:8000
#   ./build.sh bench   benchmarks (native and in Chromium), one table
#   ./build.sh eval    quality figures on ../shared/data (skipped without it)
#   ./build.sh fuzz    run the cargo-fuzz targets for a while
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen crate version pinned in Cargo.toml (=X); the CLI must match.
WB_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_BIN=/usr/bin/chromium
# wasm-pack must never download: it finds wasm-bindgen on PATH, wasm-opt is off.
export WASM_PACK_CACHE="$ROOT/target/wasm-pack-cache"

setup() {
  if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WB_VERSION" ]; then
    say "installing wasm-bindgen-cli $WB_VERSION (takes several minutes)"
    # --locked first; its lock file may name a crate version the registry
    # no longer serves, so fall back to a fresh resolution.
    cargo install wasm-bindgen-cli --version "=$WB_VERSION" --locked \
      || cargo install wasm-bindgen-cli --version "=$WB_VERSION" --force
  fi
  if ! command -v wasm-pack >/dev/null; then
    say "installing wasm-pack"
    cargo install wasm-pack --locked || cargo install wasm-pack
  fi
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian chromium and chromium-driver"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
    say "installing the end-to-end test packages (playwright-core, axe-core; no browser download)"
    (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}

build_native() {
  say "building the native CLI (target/release/corroborate)"
  cargo build --release --locked
}

build_wasm() {
  say "building the wasm package into www/pkg"
  # the `wasm` profile (Cargo.toml): release, dependencies optimised for size
  cargo build --profile wasm --locked --lib --target wasm32-unknown-unknown
  wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-dir www/pkg target/wasm32-unknown-unknown/wasm/corroborate.wasm
  local raw gz
  raw=$(wc -c < www/pkg/corroborate_bg.wasm)
  gz=$(gzip -9c www/pkg/corroborate_bg.wasm | wc -c)
  say "www/pkg/corroborate_bg.wasm: $raw bytes raw, $gz bytes gzipped"
}

run_tests() {
  say "cargo test (native: unit, fixture, property tests)"
  cargo test --locked
  say "cargo clippy (unwrap/expect denied outside tests)"
  cargo clippy --locked --all-targets -- -D warnings
  build_native
  build_wasm
  say "node smoke test: the wasm package gives the native report"
  node tests/smoke.mjs
  say "wasm-pack test --node"
  wasm-pack test --node --release -- --locked
  say "wasm-pack test --headless --chrome"
  wasm-pack test --headless --chrome --release -- --locked
  say "end-to-end test in headless Chromium"
  node --test tests/e2e/
}

serve() {
  build_wasm
  say "serving www/ on http://127.0.0.1:8000 (Ctrl-C stops)"
  python3 -m http.server 8000 --bind 127.0.0.1 --directory www
}

case "${1:-help}" in
  setup) setup ;;
  build) setup; build_native; build_wasm ;;
  test) setup; run_tests ;;
  serve) setup; serve ;;
  bench) setup; build_native; build_wasm; bash scripts/bench.sh ;;
  eval) setup; build_native; bash scripts/eval.sh ;;
  fuzz) setup; bash scripts/fuzz.sh "${@:2}" ;;
  *) sed -n '2,12p' "$0"; exit 1 ;;
esac
