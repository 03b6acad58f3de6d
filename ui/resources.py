"""Cached handles: the store (seeded on first start), frames, province polygons."""
from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import streamlit as st

import settings
from geo.filters import Filters
from geo.store import open_store


@dataclass
class _Seeding:
    """Whether the store's first-start ingest of the sample articles has run (one per store)."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    done: bool = False
    summary: object = None


@st.cache_resource(show_spinner=False)
def _store(path: str):
    return open_store(path), _Seeding()


def get_store():
    """The store at settings.db_target() (an SQLite file or a PostGIS url), seeded with
    data/articles on first start (with a progress bar that counts the articles; other
    sessions wait for it). A store that cannot be opened stops the page with one clear
    message (server unreachable, credentials, PostGIS missing, schema too old, ...)."""
    from geo.store import StoreError
    try:
        store, seeding = _store(str(settings.db_target()))
        if not seeding.done:
            _seed(store, seeding)
    except StoreError as exc:
        from ui.views import plain
        st.error(plain(f"The event store cannot be opened: {exc}"))
        st.stop()
    summary = seeding.summary
    if summary is not None and summary.errors and not st.session_state.get("_seed_reported"):
        st.session_state["_seed_reported"] = True
        from ui.views import plain
        st.warning("Seeding skipped some files:\n\n" + "\n".join(f"- {plain(e)}" for e in summary.errors[:10]))
    return store


def _seed(store, seeding: _Seeding) -> None:
    box = st.empty()
    with seeding.lock:
        if seeding.done:            # another session did it while this one waited
            box.empty()
            return
        bar = None

        def progress(done: int, total: int, name: str) -> None:
            nonlocal bar
            text = (f"First start: ingested {done} of {total} sample articles"
                    + (f" · reading {name}" if name else " · done")
                    + (" (loading the place-name index)" if done == 0 else ""))
            if bar is None:
                bar = box.progress(0.0, text=text)
            bar.progress(done / total if total else 1.0, text=text)

        seeding.summary = store.ensure_seeded(progress=progress)
        seeding.done = True
    box.empty()


DATE_FLOOR = dt.date(1900, 1, 1)     # no news event before; Streamlit sliders need bounded dates


def date_range(store) -> tuple[dt.date | None, dt.date | None, pd.DataFrame]:
    """(first, last) date the date slider offers, and the events dated outside
    1900-01-01..today (a mistyped year, a bad extraction), listed for review.

    The slider's range is the span of the events within those bounds, so one event dated
    3000-01-01 neither breaks the slider nor stretches it over a millennium."""
    return _date_range(str(store.path), store_version(store), dt.date.today())


@st.cache_resource(max_entries=4, show_spinner=False)
def _date_range(path: str, version: tuple, today: dt.date):
    store = _store(path)[0]
    lo, hi = store.span()
    empty = pd.DataFrame(columns=["event_id", "date", "type", "name", "place", "article", "evidence"])
    if lo is None or (lo >= DATE_FLOOR and hi <= today):
        return lo, hi, empty
    parts = []
    if lo < DATE_FLOOR:
        parts.append(store.query_events(Filters(date_to=DATE_FLOOR - dt.timedelta(days=1), include_rejected=False)))
    if hi > today:
        parts.append(store.query_events(Filters(date_from=today + dt.timedelta(days=1), include_rejected=False)))
    odd = pd.concat(parts, ignore_index=True) if parts else empty
    inside = store.query_events(Filters(date_from=DATE_FLOOR, date_to=today), columns=("date",))
    dates = pd.to_datetime(inside["date"], errors="coerce").dropna() if len(inside) else pd.Series([], dtype=object)
    if not len(dates):
        return None, None, odd
    return dates.min().date(), dates.max().date(), odd


def store_version(store) -> tuple:
    """Changes whenever the store's content changes (ingest, correction, reject): the
    data set's identity and its revision, which every write bumps from any process
    (``EventStore.revision``), whatever the backend."""
    return (getattr(store, "uid", None) or str(store.path), store.revision())


@st.cache_resource(max_entries=16, show_spinner=False)
def _frame(path: str, version: tuple, filters: Filters, kind: str) -> pd.DataFrame:
    from geo.layer import events_frame, incidents_frame
    store = _store(path)[0]
    if kind == "map_read":
        from geo.layer import map_events_frame
        from geo.webmap import MapOptions
        frame = map_events_frame(store, filters, MapOptions.aggregate_above)
    else:
        frame = incidents_frame(store, filters) if kind == "incidents" else events_frame(store, filters)
    frame.attrs[SOURCE_ATTR] = (path, version, repr(filters), kind)
    return frame


def events(store, filters: Filters):
    """Reports matching the filters (cached until the store changes; shared: do not modify)."""
    return _frame(str(store.path), store_version(store), filters, "events")


def incidents(store, filters: Filters):
    """Incidents matching the filters (cached until the store changes)."""
    return _frame(str(store.path), store_version(store), filters, "incidents")


def province_table(store) -> pd.DataFrame:
    """admin1_code, admin1, country of the provinces with events (cached per store version)."""
    return _province_table(str(store.path), store_version(store))


@st.cache_resource(max_entries=4, show_spinner=False)
def _province_table(path: str, version: tuple) -> pd.DataFrame:
    facets = _store(path)[0].facets()
    codes = list(facets.get("provinces", []))
    names = facets.get("province_names", {})
    return pd.DataFrame({"admin1_code": codes, "admin1": [names.get(c, c) for c in codes],
                         "country": [c.split(".")[0] for c in codes]})


def countries(store) -> list[str]:
    """Country codes of the stored events (cached per store version)."""
    return _countries(str(store.path), store_version(store))


@st.cache_resource(max_entries=4, show_spinner=False)
def _countries(path: str, version: tuple) -> list[str]:
    return [c for c, _ in _store(path)[0].top("country", 500) if c]


def event_frame(store, event_id: str) -> pd.DataFrame:
    """One report as a frame (for its small map; cached until the store changes)."""
    return _event_frame(str(store.path), store_version(store), event_id)


@st.cache_resource(max_entries=16, show_spinner=False)
def _event_frame(path: str, version: tuple, event_id: str) -> pd.DataFrame:
    from geo.layer import event_frame
    frame = event_frame(_store(path)[0], event_id)
    frame.attrs[SOURCE_ATTR] = (path, version, event_id, "event")
    return frame


def map_events(store, filters: Filters):
    """Reports for the map (cached; shared: do not modify): many located points are read
    light, see ``geo.layer.map_events_frame``. A new date range is cut out of the
    reports matching the other filters (read once per store version), not re-read."""
    f = filters.with_(incidents=False)
    path, version = str(store.path), store_version(store)
    if f.date_from is None and f.date_to is None:
        return _map_base(path, version, f).frame
    return _map_slice(path, version, f)


@st.cache_resource(max_entries=4, show_spinner=False)
def _map_base(path: str, version: tuple, filters: Filters):
    from geo.layer import map_base
    from geo.webmap import MapOptions
    base = map_base(_store(path)[0], filters, MapOptions.aggregate_above)
    base.frame.attrs[SOURCE_ATTR] = (path, version, repr(filters), "map")
    return base


@st.cache_resource(max_entries=16, show_spinner=False)
def _map_slice(path: str, version: tuple, filters: Filters) -> pd.DataFrame:
    from geo.layer import map_events_in
    base = _map_base(path, version, filters.with_(date_from=None, date_to=None))
    frame = map_events_in(base, _store(path)[0], filters)
    frame.attrs[SOURCE_ATTR] = (path, version, repr(filters), "map")
    return frame


def map_frame(store, filters: Filters) -> tuple[pd.DataFrame, int]:
    """(frame for the map, n standing): the matching rows plus deployments made before the
    date range that still stand (a deployment persists from its date on); those carry
    ``standing=True``. Not added when the type filter excludes deployments."""
    get = incidents if filters.incidents else map_events
    frame = get(store, filters)
    if filters.date_from is None or (filters.types and "deployment" not in filters.types):
        return frame, 0
    before = filters.with_(date_from=None, date_to=filters.date_from - dt.timedelta(days=1),
                           types=("deployment",))
    # Earlier deployments: usually few, read directly (a date-indexed query) rather than
    # through a cached read of every deployment.
    earlier = (incidents(store, before) if filters.incidents else
               _frame(str(store.path), store_version(store), before.with_(incidents=False), "map_read"))
    if filters.incidents and len(earlier) and len(frame):
        # An incident with reports both before and inside the range is in the frame already.
        earlier = earlier[~earlier["incident_id"].isin(frame["incident_id"]).to_numpy()]
    if not len(earlier):
        return frame, 0
    source = ("map_frame", frame.attrs.get(SOURCE_ATTR), earlier.attrs.get(SOURCE_ATTR))
    return _with_standing(source, frame, earlier), len(earlier)


@st.cache_resource(max_entries=4, show_spinner=False)
def _with_standing(source: tuple, _frame: pd.DataFrame, _earlier: pd.DataFrame) -> pd.DataFrame:
    both = pd.concat([_frame.assign(standing=False), _earlier.assign(standing=True)], ignore_index=True)
    both.attrs[SOURCE_ATTR] = source
    return both


@st.cache_resource(max_entries=32, show_spinner=False)
def province_polygons(frame_key: tuple, _frame: pd.DataFrame, tolerance: float = 0.01, countries: tuple = ()):
    """Province polygons with counts for a frame, simplified for the web map: of the
    frame's countries, and of ``countries`` (a country filter shows its provinces even
    where nothing matches)."""
    from geo.layer import province_counts
    if countries:
        present = _frame.get("country", pd.Series(dtype=object)).dropna().unique()
        countries = tuple(sorted(set(countries) | {c for c in present if c}))
    gdf = province_counts(_frame, countries or None)
    if len(gdf):
        gdf["geometry"] = _simplified(tuple(gdf["admin1_code"]), tuple(gdf["country"]), tolerance,
                                      gdf.geometry)
    return gdf


@st.cache_resource(max_entries=16, show_spinner=False)
def _simplified(codes: tuple, countries: tuple, tolerance: float, _geometry):
    """Simplified outlines of these provinces (the same whatever the counts)."""
    return _geometry.simplify(tolerance, preserve_topology=True).to_numpy()


# A cached frame's origin (store, version, filters): what its content is a function of.
# pandas carries attrs over to subsets, e.g. ``frame[~frame["standing"]]``.
SOURCE_ATTR = "strikemap_source"
KEY_COLUMNS = ("event_id", "incident_id", "type", "actor", "lat", "lon", "admin1_code", "precision",
               "date", "date_from", "date_to", "n_reports", "standing")


def frame_key(frame: pd.DataFrame) -> tuple:
    """A cheap identity of a frame's content for caching (changes with any correction).

    Frames from this module's caches (and their row subsets) are known by their
    origin and row labels: ~1 ms at 100,000 rows, where hashing the content costs
    ~0.2 s. Other frames are hashed.
    """
    cols = [c for c in KEY_COLUMNS if c in frame.columns]
    if not len(frame) or not cols:
        return (len(frame), tuple(cols))
    source = frame.attrs.get(SOURCE_ATTR)
    if source is not None:
        rows = pd.util.hash_array(np.asarray(frame.index), categorize=False)
        return (len(frame), tuple(cols), source, int(rows.sum()), int((rows * np.uint64(31)).sum()))
    digest = pd.util.hash_pandas_object(frame[cols], index=False).sum()
    return (len(frame), tuple(cols), int(digest))


@st.cache_resource(max_entries=8, show_spinner=False)
def _map_data(key: tuple, options: tuple, end, _frame: pd.DataFrame, _provinces, _features=None):
    from geo.webmap import MapOptions, prepare
    return prepare(_frame, _provinces, MapOptions(*options), end=end, feature_cache=_features)


@st.cache_resource(max_entries=4, show_spinner=False)
def _row_features(scope: tuple):
    """Point features (popups included) by row, for one store version and kind of frame;
    shared by sessions, so thread-safe and bounded (``geo.cache.FeatureCache``)."""
    from geo.cache import FeatureCache
    return FeatureCache(max_items=100_000)


def map_result(frame: pd.DataFrame, provinces, options, end=None, store=None, filters: Filters | None = None,
               feed: bool = False):
    """The map for a frame: features prepared once per frame and options (cached), a new
    folium map each run (folium maps cannot be rendered twice). With the ``store`` and
    ``filters`` the frame was read with, each row's point feature is built once per store
    version (a new date range only selects them). ``feed``: the event feed and popup links
    (geo.feed)."""
    import dataclasses
    from geo.webmap import MapResult, render
    key = (frame_key(frame), dataclasses.astuple(options), end)
    features = None
    if store is not None and filters is not None:
        scope = (str(store.path), store_version(store), bool(filters.incidents), bool(filters.include_rejected),
                 tuple(frame.columns), options.max_popup_titles)
        features = _row_features(scope)
    data = _map_data(*key, frame, provinces, features)
    m = render(data, options)
    if feed:                       # the list of events in view, and popup links to Events
        from geo.feed import EventFeed
        from geo.webmap import COLORS
        m.add_child(EventFeed(COLORS, bounds=data.bounds))
    return MapResult(map=m, n_points=data.n_points, n_areas=data.n_areas,
                     aggregated=data.aggregated, unplaced=data.unplaced, key=key + (feed,))


# ---------------------------------------------------------------- drawing the map
def folium_payload(m, key: str | None, returned_objects=None) -> dict:
    """The arguments ``st_folium`` (streamlit-folium 0.27) sends its component for map ``m``,
    the same script, header, html and links; computed with st_folium's own helpers, but
    the layers' GeoJSON (``GeoJsonText``, serialised once per prepared map) is spliced
    in after its regular expressions and dedent ran on the short script, and the
    component key hashes the short script plus the data's digest (it changes whenever
    the script does)."""
    import hashlib

    import folium.elements
    import streamlit_folium as sf

    from geo.assets import _walk
    from geo.webmap import GeoJsonText
    layers = [el for el in _walk(m) if isinstance(el, GeoJsonText)]
    for layer in layers:
        layer.deferred = True
    try:
        m.get_root().render()
        m.render()
        html = sf._get_html(m)
        header = sf._get_header(m)
        leaflet = sf._get_map_string(m)
    finally:
        for layer in layers:
            layer.deferred = False
    digest = hashlib.sha256(sf.generate_js_hash(leaflet, key, False).encode())
    for layer in layers:
        leaflet = leaflet.replace(layer.placeholder, layer.text, 1)
        digest.update(layer.placeholder.encode())
    wanted = None if returned_objects is None else set(returned_objects)
    defaults = {"last_clicked": None, "last_object_clicked": None, "last_object_clicked_count": None,
                "last_object_clicked_tooltip": None, "last_object_clicked_popup": None,
                "all_drawings": None, "last_active_drawing": None, "bounds": None,
                "zoom": m.options.get("zoom"), "last_circle_radius": None, "last_circle_polygon": None,
                "selected_layers": None, "selected_tags": None, "last_geocoder_result": None}
    defaults = {k: v for k, v in defaults.items() if wanted is None or k in wanted}
    if "bounds" in defaults:          # walks every coordinate: only when asked for
        (s, w), (n, e) = m.get_bounds()
        defaults["bounds"] = {"_southWest": {"lat": s, "lng": w}, "_northEast": {"lat": n, "lng": e}}
    css, js = [], []
    for el in _walk(m):
        if isinstance(el, folium.elements.JSCSSMixin):
            css += [href for _, href in getattr(el, "default_css", [])]
            js += [src for _, src in getattr(el, "default_js", [])]
    return dict(script=leaflet, header=header, html=html, id=sf.get_full_id(m), key=digest.hexdigest(),
                returned_objects=None if returned_objects is None else list(returned_objects),
                default=defaults, css_links=list(dict.fromkeys(css)), js_links=list(dict.fromkeys(js)))


@st.cache_resource(max_entries=8, show_spinner=False)
def _payload(map_key: tuple, assets_mode: str, key: str, returned_objects: tuple, _m):
    return folium_payload(_m, key, returned_objects)


def show_map(result, key: str, height: int = 620, returned_objects=("last_active_drawing",)):
    """``st_folium(result.map, height, use_container_width=True, key, returned_objects)``,
    its work done once per prepared map (``result.key``): a rerun with the same map
    sends the cached script (the browser keeps the map, as with st_folium)."""
    import streamlit_folium as sf
    returned = tuple(returned_objects)
    if result.key is None:
        payload = folium_payload(result.map, key, returned)
    else:
        payload = _payload(result.key, settings.assets_mode(), key, returned, result.map)
    hash_key = payload["key"]

    def on_change():
        st.session_state[key] = st.session_state.get(hash_key, {})

    return sf._component_func(**payload, height=height, width=None, zoom=None, center=None,
                              feature_group=None, return_on_hover=False, layer_control=None,
                              pixelated=False, on_change=on_change, wrap_longitude=False)
