"""Incidents are grouped once per store revision over ALL reports, then filtered: an
incident matches when one of its reports matches every filter (geo.layer's rule)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geo.filters import Filters
from geo.incidents import assign_incidents
from geo.layer import events_frame, incidents_frame, incidents_of
from geo.store import open_store
from test_app_data import report, synthetic_batch
from test_app_data import strike_at_maarat as _ev

START = dt.date(2015, 9, 30)


@pytest.fixture(scope="module")
def store(module_store_targets):
    s = open_store(module_store_targets.new("events.db"))
    s.bulk_load(synthetic_batch(1500, days=40, per_article=50))
    yield s
    s.close()


@pytest.fixture(scope="module")
def reference(store):
    """Every report with its incident, grouped here from scratch (no cache involved)."""
    reports = events_frame(store, Filters(incidents=False))
    reports["incident_id"] = assign_incidents(reports)
    return reports


FILTERS = [
    Filters(),
    Filters(date_from=START + dt.timedelta(3), date_to=START + dt.timedelta(20)),
    Filters(date_from=START + dt.timedelta(10), date_to=START + dt.timedelta(10)),
    Filters(date_to=START + dt.timedelta(5)),
    Filters(date_from=START + dt.timedelta(30)),
    Filters(date_from=START + dt.timedelta(50)),                       # nothing
    Filters(provinces=("Idlib",)),
    Filters(provinces=("SY.02",), date_from=START + dt.timedelta(7)),
    Filters(types=("deployment",), date_to=START + dt.timedelta(25)),
    Filters(precisions=("admin1",)),
    Filters(text="Palmyra", date_from=START + dt.timedelta(2), date_to=START + dt.timedelta(33)),
    Filters(actors=("nobody",)),
]


@pytest.mark.parametrize("f", FILTERS, ids=range(len(FILTERS)))
def test_incidents_are_those_with_a_report_matching_every_filter(store, reference, f):
    everything = incidents_frame(store, Filters())
    got = incidents_frame(store, f)
    matching = events_frame(store, f.with_(incidents=False))["event_id"]
    expected = set(reference.loc[reference["event_id"].isin(matching), "incident_id"])
    assert set(got["incident_id"]) == expected and len(got) == len(expected)
    # counts consistent with the reports mode: never more incidents than reports
    assert len(got) <= len(matching)
    # each incident shown whole: the same row as without filters (all its reports)
    whole = everything[everything["incident_id"].isin(expected)].reset_index(drop=True)
    pd.testing.assert_frame_equal(pd.DataFrame(got), pd.DataFrame(whole))
    assert got.crs.to_epsg() == 4326
    assert list(got["date"]) == sorted(got["date"])


def test_grouping_covers_all_reports_and_reports_carry_their_incident(store, reference):
    everything = incidents_frame(store, Filters())
    pd.testing.assert_frame_equal(pd.DataFrame(everything), pd.DataFrame(incidents_of(reference)))
    assert everything["n_reports"].sum() == len(reference)
    assert (everything["n_reports"] > 1).any()
    some = events_frame(store, Filters(date_from=START + dt.timedelta(12), provinces=("Homs",)))
    assert len(some)
    truth = reference.set_index("event_id")["incident_id"]
    assert list(some["incident_id"]) == list(truth.loc[some["event_id"]])


# -- a report outside the filter joins its incident ----------------------------------------
def _art(name, source, published="2015-10-01"):
    return report(name, source, published=published)


@pytest.fixture
def small(store_env):
    s = open_store()
    a, b = _art("a", "Reuters"), _art("b", "AFP", "2015-10-03")
    s.save_extraction(a, [_ev(a)], [])
    # AFP two days later: "earlier this week", nearby; one incident with Reuters' report
    s.save_extraction(b, [_ev(b, lat=35.66, lon=36.70, date="2015-10-02", date_from="2015-09-28",
                             date_to="2015-10-02", date_precision="approx")], [])
    yield s
    s.close()


def test_a_report_outside_the_filters_still_joins_its_incident(small):
    late = incidents_frame(small, Filters(date_from="2015-10-02"))
    assert len(late) == 1
    inc = late.iloc[0]
    assert inc["n_reports"] == 2 and inc["sources"] == ["AFP", "Reuters"]
    assert inc["date"] == pd.Timestamp("2015-10-01")          # Reuters' exact day, outside the range
    reports = events_frame(small, Filters(date_from="2015-10-02"))
    assert len(reports) == 1 and reports.iloc[0]["incident_id"] == inc["incident_id"]
    assert incidents_frame(small, Filters(date_to="2015-09-30")).empty
    assert len(incidents_frame(small, Filters(text="Reuters"))) == 0       # text looks at reports, not sources
    assert len(incidents_frame(small, Filters(text="struck", date_from="2015-10-02"))) == 1


def test_the_grouping_follows_every_write_and_every_store_file(small, store_targets):
    assert incidents_frame(small, Filters()).iloc[0]["n_reports"] == 2
    afp = events_frame(small, Filters(incidents=False)).set_index("article").loc["b", "event_id"]
    small.reject(afp, "duplicate")
    after = incidents_frame(small, Filters())
    assert len(after) == 1 and after.iloc[0]["n_reports"] == 1 and after.iloc[0]["sources"] == ["Reuters"]
    with_rejected = incidents_frame(small, Filters(include_rejected=True))
    assert with_rejected.iloc[0]["n_reports"] == 2
    small.unreject(afp)
    small.correct(afp, "date", "2015-11-20")           # far away in time: its own incident
    moved = incidents_frame(small, Filters())
    assert sorted(moved["n_reports"]) == [1, 1]
    assert len(incidents_frame(small, Filters(date_from="2015-11-01"))) == 1
    # another database file at the same path (same revision number): not the cached grouping
    path = small.path
    small.close()
    fresh = open_store(store_targets.recreate(path))
    try:
        for name, place, lat, lon in (("c", "Hmeimim", 35.401, 35.949), ("d", "Tartus", 34.889, 35.887)):
            c = _art(name, "TASS")
            fresh.save_extraction(c, [_ev(c, type="deployment", name=place, lat=lat, lon=lon,
                                          admin1="Latakia", admin1_code="SY.02")], [])
        assert fresh.revision() == 2        # the revision the first file had with a and b grouped
        frame = incidents_frame(fresh, Filters())
        assert set(frame["type"]) == {"deployment"} and set(frame["name"]) == {"Hmeimim", "Tartus"}
    finally:
        fresh.close()


def _stored_vs_scratch(store) -> tuple[dict, dict]:
    """(stored incident id, id a grouping from scratch gives) of every report not rejected."""
    from geo.layer import GROUP_COLUMNS
    rows = store.query_events(Filters(incidents=False), columns=GROUP_COLUMNS + ["incident_id"])
    scratch = assign_incidents(rows[GROUP_COLUMNS])
    return dict(zip(rows["event_id"], rows["incident_id"])), dict(zip(rows["event_id"], scratch))


def test_the_store_reads_what_the_grouping_reads():
    from geo import incident_ids
    from geo.layer import GROUP_COLUMNS
    assert set(GROUP_COLUMNS) <= set(incident_ids.COLUMNS)


def test_stored_incident_ids_follow_every_write(store_targets):
    """Incident ids kept in the store (geo.incident_ids) equal a grouping of all reports
    from scratch after every kind of write: bulk load, ingest, replacement, corrections of
    date, type and place, rejection and its undoing."""
    s = open_store(store_targets.new())
    s.bulk_load(synthetic_batch(400, days=30, per_article=20))

    def check(step: str) -> None:
        stored, scratch = _stored_vs_scratch(s)
        assert stored == scratch, step

    check("bulk load")
    a = _art("late", "AFP", "2015-10-03")
    s.save_extraction(a, [_ev(a, date="2015-10-02", date_from="2015-09-28", date_to="2015-10-02",
                              date_precision="approx"), _ev(a, place="Saraqib", name="Saraqib", lat=35.86,
                                                           lon=36.80, evidence="Jets struck Saraqib.")], [])
    check("ingest of a week-long report")
    b = _art("late", "AFP", "2015-10-09")                    # same name, new text: replaces it
    s.save_extraction(b, [_ev(b, date="2015-10-08")], [])
    check("replacement")
    ids = list(s.query_events(Filters(incidents=False))["event_id"])
    s.correct(ids[5], "date", {"date": "2015-10-12", "date_from": "2015-10-01", "date_to": "2015-10-20"})
    check("date correction to a long window")
    s.correct(ids[6], "type", "deployment")
    check("type correction")
    s.correct(ids[7], "place", {"lat": 36.20, "lon": 37.13, "name": "Aleppo"})
    check("place correction")
    s.reject(ids[8], "duplicate")
    check("rejection")
    s.unreject(ids[8])
    check("undone rejection")
    s.close()
