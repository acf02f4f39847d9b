#!/usr/bin/env python3
"""Quality of the alignment on the synthetic benchmark clusters (issue 6:
fast at scale without losing what the markers say), against the gold the
generator implies. Prints figures; not a test.

The generator (src/synth.rs) writes each article from claims of a bank
(each in several wordings) and from background sentences made of a
subject, a verb, an object and a tail. Gold: two sentences state the same
claim when they come from the same bank claim (any wording; copied
articles change "said" and "Friday" as the generator does), or when they
are background sentences with the same subject, verb and object. The gold
support of a sentence is the number of articles with a sentence of its
claim.

Reported per cluster size:
  links       links in the report
  precision   share of links whose two sentences state the same gold claim
  support     mean |support - gold support| over non-heading sentences,
              for bank sentences and for background sentences apart
  derivations found, and how many of the generator's copies are among them

usage: python3 scripts/eval_synth.py [--bin target/release/corroborate]
           [--synth target/release/examples/synth] [--sizes 25,100]
(the clusters are the benchmark's: `synth N 800 42`)
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def read_lists():
    src = open(os.path.join(ROOT, "src", "synth.rs"), encoding="utf-8").read()

    def strings(name):
        start = src.index(f"const {name}")
        block = src[start:src.index("];", start)]
        return re.findall(r'"((?:[^"\\]|\\.)*)"', block)

    block = src[src.index("const CLAIMS"):]
    block = block[:block.index("];\n")]
    claims = [re.findall(r'"((?:[^"\\]|\\.)*)"', line) for line in block.split("\n") if line.strip().startswith("&[")]
    return claims, strings("SUBJECTS"), strings("VERBS"), strings("OBJECTS")


def gold_labels(claims, subjects, verbs, objects):
    by_text = {}
    for c, wordings in enumerate(claims):
        for w in wordings:
            by_text[w] = ("claim", c)
            by_text[w.replace("said", "told reporters").replace("Friday", "Friday morning")] = ("claim", c)
    background = re.compile(
        "^(%s) (%s) (%s) " % tuple("|".join(re.escape(x) for x in xs) for xs in (subjects, verbs, objects)))

    def label(text):
        if text in by_text:
            return by_text[text]
        m = background.match(text)
        return ("background", m.groups()) if m else None

    return label


def evaluate(report, label):
    sentences = {}
    for a, art in enumerate(report["articles"]):
        for s in art["sentences"]:
            sentences[s["id"]] = (a, s, label(s["text"]))
    articles_of = collections.defaultdict(set)
    for a, s, g in sentences.values():
        if g is not None:
            articles_of[g].add(a)
    same = sum(1 for l in report["links"]
               if sentences[l["a"]][2] is not None and sentences[l["a"]][2] == sentences[l["b"]][2])
    err = {"claim": [], "background": []}
    for a, s, g in sentences.values():
        if g is None or s["heading"]:
            continue
        err[g[0]].append(abs(s["support"] - len(articles_of[g])))
    mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")
    # derivations: the generator names its copies "... (copy of K)"
    copies = set()
    for i, art in enumerate(report["articles"]):
        m = re.search(r"\(copy of (\d+)\)", art["name"])
        if m:
            copies.add((int(m.group(1)), i))
    found = {(d["from"], d["to"]) for d in report["derivations"]}
    either = {tuple(sorted(p)) for p in found}
    deriv = (len(found), len(copies), sum(1 for c in copies if tuple(sorted(c)) in either), len(found & copies))
    return (len(report["links"]), same / max(1, len(report["links"])), mean(err["claim"]), len(err["claim"]),
            mean(err["background"]), len(err["background"]), deriv)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "corroborate"))
    ap.add_argument("--synth", default=os.path.join(ROOT, "target", "release", "examples", "synth"))
    ap.add_argument("--sizes", default="25,100")
    args = ap.parse_args()
    for path, how in ((args.bin, "cargo build --release"), (args.synth, "cargo build --release --example synth")):
        if not os.path.exists(path):
            print(f"SKIPPED: {path} not built ({how})")
            return
    label = gold_labels(*read_lists())
    for n in [int(x) for x in args.sizes.split(",") if x]:
        arts = json.loads(subprocess.run([args.synth, str(n), "800", "42"], capture_output=True, text=True, check=True).stdout)
        out = subprocess.run([args.bin, "batch"], input=json.dumps({"id": n, "articles": arts}) + "\n",
                             capture_output=True, text=True, check=True).stdout
        links, precision, e_claim, n_claim, e_back, n_back, deriv = evaluate(json.loads(out), label)
        print(f"synth-{n}: links {links}  precision {precision:.3f}  support error: bank sentences {e_claim:.2f} "
              f"(n={n_claim}), background {e_back:.2f} (n={n_back})")
        print(f"  derivations {deriv[0]}; of the {deriv[1]} copies the generator made, {deriv[2]} found "
              f"({deriv[3]} in the right direction); the others join articles that drew the same wordings "
              f"from the bank, word for word")


if __name__ == "__main__":
    sys.exit(main())
