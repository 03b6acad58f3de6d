"""SQLite implementation of the event store (the embedded default).

WAL journal, a busy timeout and ``BEGIN IMMEDIATE`` per article make two
processes ingesting at once safe. Analyst corrections live in their own
append-only table (the audit trail) and are applied to the event rows when
they are made and again whenever an article is re-extracted, so reads stay a
plain indexed query.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import queue
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

import settings
from events.model import EVENT_TYPES
from geo import bulk as _bulk
from geo import identity as _identity
from geo import incident_ids as _incident_ids
from geo import ingest as _ingest
from geo.filters import Filters, fold, to_date
from geo.identity import Anchor, reattach
from geo.store import (ADDED, CORRECTABLE, REPLACED, UNCHANGED, IngestResult,
                       IngestSummary, Progress, StoreBusy, StoreError, StoreFull, StoreReadOnly)

# 1: first schema. 2: event ids from geo.identity (article, extracted type, evidence, place
# as written) and the corrections remember their event's identity (see ``_migrate_v2``).
# 3: articles are known by their URL or text (key), with their file (path) as provenance,
#    and their event ids hash ``event_ns`` (the file stem for older articles; see ``_migrate_v3``).
# 4: events.incident_id kept in the store (geo.incident_ids), added to older files at open
#    (``_ensure_incident_ids``, by column presence).
SCHEMA_VERSION = 4

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,            -- fingerprint of the input (bytes + a date given from outside)
    name TEXT NOT NULL,             -- file name without extension (shown, not the identity)
    url TEXT, title TEXT, published TEXT, source TEXT, body TEXT,
    ingested_at TEXT, warnings TEXT,
    n_events INTEGER DEFAULT 0, n_non_events INTEGER DEFAULT 0,
    key TEXT,                       -- identity: url:<URL> or text:<hash of the text> (Article.key)
    path TEXT,                      -- provenance: the file it was read from (or a label)
    event_ns TEXT                   -- what its event ids hash (kept across re-extraction)
);
CREATE INDEX IF NOT EXISTS articles_name ON articles(name);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL, article TEXT, seq INTEGER,
    type TEXT, actor TEXT, place TEXT, name TEXT, lat REAL, lon REAL,
    country TEXT, admin1 TEXT, admin1_code TEXT, admin1_check TEXT,
    precision TEXT, place_id TEXT,
    date TEXT, date_precision TEXT, date_from TEXT, date_to TEXT,
    claimed_by TEXT, claim_kind TEXT, target TEXT, weapon TEXT, confidence REAL,
    evidence TEXT, evidence_start INTEGER, evidence_end INTEGER, candidates TEXT,
    rejected INTEGER NOT NULL DEFAULT 0, reject_reason TEXT, corrected TEXT DEFAULT '',
    incident_id TEXT                -- kept by geo.incident_ids
);
CREATE INDEX IF NOT EXISTS events_province_date ON events(admin1_code, date);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
-- Covers the map's light query (see query_events(columns=...)) in date order: reading
-- 100k located points this way is ~4x faster than through the table rows.
CREATE INDEX IF NOT EXISTS events_map ON events(date, event_id, precision, lat, lon, type,
    admin1_code, country, rejected);
CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date);
CREATE INDEX IF NOT EXISTS events_actor ON events(actor);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE TABLE IF NOT EXISTS non_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL, article TEXT, seq INTEGER,
    evidence TEXT, reason TEXT, actor TEXT, place TEXT, date TEXT,
    evidence_start INTEGER, evidence_end INTEGER
);
CREATE INDEX IF NOT EXISTS non_events_article ON non_events(article_id);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL, article TEXT, field TEXT NOT NULL,
    value TEXT, old_value TEXT, note TEXT, user TEXT, created_at TEXT,
    -- the corrected event's identity (schema 2), to re-attach the correction when a
    -- re-extraction produces its event under another id (geo.identity.reattach)
    event_type TEXT, evidence TEXT, place TEXT
);
CREATE INDEX IF NOT EXISTS corrections_event ON corrections(event_id);
CREATE INDEX IF NOT EXISTS corrections_article ON corrections(article);
CREATE TABLE IF NOT EXISTS provinces (
    admin1_code TEXT PRIMARY KEY, admin1 TEXT, country TEXT
);
"""

EVENT_COLUMNS = (
    "event_id", "article_id", "article", "seq", "type", "actor", "place", "name", "lat", "lon",
    "country", "admin1", "admin1_code", "admin1_check", "precision", "place_id",
    "date", "date_precision", "date_from", "date_to", "claimed_by", "claim_kind",
    "target", "weapon", "confidence", "evidence", "evidence_start", "evidence_end", "candidates",
)
NON_EVENT_COLUMNS = ("article_id", "article", "seq", "evidence", "reason", "actor", "place",
                     "date", "evidence_start", "evidence_end")
# What readers get: event columns (minus bulky ones) plus the article's header.
READ_COLUMNS = tuple(f"e.{c}" for c in EVENT_COLUMNS if c not in ("candidates", "seq")) + (
    "e.rejected", "e.reject_reason", "e.corrected", "e.incident_id",
    "a.title AS title", "a.url AS url", "a.source AS source", "a.published AS published")
READ_EXPR = {c.split(" AS ")[-1].split(".")[-1]: c for c in READ_COLUMNS}   # result name -> SQL
REAL_COLUMNS = ("lat", "lon", "confidence")
# Located point-precision events (the rows a map draws as points).
POINT_SQL = "(e.precision = 'point' AND e.lat IS NOT NULL AND e.lon IS NOT NULL)"
# Columns a place correction sets.
PLACE_FIELDS = ("name", "lat", "lon", "country", "admin1", "admin1_code", "precision", "place_id")


MIGRATION = """
CREATE INDEX IF NOT EXISTS articles_key ON articles(key);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
"""


BUSY_MESSAGE = ("the event store is busy: another process has been writing to it for more than "
                "{:g} s. Try again when it has finished (STRIKEMAP_BUSY_TIMEOUT sets the wait)")


def store_error(exc: sqlite3.Error, path=None) -> StoreError:
    """One clear StoreError for an SQLite failure (no file paths: pages show these)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreBusy(BUSY_MESSAGE.format(settings.store_busy_seconds()))
    if "full" in text or "disk i/o" in text or "too big" in text:
        return StoreFull("the disk holding the event store is full (or a file size limit was reached): "
                         "nothing more was saved; free some space and run again")
    if "readonly" in text or "read-only" in text:
        return StoreReadOnly("the event store is read-only here (file or folder not writable): "
                             "reading works, saving does not")
    if "malformed" in text or "not a database" in text:
        return StoreError("the event store file is not a valid SQLite database (or is damaged)")
    return StoreError(f"the event store failed: {exc}")


def _retry_locked(action, db=None, seconds: float | None = None):
    """Run ``action``, retrying while SQLite reports the database locked/busy."""
    seconds = settings.store_busy_seconds() if seconds is None else seconds
    deadline = time.monotonic() + seconds
    delay = 0.01
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if db is not None and db.in_transaction:
                db.execute("ROLLBACK")
            if time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class SQLiteStore:
    """The event store in one SQLite file. Safe to share between threads."""

    def __init__(self, path: str | Path | None = None, read_only: bool | None = None) -> None:
        from clitools import show
        self.path = Path(path) if path else settings.db_path()
        self._lock = threading.RLock()          # the writer connection
        self._pending: list | None = None       # windows to regroup at the end of batch()
        self._idle: queue.SimpleQueue = queue.SimpleQueue()   # idle reader connections
        self._closed = False
        self.read_only = bool(read_only) if read_only is not None else (
            self.path.exists() and not (os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)))
        if self.path.is_dir():
            raise StoreError(f"{show(self.path)} is a folder, not an event store file")
        if not self.read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the event store in {show(self.path.parent)}: "
                                 f"{exc.strerror or exc}") from None
            if not self.path.exists() and not os.access(self.path.parent, os.W_OK):
                raise StoreError(f"cannot create the event store in {show(self.path.parent)}: "
                                 "the folder is not writable")
        try:
            try:
                self._open()
            except sqlite3.Error as exc:
                raise store_error(exc) from None
        except StoreReadOnly:
            if self.read_only or not self.path.exists():
                raise
            self.read_only = True         # e.g. a read-only file system: read what is there
            self._db.close()
            self._open()
        # Identity of this database file (a new file at the same path gets another):
        # with ``revision()`` it keys caches of derived data (geo.layer's incidents).
        try:
            uid = self._one("SELECT value FROM meta WHERE key = 'uid'")
        except sqlite3.Error as exc:
            raise store_error(exc) from None
        self.uid = f"{self.path}#{uid[0] if uid else 'none'}"
        try:
            if not self.read_only:      # schema 4: stored incident ids (at once when already there)
                self._ensure_incident_ids()
            elif "incident_id" not in {r[1] for r in self._db.execute("PRAGMA table_info(events)")}:
                # an older file (schema < 4): readers need the stored incident ids. Upgraded
                # once when it can be written (a read-only open of it then writes, once).
                if os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK):
                    self._db.close()
                    self.read_only = False
                    self._open()
                    self._ensure_incident_ids()
                    return
                self.close()
                raise StoreError("the event store was written by an older Strikemap (no stored incident "
                                 "ids) and cannot be upgraded here because it is read-only: open it once "
                                 "where it can be written (e.g. `python -m geo stats` as its owner)")
        except sqlite3.Error as exc:
            raise store_error(exc) from None

    def _open(self) -> None:
        busy = settings.store_busy_seconds()
        if self.read_only:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            self._connect = lambda: _with_fold(sqlite3.connect(uri, uri=True, timeout=busy, isolation_level=None,
                                                               check_same_thread=False))
            self._db = self._connect()
            try:
                self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                # a WAL database in a folder we cannot write (no -shm to create): nobody can
                # write it either, so read it as an immutable file
                self._db.close()
                frozen = f"{self.path.resolve().as_uri()}?immutable=1"
                self._connect = lambda: _with_fold(sqlite3.connect(frozen, uri=True, isolation_level=None,
                                                                   check_same_thread=False))
                self._db = self._connect()
            return

        def connect():
            db = sqlite3.connect(self.path, timeout=busy, isolation_level=None, check_same_thread=False)
            db.execute(f"PRAGMA busy_timeout={int(busy * 1000)}")
            return _with_fold(db)
        self._connect = connect
        try:
            self._db = connect()
        except sqlite3.Error as exc:
            raise store_error(exc) from None
        try:
            if self._current_schema():
                return              # nothing to create or migrate: open without taking the write lock
            # Switching to WAL and creating the schema can meet another process doing
            # the same on a new file; SQLite then answers "locked" without waiting.
            _retry_locked(lambda: self._db.execute("PRAGMA journal_mode=WAL"))
            self._db.execute("PRAGMA synchronous=NORMAL")
            with self._lock:
                _retry_locked(lambda: self._db.executescript(
                    f"BEGIN IMMEDIATE;{SCHEMA}INSERT OR IGNORE INTO meta VALUES "
                    f"('schema_version', '{SCHEMA_VERSION}');"
                    "INSERT OR IGNORE INTO meta VALUES ('revision', '0');"
                    "INSERT OR IGNORE INTO meta VALUES ('uid', lower(hex(randomblob(16))));COMMIT;"), self._db)
                _retry_locked(self._migrate, self._db)
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise store_error(exc) from None

    def _current_schema(self) -> bool:
        """True when the file is already a WAL store of this schema version (a plain read)."""
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            mode = self._db.execute("PRAGMA journal_mode").fetchone()[0]
        except sqlite3.OperationalError:
            return False
        return bool(row) and row[0] == str(SCHEMA_VERSION) and mode == "wal"

    def _migrate(self) -> None:
        """Bring a store written by an older version up to ``SCHEMA_VERSION``, in one
        transaction (another process migrating at once waits, then sees it done)."""
        def version() -> int:
            return int(self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])
        if version() < SCHEMA_VERSION:
            with self._tx() as db:
                if version() < 2:
                    _migrate_v2(db)
                if version() < 3 or "key" not in {r[1] for r in db.execute("PRAGMA table_info(articles)")}:
                    _migrate_v3(db)         # (branch scale's own schema 3 had incident ids, no key)
                db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))
        for stmt in MIGRATION.strip().split(";"):          # indexes on columns older files lacked
            if stmt.strip():
                self._db.execute(stmt)

    def _ensure_incident_ids(self) -> None:
        """Stored incident ids (schema 4): a file without them gets them once."""
        have = {r[1] for r in self._db.execute("PRAGMA table_info(events)")}
        indexed = self._one("SELECT 1 FROM sqlite_master WHERE name = 'events_type_window'")
        if "incident_id" in have and indexed:
            return
        with self._lock:          # not a revision: the data stay the same
            db = self._db
            _retry_locked(lambda: db.execute("BEGIN IMMEDIATE"), db)
            try:
                if "incident_id" not in {r[1] for r in db.execute("PRAGMA table_info(events)")}:
                    db.execute("ALTER TABLE events ADD COLUMN incident_id TEXT")
                db.execute("INSERT OR IGNORE INTO meta VALUES ('max_window', '0')")
                for sql in _incident_ids.INDEXES:
                    db.execute(sql)
                _incident_ids.regroup_all(_idb(db))
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # -- plumbing ------------------------------------------------------------
    @contextmanager
    def _tx(self):
        """One write transaction, taken immediately (so concurrent writers queue).
        SQLite failures (busy, disk full, read-only) become one clear StoreError."""
        if self.read_only:
            raise StoreReadOnly("the event store is open read-only (file or folder not writable): "
                                "reading works, saving does not")
        with self._lock:
            if self._pending is not None:         # inside batch(): part of its transaction
                yield self._db
                return
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise store_error(exc) from None
            before = self._db.total_changes
            try:
                yield self._db
                if self._db.total_changes != before:
                    self._db.execute(
                        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
                self._db.execute("COMMIT")
            except BaseException as exc:
                if self._db.in_transaction:
                    try:
                        self._db.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                if isinstance(exc, sqlite3.Error):
                    raise store_error(exc) from None
                raise

    @contextmanager
    def _reading(self):
        """A connection of its own for one read: readers never wait for each other or for
        the writer (WAL), so one session's slow query or save does not stall another's map."""
        try:
            db = self._idle.get_nowait()
        except queue.Empty:
            try:
                db = self._connect()
            except sqlite3.Error as exc:
                raise store_error(exc) from None
        try:
            yield db
        except sqlite3.Error as exc:
            raise store_error(exc) from None
        finally:
            if self._closed:
                db.close()
            else:
                self._idle.put(db)

    def _read(self, sql: str, params: Sequence = (), chunk: int = 100_000) -> pd.DataFrame:
        """Query result as a DataFrame, fetched in chunks so that large results
        never hold all rows as Python tuples at once."""
        with self._reading() as db:
            parts = list(pd.read_sql_query(sql, db, params=list(params), chunksize=chunk))
            if not parts:
                return pd.read_sql_query(sql + " LIMIT 0", db, params=list(params))
        return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)

    def _one(self, sql: str, params: Sequence = ()):
        with self._reading() as db:
            return db.execute(sql, list(params)).fetchone()

    def close(self) -> None:
        self._closed = True
        with self._lock:
            self._db.close()
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                break

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    # -- ingest --------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE id=?", (article_id,)) is not None

    def ingest_article(self, article, reextract: bool = False) -> IngestResult:
        """Extract events from a parsed Article and store them (idempotent)."""
        return _ingest.ingest_article(self, article, reextract=reextract)

    def ingest_paths(self, paths: Iterable, progress: Progress | None = None) -> IngestSummary:
        """Ingest files and folders; bad files are reported in ``errors`` and skipped."""
        return _ingest.ingest_paths(self, paths, progress=progress)

    def ensure_seeded(self, progress: Progress | None = None) -> IngestSummary | None:
        """Ingest ``settings.articles_dir()`` when the store holds no article yet
        (``progress(done, total, file name)`` is called as it goes)."""
        if self._one("SELECT 1 FROM articles LIMIT 1") is not None:
            return None
        folder = settings.articles_dir()
        if not folder.is_dir():
            return IngestSummary(errors=[f"{folder}: no sample articles folder"])
        return self.ingest_paths([folder], progress=progress)

    def save_extraction(self, article, events: Sequence, non_events: Sequence,
                        reextract: bool = False) -> IngestResult:
        """Store one article with its events in one transaction.

        An article is known by ``article.key`` (its URL, else its text), and a file by its
        path. Same input already stored: nothing changes ("unchanged") unless ``reextract``.
        The same article or file with another input (text, header, a date given from
        outside): it and its events are replaced ("replaced", and ``note`` says what replaced
        what). Corrections are re-applied to the new rows. The article's
        corrections are re-attached to the new rows (``geo.identity.reattach``) and re-applied;
        ``orphaned`` in the result counts those whose evidence sentence is gone (kept, not applied).
        """
        key = _article_key(article)
        path = getattr(article, "path", "") or ""
        if not reextract:           # already stored as it is: answer without the write lock
            seen = self._one("SELECT n_events, n_non_events, path FROM articles WHERE id=?", (article.id,))
            if seen and (seen[2] or not os.path.isabs(path)):
                note = f"same article as {seen[2]}" if seen[2] and path and seen[2] != path else ""
                return IngestResult(article.id, article.name, seen[0], seen[1], UNCHANGED, note=note)
        with self._tx() as db:
            existing = db.execute("SELECT n_events, n_non_events, path FROM articles WHERE id=?",
                                  (article.id,)).fetchone()
            if existing and not reextract:
                if path and os.path.isabs(path) and not existing[2]:
                    db.execute("UPDATE articles SET path=? WHERE id=?", (path, article.id))
                note = (f"same article as {existing[2]}" if existing[2] and path and existing[2] != path
                        else "")
                return IngestResult(article.id, article.name, existing[0], existing[1], UNCHANGED, note=note)
            olds = db.execute(
                "SELECT id, name, path, published, event_ns, key FROM articles WHERE key=? OR id=?"
                + (" OR path=?" if os.path.isabs(path) else "") + " ORDER BY key=? DESC",
                (key, article.id, *([path] if os.path.isabs(path) else []), key)).fetchall()
            namespace = next((o[4] for o in olds if o[5] == key and o[4]), None) or key
            rows = _ingest.event_rows(article, events, namespace=namespace)
            ne_rows = _ingest.non_event_rows(article, non_events)
            old_event_ids = [r[0] for old in olds for r in db.execute(
                "SELECT event_id FROM events WHERE article_id=?", (old[0],))]
            before = [w for old in olds for w in _incident_ids.seeds(_idb(db), "article_id = ?", (old[0],))]
            for old in olds:
                db.execute("DELETE FROM events WHERE article_id=?", (old[0],))
                db.execute("DELETE FROM non_events WHERE article_id=?", (old[0],))
                db.execute("DELETE FROM articles WHERE id=?", (old[0],))
            db.execute(
                "INSERT INTO articles (id, name, url, title, published, source, body, ingested_at,"
                " warnings, n_events, n_non_events, key, path, event_ns)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (article.id, article.name, article.url, article.title,
                 article.published.isoformat() if article.published else None,
                 article.source, article.body, _now(), json.dumps(article.warnings),
                 len(rows), len(ne_rows), key, path or None, namespace))
            self._insert_events(db, rows)
            db.executemany(
                f"INSERT INTO non_events ({','.join(NON_EVENT_COLUMNS)}) "
                f"VALUES ({','.join('?' * len(NON_EVENT_COLUMNS))})",
                [tuple(r[c] for c in NON_EVENT_COLUMNS) for r in ne_rows])
            orphaned = self._reattach_corrections(db, article.name, rows, old_event_ids)
            _incident_ids.after_write(_idb(db), before, "article_id = ?", (article.id,), self._pending)
        status = REPLACED if olds else ADDED
        return IngestResult(article.id, article.name, len(rows), len(ne_rows), status, orphaned=orphaned,
                            note=_replacement_note(article, path, olds, reextract))

    def save_batch(self, entries: Sequence, reextract: bool = False) -> list[IngestResult]:
        """Many (article, events, non_events, prepared | None) in order, as ``save_extraction``
        one by one would store them, in one transaction (``geo.bulk``: new articles together)."""
        if self._pending is None:
            with self.batch():
                return _bulk.save_batch(self, entries, reextract)
        return _bulk.save_batch(self, entries, reextract)

    @staticmethod
    def _bulk_db(db) -> _incident_ids.Db:
        return _idb(db)

    def _insert_new(self, db, picked: list) -> None:
        """New articles (``geo.bulk.plan``) with their prepared rows: plain inserts."""
        now = _now()
        db.executemany(
            "INSERT INTO articles (id, name, url, title, published, source, body, ingested_at,"
            " warnings, n_events, n_non_events, key, path, event_ns) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, a.name, a.url, a.title, a.published.isoformat() if a.published else None, a.source,
              a.body, now, json.dumps(a.warnings), len(p.rows), len(p.ne_rows), p.key,
              getattr(a, "path", "") or None, p.key) for a, p in picked])
        self._insert_events(db, [r for _a, p in picked for r in p.rows])
        db.executemany(
            f"INSERT INTO non_events ({','.join(NON_EVENT_COLUMNS)}) "
            f"VALUES ({','.join('?' * len(NON_EVENT_COLUMNS))})",
            [tuple(r[c] for c in NON_EVENT_COLUMNS) for _a, p in picked for r in p.ne_rows])

    def bulk_load(self, batch: Iterable[tuple]) -> int:
        """Load many (article, events) pairs in ONE transaction, without the
        replace/correction logic (for benchmarks and migrations). Returns events."""
        total = 0
        with self._tx() as db:
            for article, events in batch:
                rows = _ingest.event_rows(article, events, check_provinces=False,
                                          namespace=_article_key(article))
                db.execute(
                    "INSERT OR REPLACE INTO articles (id, name, url, title, published, source, body,"
                    " ingested_at, warnings, n_events, n_non_events, key, path, event_ns)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?)",
                    (article.id, article.name, article.url, article.title,
                     article.published.isoformat() if article.published else None,
                     article.source, article.body, _now(), "[]", len(rows),
                     _article_key(article), getattr(article, "path", "") or None, _article_key(article)))
                self._insert_events(db, rows)
                total += len(rows)
            _incident_ids.regroup_all(_idb(db))
        return total

    @staticmethod
    def _insert_events(db, rows: list[dict]) -> None:
        db.executemany(
            f"INSERT OR REPLACE INTO events ({','.join(EVENT_COLUMNS)}) "
            f"VALUES ({','.join('?' * len(EVENT_COLUMNS))})",
            [tuple(r[c] for c in EVENT_COLUMNS) for r in rows])
        db.executemany("INSERT OR IGNORE INTO provinces VALUES (?,?,?)",
                       {(r["admin1_code"], r["admin1"], r["country"])
                        for r in rows if r["admin1_code"]})

    # -- corrections ---------------------------------------------------------
    def correct(self, event_id: str, field: str, value, note: str = "",
                user: str = "analyst") -> None:
        """Correct one field (place, date, type, actor) of an event; kept as audit trail."""
        if field not in CORRECTABLE:
            raise StoreError(f"cannot correct {field!r}: choose one of {', '.join(CORRECTABLE)}")
        current = self.event(event_id)
        changes = _correction_changes(field, value, current)
        old = {k: current.get(k) for k in changes}
        self._record(current, field, changes, old, note, user)

    def reject(self, event_id: str, reason: str = "", user: str = "analyst") -> None:
        """Mark an event as wrong; it leaves maps and exports but stays in the store."""
        current = self.event(event_id)
        self._record(current, "rejected",
                     {"rejected": 1, "reject_reason": reason},
                     {"rejected": current["rejected"], "reject_reason": current["reject_reason"]},
                     reason, user)

    def unreject(self, event_id: str, note: str = "", user: str = "analyst") -> None:
        """Undo a rejection (kept in the audit trail like every correction)."""
        current = self.event(event_id)
        self._record(current, "rejected",
                     {"rejected": 0, "reject_reason": None},
                     {"rejected": current["rejected"], "reject_reason": current["reject_reason"]},
                     note, user)

    def _record(self, current: dict, field, changes: dict, old: dict, note, user) -> None:
        event_id = current["event_id"]
        with self._tx() as db:
            # The event's identity as extracted: an earlier correction of it knows its
            # type before any type correction; else the row is still as extracted.
            known = db.execute("SELECT event_type, evidence, place FROM corrections WHERE event_id=? "
                               "AND evidence IS NOT NULL ORDER BY id LIMIT 1", (event_id,)).fetchone()
            anchor = known or (current.get("type"), current.get("evidence"), current.get("place"))
            db.execute("INSERT INTO corrections (event_id, article, field, value, old_value, note,"
                       " user, created_at, event_type, evidence, place) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       (event_id, current["article"], field, json.dumps(changes), json.dumps(old),
                        note or "", user or "analyst", _now(), *anchor))
            before = _incident_ids.seeds(_idb(db), "event_id = ? AND rejected = 0", (event_id,))
            _apply(db, event_id, field, changes)
            _incident_ids.after_write(_idb(db), before, "event_id = ?", (event_id,), self._pending)

    @contextmanager
    def batch(self, defer: bool = False):
        """Several writes (``save_extraction``...) in ONE transaction, incident ids regrouped
        once at its end: how the batch ingest writes a chunk of articles. ``defer``: their
        windows are noted for ``regroup_deferred`` instead (geo.incident_ids.defer)."""
        with self._tx() as db:
            self._pending = []
            try:
                yield self
                (_incident_ids.defer if defer else _incident_ids.regroup)(_idb(db), self._pending)
            finally:
                self._pending = None

    def regroup_deferred(self) -> int:
        """Regroup the incident windows deferred by ``batch(defer=True)``; ids changed."""
        if not self._one("SELECT 1 FROM meta WHERE key LIKE ?", (_incident_ids.DEFERRED + " %",)):
            return 0
        with self._tx() as db:
            return _incident_ids.regroup_deferred(_idb(db))

    def incident_reports(self, incident_ids: Sequence[str]) -> pd.DataFrame:
        """Every report (not rejected) of these incidents, as ``query_events`` reads them."""
        ids = list(dict.fromkeys(incident_ids))
        if not ids:
            return self.query_events(Filters(date_from="9999-12-31"))
        # One query whatever the number of ids: they travel as one JSON array (json_each).
        return self._read(f"SELECT {', '.join(READ_COLUMNS)} FROM events e JOIN articles a ON a.id = e.article_id"
                          " WHERE e.rejected = 0 AND e.incident_id IN (SELECT value FROM json_each(?))"
                          " ORDER BY e.date, e.event_id", (json.dumps(ids),))

    @staticmethod
    def _reattach_corrections(db, article_name: str, rows: list[dict], old_ids: Sequence[str] = ()) -> int:
        """Re-attach the corrections of an article's events to its new rows and apply them,
        oldest first; returns how many could not be re-attached (kept, not applied).

        An article's corrections: those of its replaced events (``old_ids``), those already
        keyed by a new row's id, and earlier orphans filed under its name that belong to no
        stored event (several articles may share a name: a live one keeps its own)."""
        ids = [r["event_id"] for r in rows]
        cols = "id, event_id, field, value, event_type, evidence, place"
        found = db.execute(
            f"SELECT {cols} FROM corrections WHERE article = ? AND event_id NOT IN "
            "(SELECT event_id FROM events) ORDER BY id", (article_name,)).fetchall()
        wanted = list(dict.fromkeys(list(ids) + list(old_ids)))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            found += db.execute(
                f"SELECT {cols} FROM corrections WHERE event_id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
        found = list({r[0]: r for r in found}.values())
        if not found:
            return 0
        found.sort()
        anchors: dict[str, Anchor] = {}
        for _id, event_id, _f, _v, event_type, evidence, place in found:
            if event_id not in anchors or (anchors[event_id].evidence is None and evidence is not None):
                anchors[event_id] = Anchor(event_id, event_type, evidence, place)
        mapping, _lost = reattach(anchors.values(), rows)
        for old, new in mapping.items():
            if old != new:
                db.execute("UPDATE corrections SET event_id=? WHERE event_id=?", (new, old))
        orphaned = 0
        for _id, event_id, field, value, *_ in found:
            if event_id in mapping:
                _apply(db, mapping[event_id], field, json.loads(value))
            else:
                orphaned += 1
        return orphaned

    def corrections(self, event_id: str | None = None) -> pd.DataFrame:
        """The audit trail, oldest first. ``orphaned`` is true when a re-extraction no
        longer produces the corrected event (the correction is kept, not applied)."""
        sql = ("SELECT c.*, e.event_id IS NULL AS orphaned FROM corrections c "
               "LEFT JOIN events e ON e.event_id = c.event_id")
        params: tuple = ()
        if event_id:
            sql += " WHERE c.event_id=?"
            params = (event_id,)
        out = self._read(sql + " ORDER BY c.id", params)
        out["orphaned"] = out["orphaned"].astype(bool)
        return out

    # -- reading -------------------------------------------------------------
    def event(self, event_id: str) -> dict:
        with self._reading() as db:
            cur = db.execute("SELECT * FROM events WHERE event_id=?", (event_id,))
            row = cur.fetchone()
            if row is None:
                raise StoreError(f"no event with id {event_id!r}")
            out = dict(zip([d[0] for d in cur.description], row))
        out["candidates"] = json.loads(out["candidates"] or "[]")
        return out

    def query_events(self, filters: Filters | None = None, columns: Sequence[str] | None = None,
                     points: bool | None = None) -> pd.DataFrame:
        """Events matching ``filters`` with their article's title/url/source.

        ``columns``: only these (names of the full result; fewer columns read much
        faster, and the articles table is joined only when needed).
        ``points``: True for located point-precision events only, False for the others.
        """
        f = filters or Filters()
        where, params = self._where(f)
        if points is not None:
            where.append(("" if points else "NOT ") + POINT_SQL)
        if columns is None:
            selected = READ_COLUMNS
        else:
            unknown = [c for c in columns if c not in READ_EXPR]
            if unknown:
                raise StoreError(f"unknown column(s) {', '.join(unknown)}")
            selected = tuple(READ_EXPR[c] for c in columns)
        sql = f"SELECT {', '.join(selected)} FROM events e"
        if columns is None or f.text or any(READ_EXPR[c].startswith("a.") for c in columns):
            sql += " JOIN articles a ON a.id = e.article_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date, e.event_id"
        return self._read(sql, params) if columns is None else self._read_rows(sql, params)

    def _read_rows(self, sql: str, params: Sequence = ()) -> pd.DataFrame:
        """Like ``_read`` for narrow results: one fetch, REAL columns straight to float arrays."""
        with self._reading() as db:
            cur = db.execute(sql, list(params))
            rows = cur.fetchall()
            names = [d[0] for d in cur.description]
        if not rows:
            return self._read(sql, params)
        data = {}
        for name, values in zip(names, zip(*rows)):
            data[name] = (np.array(values, dtype=float) if name in REAL_COLUMNS
                          else np.array(values, dtype=object))
        return pd.DataFrame(data)

    def _where(self, f: Filters) -> tuple[list[str], list]:
        where: list[str] = []
        params: list = []
        if not f.include_rejected:
            where.append("e.rejected = 0")
        if f.provinces:
            codes = list(f.province_codes) + self._codes_for(f.province_names)
            where.append(f"e.admin1_code IN ({','.join('?' * len(codes))})" if codes else "0")
            params += codes
        if f.countries:
            where.append(f"e.country IN ({','.join('?' * len(f.countries))})")
            params += list(f.countries)
        if f.date_from:
            where.append("e.date >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append("e.date <= ?")
            params.append(f.date_to.isoformat())
        for column, values in (("type", f.types), ("precision", f.precisions)):
            if values:
                where.append(f"e.{column} IN ({','.join('?' * len(values))})")
                params += list(values)
        if f.actors:
            where.append(f"fold(e.actor) IN ({','.join('?' * len(f.actors))})")
            params += [fold(a) for a in f.actors]
        if f.text:
            # one fold() call per row over the fields joined by a unit separator (U+001F)
            fields = ("e.evidence", "e.place", "e.name", "e.actor", "e.target", "e.weapon", "a.title")
            joined = " || char(31) || ".join(f"coalesce({c},'')" for c in fields)
            where.append(f"instr(fold({joined}), ?) > 0")
            params.append(fold(f.text))
        return where, params

    def _codes_for(self, names: Sequence[str]) -> list[str]:
        if not names:
            return []
        lowered = [fold(n) for n in names]
        with self._reading() as db:
            rows = db.execute(
                f"SELECT admin1_code FROM provinces WHERE fold(admin1) IN "
                f"({','.join('?' * len(lowered))})", lowered).fetchall()
        return [r[0] for r in rows]

    def articles(self) -> pd.DataFrame:
        return self._read(
            "SELECT id, name, url, title, published, source, ingested_at, n_events AS events,"
            " n_non_events AS non_events, warnings FROM articles ORDER BY published, name")

    def article(self, article_id: str) -> dict:
        with self._reading() as db:
            cur = db.execute("SELECT * FROM articles WHERE id=? OR name=? ORDER BY id=? DESC",
                                   (article_id, article_id, article_id))
            row = cur.fetchone()
            if row is None:
                raise StoreError(f"no article with id {article_id!r}")
            out = dict(zip([d[0] for d in cur.description], row))
        out["warnings"] = json.loads(out.get("warnings") or "[]")
        return out

    def non_events(self, filters: Filters | None = None) -> pd.DataFrame:
        f = filters or Filters()
        where, params = [], []
        day = "coalesce(n.date, a.published)"
        if f.date_from:
            where.append(f"{day} >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append(f"{day} <= ?")
            params.append(f.date_to.isoformat())
        if f.text:
            where.append("instr(fold(coalesce(n.evidence,'') || char(31) || coalesce(a.title,'')), ?) > 0")
            params.append(fold(f.text))
        sql = ("SELECT n.article_id, n.article, n.evidence, n.reason, n.actor, n.place, n.date,"
               " n.evidence_start, n.evidence_end, a.title, a.url, a.source, a.published"
               " FROM non_events n JOIN articles a ON a.id = n.article_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._read(sql + " ORDER BY a.published, n.article, n.seq", params)

    def span(self) -> tuple[dt.date | None, dt.date | None]:
        """(first, last) date of the events not rejected. Two walks from the ends of the
        date index (what min()/max() with a WHERE would scan: ~20 ms per 100k events)."""
        sql = ("SELECT date FROM events WHERE rejected = 0 AND date IS NOT NULL "
               "ORDER BY date {} LIMIT 1")
        lo, hi = self._one(sql.format("ASC")), self._one(sql.format("DESC"))
        return to_date(lo[0] if lo else None), to_date(hi[0] if hi else None)

    def _distinct(self, column: str, db=None) -> list[str]:
        """Distinct non-null values of an indexed events column, sorted: a skip scan
        (one index seek per value), not a scan of every row."""
        return [r[0] for r in (db or self._db).execute(
            f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM events UNION ALL "
            f"SELECT (SELECT min({column}) FROM events WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL) "
            f"SELECT x FROM v WHERE x IS NOT NULL")]

    def facets(self) -> dict:
        """Values the filters offer. ``provinces``: admin1 codes of the provinces with events,
        sorted by label; ``province_labels``: {code: "Idlib" or "Al Jawf (Yemen)"} (a name
        borne by several provinces names its country, see ``geo.provinces.labels``);
        ``province_names``: {code: admin-1 name}; ``actors``, ``types``: values."""
        from geo import provinces as _provinces
        with self._reading() as db:
            rows = db.execute(
                "SELECT admin1_code, admin1, country FROM provinces WHERE admin1_code IS NOT NULL"
                " AND admin1_code != ''").fetchall()
            actors = [a for a in self._distinct("actor", db) if a != ""]
            types = self._distinct("type", db)
        labels = _provinces.labels(rows)
        codes = sorted(labels, key=lambda c: (fold(labels[c]), c))
        return {"provinces": codes, "province_labels": labels,
                "province_names": {c: n or c for c, n, _cc in rows}, "actors": actors, "types": types}

    def top(self, column: str, limit: int = 10) -> list[tuple[str | None, int]]:
        """Most frequent values of ``column`` (type, admin1, actor, country...) among
        events not rejected, with their counts, computed in SQL."""
        if column not in EVENT_COLUMNS:
            raise StoreError(f"unknown column {column!r}")
        with self._reading() as db:
            return [tuple(r) for r in db.execute(
                f"SELECT {column}, count(*) AS n FROM events WHERE rejected = 0 "
                f"GROUP BY {column} ORDER BY n DESC, {column} LIMIT ?", (int(limit),))]

    def revision(self) -> int:
        """A number that grows with every write (ingest, correction), from any process.
        Cheap: use it as a cache key."""
        return int(self._one("SELECT value FROM meta WHERE key = 'revision'")[0])

    def counts(self) -> dict[str, int]:
        with self._reading() as db:
            q = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
            return {
                "articles": q("SELECT count(*) FROM articles"),
                "events": q("SELECT count(*) FROM events"),
                "rejected": q("SELECT count(*) FROM events WHERE rejected = 1"),
                "non_events": q("SELECT count(*) FROM non_events"),
                "corrections": q("SELECT count(*) FROM corrections"),
            }


def _idb(db) -> _incident_ids.Db:
    return _incident_ids.Db(lambda sql, p: db.execute(sql, p).fetchall(), db.executemany)


_article_key = _ingest.store_key


def _replacement_note(article, path: str, olds: list, reextract: bool) -> str:
    """What a replacement replaced, in words: which file, and what changed."""
    if not olds:
        return ""
    here = path or article.name
    notes = []
    for _id, name, old_path, published, _ns, _key in olds:
        before = old_path or name
        new_day = article.published.isoformat() if article.published else None
        if published != new_day:
            notes.append(f"publication date {published or 'none'} -> {new_day or 'none'}; re-extracted")
        if before != here:
            notes.append(f"{here} replaced {before}")
        elif published == new_day:
            notes.append("re-extracted" if reextract else "text changed; re-extracted")
    return "; ".join(dict.fromkeys(notes))


def _migrate_v2(db) -> None:
    """Schema 1 -> 2 (in the caller's transaction), losing no correction:

    1. ``corrections`` gains ``event_type``, ``evidence``, ``place`` (the event's identity);
    2. every event gets its ``geo.identity`` id (the type as extracted: the old value of
       its first type correction, if any), and its corrections follow it (old id -> new);
    3. corrections whose event no longer exists keep their old id and no identity: they
       stay in the audit trail as orphans, as before.
    """
    have = {r[1] for r in db.execute("PRAGMA table_info(corrections)")}
    for column in ("event_type", "evidence", "place"):
        if column not in have:
            db.execute(f"ALTER TABLE corrections ADD COLUMN {column} TEXT")
    extracted_type: dict[str, str] = {}
    for event_id, old_value in db.execute(
            "SELECT event_id, old_value FROM corrections WHERE field='type' ORDER BY id"):
        if event_id not in extracted_type:
            try:
                extracted_type[event_id] = json.loads(old_value or "{}").get("type")
            except ValueError:
                pass
    rows = db.execute("SELECT event_id, article, type, evidence, place FROM events "
                      "ORDER BY article, seq, event_id").fetchall()
    seen: dict[tuple, int] = {}
    moves = []
    for old, article, type_, evidence, place in rows:
        type_ = extracted_type.get(old) or type_
        key = _identity.event_key(article, type_, evidence, place)
        ordinal = seen.get(key, 0)
        seen[key] = ordinal + 1
        moves.append((old, _identity.event_id(article, type_, evidence, place, ordinal), type_, evidence, place))
    db.execute("CREATE TEMP TABLE IF NOT EXISTS id_moves (old TEXT PRIMARY KEY, new TEXT, type TEXT,"
               " evidence TEXT, place TEXT)")
    db.execute("DELETE FROM id_moves")
    db.executemany("INSERT INTO id_moves VALUES (?,?,?,?,?)", moves)
    db.execute("UPDATE corrections SET event_type = m.type, evidence = m.evidence, place = m.place,"
               " event_id = m.new FROM id_moves m WHERE corrections.event_id = m.old")
    db.execute("UPDATE events SET event_id = '~' || m.new FROM id_moves m WHERE events.event_id = m.old")
    db.execute("UPDATE events SET event_id = substr(event_id, 2) WHERE event_id LIKE '~%'")
    db.execute("DROP TABLE id_moves")


def _migrate_v3(db) -> None:
    """Schema 2 -> 3 (in the caller's transaction): articles get their identity (``key``: URL
    or text), provenance (``path``, unknown for older articles) and event-id namespace
    (``event_ns``: their name, which their event ids already hash, so every event keeps its
    id and every correction stays attached)."""
    from events.article import article_key
    cols = {r[1] for r in db.execute("PRAGMA table_info(articles)")}
    for col in ("key", "path", "event_ns"):
        if col not in cols:
            db.execute(f"ALTER TABLE articles ADD COLUMN {col} TEXT")
    rows = db.execute("SELECT id, url, body, name, title, source FROM articles WHERE key IS NULL").fetchall()
    db.executemany("UPDATE articles SET key = ?, event_ns = coalesce(event_ns, ?) WHERE id = ?",
                   [(article_key(url or "", body or "", title or "", source or ""), name, aid)
                    for aid, url, body, name, title, source in rows])


def _with_fold(db):
    """Text filters fold case in Python on both sides (SQLite's lower() folds ASCII only)."""
    db.create_function("fold", 1, fold, deterministic=True)
    return db


def _correction_changes(field: str, value, current: dict) -> dict:
    """Concrete column values for a correction (resolved once, so replays are stable)."""
    if field == "type":
        value = str(value).strip().lower()
        if value not in EVENT_TYPES:
            raise StoreError(f"type must be one of {', '.join(EVENT_TYPES)}, not {value!r}")
        return {"type": value}
    if field == "actor":
        return {"actor": str(value).strip() or None}
    if field == "date":
        if isinstance(value, dict):
            day = to_date(value.get("date"))
            lo = to_date(value.get("date_from")) or day
            hi = to_date(value.get("date_to")) or day
            prec = value.get("date_precision") or ("day" if lo == hi else "approx")
        else:
            day = to_date(value)
            lo = hi = day
            prec = "day"
        if day is None:
            raise StoreError("a date correction needs a date (YYYY-MM-DD)")
        return {"date": day.isoformat(), "date_from": lo.isoformat(), "date_to": hi.isoformat(),
                "date_precision": prec}
    if field == "place":
        return _ingest.place_changes(value, current)
    raise StoreError(f"cannot correct {field!r}")


def _apply(db, event_id: str, field: str, changes: dict) -> None:
    if not changes:
        return
    sets = ", ".join(f"{k} = ?" for k in changes)
    params = list(changes.values())
    if field != "rejected":
        sets += (", corrected = CASE WHEN instr(',' || corrected || ',', ',' || ? || ',') > 0 "
                 "THEN corrected WHEN corrected = '' THEN ? ELSE corrected || ',' || ? END")
        params += [field, field, field]
    db.execute(f"UPDATE events SET {sets} WHERE event_id = ?", params + [event_id])
    if "admin1_code" in changes and changes.get("admin1_code"):
        db.execute("INSERT OR IGNORE INTO provinces VALUES (?,?,?)",
                   (changes["admin1_code"], changes.get("admin1"), changes.get("country")))
