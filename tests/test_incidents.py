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
    # an author the text says is not known ("unknown") joins a known one too
    assert groups([report("a"), report("b", actor="unknown")]) == [["a", "b"]]


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


def test_two_places_of_one_article_stay_two_incidents():
    """Issue 11.4: a strike in one village and another 'north of' the nearby city, in the
    same article, are two events: reports of one article never corroborate each other."""
    rows = [report("village", lat=34.776, lon=36.734, article="sana_1"),
            report("city", lat=34.730, lon=36.710, article="sana_1")]
    assert groups(rows) == [["city"], ["village"]]
    # the same sentence repeated by the extractor in one article is still not two reports
    assert groups([report("x", article="a1"), report("y", article="a1")]) == [["x"], ["y"]]


def test_different_named_places_join_only_within_one_locality():
    """Two named places ~5 km apart (a village and the city next to it) in two articles stay
    apart; the same named place resolved ~6 km apart (a pin, another gazetteer entry) joins,
    and a site inside its town (~2 km) joins."""
    village = dict(lat=34.776, lon=36.734)
    city = dict(lat=34.730, lon=36.710)
    rows = [dict(report("v", **village), name="Tir Maalah", place_id="gn:1"),
            dict(report("c", **city, source="AFP"), name="Homs", place_id="gn:2")]
    assert groups(rows) == [["c"], ["v"]]
    rows = [dict(report("a"), name="Maarat al-Numan", place_id="gn:3"),
            dict(report("b", lat=35.70, lon=36.70, source="AFP"), name="Maarat al-Numan", place_id="user:m")]
    assert groups(rows) == [["a", "b"]]
    rows = [dict(report("base", lat=35.401, lon=35.949), name="Khmeimim Air Base", place_id="site:k"),
            dict(report("village", lat=35.410, lon=35.965, source="AFP"), name="Hmeimim", place_id="gn:4")]
    assert groups(rows) == [["base", "village"]]


def test_unknown_precision_is_never_a_point_nor_grouped():
    rows = [report("a", precision=None), report("b", precision=None, source="AFP")]
    assert groups(rows) == [["a"], ["b"]]


def test_a_popup_never_shows_a_report_count_as_corroboration():
    from geo import webmap
    frame = pd.DataFrame([report("a", claim_kind="self", claimed_by="Russian MoD"),
                          report("b", source="TASS", claim_kind="self", claimed_by="Russian MoD")])
    frame["incident_id"] = assign_incidents(frame)
    row = aggregate(frame).iloc[0].to_dict()
    assert row["n_reports"] == 2 and not row["corroborated"]
    html = webmap.popup_html(row)
    assert "2 articles from 2 outlets · claimed only" in html
