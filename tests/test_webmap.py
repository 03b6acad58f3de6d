"""geo.webmap and geo.assets: the folium map built from a real store's events frame."""
from __future__ import annotations

import datetime as dt
import re

import folium
import numpy as np
import pandas as pd
import pytest

from geo import assets, webmap
from geo.layer import province_counts
from test_app_data import XSS, stored_frame


@pytest.fixture(scope="module")
def frame(tmp_path_factory):
    yield from stored_frame(tmp_path_factory, "webmap", 120)


@pytest.fixture(scope="module")
def provinces(frame):
    return province_counts(frame)


def _features(layer: folium.GeoJson) -> list[dict]:
    return layer.data["features"]


def _layers(m, cls):
    out = []

    def walk(el):
        if isinstance(el, cls):
            out.append(el)
        for child in el._children.values():
            walk(child)
    walk(m)
    return out


def test_point_events_are_one_geojson_layer_not_markers(frame, provinces):
    result = webmap.build_map(frame, provinces, webmap.MapOptions(cluster=False))
    m = result.map
    assert not _layers(m, (folium.Marker, folium.CircleMarker))
    points = [g for g in _layers(m, folium.GeoJson) if g.layer_name == "Events (points)"]
    assert len(points) == 1
    n_point = int((frame["precision"] == "point").sum())
    assert result.n_points == n_point and len(_features(points[0])) == n_point
    kinds = {f["properties"]["type"]: f["properties"]["style"]["fillColor"] for f in _features(points[0])}
    assert kinds["strike"] != kinds["deployment"]          # clearly distinct


def test_province_level_events_are_areas_and_country_level_are_listed(frame, provinces):
    result = webmap.build_map(frame, provinces)
    areas = [g for g in _layers(result.map, folium.GeoJson) if g.layer_name == "Events known only to province"][0]
    geoms = {f["geometry"]["type"] for f in _features(areas)}
    assert geoms <= {"Polygon", "MultiPolygon"} and geoms
    assert result.n_areas == int((frame["precision"] == "admin1").sum())
    assert set(result.unplaced["precision"]) == {"country"}
    assert len(result.unplaced) == int((frame["precision"] == "country").sum())


def test_choropleth_counts_and_click_properties(frame, provinces):
    result = webmap.build_map(frame, provinces)
    layer = [g for g in _layers(result.map, folium.GeoJson) if g.layer_name.startswith("Provinces")][0]
    props = {f["properties"]["admin1_code"]: f["properties"] for f in _features(layer)}
    busiest = max(props.values(), key=lambda p: p["total"])
    quiet = min(props.values(), key=lambda p: p["total"])
    assert busiest["total"] > 0 and busiest["style"]["fillColor"] != quiet["style"]["fillColor"]
    assert "name" in busiest                         # the page filters on it when clicked


def test_article_text_is_escaped_in_popups_and_bad_links_dropped(frame, provinces):
    f = frame.copy()
    f["url"] = "javascript:alert(2)"
    html = webmap.build_map(f, provinces).map.get_root().render()
    assert XSS not in html and "alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)" in html or "\\u0026lt;script\\u0026gt;alert(1)" in html
    assert "javascript:alert(2)" not in html


def test_popup_shows_fields_and_approximate_window():
    row = {"type": "strike", "date": pd.Timestamp("2015-10-01"), "date_precision": "approx",
           "date_from": "2015-09-29", "date_to": "2015-10-03", "actor": "Russia", "name": "Talbiseh",
           "place": "Talbisah", "precision": "point", "evidence": "Jets struck Talbisah.",
           "title": "T", "url": "https://example.org/a"}
    html = webmap.popup_html(row)
    for text in ("Strike", "≈ 2015-10-01 (2015-09-29 – 2015-10-03)", "Russia", "Talbiseh", "point",
                 "Jets struck Talbisah.", "href='https://example.org/a'"):
        assert text in html


def test_many_points_are_aggregated_on_the_server(frame, provinces):
    big = pd.concat([frame[frame["precision"] == "point"]] * 40, ignore_index=True)
    result = webmap.build_map(big, provinces, webmap.MapOptions(aggregate_above=1000))
    assert result.aggregated
    layer = [g for g in _layers(result.map, folium.GeoJson) if g.layer_name.startswith("Events (aggregated")][0]
    counts = [f["properties"]["count"] for f in _features(layer)]
    assert sum(counts) == len(big) and len(counts) < len(big) / 10


def test_timeline_deployments_persist_strikes_do_not(frame):
    end = dt.date(2015, 12, 31)
    points = frame[frame["precision"] == "point"]
    tl = webmap.timeline_data(points, end)
    assert not tl.aggregated and len(tl.rows) == len(points.dropna(subset=["date"]))
    assert tl.end == "2015-12-31" and tl.step_days == 1
    strikes = [r for r in tl.rows if r[2] == 0]
    deployments = [r for r in tl.rows if r[2] == 1]
    assert strikes and deployments
    assert all(r[3] == r[4] for r in strikes)                   # a strike: its own day only
    assert all(r[4] == tl.n_steps - 1 for r in deployments)     # a deployment: to the end
    assert any(r[4] - r[3] > 30 for r in deployments)
    assert all("<q>" in tl.popups[r[6]] for r in tl.rows)


def _big_play_frame(n_strikes=20000, n_deployments=5000, seed=3):
    """Five years of events over Syria: the play mode's worst case (issue 14 item 4)."""
    rng = np.random.default_rng(seed)
    days = pd.date_range("2015-01-01", "2019-12-31", freq="D")
    n = n_strikes + n_deployments
    return pd.DataFrame({
        "type": ["strike"] * n_strikes + ["deployment"] * n_deployments,
        "lat": rng.uniform(32.5, 37.0, n), "lon": rng.uniform(35.8, 42.0, n),
        "date": days[rng.integers(0, len(days), n)], "precision": "point"})


def test_play_mode_draws_every_event_aggregated_per_step():
    """Every strike is in exactly one step's count; at any step the deployments in place are
    all those made up to it (intervals, not a string per day); 2018-2019 are there; small."""
    big = _big_play_frame()
    tl = webmap.timeline_data(big, dt.date(2019, 12, 31), per_event_max=2000)
    assert tl.aggregated and tl.n_events == len(big)
    assert tl.step_days == 7 and tl.end >= "2019-12-25"
    strikes = [r for r in tl.rows if r[2] == 0]
    assert sum(r[5] for r in strikes) == 20000
    assert all(r[3] == r[4] for r in strikes)
    deps = [r for r in tl.rows if r[2] == 1]
    start = pd.Timestamp(tl.start)
    dep_steps = ((big.loc[big["type"] == "deployment", "date"] - start).dt.days // tl.step_days).to_numpy()
    for k in (0, 40, 150, tl.n_steps - 1):
        in_place = sum(r[5] for r in deps if r[3] <= k <= r[4])
        assert in_place == int((dep_steps <= k).sum())
    assert max(r[3] for r in strikes) >= (pd.Timestamp("2019-06-01") - start).days // tl.step_days
    html = webmap.render(webmap.prepare(big, None, webmap.MapOptions(play=True))).get_root().render()
    assert len(html) < 3_000_000, len(html)
    assert '"times"' not in html


def test_play_mode_hides_static_layers():
    rows = _big_play_frame(300, 50)
    m = webmap.render(webmap.prepare(rows, None, webmap.MapOptions(play=True)))
    statics = [g for g in _layers(m, folium.plugins.MarkerCluster)]
    assert statics and all(layer.show is False for layer in statics)
    html = m.get_root().render()
    assert "player.on('play', hideStatics)" in html and statics[0].get_name() in html
    plain = webmap.render(webmap.prepare(rows, None, webmap.MapOptions(play=False)))
    assert all(layer.show for layer in _layers(plain, folium.plugins.MarkerCluster))


def test_local_assets_replace_every_cdn_url(frame, provinces):
    result = webmap.build_map(frame, provinces, webmap.MapOptions(heatmap=True, play=True))
    assert assets.unresolved_urls(result.map) == []
    js, css = assets.asset_urls(result.map)
    assert js[0] == "/app/static/vendor/leaflet/leaflet.js"
    assert not assets.missing_assets(), "run: bash scripts/install_assets.sh"


def test_cdn_mode_keeps_public_urls(frame, provinces, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_ASSETS", "cdn")
    result = webmap.build_map(frame, provinces)
    js, _ = assets.asset_urls(result.map)
    assert any(u.startswith("https://") and "leaflet" in u for u in js)


def test_standalone_html_inlines_every_asset(frame, provinces):
    html = assets.standalone_html(webmap.build_map(frame, provinces, webmap.MapOptions(play=True)).map)
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+stylesheet", html)
    assert "L.MarkerClusterGroup" in html and "L.TimeDimension" in html
    assert "url(images/" not in html                 # leaflet's CSS images became data: URIs


def test_standing_deployments_are_pale_and_say_so(frame):
    deployments = frame[(frame["type"] == "deployment") & (frame["precision"] == "point")].head(2)
    feats = webmap.point_features(deployments.assign(standing=[True, False]))
    assert "still in place" in feats[0]["properties"]["popup"]
    assert "still in place" not in feats[1]["properties"]["popup"]
    assert feats[0]["properties"]["style"]["fillOpacity"] < feats[1]["properties"]["style"]["fillOpacity"]


def test_rendered_layers_are_not_parsed_again_as_templates(frame, provinces):
    """Layers add their rendered script as is: jinja syntax in article text stays text
    (branca would compile it, turning '{{ 7*7 }}' into 49), and the data is all there."""
    rows = frame[frame["precision"] == "point"].head(3).copy()
    rows["evidence"] = "Jets struck {{ 7*7 }} targets {% if true %}x{% endif %}"
    result = webmap.build_map(rows, provinces, webmap.MapOptions(heatmap=True))
    html = result.map.get_root().render()
    assert html.count("{{ 7*7 }}") == len(rows)
    assert "{% if true %}x{% endif %}" in html
    assert ">49<" not in html and " 49 targets" not in html
    for eid in rows["event_id"]:
        assert eid in html
    # a second render of a new map gives the same structure (st_folium renders twice)
    again = webmap.build_map(rows, provinces, webmap.MapOptions(heatmap=True)).map
    again.get_root().render()
    again.render()
    assert again.get_root().render().count("{{ 7*7 }}") == len(rows)


def _component_calls(monkeypatch) -> list[dict]:
    """Record the calls to streamlit-folium's Streamlit component (the boundary with the
    browser: the only fake) instead of sending them."""
    import streamlit_folium as sf
    calls: list[dict] = []
    monkeypatch.setattr(sf, "_component_func", lambda **kw: calls.append(kw) or kw.get("default"))
    return calls


def _st_folium_call(m, monkeypatch, **kwargs) -> dict:
    """What ``st_folium`` itself passes to its component for map ``m``."""
    import streamlit_folium as sf
    calls = _component_calls(monkeypatch)
    sf.st_folium(m, **kwargs)
    assert len(calls) == 1
    return calls[0]


def test_layer_data_serialised_once_is_what_folium_writes(frame, provinces):
    """GeoJsonText writes the same bytes as folium's GeoJson (escaped: no '<' in the data)."""
    rows = frame[frame["precision"] == "point"].head(20).copy()
    rows["evidence"] = XSS
    feats = webmap.point_features(rows)
    plain = folium.Map(tiles=None)
    webmap._GeoJson({"type": "FeatureCollection", "features": feats}, name="n").add_to(plain)
    ours = folium.Map(tiles=None)
    layer = webmap._geojson_layer(feats, name="n")
    layer.add_to(ours)
    ours._id, plain._id = "m", "m"
    list(ours._children.values())[-1]._id = list(plain._children.values())[-1]._id = "g"
    assert ours.get_root().render() == plain.get_root().render()
    assert "<script>" not in layer.text and "\\u003c" in layer.text
    assert _features(layer) == feats


def test_cached_payload_is_st_folium_s_own(frame, provinces, monkeypatch):
    """ui.resources.show_map sends the component what st_folium itself sends (recorded at the
    component call, so drift in streamlit-folium shows), key and callback apart; the key
    changes with the data."""
    from ui.resources import folium_payload, show_map
    rows = frame.copy()
    rows.loc[rows.index[:5], "evidence"] = XSS
    data = webmap.prepare(rows, provinces, webmap.MapOptions(play=True))
    returned = ["last_active_drawing"]
    theirs = _st_folium_call(webmap.render(data), monkeypatch, key="map", height=620,
                             use_container_width=True, returned_objects=returned)
    calls = _component_calls(monkeypatch)
    show_map(webmap.MapResult(map=webmap.render(data)), key="map", height=620, returned_objects=returned)
    ours = calls[0]
    assert set(ours) == set(theirs)
    for name in set(theirs) - {"key", "on_change"}:
        assert ours[name] == theirs[name], name
    assert XSS not in ours["script"]
    payload = folium_payload(webmap.render(data), "map", returned)
    again = folium_payload(webmap.render(data), "map", returned)
    assert again["key"] == payload["key"]
    fewer = webmap.prepare(rows.iloc[1:], provinces, webmap.MapOptions())
    other = folium_payload(webmap.render(fewer), "map", returned)
    assert other["key"] != payload["key"] and other["script"] != payload["script"]
    full = folium_payload(webmap.render(data), "map", None)
    assert full["default"]["bounds"]["_southWest"]["lat"] is not None


def test_point_features_from_the_row_cache_are_the_same(frame, provinces):
    """A map prepared with the per-row feature cache equals one prepared without, for a
    first frame and for a different subset that reuses its rows (standing rows apart)."""
    points = frame[frame["precision"] == "point"].copy()
    points.loc[points.index[:3], "evidence"] = XSS
    cache: dict = {}
    first = points.iloc[: len(points) * 2 // 3]
    later = points.iloc[len(points) // 3:].assign(standing=False)
    later.loc[later.index[:2], "standing"] = True
    for rows in (first, points, later):
        plain = webmap.prepare(rows, provinces, webmap.MapOptions())
        cached = webmap.prepare(rows, provinces, webmap.MapOptions(), feature_cache=cache)
        assert cached.points == plain.points
        assert cached.text("points") == plain.text("points") == webmap.geojson_text(
            {"type": "FeatureCollection", "features": plain.points})
    assert len(cache) == len(points) + 2
    assert "\\u003cscript\\u003e" not in cached.text("points")   # escaped twice: html, then JSON


# ---------------------------------------------------------------- assets install (issue 11 item 6)
def _copied_checkout(tmp_path):
    """scripts/, assets/ and an installed static/vendor copied to another path."""
    import shutil
    root = assets.settings.ROOT
    dest = tmp_path / "elsewhere" / "strikemap"
    for part in ("scripts/install_assets.sh", "assets/package.json", "assets/package-lock.json"):
        (dest / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / part, dest / part)
    shutil.copytree(root / "static" / "vendor", dest / "static" / "vendor")
    return dest


def _no_npm_path(tmp_path) -> str:
    """A PATH with the shell tools the script uses, and no npm or node."""
    import shutil
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "sha256sum", "cat", "cut", "dirname", "mkdir", "cp", "rm", "mv", "find",
                 "sort", "xargs", "printf", "python3"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    return str(bin_dir)


def _run_install(dest, path, **env):
    import os
    import subprocess
    return subprocess.run(["bash", str(dest / "scripts" / "install_assets.sh")], capture_output=True, text=True,
                          env={"PATH": path, "HOME": os.environ.get("HOME", "/tmp"), **env}, timeout=60)


def test_copied_static_is_up_to_date_without_npm(tmp_path):
    assert not assets.missing_assets(), "run: bash scripts/install_assets.sh"
    dest = _copied_checkout(tmp_path)
    done = _run_install(dest, _no_npm_path(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout


def test_changed_vendor_file_is_stale_and_cdn_mode_needs_no_npm(tmp_path):
    dest = _copied_checkout(tmp_path)
    (dest / "static/vendor/leaflet/leaflet.js").write_text("// damaged")
    path = _no_npm_path(tmp_path)
    stale = _run_install(dest, path)
    assert stale.returncode == 1 and "npm is not installed" in stale.stderr and "STRIKEMAP_ASSETS=cdn" in stale.stderr
    cdn = _run_install(dest, path, STRIKEMAP_ASSETS="cdn")
    assert cdn.returncode == 0 and "public CDNs" in cdn.stderr


# ---------------------------------------------------------------- basemap and colours (issue 11)
def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)


def test_strike_dots_stand_out_on_every_province_fill():
    """Markers stay visible over filled provinces: every fill (blended over the land as the
    browser draws it) is far from the strike red and the deployment blue."""
    from geo import basemap
    land = _rgb(basemap.LAND)
    top = 200
    fills = {webmap._ramp(v, top) for v in range(1, top + 1)}
    for fill in fills:
        seen = webmap.FILL_OPACITY * _rgb(fill) + (1 - webmap.FILL_OPACITY) * land
        for kind in ("strike", "deployment"):
            assert np.abs(seen - _rgb(webmap.COLORS[kind])).sum() > 150, (fill, kind)
    style = webmap._style("strike")
    assert style["color"] == "#ffffff" and style["weight"] >= 1.5          # a halo


def test_legend_has_every_fill_colour_with_its_range(frame, provinces):
    result = webmap.build_map(frame, provinces)
    legend = [el for el in _layers(result.map, webmap._Legend)][0].html_
    layer = [g for g in _layers(result.map, folium.GeoJson) if g.layer_name.startswith("Provinces")][0]
    used = {f["properties"]["style"]["fillColor"] for f in _features(layer)
            if f["properties"]["style"]["fillOpacity"] > 0}
    assert used and all(colour in legend for colour in used)
    assert "Events per province" in legend and "known only to province" in legend
    top = int(provinces["total"].max())
    bins = webmap.ramp_bins(top)
    assert bins[0][0] == 1 and bins[-1][1] == top
    assert all(a[1] + 1 == b[0] for a, b in zip(bins, bins[1:]))           # no gaps


def test_clusters_are_coloured_by_what_they_hold(frame, provinces):
    html = webmap.build_map(frame, provinces).map.get_root().render()
    assert "iconCreateFunction" in html and "conic-gradient" in html
    assert webmap.COLORS["strike"] in webmap.CLUSTER_ICON_JS and webmap.COLORS["deployment"] in webmap.CLUSTER_ICON_JS


def test_map_zooms_to_the_provinces_with_events(frame, provinces):
    idlib = provinces[provinces["name"] == "Idlib"]
    rows = frame[(frame["admin1_code"].isin(idlib["admin1_code"])) & (frame["precision"] == "admin1")]
    assert len(rows)
    counted = provinces.assign(total=np.where(provinces["name"] == "Idlib", len(rows), 0))
    (s, w), (n, e) = webmap.prepare(rows, counted).bounds
    W, S, E, N = idlib.total_bounds
    assert (s, w, n, e) == pytest.approx((S, W, N, E), abs=0.01)


def test_offline_basemap_is_drawn_without_tiles(frame, provinces):
    from geo import basemap
    html = webmap.build_map(frame, provinces).map.get_root().render()
    assert basemap.SEA in html and "smLabels" in html and '"Damascus"' in html
    assert "tile.openstreetmap" not in html
    online = webmap.build_map(frame, provinces, webmap.MapOptions(tiles="OpenStreetMap")).map.get_root().render()
    assert "smLabels" not in online and "tile.openstreetmap" in online
    labels = basemap.labels()["rows"]
    kinds = {r[3] for r in labels}
    assert kinds == {0, 1, 2}
    assert {r[0] for r in labels if r[3] == 0} >= {"Syria", "Turkey", "Iraq"}


def test_play_mode_starts_with_the_range_and_keeps_standing_deployments(frame):
    points = frame[frame["precision"] == "point"].dropna(subset=["date"])
    inside = points[points["date"] >= points["date"].median()].assign(standing=False)
    before = points[(points["date"] < points["date"].median()) & (points["type"] == "deployment")].assign(standing=True)
    tl = webmap.timeline_data(pd.concat([inside, before]), None)
    assert tl.start == pd.Timestamp(inside["date"].min()).strftime("%Y-%m-%d")
    standing = [r for r in tl.rows if r[2] == 1 and r[3] == 0 and r[4] == tl.n_steps - 1]
    assert len(standing) >= len(before) > 0


def test_play_mode_says_what_it_does_not_animate(frame, provinces):
    m = webmap.build_map(frame, provinces, webmap.MapOptions(play=True)).map
    legend = [el for el in _layers(m, webmap._Legend)][0].html_
    n_points = int(((frame["precision"] == "point") & frame["date"].notna()).sum())
    assert f"{n_points:,} located events" in legend
    assert "known only to province" in legend and "country-level or unlocated" in legend


def test_online_tiles_stay_an_option(frame, provinces, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_TILES", "OpenStreetMap")
    html = webmap.build_map(frame, provinces).map.get_root().render()
    assert "tile.openstreetmap.org" in html and "smLabels" not in html
    monkeypatch.delenv("STRIKEMAP_TILES")
    assert "smLabels" in webmap.build_map(frame, provinces).map.get_root().render()


def test_map_opens_on_the_selected_provinces_even_without_events(frame, provinces):
    from gazetteer.boundaries import load_admin1
    idlib = load_admin1(["SY"]).query("admin1_code == 'SY.12'")
    W, S, E, N = idlib.total_bounds
    empty = frame.iloc[0:0]
    (s, w), (n, e) = webmap.prepare(empty, provinces.iloc[0:0], webmap.MapOptions(focus=("SY.12",))).bounds
    assert (s, w, n, e) == pytest.approx((S, W, N, E), abs=0.01)
    (s, w), (n, e) = webmap.prepare(frame, provinces, webmap.MapOptions(focus=("SY.12", "SY.09"))).bounds
    assert s <= S and n >= N and n - s < 4 and e - w < 4          # Idlib and Aleppo, not the region
