"""Geoparser benchmark: speed on the seeds, and scores on the public geoparsing corpora.

    .venv/bin/python benchmarks/bench_geoparse.py [--shared ../shared] [--no-corpora] [--errors dev]

Speed: seed articles parsed per second on one core (warm gazetteer; floor 200/s).
Scores (``../shared/eval/geoparsing``, read at run time, never copied): recognition recall and
acc@161km on the toponyms found, for the development half (even-numbered articles in file
order) and the held half (odd), with ``score_geoparse.py``'s own gold reader and distance.
``--errors dev`` lists the development half's errors (never the held half's).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer.document import split_header  # noqa: E402
from gazetteer.geoparse import GeoParser  # noqa: E402

CORPORA = (("LGL", "lgl.xml", 0.80), ("GeoVirus", "GeoVirus.xml", 0.85))
RECALL_FLOOR = 0.85
SPEED_FLOOR = 200.0


def _find_shared() -> Path:
    """``$STRIKEMAP_SHARED``, else the first ``shared`` folder beside the clone or above it."""
    import os
    if os.environ.get("STRIKEMAP_SHARED"):
        return Path(os.environ["STRIKEMAP_SHARED"])
    for d in ROOT.parents:
        if (d / "shared" / "seeds").is_dir():
            return d / "shared"
    return ROOT.parent / "shared"


def _scorer(geo_dir: Path):
    spec = importlib.util.spec_from_file_location("score_geoparse", geo_dir / "score_geoparse.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _articles(xml_path: Path):
    """(docid, body) in file order, as to_articles.py writes them."""
    import xml.etree.ElementTree as ET
    for i, art in enumerate(ET.parse(xml_path).getroot().iter("article")):
        yield art.get("docid") or str(i), art.findtext("text") or ""


def score(gold: dict, preds: dict, docs: list[str], km) -> dict:
    n_gold = found = hit = 0
    errors = []
    for doc in docs:
        ps = preds.get(doc, [])
        for s, e, phrase, lat, lon in gold.get(doc, []):
            if lat is None:
                continue
            n_gold += 1
            over = [p for p in ps if p.start < e and s < p.end]
            if not over:
                errors.append((doc, "missed", phrase, None))
                continue
            found += 1
            p = max(over, key=lambda p: min(e, p.end) - max(s, p.start))
            d = km(lat, lon, p.lat, p.lon) if p.lat is not None else 20039.0
            if d <= 161:
                hit += 1
            else:
                errors.append((doc, "wrong", phrase, f"{p.place.name if p.place else None} "
                               f"[{p.country} {p.precision}] {d:.0f} km off ({p.why})"))
    return {"gold": n_gold, "found": found, "recall": found / n_gold if n_gold else 0.0,
            "acc": hit / found if found else 0.0, "errors": errors}


def bench_speed(gp: GeoParser, seeds: Path, rounds: int = 20) -> float:
    bodies = [split_header(p.read_text(encoding="utf-8"))[1] for p in sorted(seeds.glob("*.txt"))]
    for b in bodies:
        gp.parse(b)                                   # warm caches once
    t = time.process_time()
    for _ in range(rounds):
        for b in bodies:
            gp.parse(b)
    dt = time.process_time() - t
    return len(bodies) * rounds / dt if dt else float("inf")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(_find_shared()))
    ap.add_argument("--no-corpora", action="store_true")
    ap.add_argument("--errors", choices=("dev",), help="print the development half's errors")
    ap.add_argument("--corpus", choices=[c[0] for c in CORPORA], action="append")
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    t = time.perf_counter()
    gp = GeoParser()
    gp.parse("Warm-up in Aleppo, Syria.")
    print(f"gazetteer load {time.perf_counter() - t:.2f} s")
    seeds = shared / "seeds"
    if seeds.is_dir():
        speed = bench_speed(gp, seeds)
        print(f"geoparse speed: {speed:,.0f} seed articles/s on one core (floor {SPEED_FLOOR:.0f})")
    if a.no_corpora:
        return 0
    geo = shared / "eval" / "geoparsing"
    sc = _scorer(geo)
    for name, fname, floor in CORPORA:
        if a.corpus and name not in a.corpus:
            continue
        xml = geo / fname
        if not xml.exists():
            print(f"{name}: {xml} missing, skipped")
            continue
        gold = sc.gold_toponyms(str(xml))
        docs = list(_articles(xml))
        t = time.perf_counter()
        preds = {doc: gp.parse(body) for doc, body in docs}
        dt = time.perf_counter() - t
        order = [d for d, _ in docs]
        halves = {"dev": order[0::2], "held": order[1::2], "all": order}
        line = []
        for half, ds in halves.items():
            r = score(gold, preds, ds, sc.km)
            line.append(f"{half} R {r['recall']:.3f} acc@161 {r['acc']:.3f} (n={r['gold']})")
            if a.errors == "dev" and half == "dev":
                for doc, kind, phrase, got in r["errors"]:
                    print(f"  {kind:6} {doc} {phrase!r} {got or ''}")
        print(f"{name}: " + " | ".join(line) + f" | floors R {RECALL_FLOOR} acc {floor} "
              f"| {len(docs) / dt:,.0f} articles/s")
    acled = shared / "eval" / "acled_dev"
    if (acled / "gold.jsonl").exists() and not a.corpus:
        bench_acled(gp, acled, sc.km)
    return 0


def bench_acled(gp: GeoParser, acled: Path, km) -> None:
    """ACLED event descriptions: share of gold event places with a place mention within 25 km
    (or the same province for province-precision gold), and mentions placed in another
    country than the event's (countries themselves aside); halves by sorted article id."""
    import json
    from gazetteer.document import read_document
    gold: dict[str, list[dict]] = {}
    for line in (acled / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold.setdefault(g["article"], []).append(g)
    arts = sorted(gold)
    line = []
    for half, ids in (("dev", arts[0::2]), ("held", arts[1::2])):
        hit = n = abroad = n_m = 0
        for art in ids:
            doc = read_document(acled / "articles" / f"{art}.txt")
            ms = [m for m in gp.parse(doc.body, published=doc.published) if m.role not in ("demonym", "in_name")]
            for g in gold[art]:
                n += 1
                hit += any(km(g["lat"], g["lon"], m.lat, m.lon) <= 25 or (
                    g["precision"] == "admin1" and m.precision == "admin1" and m.country == g["country"]) for m in ms)
            n_m += len(ms)
            abroad += sum(1 for m in ms if m.country and m.country != gold[art][0]["country"] and m.precision != "country")
        line.append(f"{half} place@25km {hit / n:.3f} (n={n}), other-country mentions {abroad}/{n_m}")
    print("ACLED: " + " | ".join(line))


if __name__ == "__main__":
    sys.exit(main())
