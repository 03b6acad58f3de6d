"""Villages the gazetteer lacks, read near the centre of their community.

``data/gazetteer/ua_settlements.tsv`` (built by ``scripts/build_ua_settlements.py`` from Ukraine's
KATOTTG codifier) lists every settlement of Ukraine with the gazetteer id of its territorial
community's centre town. A name the text places in a province ("near Foo, Luhansk") that the
gazetteer lacks is then read near that town, when the province holds one settlement of that name
(or several of one community); homonyms in two communities stay the province.
"""
from __future__ import annotations

import csv
import dataclasses
import math
from functools import lru_cache

import settings

from .keys import loose_key, name_key
from .model import Place

NEAR_CENTRE_KM = 20.0           # a settlement lies within about this of its community's centre


def _km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[str, ...]]:
    """(loose key, admin1 code) -> the ids of the community centres of settlements so named."""
    path = settings.data_dir() / "gazetteer" / "ua_settlements.tsv"
    out: dict[tuple[str, str], set[str]] = {}
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out.setdefault((row["key"], row["admin1_code"]), set()).add(row["centre_id"])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def centres_of(gz, name: str, province: Place) -> list[Place]:
    """The community centres of every settlement ``name`` of ``province`` (towns the gazetteer knows)."""
    if province.precision != "admin1" or not province.admin1_code:
        return []
    ids = _table().get((loose_key(name_key(name)), province.admin1_code), ())
    return [p for p in (gz.place_by_id(i) for i in ids) if p is not None]


def settlement_in(gz, name: str, province: Place, when=None) -> Place | None:
    """The point of the community centre of the one settlement ``name`` of ``province`` ("Foo
    (near Bar)"), or None when the codifier has none there or several in different communities
    (unless one of them alone lies on the front line of the day ``when``: gazetteer/front.py)."""
    centres = centres_of(gz, name, province)
    if len(centres) > 1:
        from .front import on_front
        k = on_front([(c.lat, c.lon) for c in centres], when)
        centres = [centres[k]] if k is not None else centres
    if len(centres) != 1:
        return None
    town = centres[0]
    if town is None:
        return None
    return dataclasses.replace(town, name=f"{name} (near {town.name})")


def front_choice(gz, name: str, province: Place, inside: list[Place], when) -> Place | None:
    """Of the homonyms ``name`` of ``province`` (the gazetteer's towns ``inside`` it and the
    codifier's settlements, at their community centre), the one alone on the front line of the
    day ``when`` (gazetteer/front.py), or None: "shelled positions near Foo, Luhansk" in 2018 is
    the Foo on the contact line, not its namesakes behind it."""
    if when is None or province.precision != "admin1":
        return None
    from .front import front_km, on_front
    if front_km(province.lat, province.lon, when) is None:
        return None                          # no front line that day
    # a community centre near one of the gazetteer's own readings is that settlement's community:
    # the reading's own point says more
    pool = list(inside) + [dataclasses.replace(c, name=f"{name} (near {c.name})")
                           for c in centres_of(gz, name, province)
                           if not any(_km(c, p) <= NEAR_CENTRE_KM for p in inside)]
    k = on_front([(p.lat, p.lon) for p in pool], when)
    return pool[k] if k is not None else None


def renamed_reading(gz, name: str, province: Place, inside: list[Place], when=None) -> Place | None:
    """The codifier's one settlement ``name`` of ``province`` when every reading of the name the
    gazetteer has there is a town known by it only as another name ("Azov" is an old name of
    Pryazovske, while the codifier lists a village called Azov in the same oblast), else None."""
    key = loose_key(name_key(name))
    if not inside or any(loose_key(name_key(p.name)) == key for p in inside):
        return None
    return settlement_in(gz, name, province, when)
