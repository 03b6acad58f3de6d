"""Grouping reports of the same event into incidents, across articles."""
from __future__ import annotations

import pandas as pd
import pytest

from geo.incidents import aggregate, assign_incidents, claim_status, haversine_km, outlet


def report(eid, *, type="strike", lat=35.648, lon=36.674, date="2015-10-01", date_from=None,
           date_to=None, precision="point", admin1_code="SY.12", country="SY", actor="Russia",
           source="Reuters", url="", article=None, claim_kind="outlet", claimed_by=None):
    return dict(event_id=eid, type=type, lat=lat, lon=lon, date=date, date_from=date_from or date,
                date_to=date_to or date, date_precision="day" if (date_from or date) == (date_to or date)
                else "approx", precision=precision, admin1_code=admin1_code, admin1="Idlib",
                country=country, actor=actor, source=source, url=url, article=article or eid,
                claim_kind=claim_kind, claimed_by=claimed_by, name="Maarat al-Numan",
                evidence=f"evidence of {eid}", title=f"title {eid}")


def groups(rows):
    frame = pd.DataFrame(rows)
    frame["incident_id"] = assign_incidents(frame)
    return sorted(sorted(g) for g in frame.groupby("incident_id")["event_id"].apply(list))


def test_haversine_matches_known_distance():
    # Damascus - Aleppo is about 310 km (geodesic 310.3 km)
    assert haversine_km(33.5138, 36.2765, 36.2021, 37.1343) == pytest.approx(310.3, rel=0.005)


def test_two_articles_same_strike_make_one_incident_with_two_sources():
    rows = [report("a", source="Reuters"), report("b", lat=35.70, lon=36.70, url="https://www.bbc.co.uk/x",
                                                     source="")]
    assert groups(rows) == [["a", "b"]]
    frame = pd.DataFrame(rows)
    frame["incident_id"] = assign_incidents(frame)
    inc = aggregate(frame)
    assert len(inc) == 1
    row = inc.iloc[0]
    assert row["n_reports"] == 2 and row["n_sources"] == 2
    assert row["sources"] == ["Reuters", "bbc.co.uk"]
    assert row["event_ids"] == ["a", "b"]


def test_same_outlet_twice_is_one_source():
    frame = pd.DataFrame([report("a"), report("b")])
    frame["incident_id"] = assign_incidents(frame)
    assert aggregate(frame).iloc[0]["n_sources"] == 1


def test_far_places_other_days_other_types_and_actors_stay_apart():
    rows = [report("a"),
            report("far", lat=35.93, lon=36.63),                      # ~31 km north
            report("day", date="2015-10-02"),
            report("dep", type="deployment"),
            report("us", actor="US-led coalition")]
    assert groups(rows) == [["a"], ["day"], ["dep"], ["far"], ["us"]]


def test_unknown_actor_joins_a_known_one():
    assert groups([report("a"), report("b", actor=None)]) == [["a", "b"]]


def test_approximate_date_joins_a_day_inside_its_window_but_not_outside():
    rows = [report("day", date="2015-10-03"),
            report("week", date="2015-10-01", date_from="2015-09-28", date_to="2015-10-04"),
            report("later", date="2015-10-10")]
    assert groups(rows) == [["day", "week"], ["later"]]


def test_province_level_reports_group_by_province_not_with_points():
    rows = [report("p1", precision="admin1", lat=35.8, lon=36.6),
            report("p2", precision="admin1", lat=35.8, lon=36.6, source="AFP"),
            report("other", precision="admin1", admin1_code="SY.04", lat=35.9, lon=39.0),
            report("point")]
    assert groups(rows) == [["other"], ["p1", "p2"], ["point"]]


def test_no_chaining_beyond_ten_km_of_the_first_report():
    # each 8 km from the previous, along a line: the third is 16 km from the first
    rows = [report("a", lat=35.0), report("b", lat=35.072), report("c", lat=35.144)]
    assert len(groups(rows)) == 2


@pytest.mark.parametrize("kinds,claimers,expected", [
    (["self", "third_party"], ["Russian MoD", "SOHR"], (True, "corroborated")),
    (["self", "outlet"], ["Russian MoD", None], (True, "corroborated")),
    (["self", "self"], ["Russian MoD", "Russian MoD"], (False, "claimed only")),
    (["third_party"], ["SOHR"], (False, "third-party only")),
    ([None], [None], (False, "unattributed")),
])
def test_claim_status(kinds, claimers, expected):
    assert claim_status(kinds, claimers) == expected


def test_corroborated_incident_across_two_articles():
    frame = pd.DataFrame([report("mod", claim_kind="self", claimed_by="Russian Defence Ministry", source="TASS"),
                          report("sohr", claim_kind="third_party", claimed_by="SOHR", source="AFP")])
    frame["incident_id"] = assign_incidents(frame)
    assert bool(aggregate(frame).iloc[0]["corroborated"])


def test_outlet_fallbacks():
    assert outlet("Reuters", "https://x.org/a", "f") == "Reuters"
    assert outlet("", "https://www.aljazeera.com/news/1", "f") == "aljazeera.com"
    assert outlet(None, "", "file_7") == "file_7"


def test_empty_frame():
    empty = pd.DataFrame([report("a")]).iloc[0:0]
    assert assign_incidents(empty).empty
    assert aggregate(empty.assign(incident_id=[])).empty
