"""What the quality benchmarks share: reading JSON lines, the dev/held split, the shared
scorer (../shared/eval/score.py, used as is), running ``python -m events extract``."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """``$STRIKEMAP_SHARED``, else the first ``shared`` folder beside the clone or above it."""
    if os.environ.get("STRIKEMAP_SHARED"):
        return Path(os.environ["STRIKEMAP_SHARED"])
    for d in ROOT.parents:
        if (d / "shared" / "seeds").is_dir():
            return d / "shared"
    return ROOT.parent / "shared"


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def halves(articles: list[str]) -> dict[str, set[str]]:
    """Doc ids of all / dev (even sorted position: its errors may be looked at) / held (odd)."""
    ids = sorted(articles)
    return {"all": set(ids), "dev": set(ids[0::2]), "held": set(ids[1::2])}


def scorer(eval_dir: Path):
    """The shared scorer module."""
    spec = importlib.util.spec_from_file_location("shared_score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(paths: list[Path]) -> list[dict]:
    """The events of these article files, as the CLI prints them."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.jsonl"
        with open(out, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, "-m", "events", "extract", *map(str, paths)], cwd=ROOT,
                           stdout=f, check=True)
        return load(out)


def print_errors(r: dict) -> None:
    for m in r["misses"]:
        print("  miss     ", m)
    for m in r["false_positives"]:
        print("  false pos", m)
