"""Front lines: where a war's fighting was, so that of several homonymous villages in one province
the one on the front is the likelier place of a shelling report.

``data/gazetteer/front_lines.csv`` holds each line as an ordered chain of towns on it (their
GeoNames points) with the dates it held; today the Donbas contact line of February 2015 to
February 2022 (Minsk II), along the towns that news of those years name as the line.  A reading
counts as "on the front" within ``FRONT_KM`` of the chain, and only when it is the one reading
there: two homonyms both near the line stay undecided.
"""
from __future__ import annotations

import csv
import datetime as dt
import math
from functools import lru_cache
from typing import Sequence

import settings

FRONT_KM = 20.0                 # a reading this near the line is "on the front"
MARGIN_KM = 10.0                # ... when every other reading is at least this much farther


@lru_cache(maxsize=1)
def _lines() -> tuple[tuple[dt.date, dt.date, tuple[tuple[float, float], ...]], ...]:
    path = settings.data_dir() / "gazetteer" / "front_lines.csv"
    if not path.is_file():
        return ()
    chains: dict[str, list] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            chains.setdefault(row["line"], []).append(row)
    out = []
    for rows in chains.values():
        rows.sort(key=lambda r: int(r["seq"]))
        out.append((dt.date.fromisoformat(rows[0]["valid_from"]), dt.date.fromisoformat(rows[0]["valid_to"]),
                    tuple((float(r["lat"]), float(r["lon"])) for r in rows)))
    return tuple(out)


def _seg_km(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance from p to the segment a-b (equirectangular: segments are tens of km)."""
    k = math.cos(math.radians(p[0]))
    ax, ay, bx, by, px, py = a[1] * k, a[0], b[1] * k, b[0], p[1] * k, p[0]
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy)) * 111.2


def front_km(lat: float, lon: float, when: dt.date | None) -> float | None:
    """Distance to the nearest front line that held on ``when`` (None: no line then)."""
    if when is None:
        return None
    best = None
    for start, end, chain in _lines():
        if not start <= when <= end:
            continue
        d = min(_seg_km((lat, lon), chain[k], chain[k + 1]) for k in range(len(chain) - 1))
        best = d if best is None else min(best, d)
    return best


def on_front(points: Sequence[tuple[float, float]], when: dt.date | None) -> int | None:
    """Index of the one point on the front line of ``when`` (within FRONT_KM, every other point at
    least MARGIN_KM farther), or None."""
    if when is None or len(points) < 2:
        return None
    ds = [front_km(lat, lon, when) for lat, lon in points]
    if any(d is None for d in ds):
        return None
    order = sorted(range(len(ds)), key=ds.__getitem__)
    first, second = order[0], order[1]
    if ds[first] <= FRONT_KM and ds[second] - ds[first] >= MARGIN_KM:
        return first
    return None
