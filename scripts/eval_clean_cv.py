#!/usr/bin/env python3
"""Pasted-text cleaning figures on pages the line model never saw (issue 3).

`extract_f1.py lines` runs the shipped cleaner on the dev pastes, whose line
model was trained on those same pages: its "content lines lost" is optimistic.
This script cross-validates the whole cleaner instead: the pages are split into
the folds of `train_clean.py` (GroupKFold by page); for each fold the line model
is trained on the other folds' pages (same trees, same features, the shipped
MODEL_THRESHOLD unless --threshold is given), built into a copy of the project,
and the full cleaner (rule lists, headline and header cuts, end markers, ...)
runs on the fold's full-page and window pastes. Lines are counted as
`extract_f1.py lines` counts them. The rules themselves were chosen while
looking at all the dev pages, so this is still not a held-out figure for them.

usage (from the project root):
    python3 scripts/eval_clean_cv.py                      # dump features, run 5 folds
    python3 scripts/eval_clean_cv.py --features F.jsonl   # reuse a feature dump
    python3 scripts/eval_clean_cv.py --threshold -3.4     # another model threshold

Needs ../shared and numpy + scikit-learn; says SKIPPED when ../shared is absent.
Builds in target/clean-cv/ (a copy of src/ and the manifests; about a minute
per fold once the first build is done).
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "pasted-text-dev.jsonl"
WORK = ROOT / "target" / "clean-cv"
# what `cargo build --bin corroborate` reads (the manifest names the bench)
COPY = ["Cargo.toml", "Cargo.lock", "src", "benches"]


def ws(text):
    return " ".join((text or "").split())


def count(lines, out):
    """(content kept, content lost, furniture kept, furniture removed), as
    extract_f1.py lines counts: each output line matches one input line of the
    same text."""
    left = collections.Counter(ws(x) for x in out.split("\n") if x.strip())
    a = b = c = d = 0
    for x in lines:
        key = ws(x["text"])
        kept = left[key] > 0
        if kept:
            left[key] -= 1
        if x["content"]:
            a, c = a + kept, c + (not kept)
        else:
            b, d = b + kept, d + (not kept)
    return a, c, b, d


def decisions(lines, out):
    """Whether each input line was kept, as `count` matches them."""
    left = collections.Counter(ws(x) for x in out.split("\n") if x.strip())
    kept = []
    for x in lines:
        key = ws(x["text"])
        k = left[key] > 0
        if k:
            left[key] -= 1
        kept.append(k)
    return kept


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--features", help="reuse a feature dump (train_clean.py's) instead of dumping")
    ap.add_argument("--threshold", type=float, help="model threshold (default: the shipped MODEL_THRESHOLD)")
    ap.add_argument("--dump", help="write each line's decision here (variant, page, line, content, kept, text; tab-separated) to compare two runs")
    args = ap.parse_args()
    if not DATA.is_file():
        print(f"SKIPPED: {DATA} not present")
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    os.chdir(ROOT)
    try:
        import numpy as np
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("SKIPPED: needs numpy and scikit-learn (pip install numpy scikit-learn)")
        return
    import train_clean as tc

    path = args.features
    if not path:
        path = os.path.join(tempfile.mkdtemp(), "features.jsonl")
        tc.dump(path)
    rows = tc.load(path)
    names = tc.names()
    X = np.array([r[4] for r in rows], dtype=float)
    y = np.array([r[3] for r in rows])
    page = np.array([r[0] for r in rows])
    train = X[:, names.index("rule")] <= 0.5
    table = (ROOT / tc.TABLE).read_text(encoding="utf-8")
    thr = args.threshold
    if thr is None:
        thr = float(re.search(r"pub const MODEL_THRESHOLD: f64 = ([-0-9.e]+);", table).group(1))

    # a copy of the project whose model table each fold rewrites
    repo = WORK / "repo"
    for name in COPY:
        src, dst = ROOT / name, repo / name
        if dst.is_dir():
            shutil.rmtree(dst)
        if src.is_dir():
            shutil.copytree(src, dst)
        elif src.is_file():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    env = dict(os.environ, CARGO_TARGET_DIR=str(WORK / "target"))
    binary = WORK / "target" / "release" / "corroborate"

    recs = {}
    for ln in DATA.read_text(encoding="utf-8").splitlines():
        if ln.strip():
            r = json.loads(ln)
            recs[r["id"]] = r
    totals = {"full": [0, 0, 0, 0], "window": [0, 0, 0, 0]}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    print(f"model threshold {thr:.4f}, {tc.FOLDS} folds by page")
    for k, (tr, te) in enumerate(GroupKFold(n_splits=tc.FOLDS).split(X, y, page)):
        tr = tr[train[tr]]
        first = tc.export(tc.fit(X, y, tr))
        os.chdir(repo)
        tc.write_table(first, (0.0, [], []), thr, len(names), 0)
        os.chdir(ROOT)
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "corroborate"], cwd=repo, env=env, check=True)
        held = sorted(set(page[te]))
        for pid in held:
            r = recs[pid]
            a, b = r["window"]
            for variant, lines in (("full", r["lines"]), ("window", r["lines"][a:b])):
                text = "\n".join(x["text"] for x in lines) + "\n"
                out = subprocess.run([str(binary), "clean", "-"], input=text.encode("utf-8"),
                                     capture_output=True).stdout.decode("utf-8", "replace")
                for i, v in enumerate(count(lines, out)):
                    totals[variant][i] += v
                if dump:
                    start = a if variant == "window" else 0
                    for j, (x, k) in enumerate(zip(lines, decisions(lines, out))):
                        text = x["text"].replace("\t", " ").replace("\n", " ")[:200]
                        dump.write(f"{variant}\t{pid}\t{start + j}\t{int(bool(x['content']))}\t{int(k)}\t{text}\n")
        print(f"  fold {k + 1}/{tc.FOLDS}: {len(held)} pages", flush=True)
    if dump:
        dump.close()
    for variant, (a, c, b, d) in totals.items():
        print(f"{variant:6s}: furniture lines removed {100 * d / max(b + d, 1):.1f}% ({d}/{b + d})   "
              f"content lines lost {100 * c / max(a + c, 1):.2f}% ({c}/{a + c})")


if __name__ == "__main__":
    main()
