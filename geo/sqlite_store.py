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
from geo import identity as _identity
from geo import incident_ids as _incident_ids
from geo import ingest as _ingest
from geo.filters import Filters, fold, to_date
from geo.identity import Anchor, reattach
from geo.store import (ADDED, CORRECTABLE, REPLACED, UNCHANGED, IngestResult,
                       IngestSummary, Progress, StoreError)

# 1: first schema. 2: event ids from geo.identity (article, extracted type, evidence, place
# as written) and the corrections remember their event's identity (see ``_migrate_v2``).
# 3: events.incident_id kept in the store (geo.incident_ids), added to older files at open.
SCHEMA_VERSION = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,            -- content hash
    name TEXT NOT NULL,             -- file name without extension: identity across edits
    url TEXT, title TEXT, published TEXT, source TEXT, body TEXT,
    ingested_at TEXT, warnings TEXT,
    n_events INTEGER DEFAULT 0, n_non_events INTEGER DEFAULT 0
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


def _retry_locked(action, db=None, seconds: float = 60.0):
    """Run ``action``, retrying while SQLite reports the database locked/busy."""
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

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else settings.db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._pending: list | None = None       # windows to regroup at the end of batch()
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None,
                                   check_same_thread=False)
        self._db.execute("PRAGMA busy_timeout=60000")
        # Text filters fold case in Python on both sides (SQLite's lower() folds ASCII only).
        self._db.create_function("fold", 1, fold, deterministic=True)
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
        # Identity of this database file (a new file at the same path gets another):
        # with ``revision()`` it keys caches of derived data (geo.layer's incidents).
        uid = self._one("SELECT value FROM meta WHERE key = 'uid'")[0]
        self.uid = f"{self.path}#{uid}"
        self._migrate()
        self._ensure_incident_ids()

    # -- migrations ----------------------------------------------------------
    def _migrate(self) -> None:
        """Bring a store written by an older version up to ``SCHEMA_VERSION``, in one
        transaction per step (another process migrating at once waits, then sees it done)."""
        def version() -> int:
            return int(self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])
        if version() >= SCHEMA_VERSION:
            return
        with self._tx() as db:
            if version() < 2:
                _migrate_v2(db)
            db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))

    def _ensure_incident_ids(self) -> None:
        """Stored incident ids (schema 3): a file without them gets them once."""
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
        """One write transaction, taken immediately (so concurrent writers queue)."""
        with self._lock:
            if self._pending is not None:         # inside batch(): part of its transaction
                yield self._db
                return
            self._db.execute("BEGIN IMMEDIATE")
            before = self._db.total_changes
            try:
                yield self._db
                if self._db.total_changes != before:
                    self._db.execute(
                        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _read(self, sql: str, params: Sequence = (), chunk: int = 100_000) -> pd.DataFrame:
        """Query result as a DataFrame, fetched in chunks so that large results
        never hold all rows as Python tuples at once."""
        with self._lock:
            parts = list(pd.read_sql_query(sql, self._db, params=list(params), chunksize=chunk))
            if not parts:
                return pd.read_sql_query(sql + " LIMIT 0", self._db, params=list(params))
        return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)

    def _one(self, sql: str, params: Sequence = ()):
        with self._lock:
            return self._db.execute(sql, list(params)).fetchone()

    def close(self) -> None:
        with self._lock:
            self._db.close()

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

    def ensure_seeded(self) -> IngestSummary | None:
        """Ingest ``settings.articles_dir()`` when the store holds no article yet."""
        if self._one("SELECT 1 FROM articles LIMIT 1") is not None:
            return None
        folder = settings.articles_dir()
        if not folder.is_dir():
            return IngestSummary(errors=[f"{folder}: no sample articles folder"])
        return self.ingest_paths([folder])

    def save_extraction(self, article, events: Sequence, non_events: Sequence,
                        reextract: bool = False) -> IngestResult:
        """Store one article with its events in one transaction.

        Same content already stored: nothing changes ("unchanged") unless
        ``reextract``. Another article with the same name: it and its events are
        replaced ("replaced"). The article's corrections are re-attached to the new
        rows (``geo.identity.reattach``) and re-applied; ``orphaned`` in the result
        counts those whose evidence sentence is gone (kept, not applied).
        """
        rows = _ingest.event_rows(article, events)
        ne_rows = _ingest.non_event_rows(article, non_events)
        with self._tx() as db:
            existing = db.execute("SELECT n_events, n_non_events FROM articles WHERE id=?",
                                  (article.id,)).fetchone()
            if existing and not reextract:
                return IngestResult(article.id, article.name, existing[0], existing[1], UNCHANGED)
            old_ids = [r[0] for r in db.execute(
                "SELECT id FROM articles WHERE name=? OR id=?", (article.name, article.id))]
            before = [w for old in old_ids for w in _incident_ids.seeds(_idb(db), "article_id = ?", (old,))]
            for old in old_ids:
                db.execute("DELETE FROM events WHERE article_id=?", (old,))
                db.execute("DELETE FROM non_events WHERE article_id=?", (old,))
                db.execute("DELETE FROM articles WHERE id=?", (old,))
            db.execute(
                "INSERT INTO articles (id, name, url, title, published, source, body, ingested_at,"
                " warnings, n_events, n_non_events) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (article.id, article.name, article.url, article.title,
                 article.published.isoformat() if article.published else None,
                 article.source, article.body, _now(), json.dumps(article.warnings),
                 len(rows), len(ne_rows)))
            self._insert_events(db, rows)
            db.executemany(
                f"INSERT INTO non_events ({','.join(NON_EVENT_COLUMNS)}) "
                f"VALUES ({','.join('?' * len(NON_EVENT_COLUMNS))})",
                [tuple(r[c] for c in NON_EVENT_COLUMNS) for r in ne_rows])
            orphaned = self._reattach_corrections(db, article.name, rows)
            _incident_ids.after_write(_idb(db), before, "article_id = ?", (article.id,), self._pending)
        status = REPLACED if old_ids else ADDED
        return IngestResult(article.id, article.name, len(rows), len(ne_rows), status, orphaned)

    def bulk_load(self, batch: Iterable[tuple]) -> int:
        """Load many (article, events) pairs in ONE transaction, without the
        replace/correction logic (for benchmarks and migrations). Returns events."""
        total = 0
        with self._tx() as db:
            for article, events in batch:
                rows = _ingest.event_rows(article, events, check_provinces=False)
                db.execute(
                    "INSERT OR REPLACE INTO articles (id, name, url, title, published, source, body,"
                    " ingested_at, warnings, n_events, n_non_events) VALUES (?,?,?,?,?,?,?,?,?,?,0)",
                    (article.id, article.name, article.url, article.title,
                     article.published.isoformat() if article.published else None,
                     article.source, article.body, _now(), "[]", len(rows)))
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
    def batch(self):
        """Several writes (``save_extraction``...) in ONE transaction, incident ids regrouped
        once at its end: how the batch ingest writes a chunk of articles."""
        with self._tx() as db:
            self._pending = []
            try:
                yield self
                _incident_ids.regroup(_idb(db), self._pending)
            finally:
                self._pending = None

    def incident_reports(self, incident_ids: Sequence[str]) -> pd.DataFrame:
        """Every report (not rejected) of these incidents, as ``query_events`` reads them."""
        ids = list(dict.fromkeys(incident_ids))
        parts = [self._read(f"SELECT {', '.join(READ_COLUMNS)} FROM events e JOIN articles a ON a.id = e.article_id"
                            f" WHERE e.rejected = 0 AND e.incident_id IN ({','.join('?' * len(chunk))})"
                            " ORDER BY e.date, e.event_id", chunk)
                 for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500))]
        if not parts:
            return self.query_events(Filters(date_from="9999-12-31"))
        out = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
        return out.sort_values(["date", "event_id"], kind="stable", na_position="first").reset_index(drop=True)

    @staticmethod
    def _reattach_corrections(db, article_name: str, rows: list[dict]) -> int:
        """Re-attach the corrections of an article's events to its new rows and apply them,
        oldest first; returns how many could not be re-attached (kept, not applied)."""
        ids = [r["event_id"] for r in rows]
        found = db.execute(
            "SELECT id, event_id, field, value, event_type, evidence, place FROM corrections "
            "WHERE article = ? ORDER BY id", (article_name,)).fetchall()
        for i in range(0, len(ids), 500):        # corrections filed under another article name
            chunk = ids[i:i + 500]
            found += db.execute(
                f"SELECT id, event_id, field, value, event_type, evidence, place FROM corrections "
                f"WHERE event_id IN ({','.join('?' * len(chunk))}) AND article IS NOT ?",
                chunk + [article_name]).fetchall()
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
        with self._lock:
            cur = self._db.execute("SELECT * FROM events WHERE event_id=?", (event_id,))
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
        with self._lock:
            cur = self._db.execute(sql, list(params))
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
        with self._lock:
            rows = self._db.execute(
                f"SELECT admin1_code FROM provinces WHERE fold(admin1) IN "
                f"({','.join('?' * len(lowered))})", lowered).fetchall()
        return [r[0] for r in rows]

    def articles(self) -> pd.DataFrame:
        return self._read(
            "SELECT id, name, url, title, published, source, ingested_at, n_events AS events,"
            " n_non_events AS non_events, warnings FROM articles ORDER BY published, name")

    def article(self, article_id: str) -> dict:
        with self._lock:
            cur = self._db.execute("SELECT * FROM articles WHERE id=? OR name=? ORDER BY id=? DESC",
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

    def _distinct(self, column: str) -> list[str]:
        """Distinct non-null values of an indexed events column, sorted: a skip scan
        (one index seek per value), not a scan of every row."""
        return [r[0] for r in self._db.execute(
            f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM events UNION ALL "
            f"SELECT (SELECT min({column}) FROM events WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL) "
            f"SELECT x FROM v WHERE x IS NOT NULL")]

    def facets(self) -> dict:
        """Values the filters offer. ``provinces``: admin1 codes of the provinces with events,
        sorted by label; ``province_labels``: {code: "Idlib" or "Al Jawf (Yemen)"} (a name
        borne by several provinces names its country, see ``geo.provinces.labels``);
        ``province_names``: {code: admin-1 name}; ``actors``, ``types``: values."""
        from geo import provinces as _provinces
        with self._lock:
            rows = self._db.execute(
                "SELECT admin1_code, admin1, country FROM provinces WHERE admin1_code IS NOT NULL"
                " AND admin1_code != ''").fetchall()
            actors = [a for a in self._distinct("actor") if a != ""]
            types = self._distinct("type")
        labels = _provinces.labels(rows)
        codes = sorted(labels, key=lambda c: (fold(labels[c]), c))
        return {"provinces": codes, "province_labels": labels,
                "province_names": {c: n or c for c, n, _cc in rows}, "actors": actors, "types": types}

    def top(self, column: str, limit: int = 10) -> list[tuple[str | None, int]]:
        """Most frequent values of ``column`` (type, admin1, actor, country...) among
        events not rejected, with their counts, computed in SQL."""
        if column not in EVENT_COLUMNS:
            raise StoreError(f"unknown column {column!r}")
        with self._lock:
            return [tuple(r) for r in self._db.execute(
                f"SELECT {column}, count(*) AS n FROM events WHERE rejected = 0 "
                f"GROUP BY {column} ORDER BY n DESC, {column} LIMIT ?", (int(limit),))]

    def revision(self) -> int:
        """A number that grows with every write (ingest, correction), from any process.
        Cheap: use it as a cache key."""
        return int(self._one("SELECT value FROM meta WHERE key = 'revision'")[0])

    def counts(self) -> dict[str, int]:
        with self._lock:
            q = lambda sql: self._db.execute(sql).fetchone()[0]  # noqa: E731
            return {
                "articles": q("SELECT count(*) FROM articles"),
                "events": q("SELECT count(*) FROM events"),
                "rejected": q("SELECT count(*) FROM events WHERE rejected = 1"),
                "non_events": q("SELECT count(*) FROM non_events"),
                "corrections": q("SELECT count(*) FROM corrections"),
            }


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
