"""Many articles written at once: how the batch ingest (geo/batch.py) writes a batch.

``save_extraction`` writes one article with every check it may need (the same article or
file stored before, to replace; corrections to re-attach; its incident windows), about
twenty statements an article. In an archive almost every article is new, so a batch is
planned first with two queries: which articles meet nothing stored (no article with their
id, key or file path, none of their event ids) and nothing earlier in the batch. Runs of
those are inserted together (SQLite: executemany; PostgreSQL: COPY), their corrections
looked up once, their incident ids kept with one ``after_write``; any other article goes
through ``save_extraction`` at its place in the batch. The store is the one
``save_extraction`` one article at a time would build.

The rows of a new article do not depend on the store (its events' namespace is its key),
so the workers compute them (``prepare``): the writer only writes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

from geo import incident_ids as _incident_ids
from geo import ingest as _ingest
from geo.store import ADDED, IngestResult

IN_CHUNK = 500          # values per IN (...) list


@dataclass
class Prepared:
    """An article's rows as a store writes them when the article is new."""
    key: str                 # the article's key, which its event ids hash (namespace)
    rows: list[dict]
    ne_rows: list[dict]


def prepare(article, events: Sequence, non_events: Sequence) -> Prepared:
    """Rows of a new article (runs on a worker: the province check is the costly part)."""
    key = _ingest.store_key(article)
    return Prepared(key, _ingest.event_rows(article, events, namespace=key),
                    _ingest.non_event_rows(article, non_events))


def _in(values: list) -> str:
    return ",".join("?" * len(values))


def _chunks(values: list):
    for i in range(0, len(values), IN_CHUNK):
        yield values[i:i + IN_CHUNK]


def _path(article) -> str:
    path = getattr(article, "path", "") or ""
    return path if os.path.isabs(path) else ""


def plan(db: _incident_ids.Db, entries: Sequence, reextract: bool) -> list[bool]:
    """Which entries (article, events, non_events, prepared) are new: none of their id, key,
    file path or event ids is stored or comes earlier in the batch."""
    if reextract:
        return [False] * len(entries)
    ids = [e[0].id for e in entries]
    keys = [e[3].key if e[3] is not None else _ingest.store_key(e[0]) for e in entries]
    paths = [_path(e[0]) for e in entries]
    stored_ids, stored_keys, stored_paths = set(), set(), set()
    for chunk in _chunks(list(range(len(entries)))):
        i, k, p = [ids[j] for j in chunk], [keys[j] for j in chunk], [paths[j] for j in chunk if paths[j]]
        sql = f"SELECT id, key, path FROM articles WHERE id IN ({_in(i)}) OR key IN ({_in(k)})"
        if p:
            sql += f" OR path IN ({_in(p)})"
        for rid, rkey, rpath in db.q(sql, i + k + p):
            stored_ids.add(rid)
            stored_keys.add(rkey)
            stored_paths.add(rpath)
    event_ids = [r["event_id"] for e in entries if e[3] is not None for r in e[3].rows]
    stored_events = set()
    for chunk in _chunks(event_ids):
        stored_events.update(r[0] for r in db.q(f"SELECT event_id FROM events WHERE event_id IN ({_in(chunk)})",
                                                chunk))
    out = []
    seen_ids, seen_keys, seen_paths, seen_events = set(), set(), set(), set()
    for entry, aid, key, path in zip(entries, ids, keys, paths):
        evs = [r["event_id"] for r in entry[3].rows] if entry[3] is not None else []
        new = (entry[3] is not None and aid not in stored_ids and aid not in seen_ids
               and key not in stored_keys and key not in seen_keys
               and not (path and (path in stored_paths or path in seen_paths))
               and not any(e in stored_events or e in seen_events for e in evs))
        out.append(new)
        seen_ids.add(aid)
        seen_keys.add(key)
        seen_paths.add(path)
        seen_events.update(evs)
    return out


def save_batch(store, entries: Sequence, reextract: bool = False) -> list[IngestResult]:
    """Write (article, events, non_events, prepared | None) entries in order, inside the
    store's ``batch()`` (its writer connection and transaction); one result each."""
    results: list[IngestResult | None] = [None] * len(entries)
    new = plan(store._bulk_db(store._db), entries, reextract)
    group: list[int] = []

    def flush() -> None:
        if not group:
            return
        picked = [(entries[i][0], entries[i][3]) for i in group]
        with store._tx() as db:
            store._insert_new(db, picked)
            idb = store._bulk_db(db)
            orphaned = _reattach(store, db, idb, picked)
            ids = [a.id for a, _p in picked]
            for chunk in _chunks(ids):
                _incident_ids.after_write(idb, [], f"article_id IN ({_in(chunk)})", chunk, store._pending)
        for i, (article, prep) in zip(group, picked):
            results[i] = IngestResult(article.id, article.name, len(prep.rows), len(prep.ne_rows), ADDED,
                                      orphaned=orphaned.get(article.id, 0))
        group.clear()

    for i, (entry, is_new) in enumerate(zip(entries, new)):
        if is_new:
            group.append(i)
            continue
        flush()
        article, events, non_events, _prep = entry
        results[i] = store.save_extraction(article, events, non_events, reextract=reextract)
    flush()
    return results          # type: ignore[return-value]


def _reattach(store, db, idb: _incident_ids.Db, picked: list) -> dict[str, int]:
    """Corrections waiting for these new articles (kept from an earlier life of their events,
    or filed under their names): re-attached and applied as save_extraction does. Rare: one
    query finds whether any article of the run has some."""
    names = list({a.name for a, _p in picked})
    ids = list({r["event_id"] for _a, p in picked for r in p.rows})
    hit_names, hit_ids = set(), set()
    for chunk in _chunks(names):
        hit_names.update(r[0] for r in idb.q(f"SELECT DISTINCT article FROM corrections WHERE article IN "
                                             f"({_in(chunk)})", chunk))
    for chunk in _chunks(ids):
        hit_ids.update(r[0] for r in idb.q(f"SELECT DISTINCT event_id FROM corrections WHERE event_id IN "
                                           f"({_in(chunk)})", chunk))
    out: dict[str, int] = {}
    if not hit_names and not hit_ids:
        return out
    for article, prep in picked:
        if article.name in hit_names or any(r["event_id"] in hit_ids for r in prep.rows):
            out[article.id] = store._reattach_corrections(db, article.name, prep.rows, [])
    return out
