"""GeoDataFrames for maps, charts and exports, read from an event store.

``events_frame`` gives one row per report, ``incidents_frame`` one row per
incident (reports of the same event grouped, see ``geo.incidents``). Grouping is
done once per store revision over every report, then incidents are filtered: one
matches when at least one of its reports matches all the filters (see the
``incidents`` section below).
Provinces were assigned at ingest by the one point-to-province locator, which prefers
the event's own country (``geo.provinces``); ``admin1_check`` records where the
gazetteer disagreed.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import incidents as _incidents
from geo.cache import LruCache
from geo.filters import Filters

CRS = "EPSG:4326"
# The columns of an events frame (``events_frame``), in order; the events TABLE's columns
# are ``geo.sql_store.EVENT_COLUMNS``.
FRAME_COLUMNS = [
    "event_id", "article_id", "article", "title", "url", "source", "type", "actor", "place",
    "name", "lat", "lon", "country", "admin1", "admin1_code", "precision", "date",
    "date_precision", "date_from", "date_to", "evidence", "claimed_by", "claim_kind",
    "target", "weapon", "confidence", "incident_id",
    # extras: audit and provenance
    "admin1_check", "published", "evidence_start", "evidence_end", "rejected", "reject_reason",
    "corrected",
]


def _points(lat: pd.Series, lon: pd.Series):
    x = pd.to_numeric(lon, errors="coerce").to_numpy(dtype=float)
    y = pd.to_numeric(lat, errors="coerce").to_numpy(dtype=float)
    geom = gpd.points_from_xy(x, y, crs=CRS)
    missing = np.isnan(x) | np.isnan(y)
    if missing.any():
        geom = gpd.GeoSeries(geom, crs=CRS)
        geom[missing] = None
        geom = geom.values
    return geom


def _dates(values: pd.Series) -> pd.Series:
    """ISO dates (as stored) to datetime64, vectorised; anything else is parsed leniently."""
    out = pd.to_datetime(values, errors="coerce", format="ISO8601")
    bad = out.isna() & values.notna()
    if bad.any():        # not ISO 8601: the lenient parser, as before
        out[bad] = pd.to_datetime(values[bad], errors="coerce")
    return out


def events_frame(store, filters: Filters | None = None) -> gpd.GeoDataFrame:
    """Reports matching ``filters``, as Points in EPSG:4326 (corrections applied).

    With ``filters.incidents`` each report carries the id of its incident among ALL
    reports (see :func:`incidents_frame`), not only those matching the filters."""
    f = filters or Filters()
    df = store.query_events(f)
    ids = None
    if f.incidents and _stored(store, f):
        ids = _stored_ids(df)
    elif f.incidents:
        ids = _grouping(store, f.include_rejected).ids_of(df["event_id"])
    return _events(df, f, ids=ids)


def _stored(store, f: Filters) -> bool:
    """The store keeps every report's incident id (geo.incident_ids): views read them.
    Those ids group the reports not rejected; with rejected ones, the grouping is made here."""
    return not f.include_rejected and hasattr(store, "incident_reports")


def _stored_ids(df: pd.DataFrame) -> np.ndarray:
    ids = df["incident_id"].astype(object) if "incident_id" in df else pd.Series(None, index=df.index, dtype=object)
    missing = ids.isna().to_numpy()
    if missing.any():
        ids = ids.copy()
        ids[missing] = "inc-" + df["event_id"][missing].astype(str)
    return ids.to_numpy(dtype=object)


def _events(df: pd.DataFrame, f: Filters, geometry: bool = True, ids=None) -> pd.DataFrame:
    """Typed columns of a ``query_events`` result (+ incident ids, + Points); columns
    the query did not read are left empty. ``ids``: incident ids of the rows (default:
    each report its own incident)."""
    df["date"] = _dates(df["date"])
    for col in ("lat", "lon", "confidence"):
        if col in df and df[col].dtype != float:
            df[col] = pd.to_numeric(df[col], errors="coerce")
    df["rejected"] = df["rejected"].astype(bool)
    df["incident_id"] = ids if ids is not None else "inc-" + df["event_id"]
    df = df.reindex(columns=FRAME_COLUMNS)
    if not geometry:
        return df
    return gpd.GeoDataFrame(df, geometry=_points(df["lat"], df["lon"]), crs=CRS)


# What a map needs of a point report that is binned on a grid (no popup), plus its identity.
MAP_POINT_COLUMNS = ["event_id", "type", "lat", "lon", "precision", "admin1_code", "country", "date"]
# What it needs of other reports: popups, the list of unplaced reports, snapshot.
MAP_COLUMNS = MAP_POINT_COLUMNS + [
    "article", "title", "url", "actor", "place", "name", "admin1", "date_precision", "date_from",
    "date_to", "evidence", "target", "source", "claim_kind", "claimed_by"]


def map_events_frame(store, filters: Filters | None = None, aggregate_above: int = 2000) -> gpd.GeoDataFrame:
    """``events_frame`` (one row per report) for the web map and snapshot.

    When more than ``aggregate_above`` located point reports match, the map bins
    them on a grid and shows no popup for them, so those rows carry only
    ``MAP_POINT_COLUMNS`` (other columns empty) and are read with a light query
    (an index covers it), and the province- and country-level rows carry
    ``MAP_COLUMNS`` (what popups, the list beside the map and the snapshot show).
    Otherwise this is exactly ``events_frame``. Row order: the point rows (by
    date), then the others (by date).
    """
    return map_base(store, filters, aggregate_above).frame


@dataclass(frozen=True)
class MapBase:
    """``map_events_frame`` plus what it takes to cut date ranges out of it
    (:func:`map_events_in`) without reading the store again."""
    frame: gpd.GeoDataFrame
    days: np.ndarray                     # the stored date text of each row (NaN if none)
    blocks: tuple[tuple[int, int], ...]  # row ranges each sorted by date: points, others
    filters: Filters
    aggregate_above: int

    @cached_property
    def searchable(self) -> bool:
        """Read without dates, and every stored date is text (NULLs first, as SQL sorts)."""
        if self.filters.date_from or self.filters.date_to:
            return False
        for start, end in self.blocks:
            days = self.days[start:end]
            k = int(pd.isna(days).sum())
            if pd.isna(days[k:]).any() or not all(isinstance(d, str) for d in days[k:]):
                return False
        return True


def map_base(store, filters: Filters | None = None, aggregate_above: int = 2000) -> MapBase:
    """``map_events_frame(store, filters)`` as a :class:`MapBase`."""
    f = (filters or Filters()).with_(incidents=False)
    points = store.query_events(f, columns=MAP_POINT_COLUMNS + ["rejected"], points=True)
    if len(points) <= aggregate_above:
        df = store.query_events(f)
        days = df["date"].to_numpy(dtype=object, copy=True)
        return MapBase(_events(df, f), days, ((0, len(df)),), f, aggregate_above)
    others = store.query_events(f, columns=MAP_COLUMNS + ["rejected"], points=False)
    days = np.concatenate([points["date"].to_numpy(dtype=object), others["date"].to_numpy(dtype=object)])
    points = _events(points, f, geometry=False)
    others = _events(others, f, geometry=False)
    both = pd.concat([points, others], ignore_index=True) if len(others) else points
    frame = gpd.GeoDataFrame(both, geometry=_points(both["lat"], both["lon"]), crs=CRS)
    return MapBase(frame, days, ((0, len(points)), (len(points), len(frame))), f, aggregate_above)


def map_events_in(base: MapBase, store, filters: Filters) -> gpd.GeoDataFrame:
    """``map_events_frame(store, filters, base.aggregate_above)`` for ``filters`` equal to
    ``base.filters`` but for their dates (the base is read without dates): rows cut
    out of the base by binary search on the stored date text (the
    comparison SQL makes), no query: ~5 ms at 10,000 reports where reading them
    costs ~0.08 s (light) to ~0.3 s (all columns)."""
    f = filters.with_(incidents=False)
    if f.with_(date_from=None, date_to=None) != base.filters:
        raise ValueError("map_events_in needs a base read with the same filters, without dates")
    if not base.searchable:
        return map_events_frame(store, f, base.aggregate_above)
    ranges = []
    for start, end in base.blocks:
        a, b = _date_slice(base.days[start:end], f.date_from, f.date_to)
        ranges.append((start + a, start + b))
    if len(ranges) == 2 and ranges[0][1] - ranges[0][0] <= base.aggregate_above:
        return events_frame(store, f)        # few points now: they get popups, read them whole
    rows = np.concatenate([np.arange(a, b) for a, b in ranges])
    return base.frame.iloc[rows].reset_index(drop=True)


# -- incidents ---------------------------------------------------------------------------
# Reports are grouped into incidents ONCE per store revision, over every report (not
# rejected, unless ``include_rejected``; corrections applied), and the incidents are then
# filtered. The rule (the same for the map, the Export page and ``python -m geo export``):
#
#   an incident matches the filters when at least one of its reports matches ALL of them
#   (the same report-level match as the reports mode: date in the range, province, type,
#   actor, precision, text); it is then shown whole: all its reports, sources and its
#   window, including reports outside the filters.
#
# So the incidents shown are exactly the incidents of the reports the reports mode shows
# (never more incidents than reports), and a report outside the filters still joins its
# incident. A date range is cut out of the cached grouping by binary search on the stored
# date text (like ``map_events_in``); other filters cost one light query (event ids), cached.

GROUP_COLUMNS = ["event_id", "type", "actor", "lat", "lon", "precision", "admin1_code", "country",
                 "date", "date_from", "date_to", "article", "place_id", "name"]


def _searchable(days: np.ndarray) -> bool:
    """Stored date texts in SQL order (NULLs first, then text): a binary search can cut them."""
    k = int(pd.isna(days).sum())
    return not pd.isna(days[k:]).any() and all(isinstance(d, str) for d in days[k:])


def _date_slice(days: np.ndarray, date_from, date_to) -> tuple[int, int]:
    """Rows [a, b) of ``days`` (searchable) within [date_from, date_to] (None: open): the
    one binary search on stored date text (the comparison SQL makes) for the map's date
    cuts and the incidents'."""
    if not date_from and not date_to:
        return 0, len(days)
    k = int(pd.isna(days).sum())               # NULL dates sort first; a date filter drops them
    dated = days[k:]
    a = k + int(np.searchsorted(dated, date_from.isoformat(), "left")) if date_from else k
    b = k + int(np.searchsorted(dated, date_to.isoformat(), "right")) if date_to else len(days)
    return a, max(a, b)


@dataclass(frozen=True)
class Grouping:
    """Incident id of every report of a store revision (rows in the store's order: date, id)."""
    event_ids: pd.Index          # report ids
    days: np.ndarray             # stored date text of each report (NaN if none)
    incident_ids: np.ndarray     # incident id of each report

    @cached_property
    def by_event(self) -> pd.Series:
        return pd.Series(self.incident_ids, index=self.event_ids)

    @cached_property
    def searchable(self) -> bool:
        return _searchable(self.days)

    def ids_of(self, event_ids: pd.Series) -> np.ndarray:
        """Incident ids of these reports (a report the grouping does not know: its own)."""
        ids = event_ids.map(self.by_event)
        missing = ids.isna()
        if missing.any():
            ids[missing] = "inc-" + event_ids[missing].astype(str)
        return ids.to_numpy(dtype=object)


@dataclass(frozen=True)
class IncidentTable:
    """Every incident of a store revision, and where each report's incident is."""
    grouping: Grouping
    incidents: gpd.GeoDataFrame  # ``incidents_of`` all reports (sorted by date, incident_id)
    position: np.ndarray         # row in ``incidents`` of each report's incident (grouping order)


# Shared by all sessions: atomic lookups, values built outside the lock (geo.cache).
_GROUPINGS, _TABLES, _MATCHES = LruCache(4), LruCache(4), LruCache(16)


def _store_key(store, include_rejected: bool) -> tuple:
    """What the grouping is a function of: the data set, its revision, rejected or not."""
    return (getattr(store, "uid", None) or str(store.path), store.revision(), bool(include_rejected))


def _base_filters(include_rejected: bool) -> Filters:
    return Filters(incidents=False, include_rejected=include_rejected)


def _grouping_of(frame: pd.DataFrame) -> Grouping:
    return Grouping(pd.Index(frame["event_id"].astype(str).to_numpy(dtype=object)),
                    frame["date"].to_numpy(dtype=object, copy=True),
                    _incidents.assign_incidents(frame).to_numpy(dtype=object))


def _grouping(store, include_rejected: bool = False) -> Grouping:
    """The incident ids of all reports, computed once per store revision (a light read)."""
    key = _store_key(store, include_rejected)
    table = _TABLES.peek(key)             # one atomic lookup (another session may evict it)
    if table is not None:
        return table.grouping
    return _GROUPINGS.get(key, lambda: _grouping_of(
        store.query_events(_base_filters(include_rejected), columns=GROUP_COLUMNS)))


def incident_table(store, include_rejected: bool = False) -> IncidentTable:
    """All incidents of the store's current revision, built once per revision."""
    key = _store_key(store, include_rejected)

    def build() -> IncidentTable:
        raw = store.query_events(_base_filters(include_rejected))
        days = raw["date"].to_numpy(dtype=object, copy=True)
        grouping = _GROUPINGS.peek(key)
        if grouping is None or len(grouping.event_ids) != len(raw) or \
                not np.array_equal(grouping.event_ids.to_numpy(), raw["event_id"].to_numpy(dtype=object)):
            grouping = _grouping_of(raw)          # written in between: group what was read
            grouping = Grouping(grouping.event_ids, days, grouping.incident_ids)
        reports = _events(raw, _base_filters(include_rejected), geometry=False, ids=grouping.incident_ids)
        table = incidents_of(reports)
        position = pd.Index(table["incident_id"]).get_indexer(grouping.incident_ids)
        return IncidentTable(grouping, table, position)

    return _TABLES.get(key, build)


def _matching_reports(store, table: IncidentTable, f: Filters) -> np.ndarray | None:
    """Rows (grouping order) of the reports matching ``f``; None: all of them."""
    g = table.grouping
    rest = f.with_(date_from=None, date_to=None, incidents=False)
    if rest == _base_filters(f.include_rejected):
        if not (f.date_from or f.date_to):
            return None
        if g.searchable:
            a, b = _date_slice(g.days, f.date_from, f.date_to)
            return np.arange(a, b)
    else:
        def build():
            hits = store.query_events(rest, columns=["event_id", "date"])
            rows = g.event_ids.get_indexer(hits["event_id"].astype(str))
            keep = rows >= 0
            days = hits["date"].to_numpy(dtype=object)[keep]
            return rows[keep], days, _searchable(days)
        rows, days, searchable = _MATCHES.get(_store_key(store, f.include_rejected) + (rest,), build)
        if not (f.date_from or f.date_to):
            return rows
        if searchable:
            a, b = _date_slice(days, f.date_from, f.date_to)
            return rows[a:b]
    hits = store.query_events(f.with_(incidents=False), columns=["event_id"])   # odd dates: SQL
    rows = g.event_ids.get_indexer(hits["event_id"].astype(str))
    return rows[rows >= 0]


def incidents_frame(store, filters: Filters | None = None) -> gpd.GeoDataFrame:
    """One row per incident with a report matching ``filters`` (the rule above);
    ``event_ids``/``titles``/``urls`` lead to all its reports. ~10 ms at 10,000 reports
    once the store revision is grouped (~0.5 s at 10,000 reports, once per revision)."""
    f = (filters or Filters()).with_(incidents=True)
    if _stored(store, f):
        return _stored_incidents(store, f)
    table = incident_table(store, f.include_rejected)
    rows = _matching_reports(store, table, f)
    if rows is None:
        return table.incidents.copy()
    return table.incidents.iloc[np.unique(table.position[rows])].reset_index(drop=True)


_STORED = LruCache(16)


def _stored_incidents(store, f: Filters) -> gpd.GeoDataFrame:
    """``incidents_frame`` from the incident ids kept in the store: the ids of the reports
    matching ``f`` (a light query), then every report of those incidents; nothing else
    is read, so memory follows what the view shows, not the size of the store. Kept per
    store revision and filters (a few views: a rerun with the same filters reads nothing)."""
    key = _store_key(store, False) + (f,)
    return _STORED.get(key, lambda: _stored_incidents_read(store, f)).copy()


def _stored_incidents_read(store, f: Filters) -> gpd.GeoDataFrame:
    base = _base_filters(False)
    if f.with_(incidents=False) == base:
        reports = store.query_events(base)
    else:
        hits = store.query_events(f.with_(incidents=False), columns=["event_id", "incident_id"])
        reports = store.incident_reports(sorted(set(_stored_ids(hits))))
    reports = _events(reports, base, geometry=False, ids=_stored_ids(reports))
    out = incidents_of(reports)
    if out.empty:          # typed like a slice of a non-empty result
        types = {c: "str" for c in _incidents.INCIDENT_COLUMNS if c not in
                 ("lat", "lon", "date", "n_reports", "n_sources", "corroborated", "sources", "event_ids",
                  "titles", "urls", "target", "weapon")}
        types.update(lat=float, lon=float, date="datetime64[s]", n_reports="int64", n_sources="int64",
                     corroborated=bool)
        out = out.astype(types)
    return out


def incidents_of(events: pd.DataFrame) -> gpd.GeoDataFrame:
    """Incidents of an events frame (which carries ``incident_id``)."""
    df = _incidents.aggregate(events)
    return gpd.GeoDataFrame(df, geometry=_points(df["lat"], df["lon"]), crs=CRS)


def province_counts(frame: pd.DataFrame, countries=None) -> gpd.GeoDataFrame:
    """Admin-1 polygons with strikes, deployments and total rows of ``frame``.

    Polygons of ``countries`` (default: the countries present in ``frame``).
    """
    columns = ["name", "admin1_code", "country", "strikes", "deployments", "total", "geometry"]
    if countries is None:
        countries = sorted({c for c in frame.get("country", pd.Series(dtype=object)).dropna().unique() if c})
    polys = _admin1(tuple(countries)) if countries else None
    if polys is None or polys.empty:
        return gpd.GeoDataFrame({c: [] for c in columns[:-1]}, geometry=[], crs=CRS)
    codes = polys["admin1_code"]
    out = {c: polys[c].reset_index(drop=True) for c in ("name", "admin1_code", "country")}
    for col, kind in (("strikes", "strike"), ("deployments", "deployment")):
        if frame.empty:
            out[col] = np.zeros(len(polys), dtype=int)
            continue
        per_code = frame.loc[frame["type"].eq(kind).to_numpy(dtype=bool), "admin1_code"].value_counts()
        out[col] = per_code.reindex(codes.to_numpy()).fillna(0).astype(int).to_numpy()
    out["total"] = out["strikes"] + out["deployments"]
    return gpd.GeoDataFrame(out, geometry=polys.geometry.to_numpy(), crs=CRS)[columns]


def _admin1(countries: tuple[str, ...]) -> gpd.GeoDataFrame:
    """``load_admin1(countries)``, read once per process while the files are unchanged."""
    from gazetteer.boundaries import boundaries_dir
    folder = boundaries_dir()
    stamps = []
    for cc in countries:
        try:
            stamps.append((folder / f"{str(cc).upper()}.geojson").stat().st_mtime_ns)
        except OSError:
            stamps.append(0)
    return _admin1_cached(str(folder), countries, tuple(stamps)).copy()


@lru_cache(maxsize=32)
def _admin1_cached(folder: str, countries: tuple[str, ...], stamps: tuple) -> gpd.GeoDataFrame:
    from gazetteer.boundaries import load_admin1
    return load_admin1(list(countries))


def daily_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``frame`` per day and type: DataFrame(date, type, count)."""
    if frame.empty:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"),
                             "type": pd.Series(dtype=object), "count": pd.Series(dtype=int)})
    days = pd.to_datetime(frame["date"], errors="coerce").dt.normalize()
    out = (pd.DataFrame({"date": days, "type": frame["type"]}).dropna(subset=["date"])
           .groupby(["date", "type"]).size().reset_index(name="count"))
    return out.sort_values(["date", "type"]).reset_index(drop=True)


def event_frame(store, event_id: str) -> gpd.GeoDataFrame:
    """One report, shaped as :func:`events_frame` shapes them (rejected or not)."""
    ev = dict(store.event(event_id))
    ev.pop("candidates", None)
    return _events(pd.DataFrame([ev]), Filters(include_rejected=True))
