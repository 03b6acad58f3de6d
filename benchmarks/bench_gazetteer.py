#!/usr/bin/env python3
"""Gazetteer figures: cold index load, resolutions per second (cached and uncached),
find_mentions throughput.  Prints its figures; run on one core:

    taskset -c 0 .venv/bin/python benchmarks/bench_gazetteer.py [--seeds ../shared/seeds]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = [("Latakia", ("SY",)), ("Lattakia", ("SY",)), ("Al-Ladhiqiyah", ("SY",)), ("Idleb", ("SY",)),
         ("Hama", ()), ("Hama governorate", ()), ("Raqqah", ("SY",)), ("Jisr al-Shughour", ("SY",)),
         ("Maaret al-Numan", ("SY",)), ("Deir Ezzor", ("SY",)), ("Aleppo", ()), ("Moscow", ()),
         ("Mosul", ("IQ",)), ("Sanaa", ("YE",)), ("Sirte", ("LY",)), ("Donetsk", ("UA",)),
         ("Palmyra", ("SY",)), ("Tripoli", ("LB",)), ("Homs", ("SY",)), ("Nowhere Qqxz", ("SY",))]


def cold_load_seconds() -> float:
    """Time to import the package and load the cached index, in a fresh interpreter."""
    code = ("import time; t=time.perf_counter(); from gazetteer import default_gazetteer; "
            "default_gazetteer(); print(time.perf_counter()-t)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)  # warm cache file
    runs = [float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout) for _ in range(3)]
    return min(runs)


def rate(fn, n: int) -> float:
    t = time.perf_counter()
    for i in range(n):
        fn(*NAMES[i % len(NAMES)])
    return n / (time.perf_counter() - t)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("-n", type=int, default=200_000)
    a = ap.parse_args()

    cold = cold_load_seconds()
    print(f"cold load (import + cached index): {cold:.2f} s   (target <= 2 s)")

    from gazetteer import default_gazetteer
    gz = default_gazetteer()
    gz.resolve("Aleppo")
    warm = rate(gz.resolve, a.n)
    print(f"resolve, warm with LRU cache:  {warm:,.0f} /s   (target >= 50,000 /s)")
    uncached = rate(lambda name, cc: gz._resolve(name, cc, None), a.n // 10)   # bypasses the LRU
    print(f"resolve, no cache (full ranking): {uncached:,.0f} /s")

    texts = []
    if a.seeds.is_dir():
        from events.article import read_article
        texts = [read_article(p).body for p in sorted(a.seeds.glob("*.txt"))]
    if texts:
        n_chars = sum(len(t) for t in texts)
        reps = 200
        t = time.perf_counter()
        found = 0
        for _ in range(reps):
            for text in texts:
                found += len(gz.find_mentions(text))
        dt = time.perf_counter() - t
        print(f"find_mentions: {reps * len(texts) / dt:,.0f} articles/s "
              f"({reps * n_chars / dt / 1e6:.2f} M chars/s; {found // reps} mentions in the seeds)")
    else:
        print("find_mentions: seeds not found, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
