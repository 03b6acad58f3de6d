"""AppTest of every page against a real SQLite store (synthetic events at real places)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.store import open_store
from test_app_data import XSS, fill_store

ROOT = Path(__file__).resolve().parents[1]
N = 60          # events in the shared store: 45 strikes, 15 deployments


def page(name: str) -> AppTest:
    return AppTest.from_file(str(ROOT / name), default_timeout=120)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("app") / "shared.db"
    fill_store(db, N)
    return db


@pytest.fixture
def db(shared_db, monkeypatch, tmp_path) -> Path:
    """The read-only shared store; user gazetteer in a temp folder."""
    monkeypatch.setenv("STRIKEMAP_DB", str(shared_db))
    monkeypatch.setenv("STRIKEMAP_USER_GAZETTEER", str(tmp_path / "user_gazetteer.csv"))
    return shared_db


@pytest.fixture
def own_db(tmp_env) -> Path:
    """A fresh store for tests that write."""
    db = tmp_env / "test.db"
    fill_store(db, 20)
    return db


def test_overview_totals_and_type_filter(db):
    at = page("app.py").run()
    assert not at.exception
    assert metric(at, "Strikes (incidents)") == "45" and metric(at, "Deployments (incidents)") == "15"
    assert metric(at, "Matching incidents") == str(N)
    at.multiselect(key="f_types").select("deployment").run()
    assert metric(at, "Strikes (incidents)") == "0" and metric(at, "Matching incidents") == "15"
    assert at.query_params.get("type") in ("deployment", ["deployment"])


def test_date_slider_narrows_and_goes_into_the_url(db):
    at = page("app.py").run()
    at.slider(key="f_dates").set_value((dt.date(2015, 10, 1), dt.date(2015, 10, 10))).run()
    assert int(metric(at, "Matching incidents")) == 10
    assert at.query_params["from"] == "2015-10-01" and at.query_params["to"] == "2015-10-10"


def test_a_slider_change_that_arrives_with_the_previous_url_is_kept(db):
    """Under load a run that wrote the URL is interrupted by the user's next change before
    the browser applied that URL: the next run brings the older address. The user's change
    wins; a run with an older address and no change of widget is Back and the URL wins."""
    at = page("app.py").run()
    first = dict(at.query_params)
    at.slider(key="f_dates").set_value((dt.date(2015, 10, 1), dt.date(2015, 10, 20))).run()
    assert at.query_params["to"] == "2015-10-20"
    at.query_params.clear()
    at.query_params.update(first)                    # the stale address, with a new slider value
    at.slider(key="f_dates").set_value((dt.date(2015, 10, 1), dt.date(2015, 10, 10))).run()
    assert at.slider(key="f_dates").value == (dt.date(2015, 10, 1), dt.date(2015, 10, 10))
    assert int(metric(at, "Matching incidents")) == 10
    assert at.query_params["to"] == "2015-10-10"
    at.query_params.clear()
    at.query_params.update({"from": "2015-10-01", "to": "2015-10-20"})   # Back: only the address moved
    at.run()
    assert at.slider(key="f_dates").value == (dt.date(2015, 10, 1), dt.date(2015, 10, 20))
    assert int(metric(at, "Matching incidents")) == 20


def test_a_shared_link_reopens_the_same_view(db):
    at = page("app.py")
    at.query_params.update({"from": "2015-10-01", "to": "2015-10-10", "type": "strike"})
    at.run()
    assert at.slider(key="f_dates").value == (dt.date(2015, 10, 1), dt.date(2015, 10, 10))
    assert at.multiselect(key="f_types").value == ["strike"]
    assert metric(at, "Deployments (incidents)") == "0"


def test_a_bad_link_is_reported_not_fatal(db):
    at = page("app.py")
    at.query_params.update({"from": "2015-13-45"})
    at.run()
    assert not at.exception
    assert any("ignored" in w.value for w in at.sidebar.warning)


def test_map_page_draws_and_follows_filters(db):
    at = page("pages/1_Map.py").run()
    assert not at.exception and not at.error
    caption = " ".join(c.value for c in at.caption)
    assert "located incidents" in caption and "known only to province" in caption
    at.multiselect(key="f_precisions").select("country").run()
    n_country = sum(1 for k in range(N) if k % 11 == 5)
    assert metric(at, "Matching incidents") == str(n_country)
    assert "0 located incidents" in " ".join(c.value for c in at.caption)
    assert any(len(df.value) == n_country for df in at.dataframe)       # listed beside the map
    at.toggle(key="m_play").set_value(True).run()
    at.toggle(key="m_heat").set_value(True).run()
    assert not at.exception


def test_events_page_escapes_article_text(db):
    at = page("pages/2_Events.py").run()
    assert not at.exception
    html = " ".join(m.value for m in at.markdown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert XSS not in html
    assert "<mark id='evidence'>" in html


def test_events_page_corrections_reach_the_audit_trail(own_db):
    at = page("pages/2_Events.py").run()
    event_id = at.session_state["e_table_ids"][0]
    store = open_store(own_db)
    before = store.event(event_id)
    new_type = "deployment" if before["type"] == "strike" else "strike"
    type_box = next(s for s in at.selectbox if s.label == "Type")
    type_box.set_value(new_type)
    at.text_input(key="e_note").input("wrong type")
    next(b for b in at.button if b.label == "Save type / actor / date").click().run()
    assert not at.exception
    assert store.event(event_id)["type"] == new_type
    audit = store.corrections(event_id)
    assert len(audit) == 1 and audit.iloc[0]["field"] == "type"

    at.radio(key="e_how").set_value("coordinates")
    at.text_input(key="e_note").input("seen on imagery")
    at.number_input(key="e_lat").set_value(35.93)
    at.number_input(key="e_lon").set_value(36.63)
    at.checkbox(key="e_pin").check()
    next(b for b in at.button if b.label == "Save place").click().run()
    assert not at.exception, at.exception
    moved = store.event(event_id)
    assert (round(moved["lat"], 2), round(moved["lon"], 2)) == (35.93, 36.63)
    assert store.corrections(event_id).iloc[-1]["note"] == "seen on imagery"     # the note goes with the place
    user_file = Path(own_db).parent / "user_gazetteer.csv"
    assert user_file.exists() and (before["place"] or before["name"]) in user_file.read_text()

    at.text_input(key="e_reason").input("duplicate")
    next(b for b in at.button if b.label == "Reject this event").click().run()
    assert store.event(event_id)["rejected"] == 1
    assert len(store.corrections(event_id)) >= 3
    # undo the rejection from the page: show rejected events, pick it, restore it
    at.toggle(key="e_rejected").set_value(True).run()
    at.session_state["e_event"] = event_id             # picked (a table row or a permanent link)
    at.run()
    at.text_input(key="e_unreject_note").input("checked again: it is right")
    next(b for b in at.button if b.label == "Restore this event (undo the rejection)").click().run()
    assert not at.exception, at.exception
    assert store.event(event_id)["rejected"] == 0
    audit = store.corrections(event_id)
    assert audit.iloc[-1]["field"] == "rejected" and audit.iloc[-1]["note"] == "checked again: it is right"
    store.close()


INGEST_TEXT = ("title: Jets strike near Palmyra <script>alert(1)</script>\npublished: 2015-11-20\n---\n"
               "Russian Su-24 jets struck an ISIL camp near Palmyra on Thursday, the ministry said.\n")


def test_ingest_page_previews_then_stores(own_db):
    store = open_store(own_db)
    before = store.counts()["articles"]
    at = page("pages/3_Ingest.py").run()
    at.text_input(key="i_name").input("palmyra-brief")
    at.text_area(key="i_text").input(INGEST_TEXT)
    at.button(key="i_preview").click().run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    at.button(key="i_save").click().run()
    assert not at.exception
    assert store.counts()["articles"] == before + 1
    assert "palmyra-brief" in set(store.articles()["name"])
    assert any("palmyra\\-brief" in s.value for s in at.success)      # Markdown-escaped plain text
    store.close()


def test_ingest_page_reports_every_bad_file(own_db):
    at = page("pages/3_Ingest.py").run()
    at.file_uploader(key="i_files").set_value([("empty.txt", b"   ", "text/plain"),
                                               ("photo.txt", bytes(range(256)) * 40, "text/plain")])
    at.button(key="i_preview").click().run()
    errors = " ".join(e.value for e in at.error).replace("\\", "")
    assert "empty.txt: file is empty" in errors and "photo.txt: binary file" in errors
    assert "i_save" not in [b.key for b in at.button]


def test_export_page_produces_files(db):
    at = page("pages/4_Export.py").run()
    assert not at.exception
    at.button(key="x_render").click().run()
    assert at.session_state["x_png"].startswith(b"\x89PNG")
    assert at.session_state["x_pdf"].startswith(b"%PDF")
    at.button(key="x_html_build").click().run()
    html = at.session_state["x_html"].decode()
    assert "<script src=" not in html and "L.map(" in html and XSS not in html
    n = int(metric(at, "Matching incidents").replace(",", ""))
    for fmt in ("geojson", "csv", "kml"):
        at.button(key=f"x_prep_{fmt}").click().run()
        assert _rows_in(at.session_state[f"x_{fmt}"], fmt) == n
    assert at.session_state["x_geojson"].lstrip().startswith(b"{")
    labels = {b.label for b in at.get("download_button")}
    assert {"Download PNG", "Download PDF", "Download HTML map", "Download GEOJSON",
            "Download CSV", "Download KML"} <= labels


def _rows_in(data: bytes, fmt: str) -> int:
    import csv
    import io
    import json
    import xml.etree.ElementTree as ET
    if fmt == "csv":
        return len(list(csv.DictReader(io.StringIO(data.decode("utf-8")))))
    if fmt == "geojson":
        return len(json.loads(data)["features"])
    return len(ET.fromstring(data).findall(".//{http://www.opengis.net/kml/2.2}Placemark"))


def test_export_drops_prepared_files_when_the_filters_change(db):
    """The caption says what the download serves: files prepared for other filters are dropped."""
    at = page("pages/4_Export.py").run()
    at.button(key="x_prep_csv").click().run()
    at.button(key="x_render").click().run()
    before = _rows_in(at.session_state["x_csv"], "csv")
    assert "x_dl_csv" in [b.key for b in at.get("download_button")]
    at.multiselect(key="f_types").set_value(["deployment"]).run()
    assert not at.exception
    for name in ("x_csv", "x_png", "x_pdf"):
        assert name not in at.session_state, name
    assert "x_dl_csv" not in [b.key for b in at.get("download_button")]
    at.button(key="x_prep_csv").click().run()
    n = int(metric(at, "Matching incidents").replace(",", ""))
    assert _rows_in(at.session_state["x_csv"], "csv") == n < before
    at.text_input(key="x_title").input("Another title").run()          # the snapshot shows the title
    assert "x_png" not in at.session_state and "x_csv" in at.session_state


def test_events_page_text_search_filters_the_table(db):
    at = page("pages/2_Events.py").run()
    assert len(at.dataframe[0].value) == N
    at.text_input(key="f_text").input("Palmyra").run()
    table = at.dataframe[0].value
    assert 0 < len(table) < N and table["evidence"].str.contains("Palmyra").all()
    assert at.query_params["q"] == "Palmyra"


def test_first_start_seeds_the_store_with_the_sample_articles(tmp_env):
    import settings
    from events.article import iter_article_paths
    at = page("app.py").run()
    assert not at.exception
    n_files = len(iter_article_paths([settings.articles_dir()]))
    assert int(metric(at, "Articles")) == n_files > 0
    assert int(metric(at, "Strikes (incidents)")) > 0


def test_filters_round_trip_through_the_url():
    from geo.filters import Filters
    from ui.query import filters_from_query, filters_to_query
    f = Filters(date_from="2015-10-01", date_to="2015-10-31", provinces=("Idlib", "SY.02"),
                types=("strike",), actors=("US-led coalition, France",), precisions=("point", "admin1"),
                text="Su-24, Su-34", incidents=False)
    back, problems = filters_from_query(filters_to_query(f))
    assert back == f and problems == []
    assert filters_from_query({"type": "strike,deployment"})[0].types == ("strike", "deployment")
    bad, problems = filters_from_query({"from": "2015-12-01", "to": "2015-11-01"})
    assert bad.date_from is None and problems


def test_events_page_picks_another_candidate_and_pins_it(own_db):
    from test_app_data import ALTERNATIVE
    at = page("pages/2_Events.py").run()
    event_id = at.session_state["e_table_ids"][0]
    store = open_store(own_db)
    assert store.event(event_id)["candidates"], "the first event carries a candidate"
    at.radio(key="e_how").set_value("another gazetteer candidate")
    at.selectbox(key="e_cand").set_value(0)
    at.checkbox(key="e_pin").check()
    next(b for b in at.button if b.label == "Save place").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    moved = store.event(event_id)
    assert moved["name"] == "Homs" and moved["admin1_code"] == "SY.11"
    pins = (Path(own_db).parent / "user_gazetteer.csv").read_text()
    assert ALTERNATIVE["place_id"] in pins and "Maarat al-Numan" in pins
    store.close()


def test_map_keeps_earlier_deployments_standing(db):
    at = page("pages/1_Map.py").run()
    lo, hi = at.slider(key="f_dates").value
    at.slider(key="f_dates").set_value((dt.date(2015, 11, 1), hi)).run()
    assert not at.exception
    caption = " ".join(c.value for c in at.caption)
    store = open_store(db)
    from geo.filters import Filters
    from geo.layer import incidents_frame
    earlier = incidents_frame(store, Filters(date_to="2015-10-31", types=("deployment",)))
    inside = incidents_frame(store, Filters(date_from="2015-11-01"))
    store.close()
    assert len(earlier) > 0
    assert f"{len(earlier)} earlier deployments still in place" in caption
    assert metric(at, "Matching incidents") == str(len(inside))
    at.multiselect(key="f_types").select("strike").run()
    assert "still in place" not in " ".join(c.value for c in at.caption)


def test_events_page_fields_follow_the_selected_event(own_db):
    at = page("pages/2_Events.py").run()
    ids = at.session_state["e_table_ids"]
    at.number_input(key="e_lat").set_value(1.0)
    at.text_input(key="e_note").input("half-typed")
    at.session_state["e_event"] = ids[3]
    at.run()
    store = open_store(own_db)
    other = store.event(ids[3])
    store.close()
    assert at.number_input(key="e_lat").value == pytest.approx(other["lat"])
    assert at.text_input(key="e_note").value == ""
    assert at.query_params["event"] in (ids[3], [ids[3]])       # a permanent link


def test_a_province_click_filters_by_code_and_works_again_after_clearing():
    from ui.query import province_click
    idlib = {"last_active_drawing": {"properties": {"admin1_code": "SY.12", "name": "Idlib", "total": 3}},
             "last_object_clicked": {"lat": 35.9, "lng": 36.6}}
    wanted, last = province_click(idlib, (), None)
    assert wanted == ["SY.12"]
    assert province_click(idlib, ("SY.12",), last) == (None, last)       # the rerun after the click
    assert province_click(idlib, (), last)[0] is None                    # cleared: the stale value waits
    again = dict(idlib, last_object_clicked={"lat": 35.8, "lng": 36.7})
    assert province_click(again, (), last)[0] == ["SY.12"]              # ... and a new click filters
    marker = {"last_active_drawing": {"properties": {"event_id": "x"}}}
    assert province_click(marker, (), None)[0] is None                   # not a province
    assert province_click(None, (), None) == (None, None)


def test_overview_and_sidebar_key_provinces_by_code(own_db):
    """Two provinces named Al Jawf are two options and two rows of the Overview table."""
    from events.article import parse_article
    from events.model import Event
    store = open_store(own_db)
    a = parse_article("title: Jawf\npublished: 2015-10-02\n---\nStrikes in Al Jawf.", name="jawf")
    store.save_extraction(a, [Event(article="jawf", type="strike", evidence=f"Strike {cc}.", place=f"X{cc}",
                                    name=f"X{cc}", lat=lat, lon=lon, country=cc, admin1="Al Jawf",
                                    admin1_code=code, precision="point", date="2015-10-02")
                              for cc, code, lat, lon in (("SA", "SA.20", 29.9, 40.2), ("YE", "YE.21", 16.2, 44.8))],
                          [])
    store.close()
    at = page("app.py").run()
    assert not at.exception
    box = at.multiselect(key="f_provinces")
    assert {"Al Jawf (Saudi Arabia)", "Al Jawf (Yemen)"} <= set(box.options)     # labels of two codes
    per_province = next(df.value for df in at.dataframe if "total" in df.value.columns)
    assert {"Al Jawf (Saudi Arabia)", "Al Jawf (Yemen)"} <= set(per_province.index)
    box.set_value(["YE.21"]).run()
    assert not at.exception
    assert at.query_params.get("prov") in (["YE.21"], "YE.21")


def test_a_slider_callback_after_its_key_was_dropped_keeps_the_dates_and_raises_nothing():
    # a rerun can reach the slider's callback after Streamlit dropped the slider's key (a page change racing a drag):
    # the date boxes keep their dates and no traceback reaches the page (seen once in a fresh-clone browser run)
    import streamlit as st
    from ui import sidebar
    st.session_state.clear()
    st.session_state["f_from"], st.session_state["f_to"] = dt.date(2015, 10, 1), dt.date(2015, 10, 9)
    sidebar._slider_changed()
    assert (st.session_state["f_from"], st.session_state["f_to"]) == (dt.date(2015, 10, 1), dt.date(2015, 10, 9))
    st.session_state["f_dates"] = (dt.date(2015, 10, 2), dt.date(2015, 10, 5))
    sidebar._slider_changed()
    assert (st.session_state["f_from"], st.session_state["f_to"]) == (dt.date(2015, 10, 2), dt.date(2015, 10, 5))
    st.session_state.clear()
