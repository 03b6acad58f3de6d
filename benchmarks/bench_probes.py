"""Sentence-level probes (tests/data/probes15, our own texts): how many event texts give exactly their
events (type, place, actor, date within a day) and how many non-event texts give none, per half.
``--set probes16``: 160 passages written after this round's rules, never looked at (scored whole too).

    python benchmarks/bench_probes.py [--set probes16] [--verbose dev]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from events.extract import extract_text  # noqa: E402
from events.model import UNKNOWN_ACTOR  # noqa: E402

DATA = ROOT / "tests" / "data"


def _norm(name: str | None) -> str:
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", re.sub(r"\b(?:al|el|ar|as|ad|an|at|ash|the)[-\s']+", "", s))


def _same_place(want: dict, e) -> bool:
    if (want.get("country") or "").upper() != (e.country or "").upper():
        return False
    a = _norm(want.get("place"))
    return any(c and (a in c or c in a or fuzz.ratio(a, c) >= 75) for c in (_norm(e.name), _norm(e.place), _norm(e.admin1)))


def _date_ok(want: dict, e) -> bool:
    if not want.get("date"):
        return True
    return bool(e.date) and abs((dt.date.fromisoformat(want["date"]) - dt.date.fromisoformat(e.date)).days) <= 1


def check(probe: dict) -> list[str]:
    """What is wrong with the extractor's answer to one probe (empty: right)."""
    got = [e for e in extract_text(probe["text"], published=probe["published"]) if e.type != "non-event"]
    wrong, used = [], set()
    for want in probe["expect"]:
        i = next((i for i, e in enumerate(got) if i not in used and e.type == want["type"] and _same_place(want, e)), None)
        if i is None:
            wrong.append(f"miss {want['type']} {want['place']} ({want['country']}) {want.get('date')}")
            continue
        used.add(i)
        # (the probes write an author the text says is not known as none; the extractor names it "unknown")
        if (want.get("actor") or None) != (got[i].actor if got[i].actor != UNKNOWN_ACTOR else None):
            wrong.append(f"actor: want {want.get('actor')}, got {got[i].actor}")
        if not _date_ok(want, got[i]):
            wrong.append(f"date: want {want.get('date')}, got {got[i].date}")
    wrong += [f"extra {e.type} {e.name} ({e.country}) {e.date}" for i, e in enumerate(got) if i not in used]
    return wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="probes15", choices=("probes15", "probes16"), help="which probe set")
    ap.add_argument("--verbose", choices=("dev",), help="list the dev half's failing probes (probes15 only)")
    a = ap.parse_args(argv)
    path = DATA / a.set / "probes.jsonl"
    probes = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for half, keep in (("dev", 0), ("held", 1), ("all", None)):
        part = [p for p in probes if keep is None or int(p["id"][1:]) % 2 == keep]
        ev = [p for p in part if p["expect"]]
        non = [p for p in part if not p["expect"]]
        ev_ok = non_ok = 0
        for p in part:
            wrong = check(p)
            if p["expect"]:
                ev_ok += not wrong
            else:
                non_ok += not wrong
            if wrong and a.verbose == half and a.set == "probes15":
                print(f"  {p['id']} [{p['category']}] {p['text']}\n    " + "\n    ".join(wrong))
        print(f"[{half:4}] event texts right {ev_ok}/{len(ev)} ({ev_ok / len(ev):.2f}); "
              f"non-event texts with no event {non_ok}/{len(non)} ({non_ok / len(non):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
