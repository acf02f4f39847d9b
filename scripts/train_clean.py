#!/usr/bin/env python3
"""Train the pasted-text line model of the cleaning stage (issue 3).

The features are computed by the Rust code itself (`clean::text::line_features`,
dumped by the ignored test `dump_line_features` in tests/clean.rs), so training
and cleaning see exactly the same numbers. The model is a logistic regression
over those features, trained on the full-page and the window pastes of
../shared/data/pasted-text-dev.jsonl together; lines caught by the rule lists
are removed anyway and left out of training.

Cross-validation is split BY PAGE (GroupKFold): the figures printed under
"cross-validated" come from pages the model did not see; "full dev" is the
model trained on all pages, scored on them (optimistic).

usage (from the project root):
    python3 scripts/train_clean.py            # dump features, train, report
    python3 scripts/train_clean.py --write    # ... and write the weights into src/clean/rules.rs
    python3 scripts/train_clean.py --features /tmp/feat.jsonl   # reuse a dump

Needs numpy and scikit-learn (pip install numpy scikit-learn).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

RULES = "src/clean/rules.rs"
# the largest share of content lines the chosen threshold may lose (rule
# lines included), on the cross-validated scores of both variants together
MAX_LOST = 0.01
C = 1.0
FOLDS = 5


def dump(path):
    env = dict(os.environ, CLEAN_FEATURES_OUT=path)
    env.setdefault("CARGO_TARGET_DIR", "target/h-clean-fast")
    env.setdefault("CARGO_PROFILE_RELEASE_LTO", "false")
    env.setdefault("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
    cmd = ["cargo", "test", "--release", "--test", "clean", "dump_line_features", "--", "--ignored"]
    # cargo's lib/cdylib output-name collision makes a first link fail now and then: retry
    for attempt in range(3):
        if subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
            return
    subprocess.run(cmd, env=env, check=True)


def names():
    src = open(RULES, encoding="utf-8").read()
    block = src[src.index("// BEGIN MODEL"):src.index("// END MODEL")]
    return re.findall(r'^\s+\("([a-z0-9_]+)", [-0-9.e]+\),', block, re.M)


def check_parity(path, feature_names):
    """The Rust scores (dumped with the weights now in rules.rs) against
    the features times those weights, here."""
    src = open(RULES, encoding="utf-8").read()
    block = src[src.index("// BEGIN MODEL"):src.index("// END MODEL")]
    w = np.array([float(x) for x in re.findall(r'^\s+\("[a-z0-9_]+", ([-0-9.e]+)\),', block, re.M)])
    worst = 0.0
    n = 0
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        for f, s in zip(r["features"], r.get("scores", [])):
            if f is None:
                continue
            worst = max(worst, abs(float(np.dot(f, w)) - s))
            n += 1
    print(f"parity: {n} lines, largest |python score - rust score| = {worst:.2e}")
    return worst


def load(path):
    rows = []  # (page, variant, label, features, rule)
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        for lab, f in zip(r["labels"], r["features"]):
            if f is None:
                continue
            rows.append((r["id"], r["variant"], lab, f))
    return rows


def fit(X, y):
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd == 0] = 1.0
    mu[0] = 0.0  # the bias column stays 1
    sd[0] = 1.0
    m = LogisticRegression(C=C, max_iter=5000, fit_intercept=False)
    m.fit((X - mu) / sd, y)
    w = m.coef_[0] / sd
    w[0] -= float(np.dot(m.coef_[0], mu / sd))
    return w


def report(tag, score, thr, y, variant, rule):
    for v in ("full", "window"):
        sel = variant == v
        keep = (score >= thr) & ~rule
        c = sel & (y == 1)
        b = sel & (y == 0)
        removed = 100.0 * (~keep[b]).sum() / max(b.sum(), 1)
        lost = 100.0 * (~keep[c]).sum() / max(c.sum(), 1)
        print(f"  {tag:16s} {v:6s}: furniture removed {removed:5.1f}%  content lost {lost:4.1f}%"
              f"  ({(~keep[c]).sum()} of {c.sum()} content lines)")


def pick_threshold(score, y, rule):
    """The highest threshold losing at most MAX_LOST of the content lines,
    counting the content lines the rules remove anyway."""
    cs = np.sort(score[(y == 1) & ~rule])
    k = max(int(MAX_LOST * (y == 1).sum()) - int(((y == 1) & rule).sum()), 0)
    return float(cs[k]) if k < len(cs) else 0.0


def write(w, thr, feature_names):
    src = open(RULES, encoding="utf-8").read()
    a = src.index("// BEGIN MODEL")
    b = src.index("// END MODEL")
    block = src[a:b]
    for name, weight in zip(feature_names, w):
        block = re.sub(r'(\("%s", )[-0-9.e]+(\),)' % name, r"\g<1>%.6f\g<2>" % weight, block)
    block = re.sub(r"(pub const MODEL_THRESHOLD: f64 = )[-0-9.e]+;", r"\g<1>%.6f;" % thr, block)
    open(RULES, "w", encoding="utf-8").write(src[:a] + block + src[b:])
    print(f"wrote {len(w)} weights and the threshold into {RULES}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--features", help="reuse a feature dump instead of running the Rust dump")
    ap.add_argument("--write", action="store_true", help="write the weights into src/clean/rules.rs")
    args = ap.parse_args()
    path = args.features
    if not path:
        path = os.path.join(tempfile.mkdtemp(), "features.jsonl")
        dump(path)
    feature_names = names()
    check_parity(path, feature_names)
    rows = load(path)
    X = np.array([r[3] for r in rows], dtype=float)
    if X.shape[1] != len(feature_names):
        sys.exit(f"{X.shape[1]} features dumped, {len(feature_names)} named in {RULES}")
    y = np.array([r[2] for r in rows])
    page = np.array([r[0] for r in rows])
    variant = np.array([r[1] for r in rows])
    rule = X[:, feature_names.index("rule")] > 0.5
    print(f"{len(rows)} lines ({(variant == 'full').sum()} full page, {(variant == 'window').sum()} window), "
          f"{len(set(page))} pages; rule lines {rule.sum()} (content among them {(rule & (y == 1)).sum()})")

    train = ~rule
    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=FOLDS).split(X, y, page):
        tr = tr[train[tr]]
        w = fit(X[tr], y[tr])
        oof[te] = X[te] @ w
    global MAX_LOST
    chosen = MAX_LOST
    for level in (0.005, 0.01, 0.015, 0.02, 0.03):
        MAX_LOST = level
        print(f"trade-off, at most {100 * level:.1f}% content lost (cross-validated):")
        report("cross-validated", oof, pick_threshold(oof, y, rule), y, variant, rule)
    MAX_LOST = chosen
    thr_cv = pick_threshold(oof, y, rule)
    print(f"cross-validated ({FOLDS} folds by page), threshold {thr_cv:.3f}:")
    report("cross-validated", oof, thr_cv, y, variant, rule)

    w = fit(X[train], y[train])
    full = X @ w
    print("trained on all pages, scored on them (same threshold):")
    report("full dev", full, thr_cv, y, variant, rule)
    for n, x in sorted(zip(feature_names, w), key=lambda t: -abs(t[1]))[:12]:
        print(f"    {n:22s} {x:+.3f}")
    if args.write:
        write(w, thr_cv, feature_names)


if __name__ == "__main__":
    main()
