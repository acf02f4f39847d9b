#!/usr/bin/env python3
"""Date accuracy of `corroborate clean --format html --json` on wcxb-dev.

For every page whose ground truth has a publish_date, the extracted date
must equal it to the day. Prints the share correct, wrong and missing.

usage: python3 scripts/eval_clean_dates.py BINARY [DATA_DIR] [--show N]
"""
import gzip, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

binary = sys.argv[1]
show = 0
rest = sys.argv[2:]
if "--show" in rest:
    i = rest.index("--show")
    show = int(rest[i + 1])
    rest = rest[:i] + rest[i + 2:]
data = Path(rest[0] if rest else "../shared/data/wcxb-dev")
if not data.is_dir():
    sys.exit(f"SKIPPED: {data} not found")

index = [l.split("\t") for l in (data / "index.tsv").read_text().splitlines() if l and not l.startswith("id\t")]

def run(row):
    pid, url = row[0], row[3] if len(row) > 3 else ""
    gt = json.loads((data / "ground-truth" / f"{pid}.json").read_text())
    want = ((gt.get("ground_truth") or {}).get("publish_date") or "")[:10]
    html = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes())
    p = subprocess.run([binary, "clean", "--format", "html", "--json", "-"], input=html, capture_output=True, timeout=60)
    try:
        got = json.loads(p.stdout).get("date") or ""
    except ValueError:
        got = ""
    return pid, want, got, url

with ThreadPoolExecutor(2) as ex:
    rows = list(ex.map(run, index))
dated = [r for r in rows if r[1]]
ok = [r for r in dated if r[2] == r[1]]
missing = [r for r in dated if not r[2]]
wrong = [r for r in dated if r[2] and r[2] != r[1]]
print(f"dates: {len(ok)}/{len(dated)} correct to the day ({len(ok) / max(1, len(dated)):.1%}), "
      f"{len(wrong)} wrong, {len(missing)} missing; {len(rows) - len(dated)} pages without a date")
for r in (wrong + missing)[:show]:
    print(f"  {r[0]}  want {r[1]}  got {r[2] or '-'}  {r[3]}")
