"""Batch ingest on Dask: extraction in parallel, writes in file order through one store.

    python -m geo ingest --workers N [--scheduler tcp://host:8786] PATH...

Extraction (the costly part: ~4-8 ms per article) runs on ``dask.distributed`` workers,
a LocalCluster of N single-threaded worker processes by default, or an existing
cluster; a worker also computes the rows the store writes for a new article
(``geo.bulk.prepare``). This process reads each file (bad files are reported per file,
exactly as the serial ingest does), skips articles already stored (so a killed run,
started again, extracts only what is missing), sends the others in chunks to the
workers, and writes the results through the store in FILE ORDER, whatever N is: stores
built with 1 and 4 workers are identical. It must stay cheap, since it shares the cores
with the workers: one transaction per write batch of 64 to 512 articles (more when the
workers are ahead), new articles inserted together (``geo.bulk``), and the incident ids
of the new reports regrouped every REGROUP_EVERY seconds and at the end of the run rather
than in every batch (the windows to regroup are kept in the store, so a run killed
before its end leaves them to the next one). At most ``window`` chunks are in flight, so
memory does not grow with the archive.

A worker that dies loses nothing: the scheduler gives its chunks to another worker (the
nanny restarts the dead one); a chunk is retried up to ``RETRIES`` more times.

Workers of an existing cluster (``--scheduler``) must run this project's code with its
requirements (e.g. ``dask worker tcp://host:8786`` started in a checkout, with the
checkout on PYTHONPATH), and read the article files at the paths this process sees
(article text travels to the workers, not paths; only the store is written here).
"""
from __future__ import annotations

import logging
import os
import time
from collections import deque
from pathlib import Path
from typing import Iterable

from events.article import ArticleError, iter_article_paths, read_article
from geo.store import IngestSummary, Progress

ROOT = Path(__file__).resolve().parents[1]
RETRIES = 3
CHUNK = 32             # articles per task: ~0.2 s of work, well above the few ms a task costs the client
MIN_WRITE = 64         # articles in one write transaction: at least (unless the run ends) ...
MAX_WRITE = 512        # ... and at most
# Incident ids of the new reports: regrouped every REGROUP_EVERY seconds of the run (or
# less often: at most a fifth of the writer's time) and at its end, not in every write
# batch (geo.incident_ids.defer): a batch of a dense archive touches components holding
# thousands of reports, each regrouped once per period instead of once per batch.
REGROUP_EVERY = 30.0


def extract_chunk(articles: list) -> list[tuple]:
    """(events, non_events, prepared rows, error) of each article: runs on a worker, which
    also computes the rows the store writes for a new article (``geo.bulk.prepare``)."""
    from geo.bulk import prepare
    from geo.ingest import extract
    out = []
    for article in articles:
        try:
            events, non_events = extract(article)
            out.append((events, non_events, prepare(article, events, non_events), None))
        except Exception as exc:      # noqa: BLE001 - an extractor bug must not lose the other files
            out.append((None, None, None, f"extraction failed ({type(exc).__name__}: {exc})"))
    return out


def start_client(workers: int, scheduler: str | None = None):
    """(client, cluster): a client of ``scheduler``, or of a new LocalCluster of ``workers``
    single-threaded processes (cluster None when connecting to an existing one)."""
    from dask.distributed import Client, LocalCluster
    if scheduler:
        return Client(scheduler, timeout="30s"), None
    path = os.environ.get("PYTHONPATH", "")
    if str(ROOT) not in path.split(os.pathsep):          # workers import geo/ and events/
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), path) if p)
    cluster = LocalCluster(n_workers=max(1, int(workers)), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR, memory_limit=0)
    return Client(cluster), cluster


def ingest_parallel(store, paths: Iterable, workers: int = 2, scheduler: str | None = None,
                    progress: Progress | None = None, reextract: bool = False, chunk: int = CHUNK,
                    window: int | None = None, client=None) -> IngestSummary:
    """Ingest files and folders with extraction on Dask; same summary as ``ingest_paths``."""
    files = iter_article_paths([Path(p) for p in paths])
    summary = IngestSummary()
    own = client is None
    cluster = None
    if own:
        client, cluster = start_client(workers, scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or int(workers))
        window = window or max(4 * n_workers, 2 * MIN_WRITE // max(1, chunk))
        _run(store, files, summary, client, progress, reextract, chunk, window)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    return summary


def _run(store, files: list[Path], summary: IngestSummary, client, progress, reextract: bool,
         chunk: int, window: int) -> None:
    total = len(files)
    stream = iter(enumerate(files))
    queue: deque = deque()     # in file order: (future | None, items)
    current: list[tuple] = []  # items of the chunk being filled: (path, article | None, error | None)
    in_flight = 0
    exhausted = False
    done = 0

    def close_chunk() -> None:
        nonlocal current, in_flight
        if not current:
            return
        todo = [a for _, a, err in current if a is not None and err is None]
        future = client.submit(extract_chunk, todo, pure=False, retries=RETRIES) if todo else None
        queue.append((future, current))
        in_flight += future is not None
        current = []

    def fill() -> None:
        nonlocal exhausted
        while not exhausted and in_flight < window and len(queue) < 4 * window:
            try:
                _, path = next(stream)
            except StopIteration:
                exhausted = True
                close_chunk()
                return
            try:
                article = read_article(path)
            except ArticleError as exc:
                current.append((path, None, str(exc)))
            else:
                stored = not reextract and store.has_article(article.id)
                # a stored article is written as "unchanged", not extracted again
                current.append((path, article, "stored" if stored else None))
            if sum(1 for _, a, e in current if a is not None and e is None) >= chunk:
                close_chunk()
            elif len(current) >= 4 * chunk:          # mostly stored or bad files: bounded too
                close_chunk()

    def take() -> tuple[list, list]:
        """The next chunks in file order, at least MIN_WRITE articles (waiting for them)
        and then every chunk already extracted, up to MAX_WRITE: (items, results). A write
        transaction has fixed costs (the incident regrouping, the commit): large ones keep
        the writer's share of the cores small, so more workers mean more articles/s."""
        nonlocal in_flight
        items: list = []
        results: list = []
        while queue and len(items) < MAX_WRITE:
            future, chunk_items = queue[0]
            if len(items) >= MIN_WRITE and future is not None and not future.done():
                break
            queue.popleft()
            if future is not None:
                results += future.result()
                in_flight -= 1
                future.release()
            items += chunk_items
            fill()                                # keep the workers busy while we wait
        return items, results

    # every window deferred, by this run or a killed one, is regrouped at the end
    regroup = getattr(store, "regroup_deferred", None)
    last, cost = time.monotonic(), 0.0
    fill()
    while queue:
        items, results = take()
        fill()                                    # keep the workers busy while we write
        with _batch(store, defer=regroup is not None):     # one transaction per write batch
            done = _write(store, items, iter(results), summary, progress, done, total, reextract)
        if not queue:
            fill()
        if regroup and queue and time.monotonic() - last >= max(REGROUP_EVERY, 4 * cost):
            t = time.monotonic()
            regroup()
            last = time.monotonic()
            cost = last - t
    if regroup:
        regroup()
    if progress:
        progress(total, total, "")


def _batch(store, defer: bool):
    from contextlib import nullcontext
    if not hasattr(store, "batch"):
        return nullcontext()
    return store.batch(defer=True) if defer else store.batch()


def _write(store, items, results, summary, progress, done: int, total: int, reextract: bool) -> int:
    """Write one batch's articles in file order; returns the files done."""
    entries: list[tuple] = []        # what the store writes, in file order
    slots: list[tuple] = []          # (path, error | None, entry index | None) per item
    for path, article, err in items:
        if article is None:
            slots.append((path, err, None))
        elif err == "stored":
            slots.append((path, None, len(entries)))
            entries.append((article, [], [], None))             # reports "unchanged"
        else:
            events, non_events, prepared, failure = next(results)
            if failure:
                slots.append((path, f"{path.name}: {failure}", None))
            else:
                slots.append((path, None, len(entries)))
                entries.append((article, events, non_events, prepared))
    if hasattr(store, "save_batch"):
        written = store.save_batch(entries, reextract=reextract)
    else:
        written = [store.save_extraction(a, e, n, reextract=reextract)
                   for a, e, n, p in entries]
    for path, err, index in slots:
        if progress:
            progress(done, total, path.name)
        if index is None:
            summary.errors.append(err)
        else:
            summary.add(written[index])
        done += 1
    return done
