"""Load benchmark: concurrent map sessions on one `streamlit run` server; prints its figures.

    .venv/bin/python benchmarks/bench_load.py [--sessions 10] [--seconds 60] [--moves 40]
                                              [--events 5000] [--no-ingest]

``--sessions`` browser sessions (one headless Debian chromium, a context each, all on
127.0.0.1) open the Map page and move the date slider, one key press at a time, for
``--seconds`` (at most ``--moves`` moves per session): the run is bounded in time and count.
Meanwhile (unless ``--no-ingest``) one more session runs a long extraction on the Ingest page
(a long pasted article), over and over, and a thread polls ``/_stcore/health`` every 0.25 s.

Prints: p50/p90/max slider-to-drawn time (key press -> the new map drawn in its iframe), the
moves done, the worst and p99 health-check latency, the Ingest extractions done, and the
server's RSS at the start (all maps drawn) and the end.
Data: synthetic events at real places (tests/test_app_data.py) in a temporary store.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from bench_map import MARK_OLD, NEW_MAP_DRAWN, make_store  # noqa: E402

DRAWN = ("() => [...document.querySelectorAll('iframe[title*=\"st_folium\"]')].some(f => f.contentDocument && "
         "f.contentDocument.querySelector('.leaflet-overlay-pane path, .leaflet-marker-pane > *'))")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Health(threading.Thread):
    """Polls the server's health check; records each answer's latency (a timeout counts whole)."""

    def __init__(self, url: str, every: float = 0.25, timeout: float = 60.0) -> None:
        super().__init__(daemon=True)
        self.url, self.every, self.timeout = url + "/_stcore/health", every, timeout
        self.latencies: list[float] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url, timeout=self.timeout) as r:
                    r.read()
            except OSError:
                pass
            self.latencies.append(time.perf_counter() - t)
            self.stop.wait(self.every)


async def guard(context) -> None:
    async def route(r):
        host = r.request.url.split("/")[2].split(":")[0] if "://" in r.request.url else ""
        if r.request.url.startswith(("data:", "blob:", "about:")) or host in ("127.0.0.1", "localhost"):
            await r.continue_()
        else:
            await r.abort()
    await context.route("**/*", route)


async def map_session(browser, url: str, go: asyncio.Event, clock: dict, moves: int, times: list,
                      opened: list) -> None:
    """Open the Map, wait for ``go``, then move the date slider until ``clock['deadline']``."""
    context = await browser.new_context(viewport={"width": 1400, "height": 900})
    await guard(context)
    page = await context.new_page()
    try:
        await page.goto(url + "/Map?incidents=0", wait_until="domcontentloaded", timeout=300_000)
        await page.wait_for_function(DRAWN, polling=100, timeout=300_000)
        opened.append(time.monotonic())
        await go.wait()
        thumb = page.locator('[data-testid="stSidebar"] input[type="range"]').last
        key = "ArrowLeft"
        for i in range(moves):
            if time.monotonic() > clock["deadline"]:
                break
            await page.evaluate(MARK_OLD)
            await thumb.focus()
            t = time.perf_counter()
            await thumb.press(key)
            await page.wait_for_function(NEW_MAP_DRAWN, polling=50, timeout=120_000)
            times.append(time.perf_counter() - t)
            if i % 10 == 9:
                key = "ArrowRight" if key == "ArrowLeft" else "ArrowLeft"
            await page.wait_for_timeout(300)          # a user looks at the map
    finally:
        await context.close()


def long_article(sentences: int = 400) -> str:
    places = ["Palmyra", "Raqqa", "Aleppo", "Homs", "Hama", "Idlib", "Deir ez-Zor", "Latakia"]
    body = " ".join(f"Russian jets struck positions near {places[i % len(places)]} on Tuesday, "
                    f"the ministry said in report {i}." for i in range(sentences))
    return "published: 2015-10-07\n---\n" + body


async def ingest_session(browser, url: str, deadline: float, done: list) -> None:
    context = await browser.new_context(viewport={"width": 1400, "height": 900})
    await guard(context)
    page = await context.new_page()
    try:
        await page.goto(url + "/Ingest", wait_until="domcontentloaded", timeout=180_000)
        box = page.get_by_role("textbox", name="Text", exact=True)
        await box.wait_for(timeout=180_000)
        await box.fill(long_article())
        await box.press("Control+Enter")
        while time.monotonic() < deadline:
            t = time.perf_counter()
            await page.get_by_role("button", name="Preview").click()
            await page.get_by_text("non-events", exact=False).first.wait_for(timeout=300_000)
            done.append(time.perf_counter() - t)
            await page.reload(wait_until="domcontentloaded")
            box = page.get_by_role("textbox", name="Text", exact=True)
            await box.wait_for(timeout=180_000)
            await box.fill(long_article())
            await box.press("Control+Enter")
    except Exception as exc:   # the ingest load is background: report, do not abort the figures
        print(f"  (ingest session stopped: {type(exc).__name__})")
    finally:
        await context.close()


async def drive(server, sessions: int, seconds: float, moves: int, ingest: bool) -> dict:
    from playwright.async_api import async_playwright
    from test_e2e import CHROMIUM, LAUNCH_ARGS
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        times: list[float] = []
        opened: list[float] = []
        extractions: list[float] = []
        go = asyncio.Event()
        clock = {"deadline": 0.0}
        t0 = time.monotonic()
        health = Health(server.url)
        health.start()
        tasks = [asyncio.create_task(map_session(browser, server.url, go, clock, moves, times, opened))
                 for _ in range(sessions)]
        while len(opened) < sessions and time.monotonic() < t0 + 600 and not any(t.done() for t in tasks):
            await asyncio.sleep(0.2)
        start_rss = rss_mb(server.proc.pid)
        print(f"  {len(opened)} maps open and drawn in {time.monotonic() - t0:.1f} s; "
              f"server RSS {start_rss:.0f} MB")
        clock["deadline"] = time.monotonic() + seconds
        n_health = len(health.latencies)
        if ingest:
            tasks.append(asyncio.create_task(ingest_session(browser, server.url, clock["deadline"], extractions)))
        go.set()
        await asyncio.gather(*tasks)
        health.stop.set()
        end_rss = rss_mb(server.proc.pid)
        await browser.close()
    lat = sorted(health.latencies[n_health:])
    return {"times": times, "health": lat, "start_rss": start_rss, "end_rss": end_rss,
            "extractions": extractions}


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--moves", type=int, default=40, help="at most this many slider moves per session")
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--no-ingest", action="store_true", help="no long extraction on the Ingest page meanwhile")
    a = ap.parse_args(argv)
    if not 1 <= a.sessions <= 20 or not 1 <= a.seconds <= 600 or not 1 <= a.moves <= 1000:
        ap.error("--sessions 1..20, --seconds 1..600, --moves 1..1000 (the run is bounded)")
    from streamlit_server import Server
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = make_store(tmp, a.events)
        server = Server(tmp, n_events=0, db=db, env={"STRIKEMAP_ARTICLES": str(tmp / "none")})
        try:
            print(f"load: {a.sessions} map sessions x {a.seconds:.0f} s (<= {a.moves} slider moves each) on "
                  f"127.0.0.1, {a.events:,} events" + ("" if a.no_ingest else ", + 1 session extracting a "
                                                         "400-sentence article on Ingest"))
            r = asyncio.run(drive(server, a.sessions, a.seconds, a.moves, not a.no_ingest))
        finally:
            server.stop()
    t = r["times"]
    print(f"  slider -> new map drawn: p50 {pct(t, .5):.2f} s, p90 {pct(t, .9):.2f} s, "
          f"max {max(t) if t else float('nan'):.2f} s over {len(t)} moves")
    h = r["health"]
    print(f"  health check: worst {max(h) if h else float('nan'):.2f} s, p99 {pct(h, .99):.2f} s, "
          f"p50 {pct(h, .5) * 1000:.0f} ms over {len(h)} checks")
    if not a.no_ingest:
        e = r["extractions"]
        print(f"  ingest extractions finished meanwhile: {len(e)}"
              + (f" (median {statistics.median(e):.1f} s each)" if e else ""))
    print(f"  server RSS: start {r['start_rss']:.0f} MB, end {r['end_rss']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
