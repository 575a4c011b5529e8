#!/usr/bin/env python3
"""Near-duplicate check of a new labelled set against the older ones: for every text of NEW, the
highest Jaccard similarity of its word 3-gram set (and of its character 5-gram set) to any text of
the exemplars, dev and held-out sets 1-3; prints the distribution and the closest pairs.

Run: python3 scripts/safety-data/overlap.py [heldout4]
"""
import json, os, re, sys

D = os.path.join(os.path.dirname(__file__), "..", "..", "services", "enricher", "safety")
new = sys.argv[1] if len(sys.argv) > 1 else "heldout4"
old_files = [os.path.join(D, "exemplars.jsonl")] + [os.path.join(D, "testdata", n + ".jsonl") for n in ("dev", "heldout", "heldout2", "heldout3")]
old_files += [os.path.join(D, "testdata", a) for a in sys.argv[2:]]


def load(p):
    return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]


def words(t):
    return re.findall(r"\w+", t.lower())


def shingles(t):
    w = words(t)
    return {" ".join(w[i:i + 3]) for i in range(len(w) - 2)} or {" ".join(w)}


def chars(t):
    s = " ".join(words(t))
    return {s[i:i + 5] for i in range(len(s) - 4)} or {s}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


old = [(os.path.basename(p), e) for p in old_files for e in load(p)]
oldw = [shingles(e["text"]) for _, e in old]
oldc = [chars(e["text"]) for _, e in old]
# index word 3-grams so each new text is compared with the old texts sharing one
idx = {}
for i, s in enumerate(oldw):
    for g in s:
        idx.setdefault(g, []).append(i)
cidx = {}
for i, s in enumerate(oldc):
    for g in s:
        cidx.setdefault(g, set()).add(i)

rows = load(os.path.join(D, "testdata", new + ".jsonl"))
res = []
for e in rows:
    w, c = shingles(e["text"]), chars(e["text"])
    cand = {i for g in w for i in idx.get(g, ())}
    bw = max(((jac(w, oldw[i]), i) for i in cand), default=(0.0, -1))
    # character 5-grams: candidates sharing at least a quarter of them
    cnt = {}
    for g in c:
        for i in cidx.get(g, ()):
            cnt[i] = cnt.get(i, 0) + 1
    cc = [i for i, n in cnt.items() if n * 4 >= len(c)]
    bc = max(((jac(c, oldc[i]), i) for i in cc), default=(0.0, -1))
    res.append((bw, bc, e))

print(f"{new}: {len(rows)} texts against {len(old)} older texts ({', '.join(os.path.basename(p) for p in old_files)})")
exact = sum(1 for bw, bc, e in res if bc[0] == 1.0)
print(f"exact duplicates (character 5-gram Jaccard 1.0): {exact}")
for name, k in (("word 3-gram", 0), ("char 5-gram", 1)):
    vals = sorted(r[k][0] for r in res)
    q = lambda p: vals[min(len(vals) - 1, int(p * len(vals)))]
    print(f"{name} Jaccard to the nearest older text: median {q(0.5):.3f}, p90 {q(0.9):.3f}, p99 {q(0.99):.3f}, max {vals[-1]:.3f}; "
          f">= 0.5: {sum(v >= 0.5 for v in vals)}, >= 0.3: {sum(v >= 0.3 for v in vals)}")
print("closest pairs (word 3-grams):")
for bw, bc, e in sorted(res, key=lambda r: -r[0][0])[:8]:
    print(f"  {bw[0]:.3f} [{e['label']}/{e['family']}] {e['text'][:110]!r}\n        ~ [{old[bw[1]][0]}] {old[bw[1]][1]['text'][:110]!r}")
print("closest pairs (char 5-grams):")
for bw, bc, e in sorted(res, key=lambda r: -r[1][0])[:8]:
    print(f"  {bc[0]:.3f} [{e['label']}/{e['family']}] {e['text'][:110]!r}\n        ~ [{old[bc[1]][0]}] {old[bc[1]][1]['text'][:110]!r}")
