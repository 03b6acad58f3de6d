"""Shared fixtures. Tests use real parts: real files, real SQLite, real GeoNames."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _find_shared() -> Path | None:
    env = os.environ.get("STRIKEMAP_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared", ROOT / ".." / "shared"]
    for c in candidates:
        if (c / "seeds").is_dir():
            return c.resolve()
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (seeds and the gold standard). Fails loudly when missing."""
    found = _find_shared()
    if found is None:
        pytest.fail("../shared is missing: this test needs the seeds and gold files "
                    "(CI has them beside the clone; set STRIKEMAP_SHARED to point elsewhere)")
    return found


@pytest.fixture(scope="session")
def seeds_dir(shared_dir) -> Path:
    return shared_dir / "seeds"


@pytest.fixture(scope="session")
def eval_dir(shared_dir) -> Path:
    return shared_dir / "eval"


@pytest.fixture
def tmp_env(tmp_path, monkeypatch):
    """Point the store and caches of the code under test at a temporary folder."""
    monkeypatch.setenv("STRIKEMAP_DB", str(tmp_path / "test.db"))
    monkeypatch.setenv("STRIKEMAP_USER_GAZETTEER", str(tmp_path / "user_gazetteer.csv"))
    return tmp_path
