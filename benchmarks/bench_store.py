"""Store benchmarks; prints its figures.

    .venv/bin/python benchmarks/bench_store.py [--events 1000000] [--articles 10000]

1. Ingest throughput for N synthetic article files through the real extractor
   (read + extract + province check + save, one transaction per article), and
   store-only (pre-extracted events, same transactions).
2. 1M events: bulk load, then filtering by two provinces and a 30-day range
   (median of 7 runs) as a GeoDataFrame, with and without incident grouping.
3. Peak memory (ru_maxrss) of the filter process and of a process building the
   layer of all 1M events. Each phase runs in its own process so peaks are its own.
Generated files live in a temporary folder and are deleted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_ingest(tmp: Path, n: int) -> None:
    import synth_events
    from geo.ingest import ingest_paths
    from geo.store import open_store
    folder = tmp / "articles"
    synth_events.write_articles(folder, n)
    try:
        import events.extract  # noqa: F401
        have_extractor = True
    except ImportError:
        have_extractor = False
    if have_extractor:
        store = open_store(tmp / "ingest.db")
        t = time.perf_counter()
        s = ingest_paths(store, [folder])
        secs = time.perf_counter() - t
        print(f"ingest (extractor included): {n} articles in {secs:.1f} s = {n / secs:.0f} articles/s; "
              f"{s.events} events, {s.non_events} non-events, {s.skipped} skipped")
        t = time.perf_counter()
        again = ingest_paths(store, [folder])
        secs = time.perf_counter() - t
        print(f"re-ingest of the same {n} files (all unchanged={again.unchanged == n}): {secs:.1f} s")
        store.close()
    else:
        print("ingest (extractor included): events.extract not available yet, skipped")
    store = open_store(tmp / "store_only.db")
    pairs = list(synth_events.synth_events(n * 5, per_article=5))
    t = time.perf_counter()
    for art, evs in pairs:
        store.save_extraction(art, evs, [])
    secs = time.perf_counter() - t
    print(f"ingest (store only, 5 events/article, province check): {len(pairs)} articles in {secs:.1f} s "
          f"= {len(pairs) / secs:.0f} articles/s")
    store.close()


def phase_fill(db: Path, n: int) -> None:
    import synth_events
    from geo.store import open_store
    store = open_store(db)
    t = time.perf_counter()
    loaded = store.bulk_load(synth_events.synth_events(n))
    secs = time.perf_counter() - t
    print(f"bulk load: {loaded} events in {secs:.1f} s ({loaded / secs:.0f} events/s); "
          f"db {db.stat().st_size / 1e6:.0f} MB; peak RSS {peak_mb():.0f} MB")
    store.close()


def phase_query(db: Path) -> None:
    from geo.filters import Filters
    from geo.layer import events_frame, incidents_frame
    from geo.store import open_store
    store = open_store(db)
    lo = dt.date(2016, 3, 1)
    f = Filters(provinces=("Idlib", "Aleppo"), date_from=lo, date_to=lo + dt.timedelta(days=29),
                incidents=False)
    for label, filters, fn in (("events_frame, 2 provinces x 30 days", f, events_frame),
                               ("events_frame + incident ids", f.with_(incidents=True), events_frame),
                               ("incidents_frame", f, incidents_frame)):
        fn(store, filters)                      # warm the page cache once
        times, rows = [], 0
        for _ in range(7):
            t = time.perf_counter()
            rows = len(fn(store, filters))
            times.append((time.perf_counter() - t) * 1000)
        print(f"{label}: median {statistics.median(times):.0f} ms (min {min(times):.0f}, "
              f"max {max(times):.0f}) for {rows} rows of {store.counts()['events']} events")
    print(f"peak RSS of the filtering process: {peak_mb():.0f} MB")
    store.close()


def phase_full(db: Path) -> None:
    from geo.filters import Filters
    from geo.layer import events_frame
    from geo.store import open_store
    store = open_store(db)
    t = time.perf_counter()
    frame = events_frame(store, Filters(incidents=False))
    secs = time.perf_counter() - t
    print(f"layer of all {len(frame)} events: {secs:.1f} s; frame {frame.memory_usage(deep=True).sum() / 1e6:.0f} MB;"
          f" peak RSS {peak_mb():.0f} MB")
    store.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=1_000_000)
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--skip-ingest", action="store_true")
    p.add_argument("--skip-full", action="store_true", help="skip building the layer of all events")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--tmp", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.phase:
        {"ingest": lambda: phase_ingest(args.tmp, args.articles),
         "fill": lambda: phase_fill(args.tmp / "bench.db", args.events),
         "query": lambda: phase_query(args.tmp / "bench.db"),
         "full": lambda: phase_full(args.tmp / "bench.db")}[args.phase]()
        return 0
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        env = dict(os.environ, STRIKEMAP_DB=str(Path(tmp) / "unused.db"))
        phases = (["ingest"] if not args.skip_ingest else []) + ["fill", "query"] + \
            ([] if args.skip_full else ["full"])
        for phase in phases:
            subprocess.run([sys.executable, __file__, "--phase", phase, "--tmp", tmp,
                            "--events", str(args.events), "--articles", str(args.articles)],
                           check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
