"""What the two event stores share: every query both backends run, written once.

``geo.sqlite_store.SQLiteStore`` (the embedded file) and ``geo.pg_store.PostgresStore``
(the team's PostGIS database) subclass ``SqlStore``. A backend supplies its plumbing
(``_tx`` for one write transaction, ``_reading`` for a connection to read on, ``_read`` and
``_read_rows`` for DataFrames, ``_one``, ``_many``, ``_idb``), the few statements that
really differ (inserting many rows, incident reports by id, the date span, the province
filter's spatial part) and a ``Dialect``: the placeholder and the handful of SQL words that
differ. Queries here are written with ``?`` placeholders (``Dialect.sql`` turns them into
the driver's).
"""
from __future__ import annotations

import datetime as dt
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import pandas as pd

from events.model import EVENT_TYPES
from geo import bulk as _bulk
from geo import incident_ids as _incident_ids
from geo import ingest as _ingest
from geo.filters import Filters, fold, to_date
from geo.identity import Anchor, reattach
from geo.store import (ADDED, CORRECTABLE, REPLACED, UNCHANGED, IngestResult, IngestSummary, Progress,
                       StoreError)

EVENT_COLUMNS = (
    "event_id", "article_id", "article", "seq", "type", "actor", "place", "name", "lat", "lon",
    "country", "admin1", "admin1_code", "admin1_check", "precision", "place_id",
    "date", "date_precision", "date_from", "date_to", "claimed_by", "claim_kind",
    "target", "weapon", "confidence", "evidence", "evidence_start", "evidence_end", "candidates",
)
# An event as ``event()`` returns it: its columns and the analysts' marks.
EVENT_RECORD = EVENT_COLUMNS + ("rejected", "reject_reason", "corrected", "incident_id")
NON_EVENT_COLUMNS = ("article_id", "article", "seq", "evidence", "reason", "actor", "place",
                     "date", "evidence_start", "evidence_end")
ARTICLE_COLUMNS = ("id", "name", "url", "title", "published", "source", "body", "ingested_at",
                   "warnings", "n_events", "n_non_events", "key", "path", "event_ns")
# What readers get: event columns (minus bulky ones) plus the article's header.
READ_COLUMNS = tuple(f"e.{c}" for c in EVENT_COLUMNS if c not in ("candidates", "seq")) + (
    "e.rejected", "e.reject_reason", "e.corrected", "e.incident_id",
    "a.title AS title", "a.url AS url", "a.source AS source", "a.published AS published")
READ_EXPR = {c.split(" AS ")[-1].split(".")[-1]: c for c in READ_COLUMNS}   # result name -> SQL
REAL_COLUMNS = ("lat", "lon", "confidence")
# Located point-precision events (the rows a map draws as points).
POINT_SQL = "(e.precision = 'point' AND e.lat IS NOT NULL AND e.lon IS NOT NULL)"
# The fields the text filter searches, joined by a unit separator (U+001F).
TEXT_FIELDS = ("e.evidence", "e.place", "e.name", "e.actor", "e.target", "e.weapon", "a.title")


@dataclass(frozen=True)
class Dialect:
    """The SQL words in which the two backends differ."""
    placeholder: str                      # the driver's: "?" (sqlite3), "%s" (psycopg)
    fold: str                             # SQL function folding case on both sides of a text filter
    fold_value: Callable[[str], str]      # the same folding in Python, for the parameters
    find: str                             # position of a substring: instr / strpos
    char: str                             # a character by its code: char / chr
    nulls_first: str                      # ORDER BY suffix putting NULLs first ("" where it is the default)
    for_update: str                       # row lock of a read inside a write transaction

    def sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def in_list(expr: str, values: Sequence) -> str:
    """``expr IN (?, ?, ...)`` for these values (never true for none)."""
    return f"{expr} IN ({','.join('?' * len(values))})" if values else "1 = 0"


def article_row(article, n_events: int, n_non_events: int, key: str, namespace: str, at: str,
                warnings: str | None = None) -> tuple:
    """An ``articles`` row, in ``ARTICLE_COLUMNS`` order."""
    return (article.id, article.name, article.url, article.title,
            article.published.isoformat() if article.published else None, article.source, article.body,
            at, json.dumps(article.warnings) if warnings is None else warnings, n_events, n_non_events,
            key, getattr(article, "path", "") or None, namespace)


INSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                  f"VALUES ({','.join('?' * len(ARTICLE_COLUMNS))})")
INSERT_NON_EVENT = (f"INSERT INTO non_events ({','.join(NON_EVENT_COLUMNS)}) "
                    f"VALUES ({','.join('?' * len(NON_EVENT_COLUMNS))})")
INSERT_PROVINCE = "INSERT INTO provinces VALUES (?,?,?) ON CONFLICT DO NOTHING"


class SqlStore:
    """The event store over one SQL connection; see the module docstring for what a
    backend adds. Safe to share between threads (the backend's ``_lock``)."""

    dialect: Dialect
    province_tables: tuple[str, ...] = ("provinces",)    # where province names are looked up

    # -- plumbing a backend provides -------------------------------------------
    def _tx(self):                                       # pragma: no cover - abstract
        raise NotImplementedError

    def _reading(self):                                  # pragma: no cover - abstract
        raise NotImplementedError

    def _read(self, sql: str, params: Sequence = ()) -> pd.DataFrame:   # pragma: no cover - abstract
        raise NotImplementedError

    def _read_rows(self, sql: str, params: Sequence = ()) -> pd.DataFrame:   # pragma: no cover
        raise NotImplementedError

    def _one(self, sql: str, params: Sequence = ()):     # pragma: no cover - abstract
        raise NotImplementedError

    @staticmethod
    def _many(db, sql: str, rows: list) -> None:         # pragma: no cover - abstract
        raise NotImplementedError

    @staticmethod
    def _idb(db) -> _incident_ids.Db:                    # pragma: no cover - abstract
        raise NotImplementedError

    def _insert_events(self, db, rows: list[dict]) -> None:   # pragma: no cover - abstract
        raise NotImplementedError

    def _lock_names(self, db, names: Sequence[str]) -> None:
        """Make writers of the same article or file queue (SQLite: its write lock does)."""

    def _x(self, db, sql: str, params: Sequence = ()):
        """Execute ``sql`` (``?`` placeholders) on ``db``; the cursor."""
        return db.execute(self.dialect.sql(sql), list(params))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- ingest ------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._one(self.dialect.sql("SELECT 1 FROM articles WHERE id = ?"), (article_id,)) is not None

    def ingest_article(self, article, reextract: bool = False) -> IngestResult:
        """Extract events from a parsed Article and store them (idempotent)."""
        return _ingest.ingest_article(self, article, reextract=reextract)

    def ingest_paths(self, paths: Iterable, progress: Progress | None = None) -> IngestSummary:
        """Ingest files and folders; bad files are reported in ``errors`` and skipped."""
        return _ingest.ingest_paths(self, paths, progress=progress)

    def ensure_seeded(self, progress: Progress | None = None) -> IngestSummary | None:
        """Ingest ``settings.articles_dir()`` when the store holds no article yet
        (``progress(done, total, file name)`` is called as it goes)."""
        import settings
        if self._one("SELECT 1 FROM articles LIMIT 1") is not None:
            return None
        folder = settings.articles_dir()
        if not folder.is_dir():
            return IngestSummary(errors=[f"{folder}: no sample articles folder"])
        return self.ingest_paths([folder], progress=progress)

    def save_extraction(self, article, events: Sequence, non_events: Sequence,
                        reextract: bool = False) -> IngestResult:
        """Store one article with its events in one transaction.

        An article is known by its key (its URL, else its text), and a file by its path.
        Same input already stored: nothing changes ("unchanged") unless ``reextract``.
        The same article or file with another input (text, header, a date given from
        outside): it and its events are replaced ("replaced", and ``note`` says what replaced
        what); its events keep their id namespace, and the article's corrections are
        re-attached to the new rows (``geo.identity.reattach``) and re-applied. ``orphaned``
        in the result counts those whose evidence sentence is gone (kept, not applied).
        """
        x = self._x
        key = _ingest.store_key(article)
        path = getattr(article, "path", "") or ""
        absolute = os.path.isabs(path)
        if not reextract:           # already stored as it is: answer without the write lock
            seen = self._one(self.dialect.sql("SELECT n_events, n_non_events, path FROM articles WHERE id = ?"),
                             (article.id,))
            if seen and (seen[2] or not absolute):
                note = f"same article as {seen[2]}" if seen[2] and path and seen[2] != path else ""
                return IngestResult(article.id, article.name, seen[0], seen[1], UNCHANGED, note=note)
        with self._tx() as db:
            self._lock_names(db, sorted({key, path if absolute else ""} - {""}))
            existing = x(db, "SELECT n_events, n_non_events, path FROM articles WHERE id = ?",
                         (article.id,)).fetchone()
            if existing and not reextract:
                if path and absolute and not existing[2]:
                    x(db, "UPDATE articles SET path = ? WHERE id = ?", (path, article.id))
                else:
                    self._unchanged = True     # nothing written: the revision stays (SQLite counts changes itself)
                note = (f"same article as {existing[2]}" if existing[2] and path and existing[2] != path
                        else "")
                return IngestResult(article.id, article.name, existing[0], existing[1], UNCHANGED, note=note)
            olds = x(db, "SELECT id, name, path, published, event_ns, key FROM articles WHERE key = ? OR id = ?"
                     + (" OR path = ?" if absolute else "") + " ORDER BY coalesce(key = ?, false) DESC",
                     (key, article.id, *([path] if absolute else []), key)).fetchall()
            namespace = next((o[4] for o in olds if o[5] == key and o[4]), None) or key
            rows = _ingest.event_rows(article, events, namespace=namespace)
            ne_rows = _ingest.non_event_rows(article, non_events)
            old_event_ids = [r[0] for old in olds
                             for r in x(db, "SELECT event_id FROM events WHERE article_id = ?", (old[0],))]
            idb = self._idb(db)
            before = [w for old in olds for w in _incident_ids.seeds(idb, "article_id = ?", (old[0],))]
            for old in olds:
                for table, column in (("events", "article_id"), ("non_events", "article_id"), ("articles", "id")):
                    x(db, f"DELETE FROM {table} WHERE {column} = ?", (old[0],))
            x(db, INSERT_ARTICLE, article_row(article, len(rows), len(ne_rows), key, namespace, now()))
            self._insert_events(db, rows)
            self._many(db, self.dialect.sql(INSERT_NON_EVENT),
                       [tuple(r[c] for c in NON_EVENT_COLUMNS) for r in ne_rows])
            orphaned = self._reattach_corrections(db, article.name, rows, old_event_ids)
            _incident_ids.after_write(idb, before, "article_id = ?", (article.id,), self._pending)
        return IngestResult(article.id, article.name, len(rows), len(ne_rows), REPLACED if olds else ADDED,
                            orphaned=orphaned, note=replacement_note(article, path, olds, reextract))

    def save_batch(self, entries: Sequence, reextract: bool = False) -> list[IngestResult]:
        """Many (article, events, non_events, prepared | None) in order, as ``save_extraction``
        one by one would store them, in one transaction (``geo.bulk``: new articles together)."""
        with self._lock:
            if self._pending is None:
                with self.batch():
                    return _bulk.save_batch(self, entries, reextract)
            return _bulk.save_batch(self, entries, reextract)

    def _bulk_db(self, db) -> _incident_ids.Db:
        return self._idb(db)

    def regroup_deferred(self) -> int:
        """Regroup the incident windows deferred by ``batch(defer=True)``; ids changed."""
        if not self._one(self.dialect.sql("SELECT 1 FROM meta WHERE key LIKE ?"), (_incident_ids.DEFERRED + " %",)):
            return 0
        with self._tx() as db:
            return _incident_ids.regroup_deferred(self._idb(db))

    # -- corrections -------------------------------------------------------------
    def correct(self, event_id: str, field: str, value, note: str = "", user: str = "analyst") -> None:
        """Correct one field (place, date, type, actor) of an event; kept as audit trail."""
        if field not in CORRECTABLE:
            raise StoreError(f"cannot correct {field!r}: choose one of {', '.join(CORRECTABLE)}")
        changes = correction_changes(field, value, self.event(event_id))   # resolved once: replays are stable
        self._record(event_id, field, lambda current: changes, note, user)

    def reject(self, event_id: str, reason: str = "", user: str = "analyst") -> None:
        """Mark an event as wrong; it leaves maps and exports but stays in the store."""
        self._record(event_id, "rejected", lambda current: {"rejected": 1, "reject_reason": reason},
                     reason, user)

    def unreject(self, event_id: str, note: str = "", user: str = "analyst") -> None:
        """Undo a rejection (kept in the audit trail like every correction)."""
        self._record(event_id, "rejected", lambda current: {"rejected": 0, "reject_reason": None},
                     note, user)

    def _record(self, event_id: str, field: str, changes_of, note, user) -> None:
        """Append to the audit trail and apply, reading the event inside the write
        transaction (its row locked where the backend locks rows): concurrent corrections
        of one event queue, each is recorded with the value it replaced, the last one wins."""
        x = self._x
        with self._tx() as db:
            cur = x(db, f"SELECT * FROM events WHERE event_id = ?{self.dialect.for_update}", (event_id,))
            row = cur.fetchone()
            if row is None:
                raise StoreError(f"no event with id {event_id!r}")
            current = dict(zip([d[0] for d in cur.description], row))
            changes = changes_of(current)
            old = {k: current.get(k) for k in changes}
            # The event's identity as extracted: an earlier correction of it knows its type
            # before any type correction; else the row is still as extracted.
            known = x(db, "SELECT event_type, evidence, place FROM corrections WHERE event_id = ?"
                          " AND evidence IS NOT NULL ORDER BY id LIMIT 1", (event_id,)).fetchone()
            anchor = known or (current.get("type"), current.get("evidence"), current.get("place"))
            x(db, 'INSERT INTO corrections (event_id, article, field, value, old_value, note,'
                  ' "user", created_at, event_type, evidence, place) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
              (event_id, current["article"], field, json.dumps(changes), json.dumps(old),
               note or "", user or "analyst", now(), *anchor))
            idb = self._idb(db)
            before = _incident_ids.seeds(idb, "event_id = ? AND rejected = 0", (event_id,))
            self._apply(db, event_id, field, changes)
            _incident_ids.after_write(idb, before, "event_id = ?", (event_id,), self._pending)

    def _apply(self, db, event_id: str, field: str, changes: dict) -> None:
        """Set a correction's columns on its event (and mark the field corrected)."""
        if not changes:
            return
        sets = ", ".join(f"{k} = ?" for k in changes)
        params = list(changes.values())
        if field != "rejected":
            find = self.dialect.find
            sets += (f", corrected = CASE WHEN {find}(',' || corrected || ',', ',' || ? || ',') > 0 "
                     "THEN corrected WHEN corrected = '' THEN ? ELSE corrected || ',' || ? END")
            params += [field, field, field]
        self._x(db, f"UPDATE events SET {sets} WHERE event_id = ?", params + [event_id])
        if changes.get("admin1_code"):
            self._x(db, INSERT_PROVINCE, (changes["admin1_code"], changes.get("admin1"), changes.get("country")))

    def _reattach_corrections(self, db, article_name: str, rows: list[dict], old_ids: Sequence[str] = ()) -> int:
        """Re-attach the corrections of an article's events to its new rows and apply them,
        oldest first; returns how many could not be re-attached (kept, not applied).

        An article's corrections: those of its replaced events (``old_ids``), those already
        keyed by a new row's id, and earlier orphans filed under its name that belong to no
        stored event (several articles may share a name: a live one keeps its own)."""
        x = self._x
        cols = "id, event_id, field, value, event_type, evidence, place"
        found = x(db, f"SELECT {cols} FROM corrections c WHERE article = ? AND NOT EXISTS "
                      "(SELECT 1 FROM events e WHERE e.event_id = c.event_id)", (article_name,)).fetchall()
        wanted = list(dict.fromkeys([r["event_id"] for r in rows] + list(old_ids)))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            found += x(db, f"SELECT {cols} FROM corrections WHERE {in_list('event_id', chunk)}", chunk).fetchall()
        found = sorted({r[0]: tuple(r) for r in found}.values())
        if not found:
            return 0
        anchors: dict[str, Anchor] = {}
        for _id, event_id, _f, _v, event_type, evidence, place in found:
            if event_id not in anchors or (anchors[event_id].evidence is None and evidence is not None):
                anchors[event_id] = Anchor(event_id, event_type, evidence, place)
        mapping, _lost = reattach(anchors.values(), rows)
        for old, new in mapping.items():
            if old != new:
                x(db, "UPDATE corrections SET event_id = ? WHERE event_id = ?", (new, old))
        orphaned = 0
        for _id, event_id, field, value, *_ in found:
            if event_id in mapping:
                self._apply(db, mapping[event_id], field, json.loads(value))
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
            sql += " WHERE c.event_id = ?"
            params = (event_id,)
        out = self._read(self.dialect.sql(sql + " ORDER BY c.id"), params)
        out["orphaned"] = out["orphaned"].astype(bool)
        return out

    # -- reading -----------------------------------------------------------------
    def event(self, event_id: str) -> dict:
        with self._reading() as db:
            cur = self._x(db, f"SELECT {', '.join(EVENT_RECORD)} FROM events WHERE event_id = ?", (event_id,))
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
        sql = self.dialect.sql(sql + f" ORDER BY e.date{self.dialect.nulls_first}, e.event_id")
        return self._read(sql, params) if columns is None else self._read_rows(sql, params)

    def _province_where(self, codes: list[str]) -> tuple[str, list]:
        """The province filter: reports carrying one of these admin-1 codes."""
        return in_list("e.admin1_code", codes), list(codes)

    def _where(self, f: Filters) -> tuple[list[str], list]:
        d = self.dialect
        where: list[str] = []
        params: list = []
        if not f.include_rejected:
            where.append("e.rejected = 0")
        if f.provinces:
            clause, values = self._province_where(list(f.province_codes) + self._codes_for(f.province_names))
            where.append(clause)
            params += values
        if f.countries:
            where.append(in_list("e.country", f.countries))
            params += list(f.countries)
        if f.date_from:
            where.append("e.date >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append("e.date <= ?")
            params.append(f.date_to.isoformat())
        for column, values in (("type", f.types), ("precision", f.precisions)):
            if values:
                where.append(in_list(f"e.{column}", values))
                params += list(values)
        # Case folding on both sides (SQLite: our Unicode fold(); PostgreSQL: lower() in UTF-8).
        if f.actors:
            where.append(in_list(f"{d.fold}(e.actor)", f.actors))
            params += [d.fold_value(a) for a in f.actors]
        if f.text:
            # one fold per row over the fields joined by a unit separator
            joined = f" || {d.char}(31) || ".join(f"coalesce({c},'')" for c in TEXT_FIELDS)
            where.append(f"{d.find}({d.fold}({joined}), ?) > 0")
            params.append(d.fold_value(f.text))
        return where, params

    def _codes_for(self, names: Sequence[str]) -> list[str]:
        """Admin-1 codes of the provinces with these names (case folded)."""
        if not names:
            return []
        folded = [self.dialect.fold_value(n) for n in names]
        sql = " UNION ".join(f"SELECT admin1_code FROM {t} WHERE {in_list(f'{self.dialect.fold}(admin1)', folded)}"
                             for t in self.province_tables)
        with self._reading() as db:
            rows = self._x(db, sql, folded * len(self.province_tables)).fetchall()
        return sorted({r[0] for r in rows})

    def articles(self) -> pd.DataFrame:
        return self._read(
            "SELECT id, name, url, title, published, source, ingested_at, n_events AS events,"
            f" n_non_events AS non_events, warnings FROM articles ORDER BY published{self.dialect.nulls_first}, name")

    def article(self, article_id: str) -> dict:
        with self._reading() as db:
            cur = self._x(db, "SELECT * FROM articles WHERE id = ? OR name = ? ORDER BY (id = ?) DESC",
                          (article_id, article_id, article_id))
            row = cur.fetchone()
            if row is None:
                raise StoreError(f"no article with id {article_id!r}")
            out = dict(zip([d[0] for d in cur.description], row))
        out["warnings"] = json.loads(out.get("warnings") or "[]")
        return out

    def non_events(self, filters: Filters | None = None) -> pd.DataFrame:
        d = self.dialect
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
            where.append(f"{d.find}({d.fold}(coalesce(n.evidence,'') || {d.char}(31) || coalesce(a.title,'')), ?) > 0")
            params.append(d.fold_value(f.text))
        sql = ("SELECT n.article_id, n.article, n.evidence, n.reason, n.actor, n.place, n.date,"
               " n.evidence_start, n.evidence_end, a.title, a.url, a.source, a.published"
               " FROM non_events n JOIN articles a ON a.id = n.article_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._read(d.sql(sql + f" ORDER BY a.published{d.nulls_first}, n.article, n.seq"), params)

    @staticmethod
    def _distinct(column: str, db) -> list[str]:
        """Distinct non-null values of an indexed events column, sorted: a skip scan
        (one index seek per value), not a scan of every row."""
        return [r[0] for r in db.execute(
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
            rows = [tuple(r) for r in db.execute(
                "SELECT admin1_code, admin1, country FROM provinces WHERE admin1_code IS NOT NULL"
                " AND admin1_code != ''").fetchall()]
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
            return [tuple(r) for r in self._x(
                db, f"SELECT {column}, count(*) AS n FROM events WHERE rejected = 0 "
                    f"GROUP BY {column} ORDER BY n DESC, {column}{self.dialect.nulls_first} LIMIT ?", (int(limit),))]

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


def replacement_note(article, path: str, olds: list, reextract: bool) -> str:
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


def correction_changes(field: str, value, current: dict) -> dict:
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


@contextmanager
def locked(lock, db):
    """``db`` while holding ``lock`` (a backend with one shared connection)."""
    with lock:
        yield db
