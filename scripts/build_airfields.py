"""Build data/gazetteer/airfields.tsv: the military air bases and the airports of the theaters and their
neighbours, from the PyPI package ``airportsdata`` (MIT; its data from OurAirports and other open
sources, ICAO codes and coordinates).

Air bases and airports are struck and deployed to in every theater ("drones hit the Olenya air base",
"Marines flown to Ain al-Asad", "a Houthi drone hit Abha airport"), and GeoNames' towns do not hold
them. The curated sites CSV keeps the bases a story names bare ("Hmeimim"); this file adds the rest,
named with their generic word ("the Belaya air base", "Jizan airport"), never by a bare name that
could be a town's or a river's.

A base already in the curated CSV (same country, within 5 km) is left out: the curated row wins.

    .venv/bin/python scripts/build_airfields.py        # rewrites the file (deterministic)
    .venv/bin/python scripts/build_airfields.py --check  # exit 1 when the file is stale
"""
from __future__ import annotations

import argparse
import csv
import io
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "gazetteer" / "airfields.tsv"
SITES = ROOT / "data" / "gazetteer" / "sites.csv"

# The theaters, their neighbours, and the states whose bases their wars reach (Russia's strategic
# bombers, the Gulf's and Israel's air bases, the Mediterranean and Black Sea rims).
# (NATO's eastern flank too: the bases and airports allied forces are sent to, "Typhoons arrived at Amari air base")
COUNTRIES = frozenset("SY IQ YE LY UA RU BY MD LB IL PS JO SA AE QA BH KW OM IR TR EG SD SS TN DZ CY GR "
                      "GE AM AZ DJ ER ET SO TD NE ML AF PK PL EE LV LT RO BG SK HU CZ FI".split())
# Civil airports too in the theaters themselves and the states their wars strike most.
AIRPORT_COUNTRIES = frozenset("SY IQ YE LY UA RU LB IL SA AE IR SD PL RO EE LV LT SK HU BG".split())
_MILITARY = re.compile(r"\b(?:air\s*base|airbase|air\s+force|military|naval\s+air|army\s+air|afb|air\s+station)\b", re.I)
# The generic words a name ends with, cut to find the core a story names the base by ("Belaya Air Base": Belaya)
_GENERIC = re.compile(r"\s*(?:\b(?:international|regional|domestic|civil|military|naval|army|air\s+force|new|old)\s+)*"
                      r"(?:air\s+force\s+base|air\s*base|airbase|airport|airfield|air\s+field|airstrip|air\s+station|aerodrome|heliport)"
                      r"(?:\s+(?:\d+|[IVX]+))?\s*$", re.I)
_PAREN = re.compile(r"\s*\([^)]*\)")
COLUMNS = ("name", "aliases", "lat", "lon", "country", "admin1_code", "kind", "source", "note")


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def _curated() -> list[tuple[str, float, float]]:
    with SITES.open(encoding="utf-8", newline="") as f:
        return [(r["country"], float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)
                if r.get("kind") in ("airbase", "military", "naval")]


def _aliases(name: str, city: str, military: bool) -> list[str]:
    """The ways a story names the field: its core with each generic word (never the bare core)."""
    core = _GENERIC.sub("", _PAREN.sub("", name)).strip(" -,")
    cores = [c for c in dict.fromkeys([core, city if not military else ""]) if c and len(c) > 2]
    words = ("air base", "airbase", "airfield", "military airport", "airport") if military else \
        ("airport", "international airport")
    out = [f"{c} {w}" for c in cores for w in words]
    return [a for a in dict.fromkeys(out) if a.lower() != name.lower()]


def rows() -> list[dict]:
    import airportsdata

    curated = _curated()
    out = []
    for code, a in sorted(airportsdata.load("ICAO").items()):
        cc = a["country"]
        if cc not in COUNTRIES or not a["name"]:
            continue
        military = bool(_MILITARY.search(a["name"]))
        if not military and not (cc in AIRPORT_COUNTRIES and a.get("iata")):
            continue                        # (airstrips and heliports of no war's note)
        lat, lon = round(float(a["lat"]), 4), round(float(a["lon"]), 4)
        if military and any(c == cc and _km((la, lo), (lat, lon)) <= 5.0 for c, la, lo in curated):
            continue                        # the curated row names it
        name = a["name"] if _GENERIC.search(_PAREN.sub("", a["name"])) else f"{a['name']} Airport"   # (never a bare name)
        out.append({"name": name, "aliases": "|".join(_aliases(name, a.get("city") or "", military)),
                    "lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "country": cc, "admin1_code": "",
                    "kind": "airbase", "source": f"airportsdata {code}" + (f"/{a['iata']}" if a.get("iata") else ""),
                    "note": "military" if military else "airport"})
    return out


def render(items: list[dict]) -> str:
    buf = io.StringIO()
    buf.write("# Built by scripts/build_airfields.py from the PyPI package airportsdata (MIT). Do not edit.\n")
    w = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    w.writerows(items)
    return buf.getvalue()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the file differs from a fresh build")
    a = ap.parse_args(argv)
    text = render(rows())
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} is stale: run scripts/build_airfields.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 2} fields)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
