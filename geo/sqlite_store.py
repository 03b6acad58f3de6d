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
from geo import identity as _identity
from geo import incident_ids as _incident_ids
from geo import ingest as _ingest
from geo.filters import Filters, fold, to_date
from geo.sql_store import (ARTICLE_COLUMNS, EVENT_COLUMNS, INSERT_PROVINCE, NON_EVENT_COLUMNS,  # noqa: F401
                           READ_COLUMNS, REAL_COLUMNS, Dialect, SqlStore, article_row, now)
from geo.store import StoreBusy, StoreError, StoreFull, StoreReadOnly

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


SQLITE = Dialect(placeholder="?", fold="fold", fold_value=fold, find="instr", char="char",
                 nulls_first="", for_update="")


class SQLiteStore(SqlStore):
    """The event store in one SQLite file. Safe to share between threads."""

    dialect = SQLITE

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

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    @staticmethod
    def _many(db, sql: str, rows: list) -> None:
        db.executemany(sql, rows)

    @staticmethod
    def _idb(db) -> _incident_ids.Db:
        return _idb(db)

    # -- writing many --------------------------------------------------------
    def _insert_new(self, db, picked: list) -> None:
        """New articles (``geo.bulk.plan``) with their prepared rows: plain inserts."""
        at = now()
        db.executemany(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                       f"VALUES ({','.join('?' * len(ARTICLE_COLUMNS))})",
                       [article_row(a, len(p.rows), len(p.ne_rows), p.key, p.key, at) for a, p in picked])
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
                key = _ingest.store_key(article)
                rows = _ingest.event_rows(article, events, check_provinces=False, namespace=key)
                db.execute(f"INSERT OR REPLACE INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                           f"VALUES ({','.join('?' * len(ARTICLE_COLUMNS))})",
                           article_row(article, len(rows), 0, key, key, now(), warnings="[]"))
                self._insert_events(db, rows)
                total += len(rows)
            _incident_ids.regroup_all(_idb(db))
        return total

    def _insert_events(self, db, rows: list[dict]) -> None:
        db.executemany(
            f"INSERT OR REPLACE INTO events ({','.join(EVENT_COLUMNS)}) "
            f"VALUES ({','.join('?' * len(EVENT_COLUMNS))})",
            [tuple(r[c] for c in EVENT_COLUMNS) for r in rows])
        db.executemany(INSERT_PROVINCE, {(r["admin1_code"], r["admin1"], r["country"])
                                         for r in rows if r["admin1_code"]})

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

    def incident_reports(self, incident_ids: Sequence[str]) -> pd.DataFrame:
        """Every report (not rejected) of these incidents, as ``query_events`` reads them."""
        ids = list(dict.fromkeys(incident_ids))
        if not ids:
            return self.query_events(Filters(date_from="9999-12-31"))
        # One query whatever the number of ids: they travel as one JSON array (json_each).
        return self._read(f"SELECT {', '.join(READ_COLUMNS)} FROM events e JOIN articles a ON a.id = e.article_id"
                          " WHERE e.rejected = 0 AND e.incident_id IN (SELECT value FROM json_each(?))"
                          " ORDER BY e.date, e.event_id", (json.dumps(ids),))

    # -- reading -------------------------------------------------------------
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

    def span(self) -> tuple[dt.date | None, dt.date | None]:
        """(first, last) date of the events not rejected. Two walks from the ends of the
        date index (what min()/max() with a WHERE would scan: ~20 ms per 100k events)."""
        sql = ("SELECT date FROM events WHERE rejected = 0 AND date IS NOT NULL "
               "ORDER BY date {} LIMIT 1")
        lo, hi = self._one(sql.format("ASC")), self._one(sql.format("DESC"))
        return to_date(lo[0] if lo else None), to_date(hi[0] if hi else None)


def _idb(db) -> _incident_ids.Db:
    return _incident_ids.Db(lambda sql, p: db.execute(sql, p).fetchall(), db.executemany)


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

