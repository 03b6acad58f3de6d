"""GeoDataFrames for maps, charts and exports, read from an event store.

``events_frame`` gives one row per report, ``incidents_frame`` one row per
incident (reports of the same event grouped, see ``geo.incidents``).
Provinces were assigned at ingest by a spatial join with the admin-1 polygons
(``geo.provinces``); ``admin1_check`` records where the gazetteer disagreed.
"""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import incidents as _incidents
from geo import provinces as _provinces
from geo.filters import Filters

CRS = "EPSG:4326"
EVENT_COLUMNS = [
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


def events_frame(store, filters: Filters | None = None) -> gpd.GeoDataFrame:
    """Reports matching ``filters``, as Points in EPSG:4326 (corrections applied)."""
    f = filters or Filters()
    df = store.query_events(f)
    df["date"] = pd.to_datetime(df["date"], errors="coerce")
    for col in ("lat", "lon", "confidence"):
        df[col] = pd.to_numeric(df[col], errors="coerce")
    df["rejected"] = df["rejected"].astype(bool)
    df["incident_id"] = _incidents.assign_incidents(df) if f.incidents else "inc-" + df["event_id"]
    df = df[EVENT_COLUMNS]
    return gpd.GeoDataFrame(df, geometry=_points(df["lat"], df["lon"]), crs=CRS)


def incidents_frame(store, filters: Filters | None = None) -> gpd.GeoDataFrame:
    """One row per incident; ``event_ids``/``titles``/``urls`` lead to its reports."""
    f = (filters or Filters()).with_(incidents=True)
    return incidents_of(events_frame(store, f))


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
        countries = sorted({c for c in frame.get("country", pd.Series(dtype=object)).dropna() if c})
    from gazetteer.boundaries import load_admin1
    polys = load_admin1(list(countries)) if countries else None
    if polys is None or polys.empty:
        return gpd.GeoDataFrame({c: [] for c in columns[:-1]}, geometry=[], crs=CRS)
    polys = polys[["name", "admin1_code", "country", "geometry"]].copy()
    if frame.empty:
        counts = pd.DataFrame(columns=["admin1_code", "strikes", "deployments"])
    else:
        counts = (frame.assign(strikes=frame["type"].eq("strike").astype(int),
                               deployments=frame["type"].eq("deployment").astype(int))
                  .groupby("admin1_code", as_index=False)[["strikes", "deployments"]].sum())
    out = polys.merge(counts, on="admin1_code", how="left")
    out[["strikes", "deployments"]] = out[["strikes", "deployments"]].fillna(0).astype(int)
    out["total"] = out["strikes"] + out["deployments"]
    return gpd.GeoDataFrame(out[columns], geometry="geometry", crs=CRS)


def daily_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``frame`` per day and type: DataFrame(date, type, count)."""
    if frame.empty:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"),
                             "type": pd.Series(dtype=object), "count": pd.Series(dtype=int)})
    days = pd.to_datetime(frame["date"], errors="coerce").dt.normalize()
    out = (pd.DataFrame({"date": days, "type": frame["type"]}).dropna(subset=["date"])
           .groupby(["date", "type"]).size().reset_index(name="count"))
    return out.sort_values(["date", "type"]).reset_index(drop=True)


def provinces_available() -> bool:
    """True when admin-1 polygons could be loaded (spatial join active at ingest)."""
    return _provinces.available()
