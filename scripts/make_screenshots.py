#!/usr/bin/env python3
"""Make the README's pictures from the sample corpus, offline:

* ``docs/map.png``: the Map page, as Debian's chromium shows it (Playwright, every request
  that is not to the local server blocked) against ``streamlit run app.py``;
* ``docs/snapshot.png``: the PNG snapshot the Export page downloads for the same view.

The app runs on its own fresh store, which it seeds from ``data/articles`` on first start.

Usage::

    .venv/bin/python scripts/make_screenshots.py [--out docs] [--chromium /usr/bin/chromium]
"""
from __future__ import annotations

import argparse
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAP_FRAME = 'iframe[title*="st_folium"]'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(workdir: Path, port: int) -> subprocess.Popen:
    log = open(workdir / "streamlit.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.enableStaticServing", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        env=dict(os.environ, STRIKEMAP_DB=str(workdir / "sample.db"), STRIKEMAP_ASSETS="local",
                 STRIKEMAP_USER_GAZETTEER=str(workdir / "user.csv")))
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=3) as r:
                if r.read().strip() == b"ok":
                    return proc
        except OSError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.3)
    proc.terminate()
    raise SystemExit("streamlit did not start:\n" + (workdir / "streamlit.log").read_text()[-2000:])


def small_png(data: bytes, path: Path, width: int) -> None:
    """Scaled to ``width`` px and reduced to a 256-colour palette: a small file for the README."""
    img = Image.open(io.BytesIO(data)).convert("RGB")
    if img.width > width:
        img = img.resize((width, round(img.height * width / img.width)), Image.LANCZOS)
    img.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        path, optimize=True)


def wait_for_map(page, timeout: float = 120):
    """The map iframe, once Leaflet drew the basemap's labels and our polygons."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for frame in [f for f in page.frames if "st_folium" in f.url]:
            try:
                if frame.locator(".sm-lab").count() and frame.locator(".leaflet-overlay-pane path").count():
                    return frame
            except Exception:
                continue
        page.wait_for_timeout(300)
    raise SystemExit("the map did not draw")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    ap.add_argument("--chromium", default=os.environ.get("STRIKEMAP_CHROMIUM") or shutil.which("chromium")
                    or "/usr/bin/chromium")
    ap.add_argument("--width", type=int, default=1200, help="width of the saved PNGs")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        proc = start_app(Path(tmp), port)
        url = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=args.chromium, headless=True,
                                            args=["--headless", "--no-sandbox", "--disable-gpu"])
                context = browser.new_context(viewport={"width": 1500, "height": 1000}, accept_downloads=True)

                def guard(route):
                    host = urlparse(route.request.url).hostname or ""
                    if host in LOOPBACK or route.request.url.startswith(("data:", "blob:", "about:")):
                        route.continue_()
                    else:
                        route.abort()
                context.route("**/*", guard)
                page = context.new_page()
                page.goto(url + "/Map", wait_until="domcontentloaded")
                wait_for_map(page)
                page.wait_for_timeout(3000)          # Streamlit may replace the iframe once
                # The sample corpus spans Ukraine to Yemen: show the Syrian theatre, where
                # most of it is, at a zoom where towns and provinces are named.
                zoom = wait_for_map(page).evaluate(
                    "() => { const m = Object.values(window).find(v => v instanceof L.Map);"
                    " m.setView([35.3, 38.2], 7, {animate: false}); return m.getZoom(); }")
                assert zoom == 7, zoom
                page.wait_for_timeout(1500)
                small_png(page.screenshot(full_page=False), args.out / "map.png", args.width)

                page.goto(url + "/Export", wait_until="domcontentloaded")
                page.get_by_role("button", name="Render PNG and PDF").click(timeout=120_000)
                button = page.get_by_role("button", name="Download PNG")
                button.wait_for(timeout=120_000)
                with page.expect_download(timeout=120_000) as info:
                    button.click()
                small_png(Path(info.value.path()).read_bytes(), args.out / "snapshot.png", args.width)
                browser.close()
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    for name in ("map.png", "snapshot.png"):
        path = args.out / name
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
