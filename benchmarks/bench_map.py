"""Map benchmarks; prints its figures.

    .venv/bin/python benchmarks/bench_map.py [--rerun-events 10000] [--browser-events 100000]
                                             [--naive-timeout 240] [--skip-browser]

1. Python time of one Map-page rerun (AppTest, real SQLite store) with N matching
   events (default 10,000): median of reruns with the same filters (frame cached),
   and of reruns after a filter change (new date range: the reports are cut out of the
   cached read of the other filters, map rebuilt), in incidents mode (the default) and in
   reports mode; plus the parts (full events_frame read,
   the map's light read and a date cut of it, build_map, st_folium's rendering of the map
   and the page's own component payload, ``ui.resources.folium_payload``).
2. With M matching events (default 100,000, then 10,000): time from a date-slider change to the
   new map drawn in headless chromium (`streamlit run`, Playwright, offline), for our
   page (aggregated on the server) and for a naive page drawing one folium
   CircleMarker with a tooltip per event; prints the ratio. The naive page is given
   --naive-timeout seconds; if it does not finish the ratio is a lower bound.
Data: synthetic events at real places (tests/test_app_data.py), loaded with the
store's bulk_load into temporary folders that are deleted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def make_store(folder: Path, n: int) -> Path:
    from geo.store import open_store
    from test_app_data import synthetic_batch
    db = folder / f"bench-{n}.db"
    store = open_store(db)
    t = time.perf_counter()
    loaded = store.bulk_load(synthetic_batch(n, days=60, per_article=100))
    store.close()
    print(f"  store: {loaded:,} events loaded in {time.perf_counter() - t:.1f} s")
    return db


# ------------------------------------------------------------------ 1. rerun
def bench_rerun(n: int) -> None:
    from streamlit.testing.v1 import AppTest
    with tempfile.TemporaryDirectory() as tmp:
        db = make_store(Path(tmp), n)
        os.environ["STRIKEMAP_DB"] = str(db)
        os.environ["STRIKEMAP_USER_GAZETTEER"] = str(Path(tmp) / "user.csv")
        at = AppTest.from_file(str(ROOT / "pages" / "1_Map.py"), default_timeout=300)
        at.run()
        assert not at.exception, at.exception
        incidents = rerun_figures(at)                           # default mode: incidents
        at.toggle(key="f_incidents").set_value(False).run()     # one row per report: N markers' worth
        reports = rerun_figures(at)
        print(f"(1) Map page rerun (AppTest; wall includes AppTest's polling, CPU is the process's "
              f"Python time):")
        for label, (matching, same, same_cpu, changed, changed_cpu) in (("reports", reports),
                                                                          ("incidents", incidents)):
            med = statistics.median
            print(f"  {label} mode, {matching} matching {label}:")
            print(f"    same filters (frame cached): median wall {med(same):.3f} s, CPU {med(same_cpu):.3f} s "
                  f"(min wall {min(same):.3f})  [floor 0.3 s]")
            how = ("reports cut from the cached read" if label == "reports" else
                   "incidents of the reports cut from the cached grouping")
            print(f"    after a filter change (new date range: {how}, map rebuilt): "
                  f"median wall {med(changed):.3f} s, CPU {med(changed_cpu):.3f} s  [floor 0.3 s]")
        parts(db)


def rerun_figures(at) -> tuple:
    """(matching, wall and CPU of reruns with the same filters, of reruns after a new date range)."""
    matching = next(m.value for m in at.metric if m.label.startswith("Matching"))
    same, same_cpu = [], []
    for _ in range(7):
        t, c = time.perf_counter(), time.process_time()
        at.run()
        same.append(time.perf_counter() - t)
        same_cpu.append(time.process_time() - c)
    changed, changed_cpu = [], []
    lo, hi = at.slider(key="f_dates").value
    for back in range(1, 6):             # a new date range each time: nothing cached
        t, c = time.perf_counter(), time.process_time()
        at.slider(key="f_dates").set_value((lo, hi - dt.timedelta(days=back))).run()
        changed.append(time.perf_counter() - t)
        changed_cpu.append(time.process_time() - c)
    at.slider(key="f_dates").set_value((lo, hi)).run()
    return matching, same, same_cpu, changed, changed_cpu


def parts(db: Path) -> None:
    from streamlit_folium import _get_header, _get_html, generate_leaflet_string
    from geo.filters import Filters
    from geo.layer import events_frame, map_base, map_events_in, province_counts
    from geo.store import open_store
    from geo.webmap import build_map
    store = open_store(db)
    t = time.perf_counter()
    events_frame(store, Filters(incidents=False))
    t_full = time.perf_counter() - t
    t = time.perf_counter()
    base = map_base(store, Filters(incidents=False))
    frame = base.frame
    t_frame = time.perf_counter() - t
    lo, hi = store.span()
    t = time.perf_counter()
    map_events_in(base, store, Filters(incidents=False, date_from=lo, date_to=hi - dt.timedelta(days=1)))
    t_cut = time.perf_counter() - t
    from geo import layer
    layer._TABLES.clear(), layer._GROUPINGS.clear(), layer._MATCHES.clear()
    t = time.perf_counter()
    layer.incidents_frame(store, Filters())
    t_group = time.perf_counter() - t
    t = time.perf_counter()
    layer.incidents_frame(store, Filters(date_from=lo, date_to=hi - dt.timedelta(days=1)))
    t_inc_cut = time.perf_counter() - t
    t = time.perf_counter()
    layer.incidents_frame(store, Filters(date_from=lo, date_to=hi - dt.timedelta(days=2), types=("strike",)))
    t_inc_other = time.perf_counter() - t
    print(f"    parts (incidents): all reports read and grouped {t_group:.3f} s (once per store revision); "
          f"a date range cut {t_inc_cut:.3f} s; another filter too (one light query) {t_inc_other:.3f} s")
    prov = province_counts(frame)
    t = time.perf_counter()
    result = build_map(frame, prov)
    t_build = time.perf_counter() - t
    t = time.perf_counter()
    m = result.map
    m.get_root().render()
    _get_html(m), _get_header(m)
    script = generate_leaflet_string(m)
    t_render = time.perf_counter() - t
    from geo.webmap import prepare, render
    from ui.resources import folium_payload
    data = prepare(frame, prov)
    t = time.perf_counter()
    folium_payload(render(data), "map", ["last_active_drawing"])      # layers' JSON dumped here once
    t_payload = time.perf_counter() - t
    t = time.perf_counter()
    folium_payload(render(data), "map", ["last_active_drawing"])      # JSON text reused
    t_payload2 = time.perf_counter() - t
    print(f"    parts: events_frame (all columns) {t_full:.3f} s; the map's read {t_frame:.3f} s "
          f"(light where binned; once per store version and non-date filters), a date range cut from it "
          f"{t_cut:.3f} s; build_map {t_build:.3f} s, "
          f"st_folium render {t_render:.3f} s (our component payload: {t_payload:.3f} s, "
          f"{t_payload2:.3f} s with the layers' JSON already made; the page caches it per map), "
          f"map script {len(script) / 1e6:.2f} MB, "
          f"aggregated={result.aggregated}")
    store.close()


# ------------------------------------------------------------------ 2. browser
NAIVE_PAGE = '''
"""Naive map for the benchmark: one folium CircleMarker with a tooltip per event."""
import sys
sys.path.insert(0, {root!r})
import folium
import streamlit as st
from streamlit_folium import st_folium
from geo import assets
from ui import resources, sidebar

st.set_page_config(layout="wide")
store = resources.get_store()
filters = sidebar.sidebar_filters(store)
frame = resources.events(store, filters.with_(incidents=False))
sidebar.match_count(len(frame), "reports")
m = folium.Map(location=(35.0, 38.5), zoom_start=6, tiles=None, control_scale=True)
for r in frame.dropna(subset=["lat", "lon"]).itertuples():
    folium.CircleMarker((r.lat, r.lon), radius=5, color="red", tooltip=f"{{r.type}} {{r.name}}").add_to(m)
assets.localize(m)
st_folium(m, height=620, use_container_width=True, key="map", returned_objects=[])
'''

MARK_OLD = """() => { document.querySelectorAll('iframe[title*="st_folium"]').forEach(f => f.dataset.old = '1'); }"""
NEW_MAP_DRAWN = """() => {
  for (const f of document.querySelectorAll('iframe[title*="st_folium"]')) {
    if (f.dataset.old) continue;
    const d = f.contentDocument;
    if (d && d.querySelector('.leaflet-overlay-pane path, .leaflet-overlay-pane canvas, .leaflet-marker-pane > *')) return true;
  }
  return false;
}"""


def slider_to_map(server, browser, timeout_s: float, label: str) -> float | None:
    """Seconds from a date-slider key press to the new map drawn (None: timed out)."""
    from test_e2e import offline_context, wait_drawn
    context = offline_context(browser, [])
    page = context.new_page()
    page.set_default_timeout(timeout_s * 1000)
    try:
        t = time.perf_counter()
        page.goto(server.url + ("/Map" if label == "ours" else "/") + "?incidents=0", wait_until="domcontentloaded")
        wait_drawn(page, timeout=timeout_s)
        print(f"    {label}: first map drawn {time.perf_counter() - t:.1f} s after opening the page")
        page.evaluate(MARK_OLD)
        thumb = page.locator('[data-testid="stSidebar"] input[type="range"]').last
        thumb.focus()
        t = time.perf_counter()
        thumb.press("ArrowLeft")
        page.wait_for_function(NEW_MAP_DRAWN, polling=50, timeout=timeout_s * 1000)
        return time.perf_counter() - t
    except Exception as exc:  # timeout of the naive map is a result, not a crash
        stage = "first map" if isinstance(exc, AssertionError) else "map after the slider change"
        print(f"    {label}: {stage} not drawn within {timeout_s:.0f} s ({type(exc).__name__})")
        return None
    finally:
        context.close()


def bench_browser(n: int, naive_timeout: float) -> None:
    from playwright.sync_api import sync_playwright
    from streamlit_server import Server
    from test_e2e import launch_browser
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = make_store(tmp, n)
        # The naive page lives in its own folder (static/ linked so Leaflet is served offline).
        naive_dir = tmp / "naive_app"
        naive_dir.mkdir()
        (naive_dir / "static").symlink_to(ROOT / "static")
        (naive_dir / "app.py").write_text(textwrap.dedent(NAIVE_PAGE.format(root=str(ROOT))))
        print(f"(2) slider change -> new map drawn in chromium, {n:,} matching reports:")
        results = {}
        with sync_playwright() as p:
            browser = launch_browser(p)
            for label, app_dir, timeout in (("ours", ROOT, 180.0), ("naive", naive_dir, naive_timeout)):
                workdir = tmp / label
                workdir.mkdir()
                (workdir / "e2e.db").symlink_to(db)
                server = Server(workdir, n_events=0, cwd=app_dir)
                try:
                    results[label] = slider_to_map(server, browser, timeout, label)
                finally:
                    server.stop()
                secs = results[label]
                print(f"    {label}: {secs:.2f} s" if secs is not None else f"    {label}: > {timeout:.0f} s")
            browser.close()
        ours, naive = results.get("ours"), results.get("naive")
        if ours:
            floor = "  [floor 3 s]"
            if naive:
                print(f"    ratio naive/ours: {naive / ours:.1f}x{floor}")
            else:
                print(f"    ratio naive/ours: > {naive_timeout / ours:.1f}x (naive did not finish){floor}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rerun-events", type=int, default=10_000)
    ap.add_argument("--browser-events", default="100000,10000",
                    help="comma-separated sizes for the browser phase")
    ap.add_argument("--naive-timeout", type=float, default=240.0)
    ap.add_argument("--skip-browser", action="store_true")
    ap.add_argument("--skip-rerun", action="store_true")
    args = ap.parse_args()
    if not args.skip_rerun:
        bench_rerun(args.rerun_events)
    if not args.skip_browser:
        for n in (int(x) for x in str(args.browser_events).split(",") if x.strip()):
            bench_browser(n, args.naive_timeout)


if __name__ == "__main__":
    main()
