"""geo.snapshot: briefing PNG/PDF of a real store's events over our real province polygons."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from geo.filters import Filters
from geo.layer import events_frame, province_counts
from geo.snapshot import SnapshotSpec, describe_filters, main_cities, render_snapshot
from geo.store import open_store
from geo.webmap import COLORS
from test_app_data import fill_store


@pytest.fixture(scope="module")
def frame(tmp_path_factory):
    db = tmp_path_factory.mktemp("snap") / "events.db"
    fill_store(db, n_events=80)
    store = open_store(db)
    yield events_frame(store)
    store.close()


@pytest.fixture(scope="module")
def png(frame):
    spec = SnapshotSpec(title="Test title", subtitle="2015-09-30 to 2015-12-31", width_px=1200, height_px=800)
    return render_snapshot(frame[frame["country"] == "SY"], province_counts(frame, ["SY"]), spec, "png")


def test_png_is_a_real_image_of_the_requested_size(png):
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    img = Image.open(io.BytesIO(png))
    assert img.size == (1200, 800)


def test_png_is_not_blank_and_shows_strikes_and_deployments(png):
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).reshape(-1, 3)
    assert len(np.unique(pixels, axis=0)) > 200

    def near(hex_color):
        rgb = np.array([int(hex_color[i:i + 2], 16) for i in (1, 3, 5)])
        return int((np.abs(pixels.astype(int) - rgb).sum(axis=1) < 30).sum())
    assert near(COLORS["strike"]) > 100
    assert near(COLORS["deployment"]) > 100


def test_pdf_snapshot(frame):
    pdf = render_snapshot(frame, province_counts(frame), SnapshotSpec(), "pdf")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_empty_selection_still_renders(frame):
    png = render_snapshot(frame.iloc[0:0], province_counts(frame, ["SY"]), SnapshotSpec(width_px=800, height_px=500))
    assert Image.open(io.BytesIO(png)).size == (800, 500)


def test_unknown_format_is_refused(frame):
    with pytest.raises(ValueError, match="unknown snapshot format"):
        render_snapshot(frame, None, fmt="jpg")


def test_subtitle_describes_dates_and_filters():
    text = describe_filters(Filters(date_from="2015-10-01", provinces=("Idlib",), types=("strike",), text="Su-24"))
    assert text.startswith("2015-10-01 to …")
    assert "provinces: Idlib" in text and "types: strike" in text and "Su-24" in text
    # provinces are keyed by code: a caption names them, with the country when the name is shared
    text = describe_filters(Filters(provinces=("SY.12", "YE.21")))
    assert "provinces: Idlib, Al Jawf (Yemen)" in text


def test_main_cities_come_from_geonames_inside_the_frame():
    cities = main_cities((35.5, 32.0, 42.5, 37.5), 8, 150_000)
    assert {"Aleppo", "Damascus", "Homs"} <= set(cities["name"])
    assert cities["population"].is_monotonic_decreasing


def test_dollar_signs_in_titles_are_plain_text(frame):
    spec = SnapshotSpec(title="Costs $5 and $6", subtitle="text: “$x_1$”", width_px=800, height_px=500)
    assert render_snapshot(frame, None, spec).startswith(b"\x89PNG")


def test_neighbouring_countries_are_drawn_as_land_not_sea():
    from geo.snapshot import context_land
    land = context_land()
    assert {"SY", "TR", "IQ", "LB", "JO"} <= set(land["country"])
    from shapely.geometry import Point
    adana = Point(35.32, 37.0)
    assert land[land["country"] == "TR"].geometry.iloc[0].contains(adana)
