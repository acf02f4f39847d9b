#!/usr/bin/env python3
"""Where the bytes of a .wasm go: code size per crate (from the name
section) and data-segment size. Stdlib only.

usage: python3 scripts/wasm_sizes.py target/wasm32-unknown-unknown/wasm/corroborate.wasm [N]
"""
import collections, re, sys, zlib


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7F) << s; s += 7
        if x < 0x80:
            return r, i


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    b = open(path, 'rb').read()
    i = 8
    sections = []
    while i < len(b):
        sid = b[i]; i += 1
        size, i = leb(b, i)
        sections.append((sid, i, size))
        i += size
    n_imports = 0
    bodies = []
    names = {}
    data = 0
    for sid, off, size in sections:
        if sid == 2:  # imports: count function imports
            n, j = leb(b, off)
            for _ in range(n):
                for _ in range(2):
                    l, j = leb(b, j); j += l
                kind = b[j]; j += 1
                if kind == 0:
                    _, j = leb(b, j); n_imports += 1
                elif kind == 1:
                    j += 1; fl, j = leb(b, j); _, j = leb(b, j)
                    if fl & 1: _, j = leb(b, j)
                elif kind == 2:
                    fl, j = leb(b, j); _, j = leb(b, j)
                    if fl & 1: _, j = leb(b, j)
                elif kind == 3:
                    j += 2
        elif sid == 10:
            n, j = leb(b, off)
            for k in range(n):
                l, j2 = leb(b, j)
                bodies.append((n_imports + k, j2, l))
                j = j2 + l
        elif sid == 11:
            data += size
        elif sid == 0:
            l, j = leb(b, off)
            nm = b[j:j + l].decode(); j += l
            if nm == 'name':
                end = off + size
                while j < end:
                    sub = b[j]; j += 1
                    sl, j = leb(b, j)
                    if sub == 1:
                        n, k = leb(b, j)
                        for _ in range(n):
                            idx, k = leb(b, k)
                            l2, k = leb(b, k)
                            names[idx] = b[k:k + l2].decode('utf-8', 'replace'); k += l2
                    j += sl
    per = collections.Counter()
    per_gz = collections.Counter()
    fn = []
    for idx, o, l in bodies:
        name = names.get(idx, '?')
        m = re.search(r'([a-z_][a-z0-9_]*)(?:\.\.|::)', name.replace('_$LT$', '<').lstrip('_ZN0123456789<'))
        crate = '?'
        mm = re.match(r'_ZN\d+([a-z_0-9]+)', name) or re.match(r'<?([a-z_][a-z0-9_]*)(::|\.\.)', name)
        if mm:
            crate = mm.group(1)
        per[crate] += l
        per_gz[crate] += len(zlib.compress(b[o:o + l], 9))
        fn.append((l, name))
    total = len(b)
    print(f"total {total} bytes raw, {len(zlib.compress(b, 9))} zlib-9; code {sum(l for _, _, l in bodies)}, data {data}")
    for c, n in per.most_common(top):
        print(f"  {n:>9} code bytes (~{per_gz[c]:>7} compressed)  {c}")
    print("largest functions:")
    for l, n in sorted(fn, reverse=True)[:top]:
        print(f"  {l:>8}  {n[:140]}")


if __name__ == '__main__':
    main()
