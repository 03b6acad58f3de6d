"""End to end, the map page offline (every non-loopback request blocked), judged on pixels of
Debian chromium's screenshots: the basemap draws sea and labels with no tile server, the
play buttons show real icon glyphs (a local font), and playing hides the static layers."""
from __future__ import annotations

import io
import time

import numpy as np
import pytest
from PIL import Image

from streamlit_server import Server
from test_e2e import MAP_FRAME, offline_context, wait_drawn

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("e2e_map"))
    yield srv
    srv.stop()


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])


def _pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _map_frame(page, selector: str, timeout: float = 60.0):
    """The live map iframe holding ``selector`` (Streamlit may replace it while we look)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for frame in [f for f in page.frames if "st_folium" in f.url]:
            try:
                if not frame.is_detached() and frame.locator(selector).count():
                    return frame
            except Exception:
                continue
        page.wait_for_timeout(250)
    raise AssertionError(f"no map iframe with {selector}")


def test_offline_basemap_draws_sea_and_labels(server, browser):
    from geo.basemap import SEA
    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    page.goto(server.url + "/Map", wait_until="domcontentloaded")
    wait_drawn(page)
    frame = _map_frame(page, ".sm-lab")
    page.wait_for_timeout(800)
    shot = page.locator(MAP_FRAME).last.screenshot()
    px = _pixels(shot)
    sea = (np.abs(px - _rgb(SEA)).sum(axis=2) < 12).mean()
    assert sea > 0.05, f"only {sea:.1%} of the map is sea"
    assert frame.locator(".sm-lab-2").count() > 3 and frame.locator(".sm-lab-0").count() > 1
    # The labels are drawn: hiding their pane changes many pixels, dark text among them.
    frame.evaluate("() => { document.querySelector('.leaflet-smLabels-pane').style.visibility = 'hidden'; }")
    page.wait_for_timeout(300)
    bare = _pixels(page.locator(MAP_FRAME).last.screenshot())
    changed = np.abs(px - bare).sum(axis=2) > 60
    assert changed.sum() > 800, changed.sum()
    assert (px[changed].sum(axis=1) < 200).sum() > 150           # dark glyph pixels
    assert not [u for u in blocked if "tile" in u], blocked
    frame.evaluate("() => { document.querySelector('.leaflet-smLabels-pane').style.visibility = ''; }")
    # Clusters are pies of what they hold: strike red in their pixels.
    cluster = frame.locator(".sm-cluster").first
    cluster.wait_for(timeout=10_000)
    pie = _pixels(cluster.screenshot())
    from geo.webmap import COLORS
    assert (np.abs(pie - _rgb(COLORS["strike"])).sum(axis=2) < 40).sum() > 20
    # Labels appear as one zooms in, the way the PNG snapshot shows them.
    towns = frame.locator(".sm-lab-2").count()
    frame.evaluate("() => { const m = Object.values(window).find(v => v instanceof L.Map);"
                   " m.setView([35.5, 36.8], m.getZoom() + 3, {animate: false}); }")
    frame.wait_for_function("(n) => document.querySelectorAll('.sm-lab-2').length > n", arg=towns, timeout=10_000)
    assert frame.locator(".sm-lab-1").count() > 0                  # province names
    context.close()


GLYPH = """(sel) => {
  const el = document.querySelector(sel);
  return document.fonts.check('16px "Glyphicons Halflings"') &&
         [...document.fonts].some(f => f.family.includes('Glyphicons') && f.status === 'loaded');
}"""


def test_play_buttons_have_icon_glyphs_and_playing_hides_static_layers(server, browser):
    context = offline_context(browser, [])
    page = context.new_page()
    page.goto(server.url + "/Map", wait_until="domcontentloaded")
    wait_drawn(page)
    page.get_by_text("Play through time").click()
    frame = _map_frame(page, ".timecontrol-play")
    page.wait_for_timeout(800)
    assert frame.evaluate(GLYPH, ".timecontrol-play"), "the Glyphicons font did not load"
    button = frame.locator("a.timecontrol-play").first
    with_font = _pixels(button.screenshot())
    # The same button without the icon font: what a missing font looks like (a box or nothing).
    frame.evaluate("() => { const s = document.createElement('style'); s.id = 'nofont';"
                   " s.textContent = '.leaflet-control-timecontrol:before{font-family:sans-serif !important}';"
                   " document.head.appendChild(s); }")
    page.wait_for_timeout(200)
    without = _pixels(button.screenshot())
    frame.evaluate("() => document.getElementById('nofont').remove()")
    dark = (with_font.sum(axis=2) < 300).sum()
    assert dark > 12, f"the play icon has {dark} dark pixels"
    assert (np.abs(with_font - without).sum(axis=2) > 60).sum() > 12   # a real glyph, not the fallback's
    # Play mode: the static markers are off the map; playing steps through time.
    assert frame.locator(".leaflet-marker-pane .marker-cluster").count() == 0
    assert frame.locator("#strikemap-play-count").count() == 1
    frame.locator("a.timecontrol-forward").first.click()
    frame.wait_for_function("() => !document.getElementById('strikemap-play-count').textContent.includes('press')",
                            timeout=10_000)
    assert "strike(s)" in frame.locator("#strikemap-play-count").inner_text()
    context.close()


def test_briefing_html_opens_offline_with_title_caption_legend_sources(browser, tmp_path):
    from geo.export import briefing_html
    from geo.layer import events_frame, province_counts
    from geo.store import open_store
    from geo.webmap import build_map
    from test_app_data import fill_store
    fill_store(tmp_path / "b.db", 60)
    store = open_store(tmp_path / "b.db")
    frame = events_frame(store)
    store.close()
    page_html = briefing_html(build_map(frame, province_counts(frame)).map, "Strikes in Syria",
                              "2015-10-01 to 2015-10-31 · provinces: Idlib", ["Test Wire"])
    path = tmp_path / "brief.html"
    path.write_text(page_html, encoding="utf-8")
    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector(".sm-lab", state="attached", timeout=30_000)
    assert page.title() == "Strikes in Syria"
    head = page.locator("#sm-brief-head").bounding_box()
    mapbox = page.locator(".folium-map").bounding_box()
    foot = page.locator("#sm-brief-foot").bounding_box()
    assert head["y"] + head["height"] <= mapbox["y"] + 1 and mapbox["height"] > 300
    assert mapbox["y"] + mapbox["height"] <= foot["y"] + 1 and foot["y"] + foot["height"] <= 1001
    assert page.locator("#strikemap-legend").is_visible()
    assert "Sources: Test Wire" in page.locator("#sm-brief-foot").inner_text()
    assert blocked == []
    context.close()


def test_export_file_names_describe_the_view(server, browser, tmp_path):
    context = offline_context(browser, [])
    page = context.new_page()
    page.goto(server.url + "/Export?from=2015-10-01&to=2015-10-31", wait_until="domcontentloaded")
    page.get_by_role("button", name="Render PNG and PDF").click(timeout=60_000)
    button = page.get_by_role("button", name="Download PNG")
    button.wait_for(timeout=90_000)
    with page.expect_download(timeout=60_000) as info:
        button.click()
    assert info.value.suggested_filename == "strikes-deployments_2015-10-01_2015-10-31.png"
    context.close()


def test_map_zooms_to_the_selected_province(server, browser):
    """Even a province with no events (Suwayda here): the map opens on it, not on the region."""
    context = offline_context(browser, [])
    page = context.new_page()
    page.goto(server.url + "/Map?prov=SY.05", wait_until="domcontentloaded")
    frame = _map_frame(page, ".sm-lab")
    page.wait_for_timeout(1500)
    frame = _map_frame(page, ".sm-lab")
    view = frame.evaluate("() => { const m = Object.values(window).find(v => v instanceof L.Map);"
                          " const b = m.getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }")
    s, w, n, e = view
    assert s < 32.7 < n and w < 36.6 < e, view                     # Suwayda in view
    assert n - s < 3 and e - w < 5, view                          # and not the whole region
    context.close()
