"""Incident ids kept in the store, updated in SQL on every ingest and correction.

Both backends keep ``events.incident_id``: the id ``geo.incidents.assign_incidents``
gives each report not rejected when grouping ALL of them (the one grouping rule, not a
copy). A filtered view then reads only the reports it shows and the other reports of
their incidents (``incident_reports``), instead of grouping every report in memory.

Why a write only regroups a few reports: two reports share an incident only if they have
the same type and overlapping date windows (every member overlaps its first report).
So the grouping of a type splits into *components*: maximal runs of reports whose
windows chain by overlap; the greedy grouping inside a component does not depend on any
report outside it. A write regroups the components (in the new state) that hold the old
and the new windows of the reports it touched: a few SQL range queries (an index on
type + window start; ``meta.max_window`` bounds how far back a window can start) and
``assign_incidents`` over those reports; only changed ids are written.

SQL is written once with ``?`` placeholders; ``Db`` adapts it to a backend.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import pandas as pd

LO = "coalesce(date_from, date)"           # a report's window, as geo.incidents reads it
HI = "coalesce(date_to, date)"
# What the grouping reads of a report (geo.incidents.assign_incidents and its rules).
# (geo.layer.GROUP_COLUMNS, which tests check are all here).
COLUMNS = ["event_id", "type", "actor", "lat", "lon", "precision", "admin1_code", "country",
           "date", "date_from", "date_to", "article", "place_id", "name", "claim_kind", "claimed_by"]
INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_incident ON events(incident_id)",
    f"CREATE INDEX IF NOT EXISTS events_type_window ON events(type, ({LO}), event_id)",
)
CHUNK = 50_000


@dataclass
class Db:
    """A backend's connection, inside the caller's transaction."""
    rows: Callable[[str, Sequence], list]             # (sql, params) -> rows
    many: Callable[[str, list], None]                 # (sql, [params...])
    placeholder: str = "?"

    def q(self, sql: str, params: Sequence = ()) -> list:
        return self.rows(sql.replace("?", self.placeholder), list(params))

    def m(self, sql: str, params: list) -> None:
        if params:
            self.many(sql.replace("?", self.placeholder), params)


def _day(text) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except (TypeError, ValueError):
        return None


def window_days(lo, hi) -> int:
    a, b = _day(lo), _day(hi)
    return max(0, (b - a).days) if a and b else 0


def max_window(db: Db) -> int:
    row = db.q("SELECT value FROM meta WHERE key = 'max_window'")
    return int(row[0][0]) if row else 0


def note_windows(db: Db, windows: Iterable[tuple]) -> None:
    """Raise ``meta.max_window`` to the longest of these (lo, hi) windows (days)."""
    longest = max((window_days(lo, hi) for lo, hi in windows), default=0)
    if longest > max_window(db):
        db.q("UPDATE meta SET value = ? WHERE key = 'max_window'", (str(longest),))


def seeds(db: Db, where: str, params: Sequence = ()) -> list[tuple]:
    """(type, lo, hi) of the reports matching ``where``: what a write is about to change
    (read before it) or has changed (read after it)."""
    return [tuple(r) for r in db.q(f"SELECT type, {LO}, {HI} FROM events WHERE {where}", params)]


def _merge(intervals: list[tuple]) -> list[tuple]:
    out: list[list] = []
    for t, lo, hi in sorted(intervals, key=lambda x: (str(x[0]), x[1], x[2])):
        if out and out[-1][0] == t and lo <= out[-1][2]:
            out[-1][2] = max(out[-1][2], hi)
        else:
            out.append([t, lo, hi])
    return [tuple(x) for x in out]


def regroup(db: Db, touched: Iterable[tuple]) -> int:
    """Regroup the components holding these (type, lo, hi) windows; returns ids changed.

    The windows grow to whole components a few queries at a time (each query reads the
    reports overlapping all current windows at once), until no report overlaps them from
    outside; then the reports of those components are grouped in one call."""
    back = max_window(db)
    windows = _merge([(t, str(lo), str(hi if hi is not None else lo)) for t, lo, hi in touched
                      if t is not None and lo is not None])
    n = len(COLUMNS) + 1
    while True:
        rows = _overlapping(db, windows, back)
        grown = _merge(windows + [(r[1], r[n], r[n + 1] or r[n]) for r in rows])
        if grown == windows:
            break
        windows = grown
    return _assign(db, [r[:n] for r in rows])   # one call: components group independently


WINDOWS_PER_QUERY = 200       # SQLite: windows joined as VALUES in one query
WINDOWS_PER_OR = 16           # PostgreSQL: windows as OR-ed index ranges in one query


def _overlapping(db: Db, windows: list[tuple], back: int) -> list:
    """Reports (not rejected) of a window's type whose own window overlaps it, once each:
    COLUMNS, incident_id, lo, hi. The index on type + window start is searched once per
    window (``back`` bounds how early an overlapping window can start), several windows a
    query. SQLite: the windows as a VALUES table, a nested loop over it. PostgreSQL would
    hash-join such a table with a scan of every report (it cannot know the ranges are
    narrow), so there the windows are OR-ed ranges (a BitmapOr of index scans), a few per
    query: each row is checked against every term."""
    found: dict = {}
    sqlite = db.placeholder == "?"
    size = WINDOWS_PER_QUERY if sqlite else WINDOWS_PER_OR
    for i in range(0, len(windows), size):
        part = windows[i:i + size]
        params: list = []
        for t, lo, hi in part:
            start = _day(lo)
            params += [t, (start - dt.timedelta(days=back)).isoformat() if start else lo, hi, lo]
        if sqlite:
            values = ", ".join(["(?, ?, ?, ?)"] * len(part))
            sql = (f"WITH w(wt, we, whi, wlo) AS (VALUES {values}) "
                   f"SELECT {', '.join(COLUMNS)}, incident_id, {LO}, {HI} FROM w JOIN events "
                   f"ON type = wt AND rejected = 0 AND {LO} >= we AND {LO} <= whi AND {HI} >= wlo")
        else:
            terms = " OR ".join([f"(type = ? AND {LO} >= ? AND {LO} <= ? AND {HI} >= ?)"] * len(part))
            sql = (f"SELECT {', '.join(COLUMNS)}, incident_id, {LO}, {HI} FROM events "
                   f"WHERE rejected = 0 AND ({terms})")
        for r in db.q(sql, params):
            found[r[0]] = tuple(r)
    return [found[k] for k in sorted(found)]


def _assign(db: Db, rows: list) -> int:
    from geo.incidents import assign_incidents
    if not rows:
        return 0
    columns = list(zip(*rows))
    data = {name: list(values) for name, values in zip(COLUMNS, columns)}
    for name in ("date", "date_from", "date_to"):
        data[name] = _iso_days(data[name])
    ids = assign_incidents(pd.DataFrame(data)).tolist()
    updates = [(new, eid) for eid, old, new in zip(columns[0], columns[len(COLUMNS)], ids) if old != new]
    db.m("UPDATE events SET incident_id = ? WHERE event_id = ?", updates)
    return len(updates)


def _iso_days(values: list):
    """Dates as datetime64 when every value is an ISO day or None (what the store holds):
    the grouping then skips guessing a date format (most of its cost on a few reports).
    Anything else stays text, for the grouping's own lenient parsing."""
    out = []
    for v in values:
        if v is None:
            out.append(None)
        elif isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
            try:
                out.append(dt.date.fromisoformat(v))
            except ValueError:
                return values
        else:
            return values
    return pd.to_datetime(pd.Series(out, dtype=object))


def own_ids(db: Db, where: str, params: Sequence = ()) -> None:
    """Reports outside any regrouped component (undated, rejected) are their own incident."""
    db.q(f"UPDATE events SET incident_id = 'inc-' || event_id WHERE ({where}) "
         f"AND (incident_id IS NULL OR rejected = 1 OR {LO} IS NULL)", params)


def after_write(db: Db, before: list[tuple], where: str, params: Sequence = (),
                defer: list | None = None) -> int:
    """Keep incident ids right after a write to the reports matching ``where`` (``before``:
    their ``seeds`` read before the write, including reports since deleted). ``defer``: a
    list collecting the windows instead, for one ``regroup`` at the end of a batch (in the
    same transaction: readers never see the batch without its incident ids)."""
    after = seeds(db, where + " AND rejected = 0", params)
    note_windows(db, [(lo, hi) for _t, lo, hi in after])
    own_ids(db, where, params)
    if defer is not None:
        defer.extend(before + after)
        return 0
    return regroup(db, before + after)


DEFERRED = "incident_windows"        # meta keys "incident_windows <n>": windows to regroup later


def defer(db: Db, touched: Iterable[tuple]) -> None:
    """Note windows to regroup later (``regroup_deferred``), in the caller's transaction
    (one meta row per call, appended): a batch ingest regroups the windows of many write
    batches at once (a batch of a dense archive touches components holding thousands of
    reports). Until then its new reports are their own incidents; older reports keep theirs."""
    import json
    add = _merge([(t, str(lo), str(hi if hi is not None else lo)) for t, lo, hi in touched
                  if t is not None and lo is not None])
    if not add:
        return
    row = db.q("SELECT count(*) FROM meta WHERE key LIKE ?", (DEFERRED + " %",))
    n = int(row[0][0]) if row else 0
    while db.q("SELECT 1 FROM meta WHERE key = ?", (f"{DEFERRED} {n}",)):
        n += 1
    db.q("INSERT INTO meta VALUES (?, ?)", (f"{DEFERRED} {n}", json.dumps(add)))


def deferred(db: Db) -> list[tuple]:
    """The windows ``defer`` noted, merged."""
    import json
    rows = db.q("SELECT value FROM meta WHERE key LIKE ?", (DEFERRED + " %",))
    return _merge([tuple(w) for r in rows for w in json.loads(r[0])])


def regroup_deferred(db: Db) -> int:
    """Regroup the windows ``defer`` noted (in the caller's transaction); ids changed."""
    windows = deferred(db)
    changed = regroup(db, windows) if windows else 0
    db.q("DELETE FROM meta WHERE key LIKE ?", (DEFERRED + " %",))
    return changed


def regroup_all(db: Db) -> int:
    """Every report's incident id, component by component in window order (bounded memory:
    at most ~CHUNK reports at once, whole components)."""
    row = db.q(f"SELECT max(julianday({HI}) - julianday({LO})) FROM events") if db.placeholder == "?" else \
        db.q(f"SELECT max(({HI})::date - ({LO})::date) FROM events WHERE {LO} ~ '^\\d{{4}}-\\d\\d-\\d\\d$' "
             f"AND {HI} ~ '^\\d{{4}}-\\d\\d-\\d\\d$'")
    longest = int(row[0][0] or 0) if row else 0
    if longest > max_window(db):
        db.q("UPDATE meta SET value = ? WHERE key = 'max_window'", (str(longest),))
    db.q(f"UPDATE events SET incident_id = 'inc-' || event_id WHERE rejected = 1 OR {LO} IS NULL")
    # Pages in (type, window start, id) order; each page is grouped up to its last
    # component boundary, the rest is carried to the next page.
    sql = (f"SELECT {', '.join(COLUMNS)}, incident_id, {LO}, {HI} FROM events "
           f"WHERE rejected = 0 AND {LO} IS NOT NULL AND (type, {LO}, event_id) > (?, ?, ?) "
           f"ORDER BY type, {LO}, event_id LIMIT {CHUNK}")
    n = len(COLUMNS) + 1
    changed = 0
    carry: list = []
    key = ("", "", "")
    while True:
        page = db.q(sql, key)
        if not page:
            break
        key = (page[-1][1], page[-1][n], page[-1][0])
        rows = carry + [tuple(r) for r in page]
        cut = 0          # rows[:cut] are whole components
        reach = None
        for i, r in enumerate(rows):
            t, lo, hi = r[1], r[n], r[n + 1] or r[n]
            if reach is None or t != reach[0] or lo > reach[1]:
                cut = i
                reach = (t, hi)
            else:
                reach = (t, max(reach[1], hi))
        if len(page) < CHUNK:
            cut = len(rows)
        changed += _assign(db, [r[:n] for r in rows[:cut]])
        carry = rows[cut:]
        if len(page) < CHUNK:
            break
    changed += _assign(db, [r[:n] for r in carry])
    return changed
