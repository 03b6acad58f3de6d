#!/usr/bin/env python3
"""Name-alone resolution on the public geoparsing corpora (issue 9): accuracy within 161 km.

Each gold toponym's name is resolved ALONE (no context, no country), as
``python -m gazetteer resolve --stdin`` does, and compared with the gold point.  The corpora
are split by article index (the ``span`` column's ``article:`` part): the even half is the
development half (its errors may be looked at), the odd half is held out.

    .venv/bin/python benchmarks/bench_resolve_corpora.py [--dir ../shared/eval/geoparsing]
        [--corpora lgl,geovirus,wiktor] [--errors dev.tsv]   # dev-half errors only
        [--oracle-country]        # with the gold country as focus (an upper bound, for info)

Floors (issue 9): LGL >= 0.70, GeoVirus >= 0.80 (the population heuristic over GeoNames).
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FLOORS = {"lgl": 0.70, "geovirus": 0.80}
KM = 161.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["article"] = int((r.get("span") or "0:").split(":")[0] or 0)
    return rows


def score(gz, rows: list[dict], errors=None, oracle: bool = False) -> dict:
    out = {"dev": [0, 0], "held": [0, 0]}
    for r in rows:
        half = "dev" if r["article"] % 2 == 0 else "held"
        res = gz.resolve(r["name"], (r["country"],) if oracle and r["country"] else ())
        p = res.place
        ok = p is not None and km(p.lat, p.lon, float(r["lat"]), float(r["lon"])) <= KM
        out[half][0] += ok
        out[half][1] += 1
        if errors is not None and half == "dev" and not ok:
            errors.writerow([r["corpus"], r["article"], r["name"], r["lat"], r["lon"], r["country"],
                             r["gold_name"], p.name if p else "", p.country if p else "",
                             f"{p.lat:.3f},{p.lon:.3f}" if p else "", p.kind if p else "",
                             p.population if p else "", res.why])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    shared = next((d for d in (ROOT.parent / "shared", ROOT.parents[1] / "shared") if d.is_dir()),
                  ROOT.parent / "shared")               # main checkout, or a worktree under wt/
    ap.add_argument("--dir", type=Path, default=shared / "eval" / "geoparsing")
    ap.add_argument("--corpora", default="lgl,geovirus,wiktor")
    ap.add_argument("--errors", type=Path, help="write the dev half's errors here (TSV)")
    ap.add_argument("--oracle-country", action="store_true",
                    help="pass the gold country as the country of focus (name<TAB>CC), for information")
    a = ap.parse_args()

    from gazetteer import default_gazetteer
    gz = default_gazetteer()
    ef = a.errors.open("w", encoding="utf-8", newline="") if a.errors else None
    errors = csv.writer(ef, delimiter="\t") if ef else None
    if errors:
        errors.writerow(["corpus", "article", "name", "lat", "lon", "cc", "gold_name", "pred",
                         "pred_cc", "pred_latlon", "kind", "population", "why"])
    print(f"{'corpus':<10} {'dev (even)':>12} {'held (odd)':>12} {'all':>7} {'floor':>6}  n")
    ok_all = True
    for name in a.corpora.split(","):
        path = a.dir / f"{name}.tsv"
        if not path.exists():
            print(f"{name:<10} missing: {path}")
            ok_all = False
            continue
        rows = read_rows(path)
        t = time.perf_counter()
        s = score(gz, rows, errors, a.oracle_country)
        dt = time.perf_counter() - t
        dev, held = s["dev"], s["held"]
        acc = (dev[0] + held[0]) / max(1, dev[1] + held[1])
        floor = FLOORS.get(name)
        ok_all &= floor is None or acc >= floor
        print(f"{name:<10} {dev[0] / max(1, dev[1]):>12.3f} {held[0] / max(1, held[1]):>12.3f} "
              f"{acc:>7.3f} {floor if floor else '-':>6}  {dev[1] + held[1]} ({dt:.1f} s)")
    if ef:
        ef.close()
    print("floors met" if ok_all else "BELOW FLOOR")
    return 0


if __name__ == "__main__":
    sys.exit(main())
