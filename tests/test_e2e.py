"""End to end: `streamlit run` on a loopback port, driven by Playwright with Debian's chromium.

Every request that is not to 127.0.0.1 is blocked, so the test proves the map draws
air-gapped (Leaflet & plugins come from the app's own static/vendor).
"""
from __future__ import annotations

import io
import os
import re
import shutil
import time
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pytest
from PIL import Image

from streamlit_server import Server, free_port  # noqa: F401  (free_port: used by the map benchmark)
from test_app_data import fill_store

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("STRIKEMAP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAP_FRAME = 'iframe[title*="st_folium"]'
DRAWN = (".leaflet-overlay-pane path, .leaflet-marker-pane .marker-cluster, "
         ".leaflet-marker-pane .leaflet-marker-icon")


def launch_browser(playwright):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Debian chromium not found at {CHROMIUM}: run `bash scripts/setup.sh --dev` "
                    "(apt-get install chromium); never `playwright install`")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)


def offline_context(browser, blocked: list[str]):
    """A browser context in which every non-loopback request fails (recorded in ``blocked``)."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, accept_downloads=True)

    def guard(route):
        host = urlparse(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:", "about:", "file:")) or host in LOOPBACK:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()
    context.route("**/*", guard)
    return context


def drawn_count(page) -> int:
    return page.frame_locator(MAP_FRAME).last.locator(DRAWN).count()


def wait_drawn(page, timeout: float = 60.0) -> int:
    """Markers/paths drawn by Leaflet in the map iframe (waits with page.wait_for_timeout,
    which keeps Playwright's event loop, and so the offline route guard, running)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            n = drawn_count(page)
        except Exception:
            n = 0
        if n > 0:
            return n
        page.wait_for_timeout(250)
    raise AssertionError("the map drew nothing")


def wait_idle(page, timeout: float = 60.0, quiet: float = 1.0) -> None:
    """Wait until the app has finished its reruns: no "Running" status for ``quiet`` seconds
    (a user waits for the running indicator to stop before reading the page)."""
    deadline = time.time() + timeout
    calm_since = None
    while time.time() < deadline:
        running = page.locator('[data-testid="stStatusWidget"]', has_text="Running").count() > 0
        if running:
            calm_since = None
        elif calm_since is None:
            calm_since = time.time()
        elif time.time() - calm_since >= quiet:
            return
        page.wait_for_timeout(200)


def map_diagnostics(page, server=None) -> str:
    """What the page holds when a map did not draw: each map frame's address and body size,
    and the end of the server's log (printed in the failure, so a CI run says why)."""
    lines = []
    frames = page.locator(MAP_FRAME)
    for i in range(frames.count()):
        handle = frames.nth(i).element_handle()
        frame = handle.content_frame() if handle else None
        body = frame.evaluate("document.body ? document.body.innerHTML.length : -1") if frame else None
        drawn = frame.locator(DRAWN).count() if frame else None
        has_map = frame.evaluate("typeof window.map !== 'undefined' && !!window.map") if frame else None
        lines.append(f"frame {i}: {frame.url if frame else None} body={body} drawn={drawn} map={has_map}")
    lines.append(f"page: {page.url}")
    if server is not None:
        try:
            lines.append("server log tail:\n" + server.log_path.read_text(errors="replace")[-2000:])
        except OSError:
            pass
    return "\n".join(lines)


def metric_value(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


METRIC_JS = """([label, value]) => { const m = [...document.querySelectorAll('[data-testid=stMetric]')]
    .find(e => e.innerText.includes(label));
  return m && m.querySelector('[data-testid=stMetricValue]').innerText.trim() === value; }"""


def settled_metric(page, label: str, value: str, timeout: float = 30_000) -> str:
    """The metric once it shows ``value`` (or what it shows after ``timeout``): a page
    shows the previous run's elements while it reruns."""
    try:
        page.wait_for_function(METRIC_JS, arg=[label, value], timeout=timeout)
    except Exception:
        pass
    return metric_value(page, label)


@pytest.fixture(scope="module")
def server(tmp_path_factory, module_store_targets):
    srv = Server(tmp_path_factory.mktemp("e2e"), db=module_store_targets.new("e2e.db"))
    yield srv
    srv.stop()


def test_map_draws_offline_and_follows_the_date_slider(server, browser):
    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.goto(server.url + "/Map", wait_until="domcontentloaded")
    first = wait_drawn(page)
    assert first > 0
    wait_idle(page)
    before = metric_value(page, "Matching")
    frame = page.frame_locator(MAP_FRAME).last
    assert frame.locator(".leaflet-control-layers").count() == 1
    assert frame.locator(".leaflet-control-scale").count() == 1
    assert frame.locator("#strikemap-legend").count() == 1
    assert not [u for u in blocked if "leaflet" in u or "jquery" in u], blocked

    thumb = page.locator('[data-testid="stSidebar"] input[type="range"]').last   # upper end of the range
    thumb.focus()
    for _ in range(40):
        thumb.press("ArrowLeft")
    page.wait_for_function(
        "(b) => { const m = [...document.querySelectorAll('[data-testid=stMetric]')]"
        ".find(e => e.innerText.includes('Matching')); return m && !m.innerText.includes(b); }",
        arg=f"\n{before}", timeout=60_000)
    after = metric_value(page, "Matching")
    assert int(after.replace(",", "")) < int(before.replace(",", ""))
    assert re.search(r"[?&]to=2015-", page.url), page.url             # the view is in the link
    wait_idle(page)                                                    # the last of the slider's reruns
    try:
        wait_drawn(page)
    except AssertionError:
        raise AssertionError("the map drew nothing after the date slider moved\n" + map_diagnostics(page, server)
                             + "\nconsole:\n" + "\n".join(console[-20:])) from None
    context.close()


def test_png_snapshot_download_is_a_real_image(server, browser, tmp_path):
    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    page.goto(server.url + "/Export", wait_until="domcontentloaded")
    page.get_by_role("button", name="Render PNG and PDF").click(timeout=60_000)
    button = page.get_by_role("button", name="Download PNG")
    button.wait_for(timeout=90_000)
    with page.expect_download(timeout=60_000) as info:
        button.click()
    path = tmp_path / "snapshot.png"
    info.value.save_as(path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    img = Image.open(io.BytesIO(data)).convert("RGB")
    assert img.size == (1600, 1000)
    pixels = np.asarray(img).reshape(-1, 3)
    assert len(np.unique(pixels, axis=0)) > 200 and pixels.std() > 10
    context.close()


def test_script_in_article_shows_as_text(server, browser):
    context = offline_context(browser, [])
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server.url + "/Events", wait_until="domcontentloaded")
    page.get_by_text("<script>alert(1)</script>", exact=False).first.wait_for(timeout=60_000)
    page.goto(server.url + "/Map", wait_until="domcontentloaded")
    wait_drawn(page)
    assert dialogs == []
    context.close()


FIND_EMPTY_PROVINCE = """() => {
  const map = Object.values(window).find(v => v instanceof L.Map);
  for (const layer of Object.values(map._layers)) {
    const p = layer.feature && layer.feature.properties;
    if (p && 'total' in p && p.total === 0 && layer.getBounds) {
      const b = layer.getBounds();
      const pt = map.latLngToContainerPoint(layer.getCenter());
      const size = map.getSize();
      if (pt.x > 40 && pt.y > 40 && pt.x < size.x - 200 && pt.y < size.y - 120) {
        return {name: p.name, code: p.admin1_code, x: pt.x, y: pt.y};
      }
    }
  }
  return null;
}"""


WHERE_IS = """(code) => {
  const map = Object.values(window).find(v => v instanceof L.Map);
  for (const layer of Object.values(map._layers)) {
    const p = layer.feature && layer.feature.properties;
    if (p && 'total' in p && p.admin1_code === code) {
      const pt = map.latLngToContainerPoint(layer.getCenter());
      return {x: pt.x, y: pt.y};
    }
  }
  return {};
}"""


def test_clicking_a_province_filters_to_it(server, browser):
    """A click filters to the province by its code (names may be shared); after the filter
    is cleared, clicking the same province again filters again."""
    context = offline_context(browser, [])
    page = context.new_page()
    page.goto(server.url + "/Map", wait_until="domcontentloaded")
    wait_drawn(page)
    page.wait_for_timeout(500)
    frame = next(f for f in page.frames if "st_folium" in f.url)
    target = frame.evaluate(FIND_EMPTY_PROVINCE)
    assert target, "no clickable province without events in view"
    sidebar = page.locator('[data-testid="stSidebar"]')
    for attempt in range(2):
        if attempt:                    # the same province, wherever the redrawn map shows it now
            frame = next(f for f in reversed(page.frames) if "st_folium" in f.url and not f.is_detached())
            target = dict(target, **frame.evaluate(WHERE_IS, target["code"]))
        box = page.locator(MAP_FRAME).last.bounding_box()
        page.mouse.click(box["x"] + target["x"] + attempt * 2, box["y"] + target["y"])   # a new click
        try:
            page.wait_for_function("(c) => new URLSearchParams(location.search).getAll('prov').includes(c)",
                                   arg=target["code"], timeout=60_000)
        except Exception:
            raise AssertionError(f"click {attempt + 1} on {target} did not filter: {page.url}") from None
        sidebar.get_by_text(target["name"], exact=False).first.wait_for(timeout=30_000)
        assert settled_metric(page, "Matching", "0") == "0"     # the main area redraws after the sidebar
        if attempt == 0:               # clear the filter: the map's stale click must not re-apply it
            sidebar.get_by_role("button", name="Reset filters").click()
            page.wait_for_function("() => !location.search.includes('prov=')", timeout=60_000)
            page.wait_for_timeout(1500)
            assert "prov=" not in page.url
            wait_drawn(page)
            page.wait_for_timeout(500)
    context.close()


def test_standalone_html_map_opens_offline(browser, tmp_path):
    from geo import assets
    from geo.layer import events_frame, province_counts
    from geo.store import open_store
    from geo.webmap import MapOptions, build_map
    fill_store(tmp_path / "html.db", 60)
    store = open_store(tmp_path / "html.db")
    frame = events_frame(store)
    store.close()
    html = assets.standalone_html(build_map(frame, province_counts(frame), MapOptions(play=True)).map)
    path = tmp_path / "map.html"
    path.write_text(html, encoding="utf-8")
    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector(".leaflet-overlay-pane path", state="attached", timeout=30_000)
    assert page.locator(".leaflet-overlay-pane path").count() > 10
    assert page.locator(".leaflet-control-layers").count() == 1
    assert page.locator(".timecontrol-play, .leaflet-control-timecontrol").count() > 0
    assert blocked == []
    context.close()


def _play_control_shown(page) -> bool:
    """Whether a map iframe shows the time control (Streamlit replaces the iframe when the
    map changes, so a frame may detach while we look: that counts as not yet)."""
    for frame in [f for f in page.frames if "st_folium" in f.url]:
        try:
            if not frame.is_detached() and frame.locator(".timecontrol-play").count():
                return True
        except Exception:          # detached between the check and the count
            continue
    return False


def test_play_mode_shows_a_time_control(server, browser):
    context = offline_context(browser, [])
    page = context.new_page()
    page.goto(server.url + "/Map", wait_until="domcontentloaded")
    wait_drawn(page)
    page.get_by_text("Play through time").click()
    deadline = time.time() + 60
    while time.time() < deadline:
        if _play_control_shown(page):
            break
        page.wait_for_timeout(250)
    else:
        raise AssertionError("no play control after switching on play mode")
    context.close()


def test_two_places_in_one_article_stay_two_incidents(server, browser, tmp_path):
    """Issue 11.4: two nearby towns struck in one article are two incidents of one article
    each on the map, not one incident of '2 reports'."""
    from events.article import read_article
    from geo.store import open_store
    path = tmp_path / "homs_twin_raids.txt"
    path.write_text("title: Twin raids near Homs zqx\npublished: 2015-10-07\nsource: SANA\n---\n"
                    "Russian jets struck Talbiseh on Tuesday, a monitoring group said.\n\n"
                    "Another Russian raid hit Rastan on Tuesday, residents said.\n", encoding="utf-8")
    store = open_store(server.db)
    store.ingest_article(read_article(path))
    store.close()
    context = offline_context(browser, [])
    page = context.new_page()
    page.goto(server.url + "/Map?q=zqx", wait_until="domcontentloaded")
    wait_drawn(page)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stMetric]')]"
        ".some(e => e.innerText.includes('Matching incidents') && /\\n2$/.test(e.innerText.trim()))",
        timeout=60_000)
    assert metric_value(page, "Matching incidents") == "2"
    context.close()
