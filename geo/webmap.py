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
from folium.elements import JSCSSMixin
from folium.utilities import JsCode

import settings
from geo import assets, basemap
from geo.values import day_text

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
    # None: our offline basemap; "OpenStreetMap" or a URL template: online tiles
    # (default: settings.map_tiles(), i.e. $STRIKEMAP_TILES)
    tiles: str | None = field(default_factory=settings.map_tiles)
    basemap: bool = True                 # draw the offline basemap (sea, land, labels) when tiles is None
    focus: tuple = ()                    # admin-1 codes selected: the map opens on them


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
    return "" if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)) \
        else html.escape(str(value), quote=True)


def safe_url(url) -> str:
    """The URL when it is http(s), else '' (no javascript: links from articles)."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


def date_label(row: dict) -> str:
    """'2015-10-01', or '≈ 2015-10-01 (2015-09-28 – 2015-10-04)' for an approximate date."""
    day = day_text(row.get("date"))
    if row.get("date_precision") not in (None, "", "day"):
        lo, hi = day_text(row.get("date_from")), day_text(row.get("date_to"))
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
        # counts of articles and outlets never read as corroboration on their own: the claim
        # status says whether a belligerent's claim is backed by someone else
        n, s = int(row.get("n_reports") or 0), int(row.get("n_sources") or 0)
        status = row.get("claim_status") or ("corroborated" if row.get("corroborated") else "not corroborated")
        parts.append(f"<b>Reports:</b> {n} article{'s' if n != 1 else ''} from {s} "
                     f"outlet{'s' if s != 1 else ''} · {esc(status)}<br>")
    parts += claim_and_outlets(row)
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


def claim_and_outlets(row: dict) -> list[str]:
    """Popup lines: a report's claim (kind and claimer; an incident's status is on its
    Reports line) and the outlets that reported it."""
    out = []
    if row.get("n_reports"):
        pass                          # an incident's claim status is on its Reports line
    elif isinstance(row.get("claim_kind"), str) and row.get("claim_kind"):
        by = row.get("claimed_by")
        out.append(f"<b>Claim:</b> {esc(row['claim_kind'])}" + (f" by {esc(by)}" if isinstance(by, str) and by else "")
                   + "<br>")
    outlets = [str(o) for o in _as_list(row.get("sources")) if o] or (
        [row["source"]] if isinstance(row.get("source"), str) and row.get("source") else [])
    if outlets:
        out.append(f"<b>Outlets:</b> {esc(', '.join(outlets))}<br>")
    return out


def tooltip_text(row: dict) -> str:
    return esc(f"{row.get('type', '')} · {day_text(row.get('date'))} · {row.get('name') or row.get('place') or ''}")


# ---------------------------------------------------------------- map elements
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
                getattr(figure, part).add_child(basemap.Rendered(macro(self, kwargs)), name=self.get_name())
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


def base_map(bounds=None, tiles: str | None = None) -> folium.Map:
    """A map with no tile server by default (the offline basemap makes it readable), scale bar;
    ``tiles``: a folium tile name, or a URL template (attributed to OpenStreetMap)."""
    attr = "© OpenStreetMap contributors" if tiles and "{z}" in tiles else None
    m = folium.Map(tiles=tiles, attr=attr, control_scale=True, zoom_start=6, location=(35.0, 38.5))
    # Without a tile layer Leaflet has no maxZoom, which marker clustering requires.
    m.options.update(max_zoom=18, min_zoom=2)
    (s, w), (n, e) = bounds or DEFAULT_BOUNDS
    m.fit_bounds([[s, w], [n, e]])
    return m


def focus_bounds(codes) -> tuple | None:
    """((south, west), (north, east)) of the admin-1 areas ``codes`` (None if none known)."""
    codes = [c for c in codes or () if isinstance(c, str) and "." in c]
    if not codes:
        return None
    from gazetteer.boundaries import load_admin1
    try:
        polys = load_admin1(sorted({c.split(".")[0] for c in codes}))
    except Exception:          # no boundary files: the map opens on its events
        return None
    chosen = polys[polys["admin1_code"].isin(codes)] if polys is not None and len(polys) else []
    if not len(chosen):
        return None
    w, s, e, n = chosen.total_bounds
    return (s, w), (n, e)


def frame_bounds(points: pd.DataFrame, provinces=None, focus=()):
    """((south, west), (north, east)): the selected provinces (``focus``, admin-1 codes) when
    there are any, else the events and the provinces holding events, else all the polygons."""
    chosen = focus_bounds(focus) if focus else None
    if chosen:
        return chosen
    boxes = []
    if len(points):
        lat, lon = points["lat"].astype(float), points["lon"].astype(float)
        boxes.append((lat.min() - 0.3, lon.min() - 0.3, lat.max() + 0.3, lon.max() + 0.3))
    if provinces is not None and len(provinces):
        busy = provinces[provinces["total"].fillna(0).to_numpy() > 0] if "total" in provinces else provinces.iloc[0:0]
        if len(busy):
            w, s, e, n = busy.total_bounds
            boxes.append((s, w, n, e))
        elif not boxes:
            w, s, e, n = provinces.total_bounds
            boxes.append((s, w, n, e))
    if not boxes:
        return None
    return ((min(b[0] for b in boxes), min(b[1] for b in boxes)),
            (max(b[2] for b in boxes), max(b[3] for b in boxes)))


# Province fills: a purple ramp, clear of the strike red and the deployment blue (markers
# stay visible on the busiest province), drawn half transparent over the land.
RAMP = ("#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3")
FILL_OPACITY = 0.5


def _ramp_index(value: float, top: float) -> int:
    return min(len(RAMP) - 1, int(len(RAMP) * math.log1p(value) / math.log1p(top + 1e-9)))


def _ramp(value: float, top: float) -> str | None:
    """Fill colour for a province with ``value`` events (None: no events, no fill)."""
    if not value or top <= 0:
        return None
    return RAMP[_ramp_index(value, top)]


def ramp_bins(top: int) -> list[tuple[int, int, str]]:
    """(low, high, colour) of each fill colour in use for counts 1..top (for the legend)."""
    bins: dict[str, list[int]] = {}
    top = int(top or 0)
    values = range(1, top + 1) if top <= 5000 else sorted({int(round(math.expm1(
        k * math.log1p(top) / 600))) for k in range(601)} - {0})
    for v in values:
        bins.setdefault(RAMP[_ramp_index(v, top)], []).append(v)
    return [(min(v), max(v), c) for c, v in bins.items()]


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
        fill = _ramp(rec["total"], top) if choropleth else None
        rec["style"] = {"color": "#6f6a80", "weight": 1, "fillColor": fill or "#ffffff",
                        "fillOpacity": FILL_OPACITY if fill else 0.0}
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
    # A white ring around strikes, a dark one around deployments: both stand out on any fill.
    style = {"radius": radius, "color": "#222" if kind == "deployment" else "#ffffff",
             "weight": 2 if kind == "deployment" else 1.5, "fillColor": color, "fillOpacity": 0.9}
    if dashed:
        style.update(color=color, weight=2, dashArray="6 4", fillOpacity=0.12, radius=None)
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
                           "date": day_text(row.get("date")),   # the event feed sorts by it (geo.feed)
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


# A cluster is a small pie of what it holds: red strikes, blue deployments, grey other.
CLUSTER_ICON_JS = """function(cluster){
  var n = [0, 0, 0];
  cluster.getAllChildMarkers().forEach(function(m){
    var t = m.feature && m.feature.properties ? m.feature.properties.type : '';
    n[t === 'strike' ? 0 : t === 'deployment' ? 1 : 2] += 1; });
  var total = n[0] + n[1] + n[2], a = 360 * n[0] / total, b = a + 360 * n[1] / total;
  var bg = 'conic-gradient(%(s)s 0deg ' + a + 'deg, %(d)s ' + a + 'deg ' + b + 'deg, %(o)s ' + b + 'deg 360deg)';
  var size = total < 10 ? 30 : total < 100 ? 36 : 44;
  var tip = n[0] + ' strike(s), ' + n[1] + ' deployment(s)' + (n[2] ? ', ' + n[2] + ' other' : '');
  return L.divIcon({className: 'marker-cluster sm-cluster', iconSize: L.point(size, size),
    html: '<div title="' + tip + '" style="background:' + bg + '"><span>' + total + '</span></div>'});
}""" % {"s": COLORS["strike"], "d": COLORS["deployment"], "o": OTHER_COLOR}
CLUSTER_CSS = (".marker-cluster.sm-cluster{background:none}.marker-cluster.sm-cluster div{width:100%;height:100%;"
               "margin:0;border-radius:50%;display:flex;align-items:center;justify-content:center;"
               "border:2px solid #fff;box-shadow:0 0 0 1px #333;box-sizing:border-box}"
               ".marker-cluster.sm-cluster span{background:rgba(255,255,255,.9);border-radius:8px;"
               "padding:0 4px;font:bold 12px/16px sans-serif;color:#111}")


def points_layer(features: list[dict], cluster: bool = True, text: str | None = None):
    """All point events as ONE GeoJson layer (optionally inside a marker cluster)."""
    layer = _geojson_layer(features, text, name="Events (points)", point_to_layer=_POINT_JS, on_each_feature=_BIND_JS)
    if not cluster:
        return layer
    group = plugins.MarkerCluster(name="Events (points, clustered)",
                                  options={"maxClusterRadius": 40, "disableClusteringAtZoom": 10},
                                  icon_create_function=CLUSTER_ICON_JS)
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


@dataclass
class Timeline:
    """Play mode's data: every dated located event in view, as compact rows.

    Time runs in steps of ``step_days`` from ``start``; a row is drawn on steps
    ``first``..``last`` (inclusive): a strike on the step of its date, a deployment from
    its step to the end (an interval, never one entry per day). With more than
    ``per_event_max`` events the rows are aggregated per grid cell and step (``count``
    events each), so nothing is dropped and the page stays small."""
    start: str = ""
    end: str = ""
    step_days: int = 1
    rows: list = field(default_factory=list)      # [lat, lon, kind, first, last, count, popup index or -1]
    popups: list = field(default_factory=list)
    aggregated: bool = False
    cell: float = 0.0
    n_events: int = 0
    n_steps: int = 0

    def __bool__(self) -> bool:
        return bool(self.rows)


TIMELINE_KINDS = ("strike", "deployment", "other")


def timeline_step(span_days: int) -> int:
    """Days per play step: a day for up to ~13 months, a week up to ~8 years, else 30 days."""
    return 1 if span_days <= 400 else 7 if span_days <= 2900 else 30


def timeline_data(frame: pd.DataFrame, end: dt.date | None = None, per_event_max: int = 2000,
                  max_titles: int = 5) -> Timeline:
    """:class:`Timeline` of the located, dated rows of ``frame`` (every one of them)."""
    if not len(frame) or "date" not in frame:
        return Timeline()
    dates = pd.to_datetime(frame["date"], errors="coerce")
    ok = (dates.notna() & frame["lat"].notna() & frame["lon"].notna()).to_numpy()
    rows = frame[ok]
    if not len(rows):
        return Timeline()
    days = dates[ok].dt.normalize().to_numpy()
    if "standing" in rows:
        # Deployments made before the date range and still in place: there from its first step.
        standing = rows["standing"].fillna(False).astype(bool).to_numpy()
        if (~standing).any():
            days = np.where(standing, np.maximum(days, days[~standing].min()), days)
    t0 = days.min()
    last = max(days.max(), np.datetime64(pd.Timestamp(end))) if end else days.max()
    span = int((last - t0) / np.timedelta64(1, "D")) + 1
    step = timeline_step(span)
    n_steps = (span - 1) // step + 1
    first = ((days - t0) / np.timedelta64(1, "D")).astype(np.int64) // step
    kinds = rows["type"].astype(str).to_numpy()
    kcode = np.where(kinds == "strike", 0, np.where(kinds == "deployment", 1, 2))
    lat = rows["lat"].astype(float).to_numpy()
    lon = rows["lon"].astype(float).to_numpy()
    out = Timeline(start=pd.Timestamp(t0).strftime("%Y-%m-%d"), step_days=step, n_events=len(rows),
                   n_steps=n_steps)
    out.end = (pd.Timestamp(t0) + pd.Timedelta(days=(n_steps - 1) * step)).strftime("%Y-%m-%d")
    if len(rows) <= per_event_max:
        recs = _records(rows)
        for i, rec in enumerate(recs):
            lastk = n_steps - 1 if kcode[i] == 1 else first[i]
            out.rows.append([round(lat[i], 5), round(lon[i], 5), int(kcode[i]), int(first[i]), int(lastk), 1, i])
            out.popups.append(popup_html(rec, max_titles) if "evidence" in rows else tooltip_text(rec))
        return out
    out.aggregated, out.cell = True, grid_size(len(rows))
    gx = np.floor(lon / out.cell).astype(np.int64)
    gy = np.floor(lat / out.cell).astype(np.int64)
    table = pd.DataFrame({"gx": gx, "gy": gy, "k": kcode, "s": first, "lat": lat, "lon": lon})
    # Strikes (and other kinds): one row per cell, kind and step.
    brief = table[table["k"] != 1].groupby(["gx", "gy", "k", "s"], sort=False).agg(
        lat=("lat", "mean"), lon=("lon", "mean"), n=("lat", "size")).reset_index()
    for r in brief.itertuples(index=False):
        out.rows.append([round(r.lat, 4), round(r.lon, 4), int(r.k), int(r.s), int(r.s), int(r.n), -1])
    # Deployments persist: per cell, the running total from each step at which it grows,
    # until the cell's next growth (or the end).
    dep = table[table["k"] == 1]
    if len(dep):
        per = dep.groupby(["gx", "gy", "s"], sort=True).agg(
            lat=("lat", "sum"), lon=("lon", "sum"), n=("lat", "size")).reset_index()
        cell_of = per.groupby(["gx", "gy"], sort=False)
        per["total"] = cell_of["n"].cumsum()
        nxt = cell_of["s"].shift(-1)
        per["upto"] = (nxt - 1).fillna(n_steps - 1).astype(np.int64)
        # where the circle sits: the mean place of the deployments in place so far
        per["y"] = cell_of["lat"].cumsum() / per["total"]
        per["x"] = cell_of["lon"].cumsum() / per["total"]
        for y, x, s_, upto, total in zip(per["y"].round(4), per["x"].round(4), per["s"], per["upto"], per["total"]):
            out.rows.append([float(y), float(x), 1, int(s_), int(upto), int(total), -1])
    return out


_TIMELINE_JS = """
(function(map, data, statics){
  var DAY = 86400000, t0 = Date.parse(data.start + 'T00:00:00Z'), stepMs = data.step_days * DAY;
  var colors = %(colors)s, names = %(names)s;
  function fmt(ms){ return new Date(ms).toISOString().slice(0, 10); }
  map.timeDimension = L.timeDimension({
    timeInterval: data.start + 'T00:00:00Z/' + data.end + 'T00:00:00Z',
    period: 'P' + data.step_days + 'D'});
  var player = new L.TimeDimension.Player({transitionTime: 400, loop: false, buffer: 1}, map.timeDimension);
  var Control = L.Control.TimeDimension.extend({
    _getDisplayDateFormat: function(date){
      var a = date.getTime();
      return data.step_days === 1 ? fmt(a) : fmt(a) + ' \u2013 ' + fmt(a + stepMs - DAY);
    }});
  map.addControl(new Control({player: player, position: 'bottomleft', timeZones: ['UTC'],
    autoPlay: false, loopButton: true, speedSlider: true, timeSliderDragUpdate: true,
    minSpeed: 0.5, maxSpeed: 10, speedStep: 0.5}));
  var renderer = L.canvas({padding: 0.3});
  var Layer = L.TimeDimension.Layer.extend({
    onAdd: function(m){ L.TimeDimension.Layer.prototype.onAdd.call(this, m); m.addLayer(this._baseLayer); },
    _update: function(){
      if (!this._map) { return; }
      var k = Math.round((this._timeDimension.getCurrentTime() - t0) / stepMs);
      if (k === this._shown) { return; }
      this._shown = k;
      var group = this._baseLayer;
      group.clearLayers();
      var n = [0, 0, 0];
      data.rows.forEach(function(r){
        if (r[3] > k || r[4] < k) { return; }
        n[r[2]] += r[5];
        var c = colors[r[2]];
        var mk = L.circleMarker([r[0], r[1]], {renderer: renderer, radius: Math.min(22, 5 + 2.5 * Math.sqrt(r[5])),
          color: r[2] === 1 ? '#222' : '#fff', weight: r[2] === 1 ? 2 : 1.5, fillColor: c, fillOpacity: 0.9});
        if (r[6] >= 0) { mk.bindPopup(data.popups[r[6]], {maxWidth: 360}); }
        else { mk.bindTooltip(r[5] + ' ' + names[r[2]] + (r[5] === 1 ? '' : 's') + (r[2] === 1 ? ' in place' : ' in this step')); }
        group.addLayer(mk);
      });
      var box = map.getContainer().querySelector('#strikemap-play-count');
      if (box) { box.textContent = n[0] + ' strike(s), ' + n[1] + ' deployment(s) in place' + (n[2] ? ', ' + n[2] + ' other' : ''); }
    }});
  var layer = new Layer(L.layerGroup(), {}).addTo(map);
  // The static layers show every date at once: hidden while playing (and in play mode).
  function hideStatics(){ statics.forEach(function(s){ if (s && map.hasLayer(s)) { map.removeLayer(s); } }); }
  player.on('play', hideStatics);
  hideStatics();
  map.timeDimension.setCurrentTime(t0);
  return layer;
})(%(map)s, %(data)s, [%(statics)s]);
"""


class TimelineLayer(JSCSSMixin, _DirectRender):
    """Play mode (leaflet-timedimension): a time slider and play buttons over one layer
    that draws, at each step, the strikes of that step and the deployments in place.
    ``statics``: the static layers (points, areas, heat) hidden while it plays."""

    default_js = [
        ("iso8601", "https://cdn.jsdelivr.net/npm/iso8601-js-period@0.2.1/iso8601.min.js"),
        ("leaflet.timedimension",
         "https://cdn.jsdelivr.net/npm/leaflet-timedimension@1.1.1/dist/leaflet.timedimension.min.js"),
    ]
    default_css = [
        ("leaflet.timedimension_css",
         "https://cdn.jsdelivr.net/npm/leaflet-timedimension@1.1.1/dist/leaflet.timedimension.control.css"),
    ]

    def __init__(self, timeline: Timeline, statics=()):
        super().__init__()
        self._name = "Timeline"
        self.timeline = timeline
        self.statics = list(statics)
        self._template = types.SimpleNamespace(module=types.SimpleNamespace(script=self._script))

    @staticmethod
    def _script(this, kwargs=None) -> str:
        t = this.timeline
        data = {"start": t.start, "end": t.end, "step_days": t.step_days, "rows": t.rows, "popups": t.popups}
        return _TIMELINE_JS % {
            "colors": json.dumps([COLORS["strike"], COLORS["deployment"], OTHER_COLOR]),
            "names": json.dumps(list(TIMELINE_KINDS)),
            "map": this._parent.get_name(),
            "data": geojson_text(data),
            "statics": ", ".join(s.get_name() for s in this.statics)}



def _swatch(style: str) -> str:
    return f"<span style='display:inline-block;vertical-align:middle;margin-right:5px;{style}'></span>"


def legend_html(aggregated: bool = False, bins=(), cluster: bool = False, standing: bool = False,
                play: bool = False, areas: bool = True, basemap: bool = False, play_note: str = "") -> str:
    """The legend box: every colour the map uses (static text only)."""
    dot = "width:12px;height:12px;border-radius:50%;box-sizing:border-box;"
    rows = [_swatch(f"{dot}background:{COLORS['strike']};border:2px solid #fff;box-shadow:0 0 0 1px #999")
            + "Strike",
            _swatch(f"{dot}background:{COLORS['deployment']};border:2px solid #222") + "Deployment"]
    if standing:
        rows.append(_swatch(f"{dot}background:{COLORS['deployment']};opacity:.45;border:2px dashed #222")
                    + "Deployed earlier, still in place")
    if cluster:
        rows.append(_swatch(f"{dot}width:16px;height:16px;background:conic-gradient({COLORS['strike']} 0 216deg,"
                            f"{COLORS['deployment']} 216deg 360deg);border:2px solid #fff;box-shadow:0 0 0 1px #333")
                    + "Group of events (share of strikes / deployments)")
    if aggregated:
        rows.append("<div>Circle size: number of events in a grid cell</div>")
    if areas:
        rows.append(_swatch(f"width:14px;height:10px;border:2px dashed {COLORS['strike']}") + "Strike known only to province")
        rows.append(_swatch(f"width:14px;height:10px;border:2px dashed {COLORS['deployment']}")
                    + "Deployment known only to province")
    if bins:
        cells = "".join(
            f"<span style='display:inline-block;text-align:center;margin-right:2px'>"
            f"<span style='display:block;width:30px;height:9px;background:{colour};opacity:{FILL_OPACITY + 0.2};"
            f"border:1px solid #6f6a80'></span>{lo:,}{'' if lo == hi else '–' + format(hi, ',')}</span>"
            for lo, hi, colour in bins)
        rows.append(f"<div style='margin-top:2px'>Events per province<br>{cells}</div>")
    if basemap:
        rows.append(_swatch(f"{dot}width:7px;height:7px;background:#fff;border:1px solid #222") + "Town (GeoNames)")
    if play:
        rows.append("<div style='margin-top:3px'><b>Playing:</b> <span id='strikemap-play-count'>"
                    "press ▶ to step through time</span>"
                    + (f"<br><i>{esc(play_note)}</i>" if play_note else "") + "</div>")
    body = "".join(r if r.startswith("<div") else f"<div>{r}</div>" for r in rows)
    return ("<div id='strikemap-legend' style='position:absolute;bottom:28px;right:10px;z-index:1000;"
            "background:rgba(255,255,255,.93);padding:4px 8px;border:1px solid #999;border-radius:4px;"
            "font:11px/1.45 sans-serif;max-width:250px'><details open><summary style='cursor:pointer'>"
            f"<b>Legend</b></summary>{body}</details></div>")


class _Legend(folium.MacroElement):
    """Puts the legend HTML inside the map container (works in st_folium and standalone)."""

    def __init__(self, html_: str):
        super().__init__()
        self._name = "Legend"
        self.html_ = html_
        self.css = POPUP_CSS + CLUSTER_CSS
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
    timeline: Timeline = field(default_factory=Timeline)
    fill_top: int = 0                    # most events in one province (the fill scale's top)
    standing: bool = False               # earlier deployments still in place are drawn
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
    data = MapData(bounds=frame_bounds(points, provinces, options.focus), n_points=len(points))
    if provinces is not None and len(provinces):
        # Playing: the fills would count every date at once, so outlines only.
        fills = options.choropleth and not options.play
        data.provinces = province_features(provinces, fills)
        if fills and "total" in provinces:
            data.fill_top = int(provinces["total"].fillna(0).max() or 0)
    data.standing = bool("standing" in frame and frame["standing"].astype(bool).any())
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
            data.timeline = timeline_data(points, end, options.aggregate_above, options.max_popup_titles)
    kept = [u for u in unplaced if len(u)]
    data.unplaced = pd.concat(kept) if kept else frame.iloc[0:0]
    return data


def render(data: MapData, options: MapOptions | None = None) -> folium.Map:
    """A new folium map from prepared data (cheap; a folium map must not be rendered twice).

    In play mode the static layers (points, areas, heat) start hidden and hide again
    whenever play starts (the layer control can show them while paused)."""
    options = options or MapOptions()
    m = base_map(data.bounds, options.tiles)
    drawn_basemap = options.tiles is None and options.basemap and basemap.available()
    if drawn_basemap:
        m.add_child(basemap.Basemap())
    play = bool(data.timeline)
    statics = []
    if data.provinces:
        province_layer(data.provinces, data.text("provinces")).add_to(m)
    if data.areas:
        statics.append(area_layer(data.areas, data.text("areas")))
    if data.points:
        if data.aggregated:
            statics.append(aggregate_layer(data.points, data.cell, data.text("points")))
        else:
            statics.append(points_layer(data.points, options.cluster, data.text("points")))
    if data.heat:
        statics.append(heat_layer(data.heat, show=True))
    for layer in statics:
        if play:
            layer.show = False
        layer.add_to(m)
    if play:
        TimelineLayer(data.timeline, statics).add_to(m)
    plugins.Fullscreen(position="topleft").add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    clustered = bool(data.points) and options.cluster and not data.aggregated
    play_note = ""
    if play:
        left = [f"{data.n_areas:,} known only to province" if data.n_areas else "",
                f"{len(data.unplaced):,} country-level or unlocated" if len(data.unplaced) else ""]
        left = [x for x in left if x]
        play_note = (f"{data.timeline.n_events:,} located events"
                     + (", aggregated per grid cell and step" if data.timeline.aggregated else "")
                     + (f"; not animated: {' and '.join(left)}" if left else ""))
    m.add_child(_Legend(legend_html(data.aggregated, ramp_bins(data.fill_top) if data.fill_top else (),
                                    cluster=clustered, standing=data.standing, play=play,
                                    areas=bool(data.areas), basemap=drawn_basemap, play_note=play_note)))
    return assets.localize(m)


def build_map(frame: pd.DataFrame, provinces=None, options: MapOptions | None = None,
              end: dt.date | None = None) -> MapResult:
    """The full interactive map for a filtered events/incidents frame."""
    data = prepare(frame, provinces, options, end)
    return MapResult(map=render(data, options), n_points=data.n_points, n_areas=data.n_areas,
                     aggregated=data.aggregated, unplaced=data.unplaced)
