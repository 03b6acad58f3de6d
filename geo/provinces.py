"""Province of a point: spatial join with the admin-1 polygons, cross-checked
against the gazetteer's admin1 for the place.

Polygons come from ``gazetteer.boundaries.load_admin1`` and are loaded once per
process. A point just outside every polygon (coastline simplification) takes
the nearest polygon within ``NEAREST_DEG``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np

NEAREST_DEG = 0.05      # ~5 km: generous enough for simplified coastlines and borders

AGREE, POLYGON, OUTSIDE, PROVINCE_LEVEL, COUNTRY_LEVEL, NO_COORDS = (
    "agree", "polygon", "outside polygons", "province-level", "country-level", "no coordinates")


@dataclass(frozen=True)
class Province:
    name: str
    admin1_code: str
    country: str


@lru_cache(maxsize=1)
def _polygons():
    """(STRtree, [Province]) of all admin-1 polygons, or None when unavailable."""
    try:
        from gazetteer.boundaries import load_admin1
        frame = load_admin1().reset_index(drop=True)
    except (ImportError, FileNotFoundError, OSError, ValueError):
        return None
    if frame is None or frame.empty:
        return None
    from shapely import STRtree
    provinces = [Province(str(n), str(c), str(cc))
                 for n, c, cc in zip(frame["name"], frame["admin1_code"], frame["country"])]
    return STRtree(frame.geometry.values), provinces


def available() -> bool:
    return _polygons() is not None


def provinces_at(lats: Sequence[float], lons: Sequence[float]) -> list[Province | None]:
    """The admin-1 polygon containing each point (nearest within ~5 km), or None."""
    out: list[Province | None] = [None] * len(lats)
    loaded = _polygons()
    if loaded is None or not len(lats):
        return out
    import shapely
    tree, provs = loaded
    points = shapely.points(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
    inside = tree.query(points, predicate="intersects")
    for i, j in zip(*inside):
        if out[i] is None:
            out[i] = provs[int(j)]
    missing = [i for i, p in enumerate(out) if p is None and not shapely.is_empty(points[i])]
    if missing:
        near = tree.query_nearest(points[missing], max_distance=NEAREST_DEG, all_matches=False)
        for k, j in zip(*near):
            out[missing[k]] = provs[int(j)]
    return out


def check(events: Sequence) -> list[tuple[str | None, str | None, str]]:
    """(admin1, admin1_code, admin1_check) for each event.

    Point events take the polygon's province; the check says whether the
    gazetteer agreed. Province- and country-level events keep their own.
    """
    results: list[tuple[str | None, str | None, str]] = []
    todo: list[int] = []
    for i, ev in enumerate(events):
        results.append((ev.admin1, ev.admin1_code, NO_COORDS))
        if ev.lat is None or ev.lon is None:
            continue
        if ev.precision == "admin1":
            results[i] = (ev.admin1, ev.admin1_code, PROVINCE_LEVEL)
        elif ev.precision == "country":
            results[i] = (ev.admin1, ev.admin1_code, COUNTRY_LEVEL)
        else:
            todo.append(i)
    found = provinces_at([events[i].lat for i in todo], [events[i].lon for i in todo])
    for i, prov in zip(todo, found):
        ev = events[i]
        if prov is None:
            results[i] = (ev.admin1, ev.admin1_code, OUTSIDE)
        elif not ev.admin1_code:
            results[i] = (prov.name, prov.admin1_code, POLYGON)
        elif ev.admin1_code == prov.admin1_code:
            results[i] = (prov.name, prov.admin1_code, AGREE)
        else:
            results[i] = (prov.name, prov.admin1_code,
                          f"gazetteer says {ev.admin1 or '?'} ({ev.admin1_code})")
    return results
