"""Events on real ACLED event descriptions (../shared/eval/acled_dev), split in halves.

The set is read where it lives (never copied). Articles are split by the
sorted position of their ACLED id (file stem): even positions are the
*dev* half (errors there may be looked at), odd positions the *held* half
(only its figures are looked at). For all / dev / held the script prints:

* the shared scorer's line with ``gold_all.jsonl`` (F1, P, R);
* strike recall on the required gold strikes (and, as a diagnosis of the place finder's share of the
  misses, how many required strike records get a strike on their day, wherever it is placed);
* the share of non-strike records (``distractors.jsonl``) on which a strike
  was read, against the issue's floors (recall >= 0.75, <= 5 %, F1 >= 0.70).

    python benchmarks/bench_acled.py [--eval DIR] [--pred PRED.jsonl] [--verbose dev]

Without ``--pred`` it runs ``python -m events extract`` on every article.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evalsets import extract, halves, print_errors, shared_dir
from evalsets import load as _load
from evalsets import scorer as _score_module

RECALL_FLOOR, NONSTRIKE_CEIL, F1_FLOOR = 0.75, 0.05, 0.70


def figures(eval_dir: Path, pred: list[dict], docs: set[str]) -> dict:
    """The scorer's result on the documents ``docs`` plus the issue's two extra figures."""
    acled = eval_dir / "acled_dev"
    gold = [g for g in _load(acled / "gold_all.jsonl") if g["article"] in docs]
    dis = [d for d in _load(acled / "distractors.jsonl") if d["article"] in docs]
    pr = [p for p in pred if str(p.get("article")) in docs]
    sc = _score_module(eval_dir)
    r = sc.score(gold, pr, dis)
    req = [g for g in _load(acled / "gold.jsonl") if g["article"] in docs and not g.get("optional")
           and g["type"] == "strike"]
    rs = sc.score(req, [p for p in pr if p.get("type") == "strike" and p["article"] in {g["article"] for g in req}], [])
    nonstrike = {d["article"] for d in dis}
    struck = {p["article"] for p in pr if p.get("type") == "strike" and p["article"] in nonstrike}
    r["strike_recall"] = rs["recall"]
    # Detection whatever the place: a required strike record with a strike read on its day (+-1)
    days = {}
    for p in pr:
        if p.get("type") == "strike" and p.get("date"):
            days.setdefault(p["article"], set()).add(p["date"][:10])
    import datetime as dt
    near = lambda g: any(abs((dt.date.fromisoformat(d) - dt.date.fromisoformat(g["date"][:10])).days) <= 1
                         for d in days.get(g["article"], ()))
    r["detected"] = sum(1 for g in req if g.get("date") and near(g))
    r["required"] = len(req)
    r["nonstrike_records"] = len(nonstrike)
    r["nonstrike_struck"] = len(struck)
    return r


def _line(name: str, r: dict) -> str:
    share = r["nonstrike_struck"] / r["nonstrike_records"] if r["nonstrike_records"] else 0.0
    ok = (r["strike_recall"] >= RECALL_FLOOR, share <= NONSTRIKE_CEIL, r["f1"] >= F1_FLOOR)
    return (f"[{name:4}] F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f}; tp {r['tp']} fp {r['fp']} "
            f"fn {r['fn']}) | strike recall {r['strike_recall']:.3f} (detected on its day, any place: "
            f"{r['detected']}/{r['required']}) | strikes on non-strike records "
            f"{r['nonstrike_struck']}/{r['nonstrike_records']} = {share:.1%} | floors "
            f"{'OK' if all(ok) else 'BELOW'} (recall>={RECALL_FLOOR} {ok[0]}, <={NONSTRIKE_CEIL:.0%} {ok[1]}, "
            f"F1>={F1_FLOOR} {ok[2]})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", help="the eval folder (default: $STRIKEMAP_SHARED/eval, else ../shared/eval)")
    ap.add_argument("--pred", help="predictions already made (JSON lines)")
    ap.add_argument("--verbose", choices=("dev",), help="list the dev half's misses and false positives")
    a = ap.parse_args(argv)
    eval_dir = Path(a.eval) if a.eval else shared_dir() / "eval"
    arts = sorted((eval_dir / "acled_dev" / "articles").glob("*.txt"))
    if not arts:
        print(f"skipped: no ACLED articles under {eval_dir}")
        return 0
    pred = _load(Path(a.pred)) if a.pred else extract(arts)
    parts = halves([p.stem for p in arts])
    for name in ("all", "dev", "held"):
        r = figures(eval_dir, pred, parts[name])
        print(_line(name, r))
        if a.verbose == name:
            print_errors(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
