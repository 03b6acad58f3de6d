"""PostgreSQL + PostGIS implementation of the event store (the team store).

Chosen by ``STRIKEMAP_DB=postgresql://user@host/db``. The same ``EventStore`` as the
SQLite file, for a team: many analysts correcting and reading while an ingest runs.

- Geometry in PostGIS: each event's point is a generated column (in step with lat/lon,
  corrections included), GiST-indexed; admin-1 polygons (data/boundaries) are loaded
  into ``province_shapes`` and are the geometry of province-level events (view
  ``event_shapes``). The province filter: a report carrying the province's code (given
  at ingest from the same polygons), or a located point without a province that
  ``ST_Intersects`` the province's polygon (of its own country).
- Schema: numbered files in geo/migrations/pg (001_init.sql ...). A new database gets
  them all; a database of an older schema is refused with a clear message until
  ``python -m geo migrate`` upgrades it.
- Concurrency: one transaction per article (a reader sees the old or the new article,
  never half: PostgreSQL's snapshots), a correction locks its event row (two analysts
  correcting one event queue; both corrections are in the audit trail, the last one
  wins on the value).
- Connection failures, wrong credentials, a missing database or PostGIS each raise
  ``StoreUnavailable`` with one clear message.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import urlsplit, urlunsplit

import numpy as np
import pandas as pd

from geo import bulk as _bulk
from geo import incident_ids as _incident_ids
from geo import ingest as _ingest
from geo.filters import Filters, to_date
from geo.identity import Anchor, reattach
from geo.sqlite_store import (EVENT_COLUMNS, NON_EVENT_COLUMNS, READ_COLUMNS, READ_EXPR, REAL_COLUMNS,
                              _article_key, _correction_changes, _replacement_note)
from geo.store import (ADDED, CORRECTABLE, REPLACED, UNCHANGED, IngestResult, IngestSummary, Progress,
                       StoreError, StoreUnavailable)

MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "pg"
POINT_SQL = "(e.precision = 'point' AND e.lat IS NOT NULL AND e.lon IS NOT NULL)"
_LOCK_KEY = 7_242_301          # advisory lock: one process creates or migrates the schema


def migrations() -> list[tuple[int, Path]]:
    """(number, file) of every migration, in order."""
    out = []
    for f in MIGRATIONS.glob("*.sql"):
        m = re.match(r"(\d+)_", f.name)
        if m:
            out.append((int(m.group(1)), f))
    return sorted(out)


SCHEMA_VERSION = migrations()[-1][0]


def is_url(target) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The url without its password (for messages and ``store.path``)."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _connect_error(url: str, exc: Exception) -> StoreUnavailable:
    text = str(exc).strip()
    low = text.lower()
    where = redact(url)
    if "password authentication failed" in low or "no password supplied" in low or \
            ("role" in low and "does not exist" in low) or "authentication failed" in low:
        user = urlsplit(url).username or "(default user)"
        return StoreUnavailable(f"PostgreSQL refused the credentials of user {user!r} at {where}: "
                                "check the user name and password in STRIKEMAP_DB")
    if "database" in low and "does not exist" in low:
        name = urlsplit(url).path.lstrip("/") or "(default)"
        return StoreUnavailable(f"the database {name!r} does not exist on the server of {where}: "
                                "create it first (createdb), then enable PostGIS in it")
    first = text.splitlines()[0] if text else type(exc).__name__
    return StoreUnavailable(f"cannot reach PostgreSQL at {where}: is the server running and the "
                            f"address right? ({first})")


class PostgresStore:
    """The event store in a PostgreSQL database with PostGIS. Safe to share between threads."""

    def __init__(self, url: str, migrate: bool = False) -> None:
        try:
            import psycopg
        except ImportError:     # pragma: no cover - pinned in requirements.txt
            raise StoreUnavailable("psycopg is not installed: pip install -r requirements.txt") from None
        self._psycopg = psycopg
        self.url = self.path = url        # as given: caches reopen the store by it
        self.display = redact(url)
        self._lock = threading.RLock()
        self._pending: list | None = None       # windows to regroup at the end of batch()
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise _connect_error(url, exc) from None
        try:
            self._ensure_postgis()
            self._ensure_schema(migrate)
            uid = self._one("SELECT value FROM meta WHERE key = 'uid'")[0]
            oid = self._one("SELECT oid FROM pg_database WHERE datname = current_database()")[0]
        except BaseException:
            self._db.close()
            raise
        # Identity of this data set: a re-created database at the same url gets another.
        self.uid = f"{self.display}#{oid}#{uid}"

    # -- setup ---------------------------------------------------------------
    def _ensure_postgis(self) -> None:
        if self._one("SELECT 1 FROM pg_extension WHERE extname = 'postgis'"):
            return
        psycopg = self._psycopg
        try:
            self._db.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except psycopg.errors.InsufficientPrivilege:
            db = self._one("SELECT current_database(), current_user")
            raise StoreUnavailable(
                f"PostGIS is not enabled in database {db[0]!r} and user {db[1]!r} may not enable it: "
                "ask an administrator to run CREATE EXTENSION postgis in it") from None
        except psycopg.Error as exc:
            raise StoreUnavailable(
                "PostGIS is not installed on the PostgreSQL server at "
                f"{self.display} (Debian: apt-get install postgis): {str(exc).splitlines()[0]}") from None

    def _version(self) -> int | None:
        if not self._one("SELECT to_regclass('meta')")[0]:
            return None
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row[0]) if row else None

    def _ensure_schema(self, migrate: bool) -> None:
        version = self._version()
        if version == SCHEMA_VERSION:
            return
        if version is not None and version > SCHEMA_VERSION:
            raise StoreUnavailable(f"the database at {self.display} has schema {version}, newer than this "
                                   f"Strikemap's {SCHEMA_VERSION}: upgrade Strikemap")
        if version is not None and not migrate:
            raise StoreUnavailable(f"the database at {self.display} has schema {version}, older than this "
                                   f"Strikemap's {SCHEMA_VERSION}: back it up, then run "
                                   "`python -m geo migrate` to upgrade it")
        with self._lock, self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            version = self._version()          # another process may have done it meanwhile
            applied = []
            for number, path in migrations():
                if version is not None and number <= version:
                    continue
                self._db.execute(path.read_text())
                applied.append(number)
                self._db.execute(
                    "INSERT INTO meta VALUES ('schema_version', %s) ON CONFLICT (key) "
                    "DO UPDATE SET value = excluded.value", (str(number),))
            self._db.execute("INSERT INTO meta VALUES ('revision', '0') ON CONFLICT DO NOTHING")
            self._db.execute("INSERT INTO meta VALUES ('uid', md5(random()::text || clock_timestamp()::text))"
                             " ON CONFLICT DO NOTHING")
            if not self._db.execute("SELECT 1 FROM province_shapes LIMIT 1").fetchone():
                self._load_province_shapes()
            if 2 in applied:                   # incident ids of the reports already stored
                _incident_ids.regroup_all(_idb(self._db))
            if 3 in applied:                   # identity of the articles already stored
                _fill_article_keys(self._db)

    def _load_province_shapes(self) -> None:
        try:
            from gazetteer.boundaries import load_admin1
            frame = load_admin1()
        except (ImportError, OSError, ValueError):
            return
        if frame is None or frame.empty:
            return
        import shapely
        rows = []
        for name, code, country, geom in zip(frame["name"], frame["admin1_code"], frame["country"],
                                             frame.geometry):
            if geom is None or geom.is_empty or not code:
                continue
            rows.append((str(code), str(name), str(country), shapely.to_wkb(geom)))
        with self._db.cursor() as cur:
            cur.executemany(
                "INSERT INTO province_shapes VALUES (%s, %s, %s, "
                "ST_Multi(ST_SetSRID(ST_GeomFromWKB(%s), 4326))) ON CONFLICT DO NOTHING", rows)

    # -- plumbing ------------------------------------------------------------
    @contextmanager
    def _tx(self):
        """One write transaction; the revision grows with it (visible at commit)."""
        with self._lock:
            self._unchanged = False
            with self._db.transaction():
                yield self._db
                if not self._unchanged:
                    self._db.execute(
                        "UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'revision'")

    def _read(self, sql: str, params: Sequence = ()) -> pd.DataFrame:
        with self._lock, self._db.cursor() as cur:
            cur.execute(sql, list(params))
            names = [d.name for d in cur.description]
            rows = cur.fetchall()
        return pd.DataFrame.from_records(rows, columns=names, coerce_float=True)

    def _read_rows(self, sql: str, params: Sequence = ()) -> pd.DataFrame:
        """Narrow results: REAL columns straight to float arrays (as SQLiteStore)."""
        with self._lock, self._db.cursor() as cur:
            cur.execute(sql, list(params))
            names = [d.name for d in cur.description]
            rows = cur.fetchall()
        if not rows:
            return pd.DataFrame({n: pd.Series(dtype=float if n in REAL_COLUMNS else object) for n in names})
        data = {}
        for name, values in zip(names, zip(*rows)):
            data[name] = (np.array([np.nan if v is None else v for v in values], dtype=float)
                          if name in REAL_COLUMNS else np.array(values, dtype=object))
        return pd.DataFrame(data)

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
        return f"PostgresStore({self.display!r})"

    # -- ingest --------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE id = %s", (article_id,)) is not None

    def ingest_article(self, article, reextract: bool = False) -> IngestResult:
        return _ingest.ingest_article(self, article, reextract=reextract)

    def ingest_paths(self, paths: Iterable, progress: Progress | None = None) -> IngestSummary:
        return _ingest.ingest_paths(self, paths, progress=progress)

    def ensure_seeded(self, progress: Progress | None = None) -> IngestSummary | None:
        import settings
        if self._one("SELECT 1 FROM articles LIMIT 1") is not None:
            return None
        folder = settings.articles_dir()
        if not folder.is_dir():
            return IngestSummary(errors=[f"{folder}: no sample articles folder"])
        return self.ingest_paths([folder], progress=progress)

    def save_extraction(self, article, events: Sequence, non_events: Sequence,
                        reextract: bool = False) -> IngestResult:
        """One article with its events in one transaction (see SQLiteStore.save_extraction):
        an article is known by its key (URL, else text) and a file by its path; the same
        article or file with another input replaces it, its events keep their namespace and
        its corrections follow them (by the replaced events' ids)."""
        key = _article_key(article)
        path = getattr(article, "path", "") or ""
        absolute = os.path.isabs(path)
        if not reextract:           # already stored as it is: answer without a write lock
            seen = self._one("SELECT n_events, n_non_events, path FROM articles WHERE id = %s", (article.id,))
            if seen and (seen[2] or not absolute):
                note = f"same article as {seen[2]}" if seen[2] and path and seen[2] != path else ""
                return IngestResult(article.id, article.name, seen[0], seen[1], UNCHANGED, note=note)
        with self._tx() as db:
            # Writers of one article (key) or file (path) queue here: transaction-scoped locks,
            # taken in one order.
            for name in sorted({key, path if absolute else ""} - {""}):
                db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (name,))
            existing = db.execute("SELECT n_events, n_non_events, path FROM articles WHERE id = %s",
                                  (article.id,)).fetchone()
            if existing and not reextract:
                if path and absolute and not existing[2]:
                    db.execute("UPDATE articles SET path = %s WHERE id = %s", (path, article.id))
                else:
                    self._unchanged = True
                note = (f"same article as {existing[2]}" if existing[2] and path and existing[2] != path
                        else "")
                return IngestResult(article.id, article.name, existing[0], existing[1], UNCHANGED, note=note)
            olds = db.execute(
                "SELECT id, name, path, published, event_ns, key FROM articles WHERE key = %s OR id = %s"
                + (" OR path = %s" if absolute else "") + " ORDER BY coalesce(key = %s, false) DESC",
                (key, article.id, *([path] if absolute else []), key)).fetchall()
            namespace = next((o[4] for o in olds if o[5] == key and o[4]), None) or key
            rows = _ingest.event_rows(article, events, namespace=namespace)
            ne_rows = _ingest.non_event_rows(article, non_events)
            old_ids = [o[0] for o in olds]
            old_event_ids = [r[0] for r in db.execute(
                "SELECT event_id FROM events WHERE article_id = ANY(%s)", (old_ids,))] if old_ids else []
            before = _incident_ids.seeds(_idb(db), "article_id = ANY(?)", (old_ids,)) if old_ids else []
            if old_ids:
                db.execute("DELETE FROM events WHERE article_id = ANY(%s)", (old_ids,))
                db.execute("DELETE FROM non_events WHERE article_id = ANY(%s)", (old_ids,))
                db.execute("DELETE FROM articles WHERE id = ANY(%s)", (old_ids,))
            db.execute(
                "INSERT INTO articles (id, name, url, title, published, source, body, ingested_at,"
                " warnings, n_events, n_non_events, key, path, event_ns)"
                " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                (article.id, article.name, article.url, article.title,
                 article.published.isoformat() if article.published else None,
                 article.source, article.body, _now(), json.dumps(article.warnings),
                 len(rows), len(ne_rows), key, path or None, namespace))
            self._insert_events(db, rows)
            if ne_rows:
                with db.cursor() as cur:
                    cur.executemany(
                        f"INSERT INTO non_events ({','.join(NON_EVENT_COLUMNS)}) "
                        f"VALUES ({','.join(['%s'] * len(NON_EVENT_COLUMNS))})",
                        [tuple(r[c] for c in NON_EVENT_COLUMNS) for r in ne_rows])
            orphaned = self._reattach_corrections(db, article.name, rows, old_event_ids)
            _incident_ids.after_write(_idb(db), before, "article_id = ?", (article.id,), self._pending)
        return IngestResult(article.id, article.name, len(rows), len(ne_rows),
                            REPLACED if olds else ADDED, orphaned=orphaned,
                            note=_replacement_note(article, path, olds, reextract))

    def save_batch(self, entries: Sequence, reextract: bool = False) -> list[IngestResult]:
        """Many (article, events, non_events, prepared | None) in order, as ``save_extraction``
        one by one would store them, in one transaction (``geo.bulk``: new articles together,
        through COPY)."""
        with self._lock:
            if self._pending is None:
                with self.batch():
                    return _bulk.save_batch(self, entries, reextract)
            return _bulk.save_batch(self, entries, reextract)

    @staticmethod
    def _bulk_db(db) -> _incident_ids.Db:
        return _idb(db)

    def _insert_new(self, db, picked: list) -> None:
        """New articles (``geo.bulk.plan``) with their prepared rows: COPY."""
        now = _now()
        provinces = set()
        with db.cursor() as cur:
            with cur.copy("COPY articles (id, name, url, title, published, source, body, ingested_at,"
                          " warnings, n_events, n_non_events, key, path, event_ns) FROM STDIN") as copy:
                for a, p in picked:
                    copy.write_row((a.id, a.name, a.url, a.title, a.published.isoformat() if a.published else None,
                                    a.source, a.body, now, json.dumps(a.warnings), len(p.rows), len(p.ne_rows),
                                    p.key, getattr(a, "path", "") or None, p.key))
            with cur.copy(f"COPY events ({','.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                for _a, p in picked:
                    for r in p.rows:
                        copy.write_row(tuple(r[c] for c in EVENT_COLUMNS))
                        if r["admin1_code"]:
                            provinces.add((r["admin1_code"], r["admin1"], r["country"]))
            if any(p.ne_rows for _a, p in picked):
                with cur.copy(f"COPY non_events ({','.join(NON_EVENT_COLUMNS)}) FROM STDIN") as copy:
                    for _a, p in picked:
                        for r in p.ne_rows:
                            copy.write_row(tuple(r[c] for c in NON_EVENT_COLUMNS))
            if provinces:
                cur.executemany("INSERT INTO provinces VALUES (%s,%s,%s) ON CONFLICT DO NOTHING",
                                sorted(provinces))

    def bulk_load(self, batch: Iterable[tuple]) -> int:
        """Many (article, events) pairs through COPY, without the replace/correction
        logic (benchmarks, migrations). Returns the number of events."""
        total = 0
        provinces: dict = {}
        with self._tx() as db, db.cursor() as cur:
            arts: list[tuple] = []
            evs: list[tuple] = []

            def flush() -> None:
                with cur.copy("COPY articles (id, name, url, title, published, source, body, ingested_at,"
                              " warnings, n_events, n_non_events, key, path, event_ns) FROM STDIN") as copy:
                    for row in arts:
                        copy.write_row(row)
                with cur.copy(f"COPY events ({','.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                    for row in evs:
                        copy.write_row(row)
                arts.clear()
                evs.clear()

            for article, events in batch:
                key = _article_key(article)
                rows = _ingest.event_rows(article, events, check_provinces=False, namespace=key)
                arts.append((article.id, article.name, article.url, article.title,
                             article.published.isoformat() if article.published else None,
                             article.source, article.body, _now(), "[]", len(rows), 0,
                             key, getattr(article, "path", "") or None, key))
                for r in rows:
                    evs.append(tuple(r[c] for c in EVENT_COLUMNS))
                    if r["admin1_code"]:
                        provinces[r["admin1_code"]] = (r["admin1"], r["country"])
                total += len(rows)
                if len(evs) >= 50_000:
                    flush()
            flush()
            cur.executemany("INSERT INTO provinces VALUES (%s,%s,%s) ON CONFLICT DO NOTHING",
                            [(k, v[0], v[1]) for k, v in provinces.items()])
            db.execute("ANALYZE events")
            _incident_ids.regroup_all(_idb(db))
        with self._lock:
            self._db.execute("ANALYZE events")
        return total

    @staticmethod
    def _insert_events(db, rows: list[dict]) -> None:
        if not rows:
            return
        update = ", ".join(f"{c} = excluded.{c}" for c in EVENT_COLUMNS if c != "event_id")
        with db.cursor() as cur:
            cur.executemany(
                f"INSERT INTO events ({','.join(EVENT_COLUMNS)}) "
                f"VALUES ({','.join(['%s'] * len(EVENT_COLUMNS))}) "
                f"ON CONFLICT (event_id) DO UPDATE SET {update}",
                [tuple(r[c] for c in EVENT_COLUMNS) for r in rows])
            provinces = sorted({(r["admin1_code"], r["admin1"], r["country"]) for r in rows if r["admin1_code"]})
            if provinces:
                cur.executemany("INSERT INTO provinces VALUES (%s,%s,%s) ON CONFLICT DO NOTHING", provinces)

    # -- corrections ---------------------------------------------------------
    def correct(self, event_id: str, field: str, value, note: str = "", user: str = "analyst") -> None:
        if field not in CORRECTABLE:
            raise StoreError(f"cannot correct {field!r}: choose one of {', '.join(CORRECTABLE)}")
        changes = _correction_changes(field, value, self.event(event_id))
        self._record(event_id, field, lambda current: changes, note, user)

    def reject(self, event_id: str, reason: str = "", user: str = "analyst") -> None:
        self._record(event_id, "rejected", lambda current: {"rejected": 1, "reject_reason": reason},
                     reason, user)

    def unreject(self, event_id: str, note: str = "", user: str = "analyst") -> None:
        self._record(event_id, "rejected", lambda current: {"rejected": 0, "reject_reason": None},
                     note, user)

    def _record(self, event_id: str, field: str, changes_of, note, user) -> None:
        """Append to the audit trail and apply, with the event's row locked: concurrent
        corrections of one event queue, each is recorded, the last one wins."""
        with self._tx() as db, db.cursor() as cur:
            cur.execute("SELECT * FROM events WHERE event_id = %s FOR UPDATE", (event_id,))
            row = cur.fetchone()
            if row is None:
                raise StoreError(f"no event with id {event_id!r}")
            current = dict(zip([d.name for d in cur.description], row))
            changes = changes_of(current)
            old = {k: current.get(k) for k in changes}
            # The event's identity as extracted: an earlier correction of it knows its type
            # before any type correction; else the row is still as extracted.
            known = cur.execute("SELECT event_type, evidence, place FROM corrections WHERE event_id = %s"
                                " AND evidence IS NOT NULL ORDER BY id LIMIT 1", (event_id,)).fetchone()
            anchor = known or (current.get("type"), current.get("evidence"), current.get("place"))
            cur.execute('INSERT INTO corrections (event_id, article, field, value, old_value, note,'
                        ' "user", created_at, event_type, evidence, place)'
                        ' VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)',
                        (event_id, current["article"], field, json.dumps(changes), json.dumps(old),
                         note or "", user or "analyst", _now(), *anchor))
            before = _incident_ids.seeds(_idb(db), "event_id = ? AND rejected = 0", (event_id,))
            _apply(cur, event_id, field, changes)
            _incident_ids.after_write(_idb(db), before, "event_id = ?", (event_id,), self._pending)

    @contextmanager
    def batch(self, defer: bool = False):
        """Several writes in ONE transaction (nested ones become savepoints), incident ids
        regrouped once at its end: how the batch ingest writes a chunk of articles.
        ``defer``: their windows are noted for ``regroup_deferred`` instead."""
        with self._lock, self._db.transaction():
            self._pending = []
            try:
                yield self
                (_incident_ids.defer if defer else _incident_ids.regroup)(_idb(self._db), self._pending)
            finally:
                self._pending = None

    def regroup_deferred(self) -> int:
        """Regroup the incident windows deferred by ``batch(defer=True)``; ids changed."""
        if not self._one("SELECT 1 FROM meta WHERE key LIKE %s", (_incident_ids.DEFERRED + " %",)):
            return 0
        with self._tx() as db:
            return _incident_ids.regroup_deferred(_idb(db))

    def incident_reports(self, incident_ids: Sequence[str]) -> pd.DataFrame:
        """Every report (not rejected) of these incidents, as ``query_events`` reads them."""
        return self._read(f"SELECT {', '.join(READ_COLUMNS)} FROM events e JOIN articles a ON a.id = e.article_id"
                          " WHERE e.rejected = 0 AND e.incident_id = ANY(%s)"
                          " ORDER BY e.date NULLS FIRST, e.event_id", (list(dict.fromkeys(incident_ids)),))

    @staticmethod
    def _reattach_corrections(db, article_name: str, rows: list[dict], old_ids: Sequence[str] = ()) -> int:
        """Re-attach the corrections of an article's events to its new rows and apply them,
        oldest first; how many could not be re-attached (kept, not applied). As SQLiteStore:
        those of its replaced events (``old_ids``), those already keyed by a new row's id, and
        earlier orphans filed under its name that belong to no stored event."""
        ids = [r["event_id"] for r in rows]
        wanted = list(dict.fromkeys(list(ids) + list(old_ids)))
        with db.cursor() as cur:
            found = cur.execute(
                "SELECT id, event_id, field, value, event_type, evidence, place FROM corrections c "
                "WHERE (article = %s AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = c.event_id))"
                " OR event_id = ANY(%s) ORDER BY id",
                (article_name, wanted)).fetchall()
            if not found:
                return 0
            anchors: dict[str, Anchor] = {}
            for _id, event_id, _f, _v, event_type, evidence, place in found:
                if event_id not in anchors or (anchors[event_id].evidence is None and evidence is not None):
                    anchors[event_id] = Anchor(event_id, event_type, evidence, place)
            mapping, _lost = reattach(anchors.values(), rows)
            for old, new in mapping.items():
                if old != new:
                    cur.execute("UPDATE corrections SET event_id = %s WHERE event_id = %s", (new, old))
            orphaned = 0
            for _id, event_id, field, value, *_ in found:
                if event_id in mapping:
                    _apply(cur, mapping[event_id], field, json.loads(value))
                else:
                    orphaned += 1
            return orphaned

    def corrections(self, event_id: str | None = None) -> pd.DataFrame:
        sql = ("SELECT c.*, e.event_id IS NULL AS orphaned FROM corrections c "
               "LEFT JOIN events e ON e.event_id = c.event_id")
        params: tuple = ()
        if event_id:
            sql += " WHERE c.event_id = %s"
            params = (event_id,)
        out = self._read(sql + " ORDER BY c.id", params)
        out["orphaned"] = out["orphaned"].astype(bool)
        return out

    # -- reading -------------------------------------------------------------
    def event(self, event_id: str) -> dict:
        with self._lock, self._db.cursor() as cur:
            cur.execute(f"SELECT {', '.join(EVENT_COLUMNS)}, rejected, reject_reason, corrected "
                        "FROM events WHERE event_id = %s", (event_id,))
            row = cur.fetchone()
            if row is None:
                raise StoreError(f"no event with id {event_id!r}")
            out = dict(zip([d.name for d in cur.description], row))
        out["candidates"] = json.loads(out["candidates"] or "[]")
        return out

    def query_events(self, filters: Filters | None = None, columns: Sequence[str] | None = None,
                     points: bool | None = None) -> pd.DataFrame:
        """Events matching ``filters`` with their article's title/url/source (as SQLiteStore)."""
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
        sql += " ORDER BY e.date NULLS FIRST, e.event_id"
        return self._read(sql, params) if columns is None else self._read_rows(sql, params)

    def _where(self, f: Filters) -> tuple[list[str], list]:
        where: list[str] = []
        params: list = []
        if not f.include_rejected:
            where.append("e.rejected = 0")
        if f.provinces:
            codes = list(f.province_codes) + self._codes_for(f.province_names)
            # The province's code (given at ingest by geo.provinces.locate from these same
            # polygons, a border town in its own country's province; province-level
            # reports); or, for a located point left without a province, spatial:
            # ST_Intersects with the provinces' polygons (of its own country). Testing
            # every point again would redo the ingest's work row by row (~0.9 s for the
            # 2-province x 30-day view of 1M events, against ~0.1 s by code).
            where.append("(e.admin1_code = ANY(%s) OR (e.admin1_code IS NULL AND " + POINT_SQL + " AND EXISTS ("
                         "SELECT 1 FROM province_shapes p WHERE p.admin1_code = ANY(%s)"
                         " AND (e.country IS NULL OR e.country = p.country)"
                         " AND ST_Intersects(p.geom, e.geom))))")
            params += [codes, codes]
        if f.date_from:
            where.append("e.date >= %s")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append("e.date <= %s")
            params.append(f.date_to.isoformat())
        for column, values in (("type", f.types), ("precision", f.precisions)):
            if values:
                where.append(f"e.{column} = ANY(%s)")
                params.append(list(values))
        # Case folding: PostgreSQL's lower() (Unicode-aware in a UTF-8 database) on both sides.
        if f.actors:
            where.append("lower(e.actor) = ANY(%s)")
            params.append([a.lower() for a in f.actors])
        if f.text:
            fields = ("e.evidence", "e.place", "e.name", "e.actor", "e.target", "e.weapon", "a.title")
            joined = " || chr(31) || ".join(f"coalesce({c},'')" for c in fields)
            where.append(f"strpos(lower({joined}), %s) > 0")
            params.append(f.text.lower())
        return where, params

    def _codes_for(self, names: Sequence[str]) -> list[str]:
        if not names:
            return []
        lowered = [n.lower() for n in names]
        with self._lock:
            rows = self._db.execute(
                "SELECT admin1_code FROM provinces WHERE lower(admin1) = ANY(%s) UNION "
                "SELECT admin1_code FROM province_shapes WHERE lower(admin1) = ANY(%s)",
                (lowered, lowered)).fetchall()
        return sorted(r[0] for r in rows)

    def articles(self) -> pd.DataFrame:
        return self._read(
            "SELECT id, name, url, title, published, source, ingested_at, n_events AS events,"
            " n_non_events AS non_events, warnings FROM articles ORDER BY published NULLS FIRST, name")

    def article(self, article_id: str) -> dict:
        with self._lock, self._db.cursor() as cur:
            cur.execute("SELECT * FROM articles WHERE id = %s OR name = %s ORDER BY (id = %s) DESC",
                        (article_id, article_id, article_id))
            row = cur.fetchone()
            if row is None:
                raise StoreError(f"no article with id {article_id!r}")
            out = dict(zip([d.name for d in cur.description], row))
        out["warnings"] = json.loads(out.get("warnings") or "[]")
        return out

    def non_events(self, filters: Filters | None = None) -> pd.DataFrame:
        f = filters or Filters()
        where, params = [], []
        day = "coalesce(n.date, a.published)"
        if f.date_from:
            where.append(f"{day} >= %s")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append(f"{day} <= %s")
            params.append(f.date_to.isoformat())
        if f.text:
            where.append("(strpos(lower(n.evidence), %s) > 0 OR strpos(lower(coalesce(a.title,'')), %s) > 0)")
            params += [f.text.lower()] * 2
        sql = ("SELECT n.article_id, n.article, n.evidence, n.reason, n.actor, n.place, n.date,"
               " n.evidence_start, n.evidence_end, a.title, a.url, a.source, a.published"
               " FROM non_events n JOIN articles a ON a.id = n.article_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._read(sql + " ORDER BY a.published NULLS FIRST, n.article, n.seq", params)

    def span(self) -> tuple[dt.date | None, dt.date | None]:
        row = self._one("SELECT min(date), max(date) FROM events WHERE rejected = 0")
        return to_date(row[0]), to_date(row[1])

    def _distinct(self, column: str) -> list[str]:
        """Distinct non-null values of an indexed column: a skip scan, one seek per value."""
        return [r[0] for r in self._db.execute(
            f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM events UNION ALL "
            f"SELECT (SELECT min({column}) FROM events WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL) "
            f"SELECT x FROM v WHERE x IS NOT NULL")]

    def facets(self) -> dict:
        """Values the filters offer (as SQLiteStore.facets: province codes with labels)."""
        from geo import provinces as _provinces
        from geo.filters import fold
        with self._lock:
            rows = [tuple(r) for r in self._db.execute(
                "SELECT admin1_code, admin1, country FROM provinces WHERE admin1_code IS NOT NULL"
                " AND admin1_code != ''").fetchall()]
            actors = [a for a in self._distinct("actor") if a != ""]
            types = self._distinct("type")
        labels = _provinces.labels(rows)
        codes = sorted(labels, key=lambda c: (fold(labels[c]), c))
        return {"provinces": codes, "province_labels": labels,
                "province_names": {c: n or c for c, n, _cc in rows}, "actors": actors, "types": types}

    def top(self, column: str, limit: int = 10) -> list[tuple[str | None, int]]:
        if column not in EVENT_COLUMNS:
            raise StoreError(f"unknown column {column!r}")
        with self._lock:
            return [tuple(r) for r in self._db.execute(
                f"SELECT {column}, count(*) AS n FROM events WHERE rejected = 0 "
                f"GROUP BY {column} ORDER BY n DESC, {column} NULLS FIRST LIMIT %s", (int(limit),))]

    def revision(self) -> int:
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


def _idb(conn) -> _incident_ids.Db:
    """geo.incident_ids on this connection (inside the caller's transaction)."""
    def rows(sql, params):
        with conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def many(sql, params):
        with conn.cursor() as cur:
            cur.executemany(sql, params)
    return _incident_ids.Db(rows, many, "%s")


def _fill_article_keys(db) -> None:
    """Migration 3 (in the caller's transaction): the key (URL, else text) of the articles
    already stored, and their event namespace: their name, which their event ids hash, so
    every event keeps its id and every correction stays attached (as SQLite's _migrate_v3)."""
    from events.article import article_key
    rows = db.execute("SELECT id, url, body, name, title, source FROM articles WHERE key IS NULL").fetchall()
    if rows:
        with db.cursor() as cur:
            cur.executemany("UPDATE articles SET key = %s, event_ns = coalesce(event_ns, %s) WHERE id = %s",
                            [(article_key(url or "", body or "", title or "", source or ""), name, aid)
                             for aid, url, body, name, title, source in rows])


def _apply(cur, event_id: str, field: str, changes: dict) -> None:
    if not changes:
        return
    sets = ", ".join(f"{k} = %s" for k in changes)
    params = list(changes.values())
    if field != "rejected":
        sets += (", corrected = CASE WHEN strpos(',' || corrected || ',', ',' || %s || ',') > 0 "
                 "THEN corrected WHEN corrected = '' THEN %s ELSE corrected || ',' || %s END")
        params += [field, field, field]
    cur.execute(f"UPDATE events SET {sets} WHERE event_id = %s", params + [event_id])
    if changes.get("admin1_code"):
        cur.execute("INSERT INTO provinces VALUES (%s,%s,%s) ON CONFLICT DO NOTHING",
                    (changes["admin1_code"], changes.get("admin1"), changes.get("country")))


def migrate(url: str) -> str:
    """Upgrade the database at ``url`` to this Strikemap's schema; a one-line report."""
    store = PostgresStore(url, migrate=True)
    store.close()
    return f"{store.display}: schema {SCHEMA_VERSION}"
