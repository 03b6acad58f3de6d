"""The Ingest page's date rule (geo.ingest.with_typed_date): the analyst's typed date wins,
and the text's own date is kept to be shown beside it."""
from __future__ import annotations

import datetime as dt

from events.article import parse_article
from geo.ingest import EARLIEST_PUBLISHED, with_typed_date

DATED = "published: 2015-10-18\n---\nJets struck a depot near Palmyra on Friday.\n"
UNDATED = "Jets struck a depot near Palmyra on Friday.\n"


def test_a_typed_date_wins_and_the_text_date_is_reported():
    art, found = with_typed_date(parse_article(DATED, name="a"), dt.date(2015, 10, 16))
    assert art.published == dt.date(2015, 10, 16) and art.published_source == "analyst"
    assert found == dt.date(2015, 10, 18)


def test_a_typed_date_dates_an_undated_article_without_a_second_date():
    art, found = with_typed_date(parse_article(UNDATED, name="b"), dt.date(2015, 10, 16))
    assert art.published == dt.date(2015, 10, 16) and found is None


def test_the_same_date_twice_is_no_disagreement_and_no_typed_date_changes_nothing():
    art, found = with_typed_date(parse_article(DATED, name="c"), dt.date(2015, 10, 18))
    assert found is None
    original = parse_article(DATED, name="d")
    art, found = with_typed_date(original, None)
    assert art is original and found is None and art.published == dt.date(2015, 10, 18)


def test_any_date_from_1900_on_can_be_typed():
    assert EARLIEST_PUBLISHED == dt.date(1900, 1, 1)


def test_the_audit_trail_reads_as_a_table(tmp_path):
    from geo.audit import TRAIL_COLUMNS, trail
    from geo.store import open_store
    from test_app_data import fill_store
    fill_store(tmp_path / "a.db", 12)
    store = open_store(tmp_path / "a.db")
    ev = store.query_events().iloc[0]
    store.correct(ev.event_id, "type", "deployment" if ev.type == "strike" else "strike", note="wrong type")
    store.correct(ev.event_id, "place", {"lat": 35.9, "lon": 36.6, "name": "Somewhere"}, note="moved")
    table = trail(store.corrections(ev.event_id))
    store.close()
    assert list(table.columns) == TRAIL_COLUMNS and len(table) == 2
    assert table.loc[0, "old → new"] in ("strike → deployment", "deployment → strike")
    assert table.loc[0, "note"] == "wrong type" and table.loc[0, "who"] == "analyst"
    assert "lat: " in table.loc[1, "old → new"] and "→ 35.9" in table.loc[1, "old → new"]
    assert "{" not in " ".join(table["old → new"]) and table.loc[1, "note"] == "moved"
