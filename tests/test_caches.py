"""Caches shared by every session (Streamlit reruns run in threads): lookups are atomic,
values are built outside the lock, and eviction by one session never fails another."""
from __future__ import annotations

import threading
import time

import pytest

from geo import layer, webmap
from geo.cache import FeatureCache, LruCache
from geo.filters import Filters
from geo.layer import events_frame
from geo.store import open_store
from test_app_data import fill_store


def test_a_slow_build_does_not_block_other_keys_and_runs_once_per_key():
    cache = type(layer._GROUPINGS)(4)                     # the cache geo.layer uses
    assert isinstance(cache, LruCache)
    release, started = threading.Event(), threading.Event()
    calls = []

    def slow():
        calls.append("a")
        started.set()
        release.wait(10)
        return "A"

    results = {}
    builders = [threading.Thread(target=lambda i=i: results.__setitem__(i, cache.get("a", slow)))
                for i in range(3)]
    for t in builders:
        t.start()
    assert started.wait(5)
    t0 = time.monotonic()
    assert cache.get("b", lambda: "B") == "B"            # not behind the slow build
    assert cache.peek("a") is None                       # not built yet, and peek builds nothing
    assert time.monotonic() - t0 < 1.0
    release.set()
    for t in builders:
        t.join(10)
    assert results == {0: "A", 1: "A", 2: "A"} and calls == ["a"]   # one build for three callers


def test_a_failed_build_is_not_cached_and_reaches_every_waiter():
    cache = LruCache(2)
    with pytest.raises(ZeroDivisionError):
        cache.get("k", lambda: 1 / 0)
    assert cache.get("k", lambda: 5) == 5


def test_lru_keeps_the_most_recent():
    cache = LruCache(2)
    for k in "abc":
        cache.get(k, lambda k=k: k.upper())
    assert cache.peek("a") is None and cache.peek("c") == "C" and len(cache) == 2


@pytest.fixture(scope="module")
def points(tmp_path_factory):
    db = tmp_path_factory.mktemp("race") / "r.db"
    fill_store(db, 60)
    store = open_store(db)
    frame = events_frame(store, Filters(incidents=False))
    store.close()
    return frame[frame["precision"] == "point"].reset_index(drop=True)


@pytest.mark.parametrize("make", [lambda: FeatureCache(max_items=40), dict], ids=["FeatureCache", "dict"])
def test_row_features_survive_another_session_clearing_the_cache(points, make):
    """One session builds a map from the shared per-row feature cache while another clears
    it (the bound): every map equals one built without the cache, and nothing raises."""
    cache = make()
    expected = webmap.point_features(points, 5)
    stop, errors = threading.Event(), []

    def clearer():
        while not stop.is_set():
            cache.clear()

    def builder():
        try:
            for _ in range(150):
                feats, _text = webmap.cached_point_features(points, 5, cache)
                assert feats == expected
        except Exception as exc:        # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=clearer)] + [threading.Thread(target=builder) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads[1:]:
        t.join(120)
    stop.set()
    threads[0].join(10)
    assert errors == []


def test_incident_grouping_lookups_stay_atomic_under_eviction(tmp_path):
    """Sessions asking for incidents while others evict the shared tables get answers, not KeyErrors."""
    db = tmp_path / "g.db"
    fill_store(db, 40)
    store = open_store(db)
    expected = len(layer.incidents_frame(store, Filters()))
    stop, errors = threading.Event(), []

    def evict():
        while not stop.is_set():
            layer._TABLES.clear()
            layer._GROUPINGS.clear()

    def ask():
        try:
            for _ in range(30):
                assert len(layer.incidents_frame(store, Filters())) == expected
                layer.events_frame(store, Filters())
        except Exception as exc:        # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=evict)] + [threading.Thread(target=ask) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads[1:]:
        t.join(300)
    stop.set()
    threads[0].join(10)
    store.close()
    assert errors == []
