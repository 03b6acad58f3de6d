"""Shared fixtures. Tests use real parts: real files, real SQLite, real GeoNames."""
from __future__ import annotations

import itertools
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


# -- two backends: SQLite files and PostgreSQL/PostGIS databases ------------------------
BACKENDS = ("sqlite", "postgis")
_dbs = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL + PostGIS cluster for the whole session (geo/pgcluster.py),
    started on first use. Its ``strikemap`` database is migrated once and is the template
    of every test database."""
    from geo import pgcluster
    try:
        cluster = pgcluster.start()
    except pgcluster.ClusterError as exc:
        pytest.fail(f"PostgreSQL/PostGIS is needed by the postgis tests: {exc}")
    from geo.pg_store import PostgresStore
    PostgresStore(cluster.url()).close()
    yield cluster
    cluster.stop()


class StoreTargets:
    """New empty stores of one backend: SQLite paths or PostGIS database urls."""

    def __init__(self, backend: str, folder: Path, request) -> None:
        self.backend, self.folder, self.request, self.made = backend, folder, request, []

    def new(self, name: str = "test.db"):
        if self.backend == "sqlite":
            return self.folder / name
        cluster = self.request.getfixturevalue("pg_cluster")
        db = f"t{os.getpid()}_{next(_dbs)}"
        self.made.append(db)
        return cluster.create_database(db)

    def recreate(self, target):
        """A new empty store at the same place (file deleted, database dropped and created)."""
        if self.backend == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            return target
        cluster = self.request.getfixturevalue("pg_cluster")
        name = str(target).split("@/")[1].split("?")[0]
        cluster.drop_database(name)
        return cluster.create_database(name)

    def drop_all(self) -> None:
        if self.backend == "postgis" and self.made:
            cluster = self.request.getfixturevalue("pg_cluster")
            for db in self.made:
                try:
                    cluster.drop_database(db)
                except Exception:       # a test that broke its database: the cluster goes anyway
                    pass


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_targets(backend, tmp_path, request):
    targets = StoreTargets(backend, tmp_path, request)
    yield targets
    targets.drop_all()


@pytest.fixture(scope="module", params=BACKENDS)
def module_backend(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def module_store_targets(module_backend, tmp_path_factory, request):
    targets = StoreTargets(module_backend, tmp_path_factory.mktemp(module_backend), request)
    yield targets
    targets.drop_all()


@pytest.fixture
def store_env(tmp_env, store_targets, monkeypatch):
    """``tmp_env`` with STRIKEMAP_DB at a new empty store of each backend."""
    target = store_targets.new()
    monkeypatch.setenv("STRIKEMAP_DB", str(target))
    return target


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium through Playwright, one per test module (never `playwright install`)."""
    from playwright.sync_api import sync_playwright

    from test_e2e import launch_browser
    with sync_playwright() as p:
        b = launch_browser(p)
        yield b
        b.close()
