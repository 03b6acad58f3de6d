"""Province of an event's point at ingest, cross-checked against the gazetteer's admin1.

There is ONE point-to-province implementation in the product:
``gazetteer.boundaries.province_of`` (a ``ProvinceLocator`` over the committed
admin-1 polygons). It prefers a province of the event's own country within a few
km over a neighbour's polygon: border towns and crossings (Kobani, Bab al-Hawa,
Tal Abyad) fall on the wrong side of the simplified outlines. This module only
applies it to events and records whether the gazetteer agreed.
"""
from __future__ import annotations

from typing import Sequence

from gazetteer.boundaries import province_of

AGREE, POLYGON, OUTSIDE, PROVINCE_LEVEL, COUNTRY_LEVEL, NO_COORDS = (
    "agree", "polygon", "outside polygons", "province-level", "country-level", "no coordinates")


def locate(lat: float, lon: float, country: str | None = None) -> tuple[str, str, str] | None:
    """(admin-1 name, admin1_code, country ISO2) of a point, preferring ``country``'s provinces."""
    try:
        return province_of(float(lat), float(lon), (country or None))
    except (FileNotFoundError, OSError, ValueError):
        return None


def check(events: Sequence) -> list[tuple[str | None, str | None, str]]:
    """(admin1, admin1_code, admin1_check) for each event.

    Point events take the province of their point, preferring their own country's;
    the check says whether the gazetteer agreed. Province- and country-level events
    keep their own.
    """
    results: list[tuple[str | None, str | None, str]] = []
    for ev in events:
        if ev.lat is None or ev.lon is None:
            results.append((ev.admin1, ev.admin1_code, NO_COORDS))
        elif ev.precision == "admin1":
            results.append((ev.admin1, ev.admin1_code, PROVINCE_LEVEL))
        elif ev.precision == "country":
            results.append((ev.admin1, ev.admin1_code, COUNTRY_LEVEL))
        else:
            found = locate(ev.lat, ev.lon, ev.country)
            if found is None:
                results.append((ev.admin1, ev.admin1_code, OUTSIDE))
            else:
                name, code, _country = found
                if not ev.admin1_code:
                    results.append((name, code, POLYGON))
                elif ev.admin1_code == code:
                    results.append((name, code, AGREE))
                else:
                    results.append((name, code, f"gazetteer says {ev.admin1 or '?'} ({ev.admin1_code})"))
    return results
