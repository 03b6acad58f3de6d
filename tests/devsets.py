"""Score a development set in tests/data/<name>/ (articles/, gold.jsonl, distractors.jsonl)
through the real `python -m events extract` CLI and the shared scorer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def score_devset(name: str, eval_dir: Path, workdir: Path) -> dict:
    folder = ROOT / "tests" / "data" / name
    articles = sorted((folder / "articles").glob("*.txt"))
    if not articles or not (folder / "gold.jsonl").is_file():
        pytest.skip(f"tests/data/{name} is absent")
    proc = subprocess.run([sys.executable, "-m", "events", "extract", *map(str, articles)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    pred = workdir / "pred.jsonl"
    pred.write_text(proc.stdout, encoding="utf-8")
    args = [sys.executable, str(eval_dir / "score.py"), "--gold", str(folder / "gold.jsonl"),
            "--pred", str(pred), "--json"]
    if (folder / "distractors.jsonl").is_file():
        args += ["--distractors", str(folder / "distractors.jsonl")]
    score = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert score.returncode == 0, score.stderr
    return json.loads(score.stdout[:score.stdout.rindex("}") + 1])
