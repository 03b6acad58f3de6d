"""Issue 12 (load): one session's slow read or save never stalls another session's reads.

The dashboard shares one store between all sessions (threads). Readers get connections of
their own (SQLite WAL), so a long query in one session and a cheap one in another overlap.
"""
from __future__ import annotations

import threading
import time

from geo.filters import Filters
from geo.store import open_store
from test_app_data import synthetic_batch


def test_a_slow_read_does_not_stall_other_readers(tmp_env):
    store = open_store()
    store.bulk_load(synthetic_batch(20_000, days=60, per_article=500))
    t = time.perf_counter()
    store.query_events(Filters())
    slow = time.perf_counter() - t                       # one full read of every event
    waits: list[float] = []
    running = threading.Event()

    def reader():
        running.set()
        for _ in range(3):
            store.query_events(Filters())
    th = threading.Thread(target=reader)
    th.start()
    running.wait()
    time.sleep(0.05)
    while th.is_alive():
        t = time.perf_counter()
        store.revision()
        store.span()
        waits.append(time.perf_counter() - t)
        time.sleep(0.01)
    th.join()
    store.close()
    assert len(waits) >= 3
    # a cheap read during the slow ones takes a small part of one slow read (it used to queue
    # behind the whole read, on one shared connection and lock)
    assert max(waits) < max(0.3, slow / 2), (max(waits), slow)
