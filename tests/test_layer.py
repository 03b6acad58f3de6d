"""The geopandas layer: EPSG:4326 points, provinces from polygons, aggregates."""
from __future__ import annotations

import pandas as pd
import pytest

from geo.filters import Filters
from geo.layer import FRAME_COLUMNS, daily_counts, events_frame, incidents_frame, province_counts
from geo.store import open_store
from test_app_data import report as art
from test_app_data import strike_at_maarat as ev


@pytest.fixture
def store(store_env):
    s = open_store()
    a, b, c = art("a", "Reuters"), art("b", "AFP"), art("c", "TASS", "S-400 deployed at Hmeimim.")
    s.save_extraction(a, [ev(a)], [])
    s.save_extraction(b, [ev(b, lat=35.66, lon=36.70)], [])
    # the gazetteer said Hama, but the point is in Latakia province: the polygon wins, disagreement recorded
    s.save_extraction(c, [ev(c, type="deployment", name="Hmeimim", place="Hmeimim", lat=35.401,
                             lon=35.949, admin1="Hama", admin1_code="SY.10", date="2015-09-20",
                             weapon="S-400"),
                          ev(c, type="strike", name="Idlib province", place="Idlib province",
                             precision="admin1", lat=35.8, lon=36.6, date="2015-09-22")], [])
    yield s
    s.close()


def test_events_frame_is_points_in_wgs84_with_all_columns(store):
    frame = events_frame(store, Filters())
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == FRAME_COLUMNS + ["geometry"]
    assert (frame.geom_type == "Point").all()
    assert frame.geometry.x.tolist() == pytest.approx(frame["lon"].tolist())
    assert str(frame["date"].dtype).startswith("datetime64")
    assert set(frame["source"]) == {"Reuters", "AFP", "TASS"}


def test_province_comes_from_polygons_and_is_cross_checked(store):
    frame = events_frame(store, Filters()).set_index("name")
    assert frame.loc["Hmeimim", "admin1"] == "Latakia"
    assert frame.loc["Hmeimim", "admin1_code"] == "SY.02"
    assert "gazetteer says Hama" in frame.loc["Hmeimim", "admin1_check"]
    assert frame.loc["Idlib province", "admin1_check"] == "province-level"
    assert set(frame.loc["Maarat al-Numan", "admin1_check"]) == {"agree"}


def test_filters_reach_the_frame(store):
    assert set(events_frame(store, Filters(provinces=("Latakia",)))["name"]) == {"Hmeimim"}
    assert len(events_frame(store, Filters(date_from="2015-10-01"))) == 2
    assert set(events_frame(store, Filters(precisions=("admin1",)))["name"]) == {"Idlib province"}


def test_incidents_group_reports_and_reports_stay_reachable(store):
    inc = incidents_frame(store, Filters())
    assert inc.crs.to_epsg() == 4326
    assert len(inc) == 3
    both = inc[inc["n_reports"] == 2].iloc[0]
    assert both["n_sources"] == 2 and both["sources"] == ["AFP", "Reuters"]
    reports = events_frame(store, Filters())
    assert set(reports[reports["incident_id"] == both["incident_id"]]["event_id"]) == set(both["event_ids"])
    singles = events_frame(store, Filters(incidents=False))
    assert singles["incident_id"].nunique() == 4


def test_province_counts_and_daily_counts(store):
    frame = events_frame(store, Filters())
    counts = province_counts(frame).set_index("name")
    assert list(counts.columns) == ["admin1_code", "country", "strikes", "deployments", "total", "geometry"]
    assert counts.loc["Idlib", "strikes"] == 3 and counts.loc["Latakia", "deployments"] == 1
    assert counts.loc["Aleppo", "total"] == 0
    assert set(counts["country"]) == {"SY"}
    daily = daily_counts(frame)
    assert list(daily.columns) == ["date", "type", "count"]
    assert daily[daily["date"] == pd.Timestamp("2015-10-01")]["count"].sum() == 2
    assert daily_counts(frame.iloc[0:0]).empty


def test_empty_store_gives_empty_frames(store_env):
    s = open_store()
    assert events_frame(s, Filters()).empty
    assert incidents_frame(s, Filters()).empty
    assert province_counts(events_frame(s, Filters())).empty
