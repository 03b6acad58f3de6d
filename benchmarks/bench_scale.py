"""Scale benchmark: batch ingest on Dask and the 1M-event filter, SQLite beside PostGIS.

    .venv/bin/python benchmarks/bench_scale.py [--articles 20000] [--events 1000000]
                                               [--pg postgresql://...] [--skip-ingest] [--skip-filter]

1. Ingest of N generated articles (scripts/synth_events.py) by ``python -m geo ingest
   --workers W`` (a LocalCluster of W processes) into a new SQLite file and a new PostGIS
   database, W = 1 and 2: wall time, articles/s, and the peak RSS of a Dask worker
   (sampled every 0.2 s over the worker processes).
2. 1M events bulk loaded into each backend, then the 2-province x 30-day view (reports,
   and incidents from the stored incident ids): median of 7 runs, and the peak RSS of the
   filtering process (each phase runs in its own process).
PostGIS: a throwaway cluster (geo/pgcluster.py) unless ``--pg`` names a server database
(the benchmark creates and drops databases ``bench_*`` there). Figures print as a table.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
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


def result(**kw) -> None:
    print("RESULT " + json.dumps(kw), flush=True)


# -- phases (each in its own process) ------------------------------------------------------
def phase_fill(target: str, n: int) -> None:
    import synth_events
    from geo.store import open_store
    store = open_store(target)
    t = time.perf_counter()
    loaded = store.bulk_load(synth_events.synth_events(n))
    secs = time.perf_counter() - t
    store.close()
    result(phase="fill", events=loaded, seconds=secs, peak_mb=peak_mb())


def phase_query(target: str) -> None:
    """The 2-province x 30-day view, reports and incidents, as a dashboard session meets it:
    each run a window it has not read before (shifted by a day: nothing cached), median of 7
    (wall and CPU time of this process); "first" is the very first view of the process."""
    from geo.filters import Filters
    from geo.layer import events_frame, incidents_frame
    from geo.store import open_store
    store = open_store(target)
    lo = dt.date(2016, 3, 1)
    out = {}
    for label, incidents, fn in (("reports", False, events_frame), ("incidents", True, incidents_frame)):
        times, cpu, rows, first = [], [], 0, None
        for k in range(8):
            start = lo + dt.timedelta(days=k + (0 if incidents else 40))
            f = Filters(provinces=("Idlib", "Aleppo"), date_from=start, date_to=start + dt.timedelta(days=29),
                        incidents=incidents)
            t, c = time.perf_counter(), time.process_time()
            rows = len(fn(store, f))
            ms, cpu_ms = (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000
            if first is None:
                first = ms
            else:
                times.append(ms)
                cpu.append(cpu_ms)
        out[label] = {"median_ms": statistics.median(times), "cpu_ms": statistics.median(cpu), "rows": rows,
                      "first_ms": first}
    out["events"] = store.counts()["events"]
    store.close()
    result(phase="query", peak_mb=peak_mb(), **out)


def phase_split(target: str, folder: str, n: int) -> None:
    """Where the time of an ingest goes: extraction on one core (what a worker does,
    rows of the store included) and the single writer (what the writing process can
    absorb, written as the batch ingest writes: batches of 64, incident ids regrouped at the
    end), in articles/s of CPU time."""
    from events.article import iter_article_paths, read_article
    from geo.batch import MIN_WRITE, extract_chunk
    from geo.store import open_store
    paths = iter_article_paths([folder])[:n]
    articles = [read_article(p) for p in paths]
    t = time.process_time()
    done = [(a, *r[:3]) for a, r in zip(articles, extract_chunk(articles))]
    extract_rate = len(done) / (time.process_time() - t)
    store = open_store(target)
    t = time.process_time()
    for i in range(0, len(done), MIN_WRITE):
        with store.batch(defer=True):
            store.save_batch(done[i:i + MIN_WRITE])
    store.regroup_deferred()
    write_rate = len(done) / (time.process_time() - t)
    store.close()
    result(phase="split", articles=len(done), extract_rate=extract_rate, write_rate=write_rate)


# -- orchestration ---------------------------------------------------------------------
def run_phase(args: list[str], env: dict) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"phase {args} failed:\n{proc.stderr[-3000:]}")
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def run_ingest(target: str, folder: Path, workers: int, env: dict) -> dict:
    import psutil
    load0 = os.getloadavg()[0]
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "geo", "--db", target, "ingest", "--workers", str(workers),
                             "--quiet", str(folder)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    worker_peak = 0.0
    main = psutil.Process(proc.pid)
    main_peak = 0.0
    cpu: dict[int, tuple[str, float]] = {}          # last CPU seconds seen per process
    while proc.poll() is None:
        try:
            main_peak = max(main_peak, main.memory_info().rss / 2**20)
            cpu[main.pid] = ("writer", sum(main.cpu_times()[:2]))
            for child in main.children(recursive=True):
                try:
                    if "spawn_main" in " ".join(child.cmdline()) and "resource_tracker" not in " ".join(child.cmdline()):
                        worker_peak = max(worker_peak, child.memory_info().rss / 2**20)
                        cpu[child.pid] = ("workers", sum(child.cpu_times()[:2]))
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        time.sleep(0.2)
    out, err = proc.communicate()
    secs = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed:\n{err[-3000:]}")
    return {"seconds": secs, "summary": out.strip(), "load": (os.getloadavg()[0] + load0) / 2, "worker_mb": worker_peak, "client_mb": main_peak,
            "writer_cpu": sum(c for k, c in cpu.values() if k == "writer"),
            "workers_cpu": sum(c for k, c in cpu.values() if k == "workers")}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=20_000, help="generated articles to ingest (issue: 20,000)")
    p.add_argument("--events", type=int, default=1_000_000, help="events for the filter (issue: 1,000,000)")
    p.add_argument("--workers", default="1,2", help="worker counts to compare")
    p.add_argument("--pg", help="postgresql:// url of a server database (default: a throwaway cluster)")
    p.add_argument("--backends", default="sqlite,postgis")
    p.add_argument("--repeat", type=int, default=1, help="ingest runs per backend and worker count (median)")
    p.add_argument("--skip-ingest", action="store_true")
    p.add_argument("--skip-filter", action="store_true")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--target", help=argparse.SUPPRESS)
    p.add_argument("--folder", help=argparse.SUPPRESS)
    p.add_argument("--split", type=int, default=1000,
                   help="articles for the split of one ingest: extraction per core, writer ceiling")
    args = p.parse_args()
    if args.phase == "fill":
        phase_fill(args.target, args.events)
        return 0
    if args.phase == "query":
        phase_query(args.target)
        return 0
    if args.phase == "split":
        phase_split(args.target, args.folder, args.split)
        return 0

    backends = [b for b in args.backends.split(",") if b]
    workers = [int(w) for w in args.workers.split(",") if w]
    cluster = None
    rows: list[tuple] = []
    with tempfile.TemporaryDirectory(prefix="strikemap-scale-") as tmp:
        tmp = Path(tmp)
        env = dict(os.environ, STRIKEMAP_DB=str(tmp / "unused.db"))
        counter = iter(range(10_000))

        def new_target(backend: str, name: str) -> str:
            nonlocal cluster
            if backend == "sqlite":
                return str(tmp / f"{name}_{next(counter)}.db")
            if args.pg:
                import psycopg
                db = f"bench_{name}_{next(counter)}"
                with psycopg.connect(args.pg, autocommit=True) as con:
                    con.execute(f'DROP DATABASE IF EXISTS "{db}"')
                    con.execute(f'CREATE DATABASE "{db}"')
                from urllib.parse import urlsplit, urlunsplit
                parts = urlsplit(args.pg)
                return urlunsplit(parts._replace(path="/" + db))
            if cluster is None:
                from geo import pgcluster
                cluster = pgcluster.start()
                from geo.pg_store import PostgresStore
                PostgresStore(cluster.url()).close()          # the template: migrated once
            return cluster.create_database(f"bench_{name}_{next(counter)}")

        try:
            if not args.skip_ingest:
                import synth_events
                folder = tmp / "articles"
                synth_events.write_articles(folder, args.articles)
                print(f"ingest of {args.articles} generated articles (python -m geo ingest --workers N):", flush=True)
                for backend in backends:
                    runs: dict[int, list[dict]] = {w: [] for w in workers}
                    for k in range(args.repeat):          # interleaved: 1, 2, 1, 2 ... workers
                        for w in workers:
                            r = run_ingest(new_target(backend, f"ingest{w}"), folder, w, env)
                            runs[w].append(r)
                            line = (f"  {backend:8s} workers={w} (run {k + 1}): {r['seconds']:7.1f} s = "
                                    f"{args.articles / r['seconds']:6.0f} articles/s; load average {r['load']:.1f}; "
                                    f"CPU: writer {r['writer_cpu']:.0f} s, workers {r['workers_cpu']:.0f} s; "
                                    f"peak RSS of a worker {r['worker_mb']:.0f} MB, of the writer {r['client_mb']:.0f} MB"
                                    f" [{r['summary'][:60]}]")
                            print(line, flush=True)
                    for w in workers:
                        secs = statistics.median(r["seconds"] for r in runs[w])
                        rows.append(("ingest", backend, w, secs, args.articles / secs,
                                     max(r["worker_mb"] for r in runs[w]), max(r["client_mb"] for r in runs[w]),
                                     statistics.median(r["writer_cpu"] for r in runs[w]),
                                     statistics.median(r["workers_cpu"] for r in runs[w])))
                    sp = run_phase(["--phase", "split", "--target", new_target(backend, "split"),
                                    "--folder", str(folder), "--split", str(min(args.split, args.articles))], env)
                    print(f"  {backend:8s} split of {sp['articles']} articles: extraction {sp['extract_rate']:.0f} "
                          f"articles/s of CPU; the writer alone {sp['write_rate']:.0f} articles/s of CPU (its own process; "
                          f"PostgreSQL's server not counted)", flush=True)
                    rows.append(("split", backend, sp["extract_rate"], sp["write_rate"]))
            if not args.skip_filter:
                print(f"{args.events:,} events, 2 provinces x 30 days:", flush=True)
                for backend in backends:
                    target = new_target(backend, "filter")
                    fill = run_phase(["--phase", "fill", "--target", target, "--events", str(args.events)], env)
                    q = run_phase(["--phase", "query", "--target", target], env)
                    line = (f"  {backend:8s}: bulk load {fill['seconds']:.0f} s; reports {q['reports']['median_ms']:.0f} ms "
                            f"(CPU {q['reports']['cpu_ms']:.0f} ms, first {q['reports']['first_ms']:.0f} ms; "
                            f"{q['reports']['rows']} rows), incidents {q['incidents']['median_ms']:.0f} ms "
                            f"(CPU {q['incidents']['cpu_ms']:.0f} ms, first {q['incidents']['first_ms']:.0f} ms; "
                            f"{q['incidents']['rows']} rows); peak RSS of the filtering process {q['peak_mb']:.0f} MB")
                    print(line, flush=True)
                    rows.append(("filter", backend, q["reports"]["median_ms"], q["incidents"]["median_ms"], q["peak_mb"],
                                 q["reports"]["first_ms"], q["incidents"]["first_ms"],
                                 q["reports"]["cpu_ms"], q["incidents"]["cpu_ms"]))
        finally:
            if cluster is not None:
                cluster.stop()
    print("\nsummary")
    print("| measure | " + " | ".join(backends) + " |")
    print("|---|" + "---|" * len(backends))
    for w in workers:
        cells = [next((f"{r[3]:.0f} s, {r[4]:.0f} articles/s (CPU: writer {r[7]:.0f} s, workers {r[8]:.0f} s)"
                       for r in rows if r[0] == "ingest" and r[1] == b and r[2] == w), "-") for b in backends]
        label = f"median of {args.repeat}" if args.repeat > 1 else "one run"
        print(f"| ingest {args.articles:,} articles, --workers {w} ({label}) | " + " | ".join(cells) + " |")
    cells = [next((f"{r[5]:.0f} MB" for r in rows if r[0] == "ingest" and r[1] == b), "-") for b in backends]
    print("| peak RSS of a Dask worker | " + " | ".join(cells) + " |")
    cells = [next((f"{r[2]:.0f} / {r[3]:.0f} articles/s" for r in rows if r[0] == "split" and r[1] == b), "-")
             for b in backends]
    print("| extraction on one core / the writer alone | " + " | ".join(cells) + " |")
    for label, k in (("reports", 2), ("incidents", 3)):
        cells = [next((f"{r[k]:.0f} ms (CPU {r[k + 5]:.0f} ms; first view {r[k + 3]:.0f} ms)"
                       for r in rows if r[0] == "filter" and r[1] == b), "-") for b in backends]
        print(f"| {args.events:,} events: 2 provinces x 30 days, {label} (floor 200 ms) | " + " | ".join(cells) + " |")
    cells = [next((f"{r[4]:.0f} MB" for r in rows if r[0] == "filter" and r[1] == b), "-") for b in backends]
    print("| peak RSS of the filtering process (floor 500 MB) | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
