#!/usr/bin/env bash
# Fuzz the engine with cargo-fuzz (libFuzzer), one target after another.
#
#   scripts/fuzz.sh [SECONDS] [--minimize] [TARGET...]
#   ./build.sh fuzz [SECONDS] [--minimize] [TARGET...]
#
#   SECONDS     how long to fuzz each target (default 60)
#   TARGET      clean_text, clean_html, split_sentences, analyze_multi
#               (default: all four)
#   --minimize  afterwards, merge what was found into fuzz/corpus/<target>/,
#               keeping only inputs that add coverage (the committed corpus)
#
# Environment: FUZZ_SANITIZER=address|none (default address).
#
# Only the stable toolchain is needed: RUSTC_BOOTSTRAP=1 lets it take the
# -Z flags cargo-fuzz passes. cargo-fuzz is installed if missing. New corpus
# entries go to fuzz/corpus-work/<target>/ (ignored by git); a crash, panic,
# timeout (>10 s for one input) or out-of-memory (>2 GB) leaves its input in
# fuzz/artifacts/<target>/ and the run goes on with the next target. The
# script exits 1 if any target failed. Reproduce one with
#   cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -a TARGET artifacts/TARGET/crash-...
# and turn it into a regression test in tests/bad_input.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

ALL_TARGETS=(clean_text clean_html split_sentences analyze_multi)
SECONDS_EACH=60
MINIMIZE=0
TARGETS=()
for arg in "$@"; do
  case "$arg" in
    --minimize) MINIMIZE=1 ;;
    ''|*[!0-9]*)
      if [[ " ${ALL_TARGETS[*]} " == *" $arg "* ]]; then
        TARGETS+=("$arg")
      else
        echo "fuzz.sh: unknown target or option '$arg' (targets: ${ALL_TARGETS[*]})" >&2
        exit 2
      fi
      ;;
    *) SECONDS_EACH=$arg ;;
  esac
done
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${ALL_TARGETS[@]}")
SANITIZER=${FUZZ_SANITIZER:-address}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! command -v cargo-fuzz >/dev/null; then
  say "installing cargo-fuzz"
  # --locked first; its lock file may name a crate version the registry
  # no longer serves, so fall back to a fresh resolution.
  cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

max_len() {
  case "$1" in
    split_sentences) echo 4096 ;;
    analyze_multi) echo 8192 ;;
    *) echo 16384 ;;
  esac
}

dict_args() {
  case "$1" in
    clean_html|analyze_multi) echo "-dict=$ROOT/fuzz/html.dict" ;;
  esac
}

cd fuzz
say "building the fuzz targets (sanitizer: $SANITIZER)"
cargo fuzz build -O -a -s "$SANITIZER"

mkdir -p artifacts/logs
failed=()
summary=()
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t" "corpus-work/$t" "artifacts/$t"
  log="artifacts/logs/$t.log"
  say "fuzzing $t for ${SECONDS_EACH}s (log: fuzz/$log)"
  before=$(find "artifacts/$t" -type f | wc -l)
  set +e
  # shellcheck disable=SC2046
  cargo fuzz run -O -a -s "$SANITIZER" "$t" "corpus-work/$t" "corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 $(dict_args "$t") >"$log" 2>&1
  status=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  after=$(find "artifacts/$t" -type f | wc -l)
  line="$t: ${SECONDS_EACH}s, ${execs:-?} runs, exit $status, $((after - before)) new artifact(s)"
  summary+=("$line")
  if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    failed+=("$t")
    echo "$line" >&2
    grep -E 'panicked at|ERROR: libFuzzer|SUMMARY|Test unit written to' "$log" | head -20 >&2 || true
  fi
  if [ "$MINIMIZE" = 1 ]; then
    say "minimizing the corpus of $t into fuzz/corpus/$t"
    rm -rf "corpus-work/$t.min" && mkdir -p "corpus-work/$t.min"
    cargo fuzz run -O -a -s "$SANITIZER" "$t" "corpus-work/$t.min" "corpus/$t" "corpus-work/$t" -- \
      -set_cover_merge=1 -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 >>"$log" 2>&1
    if [ -n "$(ls -A "corpus-work/$t.min")" ]; then
      find "corpus/$t" -type f -delete
      mv "corpus-work/$t.min"/* "corpus/$t/"
    fi
    rm -rf "corpus-work/$t.min"
    echo "corpus/$t: $(find "corpus/$t" -type f | wc -l) inputs"
  fi
done

say "summary"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failures in: ${failed[*]} (inputs under fuzz/artifacts/)" >&2
  exit 1
fi
