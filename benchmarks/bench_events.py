"""Event extraction throughput, end to end, on one core.

Generates a corpus of >= 1,000 articles from the sample corpus (see
scripts/make_corpus.py) in a temporary folder, loads the gazetteer once
(timed and reported separately), then reads and extracts every article
(file read + parse + toponyms + events) and prints articles per second of
CPU time (the machine is shared, so wall time is printed but not trusted).

    python benchmarks/bench_events.py [-n 1000] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FLOOR = 200.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--corpus", help="use this folder of articles instead of generating one")
    a = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})      # one core

    from events.article import iter_article_paths, read_article
    from events.extract import extract_article, toponymizer

    t0 = time.perf_counter()
    toponymizer()
    load = time.perf_counter() - t0

    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        if a.corpus:
            paths = iter_article_paths([a.corpus])
        else:
            sys.path.insert(0, str(ROOT / "scripts"))
            from make_corpus import make_corpus
            paths = make_corpus(tmp, a.n)
        n_bytes = sum(p.stat().st_size for p in paths)
        events = non_events = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for p in paths:
            found = extract_article(read_article(p), include_non_events=True)
            for e in found:
                if e.type == "non-event":
                    non_events += 1
                else:
                    events += 1
        spent, cpu = time.perf_counter() - t0, time.process_time() - c0
    rate = len(paths) / cpu
    print(f"gazetteer load: {load:.2f} s (once per process, not counted below)")
    print(f"articles: {len(paths)} ({n_bytes / 1e6:.2f} MB), events: {events}, non-events: {non_events}")
    print(f"extraction: {cpu:.2f} s CPU ({spent:.2f} s wall on a shared machine)")
    print(f"throughput: {rate:.0f} articles/s, {n_bytes / 1e6 / cpu:.2f} MB/s of CPU on one core "
          f"(floor {FLOOR:.0f} articles/s: {'OK' if rate >= FLOOR else 'BELOW'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
