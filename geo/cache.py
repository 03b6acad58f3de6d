"""Thread-safe in-process caches shared by every Streamlit session (reruns run in threads).

Rules: a lookup is one atomic operation (never "check, then read": another thread may
evict in between); values are built OUTSIDE the lock, so one slow build does not block
lookups of other keys; concurrent requests for the same missing key wait for one build.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from concurrent.futures import Future
from typing import Callable, Hashable, Iterable, TypeVar

V = TypeVar("V")


class LruCache:
    """A few recent values per key, each built once."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict = OrderedDict()
        self.lock = threading.Lock()
        self._pending: dict[Hashable, Future] = {}

    def peek(self, key, default=None):
        """The cached value, or ``default`` (one atomic lookup; builds nothing)."""
        with self.lock:
            return self.items.get(key, default)

    def get(self, key, build: Callable[[], V]) -> V:
        """The cached value, else ``build()`` (run outside the lock; once per key at a time)."""
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
            pending = self._pending.get(key)
            owner = pending is None
            if owner:
                pending = self._pending[key] = Future()
        if not owner:
            return pending.result()           # another thread is building it
        try:
            value = build()
        except BaseException as exc:
            with self.lock:
                self._pending.pop(key, None)
            pending.set_exception(exc)
            raise
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)
            self._pending.pop(key, None)
        pending.set_result(value)
        return value

    def clear(self) -> None:
        with self.lock:
            self.items.clear()

    def __len__(self) -> int:
        with self.lock:
            return len(self.items)


class FeatureCache:
    """Many small values (a map row's feature) by key, bounded: when full it starts over.

    ``get`` and ``update`` are each atomic, so a caller reads a value once and keeps it;
    another session's eviction can only make it build a value again, never fail."""

    def __init__(self, max_items: int = 100_000) -> None:
        self.max_items = max_items
        self._items: dict = {}
        self._lock = threading.Lock()

    def get(self, key, default=None):
        with self._lock:
            return self._items.get(key, default)

    def lookup(self, keys: Iterable) -> dict:
        """{key: value} of the keys present, read in one go."""
        with self._lock:
            items = self._items
            return {k: items[k] for k in keys if k in items}

    def update(self, values: dict) -> None:
        with self._lock:
            if len(self._items) + len(values) > self.max_items:
                self._items = {}               # bounded: rebuilt rows cost ~60 µs each
            self._items.update(values)

    def clear(self) -> None:
        with self._lock:
            self._items = {}

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __contains__(self, key) -> bool:
        with self._lock:
            return key in self._items
