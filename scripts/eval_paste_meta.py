#!/usr/bin/env python3
"""Metadata of pasted text: `corroborate clean --json` on the full-page and
window pastes of ../shared/data/pasted-text-dev.jsonl, against the ground
truth of the same wcxb-dev pages (prints figures; not a test).

  date     the publish date, to the day (pages that have one)
  byline   the author, exactly (case-insensitive; pages that have one)
  title    the title, exactly (whitespace-normalised)

Counts are right / wrong / none. The ground truth comes from the saved
page's metadata, which a paste does not carry: a page whose paste shows no
date, or only "Updated ...", cannot be right.

usage: python3 scripts/eval_paste_meta.py [BINARY] [DATA_DIR]
"""
import json, subprocess, sys, unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/corroborate"
data = Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/data")
if not (data / "pasted-text-dev.jsonl").is_file():
    sys.exit(f"SKIPPED: {data / 'pasted-text-dev.jsonl'} not found")

pages = [json.loads(l) for l in open(data / "pasted-text-dev.jsonl", encoding="utf-8") if l.strip()]
# curly and straight quotes, "…" and "...", "？" and "?" are the same title
# ("Here’s how" / "Here's how"; NFKC folds the last two)
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
norm = lambda s: " ".join(unicodedata.normalize("NFKC", s or "").lower().translate(QUOTES).split())


def run(job):
    page, variant = job
    lines = page["lines"] if variant == "full" else page["lines"][page["window"][0]:page["window"][1]]
    out = subprocess.run([binary, "clean", "--json", "-"], input="\n".join(x["text"] for x in lines).encode(),
                         capture_output=True, check=True).stdout
    gt = json.loads((data / "wcxb-dev" / "ground-truth" / f"{page['id']}.json").read_text())["ground_truth"]
    return variant, gt, json.loads(out)


counts = {}
with ThreadPoolExecutor(2) as ex:
    for variant, gt, d in ex.map(run, [(p, v) for p in pages for v in ("full", "window")]):
        for field, want, got in (("date", (gt.get("publish_date") or "")[:10], (d.get("date") or "")[:10]),
                                 ("byline", norm(gt.get("author")), norm(d.get("byline"))),
                                 ("title", norm(gt.get("title")), norm(d.get("title")))):
            if not want:
                continue
            c = counts.setdefault((variant, field), [0, 0, 0])
            c[0 if got == want else 2 if not got else 1] += 1
for variant in ("full", "window"):
    print(f"{variant:6s} " + "   ".join(
        f"{field} {c[0]}/{sum(c)} right ({100 * c[0] / sum(c):.1f}%), {c[1]} wrong, {c[2]} none"
        for field in ("date", "byline", "title") for c in [counts[(variant, field)]]))
