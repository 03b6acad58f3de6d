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
import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import urlsplit, urlunsplit

import numpy as np
import pandas as pd

from geo import incident_ids as _incident_ids
from geo import ingest as _ingest
from geo.filters import to_date
from geo.sql_store import (ARTICLE_COLUMNS, EVENT_COLUMNS, INSERT_PROVINCE, NON_EVENT_COLUMNS, POINT_SQL,
                           READ_COLUMNS, REAL_COLUMNS, Dialect, SqlStore, article_row, locked, now)
from geo.store import StoreUnavailable

MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "pg"
POSTGRES = Dialect(placeholder="%s", fold="lower", fold_value=str.lower, find="strpos", char="chr",
                   nulls_first=" NULLS FIRST", for_update=" FOR UPDATE")
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


class PostgresStore(SqlStore):
    """The event store in a PostgreSQL database with PostGIS. Safe to share between threads."""

    dialect = POSTGRES
    province_tables = ("provinces", "province_shapes")      # every province, with events or not

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

    def _reading(self):
        """The one connection, for one read (psycopg's connection is not shared mid-query)."""
        return locked(self._lock, self._db)

    @staticmethod
    def _many(db, sql: str, rows: list) -> None:
        if rows:
            with db.cursor() as cur:
                cur.executemany(sql, rows)

    @staticmethod
    def _idb(db) -> _incident_ids.Db:
        return _idb(db)

    def _lock_names(self, db, names) -> None:
        """Writers of one article (key) or file (path) queue: transaction-scoped locks, taken in one order."""
        for name in names:
            db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (name,))

    def _province_where(self, codes: list[str]) -> tuple[str, list]:
        # The province's code (given at ingest by geo.provinces.locate from these same
        # polygons, a border town in its own country's province; province-level reports);
        # or, for a located point left without a province, spatial: ST_Intersects with the
        # provinces' polygons (of its own country). Testing every point again would redo the
        # ingest's work row by row (~0.9 s for the 2-province x 30-day view of 1M events,
        # against ~0.1 s by code).
        return ("(e.admin1_code = ANY(?) OR (e.admin1_code IS NULL AND " + POINT_SQL + " AND EXISTS ("
                "SELECT 1 FROM province_shapes p WHERE p.admin1_code = ANY(?)"
                " AND (e.country IS NULL OR e.country = p.country)"
                " AND ST_Intersects(p.geom, e.geom))))"), [codes, codes]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __repr__(self) -> str:
        return f"PostgresStore({self.display!r})"

    # -- writing many --------------------------------------------------------
    def _insert_new(self, db, picked: list) -> None:
        """New articles (``geo.bulk.plan``) with their prepared rows: COPY."""
        at = now()
        provinces = set()
        with db.cursor() as cur:
            with cur.copy(f"COPY articles ({', '.join(ARTICLE_COLUMNS)}) FROM STDIN") as copy:
                for a, p in picked:
                    copy.write_row(article_row(a, len(p.rows), len(p.ne_rows), p.key, p.key, at))
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
                cur.executemany(POSTGRES.sql(INSERT_PROVINCE), sorted(provinces))

    def bulk_load(self, batch: Iterable[tuple]) -> int:
        """Many (article, events) pairs through COPY, without the replace/correction
        logic (benchmarks, migrations). Returns the number of events."""
        total = 0
        provinces: dict = {}
        with self._tx() as db, db.cursor() as cur:
            arts: list[tuple] = []
            evs: list[tuple] = []

            def flush() -> None:
                with cur.copy(f"COPY articles ({', '.join(ARTICLE_COLUMNS)}) FROM STDIN") as copy:
                    for row in arts:
                        copy.write_row(row)
                with cur.copy(f"COPY events ({','.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                    for row in evs:
                        copy.write_row(row)
                arts.clear()
                evs.clear()

            for article, events in batch:
                key = _ingest.store_key(article)
                rows = _ingest.event_rows(article, events, check_provinces=False, namespace=key)
                arts.append(article_row(article, len(rows), 0, key, key, now(), warnings="[]"))
                for r in rows:
                    evs.append(tuple(r[c] for c in EVENT_COLUMNS))
                    if r["admin1_code"]:
                        provinces[r["admin1_code"]] = (r["admin1"], r["country"])
                total += len(rows)
                if len(evs) >= 50_000:
                    flush()
            flush()
            cur.executemany(POSTGRES.sql(INSERT_PROVINCE), [(k, v[0], v[1]) for k, v in provinces.items()])
            db.execute("ANALYZE events")
            _incident_ids.regroup_all(_idb(db))
        with self._lock:
            self._db.execute("ANALYZE events")
        return total

    def _insert_events(self, db, rows: list[dict]) -> None:
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
                cur.executemany(POSTGRES.sql(INSERT_PROVINCE), provinces)

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

    def incident_reports(self, incident_ids: Sequence[str]) -> pd.DataFrame:
        """Every report (not rejected) of these incidents, as ``query_events`` reads them."""
        return self._read(f"SELECT {', '.join(READ_COLUMNS)} FROM events e JOIN articles a ON a.id = e.article_id"
                          " WHERE e.rejected = 0 AND e.incident_id = ANY(%s)"
                          " ORDER BY e.date NULLS FIRST, e.event_id", (list(dict.fromkeys(incident_ids)),))

    # -- reading -------------------------------------------------------------
    def span(self) -> tuple[dt.date | None, dt.date | None]:
        row = self._one("SELECT min(date), max(date) FROM events WHERE rejected = 0")
        return to_date(row[0]), to_date(row[1])


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


def migrate(url: str) -> str:
    """Upgrade the database at ``url`` to this Strikemap's schema; a one-line report."""
    store = PostgresStore(url, migrate=True)
    store.close()
    return f"{store.display}: schema {SCHEMA_VERSION}"
