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
from functools import lru_cache

import settings

from .keys import loose_key, name_key
from .model import Place

NEAR_CENTRE_KM = 20.0           # a settlement lies within about this of its community's centre


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


def settlement_in(gz, name: str, province: Place) -> Place | None:
    """The point of the community centre of the one settlement ``name`` of ``province`` ("Foo
    (near Bar)"), or None when the codifier has none there or several in different communities."""
    if province.precision != "admin1" or not province.admin1_code:
        return None
    centres = _table().get((loose_key(name_key(name)), province.admin1_code), ())
    if len(centres) != 1:
        return None
    town = gz.place_by_id(centres[0])
    if town is None:
        return None
    return dataclasses.replace(town, name=f"{name} (near {town.name})")
