#!/usr/bin/env python3
"""Load-independent cost of one `analyzeJson` call in the browser build:
wasm instructions counted with wasmtime's fuel meter (the 2-core machine's
wall times move by ±30% between runs; this count does not).

usage: python3 scripts/wasm_fuel.py [WASM] [ARTICLES.json] [RUNS] [OPTIONS-JSON]
  WASM          default www/pkg/corroborate_bg.wasm (./build.sh build)
  ARTICLES.json a JSON list of {name, text, format}; default: the seeds in
                ../shared/data/seeds (e.g. `target/release/examples/synth 25 800 42 > s25.json`)
  OPTIONS-JSON  default '{"compact_links": true}', what the page sends
Needs `pip install wasmtime`; says SKIPPED when it or the input is missing.
Prints the fuel of each run (the first runs include one-time set-up).
"""
import json
import os
import sys

try:
    from wasmtime import Config, Engine, Func, Linker, Module, Store, ValType
except ImportError:
    print("SKIPPED: the wasmtime module is not installed (pip install wasmtime)")
    sys.exit(0)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "www/pkg/corroborate_bg.wasm"
    src = sys.argv[2] if len(sys.argv) > 2 else None
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    options = sys.argv[4] if len(sys.argv) > 4 else '{"compact_links": true}'
    if src:
        articles = json.load(open(src))
    else:
        sd = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "seeds")
        if not os.path.isdir(sd):
            print(f"SKIPPED: {sd} not present")
            return
        articles = [{"name": f, "text": open(os.path.join(sd, f)).read(), "format": "text"} for f in sorted(os.listdir(sd))]
    cfg = Config()
    cfg.consume_fuel = True
    eng = Engine(cfg)
    store = Store(eng)
    store.set_fuel(10**13)
    mod = Module.from_file(eng, path)
    linker = Linker(eng)

    # The analysis calls no import; stand-ins that return zero are enough.
    def stand_in(ft):
        results = list(ft.results)

        def f(*_):
            vals = [None if r == ValType.externref() else 0 for r in results]
            return None if not vals else (vals[0] if len(vals) == 1 else vals)

        return Func(store, ft, f)

    for imp in mod.imports:
        linker.define(store, imp.module, imp.name, stand_in(imp.type))
    inst = linker.instantiate(store, mod)
    ex = inst.exports(store)
    ex["__wbindgen_start"](store)
    mem = ex["memory"]

    def pass_str(s):
        b = s.encode()
        p = ex["__wbindgen_malloc"](store, len(b), 1)
        mem.write(store, b, p)
        return p, len(b)

    text = json.dumps(articles)
    for i in range(runs):
        p0, l0 = pass_str(text)
        p1, l1 = pass_str(options)
        before = store.get_fuel()
        r = ex["analyzeJson"](store, p0, l0, p1, l1)
        used = before - store.get_fuel()
        ptr, ln, failed = r[0], r[1], r[3]
        ex["__wbindgen_free"](store, ptr, ln, 1)
        print(f"run {i + 1}: {used:,} fuel (wasm instructions), report {ln:,} bytes{' FAILED' if failed else ''}")


if __name__ == "__main__":
    main()
