"""The map's fast path: light reads of binned points, date ranges cut from a cached read,
and the store queries behind them, checked against the plain events_frame."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from geo.filters import Filters
from geo.layer import (FRAME_COLUMNS, MAP_COLUMNS, MAP_POINT_COLUMNS, events_frame, map_base,
                       map_events_frame, map_events_in)
from geo.store import StoreError, open_store
from test_app_data import synthetic_batch

N = 1500          # reports; with aggregate_above=300 the points are binned


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("map_path") / "events.db")
    s.bulk_load(synthetic_batch(N, days=40, per_article=50))
    yield s
    s.close()


def _same_rows(a: pd.DataFrame, b: pd.DataFrame, columns) -> None:
    a = a.sort_values("event_id").reset_index(drop=True)
    b = b.sort_values("event_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(pd.DataFrame(a[columns]), pd.DataFrame(b[columns]), check_dtype=False)


def test_query_events_columns_and_points_split_the_full_query(store):
    full = store.query_events(Filters())
    points = store.query_events(Filters(), columns=["event_id", "lat", "title"], points=True)
    others = store.query_events(Filters(), columns=["event_id", "precision"], points=False)
    assert list(points.columns) == ["event_id", "lat", "title"]
    assert points["lat"].dtype == float
    assert len(points) + len(others) == len(full)
    located = (full["precision"] == "point") & full["lat"].notna() & full["lon"].notna()
    assert set(points["event_id"]) == set(full.loc[located, "event_id"])
    assert not (others["precision"] == "point").all()
    # same order as the full query (by date, then id)
    assert list(points["event_id"]) == list(full.loc[located, "event_id"])
    with pytest.raises(StoreError, match="unknown column"):
        store.query_events(Filters(), columns=["body"])


def test_map_events_frame_is_events_frame_when_few_points(store):
    f = Filters(incidents=False, types=("deployment",))
    plain = events_frame(store, f)
    fast = map_events_frame(store, f, aggregate_above=10**6)
    pd.testing.assert_frame_equal(pd.DataFrame(fast), pd.DataFrame(plain))


def test_map_events_frame_reads_binned_points_light(store):
    f = Filters(incidents=False)
    plain = events_frame(store, f)
    fast = map_events_frame(store, f, aggregate_above=300)
    assert list(fast.columns) == list(plain.columns) == FRAME_COLUMNS + ["geometry"]
    assert len(fast) == len(plain)
    assert fast.crs.to_epsg() == 4326
    point = (fast["precision"] == "point").to_numpy()
    assert point.sum() > 300
    _same_rows(fast[point], plain[plain["precision"] == "point"], MAP_POINT_COLUMNS + ["incident_id", "rejected"])
    assert fast.loc[point, "evidence"].isna().all()          # not read for binned points
    others = plain[plain["precision"] != "point"]
    _same_rows(fast[~point], others, MAP_COLUMNS + ["incident_id"])
    # geometry follows lat/lon
    np.testing.assert_allclose(fast.geometry.y.to_numpy(), fast["lat"].to_numpy())


@pytest.mark.parametrize("days", [(0, 39), (3, 20), (10, 10), (None, 5), (7, None), (50, 60)])
def test_date_range_cut_from_base_equals_a_fresh_read(store, days):
    start = dt.date(2015, 9, 30)
    lo, hi = (start + dt.timedelta(d) if d is not None else None for d in days)
    base = map_base(store, Filters(incidents=False), aggregate_above=300)
    assert base.searchable
    f = Filters(incidents=False, date_from=lo, date_to=hi)
    cut = map_events_in(base, store, f)
    fresh = map_events_frame(store, f, aggregate_above=300)
    pd.testing.assert_frame_equal(pd.DataFrame(cut), pd.DataFrame(fresh))


def test_cut_with_few_points_reads_them_whole(store):
    base = map_base(store, Filters(incidents=False), aggregate_above=300)
    one_day = Filters(incidents=False, date_from="2015-10-05", date_to="2015-10-05")
    cut = map_events_in(base, store, one_day)
    pd.testing.assert_frame_equal(pd.DataFrame(cut), pd.DataFrame(events_frame(store, one_day)))
    assert cut["evidence"].notna().all()                    # popups need the text


def test_cut_refuses_other_filters(store):
    base = map_base(store, Filters(incidents=False), aggregate_above=300)
    with pytest.raises(ValueError, match="same filters"):
        map_events_in(base, store, Filters(incidents=False, types=("strike",), date_from="2015-10-05"))


def test_span_and_facets_match_plain_sql(store):
    lo, hi = store._one("SELECT min(date), max(date) FROM events WHERE rejected = 0")
    assert tuple(d.isoformat() for d in store.span()) == (lo, hi)
    facets = store.facets()
    with store._lock:
        types = [r[0] for r in store._db.execute(
            "SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY type")]
        actors = [r[0] for r in store._db.execute(
            "SELECT DISTINCT actor FROM events WHERE actor IS NOT NULL AND actor != '' ORDER BY actor")]
    assert facets["types"] == types and facets["actors"] == actors


def test_empty_store_span_and_map(tmp_path):
    s = open_store(tmp_path / "empty.db")
    assert s.span() == (None, None)
    assert s.facets()["types"] == []
    base = map_base(s, Filters(incidents=False))
    assert map_events_in(base, s, Filters(incidents=False, date_from="2015-10-01")).empty
    s.close()
