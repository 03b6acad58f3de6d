"""Events on our blind news-style sets (tests/data/events_dev4, events_dev5), split in halves.

Both sets were written by people who had not read the extractor, in the styles of real
outlets (wire copy, monitors, ministry statements, live blogs). They stand in for the
held-out real articles the review scores (floor F1 0.85). Articles are split by sorted file
name: even positions are the *dev* half (its errors may be looked at), odd positions the
*held* half (only its figures). The shared scorer (../shared/eval/score.py) is used as is.

    python benchmarks/bench_blind.py [--set events_dev5] [--verbose dev]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ("events_dev4", "events_dev5")


def _load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("shared_score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _extract(paths: list[Path]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.jsonl"
        with open(out, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, "-m", "events", "extract", *map(str, paths)], cwd=ROOT,
                           stdout=f, check=True)
        return _load(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"), help="../shared/eval (for score.py)")
    ap.add_argument("--set", action="append", choices=SETS, help="one set (default: both)")
    ap.add_argument("--verbose", choices=("dev",), help="list the dev half's misses and false positives")
    a = ap.parse_args(argv)
    eval_dir = Path(a.eval)
    if not (eval_dir / "score.py").is_file():
        eval_dir = Path("/work/shared/eval")
    if not (eval_dir / "score.py").is_file():
        print(f"skipped: no score.py under {a.eval}")
        return 0
    sc = _scorer(eval_dir)
    for name in a.set or SETS:
        folder = ROOT / "tests" / "data" / name
        paths = sorted(p for p in folder.rglob("*.txt"))
        pred = _extract(paths)
        gold, dis = _load(folder / "gold.jsonl"), _load(folder / "distractors.jsonl")
        stems = [p.stem for p in paths]
        parts = {"all": set(stems), "dev": set(stems[0::2]), "held": set(stems[1::2])}
        for half, docs in parts.items():
            r = sc.score([g for g in gold if g["article"] in docs], [p for p in pred if p["article"] in docs],
                         [d for d in dis if d["article"] in docs])
            print(f"{name} [{half:4}] F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f}; tp {r['tp']} "
                  f"fp {r['fp']} fn {r['fn']}) | distractor hits {r['distractor_hits']}/{r['distractors']} | "
                  f"actor acc {r['actor_accuracy']:.3f} | exact date acc {r['exact_date_accuracy']:.3f}")
            if a.verbose == half:
                for m in r["misses"]:
                    print("  miss     ", m)
                for m in r["false_positives"]:
                    print("  false pos", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
