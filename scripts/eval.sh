#!/usr/bin/env bash
# ./build.sh eval: every quality figure on the development data in
# ../shared/data, printed; SKIPPED (exit 0) when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=target/release/corroborate
if [ ! -d ../shared/data ]; then
  echo "SKIPPED: ../shared/data is not present (a fresh clone has none)"
  exit 0
fi
echo "######## cleaning (issue 3)"
bash scripts/eval_clean.sh "$BIN"
echo "######## pasted text, the line model cross-validated by page (issue 3; needs scikit-learn)"
python3 scripts/eval_clean_cv.py
echo "######## alignment (issue 4)"
python3 scripts/eval_align.py --bin "$BIN" --only seeds,stsb,ecb,ecb-clusters,msrp
echo "######## pasted markup against pasted text (issue 3; needs Chromium and tests/e2e/node_modules)"
python3 scripts/eval_paste.py --bin "$BIN"
