"""First start: seconds from `streamlit run` to the first map drawn in the browser; prints them.

    .venv/bin/python benchmarks/bench_first_map.py [--runs 1] [--empty-store] [--cold-index]

A set-up machine: `bash scripts/setup.sh` has run (Python packages, map assets, the
gazetteer index in .cache/, the sample articles in the store). Each run makes a new store
in a temporary folder the way setup does (`python -m geo seed`, timed apart), starts
`streamlit run app.py` offline on it, opens /Map in Debian's chromium (Playwright; every
non-loopback request blocked) and waits for Leaflet to draw. Printed: the server's health
check and the first map, in seconds after `streamlit run`, against the issue's floor (10 s).
``--empty-store``: the store is left empty, so the page ingests the sample articles itself
(with its progress bar), as when setup did not seed it. ``--cold-index``: the gazetteer
cache points at an empty folder too (what a machine without the setup step pays).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
FLOOR_S = 10.0


def seed(db: Path, env: dict) -> float:
    """The setup step: the sample articles into a new store; returns its seconds."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "geo", "--db", str(db), "seed", "--quiet"], cwd=ROOT, check=True,
                   env=dict(os.environ, **env), stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def one_run(cold_index: bool, empty_store: bool) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright
    from streamlit_server import Server
    from test_e2e import launch_browser, offline_context, wait_drawn
    with tempfile.TemporaryDirectory() as tmp:
        env = {"STRIKEMAP_CACHE": str(Path(tmp) / "cache")} if cold_index else {}
        db = Path(tmp) / "e2e.db"
        if not empty_store:
            print(f"  setup step (python -m geo seed): {seed(db, env):.1f} s")
        with sync_playwright() as p:
            browser = launch_browser(p)           # the browser is the user's, already open
            t0 = time.perf_counter()
            srv = Server(Path(tmp), n_events=0, env=env, db=db, timeout=300)
            try:
                healthy = time.perf_counter() - t0
                page = offline_context(browser, []).new_page()
                page.goto(srv.url + "/Map", wait_until="domcontentloaded")
                wait_drawn(page, timeout=300)
                first_map = time.perf_counter() - t0
            finally:
                srv.stop()
                browser.close()
    return healthy, first_map


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--empty-store", action="store_true")
    ap.add_argument("--cold-index", action="store_true")
    args = ap.parse_args()
    firsts = []
    for i in range(args.runs):
        healthy, first = one_run(args.cold_index, args.empty_store)
        firsts.append(first)
        print(f"run {i + 1}: server healthy {healthy:.1f} s · first map drawn {first:.1f} s after `streamlit run`")
    med = statistics.median(firsts)
    print(f"first map (median of {len(firsts)}): {med:.1f} s  (floor {FLOOR_S:.0f} s: "
          f"{'met' if med <= FLOOR_S else 'NOT met'}){' [empty store: seeded by the page]' if args.empty_store else ''}"
          f"{' [cold gazetteer index]' if args.cold_index else ''}")


if __name__ == "__main__":
    main()
