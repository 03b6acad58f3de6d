"""Events on our blind news-style sets (tests/data/events_dev4 to events_dev120), split in halves.

The sets were written by people who had not read the extractor, in the styles of real
outlets (wire copy, monitors, ministry statements, live blogs). They stand in for the
held-out real articles the review scores (floor F1 0.85). Articles are split by sorted file
name: even positions are the *dev* half (its errors may be looked at), odd positions the
*held* half (only its figures). The shared scorer (../shared/eval/score.py) is used as is.

    python benchmarks/bench_blind.py [--set events_dev5] [--verbose dev]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evalsets import ROOT, extract, halves, load, print_errors, scorer, shared_dir

SETS = ("events_dev4", "events_dev5", "events_dev6", "events_dev7", "events_dev8", "events_dev9", "events_dev10", "events_dev11", "events_dev12", "events_dev13", "events_dev14", "events_dev15", "events_dev16", "events_dev17", "events_dev18", "events_dev19", "events_dev20", "events_dev21", "events_dev22", "events_dev23", "events_dev24", "events_dev25", "events_dev26", "events_dev27", "events_dev28", "events_dev29", "events_dev30", "events_dev31", "events_dev32", "events_dev33", "events_dev34", "events_dev35", "events_dev36", "events_dev37", "events_dev38", "events_dev39", "events_dev40", "events_dev41", "events_dev42", "events_dev43", "events_dev44", "events_dev45", "events_dev46", "events_dev47", "events_dev48", "events_dev49", "events_dev50", "events_dev51", "events_dev52", "events_dev53", "events_dev54", "events_dev55", "events_dev56", "events_dev57", "events_dev58", "events_dev59", "events_dev60", "events_dev61", "events_dev62", "events_dev63", "events_dev64", "events_dev65", "events_dev66", "events_dev67", "events_dev68", "events_dev69", "events_dev70", "events_dev71", "events_dev72", "events_dev73", "events_dev74", "events_dev75", "events_dev76", "events_dev77", "events_dev78", "events_dev79", "events_dev80", "events_dev81", "events_dev82", "events_dev83", "events_dev84", "events_dev85", "events_dev86", "events_dev87", "events_dev88", "events_dev89", "events_dev90", "events_dev91", "events_dev92", "events_dev93", "events_dev94", "events_dev95", "events_dev96", "events_dev97", "events_dev98", "events_dev99", "events_dev100", "events_dev101", "events_dev102", "events_dev103", "events_dev104", "events_dev105", "events_dev106", "events_dev107", "events_dev108", "events_dev109", "events_dev110", "events_dev111", "events_dev112", "events_dev113", "events_dev114", "events_dev115", "events_dev116", "events_dev117", "events_dev118", "events_dev119", "events_dev120")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", help="the eval folder with score.py (default: $STRIKEMAP_SHARED/eval, else ../shared/eval)")
    ap.add_argument("--set", action="append", choices=SETS, help="one set (default: all)")
    ap.add_argument("--verbose", choices=("dev",), help="list the dev half's misses and false positives")
    a = ap.parse_args(argv)
    eval_dir = Path(a.eval) if a.eval else shared_dir() / "eval"
    if not (eval_dir / "score.py").is_file():
        print(f"skipped: no score.py under {a.eval}")
        return 0
    sc = scorer(eval_dir)
    for name in a.set or SETS:
        folder = ROOT / "tests" / "data" / name
        paths = sorted(p for p in folder.rglob("*.txt"))
        pred = extract(paths)
        gold, dis = load(folder / "gold.jsonl"), load(folder / "distractors.jsonl")
        parts = halves([p.stem for p in paths])
        for half, docs in parts.items():
            r = sc.score([g for g in gold if g["article"] in docs], [p for p in pred if p["article"] in docs],
                         [d for d in dis if d["article"] in docs])
            print(f"{name} [{half:4}] F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f}; tp {r['tp']} "
                  f"fp {r['fp']} fn {r['fn']}) | distractor hits {r['distractor_hits']}/{r['distractors']} | "
                  f"actor acc {r['actor_accuracy']:.3f} | exact date acc {r['exact_date_accuracy']:.3f}")
            if a.verbose == half:
                print_errors(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
