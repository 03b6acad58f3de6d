"""Province of an event's point at ingest, cross-checked against the gazetteer's admin1.

There is ONE point-to-province implementation in the product:
``gazetteer.boundaries.province_of`` (a ``ProvinceLocator`` over the committed
admin-1 polygons). It prefers a province of the event's own country within a few
km over a neighbour's polygon: border towns and crossings (Kobani, Bab al-Hawa,
Tal Abyad) fall on the wrong side of the simplified outlines. This module only
applies it to events and records whether the gazetteer agreed.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from gazetteer.boundaries import province_of
from geo.filters import fold, is_admin1_code

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


# ---- provinces by code, named for people ------------------------------------------------------
# Everything keys provinces by admin1_code ("SY.12"); a name is only a label. A name that
# several provinces bear (Al Jawf: SA.20 and YE.21; Ash Sharqiyah: EG.14 and SA.06) is
# labelled "Name (Country)", so no list, facet, click or table merges two provinces.

@lru_cache(maxsize=1)
def _admin1_table() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """({code: (name, country)} of every GeoNames admin-1, folded names borne by two or more)."""
    from gazetteer.sources import admin1_rows
    table: dict[str, tuple[str, str]] = {}
    codes_by_name: dict[str, set[str]] = {}
    for row in admin1_rows():
        code, name = row.get("admin1_code"), row.get("name")
        if code and name:
            table[code] = (name, row.get("country") or code[:2])
            codes_by_name.setdefault(fold(name), set()).add(code)
    return table, frozenset(n for n, codes in codes_by_name.items() if len(codes) > 1)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from gazetteer.sources import load_countries
    return {cc: c.get("name") or cc for cc, c in load_countries().items()}


def label(code: str, name: str | None = None, country: str | None = None, shared=()) -> str:
    """'Idlib', or 'Al Jawf (Saudi Arabia)' for a name that several provinces bear
    (GeoNames' admin-1 names, plus ``shared``: folded names shared in the caller's data)."""
    known_name, known_country = _admin1_table()[0].get(code, (None, None))
    name = name or known_name or code
    country = country or known_country or (code or "")[:2]
    if fold(name) in _admin1_table()[1] or fold(name) in shared:
        return f"{name} ({_country_names().get(country, country)})"
    return name


def labels(rows) -> dict[str, str]:
    """{code: label} for (code, name, country) rows, e.g. a store's provinces."""
    rows = [(c, n, cc) for c, n, cc in rows if c]
    codes_by_name: dict[str, set[str]] = {}
    for code, name, _cc in rows:
        codes_by_name.setdefault(fold(name or ""), set()).add(code)
    shared = {n for n, codes in codes_by_name.items() if len(codes) > 1}
    return {code: label(code, name, cc, shared) for code, name, cc in rows}


def codes_for(values, names: dict[str, str]) -> list[str]:
    """Admin-1 codes for filter values: codes stay, a name (old links, the CLI) becomes
    every code in ``names`` ({code: name}) that bears it; an unknown name stays as it is."""
    out: list[str] = []
    for value in values:
        if is_admin1_code(value):
            out.append(value)
            continue
        hits = [c for c, n in names.items() if fold(n) == fold(value)]
        out += hits or [value]
    return list(dict.fromkeys(out))
