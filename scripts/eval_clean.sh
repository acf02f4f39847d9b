#!/bin/sh
# Figures for the cleaning stage (issue 3). Run from the project root after
#   CARGO_TARGET_DIR=target/h-clean cargo build --release
# usage: scripts/eval_clean.sh [BINARY]
# Needs ../shared (development data); says SKIPPED when it is absent.
set -u
BIN=${1:-target/h-clean/release/corroborate}
DATA=../shared/data
TOOL=../shared/tools/extract_f1.py
if [ ! -d "$DATA" ] || [ ! -f "$TOOL" ]; then
    echo "SKIPPED: $DATA or $TOOL not present"; exit 0
fi
echo "== seeds: kept blocks, dates, removed lines"
for f in "$DATA"/seeds/*.txt; do
    "$BIN" clean --json "$f" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("%s: date %s  outlet %s  title %r  kept %d  removed %d" % (sys.argv[1], d["date"], d["outlet"], d["title"], len(d["blocks"]), len(d["removed"])))
for r in d["removed"]:
    print("    - [%s] %s" % (r["reason"], r["text"][:80]))
' "$(basename "$f")"
done
echo "== pasted text, full page"
python3 "$TOOL" lines --cmd "$BIN clean" --jobs 2
echo "== pasted text, window"
python3 "$TOOL" lines --window --cmd "$BIN clean" --jobs 2
echo "== saved HTML (wcxb-dev)"
python3 "$TOOL" --cmd "$BIN clean --format html -" --jobs 2
echo "== dates (wcxb-dev)"
python3 scripts/eval_clean_dates.py "$BIN"
echo "== metadata of pasted text (date, byline, title)"
python3 scripts/eval_paste_meta.py "$BIN"
