"""Event extraction throughput, end to end, on one core.

Two figures, each over >= 1,000 articles:

* the generated corpus: articles made from the sample corpus (see
  scripts/make_corpus.py) in a temporary folder;
* seed-length articles: copies of the real seed articles in ../shared/seeds
  (about 4 KB each, longer than most generated ones), made in a temporary
  folder and never committed; skipped when ../shared is absent.

The gazetteer (with its loose-key index) is loaded once and one article is
extracted to warm up (lazy indexes, imports, compiled expressions); both are
timed and reported separately. Then every article is read and extracted (file read + parse +
toponyms + events) and articles per second of CPU time are printed (the
machine is shared, so wall time is printed but not trusted).

    python benchmarks/bench_events.py [-n 1000] [--corpus DIR] [--seeds DIR] [--cpu N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FLOOR = 200.0
WARM_UP = ("Russian jets struck targets in Idlib province on Tuesday, the ministry said. "
           "Russia deployed S-400 systems at its air base near the coastal city of Latakia.")
SEED_TARGET = FLOOR                 # issue 10: seed-length articles at or above 200/s


def _seed_copies(seeds: Path, out: Path, n: int) -> list[Path]:
    """``n`` copies of the seed articles, round robin, under distinct names."""
    src = sorted(p for p in seeds.glob("*.txt"))
    paths = []
    for i in range(n):
        p = src[i % len(src)]
        dst = out / f"{p.stem}_{i:05d}.txt"
        shutil.copyfile(p, dst)
        paths.append(dst)
    return paths


def _run(label: str, paths: list[Path], floor: float, forget=None) -> float:
    """Articles/s over ``paths``; ``forget()`` runs before each article (its time is not counted)."""
    from events.article import read_article
    from events.extract import extract_article

    n_bytes = sum(p.stat().st_size for p in paths)
    events = non_events = 0
    spent = cpu = 0.0
    for p in paths:
        article = read_article(p)
        if forget is not None:
            forget()
        t0, c0 = time.perf_counter(), time.process_time()
        found = extract_article(article, include_non_events=True)
        spent, cpu = spent + time.perf_counter() - t0, cpu + time.process_time() - c0
        for e in found:
            if e.type == "non-event":
                non_events += 1
            else:
                events += 1
    rate = len(paths) / cpu
    print(f"[{label}] articles: {len(paths)} ({n_bytes / 1e6:.2f} MB, {n_bytes / len(paths) / 1e3:.1f} KB each), "
          f"events: {events}, non-events: {non_events}")
    print(f"[{label}] extraction: {cpu:.2f} s CPU ({spent:.2f} s wall on a shared machine)")
    print(f"[{label}] throughput: {rate:.0f} articles/s, {n_bytes / 1e6 / cpu:.2f} MB/s of CPU on one core "
          f"(floor {floor:.0f} articles/s: {'OK' if rate >= floor else 'BELOW'})")
    return rate


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--corpus", help="use this folder of articles instead of generating one")
    ap.add_argument("--cpu", type=int, help="core to run on (default: the last one allowed; on a shared "
                                           "machine the first core also serves interrupts and other users)")
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"),
                    help="seed articles to copy for the seed-length figure (default ../shared/seeds)")
    a = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        cpu = a.cpu if a.cpu is not None else sorted(os.sched_getaffinity(0))[-1]
        os.sched_setaffinity(0, {cpu})                                     # one core
        print(f"running on core {cpu}")

    from events.article import iter_article_paths
    from events.extract import extract_text, toponymizer

    t0 = time.perf_counter()
    finder = toponymizer()
    finder.gz.idx.loose_keys("")      # the loose-key index, else read by the first article with a misspelt name
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_text(WARM_UP, published="2015-10-01")         # lazy site index, imports, compiled patterns
    warm = time.perf_counter() - t0
    print(f"gazetteer load: {load:.2f} s, first article (warm-up): {warm:.2f} s (once per process, not counted below)")

    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        if a.corpus:
            _run(a.corpus, iter_article_paths([a.corpus]), FLOOR)
        else:
            sys.path.insert(0, str(ROOT / "scripts"))
            from make_corpus import make_corpus
            _run("generated corpus", make_corpus(Path(tmp) / "generated", a.n), FLOOR)
        seeds = Path(a.seeds)
        if seeds.is_dir() and any(seeds.glob("*.txt")):
            out = Path(tmp) / "seeds"
            out.mkdir()
            copies = _seed_copies(seeds, out, max(a.n, 1000))
            _run("seed-length copies", copies, SEED_TARGET)
            # The copies repeat five texts: memos of texts seen before answer most of their sentences,
            # which unseen news would not. The same run with those memos emptied before each article:
            from events.pieces import forget_texts

            def forget() -> None:
                forget_texts()
                finder.gz.forget_runs()
            _run("seed-length copies, no text seen before", copies, SEED_TARGET, forget)
        else:
            print(f"[seed-length copies] skipped: no seed articles in {seeds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
