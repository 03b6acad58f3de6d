"""geo.snapshot: briefing PNG/PDF of a real store's events over our real province polygons."""
from __future__ import annotations

import re

import io

import numpy as np
import pytest
from PIL import Image

from geo.filters import Filters
from geo.layer import province_counts
from geo.snapshot import SnapshotSpec, describe_filters, main_cities, render_snapshot, snapshot_figure
from geo.webmap import COLORS
from test_app_data import stored_frame


@pytest.fixture(scope="module")
def frame(tmp_path_factory):
    yield from stored_frame(tmp_path_factory, "snap", 80)


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


def _texts(fig):
    """Every visible text drawn on the figure (titles, labels, legend, scale bar)."""
    from matplotlib.text import Text
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip() and t.figure is fig]


def test_dollar_signs_in_titles_are_plain_text(frame):
    """Every text is drawn as typed: '$5 and $6' is not read as mathtext (which drops the $)."""
    spec = SnapshotSpec(title="Costs $5 and $6", subtitle="text: “$x_1$”", width_px=800, height_px=500)
    fig = snapshot_figure(frame, province_counts(frame), spec)
    texts = _texts(fig)
    assert {"Costs $5 and $6", "text: “$x_1$”"} <= {t.get_text() for t in texts}
    mathy = [t.get_text() for t in texts if t.get_parse_math() and t.get_text().count("$") >= 2]
    assert not [t.get_text() for t in texts if t.get_parse_math() and "$" in t.get_text()], mathy
    # mathtext would draw '$5 and $' as a formula: narrower than the plain text
    from matplotlib.text import Text
    r = fig.canvas.get_renderer()
    plain = Text(0, 0, "Costs $5 and $6", fontsize=17, fontweight="bold", parse_math=False, figure=fig)
    title = next(t for t in texts if t.get_text() == "Costs $5 and $6")
    assert title.get_window_extent(r).width == pytest.approx(plain.get_window_extent(r).width, rel=0.02)
    assert render_snapshot(frame, None, spec).startswith(b"\x89PNG")
    svg = render_snapshot(frame, None, spec, "svg").decode("utf-8")
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)           # matplotlib comments every text
    assert "Costs $5 and $6" in svg and "text: “$x_1$”" in svg


@pytest.fixture(scope="module")
def syria_fig(frame):
    sy = frame[frame["country"] == "SY"]
    return snapshot_figure(sy, province_counts(sy, ["SY"]),
                           SnapshotSpec(title="T", subtitle="S", width_px=1200, height_px=800)), sy


def test_no_label_overlaps_another_or_the_legend_or_scale_bar(syria_fig):
    fig, _ = syria_fig
    r = fig.canvas.get_renderer()
    ax = fig.axes[0]
    legend = ax.get_legend()
    boxes = [(t.get_text(), t.get_window_extent(r)) for t in ax.texts if t.get_visible()]
    assert len(boxes) > 10
    for i, (a, box_a) in enumerate(boxes):
        assert not box_a.overlaps(legend.get_window_extent(r)), a
        for b, box_b in boxes[i + 1:]:
            assert not box_a.overlaps(box_b), (a, b)
    bar = [line.get_window_extent(r) for line in ax.lines]
    for name, box in boxes:
        assert not any(box.overlaps(b) for b in bar) or name.endswith("km"), name


def test_names_sites_counts_only_what_it_draws_and_lists_outlets(syria_fig):
    fig, sy = syria_fig
    ax = fig.axes[0]
    texts = {t.get_text() for t in ax.texts}
    points = sy[(sy["precision"] == "point") & sy["lat"].notna()]
    busiest = points["name"].value_counts().index[0]
    assert any(t.startswith(busiest) for t in texts), busiest          # strike sites are named
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    n_strikes = int((points["type"] == "strike").sum())
    assert f"Strike ({n_strikes:,})" in legend                        # drawn dots, not all rows
    assert n_strikes < int((sy["type"] == "strike").sum())
    drawn = sum(len(c.get_offsets()) for c in ax.collections if len(c.get_offsets()) and len(c.get_facecolor()) and
                tuple(np.round(c.get_facecolor()[0][:3], 3)) == tuple(np.round(
                    [int(COLORS["strike"][i:i + 2], 16) / 255 for i in (1, 3, 5)], 3)))
    assert drawn == n_strikes
    assert any(t.startswith("Province: ") for t in legend)              # the fills explained
    footer = " ".join(t.get_text() for t in fig.texts)
    assert "Sources: Test Wire" in footer


def test_neighbouring_countries_are_drawn_as_land_not_sea():
    from geo.snapshot import context_land
    land = context_land()
    assert {"SY", "TR", "IQ", "LB", "JO"} <= set(land["country"])
    from shapely.geometry import Point
    adana = Point(35.32, 37.0)
    assert land[land["country"] == "TR"].geometry.iloc[0].contains(adana)


# ---------------------------------------------------------------- briefing files (issue 11)
def test_file_names_describe_the_view():
    from geo.export import view_filename
    f = Filters(date_from="2015-10-01", date_to="2015-10-31", provinces=("Idlib",), types=("strike",))
    assert view_filename(f, "png") == "strikes_idlib_2015-10-01_2015-10-31.png"
    by_code = Filters(date_from="2015-10-01", date_to="2015-10-31", provinces=("SY.12",), types=("strike",))
    assert view_filename(by_code, "png") == "strikes_idlib_2015-10-01_2015-10-31.png"     # codes by their name
    both = Filters(provinces=("Rif Dimashq", "Ḥamāh"))
    import datetime as dt
    span = (dt.date(2015, 9, 30), dt.date(2015, 12, 31))
    assert view_filename(both, "html", span) == "strikes-deployments_rif-dimashq-hamah_2015-09-30_2015-12-31.html"
    assert view_filename(Filters(types=("deployment",)), ".pdf") == "deployments.pdf"


def test_briefing_html_has_title_caption_legend_and_sources(frame):
    from geo.export import briefing_html
    from geo.webmap import build_map
    caption = describe_filters(Filters(date_from="2015-10-01", date_to="2015-10-31", provinces=("Idlib",)))
    page = briefing_html(build_map(frame, province_counts(frame)).map, "Strikes <in> Idlib", caption,
                         ["Test Wire", "<b>Agency</b>"])
    assert "<title>Strikes &lt;in&gt; Idlib</title>" in page and "<h1>Strikes &lt;in&gt; Idlib</h1>" in page
    assert "2015-10-01 to 2015-10-31" in page and "provinces: Idlib" in page
    assert "Sources: Test Wire, &lt;b&gt;Agency&lt;/b&gt;." in page
    assert "strikemap-legend" in page and "<b>Agency</b>" not in page
    assert "<script src=" not in page
