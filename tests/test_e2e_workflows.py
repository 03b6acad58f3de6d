"""End to end, as analysts and briefers use the dashboard (issue 11): a view that survives
sidebar links, Back/Forward and reloads; a 2015 publication date on Ingest; a correction form
that follows the selected event. `streamlit run` offline, Debian's chromium via Playwright."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from streamlit_server import Server
from test_e2e import METRIC_JS, metric_value, offline_context, settled_metric, wait_drawn

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("e2e_flows"))
    yield srv
    srv.stop()


@pytest.fixture
def page(server, browser):
    blocked: list[str] = []
    context = offline_context(browser, blocked)
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def wait_query(page, **wanted) -> None:
    """Wait until the address bar carries these parameters (values as lists or strings)."""
    want = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    try:
        page.wait_for_function(
            """(want) => { const q = new URLSearchParams(location.search);
                 return Object.entries(want).every(([k, v]) => JSON.stringify(q.getAll(k)) === JSON.stringify(v)); }""",
            arg=want, timeout=30_000)
    except Exception:
        raise AssertionError(f"the address bar {page.url} lacks {want}") from None


def sidebar_link(page, label: str):
    return page.locator('[data-testid="stSidebar"]').get_by_role(
        "link", name=re.compile(rf"^\W*{label}$")).first


def follow_link(page, label: str, path: str, carrying: str = "") -> None:
    """Click a sidebar page link once it carries ``carrying`` (the run that draws it has
    finished), and wait for its page."""
    link = sidebar_link(page, label)
    if carrying:
        page.wait_for_function("([l, c]) => [...document.querySelectorAll('[data-testid=stSidebar] a')]"
                               ".some(a => a.innerText.trim().endsWith(l) && a.href.includes(c))",
                               arg=[label, carrying])
    link.click()
    page.wait_for_function("(p) => location.pathname.replace(/\\/$/, '') === p.replace(/\\/$/, '')", arg=path)


def toggle_checked(page, label: str) -> bool:
    box = page.locator('[data-testid="stCheckbox"], [data-testid="stToggle"]', has_text=label).first
    return box.locator("input").is_checked()


def settled_toggle(page, label: str, want: bool, timeout_ms: int = 15000) -> bool:
    """The toggle's state once it shows ``want`` or ``timeout_ms`` have passed (a page restored by Back or reload
    re-runs its script; on a loaded machine that may take a few seconds)."""
    waited = 0
    while toggle_checked(page, label) != want and waited < timeout_ms:
        page.wait_for_timeout(250)
        waited += 250
    return toggle_checked(page, label)


VIEW = {"from": "2015-10-01", "to": "2015-10-31", "prov": "SY.12", "incidents": "0"}   # Idlib, by code


def test_the_view_survives_sidebar_links_back_and_reload(server, page):
    page.goto(server.url + "/Map?from=2015-10-01&to=2015-10-31&prov=Idlib&incidents=0")
    wait_drawn(page)
    matching = metric_value(page, "Matching")
    assert not toggle_checked(page, "Group reports into incidents")
    for label, path in (("Export", "/Export"), ("Overview", "/"), ("Events", "/Events"), ("Map", "/Map")):
        follow_link(page, label, path, carrying="prov=SY.12")
        wait_query(page, **VIEW)
        page.locator('[data-testid="stMetric"]', has_text="Matching").first.wait_for()
        assert not toggle_checked(page, "Group reports into incidents"), label
        assert settled_metric(page, "Matching", matching) == matching, label
    # a page toggle is part of the view too
    page.get_by_text("Heatmap").click()
    wait_query(page, heat="1")
    follow_link(page, "Export", "/Export", carrying="heat=1")
    wait_query(page, heat="1", **VIEW)
    page.go_back()
    page.wait_for_function("() => location.pathname.endsWith('/Map')")
    wait_query(page, heat="1", **VIEW)
    page.get_by_text("Heatmap").wait_for()
    assert settled_toggle(page, "Heatmap", True)
    page.reload()
    page.get_by_text("Heatmap").wait_for()
    wait_query(page, heat="1", **VIEW)
    assert settled_toggle(page, "Heatmap", True) and not toggle_checked(page, "Group reports into incidents")
    assert settled_metric(page, "Matching", matching) == matching


def test_back_and_forward_restore_the_filters(server, page):
    page.goto(server.url + "/Events?from=2015-10-01&to=2015-10-31")
    page.locator('[data-testid="stMetric"]', has_text="Matching").first.wait_for()
    wide = metric_value(page, "Matching")
    search = page.locator('[data-testid="stSidebar"] input[aria-label="Search text"]')
    search.fill("Palmyra")
    search.press("Enter")
    wait_query(page, q="Palmyra", **{"from": "2015-10-01", "to": "2015-10-31"})
    page.wait_for_function("([l, w]) => !(%s)([l, w])" % METRIC_JS, arg=["Matching", wide])
    narrow = metric_value(page, "Matching")
    page.go_back()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('q')")
    assert settled_metric(page, "Matching", wide) == wide
    assert search.input_value() == ""
    page.go_forward()
    wait_query(page, q="Palmyra")
    assert settled_metric(page, "Matching", narrow) == narrow
    assert search.input_value() == "Palmyra"


DATED = ("title: Jets over the valley\npublished: 2015-10-18\n---\n"
         "Russian jets struck a depot near Palmyra on Friday, the ministry said.\n")
UNDATED = "Russian jets struck a depot near Palmyra on Friday, the ministry said.\n"


def paste_and_preview(page, name: str, text: str) -> None:
    box = page.get_by_role("textbox", name="Name", exact=True)
    box.fill(name)
    box.press("Enter")
    area = page.get_by_role("textbox", name="Text", exact=True)
    area.fill(text)
    area.press("Control+Enter")
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Preview").click()


def date_shown(box) -> str:
    return "".join(box.locator('[role="spinbutton"], [data-type="literal"]').all_inner_texts()).strip()


def test_ingest_takes_a_2015_date_and_says_when_the_text_differs(server, page):
    page.goto(server.url + "/Ingest")
    box = page.locator('[data-testid="stDateInput"]').first
    page.get_by_role("spinbutton", name="year, Publication date").click()
    page.keyboard.type("20151016")
    page.keyboard.press("Tab")
    page.wait_for_timeout(1000)
    assert date_shown(box) == "2015-10-16"
    assert box.locator("[data-invalid], [aria-invalid=true]").count() == 0, box.inner_text()

    paste_and_preview(page, "undated-brief", UNDATED)
    page.get_by_text("published: 2015-10-16").first.wait_for()
    assert page.get_by_text("No publication date").count() == 0
    assert date_shown(box) == "2015-10-16"

    paste_and_preview(page, "dated-brief", DATED)
    note = page.get_by_text("the article itself says 2015-10-18").first
    note.wait_for()
    assert "2015-10-16" in note.inner_text()
    page.get_by_text("published: 2015-10-16").first.wait_for()


def click_table_row(page, row: int, table=None) -> None:
    """Tick the row marker of a (canvas) data grid's ``row`` (0-based)."""
    grid = table or page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 * (row + 1.5))


_LAT_IS = ("(v) => { const e = document.querySelector('input[aria-label=Latitude]');"
           " return e && Math.abs(parseFloat(e.value) - v) < 1e-4; }")


def test_the_correction_form_follows_the_selected_row_and_keeps_its_note(server, page):
    from geo.filters import Filters
    from geo.layer import events_frame
    from geo.store import open_store
    store = open_store(server.db)
    rows = events_frame(store, Filters(incidents=False))
    store.close()
    first, third = rows.iloc[0], rows.iloc[2]
    page.goto(server.url + "/Events?incidents=0")
    page.locator(f'a[href*="event={first.event_id}"]').first.wait_for()
    lat = page.get_by_role("spinbutton", name="Latitude")
    page.wait_for_function(_LAT_IS, arg=float(first.lat))   # the form may draw after the table
    assert float(lat.input_value()) == pytest.approx(first.lat, abs=1e-4)
    lat.fill("1.5")                                  # typed, not saved
    click_table_row(page, 2)
    page.locator(f'a[href*="event={third.event_id}"]').first.wait_for()
    page.wait_for_function(_LAT_IS, arg=float(third.lat))
    assert f"event={third.event_id}" in page.url

    note = page.get_by_role("textbox", name="Note (why)")
    note.fill("seen on imagery")
    page.get_by_text("coordinates", exact=True).click()
    lat.fill("35.93")
    page.get_by_role("button", name="Save place").click()
    trail = page.locator('[data-testid="stTable"]').last
    trail.get_by_text("seen on imagery").wait_for()
    for header in ("when", "who", "field", "old → new", "note"):
        assert trail.get_by_text(header, exact=True).count() >= 1, header
    text = trail.inner_text()
    assert "lat: " in text and "→ 35.93" in text and "{" not in text
    store = open_store(server.db)
    audit = store.corrections(third.event_id)
    store.close()
    assert audit.iloc[-1]["field"] == "place" and audit.iloc[-1]["note"] == "seen on imagery"
    assert float(lat.input_value()) == pytest.approx(35.93) and note.input_value() == ""


def test_a_first_start_counts_the_sample_articles_it_ingests(browser, tmp_path):
    """An empty store: the page says how far the first-start ingest is, then shows the data."""
    import settings
    from events.article import iter_article_paths
    n_files = len(iter_article_paths([settings.articles_dir()]))
    srv = Server(tmp_path, n_events=0)
    try:
        context = offline_context(browser, [])
        pg = context.new_page()
        pg.goto(srv.url + "/")
        pg.get_by_text(re.compile(rf"First start: ingested \d+ of {n_files} sample articles")).first.wait_for(
            timeout=120_000)
        pg.locator('[data-testid="stMetric"]', has_text="Articles").first.wait_for(timeout=120_000)
        assert settled_metric(pg, "Articles", str(n_files), timeout=120_000) == str(n_files)
        assert pg.get_by_text("First start: ingested").count() == 0
        context.close()
    finally:
        srv.stop()


# ------------------------------------------------------------------ the map's feed and popups
def map_frame(page):
    from test_e2e import MAP_FRAME
    return page.frame_locator(MAP_FRAME).last


def test_the_feed_centres_the_map_opens_the_popup_and_leads_to_events(server, page):
    page.goto(server.url + "/Map?incidents=0")
    wait_drawn(page)
    page.get_by_text("Event list").click()                  # the list beside the map
    wait_query(page, feed="1", incidents="0")
    frame = map_frame(page)
    items = frame.locator("#strikemap-feed li.sm-feed-item")
    items.first.wait_for()
    texts = items.all_inner_texts()
    days = [re.search(r"\d{4}-\d{2}-\d{2}", t).group(0) for t in texts if re.search(r"\d{4}-\d{2}-\d{2}", t)]
    assert len(days) == len(texts) > 5 and days == sorted(days, reverse=True)     # newest first
    event_id = items.nth(3).get_attribute("data-event-id")
    frame.locator(f'#strikemap-feed li[data-event-id="{event_id}"]').click()   # that event, even if the list redrew
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Outlets:" in popup.inner_text() and "Test Wire" in popup.inner_text()
    perma = popup.locator("a.sm-permalink")
    assert perma.get_attribute("href").endswith(f"/Events?event={event_id}")
    popup.locator("a.sm-open").click()
    page.wait_for_function("() => location.pathname.endsWith('/Events')")
    wait_query(page, event=event_id, incidents="0")
    page.locator(f'a[href*="event={event_id}"]').first.wait_for()          # the Events page shows it
    page.get_by_role("heading", name="Correct this event").wait_for()


FIND_PROVINCE = """(skip) => {
  const map = Object.values(window).find(v => v instanceof L.Map);
  for (const layer of Object.values(map._layers)) {
    const p = layer.feature && layer.feature.properties;
    if (p && p.total === 0 && p.admin1_code && !skip.includes(p.admin1_code) && layer.getBounds) {
      const pt = map.latLngToContainerPoint(layer.getCenter());
      const size = map.getSize();
      const inLegend = pt.x > size.x - 270 && pt.y > size.y - 200;
      if (map.getBounds().contains(layer.getCenter()) && pt.x > 50 && pt.y > 50 && !inLegend
          && pt.x < size.x - 60 && pt.y < size.y - 40) return {code: p.admin1_code, x: pt.x, y: pt.y};
    }
  }
  return null;
}"""


def click_province(page, skip: list[str]) -> str:
    from test_e2e import MAP_FRAME
    wait_drawn(page)
    page.wait_for_timeout(800)
    frame = next(f for f in reversed(page.frames) if "st_folium" in f.url)
    target = frame.evaluate(FIND_PROVINCE, skip)
    assert target, "no clickable province in view"
    box = page.locator(MAP_FRAME).last.bounding_box()
    page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    return target["code"]


def choose(page, label: str, option: str) -> None:
    """Pick ``option`` in the sidebar select/multiselect labelled ``label``."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"], '
                       '[data-testid="stSidebar"] [data-testid="stMultiSelect"]', has_text=label).first
    box.locator("input").first.click()
    page.get_by_role("option", name=option).first.click()
    if box.get_attribute("data-testid") == "stMultiSelect":
        page.keyboard.press("Escape")


def test_filters_people_expect_countries_grouped_provinces_and_clicks_that_add(server, page):
    page.goto(server.url + "/Map")
    wait_drawn(page)
    every = int(metric_value(page, "Matching").replace(",", ""))
    choose(page, "Countries", "Syria")
    wait_query(page, country="SY")
    page.wait_for_function("([l, w]) => !(%s)([l, w])" % METRIC_JS, arg=["Matching", str(every)])
    assert 0 < int(metric_value(page, "Matching")) < every
    provinces = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]', has_text="Provinces").first
    provinces.locator("input").first.click()
    options = [o for o in page.get_by_role("option").all_inner_texts() if o != "Select all"]
    page.keyboard.press("Escape")
    assert options and all(o.endswith("(Syria)") for o in options), options
    assert options == sorted(options, key=str.lower)

    first = click_province(page, [])
    wait_query(page, prov=first, country="SY")
    second = click_province(page, [first])
    wait_query(page, prov=[first, second], country="SY")                   # added, not replaced


def test_dates_from_a_preset_a_date_box_and_the_daily_chart(server, page):
    page.goto(server.url + "/Map")
    wait_drawn(page)
    choose(page, "Quick range", "October 2015")
    wait_query(page, **{"from": "2015-10-01", "to": "2015-10-31"})
    sidebar = page.locator('[data-testid="stSidebar"]')
    boxes = sidebar.locator('[data-testid="stDateInput"]')
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=stSidebar] [data-testid=stDateInput]')]"
                           ".map(e => e.innerText.replace(/\\s/g, '')).join('|').includes('2015-10-01')")
    assert "2015-10-31" in date_shown(boxes.nth(1))
    boxes.nth(0).get_by_role("spinbutton", name=re.compile("^day")).click()
    page.keyboard.type("10")
    page.get_by_role("heading", name="Map").click()                # a date box commits when left
    wait_query(page, **{"from": "2015-10-10", "to": "2015-10-31"})

    chart = page.locator('[data-testid="stVegaLiteChart"]').last
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    box = chart.locator("canvas, svg").first.bounding_box()
    y = box["y"] + box["height"] * 0.6
    page.mouse.move(box["x"] + box["width"] * 0.6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.85, y, steps=8)
    page.mouse.up()
    page.wait_for_function("() => { const q = new URLSearchParams(location.search);"
                           " return q.get('from') !== '2015-10-10' || q.get('to') !== '2015-10-31'; }")
    q = query(page)
    a, b = q["from"][0], q["to"][0]
    assert "2015-10-31" < a < b <= "2015-11-28"          # the dragged days, later than the box's range


def test_events_page_groups_as_its_toggle_says_and_maps_the_selected_event(server, page):
    page.goto(server.url + "/Events")
    page.get_by_text(re.compile(r"^\d+ incidents: pick a row")).first.wait_for()
    page.locator('[data-testid="stMetric"]', has_text="Matching incidents").first.wait_for()
    assert wait_drawn(page) > 0                              # the small map of the selected event
    page.get_by_text("Group reports into incidents").click()
    wait_query(page, incidents="0")
    page.get_by_text(re.compile(r"^\d+ reports: pick a row")).first.wait_for()
    page.locator('[data-testid="stMetric"]', has_text="Matching reports").first.wait_for()
