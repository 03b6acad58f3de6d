"""The event store: one small interface, two implementations behind it.

Callers use ``open_store()`` and the ``EventStore`` methods only. SQLite (one
analyst, one file: the default) lives in ``geo.sqlite_store``; PostgreSQL + PostGIS
(a team's shared store, ``STRIKEMAP_DB=postgresql://...``) in ``geo.pg_store``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Protocol, Sequence, runtime_checkable

import pandas as pd

from geo.filters import Filters

ADDED, REPLACED, UNCHANGED = "added", "replaced", "unchanged"

# Fields an analyst may correct; "rejected" is set through ``reject``.
CORRECTABLE = ("place", "date", "type", "actor")


@dataclass
class IngestResult:
    article_id: str
    name: str
    events: int
    non_events: int
    status: str                   # added | replaced | unchanged
    orphaned: int = 0             # corrections of this article whose evidence sentence is gone:
                                  # kept in the audit trail, not applied (see geo.identity)
    note: str = ""                # what a replacement replaced, and why ("b/report.md replaced a/report.txt")
    warnings: list[str] = field(default_factory=list)   # e.g. event dates far from publication

    def line(self) -> str:
        return f"{self.name}: {self.status}" + (f" ({self.note})" if self.note else "")


@dataclass
class IngestSummary:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    non_events: int = 0
    errors: list[str] = field(default_factory=list)   # one clear message per skipped file
    notes: list[str] = field(default_factory=list)    # what replaced what, what was re-extracted
    warnings: list[str] = field(default_factory=list)  # kept, but worth a look (event dates...)
    stopped: str = ""                                   # why ingest stopped early (disk full)
    orphaned: int = 0             # corrections not re-attached (their evidence sentence is gone)
    orphaned_in: list[str] = field(default_factory=list)   # names of the articles concerned

    def add(self, result: IngestResult) -> None:
        """Count one article; events are those the article holds in the store."""
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.events += result.events
        self.non_events += result.non_events
        if result.note:
            self.notes.append(result.line())
        if getattr(result, "orphaned", 0):
            self.orphaned += result.orphaned
            self.orphaned_in.append(result.name)

    @property
    def skipped(self) -> int:
        return len(self.errors)

    def line(self) -> str:
        """One human summary line."""
        line = (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged; "
                f"{self.events} events, {self.non_events} non-events; {self.skipped} skipped")
        if self.orphaned:
            line += (f"; {self.orphaned} correction(s) kept but not applied: their evidence sentence is "
                     f"gone from {', '.join(self.orphaned_in[:5])}{' …' if len(self.orphaned_in) > 5 else ''}")
        return line


Progress = Callable[[int, int, str], None]   # (done, total, current file name)


class StoreError(ValueError):
    """A request the store refuses (unknown event, uncorrectable field...), or a store
    that cannot do it now; the message is for the user (no file paths, no traceback)."""


class StoreBusy(StoreError):
    """Another process holds the store's write lock for longer than we wait."""


class StoreFull(StoreError):
    """The disk (or the file size limit) is full: stop writing."""


class StoreReadOnly(StoreError):
    """The store can be read but not written."""


class StoreUnavailable(StoreError):
    """The store cannot be opened: server unreachable, credentials refused, PostGIS
    missing, schema too old. The message says which, in one line."""


@runtime_checkable
class EventStore(Protocol):
    """What every backend provides. Events are read with corrections applied."""

    path: Path | str
    uid: str          # identity of the stored data set: (uid, revision()) keys caches of derived data

    # -- writing -------------------------------------------------------------
    def has_article(self, article_id: str) -> bool: ...
    def ingest_article(self, article, reextract: bool = False) -> IngestResult: ...
    def ingest_paths(self, paths: Iterable, progress: Progress | None = None) -> IngestSummary: ...
    def ensure_seeded(self, progress: Progress | None = None) -> IngestSummary | None: ...
    def save_extraction(self, article, events: Sequence, non_events: Sequence,
                        reextract: bool = False) -> IngestResult: ...
    def correct(self, event_id: str, field: str, value, note: str = "", user: str = "analyst") -> None: ...
    def reject(self, event_id: str, reason: str = "", user: str = "analyst") -> None: ...
    def unreject(self, event_id: str, note: str = "", user: str = "analyst") -> None: ...

    # -- reading -------------------------------------------------------------
    def query_events(self, filters: Filters, columns: Sequence[str] | None = None,
                     points: bool | None = None) -> pd.DataFrame: ...
    def event(self, event_id: str) -> dict: ...
    def articles(self) -> pd.DataFrame: ...
    def article(self, article_id: str) -> dict: ...
    def corrections(self, event_id: str | None = None) -> pd.DataFrame: ...
    def non_events(self, filters: Filters | None = None) -> pd.DataFrame: ...
    def span(self) -> tuple[dt.date | None, dt.date | None]: ...
    def facets(self) -> dict[str, list[str]]: ...
    def counts(self) -> dict[str, int]: ...
    def revision(self) -> int: ...
    def top(self, column: str, limit: int = 10) -> list[tuple[str | None, int]]: ...
    def close(self) -> None: ...


def open_store(path: str | Path | None = None, read_only: bool | None = None) -> EventStore:
    """The store at ``path`` (default ``settings.db_target()``), created if missing:
    a ``postgresql://`` url opens the PostGIS team store, anything else an SQLite file.

    ``read_only`` (SQLite): True opens an existing store for reading only (never writes, so
    a read-only file or folder works); None (default) opens read-only only when it must.
    The PostGIS store ignores it (the server's grants decide what may be written).
    A store that cannot be opened raises StoreError with a clear message."""
    import settings
    target = settings.db_target() if path is None else path
    if isinstance(target, str) and target.startswith(("postgresql://", "postgres://")):
        from geo.pg_store import PostgresStore
        return PostgresStore(target)
    from geo.sqlite_store import SQLiteStore
    if read_only:
        p = Path(target)
        if not p.exists():
            from clitools import show
            raise StoreError(f"no event store at {show(p)}: ingest articles first")
    return SQLiteStore(target, read_only=read_only)
