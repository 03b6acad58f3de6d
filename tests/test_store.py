"""The event store (SQLite and PostGIS): idempotent saves, replacement, filters, corrections audit."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from events.article import parse_article
from events.model import Event
from geo.filters import Filters
from geo.store import EventStore, StoreError, open_store

IDLIB = dict(country="SY", admin1="Idlib", admin1_code="SY.12")
RAQQA = dict(country="SY", admin1="Raqqa", admin1_code="SY.04")


def article(name: str, body: str, published="2015-10-01", source="Reuters"):
    """An article known by its URL (one per name): an edited body is the same article."""
    return parse_article(f"url: https://example.org/{name}\ntitle: {name} report\nsource: {source}\n"
                         f"published: {published}\n---\n{body}", name=name)


def strike(art, place="Maarat al-Numan", lat=35.648, lon=36.674, date="2015-10-01", actor="Russia",
           prov=IDLIB, **kw):
    return Event(article=art.name, type=kw.pop("type", "strike"), evidence=kw.pop("evidence", art.body),
                 actor=actor, place=place, name=place, lat=lat, lon=lon, precision=kw.pop("precision", "point"),
                 place_id=f"test:{place}", date=date, date_precision="day", **prov, **kw)


@pytest.fixture
def store(store_env):
    s = open_store()
    yield s
    s.close()


def test_open_store_uses_settings_path_and_wal(store, store_env, backend):
    assert isinstance(store, EventStore)
    assert store.path == store_env
    if backend != "sqlite":
        return
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_same_article_twice_adds_nothing(store):
    a = article("a1", "Russian jets struck Maarat al-Numan.")
    first = store.save_extraction(a, [strike(a)], [])
    again = store.save_extraction(a, [strike(a)], [])
    assert (first.status, again.status) == ("added", "unchanged")
    assert again.events == 1
    assert store.counts()["events"] == 1 and store.counts()["articles"] == 1


def test_changed_article_replaces_only_its_own_events(store):
    a = article("a1", "Russian jets struck Maarat al-Numan.")
    b = article("b1", "Strikes hit Raqqa.")
    store.save_extraction(a, [strike(a)], [])
    store.save_extraction(b, [strike(b, "Raqqa", 35.95, 39.01, prov=RAQQA)], [])
    a2 = article("a1", "Russian jets struck Maarat al-Numan and Raqqa.")
    res = store.save_extraction(a2, [strike(a2), strike(a2, "Raqqa", 35.95, 39.01, prov=RAQQA)], [])
    assert res.status == "replaced"
    arts = store.articles()
    assert sorted(arts["name"]) == ["a1", "b1"]
    assert a.id not in set(arts["id"]) and a2.id in set(arts["id"])
    ev = store.query_events(Filters())
    assert sorted(ev["article"]) == ["a1", "a1", "b1"]


def test_non_events_are_kept_with_reasons(store):
    a = article("a1", "Russia may strike Raqqa. Russian jets struck Maarat al-Numan.")
    ne = Event(article="a1", type="non-event", evidence="Russia may strike Raqqa.", reason="hypothetical")
    store.save_extraction(a, [strike(a)], [ne])
    got = store.non_events(Filters())
    assert list(got["reason"]) == ["hypothetical"]
    assert got.iloc[0]["title"] == "a1 report"
    assert store.non_events(Filters(text="nothing like this")).empty


def test_filters_province_name_or_code_dates_types_actors_text(store):
    a = article("a1", "Several strikes.")
    store.save_extraction(a, [
        strike(a, date="2015-10-01"),
        strike(a, "Raqqa", 35.95, 39.01, date="2015-10-05", prov=RAQQA, actor="US-led coalition"),
        strike(a, "Latakia", 35.52, 35.79, date="2015-09-20", type="deployment",
               prov=dict(country="SY", admin1="Latakia", admin1_code="SY.02"), weapon="S-400"),
    ], [])
    q = lambda **kw: sorted(store.query_events(Filters(**kw))["name"])  # noqa: E731
    assert q(provinces=("Idlib",)) == ["Maarat al-Numan"]
    assert q(provinces=("SY.04", "idlib")) == ["Maarat al-Numan", "Raqqa"]
    assert q(provinces=("Nowhere",)) == []
    assert q(date_from="2015-10-01", date_to="2015-10-04") == ["Maarat al-Numan"]
    assert q(types=("deployment",)) == ["Latakia"]
    assert q(actors=("us-led coalition",)) == ["Raqqa"]
    assert q(text="s-400") == ["Latakia"]
    assert q(precisions=("admin1",)) == []
    assert store.span() == (dt.date(2015, 9, 20), dt.date(2015, 10, 5))
    facets = store.facets()
    assert facets["provinces"] == ["SY.12", "SY.02", "SY.04"]          # codes, in label order
    assert [facets["province_labels"][c] for c in facets["provinces"]] == ["Idlib", "Latakia", "Raqqa"]
    assert facets["actors"] == ["Russia", "US-led coalition"]
    assert facets["types"] == ["deployment", "strike"]


def test_bad_filters_are_refused_clearly():
    with pytest.raises(ValueError, match="after"):
        Filters(date_from="2015-10-05", date_to="2015-10-01")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Filters(date_from="5 Oct")


def test_article_lookup_returns_body(store):
    a = article("a1", "Russian jets struck Maarat al-Numan.")
    store.save_extraction(a, [strike(a)], [])
    got = store.article(a.id)
    assert got["body"] == a.body and got["source"] == "Reuters"
    with pytest.raises(StoreError, match="no article"):
        store.article("missing")


def test_corrections_are_audited_and_survive_reextraction(store):
    a = article("a1", "Russian jets struck Maarat al-Numan.")
    b = article("b1", "Strikes hit Raqqa.")
    store.save_extraction(a, [strike(a)], [])
    store.save_extraction(b, [strike(b, "Raqqa", 35.95, 39.01, prov=RAQQA)], [])
    ids = dict(zip(store.query_events(Filters())["article"], store.query_events(Filters())["event_id"]))
    store.correct(ids["a1"], "date", "2015-09-30", note="dateline says Wednesday")
    store.correct(ids["a1"], "actor", "Syrian Air Force")
    store.correct(ids["a1"], "place", {"name": "Kafr Nabl", "lat": 35.614, "lon": 36.561})
    store.reject(ids["b1"], reason="duplicate wire copy")

    def check():
        ev = store.event(ids["a1"])
        assert (ev["date"], ev["actor"], ev["name"]) == ("2015-09-30", "Syrian Air Force", "Kafr Nabl")
        assert ev["admin1_code"] == "SY.12"          # from the polygon at the corrected point
        assert set(ev["corrected"].split(",")) == {"date", "actor", "place"}
        assert store.event(ids["b1"])["rejected"] == 1
        assert list(store.query_events(Filters())["event_id"]) == [ids["a1"]]
        assert len(store.query_events(Filters(include_rejected=True))) == 2

    check()
    # re-extraction of the same article, and a changed article with the same event
    store.save_extraction(a, [strike(a)], [], reextract=True)
    check()
    # the outlet edits the sentence: a new event id (the evidence changed), and the
    # corrections follow the event to it
    a2 = article("a1", "Russian jets struck Maarat al-Numan on Thursday.")
    res = store.save_extraction(a2, [strike(a2)], [])
    assert (res.status, res.orphaned) == ("replaced", 0)
    old = ids["a1"]
    ids["a1"] = store.query_events(Filters(include_rejected=True)).set_index("article").loc["a1", "event_id"]
    assert ids["a1"] != old
    check()
    assert store.corrections(old).empty
    audit = store.corrections(ids["a1"])
    assert list(audit["field"]) == ["date", "actor", "place"]
    assert '"2015-10-01"' in audit.iloc[0]["old_value"]
    assert audit.iloc[0]["note"] == "dateline says Wednesday"
    store.unreject(ids["b1"])
    assert len(store.query_events(Filters())) == 2


def test_bad_corrections_are_refused(store):
    a = article("a1", "Russian jets struck Maarat al-Numan.")
    store.save_extraction(a, [strike(a)], [])
    eid = store.query_events(Filters())["event_id"][0]
    with pytest.raises(StoreError, match="cannot correct"):
        store.correct(eid, "evidence", "x")
    with pytest.raises(StoreError, match="type must be"):
        store.correct(eid, "type", "massacre")
    with pytest.raises(StoreError, match="no event"):
        store.correct("nope", "actor", "x")
    with pytest.raises(StoreError, match="out of range"):
        store.correct(eid, "place", {"lat": 135, "lon": 0})
    assert store.counts()["corrections"] == 0


def test_place_correction_by_name_uses_the_gazetteer(store):
    a = article("a1", "Russian jets struck Maarat al-Numan.")
    store.save_extraction(a, [strike(a)], [])
    eid = store.query_events(Filters())["event_id"][0]
    store.correct(eid, "place", "Jisr al-Shughur")
    ev = store.event(eid)
    assert ev["admin1_code"] == "SY.12" and abs(ev["lat"] - 35.81) < 0.1
    with pytest.raises(StoreError, match="unknown place"):
        store.correct(eid, "place", "Qqqxxyzzz")


def test_event_ids_are_stable_and_distinct_for_repeats(store):
    a = article("a1", "Two strikes on the same town.")
    store.save_extraction(a, [strike(a), strike(a)], [])
    ids = list(store.query_events(Filters())["event_id"])
    assert len(set(ids)) == 2
    store.save_extraction(a, [strike(a), strike(a)], [], reextract=True)
    assert sorted(store.query_events(Filters())["event_id"]) == sorted(ids)


def test_revision_grows_with_every_write_from_any_connection(store):
    a = article("a1", "Russian jets struck Maarat al-Numan.")
    r0 = store.revision()
    store.save_extraction(a, [strike(a)], [])
    other = open_store(store.path)
    assert other.revision() > r0
    r1 = other.revision()
    assert store.save_extraction(a, [strike(a)], []).status == "unchanged"
    assert other.revision() == r1
    eid = store.query_events(Filters())["event_id"][0]
    before = other.revision()
    store.correct(eid, "actor", "Syria")
    assert other.revision() > before
    other.close()


def test_corrections_of_an_event_no_longer_extracted_are_kept_as_orphans(store):
    a = article("a1", "Russian jets struck Maarat al-Numan.")
    store.save_extraction(a, [strike(a)], [])
    eid = store.query_events(Filters())["event_id"][0]
    store.correct(eid, "actor", "Syria")
    assert not store.corrections()["orphaned"].any()
    a2 = article("a1", "Russian jets struck Raqqa.")
    store.save_extraction(a2, [strike(a2, "Raqqa", 35.95, 39.01, prov=RAQQA)], [])
    audit = store.corrections()
    assert list(audit["orphaned"]) == [True] and audit.iloc[0]["event_id"] == eid


def test_top_counts_in_sql(store):
    a = article("a1", "Several strikes.")
    store.save_extraction(a, [strike(a), strike(a, "Raqqa", 35.95, 39.01, prov=RAQQA),
                              strike(a, "Saraqib", 35.86, 36.80, date="2015-10-02")], [])
    assert store.top("admin1") == [("Idlib", 2), ("Raqqa", 1)]
    with pytest.raises(StoreError, match="unknown column"):
        store.top("1; DROP TABLE events")


def test_filters_fold_non_ascii_case_on_both_sides(store):
    """SQLite's lower() folds ASCII only: the province 'Çorum' the facets offer, and a search
    for 'Київ' typed as stored, must still match (one case folding for needle and column)."""
    a = article("u1", "Drones struck an oil depot in Київ and a plant in Çorum.")
    corum = dict(country="TR", admin1="Çorum", admin1_code="TR.19")
    kyiv = dict(country="UA", admin1="Київ", admin1_code="UA.12")
    store.save_extraction(a, [strike(a, "Çorum", 40.55, 34.95, prov=corum, actor="Ukraine",
                                     evidence="Drones struck a plant in Çorum."),
                              strike(a, "Київ", 50.45, 30.52, prov=kyiv, actor="ЗСУ",
                                     evidence="Drones struck an oil depot in Київ.")], [])
    assert store.facets()["province_labels"]["TR.19"] == "Çorum"
    for name in ("Çorum", "çorum", "ÇORUM"):
        assert list(store.query_events(Filters(provinces=(name,)))["place"]) == ["Çorum"], name
    for needle in ("Київ", "київ", "КИЇВ"):
        assert list(store.query_events(Filters(text=needle))["place"]) == ["Київ"], needle
    assert list(store.query_events(Filters(actors=("зсу",)))["place"]) == ["Київ"]
    assert len(store.non_events(Filters(text="київ"))) == 0


def test_provinces_that_share_a_name_stay_apart(store):
    """Al Jawf is SA.20 and YE.21, Ash Sharqiyah EG.14 and SA.06: keyed by code, labelled
    with their country, filtered apart; an old link with the bare name still finds both."""
    a = article("j1", "Strikes in two Al Jawfs and two Sharqiyahs.")
    provs = [("Al Jawf", "SA", "SA.20", 29.9, 40.2), ("Al Jawf", "YE", "YE.21", 16.2, 44.8),
             ("Ash Sharqiyah", "EG", "EG.14", 30.6, 31.6), ("Ash Sharqiyah", "SA", "SA.06", 26.4, 50.1)]
    store.save_extraction(a, [strike(a, f"{name} town {cc}", lat, lon, evidence=f"Strike in {name} {cc}.",
                                     prov=dict(country=cc, admin1=name, admin1_code=code))
                              for name, cc, code, lat, lon in provs], [])
    facets = store.facets()
    assert sorted(facets["provinces"]) == ["EG.14", "SA.06", "SA.20", "YE.21"]
    labels = facets["province_labels"]
    assert labels["SA.20"] == "Al Jawf (Saudi Arabia)" and labels["YE.21"] == "Al Jawf (Yemen)"
    assert labels["EG.14"] == "Ash Sharqiyah (Egypt)" and labels["SA.06"] == "Ash Sharqiyah (Saudi Arabia)"
    assert len(set(labels.values())) == 4
    assert list(store.query_events(Filters(provinces=("YE.21",)))["country"]) == ["YE"]
    assert sorted(store.query_events(Filters(provinces=("Al Jawf",)))["country"]) == ["SA", "YE"]
    assert sorted(store.query_events(Filters(countries=("sa",)))["admin1_code"]) == ["SA.06", "SA.20"]
    assert sorted(store.query_events(Filters(countries=("YE", "EG")))["admin1_code"]) == ["EG.14", "YE.21"]
    assert store.top("admin1_code") and len(store.top("admin1_code")) == 4


def test_a_read_only_open_of_a_store_without_stored_incident_ids(tmp_path, monkeypatch):
    """A schema-3 file (issue 12's, before stored incident ids): opened read-only it is
    upgraded once when it can be written, else refused with one clear message."""
    import os
    path = tmp_path / "old.db"
    s = open_store(path)
    a = article("a", "Russian jets struck Maarat al-Numan.")
    s.save_extraction(a, [strike(a)], [])
    s.close()

    def downgrade():
        db = sqlite3.connect(path)
        db.executescript("DROP INDEX events_incident; DROP INDEX events_type_window; "
                         "ALTER TABLE events DROP COLUMN incident_id; "
                         "UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        db.close()
    downgrade()
    s = open_store(path, read_only=True)
    assert len(s.query_events(Filters())) == 1 and s.query_events(Filters())["incident_id"].notna().all()
    s.close()
    downgrade()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(StoreError, match="older Strikemap.*read-only"):
        open_store(path, read_only=True)
