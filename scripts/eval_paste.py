#!/usr/bin/env python3
"""What the reader gains by using the markup of a paste (issue 3).

A copy from a web page puts two things on the clipboard: the plain text and
the same selection as HTML. The page sends the HTML when it has it (app.js).
This measures both on the same selections: scripts/clipboard_capture.mjs
copies each ../shared/data/wcxb-dev page in Chromium, the whole page
("full", select all) and the span a reader would select ("window"), then
the cleaner runs on the clipboard's HTML (as a saved page) and on its plain
text (as pasted text), scored against the ground truth with word-4-gram
shingles (../shared/tools/extract_f1.py) and on the publication date.

Needs ../shared, Debian's Chromium and tests/e2e/node_modules (./build.sh
test installs them); prints SKIPPED otherwise.

usage: python3 scripts/eval_paste.py [--bin target/release/corroborate] [--keep DIR]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

SHARED = os.path.join("..", "shared")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/corroborate")
    ap.add_argument("--keep", help="capture into DIR and keep it (reused when it exists)")
    args = ap.parse_args()
    missing = [p for p in (os.path.join(SHARED, "data", "wcxb-dev"), os.path.join(SHARED, "tools", "extract_f1.py"),
                           "/usr/bin/chromium", "tests/e2e/node_modules/playwright-core") if not os.path.exists(p)]
    if missing:
        print("SKIPPED (eval_paste.py): missing " + ", ".join(missing))
        return
    sys.path.insert(0, os.path.join(SHARED, "tools"))
    import extract_f1 as X

    root = args.keep or tempfile.mkdtemp()
    try:
        for variant in ("full", "window"):
            out = os.path.join(root, variant)
            if not os.path.isdir(out):
                subprocess.run(["node", "scripts/clipboard_capture.mjs", out, variant], check=True)
            ids = sorted(f[:-5] for f in os.listdir(out) if f.endswith(".html"))
            gt = {}
            for i in ids:
                g = json.load(open(os.path.join(SHARED, "data", "wcxb-dev", "ground-truth", f"{i}.json"), encoding="utf-8"))
                g = g.get("ground_truth") or {}
                gt[i] = (g.get("main_content") or "", (g.get("publish_date") or "")[:10])

            def clean(i):
                res = []
                for ext, extra in (("html", ["--format", "html"]), ("txt", [])):
                    p = subprocess.run([args.bin, "clean", "--json", *extra, os.path.join(out, f"{i}.{ext}")],
                                       capture_output=True, timeout=120)
                    d = json.loads(p.stdout or b"{}")
                    res.append((d.get("text") or "", d.get("date") or ""))
                return res

            with ThreadPoolExecutor(2) as ex:
                outs = list(ex.map(clean, ids))
            truths = [gt[i][0] for i in ids]
            dated = [k for k, i in enumerate(ids) if gt[i][1]]
            print(f"clipboard of a {variant} selection, {len(ids)} pages ({len(dated)} with a date):")
            for k, name in ((0, "its HTML, cleaned as a page"), (1, "its plain text, cleaned as text")):
                res, _ = X.shingle_scores(truths, [o[k][0] for o in outs], 50)
                right = sum(outs[j][k][1] == gt[ids[j]][1] for j in dated)
                print(f"  {name:32s} shingle F1 {res['f1']:.3f}  P {res['precision']:.3f}  R {res['recall']:.3f}"
                      f"   date right {right}/{len(dated)}")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
