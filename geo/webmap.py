"""The interactive folium map of events: one function per map element, no Streamlit.

Input is a frame with the columns of ``geo.layer.events_frame`` or
``incidents_frame`` and a frame of admin-1 polygons (``province_counts``
output, or ``load_admin1`` with zero counts). Drawing rules:

* point-precision events are ONE GeoJson layer (circle markers styled in JS,
  popup HTML built and escaped here), clustered; above ``aggregate_above``
  they are binned on a grid on the server so the browser stays fast;
* admin1-precision events are drawn as their province polygon (hatched by
  dash), never as a pin on the provincial capital;
* country-level events are not drawn: :func:`build_map` returns them for a
  list beside the map;
* the play mode steps through time; deployments persist from their date on.

Every piece of article text is ``html.escape``d before it reaches HTML; URLs
other than http(s) are dropped.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import math
import types
from dataclasses import dataclass, field

import folium
import numpy as np
import pandas as pd
from folium import plugins
from folium.utilities import JsCode

from geo import assets

COLORS = {"strike": "#d7301f", "deployment": "#2b6cb0"}
OTHER_COLOR = "#6b6b6b"
SYMBOLS = {"strike": "✸", "deployment": "▲"}
DEFAULT_BOUNDS = ((29.0, 32.0), (38.0, 45.0))   # used only for an empty map


@dataclass
class MapOptions:
    cluster: bool = True
    heatmap: bool = False
    choropleth: bool = True
    play: bool = False
    aggregate_above: int = 2000          # point events beyond this are binned on a grid
    max_popup_titles: int = 5
    tiles: str | None = None             # None: no tile server (offline); e.g. "OpenStreetMap"


@dataclass
class MapResult:
    map: folium.Map
    n_points: int = 0                    # point-precision events drawn
    n_areas: int = 0                     # admin1-precision events drawn as areas
    aggregated: bool = False             # points were binned on a grid
    unplaced: pd.DataFrame = field(default_factory=pd.DataFrame)  # country-level / no polygon
    key: tuple | None = None             # identity of the prepared data when cached (else None)


# ---------------------------------------------------------------- text helpers
def esc(value) -> str:
    """Escaped text for HTML ('' for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value is pd.NaT:
        return ""
    return html.escape(str(value), quote=True)


def safe_url(url) -> str:
    """The URL when it is http(s), else '' (no javascript: links from articles)."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


def _day(value) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return value.strftime("%Y-%m-%d")
    return str(value)[:10]


def date_label(row: dict) -> str:
    """'2015-10-01', or '≈ 2015-10-01 (2015-09-28 – 2015-10-04)' for an approximate date."""
    day = _day(row.get("date"))
    if row.get("date_precision") not in (None, "", "day"):
        lo, hi = _day(row.get("date_from")), _day(row.get("date_to"))
        window = f" ({lo} – {hi})" if lo and hi and lo != hi else ""
        return f"≈ {day}{window}" if day else window.strip(" ()")
    return day


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple, np.ndarray)):
        return list(value)
    if isinstance(value, str):
        return [value] if value else []
    return []


POPUP_CSS = (
    ".sm-pop{font:13px/1.35 sans-serif;max-width:340px}.sm-pop q{display:block;margin:4px 0;"
    "padding-left:6px;border-left:3px solid #999;quotes:none}.sm-strike{color:#d7301f}"
    ".sm-deployment{color:#2b6cb0}.sm-pop i{color:#666}")


def popup_html(row: dict, max_titles: int = 5) -> str:
    """Popup for one event or incident; every value escaped (styled by POPUP_CSS)."""
    kind = str(row.get("type") or "")
    place = esc(row.get("name") or row.get("place"))
    written = row.get("place")
    if written and written != row.get("name"):
        place += f" <i>(“{esc(written)}”)</i>"
    admin = ", ".join(esc(v) for v in (row.get("admin1"), row.get("country")) if v)
    parts = [
        f"<div class=sm-pop><b class=sm-{esc(kind)}>{esc(kind.title())}</b> · {esc(date_label(row))}<br>",
        f"<b>Actor:</b> {esc(row.get('actor') or 'unknown')}<br>",
        f"<b>Place:</b> {place}" + (f" — {admin}" if admin else "") + "<br>",
        f"<b>Precision:</b> {esc(row.get('precision'))}<br>",
    ]
    if row.get("standing") is True:
        parts.append("<i>Deployed before the selected dates and still in place.</i><br>")
    if row.get("target"):
        parts.append(f"<b>Target:</b> {esc(row.get('target'))}<br>")
    if row.get("n_reports"):
        n, s = int(row.get("n_reports") or 0), int(row.get("n_sources") or 0)
        tag = " · corroborated" if row.get("corroborated") else ""
        parts.append(f"<b>Reports:</b> {n} from {s} source(s){tag}<br>")
    parts.append(f"<q>{esc(row.get('evidence'))}</q>")
    titles = _as_list(row.get("titles")) or [row.get("title")]
    urls = _as_list(row.get("urls")) or [row.get("url")]
    for i, title in enumerate(titles[:max_titles]):
        url = safe_url(urls[i] if i < len(urls) else "")
        label = esc(title or row.get("article") or "article")
        parts.append(f"<a href='{esc(url)}' target=_blank rel=noopener>{label}</a><br>"
                     if url else f"{label}<br>")
    parts.append("</div>")
    return "".join(parts)


def tooltip_text(row: dict) -> str:
    return esc(f"{row.get('type', '')} · {_day(row.get('date'))} · {row.get('name') or row.get('place') or ''}")


# ---------------------------------------------------------------- map elements
class _Rendered(folium.Element):
    """Text already rendered by a macro, added to the page as is."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _DirectRender(folium.MacroElement):
    """``MacroElement.render`` without re-parsing the output: branca wraps each rendered
    header/html/script in ``Element(text)``, which compiles it as a jinja template; for
    a layer carrying its data inline (hundreds of KB) that costs more than building
    the data, twice per Streamlit run. Same output (and no jinja syntax read out of
    article text)."""

    def render(self, **kwargs):
        figure = self.get_root()
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(_Rendered(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class _GeoJson(folium.GeoJson, _DirectRender):
    pass


def geojson_text(collection: dict) -> str:
    """``collection`` as folium's ``tojson`` writes it into the page (sorted keys; <, >, &
    and ' as \\u escapes, so no text can close the script): the same bytes, once."""
    return (json.dumps(collection, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("'", "\\u0027"))


class _WithData:
    """The layer as its template sees it, with other ``data``."""

    def __init__(self, layer, data):
        self._layer, self.data = layer, data

    def __getattr__(self, name):
        return getattr(self._layer, name)


class GeoJsonText(_GeoJson):
    """A GeoJson layer whose data is serialised once (``text``, cached with the map data)
    rather than on each render; the script is folium's, byte for byte.

    With ``deferred`` set the script carries a short placeholder (``placeholder``)
    instead of the data, for code that post-processes the script with regular
    expressions (``ui.resources``'s st_folium payload); it splices ``text`` in after."""

    def __init__(self, collection: dict, text: str, **kwargs):
        super().__init__(collection, **kwargs)
        self.text = text
        self.deferred = False
        token = hashlib.sha256(text.encode()).hexdigest()[:24]
        self._stub = {"type": "FeatureCollection", "features": [], "strikemap_splice": token}
        self.placeholder = geojson_text(self._stub)
        base = folium.GeoJson._template.module.script

        def script(this, kwargs=None):
            out = base(_WithData(this, this._stub), kwargs or {})
            return out if this.deferred else out.replace(this.placeholder, this.text, 1)
        self._template = types.SimpleNamespace(module=types.SimpleNamespace(script=script),
                                               render=lambda **kw: script(self, kw.get("kwargs")))


def _geojson_layer(features: list[dict], text: str | None = None, **kwargs) -> GeoJsonText:
    collection = {"type": "FeatureCollection", "features": features}
    return GeoJsonText(collection, text if text is not None else geojson_text(collection), **kwargs)


class _HeatMap(plugins.HeatMap, _DirectRender):
    pass


class _TimestampedGeoJson(plugins.TimestampedGeoJson, _DirectRender):
    pass


def base_map(bounds=None, tiles: str | None = None) -> folium.Map:
    """A map with no tile server by default (our polygons make it readable), scale bar."""
    m = folium.Map(tiles=tiles, control_scale=True, zoom_start=6, location=(35.0, 38.5))
    # Without a tile layer Leaflet has no maxZoom, which marker clustering requires.
    m.options.update(max_zoom=18, min_zoom=2)
    (s, w), (n, e) = bounds or DEFAULT_BOUNDS
    m.fit_bounds([[s, w], [n, e]])
    return m


def frame_bounds(points: pd.DataFrame, provinces=None):
    """((south, west), (north, east)) of the events, else of the polygons."""
    if len(points):
        lat, lon = points["lat"].astype(float), points["lon"].astype(float)
        return (lat.min() - 0.3, lon.min() - 0.3), (lat.max() + 0.3, lon.max() + 0.3)
    if provinces is not None and len(provinces):
        w, s, e, n = provinces.total_bounds
        return (s, w), (n, e)
    return None


def _ramp(value: float, top: float) -> str:
    """Sequential colour (pale yellow to dark red) for a count."""
    if not value or top <= 0:
        return "#f7f7f2"
    steps = ["#fff5c2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"]
    i = min(len(steps) - 1, int(len(steps) * math.log1p(value) / math.log1p(top + 1e-9)))
    return steps[i]


def province_features(provinces, choropleth: bool = True) -> list[dict]:
    """Province outlines as features, filled by event count (choropleth)."""
    cols = [c for c in ("name", "admin1_code", "country", "strikes", "deployments", "total")
            if c in provinces.columns]
    gdf = provinces[cols + ["geometry"]].copy()
    for c in ("strikes", "deployments", "total"):
        if c not in gdf.columns:
            gdf[c] = 0
        gdf[c] = gdf[c].fillna(0).astype(int)
    top = float(gdf["total"].max() or 0)
    features = []
    for rec, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
        if geom is None or geom.is_empty:
            continue
        fill = _ramp(rec["total"], top) if choropleth else "#f7f7f2"
        rec["style"] = {"color": "#555", "weight": 1, "fillColor": fill, "fillOpacity": 0.55}
        rec["label"] = (f"{esc(rec.get('name'))} ({esc(rec.get('country'))}): "
                        f"{rec['strikes']} strikes, {rec['deployments']} deployments")
        features.append({"type": "Feature", "properties": rec, "geometry": geom.__geo_interface__})
    return features


def province_layer(features: list[dict], text: str | None = None) -> folium.GeoJson:
    """The provinces layer; clicking one returns its feature (name, admin1_code) to the page."""
    return _geojson_layer(
        features, text,
        name="Provinces (events per province)",
        on_each_feature=JsCode("function(f, layer){ layer.bindTooltip(f.properties.label, {sticky: true}); }"))


_POINT_JS = JsCode("function(f, latlng){ return L.circleMarker(latlng, f.properties.style); }")
_BIND_JS = JsCode(
    "function(f, layer){ if (f.properties.popup) { layer.bindPopup(f.properties.popup, {maxWidth: 360}); }"
    " if (f.properties.tip) { layer.bindTooltip(f.properties.tip); } }")


def _style(kind: str, radius: float = 7, dashed: bool = False) -> dict:
    color = COLORS.get(kind, OTHER_COLOR)
    style = {"radius": radius, "color": "#222" if kind == "deployment" else color,
             "weight": 2 if kind == "deployment" else 1, "fillColor": color, "fillOpacity": 0.85}
    if dashed:
        style.update(color=color, weight=2, dashArray="6 4", fillOpacity=0.25, radius=None)
    return style


def _records(frame: pd.DataFrame) -> list[dict]:
    return frame.to_dict("records")


def point_features(points: pd.DataFrame, max_titles: int = 5) -> list[dict]:
    """GeoJSON features for point events, with escaped popup/tooltip HTML and style."""
    feats = []
    for row in _records(points):
        kind = str(row.get("type") or "")
        style = _style(kind, 8 if kind == "deployment" else 6)
        if row.get("standing") is True:          # an earlier deployment still in place: paler
            style.update(fillOpacity=0.4, dashArray="3 3")
        feats.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(row["lon"]), float(row["lat"])]},
            "properties": {"type": kind, "event_id": row.get("event_id") or row.get("incident_id"),
                           "style": style,
                           "popup": popup_html(row, max_titles), "tip": tooltip_text(row)},
        })
    return feats


def collection_text(feature_texts: list[str]) -> str:
    """``geojson_text`` of a FeatureCollection from its features' ``geojson_text``s."""
    return '{"features": [' + ", ".join(feature_texts) + '], "type": "FeatureCollection"}'


def cached_point_features(points: pd.DataFrame, max_titles: int, cache) -> tuple[list[dict], str]:
    """``point_features`` and their ``geojson_text``, reusing the features of rows seen before.

    ``cache`` maps (event or incident id, standing) to (feature, text) (a
    ``geo.cache.FeatureCache`` shared by sessions, or a dict); the caller keeps one per
    store version and frame kind/columns/``max_titles`` (a row's feature is a function of
    its row), so a new date range only builds the rows it has not seen. Each key is read
    from the cache ONCE (another thread may evict it at any time) and new ones are added
    in one update."""
    id_col = "event_id" if "event_id" in points else "incident_id" if "incident_id" in points else None
    ids = points[id_col].tolist() if id_col else [None] * len(points)
    standing = (points["standing"].tolist() if "standing" in points else [False] * len(points))
    keys = [(i, s is True) if isinstance(i, (str, int)) and i != "" else None for i, s in zip(ids, standing)]
    wanted = {k for k in keys if k is not None}
    if hasattr(cache, "lookup"):
        have = cache.lookup(wanted)
    else:
        have = {}
        for k in wanted:
            pair = cache.get(k)
            if pair is not None:
                have[k] = pair
    todo = [n for n, k in enumerate(keys) if k is None or k not in have]
    built = point_features(points.iloc[todo], max_titles) if todo else []
    fresh, new = {}, {}
    for n, feat in zip(todo, built):
        pair = (feat, geojson_text(feat))
        if keys[n] is None:
            fresh[n] = pair
        else:
            have[keys[n]] = new[keys[n]] = pair
    if new:
        cache.update(new)
    pairs = [fresh[n] if k is None else have[k] for n, k in enumerate(keys)]
    return [f for f, _ in pairs], collection_text([t for _, t in pairs])


def points_layer(features: list[dict], cluster: bool = True, text: str | None = None):
    """All point events as ONE GeoJson layer (optionally inside a marker cluster)."""
    layer = _geojson_layer(features, text, name="Events (points)", point_to_layer=_POINT_JS, on_each_feature=_BIND_JS)
    if not cluster:
        return layer
    group = plugins.MarkerCluster(name="Events (points, clustered)",
                                  options={"maxClusterRadius": 40, "disableClusteringAtZoom": 10})
    layer.control = False
    layer.add_to(group)
    return group


def grid_size(n: int) -> float:
    """Grid cell in degrees for binning n points (coarser for more points)."""
    return 0.1 if n <= 20000 else 0.25 if n <= 200000 else 0.5


def aggregate_points(points: pd.DataFrame, cell: float) -> pd.DataFrame:
    """Point events binned per (grid cell, type): lat, lon (mean), type, count, first, last.

    Bins in order of first appearance; numpy on integer bin codes (a pandas groupby
    over three keys costs several times more).
    """
    lon = points["lon"].astype(float).to_numpy()
    lat = points["lat"].astype(float).to_numpy()
    gx = np.floor(lon / cell).astype(np.int64)
    gy = np.floor(lat / cell).astype(np.int64)
    kinds = points["type"].astype(str).to_numpy()
    tcode, tnames = pd.factorize(kinds)
    if not len(points):
        return pd.DataFrame({"gx": gx, "gy": gy, "type": kinds, "lat": lat, "lon": lon,
                             "count": np.zeros(0, dtype=np.int64),
                             "first": pd.Series(dtype="datetime64[ns]"), "last": pd.Series(dtype="datetime64[ns]")})
    ny, nt = int(gy.max() - gy.min()) + 1, max(len(tnames), 1)
    key = ((gx - gx.min()) * ny + (gy - gy.min())) * nt + tcode
    codes, _ = pd.factorize(key)
    first_row = np.full(codes.max() + 1, len(codes), dtype=np.int64)
    np.minimum.at(first_row, codes, np.arange(len(codes)))
    count = np.bincount(codes)
    dates = (pd.to_datetime(points["date"]) if "date" in points
             else pd.Series(pd.NaT, index=points.index, dtype="datetime64[ns]"))
    span = pd.Series(dates.to_numpy()).groupby(codes, sort=True).agg(["min", "max"])
    return pd.DataFrame({
        "gx": gx[first_row], "gy": gy[first_row], "type": kinds[first_row],
        "lat": np.bincount(codes, weights=lat) / count, "lon": np.bincount(codes, weights=lon) / count,
        "count": count, "first": span["min"].to_numpy(), "last": span["max"].to_numpy()})


def aggregate_features(points: pd.DataFrame) -> tuple[list[dict], float]:
    """Binned point events: one circle per grid cell and type, radius by count; (features, cell)."""
    cell = grid_size(len(points))
    bins = aggregate_points(points, cell)
    lat, lon, cnt = bins["lat"].round(4).tolist(), bins["lon"].round(4).tolist(), bins["count"].tolist()
    kinds = bins["type"].tolist()
    firsts, lasts = bins["first"].dt.strftime("%Y-%m-%d").tolist(), bins["last"].dt.strftime("%Y-%m-%d").tolist()
    feats = []
    for y, x, c, k, a, b in zip(lat, lon, cnt, kinds, firsts, lasts):
        tip = f"{c} {k}{'s' if c != 1 else ''} · {a} – {b}"
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]},
                      "properties": {"type": k, "count": c, "tip": esc(tip),
                                     "style": _style(k, min(25.0, 4 + 3 * math.sqrt(c)))}})
    return feats, cell


def aggregate_layer(features: list[dict], cell: float, text: str | None = None) -> folium.GeoJson:
    return _geojson_layer(features, text, name=f"Events (aggregated on a {cell}° grid)",
                          point_to_layer=_POINT_JS, on_each_feature=_BIND_JS)


def area_features(areas: pd.DataFrame, provinces, max_titles: int = 5) -> tuple[list[dict], pd.DataFrame]:
    """admin1-precision events as their province polygon (dashed); returns (features, rows without polygon)."""
    shapes = provinces.set_index("admin1_code").geometry if len(provinces) else {}
    feats, unplaced = [], []
    groups = areas.groupby(["admin1_code", "type"], sort=False, dropna=False).indices
    keys = list(groups)
    # One take for the few rows shown in popups (a take per group is slow on big frames).
    heads = [groups[k][:10] for k in keys]
    sample = _records(areas.iloc[np.concatenate(heads)]) if heads else []
    offset = 0
    for (code, kind), head in zip(keys, heads):
        rows, offset = sample[offset:offset + len(head)], offset + len(head)
        geom = shapes.get(code) if code in getattr(shapes, "index", ()) else None
        if geom is None or geom.is_empty:
            unplaced.append(groups[(code, kind)])
            continue
        n = len(groups[(code, kind)])
        where = rows[0].get("admin1") or code
        head_html = (f"<b>{n} {esc(kind)} report(s) located only to the province {esc(where)}</b>"
                     "<hr style='margin:3px 0'>")
        body = "<hr style='margin:3px 0'>".join(popup_html(r, max_titles) for r in rows)
        more = f"<br>… and {n - 10} more" if n > 10 else ""
        feats.append({"type": "Feature", "geometry": geom.__geo_interface__,
                      "properties": {"type": kind, "style": _style(kind, dashed=True),
                                     "popup": head_html + body + more,
                                     "tip": esc(f"{n} {kind}(s) somewhere in {where}")}})
    rest = areas.iloc[np.sort(np.concatenate(unplaced))] if unplaced else areas.iloc[0:0]
    return feats, rest


def area_layer(features: list[dict], text: str | None = None) -> folium.GeoJson:
    return _geojson_layer(features, text, name="Events known only to province", on_each_feature=_BIND_JS)


def heat_data(points: pd.DataFrame) -> list[list[float]]:
    return points[["lat", "lon"]].astype(float).round(4).to_numpy().tolist()


def heat_layer(data: list, show: bool = False) -> plugins.HeatMap:
    return _HeatMap(data, name="Heatmap (volume)", show=show, radius=18, blur=15, min_opacity=0.3)


def timeline_features(frame: pd.DataFrame, end: dt.date | None = None, limit: int = 3000) -> list[dict]:
    """Features for TimestampedGeoJson: strikes show on their day; deployments on every
    day from their date to ``end`` (they persist)."""
    dated = frame.dropna(subset=["date"])
    dated = dated.sort_values("date").head(limit)
    if not len(dated):
        return []
    dates = pd.to_datetime(dated["date"])
    last = pd.Timestamp(end) if end else dates.max()
    feats = []
    for row, day in zip(_records(dated), dates):
        kind = str(row.get("type") or "")
        if kind == "deployment":
            times = [d.strftime("%Y-%m-%d") for d in pd.date_range(day.normalize(), max(day, last), freq="D")]
        else:
            times = [day.strftime("%Y-%m-%d")]
        style = _style(kind, 8)
        feats.append({"type": "Feature",
                      "geometry": {"type": "Point", "coordinates": [float(row["lon"]), float(row["lat"])]},
                      "properties": {"times": times, "icon": "circle", "iconstyle": style,
                                     "style": style, "popup": popup_html(row)}})
    return feats


def timeline_layer(features: list[dict]) -> plugins.TimestampedGeoJson:
    """Play mode: a time slider with play button; deployments stay from their date on."""
    return _TimestampedGeoJson(
        {"type": "FeatureCollection", "features": features},
        period="P1D", duration="P1D", add_last_point=False, auto_play=False, loop=False,
        transition_time=300, date_options="YYYY-MM-DD", time_slider_drag_update=True)


def legend_html(aggregated: bool = False) -> str:
    """The legend box (static text only)."""
    rows = [f"<div><span style='display:inline-block;width:12px;height:12px;border-radius:50%;"
            f"background:{COLORS['strike']};border:1px solid {COLORS['strike']}'></span> Strike</div>",
            f"<div><span style='display:inline-block;width:12px;height:12px;border-radius:50%;"
            f"background:{COLORS['deployment']};border:2px solid #222'></span> Deployment</div>",
            "<div><span style='display:inline-block;width:14px;height:10px;border:2px dashed #777'>"
            "</span> Known only to province</div>",
            "<div><span style='display:inline-block;width:14px;height:10px;background:#fd8d3c;"
            "opacity:.6'></span> Events per province</div>"]
    if aggregated:
        rows.append("<div>Circle size: number of events in a grid cell</div>")
    body = "".join(rows)
    html_ = ("<div id='strikemap-legend' style='position:absolute;bottom:28px;right:10px;z-index:9999;"
             "background:rgba(255,255,255,.92);padding:6px 9px;border:1px solid #999;border-radius:4px;"
             f"font:12px/1.5 sans-serif'><b>Legend</b>{body}</div>")
    return html_


class _Legend(folium.MacroElement):
    """Puts the legend HTML inside the map container (works in st_folium and standalone)."""

    def __init__(self, html_: str):
        super().__init__()
        self._name = "Legend"
        self.html_ = html_
        self.css = POPUP_CSS
        from jinja2 import Template
        self._template = Template(
            "{% macro script(this, kwargs) %}"
            "(function(){ var st = document.createElement('style'); st.textContent = {{ this.css|tojson }};"
            " document.head.appendChild(st);"
            " var d = document.createElement('div'); d.innerHTML = {{ this.html_|tojson }};"
            " {{ this._parent.get_name() }}.getContainer().appendChild(d.firstChild); })();"
            "{% endmacro %}")


# ---------------------------------------------------------------- the whole map
def precision_masks(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Boolean masks (point, admin1, other); point rows without coordinates count as other."""
    if not len(frame):
        empty = np.zeros(0, dtype=bool)
        return empty, empty, empty
    prec = (frame["precision"].fillna("").astype(str).to_numpy() if "precision" in frame
            else np.full(len(frame), "", dtype=object))
    has_xy = (frame["lat"].notna() & frame["lon"].notna()).to_numpy()
    point = (prec == "point") & has_xy
    area = prec == "admin1"
    return point, area, ~(point | area)


def split_by_precision(frame: pd.DataFrame, point_columns=None,
                       masks=None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(point, admin1, other) rows; ``point_columns`` limits the (possibly huge) point rows;
    ``masks``: ``precision_masks(frame)`` when already computed."""
    point, area, other = masks if masks is not None else precision_masks(frame)
    points = frame.loc[point, list(point_columns)] if point_columns is not None else frame[point]
    return points, frame[area], frame[other]


@dataclass
class MapData:
    """Everything costly about a map, as plain data (cacheable); :func:`render` makes the folium map."""
    bounds: tuple | None = None
    provinces: list = field(default_factory=list)
    areas: list = field(default_factory=list)
    points: list = field(default_factory=list)
    aggregated: bool = False
    cell: float = 0.0
    heat: list = field(default_factory=list)
    timeline: list = field(default_factory=list)
    n_points: int = 0
    n_areas: int = 0
    unplaced: pd.DataFrame = field(default_factory=pd.DataFrame)
    texts: dict = field(default_factory=dict, repr=False)

    def text(self, part: str) -> str:
        """The GeoJSON text of a layer ("provinces", "areas", "points"), serialised once
        per MapData (which the app caches): reruns do not dump the data again."""
        if part not in self.texts:
            self.texts[part] = geojson_text({"type": "FeatureCollection", "features": getattr(self, part)})
        return self.texts[part]


def prepare(frame: pd.DataFrame, provinces=None, options: MapOptions | None = None,
            end: dt.date | None = None, feature_cache=None) -> MapData:
    """Features, popups and aggregates for a filtered events/incidents frame;
    ``feature_cache``: see :func:`cached_point_features`."""
    options = options or MapOptions()
    frame = frame if frame is not None else pd.DataFrame(columns=["lat", "lon", "precision", "type"])
    masks = precision_masks(frame)
    n_points = int(masks[0].sum())
    big = n_points > options.aggregate_above
    # Many points: carry only what aggregation needs (copying every column costs seconds at 100k).
    points, areas, other = split_by_precision(frame, ["lat", "lon", "type", "date"] if big else None, masks)
    data = MapData(bounds=frame_bounds(points, provinces), n_points=len(points))
    if provinces is not None and len(provinces):
        data.provinces = province_features(provinces, options.choropleth)
    unplaced = [other]
    if len(areas):
        polys = provinces if provinces is not None else pd.DataFrame(columns=["admin1_code", "geometry"])
        data.areas, rest = area_features(areas, polys, options.max_popup_titles)
        unplaced.append(rest)
        data.n_areas = len(areas) - len(rest)
    data.aggregated = big
    if len(points):
        if data.aggregated:
            data.points, data.cell = aggregate_features(points)
        elif feature_cache is not None:
            data.points, data.texts["points"] = cached_point_features(points, options.max_popup_titles,
                                                                      feature_cache)
        else:
            data.points = point_features(points, options.max_popup_titles)
        if options.heatmap:
            data.heat = heat_data(points)
        if options.play:
            data.timeline = timeline_features(points, end)
    kept = [u for u in unplaced if len(u)]
    data.unplaced = pd.concat(kept) if kept else frame.iloc[0:0]
    return data


def render(data: MapData, options: MapOptions | None = None) -> folium.Map:
    """A new folium map from prepared data (cheap; a folium map must not be rendered twice)."""
    options = options or MapOptions()
    m = base_map(data.bounds, options.tiles)
    if data.provinces:
        province_layer(data.provinces, data.text("provinces")).add_to(m)
    if data.areas:
        area_layer(data.areas, data.text("areas")).add_to(m)
    if data.points:
        if data.aggregated:
            aggregate_layer(data.points, data.cell, data.text("points")).add_to(m)
        else:
            points_layer(data.points, options.cluster, data.text("points")).add_to(m)
    if data.heat:
        heat_layer(data.heat, show=True).add_to(m)
    if data.timeline:
        timeline_layer(data.timeline).add_to(m)
    plugins.Fullscreen(position="topleft").add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    m.add_child(_Legend(legend_html(data.aggregated)))
    return assets.localize(m)


def build_map(frame: pd.DataFrame, provinces=None, options: MapOptions | None = None,
              end: dt.date | None = None) -> MapResult:
    """The full interactive map for a filtered events/incidents frame."""
    data = prepare(frame, provinces, options, end)
    return MapResult(map=render(data, options), n_points=data.n_points, n_areas=data.n_areas,
                     aggregated=data.aggregated, unplaced=data.unplaced)
